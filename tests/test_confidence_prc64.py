"""A doubt measured on writers it was not written for (prc63, narrowed in prc64): a create of one
field or link at most that the learned intent model reads as a change adding nothing (a field
dropped, a link said with a verb the rules do not know, a rename).

Every request here is written for this file (none is copied from the corpus), in trades no
batch of first reads uses for this shape (lockers, choirs, depots, kayaks, lanterns, saddles).
What a person relies on: the misread is asked, not accepted; a create with a list of fields,
a create said as one, a create whose "with" the model takes for a link keep their reading and
their acceptance.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, features, read, shape


@pytest.mark.parametrize(
    "text",
    [
        # a link said with a verb, read as a create with the target as a field
        "lockers store kits",
        "depots keep trucks",
        "racks store bikes",
        # a link in a framework's words, read as a create with the target as a field
        "Choir has many :singers",
        "Garage has many :vans",
        # a field dropped after a bar and a verb, read as a create of nothing
        "Saddle | strip: girth size",
        "Bakery | remove: oven count",
    ],
)
def test_a_single_thing_the_model_reads_as_a_change_is_asked(text: str) -> None:
    assert features(text)["model_change"] == 1.0, text
    assert read(text).status == "needs_clarification", (text, shape(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # label forms with a list: the model is unreliable there (it reads "Kayaks: paddle
        # size, hull colour" as a removal by about 11), so no doubt on a reading of two or more
        ("Kayaks: paddle length, colour, owner name (optional)", "Kayak"),
        ("Kayaks: paddle size, hull colour", "Kayak"),
        ("Canoes - length, colour", "Canoe"),
        ("Lanterns: wick size (decimal), fuel, lit on", "Lantern"),
        ("Saddles with a maker, a size and a price (decimal)", "Saddle"),
        ("Create a Kayak entity with paddle length, colour and owner", "Kayak"),
        ("We need beehives with hive number, apiary and queen age", "Beehive"),
        # "with" names a create's fields; the model prefers a link for it (by 10 to 16 here)
        ("barrels with volume in litres", "Barrel"),
        ("hikes with distance in miles", "Hike"),
        ("canoes with paddles", "Canoe"),
        # the model reads an addition here: not this doubt's (intent_doubt's, from 60)
        (
            "Could you add repairs to the system? Each repair needs a bike, a fault and a cost",
            "Repair",
        ),
    ],
)
def test_a_create_the_model_is_unreliable_on_is_not_doubted(text: str, expected: str) -> None:
    assert features(text)["model_change"] == 0.0, text
    assert [e.split("(")[0] for e in accepted(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the rules read the change itself: nothing for the doubt to weigh
        ("Kayak: paddle length now optional", Intent.MODIFY_FIELDS),
        ("Harness: strap colour can be left blank", Intent.MODIFY_FIELDS),
        ("Anvil: weight as a whole number", Intent.MODIFY_FIELDS),
        ("Barrel: strip out stave count", Intent.REMOVE_FIELDS),
        ("Tandem has_many :riders", Intent.ADD_RELATIONSHIP),
        ("vans carry ladders", Intent.ADD_RELATIONSHIP),
    ],
)
def test_a_change_read_as_a_change_is_not_doubted(text: str, intent: Intent) -> None:
    assert features(text)["model_change"] == 0.0, text
    accepted(text, intent)
