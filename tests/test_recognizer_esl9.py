"""Requests of people writing in a second language: articles kept where a native writer drops
them, the change verb after the thing's name, a misspelt verb before "entity", and whom a
thing is for said between its name and its fields.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

# "Link the children with the activities": "the" before both plurals still says many on
# each side, as "link children and activities" does.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Link the gardeners with the greenhouses", ["Gardener() many_to_many>Greenhouse"]),
        ("Connect the pilots to the aircrafts", ["Pilot() many_to_many>Aircraft"]),
        ("Please link the bakers with the ovens", ["Baker() many_to_many>Oven"]),
    ],
)
def test_linking_plurals_said_with_the_is_many_to_many(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Link the gardeners with the greenhouse", ["Gardener() many_to_one>Greenhouse"]),
        ("Link each gardener with one greenhouse", ["Gardener() many_to_one>Greenhouse"]),
        ("Connect the pilot to the aircraft", ["Pilot() many_to_one>Aircraft"]),
        ("Link gardeners and greenhouses", ["Gardener() many_to_many>Greenhouse"]),
    ],
)
def test_a_single_target_or_a_count_still_links_to_one(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


# "Tour add: max people, meeting point": the thing's name, then the change, then a colon is
# the change made to that thing (as "Tour: add …" is), not a thing called "TourAdd".


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Kayak add: paddle size, hull colour", Intent.ADD_FIELDS, "Kayak(paddle_size:str,"),
        ("Ferry Trip add: captain name", Intent.ADD_FIELDS, "FerryTrip(captain_name:str)"),
        ("Kayak remove: hull colour, seats", Intent.REMOVE_FIELDS, "Kayak(hull_colour:str,"),
        ("Kayak rename: hull colour -> colour", Intent.RENAME_FIELD, "Kayak(colour:str<"),
    ],
)
def test_a_change_verb_after_the_name_before_a_colon_changes_that_thing(
    request_text: str, intent: Intent, expected: str
) -> None:
    got_intent, shape = reading(request_text)
    assert got_intent == intent and len(shape) == 1 and shape[0].startswith(expected), shape


def test_a_colon_after_the_name_alone_keeps_its_reading() -> None:
    assert accepted("Kayak: add paddle size", Intent.ADD_FIELDS) == ["Kayak(paddle_size:str)"]
    assert reading("Kayaks: paddle size, hull colour") == (
        Intent.CREATE_ENTITY,
        ["Kayak(paddle_size:str,hull_colour:str)"],
    )
    # an ask before the colon names no thing
    assert reading("please add: paddle size")[1] == ["(paddle_size:str)"]


# "crate entity Kiln with …": "crate" right before "entity" and a name is "create" typed with a
# letter dropped; "Crate entity with …" still names a Crate.


def test_crate_before_entity_and_a_name_is_the_verb() -> None:
    assert accepted("crate entity Kiln with temperature and shelves") == [
        "Kiln(temperature:float,shelves:int)"
    ]
    assert accepted("crate table Pallet with width (number)") == ["Pallet(width:float)"]


def test_a_crate_named_as_the_entity_stays_a_crate() -> None:
    assert reading("Crate entity with weight and label") == (
        Intent.CREATE_ENTITY,
        ["Crate(weight:float,label:str)"],
    )
    assert reading("Add a Crate entity with weight") == (
        Intent.CREATE_ENTITY,
        ["Crate(weight:float)"],
    )


# "create entity Kiln for my pottery with …": whom the entity is for, said between its name
# and its fields, is no part of the name (not "EntityKiln").


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Please create entity Kiln for my pottery with temperature and shelves",
            ["Kiln(temperature:float,shelves:int)"],
        ),
        (
            "Create an entity Coach for the club with name and salary",
            ["Coach(name:str,salary:decimal)"],
        ),
        ("Make a new entity Locker for our gym: code, floor", ["Locker(code:str,floor:str)"]),
    ],
)
def test_whom_a_named_entity_is_for_is_no_part_of_its_name(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_an_entity_named_without_whom_it_is_for_keeps_its_reading() -> None:
    assert accepted("Create entity Coach with name and salary") == [
        "Coach(name:str,salary:decimal)"
    ]
    assert accepted("create a Coach entity for my club with name") == ["Coach(name:str)"]
