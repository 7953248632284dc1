"""Custom logic through the LLM, with a smart retry (seed §4–§5).

The LLM writes the module; the TechLead validates it. A confident rejection is sent back with
its line-numbered findings and the rejected code, and an answer without code is sent back with
that problem — at most `MAX_WRITES` answers in all. Whatever happens, a person has the last
word: a module that passed waits in the review queue beside the committed CRUD; a module
rejected every time is never committed, and state.db keeps its text so Review shows it with
its flagged lines; a server that does not answer leaves the indicators in the queue as if no
LLM were configured. Every answer's tokens are counted, the unusable ones included.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from baes_tui.core.models import EntitySpec, Recognition
from baes_tui.core.verdicts import Verdict
from baes_tui.llm.client import LLMAnswerInvalid, LLMClient, LLMUnavailable
from baes_tui.llm.coding import write_custom_logic
from baes_tui.runs.project import Staging
from baes_tui.runs.techlead import TechLead
from baes_tui.sweas.base import GeneratedFile, TaskOutput

MAX_WRITES = 3  # the first answer and at most two retries
CUSTOM_LOGIC_OUTPUT = "custom_logic"


@dataclass
class CustomLogicOutcome:
    """What implementing the custom logic cost and what a person should know."""

    tokens: int = 0
    answers: int = 0
    committed: str | None = None  # the module's path when it lands with the run
    notes: list[str] = field(default_factory=list)


async def implement_custom_logic(
    client: LLMClient,
    recognition: Recognition,
    entity: EntitySpec,
    indicators: Sequence[str],
    *,
    techlead: TechLead,
    staging: Staging,
    approval_rate: float | None,
) -> CustomLogicOutcome:
    """Write, validate, retry with findings; stage the module or queue what is left."""
    outcome = CustomLogicOutcome()
    findings: tuple[str, ...] = ()
    previous: str | None = None
    rejected: tuple[Verdict, str] | None = None
    problem = ""
    for attempt in range(1, MAX_WRITES + 1):
        try:
            module = await write_custom_logic(
                client, recognition, entity,
                approval_rate=approval_rate, findings=findings, previous=previous,
            )  # fmt: skip
        except LLMAnswerInvalid as exc:
            outcome.tokens += exc.tokens
            outcome.answers += 1
            problem = str(exc)
            findings, previous = (f"{exc}; answer with one ```python block",), None
            continue
        except LLMUnavailable as exc:
            outcome.tokens += exc.tokens
            outcome.notes.append(str(exc))
            problem = ""
            break
        outcome.tokens += module.reply.tokens
        outcome.answers += 1
        verdict = await techlead.check_llm_module(module.path, module.text)
        if verdict.outcome != "confident_rejection":
            written = GeneratedFile(module.path, module.text, "llm")
            await asyncio.to_thread(
                staging.apply, TaskOutput(task=CUSTOM_LOGIC_OUTPUT, files=(written,))
            )
            await techlead.queue_llm_module(verdict, indicators)
            outcome.committed = module.path
            if attempt > 1:
                outcome.notes.append(
                    f"the LLM's custom logic passed on attempt {attempt} of {MAX_WRITES};"
                    " it waits for review"
                )
            return outcome
        rejected = (verdict, module.text)
        findings, previous = verdict.feedback, module.text
    if rejected is not None:
        verdict, text = rejected
        await techlead.queue_llm_module(verdict, indicators, content=text)
        outcome.notes.append(
            f"the LLM's custom logic was rejected ({' | '.join(verdict.feedback)});"
            " not committed, its text is kept for review"
        )
        return outcome
    if problem:
        outcome.notes.append(
            f"the LLM gave no usable module in {outcome.answers} answers ({problem})"
        )
    outcome.notes.append("custom logic queued for review")
    await techlead.queue_custom_logic(indicators)
    return outcome
