"""Families of the fresh-f batch's misreads (outside requirement documents), each in wording of
its own: what a person relies on."""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.nouns import is_noun
from tests.support.recognition import read, shape

needs_wordnet = pytest.mark.skipif(is_noun("table") is None, reason="WordNet is not installed")


# --- field names ---------------------------------------------------------------------------------
def test_a_field_called_x_is_the_field_x_typed_by_the_words_before_it() -> None:
    result = read("Kennel needs a new yes/no field named heated.")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Kennel(heated:bool)"]


def test_current_stays_in_a_listed_field_name() -> None:
    result = read("Boiler log with serial, current pressure and installed on date.")
    assert shape(result) == ["Boiler(serial:str,current_pressure:float,installed_on_date:date)"]


def test_a_rate_per_unit_keeps_its_unit_in_the_name_and_a_measure_in_a_unit_does_not() -> None:
    result = read("Pumps with label, flow per minute (integer) and weight in kg.")
    assert shape(result) == ["Pump(label:str,flow_per_minute:int,weight:float)"]


def test_a_required_marker_followed_only_by_a_type_is_the_fields_name() -> None:
    result = read("Drills with title, compulsory yes/no and held at.")
    assert shape(result) == ["Drill(title:str,compulsory:bool,held_at:datetime)"]


def test_a_snake_case_name_then_a_type_word_is_name_and_type() -> None:
    result = read("Kiln(label, fired_at timestamp, last_checked date, capacity int)")
    assert shape(result) == ["Kiln(label:str,fired_at:datetime,last_checked:date,capacity:int)"]


def test_a_note_of_one_value_word_gives_the_type_and_a_unit_gives_none() -> None:
    result = read("Greenhouses with name, shade level (percentage) and height (m).")
    assert shape(result) == ["Greenhouse(name:str,shade_level:float,height:float)"]


def test_count_after_counted_things_is_the_type_not_part_of_the_name() -> None:
    result = read("Keep bakers with name, loaves baked count and a visitor count.")
    assert shape(result) == ["Baker(name:str,loaves_baked:int,visitor_count:int)"]


# --- several entities ---------------------------------------------------------------------------
def test_a_dash_after_a_parenthesised_list_starts_another_clause() -> None:
    result = read(
        "Create Choir (name, town) and Singer (name, voice (text), joined on) — "
        "a choir has many singers."
    )
    assert result.status == "recognized"
    assert shape(result) == [
        "Choir(name:str,town:str) many_to_many>Singer",
        "Singer(name:str,voice:str,joined_on:date)",
    ]


# --- typos --------------------------------------------------------------------------------------
@needs_wordnet
def test_a_misspelt_entity_word_is_read_as_the_one_noun_it_is_a_slip_away_from() -> None:
    result = read("evry shipmnt belongs to one invoice")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert [e.name for e in result.entities] == ["Shipment"]
    assert "read 'Shipmnt' as 'Shipment' (spelling)" in result.notes


@needs_wordnet
def test_a_doubled_or_missing_letter_in_a_change_target_is_repaired() -> None:
    result = read("remove the fax field from Suplier pls")
    assert (result.intent, shape(result)) == (Intent.REMOVE_FIELDS, ["Supplier(fax:str)"])


@needs_wordnet
def test_an_entity_word_with_no_single_nearest_noun_is_left_as_written() -> None:
    result = read("Webinars with title, host and starts at")
    assert [e.name for e in result.entities] == ["Webinar"]


# --- relationships ------------------------------------------------------------------------------
def test_a_past_passive_with_one_agent_links_the_subject_to_it() -> None:
    result = read("Each painting was restored by one conservator.")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert shape(result) == ["Painting() many_to_one>Conservator"]


def test_each_after_the_target_says_it_of_every_subject() -> None:
    result = read("Tickets belong to one concert each.")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert shape(result) == ["Ticket() many_to_one>Concert"]


def test_an_announcement_before_a_colon_names_no_entity() -> None:
    result = read("Add a link: every invoice belongs to one client.")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_RELATIONSHIP)
    assert shape(result) == ["Invoice() many_to_one>Client"]


# --- changes in user stories --------------------------------------------------------------------
def test_stored_as_a_type_is_a_type_change_and_what_it_was_says_nothing_new() -> None:
    result = read(
        "As a baker I want the weight on Loaf to be saved as a decimal instead of text, "
        "so that we can weigh flour."
    )
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert shape(result) == ["Loaf(weight:decimal)"]


def test_i_want_a_change_before_a_colon_announces_the_change() -> None:
    result = read("As a ranger I want a change: the trail length on Park should be a float.")
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert shape(result) == ["Park(trail_length:float)"]


def test_a_new_name_with_of_stays_whole_when_the_old_name_has_its_owner() -> None:
    result = read("I want the birth town field on Rider renamed to place of birth")
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD)
    assert shape(result) == ["Rider(place_of_birth:str<birth_town)"]


def test_so_and_a_plural_subject_that_acts_is_a_reason_not_part_of_the_name() -> None:
    result = read(
        "I want the code field on Locker renamed to locker number so members stop "
        "mixing it up with the door code."
    )
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD)
    assert shape(result) == ["Locker(locker_number:str<code)"]


# --- frames, rows and notes said of several fields ----------------------------------------------
def test_a_frame_said_first_without_a_verb_is_about_the_thing_after_it() -> None:
    result = read("A small app to manage kayaks with hull colour, length and a repaired flag.")
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Kayak(hull_colour:str,length:float,repaired:bool)"]


def test_a_row_whose_other_cells_are_typed_starts_with_its_entity() -> None:
    result = read("Tent | berths: int | colour: text | waterproof: bool")
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Tent(berths:int,colour:str,waterproof:bool)"]


def test_has_after_a_comma_in_a_list_is_a_yes_no_item_not_a_verb() -> None:
    result = read("cabins: name, bed count, has sauna")
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Cabin(name:str,bed_count:int,has_sauna:bool)"]


@needs_wordnet
def test_a_misspelt_frame_word_is_repaired_but_a_real_word_near_it_is_not() -> None:
    assert shape(read("bike invetory: label, bought on")) == ["Bike(label:str,bought_on:date)"]
    assert shape(read("Inventors with name and patent count")) == [
        "Inventor(name:str,patent_count:int)"
    ]


def test_both_or_all_after_a_list_is_said_of_the_fields_before_it() -> None:
    result = read("add a fax and a pager to Clinic, both optional")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Clinic(fax:str?,pager:str?)"]
    listed = read("Shifts with starts, ends (both timestamps) and a notes field")
    assert shape(listed) == ["Shift(starts:datetime,ends:datetime,notes:str)"]


# --- conversational changes ---------------------------------------------------------------------
def test_please_you_before_the_asked_verb_is_the_person_asked() -> None:
    result = read("Please you remove the Voucher entity, nobody uses it since spring.")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_ENTITY)
    assert [e.name for e in result.entities] == ["Voucher"]


def test_the_place_said_before_an_asked_change_is_its_entity() -> None:
    result = read(
        "The auditors were here, so on the Ledger entity could you add a reviewer name "
        "and a review date?"
    )
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Ledger(reviewer_name:str,review_date:date)"]


def test_an_afterthought_opened_with_oh_and_adds_one_more_field() -> None:
    result = read("Could you add a gate code to Depot? Oh and a night contact number. Thanks!")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Depot(gate_code:str,night_contact_number:str)"]


def test_the_ask_after_a_story_and_a_colon_is_read_and_the_story_kept_as_talk() -> None:
    result = read(
        "right so we had a long call on friday (three people, no coffee) and the verdict is: "
        "we need to track loan requests. each one has a borrower name, an amount (money) "
        "and a due date. can you build that?"
    )
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["LoanRequest(borrower_name:str,amount:decimal,due_date:date)"]
    assert "can you build that?" in result.business_rules


def test_where_for_every_x_i_can_put_in_lists_the_fields_of_x() -> None:
    result = read(
        "Could you set something up where for every hive I can enter its queen colour, "
        "the apiary, the last inspection date and the honey weight, as a number?"
    )
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == [
        "Hive(queen_colour:str,apiary:str,last_inspection_date:date,honey_weight:float)"
    ]


def test_i_want_each_x_stored_with_fields_creates_x() -> None:
    result = read("As a bee keeper I want each colony recorded with queen age and frame count.")
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Colony(queen_age:int,frame_count:int)"]


def test_it_points_back_at_a_field_said_with_its_type_as_x_has_f_as_t() -> None:
    result = read("so Kiosk has opening hour as text, which is odd. make it an integer.")
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert [(a.name, a.type) for a in result.entities[0].attributes] == [("opening_hour", "int")]
    assert result.entities[0].name == "Kiosk"


def test_a_quantity_word_before_a_field_is_no_entity_and_while_you_are_at_it_is_talk() -> None:
    result = read(
        "Make the fee on Locker a decimal. also make min deposit optional while you're at it"
    )
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert [e.name for e in result.entities] == ["Locker"]
    assert [(a.name, a.required) for a in result.entities[0].attributes] == [
        ("fee", True),
        ("min_deposit", False),
    ]


# --- removals that point back -------------------------------------------------------------------
def test_take_both_out_removes_the_fields_said_as_x_has_f_and_g() -> None:
    result = read(
        "The Sensor entity has a firmware note field and a sim number field that nobody reads. "
        "Could you take both out?"
    )
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS)
    assert [(e.name, [a.name for a in e.attributes]) for e in result.entities] == [
        ("Sensor", ["firmware_note", "sim_number"])
    ]
    assert "that nobody reads" in result.business_rules


def test_a_removal_that_points_at_nothing_removed_is_asked_about() -> None:
    result = read("Drivers need a name, a badge and a pager. Please drop them.")
    assert result.status == "needs_clarification"
    assert any("points at nothing" in note for note in result.notes)


def test_a_clause_after_a_field_word_is_a_remark_unless_it_makes_the_field_optional() -> None:
    result = read(
        "Kilns have a vent field which the old model lacks, and a note field that can be empty."
    )
    assert shape(result) == ["Kiln(vent:str,note:str?)"]
    assert "which the old model lacks" in result.business_rules


def test_people_who_want_to_keep_something_declare_no_fields_and_are_asked_about() -> None:
    result = read("Add a deposit to Locker. The members want to keep a spare key.")
    assert result.status == "needs_clarification"
    assert "Member" not in [e.name for e in result.entities]


# --- one link said from both sides --------------------------------------------------------------
def test_a_comma_before_a_second_statement_about_another_thing_splits_it() -> None:
    result = read("Each lesson has one teacher, a teacher gives many lessons.")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_RELATIONSHIP)
    assert shape(result) == ["Lesson() many_to_one>Teacher"]


def test_the_side_that_says_one_holds_a_link_said_from_both_sides() -> None:
    result = read("A ferry has many crossings. Each crossing uses one ferry.")
    assert shape(result) == ["Crossing() many_to_one>Ferry"]
    reverse = read("Each crossing uses one ferry. A ferry has many crossings.")
    assert shape(reverse) == ["Crossing() many_to_one>Ferry"]


# --- lists said for a topic ---------------------------------------------------------------------
def test_we_need_a_list_for_each_topic_never_names_the_first_item_as_the_entity() -> None:
    result = read(
        "For each fossil we need the field number, the finder, and — if known — the layer."
    )
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Fossil(field_number:str,finder:str,layer:str?)"]


def test_an_optional_marker_between_dashes_is_said_of_the_item_after_it() -> None:
    result = read("Fossils with find number, finder, and — if known — the rock layer.")
    assert shape(result) == ["Fossil(find_number:str,finder:str,rock_layer:str?)"]


def test_a_list_said_before_its_entity_belongs_to_the_entity_named_next() -> None:
    result = read(
        "I'm a farrier, not an engineer, so bear with me. When a horse is shod we note the "
        "horse name, the owner phone and the shoe size. Could the app keep track of these jobs?"
    )
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Job(horse_name:str,owner_phone:str,shoe_size:str)"]


def test_with_me_and_i_am_a_x_are_talk_not_declarations() -> None:
    result = read("I am a baker, not a techie. Please bear with me. Track loaves: name, weight.")
    assert shape(result) == ["Loaf(name:str,weight:float)"]


def test_keeping_things_around_is_a_reason_not_an_entity_to_track() -> None:
    result = read(
        "Can you add an archived flag to Trail? The rangers like to keep old trails around."
    )
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Trail(archived:bool)"]


@needs_wordnet
def test_new_words_one_letter_from_an_old_one_are_not_respelt() -> None:
    result = read("Gamers with handle, rank and an influencer flag; each gamer has one ebike")
    assert [e.name for e in result.entities] == ["Gamer"]


# --- where the rules above stop -----------------------------------------------------------------
def test_a_thing_called_links_before_a_colon_is_still_an_entity() -> None:
    assert shape(read("Links: url, title and label")) == ["Link(url:str,title:str,label:str)"]


def test_a_unit_per_unit_after_in_is_still_a_unit() -> None:
    result = read("Rivers with name and flow in litres per second")
    assert shape(result) == ["River(name:str,flow:float)"]


def test_a_time_said_before_an_asked_change_is_no_entity() -> None:
    result = read("In the meantime could you add a pager?")
    assert result.status == "needs_clarification"
    assert "Meantime" not in [e.name for e in result.entities]


def test_a_removal_under_a_condition_is_behaviour_kept_as_a_rule() -> None:
    result = read(
        "Coupons with code, value and an expired flag. Once expired, delete it from the app."
    )
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert "Once expired, delete it from the app." in result.business_rules


def test_a_frame_for_a_plural_phrase_is_about_that_phrase() -> None:
    result = read("A florist app for wedding bouquets: couple name, wedding date and price.")
    assert [e.name for e in result.entities] == ["WeddingBouquet"]


def test_a_fare_or_a_toll_is_money() -> None:
    result = read("Ferry trips with route, fare and bridge toll")
    assert shape(result) == ["FerryTrip(route:str,fare:decimal,bridge_toll:decimal)"]
