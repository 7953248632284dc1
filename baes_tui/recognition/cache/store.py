"""The recognition cache: a memory LRU in front of SQLite, keyed by normalized request text.

A cache is an optimisation, never a dependency: whatever goes wrong with the file (garbage,
truncation, a lock held too long, a read-only folder), recognition goes on. Corrupt files are
moved aside and recreated; anything else degrades to a memory-only or no-cache mode that
`stats()` reports with a warning. Hits are counted in memory and written in batches shortly
after, so a memory-tier read never waits for the disk.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from baes_tui.core.errors import CacheUnavailable
from baes_tui.core.models import Recognition
from baes_tui.recognition.cache import io as cache_io
from baes_tui.recognition.cache.entry import (
    CacheEntry,
    CacheMode,
    CacheStats,
    HitCounts,
    SortKey,
    new_entry,
    stamp,
    utcnow,
)
from baes_tui.recognition.cache.io import WARM_REQUESTS, CacheFileError
from baes_tui.recognition.cache.memory import HitLedger, MemoryTier, entity_name
from baes_tui.recognition.cache.recovery import open_or_degrade
from baes_tui.recognition.cache.rekey import plan_rekey
from baes_tui.recognition.cache.schema import LAST_USED
from baes_tui.recognition.cache.sqlite import BUSY_TIMEOUT_S, SqliteTier, is_corrupt

__all__ = ["WARM_REQUESTS", "CacheEntry", "CacheStats", "HitCounts", "RecognitionCache"]

log = logging.getLogger(__name__)

# Hits are persisted this long after the first unsaved one: long enough to batch a burst of
# lookups into one transaction, short enough that a crash loses at most a moment of counts.
FLUSH_DELAY_S = 0.5

Recognize = Callable[[str], Recognition | Awaitable[Recognition]]


class RecognitionCache:
    """Two-tier exact cache of recognitions. Build it with `await RecognitionCache.open(...)`."""

    def __init__(
        self,
        path: Path,
        tier: SqliteTier | None,
        mode: CacheMode,
        *,
        memory_size: int,
        backups_dir: Path | None,
        now: Callable[[], datetime],
        warning: str | None = None,
    ) -> None:
        self.path = path
        self._tier = tier
        self._mode: CacheMode = mode
        self._memory = MemoryTier(memory_size if mode != "off" else 0)
        self._ledger = HitLedger()
        self._backups_dir = backups_dir
        self._now = now
        self._warning = warning
        self._entries_known = 0
        self._flush_task: asyncio.Task[None] | None = None
        self._flush_lock = asyncio.Lock()

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        memory_size: int = 1024,
        backups_dir: Path | None = None,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        now: Callable[[], datetime] = utcnow,
    ) -> RecognitionCache:
        """Open the cache at `path`; never raises for a bad file, it degrades and says why.

        `now` is the clock for stored times (tests age entries with it); `busy_timeout_s` is
        how long one attempt waits for another process's lock.
        """
        tier, mode, warning = await open_or_degrade(path, busy_timeout_s=busy_timeout_s, now=now)
        cache = cls(
            path,
            tier,
            mode,
            memory_size=memory_size,
            backups_dir=backups_dir,
            now=now,
            warning=warning,
        )
        try:
            await cache.stats()  # primes stats_now() with the stored counters
        except BaseException:  # cancelled: release the file (its thread would outlive us)
            await cache.close()
            raise
        return cache

    async def close(self) -> None:
        """Persist pending hit counts and release the file. Safe to call twice."""
        task, self._flush_task = self._flush_task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self.flush()
        if self._tier is not None:
            tier, self._tier = self._tier, None
            await tier.close()

    async def __aenter__(self) -> RecognitionCache:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def available(self) -> bool:
        """True while entries persist in cache.db (False in memory-only and off modes)."""
        return self._mode == "sqlite"

    @property
    def mode(self) -> CacheMode:
        return self._mode

    @property
    def warning(self) -> str | None:
        return self._warning

    # -- lookups -------------------------------------------------------------------------------

    async def get(self, key: str) -> CacheEntry | None:
        """The entry for `key`, counted as a hit (persisted soon after) or a miss."""
        entry = self._memory.get(key) or await self._load(key)
        at = self._now()
        persist = self._tier is not None
        if entry is None:
            self._ledger.miss(at, persist=persist)
        else:
            entry = entry.hit(at)
            self._memory.remember(entry)
            self._ledger.hit(key, at, persist=persist)
        self._schedule_flush()
        return entry

    async def peek(self, key: str) -> CacheEntry | None:
        """The entry for `key` without counting anything (live previews)."""
        return self._memory.peek(key) or await self._load(key)

    async def peek_meaning(self, meaning: str) -> CacheEntry | None:
        """An entry whose recognition means `meaning` (entry.parse_key), uncounted: how a
        paraphrase finds what an earlier wording stored. The caller checks it, then counts."""
        entry = self._memory.peek_meaning(meaning)
        if entry is not None or self._tier is None:
            return entry
        try:
            return await self._tier.get_by_parse_key(meaning)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return None

    def record_hit(self, entry: CacheEntry) -> None:
        """Count a hit on an entry the caller found with peek/peek_meaning and checked."""
        at = self._now()
        self._memory.remember(entry.hit(at))
        self._ledger.hit(entry.key, at, persist=self._tier is not None)
        self._schedule_flush()

    def record_miss(self) -> None:
        """Count a lookup that found nothing the caller could trust."""
        self._ledger.miss(self._now(), persist=self._tier is not None)
        self._schedule_flush()

    async def _load(self, key: str) -> CacheEntry | None:
        if self._tier is None:
            return None
        try:
            entry = await self._tier.get(key)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return None
        pending = self._ledger.pending_for(key)
        return replace(entry, hit_count=entry.hit_count + pending) if entry and pending else entry

    async def put(self, recognition: Recognition, *, rules_id: str | None = None) -> None:
        """Store `recognition` under its normalized_key, replacing what the key meant before.

        The key's hit count and creation time are kept: they describe the key, not the answer.
        `rules_id`: the rules that read the request as `recognition` means (entry.rules_id).
        """
        if not recognition.normalized_key:
            raise ValueError("cannot cache a recognition without a normalized_key")
        if self._mode == "off":
            return
        entry = new_entry(recognition, self._now(), rules_id)
        if self._tier is not None:
            try:
                self._entries_known += await self._tier.upsert(entry)
            except sqlite3.Error as exc:
                await self._fail(exc)
            else:
                # The row's bookkeeping may be ahead of any copy here; the next get re-reads it.
                self._memory.forget(entry.key)
                return
        old = self._memory.peek(entry.key)
        if old is not None:
            entry = replace(
                entry,
                hit_count=old.hit_count,
                created_at=old.created_at,
                last_hit_at=old.last_hit_at,
            )
        self._memory.remember(entry)

    async def record_collision(self, key: str) -> None:
        """A hit did not match its request: count it, say so, and forget the entry."""
        self._ledger.collisions += 1
        log.warning("recognition cache: collision on key %r; entry removed", key)
        self._memory.forget(key)
        self._ledger.pending_hits.pop(key, None)
        if self._tier is not None:
            try:
                self._entries_known -= await self._tier.delete_key(key, collision=True)
            except sqlite3.Error as exc:
                await self._fail(exc)

    # -- maintenance ---------------------------------------------------------------------------

    async def invalidate(
        self, *, key: str | None = None, entity: str | None = None, all: bool = False
    ) -> int:
        """Remove one key, every entry of an entity (case-insensitive), or everything."""
        if sum((key is not None, entity is not None, all)) != 1:
            raise ValueError("invalidate needs exactly one of key=, entity= or all=True")
        if key is not None:
            doomed = self._memory.forget_where(lambda e: e.key == key)
            where, params = "normalized_request_key = ?", (key,)
        elif entity is not None:
            folded = entity.casefold()
            doomed = self._memory.forget_where(lambda e: entity_name(e) == folded)
            where, params = "detected_entity = ? COLLATE NOCASE", (entity,)
        else:
            doomed = self._memory.forget_where(lambda e: True)
            where, params = "1", ()
            self._ledger.pending_hits.clear()
        for gone in doomed:
            self._ledger.pending_hits.pop(gone, None)
        return await self._delete(where, params, len(doomed))

    async def cleanup(self, max_age_days: int) -> int:
        """Remove entries neither stored nor hit in the last `max_age_days` days."""
        await self.flush()
        cutoff = self._now() - timedelta(days=max_age_days)
        doomed = self._memory.forget_where(lambda e: (e.last_hit_at or e.stored_at) < cutoff)
        return await self._delete(f"{LAST_USED} < ?", (stamp(cutoff),), len(doomed))

    async def _delete(self, where: str, params: tuple[str, ...], in_memory: int) -> int:
        if self._tier is None:
            return in_memory
        try:
            removed = await self._tier.delete_where(where, params)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return in_memory
        self._entries_known -= removed
        return removed

    async def stats(self) -> CacheStats:
        """Entry count, session and all-time hit rates, collisions, tier state and warning."""
        if self._tier is not None:
            try:
                self._ledger.read_stored(await self._tier.counters())
                self._entries_known = await self._tier.count()
            except sqlite3.Error as exc:
                await self._fail(exc)
        return self.stats_now()

    def stats_now(self) -> CacheStats:
        """Stats without a query (for a listener after every lookup): the entry count is the
        last one read, adjusted for this process's own puts and deletes."""
        all_time, collisions = self._ledger.all_time()
        return CacheStats(
            entries=self._entries_known if self._tier is not None else len(self._memory),
            session=self._ledger.session,
            all_time=all_time,
            session_collisions=self._ledger.collisions,
            total_collisions=collisions,
            memory_entries=len(self._memory),
            memory_capacity=self._memory.capacity,
            available=self.available,
            mode=self._mode,
            path=self.path,
            warning=self._warning,
        )

    @property
    def hit_history(self) -> tuple[tuple[float, float], ...]:
        """(unix time, session hit rate) after each counted lookup, oldest first, for a plot."""
        return tuple(self._ledger.history)

    async def list_entries(
        self,
        *,
        search: str | None = None,
        sort: SortKey = "hits",
        limit: int = 100,
        offset: int = 0,
    ) -> list[CacheEntry]:
        """One page of entries, filtered by a substring of key, request or entity name."""
        if self._tier is not None:
            await self.flush()
            try:
                return await self._tier.page(search=search, sort=sort, limit=limit, offset=offset)
            except sqlite3.Error as exc:
                await self._fail(exc)
        return self._memory.page(search, sort)[offset : offset + limit]

    async def count_entries(self, search: str | None = None) -> int:
        """How many entries `list_entries(search=...)` pages through."""
        if self._tier is not None:
            try:
                return await self._tier.count(search)
            except sqlite3.Error as exc:
                await self._fail(exc)
        return len(self._memory.page(search, "key"))

    async def export_json(self, path: Path) -> int:
        """Write every entry to `path` (deterministic JSON); return how many."""
        if self._mode == "off":
            raise CacheUnavailable(self._warning or "the recognition cache is off")
        entries = list(self._memory)
        if self._tier is not None:
            await self.flush()
            try:
                entries = await self._tier.all_entries()
            except sqlite3.Error as exc:
                await self._fail(exc)
        return await asyncio.to_thread(cache_io.write_export, path, entries)

    async def import_json(self, path: Path) -> int:
        """Load an export; an imported key replaces the existing one. Returns entries loaded."""
        entries = await asyncio.to_thread(cache_io.read_export, path)
        if self._mode == "off":
            raise CacheUnavailable(self._warning or "the recognition cache is off")
        if self._tier is not None:
            await self.flush()
            try:
                count = await self._tier.insert_rows(entries)
                self._entries_known = await self._tier.count()
            except sqlite3.Error as exc:
                await self._fail(exc)
            else:
                self._memory.clear()
                return count
        for entry in entries:
            self._memory.remember(entry)
        return len(entries)

    async def warm(self, recognize: Recognize) -> int:
        """Cache WARM_REQUESTS (student, course, teacher) not cached yet; return how many."""
        added = 0
        for text in WARM_REQUESTS:
            recognition = recognize(text)
            if inspect.isawaitable(recognition):
                recognition = await recognition
            if recognition.needs_clarification or not recognition.normalized_key:
                continue
            if await self.peek(recognition.normalized_key) is not None:
                continue
            await self.put(recognition)
            added += 1
        return added

    async def rekey(self, normalize: Callable[[str], str], normalizer_id: str) -> int:
        """Re-key entries made by another normalizer from their original request.

        Two entries landing on one key keep the more-hit one (then the more recently used).
        Entries with no original request cannot be re-keyed and are dropped, so nothing
        mis-hits. Returns how many entries were moved to `normalizer_id`.
        """
        if self._tier is None:
            plan = plan_rekey(self._memory.rekey_rows(), normalize, normalizer_id)
            self._memory.apply_rekey(plan, normalizer_id)
            return len(plan.moves)
        await self.flush()
        try:
            if not await self._tier.foreign_count(normalizer_id):
                return 0  # the common case at start-up: no full scan of a big cache
            plan = plan_rekey(await self._tier.rekey_rows(), normalize, normalizer_id)
            await self._tier.apply_rekey(plan, normalizer_id)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return 0
        self._memory.clear()
        self._entries_known -= len(plan.drop)
        log.info("recognition cache: re-keyed %d, dropped %d", len(plan.moves), len(plan.drop))
        return len(plan.moves)

    async def backup_if_due(self) -> Path | None:
        """Write a daily JSON backup into backups_dir and keep the newest 7.

        Returns the new file, or None when no backup was due or possible. A failed backup is
        logged and shown as the stats warning; it never stops the caller.
        """
        if self._backups_dir is None or self._tier is None:
            return None
        now = self._now()
        if not cache_io.backup_due(self._backups_dir, now):
            return None
        target = cache_io.backup_path(self._backups_dir, now)
        try:
            await self.export_json(target)
        except CacheFileError as exc:
            self._warning = f"backup failed: {exc}"
            log.warning("recognition cache: %s", self._warning)
            return None
        cache_io.rotate_backups(self._backups_dir)
        return target

    # -- persistence of counts and failures ----------------------------------------------------

    def _schedule_flush(self) -> None:
        if self._tier is None or self._flush_task is not None:
            return
        self._flush_task = asyncio.get_running_loop().create_task(self._flush_later())

    async def _flush_later(self) -> None:
        await asyncio.sleep(FLUSH_DELAY_S)
        self._flush_task = None
        await self.flush()

    async def flush(self) -> None:
        """Write pending hit/miss counts now; drop the memory tier if another process wrote."""
        if self._tier is None:
            return
        # One flush at a time: a reader that flushes first must also wait for a flush already
        # under way, or it could read the table before those hits land.
        async with self._flush_lock:
            await self._flush_pending()

    async def _flush_pending(self) -> None:
        assert self._tier is not None
        hits, misses = self._ledger.take_pending()
        try:
            if hits or misses:
                total = sum(count for count, _ in hits.values())
                # Shielded: a close() that cancels this flush must not lose or half-write it.
                await asyncio.shield(self._tier.add_hits(hits, misses=misses, hits_total=total))
            if await self._tier.changed_elsewhere():
                # Another process may have replaced or invalidated what this memory holds.
                self._memory.clear()
        except sqlite3.Error as exc:
            await self._fail(exc)

    async def _fail(self, exc: sqlite3.Error) -> None:
        """A live cache failed mid-session: keep going in memory, and say so."""
        tier, self._tier = self._tier, None
        self._mode = "memory" if self._memory.capacity else "off"
        what = "corrupt" if is_corrupt(exc) else "unusable"
        self._warning = f"the cache file became {what} ({exc}); continuing without it"
        log.warning("recognition cache: %s", self._warning)
        if tier is not None:
            try:
                await tier.close()
            except sqlite3.Error:
                log.debug("closing a failed cache connection failed too", exc_info=True)
