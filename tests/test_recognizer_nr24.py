"""Requests where nothing used to be read: the ask is there, said in everyday English.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a wish to write things down for each record lists its fields; a name
of three words is still one thing; and an instruction in a plan's bullets is never a field.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- "for each X we'd like to note …": the wish to write it down lists the fields -------------
@pytest.mark.parametrize(
    "request_text",
    [
        "For each hive we'd want to note the queen age, the frame count and the last check date.",
        "For every hive we would like to record the queen age, the frame count and the last "
        "check date.",
        "For each hive I want to write down the queen age, the frame count and the last check "
        "date.",
    ],
)
def test_a_wish_to_write_down_for_each_thing_lists_its_fields(request_text: str) -> None:
    assert accepted(request_text) == ["Hive(queen_age:int,frame_count:int,last_check_date:date)"]


# --- a name of three words, said after "for each" ----------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "For each school trip booking we need: pupil name, trip date and deposit paid.",
        "For each school trip booking we need the following: pupil name, trip date and "
        "deposit paid.",
    ],
)
def test_for_each_takes_a_name_of_three_words(request_text: str) -> None:
    assert read_right(request_text) == [
        "SchoolTripBooking(pupil_name:str,trip_date:date,deposit_paid:bool)"
    ]


def test_for_each_does_not_take_a_phrase_with_glue_as_one_name() -> None:
    # "cup of tea" is no name the rule makes up: nothing is accepted under a guessed name
    result = read("For each cup of tea we need: size, price and milk.")
    assert result.status == "needs_clarification"
    assert "CupOfTea" not in " ".join(shape(result))


# --- an instruction in a plan is no field --------------------------------------------------------
def test_an_instruction_with_an_object_is_not_a_field() -> None:
    result = read(
        "Retirement plan\n1. Remove the PagerAlert entity (pagers were retired)\n"
        "2. Export old rows before dropping\n3. Notify the support team"
    )
    assert shape(result) == ["PagerAlert()"]
    assert all("notify" not in a.name for e in result.entities for a in e.attributes)


def test_a_field_joined_by_of_the_keeps_its_name() -> None:
    assert accepted("Track ferries with name, time of the crossing and capacity") == [
        "Ferry(name:str,time_of_crossing:datetime,capacity:int)"
    ]


# --- a thing named by its marker and what it is called now --------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The entity currently called Voyage shall henceforth be called Sailing.",
        "The table called Voyage should be called Sailing.",
    ],
)
def test_the_entity_called_x_is_renamed(request_text: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == ["Sailing<Voyage()"]


# --- "and nothing else changes": the rest stays, no second change --------------------------------
@pytest.mark.parametrize(
    "tail",
    [", and nothing else changes.", ", everything else stays.", ", and everything else stays."],
)
def test_saying_the_rest_stays_adds_no_change(tail: str) -> None:
    request_text = "The berth field on Mooring should be called berth number" + tail
    assert accepted(request_text, Intent.RENAME_FIELD) == ["Mooring(berth_number:str<berth)"]


# --- "on <two-word thing> <change>": the place said without its article -------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("on kiln firing change the start time to a timestamp", Intent.MODIFY_FIELDS,
         ["KilnFiring(start_time:datetime)"]),
        ("on kiln firing make the glaze notes optional", Intent.MODIFY_FIELDS,
         ["KilnFiring(glaze_notes:str?)"]),
        ("on kiln firing remove the cone number", Intent.REMOVE_FIELDS,
         ["KilnFiring(cone_number:str)"]),
    ],
)  # fmt: skip
def test_a_two_word_place_before_a_change_is_its_thing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- "the <thing> <field_identifier>": the dot left out ----------------------------------------
def test_a_thing_before_its_identifier_owns_it() -> None:
    assert accepted("make the kiln max_temp optional", Intent.MODIFY_FIELDS) == [
        "Kiln(max_temp:float?)"
    ]


def test_a_modifier_before_an_identifier_is_no_thing() -> None:
    assert accepted("make the new max_temp optional on Kiln", Intent.MODIFY_FIELDS) == [
        "Kiln(max_temp:float?)"
    ]


def test_a_marker_word_before_an_identifier_is_no_thing() -> None:
    assert accepted(
        "On the Kiln entity, change the field name max_temp to peak_temp", Intent.RENAME_FIELD
    ) == ["Kiln(peak_temp:str<max_temp)"]


# --- what someone keeps asking is no thing to link to -------------------------------------------
def test_a_question_reported_after_a_verb_links_nothing() -> None:
    result = read(
        "on invoices can qty be called quantity instead? accounts keeps asking what qty means"
    )
    assert result.intent == Intent.RENAME_FIELD
    assert shape(result) == ["Invoice(quantity:str<qty)"]


# --- "keep <modifier> <things>, <fields>": the things may be named in two words -----------------
def test_things_named_in_two_words_then_their_fields() -> None:
    assert accepted("we want to track hall bookings, booker name, event date, hire fee") == [
        "HallBooking(booker_name:str,event_date:date,hire_fee:decimal)"
    ]


def test_three_things_listed_are_not_one_with_fields() -> None:
    assert read("we want to track club orders, invoices and refunds").status == (
        "needs_clarification"
    )


def test_a_modifier_the_dictionary_does_not_know_is_asked() -> None:
    # a slip in the thing's name ("hal bookings") is no name to build under
    result = read("we want to track hal bookings, booker name, event date, hire fee")
    assert result.status == "needs_clarification"
