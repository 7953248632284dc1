"""Requests the rules read as nothing although a person says plainly what to change or keep.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a change pointed at with "it" finds the field the talk before names
(written as code, said with a possessive, or as the subject of a sentence); a place "where we
keep" things names what is kept; what some of the things go without makes a listed field
optional, never removes it. Near each, a vague request that must still be asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


# --- "it" points at the field the talk before names ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # a field written as code, its entity before the dot
        ("Going over the models with the intern we saw Kiln.shelves is text, which is "
         "odd; it should be a whole number",
         Intent.MODIFY_FIELDS, ["Kiln(shelves:int)"]),
        # a possessive inside the field's words is dropped from its name
        ("the auditors say we shouldn't keep the tenant's phone on parking permits any more, "
         "please remove it",
         Intent.REMOVE_FIELDS, ["ParkingPermit(tenant_phone:str)"]),
        # the sentence's subject, said to have come out as a type; the owner is in the ask
        ("Bottles per crate came across as text from the old spreadsheet, but it is always a "
         "whole number. Can you make it a whole number on deliveries?",
         Intent.MODIFY_FIELDS, ["Delivery(bottles_per_crate:int)"]),
    ],
)  # fmt: skip
def test_it_is_the_field_the_talk_before_names(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # a pronoun or a quantifier as the subject names no field
        "Things are a bit slow lately. Can you make it a whole number on deliveries?",
        "Everything is fine now. Can you make it optional on invoices?",
        # the thing itself as the subject is no field of it
        "Deliveries are a mess at the moment. Can you make it optional on deliveries?",
        # two fields written as code: which one "it" is is not said
        "We saw Kiln.firing_hours and Kiln.shelf_count are text; it should be a number",
    ],
)
def test_it_with_nothing_that_names_one_field_is_asked_about(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- a place where things are kept ---------------------------------------------------------------
def test_a_place_where_we_keep_things_names_what_is_kept() -> None:
    assert accepted(
        "Could you set something up where we keep seed packets: variety, sowing month, "
        "packed on and a viable flag?"
    ) == ["SeedPacket(variety:str,sowing_month:str,packed_on:date,viable:bool)"]


def test_a_listed_name_of_when_something_was_tested_ends_before_and() -> None:
    result = read_right(
        "Please set something up where we track boiler checks: boiler serial, flue reading "
        "(number), tested at and a safe flag"
    )
    assert result == [
        "BoilerCheck(boiler_serial:str,flue_reading:float,tested_at:datetime,safe:bool)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "set something up where we keep things",
        "make a place where we track stuff",
        "a system where we keep everything in one place",
    ],
)
def test_a_place_that_keeps_nothing_named_is_asked_about(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- what some of the things go without ----------------------------------------------------------
def test_what_some_go_without_makes_a_listed_field_optional() -> None:
    assert accepted(
        "Could you track allotment holders with name, plot number, phone and email? Some of "
        "our holders don't use email."
    ) == [
        "AllotmentHolder(name:str,plot_number:str,phone:str,email:email?)"
    ]  # fmt: skip


def test_a_removal_said_as_an_order_is_still_a_removal() -> None:
    # no quantifier: the person takes the field back, which is not one plain create
    assert (
        read(
            "Could you track allotment holders with name, plot number, phone and email? "
            "Drop the email."
        ).status
        == "needs_clarification"
    )


# --- a rename asked with neither name: the talk before says both ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On the boats, the field you called hull colour — we say paint here. Could you "
         "rename it?",
         ["Boat(paint:str<hull_colour)"]),
        ("In my pottery app the kilns have a field called heat, but my teacher says it should "
         "be called peak temperature. can you change the name?",
         ["Kiln(peak_temperature:str<heat)"]),
        ("The fire officer says we should say 'muster point' not 'meeting spot' on the Depot "
         "records. Could you rename the field?",
         ["Depot(muster_point:str<meeting_spot)"]),
    ],
)  # fmt: skip
def test_a_bare_rename_takes_its_names_from_the_talk_before(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you rename it?",
        "The field is annoying. Could you change the name?",
        # the new name is said, the old one is not
        "On the boats we say paint here. Could you rename it?",
    ],
)
def test_a_bare_rename_with_the_talk_unclear_is_asked_about(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- an identifier of three words or more --------------------------------------------------------
def test_every_part_of_a_snake_case_name_is_a_word() -> None:
    assert accepted(
        "rain_gauge_readings: gauge code, depth (mm, number), read on (date), overflowed yes/no"
    ) == ["RainGaugeReading(gauge_code:str,depth:float,read_on:date,overflowed:bool)"]


def test_a_snake_case_name_alone_still_asks_what_it_has() -> None:
    assert read("rain_gauge_readings").status == "needs_clarification"
