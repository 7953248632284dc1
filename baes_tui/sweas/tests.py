"""TestSWEA: the generated project's own test suite. Running it is the kernel's job."""

from __future__ import annotations

from dataclasses import dataclass

from baes_tui.sweas.base import TaskContext, TaskOutput
from baes_tui.sweas.changes import render_task
from baes_tui.sweas.templates import TemplateRegistry


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
