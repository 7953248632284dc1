"""Beginners' ways of asking: hedges, questions, "like" examples, terse lines.

Every request here is written for this file (none is copied from the corpus). What a person
learning to program relies on: a hedge at the end ("…, i guess?", "right?", "somehow?") or at
the start ("maybe …", "not sure if this is right but …") doubts the ask and names nothing;
"? like a, b or c" after asking for one field gives its choices; "how do i add that?" after a
link asks for the link; "Kiln add glaze" is "Kiln: add glaze"; "make a thing with …" makes an
app; "is there a way to make …" asks for the change; a count said by its plural alone
("servings", "calories") is a whole number. Counterparts keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


def test_a_watchlist_of_films_is_films() -> None:
    shape = accepted("I want a film watchlist with title, director and year")
    assert shape == ["Film(title:str,director:str,year:int)"], shape


def test_a_watchlist_named_as_an_entity_stays() -> None:
    shape = accepted("Create a Watchlist entity with name and owner")
    assert shape[0].startswith("Watchlist("), shape


# "is there a way to …", "maybe …", "not sure if this is right but …": the ask itself
@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        (
            "is there a way to make the middle name on Pupil optional",
            Intent.MODIFY_FIELDS,
            "Pupil(middle_name:str?)",
        ),
        ("maybe the Locker needs a colour", Intent.ADD_FIELDS, "Locker(colour:str)"),
        (
            "not sure if this is right but Locker needs a colour",
            Intent.ADD_FIELDS,
            "Locker(colour:str)",
        ),
    ],
)
def test_a_learners_question_or_hedge_before_the_ask(
    request_text: str, intent: Intent, shape: str
) -> None:
    assert accepted(request_text, intent) == [shape]


# "servings", "calories", "laps": a count said by its plural alone is a whole number
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("Smoothie: name, calories, servings", "Smoothie(name:str,calories:int,servings:int)"),
        ("Drill: title, laps", "Drill(title:str,laps:int)"),
    ],
)
def test_a_count_said_by_its_plural_is_an_integer(request_text: str, shape: str) -> None:
    assert accepted(request_text) == [shape]


def test_a_serving_note_stays_text() -> None:
    assert accepted("Add serving notes to Stew", Intent.ADD_FIELDS) == ["Stew(serving_notes:str)"]
