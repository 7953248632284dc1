"""The generated system stays valid at the sizes users reach: any valid spec renders ruff-clean
files the TechLead does not reject; 50 entities × 30 fields and a 100-field entity pass their
own suites; what SQLite or the generated code cannot hold is refused up front."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from baes_tui.core.errors import UnsafeName
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Registry, Relationship
from baes_tui.core.names import safe_entity_name, safe_field_name, table_name, to_snake_case
from baes_tui.sweas.limits import (
    MAX_COLUMNS_PER_ENTITY,
    MAX_FIELD_IDENTIFIER,
    check_limits,
    sqlite_limits,
)
from baes_tui.validation.engine import validate_source
from tests.support.render import render_project, write_change
from tests.support.served import assert_own_tests_pass, tool

WORDS = (
    "student", "course", "order", "line", "item", "library", "member", "book", "loan", "fee",
    "address", "postal", "code", "preferred", "contact", "conference", "participant", "workshop",
    "session", "international", "registration", "category", "person", "status", "amount",
)  # fmt: skip


def write_files(root: Path, files: dict[str, object]) -> None:
    for path, generated in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated.content, encoding="utf-8")  # type: ignore[attr-defined]


def assert_ruff_clean(root: Path) -> None:
    ruff = tool("ruff")
    for command in (["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]):
        done = subprocess.run([ruff, *command], cwd=root, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def assert_techlead_does_not_reject(files: dict[str, object]) -> None:
    rejected = {}
    for path, generated in files.items():
        verdict = validate_source(path, generated.content)  # type: ignore[attr-defined]
        if verdict.outcome == "confident_rejection":
            rejected[path] = verdict.feedback
    assert rejected == {}


@st.composite
def names(draw: st.DrawFn, make: object, most_words: int) -> str:
    """A name as the recognizer would make it from a few words of a request."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=most_words))
    try:
        return make(" ".join(words))  # type: ignore[operator]
    except UnsafeName:
        return make("thing")  # type: ignore[operator]


@st.composite
def registries(draw: st.DrawFn) -> Registry:
    """1–4 entities with 1–12 fields of any type, and links between distinct entities."""
    count = draw(st.integers(1, 4))
    entity_names: list[str] = []
    for _ in range(count):
        name = draw(names(safe_entity_name, 2))
        if to_snake_case(name) not in {to_snake_case(n) for n in entity_names}:
            entity_names.append(name)
    entities = []
    for name in entity_names:
        fields: dict[str, Attribute] = {}
        for _ in range(draw(st.integers(1, 12))):
            field = draw(names(safe_field_name, 3))[:MAX_FIELD_IDENTIFIER].strip("_")
            fields.setdefault(
                field, Attribute(field, draw(st.sampled_from(AttrType)), draw(st.booleans()))
            )
        others = [n for n in entity_names if n != name]
        targets = draw(st.lists(st.sampled_from(others), unique=True, max_size=2)) if others else []
        relationships = tuple(
            Relationship(draw(st.sampled_from(["many_to_one", "many_to_many"])), target)
            for target in targets
        )
        entities.append(EntitySpec(name, tuple(fields.values()), relationships))
    return Registry(tuple(entities))


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(registry=registries())
def test_any_valid_spec_renders_ruff_clean_files_the_techlead_accepts(
    registry: Registry, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assume(check_limits(registry) == [])  # anything else is refused up front
    files = render_project(Registry(), registry)
    assert_techlead_does_not_reject(files)
    root = tmp_path_factory.mktemp("project")
    write_files(root, files)
    assert_ruff_clean(root)


def test_field_names_at_the_length_limit_render_ruff_clean_files_of_every_type(
    tmp_path: Path,
) -> None:
    """Every type, required and optional, under the longest field name the limits allow and a
    long entity name: no line the name's length pushes past 100 characters (found by the
    property test above: an optional text field of 34 characters made a 101-character line)."""
    stem = "registration_category_of_the_conference_participant"
    every_type = [
        Attribute(f"{stem[: MAX_FIELD_IDENTIFIER - 2]}{i:02d}", kind, required=i % 2 == 0)
        for i, kind in enumerate([t for t in AttrType for _ in (0, 1)])
    ]
    text_of_each_length = [
        Attribute(f"{stem[: length - 3]}_{i}{length % 10}", AttrType.STR, required=i == 1)
        for length in range(28, MAX_FIELD_IDENTIFIER + 1)
        for i in (0, 1)
    ]
    attributes = tuple(every_type + text_of_each_length)
    registry = Registry((EntitySpec("ConferenceParticipant", attributes, ()),))
    assert check_limits(registry) == []
    files = render_project(Registry(), registry)
    assert_techlead_does_not_reject(files)
    write_files(tmp_path, files)
    assert_ruff_clean(tmp_path)


def wide_entity(name: str, fields: int, relationships: tuple[Relationship, ...] = ()) -> EntitySpec:
    types = list(AttrType)
    attributes = tuple(
        Attribute(f"field_number_{i}", types[i % len(types)], required=i % 3 != 0)
        for i in range(fields)
    )
    return EntitySpec(name, attributes, relationships)


def fifty_entities() -> Registry:
    entities = []
    for i in range(50):
        links = []
        if i > 0:
            links.append(Relationship("many_to_one", f"Entity{i - 1:02d}"))
        if i > 1:
            links.append(Relationship("many_to_many", f"Entity{i - 2:02d}"))
        entities.append(wide_entity(f"Entity{i:02d}", 30, tuple(links)))
    return Registry(tuple(entities))


@pytest.mark.slow
def test_fifty_entities_of_thirty_fields_are_clean_and_pass_their_suite(tmp_path: Path) -> None:
    registry = fifty_entities()
    assert check_limits(registry) == []
    files = write_change(tmp_path, Registry(), registry)
    assert len(files) > 500
    assert_techlead_does_not_reject(files)
    assert_ruff_clean(tmp_path)
    assert_own_tests_pass(
        tmp_path,
        "tests/test_entity49_api.py::test_edge_values_are_stored_and_every_view_still_works",
        "tests/test_entity49_entity47s.py::test_linking_twice_lists_the_entity47_once",
    )


@pytest.mark.slow
def test_an_entity_with_a_hundred_fields_passes_its_suite(tmp_path: Path) -> None:
    registry = Registry((wide_entity("Survey", 100),))
    files = write_change(tmp_path, Registry(), registry)
    assert_techlead_does_not_reject(files)
    assert_ruff_clean(tmp_path)
    assert_own_tests_pass(
        tmp_path,
        "tests/test_survey_api.py::test_create_with_invalid_values_returns_422_naming_each",
        "tests/test_survey_pages.py::test_edit_form_shows_the_record_and_saves_changes",
    )


def test_more_columns_than_sqlite_holds_are_refused_with_a_clear_message() -> None:
    max_columns, _ = sqlite_limits()
    registry = Registry((wide_entity("Survey", max_columns),))
    [problem] = check_limits(registry)
    assert f"at most {max_columns} per table" in problem
    assert problem.startswith("Survey:")


def test_more_fields_than_the_pages_hold_are_refused() -> None:
    registry = Registry((wide_entity("Survey", MAX_COLUMNS_PER_ENTITY + 1),))
    [problem] = check_limits(registry)
    assert f"at most {MAX_COLUMNS_PER_ENTITY} per entity" in problem


def test_names_too_long_for_generated_code_are_refused() -> None:
    long_entity = "Registration" * 3
    long_field = "preferred_international_contact_address_line"
    registry = Registry((EntitySpec(long_entity, (Attribute(long_field),)),))
    problems = check_limits(registry)
    assert any(p.startswith(f"{long_entity}: the name is too long") for p in problems)
    assert any(f"{long_entity}.{long_field}: the field name" in p for p in problems)


def test_clashing_tables_and_columns_are_refused() -> None:
    # The junction of Student and Course is student_courses, the table of StudentCourse too.
    student = EntitySpec("Student", (Attribute("name"),), (Relationship("many_to_many", "Course"),))
    course = EntitySpec("Course", (Attribute("course_id", AttrType.INT),))
    clash = EntitySpec(
        "StudentCourse", (Attribute("course_id"),), (Relationship("many_to_one", "Course"),)
    )
    problems = check_limits(Registry((course, student, clash)))
    assert any("'student_courses'" in p for p in problems)
    assert any(
        "StudentCourse.course_id: the field has the name of the column" in p for p in problems
    )
    assert table_name("StudentCourse") == "student_courses"


def test_a_many_to_many_link_to_itself_is_refused() -> None:
    person = EntitySpec("Person", (Attribute("name"),), (Relationship("many_to_many", "Person"),))
    [problem] = check_limits(Registry((person,)))
    assert "to itself" in problem


def test_specs_within_the_limits_pass() -> None:
    assert check_limits(fifty_entities()) == []
    assert check_limits(Registry((wide_entity("Survey", MAX_COLUMNS_PER_ENTITY),))) == []
