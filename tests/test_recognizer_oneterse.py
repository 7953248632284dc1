"""One-liners and terse notes: the notation and the words that decide a short request.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- lines marked "+" under a name add those fields to it, as "Name: + a, + b" does; "-" or "*"
  bullets under a name still declare it;
- "Name: + a, + b" is a request even when few of its words are glue English;
- a herd, a fleet or a club "for our <plural>" is made of that plural, and an orchard, a
  stable or a kennel "for our <animals or plants>" keeps them: the plural is the entity; an
  act ("a feeding log for our horses") or a thing kept for people ("a laptop register for our
  staff") stays the entity, and so does a registry "for" one organisation;
- money "due", "owed" or "outstanding" is money; a premium is money;
- a quantity's setpoint, limit, threshold or target has the quantity's type;
- "in gigabytes", "in MB": a unit of data size after a field is no part of its name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kennel\n+ run size\n+ heated (yes/no)", ["Kennel(run_size:str,heated:bool)"]),
        ("ParcelLocker\n+ door count (int)", ["ParcelLocker(door_count:int)"]),
        ("Greenhouse\n+ vent count (int)\n+ notes (optional)",
         ["Greenhouse(vent_count:int,notes:str?)"]),
    ],
)  # fmt: skip
def test_lines_marked_plus_under_a_name_add_fields(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Kennel\n- run size\n- heated (yes/no)", "Kennels\n* run size\n* heated (yes/no)"],
)
def test_plain_bullets_under_a_name_still_declare_it(request_text: str) -> None:
    assert accepted(request_text) == ["Kennel(run_size:str,heated:bool)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Ram: + scan grade, + tups used (int)", ["Ram(scan_grade:str,tups_used:int)"]),
        ("Hive: + queen marked (yes/no), + frame count (int)",
         ["Hive(queen_marked:bool,frame_count:int)"]),
    ],
)  # fmt: skip
def test_items_marked_plus_after_a_name_are_a_request(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_items_marked_plus_with_no_name_still_ask() -> None:
    assert read("+ fax, + pager").needs_clarification


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Build a kennel app for our dogs: name, breed, weight",
         ["Dog(name:str,breed:str,weight:float)"]),
        ("Set up a fleet tracker for our vans with plate number, colour and mileage",
         ["Van(plate_number:str,colour:str,mileage:int)"]),
        ("A stable app for our horses with name, colour and height",
         ["Horse(name:str,colour:str,height:float)"]),
    ],
)  # fmt: skip
def test_a_group_or_a_keeping_place_for_a_plural_is_made_of_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("A feeding log for our horses with feed type, amount and fed at", "Feeding"),
        ("Make a laptop register for our staff with serial number and model", "Laptop"),
        ("Create a member registry for our gym with name and email", "Member"),
    ],
)
def test_an_act_or_a_thing_kept_for_people_stays_the_entity(request_text: str, entity: str) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [entity]


def test_money_still_owed_and_premiums_are_money() -> None:
    assert accepted("Leases: tenant name, amount owing, balance outstanding, monthly premium") == [
        "Lease(tenant_name:str,amount_owing:decimal,balance_outstanding:decimal,"
        "monthly_premium:decimal)"
    ]


def test_a_quantitys_set_or_read_value_has_its_type() -> None:
    assert accepted(
        "Boilers: name, pressure threshold, weight limit, age limit, humidity target"
    ) == [
        "Boiler(name:str,pressure_threshold:float,weight_limit:float,age_limit:int,"
        "humidity_target:float)"
    ]


def test_a_limit_or_a_reading_of_no_quantity_stays_text() -> None:
    assert accepted("Accounts: holder name, spending limit, meter reading, skill level") == [
        "Account(holder_name:str,spending_limit:str,meter_reading:str,skill_level:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track disks with label, size in terabytes (number) and a healthy flag",
         ["Disk(label:str,size:float,healthy:bool)"]),
        ("Mailboxes: address, quota in MB (int), archived (yes/no)",
         ["Mailbox(address:str,quota:int,archived:bool)"]),
    ],
)  # fmt: skip
def test_a_data_size_unit_is_no_part_of_the_name(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiosk -> Terminal (rename entity)", ["Terminal<Kiosk()"]),
        ("Voucher → Coupon (rename the entity)", ["Coupon<Voucher()"]),
        ("rename entity: Trailer -> Caravan", ["Caravan<Trailer()"]),
    ],
)
def test_an_arrow_with_an_entity_rename_note_renames_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == expected


def test_an_arrow_with_a_field_rename_note_under_a_name_renames_the_field() -> None:
    assert accepted("Ferry: home port -> base port (rename)", Intent.RENAME_FIELD) == [
        "Ferry(base_port:str<home_port)"
    ]


def test_an_arrow_with_a_field_rename_note_and_no_entity_still_asks() -> None:
    assert read("home port -> base port (rename field)").needs_clarification


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create climbers with name, join date and phone number",
         ["Climber(name:str,join_date:date,phone_number:str)"]),
        ("Keep volunteers with email, link date and an optional phone",
         ["Volunteer(email:email,link_date:date,phone:str?)"]),
    ],
)  # fmt: skip
def test_a_date_named_after_a_linking_verb_is_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Join climbers and routes", ["Climber() many_to_many>Route"]),
        ("Link the Permit to one Inspector", ["Permit() many_to_one>Inspector"]),
    ],
)
def test_a_linking_verb_before_things_still_links_them(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A kennel register for dogs, please, with the name, the breed and the weight.",
         ["Dog(name:str,breed:str,weight:float)"]),
        ("Could you, please, make a list of kennels with name and size",
         ["Kennel(name:str,size:str)"]),
        ("Boats: name, please, length, owner", ["Boat(name:str,length:float,owner:str)"]),
    ],
)  # fmt: skip
def test_please_set_off_by_commas_leaves_the_sentence_whole(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Paintings: title, artist, purchase price (optional - donations have none)",
        "Paintings: title, artist, purchase price (optional, donations have none)",
        "Create paintings with title, artist and purchase price (optional; donated ones have none)",
        "Paintings: title, artist, purchase price (optional)",
    ],
)
def test_an_optional_marker_with_its_reason_marks_the_field_optional(request_text: str) -> None:
    assert accepted(request_text) == ["Painting(title:str,artist:str,purchase_price:decimal?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kennels | name, size (int), heated", ["Kennel(name:str,size:int,heated:bool)"]),
        ("boat trailers | plate, axle count (int), last serviced date",
         ["BoatTrailer(plate:str,axle_count:int,last_serviced_date:date)"]),
        ("Telescope nights | observer | target object | seeing (number)",
         ["TelescopeNight(observer:str,target_object:str,seeing:float)"]),
    ],
)  # fmt: skip
def test_a_plural_cell_then_a_comma_list_is_a_thing_and_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_singular_cell_then_a_comma_list_still_asks() -> None:
    assert read("name | size, heated").needs_clarification


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("* Budget proposal\n  * department\n  * amount requested\n  * approved",
         ["BudgetProposal(department:str,amount_requested:decimal,approved:bool)"]),
        ("- TravelRequest\n  - destination\n  - departure date",
         ["TravelRequest(destination:str,departure_date:date)"]),
    ],
)  # fmt: skip
def test_a_bullet_over_its_own_bullets_names_a_thing_even_when_a_document_word(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_document_title_over_requirements_still_only_titles_it() -> None:
    assert accepted("Budget proposal\n\nRequirements:\n- Track donors with name and email") == [
        "Donor(name:str,email:email)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A waiting list app: list name, capacity, opened at",
         ["WaitingList(list_name:str,capacity:int,opened_at:datetime)"]),
        ("Make a shopping list tracker with title, store and due date",
         ["ShoppingList(title:str,store:str,due_date:date)"]),
    ],
)  # fmt: skip
def test_a_gerund_and_a_frame_word_english_names_as_one_thing_is_that_thing(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("A booking app with guest name and date", "Booking"),
        ("A training log with session date, distance and notes", "Training"),
    ],
)
def test_a_gerund_before_a_frame_word_alone_is_still_the_thing(
    request_text: str, entity: str
) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [entity]
