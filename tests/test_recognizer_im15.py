"""Building-trade wording (branch im15): keeping verbs with nothing after them, things said as
a plural topic, a change taken back when it was asked as a question, two values in brackets,
states said with "under", a pressure unit, dashed lists typed with hyphens, and what is done
with each thing said between it and the ask.

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read_right, reading


# --- "I want to log: …" names no thing: the keeping verb is never the entity ---
def test_a_keeping_verb_before_a_colon_names_no_entity() -> None:
    for request in (
        "We need to track: street, skip size, hire date",
        "I want to store: tool name, serial, bought on",
        "For the depot I want to log: van plate, mileage",
    ):
        assert not any(e.startswith(("Track", "Store", "Log")) for e in asked(request))


def test_a_log_named_as_the_thing_is_still_the_entity() -> None:
    # a frame word heading the list with nothing else named is the thing (docs, Entities)
    assert reading("Site log: entry date, weather, crew size")[0] == Intent.CREATE_ENTITY


# --- "for the X (plural), I want to log: …" keeps X, as "for each X" does ---
def test_things_said_as_a_plural_topic_before_the_wish_to_keep_them_are_the_entity() -> None:
    assert read_right("For the chimney sweeps I want to log: sweep date, flue type, cost") == [
        "ChimneySweep(sweep_date:date,flue_type:str,cost:decimal)"
    ]
    assert accepted("For our skips we need to record the size, the site and the hire date") == [
        "Skip(size:str,site:str,hire_date:date)"
    ]


def test_a_place_said_in_the_singular_before_the_wish_is_no_entity() -> None:
    asked("For the workshop I want to log: drill bit size, cost")


# --- "Can you change F on X to T? Actually no, leave it …" takes the question back too ---
def test_a_type_change_asked_as_a_question_and_taken_back_leaves_the_next_change() -> None:
    assert accepted(
        "Could you make the callout charge on Visit an integer? Actually no, keep it as money."
        " Just make it optional.",
        Intent.MODIFY_FIELDS,
    ) == ["Visit(callout_charge:decimal?)"]


def test_a_type_change_asked_as_a_question_and_not_taken_back_stays() -> None:
    assert accepted(
        "Could you make the callout charge on Visit an integer?", Intent.MODIFY_FIELDS
    ) == ["Visit(callout_charge:int)"]


# --- "(pass/fail)": two values in brackets are what the field holds ---
def test_two_values_in_brackets_are_the_fields_values() -> None:
    assert accepted("Gas checks: address, result (pass/fail), checked on (date)") == [
        "GasCheck(address:str,result:str,checked_on:date)"
    ]


def test_a_yes_no_pair_in_brackets_still_types_the_field() -> None:
    assert accepted("Gas checks: address, passed (yes/no), checked on (date)") == [
        "GasCheck(address:str,passed:bool,checked_on:date)"
    ]


# --- "under warranty": a state said with "under", as "in stock" is said with "in" ---
def test_a_yes_no_state_said_with_under_is_a_plain_field_name() -> None:
    assert accepted("Scaffolds: height, hire start date, under inspection (yes/no)") == [
        "Scaffold(height:float,hire_start_date:date,under_inspection:bool)"
    ]


def test_a_phrase_with_an_article_after_under_is_still_doubted() -> None:
    asked("Scaffolds: height, under the arch")


# --- "pressure in bar": a pressure unit after a measure is its unit ---
def test_a_pressure_unit_after_a_measure_is_dropped_from_the_name() -> None:
    assert accepted("Radiators: room, water pressure in bar, bleed date") == [
        "Radiator(room:str,water_pressure:float,bleed_date:date)"
    ]


def test_a_bar_after_a_count_or_a_text_is_a_place_kept_in_the_name() -> None:
    for request, name in (
        ("Clubhouses: name, stools in bar, city", "stools_in_bar"),
        ("Clubhouses: name, staff in bar, city", "staff_in_bar"),
    ):
        assert name in reading(request)[1][0], reading(request)


# --- "plumbers - name, phone - and boilers - make, pressure": hyphens typed for dashes ---
def test_lists_between_spaced_hyphens_belong_to_the_things_before_them() -> None:
    assert accepted("Track roofers - name, phone - and ladders - length, rating.") == [
        "Roofer(name:str,phone:str)",
        "Ladder(length:float,rating:float)",
    ]


def test_a_hyphen_inside_a_word_is_no_dash() -> None:
    assert accepted("Track roofers with name, check-in date and phone") == [
        "Roofer(name:str,check_in_date:date,phone:str)"
    ]


# --- "for every roof we quote I need …": what is done with each one is no part of the ask ---
def test_what_is_done_with_each_thing_before_the_ask_is_a_relative_clause() -> None:
    assert accepted("For every kitchen we fit I need the address, the worktop and the price") == [
        "Kitchen(address:str,worktop:str,price:decimal)"
    ]
    assert accepted("For each van we hire out, we record the plate, the driver and the fee") == [
        "Van(plate:str,driver:str,fee:decimal)"
    ]


def test_each_thing_followed_straight_by_the_ask_is_unchanged() -> None:
    assert accepted("For every kitchen I need the address, the worktop and the price") == [
        "Kitchen(address:str,worktop:str,price:decimal)"
    ]


# --- "After the site visit we decided that …": the occasion before who decided, no comma ---
def test_an_occasion_before_who_decided_is_background_to_the_decision() -> None:
    assert accepted(
        "After the site visit with the surveyor we decided that Survey should be called Report.",
        Intent.RENAME_ENTITY,
    ) == ["Report<Survey()"]
    assert accepted(
        "At the toolbox talk we agreed that the mobile on Apprentice should be optional.",
        Intent.MODIFY_FIELDS,
    ) == ["Apprentice(mobile:str?)"]


def test_a_decision_with_nothing_to_change_staysasked() -> None:
    asked("After the site visit we decided that Survey is fine as it is.")


# --- "each charger install": a verb said as the head of a named thing, after "each" ---
def test_a_thing_named_with_a_verb_head_after_each_is_a_noun() -> None:
    assert accepted(
        "I want each meter install stored with the address, the engineer and the fitted date"
    ) == ["MeterInstall(address:str,engineer:str,fitted_date:date)"]


def test_a_thing_named_with_a_verb_head_and_no_determiner_stays_doubted() -> None:
    asked("Gutter clean: address, metres cleared")


# --- constraint lines of a requirement document: the code kept simple, what must be logged ---
def test_documenting_and_logging_lines_and_keeping_the_code_simple_are_constraints() -> None:
    doc = (
        "Scaffold hire\n\nRequirements:\n- Scaffold: site, height (number), erected on (date)\n"
        "- Keep the code simple\n- Every field must be documented\n- Price changes must be logged"
    )
    assert accepted(doc) == ["Scaffold(site:str,height:float,erected_on:date)"]


def test_a_field_list_beside_such_a_line_keeps_its_fields() -> None:
    doc = (
        "Scaffold hire\n\nRequirements:\n- Scaffold: site, height (number), erected on (date),"
        " code\n- Keep the code simple"
    )
    assert accepted(doc) == ["Scaffold(site:str,height:float,erected_on:date,code:str)"]


# --- "nobody's sent one in years": "has" before a participle, a reason after a removal ---
def test_nobody_has_contracted_before_a_participle_is_a_reason() -> None:
    assert accepted(
        "The pager on Electrician can go - no one's carried one in years.", Intent.REMOVE_FIELDS
    ) == ["Electrician(pager:str)"]


def test_nobody_s_before_a_noun_stays_a_possessive() -> None:
    # not read as "nobody has job": the reason is not understood, so the request is asked
    asked("The pager on Electrician can go - it's nobody's job.")


# --- "note the gas safe number on each plumber": a word in -s that is no plural ---
def test_a_word_in_s_that_is_no_plural_does_not_start_a_run_on_list() -> None:
    assert accepted(
        "could we also note the gas supply number on each Boiler?", Intent.ADD_FIELDS
    ) == ["Boiler(gas_supply_number:str)"]


def test_a_plural_before_a_run_on_list_still_heads_it() -> None:
    assert accepted("track radiators room size bleed date and valve type") == [
        "Radiator(room_size:str,bleed_date:date,valve_type:str)"
    ]
