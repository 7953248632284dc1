"""Values the recognition cache hands out: entries, hit counts and stats.

Frozen so the memory tier can give the same object to many readers; the row mapping lives
here so SQLite rows, exported JSON and entries cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from baes_tui.core.models import Recognition, Source

CacheMode = Literal["sqlite", "memory", "off"]
SortKey = Literal["hits", "age", "key"]

# Column order of every SELECT that builds an entry (see row_to_entry).
ENTRY_COLUMNS = (
    "normalized_request_key, recognition_json, original_request, normalizer_id, source,"
    " hit_count, created_at, timestamp, last_hit_at, rules_id"
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """A fixed-width UTC ISO string, so text order is time order in SQL and in files."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """One cached recognition plus the bookkeeping that list, sort, re-key and cleanup need.

    `recognition` comes back exactly as stored (intent, confidence, entity), with its
    normalized_key and normalizer_id taken from the row so a re-key can never leave them stale.
    """

    key: str
    recognition: Recognition
    original_request: str
    normalizer_id: str
    source: Source
    hit_count: int
    created_at: datetime
    stored_at: datetime
    last_hit_at: datetime | None
    # The rules that read original_request as this entry means (recognition/rules_id.py);
    # None when unknown (an LLM's or a person's answer, an import, a row from before v4).
    rules_id: str | None = None

    def hit(self, at: datetime) -> CacheEntry:
        return replace(self, hit_count=self.hit_count + 1, last_hit_at=at)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `baes cache list --json` and of one exported entry."""
        return entry_to_record(self)


@dataclass(frozen=True, slots=True)
class HitCounts:
    hits: int = 0
    misses: int = 0

    @property
    def lookups(self) -> int:
        return self.hits + self.misses

    @property
    def hit_rate(self) -> float:
        """Hits per lookup, 0.0 before the first lookup (a rate of nothing is not 100%)."""
        return self.hits / self.lookups if self.lookups else 0.0


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What `baes cache stats` and the TUI's cache screen show."""

    entries: int
    session: HitCounts
    all_time: HitCounts
    session_collisions: int
    total_collisions: int
    memory_entries: int
    memory_capacity: int
    available: bool
    mode: CacheMode
    path: Path
    warning: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": self.entries,
            "session": _counts_dict(self.session),
            "all_time": _counts_dict(self.all_time),
            "collisions": {"session": self.session_collisions, "all_time": self.total_collisions},
            "memory": {"entries": self.memory_entries, "capacity": self.memory_capacity},
            "available": self.available,
            "mode": self.mode,
            "path": str(self.path),
            "warning": self.warning,
        }


def _counts_dict(counts: HitCounts) -> dict[str, Any]:
    return {"hits": counts.hits, "misses": counts.misses, "hit_rate": round(counts.hit_rate, 4)}


def new_entry(recognition: Recognition, now: datetime, rules_id: str | None = None) -> CacheEntry:
    """The entry a fresh put creates (hit count and creation time start here)."""
    return CacheEntry(
        key=recognition.normalized_key,
        recognition=replace(recognition, cache="hit"),
        original_request=recognition.request,
        normalizer_id=recognition.normalizer_id,
        source=recognition.source,
        hit_count=0,
        created_at=now,
        stored_at=now,
        last_hit_at=None,
        rules_id=rules_id,
    )


def recognition_json(recognition: Recognition) -> str:
    """What is stored: the whole CLI-contract dict, so a hit returns it unchanged."""
    return json.dumps(recognition.to_dict(), ensure_ascii=False, sort_keys=True)


def parse_key(recognition: Recognition) -> str | None:
    """What a recognition means, as a key: intent, entities (names, renames), fields (name,
    type, required, rename) and relationships, order-free. Two requests with the same parse
    key ask for exactly the same change, however they were worded; None for a recognition
    that is no confident answer (a question, or no entity)."""
    if recognition.needs_clarification or not recognition.entities:
        return None
    entities = sorted(
        json.dumps(
            [
                entity.name,
                entity.renamed_from,
                sorted(
                    (a.name, str(a.type), a.required, a.renamed_from or "")
                    for a in entity.attributes
                ),
                sorted((r.kind, r.target) for r in entity.relationships),
            ]
        )
        for entity in recognition.entities
    )
    parts: list[Any] = [str(recognition.intent), entities]
    if recognition.custom_logic:
        # Custom logic is part of what is asked for: the same fields with another computation
        # or workflow are another meaning. Keys without it are unchanged.
        parts.append(sorted(_logic_words(item) for item in recognition.custom_logic))
    meaning = json.dumps(parts)
    return "parse:" + hashlib.sha256(meaning.encode("utf-8")).hexdigest()[:32]


_LOGIC_FILLER = frozenset("a an the and or then also please to of is be it its".split())


def _logic_words(item: str) -> str:
    """A custom-logic item as its content words, in order: wording around it may vary
    ("the status moves …" / "status moves …"), what it computes or triggers may not."""
    words = re.findall(r"\w+|[^\w\s]", item.lower())
    return " ".join(w for w in words if w not in _LOGIC_FILLER)


def row_to_entry(row: Any) -> CacheEntry:
    """Build an entry from a row selected with ENTRY_COLUMNS."""
    key, rec_json, request, normalizer_id, source, hits, created, stored, last_hit, rules = row
    data = json.loads(rec_json)
    data.update(normalized_key=key, normalizer_id=normalizer_id, cache="hit", source=source)
    return CacheEntry(
        key=key,
        recognition=Recognition.from_dict(data),
        original_request=request,
        normalizer_id=normalizer_id,
        source=source,
        hit_count=int(hits or 0),
        created_at=parse_stamp(created),
        stored_at=parse_stamp(stored),
        last_hit_at=parse_stamp(last_hit) if last_hit else None,
        rules_id=rules,
    )


def entry_to_record(entry: CacheEntry) -> dict[str, Any]:
    """The export/backup shape of one entry (read back by record_to_row)."""
    return {
        "key": entry.key,
        "original_request": entry.original_request,
        "normalizer_id": entry.normalizer_id,
        "source": entry.source,
        "hit_count": entry.hit_count,
        "created_at": stamp(entry.created_at),
        "stored_at": stamp(entry.stored_at),
        "last_hit_at": stamp(entry.last_hit_at) if entry.last_hit_at else None,
        "recognition": entry.recognition.to_dict(),
    }


def record_to_entry(record: dict[str, Any]) -> CacheEntry:
    """Validate one exported record; raises KeyError/ValueError on a malformed one."""
    data = dict(record["recognition"])
    data.update(
        normalized_key=record["key"],
        normalizer_id=record.get("normalizer_id", ""),
        source=record.get("source", "rules"),
        cache="hit",
    )
    last_hit = record.get("last_hit_at")
    return CacheEntry(
        key=str(record["key"]),
        recognition=Recognition.from_dict(data),
        original_request=str(record["original_request"]),
        normalizer_id=str(record.get("normalizer_id", "")),
        source=data["source"],
        hit_count=int(record.get("hit_count", 0)),
        created_at=parse_stamp(record["created_at"]),
        stored_at=parse_stamp(record.get("stored_at", record["created_at"])),
        last_hit_at=parse_stamp(last_hit) if last_hit else None,
    )


def entry_to_row(entry: CacheEntry) -> tuple[Any, ...]:
    """Parameters for INSERT_ROW (all columns, bookkeeping included)."""
    rec = entry.recognition
    return (
        entry.key,
        rec.entity.name if rec.entity else "",
        rec.confidence,
        str(rec.intent),
        stamp(entry.stored_at),
        entry.hit_count,
        stamp(entry.created_at),
        entry.original_request,
        entry.normalizer_id,
        recognition_json(rec),
        entry.source,
        stamp(entry.last_hit_at) if entry.last_hit_at else None,
        parse_key(rec),
        entry.rules_id,
    )
