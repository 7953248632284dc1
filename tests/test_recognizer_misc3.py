"""Confident misreads of everyday wording: an ask clefted by the person the app is for, a type
said on its own after the field it is for, a list asked for "for each one" with the verb left
on its first item.

Every request here is written for this file (none is copied from the corpus). Each family has
counterpart wordings that must keep their reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- "First thing she wants is …": the cleft said of someone else -------------------------------
def test_a_cleft_ask_said_of_the_person_the_app_is_for_names_the_things() -> None:
    request = "The first thing my manager wants is invoices: amount, due date and paid."
    assert accepted(request) == ["Invoice(amount:decimal,due_date:date,paid:bool)"]


def test_a_cleft_ask_with_she_names_the_things() -> None:
    request = "Main thing she needs is ferry crossings: departure port, sailing date, car count."
    assert shape(read(request)) == [
        "FerryCrossing(departure_port:str,sailing_date:date,car_count:int)"
    ]


def test_what_the_owner_needs_is_the_same_ask() -> None:
    request = "What the owner needs is a way to track invoices with amount and due date."
    assert accepted(request) == ["Invoice(amount:decimal,due_date:date)"]


def test_the_writers_own_cleft_keeps_its_reading() -> None:
    request = "First thing we need is invoices: amount, due date and paid."
    assert accepted(request) == ["Invoice(amount:decimal,due_date:date,paid:bool)"]


def test_first_as_part_of_a_name_is_no_cleft() -> None:
    result = read("Track first aid kits with location and expiry date")
    assert shape(result) == ["FirstAidKit(location:str,expiry_date:date)"]


# --- "Add F to X? Just a yes/no.": a type said on its own ---------------------------------------
def test_a_hedged_type_after_an_added_field_is_its_type() -> None:
    request = "Could you add a gift wrap option to the Order? Just a yes/no."
    assert accepted(request, Intent.ADD_FIELDS) == ["Order(gift_wrap_option:bool)"]


def test_a_hedged_type_keeps_its_reason_out_of_the_field() -> None:
    request = "Could you add a gift wrap option to the Order? Just a yes/no, customers keep asking."
    assert accepted(request, Intent.ADD_FIELDS) == ["Order(gift_wrap_option:bool)"]


def test_a_type_with_its_article_alone_is_the_fields_type() -> None:
    request = "Add a locker to Member. A whole number."
    assert accepted(request, Intent.ADD_FIELDS) == ["Member(locker:int)"]


def test_a_hedge_that_names_no_type_changes_nothing() -> None:
    request = "Add a nickname to Member. Just a small thing."
    assert accepted(request, Intent.ADD_FIELDS) == ["Member(nickname:str)"]


# --- "For each one please keep F, G and H": the verb is not part of the first field --------------
def test_a_list_asked_for_each_one_drops_the_verb() -> None:
    request = "We want to track kayaks. For each one please keep hull number, colour and length."
    assert accepted(request) == ["Kayak(hull_number:str,colour:str,length:float)"]


def test_a_list_asked_for_each_named_thing_drops_the_verb() -> None:
    request = "Our club keeps kayaks. For each kayak please log hull number, colour and length."
    assert accepted(request) == ["Kayak(hull_number:str,colour:str,length:float)"]


def test_a_list_for_each_one_with_its_articles_keeps_its_reading() -> None:
    request = "We want to track kayaks. For each kayak record the hull number, colour and length."
    assert accepted(request) == ["Kayak(hull_number:str,colour:str,length:float)"]


def test_the_writer_said_after_each_one_is_not_part_of_the_thing() -> None:
    request = (
        "I want to keep track of our kiln firings. For each one I'd write down the kiln name, "
        "firing date and some notes."
    )
    assert shape(read(request)) == ["KilnFiring(kiln_name:str,firing_date:date,notes:str)"]


# --- "rename Kiln temperature to peak_temp": the entity written first, with its capital ----------
def test_a_capitalised_name_then_lowercase_words_is_an_entity_and_its_field() -> None:
    request = "can you rename Boiler pressure to working_pressure"
    assert accepted(request, Intent.RENAME_FIELD) == ["Boiler(working_pressure:str<pressure)"]


def test_the_new_name_may_be_written_in_words() -> None:
    request = "rename Kiln temperature to peak temp"
    assert accepted(request, Intent.RENAME_FIELD) == ["Kiln(peak_temp:str<temperature)"]


def test_a_capitalised_name_alone_is_still_an_entity_rename() -> None:
    assert accepted("rename Kiln to Oven", Intent.RENAME_ENTITY) == ["Oven<Kiln()"]


def test_without_a_capital_the_owner_is_still_asked_for() -> None:
    result = read("rename kiln temperature to peak temperature")
    assert result.status == "needs_clarification"


# --- "a rota of volunteer shifts": a rota or roster is the frame, the shifts are kept -----------
def test_a_rota_of_things_keeps_the_things() -> None:
    request = "Set up a rota of cleaning duties with room, day and cleaner name"
    assert accepted(request) == ["CleaningDuty(room:str,day:str,cleaner_name:str)"]


def test_a_roster_of_things_keeps_the_things() -> None:
    request = "We need a roster of lifeguard shifts with guard name, start time and pool"
    assert accepted(request) == ["LifeguardShift(guard_name:str,start_time:datetime,pool:str)"]


def test_rotas_with_their_own_fields_are_the_entity() -> None:
    assert accepted("Rotas: name, week and team") == ["Rota(name:str,week:str,team:str)"]


# --- a scenario a step a line: "Given …" / "When …" / "Then it stores …" ------------------------
def test_the_outcome_of_a_scenario_is_said_of_the_thing_the_scene_brings_in() -> None:
    request = (
        "Given the front desk has a new guest\nWhen they check the guest in\n"
        "Then it stores the full name, the room number and the arrival date"
    )
    assert shape(read(request)) == ["Guest(full_name:str,room_number:str,arrival_date:date)"]
    assert read(request).intent == Intent.CREATE_ENTITY


def test_a_scenario_on_a_thing_that_exists_adds_to_it() -> None:
    request = (
        "Given a Boat exists\nWhen we extend the model\nThen Boat also has a mooring number (text)"
    )
    assert accepted(request, Intent.ADD_FIELDS) == ["Boat(mooring_number:str)"]


def test_it_after_a_scene_where_the_thing_exists_is_not_a_new_thing() -> None:
    result = read("Given a Boat exists\nThen it stores a mooring number (text)")
    assert result.intent != Intent.CREATE_ENTITY or result.status == "needs_clarification"


# --- "…, length (number) -- urgent!!": how soon it is wanted is no field -----------------------
def test_urgency_after_a_double_dash_is_no_part_of_the_last_field() -> None:
    request = "BOATS: name, hull colour, length (number) -- urgent!!"
    assert accepted(request) == ["Boat(name:str,hull_colour:str,length:float)"]


def test_urgency_after_a_dash_is_no_field_even_misspelt() -> None:
    request = "boats: name, hull colour, length (number) - urgnet"
    assert accepted(request) == ["Boat(name:str,hull_colour:str,length:float)"]


def test_urgent_as_a_listed_item_stays_a_field() -> None:
    assert accepted("tasks: title, due date, urgent") == [
        "Task(title:str,due_date:date,urgent:str)"
    ]


def test_an_urgent_flag_stays_a_field() -> None:
    assert accepted("Add an urgent flag to Task", Intent.ADD_FIELDS) == ["Task(urgent:bool)"]


# --- "water main bursts": "main" after what it carries is the pipe, part of the name -------------
def test_main_after_a_noun_is_part_of_the_things_name() -> None:
    result = read("Track gas main leaks: location, reported at")
    assert shape(result) == ["GasMainLeak(location:str,reported_at:datetime)"]


def test_a_size_word_after_a_noun_still_says_nothing() -> None:
    request = "Track gym new members with name and join date"
    assert accepted(request) == ["GymMember(name:str,join_date:date)"]


def test_size_words_before_the_thing_still_say_nothing() -> None:
    request = "a small simple tracker for new members with name"
    assert accepted(request) == ["Member(name:str)"]


# --- "add a booking reference to Ticket": a reference code is a field, not a link ---------------
def test_a_nouns_reference_added_to_an_entity_is_a_field() -> None:
    request = "could you add a supplier reference to the purchase orders"
    assert accepted(request, Intent.ADD_FIELDS) == ["PurchaseOrder(supplier_reference:str)"]


def test_a_nouns_ref_added_to_an_entity_is_a_field() -> None:
    assert accepted("add a booking ref to Ticket", Intent.ADD_FIELDS) == ["Ticket(booking_ref:str)"]


def test_a_relationship_added_to_an_entity_still_relates() -> None:
    request = "Add a warehouse relationship to the Shelf entity"
    assert accepted(request, Intent.ADD_RELATIONSHIP) == ["Shelf() many_to_one>Warehouse"]


def test_a_bare_reference_to_a_thing_is_not_read_as_a_field() -> None:
    result = read("add a reference to the booking on Ticket")
    assert result.status == "needs_clarification"


# --- "the away score and our score": a possessive that tells two fields apart stays -------------
def test_a_possessive_that_tells_a_field_from_another_is_kept() -> None:
    result = read("Games: away score, our score and pitch")
    assert shape(result) == ["Game(away_score:float,our_score:float,pitch:str)"]


def test_two_possessives_of_one_name_stay_two_fields() -> None:
    result = read("Auctions: their bid, our bid")
    assert shape(result) == ["Auction(their_bid:str,our_bid:str)"]


def test_a_possessive_with_nothing_to_tell_apart_is_dropped() -> None:
    assert accepted("Products: our price and name") == ["Product(price:decimal,name:str)"]


def test_the_records_own_possessive_before_a_different_name_is_dropped() -> None:
    request = "Stalls with their business name, contact name and email"
    assert accepted(request) == ["Stall(business_name:str,contact_name:str,email:email)"]


# --- "our beekeepers look after many hives and each hive is looked after by many beekeepers" ---
def test_the_writers_own_things_said_with_a_count_relate() -> None:
    assert accepted("our drivers drive many vans", Intent.ADD_RELATIONSHIP) == [
        "Driver() many_to_many>Van"
    ]


def test_a_link_said_back_in_the_same_sentence_is_held_by_the_side_said_first() -> None:
    request = "drivers drive many vans, and each van is driven by many drivers"
    assert accepted(request, Intent.ADD_RELATIONSHIP) == ["Driver() many_to_many>Van"]


def test_looking_after_and_caring_for_relate() -> None:
    assert accepted("nurses care for many patients", Intent.ADD_RELATIONSHIP) == [
        "Nurse() many_to_many>Patient"
    ]
    assert accepted("each patient is looked after by one nurse", Intent.ADD_RELATIONSHIP) == [
        "Patient() many_to_one>Nurse"
    ]


def test_our_team_using_a_tool_is_no_link() -> None:
    assert read("our team uses a tool").status == "needs_clarification"


def test_a_link_said_again_in_a_later_line_still_replaces_it() -> None:
    request = "Drivers and vans\n\neach van is driven by many drivers"
    assert accepted(request, Intent.ADD_RELATIONSHIP) == ["Van() many_to_many>Driver"]


# --- "Kennel needs a flag called heated": a thing had, said with "a", is brought in ------------
def test_a_flag_called_a_name_is_a_yes_no_field_of_that_name() -> None:
    assert accepted("Kennel needs a flag called heated", Intent.ADD_FIELDS) == [
        "Kennel(heated:bool)"
    ]


def test_a_checkbox_called_a_name_in_a_list_is_a_yes_no_field() -> None:
    request = "Kennels: name, size and a checkbox called heated"
    assert accepted(request) == ["Kennel(name:str,size:str,heated:bool)"]


def test_a_field_had_and_called_a_name_is_no_rename() -> None:
    result = read("Kennels need a flag called sent to vet")
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == ["Kennel(sent_to_vet:bool)"]


def test_things_now_called_another_name_are_still_renamed() -> None:
    assert accepted("the teams are now called clubs", Intent.RENAME_ENTITY) == ["Club<Team()"]


# --- "gross tonnage", "wattage": measures are numbers with a fraction, as weight and voltage are -
def test_a_tonnage_is_a_measure() -> None:
    assert accepted("Track barges with name, gross tonnage and home port") == [
        "Barge(name:str,gross_tonnage:float,home_port:str)"
    ]


def test_a_wattage_is_a_measure_unless_annotated() -> None:
    assert accepted("Lamps: name, wattage") == ["Lamp(name:str,wattage:float)"]
    assert accepted("Lamps: name, wattage (int)") == ["Lamp(name:str,wattage:int)"]


# --- "episode number", "dose number": a place in a series is counted ------------------------------
def test_the_number_of_a_thing_in_a_series_is_counted() -> None:
    assert accepted("Track podcasts with title, season number and episode number") == [
        "Podcast(title:str,season_number:int,episode_number:int)"
    ]


def test_the_number_that_names_a_thing_stays_text() -> None:
    assert accepted("Track hotel rooms with room number, floor name and batch number") == [
        "HotelRoom(room_number:str,floor_name:str,batch_number:str)"
    ]


# --- "date set": "set" after a noun is its participle, as "built" is in "year built" ------------
def test_date_set_is_one_field() -> None:
    assert accepted("Track exhibits with title and date set") == [
        "Exhibit(title:str,date_set:date)"
    ]


def test_set_as_a_noun_keeps_its_reading() -> None:
    assert accepted("Lego kits: name, theme, set number") == [
        "LegoKit(name:str,theme:str,set_number:str)"
    ]


def test_a_scene_whose_subject_only_acts_brings_in_no_thing() -> None:
    result = read("Given a member joins\nThen it has a name and an email")
    assert result.status == "needs_clarification"
    assert all("Join" not in name for name in shape(result))
