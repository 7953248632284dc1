"""Requests asked only because no entity was found, though the request names it.

Every request here is written for this file (none is copied from the corpus). Each family has
wordings in other trades and sentence shapes, and counterparts that must keep their reading:
a change that truly names no entity stays asked (docs/recognition.md: "a change with no
entity" needs clarification).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- a change whose thing is said first, as the field's modifier -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kennel dog microchip number -> optional", ["KennelDog(microchip_number:str?)"]),
        ("tenant email -> not required", ["Tenant(email:email?)"]),
        ("make the greenhouse plant watering notes optional",
         ["GreenhousePlant(watering_notes:str?)"]),
        ("Customer phone number should be allowed to be empty",
         ["Customer(phone_number:str?)"]),
        ("make the wedding guest dietary notes optional", ["WeddingGuest(dietary_notes:str?)"]),
    ],
)  # fmt: skip
def test_a_thing_said_before_its_field_owns_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_long_thing_before_its_field_is_read_and_may_be_confirmed() -> None:
    assert read_right(
        "the lorry driver licence number should be allowed to be blank", Intent.MODIFY_FIELDS
    ) == ["LorryDriver(licence_number:str?)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "make the phone optional",  # no entity at all
        "phone number -> not required",  # a value's name WordNet lists whole
        "last service date -> optional",  # "last" describes, it is no thing
        "the fire escape location should be optional",  # "fire escape" is one name
        "make the emergency contact phone optional",  # which phone, not whose
        "surfboard rental deposit -> decimal",  # a frame word inside the thing's name
        "ferry crossing ticket price should be a decimal",  # where the name is cut: a guess
        "make the boat trailer axle weight a decimal",  # BoatTrailer's axle weight, or …?
    ],
)
def test_a_field_with_no_thing_before_it_stays_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert "entity" in result.missing


# --- a change document whose title names the thing its lines change -----------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Schema changes for the Ferry table\n- add a crew count (integer)\n- add a home port",
         Intent.ADD_FIELDS, ["Ferry(crew_count:int,home_port:str)"]),
        ("Update 3: Beehive entity\n* add a queen colour\n* add the last inspection date",
         Intent.ADD_FIELDS, ["Beehive(queen_colour:str,last_inspection_date:date)"]),
        ("Change request #12 - Lighthouse\n1. rename keeper name to keeper full name\n",
         Intent.RENAME_FIELD, ["Lighthouse(keeper_full_name:str<keeper_name)"]),
        # the frame word after the thing is not part of it
        ("Fixes for the Kayak app:\n- add a hull colour\n- add a seat count (integer)",
         Intent.ADD_FIELDS, ["Kayak(hull_colour:str,seat_count:int)"]),
    ],
)  # fmt: skip
def test_a_change_document_title_names_the_thing_changed(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Change request 7\n- make the phone optional",  # the title names nothing
        "Changes for the app:\n- add a cuisine",  # only the app
        "Update 3\n* add a queen colour",
    ],
)
def test_a_change_document_whose_title_names_nothing_stays_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert "entity" in result.missing


# --- a shouted kind of thing whose first word is also a verb ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("RUN SHEETS!!! route, driver name, start time",
         ["RunSheet(route:str,driver_name:str,start_time:datetime)"]),
        ("print jobs!!! design name, quantity, due date",
         ["PrintJob(design_name:str,quantity:int,due_date:date)"]),
        ("PRINT LABELS! name, size", ["PrintLabel(name:str,size:str)"]),
    ],
)  # fmt: skip
def test_a_shouted_verb_noun_plural_heads_the_list(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_shouted_keeping_verb_still_keeps_the_things() -> None:
    assert accepted("TRACK ORDERS!!! customer name, total, order date") == [
        "Order(customer_name:str,total:decimal,order_date:date)"
    ]


def test_an_order_said_once_calmly_stays_asked() -> None:
    # one "!" in mixed case may be an order to print labels: nothing says it is a thing kept
    result = read("Print labels! name, size")
    assert result.status == "needs_clarification", shape(result)


# --- "X entity:" where X is also a verb of keeping ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Schedule entity: name, starts on, ends on",
         ["Schedule(name:str,starts_on:date,ends_on:date)"]),
        ("Log entity: message, level, logged at",
         ["Log(message:str,level:str,logged_at:datetime)"]),
        ("register entity: title, kept by", ["Register(title:str,kept_by:str)"]),
    ],
)  # fmt: skip
def test_a_keeping_verb_marked_as_an_entity_names_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("drop entity: Kiln", Intent.REMOVE_ENTITY, ["Kiln()"]),
        ("Create entity: Kiln with name, size", Intent.CREATE_ENTITY, ["Kiln(name:str,size:str)"]),
    ],
)  # fmt: skip
def test_an_order_before_entity_is_still_the_order(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- "Entity: X." as a sentence of its own, then its fields -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Table: Boat Hire. Fields: hired at, hours (integer), deposit.",
         ["BoatHire(hired_at:datetime,hours:int,deposit:decimal)"]),
        ("Entity: Kiln.\nFields: name, max temperature", ["Kiln(name:str,max_temperature:float)"]),
    ],
)  # fmt: skip
def test_an_entity_named_in_a_sentence_of_its_own_owns_the_fields_after_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_an_entity_named_with_a_full_stop_and_no_fields_is_asked_for_them() -> None:
    result = read("Entity: Kiln.")
    assert result.status == "needs_clarification"
    assert shape(result) == ["Kiln()"] and "attributes" in result.missing
