"""The metrics screen: what the runs so far cost and how well they went (first cut)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

if TYPE_CHECKING:
    from baes_tui.core.service import Workspace

STYLES = Path(__file__).parents[3] / "styles"


class MetricsScreen(Screen):
    """Shows workspace.metrics(). Work in progress: a plain summary for now."""

    CSS_PATH = STYLES / "metrics.tcss"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Static("Metrics", id="metrics-title")
        yield Static(self._summary(), id="metrics-summary")
        yield Footer()

    def _summary(self) -> str:
        try:
            return str(self.workspace.metrics())
        except Exception as exc:  # the first cut must render even before the core lands
            return f"Metrics unavailable: {exc}"
