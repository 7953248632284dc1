"""A broken, locked or shared cache never blocks recognition and never loses entries."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from baes_tui.recognition.cache.store import RecognitionCache
from tests.test_cache_helpers import recognition

REPO = Path(__file__).resolve().parents[1]


def _corpses(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("cache.db.corrupt-*"))


async def _assert_works(cache: RecognitionCache) -> None:
    await cache.put(recognition("after recovery"))
    entry = await cache.get("after recovery")
    assert entry is not None
    assert entry.recognition.entity.name == "Student"


async def test_garbage_file_is_moved_aside_and_a_new_cache_works(data_dir: Path):
    path = data_dir / "cache.db"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)

    async with await RecognitionCache.open(path) as cache:
        await _assert_works(cache)
        stats = await cache.stats()

    assert stats.available and stats.mode == "sqlite"
    assert "corrupt" in (stats.warning or "")
    [corpse] = _corpses(data_dir)
    assert corpse.read_bytes() == garbage
    async with await RecognitionCache.open(path) as reopened:
        assert await reopened.get("after recovery") is not None
        assert (await reopened.stats()).warning is None


async def test_truncated_database_is_moved_aside_and_recreated(data_dir: Path):
    path = data_dir / "cache.db"
    async with await RecognitionCache.open(path) as cache:
        for i in range(2000):
            await cache.put(recognition(f"request number {i} " + "x" * 200))
    with sqlite3.connect(path) as conn:  # fold the WAL in so the main file holds every page
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2)

    async with await RecognitionCache.open(path) as cache:
        await _assert_works(cache)
        assert await cache.count_entries() == 1

    assert len(_corpses(data_dir)) == 1


async def test_path_under_a_regular_file_degrades_to_memory_only(tmp_path: Path):
    # Root ignores permission bits, so this is the read-only case every CI user can reproduce.
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")

    async with await RecognitionCache.open(blocker / "cache.db") as cache:
        await cache.put(recognition("k"))
        entry = await cache.get("k")
        stats = await cache.stats()

    assert entry is not None
    assert not stats.available
    assert stats.mode == "memory"
    assert "memory" in (stats.warning or "")
    assert stats.entries == 1
    assert blocker.read_text() == "not a directory"


async def test_path_that_is_a_directory_degrades_to_memory_only(data_dir: Path):
    path = data_dir / "cache.db"
    path.mkdir()
    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("k"))
        assert await cache.get("k") is not None
        stats = await cache.stats()
    assert stats.mode == "memory" and not stats.available and stats.warning


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
async def test_read_only_directory_degrades_to_memory_only(tmp_path: Path):
    locked_dir = tmp_path / "ro"
    locked_dir.mkdir()
    locked_dir.chmod(0o555)
    try:
        async with await RecognitionCache.open(locked_dir / "cache.db") as cache:
            await cache.put(recognition("k"))
            assert await cache.get("k") is not None
            stats = await cache.stats()
    finally:
        locked_dir.chmod(0o755)
    assert stats.mode == "memory" and not stats.available and stats.warning
    assert not (locked_dir / "cache.db").exists()


async def test_locked_file_degrades_to_no_cache_without_raising(data_dir: Path):
    path = data_dir / "cache.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE other (x)")
    holder.execute("BEGIN EXCLUSIVE")  # rollback-journal mode: nobody else may even read
    try:
        async with await RecognitionCache.open(path, busy_timeout_s=0.01) as cache:
            await cache.put(recognition("k"))
            assert await cache.get("k") is None
            stats = await cache.stats()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert stats.mode == "off" and not stats.available
    assert "locked" in (stats.warning or "")
    assert _corpses(data_dir) == []  # a lock is not corruption: the file is left alone


WORKER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from baes_tui.recognition.cache.store import RecognitionCache
    from tests.test_cache_helpers import recognition

    async def main(path, worker, count):
        cache = await RecognitionCache.open(Path(path), memory_size=16)
        for i in range(count):
            key = f"worker {worker} entry {i}"
            await cache.put(recognition(key))
            if await cache.get(key) is None:
                raise SystemExit(f"lost {key}")
        stats = await cache.stats()
        await cache.close()
        if not stats.available or stats.warning:
            raise SystemExit(f"degraded: {stats.warning}")

    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
    """
)


@pytest.mark.slow
async def test_four_processes_writing_at_once_lose_nothing(data_dir: Path):
    path = data_dir / "cache.db"
    workers, per_worker = 4, 200
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), str(n), str(per_worker)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    results = [(proc.wait(timeout=120), *proc.communicate()) for proc in procs]

    for code, out, err in results:
        assert code == 0, err
        assert "locked" not in err.lower() and "locked" not in out.lower()
    async with await RecognitionCache.open(path) as cache:
        assert await cache.count_entries() == workers * per_worker
        entries = await cache.list_entries(limit=workers * per_worker)
        stats = await cache.stats()
    assert all(entry.hit_count == 1 for entry in entries)
    assert stats.all_time.hits == workers * per_worker


@pytest.mark.parametrize("kind", ["0 bytes", "a database without a single table"])
async def test_an_empty_cache_file_is_reported_like_a_corrupt_one(data_dir: Path, kind: str):
    path = data_dir / "cache.db"
    if kind == "0 bytes":
        path.write_bytes(b"")
    else:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")  # writes a header, creates nothing
        conn.close()
    async with await RecognitionCache.open(path) as cache:
        await _assert_works(cache)
        stats = await cache.stats()
    assert stats.available
    assert f"the cache file was empty ({kind})" in (stats.warning or "")
    [corpse] = [p for p in _corpses(data_dir) if not p.name.endswith(("-wal", "-shm"))]
    assert stats.warning and corpse.name in stats.warning
    async with await RecognitionCache.open(path) as reopened:
        assert (await reopened.stats()).warning is None


async def test_a_new_cache_file_is_never_seen_empty_by_another_opener(data_dir: Path):
    """Several openers of a cache.db that does not exist yet: one creates it whole, none
    reports an empty or corrupt file, nothing is moved aside."""
    path = data_dir / "fresh" / "cache.db"
    caches = await asyncio.gather(*(RecognitionCache.open(path) for _ in range(6)))
    try:
        warnings = [(await c.stats()).warning for c in caches]
        assert warnings == [None] * 6
        await caches[0].put(recognition("shared"))
        assert await caches[5].get("shared") is not None
    finally:
        for cache in caches:
            await cache.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["cache.db"]
