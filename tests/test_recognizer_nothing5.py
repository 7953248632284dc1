"""Removals said after the reason for them, in a "so …" clause.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "…, so we don't need gift vouchers anymore - please remove that entity" says the
vouchers are no longer kept (the removal, pointed back at), not why something is built; and
"…, so you can delete the Hat entity" tells the builder what to change. A "so …" clause that
gives a reason for what is built ("so we don't need paper forms", "so you can remove the old
ones when sold") stays a reason.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        (
            "We moved the vouchers to the till system, so we don't need gift vouchers anymore"
            " - please remove that entity.",
            "GiftVoucher",
        ),
        (
            "The council took over bookings, so we no longer need court bookings in here"
            " anymore. Please delete that entity.",
            "CourtBooking",
        ),
    ],
)
def test_things_no_longer_needed_said_bare_are_the_removal(request_text: str, entity: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == [f"{entity}()"]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("We stopped selling hats, so you can delete the Hat entity.", "Hat"),
        ("The kiln broke for good, so you can just remove the Firing entity.", "Firing"),
    ],
)
def test_so_you_can_delete_the_entity_is_the_ask(request_text: str, entity: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == [f"{entity}()"]


def test_so_u_can_remove_a_field_is_the_ask() -> None:
    assert accepted(
        "We no longer offer gift wrap, so u can remove the gift wrap field from Order.",
        Intent.REMOVE_FIELDS,
    ) == ["Order(gift_wrap:str)"]


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "Keep a list of bikes with a colour so you can remove the old ones when sold.",
            ["Bike(colour:str)"],
        ),
        (
            "Track orders with a date and total so we don't need to phone the shop anymore.",
            ["Order(date_value:date,total:decimal)"],
        ),
    ],
)
def test_a_reason_after_what_is_built_stays_a_reason(request_text: str, shape: list[str]) -> None:
    assert accepted(request_text) == shape


def test_a_removal_said_first_keeps_its_reading() -> None:
    assert accepted(
        "We don't keep payroll runs anymore, so remove the PayrollRun entity.",
        Intent.REMOVE_ENTITY,
    ) == ["PayrollRun()"]


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "A register of trophies for the sailing club: trophy name, engraving, year won",
            ["Trophy(trophy_name:str,engraving:str,year_won:int)"],
        ),
        (
            "A list of volunteers to our food bank: full name, phone, start date",
            ["Volunteer(full_name:str,phone:str,start_date:date)"],
        ),
        (
            "A record of loans to the tool library: borrower name, tool, due date",
            ["Loan(borrower_name:str,tool:str,due_date:date)"],
        ),
    ],
)
def test_whom_listed_things_are_for_lengthens_no_topic(request_text: str, shape: list[str]) -> None:
    """ "a register of X for the sailing club: …" is about X, however long the place's name."""
    assert accepted(request_text) == shape


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("A list of bikes for the shop: frame size, colour", ["Bike(frame_size:str,colour:str)"]),
        ("A database of kit items: item name, size", ["KitItem(item_name:str,size:str)"]),
    ],
)
def test_short_listed_topics_keep_their_reading(request_text: str, shape: list[str]) -> None:
    assert accepted(request_text) == shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Kiln clean-up\n\nRequirements:\n- Remove from Kiln:\n  - shelf count\n  - brand\n"
        "- Existing firings must stay",
        "Remove from the Kiln entity:\n- shelf count\n- brand",
    ],
)
def test_remove_from_a_thing_heads_the_fields_listed_under_it(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == ["Kiln(shelf_count:int,brand:str)"]


def test_removals_said_on_one_line_keep_their_reading() -> None:
    assert accepted("Remove from Kiln: shelf count, brand", Intent.REMOVE_FIELDS) == [
        "Kiln(shelf_count:int,brand:str)"
    ]
    assert accepted("Remove the Kiln entity", Intent.REMOVE_ENTITY) == ["Kiln()"]
