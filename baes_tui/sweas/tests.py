"""TestSWEA: the generated project's own test suite. Running it is the kernel's job.

`test_workers` is the one decision about how to run it that depends on what was generated:
how many pytest-xdist workers pay for themselves (the runner passes `-n N` when N > 1).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from baes_tui.sweas.base import Registry, TaskContext, TaskOutput
from baes_tui.sweas.changes import render_task
from baes_tui.sweas.templates import TemplateRegistry

# Generated tests per entity and per many-to-many link (API, pages, links), roughly.
TESTS_PER_ENTITY = 30
TESTS_PER_LINK = 5
# A worker costs about a second of start-up (interpreter, app import, collection); below this
# many tests one process finishes first.
PARALLEL_FROM_TESTS = 300
MAX_WORKERS = 2


def expected_tests(registry: Registry) -> int:
    """About how many tests the generated suite of `registry` has."""
    links = sum(r.kind == "many_to_many" for spec in registry.entities for r in spec.relationships)
    return TESTS_PER_ENTITY * len(registry.entities) + TESTS_PER_LINK * links


def test_workers(registry: Registry, cpus: int | None = None) -> int:
    """How many processes should run the generated suite: 1, or 2 when it is large enough
    and the machine has the cores (pytest-xdist, `-n 2`)."""
    available = cpus if cpus is not None else (os.cpu_count() or 1)
    if available < 2 or expected_tests(registry) < PARALLEL_FROM_TESTS:
        return 1
    return min(MAX_WORKERS, available)


test_workers.__test__ = False  # type: ignore[attr-defined]  # a decision, not a pytest test


@dataclass(frozen=True)
class TestSWEA:
    """Renders API, page and link tests for every entity, plus application-wide tests."""

    __test__ = False  # a generator, not a pytest test class

    templates: TemplateRegistry | None = None
    name: str = "TestSWEA"
    task: str = "integration_tests"

    def run(self, ctx: TaskContext) -> TaskOutput:
        ctx.progress("rendering tests")
        files, removed = render_task(
            self.task, ctx.before, ctx.after, None, self.templates, project=ctx.staging_dir
        )
        return TaskOutput(task=self.task, files=files, removed=removed)
