"""Field lists typed in a hurry, with no commas and often no full stops.

Every request here is written for this file (none is copied from the corpus). What a person
typing on a phone relies on: where a reader waits for a comma list ("for every courier the
name, …", "keep complaints, noting …", "for our recipes we want the title, …"), the same list
said without commas is read the same, when it opens as a field list does (an article, or a
field's own word such as "name" or "serial number") and ends with "and" before its last item;
a run-on "each kayak has serial number …" or "the bikes have a …" (the things named again)
starts the list's own sentence; "each driver must be name mobile number …" (a second-language
"there must be") lists the driver's fields. A rule about each one ("each driver must be
licensed", "each volunteer must be a member") lists nothing, and a comma-less list that cannot
be read with confidence is never accepted wrong.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we deliver parcels. for every courier the name the phone number and the van registration",
         "Courier(name:str,phone_number:str,van_registration:str)"),
        ("keep noise complaints noting the caller name the street and the complaint date",
         "NoiseComplaint(caller_name:str,street:str,complaint_date:date)"),
        ("for our recipes we would want the title the cook time and the serving count",
         "Recipe(title:str,cook_time:str,serving_count:int)"),
    ],
)  # fmt: skip
def test_a_list_said_without_commas_reads_as_the_list_with_commas(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we run a kayak rental each kayak has serial number colour purchase year and hire price",
         "Kayak(serial_number:str,colour:str,purchase_year:int,hire_price:decimal)"),
        ("we hire out bikes to tourists the bikes have a frame number a colour and a daily price",
         "Bike(frame_number:str,colour:str,daily_price:decimal)"),
        ("pls set up vans for the bakery each van must be plate number driver name and mot date",
         "Van(plate_number:str,driver_name:str,mot_date:date)"),
    ],
)  # fmt: skip
def test_a_run_on_list_starts_its_own_sentence(request_text: str, expected: str) -> None:
    assert read_right(request_text) == [expected]


def test_each_one_must_be_a_list_of_fields_said_without_for() -> None:
    assert accepted(
        "make an app for couriers every courier must be name mobile number and start date pls"
    ) == ["Courier(name:str,mobile_number:str,start_date:date)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "each driver must be licensed",
        "each volunteer must be a member",
        "i like the bikes the bikes have a frame",
    ],
)
def test_a_rule_about_each_one_lists_no_fields(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification" or shape(read(request_text)) in (
        [],
        ["Bike(frame:str)"],
    )


# Fresh hurried wordings in other trades: each is read right, or asked; never accepted wrong.
_HURRIED = [
    ("need an app for my dog grooming van each dog needs the owner name the breed the coat type "
     "the last groom date and the number of visits",
     "Dog(owner_name:str,breed:str,coat_type:str,last_groom_date:date,visits:int)"),
    ("every tenant must be name phone number unit number and move in date",
     "Tenant(name:str,phone_number:str,unit_number:str,move_in_date:date)"),
    ("keep track of my beehives the location the queen age the number of frames and the last "
     "inspection date",
     "Beehive(location:str,queen_age:int,frames:int,last_inspection_date:date)"),
    ("for each boat we need the mooring number the owner name the length and the annual fee",
     "Boat(mooring_number:str,owner_name:str,length:float,annual_fee:decimal)"),
    ("tattoo bookings with client name artist session date deposit amount and notes (optional)",
     "TattooBooking(client_name:str,artist:str,session_date:date,deposit_amount:decimal,"
     "notes:str?)"),
    ("pls make a system 4 climbing routes with route name grade the setter and the set date",
     "ClimbingRoute(route_name:str,grade:str,setter:str,set_date:date)"),
    ("food truck menu items name price calorie count and allergen notes",
     "MenuItem(name:str,price:decimal,calorie_count:int,allergen_notes:str)"),
    ("create vineyard blocks with block code grape variety planting year and row count",
     "VineyardBlock(block_code:str,grape_variety:str,planting_year:int,row_count:int)"),
    ("track school buses with bus number driver name seat count and last service date",
     "SchoolBus(bus_number:str,driver_name:str,seat_count:int,last_service_date:date)"),
    ("for my tool share evry tool must be tool name category the owner email and the return date",
     "Tool(tool_name:str,category:str,owner_email:email,return_date:date)"),
    ("wanna track my pottery kilns the name the max temperature the number of shelves and the "
     "last firing date",
     # ("my pottery kilns": the modifier stays in the name, as "library members" → LibraryMember)
     "PotteryKiln(name:str,max_temperature:float,shelves:int,last_firing_date:date)"),
    ("farrier visits horse name visit date shoe size and fee",
     "FarrierVisit(horse_name:str,visit_date:date,shoe_size:str,fee:decimal)"),
    ("create a Plumber entity with full name licence number hourly rate and van registration",
     "Plumber(full_name:str,licence_number:str,hourly_rate:decimal,van_registration:str)"),
    ("cafe loyalty cards card number holder name points balance and expiry date",
     "CafeLoyaltyCard(card_number:str,holder_name:str,points_balance:decimal,"
     "expiry_date:date)"),
]  # fmt: skip


@pytest.mark.parametrize(("request_text", "right"), _HURRIED)
def test_a_hurried_list_is_read_right_or_asked(request_text: str, right: str) -> None:
    result = read(request_text)
    if result.status == "recognized":
        assert result.intent == Intent.CREATE_ENTITY
        assert shape(result) == [right]


@pytest.mark.parametrize(
    "request_text",
    [
        # four bare words: two fields run together as likely as one
        "create vineyard blocks with block code grape variety planting year and row count",
        # a name of its own ("fire station"), then a field's own word: two fields, or one
        "track retained firefighters with name fire station phone and start date",
    ],
)
def test_a_doubtful_cut_in_a_list_without_commas_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_the_same_list_with_commas_is_read_as_the_person_split_it() -> None:
    assert accepted("track retained firefighters with name, fire station phone and start date") == [
        "RetainedFirefighter(name:str,fire_station_phone:str,start_date:date)"
    ]
