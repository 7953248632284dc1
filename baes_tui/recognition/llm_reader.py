"""The LLM as the second reader of a request, after the rules and before a person.

Rules stay first: a confident rules result that left no line unread never calls the LLM. When
the rules fall below the threshold, or leave requirement lines that are neither fields,
relationships nor custom logic, the configured LLM is asked for the spec (llm/reading.py); its
answer, validated like any spec, is used when it is confident, and otherwise goes to the person
as the suggestion to confirm. Nothing is lost when the LLM fails: the rules' result stands,
with a note saying why the LLM did not help.

Answers are cached by the recognition service like the rules' (source "llm"); an answer that
could not be used, or that was not confident, is remembered for this session only, so asking
again costs nothing until a person answers — a server fault is never remembered.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace

from baes_tui.core.log import JsonLinesLog
from baes_tui.core.models import Recognition
from baes_tui.llm.client import LLMClient
from baes_tui.llm.reading import read_with_llm
from baes_tui.recognition.detection import detect_custom_logic

SESSION_MEMO_SIZE = 256


def unmapped_lines(recognition: Recognition) -> tuple[str, ...]:
    """Requirement lines the rules kept as text that are not custom logic either: nothing of
    the request was turned into them, so a second reader may understand more."""
    return tuple(
        line
        for line in recognition.business_rules
        if line.strip() and not detect_custom_logic(line)
    )


class LLMReader:
    """Asks the configured LLM when the rules are unsure; `known_entities` names the project's."""

    def __init__(
        self,
        client: LLMClient,
        *,
        threshold: float,
        known_entities: Callable[[], Iterable[str]] = tuple,
        log: JsonLinesLog | None = None,
    ) -> None:
        self.client = client
        self.threshold = threshold
        self.known_entities = known_entities
        self.log = log or JsonLinesLog(None)
        self._memo: OrderedDict[str, Recognition] = OrderedDict()

    def wants(self, rules: Recognition) -> bool:
        """Whether the rules' result leaves something for a second reader."""
        return (
            rules.needs_clarification
            or rules.confidence < self.threshold
            or bool(unmapped_lines(rules))
        )

    async def read(self, request: str, key: str, rules: Recognition) -> Recognition:
        """The better of the LLM's and the rules' readings, never worse than the rules'."""
        if key in self._memo:
            return replace(self._memo[key], request=request, normalized_key=key, tokens=0)
        reading = await read_with_llm(
            self.client, request, known_entities=self.known_entities(), rules=rules
        )
        self.log.write(
            "llm_reading",
            key=key,
            tokens=reading.tokens,
            answers=reading.answers,
            usable=reading.recognition is not None,
            problems=list(reading.problems),
        )
        rules_ok = not rules.needs_clarification and rules.confidence >= self.threshold
        answer = reading.recognition
        if answer is None:
            why = "; ".join(reading.problems) or "no answer"
            note = f"the LLM could not read this request ({why})"
            result = replace(rules, notes=(*rules.notes, note), tokens=reading.tokens)
            if not reading.unavailable:
                self._remember(key, result)
            return result
        answer = replace(
            answer,
            normalized_key=key,
            normalizer_id=rules.normalizer_id,
            # The rules' detector read the same words: what it found is not dropped.
            custom_logic=answer.custom_logic or rules.custom_logic,
            tokens=reading.tokens,
        )
        if answer.confidence >= self.threshold and answer.entities:
            return replace(answer, status="recognized", missing=())
        if rules_ok:
            note = f"the LLM was less sure ({answer.confidence:.2f}); the rules' reading stands"
            result = replace(rules, notes=(*rules.notes, note), tokens=reading.tokens)
        else:
            note = (
                f"read by the LLM with confidence {answer.confidence:.2f}, below"
                f" {self.threshold:.2f}: confirm or correct it"
            )
            result = replace(
                answer,
                status="needs_clarification",
                missing=("confirmation",),
                notes=(*answer.notes, note),
            )
        self._remember(key, result)
        return result

    def _remember(self, key: str, recognition: Recognition) -> None:
        self._memo[key] = recognition
        self._memo.move_to_end(key)
        while len(self._memo) > SESSION_MEMO_SIZE:
            self._memo.popitem(last=False)

    def forget(self, key: str) -> None:
        """A person answered for this key: their answer is what counts from now on."""
        self._memo.pop(key, None)
