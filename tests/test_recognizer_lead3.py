"""Talk about when a request comes, and wishes about features, name no data.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "following on from yesterday's call" or "further to our meeting" before an ask
names no entity, so an add with no owner is asked about instead of creating a Call or a
Meeting; "follow every fabric roll" is still a request to keep them. A wish about what users
may do ("let members …"), a version of the app ("v2 with …") or effort a thing needs ("the
invoice table needs work") is vague: asked about, never built as an entity or a field.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.confidence import _frame_field
from tests.support.recognition import accepted, read, read_right, shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Hello, following on from this morning's call - could you add a pager and a radio so "
        "the night porter can be found?",
        "following on from the visit. please add the postcode and the gate code",
        "Following from the audit: could you add a signature and a stamp?",
        "After yesterday's meeting - please add a phone and an email.",
    ],
)
def test_an_occasion_before_an_add_names_no_owner(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing
    assert [e.name for e in result.entities if e.name] == []


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Following on from our chat: please add a pager to the Porter.", ["Porter(pager:str)"]),
        ("after the inspection - please add a pressure reading to Boiler",
         ["Boiler(pressure_reading:str)"]),
        ("Further to our call, remove the fax number from Surgery.", ["Surgery(fax_number:str)"]),
    ],
)  # fmt: skip
def test_an_occasion_before_a_change_keeps_the_change(request_text: str, expected: list[str]):
    result = read(request_text)
    assert result.intent in (Intent.ADD_FIELDS, Intent.REMOVE_FIELDS)
    assert read_right(request_text, result.intent) == expected


def test_following_things_is_still_keeping_them() -> None:
    assert accepted("we want to follow every fabric bale with a bale number and a width") == [
        "FabricBale(bale_number:str,width:float)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "let tenants sign in with their bank",
        "allow couriers to upload a signature",
        "v4 of the site with the ideas from the workshop",
        "mvp with everything from the pitch",
        "the parcels table needs work",
        "the tenant model needs a rethink",
        "the rota page needs some love",
        "please add a way for tenants to pay rent",
        "give Tenant the standard fields",
        "add the usual fields to Parcel",
    ],
)
def test_feature_wishes_and_effort_are_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert all(not e.attributes for e in result.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("holiday lets with address and nightly rate",
         ["HolidayLet(address:str,nightly_rate:decimal)"]),
        ("hikes with distance and way marks", ["Hike(distance:float,way_marks:str)"]),
    ],
)  # fmt: skip
def test_the_same_words_inside_a_name_still_name_things(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_work_as_a_modifier_is_still_a_field() -> None:
    assert accepted("the Tenant table needs a work phone and a work email", Intent.ADD_FIELDS) == [
        "Tenant(work_phone:str,work_email:email)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "add filters to the list",
        "please put a date picker on the form",
        "add a map to the homepage",
        "could you add sorting to the list",
        "add a chart to the dashboard",
        "remove the search bar from the header",
    ],
)
def test_a_change_to_a_screen_is_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing
    assert any("screen" in note for note in result.notes)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add a title and a slug to Page", Intent.ADD_FIELDS,
         ["PageItem(title:str,slug:str)"]),
        ("add a filter size to Pump", Intent.ADD_FIELDS, ["Pump(filter_size:str)"]),
        ("add a chart number to Patient", Intent.ADD_FIELDS, ["Patient(chart_number:str)"]),
        ("Add a colour to List", Intent.ADD_FIELDS, ["ListItem(colour:str)"]),
        ("Add a standard rate to Room", Intent.ADD_FIELDS, ["Room(standard_rate:float)"]),
    ],
)  # fmt: skip
def test_a_thing_named_like_a_screen_part_still_gets_its_fields(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("a climber can book many sessions and a session can be booked by many climbers",
         ["Climber() many_to_many>Session"]),
        ("a tutor coaches many pupils and a pupil is coached by many tutors",
         ["Tutor() many_to_many>Pupil"]),
        # the side that says "one" holds the link, whichever clause says it
        ("each canoe is kept in one shed and a shed has many canoes",
         ["Canoe() many_to_one>Shed"]),
        ("a ride has one driver and a driver gives many rides", ["Ride() many_to_one>Driver"]),
    ],
)  # fmt: skip
def test_a_link_said_from_both_sides_in_one_sentence_is_one_link(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_two_links_in_one_sentence_stay_two() -> None:
    assert accepted(
        "a climber books many sessions and each session belongs to one wall",
        Intent.ADD_RELATIONSHIP,
    ) == ["Climber() many_to_many>Session", "Session() many_to_one>Wall"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each warden looks after many residents", ["Warden() many_to_many>Resident"]),
        ("a resident is looked after by one carer", ["Resident() many_to_one>Carer"]),
        ("a steward takes care of several cabins", ["Steward() many_to_many>Cabin"]),
        ("each foreman is responsible for many crews", ["Foreman() many_to_many>Crew"]),
        ("each runner signs up for one race", ["Runner() many_to_one>Race"]),
        ("a hangar stores many gliders", ["Hangar() many_to_many>Glider"]),
        ("a surgery keeps several ambulances", ["Surgery() many_to_many>Ambulance"]),
    ],
)  # fmt: skip
def test_a_verb_of_several_words_or_of_keeping_relates_two_things(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_keeping_things_is_still_a_request_to_keep_them() -> None:
    assert accepted("we need to keep gliders with a tail number and a wingspan") == [
        "Glider(tail_number:str,wingspan:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each carer visits many residents", ["Carer() many_to_many>Resident"]),
        ("the fosterer has one kennel", ["Fosterer() many_to_one>Kennel"]),
    ],
)  # fmt: skip
def test_a_doer_of_a_known_word_is_not_respelt(request_text: str, expected: list[str]) -> None:
    """ "carer" is not "career" misspelt: WordNet lacks it, but "care" + "r" is a doer."""
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_misspelt_doer_is_still_respelt() -> None:
    assert read_right("Runer shoud belong to one squad", Intent.ADD_RELATIONSHIP) == [
        "Runner() many_to_one>Squad"
    ]


def test_a_link_asked_after_a_list_is_read_as_a_link() -> None:
    """ "…, and link each X to one Y" after a field list is not two more fields."""
    result = read("Create a Shed entity with code and size, and link each canoe to one shed.")
    assert shape(result) == ["Shed(code:str,size:str)", "Canoe() many_to_one>Shed"]
    # the canoe is named with no fields of its own: asked, never invented
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Wingspan is required for gliders", ["Glider(wingspan:float)"]),
        ("tail number is mandatory on Glider", ["Glider(tail_number:str)"]),
        ("phone is optional for pilots", ["Pilot(phone:str?)"]),
        ("the radio call sign can be left blank for pilots", ["Pilot(radio_call_sign:str?)"]),
    ],
)  # fmt: skip
def test_a_state_said_of_every_thing_of_a_kind_changes_that_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_state_said_later_in_a_create_is_when_not_which_thing() -> None:
    assert accepted(
        "Track gliders with tail number, wingspan and hangar slot. "
        "The hangar slot can be blank for the gliders out on loan."
    ) == ["Glider(tail_number:str,wingspan:float,hangar_slot:str?)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Tremors with magnitude and depth as floats", Intent.CREATE_ENTITY,
         ["Tremor(magnitude:float,depth:float)"]),
        ("Crates with width and height as integers, and a label", Intent.CREATE_ENTITY,
         ["Crate(width:int,height:int,label:str)"]),
        ("Add fee and deposit as decimals to Lease", Intent.ADD_FIELDS,
         ["Lease(fee:decimal,deposit:decimal)"]),
    ],
)  # fmt: skip
def test_a_plural_type_after_two_items_types_both(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "depth as floats" was a field 'depth_as' beside an untyped 'magnitude', accepted."""
    assert accepted(request_text, intent) == expected


def test_a_count_of_new_fields_that_does_not_match_what_was_read_is_asked() -> None:
    result = read(
        "CHG-88: The Lease entity needs two new fields.\n\n"
        '- It has a break clause date\n- And a flag "rent review due" kept as review_due'
    )
    assert result.status == "needs_clarification"
    assert any("2 new fields" in note for note in result.notes)


def test_a_count_that_matches_is_accepted() -> None:
    assert accepted(
        "Lease gets two new fields: a break clause date and a review due flag",
        Intent.ADD_FIELDS,
    ) == ["Lease(break_clause_date:date,review_due:bool)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Pier gets two new fields: deck material and load limit",
        "Pier needs two more fields: deck material, load limit",
        "Two new fields on Pier: deck material and load limit",
        "Pier: two new fields, deck material and load limit",
        "Pier gets new fields: deck material and load limit",
    ],
)
def test_fields_announced_as_new_are_added(request_text: str) -> None:
    """These were read as nothing, as a create of Pier, or as a thing called PierGet."""
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Pier(deck_material:str,load_limit:str)"]


def test_new_fields_announced_over_bullets_still_read_the_bullets() -> None:
    assert accepted(
        "Pier gets two new fields:\n- deck material\n- load limit", Intent.ADD_FIELDS
    ) == ["Pier(deck_material:str,load_limit:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Boulders with name, grade and set date", ["Boulder(name:str,grade:str,set_date:date)"]),
        ("Boulders with grade and set time, and a colour",
         ["Boulder(grade:str,set_time:str,colour:str)"]),
    ],
)  # fmt: skip
def test_set_before_the_last_listed_noun_is_part_of_a_field(
    request_text: str, expected: list[str]
) -> None:
    """ "… and set date" was cut off as an ask to set something, and the field lost."""
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Honestly the whole surgery runs on paper, no idea where to start. What should we keep?",
        "everything here is done on a whiteboard",
        "the whole kennel runs on spreadsheets",
    ],
)
def test_how_things_are_done_today_is_no_link(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert all(not e.relationships for e in result.entities)


def test_a_route_a_bus_runs_on_is_still_a_link() -> None:
    assert accepted("each tram runs on one line", Intent.ADD_RELATIONSHIP) == [
        "Tram() many_to_one>Line"
    ]


def test_a_thing_listed_between_things_is_asked_about_not_kept_as_a_field() -> None:
    result = read(
        "Create campers with name and email, plus tents, plus wardens with name and phone"
    )
    assert result.status == "needs_clarification"
    assert any("tents" in note for note in result.notes)


def test_a_counted_plural_among_fields_of_several_things_stays_a_field() -> None:
    assert accepted("Create hives with name and frames, and keepers with name and phone") == [
        "Hive(name:str,frames:int)",
        "Keeper(name:str,phone:str)",
    ]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # a thing's model is a value it has, not a data model read as a field
        ("Tractor: serial number, model name, last service date", Intent.CREATE_ENTITY,
         ["Tractor(serial_number:str,model_name:str,last_service_date:date)"]),
        ("Toner: colour, printer model, pages left (int)", Intent.CREATE_ENTITY,
         ["Toner(colour:str,printer_model:str,pages_left:int)"]),
        # a doer of a known word that WordNet lacks is a noun
        ("Carer(name, mobile number, postcode)", Intent.CREATE_ENTITY,
         ["Carer(name:str,mobile_number:str,postcode:str)"]),
        # a practice word or "blank" heading a name is the thing
        ("Each eye test belongs to one optician", Intent.ADD_RELATIONSHIP,
         ["EyeTest() many_to_one>Optician"]),
        ("Mug blanks: size, colour, cost", Intent.CREATE_ENTITY,
         ["MugBlank(size:str,colour:str,cost:decimal)"]),
    ],
)  # fmt: skip
def test_right_readings_that_were_doubted_are_accepted(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_an_entity_read_as_a_field_is_still_evidence_and_a_model_name_is_not() -> None:
    assert _frame_field("matron_entity") and _frame_field("member_table")
    assert _frame_field("ward_entities_value")
    for name in ("model_name", "printer_model", "table_number", "model_value"):
        assert not _frame_field(name), name


@pytest.mark.parametrize(
    "request_text",
    [
        "A tool to log kayak trips: river, launch date, distance",
        "an app to track kayak trips: river, launch date, distance",
        "a simple system to record kayak trips: river, launch date, distance",
    ],
)
def test_the_vehicle_of_an_ask_names_nothing(request_text: str) -> None:
    """These were read as fields added to nothing."""
    assert accepted(request_text) == ["KayakTrip(river:str,launch_date:date,distance:float)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "New entity Buoy: location, last reading (float)",
        "new table Buoy: location, last reading (float)",
        "new model Buoy - location, last reading (float)",
        "new table for buoys: location, last reading (float)",
    ],
)
def test_a_new_entity_named_after_its_kind_is_that_name(request_text: str) -> None:
    """ "New entity Buoy:" was read as a thing called EntityBuoy."""
    assert accepted(request_text) == ["Buoy(location:str,last_reading:float)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "I want bookings recorded with guest name, arrival date and nights (int)",
        "As a warden I want bookings stored with guest name, arrival date and nights (int)",
        "when I add a booking I need its guest name, arrival date and nights (int)",
        "As a warden, when we take in a booking we need the guest name, arrival date and "
        "nights (int).",
    ],
)
def test_the_thing_said_before_its_keeping_or_its_adding_is_the_thing(request_text: str) -> None:
    """ "I want Xs recorded with …" and "when I add an X I need its …" were read as nothing or
    as fields added to nothing."""
    assert accepted(request_text) == ["Booking(guest_name:str,arrival_date:date,nights:int)"]


def test_a_blank_note_joined_with_and_makes_that_field_optional() -> None:
    assert accepted(
        "I want gifts recorded with amount, giver name and date received, and the giver name "
        "can be blank for anonymous gifts."
    ) == ["Gift(amount:decimal,giver_name:str?,date_received:date)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "On the Pier entity we need two new fields: deck material and load limit",
        "On Pier I need two new things: deck material and load limit",
        "Pier needs two new things: deck material and load limit",
        "Storm season again. On the Pier entity I need two new things: deck material and load "
        "limit",
    ],
)
def test_new_things_announced_on_a_thing_are_added_to_it(request_text: str) -> None:
    """These were accepted as a create of Pier (one with a field 'fields_deck_material')."""
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Pier(deck_material:str,load_limit:str)"]


def test_new_things_after_a_create_in_the_same_request_join_the_create() -> None:
    assert accepted(
        "Create Pier with name and length. On Pier I need two new things: deck material and "
        "load limit"
    ) == ["Pier(name:str,length:float,deck_material:str,load_limit:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "On Barge, hull code becomes registration - rename please",
        "On Barge, hull code becomes registration",
        "Barge: hull code becomes registration (rename)",
    ],
)
def test_a_field_said_on_its_thing_turning_into_another_name_is_renamed(
    request_text: str,
) -> None:
    """These were read as nothing, or as a field 'hull_code_becomes_registration'."""
    assert accepted(request_text, Intent.RENAME_FIELD) == ["Barge(registration:str<hull_code)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On Barge, cargo note becomes optional", ["Barge(cargo_note:str?)"]),
        ("Barge: tonnage becomes a decimal", ["Barge(tonnage:decimal)"]),
    ],
)  # fmt: skip
def test_a_field_turning_into_a_state_or_a_type_is_still_modified(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_what_was_forgotten_is_what_that_adds() -> None:
    """ "Can you add that to the Kennel entity?" pointed back at nothing and was asked."""
    assert accepted(
        "One more thing, we completely forgot the run length. Can you add that to the Kennel "
        "entity?",
        Intent.ADD_FIELDS,
    ) == ["Kennel(run_length:float)"]
