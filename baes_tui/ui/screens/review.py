"""The Review screen: every verdict of every run; the review queue's items are marked on them.

Keyboard alone is enough: the table has the focus, arrows move through rows, 1–5 filter (all,
uncertain, rejections, approvals, open review items; each shows how many rows it has), n/p page
through older verdicts, `f` focuses the file, `a` approves and `x` rejects with a note. Only
review items can be decided; a verdict the rules were sure of says so instead. Decisions
persist through `workspace.decide()`; a rejection re-opens the item's task for the next run
(the core's rule, stated in the notification).

A hand-edit conflict (a file the person edited that a later run has a new version of, written
beside it as `<file>.baes-new`) is resolved, not approved: the file pane shows what baes'
version would change in theirs, `k` keeps their version and `t` takes baes' (after a
confirmation: their edit is replaced), as `baes review keep/take` do. Those two keys are in the
bar only while such an item is under the cursor.
"""

from __future__ import annotations

import difflib
import math
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Header, Static

from baes_tui.core.records import CUSTOM_LOGIC_PATH
from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.dialogs import ConfirmDialog, NoteDialog
from baes_tui.ui.widgets.file_view import FileView
from baes_tui.ui.widgets.key_bar import KeyBar
from baes_tui.ui.widgets.review_filters import ReviewFilters
from baes_tui.ui.widgets.review_table import ReviewRow, ReviewTable, merge_rows

if TYPE_CHECKING:
    from baes_tui.core.records import HandEditConflict, ReviewItem
    from baes_tui.workspace import Workspace

ALL = "all"
OPEN = "open"
FILTERS = (  # (key, label, value)
    ("1", "All", ALL),
    ("2", "Uncertain", "uncertain"),
    ("3", "Rejections", "confident_rejection"),
    ("4", "Approvals", "confident_approval"),
    ("5", "Open items", OPEN),
)
FILTER_GROUP = Binding.Group("Filter")
PAGE_GROUP = Binding.Group("Older/newer")
PAGE_SIZE = 100  # rows per page, read from SQL: DataTable slows down past a few thousand rows
DECIDABLE_HINT = "only uncertain files and custom logic wait for a person (5 lists them)"
CONFLICT_HINT = "k keeps your version, t takes baes' new version"
CONFLICT_ACTIONS = ("keep", "take")


class ReviewScreen(BaesScreen):
    """The verdict table beside the selected row's file, feedback and rule explanations."""

    CSS_PATH = STYLES / "review.tcss"
    TITLE = "Review"
    AUTO_FOCUS = "#review-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "approve", "Approve", id="review.approve"),
        Binding("x", "reject", "Reject…", id="review.reject"),
        Binding("k", "keep", "Keep mine", id="review.keep"),
        Binding("t", "take", "Take new…", id="review.take"),
        Binding("1", f"filter('{ALL}')", "All", id="review.filter_all", group=FILTER_GROUP),
        Binding(
            "2",
            "filter('uncertain')",
            "Uncertain",
            id="review.filter_uncertain",
            group=FILTER_GROUP,
        ),
        Binding(
            "3",
            "filter('confident_rejection')",
            "Rejections",
            id="review.filter_rejection",
            group=FILTER_GROUP,
        ),
        Binding(
            "4",
            "filter('confident_approval')",
            "Approvals",
            id="review.filter_approval",
            group=FILTER_GROUP,
        ),
        Binding(
            "5", f"filter('{OPEN}')", "Open items", id="review.filter_open", group=FILTER_GROUP
        ),
        Binding("n", "page(1)", "Older", id="review.older", group=PAGE_GROUP),
        Binding("p", "page(-1)", "Newer", id="review.newer", group=PAGE_GROUP),
        Binding("f", "focus_file", "File", id="review.focus_file"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.choice = ALL
        self.page = 0
        self._more = False  # is there an older page?

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-top"):
            yield ReviewFilters(FILTERS, id="review-filters")
            yield Static("", id="review-count", markup=False)
        with Horizontal(id="review-main"):
            yield ReviewTable(id="review-table")
            with Vertical(id="review-detail"):
                yield Static("", id="review-heading", markup=False)
                yield FileView(id="review-file")
                yield Static("", id="review-feedback", markup=False)
                yield Static("", id="review-explanation", markup=False)
        yield KeyBar()

    def refresh_data(self) -> None:
        self._load_rows()

    # --- actions shared by keys and the command palette -------------------------------------
    def action_filter(self, choice: str) -> None:
        if choice != self.choice:
            self.choice = choice
            self.page = 0
            self.query_one(ReviewFilters).show(choice)
            self._load_rows()

    def action_page(self, step: int) -> None:
        if step > 0 and not self._more:
            self.notify("No older verdicts.", timeout=2)
            return
        if self.page + step < 0:
            return
        self.page += step
        self._load_rows()

    def action_focus_file(self) -> None:
        self.query_one(FileView).focus()

    def action_approve(self) -> None:
        if (item := self._decidable()) is not None:
            self._decide(item, approve=True, note="")

    def action_reject(self) -> None:
        if (item := self._decidable()) is not None:
            self._reject(item)

    def action_keep(self) -> None:
        if (item := self._open_conflict()) is not None:
            self._resolve(item, keep=True)

    def action_take(self) -> None:
        if (item := self._open_conflict()) is not None:
            self._take(item)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep and take are offered only on an open hand-edit conflict."""
        if action in CONFLICT_ACTIONS:
            return self._open_conflict() is not None
        return True

    @on(ReviewFilters.Picked)
    def _filter_picked(self, event: ReviewFilters.Picked) -> None:
        self.action_filter(event.value)

    @on(DataTable.RowHighlighted, "#review-table")
    def _highlighted(self) -> None:
        # The row under the cursor now: a highlight posted before the rows were replaced (a
        # filter, a page, a resize) names a row that is gone (its key may even be None).
        if (row := self.query_one(ReviewTable).current) is not None:
            self._show_row(row)

    # --- workers ----------------------------------------------------------------------------
    @work(exclusive=True, group="rows", exit_on_error=False, name="Loading verdicts")
    async def _load_rows(self) -> None:
        choice = self.choice
        offset = self.page * PAGE_SIZE
        if choice == OPEN:
            items = await self.workspace.review_items(include_decided=False)
            newest_first = [ReviewRow.of_item(item) for item in reversed(items)]
            rows = newest_first[offset : offset + PAGE_SIZE]
            self._more = len(newest_first) > offset + PAGE_SIZE
        else:
            rows = await self._verdict_rows(None if choice == ALL else choice, offset)
        counts = await self.workspace.review_table_counts()
        table = self.query_one(ReviewTable)
        table.show_rows(rows)
        self.refresh_bindings()  # the row under the cursor may be another kind now
        totals = {ALL: counts.total, OPEN: counts.open_items, **counts.by_outcome}
        shown = {value: totals.get(value, 0) for *_, value in FILTERS}
        self.query_one(ReviewFilters).show(choice, shown)
        self.query_one("#review-count", Static).update(self._count(rows, totals.get(choice, 0)))
        if (current := table.current) is not None:
            self._show_row(current)
        else:
            self._show_empty(choice)

    async def _verdict_rows(self, outcome: str | None, offset: int) -> list[ReviewRow]:
        """One page of verdicts with their items; the row before the page bounds its window."""
        before = 1 if offset else 0
        found = await self.workspace.verdicts(
            outcome, limit=PAGE_SIZE + 1 + before, offset=offset - before
        )
        previous, page = found[:before], found[before : before + PAGE_SIZE]
        self._more = len(found) > before + PAGE_SIZE
        since = page[-1].created_at if page and self._more else -math.inf
        until = previous[0].created_at if previous else math.inf
        items = await self.workspace.review_items(outcome)
        return merge_rows(page, items, offset=offset, window=(since, until))

    @work(exclusive=True, group="detail", exit_on_error=False, name="Opening the file")
    async def _show_row(self, row: ReviewRow) -> None:
        self.refresh_bindings()  # keep and take come and go with the row under the cursor
        self.query_one("#review-heading", Static).update(self._heading(row))
        view = self.query_one(FileView)
        if row.item is not None and row.item.is_conflict and row.item.status == "open":
            conflict = await self.workspace.hand_edit_conflict(row.item.id)
            self._show_conflict(view, conflict)
        elif row.item is not None and row.item.file_kept:
            # An LLM's module the TechLead rejected never reached the project: show the text
            # state.db kept, with the lines its findings flag.
            text, lines = await self.workspace.review_file(row.item.id)
            view.border_title = f"{row.path} — rejected, never written to the project"
            view.show(row.path, text, lines)
        elif row.path == CUSTOM_LOGIC_PATH:
            view.border_title = "custom logic"
            view.show_message(
                "No file: this is custom logic the templates did not generate.\n"
                "Approve it if the generated system may go without it for now; reject it with a"
                " note to have the task regenerated.\n\n" + (row.item.reason if row.item else "")
            )
        else:
            text = await self.workspace.project_file(row.path)
            view.border_title = f"{row.path} — as it is now"
            view.show(row.path, text, row.lines)
        feedback = "\n".join(row.feedback) or "No findings: every rule checked passed."
        self.query_one("#review-feedback", Static).update(feedback)
        self.query_one("#review-explanation", Static).update(self._explanation(row))

    @work(exclusive=True, group="decide", exit_on_error=False, name="Rejecting")
    async def _reject(self, item: ReviewItem) -> None:
        note = await self.app.push_screen_wait(NoteDialog(f"Reject {item.path}: why?"))
        if note is not None:
            self._decide(item, approve=False, note=note)

    @work(group="decide", exit_on_error=False, name="Saving the decision")
    async def _decide(self, item: ReviewItem, *, approve: bool, note: str) -> None:
        await self.workspace.decide(item.id, approve=approve, note=note)
        if approve:
            message = f"#{item.id} {item.path}: approved"
        else:
            message = (
                f"#{item.id} {item.path}: rejected — task {item.task} is re-opened;"
                f" the next run for {item.entity} redoes it"
            )
        self.notify(message, title="Review", markup=False)
        self._load_rows()

    @work(exclusive=True, group="decide", exit_on_error=False, name="Taking baes' version")
    async def _take(self, item: ReviewItem) -> None:
        conflict = await self.workspace.hand_edit_conflict(item.id)
        if conflict.baes is None:
            title = "Delete your file"
            question = (
                f"baes no longer generates {item.path}. Taking the change deletes your version"
                " of it. Delete it?"
            )
            label = "Delete my file"
        else:
            title = "Replace your edit"
            question = (
                f"{item.path} gets baes' new version (from {conflict.beside}); your edits to it"
                " are lost. Take baes' version?"
            )
            label = "Take baes' version"
        if await self.app.push_screen_wait(ConfirmDialog(title, question, confirm_label=label)):
            self._resolve(item, keep=False)

    @work(group="decide", exit_on_error=False, name="Resolving the conflict")
    async def _resolve(self, item: ReviewItem, *, keep: bool) -> None:
        resolved = await self.workspace.resolve_conflict(item.id, keep=keep)
        verb = "kept" if keep else "taken"
        self.notify(f"#{item.id} {verb}: {resolved.note}", title="Review", markup=False)
        self._load_rows()

    # --- helpers ----------------------------------------------------------------------------
    def _decidable(self) -> ReviewItem | None:
        """The review item under the cursor; a verdict without one is explained, not an error,
        and a hand-edit conflict is pointed to keep and take."""
        row = self.query_one(ReviewTable).current
        if row is None:
            return None
        if row.item is None:
            outcome = row.outcome.replace("_", " ")
            self.notify(
                f"{row.path}: a {outcome} verdict, not a review item — nothing to decide;"
                f" {DECIDABLE_HINT}.",
                title="Review",
                markup=False,
            )
            return None
        if row.item.is_conflict:
            if row.item.status == "open":
                message = f"{row.path} is a hand-edit conflict, not a verdict: {CONFLICT_HINT}."
            else:
                message = f"{row.path}: this hand-edit conflict was {row.item.status} already."
            self.notify(message, title="Review", markup=False)
            return None
        return row.item

    def _open_conflict(self) -> ReviewItem | None:
        """The open hand-edit conflict under the cursor, if that is what it is."""
        if not self.is_mounted:
            return None
        row = self.query_one(ReviewTable).current
        if row is None or row.item is None:
            return None
        item = row.item
        return item if item.is_conflict and item.status == "open" else None

    @staticmethod
    def _show_conflict(view: FileView, conflict: HandEditConflict) -> None:
        """What taking baes' version would change in the person's file, as a diff."""
        if conflict.yours is None and conflict.baes is not None:
            view.border_title = f"{conflict.path} — you deleted it; baes' new version"
            view.show(conflict.path, conflict.baes, [])
        elif conflict.baes is None:
            view.border_title = f"{conflict.path} — yours; baes no longer generates it"
            view.show(conflict.path, conflict.yours or "", [])
        else:
            diff = "".join(
                difflib.unified_diff(
                    conflict.yours.splitlines(keepends=True),
                    conflict.baes.splitlines(keepends=True),
                    fromfile=f"{conflict.path} (yours)",
                    tofile=f"{conflict.beside} (baes' new version)",
                )
            )
            view.border_title = f"{conflict.path} — yours (-) against baes' new version (+)"
            if diff:
                view.show("conflict.diff", diff, [])
            else:
                view.show_message(f"{conflict.beside} is the same as your file: keep or take.")

    def _count(self, rows: list[ReviewRow], total: int) -> str:
        """What the table shows of the filter's rows; the page when there is more than one."""
        shown = f"showing {len(rows):,} of {total:,}"
        if self.page or self._more:
            steps = [step for step, ok in (("n older", self._more), ("p newer", self.page)) if ok]
            shown += f" · page {self.page + 1} ({', '.join(steps)})"
        return shown

    def _explanation(self, row: ReviewRow) -> str:
        if row.item is not None and row.item.is_conflict:
            return self._conflict_explanation(row.item)
        parts = [self.workspace.rule_explanation(rule) for rule in row.rule_ids]
        if row.item is not None and row.item.reason:
            parts.append(f"Why it waits for review: {row.item.reason}")
        return "\n\n".join(parts) or "No rule found anything in this file."

    @staticmethod
    def _conflict_explanation(item: ReviewItem) -> str:
        what = (
            "You edited this file after baes wrote it, and a later run has a new version of it."
            " baes never overwrites your edits: its version waits beside yours as"
            f" {item.path}.baes-new."
        )
        if item.status != "open":
            return f"{what}\n\nResolved: {item.status}. {item.note}".rstrip()
        return (
            f"{what}\n\nk keeps your version: the .baes-new goes, and later runs leave your file"
            " alone until baes' version changes again. t takes baes' version in place of yours."
            " To combine both, edit your file first, then keep it."
            f"\n\nWhy it waits for review: {item.reason}"
        )

    @staticmethod
    def _heading(row: ReviewRow) -> str:
        head = f"{row.path} · {row.outcome.replace('_', ' ')} · {row.task} · run {row.run_id}"
        if row.item is None:
            return f"{head}\nNot a review item: the rules were sure, nothing to decide."
        note = f" — note: {row.item.note}" if row.item.note else ""
        return f"{head}\nReview item #{row.item.id}: {row.item.status}{note}"

    def _show_empty(self, choice: str) -> None:
        self.query_one("#review-heading", Static).update("Nothing to review for this filter.")
        self.query_one(FileView).border_title = ""
        self.query_one(FileView).show_message(
            "Every file a run writes is judged by the rules and listed here; uncertain files"
            " and custom logic wait for a person's decision."
            if choice in (ALL, OPEN)
            else "No verdict of this outcome yet: 1 shows every verdict."
        )
        self.query_one("#review-feedback", Static).update("")
        self.query_one("#review-explanation", Static).update("")
