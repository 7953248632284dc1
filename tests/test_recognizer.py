"""Rule-based recognition: a table of requests, refusals, clarification and the hit check."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baes_tui.core.errors import BadRequest
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Relationship
from baes_tui.recognition.normalize import FallbackNormalizer, Normalizer, default_normalizer
from baes_tui.recognition.recognizer import MAX_REQUEST_CHARS, Recognizer, hit_matches_request
from baes_tui.recognition.wordnet import LazyLemmatizer


class C(NamedTuple):
    """request, intent, entity, "name:type" ("?" = optional), "kind:Target", "ok" | "
    ""ask:missing"."""

    request: str
    intent: str
    entity: str | None
    attributes: str
    relationships: str
    status: str


CASES = [
    C(
        "Create a system to manage students with name, email, and age",
        "create_entity",
        "Student",
        "name:str email:email age:int",
        "",
        "ok",
    ),
    C(
        "create a system for managing Students with name, email and age!",
        "create_entity",
        "Student",
        "name:str email:email age:int",
        "",
        "ok",
    ),
    C(
        "Add hire date and salary fields to employee",
        "add_fields",
        "Employee",
        "hire_date:date salary:decimal",
        "",
        "ok",
    ),
    C(
        "A library member borrows many books",
        "add_relationship",
        "LibraryMember",
        "",
        "many_to_many:Book",
        "ok",
    ),
    C(
        "Each order belongs to one customer",
        "add_relationship",
        "Order",
        "",
        "many_to_one:Customer",
        "ok",
    ),
    C("Remove the age field from student", "remove_fields", "Student", "age:int", "", "ok"),
    C(
        "Change the type of age to float on student",
        "modify_fields",
        "Student",
        "age:float",
        "",
        "ok",
    ),
    C("Make email optional on student", "modify_fields", "Student", "email:email?", "", "ok"),
    C("Delete the student entity", "remove_entity", "Student", "", "", "ok"),
    C(
        "Create a Student entity.\nRequirements:\n- name (string, required)\n- email (email, "
        "required)\n- age (integer, optional)\n- Uses Python, FastAPI and SQLite with a JSON API",
        "create_entity",
        "Student",
        "name:str email:email age:int?",
        "",
        "ok",
    ),
    C(
        "Create a system to manage people with first and last name and birth date",
        "create_entity",
        "Person",
        "first_name:str last_name:str birth_date:date",
        "",
        "ok",
    ),
    C(
        "Manage categories with title and description",
        "create_entity",
        "Category",
        "title:str description:str",
        "",
        "ok",
    ),
    C(
        "I need to track library members with name, email, and joined at",
        "create_entity",
        "LibraryMember",
        "name:str email:email joined_at:datetime",
        "",
        "ok",
    ),
    C(
        "Build an inventory app for products with name, price, quantity and is active",
        "create_entity",
        "Product",
        "name:str price:decimal quantity:int is_active:bool",
        "",
        "ok",
    ),
    C(
        "Create a class entity with order, select and from",
        "create_entity",
        "ClassItem",
        "order_value:str select_value:str from_value:str",
        "",
        "ok",
    ),
    C("Students", "create_entity", "Student", "", "", "ask:attributes"),
    C("Add email", "add_fields", "", "email:email", "", "ask:entity"),
    C("Create a system", "create_entity", None, "", "", "ask:intent"),
    # corpus convention: a plural target with no "one" is many-to-many, owned by the subject
    C("An author has many books", "add_relationship", "Author", "", "many_to_many:Book", "ok"),
    C(
        "Students enroll in many courses",
        "add_relationship",
        "Student",
        "",
        "many_to_many:Course",
        "ok",
    ),
    # read right, and accepted: the derived name and the notification are custom logic kept
    # aside, whose words the role model (roles.py) does not hold against the reading
    C(
        "Create an employee with name, salary as decimal, rating (float), optional phone and "
        "hire date. Each employee belongs to one department. Full name is derived from first and "
        "last name. Send an email notification when salary changes.",
        "create_entity",
        "Employee",
        "name:str salary:decimal rating:float phone:str? hire_date:date",
        "many_to_one:Department",
        "ok",
    ),
    C(
        "Create a student management system with name and gpa",
        "create_entity",
        "Student",
        "name:str gpa:float",
        "",
        "ok",
    ),
    C(
        "Create products with name, price: decimal, stock (int, required), optional notes",
        "create_entity",
        "Product",
        "name:str price:decimal stock:int notes:str?",
        "",
        "ok",
    ),
    C(
        "Build an app to track books with title, author, isbn and published date",
        "create_entity",
        "Book",
        "title:str author:str isbn:str published_date:date",
        "",
        "ok",
    ),
    C(
        "Create a Course entity with title, credits and description",
        "create_entity",
        "Course",
        "title:str credits:int description:str",
        "",
        "ok",
    ),
    C(
        "I want a system to manage employees with name, email, hire date, salary and is manager",
        "create_entity",
        "Employee",
        "name:str email:email hire_date:date salary:decimal is_manager:bool",
        "",
        "ok",
    ),
    C(
        "Set up a database to store products with name (string), price (decimal, required) and "
        "stock (integer)",
        "create_entity",
        "Product",
        "name:str price:decimal stock:int",
        "",
        "ok",
    ),
    C(
        "Track orders with order number, total, created at and paid",
        "create_entity",
        "Order",
        "order_number:str total:decimal created_at:datetime paid:bool",
        "",
        "ok",
    ),
    C(
        "Create an entity called Invoice with amount, due date and status",
        "create_entity",
        "Invoice",
        "amount:decimal due_date:date status:str",
        "",
        "ok",
    ),
    C(
        "Create a student with name, email, and optional phone",
        "create_entity",
        "Student",
        "name:str email:email phone:str?",
        "",
        "ok",
    ),
    C(
        "Create a patient with name, date of birth, weight, height and blood type",
        "create_entity",
        "Patient",
        "name:str date_of_birth:date weight:float height:float blood_type:str",
        "",
        "ok",
    ),
    C(
        "Create a system to manage events with title, start time, end time and location",
        "create_entity",
        "Event",
        "title:str start_time:datetime end_time:datetime location:str",
        "",
        "ok",
    ),
    C(
        "Make a task tracker app for tasks with title, done (bool) and due date",
        "create_entity",
        "Task",
        "title:str done:bool due_date:date",
        "",
        "ok",
    ),
    C(
        "Add an optional phone number to customer",
        "add_fields",
        "Customer",
        "phone_number:str?",
        "",
        "ok",
    ),
    C("Add a required nickname to students", "add_fields", "Student", "nickname:str", "", "ok"),
    C("Add rating as float to movie", "add_fields", "Movie", "rating:float", "", "ok"),
    C("Add number of credits to course", "add_fields", "Course", "credits:int", "", "ok"),
    C(
        "Remove email and phone from the customer entity",
        "remove_fields",
        "Customer",
        "email:email phone:str",
        "",
        "ok",
    ),
    C(
        "Drop the salary column from employee",
        "remove_fields",
        "Employee",
        "salary:decimal",
        "",
        "ok",
    ),
    C("Delete the course table", "remove_entity", "Course", "", "", "ok"),
    C("Remove students", "remove_entity", "Student", "", "", "ok"),
    C("Change age to integer on person", "modify_fields", "Person", "age:int", "", "ok"),
    C(
        "Change the type of price to decimal for product",
        "modify_fields",
        "Product",
        "price:decimal",
        "",
        "ok",
    ),
    C("Make phone required on customer", "modify_fields", "Customer", "phone:str", "", "ok"),
    C(
        "Make the description field optional for course",
        "modify_fields",
        "Course",
        "description:str?",
        "",
        "ok",
    ),
    C("Each course has one teacher", "add_relationship", "Course", "", "many_to_one:Teacher", "ok"),
    C("Each book belongs to an author", "add_relationship", "Book", "", "many_to_one:Author", "ok"),
    C(
        "A course is taught by one teacher",
        "add_relationship",
        "Course",
        "",
        "many_to_one:Teacher",
        "ok",
    ),
    C(
        "Students can enroll in multiple courses",
        "add_relationship",
        "Student",
        "",
        "many_to_many:Course",
        "ok",
    ),
    C(
        "A department has many employees",
        "add_relationship",
        "Department",
        "",
        "many_to_many:Employee",
        "ok",
    ),
    C(
        "Add a many-to-many relationship between students and courses",
        "add_relationship",
        "Student",
        "",
        "many_to_many:Course",
        "ok",
    ),
    C(
        "Add a relationship from order to customer",
        "add_relationship",
        "Order",
        "",
        "many_to_one:Customer",
        "ok",
    ),
    C(
        "Books are written by many authors",
        "add_relationship",
        "Book",
        "",
        "many_to_many:Author",
        "ok",
    ),
    C(
        "Each comment belongs to a post",
        "add_relationship",
        "Comment",
        "",
        "many_to_one:Post",
        "ok",
    ),
    C(
        "Create a Post with title, body and published at. Each post belongs to one author.",
        "create_entity",
        "Post",
        "title:str body:str published_at:datetime",
        "many_to_one:Author",
        "ok",
    ),
    C(
        "Create a Book with title. A library member borrows many books.",
        "create_entity",
        "Book",
        "title:str",
        "many_to_many:LibraryMember",
        "ok",
    ),
    C(
        "Create an Employee entity.\nFields: name, email, salary",
        "create_entity",
        "Employee",
        "name:str email:email salary:decimal",
        "",
        "ok",
    ),
    C(
        "Create a Product entity.\nRequirements:\n- name (text, required)\n- price (money, "
        "required)\n- in stock (boolean)\n- weight: float\n- Built with FastAPI and SQLite\n- "
        "Price must be between 0 and 10000",
        "create_entity",
        "Product",
        "name:str price:decimal in_stock:bool weight:float",
        "",
        "ok",
    ),
    C(
        "Create a user with username, password, email and is admin",
        "create_entity",
        "User",
        "username:str password:str email:email is_admin:bool",
        "",
        "ok",
    ),
    C(
        "Create a system to manage orders with customer name, total amount, order date and shipped",
        "create_entity",
        "Order",
        "customer_name:str total_amount:decimal order_date:date shipped:bool",
        "",
        "ok",
    ),
    C(
        "Create a category with name and a parent category",
        "create_entity",
        "Category",
        "name:str parent_category:str",
        "",
        "ok",
    ),
    C(
        "Create an expense report with amount and description. Reports need manager approval "
        "before payment.",
        "create_entity",
        "ExpenseReport",
        "amount:decimal description:str",
        "",
        "ok",
    ),
    C(
        "Create an order with total. Send a webhook to the warehouse when an order is created.",
        "create_entity",
        "Order",
        "total:decimal",
        "",
        "ok",
    ),
    C(
        "Create a student with name, email and gpa. Email must match the university domain "
        "pattern.",
        "create_entity",
        "Student",
        "name:str email:email gpa:float",
        "",
        "ok",
    ),
    C(
        "Create a person with first name, last name and full name computed from first and last "
        "name",
        "create_entity",
        "Person",
        "first_name:str last_name:str",
        "",
        "ok",
    ),
    C(
        "Create a ticket with title and status. Status transitions from open to in progress to "
        "closed.",
        "create_entity",
        "Ticket",
        "title:str status:str",
        "",
        "ok",
    ),
    C(
        "Create an employee with name and a manager who is another employee (self-referencing)",
        "create_entity",
        "Employee",
        "name:str",
        "",
        "ok",
    ),
    C("Hello", "create_entity", None, "", "", "ask:intent"),
    C("Please help", "create_entity", None, "", "", "ask:intent"),
    C("Add fields to student", "add_fields", "Student", "", "", "ask:attributes"),
    C("Make it optional", "create_entity", None, "", "", "ask:intent"),
    C("What is the weather today?", "create_entity", None, "", "", "ask:intent"),
    C("Create a REST API with JSON endpoints", "create_entity", None, "", "", "ask:intent"),
    C("Uses Python, FastAPI and SQLite", "create_entity", None, "", "", "ask:intent"),
    C(
        "Manage library members with name, email and membership number",
        "create_entity",
        "LibraryMember",
        "name:str email:email membership_number:str",
        "",
        "ok",
    ),
    C("create students", "create_entity", "Student", "", "", "ask:attributes"),
    C(
        "Create a system to manage classes with name and room",
        "create_entity",
        "ClassItem",
        "name:str room:str",
        "",
        "ok",
    ),
    C(
        "Create a system to manage orders with select and from",
        "create_entity",
        "Order",
        "select_value:str from_value:str",
        "",
        "ok",
    ),
    C("Create a system to manage data", "create_entity", None, "", "", "ask:intent"),
    C(
        "Create a table of vehicles with make, model, year and mileage",
        "create_entity",
        "Vehicle",
        "make:str model_value:str year:int mileage:int",
        "",
        "ok",
    ),
    C(
        "Create a warehouse with name, capacity and address",
        "create_entity",
        "Warehouse",
        "name:str capacity:int address:str",
        "",
        "ok",
    ),
    C(
        "Create a system to manage doctors with name, specialty and license number. Each doctor "
        "belongs to one hospital.",
        "create_entity",
        "Doctor",
        "name:str specialty:str license_number:str",
        "many_to_one:Hospital",
        "ok",
    ),
    C(
        "Create an invoice with subtotal, tax, total, issued on date and paid",
        "create_entity",
        "Invoice",
        "subtotal:decimal tax:decimal total:decimal issued_on_date:date paid:bool",
        "",
        "ok",
    ),
    C(
        "Add created at and updated at to order",
        "add_fields",
        "Order",
        "created_at:datetime updated_at:datetime",
        "",
        "ok",
    ),
    C("Add hire_date to employee", "add_fields", "Employee", "hire_date:date", "", "ok"),
    C(
        "Create students with name, email and age. Also uses a JSON API.",
        "create_entity",
        "Student",
        "name:str email:email age:int",
        "",
        "ok",
    ),
    C(
        "Create a Customer with name, email and loyalty points (integer, optional)",
        "create_entity",
        "Customer",
        "name:str email:email loyalty_points:int?",
        "",
        "ok",
    ),
]


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return default_normalizer(LazyLemmatizer())


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    return Recognizer()


def test_table_has_at_least_sixty_requests() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c.request[:50] for c in CASES])
def test_request_is_recognized_as_expected(
    case: C, recognizer: Recognizer, normalizer: Normalizer
) -> None:
    result = recognizer.recognize(case.request, normalizer=normalizer)
    assert str(result.intent) == case.intent
    assert (result.entity.name if result.entity else None) == case.entity
    attributes = result.entity.attributes if result.entity else ()
    got = " ".join(f"{a.name}:{a.type}{'' if a.required else '?'}" for a in attributes)
    assert got == case.attributes
    relationships = result.entity.relationships if result.entity else ()
    assert " ".join(f"{r.kind}:{r.target}" for r in relationships) == case.relationships
    if case.status == "ok":
        assert result.status == "recognized"
        assert not result.missing
        assert result.confidence >= 0.6
    else:
        assert result.status == "needs_clarification"
        assert ",".join(result.missing) == case.status.removeprefix("ask:")


def test_recognition_carries_key_normalizer_and_source(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    request = "Create a system to manage students with name, email, and age"
    result = recognizer.recognize(request, normalizer=normalizer)
    assert result.normalized_key == "create student name email age"
    assert result.normalizer_id == "wordnet-v1"
    assert (result.source, result.cache) == ("rules", "miss")
    assert result.custom_logic == ()
    assert result.to_dict()["entity"]["name"] == "Student"


def test_technology_words_never_become_fields_or_entities(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    request = (
        "Create a Student entity using a REST API.\nRequirements:\n- name (string, required)\n"
        "- Uses Python, FastAPI and SQLite with a JSON API\n- HTTP endpoints for CRUD\n"
        "- stored in a database table"
    )
    result = recognizer.recognize(request, normalizer=normalizer)
    assert result.entity is not None
    assert result.entity.name == "Student"
    assert [a.name for a in result.entity.attributes] == ["name"]


def test_custom_logic_reaches_the_recognition(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    request = "Create an order with total. Send a webhook to the warehouse when it ships."
    result = recognizer.recognize(request, normalizer=normalizer)
    assert result.custom_logic == ("integrations: send a webhook to the warehouse when it ships",)
    assert result.business_rules == ("Send a webhook to the warehouse when it ships.",)


@pytest.mark.parametrize("request_text", ["", "   ", "\n\t  \n"])
def test_empty_request_is_refused_with_a_clear_message(
    recognizer: Recognizer, normalizer: Normalizer, request_text: str
) -> None:
    with pytest.raises(BadRequest, match="empty request"):
        recognizer.recognize(request_text, normalizer=normalizer)


def test_too_long_request_is_refused_with_the_limit(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    request = "Create students with name. " * 2_000
    with pytest.raises(BadRequest, match=f"request too long: {len(request)} characters; "
                       f"the limit is {MAX_REQUEST_CHARS}"):  # fmt: skip
        recognizer.recognize(request, normalizer=normalizer)


def test_threshold_turns_a_weak_recognition_into_a_question(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    request = "Add a nickname to students"
    assert recognizer.recognize(request, normalizer=normalizer).status == "recognized"
    weak = recognizer.recognize(request, normalizer=normalizer, threshold=0.999)
    assert weak.status == "needs_clarification"
    assert weak.missing == ("confirmation",)
    assert weak.entity is not None and weak.entity.name == "Student"
    strict = Recognizer(threshold=0.999).recognize(request, normalizer=normalizer)
    assert strict.needs_clarification


def test_recognition_is_deterministic(recognizer: Recognizer, normalizer: Normalizer) -> None:
    request = "Create an employee with name, salary, hire date. Each employee belongs to a team."
    first = recognizer.recognize(request, normalizer=normalizer)
    assert all(recognizer.recognize(request, normalizer=normalizer) == first for _ in range(5))


def test_recognition_works_with_the_fallback_normalizer(recognizer: Recognizer) -> None:
    result = recognizer.recognize(
        "Create a system for managing students with name and age", normalizer=FallbackNormalizer()
    )
    assert result.normalizer_id == "fallback-v1"
    assert result.normalized_key == "create student name age"
    assert result.entity is not None and result.entity.name == "Student"


_NO_WORDNET = """
import json, sys
import nltk
nltk.data.path[:] = [sys.argv[1]]
from pathlib import Path
from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.wordnet import LazyLemmatizer
normalizer = default_normalizer(LazyLemmatizer(extra_paths=(Path(sys.argv[1]),)))
result = Recognizer().recognize("Create a system to manage students with name, email, and age",
                                normalizer=normalizer)
print(json.dumps({"id": result.normalizer_id, **result.to_dict()}))
"""


@pytest.mark.slow
def test_recognition_without_wordnet_data_uses_the_fallback(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _NO_WORDNET, str(empty)], capture_output=True, text=True, check=True
    )
    answer = json.loads(done.stdout)
    assert answer["id"] == "fallback-v1"
    assert answer["status"] == "recognized"
    assert answer["entity"]["name"] == "Student"
    assert [a["name"] for a in answer["entity"]["attributes"]] == ["name", "email", "age"]


_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=400),
        st.lists(
            st.sampled_from(
                "create add remove make change to from with and , ( ) - : student students "
                "name email age optional required integer belongs has many one each a the "
                "class order select ../etc /tmp \\ \x00 \n - * 1. é 学生".split(" ")
            ),
            max_size=40,
        ).map(" ".join),
    )
)
def test_any_text_yields_a_recognition_or_bad_request(
    recognizer: Recognizer, normalizer: Normalizer, text: str
) -> None:
    try:
        result = recognizer.recognize(text, normalizer=normalizer)
    except BadRequest:
        assert not text.strip() or len(text) > MAX_REQUEST_CHARS
        return
    assert 0.0 <= result.confidence <= 1.0
    if result.entity is not None:
        names = [result.entity.name, *(a.name for a in result.entity.attributes)]
        names += [r.target for r in result.entity.relationships]
        assert all(_IDENT.fullmatch(n) for n in names if n), names
    if result.status == "recognized":
        assert result.entity is not None and result.entity.name


def test_huge_noisy_request_under_the_limit_finishes(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    noise = "".join(chr(c) for c in range(32, 2000)) * 9
    result = recognizer.recognize(noise[: MAX_REQUEST_CHARS - 1], normalizer=normalizer)
    assert result.request.startswith(" !")


# --- the cache's collision check ----------------------------------------------------------------
STUDENT = EntitySpec(
    "Student",
    (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("hire_date", AttrType.DATE)),
)


def test_hit_matches_a_request_naming_entity_and_every_attribute(normalizer: Normalizer) -> None:
    tokens = normalizer.tokens("Create Students with name, email and hire date")
    assert hit_matches_request(STUDENT, tokens, normalizer=normalizer)


def test_hit_is_rejected_when_attribute_missing_from_request(normalizer: Normalizer) -> None:
    tokens = normalizer.tokens("Create students with name and email")
    assert not hit_matches_request(STUDENT, tokens, normalizer=normalizer)


def test_hit_is_rejected_when_entity_differs(normalizer: Normalizer) -> None:
    tokens = normalizer.tokens("Create teachers with name, email and hire date")
    assert not hit_matches_request(STUDENT, tokens, normalizer=normalizer)


def test_hit_check_accepts_safety_suffixes_and_compound_names(normalizer: Normalizer) -> None:
    spec = EntitySpec(
        "LibraryMember",
        (Attribute("class_value"), Attribute("joined_at", AttrType.DATETIME)),
        (Relationship("many_to_many", "Book"),),
    )
    tokens = normalizer.tokens("A library member with class and joined at borrows many books")
    assert hit_matches_request(spec, tokens, normalizer=normalizer)
    assert not hit_matches_request(
        spec, normalizer.tokens("A library member with class"), normalizer=normalizer
    )


def test_hit_check_is_not_fooled_by_create_folding(normalizer: Normalizer) -> None:
    spec = EntitySpec("Album", (Attribute("track"),))
    tokens = normalizer.tokens("Manage albums with track")
    assert hit_matches_request(spec, tokens, normalizer=normalizer)


def test_remove_entity_recognition_keeps_intent(
    recognizer: Recognizer, normalizer: Normalizer
) -> None:
    result = recognizer.recognize("Delete the student entity", normalizer=normalizer)
    assert result.intent is Intent.REMOVE_ENTITY


def test_hit_check_without_normalizer_tolerates_wordnet_tokens(normalizer: Normalizer) -> None:
    tokens = normalizer.tokens("Create library members with hire date, categories and email")
    spec = EntitySpec(
        "LibraryMember",
        (Attribute("hire_date", AttrType.DATE), Attribute("category"), Attribute("email")),
    )
    assert hit_matches_request(spec, tokens)
    missing = EntitySpec("LibraryMember", (Attribute("salary", AttrType.DECIMAL),))
    assert not hit_matches_request(missing, tokens)
