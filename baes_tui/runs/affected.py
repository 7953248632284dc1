"""Which generated tests a run must pass before it commits.

`verify = "all"` (setting, `BAES_VERIFY`) runs the whole suite on every run. `"affected"`
(the default) runs, on the tree as it will be committed:
1. the project-level tests (tests/test_app.py: health, home page, every migration applied to
   an empty database) — always;
2. for every entity whose own files (model, repository, routes, pages, page templates, its
   tests) the run created, changed or renamed: its test files, and the test files of every
   many-to-many link it takes part in, as owner or as target;
3. the test files of a link whose own files the run created or changed;
4. test files the run changed that belong to no entity;
5. everything, when the run changed no entity's or link's files at all (only shared files
   such as app/main.py, app/database.py or tests/conftest.py, or a removed entity).
What it skips: the test files of entities whose own files the run did not change (a new link
to them runs the link's tests, not theirs), and test files baes did not generate (yours).
Shared files that change on most runs (app/main.py gains a router per entity) are exercised by
every test that runs, since each test starts the whole app. `baes verify` runs everything, at
any time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from baes_tui.sweas.base import Registry

if TYPE_CHECKING:
    from baes_tui.sweas.templates import TemplateRegistry

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
    # Deferred: the template registry imports Jinja2, which a run that changes nothing (an
    # up-to-date `baes generate`) never needs (tests/test_layers.py).
    from baes_tui.sweas.templates import default_registry

    registry = templates or default_registry()
    available_set, changed_set = set(files), set(changed)
    own, links = entity_files(after, registry)
    shared = {ref.output for ref in registry.select("integration_tests")} & available_set
    touched = [name for name, paths in own.items() if paths & changed_set]
    linked = [
        paths
        for (owner, target), paths in links.items()
        if owner in touched or target in touched or paths & changed_set
    ]
    if not touched and not linked:
        return TestSelection(tuple(files))
    generated = set().union(*own.values(), *links.values())
    chosen = set(shared)
    for name in touched:
        chosen.update(own[name] & available_set)
    for paths in linked:
        chosen.update(paths & available_set)
    chosen.update(p for p in changed_set & available_set if p not in generated)
    run = tuple(p for p in files if p in chosen)
    skipped = tuple(p for p in files if p not in chosen)
    named = touched or sorted(
        {name for (o, t), p in links.items() if p & changed_set for name in (o, t)}
    )
    return TestSelection(run, skipped, tuple(named))


def entity_files(
    after: Registry, templates: TemplateRegistry
) -> tuple[dict[str, set[str]], dict[tuple[str, str], set[str]]]:
    """Every generated path of each entity (its own files), and of each many-to-many link
    (by owner and target)."""
    from baes_tui.sweas.templates import CATALOG  # deferred: see select_tests

    own: dict[str, set[str]] = {spec.name: set() for spec in after.entities}
    links: dict[tuple[str, str], set[str]] = {}
    for spec in after.entities:
        for task in CATALOG:
            for ref in templates.select(task, spec):
                if ref.link_target:
                    links.setdefault((spec.name, ref.link_target), set()).add(ref.output)
                else:
                    own[spec.name].add(ref.output)
    return own, links
