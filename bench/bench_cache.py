"""Recognition cache latency: memory-tier and SQLite-tier reads, writes, paging, opening.

Run: .venv/bin/python bench/bench_cache.py [--entries 100000]
Goals (issue 2 §4): memory read p50 ≤ 0.05 ms, SQLite read p50 ≤ 1 ms with 100,000 entries.
Prints a markdown table; bench/README.md collects the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.recognition.cache.entry import new_entry, utcnow
from baes_tui.recognition.cache.io import write_export
from baes_tui.recognition.cache.store import RecognitionCache

ENTITIES = ("Student", "Course", "Teacher", "Order", "Customer", "Invoice", "Room", "Book")


def recognition(i: int) -> Recognition:
    entity = ENTITIES[i % len(ENTITIES)]
    return Recognition(
        request=f"Create a system to manage {entity.lower()}s number {i} with name, email and age",
        normalized_key=f"create system manage {entity.lower()} {i} name email age",
        intent=Intent.CREATE_ENTITY,
        entities=(
            EntitySpec(
                name=entity,
                attributes=(
                    Attribute("name"),
                    Attribute("email", AttrType.EMAIL),
                    Attribute("age", AttrType.INT),
                ),
            ),
        ),
        confidence=0.9,
        normalizer_id="bench-1",
    )


async def timed(samples: int, op: Callable[[int], Awaitable[object]]) -> list[float]:
    """Milliseconds per call of op(i) for i in range(samples)."""
    out = []
    for i in range(samples):
        start = time.perf_counter_ns()
        await op(i)
        out.append((time.perf_counter_ns() - start) / 1e6)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def row(name: str, values: list[float], goal: str = "") -> str:
    p50, p99 = statistics.median(values), pct(values, 0.99)
    return f"| {name} | {len(values):,} | {p50:.4f} | {p99:.4f} | {goal} |"


async def main(entries: int) -> None:
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        # Memory tier: 1,000 hot keys that all fit in the LRU.
        hot = [recognition(i) for i in range(1000)]
        async with await RecognitionCache.open(base / "mem.db", memory_size=2048) as cache:
            for rec in hot:
                await cache.put(rec)
                await cache.get(rec.normalized_key)
            keys = [random.choice(hot).normalized_key for _ in range(50_000)]
            reads = await timed(len(keys), lambda i: cache.get(keys[i]))
            rows.append(row("read, memory tier (hit)", reads, "≤ 0.05 ms"))

        # SQLite tier: a cache of `entries` rows, loaded through the public import path.
        export = base / "big.json"
        now = utcnow()
        write_export(export, (new_entry(recognition(i), now) for i in range(entries)))
        start = time.perf_counter()
        async with await RecognitionCache.open(base / "big.db") as cache:
            await cache.import_json(export)
        import_s = time.perf_counter() - start

        start = time.perf_counter()
        cache = await RecognitionCache.open(base / "big.db", memory_size=0)
        open_ms = (time.perf_counter() - start) * 1000
        try:
            hit_keys = [recognition(random.randrange(entries)).normalized_key for _ in range(5000)]
            reads = await timed(len(hit_keys), lambda i: cache.get(hit_keys[i]))
            rows.append(row(f"read, SQLite tier (hit, {entries:,} entries)", reads, "≤ 1 ms"))
            misses = await timed(2000, lambda i: cache.get(f"absent key {i}"))
            rows.append(row(f"read, SQLite tier (miss, {entries:,} entries)", misses))
            writes = await timed(2000, lambda i: cache.put(recognition(entries + i)))
            rows.append(row("write (put, new key)", writes))
            for sort in ("hits", "age", "key"):
                pages = await timed(
                    50,
                    lambda i, s=sort: cache.list_entries(
                        sort=s, limit=100, offset=random.randrange(0, entries - 100)
                    ),
                )
                rows.append(row(f"list page of 100, sort={sort}, random offset", pages))
            searches = await timed(20, lambda i: cache.list_entries(search="teacher", limit=100))
            rows.append(row("list page of 100, search", searches))
            counts = await timed(20, lambda i: cache.count_entries("teacher"))
            rows.append(row("count_entries(search)", counts))
            stats = await timed(20, lambda i: cache.stats())
            rows.append(row("stats()", stats))
        finally:
            await cache.close()
        size_mb = (base / "big.db").stat().st_size / 1e6
        json_mb = export.stat().st_size / 1e6

    print("| operation | samples | p50 ms | p99 ms | goal |")
    print("|---|---:|---:|---:|---|")
    print("\n".join(rows))
    print()
    print(
        f"Open of the {entries:,}-entry cache (incl. quick_check): {open_ms:.1f} ms; "
        f"import of {json_mb:.0f} MB JSON: {import_s:.1f} s; cache.db {size_mb:.0f} MB."
    )
    print(f"Python {sys.version.split()[0]}; SQLite {__import__('sqlite3').sqlite_version}.")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    asyncio.run(main(args.entries))
