"""What a request asks (issue 8, intent54): a new thing or values for one said to exist, a
link, a thing renamed or removed, read right in the voices people write in.

Every request here is written for this file (none is copied from the corpus), in trades no
other test here uses: a falconry centre, a model railway club, an observatory, hot-air
balloon rides, a glassblowing workshop, an alpaca farm, a go-kart track, bell ringers, a
thatcher and a solar installer. What a person relies on:

- talk around a removal ("…, the boss said ok", "…, xmas is done") is no part of what goes;
- a thing said to work well, then what it still needs, gets those values ("The Pupil entity is
  working well, but we also need …"), and a "though" ending a sentence is never a field;
- two names written as entities' are ("rename Journey to MileageTrip") rename the entity even
  when a word in them names a value; "Phone to Mobile Number" stays a field's rename (asked);
- days that happen ("volunteers cover distribution days") are things linked, but which days
  of the week someone works ("weekend days") link nothing;
- a bracketed gloss before a list, a type said after a comma, "…, columns:", choices in
  brackets, a first name written to ("Tariq, …") and "Telescope, add …" change nothing of what
  is asked;
- wherever the reading is not sure, the recognizer asks instead of guessing.
"""

from __future__ import annotations

import re

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, shape


def _names(shapes: list[str]) -> list[str]:
    """The shapes without the fields' types: the broad probes pin what is asked, the names of
    the things and values; the types are the field readers' (pinned in the tests below)."""
    return [re.sub(r":[a-z]+(\??)", r"\1", s) for s in shapes]


# --- talk around a removal ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Hawk entity can go, the boss said ok", ["Hawk()"]),
        ("the Wagon entity can go now, christmas is over", ["Wagon()"]),
        ("the Wagon entity can go now, xmas is done lol", ["Wagon()"]),
        ("I don't use the Eyepiece entity, you can remove it, the boss said ok.", ["Eyepiece()"]),
        ("please delete the Commission table, my manager said it's fine", ["Commission()"]),
        ("the Voucher entity can go, the gift voucher scheme is finished", ["Voucher()"]),
    ],
)
def test_who_agreed_or_what_is_over_after_a_removal_is_no_part_of_it(
    text: str, expected: list[str]
) -> None:
    assert accepted(text, Intent.REMOVE_ENTITY) == expected


def test_who_agreed_after_another_change_is_no_part_of_it() -> None:
    assert accepted("Add a halter size to Alpaca, the vet said ok", Intent.ADD_FIELDS) == [
        "Alpaca(halter_size:str)"
    ]
    assert accepted("rename Trek to AlpacaWalk, the boss said ok", Intent.RENAME_ENTITY) == [
        "AlpacaWalk<Trek()"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the Trek entity is fine, the boss said ok",
        "we keep treks, the boss said ok",
        "we still have treks, the season is over",
    ],
)
def test_agreement_or_an_end_with_nothing_removed_removes_nothing(text: str) -> None:
    result = read(text)
    assert result.intent is not Intent.REMOVE_ENTITY or result.status != "recognized", shape(result)


# --- a thing said to work, then what it needs -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pupil entity is working good, but we need also the boot brand and the boot size "
         "(number).", ["Pupil(boot_brand:str,boot_size:float)"]),
        ("The Falcon entity is working great, but we also need the ring number.",
         ["Falcon(ring_number:str)"]),
        ("The Alpaca entity works fine but we also need the sire name", ["Alpaca(sire_name:str)"]),
        ("The Bell entity is fine. We also need the tuning note.", ["Bell(tuning_note:str)"]),
    ],
)  # fmt: skip
def test_a_thing_said_to_work_well_gets_what_it_still_needs(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected


def test_praise_of_a_thing_then_a_new_thing_still_creates_it() -> None:
    assert accepted(
        "The Alpaca entity is fine but we also need a Shearer entity with name and phone"
    ) == ["Shearer(name:str,phone:str)"]


def test_praise_of_things_not_written_as_an_entity_is_asked() -> None:
    asked("Alpacas are working well, but we also need the halter size")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Expense needs a vat reclaimable flag as well, though.",
         ["Expense(vat_reclaimable:bool)"]),
        ("The Kart entity needs a tyre pressure (number) as well though.",
         ["Kart(tyre_pressure:float)"]),
        ("Add a fleece grade to Alpaca though", ["Alpaca(fleece_grade:str)"]),
    ],
)  # fmt: skip
def test_though_ending_a_sentence_is_never_a_field(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected


# --- names written as entities' -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rename Journey to MileageTrip", ["MileageTrip<Journey()"]),
        ("Journey should be called MileageTrip", ["MileageTrip<Journey()"]),
        ("the Shift should be called PriceBand", ["PriceBand<Shift()"]),
        ("rename Bird to FlyingBird", ["FlyingBird<Bird()"]),
    ],
)
def test_two_names_written_as_entities_rename_the_entity(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.RENAME_ENTITY) == expected


@pytest.mark.parametrize(
    "text",
    ["rename Phone to Mobile Number", "the Start should be called Start Date",
     "rename Mileage to Mileage Claim"],
)  # fmt: skip
def test_names_ending_in_a_value_word_are_not_read_as_an_entity_renamed(text: str) -> None:
    result = read(text)
    assert result.intent is not Intent.RENAME_ENTITY, shape(result)
    assert result.status == "needs_clarification", shape(result)


# --- days that happen are things ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers cover distribution days", ["Volunteer() many_to_many>DistributionDay"]),
        ("Marshals cover race days", ["Marshal() many_to_many>RaceDay"]),
        ("Coaches run training days", ["Coach() many_to_many>TrainingDay"]),
    ],
)
def test_days_that_happen_after_a_verb_of_doing_are_linked(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize("text", ["Staff work weekend days", "Volunteers cover days"])
def test_which_days_someone_works_links_nothing(text: str) -> None:
    asked(text)


# --- the words around a list or a change ----------------------------------------------------------
def test_a_gloss_in_brackets_before_a_list_is_no_part_of_it() -> None:
    assert accepted(
        "we need a thing for kite spools (the big wooden reels the instructors carry) - label, "
        "line length (number), damaged y/n"
    ) == ["KiteSpool(label:str,line_length:float,damaged:bool)"]
    assert accepted(
        "Observers (the people who come on club nights) - name, phone, member since (date)"
    ) == ["Observer(name:str,phone:str,member_since:date)"]


def test_a_type_said_after_a_comma_is_the_values_type() -> None:
    assert accepted(
        "we are now noting the kiln humidity on every Firing, as a percentage", Intent.ADD_FIELDS
    ) == ["Firing(kiln_humidity:float)"]
    assert accepted("add a paddock to Alpaca, as a number", Intent.ADD_FIELDS) == [
        "Alpaca(paddock:float)"
    ]


def test_columns_after_a_comma_open_the_list_as_a_colon_does() -> None:
    assert accepted(
        "new table for kart hires, columns: kart_number, hire_date (date), laps (int)"
    ) == ["KartHire(kart_number:str,hire_date:date,laps:int)"]


def test_choices_in_brackets_are_one_values_choices() -> None:
    assert accepted(
        "we need to start recording the launch type (tether, free flight or static) on each "
        "BalloonFlight.",
        Intent.ADD_FIELDS,
    ) == ["BalloonFlight(launch_type:str)"]


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("Tariq, the Kart entity needs a top speed (number) as well", Intent.ADD_FIELDS,
         ["Kart(top_speed:float)"]),
        ("Tariq mate, from now on we also write down the burner hours (number) for every "
         "Balloon", Intent.ADD_FIELDS, ["Balloon(burner_hours:float)"]),
        ("Tariq can you set up two things, ringers with a name and a phone, and peals with "
         "the peal date. Every peal is rung by one ringer.", Intent.CREATE_ENTITY,
         ["Ringer(name:str,phone:str)", "Peal(peal_date:date) many_to_one>Ringer"]),
    ],
)  # fmt: skip
def test_the_person_written_to_is_no_thing(text: str, intent: Intent, expected: list[str]) -> None:
    assert accepted(text, intent) == expected


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("Telescope, add a focal length (number)", Intent.ADD_FIELDS,
         ["Telescope(focal_length:float)"]),
        ("ObservingSession, add a moon phase", Intent.ADD_FIELDS,
         ["ObservingSession(moon_phase:str)"]),
        ("Ok, add a ring number to Falcon", Intent.ADD_FIELDS, ["Falcon(ring_number:str)"]),
        ("Delete the Kiln entity", Intent.REMOVE_ENTITY, ["Kiln()"]),
        ("Rename the Kart entity to RaceKart", Intent.RENAME_ENTITY, ["RaceKart<Kart()"]),
        ("Extend the Bell entity with a cast year (number)", Intent.ADD_FIELDS,
         ["Bell(cast_year:float)"]),
    ],
)  # fmt: skip
def test_a_things_name_then_a_comma_then_a_change_changes_that_thing(
    text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(text, intent) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tariq,\n\nThe glass buyer says we need a kiln number on the GlassPiece entity, can you "
         "add it?\n\nMum", ["GlassPiece(kiln_number:str)"]),
        ("The Kart entity needs a top speed (number) as well.\nThanks,\nMo x",
         ["Kart(top_speed:float)"]),
    ],
)  # fmt: skip
def test_a_name_signed_on_the_last_line_is_no_thing(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected


def test_a_last_line_after_a_colon_is_not_a_signature() -> None:
    result = read("Please add the following to Customer:\nPhone")
    assert result.status == "needs_clarification" or shape(result) == ["Customer(phone:str)"]


def test_a_number_said_after_a_comma_keeps_its_type() -> None:
    assert accepted(
        "add the line tension to each Balloon, as a number",
        Intent.ADD_FIELDS,
    ) == ["Balloon(line_tension:float)"]


def test_a_long_chatty_removal_is_read_whole() -> None:
    text = "the Hawk entity can go, " + "the boss said ok and " * 940 + "the boss said ok"
    assert 19_000 < len(text) <= 20_000
    result = read(text)
    assert result.intent is not Intent.CREATE_ENTITY or result.status != "recognized"
    long_list = "Falcons (the birds we fly every day) - " + ", ".join(
        f"value {chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(1950)
    )
    assert 19_000 < len(long_list) <= 20_000
    assert read(long_list).status in ("recognized", "needs_clarification")


# --- probes: requests of this family in ten trades, each with the reading a person means ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Falcons: name, species, weight in grams (number), hatch date',
         ['Falcon(name:str,species:str,weight:float,hatch_date:date)']),
        ('Locomotive: number, livery, scale, owner name',
         ['Locomotive(number:str,livery:str,scale:str,owner_name:str)']),
        ('Telescopes: name, aperture in mm (number), mount type, purchased on',
         ['Telescope(name:str,aperture:float,mount_type:str,purchased_on:date)']),
        ("I'd like to log observing sessions with the session date, the sky quality (number) "
         "and notes",
         ['ObservingSession(session_date:date,sky_quality:float,notes:str)']),
        ('Balloons: registration, envelope colour, capacity (number), last inspection',
         ['Balloon(registration:str,envelope_colour:str,capacity:float,last_inspection:str)']),
        ('Need a system for our balloon flights: flight date, launch site, passenger count '
         '(number), pilot name',
         ['BalloonFlight(flight_date:date,launch_site:str,passenger_count:float,pilot_name:str)']),
        ('Glass pieces: title, colour, weight (number), price (money)',
         ['GlassPiece(title:str,colour:str,weight:float,price:decimal)']),
        ('could you make me a thing to record kiln firings - firing date, max temperature '
         '(number), hours',
         ['KilnFiring(firing_date:date,max_temperature:float,hours:float)']),
        ('Alpacas: name, colour, birth date, fleece weight (number)',
         ['Alpaca(name:str,colour:str,birth_date:date,fleece_weight:float)']),
        ('I want to track shearings with shearing date, fleece grade and weight in kg (number)',
         ['Shearing(shearing_date:date,fleece_grade:str,weight:float)']),
        ('set up races: race date, laps (number), winner name',
         ['Race(race_date:date,laps:float,winner_name:str)']),
        ('Bells: name, weight in kg (number), cast year (number), note',
         ['Bell(name:str,weight:float,cast_year:float,note:str)']),
        ('Roofs: address, roof area (number), reed type, thatched on',
         ['Roof(address:str,roof_area:float,reed_type:str,thatched_on:date)']),
        ('can u do me a list of jobs - customer name, address, quote amount (money), start date',
         ['Job(customer_name:str,address:str,quote_amount:decimal,start_date:date)']),
        ('Panels: serial number, wattage (number), installed on',
         ['Panel(serial_number:str,wattage:float,installed_on:date)']),
        ('we need to keep installs with the install date, the address and the number of panels '
         '(number)',
         ['Install(install_date:date,address:str,panels:float)']),
        ('As a pilot I want to record balloon flights with flight date and landing site so that '
         'I can log hours',
         ['BalloonFlight(flight_date:date,landing_site:str)']),
        ('Dear Priya, we would like a register of our glass courses: course title, course date, '
         'places (number) and price (money). Kind regards, Lin',
         ['GlassCourse(course_title:str,course_date:date,places:float,price:decimal)']),
        ('New: Lap times - kart number, lap time in seconds (number), lap date',
         ['LapTime(kart_number:str,lap_time:float,lap_date:date)']),
        ('Towers: name, number of bells (number), town',
         ['Tower(name:str,bells:float,town:str)']),
        ('Surveys: address, survey date, roof direction',
         ['Survey(address:str,survey_date:date,roof_direction:str)']),
        ('Customers: name, phone, email',
         ['Customer(name:str,phone:str,email:email)']),
    ],
)  # fmt: skip
def test_probe_a_new_thing_with_its_values_is_created(text: str, expected: list[str]) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.CREATE_ENTITY)) == _names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Falcon entity is working great, but we also need the ring number.',
         ['Falcon(ring_number:str)']),
        ('Falcon should also have a ring number',
         ['Falcon(ring_number:str)']),
        ('Falcon + ring number',
         ['Falcon(ring_number:str)']),
        ('Locomotive needs a purchase date as well',
         ['Locomotive(purchase_date:date)']),
        ('The Locomotive entity is fine, but we also need the purchase price (money).',
         ['Locomotive(purchase_price:decimal)']),
        ('Locomotive needs a purchase price as well, though.',
         ['Locomotive(purchase_price:decimal)']),
        ('Telescope should also hold the focal length (number)',
         ['Telescope(focal_length:float)']),
        ('add a last collimated date to Telescope',
         ['Telescope(last_collimated_date:date)']),
        ('Balloon needs a burner hours (number) too',
         ['Balloon(burner_hours:float)']),
        ('please add wind speed (number) to BalloonFlight',
         ['BalloonFlight(wind_speed:float)']),
        ('GlassPiece should have a maker name as well',
         ['GlassPiece(maker_name:str)']),
        ('The GlassPiece entity is good, but we need also the sold date',
         ['GlassPiece(sold_date:date)']),
        ('Alpaca needs a microchip number as well',
         ['Alpaca(microchip_number:str)']),
        ('The Alpaca entity is working well, but we also need the sire name',
         ['Alpaca(sire_name:str)']),
        ('Alpaca + microchip number',
         ['Alpaca(microchip_number:str)']),
        ('The Race entity is great, but we also need the weather',
         ['Race(weather:str)']),
        ('Bell should also show the tower name',
         ['Bell(tower_name:str)']),
        ('Ringer needs a phone number as well',
         ['Ringer(phone_number:str)']),
        ('Job needs a finish date as well',
         ['Job(finish_date:date)']),
        ('The Job entity works well, but we also need the reed bundles used (number).',
         ['Job(reed_bundles_used:float)']),
        ('Panel needs a warranty end date as well',
         ['Panel(warranty_end_date:date)']),
        ('The Install entity is fine, but we need also the roof pitch (number)',
         ['Install(roof_pitch:float)']),
        ('Hi Sam, the Falcon screen is great. Could Falcon also have a moult start date? '
         'Thanks, Jo',
         ['Falcon(moult_start_date:date)']),
        ('As a falconer I want each Falcon to also record its diet so that I can plan feeding',
         ['Falcon(diet:str)']),
        ("Ticket #88: add field 'track length' (number) to Layout",
         ['Layout(track_length:float)']),
        ('hiya can u add the gauge to the Locomotive thing pls',
         ['Locomotive(gauge:str)']),
        ('Telescope: also store the serial number',
         ['Telescope(serial_number:str)']),
        ('Re: observing log\\n\\nLooks good. The ObservingSession entity needs a moon phase as '
         'well though.',
         ['ObservingSession(moon_phase:str)']),
        ('Balloon Flight should also show the landing site',
         ['BalloonFlight(landing_site:str)']),
        ('Alpaca shud also have the halter size',
         ['Alpaca(halter_size:str)']),
        ('we now also want to record the paddock on every Alpaca',
         ['Alpaca(paddock:str)']),
        ('The Bell entity is working fine, but we also need the tuning note',
         ['Bell(tuning_note:str)']),
        ('Job should hold a deposit paid flag too',
         ['Job(deposit_paid:bool)']),
        ('Panel needs a batch code as well, though',
         ['Panel(batch_code:str)']),
        ('The Customer entity is fine but we also need the postcode',
         ['Customer(postcode:str)']),
    ],
)  # fmt: skip
def test_probe_values_for_a_thing_said_to_exist_are_added_to_it(
    text: str, expected: list[str]
) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.ADD_FIELDS)) == _names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('each falconer handles many falcons',
         ['Falconer() many_to_many>Falcon']),
        ('Falconers fly display birds',
         ['Falconer() many_to_many>DisplayBird']),
        ('members own locomotives',
         ['Member() many_to_many>Locomotive']),
        ('each locomotive belongs to one member',
         ['Locomotive() many_to_one>Member']),
        ('Observers book telescopes',
         ['Observer() many_to_many>Telescope']),
        ('each observing session uses one telescope',
         ['ObservingSession() many_to_one>Telescope']),
        ('Pilots fly balloon flights',
         ['Pilot() many_to_many>BalloonFlight']),
        ('every balloon flight has one pilot',
         ['BalloonFlight() many_to_one>Pilot']),
        ('Makers blow glass pieces',
         ['Maker() many_to_many>GlassPiece']),
        ('each glass piece is made by one maker',
         ['GlassPiece() many_to_one>Maker']),
        ('each shearing is for one alpaca',
         ['Shearing() many_to_one>Alpaca']),
        ('Shearers shear alpacas',
         ['Shearer() many_to_many>Alpaca']),
        ('each race has many drivers',
         ['Race() many_to_many>Driver']),
        ('Marshals cover race days',
         ['Marshal() many_to_many>RaceDay']),
        ('Ringers ring peals',
         ['Ringer() many_to_many>Peal']),
        ('each peal is rung at one tower',
         ['Peal() many_to_one>Tower']),
        ('Thatchers work on jobs',
         ['Thatcher() many_to_many>Job']),
        ('each job is on one roof',
         ['Job() many_to_one>Roof']),
        ('Installers fit panels',
         ['Installer() many_to_many>Panel']),
        ('each panel belongs to one install',
         ['Panel() many_to_one>Install']),
    ],
)  # fmt: skip
def test_probe_a_link_said_between_things_is_a_relationship(text: str, expected: list[str]) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.ADD_RELATIONSHIP)) == _names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('the Hawk entity can go, the boss said ok',
         ['Hawk()']),
        ('please delete the Hawk table, the display season is over',
         ['Hawk()']),
        ('the Wagon entity can go now, we sold them all',
         ['Wagon()']),
        ("we don't use the Wagon table any more, please remove it",
         ['Wagon()']),
        ('the Eyepiece entity can go, honestly nobody uses it',
         ['Eyepiece()']),
        ('drop the Eyepiece entity, the boss said fine',
         ['Eyepiece()']),
        ('remove the Voucher entity, the gift voucher scheme is finished',
         ['Voucher()']),
        ('the Voucher entity can go, the gift voucher scheme is finished',
         ['Voucher()']),
        ('the Commission entity can go now, no more commissions lol',
         ['Commission()']),
        ('get rid of the Commission entity, the boss said ok',
         ['Commission()']),
        ('the Trek entity can go, the alpaca treks are over',
         ['Trek()']),
        ('we no longer need the Trek entity',
         ['Trek()']),
        ('the Sponsor entity can go, the sponsorship deal is over',
         ['Sponsor()']),
        ('the Quarter entity can go, nobody rings quarters now',
         ['Quarter()']),
        ('remove the Quote entity, the boss said ok',
         ['Quote()']),
        ('the Quote entity can go, quotes are done on paper now',
         ['Quote()']),
        ('the Survey entity can go now, surveys are over',
         ['Survey()']),
        ('the Passenger entity can go, the boss says so',
         ['Passenger()']),
        ('pls delete the Commission table, the boss said its fine',
         ['Commission()']),
        ('the Survey entity can go now, the boss said ok',
         ['Survey()']),
    ],
)  # fmt: skip
def test_probe_a_thing_said_to_go_is_removed_whole(text: str, expected: list[str]) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.REMOVE_ENTITY)) == _names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('the Bird entity should be called Raptor',
         ['Raptor<Bird()']),
        ('rename Bird to FlyingBird',
         ['FlyingBird<Bird()']),
        ('rename Layout to TrackLayout',
         ['TrackLayout<Layout()']),
        ('The Session entity should now be called StarParty',
         ['StarParty<Session()']),
        ('rename Flight to BalloonRide',
         ['BalloonRide<Flight()']),
        ('the Flight entity should be called BalloonRide',
         ['BalloonRide<Flight()']),
        ('GlassPiece should be called Artwork',
         ['Artwork<GlassPiece()']),
        ('rename Trek to AlpacaWalk',
         ['AlpacaWalk<Trek()']),
        ('the Heat entity should be called Qualifier',
         ['Qualifier<Heat()']),
        ('rename Race to KartRace',
         ['KartRace<Race()']),
        ('the Peal entity should be called PealRecord',
         ['PealRecord<Peal()']),
        ('the Roof entity should be called Property',
         ['Property<Roof()']),
        ('rename Install to Installation',
         ['Installation<Install()']),
        ('Install should be called SolarInstall',
         ['SolarInstall<Install()']),
        ('the Roof entity should be called ThatchedRoof',
         ['ThatchedRoof<Roof()']),
    ],
)  # fmt: skip
def test_probe_a_thing_given_another_name_is_renamed(text: str, expected: list[str]) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.RENAME_ENTITY)) == _names(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('On Falcon, the weight field should be called flying weight',
         ['Falcon(flying_weight:str<weight)']),
        ('rename the colour field on GlassPiece to glass colour',
         ['GlassPiece(glass_colour:str<colour)']),
    ],
)  # fmt: skip
def test_probe_a_value_given_another_name_is_renamed(text: str, expected: list[str]) -> None:
    assert _names(accepted(text.replace("\\n", "\n"), Intent.RENAME_FIELD)) == _names(expected)
