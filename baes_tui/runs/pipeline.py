"""One entry point for both faces: recognition in, a committed (or untouched) project out.

`run_generation` plans the change, runs the SWEA waves into a staging folder with the TechLead
reviewing each task and the generated suite verifying the result, and commits only a run that
fully succeeded. Only what changed is reviewed: a file identical to the committed version
keeps its verdict (unless a reviewer reopened its task). The generated tests that run are the
affected ones, or all of them (`verify` setting; runs/affected.py says what is skipped). Files
the person edited are never overwritten: the commit puts baes' version beside them and the run
queues a hand-edit conflict for review. Every outcome — including refusals and failures — is a
`RunResult` whose `to_dict()` is the `baes generate --json` object (docs/cli.md);
cancellation propagates after the project is left as it was (a commit already under way
finishes first). Each run appends a metrics row and logs its events.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError, ParallelExecutionError
from baes_tui.core.events import Event, EventSink, PlanReady, RunFinished, RunStarted
from baes_tui.core.models import Recognition
from baes_tui.core.results import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    RunResult,
    RunStatus,
    TestReport,
    no_verdicts,
)
from baes_tui.llm.client import LLMClient
from baes_tui.runs.affected import select_tests
from baes_tui.runs.custom_logic import implement_custom_logic
from baes_tui.runs.graph import INTEGRATION_TESTS, STANDARD_DEPENDENCIES, TaskDependencyGraph
from baes_tui.runs.kernel import WaveKernel
from baes_tui.runs.metrics import EventLog, append_row, metrics_row, summarize
from baes_tui.runs.planning import Plan, plan_change
from baes_tui.runs.project import CommitPlan, Project, Staging
from baes_tui.runs.project_state import ProjectState
from baes_tui.runs.techlead import TechLead, Validator
from baes_tui.runs.testrun import prewarm, run_generated_tests, suite_files
from baes_tui.sweas.base import SWEA, Registry, TaskContext, TaskOutput


def default_sweas() -> dict[str, SWEA]:
    """The four generator roles, one per standard task."""
    from baes_tui.sweas.backend import BackendSWEA
    from baes_tui.sweas.database import DatabaseSWEA
    from baes_tui.sweas.frontend import FrontendSWEA
    from baes_tui.sweas.tests import TestSWEA

    roles: list[SWEA] = [DatabaseSWEA(), BackendSWEA(), FrontendSWEA(), TestSWEA()]
    return {role.task: role for role in roles}


def new_run_id() -> str:
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"


async def run_generation(
    recognition: Recognition,
    *,
    settings: Settings,
    emit: EventSink,
    run_tests: bool = True,
    sweas: Mapping[str, SWEA] | None = None,
    validate: Validator | None = None,
) -> RunResult:
    """Plan, run the waves, review, verify, commit. Never raises for a failed run.

    `sweas` and `validate` replace the standard generators and rule engine (fault injection,
    alternative generators); by default the real ones run.
    """
    run = _Run(recognition, settings, emit)
    run.sink(RunStarted(run_id=run.id, request=recognition.request, project=str(run.project_dir)))
    if recognition.needs_clarification:
        missing = ", ".join(recognition.missing) or "a clearer request"
        return await run.finish(
            "needs_clarification", EXIT_BAD_INPUT, error=f"needs clarification: {missing}"
        )
    try:
        project = await asyncio.to_thread(Project.open, settings.project_dir)
    except BaesError as exc:
        return await run.finish("failed", exc.exit_code, error=str(exc))
    try:
        state = await asyncio.to_thread(project.state)
        try:
            return await run.execute(project, state, sweas, validate, run_tests)
        finally:
            await asyncio.to_thread(state.close)
    finally:
        project.close()
        if run.llm is not None:
            await run.llm.aclose()


class _Run:
    """The state of one run while it executes; `finish` turns it into a RunResult."""

    def __init__(self, recognition: Recognition, settings: Settings, emit: EventSink) -> None:
        self.recognition = recognition
        self.settings = settings
        self.project_dir = settings.project_dir
        self.id = new_run_id()
        self.started = time.perf_counter()
        self.log = EventLog(settings.log_path)
        self.emit = emit
        self.plan: Plan | None = None
        self.kernel: WaveKernel | None = None
        self.techlead: TechLead | None = None
        self.tests: TestReport | None = None
        # What reading the request cost is part of the run that acts on it.
        self.tokens = recognition.tokens
        self.extra_notes: list[str] = []
        self.cancelled_in_commit = False
        # The LLM writes custom logic and reviews uncertain files (None: not configured).
        self.llm = LLMClient.from_settings(settings)

    def sink(self, event: Event) -> None:
        self.log(event)
        self.emit(event)

    async def execute(
        self,
        project: Project,
        state: ProjectState,
        sweas: Mapping[str, SWEA] | None,
        validate: Validator | None,
        run_tests: bool,
    ) -> RunResult:
        before = await asyncio.to_thread(project.load_registry)
        names = [e.name for e in self.recognition.entities]
        reopened = await asyncio.to_thread(state.reopened_tasks, *names)
        try:
            self.plan = plan = plan_change(self.recognition, before, reopened=reopened)
        except BaesError as exc:
            return await self.finish("failed", exc.exit_code, error=str(exc))
        if plan.up_to_date:
            return await self.finish("completed", EXIT_OK, message=plan.message)

        graph = TaskDependencyGraph.from_mapping({t: STANDARD_DEPENDENCIES[t] for t in plan.tasks})
        self.kernel = kernel = WaveKernel(
            graph, sweas if sweas is not None else default_sweas(), run_id=self.id, emit=self.sink
        )
        self.sink(PlanReady(run_id=self.id, waves=kernel.waves, path=plan.path))
        if run_tests:
            prewarm()  # an interpreter imports pytest and FastAPI while the waves render
        staging = await asyncio.to_thread(project.begin_staging, self.id)
        await asyncio.to_thread(
            state.start_run,
            self.id,
            request=self.recognition.request,
            intent=str(self.recognition.intent),
            entity=", ".join(plan.names),
        )
        self.techlead = techlead = TechLead(
            state=state,
            run_id=self.id,
            entity=", ".join(plan.names),
            emit=self.sink,
            validate=validate,
            reviewer=self.llm,
        )
        committed = False
        try:
            verifiers = (
                {INTEGRATION_TESTS: self._verify_tests(project, staging, plan)} if run_tests else {}
            )
            await kernel.run(
                self._context_factory(plan, before, staging),
                review=self._review_changes(techlead, staging, reopened),
                merge=lambda output: asyncio.to_thread(staging.apply, output),
                verifiers={t: v for t, v in verifiers.items() if t in graph.tasks},
            )
            await self._custom_logic(plan, staging, techlead, state)
            commit = await asyncio.to_thread(project.plan_commit, staging, after=plan.after)
            await self._queue_conflicts(commit, staging, techlead)
            await self._commit_whole(project, staging, plan, commit)
            committed = True
        except asyncio.CancelledError:
            await asyncio.shield(self._abandon(project, staging, state, "cancelled", "cancelled"))
            raise
        except ParallelExecutionError as exc:
            return await self._failed(project, staging, state, exc.exit_code, str(exc))
        except BaesError as exc:
            failed = await self._failed(project, staging, state, exc.exit_code, str(exc))
            if self.cancelled_in_commit:
                raise asyncio.CancelledError from exc
            return failed
        except Exception as exc:  # a generator bug must still leave the project untouched
            reason = f"internal error: {type(exc).__name__}: {exc}"
            return await self._failed(project, staging, state, EXIT_FAILED, reason)
        finally:
            if not committed:
                await asyncio.to_thread(project.discard, staging)
        status: RunStatus = "needs_review" if techlead.review_items else "completed"
        result = await self.finish(
            status, EXIT_OK, files=tuple(sorted(staging.written)), message=plan.message
        )
        await asyncio.to_thread(state.finish_run, self.id, status=status, result=result.to_dict())
        if self.cancelled_in_commit:
            raise asyncio.CancelledError
        return result

    async def _commit_whole(
        self, project: Project, staging: Staging, plan: Plan, commit: CommitPlan
    ) -> None:
        """A commit is never cut in half by a cancel: it finishes (or undoes itself) in its
        thread, the run is recorded as what it became, and then the cancel goes on."""
        job = asyncio.ensure_future(
            asyncio.to_thread(project.commit, staging, after=plan.after, plan=commit)
        )
        while not job.done():
            try:
                await asyncio.shield(job)
            except asyncio.CancelledError:
                self.cancelled_in_commit = True
        job.result()  # the commit's own error (CommitFailed), if it failed

    async def _custom_logic(
        self, plan: Plan, staging: Staging, techlead: TechLead, state: ProjectState
    ) -> None:
        """Custom logic goes to the LLM when one is configured, and to a person either way
        (runs/custom_logic.py: write, validate, retry with the findings, queue)."""
        if not plan.custom_logic:
            return
        if self.llm is None:
            await techlead.queue_custom_logic(plan.custom_logic)
            return
        reviews = await asyncio.to_thread(state.review_counts)
        summary = await asyncio.to_thread(summarize, self.settings.metrics_path, reviews)
        outcome = await implement_custom_logic(
            self.llm,
            replace(self.recognition, entities=(plan.entity,)),
            plan.entity,
            plan.custom_logic,
            techlead=techlead,
            staging=staging,
            approval_rate=summary.approval_rate,
        )
        self.tokens += outcome.tokens
        self.extra_notes.extend(outcome.notes)

    def _context_factory(
        self, plan: Plan, before: Registry, staging: Staging
    ) -> Callable[[str, Mapping[str, TaskOutput], Callable[[str], None]], TaskContext]:
        migrations = staging.existing_migrations()  # as committed, before this run adds one

        def make(
            task: str, inputs: Mapping[str, TaskOutput], progress: Callable[[str], None]
        ) -> TaskContext:
            return TaskContext(
                task=task,
                recognition=self.recognition,
                entity=plan.entity,
                before=before,
                after=plan.after,
                existing_migrations=migrations,
                inputs=inputs,
                staging_dir=staging.root,
                project_dir=staging.project.root,
                progress=progress,
            )

        return make

    def _review_changes(
        self, techlead: TechLead, staging: Staging, reopened: frozenset[str]
    ) -> Callable[[str, TaskOutput], Any]:
        """The TechLead judges only files that differ from the committed version; a task a
        reviewer reopened is judged whole again."""

        async def review(task: str, output: TaskOutput) -> None:
            if task not in reopened:
                changed = tuple(
                    f for f in output.files if not staging.is_committed(f.path, f.content)
                )
                output = replace(output, files=changed)
            await techlead.review(task, output)

        return review

    def _verify_tests(
        self, project: Project, staging: Staging, plan: Plan
    ) -> Callable[[TaskContext, TaskOutput], Any]:
        async def verify(ctx: TaskContext, _output: TaskOutput) -> None:
            await asyncio.to_thread(staging.materialize)
            available = await asyncio.to_thread(suite_files, staging.root)
            changed = set(staging.written) | staging.removed
            mode = "all" if self.settings.verify == "all" else "affected"
            selection = select_tests(plan.after, changed, available, mode=mode)
            self.extra_notes.append(selection.describe())
            if not selection.everything:
                ctx.progress(selection.describe())
            scratch = await asyncio.to_thread(project.scratch_dir, self.id)
            self.tests = await run_generated_tests(
                staging.root,
                timeout_s=self.settings.test_timeout_s,
                progress=ctx.progress,
                tests=None if selection.everything else selection.run,
                workers=self.settings.test_workers or None,
                scratch=scratch,
            )

        return verify

    async def _queue_conflicts(
        self, commit: CommitPlan, staging: Staging, techlead: TechLead
    ) -> None:
        """Each file the person edited gets one open review item (an earlier open one for the
        same file stays the one to resolve), and the run says what happened to it."""
        for conflict in commit.conflicts:
            item = await asyncio.to_thread(techlead.state.open_conflict, conflict.path)
            if item is None:
                task = staging.tasks.get(conflict.path, INTEGRATION_TESTS)
                item = await techlead.queue_hand_edit(task, conflict.path, conflict.reason)
            elif item not in techlead.review_items:
                techlead.review_items.append(item)
            if conflict.kind == "changed":
                self.extra_notes.append(
                    f"you edited {conflict.path}: it was kept and baes' new version is beside "
                    f"it in {conflict.beside} (review item #{item}: `baes review keep {item}` "
                    f"or `baes review take {item}`)"
                )
            else:
                self.extra_notes.append(
                    f"you edited {conflict.path}, which this change no longer generates: it "
                    f"was kept and is yours now (review item #{item})"
                )

    async def _abandon(
        self, project: Project, staging: Staging, state: ProjectState, status: str, error: str
    ) -> None:
        await asyncio.to_thread(project.discard, staging)
        await asyncio.to_thread(state.finish_run, self.id, status=status, error=error)
        if status == "cancelled":
            await self.finish("cancelled", EXIT_FAILED, error="cancelled")

    async def _failed(
        self, project: Project, staging: Staging, state: ProjectState, code: int, error: str
    ) -> RunResult:
        await self._abandon(project, staging, state, "failed", error)
        return await self.finish("failed", code, error=error)

    async def finish(
        self,
        status: RunStatus,
        exit_code: int,
        *,
        error: str | None = None,
        files: tuple[str, ...] = (),
        message: str = "",
    ) -> RunResult:
        """Build the result, emit RunFinished, append the metrics row."""
        plan = self.plan
        result = RunResult(
            status=status,
            recognition=self.recognition,
            run_id=self.id,
            exit_code=exit_code,
            entities=plan.entities if plan else self.recognition.entities,
            path=plan.path if plan else "template",
            waves=self.kernel.records() if self.kernel else (),
            wave_durations_ms=tuple(self.kernel.wave_durations) if self.kernel else (),
            verdicts=self.techlead.counts() if self.techlead else no_verdicts(),
            tests=self.tests,
            files=files,
            tokens=self.tokens + (self.techlead.llm_tokens if self.techlead else 0),
            duration_ms=(time.perf_counter() - self.started) * 1000,
            error=error,
            message=message or (error or ""),
            notes=(
                *(plan.notes if plan else ()),
                *self.extra_notes,
                *(self.techlead.notes if self.techlead else ()),
            ),
            review_items=tuple(self.techlead.review_items) if self.techlead else (),
            llm_calls=self.llm.usage.calls if self.llm else 0,
            llm_validations=self.techlead.llm_validations if self.techlead else 0,
        )
        self.sink(RunFinished(run_id=self.id, status=status, result=result))
        row = metrics_row(result)
        await asyncio.to_thread(append_row, self.settings.metrics_path, row)
        return result
