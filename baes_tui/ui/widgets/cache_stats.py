"""Live hit-rate panel of the cache screen: session and all-time rates, a plot, a low-rate alert."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

# Below this session hit rate the cache is not earning its keep (seed spec: monitoring alert),
# but only once there are enough lookups for the rate to mean something.
LOW_HIT_RATE = 0.30
MIN_LOOKUPS_FOR_ALERT = 5
BLOCKS = " ▁▂▃▄▅▆▇█"  # eighths of a cell, bottom up
AXIS = ("100%", "  0%")


def percent(rate: float) -> str:
    return f"{rate * 100:.0f}%"


def is_low(stats: Any) -> bool:
    """True when the session rate is below LOW_HIT_RATE over enough lookups to trust it."""
    return stats.session.lookups >= MIN_LOOKUPS_FOR_ALERT and stats.session.hit_rate < LOW_HIT_RATE


def bar_rows(rates: Sequence[float], height: int) -> list[str]:
    """Columns of bars, one per rate, on a fixed 0–100% scale; rows from the top down.

    A 14% rate fills 14% of the height whatever the other rates are: the plot is read
    against its axis, not against the data's own range.
    """
    levels = height * (len(BLOCKS) - 1)
    rows = []
    for row in range(height):
        floor = (height - 1 - row) * (len(BLOCKS) - 1)  # eighths below this row
        cells = []
        for rate in rates:
            filled = round(min(max(rate, 0.0), 1.0) * levels)
            cells.append(BLOCKS[min(max(filled - floor, 0), len(BLOCKS) - 1)])
        rows.append("".join(cells))
    return rows


class HitRatePlot(Widget):
    """The session hit rate after each lookup, newest on the right, scaled 0–100%."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"hit-rate-plot--bar", "hit-rate-plot--axis"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rates: list[float] = []

    def show(self, rates: Sequence[float]) -> None:
        self.rates = list(rates)
        self.refresh()

    def render(self) -> Text:
        height = max(1, self.size.height)
        axis_width = len(AXIS[0]) + 1
        room = max(0, self.size.width - axis_width)
        rates = self.rates[-room:] if room else []
        rows = bar_rows(rates, height)
        bar = self.get_component_rich_style("hit-rate-plot--bar")
        axis = self.get_component_rich_style("hit-rate-plot--axis")
        text = Text(no_wrap=True)
        for index, row in enumerate(rows):
            label = AXIS[0] if index == 0 else AXIS[1] if index == height - 1 else ""
            text.append(f"{label:>{axis_width - 1}}│", axis)
            text.append(row, bar)
            if index < height - 1:
                text.append("\n")
        return text


class CacheStatsPanel(Vertical):
    """Renders a CacheStats; the screen feeds it from the workspace's cache listener."""

    def compose(self) -> ComposeResult:
        yield Static("Hit rate: waiting for the first lookup", id="cache-rates")
        yield HitRatePlot(id="cache-plot")
        yield Static("", id="cache-alert")

    def show(self, stats: Any, history: Sequence[tuple[float, float]] = ()) -> None:
        """Update every figure from one stats snapshot (and the session's rate history)."""
        session, total = stats.session, stats.all_time
        text = (
            f"Session [b]{percent(session.hit_rate)}[/b] ({session.hits}/{session.lookups})"
            f"   All time [b]{percent(total.hit_rate)}[/b] ({total.hits}/{total.lookups})"
            f"   Entries [b]{stats.entries:,}[/b]"
        )
        if stats.warning:
            text += f"   [i]{stats.warning}[/i]"
        self.query_one("#cache-rates", Static).update(text)
        self.query_one(HitRatePlot).show([rate for _, rate in history])
        low = is_low(stats)
        self.set_class(low, "-low")
        if low:
            self.query_one("#cache-alert", Static).update(
                f"Low hit rate: {percent(session.hit_rate)} this session, below "
                f"{percent(LOW_HIT_RATE)} — requests are phrased differently each time, or the "
                "cache was just cleared."
            )
