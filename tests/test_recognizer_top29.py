"""A topic said first that names no thing kept is never accepted as the entity (branch top29).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


# --- a group the change is for, or a place the work is in, is who or where, not a table -------
@pytest.mark.parametrize(
    "request_text",
    [
        "For the grounds crew: make the mower hours optional",
        "For the youth committee, the meeting room should be optional",
        "For the dance troupe, drop the costume size",
        "at the building site: make the crane licence required",
    ],
)
def test_group_or_place_opener_is_asked_not_taken_as_entity(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing


# --- a one-word marker before a list or a change names nothing: the person is asked ------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Compulsory: a hull number and a flag state",
        "Urgent — the berth fee should be money",
    ],
)
def test_marker_label_is_not_an_entity(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing  # asked which thing, not a table named after the marker


# --- things said as the topic stay the entity: a plural, a capital, or the ask naming it -------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("For the ferries: add a deck count", Intent.ADD_FIELDS, ["Ferry(deck_count:int)"]),
        ("On Ferry, make the deck count optional", Intent.MODIFY_FIELDS,
         ["Ferry(deck_count:int?)"]),
        ("For the crew, make the phone optional on Sailor", Intent.MODIFY_FIELDS,
         ["Sailor(phone:str?)"]),
    ],
)  # fmt: skip
def test_thing_said_as_topic_is_kept(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected
