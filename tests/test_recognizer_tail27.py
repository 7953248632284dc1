"""Talk after the ask: a comment that follows a whole ask keeps it from being lost.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: an ask followed by a remark, a pro-form ask ("set that up as a
relationship", "connect them") or a reason is read as that ask; a remark that names something
the reading does not hold leaves it a proposal to confirm; a tail that takes the ask back,
gives a type or a required-ness, gives an order of its own ("fix the typo too") or goes on
with a list is never cut off as talk.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Every greenhouse belongs to one nursery - set that up as a relationship",
         Intent.ADD_RELATIONSHIP, "Greenhouse() many_to_one>Nursery"),
        ("Every canoe is stored at one boathouse, set that up as a link",
         Intent.ADD_RELATIONSHIP, "Canoe() many_to_one>Boathouse"),
    ],
)  # fmt: skip
def test_an_ask_followed_by_talk_is_read(request_text: str, intent: Intent, expected: str) -> None:
    assert accepted(request_text, intent) == [expected]


def test_a_remark_naming_something_else_is_proposed_not_accepted() -> None:
    result = read("Change the grind size on Order to optional, some buy whole beans")
    assert result.intent == Intent.MODIFY_FIELDS
    assert result.status == "needs_clarification"
    assert any("grind_size" in s for s in shape(result))


@pytest.mark.parametrize(
    "request_text",
    [
        "Make the VAT number on Supplier optional. Scratch that - make it required.",
        "Rename the Kiln entity to Oven, but add a capacity",
        "Rename the wick length on Candle to wick size, fix the typo too",
        "Reminder: title, warn before days",
        "Set up riders with name and licence, horses with name and age, and stables.",
        "Every locker belongs to one gym - set that up, and add a code to Locker",
    ],
)
def test_a_tail_that_changes_the_ask_is_not_talk(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_tail_that_counts_things_is_no_talk() -> None:
    """ "A hangar can hold many gliders but a glider is in one hangar at a time": the tail says
    how many of one go with the other, so it cannot be dropped as talk (the head alone was
    accepted as many-to-many)."""
    got = read("A hangar can hold many gliders but a glider is in one hangar at a time")
    assert not (
        got.status == "recognized"
        and any(r.kind == "many_to_many" for e in got.entities for r in e.relationships)
    )
