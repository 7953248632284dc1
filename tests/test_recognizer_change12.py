"""Changes and stand-alone relationships written by trades people (branch change12).

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- terse dotted renames: the thing said again before the new name ---
def test_a_dotted_new_name_on_the_same_thing_renames_the_field() -> None:
    assert accepted("Locker.door_no -> Locker.door_code", Intent.RENAME_FIELD) == [
        "Locker(door_code:str<door_no)"
    ]
    assert accepted("Crate.tag -> Crate.crate_label", Intent.RENAME_FIELD) == [
        "Crate(crate_label:str<tag)"
    ]


def test_a_dotted_type_word_is_a_field_name_but_a_bare_one_is_a_type() -> None:
    # "-> Crate.number" names the field number; "-> number" makes the field a number
    assert accepted("Crate.code -> Crate.number", Intent.RENAME_FIELD) == ["Crate(number:str<code)"]
    assert accepted("Crate.code -> number", Intent.MODIFY_FIELDS) == ["Crate(code:float)"]


# --- a removal with its reason: nothing of it is left ---
def test_nothing_left_after_a_removal_is_its_reason() -> None:
    assert accepted("PagerLine entity - delete, no pager customers left", Intent.REMOVE_ENTITY) == [
        "PagerLine()"
    ]
    assert accepted("Fridge entity - remove, none left", Intent.REMOVE_ENTITY) == ["Fridge()"]


def test_a_field_counting_what_is_left_is_still_a_field() -> None:
    assert accepted("Track pallets with code and spaces left") == [
        "Pallet(code:str,spaces_left:int)"
    ]
    # "no longer" is the removal's own verb, not a reason
    assert reading("Fax entity - delete, we no longer need it") == (
        Intent.REMOVE_ENTITY,
        ["Fax()"],
    )


# --- relationships: doers, compound nouns, "out of" a counted place ---
def test_a_doer_of_a_verb_is_a_noun() -> None:
    # WordNet knows "upload" only as a verb; an uploader is one who uploads
    assert accepted("Many-to-many between uploaders and albums", Intent.ADD_RELATIONSHIP) == [
        "Uploader() many_to_many>Album"
    ]


def test_a_misspelt_doer_whose_other_ending_is_the_noun_is_still_doubted() -> None:
    result = read("Each lesson has one instructer")
    assert result.status == "needs_clarification"


def test_a_compound_noun_wordnet_lists_is_one_thing() -> None:
    assert accepted("Each tap sits on a single water main", Intent.ADD_RELATIONSHIP) == [
        "Tap() many_to_one>WaterMain"
    ]
    # "main" before another noun is still talk ("the main account" is the account)
    assert accepted("Each order belongs to one main account", Intent.ADD_RELATIONSHIP) == [
        "Order() many_to_one>Account"
    ]


def test_out_of_a_counted_place_is_where_a_thing_is_based() -> None:
    assert accepted("Each gang works out of one yard", Intent.ADD_RELATIONSHIP) == [
        "Gang() many_to_one>Yard"
    ]
    # the verb before "out" is the verb, whatever it is ("operates", not a CourierOperate)
    assert accepted("Each van operates out of a single yard", Intent.ADD_RELATIONSHIP) == [
        "Van() many_to_one>Yard"
    ]


def test_running_out_of_something_links_nothing() -> None:
    assert read("Our vans run out of fuel").status == "needs_clarification"
    assert read("The printer runs out of toner").intent is not Intent.ADD_RELATIONSHIP


# --- an entity renamed to a word that is also a software word ---
def test_an_entity_renamed_to_feature_is_renamed() -> None:
    assert accepted("Rename the Promo entity to Feature", Intent.RENAME_ENTITY) == [
        "Feature<Promo()"
    ]


def test_feature_alone_is_still_no_entity() -> None:
    assert read("Create a feature with name and status").status == "needs_clarification"
