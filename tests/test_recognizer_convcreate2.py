"""Creates and links said inside talk: a setting said before a link without a comma, a tag
question that checks a link with the reader, how long a link lasts said after its target.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape

LINK = Intent.ADD_RELATIONSHIP


# --- a setting before a link ---------------------------------------------------------------
def test_a_place_said_before_the_counted_subject_is_the_setting() -> None:
    assert accepted("At the stables each horse is assigned to one stall.", LINK) == [
        "Horse() many_to_one>Stall"
    ]


def test_a_body_said_before_a_subject_with_a_is_the_setting() -> None:
    assert accepted("In the rowing club a boat has a single cox.", LINK) == [
        "Boat() many_to_one>Cox"
    ]


def test_our_setting_before_every_subject() -> None:
    assert accepted("In our school every pupil belongs to one form", LINK) == [
        "Pupil() many_to_one>Form"
    ]


def test_a_link_without_a_setting_reads_as_before() -> None:
    assert accepted("Each horse belongs to one owner.", LINK) == ["Horse() many_to_one>Owner"]


# --- a tag question --------------------------------------------------------------------------
def test_right_after_a_link_checks_it_with_the_reader() -> None:
    assert accepted("Just wondering — each kennel holds one dog, right?", LINK) == [
        "Kennel() many_to_one>Dog"
    ]


def test_a_tag_question_then_a_question_about_the_app() -> None:
    assert accepted("Every locker belongs to one swimmer, yes? Can the app do that?", LINK) == [
        "Locker() many_to_one>Swimmer"
    ]


def test_right_as_the_last_item_of_a_list_is_still_a_field() -> None:
    assert accepted("Track gloves with size, left, right?") == [
        "Glove(size:str,left_value:str,right_value:str)"
    ]


# --- how long a link lasts ---------------------------------------------------------------------
def test_for_the_whole_season_is_no_part_of_the_target() -> None:
    assert accepted("Each steward is assigned to one gate for the whole season", LINK) == [
        "Steward() many_to_one>Gate"
    ]


def test_all_weekend_is_no_part_of_the_target() -> None:
    assert accepted("Each marshal works at one checkpoint all weekend", LINK) == [
        "Marshal() many_to_one>Checkpoint"
    ]


# --- an ask for what was just said, after a comma ----------------------------------------------
def test_can_you_add_that_link_after_a_link_names_no_field() -> None:
    assert accepted("Each steward is assigned to one gate, could you add that link?", LINK) == [
        "Steward() many_to_one>Gate"
    ]


def test_set_that_up_after_a_link_under_a_topic_names_no_field() -> None:
    request = "One last thing for the kennel app — each dog sleeps in one pen, can you set that up?"
    assert accepted(request, LINK) == ["Dog() many_to_one>Pen"]


def test_a_link_listed_as_a_field_before_the_ask_is_still_a_field() -> None:
    assert accepted("Track bookmarks with a title and a link, can you do that?") == [
        "Bookmark(title:str,link:str)"
    ]


# --- where or how a thing is kept, closing the sentence that keeps it ---------------------------
def test_somewhere_after_what_is_kept_is_no_part_of_its_name() -> None:
    request = "We have to store the seed swaps somewhere. For each seed swap: giver, variety, date."
    assert shape(read(request))[-1:] == ["SeedSwap(giver:str,variety:str,date_value:date)"]
    assert len(read(request).entities) == 1


def test_online_as_the_last_item_of_a_list_stays_in_the_field() -> None:
    assert accepted("Track bikes: frame size, colour, stored online") == [
        "Bike(frame_size:str,colour:str,stored_online:str)"
    ]


# --- the thing said before, wanted kept another way ---------------------------------------------
def test_we_want_it_digital_names_no_thing() -> None:
    request = (
        "The rota changes every week and we want it digital. I need shifts with a date and a nurse."
    )
    assert accepted(request) == ["Shift(date_value:date,nurse:str)"]


def test_digital_before_a_plural_is_still_part_of_its_name() -> None:
    assert shape(read("We want digital downloads with title and price")) == [
        "DigitalDownload(title:str,price:decimal)"
    ]


# --- a participle of keeping between the thing wanted and its list ------------------------------
def test_wanted_stored_with_a_list_names_the_thing() -> None:
    # read right; its confidence is the lead's (confidence.py)
    assert read_right("I want kayak rentals stored with renter, start time and price") == [
        "KayakRental(renter:str,start_time:datetime,price:decimal)"
    ]


def test_a_story_line_wanting_things_recorded_with_fields() -> None:
    request = (
        "As a site manager\nI need deliveries recorded with supplier and arrival date\n"
        "So that I can plan the week"
    )
    assert accepted(request) == ["Delivery(supplier:str,arrival_date:date)"]


def test_wanted_with_fields_and_no_participle_reads_as_before() -> None:
    assert read_right("I want kayak rentals with renter and price") == [
        "KayakRental(renter:str,price:decimal)"
    ]


# --- "make it so we store …" ---------------------------------------------------------------------
def test_make_it_so_we_store_asks_for_the_keeping_that_follows() -> None:
    request = "Could you make it so I can track dog walks with a date, a walker and a duration?"
    assert accepted(request) == ["DogWalk(date_value:date,walker:str,duration:str)"]


def test_make_it_so_people_can_do_something_stays_unread() -> None:
    assert read("Can you make it so customers can log in?").status == "needs_clarification"
