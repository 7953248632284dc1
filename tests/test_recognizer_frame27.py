"""Frame words and headings that name the thing kept, never a preposition.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a heading "Log for kilns:" or "Register for saddles:" keeps kilns and saddles
(a frame word read as a verb leaves its "for" behind, and no name starts with a preposition),
while a purpose said first ("For the regatta, create a Boat entity …") names nothing; and
"make the dive log optional" (the log of dives, or a field?) is asked, never guessed.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Log for kilns: name, max temperature, firing count", "Kiln"),
        ("Register for saddles: brand, size, purchase date", "Saddle"),
        ("Catalog for garden gnomes: colour, height, price", "GardenGnome"),
        ("Track for ferry crossings: departure time, vessel, passengers", "FerryCrossing"),
        ("List of beehives at the farm: label, queen age, honey yield", "Beehive"),
    ],
)  # fmt: skip
def test_a_frame_heading_for_plural_things_keeps_the_things(request_text: str, entity: str) -> None:
    intent, shape = reading(request_text)
    assert intent is Intent.CREATE_ENTITY
    assert [s.split("(")[0] for s in shape] == [entity]


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
