"""Everyday voices: a bulleted "notes?", a link to "one celestial object" or "the rider
involved", a "could you add … too" inside a list of fields, and talk that types a field
("just text is fine").

Every request here is written for this file (none is copied from the corpus), in trades no
other test file is built around (bee keeping, museums, hauliers, vets, ferries, tailoring,
brewing, climbing walls). What a person relies on: the shape is read as meant, and the wordings
beside it that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

# --- a bulleted item with a "?" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "## Hive inspection\n- hive\n- inspected at\n- notes?",
            ["HiveInspection(hive:str,inspected_at:datetime,notes:str?)"],
        ),
        ("Exhibit\n* remarks?\n* title", ["Exhibit(remarks:str?,title:str)"]),
        (
            "Fitting:\n- customer name\n- tailoring instructions?\n- fitted on: date",
            ["Fitting(customer_name:str,tailoring_instructions:str?,fitted_on:date)"],
        ),
    ],
)
def test_a_bulleted_text_with_a_question_mark_is_optional(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a state asked in a bullet stays a required yes/no, as "paid?" does in a list
        ("Brew\n- batch\n- bottled?", ["Brew(batch:str,bottled:bool)"]),
        (
            "Crossing\n- vessel\n- delayed?\n- captain",
            ["Crossing(vessel:str,delayed:bool,captain:str)"],
        ),
    ],
)
def test_a_bulleted_state_with_a_question_mark_stays_a_yes_no(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- a link's target said with an adjective or a word after it --------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each loan is for one physical object", "Loan many_to_one>PhysicalObject"),
        ("Each exhibit has one digital object", "Exhibit many_to_one>DigitalObject"),
        ("Relate each claim to the policy concerned", "Claim many_to_one>Policy"),
        ("Link every repair to the technician in charge", "Repair many_to_one>Technician"),
        ("Connect each complaint to the vet involved", "Complaint many_to_one>Vet"),
    ],
)
def test_a_link_target_keeps_its_adjective_and_drops_a_word_after_it(
    request_text: str, expected: str
) -> None:
    owner, link = expected.split()
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [f"{owner}() {link}"]


def test_a_marker_after_a_noun_still_marks_the_thing() -> None:
    assert accepted("Create a Hive object with apiary and queen colour") == [
        "Hive(apiary:str,queen_colour:str)"
    ]
    assert accepted("Add notes to the Ferry object", Intent.ADD_FIELDS) == ["Ferry(notes:str)"]


# --- a frame named by a record, "for" people, then the record's fields -------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We need an appointment tracker for vets: appointment date, pet name, reason",
            "Appointment",
        ),
        ("a quote app for our customers - quote number, amount, valid until (date)", "Quote"),
        (
            "Set up a booking system for tour guides with booking date, group size, meeting point",
            "Booking",
        ),
        ("Make a delivery service for our hauliers: delivery date, weight, depot", "Delivery"),
    ],
)
def test_the_frames_record_is_the_thing_when_its_fields_say_so(
    request_text: str, expected: str
) -> None:
    assert [s.split("(")[0] for s in accepted(request_text)] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # things after "for" are the records; people whose fields are listed are the records
        (
            "an accession register for museum objects with accession code, object name",
            "MuseumObject",
        ),
        ("an invoice service for clients: client name, invoice number", "Client"),
        ("a ferry app for passengers: name, email, seat", "Passenger"),
        # a group after "for" may be the records themselves
        ("a whelping register for litters with the dam tag, the whelping date", "Litter"),
    ],
)
def test_the_people_or_things_after_for_keep_their_reading(
    request_text: str, expected: str
) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == [expected]


# --- an ask to add said inside the list ------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the kilns need a firing temperature, and please add a cone number as well",
            "Kiln firing_temperature,cone_number",
        ),
        (
            "Vans need a mileage, and can you also add a service date?",
            "Van mileage,service_date",
        ),
        ("Give the brews a batch code, and add a bottling date.", "Brew batch_code,bottling_date"),
    ],
)
def test_an_ask_to_add_inside_the_list_is_one_more_item(request_text: str, expected: str) -> None:
    owner, names = expected.split()
    (entity,) = [s for s in accepted(request_text, Intent.ADD_FIELDS)]
    assert entity.split("(")[0] == owner
    assert [f.split(":")[0] for f in entity.split("(")[1].rstrip(")").split(",")] == names.split(
        ","
    )


def test_an_ask_to_add_to_another_owner_is_not_folded_into_the_list() -> None:
    result = reading("the ferries have a name, and could you add a captain to each crossing?")
    assert "captain" not in str(result[1][:1])


# --- a type said to be fine, in a sentence of its own ----------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could the climbing routes get a grades field? Just text is fine.",
            "ClimbingRoute(grades:str)",
        ),
        ("Could the crates get a weight field? A whole number is fine.", "Crate(weight:int)"),
        ("Please give the gloves a sizes field. Plain text is fine.", "Glove(sizes:str)"),
    ],
)
def test_a_type_said_to_be_fine_types_the_field_before_it(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_type_said_to_be_fine_after_several_fields_keeps_their_types() -> None:
    assert accepted(
        "Could the vans get a mileage and a colour? Mileage in miles, a whole number is fine.",
        Intent.ADD_FIELDS,
    ) == ["Van(mileage:int,colour:str)"]


def test_something_else_said_to_be_fine_types_nothing() -> None:
    assert reading("Add a colour to Glove. The price is fine.") == (
        Intent.ADD_FIELDS,
        ["Glove(colour:str)"],
    )


# --- a thing and its fields in cells parted by pipes ----------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Ferry | name | capacity (int) | home port", "Ferry(name:str,capacity:int,home_port:str)"),
        (
            "Brew | batch code | brewed on (date) | bottled (bool)",
            "Brew(batch_code:str,brewed_on:date,bottled:bool)",
        ),
    ],
)
def test_a_piped_line_opened_by_a_thing_lists_its_fields(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Title | author | year",  # a row of column names: no thing named
        "Name | email | age",
        "Hull number | hull colour | launched on",  # two words: a field's name
    ],
)
def test_a_piped_row_of_field_names_names_no_thing(request_text: str) -> None:
    assert reading(request_text)[0] is not Intent.CREATE_ENTITY


# --- "is all" after a list; a reason after a field said optional -------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could we log ferry crossings? the vessel and the captain is all, plus a delayed flag",
            ["FerryCrossing(vessel:str,captain:str,delayed:bool)"],
        ),
        (
            "can we keep track of our volunteers? name and phone is all",
            ["Volunteer(name:str,phone:str)"],
        ),
    ],
)
def test_is_all_after_a_list_ends_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the notes on Crossing can be left blank, captains rarely write any",
            "Crossing(notes:str?)",
        ),
        (
            "the allergy notes on pupils can be empty, parents don't always tell us",
            "Pupil(allergy_notes:str?)",
        ),
        (
            "the hull colour on boats can be left blank, owners repaint them every year",
            "Boat(hull_colour:str?)",
        ),
    ],
)
def test_a_reason_after_a_field_said_optional_is_talk(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


# --- where the files are kept is a constraint of the build --------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Requirements:\n- Scan entity with: patient ref, taken on (date)\n"
            "- Keep the scan files in S3\n- Tests for upload",
            ["Scan(patient_ref:str,taken_on:date)"],
        ),
        (
            "Requirements:\n- Recording entity with title, duration (int)\n"
            "- Save the audio on the file system, not in the database",
            ["Recording(title:str,duration:int)"],
        ),
    ],
)
def test_where_the_files_are_stored_is_no_thing(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_field_that_says_where_a_thing_is_stored_stays_a_field() -> None:
    assert reading("Requirements:\n- Backup entity with: name, stored on disk (bool)") == (
        Intent.CREATE_ENTITY,
        ["Backup(name:str,stored_on_disk:bool)"],
    )


# --- a reason whose subject is two words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a skipper, I want the hull notes on Boat to be optional so weekend sailors can "
            "register fast",
            (Intent.MODIFY_FIELDS, "Boat(hull_notes:str?)"),
        ),
        (
            "As a teacher I want to log field trips with destination and cost so school parents "
            "can see them",
            (Intent.CREATE_ENTITY, "FieldTrip(destination:str,cost:decimal)"),
        ),
    ],
)
def test_a_reason_with_a_two_word_subject_is_talk(
    request_text: str, expected: tuple[Intent, str]
) -> None:
    intent, shape = expected
    assert accepted(request_text, intent) == [shape]


# --- a word of endearment to the reader ----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hi love, the snacks also need an expiry date", "Snack(expiry_date:date)"),
        ("Hello hun, the kilns also need a cone number", "Kiln(cone_number:str)"),
        ("love, add a phone to Guide", "Guide(phone:str)"),
    ],
)
def test_a_word_of_endearment_is_talk(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]
