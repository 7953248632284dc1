"""The Review screen: triage verdicts — see the file, the flagged lines, the rule; decide.

Keyboard alone is enough: arrows move through items, `a` approves, `x` rejects with a note,
1–4 filter by outcome. Decisions persist through `workspace.decide()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header, Label, Select, Static

from baes_tui.core.project_state import CUSTOM_LOGIC_PATH
from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.dialogs import NoteDialog
from baes_tui.ui.widgets.file_view import FileView

if TYPE_CHECKING:
    from baes_tui.core.service import Workspace

ALL = "all"
FILTERS = (
    ("All outcomes", ALL),
    ("Uncertain", "uncertain"),
    ("Confident rejection", "confident_rejection"),
    ("Confident approval", "confident_approval"),
)
MAX_ROWS = 1000  # DataTable slows down past a few thousand rows; the queue rarely gets there
OUTCOME_STYLES = {
    "confident_approval": "green",
    "confident_rejection": "red",
    "uncertain": "yellow",
}
STATUS_STYLES = {"open": "bold", "approved": "green", "rejected": "red"}


def rule_ids_of(item: Any) -> tuple[str, ...]:
    """The item's rule ids when the core records them (older items carry only feedback)."""
    return tuple(getattr(item, "rule_ids", ()) or ())


class ReviewScreen(BaesScreen):
    """A table of review items beside the selected item's file, feedback and rule."""

    CSS_PATH = STYLES / "review.tcss"
    TITLE = "Review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "approve", "Approve", id="review.approve"),
        Binding("x", "reject", "Reject…", id="review.reject"),
        Binding("1", f"filter('{ALL}')", "All", id="review.filter_all"),
        Binding("2", "filter('uncertain')", "Uncertain", id="review.filter_uncertain"),
        Binding("3", "filter('confident_rejection')", "Rejections", id="review.filter_rejection"),
        Binding("4", "filter('confident_approval')", "Approvals", id="review.filter_approval"),
        Binding("f", "focus_file", "File", id="review.focus_file"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.items: dict[str, Any] = {}  # row key -> ReviewItem

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-filters"):
            yield Label("Show", classes="filter-label")
            yield Select(FILTERS, value=ALL, allow_blank=False, id="review-filter")
            yield Static("", id="review-count", markup=False)
        with Horizontal(id="review-main"):
            table: DataTable[Any] = DataTable(
                id="review-table", cursor_type="row", zebra_stripes=True
            )
            for label, key in (
                ("#", "id"),
                ("Task", "task"),
                ("File", "path"),
                ("Outcome", "outcome"),
                ("Status", "status"),
                ("Run", "run"),
            ):
                table.add_column(label, key=key)
            yield table
            with Vertical(id="review-detail"):
                yield Static("", id="review-heading", markup=False)
                yield FileView(id="review-file")
                yield Static("", id="review-feedback", markup=False)
                yield Static("", id="review-explanation", markup=False)
        yield Footer()

    def on_screen_resume(self) -> None:
        self._load_items()

    # --- actions shared by keys and the command palette -------------------------------------
    def action_filter(self, outcome: str) -> None:
        self.query_one("#review-filter", Select).value = outcome  # Select.Changed reloads

    def action_focus_file(self) -> None:
        self.query_one(FileView).focus()

    def action_approve(self) -> None:
        if item := self._current():
            self._decide(item, approve=True, note="")

    def action_reject(self) -> None:
        if item := self._current():
            self._reject(item)

    @on(Select.Changed, "#review-filter")
    def _filter_changed(self) -> None:
        self._load_items()

    @on(DataTable.RowHighlighted, "#review-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        item = self.items.get(str(event.row_key.value))
        if item is not None:
            self._show_item(item)

    # --- workers ----------------------------------------------------------------------------
    @work(exclusive=True, group="items", exit_on_error=False, name="Loading review items")
    async def _load_items(self) -> None:
        outcome = self.query_one("#review-filter", Select).value
        items = await self.workspace.review_items(None if outcome == ALL else str(outcome))
        table = self.query_one("#review-table", DataTable)
        keep = table.cursor_row
        table.clear()
        self.items = {str(item.id): item for item in items[:MAX_ROWS]}
        for key, item in self.items.items():
            table.add_row(*self._cells(item), key=key)
        shown = f"{len(self.items)} of {len(items)}" if len(items) > MAX_ROWS else len(items)
        opened = sum(1 for item in items if item.status == "open")
        self.query_one("#review-count", Static).update(f"{shown} items · {opened} open")
        if not self.items:
            self._show_empty()
        else:
            table.move_cursor(row=min(keep, len(self.items) - 1))
            if (current := self._current()) is not None:
                self._show_item(current)

    @work(exclusive=True, group="detail", exit_on_error=False, name="Opening the file")
    async def _show_item(self, item: Any) -> None:
        self.query_one("#review-heading", Static).update(self._heading(item))
        if item.path == CUSTOM_LOGIC_PATH:
            self.query_one(FileView).show_message(
                "No file: this is custom logic the templates did not generate.\n"
                "Approve it if the generated system may go without it for now; reject it with a"
                " note to have the task regenerated.\n\n" + getattr(item, "reason", "")
            )
        else:
            text, lines = await self.workspace.review_file(item.id)
            self.query_one(FileView).show(item.path, text, lines)
        feedback = "\n".join(item.feedback) or "No feedback lines."
        self.query_one("#review-feedback", Static).update(feedback)
        rules = rule_ids_of(item)
        explanation = "\n\n".join(self.workspace.rule_explanation(rule) for rule in rules)
        self.query_one("#review-explanation", Static).update(
            explanation or f"Why it is here: {getattr(item, 'reason', '') or 'no rule recorded'}"
        )

    @work(exclusive=True, group="decide", exit_on_error=False, name="Rejecting")
    async def _reject(self, item: Any) -> None:
        note = await self.app.push_screen_wait(NoteDialog(f"Reject {item.path}: why?"))
        if note is not None:
            self._decide(item, approve=False, note=note)

    @work(group="decide", exit_on_error=False, name="Saving the decision")
    async def _decide(self, item: Any, *, approve: bool, note: str) -> None:
        await self.workspace.decide(item.id, approve=approve, note=note)
        status = "approved" if approve else "rejected"
        self.notify(f"#{item.id} {item.path}: {status}", title="Review")
        self._load_items()

    # --- helpers ----------------------------------------------------------------------------
    def _current(self) -> Any | None:
        table = self.query_one("#review-table", DataTable)
        if not self.items or table.cursor_row < 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return self.items.get(str(row_key.value))

    @staticmethod
    def _cells(item: Any) -> tuple[Any, ...]:
        return (
            str(item.id),
            getattr(item, "task", ""),
            item.path,
            Text(item.outcome.replace("_", " "), style=OUTCOME_STYLES.get(item.outcome, "")),
            Text(item.status, style=STATUS_STYLES.get(item.status, "")),
            str(item.run_id),
        )

    @staticmethod
    def _heading(item: Any) -> str:
        note = f" — note: {item.note}" if item.note else ""
        return f"{item.path} · {item.outcome.replace('_', ' ')} · {item.status}{note}"

    def _show_empty(self) -> None:
        self.query_one("#review-heading", Static).update("Nothing to review for this filter.")
        self.query_one(FileView).show_message(
            "The queue is empty: uncertain files and custom logic of a run wait here."
        )
        self.query_one("#review-feedback", Static).update("")
        self.query_one("#review-explanation", Static).update("")
