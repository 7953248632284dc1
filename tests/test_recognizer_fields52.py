"""Field names and types said in everyday English: what a person writes about a field is read
as meant, or asked about (fields52).

Every request here is written for this file (none is copied from the corpus), in trades no one
else here has used (observatories, pest control, funeral homes, chess clubs, vending, mushroom
farms, locksmiths, clock repair, bowling, solar installs, kites, falconry, ice rinks, tree
surgery, pawn shops, karaoke, lighthouses, …). What a person relies on:

- "whether they need parking" is needs_parking, as "whether it needs sun" is needs_sun (it was
  is_need_parking, accepted); an adverb after "they" ("still") is no part of the name.
- "whether a chipper is needed", "whether lunch is included": a thing of the record's own and its
  state name the yes/no (chipper_needed; "needed" was dropped as a marker, accepted as
  is_chipper); said of the record itself ("whether the trailer is insured" on Trailer) it stays
  is_insured.
- "(small, medium or large)", "(brass or chrome)": the values one field takes, never fields of a
  thing of their own (they were an entity Size with fields single, double, king).
- "(1-5)", "(1, 2 or 3)": whole numbers, unless the name is a rating or a score.
- "(number of)", "(how many)" after a plural: a count (it was a field number_of of an entity).
- a "handicap" is a number with decimals; a "valuation" is money; an area in m2 a float;
  "last topped up" a date; "crowd size" a count; "hours run" a count as "hours flown" is;
  "Add serviced on to X" adds serviced_on (it was a yes/no serviced).
- "Add F to X, it's money, optional": the type and the marker are F's (optional was lost).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


# --- "whether they <verb> …" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Glider with tail number, whether they need a tow and whether they fly solo",
         ["Glider(tail_number:str,needs_tow:bool,flies_solo:bool)"]),
        ("Create a Caddie with name and whether they still carry bags",
         ["Caddie(name:str,carries_bags:bool)"]),
        ("Track tenants with name and whether they smoke", ["Tenant(name:str,smokes:bool)"]),
        ("Track guests with name, whether they watch the news and whether they carry a pass",
         ["Guest(name:str,watches_news:bool,carries_pass:bool)"]),
    ],
)  # fmt: skip
def test_whether_they_do_something_is_said_of_the_record(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_whether_they_need_something_added_to_a_named_entity() -> None:
    assert accepted("Add whether they need parking to Guest", Intent.ADD_FIELDS) == [
        "Guest(needs_parking:bool)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create an Apprentice with name and whether they are certified",
         ["Apprentice(name:str,is_certified:bool)"]),
        ("Track guests with name and whether they have a car", ["Guest(name:str,has_car:bool)"]),
        ("Track pupils with name and whether they are walking",
         ["Pupil(name:str,is_walking:bool)"]),
    ],
)  # fmt: skip
def test_whether_they_are_or_have_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- "whether a thing is in a state" -------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Bathhouse with name, whether towels are included and whether the sauna is "
         "heated", ["Bathhouse(name:str,towels_included:bool,sauna_heated:bool)"]),
        ("Create a Roofing Job with address, whether a scaffold is needed and the price",
         ["RoofingJob(address:str,scaffold_needed:bool,price:decimal)"]),
        ("Blacksmith courses: title, days, max students, price per student, whether lunch is "
         "included", ["BlacksmithCourse(title:str,days:int,max_students:int,"
                      "price_per_student:decimal,lunch_included:bool)"]),
    ],
)  # fmt: skip
def test_whether_a_thing_of_its_own_is_so_names_the_thing_and_its_state(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Trailer with plate and whether the trailer is insured",
         ["Trailer(plate:str,is_insured:bool)"]),
        ("Create campaigns with name, budget and whether the campaign is active",
         ["Campaign(name:str,budget:decimal,is_active:bool)"]),
        ("Create a Cold Room with code and whether the room is locked",
         ["ColdRoom(code:str,is_locked:bool)"]),
    ],
)  # fmt: skip
def test_whether_the_record_itself_is_so_stays_is_state(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- values joined by "or" in brackets -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Mower with code, blade (straight, curved or mulching), and price",
         ["Mower(code:str,blade:str,price:decimal)"]),
        ("Add a delivery slot (morning or afternoon) to Order", ["Order(delivery_slot:str)"]),
    ],
)  # fmt: skip
def test_values_joined_by_or_are_one_text_field(request_text: str, expected: list[str]) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert accepted(request_text, intent) == expected


def test_values_joined_by_or_are_never_an_entity_of_fields() -> None:
    result = read(
        "Quilting club: quilts with pattern name, maker, size (single, double or king), "
        "number of blocks and finished (yes or no)"
    )
    assert not any(s.startswith("Size(") for s in shape(result))
    assert "single" not in ",".join(shape(result))


def test_a_plural_before_values_joined_by_or_is_no_thing_of_its_own() -> None:
    result = read(
        "Keep track of coffin orders: family name, coffin model, handles (brass or chrome), "
        "lining colour, delivery date"
    )
    assert not any(s.startswith("Handle(") for s in shape(result))
    # a count of handles is not what the values say: accepted only as text
    assert result.status != "recognized" or "handles:int" not in ",".join(shape(result))


def test_yes_or_no_in_brackets_stays_a_yes_no() -> None:
    assert accepted("Create a Mower with code, guard (yes or no) and price") == [
        "Mower(code:str,guard:bool,price:decimal)"
    ]


# --- whole numbers in brackets -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Kayak with code, stability (1-5), rating (1-5) and price",
         ["Kayak(code:str,stability:int,rating:float,price:decimal)"]),
        ("Create a Kayak with code, difficulty (1 to 4), comfort score (1-10)",
         ["Kayak(code:str,difficulty:int,comfort_score:float)"]),
        ("Ice rink: coaches with name, level (1, 2 or 3), hourly fee, DBS checked (y/n)",
         ["Coach(name:str,level:int,hourly_fee:decimal,dbs_checked:bool)"]),
    ],
)  # fmt: skip
def test_a_scale_of_whole_numbers_is_an_int_but_a_rating_stays_a_float(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- a count said in brackets --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Sledge with code, runners (number of), and colour",
         ["Sledge(code:str,runners:int,colour:str)"]),
        ("Create a Sledge with code, seats (how many), and colour",
         ["Sledge(code:str,seats:int,colour:str)"]),
        ("Chess tournaments with name, venue, rounds (number of), entry fee and time control",
         ["ChessTournament(name:str,venue:str,rounds:int,entry_fee:decimal,time_control:str)"]),
    ],
)  # fmt: skip
def test_number_of_in_brackets_counts_the_plural(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_bare_number_in_brackets_is_still_any_number() -> None:
    assert accepted("Create a Sledge with code, runners (number), and colour") == [
        "Sledge(code:str,runners:float,colour:str)"
    ]


# --- the words of a field's type -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Pawn Ticket with code, item and valuation",
         ["PawnTicket(code:str,item:str,valuation:decimal)"]),
        ("Create a Golfer with name and handicap", ["Golfer(name:str,handicap:float)"]),
        ("Create a Barn with code and floor area (m2)", ["Barn(code:str,floor_area:float)"]),
        ("Create a Pond with code, last topped up and last dredged",
         ["Pond(code:str,last_topped_up:date,last_dredged:date)"]),
        ("Create a Rally with venue and crowd size", ["Rally(venue:str,crowd_size:int)"]),
        ("Create a Generator with code, hours run and fuel type",
         ["Generator(code:str,hours_run:int,fuel_type:str)"]),
    ],
)  # fmt: skip
def test_the_words_of_a_field_say_its_type(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a plural needed is how many (or which): no yes/no
        ("Create a Roofing Job with address, tiles needed and price",
         ["RoofingJob(address:str,tiles_needed:int,price:decimal)"]),
        # an area said without a unit may be a place: text, as before
        ("Create a Barn with code and area", ["Barn(code:str,area:str)"]),
    ],
)  # fmt: skip
def test_near_misses_keep_their_type(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- "on" before "to" ----------------------------------------------------------------------------
def test_a_participle_and_on_before_to_is_the_day_field() -> None:
    assert accepted("Add serviced on to Generator", Intent.ADD_FIELDS) == [
        "Generator(serviced_on:date)"
    ]


def test_a_thing_put_on_to_an_owner_keeps_its_name() -> None:
    assert accepted("Add a barcode sticker on to Crate", Intent.ADD_FIELDS) == [
        "Crate(barcode_sticker:str)"
    ]


# --- a type and a marker said after the owner as a sentence -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a hire charge to Marquee, it's money, optional", ["Marquee(hire_charge:decimal?)"]),
        ("Add a tare weight to Skip, it is a float, required", ["Skip(tare_weight:float)"]),
    ],
)  # fmt: skip
def test_its_type_and_marker_after_the_owner_belong_to_the_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- long input ----------------------------------------------------------------------------------
def test_a_long_run_of_bracketed_values_is_read_without_trouble() -> None:
    values = ", ".join(f"v{i}" for i in range(2000))
    request = f"Create a Mower with code, blade ({values} or w) and whether they " + "need " * 700
    result = read(request)
    assert result.status == "needs_clarification"


# --- the probes: requests of this family in many voices, each with the reading meant ----------
# Each is read as listed, or asked; an accepted reading other than the one meant is the
# worst outcome. (Probes still asked today are listed in ASKED_PROBES: they must never be
# accepted as a reading that drops or renames what was said.)
PROBES = [
    (
        "Create a system to track telescopes with name, aperture (mm), focal length in "
        "millimetres and whether it is motorised",
        Intent.CREATE_ENTITY,
        [
            "Telescope(name:str,aperture:float,focal_length:float,is_motorised:bool)",
        ],
    ),
    (
        "I need an app for an observatory: observing sessions with the observer's name, "
        "start time, seeing conditions (1-5) and notes (optional)",
        Intent.CREATE_ENTITY,
        [
            "ObservingSession(observer_name:str,start_time:datetime,seeing_conditions:int,notes:str?)",
        ],
    ),
    (
        "Observatory - Star charts: title, epoch year, magnitude limit (decimal), whether "
        "it's laminated",
        Intent.CREATE_ENTITY,
        [
            "StarChart(title:str,epoch_year:int,magnitude_limit:decimal,is_laminated:bool)",
        ],
    ),
    (
        "Pest control: treatments with product name, dose in ml, whether a follow up is "
        "needed, technician notes if any",
        Intent.CREATE_ENTITY,
        [
            "Treatment(product_name:str,dose:float,follow_up_needed:bool,technician_notes:str?)",
        ],
    ),
    (
        "Chess club: games with white player, black player, result (1-0, 0-1 or draw), "
        "number of moves and opening name",
        Intent.CREATE_ENTITY,
        [
            "Game(white_player:str,black_player:str,result:str,moves:int,opening_name:str)",
        ],
    ),
    (
        "Add a time control to Game",
        Intent.ADD_FIELDS,
        [
            "Game(time_control:str)",
        ],
    ),
    (
        "Track vending machine restocks: machine code, items added (count), restocked by, "
        "restocked at",
        Intent.CREATE_ENTITY,
        [
            "VendingMachineRestock(machine_code:str,items_added:int,restocked_by:str,restocked_at:datetime)",
        ],
    ),
    (
        "Mushroom farm app. Batches: strain, substrate weight (kg), inoculation date, "
        "harvest date if known, yield in grams",
        Intent.CREATE_ENTITY,
        [
            "Batch(strain:str,substrate_weight:float,inoculation_date:date,harvest_date:date?,yield_value:float)",
        ],
    ),
    (
        "Grow rooms with room number, humidity %, temperature (°C), CO2 ppm",
        Intent.CREATE_ENTITY,
        [
            "GrowRoom(room_number:str,humidity:float,temperature:float,co2_ppm:float)",
        ],
    ),
    (
        "Locksmith jobs: customer's phone number, lock brand, key code (if known), "
        "call-out fee and whether it was an emergency",
        Intent.CREATE_ENTITY,
        [
            "LocksmithJob(customer_phone_number:str,lock_brand:str,key_code:str?,call_out_fee:decimal,is_emergency:bool)",
        ],
    ),
    (
        "Create a clock repair shop system with clocks: maker, year made (approx), "
        "movement type, estimated value, condition notes",
        Intent.CREATE_ENTITY,
        [
            "Clock(maker:str,year_made:int,movement_type:str,estimated_value:decimal,condition_notes:str)",
        ],
    ),
    (
        "Bowling alley: lanes with lane number, oil pattern, out of order (yes/no)",
        Intent.CREATE_ENTITY,
        [
            "Lane(lane_number:str,oil_pattern:str,out_of_order:bool)",
        ],
    ),
    (
        "Bowling leagues with league name, night of the week, team size and weekly fee",
        Intent.CREATE_ENTITY,
        [
            "BowlingLeague(league_name:str,night_of_week:str,team_size:int,weekly_fee:decimal)",
        ],
    ),
    (
        "Add the bowler's handicap to Bowler",
        Intent.ADD_FIELDS,
        [
            "Bowler(handicap:float)",
        ],
    ),
    (
        "Solar installs: site address, panel count, system size (kW), inverter model, "
        "installed on (date), grid connected?",
        Intent.CREATE_ENTITY,
        [
            "SolarInstall(site_address:str,panel_count:int,system_size:float,inverter_model:str,installed_on:date,grid_connected:bool)",
        ],
    ),
    (
        "Kite club. Kites: name, wingspan (m), line length, colour, whether it has a tail",
        Intent.CREATE_ENTITY,
        [
            "Kite(name:str,wingspan:float,line_length:float,colour:str,has_tail:bool)",
        ],
    ),
    (
        "Falconry centre: birds with name, species, weight in grams, date hatched, flying "
        "weight, and whether they're imprinted",
        Intent.CREATE_ENTITY,
        [
            "Bird(name:str,species:str,weight:float,date_hatched:date,flying_weight:float,is_imprinted:bool)",
        ],
    ),
    (
        "Ice rink: skate hire with shoe size, hire date, returned (y/n), deposit",
        Intent.CREATE_ENTITY,
        [
            "SkateHire(shoe_size:str,hire_date:date,returned:bool,deposit:decimal)",
        ],
    ),
    (
        "Ice rink sessions: start time, end time, max skaters, price per person, is it a "
        "disco session",
        Intent.CREATE_ENTITY,
        [
            "IceRinkSession(start_time:datetime,end_time:datetime,max_skaters:int,price_per_person:decimal,is_disco_session:bool)",
        ],
    ),
    (
        "Tree surgery jobs: client name, tree species, height (approx, metres), quote "
        "amount, TPO protected?",
        Intent.CREATE_ENTITY,
        [
            "TreeSurgeryJob(client_name:str,tree_species:str,height:float,quote_amount:decimal,tpo_protected:bool)",
        ],
    ),
    (
        "As a funeral director I want to record coffins with model, wood, length (cm) and "
        "price so that I can quote families",
        Intent.CREATE_ENTITY,
        [
            "Coffin(model_value:str,wood:str,length:float,price:decimal)",
        ],
    ),
    (
        "As a chess coach I want lessons to have a student, a date, a duration in minutes "
        "and homework (optional)",
        Intent.CREATE_ENTITY,
        [
            "Lesson(student:str,date_value:date,duration:int,homework:str?)",
        ],
    ),
    (
        "As a locksmith I want to log keys cut with blank type, quantity and the customer's name",
        Intent.CREATE_ENTITY,
        [
            "Key(blank_type:str,quantity:int,customer_name:str)",
        ],
    ),
    (
        "User story: as a mushroom grower I want to log each harvest with the weight "
        "picked, the grade (A, B or C) and who picked it",
        Intent.CREATE_ENTITY,
        [
            "Harvest(weight_picked:float,grade:str,picked_by:str)",
        ],
    ),
    (
        'Ticket #812: Vending - please add a "last serviced" date to Machine',
        Intent.ADD_FIELDS,
        [
            "Machine(last_serviced_date:date)",
        ],
    ),
    (
        "Ticket 44 - Kites should have a price too (decimal)",
        Intent.ADD_FIELDS,
        [
            "Kite(price:decimal)",
        ],
    ),
    (
        "JIRA-301 Falconry: add ring number to Bird, optional",
        Intent.ADD_FIELDS,
        [
            "Bird(ring_number:str?)",
        ],
    ),
    (
        "Please make the humidity on GrowRoom a float",
        Intent.MODIFY_FIELDS,
        [
            "GrowRoom(humidity:float)",
        ],
    ),
    (
        "Change the weekly fee on League to decimal",
        Intent.MODIFY_FIELDS,
        [
            "League(weekly_fee:decimal)",
        ],
    ),
    (
        "Make the quote amount on TreeJob optional",
        Intent.MODIFY_FIELDS,
        [
            "TreeJob(quote_amount:decimal?)",
        ],
    ),
    (
        "Can we make deposit on SkateHire not required",
        Intent.MODIFY_FIELDS,
        [
            "SkateHire(deposit:decimal?)",
        ],
    ),
    (
        "Change panel_count on SolarInstall to integer",
        Intent.MODIFY_FIELDS,
        [
            "SolarInstall(panel_count:int)",
        ],
    ),
    (
        "Email from the chess club secretary:\n\nCould you make us a database of players? "
        "We want first name, last name, their club rating, date of birth and whether they "
        "are a junior.",
        Intent.CREATE_ENTITY,
        [
            "Player(first_name:str,last_name:str,club_rating:float,date_of_birth:date,is_junior:bool)",
        ],
    ),
    (
        "- Entity: Telescope\n- Fields: name (text), aperture (integer, mm), focal ratio "
        "(decimal), motorised (boolean)",
        Intent.CREATE_ENTITY,
        [
            "Telescope(name:str,aperture:int,focal_ratio:decimal,motorised:bool)",
        ],
    ),
    (
        "* Mushroom batch\n  * strain name\n  * bags (number of)\n  * spawn date\n  * "
        "first flush date (optional)",
        Intent.CREATE_ENTITY,
        [
            "MushroomBatch(strain_name:str,bags:int,spawn_date:date,first_flush_date:date?)",
        ],
    ),
    (
        "Requirements:\n1. The system shall store kites.\n2. Each kite shall have a name, "
        "a span in metres and a weight in grams.\n3. The colour is optional.",
        Intent.CREATE_ENTITY,
        [
            "Kite(name:str,span:float,weight:float,colour:str?)",
        ],
    ),
    (
        "REQ-7 The locksmith system shall record jobs with the address, the lock type, the "
        "time of arrival and the total charged.",
        Intent.CREATE_ENTITY,
        [
            "Job(address:str,lock_type:str,time_of_arrival:datetime,total_charged:decimal)",
        ],
    ),
    (
        "Birds(name, species, weight_g: float, hatched: date, imprinted: bool)",
        Intent.CREATE_ENTITY,
        [
            "Bird(name:str,species:str,weight_g:float,hatched:date,imprinted:bool)",
        ],
    ),
    (
        "model Lane { number Int, pattern String, faulty Boolean }",
        Intent.CREATE_ENTITY,
        [
            "Lane(number:int,pattern:str,faulty:bool)",
        ],
    ),
    (
        "Pawn shop tickets with the ticket no, item, valuation, date pawned and whether "
        "the item was sold",
        Intent.CREATE_ENTITY,
        [
            "PawnShopTicket(ticket_no:str,item:str,valuation:decimal,date_pawned:date,item_sold:bool)",
        ],
    ),
    (
        "Greenhouse nursery: plants with latin name, common name, pot size (1L, 2L or 5L), "
        "price and stock on hand",
        Intent.CREATE_ENTITY,
        [
            "Plant(latin_name:str,common_name:str,pot_size:str,price:decimal,stock_on_hand:int)",
        ],
    ),
    (
        "Wedding planner: weddings with couple names, wedding date, venue, guest count, "
        "budget and whether the venue is booked",
        Intent.CREATE_ENTITY,
        [
            "Wedding(couple_names:str,wedding_date:date,venue:str,guest_count:int,budget:decimal,venue_booked:bool)",
        ],
    ),
    (
        "Wedding suppliers: company name, category (florist, caterer, photographer or "
        "band), contact email and deposit paid?",
        Intent.CREATE_ENTITY,
        [
            "WeddingSupplier(company_name:str,category:str,contact_email:email,deposit_paid:bool)",
        ],
    ),
    (
        "Balloon envelopes with serial number, volume in cubic feet, hours flown and date "
        "of next inspection",
        Intent.CREATE_ENTITY,
        [
            "BalloonEnvelope(serial_number:str,volume:float,hours_flown:int,date_of_next_inspection:date)",
        ],
    ),
    (
        "Karaoke bar: songs with title, artist, key, length in seconds and times sung",
        Intent.CREATE_ENTITY,
        [
            "Song(title:str,artist:str,key_value:str,length:int,times_sung:int)",
        ],
    ),
    (
        "Taxidermy commissions: species, client name, pose, date received, deposit taken "
        "and when it was collected",
        Intent.CREATE_ENTITY,
        [
            "TaxidermyCommission(species:str,client_name:str,pose:str,date_received:date,deposit_taken:decimal,collected_date:date)",
        ],
    ),
    (
        "Chimney sweep visits: address, flue type, date swept, soot level (low, medium or "
        "high), certificate issued?",
        Intent.CREATE_ENTITY,
        [
            "ChimneySweepVisit(address:str,flue_type:str,date_swept:date,soot_level:str,certificate_issued:bool)",
        ],
    ),
    (
        "Blacksmith orders: item, metal, weight (kg), price quoted, date due and notes if any",
        Intent.CREATE_ENTITY,
        [
            "BlacksmithOrder(item:str,metal:str,weight:float,price_quoted:decimal,date_due:date,notes:str?)",
        ],
    ),
    (
        "Vending machine products: name, price, calories, is vegan",
        Intent.CREATE_ENTITY,
        [
            "VendingMachineProduct(name:str,price:decimal,calories:int,is_vegan:bool)",
        ],
    ),
    (
        "Puppet makers: puppets with name, height in cm, maker and whether it is a marionette",
        Intent.CREATE_ENTITY,
        [
            "Puppet(name:str,height:float,maker:str,is_marionette:bool)",
        ],
    ),
    (
        "Astronomy society members with name, membership number, telescope owned "
        "(optional) and subs paid",
        Intent.CREATE_ENTITY,
        [
            "AstronomySocietyMember(name:str,membership_number:str,telescope_owned:str?,subs_paid:bool)",
        ],
    ),
    (
        "Add a reorder level to Product",
        Intent.ADD_FIELDS,
        [
            "Product(reorder_level:int)",
        ],
    ),
    (
        "Add an expiry date (if known) to Permit",
        Intent.ADD_FIELDS,
        [
            "Permit(expiry_date:date?)",
        ],
    ),
    (
        "Add fuel used (litres) to Flight",
        Intent.ADD_FIELDS,
        [
            "Flight(fuel_used:float)",
        ],
    ),
    (
        "Add a nickname and a shirt size (S, M, L or XL) to Skater",
        Intent.ADD_FIELDS,
        [
            "Skater(nickname:str,shirt_size:str)",
        ],
    ),
    (
        "Bowling: bowlers with name, handicap, average score, and whether they bowl left-handed",
        Intent.CREATE_ENTITY,
        [
            "Bowler(name:str,handicap:float,average_score:float,bowls_left_handed:bool)",
        ],
    ),
    (
        "Chess tournaments with name, venue, rounds (number of), entry fee, prize fund and "
        "time control",
        Intent.CREATE_ENTITY,
        [
            "ChessTournament(name:str,venue:str,rounds:int,entry_fee:decimal,prize_fund:str,time_control:str)",
        ],
    ),
    (
        "Observatory: meteor counts with night date, observer, meteors seen (count), sky "
        "quality (1-5) and cloud cover percentage",
        Intent.CREATE_ENTITY,
        [
            "MeteorCount(night_date:date,observer:str,meteors_seen:int,sky_quality:int,cloud_cover_percentage:float)",
        ],
    ),
    (
        "Solar: batteries with serial, capacity in kWh, cycles (count), installed date, "
        "and whether they are under warranty",
        Intent.CREATE_ENTITY,
        [
            "Battery(serial:str,capacity:int,cycles:int,installed_date:date,is_under_warranty:bool)",
        ],
    ),
    (
        "Funeral home: urns with name, material, capacity (litres), price, in stock?",
        Intent.CREATE_ENTITY,
        [
            "Urn(name:str,material:str,capacity:int,price:decimal,in_stock:bool)",
        ],
    ),
    (
        "Falconry: hunting days with date, bird, quarry taken (number), weather and notes "
        "(optional)",
        Intent.CREATE_ENTITY,
        [
            "HuntingDay(date_value:date,bird:str,quarry_taken:float,weather:str,notes:str?)",
        ],
    ),
    (
        "Vending: coin boxes with machine, emptied on, amount collected, collected by",
        Intent.CREATE_ENTITY,
        [
            "CoinBox(machine:str,emptied_on:date,amount_collected:decimal,collected_by:str)",
        ],
    ),
    (
        "Clock shop: movements with maker, jewels (number), beat rate per hour, price and "
        "whether it is serviced",
        Intent.CREATE_ENTITY,
        [
            "Movement(maker:str,jewels:float,beat_rate_per_hour:decimal,price:decimal,is_serviced:bool)",
        ],
    ),
    (
        "Tree nursery saplings: species, age in years, height (cm), price each, pot size "
        "(9cm, 2L or 10L)",
        Intent.CREATE_ENTITY,
        [
            "TreeNurserySapling(species:str,age:int,height:float,price_each:decimal,pot_size:str)",
        ],
    ),
    (
        "Pest control contracts: client, site, visits per year, annual price, start date, "
        "renewal date (if known)",
        Intent.CREATE_ENTITY,
        [
            "PestControlContract(client:str,site:str,visits_per_year:int,annual_price:decimal,start_date:date,renewal_date:date?)",
        ],
    ),
    (
        "Balloon pilots: name, licence number, hours logged, medical expiry, and whether "
        "they're an instructor",
        Intent.CREATE_ENTITY,
        [
            "BalloonPilot(name:str,licence_number:str,hours_logged:int,medical_expiry:date,is_instructor:bool)",
        ],
    ),
    (
        "Karaoke bookings: room, party name, people (number of), start time, hours booked "
        "and deposit (optional)",
        Intent.CREATE_ENTITY,
        [
            "KaraokeBooking(room:str,party_name:str,people:int,start_time:datetime,hours_booked:int,deposit:decimal?)",
        ],
    ),
    (
        "Roller derby bouts with home team, away team, home score, away score, venue and date",
        Intent.CREATE_ENTITY,
        [
            "RollerDerbyBout(home_team:str,away_team:str,home_score:float,away_score:float,venue:str,date_value:date)",
        ],
    ),
    (
        "Chimney sweep: customers with name, address, phone, number of chimneys, last "
        "swept (date) and notes if any",
        Intent.CREATE_ENTITY,
        [
            "Customer(name:str,address:str,phone:str,chimneys:int,last_swept:date,notes:str?)",
        ],
    ),
    (
        "Blacksmith courses: title, days, max students, price per student, whether lunch "
        "is included",
        Intent.CREATE_ENTITY,
        [
            "BlacksmithCourse(title:str,days:int,max_students:int,price_per_student:decimal,lunch_included:bool)",
        ],
    ),
    (
        "Lighthouse visits: visitor count, date, guide, donations taken (£)",
        Intent.CREATE_ENTITY,
        [
            "LighthouseVisit(visitor_count:int,date_value:date,guide:str,donations_taken:decimal)",
        ],
    ),
    (
        "Add the number of chimneys to Property",
        Intent.ADD_FIELDS,
        [
            "Property(chimneys:int)",
        ],
    ),
    (
        "Add a deposit amount (optional) to Booking",
        Intent.ADD_FIELDS,
        [
            "Booking(deposit_amount:decimal?)",
        ],
    ),
    (
        "Add a seating capacity and whether it has a hearing loop to Chapel",
        Intent.ADD_FIELDS,
        [
            "Chapel(seating_capacity:int,has_hearing_loop:bool)",
        ],
    ),
    (
        "Add pH (float) and nitrate level to Tank",
        Intent.ADD_FIELDS,
        [
            "Tank(ph:float,nitrate_level:str)",
        ],
    ),
    (
        "Add the price in pounds to Kite",
        Intent.ADD_FIELDS,
        [
            "Kite(price:decimal)",
        ],
    ),
    (
        "Add the date it was hatched to Bird",
        Intent.ADD_FIELDS,
        [
            "Bird(hatch_date:date)",
        ],
    ),
    (
        "Add who fitted it to CarpetJob",
        Intent.ADD_FIELDS,
        [
            "CarpetJob(fitted_by:str)",
        ],
    ),
    (
        "Add a colour (red, green or blue) to Kite",
        Intent.ADD_FIELDS,
        [
            "Kite(colour:str)",
        ],
    ),
    (
        "Add a max speed in knots to Balloon",
        Intent.ADD_FIELDS,
        [
            "Balloon(max_speed:float)",
        ],
    ),
    (
        "Add a wingspan in cm and a tail length in cm to Bird",
        Intent.ADD_FIELDS,
        [
            "Bird(wingspan:float,tail_length:float)",
        ],
    ),
    (
        'Add a "needs ladder" flag to Job',
        Intent.ADD_FIELDS,
        [
            "Job(needs_ladder:bool)",
        ],
    ),
    (
        "Add whether the customer needs a receipt to Sale",
        Intent.ADD_FIELDS,
        [
            "Sale(needs_receipt:bool)",
        ],
    ),
    (
        "Add whether they need parking to Guest",
        Intent.ADD_FIELDS,
        [
            "Guest(needs_parking:bool)",
        ],
    ),
    (
        "Make handicap on Bowler a float",
        Intent.MODIFY_FIELDS,
        [
            "Bowler(handicap:float)",
        ],
    ),
    (
        "Make the valuation on Item a decimal",
        Intent.MODIFY_FIELDS,
        [
            "Item(valuation:decimal)",
        ],
    ),
    (
        "Change shoe size on SkateHire to an integer",
        Intent.MODIFY_FIELDS,
        [
            "SkateHire(shoe_size:int)",
        ],
    ),
    (
        "Make notes on Quilt optional",
        Intent.MODIFY_FIELDS,
        [
            "Quilt(notes:str?)",
        ],
    ),
    (
        "Make the deposit on Booking required",
        Intent.MODIFY_FIELDS,
        [
            "Booking(deposit:decimal)",
        ],
    ),
    (
        "Add age (optional) and gender (optional) to Mourner",
        Intent.ADD_FIELDS,
        [
            "Mourner(age:int?,gender:str?)",
        ],
    ),
    (
        "Add year built (approx) to Lighthouse",
        Intent.ADD_FIELDS,
        [
            "Lighthouse(year_built:int)",
        ],
    ),
    (
        "Add the number of pans and the pan size (small, medium or large) to Stove",
        Intent.ADD_FIELDS,
        [
            "Stove(pans:int,pan_size:str)",
        ],
    ),
    (
        "telescopes: name, aperture (mm), weight (kg), price (£), whether it's for hire",
        Intent.CREATE_ENTITY,
        [
            "Telescope(name:str,aperture:float,weight:float,price:decimal,is_for_hire:bool)",
        ],
    ),
    (
        "urns - name, material, price, optional engraving text",
        Intent.CREATE_ENTITY,
        [
            "Urn(name:str,material:str,price:decimal,engraving_text:str?)",
        ],
    ),
    (
        "Track kites with name and price (in euros)",
        Intent.CREATE_ENTITY,
        [
            "Kite(name:str,price:decimal)",
        ],
    ),
    (
        "Create chess sets with maker, material, king height (inches) and price",
        Intent.CREATE_ENTITY,
        [
            "ChessSet(maker:str,material:str,king_height:float,price:decimal)",
        ],
    ),
    (
        "Track solar quotes: customer, roof area (m²), panels (number), quote total, valid until",
        Intent.CREATE_ENTITY,
        [
            "SolarQuote(customer:str,roof_area:float,panels:float,quote_total:decimal,valid_until:date)",
        ],
    ),
    (
        "Tree surgery: jobs with address, crew size, whether a chipper is needed and the "
        "quoted price",
        Intent.CREATE_ENTITY,
        [
            "Job(address:str,crew_size:int,chipper_needed:bool,quoted_price:decimal)",
        ],
    ),
    (
        "Kite shop: orders with customer, total, when it was posted",
        Intent.CREATE_ENTITY,
        [
            "Order(customer:str,total:decimal,post_date:date)",
        ],
    ),
    (
        "Chess club: boards with number, set type, clock model (when available)",
        Intent.CREATE_ENTITY,
        [
            "Board(number:str,set_type:str,clock_model:str?)",
        ],
    ),
    (
        "Solar installs: customer, address, panel make, inverter serial (when available), "
        "installed on",
        Intent.CREATE_ENTITY,
        [
            "SolarInstall(customer:str,address:str,panel_make:str,inverter_serial:str?,installed_on:date)",
        ],
    ),
    (
        "Clock repair: jobs with owner's name, owner's phone, clock type, and the owner's "
        "email (if they have one)",
        Intent.CREATE_ENTITY,
        [
            "Job(owner_name:str,owner_phone:str,clock_type:str,owner_email:email?)",
        ],
    ),
    (
        "Locksmith: jobs with address, arrival time, and price. Notes optional.",
        Intent.CREATE_ENTITY,
        [
            "Job(address:str,arrival_time:datetime,price:decimal,notes:str?)",
        ],
    ),
    (
        "Falconry: birds with name, ring no., weight (g) and hood size (optional)",
        Intent.CREATE_ENTITY,
        [
            "Bird(name:str,ring_no:str,weight:float,hood_size:str?)",
        ],
    ),
    (
        "Mushroom farm: grow bags with strain, weight (kg, decimal), bag count, humidity "
        "target (%)",
        Intent.CREATE_ENTITY,
        [
            "GrowBag(strain:str,weight:decimal,bag_count:int,humidity_target:float)",
        ],
    ),
    (
        "Observatory: eyepieces with focal length (mm), field of view (degrees), barrel "
        "size (1.25 or 2 inch)",
        Intent.CREATE_ENTITY,
        [
            "Eyepiece(focal_length:float,field_of_view:float,barrel_size:str)",
        ],
    ),
    (
        "Ice rink: coaches with name, level (1, 2 or 3), hourly fee, DBS checked (y/n)",
        Intent.CREATE_ENTITY,
        [
            "Coach(name:str,level:int,hourly_fee:decimal,dbs_checked:bool)",
        ],
    ),
    (
        "Bowling alley parties: host name, number of kids, date, time, food package "
        "(basic, deluxe or premium), paid?",
        Intent.CREATE_ENTITY,
        [
            "BowlingAlleyParty(host_name:str,kids:int,date_value:date,time:datetime,food_package:str,paid:bool)",
        ],
    ),
    (
        "Tree nursery: orders with customer, trees ordered (count), delivery date (when "
        "known), delivery charge",
        Intent.CREATE_ENTITY,
        [
            "Order(customer:str,trees_ordered:int,delivery_date:date?,delivery_charge:decimal)",
        ],
    ),
    (
        "Solar: inspections with site, inspector, inspection date, panels cleaned "
        "(number), faults found (yes/no)",
        Intent.CREATE_ENTITY,
        [
            "Inspection(site:str,inspector:str,inspection_date:date,panels_cleaned:float,faults_found:bool)",
        ],
    ),
    (
        "Karaoke: song requests with singer's name, song title, requested at, played (yes/no)",
        Intent.CREATE_ENTITY,
        [
            "SongRequest(singer_name:str,song_title:str,requested_at:datetime,played:bool)",
        ],
    ),
    (
        "Ice rink: skates with size, blade type, sharpened on, times hired",
        Intent.CREATE_ENTITY,
        [
            "Skate(size:str,blade_type:str,sharpened_on:date,times_hired:int)",
        ],
    ),
    (
        "Falconry displays: venue, display date, fee (£), birds flown (count), crowd size (approx)",
        Intent.CREATE_ENTITY,
        [
            "FalconryDisplay(venue:str,display_date:date,fee:decimal,birds_flown:int,crowd_size:int)",
        ],
    ),
    (
        "Blacksmith: forges with name, fuel (coal or gas), max temp (C), last relined",
        Intent.CREATE_ENTITY,
        [
            "Forge(name:str,fuel:str,max_temp:float,last_relined:date)",
        ],
    ),
    (
        "Lighthouse: lamps with type, wattage, hours run, replaced on",
        Intent.CREATE_ENTITY,
        [
            "Lamp(type_value:str,wattage:float,hours_run:int,replaced_on:date)",
        ],
    ),
    (
        "Add a weight (in kg, 1 decimal) to Bird",
        Intent.ADD_FIELDS,
        [
            "Bird(weight:decimal)",
        ],
    ),
    (
        "Add number of fittings to Job",
        Intent.ADD_FIELDS,
        [
            "Job(fittings:int)",
        ],
    ),
    (
        "Add who approved it and when it was approved to Quote",
        Intent.ADD_FIELDS,
        [
            "Quote(approved_by:str,approval_date:date)",
        ],
    ),
    (
        "Add the customer's mobile (optional) to LockJob",
        Intent.ADD_FIELDS,
        [
            "LockJob(customer_mobile:str?)",
        ],
    ),
    (
        "Add an 'emergency call out' yes/no to LockJob",
        Intent.ADD_FIELDS,
        [
            "LockJob(emergency_call_out:bool)",
        ],
    ),
    (
        "Add whether it's haunted to Lighthouse",
        Intent.ADD_FIELDS,
        [
            "Lighthouse(is_haunted:bool)",
        ],
    ),
    (
        "Add a cost per hire (£) to Skate",
        Intent.ADD_FIELDS,
        [
            "Skate(cost_per_hire:decimal)",
        ],
    ),
    (
        "Add a label colour (white, black or gold) to Urn",
        Intent.ADD_FIELDS,
        [
            "Urn(label_colour:str)",
        ],
    ),
    (
        "Add a delivery slot (morning or afternoon) to Order",
        Intent.ADD_FIELDS,
        [
            "Order(delivery_slot:str)",
        ],
    ),
    (
        "Add serviced by and serviced on to Telescope",
        Intent.ADD_FIELDS,
        [
            "Telescope(serviced_by:str,serviced_on:date)",
        ],
    ),
    (
        "Add the clock's age in years to Clock",
        Intent.ADD_FIELDS,
        [
            "Clock(age:int)",
        ],
    ),
]

ASKED_PROBES = [
    "Build a piano tuning log: each tuning has the piano's serial number, the tuner's "
    "name, pitch in Hz and when it was last tuned",
    "Make a pest control app. Call-outs: address, pest type (rats, mice, wasps or "
    "bedbugs), visit date, price charged",
    "hi can u make somethin for my pest control biz, jobs with customer name, adress, "
    "pest, date booked and price",
    "Funeral home system: services with the deceased's full name, date of death, service "
    "date, venue and number of mourners (approx)",
    "Create a chess club app for members with name, rating (Elo), date joined and whether "
    "they have paid their subs",
    "Vending machines: machine with location, serial no., cash held (£), last restocked "
    "date, and is it faulty?",
    "Clock repairs - each repair has a ticket number, date received, date promised, who "
    "took it in and the quoted price",
    "Solar panel installer app, customers with name, email, roof direction (north, south, "
    "east or west) and annual usage in kWh",
    "Tree surgeons - each job needs the site postcode, crew lead, date of work, and "
    "whether a permit was needed",
    "As an observatory manager, I want each visit booking to store group size, contact "
    "email, and whether they need wheelchair access",
    "Ticket: clock repair - Clock needs a field for the escapement type",
    "Bug: Lane.oil_pattern should be optional",
    "Hello,\n\nWe run a small funeral home and would like a system to keep track of our "
    "bookings. For each booking we need the family contact's name, their phone number, the "
    "date of the service, the chapel used and any special requests.\n\nThanks, Marion",
    "Hi team,\nFor the observatory we need to store telescopes. Each one has a name, the "
    "aperture in millimetres, the mount type and the date it was last collimated.\nCheers",
    "Hey - the pest control folks want a way to record baits: bait station number, "
    "location description, date checked, and if it was eaten (yes or no).",
    "Phone message: hi it's Dave from the bowling alley, we need something to keep our "
    "shoe stock, size, how many pairs we have and the condition, cheers",
    "voicemail: yeah hi, funeral place here, we need to keep track of hearses, the reg "
    "number, the make, the mileage and when it was last MOT'd, thanks",
    "Create entity Clock with fields: maker:str, year:int, value:decimal, running:bool, notes:str?",
    "i want to make app for the vending machines, every machine have location, the model, "
    "how much money inside and if it is broken",
    "Pls create sistem for tree works, every job have adress, kind of tree, hight and prise",
    "Create a pawn shop system. Items pawned: description, customer name, loan amount, "
    "interest rate (%), due back by (date), redeemed or not",
    "Glass studio kiln firings: kiln number, peak temperature, hold time in minutes, start "
    "time and who loaded it",
    "Nursery plants: name, hardiness zone, flowering month, is it perennial, height when "
    "mature (cm)",
    "Carpet fitting jobs with room dimensions, carpet type, underlay (yes/no), fitter's "
    "name and the fitting date",
    "Hot air balloon flights: balloon reg, pilot, take-off site, passengers (number), "
    "flight date, wind speed (knots)",
    "Roller derby league: skaters with derby name, real name, jersey number, position "
    "(jammer, blocker or pivot) and insurance expiry",
    "Quilting club: quilts with pattern name, maker, size (single, double or king), number "
    "of blocks and finished (yes or no)",
    "Lighthouse keepers' log: entries with date, lamp hours, weather, visibility in "
    "nautical miles and who was on duty",
    "Luthier workshop: instruments with type, wood for top, wood for back, scale length "
    "(mm), price and date finished",
    "Add whether the balloon is tethered to Flight",
    "Add who signed it off to Inspection",
    "Add when it was last serviced to Machine",
    "Add the customer's preferred contact time to Booking",
    "Hydroponic racks: rack code, nutrient pH, water temp, light hours per day, last flushed",
    "Locksmith van stock: blank code, blanks on hand, reorder at (number), supplier",
    "Wedding tables: table number, seats, shape (round or long), the couple's name for the table",
    "Keep track of coffin orders: family name, coffin model, handles (brass or chrome), "
    "lining colour, delivery date",
    "Pest control: inspections with date, inspector, whether a return visit is required, "
    "and findings",
    "Funeral home: hearses with reg, make, seats, when it was last valeted",
    "Observatory: domes with name, diameter (m), when it was last serviced and who serviced it",
    "Karaoke: rooms with name, capacity, hourly rate (£/hr) and has disco lights",
    "Bowling: shoes with size, colour, pairs in stock, pairs out on hire",
    "Pawn shop: loans with customer's name, item, amount lent, interest (%), and the date "
    "it's due back",
    "Wedding planner: guests with name, table, dietary needs (if any), plus one yes/no, RSVP'd?",
    "Funeral home: obituaries with name, age at death, text, published date, newspaper (optional)",
    "Chess club: fixtures with opponent club, home or away, date, our score, their score",
    "Taxidermy: specimens with species, sex (male or female), date acquired, source, CITES "
    "permit number (if needed)",
    "Vending machines: each machine has a name, a location, the amount of money inside (in "
    "pounds), and the date the money was last collected",
    "Clock shop: the watches' model names, their reference numbers, their prices and their "
    "years of manufacture",
    "Greenhouse: benches with bench number, length in metres, heated (y/n), and which "
    "plants are on it",
    "Pest control: rodent traps with trap ID, placed on, last checked, catches so far",
    "Chess puzzles: title, rating, moves to mate, solution (text), source book",
    "Funeral home staff with name, role, start date, and whether they're on call this week",
    "Create Booking for a tree survey with client, site address, number of trees, "
    "surveyor, report due by",
]


@pytest.mark.parametrize(("request_text", "intent", "expected"), PROBES)
def test_a_probe_is_read_as_meant_or_asked(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    if result.status == "recognized":
        assert (result.intent, shape(result)) == (intent, expected)


def test_most_probes_are_accepted() -> None:
    # what is read right is accepted: a rule that only asks more is no fix
    accepted_count = sum(read(text).status == "recognized" for text, _, _ in PROBES)
    assert accepted_count >= len(PROBES) * 9 // 10


@pytest.mark.parametrize("request_text", ASKED_PROBES)
def test_a_probe_asked_today_is_never_accepted_without_its_fields(request_text: str) -> None:
    result = read(request_text)
    if result.status == "recognized":
        assert all(entity.attributes or entity.relationships for entity in result.entities)
