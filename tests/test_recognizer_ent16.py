"""Entity names read wrong: a verb and its particle written as one name, a plural misspelt as
typed, a respelling to a noun nobody uses.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


def names(request: str) -> list[str]:
    return [e.name for e in read(request).entities]


# --- 1. a verb and its particle written as one PascalCase name -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("CheckIn(guest name, checked in at, nights)", "CheckIn"),
        ("Create a WalkIn entity with name and arrived at", "WalkIn"),
        ("HandOver(shift, notes, handed over at)", "HandOver"),
        # counterparts: names that already read whole, and one with no particle
        ("CheckOut(room, total, paid)", "CheckOut"),
        ("PickUp(address, pickup time, driver)", "PickUp"),
        ("SignUp(name, email)", "SignUp"),
        ("WorkOrder(title, due date)", "WorkOrder"),
    ],
)
def test_a_name_ending_in_its_particle_keeps_it(request_text: str, expected: str) -> None:
    """ "CheckIn(…)": split into "Check In", the particle read as a preposition and the name
    was cut to Check."""
    assert names(request_text) == [expected]


# --- 2. a plural misspelt as typed -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("keep our tabels: number, seats, zone", "Table"),
        ("stable app for hosres with name, breed, age", "Horse"),
        ("list our cabels with length, gauge and colour", "Cable"),
        ("our brewery needs vlaves with size and pressure rating", "Valve"),
    ],
)
def test_a_plural_misspelt_as_typed_is_respelt(request_text: str, expected: str) -> None:
    """ "tabels": the slip is in the plural as typed; the singular a reader makes of it
    ("tabel", "hosre") is one slip from nothing, or from a surname ("cabel" → Cabell)."""
    assert names(request_text)[0] == expected
    assert any("(spelling)" in note for note in read(request_text).notes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a doer's noun of a known verb is no slip ("carers" is not careers)
        ("home care app: carers with name, phone and shift pattern", "Carer"),
        # a plural no noun is one swap from stays as written (asked about, not respelt)
        ("todos: title, due date", "Todo"),
        # a plural WordNet knows is no slip
        ("tables: number, seats, zone", "Table"),
    ],
)
def test_a_plural_that_is_no_slip_stays(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


# --- 3. a respelling prefers a noun in use -------------------------------------------------
def test_a_misspelt_entity_is_respelt_to_a_noun_in_use() -> None:
    """ "candels": one letter from candela (a unit) and one swap from candle; the noun
    people use wins over one WordNet lists but never saw in use."""
    assert names("a beauty salon needs candels with scent and price") == ["Candle"]
    assert names("each inspecton belongs to one hive") == ["Inspection"]


# --- 4. what a booking app books, when it is an event of its own ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Set up a boat trip booking system with departure time, seats and price per seat",
            "BoatTrip",
        ),
        ("Build a surf lesson booking app with student name, lesson date and price", "SurfLesson"),
        (
            "Our spa needs a treatment booking tool with client name, start at and price",
            "Treatment",
        ),
    ],
)
def test_an_event_booking_app_keeps_the_event(request_text: str, expected: str) -> None:
    """ "a boat trip booking system with …": the frame is a booking system, and what it books
    (a trip, a lesson, a treatment: WordNet's first sense an act or event) is the thing the
    fields describe (tests/data/recognition/README.md: "booking platform" is a frame)."""
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a place booked: the fields may be the booking's
        ("a hotel booking app with guest name, check-in date and nights", "HotelBooking"),
        # bookings said again: they are the thing
        (
            "Could we get a room booking system? Each booking needs the room name and start time",
            "RoomBooking",
        ),
        ("A booking app with guest name and date", "Booking"),
        # "for X": the thing kept after the frame
        ("Create a booking platform for surf lessons with student name and price", "SurfLesson"),
    ],
)
def test_a_booking_app_of_a_place_or_of_bookings_keeps_its_reading(
    request_text: str, expected: str
) -> None:
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


def test_a_class_booking_system_is_still_asked() -> None:
    result = read("I want a yoga class booking system with title and coach")
    assert result.status == "needs_clarification"
    assert [e.name for e in result.entities] != ["Yoga"]


# --- 5. the things an act's app is "to manage", after the place it is for --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Build a ticketing system for our theatre to manage shows with title, opening night"
            " and ticket price",
            "Show",
        ),
        (
            "I need a scheduling tool for the clinic to keep track of nurses with name, ward and"
            " shift pattern",
            "Nurse",
        ),
        (
            "We want a booking tool for our grooming parlour to manage groomers with name, phone"
            " and day rate",
            "Groomer",
        ),
    ],
)
def test_the_things_an_act_app_manages_are_the_entity(request_text: str, expected: str) -> None:
    """ "a ticketing system for our theatre to manage shows with …": "ticketing" names the app,
    the shows are what the fields describe (was Ticket, accepted)."""
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # nothing kept after the app: the act is the thing ("a booking app" keeps bookings)
        ("Create a booking app for our studio with client name, start time and price", "Booking"),
        # the act's own things kept
        ("Build a ticketing system for the club to track tickets with seat and price", "Ticket"),
    ],
)
def test_an_act_app_with_its_own_fields_keeps_its_reading(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert shape[0].startswith(f"{expected}(")


# --- 6. a line naming the business over things each with its own list ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Riding stables:\n- horses with name, breed and age\n- riders with name and phone",
            ["Horse(name:str,breed:str,age:int)", "Rider(name:str,phone:str)"],
        ),
        (
            "Tool hire shop app with three things:\n- tools: name, daily rate\n"
            "- customers: name, phone\n- hires: start date, end date",
            [
                "Tool(name:str,daily_rate:decimal)",
                "Customer(name:str,phone:str)",
                "Hire(start_date:date,end_date:date)",
            ],
        ),
        (
            "Bakery app:\n- cakes with name and price\n- orders with pickup date and total",
            ["Cake(name:str,price:decimal)", "Order(pickup_date:date,total:decimal)"],
        ),
    ],
)
def test_things_with_their_lists_under_a_business_line(
    request_text: str, expected: list[str]
) -> None:
    """ "Riding stables:" over "- horses with …" and "- riders with …": the line names the
    business, each item a thing and its own list (was RidingStable with a field
    horses_with_name)."""
    _, shape = reading(request_text)
    assert shape == expected


def test_a_thing_with_group_lists_and_a_bare_item_keep_their_reading() -> None:
    # under a singular name, "emergency contacts: name, phone" may be a group of its fields
    _, shape = reading("Member:\n- emergency contacts: name, phone\n- addresses: street, city")
    assert [s.split("(")[0] for s in shape] == ["Member"]
    # one item with no list of its own: not things kept
    _, shape = reading("Riding stables:\n- horses with name, breed and age\n- riders")
    assert shape[0].startswith("RidingStable(")


# --- 7. the thing a line of changes is about, said whole ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "changes to the gym classes\nprice should be a decimal\n"
            "description not required anymore",
            "GymClass",
        ),
        (
            "small fix for the guest rooms\nrate should be a decimal\nfloor not required",
            "GuestRoom",
        ),
        ("changes to the payment plans\namount should be a decimal", "PaymentPlan"),
        # counterparts: one collection or one place said whole keeps its reading
        ("update to the van fleet\nmileage should be an integer", "Van"),
        ("changes to the gym\nprice should be a decimal", "Gym"),
    ],
)
def test_a_change_line_names_its_thing_whole(request_text: str, expected: str) -> None:
    """ "changes to the gym classes" over lines of changes: the thing is GymClass, not Gym
    (the first word after "to the" was taken alone, and accepted)."""
    intent, shape = reading(request_text)
    assert intent == Intent.MODIFY_FIELDS
    assert shape[0].startswith(f"{expected}(")
