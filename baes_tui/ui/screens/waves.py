"""The Waves screen: a run, live, from the core's event stream.

The screen owns the generation worker. The core's `emit` callback only posts a message (thread
safe), so every event is rendered on the UI loop in the order it was emitted; nothing polls.
Cancelling the worker cancels the run; the core leaves the project unchanged.

A run ends once on screen, whichever arrives first — the core's `RunFinished` or the worker's
end — so the status line, the summary and the app's notification tell one story, with the
run's own duration.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Header, Log, Static
from textual.worker import Worker, WorkerState

from baes_tui.core import events as ev
from baes_tui.core.models import Recognition
from baes_tui.core.results import RunResult
from baes_tui.ui.screens import STYLES, BaesScreen, describe_error, report_error
from baes_tui.ui.widgets.key_bar import KeyBar
from baes_tui.ui.widgets.run_summary import RunSummary
from baes_tui.ui.widgets.wave_board import WaveBoard, format_ms

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace

TICK_S = 0.1  # spinner and elapsed-clock animation


class WavesScreen(BaesScreen):
    """Waves as columns, tasks as rows, the test output, verdict counts and the summary."""

    CSS_PATH = STYLES / "waves.tcss"
    TITLE = "Waves"
    REPORTED_IN_PLACE = frozenset({"run"})  # a failed run is told in the summary (and reported)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "cancel_run", "Cancel run", id="waves.cancel"),
        Binding("l", "focus_log", "Test log", id="waves.focus_log"),
    ]

    class CoreEvent(Message):
        """A core event, carried onto the UI loop."""

        def __init__(self, event: ev.Event) -> None:
            super().__init__()
            self.event = event

    class RunEnded(Message):
        """A run finished, failed or was cancelled (bubbles to the app)."""

        def __init__(self, status: str, result: RunResult | None, error: str = "") -> None:
            super().__init__()
            self.status = status
            self.result = result
            self.error = error

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._run: Worker[Any] | None = None
        self._finished: RunResult | None = None
        self._ended = False  # the run's end was shown (and announced) once
        self._started = 0.0
        self._request = ""
        self._verdicts = {"confident_approval": 0, "confident_rejection": 0, "uncertain": 0}
        self._review_items = 0
        self._ticker: Timer | None = None

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "No run yet. Type a request on the Request screen (F2).", id="run-status", markup=False
        )
        yield WaveBoard(id="board")
        with Horizontal(id="run-bottom"):
            with Vertical(id="run-log-panel"):
                yield Static("Task log and test output", classes="panel-title")
                yield Log(id="run-log", max_lines=5000)
            with Vertical(id="run-side"):
                yield Static("", id="verdicts", markup=False)
                yield RunSummary(id="run-summary")
        yield KeyBar()

    def on_mount(self) -> None:
        self._ticker = self.set_interval(TICK_S, self._tick, pause=True)
        self._show_verdicts()

    # --- starting and stopping ---------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._run is not None and self._run.state in (
            WorkerState.PENDING,
            WorkerState.RUNNING,
        )

    async def start_run(
        self, subject: Recognition | str, *, confirmed: bool = False, run_tests: bool = True
    ) -> bool:
        """Start a run unless one is going; the app calls this after showing the screen."""
        if self.running:
            self.notify("A run is in progress: wait for it or cancel it (c).", severity="warning")
            return False
        self._request = subject.request if isinstance(subject, Recognition) else subject
        self._finished = None
        self._ended = False
        self._verdicts = dict.fromkeys(self._verdicts, 0)
        self._review_items = 0
        self._started = time.monotonic()
        await self.query_one(WaveBoard).reset()
        self.query_one(Log).clear()
        self.query_one(RunSummary).show_message("Running…", "dim")
        self._show_verdicts()
        self._status("running")
        if self._ticker is not None:
            self._ticker.resume()
        self._run = self._generate(subject, confirmed, run_tests)
        self.refresh_bindings()
        return True

    @work(exclusive=True, group="run", exit_on_error=False, name="The run")
    async def _generate(self, subject: Recognition | str, confirmed: bool, run_tests: bool) -> Any:
        return await self.workspace.generate(
            subject, emit=self._emit, run_tests=run_tests, confirmed=confirmed
        )

    def _emit(self, event: ev.Event) -> None:
        """The core's event sink; may be called from any thread."""
        self.post_message(self.CoreEvent(event))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_run":
            return True if self.running else None  # shown dimmed when there is nothing to cancel
        return True

    def action_cancel_run(self) -> None:
        if self._run is not None and self.running:
            self._status("cancelling")
            self._run.cancel()

    def action_focus_log(self) -> None:
        self.query_one(Log).focus()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._run or event.state in (
            WorkerState.PENDING,
            WorkerState.RUNNING,
        ):
            return
        self.refresh_bindings()
        if event.state == WorkerState.SUCCESS:
            run = event.worker.result
            if isinstance(run, RunResult):
                self._end(run.status, run)  # no RunFinished event arrived: use the result
        elif event.state == WorkerState.CANCELLED:
            self._end("cancelled", None)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            self._end("failed", None, describe_error(error))
            report_error(self.app, "The run", error)

    # --- rendering events ---------------------------------------------------------------------
    @on(CoreEvent)
    async def _on_core_event(self, message: CoreEvent) -> None:
        board = self.query_one(WaveBoard)
        match message.event:
            case ev.RunStarted(request=request):
                self._request = request
                self._status("running")
            case ev.PlanReady(waves=waves, path=path):
                await board.plan(waves)
                self._write(f"plan: {len(waves)} waves, path {path}")
            case ev.WaveStarted(index=index):
                if column := board.column(index):
                    column.started()
            case ev.TaskStarted(task=task):
                board.task_started(task)
            case ev.TaskProgress(task=task, message=line):
                board.task_progress(task, line)
                self._write(f"{task}│ {line}")
            case ev.TaskFinished(task=task, duration_ms=ms, files=files):
                board.task_ended(task, "done", ms, files=len(files))
            case ev.TaskFailed(task=task, duration_ms=ms, error=error, status=status):
                board.task_ended(task, status, ms, files=None, error=error)
                self._write(f"{task}│ {status.upper()}: {error}")
            case ev.WaveFinished(index=index, duration_ms=ms):
                if column := board.column(index):
                    column.finished(ms)
            case ev.VerdictIssued(outcome=outcome):
                self._verdicts[outcome] = self._verdicts.get(outcome, 0) + 1
                self._show_verdicts()
            case ev.ReviewItemAdded():
                self._review_items += 1
                self._show_verdicts()
            case ev.RunFinished(status=status, result=result):
                self._end(status, result)

    def _end(self, status: str, result: RunResult | None, error: str = "") -> None:
        """Show the run's end once: board, summary, status line; then tell the app."""
        if self._ended:
            return
        self._ended = True
        self._finished = result
        if self._ticker is not None:
            self._ticker.pause()
        if status in ("cancelled", "failed"):
            self.query_one(WaveBoard).stop(status)
        summary = self.query_one(RunSummary)
        if result is not None:
            summary.show(result)
        elif status == "cancelled":
            summary.show_message("Cancelled — the project is unchanged.", "bold yellow")
        else:
            summary.show_message(f"Failed: {error}", "bold red")
        self._status(status, result)
        self.refresh_bindings()
        reason = error or (result.error if result is not None and result.error else "")
        self.post_message(self.RunEnded(status, result, reason))

    def _write(self, line: str) -> None:
        self.query_one(Log).write_line(line)

    def _show_verdicts(self) -> None:
        v = self._verdicts
        self.query_one("#verdicts", Static).update(
            f"Verdicts  ✔ {v['confident_approval']} approved   "
            f"✘ {v['confident_rejection']} rejected   ? {v['uncertain']} uncertain   "
            f"· {self._review_items} for review"
        )

    def _status(self, state: str, result: RunResult | None = None) -> None:
        """The status line: the state, the time (the run's own once it has ended), the request."""
        if result is not None:
            elapsed = format_ms(result.duration_ms)
        elif self._started:
            elapsed = format_ms((time.monotonic() - self._started) * 1000)
        else:
            elapsed = ""
        label = state.replace("_", " ")
        self.query_one("#run-status", Static).update(f"{label} · {elapsed} · {self._request}")

    def _tick(self) -> None:
        self.query_one(WaveBoard).tick()
        if self.running and not self._ended:
            self._status("running")
