"""Problems are reported one way (stdlib logging under `baes_tui`) and reach every face:
the JSON-lines log, the CLI's stderr (once each), the TUI's notifications (tests/ui/test_app.py)."""

from __future__ import annotations

import ast
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import baes_tui
from baes_tui.core.config import load_settings
from baes_tui.core.log import JsonLinesLog, report_to_stderr
from baes_tui.workspace import Workspace

PACKAGE = Path(baes_tui.__file__).parent
reporter = logging.getLogger("baes_tui.tests.reporter")


def _log_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_problems_land_in_the_json_lines_log_while_a_workspace_is_open(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache.db").write_bytes(b"this is not a database" * 64)
    settings = load_settings(project=tmp_path / "project", data_dir=data, environ={})
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        reporter.warning("seen while open")
        assert ws.status().cache_warning and "corrupt" in ws.status().cache_warning
    reporter.warning("seen after close")
    records = [r for r in _log_records(settings.log_path) if r["kind"] == "log"]
    messages = [r["message"] for r in records]
    assert any("corrupt" in m for m in messages), messages  # reported while opening
    assert "seen while open" in messages and "seen after close" not in messages
    corrupt = next(r for r in records if "corrupt" in r["message"])
    assert corrupt["level"] == "warning"
    assert corrupt["logger"] == "baes_tui.recognition.cache.recovery"


def test_a_failing_route_never_breaks_the_work_that_reports(capsys) -> None:
    gone = io.StringIO()
    gone.close()  # a stderr that went away (a closed pipe)
    remove = report_to_stderr(gone)
    try:
        reporter.warning("still fine")
    finally:
        remove()
    assert "Traceback" not in capsys.readouterr().err


def test_stderr_gets_each_warning_once_with_the_baes_prefix(capsys) -> None:
    remove = report_to_stderr()
    try:
        for _ in range(3):
            reporter.warning("cache file is read-only")
        reporter.error("cannot continue")
    finally:
        remove()
    err = capsys.readouterr().err.splitlines()
    assert err == ["baes: warning: cache file is read-only", "baes: error: cannot continue"]


def test_an_unwritable_log_turns_itself_off_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    log = JsonLinesLog(blocker / "baes.log.jsonl")
    with caplog.at_level(logging.WARNING, logger="baes_tui"):
        log.write("run_started")
        log.write("run_finished")
    warned = [r for r in caplog.records if r.name.startswith("baes_tui")]
    assert log.disabled_reason and len(warned) == 1 and "log disabled" in warned[0].getMessage()


@pytest.mark.slow
@pytest.mark.parametrize(("content", "word"), [(b"\x00garbage" * 512, "corrupt"), (b"", "empty")])
def test_the_cli_prints_a_cache_problem_once_and_no_traceback(
    tmp_path: Path, content: bytes, word: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache.db").write_bytes(content)
    env = {**os.environ, "BAES_DATA_DIR": str(data), "BAES_PROJECT": str(tmp_path / "p")}
    done = subprocess.run(
        [sys.executable, "-m", "baes_tui", "recognize", "create a student with name"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if f"cache file was {word}" in line]
    assert len(warnings) == 1 and warnings[0].startswith("baes: warning:"), done.stderr
    assert "Traceback" not in done.stderr


def _reports_outside_logging(path: Path) -> list[str]:
    """`print(..., file=sys.stderr)`, `sys.stderr.write` and `warnings.warn` in a module,
    outside functions named `main` (a module's own command line)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def visit(node: ast.AST, in_main: bool) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            in_main = in_main or node.name == "main"
        if isinstance(node, ast.Call) and not in_main:
            text = ast.unparse(node.func)
            to_stderr = any(
                k.arg == "file" and "stderr" in ast.unparse(k.value) for k in node.keywords
            )
            if (text == "print" and to_stderr) or text in ("warnings.warn", "sys.stderr.write"):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)}")
        for child in ast.iter_child_nodes(node):
            visit(child, in_main)

    visit(tree, False)
    return found


def test_the_core_reports_problems_only_through_logging() -> None:
    """Below the faces nothing prints to stderr or warns: a TUI would swallow it."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in ("ui", "cli"):
            continue
        offenders += _reports_outside_logging(path)
    assert offenders == []
