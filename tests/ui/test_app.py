"""The app shell: it opens the workspace, switches screens by key and by palette, helps."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandList
from textual.widgets import Static

from baes_tui.core.config import Settings, load_settings
from baes_tui.core.errors import BaesError
from baes_tui.ui.app import BaesApp
from baes_tui.ui.screens import SCREENS
from baes_tui.ui.screens.help import HelpScreen
from baes_tui.ui.screens.request import RequestScreen
from baes_tui.ui.screens.review import ReviewScreen
from baes_tui.ui.screens.waves import WavesScreen
from baes_tui.ui.widgets.dialogs import ErrorDialog
from baes_tui.ui.widgets.key_bar import KeyBar
from tests.ui.conftest import SIZE, drawn, notifications, type_text, until


async def test_app_opens_its_workspace_and_reports_wordnet_in_the_header(
    settings: Settings,
) -> None:
    app = BaesApp(settings)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "request screen")
        assert str(settings.project_dir) in app.sub_title
        await until(pilot, lambda: "WordNet loading" not in app.sub_title, "WordNet settled")
        assert "WordNet ready" in app.sub_title or "fallback" in app.sub_title


async def test_function_keys_reach_every_screen(settings: Settings, workspace: Any) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        assert isinstance(app.screen, WavesScreen)
        await pilot.press("f4")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f5")
        assert type(app.screen).__name__ == "CacheScreen"
        await pilot.press("f6")
        assert type(app.screen).__name__ == "MetricsScreen"
        await pilot.press("f2")
        assert isinstance(app.screen, RequestScreen)


async def test_keys_from_settings_remap_a_binding_everywhere(tmp_path: Any) -> None:
    settings = load_settings(
        project=tmp_path / "project",
        data_dir=tmp_path / "data",
        run_tests=False,
        keys={"screen.review": "f10"},
    )
    from baes_tui.workspace import Workspace

    async with await Workspace.open(settings) as workspace:
        app = BaesApp(settings, workspace=workspace)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("f4")
            assert isinstance(app.screen, RequestScreen), "f4 no longer opens Review"
            await pilot.press("f10")
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            [everywhere] = [s for s in app.screen.sections if s.title == "Everywhere"]
            assert ("f10", "Review", "screen.review") in [
                (k.key, k.description, k.binding_id) for k in everywhere.keys
            ]


async def test_f1_help_lists_each_screen_its_keys_and_their_binding_ids(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        titles = [s.title for s in app.screen.sections]
        assert titles == ["Everywhere", *(entry.title for entry in SCREENS)]
        keys = {k.description: (k.key, k.binding_id) for s in app.screen.sections for k in s.keys}
        assert keys["Approve"] == ("a", "review.approve")
        assert keys["Cancel run"] == ("c", "waves.cancel")
        assert keys["Help"] == ("f1", "help")
        assert keys["Open items"] == ("5", "review.filter_open")
        assert keys["Export"] == ("x", "cache.export")
        shown = "\n".join(drawn(widget) for widget in app.screen.query(Static))
        assert "Every verdict of every run" in shown
        assert "review.filter_open" in shown and "[keys]" in shown, "ids shown, as the README says"
        await pilot.press("escape")
        assert isinstance(app.screen, RequestScreen)


async def test_command_palette_runs_a_screen_action_by_name(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.press("ctrl+p")
        await type_text(pilot, "Uncertain")
        await until(
            pilot, lambda: app.screen.query_one(CommandList).option_count > 0, "palette hits"
        )
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "back on review")
        await until(pilot, lambda: app.screen.choice == "uncertain", "filter set to uncertain")


async def test_the_chosen_theme_is_remembered_in_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "project" / "baes.toml"
    config.parent.mkdir()
    config.write_text('# my settings\nrun_tests = false\n\n[ui]\ntheme = "nord"\n')
    settings = load_settings(project=tmp_path / "project", data_dir=tmp_path / "data")
    from baes_tui.workspace import Workspace

    async with await Workspace.open(settings, load_wordnet=False) as workspace:
        app = BaesApp(settings, workspace=workspace)
        async with app.run_test(size=SIZE) as pilot:
            assert app.theme == "nord"
            await pilot.press("f8")
            chosen = app.theme
            assert chosen != "nord"
            await until(pilot, lambda: f'theme = "{chosen}"' in config.read_text(), "saved")
    text = config.read_text()
    assert text.startswith("# my settings\nrun_tests = false\n"), "the rest is kept"
    assert load_settings(project=tmp_path / "project", data_dir=tmp_path / "data").theme == chosen


async def test_a_dialog_answers_once_and_never_pops_the_screen_below(
    settings: Settings, workspace: Any
) -> None:
    """Found by the monkey test: a second queued key, or a late answer from a worker while
    another screen was on top, popped a mode's only screen and crashed the app."""
    from baes_tui.ui.widgets.dialogs import ConfirmDialog

    app = BaesApp(settings, workspace=workspace)
    answers: list[bool | None] = []
    async with app.run_test(size=SIZE) as pilot:
        dialog = ConfirmDialog("Delete?", "really")
        app.push_screen(dialog, answers.append)
        await pilot.pause()
        await pilot.press("f3")  # switching screens while a dialog is open is refused
        assert app.screen is dialog
        app.push_screen(HelpScreen(app.help_sections()))  # another screen on top
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        dialog.answer(False)  # a late answer while help is showing waits
        assert answers == []
        await pilot.press("escape", "escape")  # closes help; the dialog already answered
        await pilot.pause()
        assert answers == [False]
        assert isinstance(app.screen, RequestScreen)
        dialog.answer(True)  # a second answer is ignored
        await pilot.pause()
        assert answers == [False] and isinstance(app.screen, RequestScreen)


async def test_the_palette_offers_every_action_of_every_screen_once(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        palette = app.screen.query_one(CommandList)
        await until(pilot, lambda: palette.option_count > 0, "the palette lists commands")
        titles = [str(palette.get_option_at_index(i).prompt) for i in range(palette.option_count)]
        offered = [title.splitlines()[0] for title in titles]
        assert len(offered) == len(set(offered)), "each action once"
        for entry in SCREENS:
            assert f"Go to {entry.title}" in offered
            for binding in entry.load().BINDINGS:
                if getattr(binding, "description", ""):
                    assert f"{entry.title}: {binding.description}" in offered
        assert "Quit" in offered and "Help" in offered
        assert not any(title.startswith(("Keys", "Screenshot")) for title in offered)


async def test_a_cache_action_runs_from_the_request_screen_through_the_palette(
    settings: Settings, workspace: Any
) -> None:
    await workspace.recognize("Create a student with name and email")
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, RequestScreen)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Cache: Export")
        palette = app.screen.query_one(CommandList)
        await until(pilot, lambda: palette.option_count > 0, "palette hits")
        await pilot.press("enter")
        await until(pilot, lambda: app.current_mode == "cache", "the cache screen is shown")
        await until(pilot, lambda: any(settings.data_dir.glob("cache-export-*.json")), "export")


async def test_every_key_of_every_screen_is_whole_in_its_key_bar_at_140_columns(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=(140, 40)) as pilot:
        for entry in SCREENS:
            await pilot.press(entry.key)
            await until(pilot, lambda e=entry: app.current_mode == e.mode, entry.title)
            await pilot.pause()
            bars = app.screen.query(KeyBar)
            if not bars:  # a screen still on Textual's Footer is checked by its own tests
                continue
            bar = bars.first()
            text = drawn(bar)
            assert not bar.hidden, f"{entry.title}: {[e.description for e in bar.hidden]} left out"
            for shown in bar.shown:
                assert f"{' '.join(shown.shown)} {shown.description}" in text, shown
            assert "^p Commands" in text


async def test_an_unexpected_failure_opens_a_dialog_with_the_text_to_copy(
    settings: Settings, workspace: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("state.db went away")

    monkeypatch.setattr(workspace, "verdicts", broken)
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog), "error dialog")
        details = app.screen.details
        assert "Loading verdicts failed: RuntimeError: state.db went away" in details
        assert "Traceback" in details and "broken" in details
        await pilot.press("c")
        assert app.clipboard == details
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "back on review")
        assert app.is_running


async def test_an_expected_failure_is_a_notification_not_a_dialog(
    settings: Settings, workspace: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise BaesError("the project's state.db is locked by another baes")

    monkeypatch.setattr(workspace, "verdicts", refused)
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await until(
            pilot, lambda: any("locked by another baes" in n for n in notifications(pilot)), "told"
        )
        assert isinstance(app.screen, ReviewScreen)


async def test_core_warnings_become_one_notification_per_message(
    settings: Settings, workspace: Any
) -> None:
    shown_on: list[int] = []
    app = BaesApp(settings, workspace=workspace)
    notify = app.notify

    def recording_notify(*args: Any, **kwargs: Any) -> None:
        shown_on.append(threading.get_ident())
        notify(*args, **kwargs)

    app.notify = recording_notify  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        core = logging.getLogger("baes_tui.recognition.cache.store")
        for _ in range(3):
            core.warning("cache backup skipped: the disk is full")
        await asyncio.to_thread(core.error, "metrics.csv is not writable")
        core.info("an info record is not shown")
        await until(
            pilot, lambda: any("not writable" in n for n in notifications(pilot)), "from a thread"
        )
        shown = notifications(pilot)
        assert shown.count("cache backup skipped: the disk is full") == 1
        assert not any("info record" in n for n in shown)
        assert set(shown_on) == {threading.get_ident()}, "notified on the app's thread"
    core.warning("after the app: nobody listens")  # detached: no error, no notification


async def test_a_problem_met_while_opening_the_workspace_is_a_notification(
    settings: Settings,
) -> None:
    """The route is in place before the workspace opens: an empty cache.db, moved aside by
    the core with a warning, is told to the person at the screen."""
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / "cache.db").write_bytes(b"")  # 0 bytes: reported like a corrupt one
    app = BaesApp(settings)
    async with app.run_test(size=SIZE) as pilot:
        await until(
            pilot,
            lambda: any("cache file was empty" in n for n in notifications(pilot)),
            "the empty cache.db reported",
        )
        (shown,) = [n for n in app._notifications if "cache file was empty" in str(n.message)]
        assert shown.severity == "warning" and "cache.db.corrupt-" in str(shown.message)
        # Quit only once the screen is mounted and the workspace settled: quitting mid-mount
        # raced Textual's Select (NoMatches '#label' in CI) and left the cache connection open.
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "request screen")
        await until(pilot, lambda: "WordNet loading" not in app.sub_title, "WordNet settled")


async def test_a_request_is_previewed_before_wordnet_has_loaded_and_again_after(
    settings: Settings,
) -> None:
    """The preview does not wait for WordNet: the rules answer at once (cache "pending"), and
    when WordNet is ready the same text is previewed again with the cache asked."""
    from baes_tui.workspace import Workspace

    release = threading.Event()
    async with await Workspace.open(settings, load_wordnet=False) as workspace:
        load = workspace.lemmatizer.load
        workspace.lemmatizer.load = lambda: release.wait(60) and load()  # type: ignore[method-assign]
        app = BaesApp(settings, workspace=workspace)
        async with app.run_test(size=SIZE) as pilot:
            await type_text(pilot, "Create a system to manage students with name and email")
            summary = app.screen.query_one("#preview-summary", Static)
            cache = app.screen.query_one("#preview-cache", Static)
            await until(pilot, lambda: "Student" in drawn(summary), "previewed")
            # the two panes may be drawn a frame apart; WordNet stays held back meanwhile
            await until(pilot, lambda: "Cache pending" in drawn(cache), "cache pending shown")
            assert "WordNet loading" in app.sub_title
            release.set()
            await until(pilot, lambda: "Cache miss" in drawn(cache), "previewed again")
            assert "WordNet ready" in app.sub_title
            assert gc.get_freeze_count() > 0, "out of the collector's way"
        assert gc.get_freeze_count() == 0, "and back in once the app has ended"


def _cache_threads() -> list[threading.Thread]:
    """aiosqlite's connection threads: one per open cache file."""
    return [t for t in threading.enumerate() if "_connection_worker_thread" in t.name]


async def test_quitting_while_the_workspace_opens_leaves_no_thread_behind(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person who quits at once must get their shell back: a cache file left open by an
    abandoned start-up kept the process alive at exit (its connection thread is not a daemon)."""
    from baes_tui.workspace import Workspace

    before = set(_cache_threads())
    midway = asyncio.Event()

    async def slow_lemma_memory(self: Workspace) -> None:
        midway.set()  # the cache file is open; the rest of the opening never comes
        await asyncio.Future()

    monkeypatch.setattr(Workspace, "_open_lemma_memory", slow_lemma_memory)
    app = BaesApp(settings)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, midway.is_set, "the workspace is half open")
        assert set(_cache_threads()) - before, "the cache file is open"
    for thread in set(_cache_threads()) - before:
        # The cancelled start-up closes the file on this loop: wait off it.
        await asyncio.to_thread(thread.join, 60)
        assert not thread.is_alive(), "the cache file was closed"
    assert app.workspace is None
