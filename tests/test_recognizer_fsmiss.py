"""Families of misreads found in the fresh-s batch (analysts, product owners and consultants:
tickets, specs with numbered sections, field lists with types and constraints in many
notations, glossaries of related entities, change tickets).

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right
from tests.support.recognition import shape as shape_of


# --- a type and a required/optional marker in columns after a field's name -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiosks\n- label: text, required\n- opened on: date, optional\n- floor: int, required",
         ["Kiosk(label:str,opened_on:date?,floor:int)"]),
        ("Lockers\n* locker code - text\n* memo - text - optional\n* rented - boolean - required",
         ["Locker(locker_code:str,memo:str?,rented:bool)"]),
        ("Ferries\n- hull name - required - text\n- refit date - optional - date",
         ["Ferry(hull_name:str,refit_date:date?)"]),
    ],
)  # fmt: skip
def test_a_type_and_a_required_marker_after_a_name_annotate_it_and_name_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


# --- a past participle with "on"/"at" naming a field is not a testing or migration rule ------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kettles: model, capacity (int)\nBoilers: serial, pressure tested on (date, optional)",
         ["Kettle(model_value:str,capacity:int)", "Boiler(serial:str,pressure_tested_on:date?)"]),
        ("Hoses: code, burst tested at (timestamp), length (float)",
         ["Hose(code:str,burst_tested_at:datetime,length:float)"]),
    ],
)  # fmt: skip
def test_a_field_named_when_something_was_tested_is_kept_as_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_line_about_testing_the_code_is_still_no_field() -> None:
    assert read_right("Hoses: code, length (float)\nEvery endpoint is tested.") == [
        "Hose(code:str,length:float)"
    ]


# --- where the app stores records is no relationship -----------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Track kites with a name and a span (float). Kites are stored in a relational database.",
        "Track kites with a name and a span (float). Kites are kept in a separate table.",
    ],
)
def test_records_stored_in_a_described_database_are_not_linked_to_anything(
    request_text: str,
) -> None:
    assert read_right(request_text) == ["Kite(name:str,span:float)"]


def test_records_kept_in_a_named_thing_are_still_linked_to_it() -> None:
    assert read_right("Track kites with a name. Each kite is stored in one shed.") == [
        "Kite(name:str) many_to_one>Shed"
    ]


# --- a percentage annotation is a number with a fraction --------------------------------------
def test_a_percent_sign_or_word_in_brackets_types_the_field_as_float() -> None:
    assert read_right("Kilns: name, fill level (%), humidity (percent, optional)") == [
        "Kiln(name:str,fill_level:float,humidity:float?)"
    ]


# --- "Entity, add: fields": the change as a label before its list -----------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Kiln, add: firing notes (text), shelf count (int)", Intent.ADD_FIELDS,
         ["Kiln(firing_notes:str,shelf_count:int)"]),
        ("Pottery kiln, remove: firing notes", Intent.REMOVE_FIELDS,
         ["PotteryKiln(firing_notes:str)"]),
    ],
)  # fmt: skip
def test_an_entity_then_a_change_label_and_a_list_reads_as_that_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- a label line over entity lists is context, not an entity -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kennel core:\n- Dog: name, breed\n- Owner: full name, phone\n"
         "Each dog belongs to one owner.",
         ["Dog(name:str,breed:str) many_to_one>Owner", "Owner(full_name:str,phone:str)"]),
        ("Kennel plan\n1. Dog: name, breed\n2. Owner: full name, phone\n"
         "An owner has many dogs.",
         ["Dog(name:str,breed:str)", "Owner(full_name:str,phone:str) many_to_many>Dog"]),
        ("Kennel glossary:\n* Dog – name, breed.\n* Owner – full name, phone.\n"
         "Each dog belongs to one owner.",
         ["Dog(name:str,breed:str) many_to_one>Owner", "Owner(full_name:str,phone:str)"]),
        ("Kennel app:\nDog: name, breed\nOwner: full name, phone",
         ["Dog(name:str,breed:str)", "Owner(full_name:str,phone:str)"]),
    ],
)  # fmt: skip
def test_a_label_over_lists_of_linked_entities_declares_each_entity_with_its_own_fields(
    request_text: str, expected: list[str]
) -> None:
    assert sorted(read_right(request_text)) == sorted(expected)


def test_a_bare_name_over_two_entity_lists_is_still_asked_about() -> None:
    result = read("Kennel\nDog: name, breed\nOwner: full name, phone")
    assert result.status == "needs_clarification"
    assert "Kennel" in [e.name for e in result.entities]


def test_grouped_fields_under_an_entity_are_still_its_fields() -> None:
    shape = read_right("Member:\n- emergency contact: name, phone\n- home address: street, city")
    assert [entity.split("(")[0] for entity in shape] == ["Member"]


# --- a field named like a verb ('make') inside a list is still a field ----------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Scooter – registration, make, year (int).",
        "Scooters: registration, make, year (int); each scooter belongs to one depot",
    ],
)
def test_a_listed_word_that_could_start_a_clause_stays_a_field(request_text: str) -> None:
    assert read_right(request_text)[0].startswith("Scooter(registration:str,make:str,year:int)")


# --- a frame word before a noun is part of a field's name in a change -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make service date on Barge required.", ["Barge(service_date:date)"]),
        ("Make next service date on Barge optional.", ["Barge(next_service_date:date?)"]),
        ("Make the portal login on Member optional", ["Member(portal_login:str?)"]),
    ],
)
def test_a_frame_word_before_a_noun_names_the_field_a_change_is_about(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


# --- a section label before a sentence on its line names nothing -----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("User story: As a beekeeper, I want to track hives (hive code, queen age (int)) so "
         "that swarms are caught.", ["Hive(hive_code:str,queen_age:int)"]),
        ("Purpose: we record every hive with a hive code and a queen age (int).",
         ["Hive(hive_code:str,queen_age:int)"]),
    ],
)  # fmt: skip
def test_a_section_label_before_a_sentence_is_no_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_field_called_like_a_section_label_keeps_its_type_annotation() -> None:
    shape = read("Hives\n- summary: text, optional\n- hive code: text\n- queen age: int")
    assert shape_of(shape) == ["Hive(summary:str?,hive_code:str,queen_age:int)"]


# --- terse changes against an entity named first ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Beehive: delete entity", Intent.REMOVE_ENTITY, ["Beehive()"]),
        ("Beehive: remove the entity", Intent.REMOVE_ENTITY, ["Beehive()"]),
        ("Beehive: rename entity to Colony", Intent.RENAME_ENTITY, ["Colony<Beehive()"]),
        ("Beehive: swarm -> cluster (rename field)", Intent.RENAME_FIELD,
         ["Beehive(cluster:str<swarm)"]),
    ],
)  # fmt: skip
def test_a_terse_change_after_an_entity_name_is_a_change_of_that_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_removing_a_field_called_model_after_an_entity_name_is_not_removing_the_entity() -> None:
    result = read("Car: remove model")
    assert (result.intent, shape_of(result)) != (Intent.REMOVE_ENTITY, ["Car()"])


# --- the kind of a link said in brackets after it --------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    ["Kayaks carry paddles (many to many).", "Kayaks have paddles (many-to-many)"],
)
def test_a_link_with_its_kind_in_brackets_is_a_relationship_not_a_field_list(
    request_text: str,
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == ["Kayak() many_to_many>Paddle"]


# --- a field said to change state, with the entity after the new state ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("pH level becomes optional on Paddock.", ["Paddock(ph_level:str?)"]),
        ("1. drainage class becomes required on Paddock.", ["Paddock(drainage_class:str)"]),
        ("I want pH level on Paddock changed to float.", ["Paddock(ph_level:float)"]),
        ("As an agronomist I want pH level on Paddock changed to a float so that decimals fit.",
         ["Paddock(ph_level:float)"]),
    ],
)  # fmt: skip
def test_a_field_said_to_become_a_state_on_an_entity_is_a_change_of_that_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


# --- "No wait —" takes back the sentence before it -------------------------------------------
def test_a_sentence_opening_with_no_wait_replaces_the_sentence_before_it() -> None:
    request = (
        "I want tank size on Aquarium changed to a decimal. "
        "No wait — make filter brand on Aquarium optional."
    )
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Aquarium(filter_brand:str?)"]


def test_scratch_that_takes_back_the_sentence_before_it() -> None:
    assert read_right(
        "Add a colour to Dinghy. Scratch that, add a sail colour to Dinghy.", Intent.ADD_FIELDS
    ) == ["Dinghy(sail_colour:str)"]


# --- field lines with the type after a space, under a heading ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tide gauges\nstation code int\ninstalled at datetime\nsensor brand\ncalibrated bool\n"
         "notes - optional",
         ["TideGauge(station_code:int,installed_at:datetime,sensor_brand:str,calibrated:bool,"
          "notes:str?)"]),
        ("Buoys\nmooring depth float\nlast checked date",
         ["Buoy(mooring_depth:float,last_checked_date:date)"]),
    ],
)  # fmt: skip
def test_lines_of_a_name_and_a_spaced_type_under_a_heading_are_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_capitalised_line_after_field_lines_still_heads_another_entity() -> None:
    request = "Ingredient\nname: text\nunit price: decimal\nSupplier\nname: text\nphone: text"
    assert read_right(request) == [
        "Ingredient(name:str,unit_price:decimal)",
        "Supplier(name:str,phone:str)",
    ]


# --- chatty asks: "each one" after the things kept, "would be nice to log …" -----------------
def test_each_one_after_the_things_kept_is_each_of_them() -> None:
    request = "We mostly need to track our kilns: each one has a site name and a capacity (int)."
    assert read_right(request) == ["Kiln(site_name:str,capacity:int)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Would be nice to log the kiln firings: potter name, firing date and peak heat (float).",
        "It would be great to track kiln firings with potter name, firing date and peak heat "
        "(float).",
    ],
)
def test_a_wish_that_it_would_be_nice_to_log_things_asks_for_them(request_text: str) -> None:
    assert read_right(request_text) == [
        "KilnFiring(potter_name:str,firing_date:date,peak_heat:float)"
    ]


def test_whether_things_were_done_names_the_things_and_the_doing() -> None:
    assert read_right("Track kayaks with a name and whether paddles were returned") == [
        "Kayak(name:str,paddles_returned:bool)"
    ]


# --- "(one X per Y)" after a link may name multi-word things by their last words ------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Please relate HayBale to StorageBarn (one storage barn per bale).",
        "Relate HayBale to StorageBarn (one storage barn per hay bale).",
    ],
)
def test_a_per_remark_naming_things_by_their_head_words_says_which_side_holds_one(
    request_text: str,
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == [
        "HayBale() many_to_one>StorageBarn"
    ]
