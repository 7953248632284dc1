"""The wave kernel with small SWEA doubles: real concurrency, fail-fast, cancellation, events."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping

import pytest

from baes_tui.core import events as ev
from baes_tui.core.errors import ParallelExecutionError
from baes_tui.core.models import EntitySpec, Intent, Recognition
from baes_tui.runs.graph import TaskDependencyGraph
from baes_tui.runs.kernel import WaveKernel
from baes_tui.sweas.base import GeneratedFile, Registry, TaskContext, TaskOutput

ENTITY = EntitySpec("Student")
RECOGNITION = Recognition("create student", "create student", Intent.CREATE_ENTITY, ENTITY, 0.9)


class Double:
    """A SWEA double: `behaviour(ctx)` runs in the worker thread, then a one-file output."""

    name = "double"

    def __init__(self, task: str, behaviour: Callable[[TaskContext], None] = lambda _c: None):
        self.task = task
        self.behaviour = behaviour

    def run(self, ctx: TaskContext) -> TaskOutput:
        self.behaviour(ctx)
        return TaskOutput(self.task, files=(GeneratedFile(f"{self.task}.txt", self.task),))


def make_context(
    task: str, inputs: Mapping[str, TaskOutput], progress: Callable[[str], None]
) -> TaskContext:
    return TaskContext(
        task=task,
        recognition=RECOGNITION,
        entity=ENTITY,
        before=Registry(),
        after=Registry((ENTITY,)),
        inputs=inputs,
        progress=progress,
    )


def kernel_for(
    deps: Mapping[str, list[str]], sweas: dict[str, Double], seen: list[ev.Event]
) -> WaveKernel:
    return WaveKernel(TaskDependencyGraph.from_mapping(deps), sweas, run_id="r1", emit=seen.append)


STANDARD = {
    "database_schema": [],
    "frontend_ui": [],
    "backend_api": ["database_schema"],
    "integration_tests": ["database_schema", "backend_api", "frontend_ui"],
}


async def test_tasks_of_one_wave_really_run_at_the_same_time() -> None:
    # Each task waits at a two-party barrier: run one after the other, it would break.
    barrier = threading.Barrier(2, timeout=10)
    sweas = {t: Double(t, lambda _c: barrier.wait()) for t in ("a", "b")}
    seen: list[ev.Event] = []
    outputs = await kernel_for({"a": [], "b": []}, sweas, seen).run(make_context)
    assert set(outputs) == {"a", "b"}
    assert not barrier.broken


async def test_later_waves_get_earlier_outputs_and_see_them_merged() -> None:
    merged: list[str] = []
    observed: dict[str, tuple[list[str], list[str]]] = {}

    def remember(ctx: TaskContext) -> None:
        observed[ctx.task] = (sorted(ctx.inputs), list(merged))

    sweas = {t: Double(t, remember) for t in STANDARD}

    async def merge(output: TaskOutput) -> None:
        merged.append(output.task)

    seen: list[ev.Event] = []
    kernel = kernel_for(STANDARD, sweas, seen)
    await kernel.run(make_context, merge=merge)

    assert observed["backend_api"] == (
        ["database_schema", "frontend_ui"],
        ["database_schema", "frontend_ui"],
    )
    assert observed["integration_tests"][0] == ["backend_api", "database_schema", "frontend_ui"]
    assert merged[-1] == "integration_tests"
    assert [[r.status for r in wave] for wave in kernel.records()] == [
        ["done", "done"],
        ["done"],
        ["done"],
    ]


async def test_events_tell_the_run_wave_by_wave() -> None:
    seen: list[ev.Event] = []
    await kernel_for(STANDARD, {t: Double(t) for t in STANDARD}, seen).run(make_context)
    kinds = [(e.kind, getattr(e, "task", getattr(e, "index", None))) for e in seen]
    wave_marks = [k for k in kinds if k[0] in ("WaveStarted", "WaveFinished")]
    assert wave_marks == [
        ("WaveStarted", 0),
        ("WaveFinished", 0),
        ("WaveStarted", 1),
        ("WaveFinished", 1),
        ("WaveStarted", 2),
        ("WaveFinished", 2),
    ]
    finished = [e for e in seen if isinstance(e, ev.TaskFinished)]
    assert {e.task for e in finished} == set(STANDARD)
    assert all(e.duration_ms >= 0 and e.files == (f"{e.task}.txt",) for e in finished)
    backend_start = kinds.index(("TaskStarted", "backend_api"))
    assert kinds.index(("WaveFinished", 0)) < backend_start


async def test_first_failure_cancels_the_rest_and_stops_the_run() -> None:
    release = threading.Event()

    def explode(_ctx: TaskContext) -> None:
        raise RuntimeError("schema template missing")

    def slow(_ctx: TaskContext) -> None:
        release.wait(timeout=30)

    sweas = {
        "database_schema": Double("database_schema", explode),
        "frontend_ui": Double("frontend_ui", slow),
        "backend_api": Double("backend_api"),
        "integration_tests": Double("integration_tests"),
    }
    seen: list[ev.Event] = []
    kernel = kernel_for(STANDARD, sweas, seen)
    try:
        with pytest.raises(ParallelExecutionError) as caught:
            await kernel.run(make_context)
    finally:
        release.set()
    assert caught.value.failures == {"database_schema": "schema template missing"}
    assert "database_schema: schema template missing" in str(caught.value)
    statuses = {r.task: r.status for wave in kernel.records() for r in wave}
    assert statuses == {
        "database_schema": "failed",
        "frontend_ui": "cancelled",
        "backend_api": "pending",
        "integration_tests": "pending",
    }
    failed = {e.task: e.status for e in seen if isinstance(e, ev.TaskFailed)}
    assert failed == {"database_schema": "failed", "frontend_ui": "cancelled"}
    assert not any(isinstance(e, ev.TaskStarted) and e.task == "backend_api" for e in seen)


async def test_error_names_every_task_that_failed_in_the_wave() -> None:
    gate = asyncio.Event()
    arrived: list[str] = []

    async def review(task: str, _output: TaskOutput) -> None:
        arrived.append(task)
        if len(arrived) == 2:
            gate.set()
        await gate.wait()
        raise ValueError(f"{task} breaks rule R1")

    sweas = {t: Double(t) for t in ("a", "b")}
    with pytest.raises(ParallelExecutionError) as caught:
        await kernel_for({"a": [], "b": []}, sweas, []).run(make_context, review=review)
    assert caught.value.failures == {"a": "a breaks rule R1", "b": "b breaks rule R1"}


async def test_cancelling_the_run_marks_running_tasks_cancelled_and_propagates() -> None:
    release = threading.Event()
    started = asyncio.Event()
    seen: list[ev.Event] = []

    def sink(event: ev.Event) -> None:
        seen.append(event)
        if isinstance(event, ev.TaskStarted) and event.task == "frontend_ui":
            started.set()

    sweas = {t: Double(t) for t in STANDARD}
    sweas["frontend_ui"] = Double("frontend_ui", lambda _c: release.wait(timeout=30))
    kernel = WaveKernel(TaskDependencyGraph.from_mapping(STANDARD), sweas, run_id="r", emit=sink)
    running = asyncio.create_task(kernel.run(make_context))
    await started.wait()
    running.cancel()
    try:
        with pytest.raises(asyncio.CancelledError):
            await running
    finally:
        release.set()
    statuses = {r.task: r.status for wave in kernel.records() for r in wave}
    assert statuses["frontend_ui"] == "cancelled"
    assert statuses["backend_api"] == "pending"
    assert not any(isinstance(e, ev.WaveFinished) for e in seen)


async def test_progress_from_a_worker_thread_arrives_on_the_event_loop_thread() -> None:
    loop_thread = threading.get_ident()
    where: list[tuple[str, int]] = []

    def sink(event: ev.Event) -> None:
        if isinstance(event, ev.TaskProgress):
            where.append((event.message, threading.get_ident()))

    def talk(ctx: TaskContext) -> None:
        ctx.progress("rendering models")

    kernel = WaveKernel(
        TaskDependencyGraph.from_mapping({"a": []}), {"a": Double("a", talk)}, run_id="r", emit=sink
    )
    await kernel.run(make_context)
    assert where == [("rendering models", loop_thread)]


async def test_verifier_runs_after_merge_and_its_failure_fails_the_task() -> None:
    merged: list[str] = []

    async def merge(output: TaskOutput) -> None:
        merged.append(output.task)

    async def verify(ctx: TaskContext, output: TaskOutput) -> None:
        assert output.task in merged
        raise RuntimeError("2 generated test(s) failed: test_create, test_delete")

    seen: list[ev.Event] = []
    kernel = kernel_for({"t": []}, {"t": Double("t")}, seen)
    with pytest.raises(ParallelExecutionError, match="t: 2 generated test"):
        await kernel.run(make_context, merge=merge, verifiers={"t": verify})
    assert not any(isinstance(e, ev.TaskFinished) for e in seen)
    assert [r.status for r in kernel.records()[0]] == ["failed"]


def test_kernel_refuses_a_graph_task_without_a_swea() -> None:
    with pytest.raises(ValueError, match="no SWEA for tasks b"):
        WaveKernel(
            TaskDependencyGraph.from_mapping({"a": [], "b": []}),
            {"a": Double("a")},
            run_id="r",
            emit=lambda _e: None,
        )
