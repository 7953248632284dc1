"""`baes metrics`: a summary of runs as a table (or `--json`), or the raw CSV."""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys
from typing import Any

from baes_tui.cli.io import EXIT_OK, emit_json, plain
from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.workspace import Workspace


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def _seconds(ms: float | None) -> str:
    return "-" if ms is None else f"{ms / 1000:.2f} s"


def rows(summary: Any) -> list[tuple[str, str, str, str]]:
    """(metric, value, detail, goal) for each line of the human table."""
    s = summary
    runs_detail = (
        f"{s.completed} completed ({s.needs_review} need review), {s.failed} failed,"
        f" {s.cancelled} cancelled, {s.refused} refused"
    )
    return [
        ("runs", _number(s.runs), runs_detail, ""),
        (
            "p50 generation",
            _seconds(s.p50_duration_ms),
            "committed runs that wrote files",
            "≤ 15 s",
        ),
        ("cache hit rate", _percent(s.hit_rate), "runs whose recognition hit the cache", "≥ 60%"),
        (
            "template share",
            _percent(s.template_share),
            "runs generated from templates only",
            "≥ 80%",
        ),
        ("decided by rules", _percent(s.confident_share), f"of {s.verdicts} verdicts", "70–80%"),
        ("approval rate", _percent(s.approval_rate), "confident approvals + people's", "≥ 85%"),
        (
            "LLM validation share",
            _percent(s.llm_validation_share),
            f"{s.llm_validations} of {s.verdicts} verdicts went to the LLM reviewer",
            "≤ 40%",
        ),
        (
            "LLM-read requests",
            _percent(s.llm_request_share),
            f"{s.llm_runs} runs used the LLM (reading, writing or reviewing)",
            "≤ 40%",
        ),
        ("tokens", _number(s.tokens), f"last run {_number(s.tokens_last_run)}", ""),
        ("tokens per run", _number(s.tokens_per_run), "mean over all runs", ""),
        ("review: open", _number(s.reviews_open), f"{s.custom_logic_open} custom logic", ""),
        (
            "review: approved",
            _number(s.reviews_approved),
            f"{s.custom_logic_approved} custom logic",
            "",
        ),
        (
            "review: rejected",
            _number(s.reviews_rejected),
            f"{s.custom_logic_rejected} custom logic",
            "",
        ),
    ]


def table(summary: Any) -> str:
    header = ("metric", "value", "detail", "goal")
    body = rows(summary)
    w = [max(len(r[i]) for r in (header, *body)) for i in range(4)]

    def line(r: tuple[str, str, str, str]) -> str:
        return f"{r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:<{w[2]}}  {r[3]}".rstrip()

    out = [line(header), "  ".join("-" * n for n in w), *(line(r) for r in body)]
    missed = summary.missed_goals
    for field, goal in missed.items():
        out.append(f"alert: {field.replace('_', ' ')} misses its goal ({goal})")
    if summary.skipped_rows:
        out.append(f"warning: {summary.skipped_rows} damaged rows in the metrics file were skipped")
    return "\n".join(out)


async def metrics(args: argparse.Namespace, settings: Settings) -> int:
    if args.csv:
        path = settings.metrics_path
        try:
            sys.stdout.write(path.read_text(encoding="utf-8", errors="replace"))
        except FileNotFoundError:
            writer = csv.writer(sys.stdout)
            writer.writerow(["no runs recorded yet"])
        except OSError as exc:
            raise BaesError(
                f"cannot read {path} ({exc.strerror or exc}); check the data dir (--data-dir)"
            ) from exc
        return EXIT_OK
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        summary = await asyncio.to_thread(ws.metrics)
    if args.json:
        emit_json({**plain(summary), "missed_goals": summary.missed_goals})
    else:
        print(table(summary))
    return EXIT_OK
