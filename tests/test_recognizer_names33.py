"""Entity names: the thing a request is about, not a word of the talk, the heading or the
frame around it.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: the occasion an ask came from ("Following the audit, …") names no
thing; "Requirements:" over bare names lists the fields of the thing the title names; "a bit
more on Vendor: …" adds to Vendor; a heading of fixes names the thing its lines change;
"void properties" are houses, not fields; a thing named whole is not cut to its head. Beside
each family are the requests that must keep their own reading, or be asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading, shape


# --- an occasion before the ask names nothing ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Following the audit, please add a tax number to Vendor.",
         Intent.ADD_FIELDS, ["Vendor(tax_number:str)"]),
        ("Following last month's fire drill we need somewhere to log evacuation drills: drill "
         "date, duration in minutes and the warden name.",
         Intent.CREATE_ENTITY,
         ["EvacuationDrill(drill_date:date,duration:int,warden_name:str)"]),
        ("Following the board's new data policy, the field 'nickname' on the Member entity "
         "should be renamed to 'display name'.",
         Intent.RENAME_FIELD, ["Member(display_name:str<nickname)"]),
        ("Following Monday's meeting with the finance team, the first thing they need is a "
         "place to keep purchase orders. For each order we capture the supplier name, the "
         "amount and the order date.",
         Intent.CREATE_ENTITY,
         ["PurchaseOrder(supplier_name:str,amount:decimal,order_date:date)"]),
        ("Following the inspector's visit, the Kitchen entity should get a hygiene rating.",
         Intent.ADD_FIELDS, ["Kitchen(hygiene_rating:float)"]),
        ("following the review we want to log incidents with incident date, description and "
         "severity",
         Intent.CREATE_ENTITY,
         ["Incident(incident_date:date,description:str,severity:str)"]),
        ("after last year's flood we'd like to keep sandbags with location, quantity and date "
         "placed",
         Intent.CREATE_ENTITY, ["Sandbag(location:str,quantity:int,date_placed:date)"]),
        ("Following the auditors' report we must record fire doors with door number, location "
         "and last inspected date.",
         Intent.CREATE_ENTITY,
         ["FireDoor(door_number:str,location:str,last_inspected_date:date)"]),
        ("In light of the new GDPR guidance, please remove date of birth from the Customer "
         "entity.",
         Intent.REMOVE_FIELDS, ["Customer(date_of_birth:date)"]),
        ("after the retro we agreed the estimate on Task should allow decimals - can you switch "
         "it to a float?",
         Intent.MODIFY_FIELDS, ["Task(estimate:float)"]),
    ],
)  # fmt: skip
def test_the_occasion_of_an_ask_is_background(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "After the match we record the score and the referee",
        "after the kids leave we need to tidy the rooms",
        "Following the recipe, add flour and sugar",
    ],
)
def test_what_follows_an_occasion_without_a_thing_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- "Requirements:" over bare names lists the fields of the title's thing -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kayaks\n\nRequirements:\n- hull number\n- colour\n- number of seats\n"
         "- rudder (true/false)\n- must pass linting",
         ["Kayak(hull_number:str,colour:str,seats:int,rudder:bool)"]),
        ("Kayak register\n\nRequirements:\n- hull number\n- colour\n- number of seats",
         ["Kayak(hull_number:str,colour:str,seats:int)"]),
        ("Kayaks\nRequirements:\n- hull number\n- colour\n- number of seats",
         ["Kayak(hull_number:str,colour:str,seats:int)"]),
        ("Kayaks\n\nRequirements:\n- hull number (text)\n- colour\n- seats (integer)",
         ["Kayak(hull_number:str,colour:str,seats:int)"]),
        ("Wine bottles\n\nData requirements:\n- bottle name\n- vintage (integer)\n- price",
         ["WineBottle(bottle_name:str,vintage:int,price:decimal)"]),
    ],
)  # fmt: skip
def test_bare_names_under_requirements_are_fields(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.CREATE_ENTITY
    assert shape(result) == expected


def test_bare_names_under_requirements_add_to_a_named_thing() -> None:
    assert accepted(
        "Add to Bike:\n\nRequirements:\n- frame number\n- colour", Intent.ADD_FIELDS
    ) == ["Bike(frame_number:str,colour:str)"]


@pytest.mark.parametrize(
    ("request_text", "not_fields"),
    [
        # what the system does, a thing named as an entity, things to keep: no fields
        ("Courier admin\n\nRequirements:\n- Manage couriers\n- Manage delivery zones\n"
         "- Use FastAPI", "manage_couriers"),
        ("Audit log\n\nRequirements:\n- an AuditEvent entity\n- export to CSV\n- tests",
         "export_to_csv"),
        ("Kennels\n\nRequirements:\n- Kennel entity\n- Must be GDPR compliant", "kennel_entity"),
        ("Boat club\n\nRequirements:\n- boats\n- crews\n- races", "crews"),
    ],
)  # fmt: skip
def test_requirements_that_are_not_fields_stay_asked(request_text: str, not_fields: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not any(a.name == not_fields for e in result.entities for a in e.attributes)


# --- "a bit more on X:" adds to X ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a bit more on Vendor: please add a tax number and a risk rating.",
         ["Vendor(tax_number:str,risk_rating:float)"]),
        ("we need a little more on the Booking entity: add a deposit and a paid flag",
         ["Booking(deposit:decimal,paid:bool)"]),
        ("We need more info on each Tenant: a move in date and a deposit amount.",
         ["Tenant(move_in_date:date,deposit_amount:decimal)"]),
        ("Could we have a bit more detail on Horse: add a passport number and a colour",
         ["Horse(passport_number:str,colour:str)"]),
        ("a bit more on Volunteer please - a start date and a dbs check flag",
         ["Volunteer(start_date:date,dbs_check:bool)"]),
        ("need a bit more on Kennel: run number (int), heated (yes/no)",
         ["Kennel(run_number:int,heated:bool)"]),
    ],
)  # fmt: skip
def test_more_wanted_on_a_thing_adds_the_list_to_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "we need a bit more on the budget: we are over by a lot",
        "I'd like more on this: why is it slow?",
        # a place not written as a name: the things wanted may be anything
        "we need a bit more on the cafe: a website and a menu",
    ],
)
def test_more_wanted_with_no_list_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# --- a heading of fixes names the thing its lines change -----------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Fixes needed on Booking (from Tues meeting)\n- guests should be a whole number not "
        "text\n- deposit paid should be yes/no",
        "Fixes for Booking:\n- guests should be a whole number\n- deposit paid should be yes/no",
        "Tweaks to the Booking entity:\n- guests should be a whole number\n- deposit paid "
        "should be yes/no",
        "Booking fixes:\n- guests should be a whole number\n- deposit paid should be yes/no",
    ],
)
def test_a_heading_of_fixes_names_the_thing_changed(request_text: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == ["Booking(guests:int,deposit_paid:bool)"]


def test_a_heading_of_fixes_keeps_a_field_of_two_words_whole() -> None:
    assert accepted(
        "Updates required on Kayak\n- hull colour should be optional\n- length should be a float",
        Intent.MODIFY_FIELDS,
    ) == ["Kayak(hull_colour:str?,length:float)"]


@pytest.mark.parametrize(
    "request_text",
    [
        # the app named, no thing: the change has no entity, never "Hull" from "hull colour"
        "Fixes needed on the app\n- make hull colour optional\n- length should be a float",
        # a bug report under the heading changes no field
        "Fixes needed on Booking\n- the cancel button is broken\n- emails go to spam",
    ],
)
def test_a_heading_of_fixes_that_names_no_thing_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "Hull" not in [e.name for e in result.entities]


# --- "properties": houses after a word of kind, fields after a thing's name ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("void properties: code, type, status, void date",
         ["VoidProperty(code:str,type_value:str,status:str,void_date:date)"]),
        ("rental properties: address, monthly rent, bedrooms",
         ["RentalProperty(address:str,monthly_rent:decimal,bedrooms:int)"]),
        ("We manage rental properties with address, monthly rent and bedrooms",
         ["RentalProperty(address:str,monthly_rent:decimal,bedrooms:int)"]),
        ("I need a list of properties: address, year built, bedrooms",
         ["Property(address:str,year_built:int,bedrooms:int)"]),
        ("vacant properties: address, vacant since, reason",
         ["VacantProperty(address:str,vacant_since:date,reason:str)"]),
    ],
)  # fmt: skip
def test_properties_of_a_kind_are_houses(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Customer properties: name, email, phone",
         Intent.CREATE_ENTITY, ["Customer(name:str,email:email,phone:str)"]),
        ("Product properties: colour, size, weight",
         Intent.CREATE_ENTITY, ["Product(colour:str,size:str,weight:float)"]),
        ("Add these properties to Customer: loyalty tier, joined on",
         Intent.ADD_FIELDS, ["Customer(loyalty_tier:str,joined_on:date)"]),
        ("Add two new properties to Boat: mast height and keel type",
         Intent.ADD_FIELDS, ["Boat(mast_height:float,keel_type:str)"]),
        ("Create a Boat entity with the following properties: name, length, hull colour",
         Intent.CREATE_ENTITY, ["Boat(name:str,length:float,hull_colour:str)"]),
    ],
)  # fmt: skip
def test_properties_of_a_thing_are_its_fields(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a thing named whole keeps its name ----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The council tracks water meters across the district. For each meter we need the "
         "serial, the install date and the last reading.",
         ["WaterMeter(serial:str,install_date:date,last_reading:str)"]),
        ("Our office keeps customs holds in a binder. For each hold we need the entry number "
         "and the held at time.",
         ["CustomsHold(entry_number:str,held_at:datetime)"]),
        ("The depot logs delivery notes every day. For each note we keep the driver, the date "
         "and the signature.",
         ["DeliveryNote(driver:str,date_value:date,signature:str)"]),
    ],
)  # fmt: skip
def test_a_thing_named_whole_then_by_its_head_keeps_the_whole_name(
    request_text: str, expected: list[str]
) -> None:
    # right readings; some are asked (the role model, roles.py, doubts "delivery notes"
    # said in a sentence of its own before the fields)
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The charity has to tighten up how it tracks priority services registrations. For "
        "each registration we need the account reference and the registered date.",
        "We manage school bus routes. For each route we need the driver and the start time.",
    ],
)
def test_a_compound_that_may_not_be_joined_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("may be short for" in note for note in result.notes)


def test_a_setting_before_the_things_is_no_part_of_their_name() -> None:
    intent, found = reading(
        "We track the salon appointments. For each appointment we need client name and time."
    )
    assert (intent, found) == (
        Intent.CREATE_ENTITY,
        ["Appointment(client_name:str,time:datetime)"],
    )


def test_a_practice_among_the_fixes_is_set_aside() -> None:
    result = read(
        "Fixes needed on Kayak (from the Monday call)\n- length should be a whole number not "
        "text\n- rudder fitted should be yes/no\n- keep all existing kayaks!!"
    )
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert shape(result) == ["Kayak(length:int,rudder_fitted:bool)"]
    assert "keep all existing kayaks!!" in result.business_rules


def test_a_heading_of_work_over_fields_keeps_its_thing() -> None:
    assert accepted("Oil changes:\n- date\n- mileage\n- keep all history") == [
        "OilChange(date_value:date,mileage:int)"
    ]


# --- a name written whole that ends in a word for a field ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("rename the Paddy entity to RiceField", Intent.RENAME_ENTITY, ["RiceField<Paddy()"]),
        ("Rename the Pitch entity to PlayingField", Intent.RENAME_ENTITY,
         ["PlayingField<Pitch()"]),
        ("add a surface type to PlayingField", Intent.ADD_FIELDS,
         ["PlayingField(surface_type:str)"]),
        ("Create a SportsField entity with name, surface and floodlit (yes/no)",
         Intent.CREATE_ENTITY, ["SportsField(name:str,surface:str,floodlit:bool)"]),
        # a framework's kind of field is a type, never a name
        ("change weight on Parcel from CharField to FloatField", Intent.MODIFY_FIELDS,
         ["Parcel(weight:float)"]),
        # a field written in PascalCase on a named thing stays a field
        ("Rename FirstName to GivenName on Customer", Intent.RENAME_FIELD,
         ["Customer(given_name:str<first_name)"]),
    ],
)  # fmt: skip
def test_a_name_ending_in_field_is_one_name(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a frame word counted one by one is a thing kept ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can we have a gate code on every site", ["Site(gate_code:str)"]),
        ("we need a gate code on every site", ["Site(gate_code:str)"]),
        ("can you add a start date to each site", ["Site(start_date:date)"]),
        ("please add a gate code on each site", ["Site(gate_code:str)"]),
        ("add a logo to each store", ["Store(logo:str)"]),
        ("need to store tasting notes on each batch too", ["Batch(tasting_notes:str)"]),
        ("need to add a colour to each bike", ["Bike(colour:str)"]),
        ("want to record a weight on each parcel", ["Parcel(weight:float)"]),
    ],
)  # fmt: skip
def test_a_field_wanted_on_each_one_is_added(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "I want a website with a gate code",  # the app, not a site kept
        "add a timestamp to each record",  # a record of what? asked
    ],
)
def test_the_app_or_a_record_is_no_owner(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "Website" not in [e.name for e in result.entities]
    assert "Record" not in [e.name for e in result.entities]


# --- the things kept, not the writer's own business ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I have a small bakery. I want to keep the cakes in the computer, for each one the "
         "name, the price and the weight.",
         ["Cake(name:str,price:decimal,weight:float)"]),
        ("Hola! I have a small taqueria in Madrid. I want to keep the tacos in the computer, for "
         "each one the name, the price and the spice level. Is possible?",
         ["Taco(name:str,price:decimal,spice_level:str)"]),
        ("I have a small taqueria. I want to keep the tacos in the computer, with name, price "
         "and spice level.",
         ["Taco(name:str,price:decimal,spice_level:str)"]),
        ("I want to track the orders in the system, for each one the customer and the total",
         ["Order(customer:str,total:decimal)"]),
        ("we log the deliveries, for each one the driver and the date",
         ["Delivery(driver:str,date_value:date)"]),
        ("We keep goats. I want keep the nannies in a system, each with the ear tag, the birth "
         "year and the number of kids.",
         ["Nanny(ear_tag:str,birth_year:int,kids:int)"]),
    ],
)  # fmt: skip
def test_the_things_kept_then_what_each_one_has(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_records_kept_name_no_thing() -> None:
    assert read("keep the records, for each one the date and the amount").status == (
        "needs_clarification"
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Good morning. I need to make a system for our dental clinic, to keep the patients: "
         "name, phone and last visit.",
         ["Patient(name:str,phone:str,last_visit:str)"]),
        ("we want an app for the riding school, to track the ponies: name, height, age",
         ["Pony(name:str,height:float,age:int)"]),
    ],
)  # fmt: skip
def test_the_place_an_app_is_for_is_not_what_it_keeps(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a simple app for our choir to sign up singers with name, voice part and email",
         ["Singer(name:str,voice_part:str,email:email)"]),
        ("sign up volunteers with name, phone and shirt size",
         ["Volunteer(name:str,phone:str,shirt_size:str)"]),
        ("an app to enrol students with name, date of birth and course",
         ["Student(name:str,date_of_birth:date,course:str)"]),
        ("enrol learners: name, course, start date",
         ["Learner(name:str,course:str,start_date:date)"]),
    ],
)  # fmt: skip
def test_people_signed_up_are_kept(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_signing_up_oneself_names_nothing() -> None:
    assert read("I want to sign up for the newsletter").status == "needs_clarification"
