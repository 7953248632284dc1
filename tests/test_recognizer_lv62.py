"""The shapes the food bank and village hall batch (fresh-lv) and the lead's probes showed: a
link said with a practice participle and a counted agent ("is organised by one hirer"), with
"is to one X" and with "get many X"; a number's head before "since"/"after"/"excluding"; a
bare heading one word longer than a name; "<place> needs its <things> kept: …"; and values
wished for under the records of a thing there already.

Every request here is written for this file (none is copied from the corpus), in trades no
batch of this session used (fairs, referrals, grants, surgeries, choirs, boilers, balloons,
car parks, swimming pools, kennels, tutors). What a person relies on: the request is read as
the link, the type or the thing meant, and the wordings next to it that say something else
keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape

LINK = Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a practice participle ("organised", "tested") with a counted agent is a link
        ("Each fair is always organised by one committee", "Fair() many_to_one>Committee"),
        ("Tournaments are organized by one club", "Tournament() many_to_one>Club"),
        ("Each trip is organised by a single guide", "Trip() many_to_one>Guide"),
        ("Each sample is tested by one lab", "Sample() many_to_one>Lab"),
        # "is to one X": who or what the thing is made to
        ("A grant is always to one charity", "Grant() many_to_one>Charity"),
        ("Each transfer is to a single account", "Transfer() many_to_one>Account"),
        ("Every referral is only to one clinic", "Referral() many_to_one>Clinic"),
        # "get" before a count is having what is counted
        ("Rooms get many bookings", "Room() many_to_many>Booking"),
        ("Tutors get several students", "Tutor() many_to_many>Student"),
        ("A volunteer gets lots of shifts", "Volunteer() many_to_many>Shift"),
    ],
)
def test_links_said_with_a_count(request_text: str, expected: str) -> None:
    assert accepted(request_text, LINK) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "The code should be organised by feature",
        "Code is organised by one module per entity",
        "All code is tested by a CI pipeline",
        "The goal is to one day replace spreadsheets",
        "We get lots of complaints",
    ],
)
def test_near_misses_link_nothing(request_text: str) -> None:
    result = read(request_text)
    assert not any(e.relationships for e in result.entities), shape(result)


def test_get_without_a_count_keeps_its_reading() -> None:
    # "get" with an article and no count stays the reading it had (a value the thing gets)
    result = read("Customers get a receipt")
    assert result.intent != LINK, shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track boilers with cost since last service, and serial number",
            "Boiler(cost_since_last_service:decimal,serial_number:str)",
        ),
        (
            "Track jobs with charge since last invoice, fee per hour",
            "Job(charge_since_last_invoice:decimal,fee_per_hour:decimal)",
        ),
        # near misses: a date begun and a count of days keep their types
        ("Track members with member since and name", "Member(member_since:date,name:str)"),
    ],
)
def test_a_number_said_with_when_keeps_its_type(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_days_since_stays_a_count() -> None:
    result = read("Track jobs with days since last visit and address")
    assert "days_since_last_visit:int" in shape(result)[0]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Hot air balloon flights: pilot name, flight date, passengers",
            "HotAirBalloonFlight",
        ),
        ("Car park permit renewals: holder name, renewal date, fee", "CarParkPermitRenewal"),
        (
            "Swimming pool lane bookings: swimmer name, lane, start time",
            "SwimmingPoolLaneBooking",
        ),
        # a three-word heading keeps its reading
        ("Delivery runs: driver name, run date, number of parcels", "DeliveryRun"),
    ],
)
def test_a_long_heading_names_the_thing(request_text: str, expected: str) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Our club needs its match results kept: opponent, score, match date",
            "MatchResult",
        ),
        (
            "The surgery wants its repeat prescriptions tracked: patient name, drug, due date",
            "RepeatPrescription",
        ),
        ("Our choir needs its concert tickets logged: buyer name, seat, price", "ConcertTicket"),
        # near miss: the thing wanted said without the participle keeps its reading
        ("Our school needs new lockers: locker number, pupil name, key returned flag", "Locker"),
    ],
)
def test_a_place_needs_its_things_kept(request_text: str, expected: str) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Regarding the Tenant table, we would like to store their phone number and a pets"
            " allowed flag",
            "Tenant(phone_number:str,pets_allowed:bool)",
        ),
        (
            "Regarding the Kennel records, we would like to keep its run size, and a heated"
            " flag as well.",
            "Kennel(run_size:str,heated:bool)",
        ),
    ],
)
def test_values_wished_for_under_records_are_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "For each tour we'd like to record the guide name, start time and group size",
            "Tour",
        ),
        (
            "About our volunteers: we want to store their name, phone, and a driver flag too",
            "Volunteer",
        ),
        ("Tenants: their phone, and their email too", "Tenant"),
    ],
)
def test_new_things_wished_for_stay_created(request_text: str, expected: str) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "In Booking, 'ref' is confusing. Could it be called booking reference?",
            "Booking(booking_reference:str<ref)",
        ),
        (
            "On Locker, 'size' means nothing to anyone. Please rename it to locker size.",
            "Locker(locker_size:str<size)",
        ),
        (
            "On Kiln, 'max temp' puzzles the potters. Could it be renamed to peak temperature?",
            "Kiln(peak_temperature:str<max_temp)",
        ),
    ],
)
def test_a_quoted_name_after_its_place_is_what_it_renames(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # a time said first is no entity, and its quoted words no field
        "In March, 'the big sale' was busy. Can it be called spring sale?",
        "On Monday, 'stock take' happened. Can it be called inventory count?",
    ],
)
def test_a_quoted_name_after_a_time_renames_nothing(request_text: str) -> None:
    assert read(request_text).intent != Intent.RENAME_FIELD


def test_a_name_that_confuses_people_links_nothing() -> None:
    result = read("On Kiln, 'max temp' confuses people")
    assert not any(e.relationships for e in result.entities), shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track our regular donors with name, email and monthly amount", "RegularDonor"),
        ("I'd like a list of regular customers with name, phone", "RegularCustomer"),
    ],
)
def test_regular_before_the_things_is_their_kind(request_text: str, expected: str) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [expected]


def test_regular_alone_names_nothing() -> None:
    assert shape(read("I need something regular")) == []
