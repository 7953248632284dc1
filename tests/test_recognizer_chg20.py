"""Change requests a person words loosely, read as the change they ask.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a clause after a removal that says something of the world with a subject of its
own ("the warehouse system tracks them now", "the manager says no more vouchers") is the
reason, and the removal still happens; a removal names one place, said with "from", so an
"off" inside a field's name ("sign off date") stays in the name; "we must add …" after the
thing named ("for the Boiler we must add …") adds to that thing; and a note on a field just
asked for ("but the X is not always known") describes that field, it builds nothing new;
"for our stables we must add …" is the writer's own place, still no entity; and "a length
that is a decimal to Canoe" is a type said of the field, with the destination after it.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("remove invoices from the data model, the accounts package owns them now", "Invoice()"),
        ("Please delete the Voucher table, the manager says no more vouchers.", "Voucher()"),
        ("drop the Pallet entity, our warehouse system tracks them already", "Pallet()"),
    ],
)  # fmt: skip
def test_a_reason_after_a_removal_keeps_the_removal(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Remove sign off date and inspector from jobs", "Job(sign_off_date:date,inspector:str)"),
        ("remove drop off point from Delivery", "Delivery(drop_off_point:str)"),
    ],
)  # fmt: skip
def test_off_inside_a_field_name_is_not_the_place(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


def test_a_removal_from_the_system_still_names_its_owner() -> None:
    assert reading("remove phone on Booking from the system") == (
        Intent.REMOVE_FIELDS,
        ["Booking(phone:str)"],
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "for the Boiler we must add the flue type and the install date",
        "For the Boiler, we should add the flue type and the install date",
    ],
)
def test_an_obligation_to_add_after_the_thing_adds_to_it(request_text: str) -> None:
    (entity,) = accepted(request_text, Intent.ADD_FIELDS)
    assert entity.startswith("Boiler(") and "flue_type" in entity and "install_date" in entity


def test_a_note_on_a_field_just_added_describes_it() -> None:
    (entity,) = accepted(
        "on Boiler please add the flue type and the install date, but the install date is not"
        " always known",
        Intent.ADD_FIELDS,
    )
    assert entity.startswith("Boiler(") and "install_date:date?" in entity, entity


def test_our_own_place_before_an_addition_is_still_no_entity() -> None:
    result = read("for our stables we must add the saddle size")
    assert result.status == "needs_clarification"
    assert "entity" in result.missing, shape(result)


def test_a_type_said_in_a_relative_clause_keeps_the_destination_after_it() -> None:
    assert accepted("please add a length that is a decimal to Canoe", Intent.ADD_FIELDS) == [
        "Canoe(length:decimal)"
    ]


def test_a_reason_with_that_is_after_a_rename_stays_a_reason() -> None:
    assert accepted(
        "Call the Skiff entity Dinghy instead, that's the word the sailors use.",
        Intent.RENAME_ENTITY,
    ) == ["Dinghy<Skiff()"]


def test_a_remark_typed_without_apostrophe_before_a_laugh_is_still_a_remark() -> None:
    assert accepted("pls remove the deposit from Kayak its free now lol", Intent.REMOVE_FIELDS) == [
        "Kayak(deposit:decimal)"
    ]
