"""One way to report problems, and the structured log they land in.

Every module of baes reports a problem through stdlib `logging`, on a logger under `baes_tui`
(`logging.getLogger(__name__)`), never with `print` to stderr or `warnings.warn`: a TUI owns
the terminal and would swallow or garble those. Where a record goes is the faces' choice:

- `report_to_json_lines(log)` — every record at INFO and above into `baes.log.jsonl` (the
  Workspace routes its own log while it is open);
- `report_to_stderr()` — warnings and errors on stderr, each message once (the CLI);
- the TUI attaches its own handler while it runs (ui/log_notices.py): each warning or error
  becomes one notification.

The structured log itself (`JsonLinesLog`) must never break the work it describes: a full or
read-only disk turns it off with one warning instead of raising into a run.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TextIO

LOGGER_NAME = "baes_tui"
logger = logging.getLogger(__name__)

Severity = Literal["information", "warning", "error"]


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
            if self.disabled_reason:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(line)
            except OSError as exc:
                # Set before reporting: the report may be routed back into this very log.
                self.disabled_reason = f"log disabled: cannot write {self.path} ({exc})"
                failed = True
            else:
                failed = False
        if failed:
            logger.warning("%s", self.disabled_reason)


class _QuietFailures:
    """A route that fails (a closed stream, a full disk) is dropped silently:
    reporting a problem must never raise into the work, nor print a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:
        return None


def _severity(levelno: int) -> Severity:
    if levelno >= logging.ERROR:
        return "error"
    if levelno >= logging.WARNING:
        return "warning"
    return "information"


class OncePerMessage(logging.Filter):
    """Lets each (level, message) through once: a warning repeated by every lookup or by two
    layers that both noticed the same thing is shown to a person once."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[tuple[int, str]] = set()
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.levelno, record.getMessage())
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
        return True


class JsonLinesHandler(_QuietFailures, logging.Handler):
    """Writes records into a JsonLinesLog as `{"kind": "log", "level", "logger", "message"}`."""

    def __init__(self, log: JsonLinesLog, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields: dict[str, Any] = {
                "level": record.levelname.lower(),
                "logger": record.name,
                "message": record.getMessage(),
            }
            if record.exc_info and record.exc_info[1] is not None:
                fields["error"] = f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
            self.log.write("log", **fields)
        except Exception:
            self.handleError(record)


class StderrHandler(_QuietFailures, logging.Handler):
    """`baes: warning: …` on stderr, each message once per process."""

    def __init__(self, stream: TextIO | None = None, level: int = logging.WARNING) -> None:
        super().__init__(level)
        # None: sys.stderr as it is at each write, so a redirected stderr (tests) is used.
        self._stream = stream
        self.setFormatter(_PrefixFormatter())
        self.addFilter(OncePerMessage())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self._stream if self._stream is not None else sys.stderr
            stream.write(self.format(record) + "\n")
            stream.flush()
        except Exception:
            self.handleError(record)


class _PrefixFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        word = {"error": "error", "warning": "warning"}.get(_severity(record.levelno), "note")
        return f"baes: {word}: {record.getMessage()}"


def _root() -> logging.Logger:
    root = logging.getLogger(LOGGER_NAME)
    if root.level == logging.NOTSET:
        root.setLevel(logging.INFO)  # info records reach the JSON-lines log; debug does not
    return root


def _attach(handler: logging.Handler) -> Callable[[], None]:
    root = _root()
    root.addHandler(handler)

    def remove() -> None:
        root.removeHandler(handler)

    return remove


def report_to_stderr(stream: TextIO | None = None) -> Callable[[], None]:
    """The CLI's route: warnings and errors on stderr (default: the current sys.stderr),
    each message once; returns the remover."""
    return _attach(StderrHandler(stream))


_json_routes: dict[Path, tuple[JsonLinesHandler, int]] = {}
_json_lock = threading.Lock()


def report_to_json_lines(log: JsonLinesLog) -> Callable[[], None]:
    """Route INFO and above into `log` while the returned remover has not been called.

    Two routes to the same file (two Workspaces of one data dir open in one process) share
    one handler, so a record is written once.
    """
    if log.path is None:
        return lambda: None
    path = log.path
    with _json_lock:
        handler, count = _json_routes.get(path, (None, 0))
        if handler is None:
            handler = JsonLinesHandler(log)
            _root().addHandler(handler)
        _json_routes[path] = (handler, count + 1)
    removed = False

    def remove() -> None:
        nonlocal removed
        with _json_lock:
            if removed:
                return
            removed = True
            found, count = _json_routes[path]
            if count > 1:
                _json_routes[path] = (found, count - 1)
            else:
                del _json_routes[path]
                _root().removeHandler(found)

    return remove
