"""A link between two things the same request declares with fields, whatever its verb.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: once a request declares two things with their own fields, a sentence joining them
("each crate is stacked in one warehouse", "with every trainee shadowing a single mentor",
"a sponsor can fund many scholarships") is their link by the cardinality rule, from the
subject, even when no reader knows the verb; before, the whole request was asked about. What
must stay asked: a negation ("no crate is stacked in more than one warehouse" bounds a count),
a question, a condition, a clause that names a thing the request does not declare, a "the"
that may point at one thing of the talk, and a field list that merely holds the verb.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape

_DECLARED = "Create Warehouse (code, city) and Crate (label, weight as a float)."


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (f"{_DECLARED} Each crate goes through one warehouse.",
         ["Warehouse(code:str,city:str)",
          "Crate(label:str,weight:float) many_to_one>Warehouse"]),
        (f"{_DECLARED} Every crate sits waiting at a single warehouse.",
         None),
        ("We keep kilns (kiln code, max temperature as an integer) and firings (fired on, "
         "cone). Each firing is run through exactly one kiln.",
         ["Kiln(kiln_code:str,max_temperature:int)",
          "Firing(fired_on:date,cone:str) many_to_one>Kiln"]),
        ("Lighthouses (name, height as a float) and keepers (name, phone). Keepers rotate "
         "through many lighthouses.",
         ["Lighthouse(name:str,height:float)",
          "Keeper(name:str,phone:str) many_to_many>Lighthouse"]),
    ],
)  # fmt: skip
def test_an_unknown_verb_between_declared_things_links(
    request_text: str, expected: list[str] | None
) -> None:
    result = read(request_text)
    if expected is None:  # a word between the verb and the count: no plain link, asked
        assert result.status == "needs_clarification"
        return
    assert accepted(request_text) == expected


def test_a_field_lists_closing_clause_is_the_link() -> None:
    request = (
        "Create Mentor (name, department) and Trainee (name, start date), with every trainee "
        "shadowing a single mentor"
    )
    assert accepted(request) == [
        "Mentor(name:str,department:str)",
        "Trainee(name:str,start_date:date) many_to_one>Mentor",
    ]


def test_plurals_with_many_in_a_closing_clause_are_many_to_many() -> None:
    request = (
        "Create ferries (name, car spaces as an integer) and sailing routes (origin, "
        "destination), with ferries covering many sailing routes"
    )
    assert accepted(request) == [
        "Ferry(name:str,car_spaces:int) many_to_many>SailingRoute",
        "SailingRoute(origin:str,destination:str)",
    ]


def test_a_list_of_values_naming_a_declared_thing_is_the_link() -> None:
    # "scholarship payments" alone reads as values (an amount); declared, it is a thing
    request = (
        "Create Sponsor with name and email, and ScholarshipPayment with amount and paid on; "
        "a sponsor can have many scholarship payments."
    )
    assert accepted(request) == [
        "Sponsor(name:str,email:email) many_to_many>ScholarshipPayment",
        "ScholarshipPayment(amount:decimal,paid_on:date)",
    ]


def test_one_on_the_subject_puts_the_link_on_the_many_side() -> None:
    request = (
        "Create Quarry (name, county) and HaulTruck (plate, load limit as a float), with one "
        "quarry dispatching many haul trucks"
    )
    assert accepted(request) == [
        "Quarry(name:str,county:str)",
        "HaulTruck(plate:str,load_limit:float) many_to_one>Quarry",
    ]


@pytest.mark.parametrize(
    "link_said",
    [
        "No crate is stacked in more than one warehouse.",  # bounds a count: no plain "one"
        "A crate is never stacked in one warehouse.",
        "Is each crate stacked in one warehouse?",
        "If a crate is stacked in one warehouse, tell the foreman.",
        "Each crate is stacked in one warehouse when it rains.",
        "Each crate is stacked in one warehouse or one yard.",
        "Each crate is stacked in at most one warehouse.",
        "Each crate is stacked in two warehouses.",
        "Each crate is stacked in one depot.",  # a depot is not declared
        "The crate is stacked in the warehouse.",  # "the": no count said
        "Each crate becomes one warehouse.",
        "Each crate is renamed to one warehouse.",
    ],
)
def test_what_is_no_plain_link_between_declared_things_stays_asked(link_said: str) -> None:
    result = read(f"{_DECLARED} {link_said}")
    crate = [e for e in result.entities if e.name == "Crate"]
    links = [r.target for e in crate for r in e.relationships]
    assert result.status == "needs_clarification" or "Warehouse" not in links, shape(result)


def test_a_closing_clause_that_goes_on_to_another_item_stays_asked() -> None:
    # "… or one yard" made a field of the list: the link would hide it, so it is asked
    result = read(
        "Create Warehouse (code, city) and Crate (label, weight as a float), with each crate "
        "stacked in one warehouse or one yard"
    )
    assert result.status == "needs_clarification", shape(result)


def test_a_field_list_that_holds_the_verb_is_fields() -> None:
    result = read("Create Warehouse (code, city) and Crate (label, stacked in warehouse flag).")
    assert result.intent == Intent.CREATE_ENTITY
    assert all(not e.relationships for e in result.entities), shape(result)


def test_a_value_list_of_an_undeclared_thing_stays_asked() -> None:
    result = read(
        "Create Sponsor with name and email, and Scholarship with title and amount; "
        "a donor can have many scholarship payments."
    )
    assert result.status == "needs_clarification", shape(result)


def test_a_preposition_is_no_verb_and_the_word_before_it_no_part_of_the_subject() -> None:
    # alone, no "ParcelTravel" is linked to a ferry (it used to be accepted)
    alone = read("Each parcel travels aboard one ferry")
    assert "ParcelTravel" not in [e.name for e in alone.entities], shape(alone)
    declared = "Create Ferry (name, berth) and Parcel (barcode, weight as a float)."
    assert accepted(f"{declared} Each parcel travels aboard one ferry.") == [
        "Ferry(name:str,berth:str)",
        "Parcel(barcode:str,weight:float) many_to_one>Ferry",
    ]


def test_a_bullet_under_a_things_heading_says_its_link_without_its_subject() -> None:
    # "- is hauled by one tractor" under Trailer is the trailer's link, never a field
    request = "## Trailer\n- plate\n- axle count (integer)\n- is hauled by one tractor\n" + (
        "## Tractor\n- make\n- horsepower (integer)"
    )
    assert accepted(request) == [
        "Trailer(plate:str,axle_count:int) many_to_one>Tractor",
        "Tractor(make:str,horsepower:int)",
    ]


def test_a_link_closing_a_things_parenthesis_is_its_link() -> None:
    request = "Create Trailer (plate, axle count as an integer, hitched to one tractor) and " + (
        "Tractor (make, horsepower as an integer)."
    )
    assert accepted(request) == [
        "Trailer(plate:str,axle_count:int) many_to_one>Tractor",
        "Tractor(make:str,horsepower:int)",
    ]


@pytest.mark.parametrize(
    "item",
    ["never hauled by one tractor", "hauled by one tractor?", "hauled by one tractor if empty"],
)
def test_a_bullet_that_is_no_plain_link_is_never_a_link(item: str) -> None:
    result = read(f"## Trailer\n- plate\n- {item}\n## Tractor\n- make\n- horsepower (integer)")
    assert all(not e.relationships for e in result.entities), shape(result)


def test_a_counted_field_that_names_a_declared_thing_is_not_made_a_link() -> None:
    # "single bed" is what a room has, said as a field: no verb, no link
    result = read("Create Room (number, single bed) and Bed (size, frame).")
    assert all(not e.relationships for e in result.entities), shape(result)
