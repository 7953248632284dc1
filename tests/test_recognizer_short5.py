"""One-liners, terse notes, typos and links (branch short5).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, shape

# "Tickets should each have one owner": "each" floated after a plural subject (and its modal)
# says of every one of them what "each ticket has one owner" says.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tickets each have one owner.", ["Ticket() many_to_one>Owner"]),
        ("Invoices should each have exactly one customer.", ["Invoice() many_to_one>Customer"]),
        ("Garden plots must each be rented by one member", ["GardenPlot() many_to_one>Member"]),
        ("Wine barrels should each hold one vintage", ["WineBarrel() many_to_one>Vintage"]),
        ("Students each take many courses.", ["Student() many_to_many>Course"]),
    ],
)
def test_each_after_a_plural_subject_is_a_link(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tickets each have a title and a due date", ["Ticket(title:str,due_date:date)"]),
        ("Each ticket has one owner.", ["Ticket() many_to_one>Owner"]),
        ("Invoices should have exactly one customer each.", ["Invoice() many_to_one>Customer"]),
    ],
)
def test_each_elsewhere_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# "Trolleys keep getting lost": "keep" before a verb of becoming says what keeps happening to
# the things, not what they hold; the list asked for after it is the request.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Trolleys keep getting lost. Need trolleys with tag number and a last seen date",
            ["Trolley(tag_number:str,last_seen_date:date)"],
        ),
        (
            "the vans keep breaking down, I need vans with reg plate and last service date",
            ["Van(reg_plate:str,last_service_date:date)"],
        ),
        (
            "Printers keep running out of toner. Need printers with model and room",
            ["Printer(model_value:str,room:str)"],
        ),
    ],
)
def test_what_keeps_happening_is_no_field(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kegs keep a deposit amount and a fill date",
            ["Keg(deposit_amount:decimal,fill_date:date)"],
        ),
        (
            "Stalls keep a running total and a pitch number",
            ["Stall(running_total:decimal,pitch_number:str)"],
        ),
    ],
)
def test_what_things_keep_stays_their_fields(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# "…, drop point, weight": "drop" before one word and the list's next item names a field (a drop
# point, a drop time); in a list of changes, or naming where from, it still asks to remove.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Parcels: sender, drop point, weight", ["Parcel(sender:str,drop_point:str,weight:float)"]),
        (
            "Create rides with pickup time, drop location and fare",
            ["Ride(pickup_time:datetime,drop_location:str,fare:decimal)"],
        ),
        (
            "Kilns — name, max temperature, drop height, shelf count",
            ["Kiln(name:str,max_temperature:float,drop_height:float,shelf_count:int)"],
        ),
    ],
)
def test_drop_inside_a_list_is_a_field(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.CREATE_ENTITY
    assert shape(result) == expected


@pytest.mark.parametrize(
    ("request_text", "intent"),
    [
        ("We retired the fax line, drop fax and pager from Customer", Intent.REMOVE_FIELDS),
        ("Ride: drop fare", Intent.REMOVE_FIELDS),
        ("Customer: add phone, drop fax, add email", None),
    ],
)
def test_drop_as_an_ask_stays_a_removal(request_text: str, intent: Intent | None) -> None:
    result = read(request_text)
    if intent is None:
        assert result.status == "needs_clarification"
    else:
        assert result.intent == intent


# "TrainingPlan(plan name: str, …)": a field whose first word is also a verb of making ("plan",
# "list") keeps its name when a type follows its colon; it is no ask to plan a thing.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "SavingsGoal(goal name: str, target amount: money, active: bool)",
            ["SavingsGoal(goal_name:str,target_amount:decimal,active:bool)"],
        ),
        (
            "PriceList(list name: str, valid from: date)",
            ["PriceList(list_name:str,valid_from:date)"],
        ),
        ("MealPlan(plan name: str, servings: int)", ["MealPlan(plan_name:str,servings:int)"]),
    ],
)
def test_a_verb_word_before_a_typed_colon_is_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Plan trips: destination, budget", ["Trip(destination:str,budget:decimal)"]),
        ("Create a shop: name, owner", ["Shop(name:str,owner:str)"]),
        ("Create booking: date, notes", ["Booking(date_value:date,notes:str)"]),
        ("keep kayaks: number, colour", ["Kayak(number:str,colour:str)"]),
    ],
)
def test_a_verb_before_a_colon_list_still_asks(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# "Kennel | name, size": one cell naming a thing in the singular, then its comma list, is a
# heading as the plural is; a value's word in the first cell is no thing.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kennel | name, size (int), heated", ["Kennel(name:str,size:int,heated:bool)"]),
        ("Boat Shed | code, capacity", ["BoatShed(code:str,capacity:int)"]),
        ("kennels | name, size (int), heated", ["Kennel(name:str,size:int,heated:bool)"]),
    ],
)
def test_a_singular_cell_heads_its_list(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


def test_a_value_word_cell_is_no_thing() -> None:
    assert read("name | first, last").status == "needs_clarification"


# "Boat.length: change it to a decimal": the field named first, a colon, then the change said of
# it, reads as "change Boat.length to a decimal".


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Member.nickname: make optional", ["Member(nickname:str?)"]),
        ("Member.nickname: make it required", ["Member(nickname:str)"]),
        ("Boat.length: change it to a decimal", ["Boat(length:decimal)"]),
        ("Boat.length: convert to float", ["Boat(length:float)"]),
    ],
)
def test_a_change_said_after_the_field(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.MODIFY_FIELDS
    assert shape(result) == expected


def test_a_make_listed_after_a_colon_stays_a_field() -> None:
    assert shape(read("Boat: make, model, length")) == [
        "Boat(make:str,model_value:str,length:float)"
    ]


# "… ta": British thanks closing a message signs off; listed after "and" or a comma it is a
# field (a teaching assistant).


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("on Member pls rename nickname to display name ta", ["Member(display_name:str<nickname)"]),
        ("add a due date to Invoice ta", ["Invoice(due_date:date)"]),
        ("Rename code to tag on Item ta", ["Item(tag:str<code)"]),
    ],
)
def test_ta_at_the_end_signs_off(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Courses with title, room and ta", ["Course(title:str,room:str,ta:str)"]),
        ("Each batch uses one tank.", ["Batch() many_to_one>Tank"]),
    ],
)
def test_ta_listed_or_inside_a_word_stays(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# "* Guest room bookings, each recording:" over bullets: what each one records is no part of
# the heading's name, so a three-word name there heads the list as "… with:" does.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Spec\n\nRequirements:\n* Guest room bookings, each recording:\n    * guest name\n"
            "    * nights (int)\n    * booked at",
            ["GuestRoomBooking(guest_name:str,nights:int,booked_at:datetime)"],
        ),
        (
            "Spec\n\nRequirements:\n* Shift sign ups, each listing:\n    * volunteer name\n"
            "    * shift date",
            ["ShiftSignUp(volunteer_name:str,shift_date:date)"],
        ),
        (
            "Tool loans, each recording:\n- tool name\n- lent to",
            ["ToolLoan(tool_name:str,lent_to:str)"],
        ),
    ],
)
def test_each_recording_heads_its_bullets(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# "comitted volunteers": a word before the entity's head with a doubled letter typed once is the
# adjective it misspells, as a misspelt head is its noun; a word one other slip away stays.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create comitted volunteers with name and phone", "CommittedVolunteer"),
        ("Create apointed trustees with name and start date", "AppointedTrustee"),
    ],
)
def test_a_misspelt_modifier_is_respelt(request_text: str, expected: str) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create scheduled visits with date and notes", "ScheduledVisit"),
        ("Create heatd pool bookings with date and lane", "HeatdPoolBooking"),
    ],
)
def test_a_known_or_other_slip_modifier_stays(request_text: str, expected: str) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


# "Give Kayak colour and seat count": the thing written as a name after "give", then its fields
# with no article between them, is an addition to that thing; in lower case the words run on.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Give Kayak colour and seat count", ["Kayak(colour:str,seat_count:int)"]),
        ("Give the Hive queen age and frame count", ["Hive(queen_age:int,frame_count:int)"]),
        ("Give Tank depth and width, both as floats.", ["Tank(depth:float,width:float)"]),
    ],
)
def test_give_a_named_thing_its_fields(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Give me boats with name and length", ["Boat(name:str,length:float)"]),
        ("Give Kayak a colour", ["Kayak(colour:str)"]),
    ],
)
def test_give_with_an_article_or_to_me_keeps_its_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected
