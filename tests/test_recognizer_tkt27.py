"""Create or change, when no verb says which (tkt27).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "every X has F" said alone adds F to the X there is, and a time adverbial in front
("From now on", "Going forward", "As of today") says when, not that X is new; a change
ticket's label ("Change request 9", "CR-31") or "new fields" says the thing has fields
already, so "X has F" under it adds to X. A thing described with several fields stays a
create, a change request kept as a record is a thing, and fields promised for later change
nothing now. A create said outright under a change label is asked, not accepted.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("From now on every canoe has a spray deck size", "Canoe(spray_deck_size:str)"),
        ("As of today, each hive has a queen colour.", "Hive(queen_colour:str)"),
        ("Going forward every forklift has a battery serial", "Forklift(battery_serial:str)"),
    ],
)
def test_a_time_opener_keeps_one_field_of_each_thing_an_addition(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_thing_described_with_several_fields_after_an_opener_is_still_made() -> None:
    intent, shape = reading("From now on every canoe has a hull colour, a length and a seat count")
    assert intent is Intent.CREATE_ENTITY, shape


@pytest.mark.parametrize(
    ("request_text", "owner"),
    [
        ("Change request 31: Saddle has a girth size and a last oiled date", "Saddle"),
        ("Change request 9\n\n- Locker has a key number\n- Locker has a deposit paid flag",
         "Locker"),
        ("Ticket GH-4, new fields\n* Greenhouse has a humidity target (number)\n"
         "* Greenhouse has a vent count (integer)", "Greenhouse"),
    ],
)  # fmt: skip
def test_fields_said_under_a_change_label_are_added(request_text: str, owner: str) -> None:
    intent, shape = reading(request_text)
    assert intent is Intent.ADD_FIELDS, shape
    assert [s.split("(")[0] for s in shape] == [owner], shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Each refund change request has an amount, a reason and a requested date",
        "Each lantern has a wick length, a fuel type and a price. We must be able to add more"
        " fields later.",
    ],
)
def test_a_change_request_kept_or_fields_promised_for_later_still_make_a_thing(
    request_text: str,
) -> None:
    intent, shape = reading(request_text)
    assert intent is Intent.CREATE_ENTITY, shape


def test_a_create_said_outright_under_a_change_label_is_asked() -> None:
    result = read("Canoes with hull number and colour. Change request 5.")
    assert result.status == "needs_clarification", (result.intent, result.confidence)
    assert any("there already" in note for note in result.notes), result.notes
