"""A doubt measured on writers it was not written for (prc63): a create that the learned intent
model reads as a change adding nothing (a field dropped or made optional, a link, a rename).

Every request here is written for this file (none is copied from the corpus), in trades no
batch of first reads uses for this shape (lockers, lanterns, hives, wreaths, saddles, kayaks).
What a person relies on: the misread is asked, not accepted; a create said as one, or one the
model reads as an addition, keeps its reading and its acceptance.
"""

from __future__ import annotations

import pytest

from baes_tui.recognition import confidence
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean
from tests.support.recognition import read, shape

RECOGNIZER = Recognizer()


def _features(text: str) -> dict[str, float]:
    cleaned = clean(text)
    return confidence.features_of(RECOGNIZER.draft(cleaned), cleaned, text)


@pytest.mark.parametrize(
    "text",
    [
        # a link said with a verb, read as a create with the target as a field
        "lockers store kits",
        # a field dropped, said as the field's fate, read as a create
        "Lantern: wick size goes",
        "Hive: queen age goes",
        # a field dropped after a bar and a verb, read as a create of nothing
        "Wreath | drop: ribbon colour",
        "Saddle | strip: girth size",
    ],
)
def test_a_create_the_model_reads_as_a_change_is_asked(text: str) -> None:
    assert _features(text)["model_change"] == 1.0, text
    assert read(text).status == "needs_clarification", (text, shape(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Create a Kayak entity with paddle length, colour and owner", "Kayak"),
        ("Track wreaths with ribbon colour, size and price", "Wreath"),
        ("Kayaks: paddle length, colour, owner name (optional)", "Kayak"),
        ("Lanterns: wick size (decimal), fuel, lit on", "Lantern"),
        ("Saddles with a maker, a size and a price (decimal)", "Saddle"),
        ("We need beehives with hive number, apiary and queen age", "Beehive"),
        # the model reads an addition here: not this doubt's (intent_doubt's, from 60)
        (
            "Could you add repairs to the system? Each repair needs a bike, a fault and a cost",
            "Repair",
        ),
    ],
)
def test_a_create_said_as_one_is_not_doubted(text: str, expected: str) -> None:
    assert _features(text)["model_change"] == 0.0, text
    result = read(text)
    assert result.status == "recognized", (text, result.confidence)
    assert [e.name for e in result.entities] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the rules read the change itself: nothing for the doubt to weigh
        "Kayak: paddle length now optional",
        "Harness: strap colour can be left blank",
        "Sledge: runner length no longer needed",
        "Tandem has_many :riders",
    ],
)
def test_a_change_read_as_a_change_is_not_doubted(text: str) -> None:
    assert _features(text)["model_change"] == 0.0, text
    assert read(text).status == "recognized", (text, read(text).confidence)
