"""The lead's rules of 2026-12-04 evening.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Each locker has one tenant only.",
        "A locker has one tenant at most",
        "every locker is rented to a single tenant only",
        "Each locker will have one tenant max",
    ],
)
def test_a_limit_said_after_the_one_thing_still_links(request_text: str) -> None:
    """ "one tenant only" is "only one tenant" said late: the link is read, not nothing."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert shape(got) == ["Locker() many_to_one>Tenant"]


def test_only_after_many_things_is_not_taken_for_a_single_one() -> None:
    got = read("Each locker holds many parcels")
    assert shape(got) == ["Locker() many_to_many>Parcel"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Rename serial to VIN number on Tractor.",
        "On Tractor rename serial to VIN number.",
    ],
)
def test_an_acronym_in_a_new_field_name_keeps_the_words_after_it(request_text: str) -> None:
    """ "VIN number" is one field name: the capitals are an acronym, not a name written in
    CamelCase that ends before the words after it (nor an entity renamed)."""
    got = read(request_text)
    assert got.intent == "rename_field"
    assert shape(got) == ["Tractor(vin_number:str<serial)"]


def test_a_name_written_in_camel_case_still_ends_before_a_reason() -> None:
    got = read("rename PlantPot to Planter the growers voted for it")
    assert got.intent == "rename_entity"
    assert shape(got) == ["Planter<PlantPot()"]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        (
            "We need a milk collection app for the dairy to manage pickups with farm name, "
            "litres and pickup time",
            "Pickup",
        ),
        (
            "Set up a scheduling tool for our groomers to track appointments with dog name "
            "and slot",
            "Appointment",
        ),
    ],
)
def test_whom_an_app_is_for_does_not_hide_what_it_manages(request_text: str, entity: str) -> None:
    """ "an X app for the dairy to manage pickups": "for the dairy" says whom it serves, and
    the thing managed after it is the entity (not the app's own name)."""
    got = read(request_text)
    assert [e.name for e in got.entities] == [entity]


def test_a_register_for_a_place_is_still_the_register_s_thing() -> None:
    got = read("a horse register for the stables with name and height")
    assert [e.name for e in got.entities] == ["Horse"]


def test_only_after_the_last_item_closes_the_list() -> None:
    """ "…, weight and arrival date only" says nothing else is kept: the last item is a field,
    not a rule about the data."""
    got = read("Log parcels with sender, weight and arrival date only.")
    assert shape(got) == ["Parcel(sender:str,weight:float,arrival_date:date)"]
    assert got.business_rules == ()


def test_a_one_word_restriction_with_only_stays_a_rule() -> None:
    got = read("Log parcels with sender, weight and adults only")
    assert "adults only" in got.business_rules


def test_a_yes_no_item_ending_in_only_stays_a_flag() -> None:
    got = read("Log ferries with name, length and is members only")
    assert "is_members_only" in [a.name for a in got.entities[0].attributes]


def test_an_irregular_participle_after_a_plural_counts() -> None:
    """ "fleeces shorn", "bulbs sown": how many were done, as "tickets sold" is."""
    got = read("Track flocks with name, fleeces shorn and bulbs sown")
    assert shape(got) == ["Flock(name:str,fleeces_shorn:int,bulbs_sown:int)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "memo to self - ask the tool for a hive list: hive code, apiary and queen year",
        "reminder: ask the app for a hive list: hive code, apiary and queen year",
    ],
)
def test_asking_the_tool_for_a_list_asks_for_it(request_text: str) -> None:
    """A note to oneself to ask the tool for a list is the request for that list."""
    got = read(request_text)
    assert [e.name for e in got.entities] == ["Hive"]
    assert [a.name for a in got.entities[0].attributes] == ["hive_code", "apiary", "queen_year"]


def test_asking_the_tool_for_help_is_still_nothing_to_build() -> None:
    assert read("ask the tool for help").status == "needs_clarification"


def test_things_and_for_each_one_their_details_is_a_list() -> None:
    """ "keep the X and for each one the F, the G" joins the things and what each has."""
    got = read("We need to keep the hives and for each one the code, the apiary and the queen year")
    assert [e.name for e in got.entities] == ["Hive"]
    assert [a.name for a in got.entities[0].attributes] == ["code", "apiary", "queen_year"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Each repair is for one bicycle and uses exactly one mechanic.",
        "Each repair belongs to one bicycle and each repair uses one mechanic",
        "Each repair is for one bicycle, and it uses one mechanic",
    ],
)
def test_one_subject_with_two_links_gives_both(request_text: str) -> None:
    """Two links said of one subject in one sentence: both are read, not nothing."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert shape(got) == ["Repair() many_to_one>Bicycle many_to_one>Mechanic"]


def test_a_second_half_that_is_no_link_leaves_the_sentence_unread() -> None:
    got = read("a cyclist can hire many bicycles and return them")
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "each fitting should be for a single bride",
        "I want each fitting to be for a single bride, so the invoices add up",
    ],
)
def test_a_thing_wished_for_one_other_thing_links_them(request_text: str) -> None:
    got = read(request_text)
    assert shape(got) == ["Fitting() many_to_one>Bride"]


def test_a_singular_subject_with_need_and_no_s_still_links() -> None:
    """ "a rota need several stewards": the -s left off by a writer of English as a second
    language; the link is the same as with "needs"."""
    assert shape(read("A rota need several stewards.")) == ["Rota() many_to_many>Steward"]


@pytest.mark.parametrize(
    "request_text",
    [
        "the locker code should be taken off Member",
        "We want that the locker code field is taken off the members, nobody uses it",
        "the locker code must be taken out of Member",
    ],
)
def test_a_field_taken_off_a_thing_is_removed(request_text: str) -> None:
    got = read(request_text)
    assert got.intent == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Member", ["locker_code"])
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "On the Kayak please make the length a float and the colour optional.",
        "make length a float and colour optional on Kayak",
    ],
)
def test_two_changes_under_one_make_are_both_read(request_text: str) -> None:
    """ "make A a float and B optional": the second change leaves its "make" out; the type
    word is never a field of its own."""
    got = read(request_text)
    assert shape(got) == ["Kayak(length:float,colour:str?)"]


def test_two_changes_under_one_make_with_no_thing_ask_which() -> None:
    got = read("make the length a float and the colour optional")
    assert got.missing == ("entity",)
    assert [a.name for a in got.entities[0].attributes] == ["length", "colour"]


@pytest.mark.parametrize(
    "request_text",
    [
        "SEED TRAYS!!! pls w variety, cells sown and sown on date",
        "Seed trays. With variety, cells sown and sown on date",
    ],
)
def test_a_sentence_opening_on_with_gives_the_heading_its_fields(request_text: str) -> None:
    """The list after a heading that opens on "with" (or "w") has no head of its own: the
    first item is a field of the heading's thing, never a thing of its own."""
    got = read(request_text)
    assert [e.name for e in got.entities] == ["SeedTray"]
    assert [a.name for a in got.entities[0].attributes] == ["variety", "cells_sown", "sown_on_date"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The Kiln entity is fine. Could we also add a shelf count and a max temperature",
        "The Kiln entity works. Please add a shelf count and a max temperature",
    ],
)
def test_a_thing_said_to_be_fine_gets_the_fields_added(request_text: str) -> None:
    """ "The X entity is fine" says X is there already: the fields asked after it are added to
    it, never a new X created with them."""
    got = read(request_text)
    assert got.intent == "add_fields"
    assert shape(got) == ["Kiln(shelf_count:int,max_temperature:float)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("With that said, add a phone to Member", ["Member(phone:str)"]),
        ("with respect, we need members with name and email", ["Member(name:str,email:email)"]),
        ("With the new season coming, add a coach field to Team", ["Team(coach:str)"]),
    ],
)
def test_a_sentence_that_opens_on_with_and_goes_on_keeps_its_ask(
    request_text: str, expected: list[str]
) -> None:
    """ "With that said, …" opens a sentence that goes on to its ask: no list of fields."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert shape(got) == expected
