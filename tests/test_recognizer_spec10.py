"""Families of misreads found in the fresh-hh batch: formal specifications (procurement,
compliance and quality writers: "The system shall …", defined terms in capitals, terse
change lines).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


# --- a defined term in capitals ending in a word for a kind of record is one name -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The system shall record each INCIDENT RECORD with REPORTED DATE and SEVERITY.",
         "IncidentRecord"),
        ("Journal Entry: posting date, amount (currency), narration.", "JournalEntry"),
        ("Visa Application: lodged date should be mandatory.", "VisaApplication"),
        ("New entity Rebate Application: claim date, amount.", "RebateApplication"),
        ("New entity service record: service date, odometer.", "ServiceRecord"),
    ],
)  # fmt: skip
def test_a_capitalised_record_term_is_kept_whole(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert [s.split("(")[0] for s in shape] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # lower case: the records of patients, the app for bookings
        ("Track patient records with name and date of birth", "Patient"),
        ("New entity Kiln: firing temperature, capacity.", "Kiln"),
        ("Create an entity for freight lanes with origin and destination", "FreightLane"),
    ],
)  # fmt: skip
def test_counterparts_keep_their_reading(request_text: str, expected: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY
    assert [s.split("(")[0] for s in shape] == [expected]


def test_a_request_typed_in_capitals_has_no_defined_terms() -> None:
    _, shape = reading("TRACK EACH TRAINING RECORD WITH NAME AND DATE")
    assert [s.split("(")[0] for s in shape] == ["Training"]


# --- a terse change line: entity, one field, what becomes of it, dashes or colons between -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Boiler — flue type: optional.", "Boiler(flue_type:str?)"),
        ("Boiler: serial number — make mandatory.", "Boiler(serial_number:str)"),
        ("Boiler: rated output — change type from text to decimal.",
         "Boiler(rated_output:decimal)"),
        ("Boiler: rated output to be a decimal.", "Boiler(rated_output:decimal)"),
    ],
)  # fmt: skip
def test_a_terse_change_line_is_the_change(request_text: str, expected: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.MODIFY_FIELDS
    assert shape == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # fields listed after the dash make the thing
        ("Boiler — serial number, rated output, last service", ["serial_number", "rated_output",
                                                                "last_service"]),
        ("Boiler: serial number, rated output (decimal)", ["serial_number", "rated_output"]),
    ],
)  # fmt: skip
def test_a_listed_thing_after_a_dash_is_still_made(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.CREATE_ENTITY
    assert [a.name for a in result.entities[0].attributes] == expected


# --- a requirement says an extension in the passive, the thing extended first ------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The Boiler entity shall be amended to capture a flue type and a rated output.",
        "The Boiler record must be extended to include a flue type and a rated output.",
        "The Boiler entity should be expanded with a flue type and a rated output.",
    ],
)
def test_a_passive_extension_adds_fields(request_text: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.ADD_FIELDS
    assert shape == ["Boiler(flue_type:str,rated_output:str)"]


def test_the_system_extended_is_no_entity() -> None:
    assert read("The system shall be extended to include reporting.").entities == ()


# --- a wish to comply with a rule names no thing: asked ----------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Ensure the system complies with ISO 14001.",
        "Make sure the app conforms to AS 4360.",
        "The platform must comply with the Spam Act.",
    ],
)
def test_a_wish_to_comply_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert result.entities == ()


def test_a_thing_named_for_compliance_is_still_kept() -> None:
    intent, shape = reading("Track compliance checks with check date and result.")
    assert intent == Intent.CREATE_ENTITY
    assert shape == ["ComplianceCheck(check_date:date,result:str)"]


# --- stopping collecting a value removes it; an occasion before a comma is background --------
@pytest.mark.parametrize(
    "request_text",
    [
        "Following the audit by the Fair Work Ombudsman, we have been asked to stop collecting "
        "the home phone on Contractors.",
        "Please stop capturing the home phone on contractors.",
        "After the review by the board, we'd like to stop collecting the home phone on "
        "Contractors.",
    ],
)
def test_stopping_collecting_a_value_removes_it(request_text: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.REMOVE_FIELDS
    assert shape == ["Contractor(home_phone:str)"]


def test_an_occasion_before_a_comma_leaves_the_thing_made() -> None:
    intent, shape = reading(
        "Following the audit, we need to track findings with title and due date."
    )
    assert intent == Intent.CREATE_ENTITY
    assert shape == ["Finding(title:str,due_date:date)"]


# --- a requirement's removal in the passive, with why it goes said first --------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("The locker code field shall be removed from the Member entity.",
         Intent.REMOVE_FIELDS, ["Member(locker_code:str)"]),
        ("The locker code is obsolete and must be deleted from Member.",
         Intent.REMOVE_FIELDS, ["Member(locker_code:str)"]),
        ("The Pager field is redundant on the Nurse entity and shall be removed.",
         Intent.REMOVE_FIELDS, ["Nurse(pager:str)"]),
        ("The Locker Booking entity shall be retired and deleted.",
         Intent.REMOVE_ENTITY, ["LockerBooking()"]),
    ],
)  # fmt: skip
def test_a_passive_removal_removes(request_text: str, intent: Intent, expected: list[str]) -> None:
    assert reading(request_text) == (intent, expected)


def test_a_rule_to_delete_old_rows_removes_nothing() -> None:
    assert read("Cancelled bookings must be deleted after 90 days.").entities == ()


# --- a register of things whose plural has no -s, then the keeping verb and the fields --------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep a register of equipment recording the asset tag, location and purchase date.",
         ["Equipment(asset_tag:str,location:str,purchase_date:date)"]),
        ("Maintain a register of sheep recording tag number, breed and weight.",
         ["Sheep(tag_number:str,breed:str,weight:float)"]),
    ],
)  # fmt: skip
def test_a_register_of_things_recording_fields(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_keeping_word_inside_a_field_after_with_stays_the_field() -> None:
    # "with tracking number": the list opened by "with", its first field a gerund compound
    assert reading("Create a system for parcels with tracking number, weight and sent date") == (
        Intent.CREATE_ENTITY,
        ["Parcel(tracking_number:str,weight:float,sent_date:date)"],
    )
