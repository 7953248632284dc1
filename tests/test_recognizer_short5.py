"""One-liners, terse notes, typos and links (branch short5).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, shape

# "Tickets should each have one owner": "each" floated after a plural subject (and its modal)
# says of every one of them what "each ticket has one owner" says.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tickets each have one owner.", ["Ticket() many_to_one>Owner"]),
        ("Invoices should each have exactly one customer.", ["Invoice() many_to_one>Customer"]),
        ("Garden plots must each be rented by one member", ["GardenPlot() many_to_one>Member"]),
        ("Wine barrels should each hold one vintage", ["WineBarrel() many_to_one>Vintage"]),
        ("Students each take many courses.", ["Student() many_to_many>Course"]),
    ],
)
def test_each_after_a_plural_subject_is_a_link(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tickets each have a title and a due date", ["Ticket(title:str,due_date:date)"]),
        ("Each ticket has one owner.", ["Ticket() many_to_one>Owner"]),
        ("Invoices should have exactly one customer each.", ["Invoice() many_to_one>Customer"]),
    ],
)
def test_each_elsewhere_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected
