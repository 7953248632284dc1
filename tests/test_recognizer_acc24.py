"""Precision: a reading that would build the wrong thing is read right or asked, never accepted.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a slip in a name is caught even when the slip happens to spell a place; a field
named with a participle after it ("price agreed") is a field, and its "becomes" is a change;
a field said with the type it has now, then "make it …", is changed where it lives.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.nouns import misspelt
from tests.support.recognition import accepted, read, shape


# --- a slip that spells a place is still a slip ------------------------------------------------
def test_a_word_known_only_as_a_place_a_key_from_a_common_noun_is_asked_about() -> None:
    result = read("a booking app for golf corses with name, par and holes")
    assert result.status == "needs_clarification"
    assert any("'course'" in note for note in result.notes), result.notes


def test_a_place_name_far_from_any_common_noun_is_no_slip() -> None:
    assert misspelt("london") is None
    assert misspelt("course") is None  # the common noun itself


def test_an_agent_ending_typed_with_the_wrong_unheard_vowel_is_asked_about() -> None:
    result = read("delete the Surveyer entity, the contract ended")
    assert result.status == "needs_clarification"
    assert any("'surveyor'" in note for note in result.notes), result.notes


def test_a_short_word_missing_a_consonant_between_its_vowels_is_asked_about() -> None:
    # a new field's slip is read as the word meant since the twentieth session (typo57), and
    # the note names it; in a change to a field there already it is still asked
    result = read("give every Canoe a staus and a hull colour")
    assert [a.name for e in result.entities for a in e.attributes] == ["status", "hull_colour"]
    assert any("'status'" in note for note in result.notes), result.notes
    assert read("make staus on Canoe optional").status == "needs_clarification"


# --- a participle after a field's noun ---------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Lease.rent_agreed becomes decimal", ["Lease(rent_agreed:decimal)"]),
        ("Offer.price_suggested becomes a decimal", ["Offer(price_suggested:decimal)"]),
    ],
)  # fmt: skip
def test_a_becoming_on_a_field_ending_in_a_participle_is_a_type_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_field_named_with_a_participle_in_a_list_is_kept() -> None:
    result = read("Track house sales with buyer, price agreed and completion date")
    assert "price_agreed" in shape(result)[0], shape(result)


def test_who_insisted_after_a_list_is_still_talk_and_no_field() -> None:
    result = read("Keep hay bales: weight, moisture and a stacked flag, my uncle insisted")
    assert all("uncle" not in s for s in shape(result)), shape(result)


# --- the type it has, then an order about "it" -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Pump pressure is text, please make it a float", ["Pump(pressure:float)"]),
        ("Kiln temperature is a string; change it to a float", ["Kiln(temperature:float)"]),
    ],
)  # fmt: skip
def test_the_type_a_field_has_then_make_it_is_a_change_on_its_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


# --- a name cut from a longer phrase -----------------------------------------------------------
def test_a_field_left_opening_on_of_is_asked_about() -> None:
    result = read("Market: Stalls (name, pitch, one of a kind y/n) and Traders (name, phone)")
    assert result.status == "needs_clarification", shape(result)


def test_a_frame_qualified_by_an_of_phrase_is_not_about_the_phrase_s_first_word() -> None:
    result = read("a back of house rota for porters: name, mobile and shifts per week")
    assert result.status == "needs_clarification" or shape(result)[0].startswith("Porter(")


def test_a_list_of_things_still_names_the_things() -> None:
    assert accepted("a list of members with name and phone") == ["Member(name:str,phone:str)"]
