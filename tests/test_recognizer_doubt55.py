"""Readings that were accepted although wrong, made right or asked (issue 8, precision).

Every request here is written for this file (none is copied from the corpus), in domains the
corpus does not use (astronomy clubs, gliding, hot-air balloons, youth hostels, judo, kayak
hire, kilns and glazes, glassblowing, model railways, golf, knitting circles, mushroom farms,
tree surgeons, a lighthouse museum). Each family says what a person relies on, and the wordings
next to each are not read the new way. PROBES at the end hold every request written for this
session with the reading a person means: an accepted reading of one of them is that reading
(a misreading may be asked, never accepted).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape

C = "create_entity"
A = "add_fields"
R = "remove_fields"
ADD = Intent.ADD_FIELDS
REMOVE = Intent.REMOVE_FIELDS
CREATE = Intent.CREATE_ENTITY


# --- a condition said after the owner makes the one field added optional ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a membership number to Stargazer, when we have it",
         ["Stargazer(membership_number:str?)"]),
        ("Add a trailer bay to Glider, if they have one", ["Glider(trailer_bay:str?)"]),
        ("Add a decoder serial to Locomotive, where known", ["Locomotive(decoder_serial:str?)"]),
        ("Add a designer to Pattern - only when we know it", ["Pattern(designer:str?)"]),
        ("Add a buggy permit to Golfer if they have one", ["Golfer(buggy_permit:str?)"]),
    ],
)  # fmt: skip
def test_a_condition_after_the_owner_makes_the_field_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (ADD, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Stargazer needs a membership number, when we have it",
         ["Stargazer(membership_number:str?)"]),
        ("Gliders should also have a trailer bay, if they have one", ["Glider(trailer_bay:str?)"]),
    ],
)  # fmt: skip
def test_a_condition_after_one_field_a_thing_has_makes_it_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (ADD, expected)


def test_a_condition_after_a_list_or_an_unrelated_clause_is_not_the_fields() -> None:
    # two fields before it: whose condition it is would be a guess, so it stays asked
    assert read("Add a membership number and a locker code to Stargazer, if known").status == (
        "needs_clarification"
    )
    assert reading("Every guest needs a name, a phone and an email, if known") == (
        CREATE,
        ["Guest(name:str,phone:str,email:email?)"],
    )
    # a state that is no condition of having it keeps the field required
    assert reading("Add a membership number to Stargazer, it must be unique") == (
        ADD,
        ["Stargazer(membership_number:str)"],
    )
    assert reading("Add a membership number to Stargazer (optional)") == (
        ADD,
        ["Stargazer(membership_number:str?)"],
    )


# --- a reason after the change: someone doing a thing to it, with a particle -------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("From the Flight please remove the champagne brand, the caterer gives it back.", REMOVE,
         ["Flight(champagne_brand:str)"]),
        ("From the Session remove the moon phase, nobody uses it.", REMOVE,
         ["Session(moon_phase:str)"]),
        ("Add a wetsuit deposit to Hire, the council always pays it back.", ADD,
         ["Hire(wetsuit_deposit:decimal)"]),
        ("Add a towel deposit to Booking, the warden always gives it back.", ADD,
         ["Booking(towel_deposit:decimal)"]),
    ],
)  # fmt: skip
def test_a_reason_after_the_change_is_no_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.intent == intent
    assert [s.split("(")[0] for s in shape(result)] == [s.split("(")[0] for s in expected]
    assert sorted(a.name for e in result.entities for a in e.attributes) == sorted(
        f.split(":")[0] for s in expected for f in s[s.index("(") + 1 : -1].split(",")
    )


def test_a_second_field_after_the_fronted_owner_is_still_read() -> None:
    # a list, not a reason: no pronoun points back at the field
    intent, got = reading("From the Glider remove the paint colour, the trailer code")
    assert intent == REMOVE
    assert "paint_colour" in got[0] and "trailer_code" in got[0]


# --- "reference" after a value's word is which one of it, one field ----------------------------
def test_a_reference_after_a_value_word_stays_one_field() -> None:
    assert reading("Glaze with glaze size reference and batch code") == (
        CREATE,
        ["Glaze(glaze_size_reference:str,batch_code:str)"],
    )
    assert reading(
        "Spec\n\n### Firing\n- kiln colour reference (text)\n- peak temperature (number)"
    ) == (CREATE, ["Firing(kiln_colour_reference:str,peak_temperature:float)"])


# --- a group note after a dash behind the last item --------------------------------------------
def test_a_group_note_after_a_dash_is_said_of_the_fields() -> None:
    assert reading("Tournament: name, venue, entry fee, date - all required") == (
        CREATE,
        ["Tournament(name:str,venue:str,entry_fee:decimal,date_value:date)"],
    )
    assert reading("Tournament: name, venue - both optional") == (
        CREATE,
        ["Tournament(name:str?,venue:str?)"],
    )


# --- people who do something with things: never the people, never "FlyLaunch" -----------------
@pytest.mark.parametrize(
    "request_text",
    [
        "the teachers run classes with a room and a start time",
        "volunteers run stalls with a stall number and a float amount",
        "the tug pilots fly launches with a launch time and a height",
        "the head teachers run classes with a room and a start time",
    ],
)
def test_people_doing_things_with_fields_are_not_accepted_as_another_thing(
    request_text: str,
) -> None:
    result = read(request_text)
    if result.status == "recognized":
        names = [e.name for e in result.entities]
        assert not any(n.startswith(("Teacher", "Volunteer", "Fly", "Run")) for n in names)


def test_a_role_that_does_things_and_run_as_a_participle_keep_their_readings() -> None:
    assert reading("the osteopath books appointments with a date and a fee") == (
        CREATE,
        ["Appointment(date_value:date,fee:decimal)"],
    )
    assert reading("Events run by volunteers with a name and a date") == (
        CREATE,
        ["Event(name:str,date_value:date)"],
    )
    assert reading("Print runs with a run date and a copy count") == (
        CREATE,
        ["PrintRun(run_date:date,copy_count:int)"],
    )


# --- long inputs ---------------------------------------------------------------------------------
def test_long_inputs_of_the_new_shapes_are_read() -> None:
    long_tail = "Add a note to Kayak, the " + "very " * 3800 + "old staff give it back"
    assert read(long_tail).status in ("recognized", "needs_clarification")
    long_group = "Kayak: name, hull - " + "all " * 4000 + "required"
    assert read(long_group).status in ("recognized", "needs_clarification")
    long_condition = "Add a " + "kayak " * 3000 + "serial to Kayak, when we have it"
    assert read(long_condition).status in ("recognized", "needs_clarification")


# --- every probe of the session: accepted means read as meant ---------------------------------
PROBES = [
    (
        "Add a membership number to Stargazer, when we have it",
        A,
        ["Stargazer(membership_number:str?)"],
    ),
    (
        "Add a membership number to Stargazer if they have one",
        A,
        ["Stargazer(membership_number:str?)"],
    ),
    (
        "Add a membership number to Stargazer - only when we have it",
        A,
        ["Stargazer(membership_number:str?)"],
    ),
    (
        "please add a dark sky permit to Observer, where known",
        A,
        ["Observer(dark_sky_permit:str?)"],
    ),
    ("add a telescope serial to Loan, if there's one", A, ["Loan(telescope_serial:str?)"]),
    (
        "Add an eyepiece count to Telescope, the members always ask for it.",
        A,
        ["Telescope(eyepiece_count:int)"],
    ),
    (
        "From the Telescope please remove the mount serial, the supplier keeps it anyway.",
        R,
        ["Telescope(mount_serial:str)"],
    ),
    ("From the Session remove the moon phase, nobody uses it.", R, ["Session(moon_phase:str)"]),
    (
        "Telescope: aperture (mm), focal length, mount type, owner name if known",
        C,
        ["Telescope(aperture:float,focal_length:float,mount_type:str,owner_name:str?)"],
    ),
    (
        "Stargazer: name, email (must), phone when we have it",
        C,
        ["Stargazer(name:str,email:email,phone:str?)"],
    ),
    (
        "Observing log: date, seeing (1-5), target, notes - optional",
        C,
        ["ObservingLog(date_value:date,seeing:int,target:str,notes:str?)"],
    ),
    (
        "Comet sighting: observer, magnitude, time seen, a photo if there is one",
        C,
        ["CometSighting(observer:str,magnitude:str,time_seen:datetime,photo:str?)"],
    ),
    (
        "the astronomers run talks with a title and a start time",
        C,
        ["Talk(title:str,start_time:datetime)"],
    ),
    (
        "Gliders: tail number, wingspan (metres), winch launches (integer)",
        C,
        ["Glider(tail_number:str,wingspan:float,winch_launches:int)"],
    ),
    (
        "Each glider has a tail number, a wingspan in metres and a last inspection date",
        C,
        ["Glider(tail_number:str,wingspan:float,last_inspection_date:date)"],
    ),
    ("Add a trailer bay to Glider, if they have one", A, ["Glider(trailer_bay:str?)"]),
    ("Add a launch fee to Flight, the treasurer wants it.", A, ["Flight(launch_fee:decimal)"]),
    (
        "Please add a tug pilot to Launch, the duty instructor always forgets it.",
        A,
        ["Launch(tug_pilot:str)"],
    ),
    (
        "Remove the cable length from Winch, the manufacturer prints it anyway.",
        R,
        ["Winch(cable_length:float)"],
    ),
    (
        "From the Glider drop the paint colour, the insurers never read it.",
        R,
        ["Glider(paint_colour:str)"],
    ),
    (
        "the instructors fly gliders with a tail number and a wingspan",
        C,
        ["Glider(tail_number:str,wingspan:float)"],
    ),
    (
        "the tug pilots fly launches with a launch time and a height",
        C,
        ["Launch(launch_time:datetime,height:float)"],
    ),
    (
        "the head teachers run classes with a room and a start time",
        C,
        ["ClassItem(room:str,start_time:datetime)"],
    ),
    (
        "the osteopath books appointments with a date and a fee",
        C,
        ["Appointment(date_value:date,fee:decimal)"],
    ),
    (
        "the registrar issues certificates with a number and a date",
        C,
        ["Certificate(number:str,date_value:date)"],
    ),
    (
        "the tug pilots run launches with a launch time and a height",
        C,
        ["Launch(launch_time:datetime,height:float)"],
    ),
    (
        "Glider pilot: licence number, medical expiry (date), weight (kg)",
        C,
        ["GliderPilot(licence_number:str,medical_expiry:date,weight:float)"],
    ),
    ("Gliders, add a logger serial", A, ["Glider(logger_serial:str)"]),
    ("Glider: add competition number", A, ["Glider(competition_number:str)"]),
    (
        "Please track balloon flights with launch time, passenger count and the weather (text)",
        C,
        ["BalloonFlight(launch_time:datetime,passenger_count:int,weather:str)"],
    ),
    (
        "Add a passenger weight to Flight - in kg, the pilot needs it for the load sheet",
        A,
        ["Flight(passenger_weight:float)"],
    ),
    ("Balloons, add a burner serial number", A, ["Balloon(burner_serial_number:str)"]),
    ("Balloon: add envelope colour", A, ["Balloon(envelope_colour:str)"]),
    (
        "Also every balloon now has a last inspection date",
        A,
        ["Balloon(last_inspection_date:date)"],
    ),
    ("The balloon entity should now also keep a basket size", A, ["Balloon(basket_size:str)"]),
    ("Balloons get a new field: registration mark", A, ["Balloon(registration_mark:str)"]),
    ("Each balloon gets a registration mark from now on", A, ["Balloon(registration_mark:str)"]),
    ("Add a landing farm to Flight, when we know it", A, ["Flight(landing_farm:str?)"]),
    ("Add a chase driver to Flight, if we have one", A, ["Flight(chase_driver:str?)"]),
    (
        "From the Flight please remove the champagne brand, the caterer gives it back.",
        R,
        ["Flight(champagne_brand:str)"],
    ),
    (
        "the pilots fly balloons with an envelope size and a burner count",
        C,
        ["Balloon(envelope_size:str,burner_count:int)"],
    ),
    (
        "Hostel bed: room, bunk position (top or bottom), nightly rate",
        C,
        ["HostelBed(room:str,bunk_position:str,nightly_rate:decimal)"],
    ),
    (
        "Hostel guest: name, passport number (non-EU only), checkout date",
        C,
        ["HostelGuest(name:str,passport_number:str,checkout_date:date)"],
    ),
    ("Add a locker code to Guest, if they have one", A, ["Guest(locker_code:str?)"]),
    ("Add a bike storage slot to Guest when they have one", A, ["Guest(bike_storage_slot:str?)"]),
    (
        "Add a towel deposit to Booking, the warden always gives it back.",
        A,
        ["Booking(towel_deposit:decimal)"],
    ),
    (
        "From the Booking remove the breakfast choice, the kitchen hands it out anyway.",
        R,
        ["Booking(breakfast_choice:str)"],
    ),
    (
        "Remove the fax number from Group, the schools never use it.",
        R,
        ["GroupItem(fax_number:str)"],
    ),
    (
        "the wardens run dorms with a dorm name and a bed count",
        C,
        ["Dorm(dorm_name:str,bed_count:int)"],
    ),
    ("Dorm: add a fire exit note", A, ["Dorm(fire_exit_note:str)"]),
    (
        "Hostel guests: name, nationality, arrival date, nights (integer)",
        C,
        ["HostelGuest(name:str,nationality:str,arrival_date:date,nights:int)"],
    ),
    (
        "Dojo student: name, belt colour, date of birth, licence number",
        C,
        ["DojoStudent(name:str,belt_colour:str,date_of_birth:date,licence_number:str)"],
    ),
    (
        "Add a grading fee to Grading, the association always refunds it.",
        A,
        ["Grading(grading_fee:decimal)"],
    ),
    ("Add a medical note to Judoka, if there is one", A, ["Judoka(medical_note:str?)"]),
    ("Add a parent phone to Judoka, where known", A, ["Judoka(parent_phone:str?)"]),
    (
        "From the Judoka remove the weight class, the referees hand it out anyway.",
        R,
        ["Judoka(weight_class:str)"],
    ),
    (
        "the senseis run classes with a mat number and a start time",
        C,
        ["ClassItem(mat_number:str,start_time:datetime)"],
    ),
    (
        "the coaches run sessions with a mat and a kick-off time",
        C,
        ["Session(mat:str,kick_off_time:datetime)"],
    ),
    ("Tournament: name, venue - both optional", C, ["Tournament(name:str?,venue:str?)"]),
    (
        "Tournament: name, venue, entry fee, date - all required",
        C,
        ["Tournament(name:str,venue:str,entry_fee:decimal,date_value:date)"],
    ),
    ("Judoka, add a club licence", A, ["Judoka(club_licence:str)"]),
    (
        "Kayak: hull id, length (feet), seats (1 or 2)",
        C,
        ["Kayak(hull_id:str,length:float,seats:int)"],
    ),
    (
        "Kayak: hull id, weight in kilos, paddle size",
        C,
        ["Kayak(hull_id:str,weight:float,paddle_size:str)"],
    ),
    ("Add a spray deck size to Kayak, if known", A, ["Kayak(spray_deck_size:str?)"]),
    ("Add a buoyancy aid size to Hire, when we have it", A, ["Hire(buoyancy_aid_size:str?)"]),
    (
        "Add a wetsuit deposit to Hire, the council always pays it back.",
        A,
        ["Hire(wetsuit_deposit:decimal)"],
    ),
    ("Remove the deposit from Hire, the council hands it over.", R, ["Hire(deposit:decimal)"]),
    (
        "From the Hire remove the dry bag count, the staff fill it in on paper.",
        R,
        ["Hire(dry_bag_count:int)"],
    ),
    (
        "the guides run trips with a route and a launch time",
        C,
        ["Trip(route:str,launch_time:datetime)"],
    ),
    ("Kayaks, add a repair flag", A, ["Kayak(repair:bool)"]),
    (
        "Spec\n\n### Firing\n- kiln colour reference (text)\n- peak temperature (number)",
        C,
        ["Firing(kiln_colour_reference:str,peak_temperature:float)"],
    ),
    (
        "Spec\n\n### Glaze\n- glaze colour reference\n- batch code (text)",
        C,
        ["Glaze(glaze_colour_reference:str,batch_code:str)"],
    ),
    (
        "Glaze with glaze size reference and batch code",
        C,
        ["Glaze(glaze_size_reference:str,batch_code:str)"],
    ),
    (
        "Glaze: colour reference, supplier, cone",
        C,
        ["Glaze(colour_reference:str,supplier:str,cone:str)"],
    ),
    (
        "Pot: maker, clay body, glaze colour code, weight",
        C,
        ["Pot(maker:str,clay_body:str,glaze_colour_code:str,weight:float)"],
    ),
    ("Add a glaze colour to Pot, the tutor always forgets it.", A, ["Pot(glaze_colour:str)"]),
    ("Drop the cone number on Firing, the tutor never uses it.", R, ["Firing(cone_number:str)"]),
    ("Add a shelf position to Firing, if known", A, ["Firing(shelf_position:str?)"]),
    (
        "the potters run firings with a kiln and a peak temperature",
        C,
        ["Firing(kiln:str,peak_temperature:float)"],
    ),
    (
        "Glass piece: maker, colour reference, weight (g), sold (yes/no)",
        C,
        ["GlassPiece(maker:str,colour_reference:str,weight:float,sold:bool)"],
    ),
    ("Add a furnace slot to Session, when we know it", A, ["Session(furnace_slot:str?)"]),
    ("Add a commission price to Piece, if there is one", A, ["Piece(commission_price:decimal?)"]),
    (
        "From the Piece remove the gallery code, the gallery sends it anyway.",
        R,
        ["Piece(gallery_code:str)"],
    ),
    (
        "the glassblowers run workshops with a title and a max size",
        C,
        ["Workshop(title:str,max_size:int)"],
    ),
    (
        "Locomotive: name, gauge, builder, dcc address (integer)",
        C,
        ["Locomotive(name:str,gauge:str,builder:str,dcc_address:int)"],
    ),
    ("Add a decoder serial to Locomotive, where known", A, ["Locomotive(decoder_serial:str?)"]),
    ("Add a running number to Wagon, if it has one", A, ["Wagon(running_number:str?)"]),
    (
        "Add a layout slot to Exhibit, the organisers always ask for it.",
        A,
        ["Exhibit(layout_slot:str)"],
    ),
    (
        "From the Layout remove the scenery budget, the treasurer keeps it.",
        R,
        ["Layout(scenery_budget:decimal)"],
    ),
    ("the members run layouts with a scale and a length", C, ["Layout(scale:str,length:float)"]),
    ("Locomotive, add a livery", A, ["Locomotive(livery:str)"]),
    (
        "Add a handicap certificate to Golfer, when we have it",
        A,
        ["Golfer(handicap_certificate:str?)"],
    ),
    ("Add a buggy permit to Golfer if they have one", A, ["Golfer(buggy_permit:str?)"]),
    ("Add a green fee to Round, the secretary wants it.", A, ["Round(green_fee:decimal)"]),
    (
        "From the Round remove the caddie name, the pro shop keeps it.",
        R,
        ["Round(caddie_name:str)"],
    ),
    (
        "the greenkeepers run rounds with a tee time and a hole count",
        C,
        ["Round(tee_time:datetime,hole_count:int)"],
    ),
    (
        "Golfer: name, handicap (number), home club, locker number if they have one",
        C,
        ["Golfer(name:str,handicap:float,home_club:str,locker_number:str?)"],
    ),
    (
        "Scorecard: hole (integer), strokes (integer), putts, marker signed (yes/no)",
        C,
        ["Scorecard(hole:int,strokes:int,putts:int,marker_signed:bool)"],
    ),
    ("Add a yarn weight to Pattern, if known", A, ["Pattern(yarn_weight:float?)"]),
    ("Add a designer to Pattern - only when we know it", A, ["Pattern(designer:str?)"]),
    (
        "From the Pattern remove the magazine issue, the library keeps it.",
        R,
        ["Pattern(magazine_issue:str)"],
    ),
    (
        "Yarn: brand, colour reference, weight (grams), fibre",
        C,
        ["Yarn(brand:str,colour_reference:str,weight:float,fibre:str)"],
    ),
    ("the knitters run swaps with a date and a venue", C, ["Swap(date_value:date,venue:str)"]),
    (
        "Grow room: humidity (percent), temperature, substrate, last clean date",
        C,
        ["GrowRoom(humidity:float,temperature:float,substrate:str,last_clean_date:date)"],
    ),
    ("Add a spawn supplier to Batch, where known", A, ["Batch(spawn_supplier:str?)"]),
    (
        "Add a harvest weight to Flush, the buyers always ask for it.",
        A,
        ["Flush(harvest_weight:float)"],
    ),
    (
        "From the Batch remove the lab reference, the lab sends it anyway.",
        R,
        ["Batch(lab_reference:str)"],
    ),
    (
        "the pickers run harvests with a room and a start time",
        C,
        ["Harvest(room:str,start_time:datetime)"],
    ),
    ("Add a TPO reference to Job, if there is one", A, ["Job(tpo_reference:str?)"]),
    ("Add a chipper hours to Job, when we know it", A, ["Job(chipper_hours:float?)"]),
    ("Add a permit number to Job, the council always asks for it.", A, ["Job(permit_number:str)"]),
    ("From the Job remove the skip size, the hire firm handles it.", R, ["Job(skip_size:str)"]),
    (
        "Tree: species, height (m), girth, condition, owner phone if known",
        C,
        ["Tree(species:str,height:float,girth:str,condition:str,owner_phone:str?)"],
    ),
    ("Add a donor name to Exhibit, if known", A, ["Exhibit(donor_name:str?)"]),
    ("Add a lens order to Lamp, where known", A, ["Lamp(lens_order:str?)"]),
    (
        "Add an insurance value to Exhibit, the insurers want it.",
        A,
        ["Exhibit(insurance_value:decimal)"],
    ),
    (
        "From the Exhibit remove the shelf code, the volunteers never use it.",
        R,
        ["Exhibit(shelf_code:str)"],
    ),
    (
        "the keepers run tours with a tour time and a group size",
        C,
        ["Tour(tour_time:datetime,group_size:int)"],
    ),
    ("Add a membership number and a locker code to Stargazer, if known", A, None),
    ("Add a note to Visit, when we have time", A, None),
    ("Events run by volunteers with a name and a date", C, ["Event(name:str,date_value:date)"]),
    ("Projects run by managers: name, budget", C, ["Project(name:str,budget:decimal)"]),
    ("Print runs with a run date and a copy count", C, ["PrintRun(run_date:date,copy_count:int)"]),
    ("Classes run weekly: title, room", C, ["ClassItem(title:str,room:str)"]),
    (
        "Spec\n\n### Job\n- booking reference\n- pantone code (text)",
        C,
        ["Job(booking_reference:str,pantone_code:str)"],
    ),
    ("Add a deposit to Hire, the council hands it over.", A, ["Hire(deposit:decimal)"]),
    ("Remove the deposit from Hire, we give it back anyway.", R, ["Hire(deposit:decimal)"]),
    (
        "Add a membership number to Stargazer, it must be unique",
        A,
        ["Stargazer(membership_number:str)"],
    ),
    ("Add a membership number to Stargazer (optional)", A, ["Stargazer(membership_number:str?)"]),
    ("Add a membership number to Stargazer, optional", A, ["Stargazer(membership_number:str?)"]),
]


def _names_only(shapes: list[str]) -> list[str]:
    out = []
    for s in shapes:
        name, _, fields = s.partition("(")
        out.append(name + str(sorted(f.split(":")[0] for f in fields.rstrip(")").split(","))))
    return out


@pytest.mark.parametrize(("request_text", "intent", "expected"), PROBES)
def test_a_probe_accepted_is_read_as_meant(
    request_text: str, intent: str, expected: list[str] | None
) -> None:
    result = read(request_text)
    if result.status != "recognized":
        return  # asked: the person says what was meant
    assert expected is not None, (request_text, shape(result))
    got = shape(result)
    if intent == R:
        got, expected = _names_only(got), _names_only(expected)
    assert (result.intent.value, got) == (intent, expected)
