"""A thing not wanted, then ", just" and what is wanted: "We don't need a login, just a list of
members with name and email". The no is talk around the ask; what a person relies on is that
the thing they asked for is made, and that nothing they said they did not want becomes a field
removed from it (it was read as a removal of `login` from Member, and accepted).

A removal keeps its reading: "the fax" names a field that exists, "a fax on Supplier" says
where it goes. Requests written for this file, in trades no other test file uses where it
could be helped (a candle shop, a wedding, a tool library, a model boat club).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We don't need a login, just a list of members with name and email",
            ["Member(name:str,email:email)"],
        ),
        (
            "Hi. We don't really need an online shop, just a stock list of candles with scent, "
            "size and price.",
            ["Candle(scent:str,size:str,price:decimal)"],
        ),
        (
            "we dont need a login, only the guests (name, email, table number)",
            ["Guest(name:str,email:email,table_number:str)"],
        ),
        (
            "we don't need any logins - just a table of tools with name and serial number",
            ["Tool(name:str,serial_number:str)"],
        ),
        (
            "I don't want a fancy app, only a register of model boats: name, hull length and "
            "builder",
            ["ModelBoat(name:str,hull_length:float,builder:str)"],
        ),
    ],
)
def test_a_thing_not_wanted_before_just_leaves_the_ask(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the field that exists, named with "the": a removal
        ("We don't need the fax, just the phone on Supplier", ["Supplier(fax:str)"]),
        ("We don't need the deposit, just the price on Booking", ["Booking(deposit:decimal)"]),
    ],
)
def test_a_field_not_needed_is_still_removed(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_thing_not_wanted_that_says_where_keeps_its_reading() -> None:
    # "a fax on Supplier" says where it is: not talk, the rule leaves it to the removals
    intent, _ = reading("We don't need a fax on Supplier, just a phone")
    assert intent == Intent.REMOVE_FIELDS
