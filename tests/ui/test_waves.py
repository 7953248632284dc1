"""The Waves screen renders a run from its events: columns, task states, log, summary, cancel."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Log, Static

from baes_tui.core.config import Settings
from baes_tui.ui.app import BaesApp
from baes_tui.ui.screens.waves import WavesScreen
from baes_tui.ui.widgets.run_summary import RunSummary
from baes_tui.ui.widgets.wave_board import WaveBoard, format_ms
from tests.ui.conftest import SIZE, notifications, type_text, until, wait_for_run

STUDENTS = "Create a system to manage students with name, email, and age"
COURSES = "Create a system to manage courses with title, code and credits"


def waves_of(app: BaesApp) -> WavesScreen:
    screen = app.get_screen("waves")
    assert isinstance(screen, WavesScreen)
    return screen


def snapshot(project: Path) -> dict[str, str]:
    """Every file of the managed system (not baes' own run journal) and its hash."""
    return {
        str(p.relative_to(project)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(project.rglob("*"))
        if p.is_file() and ".baes" not in p.relative_to(project).parts
    }


async def run_request(pilot: Any, text: str) -> None:
    await pilot.press("f2")
    pilot.app.screen.query_one("#request-input").value = ""
    await type_text(pilot, text)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, WavesScreen), "waves screen")


async def test_a_run_fills_wave_columns_task_rows_log_and_summary(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_request(pilot, STUDENTS)
        await wait_for_run(pilot)
        screen = waves_of(app)
        result = screen._finished
        assert result is not None
        board = screen.query_one(WaveBoard)
        assert len(board.columns) == len(result.waves)
        planned = {t.task for wave in result.waves for t in wave}
        assert set(board.rows) == planned
        assert {row.task_state for row in board.rows.values()} == {"done"}
        assert all(row.duration_ms is not None for row in board.rows.values())
        log = "\n".join(screen.query_one(Log).lines)
        assert "plan:" in log
        verdicts = str(screen.query_one("#verdicts", Static).render())
        assert f"✔ {result.verdicts['confident_approval']} approved" in verdicts
        summary = screen.query_one(RunSummary).plain
        assert f"Files ({len(result.files)})" in summary
        assert [n for n in notifications(pilot) if n.startswith("Run ")] == [
            f"Run completed: {len(result.files)} files"
        ]


async def test_the_status_line_and_the_summary_give_the_same_duration(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_request(pilot, STUDENTS)
        await wait_for_run(pilot)
        screen = waves_of(app)
        result = screen._finished
        assert result is not None
        duration = format_ms(result.duration_ms)
        status = str(screen.query_one("#run-status", Static).render())
        assert status.startswith(f"completed · {duration} · ")
        assert f"Completed in {duration}" in screen.query_one(RunSummary).plain


async def test_finished_task_cards_keep_their_file_counts(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_request(pilot, STUDENTS)
        await wait_for_run(pilot)
        await pilot.pause()
        screen = waves_of(app)
        result = screen._finished
        assert result is not None
        board = screen.query_one(WaveBoard)
        for record in (task for wave in result.waves for task in wave):
            card = board.rows[record.task]
            assert card.files == record.files
            drawn = board.column_of(record.task).render().plain
            assert f"{record.files} file" in drawn, f"{record.task} shows its file count"


async def test_the_summary_says_what_the_run_did_in_words(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_request(pilot, STUDENTS)
        await wait_for_run(pilot)
        summary = waves_of(app).query_one(RunSummary)

        await run_request(pilot, STUDENTS)
        await until(pilot, lambda: "Student is up to date" in summary.plain, "up-to-date message")

        await run_request(pilot, "Each enrollment belongs to one customer")
        await until(pilot, lambda: "• Customer did not exist" in summary.plain, "notes listed")
        assert "• Enrollment did not exist: created it" in summary.plain
        assert summary.plain.count("Customer did not exist") == 1, "message and notes not doubled"


async def test_starting_a_second_run_while_one_runs_is_refused(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_request(pilot, STUDENTS)
        waves = waves_of(app)
        if waves.running:  # fast machines may finish first; the refusal needs a live run
            assert not await waves.start_run(STUDENTS)
            # notify() posts a message: the app shows it on its next turn, not at once.
            await until(
                pilot,
                lambda: any("in progress" in n for n in notifications(pilot)),
                "refusal notified",
            )
        await wait_for_run(pilot)


@pytest.mark.slow
async def test_cancel_mid_run_leaves_the_project_unchanged(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from baes_tui.runs import pipeline
    from baes_tui.workspace import Workspace

    settings = replace(settings, run_tests=True)
    async with await Workspace.open(settings) as workspace:
        app = BaesApp(settings, workspace=workspace)
        async with app.run_test(size=SIZE) as pilot:
            await run_request(pilot, STUDENTS)
            await wait_for_run(pilot)
            before = snapshot(settings.project_dir)
            assert before, "the first run wrote the managed system"

            # The second run's test wave waits until it is cancelled: the person presses c
            # while a run is surely going, however slowly a loaded machine runs the waves
            # before it (a real suite can end before any look at the screen sees it running).
            reached = asyncio.Event()

            async def tests_that_wait(*_args: object, **_kwargs: object) -> None:
                reached.set()
                await asyncio.Event().wait()

            monkeypatch.setattr(pipeline, "run_generated_tests", tests_that_wait)
            await run_request(pilot, COURSES)
            board = waves_of(app).query_one(WaveBoard)
            await until(pilot, reached.is_set, "the test wave started")
            await until(
                pilot,
                lambda: any(r.task_state == "running" for r in board.rows.values()),
                "a task running",
            )
            await pilot.press("c")
            await until(pilot, lambda: not waves_of(app).running, "run stopped")
            await pilot.pause()
            assert "Cancelled" in waves_of(app).query_one(RunSummary).plain
            said = [n for n in notifications(pilot) if "cancelled" in n]
            assert len(said) == 1, f"one notification for one cancelled run: {said}"
            running = [c for c in board.columns if "running…" in c.render().plain]
            assert not running, "no wave still says running…"
            assert board.columns[-1].state in ("cancelled", "done")
            assert {r.task_state for r in board.rows.values()} <= {"done", "cancelled"}
            assert snapshot(settings.project_dir) == before


@pytest.mark.slow
async def test_the_generated_test_suite_streams_into_the_log(settings: Settings) -> None:
    from baes_tui.workspace import Workspace

    settings = replace(settings, run_tests=True)
    async with await Workspace.open(settings) as workspace:
        app = BaesApp(settings, workspace=workspace)
        async with app.run_test(size=SIZE) as pilot:
            await run_request(pilot, STUDENTS)
            await wait_for_run(pilot)
            result = waves_of(app)._finished
            assert result is not None and result.tests is not None
            assert result.tests.passed > 0
            log = "\n".join(waves_of(app).query_one(Log).lines)
            assert "passed" in log
            summary = waves_of(app).query_one(RunSummary).plain
            assert f"Tests: {result.tests.passed} passed" in summary
