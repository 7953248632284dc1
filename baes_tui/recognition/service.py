"""Request text → Recognition, through the cache: normalize → cache → recognizer.

Two keys find a cached answer: the normalized request (the same words), and, when the rules
read the request confidently, the meaning of that reading (`cache.entry.parse_key`), so a
paraphrase ("Set up an employee directory with …" after "Create a system to manage employees
with …") finds what the first wording stored — a person's or an LLM's answer included.
Every hit is trusted only after it is checked against the request (docs/architecture.md: an
exact cache over a normalized key is wrong only through normalization collisions): the request
must name every entity, field, target and old name the answer names. A failed check on the
first key is logged as a collision, counted, and treated as a miss whose fresh result replaces
the entry.
A request that needs clarification is never stored. What the rules cannot read goes to the
LLM, the second reader, when one is configured (llm_reader.py); a preview never asks it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from baes_tui.core.errors import BadRequest
from baes_tui.core.log import JsonLinesLog
from baes_tui.core.models import Recognition
from baes_tui.recognition.cache.entry import parse_key
from baes_tui.recognition.hitcheck import matches_request
from baes_tui.recognition.limits import DEFAULT_THRESHOLD, MAX_REQUEST_CHARS
from baes_tui.recognition.normalize import Normalizer, default_normalizer
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.rules_id import rules_id
from baes_tui.recognition.wordnet import LazyLemmatizer, WordNetMissing

if TYPE_CHECKING:
    from baes_tui.recognition.cache.store import RecognitionCache
    from baes_tui.recognition.llm_reader import LLMReader
    from baes_tui.recognition.recognizer import Recognizer

INLINE_REQUEST_CHARS = 2_000
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NormalizerStatus:
    normalizer_id: str
    wordnet_ready: bool
    wordnet_error: str | None


class RecognitionService:
    """One recognition path for every face; the cache is optional (None = cache off)."""

    def __init__(
        self,
        *,
        lemmatizer: LazyLemmatizer,
        cache: RecognitionCache | None,
        threshold: float = DEFAULT_THRESHOLD,
        log: JsonLinesLog | None = None,
        llm: LLMReader | None = None,
        recognizer: Recognizer | None = None,
    ) -> None:
        self.lemmatizer = lemmatizer
        self.llm = llm  # the second reader, when an LLM is configured
        self.cache = cache
        self.threshold = threshold
        self.log = log or JsonLinesLog(None)
        # the rules; a caller that already holds them (or remembers their readings) lends them
        self._recognizer: Recognizer | None = recognizer
        self._normalizer: Normalizer | None = None
        self._normalizer_lock = asyncio.Lock()
        self._listeners: list[Callable[[], None]] = []

    @property
    def recognizer(self) -> Recognizer:
        """The rules, imported on first use: a cache hit they stored need not read again."""
        if self._recognizer is None:
            from baes_tui.recognition.recognizer import Recognizer

            self._recognizer = Recognizer()
        return self._recognizer

    async def normalizer(self) -> Normalizer:
        """The active normalizer; the first call waits for WordNet off the event loop."""
        if self._normalizer is None:
            async with self._normalizer_lock:
                if self._normalizer is None:
                    self._normalizer = await self._resolve_normalizer()
        return self._normalizer

    async def _resolve_normalizer(self) -> Normalizer:
        normalizer = await asyncio.to_thread(default_normalizer, self.lemmatizer)
        if self.cache is not None:
            # Entries keyed by another normalizer (an upgrade, or WordNet missing last time)
            # move to this one's keys before any lookup, so nothing mis-hits.
            moved = await self.cache.rekey(normalizer.normalize, normalizer.id)
            if moved:
                self.log.write("cache_rekeyed", entries=moved, normalizer=normalizer.id)
        return normalizer

    def status(self) -> NormalizerStatus:
        ready = self.lemmatizer.ready.is_set() and self.lemmatizer.error is None
        active = self._normalizer.id if self._normalizer else "loading"
        return NormalizerStatus(active, ready, self.lemmatizer.error)

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Called after every counted lookup, so a face can refresh hit rates without polling."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    async def _rules(self, request: str, normalizer: Normalizer) -> Recognition:
        return await _off_loop_if_long(request, self._recognize, request, normalizer)

    def _recognize(self, request: str, normalizer: Normalizer) -> Recognition:
        return self.recognizer.recognize(request, normalizer=normalizer, threshold=self.threshold)

    async def recognize(self, request: str) -> Recognition:
        """Recognize, using and filling the cache (counts a hit or a miss)."""
        recognition = await self._with_normalizer(
            request, lambda normalizer: self._lookup(request, normalizer, count=True)
        )
        self._notify()
        return recognition

    async def preview(self, request: str) -> Recognition:
        """What `recognize` would answer, without counting, writing or logging (live preview)."""
        return await self._with_normalizer(
            request, lambda normalizer: self._lookup(request, normalizer, count=False)
        )

    # --- lemma memory: WordNet loads only for a word it lacks (issue 11) ----------------------
    async def _with_normalizer(self, request: str, work: Callable[[Normalizer], Awaitable[T]]) -> T:
        """Run `work` with the normalizer, the request's lemmas found first.

        Until WordNet has loaded, a word the lemma memory lacks loads it: the request's words
        are lemmatized off the event loop first, so a face's loop never waits for WordNet. If
        WordNet was installed but fails to load, the fallback normalizer takes over.
        """
        for attempt in (1, 2):
            normalizer = await self.normalizer()
            try:
                if not self.lemmatizer.ready.is_set() and len(request) <= MAX_REQUEST_CHARS:
                    await asyncio.to_thread(normalizer.tokens, request)
                return await work(normalizer)
            except WordNetMissing:
                if attempt == 2:
                    raise
                self._normalizer = None  # chosen again: the fallback, now WordNet failed
        raise AssertionError("unreachable")

    async def _lookup(self, request: str, normalizer: Normalizer, *, count: bool) -> Recognition:
        if not request or not request.strip():
            raise BadRequest("the request is empty: describe what to build, e.g. 'create student'")
        if len(request) > MAX_REQUEST_CHARS:  # checked before any work is spent on it
            raise BadRequest(
                f"request too long: {len(request):,} characters; the limit is {MAX_REQUEST_CHARS:,}"
            )
        key = await _off_loop_if_long(request, normalizer.normalize, request)
        if self.cache is None:
            fresh = await self._rules(request, normalizer)
            if count:
                fresh = await self._second_reader(request, key, fresh)
            return replace(fresh, cache="off")
        tokens = normalizer.tokens(request)
        entry = await self.cache.peek(key)
        fresh: Recognition | None = None
        if entry is not None:
            cached = entry.recognition
            # A person's answer to a clarification names what the words did not, so it is
            # trusted for the request it answered. An LLM's answer to these very words (up to
            # case and punctuation) is trusted too: no collision is possible then, it may name
            # what the words do not, and asking again would cost tokens; for other words it
            # must match them. A rules answer must match the words and mean what the rules read
            # in these words now (two wordings can share a key yet differ in a word
            # normalization drops).
            if cached.source == "human" or cached.entity is None:
                trusted = True
            elif cached.source == "llm":
                same_words = _words(entry.original_request) == _words(request)
                trusted = same_words or matches_request(cached, tokens, normalizer)
            elif entry.rules_id == self._rules_id(normalizer) and entry.original_request == request:
                # These rules read these very words as the entry means (rules_id.py): reading
                # them again would give the same meaning.
                trusted = matches_request(cached, tokens, normalizer)
            else:
                fresh = await self._rules(request, normalizer)
                trusted = parse_key(fresh) == parse_key(cached) and matches_request(
                    cached, tokens, normalizer
                )
                if trusted and count and entry.original_request == request:
                    # Read by other rules (an upgrade) and still meaning the same: say so, so
                    # the next hit needs no reading.
                    entry = replace(entry, rules_id=self._rules_id(normalizer))
                    await self.cache.put(cached, rules_id=entry.rules_id)
            if trusted:
                hit = replace(cached, request=request, normalized_key=key, cache="hit", tokens=0)
                if count:
                    self.cache.record_hit(entry)
                    self.log.write("cache_hit", key=key, request=request, source=cached.source)
                return hit
            if count:
                await self.cache.record_collision(key)
                self.log.write(
                    "cache_collision", key=key, request=request, cached=entry.original_request
                )
        if fresh is None:
            fresh = await self._rules(request, normalizer)
        meaning = parse_key(fresh)
        if meaning is not None:
            # A paraphrase: another wording already stored this meaning. Trusted only when
            # the request names everything the stored answer names (as any hit).
            same = await self.cache.peek_meaning(meaning)
            if same is not None and matches_request(same.recognition, tokens, normalizer):
                hit = replace(
                    same.recognition, request=request, normalized_key=key, cache="hit", tokens=0
                )
                if count:
                    self.cache.record_hit(same)
                    # The rules read these words as the answer means (parse keys equal).
                    await self.cache.put(
                        replace(hit, cache="miss"), rules_id=self._rules_id(normalizer)
                    )
                    self.log.write(
                        "cache_hit", key=key, request=request, source=hit.source, paraphrase=True
                    )
                return hit
        if count:
            self.cache.record_miss()
            fresh = await self._second_reader(request, key, fresh)
        if count and not fresh.needs_clarification:
            read_by = self._rules_id(normalizer) if fresh.source == "rules" else None
            await self.cache.put(fresh, rules_id=read_by)
            self.log.write("cache_miss", key=key, request=request, intent=str(fresh.intent))
        return fresh

    def _rules_id(self, normalizer: Normalizer) -> str:
        return rules_id(normalizer.id, self.threshold)

    async def _second_reader(self, request: str, key: str, rules: Recognition) -> Recognition:
        """The LLM reads what the rules could not (recognition/llm_reader.py); a preview never
        gets here, so typing costs no tokens."""
        if self.llm is None or not self.llm.wants(rules):
            return rules
        return await self.llm.read(request, key, rules)

    async def remember(self, recognition: Recognition) -> Recognition:
        """Store a person's answer to a clarification as a human-sourced recognition."""
        normalizer = await self.normalizer()
        stored = replace(
            recognition,
            normalized_key=normalizer.normalize(recognition.request),
            normalizer_id=normalizer.id,
            status="recognized",
            missing=(),
            source="human",
            confidence=1.0,
        )
        if self.cache is not None:
            await self.cache.put(stored)
        if self.llm is not None:
            self.llm.forget(stored.normalized_key)
        self.log.write("human_recognition", key=stored.normalized_key, request=stored.request)
        return stored


def _words(text: str) -> list[str]:
    return rx(r"\w+").findall(text.casefold())


async def _off_loop_if_long(request: str, fn: Callable[..., T], *args: Any) -> T:
    """A sentence takes ~0.1 ms and runs inline; a long multi-line request goes to a thread so
    a face's event loop never stalls on it."""
    if len(request) <= INLINE_REQUEST_CHARS:
        return fn(*args)
    return await asyncio.to_thread(fn, *args)
