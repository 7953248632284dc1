"""Clauses joined onto another: a second link is read, or the reading is asked, never lost.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: when one sentence states two links joined by "and also", "plus", "oh and", a
semicolon or ", and", both links are in the reading ("each barge belongs to one wharf, so link
them, and also each skipper has one barge"); a discourse opener ("plus", "oh") is no part of a
thing's name; and where a joined clause states a link the reading does not hold, the reading
is asked about with a note naming that clause, never accepted with the link dropped.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Each barge belongs to one wharf, so link them, and also each skipper has one barge",
            ["Barge() many_to_one>Wharf", "Skipper() many_to_one>Barge"],
        ),
        (
            "Each parcel belongs to one van; drivers belong to one van",
            ["Parcel() many_to_one>Van", "Driver() many_to_one>Van"],
        ),
    ],
)
def test_second_link_after_a_coordinator_is_read(request_text: str, expected: list[str]) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.ADD_RELATIONSHIP
    assert sorted(shape) == sorted(expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Every loom belongs to one mill. Plus each weaver belongs to one loom.",
            ["Loom() many_to_one>Mill", "Weaver() many_to_one>Loom"],
        ),
        (
            "each canoe belongs to one club. oh and every paddler belongs to one canoe",
            ["Canoe() many_to_one>Club", "Paddler() many_to_one>Canoe"],
        ),
    ],
)
def test_discourse_opener_is_no_part_of_the_subject(request_text: str, expected: list[str]) -> None:
    assert sorted(accepted(request_text, Intent.ADD_RELATIONSHIP)) == sorted(expected)


def test_a_joined_link_the_reading_lacks_is_asked_with_a_note() -> None:
    result = read("Relate Crate to Pallet, and relate Pallet to Bay.")
    if result.status == "recognized":
        # read, then it must hold both links
        assert {(e.name, r.target) for e in result.entities for r in e.relationships} == {
            ("Crate", "Pallet"),
            ("Pallet", "Bay"),
        }
    else:
        assert any("relate pallet to bay" in note for note in result.notes), result.notes


def test_a_fragment_without_a_count_links_nothing() -> None:
    # "violin repair shop" cut from its sentence is no "violins repair shops"
    result = read(
        "Violin repair shop, small one, by the canal. Please make me a repair jobs tracker:"
        " violin description, owner name, phone, the drop-off date and the quoted price."
    )
    assert all(not e.relationships for e in result.entities), result.entities


def test_a_joined_part_that_counts_things_and_is_not_read_keeps_the_whole_asked() -> None:
    """ "Each survey has many samples; a sample is like one species": the second part counts
    things but no reader takes "is like"; reading only the first part would lose a link, so the
    request stays asked (lead, after the merge). (ly62: "is of one species" is read now, as
    "is for one" is, so that wording reads both links.)"""
    got = read("Each survey has many samples; a sample is like one species")
    assert got.status == "needs_clarification"
    both = read("Each survey has many samples; a sample is of one species")
    assert [(e.name, [(r.kind, r.target) for r in e.relationships]) for e in both.entities] == [
        ("Survey", [("many_to_many", "Sample")]),
        ("Sample", [("many_to_one", "Species")]),
    ]
