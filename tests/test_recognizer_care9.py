"""Readings of clinic and care-home staff: letters of a name, lists, links.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add GMC number to Doctor", Intent.ADD_FIELDS, ["Doctor(gmc_number:str)"]),
        (
            "add DBS issue date and DBS status to Carer",
            Intent.ADD_FIELDS,
            ["Carer(dbs_issue_date:date,dbs_status:str)"],
        ),
        (
            "make SMS consent optional on Resident",
            Intent.MODIFY_FIELDS,
            ["Resident(sms_consent:str?)"],
        ),
    ],
)
def test_letters_ending_in_s_are_a_name_not_a_plural(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "NHS number", "DBS check": an initialism ends in S without being the plural of "nh"."""
    assert read_right(request_text, intent) == expected


def test_a_plural_before_a_list_still_heads_it() -> None:
    """ "nurses name ward and band": a real plural still takes the run-on list as its fields."""
    assert reading("nurses name ward and band")[1] == ["Nurse(name:str,ward:str,band:str)"]


@pytest.mark.parametrize("which", ["wich", "whcih", "wihch"])
def test_which_typed_in_a_hurry_still_opens_a_clause(which: str) -> None:
    """ "notes wich can be blank": the remark is about the field, never part of its name."""
    shape = read_right(f"create visits with carer name, visit date and notes {which} can be blank")
    assert shape == ["Visit(carer_name:str,visit_date:date,notes:str?)"]


def test_which_spelt_right_keeps_its_reading() -> None:
    shape = read_right("create visits with carer name, visit date and notes which can be blank")
    assert shape == ["Visit(carer_name:str,visit_date:date,notes:str?)"]


@pytest.mark.parametrize("joiner", ["and", "or"])
def test_no_abbreviated_for_number_goes_on_with_the_list(joiner: str) -> None:
    """ "room no. and ward": the full stop of "no." ends no sentence before "and"."""
    shape = read_right(f"create inpatients with name, bed no. {joiner} ward")
    assert shape == ["Inpatient(name:str,bed_no:str,ward:str)"]


def test_no_of_still_reads_as_one_item() -> None:
    assert read_right("create wards with name and no. of beds") == ["Ward(name:str,beds:int)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "every session is with a single therapist, so link sessions to therapists",
        "Link sessions to therapists. Each session belongs to one therapist.",
    ],
)
def test_a_count_said_of_the_pair_outweighs_the_plural_of_the_ask(request_text: str) -> None:
    """The plural of "link sessions to therapists" is no count; "a single" said is one."""
    assert reading(request_text) == (
        Intent.ADD_RELATIONSHIP,
        ["Session() many_to_one>Therapist"],
    )


def test_a_count_said_of_another_pair_leaves_the_ask_many_to_many() -> None:
    assert reading("each session belongs to one therapist, and link sessions to rooms")[1] == [
        "Session() many_to_one>Therapist many_to_many>Room"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create handover notes for wards with ward name, shift and concerns",
            "HandoverNote(ward_name:str,shift:str,concerns:str)",
        ),
        (
            "create seating preferences for guests with guest name and table",
            "SeatingPreference(guest_name:str,table_value:str)",
        ),
    ],
)
def test_things_kept_for_other_things_are_the_records(request_text: str, expected: str) -> None:
    """ "care plans for residents": a plural head is the record, kept for the plural after."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("a booking system for treatment rooms with name and floor", "TreatmentRoom"),
        ("a register for wheelchairs with serial and size", "Wheelchair"),
    ],
)
def test_a_frame_for_things_still_keeps_the_things(request_text: str, expected: str) -> None:
    assert reading(request_text)[1][0].startswith(f"{expected}(")


@pytest.mark.parametrize("request_text", ["Make GMC number mandatory", "make DBS status optional"])
def test_letters_before_a_field_name_no_owner(request_text: str) -> None:
    """ "Make NHS number mandatory": the capitals name the number; no entity is said, so ask."""
    result = read(request_text)
    assert result.status == "needs_clarification" and "entity" in result.missing
    assert [e.name for e in result.entities] == [""]


def test_an_owner_before_its_field_is_still_the_entity() -> None:
    assert read_right("make ward phone optional", Intent.MODIFY_FIELDS) == ["Ward(phone:str?)"]


@pytest.mark.parametrize(
    "intro",
    [
        "Please add the following to Ward:",
        "Add these fields to Ward:",
        "add the following columns on the Ward:",
    ],
)
def test_the_following_points_at_the_list_and_names_nothing(intro: str) -> None:
    """ "add the following to X:" adds the list below to X; "the following" is no entity."""
    request_text = f"{intro}\n- sister in charge\n- bed count (integer, optional)"
    shape = read_right(request_text, Intent.ADD_FIELDS)
    assert shape == ["Ward(sister_in_charge:str,bed_count:int?)"]


def test_add_to_a_place_with_a_list_keeps_its_reading() -> None:
    shape = read_right("Add to Ward:\n- sister in charge\n- bed count (integer)", Intent.ADD_FIELDS)
    assert shape == ["Ward(sister_in_charge:str,bed_count:int)"]


def test_a_plural_modifying_a_frame_leaves_the_things_after_for() -> None:
    """ "a referrals desk app for referral letters": the app is the head, not "referrals"."""
    shape = reading("Create a referrals desk app for referral letters with sender and date")[1]
    assert shape[0].startswith("ReferralLetter(")


@pytest.mark.parametrize(
    "duty",
    [
        "Must follow NICE guidance on infection control",
        "must comply with GDPR",
        "Call back within 2 working days.",
    ],
)
def test_a_duty_under_the_list_is_a_rule_not_an_entity(duty: str) -> None:
    """A regulation to meet or a deadline to answer in names no data: the list's entity stays."""
    request_text = (
        "Falls log\n\nRecord for each fall:\n- resident name\n- fell at (datetime)\n"
        f"- injury (yes/no)\n\nRules:\n- {duty}"
    )
    shape = read_right(request_text)
    assert shape == ["Fall(resident_name:str,fell_at:datetime,injury:bool)"], shape


def test_a_field_said_with_within_keeps_its_reading() -> None:
    shape = read_right("Create refunds with order number and refunded within 14 days (yes/no)")
    assert shape == ["Refund(order_number:str,refunded_within_14_days:bool)"]


@pytest.mark.parametrize("header", ["Record for each handover:", "For every handover record:"])
def test_for_each_before_a_list_names_what_each_record_is(header: str) -> None:
    """ "Record for each handover:" heads the fields of a handover; "for" names nothing."""
    shape = read_right(f"Shift notes\n\n{header}\n- ward\n- given by\n- concerns (optional)")
    assert shape == ["Handover(ward:str,given_by:str,concerns:str?)"], shape


def test_rules_asked_for_as_a_thing_keep_their_name() -> None:
    """Only "Rules:" alone on its line heads a section; rules with fields are still Rule."""
    assert read_right("Create rules with name and priority (integer)") == [
        "Rule(name:str,priority:int)"
    ]


@pytest.mark.parametrize("title", ["Hoist checks (ground floor)", "Hoist checks (nights only):"])
def test_a_remark_in_brackets_after_a_title_leaves_it_heading_the_list(title: str) -> None:
    """ "Equipment loans (physio dept)": where or for whom, in brackets, is no part of it."""
    shape = read_right(f"{title}\n\n- hoist id\n- checked at (datetime)\n- passed (yes/no)")
    assert shape == ["HoistCheck(hoist_id:str,checked_at:datetime,passed:bool)"], shape


def test_a_title_without_brackets_keeps_heading_the_list() -> None:
    shape = read_right("Hoist checks\n\n- hoist id\n- checked at (datetime)\n- passed (yes/no)")
    assert shape == ["HoistCheck(hoist_id:str,checked_at:datetime,passed:bool)"], shape


def test_lines_under_a_heading_and_a_blank_line_list_its_fields() -> None:
    """A heading, a blank line, one field per line, then notes: the paragraph is the list
    ("Length mm", a measure with its unit, is a number, as the corpus labels weight_kg)."""
    request_text = (
        "Wound assessments\n\nResident name\nWound site\nLength mm\nAssessed on (date)\n\n"
        "Photos are stored elsewhere."
    )
    assert read_right(request_text) == [
        "WoundAssessment(resident_name:str,wound_site:str,length_mm:float,assessed_on:date)"
    ]


def test_sentences_under_a_heading_are_no_list() -> None:
    result = read("Handover\n\nThe night staff are busy\nThe app is slow\nPlease help")
    assert result.status == "needs_clarification"
    assert not any(e.name == "Handover" and e.attributes for e in result.entities)


@pytest.mark.parametrize("header", ["Fields required:", "Required fields:", "Fields needed -"])
def test_which_fields_said_around_the_word_fields_heads_the_list(header: str) -> None:
    """ "Fields required:" heads the list as "Fields:" does; "required" names no entity."""
    request_text = (
        f"Hoist checks\n\n{header}\n- hoist id\n- checked at (datetime)\n- passed (yes/no)"
    )
    assert read_right(request_text) == ["HoistCheck(hoist_id:str,checked_at:datetime,passed:bool)"]


def test_the_fields_header_alone_keeps_its_reading() -> None:
    request_text = "Hoist checks\n\nFields:\n- hoist id\n- checked at (datetime)\n- passed (yes/no)"
    assert read_right(request_text) == ["HoistCheck(hoist_id:str,checked_at:datetime,passed:bool)"]
