"""Requests asked about because a thing was not found, or a field was taken for a thing (the
`missing2` families), grouped by how English says it.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the reading finds the thing and its fields however they are said,
and a request that names no thing is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a parenthesis after a field that gives its type, unit, range or example values ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each climbing wall has a wall name, a height, and total holds (whole number).",
         ["ClimbingWall(wall_name:str,height:float,total_holds:int)"]),
        ("I'd like to record brew days - brewer, mash temperature (number, e.g. 66.5) and notes",
         ["BrewDay(brewer:str,mash_temperature:float,notes:str)"]),
        ("Track bug reports with a title, a severity (low/medium/high/critical, text is fine) "
         "and a reported at timestamp",
         ["BugReport(title:str,severity:str,reported_at:datetime)"]),
        ("Kites need a kite name, a wind rating (1-6, halves allowed) and a colour.",
         ["Kite(kite_name:str,wind_rating:float,colour:str)"]),
        ("For each hen we need the laying rate (eggs per week, number) and the breed "
         "(leghorn, sussex and so on).",
         ["Hen(laying_rate:float,breed:str)"]),
    ],
)  # fmt: skip
def test_a_parenthesis_of_type_range_or_example_values_annotates_one_field(
    request_text: str, expected: list[str]
) -> None:
    # "(whole number)", "(1-6, halves allowed)", "(leghorn, sussex and so on)" say what a
    # field's values are: no entity named after the field, no field named after a value
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create bands (name, genre) and venues (city, capacity)",
         ["Band(name:str,genre:str)", "Venue(city:str,capacity:int)"]),
        ("Manage rooms (number, floor) and guests (full name, email)",
         ["Room(number:str,floor:str)", "Guest(full_name:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_parenthesis_of_field_names_after_a_plural_still_opens_an_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "add a priority (low/medium/high)",
        "I need to keep track of things (e.g. stuff)",
    ],
)
def test_values_in_a_parenthesis_without_a_thing_are_still_asked_about(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- fields said in the sentence before "Can you add those?" ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hi! The referees keep asking for the kick-off time and the pitch number on each "
         "Fixture. Can we add those two? Thanks",
         ["Fixture(kick_off_time:str,pitch_number:str)"]),
        ("Quick one. The vets want to see the microchip code and a neutered flag on every Dog. "
         "Could you add them please?",
         ["Dog(microchip_code:str,neutered:bool)"]),
        ("Our auditor said we should also write down the approval date on each Expense. And "
         "the approver name, but only if known. Please add those.",
         ["Expense(approval_date:date,approver_name:str?)"]),
        ("About the Greenhouse thing from last month - the gardeners say we need to record the "
         "soil ph and a heated flag. Can you add those two?",
         ["Greenhouse(soil_ph:str,heated:bool)"]),
    ],
)  # fmt: skip
def test_an_ask_to_add_those_adds_the_fields_the_sentence_before_wanted(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The referees keep asking for a few things. Can we add those?",
        "People want to see more. Could you add them please?",
        "Can you add those two?",
    ],
)
def test_an_ask_to_add_those_with_no_fields_or_thing_before_it_is_still_asked_about(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a first line that only names what the request is about ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("bird hide logs!!! sightings with species, count (int), seen at and observer name",
         ["Sighting(species:str,count:int,seen_at:datetime,observer_name:str)"]),
        ("Pottery studio stuff. Kilns: kiln name, max temperature (number). Glazes: glaze "
         "name, colour, food safe (yes/no).",
         ["Kiln(kiln_name:str,max_temperature:float)",
          "Glaze(glaze_name:str,colour:str,food_safe:bool)"]),
        ("rowing club app!! boats with boat name, seats (int) and last serviced date",
         ["Boat(boat_name:str,seats:int,last_serviced_date:date)"]),
        ("For the bakery I need two lists. The loaves: loaf name, weight, price. The "
         "suppliers: supplier name and phone.",
         ["Loaf(loaf_name:str,weight:float,price:decimal)",
          "Supplier(supplier_name:str,phone:str)"]),
    ],
)  # fmt: skip
def test_an_opening_headline_names_the_business_not_one_more_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # a plain first noun may be a thing of its own: still asked about
        "Tents. Campers with name and email.",
        # the headline alone, with nothing declared after it
        "bird hide logs!!! I need to keep track of things",
        "I need two lists. Thanks!",
    ],
)
def test_an_opening_noun_with_nothing_declared_after_it_is_still_asked_about(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- requirement lines about behaviour, scope or surviving data are no entities --------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("Harbour moorings\n\nRequirements:\n- Moorings with berth code, length (number) and "
         "a powered flag\n- Make sure everything still works after an upgrade",
         ["Mooring(berth_code:str,length:float,powered:bool)"], Intent.CREATE_ENTITY),
        ("Kennel update\n\nRequirements:\n* Add a vaccination date to Dog\n* Keep existing "
         "dogs", ["Dog(vaccination_date:date)"], Intent.ADD_FIELDS),
        ("Seed swap\n\nRequirements:\n- Seed packets with variety, sow by date and grower "
         "name\n- Nothing else", ["SeedPacket(variety:str,sow_by_date:date,grower_name:str)"],
         Intent.CREATE_ENTITY),
        ("Ensure the app keeps working after updates. Track hives with a hive code and a "
         "queen marked flag.", ["Hive(hive_code:str,queen_marked:bool)"], Intent.CREATE_ENTITY),
    ],
)  # fmt: skip
def test_a_line_about_behaviour_scope_or_surviving_data_names_no_entity(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    result = read(request_text)
    assert shape(result) == expected
    assert result.intent == intent


@pytest.mark.parametrize(
    "request_text",
    [
        "Make sure it works",
        "Keep old records",
        "Nothing else, thanks",
    ],
)
def test_a_line_about_behaviour_alone_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a cleft that fronts the ask: "what I need is …", "what we record for each X is …" --------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Long story short, what I really need is to keep track of choir rehearsals - venue, "
         "rehearsal date and a piece list.",
         ["ChoirRehearsal(venue:str,rehearsal_date:date,piece_list:str)"]),
        ("What we record for each beehive inspection is the hive code, the brood frames "
         "(number) and a queen seen flag.",
         ["BeehiveInspection(hive_code:str,brood_frames:float,queen_seen:bool)"]),
        ("What we would like is a list of ferries with name, capacity and home port.",
         ["Ferry(name:str,capacity:int,home_port:str)"]),
    ],
)  # fmt: skip
def test_a_cleft_that_fronts_the_ask_reads_as_the_plain_sentence(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "What I really need is to keep track of things.",
        "What we would like is something better.",
    ],
)
def test_a_cleft_that_names_nothing_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a listed compound is one field, never a thing or a link --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boat hires with hirer name, licence holder phone, hire date and deposit",
         ["BoatHire(hirer_name:str,licence_holder_phone:str,hire_date:date,deposit:decimal)"]),
        ("Create claims with claim number, third party name, loss date and reserve amount",
         ["Claim(claim_number:str,third_party_name:str,loss_date:date,reserve_amount:decimal)"]),
        ("Log bike repairs with bike model, frame size, repair date and the mechanic",
         ["BikeRepair(bike_model:str,frame_size:str,repair_date:date,mechanic:str)"]),
    ],
)  # fmt: skip
def test_a_listed_compound_noun_is_one_field(request_text: str, expected: list[str]) -> None:
    # "licence holder phone" is no "licence holds phone"; "bike model" is a field, as the
    # corpus conventions say of technology words ("model", "code", "type") in a list
    assert read_right(request_text) == expected


def test_a_listed_sentence_with_an_agreeing_verb_still_links() -> None:
    result = read("Track boats with name and length, and crews with name; a crew sails many boats")
    assert "many_to_many>Boat" in " ".join(shape(result))


@pytest.mark.parametrize(
    "request_text",
    ["add a guitar model", "I need to keep track of things like the bike model"],
)
def test_a_compound_field_without_a_thing_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- terse: the things named first, before a colon, a bar, a semicolon or a plus -------------
@pytest.mark.parametrize(
    ("request_text", "expected", "intent"),
    [
        ("Booking: guest name, arrival date, nights (int), paid (bool)",
         ["Booking(guest_name:str,arrival_date:date,nights:int,paid:bool)"],
         Intent.CREATE_ENTITY),
        ("Harbour pilots | pilot name | licence class | boardings (int) | on call (y/n)",
         ["HarbourPilot(pilot_name:str,licence_class:str,boardings:int,on_call:bool)"],
         Intent.CREATE_ENTITY),
        ("kiln firings;kiln name,fired at,peak temperature (number),cone",
         ["KilnFiring(kiln_name:str,fired_at:datetime,peak_temperature:float,cone:str)"],
         Intent.CREATE_ENTITY),
        ("PlantPot + glaze colour, + drainage hole (yes/no)",
         ["PlantPot(glaze_colour:str,drainage_hole:bool)"], Intent.ADD_FIELDS),
    ],
)  # fmt: skip
def test_a_terse_line_names_its_things_before_the_separator(
    request_text: str, expected: list[str], intent: Intent
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "full name; date of birth; phone",
        "notes | date | amount",
        "add + a date",
    ],
)
def test_a_terse_line_that_names_no_thing_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a person's job is who keeps the thing, not the thing ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The ranger records each sighting with: species, count (int), seen at and a photo "
         "taken flag",
         ["Sighting(species:str,count:int,seen_at:datetime,photo_taken:bool)"]),
        ("Our receptionist logs every visitor with the visitor name, company and arrival time",
         ["Visitor(visitor_name:str,company:str,arrival_time:datetime)"]),
        ("When the nurse records a vaccination\nThen the vaccination stores the patient "
         "name, the vaccine, given at (timestamp) and the batch number",
         ["Vaccination(patient_name:str,vaccine:str,given_at:datetime,batch_number:str)"]),
    ],
)  # fmt: skip
def test_a_person_who_records_things_is_not_the_thing_recorded(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "The ranger records each thing",
        "Our receptionist logs everything",
    ],
)
def test_a_person_who_records_nothing_named_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


def test_each_dash_after_a_listed_field_annotates_it() -> None:
    result = read("Create kayaks with:\n- hull code - text\n- remarks - text - optional")
    assert shape(result) == ["Kayak(hull_code:str,remarks:str?)"]


# --- a frame word before the noun it modifies is part of a field's name -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make last service date on Boiler optional.", ["Boiler(last_service_date:date?)"]),
        ("please make the app version on Tablet required", ["Tablet(app_version:str)"]),
        ("Could you make system notes on Ticket optional?", ["Ticket(system_notes:str?)"]),
    ],
)
def test_a_frame_word_modifying_a_field_name_is_no_frame(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text", ["Make the service optional", "Make the app better", "make the system date"]
)
def test_a_frame_word_alone_in_a_change_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# --- a document's label, a bare role and a model heading name nothing to build ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("User story: As head groundsman, I want to track mowers (mower code, blade width "
         "(number), last sharpened date) so that nothing is missed.",
         ["Mower(mower_code:str,blade_width:float,last_sharpened_date:date)"]),
        ("As site foreman, we want to log deliveries with supplier, delivered at and a "
         "signed off flag",
         ["Delivery(supplier:str,delivered_at:datetime,signed_off:bool)"]),
        ("Zoo model:\nKeeper: full name, phone\nEnclosure: enclosure code, area (number)\n"
         "Each enclosure has one keeper.",
         ["Keeper(full_name:str,phone:str)",
          "Enclosure(enclosure_code:str,area:float) many_to_one>Keeper"]),
    ],
)  # fmt: skip
def test_a_label_a_bare_role_or_a_model_heading_names_no_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["User story: As head groundsman, I want things to be better.", "Zoo model:"],
)
def test_a_label_or_heading_alone_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


def test_a_field_list_after_a_thing_that_is_also_a_document_word_is_that_thing() -> None:
    assert shape(read("Task: title, done (yes/no)")) == ["Task(title:str,done:bool)"]


# --- "whether it is on X" is a yes/no field, never the thing the fields go on --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I need a volunteers list: name, phone, and whether they're on call.",
         ["Volunteer(name:str,phone:str,is_on_call:bool)"]),
        ("What we need is to track our pumps: each one has a pump code, a flow rate (number) "
         "and whether it is on a service plan.",
         ["Pump(pump_code:str,flow_rate:float,is_on_service_plan:bool)"]),
        ("Keep track of our ferries: each one has a name, a capacity and whether it is on the "
         "winter timetable",
         ["Ferry(name:str,capacity:int,is_on_winter_timetable:bool)"]),
    ],
)  # fmt: skip
def test_whether_it_is_on_something_is_a_yes_no_field_not_the_owner(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["I need whether they're on call.", "we want to know whether it is on a service plan"],
)
def test_a_yes_no_question_without_a_thing_is_still_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
