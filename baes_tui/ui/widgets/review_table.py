"""The Review screen's table: every verdict, with the review queue's items marked on their rows.

A verdict and a review item describe the same file of the same run when their `(run_id, path)`
match, so they share one row: the verdict says what the rules found, the item says whether a
person still has to decide. Items no verdict explains (custom logic, which no rule judged) get
rows of their own, so nothing in the queue is ever hidden.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

if TYPE_CHECKING:
    from baes_tui.core.records import ReviewItem, StoredVerdict
    from baes_tui.core.verdicts import Finding

OUTCOME_CELLS = {  # short labels keep the table narrow enough to sit beside the file
    "confident_approval": ("approval", "green"),
    "confident_rejection": ("rejection", "red"),
    "uncertain": ("uncertain", "yellow"),
}
REVIEW_MARKS = {
    "open": ("● open", "bold yellow"),
    "approved": ("✔ approved", "green"),
    "rejected": ("✘ rejected", "red"),
    "kept": ("✔ kept", "green"),  # a hand-edit conflict: the person's version stays
    "taken": ("✔ taken", "green"),  # a hand-edit conflict: baes' version replaced theirs
}
# (label, key, width); the file column (width None) takes what the others leave. Fixed widths
# keep every column in place whatever the rows hold (auto widths only ever grow, so a decision
# that lengthened a cell pushed the last columns out of sight).
# The task and run are in the detail heading, so the table keeps to what a reviewer scans.
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("Review", "review", 10),
    ("Outcome", "outcome", 9),
    ("File", "path", None),
    ("Rules", "rules", 9),
    ("When", "when", 11),
)
MIN_FILE_WIDTH = 20
SCROLLBAR = 2  # room kept for the vertical scrollbar
WHEN_FORMAT = "%m-%d %H:%M"  # the run id is in the detail heading; the table stays narrow


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One line of the table: a verdict, a review item, or both for the same file and run."""

    key: str
    run_id: str
    task: str
    path: str
    outcome: str
    findings: tuple[Finding, ...]
    created_at: float
    item: ReviewItem | None = None

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule_id for f in self.findings if f.rule_id))

    @property
    def lines(self) -> list[int]:
        """The lines the findings point at (0 = the whole file, not a line)."""
        return sorted({f.line for f in self.findings if f.line > 0})

    @property
    def feedback(self) -> tuple[str, ...]:
        return tuple(f.feedback if f.line > 0 else f.message for f in self.findings)

    @property
    def is_verdict(self) -> bool:
        return self.key.startswith("v")

    @classmethod
    def of_verdict(cls, key: str, verdict: StoredVerdict, item: ReviewItem | None) -> ReviewRow:
        return cls(
            key=key,
            run_id=verdict.run_id,
            task=verdict.task,
            path=verdict.path,
            outcome=verdict.outcome,
            findings=verdict.findings,
            created_at=verdict.created_at,
            item=item,
        )

    @classmethod
    def of_item(cls, item: ReviewItem) -> ReviewRow:
        return cls(
            key=f"i{item.id}",
            run_id=item.run_id,
            task=item.task,
            path=item.path,
            outcome=item.outcome,
            findings=item.findings,
            created_at=item.created_at,
            item=item,
        )


def merge_rows(
    verdicts: Sequence[StoredVerdict],
    items: Iterable[ReviewItem],
    *,
    offset: int = 0,
    window: tuple[float, float] = (-math.inf, math.inf),
) -> list[ReviewRow]:
    """Verdict rows (keys `v<offset+n>`), each with its review item, newest first.

    An item joins the newest verdict of its run and path; an item no verdict on this page
    explains gets a row of its own when it was created inside the page's time `window`
    (from its oldest verdict up to the previous page's), so paging shows each item once. The
    one exception is an item whose verdict sits just across a page edge: it shows on both.
    """
    waiting: dict[tuple[str, str], list[ReviewItem]] = {}
    for item in items:
        waiting.setdefault((item.run_id, item.path), []).append(item)
    rows = []
    for index, verdict in enumerate(verdicts):
        queue = waiting.get((verdict.run_id, verdict.path))
        item = queue.pop() if queue else None
        rows.append(ReviewRow.of_verdict(f"v{offset + index}", verdict, item))
    since, until = window
    rows += [
        ReviewRow.of_item(item)
        for queue in waiting.values()
        for item in queue
        if since <= item.created_at < until
    ]
    return sorted(rows, key=lambda row: row.created_at, reverse=True)


def file_width(table_width: int, padding: int) -> int:
    """What the file column gets of `table_width` once the fixed columns have theirs."""
    fixed = sum((width or 0) + 2 * padding for _, _, width in COLUMNS)
    return max(MIN_FILE_WIDTH, table_width - fixed - SCROLLBAR)


class ReviewTable(DataTable[Any]):
    """Rows by key; `current` is the row under the cursor. Columns keep fixed widths that
    fill the table's width: nothing a row holds moves or hides a column."""

    # A row table: Home and End go to the first and last row (DataTable's scroll sideways).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.rows_by_key: dict[str, ReviewRow] = {}
        self._file_width = 0

    def on_resize(self) -> None:
        if file_width(self.size.width, self.cell_padding) != self._file_width:
            self.show_rows(list(self.rows_by_key.values()))

    def column_widths(self) -> dict[str, int]:
        """Each column's width as drawn (for readers and tests)."""
        return {str(key.value): column.width for key, column in self.columns.items()}

    def show_rows(self, rows: Sequence[ReviewRow]) -> None:
        """Replace the rows; the cursor stays on the same row when it is still there."""
        keep, old_index = self.current, self.cursor_row
        self._file_width = file_width(self.size.width, self.cell_padding)
        self.clear(columns=True)
        for label, key, width in COLUMNS:
            self.add_column(label, key=key, width=width or self._file_width)
        self.rows_by_key = {row.key: row for row in rows}
        for row in rows:
            self.add_row(*cells(row), key=row.key)
        if not rows:
            return
        index = min(max(old_index, 0), len(rows) - 1)
        if keep is not None and keep.key in self.rows_by_key:
            index = self.get_row_index(keep.key)
        self.move_cursor(row=index)

    @property
    def current(self) -> ReviewRow | None:
        if not self.rows_by_key or self.cursor_row < 0 or self.cursor_row >= self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return self.rows_by_key.get(str(row_key.value))


def cells(row: ReviewRow) -> tuple[Any, ...]:
    mark, style = REVIEW_MARKS.get(row.item.status, ("", "")) if row.item else ("", "")
    return (
        Text(mark, style=style),
        Text(*OUTCOME_CELLS.get(row.outcome, (row.outcome, ""))),
        row.path,
        ", ".join(rule.split("-")[0] for rule in row.rule_ids) or "—",
        time.strftime(WHEN_FORMAT, time.localtime(row.created_at)),
    )
