"""The Request screen as a user meets it: type, preview, Enter, clarify, confirm, errors."""

from __future__ import annotations

from typing import Any

from textual.css.query import NoMatches
from textual.widgets import Input, OptionList, Select, Static

from baes_tui.core.config import Settings
from baes_tui.ui.app import BaesApp
from baes_tui.ui.screens.request import RequestScreen
from baes_tui.ui.screens.waves import WavesScreen
from baes_tui.ui.widgets.clarify import ClarifyDialog
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.ui.widgets.run_summary import RunSummary
from baes_tui.ui.widgets.spec_rows import FieldRow
from tests.ui.conftest import SIZE, notifications, run_finished, type_text, until

STUDENTS = "Create a system to manage students with name, email, and age"


def text_of(app: BaesApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_typing_shows_a_live_preview_with_entity_attributes_and_cache_miss(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, STUDENTS)
        await until(pilot, lambda: "Student" in text_of(app, "#preview-summary"), "preview")
        assert "create_entity" in text_of(app, "#preview-summary")
        assert "Cache miss" in text_of(app, "#preview-cache")

        def rows() -> list[tuple[str, object]]:
            try:
                return [
                    (
                        row.query_one(".field-name", Input).value,
                        row.query_one(".field-type", Select).value,
                    )
                    for row in app.screen.query(FieldRow)
                ]
            except NoMatches:  # a row still mounting its inputs: not drawn yet
                return []

        expected = [("name", "str"), ("email", "email"), ("age", "int")]
        await until(pilot, lambda: rows() == expected, f"the fields {expected}, not {rows()}")
        assert app.screen.query_one("#spec-entity-name", Input).value == "Student"
        stats = await workspace.cache.stats()
        assert stats.session.lookups == 0, "a preview never counts as a lookup"


async def test_enter_runs_the_request_and_a_second_run_is_a_cache_hit(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, STUDENTS)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WavesScreen), "waves screen")
        await until(pilot, lambda: run_finished(app), "run finished")
        summary = app.screen.query_one(RunSummary).plain
        assert "Completed" in summary or "Needs review" in summary
        assert (settings.project_dir / "app").exists()
        entries = await workspace.cache.list_entries(search="student")
        assert len(entries) == 1 and entries[0].hit_count == 0
        assert "cache 0% hit (0/1)" in app.sub_title

        await pilot.press("f2")
        request_input = app.screen.query_one(Input)
        await pilot.press("up")  # recall the request from history
        assert request_input.value == STUDENTS
        await until(pilot, lambda: "Cache hit" in text_of(app, "#preview-cache"), "hit preview")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WavesScreen), "waves again")
        await until(pilot, lambda: run_finished(app), "second run finished")
        entries = await workspace.cache.list_entries(search="student")
        assert entries[0].hit_count == 1
        assert "cache 50% hit (1/2)" in app.sub_title


async def test_picking_an_example_fills_the_request_line(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#examples")
        await pilot.press("home", "enter")
        assert app.screen.query_one(Input).value.startswith("Create a system to manage students")
        assert app.screen.query_one(Input).has_focus


async def test_unclear_request_asks_the_user_and_remembers_the_answer_as_human(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "please do the thing")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ClarifyDialog), "clarify dialog")
        entity = app.screen.query_one("#clarify-entity", Input)
        # a person types once the cursor is in the field (the dialog focuses it when mounted,
        # which under load can come a moment after the dialog is on screen)
        await until(pilot, lambda: entity.has_focus, "the cursor in the entity field")
        entity.value = ""
        await type_text(pilot, "gadget")
        await pilot.press("tab")
        attributes = app.screen.query_one("#clarify-attributes", Input)
        attributes.value = ""
        await pilot.click("#clarify-attributes")
        await type_text(pilot, "label:str, weight:float?")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WavesScreen), "run started")
        await until(pilot, lambda: run_finished(app), "run finished")
        entries = await workspace.cache.list_entries(search="thing")
        assert len(entries) == 1
        stored = entries[0].recognition
        assert entries[0].source == "human" and stored.entity is not None
        assert stored.entity.name == "Gadget"
        assert [(a.name, str(a.type), a.required) for a in stored.entity.attributes] == [
            ("label", "str", True),
            ("weight", "float", False),
        ]


async def test_clarification_rejects_an_unknown_type_in_place(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "please do the thing")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ClarifyDialog), "clarify dialog")
        app.screen.query_one("#clarify-entity", Input).value = "Gadget"
        app.screen.query_one("#clarify-attributes", Input).value = "size:huge"
        await pilot.click("#clarify-ok")
        await until(pilot, lambda: "is not supported" in text_of(app, "#clarify-error"), "error")
        assert "'huge'" in text_of(app, "#clarify-error")
        assert isinstance(app.screen, ClarifyDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, RequestScreen)
        assert "still needs clarification" in " ".join(notifications(pilot))


async def test_destructive_request_runs_only_after_confirmation(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, STUDENTS)
        await pilot.press("enter")
        await until(pilot, lambda: run_finished(app), "students created")
        await pilot.press("f2")
        request_input = app.screen.query_one(Input)
        request_input.value = ""
        await type_text(pilot, "Remove the age field from students")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "confirmation")
        await pilot.press("enter")  # focus starts on Cancel: a stray Enter deletes nothing
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "back, nothing run")
        assert "Nothing changed." in notifications(pilot)

        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "asked again")
        await pilot.click("#confirm-yes")
        await until(pilot, lambda: isinstance(app.screen, WavesScreen), "run started")
        await until(pilot, lambda: run_finished(app), "fields removed")
        assert app.get_screen("waves")._finished.recognition.intent == "remove_fields"


async def test_an_empty_request_is_explained_and_the_app_stays_usable(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: notifications(pilot), "a notification")
        assert "the request is empty" in notifications(pilot)[0]
        assert isinstance(app.screen, RequestScreen)
        await type_text(pilot, STUDENTS)
        await until(pilot, lambda: "Student" in text_of(app, "#preview-summary"), "preview")


async def test_a_project_that_cannot_be_written_fails_the_run_with_a_notification(
    settings: Settings, workspace: Any
) -> None:
    settings.project_dir.parent.mkdir(parents=True, exist_ok=True)
    settings.project_dir.write_text("not a folder")  # even root cannot write into a file
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, STUDENTS)
        await pilot.press("enter")
        await until(pilot, lambda: run_finished(app), "run ended")
        assert any(n.startswith("Run failed") for n in notifications(pilot))
        assert "Failed" in app.screen.query_one(RunSummary).plain
        await pilot.press("f2")
        assert isinstance(app.screen, RequestScreen)


async def test_clarification_suggests_the_projects_entities_first(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, STUDENTS)
        await pilot.press("enter")
        await until(pilot, lambda: run_finished(app), "students created")
        await pilot.press("f2")
        app.screen.query_one(Input).value = ""
        await type_text(pilot, "please do the thing")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ClarifyDialog), "clarify dialog")
        candidates = app.screen.query_one("#clarify-candidates", OptionList)
        first = candidates.get_option_at_index(0)
        assert first.id == "Student" and "in the project" in str(first.prompt)
        assert [candidates.get_option_at_index(i).id for i in range(candidates.option_count)] == [
            "Student"
        ], "a name the cache also knows is listed once"
        candidates.focus()
        await pilot.press("home", "enter")
        assert app.screen.query_one("#clarify-entity", Input).value == "Student"
        await pilot.press("escape")
        assert isinstance(app.screen, RequestScreen)
