"""Verification that keeps up: a run passes the tests of what it changed (or all of them, by
setting), a big suite is split over the cores, and `baes verify` runs everything."""

from __future__ import annotations

import asyncio
import json
import textwrap
from pathlib import Path

import pytest

from baes_tui.cli import main
from baes_tui.core.config import ConfigError, Settings, load_settings
from baes_tui.core.events import Event, EventSink, TaskFinished, VerdictIssued
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition, Relationship
from baes_tui.core.results import RunResult
from baes_tui.runs import testrun
from baes_tui.runs.affected import select_tests
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import managed_tree_digest
from baes_tui.runs.testrun import TestRunFailed, plan_shards, run_generated_tests
from baes_tui.sweas.base import Registry
from baes_tui.sweas.tests import workers_for

STUDENT = EntitySpec("Student", (Attribute("name"), Attribute("email", AttrType.EMAIL)))
COURSE = EntitySpec("Course", (Attribute("title"),))
TEACHER = EntitySpec("Teacher", (Attribute("name"),))
LINKED = EntitySpec("Student", STUDENT.attributes, (Relationship("many_to_many", "Course"),))
SCHOOL = Registry((COURSE, LINKED, TEACHER))
SUITE = [
    "tests/test_app.py",
    "tests/test_course_api.py",
    "tests/test_course_pages.py",
    "tests/test_mine.py",  # the person's own
    "tests/test_student_api.py",
    "tests/test_student_courses.py",
    "tests/test_student_pages.py",
    "tests/test_teacher_api.py",
    "tests/test_teacher_pages.py",
]


# --- which tests a run passes -----------------------------------------------------------------


def test_a_change_to_one_entity_runs_its_tests_its_links_and_the_project_tests() -> None:
    selection = select_tests(SCHOOL, {"app/models/teacher.py", "migrations/0004_x.sql"}, SUITE)
    assert selection.run == (
        "tests/test_app.py",
        "tests/test_teacher_api.py",
        "tests/test_teacher_pages.py",
    )
    assert "tests/test_mine.py" in selection.skipped
    assert selection.entities == ("Teacher",)
    assert "3 of 9 test files" in selection.describe()


def test_a_link_is_tested_when_either_of_its_entities_changes() -> None:
    selection = select_tests(SCHOOL, {"app/routes/course.py"}, SUITE)
    assert "tests/test_student_courses.py" in selection.run
    assert "tests/test_student_api.py" not in selection.run


def test_a_change_to_shared_files_only_runs_everything() -> None:
    selection = select_tests(SCHOOL, {"app/main.py", "tests/conftest.py"}, SUITE)
    assert selection.everything and selection.run == tuple(SUITE)
    assert "whole generated suite" in selection.describe()


def test_the_all_setting_runs_everything_even_for_a_small_change() -> None:
    selection = select_tests(SCHOOL, {"app/models/teacher.py"}, SUITE, mode="all")
    assert selection.run == tuple(SUITE)


def test_the_verify_setting_comes_from_the_environment_and_is_checked(tmp_path: Path) -> None:
    settings = load_settings(project=tmp_path, environ={"BAES_VERIFY": "all"})
    assert (settings.verify, Settings().verify) == ("all", "affected")
    with pytest.raises(ConfigError, match="affected or all"):
        load_settings(project=tmp_path, environ={"BAES_VERIFY": "some"})
    (tmp_path / "baes.toml").write_text('[generation]\nverify = "all"\ntest_workers = 1\n')
    from_file = load_settings(project=tmp_path, environ={})
    assert (from_file.verify, from_file.test_workers) == ("all", 1)


# --- both cores -------------------------------------------------------------------------------


def test_a_suite_is_split_evenly_into_the_shards_asked_for() -> None:
    weights = {"a.py": 30, "b.py": 25, "c.py": 10, "d.py": 5}
    assert plan_shards(weights, 2) == [["a.py", "d.py"], ["b.py", "c.py"]]
    assert plan_shards(weights, 1) == [["a.py", "b.py", "c.py", "d.py"]]
    assert plan_shards({"a.py": 3}, 2) == [["a.py"]]  # never more shards than files


def test_without_a_setting_test_workers_decides_how_many_shards(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One decision for both: the runner asks `workers_for` with the tests that will run."""
    monkeypatch.setattr(testrun, "default_workers", lambda: 2)
    small = {f"tests/test_{i}.py": 28 for i in range(3)}  # one entity's worth of tests, x3
    large = {f"tests/test_{i}.py": 28 for i in range(20)}
    assert len(plan_shards(small)) == workers_for(84, cpus=2) == 1
    assert len(plan_shards(large)) == workers_for(560, cpus=2) == 2
    monkeypatch.setattr(testrun, "default_workers", lambda: 1)
    assert len(plan_shards(large)) == 1


@pytest.mark.slow
async def test_shards_run_side_by_side_and_their_reports_are_merged(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    for name, fail in (("one", False), ("two", True)):
        body = "".join(f"def test_{name}_{i}():\n    assert True\n\n" for i in range(25))
        if fail:
            body += f"def test_{name}_breaks():\n    assert 1 == 2\n"
        (tmp_path / f"tests/test_{name}.py").write_text(textwrap.dedent(body))
    lines: list[str] = []
    with pytest.raises(TestRunFailed, match="test_two_breaks") as caught:
        await run_generated_tests(tmp_path, timeout_s=120, progress=lines.append, workers=2)
    report = caught.value.report
    assert (report.passed, report.failed) == (50, 1)
    assert any(line.startswith("[1/2] ") for line in lines)
    assert any(line.startswith("[2/2] ") for line in lines)


@pytest.mark.slow
@pytest.mark.parametrize(("cores", "beside"), [(2, 0), (3, 1)])
async def test_a_run_leaves_the_next_one_as_many_warm_interpreters_as_it_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cores: int, beside: int
) -> None:
    """Two shards on two cores: the next run's spares start once the suite is done (warming
    one takes about a CPU second from the shards); a core left idle gets one at once."""
    (tmp_path / "tests").mkdir()
    for name in ("one", "two"):
        body = "".join(f"def test_{name}_{i}():\n    assert True\n\n" for i in range(5))
        (tmp_path / f"tests/test_{name}.py").write_text(body)
    monkeypatch.setattr(testrun, "default_workers", lambda: cores)
    testrun.SPARES.stop()
    during: list[int] = []
    try:
        report = await run_generated_tests(
            tmp_path,
            timeout_s=120,
            progress=lambda _line: during.append(testrun.SPARES.waiting),
            workers=2,
        )
        assert report.passed == 10
        assert during and set(during) == {beside}
        assert testrun.SPARES.waiting == 2
    finally:
        testrun.SPARES.stop()


# --- a run verifies what it changed -------------------------------------------------------------


def recognition(intent: Intent, *entities: EntitySpec) -> Recognition:
    return Recognition(f"{intent}", "key", intent, entities, 1.0)


async def generate(
    tmp_path: Path,
    rec: Recognition,
    *,
    run_tests: bool = True,
    verify: str = "affected",
    emit: EventSink = lambda _e: None,
) -> RunResult:
    settings = Settings(data_dir=tmp_path / "data", project_dir=tmp_path / "project", verify=verify)
    return await run_generation(rec, settings=settings, emit=emit, run_tests=run_tests)


async def test_a_step_renders_and_judges_only_what_it_changes(tmp_path: Path) -> None:
    school = await generate(
        tmp_path, recognition(Intent.CREATE_ENTITY, COURSE, STUDENT, TEACHER), run_tests=False
    )
    assert school.status == "completed", school.error
    events: list[Event] = []
    room = EntitySpec("Room", (Attribute("number", AttrType.INT),))
    added = await generate(
        tmp_path, recognition(Intent.CREATE_ENTITY, room), run_tests=False, emit=events.append
    )
    assert added.status == "completed", added.error
    rendered = {p for e in events if isinstance(e, TaskFinished) for p in e.files}
    judged = {e.verdict.path for e in events if isinstance(e, VerdictIssued)}
    # Nothing of the entities the step leaves alone is rendered again, let alone judged.
    untouched = ("course", "student", "teacher")
    assert not any(name in path for path in rendered for name in untouched), sorted(rendered)
    assert "app/models/room.py" in rendered and "app/main.py" in rendered
    assert judged == set(added.files)

    events.clear()
    floor = EntitySpec("Room", (Attribute("floor", AttrType.INT),))
    grown = await generate(
        tmp_path, recognition(Intent.ADD_FIELDS, floor), run_tests=False, emit=events.append
    )
    assert grown.status == "completed", grown.error
    rendered = {p for e in events if isinstance(e, TaskFinished) for p in e.files}
    judged = {e.verdict.path for e in events if isinstance(e, VerdictIssued)}
    # The registry changed, so shared files are rendered; those that came out identical to
    # the committed ones keep their verdicts and are not judged again.
    assert "app/main.py" in rendered and "app/main.py" not in judged
    assert judged == set(grown.files) and "app/models/room.py" in judged


@pytest.mark.slow
async def test_a_run_passes_the_tests_of_what_it_changed_or_all_by_setting(
    tmp_path: Path,
) -> None:
    both = await generate(tmp_path, recognition(Intent.CREATE_ENTITY, STUDENT, COURSE))
    assert both.status == "completed", both.error
    assert both.tests is not None
    add = recognition(Intent.ADD_FIELDS, EntitySpec("Course", (Attribute("room"),)))
    affected = await generate(tmp_path, add)
    assert affected.status == "completed", affected.error
    assert any("verified with the tests of Course (3 of 5 test files" in n for n in affected.notes)
    assert affected.tests is not None and affected.tests.passed < both.tests.passed

    more = recognition(Intent.ADD_FIELDS, EntitySpec("Course", (Attribute("code"),)))
    everything = await generate(tmp_path, more, verify="all")
    assert any("whole generated suite (5 test files)" in n for n in everything.notes)
    assert everything.tests is not None and everything.tests.passed > affected.tests.passed


# --- baes verify --------------------------------------------------------------------------------


@pytest.mark.slow
def test_baes_verify_runs_the_whole_suite_and_every_rule_without_touching_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    created = asyncio.run(
        generate(tmp_path, recognition(Intent.CREATE_ENTITY, STUDENT, COURSE), run_tests=False)
    )
    assert created.status == "completed", created.error
    before = managed_tree_digest(project)
    args = ["verify", "--json", "--project", str(project), "--data-dir", str(tmp_path / "data")]

    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["status"], data["error"], data["rejected"]) == ("passed", None, [])
    assert data["tests"]["passed"] > 0 and data["tests"]["failed"] == 0
    assert data["test_files"] == 5
    assert data["verdicts"]["confident_rejection"] == 0
    assert managed_tree_digest(project) == before
    assert not list((project / "app").rglob("__pycache__"))
    assert not list((project / "tests").rglob("__pycache__"))
    assert not (project / ".pytest_cache").exists()
    assert not (project / ".baes/tmp").exists() or not any((project / ".baes/tmp").iterdir())

    with (project / "tests/test_course_api.py").open("a") as fh:
        fh.write("\n\ndef test_my_expectation():\n    assert 1 == 2\n")
    assert main(args) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "failed"
    assert data["failing"] == ["tests/test_course_api.py::test_my_expectation"]


def test_baes_verify_on_an_empty_project_says_there_is_nothing_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["verify", "--project", str(tmp_path / "empty")])
    assert code == 2
    assert "no generated system to verify yet" in capsys.readouterr().err


def test_a_new_link_runs_the_link_tests_and_not_the_target_s_own() -> None:
    changed = {"app/routes/student.py", "app/routes/student_courses.py"}
    selection = select_tests(SCHOOL, changed, SUITE)
    assert selection.run == (
        "tests/test_app.py",
        "tests/test_student_api.py",
        "tests/test_student_courses.py",
        "tests/test_student_pages.py",
    )
    only_link = select_tests(SCHOOL, {"app/routes/student_courses.py"}, SUITE)
    assert only_link.run == ("tests/test_app.py", "tests/test_student_courses.py")
    assert only_link.entities == ("Course", "Student")
