"""What a change re-renders: only the files whose inputs changed, so a step's generation time
does not grow with the project.

Every generated file is a pure function of its template (name and version) and its context:
- an entity's files (model, repository, routes, pages, tests) of the entity's view, which holds
  its fields, its references and who references it;
- a link's files of the views of both sides;
- a shared file (app/main.py, the home page, README, conftest, test_app) of the whole
  registry;
- a static file (app/database.py, app/errors.py, the package markers, pyproject ...) of nothing.
A file is rendered when its context differs between `before` and `after` (shared files: when
the registry changed at all), when the project folder lacks it, or when the folder's copy was
made by another version of its template (its header says which). Everything else is left as
the project has it: the pipeline stages a copy of the project and merges the outputs over it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from baes_tui.sweas.base import GeneratedFile, Registry
from baes_tui.sweas.templates import (
    RETIRED_OUTPUTS,
    TemplateRef,
    TemplateRegistry,
    default_registry,
    header_for,
)
from baes_tui.sweas.views import (
    EntityView,
    entity_views,
    link_view,
    project_context,
    project_title,
)

HEADER_BYTES = 512  # the first line of a generated file names its template and version


class _Folder:
    """The project folder a task's files land in, asked whether a file can be kept as is.

    A file can be kept when the folder has it and its template's version is the current one.
    Versions are probed once per template: a run that meets a new version re-renders every
    file of that template, so all of them always carry the same version. Without a folder
    (tests that render in memory) the registry `before` is taken as the truth.
    """

    def __init__(self, root: Path | None, templates: TemplateRegistry) -> None:
        self.root = None if root is None else os.fspath(root)
        self.templates = templates
        self._versions: dict[str, bool] = {}
        self._listings: dict[str, frozenset[str]] = {}

    def has(self, path: str) -> bool:
        """Whether the folder holds `path` as a file (without a folder: never).

        Each directory is listed once per task (the folder does not change while it renders):
        one listing instead of a stat for every file of every entity.
        """
        if self.root is None:
            return False
        directory, _, name = path.rpartition("/")
        listing = self._listings.get(directory)
        if listing is None:
            listing = self._listings[directory] = self._files_in(directory)
        return name in listing

    def _files_in(self, directory: str) -> frozenset[str]:
        assert self.root is not None
        try:
            with os.scandir(os.path.join(self.root, directory)) as entries:
                return frozenset(entry.name for entry in entries if entry.is_file())
        except OSError:  # missing, not a directory, unreadable: it holds nothing usable
            return frozenset()

    def current(self, ref: TemplateRef) -> bool:
        if self.root is None:
            return True
        if not self.has(ref.output):
            return False
        if ref.name not in self._versions:
            self._versions[ref.name] = self._header_is_current(ref)
        return self._versions[ref.name]

    def _header_is_current(self, ref: TemplateRef) -> bool:
        assert self.root is not None
        try:
            with open(os.path.join(self.root, ref.output), "rb") as handle:
                first = handle.read(HEADER_BYTES).split(b"\n", 1)[0]
        except OSError:
            return False
        return first == _first_header_line(ref.output, ref.name, self.templates.version(ref.name))


@lru_cache(maxsize=4096)
def _first_header_line(output: str, template: str, version: int) -> bytes:
    return header_for(output, template, version).split("\n", 1)[0].encode("utf-8")


def render_task(
    task: str,
    before: Registry,
    after: Registry,
    project_extra: dict[str, Any] | None = None,
    templates: TemplateRegistry | None = None,
    project: Path | None = None,
) -> tuple[tuple[GeneratedFile, ...], tuple[str, ...]]:
    """The files of `task` that the change `before` -> `after` re-renders, and the paths
    `before` had that `after` no longer produces (a removed entity or link).

    `project` is the folder the files land in (the staging copy of the project); files it
    already holds unchanged are not rendered again.
    """
    registry = templates or default_registry()
    folder = _Folder(project, registry)
    # A first run renders everything, and so does a run that changes nothing (a reviewer
    # reopened the tasks: their files are rendered and reviewed again).
    full = not before.entities or before == after
    old_views = entity_views(before)
    new_views = entity_views(after)
    files: list[GeneratedFile] = []

    shared: dict[str, Any] | None = None
    for ref in registry.select(task):
        if not full and ref.feature == "static" and folder.current(ref):
            continue
        if shared is None:
            title = project_title(after)
            shared = {**project_context(after), "title": title, **(project_extra or {})}
        files.append(_render(registry, ref, shared))

    for spec in after.entities:
        view = new_views[spec.name]
        for ref in registry.select(task, spec):
            same = old_views.get(spec.name) == view
            if ref.link_target:
                same = same and old_views.get(ref.link_target) == new_views[ref.link_target]
            if not full and same and folder.current(ref):
                continue
            files.append(_render(registry, ref, _entity_context(ref, view, new_views)))

    produced = {ref.output for spec in after.entities for ref in registry.select(task, spec)}
    previous = {ref.output for spec in before.entities for ref in registry.select(task, spec)}
    retired = {path for path in RETIRED_OUTPUTS.get(task, ()) if folder.has(path)}
    return tuple(files), tuple(sorted((previous - produced) | retired))


def _entity_context(
    ref: TemplateRef, view: EntityView, views: dict[str, EntityView]
) -> dict[str, Any]:
    """The context of an entity-level template; a link template also gets owner and target."""
    context: dict[str, Any] = {"entity": view}
    if ref.link_target:
        target = views.get(ref.link_target)
        if target is None:
            raise KeyError(f"{view.name} links to {ref.link_target}, which is not in the registry")
        context.update(owner=view, target=target, link=link_view(view.name, ref.link_target))
    return context


def _render(registry: TemplateRegistry, ref: TemplateRef, context: dict[str, Any]) -> GeneratedFile:
    return GeneratedFile(
        path=ref.output,
        content=registry.render(ref.name, ref.output, context),
        template=f"templates/{ref.name}",
        template_version=str(registry.version(ref.name)),
    )
