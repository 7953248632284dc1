"""RecognitionCache behaviour on real SQLite files: hits, counts, LRU, invalidation, listing."""

from __future__ import annotations

from pathlib import Path

import aiosqlite
import pytest

from baes_tui.core.models import EntitySpec, Intent, Recognition
from baes_tui.recognition.cache.sqlite import _ORDER
from baes_tui.recognition.cache.store import RecognitionCache
from tests.test_cache_helpers import Clock, recognition


@pytest.fixture
async def cache(data_dir: Path):
    opened = await RecognitionCache.open(data_dir / "cache.db", memory_size=64)
    yield opened
    await opened.close()


async def test_hit_returns_the_stored_intent_confidence_entity_and_source(cache):
    stored = recognition(
        "link order customer",
        entity="Order",
        intent=Intent.ADD_RELATIONSHIP,
        confidence=0.613,
        source="llm",
    )
    await cache.put(stored)

    entry = await cache.get("link order customer")

    assert entry is not None
    got = entry.recognition
    assert got.intent is Intent.ADD_RELATIONSHIP
    assert got.confidence == 0.613
    assert got.entity == stored.entity
    assert got.source == "llm"
    assert got.request == stored.request
    assert got.cache == "hit"
    assert entry.original_request == stored.request
    assert entry.normalizer_id == "norm-1"


async def test_hit_survives_reopen_exactly(data_dir: Path):
    stored = recognition("manage course title credits", entity="Course", confidence=0.8)
    async with await RecognitionCache.open(data_dir / "cache.db") as first:
        await first.put(stored)
    async with await RecognitionCache.open(data_dir / "cache.db") as second:
        entry = await second.get("manage course title credits")
    assert entry is not None
    assert entry.recognition.entity == stored.entity
    assert entry.recognition.confidence == 0.8


async def test_missing_key_is_a_miss(cache):
    assert await cache.get("nothing here") is None
    stats = await cache.stats()
    assert (stats.session.hits, stats.session.misses) == (0, 1)


async def test_put_replaces_meaning_but_keeps_hit_count(cache):
    await cache.put(recognition("k", confidence=0.5))
    await cache.get("k")
    await cache.put(recognition("k", entity="Teacher", confidence=0.95))

    entry = await cache.get("k")

    assert entry is not None
    assert entry.recognition.entity.name == "Teacher"
    assert entry.recognition.confidence == 0.95
    assert entry.hit_count == 2


async def test_put_without_key_is_refused(cache):
    with pytest.raises(ValueError, match="normalized_key"):
        await cache.put(recognition(""))


async def test_hit_counts_and_last_hit_persist_across_reopen(data_dir: Path):
    clock = Clock()
    async with await RecognitionCache.open(data_dir / "cache.db", now=clock) as cache:
        await cache.put(recognition("create student"))
        for _ in range(3):
            clock.advance(minutes=1)
            await cache.get("create student")
        last = clock.now
    async with await RecognitionCache.open(data_dir / "cache.db", now=clock) as cache:
        [entry] = await cache.list_entries()
        assert entry.hit_count == 3
        assert entry.last_hit_at == last
        clock.advance(minutes=1)
        again = await cache.get("create student")
    assert again is not None
    assert again.hit_count == 4


async def test_hits_in_two_processes_add_up(data_dir: Path):
    first = await RecognitionCache.open(data_dir / "cache.db")
    second = await RecognitionCache.open(data_dir / "cache.db")
    await first.put(recognition("shared"))
    await first.get("shared")
    await second.get("shared")
    await second.get("shared")
    await first.close()
    await second.close()
    async with await RecognitionCache.open(data_dir / "cache.db") as cache:
        [entry] = await cache.list_entries()
    assert entry.hit_count == 3


async def test_memory_tier_evicts_least_recently_used(tmp_path: Path):
    # A path under a regular file forces memory-only mode, where the LRU is the whole cache.
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    async with await RecognitionCache.open(blocker / "cache.db", memory_size=2) as cache:
        await cache.put(recognition("a"))
        await cache.put(recognition("b"))
        assert await cache.get("a") is not None  # a is now the most recent
        await cache.put(recognition("c"))  # evicts b

        assert await cache.get("b") is None
        assert await cache.get("a") is not None
        assert await cache.get("c") is not None
        assert (await cache.stats()).memory_entries == 2


async def test_memory_tier_stays_within_capacity_over_sqlite(data_dir: Path):
    async with await RecognitionCache.open(data_dir / "cache.db", memory_size=3) as cache:
        for i in range(10):
            await cache.put(recognition(f"k{i}"))
            await cache.get(f"k{i}")
        stats = await cache.stats()
        assert stats.memory_entries == 3
        assert stats.entries == 10
        assert await cache.get("k0") is not None  # evicted from memory, still in SQLite


async def test_memory_copy_is_dropped_when_another_process_invalidates(data_dir: Path):
    reader = await RecognitionCache.open(data_dir / "cache.db")
    writer = await RecognitionCache.open(data_dir / "cache.db")
    try:
        await reader.put(recognition("stale"))
        assert await reader.get("stale") is not None  # now in reader's memory tier
        assert await writer.invalidate(key="stale") == 1
        await reader.flush()
        assert await reader.get("stale") is None
    finally:
        await reader.close()
        await writer.close()


async def test_invalidate_by_key_entity_and_all(cache):
    await cache.put(recognition("s1", entity="Student"))
    await cache.put(recognition("s2", entity="Student"))
    await cache.put(recognition("c1", entity="Course"))
    await cache.put(recognition("t1", entity="Teacher"))
    await cache.get("s1")  # puts s1 into the memory tier too

    assert await cache.invalidate(key="c1") == 1
    assert await cache.get("c1") is None
    assert await cache.invalidate(entity="student") == 2
    assert await cache.get("s1") is None
    assert await cache.get("s2") is None
    assert await cache.invalidate(all=True) == 1
    assert await cache.count_entries() == 0


async def test_invalidate_needs_exactly_one_selector(cache):
    with pytest.raises(ValueError):
        await cache.invalidate()
    with pytest.raises(ValueError):
        await cache.invalidate(key="a", all=True)


async def test_cleanup_removes_entries_unused_for_longer_than_max_age(data_dir: Path):
    clock = Clock()
    async with await RecognitionCache.open(data_dir / "cache.db", now=clock) as cache:
        await cache.put(recognition("old"))
        await cache.put(recognition("old but used"))
        clock.advance(days=40)
        await cache.get("old but used")
        await cache.put(recognition("new"))
        clock.advance(days=1)

        assert await cache.cleanup(max_age_days=30) == 1
        assert await cache.get("old") is None
        assert await cache.get("old but used") is not None
        assert await cache.get("new") is not None


async def test_stats_separate_session_from_all_time(data_dir: Path):
    path = data_dir / "cache.db"
    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("k"))
        await cache.get("k")
        await cache.get("missing")
        stats = await cache.stats()
        assert (stats.session.hits, stats.session.misses) == (1, 1)
        assert stats.session.hit_rate == 0.5
    async with await RecognitionCache.open(path) as cache:
        fresh = await cache.stats()
        assert (fresh.session.hits, fresh.session.misses) == (0, 0)
        assert fresh.session.hit_rate == 0.0
        assert (fresh.all_time.hits, fresh.all_time.misses) == (1, 1)
        await cache.get("k")
        await cache.get("k")
        later = await cache.stats()
    assert (later.session.hits, later.session.misses) == (2, 0)
    assert (later.all_time.hits, later.all_time.misses) == (3, 1)
    assert later.all_time.hit_rate == 0.75
    assert later.entries == 1
    assert later.available and later.mode == "sqlite" and later.warning is None


async def test_collision_removes_entry_and_is_counted_for_good(data_dir: Path):
    path = data_dir / "cache.db"
    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("add student course"))
        await cache.get("add student course")
        await cache.record_collision("add student course")
        assert await cache.get("add student course") is None
        assert (await cache.stats()).session_collisions == 1
    async with await RecognitionCache.open(path) as cache:
        stats = await cache.stats()
    assert stats.total_collisions == 1
    assert stats.session_collisions == 0
    assert stats.entries == 0


async def test_hit_history_tracks_session_hit_rate(cache):
    await cache.put(recognition("k"))
    await cache.get("missing")
    await cache.get("k")
    await cache.get("k")
    rates = [rate for _, rate in cache.hit_history]
    assert rates == [0.0, 0.5, pytest.approx(2 / 3)]
    times = [at for at, _ in cache.hit_history]
    assert times == sorted(times)


async def test_list_pages_sorted_by_hits_then_key(cache):
    for i in range(12):
        await cache.put(recognition(f"key{i:02d}"))
        for _ in range(i % 4):
            await cache.get(f"key{i:02d}")

    first = await cache.list_entries(sort="hits", limit=5, offset=0)
    second = await cache.list_entries(sort="hits", limit=5, offset=5)

    assert [e.key for e in first] == ["key03", "key07", "key11", "key02", "key06"]
    assert [e.hit_count for e in first] == [3, 3, 3, 2, 2]
    assert [e.key for e in second] == ["key10", "key01", "key05", "key09", "key00"]
    by_key = await cache.list_entries(sort="key", limit=3)
    assert [e.key for e in by_key] == ["key00", "key01", "key02"]


async def test_list_by_age_shows_newest_first(data_dir: Path):
    clock = Clock()
    async with await RecognitionCache.open(data_dir / "cache.db", now=clock) as cache:
        for key in ("first", "second", "third"):
            await cache.put(recognition(key))
            clock.advance(hours=1)
        entries = await cache.list_entries(sort="age")
    assert [e.key for e in entries] == ["third", "second", "first"]


async def test_search_matches_key_request_or_entity_and_escapes_wildcards(cache):
    await cache.put(recognition("manage students", entity="Student", request="Manage students"))
    await cache.put(recognition("manage courses", entity="Course", request="Manage courses"))
    await cache.put(recognition("discount 100%", entity="Offer", request="Discount 100% off"))
    await cache.put(recognition("teach", entity="Teacher", request="Teachers who teach"))

    assert [e.key for e in await cache.list_entries(search="manage", sort="key")] == [
        "manage courses",
        "manage students",
    ]
    assert [e.key for e in await cache.list_entries(search="teacher")] == ["teach"]
    assert [e.key for e in await cache.list_entries(search="0%")] == ["discount 100%"]
    assert await cache.count_entries("manage") == 2
    assert await cache.count_entries("%") == 1
    assert await cache.count_entries() == 4


@pytest.mark.parametrize("sort", ["hits", "age", "key"])
async def test_every_list_order_is_served_by_an_index(cache, sort: str):
    async with aiosqlite.connect(cache.path) as conn:
        plan = await conn.execute_fetchall(
            f"EXPLAIN QUERY PLAN SELECT * FROM recognition_cache ORDER BY {_ORDER[sort]} LIMIT 100"
        )
    details = " ".join(str(row[-1]) for row in plan)
    assert "TEMP B-TREE" not in details
    assert "INDEX" in details


async def test_warm_caches_common_entities_once(cache):
    def recognize(text: str) -> Recognition:
        lowered = text.lower()
        name = next(n for n in ("student", "course", "teacher") if n in lowered)
        return Recognition(
            request=text,
            normalized_key=" ".join(lowered.replace(",", "").split()),
            intent=Intent.CREATE_ENTITY,
            entities=(EntitySpec(name=name.title()),),
            confidence=0.9,
        )

    added = await cache.warm(recognize)
    again = await cache.warm(recognize)

    assert added >= 3
    assert again == 0
    entities = {e.recognition.entity.name for e in await cache.list_entries(limit=1000)}
    assert entities == {"Student", "Course", "Teacher"}
    assert (await cache.stats()).session.lookups == 0  # warming is not a user's lookup


async def test_warm_skips_requests_that_need_clarification(cache):
    async def recognize(text: str) -> Recognition:
        return Recognition(
            request=text,
            normalized_key=text.lower(),
            intent=Intent.CREATE_ENTITY,
            entities=(),
            confidence=0.2,
            status="needs_clarification",
        )

    assert await cache.warm(recognize) == 0
    assert await cache.count_entries() == 0


async def test_peek_finds_entries_without_counting_a_lookup(cache):
    await cache.put(recognition("k"))
    assert await cache.peek("k") is not None
    assert await cache.peek("absent") is None
    stats = await cache.stats()
    assert stats.session.lookups == 0
    [entry] = await cache.list_entries()
    assert entry.hit_count == 0


async def test_stats_now_follows_lookups_and_puts_without_a_query(data_dir: Path):
    path = data_dir / "cache.db"
    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("a"))
        await cache.get("a")
    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("b"))
        await cache.put(recognition("b"))  # a replacement is not a new entry
        await cache.get("b")
        await cache.get("nope")
        now = cache.stats_now()
        queried = await cache.stats()
    assert now == queried
    assert now.entries == 2
    assert (now.all_time.hits, now.all_time.misses) == (2, 1)


async def test_available_and_warning_stay_readable_after_close(data_dir: Path):
    cache = await RecognitionCache.open(data_dir / "cache.db")
    await cache.close()
    assert cache.available and cache.warning is None and cache.mode == "sqlite"


async def test_entry_to_dict_is_plain_json(cache):
    await cache.put(recognition("k", entity="Course"))
    entry = await cache.get("k")
    data = entry.to_dict()
    assert data["key"] == "k"
    assert data["hit_count"] == 1
    assert data["recognition"]["entity"]["name"] == "Course"
    assert data["last_hit_at"] is not None
