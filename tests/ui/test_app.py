"""The app shell: it opens the workspace, switches screens by key and by palette, helps."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

from textual.command import CommandList

from baes_tui.core.config import Settings, load_settings
from baes_tui.ui.app import BaesApp
from baes_tui.ui.screens.help import HelpScreen
from baes_tui.ui.screens.request import RequestScreen
from baes_tui.ui.screens.review import ReviewScreen
from baes_tui.ui.screens.waves import WavesScreen
from tests.ui.conftest import SIZE, type_text, until


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
            keys = [
                section.keys for section in app.screen.sections if section.title == "Everywhere"
            ]
            assert ("f10", "Review") in keys[0]


async def test_f1_help_lists_each_screen_and_its_keys(settings: Settings, workspace: Any) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        titles = [s.title for s in app.screen.sections]
        assert titles == ["Everywhere", "Request", "Waves", "Review", "Cache", "Metrics"]
        keys = {d: k for s in app.screen.sections for k, d in s.keys}
        assert keys["Approve"] == "a" and keys["Cancel run"] == "c" and keys["Help"] == "f1"
        assert keys["Open items"] == "5"
        shown = " ".join(str(s.render()) for s in app.screen.query(".help-description"))
        assert "Every verdict of every run" in shown
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
        await until(
            pilot,
            lambda: app.screen.query_one("#review-filter").value == "uncertain",
            "filter set to uncertain",
        )


async def test_theme_key_switches_theme(settings: Settings, workspace: Any) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        before = app.theme
        await pilot.press("f8")
        assert app.theme != before


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


# --- problems the core reports (issue 7 §2: one way, through logging) ----------------------
async def test_a_problem_met_while_opening_the_workspace_is_a_notification(
    settings: Settings,
) -> None:
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / "cache.db").write_bytes(b"")  # 0 bytes: reported like a corrupt one
    app = BaesApp(settings)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "request screen")
        await until(
            pilot,
            lambda: any("cache file was empty" in str(n.message) for n in app._notifications),
            "the empty cache.db reported",
        )
        (shown,) = [n for n in app._notifications if "cache file was empty" in str(n.message)]
        assert shown.severity == "warning" and shown.title == "Cache"
        assert "cache.db.corrupt-" in str(shown.message)


async def test_problems_reported_from_any_thread_are_notified_on_the_app_thread_once(
    settings: Settings, workspace: Any
) -> None:
    shown_on: list[int] = []
    app = BaesApp(settings, workspace=workspace)
    notify = app.notify

    def recording_notify(*args: Any, **kwargs: Any) -> None:
        shown_on.append(threading.get_ident())
        notify(*args, **kwargs)

    app.notify = recording_notify  # type: ignore[method-assign]
    core = logging.getLogger("baes_tui.recognition.wordnet")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "request screen")
        app_thread = threading.get_ident()
        for _ in range(2):  # the same warning twice, from a thread that is not the app's
            reporter = threading.Thread(target=core.warning, args=("WordNet failed: disk gone",))
            reporter.start()
            await asyncio.to_thread(reporter.join)
        logging.getLogger("baes_tui.runs.metrics").error("metrics file unreadable")
        logging.getLogger("baes_tui.runs").info("an info record is not a problem")
        await until(
            pilot,
            lambda: any("metrics file unreadable" in str(n.message) for n in app._notifications),
            "the error notified",
        )
        messages = [str(n.message) for n in app._notifications]
        assert messages.count("WordNet failed: disk gone") == 1
        assert not any("info record" in m for m in messages)
        (error,) = [n for n in app._notifications if n.message == "metrics file unreadable"]
        assert error.severity == "error" and error.title == "Metrics"
        assert shown_on and set(shown_on) == {app_thread}
    handlers = logging.getLogger("baes_tui").handlers
    assert not any(type(h).__name__ == "CallbackHandler" for h in handlers), "handler removed"
