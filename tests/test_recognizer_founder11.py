"""Founders' and researchers' ways of writing (branch founder11): each family in new wordings.

Every request here is written for this file (none is copied from the corpus). Each family is
shown with counterparts that must keep their current reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape


def _accepted_shape(request: str) -> tuple[str, Intent, list[str]]:
    result = read(request)
    return result.status, result.intent, shape(result)


# --- things in the plural before a board or an app "for" people: the things are kept -----------
@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Create a jobs board for nurses with title, hospital, shift and pay rate", "Job"),
        ("Build a recipes site for home cooks with title, servings and cuisine", "Recipe"),
        ("Create a listings page for landlords with address, rent and bedrooms", "Listing"),
    ],
)  # fmt: skip
def test_plural_things_on_a_board_for_people_are_kept(request_text: str, entity: str) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == [entity]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Create a tracker for freelancers with name, email and day rate", "Freelancer"),
        ("Create a lettings app for properties with address and rent", "Property"),
        ("Create a booking app for clients with name and email", "Client"),
    ],
)  # fmt: skip
def test_a_frame_for_things_keeps_those_things(request_text: str, entity: str) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == [entity]


# --- "an app with <things>: list": the things after "with" are kept ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Build a plant shop app with plants: name, species, price and stock",
         ["Plant(name:str,species:str,price:decimal,stock:int)"]),
        ("Make a book club site with books: title, author, pages",
         ["Book(title:str,author:str,pages:int)"]),
        ("Create a bakery system with cake orders: customer, cake, pickup date",
         ["CakeOrder(customer:str,cake:str,pickup_date:date)"]),
    ],
)  # fmt: skip
def test_things_an_app_is_with_are_kept(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_parts_of_an_app_are_no_things_kept() -> None:
    assert not any(
        s.startswith("Page") for s in reading("Create a gym app with pages: members, classes")[1]
    )


# --- "notes but notes can be blank": the item named again is optional ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Guest with name, and allergies but allergies can be blank",
         ["Guest(name:str,allergies:str?)"]),
        ("Create a Guest with name, and notes but they can be blank",
         ["Guest(name:str,notes:str?)"]),
        ("Create a Guest with name, and a nickname but the nickname may be left blank",
         ["Guest(name:str,nickname:str?)"]),
        ("Create a Guest with name, email and phone but email can be blank",
         ["Guest(name:str,email:email?,phone:str)"]),
    ],
)  # fmt: skip
def test_an_item_said_again_as_blank_is_optional(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_an_item_said_optional_with_a_comma_keeps_its_reading() -> None:
    assert reading("Create a Guest with name, and notes, but notes can be blank") == (
        Intent.CREATE_ENTITY,
        ["Guest(name:str,notes:str?)"],
    )


# --- "(a reason, so it is optional)": the note's conclusion marks the item ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Dog with name, breed and a microchip number (we don't always have it, so it "
         "is optional)", ["Dog(name:str,breed:str,microchip_number:str?)"]),
        ("Create a Dog with name, breed and a microchip (some never get one, so that one can be "
         "blank)", ["Dog(name:str,breed:str,microchip:str?)"]),
        ("Create a Dog with name and a microchip (which we rarely know, so optional)",
         ["Dog(name:str,microchip:str?)"]),
    ],
)  # fmt: skip
def test_a_note_concluding_optional_marks_its_item(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- "A boat may also have a mooring code": a value a thing may have is an optional field -------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a hull number to Boat. A boat may also have a mooring code.",
         ["Boat(hull_number:str,mooring_code:str?)"]),
        ("Add a hull number to Boat. A boat might have a mooring code as well.",
         ["Boat(hull_number:str,mooring_code:str?)"]),
        ("Add an email to Guest. A guest might have a dietary note too, but not always.",
         ["Guest(email:email,dietary_note:str?)"]),
    ],
)  # fmt: skip
def test_a_value_a_thing_may_have_is_optional(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each member may have a coach.", ["Member() many_to_one>Coach"]),
        ("Children may have several guardians.", ["Child() many_to_many>Guardian"]),
    ],
)  # fmt: skip
def test_a_thing_that_may_have_another_keeps_its_link(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


# --- "One more thing from the sales team: could we add …": the sender names no entity ----------
@pytest.mark.parametrize(
    "request_text",
    [
        "One more thing from the sales team: could we add a discount code and a referrer?",
        "Quick one from marketing: can we add utm source and campaign?",
        "A note from the front office: please add a parking permit and a locker number",
    ],
)  # fmt: skip
def test_who_sends_an_add_is_no_destination(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert all(e.name in ("", None) for e in result.entities) or not result.entities


def test_an_add_from_a_sender_to_a_named_thing_keeps_its_destination() -> None:
    assert _accepted_shape(
        "A request from the front desk: please add a late checkout flag to Booking"
    ) == (
        "recognized",
        Intent.ADD_FIELDS,
        ["Booking(late_checkout:bool)"],
    )


def test_the_place_of_a_removal_said_with_from_stays() -> None:
    assert reading("From the Guest entity: could we remove phone?") == (
        Intent.REMOVE_FIELDS,
        ["Guest(phone:str)"],
    )


# --- "the X entity works great. Can we add F?": the entity exists, so it is never created -------
@pytest.mark.parametrize(
    "request_text",
    [
        "So the Candidate entity works great, thanks. Can we add a source and a bonus amount?",
        "The Guest table works well. Could we add a dietary note and a loyalty number?",
    ],
)  # fmt: skip
def test_an_entity_said_to_work_is_not_created_again(request_text: str) -> None:
    result = read(request_text)
    assert not (result.status == "recognized" and result.intent == Intent.CREATE_ENTITY)


# --- "Two tables, please: A with …, and B with …": "please" before the colon is politeness -------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Two tables, please: Vet with name and email, and Pet with name and species.",
         ["Vet(name:str,email:email)", "Pet(name:str,species:str)"]),
        ("Two entities for the post room, please: Courier with name and phone, and Parcel with "
         "weight and code.", ["Courier(name:str,phone:str)", "Parcel(weight:float,code:str)"]),
    ],
)  # fmt: skip
def test_please_before_a_colon_keeps_the_list(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_colon_list_without_please_keeps_its_reading() -> None:
    assert reading(
        "Two entities: Courier with name and phone, and Parcel with weight and code."
    ) == (
        Intent.CREATE_ENTITY,
        ["Courier(name:str,phone:str)", "Parcel(weight:float,code:str)"],
    )


# --- "Lesson -> Tutor (one per lesson)": one of the right per the left is many-to-one -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Booking -> Venue (one per booking)", ["Booking() many_to_one>Venue"]),
        ("Ticket -> Event (one event per ticket)", ["Ticket() many_to_one>Event"]),
        ("Lesson -> Tutor (exactly one per lesson)", ["Lesson() many_to_one>Tutor"]),
    ],
)  # fmt: skip
def test_an_arrow_counted_one_per_thing_is_many_to_one(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


def test_an_arrow_counted_per_something_else_is_not_read_as_a_link() -> None:
    assert reading("Booking -> Venue (one per customer)")[0] is not Intent.ADD_RELATIONSHIP


def test_an_arrow_with_its_kind_keeps_its_reading() -> None:
    assert reading("Script -> Examiner (many-to-one)") == (
        Intent.ADD_RELATIONSHIP,
        ["Script() many_to_one>Examiner"],
    )


# --- "Each dog walk is led by one walker, so link Walk to Walker": the names asked for win ------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Every dog walk is led by one walker, so please link Walk to Walker.",
         ["Walk() many_to_one>Walker"]),
        ("Each shop order is packed by one packer, so link Order to Packer.",
         ["Order() many_to_one>Packer"]),
    ],
)  # fmt: skip
def test_the_names_a_link_is_asked_by_name_the_things(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


def test_a_link_asked_by_the_long_name_keeps_it() -> None:
    assert reading("Each dog walk is led by one walker, so please link DogWalk to Walker.") == (
        Intent.ADD_RELATIONSHIP,
        ["DogWalk() many_to_one>Walker"],
    )
