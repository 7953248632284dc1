"""Agile tickets, stories and Gherkin (branch agile9).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a ticket's key at the head of its line ("APIARY-3 add …", "DOCK-12 each berth …")
labels the line whatever the case of the word after it; the codes of a standard or a disease
("COVID-19 …", "UTF-8 …") are words of the request. A field that is only a preposition and
its noun ("on loan", "in use") says whether the thing is in that state.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "APIARY-3 add a swarm date (date) to Colony",
            Intent.ADD_FIELDS,
            ["Colony(swarm_date:date)"],
        ),
        (
            "DOCK-12 each berth belongs to one marina",
            Intent.ADD_RELATIONSHIP,
            ["Berth() many_to_one>Marina"],
        ),
        (
            "[OPS-41] remove the fax number field from Supplier",
            Intent.REMOVE_FIELDS,
            ["Supplier(fax_number:str)"],
        ),
        (
            "QA-7 drop legacy_code from Warehouse",
            Intent.REMOVE_FIELDS,
            ["Warehouse(legacy_code:str)"],
        ),
        ("CRM-88 rename entity Prospect -> Lead", Intent.RENAME_ENTITY, ["Lead<Prospect()"]),
    ],
)
def test_a_key_before_a_word_in_lower_case_labels_the_line(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "COVID-19 cases: reported on (date), region and count",
        "COVID-19 test results with taken at, outcome and lab",
        "UTF-8 text for all names please",
    ],
)
def test_the_code_of_a_disease_or_a_standard_is_no_key(request_text: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Scooters: frame number, colour, on loan", "on_loan:bool"),
        ("Projectors: asset tag, room, in use", "in_use:bool"),
    ],
)
def test_a_bare_preposition_and_noun_is_a_state(request_text: str, expected: str) -> None:
    (entity,) = accepted(request_text)
    assert expected in entity, entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("drill bits: diameter, units in stock", "units_in_stock:int"),
        ("workout with name and duration in minutes", "duration:int"),
    ],
)
def test_a_count_or_a_measure_keeps_its_number(request_text: str, expected: str) -> None:
    (entity,) = accepted(request_text)
    assert expected in entity, entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Locker.pin_code optional", ["Locker(pin_code:str?)"]),
        ("TRIP-4 Voyage.returned_on nullable (one-way voyages)", ["Voyage(returned_on:date?)"]),
        ("Tenant.phone required", ["Tenant(phone:str)"]),
    ],
)
def test_a_dotted_field_and_its_state_is_that_field_changing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_dotted_field_said_with_a_verb_keeps_its_reading() -> None:
    assert accepted("Tenant.phone should be optional", Intent.MODIFY_FIELDS) == [
        "Tenant(phone:str?)"
    ]


_BERTH_TICKET = """DOCK-3 More columns on Berth
Add to Berth:
  - tide_level (float)
  - last_dredged_on (date)
Out of scope: harbour fees
DoD: reviewed and deployed"""

_SWARM_TICKET = """APIARY-2 Swarm log
Description: keepers need to log swarms.
A Swarm has:
- seen at (timestamp)
- size estimate (count)
- notes (optional)
Labels: backend, mobile
Story points: 5"""


def test_what_is_out_of_scope_or_done_is_no_field() -> None:
    assert accepted(_BERTH_TICKET, Intent.ADD_FIELDS) == [
        "Berth(tide_level:float,last_dredged_on:date)"
    ]


def test_how_a_ticket_is_filed_is_no_thing() -> None:
    assert accepted(_SWARM_TICKET) == ["Swarm(seen_at:datetime,size_estimate:int,notes:str?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Labels: name, colour", ["Label(name:str,colour:str)"]),
        ("Create a Tag entity with:\n- label: text\n- colour", ["Tag(label:str,colour:str)"]),
    ],
)
def test_labels_declared_as_a_thing_or_a_field_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Link Berth to Marina [DOCK-9].", Intent.ADD_RELATIONSHIP, ["Berth() many_to_one>Marina"]),
        ("Relate Voyage to Ship (SEA-14)", Intent.ADD_RELATIONSHIP, ["Voyage() many_to_one>Ship"]),
    ],
)
def test_a_key_in_brackets_after_the_line_refers_to_the_ticket(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_disease_code_in_brackets_keeps_its_reading() -> None:
    text = "vaccination records with patient, dose date and vaccine (COVID-19)"
    assert reading(text) == (
        Intent.CREATE_ENTITY,
        ["Vaccination(patient:str,dose_date:date,vaccine:str)"],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each guest stays at one hotel", ["Guest() many_to_one>Hotel"]),
        ("every patient stays in a single ward", ["Patient() many_to_one>Ward"]),
    ],
)
def test_where_a_thing_stays_counted_is_a_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_link_said_after_the_things_goes_on_them() -> None:
    text = (
        "We need Ward (name, floor) and Patient (name, nhs number)"
        " - every patient stays in one ward"
    )
    assert accepted(text) == [
        "Ward(name:str,floor:str)",
        "Patient(name:str,nhs_number:str) many_to_one>Ward",
    ]


@pytest.mark.parametrize(
    "request_text", ["existing data stays in the database", "the name stays required"]
)
def test_data_that_stays_is_no_link(request_text: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "make the phone optional and the age an integer on Member",
            ["Member(phone:str?,age:int)"],
        ),
        (
            "Make the deposit a decimal and the notes optional on Booking",
            ["Booking(deposit:decimal,notes:str?)"],
        ),
    ],
)
def test_each_field_made_something_keeps_its_own_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_two_fields_made_one_thing_share_it() -> None:
    assert accepted("make phone and email optional on Member", Intent.MODIFY_FIELDS) == [
        "Member(phone:str?,email:email?)"
    ]
