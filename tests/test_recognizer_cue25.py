"""A change whose thing is named wherever the sentence puts it (placed.py).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: the thing a change is about may be said first as a place ("from the Trailer please
take off the axle count", "from the bakery take off the oven number"), and the change reads
as if the thing had been said as a topic ("Trailer: take off the axle count"); a lower-case
place is kept only when exactly one reading of where the name ends gives one change; a line
that names a field and its type is never a change; nothing vague becomes a change because a
place word was lifted out of it.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("from Groomer take off the van number", "Groomer(van_number:str)"),
        ("From the Trailer please take off the axle count", "Trailer(axle_count:int)"),
        ("from the bakery take off the oven number", "Bakery(oven_number:str)"),
        ("from the kennels please take off the run size", "Kennel(run_size:str)"),
        ("From the Surfboard, please take off the fin colour", "Surfboard(fin_colour:str)"),
    ],
)  # fmt: skip
def test_the_thing_said_first_as_a_place_then_the_removal(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("on Surfboard the fin count shud be a integer", "Surfboard(fin_count:int)"),
        ("in each Locker the combination can be left empty", "Locker(combination:str?)"),
        ("the inscription date on Gravestone must be a date not text",
         "Gravestone(inscription_date:date)"),
    ],
)  # fmt: skip
def test_a_type_or_required_change_with_the_thing_anywhere(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("for every Hive we want also the queen colour", "Hive(queen_colour:str)"),
        ("for each Racket we also need a string tension and a grip size",
         "Racket(string_tension:str,grip_size:str)"),
    ],
)  # fmt: skip
def test_fields_wished_for_each_thing_are_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "from the thing take off the stuff",
        "please take off the old stuff from it",
        "on it, make that a number",
        "can you change that",
        "make it better",
        "in the shop make it better",
        "from the office remove the old stuff",
    ],
)
def test_nothing_vague_becomes_a_change(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_field_and_its_type_under_a_thing_is_no_change() -> None:
    # "badge on lanyard: yes/no" is a field of the thing listed, not a change to a lanyard
    intent, shape = reading("Volunteer\nname: text\nbadge on lanyard: yes/no\nstart date: date")
    assert intent == Intent.CREATE_ENTITY
    assert shape == ["Volunteer(name:str,badge_on_lanyard:bool,start_date:date)"]


def test_fields_are_not_added_to_a_thing_said_in_lower_case() -> None:
    # "add validation to the ticket forms" adds no field to a thing only placed in lower case
    assert read("add validation to the ticket forms please").status == "needs_clarification"


def test_a_second_ask_after_a_dash_is_not_dropped_as_a_remark() -> None:
    assert read("remove the fax from Kennel - and add a phone").status == "needs_clarification"


def test_a_clause_naming_many_lower_case_places_is_read_as_it_is() -> None:
    """Each lower-case place is one more reading of the whole clause: past eight none is tried
    (a run of places at the length limit was read once per place, 454 times)."""
    from baes_tui.recognition.clauses import Clause
    from baes_tui.recognition.placed import lift_named_thing

    def lifted(text: str) -> int:
        return len(lift_named_thing(Clause(text, text, None, "", 0, True)))

    ask = "from the bakery take off the oven number"
    assert lifted(ask) == 2
    assert lifted(ask + " kept in the shop by the big door" * 6) == 8
    assert lifted(ask + " kept in the shop by the big door" * 7) == 0
