"""Beginners' ways of asking: hedges, questions, "like" examples, terse lines.

Every request here is written for this file (none is copied from the corpus). What a person
learning to program relies on: a hedge at the end ("…, i guess?", "right?", "somehow?") or at
the start ("maybe …", "not sure if this is right but …") doubts the ask and names nothing;
"? like a, b or c" after asking for one field gives its choices; "how do i add that?" after a
link asks for the link; "Kiln add glaze" is "Kiln: add glaze"; "make a thing with …" makes an
app; "is there a way to make …" asks for the change; a count said by its plural alone
("servings", "calories") is a whole number. Counterparts keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# "a club can have members i guess?": the hedge at the end is no word of the target's name
@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("a choir can have singers i guess?", "Choir", "many_to_many>Singer"),
        ("a shelf can hold many jars right? can you set that up", "Shelf", "many_to_many>Jar"),
        ("maybe link Recital to Pianist somehow?", "Recital", ">Pianist"),
        ("a library can have readers i think", "Library", "many_to_many>Reader"),
    ],
)
def test_a_hedge_at_the_end_names_nothing(request_text: str, owner: str, target: str) -> None:
    shape = accepted(request_text, Intent.ADD_RELATIONSHIP)
    assert len(shape) == 1 and shape[0].startswith(f"{owner}()"), shape
    assert shape[0].endswith(target), shape


def test_left_or_right_keeps_right_as_a_word() -> None:
    before = reading("Add a side field to Boot: left or right?")
    assert any("right" in entity for entity in before[1]), before


# "can I add a mood to the Diary? like happy, sad, or tired": the choices of the one field
@pytest.mark.parametrize(
    ("request_text", "owner", "field"),
    [
        ("can I add a mood to the Diary? like happy, sad, or tired", "Diary", "mood"),
        ("could Parcels get a size? like small, medium or large", "Parcel", "size"),
    ],
)
def test_choices_after_like_are_values_not_fields(
    request_text: str, owner: str, field: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [f"{owner}({field}:str)"]


def test_a_list_after_like_said_with_and_stays_fields() -> None:
    shape = accepted("can you make a table for birds? like name, wingspan and colour")
    assert shape == ["Bird(name:str,wingspan:float,colour:str)"], shape


def test_like_before_each_goes_on_saying_the_ask() -> None:
    shape = accepted(
        "can you connect the riders to the stables? like every rider is kept at one stable",
        Intent.ADD_RELATIONSHIP,
    )
    assert shape == ["Rider() many_to_one>Stable"], shape


# "how do i add that?" after a comma asks for the link just said
@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("each canoe sits in one shed, how do i add that?", "Canoe", "Shed"),
        ("every pupil is in one form, how can we set that up", "Pupil", "Form"),
    ],
)
def test_how_do_i_add_that_after_a_link_asks_for_it(
    request_text: str, owner: str, target: str
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [f"{owner}() many_to_one>{target}"]


# "Kiln add glaze type": a terse line, the thing then the change's verb
@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        ("Kiln add glaze type", Intent.ADD_FIELDS, "Kiln(glaze_type:str)"),
        ("Canoe remove paddle count", Intent.REMOVE_FIELDS, "Canoe(paddle_count"),
        ("Anvil drop maker mark", Intent.REMOVE_FIELDS, "Anvil(maker_mark"),
    ],
)
def test_a_name_then_a_change_verb_is_a_terse_change(
    request_text: str, intent: Intent, shape: str
) -> None:
    got = accepted(request_text, intent)
    assert len(got) == 1 and got[0].startswith(shape), got


@pytest.mark.parametrize(
    ("request_text", "intent", "first"),
    [
        ("each stall belngs to one market", Intent.ADD_RELATIONSHIP, "Stall()"),
        ("Members add photos", Intent.ADD_RELATIONSHIP, "Member()"),
        ("Also add a phone to Customer", Intent.ADD_FIELDS, "Customer(phone"),
    ],
)
def test_a_determiner_a_plural_or_a_filler_first_is_no_terse_change(
    request_text: str, intent: Intent, first: str
) -> None:
    got, shape = reading(request_text)
    assert got == intent and shape[0].startswith(first), (got, shape)


# "make a thing with X (…) and Y (…)": the thing made is the app around them
def test_a_thing_made_with_things_in_brackets_creates_them() -> None:
    shape = accepted("could you make a thing with Coaches (name, email) and Teams (name, league)?")
    assert shape == ["Coach(name:str,email:email)", "Team(name:str,league:str)"], shape


def test_a_thing_called_keeps_its_name() -> None:
    assert accepted("make a thing called Gizmo with name and size") == ["Gizmo(name:str,size:str)"]


def test_a_watchlist_of_films_is_films() -> None:
    shape = accepted("I want a film watchlist with title, director and year")
    assert shape == ["Film(title:str,director:str,year:int)"], shape


def test_a_watchlist_named_as_an_entity_stays() -> None:
    shape = accepted("Create a Watchlist entity with name and owner")
    assert shape[0].startswith("Watchlist("), shape


# "is there a way to …", "maybe …", "not sure if this is right but …": the ask itself
@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        (
            "is there a way to make the middle name on Pupil optional",
            Intent.MODIFY_FIELDS,
            "Pupil(middle_name:str?)",
        ),
        ("maybe the Locker needs a colour", Intent.ADD_FIELDS, "Locker(colour:str)"),
        (
            "not sure if this is right but Locker needs a colour",
            Intent.ADD_FIELDS,
            "Locker(colour:str)",
        ),
    ],
)
def test_a_learners_question_or_hedge_before_the_ask(
    request_text: str, intent: Intent, shape: str
) -> None:
    assert accepted(request_text, intent) == [shape]


# "servings", "calories", "laps": a count said by its plural alone is a whole number
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("Smoothie: name, calories, servings", "Smoothie(name:str,calories:int,servings:int)"),
        ("Drill: title, laps", "Drill(title:str,laps:int)"),
    ],
)
def test_a_count_said_by_its_plural_is_an_integer(request_text: str, shape: str) -> None:
    assert accepted(request_text) == [shape]


def test_a_serving_note_stays_text() -> None:
    assert accepted("Add serving notes to Stew", Intent.ADD_FIELDS) == ["Stew(serving_notes:str)"]


# "the grade doesn't need to be required", "…, right now it's optional", "so i guess it can be
# empty": what is asked, said the way a learner says it
@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        (
            "the locker code on Gym doesn't need to be required",
            Intent.MODIFY_FIELDS,
            "Gym(locker_code:str?)",
        ),
        (
            "the phone on Coach should be required, right now it's optional and nobody fills it",
            Intent.MODIFY_FIELDS,
            "Coach(phone:str)",
        ),
        (
            "is it possible to add warden notes to each hostel? mostly there are none so i guess "
            "it can be empty",
            Intent.ADD_FIELDS,
            "Hostel(warden_notes:str?)",
        ),
    ],
)
def test_a_change_said_with_learners_words(request_text: str, intent: Intent, shape: str) -> None:
    assert accepted(request_text, intent) == [shape]


def test_what_i_need_to_remember_for_each_is_kept() -> None:
    shape = accepted("i need to remember for each kayak the colour, length and maker")
    assert shape == ["Kayak(colour:str,length:float,maker:str)"], shape


def test_remembering_to_do_something_keeps_nothing() -> None:
    intent, shape = reading("we need to remember to back it up every night")
    assert shape == [], (intent, shape)


# "numbr", "helth": five letters with a vowel dropped between the last consonants are a slip,
# doubted and named in the note (names are kept as written)
@pytest.mark.parametrize(
    ("request_text", "slip", "meant"),
    [
        ("Locker: code, numbr, colour", "numbr", "number"),
        ("Ward: name, helth score", "helth", "health"),
    ],
)
def test_a_vowel_dropped_in_five_letters_is_a_slip(
    request_text: str, slip: str, meant: str
) -> None:
    # (a new field's slip is read as the word meant since typo57: the note names both)
    result = read(request_text)
    assert any(f"'{slip}'" in note and f"'{meant}'" in note for note in result.notes), result.notes


def test_five_letters_that_are_no_word_one_vowel_away_stay() -> None:
    assert accepted("Packet: label, chksm") == ["Packet(label:str,chksm:str)"]
