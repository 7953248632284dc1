"""One stat card of the metrics screen: a label, a big value and the goal it is held to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static


class MetricCard(Vertical):
    """A labelled big number; the `-alert` class marks a value that misses its goal."""

    DEFAULT_CSS = """
    MetricCard { height: auto; padding: 0 1; }
    MetricCard .metric-label { text-style: bold; }
    MetricCard .metric-note { color: $text-muted; }
    """

    def __init__(self, label: str, note: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.note = note

    def compose(self) -> ComposeResult:
        yield Static(self.label, classes="metric-label")
        yield Digits("-", classes="metric-value")
        yield Static(self.note, classes="metric-note")

    def show(self, value: str, *, alert: bool = False, note: str | None = None) -> None:
        """Set the value; `alert` styles the card as missing its goal, `note` says why."""
        self.query_one(".metric-value", Digits).update(value)
        self.query_one(".metric-note", Static).update(self.note if note is None else note)
        self.set_class(alert, "-alert")
