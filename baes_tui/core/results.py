"""The typed outcome of a run, from the kernel to both faces.

`RunResult` travels whole: the pipeline returns it, `RunFinished` carries it, the TUI renders
its attributes, and only the CLI's `--json` turns it into the contract's dictionary
(`to_dict`, docs/cli.md) — at the edge, never to be read back by string keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from baes_tui.core.models import EntitySpec, Recognition
from baes_tui.core.verdicts import OUTCOMES, VerdictOutcome

RunStatus = Literal["completed", "needs_review", "failed", "needs_clarification", "cancelled"]
TaskStatus = Literal["pending", "running", "done", "failed", "cancelled"]
RunPath = Literal["template", "llm", "mixed"]
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def no_verdicts() -> dict[VerdictOutcome, int]:
    """Every outcome at zero: the shape of a run's verdict counts."""
    return dict.fromkeys(OUTCOMES, 0)


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """How one task ended, for the `waves` part of the run result."""

    task: str
    status: TaskStatus
    duration_ms: float = 0.0
    error: str | None = None
    files: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"task": self.task, "status": self.status, "duration_ms": round(self.duration_ms, 3)}


@dataclass(frozen=True, slots=True)
class TestReport:
    """Outcome of one run of the generated suite (`tests` in the run result)."""

    __test__ = False

    passed: int
    failed: int
    errors: int = 0
    failing: tuple[str, ...] = ()
    returncode: int = 0

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.failed == 0 and self.errors == 0 and self.passed > 0

    def to_dict(self) -> dict[str, int]:
        return {"passed": self.passed, "failed": self.failed + self.errors}


@dataclass(frozen=True, slots=True)
class RunResult:
    """The outcome of one `generate`. `message` and `notes` are for people (stderr, the TUI).

    `entities` are the entities the run created or changed, in plan order, as they are after
    the run (the recognized ones when the run ended before planning).
    """

    status: RunStatus
    recognition: Recognition
    run_id: str
    exit_code: int
    entities: tuple[EntitySpec, ...] = ()
    path: RunPath = "template"
    waves: tuple[tuple[TaskRecord, ...], ...] = ()
    wave_durations_ms: tuple[float, ...] = ()  # wall time of each wave, as WaveFinished said
    verdicts: Mapping[VerdictOutcome, int] = field(default_factory=no_verdicts)
    tests: TestReport | None = None
    files: tuple[str, ...] = ()
    tokens: int = 0
    duration_ms: float = 0.0
    error: str | None = None
    message: str = ""
    notes: tuple[str, ...] = ()
    review_items: tuple[int, ...] = ()
    llm_calls: int = 0  # answers asked of the LLM: reading, writing, reviewing
    llm_validations: int = 0  # uncertain files the LLM reviewer was asked to decide

    @property
    def entity(self) -> EntitySpec | None:
        """The first entity the run touched (one-entity callers)."""
        if self.entities:
            return self.entities[0]
        return self.recognition.entity

    def to_dict(self) -> dict[str, Any]:
        """Exactly the `baes generate --json` object (docs/cli.md)."""
        rec = self.recognition
        entities = self.entities or rec.entities
        return {
            "status": self.status,
            "request": rec.request,
            "normalized_key": rec.normalized_key,
            "cache": rec.cache,
            "intent": str(rec.intent),
            "confidence": round(rec.confidence, 3),
            "entities": [e.to_dict() for e in entities],
            "entity": entities[0].to_dict() if entities else None,
            "path": self.path,
            "waves": [[t.to_dict() for t in wave] for wave in self.waves],
            "verdicts": dict(self.verdicts),
            "tests": self.tests.to_dict() if self.tests else None,
            "files": list(self.files),
            "tokens": self.tokens,
            "duration_ms": round(self.duration_ms, 3),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of `baes verify`: the whole generated suite and the rule catalog, run on
    the project as it is (hand edits included). `rejected` are the files the rules reject,
    each with its feedback."""

    project: str
    tests: TestReport | None
    test_files: int
    verdicts: Mapping[VerdictOutcome, int] = field(default_factory=no_verdicts)
    rejected: tuple[str, ...] = ()
    error: str | None = None
    duration_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.rejected and bool(self.tests and self.tests.ok)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_FAILED

    def to_dict(self) -> dict[str, Any]:
        """The `baes verify --json` object."""
        return {
            "status": "passed" if self.ok else "failed",
            "project": self.project,
            "tests": self.tests.to_dict() if self.tests else None,
            "failing": list(self.tests.failing) if self.tests else [],
            "test_files": self.test_files,
            "verdicts": dict(self.verdicts),
            "rejected": list(self.rejected),
            "duration_ms": round(self.duration_ms, 3),
            "error": self.error,
        }
