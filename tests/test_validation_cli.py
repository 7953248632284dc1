"""`baes validate` as a user runs it: a real process, per-file kind and reason, verdict,
findings with rule id, line and fix, a summary with percentages, and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from baes_tui.validation import rule_by_id

pytestmark = pytest.mark.slow

SQL_MODULE = """\
import sqlite3


def find(db: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    return db.execute(f"SELECT * FROM t WHERE name = '{name}'").fetchall()
"""
CLEAN_MODULE = '"""Nothing to see."""\n\nCURRENCY = "EUR"\n'
CACHE_MODULE = """\
import pickle
from pathlib import Path

CACHE = Path("cache.bin")


def load() -> object:
    return pickle.loads(CACHE.read_bytes())
"""


def baes_validate(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "baes_tui", "validate", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "BAES_DATA_DIR": str(data_dir)},
        timeout=120,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    root = tmp_path / "work"
    (root / "somewhere" / "odd").mkdir(parents=True)
    (root / "somewhere" / "odd" / "lookup.py").write_text(SQL_MODULE)
    (root / "clean.py").write_text(CLEAN_MODULE)
    (root / "cache.py").write_text(CACHE_MODULE)
    (root / ".env").write_text("LOG_LEVEL=info\nSTRIPE_SECRET_KEY=4f1e2d3c4b5a69788796a5b4\n")
    return root


def test_human_report_shows_kind_reason_verdict_findings_and_summary(
    files: Path, data_dir: Path
) -> None:
    done = baes_validate(str(files), data_dir=data_dir)
    assert done.returncode == 1, done.stderr
    out = done.stdout
    lookup = out[out.index("lookup.py") :].split("\n\n")[0].splitlines()
    assert lookup[1] == ("  kind     backend — content: database access (imports sqlite3, line 1)")
    assert lookup[2] == "  verdict  confident_rejection"
    fix = rule_by_id("BE006-sql-string-formatting").fix
    assert lookup[3] == (
        "  reject    BE006-sql-string-formatting line 5: SQL built by string formatting from "
        f"function parameter 'name' — fix: {fix}"
    )
    assert "  kind     config — configuration: a .env file" in out
    assert "SEC001-hardcoded-secret line 2: hard-coded secret in setting STRIPE_SECRET_KEY" in out
    assert "  verdict  uncertain" in out
    assert out.rstrip().splitlines()[-1] == (
        "4 files: 1 confident approval (25%), 2 confident rejection (50%), 1 uncertain (25%);"
        " confident 75%"
    )


def test_json_carries_kind_reason_and_fix_in_the_same_shape(files: Path, data_dir: Path) -> None:
    done = baes_validate(str(files / "somewhere"), "--json", data_dir=data_dir)
    assert done.returncode == 1, done.stderr
    payload = json.loads(done.stdout)
    assert payload["summary"] == {
        "confident_approval": 0,
        "confident_rejection": 1,
        "uncertain": 0,
    }
    [verdict] = payload["verdicts"]
    assert verdict["kind"] == "backend"
    assert verdict["kind_reason"].startswith("content: database access")
    [finding] = verdict["findings"]
    assert finding["rule_id"] == "BE006-sql-string-formatting"
    assert finding["fix"] == rule_by_id("BE006-sql-string-formatting").fix


def test_only_approved_files_exit_0(files: Path, data_dir: Path) -> None:
    done = baes_validate(str(files / "clean.py"), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().splitlines()[-1] == (
        "1 file: 1 confident approval (100%), 0 confident rejection (0%), 0 uncertain (0%);"
        " confident 100%"
    )


def test_a_missing_path_is_bad_input_and_nothing_is_judged(files: Path, data_dir: Path) -> None:
    done = baes_validate(str(files / "clean.py"), str(files / "nope.py"), data_dir=data_dir)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"no such file or folder: {files / 'nope.py'}" in done.stderr


def test_a_folder_without_files_to_judge_says_so(tmp_path: Path, data_dir: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("# notes\n")
    done = baes_validate(str(empty), data_dir=data_dir)
    assert done.returncode == 0
    assert "nothing to validate" in done.stderr
    assert done.stdout.strip() == "0 files validated"
