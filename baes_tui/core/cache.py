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
import os
import sqlite3
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from baes_tui.core import cache_io
from baes_tui.core.cache_entry import (
    CacheEntry,
    CacheMode,
    CacheStats,
    HitCounts,
    SortKey,
    new_entry,
    stamp,
    utcnow,
)
from baes_tui.core.cache_io import WARM_REQUESTS, CacheFileError
from baes_tui.core.cache_rekey import RekeyRow, plan_rekey
from baes_tui.core.cache_schema import LAST_USED
from baes_tui.core.cache_sqlite import BUSY_TIMEOUT_S, SqliteTier, is_busy, is_corrupt
from baes_tui.core.errors import CacheUnavailable
from baes_tui.core.models import Recognition

__all__ = ["WARM_REQUESTS", "CacheEntry", "CacheStats", "HitCounts", "RecognitionCache"]

log = logging.getLogger(__name__)

# Hits are persisted this long after the first unsaved one: long enough to batch a burst of
# lookups into one transaction, short enough that a crash loses at most a moment of counts.
FLUSH_DELAY_S = 0.5
HISTORY_POINTS = 1000

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
        self._memory: OrderedDict[str, CacheEntry] = OrderedDict()
        self._capacity = max(0, memory_size)
        self._backups_dir = backups_dir
        self._now = now
        self._warning = warning
        self._session = [0, 0, 0]  # hits, misses, collisions
        self._pending_hits: dict[str, tuple[int, datetime]] = {}
        self._pending_misses = 0
        self._flush_task: asyncio.Task[None] | None = None
        self._history: deque[tuple[float, float]] = deque(maxlen=HISTORY_POINTS)

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

        def build(tier: SqliteTier | None, mode: CacheMode, warning: str | None = None):
            return cls(
                path,
                tier,
                mode,
                memory_size=memory_size,
                backups_dir=backups_dir,
                now=now,
                warning=warning,
            )

        try:
            return build(await _open_tier(path, busy_timeout_s), "sqlite")
        except Exception as exc:
            if not is_corrupt(exc):
                return build(None, *_degraded(path, exc))
            first = exc
        try:
            moved = _move_aside(path, now())
            tier = await _open_tier(path, busy_timeout_s)
        except Exception as exc:
            return build(None, *_degraded(path, exc))
        warning = (
            f"the cache file was corrupt ({first}); moved it to {moved.name} and started afresh"
        )
        log.warning("recognition cache: %s", warning)
        return build(tier, "sqlite", warning)

    async def close(self) -> None:
        """Persist pending hit counts and release the file. Safe to call twice."""
        if self._flush_task is not None:
            self._flush_task.cancel()
            self._flush_task = None
        await self.flush()
        if self._tier is not None:
            tier, self._tier = self._tier, None
            await tier.close()

    async def __aenter__(self) -> RecognitionCache:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- lookups -------------------------------------------------------------------------------

    async def get(self, key: str) -> CacheEntry | None:
        """The entry for `key`, counted as a hit (persisted soon after) or a miss."""
        entry = self._memory.get(key)
        if entry is not None:
            self._memory.move_to_end(key)
        elif self._tier is not None:
            try:
                entry = await self._tier.get(key)
            except sqlite3.Error as exc:
                await self._fail(exc)
            if entry is not None and key in self._pending_hits:
                entry = replace(entry, hit_count=entry.hit_count + self._pending_hits[key][0])
        at = self._now()
        if entry is None:
            self._session[1] += 1
            self._pending_misses += self._tier is not None
        else:
            entry = entry.hit(at)
            self._remember(entry)
            self._session[0] += 1
            if self._tier is not None:
                count, _ = self._pending_hits.get(key, (0, at))
                self._pending_hits[key] = (count + 1, at)
        self._history.append(
            (at.timestamp(), self._session[0] / (self._session[0] + self._session[1]))
        )
        self._schedule_flush()
        return entry

    async def put(self, recognition: Recognition) -> None:
        """Store `recognition` under its normalized_key, replacing what the key meant before.

        The key's hit count and creation time are kept: they describe the key, not the answer.
        """
        if not recognition.normalized_key:
            raise ValueError("cannot cache a recognition without a normalized_key")
        if self._mode == "off":
            return
        entry = new_entry(recognition, self._now())
        if self._tier is not None:
            try:
                await self._tier.upsert(entry)
            except sqlite3.Error as exc:
                await self._fail(exc)
            else:
                # The row's bookkeeping may be ahead of any copy here; the next get re-reads it.
                self._memory.pop(entry.key, None)
                return
        old = self._memory.get(entry.key)
        if old is not None:
            entry = replace(
                entry,
                hit_count=old.hit_count,
                created_at=old.created_at,
                last_hit_at=old.last_hit_at,
            )
        self._remember(entry)

    async def record_collision(self, key: str) -> None:
        """A hit did not match its request: count it, say so, and forget the entry."""
        self._session[2] += 1
        log.warning("recognition cache: collision on key %r; entry removed", key)
        self._memory.pop(key, None)
        self._pending_hits.pop(key, None)
        if self._tier is not None:
            try:
                await self._tier.delete_key(key, collision=True)
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
            doomed = [key]
            where, params = "normalized_request_key = ?", (key,)
        elif entity is not None:
            folded = entity.casefold()
            doomed = [k for k, e in self._memory.items() if _entity_name(e) == folded]
            where, params = "detected_entity = ? COLLATE NOCASE", (entity,)
        else:
            doomed = list(self._memory)
            where, params = "1", ()
            self._pending_hits.clear()
        for gone in doomed:
            self._memory.pop(gone, None)
            self._pending_hits.pop(gone, None)
        return await self._delete(where, params, len(doomed))

    async def cleanup(self, max_age_days: int) -> int:
        """Remove entries neither stored nor hit in the last `max_age_days` days."""
        await self.flush()
        cutoff = self._now() - timedelta(days=max_age_days)
        doomed = [k for k, e in self._memory.items() if (e.last_hit_at or e.stored_at) < cutoff]
        for gone in doomed:
            self._memory.pop(gone, None)
        return await self._delete(f"{LAST_USED} < ?", (stamp(cutoff),), len(doomed))

    async def _delete(self, where: str, params: tuple[str, ...], in_memory: int) -> int:
        if self._tier is None:
            return in_memory
        try:
            return await self._tier.delete_where(where, params)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return in_memory

    async def stats(self) -> CacheStats:
        """Entry count, session and all-time hit rates, collisions, tier state and warning."""
        session = HitCounts(self._session[0], self._session[1])
        all_time, total_collisions, entries = session, self._session[2], len(self._memory)
        if self._tier is not None:
            try:
                counters = await self._tier.counters()
                entries = await self._tier.count()
            except sqlite3.Error as exc:
                await self._fail(exc)
            else:
                pending = sum(count for count, _ in self._pending_hits.values())
                all_time = HitCounts(
                    counters.get("hits", 0) + pending,
                    counters.get("misses", 0) + self._pending_misses,
                )
                total_collisions = counters.get("collisions", 0)
        return CacheStats(
            entries=entries,
            session=session,
            all_time=all_time,
            session_collisions=self._session[2],
            total_collisions=total_collisions,
            memory_entries=len(self._memory),
            memory_capacity=self._capacity,
            available=self._tier is not None,
            mode=self._mode,
            path=self.path,
            warning=self._warning,
        )

    @property
    def hit_history(self) -> tuple[tuple[float, float], ...]:
        """(unix time, session hit rate) after each lookup, newest last, for a live plot."""
        return tuple(self._history)

    async def list_entries(
        self,
        *,
        search: str | None = None,
        sort: SortKey = "hits",
        limit: int = 100,
        offset: int = 0,
    ) -> list[CacheEntry]:
        """One page of entries, filtered by a substring of key, request or entity name."""
        if self._tier is None:
            return _page(list(self._memory.values()), search, sort)[offset : offset + limit]
        await self.flush()
        try:
            return await self._tier.page(search=search, sort=sort, limit=limit, offset=offset)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return await self.list_entries(search=search, sort=sort, limit=limit, offset=offset)

    async def count_entries(self, search: str | None = None) -> int:
        """How many entries `list_entries(search=...)` pages through."""
        if self._tier is not None:
            try:
                return await self._tier.count(search)
            except sqlite3.Error as exc:
                await self._fail(exc)
        return len(_page(list(self._memory.values()), search, "key"))

    async def export_json(self, path: Path) -> int:
        """Write every entry to `path` (deterministic JSON); return how many."""
        return cache_io.write_export(path, await self._all_entries())

    async def import_json(self, path: Path) -> int:
        """Load an export; an imported key replaces the existing one. Returns entries loaded."""
        entries = cache_io.read_export(path)
        if self._mode == "off":
            raise CacheUnavailable(self._warning or "the recognition cache is off")
        if self._tier is not None:
            await self.flush()
            try:
                count = await self._tier.insert_rows(entries)
            except sqlite3.Error as exc:
                await self._fail(exc)
            else:
                self._memory.clear()
                return count
        for entry in entries:
            self._remember(entry)
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
            if await self._exists(recognition.normalized_key):
                continue
            await self.put(recognition)
            added += 1
        return added

    async def rekey(self, normalize: Callable[[str], str], normalizer_id: str) -> int:
        """Re-key entries made by another normalizer from their original request.

        Two entries landing on one key keep the more-hit one (then the more recently used).
        Entries with no original request cannot be re-keyed and are dropped, so nothing
        mis-hits. Returns how many entries now carry `normalizer_id` after being moved.
        """
        if self._tier is None:
            entries = list(self._memory.values())
            rows = [_rekey_row(i, e) for i, e in enumerate(entries)]
        else:
            await self.flush()
            rows = await self._tier.rekey_rows()
        plan = plan_rekey(rows, normalize, normalizer_id)
        if self._tier is None:
            dropped = set(plan.drop)
            moved = dict(plan.moves)
            self._memory.clear()
            for index, entry in enumerate(entries):
                if index in dropped:
                    continue
                target = moved.get(index, entry.key)
                recognition = replace(
                    entry.recognition, normalized_key=target, normalizer_id=normalizer_id
                )
                self._remember(
                    replace(entry, key=target, normalizer_id=normalizer_id, recognition=recognition)
                )
            return len(plan.moves)
        try:
            await self._tier.apply_rekey(plan, normalizer_id)
        except sqlite3.Error as exc:
            await self._fail(exc)
            return 0
        self._memory.clear()
        self._pending_hits.clear()
        log.info(
            "recognition cache: re-keyed %d entries, dropped %d", len(plan.moves), len(plan.drop)
        )
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

    # -- internals -----------------------------------------------------------------------------

    def _remember(self, entry: CacheEntry) -> None:
        if not self._capacity:
            return
        self._memory[entry.key] = entry
        self._memory.move_to_end(entry.key)
        while len(self._memory) > self._capacity:
            self._memory.popitem(last=False)

    async def _exists(self, key: str) -> bool:
        if key in self._memory:
            return True
        if self._tier is None:
            return False
        try:
            return await self._tier.get(key) is not None
        except sqlite3.Error as exc:
            await self._fail(exc)
            return False

    async def _all_entries(self) -> list[CacheEntry]:
        if self._mode == "off":
            raise CacheUnavailable(self._warning or "the recognition cache is off")
        if self._tier is not None:
            await self.flush()
            try:
                return await self._tier.all_entries()
            except sqlite3.Error as exc:
                await self._fail(exc)
        return list(self._memory.values())

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
        hits, self._pending_hits = self._pending_hits, {}
        misses, self._pending_misses = self._pending_misses, 0
        try:
            if hits or misses:
                total = sum(count for count, _ in hits.values())
                await self._tier.add_hits(hits, misses=misses, hits_total=total)
            if await self._tier.changed_elsewhere():
                # Another process may have replaced or invalidated what this memory holds.
                self._memory.clear()
        except sqlite3.Error as exc:
            await self._fail(exc)

    async def _fail(self, exc: sqlite3.Error) -> None:
        """A live cache failed mid-session: keep going in memory, and say so."""
        tier, self._tier = self._tier, None
        self._mode = "memory" if self._capacity else "off"
        what = "corrupt" if is_corrupt(exc) else "unusable"
        self._warning = (
            f"the cache file became {what} ({exc}); continuing without it for this session"
        )
        log.warning("recognition cache: %s", self._warning)
        if tier is not None:
            try:
                await tier.close()
            except sqlite3.Error:
                log.debug("closing a failed cache connection failed too", exc_info=True)


async def _open_tier(path: Path, busy_timeout_s: float) -> SqliteTier:
    path.parent.mkdir(parents=True, exist_ok=True)
    return await SqliteTier.open(path, busy_timeout_s=busy_timeout_s)


def _degraded(path: Path, exc: BaseException) -> tuple[CacheMode, str]:
    """Which mode a cache that cannot open runs in, and the warning that says why."""
    if is_busy(exc):
        mode: CacheMode = "off"
        why = f"{path} is locked by another process ({exc})"
    elif isinstance(exc, CacheUnavailable):
        mode, why = "off", str(exc)
    else:
        mode = "memory"
        why = f"cannot use {path} ({exc}); caching in memory for this session only"
    warning = f"recognition cache unavailable: {why}"
    log.warning("%s", warning)
    return mode, warning


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename a corrupt cache file (and its WAL) out of the way, keeping it for inspection."""
    target = path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%dT%H%M%S%fZ')}")
    os.replace(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    return target


def _rekey_row(index: int, entry: CacheEntry) -> RekeyRow:
    last_used = stamp(entry.last_hit_at or entry.stored_at)
    return RekeyRow(
        index, entry.key, entry.original_request, entry.normalizer_id, entry.hit_count, last_used
    )


def _entity_name(entry: CacheEntry) -> str:
    entity = entry.recognition.entity
    return entity.name.casefold() if entity else ""


def _page(entries: list[CacheEntry], search: str | None, sort: SortKey) -> list[CacheEntry]:
    if search:
        needle = search.casefold()
        entries = [
            e
            for e in entries
            if needle in e.key.casefold()
            or needle in e.original_request.casefold()
            or needle in _entity_name(e)
        ]
    if sort == "hits":
        return sorted(entries, key=lambda e: (-e.hit_count, e.key))
    if sort == "age":
        return sorted(
            sorted(entries, key=lambda e: e.key), key=lambda e: e.created_at, reverse=True
        )
    return sorted(entries, key=lambda e: e.key)
