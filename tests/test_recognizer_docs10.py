"""Requirement documents in five voices: chat messages with bullets, developers' specs, formal
"shall" clauses, beginners' wish lists and shop owners' notes.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a title, a section heading or a remark on a line heads the list under
it the way the writer meant, constraint lines stay business rules, and a reading that may be
wrong asks rather than being taken.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading, shape


# --- removals listed under a line that names the entity -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Changes to the Dog entity:\n- remove microchip id\n- remove vet name",
         ["Dog(microchip_id:str,vet_name:str)"]),
        ("Tidy up: Horse table\n- DROP stable_code\n- DROP groom_pager",
         ["Horse(stable_code:str,groom_pager:str)"]),
        ("Changes for the Kiln:\n1. remove the shelf code\n2. remove the vent size",
         ["Kiln(shelf_code:str,vent_size:str)"]),
    ],
)  # fmt: skip
def test_removals_listed_under_a_named_entity_are_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_removals_whose_owner_is_not_written_as_an_entity_are_asked() -> None:
    # "Tidy-up" is no entity: the fields are never removed from the thing said to be removed,
    # nor from the tidy-up
    result = read("Tidy-up for the Horse thing:\n- remove stable code\n- remove groom pager")
    assert result.status == "needs_clarification"
    assert "entity" in result.missing
    assert shape(result) == ["(stable_code:str,groom_pager:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("remove the Invoice entity", (Intent.REMOVE_ENTITY, ["Invoice()"])),
        ("On Dog, remove microchip id and vet name",
         (Intent.REMOVE_FIELDS, ["Dog(microchip_id:str,vet_name:str)"])),
    ],
)  # fmt: skip
def test_removals_that_name_their_owner_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected
