"""Families of misreads found in the fresh-e batch: the ask behind a greeting or a wish, a
requirement document's title and constraint lines, change lists under a title, and an entity
named after the word "entity".

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the entity or the change they asked for is read, and lines about how
to build or the document's own title never become entities.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- a greeting with whom it greets is talk before the ask ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hi team, quick one: could the Kettle entity be called Teapot?", ["Teapot<Kettle()"]),
        ("Hello everyone, can the Lodge entity be called Cabin?", ["Cabin<Lodge()"]),
        ("Hey folks: the Ticket entity should be called Admission", ["Admission<Ticket()"]),
    ],
)  # fmt: skip
def test_a_greeting_naming_its_addressee_does_not_hide_the_rename(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


# --- "I want to call the X entity Y" renames X --------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want to call the Bouquet entity Arrangement instead", ["Arrangement<Bouquet()"]),
        ("As a florist I'd like to call the Bouquet entity Arrangement so the labels match",
         ["Arrangement<Bouquet()"]),
        ("We want to call the Pupil table Learner from now on", ["Learner<Pupil()"]),
    ],
)  # fmt: skip
def test_wanting_to_call_a_marked_entity_something_else_renames_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


def test_wanting_to_call_people_is_not_a_rename() -> None:
    result = read("I need to call the suppliers every Monday")
    assert result.intent != Intent.RENAME_ENTITY or result.status != "recognized"


# --- architecture and backups lines are constraints ---------------------------------------------
def test_architecture_and_backup_lines_of_a_document_are_constraints_not_entities() -> None:
    request = (
        "Kennel planner\n\n"
        "Requirements:\n"
        "- Track dogs with name, breed and weight\n"
        "- Follow hexagonal architecture\n"
        "- Weekly backups to an external disk\n"
    )
    result = read(request)
    assert result.status == "recognized", (result.missing, shape(result))
    assert shape(result) == ["Dog(name:str,breed:str,weight:float)"]
    assert "Follow hexagonal architecture" in result.business_rules
    assert "Weekly backups to an external disk" in result.business_rules


# --- a markdown heading alone at the top is the document's title --------------------------------
def test_a_markdown_heading_over_the_requirements_names_the_document_not_an_entity() -> None:
    request = (
        "# Glass blowing workshop app\n\n"
        "Requirements:\n"
        "- Furnace entity with just:\n"
        "  - label\n"
        "  - peak temperature\n"
        "  - install date\n"
        "- Use SQLite\n"
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Furnace(label:str,peak_temperature:float,install_date:date)"
    ]


def test_a_heading_over_a_bare_field_list_still_names_its_entity() -> None:
    assert accepted("# Lanterns\n\n- colour\n- wick length\n", Intent.CREATE_ENTITY) == [
        "Lantern(colour:str,wick_length:float)"
    ]


# --- a change under a title is a change, not a field of the title -------------------------------
def test_a_numbered_change_under_a_noun_title_is_read_as_the_change() -> None:
    request = "Pelican wording\n\n1. Rename wing span to span on Pelican\n2. Update the API docs\n"
    result = read(request)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD), (
        result.missing,
        shape(result),
    )
    assert shape(result) == ["Pelican(span:str<wing_span)"]
    assert "Pelican wording" in result.business_rules


# --- "an entity X" names X ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create an entity Lantern with colour and wick length",
         ["Lantern(colour:str,wick_length:float)"]),
        ("our makerspace lends tools, I just need a new entity Drill with serial number and "
         "brand", ["Drill(serial_number:str,brand:str)"]),
    ],
)  # fmt: skip
def test_the_word_after_an_entity_is_its_name(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.CREATE_ENTITY) == expected


# --- a place said first, then a sentence with its own subject -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("in the Lantern the colour should be optional, some are plain",
         ["Lantern(colour:str?)"]),
        ("Please, on the Kiln the max temperature should be a decimal",
         ["Kiln(max_temperature:decimal)"]),
    ],
)  # fmt: skip
def test_a_place_before_the_subject_names_the_entity_changed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_place_before_a_removal_with_a_reason_after_it_names_the_entity() -> None:
    result = read("In the Volunteer please remove the phone, nobody calls them anyway.")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS)
    assert [e.name for e in result.entities] == ["Volunteer"]
    assert [a.name for a in result.entities[0].attributes] == ["phone"]


# --- a value that must be filled in is required --------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "the serial number on Drill must always be filled in",
        "on Drill, serial number has to be filled",
        "in the Drill the serial number must be always filled, it is not optional any more",
    ],
)
def test_a_field_that_must_be_filled_in_becomes_required(request_text: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS), (
        result.missing,
        shape(result),
    )
    [drill] = result.entities
    assert drill.name == "Drill"
    assert [(a.name, a.required) for a in drill.attributes] == [("serial_number", True)]
