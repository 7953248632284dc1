"""Changes said in conversation, after a sentence about how the field turned out in use.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right


# --- "The F on X turned out to be / came out as …. Change it to T": what "it" points back at ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The lap time on Race came out as text. Can you change it to a decimal?",
         ["Race(lap_time:decimal)"]),
        ("The seat count on the ferries turned out to be whole numbers, so please make it an"
         " integer.", ["Ferry(seat_count:int)"]),
        ("The grade on Essay ended up as free text. It should be a number.",
         ["Essay(grade:float)"]),
        ("The hull length on Barge seems to be text. Please change it to a decimal.",
         ["Barge(hull_length:decimal)"]),
    ],
)  # fmt: skip
def test_field_said_as_it_turned_out_then_changed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_field_said_as_it_is_still_changes() -> None:
    # the shape the new verbs join: "is" already said which field "it" was
    text = "The berth number on the ferries is text. Please change it to an integer."
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Ferry(berth_number:int)"]
