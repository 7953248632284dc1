"""Logistics and field-service wording: short operational changes, handover notes, tickets.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on, with counterparts that must keep the reading they have today.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


# --- a paper named by what it is of -------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add an issue date to certificate of conformity", Intent.ADD_FIELDS,
         ["CertificateOfConformity(issue_date:date)"]),
        ("Make the signed date required on statement of work", Intent.MODIFY_FIELDS,
         ["StatementOfWork(signed_date:date)"]),
        ("Create a proof of purchase with receipt number and till number", Intent.CREATE_ENTITY,
         ["ProofOfPurchase(receipt_number:str,till_number:str)"]),
        ("Create certificates of insurance with insurer and expiry date", Intent.CREATE_ENTITY,
         ["CertificateOfInsurance(insurer:str,expiry_date:date)"]),
    ],
)  # fmt: skip
def test_a_paper_of_something_is_one_record(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "proof of delivery" is the record, never "Proof" with the rest dropped."""
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a price to the cup of coffee", ["Cup(price:decimal)"]),
        ("Make the amount optional on the bill of quantities", ["Quantity(amount:decimal?)"]),
    ],
)
def test_other_things_of_something_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text)[1] == expected


# --- "from X, to X": where a leg ends ------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create transfers with from address, to address and date",
         ["Transfer(from_address:str,to_address:str,date_value:date)"]),
        ("Legs: from depot, to depot, distance",
         ["Leg(from_depot:str,to_depot:str,distance:float)"]),
        ("Create journeys with from location, to location and driver name",
         ["Journey(from_location:str,to_location:str,driver_name:str)"]),
    ],
)  # fmt: skip
def test_to_a_place_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_to_a_verb_stays_a_rule() -> None:
    result = reading("Create tasks with title, to do, done")
    assert result[1] == ["Task(title:str,done:bool)"]


# --- a hedge before "be" in a question about a field --------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could the price on an order just be a decimal please?", ["Order(price:decimal)"]),
        ("can the notes on each visit just be optional", ["Visit(notes:str?)"]),
        ("can the weight on a crate simply be an integer?", ["Crate(weight:int)"]),
    ],
)
def test_a_hedged_question_about_a_field_is_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_an_unhedged_question_keeps_its_reading() -> None:
    assert reading("can the weight on a parcel be an integer?") == (
        Intent.MODIFY_FIELDS,
        ["Parcel(weight:int)"],
    )


# --- the reason first, then "so can the F …" with no comma ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("the vans are all diesel now so could the fuel type on vehicles be optional?",
         Intent.MODIFY_FIELDS, ["Vehicle(fuel_type:str?)"]),
        ("our scales only weigh whole kilos so can the weight on a crate be an integer?",
         Intent.MODIFY_FIELDS, ["Crate(weight:int)"]),
        ("nobody uses the fax so can we remove the fax number from suppliers?",
         Intent.REMOVE_FIELDS, ["Supplier(fax_number:str)"]),
    ],
)  # fmt: skip
def test_a_reason_then_so_can_reads_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected
