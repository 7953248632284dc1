"""The end of a run at a glance: status, timings per wave, tests, verdicts and files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from baes_tui.core.results import RunResult
from baes_tui.ui.widgets.wave_board import format_ms

BAR_WIDTH = 24
STATUS_STYLES = {
    "completed": "bold green",
    "needs_review": "bold yellow",
    "failed": "bold red",
    "cancelled": "bold yellow",
    "needs_clarification": "bold yellow",
}


def timing_bars(durations: Sequence[float]) -> Table:
    """One bar per wave, scaled to the slowest wave."""
    table = Table.grid(padding=(0, 1))
    longest = max(durations, default=0) or 1
    for index, ms in enumerate(durations):
        filled = max(1, round(BAR_WIDTH * ms / longest))
        table.add_row(f"Wave {index + 1}", Text("█" * filled, style="cyan"), format_ms(ms))
    return table


def story(message: str, notes: Sequence[str], error: str = "") -> list[Text]:
    """What the run did in words: the message, then each note once (the message often joins
    the notes, and a failed run's message repeats its error, shown apart)."""
    lines = []
    if message and message not in (error, "; ".join(notes)):
        lines.append(Text(message, style="bold"))
    lines += [Text(f"• {note}") for note in dict.fromkeys(notes)]
    return lines


class RunSummary(Static):
    """Shows `baes generate --json`'s object in words; empty until a run ends."""

    plain = ""  # the text shown, without styles (for readers such as tests and screenshots)

    def show(self, result: RunResult) -> None:
        """The run in words: status, time, path, the story, tests, wave timings, files."""
        status = result.status
        head = Text.assemble(
            (status.replace("_", " ").capitalize(), STATUS_STYLES.get(status, "bold")),
            f" in {format_ms(result.duration_ms)}",
            f" · path {result.path} · cache {result.recognition.cache}",
            f" · tokens {result.tokens}",
        )
        cancelled = status == "cancelled"
        error = "" if cancelled else (result.error or "")
        parts: list[Any] = [head, *story(result.message, result.notes, result.error or "")]
        if cancelled:
            parts.append(Text("Cancelled — the project is unchanged.", style="bold yellow"))
        tests = result.tests
        if tests:
            failed = tests.failed + tests.errors
            parts.append(
                Text(
                    f"Tests: {tests.passed} passed, {failed} failed",
                    style="red" if failed else "green",
                )
            )
        elif status in ("completed", "needs_review"):
            parts.append(Text("Tests: not run", style="dim"))
        if error:
            parts.append(Text(f"Error: {error}", style="red"))
        if result.wave_durations_ms:
            parts.append(timing_bars(list(result.wave_durations_ms)))
        if result.files:
            parts.append(Text(f"Files ({len(result.files)}):", style="bold"))
            parts.extend(Text(f"  {path}") for path in result.files)
        self.plain = "\n".join(p.plain for p in parts if isinstance(p, Text))
        self.update(Group(*parts))

    def show_message(self, message: str, style: str = "") -> None:
        self.plain = message
        self.update(Text(message, style=style))
