"""More requests the reader used to give up on ("no entity or change could be read") although a
person reads a create or a change in them, grouped by the way of saying it.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a thing said in an everyday way is still read, and a vague request
is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


def _asked(request_text: str) -> bool:
    return read(request_text).status == "needs_clarification"


# --- a state it had before and gets back: "… should be required again" ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the late fee on Rental should be required again", ["Rental(late_fee:decimal)"]),
        ("make the postcode on Depot optional again", ["Depot(postcode:str?)"]),
        ("Loan's return date must be mandatory once again", ["Loan(return_date:date)"]),
        ("change the rating on Review to a whole number again", ["Review(rating:int)"]),
        ("As the office manager I want the desk number on Employee to be optional again",
         ["Employee(desk_number:str?)"]),
    ],
)  # fmt: skip
def test_a_state_given_back_again_is_that_state(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    "vague", ["make it required again", "it should be optional again", "do that again"]
)
def test_again_without_a_field_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- the place said first, then a bare imperative: "on Kiln add …" ------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("on Kiln add a glaze flag and a max temperature", Intent.ADD_FIELDS,
         ["Kiln(glaze:bool,max_temperature:float)"]),
        ("in Greenhouse rename vent count to window count", Intent.RENAME_FIELD,
         ["Greenhouse(window_count:str<vent_count)"]),
        ("for Invoice make the due date optional", Intent.MODIFY_FIELDS,
         ["Invoice(due_date:date?)"]),
        ("on the Trailer entity remove the axle count", Intent.REMOVE_FIELDS,
         ["Trailer(axle_count:int)"]),
        ("hiya, on Workshop add a tutor name and a max seats (whole number) thx",
         Intent.ADD_FIELDS, ["Workshop(tutor_name:str,max_seats:int)"]),
    ],
)  # fmt: skip
def test_a_place_then_a_bare_imperative_changes_that_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "vague",
    [
        "on the app add more things",
        "in my shop add some stuff",
        "for now add whatever we need",
        "on it change everything",
    ],
)
def test_a_scene_then_an_imperative_with_nothing_named_is_still_asked(vague: str) -> None:
    assert _asked(vague)


def test_a_scene_said_first_is_no_entity_to_change() -> None:
    # "in the app" is where, not which thing: the entity is the one named after the ask
    assert accepted("in the app add a phone to Customer", Intent.ADD_FIELDS) == [
        "Customer(phone:str)"
    ]


# --- an article opens one noun phrase: "an age recommendation" is one field ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add an age recommendation and a matinee flag to Concert",
         ["Concert(age_recommendation:str,matinee:bool)"]),
        ("add a price band and a colour to Carpet", ["Carpet(price_band:str,colour:str)"]),
        ("add a weight class (whole number) to Boxer", ["Boxer(weight_class:int)"]),
    ],
)  # fmt: skip
def test_a_head_word_inside_an_article_phrase_qualifies_the_noun_after_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boats with a name a length a mooring number",
         ["Boat(name:str,length:float,mooring_number:str)"]),
        ("i need a customer list with a name phone and email",
         ["Customer(name:str,phone:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_missing_comma_between_field_names_still_splits_article_phrases(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- "=>" writes a rename as "->" does -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("rename entity Voyage => Crossing", Intent.RENAME_ENTITY, ["Crossing<Voyage()"]),
        ("rename hull length => length overall on Yacht", Intent.RENAME_FIELD,
         ["Yacht(length_overall:str<hull_length)"]),
        ("Rename Kennel => DogRun please", Intent.RENAME_ENTITY, ["DogRun<Kennel()"]),
    ],
)  # fmt: skip
def test_a_fat_arrow_renames_as_a_thin_one_does(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_fat_arrow_between_vague_words_is_still_asked() -> None:
    assert _asked("rename stuff => things")


# --- a list written with spaced slashes: "name / size / price" ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kayaks - colour / length / hire price per day",
         ["Kayak(colour:str,length:float,hire_price_per_day:decimal)"]),
        ("Track climbing walls with name / height / grade",
         ["ClimbingWall(name:str,height:float,grade:str)"]),
        ("Rooms: room number / floor / nightly rate / sea view (yes/no)",
         ["Room(room_number:str,floor:str,nightly_rate:decimal,sea_view:bool)"]),
    ],
)  # fmt: skip
def test_items_between_spaced_slashes_are_a_field_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize("vague", ["stuff / things / whatever", "this / that / the other"])
def test_a_slash_list_of_vague_words_is_still_asked(vague: str) -> None:
    assert _asked(vague)


def test_one_spaced_slash_is_no_list() -> None:
    # "km / h" is a unit, not two fields
    assert "h" not in [a.name for e in read("speed in km / h on Ferry").entities
                       for a in e.attributes]  # fmt: skip
