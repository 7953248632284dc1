"""Four families of change requests that were accepted with a wrong reading (issue 8, sweep35),
each with the neighbouring wording that must keep its reading.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "Add the customer's loyalty points" adds a field to the Customer there is (never a
confident create); a link's kind said again with a bare subject ("(department has many
employees)", "- posts have many tags") decides the kind and never ends up inside a name
("DepartmentDepartment"); two renames or two removals said in one breath are asked, never
read as the first alone; and "the fields name, type and model" lists "name" as a field (never
"fields_name"). Where the reading is not sure, the recognizer asks.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, reading


# --- "Add the X's F": fields added to the X there is -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add Customer's loyalty points", ["Customer(loyalty_points:int)"]),
        ("Add the Customer's birthday", ["Customer(birthday:date)"]),
        ("please add each vehicle's registration plate", ["Vehicle(registration_plate:str)"]),
        ("could you add the supplier's VAT number?", ["Supplier(vat_number:str)"]),
        ("Add the Order's shipping address (optional)", ["Order(shipping_address:str?)"]),
        (
            "add the driver's licence expiry date and licence class",
            ["Driver(licence_expiry_date:date,licence_class:str)"],
        ),
        ("add the patient's NHS number pls", ["Patient(nhs_number:str)"]),
    ],
)
def test_adding_a_things_value_adds_a_field_to_that_thing(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected


def test_a_link_named_with_a_possessive_is_asked_never_added_as_a_field() -> None:
    assert "Team(coach_relationship" not in str(asked("Add the team's coach relationship"))
    assert "Order(customer_link" not in str(asked("add the order's customer link"))


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        # a create said with another verb stays a create; a removal stays a removal
        ("Track Vessel's flag state", Intent.CREATE_ENTITY, ["Vessel(flag_state:str)"]),
        (
            "Track each customer's purchases with date and amount",
            Intent.CREATE_ENTITY,
            ["Purchase(date_value:date,amount:decimal)"],
        ),
        ("Remove the customer's birthday", Intent.REMOVE_FIELDS, ["Customer(birthday:date)"]),
    ],
)
def test_possessives_under_other_verbs_keep_their_reading(
    text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(text, intent) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Don't add the customer's birthday",
        "Should we add the customer's birthday?",
    ],
)
def test_a_possessive_add_refused_or_wondered_about_isasked(text: str) -> None:
    asked(text)


# --- a link's kind said again with a bare subject -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Add an Employee relationship to Department (department has many employees)",
            ["Department() many_to_many>Employee"],
        ),
        (
            "Add an Employee relationship to Department - department has many employees",
            ["Department() many_to_many>Employee"],
        ),
        (
            "Add a relationship from Department to Employee (department has many employees)",
            ["Department() many_to_many>Employee"],
        ),
        (
            "Relate Department to Employee (department has many employees)",
            ["Department() many_to_many>Employee"],
        ),
        ("Link Post and Tag (posts have many tags)", ["Post() many_to_many>Tag"]),
        ("add a tags relationship to Post (posts have many tags)", ["Post() many_to_many>Tag"]),
        ("Relate Book to Author (book has one author)", ["Book() many_to_one>Author"]),
        ("Relate Book to Author - book has one author", ["Book() many_to_one>Author"]),
        ("Add a Guide relationship to Tour (tour has a guide)", ["Tour() many_to_one>Guide"]),
        (
            "Connect Trainer and Course - trainers have many courses",
            ["Trainer() many_to_many>Course"],
        ),
    ],
)
def test_a_bare_restatement_of_a_link_decides_its_kind(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Add an Employee relationship to Department (department has many employees)",
        "Link Driver to Vehicle (driver has no vehicle yet)",
        "Link Player to Team (player has one team) and add a jersey number to Player",
        "Relate Room to Building (room has a number)",
    ],
)
def test_a_sentence_in_parentheses_never_ends_up_inside_a_name(text: str) -> None:
    _, shapes = reading(text)
    names = " ".join(shapes)
    for glued in ("DepartmentDepartment", "VehicleDriver", "TeamPlayer", "BuildingRoom"):
        assert glued not in names, shapes


def test_a_field_added_with_a_bare_remark_is_still_a_field() -> None:
    # no link asked for: the parenthesis is the field's remark, never a link
    assert accepted("Add a phone to Customer (customer has a landline)", Intent.ADD_FIELDS) == [
        "Customer(phone:str)"
    ]


# --- two renames or two removals in one breath --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'd like to rename the Orders table to Purchases and the Items table to Lines",
        "Rename the Orders table to Purchases and also the Items table to Lines",
        "Rename the Orders table to Purchases and the Items entity to Lines",
        "Rename Course to Module and Module to Unit",
        "Rename the Client entity to Customer and the Customer's email to contact email",
        "Delete the Coupon entity and the Promo entity",
        "Remove the Coupon entity and also the Promo entity",
        "drop the Coupon table and the Voucher table",
        "Delete the Coupon entity, the Promo entity and the Voucher entity",
        "Please remove both the Coupon and the Promo entities",
    ],
)
def test_a_second_rename_or_removal_is_asked_never_dropped(text: str) -> None:
    asked(text)


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("Delete the Coupon entity and the Coupon table", Intent.REMOVE_ENTITY, ["Coupon()"]),
        ("Remove the Coupon entity and its table", Intent.REMOVE_ENTITY, ["Coupon()"]),
        ("Drop the Coupon table and all its data", Intent.REMOVE_ENTITY, ["Coupon()"]),
        (
            "Delete the OrderItem entity and the order items table",
            Intent.REMOVE_ENTITY,
            ["OrderItem()"],
        ),
        (
            "Rename Student to Pupil but keep the email field as is",
            Intent.RENAME_ENTITY,
            ["Pupil<Student()"],
        ),
        (
            "rename Client to Customer and update the screens to match",
            Intent.RENAME_ENTITY,
            ["Customer<Client()"],
        ),
        (
            "Rename the Client entity to Customer and make sure nothing breaks",
            Intent.RENAME_ENTITY,
            ["Customer<Client()"],
        ),
        (
            "rename postcode to zip code on Customer and leave the rest",
            Intent.RENAME_FIELD,
            ["Customer(zip_code:str<postcode)"],
        ),
    ],
)
def test_one_rename_or_removal_said_with_more_words_is_still_read(
    text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(text, intent) == expected


# --- "the fields name, …": the announcing word is no part of the first field --------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Add the fields name, type and model to Device",
            ["Device(name:str,type_value:str,model_value:str)"],
        ),
        ("Add the fields name and model to Device", ["Device(name:str,model_value:str)"]),
        ("Add fields name, serial to Scanner", ["Scanner(name:str,serial:str)"]),
        (
            "Add the fields: name, type and model to Device",
            ["Device(name:str,type_value:str,model_value:str)"],
        ),
        ("add the attributes name, colour to Lamp", ["Lamp(name:str,colour:str)"]),
        ("Add the fields code, name to Device", ["Device(code:str,name:str)"]),
    ],
)
def test_a_list_opened_by_fields_starts_with_its_first_field(
    text: str, expected: list[str]
) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected


# --- a table's name in SQL is exact -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DROP TABLE legacy_invoices;", ["LegacyInvoice()"]),
        ("drop table if exists former_staff;", ["FormerStaff()"]),
        ("DROP TABLE public.old_customers;", ["OldCustomer()"]),
        ("DROP TABLE archived_orders;", ["ArchivedOrder()"]),
        ("DROP TABLE customers;", ["Customer()"]),
    ],
)
def test_a_dropped_tables_name_keeps_its_age_word(text: str, expected: list[str]) -> None:
    assert accepted(text, Intent.REMOVE_ENTITY) == expected


def test_two_dropped_tables_areasked() -> None:
    asked("DROP TABLE legacy_invoices, old_customers;")


# --- a value said to be another thing -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Add a manager to Department (an Employee)",
        "Give each Project an owner (a User)",
        "Add a captain to Team (one of the Players)",
        "Add a home port to Vessel (a Port)",
    ],
)
def test_a_value_said_to_be_another_thing_is_asked_not_made_text(text: str) -> None:
    asked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add a size to Shirt (Small, Medium, Large)", ["Shirt(size:str)"]),
        ("Add a phone number to Customer (optional)", ["Customer(phone_number:str?)"]),
        ("Add a photo to Product (a URL)", ["Product(photo:str)"]),
    ],
)
def test_a_fields_examples_or_remark_in_parentheses_keep_the_field(
    text: str, expected: list[str]
) -> None:
    assert accepted(text, Intent.ADD_FIELDS) == expected
