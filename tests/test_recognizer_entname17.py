"""Entity names cut short: things named whole first ("the water meters"), then one of them
by its head alone ("for each meter …"); a closed compound ending in an irregular plural
("bookshelves").

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import plural, singular
from tests.support.recognition import read


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
