"""Requests of people writing in a second language: articles kept where a native writer drops
them, the change verb after the thing's name, a misspelt verb before "entity", and whom a
thing is for said between its name and its fields.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape

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


# "App for our Werkstatt (car workshop): Mechanic with …": a word of the writer's own language
# explained in brackets, in a heading before its colon, leaves the heading a heading.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "App for our Imkerei (bee farm): Hive with location and frames (integer); Keeper"
            " with name and phone",
            ["Hive(location:str,frames:int)", "Keeper(name:str,phone:str)"],
        ),
        (
            "Database for my Tischlerei (joinery): Plank with length and wood type",
            ["Plank(length:float,wood_type:str)"],
        ),
    ],
)
def test_a_heading_with_a_word_explained_in_brackets_is_still_a_heading(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_bracket_note_on_a_short_name_before_a_colon_keeps_its_reading() -> None:
    assert reading("For my Tischlerei (joinery): Plank with length and wood type") == (
        Intent.CREATE_ENTITY,
        ["Plank(length:float,wood_type:str)"],
    )
    assert reading("Contact (optional): phone, email")[1] == ["(contact_phone:str?,email:email)"]


# "Now the team is international, please call it Customer": a sentence of how things are said
# before "call it" is the reason for the rename, not the thing renamed (never "Team").


def test_how_things_are_said_before_call_it_is_no_thing_renamed() -> None:
    for request_text in (
        "We have the entity Kunde. Now the staff is international, please call it Customer.",
        "The old entity is Lieferant. Now our buyers are abroad, so call it Supplier.",
    ):
        result = read(request_text)
        assert not any(e.renamed_from in ("Staff", "Buyer") for e in result.entities), shape(result)


def test_a_thing_said_first_before_call_it_is_still_renamed() -> None:
    assert accepted("the plate on couriers, please call it plate number", Intent.RENAME_FIELD) == [
        "Courier(plate_number:str<plate)"
    ]
    assert accepted("the fax on suppliers, we don't need it more", Intent.REMOVE_FIELDS) == [
        "Supplier(fax:str)"
    ]


# "Olá! … Obrigado!", "Guten Tag, …", "Salam!": a greeting or thanks in the writer's own
# language is talk around the ask, never a thing named "Ola" or "Hallo".


@pytest.mark.parametrize(
    "request_text",
    [
        "Olá! Please add a weight to Product. Obrigado!",
        "Hallo, please add a weight to Product",
        "Guten Morgen! Please add a weight to Product. Vielen Dank!",
        "Merhaba, please add a weight to Product",
        "Salaam! Please add a weight to Product.",
    ],
)
def test_a_greeting_in_the_writers_language_is_talk(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Product(weight:float)"]


def test_english_greetings_keep_their_reading() -> None:
    assert accepted("Hello! Please add a weight to Product. Thanks!", Intent.ADD_FIELDS) == [
        "Product(weight:float)"
    ]


# "In our bike shop the Product needs also the weight": the writer's own business (one place)
# said before a sentence that asks a change of its subject is the scene, not part of the ask.


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "In our bike shop the Product need also the weight and is electric",
            Intent.ADD_FIELDS,
            ["Product(weight:float,is_electric:bool)"],
        ),
        (
            "In our bakery, the bread needs also a weight",
            Intent.ADD_FIELDS,
            ["Bread(weight:float)"],
        ),
        (
            "At my garage the Car should have also a plate number",
            Intent.ADD_FIELDS,
            ["Car(plate_number:str)"],
        ),
    ],
)
def test_the_writers_own_business_before_a_change_is_the_scene(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


def test_a_plural_after_our_is_the_things_changed() -> None:
    assert accepted("For our members the email should be optional", Intent.MODIFY_FIELDS) == [
        "Member(email:email?)"
    ]


# "I want remove the weight from Participant", "we need add a phone to Player": the "to" of
# the verb wanted left out, as a second-language writer does, still asks for that change.


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "I want remove the shoe size from Runner",
            Intent.REMOVE_FIELDS,
            ["Runner(shoe_size:str)"],
        ),
        (
            "As a coach I want add a jersey number to Player",
            Intent.ADD_FIELDS,
            ["Player(jersey_number:str)"],
        ),
        ("We need rename the plate on Van to plate number", Intent.RENAME_FIELD, None),
    ],
)
def test_a_verb_wanted_without_to_is_the_change_asked(
    request_text: str, intent: Intent, expected: list[str] | None
) -> None:
    got_intent, shape_read = reading(request_text)
    assert got_intent == intent, shape_read
    if expected is not None:
        assert shape_read == expected


def test_nouns_after_we_need_keep_their_reading() -> None:
    assert reading("I want to track deliveries with a drop off time") == (
        Intent.CREATE_ENTITY,
        ["Delivery(drop_off_time:datetime)"],
    )


# "To the Kayak add a paddle size": the destination said before the verb.


def test_the_destination_said_before_add_is_where_the_field_goes() -> None:
    assert reading("To the Kayak add a paddle size") == (
        Intent.ADD_FIELDS,
        ["Kayak(paddle_size:str)"],
    )
    assert reading("To Invoice, please add a due date") == (
        Intent.ADD_FIELDS,
        ["Invoice(due_date:date)"],
    )


def test_add_with_its_destination_after_keeps_its_reading() -> None:
    assert accepted("Add a paddle size to the Kayak", Intent.ADD_FIELDS) == [
        "Kayak(paddle_size:str)"
    ]


# "power (numbr)", "working (bolean)": a long type word in brackets typed with a letter left out
# or two swapped is that type, not a field left as text.


def test_a_type_in_brackets_typed_with_a_slip_is_that_type() -> None:
    assert reading("Kiln with shelves (integr), max heat (nubmer), gas (boolaen)") == (
        Intent.CREATE_ENTITY,
        ["Kiln(shelves:int,max_heat:float,gas:bool)"],
    )
    assert reading("crate entity Press with serial (strng), started (date)") == (
        Intent.CREATE_ENTITY,
        ["Press(serial:str,started:date)"],
    )


def test_a_word_in_brackets_that_is_no_slip_of_a_type_keeps_its_reading() -> None:
    assert reading("Bee with sting (string)") == (Intent.CREATE_ENTITY, ["Bee(sting:str)"])
    assert reading("Hive with sting (yes/no)") == (Intent.CREATE_ENTITY, ["Hive(sting:bool)"])
