"""Readings the lead fixed in the twelfth session: a listed name's "?" at the end of the list, a
beginner's "thing" or "bit" after a field, a reply's "re:", what a form should ask for, the
things a story says can now be so, a rename said as what "we are calling" a thing, and the one
place a thing should know it is in.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import asked, read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Drop the deposit paid thing from appointments",
            Intent.REMOVE_FIELDS,
            "Appointment(deposit_paid:bool)",
        ),
        ("Remove the notes bit from Horse", Intent.REMOVE_FIELDS, "Horse(notes:str)"),
        ("Add a deposit paid thing to Booking", Intent.ADD_FIELDS, "Booking(deposit_paid:bool)"),
    ],
)
def test_a_beginners_word_after_a_field_is_no_part_of_it(
    request_text: str, intent: Intent, expected: str
) -> None:
    """ "the deposit paid thing" read two fields (deposit_paid and thing) and "the notes bit" a
    field notes_bit, both accepted."""
    assert read_right(request_text, intent) == [expected]


def test_a_favourite_thing_is_still_a_field() -> None:
    assert read_right("Add a favourite thing to Pupil", Intent.ADD_FIELDS) == [
        "Pupil(favourite_thing:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Re: complaints - please add a phone number",
        "Fwd: complaints need a phone number",
        "RE: Fwd: complaints need a phone number",
    ],
)
def test_a_replys_mark_names_no_thing(request_text: str) -> None:
    """ "re: the complaint form - …" read an entity Re."""
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Complaint(phone_number:str)"]


def test_a_school_subject_listed_after_re_keeps_its_list() -> None:
    """ "RE: teacher, hours": a comma before any stop lists RE's fields (the subject)."""
    assert read("RE: teacher, hours").entities[0].name == "Re"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The complaint form should also ask for a phone number", "Complaint(phone_number:str)"),
        ("The booking form needs to ask for the number of children", "Booking(children:int)"),
        ("The enrolment form should collect a date of birth", "Enrolment(date_of_birth:date)"),
    ],
)
def test_what_a_form_should_ask_for_is_a_field_of_what_it_records(
    request_text: str, expected: str
) -> None:
    """Read as nothing before: a form asking for a value is the thing it records needing it."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    ["Guests can ask for a late checkout", "Drivers collect donations from donors"],
)
def test_what_people_ask_for_or_collect_is_no_field(request_text: str) -> None:
    assert asked(request_text) == []


@pytest.mark.parametrize(
    "request_text",
    [
        "Lessons can now be cancelled, so we need a cancelled flag and a cancellation reason",
        "Lessons can now be cancelled. We need a cancelled flag and a cancellation reason.",
        "Lessons can be cancelled now, so add a cancelled flag and a cancellation reason",
    ],
)
def test_the_things_a_story_says_can_now_be_so_keep_the_state(request_text: str) -> None:
    """Read as nothing, or as fields with no entity: the things said to be able to be
    cancelled now are the ones a cancelled flag goes on."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [
        "Lesson(cancelled:bool,cancellation_reason:str)"
    ]


def test_a_story_about_other_things_gives_the_fields_no_owner() -> None:
    """The state must be the field's: "Lessons can now be booked online" is no owner of a
    cancelled flag."""
    assert asked("Lessons can now be booked online. We need a cancelled flag and a reason.") in (
        [],
        ["(cancelled:bool,reason:str)"],
    )


@pytest.mark.parametrize(
    "request_text",
    [
        'We\'re calling programmes "series" from now on',
        "We call programmes 'series' now",
    ],
)
def test_what_we_are_calling_a_thing_from_now_on_renames_it(request_text: str) -> None:
    """Read as nothing before."""
    assert read_right(request_text, Intent.RENAME_ENTITY) == ["Series<Programme()"]


def test_whom_we_call_every_week_renames_nothing() -> None:
    assert reading("We call customers every week")[0] != Intent.RENAME_ENTITY


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kegs should know which tap room they are in", "Keg() many_to_one>TapRoom"),
        ("Every booking needs to know which room it is for", "Booking() many_to_one>Room"),
    ],
)
def test_the_one_place_a_thing_should_know_it_is_in_is_a_link(
    request_text: str, expected: str
) -> None:
    """Read as nothing before."""
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_piece_of_a_thing_is_the_thing() -> None:
    """ "Each piece of gear has …" was accepted as an entity Piece."""
    assert read_right("Each piece of kit has a serial number and a purchase date") == [
        "Kit(serial_number:str,purchase_date:date)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Show needs a genre", "Show(genre:str)"),
        ("Match needs a referee name", "MatchItem(referee_name:str)"),
    ],
)
def test_a_thing_named_like_a_command_before_needs_is_the_subject(
    request_text: str, expected: str
) -> None:
    """ "Show needs a genre" was read as nothing: no command is followed by "needs"."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_command_is_still_a_command() -> None:
    assert reading("Show the genre on the list page")[1] != ["Show(genre:str)"]


def test_the_values_a_field_takes_said_after_its_owner_stay_with_the_field() -> None:
    """ "… a condition grade for each item (A-C)" was read as an entity ConditionGrade."""
    assert read_right(
        "The pricing volunteers need to record a condition grade for each item (A-C)",
        Intent.ADD_FIELDS,
    ) == ["Item(condition_grade:str)"]


def test_a_condition_a_record_could_include_is_a_field() -> None:
    """ "the incident reports could include the weather" linked IncidentReport to an entity
    Weather, accepted: a condition noted is no thing kept."""
    assert read_right("Accident reports could include the weather", Intent.ADD_FIELDS) == [
        "AccidentReport(weather:str)"
    ]


def test_a_person_a_record_could_include_is_still_a_link() -> None:
    assert read_right("Orders could include the customer", Intent.ADD_RELATIONSHIP) == [
        "Order() many_to_one>Customer"
    ]


def test_an_ing_word_before_a_plural_that_belongs_names_a_kind_of_thing() -> None:
    """ "Recording sessions belong to a band" was read as the command "record" and an entity
    SessionsBelong."""
    assert read_right("Recording sessions belong to a band", Intent.ADD_RELATIONSHIP) == [
        "RecordingSession() many_to_one>Band"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "class Amp(BaseModel):\n    brand: str\n    watts: int\n    notes: str | None = None",
        "@dataclass\nclass Amp:\n    brand: str\n    watts: int\n    notes: Optional[str]",
        "class Amp(SQLModel, table=True):\n    id: int | None = None\n    brand: str\n"
        "    watts: int\n    notes: str | None = None",
    ],
)
def test_a_python_model_pasted_is_read_as_its_fields(request_text: str) -> None:
    """Read as nothing before (Pydantic, a dataclass, SQLModel): a model of annotated scalar
    fields is the request it stands for, None allowed making a field optional."""
    assert read_right(request_text) == ["Amp(brand:str,watts:int,notes:str?)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "class Amp(BaseModel):\n    brand: str\n    def loud(self): return True",
        "class Amp:\n    brand: str",  # a plain class is no model said by its fields
    ],
)
def test_a_python_class_with_more_than_fields_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_chat_channels_tag_names_no_thing() -> None:
    """ "[studio] add hourly rate to Room" read a link from an entity StudioAddHourly."""
    assert read_right("[studio] add hourly rate to Room", Intent.ADD_FIELDS) == [
        "Room(hourly_rate:decimal)"
    ]


def test_what_the_writer_was_told_to_do_is_the_ask() -> None:
    """ "I've been told to remove the Song entity" was read as nothing."""
    assert read_right("I've been told to remove the Track entity", Intent.REMOVE_ENTITY) == [
        "Track()"
    ]


def test_getting_a_field_on_a_thing_for_a_value_adds_it() -> None:
    """ "can we get a field on Amp for the serial number?" was read as nothing."""
    assert read_right(
        "can we get a field on Speaker for the serial number?", Intent.ADD_FIELDS
    ) == ["Speaker(serial_number:str)"]


def test_a_wish_to_see_which_things_are_so_creates_nothing() -> None:
    """ "I need to see which invoices are overdue, so invoices need a due date and a paid flag"
    created Invoice (accepted): which things are so is a question about things kept."""
    assert read_right(
        "I need to see which rentals are late, so rentals need a due date and a returned flag",
        Intent.ADD_FIELDS,
    ) == ["Rental(due_date:date,returned:bool)"]


def test_a_mark_a_thing_can_be_given_is_a_yes_no_never_a_link() -> None:
    """ "Customers can be marked as trade customers" linked Customer to an entity
    TradeCustomer, accepted."""
    assert read_right("Repairs can be marked as urgent", Intent.ADD_FIELDS) == [
        "Repair(urgent:bool)"
    ]
    assert read("Members can be flagged as life members").intent is Intent.ADD_FIELDS


@pytest.mark.parametrize(
    "request_text",
    [
        "Members should not have a phone anymore",
        "Members shouldn't have a phone any more",
        "Members should not have a phone",
    ],
)
def test_a_value_things_should_not_have_is_removed(request_text: str) -> None:
    """ "Members should not have a phone anymore" created Member with a field phone_anymore,
    accepted."""
    assert read_right(request_text, Intent.REMOVE_FIELDS) == ["Member(phone:str)"]


@pytest.mark.parametrize(
    "request_text",
    ["Members should not have access to payroll", "Members must not store card numbers"],
)
def test_a_rule_about_what_things_must_not_have_removes_nothing(request_text: str) -> None:
    assert reading(request_text)[0] is not Intent.REMOVE_FIELDS


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Keep everything but make notes optional on Route",
            Intent.MODIFY_FIELDS,
            "Route(notes:str?)",
        ),
        (
            "Keep everything else as it is and add a grade to Route",
            Intent.ADD_FIELDS,
            "Route(grade:str)",
        ),
    ],
)
def test_all_else_kept_said_before_a_change_is_no_part_of_it(
    request_text: str, intent: Intent, expected: str
) -> None:
    """ "Keep everything but make notes optional on Route" read a field
    everything_but_make_notes."""
    assert read_right(request_text, intent) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Nobody uses the Comment table, remove it",
        "We never use the Comment entity any more so delete it",
    ],
)
def test_the_table_nobody_uses_then_it_removed_is_removed(request_text: str) -> None:
    """ "Nobody uses the Feedback table, remove it" created Feedback (asked)."""
    assert read_right(request_text, Intent.REMOVE_ENTITY) == ["Comment()"]


def test_two_thousand_nested_of_phrases_are_read_not_lost() -> None:
    """ "a box of box of … box" two thousand times overflowed the recursion in read_noun: the
    request was lost with "the rules could not read this request". No name is longer than 60
    words, so the phrase is read as the thing it is of."""
    phrase = " of ".join(["box"] * 2000)
    result = read(f"Create a {phrase} with name and size")
    assert result.entities[0].name == "Box"
    assert not any("could not read" in note for note in result.notes)
