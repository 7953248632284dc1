"""Changes said as complaints, preferences or in a second language's word order.

Every request here is written for this file (none is copied from the corpus). A person who
grumbles that a field "is kept as text, which is silly - it should be a money amount", who
says "I'd prefer the surname field on Patient to be called family name", or who writes "the
field fax in the Supplier we never use it, take it out" asks for one change, and is read as
asking it. Someone else's preference, a question of fact, a negated wish or a complaint with no
ask is never read as a change confidently.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


# --- a type change said as a complaint or in a second language's word order -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The deposit on Booking is kept as text, which is silly - it should be a money amount",
         ["Booking(deposit:decimal)"]),
        ("the field deposit on Booking we have it like a text, but it is money. Please change it.",
         ["Booking(deposit:decimal)"]),
        ("the field rating on Review we have it like a text, but it is a whole number",
         ["Review(rating:int)"]),
        ("the weight on Parcel is stored as text. Can it be a number? The drivers need to add "
         "them up.",
         ["Parcel(weight:float)"]),
    ],
)  # fmt: skip
def test_a_type_complained_about_is_changed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


# --- a rename said as a preference ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I'd prefer the surname field on Patient to be called family name",
         ["Patient(family_name:str<surname)"]),
        ("In the patients, the field 'surname' we prefer to call it 'family name'.",
         ["Patient(family_name:str<surname)"]),
        ("the field 'surname' on Patient we would like to call it 'last name'",
         ["Patient(last_name:str<surname)"]),
    ],
)  # fmt: skip
def test_our_own_preferred_name_renames_the_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


# --- a removal said as doing without, or pointed back at with "it" -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the Supplier entity could do without the fax field", ["Supplier(fax:str)"]),
        ("Honestly the Supplier table could easily do without the telex field",
         ["Supplier(telex:str)"]),
        ("the field fax in the Supplier we never use it, take it out", ["Supplier(fax:str)"]),
    ],
)  # fmt: skip
def test_a_field_a_thing_can_do_without_is_removed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


# --- "no longer need F to be filled in" makes F optional; "no longer need F" removes it ----------
def test_no_longer_needing_a_field_filled_in_makes_it_optional() -> None:
    assert accepted("Bookings no longer need a deposit to be filled in", Intent.MODIFY_FIELDS) == [
        "Booking(deposit:decimal?)"
    ]
    assert accepted("Bookings no longer need a deposit", Intent.REMOVE_FIELDS) == [
        "Booking(deposit:decimal)"
    ]


def test_a_complaint_then_an_ask_about_it_changes_the_field() -> None:
    request = (
        "Members keep complaining that the phone is compulsory on the Member entity - some "
        "have none. It shouldn't have to be filled in."
    )
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Member(phone:str?)"]


# --- must not fire -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        # a complaint with no ask: what the writer wants is not said
        "Members keep complaining that the phone is compulsory on the Member entity.",
        # a question of fact, and a field that merely is text
        "Is the fee on Invoice stored as text?",
        "the fee on Invoice is stored as text",
        "the field fee on Invoice we have it like a text",
        # the type it has is the type it should have: nothing changes
        "the field fee on Invoice we have it as money, but it is money",
        # a negated wish
        "We don't want the fee on Invoice to be a number",
        # someone else's preference is reported, not asked
        "My manager prefers the surname field on Patient to be called family name",
        "Our treasurer would prefer the fee on Invoice to be called charge",
        # doing without, said of people or negated or asked: no field removed
        "the kids could do without the homework field",
        "the team could do without the paperwork",
        "we could do without the hassle",
        "the Supplier entity could not do without the fax field",
        "could the Supplier entity do without the fax field?",
        # a preference with no field
        "we prefer to call it a gala",
        # the field said first, then a negated ask about it
        "the column remarks in the Visit we use it daily, please do not take it out",
        "the field fax in the Supplier we still use it, do not take it out",
    ],
)
def test_talk_that_asks_no_change_is_not_read_as_one(request_text: str) -> None:
    assert read(request_text).status != "recognized"


def test_summing_values_is_no_field_added() -> None:
    result = read("The drivers need to add them up for the weekly report.")
    assert result.status != "recognized"
    assert accepted("The drivers need to add a route note to Parcel.", Intent.ADD_FIELDS) == [
        "Parcel(route_note:str)"
    ]


# --- the old type, the things lacking the field, or what happened said around the ask ----------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("As the bookkeeper I want the total of Receipt to be money and not float, so the "
         "ledger balances.",
         Intent.MODIFY_FIELDS, ["Receipt(total:decimal)"]),
        ("Not every tenant has a landline yet, so that shouldn't be mandatory on Tenant.",
         Intent.MODIFY_FIELDS, ["Tenant(landline:str?)"]),
        ("the council scrapped parking permits so on Resident we don't need permit number any "
         "more, please take it out",
         Intent.REMOVE_FIELDS, ["Resident(permit_number:str)"]),
    ],
)  # fmt: skip
def test_the_ask_is_read_past_the_talk_around_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "the total on Receipt should not be money and not float",
        "Not every tenant has a landline yet, so that is why we built it",
        "the council scrapped parking permits so on Resident we still need permit number",
    ],
)
def test_the_same_talk_without_an_ask_changes_nothing(request_text: str) -> None:
    assert read(request_text).status != "recognized"
