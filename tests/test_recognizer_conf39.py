"""Right readings that the confidence doubted for a wrong reason are accepted; the look-alikes
whose doubt is right stay asked.

- a yes/no field named by the question it answers ("would reopen", "did not show") opens on
  its auxiliary; a clause run into a name ("could you …") does not, and "can" is a noun too
  (a tin's "can count"), so it stays doubted;
- "right" before a noun is the side, as "left" is ("right lens power"); "where found" names a
  place; "from date" and "from location" are where a period or a trip starts;
- a thing named a slip away from a noun ("donr") is still doubted;
- fields all written in Title Case ("Title, Author, Shelf Code") are the list's style, not a
  thing's name read as a field; one capitalised name among lower-case fields still is;
- a business rule that holds a type in brackets ("when found (date) and …") is a field read as
  a rule: doubted.

The requests are written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Track climbing walls with wall name, would reopen (yes/no) and height",
            ["ClimbingWall(wall_name:str,would_reopen:bool,height:float)"],
        ),
        ("Add a did not show flag to Booking", ["Booking(did_not_show:bool)"]),
        (
            "Track eye exams with exam date, left lens power (number) and right lens"
            " power (number)",
            ["EyeExam(exam_date:date,left_lens_power:float,right_lens_power:float)"],
        ),
        (
            "Record hires with customer, from date, to date and price",
            ["Hire(customer:str,from_date:date,to_date:date,price:decimal)"],
        ),
        (
            "clubs: Club Name, Founded Year (integer), Ground, Kit Colour",
            ["Club(club_name:str,founded_year:int,ground:str,kit_colour:str)"],
        ),
    ],
)
def test_right_readings_doubted_for_a_wrong_reason_are_accepted(
    text: str, expected: list[str]
) -> None:
    result = read(text)
    assert shape(result) == expected, text
    assert result.status == "recognized", (text, result.confidence)


@pytest.mark.parametrize(
    "text",
    [
        # a clause run into a yes/no field's name
        "Add a could you make this optional flag to Booking",
        # one capitalised name among lower-case fields
        "Members: name, email and Plus Status",
        # a word one slip from a noun of the dictionary ("donor") is a slip, not a coinage
        "plz make a donr table w/ name, blood group, email",
        # a field with its type read as a rule ("when found (date) …")
        "Log found dogs with breed, where found, when found (date) and collar colour",
    ],
)
def test_look_alikes_whose_doubt_is_right_stay_asked(text: str) -> None:
    result = read(text)
    assert result.status == "needs_clarification", (text, result.confidence)


def test_a_wh_word_before_a_participle_names_the_place() -> None:
    intent, got = reading("Log lost gloves with colour, where found and found on (date)")
    assert intent is Intent.CREATE_ENTITY
    assert got == ["LostGlove(colour:str,where_found:str,found_on:date)"]


def test_a_long_unfinishable_list_is_still_read() -> None:
    """A request far longer than any person writes keeps its reading (and every pattern added
    here stays linear on it)."""
    fields = ", ".join(f"right lens power {i} (number)" for i in range(400))
    result = read(f"Track eye exams with exam date, {fields} and can drive (yes/no)")
    assert result.intent is Intent.CREATE_ENTITY
    assert result.entities[0].name == "EyeExam"
