"""Which generated tests a run must pass before it commits.

`verify = "all"` (setting, `BAES_VERIFY`) runs the whole suite on every run. `"affected"`
(the default) runs, on the tree as it will be committed:
1. the project-level tests (tests/test_app.py: health, home page, every migration applied to
   an empty database) — always;
2. for every entity whose own files (model, repository, routes, pages, page templates, its
   tests) the run created, changed or renamed: its test files, and the link test files it
   takes part in, as owner or as target;
3. test files the run changed that belong to no entity;
4. everything, when the run changed no entity's files at all (only shared files such as
   app/main.py, app/database.py or tests/conftest.py, or a removed entity).
What it skips: the test files of entities whose files the run did not change, and test files
baes did not generate (yours). Shared files that change on most runs (app/main.py gains a
router per entity) are exercised by every test that runs, since each test starts the whole
app. `baes verify` runs everything, at any time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from baes_tui.sweas.base import Registry
from baes_tui.sweas.templates import CATALOG, TemplateRegistry, default_registry

VerifyMode = Literal["affected", "all"]
VERIFY_MODES: tuple[VerifyMode, ...] = ("affected", "all")


@dataclass(frozen=True, slots=True)
class TestSelection:
    """The test files to run and those skipped, with the entities that made the choice."""

    __test__ = False

    run: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return not self.skipped

    def describe(self) -> str:
        """One line for the run's notes: what ran, what did not, and how to run it all."""
        total = len(self.run) + len(self.skipped)
        if self.everything:
            return f"verified with the whole generated suite ({total} test files)"
        names = ", ".join(self.entities) or "the changed files"
        return (
            f"verified with the tests of {names} ({len(self.run)} of {total} test files; "
            "`baes verify` runs them all)"
        )


def select_tests(
    after: Registry,
    changed: Collection[str],
    available: Iterable[str],
    *,
    mode: VerifyMode = "affected",
    templates: TemplateRegistry | None = None,
) -> TestSelection:
    """Choose the test files among `available` for a run that changed `changed` paths."""
    files = sorted(available)
    if mode == "all" or not files:
        return TestSelection(tuple(files))
    registry = templates or default_registry()
    groups = entity_files(after, registry)
    shared = {
        ref.output for ref in registry.select("integration_tests") if ref.output in set(files)
    }
    owned = {path for paths in groups.values() for path in paths}
    touched = [name for name, paths in groups.items() if paths & set(changed)]
    if not touched:
        return TestSelection(tuple(files))
    chosen = set(shared)
    for name in touched:
        chosen.update(p for p in groups[name] if p in set(files))
    chosen.update(p for p in changed if p in set(files) and p not in owned)
    run = tuple(p for p in files if p in chosen)
    skipped = tuple(p for p in files if p not in chosen)
    return TestSelection(run, skipped, tuple(touched))


def entity_files(after: Registry, templates: TemplateRegistry) -> dict[str, set[str]]:
    """Every generated path of each entity, its link files included (as owner and target)."""
    groups: dict[str, set[str]] = {spec.name: set() for spec in after.entities}
    for spec in after.entities:
        for task in CATALOG:
            for ref in templates.select(task, spec):
                groups[spec.name].add(ref.output)
                if ref.link_target in groups:
                    groups[ref.link_target].add(ref.output)
    return groups
