"""Files around the recognition cache: JSON export/import, daily backups, warm-up requests.

The export format is deterministic (entries sorted by key, keys sorted, no export time) so
export → import into an empty cache → export yields byte-identical JSON, and backups diff well.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from baes_tui.core.errors import BaesError
from baes_tui.recognition.cache.entry import CacheEntry, entry_to_record, record_to_entry
from baes_tui.recognition.cache.schema import SCHEMA_VERSION

EXPORT_FORMAT = "baes-recognition-cache"
BACKUP_KEEP = 7
BACKUP_EVERY = timedelta(days=1)
_BACKUP_NAME = re.compile(r"^cache-(\d{8}T\d{6}Z)\.json$")
_BACKUP_STAMP = "%Y%m%dT%H%M%SZ"

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
    """Parse and validate a whole export file before anything is written to the cache."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CacheFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CacheFileError(f"{path} is not JSON ({exc}); expected a `baes cache export`") from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise CacheFileError(f"{path} is not a baes cache export (no format={EXPORT_FORMAT!r})")
    if int(document.get("schema", 0)) > SCHEMA_VERSION:
        raise CacheFileError(
            f"{path} was exported by a newer baes (schema {document['schema']}); upgrade baes"
        )
    entries: list[CacheEntry] = []
    for index, record in enumerate(document.get("entries", [])):
        try:
            entries.append(record_to_entry(record))
        except (KeyError, TypeError, ValueError) as exc:
            raise CacheFileError(f"{path}: entry {index} is malformed ({exc!r})") from exc
    return entries


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves half a backup behind."""
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
