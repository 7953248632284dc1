"""Conversational requests about sport, leisure and travel things (branch conv4a).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- "The F on X is stored as text. Can you change F to T?": the field said again by name -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The seat count on Ferry is stored as text, which is odd. Can you change seat count to"
         " an integer?", ["Ferry(seat_count:int)"]),
        ("The hull length on Barge came out as text, annoyingly. Could you make hull length a"
         " decimal?", ["Barge(hull_length:decimal)"]),
        ("The lane count on Pool turned out to be text. Please change lane count to an integer.",
         ["Pool(lane_count:int)"]),
    ],
)  # fmt: skip
def test_field_named_again_after_its_entity_was_said(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_field_named_again_without_talk_before_keeps_its_reading() -> None:
    # nothing said before: the words alone decide, as they did
    assert shape(read("Can you change seat count to an integer?")) == ["Seat(count:int)"]


def test_a_different_field_after_the_talk_is_not_the_one_said() -> None:
    text = "The seat count on Ferry is stored as text. Can you change room count to an integer?"
    assert shape(read(text)) == ["Room(count:int)"]


def test_it_still_points_back() -> None:
    text = "The seat count on Ferry is stored as text. Can you change it to an integer?"
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Ferry(seat_count:int)"]
