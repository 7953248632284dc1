"""Things added or fields lost: a reason after a short list, remarks between dashes, a note in
brackets that says "or the", a marker beside a type in brackets, how the ask came about, a
requirement document's own details and numbers, the values an item mostly takes, a unit set
off by commas, a hope before an item, and "also" before one more field.

Every request here is written for this file (none is copied from the corpus), in domains the
corpus does not use (pianos, telescopes, falcons, chess, glassblowing, balloons, quarries,
caddies, pigeon racing, sheepdog trials, clocks). Each family says what a person relies on, and
the wordings next to each are not read the new way.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- a reason after a list of two, said without a comma -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a system to track pianos with make and serial number because insurers ask for "
         "them", ["Piano(make:str,serial_number:str)"]),
        ("Create a system to track pianos with make, model and serial number because insurers "
         "ask for them", ["Piano(make:str,model_value:str,serial_number:str)"]),
        ("Track barges with name and length because the harbour asks",
         ["Barge(name:str,length:float)"]),
    ],
)  # fmt: skip
def test_a_reason_after_a_short_list_keeps_the_last_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- a remark between two dashes is an aside ---------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a system to manage telescopes with name, aperture -- in millimetres -- and focal "
         "length", ["Telescope(name:str,aperture:float,focal_length:float)"]),
        ("Create a system to manage telescopes with name, aperture — in millimetres — and focal "
         "length", ["Telescope(name:str,aperture:float,focal_length:float)"]),
        ("Create a system to manage balloons with registration, envelope size and - this is "
         "important - the last inspection date",
         ["Balloon(registration:str,envelope_size:str,last_inspection_date:date)"]),
        ("Create a system for quarry faces with name, height and rock type - granite mostly",
         ["QuarryFace(name:str,height:float,rock_type:str)"]),
    ],
)  # fmt: skip
def test_a_remark_between_dashes_names_no_field(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_remark_between_dashes_before_more_is_not_accepted_short() -> None:
    # the remark is set aside; what is left is not read whole, so it is asked, never accepted
    # with the field after the remark lost
    for request_text in (
        "Candles: name, scent, wax weight (grams) - soy only - and price",
        "Add a rigging point and a max load (kg) to Act - the riggers need this - and a music cue",
    ):
        assert read(request_text).status == "needs_clarification", request_text


def test_things_with_fields_between_dashes_stay_things() -> None:
    # a list between dashes (it has a comma) is a thing's fields, no aside
    assert accepted("Track plumbers - name, gas safe number - and boilers - make, pressure") == [
        "Plumber(name:str,gas_safe_number:str)",
        "Boiler(make:str,pressure:float)",
    ]


# --- a note in brackets -------------------------------------------------------------------------
def test_a_note_in_brackets_with_or_the_is_one_field() -> None:
    assert accepted(
        "Please add an arbiter name and a venue (the library or the church hall) to Tournament.",
        Intent.ADD_FIELDS,
    ) == ["Tournament(arbiter_name:str,venue:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a system to manage falcons with name, species, weight and notes (free text, "
         "optional)", ["Falcon(name:str,species:str,weight:float,notes:str?)"]),
        ("Create a system to manage falcons with name, weight (grams, measured daily)",
         ["Falcon(name:str,weight:float)"]),
    ],
)  # fmt: skip
def test_a_marker_or_remark_beside_a_type_is_said_of_one_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_values_ending_in_other_are_one_fields_values() -> None:
    assert accepted(
        "Create a system for kite repairs, with kite owner, fault (torn sail, broken spar, "
        "other), repair cost and date returned"
    ) == ["KiteRepair(kite_owner:str,fault:str,repair_cost:decimal,date_returned:date)"]
    # a thing's fields, one of them "other", stay its fields
    assert shape(read("Track owners (name, phone, other) and kites (size)")) == [
        "Owner(name:str,phone:str)",
        "Kite(size:str)",
    ]


def test_a_singular_field_with_values_in_brackets_is_no_thing() -> None:
    # "the weather (clear, cloudy, rain)" is one field's values, never a thing Weather: asked
    result = read(
        "Create moth surveys with date, site and lead surveyor, as well as the weather (clear, "
        "cloudy, rain)"
    )
    assert "Weather" not in [e.name for e in result.entities]
    # a singular thing with fields' own words in brackets still opens a thing
    assert accepted("Create orders with total, date and supplier (name, phone)") == [
        "Order(total:decimal,date_value:date)",
        "Supplier(name:str,phone:str)",
    ]


def test_a_preference_after_a_dash_is_an_aside() -> None:
    assert accepted(
        "Please set up observers (name, email, phone - mobile preferred) and stations (name, "
        "altitude)"
    ) == ["Observer(name:str,email:email,phone:str)", "Station(name:str,altitude:float)"]


def test_a_plural_with_fields_in_brackets_is_still_a_thing() -> None:
    assert accepted("Track stamps (country, year) and dealers (name, email)") == [
        "Stamp(country:str,year:int)",
        "Dealer(name:str,email:email)",
    ]


# --- how the ask came about ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Add glory hole temperature and a maintenance due date to Furnace, as discussed on Monday",
        "Add glory hole temperature and a maintenance due date to Furnace, as agreed with Tessa",
    ],
)
def test_as_discussed_names_nothing(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [
        "Furnace(glory_hole_temperature:float,maintenance_due_date:date)"
    ]


# --- a requirement document's own details and numbers -------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Stakeholders: quarry manager, shotfirers\nEntities: Blast (date, location, charge weight)",
        "Reviewers: ops team, safety officer\n\nThe system shall store blasts with date, location "
        "and charge weight.",
        "Priority: high\nStatus: draft\nTrack blasts with date, location and charge weight.",
    ],
)
def test_a_documents_details_are_no_thing(request_text: str) -> None:
    result = read(request_text)
    assert shape(result) == ["Blast(date_value:date,location:str,charge_weight:float)"]


def test_a_label_over_a_things_fields_is_still_the_thing() -> None:
    # "Sponsors: company, amount, tier" lists a sponsor's fields, no people
    assert accepted("Sponsors: company, amount, tier\nEvents: name, date") == [
        "Sponsor(company:str,amount:decimal,tier:str)",
        "Event(name:str,date_value:date)",
    ]
    assert accepted("Owner: name, phone\nBoat: name, length") == [
        "Owner(name:str,phone:str)",
        "Boat(name:str,length:float)",
    ]


def test_a_requirement_number_labels_its_line() -> None:
    result = read(
        "Pigeon lofts - requirements\n\nFR1 Loft: name, owner, address\n"
        "FR2 Bird: ring number, colour, loft\nNFR1 Must run on a laptop"
    )
    assert shape(result) == [
        "Loft(name:str,owner:str,address:str)",
        "Bird(ring_number:str,colour:str,loft:str)",
    ]


# --- a unit set off by commas, a hope before an item ------------------------------------------
def test_a_unit_set_off_by_commas_is_said_of_the_item() -> None:
    assert accepted("Add run time, in seconds, to Result", Intent.ADD_FIELDS) == [
        "Result(run_time:int)"
    ]
    # "in stock" is no unit: a yes/no field listed
    assert accepted("Track kilns with name, in stock, price") == [
        "Kiln(name:str,in_stock:bool,price:decimal)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track sauces with name, batch number (if printed) and price",
         ["Sauce(name:str,batch_number:str?,price:decimal)"]),
        ("Track sauces with name, price and a licence number (only if imported)",
         ["Sauce(name:str,price:decimal,licence_number:str?)"]),
        ("Track sauces with name, price and batch number if printed",
         ["Sauce(name:str,price:decimal,batch_number:str?)"]),
    ],
)  # fmt: skip
def test_a_value_there_only_if_something_holds_is_optional(
    request_text: str, expected: list[str]
) -> None:
    # as "if there is one" says: the field is kept, and may be left out
    assert accepted(request_text) == expected


def test_a_condition_with_its_own_subject_is_not_read_so() -> None:
    # "if they have one" is read as before (optional); "if it rains" is no state of the value
    assert accepted("Track sauces with name, price and an importer email if they have one") == [
        "Sauce(name:str,price:decimal,importer_email:email?)"
    ]


def test_a_hope_before_an_item_keeps_it() -> None:
    assert accepted(
        "The app should keep genealogy sources: title, archive, reference number, and (if "
        "possible) a link."
    ) == ["GenealogySource(title:str,archive:str,reference_number:str,link:str)"]


# --- "also" before one more field ------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Add to the Caddy entity a licence number, also his years of experience please",
        "Add a licence number to Caddy, also years of experience",
    ],
)
def test_also_after_an_add_adds_one_more(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [
        "Caddy(licence_number:str,years_of_experience:int)"
    ]


def test_also_before_a_named_thing_is_not_a_field() -> None:
    # "also Staff": a thing written with a capital, never a field called staff
    assert read("Add a phone to Guest, also Staff").status == "needs_clarification"


# --- an owner written with its capital, then a field in lower case ------------------------------
def test_a_lower_case_name_after_the_owner_is_a_field() -> None:
    assert accepted(
        "Add tour code, max group size to Tour and also the meeting point", Intent.ADD_FIELDS
    ) == ["Tour(tour_code:str,max_group_size:int,meeting_point:str)"]
    # two things written with capitals are two owners
    assert accepted("Add tour code to Tour and the Walk", Intent.ADD_FIELDS) == [
        "Tour(tour_code:str)",
        "Walk(tour_code:str)",
    ]


# --- long input ---------------------------------------------------------------------------------
def test_a_long_remark_between_dashes_is_read() -> None:
    result = read("Track kilns with name - in " + "very " * 3900 + "hot rooms - and fuel")
    assert result.status == "needs_clarification"


def test_a_long_reason_after_a_list_is_read() -> None:
    # the same name said thousands of times is one field; the reason after it is none
    result = read("Track kilns with " + "name and " * 2200 + "fuel because staff ask")
    assert shape(result) == ["Kiln(name:str,fuel:str)"]
