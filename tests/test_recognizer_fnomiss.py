"""Families of misreads found in the fresh-n (messages pasted from chat, e-mail and tickets) and
fresh-o (non-developers describing what they keep) batches.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


# --- a unit of measure after "in" is not part of the field's name ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track generators with a name, output in kilowatts and frequency in hertz",
         ["Generator(name:str,output:float,frequency:float)"]),
        ("pls log meadows: meadow name, size in hectares(number), cut date",
         ["Meadow(meadow_name:str,size:float,cut_date:date)"]),
        ("Keep track of our boats with a name, a length in metres and the top speed in knots.",
         ["Boat(name:str,length:float,top_speed:float)"]),
        ("As a lab tech I want samples with a code and the particle size in microns",
         ["Sample(code:str,particle_size:float)"]),
    ],
)  # fmt: skip
def test_a_unit_of_measure_after_in_is_dropped_from_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- the whole of an entity goes: "get rid of", "all of it", "X: delete entirely" ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We want to get rid of the punch cards.", ["PunchCard()"]),
        ("As the club treasurer I want to get rid of the raffle tickets entirely.",
         ["RaffleTicket()"]),
        ("hi, we stopped renting lockers. Please remove the lockers, all of it.", ["Locker()"]),
        ("Could you drop the rain checks, all of them? Thanks", ["RainCheck()"]),
        ("delete entity: Locker", ["Locker()"]),
        ("remove entity: raffle ticket", ["RaffleTicket()"]),
    ],
)  # fmt: skip
def test_removing_a_whole_entity_in_plain_words_removes_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Punch cards: delete completely", ["PunchCard()"]),
        ("Rain checks: delete them entirely", ["RainCheck()"]),
        ("Hen houses: get rid of them for good", ["HenHouse()"]),
    ],
)  # fmt: skip
def test_a_topic_then_a_removal_of_the_whole_reads_as_removing_the_topic(
    request_text: str, expected: list[str]
) -> None:
    # how sure the reader is belongs to the confidence model; the reading is what is tested
    assert reading(request_text) == (Intent.REMOVE_ENTITY, expected)


def test_a_topic_then_remove_with_a_field_still_removes_the_field() -> None:
    assert accepted("Punch cards: remove the stamp count", Intent.REMOVE_FIELDS) == [
        "PunchCard(stamp_count:int)"
    ]


# --- "the number of <things> on <entity>": the counted things are the field ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the number of seats on each bus optional.", ["Bus(seats:int?)"]),
        ("The number of beds in each ward should be a whole number.", ["Ward(beds:int)"]),
        ("Change the number of spare keys per car to an integer", ["Car(spare_keys:int)"]),
    ],
)  # fmt: skip
def test_the_number_of_things_on_an_entity_changes_that_count_on_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "entity", "field"),
    [
        ("The number of frames on hives should be optional.", "Hive", "frames"),
        ("As the scout leader I want the number of tents on Pitch to be optional, so that I "
         "can book a site early",
         "Pitch", "tents"),
        ("can the number of goals in each game be optional pls", "Game", "goals"),
    ],
)  # fmt: skip
def test_the_counted_things_are_never_read_as_the_entity(
    request_text: str, entity: str, field: str
) -> None:
    result = read(request_text)
    assert result.intent == Intent.MODIFY_FIELDS
    assert [(e.name, [a.name for a in e.attributes]) for e in result.entities] == [
        (entity, [field])
    ]
    assert not result.entities[0].attributes[0].required


# --- who asked for it, said after the list, is talk ("…, my wife says") ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track hives with a hive code, the apiary and a queen marked flag, my neighbour says.",
         ["Hive(hive_code:str,apiary:str,queen_marked:bool)"]),
        ("We need a list of lockers: locker number, holder name, key returned flag, the caretaker "
         "insists.", ["Locker(locker_number:str,holder_name:str,key_returned:bool)"]),
        ("Keep allotment sheds with shed code, tenant and rent, our treasurer reckons.",
         ["AllotmentShed(shed_code:str,tenant:str,rent:decimal)"]),
    ],
)  # fmt: skip
def test_a_remark_naming_who_wants_it_after_the_list_is_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_what_someone_said_is_still_a_field_when_it_is_listed() -> None:
    assert shape(read("Track complaints with a title and what the customer said")) == [
        "Complaint(title:str,what_the_customer_said:str)"
    ]


# --- "this last one is optional": a pointer to the item just listed ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For every rental I need the renter name, the bike and the return notes, this last one "
         "is optional.", ["Rental(renter_name:str,bike:str,return_notes:str?)"]),
        ("Track boats with name, length and mooring notes, that last one can be blank",
         ["Boat(name:str,length:float,mooring_notes:str?)"]),
        ("Track boats with name, mooring notes and length, the latter as a whole number",
         ["Boat(name:str,mooring_notes:str,length:int)"]),
    ],
)  # fmt: skip
def test_the_last_one_or_the_latter_modifies_the_field_just_listed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "for each X we need: a, b, c": the colon opens the list the verb takes --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each rental we need: renter name, bike and return date.",
         ["Rental(renter_name:str,bike:str,return_date:date)"]),
        ("For every walk I record: route, distance in miles and walk date",
         ["Walk(route:str,distance:float,walk_date:date)"]),
        ("hi! for each hamper we'd like: contents, price and packed date thx",
         ["Hamper(contents:str,price:decimal,packed_date:date)"]),
    ],
)  # fmt: skip
def test_a_colon_after_need_or_record_opens_the_field_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- a field described in a clause, then named in brackets, takes the bracketed name ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track the choir robes with the size and the day each one was lent out (lend date).",
         ["ChoirRobe(size:str,lend_date:date)"]),
        ("Keep a list of donated books: title, who gave it (the donor) and the shelf",
         ["DonatedBook(title:str,donor:str,shelf:str)"]),
        ("Track parcels with the sender and how much we paid for it (postage cost).",
         ["Parcel(sender:str,postage_cost:decimal)"]),
    ],
)  # fmt: skip
def test_a_field_described_then_named_in_brackets_takes_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


def test_a_type_or_unit_in_brackets_after_a_description_is_no_name() -> None:
    assert accepted("Track dogs with the name and the day it was born (date)") == [
        "Dog(name:str,birth_day:date)"
    ]


# --- "years ringing", "days absent": a number of time spans is a count -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Coach(name, years coaching, email)",
         ["Coach(name:str,years_coaching:int,email:email)"]),
        ("Track pupils with a name, days absent and the form tutor",
         ["Pupil(name:str,days_absent:int,form_tutor:str)"]),
        ("As the foreman I want welders with a name and years experience",
         ["Welder(name:str,years_experience:int)"]),
    ],
)  # fmt: skip
def test_a_number_of_years_or_days_doing_something_is_a_whole_number(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "add X to Y but it's not required": the marker is said of the field added ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a fax to the suppliers but its not required", ["Supplier(fax:str?)"]),
        ("Please add a middle name to Member, it can be blank.", ["Member(middle_name:str?)"]),
        ("Could you put a website on the clubs, but it is optional?", ["Club(website:str?)"]),
    ],
)  # fmt: skip
def test_an_optional_marker_after_the_destination_makes_the_added_field_optional(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_required_marker_after_the_destination_keeps_the_added_field_required() -> None:
    assert accepted("add a fax to the suppliers, it is required", Intent.ADD_FIELDS) == [
        "Supplier(fax:str)"
    ]


# --- "a <container> where each <thing> has …": the thing is the entity ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a little register in which each member has a name, an email and a join date.",
         ["Member(name:str,email:email,join_date:date)"]),
        ("Build us a shop where each product has a name and a price.",
         ["Product(name:str,price:decimal)"]),
        ("I want a seed library where each seed has a name, a variety and a year.",
         ["Seed(name:str,variety:str,year:int)"]),
        ("As a cook I want a recipe book where every recipe has a title and a method, so that I "
         "can plan meals.", ["Recipe(title:str,method:str)"]),
    ],
)  # fmt: skip
def test_what_each_one_has_names_the_entity_not_the_container_around_it(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- "for each X I need the Y's name, …": X is the record, "the Y's name" one of its fields ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each loan I need the borrower's name, the tool and the return date.",
         ["Loan(borrower_name:str,tool:str,return_date:date)"]),
        ("for every lesson we need the pupil's name, the instrument and the fee pls",
         ["Lesson(pupil_name:str,instrument:str,fee:decimal)"]),
        ("For each rental, I'd like the customer's phone, the bike and the deposit.",
         ["Rental(customer_phone:str,bike:str,deposit:decimal)"]),
    ],
)  # fmt: skip
def test_a_possessive_first_field_after_for_each_is_a_field_of_the_topic(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_possessive_first_field_without_a_topic_still_names_the_entity() -> None:
    assert accepted("I need the guest's name, email and arrival date") == [
        "Guest(name:str,email:email,arrival_date:date)"
    ]


# --- "A phone too, if known.": an afterthought with its optional marker ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track permits with a code and a fee. A website too, if known.",
         ["Permit(code:str,fee:decimal,website:str?)"]),
        ("Please track bee swarms: the date, the location and the weight. A photo link as well, "
         "optional.", ["BeeSwarm(date_value:date,location:str,weight:float,photo_link:str?)"]),
        ("For each pupil I need the name and the class. Oh and an email too, if they have one.",
         ["Pupil(name:str,class_value:str,email:email?)"]),
    ],
)  # fmt: skip
def test_an_afterthought_with_an_optional_marker_adds_an_optional_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "call the teams clubs", "… and the rooms are now called studios" --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could we call the rooms studios from now on?", ["Studio<Room()"]),
        ("Please call the players members instead.", ["Member<Player()"]),
        ("Our choir grew a lot and the rehearsals are now called sessions.",
         ["Session<Rehearsal()"]),
        ("The pitches are now officially called plots by the council, so please call the "
         "pitches plots.", ["Plot<Pitch()"]),
    ],
)  # fmt: skip
def test_calling_the_things_by_a_new_plural_renames_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


# --- "On Route we want a hold count": a wish said on an entity written as a name adds to it ---
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On Kayak we want a hire price.", ["Kayak(hire_price:decimal)"]),
        ("On TeaBlend, we'd like a caffeine flag please", ["TeaBlend(caffeine:bool)"]),
        ("on the Allotment entity we also need a water meter reading",
         ["Allotment(water_meter_reading:str)"]),
    ],
)  # fmt: skip
def test_a_wish_on_a_named_entity_adds_the_field_to_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_for_each_named_thing_we_need_still_creates_it() -> None:
    assert accepted("For each Rental we need a renter name and a return date") == [
        "Rental(renter_name:str,return_date:date)"
    ]


# --- "(for each repair) we note the owner name, …": the keeping verb is no part of a field ----
def test_we_note_before_the_list_is_no_part_of_the_first_field() -> None:
    assert accepted("For each repair we note the owner name, the bike make and the fee.") == [
        "Repair(owner_name:str,bike_make:str,fee:decimal)"
    ]


# --- "…, a capacity and whether it has a projector": a yes/no field, never an entity ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track rooms with a name, a capacity and whether it has a projector.",
         ["Room(name:str,capacity:int,has_projector:bool)"]),
        ("Track rooms with a name and whether it has a projector.",
         ["Room(name:str,has_projector:bool)"]),
        ("I want to log holiday cottages with a name, the weekly rent and whether it has a "
         "garden", ["HolidayCottage(name:str,weekly_rent:decimal,has_garden:bool)"]),
    ],
)  # fmt: skip
def test_whether_it_has_after_a_field_is_a_yes_no_field_of_the_same_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "Add F and G to X. F can be blank.": the later sentence is said of the new field ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Please add a pickup time and a driver to Delivery. The pickup time can be blank.",
         ["Delivery(pickup_time:datetime?,driver:str)"]),
        ("Add a deposit and the tenant's phone to Lease. The phone may be empty.",
         ["Lease(deposit:decimal,tenant_phone:str?)"]),
    ],
)  # fmt: skip
def test_a_field_added_then_said_optional_is_added_as_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)
