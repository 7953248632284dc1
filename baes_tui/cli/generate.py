"""`baes generate`: recognize, plan, run the waves live on stderr, commit."""

from __future__ import annotations

import argparse
import sys

from baes_tui.cli.io import emit_json, read_request, say, warn_degraded
from baes_tui.core import events as ev
from baes_tui.core.config import Settings
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


async def generate(args: argparse.Namespace, settings: Settings) -> int:
    request = read_request(args.request)
    async with await Workspace.open(settings) as ws:
        warn_degraded(ws)
        result = await ws.generate(
            request,
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
