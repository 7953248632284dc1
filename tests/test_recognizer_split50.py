"""Things added or lost: a document's title line, a field list under a header, a link said
after two groups and a yes/no field named with "with".

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a title over a document names the document, never a thing made
without fields (nor a thing whose field is the subtitle); a field marked "(optional)" in a list
written one name a line goes on with the list, so the names after it stay fields; "with a
many-to-many between …" after two groups of fields links them; "passed with merit (yes/no)" is
one field. And the wordings next to each are not read the new way.
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.titled import title_read_as_fields
from tests.support.recognition import read, read_right, reading, shape


# --- a title with its subtitle names the document ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("HARBOUR WORKS – SLIPWAY BOOKINGS\n\nEntity: SlipwayBooking\n\n"
         "Slipway bookings have:\n- boat name\n- booked on (date)\n- hours (integer)\n"
         "- paid (yes/no)",
         ["SlipwayBooking(boat_name:str,booked_on:date,hours:int,paid:bool)"]),
        ("-- orchard survey: trees\nCREATE TABLE apple_trees (\n  id SERIAL PRIMARY KEY,\n"
         "  variety VARCHAR(80) NOT NULL,\n  planted_on DATE NOT NULL,\n"
         "  height_m DOUBLE PRECISION NULL\n);",
         ["AppleTree(variety:str,planted_on:date,height_m:float?)"]),
        ("SECTION C — HIRE AGREEMENTS\nC1. A HIRE AGREEMENT shall comprise: Hirer Name; "
         "Start Date; Deposit Paid (yes/no); Return Date.",
         ["HireAgreement(hirer_name:str,start_date:date,deposit_paid:bool,return_date:date)"]),
    ],
)  # fmt: skip
def test_a_title_and_its_subtitle_name_the_document(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert shape(result) == expected
    subtitle = request_text.splitlines()[0].split()[-1]
    assert any(subtitle in rule for rule in result.business_rules)  # kept as said


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hillside Academy: Field Trip Permission Slips (requirements, spring term)\n\n"
         "Each permission slip records:\n  - student name\n  - destination\n"
         "  - guardian email\n  - signed on (date)",
         ["PermissionSlip(student_name:str,destination:str,guardian_email:email,signed_on:date)"]),
        ("Bäckerei (bakery) – requirements\nWe need to manage bread orders:\n - customer name\n"
         " - loaves (integer)\n - pickup date\n - paid (yes/no)",
         ["BreadOrder(customer_name:str,loaves:int,pickup_date:date,paid:bool)"]),
    ],
)  # fmt: skip
def test_a_subtitle_over_a_list_is_no_field_of_a_thing_the_title_makes(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a first line that is a list of its own stays a thing with its fields
        ("Customers: phone number\nOrders: order date, total, shipped (yes/no)",
         ["Customer(phone_number:str)", "Order(order_date:date,total:decimal,shipped:bool)"]),
        ("Kiln firings: cone, started at\nGlazes: name, colour, food safe (yes/no)",
         ["KilnFiring(cone:str,started_at:datetime)", "Glaze(name:str,colour:str,food_safe:bool)"]),
    ],
)  # fmt: skip
def test_a_first_line_that_names_a_thing_keeps_it(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


def test_a_subtitle_naming_the_thing_is_no_title_of_the_document() -> None:
    result = read("Tidy up - Supplier entity\nRemove:\n- telex\n- pager")
    assert "Supplier" in [e.name for e in result.entities]
    assert result.status == "needs_clarification"


def test_a_title_alone_or_a_sentence_is_not_set_aside() -> None:
    # one line, nothing under it: no title to set aside
    assert title_read_as_fields((), []) == []
    result = read("Allotments: plot waiting list")
    assert result.status == "needs_clarification"


# --- "(optional)" goes on with a list written one name a line -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Volunteers:\nfull name\nshirt size (optional)\nemail\nhas car (yes/no)",
         ["Volunteer(full_name:str,shirt_size:str?,email:email,has_car:bool)"]),
        ("Guests:\nname\nroom (required)\nemail\narrived (yes/no)",
         ["Guest(name:str,room:str,email:email,arrived:bool)"]),
        ("Emergency contacts:\nname\nmobile\nhome phone (optional)\nemail\ncan drive (yes/no)",
         ["EmergencyContact(name:str,mobile:str,home_phone:str?,email:email,can_drive:bool)"]),
    ],
)  # fmt: skip
def test_an_optional_name_goes_on_with_the_list(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- a link said after two groups -----------------------------------------------------------------
def test_a_many_to_many_after_two_groups_links_them() -> None:
    assert read_right(
        "Create vans (registration, capacity) and drivers (name, licence number) with a "
        "many-to-many between vans and drivers"
    ) == [
        "Van(registration:str,capacity:int) many_to_many>Driver",
        "Driver(name:str,licence_number:str)",
    ]


def test_with_a_thing_after_a_group_stays_in_the_group() -> None:
    # "with a photo" after a group is no link: the piece is read as before
    _, got = reading("Create vans (registration, capacity) and drivers with a photo")
    assert got[0] == "Van(registration:str,capacity:int)"
    assert all("many_to_many" not in g for g in got)


# --- "passed with merit (yes/no)" is one field ---------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep race results: swimmer name, stroke, passed with merit (yes/no), race date",
         ["RaceResult(swimmer_name:str,stroke:str,passed_with_merit:bool,race_date:date)"]),
        ("As a swim coach, I'd like to keep race results: swimmer name, stroke, time (float), "
         "finished with personal best (yes/no), race date.",
         ["RaceResult(swimmer_name:str,stroke:str,time:float,"
          "finished_with_personal_best:bool,race_date:date)"]),
    ],
)  # fmt: skip
def test_a_yes_no_said_with_with_is_one_field(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a noun before "with" still opens a thing of its own
        ("Create drivers with name, and vans with refrigerated (yes/no)",
         ["Driver(name:str)", "Van(refrigerated:bool)"]),
        ("Create customers with name and email, plus card with active (yes/no)",
         ["Customer(name:str,email:email)", "Card(active:bool)"]),
    ],
)  # fmt: skip
def test_a_noun_with_a_yes_no_still_opens_a_thing(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


def test_a_long_title_line_is_read_in_one_piece() -> None:
    # a 20,000-character first line with dashes and colons: read (asked), never hung
    line = "Harbour works – " + "slipway " * 2400 + ": bookings"
    result = read(line + "\nboats have a name and a length (float)")
    assert result.status == "needs_clarification" or result.entities
