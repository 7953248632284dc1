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


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _seconds(ms: float | None) -> str:
    return "-" if ms is None else f"{ms / 1000:.1f}"


def _count(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


@dataclass(frozen=True)
class Card:
    """How one MetricsSummary field is shown; `note` is its goal or what it counts.

    Which cards miss their goal is the summary's to say (`missed_goals`), so this screen and
    `baes metrics` can never disagree about an alert.
    """

    field: str
    label: str
    note: str
    fmt: Callable[[Any], str]


CARDS: tuple[Card, ...] = (
    Card("runs", "Runs", "generations recorded", _count),
    Card("p50_duration_ms", "p50 generation (s)", "goal ≤ 15 s", _seconds),
    Card("template_share", "Template share", "goal ≥ 80%", _percent),
    Card("hit_rate", "Cache hit rate", "goal ≥ 60% overall", _percent),
    Card("confident_share", "Decided by rules", "goal 70–80%", _percent),
    Card("approval_rate", "Approval rate", "goal ≥ 85%", _percent),
    Card("llm_validation_share", "LLM validation", "goal ≤ 40% (target 20%)", _percent),
    Card("llm_request_share", "LLM-read requests", "goal ≤ 40%", _percent),
    Card("tokens", "Tokens used", "LLM tokens, all runs", _count),
    Card("tokens_per_run", "Tokens per run", "LLM tokens, mean", _count),
    Card("reviews_open", "Waiting for review", "open items", _count),
    Card("reviews_approved", "Reviewer approvals", "items a person approved", _count),
    Card("reviews_rejected", "Reviewer rejections", "tasks re-opened", _count),
)


def runs_note(summary: Any) -> str:
    """How the runs add up: every run is exactly one of these."""
    return (
        f"{summary.completed} completed · {summary.failed} failed · "
        f"{summary.cancelled} cancelled · {summary.refused} refused"
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
        missed = summary.missed_goals
        for card in CARDS:
            value = getattr(summary, card.field, None)
            alert = card.field in missed
            self.query_one(f"#metric-{card.field}", MetricCard).show(card.fmt(value), alert=alert)
            if alert:
                alerts.append(f"{card.label} is {card.fmt(value)}: {missed[card.field]}")
        self.query_one("#metric-runs", MetricCard).show(
            _count(summary.runs), note=runs_note(summary)
        )
        self.query_one("#metric-reviews_open", MetricCard).show(
            _count(summary.reviews_open),
            note=f"open items · {summary.custom_logic_open} custom logic",
        )
        for field, what in (("approved", "approved"), ("rejected", "rejected")):
            total = getattr(summary, f"reviews_{field}")
            custom = getattr(summary, f"custom_logic_{field}")
            self.query_one(f"#metric-reviews_{field}", MetricCard).show(
                _count(total), note=f"{total - custom} files · {custom} custom logic {what}"
            )
        self.query_one("#metric-tokens", MetricCard).show(
            _count(summary.tokens),
            note=f"LLM tokens · last run {_count(summary.tokens_last_run)}",
        )
        self.query_one("#metric-llm_validation_share", MetricCard).show(
            _percent(summary.llm_validation_share),
            note=f"{summary.llm_validations} of {summary.verdicts} validations · goal ≤ 40%",
            alert="llm_validation_share" in missed,
        )
        if summary.skipped_rows:
            alerts.append(f"{summary.skipped_rows} damaged rows in the metrics file were skipped")
        banner = self.query_one("#metrics-alerts", Static)
        banner.update("\n".join(alerts))
        banner.set_class(bool(alerts), "-active")
