"""Requests whose entity was missed although the person wrote it plainly.

Every request here is written for this file (none is copied from the corpus).

A rename between two names each written joined with capitals ("rename TaxBand to PayGrade")
renames an entity: that is how entity names are written, even when the last word sounds like
a field's ("code", "item"). Lower-case words, a "field" mark or an owner keep a field rename.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename TaxBand to PayGrade", ["PayGrade<TaxBand()"]),
        ("rename StockItem to ProductCode please", ["ProductCode<StockItem()"]),
        ("Please rename PartCode to SpareCode", ["SpareCode<PartCode()"]),
    ],
)
def test_a_rename_between_joined_capitalised_names_renames_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read(request_text).intent == Intent.RENAME_ENTITY
    assert shape(read(request_text)) == expected


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
