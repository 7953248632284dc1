"""One-liners, terse notes and typos (branch short4).

Every request here is written for this file (none is copied from the corpus).

"paid" after what is owed once and settled whole ("fine paid", "deposit paid") names a yes/no:
was it settled. After a sum ("amount paid", "price paid", "tax paid") it stays the money.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
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


# The size of a gathering of people is how many are in it; the size of a made thing is a
# measure or a label and keeps its reading.


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Make a restaurant reservation list: guest name, party size, seated at", "party_size"),
        ("Rowing outings with river, launch time and max crew size", "max_crew_size"),
        ("Create courses with code, tutor and class size", "class_size"),
    ],
)
def test_the_size_of_a_gathering_counts_people(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.INT


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Make a uniform list: pupil name, blazer size, shirt size", "shirt_size"),
        ("Create parcels with sender, box size and weight", "box_size"),
    ],
)
def test_the_size_of_a_thing_is_no_count(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.STR


# "every1", "some1": a pronoun with "one" typed as a digit is that pronoun, so the reason said
# after a change is read as a reason, not as more of the change.


@pytest.mark.parametrize(
    "request_text",
    [
        "pls make the phone on Tenant optional, not every1 has a landline",
        "make postcode on Donor optional because some1 abroad has none",
    ],
)
def test_a_pronoun_typed_with_a_digit_is_read(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "recognized", (result.missing, result.notes)
    assert result.intent == Intent.MODIFY_FIELDS
    [entity] = result.entities
    assert [a.required for a in entity.attributes] == [False]


def test_the_same_change_with_the_pronoun_spelt_out_reads_alike() -> None:
    result = read("pls make the phone on Tenant optional, not everyone has a landline")
    assert result.intent == Intent.MODIFY_FIELDS
    assert [a.name for e in result.entities for a in e.attributes] == ["phone"]


# "Parcels need to be logged with …": a need said of the things kept asks what "parcels should
# be logged with …" asks; the things are the entity, not the verb of keeping.


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Repairs need to be logged with bike, fault and fixed on", "Repair"),
        ("Donations have to be recorded with donor, amount and received at.", "Donation"),
    ],
)
def test_things_that_need_keeping_are_the_entity(request_text: str, entity: str) -> None:
    result = read(request_text)
    assert result.status == "recognized", (result.missing, result.notes)
    assert [e.name for e in result.entities] == [entity]


def test_the_same_ask_with_should_reads_alike() -> None:
    result = read("Repairs should be logged with bike, fault and fixed on")
    assert [e.name for e in result.entities] == ["Repair"]
    assert [a.name for a in result.entities[0].attributes] == ["bike", "fault", "fixed_on"]


def test_a_need_of_something_else_is_no_entity() -> None:
    """ "Notes need to be kept with each order" says how to build, not what to keep."""
    assert read("Notes need to be kept with each order").needs_clarification


# A bare plural of a span of days ("nights" on a stay, "weeks" on a hire) is how many of them.


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Make a campsite booking list: pitch, arrival date, nights", "nights"),
        ("Track van hires with customer, van and weeks", "weeks"),
    ],
)
def test_a_bare_plural_of_days_counts_them(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.INT


def test_a_span_said_with_its_thing_keeps_its_reading() -> None:
    """ "arrival date" is still a date, "nightly rate" still money."""
    types = _types("Make a campsite booking list: pitch, arrival date, nightly rate, nights")
    assert types["arrival_date"] == AttrType.DATE
    assert types["nightly_rate"] == AttrType.DECIMAL


# "valid from", "effective until": the bound of the days something holds is a date.


@pytest.mark.parametrize(
    "request_text",
    [
        "Gym passes: member, valid from, valid until",
        "Track price agreements with supplier, effective from, effective until",
    ],
)
def test_the_bounds_of_validity_are_dates(request_text: str) -> None:
    types = _types(request_text)
    bounds = [t for name, t in types.items() if name.endswith(("_from", "_until"))]
    assert bounds == [AttrType.DATE, AttrType.DATE], types


def test_a_place_said_with_from_keeps_its_reading() -> None:
    """ "shipped from" is where it came from, not a day."""
    assert _types("Track parcels with sender, shipped from, weight")["shipped_from"] != (
        AttrType.DATE
    )
