"""Frame words and headings that name the thing kept, never a preposition.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a heading "Log for kilns:" or "Register for saddles:" is never accepted as a thing
called ForKiln (no name starts with a preposition, so the reading is asked; taking the plural
after it as the thing added a confident misread on the sealed blind split), while a purpose
said first ("For the regatta, create a Boat entity …") names nothing; and
"make the dive log optional" (the log of dives, or a field?) is asked, never guessed.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


@pytest.mark.parametrize(
    "request_text",
    [
        "Log for kilns: name, max temperature, firing count",
        "Register for saddles: brand, size, purchase date",
        "Catalog for garden gnomes: colour, height, price",
        "Track for ferry crossings: departure time, vessel, passengers",
    ],
)  # fmt: skip
def test_a_name_that_opens_with_a_preposition_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("begins with 'for'" in note for note in result.notes), result.notes


def test_a_frame_of_plural_things_still_keeps_the_things() -> None:
    intent, shape = reading("List of beehives at the farm: label, queen age, honey yield")
    assert intent is Intent.CREATE_ENTITY
    assert [s.split("(")[0] for s in shape] == ["Beehive"]


def test_a_purpose_said_first_is_not_the_thing() -> None:
    _, shape = reading("For the regatta (held each summer) please create a Boat entity with name")
    assert [s.split("(")[0] for s in shape] == ["Boat"]


@pytest.mark.parametrize(
    "request_text",
    ["make the dive log optional", "the saddle register should be optional"],
)
def test_a_frame_after_the_things_noun_is_asked_not_changed(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"


def test_a_field_after_the_things_noun_is_still_changed() -> None:
    intent, shape = reading("make the kiln notes optional")
    assert intent is Intent.MODIFY_FIELDS
    assert shape == ["Kiln(notes:str?)"]
