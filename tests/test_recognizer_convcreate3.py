"""Creates and links said in conversation: a link after a long afterthought label and before a
hedge, an optional marker said as a clause about the last field, a later sentence that names
its thing by a word that is never a thing, "and then" in a list, a story joined to the ask by
"so", a thing named with "of" as one dictionary word.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape

LINK = Intent.ADD_RELATIONSHIP


# --- a link between an afterthought label and a hedge --------------------------------------------
def test_a_forgotten_thing_said_with_when_it_was_forgotten_leads_in() -> None:
    assert accepted(
        "Oh, one more thing we forgot while we were talking yesterday: each crate holds one"
        " pallet.",
        LINK,
    ) == ["Crate() many_to_one>Pallet"]


def test_a_last_thing_with_a_promise_leads_in() -> None:
    assert accepted("Final thing, I swear: every invoice is sent to one client.", LINK) == [
        "Invoice() many_to_one>Client"
    ]


def test_if_that_makes_sense_after_a_link_asks_nothing() -> None:
    assert accepted("Each kennel is cleaned by one volunteer, if that makes sense.", LINK) == [
        "Kennel() many_to_one>Volunteer"
    ]


def test_otherwise_after_a_link_says_why() -> None:
    assert accepted(
        "Every lesson is taught by one tutor, otherwise nobody knows who to pay.", LINK
    ) == ["Lesson() many_to_one>Tutor"]


def test_a_label_that_names_the_thing_changed_still_names_it() -> None:
    assert accepted("One more thing for the Order: add a phone number.", Intent.ADD_FIELDS) == [
        "Order(phone_number:str)"
    ]


def test_a_plain_link_reads_as_before() -> None:
    assert accepted("Each crate holds one pallet.", LINK) == ["Crate() many_to_one>Pallet"]


# --- an optional marker said as a clause about the last field ------------------------------------
def test_the_last_field_named_again_as_optional() -> None:
    assert accepted(
        "Each recipe needs the title, the cook time and a story, though the story is optional."
    ) == ["Recipe(title:str,cook_time:str,story:str?)"]


def test_the_last_field_named_again_with_a_reason() -> None:
    assert accepted(
        "Track invoices with number, amount and notes, but the notes can be empty since few"
        " have any."
    ) == ["Invoice(number:str,amount:decimal,notes:str?)"]


def test_a_pointer_marker_with_which_ones_may_leave_it_out() -> None:
    assert accepted(
        "Track parcels with a tracking code, a weight and a signature, but that can be blank"
        " for the small ones."
    ) == ["Parcel(tracking_code:str,weight:float,signature:str?)"]


def test_a_marker_with_how_often_it_is_left_out() -> None:
    assert accepted(
        "Track repairs with the date, the cost, and remarks, which can be left blank most of"
        " the time."
    ) == ["Repair(date_value:date,cost:decimal,remarks:str?)"]


def test_the_last_field_named_again_after_a_dash() -> None:
    assert accepted("Track tastings with the wine, the score, and notes - notes can be blank.") == [
        "Tasting(wine:str,score:float,notes:str?)"
    ]


def test_a_type_after_a_dash_reads_as_before() -> None:
    assert accepted("Track tastings with the wine, the score, and notes - text.") == [
        "Tasting(wine:str,score:float,notes:str)"
    ]


def test_another_field_named_in_the_clause_is_not_the_last_one() -> None:
    result = read(
        "Each recipe needs the title, the story and a cook time, though the story is optional."
    )
    assert result.status == "needs_clarification"


def test_a_type_said_of_a_field_named_again_is_no_optional_marker() -> None:
    result = read("Each parcel has a code, a weight and a price, but the price is a decimal.")
    assert "Parcel(code:str,weight:float,price:decimal?)" not in shape(result)


# --- a later sentence naming its thing by a word that is never a thing ---------------------------
def test_for_each_request_after_the_requests_are_named() -> None:
    assert accepted(
        "We want to log the refund requests. For each request: amount, reason and customer name."
    ) == ["RefundRequest(amount:decimal,reason:str,customer_name:str)"]


def test_for_every_record_after_the_things_are_named() -> None:
    assert accepted("Please track the boat hires. For every record - boat, hirer and fee.") == [
        "BoatHire(boat:str,hirer:str,fee:decimal)"
    ]


def test_date_and_hour_is_a_date_and_time() -> None:
    assert accepted("Track calls with caller, started (date and hour) and notes.") == [
        "Call(caller:str,started:datetime,notes:str)"
    ]


def test_for_each_one_reads_as_before() -> None:
    assert accepted(
        "We want to log the refund requests. For each one: amount, reason and date."
    ) == ["RefundRequest(amount:decimal,reason:str,date_value:date)"]


# --- "and then" in a list ------------------------------------------------------------------------
def test_and_then_goes_on_with_the_list() -> None:
    assert accepted("Track concerts with venue, headliner, and then the ticket price.") == [
        "Concert(venue:str,headliner:str,ticket_price:decimal)"
    ]


# --- a story joined to the ask by "so" -----------------------------------------------------------
def test_a_story_then_so_i_need_to_track() -> None:
    assert accepted(
        "Our old ledger got soaked, so I need to track boats with name and length."
    ) == ["Boat(name:str,length:float)"]


def test_a_story_then_so_id_like_to_keep_a_list() -> None:
    assert accepted(
        "The auditors keep asking, so I'd like to keep a list of grants. Funder, amount and"
        " deadline."
    ) == ["Grant(funder:str,amount:decimal,deadline:date)"]


def test_so_we_can_after_the_list_is_still_a_reason() -> None:
    assert accepted("Track boats with name and length, so we can find them.") == [
        "Boat(name:str,length:float)"
    ]


# --- a thing named with "of" as one dictionary word ----------------------------------------------
def test_letters_of_credit_are_one_thing() -> None:
    result = read("Track letters of credit with issuing bank, amount and expiry date.")
    assert shape(result) == ["LetterOfCredit(issuing_bank:str,amount:decimal,expiry_date:date)"]


def test_a_thing_of_another_is_the_thing() -> None:
    assert accepted("Track sacks of flour with weight and milled date.") == [
        "Sack(weight:float,milled_date:date)"
    ]


# --- date and time said inside a note ------------------------------------------------------------
def test_both_as_date_and_time_types_the_two_fields_before() -> None:
    assert read_right(
        "Track rota slots with ward, a begin time and a finish time (both as date and time),"
        " and whether it is a weekend."
    ) == ["RotaSlot(ward:str,begin_time:datetime,finish_time:datetime,is_weekend:bool)"]


def test_so_date_and_time_types_the_field_before() -> None:
    result = read("Track deliveries with driver, parcel count and dropped at (so date and time).")
    assert shape(result) == ["Delivery(driver:str,parcel_count:int,dropped_at:datetime)"]


def test_a_date_and_a_time_outside_a_note_stay_two_fields() -> None:
    assert accepted("Track deliveries with driver, a drop date and a drop time.") == [
        "Delivery(driver:str,drop_date:date,drop_time:str)"
    ]


# --- a second-language "wish" --------------------------------------------------------------------
def test_i_wish_a_table_for_things_wants_it() -> None:
    assert accepted("I wish a table for canvases with width, height and price.") == [
        "Canvas(width:float,height:float,price:decimal)"
    ]


def test_we_wish_an_app_for_things_wants_it() -> None:
    assert accepted("We wish an app for kayaks with name and length.") == [
        "Kayak(name:str,length:float)"
    ]


def test_i_wish_to_track_reads_as_before() -> None:
    assert accepted("I wish to track kayaks with name and length.") == [
        "Kayak(name:str,length:float)"
    ]


# --- the list, then that it is all ---------------------------------------------------------------
def test_a_list_that_is_all_someone_looks_at_gives_the_fields() -> None:
    assert accepted(
        "Could you make something so we can record each ewe? Her tag, breed and weight is all"
        " my aunt really looks at."
    ) == ["Ewe(tag:str,breed:str,weight:float)"]


def test_two_items_that_are_all_we_need() -> None:
    assert accepted("Track kilns. Name and capacity are all we need.") == [
        "Kiln(name:str,capacity:int)"
    ]


def test_that_is_all_after_the_list_reads_as_before() -> None:
    assert accepted("Track kilns with name and capacity. That is all we need.") == [
        "Kiln(name:str,capacity:int)"
    ]


# --- each thing wished kept, said in the passive, then its list ----------------------------------
def test_every_thing_we_handle_should_be_recorded_with_a_dash_list() -> None:
    assert accepted(
        "Every parcel we send should be recorded somewhere - courier, sent date and weight."
    ) == ["Parcel(courier:str,sent_date:date,weight:float)"]


def test_each_thing_should_be_logged_with_its_fields() -> None:
    assert accepted("Each tasting should be logged with wine, score and taster.") == [
        "Tasting(wine:str,score:float,taster:str)"
    ]


def test_should_be_assigned_to_one_is_still_a_link() -> None:
    assert accepted("Each tasting should be assigned to one sommelier.", LINK) == [
        "Tasting() many_to_one>Sommelier"
    ]


# --- a field's type said afterwards with the field named bare ------------------------------------
def test_a_bare_field_then_its_type_after_the_list() -> None:
    assert accepted(
        "Track rehearsals with venue, call time and director. call time is a timestamp btw."
    ) == ["Rehearsal(venue:str,call_time:datetime,director:str)"]


def test_the_field_then_its_type_reads_as_before() -> None:
    assert accepted("Track rehearsals with venue and fee. The fee is a decimal.") == [
        "Rehearsal(venue:str,fee:decimal)"
    ]


# --- one more field asked for by someone the writer quotes ---------------------------------------
def test_someone_said_to_also_write_down_a_field() -> None:
    assert accepted(
        "Can you make hives with name, site and queen age? My uncle says we should also log"
        " the frame count."
    ) == ["Hive(name:str,site:str,queen_age:int,frame_count:int)"]


def test_someone_said_to_record_a_field_on_a_named_thing_is_still_an_addition() -> None:
    assert accepted("The head keeper said to record the weight on Hive.", Intent.ADD_FIELDS) == [
        "Hive(weight:float)"
    ]


def test_a_bare_field_said_optional_afterwards_reads_as_before() -> None:
    assert accepted("Track rehearsals with venue, director and notes. Notes is optional.") == [
        "Rehearsal(venue:str,director:str,notes:str?)"
    ]


# --- who will keep the things, before the keeping ------------------------------------------------
def test_id_like_him_to_log_things_keeps_them() -> None:
    assert read_right(
        "I'd like her to log bin collections: the bin code, the weight and a collected at"
        " timestamp."
    ) == ["BinCollection(bin_code:str,weight:float,collected_at:datetime)"]


def test_we_want_staff_to_record_things_keeps_them() -> None:
    assert accepted("We want staff to record spills with date, place and severity.") == [
        "Spill(date_value:date,place:str,severity:str)"
    ]


def test_wanting_a_field_to_be_optional_is_still_a_change() -> None:
    assert accepted("I want the fee on Booking to be optional.", Intent.MODIFY_FIELDS) == [
        "Booking(fee:decimal?)"
    ]


# --- a loose word for how many -------------------------------------------------------------------
def test_loads_of_says_many() -> None:
    assert accepted("Each festival has loads of stalls.", LINK) == shape(
        read("Each festival has many stalls.")
    )


def test_lots_of_both_ways_then_link_them() -> None:
    assert accepted(
        "Quick one: volunteers help at lots of food drives and each drive has loads of"
        " volunteers, so could you link volunteers and food drives?",
        LINK,
    ) == ["Volunteer() many_to_many>FoodDrive"]


def test_lots_of_in_a_field_list_is_not_read_as_a_link() -> None:
    assert read("Track festivals with name and lots of notes.").intent == Intent.CREATE_ENTITY


# --- how many people leave a field out, said after the list --------------------------------------
def test_a_lot_of_people_skip_it_is_why_not_a_field() -> None:
    assert accepted(
        "Track tastings with the wine, the score, and notes - notes can be blank, a lot of"
        " people skip that bit."
    ) == ["Tasting(wine:str,score:float,notes:str?)"]


def test_most_people_leave_it_empty_after_an_optional_marker() -> None:
    assert accepted(
        "Track tastings with the wine and a remark, which can be empty, most people leave it."
    ) == ["Tasting(wine:str,remark:str?)"]


def test_people_listed_as_a_field_stay_a_field() -> None:
    assert accepted("Track tastings with the wine, the score, people present and notes.") == [
        "Tasting(wine:str,score:float,people_present:str,notes:str)"
    ]


# --- kept "on file" ------------------------------------------------------------------------------
def test_a_place_to_keep_things_on_file_keeps_them() -> None:
    assert accepted(
        "We need somewhere to keep licences on file. Licence number, issued date and the fee."
    ) == ["Licence(licence_number:str,issued_date:date,fee:decimal)"]


def test_adding_a_field_to_a_thing_reads_as_before() -> None:
    assert accepted("Add a fee to Licence.", Intent.ADD_FIELDS) == ["Licence(fee:decimal)"]


def test_help_us_keep_things_on_file() -> None:
    assert accepted(
        "Can you help us keep licences on file? Licence number, issued date and fee."
    ) == ["Licence(licence_number:str,issued_date:date,fee:decimal)"]


# --- a date named by the deadline it sets --------------------------------------------------------
def test_a_verb_after_date_is_a_date_field() -> None:
    result = read("Track sample tubes with tube code, freezer and discard after date.")
    assert shape(result) == ["SampleTube(tube_code:str,freezer:str,discard_after_date:date)"]


def test_a_rule_said_with_before_stays_a_rule() -> None:
    result = read("Track jars with label, weight and notes, checked before shipping.")
    assert "checked before shipping" in result.business_rules


# --- how many some of them have: a story ---------------------------------------------------------
def test_some_of_our_clients_have_like_five_is_a_story_before_a_link() -> None:
    assert accepted(
        "A few of our riders have like six horses. Riders can have horses — can you set that up?",
        LINK,
    ) == ["Rider() many_to_many>Horse"]


def test_a_story_count_then_fields_of_each() -> None:
    assert read_right(
        "Some of our walkers have about ten dogs. Each walker has a name and a phone."
    ) == ["Walker(name:str,phone:str)"]


def test_some_of_them_have_a_field_reads_as_before() -> None:
    assert shape(read("Some of our riders have a second phone.")) == ["Rider(second_phone:str)"]


# --- things wanted "on the computer", after a dash -----------------------------------------------
def test_wants_his_things_on_the_computer_after_a_dash() -> None:
    assert accepted(
        "I'm doing this for my aunt's piano school — she finally wants her pupils on the"
        " computer. Name, grade and lesson day."
    ) == ["Pupil(name:str,grade:str,lesson_day:str)"]


def test_wants_the_things_in_the_system() -> None:
    assert accepted("My mum wants her tenants in the system. Name, flat and rent.") == [
        "Tenant(name:str,flat:str,rent:decimal)"
    ]


def test_a_dash_then_we_need_reads_as_before() -> None:
    assert accepted("I run a choir — we need singers with name and voice part.") == [
        "Singer(name:str,voice_part:str)"
    ]


# --- talk before a dash, then a link with its own subject ----------------------------------------
def test_talk_then_a_dash_then_each_has_exactly_one() -> None:
    assert accepted(
        "What we lack is who looks after which - each kennel has exactly one keeper.", LINK
    ) == ["Kennel() many_to_one>Keeper"]


def test_a_thing_then_a_dash_then_its_list_reads_as_before() -> None:
    assert accepted("Kennels - name, size and keeper.") == ["Kennel(name:str,size:str,keeper:str)"]


def test_not_needing_the_things_in_the_system_is_still_a_removal() -> None:
    assert accepted(
        "We don't need the kayaks in the system any more - please delete them completely.",
        Intent.REMOVE_ENTITY,
    ) == ["Kayak()"]
