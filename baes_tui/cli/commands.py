"""What each `baes` subcommand does, on top of the Workspace the TUI uses too."""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict, is_dataclass
from typing import Any

from baes_tui.cli.io import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, emit_json, read_request, say
from baes_tui.core import events as ev
from baes_tui.core.config import Settings
from baes_tui.core.models import Recognition
from baes_tui.workspace import Workspace


def _describe(recognition: Recognition) -> str:
    lines = [
        f"status:     {recognition.status}",
        f"intent:     {recognition.intent}",
        f"confidence: {recognition.confidence:.2f}",
        f"cache:      {recognition.cache}  (key: {recognition.normalized_key!r})",
    ]
    entity = recognition.entity
    if entity:
        lines.append(f"entity:     {entity.name}")
        for attr in entity.attributes:
            flag = "required" if attr.required else "optional"
            lines.append(f"  - {attr.name}: {attr.type} ({flag})")
        for rel in entity.relationships:
            lines.append(f"  ~ {rel.kind} → {rel.target}")
    if recognition.missing:
        lines.append(f"missing:    {', '.join(recognition.missing)}")
    if recognition.custom_logic:
        lines.append("custom logic (goes to review):")
        lines.extend(f"  ! {item}" for item in recognition.custom_logic)
    return "\n".join(lines)


async def recognize(args: argparse.Namespace, settings: Settings) -> int:
    request = read_request(args.request)
    async with await Workspace.open(settings) as ws:
        recognition = await ws.recognize(request)
        _warn_degraded(ws)
    if args.json:
        emit_json(recognition.to_dict())
    else:
        print(_describe(recognition))
    if recognition.needs_clarification:
        say(f"baes: needs clarification — missing {', '.join(recognition.missing) or 'details'}")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _warn_degraded(ws: Workspace) -> None:
    status = ws.status()
    if status.wordnet_error:
        say(f"baes: warning: {status.wordnet_error}; using normalizer {status.normalizer_id}")
    if status.cache_warning and ws.cache_or_none is not None:
        say(f"baes: warning: {status.cache_warning}")


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
            case ev.VerdictIssued(path=path, outcome=outcome, feedback=feedback):
                if outcome == "confident_approval":
                    return None
                return f"  ? {path}: {outcome} " + "; ".join(feedback)
            case ev.RunFinished(status=status, result=result):
                return f"run {status} in {result.get('duration_ms', 0):.0f} ms"
        return None


async def generate(args: argparse.Namespace, settings: Settings) -> int:
    request = read_request(args.request)
    async with await Workspace.open(settings) as ws:
        _warn_degraded(ws)
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


async def validate(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        verdicts = ws.validate(args.paths)
    if args.json:
        from baes_tui.core.verdicts import verdicts_to_json

        print(verdicts_to_json(verdicts, indent=None))
    else:
        for verdict in verdicts:
            print(f"{verdict.outcome:20} {verdict.path}")
            for line in verdict.feedback:
                print(f"    {line}")
    rejected = any(v.outcome == "confident_rejection" for v in verdicts)
    return EXIT_FAILED if rejected else EXIT_OK


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


async def review(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        if args.review_command == "list":
            items = await ws.review_items(outcome=args.outcome, include_decided=args.all)
            if args.json:
                emit_json([_plain(item) for item in items])
            else:
                for item in items:
                    print(f"#{item.id:<5} {item.status:9} {item.outcome:20} {item.path}")
                    for line in item.feedback:
                        print(f"        {line}")
                if not items:
                    say("nothing to review")
            return EXIT_OK
        approve = args.review_command == "approve"
        item = await ws.decide(args.id, approve=approve, note=args.note)
    if args.json:
        emit_json(_plain(item))
    else:
        print(f"#{item.id} {item.status}")
    return EXIT_OK


async def cache(args: argparse.Namespace, settings: Settings) -> int:
    action = args.cache_command
    async with await Workspace.open(settings, load_wordnet=action in ("warm", "import")) as ws:
        store = ws.cache
        if action == "stats":
            stats = await store.stats()
            data = stats.to_dict()
            if args.json:
                emit_json(data)
            else:
                for key, value in data.items():
                    print(f"{key:24} {value}")
            return EXIT_OK
        if action == "list":
            entries = await store.list_entries(
                search=args.search, sort=args.sort, limit=args.limit, offset=args.offset
            )
            if args.json:
                emit_json([e.to_dict() for e in entries])
            else:
                for e in entries:
                    name = e.recognition.entity.name if e.recognition.entity else "-"
                    print(f"{e.hit_count:6}  {name:16} {e.key}")
            return EXIT_OK
        if action == "export":
            count = await store.export_json(args.file)
            result: dict[str, Any] = {"exported": count, "file": str(args.file)}
        elif action == "import":
            result = {"imported": await store.import_json(args.file), "file": str(args.file)}
            normalizer = await ws.recognition.normalizer()
            result["rekeyed"] = await store.rekey(normalizer.normalize, normalizer.id)
        elif action == "invalidate":
            removed = await store.invalidate(key=args.key, entity=args.entity, all=args.all)
            result = {"invalidated": removed}
        elif action == "cleanup":
            result = {"removed": await store.cleanup(args.max_age_days)}
        else:
            result = {"warmed": await ws.warm_cache()}
    if args.json:
        emit_json(result)
    else:
        print(", ".join(f"{k}: {v}" for k, v in result.items()))
    return EXIT_OK


async def metrics(args: argparse.Namespace, settings: Settings) -> int:
    if args.csv:
        try:
            sys.stdout.write(settings.metrics_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            writer = csv.writer(sys.stdout)
            writer.writerow(["no runs recorded yet"])
        return EXIT_OK
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        summary = await asyncio.to_thread(ws.metrics)
    data = _plain(summary)
    if args.json:
        emit_json(data)
    else:
        for key, value in data.items():
            print(f"{key:24} {value}")
    return EXIT_OK


async def doctor(args: argparse.Namespace, settings: Settings) -> int:
    from baes_tui.diagnostics import run_checks

    checks = await run_checks(settings)
    if args.json:
        emit_json([_plain(c) for c in checks])
    else:
        for check in checks:
            mark = {"ok": "✓", "warn": "!", "fail": "✗"}[check.state]
            print(f"{mark} {check.name:14} {check.detail}")
    return EXIT_FAILED if any(c.state == "fail" for c in checks) else EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, Settings], Awaitable[int]]] = {
    "recognize": recognize,
    "generate": generate,
    "validate": validate,
    "review": review,
    "cache": cache,
    "metrics": metrics,
    "doctor": doctor,
}
