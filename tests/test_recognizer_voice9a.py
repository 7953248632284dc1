"""Short requests dictated or typed on a phone: terse notes, one-liners, no punctuation.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

# "kennels remove run number": a terse note names the thing first, then the change on it.


@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        ("kennels remove run number", Intent.REMOVE_FIELDS, ["Kennel(run_number:str)"]),
        ("invoice drop discount code", Intent.REMOVE_FIELDS, ["Invoice(discount_code:str)"]),
        (
            "greenhouse add humidity and vent count",
            Intent.ADD_FIELDS,
            ["Greenhouse(humidity:float,vent_count:int)"],
        ),
        ("patient rename cell to mobile", Intent.RENAME_FIELD, ["Patient(mobile:str<cell)"]),
        (
            "trailers change axle count to integer",
            Intent.MODIFY_FIELDS,
            ["Trailer(axle_count:int)"],
        ),
        ("visit make remarks optional", Intent.MODIFY_FIELDS, ["Visit(remarks:str?)"]),
    ],
)
def test_a_thing_named_first_then_its_change(
    request_text: str, intent: Intent, shape: list[str]
) -> None:
    assert accepted(request_text, intent) == shape


@pytest.mark.parametrize(
    "request_text",
    [
        "users add items to cart",  # who does what, with its place said
        "staff add notes",  # a doer, no thing to change
        "we remove old stock",  # a speaker
    ],
)
def test_a_doer_before_the_verb_is_no_thing_changed(request_text: str) -> None:
    intent, shape = reading(request_text)
    assert intent not in (Intent.ADD_FIELDS, Intent.REMOVE_FIELDS) or not any(
        s.startswith(("User(", "Staff(", "We(")) for s in shape
    ), shape


def test_the_change_said_with_its_place_keeps_its_reading() -> None:
    assert accepted("remove run number from kennels", Intent.REMOVE_FIELDS) == [
        "Kennel(run_number:str)"
    ]
    assert accepted("add humidity to the greenhouse", Intent.ADD_FIELDS) == [
        "Greenhouse(humidity:float)"
    ]


# "geese ring number weight": a plural not made with "s" ("mice", "geese") or one that is its
# own plural ("deer", "sheep") opens a list typed without commas as any plural does.


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("mice cage number weight", ["Mouse(cage_number:str,weight:float)"]),
        ("deer collar code location", ["Deer(collar_code:str,location:str)"]),
    ],
)
def test_a_plural_without_s_opens_a_run_on_list(request_text: str, shape: list[str]) -> None:
    assert accepted(request_text) == shape


def test_a_plural_without_s_before_one_noun_is_still_one_name() -> None:
    assert reading("sheep farm") == (Intent.CREATE_ENTITY, ["SheepFarm()"])


# "repair tickets with phone model price": in a list typed without commas, "model", "serial",
# "status" and "birthday" end a field's name as "name" and "price" do; a join word after them
# keeps them on it ("model number", "serial number", "status code").


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "repair tickets with owner name bike model price",
            ["RepairTicket(owner_name:str,bike_model:str,price:decimal)"],
        ),
        ("guitars with serial brand and price", ["Guitar(serial:str,brand:str,price:decimal)"]),
        (
            "pupils with full name birthday hobbies",
            ["Pupil(full_name:str,birthday:date,hobbies:str)"],
        ),
        ("modems with serial status location", ["Modem(serial:str,status:str,location:str)"]),
    ],
)
def test_more_words_end_a_name_in_a_run_on_list(request_text: str, shape: list[str]) -> None:
    assert accepted(request_text) == shape


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("laptops with serial number and owner", ["Laptop(serial_number:str,owner:str)"]),
        ("phones with model number and price", ["Phone(model_number:str,price:decimal)"]),
    ],
)
def test_a_join_word_keeps_the_new_heads_on_their_name(request_text: str, shape: list[str]) -> None:
    assert accepted(request_text) == shape


# "lockers for my gym with a code and a size": the things, then the business they serve, then
# their fields; the business is the scene, never the thing that has the fields.


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("lockers for my gym with a code and a size", ["Locker(code:str,size:str)"]),
        ("ladders for the workshop with height and brand", ["Ladder(height:float,brand:str)"]),
        (
            "track ponies for the riding school with name and age",
            ["Pony(name:str,age:int)"],
        ),
    ],
)
def test_things_for_a_business_with_fields_are_the_things(
    request_text: str, shape: list[str]
) -> None:
    assert accepted(request_text) == shape


def test_the_business_named_alone_keeps_its_fields() -> None:
    assert accepted("the gym with a name and an address") == ["Gym(name:str,address:str)"]


# "new entity kiln comma fields name comma temperature": dictated, the new thing's name, then
# (a comma or nothing between) the list of its fields, with no "with".


@pytest.mark.parametrize(
    "request_text",
    [
        "new entity kiln, fields name, max temperature and location",
        "new entity Kiln comma name comma max temperature and location full stop",
        "new kiln entity name, max temperature, location",
    ],
)
def test_a_new_entity_then_its_list(request_text: str) -> None:
    assert accepted(request_text) == ["Kiln(name:str,max_temperature:float,location:str)"]


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "Create a Kiln entity for my pottery with name, max temperature and location",
            ["Kiln(name:str,max_temperature:float,location:str)"],
        ),
        ("create an entity for glazes with name, colour", ["Glaze(name:str,colour:str)"]),
    ],
)
def test_a_new_entity_with_its_place_said_keeps_its_reading(
    request_text: str, shape: list[str]
) -> None:
    assert accepted(request_text) == shape


# "add a filed for allergy notes on pupils": after an article, "filed" (or "filled") before
# "for" is "field" mistyped.


def test_field_mistyped_after_an_article() -> None:
    assert accepted("add a filed for shoe size on runners", Intent.ADD_FIELDS) == [
        "Runner(shoe_size:str)"
    ]
    assert accepted("add a filled for the pickup time to orders", Intent.ADD_FIELDS) == [
        "Order(pickup_time:datetime)"
    ]


def test_a_form_filed_for_a_claim_is_no_field() -> None:
    intent, shape = reading("the form filed for the claim")
    assert not any("field" in s for s in shape), (intent, shape)


# "drop pager from couriers no one carries one anymore": typed without a stop, what nobody
# does any more is why, never part of the thing's name.


@pytest.mark.parametrize(
    "request_text",
    [
        "drop the pager from couriers no one carries pagers anymore",
        "remove pager from couriers nobody carries them these days",
    ],
)
def test_what_nobody_does_anymore_is_the_reason(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == ["Courier(pager:str)"]


# "kayaks length, colour, owner name": a plural opening the request straight before a field's
# own name and a list with commas opens that list, the "with" left out.


def test_a_plural_then_a_comma_list_is_the_things_and_their_fields() -> None:
    assert accepted("kayaks length, colour, owner name") == [
        "Kayak(length:float,colour:str,owner_name:str)"
    ]


def test_plurals_listed_with_commas_are_no_fields_of_the_first() -> None:
    intent, shape = reading("sales reps, managers and clerks")
    assert not any(s.startswith("Sale") for s in shape), (intent, shape)


# "add a field for plate and another field for colour on vans": the second of two fields asked
# for one by one ("another field for", "another for") is a field as the first.


@pytest.mark.parametrize(
    "request_text",
    [
        "add a field for shoe size and another field for club on runners",
        "add a field for shoe size and another for club on runners",
    ],
)
def test_another_field_for_is_one_more_field(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Runner(shoe_size:str,club:str)"]


def test_another_thing_is_still_a_thing() -> None:
    assert accepted("add a field for shoe size on runners", Intent.ADD_FIELDS) == [
        "Runner(shoe_size:str)"
    ]


# "canoes name string length float": said without commas, each name followed by its type;
# two or more type words in the run, and each ends the field before it.


@pytest.mark.parametrize(
    "request_text",
    ["canoes with name string length float", "canoes name string length float seats integer"],
)
def test_names_each_followed_by_a_type(request_text: str) -> None:
    shape = accepted(request_text)
    assert shape[0].startswith("Canoe(name:str,length:float"), shape


def test_one_type_word_in_a_run_keeps_its_reading() -> None:
    assert accepted("canoes with name string") == ["Canoe(name:str)"]
