"""`baes generate`: recognize, plan, run the waves live on stderr, commit.

stderr gets the run live and then its story (the message and each note, once); stdout gets
the result: `--json`'s object, or for people a status line, a table of the tasks that ran
and the verdicts, tests and review items in words.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from baes_tui.cli.io import (
    MAX_REQUEST_FILE_BYTES,
    CliError,
    emit_json,
    read_request,
    say,
    table,
)
from baes_tui.core import events as ev
from baes_tui.core.config import Settings
from baes_tui.core.models import Recognition
from baes_tui.core.results import RunResult
from baes_tui.workspace import Workspace


class EventPrinter:
    """Prints the run live to stderr, one line per event."""

    def __call__(self, event: ev.Event) -> None:
        line = self.format(event)
        if line:
            print(line, file=sys.stderr, flush=True)

    @staticmethod
    def format(event: ev.Event) -> str | None:
        match event:
            case ev.PlanReady(waves=waves):
                plan = " → ".join("[" + ", ".join(w) + "]" for w in waves)
                return f"plan: {plan}"
            case ev.WaveStarted(index=index, tasks=tasks):
                return f"wave {index + 1}: {', '.join(tasks)}"
            case ev.TaskFinished(task=task, duration_ms=ms, files=files):
                return f"  ✓ {task} ({ms:.1f} ms, {len(files)} files)"
            case ev.TaskFailed(task=task, error=error, status=status):
                return f"  ✗ {task} {status}: {error}"
            case ev.TaskProgress(task=task, message=message):
                return f"    {task}: {message}"
            case ev.VerdictIssued(verdict=verdict):
                if verdict.outcome == "confident_approval":
                    return None
                return f"  ? {verdict.path}: {verdict.outcome} " + "; ".join(verdict.feedback)
            case ev.RunFinished(status=status, result=result):
                return f"run {status} in {result.duration_ms:.0f} ms"
        return None


def read_spec_file(value: str) -> Any:
    """The JSON of `--spec FILE` ("-" reads stdin); a clear message when it is not JSON."""
    where = "standard input" if value == "-" else value
    try:
        if value == "-":
            text = sys.stdin.read(MAX_REQUEST_FILE_BYTES + 1)
        else:
            with Path(value).expanduser().open("rb") as fh:
                text = fh.read(MAX_REQUEST_FILE_BYTES + 1).decode("utf-8", errors="replace")
    except OSError as exc:
        raise CliError(f"cannot read spec file {where}: {exc.strerror or exc}") from exc
    if len(text) > MAX_REQUEST_FILE_BYTES:
        raise CliError(f"spec file {where} is larger than {MAX_REQUEST_FILE_BYTES:,} bytes")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"spec file {where} is not valid JSON: {exc}") from exc


async def generate(args: argparse.Namespace, settings: Settings) -> int:
    if args.spec is None and args.request is None:
        raise CliError("give a request, or --spec FILE (see `baes recognize --json`)")
    spec = read_spec_file(args.spec) if args.spec is not None else None
    request = read_request(args.request) if args.request is not None else None
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        what: str | Recognition
        if spec is not None:
            # The spec wins; a request given beside it is the request recorded.
            what = await ws.read_spec(spec, request=request)
            say(f"spec: {what.intent} {', '.join(e.name for e in what.entities)} (source human)")
            for note in what.notes:
                say(f"note: {note}")
        else:
            assert request is not None
            what = request
        result = await ws.generate(
            what,
            emit=EventPrinter(),
            run_tests=False if args.no_run_tests else None,
            confirmed=args.yes,
        )
    for line in story(result):
        say(line)
    if args.json:
        emit_json(result.to_dict())
    else:
        print(summary(result, settings.project_dir))
    return result.exit_code


def story(result: RunResult) -> list[str]:
    """What the run did in words, for stderr: the message (unless it only repeats the notes
    or the error) and each note once."""
    notes = list(dict.fromkeys(result.notes))
    lines = []
    if result.message and result.message not in (result.error, "; ".join(notes)):
        lines.append(result.message)
    lines += [f"note: {note}" for note in notes]
    return lines


def summary(result: RunResult, project: Path) -> str:
    """The human form of the run: one status line, a table of the tasks that ran, then the
    verdicts, the tests and what waits for review."""
    status = result.status.replace("_", " ")
    lines = [
        f"{status} in {format_ms(result.duration_ms)}: {plural(len(result.files), 'file')}"
        f" in {project}"
    ]
    rows = [
        (index + 1, task.task, task.status, format_ms(task.duration_ms), task.files or "")
        for index, wave in enumerate(result.waves)
        for task in wave
    ]
    if rows:
        lines += ["", table(("wave", "task", "status", "time", "files"), rows), ""]
    judged = sum(result.verdicts.values())
    if judged:
        approved = result.verdicts.get("confident_approval", 0)
        lines.append(
            f"verdicts: {approved} approved ({approved / judged:.0%}),"
            f" {result.verdicts.get('confident_rejection', 0)} rejected,"
            f" {result.verdicts.get('uncertain', 0)} uncertain"
        )
    if result.tests is not None:
        failed = result.tests.failed + result.tests.errors
        lines.append(f"tests: {result.tests.passed} passed, {failed} failed")
    elif result.status in ("completed", "needs_review"):
        lines.append("tests: not run")
    if result.review_items:
        lines.append(
            f"review: {plural(len(result.review_items), 'item')} waiting: `baes review list`"
        )
    if result.error and result.status != "cancelled":
        lines.append(f"error: {result.error}")
    return "\n".join(lines)


def format_ms(ms: float) -> str:
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
