"""Requests that read nothing before: changes told as stories, chat and phone messages,
non-native English, arrows and shorthand, the thing named late or only in a possessive; and vague
or garbage requests, which are always asked.

Every request here is written for this file (none is copied from the corpus), in domains of
their own: florists, locksmiths, piano tuners, solar installers, falconry, golf clubs, circuses,
mushroom farms, observatories, tyre fitters, hot-air balloons, kite schools and pharmacies.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Florists now also give us their van registration", "Florist(van_registration:str)"),
        ("Customers now also give us their date of birth", "Customer(date_of_birth:date)"),
        ("Our falconers now tell us their licence number too", "Falconer(licence_number:str)"),
        ("Golfers also give us their handicap now", "Golfer(handicap:float)"),
        ("tuners now send us their mobile as well", "Tuner(mobile:str)"),
        ("Performers now also give us their stage name", "Performer(stage_name:str)"),
        ("Installers now give us their certificate number", "Installer(certificate_number:str)"),
        ("pilots also tell us their licence expiry now", "Pilot(licence_expiry:date)"),
        ("The growers now also send us their farm code", "Grower(farm_code:str)"),
        ("our locksmiths also give us their van number too", "Locksmith(van_number:str)"),
        ("We now also record the handicap of each golfer", "Golfer(handicap:float)"),
        ("From now on we also write down the wingspan of each hawk", "Hawk(wingspan:float)"),
        ("We also record the handicap of each golfer", "Golfer(handicap:float)"),
        ("we now also note the humidity of each piano", "Piano(humidity:float)"),
        ("we now track the substrate of each bed", "Bed(substrate:str)"),
        ("Bookings also need to know the pickup time", "Booking(pickup_time:datetime)"),
        ("Balloon flights also need to know the landing site", "BalloonFlight(landing_site:str)"),
        (
            "Each balloon flight also needs to know the wind speed",
            "BalloonFlight(wind_speed:float)",
        ),
        ("Golfers also need to have a handicap", "Golfer(handicap:float)"),
        ("performances now need to know the act length", "Performance(act_length:float)"),
        ("Arrangements also need to have a vase type", "Arrangement(vase_type:str)"),
        ("installs now need to have the roof angle", "Install(roof_angle:str)"),
        ("jobs also need to know the door type", "Job(door_type:str)"),
        ("Flights also need to know the passenger count", "Flight(passenger_count:int)"),
        ("Golfers should also have a handicap", "Golfer(handicap:float)"),
        ("Could hawks also have a wingspan?", "Hawk(wingspan:float)"),
        ("we'd like to keep the weight of every hawk as well", "Hawk(weight:float)"),
        ("performers also get a stage name now", "Performer(stage_name:str)"),
        ("Solar installs now need a panel count too", "SolarInstall(panel_count:int)"),
        ("also record the handicap of each golfer", "Golfer(handicap:float)"),
        (
            "Hi, it's Ana from the farm. Our mushrooms now also need to know the strain,"
            " thanks",
            "Mushroom(strain:str)",
        ),
        (
            "Hello, this is Pete, I tune pianos. Pianos also need to have a serial number"
            " now. Cheers",
            "Piano(serial_number:str)",
        ),
        (
            "hi team\n\nthe tyres now also need to know the load index\n\nthanks, Raj",
            "Tyre(load_index:str)",
        ),
        ("ok so we now also record the mount type of each telescope", "Telescope(mount_type:str)"),
        ("Bouquets also need to have a ribbon colour now", "Bouquet(ribbon_colour:str)"),
        ("Kites also need to know the line length", "Kite(line_length:float)"),
        ("Students now also give us their weight", "Student(weight:float)"),
        ("Prescriptions also need to have a repeat count", "Prescription(repeat_count:int)"),
        ("patients now also tell us their nhs number", "Patient(nhs_number:str)"),
        (
            "From now on we also write down the shelf location of each medicine",
            "Medicine(shelf_location:str)",
        ),
        ("We now also log the seeing of each observation", "Observation(seeing:str)"),
        ("members now also give us their telescope model", "Member(telescope_model:str)"),
        ("comets also need to know the magnitude", "Comet(magnitude:str)"),
        ("Harvests now also need to know the weight", "Harvest(weight:float)"),
        ("buyers now give us their vat number too", "Buyer(vat_number:str)"),
        ("We now also record the DOT code of every tyre", "Tyre(dot_code:str)"),
        ("Fittings also need to have a bay number", "Fitting(bay_number:str)"),
        ("Customers now also give us their car registration", "Customer(car_registration:str)"),
        ("Acts also need to know the rigging notes", "Act(rigging_notes:str)"),
        ("the clowns now also tell us their shoe size", "Clown(shoe_size:str)"),
        ("bouquets now also need to know the delivery slot", "Bouquet(delivery_slot:str)"),
        ("we now also store the card message of each order", "Order(card_message:str)"),
        ("locksmiths now also send us their dbs number", "Locksmith(dbs_number:str)"),
        ("installs also need to know the inverter model", "Install(inverter_model:str)"),
        ("homeowners now also give us their meter number", "Homeowner(meter_number:str)"),
        ("we now also capture the serial number of each panel", "Panel(serial_number:str)"),
        ("The hawks need one more field: ring number", "Hawk(ring_number:str)"),
        ("birds need another field: weight", "Bird(weight:float)"),
        ("golfers also need to have a locker number", "Golfer(locker_number:str)"),
        ("We now also record the tee time of every round", "Round(tee_time:str)"),
        ("we also need the humidity on each piano", "Piano(humidity:float)"),
        ("balloons also need to know the last inspection", "Balloon(last_inspection:str)"),
        ("Pilots now also give us their medical expiry", "Pilot(medical_expiry:date)"),
        (
            "As a club secretary I want golfers to also have a handicap so that we can seed"
            " competitions",
            "Golfer(handicap:float)",
        ),
        ("As a falconer, I want to record the wingspan of each hawk", "Hawk(wingspan:float)"),
        ("- tyres: we now also record the DOT code of every tyre", "Tyre(dot_code:str)"),
        ("clowns now also tell us there shoe size", "Clown(shoe_size:str)"),
        ("bouquets also need to have a ribbon colour now", "Bouquet(ribbon_colour:str)"),
        ("CUSTOMERS NOW ALSO GIVE US THEIR DATE OF BIRTH", "Customer(date_of_birth:date)"),
        ("golfers also give us there handicap now pls", "Golfer(handicap:float)"),
        (
            "Good morning, the kites now also need to know the line length. Thank you very"
            " much",
            "Kite(line_length:float)",
        ),
        ("For info: we now also note the spawn date of each bed", "Bed(spawn_date:date)"),
        ("the hawk needs another field: ring number", "Hawk(ring_number:str)"),
        ("pianos need one more field: serial number", "Piano(serial_number:str)"),
        ("Tyres: one more field, load index", "Tyre(load_index:str)"),
        ("the kite needs one new field - colour", "Kite(colour:str)"),
        ("mushrooms need an extra field: strain", "Mushroom(strain:str)"),
        ("Golfers need a handicap", "Golfer(handicap:float)"),
        ("Falconer needs a mobile", "Falconer(mobile:str)"),
        ("Each balloon flight gets a pilot name from now on", "BalloonFlight(pilot_name:str)"),
        (
            "We're now writing the pilot name on every balloon flight",
            "BalloonFlight(pilot_name:str)",
        ),
        ("Every piano should carry a last tuned date", "Piano(last_tuned_date:date)"),
        ("Could you give each piano a humidity reading?", "Piano(humidity_reading:str)"),
        ("Pianos: humidity too pls", "Piano(humidity:float)"),
        ("Need to store humidity on pianos", "Piano(humidity:float)"),
        ("i want to add in golfer the handicap please", "Golfer(handicap:float)"),
        ("Is possible to add the wingspan in the hawk?", "Hawk(wingspan:float)"),
        ("hawk + wingspan", "Hawk(wingspan:float)"),
        ("hawk: +wingspan", "Hawk(wingspan:float)"),
        ("pianos - add last tuned date", "Piano(last_tuned_date:date)"),
        ("piano is missing humidity", "Piano(humidity:float)"),
        ("ok so we now also record the mount type of each telescope", "Telescope(mount_type:str)"),
        ("we are now also putting the bar size on every kite", "Kite(bar_size:str)"),
        ("from now on we write down the till total of each shift", "Shift(till_total:decimal)"),
        ("harvests also need to know the grade now", "Harvest(grade:str)"),
        ("rounds now need to have a buggy number", "Round(buggy_number:str)"),
    ],
)  # fmt: skip
def test_a_field_told_as_a_story_is_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("phone on customer -> mobile", "Customer(mobile:str<phone)"),
        ("tuning date on piano -> last tuned", "Piano(last_tuned:str<tuning_date)"),
        ("ring on hawk -> ring number", "Hawk(ring_number:str<ring)"),
        ("handicap on golfer => handicap index", "Golfer(handicap_index:str<handicap)"),
        ("tread on the tyre -> tread depth", "Tyre(tread_depth:str<tread)"),
        ("stems on Bouquet -> stem count", "Bouquet(stem_count:str<stems)"),
        ("aperture on telescope -> aperture_mm", "Telescope(aperture_mm:str<aperture)"),
        ("the title field on act -> act name", "Act(act_name:str<title)"),
        ("watts on panel → wattage", "Panel(wattage:str<watts)"),
        ("size on balloon -> envelope size", "Balloon(envelope_size:str<size)"),
        ("Customer's phone is really their mobile - name it mobile", "Customer(mobile:str<phone)"),
        (
            "Falconer's permit is really their licence - name it licence",
            "Falconer(licence:str<permit)",
        ),
        (
            "the golfer's score is really the handicap, name it handicap",
            "Golfer(handicap:str<score)",
        ),
        (
            "Florist's title is really their shop name - please name it shop name",
            "Florist(shop_name:str<title)",
        ),
        ("brand on medicine -> brand name", "Medicine(brand_name:str<brand)"),
        ("date on prescription -> issued on", "Prescription(issued_on:str<date_value)"),
        ("time on observation -> observed at", "Observation(observed_at:str<time)"),
        ("trays on bed -> tray count", "Bed(tray_count:str<trays)"),
        ("size on tyre -> tyre size", "Tyre(tyre_size:str<size)"),
        ("alias on performer -> stage name", "Performer(stage_name:str<alias)"),
        ("stems on bouquet → stem count", "Bouquet(stem_count:str<stems)"),
        ("fee on job -> call out fee", "Job(call_out_fee:str<fee)"),
        ("power on panel -> wattage", "Panel(wattage:str<power)"),
        ("quick fix: phone on customer -> mobile", "Customer(mobile:str<phone)"),
        ("handicap on golfer -> handicap index pls", "Golfer(handicap_index:str<handicap)"),
        ("- ring on hawk -> ring number", "Hawk(ring_number:str<ring)"),
        ("tread on tyre -> tread depth thanks", "Tyre(tread_depth:str<tread)"),
        (
            "Falconer's nickname is really a call sign - name it call sign",
            "Falconer(call_sign:str<nickname)",
        ),
        ("tee time on round -> starts at", "Round(starts_at:str<tee_time)"),
        ("• size on kite -> kite size", "Kite(kite_size:str<size)"),
        ("Quick fix: strain on mushroom -> variety", "Mushroom(variety:str<strain)"),
    ],
)  # fmt: skip
def test_a_field_renamed_in_shorthand_is_renamed(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("phone on customer -> optional", "Customer(phone:str?)"),
        ("handicap on golfer -> float", "Golfer(handicap:float)"),
        ("price on tyre -> decimal", "Tyre(price:decimal)"),
    ],
)  # fmt: skip
def test_a_placed_field_arrow_to_a_type_or_optional_changes_it(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


# --- near misses: asked, or read as they were, never the new way --------------------------------
# ("we started recording …" with no ask is a story, not an addition: tests/test_recognizer_chg31)
@pytest.mark.parametrize(
    "request_text",
    [
        "We have started recording the wingspan of each hawk",
        "We've started recording the wingspan of every hawk",
        "We started logging the envelope colour of every balloon",
        "we've begun recording the tread depth of each tyre",
        "We also keep the aperture of each telescope now",
        "Deliveries now also need to know who signed for them",
        (
            "Subject: balloons\n\nWe have started recording the burner hours of each"
            " balloon. Please add it.\n\nBest, Lou"
        ),
        "Ticket 4411: customers now also give us their pronouns",
        "btw we've started recording the ring number of each hawk",
        "FYI the florists now also send us their opening hours",
        "As of this season we also track the club number of each golfer",
        "we have started recording the wind speed of each lesson",
        "we've started noting the spawn date of each bed",
        "We've started recording the pitch time of each tent",
        "we have begun recording the lock brand of every job",
        (
            "Hi Jo,\n\nQuick one: we've started recording the humidity of each piano at"
            " every visit. Can that go in?\n\nThanks,\nMel"
        ),
        "Change request\n\n- balloons also need to know the burner hours",
        "we have started to record the roof angle of each install",
        "Patients now also tell us their allergy notes, can we store it?",
        "ok so we've started tracking the act length of every act",
        "btw we've started recording the ring number of each hawk",
        "We've now started adding the pharmacist on each prescription",
        "Please for the mushroom beds we need to put also the humidity",
        "For every telescope we must to save the aperture also",
        "the act length on each performance",
        "oh and wingspan on the hawks",
        "re: pianos — last tuned date needed",
        "The last tuned date, we need it for every piano",
        "A last tuned date for each piano would be great",
        "It would help to know the last tuned date of each piano",
        "Regulators want the pilot licence number on every balloon flight",
        "The piano tuners asked for the humidity on each piano",
        "humidity should be on piano as well",
        "humidity is missing on piano",
        "Where do I put the humidity of a piano? There is no field",
        "hawk wingspan pls",
        "wingspan for hawks too",
        "We record the weight of each hawk",
        "golfers need to know their handicap",
        "Golfers give us their handicap",
        "we've started recording the date of birth of customers",
        "we started tracking the handicap of golfers",
        "Customers now also give us their pronouns",
        "Customers give us their name and email",
        "Drivers need to know the route",
        "Kites need to know the line length",
        "Florist: the shop, name it after the owner",
        "rename Email in Customer",
        "status on order -> shipped",
        "Staff also need to know whether the room is booked",
        "The pilots now need to know the wind speed",
        "customers also need to know the opening hours",
        "rename the entity Lesson in the Course app",
        "If we now record the wingspan of each hawk, the scales get busy",
    ],
)  # fmt: skip
def test_a_near_miss_or_an_unreadable_story_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_question_or_condition_before_we_keeps_its_own_reading() -> None:
    # "could we also store …" is the ask itself, read whole as before (never cut at "we")
    result = read("could we also store the pitch time and a late arrival flag on each Tent?")
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["Tent(pitch_time:str,late_arrival:bool)"]


def test_an_arrow_to_a_type_or_optional_is_no_rename() -> None:
    assert accepted("phone on customer -> optional", Intent.MODIFY_FIELDS) == [
        "Customer(phone:str?)"
    ]
    assert accepted("price on tyre -> decimal", Intent.MODIFY_FIELDS) == ["Tyre(price:decimal)"]


def test_an_entity_renamed_with_in_or_a_note_is_renamed() -> None:
    assert accepted("Rename the entity Lesson in DrivingLesson, please", Intent.RENAME_ENTITY) == [
        "DrivingLesson<Lesson()"
    ]
    assert accepted("rename the Kite entity in Wing", Intent.RENAME_ENTITY) == ["Wing<Kite()"]
    assert accepted("Artikel => Article (only the entity name)", Intent.RENAME_ENTITY) == [
        "Article<Artikel()"
    ]
    assert accepted("Kiln -> Oven (the entity)", Intent.RENAME_ENTITY) == ["Oven<Kiln()"]


def test_a_field_on_the_software_is_asked_but_a_thing_named_so_is_read() -> None:
    result = read("Can the circus app have a dark mode?")
    assert result.status == "needs_clarification"
    assert any("software" in note for note in result.notes)
    assert accepted("Add a phone to the Circus entity", Intent.ADD_FIELDS) == ["Circus(phone:str)"]
    assert accepted("the circus app: add a phone to Performer", Intent.ADD_FIELDS) == [
        "Performer(phone:str)"
    ]


def test_a_long_story_of_the_same_change_is_read_once() -> None:
    story = "we now also record the wingspan of each hawk. " * 430
    assert len(story) > 20_000 - 1_000
    result = read(story)
    assert (result.intent, shape(result)) == (Intent.ADD_FIELDS, ["Hawk(wingspan:float)"])


# --- vague and garbage: asked, never accepted ----------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "the staff rota",
        "our system",
        "We need something for the falconry centre",
        "Can you make the locksmith app better?",
        "Please sort out the golf club database",
        "improve the mushroom farm thing",
        "make it faster",
        "fix the observatory bookings pls",
        "the circus needs an app",
        "Set up a system for our florist",
        "hello?",
        "asdf qwerty zxcv",
        "lorem ipsum dolor sit amet",
        "ERROR 500 at /api/v2/orders line 42",
        (
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in"
            " <module>\nKeyError: 'x'"
        ),
        "2026-12-06 10:14:02 WARN pool exhausted, retrying",
        "can u help",
        "I need help with my business",
        "Make the tyre shop system work like the other one",
        "something for the hot air balloons",
        "the balloons",
        "our piano tuners",
        "Help me organise everything",
        "Quiero una base de datos para mi tienda",
        "Bitte mach das System besser",
        "je veux un truc pour les clients",
        "make the solar installs thing nicer",
        "What can you do?",
        "Can you build me an app?",
        "Do the usual",
        "same as last time",
        "as discussed",
        "see attached",
        "per my last email",
        "the thing we talked about",
        "update the database",
        "add validation",
        "add some fields",
        "delete everything",
        "remove the old stuff",
        "rename it",
        "change the type",
        "make everything optional",
        "the mushroom beds and stuff",
        "Our locksmith business is growing fast",
        "We run a falconry display team",
        "I manage a golf course in Fife",
        "The observatory opens at night",
        "tuning pianos is hard work",
        "hmm",
        "ok thanks",
        "yes",
        "no, the other one",
        "lol",
        "👍",
        "...",
        "the weekly report for the tyre fitters",
        "a dashboard for the solar team",
        "an export to excel for the florists",
        "send me an email when a balloon lands",
        "Can the circus app have a dark mode?",
        "we want the circus app to be faster and more secure",
        "Make a login page for the golfers",
        "integrate with stripe",
        "deploy it to AWS",
        "translate the app to Welsh",
        "the pickup time",
        "and the landing site",
        "date of birth, phone, email",
        "with name and address",
        "for the mushroom farm, for the florist, for the circus",
        "Could the florist website get a contact form?",
        "the tyre shop system should also have a night mode",
        "Can the observatory app also have a map?",
        "The golf club app needs a search bar",
        "Can the Circus app have a dark mode?",
        "the kite school portal should also get a chat",
        "the pharmacy dashboard needs a chart",
        "our locksmith platform wants a booking calendar",
        "the falconry centre's website needs a gallery",
        "the mushroom farm software should also have a barcode scanner",
        "the piano tuning rota",
        "the solar team's spreadsheet",
        "the balloon schedule",
        "our pharmacy records",
        "the whole observatory thing",
        "we need to talk about the circus",
        "Kan je de database beter maken?",
        "Il faut ajouter des choses",
        "can you do the thing for the golf people by friday",
        "GET /api/tyres 404 (Not Found)",
        "SELECT * FROM tyres WHERE id = 3;",
        "null",
        "undefined is not a function",
        "???",
    ],
)  # fmt: skip
def test_a_vague_or_garbage_request_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"
