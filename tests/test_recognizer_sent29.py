"""A sentence of a request is never lost because another sentence was read (sent29)."""

from __future__ import annotations

from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.recognizer import Recognizer


def _read(text: str):
    return Recognizer().recognize(text, normalizer=default_normalizer())


def test_a_sentence_declaring_fields_of_its_own_thing_is_not_dropped_silently() -> None:
    # the first sentence declares a boat's fields, the second adds to skippers: accepting the
    # skipper alone would lose the boat without a word
    got = _read(
        "we need to know each boat's name, length and mooring fee. "
        "Skippers should have a name and phone too."
    )
    assert got.status == "needs_clarification"
    assert any("mooring fee" in note for note in got.notes)


def test_two_sentences_each_read_are_still_accepted_together() -> None:
    got = _read(
        "Create Parcel with a tracking code, a weight and a delivery date. "
        "Couriers need a name and an email."
    )
    assert got.status == "recognized"
    assert {e.name for e in got.entities} == {"Parcel", "Courier"}
