"""Records the project's state database gives back: verdicts, review items, runs.

They cross from the runs layer to both faces, so they live with the shared vocabulary. A
verdict keeps its findings as structured values (rule id, line, message, fix) from the engine
to the Review screen: nothing downstream parses line numbers back out of text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from baes_tui.core.errors import BaesError
from baes_tui.core.verdicts import Finding, VerdictOutcome

CUSTOM_LOGIC_PATH = "(custom logic)"
CUSTOM_LOGIC_RULE = "custom-logic"  # the rule id of a custom-logic item: no rule decides it
LLM_WRITTEN_RULE = "llm-written"  # an LLM's module always waits for a person
CUSTOM_MODULES_DIR = "app/custom/"  # where modules an LLM wrote for custom logic go
# The rule id of a hand-edit conflict: a file the person changed that baes has a new version
# of (beside it, `<file>.baes-new`) or would delete. Resolved with keep or take, never with
# approve or reject.
HAND_EDIT_RULE = "hand-edit-conflict"
CONFLICT_STATUSES = ("kept", "taken")


class ReviewItemNotFound(BaesError):
    """No review item has that id."""


class _HasFindings:
    """What both records derive from their findings (for display and for the review queue)."""

    __slots__ = ()
    findings: tuple[Finding, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Ids of the rules that found something, each once, in order of first finding."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings if f.rule_id))

    @property
    def lines(self) -> tuple[int, ...]:
        """The lines the findings point at, ascending, each once (0 = the whole file)."""
        return tuple(sorted({f.line for f in self.findings if f.line > 0}))

    @property
    def feedback(self) -> tuple[str, ...]:
        """Each finding in words, for people and prompts."""
        return tuple(f.feedback if f.line > 0 else f.message for f in self.findings)

    def _findings_dict(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "rule_ids": list(self.rule_ids),
            "lines": list(self.lines),
        }


@dataclass(frozen=True, slots=True)
class StoredVerdict(_HasFindings):
    run_id: str
    task: str
    path: str
    outcome: VerdictOutcome
    findings: tuple[Finding, ...]
    created_at: float
    id: int = 0
    decided_by: str = "rules"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "run_id": self.run_id,
            "task": self.task,
            "path": self.path,
            "outcome": self.outcome,
            "decided_by": self.decided_by,
            "created_at": self.created_at,
            **self._findings_dict(),
        }


@dataclass(frozen=True, slots=True)
class ReviewItem(_HasFindings):
    """One entry of the review queue. `status`: open | approved | rejected | discarded, and
    for a hand-edit conflict (`is_conflict`) kept | taken."""

    id: int
    run_id: str
    task: str
    entity: str
    path: str
    outcome: VerdictOutcome
    reason: str
    findings: tuple[Finding, ...]
    status: str
    created_at: float
    note: str = ""
    file_kept: bool = False  # the file never landed; state.db keeps its text for review

    @property
    def kind(self) -> str:
        """ "custom_logic" (an LLM's module, or logic nothing generated) or "file"."""
        custom = self.path == CUSTOM_LOGIC_PATH or self.path.startswith(CUSTOM_MODULES_DIR)
        return "custom_logic" if custom else "file"

    @property
    def is_conflict(self) -> bool:
        """A hand-edit conflict: offer keep (yours) or take (baes' version)."""
        return any(f.rule_id == HAND_EDIT_RULE for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The `baes review list --json` shape of one item."""
        return {
            "id": self.id,
            "run_id": self.run_id,
            "task": self.task,
            "entity": self.entity,
            "path": self.path,
            "outcome": self.outcome,
            "status": self.status,
            "reason": self.reason,
            "note": self.note,
            "kind": self.kind,
            "file_kept": self.file_kept,
            "created_at": self.created_at,
            **self._findings_dict(),
        }


@dataclass(frozen=True, slots=True)
class HandEditConflict:
    """Both sides of a hand-edit conflict, for a reviewer to compare before keep or take.

    `yours` is the file in the project (None if you deleted it); `baes` is baes' new version
    from `beside` (None when the change deletes the file, or `beside` is gone).
    """

    item_id: int
    path: str
    beside: str
    yours: str | None
    baes: str | None


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
