"""Requests the reader asked about because it found no entity (or no field) for a create or a
change that a person reads at once, grouped by how English says the thing.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the thing is found however it is introduced, and a request that
names no thing is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- words before a dash lead in; a place phrase after it names the thing -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Just one thing - on the Kayak entity could we add a hull colour and a seat count?",
         ["Kayak(hull_colour:str,seat_count:int)"]),
        ("Sorry, forgot this yesterday — on Tenant, can you add a move-in date?",
         ["Tenant(move_in_date:date)"]),
        ("A small request from the office - for the Invoice entity please add a po number",
         ["Invoice(po_number:str)"]),
        ("Two more bits - on the Greenhouse entity we want a vent count and a heater flag",
         ["Greenhouse(vent_count:int,heater:bool)"]),
    ],
)  # fmt: skip
def test_a_place_phrase_after_a_lead_in_dash_names_the_thing_changed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Just one thing - could we add a date?",
        "quick one - in the app could we add a date",
        "One more ask - on the system can you add a note",
    ],
)
def test_a_lead_in_dash_before_no_thing_still_asks_which_entity(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- "following up on" is a phrasal verb: nothing named "Up" is followed ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Following up on the bakery app - could the Loaf entity also have a proofing time "
         "(integer) and a gluten free flag?", ["Loaf(proofing_time:int,gluten_free:bool)"]),
        ("Following up on yesterday's call: on Vessel, add a home port.",
         ["Vessel(home_port:str)"]),
        ("Just following up on my email. Please add a renewal date to Membership.",
         ["Membership(renewal_date:date)"]),
    ],
)  # fmt: skip
def test_following_up_on_something_is_a_lead_in_not_an_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Following up on my last message, can you add a date?",
        "Just following up - I need to keep track of things.",
    ],
)
def test_following_up_with_no_thing_still_asks(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert "Up" not in [e.name for e in result.entities]


def test_following_things_is_still_a_way_of_keeping_them() -> None:
    assert accepted("An app to follow our hikers with name, phone and route") == [
        "Hiker(name:str,phone:str,route:str)"
    ]


# --- what we (or the system) keep, said with its fields, is what is built ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("At the moment we record seed packets with variety, sowing month and a stock count.",
         ["SeedPacket(variety:str,sowing_month:str,stock_count:int)"]),
        ("I track my running shoes (brand, model, kilometres run as a number).",
         ["RunningShoe(brand:str,model_value:str,kilometres_run:float)"]),
        ("Our system currently stores vans with registration, mileage and a next service date.",
         ["Van(registration:str,mileage:int,next_service_date:date)"]),
    ],
)  # fmt: skip
def test_things_we_already_keep_with_their_fields_are_created(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_two_kept_things_each_with_fields_in_brackets_are_both_created() -> None:
    assert read_right(
        "We record hive inspections (inspection date, queen seen flag, frames of brood) and "
        "apiaries (site name, postcode)."
    ) == [
        "HiveInspection(inspection_date:date,queen_seen:bool,frames_of_brood:str)",
        "Apiary(site_name:str,postcode:str)",
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "We keep sheep.",
        "We track things with dates.",
        "We keep a lot of stuff with care.",
        "We record all of it with notes",
    ],
)
def test_what_we_keep_without_a_thing_or_its_fields_still_asks(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a verb of keeping with its g dropped ("managin") is still the verb, not part of the name ---
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("an app for trackin my guitars with make, model and year bought",
         ["Guitar(make:str,model_value:str,year_bought:int)"]),
        ("need a system for managin boat moorings wiht berth number, boat name and owner phone",
         ["BoatMooring(berth_number:str,boat_name:str,owner_phone:str)"]),
        ("Something for keepin our loan bikes: frame number, colour, lent out (yes/no)",
         ["LoanBike(frame_number:str,colour:str,lent_out:bool)"]),
    ],
)  # fmt: skip
def test_a_dropped_g_on_a_verb_of_keeping_leaves_the_thing_kept(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["an app for managin stuff", "somethin for trackin things", "keepin track of it all"],
)
def test_a_dropped_g_with_nothing_kept_still_asks(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- "keep track of them": the pronoun stands for the plural thing said just before -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our shop gets lots of calls about custom bike builds. Can you make something to keep "
         "track of them? We need customer name, frame size and the quoted price.",
         ["CustomBikeBuild(customer_name:str,frame_size:str,quoted_price:decimal)"]),
        ("The kennel takes in dogs for boarding stays and I'd like to record them: dog name, "
         "arrival date, departure date and a vaccinated flag.",
         ["BoardingStay(dog_name:str,arrival_date:date,departure_date:date,vaccinated:bool)"]),
        ("My inbox is full of requests for school visits. I need a tool to manage them - school "
         "name, visit date, number of pupils.",
         ["SchoolVisit(school_name:str,visit_date:date,pupils:int)"]),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_verb_of_keeping_stands_for_the_thing_said_before(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "We get lots of things. Can you keep track of them?",
        "Could you keep track of them? Name and date.",
        "I need to keep track of things",
    ],
)
def test_a_pronoun_with_nothing_before_it_still_asks(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a number that "can be a fraction" is a float -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create dives with site name, dive date and visibility (can be a fraction)",
         ["Dive(site_name:str,dive_date:date,visibility:float)"]),
        ("Add leaf span (can have decimals) to Seedling", ["Seedling(leaf_span:float)"]),
        ("Track tastings with wine name, sweetness (fractions are fine) and a bottle count",
         ["Tasting(wine_name:str,sweetness:float,bottle_count:int)"]),
    ],
)  # fmt: skip
def test_a_value_that_may_be_a_fraction_is_a_float(request_text: str, expected: list[str]) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert read_right(request_text, intent) == expected


def test_a_whole_number_note_still_makes_an_integer() -> None:
    assert read_right("Create hives with name and frame count (whole number)") == [
        "Hive(name:str,frame_count:int)"
    ]


# --- "the X thing": a name written as one, said as what the message is about --------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("So, the Allotment thing - a few people asked whether the deposit could be left blank. "
         "Can you make deposit optional?", Intent.MODIFY_FIELDS, ["Allotment(deposit:decimal?)"]),
        ("Regarding the Invoice one: some suppliers never send a reference. Can you make "
         "reference optional?", Intent.MODIFY_FIELDS, ["Invoice(reference:str?)"]),
    ],
)  # fmt: skip
def test_a_change_of_no_entity_is_of_the_named_thing_the_message_is_about(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "So the new thing - can you make fee optional?",
        "Re the thing we talked about - can you make the notes optional?",
    ],
)
def test_a_thing_not_named_still_asks_which_entity(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
