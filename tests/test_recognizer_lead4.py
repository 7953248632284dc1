"""Changes said with other verbs, and other ways people write a request.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("set phone optional on Tenant", ["Tenant(phone:str?)"]),
        ("Set the deposit to required on Lease", ["Lease(deposit:decimal)"]),
        ("Tenant: set phone as optional", ["Tenant(phone:str?)"]),
        ("Lease: mark the deposit as required", ["Lease(deposit:decimal)"]),
        ("On Boiler, set serial number optional", ["Boiler(serial_number:str?)"]),
        ("mark notes optional on the Inspection", ["Inspection(notes:str?)"]),
    ],
)
def test_set_or_mark_a_field_optional_is_a_change_of_required(
    request_text: str, expected: list[str]
) -> None:
    """ "set X optional" says what "make X optional" says; read as a field named "set_x" it
    would add a column nobody asked for, confidently."""
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "add a mobile to Tenant and set phone optional",
        "Add a gate code to Depot, and mark the postcode as optional",
    ],
)
def test_an_add_beside_a_set_is_two_changes_and_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "intent" in result.missing
    assert not any(a.name.startswith(("set_", "mark_")) for e in result.entities
                   for a in e.attributes), shape(result)  # fmt: skip


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Set up a register for boilers with serial number and fitted date",
         ["Boiler(serial_number:str,fitted_date:date)"]),
        ("track drill sets with a size and a count", ["DrillSet(size:str,count:int)"]),
    ],
)  # fmt: skip
def test_set_up_and_sets_are_still_a_create(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add an outcome to the loan requests (LoanRequest)", Intent.ADD_FIELDS,
         ["LoanRequest(outcome:str)"]),
        ("For the roof surveys (RoofSurvey), add a surveyor name and a survey date",
         Intent.ADD_FIELDS, ["RoofSurvey(surveyor_name:str,survey_date:date)"]),
        ("Remove the pager from our caretakers (Caretaker entity)", Intent.REMOVE_FIELDS,
         ["Caretaker(pager:str)"]),
        ("Track damp reports (DampReport) with a room and a reading", Intent.CREATE_ENTITY,
         ["DampReport(room:str,reading:str)"]),
    ],
)  # fmt: skip
def test_a_name_in_parentheses_after_its_words_is_the_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """People paste the system's name after the words they use for it; both say one thing."""
    assert accepted(request_text, intent) == expected


def test_other_words_in_parentheses_are_not_a_name() -> None:
    """ "cows (Holstein)" says which cows, not that Holstein is what cows are called."""
    result = read("Track cows (Holstein) with a tag number and a birth date")
    assert "Holstein" not in [e.name for e in result.entities], shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We want to log damp readings. They have a room, a reading and a taken date.",
         ["DampReading(room:str,reading:str,taken_date:date)"]),
        ("Please track lifts. These have a serial number and a last service date.",
         ["Lift(serial_number:str,last_service_date:date)"]),
        ("Could we start keeping skips on here? They have a size and a hire date.",
         ["Skip(size:str,hire_date:date)"]),
    ],
)  # fmt: skip
def test_they_have_after_the_things_are_named_lists_their_fields(
    request_text: str, expected: list[str]
) -> None:
    """ "They have …" in the next sentence speaks of the things just named, as "each has …"
    does; read as things the writer owns, the fields were lost."""
    assert accepted(request_text) == expected


def test_they_have_with_nothing_named_before_is_not_fields() -> None:
    result = read("They have a room and a reading.")
    assert result.status == "needs_clarification"


def test_things_listed_first_and_detailed_later_are_all_created_or_asked() -> None:
    """ "Set up A, B and C. As have …, Bs have …": the first sentence names what to create;
    C, given no fields, is asked about, never dropped without a word."""
    result = read(
        "Track surveyors, sites and inspections. Surveyors have a name and a phone, "
        "sites have an address and a postcode."
    )
    assert result.status == "needs_clarification"
    assert "attributes" in result.missing
    assert "Inspection" in [e.name for e in result.entities], shape(result)


def test_things_listed_first_and_all_detailed_later_are_accepted() -> None:
    assert accepted(
        "We need surveyors, sites and visits. Surveyors have a name and a phone. Sites have an "
        "address and a postcode. Visits have a visit date and notes."
    ) == [
        "Surveyor(name:str,phone:str)",
        "Site(address:str,postcode:str)",
        "Visit(visit_date:date,notes:str)",
    ]


def test_a_place_of_a_place_before_we_need_is_the_scene() -> None:
    """ "For the X side of the Y we need …" sets the scene, as "For the bakery we need …"
    does; left unread, the request's things and fields were lost."""
    assert accepted(
        "For the large animal side of the clinic we need horses with name, breed and owner phone."
    ) == ["Horse(name:str,breed:str,owner_phone:str)"]


def test_for_the_things_we_need_fields_is_still_asked() -> None:
    result = read("For the owners of the horses we need name and phone.")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each toolset belongs to one van.", ["Toolset() many_to_one>Van"]),
        ("Create hatboxes with a label, a colour and a shelf",
         ["Hatbox(label:str,colour:str,shelf:str)"]),
    ],
)  # fmt: skip
def test_a_closed_compound_with_a_short_second_noun_is_a_noun(
    request_text: str, expected: list[str]
) -> None:
    """ "toolset", "hatbox": two nouns written as one word are a thing's name, as
    "stallholder" is; they were doubted as words that are no noun."""
    intent = Intent.ADD_RELATIONSHIP if "belongs" in request_text else Intent.CREATE_ENTITY
    assert accepted(request_text, intent) == expected


def test_a_misspelt_frame_is_still_no_compound() -> None:
    assert read("Create a sistem with name and email").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We want to record seed collections: collected on, seed count and bed name.",
         ["SeedCollection(collected_on:date,seed_count:int,bed_name:str)"]),
        ("Set up loan applications with applicant, amount requested and a decision date",
         ["LoanApplication(applicant:str,amount_requested:decimal,decision_date:date)"]),
    ],
)  # fmt: skip
def test_a_kind_said_with_a_frame_word_in_it_is_not_doubted(
    request_text: str, expected: list[str]
) -> None:
    """ "seed collections", "loan applications": a thing can be an application or a
    collection; said word for word in the plural, the name is what the person calls it."""
    assert accepted(request_text) == expected


def test_a_word_of_talk_in_a_name_is_still_glue() -> None:
    from baes_tui.recognition.confidence import _kind_said
    from baes_tui.recognition.text import clean

    assert _kind_said("GrantApplication", clean("Set up grant applications with a funder"))
    assert not _kind_said("ProperShift", clean("we'd like proper shifts with a date"))


def test_a_plural_just_before_and_things_with_fields_is_a_thing_named_bare() -> None:
    """ "gyms with name and town, coaches, and classes with …": the coaches are a third thing
    the request names without fields; asked about, never a count field of gyms."""
    result = read("Create yards with name and town, drivers, and trucks with plate and make.")
    assert result.status == "needs_clarification"
    assert "attributes" in result.missing


def test_a_field_just_before_and_things_with_fields_is_still_a_field() -> None:
    assert accepted("Create yards with name, town, and trucks with plate and colour.") == [
        "Yard(name:str,town:str)",
        "Truck(plate:str,colour:str)",
    ]


def test_a_floor_number_counts_floors() -> None:
    """Floors come one above another, so "floor number" is a count, as "episode number" is;
    a "room number" names a room, as text."""
    assert accepted("Track flats with a floor number, a room number and a rent") == [
        "Flat(floor_number:int,room_number:str,rent:decimal)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track rota shifts with a date and hours", ["RotaShift(date_value:date,hours:float)"]),
        ("Track repairs with labour hours and a fault", ["Repair(labour_hours:float,fault:str)"]),
        ("Track clinics with opening hours and a phone", ["Clinic(opening_hours:str,phone:str)"]),
    ],
)
def test_hours_are_how_long_unless_they_say_when_a_place_is_open(
    request_text: str, expected: list[str]
) -> None:
    """ "hours", "labour hours" hold how long (part hours too); "opening hours" are a
    schedule, written as text."""
    assert accepted(request_text) == expected
