"""The TechLead: reviews every generated file with the rule catalog before anything commits.

For each task's output the TechLead validates each file (in a worker thread: regex + AST work).
A file the rules find `uncertain` goes first to the LLM reviewer when one is configured (seed
§3); only what it cannot decide with confidence waits for a person. Then, back on the event
loop, every verdict is recorded in `state.db`, emitted as `VerdictIssued`, and each uncertain
file is put in the review queue (`ReviewItemAdded`). A confident rejection fails the task — and
so the run — with line-numbered feedback in the error, so nothing rejected is ever committed.

Every review item has a verdict behind it, so a run's `uncertain` count is what it queued:
custom logic that nothing generated is an uncertain verdict on "(custom logic)", and a module
an LLM wrote is never approved on the rules' word alone (its verdict is at best uncertain).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from baes_tui.core.errors import BaesError
from baes_tui.core.events import EventSink, ReviewItemAdded, VerdictIssued
from baes_tui.core.records import (
    CUSTOM_LOGIC_PATH,
    CUSTOM_LOGIC_RULE,
    HAND_EDIT_RULE,
    LLM_WRITTEN_RULE,
)
from baes_tui.core.verdicts import Finding, Verdict, VerdictOutcome, count_outcomes
from baes_tui.llm.client import LLMClient
from baes_tui.llm.review import LLMReview, review_with_llm
from baes_tui.runs.project_state import ProjectState
from baes_tui.sweas.base import TaskOutput

Validator = Callable[[str, str], Verdict]  # (path, content) -> the rules' verdict
CUSTOM_LOGIC_TASK = "backend_api"
# How sure the LLM reviewer must be for its word to stand in for a person's.
LLM_REVIEW_CONFIDENCE = 0.8
# One validation at a time: the rules parse Python with `ast`, and CPython 3.11 raises
# "SystemError: AST constructor recursion depth mismatch" when two threads build ASTs at once
# (cpython#106905). The work holds the GIL anyway, so serializing costs nothing measurable.
_VALIDATING = threading.Lock()


class TechLeadRejection(BaesError):
    """A generated file broke a rule; the message carries the rules' feedback."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class TaskVerdict:
    """A verdict on one file of one task: what the TechLead records and counts."""

    task: str
    verdict: Verdict


def _default_validator() -> Validator:
    from baes_tui.validation.engine import validate_source

    return lambda path, content: validate_source(path, content)


class TechLead:
    """One per run; `verdicts` collects every verdict it issued, in order.

    `reviewer` is the LLM reviewer of uncertain files (None: they go straight to a person).
    `llm_validations` and `llm_tokens` count its calls and what they cost.
    """

    name = "TechLead"

    def __init__(
        self,
        *,
        state: ProjectState,
        run_id: str,
        entity: str,
        emit: EventSink,
        validate: Validator | None = None,
        reviewer: LLMClient | None = None,
    ) -> None:
        self.state = state
        self.run_id = run_id
        self.entity = entity
        self.emit = emit
        self.validate = validate or _default_validator()
        self.reviewer = reviewer
        self.verdicts: list[TaskVerdict] = []
        self.review_items: list[int] = []
        self.llm_validations = 0
        self.llm_tokens = 0
        self.notes: list[str] = []

    def judge(self, task: str, output: TaskOutput) -> tuple[TaskVerdict, ...]:
        """Validate each file of `output`; pure, safe to run in a worker thread."""
        with _VALIDATING:
            return tuple(
                TaskVerdict(task, self.validate(generated.path, generated.content))
                for generated in output.files
            )

    def _validate_one(self, path: str, content: str) -> Verdict:
        with _VALIDATING:
            return self.validate(path, content)

    async def review(self, task: str, output: TaskOutput) -> None:
        """The kernel's review hook: judge, consult the LLM reviewer on uncertain files,
        record, emit, queue; raise on any confident rejection."""
        judged = await asyncio.to_thread(self.judge, task, output)
        if self.reviewer is not None:
            texts = {f.path: f.content for f in output.files}
            judged = tuple(
                await asyncio.gather(
                    *(self._second_opinion(j, texts[j.verdict.path]) for j in judged)
                )
            )
        await self._record(judged)
        for item in judged:
            verdict = item.verdict
            if verdict.outcome == "uncertain":
                reason = "; ".join(verdict.feedback) or "the rules could not decide"
                await self._queue(task, verdict.path, verdict.outcome, reason, verdict.findings)
        rejected = [j.verdict for j in judged if j.verdict.outcome == "confident_rejection"]
        if rejected:
            raise TechLeadRejection(
                "TechLead rejected "
                + "; ".join(
                    f"{v.path} ({' | '.join(v.feedback) or 'no feedback'})" for v in rejected
                )
            )

    async def _second_opinion(self, judged: TaskVerdict, content: str) -> TaskVerdict:
        """The LLM reviewer's verdict on an uncertain file, when it decides with confidence."""
        verdict = judged.verdict
        if verdict.outcome != "uncertain" or self.reviewer is None:
            return judged
        self.llm_validations += 1
        review = await review_with_llm(self.reviewer, verdict.path, content, verdict.feedback)
        self.llm_tokens += review.tokens
        return TaskVerdict(judged.task, self._with_review(verdict, review))

    def _with_review(self, verdict: Verdict, review: LLMReview) -> Verdict:
        if review.problem:
            self.notes.append(f"LLM reviewer could not decide {verdict.path}: {review.problem}")
        confident = review.confidence >= LLM_REVIEW_CONFIDENCE
        if review.decision == "uncertain" or not confident:
            # A person decides; the reviewer's findings (if any) are shown beside the rules'.
            seen = tuple(replace(f, severity="info") for f in review.findings)
            return replace(verdict, findings=verdict.findings + seen)
        settled = tuple(
            replace(f, severity="info") if f.severity == "uncertain" else f
            for f in verdict.findings
        )
        outcome: VerdictOutcome = (
            "confident_approval" if review.decision == "approve" else "confident_rejection"
        )
        return replace(
            verdict, outcome=outcome, findings=settled + review.findings, decided_by="llm"
        )

    async def check_llm_module(self, path: str, content: str) -> Verdict:
        """Judge a module an LLM wrote; record and emit the verdict; queue nothing.

        A rejection stands (the caller retries with its findings); otherwise the verdict is
        uncertain, since code an LLM wrote is never trusted on the rules' word alone.
        """
        verdict = await asyncio.to_thread(self._validate_one, path, content)
        if verdict.outcome != "confident_rejection":
            written = Finding(
                LLM_WRITTEN_RULE, 0, "written by the LLM: a person decides", "uncertain",
                fix="read it, then approve or reject it with a note",
            )  # fmt: skip
            verdict = replace(verdict, outcome="uncertain", findings=(*verdict.findings, written))
        await self._record((TaskVerdict(CUSTOM_LOGIC_TASK, verdict),))
        return verdict

    async def queue_llm_module(
        self, verdict: Verdict, indicators: Sequence[str], *, content: str | None = None
    ) -> None:
        """Queue an LLM's module for a person. `content` keeps the text of a rejected module
        that was never committed, so Review can show it with its flagged lines."""
        if verdict.outcome == "confident_rejection":
            reason = (
                "the LLM's module was rejected and not committed; implement it or reject to"
                " regenerate: " + "; ".join(indicators)
            )
        else:
            reason = "written by the LLM for: " + "; ".join(indicators)
        await self._queue(
            CUSTOM_LOGIC_TASK, verdict.path, verdict.outcome, reason, verdict.findings,
            content=content,
        )  # fmt: skip

    async def queue_custom_logic(self, indicators: Sequence[str]) -> None:
        """Custom logic the templates did not generate: an uncertain verdict and a review
        item each, so the run counts what it left for a person."""
        verdicts = [
            TaskVerdict(CUSTOM_LOGIC_TASK, custom_logic_verdict(indicator))
            for indicator in indicators
        ]
        await self._record(verdicts)
        for indicator, item in zip(indicators, verdicts, strict=True):
            await self._queue(
                CUSTOM_LOGIC_TASK,
                CUSTOM_LOGIC_PATH,
                "uncertain",
                f"custom logic not generated by templates: {indicator}",
                item.verdict.findings,
            )

    async def _record(self, judged: Sequence[TaskVerdict]) -> None:
        await asyncio.to_thread(
            self.state.record_verdicts, self.run_id, [(j.task, j.verdict) for j in judged]
        )
        for item in judged:
            self.verdicts.append(item)
            self.emit(VerdictIssued(run_id=self.run_id, task=item.task, verdict=item.verdict))

    async def queue_hand_edit(self, task: str, path: str, reason: str) -> int:
        """A file the person edited that the run would replace or delete: a person decides
        (keep theirs or take baes'); returns the item's id."""
        finding = Finding(
            HAND_EDIT_RULE,
            0,
            reason,
            "uncertain",
            fix="keep your version or take baes' (`baes review keep ID` / `baes review take ID`)",
        )
        await self._queue(task, path, "uncertain", reason, (finding,))
        return self.review_items[-1]

    async def _queue(
        self,
        task: str,
        path: str,
        outcome: str,
        reason: str,
        findings: tuple[Finding, ...],
        *,
        content: str | None = None,
    ) -> None:
        item_id = await asyncio.to_thread(
            self.state.add_review_item,
            self.run_id,
            task=task,
            entity=self.entity,
            path=path,
            outcome=outcome,
            reason=reason,
            findings=findings,
            content=content,
        )
        self.review_items.append(item_id)
        self.emit(ReviewItemAdded(run_id=self.run_id, item_id=item_id, path=path, reason=reason))

    def counts(self) -> dict[VerdictOutcome, int]:
        """The `verdicts` object of the run result: one count per outcome, zeros included."""
        return count_outcomes(j.verdict for j in self.verdicts)


def custom_logic_verdict(indicator: str) -> Verdict:
    """Custom logic is no file and no rule's finding: it names what a person must look at."""
    finding = Finding(CUSTOM_LOGIC_RULE, 0, indicator, "uncertain", fix="implement and review it")
    return Verdict(
        path=CUSTOM_LOGIC_PATH,
        kind="other",
        outcome="uncertain",
        findings=(finding,),
        rules_checked=(),
        duration_ms=0.0,
        kind_reason="custom logic the templates did not generate",
    )
