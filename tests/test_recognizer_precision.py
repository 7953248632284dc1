"""Confident misreads: requests accepted with a field lost or half an ask read, grouped by
the way of saying it. Each family is either read right, or its loss is named in the notes and
the request is asked about instead of accepted.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- an item that is only an "if" question is a yes/no field -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track cabins with a name, a number of beds, and if it has a stove",
         ["Cabin(name:str,beds:int,has_stove:bool)"]),
        ("Keep vans with a plate, a mileage and if they have a tow bar",
         ["Van(plate:str,mileage:int,has_tow_bar:bool)"]),
        ("Log canoes with a colour and if it is insured",
         ["Canoe(colour:str,is_insured:bool)"]),
        ("Keep ponies with a name, a colour and if she is in foal",
         ["Pony(name:str,colour:str,is_in_foal:bool)"]),
        ("please store greenhouses with a width, and if it has heating (optional)",
         ["Greenhouse(width:float,has_heating:bool?)"]),
    ],
)  # fmt: skip
def test_an_if_question_in_a_field_list_is_a_yes_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_an_if_after_a_fields_name_still_marks_it_not_a_new_field() -> None:
    result = read("Create suppliers with a name, and a fax if they have one")
    assert shape(result) == ["Supplier(name:str,fax:str?)"]


# --- an item asking when it happened is a date (or a year, when annotated so) --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track lighthouses with a name, a height, and when it was built (year)",
         ["Lighthouse(name:str,height:float,year_built:int)"]),
        ("Keep mills with a miller and when it was opened",
         ["Mill(miller:str,opening_date:date)"]),
        ("Choirs with a name, and when it was founded (year)",
         ["Choir(name:str,year_founded:int)"]),
        ("Record tractors: model, owner and when they were bought (optional)",
         ["Tractor(model_value:str,owner:str,purchase_date:date?)"]),
    ],
)  # fmt: skip
def test_an_item_asking_when_is_the_date_it_happened(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Keep harps with a maker and when it was tuned last",
        "Track ponds with a depth, a volume and when they were last drained by the council",
        "Store kilns with a name and if it is fired every week in summer",
    ],
)
def test_a_question_item_that_cannot_be_read_is_named_and_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    question = request_text.split(" and ")[-1]
    assert any(question in note for note in result.notes), result.notes
    assert question in result.business_rules


# --- a field said optional after a create is one more field of it -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track skips with a size and a site. The permit number can be blank.",
         ["Skip(size:str,site:str,permit_number:str?)"]),
        ("I need to log hives with a location. The queen colour may be empty.",
         ["Hive(location:str,queen_colour:str?)"]),
        ("Manage kennels with a name and a capacity. The email can be left empty.",
         ["Kennel(name:str,capacity:int,email:email?)"]),
    ],
)  # fmt: skip
def test_an_optional_field_said_after_a_create_is_created_too(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_an_optional_field_after_creating_two_things_is_asked_about() -> None:
    result = read("Barges with name, locks with depth. The notes can be blank.")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a hive number to Frame and make the hive number optional",
         ["Frame(hive_number:str?)"]),
        ("Please add a pager to the Midwife entity and make the pager optional",
         ["Midwife(pager:str?)"]),
    ],
)  # fmt: skip
def test_a_field_added_and_made_optional_in_one_sentence_is_an_optional_add(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- two asks of different kinds are asked about, naming both ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "kinds"),
    [
        ("Add a fee and a mobile to Plumber. The postcode can be blank.", "modify and add"),
        ("Put a colour and a size on Rug; also the maker may be empty.", "modify and add"),
        ("Rename Ward to Unit and add a bed count to Unit.", "rename and add"),
        ("Add an expiry date to Permit. Rename issuer to authority on Licence.",
         "rename and add"),
        ("Drop the fax from Clinic. Create a system to manage vets with a name and a phone.",
         "remove and create"),
        ("please delete the Lorry entity, and add a trailer number to Driver",
         "remove and add"),
        ("Please rename the Porter entity to Concierge and give concierges a desk number.",
         "rename and add"),
        ("Remove the fax from Florist and give florists a website", "remove and add"),
        ("Keep looms with a width and a maker. Add a phone to Weaver.", "create and add"),
        ("Track kilns with a name; make the glaze on Studio optional.", "modify and create"),
        ("Take the nickname off Rider. Each rider belongs to one club.",
         "remove and relationship"),
        ("Make the postcode optional on Depot; every depot belongs to one region.",
         "modify and relationship"),
    ],
)  # fmt: skip
def test_two_asks_of_different_kinds_are_asked_about_naming_both(
    request_text: str, kinds: str
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "intent" in result.missing
    assert any(f"asks for {kinds} changes at once" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Chefs have a name and a fax. Rename fax to pager.", Intent.RENAME_FIELD,
         ["Chef(pager:str<fax)"]),
        ("The invoice's due date needs a time too; change its type to timestamp.",
         Intent.MODIFY_FIELDS, ["Invoice(due_date:datetime)"]),
        ("Add a weight to Crate. Also, each crate belongs to one pallet.", Intent.ADD_FIELDS,
         ["Crate(weight:float) many_to_one>Pallet"]),
    ],
)  # fmt: skip
def test_a_change_with_what_it_is_about_said_beside_it_is_still_one_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a weight to Crate and give crates a label", ["Crate(weight:float,label:str)"]),
        ("Put a vat number on Florist and give each florist a website too",
         ["Florist(vat_number:str,website:str)"]),
    ],
)  # fmt: skip
def test_giving_a_thing_a_field_after_an_add_is_the_same_add(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_second_thing_created_with_add_is_still_one_create() -> None:
    result = read("Track looms with a width. Add weavers with a name and a phone as well.")
    assert shape(result) == ["Loom(width:float)", "Weaver(name:str,phone:str)"]
    assert "intent" not in result.missing


# --- "also" after the verb still marks an add to what exists -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For the Kiln we need also the max temperature and the shelf count",
         ["Kiln(max_temperature:float,shelf_count:int)"]),
        ("For the Tractor we want also a service date", ["Tractor(service_date:date)"]),
        ("Hello, for the Ferry I would like also the home port. Thanks",
         ["Ferry(home_port:str)"]),
    ],
)  # fmt: skip
def test_also_after_need_or_want_adds_to_the_named_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected
