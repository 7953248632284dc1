"""Where the entity of a request is read (issue 8: "missing entity", entity names doubted).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "a proper list of kayaks?" asks for kayaks, as "a list of kayaks?" does (a word
that only describes is never the one told to "list"), while "have the Kiln entity also store
…" still puts a field on Kiln; "a system for the kilns, with …" asked with "for me" or "for us"
before the thing keeps kilns; "an app for our forklifts, columns serial, …" keeps forklifts
with those columns (the "with" left out after a comma), while "an app for invoices, payments,
refunds and receipts" lists more things, not details, and names no entity.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    "request_text",
    [
        "Could we get a proper list of kayaks? Hull number, colour, length and owner phone.",
        "Can we have a simple list of kayaks? Hull number, colour, length and owner phone.",
        "Can we have a list of kayaks? Hull number, colour, length and owner phone.",
    ],
)
def test_a_described_list_asked_for_then_its_details(request_text: str) -> None:
    assert accepted(request_text) == [
        "Kayak(hull_number:str,colour:str,length:float,owner_phone:str)"
    ]


def test_having_a_named_entity_store_a_value_still_adds_it() -> None:
    assert reading("have the Kiln entity also store the firing count") == (
        Intent.ADD_FIELDS,
        ["Kiln(firing_count:int)"],
    )


@pytest.mark.parametrize("who", ["me", "us"])
def test_who_it_is_for_said_before_the_thing(who: str) -> None:
    request = (
        f"Please build for {who} a system for the kilns, with kiln name, max temperature, "
        "fuel and last fired date."
    )
    assert accepted(request) == [
        "Kiln(kiln_name:str,max_temperature:float,fuel:str,last_fired_date:date)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "we need an app for our forklifts, columns serial, make, fuel type, last service date",
        "need a database for forklifts, serial, make, fuel type and last service date pls",
    ],
)
def test_a_frame_for_things_then_a_comma_and_their_details(request_text: str) -> None:
    assert accepted(request_text) == [
        "Forklift(serial:str,make:str,fuel_type:str,last_service_date:date)"
    ]


def test_a_frame_for_several_things_names_no_one_of_them() -> None:
    result = read("I want an app for invoices, payments, refunds and receipts")
    assert result.status == "needs_clarification"
    assert all(e.name != "Invoice" for e in result.entities)


@pytest.mark.parametrize("dash", ["—", "-", "–"])
def test_each_one_after_a_dash_is_the_thing_just_named(dash: str) -> None:
    request = f"Track kilns {dash} each one has a name, a max temperature and a fuel type."
    assert accepted(request) == ["Kiln(name:str,max_temperature:float,fuel_type:str)"]


def test_each_one_after_a_dash_keeps_the_word_before_the_thing() -> None:
    assert reading("Track garden sheds — each one has a code, a colour and a padlock number.") == (
        Intent.CREATE_ENTITY,
        ["GardenShed(code:str,colour:str,padlock_number:str)"],
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "On the Kiln entity we would like to start recording the firing count and the glaze.",
        "On the Kiln entity, I need to start to track the firing count and the glaze.",
        "On the Kiln entity we want to record the firing count and the glaze.",
    ],
)
def test_keeping_a_value_on_an_existing_entity_adds_it(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Kiln(firing_count:int,glaze:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "I fix bikes after work, could you make me a program that saves each bike's frame "
        "number, brand and owner phone?",
        "I run a repair stall, could you make me a program that saves each bike's frame "
        "number, brand and owner phone?",
    ],
)
def test_what_the_writer_does_before_a_comma_and_the_ask_is_talk(request_text: str) -> None:
    assert accepted(request_text) == ["Bike(frame_number:str,brand:str,owner_phone:str)"]


def test_a_topic_before_a_comma_and_the_ask_stays_the_topic() -> None:
    assert accepted("On Kiln, could you add a glaze?", Intent.ADD_FIELDS) == ["Kiln(glaze:str)"]
