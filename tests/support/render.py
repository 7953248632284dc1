"""Test support: run the four generator SWEAs in dependency order, without a kernel.

The kernel does the same through waves, staging and the TechLead; tests of the templates and
the benchmark only need the files. This lives under tests/ on purpose: the package has one way
to run SWEAs (`baes_tui.runs.pipeline.run_generation`).
"""

from __future__ import annotations

from pathlib import Path

from baes_tui.core.models import Intent, Recognition
from baes_tui.sweas.backend import BackendSWEA
from baes_tui.sweas.base import SWEA, GeneratedFile, Registry, TaskContext, TaskOutput
from baes_tui.sweas.database import DatabaseSWEA
from baes_tui.sweas.frontend import FrontendSWEA
from baes_tui.sweas.tests import TestSWEA


def generator_sweas() -> tuple[SWEA, ...]:
    """Database, Backend, Frontend, Test — in the order their outputs depend on each other."""
    return (DatabaseSWEA(), BackendSWEA(), FrontendSWEA(), TestSWEA())


def recognition_for(after: Registry, before: Registry, intent: Intent) -> Recognition:
    """A recognition naming the last entity of the change (what the SWEAs' notes mention)."""
    entity = (after.entities or before.entities)[-1]
    return Recognition(
        request=f"{intent} {entity.name}",
        normalized_key=entity.name.lower(),
        intent=intent,
        entities=(entity,),
        confidence=1.0,
    )


def run_sweas(
    before: Registry,
    after: Registry,
    intent: Intent = Intent.CREATE_ENTITY,
    *,
    existing_migrations: tuple[str, ...] = (),
    project: Path | None = None,
) -> tuple[dict[str, GeneratedFile], list[str]]:
    """Every file the four SWEAs produce for `before` -> `after` (by path), and the paths the
    change removes. `project` is the folder the files will land in (the committed project's
    role): the SWEAs skip what it already holds unchanged."""
    recognition = recognition_for(after, before, intent)
    files: dict[str, GeneratedFile] = {}
    removed: set[str] = set()
    inputs: dict[str, TaskOutput] = {}
    for swea in generator_sweas():
        ctx = TaskContext(
            task=swea.task,
            recognition=recognition,
            entity=(after.entities or before.entities)[-1],
            before=before,
            after=after,
            existing_migrations=existing_migrations,
            inputs=dict(inputs),
            project_dir=project,
        )
        output = swea.run(ctx)
        inputs[swea.task] = output
        files.update((f.path, f) for f in output.files)
        removed.update(output.removed)
    return files, sorted(removed)


def render_project(
    before: Registry, after: Registry, intent: Intent = Intent.CREATE_ENTITY
) -> dict[str, GeneratedFile]:
    """The files of a change rendered from scratch (no project folder to reuse)."""
    return run_sweas(before, after, intent)[0]


def write_change(
    root: Path, before: Registry, after: Registry, intent: Intent = Intent.CREATE_ENTITY
) -> dict[str, GeneratedFile]:
    """Render the change into `root` the way the kernel commits it; returns what was written."""
    folder = root / "migrations"
    existing = tuple(sorted(p.name for p in folder.glob("*.sql"))) if folder.is_dir() else ()
    files, removed = run_sweas(before, after, intent, existing_migrations=existing, project=root)
    for path in removed:
        (root / path).unlink(missing_ok=True)
    for path, generated in sorted(files.items()):
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated.content, encoding="utf-8")
    return files
