"""What every screen of the TUI shares: the screen list, the base class, the styles folder and
the way failures are reported.

Every screen subclasses `BaesScreen`: it is built from the Workspace, draws its look from one
`.tcss` file in `styles/`, and hands every failed worker to the app's one handler
(`report_error`): an unexpected exception opens a dialog with the text to copy, an expected
`BaesError` becomes a notification. `Worker.StateChanged` does not bubble, so the base class is
where each screen's workers meet that handler; a screen that explains a failure in place (the
Waves screen's run) says so in `REPORTED_IN_PLACE`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from baes_tui.core.errors import BaesError
from baes_tui.core.resources import styles_dir

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace

STYLES = styles_dir()  # in the package when installed, beside it in a checkout


@dataclass(frozen=True, slots=True)
class ScreenEntry:
    """One screen of the app: its mode, default key, title, purpose and class."""

    mode: str
    key: str
    title: str
    description: str
    target: str  # "module:Class"; imported off the UI thread while the workspace opens

    @property
    def binding_id(self) -> str:
        return f"screen.{self.mode}"

    @property
    def css_path(self) -> Path:
        """The screen's style sheet (`styles/<mode>.tcss`), read by the app at start-up."""
        return STYLES / f"{self.mode}.tcss"

    def load(self) -> type[Screen[Any]]:
        module, _, name = self.target.partition(":")
        screen: type[Screen[Any]] = getattr(importlib.import_module(module), name)
        return screen


# The screens, declared once: the app's modes and keys, F1 help, the command palette and the
# screenshots all follow this list. A new screen is one more entry.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(
        "request",
        "f2",
        "Request",
        "Type a request; see how it is understood; Enter runs it.",
        "baes_tui.ui.screens.request:RequestScreen",
    ),
    ScreenEntry(
        "waves",
        "f3",
        "Waves",
        "The run live: waves, tasks, test output, verdicts, summary.",
        "baes_tui.ui.screens.waves:WavesScreen",
    ),
    ScreenEntry(
        "review",
        "f4",
        "Review",
        "Every verdict of every run; approve or reject review items.",
        "baes_tui.ui.screens.review:ReviewScreen",
    ),
    ScreenEntry(
        "cache",
        "f5",
        "Cache",
        "Browse, search, invalidate and export the recognition cache.",
        "baes_tui.ui.screens.cache:CacheScreen",
    ),
    ScreenEntry(
        "metrics",
        "f6",
        "Metrics",
        "Runs, durations, hit rate, approval rate, tokens.",
        "baes_tui.ui.screens.metrics:MetricsScreen",
    ),
)


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


def report_error(app: App[object], what: str, error: BaseException | None) -> None:
    """Hand a failure to the app's one handler (`BaesApp.report_error`).

    A bare `App` hosting a single screen (a test harness) has no such handler: it gets a
    notification, so a failure is never silent.
    """
    handler = getattr(app, "report_error", None)
    if callable(handler):
        handler(what, error)
    else:
        app.notify(describe_error(error), title=f"{what} failed", severity="error", markup=False)


class BaesScreen(Screen[None]):
    """A screen of the app: built from the Workspace, failures reported, never fatal."""

    # Worker groups whose failure the screen shows in place (and reports itself if it must).
    REPORTED_IN_PLACE: ClassVar[frozenset[str]] = frozenset()

    workspace: Workspace  # every screen is built from the app's Workspace
    _covered = False  # suspended under a dialog of its own mode (not left for another screen)

    def refresh_data(self) -> None:
        """Re-read what the screen shows. Called each time the screen is shown, but not when
        a dialog over it closes: the dialog's action reloads what it changed, and a failed read
        would otherwise come back each time its error dialog is closed."""

    def wordnet_settled(self) -> None:
        """The core has chosen its normalizer (WordNet, or the fallback): what was shown before
        (a preview marked cache "pending") can be shown for real now."""

    @on(events.ScreenSuspend)
    def _note_why_suspended(self) -> None:
        self._covered = self.app.screen is not self and self in self.app.screen_stack

    @on(events.ScreenResume)
    def _shown_again(self) -> None:
        if self._covered:
            self._covered = False
            return
        self.refresh_data()

    @on(Worker.StateChanged)
    def _report_failed_worker(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.group not in self.REPORTED_IN_PLACE:
            report_error(self.app, worker.name or "A background task", worker.error)
