"""The structured log: one JSON object per line in the data dir (`baes.log.jsonl`).

Logging must never break the work it describes: a full or read-only disk turns the log off
with one warning instead of raising into a run.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any


class JsonLinesLog:
    """Append-only JSON-lines log, safe to call from threads and workers."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.disabled_reason: str | None = None if path else "no log path"

    def write(self, kind: str, **fields: Any) -> None:
        if self.path is None or self.disabled_reason:
            return
        record = {"time": time.time(), "kind": kind, **fields}
        line = json.dumps(record, default=str, ensure_ascii=False) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(line)
            except OSError as exc:
                self.disabled_reason = f"log disabled: cannot write {self.path} ({exc})"
                print(f"baes: warning: {self.disabled_reason}", file=sys.stderr)
