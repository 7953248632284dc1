"""A read-only or unreadable project: review and metrics say what is wrong and how to fix it,
never a SQLite traceback; what can still be read is shown.

Root ignores permission bits, so the CLI runs here without the capabilities that let it
(`setpriv --bounding-set=-dac_override,-dac_read_search`): a root test then sees what any user
sees. Without setpriv as root, the permission cases are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from baes_tui.core.config import load_settings
from baes_tui.core.errors import ProjectError
from baes_tui.core.verdicts import Finding
from baes_tui.runs.project_state import ProjectState
from baes_tui.workspace import Workspace

AS_ROOT = os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
needs_unprivileged = pytest.mark.skipif(
    AS_ROOT and SETPRIV is None, reason="root without setpriv cannot drop its file access"
)


def _project_with_review_item(project: Path) -> Path:
    path = project / ".baes" / "state.db"
    path.parent.mkdir(parents=True)
    with ProjectState(path) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        state.add_review_item(
            "r1",
            task="backend_api",
            entity="Student",
            path="app/routes/student.py",
            outcome="uncertain",
            reason="custom logic",
            findings=[Finding("GEN001", 3, "custom logic to write", "uncertain")],
        )
        state.finish_run("r1", status="needs_review")
    return path


def _baes(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    prefix = [SETPRIV, "--bounding-set=-dac_override,-dac_read_search", "--"] if AS_ROOT else []
    env = {**os.environ, "BAES_DATA_DIR": str(tmp_path / "data")}
    env["BAES_PROJECT"] = str(tmp_path / "project")
    return subprocess.run(
        [*prefix, sys.executable, "-m", "baes_tui", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def _chmod_tree(root: Path, dirs: int, files: int) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(dirs if path.is_dir() else files)


def _digest(folder: Path) -> str:
    return hashlib.sha256(
        b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
    ).hexdigest()


@pytest.fixture
def read_only_project(tmp_path: Path):
    project = tmp_path / "project"
    _project_with_review_item(project)
    (tmp_path / "data").mkdir()
    _chmod_tree(project, 0o555, 0o444)
    yield project
    _chmod_tree(project, 0o755, 0o644)


@pytest.mark.slow
@needs_unprivileged
def test_a_read_only_project_is_listed_and_measured_but_a_decision_explains_the_fix(
    tmp_path: Path, read_only_project: Path
) -> None:
    before = _digest(read_only_project)
    listed = _baes(tmp_path, "review", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (item,) = json.loads(listed.stdout)
    assert item["path"] == "app/routes/student.py"

    metrics = _baes(tmp_path, "metrics", "--json")
    assert metrics.returncode == 0, metrics.stderr
    assert json.loads(metrics.stdout)["reviews_open"] == 1

    decided = _baes(tmp_path, "review", "approve", str(item["id"]))
    assert decided.returncode == 2
    assert "read-only" in decided.stderr and f"chmod -R u+w {read_only_project}" in decided.stderr
    assert "Traceback" not in decided.stderr + listed.stderr + metrics.stderr
    assert _digest(read_only_project) == before


@pytest.mark.slow
@needs_unprivileged
def test_an_unreadable_state_names_the_file_and_the_fix(
    tmp_path: Path, read_only_project: Path
) -> None:
    state = read_only_project / ".baes" / "state.db"
    state.chmod(0)
    listed = _baes(tmp_path, "review", "list")
    assert listed.returncode == 2
    assert str(state) in listed.stderr and "chmod -R u+rwX" in listed.stderr
    metrics = _baes(tmp_path, "metrics")
    assert metrics.returncode == 0  # the runs are still shown; the review part is explained
    (warning,) = [line for line in metrics.stderr.splitlines() if "state.db" in line]
    assert warning.startswith("baes: warning: review decisions left out of the metrics")
    assert "Traceback" not in listed.stderr + metrics.stderr


async def test_a_damaged_state_is_a_project_error_with_the_way_out(tmp_path: Path) -> None:
    project = tmp_path / "project"
    state = project / ".baes" / "state.db"
    state.parent.mkdir(parents=True)
    state.write_bytes(b"definitely not sqlite " * 200)
    settings = load_settings(project=project, data_dir=tmp_path / "data", environ={})
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        with pytest.raises(ProjectError, match=r"damaged .*mv .*state\.db"):
            await ws.review_items()
        with pytest.raises(ProjectError, match="damaged"):
            await ws.verdicts()
        summary = ws.metrics()
    assert summary.reviews_open == 0 and summary.runs == 0
    assert state.read_bytes().startswith(b"definitely not sqlite")


@pytest.mark.slow
@needs_unprivileged
def test_a_read_only_data_dir_still_recognizes_and_says_the_cache_is_in_memory_once(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        done = _baes(tmp_path, "recognize", "Create a system to manage students with name")
    finally:
        data.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "entity:     Student" in done.stdout
    warnings = [line for line in done.stderr.splitlines() if "in memory" in line]
    assert len(warnings) == 1 and warnings[0].startswith("baes: warning:"), done.stderr
    assert "Traceback" not in done.stderr
    assert list(data.iterdir()) == [], "nothing written into a read-only data dir"
