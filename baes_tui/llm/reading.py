"""The LLM as a second reader of requests: the entity spec in the `baes recognize --json` shape.

The answer is untrusted: it is parsed strictly (structured output where the server supports it,
otherwise one JSON object), then read by `core.spec.read_spec` — the reader of every spec, so an
LLM's names, types, kinds and targets pass the same rules as a person's. An answer that cannot
be used is sent back once with every problem listed; a second bad answer is given up on, and
its problems are what the person sees beside the clarification.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from baes_tui.core.models import AttrType, Intent, Recognition
from baes_tui.core.spec import RELATIONSHIP_KINDS, SpecError, read_spec
from baes_tui.llm.client import LLMAnswerInvalid, LLMClient, LLMError, parse_json_object
from baes_tui.llm.standards import READER_INSTRUCTIONS

ANSWERS_PER_REQUEST = 2  # the first, and one more with its problems listed

_NAME = {"type": "string"}
_RENAMED = {"type": ["string", "null"]}
SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": [i.value for i in Intent]},
        "entities": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "name": _NAME,
                    "renamed_from": _RENAMED,
                    "attributes": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "name": _NAME,
                                "type": {"type": "string", "enum": [t.value for t in AttrType]},
                                "required": {"type": "boolean"},
                                "renamed_from": _RENAMED,
                            },
                            "required": ["name", "type", "required"],
                        },
                    },
                    "relationships": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "kind": {"type": "string", "enum": list(RELATIONSHIP_KINDS)},
                                "target": _NAME,
                            },
                            "required": ["kind", "target"],
                        },
                    },
                },
                "required": ["name", "attributes", "relationships"],
            },
        },
        "custom_logic": {"type": "array", "items": {"type": "string"}},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["intent", "entities", "custom_logic", "confidence"],
}


@dataclass(frozen=True, slots=True)
class LLMReading:
    """What the LLM made of a request: a validated recognition, or why there is none.

    `tokens` and `answers` count every answer asked for, the unusable ones included.
    """

    recognition: Recognition | None
    problems: tuple[str, ...] = ()
    tokens: int = 0
    answers: int = 0
    unavailable: bool = False


def reading_prompt(request: str, known_entities: Iterable[str], rules: Recognition | None) -> str:
    known = ", ".join(sorted(known_entities)) or "none yet"
    prompt = f"The project's entities: {known}.\n\nRequest:\n{request}\n"
    if rules is not None and (rules.entities or rules.business_rules):
        hint = {
            "intent": str(rules.intent),
            "entities": [e.to_dict() for e in rules.entities],
            "not understood": list(rules.business_rules),
        }
        prompt += (
            "\nThe rule-based reader understood this much (it may be wrong or incomplete):\n"
            f"{json.dumps(hint, ensure_ascii=False)}\n"
        )
    return prompt


def validate_reading(
    data: dict[str, Any], request: str, known_entities: Iterable[str]
) -> Recognition:
    """The LLM's answer as a Recognition (source llm), or SpecError naming every problem."""
    problems: list[str] = []
    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        problems.append('"confidence" must be a number from 0 to 1')
        confidence = 0.0
    elif not 0.0 <= confidence <= 1.0:
        problems.append(f'"confidence" is {confidence}; it must be from 0 to 1')
    try:
        recognition = read_spec(
            data,
            request=request,
            source="llm",
            known_entities=known_entities,
            confidence=float(confidence),
        )
    except SpecError as exc:
        raise SpecError([*exc.problems, *problems]) from exc
    if problems:
        raise SpecError(problems)
    return recognition


def _nothing_to_build(data: dict[str, Any]) -> bool:
    """An answer that says, in the asked shape, that the text is no request for data."""
    confidence = data.get("confidence")
    unsure = isinstance(confidence, int | float) and not isinstance(confidence, bool)
    return unsure and confidence < 0.5 and data.get("entities") == []


async def read_with_llm(
    client: LLMClient,
    request: str,
    *,
    known_entities: Iterable[str] = (),
    rules: Recognition | None = None,
) -> LLMReading:
    """Ask, validate, ask once more with the problems; never raises for the LLM's faults."""
    known = tuple(known_entities)
    base = reading_prompt(request, known, rules)
    prompt = base
    tokens = answers = 0
    problems: tuple[str, ...] = ()
    for _ in range(ANSWERS_PER_REQUEST):
        try:
            reply = await client.complete(
                READER_INSTRUCTIONS, prompt, schema=SPEC_SCHEMA, name="spec"
            )
        except LLMAnswerInvalid as exc:
            tokens, answers = tokens + exc.tokens, answers + 1
            problems = (str(exc),)
        except LLMError as exc:
            return LLMReading(None, (str(exc),), tokens, answers, unavailable=True)
        else:
            tokens, answers = tokens + reply.tokens, answers + 1
            try:
                data = parse_json_object(reply.text)
                if _nothing_to_build(data):  # asking again would not change that
                    found = (
                        f"the LLM found nothing to build in it (confidence {data['confidence']})"
                    )
                    return LLMReading(None, (found,), tokens, answers)
                return LLMReading(validate_reading(data, request, known), (), tokens, answers)
            except LLMAnswerInvalid as exc:
                problems = (str(exc),)
            except SpecError as exc:
                problems = tuple(exc.problems)
        listed = "\n".join(f"- {p}" for p in problems)
        prompt = (
            f"{base}\nYour previous answer could not be used:\n{listed}\n"
            "Answer again with one corrected JSON object.\n"
        )
    return LLMReading(None, problems, tokens, answers)
