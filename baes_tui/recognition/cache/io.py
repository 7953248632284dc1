"""Files around the recognition cache: JSON export/import, daily backups, warm-up requests.

The export format is deterministic (entries sorted by key, keys sorted, no export time) so
export → import into an empty cache → export yields byte-identical JSON, and backups diff well.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from baes_tui.core.errors import BaesError, CacheUnavailable
from baes_tui.recognition.cache.entry import (
    CacheEntry,
    entry_to_record,
    entry_to_row,
    record_to_entry,
)
from baes_tui.recognition.cache.schema import SCHEMA_VERSION, TABLE
from baes_tui.recognition.cache.sqlite import INSERT_ROW, is_busy

EXPORT_FORMAT = "baes-recognition-cache"
BACKUP_KEEP = 7
BACKUP_EVERY = timedelta(days=1)
_BACKUP_NAME = re.compile(r"^cache-(\d{8}T\d{6}Z)\.json$")
_BACKUP_STAMP = "%Y%m%dT%H%M%SZ"
# What an import file may hold (see read_export): SQLite's integers, shallow nesting.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_DEPTH = 32
SOURCES = ("rules", "llm", "human")
_LOOKUP_CHUNK = 500  # keys per IN (...) query, under SQLite's parameter limit

# Requests the cache is warmed with at start-up: the entities nearly every user starts with
# (docs/architecture.md, The recognition cache), phrased the ways people usually phrase them.
WARM_REQUESTS: tuple[str, ...] = (
    "Create a system to manage students with name, email, and age",
    "Create a student with name, email and age",
    "Add a student entity with name and email",
    "Create a system to manage courses with title, code, and credits",
    "Create a course with title, description and credits",
    "Create a system to manage teachers with name, email, and department",
    "Create a teacher with name, email and subject",
)


class CacheFileError(BaesError):
    """An export/import/backup file cannot be read or written; the message says which and why."""


def write_export(path: Path, entries: Iterable[CacheEntry]) -> int:
    """Write entries as an export document atomically; return how many were written."""
    records = sorted((entry_to_record(e) for e in entries), key=lambda r: r["key"])
    document = {"format": EXPORT_FORMAT, "schema": SCHEMA_VERSION, "entries": records}
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    _write_atomically(path, text)
    return len(records)


def read_export(path: Path) -> list[CacheEntry]:
    """Parse and validate a whole export file before anything is written to the cache.

    An import file is untrusted: anything but a well-formed export of a known schema is a
    CacheFileError naming the first problem (exit 2 at the faces), never a traceback, and
    nothing is written. Values SQLite or the faces could not hold are refused up front:
    NaN and infinities, integers past 64 bits, text that is not UTF-8, nesting deeper than
    any export has.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CacheFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        document = json.loads(
            raw.decode("utf-8"),
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            parse_int=_int64,
        )
    except RecursionError as exc:
        raise CacheFileError(f"{path} is nested too deeply to be a cache export") from exc
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise CacheFileError(f"{path} is not JSON ({exc}); expected a `baes cache export`") from exc
    problem = _odd_value(document)
    if problem:
        raise CacheFileError(f"{path}: {problem}")
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise CacheFileError(f"{path} is not a baes cache export (no format={EXPORT_FORMAT!r})")
    schema = document.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise CacheFileError(f"{path}: schema is {schema!r}; an export names its schema (1..)")
    if schema > SCHEMA_VERSION:
        raise CacheFileError(f"{path} was exported by a newer baes (schema {schema}); upgrade baes")
    records = document.get("entries")
    if not isinstance(records, list):
        found = type(records).__name__ if records is not None else "nothing"
        raise CacheFileError(f"{path}: entries must be a list, found {found}")
    entries: list[CacheEntry] = []
    for index, record in enumerate(records):
        try:
            entries.append(_checked_entry(record))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise CacheFileError(f"{path}: entry {index} is malformed ({exc!r})") from exc
    return entries


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a cache entry can hold")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def _int64(text: str) -> int:
    if len(text) > 20:
        raise ValueError(f"{text[:20]}… is past 64 bits")
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValueError(f"{text} is past 64 bits")
    return value


def _odd_value(document: Any) -> str | None:
    """The first value no export contains: text SQLite cannot store (lone surrogates from
    `\\ud800` escapes) or nesting deeper than MAX_DEPTH. Iterative, so depth costs no stack."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"values are nested deeper than {MAX_DEPTH} levels; no export is"
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"text {value[:40]!r} is not valid Unicode"
        elif isinstance(value, dict):
            stack.extend((k, depth + 1) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return None


def _checked_entry(record: Any) -> CacheEntry:
    """One exported record as an entry, its recognition read like any untrusted spec."""
    if not isinstance(record, dict):
        raise TypeError(f"an entry is an object, found {type(record).__name__}")
    key = record["key"]
    if not isinstance(key, str) or not key.strip():
        raise ValueError("key must be non-empty text")
    hits = record.get("hit_count", 0)
    if isinstance(hits, bool) or not isinstance(hits, int) or hits < 0:
        raise ValueError(f"hit_count must be a count, found {hits!r}")
    for name in ("original_request", "normalizer_id", "source"):
        if name in record and not isinstance(record[name], str):
            raise TypeError(f"{name} must be text")
    recognition = record["recognition"]
    if not isinstance(recognition, dict):
        raise TypeError("recognition must be an object")
    _check_recognition(recognition)
    entry = record_to_entry(record)
    if entry.source not in SOURCES:
        raise ValueError(f"source {entry.source!r} is not one of {', '.join(SOURCES)}")
    return entry


def _check_recognition(data: dict[str, Any]) -> None:
    """The recognition of an entry as `read_spec` reads any spec; raises ValueError."""
    from baes_tui.core.spec import SpecError, read_spec  # only an import pays for it

    confidence = data.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        raise ValueError(f"confidence must be a number, found {confidence!r}")
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence {confidence!r} is outside 0..1")
    if data.get("status", "recognized") != "recognized":
        raise ValueError("only recognized answers are cached")
    for name in ("business_rules", "custom_logic", "missing", "notes"):
        items = data.get(name, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{name} must be a list of text")
    if not (data.get("entities") or data.get("entity")):
        return  # an answer without entities has no names to check
    raw = data.get("entities") or [data.get("entity")]
    targets = [
        rel.get("target")
        for entity in raw
        if isinstance(entity, dict) and isinstance(entity.get("relationships"), list)
        for rel in entity["relationships"]
        if isinstance(rel, dict) and isinstance(rel.get("target"), str)
    ]
    try:
        checked = read_spec(data, known_entities=targets)
    except SpecError as exc:
        raise ValueError("; ".join(exc.problems)) from None
    if checked.notes:  # read_spec renamed something: the names are not baes' own
        raise ValueError("; ".join(checked.notes))


OnExisting = Literal["keep", "replace"]
ON_EXISTING: tuple[OnExisting, ...] = ("keep", "replace")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: keys new to the cache, existing keys replaced, existing keys kept
    (with their hit counts), and entries moved to this normalizer's keys afterwards. `file`
    is the file read (import_entries, which only writes, names the cache file there)."""

    file: Path
    on_existing: OnExisting
    new: int
    replaced: int
    kept: int
    rekeyed: int = 0

    @property
    def imported(self) -> int:
        return self.new + self.replaced

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "on_existing": self.on_existing,
            "imported": self.imported,
            "new": self.new,
            "replaced": self.replaced,
            "kept": self.kept,
            "rekeyed": self.rekeyed,
        }


def import_entries(
    db_path: Path, entries: list[CacheEntry], on_existing: OnExisting, *, timeout_s: float = 5.0
) -> ImportReport:
    """Write validated entries into cache.db in one transaction (blocking: call in a thread).

    A key already in the cache keeps its entry and hit counts (`keep`) or takes the imported
    entry whole, bookkeeping included (`replace`); a key given twice in the file counts once,
    its last entry winning. The cache's own connection sees the change through SQLite's
    data_version and drops its memory tier at its next flush.
    """
    if on_existing not in ON_EXISTING:
        raise ValueError(f"on_existing must be one of {ON_EXISTING}")
    unique = {entry.key: entry for entry in entries}
    try:
        conn = sqlite3.connect(db_path, timeout=timeout_s, isolation_level=None)
    except sqlite3.Error as exc:
        raise CacheUnavailable(f"cannot open {db_path} to import into it ({exc})") from exc
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing: set[str] = set()
            keys = list(unique)
            for start in range(0, len(keys), _LOOKUP_CHUNK):
                chunk = keys[start : start + _LOOKUP_CHUNK]
                marks = ", ".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT normalized_request_key FROM {TABLE}"
                    f" WHERE normalized_request_key IN ({marks})",
                    chunk,
                )
                existing.update(row[0] for row in rows)
            new = [e for key, e in unique.items() if key not in existing]
            old = [e for key, e in unique.items() if key in existing]
            written = new + (old if on_existing == "replace" else [])
            conn.executemany(INSERT_ROW, [entry_to_row(e) for e in written])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        why = "it is locked by another process; try again" if is_busy(exc) else str(exc)
        raise CacheUnavailable(f"nothing imported into {db_path}: {why}") from exc
    finally:
        conn.close()
    replaced = len(old) if on_existing == "replace" else 0
    return ImportReport(db_path, on_existing, len(new), replaced, len(old) - replaced)


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves half a backup behind."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CacheFileError(f"cannot write {path}: {exc.strerror or exc}") from exc


def backups(backups_dir: Path) -> list[tuple[datetime, Path]]:
    """Existing automatic backups, oldest first (other files in the folder are left alone)."""
    found: list[tuple[datetime, Path]] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match:
            moment = datetime.strptime(match.group(1), _BACKUP_STAMP)
            found.append((moment.replace(tzinfo=UTC), path))
    return sorted(found)


def backup_due(backups_dir: Path, now: datetime) -> bool:
    existing = backups(backups_dir)
    return not existing or now - existing[-1][0] >= BACKUP_EVERY


def backup_path(backups_dir: Path, now: datetime) -> Path:
    return backups_dir / f"cache-{now.astimezone(UTC).strftime(_BACKUP_STAMP)}.json"


def rotate_backups(backups_dir: Path, keep: int = BACKUP_KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted."""
    existing = backups(backups_dir)
    doomed = [path for _, path in existing[: max(0, len(existing) - keep)]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
