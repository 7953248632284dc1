"""The recognition cache screen: paged entries, search, sort, detail, invalidate, export.

Entries come from SQL one page at a time, so a cache of 100,000 entries opens as fast as one of
ten. Hit rates update from the workspace's cache listener — the screen never polls.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Static

from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.cache_detail import CacheDetail
from baes_tui.ui.widgets.cache_stats import CacheStatsPanel
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace

PAGE_SIZE = 100
SEARCH_DEBOUNCE_S = 0.25
SORT_LABELS = {"hits": "most hits", "age": "newest", "key": "key"}


SORT_GROUP = Binding.Group("Sort")
PAGE_GROUP = Binding.Group("Page")


class CacheScreen(BaesScreen):
    """Browse and curate the recognition cache shared by every project."""

    CSS_PATH = STYLES / "cache.tcss"
    TITLE = "Cache"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", id="cache.search"),
        Binding("h", "sort('hits')", "By hits", id="cache.sort_hits", group=SORT_GROUP),
        Binding("a", "sort('age')", "By age", id="cache.sort_age", group=SORT_GROUP),
        Binding("n", "page(1)", "Next page", id="cache.next_page", group=PAGE_GROUP),
        Binding("p", "page(-1)", "Prev page", id="cache.prev_page", group=PAGE_GROUP),
        Binding("d", "invalidate_entry", "Invalidate", id="cache.invalidate"),
        Binding("E", "invalidate_entity", "Invalidate entity", id="cache.invalidate_entity"),
        Binding("x", "export", "Export", id="cache.export"),
        Binding("r", "reload", "Reload", id="cache.reload", show=False),
    ]

    class StatsChanged(Message):
        """Carries a fresh CacheStats from the listener onto the screen's message queue."""

        def __init__(self, stats: Any) -> None:
            super().__init__()
            self.stats = stats

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.search = ""
        self.sort = "hits"
        self.page_index = 0
        self.total = 0
        self.entries: dict[str, Any] = {}
        self._listening = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield CacheStatsPanel(id="cache-stats")
        yield Input(placeholder="Search key, request or entity  (/)", id="cache-search")
        with Horizontal(id="cache-body"):
            with Vertical(id="cache-list"):
                yield DataTable(id="cache-table", cursor_type="row", zebra_stripes=True)
                yield Static("", id="cache-pager")
            yield CacheDetail(id="cache-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#cache-table", DataTable)
        table.add_column("Key", key="key", width=28)
        table.add_column("Entity", key="entity", width=12)
        table.add_column("Hits", key="hits", width=6)
        table.add_column("Source", key="source", width=6)
        table.add_column("Created", key="created", width=11)
        table.focus()
        if self.workspace.cache_or_none is None:
            self.query_one("#cache-pager", Static).update("The recognition cache is turned off.")
            return
        self.workspace.add_cache_listener(self._on_cache_stats)
        self.load_stats()
        self.load_page()

    def refresh_data(self) -> None:
        """Entries may have changed while another screen was shown: show the current page."""
        if self.is_mounted and self.workspace.cache_or_none is not None:
            self.load_page()

    # --- live stats ------------------------------------------------------------------------
    def _on_cache_stats(self, stats: Any) -> None:
        # The listener may run on any thread; post_message is thread-safe.
        self.post_message(self.StatsChanged(stats))

    @on(StatsChanged)
    def _stats_changed(self, event: StatsChanged) -> None:
        self.query_one(CacheStatsPanel).show(event.stats, self.workspace.cache.hit_history)
        if self.is_current:  # a miss may have stored a new entry; a hidden screen reloads on resume
            self.load_page()

    @work(group="cache-stats", exclusive=True, exit_on_error=False, name="Reading cache stats")
    async def load_stats(self) -> None:
        stats = await self.workspace.cache.stats()
        self.query_one(CacheStatsPanel).show(stats, self.workspace.cache.hit_history)

    # --- the page --------------------------------------------------------------------------
    @work(group="cache-page", exclusive=True, exit_on_error=False, name="Reading the cache")
    async def load_page(self, delay: float = 0.0) -> None:
        """Fetch one page (and the match count) from SQL and show it.

        Exclusive, so typing in the search box cancels the previous fetch; the delay is the
        search debounce.
        """
        if delay:
            await asyncio.sleep(delay)
        # Shielded: a newer fetch cancels this worker, but never a cache call halfway through
        # (it may be flushing hit counts inside a transaction).
        total, rows = await asyncio.shield(
            self._fetch_page(self.search or None, self.sort, self.page_index)
        )
        self.total = total
        self._show_rows(rows, max(0, (total - 1) // PAGE_SIZE))

    async def _fetch_page(self, search: str | None, sort: str, page: int) -> tuple[int, list[Any]]:
        cache = self.workspace.cache
        total = await cache.count_entries(search)
        self.page_index = min(page, max(0, (total - 1) // PAGE_SIZE))
        rows = await cache.list_entries(
            search=search, sort=sort, limit=PAGE_SIZE, offset=self.page_index * PAGE_SIZE
        )
        return total, rows

    def _show_rows(self, rows: list[Any], last_page: int) -> None:
        table = self.query_one("#cache-table", DataTable)
        selected = self._selected_key()
        self.entries = {entry.key: entry for entry in rows}
        with self.app.batch_update():
            table.clear()
            for entry in rows:
                rec = entry.recognition
                table.add_row(
                    entry.key,
                    rec.entity.name if rec.entity else "—",
                    f"{entry.hit_count:,}",
                    entry.source,
                    entry.created_at.astimezone().strftime("%m-%d %H:%M"),
                    key=entry.key,
                )
        if selected in self.entries:
            table.move_cursor(row=table.get_row_index(selected))
        matching = f" matching “{self.search}”" if self.search else ""
        self.query_one("#cache-pager", Static).update(
            f"Page {self.page_index + 1}/{last_page + 1} · {self.total:,} entries{matching}"
            f" · sorted by {SORT_LABELS[self.sort]}"
        )
        self._show_detail()

    def _selected_key(self) -> str | None:
        table = self.query_one("#cache-table", DataTable)
        if not self.entries or table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def _selected(self) -> Any | None:
        key = self._selected_key()
        return self.entries.get(key) if key else None

    def _show_detail(self) -> None:
        self.query_one(CacheDetail).show(self._selected())

    @on(DataTable.RowHighlighted, "#cache-table")
    def _row_highlighted(self) -> None:
        self._show_detail()

    @on(Input.Changed, "#cache-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search = event.value.strip()
        self.page_index = 0
        self.load_page(delay=SEARCH_DEBOUNCE_S)

    @on(Input.Submitted, "#cache-search")
    def _search_submitted(self) -> None:
        self.query_one("#cache-table", DataTable).focus()

    # --- actions (bindings and the command palette share them) -----------------------------
    def action_focus_search(self) -> None:
        self.query_one("#cache-search", Input).focus()

    def action_sort(self, sort: str) -> None:
        self.sort = sort
        self.page_index = 0
        self.load_page()

    def action_page(self, step: int) -> None:
        last_page = max(0, (self.total - 1) // PAGE_SIZE)
        target = min(max(0, self.page_index + step), last_page)
        if target != self.page_index:
            self.page_index = target
            self.load_page()

    def action_reload(self) -> None:
        self.load_stats()
        self.load_page()

    def action_invalidate_entry(self) -> None:
        entry = self._selected()
        if entry is None:
            self.notify("Select an entry first.", severity="warning")
            return
        question = (
            f"Remove the cached recognition for\n“{entry.original_request}”\n(key {entry.key})?"
        )
        self.app.push_screen(
            ConfirmDialog("Invalidate a cache entry", question, confirm_label="Yes, remove"),
            lambda yes: self.invalidate(key=entry.key) if yes else None,
        )

    def action_invalidate_entity(self) -> None:
        entry = self._selected()
        entity = entry.recognition.entity if entry else None
        if entity is None:
            self.notify("Select an entry with an entity first.", severity="warning")
            return
        question = f"Remove every cached recognition of the entity {entity.name}?"
        self.app.push_screen(
            ConfirmDialog("Invalidate an entity", question, confirm_label="Yes, remove"),
            lambda yes: self.invalidate(entity=entity.name) if yes else None,
        )

    def action_export(self) -> None:
        self.export()

    # --- workers ---------------------------------------------------------------------------
    @work(group="cache-write", exit_on_error=False, name="Invalidating")
    async def invalidate(self, *, key: str | None = None, entity: str | None = None) -> None:
        if key is not None:
            removed = await self.workspace.cache.invalidate(key=key)
            what = f"entry {key}"
        else:
            removed = await self.workspace.cache.invalidate(entity=entity)
            what = f"entity {entity}"
        count = removed if isinstance(removed, int) else None
        detail = f" ({count} entr{'y' if count == 1 else 'ies'})" if count is not None else ""
        self.notify(f"Invalidated {what}{detail}.")
        self.load_stats()
        self.load_page()

    @work(group="cache-write", exit_on_error=False, name="Exporting the cache")
    async def export(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.workspace.settings.data_dir / f"cache-export-{stamp}.json"
        await self.workspace.cache.export_json(path)
        self.notify(f"Exported the cache to {path}", title="Export")
