"""The one event stream: typed, immutable events that the kernel emits.

The CLI prints them, the TUI renders them, tests assert on them. A producer takes an
`EventSink` (a plain callable) so that no face polls core state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from baes_tui.core.results import RunResult, RunStatus, TaskStatus
from baes_tui.core.verdicts import Verdict, VerdictOutcome


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    run_id: str
    at: float = field(default_factory=time.time)

    @property
    def kind(self) -> str:
        return type(self).__name__


@dataclass(frozen=True, slots=True, kw_only=True)
class RunStarted(Event):
    request: str
    project: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanReady(Event):
    """The waves the kernel will run, in order: task names per wave."""

    waves: tuple[tuple[str, ...], ...]
    path: Literal["template", "llm", "mixed"] = "template"


@dataclass(frozen=True, slots=True, kw_only=True)
class WaveStarted(Event):
    index: int
    tasks: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskStarted(Event):
    task: str
    wave: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskProgress(Event):
    """A line of a task's log (for the test run: one line of pytest output)."""

    task: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskFinished(Event):
    task: str
    duration_ms: float
    files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskFailed(Event):
    task: str
    duration_ms: float
    error: str
    status: TaskStatus = "failed"


@dataclass(frozen=True, slots=True, kw_only=True)
class WaveFinished(Event):
    index: int
    duration_ms: float


@dataclass(frozen=True, slots=True, kw_only=True)
class VerdictIssued(Event):
    """The TechLead's (or a reviewer's) verdict on one file of one task, findings included."""

    task: str
    verdict: Verdict

    @property
    def path(self) -> str:
        return self.verdict.path

    @property
    def outcome(self) -> VerdictOutcome:
        return self.verdict.outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItemAdded(Event):
    item_id: int
    path: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RunFinished(Event):
    status: RunStatus
    result: RunResult


EventSink = Callable[[Event], None]


def discard(_event: Event) -> None:
    """A sink for callers that do not watch the run."""
