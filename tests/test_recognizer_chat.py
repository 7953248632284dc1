"""Requests written as people write to a colleague: second thoughts, afterthoughts, who writes
said first, a topic said before the ask, a field named with its entity in the talk, and fast
typing (no apostrophes, thanks in a few keystrokes).

Every request here is written for this file (none is copied from the corpus). Each test names
what a person relies on.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from baes_tui.recognition.asides import is_sender
from baes_tui.recognition.fields import infer_type
from baes_tui.recognition.text import clean
from tests.support.recognition import accepted, read, shape


# --- second thoughts ----------------------------------------------------------------------------
def test_an_item_taken_back_in_a_later_sentence_leaves_the_list() -> None:
    request = (
        "Could you keep our canoes: hull number, colour, the paddle count and the storage "
        "rack. Actually not the colour, they are all green anyway."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Canoe(hull_number:str,paddle_count:int,storage_rack:str)"
    ]


def test_an_item_scratched_in_the_same_sentence_leaves_the_list_with_its_reason() -> None:
    request = (
        "I'd like to track tenants with name, unit and rent. Oh and a pager - actually scratch "
        "the pager, nobody carries one."
    )
    result = read(request)
    assert shape(result) == ["Tenant(name:str,unit:str,rent:decimal)"]
    assert "pager" not in " ".join(result.business_rules).lower()


def test_the_list_goes_on_after_an_item_taken_back() -> None:
    text = clean("Track kites: name, tail length, actually no, not tail length, and a colour.").text
    assert "tail length" not in text
    assert "and a colour" in text


def test_a_head_word_said_again_takes_back_the_word_before_it() -> None:
    request = "Please keep garden plots — sorry, plots. Each plot has a number and a tenant name."
    assert accepted(request, Intent.CREATE_ENTITY) == ["Plot(number:str,tenant_name:str)"]


def test_what_was_meant_said_afterwards_replaces_the_stray_word() -> None:
    request = (
        "Can you add a flipping postcode to the Depot entity. Sorry, autocorrect, I meant "
        "just postcode"
    )
    assert accepted(request, Intent.ADD_FIELDS) == ["Depot(postcode:str)"]


# --- afterthoughts ------------------------------------------------------------------------------
def test_an_afterthought_behind_talk_joins_the_list_before_it() -> None:
    request = (
        "We rent out kayaks from the jetty. I need a list of kayaks with the kayak name, "
        "seats and daily price. Oh wait, also the hull colour."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Kayak(kayak_name:str,seats:int,daily_price:decimal,hull_colour:str)"
    ]


def test_an_afterthought_with_too_joins_a_change() -> None:
    request = (
        "Could you add a grazing area to the paddocks? And oh, also a last mowed date while "
        "you're at it."
    )
    assert accepted(request, Intent.ADD_FIELDS) == [
        "Paddock(grazing_area:str,last_mowed_date:date)"
    ]


# --- a field made optional by a later sentence --------------------------------------------------
def test_a_field_made_optional_after_a_reason_in_the_same_sentence() -> None:
    request = (
        "We'd like to log parcels: the sender name, the weight and a tracking code. Some "
        "parcels come by hand so the tracking code should be optional."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Parcel(sender_name:str,weight:float,tracking_code:str?)"
    ]


def test_that_is_optional_points_at_the_field_just_named() -> None:
    request = (
        "Please keep our climbers: name, grade and phone. Some of the kids do not own a phone "
        "so that's optional."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == ["Climber(name:str,grade:str,phone:str?)"]


def test_a_field_named_by_its_last_word_is_made_optional() -> None:
    request = (
        "I'd like to record deliveries: the depot code, the courier's radio and the drop date. "
        "The radio may be blank on weekends."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Delivery(depot_code:str,courier_radio:str?,drop_date:date)"
    ]


# --- types --------------------------------------------------------------------------------------
def test_a_maximum_of_a_plural_counts_things() -> None:
    assert str(infer_type(["max", "guests"])) == "int"
    assert str(infer_type(["minimum", "players"])) == "int"
    assert str(infer_type(["max", "weight"])) == "float"
    assert str(infer_type(["max", "price"])) == "decimal"


def test_a_fare_is_money() -> None:
    assert str(infer_type(["return", "fare"])) == "decimal"


# --- who writes, and the topic said first -------------------------------------------------------
def test_who_writes_coming_back_is_talk() -> None:
    assert is_sender("Bakery here again.")
    assert is_sender("hi, me again, the caretaker.")
    assert is_sender("Quarry tours again!")
    assert not is_sender("Add it again.")
    assert not is_sender("Make the email optional again")


def test_who_writes_said_before_the_ask_is_no_part_of_it() -> None:
    request = "Quarry tours again - please link guides and tours, a guide leads many tours."
    result = read(request)
    assert "Quarry" not in " ".join(shape(result))


def test_how_many_a_business_has_is_no_field_list() -> None:
    request = (
        "Hello, kennel club here. Forty dogs, always muddy. What we need is a way to keep "
        "dogs: kennel name, breed, owner phone and the last wash date."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Dog(kennel_name:str,breed:str,owner_phone:str,last_wash_date:date)"
    ]


def test_a_topic_ends_where_the_ask_begins_without_a_comma() -> None:
    request = "On the workshops could you add a room number and a cancelled flag?"
    assert accepted(request, Intent.ADD_FIELDS) == ["Workshop(room_number:str,cancelled:bool)"]


def test_a_topic_with_the_senders_place_ends_at_the_dash() -> None:
    request = "About the lockers at the swimming pool — the deposit should be optional."
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Locker(deposit:decimal?)"]


def test_a_decision_reported_is_the_ask() -> None:
    request = "The board decided crews should be called Teams from now on. Rename Crew to Team."
    assert accepted(request, Intent.RENAME_ENTITY) == ["Team<Crew()"]


# --- the entity of a change, named in the talk --------------------------------------------------
def test_a_field_named_with_its_entity_in_talk_gives_the_change_its_entity() -> None:
    request = (
        "The pickup time on parcels is optional right now and drivers keep missing it. "
        "Make pickup time required please."
    )
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Parcel(pickup_time:datetime)"]


def test_a_field_said_whole_elsewhere_is_not_split_into_entity_and_field() -> None:
    request = (
        "About the bookings from the sailing school — the lesson fee should be a whole number. "
        "Could you change lesson fee to an integer?"
    )
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Booking(lesson_fee:int)"]


def test_of_before_a_bare_noun_is_part_of_the_name_when_the_entity_is_said_elsewhere() -> None:
    request = (
        "On the pupils — place of birth was saved as a number. Can you change place of birth "
        "to text please."
    )
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Pupil(place_of_birth:str)"]


def test_of_before_a_bare_noun_said_alone_elsewhere_is_the_entity() -> None:
    request = "In our gym many older members have no phone. The phone of member should be optional."
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Member(phone:str?)"]


def test_of_before_a_bare_noun_then_on_an_entity_is_one_name() -> None:
    request = "Change date of issue on Permit to a date"
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Permit(date_of_issue:date)"]


def test_a_system_that_holds_it_already_is_a_reason() -> None:
    request = (
        "on the rentals, we don't need the deposit or the key code anymore, the front desk "
        "keeps all that. can you remove both"
    )
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Rental(deposit:decimal,key_code:str)"]


# --- fast typing --------------------------------------------------------------------------------
def test_its_before_what_cannot_start_a_noun_phrase_is_it_is() -> None:
    assert clean("drop the fax its useless").text == "drop the fax it's useless"
    assert clean("its not needed").text == "it's not needed"
    assert clean("its colour and its own name").text == "its colour and its own name"


def test_a_judgement_typed_without_a_stop_ends_the_change() -> None:
    request = "ferry tickets - remove seat class its pointless"
    assert accepted(request, Intent.REMOVE_FIELDS) == ["FerryTicket(seat_class:str)"]


def test_thanks_with_two_letters_swapped_is_no_part_of_a_field() -> None:
    request = (
        "hi can u make a system for kennels? need dog name, owner email and nightly rate thnaks"
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Kennel(dog_name:str,owner_email:email,nightly_rate:decimal)"
    ]


def test_short_thanks_and_missing_apostrophes_are_glue() -> None:
    assert clean("rename Hut to Cabin , tks").text == "rename Hut to Cabin , thanks"
    assert clean("thats fine, theyre done").text == "that's fine, they're done"
    assert clean("fuel tanks").text == "fuel tanks"


def test_wether_before_a_subject_is_whether() -> None:
    request = "Drivers: name, licence number and wether they are on call"
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Driver(name:str,licence_number:str,is_on_call:bool)"
    ]


# --- the thing said first, pointed back at ------------------------------------------------------
def test_a_field_said_first_then_not_needed_is_removed() -> None:
    request = "The locker code in rooms we don't need it more because the doors are open now."
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Room(locker_code:str)"]


def test_a_field_said_first_then_called_otherwise_is_renamed() -> None:
    request = "On the volunteers the shift note, call it rota note, is clearer for everyone."
    result = read(request)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD)
    assert shape(result) == ["Volunteer(rota_note:str<shift_note)"]


def test_where_it_says_a_label_we_call_it_otherwise_is_a_rename() -> None:
    request = "Where it says surface type on the courts, we actually call it finish."
    assert accepted(request, Intent.RENAME_FIELD) == ["Court(finish:str<surface_type)"]


def test_an_instruction_said_first_is_not_taken_for_the_thing_pointed_back_at() -> None:
    request = "Please to remove from the Kennel the field pager, we not use it."
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Kennel(pager:str)"]


# --- one value per record, and what a bare "X needs …" describes ------------------------------
def test_an_afterthought_after_their_list_is_one_value_per_record() -> None:
    request = (
        "We'd like to keep our referees: their names, grades and phone numbers. Maybe emails too."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Referee(name:str,grade:str,phone_number:str,email:email)"
    ]


def test_three_fields_a_thing_needs_describe_a_new_thing() -> None:
    request = "Each boiler needs a serial number, a fitting date, a fuel type and a last check."
    result = read(request)
    assert result.intent is Intent.CREATE_ENTITY
    assert shape(result) == [
        "Boiler(serial_number:str,fitting_date:date,fuel_type:str,last_check:str)"
    ]


def test_two_fields_a_thing_needs_are_still_an_addition() -> None:
    assert accepted("Boilers need a serial number and a fuel type.", Intent.ADD_FIELDS) == [
        "Boiler(serial_number:str,fuel_type:str)"
    ]


# --- questions, emoticons and lists that describe the writer ----------------------------------
def test_a_question_without_an_article_asks_for_the_change() -> None:
    request = "can postcode be optional on visitors?"
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Visitor(postcode:str?)"]


def test_an_emoticon_ends_a_sentence() -> None:
    assert clean("hello from the bakery :) we need cakes").text == (
        "hello from the bakery. we need cakes"
    )


def test_a_list_said_before_any_entity_describes_the_writer() -> None:
    request = (
        "Small pottery studio, two kilns, behind the church. I'd like to keep glazes: glaze "
        "name, colour, firing range and the supplier."
    )
    result = read(request)
    assert shape(result) == ["Glaze(glaze_name:str,colour:str,firing_range:str,supplier:str)"]
    assert "Small pottery studio, two kilns, behind the church." in result.business_rules


# --- asking for a thing in other words ----------------------------------------------------------
def test_help_with_a_list_asks_for_it() -> None:
    request = "Could you help with a bookings list: guest name, arrival date and the deposit?"
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Booking(guest_name:str,arrival_date:date,deposit:decimal)"
    ]


def test_could_there_be_a_list_asks_for_it() -> None:
    request = "Could there be a spare keys list: door, holder name and the issue date?"
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "SpareKey(door:str,holder_name:str,issue_date:date)"
    ]


def test_trying_a_way_of_keeping_is_keeping_and_where_the_frame_lives_is_no_name() -> None:
    request = (
        "We want to try keeping a small ladder register next to the main system: ladder name, "
        "shelf and the last service date."
    )
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "Ladder(ladder_name:str,shelf:str,last_service_date:date)"
    ]


def test_an_app_for_the_things_still_names_them() -> None:
    request = "i need an app for my board games: title, designer and the shelf"
    assert accepted(request, Intent.CREATE_ENTITY) == [
        "BoardGame(title:str,designer:str,shelf:str)"
    ]


# --- more fast typing ---------------------------------------------------------------------------
def test_common_slips_of_short_glue_words_are_mended() -> None:
    assert clean("cna you help, we hve one").text == "can you help, we have one"
    assert clean("make somethign for my bees").text == "make something for my bees"


def test_a_lone_w_before_a_list_is_with() -> None:
    assert clean("need kites w name, colour, length").text == "need kites with name, colour, length"


def test_a_bare_plural_topic_before_the_ask() -> None:
    request = "on lockers add a key number and a broken flag thx!!"
    assert accepted(request, Intent.ADD_FIELDS) == ["Locker(key_number:str,broken:bool)"]


def test_a_type_said_of_several_fields_at_once_is_plural() -> None:
    request = "the lap count and pit stops on races shoud be whole numbers not decimals"
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Race(lap_count:int,pit_stops:int)"]


def test_a_participle_after_the_plural_ends_the_entity_name() -> None:
    request = "toy library saturdays - log toys handed back: toy name, condition, missing parts"
    assert shape(read(request)) == ["Toy(toy_name:str,condition:str,missing_parts:str)"]


def test_a_field_after_the_destination_is_one_more_field() -> None:
    request = "Could you add a locker number to members and a banned flag? Cheers"
    assert accepted(request, Intent.ADD_FIELDS) == ["Member(locker_number:str,banned:bool)"]


def test_several_entities_after_the_destination_still_get_the_field() -> None:
    assert accepted("Add email to both Nurse and Porter", Intent.ADD_FIELDS) == [
        "Nurse(email:email)",
        "Porter(email:email)",
    ]


def test_praise_for_the_system_is_no_relationship() -> None:
    result = read("The booking app works brilliantly. Could you add a table number to bookings?")
    assert shape(result) == ["Booking(table_number:str)"]


def test_a_stop_inside_parentheses_ends_no_sentence() -> None:
    from baes_tui.recognition.segment import segment

    texts = [s.text for s in segment("Our rowing club (est. 1921!) needs help. Track boats.")]
    assert texts == ["Our rowing club (est. 1921!) needs help.", "Track boats."]


def test_reported_speech_is_no_relationship() -> None:
    request = (
        "The secretary asked for a volunteer list. Volunteers need a name, a phone and a "
        "start date."
    )
    assert shape(read(request)) == ["Volunteer(name:str,phone:str,start_date:date)"]


def test_a_field_described_then_named_takes_the_name() -> None:
    request = "Jetties need a wood or concrete deck field, just call it deck."
    assert shape(read(request)) == ["Jetty(deck:str)"]


def test_a_second_verb_typed_without_a_stop_starts_its_own_clause() -> None:
    request = "we run a dog walking business need dogs w name, breed, owner phone"
    assert accepted(request, Intent.CREATE_ENTITY) == ["Dog(name:str,breed:str,owner_phone:str)"]


def test_an_optional_marker_after_the_destination_belongs_to_the_field() -> None:
    request = "can you put a remarks box on the rentals please, optional"
    assert accepted(request, Intent.ADD_FIELDS) == ["Rental(remarks:str?)"]


def test_a_box_that_is_no_box_for_writing_stays_in_the_name() -> None:
    assert shape(read("Couriers: name, PO box, van")) == ["Courier(name:str,po_box:str,van:str)"]


def test_an_item_said_again_in_other_words_replaces_it() -> None:
    request = "Keep our rowers: name, club and weight. Actually not the name, the full name."
    assert accepted(request, Intent.CREATE_ENTITY) == ["Rower(full_name:str,club:str,weight:float)"]


def test_a_target_no_dictionary_knows_is_still_linked() -> None:
    request = (
        "Brews: name, style. Kegs: label, size. Each keg holds one brew and each brew sits "
        "in one kegerator."
    )
    result = read(request)
    assert "many_to_one>Brew" in " ".join(shape(result))


def test_a_list_of_values_said_before_its_entity_still_belongs_to_it() -> None:
    request = (
        "I am a courier, not a computer person. When a parcel comes in we write down the "
        "sender name, the weight and the arrival date. Could the system keep track of these "
        "deliveries?"
    )
    assert shape(read(request)) == ["Delivery(sender_name:str,weight:float,arrival_date:date)"]
