"""Live hit-rate panel of the cache screen: session and all-time rates, a plot, a low-rate alert."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

# Below this session hit rate the cache is not earning its keep (seed spec: monitoring alert),
# but only once there are enough lookups for the rate to mean something.
LOW_HIT_RATE = 0.30
MIN_LOOKUPS_FOR_ALERT = 5


def percent(rate: float) -> str:
    return f"{rate * 100:.0f}%"


def is_low(stats: Any) -> bool:
    """True when the session rate is below LOW_HIT_RATE over enough lookups to trust it."""
    return stats.session.lookups >= MIN_LOOKUPS_FOR_ALERT and stats.session.hit_rate < LOW_HIT_RATE


class CacheStatsPanel(Vertical):
    """Renders a CacheStats; the screen feeds it from the workspace's cache listener."""

    DEFAULT_CSS = """
    CacheStatsPanel { height: auto; }
    CacheStatsPanel #cache-rates { height: auto; }
    CacheStatsPanel Sparkline { height: 2; }
    CacheStatsPanel #cache-alert { display: none; }
    CacheStatsPanel.-low #cache-alert { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Hit rate: waiting for the first lookup", id="cache-rates")
        yield Sparkline([], id="cache-sparkline")
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
        rates = [rate for _, rate in history]
        # Textual draws a single point as a full bar whatever its value: plot from two points.
        self.query_one("#cache-sparkline", Sparkline).data = rates if len(rates) > 1 else []
        low = is_low(stats)
        self.set_class(low, "-low")
        if low:
            self.query_one("#cache-alert", Static).update(
                f"Low hit rate: {percent(session.hit_rate)} this session, below "
                f"{percent(LOW_HIT_RATE)} — requests are phrased differently each time, or the "
                "cache was just cleared."
            )
