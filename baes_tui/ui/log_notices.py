"""The core's warnings and errors, as notifications while the TUI runs.

The core reports problems through stdlib `logging`, each module on its own logger under
`baes_tui` (core/log.py, which also routes them to the JSON-lines log and the CLI's stderr).
While the app runs, `NoticeHandler` is attached to it and turns every warning or error record
into one notification — each distinct message once, however often it is logged (a disk that
stays full should not bury the screen). Records may come from any thread; the handler only posts a
message, and the app shows it on its own loop.
"""

from __future__ import annotations

import logging
import threading

from textual.app import App
from textual.message import Message

# Every module logs on `logging.getLogger(__name__)`, so one logger hears them all.
LOGGERS = ("baes_tui",)
MAX_REMEMBERED = 500  # distinct messages remembered for de-duplication
SHOWN_IN_UI = "shown_in_ui"  # a record the UI already showed (its own error reports) sets this


class LogNotice(Message):
    """A warning or error the core logged, to be shown once."""

    def __init__(self, message: str, severity: str, logger: str) -> None:
        super().__init__()
        self.message = message
        self.severity = severity
        self.logger = logger


class NoticeHandler(logging.Handler):
    """Posts each distinct warning/error message to the app once."""

    def __init__(self, app: App[object]) -> None:
        super().__init__(logging.WARNING)
        self._app = app
        self._seen: set[str] = set()
        self._seen_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, SHOWN_IN_UI, False):
            return
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string must not break the caller
            message = str(record.msg)
        with self._seen_lock:
            if message in self._seen or len(self._seen) >= MAX_REMEMBERED:
                return
            self._seen.add(message)
        severity = "error" if record.levelno >= logging.ERROR else "warning"
        self._app.post_message(LogNotice(message, severity, record.name))

    def detach(self) -> None:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(self)


def attach(app: App[object]) -> NoticeHandler:
    """Attach a `NoticeHandler` for `app` to the core's loggers; `detach()` removes it."""
    handler = NoticeHandler(app)
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)
    return handler
