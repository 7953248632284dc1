"""Longer requests dictated by voice or typed on a phone: the talk around the names.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a sign-off said at the end ("so yeah", "yeah thanks") ends the request and is no
word of the last name; "thing" said after a name stands for the field or the entity
("the fax thing on suppliers"); "like" said right after the ask's verb is a filler ("add like a
floor"); "but notes are optional" after a list is a remark on a listed field; and a type said
after the owner ("add a pitch to songs as an integer") is the field's type.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.text import clean
from tests.support.recognition import read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename the fax on suppliers to office fax so yeah", ["Supplier(office_fax:str<fax)"]),
        (
            "the pager on nurses should be called bleeper instead yeah thanks",
            ["Nurse(bleeper:str<pager)"],
        ),
    ],
)
def test_a_spoken_sign_off_is_no_word_of_the_name(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


def test_a_new_name_that_is_yeah_is_kept() -> None:
    assert reading("rename vote on polls to yeah") == (
        Intent.RENAME_FIELD,
        ["Poll(yeah:str<vote)"],
    )


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "the pager thing on nurses should be called bleeper",
            Intent.RENAME_FIELD,
            ["Nurse(bleeper:str<pager)"],
        ),
        (
            "so on the rooms thing can you add a floor number",
            Intent.ADD_FIELDS,
            ["Room(floor_number:int)"],
        ),
    ],
)
def test_thing_after_a_name_stands_for_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_the_thing_we_made_keeps_its_reading() -> None:
    intent, shape = reading(
        "last week we made the Gig thing, but the door fee field is not needed. remove it"
    )
    assert (intent, shape) == (Intent.REMOVE_FIELDS, ["Gig(door_fee:decimal)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("so on the rooms can you add like a floor and a colour", ["Room(floor:str,colour:str)"]),
        ("i need to add like a tyre size to bikes", ["Bike(tyre_size:str)"]),
    ],
)
def test_like_after_the_verb_is_a_filler(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_would_like_keeps_its_reading() -> None:
    assert reading("i would like a title on books") == (Intent.ADD_FIELDS, ["Book(title:str)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "keep horses with name, colour and a nickname but the nickname is optional",
            ["Horse(name:str,colour:str,nickname:str?)"],
        ),
        (
            "track kilns with a code and remarks but remarks are optional",
            ["Kiln(code:str,remarks:str?)"],
        ),
    ],
)
def test_but_opens_a_remark_on_a_listed_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_but_it_is_optional_keeps_its_reading() -> None:
    assert reading("add a fax to vets but it is optional") == (
        Intent.ADD_FIELDS,
        ["Vet(fax:str?)"],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a skill level to mechanics as a whole number", ["Mechanic(skill_level:int)"]),
        ("add a grade to pupils as a decimal", ["Pupil(grade:decimal)"]),
        (
            "as a landlord i want to add a floor level to flats as an integer so i can sort them",
            ["Flat(floor_level:int)"],
        ),
    ],
)
def test_a_type_said_after_the_owner_is_the_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a skill level to mechanics", ["Mechanic(skill_level:str)"]),
        ("add a skill level as an integer to mechanics", ["Mechanic(skill_level:int)"]),
    ],
)
def test_a_type_said_elsewhere_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "ok two things comma kilns with code and size comma and pots with glaze and weight",
        "two things, kilns with code and size, and pots with glaze and weight",
    ],
)
def test_a_count_said_first_announces_the_list(request_text: str) -> None:
    assert read_right(request_text) == ["Kiln(code:str,size:str)", "Pot(glaze:str,weight:float)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "two things to change on kilns: remove size and add a glaze",
        "two things i need: kilns with code and size, and pots with glaze",
    ],
)
def test_a_count_said_with_its_own_words_is_left_as_written(request_text: str) -> None:
    assert clean(request_text).text == request_text


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("new thing called kiln, it has a code and a size", ["Kiln(code:str,size:str)"]),
        ("make a thing called supplier with a name and a phone", ["Supplier(name:str,phone:str)"]),
    ],
)
def test_a_thing_called_is_the_entity_asked_for(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("each of the kittens belongs to one litter", "Kitten", "Litter"),
        ("every one of the cabins belongs to one campsite", "Cabin", "Campsite"),
    ],
)
def test_each_of_the_counts_one_of_them(request_text: str, owner: str, target: str) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == [f"{owner}() many_to_one>{target}"]


def test_each_of_the_before_a_list_is_left_as_written() -> None:
    request = "for each of the orders record a date and a total"
    assert clean(request).text == request
