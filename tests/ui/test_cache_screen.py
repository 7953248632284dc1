"""The cache screen, as a user meets it: browse, search, sort, page, inspect, invalidate, export."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import DataTable

from baes_tui.core.config import load_settings
from baes_tui.core.errors import CacheUnavailable
from baes_tui.core.models import Attribute, EntitySpec, Intent, Recognition
from baes_tui.ui.screens.cache import CacheScreen
from baes_tui.ui.widgets.cache_stats import CacheStatsPanel, HitRatePlot
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.workspace import Workspace

SIZE = (120, 36)


class Host(App):
    """The smallest app that shows the cache screen, so these tests need nothing else."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def on_mount(self) -> None:
        self.push_screen(CacheScreen(self.workspace))


def recognition(request: str, key: str, entity: str) -> Recognition:
    return Recognition(
        request=request,
        normalized_key=key,
        intent=Intent.CREATE_ENTITY,
        entities=(EntitySpec(entity, (Attribute("name"), Attribute("email"))),),
        confidence=0.9,
        normalizer_id="test",
    )


async def seed(ws: Workspace, *items: tuple[str, str, str]) -> None:
    for request, key, entity in items:
        await ws.cache.put(recognition(request, key, entity))


STUDENTS = ("Create a student with name and email", "create student name email", "Student")
PUPILS = ("Add students with name and email", "add student name email", "Student")
COURSES = ("Create a course with name and email", "create course name email", "Course")


@pytest.fixture
async def workspace(tmp_path: Path) -> AsyncIterator[Workspace]:
    settings = load_settings(project=tmp_path / "project", data_dir=tmp_path / "data")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ws = await Workspace.open(settings, load_wordnet=False)
    yield ws
    await ws.close()


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the screen repaint (no timing assumptions)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def table(app: App) -> DataTable:
    return app.screen.query_one("#cache-table", DataTable)


def text_of(app: App, selector: str) -> str:
    """What a widget shows on screen right now, as plain text (wrapped lines joined)."""
    widget = app.screen.query_one(selector)
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join(" ".join(line.text.split()) for line in lines).strip()


def keys_shown(app: App) -> list[str]:
    grid = table(app)
    return [str(grid.get_row_at(i)[0]) for i in range(grid.row_count)]


async def test_opening_the_screen_lists_entries_and_details_the_selected_one(workspace):
    await seed(workspace, STUDENTS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sorted(keys_shown(app)) == ["create course name email", "create student name email"]
        assert "2 entries" in text_of(app, "#cache-pager")
        detail = text_of(app, "#cache-detail-body")
        assert "Create a course with name and email" in detail  # first row by hits, then key
        await pilot.press("down")
        await settle(pilot)
        detail = text_of(app, "#cache-detail-body")
        assert "Create a student with name and email" in detail
        assert "email" in detail and "Student" in detail


async def test_typing_a_search_narrows_the_list(workspace):
    await seed(workspace, STUDENTS, PUPILS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"course")
        await settle(pilot)
        assert keys_shown(app) == ["create course name email"]
        assert "matching “course”" in text_of(app, "#cache-pager")
        await pilot.press("enter")  # back to the list
        await settle(pilot)
        assert table(app).has_focus


async def test_sorting_by_hits_puts_the_most_used_entry_first(workspace):
    await seed(workspace, STUDENTS, PUPILS, COURSES)
    for _ in range(3):
        await workspace.cache.get("create student name email")
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert keys_shown(app)[0] == "create student name email"
        await pilot.press("a")  # newest first
        await settle(pilot)
        assert keys_shown(app)[0] == "create course name email"
        assert "sorted by newest" in text_of(app, "#cache-pager")
        await pilot.press("h")
        await settle(pilot)
        assert keys_shown(app)[0] == "create student name email"
        assert "3" in str(table(app).get_row_at(0)[2])


async def test_a_big_cache_is_shown_one_page_at_a_time(workspace):
    await seed(workspace, *[(f"Create thing {i:03}", f"thing {i:03}", "Thing") for i in range(250)])
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert table(app).row_count == 100
        assert "Page 1/3 · 250 entries" in text_of(app, "#cache-pager")
        await pilot.press("n", "n")
        await settle(pilot)
        assert table(app).row_count == 50
        assert "Page 3/3" in text_of(app, "#cache-pager")
        await pilot.press("n")  # no page 4: stays
        await settle(pilot)
        assert "Page 3/3" in text_of(app, "#cache-pager")
        await pilot.press("p")
        await settle(pilot)
        assert table(app).row_count == 100
        assert "Page 2/3" in text_of(app, "#cache-pager")


async def test_invalidating_an_entry_asks_first_and_removes_only_on_yes(workspace):
    await seed(workspace, STUDENTS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert len(keys_shown(app)) == 2
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert keys_shown(app) == ["create student name email"]
    assert await workspace.cache.count_entries() == 1
    assert await workspace.cache.count_entries("course") == 0


async def test_invalidating_an_entity_removes_all_of_its_entries(workspace):
    await seed(workspace, STUDENTS, PUPILS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert keys_shown(app)[0] == "add student name email"  # selected: a Student entry
        await pilot.press("E")
        await settle(pilot)
        assert "entity Student" in text_of(app, "#confirm-message")
        await pilot.press("y")
        await settle(pilot)
        assert keys_shown(app) == ["create course name email"]


async def test_export_writes_the_cache_to_the_data_dir_and_says_where(workspace):
    await seed(workspace, STUDENTS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        exports = list(workspace.settings.data_dir.glob("cache-export-*.json"))
        assert len(exports) == 1
        assert len(json.loads(exports[0].read_text())["entries"]) == 2
        assert any(str(exports[0]) in str(n.message) for n in app._notifications)


async def test_hit_rate_updates_live_and_warns_when_it_drops_below_30_percent(workspace):
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(CacheStatsPanel)
        assert not panel.has_class("-low")
        requests = [
            "Create a system to manage students with name, email, and age",
            "Create a course with title and credits",
            "Create a teacher with name and department",
            "Create a room with number and capacity",
            "Create a book with title and isbn",
        ]
        for request in requests:
            await workspace.recognize(request)
        await settle(pilot)
        assert "Session 0% (0/5)" in text_of(app, "#cache-rates")
        assert panel.has_class("-low")
        assert "Low hit rate" in text_of(app, "#cache-alert")
        assert table(app).row_count == 5  # every miss stored an entry, shown without a reload key
        for request in requests:
            await workspace.recognize(request)
        await settle(pilot)
        assert "Session 50% (5/10)" in text_of(app, "#cache-rates")
        assert not panel.has_class("-low")


async def test_a_failing_cache_call_is_a_notification_not_a_crash(workspace, monkeypatch):
    await seed(workspace, STUDENTS)

    async def broken(*_args, **_kwargs):
        raise CacheUnavailable("the cache file is locked by another program")

    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(workspace.cache, "count_entries", broken)
        await pilot.press("r")
        await settle(pilot)
        assert app.is_running
        assert any("locked by another program" in str(n.message) for n in app._notifications)
        assert keys_shown(app) == ["create student name email"]  # the last good page stays


async def test_with_the_cache_turned_off_the_screen_says_so(tmp_path):
    settings = load_settings(
        project=tmp_path / "project", data_dir=tmp_path / "data", cache_enabled=False
    )
    ws = await Workspace.open(settings, load_wordnet=False)
    app = Host(ws)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "turned off" in text_of(app, "#cache-pager")
        await pilot.press("x", "d", "n")
        await settle(pilot)
        assert app.is_running
    await ws.close()


async def test_two_quick_answers_to_the_confirmation_close_only_the_dialog(workspace):
    await seed(workspace, STUDENTS, COURSES)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        dialog.answer(False)
        dialog.answer(True)  # a second key that was already queued for the dialog
        await settle(pilot)
        assert isinstance(app.screen, CacheScreen)
        assert len(keys_shown(app)) == 2  # the first answer (no) counted


async def test_the_hit_rate_plot_is_drawn_against_0_to_100_percent(workspace):
    """A 14% session rate fills a seventh of the plot's height, not all of it (the plot used to
    scale to its own data, so any rate drew a full bar at its highest point)."""
    requests = [
        "Create a warehouse with name and address",
        "Create a course with title and credits",
        "Create a teacher with name and department",
        "Create a room with number and capacity",
        "Create a book with title and isbn",
        "Create a truck with plate and capacity",
    ]
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for request in requests:  # six misses
            await workspace.recognize(request)
        await workspace.recognize(requests[0])  # one hit: 1 of 7
        await settle(pilot)
        assert "Session 14% (1/7)" in text_of(app, "#cache-rates")
        plot = app.screen.query_one(HitRatePlot)
        top, bottom = (line.text for line in plot.render_lines(Region(0, 0, *plot.size)))
        assert top.startswith("100%│") and bottom.startswith("  0%│")
        assert top.rstrip().endswith("│"), "nothing reaches the top half at 14%"
        assert bottom.rstrip()[-1] == "▂", "the last bar is a seventh of the height"
