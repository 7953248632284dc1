"""Accepted misreads found by fresh-ij (law firms, accountants, insurance brokers), by family.

Every request here is written for this file (none is copied from the corpus). Each family has
counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- one link said from both sides inside a create: the side that says "one" holds it ----------
@pytest.mark.parametrize(
    "request_text",
    [
        "Set up tenants and leases. Tenants: full name, email. Leases: start date, rent. "
        "A tenant can have many leases, and each lease belongs to one tenant.",
        "Set up tenants and leases. Tenants: full name, email. Leases: start date, rent. "
        "Each lease belongs to one tenant, and a tenant can have many leases.",
        "Tenants: full name, email. Leases: start date, rent. A lease has one tenant, a tenant "
        "has many leases.",
    ],
)
def test_a_link_said_from_both_sides_in_a_create_is_read_once(request_text: str) -> None:
    assert accepted(request_text) == [
        "Tenant(full_name:str,email:email)",
        "Lease(start_date:date,rent:decimal) many_to_one>Tenant",
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # one side only: the many-to-many stays
        ("Tenants: full name, email. Leases: start date, rent. A tenant can have many leases.",
         ["Tenant(full_name:str,email:email) many_to_many>Lease",
          "Lease(start_date:date,rent:decimal)"]),
        # many on both sides is many-to-many, no "one" to hold it
        ("Tenants: full name, email. Leases: start date, rent. Tenants have many leases and "
         "leases have many tenants.",
         ["Tenant(full_name:str,email:email) many_to_many>Lease",
          "Lease(start_date:date,rent:decimal)"]),
    ],
)  # fmt: skip
def test_a_link_said_from_one_side_keeps_its_kind(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- a field named with its entity, then said again whose last word is a keyword ---------------
def test_a_field_said_again_after_its_entity_was_named_takes_that_entity() -> None:
    text = (
        "The expiry date on warranties is optional right now, which is how we lost two claims. "
        "Make expiry date required."
    )
    assert accepted(text, Intent.MODIFY_FIELDS) == ["Warranty(expiry_date:date)"]
    text = "The order type on shipments is optional today. Make order type required."
    assert accepted(text, Intent.MODIFY_FIELDS) == ["Shipment(order_type:str)"]


def test_a_field_said_again_without_a_field_named_before_keeps_its_reading() -> None:
    # nothing names "warranty date" on another thing: the words are read as before
    intent, shape = reading("Make warranty date required.")
    assert intent == Intent.MODIFY_FIELDS and shape == ["Warranty(date_value:date)"]


# --- someone's feeling about a thing is no "X with" its fields ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The accountants are happy with the Ledger entity. Closed on should be a timestamp.",
         ["Ledger(closed_on:datetime)"]),
        ("Our brokers are perfectly fine with the Quote entity - leave the notes alone. "
         "Premium should be a decimal.",
         ["Quote(premium:decimal)"]),
    ],
)  # fmt: skip
def test_a_feeling_about_an_entity_is_no_entity_of_the_feeler(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Accountants with name and email", ["Accountant(name:str,email:email)"]),
        ("Happy customers with name and email", ["HappyCustomer(name:str,email:email)"]),
    ],
)
def test_things_with_fields_are_still_declared(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- a sum still owed with a word before it is money -------------------------------------------
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("net amount due", "decimal"),
        ("total balance outstanding", "decimal"),
        ("amount due", "decimal"),
        # counterparts: no sum before the word that says it is owed
        ("date due", "date"),
        ("first payment date due", "date"),
    ],
)
def test_a_sum_still_owed_is_money_with_words_before_it(said: str, kind: str) -> None:
    from baes_tui.recognition.fields import read_fields

    (attribute,) = read_fields(said).attributes
    assert attribute.type.value == kind


# --- "claims phone": a desk's contact named by what it handles is no count ---------------------
def test_a_desk_contact_named_by_a_plural_is_accepted() -> None:
    assert accepted("We need a broker directory with each broker's name, claims phone and "
                    "accounts email") == [
        "Broker(name:str,claims_phone:str,accounts_email:email)"
    ]  # fmt: skip


def test_a_plural_of_people_before_a_phone_is_still_doubted() -> None:
    # "parents phone" on a pupil may be one parent's phone (parent_phone): asked, not guessed
    result = read("pls ad start date and wardens phone (not requierd) to the hostels")
    assert result.status == "needs_clarification"


# --- "I want a cash book where each voucher has …": a new container asks for a create ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a bookkeeper I want a cash ledger where each receipt has a receipt number, an "
         "amount and a description, so that the float balances",
         ["Receipt(receipt_number:str,amount:decimal,description:str)"]),
        ("I want a visitors register where every visitor has a name, a company and a badge "
         "number",
         ["Visitor(name:str,company:str,badge_number:str)"]),
    ],
)  # fmt: skip
def test_a_new_container_where_each_thing_has_fields_creates_the_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_the_existing_container_where_each_thing_has_a_field_adds_it() -> None:
    intent, shape = reading("I want the register where each visitor has a phone too")
    assert intent == Intent.ADD_FIELDS and shape == ["Visitor(phone:str)"]
