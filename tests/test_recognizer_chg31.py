"""Changes to things that exist, said the way a change brief says them (issue 8, chg31).

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a rename, an addition or a new entity said as a story, a wish, a
table or a list under a heading is read as that change; what is only talk around it (a reason,
who writes, when it was decided) never becomes a field or an entity; and where the words do not
say whose a list is, or the change is denied, the person is asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


def asked(request: str) -> bool:
    return read(request).status == "needs_clarification"


# --- an entity said to be added is made ---------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Also add a Trailer entity: plate number, axle count.",
         ["Trailer(plate_number:str,axle_count:int)"]),
        ("Please also add a Badge entity: badge number, issued on.",
         ["Badge(badge_number:str,issued_on:date)"]),
        ("Also add an entity called Courier: company name, contact email.",
         ["Courier(company_name:str,contact_email:email)"]),
        ("Extend the app with a Locker entity: code, floor.", ["Locker(code:str,floor:str)"]),
        ("Extend the database with a Vehicle model: plate, make, mileage.",
         ["Vehicle(plate:str,make:str,mileage:int)"]),
    ],
)  # fmt: skip
def test_an_entity_said_to_be_added_is_created(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Also add to the Trailer entity: plate number, axle count.",
         ["Trailer(plate_number:str,axle_count:int)"]),
        ("The Trailer entity also needs: plate number, axle count.",
         ["Trailer(plate_number:str,axle_count:int)"]),
        ("Extend the Locker entity with code and floor.", ["Locker(code:str,floor:str)"]),
    ],
)  # fmt: skip
def test_fields_added_to_an_entity_that_exists_stay_an_addition(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- several entities made in one clause --------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Set up Trailer and Depot entities, both with a code and a city.",
         ["Trailer(code:str,city:str)", "Depot(code:str,city:str)"]),
        ("Create a Van and a Driver, both with name and code.",
         ["Van(name:str,code:str)", "Driver(name:str,code:str)"]),
        ("Add Ticket and Seat entities: a ticket has a price; a seat has a row number and a "
         "zone.",
         ["Seat(row_number:str,zone:str)", "Ticket(price:decimal)"]),
        ("Please create Course and Room entities: a course with a title and credits, and a "
         "room with a capacity and a building.",
         ["Course(title:str,credits:int)", "Room(capacity:int,building:str)"]),
    ],
)  # fmt: skip
def test_several_entities_made_together_each_get_their_fields(
    request_text: str, expected: list[str]
) -> None:
    assert sorted(accepted(request_text)) == sorted(expected)


@pytest.mark.parametrize(
    "request_text",
    [
        # one list after two names: whose is each field?
        "Add Course and Room entities: course title, room capacity.",
        "Create Course and Room entities: title and capacity.",
        # a thing described that was never named
        "Add Course and Room entities: a lecturer has a name and a room has a capacity.",
        # denied
        "Don't create Course and Room entities, both with a title.",
    ],
)
def test_a_list_of_several_new_entities_that_does_not_say_whose_is_asked(
    request_text: str,
) -> None:
    assert asked(request_text)


# --- renames ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("The Kennel entity's new name is Suite.", ["Suite<Kennel()"], Intent.RENAME_ENTITY),
        ("Quick update after the board call: the Kennel entity's new name is Suite.",
         ["Suite<Kennel()"], Intent.RENAME_ENTITY),
        ("Heads up team: the new name of the Kennel entity is Suite.", ["Suite<Kennel()"],
         Intent.RENAME_ENTITY),
        ("The new name for the code field on Kennel is run code.",
         ["Kennel(run_code:str<code)"], Intent.RENAME_FIELD),
        ('The "qty" field on Order should read "quantity".', ["Order(quantity:str<qty)"],
         Intent.RENAME_FIELD),
        ("On Client the field 'tel' should say 'phone number'.",
         ["Client(phone_number:str<tel)"], Intent.RENAME_FIELD),
        ("On Stall, the field we called pitch is actually the plot number, rename it to plot "
         "number.", ["Stall(plot_number:str<pitch)"], Intent.RENAME_FIELD),
        ("Kennel field renames:\n\n| old | new |\n|---|---|\n| code | run code |\n"
         "| size | floor area |",
         ["Kennel(run_code:str<code,floor_area:str<size)"], Intent.RENAME_FIELD),
        ("Depot field renames:\n- rename pcode to postcode\n- rename tel to phone",
         ["Depot(postcode:str<pcode,phone:str<tel)"], Intent.RENAME_FIELD),
    ],
)  # fmt: skip
def test_a_rename_said_as_a_new_name_a_reading_or_a_table_is_read(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The Kennel entity's new name is not decided yet.",
        "Is the Kennel entity's new name Suite?",
        'On Invoice, the field "amt" should read the amount from the till.',
        "The field we called reason is really important, please keep it.",
    ],
)
def test_a_new_name_not_given_or_only_asked_about_is_asked(request_text: str) -> None:
    assert asked(request_text)


# --- additions said as a story, a wish or a letter ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We've started tracking the mileage for each van, could you add it?",
         ["Van(mileage:int)"]),
        ("I've just started logging the water temperature on every dive, could you add that "
         "please?", ["Dive(water_temperature:float)"]),
        ("The front desk started recording the referral source for each client, can you add "
         "it?", ["Client(referral_source:str)"]),
        ("Could the Van records also hold the tyre pressure?", ["Van(tyre_pressure:float)"]),
        ("Our manager wondered if we could add a loyalty tier to Client.",
         ["Client(loyalty_tier:str)"]),
        ("The trustees asked me whether it is possible to add a gift aid flag to the Donor "
         "entity.", ["Donor(gift_aid:bool)"]),
        ("hello this is raj from accounts we need a vat number on suppliers too",
         ["Supplier(vat_number:str)"]),
        ("Appointment changes:\n- add reason for cancellation\n- add booked by (optional)",
         ["Appointment(reason_for_cancellation:str,booked_by:str?)"]),
    ],
)  # fmt: skip
def test_an_addition_said_as_a_story_or_a_wish_is_read(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # a story with no ask
        "We started recording the batch number for each vaccination.",
        # the ask is to add it somewhere else
        "We started recording the batch number for each vaccination, can you add it to the report?",
        # the ask is for something else
        "We started recording the batch number for each vaccination, can you remove it?",
        "The Patient records also carry over to the new system.",
        # who writes, and nothing asked
        "its mel from reception",
    ],
)
def test_a_story_without_an_ask_for_that_field_is_not_an_addition(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification" or result.intent is not Intent.ADD_FIELDS, shape(
        result
    )


# --- talk around a change is no part of it ------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("The drivers stopped using pagers, so the pager number on Driver can go.",
         ["Driver(pager_number:str)"], Intent.REMOVE_FIELDS),
        ("Our porters don't use the bleepers anymore, so the bleeper code on Porter can go.",
         ["Porter(bleeper_code:str)"], Intent.REMOVE_FIELDS),
        ("The cleaners are always in a hurry - the signature on Shift should be optional.",
         ["Shift(signature:str?)"], Intent.MODIFY_FIELDS),
        ("The vets are short-staffed this winter - the notes on Visit should be allowed to be "
         "empty.", ["Visit(notes:str?)"], Intent.MODIFY_FIELDS),
        ("OPS-31: Add fuel tracking to Van\n\nAcceptance criteria:\n- Van has a fuel level "
         "(float)\n- Van has a last refuelled date",
         ["Van(fuel_level:float,last_refuelled_date:date)"], Intent.ADD_FIELDS),
        ("The fee on Lesson came out as text, change it to a decimal please - we can't total "
         "anything up at the end of term.", ["Lesson(fee:decimal)"], Intent.MODIFY_FIELDS),
        ("could the weight on Parcel be a float instead of text the scales app can not sort "
         "them", ["Parcel(weight:float)"], Intent.MODIFY_FIELDS),
        ("Every massage table has a room and a width.", ["MassageTable(room:str,width:float)"],
         Intent.CREATE_ENTITY),
    ],
)  # fmt: skip
def test_a_reason_or_a_summary_around_a_change_adds_nothing(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert accepted(request_text, intent) == expected


def test_things_no_longer_used_are_removed_too_when_the_change_says_so() -> None:
    # "too" after the removal says both go: the handsets are not only the reason
    result = read("Our couriers don't use the handsets anymore, so the radio channel can go too.")
    assert result.intent is Intent.REMOVE_FIELDS
    assert "handsets" in " ".join(shape(result))


def test_a_signature_under_a_closing_is_who_writes() -> None:
    request = (
        "Hello,\n\nPlease add a loyalty tier to Client.\n\nKind regards,\nTom Baker\n"
        "Head of Sales, Acme Ltd"
    )
    assert accepted(request, Intent.ADD_FIELDS) == ["Client(loyalty_tier:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Franchisee with business name and royalty percentage.",
         ["Franchisee(business_name:str,royalty_percentage:float)"]),
        ("Track consignees: company name, address.", ["Consignee(company_name:str,address:str)"]),
        # a letter typed twice is still a slip
        ("Create an Employeee with name and email.", ["Employee(name:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_noun_of_the_one_given_to_is_spelt_right(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_field_that_may_be_left_empty_is_optional() -> None:
    request = "Keep site visits: the visit date and any remarks (which may be left empty)."
    assert accepted(request) == ["SiteVisit(visit_date:date,remarks:str?)"]
