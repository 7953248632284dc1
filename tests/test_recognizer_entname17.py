"""Entity names cut short: things named whole first ("the water meters"), then one of them
by its head alone ("for each meter …"); a closed compound ending in an irregular plural
("bookshelves").

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import plural, singular
from tests.support.recognition import read, shape


def names(request: str) -> list[str]:
    return [e.name for e in read(request).entities]


# --- 1. "each <head>" after the things were named whole ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The shop wants its gift cards tracked. For each card we keep the code, the"
            " balance and the expiry date.",
            "GiftCard",
        ),
        (
            "Track delivery vans: each van needs a registration, a driver and a mileage.",
            "DeliveryVan",
        ),
        (
            "I run the school's music lessons and want to record each lesson: pupil name,"
            " instrument, start time and paid yes/no.",
            "MusicLesson",
        ),
        (
            "Our lab wants the freezer alarms logged properly. For every alarm: freezer,"
            " raised at, temperature and acknowledged yes/no.",
            "FreezerAlarm",
        ),
        (
            "We're tracking vehicle defects now - each defect needs a registration, a"
            " description and a reported date.",
            "VehicleDefect",
        ),
        (
            "We hire out party tents. Every tent has a size, a colour and a daily price.",
            "PartyTent",
        ),
        (
            "Set up storage lockers: every locker we let comes with a locker number, a"
            " monthly rent and a pin code.",
            "StorageLocker",
        ),
        (
            "The surgery does the blood sugar tests on Mondays and I want to log them. For"
            " each test: patient name, reading (number) and taken at.",
            "BloodSugarTest",
        ),
    ],
)
def test_each_head_is_one_of_the_things_named_whole(request_text: str, expected: str) -> None:
    """ "the freezer alarms … For every alarm: …": the alarm is one of the freezer alarms
    named just before (modifiers stay, as "library members" are LibraryMember), not a
    thing of its own called Alarm."""
    assert names(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # an adjective before the plural is no part of the name
        ("We sell used cars. For each car: make, model and price.", "Car"),
        # the plural said alone as well: the things are crates
        (
            "We lend plastic crates to customers and lose some. Keep the crates: each crate"
            " has a code and a colour.",
            "Crate",
        ),
        # a setting says where, not what kind
        (
            "Our salon appointments are chaos. For each appointment: client name, starts at"
            " and price.",
            "Appointment",
        ),
        # a gerund before it: the permits are for fishing, and labelled so
        (
            "I look after the fishing permits. For each permit: angler name, permit code and"
            " expiry date.",
            "Permit",
        ),
        # a count is no modifier
        ("We keep about sixty horses. For each horse: name, breed and age.", "Horse"),
        ("We run three tents at the fair. Every tent has a size, a colour and a price.", "Tent"),
        # a title line names the trade over the list
        (
            "Safety inspections\n\nFor each inspection:\n- site\n- inspector\n"
            "- inspected on (date)\n- passed (yes/no)",
            "Inspection",
        ),
        # the head never said with words before it
        ("We sell flowers. For each bouquet we keep the name and price.", "Bouquet"),
    ],
)
def test_each_head_keeps_its_reading_where_nothing_was_named_whole(
    request_text: str, expected: str
) -> None:
    assert names(request_text) == [expected]


def test_a_name_written_as_meant_is_kept() -> None:
    """ "the Session entity": the person says what the thing is called."""
    request = (
        "We run blood donation sessions. Session entity with just: date, venue. Each"
        " session has a start time too."
    )
    assert "Session" in names(request)


# --- 2. a closed compound ending in an irregular plural -----------------------------------------
@pytest.mark.parametrize(
    ("many", "one"),
    [
        ("bookshelves", "bookshelf"),
        ("penknives", "penknife"),
        ("midwives", "midwife"),
        ("Bookshelves", "Bookshelf"),
        # words that only end like one stay regular
        ("olives", "olive"),
        ("valves", "valve"),
        ("shelves", "shelf"),
    ],
)
def test_a_compound_of_an_irregular_plural(many: str, one: str) -> None:
    assert singular(many) == one
    assert plural(one) == many


def test_a_compound_plural_reads_to_its_singular() -> None:
    assert names("remove the notes from the bookshelves") == ["Bookshelf"]
    assert names("add a shift pattern to the midwives") == ["Midwife"]


# --- 3. "the following" points at the list; the things it is kept for are the entity -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "For the boat hires we record the following: boat name, hirer phone, hours"
            " (integer) and deposit paid yes/no",
            "BoatHire(boat_name:str,hirer_phone:str,hours:int,deposit_paid:bool)",
        ),
        (
            "Could we keep the following per tasting: wine, tasted on (date) and score (number)",
            "Tasting(wine:str,tasted_on:date,score:float)",
        ),
        (
            "For every treatment I do I'd like to log the following - client name, product"
            " used and price",
            "Treatment(client_name:str,product_used:str,price:decimal)",
        ),
        (
            "At the kennels we want to store the following for each dog: name, breed and owner"
            " phone",
            "Dog(name:str,breed:str,owner_phone:str)",
        ),
        (
            "For the tyre fittings at the depot, can we store the following per fitting:\n"
            "plate\ntyre size\nfitted on (date)",
            "TyreFitting(plate:str,tyre_size:str,fitted_on:date)",
        ),
        (
            "For school trips we need the following:\ndestination\ntrip date\ncost per pupil",
            "SchoolTrip(destination:str,trip_date:date,cost_per_pupil:decimal)",
        ),
    ],
)
def test_the_following_is_no_thing(request_text: str, expected: str) -> None:
    """ "For the boat hires we record the following: …": "the following" announces the
    list (it was read as an entity, Following); the boat hires are what it is kept for."""
    assert shape(read(request_text)) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a place in the singular is where, not what is kept: the things are in the list
        (
            "For our shop we need the following: products with name and price, and suppliers"
            " with name and phone.",
            ["Product", "Supplier"],
        ),
        # "for each X" before it already said what the list is of
        ("For each pupil we need the following: name, year group and allergies", ["Pupil"]),
    ],
)
def test_the_following_keeps_other_readings(request_text: str, expected: list[str]) -> None:
    assert names(request_text) == expected


# --- 4. "For the <things> we keep:" with the wish unsaid ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "For the shoe repairs we keep:\nticket code\ncustomer phone\nprice quoted",
            "ShoeRepair(ticket_code:str,customer_phone:str,price_quoted:decimal)",
        ),
        (
            "For the tyre fittings we log the plate, the tyre size and the fitter",
            "TyreFitting(plate:str,tyre_size:str,fitter:str)",
        ),
    ],
)
def test_the_things_kept_before_the_verb_of_keeping(request_text: str, expected: str) -> None:
    """ "For the shoe repairs we keep: …" (read as an entity called Keep): the things said
    before the verb of keeping are what the list is of, as with "we want to keep"."""
    assert shape(read(request_text)) == [expected]
