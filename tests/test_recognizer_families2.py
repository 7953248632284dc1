"""Misread families found by outsiders' requests (fresh-d), each in wording of its own.

Every case here is written for this file, not copied from the corpus: a rule that only made
one corpus request pass would not pass these.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- 1. a possessive naming the record itself is no part of the field's name -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep a register of tenants with each tenant's move-in date and deposit",
         ["Tenant(move_in_date:date,deposit:decimal)"]),
        ("Horses: name, breed, the horse's stable number",
         ["Horse(name:str,breed:str,stable_number:str)"]),
        ("Track kayaks with each kayak's hull colour and its length",
         ["Kayak(hull_colour:str,length:float)"]),
        ("Manage drivers with their licence number and their home town",
         ["Driver(licence_number:str,home_town:str)"]),
        ("I want to record every student's locker code and the students' house colour",
         ["Student(locker_code:str,house_colour:str)"]),
        ("Store allotment plots with each plot's tenant name and the plot's size",
         ["AllotmentPlot(tenant_name:str,size:str)"]),
    ],
)  # fmt: skip
def test_the_entitys_own_possessive_is_dropped_from_field_names(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Cats: name, colour, owner's mobile", ["Cat(name:str,colour:str,owner_mobile:str)"]),
        ("Track kayaks with each kayak's renter's phone",
         ["Kayak(renter_phone:str)"]),
        ("Lockers: number, the tenant's email", ["Locker(number:str,tenant_email:email)"]),
    ],
)  # fmt: skip
def test_a_possessive_naming_someone_else_stays_in_the_name(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert shape(result) == expected


def test_possessive_of_the_entity_is_dropped_in_removals_and_renames_too() -> None:
    removal = read("Delete each tenant's pager number from Tenant")
    assert (removal.intent, shape(removal)) == (
        Intent.REMOVE_FIELDS,
        ["Tenant(pager_number:str)"],
    )
    rename = read("Rename the tenant's pager to beeper on Tenant")
    assert (rename.intent, shape(rename)) == (Intent.RENAME_FIELD, ["Tenant(beeper:str<pager)"])


# --- 2. a participle after a noun is part of the field's name ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track appeals: appeal code, date filed, fee paid",
         ["Appeal(appeal_code:str,date_filed:date,fee_paid:decimal)"]),
        ("Volunteers: name, date enrolled, time started",
         ["Volunteer(name:str,date_enrolled:date,time_started:datetime)"]),
        ("Log parcels with weight, date posted and time delivered",
         ["Parcel(weight:float,date_posted:date,time_delivered:datetime)"]),
        ("Grants: title, amount awarded, date listed",
         ["Grant(title:str,amount_awarded:decimal,date_listed:date)"]),
    ],
)  # fmt: skip
def test_a_participle_after_a_noun_names_the_field(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.status == "recognized"
    assert shape(result) == expected


def test_misspelt_glue_words_are_still_repaired_next_to_participles() -> None:
    result = read("Create a sytem to mange appeals with appeal code and date filed")
    assert shape(result) == ["Appeal(appeal_code:str,date_filed:date)"]


# --- 6. "required" inside a yes/no field's name is the name, not a marker ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hikes: trail, permit required (bool)", ["Hike(trail:str,permit_required:bool)"]),
        ("Rooms: number, deposit mandatory (yes/no), is required (boolean)",
         ["Room(number:str,deposit_mandatory:bool,is_required:bool)"]),
        ("Events: title, helmet needed (true/false)", ["Event(title:str,helmet_needed:bool)"]),
        ("Hikes: trail, permit required (bool, optional)",
         ["Hike(trail:str,permit_required:bool?)"]),
        ("Create a climb with route and a helmet mandatory flag",
         ["Climb(route:str,helmet_mandatory:bool)"]),
    ],
)  # fmt: skip
def test_required_in_a_yes_no_fields_name_is_part_of_the_name(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.status == "recognized"
    assert shape(result) == expected


def test_required_after_a_field_without_a_yes_no_type_still_marks_it_required() -> None:
    result = read("Hikes: trail required, permit number (optional)")
    assert shape(result) == ["Hike(trail:str,permit_number:str?)"]


# --- 3. courtesy around the ask is an aside, never a field or an entity --------------------------
KAYAKS = ["Kayak(hull_colour:str,length:float)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Please track our kayaks: hull colour and length. Is doable?",
        "Please track our kayaks: hull colour and length. Would that be ok?",
        "Please track our kayaks: hull colour, length, is possible?",
        "Please track our kayaks: hull colour and length - is that fine?",
        "Please track our kayaks: hull colour and length, apologies for my grammar",
        "Please track our kayaks: hull colour and length. Excuse my english, is not perfect.",
        "Please track our kayaks: hull colour and length, many thanks in advance",
        "Please track our kayaks: hull colour and length. Hope this is understandable.",
        "Please track our kayaks with hull colour and length, hope it makes sense",
        "Please track our kayaks: hull colour and length. Tell me know if more is needed.",
        "Please track our kayaks: hull colour and length. Let us know if you need anything else.",
        "Please track our kayaks: hull colour and length. Happy to clarify if needed.",
        "Apologies for my english, please track our kayaks with hull colour and length",
    ],
)
def test_courtesy_around_the_ask_is_never_a_field(request_text: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == KAYAKS
    assert any(rule for rule in result.business_rules)  # kept as said, not lost


def test_a_question_that_names_a_thing_is_still_read() -> None:
    result = read("Kayaks: hull colour and length. Could the kayaks also get a seat count?")
    assert "seat_count" in shape(result)[0]
    flag = read("Kayaks: hull colour, length. Is rented?")  # a yes/no value word: a field
    assert shape(flag) == ["Kayak(hull_colour:str,length:float,is_rented:bool)"]
    asked = read("Can you make a kayak rental tracker? Kayaks need hull colour and length")
    assert shape(asked) == KAYAKS


def test_an_apology_is_not_a_self_correction() -> None:
    result = read("Kayaks: hull colour and length, sorry for the short message")
    assert shape(result) == KAYAKS
    corrected = read("Kayaks: hull colour, lenght.. sorry, length")
    assert shape(corrected) == KAYAKS


# --- 5. a PascalCase or Title-Case name ending in a frame or marker word stays whole -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("DanceClass\nname: text\nlevel: text", ["DanceClass(name:str,level:str)"]),
        ("Create a RepairRequest with title and opened at",
         ["RepairRequest(title:str,opened_at:datetime)"]),
        ("Track the Yoga Class entity with title and room", ["YogaClass(title:str,room:str)"]),
        ("Create a PriceList entity with code and currency", ["PriceList(code:str,currency:str)"]),
        ("Manage ParkingSystem records with name and version",
         ["ParkingSystem(name:str,version:str)"]),
    ],
)  # fmt: skip
def test_a_name_written_as_one_is_kept_whole(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == expected


def test_changes_keep_a_pascal_case_name_whole() -> None:
    removal = read("Remove the AuditLog entity")
    assert (removal.status, removal.intent, shape(removal)) == (
        "recognized",
        Intent.REMOVE_ENTITY,
        ["AuditLog()"],
    )
    added = read("Add a phone to the MailingList entity")
    assert (added.status, shape(added)) == ("recognized", ["MailingList(phone:str)"])


def test_a_lowercase_class_before_more_nouns_is_part_of_the_phrase() -> None:
    # "a yoga class booking system": the frame is "system", "class" is a noun of the phrase;
    # three words nobody wrote as one name are asked about, never cut to "Yoga"
    result = read("I want a yoga class booking system with title and coach")
    assert [e.name for e in result.entities] != ["Yoga"]
    assert result.status == "needs_clarification"


# --- 4. several of a thing is a relationship; several of a value is asked about -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A tenant can have several parking spaces", ["Tenant() many_to_many>ParkingSpace"]),
        ("Each gym may hold multiple memberships", ["Gym() many_to_many>Membership"]),
        ("Every harbour hosts many boats", ["Harbour() many_to_many>Boat"]),
        ("A farm can have only one water meter", ["Farm() many_to_one>WaterMeter"]),
        ("A school can have several contact persons", ["School() many_to_many>ContactPerson"]),
    ],
)  # fmt: skip
def test_several_things_after_can_have_are_a_relationship(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_RELATIONSHIP)
    assert shape(result) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "A tenant can have several phone numbers",
        "Each gym may hold multiple email addresses",
        "A supplier can have many websites",
        "A tenant can have mobile numbers",
        "Tenants: name, several phone numbers",
    ],
)
def test_several_values_of_one_field_are_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not any(r for e in result.entities for r in e.relationships)
    assert any("one value" in note for note in result.notes)


def test_a_listed_plural_value_is_doubted_but_plural_fields_are_not() -> None:
    doubted = read("Tenants: name, emails")
    plain = read("Tenants: name, email")
    assert doubted.confidence < plain.confidence
    notes = read("Tenants: name, notes")
    assert notes.confidence == plain.confidence


def test_a_singular_value_after_has_is_still_a_field() -> None:
    assert shape(read("Each tenant has a move-in date")) == ["Tenant(move_in_date:date)"]


# --- an entity named between parenthesised field lists --------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "We need bands (band name, genre, fee), stages, and food vendors (vendor name, pitch).",
        "Track kennels (code, size), walkers and dogs (name, breed)",
        "Set up courses (title, credits), rooms (number, floor), and teachers",
        # an annotation inside the group ("length (number)") still closes it
        "Set up a marina with berths (berth code, length (number)) and stages, and boats with name",
        "Track kennels (code, size (integer)) and walkers",
        "Track kennels (code, size (integer)), walkers and dogs (name, breed)",
    ],
)
def test_a_plural_noun_after_a_closed_field_list_is_an_entity_without_fields_and_is_asked(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("named without fields" in note for note in result.notes), result.notes
    first = result.entities[0]
    assert not {"stages", "walkers", "teachers"} & {a.name for a in first.attributes}


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boats (name, length (number))", ["Boat(name:str,length:float)"]),
        ("Keep hives (hive code, frames (integer), queen year)",
         ["Hive(hive_code:str,frames:int,queen_year:int)"]),
    ],
)  # fmt: skip
def test_an_annotation_inside_a_field_group_annotates_one_field_of_the_group(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "named"),
    [
        ("Track Vans with plate, model and mileage, plus a Garage.", "Garage"),
        ("Create Kennel with code, size and rate, plus a Walker", "Walker"),
    ],
)
def test_a_capitalised_name_ending_a_lowercase_field_list_is_an_entity_and_is_asked(
    request_text: str, named: str
) -> None:
    # written with a capital among fields written without one: the person named an entity
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any(f"{named} is named without fields" in note for note in result.notes)
    assert named.lower() not in {a.name for a in result.entities[0].attributes}


def test_a_last_field_written_like_the_others_stays_a_field() -> None:
    for text in (
        "Create Kennel with Code, Size and Rate, plus a Walker",
        "Create kennel with code, size and rate, plus a walker",
    ):
        result = read(text)
        assert result.status == "recognized", text
        assert "walker" in {a.name for a in result.entities[0].attributes}


def test_fields_after_a_parenthesised_annotation_stay_fields() -> None:
    # (a bare plural such as "berths" read as text is asked about since test_recognizer_devmiss:
    # it usually counts; "remarks" is a plural that is text)
    result = read("Create a boat with name (text), length in meters, and remarks")
    assert result.status == "recognized"
    assert [e.name for e in result.entities] == ["Boat"]
    assert {a.name for a in result.entities[0].attributes} == {"name", "length", "remarks"}


# --- "date of birth": a moment is part of the field's name, not an entity --------------------
@pytest.mark.parametrize(
    "request_text",
    ["Can you change date of birth to a date", "make the time of arrival a datetime"],
)
def test_a_change_to_x_of_a_moment_with_no_entity_named_is_asked_not_read_as_that_entity(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing
    assert not any(e.name in ("Birth", "Arrival") for e in result.entities)


def test_x_of_a_thing_still_names_the_entity_and_an_owner_said_keeps_the_whole_name() -> None:
    assert shape(read("change the price of book to a decimal")) == ["Book(price:decimal)"]
    assert shape(read("change date of birth on Patient to a date")) == [
        "Patient(date_of_birth:date)"
    ]


# --- "crate": the misspelt verb, or the thing ----------------------------------------------------
def test_crate_before_a_determiner_is_the_verb_create_and_otherwise_the_thing() -> None:
    assert shape(read("crate a system for kites with name and colour")) == [
        "Kite(name:str,colour:str)"
    ]
    assert shape(read("Create a Crate entity with code and weight")) == [
        "Crate(code:str,weight:float)"
    ]
    assert shape(read("Add a crate relationship to Pallet")) == ["Pallet() many_to_one>Crate"]


# --- short forms and names written as identifiers ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a place word right before another one ends the new name ("hatched_on" on Egg)
        ("rename field laid_date to hatched_on in Egg", ["Egg(hatched_on:str<laid_date)"]),
        ("rename opened_at to closed_at on Till", ["Till(closed_at:str<opened_at)"]),
        # "col", "column" right after the verb name no part of the field
        ("add col remarks to Kiln", ["Kiln(remarks:str)"]),
        # (mea59: a firing temp is a temperature, a float by the README, once "temp" is read so)
        ("add column firing temp to Kiln", ["Kiln(firing_temp:float)"]),
        # "no" closing a two-word item is the short form of "number", part of the name
        ("Track trailers: plate, chassis no (string), axle count",
         ["Trailer(plate:str,chassis_no:str,axle_count:int)"]),
    ],
)  # fmt: skip
def test_short_forms_and_identifiers_keep_the_names_people_wrote(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.status == "recognized", (result.notes, result.missing)
    assert shape(result) == expected


def test_yes_or_no_and_have_no_are_not_numbers() -> None:
    assert shape(read("Track parcels with code and insured (yes or no)")) == [
        "Parcel(code:str,insured:bool)"
    ]


def test_a_capitalised_name_after_closed_field_lists_is_an_entity_to_ask_about() -> None:
    result = read("Create Diver (name, grade) and Wreck (depth, sunk on (date)), plus Logbook")
    assert result.status == "needs_clarification"
    assert "Logbook" in [e.name for e in result.entities]
    assert all("logbook" not in {a.name for a in e.attributes} for e in result.entities)


# --- a list of people and things only: things to manage, or how many? ---------------------------
def test_a_field_list_of_only_people_and_things_is_asked_about_not_built_as_counts() -> None:
    result = read("could you set up the rowing club things? rowers, sculls, the usual")
    assert result.status == "needs_clarification"
    assert any("how many of each" in note for note in result.notes), result.notes


def test_counts_beside_other_fields_are_still_read_as_counts() -> None:
    assert shape(read("Track cabins with name, bunks and guests")) == [
        "Cabin(name:str,bunks:int,guests:int)"
    ]


# --- a change said on an entity, after courtesy -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "entity", "field", "required"),
    [
        ("on Lantern, wick length is mandatory", "Lantern", "wick_length", True),
        ("On the kiln, glaze notes are now optional", "Kiln", "glaze_notes", False),
        ("Sorry to bug you again - on the Ferry, deck code should be optional",
         "Ferry", "deck_code", False),
    ],
)  # fmt: skip
def test_a_required_change_said_on_an_entity_is_a_modify_of_that_entity(
    request_text: str, entity: str, field: str, required: bool
) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert [e.name for e in result.entities] == [entity]
    assert [(a.name, a.required) for a in result.entities[0].attributes] == [(field, required)]


# --- "one-to-many" from X to Y: one X, many Ys ----------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "add a one-to-many relationship from Harbour to Ferry",
        "Relate Harbour to Ferry (one-to-many)",
        "Harbour -> Ferry (one-to-many)",
        "Harbour and Ferry are one-to-many",
        "Add a one-to-many between Harbour and Ferry",
        "Link harbours and ferries (one-to-many)",
    ],
)
def test_one_to_many_from_x_to_y_puts_the_link_on_the_many_side(request_text: str) -> None:
    # one harbour, many ferries: each ferry belongs to one harbour (Ferry many-to-one Harbour);
    # "Harbour many-to-one Ferry" was built before, the other way round
    result = read(request_text)
    assert result.status == "recognized"
    links = [(e.name, r.kind, r.target) for e in result.entities for r in e.relationships]
    assert links == [("Ferry", "many_to_one", "Harbour")]


# --- after a closed field list: each bare plural is an entity --------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Track kennels (code, size), dog walkers and vets",
        "Track kennels (code, size) and dog walkers and vets",
    ],
)
def test_bare_plurals_joined_by_and_after_a_closed_list_are_each_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert [e.name for e in result.entities] == ["Kennel", "DogWalker", "Vet"]
    assert [a.name for a in result.entities[0].attributes] == ["code", "size"]
    assert "e.g. 'dog walker with name and email'" in " ".join(result.notes)


def test_plural_applications_are_the_records_not_the_app() -> None:
    # "job applications", "grant applications": the thing managed; "a booking application"
    # is still the app around bookings
    result = read("Track grant applications with applicant name, amount and decision date")
    assert [e.name for e in result.entities] == ["GrantApplication"]
    assert [e.name for e in read("a booking application with date and guest name").entities] == [
        "Booking"
    ]


def test_a_time_field_named_set_at_ending_a_list_is_a_field_not_an_ask() -> None:
    # "…, amount and set at" was cut before "set" (read as a command) and silently lost
    result = read("Create Alarm with label, zone and set at")
    assert result.status == "recognized"
    assert [(a.name, a.type.value) for a in result.entities[0].attributes] == [
        ("label", "str"),
        ("zone", "str"),
        ("set_at", "datetime"),
    ]


def test_a_unit_after_in_is_no_part_of_the_name_for_the_units_people_write() -> None:
    # "volume in microlitres" → volume (as "weight in kilograms" → weight), also for units the
    # lab, the workshop and the pharmacy use
    result = read("Create aliquots with barcode, volume in microlitres (float) and dose in mg")
    assert [a.name for a in result.entities[0].attributes] == ["barcode", "volume", "dose"]
