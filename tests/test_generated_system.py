"""The generated system works: ruff-clean, its own tests pass, and it keeps the HTTP contract
over a real uvicorn server — for one entity, every type, relationships, and an evolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Relationship,
)
from baes_tui.sweas.base import Registry
from tests.support.render import write_change
from tests.support.served import (
    assert_own_tests_pass,
    assert_ruff_clean,
    run_generated_tests,
    serve,
)

pytestmark = pytest.mark.slow

STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
    ),
)


def generate(
    root: Path, before: Registry, after: Registry, intent: Intent = Intent.CREATE_ENTITY
) -> None:
    """Render the change into `root` the way the kernel commits it."""
    write_change(root, before, after, intent)


def test_student_system_is_clean_passes_its_tests_and_keeps_the_http_contract(
    tmp_path: Path,
) -> None:
    root = tmp_path / "project"
    generate(root, Registry(), Registry((STUDENT,)))

    assert_ruff_clean(root)
    assert_own_tests_pass(
        root, "tests/test_student_api.py::test_a_missing_record_answers_404_with_detail"
    )

    with serve(root, tmp_path / "served.db") as http:
        assert http.get("/health").json() == {"status": "ok"}
        created = http.post(
            "/api/students", json={"name": "Ada", "email": "ada@example.com", "age": 36}
        )
        assert created.status_code == 201
        student = created.json()
        assert isinstance(student["id"], int)
        assert student | {"id": 0} == {
            "id": 0,
            "name": "Ada",
            "email": "ada@example.com",
            "age": 36,
        }
        url = f"/api/students/{student['id']}"

        listed = http.get("/api/students")
        assert listed.status_code == 200
        assert listed.json() == [student]
        assert http.get(url).json() == student

        replaced = http.put(url, json={"name": "Ada L.", "email": "ada@example.org"})
        assert replaced.status_code == 200
        assert replaced.json() == {
            "id": student["id"],
            "name": "Ada L.",
            "email": "ada@example.org",
            "age": None,
        }

        invalid = http.post("/api/students", json={"name": "Bob", "email": "not-an-email"})
        assert invalid.status_code == 422
        assert invalid.json()["detail"][0]["loc"] == ["body", "email"]
        assert http.get("/api/students", params={"limit": 0}).status_code == 422

        deleted = http.delete(url)
        assert deleted.status_code == 204
        assert deleted.content == b""
        missing = http.get(url)
        assert missing.status_code == 404
        assert missing.json() == {"detail": "Student not found"}

        assert http.get("/openapi.json").json()["paths"]["/api/students"]
        assert http.get("/docs").status_code == 200
        page = http.get("/ui/students")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert '<form method="post" action="/ui/students">' in page.text
        assert 'href="/ui/students"' in http.get("/").text


def test_entity_with_every_type_passes_its_own_tests(tmp_path: Path) -> None:
    required = tuple(Attribute(f"{t.value}_value", t) for t in AttrType)
    optional = tuple(Attribute(f"maybe_{t.value}", t, required=False) for t in AttrType)
    product = EntitySpec("Product", required + optional)
    root = tmp_path / "project"
    generate(root, Registry(), Registry((product,)))

    assert_ruff_clean(root)
    assert_own_tests_pass(
        root,
        "tests/test_product_api.py::test_optional_fields_may_be_null",
        "tests/test_product_api.py::test_create_without_required_fields_returns_422_naming_each",
        "tests/test_product_pages.py::test_edit_form_shows_the_record_and_saves_changes",
    )


def test_related_entities_pass_their_tests_including_409_and_unknown_ids(tmp_path: Path) -> None:
    teacher = EntitySpec("Teacher", (Attribute("name"),))
    course = EntitySpec("Course", (Attribute("title"),), (Relationship("many_to_one", "Teacher"),))
    student = EntitySpec("Student", (Attribute("name"),), (Relationship("many_to_many", "Course"),))
    root = tmp_path / "project"
    generate(root, Registry(), Registry((teacher, course, student)))

    assert_ruff_clean(root)
    assert_own_tests_pass(
        root,
        "tests/test_course_api.py::test_deleting_a_referenced_teacher_returns_409",
        "tests/test_course_api.py::test_create_with_an_unknown_teacher_returns_422",
        "tests/test_student_courses.py::test_linking_twice_lists_the_course_once",
        "tests/test_student_courses.py::test_unknown_course_returns_404",
    )


def test_evolution_keeps_every_row_readable_through_the_api(tmp_path: Path) -> None:
    root, database = tmp_path / "project", tmp_path / "kept.db"
    v1 = Registry((STUDENT,))
    generate(root, Registry(), v1)
    with serve(root, database) as http:
        for name in ("Ada", "Grace"):
            body = {"name": name, "email": f"{name.lower()}@example.com", "age": 30}
            assert http.post("/api/students", json=body).status_code == 201

    # Add a required field: existing rows get the documented backfill.
    v2 = Registry((EntitySpec("Student", (*STUDENT.attributes, Attribute("phone"))),))
    generate(root, v1, v2, Intent.ADD_FIELDS)
    with serve(root, database) as http:
        rows = http.get("/api/students").json()
        assert [(r["name"], r["age"], r["phone"]) for r in rows] == [
            ("Ada", 30, ""),
            ("Grace", 30, ""),
        ]
        body = {"name": "Linus", "email": "linus@example.com", "phone": "555"}
        assert http.post("/api/students", json=body).status_code == 201

    # Remove a field: the table is rebuilt, every row survives without it.
    v3 = Registry(
        (EntitySpec("Student", (STUDENT.attributes[0], STUDENT.attributes[1], Attribute("phone"))),)
    )
    generate(root, v2, v3, Intent.REMOVE_FIELDS)
    migrations = sorted(p.name for p in (root / "migrations").glob("*.sql"))
    assert migrations == [
        "0001_create_students.sql",
        "0002_add_columns_to_students.sql",
        "0003_rebuild_students.sql",
    ]
    with serve(root, database) as http:
        rows = http.get("/api/students").json()
        assert [r["name"] for r in rows] == ["Ada", "Grace", "Linus"]
        assert all("age" not in r for r in rows)
        assert rows[2]["phone"] == "555"

    assert_ruff_clean(root)
    assert_own_tests_pass(root)


def test_long_entity_and_field_names_stay_ruff_clean_and_pass(tmp_path: Path) -> None:
    session = EntitySpec("WorkshopSession", (Attribute("title"),))
    participant = EntitySpec(
        "ConferenceParticipant",
        tuple(Attribute(f"preferred_{t.value}_contact", t) for t in AttrType),
        (
            Relationship("many_to_many", "WorkshopSession"),
            Relationship("many_to_one", "WorkshopSession"),
        ),
    )
    root = tmp_path / "project"
    generate(root, Registry(), Registry((session, participant)))
    assert_ruff_clean(root)
    assert_own_tests_pass(
        root,
        "tests/test_conference_participant_workshop_sessions.py::"
        "test_linking_twice_lists_the_workshop_session_once",
    )


def test_the_generated_suite_also_passes_on_two_workers(tmp_path: Path) -> None:
    teacher = EntitySpec("Teacher", (Attribute("name"),))
    course = EntitySpec("Course", (Attribute("title"),), (Relationship("many_to_one", "Teacher"),))
    root = tmp_path / "project"
    generate(root, Registry(), Registry((teacher, course)))
    result = run_generated_tests(root, "-n", "2")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "2 workers" in result.stdout
