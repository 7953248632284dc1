"""Confident misreads and notations from the fz/ga/gb batches, read as their families.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Shift planner with start time, end time and role", "Shift"),
        ("a menu planner with dish name, course and price", "Menu"),
        ("Training planner: session date, coach, venue", "Training"),
    ],
)
def test_a_planner_is_the_frame_around_the_things_planned(request_text: str, entity: str) -> None:
    assert [e.name for e in read(request_text).entities] == [entity]


def test_planners_in_the_plural_are_people_and_a_planner_field_stays_a_field() -> None:
    assert [e.name for e in read("Event planners with name, email and fee").entities] == [
        "EventPlanner"
    ]
    assert accepted("Add a planner field to Event", Intent.ADD_FIELDS) == ["Event(planner:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "I need riders with a name and email; link riders and horses, and horses only need a"
        " name and an age.",
        "Set up riders with name and email, link riders and horses, and horses just need a name"
        " and age",
    ],
)
def test_what_the_second_thing_of_a_link_needs_is_declared_not_dropped(
    request_text: str,
) -> None:
    result = shape(read(request_text))
    assert "Horse(name:str,age:int)" in result, result


def test_whether_it_has_after_a_list_is_still_a_yes_no_field() -> None:
    result = accepted("Plots with a plot code, the size (number), and whether it has a shed")
    assert result == ["Plot(plot_code:str,size:float,has_shed:bool)"], result


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ("next of kin phone", "next_of_kin_phone:str"),
        ("next of kin email", "next_of_kin_email:email"),
    ],
)
def test_an_of_phrase_after_no_noun_is_who_the_field_belongs_to(item: str, field: str) -> None:
    doc = f"Campers\n* full name\n* {item}\n* allergies"
    assert accepted(doc) == [f"Camper(full_name:str,{field},allergies:str)"]


def test_an_of_phrase_after_a_field_word_still_ends_before_the_next_field() -> None:
    doc = "Campers\n* full name\n* date of arrival cabin number"
    assert accepted(doc) == ["Camper(full_name:str,date_of_arrival:date,cabin_number:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "lockers = locker number, holder name, deposit (decimal), key returned (yes/no)",
        "Locker = locker number, holder name, deposit (decimal), key returned (yes/no)",
    ],
)
def test_a_thing_equal_to_a_list_is_defined_by_those_fields(request_text: str) -> None:
    assert accepted(request_text) == [
        "Locker(locker_number:str,holder_name:str,deposit:decimal,key_returned:bool)"
    ]


def test_an_equals_sign_without_a_list_is_no_definition() -> None:
    result = read("Locker deposit = decimal")
    assert result.intent != Intent.CREATE_ENTITY or result.needs_clarification


def test_a_bare_plus_after_a_closing_and_stays_in_the_last_name() -> None:
    result = read("Members, each with name, email and gift plus consent (yes/no)")
    assert shape(result) == ["Member(name:str,email:email,gift_plus_consent:bool)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Members with name, email and phone plus a photo",
            "Member(name:str,email:email,phone:str,photo:str)",
        ),
        ("Members with name and email plus phone", "Member(name:str,email:email,phone:str)"),
    ],
)
def test_plus_with_an_article_or_in_a_short_list_still_adds_a_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]
