"""BackendSWEA: the FastAPI side of the project — models, repositories, routers, app, docs.

It renders what the change touches (see `changes.render_task`); regenerating from the same
registry gives byte-identical files.
"""

from __future__ import annotations

from dataclasses import dataclass

from baes_tui.core.names import to_snake_case
from baes_tui.sweas.base import Registry, TaskContext, TaskOutput
from baes_tui.sweas.changes import render_task
from baes_tui.sweas.templates import TemplateRegistry
from baes_tui.sweas.views import all_links


def router_imports(registry: Registry) -> tuple[list[tuple[str, str]], list[str]]:
    """`(module, alias)` imports for app/main.py, sorted as ruff sorts them, and the aliases
    in include order: every API router (entities, then links), then every page router."""
    api = [
        (f"app.routes.{to_snake_case(spec.name)}", f"{to_snake_case(spec.name)}_api")
        for spec in registry.entities
    ]
    links = [(f"app.routes.{link.table}", f"{link.table}_api") for link in all_links(registry)]
    pages = [("app.pages.index", "index_page")] + [
        (f"app.pages.{to_snake_case(spec.name)}", f"{to_snake_case(spec.name)}_pages")
        for spec in registry.entities
    ]
    ordered = api + links + pages
    return sorted(ordered), [alias for _, alias in ordered]


@dataclass(frozen=True)
class BackendSWEA:
    """Renders the JSON API and the project files around it."""

    templates: TemplateRegistry | None = None
    name: str = "BackendSWEA"
    task: str = "backend_api"

    def run(self, ctx: TaskContext) -> TaskOutput:
        imports, routers = router_imports(ctx.after)
        ctx.progress("rendering models, repositories and routers")
        files, removed = render_task(
            self.task,
            ctx.before,
            ctx.after,
            {"imports": imports, "routers": routers},
            self.templates,
            project=ctx.project_dir,
        )
        return TaskOutput(task=self.task, files=files, removed=removed)
