"""Requirement documents and user stories: ways of writing that were misread (branch docs3).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a story wishing a thing "to no longer hold/store/keep F" removes F from it, as
"X no longer has F" does.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a clinic manager I want the Patient entity to no longer store a fax number "
            "so that we hold less data.",
            ["Patient(fax_number:str)"],
        ),
        ("I want invoices to no longer keep a discount code", ["Invoice(discount_code:str)"]),
        ("Shelters no longer track a kennel count", ["Shelter(kennel_count:int)"]),
        ("We want the Vehicle table to no longer record the mileage", ["Vehicle(mileage:int)"]),
        ("Ferries no longer hold a berth number", ["Ferry(berth_number:str)"]),
    ],
)  # fmt: skip
def test_a_thing_that_no_longer_keeps_a_field_loses_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Ferries no longer have a berth number", Intent.REMOVE_FIELDS,
         ["Ferry(berth_number:str)"]),
        ("we no longer store the fax number on Supplier", Intent.REMOVE_FIELDS,
         ["Supplier(fax_number:str)"]),
        ("I want ferries to have a berth number", Intent.ADD_FIELDS, ["Ferry(berth_number:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_no_longer_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.intent, shape(result)) == (intent, expected)
