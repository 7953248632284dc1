"""Three ways a change or a list was read with confidence and wrongly.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: fields removed "from the X entity" are removed from X (the entity stays); who asked
for a change ("the vet says …") is no word of the field; "mint or not" is a yes/no field.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I no longer want the lender phone on the Artefact entity",
         ["Artefact(lender_phone:str)"]),
        ("As a curator I no longer want the crate size and the courier on the Loan entity",
         ["Loan(crate_size:str,courier:str)"]),
        ("remvoe the berth code and the tide note form the Mooring entity",
         ["Mooring(berth_code:str,tide_note:str)"]),
        ("we no longer need the wax colour in the Candle table", ["Candle(wax_colour:str)"]),
    ],
)  # fmt: skip
def test_fields_removed_from_a_marked_entity_leave_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    ["we no longer need the Supplier entity", "remove the Candle entity"],
)
def test_a_marked_entity_said_alone_is_still_removed_whole(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_ENTITY)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The vet says weight on Dog must be a decimal", ["Dog(weight:decimal)"]),
        ("our accountant said that the fee on Lesson has to be a decimal",
         ["Lesson(fee:decimal)"]),
        ("The harbour master insists berth length on Mooring should be a decimal",
         ["Mooring(berth_length:decimal)"]),
    ],
)  # fmt: skip
def test_who_asked_for_a_change_is_no_part_of_the_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Catalogue coins with country, year and mint or not",
         ["Coin(country:str,year:int,mint:bool)"]),
        ("Track invoices with number, total, paid or not, and notes",
         ["Invoice(number:str,total:decimal,paid:bool,notes:str)"]),
    ],
)  # fmt: skip
def test_a_word_followed_by_or_not_is_a_yes_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep a record of every burial plot. For each plot we need: section, row, plot code.",
         ["BurialPlot(section:str,row_value:str,plot_code:str)"]),
        ("Keep a proper log of every kiln firing. For each firing we need: cone, date.",
         ["KilnFiring(cone:str,date_value:date)"]),
        ("keep track of every rescue hen. For each hen we need: ring code, breed.",
         ["RescueHen(ring_code:str,breed:str)"]),
    ],
)  # fmt: skip
def test_a_record_kept_of_every_thing_names_the_thing_not_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("record the weight of every sheep", ["Sheep(weight:float)"]),
        ("add notes for every visit", ["Visit(notes:str)"]),
        ("record notes for each visit", ["Visit(notes:str)"]),
    ],
)
def test_a_value_kept_of_every_thing_is_still_added_to_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_record_kept_of_every_thing_with_its_fields_creates_it() -> None:
    assert read_right("Keep a list of every kayak with hull and colour") == [
        "Kayak(hull:str,colour:str)"
    ]


def test_a_charge_is_money() -> None:
    # a locksmith's "total charge", a vet's "call-out charge": amounts of money, as a fee is
    assert read_right("Track call-outs with a job description, a total charge and a deposit") == [
        "CallOut(job_description:str,total_charge:decimal,deposit:decimal)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Please, for the Vessel we need also the flag state and the last drydock date.",
         ["Vessel(flag_state:str,last_drydock_date:date)"]),
        ("On the Kiln we want also a shelf count", ["Kiln(shelf_count:int)"]),
    ],
)  # fmt: skip
def test_also_after_the_verb_adds_to_what_exists_as_also_before_it_does(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_of_inside_a_new_name_stays_when_the_owner_was_said_first() -> None:
    # the owner is named before the change, so "of clothing" is part of the new field name
    result = read_right(
        "on the Alteration entity change the name of garment to item of clothing pls",
        Intent.RENAME_FIELD,
    )
    assert result == ["Alteration(item_of_clothing:str<garment)"]


# --- people added to a thing: how many of them, or records of their own? ------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "we run a rowing club and i'd like to add members",
        "Add volunteers to the Shelter",
        "Please add drivers to the Depot",
    ],
)
def test_people_added_to_a_thing_as_a_bare_plural_are_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("how many" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add the number of volunteers to the Shelter", ["Shelter(volunteers:int)"]),
        ("Add a volunteer count to Shelter", ["Shelter(volunteer_count:int)"]),
        ("Add passengers and a gate to Flight", ["Flight(passengers:int,gate:str)"]),
    ],
)
def test_a_count_said_as_one_or_beside_other_fields_is_still_added(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- two fields said without a comma between them are asked about -------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "log bikes frame size purchase year colour name and price",
        "keep boats with launch year engine make and length",
    ],
)
def test_a_field_name_running_past_where_a_name_ends_is_asked_about(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_name_held_together_by_of_or_per_is_one_field() -> None:
    assert accepted("Track cabins with date of last inspection and price per night") == [
        "Cabin(date_of_last_inspection:date,price_per_night:decimal)"
    ]


# --- a bare state participle in a field list is a yes/no field ----------------------------------
def test_a_participle_listed_alone_is_a_yes_no_field() -> None:
    assert accepted("Keep lambs with tag number, breed, sold and vaccinated") == [
        "Lamb(tag_number:str,breed:str,sold:bool,vaccinated:bool)"
    ]


# --- a physical measure is a number -------------------------------------------------------------
def test_a_measure_said_without_a_type_is_a_number() -> None:
    assert accepted("Track pipes with a label, wall thickness, diameter and water pressure") == [
        "Pipe(label:str,wall_thickness:float,diameter:float,water_pressure:float)"
    ]


def test_an_area_that_is_a_place_stays_text() -> None:
    assert accepted("Manage stalls with a stall number and a market area") == [
        "Stall(stall_number:str,market_area:str)"
    ]


def test_a_name_that_starts_on_a_field_end_word_is_one_field() -> None:
    assert accepted("Track pupils with a year group name and a locker number") == [
        "Pupil(year_group_name:str,locker_number:str)"
    ]
