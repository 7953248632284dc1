"""Metrics: one CSV row per run, one JSON line per event, a forgiving summary."""

from __future__ import annotations

import csv
import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from baes_tui.core import events as ev
from baes_tui.core.models import CacheStatus, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunPath, RunResult, RunStatus, TaskRecord, TestReport
from baes_tui.runs.metrics import EventLog, append_row, metrics_row, summarize


def result(
    status: RunStatus = "completed",
    *,
    cache: CacheStatus = "miss",
    path: RunPath = "template",
    duration: float = 1000.0,
    approvals: int = 10,
    uncertain: int = 0,
    files: tuple[str, ...] = ("a", "b"),
) -> RunResult:
    recognition = Recognition(
        request="create student with name",
        normalized_key="create student name",
        intent=Intent.CREATE_ENTITY,
        entities=(EntitySpec("Student"),),
        confidence=0.9,
        cache=cache,
    )
    return RunResult(
        status=status,
        recognition=recognition,
        run_id="r",
        exit_code=0,
        path=path,
        waves=((TaskRecord("database_schema", "done", 5.0),),),
        wave_durations_ms=(5.0,),
        verdicts={
            "confident_approval": approvals,
            "confident_rejection": 0,
            "uncertain": uncertain,
        },
        tests=TestReport(passed=12, failed=0),
        files=files,
        duration_ms=duration,
    )


def record(path: Path, data: RunResult, run_id: str = "r") -> None:
    assert append_row(path, metrics_row(replace(data, run_id=run_id)))


def test_each_run_appends_one_row_with_waves_and_tasks_as_json(tmp_path: Path) -> None:
    path = tmp_path / "metrics.csv"
    record(path, result())
    record(path, result(cache="hit"))
    lines = path.read_text().splitlines()
    assert lines[0].startswith("time,run_id,request")
    assert len(lines) == 3
    row = next(csv.DictReader(path.open()))
    assert json.loads(row["task_durations_ms"]) == {"database_schema": 5.0}
    assert json.loads(row["wave_durations_ms"]) == [{"wave": 0, "duration_ms": 5.0}]
    assert (row["tests_passed"], row["tests_failed"], row["tokens"]) == ("12", "0", "0")


def test_summary_computes_rates_over_recorded_runs(tmp_path: Path) -> None:
    path = tmp_path / "metrics.csv"
    record(path, result(duration=1000, cache="hit", approvals=8, uncertain=2))
    record(path, result(duration=3000, cache="miss", path="mixed", approvals=10))
    record(path, result(duration=2000, cache="hit"))
    record(path, result("failed", duration=9000, cache="miss", approvals=0))
    up_to_date = result(duration=2, cache="hit", approvals=0, files=())
    record(path, up_to_date)
    summary = summarize(path)
    assert summary.runs == 5
    assert summary.p50_duration_ms == 2000
    assert summary.hit_rate == 0.6
    assert summary.template_share == 0.8
    assert summary.approval_rate == round(28 / 30, 4)
    assert summary.confident_share == round(28 / 30, 4)
    assert summary.llm_validation_share == 0
    assert (summary.completed, summary.failed, summary.tokens) == (4, 1, 0)


def test_summary_of_no_file_is_empty_not_an_error(tmp_path: Path) -> None:
    summary = summarize(tmp_path / "missing.csv")
    assert summary.runs == 0
    assert summary.p50_duration_ms is None and summary.hit_rate is None


def test_damaged_rows_are_skipped_with_one_warning(tmp_path: Path, caplog) -> None:
    path = tmp_path / "metrics.csv"
    record(path, result(duration=1000))
    with path.open("a") as fh:
        fh.write("garbage,row\n")
        fh.write('2026,r,"req",create_entity,Student,completed,hit,template,not-a-number\n')
    record(path, result(duration=3000))
    with caplog.at_level(logging.WARNING, logger="baes_tui"):
        summary = summarize(path)
    warnings = [r.getMessage() for r in caplog.records if r.name.startswith("baes_tui")]
    assert len(warnings) == 1 and "2 damaged metrics row(s) skipped" in warnings[0]
    assert summary.runs == 2
    assert summary.skipped_rows == 2
    assert summary.p50_duration_ms == 2000


def test_an_unwritable_metrics_file_warns_and_does_not_raise(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING, logger="baes_tui"):
        assert not append_row(blocker / "metrics.csv", metrics_row(result()))
    assert "metrics not recorded" in caplog.text


def test_events_are_logged_one_json_line_each(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "baes.log.jsonl")
    log(ev.TaskFinished(run_id="r1", task="backend_api", duration_ms=3.5, files=("a.py",)))
    log(ev.WaveStarted(run_id="r1", index=0, tasks=("a", "b")))
    lines = [json.loads(x) for x in (tmp_path / "baes.log.jsonl").read_text().splitlines()]
    assert lines[0]["kind"] == "TaskFinished"
    assert lines[0]["run_id"] == "r1"
    assert lines[0]["files"] == ["a.py"]
    assert isinstance(lines[0]["time"], float)
    assert lines[1]["tasks"] == ["a", "b"]


def test_every_run_is_counted_once_and_the_counts_add_up(tmp_path: Path) -> None:
    path = tmp_path / "metrics.csv"
    for status in ("completed", "needs_review", "failed", "cancelled", "needs_clarification"):
        record(path, result(status))
    summary = summarize(path)
    parts = (summary.completed, summary.failed, summary.cancelled, summary.refused)
    assert parts == (2, 1, 1, 1) and sum(parts) == summary.runs == 5
    assert summary.needs_review == 1


def test_a_file_from_before_the_new_columns_keeps_every_row(tmp_path: Path) -> None:
    from baes_tui.runs.metrics import COLUMNS

    path = tmp_path / "metrics.csv"
    old = COLUMNS[: COLUMNS.index("files") + 1]
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=old, extrasaction="ignore")
        writer.writeheader()
        writer.writerow({**metrics_row(result()), "tokens": 7})
    record(path, replace(result(), tokens=5, llm_calls=2))
    summary = summarize(path)  # no damaged-row warning: the header was upgraded
    assert (summary.runs, summary.skipped_rows, summary.tokens) == (2, 0, 12)
    assert summary.tokens_last_run == 5 and summary.llm_runs == 2  # both spent tokens
    assert next(csv.reader(path.open())) == list(COLUMNS)


def test_a_row_of_an_unknown_status_is_damaged_not_counted(tmp_path: Path, caplog) -> None:
    path = tmp_path / "metrics.csv"
    record(path, result())
    assert append_row(path, {**metrics_row(result()), "status": "exploded"})
    with caplog.at_level(logging.WARNING, logger="baes_tui"):
        summary = summarize(path)
    assert "unknown run status" in caplog.text
    assert (summary.runs, summary.skipped_rows) == (1, 1)


def test_baes_metrics_prints_a_table_with_headers_and_percentages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from baes_tui.cli import main

    path = tmp_path / "data" / "metrics.csv"
    record(path, result(approvals=8, uncertain=2))
    record(path, result("cancelled"))
    assert main(["metrics", "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    header, rule, *lines = out.splitlines()
    assert header.split() == ["metric", "value", "detail", "goal"]
    assert set(rule.replace(" ", "")) == {"-"}
    table = {line[:22].strip(): line for line in lines}
    assert "1 completed (0 need review), 0 failed, 1 cancelled, 0 refused" in table["runs"]
    assert "90.0%" in table["approval rate"] and "≥ 85%" in table["approval rate"]
    assert "0.0%" in table["LLM validation share"]
    assert "alert: approval rate misses its goal (goal ≥ 85%)" not in out
