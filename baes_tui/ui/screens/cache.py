"""The recognition cache screen: paged entries, detail, hit rate (first cut: entry count only)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

if TYPE_CHECKING:
    from baes_tui.core.service import Workspace

STYLES = Path(__file__).parents[3] / "styles"


class CacheScreen(Screen):
    """Shows the recognition cache. Work in progress: lists the entry count for now."""

    CSS_PATH = STYLES / "cache.tcss"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Static("Recognition cache", id="cache-title")
        yield Static("Loading…", id="cache-summary")
        yield Footer()

    def on_mount(self) -> None:
        self.load_summary()

    @work(exclusive=True, exit_on_error=False)
    async def load_summary(self) -> None:
        count = await self.workspace.cache.count_entries(None)
        self.query_one("#cache-summary", Static).update(f"{count} entries")
