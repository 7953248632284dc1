"""Type and required changes as other people type them: a type said with a word that only
stresses it ("a proper date", "plain text", "a full timestamp", "a floating point number", "a
date-time", "a yes/no flag"), the old type said after ("rather than", "not just"), the terse
"field: change" line, and a PascalCase thing glued to its field.

Every request here is written for this file, in trades the tuning batch (archery, glass
blowing) does not use: couriers, bakeries, dog kennels, libraries, boatyards, dentists, choirs,
beekeeping, tailoring, vineyards. What a person relies on: the change is read as the change
meant, on the right thing, and the wordings next to it that say something else keep their
reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

MODIFY = Intent.MODIFY_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a stressed type word is that type (the adjective read as a field of its own)
        (
            "Parcel: make the shipped date a proper date instead of a string.",
            "Parcel(shipped_date:date)",
        ),
        ("Make the due date on Loan an actual date.", "Loan(due_date:date)"),
        (
            "Gift message on Order was made a number; make it plain text instead.",
            "Order(gift_message:str)",
        ),
        ("Make notes on Kennel plain text.", "Kennel(notes:str)"),
        (
            "Invoice: make issued at a full timestamp instead of a date.",
            "Invoice(issued_at:datetime)",
        ),
        (
            "Parcel: sent at should be a full timestamp instead of a date.",
            "Parcel(sent_at:datetime)",
        ),
        ("Make weight on Hive a floating point number.", "Hive(weight:float)"),
        ("Vine: make the yield a floating-point value, not an integer", "Vine(yield_value:float)"),
        ("Kennel: make the run length a real number, not a string", "Kennel(run_length:float)"),
        (
            "Invoice: the total should be a proper decimal rather than text.",
            "Invoice(total:decimal)",
        ),
        # the date-and-time compounds, the flag, and the old type said after
        (
            "Appointment: booked for should be a date and time, not just a date.",
            "Appointment(booked_for:datetime)",
        ),
        ("Make starts at on the Rehearsal entity a date-time.", "Rehearsal(starts_at:datetime)"),
        (
            "On Voyage, change departs at to a date and time rather than a plain date.",
            "Voyage(departs_at:datetime)",
        ),
        (
            "Tailor: change fitted at to a datetime rather than a date.",
            "Tailor(fitted_at:datetime)",
        ),
        ("Member.active should be a true/false flag, not a text field.", "Member(active:bool)"),
        ("Visit: change arrived to a yes/no flag", "Visit(arrived:bool)"),
    ],
)
def test_stressed_type_is_that_type(request_text: str, expected: str) -> None:
    assert accepted(request_text, MODIFY) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the terse "field: change" line, its owner first or after "on"
        ("Order total: change to decimal", "Order(total:decimal)"),
        ("guest count on Booking: change to a whole number", "Booking(guest_count:int)"),
        ("wing span on Bird: change to float", "Bird(wing_span:float)"),
        ("hive queen notes: allow blank", "Hive(queen_notes:str?)"),
        ("notes on the Kennel: can be left blank", "Kennel(notes:str?)"),
        ("Patient email: not null, please.", "Patient(email:email)"),
        ("Chorister voice part: required, please", "Chorister(voice_part:str)"),
        ("Boat mooring number: make it not required", "Boat(mooring_number:str?)"),
        # a state said negated is its opposite
        ("Lesson fee on Lesson must not be optional.", "Lesson(lesson_fee:decimal)"),
        ("Choir: the voice part should not be required any more.", "Choir(voice_part:str?)"),
        ("Notes on Hive shouldn't be mandatory.", "Hive(notes:str?)"),
        # a PascalCase thing glued to its field before what the field should be
        ("SightMark distance must be an integer.", "SightMark(distance:int)"),
        ("PaymentPlan deposit should be optional.", "PaymentPlan(deposit:decimal?)"),
        ("Hi. GiftCard expiry date should now be a date.", "GiftCard(expiry_date:date)"),
        ("WineBarrel fill level should be decimal, not int.", "WineBarrel(fill_level:decimal)"),
    ],
)
def test_terse_field_change(request_text: str, expected: str) -> None:
    assert accepted(request_text, MODIFY) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "plain text" naming the field, not its type: kept
        ("Add a plain text note to Order.", (Intent.ADD_FIELDS, ["Order(plain_text_note:str)"])),
        # a listed "date and time" and an added one keep their reading
        (
            "Booking: date and time, guests",
            (Intent.CREATE_ENTITY, ["Booking(datetime_value:datetime,guests:int)"]),
        ),
        (
            "Add a date and time to Booking.",
            (Intent.ADD_FIELDS, ["Booking(datetime_value:datetime)"]),
        ),
        # "rather than" with no type before it is no old type
        ("Rename the client to customer rather than a patron.", None),
        # a terse line's name, type and "rather than" old type keeps its reading
        ("Stall: depth float rather than text", (MODIFY, ["Stall(depth:float)"])),
        # a bracketed "should not be empty" in a create's list stays a create's
        (
            "Patients: name, phone (should not be empty)",
            (Intent.CREATE_ENTITY, ["Patient(name:str,phone:str)"]),
        ),
        # a bare state after a capital's field is a field of a list, added (house chg57)
        ("Tip amount: optional", (Intent.ADD_FIELDS, None)),
        # a list after a colon is a create's, not a change
        ("Customer: email, required", (Intent.CREATE_ENTITY, None)),
        # a PascalCase thing before something that is no type or required-ness
        ("ColorRod records should be kept for a year.", None),
    ],
)
def test_near_misses_keep_their_reading(request_text: str, expected) -> None:
    intent, shape = reading(request_text)
    if expected is None:
        assert intent != MODIFY or not shape or "(" not in shape[0] or shape[0].startswith("(")
        return
    want_intent, want_shape = expected
    assert intent == want_intent
    if want_shape is not None:
        assert shape == want_shape
