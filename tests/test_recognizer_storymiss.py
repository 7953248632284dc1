"""Families of creates whose fields or entities went missing (fresh-u, -v, -w batches): user
stories, chatty messages, documents and terse notations whose thing is clear.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.nouns import is_noun
from tests.support.recognition import read, read_right
from tests.support.recognition import shape as shape_of

needs_wordnet = pytest.mark.skipif(is_noun("table") is None, reason="WordNet is not installed")


# --- a last item marked optional is a field, never an entity named without fields ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track repairs with the device, the fault and the price, plus notes that can be blank",
         ["Repair(device:str,fault:str,price:decimal,notes:str?)"]),
        ("As a cobbler I want to log shoe repairs with the shoe size, the sole type and the price, "
         "and remarks if known, so that I can quote faster.",
         ["ShoeRepair(shoe_size:str,sole_type:str,price:decimal,remarks:str?)"]),
        ("Keep kayak rentals with renter name, boat number and deposit, plus photos (optional)",
         ["KayakRental(renter_name:str,boat_number:str,deposit:decimal,photos:str?)"]),
    ],
)  # fmt: skip
def test_a_last_item_marked_optional_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Track repairs with device, fault and price, plus invoices",
        "Manage authors with name and country, and books",
    ],
)
def test_a_last_plural_with_no_marker_is_still_an_entity_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert len(shape_of(result)) == 2


# --- "name: type" lines whose name opens with a command word declare a field -----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("## Ferry\n- name: string\n- call sign: string\n- crew size: int",
         ["Ferry(name:str,call_sign:str,crew_size:int)"]),
        ("Shuttle\n- route: text\n- drop off point: string\n- seats: int",
         ["Shuttle(route:str,drop_off_point:str,seats:int)"]),
        ("Crane\n- model: string\n- move date: date, optional",
         ["Crane(model_value:str,move_date:date?)"]),
    ],
)  # fmt: skip
def test_a_typed_line_naming_a_field_is_no_command(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("call the Item entity Product", Intent.RENAME_ENTITY, ["Product<Item()"]),
        ("Ferry: drop the crew field", Intent.REMOVE_FIELDS, ["Ferry(crew:str)"]),
    ],
)
def test_a_command_without_a_type_after_its_colon_is_still_a_command(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- fields between spaced slashes, each with its annotation ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Regatta: name / race date (date) / open (yes/no) / notes (optional)",
         ["Regatta(name:str,race_date:date,open:bool,notes:str?)"]),
        ("Kiln: location / fired on (date) / loaded (yes/no)",
         ["Kiln(location:str,fired_on:date,loaded:bool)"]),
    ],
)  # fmt: skip
def test_annotated_items_between_slashes_are_a_field_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_entity_groups_joined_by_slashes_stay_entities() -> None:
    assert read_right("Route(grade, colour) / Wall(name, angle) / Hold(shape, size)") == [
        "Route(grade:str,colour:str)",
        "Wall(name:str,angle:str)",
        "Hold(shape:str,size:str)",
    ]


# --- a dash typed as two hyphens after the thing's name --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Regatta -- name, race date, entry fee, max boats",
         ["Regatta(name:str,race_date:date,entry_fee:decimal,max_boats:int)"]),
        ("Hedgehogs -- ring number, weight, found on (date)",
         ["Hedgehog(ring_number:str,weight:float,found_on:date)"]),
    ],
)  # fmt: skip
def test_a_double_hyphen_after_the_name_heads_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_single_dash_still_heads_the_fields() -> None:
    assert read_right("Regatta - name, race date") == ["Regatta(name:str,race_date:date)"]


# --- "X has F, y has G": the same sentence said of a second thing ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Album and Artist. Album has title and release date, artist has name and country.",
         ["Album(title:str,release_date:date)", "Artist(name:str,country:str)"]),
        ("Create Kennel and Dog. The kennel has a code and a size, the dog has a name and a breed.",
         ["Kennel(code:str,size:str)", "Dog(name:str,breed:str)"]),
        ("Hotel has name, city and stars, room has number and price",
         ["Hotel(name:str,city:str,stars:str)", "Room(number:str,price:decimal)"]),
    ],
)  # fmt: skip
def test_a_second_has_sentence_after_a_comma_opens_its_thing(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_has_said_inside_a_field_of_one_thing_opens_nothing() -> None:
    assert read_right("Album has title, release date and whether the artist has signed") == [
        "Album(title:str,release_date:date,has_signed:bool)"
    ]


# --- a document title "Topic: things" over a body that declares those things ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Harbour log: moorings\n\nRequirements:\n"
         "- Mooring entity with just: berth code, length (float), occupied (yes/no)\n"
         "- Keep data between restarts",
         ["Mooring(berth_code:str,length:float,occupied:bool)"]),
        ("Parish records: baptisms\n\nRequirements:\n"
         "1. Baptism entity with just: child name, baptised on (date), priest\n"
         "2. schema changes through migrations",
         ["Baptism(child_name:str,baptised_on:date,priest:str)"]),
    ],
)  # fmt: skip
def test_a_title_naming_the_declared_things_names_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_title_that_lists_fields_over_rules_only_keeps_them() -> None:
    assert read_right("Lockers: code, size, rented (yes/no)\n\nRequirements:\n- Keep data") == [
        "Locker(code:str,size:str,rented:bool)"
    ]


# --- a requirement that another part of the system does the work is no entity --------------
@pytest.mark.parametrize(
    "rule",
    [
        "Audit trail handled by the platform",
        "Authentication provided by the framework",
        "Nightly exports are taken care of by the IT team",
    ],
)
def test_work_done_by_another_part_of_the_system_is_a_rule(rule: str) -> None:
    body = "- Kiln entity with just:\n  - code\n  - max temp (float)"
    request = f"Kilns\n\nRequirements:\n{body}\n- {rule}"
    assert read_right(request) == ["Kiln(code:str,max_temp:float)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Each project is managed by one manager", Intent.ADD_RELATIONSHIP,
         ["Project() many_to_one>Manager"]),
        ("Kilns with code, fired by (text), platform", Intent.CREATE_ENTITY,
         ["Kiln(code:str,fired_by:str,platform:str)"]),
    ],
)  # fmt: skip
def test_who_manages_a_thing_and_a_platform_field_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "I want to put them in the computer": where the things go, no thing and no field -------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I have collected coins for years and now I want to put them in the computer. "
         "Every coin has country, year and value (money).",
         ["Coin(country:str,year:int,value:decimal)"]),
        ("I keep bees and now I want to put them in an app. Each hive has code, queen year and "
         "weight.",
         ["Hive(code:str,queen_year:int,weight:float)"]),
    ],
)  # fmt: skip
def test_putting_them_somewhere_names_no_entity(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("we do need fax on suppliers again add it back", Intent.ADD_FIELDS, ["Supplier(fax:str)"]),
        ("we dont use fax anymore drop it from suppliers", Intent.REMOVE_FIELDS,
         ["Supplier(fax:str)"]),
    ],
)  # fmt: skip
def test_a_field_said_before_it_is_still_what_it_points_back_to(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "our members' details: their names, …": the details of a plural are its fields ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We'd like to keep our volunteers' details: their names, emails, phone numbers and "
         "shift.",
         ["Volunteer(name:str,email:email,phone_number:str,shift:str)"]),
        ("Hi! I run a small choir. Please keep the singers' details: their names, emails and "
         "voice part. Nothing fancy.",
         ["Singer(name:str,email:email,voice_part:str)"]),
    ],
)  # fmt: skip
def test_a_plurals_details_list_its_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track the members' bikes with frame number and colour",
         ["Bike(frame_number:str,colour:str)"]),
        ("keep the workers' tools with name and serial", ["Tool(name:str,serial:str)"]),
    ],
)  # fmt: skip
def test_a_plurals_things_are_still_the_things(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_quoted_name_ending_in_s_keeps_its_quotes() -> None:
    assert read_right("rename 'guest names' to 'guests' on Booking", Intent.RENAME_FIELD) == [
        "Booking(guests:str<guest_names)"
    ]


# --- "what I want to store for every visit: …": what is kept for each one, then its list -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("what I want to store for every booking: guest name, room, check in date.",
         ["Booking(guest_name:str,room:str,check_in_date:date)"]),
        ("ok so the B&B is busy. what we need to keep for each guest: name, email, arrival date.",
         ["Guest(name:str,email:email,arrival_date:date)"]),
        ("for every booking I want to store: guest name, room, check in date.",
         ["Booking(guest_name:str,room:str,check_in_date:date)"]),
    ],
)  # fmt: skip
def test_what_is_kept_for_each_one_heads_its_list(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_for_each_one_we_need_still_heads_its_list() -> None:
    assert read_right("for every booking we need guest name, room, check in date") == [
        "Booking(guest_name:str,room:str,check_in_date:date)"
    ]


# --- a later "X can be blank" of a field not listed adds it to the thing asked for ----------
def test_a_field_said_blank_after_a_bare_list_is_one_more_field() -> None:
    request = (
        "I'd like an app for my fishing trips. For each one: lake, species, weight and caught at "
        "(timestamp). Comments can be blank, most days I don't write any."
    )
    assert read_right(request) == [
        "FishingTrip(lake:str,species:str,weight:float,caught_at:datetime,comments:str?)"
    ]


def test_a_field_said_blank_with_no_thing_at_all_is_still_asked_about() -> None:
    result = read("name, email. Phone can be blank.")
    assert result.status == "needs_clarification"


# --- one more item said after the list with its optional marker -----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Can you build something for boat hires? Boat name, hirer, hours. And damage notes, not "
         "required.",
         ["BoatHire(boat_name:str,hirer:str,hours:float,damage_notes:str?)"]),
        ("Track boat hires with boat name, hirer and hours. Also damage notes, not required.",
         ["BoatHire(boat_name:str,hirer:str,hours:float,damage_notes:str?)"]),
        ("for every lesson I want to record: pupil name, instrument, lesson date. Remarks too but "
         "those are optional, usually there aren't any.",
         ["Lesson(pupil_name:str,instrument:str,lesson_date:date,remarks:str?)"]),
    ],
)  # fmt: skip
def test_one_more_item_said_optional_after_the_list_is_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_listed_field_said_again_optional_is_made_optional() -> None:
    request = "Track boat hires with boat name, hirer and hours. And the hirer, not required."
    assert read_right(request) == ["BoatHire(boat_name:str,hirer:str?,hours:float)"]


# --- a practice word before a field's head word names a field ("convention date") -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("costumes: character, series, budget, convention date, finished (bool)",
         ["Costume(character:str,series:str,budget:decimal,convention_date:date,finished:bool)"]),
        ("Releases: version, deployment date, notes",
         ["Release(version:str,deployment_date:date,notes:str)"]),
        ("Track expos with name, convention venue and entry fee",
         ["Expo(name:str,convention_venue:str,entry_fee:decimal)"]),
    ],
)  # fmt: skip
def test_a_practice_word_naming_a_field_keeps_the_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Tests must pass", "Please follow our coding conventions", "Write tests for every endpoint"],
)
def test_a_practice_said_alone_is_still_no_entity(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert shape_of(result) == []


# --- "for each one please keep …": the verb asked, then what each one has -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hello, we want to follow every fabric roll. For each one please keep roll number, "
         "width and the dye lot.",
         ["FabricRoll(roll_number:str,width:float,dye_lot:str)"]),
        ("We look after boats. For every boat keep name, length and mooring.",
         ["Boat(name:str,length:float,mooring:str)"]),
    ],
)  # fmt: skip
def test_for_each_one_keep_lists_its_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_for_each_test_keep_stays_a_practice() -> None:
    result = read("Please for each test keep the logs short.")
    assert result.status == "needs_clarification"
    # (after techword a test may be a thing; nothing with fields is read either way)
    assert all(not e.attributes for e in result.entities)


# --- "diameter before (float)": a value measured before or after, typed, is a field ----------
def test_a_typed_value_measured_before_or_after_is_a_field() -> None:
    request = "Track wheel repairs with wheel serial, width before (float), width after (float)."
    assert read_right(request) == [
        "WheelRepair(wheel_serial:str,width_before:float,width_after:float)"
    ]


def test_an_untyped_before_stays_a_rule() -> None:
    result = read("Track wheel repairs with wheel serial, weight before, weight after")
    assert shape_of(result) == ["WheelRepair(wheel_serial:str)"]


# --- a laugh typed at the end names nothing --------------------------------------------------
@pytest.mark.parametrize("laugh", ["haha", "hehe", "lmao"])
def test_a_laugh_at_the_end_names_no_field_or_entity(laugh: str) -> None:
    request = (
        "I'd love a place to keep cake orders — the flavour, the pickup date and the price. The "
        f"groom's dad phones about ten times but that's not something you need to store {laugh}."
    )
    assert read_right(request) == ["CakeOrder(flavour:str,pickup_date:date,price:decimal)"]


# --- "so bear with me: they want …": the plea ends its sentence --------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The packing team asked for this, not me, so bear with me: they want to record pallets, "
        "each with pallet number, weight (float) and packed at.",
        "So bear with us here, we want to record pallets, each with pallet number, weight (float) "
        "and packed at.",
    ],
)
def test_bear_with_me_before_the_ask_names_no_entity(request_text: str) -> None:
    assert read_right(request_text) == ["Pallet(pallet_number:str,weight:float,packed_at:datetime)"]


def test_a_bear_as_a_thing_is_still_a_thing() -> None:
    assert read_right("Track bears with name, weight (float) and tag number") == [
        "Bear(name:str,weight:float,tag_number:str)"
    ]


# --- "the pressure from the latest test": where the value was last taken is no part of it ---
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you build something for our pumps? We note the pump code, the site and the "
         "pressure from the latest test.",
         ["Pump(pump_code:str,site:str,pressure:float)"]),
        ("Track lifts with code, load and weight at the last check",
         ["Lift(code:str,load:str,weight:float)"]),
    ],
)  # fmt: skip
def test_a_value_from_the_last_event_is_the_value(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_date_of_the_last_event_keeps_its_whole_name() -> None:
    assert read_right("Track lifts with code, date of the last service, load") == [
        "Lift(code:str,date_of_last_service:date,load:str)"
    ]


def test_the_last_test_passing_is_still_no_entity() -> None:
    assert shape_of(read("Make sure the last test passes")) == []


# --- types said after the items: "as a float", "depth and duration as floats" ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a gauge register: serial number, install date, last reading as a float.",
         ["Gauge(serial_number:str,install_date:date,last_reading:float)"]),
        ("Dives: site, depth and duration as floats",
         ["Dive(site:str,depth:float,duration:float)"]),
        ("For the archive we want a Dive entity. Start time (datetime), depth and duration as "
         "floats, the site as text, and a logged flag (boolean) for when a diver signed it off.",
         ["Dive(start_time:datetime,depth:float,duration:float,site:str,logged:bool)"]),
    ],
)  # fmt: skip
def test_a_type_said_after_the_items_types_them(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_pair_with_no_type_after_it_stays_untyped() -> None:
    assert read_right("Dives: site, depth and duration") == [
        "Dive(site:str,depth:float,duration:str)"
    ]


def test_a_relationship_in_a_list_is_still_a_relationship() -> None:
    assert read_right("Manage authors with name and country; authors write books") == [
        "Author(name:str,country:str) many_to_many>Book"
    ]


# --- "last tested date": a practice participle before "date" names when it happened ---------
def test_a_last_tested_date_is_a_field() -> None:
    request = (
        "Fuse box list\n\nRequirements:\n* FuseBox entity with just:\n  * box code\n"
        "  * rating (integer)\n  * last tested date\n* Existing data must survive migrations"
    )
    assert read_right(request) == ["FuseBox(box_code:str,rating:int,last_tested_date:date)"]


# --- "TrackCircuit entity": a name that opens with a command word is one name ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track circuit asset list\n\nRequirements:\n* TrackCircuit entity with just:\n"
         "  * circuit code\n  * line\n* Existing data must survive migrations",
         ["TrackCircuit(circuit_code:str,line:str)"]),
        ("Create a LogEntry entity with message and level", ["LogEntry(message:str,level:str)"]),
        ("Create TrackSection with code and length", ["TrackSection(code:str,length:float)"]),
    ],
)  # fmt: skip
def test_a_name_opening_with_a_command_word_is_one_name(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_change_on_such_a_name_still_reads() -> None:
    assert read_right("Add a severity field to LogEntry", Intent.ADD_FIELDS) == [
        "LogEntry(severity:str)"
    ]


# --- "First thing she wants is …": the clefted ask, whoever asks ----------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "First thing she wants is repairs: device, fault, price.",
        "The first thing they need is repairs: device, fault, price.",
        "First thing we need is repairs with device, fault and price",
    ],
)
def test_a_clefted_ask_names_the_thing(request_text: str) -> None:
    assert read_right(request_text) == ["Repair(device:str,fault:str,price:decimal)"]


# --- "(ppm, decimal)": a unit, then the number's type, annotates one field ------------------
def test_a_unit_and_a_numeric_type_in_parentheses_annotate_one_field() -> None:
    assert read_right("Log each pond with name, nitrate (ppm, decimal) and depth") == [
        "Pond(name:str,nitrate:decimal,depth:float)"
    ]


def test_a_group_with_a_field_called_number_still_groups_fields() -> None:
    assert shape_of(read("Track ponds with name and fish (species, number)")) == [
        "Pond(name:str)",
        "Fish(species:str,number:str)",
    ]


# --- "… so the morning team knows …": a purpose after the last item ------------------------
def test_a_purpose_after_the_last_item_is_no_part_of_it() -> None:
    request = "Log each dive with date, depth (float) and logged (yes/no) so the team knows."
    assert read_right(request) == ["Dive(date_value:date,depth:float,logged:bool)"]


# --- "Catalogue of bulbs for the garden club's fair: …": the things catalogued --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Catalogue of bulbs for the garden club's fair: variety, supplier, price",
         ["Bulb(variety:str,supplier:str,price:decimal)"]),
        ("Catalogue of bulbs: variety, supplier, price",
         ["Bulb(variety:str,supplier:str,price:decimal)"]),
        ("Register of bikes for the club's rides: frame number, colour",
         ["Bike(frame_number:str,colour:str)"]),
        ("Log of visits: date, visitor, reason", ["Visit(date_value:date,visitor:str,reason:str)"]),
    ],
)  # fmt: skip
def test_a_frame_of_things_names_the_things(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("log visits with date, visitor and reason",
         ["Visit(date_value:date,visitor:str,reason:str)"]),
        ("Could you make me something for the museum's fossils? Name, age and find date.",
         ["Fossil(name:str,age:int,find_date:date)"]),
    ],
)  # fmt: skip
def test_a_verb_and_a_possessive_after_for_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


# --- a six-letter entity word one letter short of a noun is that noun misspelt --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("i need quilting projcts with name,fabric,started on (date)",
         ["QuiltingProject(name:str,fabric:str,started_on:date)"]),
        ("pls make a gearbx table: serial number, ratio (float)",
         ["Gearbox(serial_number:str,ratio:float)"]),
    ],
)  # fmt: skip
@needs_wordnet
def test_a_short_entity_word_missing_a_letter_is_respelt(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_an_unknown_name_with_no_noun_one_slip_away_is_kept() -> None:
    assert read_right("Create a Zorbo with name and size") == ["Zorbo(name:str,size:str)"]


# --- "a rota of volunteer shifts for the garden": the plural's own complement ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Set up a rota of cleaning jobs for the church hall with job name, due date",
         ["CleaningJob(job_name:str,due_date:date)"]),
        ("Set up a rota of volunteer shifts with volunteer name, shift date",
         ["VolunteerShift(volunteer_name:str,shift_date:date)"]),
    ],
)  # fmt: skip
def test_the_things_of_a_rota_are_the_things(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- a result or state said by its word alone is yes/no ("passed", "occupied") --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Exams: subject, grade, failed", ["Exam(subject:str,grade:str,failed:bool)"]),
        ("Rooms: number, occupied", ["Room(number:str,occupied:bool)"]),
        ("Soil tests: sample code, ph (float), passed",
         ["SoilTest(sample_code:str,ph:float,passed:bool)"]),
    ],
)  # fmt: skip
def test_a_result_state_alone_is_yes_no(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_state_with_a_date_word_is_still_a_date() -> None:
    assert read_right("Exams: subject, passed on (date)") == ["Exam(subject:str,passed_on:date)"]


# --- "hours - integer" line under line: a name, a dash, then its type -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kayak hires\nrenter name - text\nguide - text\nhours - integer\nhire date - date\n"
         "paid - yes/no",
         ["KayakHire(renter_name:str,guide:str,hours:int,hire_date:date,paid:bool)"]),
        ("Kayak hires\n- renter name - text\n- guide - text\n- hours - integer, optional",
         ["KayakHire(renter_name:str,guide:str,hours:int?)"]),
    ],
)  # fmt: skip
def test_lines_of_a_name_a_dash_and_a_type_are_typed_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_thing_a_dash_and_its_fields_still_reads() -> None:
    assert read_right("Boat - name, length") == ["Boat(name:str,length:float)"]


# --- a short heading, then one short field per line (no bullets) ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kayaks\nname\nlength (float)\ncolour\npaid (yes/no)",
         ["Kayak(name:str,length:float,colour:str,paid:bool)"]),
        ("Kayaks\nowner name\nhull length (metres, number)\nseat type\nlast serviced (date)",
         ["Kayak(owner_name:str,hull_length:float,seat_type:str,last_serviced:date)"]),
    ],
)  # fmt: skip
def test_one_field_per_line_under_a_heading_is_its_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_lines_that_are_sentences_are_not_made_a_list() -> None:
    result = read("Kayaks\nadd a colour to Kayak\nremove the seat type\nrename name to title")
    assert result.intent != Intent.CREATE_ENTITY or result.status == "needs_clarification"


# --- "Shop app, part two: …": which part of the work this is names nothing -------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Shop app, part two: bikes with frame and colour; riders with name and email.",
        "Shop app - continued: bikes with frame and colour; riders with name and email",
    ],
)
def test_a_part_number_before_the_colon_names_nothing(request_text: str) -> None:
    assert read_right(request_text) == [
        "Bike(frame:str,colour:str)",
        "Rider(name:str,email:email)",
    ]


# --- "Honestly not sure how to phrase this but …": talk about asking, before the ask ---------
@pytest.mark.parametrize(
    "request_text",
    [
        "Not sure how to phrase this but we need boat bookings with club name and fee",
        "I'm not sure how to say it, we need boat bookings with club name and fee",
    ],
)
def test_talk_about_how_to_ask_names_nothing(request_text: str) -> None:
    assert read_right(request_text) == ["BoatBooking(club_name:str,fee:decimal)"]


# --- "email if they have one, and …": the verb is the optional marker's, no subject ---------
def test_a_have_inside_an_optional_marker_opens_no_entities() -> None:
    request = "Clients: name, phone, email if they have one, and their last visit date"
    assert read_right(request) == ["Client(name:str,phone:str,email:email?,last_visit_date:date)"]


def test_a_subject_that_has_fields_still_reads() -> None:
    assert read_right("Invoice needs a due date and an amount", Intent.ADD_FIELDS) == [
        "Invoice(due_date:date,amount:decimal)"
    ]


# --- "SoilTest entity with just:": a thing written as an entity keeps its practice word ------
def test_an_entity_named_with_a_practice_word_is_still_declared() -> None:
    request = (
        "Vet results\n\nRequirements:\n- SoilTest entity with just:\n  - test name\n"
        "  - ph (number)\n  - passed (boolean)\n- Run migrations on start-up"
    )
    assert read_right(request) == ["SoilTest(test_name:str,ph:float,passed:bool)"]


def test_a_practice_line_about_an_entity_is_still_a_practice() -> None:
    request = (
        "Vet results\n\nRequirements:\n- Write tests for the entity\n- Track samples with code"
    )
    assert read_right(request) == ["Sample(code:str)"]
