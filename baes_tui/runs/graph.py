"""The SWEA task dependency graph and its topological waves (seed §6).

A wave is the set of tasks whose dependencies are all done; tasks of a wave run concurrently.
The graph is checked when it is built — unknown dependencies and cycles are refused before any
task runs, because a half-run plan is exactly what the kernel promises never to leave behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from baes_tui.core.errors import BaesError

DATABASE_SCHEMA = "database_schema"
BACKEND_API = "backend_api"
FRONTEND_UI = "frontend_ui"
INTEGRATION_TESTS = "integration_tests"

# Backend needs the schema (foreign keys); the tests need everything; the rest is independent.
STANDARD_DEPENDENCIES: Mapping[str, tuple[str, ...]] = {
    DATABASE_SCHEMA: (),
    FRONTEND_UI: (),
    BACKEND_API: (DATABASE_SCHEMA,),
    INTEGRATION_TESTS: (DATABASE_SCHEMA, BACKEND_API, FRONTEND_UI),
}


class DependencyGraphError(BaesError):
    """The task graph cannot be run: a dependency is unknown or the tasks form a cycle."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class TaskDependencyGraph:
    """Tasks and what each needs first; build it with `from_mapping` so it is always valid."""

    dependencies: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Iterable[str]]) -> TaskDependencyGraph:
        """Validate and freeze `task -> dependencies`; raises DependencyGraphError."""
        frozen = {task: tuple(dict.fromkeys(deps)) for task, deps in mapping.items()}
        unknown = sorted(
            f"{task} -> {dep}" for task, deps in frozen.items() for dep in deps if dep not in frozen
        )
        if unknown:
            raise DependencyGraphError(
                f"unknown task dependencies: {', '.join(unknown)}; "
                "every dependency must be a task of the plan"
            )
        graph = cls(tuple(sorted(frozen.items())))
        graph.waves()  # refuses cycles now, not halfway through a run
        return graph

    @classmethod
    def standard(cls) -> TaskDependencyGraph:
        """The four SWEA tasks of a standard CRUD entity."""
        return cls.from_mapping(STANDARD_DEPENDENCIES)

    @property
    def tasks(self) -> tuple[str, ...]:
        return tuple(task for task, _ in self.dependencies)

    def dependencies_of(self, task: str) -> tuple[str, ...]:
        for name, deps in self.dependencies:
            if name == task:
                return deps
        raise KeyError(task)

    def waves(self) -> tuple[tuple[str, ...], ...]:
        """Topological layers, each sorted by name so a plan reads the same every time."""
        remaining = dict(self.dependencies)
        done: set[str] = set()
        waves: list[tuple[str, ...]] = []
        while remaining:
            ready = sorted(t for t, deps in remaining.items() if done.issuperset(deps))
            if not ready:
                cycle = _find_cycle(remaining)
                raise DependencyGraphError(
                    f"the tasks form a dependency cycle: {' -> '.join(cycle)}; "
                    "remove one of these dependencies"
                )
            waves.append(tuple(ready))
            done.update(ready)
            for task in ready:
                del remaining[task]
        return tuple(waves)


def _find_cycle(graph: Mapping[str, tuple[str, ...]]) -> list[str]:
    """One cycle among tasks that could not be ordered, closed (`a -> b -> a`), for the error."""
    for start in sorted(graph):
        path: list[str] = [start]
        seen = {start}
        node = start
        while True:
            nxt = next((d for d in sorted(graph[node]) if d in graph), None)
            if nxt is None:
                break
            if nxt in seen:
                return [*path[path.index(nxt) :], nxt]
            path.append(nxt)
            seen.add(nxt)
            node = nxt
    return sorted(graph)
