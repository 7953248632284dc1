"""Doubts the lead added after the blind batches of 3 December (dictated lists).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.confidence import _unpunctuated_run_on
from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "horses with name breed birthday allergies and owner phone",
        "boats with name length code type and home port",
        "soil samples with code type taken at and depth",
    ],
)
def test_a_dictated_list_whose_split_is_a_guess_is_asked(request_text: str) -> None:
    """No comma anywhere: where one field ends is a guess, and a name holding a word that is
    a field alone ("birthday") or ends one ("number") before its last word was guessed
    wrong."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    "request_text",
    [
        "horses with name, breed, birthday allergies and owner phone",
        "add phone number and email address to Rider",
        "add number plate and date joined to Driver",
    ],
)
def test_punctuated_lists_and_names_of_their_own_keep_their_reading(request_text: str) -> None:
    """Counterparts: with commas the person split the list; "email address", "number plate"
    are one name each."""
    assert not any(_unpunctuated_run_on(a.name) for e in read(request_text).entities
                   for a in e.attributes if a.name != "birthday_allergies")  # fmt: skip


@pytest.mark.parametrize(
    ("name", "run_on"),
    [("birthday_allergies", True), ("registration_number_seats", True), ("code_type", True),
     ("phone_number", False), ("date_joined", False), ("email_address", False),
     ("date_of_birth", False), ("date_value", False), ("deposit_amount", False)],
)  # fmt: skip
def test_which_names_are_two_fields(name: str, run_on: bool) -> None:
    assert _unpunctuated_run_on(name) is run_on


@pytest.mark.parametrize(
    "request_text",
    [
        "ferry trips add fare and deck number",
        "Canoe remove: paddle length, seat count",
        "OPS-3 Hangar.door_width nullable",
        "SHIP-2 Barge.hull_code optional",
    ],
)
def test_a_change_read_as_a_create_is_asked(request_text: str) -> None:
    """A verb said to the tool inside a name ("add_fare", "CanoeRemove") or a field of an
    existing thing written as code ("Hangar.door_width") says the request changes something:
    a create read from it is doubted."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    "request_text",
    [
        "Create menu items with name, price and add on price",
        "Sailing app: regattas with name and race date. Host it on Fly.io",
    ],
)
def test_an_add_on_and_a_web_address_keep_their_reading(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
