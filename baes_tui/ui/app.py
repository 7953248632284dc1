"""The baes TUI: one Workspace, the screens of `SCREENS` (as modes), a header with live status.

Start-up paints a small frame first, then imports the screens and opens the Workspace in a
worker, shows the Request screen (which previews without WordNet), and only then has WordNet
load in the background. The app renders
what the core reports — the cache listener, the run's events, the `baes` logger — and never
polls. Every failure of a worker ends in one handler, `report_error`. `run_app(settings)` is
what `baes` (no subcommand) calls.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import platform
import sys
import traceback
from typing import TYPE_CHECKING, Any, ClassVar

import textual
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Label, Static
from textual.worker import Worker, WorkerState

from baes_tui import __version__
from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.ui.commands import ActionsProvider, GuardedCommandPalette
from baes_tui.ui.log_notices import SHOWN_IN_UI, LogNotice, NoticeHandler, attach
from baes_tui.ui.screens import SCREENS, STYLES, BaesScreen, ScreenEntry, describe_error
from baes_tui.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from textual.theme import Theme

    from baes_tui.ui.screens.help import HelpKey, HelpSection
    from baes_tui.ui.screens.request import RequestScreen
    from baes_tui.ui.screens.waves import WavesScreen
    from baes_tui.workspace import Workspace, WorkspaceStatus

log = logging.getLogger(__name__)


class PlaceholderScreen(Screen[None]):
    """Stands in for a screen that failed to import, so the rest of the app still works."""

    def __init__(self, title: str, reason: str) -> None:
        super().__init__()
        self.title = title
        self._reason = reason

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"The {self.title} screen is not available: {self._reason}", markup=False)
        yield KeyBar()


class CacheChanged(Message):
    """The cache listener fired (after a counted lookup)."""

    def __init__(self, stats: Any) -> None:
        super().__init__()
        self.stats = stats


def _import_screens() -> None:
    """Import the workspace and every screen module (a thread: nltk and friends are slow)."""
    importlib.import_module("baes_tui.workspace")
    for entry in SCREENS:
        try:
            entry.load()
        except Exception:  # reported when the screen is built: a placeholder takes its place
            continue


class BaesApp(App[int]):
    """The TUI face of the Workspace."""

    TITLE = "baes"
    # Every screen's styles are read at start-up: a style sheet first read when its screen is
    # first shown makes Textual parse all CSS again, a stall of the first run.
    CSS_PATH: ClassVar[list[Any]] = [
        STYLES / "app.tcss",
        *(entry.css_path for entry in SCREENS if entry.css_path.is_file()),
        STYLES / "help.tcss",
    ]
    COMMANDS: ClassVar[set[Any]] = {ActionsProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        *(  # priority: a focused widget must not swallow them (TextArea binds F6 and F7)
            Binding(
                entry.key,
                f"show('{entry.mode}')",
                entry.title,
                id=entry.binding_id,
                priority=True,
            )
            for entry in SCREENS
        ),
        Binding("f8", "next_theme", "Theme", id="theme"),
        Binding("ctrl+q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, settings: Settings, *, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.workspace: Workspace | None = workspace
        self._owns_workspace = workspace is None
        self._wordnet = "WordNet loading…"
        self._cache = "cache —"
        self._saved_theme = settings.theme
        self._notices: NoticeHandler | None = None

    # --- start-up ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """The default screen: shown only while the workspace opens (or if it cannot)."""
        yield Header()
        with Vertical(id="startup"):
            yield Label("Opening the workspace…", id="startup-message")
        yield KeyBar()

    async def on_mount(self) -> None:
        self._notices = attach(self)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.notify(
                f"Unknown theme {self.settings.theme!r}; using {self.theme}.", severity="warning"
            )
        self._saved_theme = self.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.set_keymap(self.settings.keys)
        self._show_status()
        if self.workspace is not None:  # given one (tests, tools): ready before the first key
            await self._install(self.workspace)
        else:
            self._open_workspace()

    @work(exclusive=True, group="workspace", exit_on_error=False, name="Opening the workspace")
    async def _open_workspace(self) -> None:
        try:
            await asyncio.to_thread(_import_screens)
            from baes_tui.workspace import Workspace

            # WordNet starts loading once the Request screen is up (_watch_wordnet): loading
            # it alongside the screen imports would slow both, and a preview needs no WordNet.
            workspace = await Workspace.open(self.settings, load_wordnet=False)
        except Exception:
            self.query_one("#startup-message", Label).update(
                "The workspace could not be opened (see the message). Ctrl+Q quits."
            )
            raise
        if not self.is_running:
            # Quit while the workspace opened: the app is closing its screens, so installing
            # more would break the shutdown (and on_unmount may have run): close it here.
            await workspace.close()
            return
        self.workspace = workspace
        await self._install(workspace)

    async def _install(self, workspace: Workspace) -> None:
        workspace.add_cache_listener(lambda stats: self.post_message(CacheChanged(stats)))
        for entry in SCREENS:
            self.install_screen(self._build_screen(entry, workspace), entry.mode)
            self.add_mode(entry.mode, entry.mode)
        await self.switch_mode("request")
        self._watch_wordnet()

    def _build_screen(self, entry: ScreenEntry, workspace: Workspace) -> Screen[Any]:
        try:
            screen = entry.load()(workspace)  # type: ignore[call-arg]
        except Exception as exc:  # another team's screen must not take the app down
            log.error("the %s screen failed to load", entry.title, exc_info=exc)
            return PlaceholderScreen(entry.title, f"{type(exc).__name__}: {exc}")
        screen.title = screen.title or entry.title
        # Textual re-parses every style sheet when it first shows a screen whose count of CSS
        # updates lags the app's (a guard for a theme changed while the screen was away). A
        # screen built now is current; a later theme change still refreshes it as it should.
        screen._css_update_count = self._css_update_count
        return screen

    @work(exclusive=True, group="wordnet", exit_on_error=False, name="Loading WordNet")
    async def _watch_wordnet(self) -> None:
        """Have the core choose its normalizer (loading WordNet if it has not), then say which."""
        if self.workspace is not None:
            status = await self.workspace.wait_ready()
            if not self.is_running:  # quit while WordNet loaded: the screens are closing
                return
            self._show_status(status)
            # WordNet and the screens are hundreds of thousands of long-lived objects; a full
            # garbage collection walking them stopped the loop for 100-450 ms at random moments
            # of a run. Frozen, they are left out of every collection until the app ends.
            gc.freeze()
            for entry in SCREENS:
                screen = self.get_screen(entry.mode)
                if isinstance(screen, BaesScreen):
                    screen.wordnet_settled()

    # --- live status in the header ----------------------------------------------------------
    def _show_status(self, status: WorkspaceStatus | None = None) -> None:
        project = str(self.settings.project_dir)
        if status is None and self.workspace is not None:
            status = self.workspace.status()
        if status is not None:
            if status.wordnet_error:
                self._wordnet = "WordNet unavailable: fallback normalizer"
            elif status.wordnet_ready:
                self._wordnet = "WordNet ready"
            if not status.cache_available:
                warning = status.cache_warning
                self._cache = f"cache off ({warning})" if warning else "cache off"
        self.sub_title = f"{project} · {self._wordnet} · {self._cache}"

    def on_cache_changed(self, message: CacheChanged) -> None:
        session = message.stats.session
        self._cache = f"cache {session.hit_rate:.0%} hit ({session.hits}/{session.lookups})"
        self._show_status()

    # --- the run: Request asks, Waves runs ---------------------------------------------------
    async def on_request_screen_run_requested(self, message: RequestScreen.RunRequested) -> None:
        await self.switch_mode("waves")
        await self.waves_screen().start_run(
            message.recognition, confirmed=message.confirmed, run_tests=self.settings.run_tests
        )

    def waves_screen(self) -> WavesScreen:
        from baes_tui.ui.screens.waves import WavesScreen

        screen = self.get_screen("waves")
        if not isinstance(screen, WavesScreen):
            raise BaesError(f"the Waves screen is not available: {screen}")
        return screen

    def on_waves_screen_run_ended(self, message: WavesScreen.RunEnded) -> None:
        """One notification per run (a failure the run could not explain was reported)."""
        result = message.result
        if message.status in ("completed", "needs_review"):
            files = len(result.files) if result else 0
            review = (
                " — items wait on the Review screen (F4)"
                if message.status == "needs_review"
                else ""
            )
            status = message.status.replace("_", " ")
            self.notify(f"Run {status}: {files} files{review}", title="Run", markup=False)
        elif message.status == "cancelled":
            self.notify("Run cancelled; the project is unchanged.", title="Run", severity="warning")
        elif result is not None:
            reason = message.error or result.error or message.status
            self.notify(
                f"Run {message.status}: {reason}", title="Run", severity="error", markup=False
            )
        self._show_status()

    # --- actions shared by keys and the command palette -------------------------------------
    async def action_show(self, mode: str) -> None:
        if self.workspace is None or mode not in self._modes:
            self.notify("Still opening the workspace…", severity="warning")
            return
        if self.current_mode == mode and len(self.screen_stack) > 1:
            return
        if isinstance(self.screen, ModalScreen):
            # A dialog answers onto the screen below it; leaving its mode first would let
            # a late answer pop another mode's only screen.
            self.notify("Close the dialog first (Escape).", severity="warning")
            return
        await self.switch_mode(mode)

    async def run_screen_action(self, mode: str, action: str) -> None:
        """Show `mode`'s screen and run one of its actions (the command palette's way)."""
        await self.action_show(mode)
        if self.current_mode == mode and not isinstance(self.screen, ModalScreen):
            await self.screen.run_action(action)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not GuardedCommandPalette.is_open(self):
            self.push_screen(GuardedCommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        from baes_tui.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.help_sections()))

    def action_next_theme(self) -> None:
        names = sorted(self.available_themes)
        self.theme = names[(names.index(self.theme) + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def help_sections(self) -> list[HelpSection]:
        """What each screen is for and its keys with their binding ids, after remapping."""
        from baes_tui.ui.screens.help import HelpSection

        sections = [
            HelpSection(
                "Everywhere",
                "Switch screens, get help, change theme, quit. Ctrl+P lists every action.",
                self._keys(self.BINDINGS),
            )
        ]
        for entry in SCREENS:
            try:
                bindings = getattr(entry.load(), "BINDINGS", [])
            except Exception:  # the placeholder screen says why
                bindings = []
            sections.append(HelpSection(entry.title, entry.description, self._keys(bindings)))
        return sections

    def _keys(self, bindings: list[Any]) -> tuple[HelpKey, ...]:
        from baes_tui.ui.screens.help import HelpKey

        return tuple(
            HelpKey(self.key_display(binding), binding.description, binding.id or "")
            for binding in bindings
            if isinstance(binding, Binding) and binding.description
        )

    def key_display(self, binding: Binding) -> str:
        """How the key of `binding` is shown, after the user's remapping (`[keys]`)."""
        key = self.settings.keys.get(binding.id or "", binding.key).split(",")[0]
        return self.get_key_display(Binding(key, binding.action))

    # --- the theme is remembered ------------------------------------------------------------
    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self._saved_theme:
            self._saved_theme = theme.name
            self._save_theme(theme.name)

    @work(exclusive=True, group="theme", exit_on_error=False, name="Saving the theme")
    async def _save_theme(self, name: str) -> None:
        from baes_tui.core.config_edit import config_path, set_string

        await asyncio.to_thread(set_string, config_path(self.settings), "ui", "theme", name)

    # --- errors: one handler for every worker, and the core's log ---------------------------
    def report_error(self, what: str, error: BaseException | None) -> None:
        """The one place a failure is shown: an expected `BaesError` as a notification, an
        unexpected exception as a dialog with the text to copy (and in the log)."""
        if error is None or isinstance(error, BaesError):
            self.notify(
                describe_error(error), title=f"{what} failed", severity="error", markup=False
            )
            return
        from baes_tui.ui.widgets.dialogs import ErrorDialog

        log.error("%s failed", what, exc_info=error, extra={SHOWN_IN_UI: True})
        title = f"{what} failed: {describe_error(error)}"
        details = "".join(traceback.format_exception(error))
        if isinstance(self.screen, ErrorDialog):
            self.screen.add(title, details)
            return
        self.push_screen(ErrorDialog(title, f"{title}\n{_versions()}\n\n{details}"))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.report_error(event.worker.name or "A background task", event.worker.error)

    def on_log_notice(self, notice: LogNotice) -> None:
        self.notify(notice.message, title="baes", severity=notice.severity, markup=False)  # type: ignore[arg-type]

    # --- shutdown ---------------------------------------------------------------------------
    async def on_unmount(self) -> None:
        gc.unfreeze()
        if self._notices is not None:
            self._notices.detach()
        if self._owns_workspace and self.workspace is not None:
            await self.workspace.close()


def _versions() -> str:
    return (
        f"baes {__version__} · Textual {textual.__version__} · Python {sys.version.split()[0]}"
        f" · {platform.platform()}"
    )


def run_app(settings: Settings) -> int:
    """Run the TUI until the user quits; the exit code for `baes`."""
    app = BaesApp(settings)
    app.run()
    return app.return_code or 0
