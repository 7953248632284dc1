"""Run metrics: one CSV row per run, one JSON line per event, and the summary over them.

The CSV (`metrics.csv` in the data dir) is what `baes metrics --csv` prints and what the
goals in docs/architecture.md are checked against; the JSON-lines log (`baes.log.jsonl`) keeps
every event of every run for later digging. Writing metrics must never fail a run: an unwritable
file turns metrics off with one warning. Reading is forgiving: a damaged row is skipped, with a
warning, never fatal.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import statistics
import sys
import threading
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from baes_tui.core.events import Event
from baes_tui.core.log import JsonLinesLog
from baes_tui.core.results import RunResult

COLUMNS: tuple[str, ...] = (
    "time",
    "run_id",
    "request",
    "intent",
    "entity",
    "status",
    "cache",
    "path",
    "duration_ms",
    "wave_durations_ms",
    "task_durations_ms",
    "confident_approval",
    "confident_rejection",
    "uncertain",
    "llm_validations",
    "tests_passed",
    "tests_failed",
    "tokens",
    "files",
)


@dataclass(frozen=True, slots=True)
class MetricsSummary:
    """What `baes metrics` and the metrics screen show. Shares are 0..1, None without data."""

    runs: int
    p50_duration_ms: float | None
    hit_rate: float | None
    template_share: float | None
    confident_share: float | None
    approval_rate: float | None
    llm_validation_share: float | None
    tokens: int
    completed: int
    failed: int
    skipped_rows: int = 0
    reviews_open: int = 0
    reviews_approved: int = 0
    reviews_rejected: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def metrics_row(result: RunResult) -> dict[str, Any]:
    """The CSV row of one run."""
    tests = result.tests
    tasks = {t.task: round(t.duration_ms, 3) for wave in result.waves for t in wave}
    waves = [
        {"wave": i, "duration_ms": round(ms, 3)} for i, ms in enumerate(result.wave_durations_ms)
    ]
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "run_id": result.run_id,
        "request": result.recognition.request,
        "intent": str(result.recognition.intent),
        "entity": ", ".join(e.name for e in result.entities),
        "status": result.status,
        "cache": result.recognition.cache,
        "path": result.path,
        "duration_ms": round(result.duration_ms, 3),
        "wave_durations_ms": json.dumps(waves),
        "task_durations_ms": json.dumps(tasks),
        "confident_approval": result.verdicts.get("confident_approval", 0),
        "confident_rejection": result.verdicts.get("confident_rejection", 0),
        "uncertain": result.verdicts.get("uncertain", 0),
        "llm_validations": 0,  # filled once the LLM reviewer of uncertain verdicts is wired
        "tests_passed": tests.passed if tests else "",
        "tests_failed": (tests.failed + tests.errors) if tests else "",
        "tokens": result.tokens,
        "files": len(result.files),
    }


_write_lock = threading.Lock()


def append_row(path: Path, row: Mapping[str, Any]) -> bool:
    """Append one run to the CSV (header first if new); False (and a warning) if unwritable."""
    try:
        with _write_lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            new = not path.exists() or path.stat().st_size == 0
            with path.open("a", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
                if new:
                    writer.writeheader()
                writer.writerow(row)
        return True
    except OSError as exc:
        print(f"baes: warning: metrics not recorded, cannot write {path} ({exc})", file=sys.stderr)
        return False


def event_record(event: Event) -> dict[str, Any]:
    """An event as a JSON-lines record: time, kind, run_id and its own fields."""
    record: dict[str, Any] = {"time": event.at, "kind": event.kind, "run_id": event.run_id}
    for item in dataclasses.fields(event):
        if item.name in ("at", "run_id"):
            continue
        value = getattr(event, item.name)
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        record[item.name] = value
    return record


class EventLog:
    """An EventSink that appends each event to the JSON-lines log; never raises into a run."""

    def __init__(self, path: Path) -> None:
        self._log = JsonLinesLog(path)

    def __call__(self, event: Event) -> None:
        record = event_record(event)
        record.pop("time")  # the log stamps every record itself
        self._log.write(record.pop("kind"), at=event.at, **record)


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def summarize(path: Path, reviews: Mapping[str, int] | None = None) -> MetricsSummary:
    """Summary over every readable row; damaged rows are skipped and counted.

    `reviews` are the project's review decisions (status -> count, files only): a file a
    reviewer approved counts as approved in the approval rate, as a rejection does not.
    """
    reviews = reviews or {}
    rows: list[dict[str, Any]] = []
    skipped = 0
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for number, raw in enumerate(csv.DictReader(fh), start=2):
                try:
                    rows.append(_parse(raw))
                except (KeyError, TypeError, ValueError) as exc:
                    skipped += 1
                    warnings.warn(
                        f"{path}:{number}: damaged metrics row skipped ({exc})", stacklevel=2
                    )
    except FileNotFoundError:
        pass
    except OSError as exc:
        warnings.warn(f"{path}: metrics cannot be read ({exc})", stacklevel=2)
    # A run that found the project up to date wrote nothing: it is not a generation.
    durations = [
        r["duration_ms"]
        for r in rows
        if r["status"] in ("completed", "needs_review") and r["files"] > 0
    ]
    cached = [r for r in rows if r["cache"] in ("hit", "miss")]
    generated = [r for r in rows if r["path"]]
    verdicts = sum(r["approval"] + r["rejection"] + r["uncertain"] for r in rows)
    approvals = sum(r["approval"] for r in rows) + reviews.get("approved", 0)
    confident = sum(r["approval"] + r["rejection"] for r in rows)
    return MetricsSummary(
        runs=len(rows),
        p50_duration_ms=round(statistics.median(durations), 3) if durations else None,
        hit_rate=_share(sum(r["cache"] == "hit" for r in cached), len(cached)),
        template_share=_share(sum(r["path"] == "template" for r in generated), len(generated)),
        confident_share=_share(confident, verdicts),
        approval_rate=_share(approvals, verdicts),
        llm_validation_share=_share(sum(r["llm"] for r in rows), verdicts),
        tokens=sum(r["tokens"] for r in rows),
        completed=sum(r["status"] in ("completed", "needs_review") for r in rows),
        failed=sum(r["status"] == "failed" for r in rows),
        skipped_rows=skipped,
        reviews_open=reviews.get("open", 0),
        reviews_approved=reviews.get("approved", 0),
        reviews_rejected=reviews.get("rejected", 0),
    )


def _parse(raw: Mapping[str, Any]) -> dict[str, Any]:
    if None in raw or any(raw.get(c) is None for c in ("status", "duration_ms")):
        raise ValueError("wrong number of columns")
    return {
        "status": raw["status"],
        "cache": raw.get("cache") or "",
        "path": raw.get("path") or "",
        "duration_ms": float(raw["duration_ms"]),
        "approval": int(raw.get("confident_approval") or 0),
        "rejection": int(raw.get("confident_rejection") or 0),
        "uncertain": int(raw.get("uncertain") or 0),
        "llm": int(raw.get("llm_validations") or 0),
        "tokens": int(raw.get("tokens") or 0),
        "files": int(raw.get("files") or 0),
    }
