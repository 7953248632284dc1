"""Letting agents', landlords' and building crews' requests (ie14): where a reader went wrong.

Every request here is written for this file (none is copied from the corpus). Each family is a
way people write that read wrong; its counterparts keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import plural, singular
from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


# --- a compound of "people" is a plural of "person" ---------------------------------------------
@pytest.mark.parametrize(
    ("word", "one"),
    [("tradespeople", "tradesperson"), ("salespeople", "salesperson"), ("people", "person"),
     ("Craftspeople", "Craftsperson"), ("steeples", "steeple")],
)  # fmt: skip
def test_a_compound_of_people_is_the_plural_of_its_person(word: str, one: str) -> None:
    assert singular(word) == one


def test_the_plural_of_a_compound_of_person_is_its_people() -> None:
    assert plural("salesperson") == "salespeople"
    assert plural("person") == "people"
    assert plural("parson") == "parsons"  # counterpart: "-son" is no compound of "person"


def test_a_list_of_tradespeople_keeps_one_tradesperson_each() -> None:
    assert read_right("A register of the craftspeople we hire: name, craft and day rate") == [
        "Craftsperson(name:str,craft:str,day_rate:decimal)"
    ]


# --- what is done to a place, said after it, keeps the place in the name ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log cycle store inspections with inspection date, inspector name and a pass flag",
         ["CycleStoreInspection(inspection_date:date,inspector_name:str,pass_value:bool)"]),
        ("Track coffee shop audits with audit date and a score",
         ["CoffeeShopAudit(audit_date:date,score:float)"]),
        ("I want to record boxing club visits with visitor name and visit date",
         ["BoxingClubVisit(visitor_name:str,visit_date:date)"]),
    ],
)  # fmt: skip
def test_checks_and_visits_of_a_place_keep_the_place(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # (in the plural after a business the whole compound names them, as the corpus labels
        # say since if14: "barber shop customers" is BarberShopCustomer; the singular head
        # before a frame leaves the business as where)
        ("Keep a barber shop customer list with name and phone", ["Customer(name:str,phone:str)"]),
        ("Keep a dental practice appointment log with patient name and appointment date",
         ["Appointment(patient_name:str,appointment_date:date)"]),
    ],
)  # fmt: skip
def test_the_people_and_things_a_business_keeps_are_still_named_alone(
    request_text: str, expected: list[str]
) -> None:
    # counterparts: the setting is where the things are kept, not what is done to
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- a participle after "first", "last", "next" qualifies the noun after it ----------------------
@pytest.mark.parametrize(
    ("item", "field"),
    [("first missed payment date", "first_missed_payment_date:date"),
     ("last completed inspection date", "last_completed_inspection_date:date"),
     ("next planned visit date", "next_planned_visit_date:date")],
)  # fmt: skip
def test_a_participle_after_an_ordinal_stays_in_one_field(item: str, field: str) -> None:
    request_text = f"Deposit disputes:\n- tenant name\n- {item}\n- notes"
    assert reading(request_text) == (
        Intent.CREATE_ENTITY,
        [f"DepositDispute(tenant_name:str,{field},notes:str)"],
    )


def test_a_participle_after_a_noun_still_ends_its_field() -> None:
    # counterpart: "keys returned" names one field, "deposit" the next (a missing comma)
    assert reading("Deposit disputes:\n- tenant name\n- keys returned deposit") == (
        Intent.CREATE_ENTITY,
        ["DepositDispute(tenant_name:str,keys_returned:int,deposit:decimal)"],
    )


# --- a word mostly said as an adjective, the subject of a link -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each flat belongs to one freeholder", ["Flat() many_to_one>Freeholder"]),
        ("A flat can have a caretaker", ["Flat() many_to_one>Caretaker"]),
        ("Every flat is let by a single agent", ["Flat() many_to_one>Agent"]),
    ],
)  # fmt: skip
def test_a_subject_after_each_with_its_verb_is_a_noun(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_an_adjective_before_its_noun_is_still_a_modifier() -> None:
    # counterpart: "flat" qualifies the fee after it; the link is the fee's
    assert reading("Each flat fee belongs to one tariff") == (
        Intent.ADD_RELATIONSHIP,
        ["FlatFee() many_to_one>Tariff"],
    )


# --- a field named by two nouns of time ("week start date") --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log lift checks with week start date, engineer name and a done flag",
         ["LiftCheck(week_start_date:date,engineer_name:str,done:bool)"]),
        ("Shifts: day start time, porter name, lodge",
         ["Shift(day_start_time:datetime,porter_name:str,lodge:str)"]),
    ],
)  # fmt: skip
def test_a_field_opened_by_two_nouns_of_time_is_a_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "for every X we need …": X is the record, however much it sounds like a value ---------------
def test_a_record_said_after_for_every_is_the_thing_kept() -> None:
    assert accepted(
        "For every deposit payment we record the following: tenant name, amount paid, paid on"
    ) == ["DepositPayment(tenant_name:str,amount_paid:decimal,paid_on:date)"]


def test_a_value_word_read_as_the_thing_without_for_every_is_still_doubted() -> None:
    # counterpart: "amount" named as the thing with no "for every" keeps its doubt
    result = read("Amount: tenant name, paid on")
    assert result.status == "needs_clarification"


# --- why a field goes, said after a dash: what everyone or nobody does ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We don't need the fax on Landlord \u2014 everyone emails us instead.",
         ["Landlord(fax:str)"]),
        ("We don't need the pager on Caretaker \u2014 everybody carries a phone now.",
         ["Caretaker(pager:str)"]),
    ],
)  # fmt: skip
def test_what_everyone_does_after_a_dash_is_the_reason(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


# --- "turns out …", "apparently …": what the writer found out, before the ask ---------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Turns out we don't need the fax on Landlord anymore.",
        "Apparently we don't need the fax on Landlord anymore.",
        "We spoke to the agents. Turns out we don't need the fax on Landlord anymore.",
    ],
)
def test_what_the_writer_found_out_opens_the_ask(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == ["Landlord(fax:str)"]


# --- "nobody", "everybody": who does something is never a thing kept -----------------------------
@pytest.mark.parametrize(
    "request_text", ["Nobody carries one now.", "Somebody rings the office every week."]
)
def test_an_indefinite_pronoun_is_never_the_thing(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert all(e.name not in ("Nobody", "Somebody") for e in result.entities)


def test_a_pronoun_said_as_a_reason_leaves_the_change_read() -> None:
    # counterpart: the change before it keeps its reading
    assert accepted(
        "Take the pager off Caretaker. Nobody carries one now.", Intent.REMOVE_FIELDS
    ) == ["Caretaker(pager:str)"]


# --- a verb-like field opening a list after "we'd want" ("make, model …") ------------------------
def test_a_field_that_is_also_a_verb_opens_the_list_wanted_for_each_one() -> None:
    assert accepted(
        "Could you set up lifts? For each one we'd want make, serial and install date."
    ) == ["Lift(make:str,serial:str,install_date:date)"]


def test_a_verb_wanted_with_its_object_still_gets_its_to() -> None:
    # counterpart: "need record the …" is the verb with "to" left out, not a field
    assert reading("We need record the repairs with flat number and cost") == (
        Intent.CREATE_ENTITY,
        ["Repair(flat_number:str,cost:decimal)"],
    )


def test_what_others_were_found_to_think_stays_a_reason() -> None:
    # counterpart: "turns out the tenants …" is a finding about others, the reason for the ask
    assert accepted(
        "Turns out the tenants dislike the word unit. Can you rename the Unit entity to Flat?",
        Intent.RENAME_ENTITY,
    ) == ["Flat<Unit()"]


# --- a field said with "on" before "and" ("swapped on and engineer name") -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boiler swaps: old model, fitted on and fitter name",
         ["BoilerSwap(old_model:str,fitted_on:date,fitter_name:str)"]),
        ("Keep a record of lock changes: old lock, changed on and locksmith name",
         ["LockChange(old_lock:str,changed_on:date,locksmith_name:str)"]),
    ],
)  # fmt: skip
def test_a_time_said_with_on_before_and_is_a_field_not_an_owner(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_field_tracked_on_a_named_thing_is_still_added_to_it() -> None:
    # counterpart: "on meters" names the owner the field is added to
    assert accepted("Track the serial on meters", Intent.ADD_FIELDS) == ["Meter(serial:str)"]


# --- "On GasCheck there's a field called X. Could we rename it …": the thing by its own name -----
def test_a_field_said_to_be_there_on_a_named_thing_is_what_it_renames() -> None:
    assert accepted(
        "On GasCheck there's a field called flue reading. The fitters all say 'flue gas', "
        "so could we rename it to flue gas?",
        Intent.RENAME_FIELD,
    ) == ["GasCheck(flue_gas:str<flue_reading)"]


def test_a_field_said_to_be_there_on_a_marked_entity_still_renames() -> None:
    # counterpart: the same, with the thing marked as an entity
    assert accepted(
        "On the Boiler entity there's a field called flue reading. Could we rename it to flue gas?",
        Intent.RENAME_FIELD,
    ) == ["Boiler(flue_gas:str<flue_reading)"]


def test_a_field_said_to_be_there_on_a_form_is_not_read_as_a_thing() -> None:
    # counterpart: "the booking form" is a screen, not a thing named by its own name
    result = read(
        "On the booking form there's a field called notes. Could we rename it to remarks?"
    )
    assert result.status == "needs_clarification"


# --- "The X on Y — we put it in as …. Could it be …?": the field said first, before a dash --------
def test_a_field_said_before_a_dash_is_what_it_refers_to() -> None:
    assert accepted(
        "The ground rent on Lease \u2014 we set it up as text by mistake. Could it be a decimal?",
        Intent.MODIFY_FIELDS,
    ) == ["Lease(ground_rent:decimal)"]


def test_a_field_said_before_a_full_stop_still_is_what_it_refers_to() -> None:
    # counterpart: the same topic ended by a full stop
    assert accepted(
        "The ground rent on Lease was set up as text by mistake. Could it be a decimal?",
        Intent.MODIFY_FIELDS,
    ) == ["Lease(ground_rent:decimal)"]


# --- "Move our X sheet into the app — columns are …": the columns after a dash --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Move our Viewings sheet into the app \u2014 columns are viewing date, flat and agent",
         ["Viewing(viewing_date:date,flat:str,agent:str)"]),
        ("Put the Gas Certs spreadsheet into the system \u2014 the columns are flat, issued on "
         "and engineer", ["GasCert(flat:str,issued_on:date,engineer:str)"]),
    ],
)  # fmt: skip
def test_columns_said_after_a_dash_are_the_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_columns_said_after_a_full_stop_still_are_the_fields() -> None:
    # counterpart: the same, the sentence ended by a full stop
    assert read_right(
        "Move our Viewings sheet into the app. Columns are viewing date, flat and agent"
    ) == ["Viewing(viewing_date:date,flat:str,agent:str)"]


# --- a new type said with the unit it counts in ("a whole number of minutes") ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want the visit length on Inspection to be a whole number of minutes",
         ["Inspection(visit_length:int)"]),
        ("Make the call out time on Repair a whole number of hours", ["Repair(call_out_time:int)"]),
    ],
)  # fmt: skip
def test_a_type_said_with_its_unit_is_the_new_type(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_type_said_without_a_unit_still_is_the_new_type() -> None:
    # counterpart: no unit after the type
    assert accepted(
        "I want the visit length on Inspection to be a whole number", Intent.MODIFY_FIELDS
    ) == ["Inspection(visit_length:int)"]


# --- a list written without bullets under a line ending in a colon --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Gas safety checks:\nflat number\nchecked on\nengineer name",
         ["GasSafetyCheck(flat_number:str,checked_on:date,engineer_name:str)"]),
        ("Tenants:\nname\nphone\nemail", ["Tenant(name:str,phone:str,email:email)"]),
    ],
)  # fmt: skip
def test_short_names_on_lines_under_a_colon_are_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_short_names_under_a_colon_read_as_bullets_would() -> None:
    # counterpart: the same list with bullets keeps its reading
    assert accepted("Tenants:\n- name\n- phone\n- email") == [
        "Tenant(name:str,phone:str,email:email)"
    ]


def test_one_bare_line_under_a_colon_is_no_list() -> None:
    # counterpart: a single line under the colon is not a list of names
    result = read("Tenants:\nname")
    assert result.status == "needs_clarification"
