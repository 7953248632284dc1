"""Entities and fields that were lost while the intent was read (branch ma24), each in wording
of its own: what a person relies on when a request names its thing and fields plainly, with
other lines beside them that name no thing of their own."""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a line about formats or practices names no thing, even with a noun in it -----------------
@pytest.mark.parametrize(
    "constraint",
    [
        "Save the preferences as JSON",
        "Keep all times in UTC",
        "Keep a weekly backup",
        "Practise clean code",
        "ISO dates please",
        "Keep the scripts in the club's Git repo",
    ],
)
def test_a_format_or_practice_line_is_a_constraint_not_an_entity(constraint: str) -> None:
    request = (
        "Hive log\n\nRequirements:\n- Hive entity with just: apiary name, queen colour, "
        f"frames (count)\n- {constraint}"
    )
    assert read_right(request) == ["Hive(apiary_name:str,queen_colour:str,frames:int)"]
    assert constraint in read(request).business_rules


def test_things_kept_whose_own_name_is_a_practice_word_stay_things() -> None:
    # "tests" are what a laboratory keeps here: the practice word is the thing's own name
    request = (
        "Hello. In our dairy we must register the milk fat tests. For each test please keep "
        "sample code, taken at and fat percentage (float)."
    )
    assert shape(read(request)) == [
        "MilkFatTest(sample_code:str,taken_at:datetime,fat_percentage:float)"
    ]


def test_a_thing_named_without_fields_beside_a_constraint_is_still_asked() -> None:
    # the thing without fields is on a line of its own, not the constraint's
    request = (
        "Bee club\n\nRequirements:\n- Hive entity with just: apiary name, queen colour\n"
        "- Inspection entity\n- Keep all times in UTC"
    )
    assert read(request).status == "needs_clarification"


# --- a called-out heading names the thing its list is of -------------------------------------
def test_a_shouted_heading_led_by_an_adjective_names_the_thing_listed() -> None:
    result = read("FROZEN MEALS!!! dish name, portion size, cooked on, vegan (yes/no)")
    assert shape(result) == ["FrozenMeal(dish_name:str,portion_size:str,cooked_on:date,vegan:bool)"]


def test_a_shouted_heading_says_whom_the_things_are_for_without_naming_them() -> None:
    result = read("stewards for the regatta!!! name, mobile, shifts per day and has boat licence")
    assert shape(result) == [
        "Steward(name:str,mobile:str,shifts_per_day:int,has_boat_licence:bool)"
    ]
    assert "for the regatta" in result.business_rules


def test_a_greeting_shouted_is_still_asked() -> None:
    assert read("Many thanks!! see you friday").status == "needs_clarification"


# --- "Need to track:" over one item that gives a thing its own list ----------------------------
def test_the_one_thing_listed_under_a_need_to_track_line_is_the_thing_kept() -> None:
    request = "Need to track:\n- kiln firings: kiln, started at, peak temperature (float)"
    assert shape(read(request)) == [
        "KilnFiring(kiln:str,started_at:datetime,peak_temperature:float)"
    ]


# --- "stored as <type>" says a field's type, never a link to a thing -------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Timesheet.hours stored as decimal instead of integer",
        "the hours on Timesheet stored as a decimal",
    ],
)
def test_a_field_stored_as_a_type_is_a_type_change(request_text: str) -> None:
    result = read(request_text)
    assert result.intent == Intent.MODIFY_FIELDS
    assert shape(result) == ["Timesheet(hours:decimal)"]


def test_stored_as_a_type_never_links_to_a_thing_of_that_name() -> None:
    result = read("hours stored as decimal")
    assert all(not e.relationships for e in result.entities)
    assert result.status == "needs_clarification"  # no entity said


def test_a_thing_stored_in_a_counted_place_is_still_a_link() -> None:
    assert shape(read("Each barrel is stored in one warehouse")) == [
        "Barrel() many_to_one>Warehouse"
    ]
