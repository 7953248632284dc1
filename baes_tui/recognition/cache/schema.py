"""The recognition cache's SQLite schema and its migrations.

See docs/architecture.md, "The recognition cache".

Migrations are an ordered list: step `i` takes a file from `PRAGMA user_version = i` to `i + 1`.
A fresh file runs every step, so the seed's v1 table and the v1→v2 upgrade are the same code
path an old cache file takes. Never edit a released step; append a new one.
"""

from __future__ import annotations

import aiosqlite

from baes_tui.core.errors import CacheUnavailable

TABLE = "recognition_cache"
COUNTERS = "cache_counters"

# v1: the seed's table and indexes, exactly as the seed design described them.
_V1 = (
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        normalized_request_key TEXT NOT NULL UNIQUE,
        detected_entity TEXT NOT NULL,
        confidence_score REAL NOT NULL,
        action_intent TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        hit_count INTEGER DEFAULT 0,
        cache_version INTEGER NOT NULL,
        created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )""",
    f"CREATE INDEX IF NOT EXISTS idx_cache_lookup ON {TABLE}(normalized_request_key, timestamp)",
    f"CREATE INDEX IF NOT EXISTS idx_cache_cleanup ON {TABLE}(timestamp)",
)

# v2: what a hit needs to come back exactly (the whole Recognition as JSON), what a re-key
# needs (the original request and the normalizer that produced the key), and the indexes the
# TUI's paged list sorts by. v1 rows hold neither the request nor the attributes, so they can
# be neither served faithfully nor re-keyed: they are dropped rather than mis-hit.
_V2 = (
    f"ALTER TABLE {TABLE} ADD COLUMN original_request TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE {TABLE} ADD COLUMN normalizer_id TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE {TABLE} ADD COLUMN recognition_json TEXT",
    f"ALTER TABLE {TABLE} ADD COLUMN source TEXT NOT NULL DEFAULT 'rules'",
    f"ALTER TABLE {TABLE} ADD COLUMN last_hit_at TEXT",
    f"DELETE FROM {TABLE} WHERE recognition_json IS NULL",
    f"CREATE INDEX IF NOT EXISTS idx_cache_hits ON {TABLE}(hit_count DESC, normalized_request_key)",
    f"CREATE INDEX IF NOT EXISTS idx_cache_created ON {TABLE}"
    "(created_at DESC, normalized_request_key)",
    f"CREATE INDEX IF NOT EXISTS idx_cache_entity ON {TABLE}(detected_entity COLLATE NOCASE)",
    f"CREATE INDEX IF NOT EXISTS idx_cache_last_used ON {TABLE}(COALESCE(last_hit_at, timestamp))",
    f"CREATE TABLE IF NOT EXISTS {COUNTERS} (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    f"INSERT OR IGNORE INTO {COUNTERS}(name, value) VALUES ('hits', 0), ('misses', 0),"
    " ('collisions', 0)",
)

# v3: the paraphrase key (entry.parse_key): a hash of what a confident recognition means, so
# a paraphrase that normalizes to another key but reads the same is still a hit. Rows stored
# before v3 have none and are found by their normalized key only until stored again.
_V3 = (
    f"ALTER TABLE {TABLE} ADD COLUMN parse_key TEXT",
    f"CREATE INDEX IF NOT EXISTS idx_cache_parse ON {TABLE}(parse_key)",
)

# v4: which rules stored or last checked a rules answer (recognition/rules_id.py), so a hit on
# the very words it was read from needs no second reading while the rules are unchanged. Rows
# without one are read again on their next hit, as every row was before v4.
_V4 = (f"ALTER TABLE {TABLE} ADD COLUMN rules_id TEXT",)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)

# The expression idx_cache_last_used indexes; queries must spell it identically to use it.
LAST_USED = "COALESCE(last_hit_at, timestamp)"


async def migrate(conn: aiosqlite.Connection) -> int:
    """Bring the file to SCHEMA_VERSION; return the version it had before.

    Runs under BEGIN IMMEDIATE so two processes opening a fresh file at once cannot both
    migrate it: the second waits, then reads the new version and does nothing.
    """
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    if row and int(row[0]) == SCHEMA_VERSION:
        # The common case takes no write lock, so opening never waits behind a busy writer.
        return SCHEMA_VERSION
    await conn.execute("BEGIN IMMEDIATE")
    try:
        async with conn.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        found = int(row[0]) if row else 0
        if found > SCHEMA_VERSION:
            raise CacheUnavailable(
                f"the cache file uses schema v{found} but this baes knows only "
                f"v{SCHEMA_VERSION}; upgrade baes or point --data-dir elsewhere"
            )
        for step in MIGRATIONS[found:]:
            for statement in step:
                await conn.execute(statement)
        if found != SCHEMA_VERSION:
            await conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        if conn.in_transaction:
            await conn.execute("ROLLBACK")
        raise
    await conn.execute("COMMIT")
    return found
