"""The cache's files: export/import, daily backups, re-keying and schema migration."""

from __future__ import annotations

import asyncio
import json
import math
import sqlite3
from pathlib import Path

import pytest

from baes_tui.core.config import load_settings
from baes_tui.core.models import Intent
from baes_tui.recognition.cache.io import CacheFileError, read_export
from baes_tui.recognition.cache.schema import MIGRATIONS, SCHEMA_VERSION
from baes_tui.recognition.cache.store import RecognitionCache
from baes_tui.workspace import Workspace
from tests.test_cache_helpers import Clock, recognition


async def _filled(path: Path, clock: Clock) -> RecognitionCache:
    cache = await RecognitionCache.open(path, now=clock)
    await cache.put(recognition("manage student name email", entity="Student", source="human"))
    await cache.put(
        recognition("link order customer", entity="Order", intent=Intent.ADD_RELATIONSHIP)
    )
    await cache.put(recognition("ünïcode kéy", entity="Café", confidence=0.333))
    clock.advance(hours=2)
    await cache.get("link order customer")
    await cache.get("link order customer")
    return cache


async def test_export_import_export_is_byte_identical(tmp_path: Path):
    clock = Clock()
    source = await _filled(tmp_path / "a.db", clock)
    first = tmp_path / "first.json"
    assert await source.export_json(first) == 3
    await source.close()

    async with await RecognitionCache.open(tmp_path / "b.db", now=clock) as target:
        assert await target.import_json(first) == 3
        second = tmp_path / "second.json"
        assert await target.export_json(second) == 3
        entry = await target.get("link order customer")

    assert first.read_bytes() == second.read_bytes()
    assert entry is not None
    assert entry.hit_count == 3
    assert entry.recognition.intent is Intent.ADD_RELATIONSHIP


async def test_import_replaces_existing_key(tmp_path: Path):
    clock = Clock()
    source = await _filled(tmp_path / "a.db", clock)
    exported = tmp_path / "e.json"
    await source.export_json(exported)
    await source.close()
    async with await RecognitionCache.open(tmp_path / "b.db", now=clock) as target:
        await target.put(recognition("link order customer", entity="Wrong"))
        await target.import_json(exported)
        entry = await target.get("link order customer")
    assert entry is not None
    assert entry.recognition.entity.name == "Order"


async def test_import_rejects_a_file_that_is_not_an_export(tmp_path: Path, data_dir: Path):
    bogus = tmp_path / "bogus.json"
    bogus.write_text(json.dumps({"entries": []}))
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"format": "baes-recognition-cache", "schema": 2, "entries": [{"key": "x"}]})
    )
    async with await RecognitionCache.open(data_dir / "cache.db") as cache:
        with pytest.raises(CacheFileError, match="not a baes cache export"):
            await cache.import_json(bogus)
        with pytest.raises(CacheFileError, match="entry 0 is malformed"):
            await cache.import_json(broken)
        with pytest.raises(CacheFileError, match="cannot read"):
            await cache.import_json(tmp_path / "absent.json")
        assert await cache.count_entries() == 0


async def test_backup_runs_once_a_day_and_keeps_the_last_seven(data_dir: Path):
    clock = Clock()
    backups = data_dir / "backups"
    backups.mkdir()
    unrelated = backups / "notes.txt"
    unrelated.write_text("keep me")
    made = []
    async with await RecognitionCache.open(
        data_dir / "cache.db", backups_dir=backups, now=clock
    ) as cache:
        await cache.put(recognition("k"))
        for _ in range(9):
            path = await cache.backup_if_due()
            assert path is not None
            made.append(path)
            clock.advance(hours=12)
            assert await cache.backup_if_due() is None  # same day: not due yet
            clock.advance(hours=12)

    remaining = sorted(p for p in backups.iterdir() if p.suffix == ".json")
    assert remaining == sorted(made[-7:])
    assert unrelated.exists()
    restored_into = await RecognitionCache.open(data_dir / "restored.db")
    assert await restored_into.import_json(remaining[-1]) == 1
    await restored_into.close()


async def test_rekey_moves_entries_to_the_new_normalizer_keys(data_dir: Path):
    clock = Clock()

    def old_normalize(text: str) -> str:  # the original framework's sorted-words defect
        return " ".join(sorted(text.lower().split()))

    def new_normalize(text: str) -> str:
        return " ".join(text.lower().split())

    requests = ["Add student to course", "Create teacher", "Manage rooms"]
    async with await RecognitionCache.open(data_dir / "cache.db", now=clock) as cache:
        for text in requests:
            await cache.put(
                recognition(old_normalize(text), request=text, normalizer_id="sorted-v1")
            )
        await cache.put(
            recognition("already new", request="Already   NEW", normalizer_id="plain-v2")
        )
        await cache.get("create teacher")  # warm the memory tier with an old key

        moved = await cache.rekey(new_normalize, "plain-v2")

        assert moved == 3
        assert await cache.get("course student to add") is None  # old key no longer hits
        for text in requests:
            entry = await cache.get(new_normalize(text))
            assert entry is not None
            assert entry.original_request == text
            assert entry.normalizer_id == "plain-v2"
            assert entry.recognition.normalized_key == new_normalize(text)
        assert await cache.get("already new") is not None
        assert await cache.count_entries() == 4


async def test_rekey_keeps_the_more_hit_entry_when_keys_merge(data_dir: Path):
    async with await RecognitionCache.open(data_dir / "cache.db") as cache:
        await cache.put(recognition("a", request="Create Student", entity="Less"))
        await cache.put(recognition("b", request="create   student", entity="More"))
        await cache.get("b")
        await cache.get("b")
        await cache.get("a")

        moved = await cache.rekey(lambda t: " ".join(t.lower().split()), "v2")

        assert moved == 1
        assert await cache.count_entries() == 1
        entry = await cache.get("create student")
        assert entry is not None
        assert entry.recognition.entity.name == "More"
        assert entry.hit_count == 3  # its own two hits plus this one


async def test_rekey_twice_with_the_same_normalizer_changes_nothing(data_dir: Path):
    async with await RecognitionCache.open(data_dir / "cache.db") as cache:
        await cache.put(recognition("X", request="x"))
        assert await cache.rekey(str.lower, "lower") == 1
        assert await cache.rekey(str.lower, "lower") == 0
        assert [e.key for e in await cache.list_entries()] == ["x"]


async def test_a_v1_seed_cache_is_migrated_and_its_unservable_rows_dropped(data_dir: Path):
    path = data_dir / "cache.db"
    with sqlite3.connect(path) as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO recognition_cache (normalized_request_key, detected_entity,"
            " confidence_score, action_intent, timestamp, cache_version)"
            " VALUES ('create student', 'Student', 0.95, 'create', '2025-12-23', 1)"
        )
        conn.execute("PRAGMA user_version = 1")
    conn.close()

    async with await RecognitionCache.open(path) as cache:
        assert await cache.get("create student") is None  # the seed's 0.95/"create" row is gone
        await cache.put(recognition("create student"))
        entry = await cache.get("create student")
        assert entry is not None

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


async def test_a_cache_from_a_newer_baes_is_left_untouched(data_dir: Path):
    path = data_dir / "cache.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()

    async with await RecognitionCache.open(path) as cache:
        await cache.put(recognition("k"))
        assert await cache.get("k") is None
        stats = await cache.stats()

    assert stats.mode == "off" and not stats.available
    assert "upgrade baes" in (stats.warning or "")
    assert path.read_bytes() == before


# --- import of untrusted files, and what it does to existing keys (issue 11) -------------------
def _valid_document() -> dict:
    record = {
        "key": "create student name",
        "original_request": "create a student with a name",
        "normalizer_id": "wordnet-v1",
        "source": "rules",
        "hit_count": 3,
        "created_at": "2026-01-01T12:00:00.000000+00:00",
        "stored_at": "2026-01-01T12:00:00.000000+00:00",
        "last_hit_at": None,
        "recognition": {
            "request": "create a student with a name",
            "intent": "create_entity",
            "confidence": 0.9,
            "entity": {
                "name": "Student",
                "attributes": [{"name": "name", "type": "str", "required": True}],
                "relationships": [],
            },
        },
    }
    return {"format": "baes-recognition-cache", "schema": SCHEMA_VERSION, "entries": [record]}


def _with(change) -> str:
    document = _valid_document()
    change(document)
    return json.dumps(document)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


MALFORMED = {
    "entries is a number": _with(lambda d: d.update(entries=7)),
    "entries is an object": _with(lambda d: d.update(entries={"a": 1})),
    "entries is text": _with(lambda d: d.update(entries="abc")),
    "entries is null": _with(lambda d: d.update(entries=None)),
    "entries missing": _with(lambda d: d.pop("entries")),
    "schema is text": _with(lambda d: d.update(schema="2")),
    "schema is a fraction": _with(lambda d: d.update(schema=1.5)),
    "schema is true": _with(lambda d: d.update(schema=True)),
    "schema is negative": _with(lambda d: d.update(schema=-1)),
    "schema is a list": _with(lambda d: d.update(schema=[2])),
    "schema from the future": _with(lambda d: d.update(schema=99)),
    "schema past 64 bits": _with(lambda d: d.update(schema=2**70)),
    "hit count past 64 bits": _with(lambda d: d["entries"][0].update(hit_count=2**64)),
    "hit count negative": _with(lambda d: d["entries"][0].update(hit_count=-5)),
    "confidence NaN": _with(lambda d: d["entries"][0]["recognition"].update(confidence=math.nan)),
    "confidence infinite": _with(
        lambda d: d["entries"][0]["recognition"].update(confidence=math.inf)
    ),
    "confidence 1e400": _with(
        lambda d: d["entries"][0]["recognition"].update(confidence=9.5)
    ).replace("9.5", "1e400"),
    "a 5000-digit number": _with(lambda d: d.update(schema=1)).replace(
        '"schema": 1', '"schema": ' + "9" * 5000
    ),
    "nesting 40 deep": _with(
        lambda d: d["entries"][0]["recognition"].update(notes=[[[]]] * 1)
    ).replace("[[[]]]", _nested(40)),
    "nesting 100,000 deep": _nested(100_000),
    "a lone surrogate": _with(lambda d: d["entries"][0].update(key="bad \ud800 key")),
    "an entity named by digits": _with(
        lambda d: d["entries"][0]["recognition"]["entity"].update(name="1234")
    ),
    "an unknown intent": _with(lambda d: d["entries"][0]["recognition"].update(intent="hack")),
    "an unknown source": _with(lambda d: d["entries"][0].update(source="stranger")),
    "a record that is a list": _with(lambda d: d.update(entries=[[1, 2]])),
    "notes that are not text": _with(lambda d: d["entries"][0]["recognition"].update(notes=[{}])),
    "a date that is not a date": _with(lambda d: d["entries"][0].update(created_at="yesterday")),
    "not UTF-8": "\udcff",
    "empty file": "",
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_import_of_a_malformed_file_exits_2_with_a_message_and_changes_nothing(
    name: str, tmp_path: Path, data_dir: Path, capsys
) -> None:
    from baes_tui.cli import main

    async def fill() -> None:
        async with await RecognitionCache.open(data_dir / "cache.db") as cache:
            await cache.put(recognition("create student name", entity="Student"))
            await cache.get("create student name")

    asyncio.run(fill())
    before = (
        sqlite3.connect(data_dir / "cache.db")
        .execute(
            "SELECT normalized_request_key, hit_count, recognition_json FROM recognition_cache"
        )
        .fetchall()
    )
    bad = tmp_path / "bad.json"
    bad.write_bytes(MALFORMED[name].encode("utf-8", errors="surrogateescape"))
    capsys.readouterr()
    assert main(["cache", "import", str(bad), "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err and "internal error" not in err
    after = (
        sqlite3.connect(data_dir / "cache.db")
        .execute(
            "SELECT normalized_request_key, hit_count, recognition_json FROM recognition_cache"
        )
        .fetchall()
    )
    assert after == before


def test_the_valid_document_of_those_cases_imports(tmp_path: Path, data_dir: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_valid_document()))
    entries = read_export(good)
    assert [e.key for e in entries] == ["create student name"]


async def _workspace(data_dir: Path) -> Workspace:
    settings = load_settings(project=data_dir.parent / "project", data_dir=data_dir, environ={})
    return await Workspace.open(settings, load_wordnet=False)


async def test_import_keeps_existing_keys_and_their_hits_unless_told_to_replace(
    tmp_path: Path, data_dir: Path
) -> None:
    source = await RecognitionCache.open(tmp_path / "source.db")
    await source.put(recognition("manage student", entity="Student", normalizer_id="wordnet-v1"))
    await source.put(recognition("manage course", entity="Course", normalizer_id="wordnet-v1"))
    exported = tmp_path / "export.json"
    await source.export_json(exported)
    await source.close()

    ws = await _workspace(data_dir)
    await ws.cache.put(recognition("manage student", entity="Pupil", normalizer_id="wordnet-v1"))
    for _ in range(4):
        await ws.cache.get("manage student")
    kept = await ws.import_cache(exported)
    assert (kept.new, kept.replaced, kept.kept, kept.imported) == (1, 0, 1, 1)
    mine = await ws.cache.peek("manage student")
    assert mine is not None and mine.recognition.entity.name == "Pupil" and mine.hit_count == 4
    assert await ws.cache.peek("manage course") is not None

    replaced = await ws.import_cache(exported, on_existing="replace")
    assert (replaced.new, replaced.replaced, replaced.kept) == (0, 2, 0)
    theirs = await ws.cache.peek("manage student")
    assert theirs is not None and theirs.recognition.entity.name == "Student"
    assert theirs.hit_count == 0  # the file's bookkeeping came with its entry
    assert replaced.to_dict()["file"] == str(exported)
    await ws.close()


async def test_a_key_given_twice_in_a_file_counts_once_and_the_last_wins(
    tmp_path: Path, data_dir: Path
) -> None:
    document = _valid_document()
    twin = json.loads(json.dumps(document["entries"][0]))
    twin["recognition"]["entity"]["name"] = "Pupil"
    document["entries"].append(twin)
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(document))
    ws = await _workspace(data_dir)
    report = await ws.import_cache(path)
    assert (report.new, report.replaced, report.kept) == (1, 0, 0)
    entry = await ws.cache.peek("create student name")
    assert entry is not None and entry.recognition.entity.name == "Pupil"
    await ws.close()
