"""The persistent tier of the recognition cache: one aiosqlite connection to `cache.db`.

Several processes (the TUI, a `baes generate` in another terminal, CI jobs) share the file, so
every write is a short BEGIN IMMEDIATE transaction, SQLite waits on a busy lock itself
(busy_timeout), and what still comes back busy is retried with jittered backoff. Nobody above
this module sees "database is locked".
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from baes_tui.recognition.cache.entry import (
    ENTRY_COLUMNS,
    CacheEntry,
    SortKey,
    entry_to_row,
    row_to_entry,
    stamp,
)
from baes_tui.recognition.cache.rekey import RekeyPlan, RekeyRow
from baes_tui.recognition.cache.schema import COUNTERS, LAST_USED, SCHEMA_VERSION, TABLE, migrate

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_TIMEOUT_S = 5.0
# After SQLite's own wait, retry a few times more, so a busy spell ends in a write, not an error.
MAX_ATTEMPTS = 8
FIRST_BACKOFF_S = 0.01
MAX_BACKOFF_S = 0.5
# Opening gives up sooner: a file locked that long is better skipped than waited for.
OPEN_ATTEMPTS = 2

_ORDER = {
    "hits": "hit_count DESC, normalized_request_key",
    "age": "created_at DESC, normalized_request_key",
    "key": "normalized_request_key",
}
_SEARCH = (
    "(normalized_request_key LIKE :pat ESCAPE '\\' OR original_request LIKE :pat ESCAPE '\\'"
    " OR detected_entity LIKE :pat ESCAPE '\\')"
)
_INSERT = (
    f"INSERT INTO {TABLE} (normalized_request_key, detected_entity, confidence_score,"
    " action_intent, timestamp, hit_count, created_at, original_request, normalizer_id,"
    " recognition_json, source, last_hit_at, parse_key, rules_id, cache_version) VALUES"
    f" (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {SCHEMA_VERSION})"
    " ON CONFLICT(normalized_request_key) DO UPDATE SET"
    " detected_entity = excluded.detected_entity, confidence_score = excluded.confidence_score,"
    " action_intent = excluded.action_intent, timestamp = excluded.timestamp,"
    " original_request = excluded.original_request, normalizer_id = excluded.normalizer_id,"
    " recognition_json = excluded.recognition_json, source = excluded.source,"
    " parse_key = excluded.parse_key, rules_id = excluded.rules_id"
)
# An import restores an entry whole, bookkeeping included.
INSERT_ROW = (
    _INSERT + ", hit_count = excluded.hit_count, created_at = excluded.created_at,"
    " last_hit_at = excluded.last_hit_at"
)
# A put replaces what a key means but keeps how often and since when the key has been used.
UPSERT = _INSERT


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def is_corrupt(exc: BaseException) -> bool:
    """The file is not a usable database (garbage, truncated, encrypted) — not a lock."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return any(s in text for s in ("not a database", "malformed", "encrypted", "corrupt"))


def like_pattern(search: str) -> str:
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SqliteTier:
    """Row-level operations on cache.db; raises sqlite3 errors, the facade says what they mean."""

    def __init__(self, conn: aiosqlite.Connection, path: Path, attempts: int) -> None:
        self._conn = conn
        self.path = path
        self._attempts = attempts
        # One connection is shared by every coroutine of this process: transactions must not
        # interleave on it, reads outside transactions may.
        self._write_lock = asyncio.Lock()
        self._data_version: int | None = None

    @classmethod
    async def open(
        cls, path: Path, *, busy_timeout_s: float = BUSY_TIMEOUT_S, attempts: int = MAX_ATTEMPTS
    ) -> SqliteTier:
        """Open (creating if needed), switch to WAL, migrate and check the file is sound."""
        # Probe first: aiosqlite leaves its worker thread finishing after a failed connect,
        # which later trips over a closed event loop. A plain connect fails the same way.
        await asyncio.to_thread(_probe, path)
        conn = await aiosqlite.connect(path, isolation_level=None)
        try:
            await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            tier = cls(conn, path, OPEN_ATTEMPTS)
            # Migrate first: a file from a newer baes is refused before anything is changed.
            await tier._retrying(lambda: migrate(conn))
            await tier._retrying(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            await conn.execute("PRAGMA synchronous = NORMAL")
            # quick_check reads every page once: a truncated or scribbled file fails here, at
            # open, instead of on some later lookup.
            rows = await tier._retrying(lambda: conn.execute_fetchall("PRAGMA quick_check(1)"))
            verdict = str(next(iter(rows))[0]) if rows else "ok"
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed ({verdict})")
            await tier.changed_elsewhere()
            tier._attempts = attempts
        except BaseException:
            await conn.close()
            raise
        return tier

    async def close(self) -> None:
        await self._conn.close()

    async def _retrying(self, op: Callable[[], Awaitable[T]]) -> T:
        delay = FIRST_BACKOFF_S
        for attempt in range(1, self._attempts + 1):
            try:
                return await op()
            except sqlite3.OperationalError as exc:
                if not is_busy(exc) or attempt == self._attempts:
                    raise
                log.debug("cache busy (attempt %d): %s", attempt, exc)
                await asyncio.sleep(delay + random.uniform(0, delay))
                delay = min(delay * 2, MAX_BACKOFF_S)
        raise AssertionError("unreachable")  # the loop returns or raises

    async def _fetch(self, sql: str, params: Any = ()) -> list[Any]:
        return list(await self._retrying(lambda: self._conn.execute_fetchall(sql, params)))

    async def _write(self, body: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """Run `body` in one short BEGIN IMMEDIATE transaction, retried whole when busy."""

        async def attempt() -> T:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                result = await body(self._conn)
                await self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    await self._conn.execute("ROLLBACK")
                raise
            return result

        async def locked() -> T:
            async with self._write_lock:
                return await self._retrying(attempt)

        # Shielded: a caller cancelled mid-write (a UI worker replaced by a newer one) must not
        # leave the connection inside a transaction; the write finishes, its caller moves on.
        return await asyncio.shield(locked())

    async def changed_elsewhere(self) -> bool:
        """True when another connection committed since the last call (PRAGMA data_version)."""
        rows = await self._fetch("PRAGMA data_version")
        version = int(rows[0][0])
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    # -- reads ---------------------------------------------------------------------------------

    async def get(self, key: str) -> CacheEntry | None:
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM {TABLE} WHERE normalized_request_key = ?", (key,)
        )
        return row_to_entry(rows[0]) if rows else None

    async def get_by_parse_key(self, parse_key: str) -> CacheEntry | None:
        """The most used entry that means what `parse_key` says (a paraphrase's entry)."""
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM {TABLE} WHERE parse_key = ?"
            " ORDER BY hit_count DESC, normalized_request_key LIMIT 1",
            (parse_key,),
        )
        return row_to_entry(rows[0]) if rows else None

    async def count(self, search: str | None = None) -> int:
        if search:
            sql = f"SELECT COUNT(*) FROM {TABLE} WHERE {_SEARCH}"
            rows = await self._fetch(sql, {"pat": like_pattern(search)})
        else:
            rows = await self._fetch(f"SELECT COUNT(*) FROM {TABLE}")
        return int(rows[0][0])

    async def page(
        self, *, search: str | None, sort: SortKey, limit: int, offset: int
    ) -> list[CacheEntry]:
        where = f"WHERE {_SEARCH}" if search else ""
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM {TABLE} {where} ORDER BY {_ORDER[sort]}"
            " LIMIT :limit OFFSET :offset"
        )
        params = {"limit": limit, "offset": offset, "pat": like_pattern(search or "")}
        return [row_to_entry(row) for row in await self._fetch(sql, params)]

    async def counters(self) -> dict[str, int]:
        rows = await self._fetch(f"SELECT name, value FROM {COUNTERS}")
        return {str(name): int(value) for name, value in rows}

    async def foreign_count(self, normalizer_id: str) -> int:
        """Entries keyed by another normalizer: zero means a re-key has nothing to do."""
        sql = f"SELECT COUNT(*) FROM {TABLE} WHERE normalizer_id != ?"
        rows = await self._fetch(sql, (normalizer_id,))
        return int(rows[0][0]) if rows else 0

    async def rekey_rows(self) -> list[RekeyRow]:
        sql = (
            f"SELECT id, normalized_request_key, original_request, normalizer_id, hit_count,"
            f" {LAST_USED} FROM {TABLE}"
        )
        return [RekeyRow(*row) for row in await self._fetch(sql)]

    # -- writes --------------------------------------------------------------------------------

    async def upsert(self, entry: CacheEntry) -> bool:
        """Store `entry`; True when its key was new (an update keeps the old created_at)."""
        row = entry_to_row(entry)

        async def body(conn: aiosqlite.Connection) -> bool:
            async with conn.execute(UPSERT + " RETURNING created_at", row) as cursor:
                created = await cursor.fetchone()
            return created is not None and created[0] == stamp(entry.created_at)

        return await self._write(body)

    async def insert_rows(self, entries: Iterable[CacheEntry]) -> int:
        """Write entries with their bookkeeping (import); an existing key is replaced."""
        rows = [entry_to_row(entry) for entry in entries]
        await self._write(lambda conn: conn.executemany(INSERT_ROW, rows))
        return len(rows)

    async def add_hits(
        self, hits: dict[str, tuple[int, datetime]], misses: int, hits_total: int
    ) -> None:
        """Add pending hit counts; additive, so concurrent processes never overwrite each other."""
        rows = [(count, stamp(at), stamp(at), key) for key, (count, at) in hits.items()]

        async def body(conn: aiosqlite.Connection) -> None:
            await conn.executemany(
                f"UPDATE {TABLE} SET hit_count = hit_count + ?,"
                " last_hit_at = CASE WHEN last_hit_at IS NULL OR last_hit_at < ? THEN ?"
                " ELSE last_hit_at END WHERE normalized_request_key = ?",
                rows,
            )
            await _bump(conn, hits=hits_total, misses=misses)

        await self._write(body)

    async def delete_where(self, where: str, params: Any = ()) -> int:
        async def body(conn: aiosqlite.Connection) -> int:
            cursor = await conn.execute(f"DELETE FROM {TABLE} WHERE {where}", params)
            return int(cursor.rowcount)

        return await self._write(body)

    async def delete_key(self, key: str, *, collision: bool = False) -> int:
        async def body(conn: aiosqlite.Connection) -> int:
            cursor = await conn.execute(
                f"DELETE FROM {TABLE} WHERE normalized_request_key = ?", (key,)
            )
            if collision:
                await _bump(conn, collisions=1)
            return int(cursor.rowcount)

        return await self._write(body)

    async def apply_rekey(self, plan: RekeyPlan, normalizer_id: str) -> None:
        """Apply a re-key plan in one transaction.

        Moves go through a temporary key unique per row so that A→B and B→C in one batch
        never trip the UNIQUE constraint halfway.
        """
        drop, moves = plan.drop, plan.moves

        async def body(conn: aiosqlite.Connection) -> None:
            await conn.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [(i,) for i in drop])
            await conn.executemany(
                f"UPDATE {TABLE} SET normalized_request_key = char(0) || id WHERE id = ?",
                [(i,) for i, _ in moves],
            )
            await conn.executemany(
                f"UPDATE {TABLE} SET normalized_request_key = ?, normalizer_id = ?,"
                " recognition_json = json_set(recognition_json, '$.normalized_key', ?)"
                " WHERE id = ?",
                [(key, normalizer_id, key, i) for i, key in moves],
            )

        await self._write(body)

    async def all_entries(self) -> list[CacheEntry]:
        rows = await self._fetch(
            f"SELECT {ENTRY_COLUMNS} FROM {TABLE} ORDER BY normalized_request_key"
        )
        # 100,000 rows take seconds to turn into entries: a thread, so the loop stays free.
        return await asyncio.to_thread(lambda: [row_to_entry(row) for row in rows])


def _probe(path: Path) -> None:
    sqlite3.connect(path).close()


async def _bump(conn: aiosqlite.Connection, **amounts: int) -> None:
    rows = [(amount, name) for name, amount in amounts.items() if amount]
    if rows:
        await conn.executemany(f"UPDATE {COUNTERS} SET value = value + ? WHERE name = ?", rows)
