"""The editable preview as a person uses it: keys only, real runs, a real cache.

Each test types a request, corrects what baes understood with the keyboard, runs it and checks
what the project and the cache got.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList, Select, Static, TextArea

from baes_tui.core.config import Settings
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition, Relationship
from baes_tui.ui.app import BaesApp
from baes_tui.ui.screens.metrics import MetricsScreen
from baes_tui.ui.screens.request import RequestScreen
from baes_tui.ui.screens.waves import WavesScreen
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.ui.widgets.spec_editor import SpecEditor
from baes_tui.ui.widgets.spec_rows import FieldRow
from tests.ui.conftest import SIZE, notifications, run_finished, type_text, until

GADGETS = "Create a system to manage gadgets with label, weight and price"
SCHOOL = "Create students with name and age, and courses with title and credits"
UNCLEAR_SCHOOL = "Create students with name and age, and enrollments"


def text_of(app: BaesApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def editor_of(app: BaesApp) -> SpecEditor:
    return app.screen.query_one(SpecEditor)


async def preview_of(pilot: Pilot[Any], request: str) -> SpecEditor:
    """Type `request` and wait until the preview's spec is the one for it."""
    await type_text(pilot, request)
    app = pilot.app
    await until(
        pilot,
        lambda: (
            isinstance(app.screen, RequestScreen)
            and editor_of(app).recognition is not None
            and editor_of(app).recognition.request == request
            and editor_of(app).settled
        ),
        f"preview of {request!r}",
    )
    return editor_of(app)


async def tab_to(
    pilot: Pilot[Any], wanted: Callable[[Widget], bool], what: str, key: str = "tab"
) -> Widget:
    """Press Tab (or `key`) until the focused widget is the one wanted, like a person."""
    for _ in range(60):
        focused = pilot.app.focused
        if focused is not None and wanted(focused):
            return focused
        await pilot.press(key)
    raise AssertionError(f"Tab never reached {what}")


def in_field(name: str, css_class: str) -> Callable[[Widget], bool]:
    def wanted(widget: Widget) -> bool:
        row = widget.parent
        return isinstance(row, FieldRow) and row.draft.name == name and widget.has_class(css_class)

    return wanted


async def run_and_finish(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, WavesScreen), "the run started")
    await until(pilot, lambda: run_finished(app), "the run finished")


def project_entity(workspace: Any, name: str) -> EntitySpec:
    found = {spec.name: spec for spec in workspace.entities()}
    assert name in found, f"{name} not in the project: {sorted(found)}"
    return found[name]


async def remember(workspace: Any, request: str, *entities: EntitySpec, **more: Any) -> None:
    """Put a recognition in the cache as a person's answer (a real cache entry)."""
    await workspace.remember(
        Recognition(request, "", more.pop("intent", Intent.CREATE_ENTITY), entities, 1.0, **more)
    )


# --- the edits the issue names ---------------------------------------------------------------
async def test_changing_a_fields_type_with_the_keyboard_runs_with_the_new_type(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, GADGETS)
        assert [f.name for f in editor.entity.fields] == ["label", "weight", "price"]
        assert editor.entity.fields[1].type == "float"
        await pilot.press("ctrl+f")
        await tab_to(pilot, in_field("weight", "field-type"), "weight's type")
        await pilot.press("enter", "up", "enter")  # float → int
        assert editor.entity.fields[1].type == "int"
        assert editor.edited
        assert "Edited by you" in text_of(app, "#preview-edited")

        await run_and_finish(pilot)
        gadget = project_entity(workspace, "Gadget")
        assert gadget.attributes[1] == Attribute("weight", AttrType.INT)
        entries = await workspace.cache.list_entries(search="gadget")
        assert [e.source for e in entries] == ["human"]


async def test_a_field_added_from_the_request_line_is_generated(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, GADGETS)
        assert app.focused is app.screen.query_one("#request-input")
        await pilot.press("ctrl+n")  # straight from the request line
        await until(pilot, lambda: in_field("", "field-name")(app.focused), "the new field")
        await type_text(pilot, "bought on")
        await pilot.press("enter")  # moves on to the type, like Tab; it never runs anything
        assert isinstance(app.focused, Select) and isinstance(app.screen, RequestScreen)
        await pilot.press("enter", *["down"] * 4, "enter")  # str → … → date
        await pilot.press("tab", "space")  # optional
        assert editor.entity.fields[-1].name == "bought on"
        assert (editor.entity.fields[-1].type, editor.entity.fields[-1].required) == (
            "date",
            False,
        )
        await run_and_finish(pilot)
        gadget = project_entity(workspace, "Gadget")
        assert gadget.attributes[-1] == Attribute("bought_on", AttrType.DATE, required=False)


async def test_a_fixed_entity_name_runs_and_the_same_request_is_then_a_human_hit(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+f")
        assert app.focused is app.screen.query_one("#spec-entity-name")
        await pilot.press("ctrl+u")
        await type_text(pilot, "Device")
        await run_and_finish(pilot)
        assert project_entity(workspace, "Device").attributes[0].name == "label"
        assert "Gadget" not in [spec.name for spec in workspace.entities()]

        await pilot.press("f2")
        assert app.screen.query_one("#request-input", Input).value == ""
        editor = await preview_of(pilot, GADGETS)
        await until(pilot, lambda: "Cache hit" in text_of(app, "#preview-cache"), "a hit")
        assert "Source human" in text_of(app, "#preview-summary")
        assert editor.entity.name == "Device" and not editor.edited
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WavesScreen), "second run")
        await until(pilot, lambda: run_finished(app), "second run finished")
        entries = await workspace.cache.list_entries(search="gadget")
        assert [(e.source, e.hit_count) for e in entries] == [("human", 1)]

        # A paraphrase shares the normalized key, so the correction answers it too.
        await pilot.press("f2")
        editor = await preview_of(pilot, "create gadgets with label, weight and price")
        await until(pilot, lambda: "Cache hit" in text_of(app, "#preview-cache"), "paraphrase")
        assert editor.entity.name == "Device"


async def test_one_entity_of_a_multi_entity_request_is_edited_and_all_are_generated(
    settings: Settings, workspace: Any
) -> None:
    await remember(
        workspace,
        SCHOOL,
        EntitySpec("Student", (Attribute("name"), Attribute("age", AttrType.INT))),
        EntitySpec("Course", (Attribute("title"), Attribute("credits", AttrType.INT))),
    )
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, SCHOOL)
        entities = app.screen.query_one("#spec-entities", OptionList)
        assert entities.display and entities.option_count == 2
        assert "Student — name, age" in str(entities.get_option_at_index(0).prompt)
        assert "Course — title, credits" in str(entities.get_option_at_index(1).prompt)
        assert "Entities Student, Course" in text_of(app, "#preview-summary")

        await pilot.press("ctrl+f")
        await tab_to(pilot, lambda w: w is entities, "the entity list")
        await pilot.press("down")  # Course
        await until(pilot, lambda: editor.entity.name == "Course", "Course selected")
        await pilot.press("ctrl+n")
        await type_text(pilot, "room")
        assert "Course — title, credits, room" in str(entities.get_option_at_index(1).prompt)
        assert [f.name for f in editor.draft.entities[0].fields] == ["name", "age"]

        await run_and_finish(pilot)
        assert [a.name for a in project_entity(workspace, "Student").attributes] == [
            "name",
            "age",
        ]
        course = project_entity(workspace, "Course")
        assert [a.name for a in course.attributes] == ["title", "credits", "room"]


async def test_a_relationship_added_with_completion_links_the_entities(
    settings: Settings, workspace: Any
) -> None:
    await remember(
        workspace,
        SCHOOL,
        EntitySpec("Student", (Attribute("name"),)),
        EntitySpec("Course", (Attribute("title"),)),
    )
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, SCHOOL)
        await pilot.press("ctrl+o")  # on the first entity, Student
        target = app.focused
        assert isinstance(target, Input) and target.has_class("relationship-target")
        await type_text(pilot, "cou")
        await until(pilot, lambda: target._suggestion == "Course", "a suggestion")
        await pilot.press("right")  # accept it
        await pilot.press("shift+tab", "enter", "down", "enter")  # kind: many to many
        rel = editor.entity.relationships[0]
        assert (rel.kind, rel.target) == ("many_to_many", "Course")

        await run_and_finish(pilot)
        student = project_entity(workspace, "Student")
        assert student.relationships == (Relationship("many_to_many", "Course"),)


async def test_a_bad_name_and_an_unknown_target_are_explained_and_nothing_runs(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+n")
        await type_text(pilot, "42")
        await until(pilot, lambda: "no letters" in text_of(app, "#spec-problems"), "name problem")
        await pilot.press("ctrl+o")
        await type_text(pilot, "Warehouse")
        problems = text_of(app, "#spec-problems")
        assert "Cannot run yet" in problems
        assert "links to Warehouse, which is neither in the spec nor in the project" in problems

        await pilot.press("ctrl+s")
        await until(pilot, lambda: notifications(pilot), "a notification")
        assert any("Not run: the spec has 2 problem" in n for n in notifications(pilot))
        assert isinstance(app.screen, RequestScreen)
        assert app.focused is app.screen.query_one("#spec-entity-name")
        assert not (settings.project_dir / ".baes" / "registry.json").exists()
        assert await workspace.cache.list_entries(search="gadget") == []


async def test_a_keyword_typed_as_a_name_is_made_safe_and_said_so(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+n")
        await type_text(pilot, "class")
        await until(pilot, lambda: "class_value" in text_of(app, "#spec-notes"), "the note")
        assert "field name 'class' is used as class_value" in text_of(app, "#spec-notes")
        await run_and_finish(pilot)
        assert project_entity(workspace, "Gadget").attributes[-1].name == "class_value"


async def test_remove_row_drops_the_field_under_the_cursor(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+y")  # on the request line: not on a row, nothing happens
        assert [f.name for f in editor.entity.fields] == ["label", "weight", "price"]
        await pilot.press("ctrl+f")
        await tab_to(pilot, in_field("weight", "field-name"), "weight")
        await pilot.press("ctrl+y")
        await until(pilot, lambda: len(app.screen.query(FieldRow)) == 2, "row removed")
        assert [f.name for f in editor.entity.fields] == ["label", "price"]
        assert in_field("price", "field-name")(app.focused), "the cursor moves to the next row"
        await run_and_finish(pilot)
        assert [a.name for a in project_entity(workspace, "Gadget").attributes] == [
            "label",
            "price",
        ]


async def test_edits_survive_a_retyped_request_and_revert_reads_it_again(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+n")
        await type_text(pilot, "colour")
        await pilot.press("ctrl+l", "end")  # focus selects the line; End keeps it
        await type_text(pilot, " and size")
        await until(pilot, lambda: "retyped" in text_of(app, "#preview-edited"), "the warning")
        assert [f.name for f in editor.entity.fields][-1] == "colour", "edits kept"

        await pilot.press("ctrl+f")
        await tab_to(pilot, lambda w: w.id == "spec-revert", "Revert")
        await pilot.press("enter")
        await until(pilot, lambda: not editor.edited, "reverted")
        await pilot.press("ctrl+l", "end", "space")
        await until(
            pilot,
            lambda: editor.recognition is not None and "size" in editor.recognition.request,
            "the retyped request is read",
        )
        assert "size" in [f.name for f in editor.entity.fields]


# --- several entities, notes, business rules, clarification ---------------------------------
async def test_the_preview_shows_several_entities_notes_and_business_rules(
    settings: Settings, workspace: Any
) -> None:
    await remember(
        workspace,
        SCHOOL,
        EntitySpec("Student", (Attribute("name"),)),
        EntitySpec("Course", (Attribute("title"),)),
        EntitySpec("Enrollment", (), (Relationship("many_to_one", "Student"),)),
        business_rules=("a student may take at most five courses",),
        notes=("'and' between the lists was read as two entities",),
    )
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, SCHOOL)
        entities = app.screen.query_one("#spec-entities", OptionList)
        prompts = [str(entities.get_option_at_index(i).prompt) for i in range(3)]
        assert prompts[2] == "3. Enrollment — no fields · belongs to one Student"
        assert "two entities" in text_of(app, "#preview-notes")
        assert "at most five courses" in text_of(app, "#preview-rules")
        assert "business rules (not fields)" in text_of(app, "#preview-rules")


async def test_a_vague_request_shows_the_clarification_in_the_preview(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, "please do the thing")
        assert "Needs clarification" in text_of(app, "#preview-clarify")
        assert app.screen.query_one("#preview").has_class("-clarify")


async def test_an_unclear_request_with_entities_is_answered_in_the_spec(
    settings: Settings, workspace: Any
) -> None:
    # The rules read Student and ask about Enrollment, named without fields.
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, UNCLEAR_SCHOOL)
        assert "Needs clarification: attributes" in text_of(app, "#preview-clarify")
        assert "named without fields" in text_of(app, "#preview-notes")
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is app.screen.query_one("#spec-entity-name"), "ask")
        assert any("unsure" in n for n in notifications(pilot))
        assert isinstance(app.screen, RequestScreen), "nothing runs before the person looked"

        await tab_to(pilot, lambda w: w.id == "spec-entities", "the entity list")
        await pilot.press("down")
        await until(pilot, lambda: editor.entity.name == "Enrollment", "Enrollment")
        await pilot.press("ctrl+n")
        await type_text(pilot, "enrolled on")
        await run_and_finish(pilot)
        enrollment = project_entity(workspace, "Enrollment")
        assert [a.name for a in enrollment.attributes] == ["enrolled_on"]
        assert [a.name for a in project_entity(workspace, "Student").attributes] == ["name", "age"]


async def test_an_edited_destructive_intent_still_asks_for_confirmation(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await preview_of(pilot, GADGETS)
        await pilot.press("enter")
        await until(pilot, lambda: run_finished(app), "gadgets created")
        await pilot.press("f2")
        editor = await preview_of(pilot, "Add a colour field to gadgets")
        await pilot.press("ctrl+f")
        await tab_to(pilot, lambda w: w.id == "spec-intent", "the intent", key="shift+tab")
        await pilot.press("enter", "down", "enter")  # add fields → remove fields
        assert editor.draft.intent == "remove_fields"
        await pilot.press("ctrl+u")  # the cursor is back on the intent: this does nothing
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "confirmation")
        await pilot.press("enter")  # Cancel has the focus
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "nothing run")
        assert "Nothing changed." in notifications(pilot)
        assert await workspace.cache.list_entries(search="colour") == []


# --- keys reach the screen where the focus really is -----------------------------------------
async def test_the_editor_key_works_from_the_request_line(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "abc")
        await pilot.press("ctrl+t")
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+l")
        assert app.focused is app.screen.query_one("#request-input")
        await pilot.press("ctrl+e")  # the Input's own key still works: end of line
        assert app.screen.query_one("#request-input", Input).cursor_position == 3


async def test_f6_opens_metrics_from_the_multi_line_editor_and_from_the_spec(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        assert isinstance(app.focused, TextArea)
        await pilot.press("f6")
        await until(pilot, lambda: isinstance(app.screen, MetricsScreen), "metrics from editor")
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, RequestScreen), "back")
        await pilot.press("ctrl+l")
        await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+f", "f6")
        await until(pilot, lambda: isinstance(app.screen, MetricsScreen), "metrics from spec")


async def test_the_multi_line_editor_runs_a_requirement_with_ctrl_s(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        app.screen.query_one("#request-editor", TextArea).insert(
            "Create a system to manage gadgets with label and weight.\nGadgets are lent to staff."
        )
        await until(
            pilot,
            lambda: editor_of(app).loaded and editor_of(app).entity.name == "Gadget",
            "preview of the editor's text",
        )
        assert "Gadgets are lent to staff." in text_of(app, "#preview-rules")
        await pilot.press("ctrl+n")
        await type_text(pilot, "serial")
        await run_and_finish(pilot)
        assert [a.name for a in project_entity(workspace, "Gadget").attributes] == [
            "label",
            "weight",
            "serial",
        ]


async def test_a_screenshot_of_the_edited_preview_shows_the_correction(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=(120, 36)) as pilot:  # the size of docs/screenshots
        await preview_of(pilot, GADGETS)
        await pilot.press("ctrl+n")
        await type_text(pilot, "serial_number")
        await until(pilot, lambda: editor_of(app).edited, "edited")
        await pilot.pause()
        svg = app.export_screenshot()
        for visible in ("Edited", "serial_number", "label", "decimal", "Revert", "Add"):
            assert visible in svg, visible


async def test_a_rename_intent_asks_for_the_current_name_in_place(
    settings: Settings, workspace: Any
) -> None:
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await preview_of(pilot, GADGETS)
        was = app.screen.query_one("#spec-entity-was", Input)
        assert not was.display, "no rename, no box"
        await pilot.press("ctrl+f")
        await tab_to(pilot, lambda w: w.id == "spec-intent", "the intent", key="shift+tab")
        await pilot.press("enter", *["down"] * 5, "enter")  # create entity → rename entity
        assert editor.draft.intent == "rename_entity"
        await until(pilot, lambda: was.display, "the renamed-from box")
        assert "renamed_from" in text_of(app, "#spec-problems")
        await pilot.press("ctrl+f", "tab")
        assert app.focused is was
        await type_text(pilot, "Widget")
        await until(pilot, lambda: not editor.problems, "the problem is answered")
        assert editor.read(GADGETS).entity.renamed_from == "Widget"


async def test_a_request_nothing_is_read_in_shows_which_words_were_not_read(
    settings: Settings, workspace: Any
) -> None:
    # The person sees which words were taken for the setting and which were not read at all,
    # so they know what to say again.
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        # (the comma sets the club apart: without it, "for our rowing club to log outings" is
        # whom the thing is for, then what it manages)
        await preview_of(pilot, "i need a thing for our rowing club, to log outings crew boat")
        notes = text_of(app, "#preview-notes")
        assert "'rowing club' (RowingClub) as the setting" in notes
        assert "not read: 'to log outings crew boat'" in notes
        assert "Outing" in notes
