"""Run the four generator SWEAs in dependency order without a kernel.

For tests, the benchmark and scripts: the kernel does the same through waves, staging and the
TechLead, but the files it gets from the SWEAs are exactly these.
"""

from __future__ import annotations

from pathlib import Path

from baes_tui.core.models import Recognition
from baes_tui.sweas.backend import BackendSWEA
from baes_tui.sweas.base import GeneratedFile, Registry, TaskContext, TaskOutput
from baes_tui.sweas.database import DatabaseSWEA
from baes_tui.sweas.frontend import FrontendSWEA
from baes_tui.sweas.templates import TemplateRegistry
from baes_tui.sweas.tests import TestSWEA


def generator_sweas(templates: TemplateRegistry | None = None) -> tuple:
    """Database, Backend, Frontend, Test — in the order their outputs depend on each other."""
    return (
        DatabaseSWEA(templates),
        BackendSWEA(templates),
        FrontendSWEA(templates),
        TestSWEA(templates),
    )


def render_project(
    before: Registry,
    after: Registry,
    recognition: Recognition,
    existing_migrations: tuple[str, ...] = (),
    templates: TemplateRegistry | None = None,
) -> dict[str, GeneratedFile]:
    """Every file the four SWEAs produce for the change `before` -> `after`, by path."""
    entity = recognition.entity or (after.entities[0] if after.entities else None)
    if entity is None:
        raise ValueError("render_project needs an entity: the recognition names none")
    files: dict[str, GeneratedFile] = {}
    inputs: dict[str, TaskOutput] = {}
    for swea in generator_sweas(templates):
        ctx = TaskContext(
            task=swea.task,
            recognition=recognition,
            entity=entity,
            before=before,
            after=after,
            existing_migrations=existing_migrations,
            inputs=dict(inputs),
        )
        output = swea.run(ctx)
        inputs[swea.task] = output
        files.update((f.path, f) for f in output.files)
    return files


def removed_paths(before: Registry, after: Registry, recognition: Recognition) -> list[str]:
    """What the change deletes from the project (a removed entity's or link's files)."""
    entity = recognition.entity or (after.entities[0] if after.entities else before.entities[0])
    removed: set[str] = set()
    for swea in generator_sweas():
        ctx = TaskContext(swea.task, recognition, entity, before, after)
        removed.update(swea.run(ctx).removed)
    return sorted(removed)


def write_project(root: Path, files: dict[str, GeneratedFile], removed: list[str] = ()) -> None:
    """Write rendered files under `root` (tests and the benchmark; the kernel stages instead)."""
    for path in removed:
        (root / path).unlink(missing_ok=True)
    for path, generated in sorted(files.items()):
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated.content, encoding="utf-8")
