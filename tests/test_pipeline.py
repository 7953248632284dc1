"""The pipeline end to end: plan → waves → review → generated tests → commit (or nothing).

Most tests use small SWEA doubles that write a tiny but real package and a real test suite, so
each outcome (failure, rejection, failing test, cancel, kill -9) is cheap to provoke. The
`slow` tests at the bottom run the real generators on Student(name, email, age).
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from baes_tui.core import events as ev
from baes_tui.core.config import Settings
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import Project, managed_tree_digest
from baes_tui.runs.testrun import TestRunFailed, parse_pytest_output, run_generated_tests
from baes_tui.sweas.base import GeneratedFile, TaskContext, TaskOutput

REPO = Path(__file__).resolve().parents[1]
STUDENT = EntitySpec(
    "Student",
    (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("age", AttrType.INT)),
)
CONTRACT_KEYS = {
    "status", "request", "normalized_key", "cache", "intent", "confidence", "entities", "entity",
    "path", "waves", "verdicts", "tests", "files", "tokens", "duration_ms", "error",
}  # fmt: skip


def recognition(
    entity: EntitySpec = STUDENT, intent: Intent = Intent.CREATE_ENTITY, **kw: object
) -> Recognition:
    return Recognition(
        "create a system to manage students with name, email and age",
        "create manage student name email age",
        intent,
        (entity,),
        0.92,
        **kw,
    )


class Writer:
    """A SWEA double: writes given files (content may use {entity}); optional failure."""

    name = "writer"

    def __init__(self, task: str, files: dict[str, str], fail: str | None = None) -> None:
        self.task = task
        self.files = files
        self.fail = fail

    def run(self, ctx: TaskContext) -> TaskOutput:
        if self.fail:
            raise RuntimeError(self.fail)
        ctx.progress(f"{self.task}: rendering")
        names = ",".join(e.name for e in ctx.after.entities)
        return TaskOutput(
            self.task,
            files=tuple(
                GeneratedFile(p, c.replace("{entities}", names), f"{p}.j2", "1")
                for p, c in self.files.items()
            ),
        )


PASSING_TEST = textwrap.dedent(
    """\
    from app.api import ENTITIES


    def test_entities_are_listed():
        assert ENTITIES


    def test_student_is_known():
        assert "Student" in ENTITIES
    """
)


def doubles(**override: Writer) -> dict[str, Writer]:
    sweas = {
        "database_schema": Writer(
            "database_schema",
            {"migrations/0001_create.sql": "CREATE TABLE students (id INTEGER PRIMARY KEY);\n"},
        ),
        "frontend_ui": Writer("frontend_ui", {"app/pages.py": "PAGES = ('home',)\n"}),
        "backend_api": Writer(
            "backend_api",
            {"app/__init__.py": "", "app/api.py": "ENTITIES = '{entities}'.split(',')\n"},
        ),
        "integration_tests": Writer("integration_tests", {"tests/test_generated.py": PASSING_TEST}),
    }
    sweas.update(override)
    return sweas


def settings_for(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", project_dir=tmp_path / "project")


async def generate(
    tmp_path: Path, rec: Recognition | None = None, **kw: object
) -> tuple[RunResult, list[ev.Event]]:
    seen: list[ev.Event] = []
    kw.setdefault("sweas", doubles())
    result = await run_generation(
        rec or recognition(), settings=settings_for(tmp_path), emit=seen.append, **kw
    )
    return result, seen


def short_lines_literal(text: str, width: int = 60) -> str:
    """`text` as a Python string literal in pieces of `width` characters, one per line: a
    double's file that names a tmp_path must not have a line as long as the path (the
    line-length rule rejects it when pytest-xdist makes tmp paths longer)."""
    pieces = [text[i : i + width] for i in range(0, len(text), width)] or [""]
    return "(\n" + "".join(f"    {piece!r}\n" for piece in pieces) + ")"


# --- the generated-test runner ---------------------------------------------------------------


def suite(folder: Path, body: str) -> Path:
    (folder / "tests").mkdir(parents=True)
    (folder / "tests/test_suite.py").write_text(textwrap.dedent(body))
    return folder


async def test_generated_tests_are_run_and_their_lines_streamed(tmp_path: Path) -> None:
    folder = suite(tmp_path, "def test_a():\n    pass\n\ndef test_b():\n    pass\n")
    lines: list[str] = []
    report = await run_generated_tests(folder, timeout_s=120, progress=lines.append)
    assert (report.passed, report.failed) == (2, 0)
    assert any("2 passed" in line for line in lines)
    assert not (folder / ".pytest_cache").exists()


async def test_plugins_installed_beside_baes_are_not_loaded_into_the_suite(
    tmp_path: Path,
) -> None:
    """The generated suite needs no third-party plugin; baes' own environment holds several
    (typeguard's, anyio's, pytest-asyncio's), and searching for and loading them cost every
    run. Built-in plugins (logging's caplog) stay."""
    folder = suite(
        tmp_path,
        """
        def test_only_built_in_plugins(request, caplog):
            names = {name for name, _ in request.config.pluginmanager.list_name_plugin()}
            assert not names & {"typeguard", "anyio", "asyncio", "hypothesispytest"}, names
        """,
    )
    report = await run_generated_tests(folder, timeout_s=120, progress=lambda _l: None)
    assert (report.passed, report.failed) == (1, 0)


async def test_failing_generated_tests_are_named_in_the_error(tmp_path: Path) -> None:
    folder = suite(
        tmp_path, "def test_ok():\n    pass\n\ndef test_create_returns_201():\n    assert 0\n"
    )
    with pytest.raises(
        TestRunFailed, match=r"1 generated test\(s\) failed.*test_create_returns_201"
    ):
        await run_generated_tests(folder, timeout_s=120, progress=lambda _l: None)


async def test_a_suite_that_hangs_is_killed_at_the_timeout(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    folder = suite(
        tmp_path / "p",
        f"""\
        import os, time
        open({str(pid_file)!r}, "w").write(str(os.getpid()))
        def test_hangs():
            time.sleep(600)
        """,
    )
    # the pid is written when the module is collected; 15 s leaves a loaded machine time to
    # start pytest that far (3 s did not, at a load of 7 on 2 cores)
    with pytest.raises(TestRunFailed, match="did not finish"):
        await run_generated_tests(folder, timeout_s=15, progress=lambda _l: None)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def test_pytest_summary_lines_are_parsed() -> None:
    lines = [
        "..F.E",
        "FAILED tests/test_x.py::test_one - assert 0",
        "ERROR tests/test_x.py::test_two - fixture",
        "2 passed, 1 failed, 1 error in 0.12s",
    ]
    report = parse_pytest_output(lines, 1)
    assert (report.passed, report.failed, report.errors) == (2, 1, 1)
    assert report.failing == ("tests/test_x.py::test_one", "tests/test_x.py::test_two")
    assert report.to_dict() == {"passed": 2, "failed": 2}


# --- pipeline with doubles -----------------------------------------------------------------


async def test_a_run_commits_files_records_verdicts_and_metrics(tmp_path: Path) -> None:
    result, seen = await generate(tmp_path)
    data = result.to_dict()
    assert set(data) == CONTRACT_KEYS
    assert (data["status"], result.exit_code, data["error"]) == ("completed", 0, None)
    assert [[t["task"] for t in wave] for wave in data["waves"]] == [
        ["database_schema", "frontend_ui"],
        ["backend_api"],
        ["integration_tests"],
    ]
    assert all(t["status"] == "done" for wave in data["waves"] for t in wave)
    assert data["tests"] == {"passed": 2, "failed": 0}
    assert data["verdicts"] == {"confident_approval": 5, "confident_rejection": 0, "uncertain": 0}
    assert data["tokens"] == 0 and data["path"] == "template"
    project = tmp_path / "project"
    assert (project / "app/api.py").read_text() == "ENTITIES = 'Student'.split(',')\n"
    assert "app/api.py" in data["files"]
    db = sqlite3.connect(project / ".baes/state.db")
    assert db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == 5
    assert db.execute("SELECT status FROM runs").fetchall() == [("completed",)]
    assert len((tmp_path / "data/metrics.csv").read_text().splitlines()) == 2
    assert (tmp_path / "data/baes.log.jsonl").read_text().count("\n") == len(seen)
    assert isinstance(seen[0], ev.RunStarted) and isinstance(seen[-1], ev.RunFinished)
    assert any(isinstance(e, ev.TaskProgress) and "passed" in e.message for e in seen)


async def test_the_same_request_twice_is_up_to_date_the_second_time(tmp_path: Path) -> None:
    await generate(tmp_path)
    before = managed_tree_digest(tmp_path / "project")
    result, _ = await generate(tmp_path)
    assert (result.status, result.files, result.message) == (
        "completed",
        (),
        "Student is up to date",
    )
    assert managed_tree_digest(tmp_path / "project") == before


async def test_a_conflicting_second_create_is_refused_with_exit_2(tmp_path: Path) -> None:
    await generate(tmp_path)
    other = EntitySpec("Student", (Attribute("name"), Attribute("phone")))
    result, _ = await generate(tmp_path, recognition(other))
    assert (result.status, result.exit_code) == ("failed", 2)
    assert "add phone to Student" in result.error


async def test_a_failing_task_fails_the_run_and_changes_nothing(tmp_path: Path) -> None:
    await generate(tmp_path)
    (tmp_path / "project/mine.txt").write_text("keep\n")
    before = managed_tree_digest(tmp_path / "project")
    add = recognition(EntitySpec("Student", (Attribute("phone"),)), Intent.ADD_FIELDS)
    broken = Writer("backend_api", {}, fail="template app/routes/entity.py.j2 line 4: boom")
    result, seen = await generate(tmp_path, add, sweas=doubles(backend_api=broken))
    assert (result.status, result.exit_code) == ("failed", 1)
    assert "backend_api: template app/routes/entity.py.j2 line 4: boom" in result.error
    assert managed_tree_digest(tmp_path / "project") == before
    assert list((tmp_path / "project/.baes/staging").iterdir()) == []
    waves = result.to_dict()["waves"]
    assert waves[1] == [
        {
            "task": "backend_api",
            "status": "failed",
            "duration_ms": pytest.approx(waves[1][0]["duration_ms"]),
        }
    ]
    assert waves[2][0]["status"] == "pending"
    assert isinstance(seen[-1], ev.RunFinished) and seen[-1].status == "failed"


async def test_a_confident_rejection_fails_the_run_with_the_rule_feedback(tmp_path: Path) -> None:
    bad = Writer("frontend_ui", {"app/pages.py": "def pages(:\n"})
    result, seen = await generate(tmp_path, sweas=doubles(frontend_ui=bad))
    assert result.status == "failed"
    assert "TechLead rejected app/pages.py" in result.error
    assert "Line 1: syntax error" in result.error
    assert result.verdicts["confident_rejection"] == 1
    assert not (tmp_path / "project/app").exists()
    rejected = [e for e in seen if isinstance(e, ev.VerdictIssued)]
    assert ("app/pages.py", "confident_rejection") in [(e.path, e.outcome) for e in rejected]


async def test_failing_generated_tests_fail_the_run_naming_them(tmp_path: Path) -> None:
    failing = Writer(
        "integration_tests",
        {"tests/test_generated.py": "def test_get_returns_404():\n    assert 0\n"},
    )
    result, _ = await generate(tmp_path, sweas=doubles(integration_tests=failing))
    assert (result.status, result.exit_code) == ("failed", 1)
    assert "test_get_returns_404" in result.error
    assert result.tests is None
    assert not (tmp_path / "project/app").exists()


async def test_without_the_test_run_tests_is_null(tmp_path: Path) -> None:
    failing = Writer(
        "integration_tests", {"tests/test_generated.py": "def test_x():\n    assert 0\n"}
    )
    result, _ = await generate(tmp_path, sweas=doubles(integration_tests=failing), run_tests=False)
    assert result.status == "completed"
    assert result.to_dict()["tests"] is None


async def test_an_unclear_request_needs_clarification_and_touches_nothing(tmp_path: Path) -> None:
    rec = Recognition(
        "make it better", "make better", Intent.CREATE_ENTITY, (), 0.2,
        status="needs_clarification", missing=("entity",),
    )  # fmt: skip
    result, seen = await generate(tmp_path, rec)
    assert (result.status, result.exit_code) == ("needs_clarification", 2)
    assert "entity" in result.error
    assert not (tmp_path / "project").exists()
    assert [e.kind for e in seen] == ["RunStarted", "RunFinished"]


async def test_a_collision_with_a_foreign_file_is_refused_and_it_stays(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / "app/api.py").write_text("# my own api\n")
    before = managed_tree_digest(project)
    result, _ = await generate(tmp_path)
    assert (result.status, result.exit_code) == ("failed", 2)
    assert "app/api.py" in result.error
    assert managed_tree_digest(project) == before


async def test_a_read_only_project_location_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "project").write_text("a file where the folder should be")
    result, _ = await generate(tmp_path)
    assert (result.status, result.exit_code) == ("failed", 2)
    assert "cannot be written" in result.error


async def test_custom_logic_and_uncertain_files_go_to_the_review_queue(tmp_path: Path) -> None:
    marked = Writer(
        "frontend_ui", {"app/pages.py": "# custom logic: badge colour\nPAGES = ('home',)\n"}
    )
    rec = recognition(custom_logic=("calculate GPA from grades",))
    result, seen = await generate(tmp_path, rec, sweas=doubles(frontend_ui=marked))
    assert (result.status, result.exit_code) == ("needs_review", 0)
    assert result.to_dict()["path"] == "mixed"
    # Every queued item is an uncertain verdict: the file and the custom logic.
    assert result.verdicts["uncertain"] == 2 == len(result.review_items)
    added = [e for e in seen if isinstance(e, ev.ReviewItemAdded)]
    assert [e.path for e in added] == ["app/pages.py", "(custom logic)"]
    assert "calculate GPA" in added[1].reason
    assert (tmp_path / "project/app/pages.py").exists()


async def test_cancelling_a_run_leaves_the_project_as_it_was(tmp_path: Path) -> None:
    await generate(tmp_path)
    before = managed_tree_digest(tmp_path / "project")
    marker = tmp_path / "running"
    hanging = Writer(
        "integration_tests",
        {
            "tests/test_generated.py": (
                f"import time\nMARKER = {short_lines_literal(str(marker))}\n"
                "def test_wait():\n    open(MARKER, 'w').close()\n"
                "    assert time.sleep(600) is None\n"
            )
        },
    )
    seen: list[ev.Event] = []
    add = recognition(EntitySpec("Student", (Attribute("phone"),)), Intent.ADD_FIELDS)
    running = asyncio.create_task(
        run_generation(
            add, settings=settings_for(tmp_path), emit=seen.append,
            sweas=doubles(integration_tests=hanging),
        )
    )  # fmt: skip
    while not marker.exists():
        assert not running.done(), running.result().error
        await asyncio.sleep(0.05)
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert managed_tree_digest(tmp_path / "project") == before
    assert isinstance(seen[-1], ev.RunFinished) and seen[-1].status == "cancelled"
    result, _ = await generate(tmp_path, add)
    assert result.status == "completed"


# Runs one generation in a child process. When the test wave starts, the sink records it and
# stalls the process there, so the parent's kill -9 lands mid-run, with staging populated.
KILL_SCRIPT = """
import asyncio, os, sys, time
from pathlib import Path
from baes_tui.core.config import Settings
from baes_tui.core import events as ev
from baes_tui.runs.pipeline import run_generation
from tests.test_pipeline import add_phone, doubles

root, marker, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def sink(event):
    if isinstance(event, ev.TaskStarted) and event.task == "integration_tests":
        Path(marker).write_text(str(os.getpid()))
        time.sleep(600)

settings = Settings(data_dir=root / "data", project_dir=root / "project")
sweas = doubles() if mode == "doubles" else None
asyncio.run(run_generation(add_phone(), settings=settings, emit=sink, sweas=sweas))
"""


async def kill_mid_run(tmp_path: Path, mode: str) -> None:
    """Start a run in a real `python` process and kill -9 it during its test wave."""
    marker = tmp_path / "running"
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(tmp_path), str(marker), mode], cwd=REPO
    )
    try:
        while not (marker.exists() and marker.read_text()):
            assert child.poll() is None, "the run ended before its test wave"
            await asyncio.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL


def add_phone() -> Recognition:
    return recognition(EntitySpec("Student", (Attribute("phone"),)), Intent.ADD_FIELDS)


async def test_kill_9_during_the_test_wave_leaves_the_project_intact(tmp_path: Path) -> None:
    await generate(tmp_path)
    project = tmp_path / "project"
    before = managed_tree_digest(project)
    await kill_mid_run(tmp_path, "doubles")
    assert any((project / ".baes/staging").iterdir())  # the dead run's leftovers
    assert managed_tree_digest(project) == before
    result, _ = await generate(tmp_path, add_phone())
    assert result.status == "completed"
    assert list((project / ".baes/staging").iterdir()) == []  # stale staging was cleaned


# --- the real generators (slow: they run the generated system's own suite) ------------------


class FailingSuite:
    """Fault injection: the real TestSWEA's output plus one test that fails."""

    name = "FailingSuite"
    task = "integration_tests"

    def run(self, ctx: TaskContext) -> TaskOutput:
        from baes_tui.sweas.tests import TestSWEA

        real = TestSWEA().run(ctx)
        broken = GeneratedFile(
            "tests/test_injected_failure.py",
            "def test_injected_failure():\n    assert 1 + 1 == 3\n",
        )
        return TaskOutput(real.task, files=(*real.files, broken), removed=real.removed)


@pytest.mark.slow
async def test_student_is_generated_reviewed_tested_and_committed(tmp_path: Path) -> None:
    result, seen = await generate(tmp_path, sweas=None)
    data = result.to_dict()
    assert (data["status"], data["error"]) == ("completed", None)
    assert [[t["task"] for t in wave] for wave in data["waves"]] == [
        ["database_schema", "frontend_ui"],
        ["backend_api"],
        ["integration_tests"],
    ]
    assert data["tests"]["passed"] > 0 and data["tests"]["failed"] == 0
    assert data["verdicts"]["confident_rejection"] == 0
    project = tmp_path / "project"
    for path in ("app/main.py", "app/routes/student.py", "tests/test_student_api.py"):
        assert path in data["files"] and (project / path).is_file()
    recorded = sqlite3.connect(project / ".baes/state.db").execute("SELECT COUNT(*) FROM verdicts")
    assert recorded.fetchone()[0] == sum(data["verdicts"].values()) == len(data["files"])
    issued = [e for e in seen if isinstance(e, ev.VerdictIssued)]
    assert len(issued) == len(data["files"])

    again, _ = await generate(tmp_path, sweas=None)
    assert (again.status, again.files) == ("completed", ())

    before = managed_tree_digest(project)
    failed, _ = await generate(tmp_path, add_phone(), sweas=_real_with(FailingSuite()))
    assert (failed.status, failed.exit_code) == ("failed", 1)
    assert "test_injected_failure" in failed.error
    assert managed_tree_digest(project) == before

    added, _ = await generate(tmp_path, add_phone(), sweas=None)
    assert added.status == "completed", added.error
    assert any(p.startswith("migrations/0002_") for p in added.files)


@pytest.mark.slow
async def test_where_a_project_lives_never_reaches_its_generated_lines(tmp_path: Path) -> None:
    folder = tmp_path
    while len(str(folder / "project")) < 150:  # 150 characters at least, whatever tmp_path is
        folder = folder / "a-folder-with-a-deliberately-long-name"
    result, _ = await generate(folder, sweas=None)
    data = result.to_dict()
    assert (data["status"], data["error"]) == ("completed", None)
    assert data["tests"]["passed"] > 0 and data["tests"]["failed"] == 0
    assert data["verdicts"]["confident_rejection"] == data["verdicts"]["uncertain"] == 0
    project = folder / "project"
    for path in data["files"]:
        assert str(folder) not in (project / path).read_text(encoding="utf-8"), path


def _real_with(*replacements: object) -> dict[str, object]:
    from baes_tui.runs.pipeline import default_sweas

    sweas: dict[str, object] = dict(default_sweas())
    sweas.update({r.task: r for r in replacements})  # type: ignore[attr-defined]
    return sweas


@pytest.mark.slow
async def test_kill_9_of_a_real_run_leaves_the_generated_project_intact(tmp_path: Path) -> None:
    first, _ = await generate(tmp_path, sweas=None)
    assert first.status == "completed"
    project = tmp_path / "project"
    before = managed_tree_digest(project)
    await kill_mid_run(tmp_path, "real")
    assert managed_tree_digest(project) == before
    result, _ = await generate(tmp_path, add_phone(), sweas=None)
    assert result.status == "completed", result.error
    assert list((project / ".baes/staging").iterdir()) == []


# The generated suite's one test records its pid and waits, so the parent can kill -9 baes
# while pytest runs in the staging folder.
KILL_DURING_TESTS = """
import asyncio, os, sys
from pathlib import Path
from baes_tui.core.config import Settings
from baes_tui.runs.pipeline import run_generation
from tests.test_pipeline import Writer, add_phone, doubles

root = Path(sys.argv[1])
os.environ["PID_FILE"] = sys.argv[2]  # the generated suite inherits it
waiting = (
    "import os, time\\n"
    "def test_waits():\\n"
    "    open(os.environ['PID_FILE'], 'w').write(str(os.getpid()))\\n"
    "    assert time.sleep(600) is None\\n"
)
suite = Writer("integration_tests", {"tests/test_generated.py": waiting})
settings = Settings(data_dir=root / "data", project_dir=root / "project")
result = asyncio.run(
    run_generation(
        add_phone(), settings=settings, emit=lambda e: None, sweas=doubles(integration_tests=suite)
    )
)
print(result.status, result.error)
"""


def wait_for_exit(pid: int, timeout_s: float) -> bool:
    """Wait for a process that is not our child to end (pidfd: an event, not a poll)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(timeout_s * 1000))
    finally:
        os.close(fd)


async def test_kill_9_during_the_generated_tests_kills_them_and_marks_the_run_interrupted(
    tmp_path: Path,
) -> None:
    await generate(tmp_path)
    project = tmp_path / "project"
    before = managed_tree_digest(project)
    pid_file = tmp_path / "pytest.pid"
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_DURING_TESTS, str(tmp_path), str(pid_file)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        while not (pid_file.exists() and pid_file.read_text()):
            if child.poll() is not None:
                pytest.fail(f"the run ended before its tests started: {child.stdout.read()}")
            await asyncio.sleep(0.05)
        pytest_pid = int(pid_file.read_text())
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert wait_for_exit(pytest_pid, timeout_s=30), "pytest outlived the baes that started it"
    assert any((project / ".baes/staging").iterdir())
    assert any((project / ".baes/tmp").iterdir())  # the dead run's test databases
    assert managed_tree_digest(project) == before

    with Project.open(project) as opened, opened.state() as state:
        runs = state.runs()
        assert not (project / ".baes/staging").exists()
        assert not (project / ".baes/tmp").exists()
    assert [run.status for run in runs] == ["interrupted", "completed"]
    assert "killed or crashed" in (runs[0].error or "")
    result, _ = await generate(tmp_path, add_phone())
    assert result.status == "completed"
