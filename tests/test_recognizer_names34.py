"""Entity names said in passing: what a person relies on when a name comes framed or pointed at.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- a practice word the request names as an entity ("Create Quiz and Test entities") keeps the
  fields its own sentence gives it ("A test has …"), and "Heading: fields" lines each make a
  thing even when the heading is a practice word ("Tests: name, unit");
- an -ing word before a plural makes a kind of thing when English names the pair ("parking
  permits" is no verb and object) or the plural names a value ("tracking numbers"); a verb that
  is no noun ("Managing customers with …") keeps the thing; where it cannot be told, it is
  asked;
- a screen word after a name ("the Member screen", "the Booking page") frames the thing: the
  change is to Member, and praise of the screen creates nothing;
- "it" in an ask points at the one thing the sentence before names; two names, or none,
  leave it asked;
- things each followed by a parenthesis of their own are each a thing with that list, also
  with one field in it ("Create Invoice (number) …"), while "weight (kg)" stays an annotation;
- renaming one record ("rename customer John to Jonathan") is no schema change: asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- a practice word named as an entity keeps its fields ---
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create Quiz and Test entities. A quiz has a title. A test has a code and a score.",
            {"Quiz(title:str)", "TestItem(code:str,score:float)"},
        ),
        (
            "We want the Test entity and the Clinic entity. A test has a code and an outcome."
            " A clinic has a town.",
            {"TestItem(code:str,outcome:str)", "Clinic(town:str)"},
        ),
    ],
)
def test_a_practice_word_named_as_an_entity_keeps_its_fields(
    request_text: str, expected: set[str]
) -> None:
    assert set(read_right(request_text)) == expected


def test_a_heading_of_tests_among_thing_lists_is_one_more_thing() -> None:
    result = read("Donors: blood group, last visit date. Tests: name, unit, normal range.")
    assert set(shape(result)) == {
        "Donor(blood_group:str,last_visit_date:date)",
        "TestItem(name:str,unit:str,normal_range:str)",
    }


@pytest.mark.parametrize(
    "request_text",
    [
        "Hikers: name, phone. Tests: unit, integration.",
        "Hikers: name, phone. Tests: must pass in CI before deploy.",
        "Hikers: name, phone. Good practices: typed code, small functions.",
    ],
)
def test_a_practice_heading_that_lists_kinds_of_tests_stays_how_to_build(
    request_text: str,
) -> None:
    assert shape(read(request_text)) == ["Hiker(name:str,phone:str)"]


# --- an -ing word before a plural ---
def test_a_compound_english_names_is_the_thing() -> None:
    assert accepted("Building permits with permit number, site and approval date") == [
        "BuildingPermit(permit_number:str,site:str,approval_date:date)"
    ]


def test_a_value_word_after_an_ing_word_is_the_thing() -> None:
    assert read_right("Tracking numbers with courier and scanned at") == [
        "TrackingNumber(courier:str,scanned_at:datetime)"
    ]


def test_a_verb_that_is_no_noun_keeps_its_object() -> None:
    assert accepted("Managing tenants with name and move-in date") == [
        "Tenant(name:str,move_in_date:date)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Recording sessions with engineer and booked hours",
        "Monitoring stations with station code and river",
    ],
)
def test_an_ing_word_that_may_be_verb_or_kind_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("is each one a" in note for note in result.notes)


# --- a screen word frames the thing ---
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add a pronoun field to the Volunteer screen", Intent.ADD_FIELDS, "Volunteer"),
        ("Please put a gate code on the Venue page", Intent.ADD_FIELDS, "Venue"),
        ("Make the fax optional on the Supplier form", Intent.MODIFY_FIELDS, "Supplier"),
    ],
)
def test_a_change_said_of_a_screen_is_a_change_to_its_thing(
    request_text: str, intent: Intent, expected: str
) -> None:
    result = read(request_text)
    assert result.intent == intent
    assert [e.name for e in result.entities] == [expected]


def test_praise_of_a_screen_then_an_ask_about_it_adds_to_the_thing() -> None:
    assert accepted(
        "Really like the new Volunteer screen! Could it also hold a shirt size?",
        Intent.ADD_FIELDS,
    ) == ["Volunteer(shirt_size:str)"]


def test_a_screen_word_in_lower_case_or_in_a_written_name_is_left_as_read() -> None:
    assert shape(read("Create a PageView entity with url and viewed at")) == [
        "PageView(url:str,viewed_at:datetime)"
    ]
    result = read("Create a Volunteer screen with name and shirt size")
    assert result.status == "needs_clarification"  # a screen is not what is kept


# --- "it" points at the one thing named just before ---
@pytest.mark.parametrize(
    "request_text",
    [
        "Invoice works nicely. Can we also store a purchase order ref on it?",
        "The Invoice view is fine. Please add a purchase order ref to it.",
    ],
)
def test_it_is_the_one_thing_the_sentence_before_names(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Invoice(purchase_order_ref:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Invoice and Receipt work nicely. Can we also store a reference on it?",
        "I spoke with Priya this morning. Can we add a reference to it?",
        "Our members love it. Could we add a reference to it?",
    ],
)
def test_it_with_two_names_or_none_before_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"


# --- one parenthesis per thing ---
def test_things_each_with_one_field_in_brackets_are_each_created() -> None:
    assert set(accepted("Ladders (height), ropes (length) and helmets (size)")) == {
        "Ladder(height:float)",
        "Rope(length:float)",
        "Helmet(size:str)",
    }


def test_a_name_after_a_create_verb_takes_a_type_word_as_its_field() -> None:
    assert set(accepted("Create Ticket (number) and Venue (name)")) == {
        "Ticket(number:str)",
        "Venue(name:str)",
    }


@pytest.mark.parametrize(
    "request_text",
    [
        "Height (cm), weight (kg) and remarks (optional)",
        "Labels (comma separated), shades (hex)",
    ],
)
def test_brackets_that_annotate_fields_create_no_things(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"


# --- a record renamed is no schema change ---
@pytest.mark.parametrize(
    "request_text",
    [
        "Rename guest Sam to Samuel",
        "please rename supplier Northwind to Northwind Traders",
        'rename product "Red Kettle" to "Crimson Kettle"',
        "Could you rename the horse Dobbin to Clover?",
    ],
)
def test_renaming_one_record_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename the Guest entity to Visitor", "Visitor<Guest()"),
        ("rename entity Guest to Visitor", "Visitor<Guest()"),
        ("rename guest to visitor", "Visitor<Guest()"),
        ("please rename the Guests tab to Visitors", "Visitor<Guest()"),
    ],
)
def test_renaming_the_thing_itself_is_still_read(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == [expected]
