"""Learners' and hobbyists' wording: first apps, questions, bare lists, beginner's types.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I'd like a birdwatching app for pictures with caption, lens and shot at",
            ["Picture(caption:str,lens:str,shot_at:datetime)"],
        ),
        (
            "a cooking app for ingredients with name and amount",
            ["Ingredient(name:str,amount:decimal)"],
        ),
        ("a study app for notes with title and body", ["Note(title:str,body:str)"]),
    ],
)
def test_a_plural_after_the_app_is_what_it_keeps(request_text: str, expected: list[str]) -> None:
    """ "a X app for photos with …": the plural after "for" is the thing kept, even when the
    word is one usually kept plural as a field ("photos", "notes", "ingredients")."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "a hiking app for trails with name and length",
            ["Trail(name:str,length:float)"],
        ),
        (
            "Create a project with name and a list of pictures",
            ["Project(name:str,list_of_pictures:str)"],
        ),
    ],
)
def test_plurals_elsewhere_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could I add average wind speed to my sails?", "average_wind_speed"),
        ("please add maximum water depth (integer) to Dive", "maximum_water_depth"),
        ("Add average lap time to my rides", "average_lap_time"),
    ],
)
def test_a_value_word_opens_the_name_it_qualifies(request_text: str, expected: str) -> None:
    """ "average heart rate" said with no article is one field, not "average" and a rate."""
    intent, shape = reading(request_text)
    assert intent == Intent.ADD_FIELDS
    assert [f.split(":")[0] for f in shape[0].split("(")[1].rstrip(")").split(",")] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Cyclists with name batting average and club",
            ["Cyclist(name:str,batting_average:float,club:str)"],
        ),
        ("Boats with name average speed and length", None),
    ],
)
def test_average_after_a_name_still_ends_it(request_text: str, expected: list[str] | None) -> None:
    shape = reading(request_text)[1]
    if expected is not None:
        assert shape == expected
    else:
        assert shape[0].startswith("Boat(name:str,average_speed:"), shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Canoe\n  drop: paddle length", (Intent.REMOVE_FIELDS, ["Canoe(paddle_length:float)"])),
        ("Canoe\n- remove: hull colour", (Intent.REMOVE_FIELDS, ["Canoe(hull_colour:str)"])),
        ("Canoe: delete: seat count", (Intent.REMOVE_FIELDS, ["Canoe(seat_count:int)"])),
        ("Canoe\n  add: paddle length", (Intent.ADD_FIELDS, ["Canoe(paddle_length:float)"])),
    ],
)
def test_a_change_label_under_the_name(request_text: str, expected: tuple) -> None:
    """ "Canoe⏎  drop: paddle length": the change written as a label on the line under the
    entity's name is "Canoe: drop paddle length", not a field called drop_paddle_length."""
    assert reading(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Canoe\n  name\n  seat count", ["Canoe(name:str,seat_count:int)"]),
        ("Canoe: name, paddle length", ["Canoe(name:str,paddle_length:float)"]),
    ],
)
def test_a_field_under_a_name_stays_a_field(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Can I have a kite tracker where each kite has a name, a span and a colour?",
            ["Kite(name:str,span:str,colour:str)"],
        ),
        (
            "Could we have a dive log where every dive has a site, a depth (float) and a buddy?",
            ["Dive(site:str,depth:float,buddy:str)"],
        ),
    ],
)
def test_can_i_have_a_tracker_where_each_has(request_text: str, expected: list[str]) -> None:
    """ "Can I have a kite tracker where each kite has …": asked for with "have", the tracker
    is the frame and what each kite has are its fields (nothing was read before)."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_we_have_a_tracker_says_what_exists() -> None:
    """ "We have a …" tells what exists: not the ask "(can I) have a …"."""
    assert reading("We have a kite tracker where each kite has a name and a span.")[1] == []


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("bookshop app\n- books\n- authors\n- sales", ["Book()", "Author()", "Sale()"]),
        ("my garden tracker:\n* beds\n* seeds\n* harvests", ["Bed()", "Seed()", "Harvest()"]),
    ],
)
def test_bare_plurals_under_an_app_are_things_kept(request_text: str, expected: list[str]) -> None:
    """ "bookshop app" over "- books", "- authors": the things the app keeps, each named without
    its fields (asked about), not count fields of a Bookshop."""
    result = read(request_text)
    assert shape(result) == expected
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("garden app\n- name\n- size\n- soil type", ["Garden(name:str,size:str,soil_type:str)"]),
        ("Kiln\n- name\n- max temperature (int)", ["Kiln(name:str,max_temperature:int)"]),
    ],
)
def test_fields_under_an_app_stay_fields(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I'd like to add a shoe size and a club name to each runner, if I can",
            ["Runner(shoe_size:str,club_name:str)"],
        ),
        ("Could the riders get a helmet size, if we may?", ["Rider(helmet_size:str)"]),
    ],
)
def test_if_i_can_asks_leave(request_text: str, expected: list[str]) -> None:
    """ "…, if I can": a beginner asking whether it is allowed, no rule about the data (it
    left the last field and its owner unread)."""
    result = read(request_text)
    assert (result.intent, shape(result)) == (Intent.ADD_FIELDS, expected)
    assert not any("if i can" in n or "if we may" in n for n in result.notes)


def test_a_condition_said_with_i_can_stays() -> None:
    assert reading("Add a shoe size to Runner if I can find the time")[1] == [
        "Runner(shoe_size:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Players can be on many hockey teams", ["Player() many_to_many>HockeyTeam"]),
        ("A song can be on several albums", ["Song() many_to_many>Album"]),
        ("Riders can be on one squad", ["Rider() many_to_one>Squad"]),
    ],
)
def test_can_be_on_a_counted_group(request_text: str, expected: list[str]) -> None:
    """ "can be on many teams" is being in them, as "can be in many bands" is."""
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "is it possible for a cookbook to have lots of recipes?",
            ["Cookbook() many_to_many>Recipe"],
        ),
        ("Could a band have several drummers?", ["Band() many_to_many>Drummer"]),
        (
            "Is it possible for each kitten to belong to one litter?",
            ["Kitten() many_to_one>Litter"],
        ),
    ],
)
def test_asking_whether_things_may_be_linked(request_text: str, expected: list[str]) -> None:
    """ "is it possible for a X to have lots of Y?", "can a X have several Y?": the question
    asks for the link "a X can have many Y"."""
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Can a cookbook have a rating?", (Intent.CREATE_ENTITY, ["Cookbook(rating:float)"])),
        (
            "can you link cookbooks to many recipes?",
            (Intent.ADD_RELATIONSHIP, ["Cookbook() many_to_many>Recipe"]),
        ),
    ],
)
def test_questions_that_are_no_link_keep_their_reading(request_text: str, expected: tuple) -> None:
    assert reading(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "hii so i need a kites tabel with name, span and colour",
        "Hiiii, i need a kites table with name, span and colour",
        "heyy i need a kites table with name, span and colour",
    ],
)
def test_a_greeting_with_its_letter_held_is_a_greeting(request_text: str) -> None:
    """ "hii so i need …": the greeting typed with its last letter held is no entity "Hii"."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, ["Kite(name:str,span:str,colour:str)"])


def test_a_word_that_only_starts_like_a_greeting_stays() -> None:
    assert reading("Track hikes with name and length")[1] == ["Hike(name:str,length:float)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could my kites have a tail length?", ["Kite(tail_length:float)"]),
        ("could our boats get a mooring number too?", ["Boat(mooring_number:str)"]),
        ("Can my hikes have a summit height (integer)?", ["Hike(summit_height:int)"]),
    ],
)
def test_a_question_about_ones_own_records_adds(request_text: str, expected: list[str]) -> None:
    """ "could my kites have F?": asked of the records the writer keeps, as "could the kites
    have F?" is (nothing was read: "my kites" was no owner)."""
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


def test_a_question_about_ones_own_person_is_no_record() -> None:
    """ "can my son have …" asks about a person, not the records kept: left as it was."""
    assert reading("Can my son have an account?")[1] == []


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("remove the hull thing from Canoe", (Intent.REMOVE_FIELDS, ["Canoe(hull:str)"])),
        ("add a colour thing to my canoes", (Intent.ADD_FIELDS, ["Canoe(colour:str)"])),
    ],
)
def test_the_x_thing_is_the_field(request_text: str, expected: tuple) -> None:
    """ "the hull thing": a beginner's word for the field, as "the hull field" says it."""
    assert reading(request_text) == expected


def test_a_favourite_thing_is_a_name() -> None:
    assert reading("Track kids with name and favourite thing")[1] == [
        "Kid(name:str,favourite_thing:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Canoe table with name: text and length: number",
        "Canoes with name: text, length: number",
        "Canoe class with name: str and length: float",
    ],
)
def test_a_colon_after_the_first_field_types_it(request_text: str) -> None:
    """ "Canoe table with name: text and length: number": the first colon types the first
    field; it ends no topic "Canoe table with name" (that read a change of a field "text")."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, ["Canoe(name:str,length:float)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Canoes with the following: name, length", ["Canoe(name:str,length:float)"]),
        ("Extend Canoe with length: float", ["Canoe(length:float)"]),
    ],
)
def test_a_colon_closing_a_with_phrase_keeps_its_reading(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text)[1] == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I want to track what i cook. each dish has a name and a cooking time (int)",
            ["Dish(name:str,cooking_time:int)"],
        ),
        (
            "i'd like to keep track of what we bake. every loaf has a flour and a weight",
            ["Loaf(flour:str,weight:float)"],
        ),
    ],
)
def test_what_i_do_is_no_entity(request_text: str, expected: list[str]) -> None:
    """ "track what I cook": a free relative names no thing (no entity "What" without fields);
    the things are named after it."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Canoes: name, leaking (yes or no)", ["Canoe(name:str,leaking:bool)"]),
        ("Canoes with name and rented (true or false)", ["Canoe(name:str,rented:bool)"]),
        ("Canoes: name, leaking (yes or no, optional)", ["Canoe(name:str,leaking:bool?)"]),
    ],
)
def test_yes_or_no_in_parentheses_is_a_yes_no(request_text: str, expected: list[str]) -> None:
    """ "(yes or no)" in parentheses types the item as "(yes/no)" does (its "or" was taken for
    a separator inside the note, leaving text)."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_other_choices_in_parentheses_stay_text() -> None:
    assert reading("Canoes: name, size (small or large)")[1] == ["Canoe(name:str,size:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Canoe club app\n- canoes: name, length\n- paddlers: name, email",
            ["Canoe(name:str,length:float)", "Paddler(name:str,email:email)"],
        ),
        (
            "baking tracker\n- loaves: flour, weight\n- ovens: brand, max temperature (int)",
            ["Loaf(flour:str,weight:float)", "Oven(brand:str,max_temperature:int)"],
        ),
    ],
)
def test_lists_of_things_under_an_app(request_text: str, expected: list[str]) -> None:
    """ "Canoe club app" over "- canoes: name, length" and "- paddlers: …": each item names a
    thing kept with its fields, as under a title; the app owns none of them."""
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_field_group_under_a_name_stays_its_fields() -> None:
    """Under a name that is no app, the lines are still that thing's fields."""
    assert reading("Canoe\n- name\n- length")[1] == ["Canoe(name:str,length:float)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "i made a mistake, the length on Canoe should be a decimal",
            (Intent.MODIFY_FIELDS, ["Canoe(length:decimal)"]),
        ),
        (
            "my bad - rename lenght to length on Canoe",
            (Intent.RENAME_FIELD, ["Canoe(length:str<lenght)"]),
        ),
        (
            "I messed up: the hull colour on Canoe should be optional",
            (Intent.MODIFY_FIELDS, ["Canoe(hull_colour:str?)"]),
        ),
    ],
)
def test_owning_up_to_a_slip_is_talk(request_text: str, expected: tuple) -> None:
    """ "i made a mistake, …": owning up to the slip says nothing of the data; the fix after
    it is the ask (nothing was read before)."""
    assert reading(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "how do I add a hull colour to my canoes?",
            (Intent.ADD_FIELDS, ["Canoe(hull_colour:str)"]),
        ),
        (
            "how do i make a canoes table with name and length?",
            (Intent.CREATE_ENTITY, ["Canoe(name:str,length:float)"]),
        ),
        (
            "how would we rename hull to hull colour on Canoe?",
            (Intent.RENAME_FIELD, ["Canoe(hull_colour:str<hull)"]),
        ),
    ],
)
def test_how_do_i_asks_for_the_change(request_text: str, expected: tuple) -> None:
    """ "how do I add F to X?": a beginner asking how to make the change asks for it (nothing
    was read before)."""
    assert reading(request_text) == expected


def test_how_do_i_without_a_change_verb_stays_unread() -> None:
    assert reading("How do I make sure the length is right?")[1] == []
