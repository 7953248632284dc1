"""A thing's own table said with a possessive is the thing ("drop the customer's table" removed
an entity CustomerS, accepted), and a part of a screen renamed in lower case is the app's
wording, not a thing ("Relabel the button as Save" renamed an entity Button, accepted).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("drop the customer's table", ["Customer()"]),
        ("remove the customers' table", ["Customer()"]),
        ("delete the Kennel's entity", ["Kennel()"]),
        ("please get rid of the supplier's table", ["Supplier()"]),
    ],
)
def test_a_things_own_table_is_the_thing(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Relabel the button as Save", "rename the menu to Options", "rename the heading to Welcome"],
)
def test_a_screen_part_renamed_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status != "recognized", shape(result)
    assert any("part of a screen" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "old", "new"),
    [
        # a screen word written as a name, or said with "table"/"entity", is a thing kept
        ("Rename the Button entity to Control", "Button", "Control"),
        ("rename the banner table to Poster", "Banner", "Poster"),
        ("rename Tab to Sheet", "Tab", "Sheet"),
    ],
)
def test_a_screen_word_named_as_a_thing_is_renamed(request_text: str, old: str, new: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_ENTITY)
    (entity,) = result.entities
    assert (entity.renamed_from, entity.name) == (old, new)
