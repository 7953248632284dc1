"""Requests whose entity was missed although the person wrote it plainly.

Every request here is written for this file (none is copied from the corpus).

Lower-case words, a "field" mark or an owner keep a rename a field rename.
"""

from __future__ import annotations

import re

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    "request_text",
    ["Rename TaxBand to PayGrade", "Rename Due Date to Closing Date"],
)
def test_a_rename_between_capitalised_words_is_not_a_confident_entity_rename(
    request_text: str,
) -> None:
    """Cleaning splits "TaxBand" as it reads "Tax Band": once split, a joined entity name and
    field names written in Title Case look alike, so neither is taken for an entity rename
    (branch noentity5 tried it; "Rename Due Date to Closing Date" was then accepted as one)."""
    result = read(request_text)
    assert not (result.status == "recognized" and result.intent is Intent.RENAME_ENTITY)


@pytest.mark.parametrize(
    "request_text",
    [
        "Rename tax band to pay grade",
        "Rename the TaxBand field to PayGrade",
    ],
)
def test_lower_case_words_or_a_field_mark_keep_a_field_rename(request_text: str) -> None:
    assert read(request_text).intent == Intent.RENAME_FIELD


def test_a_rename_with_its_owner_said_keeps_the_field_rename() -> None:
    assert accepted("On Invoice rename TaxBand to PayGrade", Intent.RENAME_FIELD) == [
        "Invoice(pay_grade:str<tax_band)"
    ]


def test_a_single_word_rename_keeps_its_entity_reading() -> None:
    assert accepted("Rename Patient to Client", Intent.RENAME_ENTITY) == ["Client<Patient()"]


def _names(shapes: list[str]) -> list[str]:
    """The shapes without field types: a removal names fields, it does not type them."""
    return [re.sub(r":[a-z]+\??", "", s) for s in shapes]


# A removal that announces its fields ("the following fields", "these fields") and lists them
# after a colon on the same line removes the listed fields from the entity before the colon;
# the colon does not join the entity to the first field.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Remove the following fields from Kayak: hull colour, paddle size.",
            ["Kayak(hull_colour,paddle_size)"],
        ),
        ("remove these fields from Tenant: fax, pager number", ["Tenant(fax,pager_number)"]),
        (
            "Drop the following two fields from Booking: deposit and notes",
            ["Booking(deposit,notes)"],
        ),
    ],
)
def test_announced_fields_listed_after_the_colon_are_removed(
    request_text: str, expected: list[str]
) -> None:
    result = accepted(request_text, Intent.REMOVE_FIELDS)
    assert _names(result) == expected


def test_announced_fields_listed_as_bullets_are_still_removed() -> None:
    result = accepted(
        "Remove the following fields from Kayak:\n- hull colour\n- paddle size",
        Intent.REMOVE_FIELDS,
    )
    assert _names(result) == ["Kayak(hull_colour,paddle_size)"]


def test_a_removal_without_the_announcement_keeps_its_reading() -> None:
    result = accepted("Remove from Kayak: hull colour, paddle size.", Intent.REMOVE_FIELDS)
    assert _names(result) == ["Kayak(hull_colour,paddle_size)"]


# "…, forgot it (before)": owning up, at the end, to leaving the field out the first time is
# talk, like "thanks"; it is no part of the entity's name, so the entity is still read.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a postcode to Household, forgot it", ["Household(postcode)"]),
        ("add a phone to Tenant, i forgot it", ["Tenant(phone)"]),
        ("add a licence number to Driver, we forgot it earlier", ["Driver(licence_number)"]),
        ("pls add a gate code to Site,, forgot it b4", ["Site(gate_code)"]),
    ],
)
def test_owning_up_to_forgetting_a_field_at_the_end_is_talk(
    request_text: str, expected: list[str]
) -> None:
    assert _names(accepted(request_text, Intent.ADD_FIELDS)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a phone to Tenant, thanks", ["Tenant(phone)"]),
        ("we forgot the locker code for Member", ["Member(locker_code)"]),
    ],
)
def test_other_sign_offs_and_forgotten_fields_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert _names(accepted(request_text, Intent.ADD_FIELDS)) == expected
