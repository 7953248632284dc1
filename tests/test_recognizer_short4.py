"""One-liners, terse notes and typos (branch short4).

Every request here is written for this file (none is copied from the corpus).

"paid" after what is owed once and settled whole ("fine paid", "deposit paid") names a yes/no:
was it settled. After a sum ("amount paid", "price paid", "tax paid") it stays the money.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType
from tests.support.recognition import read


def _types(request: str) -> dict[str, AttrType]:
    return {a.name: a.type for e in read(request).entities for a in e.attributes}


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Set up a parking ticket register - plate, issued at, fine paid", "fine_paid"),
        ("track supplier bills: supplier, due date, invoice paid", "invoice_paid"),
        ("Make a bike hire log with rider, hired at and deposit paid", "deposit_paid"),
    ],
)
def test_a_charge_said_paid_is_a_yes_no(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.BOOL


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Keep a list of guitars with maker, model and price paid", "price_paid"),
        ("track invoices: client, issued on, amount paid", "amount_paid"),
        ("Payslips: employee, period, gross pay, tax paid", "tax_paid"),
        ("Make a bike hire log with rider, hired at and a deposit (money)", "deposit"),
    ],
)
def test_a_sum_said_paid_stays_money(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.DECIMAL
