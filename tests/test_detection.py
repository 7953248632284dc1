"""Custom-logic detection: each category fires on its wording, standard CRUD stays empty."""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, Relationship
from baes_tui.recognition.detection import CATEGORIES, detect_custom_logic
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer

STANDARD = [
    "Create a system to manage students with name, email, and age",
    "Add hire date and salary fields to employee",
    "A library member borrows many books",
    "Each order belongs to one customer",
    "Remove the age field from student",
    "Create a Student entity.\n- name (string, required)\n- Uses Python, FastAPI and SQLite",
    "Create a customer with name, email and phone number",
    "Create a product with name, price, in stock and integration tests",
]


@pytest.mark.parametrize("request_text", STANDARD)
def test_standard_crud_has_no_indicators(request_text: str) -> None:
    assert detect_custom_logic(request_text) == ()


CUSTOM = [
    ("Email must match the pattern ^[a-z]+@uni\\.edu$", "complex_validation"),
    ("Age must be between 18 and 99", "complex_validation"),
    ("End date must be after start date", "complex_validation"),
    ("Usernames are unique", "complex_validation"),
    ("Full name is derived from first and last name", "computed_properties"),
    ("The total is calculated from the line items", "computed_properties"),
    ("Orders need manager approval before shipping", "custom_workflow"),
    ("Status transitions from draft to published", "custom_workflow"),
    ("Tickets follow a state machine", "custom_workflow"),
    ("Each category has a parent category", "advanced_relationships"),
    ("Employees form a hierarchy: each reports to another employee", "advanced_relationships"),
    ("A many-to-many with a grade per enrollment", "advanced_relationships"),
    ("Send a webhook to the warehouse", "integrations"),
    ("Notify the customer when the order ships", "integrations"),
    ("Fetch exchange rates from an external API", "integrations"),
    ("Send an email to the owner", "integrations"),
]


@pytest.mark.parametrize(("request_text", "category"), CUSTOM)
def test_custom_wording_yields_its_category(request_text: str, category: str) -> None:
    indicators = detect_custom_logic(request_text)
    assert [i.split(":")[0] for i in indicators] == [category]


def test_each_item_is_named_by_what_it_is_not_by_the_whole_request() -> None:
    text = (
        "Create an invoice with amount, tax rate and total. The total is computed as amount "
        "times (1 + tax rate), the status moves from pending to approved to rejected, and send "
        "an email when paid."
    )
    assert detect_custom_logic(text) == (
        "computed_properties: total = amount × (1 + tax rate)",
        "custom_workflow: status moves pending → approved → rejected",
        "integrations: send an email when paid",
    )


@pytest.mark.parametrize(
    ("request_text", "indicator"),
    [
        ("Full name is derived from first and last name",
         "computed_properties: full name from first and last name"),
        ("The order total is the sum of the line amounts",
         "computed_properties: order total = sum of the line amounts"),
        ("Status transitions from draft to published",
         "custom_workflow: status moves draft → published"),
        ("Notify the customer when the order ships",
         "integrations: notify the customer when the order ships"),
        ("Age must be between 18 and 99", "complex_validation: age must be between 18 and 99"),
    ],
)  # fmt: skip
def test_indicator_names(request_text: str, indicator: str) -> None:
    assert detect_custom_logic(request_text) == (indicator,)


def test_indicator_names_the_clause_not_the_sentence() -> None:
    text = "Create a person with name. Full name derived from first and last name."
    assert detect_custom_logic(text) == ("computed_properties: full name from first and last name",)


def test_business_rules_not_in_the_request_are_also_read() -> None:
    found = detect_custom_logic("Create an order", business_rules=("notify the buyer",))
    assert found == ("integrations: notify the buyer",)


def test_quoted_business_rules_are_not_reported_twice() -> None:
    text = "Create an order. Notify the buyer."
    assert len(detect_custom_logic(text, business_rules=("Notify the buyer.",))) == 1


def test_self_relationship_is_advanced() -> None:
    found = detect_custom_logic(
        "Employees have managers",
        relationships=(Relationship("many_to_one", "Employee"),),
        entity="Employee",
    )
    assert found == ("advanced_relationships: Employee relates to itself",)


def test_computed_attribute_name_is_reported() -> None:
    found = detect_custom_logic("x", attributes=(Attribute("computed_total"),))
    assert found == ("computed_properties: field computed_total",)


def test_several_categories_come_in_fixed_order() -> None:
    text = "Send a webhook on approval. Price must be between 1 and 5."
    categories = [i.split(":")[0] for i in detect_custom_logic(text)]
    assert categories == ["complex_validation", "custom_workflow", "integrations"]
    assert all(c in CATEGORIES for c in categories)


def test_recognizer_fills_custom_logic_from_detection() -> None:
    result = Recognizer().recognize(
        "Create an invoice with amount. Send an email to the customer when it is paid.",
        normalizer=FallbackNormalizer(),
    )
    assert result.custom_logic == ("integrations: send an email to the customer when it is paid",)
    plain = Recognizer().recognize("Create an invoice with amount", normalizer=FallbackNormalizer())
    assert plain.custom_logic == ()
