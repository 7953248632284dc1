"""The lead's rules of 2026-12-04 night.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "For the farm: cows with tag and breed; pens with number and size; and tractors.",
        "Boats with name and length; crews with name and phone; and moorings",
    ],
)
def test_a_thing_named_last_in_a_semicolon_list_is_asked_about(request_text: str) -> None:
    """ "…; and tractors": cut off by a semicolon like the things before it, the last item is
    one more thing named without fields, never a count field of the thing before."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert "attributes" in got.missing
    assert all(a.name not in ("tractors", "moorings") for e in got.entities for a in e.attributes)


def test_a_semicolon_list_of_fields_keeps_its_last_field() -> None:
    got = read("Boat: name; length; and crew size")
    assert got.status == "recognized", got.notes
    assert [a.name for a in got.entities[0].attributes] == ["name", "length", "crew_size"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Kennels: name, breeds: text, nightly rate: money",
        "Track rehearsals with rehearsal date, songs (text) and conductor",
        "Log rehearsals with rehearsal date, songs - string, conductor",
    ],
)
def test_a_plural_field_typed_as_text_is_not_doubted(request_text: str) -> None:
    """An explicit annotation wins: a plural name the person typed as text is no sign of a
    count the rules missed, so the reading is not held back for it."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    fields = {a.name: a.type.value for e in got.entities for a in e.attributes}
    assert fields.get("breeds", fields.get("songs")) == "str"


def test_a_plural_field_typed_by_the_rules_alone_is_still_doubted() -> None:
    """Without an annotation a bare plural read as text may be a count the rules missed: the
    person is asked."""
    got = read("Track rehearsals with rehearsal date, songs and conductor")
    assert got.status == "needs_clarification"


def test_talk_that_declares_each_thing_with_its_fields_is_no_unread_link() -> None:
    """ "We're a riding school and need two things: ponies with …, and riders with …": the talk
    before the colon makes the sentence an aside, but it gives each thing its fields; it relates
    nothing, so it is no sign of a link nobody read."""
    got = read(
        "We're a riding school and need two things: ponies with a name, a height and a price, "
        "and riders with a name, an email and a beginner flag. A pony is always ridden by "
        "exactly one rider."
    )
    assert got.status == "recognized", (got.confidence, got.notes)
    assert {e.name for e in got.entities} == {"Pony", "Rider"}


@pytest.mark.parametrize(
    "request_text",
    [
        "Add the Paris office phone to Agency",
        "Add an India warehouse code to Shipment",
        "Create a Mars sample with code, weight and found date",
    ],
)
def test_a_place_named_with_a_capital_is_no_slip(request_text: str) -> None:
    """A word WordNet knows only as a place, written with a capital, is that place: no note
    asks whether "Paris" meant "parish", and the reading is not held back for it."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert not any("misspelt" in note for note in got.notes)


def test_the_same_name_in_lower_case_may_still_be_a_slip() -> None:
    got = read("Create fertilizer oders with product, tonnes and delivery date")
    assert got.status == "needs_clarification"
    assert any("'order'" in note for note in got.notes), got.notes


@pytest.mark.parametrize(
    ("request_text", "bare", "listed"),
    [
        ("Track kennels and keep dogs with name and breed", "Kennel", "Dog"),
        ("Record sales and store receipts with date and total", "Sale", "Receipt"),
    ],
)
def test_two_things_kept_with_their_own_verbs(request_text: str, bare: str, listed: str) -> None:
    """ "Track kennels and keep dogs with …": the list after "with" is the second thing's; the
    first is named without fields and asked about (the dogs' fields were given to Kennel,
    accepted)."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert "attributes" in got.missing
    fields = {e.name: [a.name for a in e.attributes] for e in got.entities}
    assert fields.get(bare) == []
    assert len(fields[listed]) == 2
    assert any(note.startswith(f"{bare} is named without fields") for note in got.notes)
