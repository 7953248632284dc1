"""Requests asked about because a thing was not found, or a field was taken for a thing (the
`missing2` families), grouped by how English says it.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the reading finds the thing and its fields however they are said,
and a request that names no thing is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a parenthesis after a field that gives its type, unit, range or example values ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each climbing wall has a wall name, a height, and total holds (whole number).",
         ["ClimbingWall(wall_name:str,height:float,total_holds:int)"]),
        ("I'd like to record brew days - brewer, mash temperature (number, e.g. 66.5) and notes",
         ["BrewDay(brewer:str,mash_temperature:float,notes:str)"]),
        ("Track bug reports with a title, a severity (low/medium/high/critical, text is fine) "
         "and a reported at timestamp",
         ["BugReport(title:str,severity:str,reported_at:datetime)"]),
        ("Kites need a kite name, a wind rating (1-6, halves allowed) and a colour.",
         ["Kite(kite_name:str,wind_rating:float,colour:str)"]),
        ("For each hen we need the laying rate (eggs per week, number) and the breed "
         "(leghorn, sussex and so on).",
         ["Hen(laying_rate:float,breed:str)"]),
    ],
)  # fmt: skip
def test_a_parenthesis_of_type_range_or_example_values_annotates_one_field(
    request_text: str, expected: list[str]
) -> None:
    # "(whole number)", "(1-6, halves allowed)", "(leghorn, sussex and so on)" say what a
    # field's values are: no entity named after the field, no field named after a value
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create bands (name, genre) and venues (city, capacity)",
         ["Band(name:str,genre:str)", "Venue(city:str,capacity:int)"]),
        ("Manage rooms (number, floor) and guests (full name, email)",
         ["Room(number:str,floor:str)", "Guest(full_name:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_parenthesis_of_field_names_after_a_plural_still_opens_an_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "add a priority (low/medium/high)",
        "I need to keep track of things (e.g. stuff)",
    ],
)
def test_values_in_a_parenthesis_without_a_thing_are_still_asked_about(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- fields said in the sentence before "Can you add those?" ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hi! The referees keep asking for the kick-off time and the pitch number on each "
         "Fixture. Can we add those two? Thanks",
         ["Fixture(kick_off_time:str,pitch_number:str)"]),
        ("Quick one. The vets want to see the microchip code and a neutered flag on every Dog. "
         "Could you add them please?",
         ["Dog(microchip_code:str,neutered:bool)"]),
        ("Our auditor said we should also write down the approval date on each Expense. And "
         "the approver name, but only if known. Please add those.",
         ["Expense(approval_date:date,approver_name:str?)"]),
        ("About the Greenhouse thing from last month - the gardeners say we need to record the "
         "soil ph and a heated flag. Can you add those two?",
         ["Greenhouse(soil_ph:str,heated:bool)"]),
    ],
)  # fmt: skip
def test_an_ask_to_add_those_adds_the_fields_the_sentence_before_wanted(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The referees keep asking for a few things. Can we add those?",
        "People want to see more. Could you add them please?",
        "Can you add those two?",
    ],
)
def test_an_ask_to_add_those_with_no_fields_or_thing_before_it_is_still_asked_about(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
