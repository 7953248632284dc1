"""The families of issue 8, each in wording of its own: what a person relies on."""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, shape


# --- container and frame nouns are not entities -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a member registry with name, email and join date",
         ["Member(name:str,email:email,join_date:date)"]),
        ("Set up a service around an Invoice entity that has a number field",
         ["Invoice(number:str)"]),
        ("Build a recipe catalog with title and servings (integer)",
         ["Recipe(title:str,servings:int)"]),
        ("We need a vendor portal: company name and rating",
         ["Vendor(company_name:str,rating:float)"]),
        ("Keep a list of our trainers with name and phone", ["Trainer(name:str,phone:str)"]),
        ("Make a fleet app to manage vans: plate and capacity", ["Van(plate:str,capacity:int)"]),
    ],
)  # fmt: skip
def test_frame_nouns_are_never_the_entity(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == expected


# --- requirement documents ----------------------------------------------------------------------
ISSUE_DOCUMENT = """Write a REST service in Python for a Warehouse entity.

Requirements:
- Keep the code organised the way Python web projects usually are
- Warehouse entity with just:
  - code (string, required)
  - city (string, required)
- Responses are JSON
- Tables are created when the app starts
- Existing warehouse rows must be kept by every later change"""


def test_requirement_document_fields_are_only_the_nested_list() -> None:
    result = read(ISSUE_DOCUMENT)
    assert result.status == "recognized"
    assert shape(result) == ["Warehouse(code:str,city:str)"]
    assert "Responses are JSON" in result.business_rules
    assert "Tables are created when the app starts" in result.business_rules
    assert "Existing warehouse rows must be kept by every later change" in result.business_rules


def test_relate_lines_in_a_document_are_relationships_not_fields() -> None:
    doc = (
        "Course service\n\nRequirements:\n- Course entity with just:\n  - title\n"
        "- Student entity with just:\n  - name\n- Relate the student to a course.\n"
        "- Add tests."
    )
    result = read(doc)
    assert shape(result) == ["Course(title:str)", "Student(name:str) many_to_one>Course"]
    assert all("relate" not in a.name for e in result.entities for a in e.attributes)


# --- fields introduced by other verbs or a colon ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Warehouses have a code and a number of bays", "create_entity",
         ["Warehouse(code:str,bays:int)"]),
        ("Invoice needs a due date and a total", "add_fields",
         ["Invoice(due_date:date,total:decimal)"]),
        ("Extend the invoice entity with a due date", "add_fields", ["Invoice(due_date:date)"]),
        ("Shelves: label, width, height", "create_entity",
         ["Shelf(label:str,width:float,height:float)"]),
    ],
)  # fmt: skip
def test_fields_after_other_verbs_and_colons(
    request_text: str, intent: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.status, str(result.intent)) == ("recognized", intent)
    assert shape(result) == expected


# --- flags and numbers --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a document with a title and an archived flag",
         "Document(title:str,archived:bool)"),
        ("Create a document with a title and whether it is archived",
         "Document(title:str,is_archived:bool)"),
        ("Create a reading with value (number, optional) and a numeric depth",
         "Reading(value:float?,depth:float)"),
        ("Create a batch with units (integer) and pieces as a whole number",
         "Batch(units:int,pieces:int)"),
    ],
)  # fmt: skip
def test_flags_and_numbers(request_text: str, expected: str) -> None:
    assert shape(read(request_text)) == [expected]


# --- types from words that are not in the type lists -------------------------------------------
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("seats available", "int"), ("rooms left", "int"), ("issues per year", "int"),
        ("loaves per batch", "int"), ("price per kilo", "decimal"), ("hourly rate", "decimal"),
        ("rate per page", "decimal"), ("tax rate", "float"), ("interest rate", "float"),
        ("fines owed", "decimal"), ("available", "bool"),
    ],
)  # fmt: skip
def test_counts_rates_and_money_owed_get_number_types(words: str, expected: str) -> None:
    assert shape(read(f"Create a shop with name and {words}")) == [
        f"Shop(name:str,{words.replace(' ', '_')}:{expected})"
    ]


def test_tools_are_the_thing_managed_unless_a_tool_is_what_is_built() -> None:
    assert read("Power tools: name, serial number, price").entities[0].name == "PowerTool"
    built = read("Build a booking tool for rooms with number and floor")
    assert [e.name for e in built.entities] == ["Room"]


# --- relationship wording and the cardinality rule ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A warehouse can have shelves", "Warehouse() many_to_many>Shelf"),
        ("Relate Shelf to Warehouse", "Shelf() many_to_one>Warehouse"),
        ("Add a warehouse relationship to the Shelf entity", "Shelf() many_to_one>Warehouse"),
        ("A shelf can have a warehouse", "Shelf() many_to_one>Warehouse"),
        ("Readers borrow books", "Reader() many_to_many>Book"),
        ("Each order belongs to one customer", "Order() many_to_one>Customer"),
        ("One customer places many orders", "Order() many_to_one>Customer"),
    ],
)
def test_relationship_wording(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_RELATIONSHIP)
    assert shape(result) == [expected]


def test_default_many_to_many_says_how_to_ask_for_one_to_many() -> None:
    result = read("A warehouse can have shelves")
    assert any("each shelf belongs to one warehouse" in note for note in result.notes)
    stated = read("Each shelf belongs to one warehouse")
    assert not any("many-to-many" in note for note in stated.notes)


# --- vague requests -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "make it better",
        "add validation",
        "delete everything",
        "I need something for my shop",
        "Create a customer",
        "rename email to contact email",
        "¿Puedes ayudarme con mi tarea?",
        "def f(x):\n    return x",
        "Who won the match yesterday?",
    ],
)
def test_vague_requests_ask_instead_of_guessing(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert result.missing and result.confidence < 0.6


# --- technology words listed as fields ----------------------------------------------------------
def test_listed_technology_words_are_fields() -> None:
    result = read("Create a warehouse with code, city and capacity")
    assert shape(result) == ["Warehouse(code:str,city:str,capacity:int)"]
    result = read("Create a sample with type, data, model, status and key")
    assert shape(result) == [
        "Sample(type_value:str,data:str,model_value:str,status:str,key_value:str)"
    ]


def test_nothing_listed_disappears_silently() -> None:
    result = read("Create a badge with an id, a name and a colour")
    assert shape(result) == ["Badge(name:str,colour:str)"]
    assert any("'an id'" in note and "every entity has its id" in note for note in result.notes)
    table = read("Create a ticket with title and table")
    assert shape(table) == ["Ticket(title:str,table_value:str)"]


# --- multi-line editor text ---------------------------------------------------------------------
def test_a_field_list_continues_on_the_next_line() -> None:
    result = read("Create a system to manage members with name\nand email and join date")
    assert shape(result) == ["Member(name:str,email:email,join_date:date)"]
    wrapped = read("Create members with name, email,\njoin date")
    assert shape(wrapped) == ["Member(name:str,email:email,join_date:date)"]


# --- several entities in one request ------------------------------------------------------------
def test_several_entities_in_one_request() -> None:
    result = read(
        "Manage products with name, price and stock, and orders with quantity and order date"
    )
    assert result.intent is Intent.CREATE_ENTITY
    assert shape(result) == [
        "Product(name:str,price:decimal,stock:int)",
        "Order(quantity:int,order_date:date)",
    ]
    data = result.to_dict()
    assert [e["name"] for e in data["entities"]] == ["Product", "Order"]
    assert data["entity"]["name"] == "Product"


def test_entities_with_a_relationship_between_them() -> None:
    result = read("Create authors with name and books with title; each book has one author")
    assert shape(result) == ["Author(name:str)", "Book(title:str) many_to_one>Author"]


def test_an_entity_named_without_fields_is_asked_about() -> None:
    result = read("Manage authors with name and country, and books")
    assert result.status == "needs_clarification"
    assert "attributes" in result.missing
    assert any("Book" in note for note in result.notes)


# --- unicode ------------------------------------------------------------------------------------
def test_accents_are_folded_not_dropped() -> None:
    assert shape(read("Create a person with ñame and émail")) == ["Person(name:str,email:email)"]


def test_invisible_characters_and_emoji_do_not_break_recognition() -> None:
    assert shape(read("Create a stu\u200bdent with name and age\x00")) == [
        "Student(name:str,age:int)"
    ]
    assert shape(read("Create students 🎓 with name 📛 and age")) == ["Student(name:str,age:int)"]


def test_two_names_that_fold_to_one_are_refused_naming_both() -> None:
    result = read("Create a person with name and ñame")
    assert result.status == "needs_clarification"
    assert any("'name'" in note and "'ñame'" in note for note in result.notes)


# --- renames ------------------------------------------------------------------------------------
def test_field_rename() -> None:
    result = read("Rename email to contact email on student")
    assert result.intent is Intent.RENAME_FIELD
    assert shape(result) == ["Student(contact_email:str<email)"]


def test_entity_rename() -> None:
    result = read("call the Course entity Module instead")
    assert result.intent is Intent.RENAME_ENTITY
    assert shape(result) == ["Module<Course()"]
    assert result.to_dict()["entity"] == {
        "name": "Module",
        "attributes": [],
        "relationships": [],
        "renamed_from": "Course",
    }


@pytest.mark.parametrize(
    ("request_text", "fields", "formula"),
    [
        (
            "Create orders with quantity, unit price, and total = quantity * unit price",
            ["quantity", "unit_price"],
            "total = quantity * unit price",
        ),
        (
            "Create invoices with amount, discount and net = amount - discount",
            ["amount", "discount"],
            "net = amount - discount",
        ),
    ],
)
def test_a_formula_in_a_field_list_is_custom_logic_not_a_field(
    request_text: str, fields: list[str], formula: str
) -> None:
    result = read(request_text)
    assert [a.name for a in result.entity.attributes] == fields
    assert any(formula in item for item in result.custom_logic)
    assert any("a formula" in note for note in result.notes)


def test_a_formula_the_rules_cannot_split_is_asked_about_never_made_a_field() -> None:
    result = read("Create invoices with amount and tax rate; total = amount × (1 + tax rate)")
    names = [a.name for e in result.entities for a in e.attributes]
    assert not any(name.startswith("total") for name in names)
    assert any(item.startswith("computed_properties") for item in result.custom_logic)


# --- letters that match ASCII only when case is ignored ---------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "add ıts' name to Product",  # Turkish dotless i: "ıts'" matched the typo "its'"
        "Create a product with name, ſtock and price",  # long s
        "Add a \u212aey field to Locker",  # Kelvin sign, a K when case is ignored
        "Create an Invoice wıth number and total, plz",
    ],
)
def test_letters_that_fold_to_ascii_only_when_case_is_ignored_never_crash_recognition(
    request_text: str,
) -> None:
    # a KeyError from a lookup by the lowercased match took the whole request down
    result = read(request_text)
    assert result.status in ("recognized", "needs_clarification")
