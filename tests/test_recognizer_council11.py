"""Readings of council, charity and community-group staff: counted applications, owners of two
words, fields named with "of" before a list, terse hyphen changes, quoted boxes, days open,
hedges before a colon.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Link each housing application to one officer", "HousingApplication"),
        ("Every parking application belongs to one resident", "ParkingApplication"),
        ("Each bursary application is for one student", "BursaryApplication"),
    ],
)
def test_a_counted_application_is_a_record(request_text: str, expected: str) -> None:
    """ "each housing application": an application counted one by one is a form filed, kept as
    a record; the app built is never counted."""
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


def test_a_counted_application_keeps_its_fields() -> None:
    shape = read_right("I want to log every bursary application with the student name and amount")
    assert shape == ["BursaryApplication(student_name:str,amount:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # counterparts: an application not counted may still be the software built
        ("Create a booking application for rooms with name and date", "Room("),
        ("Create loan applications with amount and date", "LoanApplication("),
    ],
)
def test_an_application_not_counted_keeps_its_reading(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert shape[0].startswith(expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The 'deposit' field on hall bookings is text. Can it be money?",
            ["HallBooking(deposit:decimal)"],
        ),
        (
            "The notes field on site visits is text at the moment - can it be optional?",
            ["SiteVisit(notes:str?)"],
        ),
    ],
)
def test_an_owner_of_two_words_before_is_text(request_text: str, expected: list[str]) -> None:
    """ "the deposit field on hall bookings is text": both words before the verb are the
    owner; the first alone ("Hall") would be another thing."""
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_an_owner_of_one_word_keeps_its_reading() -> None:
    shape = read_right(
        "The deposit field on bookings is wrong. Can it be a decimal?", Intent.MODIFY_FIELDS
    )
    assert shape == ["Booking(deposit:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Tenant: remove date of birth, emergency contact",
            ["Tenant(date_of_birth:date,emergency_contact:str)"],
        ),
        (
            "Applicant: remove country of origin, phone, email",
            ["Applicant(country_of_origin:str,phone:str,email:email)"],
        ),
    ],
)
def test_of_before_a_list_is_part_of_a_field_name(request_text: str, expected: list[str]) -> None:
    """ "remove date of birth, emergency contact": a list after "of" is a list of fields; the
    place a field goes from is one thing, never a list."""
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Remove the phone of landlord", ["Landlord(phone:str)"]),
        ("remove date of birth from Tenant", ["Tenant(date_of_birth:date)"]),
    ],
)
def test_of_before_one_owner_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("hall hires - deposit notes optional", ["HallHire(deposit_notes:str?)"]),
        ("tenants - mobile number nullable", ["Tenant(mobile_number:str?)"]),
        ("Donors - gift aid date required.", ["Donor(gift_aid_date:date)"]),
    ],
)
def test_a_hyphen_then_one_field_and_its_state_is_a_change(
    request_text: str, expected: list[str]
) -> None:
    """ "tenants - mobile number nullable": one line, the entity, a hyphen, one field and
    whether it may be empty, is the terse change said with a colon."""
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_hyphen_then_a_list_is_still_a_create() -> None:
    assert read_right("tenants - name, mobile number optional") == [
        "Tenant(name:str,mobile_number:str?)"
    ]


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_quoted_name_then_box_is_the_name(quote: str) -> None:
    """ "a 'access needs' box": what is quoted is the field's name, the box is the form's."""
    shape = read_right(f"add an {quote}access needs{quote} box to Visitor", Intent.ADD_FIELDS)
    assert shape == ["Visitor(access_needs:str)"]


def test_an_unquoted_box_keeps_its_reading() -> None:
    shape = read_right("add a parcel box number to Resident", Intent.ADD_FIELDS)
    assert shape == ["Resident(parcel_box_number:str)"]


def test_days_a_place_opens_are_text() -> None:
    """ "opening days", "trading days": which days, as opening hours are text."""
    shape = read_right("Create pantries with name, opening days and trading days")
    assert shape == ["Pantry(name:str,opening_days:str,trading_days:str)"]


def test_days_counted_keep_their_reading() -> None:
    shape = read_right("Create loans with name, notice days, trial days and business days")
    assert shape == ["Loan(name:str,notice_days:int,trial_days:int,business_days:int)"]


@pytest.mark.parametrize("hedge", ["really", "basically", "I think"])
def test_a_hedge_before_a_colon_still_opens_the_list(hedge: str) -> None:
    """ "the club needs two lists really: …": a hedge before the colon softens the ask."""
    shape = read_right(
        f"The toy library needs two lists {hedge}: toys (name, age range) and "
        "borrowers (name, phone)."
    )
    assert shape == ["Toy(name:str,age_range:str)", "Borrower(name:str,phone:str)"]


def test_a_list_without_a_hedge_keeps_its_reading() -> None:
    shape = read_right(
        "The toy library needs two lists: toys (name, age range) and borrowers (name, phone)."
    )
    assert shape == ["Toy(name:str,age_range:str)", "Borrower(name:str,phone:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "change the 'postcode' field on Hall so it is called 'post code'",
            ["Hall(post_code:str<postcode)"],
        ),
        (
            "Please change the 'notes' column on Booking so that it's named 'comments'",
            ["Booking(comments:str<notes)"],
        ),
        (
            "Could you change the 'tel' field on Donor to 'mobile number'?",
            ["Donor(mobile_number:str<tel)"],
        ),
    ],
)
def test_a_quoted_field_on_its_owner_changed_to_a_quoted_name_is_renamed(
    request_text: str, expected: list[str]
) -> None:
    """ "change the 'tel' field on Donor to 'mobile number'": both names quoted, the owner
    between them; what it is to be called, after "so", is the new name, not a reason."""
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


def test_a_field_changed_to_a_type_keeps_its_reading() -> None:
    shape = read_right("change the capacity field on Hall to an integer", Intent.MODIFY_FIELDS)
    assert shape == ["Hall(capacity:int)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could you take the Raffle entity out?", ["Raffle()"]),
        ("Please take the Minibus entity out altogether", ["Minibus()"]),
        ("take Raffle out", ["Raffle()"]),
    ],
)
def test_take_something_out_removes_it(request_text: str, expected: list[str]) -> None:
    """ "take the Raffle entity out": the phrasal verb split round what goes."""
    assert read_right(request_text, Intent.REMOVE_ENTITY) == expected


def test_take_a_field_out_of_its_owner_keeps_its_reading() -> None:
    shape = read_right("take the fax field out of Donor", Intent.REMOVE_FIELDS)
    assert shape == ["Donor(fax:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("record a renewal date against each licence", ["Licence(renewal_date:date)"]),
        ("add a gift aid flag against every donor", ["Donor(gift_aid:bool)"]),
        (
            "I want to log a safeguarding check date against each volunteer",
            ["Volunteer(safeguarding_check_date:date)"],
        ),
    ],
)
def test_a_value_recorded_against_each_record_is_its_field(
    request_text: str, expected: list[str]
) -> None:
    """ "record a renewal date against each licence": office English for "for each licence"."""
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_recorded_for_each_keeps_its_reading() -> None:
    shape = read_right("record a renewal date for each licence", Intent.ADD_FIELDS)
    assert shape == ["Licence(renewal_date:date)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The hall closed, so we won't be needing the hall bookings any more.",
            ["HallBooking()"],
        ),
        ("We won't be needing the raffles any more, please delete that entity.", ["Raffle()"]),
        ("We won't be using the garden sheds any more", ["GardenShed()"]),
    ],
)
def test_wont_be_needing_removes(request_text: str, expected: list[str]) -> None:
    """ "we won't be needing the raffles any more": the going-on form of "we don't need"."""
    assert read_right(request_text, Intent.REMOVE_ENTITY) == expected


def test_dont_need_keeps_its_reading() -> None:
    shape = read_right(
        "The hall closed, so we don't need the hall bookings any more.", Intent.REMOVE_ENTITY
    )
    assert shape == ["HallBooking()"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Rename Beneficiary to Client, to match the sector.",
            Intent.RENAME_ENTITY,
            ["Client<Beneficiary()"],
        ),
        (
            "Make email optional on Member, to avoid chasing people.",
            Intent.MODIFY_FIELDS,
            ["Member(email:email?)"],
        ),
        (
            "Change the fee on Booking to a decimal, to match the invoices.",
            Intent.MODIFY_FIELDS,
            ["Booking(fee:decimal)"],
        ),
        (
            "Create volunteers with name and phone, to match the paper form.",
            Intent.CREATE_ENTITY,
            ["Volunteer(name:str,phone:str)"],
        ),
    ],
)
def test_an_infinitive_of_purpose_after_the_ask_is_a_reason(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "…, to match the sector": what the change is for, said after it, is no part of it."""
    assert read_right(request_text, intent) == expected


def test_so_that_after_the_ask_keeps_its_reading() -> None:
    shape = read_right(
        "Rename Beneficiary to Client, so that it matches the sector.", Intent.RENAME_ENTITY
    )
    assert shape == ["Client<Beneficiary()"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "create members with name and phone, and bookings with date and number of seats",
            ["Member(name:str,phone:str)", "Booking(date_value:date,seats:int)"],
        ),
        (
            "set up hives with name and location, and inspections with date and number of frames",
            ["Hive(name:str,location:str)", "Inspection(date_value:date,frames:int)"],
        ),
        (
            "Track rooms with name and floor, and lets with tenant and number of nights",
            ["Room(name:str,floor:str)", "Let(tenant:str,nights:int)"],
        ),
    ],
)
def test_the_last_entity_with_its_own_list_keeps_its_count(
    request_text: str, expected: list[str]
) -> None:
    """ "…, and bookings with date and number of seats": the last item is the entity just
    declared with its fields; "number of seats" is one of them, never a thing named bare."""
    assert read_right(request_text) == expected


def test_a_trailing_thing_named_bare_is_still_asked_about() -> None:
    _, shape = reading("Manage authors with name and country, and books")
    assert shape == ["Author(name:str,country:str)", "Book()"]
