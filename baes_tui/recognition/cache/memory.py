"""The in-process halves of the recognition cache: the LRU tier and the hit ledger.

Both are plain synchronous objects so a memory-tier hit costs microseconds: nothing here
touches the disk. The ledger keeps hits not yet written to SQLite, so all-time numbers can be
shown at once and written in one batch later.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

from baes_tui.recognition.cache.entry import CacheEntry, HitCounts, SortKey, parse_key, stamp
from baes_tui.recognition.cache.rekey import RekeyPlan, RekeyRow

HISTORY_POINTS = 1000


class MemoryTier:
    """A bounded LRU of entries; capacity 0 keeps nothing."""

    def __init__(self, capacity: int) -> None:
        self.capacity = max(0, capacity)
        self._entries: OrderedDict[str, CacheEntry] = OrderedDict()
        self._by_meaning: dict[str, str] = {}  # parse key → normalized key

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[CacheEntry]:
        return iter(list(self._entries.values()))

    def get(self, key: str) -> CacheEntry | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def peek(self, key: str) -> CacheEntry | None:
        """Like get, without making the entry recently used."""
        return self._entries.get(key)

    def peek_meaning(self, meaning: str) -> CacheEntry | None:
        """The entry whose recognition has parse key `meaning` (a paraphrase's entry)."""
        key = self._by_meaning.get(meaning)
        entry = self._entries.get(key) if key is not None else None
        if entry is None or parse_key(entry.recognition) != meaning:
            self._by_meaning.pop(meaning, None)  # stale: the key was replaced or dropped
            return None
        return entry

    def remember(self, entry: CacheEntry) -> None:
        if not self.capacity:
            return
        self._entries[entry.key] = entry
        self._entries.move_to_end(entry.key)
        if (meaning := parse_key(entry.recognition)) is not None:
            self._by_meaning[meaning] = entry.key
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def forget(self, key: str) -> None:
        self._entries.pop(key, None)

    def forget_where(self, doomed: Callable[[CacheEntry], bool]) -> list[str]:
        keys = [key for key, entry in self._entries.items() if doomed(entry)]
        for key in keys:
            del self._entries[key]
        return keys

    def clear(self) -> None:
        self._entries.clear()
        self._by_meaning.clear()

    def page(self, search: str | None, sort: SortKey) -> list[CacheEntry]:
        """All entries matching `search`, in `sort` order (memory-only mode's list)."""
        entries = list(self._entries.values())
        if search:
            needle = search.casefold()
            entries = [
                e
                for e in entries
                if needle in e.key.casefold()
                or needle in e.original_request.casefold()
                or needle in entity_name(e)
            ]
        entries.sort(key=lambda e: e.key)
        if sort == "hits":
            entries.sort(key=lambda e: e.hit_count, reverse=True)
        elif sort == "age":
            entries.sort(key=lambda e: e.created_at, reverse=True)
        return entries

    def rekey_rows(self) -> list[RekeyRow]:
        return [
            RekeyRow(
                index,
                e.key,
                e.original_request,
                e.normalizer_id,
                e.hit_count,
                stamp(e.last_hit_at or e.stored_at),
            )
            for index, e in enumerate(self._entries.values())
        ]

    def apply_rekey(self, plan: RekeyPlan, normalizer_id: str) -> None:
        """Apply a plan made from rekey_rows() (row ids are positions in LRU order)."""
        entries = list(self._entries.values())
        dropped, moved = set(plan.drop), dict(plan.moves)
        self._entries.clear()
        for index, entry in enumerate(entries):
            if index in dropped:
                continue
            key = moved.get(index, entry.key)
            rec = replace(entry.recognition, normalized_key=key, normalizer_id=normalizer_id)
            self.remember(replace(entry, key=key, normalizer_id=normalizer_id, recognition=rec))


def entity_name(entry: CacheEntry) -> str:
    entity = entry.recognition.entity
    return entity.name.casefold() if entity else ""


class HitLedger:
    """Session counts, hits and misses not yet persisted, and the hit-rate history."""

    def __init__(self) -> None:
        self.hits = 0
        self.misses = 0
        self.collisions = 0
        self.pending_hits: dict[str, tuple[int, datetime]] = {}
        self.pending_misses = 0
        # All-time counters as last read from SQLite, and the session counts at that moment:
        # stats_now() adds what happened since, without a query.
        self.stored = HitCounts()
        self.stored_collisions = 0
        self._session_at_read = (0, 0, 0)
        self.history: deque[tuple[float, float]] = deque(maxlen=HISTORY_POINTS)

    @property
    def session(self) -> HitCounts:
        return HitCounts(self.hits, self.misses)

    def hit(self, key: str, at: datetime, *, persist: bool) -> None:
        self.hits += 1
        if persist:
            count, _ = self.pending_hits.get(key, (0, at))
            self.pending_hits[key] = (count + 1, at)
        self.history.append((at.timestamp(), self.hits / (self.hits + self.misses)))

    def miss(self, at: datetime, *, persist: bool) -> None:
        self.misses += 1
        self.pending_misses += persist
        self.history.append((at.timestamp(), self.hits / (self.hits + self.misses)))

    def pending_for(self, key: str) -> int:
        return self.pending_hits.get(key, (0, None))[0]

    def take_pending(self) -> tuple[dict[str, tuple[int, datetime]], int]:
        hits, self.pending_hits = self.pending_hits, {}
        misses, self.pending_misses = self.pending_misses, 0
        return hits, misses

    def read_stored(self, counters: dict[str, int]) -> None:
        """Record the persisted counters (which include every flushed hit and miss)."""
        pending = sum(count for count, _ in self.pending_hits.values())
        self.stored = HitCounts(
            counters.get("hits", 0) + pending, counters.get("misses", 0) + self.pending_misses
        )
        self.stored_collisions = counters.get("collisions", 0)
        self._session_at_read = (self.hits, self.misses, self.collisions)

    def all_time(self) -> tuple[HitCounts, int]:
        hits0, misses0, collisions0 = self._session_at_read
        counts = HitCounts(
            self.stored.hits + self.hits - hits0, self.stored.misses + self.misses - misses0
        )
        return counts, self.stored_collisions + self.collisions - collisions0
