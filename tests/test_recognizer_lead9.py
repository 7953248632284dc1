"""Rules the lead added after the blind batches of 3 December, afternoon (four trades).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "We want the kitchen to run smoother",
        "I'd like the depot to work quicker",
        "we need the till to go faster",
        "Make the rota app run easier for the staff",
    ],
)
def test_how_something_should_go_is_no_relationship(request_text: str) -> None:
    """ "run smoother" says how a thing should go: the -er word is no entity linked to it, so
    the wish is asked about (it names no field and no change)."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Each kitchen runs one oven", "Kitchen", "Oven"),
        ("Cleaners clean offices", "Cleaner", "Office"),
        ("Every depot runs a single trailer", "Depot", "Trailer"),
    ],
)
def test_a_thing_after_a_linking_verb_is_still_linked(
    request_text: str, owner: str, target: str
) -> None:
    """Counterparts: a counted or plural thing after the verb is a relationship as before."""
    result = read(request_text)
    assert result.status == "recognized", result
    [entity] = [e for e in result.entities if e.name == owner]
    assert [r.target for r in entity.relationships] == [target]
