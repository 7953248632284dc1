"""Requests the reader used to give up on ("no entity or change could be read") although a
person reads a create or a change in them, grouped by the way of saying it.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a thing said in an everyday way is still read, and a vague request
is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


# --- "loss" names a thing unless data is what is lost -------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Make excess amount optional on LossAssessor", Intent.MODIFY_FIELDS,
         ["LossAssessor(excess_amount:decimal?)"]),
        ("Change the settlement figure on LossReport to a decimal", Intent.MODIFY_FIELDS,
         ["LossReport(settlement_figure:decimal)"]),
        ("Add a reviewer name to LossEvent", Intent.ADD_FIELDS,
         ["LossEvent(reviewer_name:str)"]),
        ("Remove the cause from the LossEvent entity", Intent.REMOVE_FIELDS,
         ["LossEvent(cause:str)"]),
    ],
)  # fmt: skip
def test_loss_inside_a_name_is_part_of_the_thing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "constraint",
    [
        "There must be no data loss when the schema changes.",
        "Upgrades happen without any loss of records.",
        "Avoid loss of history during migrations.",
    ],
)
def test_losing_data_is_still_a_constraint_not_a_field(constraint: str) -> None:
    result = read(f"Create parcels with weight and sender name. {constraint}")
    assert shape(result) == ["Parcel(weight:float,sender_name:str)"]
    assert constraint in " ".join(result.business_rules)


# --- a PascalCase name with a glue word inside is one name ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename BillOfLading to Waybill", ["Waybill<BillOfLading()"]),
        ("I want the CertificateOfOrigin entity to be called OriginCertificate",
         ["OriginCertificate<CertificateOfOrigin()"]),
        ("Rename the entity PointOfSale to Till", ["Till<PointOfSale()"]),
    ],
)  # fmt: skip
def test_a_pascal_case_name_with_of_inside_is_renamed_whole(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


def test_a_pascal_case_name_with_of_inside_keeps_its_fields() -> None:
    result = read("Create BillOfLading with number, shipper and consignee")
    assert shape(result) == ["BillOfLading(number:str,shipper:str,consignee:str)"]


# --- a wish for fields in the state only an added field can be in --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We'd like a loyalty tier added to Customer", ["Customer(loyalty_tier:str)"]),
        ("I need a mileage field added onto the Vehicle entity", ["Vehicle(mileage:int)"]),
        ("As a dispatcher I want a pickup window and a fragile flag added to Parcel, so that "
         "drivers know", ["Parcel(pickup_window:str,fragile:bool)"]),
        ("we would also like the tutor's phone included on Lesson", ["Lesson(tutor_phone:str)"]),
    ],
)  # fmt: skip
def test_wanting_fields_added_to_an_entity_adds_them(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- a wish for things kept, then their details after a colon ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I'd like the gift cards tracked: code, balance, expiry date",
         ["GiftCard(code:str,balance:decimal,expiry_date:date)"]),
        ("need boat rentals recorded: renter name, hours (integer) and a deposit paid flag",
         ["BoatRental(renter_name:str,hours:int,deposit_paid:bool)"]),
        ("As a warden I would like noise complaints logged: complainant name, address, "
         "reported at and whether it is resolved",
         ["NoiseComplaint(complainant_name:str,address:str,reported_at:datetime,"
          "is_resolved:bool)"]),
        ("We need hall bookings registered: hirer name, booking date, deposit",
         ["HallBooking(hirer_name:str,booking_date:date,deposit:decimal)"]),
    ],
)  # fmt: skip
def test_wanting_things_tracked_with_a_colon_list_creates_them(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    "vague",
    [
        "I would like stuff tracked",
        "we need things recorded: whatever works",
        "I need something for my shop",
        "we keep track of stuff",
    ],
)
def test_a_vague_wish_for_things_kept_is_still_asked(vague: str) -> None:
    assert read(vague).status == "needs_clarification"


# --- a field's new state said as a statement about the field, not as an order -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a bare place said first, then the sentence's subject, with no comma between
        ("on Tent the pitch number should be optional", ["Tent(pitch_number:str?)"]),
        ("for Invoice the due date can be blank", ["Invoice(due_date:date?)"]),
        ("in Greenhouse the humidity should be a decimal", ["Greenhouse(humidity:decimal)"]),
        # when the new state starts says nothing about which state
        ("Kayak's paddle size can be blank now", ["Kayak(paddle_size:str?)"]),
        ("the hull number on Yacht is optional now", ["Yacht(hull_number:str?)"]),
        ("the hull number on Yacht is now a decimal", ["Yacht(hull_number:decimal)"]),
        ("Greenhouse humidity should be a decimal from now on", ["Greenhouse(humidity:decimal)"]),
        # what the field is now, then what it should be
        ("the berth count on Marina is text, but it should be a whole number",
         ["Marina(berth_count:int)"]),
        ("Kennel's daily rate was set up as text, but it should be a decimal",
         ["Kennel(daily_rate:decimal)"]),
        ("on Album the track count got created as a string but it should really be an integer",
         ["Album(track_count:int)"]),
        # a label for the message before the colon, and a share of a group as the reason
        ("Minor tweak - the deposit on Booking can be blank now", ["Booking(deposit:decimal?)"]),
        ("the vat number on Supplier should be optional, most of our suppliers are sole traders",
         ["Supplier(vat_number:str?)"]),
        ("one small fix: on Ferry the crossing time should be optional, half the crews skip it",
         ["Ferry(crossing_time:str?)"]),
    ],
)  # fmt: skip
def test_a_field_said_to_be_in_a_new_state_is_changed(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected
    assert read(request_text).intent == Intent.MODIFY_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the fax is not needed on Supplier anymore", ["Supplier(fax:str)"]),
        ("LOCKER CODE ISNT NEEDED ON Gym ANYMORE", ["Gym(locker_code:str)"]),
        ("the middle name is no longer needed on Patient", ["Patient(middle_name:str)"]),
        ("parking bay is no longer used for Tenant", ["Tenant(parking_bay:str)"]),
    ],
)  # fmt: skip
def test_a_field_needed_no_longer_on_an_entity_is_removed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_field_only_said_not_needed_is_asked_about() -> None:
    # without "anymore" or "no longer" it may mean optional as well as gone: not guessed
    assert read("the fax is not needed on Supplier").status == "needs_clarification"


def test_a_place_said_first_is_not_taken_from_a_general_remark() -> None:
    result = read("In general the app should use sqlite")
    assert result.status == "needs_clarification"


# --- "it" points at what the talk just before named ---------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Honestly nobody reads the allergy notes on Camper. Can you delete it?",
         ["Camper(allergy_notes:str)"]),
        ("Bit embarrassing, we never fill in the secondary contact on Vendor. Just drop it.",
         ["Vendor(secondary_contact:str)"]),
        ("We stopped recording bin colour on Household last spring. Please drop it.",
         ["Household(bin_colour:str)"]),
        ("The board agreed we don't track shoe size on Climber anymore, so please remove it",
         ["Climber(shoe_size:str)"]),
    ],
)  # fmt: skip
def test_removing_it_removes_the_field_the_talk_before_named(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("My manager says 'pickup slot' sounds odd, can you rename it to just slot on Order?",
         ["Order(slot:str<pickup_slot)"]),
        ('The vet hates the name "chip code". Could we rename it to microchip number on Dog?',
         ["Dog(microchip_number:str<chip_code)"]),
        ("can you rename seat label to just seat on Ticket?", ["Ticket(seat:str<seat_label)"]),
    ],
)  # fmt: skip
def test_renaming_it_renames_the_one_name_quoted_before(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We stopped tracking RentalBike last year. Please remove it.", ["RentalBike()"]),
        ("Hmm, we stopped using SeedTray completely, the nursery closed. You can delete it.",
         ["SeedTray()"]),
        ("We don't use the ParkingPermit entity anymore, delete it", ["ParkingPermit()"]),
        ("We stopped using the Locker entity. Remove it.", ["Locker()"]),
    ],
)  # fmt: skip
def test_deleting_it_removes_the_entity_said_to_be_used_no_longer(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "We stopped using Excel. Remove it.",
        "We stopped using Google Sheets. Remove it.",
        "we stopped using the fax. remove it",
    ],
)
def test_a_tool_no_longer_used_is_not_an_entity_to_delete(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert result.intent != Intent.REMOVE_ENTITY or not result.entities


# --- shorthands a terse request ends or starts with ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Link greenhouses and sensors many-to-many", ["Greenhouse() many_to_many>Sensor"]),
        ("Link ferries to ports many to many", ["Ferry() many_to_many>Port"]),
        ("Link Locker to Member many-to-one", ["Locker() many_to_one>Member"]),
        ("connect Tractor with Farm many to one relationship", ["Tractor() many_to_one>Farm"]),
    ],
)  # fmt: skip
def test_a_kind_said_last_without_a_comma_sets_the_link(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Husky: weight -> optional", ["Husky(weight:float?)"]),
        ("RaceHorse: age -> optional", ["RaceHorse(age:int?)"]),
        ("Kiln: firing temperature -> decimal", ["Kiln(firing_temperature:decimal)"]),
    ],
)  # fmt: skip
def test_an_entity_colon_field_arrow_state_changes_the_field(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.MODIFY_FIELDS, expected)


def test_a_type_change_written_with_the_old_type_still_reads() -> None:
    assert accepted("Kiln.temperature: int -> float", Intent.MODIFY_FIELDS) == [
        "Kiln(temperature:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a screened yes/no field to Donation", ["Donation(screened:bool)"]),
        ("Add a gluten free yes/no field to Recipe", ["Recipe(gluten_free:bool)"]),
        ("add an insured true/false column to Courier", ["Courier(insured:bool)"]),
    ],
)  # fmt: skip
def test_a_yes_no_field_said_before_field_is_a_flag(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each boiler we need the serial number and the date of last boiler service.",
         ["Boiler(serial_number:str,date_of_last_boiler_service:date)"]),
        ("Track lifts with lift code and date of first safety inspection",
         ["Lift(lift_code:str,date_of_first_safety_inspection:date)"]),
        ("Create ponds with name and place of first water sample",
         ["Pond(name:str,place_of_first_water_sample:str)"]),
    ],
)  # fmt: skip
def test_of_joining_a_long_field_name_does_not_make_it_a_rule(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- where nothing is read, the person is told what was read and what was not -------------------
def _nothing_read_note(request_text: str) -> str:
    result = read(request_text)
    assert result.status == "needs_clarification"
    notes = [n for n in result.notes if n.startswith("no entity or change could be read")]
    assert notes, result.notes
    return notes[0]


def test_the_note_names_the_words_not_read_and_the_things_they_may_name() -> None:
    # ("Deckhands do many voyages" is read now: "do" before a count links them)
    note = _nothing_read_note("Deckhands and voyages go together")
    assert "not read: 'deckhands and voyages go together'" in note
    assert "may name the thing: Deckhand, Voyage" in note
    assert note.endswith("'add a phone to Customer'")  # and how to say it again


def test_the_note_names_the_setting_and_the_words_after_it() -> None:
    # (with no comma, "for our rowing club to log outings" is whom the thing is for, then what
    # it manages: the note then names Outing as the thing)
    note = _nothing_read_note("i need a thing for our rowing club, to log outings crew boat river")
    assert "read 'rowing club' (RowingClub) as the setting" in note
    assert "not read: 'to log outings crew boat river'" in note


def test_the_note_says_a_line_was_read_as_how_to_build() -> None:
    note = _nothing_read_note("Please keep the schema tidy and write tests for everything")
    assert "read as how to build, not as a thing: 'Please keep the schema tidy" in note


def test_a_vague_request_is_told_its_setting_and_nothing_more() -> None:
    note = _nothing_read_note("I need something for my bakery")
    assert "read 'bakery' (Bakery) as the setting, with nothing to keep for it" in note
    assert "not read" not in note


# --- a practice word used as a noun names a thing ("each stay", "the Stay entity") ---------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Every Stay belongs to a single Guest.", Intent.ADD_RELATIONSHIP,
         ["Stay() many_to_one>Guest"]),
        ("Please relate Stay to Cabin", Intent.ADD_RELATIONSHIP, ["Stay() many_to_one>Cabin"]),
        ("Remove the minibar total from the Stay entity", Intent.REMOVE_FIELDS,
         ["Stay(minibar_total:decimal)"]),
        ("the late checkout flag on Stay can go", Intent.REMOVE_FIELDS,
         ["Stay(late_checkout:str)"]),
        ("I want to keep track of stays - the guest name, the check in date and the room "
         "number - so that nothing is double booked", Intent.CREATE_ENTITY,
         ["Stay(guest_name:str,check_in_date:date,room_number:str)"]),
    ],
)  # fmt: skip
def test_stay_as_a_noun_is_a_thing_kept(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    "constraint",
    [
        "Existing data must stay.",
        "All current guests stay in the database.",
        "Everything else stays the same.",
    ],
)
def test_data_that_must_stay_is_still_a_constraint(constraint: str) -> None:
    result = read(f"Create cabins with name and capacity. {constraint}")
    assert shape(result) == ["Cabin(name:str,capacity:int)"]
    assert constraint in " ".join(result.business_rules)


def test_what_a_thing_has_one_of_each_declared_thing_links_to_them() -> None:
    result = read(
        "Boats with name and length, moorings with code and a deep water flag, and bookings "
        "with start date and end date. Each booking has one boat and one mooring."
    )
    assert shape(result) == [
        "Boat(name:str,length:float)",
        "Mooring(code:str,deep_water:bool)",
        "Booking(start_date:date,end_date:date) many_to_one>Boat many_to_one>Mooring",
    ]


def test_what_a_thing_has_one_of_stays_a_field_when_nothing_declares_it() -> None:
    result = read("Bookings with start date. Each booking has one skipper and one harbour fee.")
    assert all("many_to_one" not in entity for entity in shape(result))


# --- what is written down for each record, with an everyday verb ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each lesson we note the pupil name, the lesson date and whether it is paid.",
         ["Lesson(pupil_name:str,lesson_date:date,is_paid:bool)"]),
        ("Every delivery I write down the address, the drop time and the driver's phone.",
         ["Delivery(address:str,drop_time:str,driver_phone:str)"]),
        ("After every tasting we jot down the wine name, the vintage and the score",
         ["Tasting(wine_name:str,vintage:str,score:float)"]),
        ("What we write in the logbook for each dive is the site, the depth and the buddy name.",
         ["Dive(site:str,depth:float,buddy_name:str)"]),
        ("I would need for every allotment: the plot number, the tenant name and the rent.",
         ["Allotment(plot_number:str,tenant_name:str,rent:decimal)"]),
        ("For every parcel we always record the weight, the sender and a signed flag",
         ["Parcel(weight:float,sender:str,signed:bool)"]),
    ],
)  # fmt: skip
def test_what_is_written_down_for_each_record_creates_it(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    "vague",
    [
        "For each customer we note stuff",
        "Every day I write down things in my book",
        "What I write in my book is private",
    ],
)
def test_writing_things_down_without_details_is_still_asked(vague: str) -> None:
    assert read(vague).status == "needs_clarification"


# --- texting shorthand for the glue of a change, and a reason typed without a comma --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the depth on Dive shud be a decimal", ["Dive(depth:decimal)"]),
        ("locker code on Member shld be optional", ["Member(locker_code:str?)"]),
        ("the tip on Order shd be a whole number not a decimal", ["Order(tip:int)"]),
        ("the allergy note on Guest should be optional not everyone has one",
         ["Guest(allergy_note:str?)"]),
        ("the middle name on Pupil can be blank because nobody has one",
         ["Pupil(middle_name:str?)"]),
    ],
)  # fmt: skip
def test_a_change_typed_in_shorthand_is_read(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.MODIFY_FIELDS, expected)


# --- a link said with "can be in" or "call at" a counted place  --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Trawlers call at several harbours", ["Trawler() many_to_many>Harbour"]),
        ("Buses stop at many stops", ["Bus() many_to_many>Stop"]),
        ("Recipes can be in several cookbooks.", ["Recipe() many_to_many>Cookbook"]),
        ("Each tram can be in one depot", ["Tram() many_to_one>Depot"]),
    ],
)  # fmt: skip
def test_being_in_or_calling_at_counted_places_links(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


def test_being_in_a_place_said_with_the_is_no_link() -> None:
    assert read("Chefs can be in the kitchen").status == "needs_clarification"


# --- "call A B" with both things in the plural renames the entity ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can we call the vans vehicles instead", ["Vehicle<Van()"]),
        ("Call tastings sessions from now on.", ["Session<Tasting()"]),
        ("let us call bookings court reservations", ["CourtReservation<Booking()"]),
        ("could we call the members club players going forward", ["ClubPlayer<Member()"]),
    ],
)  # fmt: skip
def test_calling_things_by_another_plural_renames_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.RENAME_ENTITY, expected)


def test_calling_a_field_another_name_stays_a_field_rename() -> None:
    result = read("call the phone field mobile on Contact")
    assert (result.intent, shape(result)) == (Intent.RENAME_FIELD, ["Contact(mobile:str<phone)"])


# --- the things kept, a comma, then their details (the "with" left out) ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("i need to keep the rentals, renter name, board size, return date and the deposit ok",
         ["Rental(renter_name:str,board_size:str,return_date:date,deposit:decimal)"]),
        ("we want to keep track of our ponies, name, height, feed notes and last farrier date",
         ["Pony(name:str,height:float,feed_notes:str,last_farrier_date:date)"]),
        ("log the deliveries, driver name, arrival time, signed flag",
         ["Delivery(driver_name:str,arrival_time:datetime,signed:bool)"]),
    ],
)  # fmt: skip
def test_things_kept_then_a_comma_and_their_details_creates_them(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_list_of_things_kept_is_not_read_as_one_with_fields() -> None:
    # three things in a list: nothing here says which has which fields
    result = read("track orders, invoices, refunds and credit notes")
    assert result.status == "needs_clarification"
