"""Developers' ways of writing a request down that were misread (branch techb).

Every request here is written for this file (none is copied from the corpus). What a developer
relies on: a PascalCase name is one name even when its first word is a small word ("OnSiteVisit"
is not "a site visit on …").
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("InStockItem: sku, shelf, quantity", Intent.CREATE_ENTITY,
         ["InStockItem(sku:str,shelf:str,quantity:int)"]),
        ("ToDoItem\n- title\n- done (bool)\n- due_on: date", Intent.CREATE_ENTITY,
         ["ToDoItem(title:str,done:bool,due_on:date)"]),
        ("OnSiteVisit += technician_email", Intent.ADD_FIELDS,
         ["OnSiteVisit(technician_email:email)"]),
        ("AtRiskPupil -= tutor_notes", Intent.REMOVE_FIELDS, ["AtRiskPupil(tutor_notes:str)"]),
        ("Add a priority field to ToDoItem", Intent.ADD_FIELDS, ["ToDoItem(priority:str)"]),
    ],
)  # fmt: skip
def test_a_pascal_name_opening_with_a_small_word_keeps_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Create a SiteVisit entity with technician and visit date", Intent.CREATE_ENTITY,
         ["SiteVisit(technician:str,visit_date:date)"]),
        ("Student -= age", Intent.REMOVE_FIELDS, ["Student(age:int)"]),
        ("Add a phone to the supplier on Monday", Intent.ADD_FIELDS, ["Supplier(phone:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_small_first_word_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.intent, shape(result)) == (intent, expected)
