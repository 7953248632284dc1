"""The intent of a change, links and renames (issue 8): which kind of change a request asks for.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: the change is read as the kind asked for (a rename of an entity, a
change of type, a link, fields added), with the right names; and wordings that only look alike
keep their own reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- "the X entity, we want it called Y" ----------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The Tutor entity, we want it called Mentor from now on.",
        "The entity Tutor, we want that it is called Mentor from now.",
        "The Tutor entity, we would like it to be called Mentor.",
    ],
)
def test_an_entity_said_first_then_named_by_it_is_renamed(request_text: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == ["Mentor<Tutor()"]


def test_after_a_topic_a_wished_name_for_it_stays_asked() -> None:
    # "it" may be the topic itself or a field of it: asked, not guessed
    assert read("Tutor: we want it called Mentor").status == "needs_clarification"


def test_a_field_said_before_it_is_renamed_not_the_entity() -> None:
    text = "On Booking there's a field called slot. We want it called time slot."
    assert accepted(text, Intent.RENAME_FIELD) == ["Booking(time_slot:str<slot)"]


# --- a place word before the word "field" is part of the field's name -----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename the set on field to set date on Route", ["Route(set_date:str<set_on)"]),
        ("rename the check in field on Booking to arrival", ["Booking(arrival:str<check_in)"]),
        ("rename the paid on field to settled on on Invoice",
         ["Invoice(settled_on:str<paid_on)"]),
    ],
)  # fmt: skip
def test_a_field_name_ending_in_a_place_word(request_text: str, expected: list) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


# --- "store F as T instead of U" is a change of type ----------------------------------------------
def test_store_as_a_type_against_the_old_one_changes_the_type() -> None:
    text = (
        "The ratings on the Review entity get truncated and people complain. Can you store "
        "rating as a float instead of an integer?"
    )
    assert accepted(text, Intent.MODIFY_FIELDS) == ["Review(rating:float)"]


def test_store_as_with_no_owner_is_asked_as_a_change() -> None:
    result = read("Can you store rating as a float instead of an integer?")
    assert (result.status, result.intent) == ("needs_clarification", Intent.MODIFY_FIELDS)


def test_store_as_without_a_contrast_is_not_a_change() -> None:
    # no type said against it: nothing says the field is there already
    assert read("please store the rating as a float on Review").intent is not (Intent.MODIFY_FIELDS)


def test_a_reason_after_so_is_no_part_of_the_change() -> None:
    text = "I need Review.rating stored as float instead of integer so the averages work."
    assert accepted(text, Intent.MODIFY_FIELDS) == ["Review(rating:float)"]


# --- "see who did it" is a question, no thing -----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the coach wants to see who signed each waiver, can you add signed by to waivers and "
         "signed at as well?", ["Waiver(signed_by:str,signed_at:datetime)"]),
        ("I'd like to see who packed each parcel. Add packed by to parcels please.",
         ["Parcel(packed_by:str)"]),
    ],
)  # fmt: skip
def test_who_did_it_is_no_thing_to_create(request_text: str, expected: list) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- a link's rule said of a thing with no fields -------------------------------------------------
def test_a_rule_of_how_many_is_the_link_asked_for() -> None:
    text = (
        "We want to see which vet each horse is registered with, only ever one vet per horse, "
        "can you link Horse to Vet"
    )
    assert accepted(text, Intent.ADD_RELATIONSHIP) == ["Horse() many_to_one>Vet"]


def test_a_create_with_fields_keeps_its_things() -> None:
    result = read(
        "Create horses with name and breed. Only ever one vet per horse; link Horse to Vet"
    )
    assert result.intent is Intent.CREATE_ENTITY


# --- "X details" before fields added of X ---------------------------------------------------------
def test_details_said_before_added_fields_are_those_fields() -> None:
    text = (
        "After the audit the committee wants to record supplier details. Could you add a "
        "supplier name and a supplier phone to the Product entity?"
    )
    assert accepted(text, Intent.ADD_FIELDS) == ["Product(supplier_name:str,supplier_phone:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        # the things asked to be kept, with no "details": still a thing of their own (asked)
        "We need to track suppliers. Add supplier name to Product.",
        "Create a supplier and add supplier name to Product.",
    ],
)
def test_things_asked_for_are_not_dropped(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert "Supplier" in [e.name for e in result.entities]


# --- long input -----------------------------------------------------------------------------------
def test_a_long_unfinished_change_of_type_is_asked() -> None:
    text = "Can you store rating as a float instead of an integer " + "please " * 2800
    assert len(text) < 20_000
    assert read(text).status == "needs_clarification"
