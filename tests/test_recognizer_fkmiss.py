"""Families of misreads found in the fresh-k batch: a developer asking for every kind of change
in many phrasings.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a change to something that exists is never read as a new entity.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- "Entity: field optional", "Entity: field: type": one field's state after the colon ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Greenhouse: vent width optional", ["Greenhouse(vent_width:float?)"]),
        ("Greenhouse: heater serial required", ["Greenhouse(heater_serial:str)"]),
        ("TrainSet: gauge code nullable", ["TrainSet(gauge_code:str?)"]),
        ("TrainSet: carriage count: integer", ["TrainSet(carriage_count:int)"]),
        ("Greenhouse: vent width: float", ["Greenhouse(vent_width:float)"]),
    ],
)  # fmt: skip
def test_one_field_with_a_state_after_an_entity_colon_is_a_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("TrainSet: name, carriage count: integer",
         ["TrainSet(name:str,carriage_count:int)"]),
        ("Greenhouses: label, vent width, heater serial",
         ["Greenhouse(label:str,vent_width:float,heater_serial:str)"]),
    ],
)  # fmt: skip
def test_fields_listed_after_an_entity_colon_still_create_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "I want Kiln to have F": a wish that a named entity has a field adds it --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a potter I want Kiln to have a glazed flag",
         ["Kiln(glazed:bool)"]),
        ("We would like the Kiln to also have a serial code so that repairs are easier",
         ["Kiln(serial_code:str)"]),
        ("As a coach I want Rower and Boat to both have a launched at timestamp",
         ["Rower(launched_at:datetime)", "Boat(launched_at:datetime)"]),
    ],
)  # fmt: skip
def test_wishing_a_named_entity_had_a_field_adds_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_wishing_things_said_in_passing_had_fields_still_creates_them() -> None:
    # "kilns", written as a word and not a name, are asked for with their fields
    assert accepted("I want kilns to have a name, a max temperature and a glazed flag") == [
        "Kiln(name:str,max_temperature:float,glazed:bool)"
    ]


# --- "Film shows with title": a plural noun followed by "with" is the thing, not a verb --------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Cold stores with site code, capacity and manager name",
         "ColdStore(site_code:str,capacity:int,manager_name:str)"),
        ("Puppet shows with title, puppeteer name and duration minutes (integer)",
         "PuppetShow(title:str,puppeteer_name:str,duration_minutes:int)"),
    ],
)  # fmt: skip
def test_a_noun_that_is_also_a_verb_before_with_ends_the_entity_name(
    request_text: str, expected: str
) -> None:
    # (whether it is accepted is the confidence model's call; the reading must be this one)
    assert shape(read(request_text)) == [expected]


# --- "an app for my bakery, for the orders: …": the second "for" names what is kept ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want an app for my bakery, for the orders: customer name, cake and pickup date",
         ["Order(customer_name:str,cake:str,pickup_date:date)"]),
        ("We need a tool for our garage, for the repairs: plate, fault and cost",
         ["Repair(plate:str,fault:str,cost:decimal)"]),
    ],
)  # fmt: skip
def test_a_second_for_the_things_with_a_list_names_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected
