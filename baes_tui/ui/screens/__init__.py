"""Screens of the TUI, plus the one place where a failed worker becomes a notification.

Every blocking call runs in a worker with `exit_on_error=False`; `Worker.StateChanged` does not
bubble, so each screen inherits the same handler from `BaesScreen` (the App has its own copy
of the same two lines) and a failure is always explained, never a crash.
"""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from baes_tui.core.errors import BaesError
from baes_tui.core.resources import styles_dir

STYLES = styles_dir()


def describe_error(exc: BaseException | None) -> str:
    """A sentence a user can act on: our own errors already are, others get their type."""
    if exc is None:
        return "unknown error"
    if isinstance(exc, BaesError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return f"{type(exc).__name__}: {exc}"


def report_worker_failure(app: App, event: Worker.StateChanged) -> None:
    """Turn a worker that ended in error into a readable notification (cancellation is quiet)."""
    if event.state != WorkerState.ERROR:
        return
    title = event.worker.name or "Background task"
    app.notify(
        describe_error(event.worker.error),
        title=f"{title} failed",
        severity="error",
        markup=False,
        timeout=8,
    )


class BaesScreen(Screen):
    """A screen whose failed workers are reported, not fatal."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self.app, event)
