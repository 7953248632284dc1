"""Requests asked about because the entity was written where the readers did not look for it
(the `missing3` families): a name written as one PascalCase word before its field, and the
destination of an addition said first after the setting of the request.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the entity they named is the one changed, however it is placed, and
a request that names no entity is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- an entity written as a name (PascalCase or capitalised words) right before its field ------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the CargoShip capacity optional", ["CargoShip(capacity:int?)"]),
        ("As a buyer I want the GiftCard balance to be optional so that cards can start empty",
         ["GiftCard(balance:decimal?)"]),
        ("pls make the TrainingSession coach name required",
         ["TrainingSession(coach_name:str)"]),
        ("Could the Cargo Ship capacity be optional?", ["CargoShip(capacity:int?)"]),
        ("We'd like the Volunteer shirt size to be optional", ["Volunteer(shirt_size:str?)"]),
    ],
)  # fmt: skip
def test_a_name_written_as_one_word_before_a_field_is_the_whole_entity(
    request_text: str, expected: list[str]
) -> None:
    # "CargoShip" is one name: its first word alone is not the entity, nor its second word
    # the start of the field
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_lowercase_words_before_a_field_still_ask_which_entity() -> None:
    # "the cargo ship capacity" may be Cargo's ship capacity or CargoShip's capacity: nothing
    # written says which, so it is asked
    result = read("make the cargo ship capacity optional")
    assert result.status == "needs_clarification"
    assert "entity" in result.missing or "confirmation" in result.missing, shape(result)
    assert shape(result) != ["CargoShip(capacity:int?)"]


# --- "add to X the field F" after the setting of the request -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("for the bakery system we need to add to Loaf the field bake date",
         ["Loaf(bake_date:date)"]),
        ("Hello, in the ferry app I want to add to the Vessel entity the fields hull colour and "
         "berth number", ["Vessel(hull_colour:str,berth_number:str)"]),
        ("Please add to Boat the fields hull colour and mooring number",
         ["Boat(hull_colour:str,mooring_number:str)"]),
        ("at our kennels we need to add to Dog the field microchip number",
         ["Dog(microchip_number:str)"]),
    ],
)  # fmt: skip
def test_an_addition_naming_its_destination_first_adds_to_it_after_a_setting(
    request_text: str, expected: list[str]
) -> None:
    # "we need to add to Loaf …" wishes an act: "to add" is no thing that should do something,
    # and "the fields" only announces the names that follow
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_an_addition_with_no_destination_after_a_setting_still_asks_which_entity() -> None:
    result = read("for the ferry app we need to add the field hull colour")
    assert result.status == "needs_clarification"
    assert "entity" in result.missing, shape(result)


# --- a type said of one item inside the brackets of a kept thing ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boats (hull number as a string, length)",
         ["Boat(hull_number:str,length:float)"]),
        ("I want to keep manifests (manifest code as a string, departure dock, crate count)",
         ["Manifest(manifest_code:str,departure_dock:str,crate_count:int)"]),
        ("record lambs (tag as text, birth weight as a number)",
         ["Lamb(tag:str,birth_weight:float)"]),
        ("Create surveyors (full name, licence number as a string, hired on)",
         ["Surveyor(full_name:str,licence_number:str,hired_on:date)"]),
    ],
)  # fmt: skip
def test_a_type_said_of_one_bracketed_item_keeps_the_brackets_a_field_list(
    request_text: str, expected: list[str]
) -> None:
    # "as a string" types the item it follows: the brackets still list the kept thing's
    # fields, and the verb is no part of the thing's name ("TrackBoat", "CreatePilot")
    assert read_right(request_text) == expected


def test_brackets_holding_one_field_and_its_type_are_no_field_list() -> None:
    # "(minutes, integer)" annotates one thing; it is not a thing with two fields
    result = read("track boats (minutes, integer)")
    assert shape(result) != ["Boat(minutes:int,integer:int)"]
    assert result.status == "needs_clarification"


# --- "F becomes T on X": the place said after the new state ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("hull colour becomes optional on Boat", ["Boat(hull_colour:str?)"]),
        ("the berth number should become an integer on each Mooring",
         ["Mooring(berth_number:int)"]),
        ("1. tread depth becomes required on Tyre.", ["Tyre(tread_depth:float)"]),
    ],
)  # fmt: skip
def test_a_field_becoming_something_on_an_entity_changes_that_entity(
    request_text: str, expected: list[str]
) -> None:
    # the entity said last is where the field is, not part of a new thing's name
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_field_becoming_something_with_no_place_still_asks_which_entity() -> None:
    result = read("depth becomes required")
    assert result.status == "needs_clarification"
    assert "entity" in result.missing, shape(result)
