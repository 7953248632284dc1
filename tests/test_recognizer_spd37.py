"""Speed without a changed reading: rules that build a pattern from a request's own words test
first, with a plain substring, that the words are there at all.

Compiling a pattern per name costs more than running it (Python keeps only 512 compiled
patterns, and a name read from a request is new to that cache). Each test pairs a request
where the rule must still fire with requests where the cheap test skips it, and checks the
skip gives what the full pattern would have given. Every request is written for this file.
"""

from __future__ import annotations

import re

import pytest

from baes_tui.core.models import Attribute, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft, _listed_as_thing
from baes_tui.recognition.conditions import _indefinite_owner
from baes_tui.recognition.confidence import _new_lost, acronym
from baes_tui.recognition.patterns import may_hold
from baes_tui.recognition.recognizer import _label_in_field_name
from baes_tui.recognition.text import Cleaned, clean


# --- the substring test itself -------------------------------------------------------------------
def test_may_hold_is_a_case_blind_substring_test_on_ascii_text() -> None:
    assert may_hold("Each Kennel has a RUN number", "run", "yard")
    assert not may_hold("Each Kennel has a run number", "yard", "paddock")


def test_may_hold_always_may_on_text_beyond_ascii() -> None:
    # (case folding beyond ASCII: a case-blind "i" matches the dotless "ı")
    assert may_hold("Bınder with a spine label", "binder")
    assert may_hold("Café tables: seats", "nothing-like-this")


def test_may_hold_answers_for_the_text_it_is_given_not_the_last_one() -> None:
    assert may_hold("a ledger of parcels", "parcel")
    assert not may_hold("a ledger of crates", "parcel")
    assert may_hold("a ledger of parcels", "parcel")


# --- a short word in capitals is an initialism ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Keep the KPI targets for each depot", "kpi", True),
        ("Keep the KPIs for each depot", "kpi", True),
        ("Keep the kpi targets for each depot", "kpi", False),  # not written in capitals
        ("Keep the targets for each depot", "kpi", False),  # not written at all
        ("KEEP THE KPI TARGETS", "kpi", False),  # a shouted request says nothing by capitals
        ("Keep the XKPI codes", "kpi", False),  # inside another word
    ],
)
def test_an_initialism_is_found_only_where_written_in_capitals(
    text: str, word: str, expected: bool
) -> None:
    assert acronym(word, Cleaned(text)) is expected


# --- "new" before a field's words in a create ----------------------------------------------------
def _entity(*names: str) -> EntitySpec:
    return EntitySpec("Meter", tuple(Attribute(n) for n in names))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a meter with serial, new reading date and site", True),
        ("a meter with serial, reading date and site", False),  # no "new" at all
        ("a meter with serial, renewed reading date", False),  # "new" inside another word
        ("a meter with serial, New reading date", False),  # the test is case-sensitive
    ],
)
def test_new_before_a_field_is_missed_only_where_written(text: str, expected: bool) -> None:
    entity = _entity("serial", "reading_date", "site")
    assert _new_lost(entity, text, Intent.CREATE_ENTITY) is expected
    assert _new_lost(entity, text, Intent.ADD_FIELDS) is False  # an addition may say "new"


# --- a thing said only after "some", "any" ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the kiln temperature is text for some reason", "some reason"),
        ("the kiln temperature is text for whatever reason", "whatever reason"),
        ("the kiln temperature is text for a reason", None),  # a particular reason
        ("the kiln temperature should be a number", None),  # no indefinite word anywhere
        ("the handsome reason temperature", None),  # "some" inside a word determines nothing
    ],
)
def test_an_owner_said_only_after_some_or_any_is_no_particular_thing(
    text: str, expected: str | None
) -> None:
    draft = Draft(intent=Intent.MODIFY_FIELDS, entities=[EntitySpec("Reason")])
    assert _indefinite_owner(draft, text) == expected


# --- a plural listed between things ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("rooms", "hotels with name and town, plus rooms, plus cleaners with badge", True),
        ("rooms", "hotels with name and town, ROOMS, and cleaners with badge", True),
        ("rooms", "hotels with name, town and rooms", False),  # a field of hotels
        ("rooms", "hotels with name and town plus rooms plus cleaners", False),  # no comma
        ("rooms", "hotels with name, town, beds", False),  # the word is not there
    ],
)
def test_a_plural_is_a_thing_only_when_listed_between_things(
    word: str, text: str, expected: bool
) -> None:
    assert _listed_as_thing(word, text) is expected


def test_a_plural_between_things_is_still_found_in_text_beyond_ascii() -> None:
    assert _listed_as_thing("rooms", "hôtels with name, plus rooms, plus cleaners with badge")


# --- a line label taken into a field's name ------------------------------------------------------
def _draft(*names: str) -> Draft:
    return Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec("Barge", tuple(Attribute(n) for n in names))],
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("- Barge: length\n- Mooring: berth, fee", True),  # "Mooring:" opens a line
        ("- Barge: length\n- mooring: berth, fee", False),  # the test is on the capital
        ("Barge with length, mooring berth and fee", False),  # no label anywhere
        ("Barge: length. Mooring berth: text", False),  # not at a line's start
    ],
)
def test_a_label_at_a_line_start_taken_into_a_field_name_is_asked(text: str, asked: bool) -> None:
    draft = _draft("length", "mooring_berth", "fee")
    _label_in_field_name(draft, clean(text))
    assert bool(draft.missing) is asked


# --- the cheap test agrees with the pattern it stands before --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Track SLA targets for each supplier",
        "we keep some notes on a few jetties",
        "hotels with rooms, plus rooms, plus beds with size",
        "Ünïcödé text with SLA and some rooms",
    ],
)
def test_the_substring_tests_never_skip_a_text_the_patterns_match(text: str) -> None:
    """Wherever the full pattern matches, the cheap test before it lets it run."""
    if re.search(r"\bSLAs?\b", text):
        assert acronym("sla", Cleaned(text))
    if re.search(r"\b(?:plus|and also)\s+rooms\s*,\s*(?:plus|and)\s", text, re.I):
        assert _listed_as_thing("rooms", text)
