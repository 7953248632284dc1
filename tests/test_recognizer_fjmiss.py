"""Families of misreads found in the fresh-j batch: English written as a second language and
requests dictated to a phone (no commas, sound-alike words, spoken punctuation).

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the fields they listed are read one by one however the list was said,
and a list that could be two readings is never one long field name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read_right


# --- a list said without commas is cut where each field's name ends -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boats with name colour length and mooring fee",
         ["Boat(name:str,colour:str,length:float,mooring_fee:decimal)"]),
        ("lockers with locker code renter name monthly fee and key returned yes/no",
         ["Locker(locker_code:str,renter_name:str,monthly_fee:decimal,key_returned:bool)"]),
        ("kittens with name breed birth weight and adoption date",
         ["Kitten(name:str,breed:str,birth_weight:float,adoption_date:date)"]),
        ("rugs with a brand a width a purchase date and a wool flag",
         ["Rug(brand:str,width:float,purchase_date:date,wool:bool)"]),
    ],
)  # fmt: skip
def test_a_list_said_without_commas_is_one_field_per_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a join word stays on its head: "mobile number", "price per litre", "date joined"
        ("pumps with name mobile number price per litre and date joined",
         ["Pump(name:str,mobile_number:str,price_per_litre:decimal,date_joined:date)"]),
        # an annotation stays on the field it follows
        ("kayaks with name weight (number) and owner email",
         ["Kayak(name:str,weight:float,owner_email:email)"]),
    ],
)  # fmt: skip
def test_a_name_with_a_join_word_or_annotation_is_not_cut(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_the_word_field_after_a_name_ends_it() -> None:
    assert accepted("Please drop the hull colour field on Canoe", Intent.REMOVE_FIELDS) == [
        "Canoe(hull_colour:str)"
    ]


def test_there_before_a_listed_field_is_the_possessive() -> None:
    assert accepted("keep the sheep with there name breed and shearing date") == [
        "Sheep(name:str,breed:str,shearing_date:date)"
    ]


# --- "for each X must be F, G" (a second-language "there must be") lists X's fields -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each canoe must be a hull colour, a length and a purchase date.",
         ["Canoe(hull_colour:str,length:float,purchase_date:date)"]),
        ("We run a small hostel. Please make a system for guests, for every guest must be the "
         "full name, the passport number and the arrival date.",
         ["Guest(full_name:str,passport_number:str,arrival_date:date)"]),
    ],
)  # fmt: skip
def test_for_each_thing_must_be_lists_its_fields(request_text: str, expected: list[str]) -> None:
    # a right reading at the edge of the threshold: asked since the refit with the second
    # reader (roles.py), so the reading is what is held here
    assert read_right(request_text) == expected


def test_for_each_thing_must_be_one_other_thing_is_a_many_to_one() -> None:
    assert accepted("for every locker must be one tenant", Intent.ADD_RELATIONSHIP) == [
        "Locker() many_to_one>Tenant"
    ]


# --- a yes/no said before what it is about ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep the kayaks: the name, the length, and one flag inflatable, yes or no.",
         ["Kayak(name:str,length:float,inflatable:bool)"]),
        ("We need lambs with tag number, birth weight and a yes/no for twin birth.",
         ["Lamb(tag_number:str,birth_weight:float,twin_birth:bool)"]),
        ("Record bike loans with borrower name, start date and a flag scratched if it has marks.",
         ["BikeLoan(borrower_name:str,start_date:date,scratched:bool)"]),
    ],
)  # fmt: skip
def test_a_flag_said_before_its_name_is_a_yes_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_it_is_x_or_not_in_a_list_is_one_yes_no_field() -> None:
    assert accepted("A repair has a description, a cost and it is finished or not.") == [
        "Repair(description:str,cost:decimal,is_finished:bool)"
    ]


# --- "any more" before the place of a removal ---------------------------------------------------
def test_any_more_before_the_entity_is_not_part_of_the_field() -> None:
    request = "we don't use the pager code any more on Nurse, please remove it"
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Nurse(pager_code:str)"]


# --- who wants the things, and the app they live in, are not among them -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("riding school wants ponies with name and height, and saddles with maker and size",
         ["Pony(name:str,height:float)", "Saddle(maker:str,size:str)"]),
        ("the village library needs volunteers with name, phone and availability",
         ["Volunteer(name:str,phone:str,availability:str)"]),
    ],
)  # fmt: skip
def test_the_one_who_wants_the_things_is_not_an_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("sheep farm app ewes with tag number, breed and lambing date",
         ["Ewe(tag_number:str,breed:str,lambing_date:date)"]),
        ("my choir software singers with name and voice part",
         ["Singer(name:str,voice_part:str)"]),
    ],
)  # fmt: skip
def test_a_frame_noun_followed_by_a_plural_list_keeps_that_plural(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- dictated changes: sound-alikes and words run together --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add locker number and coach name too trainee", Intent.ADD_FIELDS,
         ["Trainee(locker_number:str,coach_name:str)"]),
        ("ad a field called shoe size two the runner", Intent.ADD_FIELDS,
         ["Runner(shoe_size:str)"]),
        ("rename the field landline too home phone in patient", Intent.RENAME_FIELD,
         ["Patient(home_phone:str<landline)"]),
        ("deletethe pager field from nurse", Intent.REMOVE_FIELDS, ["Nurse(pager:str)"]),
        ("take of the telex and beeper fields from the vendor", Intent.REMOVE_FIELDS,
         ["Vendor(telex:str,beeper:str)"]),
    ],
)  # fmt: skip
def test_a_dictated_change_reads_through_sound_alikes(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_too_before_an_adjective_stays_an_adverb() -> None:
    from baes_tui.recognition.text import clean

    assert "too long" in clean("add a nickname to Player, too long names are hard").text
    assert "too many" in clean("add a note to Pupil, too many forget it").text


# --- accepted misreads: a second-language "please to", a type it was, a link among fields ---------
def test_please_to_before_the_verb_is_the_ask() -> None:
    assert accepted(
        "Please to link each Parcel with a single Courier.", Intent.ADD_RELATIONSHIP
    ) == ["Parcel() many_to_one>Courier"]


def test_a_typed_dotted_field_with_the_type_it_was_is_a_type_change() -> None:
    assert accepted("Kiln.firing_hours: float (was int)", Intent.MODIFY_FIELDS) == [
        "Kiln(firing_hours:float)"
    ]


def test_a_link_among_listed_fields_is_a_field_not_a_relationship() -> None:
    request = "please add the service date and an optional invoice link to Boiler"
    assert accepted(request, Intent.ADD_FIELDS) == ["Boiler(service_date:date,invoice_link:str?)"]


# --- a unit after a field does not overrule the type its head names ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track silos with name and the capacity in litres",
         ["Silo(name:str,capacity:int)"]),
        ("Track fuel deliveries with supplier and the price in euros",
         ["FuelDelivery(supplier:str,price:decimal)"]),
        ("Track hikes with trail name and the distance in km",
         ["Hike(trail_name:str,distance:float)"]),
    ],
)  # fmt: skip
def test_a_unit_keeps_the_type_of_the_head_it_measures(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- plurals of nouns ending in -i --------------------------------------------------------------
def test_a_plural_of_a_noun_in_i_names_its_singular() -> None:
    assert accepted("Track skis with brand and length") == ["Ski(brand:str,length:float)"]
    assert accepted("Record safaris with park name and start date") == [
        "Safari(park_name:str,start_date:date)"
    ]


# --- who keeps the records, and the verbs a second-language writer keeps them with --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("My aunt breeds alpacas. She needs to keep the alpacas: name, fleece colour, the birth "
         "date.", ["Alpaca(name:str,fleece_colour:str,birth_date:date)"]),
        ("For every tent I want to write the size, the colour and the purchase date.",
         ["Tent(size:str,colour:str,purchase_date:date)"]),
    ],
)  # fmt: skip
def test_a_third_person_need_or_a_verb_of_writing_down_keeps_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_test_before_a_fields_head_word_names_a_field() -> None:
    assert accepted("Record drivers with full name and theory test date") == [
        "Driver(full_name:str,theory_test_date:date)"
    ]


# --- talk around a change that is no part of it -------------------------------------------------
def test_how_often_after_a_clause_is_not_part_of_the_field() -> None:
    request = "For the school trips the bus note can be empty sometimes."
    assert accepted(request, Intent.MODIFY_FIELDS) == ["SchoolTrip(bus_note:str?)"]


def test_not_required_anymore_restates_optional() -> None:
    request = "could you make the pager on Nurse optional please, not required anymore"
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Nurse(pager:str?)"]


# --- dictated punctuation, and the head of a named thing said again -----------------------------
def test_spoken_comma_and_full_stop_are_punctuation() -> None:
    request = (
        "make a system for the garden sheds comma each shed has a code comma a width and a roof"
        " colour full stop"
    )
    assert accepted(request) == ["GardenShed(code:str,width:float,roof_colour:str)"]


def test_each_with_the_head_noun_names_the_thing_said_before() -> None:
    request = "create a system for the rowing boats, each boat has a name, a length and a colour."
    assert accepted(request) == ["RowingBoat(name:str,length:float,colour:str)"]


def test_four_after_a_frame_is_the_sound_alike_of_for() -> None:
    assert accepted("make an app four dog walkers with name, phone and area") == [
        "DogWalker(name:str,phone:str,area:str)"
    ]


def test_braces_around_a_whole_entity_line_only_wrap_it() -> None:
    assert accepted("{Canoe: hull colour, length, seats}") == [
        "Canoe(hull_colour:str,length:float,seats:int)"
    ]
