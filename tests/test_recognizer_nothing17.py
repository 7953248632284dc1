"""Requests of which nothing was read: a field said as it is now, then its change.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "F on X is T1 …, can it be T2?" changes F on X to T2, whatever is said between
the state and the ask: a remark in parentheses ("(don't ask)"), a reason after "but"
("but some rooms cost 89.50, so …"), no word of the present when the ask follows in the same
sentence, the place said first ("On Kiln, …"), or what the field lets people type ("only
takes whole numbers"). An ask that is no change of that field (a wish, a bug, the same type)
stays asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a remark in parentheses after the type
        (
            "Heads up, depth on Borehole is currently a varchar (long story). "
            "Can we make it a float?",
            "Borehole(depth:float)",
        ),
        (
            "mileage on Tractor is currently text (blame the old contractor). "
            "Could it be an integer?",
            "Tractor(mileage:int)",
        ),
        # the ask in the same sentence, no word of the present
        ("On Booking the deposit is a whole number, can it be decimal please", None),
        ("On Kiln, temperature is text, can it be a float instead?", "Kiln(temperature:float)"),
        # what the field lets people type, a reason after "but"
        (
            "Rate on Room only takes whole numbers but some rooms cost 89.50, so can it be "
            "decimal please",
            "Room(rate:decimal)",
        ),
        (
            "the length on Canoe only accepts whole numbers but some canoes are 4.5 m, "
            "so could it be a float",
            "Canoe(length:float)",
        ),
        # the ask after "but", as the state's own second half
        (
            "the seat count on Minibus is text at the moment but it should be a whole number",
            "Minibus(seat_count:int)",
        ),
    ],
)
def test_a_field_said_as_it_is_then_changed(request_text: str, expected: str | None) -> None:
    reading = accepted(request_text, Intent.MODIFY_FIELDS)
    assert reading == [expected or "Booking(deposit:decimal)"], reading


@pytest.mark.parametrize(
    "request_text",
    [
        "On Kiln, temperature is text, can it be faster?",
        "the status on Ticket is text, can you fix the bug?",
        "the weight on Parcel is a float, can it be a float?",
        "the weight on Parcel is text but it works fine",
        "the deposit on Booking is a whole number, which is fine",
    ],
)
def test_a_state_without_a_change_of_it_stays_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification" or result.intent != Intent.MODIFY_FIELDS, (
        result.intent,
        result.entities,
    )


# A board, a book or a sheet that records are kept on, said before what it holds ("of",
# "for", a keeping verb), frames the request as a register or a list does; the thing is what
# it holds. Said alone it may be the thing ("Boards with length, …"), and a board for
# something that names no kept things stays asked.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "an address book for piano tuners with name, phone and call-out fee",
            "PianoTuner(name:str,phone:str,call_out_fee:decimal)",
        ),
        (
            "a notice board for swap offers with item, owner name and a taken flag",
            "SwapOffer(item:str,owner_name:str,taken:bool)",
        ),
        (
            "a sign-up sheet for beach cleans with date, meeting point and bags collected",
            "BeachClean(date_value:date,meeting_point:str,bags_collected:int)",
        ),
        (
            "Put up a job board of apprentice vacancies with title, hourly wage and closing date",
            "ApprenticeVacancy(title:str,hourly_wage:decimal,closing_date:date)",
        ),
        (
            "a maintenance board tracking lift faults with lift number, reported at and a fixed "
            "flag",
            "LiftFault(lift_number:str,reported_at:datetime,fixed:bool)",
        ),
        (
            "Set up a kanban board tracking print orders with customer name, quantity and due date",
            "PrintOrder(customer_name:str,quantity:int,due_date:date)",
        ),
        (
            "a phone book of emergency plumbers with name, area and call-out fee",
            "EmergencyPlumber(name:str,area:str,call_out_fee:decimal)",
        ),
    ],
)
def test_a_board_book_or_sheet_frames_what_it_holds(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_boards_listed_with_their_own_fields_are_the_thing() -> None:
    assert accepted("Boards with length, fin type and price") == [
        "Board(length:float,fin_type:str,price:decimal)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "a notice board for lost property with item, found on and a claimed flag",
        "Put up a notice board",
        "an address book please",
        "Put up the prices on Product",
    ],
)
def test_a_board_that_names_no_kept_things_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_what_a_field_should_allow_is_its_change_not_its_state() -> None:
    # "only takes whole numbers" says what the field is now; "should allow decimals" asks
    reading = accepted("the deposit field on bookings should allow decimals.", Intent.MODIFY_FIELDS)
    assert reading == ["Booking(deposit:decimal)"]


# What the records are kept in today ("our hire spreadsheet", "the stock sheet") turned into an
# app or a database is where they come from; the thing is what the new one keeps, or, when it
# is a frame alone, what the old one was named for. "one row per X" is a record for each X.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Convert our bike hire spreadsheet into a database of hires: customer name, bike "
            "number and hired at",
            "Hire(customer_name:str,bike_number:str,hired_at:datetime)",
        ),
        (
            "Could you turn our vaccination spreadsheet into an app: animal name, vaccine and "
            "given on",
            "Vaccination(animal_name:str,vaccine:str,given_on:date)",
        ),
        (
            "Move our stock sheet into a system of products with name, price and quantity",
            "Product(name:str,price:decimal,quantity:int)",
        ),
        (
            "one line per delivery with driver, drop off time and signed flag",
            "Delivery(driver:str,drop_off_time:datetime,signed:bool)",
        ),
    ],
)
def test_the_old_sheet_turned_into_an_app_is_where_the_records_come_from(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Turn our spreadsheet into an app",
        "Convert the old system to a new one",
        "Turn our shop into a website",
    ],
)
def test_a_sheet_turned_into_an_app_with_nothing_listed_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_field_turned_into_a_type_is_still_a_change() -> None:
    assert accepted("Turn the email field into a date on Customer", Intent.MODIFY_FIELDS) == [
        "Customer(email:date)"
    ]


# A link said in the passive: "onto" is where a thing goes, as "into" is; "gets" before the
# verb is the verb's ("each ticket gets assigned to one agent"), never a word of the subject.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each pallet is put onto one lorry.", "Pallet() many_to_one>Lorry"),
        ("Every container is craned onto one ship.", "Container() many_to_one>Ship"),
        ("Each ticket gets assigned to one agent", "Ticket() many_to_one>Agent"),
        ("Every booking gets linked to one customer.", "Booking() many_to_one>Customer"),
        ("Patients get seen by many doctors.", "Patient() many_to_many>Doctor"),
    ],
)
def test_a_passive_link_onto_or_with_gets(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text", ["Data is copied onto a USB stick.", "Files are backed up onto the server."]
)
def test_what_is_copied_onto_a_device_is_no_link(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# A field said first as a topic, quoted or marked as a field, column or attribute, with its
# thing ("The column 'grade' on Pupil -", "The `frames` field on the Hive table —"), then the
# change asked of "it"; "change its name to" is a rename.
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The column 'grade' on Pupil - could we rename it to reading level?",
            Intent.RENAME_FIELD,
            "Pupil(reading_level:str<grade)",
        ),
        (
            "The `frames` field on the Hive table — can you make it optional?",
            Intent.MODIFY_FIELDS,
            "Hive(frames:str?)",
        ),
        (
            'The column "strength" on Tonic - please remove it',
            Intent.REMOVE_FIELDS,
            "Tonic(strength:str)",
        ),
        (
            "the mobile field on Courier, can you change its name to contact number?",
            Intent.RENAME_FIELD,
            "Courier(contact_number:str<mobile)",
        ),
        (
            "The attribute 'ward' of Patient: please change its name to 'bay'",
            Intent.RENAME_FIELD,
            "Patient(bay:str<ward)",
        ),
    ],
)
def test_a_field_said_first_then_changed_as_it(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert accepted(request_text, intent) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "The column 'grade' on Pupil - could we make it faster?",
        "The column 'grade' on Pupil - fix the bug please",
        "The field 'mobile' of Driver, please change its name",
    ],
)
def test_a_field_said_first_with_no_change_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# A field not used for a while, said in the perfect ("nobody has used F on X since …", "we
# haven't needed F on X …"), then "remove it": the removal of that field; the thing may be
# two words ("feed bins"), a time after it is no part of it.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Nobody has used the pager number on drivers since 2015. Could you remove it?",
            "Driver(pager_number:str)",
        ),
        (
            "No one has looked at the stock notes on feed bins in months, please drop it",
            "FeedBin(stock_notes:str)",
        ),
        (
            "Nobody in the workshop has checked the oil grade on forklifts since the rebuild. "
            "Please remove it.",
            "Forklift(oil_grade:str)",
        ),
        (
            "We haven't needed the fax on suppliers since 2010. Could you remove it?",
            "Supplier(fax:str)",
        ),
    ],
)
def test_a_field_unused_for_a_while_then_removed(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Nobody has used the app since 2015. Could you remove it?",
        "Nobody has used the pager number since 2015. Could you remove it?",
    ],
)
def test_an_unused_thing_with_no_owner_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"
