"""A slip of the keys in a name is asked about, with the word it likely meant.

Names are kept as the person wrote them (a code such as "isrc" is theirs); a word no dictionary
knows in any form, one slip from one it does, makes the reading asked, and the note says which
word and what it was likely meant to be. Every request here is written for this file.
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.nouns import misspelt
from tests.support.recognition import read


@pytest.mark.parametrize(
    ("request_text", "typed", "meant"),
    [
        ("Create kennels with naem, capacity and daily fee", "naem", "name"),
        ("add a recieved date to Parcel", "recieved", "received"),
        ("boats: hull number, lenght, owner adress", "lenght", "length"),
        ("each booking has a custmer rating and a venue", "custmer", "customer"),
    ],
)
def test_a_slip_in_a_new_field_is_read_as_the_likely_word(
    request_text: str, typed: str, meant: str
) -> None:
    """A new field's slip is read as the word meant, and the note names both (the rule of
    the twentieth session, docs/recognition.md "A slip in a new field's word"; before, the
    slip was asked about as every name's was)."""
    result = read(request_text)
    names = " ".join(n for e in result.entities for n in _names(e))
    assert typed not in names and meant in names, names
    assert any(f"read '{typed}' as '{meant}'" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "typed", "meant"),
    [
        ("on Tenant rename phone to contact numebr", "numebr", "number"),
        ("remove the postcde field from Depot", "postcde", "postcode"),
    ],
)
def test_a_slip_in_a_name_is_asked_with_the_likely_word(
    request_text: str, typed: str, meant: str
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", result
    if typed in " ".join(n for e in result.entities for n in _names(e)):
        assert any(f"'{typed}'" in note and f"'{meant}'" in note for note in result.notes), (
            result.notes
        )


def _names(entity: object) -> list[str]:
    attributes = getattr(entity, "attributes", ())
    return [getattr(entity, "name", "").lower(), *(a.name for a in attributes)]


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a Song entity with title, isrc and duration",
        "track drones with serial, callsign and cron schedule",
        "add login count and signup date to User",
        "Create grants with amount, payout date and payee",
        "grants: funder, amount, expires at, shipped at",
        "Create hives with name, varroa count and last inspected date",
        "Create parcels with tracking code, weight and caught at",
    ],
)
def test_codes_inflections_and_new_words_are_no_slips(request_text: str) -> None:
    """Counterparts: abbreviations, a verb's inflections ("expires", "shipped"), a doer
    ("funder"), two words run together ("payout", "signup") and words of trade keep their
    reading, accepted."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert not any("looks misspelt" in note for note in result.notes)


@pytest.mark.parametrize(
    ("word", "meant"),
    [("nmae", "name"), ("adress", "address"), ("cusotmer", "customer"), ("bedroms", None),
     ("isrc", None), ("desc", None), ("login", None), ("occurred", None)],
)  # fmt: skip
def test_which_words_are_slips(word: str, meant: str | None) -> None:
    """Swaps in four letters only when the first letter stays ("nmae"; not the code "isrc"),
    a doubled letter typed once ("adress"), a known run-together or inflected word is none.
    ("bedroms" is read as "bed" + "roms", a miss kept for safety; function words are left
    out by the confidence, not here.)"""
    assert misspelt(word) == meant


def test_a_huge_unbroken_word_is_no_slip_and_costs_nothing() -> None:
    """A pasted run of hundreds of letters is not a word typed wrong; looking for its slips
    would try tens of thousands of spellings."""
    assert misspelt("qwertyuiop" * 100) is None
    assert read("add " + "zq" * 400 + " to Guest").status in ("recognized", "needs_clarification")
