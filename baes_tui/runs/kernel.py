"""The wave runner: tasks of a wave run concurrently, the first failure stops the run.

A SWEA's `run` is synchronous CPU work, so each one runs in a worker thread
(`asyncio.to_thread`): the tasks of a wave really overlap and the event loop (the TUI's, when the
TUI drives a run) never stalls. Tasks share nothing: each gets a `TaskContext` and returns a
`TaskOutput`; the kernel alone merges outputs (through the caller's `merge`) between waves.

Per wave:
1. every task runs (`swea.run` in a thread, then the caller's `review` of its output);
   tasks without a verifier are finished here;
2. the wave's outputs are merged, in task order (a merge error propagates as is: it is about
   the project, not a task);
3. tasks with a verifier (the integration tests: run the rendered suite) are verified
   concurrently against the merged staging folder, then finished.
The first failing task cancels its siblings; after the wave the kernel raises
ParallelExecutionError naming every task that failed and why. Cancelling the coroutine
(Ctrl-C, the UI) marks running tasks "cancelled" and lets CancelledError propagate.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from baes_tui.core.errors import ParallelExecutionError
from baes_tui.core.events import (
    EventSink,
    TaskFailed,
    TaskFinished,
    TaskProgress,
    TaskStarted,
    WaveFinished,
    WaveStarted,
)
from baes_tui.core.results import TaskRecord, TaskStatus
from baes_tui.runs.graph import TaskDependencyGraph
from baes_tui.sweas.base import SWEA, TaskContext, TaskOutput

ContextFactory = Callable[[str, Mapping[str, TaskOutput], Callable[[str], None]], TaskContext]
Review = Callable[[str, TaskOutput], Awaitable[None]]
Merge = Callable[[TaskOutput], Awaitable[None]]
Verifier = Callable[[TaskContext, TaskOutput], Awaitable[None]]


class _TaskError(Exception):
    """Internal: carries a task failure out of the task group (already recorded)."""


def describe(exc: BaseException) -> str:
    """A one-line reason for a failed task: the message, or the exception's name."""
    text = str(exc).strip()
    return text or type(exc).__name__


class WaveKernel:
    """Runs a dependency graph wave by wave; `records` holds every task's state at any moment."""

    def __init__(
        self,
        graph: TaskDependencyGraph,
        sweas: Mapping[str, SWEA],
        *,
        run_id: str,
        emit: EventSink,
    ) -> None:
        missing = sorted(set(graph.tasks) - set(sweas))
        if missing:
            raise ValueError(f"no SWEA for tasks {', '.join(missing)}")
        self.graph = graph
        self.sweas = dict(sweas)
        self.run_id = run_id
        self.emit = emit
        self.waves = graph.waves()
        self._records: dict[str, TaskRecord] = {t: TaskRecord(t, "pending") for t in graph.tasks}
        self.wave_durations: list[float] = []

    def records(self) -> tuple[tuple[TaskRecord, ...], ...]:
        """Every planned task by wave, with its status so far (pending until it starts)."""
        return tuple(tuple(self._records[t] for t in wave) for wave in self.waves)

    async def run(
        self,
        make_context: ContextFactory,
        *,
        review: Review | None = None,
        merge: Merge | None = None,
        verifiers: Mapping[str, Verifier] | None = None,
    ) -> dict[str, TaskOutput]:
        """Run every wave; returns each task's output. Raises ParallelExecutionError."""
        outputs: dict[str, TaskOutput] = {}
        for index, wave in enumerate(self.waves):
            wave_started = time.perf_counter()
            self.emit(WaveStarted(run_id=self.run_id, index=index, tasks=wave))
            outputs.update(
                await self._run_wave(
                    index, wave, outputs, make_context, review, merge, dict(verifiers or {})
                )
            )
            elapsed = (time.perf_counter() - wave_started) * 1000
            self.wave_durations.append(elapsed)
            self.emit(WaveFinished(run_id=self.run_id, index=index, duration_ms=elapsed))
        return outputs

    async def _run_wave(
        self,
        index: int,
        wave: tuple[str, ...],
        outputs: Mapping[str, TaskOutput],
        make_context: ContextFactory,
        review: Review | None,
        merge: Merge | None,
        verifiers: Mapping[str, Verifier],
    ) -> dict[str, TaskOutput]:
        loop = asyncio.get_running_loop()
        contexts = {
            task: make_context(task, dict(outputs), self._progress_sink(loop, task))
            for task in wave
        }
        started: dict[str, float] = {}
        wave_outputs = await self._gather(
            wave,
            lambda task: self._produce(task, index, contexts[task], started, review, verifiers),
        )
        if merge is not None:
            for task in wave:
                await merge(wave_outputs[task])
        to_verify = tuple(t for t in wave if t in verifiers)
        if to_verify:
            await self._gather(
                to_verify,
                lambda task: self._verify(
                    task, contexts[task], wave_outputs[task], started, verifiers[task]
                ),
            )
        return wave_outputs

    async def _gather(
        self, tasks: tuple[str, ...], work: Callable[[str], Awaitable[TaskOutput | None]]
    ) -> dict[str, TaskOutput]:
        """Run `work` for each task concurrently; the first failure cancels the others."""
        results: dict[str, TaskOutput] = {}
        failures: dict[str, str] = {}

        async def one(task: str) -> None:
            try:
                result = await work(task)
            except _TaskError as exc:
                failures[task] = str(exc)
                raise
            if result is not None:
                results[task] = result

        try:
            async with asyncio.TaskGroup() as group:
                for task in tasks:
                    group.create_task(one(task))
        except* _TaskError:
            pass
        if failures:
            raise ParallelExecutionError(failures)
        return results

    async def _produce(
        self,
        task: str,
        wave: int,
        ctx: TaskContext,
        started: dict[str, float],
        review: Review | None,
        verifiers: Mapping[str, Verifier],
    ) -> TaskOutput:
        started[task] = time.perf_counter()
        self._records[task] = TaskRecord(task, "running")
        self.emit(TaskStarted(run_id=self.run_id, task=task, wave=wave))
        swea = self.sweas[task]
        output = await self._guard(task, started, asyncio.to_thread(swea.run, ctx))
        if review is not None:
            await self._guard(task, started, review(task, output))
        if task not in verifiers:
            self._finish(task, started, output)
        return output

    async def _verify(
        self,
        task: str,
        ctx: TaskContext,
        output: TaskOutput,
        started: dict[str, float],
        verifier: Verifier,
    ) -> None:
        await self._guard(task, started, verifier(ctx, output))
        self._finish(task, started, output)

    async def _guard(self, task: str, started: dict[str, float], work: Awaitable[Any]) -> Any:
        """Await one step of a task, turning its end into a record and an event."""
        try:
            return await work
        except asyncio.CancelledError:
            self._fail(task, started, "cancelled", "cancelled")
            raise
        except Exception as exc:
            reason = describe(exc)
            self._fail(task, started, "failed", reason)
            raise _TaskError(reason) from exc

    def _finish(self, task: str, started: dict[str, float], output: TaskOutput) -> None:
        elapsed = (time.perf_counter() - started[task]) * 1000
        files = tuple(f.path for f in output.files)
        self._records[task] = TaskRecord(task, "done", elapsed, files=len(files))
        self.emit(TaskFinished(run_id=self.run_id, task=task, duration_ms=elapsed, files=files))

    def _fail(self, task: str, started: dict[str, float], status: TaskStatus, reason: str) -> None:
        elapsed = (time.perf_counter() - started[task]) * 1000
        self._records[task] = TaskRecord(task, status, elapsed, reason)
        self.emit(
            TaskFailed(
                run_id=self.run_id, task=task, duration_ms=elapsed, error=reason, status=status
            )
        )

    def _progress_sink(self, loop: asyncio.AbstractEventLoop, task: str) -> Callable[[str], None]:
        """A progress callback safe to call from the task's worker thread or from the loop."""

        def progress(message: str) -> None:
            event = TaskProgress(run_id=self.run_id, task=task, message=message)
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is loop:
                self.emit(event)
            else:
                # After the run the loop may be closed; a late line has no one to read it.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(self.emit, event)

        return progress
