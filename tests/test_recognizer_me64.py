"""me64's rules: a value counted "since (the) last X" kept whole after any head, a thing and
what was done to it closing a request's brackets with a "?", and a bare optional marker after
an add whose one field "that" points back at.

Every request here is written for this file (none is copied from a corpus), in trades other
than the batch's (boilers, tractors, audits, horses, car washes, radio rooms, kennels).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

ADD = Intent.ADD_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add cost since last reading to Meter", ["Meter(cost_since_last_reading:decimal)"]),
        ("put cost since last service on Tractor", ["Tractor(cost_since_last_service:decimal)"]),
        (
            "add cost since the last audit to Department",
            ["Department(cost_since_last_audit:decimal)"],
        ),
        (
            "add spend since the last audit to Department",
            ["Department(spend_since_last_audit:str)"],
        ),
        ("add usage since last reading to Meter", ["Meter(usage_since_last_reading:str)"]),
        (
            "Add a spend since last audit field to Department",
            ["Department(spend_since_last_audit:str)"],
        ),
        (
            "Give Generator hours since the last service",
            ["Generator(hours_since_last_service:int)"],
        ),
    ],
)
def test_since_last_stays_in_the_name_of_an_added_value(request_text, expected):
    assert accepted(request_text, ADD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Van: reg, cost since the last service", ["Van(reg:str,cost_since_last_service:decimal)"]),
        (
            "record readings with date and cost since last reading",
            ["Reading(date_value:date,cost_since_last_reading:decimal)"],
        ),
    ],
)
def test_since_last_stays_in_the_name_of_a_listed_value(request_text, expected):
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a clause after "since" is why, not from when: the field stays alone
        ("add phone to Supplier since the last audit flagged it", ["Supplier(phone:str)"]),
        ("add a notes field to Supplier since the last audit", ["Supplier(notes:str)"]),
    ],
)
def test_since_a_clause_stays_a_reason(request_text, expected):
    assert accepted(request_text, ADD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kid(name, birth weight, dam, bottle fed?)",
            ["Kid(name:str,birth_weight:float,dam:str,bottle_fed:bool)"],
        ),
        ("Cow(tag, breed, grass fed?)", ["Cow(tag:str,breed:str,grass_fed:bool)"]),
        ("Horse(name, sire, home bred?)", ["Horse(name:str,sire:str,home_bred:bool)"]),
        ("Puppy(name, breast fed?)", ["Puppy(name:str,breast_fed:bool)"]),
        ("Car(reg, colour, hand washed?)", ["Car(reg:str,colour:str,hand_washed:bool)"]),
        # near misses: a text written down keeps its "?" as optional
        ("Kennel(name, vet notes?)", ["Kennel(name:str,vet_notes:str?)"]),
        ("Order(ref, gift message?)", ["Order(ref:str,gift_message:str?)"]),
    ],
)
def test_state_asked_closing_the_brackets(request_text, expected):
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The wardens told me they want to log a pager number. Can you add that to Warden? "
            "Optional though, since not all of them carry one.",
            ["Warden(pager_number:str?)"],
        ),
        (
            "Our drivers want to keep a fuel card number. Please add it to Driver. Not required "
            "though.",
            ["Driver(fuel_card_number:str?)"],
        ),
        (
            "The vets asked for a microchip number. Could you put it on Dog? Not required, "
            "since strays have none.",
            ["Dog(microchip_number:str?)"],
        ),
    ],
)
def test_bare_marker_after_an_add_pointing_back(request_text, expected):
    assert accepted(request_text, ADD) == expected


def test_no_marker_after_an_add_pointing_back_keeps_it_required():
    request = (
        "The wardens told me they want to log a pager number. Can you add that to Warden? Thanks."
    )
    assert reading(request) == (ADD, ["Warden(pager_number:str)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("goatss: name, breed, pen", ["Goat(name:str,breed:str,pen:str)"]),
        (
            "I need to track hivess with location and queen year",
            ["Hive(location:str,queen_year:int)"],
        ),
        ("Create a system for businesss with name and owner", ["Business(name:str,owner:str)"]),
        # near miss: a word that ends in "ss" of its own stays
        ("Glass: colour, thickness", ["Glass(colour:str,thickness:float)"]),
    ],
)
def test_plural_with_its_s_typed_twice(request_text, expected):
    assert accepted(request_text) == expected
