"""Misreads of council-office wording (parks, waste, permits, cemeteries): a value named "date
of X", furniture called tables, a link said inside a list with "with", a third party wanting a
frame before "Each X:", a field taken back with "leave the X out", a "… flag" carried, a thing
named whole by its link, a share of the things lacking a field, requirement lines about tests,
retention and exports, and "Background:" lines. Each family has a counterpart that keeps its
reading.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


# --- "date of X" with no article is one name, as "date of birth" is ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track launches with boat name, date of launch and skipper.",
         ["Launch(boat_name:str,date_of_launch:date,skipper:str)"]),
        ("Log vaccinations: pet name, date of vaccination, vet, batch number",
         ["Vaccination(pet_name:str,date_of_vaccination:date,vet:str,batch_number:str)"]),
        ("I need to record inspections with the inspector, the time of inspection and a "
         "pass flag.",
         ["Inspection(inspector:str,time_of_inspection:datetime,pass_value:bool)"]),
    ],
)  # fmt: skip
def test_a_date_of_the_thing_said_without_article_keeps_its_name(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_the_date_of_the_thing_with_an_article_is_its_own_date() -> None:
    # "the date of the gig" on Gig is the gig's date
    assert read_right("Keep a list of gigs with the venue, the date of the gig and the fee.") == [
        "Gig(venue:str,date_value:date,fee:decimal)"
    ]


# --- tables that are furniture ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track pool tables with table number, cloth colour and hourly rate",
         "PoolTable"),
        ("massage tables: serial number, spa, last serviced date", "MassageTable"),
        ("picnic tables in the country parks: code, material, seats, accessible (yes/no)",
         "PicnicTable"),
    ],
)  # fmt: skip
def test_tables_in_the_plural_after_a_noun_are_furniture(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert [e.name for e in result.entities] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a suppliers table with name and phone", ["Supplier(name:str,phone:str)"]),
        ("Add a phone to the customer table", ["Customer(phone:str)"]),
    ],
)  # fmt: skip
def test_a_database_table_still_frames_its_rows(request_text: str, expected: list[str]) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert accepted(request_text, intent) == expected


# --- "…, with a many-to-many between X and Y" after the lists -----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Kennels (code, size) and dogs (name, breed), with a many-to-many between kennels and "
        "dogs.",
        "Track vans with plate and model, and drivers with name and licence number, with a "
        "many-to-many between vans and drivers.",
    ],
)
def test_a_link_said_with_with_after_the_lists_is_read(request_text: str) -> None:
    result = read(request_text)
    links = [(e.name, r.kind) for e in result.entities for r in e.relationships]
    assert len(links) == 1 and links[0][1] == "many_to_many"
    assert not result.business_rules


def test_with_before_a_field_list_still_lists_fields() -> None:
    assert accepted("Track vans with plate and model") == ["Van(plate:str,model_value:str)"]


# --- "<someone> wants a <frame>." then "Each X: …" ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The depot manager wants a vehicle defect log. Each defect: vehicle, reported date, "
         "severity and notes.", "VehicleDefect"),
        ("Rangers want a footpath survey tracker. Each survey has a surveyor, a survey date "
         "and a condition score.", "FootpathSurvey"),
        ("The bursar needs a locker inspection register. For each inspection: locker number, "
         "inspector, date checked.", "LockerInspection"),
    ],
)  # fmt: skip
def test_a_frame_another_person_wants_names_the_things_whole(
    request_text: str, expected: str
) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


def test_a_frame_wanted_before_other_things_keeps_them() -> None:
    result = read("The harbour master needs a mooring register. For each mooring: berth number, "
                  "boat name, annual fee.")  # fmt: skip
    assert [e.name for e in result.entities] == ["Mooring"]


# --- "on second thoughts leave the X out" -------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boat hires with hirer name, boat, start time and deposit. Actually, take the "
         "deposit out, we stopped charging one.",
         ["BoatHire(hirer_name:str,boat:str,start_time:datetime)"]),
        ("Log kiln firings: kiln, peak temperature, firer and notes. On second thought leave "
         "the firer off.", ["KilnFiring(kiln:str,peak_temperature:float,notes:str)"]),
        ("Can you keep a list of loan bikes? Frame number, size, colour and the lock code. "
         "Hmm, on second thoughts leave the lock code out, it changes weekly.",
         ["LoanBike(frame_number:str,size:str,colour:str)"]),
    ],
)  # fmt: skip
def test_a_field_taken_back_with_leave_out_is_dropped(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_leave_out_without_second_thoughts_keeps_the_list() -> None:
    assert read_right("Track boat hires with hirer name, boat, start time and deposit.") == [
        "BoatHire(hirer_name:str,boat:str,start_time:datetime,deposit:decimal)"
    ]


# --- "… to carry a X flag": a yes/no field, not a link -------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a ranger I want each Campsite to carry a fire risk flag.",
         ["Campsite(fire_risk:bool)"]),
        ("Each Campsite should carry a fire pit flag", ["Campsite(fire_pit:bool)"]),
        ("I want each BikeShed to carry a lock flag.", ["BikeShed(lock:bool)"]),
    ],
)  # fmt: skip
def test_a_flag_carried_is_a_yes_no_field(request_text: str, expected: list[str]) -> None:
    intent, shape = reading(request_text)
    assert (intent, shape) == (Intent.ADD_FIELDS, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each release has many feature flags", ["Release() many_to_many>FeatureFlag"]),
        ("Each deploy carries one feature flag", ["Deploy() many_to_one>FeatureFlag"]),
    ],
)  # fmt: skip
def test_feature_flags_stay_things_linked(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


# --- a thing named whole by its link -------------------------------------------------------------
def test_a_declared_thing_is_named_whole_by_its_link() -> None:
    intent, shape = reading(
        "Camp Site (name, grid reference) and Ranger (name, radio callsign). Each ranger works "
        "at one camp site."
    )
    assert intent is Intent.CREATE_ENTITY
    assert shape == [
        "CampSite(name:str,grid_reference:str)",
        "Ranger(name:str,radio_callsign:str) many_to_one>CampSite",
    ]


def test_a_link_to_a_thing_of_its_own_name_keeps_both() -> None:
    _, shape = reading("Create Member (name, email) and Club (name, town). Each member "
                       "belongs to one club.")  # fmt: skip
    assert shape == ["Member(name:str,email:email) many_to_one>Club", "Club(name:str,town:str)"]


# --- "not all X have a Y, so F may be blank": a reason, and F optional ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log narrowboats with name, length, engine hours – some boats have no engine, so "
         "engine hours can be blank.",
         ["Narrowboat(name:str,length:float,engine_hours:float?)"]),
        ("Each beach hut has a hut number, a rent and a locker code. Not all huts have a "
         "locker, so locker code may be blank.",
         ["BeachHut(hut_number:str,rent:decimal,locker_code:str?)"]),
    ],
)  # fmt: skip
def test_a_field_lacking_for_some_things_is_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_reason_with_its_marker_in_one_item_is_not_accepted_without_it() -> None:
    result = read("Each kennel has a code, a run length and a heater wattage; not every kennel "
                  "has a heater so heater wattage is optional.")  # fmt: skip
    assert result.status == "needs_clarification"


# --- requirement lines about tests, retention, exports and the background -----------------------
@pytest.mark.parametrize(
    "line",
    [
        "- Tests must cover refunds",
        "- Keep six years of payment history",
        "- Provide a CSV download for the auditors",
        "Background: the wardens currently note everything in paper diaries.",
    ],
)
def test_lines_about_building_or_background_name_no_thing(line: str) -> None:
    text = f"Requirements:\n- Permit entity with: permit number, holder name, expiry date\n{line}"
    assert accepted(text) == ["Permit(permit_number:str,holder_name:str,expiry_date:date)"]


def test_a_test_counted_as_a_thing_still_links() -> None:
    assert accepted("Each driving test must cover one route", Intent.ADD_RELATIONSHIP) == [
        "DrivingTest() many_to_one>Route"
    ]


# --- "For <modifier> <things> we need F, G" and "how many X they want" ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For boat owners we need name, email and phone number.",
         ["BoatOwner(name:str,email:email,phone_number:str)"]),
        ("For market traders we need name, pitch number and how many tables they want.",
         ["MarketTrader(name:str,pitch_number:str,tables:int)"]),
        ("Track function rooms with name, floor and how many guests it can seat",
         ["FunctionRoom(name:str,floor:str,guests:int)"]),
    ],
)  # fmt: skip
def test_things_with_a_modifier_and_counts_asked_as_how_many(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_how_many_there_are_still_counts() -> None:
    assert read_right("Track sheds with a code and how many bikes they have") == [
        "Shed(code:str,bikes:int)"
    ]


# --- "Oh, and also a F, <who> keep asking for it": the item is added, who wants it is a reason --
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log hedge cuttings: hedge, date cut and contractor. Oh, and also a birds nesting "
         "flag, the ecologist keeps asking for it.",
         ["HedgeCutting(hedge:str,date_cut:date,contractor:str,birds_nesting:bool)"]),
        ("Track allotment sheds with code and size. Also a padlock code, the committee "
         "wants it.", ["AllotmentShed(code:str,size:str,padlock_code:str)"]),
        ("Log fly posters: street, date reported. Also a photo taken flag.",
         ["FlyPoster(street:str,date_reported:date,photo_taken:bool)"]),
    ],
)  # fmt: skip
def test_one_more_item_said_after_the_list_is_added(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_who_wants_it_alone_adds_nothing() -> None:
    _, shape = reading("Track sheds with code and size. Also the committee wants it.")
    assert shape == ["Shed(code:str,size:str)"]


# --- "<people> keep losing track of X, so …": a habit, no thing -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The coaches keep losing count of the footballs, so please track footballs with a "
         "size and a colour.", ["Football(size:str,colour:str)"]),
        ("The porters keep losing track of the wheelchairs. Can we log wheelchairs with a "
         "tag number and a ward?", ["Wheelchair(tag_number:str,ward:str)"]),
    ],
)  # fmt: skip
def test_losing_track_is_a_habit_not_a_thing(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- a frame kept with a dash list, wanted by a third party --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The dog warden wants a log tracking stray dogs – date found, breed and colour.",
         ["StrayDog(date_found:date,breed:str,colour:str)"]),
        ("Our caretaker has asked for a list of broken windows: room, floor, reported date.",
         ["BrokenWindow(room:str,floor:str,reported_date:date)"]),
        ("We want a register tracking hired scaffolds – site, erected date, inspector.",
         ["HiredScaffold(site:str,erected_date:date,inspector:str)"]),
    ],
)  # fmt: skip
def test_a_frame_with_its_things_and_a_dash_list(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_frame_of_things_for_a_company_keeps_its_reading() -> None:
    assert read_right("The ferry company needs a list of ferries: name, capacity, home port.") == [
        "Ferry(name:str,capacity:int,home_port:str)"
    ]


# --- a hyphened modifier before the app; "Keep X, noting F, G"; "the street it goes on" -----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a web-based tool to track bike loans with rider name, bike number and due "
         "date.", ["BikeLoan(rider_name:str,bike_number:str,due_date:date)"]),
        ("Log boat launches, recording the skipper, the slipway and the tide height.",
         ["BoatLaunch(skipper:str,slipway:str,tide_height:float)"]),
        ("Track loans, noting the borrower, the item and the due date.",
         ["Loan(borrower:str,item:str,due_date:date)"]),
        ("Track delivery rounds with the driver, the depot they start from and the van they "
         "use.", ["DeliveryRound(driver:str,depot:str,van:str)"]),
    ],
)  # fmt: skip
def test_lists_said_in_other_shapes(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_the_date_it_happened_keeps_its_event_name() -> None:
    assert read_right("Track parcels with the date it arrived and the fee.") == [
        "Parcel(arrival_date:date,fee:decimal)"
    ]


# --- bullets glossed after a dash; "at night" in a name -------------------------------------------
def test_bullets_glossed_by_a_participle_or_an_ordinal_keep_their_names() -> None:
    text = ("Market stalls\n- pitch code - painted on the kerb\n- trader - who runs it\n"
            "- opening day - first day of trading\n- open at weekends - yes/no")  # fmt: skip
    assert read_right(text) == [
        "MarketStall(pitch_code:str,trader:str,opening_day:str,open_at_weekends:bool)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boats with name and moored at sea (yes/no)",
         ["Boat(name:str,moored_at_sea:bool)"]),
        ("Track bins with code, created at and colour",
         ["Bin(code:str,created_at:datetime,colour:str)"]),
    ],
)  # fmt: skip
def test_at_with_a_place_stays_in_the_name(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_dash_before_a_type_still_types() -> None:
    assert read_right("Kennels\n- price - a decimal\n- memo - text - optional") == [
        "Kennel(price:decimal,memo:str?)"
    ]


# --- a reason after a dash, or after "since …," before the change ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Where it says bay ref on the moorings, we actually call it berth code – the "
         "harbour staff get confused otherwise.",
         (Intent.RENAME_FIELD, ["Mooring(berth_code:str<bay_ref)"])),
        ("The parish council decided vergers should be called Wardens from now on – it "
         "matches the new handbook.", (Intent.RENAME_ENTITY, ["Warden<Verger()"])),
        ("Make the phone on Tenant optional — it confuses people.",
         (Intent.MODIFY_FIELDS, ["Tenant(phone:str?)"])),
        ("Since the parking permits went digital, the ScratchCard entity is just clutter – "
         "please remove it.", (Intent.REMOVE_ENTITY, ["ScratchCard()"])),
        ("Now that we bill monthly, the fax field on Supplier can go.",
         (Intent.REMOVE_FIELDS, ["Supplier(fax:str)"])),
    ],
)  # fmt: skip
def test_a_reason_beside_a_change_is_no_part_of_it(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    intent, shape = expected
    assert accepted(request_text, intent) == shape


def test_a_dash_before_what_a_thing_has_is_still_its_list() -> None:
    assert read_right("Vans — it has plate, model and colour") == [
        "Van(plate:str,model_value:str,colour:str)"
    ]


# --- who asks, said before a colon; "we are renaming X to Y, <reason>" ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("After the inspection the harbour team asked for one more thing: could moorings "
         "also have a depth?", (Intent.ADD_FIELDS, ["Mooring(depth:float)"])),
        ("Quick request from the depot: please drop the fax from Driver.",
         (Intent.REMOVE_FIELDS, ["Driver(fax:str)"])),
        ("We're renaming BinLift to WheelieLift, the crews can't stand the short name.",
         (Intent.RENAME_ENTITY, ["WheelieLift<BinLift()"])),
        ("We are renaming Kiosk to Booth, the staff can't stand the old name.",
         (Intent.RENAME_ENTITY, ["Booth<Kiosk()"])),
    ],
)  # fmt: skip
def test_who_asks_and_why_around_a_change(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    intent, shape = expected
    assert read_right(request_text, intent) == shape


# --- "give the <TwoWord> entity F and G" ----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you give the PlayArea entity a surfacing type and a fenced flag?",
         ["PlayArea(surfacing_type:str,fenced:bool)"]),
        ("Please give the BoatShed table a door code.", ["BoatShed(door_code:str)"]),
        ("When you get a minute, could you give the BusShelter entity a bench flag?",
         ["BusShelter(bench:bool)"]),
    ],
)  # fmt: skip
def test_fields_given_to_a_named_entity_of_two_words(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_fields_given_to_a_one_word_entity_keep_their_reading() -> None:
    assert accepted("Could you give the Kiosk entity a surfacing type and a fenced flag?",
                    Intent.ADD_FIELDS) == ["Kiosk(surfacing_type:str,fenced:bool)"]  # fmt: skip


def test_a_question_about_the_world_is_still_no_request() -> None:
    result = read("When does the shop open on Sundays?")
    assert result.status == "needs_clarification" and not result.entities


# --- a change, then why after a dash; how things are now, then "but we want …" ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Take the status off Gravestone please – the masons record condition on their own "
         "sheets now.", (Intent.REMOVE_FIELDS, ["Gravestone(status:str)"])),
        ("Remove the fax from Supplier — the suppliers email everything now.",
         (Intent.REMOVE_FIELDS, ["Supplier(fax:str)"])),
        ("At the moment any van can go to any depot, but we want each van to belong to one "
         "depot.", (Intent.ADD_RELATIONSHIP, ["Van() many_to_one>Depot"])),
        ("Quick one from the leisure centre: right now anyone can book any court, but we "
         "want each booking to belong to one member.",
         (Intent.ADD_RELATIONSHIP, ["Booking() many_to_one>Member"])),
    ],
)  # fmt: skip
def test_background_and_reasons_around_an_ask(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    intent, shape = expected
    assert read_right(request_text, intent) == shape


def test_a_list_before_but_we_want_is_still_the_ask() -> None:
    _, shape = reading("Track vans with plate and model, but we want each van to have a colour.")
    assert shape and shape[0].startswith("Van(plate:str,model_value:str")


@pytest.mark.parametrize(
    "request_text",
    [
        "For the harbour we need two things – Berth (code, length) and Boat (name, owner). "
        "Each boat belongs to one berth.",
        "Allotments: we need two things — Plot (code, size) and Tenant (name, phone). Relate "
        "Plot to Tenant.",
    ],
)
def test_two_things_announced_before_a_dash(request_text: str) -> None:
    result = read(request_text)
    assert result.intent is Intent.CREATE_ENTITY
    assert len(result.entities) == 2 and all(e.attributes for e in result.entities)
    assert sum(len(e.relationships) for e in result.entities) == 1
