"""Recall where the reader read too little: four shapes that were asked about for no reason.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- a first line that only names the document ("Tool hire log", "Bakery requirements") over
  lines that give a thing its fields is a title, not a second thing made without fields;
- a thing mentioned first ("the loans of library books") and then given its fields in other
  words for the same thing ("each library book loan has …") is one thing;
- "the field 'ref' on Invoice, call it 'invoice number'" renames the field said before, as
  "rename it to …" does, but a name given on condition or said of oneself is no order;
- "please add a boat register, each boat has …" asks for the boats to be kept (a register is
  no field), while "add a service log to Van" stays a field of Van.

Vague requests, questions and chat stay asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- a heading line that names the document ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tool hire log\nhires: tool name, hirer, hired on, returned (yes/no)",
         ["Hire(tool_name:str,hirer:str,hired_on:date,returned:bool)"]),
        ("Seed library requirements\nSeed packets: variety, harvest year, price",
         ["SeedPacket(variety:str,harvest_year:int,price:decimal)"]),
        ("Church hall register\nbookings: hirer name, event date, fee",
         ["Booking(hirer_name:str,event_date:date,fee:decimal)"]),
    ],
)  # fmt: skip
def test_a_heading_that_names_the_document_is_no_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_heading_said_as_a_place_is_kept_as_a_rule() -> None:
    result = read("Village pond survey\nnewts have a count, a survey date and a surveyor")
    assert shape(result) == ["Newt(count:int,survey_date:date,surveyor:str)"]
    assert "Village pond survey" in result.business_rules


def test_a_heading_naming_other_things_in_the_plural_stays_asked() -> None:
    # "Suppliers" over invoices may be a thing wanted too: asked, never dropped
    result = read("Suppliers\ninvoices have a number and a total")
    assert result.status == "needs_clarification"
    assert "Supplier" in [e.name for e in result.entities]


def test_a_heading_over_a_change_or_over_nothing_is_left_as_it_was() -> None:
    assert read("Bakery\nplease sort out the bread thing").status == "needs_clarification"
    assert read_right("Greenhouse fixes\nremove the vent code from Bench", Intent.REMOVE_FIELDS)


# --- a thing mentioned, then declared in other words -------------------------------------------
def test_x_of_y_then_y_x_with_fields_is_one_thing() -> None:
    assert accepted(
        "We keep the loans of library books. Each library book loan has a due date and a "
        "borrower name."
    ) == ["LibraryBookLoan(due_date:date,borrower_name:str)"]


def test_a_state_said_before_the_thing_is_the_same_thing() -> None:
    result = read(
        "The system shall record each returned Hire Bike. A Hire Bike record must contain: "
        "frame number, colour, returned on."
    )
    assert shape(result) == ["HireBike(frame_number:str,colour:str,returned_on:date)"]


def test_a_second_thing_asked_for_in_the_same_breath_stays_asked() -> None:
    result = read("Create users and admin users. Admin users have a level and a badge number.")
    assert result.status == "needs_clarification"
    assert "User" in [e.name for e in result.entities]


def test_a_kind_of_a_thing_kept_is_not_taken_for_it() -> None:
    result = read("Track customers. Each trade customer has a discount and a credit limit.")
    assert result.status == "needs_clarification"


# --- "the field F, call it G" ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("In the Barge the field 'deck' call it 'deck area' please", ["Barge(deck_area:str<deck)"]),
        ("the field \"lvl\" on Climber, call it \"grade\"", ["Climber(grade:str<lvl)"]),
        ("For Tenant the column 'mob' could you call it 'mobile'", ["Tenant(mobile:str<mob)"]),
        ("the notes field on Patient, just call it 'clinical notes'",
         ["Patient(clinical_notes:str<notes)"]),
    ],
)  # fmt: skip
def test_call_it_renames_the_field_said_before(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "the field 'ref' on Invoice, call it 'invoice number' unless finance objects",
        "In the Kiln the field 'temp' call it 'peak temperature' if the potters agree",
        "the field 'ref' on Invoice is fine, nobody would call it anything else",
        "In the Kiln the field 'temp' is awful, I'd call it a disaster",
        "In the Kiln the field 'temp' we call it 'heat' in the studio",
        "In the Kiln the field 'temp' don't call it 'heat'",
        "I wonder what to call it",
        "what should we call it?",
        "call it a day",
    ],
)
def test_a_name_on_condition_denied_or_said_of_oneself_is_not_accepted(
    request_text: str,
) -> None:
    assert read(request_text).status == "needs_clarification"


# --- "add a X register" ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("please add a boat register, each boat has a name and a length",
         ["Boat(name:str,length:float)"]),
        ("add a key register too, each key has a tag and a holder",
         ["Key(tag:str,holder:str)"]),
        ("could you add a tenant directory, every tenant has a name and a flat number",
         ["Tenant(name:str,flat_number:str)"]),
    ],
)  # fmt: skip
def test_a_register_added_keeps_the_things_it_holds(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a service log to the Van entity", ["Van(service_log:str)"]),
        ("On the Van entity, please add a service log", ["Van(service_log:str)"]),
        ("Kennel: add a cleaning log", ["Kennel(cleaning_log:str)"]),
    ],
)
def test_a_log_added_to_a_thing_is_its_field(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "please add a visitor log",
        "add a change log",
        "should we add a visitor log?",
        "I don't want you to add a visitor log",
        "sort out the booking thing",
    ],
)
def test_a_register_alone_or_in_doubt_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- "works fine now": how a screen goes, said before the ask ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("The tenant form works fine now. Please remove the fax from Tenant",
         Intent.REMOVE_FIELDS, ["Tenant(fax:str)"]),
        ("the rota page runs well again, could you add a shift code to Shift",
         Intent.ADD_FIELDS, ["Shift(shift_code:str)"]),
    ],
)  # fmt: skip
def test_how_a_screen_works_now_links_nothing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_link_said_with_when_is_still_a_link() -> None:
    assert accepted("Mechanics work at garages now", Intent.ADD_RELATIONSHIP) == [
        "Mechanic() many_to_one>Garage"
    ]
    assert read("The invoice screen works fine now, thanks").status == "needs_clarification"


# --- ", it can be blank" after the one field asked for ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we need a deposit amount on each booking, it can be blank",
         ["Booking(deposit_amount:decimal?)"]),
        ("Boats need a sail number, it can be blank for dinghies", ["Boat(sail_number:str?)"]),
        ("each Hive needs a queen colour, it can be left empty", ["Hive(queen_colour:str?)"]),
    ],
)  # fmt: skip
def test_it_said_optional_after_a_comma_is_the_field_asked_for(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "we need a deposit amount on each booking, it can't be blank",
        "Cars need a plate, it is required",
    ],
)
def test_it_said_required_after_a_comma_keeps_the_field_required(request_text: str) -> None:
    result = read(request_text)
    assert all(a.required for e in result.entities for a in e.attributes)


def test_a_question_about_it_makes_nothing_optional() -> None:
    result = read("need a photo on each Listing, is it optional?")
    assert result.status == "needs_clarification"
