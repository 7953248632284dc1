"""Readings the lead fixed in the thirteenth session: a compound subject whose first word is
also a command ("Print jobs should also have …"), a value asked for with its owner's
possessive ("we also need to store each dog's weight"), and a consent listed with "ok"
("marketing ok").

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Print jobs should also have a cost", "PrintJob(cost:decimal)"),
        ("PrintJob should also have a cost", "PrintJob(cost:decimal)"),
        ("Print jobs also need a paper size", "PrintJob(paper_size:str)"),
        ("Order lines should also have a discount (money)", "OrderLine(discount:decimal)"),
        ("Record labels must also have a country", "RecordLabel(country:str)"),
        ("Recording sessions should also have a cost", "RecordingSession(cost:decimal)"),
        ("Store managers should also have a mobile number", "StoreManager(mobile_number:str)"),
    ],
)
def test_a_compound_subject_led_by_a_command_word_gets_the_field(
    request_text: str, expected: str
) -> None:
    """ "Print jobs should also have a cost" read nothing: "print" was taken for the command
    and the sentence for no subject. No command is followed by its object and then "should"."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Check invoices have a total",  # a check that they do, said to the reader
        "Show customers have a phone",
    ],
)
def test_a_command_that_takes_a_clause_is_not_made_a_subject_without_a_modal(
    request_text: str,
) -> None:
    result = read(request_text)
    assert not any(e.name.startswith(("Check", "Show")) for e in result.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We also need to store each dog's weight", "Dog(weight:float)"),
        ("Please record the kennel's capacity as well", "Kennel(capacity:int)"),
        ("We should keep the van's mileage too", "Van(mileage:int)"),
        ("The horse's height should also be recorded", "Horse(height:float)"),
        ("The dog's weight should be stored too (kg, with decimals)", "Dog(weight:float)"),
        ("We also need to keep each van's mileage (whole number)", "Van(mileage:int)"),
    ],
)
def test_a_value_asked_for_as_well_with_its_owners_possessive_is_added(
    request_text: str, expected: str
) -> None:
    """ "We also need to store each dog's weight" was accepted as a create of Dog, and "The
    dog's weight should be stored too" read nothing: asked for in addition, the value is a
    field added to the thing that owns it."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_possessive_asked_for_without_also_is_not_made_an_addition() -> None:
    """Without "also", "too" or "as well" the ask may be the first one: left to the other
    rules (not turned into an addition by this one)."""
    intent, _ = reading("We need to store each dog's weight")
    assert intent != Intent.ADD_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "owners: name, phone, email, marketing ok",
            "Owner(name:str,phone:str,email:email,marketing_ok:bool)",
        ),
        ("Members: name, photo ok, email", "Member(name:str,photo_ok:bool,email:email)"),
    ],
)
def test_a_consent_listed_with_ok_is_a_yes_no_field(request_text: str, expected: str) -> None:
    """ "marketing ok" at the end of a list lost its "ok" (taken for the writer signing off)
    and was accepted as a text field `marketing`; inside the list it was dropped."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add a phone to Owner ok", Intent.ADD_FIELDS, "Owner(phone:str)"),
        ("add email to customer, ok", Intent.ADD_FIELDS, "Customer(email:email)"),
        ("Customers: name and email, ok", Intent.CREATE_ENTITY, "Customer(name:str,email:email)"),
    ],
)
def test_ok_signing_off_is_still_talk(request_text: str, intent: Intent, expected: str) -> None:
    assert read_right(request_text, intent) == [expected]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("remove born on from Dog", Intent.REMOVE_FIELDS, "Dog(born_on:date)"),
        ("remove returned on from the hire entity", Intent.REMOVE_FIELDS, "Hire(returned_on:date)"),
        ("change born on on Dog to a datetime", Intent.MODIFY_FIELDS, "Dog(born_on:datetime)"),
        ("make returned on on Hire optional", Intent.MODIFY_FIELDS, "Hire(returned_on:date?)"),
    ],
)
def test_a_dates_name_ending_in_on_keeps_its_on_in_a_change(
    request_text: str, intent: Intent, expected: str
) -> None:
    """ "remove returned on from the hire entity" was accepted as removing a yes/no `returned`,
    and "change born on on Dog …" changed a field `born`: the "on" of the date's name was
    taken for the preposition."""
    assert read_right(request_text, intent) == [expected]


def test_a_place_after_on_is_still_the_owner() -> None:
    assert read_right("remove the microchip on Dog", Intent.REMOVE_FIELDS) == ["Dog(microchip:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "A route is set by one setter",
        "A route is set by one setter; a setter sets many routes",
        "Each weld was made by a single welder",
    ],
)
def test_a_thing_set_or_made_by_one_other_belongs_to_it(request_text: str) -> None:
    """ "A route is set by one setter" read nothing ("set" was the "set … optional" of a
    change), so with "a setter sets many routes" after it the request was accepted as a
    many-to-many link."""
    intent, shape = reading(request_text)
    assert intent == Intent.ADD_RELATIONSHIP
    assert shape[0].endswith("many_to_one>Setter") or shape[0].endswith("many_to_one>Welder")


def test_set_in_a_change_is_still_a_change() -> None:
    intent, shape = reading("Set the email on Member to optional")
    assert intent == Intent.MODIFY_FIELDS
    assert shape == ["Member(email:email?)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "add one more column advance amount in order table",
        "add one more field advance amount to Order",
    ],
)
def test_one_more_column_is_a_column(request_text: str) -> None:
    """ "one more column advance amount" was a field `more_column_advance_amount`."""
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Order(advance_amount:decimal)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Invoices need to play nicely with the new accounts package",
        "Bookings need to cope with the new calendar",
    ],
)
def test_a_need_to_do_something_is_no_field_of_a_thing_named_by_the_verb(
    request_text: str,
) -> None:
    """ "Bookings need to work with the new calendar" was accepted as a field `calendar` of
    an entity Work."""
    result = read(request_text)
    assert not any(e.name in ("Play", "Cope", "Work") for e in result.entities)
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Bookings need to store a deposit amount", "Booking(deposit_amount:decimal)"),
        ("Pets need to show the owner phone", "Pet(owner_phone:str)"),
    ],
)
def test_a_need_to_keep_a_value_still_adds_it(request_text: str, expected: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Timesheets: employee, week ending, hours",
            "Timesheet(employee:str,week_ending:date,hours:float)",
        ),
        (
            "Owners: full name, phone, member since",
            "Owner(full_name:str,phone:str,member_since:date)",
        ),
        ("Drivers: name, licensed since", "Driver(name:str,licensed_since:date)"),
    ],
)
def test_the_day_that_names_a_week_or_a_start_is_a_date(request_text: str, expected: str) -> None:
    """ "week ending" and "member since" were accepted as text."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Our choir has singers with a voice part and a join date",
            "Singer(voice_part:str,join_date:date)",
        ),
        ("My shop has products with name and price", "Product(name:str,price:decimal)"),
    ],
)
def test_the_writers_place_that_has_things_with_values_gives_the_things(
    request_text: str, expected: str
) -> None:
    """ "Our choir has singers with a voice part …" was accepted as an entity Choir holding the
    singers' values ("The club has members with …" already read Member)."""
    assert read_right(request_text) == [expected]


def test_the_writers_place_that_has_things_without_values_is_still_asked() -> None:
    assert read("Our club has members").status == "needs_clarification"
