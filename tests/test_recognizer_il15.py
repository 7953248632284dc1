"""Hotel, hostel, travel-agency, tour-guide and holiday-let requests written to trip a reader
(branch il15).

Every request here is written for this file (none is copied from the corpus). Each family has
a counterpart that must keep its own reading: the same shape with another meaning.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- one item of a document's list, its type in brackets, however long its name ---------------
def test_a_long_field_name_typed_in_brackets_is_a_field() -> None:
    # a table row or a bullet "fee per walker (decimal)" is a field, never a rule
    assert accepted(
        "Walking tours data model\n\nRequirements:\n* Entity: WalkingTour\n"
        "- route name (text)\n- meeting point (text)\n- fee per walker (decimal)\n"
        "- max group size (integer, optional)\n- Keep the old tour rows when we migrate"
    ) == [
        "WalkingTour(route_name:str,meeting_point:str,fee_per_walker:decimal,max_group_size:int?)"
    ]


def test_a_long_field_name_typed_in_a_table_row_is_a_field() -> None:
    assert accepted(
        "Ferry data model\n\nRequirements:\n* Entity: Crossing\n\n"
        "| field | type | required |\n|---|---|---|\n| route | text | yes |\n"
        "| fare per adult | decimal | yes |\n\n* Store it all in SQLite"
    ) == ["Crossing(route:str,fare_per_adult:decimal)"]


def test_a_sentence_with_a_remark_in_brackets_stays_a_rule() -> None:
    # counterpart: a remark that is no type leaves the line a sentence, kept as a rule
    result = read(
        "Requirements:\n* Entity: WalkingTour\n- route name (text)\n"
        "- guides rotate every week (mostly)"
    )
    assert shape(result) == ["WalkingTour(route_name:str)"]
    assert "guides rotate every week (mostly)" in result.business_rules


# --- bare lines under "Things:", one typed in brackets --------------------------------------------
def test_a_bare_line_typed_in_brackets_stays_in_the_list() -> None:
    assert accepted(
        "Kayaks:\nhull code\ncolour\nspray deck included (yes/no)\nlast repair date"
    ) == ["Kayak(hull_code:str,colour:str,spray_deck_included:bool,last_repair_date:date)"]


def test_a_bare_line_typed_in_brackets_at_the_end_is_a_field() -> None:
    assert accepted(
        "Kayaks:\nhull code\ncolour\nlast repair date\nspray deck included (yes/no)"
    ) == ["Kayak(hull_code:str,colour:str,last_repair_date:date,spray_deck_included:bool)"]


def test_a_bare_line_with_a_remark_in_brackets_is_not_accepted() -> None:
    # counterpart: "(ask Sam)" is no type; where the list ends is not said, so it is asked
    result = read("Kayaks:\nhull code\ncolour\nspray deck included (ask Sam)\nlast repair date")
    assert result.status == "needs_clarification"


# --- a rename that everyone at a meeting decided -----------------------------------------------
def test_what_everyone_agreed_at_a_meeting_is_the_rename() -> None:
    assert accepted(
        "The committee met on Monday and everyone agreed that Hostel should be called "
        "Guesthouse from now on.",
        Intent.RENAME_ENTITY,
    ) == ["Guesthouse<Hostel()"]


def test_what_everyone_agreed_to_keep_asks_for_nothing() -> None:
    # counterpart: agreeing that a thing stays as it is changes nothing
    result = read(
        "The committee met on Monday and everyone agreed that the Hostel entity should stay "
        "as it is."
    )
    assert result.status == "needs_clarification"


# --- a list between dashes with an item's type in brackets ---------------------------------------
def test_a_typed_item_inside_dashes_keeps_the_next_thing_apart() -> None:
    assert accepted(
        "Set up drivers — name, licence class (text) — and vans — plate, seats, fuel type."
    ) == ["Driver(name:str,licence_class:str)", "Van(plate:str,seats:int,fuel_type:str)"]


def test_dashes_without_brackets_read_the_same() -> None:
    assert accepted(
        "Set up drivers — name, licence class — and vans — plate, seats, fuel type."
    ) == [
        "Driver(name:str,licence_class:str)",
        "Van(plate:str,seats:int,fuel_type:str)",
    ]


# --- records of a service named by what is served -------------------------------------------------
def test_requests_of_a_service_keep_the_service_in_the_name() -> None:
    assert read_right("Track laundry service requests with room number and bag count") == [
        "LaundryServiceRequest(room_number:str,bag_count:int)"
    ]


def test_people_of_a_service_business_are_the_people() -> None:
    # counterpart: the customers of a taxi service are its customers
    assert accepted("Track taxi service customers with name and phone") == [
        "Customer(name:str,phone:str)"
    ]


# --- "a one-to-many from X to Y" ------------------------------------------------------------------
def test_a_one_to_many_from_the_one_side_links_the_many() -> None:
    assert accepted("Add a one-to-many from Agency to Guide.", Intent.ADD_RELATIONSHIP) == [
        "Guide() many_to_one>Agency"
    ]


def test_a_many_to_one_from_keeps_its_direction() -> None:
    assert accepted("Add a many-to-one from Agency to Guide.", Intent.ADD_RELATIONSHIP) == [
        "Agency() many_to_one>Guide"
    ]


# --- "stay" before a word of value is the hotel stay, not data that must stay ---------------------
def test_stay_length_is_a_field_name() -> None:
    assert accepted(
        "The nights field on Booking should be called stay length.", Intent.RENAME_FIELD
    ) == ["Booking(stay_length:str<nights)"]


def test_rows_that_must_stay_are_a_constraint() -> None:
    # counterpart: "stay" as a verb of surviving data is a constraint, never a field
    result = read("Guest rows must stay as they are")
    assert result.status == "needs_clarification"
    assert "Guest rows must stay as they are" in result.business_rules


# --- "items" said in a thing's name is no safe-name suffix ---------------------------------------
def test_lost_items_are_not_doubted_as_an_adjective() -> None:
    # "LostItem": the item was said; only the "Item" a clashing word gets is no word of it
    assert accepted("Track lost items with description and date found") == [
        "LostItem(description:str,date_found:date)"
    ]


def test_a_clashing_word_still_gets_its_suffix() -> None:
    # counterpart: "matches" clash with a keyword and are named MatchItem, accepted as before
    assert accepted("Track matches with venue and kickoff time") == [
        "MatchItem(venue:str,kickoff_time:str)"
    ]


# --- a yes/no about values is one answer, not a list ---------------------------------------------
def test_a_plural_yes_no_field_is_not_a_list_of_values() -> None:
    assert accepted(
        "Tour enquiries:\n- destination - where they want to go\n- group size - how many\n"
        "- flexible dates - yes/no"
    ) == ["TourEnquiry(destination:str,group_size:int,flexible_dates:bool)"]


def test_a_plural_value_field_is_still_doubted() -> None:
    # counterpart: "phone numbers" as text is a list a field cannot hold: doubted, as before
    result = read("Tour enquiries: destination, group size, phone numbers")
    assert result.confidence < read("Tour enquiries: destination, group size, phone").confidence


# --- "Our <kind of> portal should manage X with …" ------------------------------------------------
def test_a_named_portal_that_should_manage_things_keeps_the_things() -> None:
    assert accepted(
        "Our holiday let portal should manage cottages with name, bedrooms and weekly rent."
    ) == ["Cottage(name:str,bedrooms:int,weekly_rent:decimal)"]


def test_a_named_portal_that_should_be_fast_asks() -> None:
    # counterpart: what the portal should be names nothing kept
    assert read("Our holiday let portal should be fast and cheap.").status == (
        "needs_clarification"
    )


# --- a ticket titled "Extend the X entity" over "X has F" criteria --------------------------------
def test_extend_title_over_has_criteria_adds_the_fields() -> None:
    assert accepted(
        "CAMP-7: Extend the Pitch entity\n\nAcceptance criteria:\n- Pitch has a hook-up flag\n"
        "- Pitch has a max tents (integer)\n- Docs updated",
        Intent.ADD_FIELDS,
    ) == ["Pitch(hook_up:bool,max_tents:int)"]


def test_extend_title_over_another_thing_is_not_an_add() -> None:
    # counterpart: criteria about another thing are not the title's fields
    result = read(
        "CAMP-8: Extend the Pitch entity\n\nAcceptance criteria:\n"
        "- Camper has a van length (number)\n- Docs updated"
    )
    assert result.status == "needs_clarification"


# --- a title over numbered items, one of which declares an entity ---------------------------------
def test_a_title_over_an_entity_declared_in_an_item_titles_the_document() -> None:
    assert accepted(
        "Boat trips\n\n1. Trip entity with boat name, departs at,\n   seats and fare\n"
        "2. Trips belong to one skipper\n3. Keep old trips when we migrate"
    ) == ["Trip(boat_name:str,departs_at:datetime,seats:int,fare:decimal) many_to_one>Skipper"]


def test_a_title_over_bare_items_still_names_their_thing() -> None:
    # counterpart: items that are only names are the title's fields
    assert accepted("Boat trips\n\n1. boat name\n2. departs at\n3. seats") == [
        "BoatTrip(boat_name:str,departs_at:datetime,seats:int)"
    ]


# --- "X don't need F anymore — please take it off the X entity" -----------------------------------
def test_take_it_off_the_entity_removes_the_field_said_before() -> None:
    assert accepted(
        "Cabins don't need a fax anymore — please take it off the Cabin entity.",
        Intent.REMOVE_FIELDS,
    ) == ["Cabin(fax:str)"]


def test_take_it_off_after_a_comma_removes_the_field() -> None:
    assert accepted(
        "Cabins don't need a fax anymore, please take it off the Cabin entity.",
        Intent.REMOVE_FIELDS,
    ) == ["Cabin(fax:str)"]


def test_take_it_off_with_nothing_after_removes_the_field() -> None:
    assert accepted(
        "Cabins don't need a fax anymore, please take it off.", Intent.REMOVE_FIELDS
    ) == ["Cabin(fax:str)"]


def test_what_we_no_longer_use_taken_off_a_named_thing_is_its_field() -> None:
    assert accepted(
        "We don't use the pager anymore, please remove it from the Guide entity.",
        Intent.REMOVE_FIELDS,
    ) == ["Guide(pager:str)"]


def test_the_entity_taken_out_is_still_removed_whole() -> None:
    # counterpart: a thing named as an entity and taken out goes whole
    assert accepted("Please take the Cabin entity out.", Intent.REMOVE_ENTITY) == ["Cabin()"]


# --- "Since <what happened>, X don't need F" ------------------------------------------------------
def test_a_since_clause_before_the_ask_is_background() -> None:
    assert accepted(
        "Since the new card readers went in, cabins don't need a fax anymore.",
        Intent.REMOVE_FIELDS,
    ) == ["Cabin(fax:str)"]


def test_a_since_clause_alone_asks_for_nothing() -> None:
    # counterpart: background with no ask names no change
    assert read("Since the new card readers went in, everything is faster.").status == (
        "needs_clarification"
    )


# --- "from room, to room": where a move starts and ends -------------------------------------------
def test_from_and_to_a_place_are_two_fields() -> None:
    assert accepted("Room moves: guest name, from room, to room, fee") == [
        "RoomMove(guest_name:str,from_room:str,to_room:str,fee:decimal)"
    ]


def test_from_a_named_place_is_not_a_field_name() -> None:
    # counterpart: "from the hotel" is where something comes from, said as a phrase: asked
    assert read("Transfers: guest name, from the hotel, fee").status == "needs_clarification"


# --- a shouted kind of thing named with a practice word, over its list ----------------------------
def test_a_shouted_kind_of_upgrade_heads_its_list() -> None:
    assert accepted("ROOM UPGRADES!!! guest name, upgrade fee, approved") == [
        "RoomUpgrade(guest_name:str,upgrade_fee:decimal,approved:bool)"
    ]


def test_shouted_unit_tests_are_about_the_code() -> None:
    # counterpart: "unit tests" are a kind of code, never a thing kept
    assert read("UNIT TESTS!!! module, coverage, passed").status == "needs_clarification"
