"""The end of a run at a glance: status, timings per wave, tests, verdicts and files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

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


def wave_durations(result: Mapping[str, Any]) -> list[float]:
    """Tasks of a wave run concurrently, so a wave lasts as long as its slowest task."""
    return [
        max((float(t.get("duration_ms") or 0) for t in wave), default=0.0)
        for wave in result.get("waves") or ()
    ]


def story(message: str, notes: Sequence[str], error: str = "") -> list[Text]:
    """What the run did in words: the message, then each note once (the message often joins
    the notes, and a failed run's message repeats its error, shown apart)."""
    lines = []
    if message and message not in (error, "; ".join(notes)):
        lines.append(Text(message, style="bold"))
    lines += [Text(f"• {note}") for note in notes]
    return lines


class RunSummary(Static):
    """Shows `baes generate --json`'s object in words; empty until a run ends."""

    plain = ""  # the text shown, without styles (for readers such as tests and screenshots)

    def show(
        self,
        result: Mapping[str, Any],
        durations: Sequence[float] = (),
        *,
        message: str = "",
        notes: Sequence[str] = (),
    ) -> None:
        """`message` and `notes` (RunResult's, for people) arrive after the result: re-show."""
        status = str(result.get("status", "?"))
        head = Text.assemble(
            (status.replace("_", " ").capitalize(), STATUS_STYLES.get(status, "bold")),
            f" in {format_ms(float(result.get('duration_ms') or 0))}",
            f" · path {result.get('path', '—')} · cache {result.get('cache', '—')}",
            f" · tokens {result.get('tokens', 0)}",
        )
        parts: list[Any] = [head, *story(message, notes, str(result.get("error") or ""))]
        tests = result.get("tests")
        if tests:
            style = "red" if tests.get("failed") else "green"
            parts.append(
                Text(
                    f"Tests: {tests.get('passed', 0)} passed, {tests.get('failed', 0)} failed",
                    style=style,
                )
            )
        elif "tests" in result:
            parts.append(Text("Tests: not run", style="dim"))
        if result.get("error"):
            parts.append(Text(f"Error: {result['error']}", style="red"))
        bars = list(durations) or wave_durations(result)
        if bars:
            parts.append(timing_bars(bars))
        files = list(result.get("files") or ())
        if files:
            parts.append(Text(f"Files ({len(files)}):", style="bold"))
            parts.extend(Text(f"  {path}") for path in files)
        self.plain = "\n".join(p.plain for p in parts if isinstance(p, Text))
        self.update(Group(*parts))

    def show_message(self, message: str, style: str = "") -> None:
        self.plain = message
        self.update(Text(message, style=style))
