"""Confident misreads turned into questions: a reading that guessed asks instead.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a vague new name ("something nicer", "better") is no
name; a field said with its old type instead of the new one is a change of type; "it is
optional" said of the one field read makes it optional, and said among several is asked; two
lower-case value words renamed are a field's names, whose owner is asked; a change reported
and refused is not made; a value's words owning a link are asked. Counterparts stay read.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


def _asked(request_text: str) -> bool:
    return read(request_text).status == "needs_clarification"


# --- a vague new name is asked, a real one is read -------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "the Crate, call it something shorter",
        "Vouchers, call them something catchier",
        "Ledger, call it something nicer",
        "please rename Token to better",
    ],
)
def test_a_vague_new_name_is_asked(request_text: str) -> None:
    assert _asked(request_text), reading(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename Kiln to Oven", ["Oven<Kiln()"]),
        ("the Crate, call it Box", ["Box<Crate()"]),
        ("rename Stall to Housing", ["Housing<Stall()"]),
        ("rename Parlour to Lounge", ["Lounge<Parlour()"]),
    ],
)
def test_a_real_new_name_is_still_read(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


# --- "as a float instead of an integer" changes a type ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you keep the mark on Exam as a float instead of an integer?", ["Exam(mark:float)"]),
        (
            "Record quantity on Crate as a whole number instead of a decimal",
            ["Crate(quantity:int)"],
        ),
    ],
)
def test_a_type_said_instead_of_another_changes_the_field(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.MODIFY_FIELDS, expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a mark to Exam as a float instead of an integer.",  # added and swapped: which?
        "Hold the due on Tab as a date rather than text",  # the type read is not the one said
    ],
)
def test_a_type_swap_mixed_with_an_addition_is_asked(request_text: str) -> None:
    assert _asked(request_text), reading(request_text)


def test_a_type_said_without_a_swap_still_adds() -> None:
    assert accepted("Add a mark to Exam as a float.", Intent.ADD_FIELDS) == ["Exam(mark:float)"]


# --- "it is optional" after the one field read ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hutches need a bedding type, and it is not required", ["Hutch(bedding_type:str?)"]),
        ("Add a pen name to Author, it is optional.", ["Author(pen_name:str?)"]),
    ],
)
def test_it_said_optional_makes_the_one_field_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


def test_it_said_optional_before_another_field_is_asked() -> None:
    request_text = "add a pin code to Safe, it is optional, and a shelf count too"
    assert _asked(request_text), reading(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a pen name to Author, it is required.",
        "Add a pen name to Author. Is it optional?",
        "Add a pen name to Author, it is not optional.",
    ],
)
def test_required_or_asked_about_stays_required(request_text: str) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, ["Author(pen_name:str)"])


# --- two lower-case value words renamed are a field's names ----------------------------------
@pytest.mark.parametrize(
    "request_text",
    ["rename tel to phone", "can we rename dob to birthday", "rename qty to quantity"],
)
def test_a_bare_value_rename_is_a_field_rename_with_its_owner_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.intent is Intent.RENAME_FIELD
    assert "entity" in result.missing


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename the barge entity to boat", ["Boat<Barge()"]),
        ("rename Barge to Boat", ["Boat<Barge()"]),
        ("rename barges to boats", ["Boat<Barge()"]),
    ],
)
def test_things_renamed_stay_an_entity_rename(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


# --- a change reported and refused is not made ------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The farrier asked if we could add a hoof size to Horse, but we said no.",
        "The tenants asked us to remove the deposit from Lease, but management refused.",
        "Our baker asked for a crust type on Loaf; the owner rejected it.",
        "A member asked whether Booking could get a notes field, and we declined.",
    ],
)
def test_a_refused_request_is_asked(request_text: str) -> None:
    assert _asked(request_text), reading(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The farrier asked us to add a hoof size to Horse.", ["Horse(hoof_size:str)"]),
        ("Add a refused flag to Permit.", ["Permit(refused:bool)"]),
        ("Add a declined reason to Charge.", ["Charge(declined_reason:str)"]),
        ("The farrier asked if we could add a hoof size to Horse, and we agreed.",
         ["Horse(hoof_size:str)"]),
    ],
)  # fmt: skip
def test_refusal_words_that_are_no_refusal_are_still_read(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- a value's words owning a link are asked ------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Each purchase date belongs to one receipt",
        "every batch code belongs to a single crate",
        "Each tracking number belongs to one parcel",
        "each order id belongs to one buyer",
    ],
)
def test_a_value_owning_a_link_is_asked(request_text: str) -> None:
    assert _asked(request_text), reading(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each tour date belongs to one hotel", ["TourDate() many_to_one>Hotel"]),
        ("Each number plate belongs to one lorry", ["NumberPlate() many_to_one>Lorry"]),
        ("Each payment belongs to one receipt", ["Payment() many_to_one>Receipt"]),
        ("Every TrackingNumber belongs to one Parcel", ["TrackingNumber() many_to_one>Parcel"]),
    ],
)
def test_things_owning_a_link_still_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_bare_rename_under_a_heading_offers_the_headings_field() -> None:
    result = read("Vendor:\n- rename ref to reference\n- nothing else changes")
    assert result.status == "needs_clarification"
    assert (result.intent, [e.name for e in result.entities]) == (Intent.RENAME_FIELD, ["Vendor"])
