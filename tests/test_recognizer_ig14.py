"""Requests from first-time users that were misread or asked: a money or measure word with
"each" after it, a phrasal "take … off" before its reason, a dash that glosses a listed field,
a word of software as a named thing's field in a change, "new" as a yes/no's whole name, and
the owner said between the old and the new name of a field.

Every request here is written for this file (none is copied from the corpus). Each family pairs
wordings that must now read with counterparts that keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- "price each": the amount for one unit is a name of its own ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log till sales with product, quantity, cost each and paid at",
         ["TillSale(product:str,quantity:int,cost_each:decimal,paid_at:datetime)"]),
        ("Keep parcels with code, weight each and count",
         ["Parcel(code:str,weight_each:float,count:int)"]),
    ],
)  # fmt: skip
def test_a_money_or_measure_word_with_each_after_it_keeps_each(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Members have a name each and a phone", ["Member(name:str,phone:str)"]),
        ("Track sales with item, quantity and a price for each",
         ["Sale(item:str,quantity:int,price:decimal)"]),
    ],
)  # fmt: skip
def test_each_that_only_distributes_is_still_no_part_of_a_name(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- "take F off X, we don't use it": the instruction, then its reason ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("please take the fax number off suppliers, we do not use it anymore",
         ["Supplier(fax_number:str)"]),
        ("take locker code off members, we dont need it anymore", ["Member(locker_code:str)"]),
    ],
)  # fmt: skip
def test_take_off_before_a_reason_removes_the_field_without_the_verb(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the take home pay on employees, we don't use it anymore",
         ["Employee(take_home_pay:str)"]),
        ("the fax on suppliers, we don't need it anymore", ["Supplier(fax:str)"]),
    ],
)  # fmt: skip
def test_a_thing_said_first_and_pointed_back_at_is_still_removed(
    request_text: str, expected: list[str]
) -> None:
    """Counterpart: "take home pay" has no "off": a field said first, then "we don't use it"."""
    assert reading(request_text) == (Intent.REMOVE_FIELDS, expected)


# --- "skeins - how many": a dash that glosses one listed field -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Parcels: sender - who sent it, boxes - how many, fee - what they pay",
         ["Parcel(sender:str,boxes:int,fee:decimal)"]),
        ("Brew batch entity with just:\n- vessel code – which tank it is in\n"
         "- temperature — in °C\n- brewed on",
         ["BrewBatch(vessel_code:str,temperature:float,brewed_on:date)"]),
        ("Hives:\n  hive code — e.g. H-12 or H-7\n  queen colour\n  frames - how many",
         ["Hive(hive_code:str,queen_colour:str,frames:int)"]),
    ],
)  # fmt: skip
def test_a_dash_gloss_describes_its_field_and_drops_nothing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_line_that_opens_with_a_verb_before_a_dash_is_no_glossed_field() -> None:
    """Counterpart: "Track jobs - what the crew did" is the ask with a remark, still asked."""
    result = read("Track jobs - what the crew did each day, with date and hours")
    assert result.status == "needs_clarification"


# --- "the model on the Drone entity": a software word as a named thing's field -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the model on the Printer entity optional.", ["Printer(model_value:str?)"]),
        ("make the data on Sensor required", ["Sensor(data:str)"]),
        ("change the model on Scooter to an integer", ["Scooter(model_value:int)"]),
    ],
)  # fmt: skip
def test_a_software_word_on_a_named_thing_is_its_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_the_model_on_the_app_is_still_no_field() -> None:
    """Counterpart: "on the app" names the system built, no thing that has a model."""
    result = read("make the model on the app optional")
    assert result.status == "needs_clarification"
    assert result.intent != Intent.MODIFY_FIELDS


# --- "new (yes/no)", "a 'new' flag": whether the thing is new ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Recipes: title, new (yes/no), serves (count)", Intent.CREATE_ENTITY,
         ["Recipe(title:str,new:bool,serves:int)"]),
        ("add a 'new' flag to Film", Intent.ADD_FIELDS, ["Film(new:bool)"]),
    ],
)  # fmt: skip
def test_new_alone_with_a_yes_no_is_the_fields_name(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text", ["add a new flag to Film", "Films: title, a new flag"]
)  # fmt: skip
def test_a_new_flag_unquoted_names_no_field_and_is_asked(request_text: str) -> None:
    """Counterpart: "a new flag" asks for a flag nobody named."""
    assert read(request_text).status == "needs_clarification"


# --- "call the F field on X G instead": the owner between the old and the new name --------------
def test_the_owner_said_before_the_new_name_goes_with_the_old_one() -> None:
    assert accepted("Call the hull field on Boat keel instead.", Intent.RENAME_FIELD) == [
        "Boat(keel:str<hull)"
    ]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("call the hull field keel on Boat", Intent.RENAME_FIELD, ["Boat(keel:str<hull)"]),
        ("Call the Workshop entity Masterclass instead.", Intent.RENAME_ENTITY,
         ["Masterclass<Workshop()"]),
    ],
)  # fmt: skip
def test_other_orders_of_call_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


def test_a_line_of_glosses_is_read_item_by_item() -> None:
    """Counterpart (since the merge with id14, which reads each "name - what it is" item on
    its own): a gloss describes its field and changes neither its name nor its type; the
    glosses' words are doubted, not dropped without a word."""
    result = read("Rooms: name - the room label; rate - what a night costs")
    assert reading("Rooms: name - the room label; rate - what a night costs") == (
        Intent.CREATE_ENTITY,
        ["Room(name:str,rate:float)"],
    )
    assert result.confidence < read("Rooms: name, rate").confidence


# --- "one audiologist": one who practises a field of study is a noun ----------------------------
def test_an_ologist_of_a_known_field_of_study_is_a_noun() -> None:
    assert accepted("Each fitting is booked with one audiologist", Intent.ADD_RELATIONSHIP) == [
        "Fitting() many_to_one>Audiologist"
    ]


def test_a_misspelt_ologist_is_still_doubted() -> None:
    """Counterpart: "audiolgist" is one slip from a word, no noun formed from one."""
    assert read("Each fitting is booked with one audiolgist").status == "needs_clarification"


# --- "Tool library (a shed in our street) — tools: …": a remark on the title --------------------
def test_a_remark_in_brackets_on_the_title_names_no_field() -> None:
    request = (
        "Seed library (a cupboard in the church hall) — seed packets: variety, donor, packed on"
    )
    assert accepted(request) == ["SeedPacket(variety:str,donor:str,packed_on:date)"]


def test_fields_in_brackets_after_a_name_are_still_its_fields() -> None:
    """Counterpart: "(a name and a floor number)" lists what rooms have; it is no remark."""
    intent, shape_read = reading(
        "Rooms (a name and a floor number) — bookings: guest, arrival date"
    )
    assert intent == Intent.CREATE_ENTITY
    assert shape_read[0].startswith("Room(name:str,floor_number:int")


# --- "Project: <name>" over a blank line: a title labelled as the project's name ----------------
def test_a_title_labelled_as_the_project_is_no_entity() -> None:
    request = (
        "Project: ferry kiosk (Oslo)\n\nRequirements:\n"
        "- Ticket entity with just: code, price, sold at\n- Write tests for the ticket endpoints"
    )
    assert accepted(request) == ["Ticket(code:str,price:decimal,sold_at:datetime)"]


def test_a_project_with_a_field_list_is_still_an_entity() -> None:
    """Counterpart: "Project: name, budget, deadline" lists what a project has."""
    assert accepted("Project: name, budget, deadline\n\nTeams: name, lead") == [
        "Project(name:str,budget:decimal,deadline:date)",
        "Team(name:str,lead:str)",
    ]


# --- "Keep the phone on Walker as it is": what a change leaves alone -----------------------------
def test_a_line_that_keeps_fields_as_they_are_is_a_constraint_beside_the_change() -> None:
    request = (
        "Walking club\n\nRequirements:\n- Remove the pager field from the Walker entity\n"
        "- Leave the phone and email on Walker as they are\n- Deploy on Fridays only"
    )
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Walker(pager:str)"]


def test_keeping_things_with_fields_is_still_a_create() -> None:
    """Counterpart: "keep ponies with name and age" keeps records: no "as they are"."""
    assert accepted("Keep ponies with name and age") == ["Pony(name:str,age:int)"]


# --- "WhatsApp": a brand written whole is one word, not "what is app" ----------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Couriers: name, WhatsApp number", Intent.CREATE_ENTITY,
         ["Courier(name:str,whatsapp_number:str)"]),
        ("rename mobile to WhatsApp number on Courier", Intent.RENAME_FIELD,
         ["Courier(whatsapp_number:str<mobile)"]),
    ],
)  # fmt: skip
def test_a_brand_with_a_contraction_inside_is_one_word(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_pascal_case_name_without_one_still_splits_into_its_words() -> None:
    """Counterpart: "CakeOrder" holds no contraction and is the entity CakeOrder."""
    assert accepted("Add a CakeOrder entity with flavour and price") == [
        "CakeOrder(flavour:str,price:decimal)"
    ]
