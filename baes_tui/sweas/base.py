"""What every SWEA shares: the inputs a task gets and the outputs it returns.

A task never writes into the project or shares mutable state with another task of its wave:
it gets a `TaskContext` and returns a `TaskOutput`; the kernel merges outputs into the staging
folder. Rendering is pure (registry in, files out), so regenerating from the same registry gives
byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from baes_tui.core.models import EntitySpec, Recognition, Registry

__all__ = ["SWEA", "GeneratedFile", "Registry", "TaskContext", "TaskOutput"]


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """One file a task produced; `path` is relative to the project root, POSIX style."""

    path: str
    content: str
    template: str = ""
    template_version: str = ""


@dataclass(frozen=True, slots=True)
class TaskContext:
    """Everything a task may read. `before`/`after` let a task write a change as a diff
    (the DatabaseSWEA turns it into a numbered migration).

    `project_dir` is the project as committed (read it to see which files exist and which
    template version made them); `staging_dir` holds only what this run changed so far.
    """

    task: str
    recognition: Recognition
    entity: EntitySpec
    before: Registry
    after: Registry
    existing_migrations: tuple[str, ...] = ()
    inputs: Mapping[str, TaskOutput] = field(default_factory=dict)
    staging_dir: Path | None = None
    project_dir: Path | None = None
    progress: Callable[[str], None] = field(default=lambda _msg: None)


@dataclass(frozen=True, slots=True)
class TaskOutput:
    task: str
    files: tuple[GeneratedFile, ...] = ()
    notes: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # project paths the change deletes (remove_entity)


class SWEA(Protocol):
    """A generator role. `task` is its node in the dependency graph."""

    name: str
    task: str

    def run(self, ctx: TaskContext) -> TaskOutput: ...
