"""Records the project's state database gives back: verdicts, review items, runs.

They cross from the runs layer to both faces, so they live with the shared vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

from baes_tui.core.errors import BaesError

CUSTOM_LOGIC_PATH = "(custom logic)"


class ReviewItemNotFound(BaesError):
    """No review item has that id."""


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    run_id: str
    task: str
    path: str
    outcome: str
    rule_ids: tuple[str, ...]
    feedback: tuple[str, ...]
    created_at: float
    id: int = 0


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One entry of the review queue. `status`: open | approved | rejected | discarded."""

    id: int
    run_id: str
    task: str
    entity: str
    path: str
    outcome: str
    reason: str
    feedback: tuple[str, ...]
    status: str
    created_at: float
    note: str = ""
    rule_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RunSummary:
    id: str
    request: str
    intent: str
    entity: str
    status: str
    started_at: float
    finished_at: float | None
    error: str | None
