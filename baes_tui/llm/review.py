"""The LLM as a reviewer of files the rules could not decide (seed §3: ~20% of validations).

It gets the file with line numbers, the rules' uncertain findings and the compressed review
standards, and answers a structured verdict: a decision, a confidence and findings with lines.
The answer is validated like any answer (decision from the list, confidence a probability, every
line inside the file, a rejection naming a line); an answer that fails is "cannot decide", so
the file goes to a person — an LLM's word never approves anything it did not say clearly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from baes_tui.core.verdicts import Finding
from baes_tui.llm.client import LLMAnswerInvalid, LLMClient, LLMError, parse_json_object
from baes_tui.llm.standards import COMPRESSED_REVIEW

LLM_REVIEW_RULE = "llm-review"  # the rule id of an LLM reviewer's finding
MAX_REVIEW_CHARS = 60_000  # a larger file goes to a person unread: the prompt would not fit

Decision = Literal["approve", "reject", "uncertain"]

REVIEW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "decision": {"type": "string", "enum": ["approve", "reject", "uncertain"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "line": {"type": "integer", "minimum": 1},
                    "message": {"type": "string"},
                    "fix": {"type": "string"},
                },
                "required": ["line", "message"],
            },
        },
    },
    "required": ["decision", "confidence", "findings"],
}


@dataclass(frozen=True, slots=True)
class LLMReview:
    """The reviewer's validated answer, or "uncertain" with why it could not decide.

    `findings` carry severity "reject" on a rejection and "info" otherwise; `tokens` is what
    the review cost, an unusable answer included.
    """

    decision: Decision
    confidence: float
    findings: tuple[Finding, ...]
    tokens: int = 0
    problem: str = ""  # why there is no usable decision (server fault, invalid answer)


def review_prompt(path: str, content: str, concerns: Sequence[str]) -> str:
    numbered = "\n".join(f"{n:>4}| {line}" for n, line in enumerate(content.splitlines(), 1))
    listed = "\n".join(f"- {c}" for c in concerns) or "- (none given)"
    return (
        f"File: {path}\n"
        f"What the rules could not decide:\n{listed}\n\n"
        f"The file, with line numbers:\n{numbered}\n"
    )


def validate_review(data: dict[str, Any], line_count: int) -> tuple[Decision, float, tuple]:
    """The decision, confidence and findings, or LLMAnswerInvalid naming every problem."""
    problems: list[str] = []
    decision = data.get("decision")
    if decision not in ("approve", "reject", "uncertain"):
        problems.append(f'"decision" is {decision!r}; use approve, reject or uncertain')
    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        problems.append('"confidence" must be a number from 0 to 1')
        confidence = 0.0
    elif not 0.0 <= confidence <= 1.0:
        problems.append(f'"confidence" is {confidence}; it must be from 0 to 1')
    raw = data.get("findings")
    if not isinstance(raw, list):
        problems.append('"findings" must be a list')
        raw = []
    severity = "reject" if decision == "reject" else "info"
    findings: list[Finding] = []
    for i, item in enumerate(raw):
        line = item.get("line") if isinstance(item, dict) else None
        message = item.get("message") if isinstance(item, dict) else None
        if isinstance(line, bool) or not isinstance(line, int) or not 1 <= line <= line_count:
            problems.append(f"findings[{i}].line must be a line of the file (1–{line_count})")
            continue
        if not isinstance(message, str) or not message.strip():
            problems.append(f"findings[{i}].message must say what is wrong")
            continue
        fix = item.get("fix")
        findings.append(
            Finding(
                LLM_REVIEW_RULE,
                line,
                message.strip(),
                severity,
                fix=fix.strip() if isinstance(fix, str) else "",
            )
        )
    if decision == "reject" and not findings:
        problems.append("a rejection must name at least one line")
    if problems:
        raise LLMAnswerInvalid("the review cannot be used: " + "; ".join(problems))
    return decision, float(confidence), tuple(findings)  # type: ignore[return-value]


async def review_with_llm(
    client: LLMClient, path: str, content: str, concerns: Sequence[str]
) -> LLMReview:
    """One review; never raises for the LLM's faults (they mean: a person decides)."""
    if len(content) > MAX_REVIEW_CHARS:
        return LLMReview("uncertain", 0.0, (), problem=f"{path} is too large to send for review")
    try:
        reply = await client.complete(
            COMPRESSED_REVIEW, review_prompt(path, content, concerns),
            schema=REVIEW_SCHEMA, name="review",
        )  # fmt: skip
    except LLMError as exc:
        return LLMReview("uncertain", 0.0, (), tokens=exc.tokens, problem=str(exc))
    try:
        data = parse_json_object(reply.text)
        decision, confidence, findings = validate_review(data, max(1, len(content.splitlines())))
    except LLMAnswerInvalid as exc:
        return LLMReview("uncertain", 0.0, (), tokens=reply.tokens, problem=str(exc))
    return LLMReview(decision, confidence, findings, tokens=reply.tokens)
