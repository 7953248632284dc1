"""Changes to things that exist, said in the ways people write them: a thing that "gains"
values, a value a thing "gets added", a ticket's title over "Requirements:", a field whose name
ends in a preposition, several "optional"/"required" marks on one line, a sign-off with several
names, a remark in brackets, an occasion before a colon, a link said with no verb.

Every request here is written for this file (none is copied from the corpus), in trades no other
test file uses where it could be helped (kayak hire, a bowls club, a lifeboat station, a toy
library, a climbing wall, a choir, a repair café). What a person relies on: the change is read
as the change meant (never as a new thing, nor with the words around it in a field's name), and
the wordings next to it that say something else keep their reading or are asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, reading

# --- a thing that gains values: they are added to it -------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Requirements:\n- The Kennel entity gains:\n  - a run size\n  - a heated flag\n"
            "- Fields are validated on save",
            ["Kennel(run_size:str,heated:bool)"],
        ),
        ("Each kayak now gains a paddle size and a colour.", ["Kayak(paddle_size:str,colour:str)"]),
        (
            "Requirements:\n- Greenhouse gains a heated flag\n- Existing greenhouses must survive",
            ["Greenhouse(heated:bool)"],
        ),
        ("the Lifeboat table gains a hull number", ["Lifeboat(hull_number:str)"]),
    ],
)
def test_a_thing_that_gains_values_has_them_added(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_gain_that_is_a_value_stays_a_field() -> None:
    assert accepted("Climbs:\n- route name\n- height gain (int)") == [
        "Climb(route_name:str,height_gain:int)"
    ]


# --- a value a thing gets added: the value, never "…_added" --------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can the kayaks get a paddle length added too", ["Kayak(paddle_length:float)"]),
        ("could we get a shoe size added to Climber?", ["Climber(shoe_size:str)"]),
        ("Can each chorister also get a voice part added?", ["Chorister(voice_part:str)"]),
        ("please have the tutor email added on Course", ["Course(tutor_email:email)"]),
    ],
)
def test_a_value_got_added_is_the_value(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_date_added_with_no_place_keeps_its_name() -> None:
    # "date added" is also a field's name: with no place said it is left as it was read
    assert reading("Could Invoice get a date added?") == (
        Intent.ADD_FIELDS,
        ["Invoice(date_added:date)"],
    )


# --- a ticket's title right over "Requirements:" names the document, no thing made -------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Toy extras\nRequirements:\n- Toys also store a box size",
            ["Toy(box_size:str)"],
        ),
        (
            "Title: Climbing wall safety\nAcceptance criteria:\n- Routes also record a grade"
            " and a setter name\n- Keep the API unchanged",
            ["Route(grade:str,setter_name:str)"],
        ),
    ],
)
def test_a_title_over_a_section_label_is_no_create(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_list_under_a_title_still_makes_its_thing() -> None:
    assert accepted("Bowls register\nRequirements:\n- Rink has a name, a number and a length") == [
        "Rink(name:str,number:str,length:float)"
    ]


# --- a field's name that ends in a preposition, said before "field" -----------------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The sent to field on Letter should be optional",
            Intent.MODIFY_FIELDS,
            ["Letter(sent_to:str?)"],
        ),
        (
            "rename the paid by column on Invoice to payer",
            Intent.RENAME_FIELD,
            ["Invoice(payer:str<paid_by)"],
        ),
        (
            "Requirements:\n1. The booked for field on Session must be a timestamp, not a date",
            Intent.MODIFY_FIELDS,
            ["Session(booked_for:datetime)"],
        ),
    ],
)
def test_a_preposition_ended_name_is_kept_whole(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- several "optional" / "required" marks on one line: a change of each ----------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kayak: serial number required, colour optional and notes optional",
            ["Kayak(serial_number:str,colour:str?,notes:str?)"],
        ),
        ("Chorister: phone optional, email not required", ["Chorister(phone:str?,email:email?)"]),
        ("Repair: fault notes optional; owner name required", None),
    ],
)
def test_states_alone_on_a_line_are_changed(request_text: str, expected: list[str] | None) -> None:
    shape = accepted(request_text, Intent.MODIFY_FIELDS)
    if expected is not None:
        assert shape == expected


@pytest.mark.parametrize(
    "request_text",
    ["Rink: date, notes optional", "Chorister: phone (optional), email required"],
)
def test_a_list_with_bare_names_is_still_made(request_text: str) -> None:
    assert reading(request_text)[0] == Intent.CREATE_ENTITY


# --- a sign-off with several names (and a note in brackets) names no field ----------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Please add a phone to Climber. Cheers, Maggie and Tom",
            Intent.ADD_FIELDS,
            ["Climber(phone:str)"],
        ),
        (
            "Please remove the fax from Supplier. Regards, Jo, Sam & Ali",
            Intent.REMOVE_FIELDS,
            ["Supplier(fax:str)"],
        ),
        (
            "Please add a locker number to Climber. Thanks, Dave (office, weekends only)",
            Intent.ADD_FIELDS,
            ["Climber(locker_number:str)"],
        ),
    ],
)
def test_a_sign_off_names_no_field(request_text: str, intent: Intent, expected: list[str]) -> None:
    assert accepted(request_text, intent) == expected


# --- "got stored as", ", stored as": how a value is kept ---------------------------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The capacity on Session got stored as text. It should be a whole number.",
            Intent.MODIFY_FIELDS,
            ["Session(capacity:int)"],
        ),
        (
            "the fee on Lesson got set up as a string, can it be money",
            Intent.MODIFY_FIELDS,
            ["Lesson(fee:decimal)"],
        ),
        ("Add a weight to Parcel, saved as a number.", Intent.ADD_FIELDS, ["Parcel(weight:float)"]),
        (
            "Please add a pickup time to Order, stored as a timestamp",
            Intent.ADD_FIELDS,
            ["Order(pickup_time:datetime)"],
        ),
    ],
)
def test_how_a_value_is_kept_is_its_type(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- what else must not be dropped is no refusal of the removal -------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Remove the fax from Supplier. The migration should not delete any existing data.",
        "Remove the fax from Supplier. Don't drop the other columns.",
    ],
)
def test_keeping_the_rest_does_not_refuse_the_removal(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == ["Supplier(fax:str)"]


def test_a_refused_removal_is_still_asked() -> None:
    asked("Remove the fax from Supplier, but never remove the email")


# --- a remark in brackets, an occasion before a colon: talk around the ask ---------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Nobody uses the pager number on Crew (why did we ever add it?). Can you remove it?",
            Intent.REMOVE_FIELDS,
            ["Crew(pager_number:str)"],
        ),
        (
            "We never use the fax number on Donor (who even has a fax??). Please get rid of it.",
            Intent.REMOVE_FIELDS,
            ["Donor(fax_number:str)"],
        ),
        (
            "After the AGM on Sunday: can you add a membership tier to Bowler?",
            Intent.ADD_FIELDS,
            ["Bowler(membership_tier:str)"],
        ),
        (
            "As discussed at the trustees meeting: rename postcode to zip on Donor",
            Intent.RENAME_FIELD,
            ["Donor(zip:str<postcode)"],
        ),
        (
            "Following the safety review: please remove the buoy colour from Lifeboat.",
            Intent.REMOVE_FIELDS,
            ["Lifeboat(buoy_colour:str)"],
        ),
    ],
)
def test_talk_around_the_ask_is_no_part_of_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_doubt_in_brackets_stays_a_doubt() -> None:
    asked("Please add a nickname to Climber (is it optional?).")


# --- a field taken off its owner, said with the owner's possessive -----------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we want the Kayak's paddle size taken off", ["Kayak(paddle_size:str)"]),
        ("I want the Toy's box colour taken off.", ["Toy(box_colour:str)"]),
    ],
)
def test_a_possessed_field_taken_off_is_removed(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


# --- a field said with who does not use it, "that" left out -----------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Boat has a mast field we never use, please drop it", ["Boat(mast:str)"]),
        (
            "the Climber table has a fax column no-one uses anymore. Remove it.",
            ["Climber(fax:str)"],
        ),
        ("Toy has a barcode column nobody uses - please remove it", ["Toy(barcode:str)"]),
    ],
)
def test_a_field_nobody_uses_is_named_alone(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


# --- a person's word for a person's, after a thing: the thing or a field? asked ----------


@pytest.mark.parametrize("request_text", ["Staff member -> employee", "Club member → player"])
def test_a_person_renamed_after_a_name_is_asked(request_text: str) -> None:
    asked(request_text)


def test_a_value_renamed_after_a_thing_is_a_field_rename() -> None:
    assert accepted("Chorister phone -> mobile", Intent.RENAME_FIELD) == [
        "Chorister(mobile:str<phone)"
    ]


# --- links: "many X to one Y" with no verb; a table counted one --------------------------


def test_a_bare_many_to_one_after_a_create_is_kept() -> None:
    assert accepted(
        "Create Team with name and Bowler with shirt number.\nMany bowlers to one team"
    ) == ["Team(name:str)", "Bowler(shirt_number:str) many_to_one>Team"]


def test_a_bare_many_to_one_to_a_thing_not_made_is_asked() -> None:
    asked("Create Rink with name. Many bookings to one rink")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each diner sits at a single dining table", ["Diner() many_to_one>DiningTable"]),
        ("each booking is linked to exactly one pool table", ["Booking() many_to_one>PoolTable"]),
        ("every order belongs to one customer", ["Order() many_to_one>Customer"]),
    ],
)
def test_a_table_counted_one_is_the_thing(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


# --- choices with a hyphen in brackets are values, not a path ---------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("golfers: name, grip (left-handed/right-handed)", ["Golfer(name:str,grip:str)"]),
        ("staff: name, contract (full-time/part-time)", ["Staff(name:str,contract:str)"]),
        ("bowlers: name, delivery (left/right-handed)", ["Bowler(name:str,delivery:str)"]),
    ],
)
def test_hyphenated_choices_leave_the_field(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- things asked to be kept, a colon, then what each one needs: made -------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Please track paddleboards: each one needs a board number and a weight",
            ["Paddleboard(board_number:str,weight:float)"],
        ),
        ("Track kayaks: each one needs a name", ["Kayak(name:str)"]),
        (
            "we need to track toy boxes: each one needs a label and a shelf",
            ["ToyBox(label:str,shelf:str)"],
        ),
        (
            "please log the lifejackets: each one needs a size and a colour",
            ["Lifejacket(size:str,colour:str)"],
        ),
    ],
)
def test_things_kept_then_what_each_needs_are_made(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- a value wanted kept on each of a thing: added to it ---------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we want the wind speed logged on every Lesson", ["Lesson(wind_speed:float)"]),
        ("the vet wants the weight recorded for each Visit", ["Visit(weight:float)"]),
        ("we'd like a signature captured with every Delivery", ["Delivery(signature:str)"]),
    ],
)
def test_a_value_wanted_on_each_is_added(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- "(just the day, no time)": a date ---------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add a start (date only) to Course", Intent.ADD_FIELDS, ["Course(start:date)"]),
        (
            "Booking: arrival (no time), nights",
            Intent.CREATE_ENTITY,
            ["Booking(arrival:date,nights:int)"],
        ),
        (
            "Create Event with name and start (day, no time)",
            Intent.CREATE_ENTITY,
            ["Event(name:str,start:date)"],
        ),
    ],
)
def test_a_day_without_its_time_is_a_date(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a criterion "E.f is a T": the type it should be -------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Acceptance criteria:\n- Kayak.length is a decimal\n- Old rows are converted",
            ["Kayak(length:decimal)"],
        ),
        ("Requirements:\n1. Lesson.starts_at is a timestamp", ["Lesson(starts_at:datetime)"]),
    ],
)
def test_a_dotted_field_in_a_criterion_is_retyped(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_several_dotted_criteria_stay_asked() -> None:
    # a list of "E.f is a T" may describe a thing to make as well as a change: asked
    asked("Acceptance criteria:\n- Boat.name is a string\n- Boat.length is a float")


# --- "Why: …" over "Requirements:": the reason, no ask ----------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Change request: Rota\n\nWhy: the lifeboat crew needs better cover.\n\n"
            "Requirements:\n* Shift gets a cover note\n* Data must survive the upgrade",
            ["Shift(cover_note:str)"],
        ),
        (
            "Kayak sizes\nBackground: the instructors keep guessing sizes.\nRequirements:\n"
            "- Kayaks also store a paddle size",
            ["Kayak(paddle_size:str)"],
        ),
    ],
)
def test_a_reason_line_over_requirements_asks_nothing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- "a years of experience count": the span, a whole number ----------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Volunteers should also have an hours of service count",
            ["Volunteer(hours_of_service:int)"],
        ),
        ("Add a nights of stay count to Booking", ["Booking(nights_of_stay:int)"]),
        ("Add a page count to Book", ["Book(page_count:int)"]),
    ],
)
def test_a_span_counted_is_named_by_the_span(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected
