"""The task dependency graph: waves in dependency order, bad graphs refused up front."""

from __future__ import annotations

import pytest

from baes_tui.runs.graph import DependencyGraphError, TaskDependencyGraph


def test_standard_graph_runs_database_and_frontend_first_then_backend_then_tests() -> None:
    assert TaskDependencyGraph.standard().waves() == (
        ("database_schema", "frontend_ui"),
        ("backend_api",),
        ("integration_tests",),
    )


def test_waves_of_a_generic_graph_are_layers_sorted_by_name() -> None:
    graph = TaskDependencyGraph.from_mapping(
        {"z": [], "a": [], "m": ["z"], "b": ["a", "m"], "c": ["a"]}
    )
    assert graph.waves() == (("a", "z"), ("c", "m"), ("b",))
    assert graph.dependencies_of("b") == ("a", "m")


def test_unknown_dependency_is_refused_naming_it() -> None:
    with pytest.raises(DependencyGraphError, match=r"backend_api -> schema"):
        TaskDependencyGraph.from_mapping({"backend_api": ["schema"], "frontend_ui": []})


def test_cycle_is_refused_naming_the_tasks_in_it() -> None:
    with pytest.raises(DependencyGraphError) as caught:
        TaskDependencyGraph.from_mapping({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
    assert "a -> b -> c -> a" in str(caught.value)


def test_self_dependency_is_a_cycle() -> None:
    with pytest.raises(DependencyGraphError, match="a -> a"):
        TaskDependencyGraph.from_mapping({"a": ["a"]})
