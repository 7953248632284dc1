"""Developers' tickets that were misread (branch techc).

Every request here is written for this file (none is copied from the corpus). What a developer
relies on: a snake_case name that opens with a small word ("in_stock_items") is one name, as
its PascalCase spelling is, and so is "the on call rota" said without its hyphen; "night
rotas" in the plural are things kept, not the rota app built around them; "add the fields a
and b to X" announces the names that follow; the recipients of a message are who it goes to,
not how many; "created_at" and "endpoint_url" are fields, not talk of tables and endpoints;
one word that is also a verb ("Build:", "Plan:", "Schedule { … }") alone before a list names
the thing the list belongs to; a "// nullable" code comment is a note on its field; and a
remark after two hyphens ("-- not linked yet") is set off as a dash sets it off; and
"retry_after_seconds (int)", typed as a number, is a field, not a rule about when.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("in_stock_items: sku str, shelf str, qty int",
         ["InStockItem(sku:str,shelf:str,qty:int)"]),
        ("to_do_items: title str, done bool", ["ToDoItem(title:str,done:bool)"]),
        ("at_risk_pupils: full_name str, tutor str", ["AtRiskPupil(full_name:str,tutor:str)"]),
        # a field written so keeps its small word too (not "hours int" of a CallHours entity)
        ("Pager: on_call_hours int, name str", ["Pager(on_call_hours:int,name:str)"]),
    ],
)  # fmt: skip
def test_a_snake_name_opening_with_a_small_word_keeps_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Product: sku, in_stock_count int", Intent.CREATE_ENTITY,
         ["Product(sku:str,in_stock_count:int)"]),
        ("site_visits: technician str", Intent.CREATE_ENTITY, ["SiteVisit(technician:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_snake_small_word_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("many-to-many between nurses and night rotas", Intent.ADD_RELATIONSHIP,
         ["Nurse() many_to_many>NightRota"]),
        ("a volunteer belongs to many weekend rosters", Intent.ADD_RELATIONSHIP,
         ["Volunteer() many_to_many>WeekendRoster"]),
        ("track staff rotas with name and week", Intent.CREATE_ENTITY,
         ["StaffRota(name:str,week:str)"]),
    ],
)  # fmt: skip
def test_rotas_in_the_plural_after_a_modifier_are_things(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # the rota built to plan the shifts is one: a frame around what it plans
        ("Build a staff rota app with shifts (date, starts at)", Intent.CREATE_ENTITY,
         ["Shift(date_value:date,starts_at:datetime)"]),
        ("we need a staff rota: shift date, staff name", Intent.CREATE_ENTITY,
         ["Staff(shift_date:date,staff_name:str)"]),
        ("many-to-many between nurses and rotas", Intent.ADD_RELATIONSHIP,
         ["Nurse() many_to_many>Rota"]),
    ],
)  # fmt: skip
def test_counterparts_of_plural_rotas_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add the columns colour and size to Shirt", Intent.ADD_FIELDS,
         ["Shirt(colour:str,size:str)"]),
        ("add two fields barcode and shelf to Parcel", Intent.ADD_FIELDS,
         ["Parcel(barcode:str,shelf:str)"]),
        ("add teh attributes colour and size to Shirt pls", Intent.ADD_FIELDS,
         ["Shirt(colour:str,size:str)"]),
        ("remove the columns colour and size from Shirt", Intent.REMOVE_FIELDS,
         ["Shirt(colour:str,size:str)"]),
    ],
)  # fmt: skip
def test_a_plural_field_word_with_its_article_announces_the_names(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add the field timezone to Branch", Intent.ADD_FIELDS, ["Branch(timezone:str)"]),
        ("add new fields colour and size to Shirt", Intent.ADD_FIELDS,
         ["Shirt(colour:str,size:str)"]),
        ("add the column headers to Report", Intent.ADD_FIELDS, ["Report(headers:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_the_announced_fields_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


def test_the_recipients_of_a_message_are_who_it_goes_to() -> None:
    assert read_right("Create newsletters with title, recipients, sent_at") == [
        "Newsletter(title:str,recipients:str,sent_at:datetime)"
    ]


def test_a_plural_of_people_carried_still_counts_them() -> None:
    assert reading("Create flights with code, passengers, departs_at") == (
        Intent.CREATE_ENTITY,
        ["Flight(code:str,passengers:int,departs_at:datetime)"],
    )


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Plan: name, monthly price", Intent.CREATE_ENTITY,
         ["Plan(name:str,monthly_price:decimal)"]),
        ("build: commit_sha, branch, duration_seconds int", Intent.CREATE_ENTITY,
         ["Build(commit_sha:str,branch:str,duration_seconds:int)"]),
        ("Schedule: name, cron_expr, owner", Intent.CREATE_ENTITY,
         ["Schedule(name:str,cron_expr:str,owner:str)"]),
        ("Build: drop queue_position", Intent.REMOVE_FIELDS, ["Build(queue_position:str)"]),
        ("Tiers and Plans. Tier: label. Plan: name, price. A plan has one tier.",
         Intent.CREATE_ENTITY,
         ["Tier(label:str)", "Plan(name:str,price:decimal) many_to_one>Tier"]),
    ],
)  # fmt: skip
def test_a_word_that_is_also_a_verb_heads_its_list(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Track our geese: name, age", Intent.CREATE_ENTITY, ["Goose(name:str,age:int)"]),
        ("Create: name, price", Intent.ADD_FIELDS, ["(create_name:str,price:decimal)"]),
        ("Book: title, isbn", Intent.CREATE_ENTITY, ["Book(title:str,isbn:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_verb_heading_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("can you make an on call handovers thing, fields: given_by, taken_by",
         Intent.CREATE_ENTITY, ["OnCallHandover(given_by:str,taken_by:str)"]),
        ("track the on duty porters with name and ward", Intent.CREATE_ENTITY,
         ["OnDutyPorter(name:str,ward:str)"]),
        ("add a pager number to the on call surgeon", Intent.ADD_FIELDS,
         ["OnCallSurgeon(pager_number:str)"]),
    ],
)  # fmt: skip
def test_a_spaced_on_call_after_an_article_is_one_modifier(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_phone_on_call_records_keeps_its_reading() -> None:
    assert reading("put a phone on call records") == (Intent.ADD_FIELDS, ["Call(phone:str)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a parcels table with barcode, weight and created_at",
         ["Parcel(barcode:str,weight:float,created_at:datetime)"]),
        ("Create a parcels table with barcode and created_by",
         ["Parcel(barcode:str,created_by:str)"]),
    ],
)  # fmt: skip
def test_created_at_in_a_table_request_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_tables_created_at_start_up_stay_a_constraint() -> None:
    assert reading("the tables must be created when the app starts") == (
        Intent.CREATE_ENTITY,
        [],
    )


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add an endpoint url to Hook", Intent.ADD_FIELDS, ["Hook(endpoint_url:str)"]),
        ("rename link to endpoint_path on Hook", Intent.RENAME_FIELD,
         ["Hook(endpoint_path:str<link)"]),
    ],
)  # fmt: skip
def test_an_endpoint_url_is_a_field(request_text: str, intent: Intent, expected: list[str]) -> None:
    assert read_right(request_text, intent) == expected


def test_rest_endpoints_stay_how_to_build() -> None:
    assert reading("expose REST endpoints for the hooks") == (Intent.CREATE_ENTITY, [])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Schedule { cron: str, owner: str }", ["Schedule(cron:str,owner:str)"]),
        ("Pump {\n  serial: str\n  last_serviced_at: datetime  // nullable\n}",
         ["Pump(serial:str,last_serviced_at:datetime?)"]),
        ("Kiosk {\n  name: str\n  opened_at: datetime  // optional\n  notes: str // free text\n}",
         ["Kiosk(name:str,opened_at:datetime?,notes:str)"]),
    ],
)  # fmt: skip
def test_code_written_listings_read_as_their_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Alarm { code: str, armed: bool }", ["Alarm(code:str,armed:bool)"]),
        ("Kiosk: name, homepage", ["Kiosk(name:str,homepage:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_code_listings_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Need Kiosks (name, floor int) and Tills (code, drawer int) -- not linked for now",
        "Need Kiosks (name, floor int) and Tills (code, drawer int) -- thanks",
    ],
)
def test_a_remark_after_two_hyphens_leaves_both_lists_whole(request_text: str) -> None:
    assert read_right(request_text) == ["Kiosk(name:str,floor:int)", "Till(code:str,drawer:int)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Reminder: title, warn_before_days (int)", ["Reminder(title:str,warn_before_days:int)"]),
        ("retry policies with name, retry after seconds (int)",
         ["RetryPolicy(name:str,retry_after_seconds:int)"]),
    ],
)  # fmt: skip
def test_a_typed_wait_before_or_after_in_a_unit_is_a_number_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_an_untyped_wait_before_in_a_unit_is_not_made_a_field() -> None:
    assert reading("Reminder: title, warn before days") == (Intent.CREATE_ENTITY, [])
