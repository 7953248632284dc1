"""Readings the lead fixed in the eighth session: a table named only by where it is kept.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "need a db table for ferry crossings - departure port, capacity",
            ["FerryCrossing(departure_port:str,capacity:int)"],
        ),
        (
            "Create a database table for mooring buoys with buoy number and depth",
            ["MooringBuoy(buoy_number:str,depth:float)"],
        ),
        (
            "Set up a DB table about wine lots: lot code, vintage",
            ["WineLot(lot_code:str,vintage:str)"],
        ),
        ("Make a database model of our kennels with run number", ["Kennel(run_number:str)"]),
        ("we want a system table for dinghies with sail number", ["Dinghy(sail_number:str)"]),
    ],
)
def test_a_table_named_by_where_it_is_kept_holds_the_things_after_it(
    request_text: str, expected: list[str]
) -> None:
    """ "a db table for ferry crossings" was read as an entity Db at 0.95: "db" says where the
    table is, the ferry crossings are what it holds."""
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a table called something is named by what follows
        ("Create a database table called Locker with size", ["Locker(size:str)"]),
        # a thing named before "table" is the thing ("the Server table")
        ("Create the Server table with hostname", ["Server(hostname:str)"]),
        ("Create a Backup table for servers with taken at", ["Backup(taken_at:datetime)"]),
    ],
)
def test_a_table_named_by_its_thing_keeps_the_name(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Can you add a table for parcels with weight and destination",
            ["Parcel(weight:float,destination:str)"],
        ),
        ("please add a new db table of lockers: number, rent", ["Locker(number:str,rent:decimal)"]),
        (
            "Could we add an entity for tasting flights with name and price",
            ["TastingFlight(name:str,price:decimal)"],
        ),
        ("add a table for our hot desks with desk number", ["HotDesk(desk_number:str)"]),
    ],
)
def test_a_table_added_for_things_creates_them(request_text: str, expected: list[str]) -> None:
    """ "Add a table for parcels with weight and destination" was read as a field table_value
    added to Parcel and to Destination, at 0.93: a table added for things, with what it holds,
    is those things created, as "add a Parcel entity with …" is."""
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a table number to Booking", ["Booking(table_number:str)"]),
        ("Add a table for each guest", ["Guest(table_value:str)"]),
    ],
)
def test_a_table_said_as_a_field_is_still_added(request_text: str, expected: list[str]) -> None:
    """Counterparts: a table's number, and a table for each guest (a seating plan), are fields
    of a thing that exists."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_table_for_nothing_named_is_asked() -> None:
    assert read("Create a db table with name and email").status == "needs_clarification"


# --- where the record is, said of it ---------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Register every swing set with its name, the park it is in and whether it is fenced",
            ["SwingSet(name:str,park:str,is_fenced:bool)"],
        ),
        (
            "Keep a list of lockers with number and the floor they are on",
            ["Locker(number:str,floor:str)"],
        ),
        (
            "Log swabs with code, the lab they were sent to and result",
            ["Swab(code:str,lab:str,result:str)"],
        ),
        (
            "Track scooters with plate and the garage they're parked in",
            ["Scooter(plate:str,garage:str)"],
        ),
    ],
)
def test_the_place_a_record_is_in_is_the_field(request_text: str, expected: list[str]) -> None:
    """ "the park it is in" was a field park_in (and "the floor they are on" floor_on, a
    date): where the record is, said of it, names the place."""
    assert accepted(request_text) == expected


def test_what_was_done_to_a_record_still_names_the_field() -> None:
    """Counterpart: a verb with no place after it keeps its word ("the year it was printed")."""
    assert accepted("Pamphlets: title, the year it was printed, the shelf it is on") == [
        "Pamphlet(title:str,year_printed:int,shelf:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Make playgrounds and their equipment: playground name, postcode; equipment type",
        "Track vans and their kit: van plate, depot",
    ],
)
def test_things_and_their_equipment_are_two_things(request_text: str) -> None:
    """ "playgrounds and their equipment" names two things, as "members and their
    subscriptions" does; the playground was created with the equipment's fields at 0.97."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


def test_equipment_said_alone_is_the_thing_kept() -> None:
    assert accepted("Keep track of the gym equipment: item, bought on") == [
        "GymEquipment(item:str,bought_on:date)"
    ]


# --- a measure and its grade ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add an age rating to Game", ["Game(age_rating:float)"]),
        ("Add the size grade to Oyster", ["Oyster(size_grade:str)"]),
    ],
)
def test_a_measure_and_its_grade_are_one_field(request_text: str, expected: list[str]) -> None:
    """ "an age rating" was two fields, age (int) and rating, accepted at 0.98: both are
    fields' own words, so the run splitter cut the item in two."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_list_said_without_commas_still_splits() -> None:
    """Counterpart: dictated with no commas, three fields stay three."""
    assert accepted("Critiques: name age rating") == ["Critique(name:str,age:int,rating:float)"]


# --- one more kind of thing kept, said with "also" ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We also keep raffles: prize, drawn on", ["Raffle(prize:str,drawn_on:date)"]),
        (
            "we'd also like to track kayak repairs: kayak, fault",
            ["KayakRepair(kayak:str,fault:str)"],
        ),
    ],
)
def test_people_keeping_one_more_kind_of_thing_create_it(
    request_text: str, expected: list[str]
) -> None:
    """ "We also keep events: title, host" added fields to an Event at 0.98: "also" there adds
    a kind of thing the people keep, not fields to one that exists."""
    assert accepted(request_text) == expected


def test_a_thing_that_should_also_have_fields_gets_them() -> None:
    """Counterpart: the thing itself said to have more is a change."""
    assert accepted("Employee should also have: badge number", Intent.ADD_FIELDS) == [
        "Employee(badge_number:str)"
    ]
