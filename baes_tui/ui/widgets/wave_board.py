"""The run's dependency waves: one column per wave, one card per SWEA task.

The board only renders what events say (pending → running → done/failed/cancelled); the Waves
screen feeds it. `tick()` advances spinners and elapsed clocks — an animation, not a poll.

Each wave is a single widget that draws its title, progress, time and task cards as text, at a
height fixed when the plan arrives: a task's progress only repaints its column, never lays the
screen out again, and a run mounts one widget per wave (styling freshly mounted widgets is what
stalls a terminal UI's loop).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.containers import HorizontalScroll
from textual.widgets import Static

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
ICONS = {"pending": "·", "done": "✔", "failed": "✘", "cancelled": "■"}
STATE_STYLES = {
    "pending": "dim",
    "running": "bold",
    "done": "green",
    "failed": "bold red",
    "cancelled": "yellow",
}
UNFINISHED = ("pending", "running")
BAR_CELLS = 24
LINES_PER_TASK = 3  # a blank line, the task's name and time, its files or latest log line
HEADER_LINES = 3  # title, progress bar, wave time
BORDER_LINES = 2


def format_ms(ms: float) -> str:
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass(slots=True)
class TaskCard:
    """What the board knows of one task (mutable: events update it in place)."""

    task_name: str
    task_state: str = "pending"
    started: float = 0.0
    duration_ms: float | None = None
    files: int | None = None
    last_line: str = ""
    error: str = ""

    @property
    def detail(self) -> str:
        """The card's second line: files written (kept once known), then the latest news."""
        parts = []
        if self.files is not None:
            parts.append(plural(self.files, "file"))
        if self.error:
            parts.append(self.error)
        elif self.last_line:
            parts.append(self.last_line)
        return " · ".join(parts)


class WaveColumn(Static):
    """A wave: its title, a bar of finished tasks, its time, and a card per task."""

    def __init__(self, index: int, tasks: Sequence[str]) -> None:
        super().__init__(classes="wave-column -pending", markup=False)
        self.index = index
        self.rows = {task: TaskCard(task) for task in tasks}
        self.state = "pending"
        self.duration_ms: float | None = None
        self._frame = 0
        self.styles.height = HEADER_LINES + LINES_PER_TASK * len(tasks) + BORDER_LINES

    def _set_state(self, state: str) -> None:
        self.remove_class(f"-{self.state}")
        self.state = state
        self.add_class(f"-{state}")
        self.refresh()

    def started(self) -> None:
        self._set_state("running")

    def finished(self, duration_ms: float) -> None:
        self.duration_ms = duration_ms
        failed = any(card.task_state == "failed" for card in self.rows.values())
        self._set_state("failed" if failed else "done")

    def stop(self, state: str) -> None:
        """The run ended early: unfinished tasks, and the wave if it never finished, say so."""
        for card in self.rows.values():
            if card.task_state in UNFINISHED:
                card.task_state = state
        if self.state in UNFINISHED:
            self._set_state(state)
        self.refresh()

    @property
    def running(self) -> bool:
        return any(card.task_state == "running" for card in self.rows.values())

    def tick(self) -> None:
        if self.running:
            self._frame = (self._frame + 1) % len(SPINNER)
            self.refresh()

    def render(self) -> Text:
        cards = list(self.rows.values())
        done = sum(1 for card in cards if card.task_state == "done")
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"Wave {self.index + 1} · {plural(len(cards), 'task')}\n", style="bold")
        filled = round(BAR_CELLS * done / max(1, len(cards)))
        text.append("━" * filled, style=STATE_STYLES.get(self.state, ""))
        text.append("━" * (BAR_CELLS - filled) + f" {done}/{len(cards)}\n", style="dim")
        if self.duration_ms is not None:
            when = format_ms(self.duration_ms)
        elif self.state == "running":
            when = "running…"
        else:
            when = self.state
        text.append(when, style="dim")
        for card in cards:
            text.append("\n\n")
            text.append_text(self._card(card))
        return text

    def _card(self, card: TaskCard) -> Text:
        if card.task_state == "running":
            icon = SPINNER[self._frame]
            elapsed = format_ms((time.monotonic() - card.started) * 1000)
        else:
            icon = ICONS.get(card.task_state, "?")
            elapsed = format_ms(card.duration_ms) if card.duration_ms is not None else ""
        style = STATE_STYLES.get(card.task_state, "")
        return Text.assemble(
            (f"{icon} {card.task_name}", style),
            (f"  {elapsed}", "dim"),
            ("\n  " + card.detail, "italic dim"),
        )


class WaveBoard(HorizontalScroll):
    """All waves side by side; `plan()` builds them, lookups go by wave index or task name."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.columns: list[WaveColumn] = []
        self.rows: dict[str, TaskCard] = {}

    async def plan(self, waves: Sequence[Sequence[str]]) -> None:
        await self.remove_children()
        self.columns = [WaveColumn(i, tasks) for i, tasks in enumerate(waves)]
        self.rows = {task: card for column in self.columns for task, card in column.rows.items()}
        await self.mount_all(self.columns)

    async def reset(self) -> None:
        await self.plan(())

    def column(self, index: int) -> WaveColumn | None:
        return self.columns[index] if 0 <= index < len(self.columns) else None

    def column_of(self, task: str) -> WaveColumn | None:
        return next((c for c in self.columns if task in c.rows), None)

    def task_started(self, task: str) -> None:
        if (column := self.column_of(task)) is not None:
            card = column.rows[task]
            card.task_state, card.started = "running", time.monotonic()
            column.refresh()

    def task_progress(self, task: str, line: str) -> None:
        if (column := self.column_of(task)) is not None:
            column.rows[task].last_line = line.strip()
            column.refresh()

    def task_ended(
        self, task: str, state: str, duration_ms: float, *, files: int | None, error: str = ""
    ) -> None:
        if (column := self.column_of(task)) is not None:
            card = column.rows[task]
            card.task_state, card.duration_ms, card.error = state, duration_ms, error
            if files is not None:
                card.files = files
            column.refresh()

    def tick(self) -> None:
        for column in self.columns:
            column.tick()

    def stop(self, state: str = "cancelled") -> None:
        """Mark what never finished (the run was cancelled or failed)."""
        for column in self.columns:
            column.stop(state)
