"""Developers' ways of writing a request down that were misread (branch techb).

Every request here is written for this file (none is copied from the corpus). What a developer
relies on: a PascalCase name is one name even when its first word is a small word ("OnSiteVisit"
is not "a site visit on …"); a field described in words and then given its identifier in
parentheses ("when it shipped (`shipped_at`)") is stored under the identifier; "1–5" written
with an en dash is a range of numbers, not a dash that opens a clause.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("InStockItem: sku, shelf, quantity", Intent.CREATE_ENTITY,
         ["InStockItem(sku:str,shelf:str,quantity:int)"]),
        ("ToDoItem\n- title\n- done (bool)\n- due_on: date", Intent.CREATE_ENTITY,
         ["ToDoItem(title:str,done:bool,due_on:date)"]),
        ("OnSiteVisit += technician_email", Intent.ADD_FIELDS,
         ["OnSiteVisit(technician_email:email)"]),
        ("AtRiskPupil -= tutor_notes", Intent.REMOVE_FIELDS, ["AtRiskPupil(tutor_notes:str)"]),
        ("Add a priority field to ToDoItem", Intent.ADD_FIELDS, ["ToDoItem(priority:str)"]),
    ],
)  # fmt: skip
def test_a_pascal_name_opening_with_a_small_word_keeps_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Create a SiteVisit entity with technician and visit date", Intent.CREATE_ENTITY,
         ["SiteVisit(technician:str,visit_date:date)"]),
        ("Student -= age", Intent.REMOVE_FIELDS, ["Student(age:int)"]),
        ("Add a phone to the supplier on Monday", Intent.ADD_FIELDS, ["Supplier(phone:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_small_first_word_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track parcels with a tracking code, when it shipped (`shipped_at`) and when it was "
         "delivered (`delivered_at`, can be empty)",
         ["Parcel(tracking_code:str,shipped_at:datetime,delivered_at:datetime?)"]),
        ("As a dispatcher I want to log callouts with the caller's phone, when the call came in "
         "(`received_at`) and who took it (`handled_by`)",
         ["Callout(caller_phone:str,received_at:datetime,handled_by:str)"]),
        ("Create invoices with number, the date it was sent (sent_on) and total",
         ["Invoice(number:str,sent_on:date,total:decimal)"]),
        ("Keep builds: branch, when it finished (`finished_at` — empty while it runs, so "
         "optional), and a status",
         ["Build(branch:str,finished_at:datetime?,status:str)"]),
    ],
)  # fmt: skip
def test_a_described_field_is_stored_under_its_identifier(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create tickets with title and state (in_progress or done_now)",
         ["Ticket(title:str,state:str)"]),
        ("Create tickets with title (text) and a due date (date)",
         ["Ticket(title:str,due_date:date)"]),
        ("Create parcels with weight (float_kg) and a tracking code",
         ["Parcel(weight:float,tracking_code:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_described_field_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create bookings with guest name, nights (integer, 1–14) and a deposit",
         ["Booking(guest_name:str,nights:int,deposit:decimal)"]),
        ("Set up machines with name, priority (1–5, integer) and location",
         ["Machine(name:str,priority:int,location:str)"]),
    ],
)  # fmt: skip
def test_a_range_in_an_annotation_is_no_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create bookings with guest name, nights and a deposit – all required",
         ["Booking(guest_name:str,nights:int,deposit:decimal)"]),
        ("Create bookings with guest name – text, nights – integer",
         ["Booking(guest_name:str,nights:int)"]),
    ],
)  # fmt: skip
def test_a_dash_between_words_still_opens_a_clause(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("tbl parcels: label text, weight_kg float, shipped_on date",
         ["Parcel(label:str,weight_kg:float,shipped_on:date)"]),
        ("Sensor { id PK, serial: string, installed_on: date }",
         ["Sensor(serial:str,installed_on:date)"]),
        ("Probe(id serial primary key, host text, last_seen_at timestamp)",
         ["Probe(host:str,last_seen_at:datetime)"]),
    ],
)  # fmt: skip
def test_columns_written_as_a_schema_lists_them(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a runbook with a pk number and title", ["Runbook(pk_number:str,title:str)"]),
        ("runbook: start date, end_date, title",
         ["Runbook(start_date:date,end_date:date,title:str)"]),
        ("Runbooks with title, start date and due date",
         ["Runbook(title:str,start_date:date,due_date:date)"]),
    ],
)  # fmt: skip
def test_counterparts_of_schema_columns_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


def test_a_field_bullet_is_one_field_however_many_words() -> None:
    request = "Launch entity with:\n- version\n- code review date\n- owner"
    assert read_right(request) == ["Launch(version:str,code_review_date:date,owner:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Launch entity with: version, code review date",
         ["Launch(version:str,code_review_date:date)"]),
        ("Create launches with name price weight",
         ["Launch(name:str,price:decimal,weight:float)"]),
        ("Guest entity with:\n- full name\n- name email phone",
         ["Guest(full_name:str,name:str,email:email,phone:str)"]),
        ("Guest entity with:\n- full name\n- date of arrival room number",
         ["Guest(full_name:str,date_of_arrival:date,room_number:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_field_bullet_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    "constraint",
    [
        "Follow the team style guide",
        "Please stick to our API guidelines",
        "Timestamps kept in UTC",
        "All dates stored as ISO 8601",
        "Stay backwards compatible with v1",
    ],
)
def test_a_format_or_practice_line_is_no_thing(constraint: str) -> None:
    request = f"Requirements:\n- A Shift entity with: start time, end time\n- {constraint}"
    result = read(request)
    assert result.status == "recognized", (result.confidence, shape(result))
    assert shape(result) == ["Shift(start_time:datetime,end_time:datetime)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Requirements:\n- A Tour entity with: title, price\n- Each tour follows one guide",
         ["Tour(title:str,price:decimal) many_to_one>Guide"]),
        ("Requirements:\n- A Guide entity with: name, phone\n- A Tour entity with: title",
         ["Guide(name:str,phone:str)", "Tour(title:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_practice_lines_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


def test_a_title_over_a_change_of_another_thing_names_the_document() -> None:
    request = (
        "Parcel tracking: add weight\n\nRequirements:\n1. Shipment gets one new field:\n"
        "   - weight_kg (float)\n2. Add tests"
    )
    result = read(request)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Shipment(weight_kg:float)"]
    assert "Parcel tracking: add weight" in result.business_rules


def test_a_title_over_a_create_keeps_its_reading() -> None:
    result = read("Kennel app\n\nRequirements:\n- Dog entity with: name, breed")
    assert shape(result) == ["Dog(name:str,breed:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need to keep the record of the garden sheds. Every shed has a colour and a build "
         "date.", ["GardenShed(colour:str,build_date:date)"]),
        ("Please track the SIM cards. Each card has a number and an activation date.",
         ["SimCard(number:str,activation_date:date)"]),
    ],
)  # fmt: skip
def test_the_head_said_again_in_the_next_sentence_is_the_same_thing(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track the kite rentals. Each rental is paid in cash.", ["KiteRental()"]),
        ("We keep the old boats. Every boat is painted blue.", []),
        ("for the bee hives, each hive has a location and a weight",
         ["BeeHive(location:str,weight:float)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_head_said_again_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create posts with a title and an internal-only flag",
         ["Post(title:str,internal_only:bool)"]),
        ("Create lounges with a name and a members-only flag",
         ["Lounge(name:str,members_only:bool)"]),
    ],
)  # fmt: skip
def test_a_hyphened_restriction_flag_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_restriction_said_as_a_rule_stays_a_rule() -> None:
    assert shape(read("Create posts with a title, visible to staff only")) == ["Post(title:str)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("each booking belongs to one guest so whoever is on the desk knows who to call",
         Intent.ADD_RELATIONSHIP, ["Booking() many_to_one>Guest"]),
        ("each ticket should point at one queue so whoever picks it up knows where it goes",
         Intent.ADD_RELATIONSHIP, ["Ticket() many_to_one>Queue"]),
        ("add a phone to Customer so whoever's on shift can call them", Intent.ADD_FIELDS,
         ["Customer(phone:str)"]),
    ],
)  # fmt: skip
def test_a_purpose_said_of_whoever_does_it_is_a_reason(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("We keep a boat list, so I'd like to keep a list of boats with name and length",
         Intent.CREATE_ENTITY, ["Boat(name:str,length:float)"]),
        ("add a phone to Customer, so we don't need the fax number any more",
         Intent.REMOVE_FIELDS, ["Customer(fax_number:str)"]),
        ("We stopped renting kayaks last year, so the Kayak entity can go. Please delete it.",
         Intent.REMOVE_ENTITY, ["Kayak()"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_purpose_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)
