"""Families of misreads found in the fresh-r batch (people typing fast on a phone or dictating:
no punctuation, run-ons, lower case, homophones, restarts, pasted header rows and form labels).

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a list said without commas is cut where a field's name ends ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # several entities, each with a list said without commas
        ("kayaks with name colour and length and paddlers with name and phone",
         ["Kayak(name:str,colour:str,length:float)", "Paddler(name:str,phone:str)"]),
        # "number of" (how many) opens a field of its own after a noun
        ("track tents with pitch location number of beds and nightly fee",
         ["Tent(pitch_location:str,beds:int,nightly_fee:decimal)"]),
        # "of" takes one noun: the noun after it opens the next field
        ("patients with name date of admission ward number and discharge date",
         ["Patient(name:str,date_of_admission:date,ward_number:str,discharge_date:date)"]),
        ("hens with name number of eggs laid breed and hatch date",
         ["Hen(name:str,eggs_laid:int,breed:str,hatch_date:date)"]),
        # an article after a noun opens the next item
        ("kilns with the kiln name the firing temperature and the shelf count",
         ["Kiln(kiln_name:str,firing_temperature:float,shelf_count:int)"]),
        ("i want canoes with a hull material a seat count and a purchase date",
         ["Canoe(hull_material:str,seat_count:int,purchase_date:date)"]),
        # "year" before a last word ends its field
        ("albums with title year producer",
         ["Album(title:str,year:int,producer:str)"]),
    ],
)  # fmt: skip
def test_a_list_said_without_commas_is_cut_where_names_end(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("hotels with name and number of guest rooms", "guest_rooms"),  # a plural's modifier
        ("hostels with name and the total number of bunks", "total_number_of_bunks"),
        ("vaccine trials with code and date of first dose", "date_of_first_dose"),
        ("car parks with name and number of parking spaces", "parking_spaces"),
        ("fabric rolls with colour and price per square metre", "price_per_square_metre"),
    ],
)
def test_a_name_that_goes_on_after_of_or_per_stays_whole(request_text: str, field: str) -> None:
    names = [a.name for e in read(request_text).entities for a in e.attributes]
    assert field in names, shape(read(request_text))


def test_a_run_on_whose_cut_is_unsure_stays_one_name_and_is_asked_about() -> None:
    # "year" also qualifies the noun after it ("year group"): with two words after it, the
    # list is not cut there and the run-on name is doubted rather than guessed
    result = read("keep track of ciders harvest year apple region and bottle count")
    assert result.status == "needs_clarification", shape(result)


def test_a_sentence_after_a_list_is_not_cut_into_items() -> None:
    result = read("Link Burrow to Warren; a burrow has a single warren.")
    assert result.status == "recognized", (result.missing, shape(result))
    assert shape(result) == ["Burrow() many_to_one>Warren"]


# --- "e mail", "E-mail" are the email ---------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("gym members with name e mail and phone",
         ["GymMember(name:str,email:email,phone:str)"], Intent.CREATE_ENTITY),
        ("please add an E-mail to Supplier", ["Supplier(email:email)"], Intent.ADD_FIELDS),
        ("tutors with name, e-mail and hourly rate",
         ["Tutor(name:str,email:email,hourly_rate:decimal)"], Intent.CREATE_ENTITY),
    ],
)  # fmt: skip
def test_email_written_as_two_words_is_the_email_field(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert read_right(request_text, intent) == expected


# --- a restart said without punctuation takes back what it interrupts ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        # a new verb replaces everything from the verb before it
        ("add a no wait remove the fax field from supplier", ["Supplier(fax:str)"],
         Intent.REMOVE_FIELDS),
        ("delete the no wait scratch that rename the pager field on courier to beeper",
         ["Courier(beeper:str<pager)"], Intent.RENAME_FIELD),
        # a new noun phrase replaces what followed the verb
        ("i want dogs no wait i mean cats with a name and an age", ["Cat(name:str,age:int)"],
         Intent.CREATE_ENTITY),
        ("remove the fax no wait the pager from supplier", ["Supplier(pager:str)"],
         Intent.REMOVE_FIELDS),
    ],
)  # fmt: skip
def test_a_restart_without_punctuation_takes_back_what_it_interrupts(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert read_right(request_text, intent) == expected


# --- a frame word marked as part of the entity's name stays in it ------------------------------
@pytest.mark.parametrize(
    "request_text", ["delete the bike rental entity", "REMOVE BIKE RENTAL ENTITY"]
)
def test_a_frame_word_before_entity_is_part_of_the_name(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_ENTITY) == ["BikeRental()"]


# --- hesitations said while dictating are no words of the request ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("on tenant can you add a phone and um a deposit", ["Tenant(phone:str,deposit:decimal)"]),
        ("uhh for the tenants add a lease start date and erm a parking space",
         ["Tenant(lease_start_date:date,parking_space:str)"]),
    ],
)  # fmt: skip
def test_hesitations_are_not_part_of_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_hesitation_after_a_number_is_a_unit() -> None:
    from baes_tui.recognition.text import clean

    assert "10 um" in clean("filters with a name and a pore size of 10 um").text


# --- "each X has …" said without a full stop opens a sentence of its own ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("i need to keep track of my kayaks each kayak has a name a colour and a length",
         ["Kayak(name:str,colour:str,length:float)"]),
        ("we hire out canoes every canoe has a hull number and the seat count",
         ["Canoe(hull_number:str,seat_count:int)"]),
    ],
)  # fmt: skip
def test_each_thing_has_without_a_full_stop_lists_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_each_thing_has_inside_a_clause_is_not_cut_off() -> None:
    from baes_tui.recognition.text import clean

    text = clean("can you build something where each flat has an address and a rent").text
    assert "where each flat has" in text


# --- "thats it" ends the list ---------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "beehives with name and weight and a queen colour thats it",
        "beehives with name and weight and a queen colour, that's all",
    ],
)
def test_thats_it_after_a_list_is_no_part_of_the_last_field(request_text: str) -> None:
    assert read_right(request_text) == ["Beehive(name:str,weight:float,queen_colour:str)"]


# --- a link said after the lists, without a full stop, is a link --------------------------------
def test_each_x_belongs_to_one_y_after_the_lists_is_a_relationship() -> None:
    result = read(
        "ponds with name and depth and fish with species and length each fish belongs to one pond"
    )
    assert shape(result) == [
        "Pond(name:str,depth:float)",
        "Fish(species:str,length:float) many_to_one>Pond",
    ]


def test_each_x_belongs_to_one_y_said_alone_stays_one_sentence() -> None:
    from baes_tui.recognition.text import clean

    text = clean("At the surgery every patient belongs to one doctor").text
    assert "surgery every patient" in text


# --- the things, then their fields, with no "with" or colon ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boats name colour length and moorings with berth number and fee",
         ["Boat(name:str,colour:str,length:float)", "Mooring(berth_number:str,fee:decimal)"]),
        ("albums title year label and tracks with title and length",
         ["Album(title:str,year:int,label:str)", "Track(title:str,length:float)"]),
    ],
)  # fmt: skip
def test_things_then_their_fields_without_with_open_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


def test_a_mass_noun_before_a_field_word_is_no_list_of_things() -> None:
    assert read_right("add grass height to the Lawn entity", Intent.ADD_FIELDS) == [
        "Lawn(grass_height:float)"
    ]


# --- "for the X we also need F and G": the fields added, with or without an article -----------
@pytest.mark.parametrize(
    "request_text",
    [
        "for the tenants we also need parking bay and key fob number",
        "for the tenants we also need a parking bay and a key fob number",
    ],
)
def test_also_need_under_a_topic_adds_a_list_without_articles(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [
        "Tenant(parking_bay:str,key_fob_number:str)"
    ]


# --- "Entity: old -> new (rename)" renames a field of that entity ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kennel: run number -> pen number (rename)", ["Kennel(pen_number:str<run_number)"]),
        ("Tenant: fob -> key fob (rename)", ["Tenant(key_fob:str<fob)"]),
    ],
)
def test_an_arrow_rename_under_an_entity_renames_its_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


# --- "… can you …" said without a full stop starts the ask -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("the tenants thing has too many fields we dont need pager or fax anymore can you delete"
         " those", ["Tenant(pager:str,fax:str)"], Intent.REMOVE_FIELDS),
        ("we say kayaks not canoes can you rename the Canoe entity to Kayak", ["Kayak<Canoe()"],
         Intent.RENAME_ENTITY),
    ],
)  # fmt: skip
def test_an_ask_after_talk_without_a_full_stop_is_read(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "on the Supplier entity can you add a pager",  # the topic of the ask stays with it
        "hi so on supplier could you add a pager",
    ],
)
def test_a_topic_before_can_you_stays_with_the_ask(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Supplier(pager:str)"]


def test_an_ask_pointing_back_at_what_was_said_is_not_cut_off() -> None:
    from baes_tui.recognition.text import clean

    text = clean("the pager should be a number can you change that on bike rental").text
    assert "number can you change that" in text


def test_a_rental_of_a_thing_is_the_record() -> None:
    assert read_right("add a helmet size to the bike rentals", Intent.ADD_FIELDS) == [
        "BikeRental(helmet_size:str)"
    ]


# --- "log each X the a, the b …" lists what each X has; "you know" is talk --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("i want to log each delivery the driver name the drop date and the parcel count",
         ["Delivery(driver_name:str,drop_date:date,parcel_count:int)"]),
        ("i need to track every mooring you know the berth number the owner name and the annual"
         " fee",
         ["Mooring(berth_number:str,owner_name:str,annual_fee:decimal)"]),
    ],
)  # fmt: skip
def test_keeping_each_thing_then_its_fields_lists_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_when_a_yes_no_is_asked_is_no_part_of_its_name() -> None:
    assert read_right("track hawks with name and whether it is moulting at the moment") == [
        "Hawk(name:str,is_moulting:bool)"
    ]
