"""Families of creates whose fields or entities went missing (fresh-u, -v, -w batches): user
stories, chatty messages, documents and terse notations whose thing is clear.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, read_right
from tests.support.recognition import shape as shape_of


# --- a last item marked optional is a field, never an entity named without fields ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track repairs with the device, the fault and the price, plus notes that can be blank",
         ["Repair(device:str,fault:str,price:decimal,notes:str?)"]),
        ("As a cobbler I want to log shoe repairs with the shoe size, the sole type and the price, "
         "and remarks if known, so that I can quote faster.",
         ["ShoeRepair(shoe_size:str,sole_type:str,price:decimal,remarks:str?)"]),
        ("Keep kayak rentals with renter name, boat number and deposit, plus photos (optional)",
         ["KayakRental(renter_name:str,boat_number:str,deposit:decimal,photos:str?)"]),
    ],
)  # fmt: skip
def test_a_last_item_marked_optional_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Track repairs with device, fault and price, plus invoices",
        "Manage authors with name and country, and books",
    ],
)
def test_a_last_plural_with_no_marker_is_still_an_entity_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert len(shape_of(result)) == 2
