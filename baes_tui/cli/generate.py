"""`baes generate`: recognize, plan, run the waves live on stderr, commit."""

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
    warn_degraded,
)
from baes_tui.core import events as ev
from baes_tui.core.config import Settings
from baes_tui.core.models import Recognition
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
    async with await Workspace.open(settings) as ws:
        warn_degraded(ws)
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
    data = result.to_dict()
    for note in result.notes:
        say(f"note: {note}")
    if result.message and result.message != data.get("error"):
        say(result.message)
    if args.json:
        emit_json(data)
    else:
        print(f"{data['status']}: {len(data.get('files') or [])} files in {settings.project_dir}")
        if data.get("tests"):
            print(f"tests: {data['tests']['passed']} passed, {data['tests']['failed']} failed")
        if result.review_items:
            print(f"review: {len(result.review_items)} item(s) wait in `baes review list`")
        if data.get("error"):
            print(f"error: {data['error']}")
    return result.exit_code
