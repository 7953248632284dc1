"""The lead's rules of 2026-12-04 afternoon.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, shape


@pytest.mark.parametrize(
    ("request_text", "entity", "view"),
    [
        (
            "Log kayaks with hull number and length. Add a filter by hull number.",
            "Kayak(hull_number:str,length:float)",
            "Add a filter by hull number.",
        ),
        (
            "Keep greenhouses with code and area. We also need a search on code",
            "Greenhouse(code:str,area:str)",
            "We also need a search on code",
        ),
    ],
)
def test_a_view_asked_for_after_a_create_is_kept_as_a_rule(
    request_text: str, entity: str, view: str
) -> None:
    """ "Add a filter by …" asks for a screen over the rows: the entity stays the only thing
    made, and the wish is kept where the person can see it, not asked about as a bare thing."""
    got = read(request_text)
    assert shape(got) == [entity]
    assert view in got.business_rules
    assert not any("named without fields" in note for note in got.notes), got.notes


def test_a_field_named_after_a_view_word_is_still_added() -> None:
    assert shape(read("Add a sort order to Playlist")) == ["Playlist(sort_order:str)"]


def test_a_named_entity_said_with_including_lists_its_fields() -> None:
    """ "including" opens the list as "with" does: it never becomes part of the first field."""
    got = read("Create a Seed Packet entity including variety, sown on (date) and organic (yes/no)")
    assert shape(got) == ["SeedPacket(variety:str,sown_on:date,organic:bool)"]


@pytest.mark.parametrize(
    ("request_text", "required"),
    [
        ("Make phone required again on Lodger", True),
        ("make the phone optional again on Lodger", False),
    ],
)
def test_again_after_a_required_change_says_the_same_change(
    request_text: str, required: bool
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert [(e.name, [(a.name, a.required) for a in e.attributes]) for e in got.entities] == [
        ("Lodger", [("phone", required)])
    ]


def test_a_link_said_with_nouns_no_lexicon_knows_is_still_english() -> None:
    """ "a" counts as an English word: a plain sentence about two compound things is read,
    not refused as text in another language."""
    got = read("A seed tray goes to a single polytunnel")
    assert shape(got) == ["SeedTray() many_to_one>Polytunnel"]


def test_gibberish_with_articles_is_still_asked() -> None:
    got = read("a blorf a snizzle a quonk a frabber")
    assert got.status == "needs_clarification"
