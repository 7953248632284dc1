"""An arrow after a field says what that field becomes: a new name, a type or a state.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "Orchard: acreage -> area" renames a field of Orchard, the same as
"Orchard.acreage -> area"; "Kiln: age -> optional" changes the age of a kiln; and a new name
that happens to start like a verb ("area", "issues", "hash") is still the new name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Orchard: acreage -> area", ["Orchard(area:str<acreage)"]),
        ("Orchard.acreage -> area", ["Orchard(area:str<acreage)"]),
        ("Kennel: run number -> pen number", ["Kennel(pen_number:str<run_number)"]),
        ("Tugboat: tonnage => displacement", ["Tugboat(displacement:str<tonnage)"]),
        ("Ledger.memo -> issue note", ["Ledger(issue_note:str<memo)"]),
        ("Wagon: axle count → wheel count", ["Wagon(wheel_count:str<axle_count)"]),
    ],
)  # fmt: skip
def test_a_field_after_an_entity_and_an_arrow_is_renamed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiln: age -> optional", ["Kiln(age:int?)"]),
        ("Kiln: weight -> decimal", ["Kiln(weight:decimal)"]),
        ("Ferry: berth -> required", ["Ferry(berth:str)"]),
        ("Kiln.weight: float -> decimal", ["Kiln(weight:decimal)"]),
    ],
)  # fmt: skip
def test_a_field_after_an_entity_and_an_arrow_to_a_state_or_type_is_changed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected
