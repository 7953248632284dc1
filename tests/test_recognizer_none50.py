"""Requests no rule read (none50), with probes in ten trades nobody here had used.

Every request here is written for this file (none is copied from the corpus): a luthier, a
clockmaker, a falconry centre, a cooperage, a taxidermist, a bell tower, an escape room, an
interpreting agency, a drone survey firm and a seed library, in many voices. What a person
relies on: backups kept with their own fields are a thing ("Track backups with host name, size
and taken at"), while backups made with tools or qualities stay how to build; "test requested"
in a list is which test was asked for, a field; "whether it is hand reared" is one yes/no item
however many words it has; "the Bird entity is great" (or "the falconry Bird thing") says the
thing exists, so the ask after it adds to it, also when it asks for one more name with "also";
"Ta, Jo" signs off. Vague asks, word salads, other languages and pasted logs are asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, shape


# The probes read right, each with the reading a person means.
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ('Create a system to track violin repairs with owner name, instrument maker, repair '
         'type, quoted price and ready date',
         Intent.CREATE_ENTITY,
         ['ViolinRepair(owner_name:str,instrument_maker:str,repair_type:str,quoted_price:decimal,ready_date:date)']),
        ('Please add a varnish colour to the Instrument entity',
         Intent.ADD_FIELDS, ['Instrument(varnish_colour:str)']),
        ('On RepairJob, the quoted price should be a decimal, not text',
         Intent.MODIFY_FIELDS, ['RepairJob(quoted_price:decimal)']),
        ('Rename the field bow_hair on Instrument to hair_colour',
         Intent.RENAME_FIELD, ['Instrument(hair_colour:str<bow_hair)']),
        ("can u remove the 'strings brand' field from Instrument, nobody fills it in",
         Intent.REMOVE_FIELDS, ['Instrument(strings_brand:str)']),
        ('Each repair job belongs to one instrument',
         Intent.ADD_RELATIONSHIP, ['RepairJob() many_to_one>Instrument']),
        ('Hi Priya, could we keep a list of bows too? Maker, weight in grams, and whether '
         "it's been rehaired. Thanks, Tom",
         Intent.CREATE_ENTITY, ['Bow(maker:str,weight:float,is_rehaired:bool)']),
        ('Instrument: serial number, maker, year made, body length (cm), appraised value',
         Intent.CREATE_ENTITY,
         ['Instrument(serial_number:str,maker:str,year_made:int,body_length:float,appraised_value:decimal)']),
        ('As a luthier I want to record wood blanks with species, origin, and arrival date '
         "so that I know what's seasoning",
         Intent.CREATE_ENTITY, ['WoodBlank(species:str,origin:str,arrival_date:date)']),
        ('Set up clocks with maker, movement type, case material, date received and estimated cost',
         Intent.CREATE_ENTITY,
         ['Clock(maker:str,movement_type:str,case_material:str,date_received:date,estimated_cost:decimal)']),
        ("add a 'chimes' yes/no field to Clock",
         Intent.ADD_FIELDS, ['Clock(chimes:bool)']),
        ('make the estimated cost on Clock optional',
         Intent.MODIFY_FIELDS, ['Clock(estimated_cost:decimal?)']),
        ('Change the movement type on Clock to a text field',
         Intent.MODIFY_FIELDS, ['Clock(movement_type:str)']),
        ('rename Clock to Timepiece',
         Intent.RENAME_ENTITY, ['Timepiece<Clock()']),
        ('We want record every winding visit: the clock, date, the person winding, notes. '
         'Please make.',
         Intent.CREATE_ENTITY,
         ['WindingVisit(clock:str,date_value:date,person_winding:str,notes:str)']),
        ('- Clock: maker, year, case wood\n- Owner: name, phone, address',
         Intent.CREATE_ENTITY,
         ['Clock(maker:str,year:int,case_wood:str)',
          'Owner(name:str,phone:str,address:str)']),
        ('Store pendulum lengths in centimetres on the Clock entity',
         Intent.ADD_FIELDS, ['Clock(pendulum_lengths:float)']),
        ('Create a Bird entity with name, species, weight, hatch date and flying (yes/no)',
         Intent.CREATE_ENTITY,
         ['Bird(name:str,species:str,weight:float,hatch_date:date,flying:bool)']),
        ('we have about 30 birds of prey and need to log their daily weights - bird name, '
         'date, weight in grams, who weighed it',
         Intent.CREATE_ENTITY,
         ['DailyWeight(bird_name:str,date_value:date,weight:float,weighed_by:str)']),
        ('Add a ring number to Bird',
         Intent.ADD_FIELDS, ['Bird(ring_number:str)']),
        ('Remove the diet notes field from Bird',
         Intent.REMOVE_FIELDS, ['Bird(diet_notes:str)']),
        ('Each flying display uses several birds, and a bird appears in many displays',
         Intent.ADD_RELATIONSHIP, ['FlyingDisplay() many_to_many>Bird']),
        ('Please set up handlers with name, licence number and start date',
         Intent.CREATE_ENTITY, ['Handler(name:str,licence_number:str,start_date:date)']),
        ('Hawk walks: customer name, booking date, group size, paid (y/n)',
         Intent.CREATE_ENTITY,
         ['HawkWalk(customer_name:str,booking_date:date,group_size:int,paid:bool)']),
        ('Birds need a vet check date and a weight',
         Intent.ADD_FIELDS, ['Bird(vet_check_date:date,weight:float)']),
        ("Could you rename the 'species' field on Bird to 'breed'?",
         Intent.RENAME_FIELD, ['Bird(breed:str<species)']),
        ('Build a system for barrels with cask number, wood type, capacity in litres, toast '
         'level and filled date',
         Intent.CREATE_ENTITY,
         ['Barrel(cask_number:str,wood_type:str,capacity:int,toast_level:str,filled_date:date)']),
        ('Add a distillery name to Cask',
         Intent.ADD_FIELDS, ['Cask(distillery_name:str)']),
        ('Cask capacity should be an integer',
         Intent.MODIFY_FIELDS, ['Cask(capacity:int)']),
        ('Make the char level on Cask optional',
         Intent.MODIFY_FIELDS, ['Cask(char_level:str?)']),
        ('Every cask is sold to one distillery',
         Intent.ADD_RELATIONSHIP, ['Cask() many_to_one>Distillery']),
        ('Track staves with batch code, oak origin and seasoning months',
         Intent.CREATE_ENTITY, ['Stave(batch_code:str,oak_origin:str,seasoning_months:int)']),
        ('Rename Cask to Barrel',
         Intent.RENAME_ENTITY, ['Barrel<Cask()']),
        ("I'd like to log cooper shifts - cooper name, shift date, casks finished",
         Intent.CREATE_ENTITY, ['CooperShift(cooper_name:str,shift_date:date,casks_finished:int)']),
        ('Create specimens with species, client name, pose, received date and price',
         Intent.CREATE_ENTITY,
         ['Specimen(species:str,client_name:str,pose:str,received_date:date,price:decimal)']),
        ('Need to keep a register of specimens: species, who brought it, when, the pose they '
         'want, deposit paid',
         Intent.CREATE_ENTITY, ['Specimen(species:str,brought_by:str,pose:str,deposit_paid:bool)']),
        ('Change the price on Specimen to decimal',
         Intent.MODIFY_FIELDS, ['Specimen(price:decimal)']),
        ('Specimen belongs to a client',
         Intent.ADD_RELATIONSHIP, ['Specimen() many_to_one>Client']),
        ('Clients have name, phone and email',
         Intent.CREATE_ENTITY, ['Client(name:str,phone:str,email:email)']),
        ("Remove the 'pose' field from Specimen",
         Intent.REMOVE_FIELDS, ['Specimen(pose:str)']),
        ('Please rename the field received_on on Specimen to arrived_on',
         Intent.RENAME_FIELD, ['Specimen(arrived_on:str<received_on)']),
        ('each specimen can have many photos',
         Intent.ADD_RELATIONSHIP, ['Specimen() many_to_many>Photo']),
        ('Log of freezer contents: specimen, freezer number, date in',
         Intent.CREATE_ENTITY, ['FreezerContent(specimen:str,freezer_number:str,date_in:date)']),
        ('Create a system to manage ringers with name, email, years ringing and tower',
         Intent.CREATE_ENTITY, ['Ringer(name:str,email:email,years_ringing:int,tower:str)']),
        ('Add a tenor weight field to Tower',
         Intent.ADD_FIELDS, ['Tower(tenor_weight:float)']),
        ('Ringer email should be optional',
         Intent.MODIFY_FIELDS, ['Ringer(email:email?)']),
        ('Each ringer belongs to one tower, and a tower has many ringers',
         Intent.ADD_RELATIONSHIP, ['Ringer() many_to_one>Tower']),
        ('Remove the years ringing field on Ringer',
         Intent.REMOVE_FIELDS, ['Ringer(years_ringing:int)']),
        ('Rename Peal to Performance',
         Intent.RENAME_ENTITY, ['Performance<Peal()']),
        ('Bells need a weight, a note and a cast year',
         Intent.CREATE_ENTITY, ['Bell(weight:float,note:str,cast_year:int)']),
        ('Create a Room entity with theme, difficulty, max players and duration in minutes',
         Intent.CREATE_ENTITY, ['Room(theme:str,difficulty:str,max_players:int,duration:int)']),
        ('we run 4 escape rooms and need bookings: team name, room, date, start time, number '
         'of players, paid yes/no',
         Intent.CREATE_ENTITY,
         ['Booking(team_name:str,room:str,date_value:date,start_time:datetime,players:int,paid:bool)']),
        ("Add a 'record time' field to Room",
         Intent.ADD_FIELDS, ['Room(record_time:str)']),
        ('Booking players should be an integer',
         Intent.MODIFY_FIELDS, ['Booking(players:int)']),
        ('Each booking is for one room',
         Intent.ADD_RELATIONSHIP, ['Booking() many_to_one>Room']),
        ('Rename the difficulty field on Room to level',
         Intent.RENAME_FIELD, ['Room(level:str<difficulty)']),
        ('Make team name on Booking optional',
         Intent.MODIFY_FIELDS, ['Booking(team_name:str?)']),
        ('Remove the duration field from Room',
         Intent.REMOVE_FIELDS, ['Room(duration:str)']),
        ('Create a system to manage interpreters with name, qualification level, languages, '
         'hourly rate and available (yes/no)',
         Intent.CREATE_ENTITY,
         ['Interpreter(name:str,qualification_level:str,languages:str,hourly_rate:decimal,available:bool)']),
        ('We need to log each assignment: client, interpreter, date, hours, location, rate',
         Intent.CREATE_ENTITY,
         ['Assignment(client:str,interpreter:str,date_value:date,hours:float,location:str,rate:float)']),
        ('Add a DBS expiry date to Interpreter',
         Intent.ADD_FIELDS, ['Interpreter(dbs_expiry_date:date)']),
        ('The hourly rate on Interpreter should be a decimal',
         Intent.MODIFY_FIELDS, ['Interpreter(hourly_rate:decimal)']),
        ('Each assignment has one interpreter',
         Intent.ADD_RELATIONSHIP, ['Assignment() many_to_one>Interpreter']),
        ('Rename Assignment to Booking',
         Intent.RENAME_ENTITY, ['Booking<Assignment()']),
        ('Remove the location field from Assignment',
         Intent.REMOVE_FIELDS, ['Assignment(location:str)']),
        ('Interpreters can work for many clients and clients use many interpreters',
         Intent.ADD_RELATIONSHIP, ['Interpreter() many_to_many>Client']),
        ('Clients: organisation name, contact person, email, invoice address',
         Intent.CREATE_ENTITY,
         ['Client(organisation_name:str,contact_person:str,email:email,invoice_address:str)']),
        ('Add a wind speed field to Flight',
         Intent.ADD_FIELDS, ['Flight(wind_speed:float)']),
        ('Change battery cycles to an integer on Flight',
         Intent.MODIFY_FIELDS, ['Flight(battery_cycles:int)']),
        ('A flight uses one drone, and a drone flies many flights',
         Intent.ADD_RELATIONSHIP, ['Flight() many_to_one>Drone']),
        ('Drones: serial number, model, purchase date, hours flown',
         Intent.CREATE_ENTITY,
         ['Drone(serial_number:str,model_value:str,purchase_date:date,hours_flown:int)']),
        ('Rename the max altitude field on Flight to ceiling',
         Intent.RENAME_FIELD, ['Flight(ceiling:str<max_altitude)']),
        ('Remove images taken from Flight',
         Intent.REMOVE_FIELDS, ['Flight(images_taken:int)']),
        ('Store a CAA permission number on Pilot',
         Intent.ADD_FIELDS, ['Pilot(caa_permission_number:str)']),
        ("We'd like to log drone crashes: drone, date, cause, repair cost",
         Intent.CREATE_ENTITY,
         ['DroneCrash(drone:str,date_value:date,cause:str,repair_cost:decimal)']),
        ('Add germination rate to SeedPacket',
         Intent.ADD_FIELDS, ['SeedPacket(germination_rate:float)']),
        ('Make donor on SeedPacket optional',
         Intent.MODIFY_FIELDS, ['SeedPacket(donor:str?)']),
        ('The harvest year on SeedPacket should be an integer',
         Intent.MODIFY_FIELDS, ['SeedPacket(harvest_year:int)']),
        ('Each loan belongs to one member',
         Intent.ADD_RELATIONSHIP, ['Loan() many_to_one>Member']),
        ('Rename SeedPacket to SeedBatch',
         Intent.RENAME_ENTITY, ['SeedBatch<SeedPacket()']),
        ('Remove the grams field from SeedPacket',
         Intent.REMOVE_FIELDS, ['SeedPacket(grams:float)']),
        ('Growers: name, allotment number, email',
         Intent.CREATE_ENTITY, ['Grower(name:str,allotment_number:str,email:email)']),
        ("Feature request: add 'lesson count' to Ringer",
         Intent.ADD_FIELDS, ['Ringer(lesson_count:int)']),
        ("As an interpreter coordinator I want to see each interpreter's qualification level "
         'and hourly rate so that I can book the right person',
         Intent.CREATE_ENTITY, ['Interpreter(qualification_level:str,hourly_rate:decimal)']),
        ('pls add phone no to Handler',
         Intent.ADD_FIELDS, ['Handler(phone_no:str)']),
        ('i want to save my violins, maker and year and price',
         Intent.CREATE_ENTITY, ['Violin(maker:str,year:int,price:decimal)']),
        ('bell tower app - towers with name, county, number of bells, practice night',
         Intent.CREATE_ENTITY, ['Tower(name:str,county:str,bells:int,practice_night:str)']),
        ('Could the Flight have a weather notes field too?',
         Intent.ADD_FIELDS, ['Flight(weather_notes:str)']),
        ('Our falconry needs a way to store the birds, with name, species, age. thanks!!',
         Intent.CREATE_ENTITY, ['Bird(name:str,species:str,age:int)']),
        ("Monday standup note: the Assignment table needs an 'interpreter notes' field",
         Intent.ADD_FIELDS, ['Assignment(interpreter_notes:str)']),
        ('For each peal we want to record the date, method and conductor',
         Intent.CREATE_ENTITY, ['Peal(date_value:date,method:str,conductor:str)']),
        ('Each hawk walk booking should have the customer name, date, group size',
         Intent.CREATE_ENTITY,
         ['HawkWalkBooking(customer_name:str,date_value:date,group_size:int)']),
        ('Rooms have a theme, a difficulty and a price per team',
         Intent.CREATE_ENTITY, ['Room(theme:str,difficulty:str,price_per_team:decimal)']),
        ('A drone has a serial number, a model and a purchase date',
         Intent.CREATE_ENTITY, ['Drone(serial_number:str,model_value:str,purchase_date:date)']),
        ('Keep track of seed donors with name, town and email',
         Intent.CREATE_ENTITY, ['SeedDonor(name:str,town:str,email:email)']),
        ('I want an app to keep clock repairs with customer name, clock type and due date',
         Intent.CREATE_ENTITY, ['ClockRepair(customer_name:str,clock_type:str,due_date:date)']),
        ('I want an app to log hawk walks with customer, date and group size',
         Intent.CREATE_ENTITY, ['HawkWalk(customer:str,date_value:date,group_size:int)']),
        ('Each flight has a pilot',
         Intent.ADD_RELATIONSHIP, ['Flight() many_to_one>Pilot']),
        ('Each interpreter has a hourly rate',
         Intent.ADD_FIELDS, ['Interpreter(hourly_rate:decimal)']),
        ('Booking needs a paid flag and a deposit amount',
         Intent.ADD_FIELDS, ['Booking(paid:bool,deposit_amount:decimal)']),
        ('Cask needs a fill date and a spirit type',
         Intent.ADD_FIELDS, ['Cask(fill_date:date,spirit_type:str)']),
        ('the wood type on Cask should be text not a number, can you change that?',
         Intent.MODIFY_FIELDS, ['Cask(wood_type:str)']),
        ('Hi, the falconry Bird thing is great. Could we also store the wingspan and whether '
         "it's imprinted? Ta, Jo",
         Intent.ADD_FIELDS, ['Bird(wingspan:float,is_imprinted:bool)']),
        ('Could you link bells to towers? Each bell hangs in one tower.',
         Intent.ADD_RELATIONSHIP, ['Bell() many_to_one>Tower']),
        ('Bookings and rooms: a booking is for one room, a room has lots of bookings - set '
         'that up please',
         Intent.ADD_RELATIONSHIP, ['Booking() many_to_one>Room']),
        ("The field we call 'grams' on SeedPacket should be called 'weight'",
         Intent.RENAME_FIELD, ['SeedPacket(weight:str<grams)']),
        ("On the Barrel entity, the field 'toast' should be renamed to 'toast level'",
         Intent.RENAME_FIELD, ['Barrel(toast_level:str<toast)']),
        ('on Specimen, pose shud be optional',
         Intent.MODIFY_FIELDS, ['Specimen(pose:str?)']),
        ('Get rid of the weather notes field on Flight please',
         Intent.REMOVE_FIELDS, ['Flight(weather_notes:str)']),
        ('rename the entity Bow into ViolinBow please',
         Intent.RENAME_ENTITY, ['ViolinBow<Bow()']),
        ('Bird: name, species, weight (g), hatched on, flying (yes/no)',
         Intent.CREATE_ENTITY,
         ['Bird(name:str,species:str,weight:float,hatched_on:date,flying:bool)']),
        ('Clock: maker, movement, case, received on, fixed (yes/no)',
         Intent.CREATE_ENTITY,
         ['Clock(maker:str,movement:str,case_value:str,received_on:date,fixed:bool)']),
        ('Log interpreter bookings with client name, date, hours and rate',
         Intent.CREATE_ENTITY,
         ['InterpreterBooking(client_name:str,date_value:date,hours:float,rate:float)']),
        ('Record ringers with name, email and start year',
         Intent.CREATE_ENTITY, ['Ringer(name:str,email:email,start_year:int)']),
        ('Manage escape room bookings with team name, date, players and paid',
         Intent.CREATE_ENTITY,
         ['EscapeRoomBooking(team_name:str,date_value:date,players:int,paid:bool)']),
        ('Track specimens with species, client, price and due date',
         Intent.CREATE_ENTITY, ['Specimen(species:str,client:str,price:decimal,due_date:date)']),
        ('Track violin repairs with owner, maker, issue and price',
         Intent.CREATE_ENTITY, ['ViolinRepair(owner:str,maker:str,issue:str,price:decimal)']),
        ('Track weather readings with station, temperature, wind speed and taken at',
         Intent.CREATE_ENTITY,
         ['WeatherReading(station:str,temperature:float,wind_speed:float,taken_at:datetime)']),
        ('Track API keys with name, key, created at and expires at',
         Intent.CREATE_ENTITY,
         ['ApiKey(name:str,key_value:str,created_at:datetime,expires_at:datetime)']),
    ],
)  # fmt: skip
def test_probes_in_new_trades_read_as_meant(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# Probes the rules still ask about, with the reading a person means: never accepted otherwise.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we fix cellos and violins. need to log each repair job: customer name, instrument, "
         "what's wrong, price quoted, date promised",
         ["RepairJob(customer_name:str,instrument:str,whats_wrong:str,price_quoted:decimal,"
          "date_promised:date)"]),
        ("I need to keep track of the clocks people bring in - who owns it, what kind, when it "
         "came in, how much we charged",
         ["Clock(owner:str,kind:str,came_in:date,charged:decimal)"]),
        ("we make whisky casks. each one has a cask no, oak type, litres, char level and the "
         "distillery it went to",
         ["Cask(cask_no:str,oak_type:str,litres:float,char_level:str,distillery:str)"]),
        ("Drop the cask Hoops field please", ["Cask(hoops:str)"]),
        ("Add glass eye size to Specimen", ["Specimen(glass_eye_size:str)"]),
        ("Track hints given per booking with hint text and given at time",
         ["Hint(hint_text:str,given_at:datetime) many_to_one>Booking"]),
        ("Game masters: name, rooms they can run, phone",
         ["GameMaster(name:str,phone:str) many_to_many>Room"]),
        ("each survey flight needs a pilot name, drone serial, date, battery cycles, max altitude",
         ["SurveyFlight(pilot_name:str,drone_serial:str,date_value:date,battery_cycles:int,"
          "max_altitude:float)"]),
        ("Create a seed library with seed packets: variety, plant type, harvest year, grams and "
         "donor",
         ["SeedPacket(variety:str,plant_type:str,harvest_year:int,grams:float,donor:str)"]),
        ("Members borrow seed packets - each loan has member, packet, loan date, returned yes/no",
         ["Loan(member:str,packet:str,loan_date:date,returned:bool)"]),
        ("TICKET-442: Bird entity missing 'microchip number'. Please add.",
         ["Bird(microchip_number:str)"]),
        ("Hallo, for our coopery we need to save barrels: number, wood, liters, date of filling. "
         "Thank you very much",
         ["Barrel(number:str,wood:str,liters:float,date_of_filling:date)"]),
        ("Hey! So basically we need something for our escape rooms where we can put in the "
         "bookings (team name, date, how many people). Can you do that?",
         ["Booking(team_name:str,date_value:date,people:int)"]),
        ("can we have the specimen price as money instead of text", ["Specimen(price:decimal)"]),
        ("the seed packets need a sowing month", ["SeedPacket(sowing_month:str)"]),
        ("Need: Bow (maker, weight, rehaired y/n)",
         ["Bow(maker:str,weight:float,rehaired:bool)"]),
        ("we need a table for drone batteries: serial, cycles, health percent, last charged",
         ["DroneBattery(serial:str,cycles:int,health_percent:float,last_charged:date)"]),
        ("Please could Room also store a 'scare level' from 1 to 5", ["Room(scare_level:int)"]),
        ("me and my wife run a little taxidermy place and want to keep track of jobs - animal, "
         "customer, price, when it's due",
         ["Job(animal:str,customer:str,price:decimal,due_date:date)"]),
        ("Specimen received date should be a date please, not text",
         ["Specimen(received_date:date)"]),
        ("I already made the Clock thing but forgot the serial number and the case colour. can "
         "you add those?",
         ["Clock(serial_number:str,case_colour:str)"]),
        ("Track server backups with host name, size, version and taken at",
         ["ServerBackup(host_name:str,size:float,version:str,taken_at:datetime)"]),
    ],
)  # fmt: skip
def test_probes_still_asked_are_never_accepted_wrong(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.status != "recognized" or shape(result) == expected


VAGUE = [
    "sort out the reports",
    "we need a better way to handle bookings",
    "can you make things easier for the front desk",
    "the whole system is a mess, please fix",
    "improve the workflow for the warehouse team",
    "make it faster",
    "we need something for the clocks",
    "help with the falconry stuff",
    "something for the bell ringers please",
    "I want an app",
    "Can you build me something?",
    "our spreadsheets are out of control",
    "please digitise the paperwork",
    "the interpreters keep double booking, can you help",
    "we need better visibility on drone flights",
    "cask tracking is chaos",
    "fix the escape room thing",
    "make the seed library nicer",
    "barrel cooper stave hoop oak",
    "clock pendulum chime hands dial",
    "falcon hood jess glove lure",
    "bells ropes tower peal method",
    "it would be good if",
    "the thing with the",
    "so basically we",
    "when the customer",
    "ok so the",
    "please can you",
    "asdf qwerty zxcv",
    "lorem ipsum dolor sit amet",
    "123 456 789",
    "!!!???",
    "Bonjour, je voudrais une application pour mon atelier",
    "Hola, necesito un sistema para mis clientes",
    "Ich brauche ein Programm für meine Uhren",
    "we need une application pour les oiseaux",
    "2024-03-01 12:00:01 ERROR Connection refused at db.py:42",
    'Traceback (most recent call last): File "app.py", line 10, in <module>',
    "GET /api/birds 500 Internal Server Error",
    "WARN disk usage 91% on /var/lib/postgres",
    "Thanks!",
    "ok",
    "yes that's fine",
    "hello?",
    "Any update on this?",
    "can we have a meeting about the new system",
    "we should talk about the birds next week",
    "who is in charge of the bookings?",
    "why is the report broken",
    "the report is wrong again",
    "sales are down this quarter",
    "I'm not sure what I need yet",
    "something like Excel but better",
    "make it look nicer, the colours are ugly",
    "we need more users to sign up",
    "the app crashes when I click save",
    "please add dark mode",
    "can you make the dashboard load quicker",
    "we need reporting on everything",
    "handle the interpreters properly this time",
    "streamline the cask process",
    "modernise how we do clock repairs",
    "we need a solution for managing our operations",
    "I want to manage stuff",
    "track things",
    "manage data",
    "store information about things",
    "we want to keep records",
    "a database please",
    "an app for our business",
    "more of the same please",
    "same as last time",
    "do the usual",
    "like we discussed",
    "as per my previous email",
    "see attached",
    "please see the spreadsheet",
]


@pytest.mark.parametrize("request_text", VAGUE)
def test_vague_or_garbage_requests_are_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track backups with host name, size and taken at",
         ["Backup(host_name:str,size:str,taken_at:datetime)"]),
        ("Log backups with host name, size and taken at",
         ["Backup(host_name:str,size:str,taken_at:datetime)"]),
        ("Track PLC backups with controller name, size and taken at",
         ["PlcBackup(controller_name:str,size:str,taken_at:datetime)"]),
    ],
)  # fmt: skip
def test_backups_kept_with_their_own_fields_are_a_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Nightly backups",
        "Backups: nightly, encrypted",
        "Backups must be encrypted",
        "Backups should run nightly",
        "Keep backups with encryption and compression",
        "Run backups with restic, rclone and cron",
        "Make backups with pg_dump and cron",
        "Track database backups with size, taken at and checksum",
        "Track backups",
    ],
)
def test_backups_said_of_the_build_stay_asked(request_text: str) -> None:
    asked(request_text)


def test_a_test_requested_in_a_list_is_a_field() -> None:
    assert accepted(
        "I want an app to log lab requests with ward, bleep number, test requested, "
        "requested at and reason"
    ) == [
        "LabRequest(ward:str,bleep_number:str,test_requested:str,requested_at:datetime,reason:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    ["Write tests with pytest, coverage and mypy", "Tests must pass", "All tests passed."],
)
def test_tests_of_the_code_stay_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The Bird entity is working great, the keepers love it. One thing - could we also "
         "store the wingspan and whether it is hand reared? Cheers, Jo",
         ["Bird(wingspan:float,is_hand_reared:bool)"]),
        ("The Bird entity is great. Could we also store the wingspan and the ring size? Ta, Jo",
         ["Bird(wingspan:float,ring_size:str)"]),
        ("The Bird table looks good. Please add a wingspan and a ring size.",
         ["Bird(wingspan:float,ring_size:str)"]),
        ("Hi, the falconry Bird thing is great. Could we also store the wingspan and whether "
         "it's imprinted? Ta, Jo",
         ["Bird(wingspan:float,is_imprinted:bool)"]),
        ("The Clock thing works well. Could we also store the serial number?",
         ["Clock(serial_number:str)"]),
        ("The Bird entity is working great. Could we also store the wing type?",
         ["Bird(wing_type:str)"]),
        ("The Bird entity is great. Can you also add the ring size please?",
         ["Bird(ring_size:str)"]),
        ("Please add a wingspan and a ring size to Bird. Thx, Sam",
         ["Bird(wingspan:float,ring_size:str)"]),
    ],
)  # fmt: skip
def test_an_ask_after_praise_of_a_named_thing_adds_to_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # no thing named before, or two, or a capitalised name asked for: not read the new way
        "Could we also store the wingspan?",
        "The weather is great. Could we also store the wingspan?",
        "The Bird and Handler entities are great. Could we also store the wingspan?",
        "The Bird entity is working great. Could we also store the Handler?",
        "The Bird entity is working great. Could we also store the handlers?",
        "The Bird entity is great.",
        "The Bird entity is fine but the Handler entity is missing. Could we also store the "
        "wingspan and the ring size?",
    ],
)
def test_near_misses_of_an_ask_after_praise_stay_asked(request_text: str) -> None:
    asked(request_text)


def test_a_whether_item_without_an_owner_is_still_asked_for_its_owner() -> None:
    result = read("could we also store the wingspan and whether it is hand reared")
    assert result.status != "recognized"
    assert shape(result) == ["(wingspan:float,is_hand_reared:bool)"]


def test_a_sentence_with_whether_is_no_field_list() -> None:
    asked("my sister teaches piano and whether she is drowning in paperwork")


def test_a_long_unfinishable_request_is_asked() -> None:
    asked("Could we also store the " + "wing " * 2400 + "and whether it is " + "soft " * 1400)


def test_backups_of_the_data_under_a_list_stay_how_to_build() -> None:
    assert accepted(
        "Tower log\n\nRequirements:\n- Track bells\n- Each bell has:\n  * bell number\n"
        "  * weight (integer)\n  * cast on (date)\n- Weekly backups of the data"
    ) == ["Bell(bell_number:str,weight:int,cast_on:date)"]
