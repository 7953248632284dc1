"""Opening the cache file whatever state it is in: recover, degrade, and say why.

A corrupt file (garbage, truncated) is renamed to `cache.db.corrupt-<time>` — kept for whoever
wants to look at it — and a fresh cache is created. An empty file (0 bytes, or a database with
nothing in it) is reported and handled the same way: baes never leaves one behind (a new cache
is built aside and linked into place whole), so one is a truncated or interrupted write, and
the entries the user had are gone — they must hear about it. A lock held too long or a schema from a
newer baes turns the cache off; any other failure (read-only folder, path under a file, a
directory in the way) keeps a memory-only cache for the session. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from baes_tui.core.errors import CacheUnavailable
from baes_tui.recognition.cache.entry import CacheMode
from baes_tui.recognition.cache.sqlite import SqliteTier, is_busy, is_corrupt

log = logging.getLogger(__name__)

_SIDECARS = ("-wal", "-shm", "-journal")


async def open_or_degrade(
    path: Path, *, busy_timeout_s: float, now: Callable[[], datetime]
) -> tuple[SqliteTier | None, CacheMode, str | None]:
    """The SQLite tier (or None), the mode the cache runs in, and a warning for the user."""
    identity = _identity(path)
    empty = _emptiness(path) if identity is not None else None
    if empty is not None:
        first: BaseException | str = empty
    else:
        try:
            return await _open(path, busy_timeout_s), "sqlite", None
        except Exception as exc:
            if not is_corrupt(exc):
                return None, *_degraded(path, exc)
            first = exc
    try:
        # Another process may have recovered the file since we looked: only move what we saw.
        moved = _move_aside(path, now()) if _identity(path) == identity else None
        tier = await _open(path, busy_timeout_s)
    except Exception as exc:
        return None, *_degraded(path, exc)
    where = f"moved it to {moved.name}" if moved else "another process replaced it"
    what = "empty" if empty is not None else "corrupt"
    warning = f"the cache file was {what} ({first}); {where} and started afresh"
    log.warning("recognition cache: %s", warning)
    return tier, "sqlite", warning


async def _open(path: Path, busy_timeout_s: float) -> SqliteTier:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        await _create(path, busy_timeout_s)
    return await SqliteTier.open(path, busy_timeout_s=busy_timeout_s)


async def _create(path: Path, busy_timeout_s: float) -> None:
    """Build a new cache file aside and link it into place whole, so no process ever sees
    (and reports) an empty cache.db that another is just creating. If another process got
    there first, its file is kept."""
    staging = path.with_name(f".{path.name}.new-{os.getpid()}-{os.urandom(4).hex()}")
    try:
        tier = await SqliteTier.open(staging, busy_timeout_s=busy_timeout_s)
        await tier.close()
        with contextlib.suppress(FileExistsError):  # another process created it first
            os.link(staging, path)
    finally:
        for leftover in (staging, *(staging.with_name(staging.name + s) for s in _SIDECARS)):
            leftover.unlink(missing_ok=True)


def _emptiness(path: Path) -> str | None:
    """Why an existing cache file holds nothing (0 bytes; a database without a single table
    or schema version), or None when it holds something — or cannot be read, which opening
    reports."""
    try:
        if path.stat().st_size == 0:
            return "0 bytes"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            (tables,) = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    # A version without tables is some baes' doing (a newer one): the schema check says so.
    return None if tables or version else "a database without a single table"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _degraded(path: Path, exc: BaseException) -> tuple[CacheMode, str]:
    """Which mode a cache that cannot open runs in, and the warning that says why."""
    if is_busy(exc):
        mode: CacheMode = "off"
        why = f"{path} is locked by another process ({exc}); running without a cache"
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
