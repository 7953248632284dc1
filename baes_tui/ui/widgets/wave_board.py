"""The run's dependency waves: one column per wave, one row per SWEA task.

The board only renders what events say (pending → running → done/failed); the Waves screen
feeds it. `tick()` advances spinners and elapsed clocks — an animation, not a poll.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import HorizontalScroll, Vertical
from textual.widgets import Label, ProgressBar, Static

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
ICONS = {"pending": "·", "done": "✔", "failed": "✘", "cancelled": "■"}
STYLES = {"pending": "dim", "running": "bold", "done": "green", "failed": "bold red"}


def format_ms(ms: float) -> str:
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


class TaskRow(Static):
    """One task: state icon or spinner, name, elapsed time and its latest log line."""

    def __init__(self, task: str) -> None:
        super().__init__(classes="task-row -pending", markup=False)
        self.task_name = task
        self.task_state = "pending"
        self.started = 0.0
        self.duration_ms: float | None = None
        self.tail = ""
        self._frame = 0

    def set_state(self, state: str, *, duration_ms: float | None = None, tail: str = "") -> None:
        self.remove_class(f"-{self.task_state}")
        self.task_state = state
        self.add_class(f"-{state}")
        if state == "running":
            self.started = time.monotonic()
        if duration_ms is not None:
            self.duration_ms = duration_ms
        if tail:
            self.tail = tail
        self.refresh()

    def log_line(self, message: str) -> None:
        self.tail = message.strip()
        self.refresh()

    def tick(self) -> None:
        if self.task_state == "running":
            self._frame = (self._frame + 1) % len(SPINNER)
            self.refresh()

    def render(self) -> Text:
        icon = (
            SPINNER[self._frame]
            if self.task_state == "running"
            else ICONS.get(self.task_state, "?")
        )
        if self.duration_ms is not None:
            elapsed = format_ms(self.duration_ms)
        elif self.task_state == "running":
            elapsed = format_ms((time.monotonic() - self.started) * 1000)
        else:
            elapsed = ""
        text = Text.assemble(
            (f"{icon} ", STYLES.get(self.task_state, "")),
            (self.task_name, STYLES.get(self.task_state, "")),
            (f"  {elapsed}", "dim"),
        )
        if self.tail:
            text.append(f"\n  {self.tail}", style="italic dim")
        return text


class WaveColumn(Vertical):
    """A wave: its title, a bar of finished tasks and, at the end, its duration."""

    def __init__(self, index: int, tasks: Sequence[str]) -> None:
        super().__init__(classes="wave-column -pending")
        self.index = index
        self.rows = {task: TaskRow(task) for task in tasks}

    def compose(self) -> ComposeResult:
        count = len(self.rows)
        yield Label(
            f"Wave {self.index + 1} · {count} task{'s' * (count != 1)}", classes="wave-title"
        )
        yield ProgressBar(total=max(1, count), show_eta=False, show_percentage=False)
        yield Label("pending", classes="wave-time")
        yield from self.rows.values()

    def started(self) -> None:
        self.set_class(True, "-running")
        self.remove_class("-pending")
        self.query_one(".wave-time", Label).update("running…")

    def task_ended(self) -> None:
        self.query_one(ProgressBar).advance(1)

    def finished(self, duration_ms: float) -> None:
        self.remove_class("-running")
        self.add_class("-done")
        self.query_one(".wave-time", Label).update(format_ms(duration_ms))


class WaveBoard(HorizontalScroll):
    """All waves side by side; `plan()` builds them, lookups go by wave index or task name."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.columns: list[WaveColumn] = []
        self.rows: dict[str, TaskRow] = {}

    async def plan(self, waves: Sequence[Sequence[str]]) -> None:
        await self.remove_children()
        self.columns = [WaveColumn(i, tasks) for i, tasks in enumerate(waves)]
        self.rows = {task: row for column in self.columns for task, row in column.rows.items()}
        await self.mount_all(self.columns)

    async def reset(self) -> None:
        await self.plan(())

    def column(self, index: int) -> WaveColumn | None:
        return self.columns[index] if 0 <= index < len(self.columns) else None

    def column_of(self, task: str) -> WaveColumn | None:
        return next((c for c in self.columns if task in c.rows), None)

    def tick(self) -> None:
        for row in self.rows.values():
            row.tick()

    def stop(self, state: str = "cancelled") -> None:
        """Mark tasks that never finished (the run was cancelled or failed)."""
        for row in self.rows.values():
            if row.task_state in ("pending", "running"):
                row.set_state(state)
