"""A commit always finishes or undoes: a failure at any step (permission denied, disk full, a
kill -9) leaves the project byte-identical to before the run (or fully after it), and the next
run works without repair once the cause is gone."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from baes_tui.core.config import Settings
from baes_tui.core.errors import ProjectError
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import CommitFailed, Project, Staging
from baes_tui.sweas.base import GeneratedFile, Registry, TaskOutput

REPO = Path(__file__).resolve().parents[1]
BEFORE = Registry((EntitySpec("Student", (Attribute("name"),)),))
AFTER = Registry((*BEFORE.entities, EntitySpec("Course", (Attribute("title"),))))
V1 = {
    "app/__init__.py": "",
    "app/a.py": "A = 1\n",
    "app/b.py": "B = 1\n",
    "app/c.py": "C = 1\n",
    "tests/test_x.py": "def test_x():\n    pass\n",
}
V2 = {
    "app/__init__.py": "",
    "app/a.py": "A = 2\n",  # replaced
    "app/b.py": "B = 2\n",  # the person edited it: goes beside as app/b.py.baes-new
    "app/sub/new.py": "NEW = 1\n",  # a new file in a new folder
    "tests/test_x.py": "def test_x():\n    pass\n",  # unchanged
}
REMOVED = ("app/c.py",)
COMMIT_STEPS = [
    "journal",
    "place app/a.py",
    "place app/b.py.baes-new",
    "place app/sub/new.py",
    "remove app/c.py",
    "manifest",
    "registry",
    "finish",
]


class Died(BaseException):
    """What kill -9 does to a commit: nothing after this step runs, nothing is undone."""


def output(files: dict[str, str], removed: tuple[str, ...] = ()) -> TaskOutput:
    return TaskOutput(
        "backend_api",
        files=tuple(GeneratedFile(p, c, f"{p}.j2", "1") for p, c in files.items()),
        removed=removed,
    )


def build_v1(root: Path) -> None:
    """A committed project at v1, one generated file hand-edited, one file of the person's."""
    with Project.open(root) as project:
        staging = project.begin_staging("run-1")
        staging.apply(output(V1))
        project.commit(staging, after=BEFORE)
    (root / "app/b.py").write_text("B = 1  # mine\n")
    (root / "notes.txt").write_text("my notes\n")


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder, `.baes/` included but for state.db, the lock and
    baes' own scratch folders (staging, tmp: they come and go with runs)."""
    skipped = {".baes/lock", ".baes/state.db", ".baes/state.db-wal", ".baes/state.db-shm"}
    scratch = {".baes/staging", ".baes/tmp"}
    found: dict[str, bytes | None] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        folder = Path(dirpath)
        dirnames[:] = [
            d for d in dirnames if (folder / d).relative_to(root).as_posix() not in scratch
        ]
        for name in dirnames:
            found[(folder / name).relative_to(root).as_posix()] = None
        for name in filenames:
            rel = (folder / name).relative_to(root).as_posix()
            if rel not in skipped:
                found[rel] = (folder / name).read_bytes()
    return dict(sorted(found.items()))


def stage_v2(project: Project, run_id: str = "run-2") -> Staging:
    staging = project.begin_staging(run_id)
    staging.apply(output(V2, REMOVED))
    return staging


def fail_at(*steps: str, error: int = errno.ENOSPC) -> Callable[[str], None]:
    def fault(name: str) -> None:
        if name in steps:
            raise OSError(error, os.strerror(error), name)

    return fault


@pytest.fixture
def expected_after(tmp_path: Path) -> dict[str, bytes | None]:
    """The project fully after the v2 commit, made once without a fault."""
    root = tmp_path / "reference"
    build_v1(root)
    with Project.open(root) as project:
        project.commit(stage_v2(project), after=AFTER)
    return snapshot(root)


def test_the_commit_steps_are_the_ones_the_fault_tests_cover(tmp_path: Path) -> None:
    build_v1(tmp_path / "p")
    seen: list[str] = []
    with Project.open(tmp_path / "p") as project:
        project.fault = seen.append
        plan = project.commit(stage_v2(project), after=AFTER)
    assert seen == COMMIT_STEPS
    assert [(c.path, c.kind) for c in plan.conflicts] == [("app/b.py", "changed")]
    assert plan.changed == ("app/a.py", "app/sub/new.py", "app/c.py")


@pytest.mark.parametrize("step", COMMIT_STEPS)
def test_a_failure_at_any_commit_step_puts_the_project_back_and_the_next_commit_works(
    tmp_path: Path, step: str, expected_after: dict[str, bytes | None]
) -> None:
    root = tmp_path / "p"
    build_v1(root)
    before = snapshot(root)
    with Project.open(root) as project:
        project.fault = fail_at(step)
        staging = stage_v2(project)
        with pytest.raises(CommitFailed) as caught:
            project.commit(staging, after=AFTER)
        project.discard(staging)
    assert "No space left on device" in str(caught.value)
    if step == "journal":
        assert "nothing in the project changed" in str(caught.value)
    else:
        assert "put back exactly as it was" in str(caught.value)
    assert caught.value.exit_code == 1
    assert snapshot(root) == before
    assert not (root / ".baes/commit.json").exists()
    assert list((root / ".baes/staging").iterdir()) == []  # no staging, no undo copies

    with Project.open(root) as project:
        assert project.recovered is None
        project.commit(stage_v2(project, "run-3"), after=AFTER)
    after = snapshot(root)
    manifest = after.pop(".baes/manifest.json")
    reference = dict(expected_after)
    assert manifest.replace(b"run-3", b"run-2") == reference.pop(".baes/manifest.json")
    assert after == reference


def test_an_undo_that_fails_too_is_finished_by_the_next_open(tmp_path: Path) -> None:
    root = tmp_path / "p"
    build_v1(root)
    before = snapshot(root)
    with Project.open(root) as project:
        project.fault = fail_at("place app/sub/new.py", "undo app/a.py", error=errno.EIO)
        staging = stage_v2(project)
        with pytest.raises(CommitFailed, match="could not be undone yet") as caught:
            project.commit(staging, after=AFTER)
        project.discard(staging)  # what the pipeline does after a failed run: refused here
        assert staging.root.is_dir()
        assert json.loads(project.journal_path.read_text())["phase"] == "rollback"
    assert "Input/output error" in str(caught.value)

    with Project.open(root) as project:
        assert project.recovered is not None
        assert (project.recovered.run_id, project.recovered.direction) == ("run-2", "rollback")
    assert snapshot(root) == before
    with Project.open(root) as project:
        project.commit(stage_v2(project, "run-3"), after=AFTER)
    assert (root / "app/a.py").read_text() == "A = 2\n"


def test_a_killed_commit_that_cannot_be_finished_is_undone_at_the_next_open(
    tmp_path: Path,
) -> None:
    root = tmp_path / "p"
    build_v1(root)
    before = snapshot(root)
    project = Project.open(root)
    staging = stage_v2(project)
    project.fault = _die("place app/sub/new.py")
    with pytest.raises(Died):
        project.commit(staging, after=AFTER)
    project.close()
    (staging.root / "app/sub/new.py").unlink()  # lost: rolling forward is impossible now

    with Project.open(root) as reopened:
        assert reopened.recovered is not None
        assert reopened.recovered.direction == "rollback"
    assert snapshot(root) == before


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`chattr +i`: even root cannot create, replace or delete entries in `path`."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_recovery_blocked_by_a_real_permission_error_works_once_it_is_lifted(
    tmp_path: Path,
) -> None:
    root = tmp_path / "p"
    build_v1(root)
    before = snapshot(root)
    project = Project.open(root)
    staging = stage_v2(project)
    project.fault = _die("place app/sub/new.py")
    with pytest.raises(Died):
        project.commit(staging, after=AFTER)
    project.close()
    (staging.root / "app/sub/new.py").unlink()  # cannot roll forward: the undo must run

    with immutable(root / "app"):
        with pytest.raises(ProjectError, match="neither finished nor undone yet") as caught:
            Project.open(root)
        assert "Operation not permitted" in str(caught.value)
        assert (root / ".baes/commit.json").exists()
        assert staging.root.is_dir()
    with Project.open(root) as reopened:
        assert reopened.recovered is not None and reopened.recovered.direction == "rollback"
    assert snapshot(root) == before


def _die(step: str) -> Callable[[str], None]:
    def fault(name: str) -> None:
        if name == step:
            raise Died(name)

    return fault


# --- a real OS failure in a real run -----------------------------------------------------------

STUDENT = EntitySpec("Student", (Attribute("name"), Attribute("email", AttrType.EMAIL)))


def recognition(entity: EntitySpec, intent: Intent) -> Recognition:
    return Recognition(f"{intent} {entity.name}", entity.name.lower(), intent, (entity,), 1.0)


CREATE = recognition(STUDENT, Intent.CREATE_ENTITY)
ADD_PHONE = recognition(EntitySpec("Student", (Attribute("phone"),)), Intent.ADD_FIELDS)


def settings_for(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", project_dir=tmp_path / "project")


async def generate(tmp_path: Path, rec: Recognition) -> RunResult:
    return await run_generation(
        rec, settings=settings_for(tmp_path), emit=lambda _e: None, run_tests=False
    )


def run_states(project: Path) -> list[str]:
    with Project.open(project) as opened, opened.state() as state:
        return [run.status for run in reversed(state.runs())]


async def test_a_commit_refused_by_the_os_half_way_is_undone_and_works_once_fixed(
    tmp_path: Path,
) -> None:
    """app/ changes first, then tests/ is immutable: the files already placed go back."""
    first = await generate(tmp_path, CREATE)
    assert first.status == "completed", first.error
    project = tmp_path / "project"
    before = snapshot(project)
    with immutable(project / "tests"):
        failed = await generate(tmp_path, ADD_PHONE)
        assert (failed.status, failed.exit_code) == ("failed", 1)
        assert "Operation not permitted" in failed.error
        assert "put back exactly as it was" in failed.error
        assert snapshot(project) == before
    assert not any((project / ".baes/staging").iterdir())
    again = await generate(tmp_path, ADD_PHONE)
    assert again.status == "completed", again.error
    assert any(p.startswith("migrations/0002_") for p in again.files)
    assert "phone" in (project / "app/models/student.py").read_text()
    assert run_states(project) == ["completed", "failed", "completed"]


CHILD_RUN = """
import asyncio, sys
from pathlib import Path
from baes_tui.core.config import Settings
from baes_tui.runs.pipeline import run_generation
from tests.test_commit_faults import ADD_PHONE

root = Path(sys.argv[1])
settings = Settings(data_dir=root / "data", project_dir=root / "project")
result = asyncio.run(
    run_generation(ADD_PHONE, settings=settings, emit=lambda e: None, run_tests=False)
)
print(result.status, result.exit_code, result.error)
"""


@pytest.mark.slow
async def test_a_run_without_permission_to_write_leaves_the_project_as_it_was(
    tmp_path: Path,
) -> None:
    """The same, with EACCES: a baes process without root's override of file permissions
    (setpriv drops CAP_DAC_OVERRIDE) meets a read-only tests/ folder."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    assert (await generate(tmp_path, CREATE)).status == "completed"
    project = tmp_path / "project"
    before = snapshot(project)
    (project / "tests").chmod(0o555)
    try:
        child = subprocess.run(
            [
                "setpriv",
                "--bounding-set=-dac_override,-dac_read_search",
                sys.executable,
                "-c",
                CHILD_RUN,
                str(tmp_path),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        (project / "tests").chmod(0o755)
    assert child.stdout.startswith("failed 1"), child.stdout + child.stderr
    assert "Permission denied" in child.stdout
    assert "put back exactly as it was" in child.stdout
    assert snapshot(project) == before
    again = await generate(tmp_path, ADD_PHONE)
    assert again.status == "completed", again.error


# --- kill -9 in the middle of a commit ---------------------------------------------------------

KILL_IN_COMMIT = """
import sys, time
from pathlib import Path
from baes_tui.runs.project import Project
from tests.test_commit_faults import AFTER, stage_v2

root, marker = Path(sys.argv[1]), Path(sys.argv[2])

def fault(step):
    if step == "place app/sub/new.py":  # app/a.py and app/b.py.baes-new are in place
        marker.write_text("ready")
        time.sleep(600)

project = Project.open(root)
project.fault = fault
project.commit(stage_v2(project), after=AFTER)
"""


@pytest.mark.slow
async def test_kill_9_in_the_middle_of_a_commit_is_rolled_forward_at_the_next_open(
    tmp_path: Path, expected_after: dict[str, bytes | None]
) -> None:
    root = tmp_path / "p"
    build_v1(root)
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_IN_COMMIT, str(root), str(marker)], cwd=REPO
    )
    try:
        while not marker.exists():
            assert child.poll() is None, "the commit ended before the kill"
            await asyncio.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert (root / "app/a.py").read_text() == "A = 2\n"  # half-way: a.py placed ...
    assert not (root / "app/sub/new.py").exists()  # ... new.py not yet
    with Project.open(root) as reopened:
        assert reopened.recovered is not None and reopened.recovered.direction == "forward"
    assert snapshot(root) == expected_after
