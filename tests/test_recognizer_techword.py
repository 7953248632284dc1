"""Domain nouns that are also words for how to build (the `techword` families): a fan
convention, a soil test, a bird migration are things kept, while "tests must pass" and "follow
naming conventions" stay rules about building.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a thing is read whatever its name shares with the words of building,
and a line about building is still kept as a rule, never turned into a thing.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a practice word inside a field's name ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track fan clubs with club name, founder and next convention date",
         ["FanClub(club_name:str,founder:str,next_convention_date:date)"]),
        ("Ponds: pond name, carp kept (count), drained (bool)",
         ["Pond(pond_name:str,carp_kept:int,drained:bool)"]),
        ("Fire extinguishers: location, size, last tested date",
         ["FireExtinguisher(location:str,size:str,last_tested_date:date)"]),
    ],
)  # fmt: skip
def test_a_practice_word_inside_a_field_name_is_part_of_the_field(
    request_text: str, expected: list[str]
) -> None:
    # "convention date", "carp kept (count)", "last tested date" name what is stored
    assert read_right(request_text) == expected


def test_a_practice_noun_before_a_field_head_is_no_rule() -> None:
    result = read("Birds: ring code, species, migration route")
    assert shape(result) == ["Bird(ring_code:str,species:str,migration_route:str)"]
    assert not result.business_rules


# --- a practice noun that is the thing: an end of a relationship, a named owner -------------------
def test_a_practice_noun_at_an_end_of_a_relationship_is_a_thing() -> None:
    result = read("Every soil test belongs to one field plot.")
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == ["SoilTest() many_to_one>FieldPlot"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add a venue capacity (integer) and a host city to Convention", Intent.ADD_FIELDS,
         ["Convention(venue_capacity:int,host_city:str)"]),
        ("Remove the DrivingTest entity", Intent.REMOVE_ENTITY, ["DrivingTest()"]),
    ],
)  # fmt: skip
def test_a_named_entity_that_is_a_practice_word_owns_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_practice_noun_with_its_own_fields_is_a_thing() -> None:
    result = read("Create pool tests with pool name, ph level (float) and chlorine reading (float)")
    assert shape(result) == ["PoolTest(pool_name:str,ph_level:float,chlorine_reading:float)"]


# --- counterparts: lines about building stay rules ----------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Write integration tests for the booking endpoints",
        "Tests must pass before each deployment",
        "Follow the usual naming conventions",
        "Remove the tests that cover the old importer",
        "Add tests for the new fields",
        "Migrations must not lose data",
    ],
)
def test_a_line_about_building_is_still_no_thing(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not result.entities
    assert request_text in result.business_rules


@pytest.mark.parametrize(
    "rule",
    [
        "Write tests for the member endpoints.",
        "Follow the team's coding conventions.",
        "Remove the tests that cover the old importer.",
    ],
)
def test_a_rule_about_building_beside_a_thing_is_kept_as_a_rule(rule: str) -> None:
    result = read(f"Create members with name and email. {rule}")
    assert shape(result) == ["Member(name:str,email:email)"]
    assert rule in result.business_rules


# --- a frame word written as a name at an end of a link -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Relate Excavation to Site", ["Excavation() many_to_one>Site"]),
        ("Link Departure to Platform", ["Departure() many_to_one>Platform"]),
        ("Connect Booking to Table", ["Booking() many_to_one>Table"]),
        ("Link Volunteer and Site", ["Volunteer() many_to_many>Site"]),
    ],
)  # fmt: skip
def test_a_frame_word_written_as_a_name_is_an_end_of_a_link(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Link members to the app",
        "Link the Ticket to the System",
        "Connect Orders to the API",
        "Link members to the Platform",
    ],
)
def test_the_app_itself_is_still_no_end_of_a_link(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not result.entities


def test_a_link_restated_with_the_name_said_shorter_is_one_link() -> None:
    # "each inspection" after "RoofInspection" is the same thing, not a second entity
    result = read("Relate RoofInspection to Building (each inspection covers one building)")
    assert shape(result) == ["RoofInspection() many_to_one>Building"]


# --- other practice words that are nouns of things: upgrades, functions, standards ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track wedding functions with venue, function date and guest count",
         ["WeddingFunction(venue:str,function_date:date,guest_count:int)"]),
        ("Track room upgrades with guest name, upgrade date and fee",
         ["RoomUpgrade(guest_name:str,upgrade_date:date,fee:decimal)"]),
        ("Conventions: name, city, start date",
         ["Convention(name:str,city:str,start_date:date)"]),
        ("Soil tests: tested on (date), plot code, acidity (float)",
         ["SoilTest(tested_on:date,plot_code:str,acidity:float)"]),
    ],
)  # fmt: skip
def test_a_practice_noun_heading_its_fields_is_a_thing(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Tests: unit and integration",
        "Tests: unit, integration and api",
        "Deployment: docker, nginx",
        "Split the code into modules: models, routes and services",
        "Keep functions small and typed",
        "Follow our coding standards",
        "Upgrades must not lose data",
    ],
)
def test_a_practice_noun_heading_kinds_or_tools_is_still_no_thing(request_text: str) -> None:
    # "unit", "integration", "docker" are kinds of tests and tools, not a test's fields
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not result.entities


# --- platforms in the plural are things; the platform built is one -------------------------------
def test_platforms_of_a_railway_are_things() -> None:
    result = read("Track station platforms with number, station and length")
    assert [e.name for e in result.entities] == ["StationPlatform"]


def test_a_platform_end_of_a_link_keeps_its_modifier() -> None:
    result = read("Each departure leaves from one station platform")
    assert shape(result) == ["Departure() many_to_one>StationPlatform"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a booking platform with name and price", ["Booking(name:str,price:decimal)"]),
        ("Build a ticket platform for concerts with name, date and price",
         ["Concert(name:str,date_value:date,price:decimal)"]),
    ],
)  # fmt: skip
def test_the_platform_built_is_still_a_frame(request_text: str, expected: list[str]) -> None:
    assert shape(read(request_text)) == expected


# --- a practice noun after a noun of the business is a kind of thing -----------------------------
def test_a_kind_of_thing_said_before_its_fields_is_the_thing() -> None:
    result = read(
        "Hello! I run comic conventions and need an app for them: convention name, city, "
        "opening date, expected visitors (number)."
    )
    assert shape(result) == [
        "ComicConvention(convention_name:str,city:str,opening_date:date,expected_visitors:float)"
    ]


def test_a_kind_of_thing_owns_the_field_added_to_it() -> None:
    result = read("Hearing tests should also have an audiologist name")
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == ["HearingTest(audiologist_name:str)"]


@pytest.mark.parametrize(
    "request_text",
    ["Write property tests", "Add more tests", "keep the tests passing", "Write unit tests"],
)
def test_kinds_of_code_tests_are_still_no_thing(request_text: str) -> None:
    result = read(request_text)
    assert not result.entities
    assert request_text in result.business_rules


# --- a practice word before a field's head noun is part of the field's name ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track apprentices with name, testing centre and exam date",
         ["Apprentice(name:str,testing_centre:str,exam_date:date)"]),
        ("Track vans with plate, deployment zone and driver",
         ["Van(plate:str,deployment_zone:str,driver:str)"]),
    ],
)  # fmt: skip
def test_a_practice_word_modifying_a_field_keeps_the_request(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_practice_word_that_is_no_field_modifier_is_still_a_rule() -> None:
    # "tests included" is said about the code, not a field of a member
    result = read("Create members with name and email, tests included")
    assert not any(a.name == "tests_included" for e in result.entities for a in e.attributes)


# --- a name given a type is a field, whatever words of building it holds -------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Track fire drills with name, tests (count) and alarm zone", Intent.CREATE_ENTITY,
         ["FireDrill(name:str,tests:int,alarm_zone:str)"]),
        ("Add tests passed (count) and a battery level (float) to Beacon", Intent.ADD_FIELDS,
         ["Beacon(tests_passed:int,battery_level:float)"]),
    ],
)  # fmt: skip
def test_a_typed_name_made_of_practice_words_is_a_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("Create members with name (text). Write tests for everything.",
         "Write tests for everything."),
        ("Create members with name and email. Add validation.", "Add validation."),
    ],
)  # fmt: skip
def test_an_untyped_practice_line_stays_a_rule(request_text: str, rule: str) -> None:
    result = read(request_text)
    assert [e.name for e in result.entities] == ["Member"]
    assert all("test" not in a.name and "validation" not in a.name
               for a in result.entities[0].attributes)  # fmt: skip
    assert rule in result.business_rules


# --- a release or a version counted, or written as a name, is a thing kept ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each release belongs to one record label", ["Release() many_to_one>RecordLabel"]),
        ("Every version belongs to one manuscript", ["Version() many_to_one>Manuscript"]),
        ("Each song is on one release", ["Song() many_to_one>Release"]),
        ("Link Track to Release", ["Track() many_to_one>Release"]),
    ],
)  # fmt: skip
def test_a_release_counted_or_named_ends_a_link(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_release_marked_as_the_entity_is_the_entity() -> None:
    result = read("Remove the Release entity")
    assert (result.intent, shape(result)) == (Intent.REMOVE_ENTITY, ["Release()"])


@pytest.mark.parametrize(
    "request_text",
    ["Tests must pass before each release", "Each release must keep existing data"],
)
def test_a_release_of_the_app_is_still_no_thing(request_text: str) -> None:
    result = read(request_text)
    assert not result.entities
    assert request_text in result.business_rules


def test_the_next_release_is_when_not_what() -> None:
    result = read("In the next release add a phone to Member")
    assert shape(result) == ["Member(phone:str)"]


# --- a frame word written bare as a name is the entity a change is made to ----------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Remove the spoil depth field from Site", Intent.REMOVE_FIELDS,
         ["Site(spoil_depth:float)"]),
        ("Rename Site to Dig", Intent.RENAME_ENTITY, ["Dig<Site()"]),
        ("Add a cover count (integer) to Table", Intent.ADD_FIELDS, ["Table(cover_count:int)"]),
        ("Add a window seat flag to the Table entity", Intent.ADD_FIELDS,
         ["Table(window_seat:bool)"]),
        ("Make the canopy length on Platform optional", Intent.MODIFY_FIELDS,
         ["Platform(canopy_length:float?)"]),
        ("Add a pressing plant to Release", Intent.ADD_FIELDS, ["Release(pressing_plant:str)"]),
    ],
)  # fmt: skip
def test_a_frame_word_written_as_a_name_owns_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Add an export button to the Table",
        "Add a contact page to the Site",
        "Add dark mode to the Portal",
    ],
)
def test_the_app_or_its_screens_are_still_no_entity_changed(request_text: str) -> None:
    # "the Table", "the Site" with an article are the app's parts, not a thing kept
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert all(e.name not in ("Table", "Site", "Portal") for e in result.entities)


def test_a_longer_name_that_starts_with_a_frame_word_is_kept_whole() -> None:
    result = read("Rename guard initials to guard code on SiteVisit")
    assert shape(result) == ["SiteVisit(guard_code:str<guard_initials)"]


# --- requirement bullets about the code stay rules beside the thing ------------------------------
@pytest.mark.parametrize(
    "bullet",
    [
        "The test suite runs in CI",
        "Integration tests cover signing up and renewing",
        "Each test belongs to one test suite",
        "Add tests for Climber and Route",
        "Every migration has a number and a description",
        "Write tests with name, email and phone cases",
        "Each test must clean up after itself",
        "Every deployment needs a changelog entry",
    ],
)
def test_a_bullet_about_the_code_stays_a_rule_beside_the_thing(bullet: str) -> None:
    result = read(
        f"Climbing gym app\n\nRequirements:\n- Climbers with name, email and join date\n- {bullet}"
    )
    assert shape(result) == ["Climber(name:str,email:email,join_date:date)"]
    assert bullet in result.business_rules


def test_a_bare_practice_noun_at_one_end_of_a_link_is_a_thing() -> None:
    result = read("Each panel belongs to one convention")
    assert shape(result) == ["Panel() many_to_one>Convention"]


def test_a_release_of_the_app_with_its_migrations_is_no_link() -> None:
    result = read("Create members with name and email. Each release should include migrations.")
    assert shape(result) == ["Member(name:str,email:email)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Link CrewMember to Member", ["CrewMember() many_to_one>Member"]),
        ("Relate Member to CrewMember", ["Member() many_to_one>CrewMember"]),
    ],
)  # fmt: skip
def test_a_shorter_name_at_the_other_end_is_another_thing(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- a server kept by the business (an IT room's, a restaurant's) --------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add a rack slot to Server", Intent.ADD_FIELDS, ["Server(rack_slot:str)"]),
        ("Add a patch date to the Server entity", Intent.ADD_FIELDS, ["Server(patch_date:date)"]),
        ("Remove the kernel field from Server", Intent.REMOVE_FIELDS, ["Server(kernel:str)"]),
        ("Relate Certificate to Server", Intent.ADD_RELATIONSHIP,
         ["Certificate() many_to_one>Server"]),
    ],
)  # fmt: skip
def test_a_server_written_as_a_name_is_an_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Build a REST server for books with title and author", ["Book(title:str,author:str)"]),
        ("Create members with name and email. Server: uvicorn on port 8000.",
         ["Member(name:str,email:email)"]),
        ("Create members with name and email. It should run on our own Server.",
         ["Member(name:str,email:email)"]),
    ],
)  # fmt: skip
def test_the_server_the_app_runs_on_is_still_no_entity(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected
