"""The CLI contract, exercised the way scripts use it: a real `baes` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BAES = [sys.executable, "-m", "baes_tui"]


def baes(*args: str, data_dir: Path, stdin: str | None = None, timeout: float = 120):
    env = {**os.environ, "BAES_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [*BAES, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_recognize_then_equivalent_phrasing_is_a_cache_hit(data_dir: Path) -> None:
    first = baes(
        "recognize",
        "Create a system to manage students with name, email, and age",
        "--json",
        data_dir=data_dir,
    )
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["status"] == "recognized"
    assert data["intent"] == "create_entity"
    assert data["cache"] == "miss"
    assert data["entity"]["name"] == "Student"
    attrs = {a["name"]: a["type"] for a in data["entity"]["attributes"]}
    assert attrs == {"name": "str", "email": "email", "age": "int"}
    assert data["custom_logic"] == [] and data["source"] == "rules"

    again = baes(
        "--json",
        "recognize",
        "create a system for managing Students with name, email and age!",
        data_dir=data_dir,
    )
    assert again.returncode == 0, again.stderr
    hit = json.loads(again.stdout)
    assert hit["cache"] == "hit"
    assert hit["normalized_key"] == data["normalized_key"]
    assert hit["entity"] == data["entity"] and hit["intent"] == data["intent"]


def test_request_from_stdin_and_from_file(data_dir: Path, tmp_path: Path) -> None:
    request_file = tmp_path / "req.txt"
    request_file.write_text("Create a Course entity.\nRequirements:\n- title (string, required)\n")
    from_file = baes("recognize", f"@{request_file}", "--json", data_dir=data_dir)
    from_stdin = baes("recognize", "-", "--json", data_dir=data_dir, stdin=request_file.read_text())
    assert from_file.returncode == from_stdin.returncode == 0, from_file.stderr
    assert json.loads(from_file.stdout)["entity"]["name"] == "Course"
    assert json.loads(from_stdin.stdout)["cache"] == "hit"


@pytest.mark.parametrize("request_text", ["", "   ", "please do the thing"])
def test_request_without_an_entity_needs_clarification_with_exit_2(
    data_dir: Path, request_text: str
) -> None:
    done = baes("recognize", request_text, "--json", data_dir=data_dir)
    assert done.returncode == 2
    assert done.stderr.strip()
    if done.stdout.strip():
        data = json.loads(done.stdout)
        assert data["status"] in ("needs_clarification", "error")


def test_missing_request_file_is_bad_input(data_dir: Path, tmp_path: Path) -> None:
    done = baes("recognize", f"@{tmp_path / 'nope.txt'}", data_dir=data_dir)
    assert done.returncode == 2
    assert "cannot read request file" in done.stderr


def test_corrupt_cache_file_never_blocks_recognition(data_dir: Path) -> None:
    (data_dir / "cache.db").write_bytes(b"this is not a database" * 100)
    done = baes("recognize", "create student with name", "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entity"]["name"] == "Student"
    assert any(p.name.startswith("cache.db.corrupt") for p in data_dir.iterdir())


def test_cache_commands_round_trip(data_dir: Path, tmp_path: Path) -> None:
    assert baes("cache", "warm", data_dir=data_dir).returncode == 0
    stats = json.loads(baes("cache", "stats", "--json", data_dir=data_dir).stdout)
    assert stats["entries"] >= 3
    listed = json.loads(
        baes("cache", "list", "--json", "--search", "teacher", data_dir=data_dir).stdout
    )
    assert listed and all("teacher" in json.dumps(e).lower() for e in listed)
    export = tmp_path / "cache.json"
    assert baes("cache", "export", str(export), data_dir=data_dir).returncode == 0
    other = tmp_path / "other-data"
    other.mkdir()
    imported = baes("cache", "import", str(export), "--json", data_dir=other)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == stats["entries"]
    gone = baes("cache", "invalidate", "--entity", "Teacher", "--json", data_dir=other)
    assert json.loads(gone.stdout)["invalidated"] >= 1


def test_validate_reports_rejections_with_exit_1(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "app" / "routes" / "thing.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "def find(db, name):\n    return db.execute(f\"SELECT * FROM t WHERE n = '{name}'\")\n"
    )
    done = baes("validate", str(tmp_path / "app"), "--json", data_dir=data_dir)
    assert done.returncode == 1
    verdicts = json.loads(done.stdout)["verdicts"]
    assert verdicts[0]["outcome"] == "confident_rejection"


def test_doctor_reports_wordnet_and_paths(data_dir: Path) -> None:
    done = baes("doctor", "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert checks["wordnet"]["state"] == "ok"
    assert "wordnet" in checks["wordnet"]["detail"]
    assert checks["data dir"]["detail"] == str(data_dir.resolve())


def test_help_lists_every_subcommand(data_dir: Path) -> None:
    done = baes("--help", data_dir=data_dir)
    commands = (
        "recognize",
        "generate",
        "verify",
        "validate",
        "review",
        "cache",
        "metrics",
        "doctor",
    )
    for command in commands:
        assert command in done.stdout
