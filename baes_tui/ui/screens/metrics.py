"""The metrics screen: what the runs so far cost and how well they went, as stat cards.

Numbers come from `workspace.metrics()` (read in a worker). It refreshes when shown, when the
app tells it a run finished (`refresh_metrics()`), and on a key — never on a timer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Header, Static

from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.key_bar import KeyBar
from baes_tui.ui.widgets.metrics_card import MetricCard

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace

# The seed's performance spec (docs/architecture.md, Goals): approval at least 85%; rules should
# decide most validations, so an LLM share above 40% means the rule catalog is missing something.
MIN_APPROVAL = 0.85
MAX_LLM_VALIDATION = 0.40


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _seconds(ms: float | None) -> str:
    return "-" if ms is None else f"{ms / 1000:.1f}"


def _count(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


@dataclass(frozen=True)
class Card:
    """How one MetricsSummary field is shown, and when it is an alert."""

    field: str
    label: str
    note: str
    fmt: Callable[[Any], str]
    alert: Callable[[float], bool] | None = None


CARDS: tuple[Card, ...] = (
    Card("runs", "Runs", "generations recorded", _count),
    Card("p50_duration_ms", "p50 generation (s)", "goal ≤ 15 s", _seconds),
    Card("template_share", "Template share", "goal ≥ 80%", _percent),
    Card("hit_rate", "Cache hit rate", "goal ≥ 60% overall", _percent),
    Card("confident_share", "Decided by rules", "goal 70–80%", _percent),
    Card(
        "approval_rate",
        "Approval rate",
        "goal ≥ 85%",
        _percent,
        alert=lambda v: v < MIN_APPROVAL,
    ),
    Card(
        "llm_validation_share",
        "LLM validation",
        "goal ≤ 40%",
        _percent,
        alert=lambda v: v > MAX_LLM_VALIDATION,
    ),
    Card("tokens", "Tokens used", "LLM tokens, all runs", _count),
    Card("reviews_open", "Waiting for review", "open items", _count),
    Card("reviews_approved", "Reviewer approvals", "files a person approved", _count),
    Card("reviews_rejected", "Reviewer rejections", "tasks re-opened", _count),
)


class MetricsScreen(BaesScreen):
    """Stat cards over every recorded run; alerts styled where a goal is missed."""

    CSS_PATH = STYLES / "metrics.tcss"
    TITLE = "Metrics"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh_metrics", "Refresh", id="metrics.refresh"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="metrics-alerts")
        with Grid(id="metrics-grid"):
            for card in CARDS:
                yield MetricCard(card.label, card.note, id=f"metric-{card.field}")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_metrics()

    def on_screen_resume(self) -> None:
        self.refresh_metrics()

    def action_refresh_metrics(self) -> None:
        self.refresh_metrics()

    def refresh_metrics(self) -> None:
        """Re-read the metrics; the app calls this when a run finishes."""
        if self.is_mounted:
            self.load_metrics()

    @work(group="metrics", exclusive=True, exit_on_error=False, name="Reading metrics")
    async def load_metrics(self) -> None:
        # metrics() reads the metrics file: off the UI thread.
        summary = await asyncio.to_thread(self.workspace.metrics)
        self.show(summary)

    def show(self, summary: Any) -> None:
        alerts: list[str] = []
        for card in CARDS:
            value = getattr(summary, card.field, None)
            alert = value is not None and card.alert is not None and card.alert(value)
            self.query_one(f"#metric-{card.field}", MetricCard).show(card.fmt(value), alert=alert)
            if alert:
                alerts.append(f"{card.label} is {card.fmt(value)}: {card.note}")
        runs = self.query_one("#metric-runs", MetricCard)
        runs.show(
            _count(summary.runs), note=f"{summary.completed} completed · {summary.failed} failed"
        )
        if summary.skipped_rows:
            alerts.append(f"{summary.skipped_rows} damaged rows in the metrics file were skipped")
        banner = self.query_one("#metrics-alerts", Static)
        banner.update("\n".join(alerts))
        banner.set_class(bool(alerts), "-active")
