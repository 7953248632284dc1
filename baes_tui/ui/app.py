"""The baes TUI: one Workspace, five screens (as modes), a header that shows live status.

The app opens the Workspace in a worker (WordNet keeps loading in the background), then
installs the screens. It renders what the core reports — the cache listener and the run's
events — and never polls. `run_app(settings)` is what `baes` (no subcommand) calls.
"""

from __future__ import annotations

import asyncio
import importlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Label, LoadingIndicator, Static
from textual.worker import Worker

from baes_tui.core.config import Settings
from baes_tui.ui.commands import ActionsProvider, GuardedCommandPalette
from baes_tui.ui.screens import STYLES, report_worker_failure
from baes_tui.ui.screens.help import HelpScreen, HelpSection
from baes_tui.ui.screens.request import RequestScreen
from baes_tui.ui.screens.review import ReviewScreen
from baes_tui.ui.screens.waves import WavesScreen

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace, WorkspaceStatus

# (mode, default key, title, what the screen is for, class path for screens built elsewhere)
SCREENS: tuple[tuple[str, str, str, str], ...] = (
    ("request", "f2", "Request", "Type a request; see how it is understood; Enter runs it."),
    ("waves", "f3", "Waves", "The run live: waves, tasks, test output, verdicts, summary."),
    ("review", "f4", "Review", "Every verdict of every run; approve or reject review items."),
    ("cache", "f5", "Cache", "Browse, search and invalidate the recognition cache."),
    ("metrics", "f6", "Metrics", "Runs, durations, hit rate, approval rate, tokens."),
)
OPTIONAL_SCREENS = {
    "cache": ("baes_tui.ui.screens.cache", "CacheScreen"),
    "metrics": ("baes_tui.ui.screens.metrics", "MetricsScreen"),
}


class PlaceholderScreen(Screen):
    """Stands in for a screen that failed to import, so the rest of the app still works."""

    def __init__(self, title: str, reason: str) -> None:
        super().__init__()
        self.title = title
        self._reason = reason

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"The {self.title} screen is not available: {self._reason}", markup=False)
        yield Footer()


class CacheChanged(Message):
    """The cache listener fired (after a counted lookup)."""

    def __init__(self, stats: Any) -> None:
        super().__init__()
        self.stats = stats


class BaesApp(App[int]):
    """The TUI face of the Workspace."""

    TITLE = "baes"
    CSS_PATH = STYLES / "app.tcss"
    COMMANDS = App.COMMANDS | {ActionsProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        *(  # priority: a focused widget must not swallow them (TextArea binds F6 and F7)
            Binding(key, f"show('{mode}')", title, id=f"screen.{mode}", priority=True)
            for mode, key, title, _ in SCREENS
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

    # --- start-up ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """The default screen: shown only while the workspace opens (or if it cannot)."""
        yield Header()
        with Vertical(id="startup"):
            yield Label("Opening the workspace…", id="startup-message")
            yield LoadingIndicator(id="startup-spinner")
        yield Footer()

    async def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.notify(
                f"Unknown theme {self.settings.theme!r}; using {self.theme}.", severity="warning"
            )
        self.set_keymap(self.settings.keys)
        self._show_status()
        if self.workspace is not None:
            await self._install(self.workspace)
        else:
            self._open_workspace()

    @work(exclusive=True, group="workspace", exit_on_error=False, name="Opening the workspace")
    async def _open_workspace(self) -> None:
        try:
            # Imported off the UI thread: the core pulls in nltk and friends.
            service = await asyncio.to_thread(importlib.import_module, "baes_tui.workspace")
            workspace = await service.Workspace.open(self.settings)
        except Exception:
            self.query_one("#startup-message", Label).update(
                "The workspace could not be opened (see the notification). Ctrl+Q quits."
            )
            self.query_one("#startup-spinner").display = False
            raise
        await self._install(workspace)

    async def _install(self, workspace: Workspace) -> None:
        self.workspace = workspace
        workspace.add_cache_listener(lambda stats: self.post_message(CacheChanged(stats)))
        for mode, _key, title, _ in SCREENS:
            self.install_screen(self._build_screen(mode, title, workspace), mode)
            self.add_mode(mode, mode)
        await self.switch_mode("request")
        self._watch_wordnet()

    def _build_screen(self, mode: str, title: str, workspace: Workspace) -> Screen:
        builders = {"request": RequestScreen, "waves": WavesScreen, "review": ReviewScreen}
        if mode in builders:
            return builders[mode](workspace)
        module, name = OPTIONAL_SCREENS[mode]
        try:
            screen: Screen = getattr(importlib.import_module(module), name)(workspace)
        except Exception as exc:  # another team's screen must not take the app down
            return PlaceholderScreen(title, f"{type(exc).__name__}: {exc}")
        screen.title = screen.title or title
        return screen

    @work(exclusive=True, group="wordnet", exit_on_error=False, name="Loading WordNet")
    async def _watch_wordnet(self) -> None:
        """Wait until the core has chosen its normalizer (WordNet or fallback), then say which."""
        if self.workspace is None:
            return
        self._show_status(await self.workspace.wait_ready())

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
                self._cache = (
                    f"cache off ({status.cache_warning})" if status.cache_warning else ("cache off")
                )
        self.sub_title = f"{project} · {self._wordnet} · {self._cache}"

    def on_cache_changed(self, message: CacheChanged) -> None:
        session = message.stats.session
        self._cache = f"cache {session.hit_rate:.0%} hit ({session.hits}/{session.lookups})"
        self._show_status()

    # --- the run: Request asks, Waves runs ---------------------------------------------------
    async def on_request_screen_run_requested(self, message: RequestScreen.RunRequested) -> None:
        await self.switch_mode("waves")
        waves = self.get_screen("waves")
        assert isinstance(waves, WavesScreen)
        await waves.start_run(
            message.recognition, confirmed=message.confirmed, run_tests=self.settings.run_tests
        )

    def on_waves_screen_run_ended(self, message: WavesScreen.RunEnded) -> None:
        result = message.result
        if message.status in ("completed", "needs_review"):
            files = len(result.files) if result else 0
            review = (
                " — items wait on the Review screen (F4)"
                if (message.status == "needs_review")
                else ""
            )
            self.notify(
                f"Run {message.status.replace('_', ' ')}: {files} files{review}",
                title="Run",
                markup=False,
            )
        elif message.status == "cancelled":
            self.notify("Run cancelled; the project is unchanged.", title="Run", severity="warning")
        else:
            reason = message.error or (result.error if result else None) or message.status
            self.notify(
                f"Run {message.status}: {reason}", title="Run", severity="error", markup=False
            )
        self._show_status()

    # --- actions shared by keys and the command palette -------------------------------------
    async def action_show(self, mode: str) -> None:
        if self.workspace is None:
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

    def action_command_palette(self) -> None:
        if self.use_command_palette and not GuardedCommandPalette.is_open(self):
            self.push_screen(GuardedCommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.help_sections()))

    def action_next_theme(self) -> None:
        names = sorted(self.available_themes)
        self.theme = names[(names.index(self.theme) + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def help_sections(self) -> list[HelpSection]:
        """Keys per screen, after the user's remapping."""
        sections = [
            HelpSection(
                "Everywhere",
                "Switch screens, get help, change theme, quit.",
                self._keys(self.BINDINGS),
            )
        ]
        classes: dict[str, type] = {
            "request": RequestScreen,
            "waves": WavesScreen,
            "review": ReviewScreen,
        }
        for mode, _key, title, description in SCREENS:
            bindings = getattr(classes.get(mode), "BINDINGS", None)
            if bindings is None and self.workspace is not None:
                bindings = getattr(self.get_screen(mode), "BINDINGS", [])
            sections.append(HelpSection(title, description, self._keys(bindings or [])))
        return sections

    def _keys(self, bindings: list[Any]) -> tuple[tuple[str, str], ...]:
        rows = []
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            key = self.settings.keys.get(binding.id or "", binding.key)
            rows.append(
                (self.get_key_display(replace(binding, key=key.split(",")[0])), binding.description)
            )
        return tuple(rows)

    # --- errors and shutdown ----------------------------------------------------------------
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self, event)

    async def on_unmount(self) -> None:
        if self._owns_workspace and self.workspace is not None:
            await self.workspace.close()


def run_app(settings: Settings) -> int:
    """Run the TUI until the user quits; the exit code for `baes`."""
    app = BaesApp(settings)
    app.run()
    return app.return_code or 0
