"""TestSWEA: the generated project's own test suite. Running it is the kernel's job.

`test_workers` is the one decision about how to run it that depends on what was generated:
how many pytest processes pay for themselves. baes' runner (runs/testrun.py) splits the test
files that run into that many shards, each in a warm interpreter of its own; pytest-xdist
stays in the generated requirements for a person who runs `pytest -n 2` by hand.
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
# A process costs about a second of CPU before its first test (interpreter, app import,
# collection, the template database) and competes with the first on a shared machine; below
# this many tests one process finishes first (bench_generation: 568 tests, one process beat
# two under load).
PARALLEL_FROM_TESTS = 300
MAX_WORKERS = 2


def expected_tests(registry: Registry) -> int:
    """About how many tests the generated suite of `registry` has."""
    links = sum(r.kind == "many_to_many" for spec in registry.entities for r in spec.relationships)
    return TESTS_PER_ENTITY * len(registry.entities) + TESTS_PER_LINK * links


def test_workers(registry: Registry, cpus: int | None = None) -> int:
    """How many processes should run the generated suite of `registry`: 1, or 2 when it is
    large enough and the machine has the cores."""
    return workers_for(expected_tests(registry), cpus)


def workers_for(tests: int, cpus: int | None = None) -> int:
    """How many processes should run `tests` generated tests (all of a suite, or the part a
    run selected): 1, or 2 when they are enough to pay for a second process and the machine
    has the cores."""
    available = cpus if cpus is not None else (os.cpu_count() or 1)
    if available < 2 or tests < PARALLEL_FROM_TESTS:
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
            self.task, ctx.before, ctx.after, None, self.templates, project=ctx.project_dir
        )
        return TaskOutput(task=self.task, files=files, removed=removed)
