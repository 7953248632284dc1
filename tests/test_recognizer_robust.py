"""A reader's bug never crashes the caller nor loses the request, and the readers do not fail
on sentences of the kinds people write combined in orders nobody wrote.

The sentences are written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baes_tui.recognition import recognizer as recognizer_module
from baes_tui.recognition.recognizer import READER_FAILED
from tests.support.recognition import read


def test_a_reader_that_fails_asks_about_the_request_and_keeps_it(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The safety net: whatever breaks inside the rules, the person is asked (never a
    traceback on the screen, never a reading accepted), the text is kept whole as a business
    rule, and the log holds the trace for the bug report."""

    def broken(text: str) -> object:
        raise IndexError("a reader's bug")

    monkeypatch.setattr(recognizer_module, "read_request", broken)
    with caplog.at_level(logging.ERROR, logger="baes_tui"):
        result = read("Keep boats with name and length")
    assert result.status == "needs_clarification"
    assert result.notes == (READER_FAILED,)
    assert result.business_rules == ("Keep boats with name and length",)
    assert result.entities == ()
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert failures and failures[0].exc_info is not None


def test_a_confidence_feature_that_fails_asks_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The features are rules as well: one that breaks is caught by the same net, and the net
    computes no feature again on the text that broke it."""

    def broken(*args: object) -> dict[str, float]:
        raise ValueError("a feature's bug")

    monkeypatch.setattr(recognizer_module, "features_of", broken)
    result = read("Keep boats with name and length")
    assert result.status == "needs_clarification"
    assert result.notes == (READER_FAILED,)
    assert result.missing == ("intent",)


_SENTENCES = [
    "Keep drivers with name and a phone number.",
    "I want to keep our pupils: name, email, mobile number and home address.",
    "Some pupils don't have a mobile, so that one can be empty.",
    "A few drivers have no phone, so it may be blank.",
    "It's optional though.",
    "Thanks a lot!",
    "Cheers!",
    "Requirements:",
    "- Boat entity with just:",
    "  - hull code (string, required)",
    "  - length (number, optional)",
    "- Responses are JSON",
    "- Relate boats and moorings",
    "Each boat belongs to one mooring.",
    "Rename the Mooring entity to Berth.",
    "Actually no, scratch that.",
    "Make the notes on Boat optional.",
    "Add a launched flag and a launch date to Boat.",
    "Remove the fax number from Owner.",
    "We don't need to change the email.",
    "Owners (name, phone) and boats (name, length in metres).",
    "make it better",
    "Boat.length -> optional",
    "The last one is optional.",
    "and also a Harbour entity",
    "Change cost to an integer... actually no, leave it as money.",
]


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=7),
    joins=st.lists(st.sampled_from([" ", "\n", "\n\n", " — ", ", "]), min_size=6, max_size=6),
)
def test_the_readers_do_not_fail_on_sentences_in_any_order(
    parts: list[str], joins: list[str]
) -> None:
    """The crash this guards against: a later sentence making a field optional, followed by
    one more sentence, made a reader delete statements it was still reading."""
    text = parts[0]
    for join, part in zip(joins, parts[1:], strict=False):
        text += join + part
    result = read(text)
    assert READER_FAILED not in result.notes, text
