"""Each recognition stage is a pure function; these tables pin what each one does."""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType
from baes_tui.recognition.changes import read_modify, read_remove, read_rename
from baes_tui.recognition.clauses import Clause, clauses_of, simplify, split_topic
from baes_tui.recognition.entities import entity_name, read_noun
from baes_tui.recognition.fields import infer_type, read_fields
from baes_tui.recognition.plausibility import english_share, looks_like_code, not_a_request
from baes_tui.recognition.relations import read_relation
from baes_tui.recognition.segment import segment
from baes_tui.recognition.text import clean
from tests.support.recognition import read


def clause(text: str, topic: str | None = None) -> Clause:
    return Clause(simplify(text), text, topic, ":" if topic else "", 0, True)


# --- stage 0: clean -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("ñame and émail", "name and email"),
        ("stu\u200bdent\x00", "student"),
        ("students 🎓 with name", "students with name"),
        ("CakeOrder entity", "Cake Order entity"),
        ("contact_email", "contact email"),
        ("pls make a sytem wiht name", "please make a system with name"),
        ("Shelves — label", "Shelves — label"),
        ("rename licence.. sorry, license plate", "rename license plate"),
        ("width and beach and truck", "width and beach and truck"),
    ],
)
def test_clean(raw: str, cleaned: str) -> None:
    assert clean(raw).text == cleaned


def test_clean_remembers_spellings_and_capitals() -> None:
    result = clean("Create a Student with name and ñame")
    assert result.spellings["name"] == frozenset({"name", "ñame"})
    assert "student" in result.capitalised


# --- stage 1: segment ---------------------------------------------------------------------------
def test_segment_keeps_nesting_and_headers() -> None:
    text = (
        "Title line\n\nRequirements:\n- Patient entity with just:\n  - full name\n  - phone\n- JSON"
    )
    segs = segment(text)
    kinds = [(s.kind, s.text, s.owner) for s in segs]
    assert kinds == [
        ("title", "Title line", None),
        ("line", "Requirements:", None),
        ("bullet", "Patient entity with just:", 1),
        ("bullet", "full name", 2),
        ("bullet", "phone", 2),
        ("bullet", "JSON", 1),
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("members with name\nand email", ["members with name and email"]),
        ("- A Part entity with SKU and\n  unit cost.", ["A Part entity with SKU and unit cost."]),
        ("Products: name, price\nOrders: quantity", ["Products: name, price", "Orders: quantity"]),
        ("First. Second!", ["First.", "Second!"]),
    ],
)
def test_segment_joins_wrapped_lines_only(text: str, bodies: list[str]) -> None:
    assert [s.text for s in segment(text)] == bodies


# --- stage 2: clauses and topics ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "simple"),
    [
        ("Hey, could you please add a phone to Customer?", "add a phone to customer"),
        ("As a librarian I want to record each book's title.",
         "i want to record each book's title"),
        ("Suppliers don't need a fax anymore", "suppliers do not need a fax anymore"),
        ("staff member -> employee, please rename the entity",
         "rename the entity staff member to employee"),
    ],
)  # fmt: skip
def test_simplify(text: str, simple: str) -> None:
    assert simplify(text) == simple


@pytest.mark.parametrize(
    ("text", "topic", "rest"),
    [
        ("on student, rename email to mail", "student", "rename email to mail"),
        ("student.email -> optional", "student", "email -> optional"),
        ("employee(first name, last name)", "employee", "first name, last name"),
        ("volunteers: name, phone", "volunteers", "name, phone"),
        ("track our geese: hatch date, pen", None, "track our geese: hatch date, pen"),
        ("weight: float", None, "weight: float"),
    ],
)
def test_split_topic(text: str, topic: str | None, rest: str) -> None:
    found, found_rest, _ = split_topic(text)
    assert (found, found_rest) == (topic, rest)


def test_a_sentence_with_two_requests_is_two_clauses() -> None:
    parts = [c.text for c in clauses_of("Suppliers don't need a fax anymore, please remove it.", 0)]
    assert parts == ["suppliers do not need a fax anymore", "remove it"]


# --- stage 3: entities --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a member registry", "Member"),
        ("a service around an Invoice entity", "Invoice"),
        ("a catalogue of books", "Book"),
        ("a fleet app to manage vehicles", "Vehicle"),
        ("the animals on our farm", "Animal"),
        ("a clinic's Patient records", "Patient"),
        ("the library members", "LibraryMember"),
        ("people", "Person"),
        ("classes", "ClassItem"),
        ("leaves taken by staff", "Leave"),
        ("a database", None),
        ("everything", None),
        ("something for my shop", "Shop"),
    ],
)
def test_entity_from_a_phrase(phrase: str, name: str | None) -> None:
    assert entity_name(phrase) == name


def test_a_frame_complement_is_weak_evidence() -> None:
    noun = read_noun("something for my shop")
    assert noun is not None and noun.framed
    explicit = read_noun("an Invoice entity")
    assert explicit is not None and explicit.explicit


# --- stage 4: fields ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("name, email (email, required) and an optional phone", "name:str email:email phone:str?"),
        ("a number of bays and an archived flag", "bays:int archived:bool"),
        ("whether it is paid and is certified", "is_paid:bool is_certified:bool"),
        ("credits: int", "credits:int"),
        ("first and last name", "first_name:str last_name:str"),
        ("breed — breed can be blank", "breed:str?"),
        ("weight and, if known, its breed", "weight:float breed:str?"),
        ("the insured value, which is a currency amount", "insured_value:decimal"),
        ("a duration in minutes (whole number)", "duration:int"),
        ("their names, phone numbers and allergies", "name:str phone_number:str allergies:str"),
        ("a starts-at timestamp", "starts_at:datetime"),
    ],
)
def test_read_fields(text: str, fields: str) -> None:
    parsed = read_fields(text)
    got = " ".join(f"{a.name}:{a.type}{'' if a.required else '?'}" for a in parsed.attributes)
    assert got == fields


def test_items_that_are_no_fields_are_reported() -> None:
    parsed = read_fields("an id, a name, and full name computed from first and last name")
    assert [a.name for a in parsed.attributes] == ["name"]
    assert {d.text for d in parsed.dropped} == {
        "an id",
        "full name computed from first and last name",
    }


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("hire date", AttrType.DATE),
        ("created at", AttrType.DATETIME),
        ("unit cost", AttrType.DECIMAL),
        ("seats", AttrType.INT),
        ("rating", AttrType.FLOAT),
        ("published", AttrType.BOOL),
        ("contact email", AttrType.EMAIL),
        ("phone number", AttrType.STR),
        ("hired on", AttrType.DATE),
        ("cooking time", AttrType.STR),
        ("start time", AttrType.DATETIME),
    ],
)
def test_infer_type(words: str, kind: AttrType) -> None:
    assert infer_type(words.split()) is kind


# --- stage 5: relationships ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "owner", "kind", "target"),
    [
        ("each shelf belongs to one warehouse", "Shelf", "many_to_one", "Warehouse"),
        ("a warehouse can have shelves", "Warehouse", "many_to_many", "Shelf"),
        ("library members borrow books", "LibraryMember", "many_to_many", "Book"),
        ("a book is written by exactly one author", "Book", "many_to_one", "Author"),
        ("link readers and books", "Reader", "many_to_many", "Book"),
        ("relate shelf to warehouse", "Shelf", "many_to_one", "Warehouse"),
        ("add a gallery relationship to the exhibit entity", "Exhibit", "many_to_one", "Gallery"),
        ("courses and students are many-to-many", "Course", "many_to_many", "Student"),
    ],
)
def test_read_relation(text: str, owner: str, kind: str, target: str) -> None:
    found = read_relation(clause(text))
    assert found is not None and found.owner is not None
    assert (found.owner.name, found.kind, found.target.name) == (owner, kind, target)


@pytest.mark.parametrize(
    "text",
    ["each goose has a hatch date", "patient data must survive a restart", "asdf qwer zxcv"],
)
def test_no_relation(text: str) -> None:
    assert read_relation(clause(text)) is None


# --- changes ------------------------------------------------------------------------------------
def test_read_rename_field_and_entity() -> None:
    field = read_rename(clause("rename surname to last name in employee"))
    assert field is not None and not field.of_entity
    assert (field.entity and field.entity.name, field.old, field.new) == (
        "Employee",
        "surname",
        "last_name",
    )
    entity = read_rename(clause("rename course -> module"))
    assert (
        entity is not None
        and entity.of_entity
        and (entity.old, entity.new)
        == (
            "Course",
            "Module",
        )
    )


def test_read_remove_fields_or_entity() -> None:
    fields = read_remove(clause("take nickname and age off students"))
    assert fields is not None and fields.fields == ("nickname", "age")
    assert fields.entity is not None and fields.entity.name == "Student"
    whole = read_remove(clause("drop the suppliers table"))
    assert whole is not None and whole.whole_entity and whole.entity.name == "Supplier"


def test_read_modify() -> None:
    change = read_modify(clause("make start date on event a datetime"))
    assert change is not None and change.entity is not None and change.entity.name == "Event"
    assert [(c.name, c.type, c.required) for c in change.changes] == [
        ("start_date", AttrType.DATETIME, None)
    ]


# --- plausibility -------------------------------------------------------------------------------
def test_plausibility() -> None:
    assert looks_like_code("SELECT * FROM users;")
    assert not looks_like_code("Exhibit: title | artist | date")
    assert english_share("¿Puedes ayudarme con mi tarea?") < 0.2
    assert not_a_request("Ingredients: allergen, calories, carbs, sugar") is None


def test_an_sql_injection_probe_is_not_a_request_but_plain_drop_table_is() -> None:
    for probe in ('"; delete from boats where 1=1', "x'; DROP TABLE kilns; --", "1; --"):
        assert not_a_request(probe) is not None, probe
    assert read("x'; DROP TABLE kilns; --").status == "needs_clarification"
    assert not_a_request("drop table kilns") is None
    assert not_a_request("fields: 'name'; 'email'; 'phone'") is None
