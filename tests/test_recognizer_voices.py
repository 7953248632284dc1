"""Conversational, user-story and typo voices: the ask is found among the talk around it.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a chatty request with a clear ask is read, and read right; the talk
around it (greetings, background, reasons, thanks) is kept as business rules and never turns
into fields; and a reading that may be wrong still asks.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.asides import is_background, is_pleasantry, is_purpose
from tests.support.recognition import RECOGNIZER, accepted, read, read_right, shape


# --- the ask among greetings, background and thanks ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Good afternoon! I coach a youth chess club and the pairings live on a whiteboard. "
         "Could you make something to keep tournaments — the title, the venue, the start date "
         "and the entry fee? Thanks a million!",
         ["Tournament(title:str,venue:str,start_date:date,entry_fee:decimal)"]),
        ("We breed alpacas on a small farm up north. The vet visits every spring. I'd love a "
         "simple way to record alpacas: name, colour, birth date and fleece weight. That's "
         "everything for now.",
         ["Alpaca(name:str,colour:str,birth_date:date,fleece_weight:float)"]),
        ("The hospital runs three wards and nobody knows which bed is free. Could you build "
         "something for beds? Ward, number, and whether it is occupied.",
         ["Bed(ward:str,number:str,is_occupied:bool)"]),
    ],
)  # fmt: skip
def test_a_chatty_request_is_read_from_the_sentences_that_ask(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_the_talk_around_the_ask_is_kept_as_business_rules() -> None:
    result = read(
        "Hi! We sell honey at three markets and the jars get mixed up. Could you set something "
        "up where we can keep jars — their batch code, the flower type and the weight? Cheers."
    )
    assert shape(result) == ["Jar(batch_code:str,flower_type:str,weight:float)"]
    assert "We sell honey at three markets and the jars get mixed up." in result.business_rules
    assert "Cheers." in result.business_rules


def test_background_alone_is_not_a_request() -> None:
    result = read("We breed alpacas on a small farm up north.")
    assert result.status == "needs_clarification"


def test_a_greeting_and_thanks_alone_name_nothing() -> None:
    for text in ("Hi there! Thanks so much.", "Grazie! Ciao."):
        result = read(text)
        assert result.status == "needs_clarification"
        assert not result.entities or not result.entities[0].name


# --- user stories: "so that …" is never a field -------------------------------------------------
def test_the_reason_of_a_user_story_is_never_a_field() -> None:
    result = read(
        "As a florist I want to track bouquets with a name, the price and a delivery date, so "
        "that the drivers know the ribbon colour and the card message."
    )
    assert shape(result) == ["Bouquet(name:str,price:decimal,delivery_date:date)"]
    # asked, not accepted: the role model (roles.py) reads "ribbon colour" and "card
    # message" as fields; the reading proposed is the right one
    assert result.missing == ("confirmation",)


def test_a_reason_on_its_own_line_is_kept_as_a_rule() -> None:
    result = read(
        "As a teacher I want to record exams with a subject, a date and a max score.\n"
        "So that the grades are comparable."
    )
    assert shape(result) == ["Exam(subject:str,date_value:date,max_score:float)"]
    assert any("So that the grades are comparable" in r for r in result.business_rules)


# --- optional markers said inside the list ------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a librarian I want to record laptops with an asset tag, the model and a return "
         "date that is optional, so that students can borrow them over the weekend.",
         ["Laptop(asset_tag:str,model_value:str,return_date:date?)"]),
        ("As a dispatcher I want to track deliveries with the address, the driver name and a "
         "note which can be empty until the driver calls, so that the office knows what "
         "happened.",
         ["Delivery(address:str,driver_name:str,note:str?)"]),
        ("As a coach I want to store players with their name, shirt number and a phone number "
         "where we have one (not required).",
         ["Player(name:str,shirt_number:str,phone_number:str?)"]),
    ],
)  # fmt: skip
def test_an_optional_marker_inside_the_list_belongs_to_its_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- the entity from a shouted or asked-for topic ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("SEMINARS!!! title, room, starts at, capacity. the old sheet is a disaster",
         ["Seminar(title:str,room:str,starts_at:datetime,capacity:int)"]),
        # ("servings" read as text is asked about since test_recognizer_devmiss: it counts)
        ("recipes pls!! title, cuisine, cooking time, vegetarian flag",
         ["Recipe(title:str,cuisine:str,cooking_time:str,vegetarian:bool)"]),
    ],
)  # fmt: skip
def test_a_shouted_topic_heads_the_list_after_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- the verb after the vehicle of the ask names the entity -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you set something up where we can keep vehicles — their plate, the make and "
         "the mileage?", ["Vehicle(plate:str,make:str,mileage:int)"]),
        ("i ned to keep the tenants somewhere: name, flat number and deposit",
         ["Tenant(name:str,flat_number:str,deposit:decimal)"]),
        ("I'd like to store, for each greenhouse, the name, the area and a heated flag.",
         ["Greenhouse(name:str,area:str,heated:bool)"]),
    ],
)  # fmt: skip
def test_the_entity_is_what_is_kept_not_the_way_to_keep_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- prose items ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Parcels: the tracking code, how heavy it is — the weight — and the delivery date",
         ["Parcel(tracking_code:str,weight:float,delivery_date:date)"]),
        ("Machines: serial number, and the date it was serviced",
         ["Machine(serial_number:str,service_date:date)"]),
        ("Machines: serial number, and break length as an integer number of minutes",
         ["Machine(serial_number:str,break_length:int)"]),
    ],
)  # fmt: skip
def test_an_item_said_in_prose_is_the_field_it_names(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- misspelt glue words ----------------------------------------------------------------------
def test_misspelt_glue_words_are_repaired() -> None:
    assert accepted("creat a sistem to manege volunteers wiht name, phone and join date") == [
        "Volunteer(name:str,phone:str,join_date:date)"
    ]
    result = read("add a loyalty tier too the customer entity pls")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Customer(loyalty_tier:str)"]


def test_a_real_word_one_letter_from_a_glue_word_is_kept() -> None:
    result = read("Invoices: delivery charge, extent and total")
    assert [a.name for a in result.entities[0].attributes] == [
        "delivery_charge",
        "extent",
        "total",
    ]


# --- a wrong reading still asks ---------------------------------------------------------------
def test_an_unknown_verb_is_not_read_into_the_entity() -> None:
    # "lend" is no verb of keeping, but a word after "to" is a verb: LendLaptop was read (and
    # asked about) before the infinitive rule (tests/test_recognizer_devmiss.py)
    result = read(
        "As a librarian I want to lend laptops with an asset tag and the model, so that "
        "students can borrow them."
    )
    assert shape(result) == ["Laptop(asset_tag:str,model_value:str)"]


def test_a_field_named_only_in_the_background_is_not_accepted_silently() -> None:
    result = read(
        "We run a bike shop and every repair has a deadline. Could you make something for "
        "repairs? Customer name, bike brand and price."
    )
    assert result.status == "needs_clarification" or "deadline" in shape(result)[0]


# --- the aside readers ------------------------------------------------------------------------
def test_the_aside_readers_tell_talk_from_the_ask() -> None:
    assert is_purpose("so that the drivers know where to go")
    assert is_purpose("because the auditors ask for it")
    assert not is_purpose("so the number of rooms")
    assert is_pleasantry("Thanks a lot!") and is_pleasantry("Does that make sense?")
    assert not is_pleasantry("Thanks: name, email, phone")
    assert is_background("We moved to a new building last spring.")
    assert not is_background("Could you add a due date?")
    assert not is_background("Tenants have a name, a phone, and a deposit.")


# --- said later, said aside -------------------------------------------------------------------
def test_a_later_sentence_can_make_a_field_optional() -> None:
    result = read(
        "Could the boats also have a mooring number? The harbour master wants it. It is "
        "optional though, some boats sit on trailers."
    )
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Boat(mooring_number:str?)"]
    named = read(
        "For every locker: code, floor, rented by and the rent. Rented by can be blank for the "
        "empty ones."
    )
    assert shape(named) == ["Locker(code:str,floor:str,rented_by:str?,rent:decimal)"]


def test_a_role_on_its_own_line_is_not_an_entity() -> None:
    assert accepted(
        "As a volunteer at the town archive\n"
        "I want to keep a list of maps with title, year drawn and drawer\n"
        "so that visitors can find them."
    ) == ["Map(title:str,year_drawn:int,drawer:str)"]


def test_a_relative_clause_does_not_move_the_entity() -> None:
    assert accepted(
        "Could you help me keep track of the invoices we send to clients? The invoice number, "
        "the amount and the due date."
    ) == ["Invoice(invoice_number:str,amount:decimal,due_date:date)"]


def test_remarks_in_parentheses_are_not_fields() -> None:
    assert accepted(
        "Could you keep track of our goats? A name (yes, they all have one), the breed, a tag "
        "(like G-17) and the milk yield (not every goat has one)."
    ) == ["Goat(name:str,breed:str,tag:str,milk_yield:str?)"]


def test_a_yes_no_said_as_a_question_is_a_flag() -> None:
    # at the edge of the threshold (0.76 once refitted with fresh-k to fresh-o first reads)
    assert read_right("Every cake has a name, a price and if is gluten free or not.") == [
        "Cake(name:str,price:decimal,is_gluten_free:bool)"
    ]


def test_texting_digits_are_glue_only_where_glue_belongs() -> None:
    assert accepted("need 2 track my kayaks!! name, length, colour") == [
        "Kayak(name:str,length:float,colour:str)"
    ]
    assert accepted("need an app 4 the choir members, need name, voice part, join date thx") == [
        "ChoirMember(name:str,voice_part:str,join_date:date)"
    ]
    result = read("Rooms: name, floor. We have 4 rooms and 2 halls.")
    assert shape(result)[0] == "Room(name:str,floor:str)"


def test_no_dot_of_is_one_item() -> None:
    assert accepted("Viewings: address, date, no. of visitors") == [
        "Viewing(address:str,date_value:date,visitors:int)"
    ]


def test_a_field_added_in_an_afterthought_is_read() -> None:
    assert accepted(
        "Could you make something to keep track of our kayaks? We need the name, the length "
        "and the colour. Oh, and a repair note would be handy, but it can be left empty."
    ) == ["Kayak(name:str,length:float,colour:str,repair_note:str?)"]


def test_background_and_the_ask_in_one_sentence_are_told_apart() -> None:
    result = read(
        "I run a small choir and we'd love a simple way to keep track of our singers. We need "
        "their names, voice parts and join dates."
    )
    assert shape(result) == ["Singer(name:str,voice_part:str,join_date:date)"]
    assert result.status == "recognized"


def test_an_unread_ask_is_never_taken_for_background() -> None:
    # "could you set that up" is the ask; it was not understood, so the request asks
    result = read("Some of our members own several boats. Owners can have boats — set that up?")
    assert result.status == "needs_clarification" or result.intent is Intent.ADD_RELATIONSHIP


def test_non_native_glue_is_repaired() -> None:
    assert accepted(
        "Hello, I am dispatcher in a bakery. We want make deliveries in the system. Delivery "
        "has address, driver name and delivered yes/no. Thank you."
    ) == ["Delivery(address:str,driver_name:str,delivered:bool)"]
    assert accepted(
        "As shop owner I want to manage suppliers — name, phone, and email where we have one "
        "(not required) — so that orders go out on time."
    ) == ["Supplier(name:str,phone:str,email:email?)"]


def test_a_bare_plural_sentence_heads_the_list_after_it() -> None:
    assert accepted(
        "The club wants numbers now. So: races. For each one — the course, the start time, the "
        "distance and a finished flag."
    ) == ["Race(course:str,start_time:datetime,distance:float,finished:bool)"]


def test_a_reason_after_a_list_is_not_part_of_the_last_field() -> None:
    assert accepted(
        "Could you build something for plants? Name, species, height and a toxic flag because "
        "the cats chew on everything."
    ) == ["Plant(name:str,species:str,height:float,toxic:bool)"]


def test_a_field_named_like_another_entity_is_evidence_against_the_reading() -> None:
    from baes_tui.recognition.confidence import features_of
    from baes_tui.recognition.text import clean

    # ("put our dishes in the computer. For each dish: …" now reads the dishes as the thing
    # created: test_recognizer_intent2)
    text = "Please add a dish to the menu. For each dish: name, price and calories (whole number)."
    draft = RECOGNIZER.draft(clean(text))
    assert features_of(draft, clean(text))["entity_as_field"] >= 1


def test_a_dashed_remark_does_not_become_a_field() -> None:
    assert accepted(
        "I need to track visits: the visit date and the room. Each visit is for one patient - "
        "we already have patients in there."
    ) == ["Visit(visit_date:date,room:str) many_to_one>Patient"]


def test_a_count_of_time_units_is_a_number() -> None:
    assert accepted("Wines: label, vintage year, ageing months") == [
        "Wine(label:str,vintage_year:int,ageing_months:int)"
    ]


def test_the_reason_for_a_change_is_an_aside() -> None:
    for text in (
        "As an archivist I want the Microfilm entity removed because we scanned everything.",
        "As an archivist I want the Microfilm entity deleted, since all the scans live in the "
        "new system and they keep the originals.",
    ):
        result = read(text)
        assert (result.status, result.intent) == ("recognized", Intent.REMOVE_ENTITY)
        assert shape(result) == ["Microfilm()"]


def test_an_afterthought_adds_one_more_field() -> None:
    assert accepted("Track boats with name and length. Also the mooring is needed.") == [
        "Boat(name:str,length:float,mooring:str)"
    ]
    assert accepted(
        "Please create one module for kilns with kiln name, max temperature and cost. Also "
        "location is required. Kindly do it by today itself."
    ) == ["Kiln(kiln_name:str,max_temperature:float,cost:decimal,location:str)"]


def test_a_greeting_that_goes_on_to_ask_is_read() -> None:
    assert accepted("Hi, track our volunteers with name and phone.") == [
        "Volunteer(name:str,phone:str)"
    ]
    assert accepted(
        "Morning! Please make for our bakery a management of the ovens with following fields: "
        "oven number, capacity and last service date."
    ) == ["Oven(oven_number:str,capacity:int,last_service_date:date)"]


def test_prose_yes_no_and_the_records_own_value() -> None:
    assert accepted(
        "I'd like to keep a list of our concerts with the hall, the date of the concert, the "
        "fee, and whether we got paid yet."
    ) == ["Concert(hall:str,date_value:date,fee:decimal,is_paid:bool)"]
    assert accepted(
        "Rooms: each room has a code, the number of beds, and whether it has a balcony."
    ) == ["Room(code:str,beds:int,has_balcony:bool)"]


def test_a_sentence_that_opens_with_a_reason_still_asks() -> None:
    result = read("Because of the audit, remove the fax from Supplier.")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS)
    assert shape(result) == ["Supplier(fax:str)"]
    assert accepted("So we need kilns with name and cost.") == ["Kiln(name:str,cost:decimal)"]


def test_whether_clauses_at_the_end_of_a_list_are_flags() -> None:
    assert accepted(
        "Could you make something for plots? Plot number, tenant name, size in square metres "
        "and whether it has a water tap."
    ) == ["Plot(plot_number:str,tenant_name:str,size:float,has_water_tap:bool)"]
    assert accepted("Cakes: name, price, and whether they contain nuts, last baked") == [
        "Cake(name:str,price:decimal,contains_nuts:bool,last_baked:date)"
    ]


def test_sign_offs_and_subjects_are_not_fields() -> None:
    assert accepted(
        "Dear developer, I write from a small gallery. We need to register loans: artwork "
        "title, borrower, loan date and remarks (not obligatory). Best regards, Ana"
    ) == ["Loan(artwork_title:str,borrower:str,loan_date:date,remarks:str?)"]
    assert accepted(
        "I'm organising the school fair and need to log the prizes we get donated. Donor name, "
        "prize and value."
    ) == ["Prize(donor_name:str,prize:str,value:str)"]
    result = read("We have some problems with our parking.")
    assert result.status == "needs_clarification"


def test_a_relationship_the_readers_missed_is_not_background() -> None:
    result = read(
        "Bands have a name and a country; records have a title and a price; every record is "
        "by exactly one band."
    )
    # the relationship sentence is not set aside as talk: the request stays in doubt
    assert result.status == "needs_clarification"


def test_an_emoji_between_words_ends_what_was_said() -> None:
    assert shape(read("Track students 🎓 with name 📛 and age")) == ["Student(name:str,age:int)"]
    result = read("we dont use the fax anymore 🙄 drop it from vendors")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS)
    assert shape(result) == ["Vendor(fax:str)"]


def test_add_it_back_names_no_field() -> None:
    result = read("we do need the fax on vendors again 🙄 add it back pls")
    assert "back" not in " ".join(shape(result))
