"""Session ma63: a noun and a record head typed closed ("printjob"), a measure counted since
something ("miles since last service"), a particle said as the verb between two plurals
("Sponsors back teams"), a field kept once ("we used to write down the colour of each horse")
that a later "it" drops, and a document's title that is a word of one of its constraints.

Every request here is written for this file (none is copied from the corpus), in trades and
word orders other than the batch's (kennels, saunas, halls, generators, pumps, investors,
runners, suppliers). The near-misses beside each rule keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

# --- a noun and a record head typed without the space -------------------------------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("ADD A DUE DATE TO PRINTJOB PLEASE!!!", Intent.ADD_FIELDS, ["PrintJob(due_date:date)"]),
        (
            "add a technician name to every repairjob",
            Intent.ADD_FIELDS,
            ["RepairJob(technician_name:str)"],
        ),
        (
            "the salesorder entity needs a shipped flag",
            Intent.ADD_FIELDS,
            ["SalesOrder(shipped:bool)"],
        ),
        ("DELETE THE SAUNABOOKING ENTITY", Intent.REMOVE_ENTITY, ["SaunaBooking()"]),
        (
            "each hallbooking belongs to one venue",
            Intent.ADD_RELATIONSHIP,
            ["HallBooking() many_to_one>Venue"],
        ),
        (
            "remove the notes from the kennelbookings pls",
            Intent.REMOVE_FIELDS,
            ["KennelBooking(notes:str)"],
        ),
    ],
)
def test_a_record_head_typed_closed_is_two_words(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a closed compound English uses, or a name capitalised as written, stays one word
        ("timesheet.overtime -> optional", ["Timesheet(overtime:str?)"]),
        ("Add a colour to the campervans", ["Campervan(colour:str)"]),
        ("remove notes from the changelog entity", ["Changelog(notes:str)"]),
        ("Add a due date to Printjob", ["Printjob(due_date:date)"]),
    ],
)
def test_other_closed_names_are_kept(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


# --- a count or measure said with since/after ----------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Vans: plate, miles since last service, driver",
            ["Van(plate:str,miles_since_last_service:float,driver:str)"],
        ),
        (
            "Generators: serial, cost since last reading, site",
            ["Generator(serial:str,cost_since_last_reading:decimal,site:str)"],
        ),
        # near-misses: a day since which ("member since") and a span counted stay as they were
        ("Members: name, member since", ["Member(name:str,member_since:date)"]),
        (
            "Pumps: name, hours since last overhaul",
            ["Pump(name:str,hours_since_last_overhaul:int)"],
        ),
    ],
)
def test_a_measure_since_something_is_a_number(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_since_after_a_measure_is_no_reason() -> None:
    # it was read as a field "miles" (the rest a reason) and accepted; the whole name is read
    assert accepted("Add miles since last service to Vehicle", Intent.ADD_FIELDS) == [
        "Vehicle(miles_since_last_service:float)"
    ]
    # a reason said after the thing is still one
    assert accepted("Remove the fax from Supplier since nobody uses it", Intent.REMOVE_FIELDS) == [
        "Supplier(fax:str)"
    ]


# --- a particle said as the verb between two plurals ---------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Sponsors back teams", ["Sponsor() many_to_many>Team"]),
        ("Donors back campaigns", ["Donor() many_to_many>Campaign"]),
        ("Investors back many startups", ["Investor() many_to_many>Startup"]),
        ("A fund can back many startups", ["Fund() many_to_many>Startup"]),
        # near-miss: the particle of another verb is still no verb
        ("Each depot operates out of one hub", ["Depot() many_to_one>Hub"]),
    ],
)
def test_a_particle_as_the_verb_links(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_particle_before_a_time_links_nothing() -> None:
    assert reading("Staff off days")[0] is not Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize("request_text", ["Teams down tools", "Suppliers up prices"])
def test_a_particle_other_than_back_links_nothing(request_text: str) -> None:
    """Only "back" is taken as the verb: "down tools", "up prices" are idioms, not links."""
    assert reading(request_text)[0] is not Intent.ADD_RELATIONSHIP


# --- a field kept once, then dropped as "it" ------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We used to write down the colour of each horse, just drop it from Horse",
            ["Horse(colour:str)"],
        ),
        (
            "We used to note the fax number of each supplier but nobody faxes anymore, drop it"
            " from Supplier",
            ["Supplier(fax_number:str)"],
        ),
        ("we used to log the mileage on every van, can you drop it from Van", ["Van(mileage:int)"]),
        (
            "We used to ask for the shoe size of every runner but it's pointless now, take it off"
            " Runner",
            ["Runner(shoe_size:str)"],
        ),
    ],
)
def test_what_was_kept_once_is_what_it_drops(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_kept_still_drops_nothing() -> None:
    assert (
        reading("We used to record the colour of each horse, and we still do, so keep it on Horse")[
            0
        ]
        is not Intent.REMOVE_FIELDS
    )


# --- a title that is a word of a constraint --------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kennel bookings\n\nRequirements:\n- KennelBooking entity with just:\n  - dog name\n"
            "  - arrival date\n  - nights (integer)\n  - notes (optional)\n"
            "- Existing kennel bookings must be kept\n- Add tests for the nightly rate",
            ["KennelBooking(dog_name:str,arrival_date:date,nights:int,notes:str?)"],
        ),
        (
            "Bookings v3\n\nRequirements:\n- Booking entity with just:\n  - guest name\n"
            "  - check in (date)\n  - nights (integer)\n"
            "- Existing bookings must survive the upgrade",
            ["Booking(guest_name:str,check_in:date,nights:int)"],
        ),
    ],
)
def test_a_title_inside_a_constraint_is_no_change(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_since_after_a_measure_holds_the_name_together() -> None:
    # one name, not two fields run together: accepted (it was asked, or read as "miles")
    assert accepted("Please add miles since last service to Vehicle", Intent.ADD_FIELDS) == [
        "Vehicle(miles_since_last_service:float)"
    ]
    assert accepted("add hours since refit to Boat", Intent.ADD_FIELDS) == [
        "Boat(hours_since_refit:int)"
    ]
    # a clause after "since" is still a reason
    assert accepted(
        "the weight on Parcel is pointless since the scales broke, remove it", Intent.REMOVE_FIELDS
    ) == ["Parcel(weight:float)"]
