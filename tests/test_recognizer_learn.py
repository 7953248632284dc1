"""Learners' and hobbyists' wording: first apps, questions, bare lists, beginner's types.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I'd like a birdwatching app for pictures with caption, lens and shot at",
            ["Picture(caption:str,lens:str,shot_at:datetime)"],
        ),
        (
            "a cooking app for ingredients with name and amount",
            ["Ingredient(name:str,amount:decimal)"],
        ),
        ("a study app for notes with title and body", ["Note(title:str,body:str)"]),
    ],
)
def test_a_plural_after_the_app_is_what_it_keeps(request_text: str, expected: list[str]) -> None:
    """ "a X app for photos with …": the plural after "for" is the thing kept, even when the
    word is one usually kept plural as a field ("photos", "notes", "ingredients")."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "a hiking app for trails with name and length",
            ["Trail(name:str,length:float)"],
        ),
        (
            "Create a project with name and a list of pictures",
            ["Project(name:str,list_of_pictures:str)"],
        ),
    ],
)
def test_plurals_elsewhere_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected
