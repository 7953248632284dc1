"""Field names, types and required: what a person writes after a field's name is read as said.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a reason after "can be empty" ("if they volunteer") keeps the field and
makes it optional instead of dropping it as a rule; "(number of people)" counts; a state asked
with "?" is a yes/no; a name said again after a dash with "optional" is the same field; a marker
after the owner of several fields is asked; and a name run on into another listed field is asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, reading, shape


# --- a condition that is no optional marker ---------------------------------------------------
def test_a_condition_that_is_no_optional_marker_is_still_a_rule() -> None:
    # "must be positive if …" says nothing about leaving the value out: a rule, as before
    result = read("Make a Coach entity with name and day rate, which must be positive if paid")
    assert "day_rate:decimal?" not in ",".join(shape(result))


# --- a count said in brackets -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Picnic with place, serves (number of people) and cost",
         ["Picnic(place:str,serves:int,cost:decimal)"]),
        ("Create a Minibus with route, load (number of seated passengers) and depot",
         ["Minibus(route:str,load:int,depot:str)"]),
    ],
)  # fmt: skip
def test_a_bracketed_number_of_things_is_a_whole_number(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_bare_number_in_brackets_is_still_any_number() -> None:
    assert accepted("Create a Gauge with code, reading (number) and notes") == [
        "Gauge(code:str,reading:float,notes:str)"
    ]


# --- a state asked with "?" ---------------------------------------------------------------------
def test_a_describing_word_asked_with_a_question_mark_is_a_yes_no() -> None:
    assert accepted("Create a Curry with name, spicy?, price") == [
        "Curry(name:str,spicy:bool,price:decimal)"
    ]


def test_a_noun_asked_with_a_question_mark_stays_an_optional_field() -> None:
    assert accepted("Create a Kitten with name, remarks?, age") == [
        "Kitten(name:str,remarks:str?,age:int)"
    ]


# --- a name said again after a dash ---------------------------------------------------------------
def test_a_name_said_again_with_optional_after_a_dash_is_one_field() -> None:
    assert accepted("Create rambles with route name, distance and remarks - remarks optional") == [
        "Ramble(route_name:str,distance:float,remarks:str?)"
    ]


# --- a run-on name that ends on another listed field --------------------------------------------
def test_a_name_run_on_into_another_listed_field_is_asked() -> None:
    asked(
        "cider list\n\nciders need a name orchard abv and price per bottle\nabv is a number\n"
        "sparkling yes or no"
    )


def test_a_long_name_beside_a_short_field_of_another_word_is_kept() -> None:
    # "last service date" beside "date": no name word opens it, so nothing was run on
    assert accepted("Track services with date, name, last service date") == [
        "Service(date_value:date,name:str,last_service_date:date)"
    ]


# --- long input -----------------------------------------------------------------------------------
def test_a_long_list_with_reasons_after_markers_is_read_whole() -> None:
    items = ", ".join(f"note {i} which can be empty if unknown" for i in range(150))
    result = read(f"Create a Ledger with {items}")
    assert result.intent in (Intent.CREATE_ENTITY, None)
    assert result.status == "needs_clarification"


# --- a marker after the owner of several fields -------------------------------------------------
def test_an_optional_marker_after_the_owner_of_several_fields_is_asked() -> None:
    asked("Add a mobile and a pager number to Porter (optional)")


def test_an_optional_marker_said_of_both_is_read_for_both() -> None:
    assert accepted("Add mobile and pager number (both optional) to Porter", Intent.ADD_FIELDS) == [
        "Porter(mobile:str?,pager_number:str?)"
    ]


def test_an_optional_marker_after_the_owner_of_one_field_is_that_fields() -> None:
    assert accepted("Add a pager number to Porter (optional)", Intent.ADD_FIELDS) == [
        "Porter(pager_number:str?)"
    ]


# --- which value, said by who does what with it ---------------------------------------------------
def test_a_value_then_that_and_a_plural_subject_is_the_value() -> None:
    assert accepted("Create a Gymnast with name, club and the score that judges award") == [
        "Gymnast(name:str,club:str,score:float)"
    ]


def test_a_value_then_that_and_a_verb_keeps_its_words() -> None:
    _, entities = reading("Create a Stall with name, the price that includes tax, and pitch")
    assert "price:decimal," not in ",".join(entities) + ","


def test_the_year_something_was_done_keeps_what_was_done() -> None:
    assert accepted("Create a Choir Member with name, the year they joined, and voice") == [
        "ChoirMember(name:str,year_joined:int,voice:str)"
    ]
