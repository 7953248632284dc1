"""The fields of a request: a list a person wrote is read whole, and nothing they did not write
is added.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- a letter that asks for a thing and lists its fields under "For every X I'd need:" (or "For
  each one we need:") gets exactly those fields, and the signature under "Thanks ever so much,"
  or "Kind regards, Dr …" adds none;
- "track flats — each one carries an address, …" reads the list as "Each one has …" does, with
  no verb glued onto the first field's name or onto the thing's name;
- "keep the wells - for each one the well name, …" keeps the first field too;
- "moisture as a percentage" is a percentage (a float) named `moisture`;
- and none of it fires where nothing is listed, or where it cannot tell whose fields they are.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a letter's list under "For every X I'd need:" ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hi Tom,\n\nThanks for the chat yesterday. Could you set up something to log our "
         "repairs? For every repair I'd need:\n- the customer's name\n- the fault\n"
         "- date booked in\n- hours spent (whole number)\n\nCheers,\nBen",
         ["Repair(customer_name:str,fault:str,date_booked_in:date,hours_spent:int)"]),
        ("We run a boat yard. For every mooring we would need:\n- berth code\n- owner name\n"
         "- annual fee",
         ["Mooring(berth_code:str,owner_name:str,annual_fee:decimal)"]),
        ("The club wants to keep its trophies. For every trophy they want:\n- title\n"
         "- engraved (yes/no)\n- year first awarded",
         ["Trophy(title:str,engraved:bool,year_first_awarded:int)"]),
        ("Could you build something to hold our boat hires? For each one I would need:\n\n"
         "- hirer name\n- hours (whole number)\n- paid (yes/no)",
         ["BoatHire(hirer_name:str,hours:int,paid:bool)"]),
    ],
)  # fmt: skip
def test_a_list_under_what_is_needed_for_each_record_is_that_things_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_the_signature_under_a_closing_adds_no_fields() -> None:
    request = (
        "Dear Priya,\n\nCould you please build something to hold our audits? For each one we "
        "need:\n\n- audit title\n- audit date\n\nKind regards,\nDr Samuel Osei\n"
        "Quality Manager, Pathology Services"
    )
    assert read_right(request) == ["Audit(audit_title:str,audit_date:date)"]
    request = (
        "Please log our kayak loans. For every loan I'd need:\n- borrower name\n- return date\n\n"
        "Thanks ever so much,\nMaya\nOutdoor Centre & Boat House"
    )
    assert read_right(request) == ["KayakLoan(borrower_name:str,return_date:date)"]


def test_each_one_with_two_things_in_context_still_asks() -> None:
    result = read("Please set up bookings and rooms. For each one we'd need:\n- a name\n- a date")
    assert result.status == "needs_clarification"


def test_a_wish_list_under_for_every_x_is_not_read_as_fields() -> None:
    result = read("For every order they want:\n- to pay by card\n- free delivery")
    assert result.status == "needs_clarification"


# --- "each one carries …" after a dash or a colon -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track empty shops — each one carries an address, a start date and the weekly rent.",
         ["EmptyShop(address:str,start_date:date,weekly_rent:decimal)"]),
        ("Please keep our boilers - each one comes with a serial number and a fitted date.",
         ["Boiler(serial_number:str,fitted_date:date)"]),
        ("Log the kilns: each one holds a kiln code, a peak temperature and a firing date.",
         ["Kiln(kiln_code:str,peak_temperature:float,firing_date:date)"]),
    ],
)  # fmt: skip
def test_what_each_one_carries_after_a_dash_is_its_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_each_one_holds_a_number_of_people_lists_no_fields() -> None:
    result = read("Track flats — each one holds up to four people.")
    assert result.status == "needs_clarification"
    assert all(not entity.attributes for entity in result.entities)


# --- "keep the Xs - for each one the …" -------------------------------------------------------
def test_for_each_one_after_a_dash_keeps_the_first_field() -> None:
    fields = shape(read("I want to track our hives — for each one the hive name, the location "
                        "and the queen age."))  # fmt: skip
    assert fields == ["Hive(hive_name:str,location:str,queen_age:int)"]


# --- "as a percentage" --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Track bales with bale code, cut date and moisture as a percentage.",
         Intent.CREATE_ENTITY, ["Bale(bale_code:str,cut_date:date,moisture:float)"]),
        ("Add humidity as a percentage to Greenhouse",
         Intent.ADD_FIELDS, ["Greenhouse(humidity:float)"]),
        ("Track plots with shade cover, as a percentage, and a grazed flag",
         Intent.CREATE_ENTITY, ["Plot(shade_cover:float,grazed:bool)"]),
    ],
)  # fmt: skip
def test_a_value_said_as_a_percentage_is_a_float_named_without_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_role_said_between_commas_is_no_type() -> None:
    fields = shape(read("I want, as a site manager, to track plots with name and size"))
    assert fields == ["Plot(name:str,size:str)"]


# --- a name glossed after a dash by how it is written ----------------------------------------
def test_a_line_glossed_with_as_is_a_field_under_its_header() -> None:
    request = (
        "Funerals:\ndeceased name - as on the certificate\nservice date - the day itself\n"
        "fee - what the family pays"
    )
    assert read_right(request) == ["Funeral(deceased_name:str,service_date:date,fee:decimal)"]


def test_glossed_lines_under_a_bare_title_are_still_asked() -> None:
    result = read("Shopping\nmilk - the green top\nbread - when it is fresh")
    assert result.status == "needs_clarification"
