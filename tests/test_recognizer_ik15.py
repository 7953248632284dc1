"""Factory, workshop, quality and maintenance staff's requests (ik15): where a reader went wrong.

Every request here is written for this file (none is copied from the corpus). Each family is a
way people write that read wrong; its counterparts keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import singular
from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- a four-letter "-ies" is the plural of a short "-ie" word ("dies", not "dy") ----------------
@pytest.mark.parametrize(
    ("word", "one"),
    [("dies", "die"), ("forging_dies", "forging_die"), ("Dies", "Die"), ("ties", "tie"),
     ("vies", "vie"),
     # counterparts: longer "-ies" plurals of "-y" words, and the gaming plural
     ("flies", "fly"), ("spies", "spy"), ("bodies", "body"), ("dice", "die")],
)  # fmt: skip
def test_a_four_letter_ies_plural_drops_only_its_s(word: str, one: str) -> None:
    assert singular(word) == one


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep forging dies with die number, press tonnage and last regrind date",
         ["ForgingDie(die_number:str,press_tonnage:float,last_regrind_date:date)"]),
        ("{ die code, hit count } for trim dies", ["TrimDie(die_code:str,hit_count:int)"]),
        # counterparts: a "-y" plural keeps its "-y"
        ("Track fume extraction bodies with body code and airflow",
         ["FumeExtractionBody(body_code:str,airflow:str)"]),
    ],
)  # fmt: skip
def test_dies_kept_in_a_workshop_are_die_records(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


# --- "X cleanup:" / "X tweaks:" heading a change names the thing the work is done on ------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Compressor tweaks: the service interval can go.", Intent.REMOVE_FIELDS,
         ["Compressor(service_interval:str)"]),
        ("Hopper tidy-up: make the lining colour optional", Intent.MODIFY_FIELDS,
         ["Hopper(lining_colour:str?)"]),
        ("Pallet changes: rename bay to slot", Intent.RENAME_FIELD, ["Pallet(slot:str<bay)"]),
        ("Tidy-up of the Conveyor entity: drop the belt supplier", Intent.REMOVE_FIELDS,
         ["Conveyor(belt_supplier:str)"]),
    ],
)  # fmt: skip
def test_work_named_before_a_change_is_done_on_the_thing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # counterparts: records of such events, with their fields after the colon
        ("Engineering changes: change number, reason, approved by and approved on",
         ["EngineeringChange(change_number:str,reason:str,approved_by:str,approved_on:date)"]),
        ("Spill cleanups: cleanup date, area and litres recovered",
         ["SpillCleanup(cleanup_date:date,area:str,litres_recovered:int)"]),
    ],
)  # fmt: skip
def test_records_of_work_listed_with_fields_stay_things(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_work_on_a_frame_of_records_is_not_the_thing_kept() -> None:
    # "cleanup for the X records" read as an entity Cleanup was accepted; now the thing under
    # the frame is read (and asked about, the frame after it being a doubt)
    result = read("Cleanup for the hoist records: drop the load chart")
    assert [e.name for e in result.entities] == ["Hoist"]


# --- "keep the F, the G can go": what is kept is no change --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Vendor: keep the phone, the pager can go.", ["Vendor(pager:str)"]),
        ("Keep the email on Welder; drop the fax.", ["Welder(fax:str)"]),
        ("Keep the email on Welder, but drop the fax.", ["Welder(fax:str)"]),
    ],
)  # fmt: skip
def test_a_kept_field_beside_a_removal_stays(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_keeping_things_with_fields_is_still_a_create() -> None:
    # counterpart: "keep" as the verb of keeping records
    assert accepted("Keep the gauges with gauge code, range and owner") == [
        "Gauge(gauge_code:str,range_value:str,owner:str)"
    ]


# --- "change F to T. Actually no, leave the type as it is. Just make it optional." --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On the Press entity, change tonnage to an integer. Actually no, leave the type as it"
         " is. Just make it optional.", ["Press(tonnage:float?)"]),
        ("Change cycle time on Press to an integer. Actually no, keep its type. Just make it"
         " optional.", ["Press(cycle_time:str?)"]),
        ("On Press, change tonnage to an integer. Actually no, leave it as it is. Just make it"
         " optional.", ["Press(tonnage:float?)"]),
    ],
)  # fmt: skip
def test_a_type_change_taken_back_leaves_only_the_optional_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_type_change_said_after_its_thing_stays_a_type_change() -> None:
    # counterpart: nothing taken back
    result = read("On the Press entity, change tonnage to an integer.")
    assert result.intent == Intent.MODIFY_FIELDS
    assert [(a.name, a.type) for a in result.entities[0].attributes] == [("tonnage", "int")]


# --- a unit of a rate written with a slash annotates its field: "(l/min, number)" --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Coolant pumps: pump code, flow (l/min, number), head (m)",
         ["CoolantPump(pump_code:str,flow:float,head:float)"]),
        ("### Spray booths\n- booth code\n- air speed (m/s, number)\n- filters changed (count)",
         ["SprayBooth(booth_code:str,air_speed:float,filters_changed:int)"]),
        ("Dosing units: unit code, dose (mg/ml, integer)",
         ["DosingUnit(unit_code:str,dose:int)"]),
    ],
)  # fmt: skip
def test_a_slashed_unit_is_a_unit_not_a_path(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


def test_a_path_in_brackets_is_still_no_field_name() -> None:
    # counterpart: a slash that is no unit of a rate
    result = read("Servers: server name, mount point (/mnt/data)")
    assert [a.name for a in result.entities[0].attributes] == ["server_name"]


# --- "we want to have a register of all the X": a frame around the things, not a field ----------
def test_a_register_of_all_the_things_is_a_create() -> None:
    request = (
        "We want to have a register of all the breakdowns on the line, for every breakdown must"
        " be the machine code, the stop date and a cause."
    )
    assert reading(request) == (
        Intent.CREATE_ENTITY,
        ["Breakdown(machine_code:str,stop_date:date,cause:str)"],
    )


def test_a_value_of_all_the_things_is_still_added() -> None:
    # counterpart: a value each of them has
    assert accepted("We want to have the torque rating of all the wrenches", Intent.ADD_FIELDS) == [
        "Wrench(torque_rating:float)"
    ]


# --- a past passive of "made by / made for" a counted thing links as the present ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Every casting was made by a single foundry.", ["Casting() many_to_one>Foundry"]),
        ("Each batch card was made for one work order.", ["BatchCard() many_to_one>WorkOrder"]),
        # counterpart: the present, as before
        ("Every casting is made by one foundry.", ["Casting() many_to_one>Foundry"]),
    ],
)  # fmt: skip
def test_made_by_one_in_the_past_is_a_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_field_made_optional_in_the_past_is_no_link() -> None:
    # counterpart: "made" with no counted thing after "by/for"
    assert reading("The batch code was made optional on Casting")[0] != Intent.ADD_RELATIONSHIP


# --- "the F on E stays as it is, but <change>": what stays is no change -----------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("The shore hardness on Seal stays as it is, but please make the colour on Seal optional.",
         Intent.MODIFY_FIELDS, ["Seal(colour:str?)"]),
        ("The bore on Bushing remains unchanged, but drop the supplier.", Intent.REMOVE_FIELDS,
         ["Bushing(supplier:str)"]),
    ],
)  # fmt: skip
def test_a_field_that_stays_beside_a_change_is_no_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a take-back naming only the head of an item said with a modifier ---------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Set up a list of ovens with oven code, zone, a backup phone - actually scratch the phone,"
        " nobody picks up - and the install date",
        "Track ovens with oven code, zone, backup phone and install date. Actually scratch the"
        " phone.",
    ],
)
def test_an_item_taken_back_by_its_head_leaves_the_list(request_text: str) -> None:
    assert accepted(request_text) == ["Oven(oven_code:str,zone:str,install_date:date)"]


def test_a_head_shared_by_two_items_takes_back_neither() -> None:
    # counterpart: which phone is meant is not said; nothing is guessed away
    result = read(
        "Track ovens with oven code, backup phone, site phone and install date. Actually scratch"
        " the phone."
    )
    assert [a.name for a in result.entities[0].attributes] == [
        "oven_code",
        "backup_phone",
        "site_phone",
        "install_date",
    ]
