"""Readings of fresh-hy's families that were accepted wrong (branch hy13).

Every request here is written for this file (none is copied from the corpus); each family has
a counterpart that must keep its reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


# A role after a noun ("store manager", "ward manager") at the end of a link is a person
# kept whole; "manager" is a frame only around an app ("an expense manager with …").
@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Each night porter reports to one hotel manager", "NightPorter", "HotelManager"),
        ("Every ward nurse reports to one ward manager", "WardNurse", "WardManager"),
    ],
)
def test_a_role_ending_in_manager_is_the_linked_person(
    request_text: str, owner: str, target: str
) -> None:
    shape = accepted(request_text, Intent.ADD_RELATIONSHIP)
    assert shape == [f"{owner}() many_to_one>{target}"], shape


def test_a_manager_app_still_frames_what_it_keeps() -> None:
    shape = accepted("Create an expense manager with amount, spent on and category")
    assert len(shape) == 1 and shape[0].startswith("Expense("), shape


# "new X yes/no": a yes/no that asks whether the thing is new keeps "new" in its name.
def test_a_new_flag_keeps_new() -> None:
    shape = accepted("Track members with name, new joiner yes/no and joined on")
    assert shape == ["Member(name:str,new_joiner:bool,joined_on:date)"], shape


def test_new_before_a_flag_word_is_no_name() -> None:
    assert reading("Add a new flag yes/no to Customer") == (
        Intent.ADD_FIELDS,
        ["Customer(flag:bool)"],
    )


# "wth" typed for "with" before a field list
def test_wth_is_with() -> None:
    shape = accepted("please keep the goggles wth colour, owner and cleaned on")
    assert shape == ["Goggle(colour:str,owner:str,cleaned_on:date)"], shape


# A measure word ending in "-ed" ("speed") is no participle: "top speed" is a speed.
@pytest.mark.parametrize("said", ["top speed", "max speed", "wind speed"])
def test_a_speed_with_a_modifier_is_a_number(said: str) -> None:
    shape = accepted(f"Track boats with name, {said} and launched on")
    name = said.replace(" ", "_")
    assert shape == [f"Boat(name:str,{name}:float,launched_on:date)"], shape


def test_a_participle_after_a_noun_still_counts() -> None:
    shape = accepted("Track fixtures with venue, goals scored and played on")
    assert shape == ["Fixture(venue:str,goals_scored:int,played_on:date)"], shape


# A bullet "x plus y: yes/no" is one yes/no field ("Pass Plus" is a course): never read as a
# text field and a yes/no accepted; a bullet "name plus email" still lists two fields.
def test_a_plus_inside_one_typed_bullet_is_one_field() -> None:
    result = read("## Drivers\n- full name\n- gold plus held: yes/no")
    assert shape(result) == ["Driver(full_name:str,gold_plus_held:bool)"], shape(result)


def test_a_plus_between_untyped_fields_in_a_bullet_still_lists_two() -> None:
    shape_ = accepted("## Members\n- first name\n- phone plus email")
    assert shape_ == ["Member(first_name:str,phone:str,email:email)"], shape_


# "a booking board for the <plural things>": a board named by what is done on it lists the
# things it is for; a board for people ("the staff") keeps what is posted on it.
def test_a_board_for_things_lists_the_things() -> None:
    shape_ = accepted("Make a booking board for the meeting rooms with room code and floor")
    assert shape_ == ["MeetingRoom(room_code:str,floor:str)"], shape_


def test_a_board_for_people_is_not_the_people() -> None:
    intent, shape_ = reading("Create a notice board for the staff with title and posted on")
    assert intent == Intent.CREATE_ENTITY and not shape_[0].startswith("Staff"), shape_
