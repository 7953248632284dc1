"""FrontendSWEA: the server-rendered HTML pages (page routers and Jinja2 templates)."""

from __future__ import annotations

from dataclasses import dataclass

from baes_tui.sweas.base import TaskContext, TaskOutput
from baes_tui.sweas.changes import render_task
from baes_tui.sweas.templates import TemplateRegistry


@dataclass(frozen=True)
class FrontendSWEA:
    """Renders a list page with a create form, and an edit form, for every entity."""

    templates: TemplateRegistry | None = None
    name: str = "FrontendSWEA"
    task: str = "frontend_ui"

    def run(self, ctx: TaskContext) -> TaskOutput:
        ctx.progress("rendering pages")
        files, removed = render_task(
            self.task, ctx.before, ctx.after, None, self.templates, project=ctx.project_dir
        )
        return TaskOutput(task=self.task, files=files, removed=removed)
