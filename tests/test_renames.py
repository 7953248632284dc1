"""Renames keep the data: a renamed field or entity is migrated with SQLite's RENAME COLUMN /
RENAME TO, every row and value survives, relationships and junction tables follow, the routes,
pages and tests take the new name, and the old name is refused naming the new one."""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from baes_tui.core.config import Settings
from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
    Rename,
)
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation
from baes_tui.sweas.base import Registry
from baes_tui.sweas.database import migration_steps

STUDENT = EntitySpec("Student", (Attribute("name"), Attribute("email", AttrType.EMAIL)))
TEACHER = EntitySpec("Teacher", (Attribute("name"),))
COURSE = EntitySpec(
    "Course",
    (Attribute("title"),),
    (Relationship("many_to_one", "Teacher"), Relationship("many_to_many", "Student")),
)
ENROLLED = EntitySpec(
    "Student",
    (Attribute("name"), Attribute("email", AttrType.EMAIL)),
    (Relationship("many_to_many", "Course"),),
)
ENROLLMENT = EntitySpec(
    "Enrollment", (Attribute("grade", AttrType.INT),), (Relationship("many_to_one", "Course"),)
)
SERVER_READY = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


def recognition(intent: Intent, *entities: EntitySpec) -> Recognition:
    return Recognition(f"{intent}", "key", intent, entities, 1.0)


def settings_for(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", project_dir=tmp_path / "project")


async def generate(tmp_path: Path, rec: Recognition, *, run_tests: bool = False) -> RunResult:
    result = await run_generation(
        rec, settings=settings_for(tmp_path), emit=lambda _e: None, run_tests=run_tests
    )
    return result


def database_module(project: Path) -> ModuleType:
    """The generated app/database.py, loaded under its own name (no `app` package import)."""
    spec = importlib.util.spec_from_file_location(
        f"generated_database_{abs(hash(project))}", project / "app/database.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def migrate(project: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Apply pending migrations the way the generated app does at startup."""
    monkeypatch.setenv("DATABASE_PATH", str(db))
    return database_module(project).apply_migrations()


def latest_migration(project: Path) -> str:
    return sorted((project / "migrations").glob("*.sql"))[-1].read_text()


async def test_a_renamed_field_keeps_every_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, db = tmp_path / "project", tmp_path / "app.db"
    assert (await generate(tmp_path, recognition(Intent.CREATE_ENTITY, STUDENT))).status == (
        "completed"
    )
    migrate(project, db, monkeypatch)
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO students (name, email) VALUES (?, ?)",
            [("Ann", "ann@example.org"), ("Bo", "bo@example.org")],
        )

    rename = EntitySpec(
        "Student", (Attribute("contact_email", AttrType.EMAIL, renamed_from="email"),)
    )
    result = await generate(tmp_path, recognition(Intent.RENAME_FIELD, rename))
    assert result.status == "completed", result.error
    sql = latest_migration(project)
    assert "ALTER TABLE students RENAME COLUMN email TO contact_email;" in sql
    assert "DROP TABLE" not in sql
    assert migrate(project, db, monkeypatch) == [Path(p).name for p in result.files if "0002" in p]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, name, contact_email FROM students ORDER BY id").fetchall()
    assert rows == [(1, "Ann", "ann@example.org"), (2, "Bo", "bo@example.org")]
    model = (project / "app/models/student.py").read_text()
    assert "contact_email" in model and "email:" not in model.replace("contact_email", "")


async def test_a_renamed_entity_keeps_its_rows_links_and_the_keys_that_point_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, db = tmp_path / "project", tmp_path / "app.db"
    school = recognition(Intent.CREATE_ENTITY, TEACHER, ENROLLED, COURSE, ENROLLMENT)
    first = await generate(tmp_path, school)
    assert first.status == "completed", first.error
    migrate(project, db, monkeypatch)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO teachers (name) VALUES ('Turing')")
        conn.execute("INSERT INTO students (name, email) VALUES ('Ann', 'ann@example.org')")
        conn.execute("INSERT INTO courses (title, teacher_id) VALUES ('Logic', 1)")
        conn.execute("INSERT INTO student_courses (student_id, course_id) VALUES (1, 1)")
        conn.execute("INSERT INTO course_students (course_id, student_id) VALUES (1, 1)")
        conn.execute("INSERT INTO enrollments (grade, course_id) VALUES (6, 1)")

    rename = recognition(Intent.RENAME_ENTITY, EntitySpec("Module", renamed_from="Course"))
    result = await generate(tmp_path, rename)
    assert result.status == "completed", result.error
    sql = latest_migration(project)
    for statement in (
        "ALTER TABLE courses RENAME TO modules;",
        "ALTER TABLE student_courses RENAME TO student_modules;",
        "ALTER TABLE student_modules RENAME COLUMN course_id TO module_id;",
        "ALTER TABLE course_students RENAME TO module_students;",
        "ALTER TABLE module_students RENAME COLUMN course_id TO module_id;",
        "ALTER TABLE enrollments RENAME COLUMN course_id TO module_id;",
    ):
        assert statement in sql
    assert "DROP TABLE" not in sql and "CREATE TABLE" not in sql
    migrate(project, db, monkeypatch)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, title, teacher_id FROM modules").fetchall() == [
            (1, "Logic", 1)
        ]
        assert conn.execute("SELECT * FROM student_modules").fetchall() == [(1, 1)]
        assert conn.execute("SELECT module_id, student_id FROM module_students").fetchall() == [
            (1, 1)
        ]
        assert conn.execute("SELECT grade, module_id FROM enrollments").fetchall() == [(6, 1)]
        targets = {row[2] for row in conn.execute("PRAGMA foreign_key_list(enrollments)")}
        assert targets == {"modules"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not tables & {"courses", "student_courses", "course_students"}
    assert not (project / "app/routes/course.py").exists()
    assert (project / "app/routes/module.py").is_file()
    assert (project / "tests/test_module_api.py").is_file()
    assert not (project / "tests/test_course_api.py").exists()


def test_a_rename_mixed_with_another_change_of_the_table_is_copied_by_the_rebuild() -> None:
    """A registry diff that renames a column and retypes another rebuilds the table; the
    renamed column's values are copied from the old name (SQL applied to a real file)."""
    old = EntitySpec("Student", (Attribute("name"), Attribute("email"), Attribute("age")))
    new = EntitySpec(
        "Student",
        (Attribute("name"), Attribute("contact"), Attribute("age", AttrType.INT)),
    )
    before = Registry((old,))
    after = Registry((new,), (Rename("email", "contact", "Student"),))
    [step] = migration_steps(before, after, Intent.RENAME_FIELD)
    assert step.kind == "rebuild_table"
    assert ("contact", "email") in step.context["copies"]


@contextmanager
def served(project: Path, db: Path) -> Iterator[httpx.Client]:
    """The generated app under uvicorn on 127.0.0.1 (a free port), over real HTTP."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "BAES_"))}
    env.update(DATABASE_PATH=str(db), PYTHONDONTWRITEBYTECODE="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "0"],
        cwd=project,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        port = None
        for line in server.stderr:  # each line is an event; the server says when it listens
            found = SERVER_READY.search(line)
            if found:
                port = int(found.group(1))
                break
        assert port, f"uvicorn did not start (exit code {server.poll()})"
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            yield client
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
async def test_renamed_routes_serve_the_kept_rows_and_the_old_names_are_refused(
    tmp_path: Path,
) -> None:
    project, db = tmp_path / "project", tmp_path / "app.db"
    school = recognition(Intent.CREATE_ENTITY, TEACHER, ENROLLED, COURSE, ENROLLMENT)
    assert (await generate(tmp_path, school)).status == "completed"
    with served(project, db) as api:
        teacher = api.post("/api/teachers", json={"name": "Turing"}).json()
        student = api.post("/api/students", json={"name": "Ann", "email": "ann@example.org"})
        student = student.json()
        course = api.post("/api/courses", json={"title": "Logic", "teacher_id": teacher["id"]})
        course = course.json()
        linked = api.put(f"/api/students/{student['id']}/courses/{course['id']}")
        assert linked.status_code == 204
        enrollment = api.post("/api/enrollments", json={"grade": 6, "course_id": course["id"]})
        assert enrollment.status_code == 201, enrollment.text

    rename = recognition(Intent.RENAME_ENTITY, EntitySpec("Module", renamed_from="Course"))
    renamed = await generate(tmp_path, rename, run_tests=True)
    assert renamed.status == "completed", renamed.error
    assert renamed.tests is not None and renamed.tests.passed > 0
    field = EntitySpec(
        "Student", (Attribute("contact_email", AttrType.EMAIL, renamed_from="email"),)
    )
    refield = await generate(tmp_path, recognition(Intent.RENAME_FIELD, field), run_tests=True)
    assert refield.status == "completed", refield.error

    with served(project, db) as api:
        assert api.get("/api/modules").json() == [
            {"id": course["id"], "title": "Logic", "teacher_id": teacher["id"]}
        ]
        assert api.get(f"/api/students/{student['id']}/modules").json()[0]["title"] == "Logic"
        assert (
            api.get(f"/api/enrollments/{enrollment.json()['id']}").json()["module_id"]
            == (course["id"])
        )
        ann = api.get(f"/api/students/{student['id']}").json()
        assert (ann["contact_email"], "email" in ann) == ("ann@example.org", False)
        assert api.get("/api/courses").status_code == 404
        assert api.get("/ui/modules").status_code == 200
        assert "Logic" in api.get("/ui/modules").text

    refused = await generate(
        tmp_path,
        recognition(Intent.ADD_FIELDS, EntitySpec("Course", (Attribute("room"),))),
    )
    assert (refused.status, refused.exit_code) == ("failed", 2)
    assert "Course was renamed to Module: say Module instead" in refused.error
    old_field = EntitySpec("Student", (Attribute("email"),))
    refused = await generate(tmp_path, recognition(Intent.REMOVE_FIELDS, old_field))
    assert "Student.email was renamed to contact_email" in refused.error
