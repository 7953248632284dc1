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
import logging
import statistics
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from baes_tui.core.events import Event
from baes_tui.core.log import JsonLinesLog
from baes_tui.core.results import RunResult
from baes_tui.llm.standards import ESCALATION_APPROVAL_RATE

log = logging.getLogger(__name__)

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
    # Appended (older files lack them; a missing value reads as nothing happened):
    "source",  # who read the request: rules, llm or human
    "llm_calls",  # answers asked of the LLM during the run (writing, reviewing)
    "review_items",  # items the run left for a person
)
# Below it, custom logic is written with the full standards (seed §5) and Metrics alerts.
MIN_APPROVAL = ESCALATION_APPROVAL_RATE
RUN_STATUSES = ("completed", "needs_review", "failed", "cancelled", "needs_clarification")
# The share the seed holds the LLM to (docs/architecture.md, Goals): above it, the rules
# are missing something.
MAX_LLM_SHARE = 0.40


@dataclass(frozen=True, slots=True)
class MetricsSummary:
    """What `baes metrics` and the metrics screen show. Shares are 0..1, None without data.

    Runs add up: completed (committed; `needs_review` included) + failed + cancelled + refused
    (needs_clarification: nothing generated) == runs. Review counts are the project's
    (state.db), of every kind of item; the `custom_logic_*` counts are the part of them that
    is custom logic.
    """

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
    cancelled: int = 0
    refused: int = 0
    needs_review: int = 0  # committed runs that left items for a person (part of completed)
    verdicts: int = 0
    uncertain: int = 0
    llm_validations: int = 0
    llm_request_share: float | None = None  # runs whose request the LLM read
    llm_runs: int = 0  # runs that used the LLM at all: reading, writing or reviewing
    tokens_per_run: float | None = None
    tokens_last_run: int | None = None
    custom_logic_open: int = 0
    custom_logic_approved: int = 0
    custom_logic_rejected: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @property
    def missed_goals(self) -> dict[str, str]:
        """Each field that misses its goal, with the goal in words: the screen marks those
        cards and `baes metrics` prints the same list."""
        missed = {}
        if self.approval_rate is not None and self.approval_rate < MIN_APPROVAL:
            missed["approval_rate"] = f"goal ≥ {MIN_APPROVAL:.0%}"
        for name in ("llm_validation_share", "llm_request_share"):
            share = getattr(self, name)
            if share is not None and share > MAX_LLM_SHARE:
                missed[name] = f"goal ≤ {MAX_LLM_SHARE:.0%}"
        return missed


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
        "llm_validations": result.llm_validations,
        "tests_passed": tests.passed if tests else "",
        "tests_failed": (tests.failed + tests.errors) if tests else "",
        "tokens": result.tokens,
        "files": len(result.files),
        "source": result.recognition.source,
        "llm_calls": result.llm_calls,
        "review_items": len(result.review_items),
    }


_write_lock = threading.Lock()


def append_row(path: Path, row: Mapping[str, Any]) -> bool:
    """Append one run to the CSV (header first if new); False (and a warning) if unwritable."""
    try:
        with _write_lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            new = not path.exists() or path.stat().st_size == 0
            if not new:
                _upgrade_header(path)
            with path.open("a", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
                if new:
                    writer.writeheader()
                writer.writerow(row)
        return True
    except OSError as exc:
        log.warning("metrics not recorded, cannot write %s (%s)", path, exc)
        return False


def _upgrade_header(path: Path) -> None:
    """A file written before columns were appended gets the full header, once; its rows keep
    their values (the new columns read as empty), so no row turns into a damaged one."""
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh), [])
        if tuple(header) == COLUMNS or tuple(header) != COLUMNS[: len(header)]:
            return
        rest = fh.read()
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerow(COLUMNS)
        out.write(rest)
    tmp.replace(path)


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

    `reviews` are the project's review counts (`ProjectState.review_counts`): an uncertain
    verdict a person approved counts as approved in the approval rate, as a rejection does not.
    """
    reviews = reviews or {}
    rows: list[dict[str, Any]] = []
    skipped = 0
    first_damage = ""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for number, raw in enumerate(csv.DictReader(fh), start=2):
                try:
                    rows.append(_parse(raw))
                except (KeyError, TypeError, ValueError) as exc:
                    skipped += 1
                    first_damage = first_damage or f"line {number}: {exc}"
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        log.warning("%s: metrics cannot be read (%s)", path, exc)
    if skipped:
        # One report for the file, not one per row: a damaged file must not flood a face.
        log.warning(
            "%s: %d damaged metrics row(s) skipped (first at %s)", path, skipped, first_damage
        )
    status = Counter(r["status"] for r in rows)
    # A run that found the project up to date wrote nothing: it is not a generation.
    durations = [
        r["duration_ms"]
        for r in rows
        if r["status"] in ("completed", "needs_review") and r["files"] > 0
    ]
    cached = [r for r in rows if r["cache"] in ("hit", "miss")]
    generated = [r for r in rows if r["path"]]
    verdicts = sum(r["approval"] + r["rejection"] + r["uncertain"] for r in rows)
    # A person's approval turns an uncertain verdict into an approval; never more than there
    # were verdicts (history from before custom logic had verdicts of its own).
    approved = reviews.get("approved_uncertain", reviews.get("approved", 0))
    approvals = min(verdicts, sum(r["approval"] for r in rows) + approved)
    confident = sum(r["approval"] + r["rejection"] for r in rows)
    tokens = sum(r["tokens"] for r in rows)
    llm_validations = sum(r["llm"] for r in rows)
    return MetricsSummary(
        runs=len(rows),
        p50_duration_ms=round(statistics.median(durations), 3) if durations else None,
        hit_rate=_share(sum(r["cache"] == "hit" for r in cached), len(cached)),
        template_share=_share(sum(r["path"] == "template" for r in generated), len(generated)),
        confident_share=_share(confident, verdicts),
        approval_rate=_share(approvals, verdicts),
        llm_validation_share=_share(llm_validations, verdicts),
        tokens=tokens,
        completed=status["completed"] + status["needs_review"],
        failed=status["failed"],
        skipped_rows=skipped,
        reviews_open=reviews.get("open", 0),
        reviews_approved=reviews.get("approved", 0),
        reviews_rejected=reviews.get("rejected", 0),
        cancelled=status["cancelled"],
        refused=status["needs_clarification"],
        needs_review=status["needs_review"],
        verdicts=verdicts,
        uncertain=sum(r["uncertain"] for r in rows),
        llm_validations=llm_validations,
        llm_request_share=_share(sum(r["source"] == "llm" for r in rows), len(rows)),
        llm_runs=sum(r["source"] == "llm" or r["llm_calls"] > 0 or r["tokens"] > 0 for r in rows),
        tokens_per_run=round(tokens / len(rows), 1) if rows else None,
        tokens_last_run=rows[-1]["tokens"] if rows else None,
        custom_logic_open=reviews.get("custom_logic_open", 0),
        custom_logic_approved=reviews.get("custom_logic_approved", 0),
        custom_logic_rejected=reviews.get("custom_logic_rejected", 0),
    )


def _parse(raw: Mapping[str, Any]) -> dict[str, Any]:
    if None in raw or any(raw.get(c) is None for c in ("status", "duration_ms")):
        raise ValueError("wrong number of columns")
    if raw["status"] not in RUN_STATUSES:
        raise ValueError(f"unknown run status {raw['status']!r}")
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
        "source": raw.get("source") or "rules",
        "llm_calls": int(raw.get("llm_calls") or 0),
    }
