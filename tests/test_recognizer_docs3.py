"""Requirement documents and user stories: ways of writing that were misread (branch docs3).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a story wishing a thing "to no longer hold/store/keep F" removes F from it, as
"X no longer has F" does.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a clinic manager I want the Patient entity to no longer store a fax number "
            "so that we hold less data.",
            ["Patient(fax_number:str)"],
        ),
        ("I want invoices to no longer keep a discount code", ["Invoice(discount_code:str)"]),
        ("Shelters no longer track a kennel count", ["Shelter(kennel_count:int)"]),
        ("We want the Vehicle table to no longer record the mileage", ["Vehicle(mileage:int)"]),
        ("Ferries no longer hold a berth number", ["Ferry(berth_number:str)"]),
    ],
)  # fmt: skip
def test_a_thing_that_no_longer_keeps_a_field_loses_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Ferries no longer have a berth number", Intent.REMOVE_FIELDS,
         ["Ferry(berth_number:str)"]),
        ("we no longer store the fax number on Supplier", Intent.REMOVE_FIELDS,
         ["Supplier(fax_number:str)"]),
        ("I want ferries to have a berth number", Intent.ADD_FIELDS, ["Ferry(berth_number:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_no_longer_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a tenancy with tenant name, rent due and start date",
         ["Tenancy(tenant_name:str,rent_due:decimal,start_date:date)"]),
        ("Create a loan with borrower name and balance outstanding",
         ["Loan(borrower_name:str,balance_outstanding:decimal)"]),
        ("Create an invoice with customer name and total payable",
         ["Invoice(customer_name:str,total_payable:decimal)"]),
        ("Create a boat insurance cover with hull number and yearly premium",
         ["BoatInsuranceCover(hull_number:str,yearly_premium:decimal)"]),
    ],
)  # fmt: skip
def test_money_still_to_be_paid_and_premiums_are_decimal(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a library loan with book title and date due",
         ["LibraryLoan(book_title:str,date_due:date)"]),
        ("Create a ferry with name and seats remaining", ["Ferry(name:str,seats_remaining:int)"]),
        ("Create a gym member with name and premium member (yes/no)",
         ["GymMember(name:str,premium_member:bool)"]),
    ],
)  # fmt: skip
def test_counterparts_of_money_due_keep_their_type(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


def test_a_list_lettered_with_full_stops_is_a_list_of_fields() -> None:
    request = (
        "Boat hire\n\nRequirements:\n1. Rowing boat entity with just:\n   a. hull code\n"
        "   b. seats\n   c. last painted date\n2. Keep the data when we upgrade"
    )
    assert accepted(request) == ["RowingBoat(hull_code:str,seats:int,last_painted_date:date)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Rowing boat entity with just:\n   a) hull code\n   b) seats\n   c) last painted date",
        "Rowing boat entity with just:\n   - hull code\n   - seats\n   - last painted date",
    ],
)
def test_lists_lettered_with_brackets_or_dashes_keep_their_reading(request_text: str) -> None:
    assert shape(read(request_text)) == [
        "RowingBoat(hull_code:str,seats:int,last_painted_date:date)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a cafe with name, cash only (yes/no) and opening hour",
         ["Cafe(name:str,cash_only:bool,opening_hour:str)"]),
        ("Create a parking space with bay number, members only flag and a charge",
         ["ParkingSpace(bay_number:str,members_only:bool,charge:decimal)"]),
        ("Create an event with title, adults only (bool)", ["Event(title:str,adults_only:bool)"]),
    ],
)  # fmt: skip
def test_a_restriction_said_as_a_yes_no_is_a_field(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected", "rule"),
    [
        ("Create a parking space with bay number and charge; members only.",
         ["ParkingSpace(bay_number:str,charge:decimal)"], "members only"),
        ("Create an event with title, which is for adults only", ["Event(title:str)"],
         "which is for adults only"),
    ],
)  # fmt: skip
def test_a_restriction_without_a_yes_no_stays_a_rule(
    request_text: str, expected: list[str], rule: str
) -> None:
    result = read(request_text)
    assert shape(result) == expected
    assert rule in result.business_rules


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track segment entity with: length, surface", ["TrackSegment(length:float,surface:str)"]),
        ("LogEntry entity with: logged at, message",
         ["LogEntry(logged_at:datetime,message:str)"]),
        ("Harbour log entity with just: entry date, tide height",
         ["HarbourLog(entry_date:date,tide_height:float)"]),
        ("Fishing log entity with catch weight and caught on",
         ["FishingLog(catch_weight:float,caught_on:date)"]),
    ],
)  # fmt: skip
def test_a_name_marked_as_the_entity_keeps_its_first_word(
    request_text: str, expected: list[str]
) -> None:
    """A verb of keeping ("track", "log") or a frame word ("log") inside a name written before
    "entity" is part of the name, not the ask or the system around it."""
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track customers with name and email", ["Customer(name:str,email:email)"]),
        ("Track the customer entity with name, email", ["Customer(name:str,email:email)"]),
        ("Log visits with visit date and visitor name",
         ["Visit(visit_date:date,visitor_name:str)"]),
        ("Create a fishing log for anglers with name and licence number",
         ["Angler(name:str,licence_number:str)"]),
    ],
)  # fmt: skip
def test_verbs_and_frames_not_marked_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each wedding takes place in one chapel", ["Wedding() many_to_one>Chapel"]),
        ("Every regatta takes place at a single harbour", ["Regatta() many_to_one>Harbour"]),
        ("Training sessions take place in many rooms", ["TrainingSession() many_to_many>Room"]),
    ],
)  # fmt: skip
def test_taking_place_somewhere_links_to_the_place(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_place_taken_care_of_keeps_its_reading() -> None:
    assert shape(read("Each steward takes care of several cabins")) == [
        "Steward() many_to_many>Cabin"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create farms with name and acreage, tractors with serial and year, and connect farms "
         "and tractors",
         ["Farm(name:str,acreage:float) many_to_many>Tractor", "Tractor(serial:str,year:int)"]),
        ("Create choirs with name and city, singers with name and voice, and link choirs and "
         "singers.",
         ["Choir(name:str,city:str) many_to_many>Singer", "Singer(name:str,voice:str)"]),
    ],
)  # fmt: skip
def test_a_link_of_two_plurals_after_a_create_list_is_its_own_ask(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_field_called_links_at_the_end_of_a_list_stays_a_field() -> None:
    assert shape(read("Create a farm with name, acreage, and links")) == [
        "Farm(name:str,acreage:float,links:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected", "rule"),
    [
        ("Create a kennel with number and size. Records are stored as JSON.",
         ["Kennel(number:str,size:str)"], "Records are stored as JSON."),
        ("Create a kennel with number and size. Logs must be kept for a year.",
         ["Kennel(number:str,size:str)"], "Logs must be kept for a year."),
        ("Ferry entity with just:\n- name\n- berth count\n- Records are saved in SQLite",
         ["Ferry(name:str,berth_count:int)"], "Records are saved in SQLite"),
    ],
)  # fmt: skip
def test_a_verb_word_before_are_or_a_modal_is_the_subject_of_a_rule(
    request_text: str, expected: list[str], rule: str
) -> None:
    """ "Records are stored as JSON": "records" is what is stored (a rule about storage), not
    an ask to record a thing called Stored."""
    result = read(request_text)
    assert (result.status, shape(result)) == ("recognized", expected)
    assert rule in result.business_rules


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log visits with visit date and visitor name",
         ["Visit(visit_date:date,visitor_name:str)"]),
        ("Record catches with weight and species", ["Catch(weight:float,species:str)"]),
    ],
)  # fmt: skip
def test_a_verb_of_keeping_before_its_object_keeps_its_reading(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a club secretary I want Member to also store a joining fee and a locker flag so "
         "that renewals are simple.",
         ["Member(joining_fee:decimal,locker:bool)"]),
        ("I want patients to also keep a blood group", ["Patient(blood_group:str)"]),
        ("I want the Volunteer to also store a start date", ["Volunteer(start_date:date)"]),
    ],
)  # fmt: skip
def test_people_wished_to_also_store_a_value_get_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want the inspector to record each inspection with date and result",
         ["Inspection(date_value:date,result:str)"]),
        ("I want vessels to also store a home port", ["Vessel(home_port:str)"]),
    ],
)  # fmt: skip
def test_who_keeps_records_and_things_that_store_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Requirements:\n* Kiln gains a new column: firing temperature (number)\n"
         "* Keep the data when we migrate",
         ["Kiln(firing_temperature:float)"]),
        ("- Each ferry gets three new fields: berth, deck count, launched on",
         ["Ferry(berth:str,deck_count:int,launched_on:date)"]),
        ("- Locker gets two extra fields: key code and rented (yes/no)",
         ["Locker(key_code:str,rented:bool)"]),
    ],
)  # fmt: skip
def test_new_fields_a_thing_gets_in_a_bullet_are_added(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_thing_that_gets_something_else_is_not_an_addition() -> None:
    result = read("Members get a new card: number and expiry")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add to Boat Trailer:\n  - axle count\n  - last serviced",
         ["BoatTrailer(axle_count:int,last_serviced:date)"]),
        ("Requirements:\n- add to SeedTray:\n  - cell count\n  - sown on\n"
         "- existing trays keep their data",
         ["SeedTray(cell_count:int,sown_on:date)"]),
    ],
)  # fmt: skip
def test_add_to_a_two_word_name_over_a_list_keeps_the_whole_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add to kennels:\n- heated (yes/no)", ["Kennel(heated:bool)"]),
        ("Add to the kennel block:\n- heated (yes/no)\n- run count",
         ["KennelBlock(heated:bool,run_count:int)"]),
    ],
)  # fmt: skip
def test_add_to_a_one_word_name_or_with_an_article_keeps_its_reading(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a parcel with tracking code, the delivered at time and a signed flag",
         ["Parcel(tracking_code:str,delivered_at:datetime,signed:bool)"]),
        ("Create a ticket with subject and the closed at timestamp",
         ["Ticket(subject:str,closed_at:datetime)"]),
    ],
)  # fmt: skip
def test_a_moment_named_at_with_time_after_it_is_the_at_field(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a shift with a start time and an arrival time",
         ["Shift(start_time:datetime,arrival_time:datetime)"]),
        ("Create a race with name and the time at finish", ["Race(name:str,time_at_finish:str)"]),
    ],
)  # fmt: skip
def test_other_times_keep_their_names(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make a shed: Kayak with hull code and length",
         ["Kayak(hull_code:str,length:float)"]),
        ("Make a tool library: Tool with tool name, serial number and condition",
         ["Tool(tool_name:str,serial_number:str,condition:str)"]),
        ("Set up a bike shed: Bike with frame number and colour; Lock with code",
         ["Bike(frame_number:str,colour:str)", "Lock(code:str)"]),
    ],
)  # fmt: skip
def test_the_place_made_before_a_colon_is_the_setting_of_the_thing_named_after_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Build a CRM: contacts with name and email", ["Contact(name:str,email:email)"]),
        ("Make a boat app: Kayak with hull code and length",
         ["Kayak(hull_code:str,length:float)"]),
    ],
)  # fmt: skip
def test_frames_before_a_colon_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a greenhouse with name and humidity threshold",
         ["Greenhouse(name:str,humidity_threshold:float)"]),
        ("Create a bridge with name and weight limit", ["Bridge(name:str,weight_limit:float)"]),
        ("Create a boiler with serial and pressure setpoint",
         ["Boiler(serial:str,pressure_setpoint:float)"]),
    ],
)  # fmt: skip
def test_a_limit_or_setpoint_of_a_measure_is_that_measure(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a climber with name and skill level", ["Climber(name:str,skill_level:str)"]),
        ("Create an exam with title and time limit", ["Exam(title:str,time_limit:str)"]),
    ],
)  # fmt: skip
def test_a_limit_of_something_else_keeps_its_type(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


def test_items_saying_what_each_linked_thing_has_are_things_with_their_fields() -> None:
    request = (
        "Hive and Apiary:\n- apiary has name and postcode\n- hive has hive number (int)\n"
        "Each hive belongs to one apiary."
    )
    assert read_right(request) == [
        "Apiary(name:str,postcode:str)",
        "Hive(hive_number:int) many_to_one>Apiary",
    ]


def test_plain_field_items_under_a_thing_stay_its_fields() -> None:
    request = "Apiary:\n- name\n- postcode\n- hive count\nEach hive belongs to one apiary."
    assert shape(read(request))[0] == "Apiary(name:str,postcode:str,hive_count:int)"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Building has name and address", ["Building(name:str,address:str)"]),
        ("Recording has title and length", ["Recording(title:str,length:float)"]),
    ],
)  # fmt: skip
def test_a_thing_named_by_an_ing_word_has_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_an_ing_word_that_has_to_be_done_stays_a_rule() -> None:
    result = read("Tracking has to be fast")
    assert (result.status, result.entities) == ("needs_clarification", ())


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a dock manager I want forklifts to have a licence plate and a serviced flag so "
         "that we stay safe.",
         ["Forklift(licence_plate:str,serviced:bool)"]),
        ("I want kilns to have a max temperature and a last fired date",
         ["Kiln(max_temperature:float,last_fired_date:date)"]),
    ],
)  # fmt: skip
def test_a_wish_that_things_had_two_fields_more_adds_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_wish_that_things_had_three_fields_still_makes_them() -> None:
    request = "As a curator I want each loan box to have a code, a weight and a packed date."
    assert read_right(request) == ["LoanBox(code:str,weight:float,packed_date:date)"]


def test_tests_kept_as_records_keep_who_tested_them_and_when() -> None:
    assert read_right("- Water tests with sample point, tested on, tested by and ph level") == [
        "WaterTest(sample_point:str,tested_on:date,tested_by:str,ph_level:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Write unit tests with pytest, tested by the CI",
        "Integration tests with the staging database",
    ],
)
def test_software_tests_stay_how_to_build(request_text: str) -> None:
    result = read(request_text)
    assert (result.status, result.entities) == ("needs_clarification", ())
