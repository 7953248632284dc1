"""Fields that were lost or misnamed although the request lists them plainly.

Every request here is written for this file (none is copied from the corpus), each family in
several trades and list shapes, with counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


# --- a list whose lines each gloss their field after a dash, in any words --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hives:\n- hive number - painted on the roof\n- queen colour - as marked on her back\n"
         "- frames - how many are in use",
         ["Hive(hive_number:str,queen_colour:str,frames:int)"]),
        ("Tenants\n1. name - as on the lease\n2. phone - best number to call\n"
         "3. deposit - held by the agency",
         ["Tenant(name:str,phone:str,deposit:decimal)"]),
        ("Dives:\n- site - usually the reef name\n- depth - in metres\n"
         "- visibility score - 1 to 5",
         ["Dive(site:str,depth:float,visibility_score:float)"]),
        ("Crates:\n* crate code - stamped on the lid\n* weight - how heavy it is\n"
         "* sender - from the delivery note",
         ["Crate(crate_code:str,weight:float,sender:str)"]),
    ],
)  # fmt: skip
def test_each_line_glossed_after_a_dash_is_a_field(request_text: str, expected: list[str]) -> None:
    """ "bin code - printed on the lid" over "part code - what goes in it": the gloss is what
    the field holds; the line was taken for a business rule and the field lost."""
    assert accepted(request_text) == expected


def test_requirements_after_a_dash_are_no_fields() -> None:
    """A requirement's heading and what is required ("Storage - SQLite is fine", "Backups -
    must run every night") are no field, even in a run of such lines."""
    text = (
        "Boat hire\n\nRequirements:\n- Boats with name, length and hourly rate\n"
        "- Storage - SQLite is fine\n- Responses - JSON only\n- Backups - must run every night"
    )
    assert accepted(text) == ["Boat(name:str,length:float,hourly_rate:decimal)"]


def test_a_lone_dashed_line_is_left_as_written() -> None:
    """One line with a dash is no glossed list: a title ("Tool shed - our street") stays one."""
    result = read("Tool shed - our street\ntool name, owner, lent out (yes/no)")
    assert all("our_street" not in a.name for e in result.entities for a in e.attributes)


def test_things_listed_after_a_dash_keep_their_fields() -> None:
    """Numbered lines "Members – name, phone" name a thing and its list: no gloss."""
    text = (
        "Choir system\n\n1. Singers – name, voice part, phone.\n2. Concerts – concert date, "
        "venue.\n3. Every concert has many singers."
    )
    assert accepted(text) == [
        "Singer(name:str,voice_part:str,phone:str)",
        "Concert(concert_date:date,venue:str) many_to_many>Singer",
    ]


# --- one more field said after the change, with who wants it after "too" ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Can you add a wind speed to Spraying? And a nozzle size too, the inspectors want both.",
         ["Spraying(wind_speed:float,nozzle_size:str)"]),
        ("Please add a hull colour to Kayak. And a seat count too, the guides asked for it.",
         ["Kayak(hull_colour:str,seat_count:int)"]),
        ("Add a vat number to Supplier. A payment terms field too, for the accounts.",
         ["Supplier(vat_number:str,payment_terms:str)"]),
    ],
)  # fmt: skip
def test_an_afterthought_with_its_reason_adds_its_field(
    request_text: str, expected: list[str]
) -> None:
    """ "And a nozzle type too, the auditors want both.": the reason after "too" is talk; the
    field was lost and the change asked."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_more_items_after_too_are_more_fields() -> None:
    """A list going on after "too," is no reason: its items are fields too."""
    assert accepted(
        "Add a vat number to Supplier. A payment terms field too, an iban and a swift code.",
        Intent.ADD_FIELDS,
    ) == ["Supplier(vat_number:str,payment_terms:str,iban:str,swift_code:str)"]


# --- a field named with who keeps it and how: "the stock we have left" ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep my soaps: a name, a scent, the price and the stock I've got left.",
         ["Soap(name:str,scent:str,price:decimal,stock:int)"]),
        ("Track loans with the borrower, the amount they still owe and the due date.",
         ["Loan(borrower:str,amount:decimal,due_date:date)"]),
        ("keep seed packets with variety, sow by date and the quantity we have spare",
         ["SeedPacket(variety:str,sow_by_date:date,quantity:int)"]),
    ],
)  # fmt: skip
def test_who_has_it_and_how_is_no_part_of_the_name(request_text: str, expected: list[str]) -> None:
    """ "the stock I've got left" is the stock (the item was dropped as a sentence)."""
    assert accepted(request_text) == expected


def test_the_things_we_have_stay_no_field() -> None:
    """ "the rooms we have" is what is kept, not a value of it: never a field "rooms"."""
    result = read("Keep rooms with the rooms we have and a price")
    assert all(a.name != "rooms" for e in result.entities for a in e.attributes)


# --- the unit a value is given in, after "in", is no part of its name ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep plots with plot number, area in sq ft and rent",
         ["Plot(plot_number:str,area:float,rent:decimal)"]),
        ("Keep greenhouses with number, the floor surface in m2 (number) and planting date",
         ["Greenhouse(number:str,floor_surface:float,planting_date:date)"]),
        ("Keep wrecks with name, depth in fathoms and a sinking date",
         ["Wreck(name:str,depth:float,sinking_date:date)"]),
        ("Keep barns with name, capacity in bales and roof height in feet",
         ["Barn(name:str,capacity:int,roof_height:float)"]),
    ],
)  # fmt: skip
def test_a_unit_after_in_is_no_part_of_the_name(request_text: str, expected: list[str]) -> None:
    """ "capacity in pallets", "surface in m2" were accepted as capacity_in_pallets and
    surface_in_m2 (a column named after its unit)."""
    assert accepted(request_text) == expected


def test_where_a_count_is_found_stays_in_its_name() -> None:
    """ "seats in gardens" counts the seats found in the gardens: no unit taken off."""
    result = read("Keep pubs with name, staff in bars and seats in gardens")
    assert all(a.name != "seats" for e in result.entities for a in e.attributes)


# --- one more field, then "but that's optional" -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("can we log guests with name, room and arrived at please. Temperature too but that's "
         "optional now", Intent.CREATE_ENTITY,
         ["Guest(name:str,room:str,arrived_at:datetime,temperature:float?)"]),
        ("Keep kayaks with name, length and colour. Weight too, it's optional.",
         Intent.CREATE_ENTITY, ["Kayak(name:str,length:float,colour:str,weight:float?)"]),
    ],
)  # fmt: skip
def test_an_afterthought_said_optional_is_an_optional_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "Temperature too but that's optional now" was a field temperature_too_but; "Weight
    too, it's optional." a required weight, accepted."""
    assert accepted(request_text, intent) == expected


def test_an_afterthought_said_optional_in_a_change_is_read_so() -> None:
    """ "A minimum order too, but that one's optional." was a field but_that_one_optional."""
    result = read(
        "Add a lead time and a supplier to Part. A minimum order too, but that one's optional."
    )
    assert result.intent == Intent.ADD_FIELDS
    shapes = [
        f"{e.name}(" + ",".join(f"{a.name}{'' if a.required else '?'}" for a in e.attributes) + ")"
        for e in result.entities
    ]
    assert shapes == ["Part(lead_time,supplier,minimum_order?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("i need a list of the pitches with pitch number the camper name the nightly rate and "
         "the arrival date oh and whether it has power",
         ["Pitch(pitch_number:str,camper_name:str,nightly_rate:decimal,arrival_date:date,"
          "has_power:bool)"]),
        ("keep bikes with frame size, colour um and the price",
         ["Bike(frame_size:str,colour:str,price:decimal)"]),
    ],
)  # fmt: skip
def test_a_sound_said_mid_list_is_no_part_of_a_field(
    request_text: str, expected: list[str]
) -> None:
    """ "the start date oh and whether …" was a field start_date_oh."""
    assert accepted(request_text) == expected


def test_glosses_in_the_writers_voice_are_glosses_in_a_list() -> None:
    """ "name - what we call it on the tag" in a list of glossed lines was read as a rename
    ("we call it on the tag"): it says what the field holds."""
    assert accepted(
        "Second-hand bikes\n\nThe system manages bikes. Fields:\n"
        "- name - what we call it on the label\n- first owner - who we bought it from\n"
        "- frame colour\n- asking price - money"
    ) == ["Bike(name:str,first_owner:str,frame_colour:str,asking_price:decimal)"]


def test_a_field_said_first_then_called_something_is_still_renamed() -> None:
    """Counterpart: "in the guests the meal choice call it menu choice" renames."""
    assert accepted("in the guests the meal choice call it menu choice", Intent.RENAME_FIELD) == [
        "Guest(menu_choice:str<meal_choice)"
    ]


# --- how long, said after the field's owner, is no thing -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We haven't used the pager number on drivers for years. Could you remove it?",
         ["Driver(pager_number:str)"]),
        ("Nobody has checked the fuel gauge on tractors for months. Please remove it.",
         ["Tractor(fuel_gauge:str)"]),
    ],
)  # fmt: skip
def test_a_duration_after_the_owner_is_no_entity(request_text: str, expected: list[str]) -> None:
    """ "… on drivers for years." was Year(pager_number_on_drivers), accepted at 0.97."""
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


# --- the things no longer used are why the field named after them goes -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our couriers don't use radios anymore, so the radio number can go.",
         ["Courier(radio_number:str)"]),
        ("Our vets don't carry pagers now, so the pager number on Vet can be removed",
         ["Vet(pager_number:str)"]),
    ],
)  # fmt: skip
def test_the_disused_things_are_the_reason_not_a_field(
    request_text: str, expected: list[str]
) -> None:
    """ "don't use radios anymore, so the radio number can go" removed a field "radios" too."""
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_two_removals_said_together_are_both_removed() -> None:
    assert accepted("Remove pagers and the pager number from Courier", Intent.REMOVE_FIELDS) == [
        "Courier(pagers:str,pager_number:str)"
    ]


# --- a list named by a person's details, for people, keeps the people ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a contact list for our trusted tradesmen with name, trade and phone",
         ["Tradesman(name:str,trade:str,phone:str)"]),
        ("We need a phone list for our drivers with name and phone",
         ["Driver(name:str,phone:str)"]),
        ("an address book for the clients with name, address and email",
         ["Client(name:str,address:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_details_list_for_people_keeps_the_people(request_text: str, expected: list[str]) -> None:
    """ "a contact list for our trusted tradesmen" was Contact, accepted at 0.92."""
    # a right reading at the edge of the threshold: asked since the refit with the second
    # reader (roles.py), so the reading is what is held here
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("a contact list with name, trade and phone", ["Contact(name:str,trade:str,phone:str)"]),
        ("a contact list for the office with name and phone", ["Contact(name:str,phone:str)"]),
    ],
)  # fmt: skip
def test_a_details_list_for_no_people_keeps_its_contacts(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- "For the X we note: …" with its colon read away -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On the boat hires we note: boat name, hirer, hours out",
         ["BoatHire(boat_name:str,hirer:str,hours_out:str)"]),
        ("For the bike repairs we log frame number, fault, price",
         ["BikeRepair(frame_number:str,fault:str,price:decimal)"]),
    ],
)  # fmt: skip
def test_the_things_then_what_we_note_of_them(request_text: str, expected: list[str]) -> None:
    """ "On the boat hires we note: boat name, …" was a field note_boat_name, accepted."""
    assert accepted(request_text) == expected


def test_what_we_record_of_the_things_is_no_field() -> None:
    """ "we record everything, like …" names no first field "everything"."""
    result = read("for our members we record everything, like name and email")
    assert all(a.name != "everything" for e in result.entities for a in e.attributes)


def test_things_glossed_after_a_dash_keep_their_name() -> None:
    """ "- Horses - animals in the yard, with name and age" was Animal (and Person for the
    riders), accepted at 0.82: what the things are is no thing of its own."""
    assert accepted(
        "Things we keep:\n- Ponies - animals in the paddock, with name and age\n"
        "- Riders - people who book lessons, with name and phone"
    ) == ["Pony(name:str,age:int)", "Rider(name:str,phone:str)"]
