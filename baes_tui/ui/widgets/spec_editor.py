"""The editable preview: intent, entities, fields and relationships a person can correct.

Keyboard first: every control is one line (compact Input, Select, Checkbox, Button), Tab walks
them in reading order, Enter in a text box moves on (it never runs anything). The Request
screen owns the keys that add and remove rows (they must work from the request line too) and
calls the methods here; this widget only edits its draft and says when it changed.

Each row (spec_rows.py) holds the draft object it edits and is rebound, not rebuilt, when
another spec or entity is shown. The draft is checked with
`core.spec.read_spec` on every change; problems and name changes are shown in place, never
raised.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import DOMQuery
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Select, Static

from baes_tui.core.models import Intent, Recognition
from baes_tui.core.spec import SpecError
from baes_tui.ui.widgets.form_select import FormSelect
from baes_tui.ui.widgets.spec_draft import EntityDraft, FieldDraft, RelationshipDraft, SpecDraft
from baes_tui.ui.widgets.spec_rows import (
    INTENT_OPTIONS,
    EntityNames,
    EntityRow,
    FieldRow,
    RelationshipRow,
    is_row,
)


class SpecEditor(Vertical):
    """Edit a Recognition's spec; `read(request)` turns the draft back into a Recognition."""

    class Changed(Message):
        """The draft changed (by a person): `editor.edited` says whether it differs now."""

        def __init__(self, editor: SpecEditor) -> None:
            super().__init__()
            self.editor = editor

        @property
        def control(self) -> SpecEditor:
            return self.editor

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.recognition: Recognition | None = None
        self.original = SpecDraft()
        self.draft = SpecDraft()
        self.selected = 0
        self.project_entities: tuple[str, ...] = ()
        self.problems: tuple[str, ...] = ()
        self.notes: tuple[str, ...] = ()
        self._suggester = EntityNames(self.entity_names)
        self._showing = asyncio.Lock()

    def compose(self) -> ComposeResult:
        with Horizontal(id="spec-toolbar", classes="spec-row"):
            yield Label("Intent", classes="spec-label")
            yield FormSelect(INTENT_OPTIONS, allow_blank=False, compact=True, id="spec-intent")
            yield Button("+ Entity", compact=True, id="spec-add-entity")
            yield Button("− Entity", compact=True, id="spec-remove-entity")
            yield Button("Revert", compact=True, id="spec-revert")
        yield Static("", id="spec-problems", markup=False)
        yield Static("", id="spec-notes", markup=False)
        yield OptionList(id="spec-entities")
        yield Vertical(id="spec-form")

    def on_mount(self) -> None:
        self.display = False
        for line in self.query("#spec-problems, #spec-notes"):
            line.display = False

    # --- what the screen asks -----------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.recognition is not None

    @property
    def edited(self) -> bool:
        return self.loaded and self.draft != self.original

    @property
    def entity(self) -> EntityDraft:
        return self.draft.entities[self.selected]

    def entity_names(self) -> list[str]:
        """Names a relationship may point at: the spec's own, the project's, baes's guesses."""
        names = [*self.draft.names(), *self.project_entities, *self._recognized_targets()]
        return list(dict.fromkeys(names))

    def known_entities(self) -> list[str]:
        """For read_spec: the project's entities plus the targets baes itself recognized.

        A recognized target that is neither in the request nor in the project is created by
        the plan (with a note), so a person who edits something else is not blocked by it; a
        target the person types must name an entity that exists or is in the spec.
        """
        return [*self.project_entities, *self._recognized_targets()]

    def _recognized_targets(self) -> list[str]:
        entities = self.recognition.entities if self.recognition else ()
        return [rel.target for spec in entities for rel in spec.relationships]

    def read(self, request: str) -> Recognition:
        """The draft as the person's Recognition for `request`; SpecError lists problems."""
        return self.draft.read(self.recognition, request, self.known_entities())

    # Every change of the form's structure holds `_showing`: a preview's load, a key's new
    # row and an entity pick arrive concurrently, and one must never mount into a form the
    # other is taking down.
    async def load(self, recognition: Recognition, project_entities: Iterable[str] = ()) -> None:
        """Show `recognition` as the new, unedited draft.

        While a request is typed most previews read the same spec: then the form stays as it
        is (no rebuild per keystroke), only the recognition behind it changes."""
        async with self._showing:
            original = SpecDraft.from_recognition(recognition)
            same = self.loaded and not self.edited and original == self.original
            self.recognition = recognition
            self.project_entities = tuple(project_entities)
            if same:
                return
            self.original = original
            self.draft = original.copy()
            self.display = True
            await self._redraw()

    @property
    def settled(self) -> bool:
        """No load or row change is under way (the form shows the draft)."""
        return not self._showing.locked()

    async def clear(self) -> None:
        """Nothing to show. The rows stay, hidden, for the next spec to rebind."""
        async with self._showing:
            self.recognition = None
            self.original, self.draft = SpecDraft(), SpecDraft()
            self.display = False
            self._check()

    async def revert(self) -> None:
        """Back to what baes understood; the person's edits are dropped."""
        async with self._showing:
            if not self.loaded:
                return
            self.draft = self.original.copy()
            await self._redraw()
        self.post_message(self.Changed(self))

    def focus_first(self) -> None:
        """Focus the selected entity's name, the usual first correction."""
        _focus(self.query("#spec-entity-name"))

    async def add_field(self) -> None:
        async with self._showing:
            if not self.loaded:
                return
            draft = FieldDraft()
            self.entity.fields.append(draft)
            row = FieldRow(draft)
            await self.query_one("#spec-fields", Vertical).mount(row)
            self._sync_rename_rows()
            _focus(row.query(".field-name"))
            self._changed()

    async def add_relationship(self) -> None:
        async with self._showing:
            if not self.loaded:
                return
            draft = RelationshipDraft()
            self.entity.relationships.append(draft)
            row = RelationshipRow(draft, self._suggester)
            await self.query_one("#spec-relationships", Vertical).mount(row)
            _focus(row.query(".relationship-target"))
            self._changed()

    async def remove_row(self, widget: Widget | None) -> bool:
        """Remove the field or relationship row `widget` is in; False if it is in none."""
        row = next((n for n in (widget, *(widget.ancestors if widget else ())) if is_row(n)), None)
        if not isinstance(row, FieldRow | RelationshipRow):
            return False
        async with self._showing:
            if not self.loaded:
                return False
            items: list = (
                self.entity.fields if isinstance(row, FieldRow) else self.entity.relationships
            )
            if not any(item is row.draft for item in items):
                return False  # a row of a form that was just replaced
            items[:] = [item for item in items if item is not row.draft]
            siblings = list(row.parent.children) if row.parent else [row]
            position = siblings.index(row)
            await row.remove()
            rest = [s for s in siblings if s is not row]
            if rest:
                _focus(rest[min(position, len(rest) - 1)].query(Input))
            else:
                self.focus_first()
            self._changed()
        return True

    async def add_entity(self) -> None:
        async with self._showing:
            if not self.loaded:
                return
            self.draft.entities.append(EntityDraft())
            self.selected = len(self.draft.entities) - 1
            await self._redraw()
            self.focus_first()
            self._changed()

    async def remove_entity(self) -> bool:
        """Drop the selected entity from the spec; the last one stays (a spec needs one)."""
        async with self._showing:
            if not self.loaded or len(self.draft.entities) < 2:
                return False
            del self.draft.entities[self.selected]
            self.selected = min(self.selected, len(self.draft.entities) - 1)
            await self._redraw()
            self.focus_first()
            self._changed()
        return True

    # --- showing the draft (callers hold `_showing`) -------------------------------------------
    async def _redraw(self) -> None:
        self.selected = min(self.selected, len(self.draft.entities) - 1)
        intent = self.query_one("#spec-intent", Select)
        with self.prevent(Select.Changed):
            intent.value = self.draft.intent
        self._show_entity_list()
        await self._mount_entity()
        self._check()

    def _show_entity_list(self) -> None:
        entities = self.query_one("#spec-entities", OptionList)
        with self.prevent(OptionList.OptionHighlighted):
            entities.set_options(
                f"{i + 1}. {entity.summary()}" for i, entity in enumerate(self.draft.entities)
            )
            entities.highlighted = self.selected
        entities.display = len(self.draft.entities) > 1
        self.query_one("#spec-remove-entity", Button).disabled = len(self.draft.entities) < 2

    async def _mount_entity(self) -> None:
        """Show the selected entity: rows are rebound where they exist, mounted or removed
        only where the counts differ (a preview per typed word must not rebuild the form)."""
        entity = self.entity
        form = self.query_one("#spec-form", Vertical)
        entity_rows = form.query(EntityRow)
        if not entity_rows:
            await self._build_form(form, entity)
        else:
            entity_rows.first().bind(entity)
            fields = form.query_one("#spec-fields", Vertical)
            await _fit(fields, FieldRow, entity.fields, FieldRow)
            links = form.query_one("#spec-relationships", Vertical)
            await _fit(
                links,
                RelationshipRow,
                entity.relationships,
                lambda draft: RelationshipRow(draft, self._suggester),
            )
        self._sync_rename_rows()

    async def _build_form(self, form: Vertical, entity: EntityDraft) -> None:
        fields_header = Horizontal(
            Label("Fields  (name · type · required)", classes="spec-label spec-section"),
            Button("+ Field", compact=True, id="spec-add-field"),
            classes="spec-row",
        )
        links_header = Horizontal(
            Label("Relationships  (kind · target)", classes="spec-label spec-section"),
            Button("+ Relationship", compact=True, id="spec-add-relationship"),
            classes="spec-row",
        )
        await form.mount_all(
            [
                EntityRow(entity),
                fields_header,
                Vertical(*(FieldRow(f) for f in entity.fields), id="spec-fields"),
                links_header,
                Vertical(
                    *(RelationshipRow(r, self._suggester) for r in entity.relationships),
                    id="spec-relationships",
                ),
            ]
        )

    def _sync_rename_rows(self) -> None:
        """Show "renamed from" boxes only for the intents that read them."""
        self.set_class(self.draft.intent == Intent.RENAME_ENTITY, "-rename-entity")
        self.set_class(self.draft.intent == Intent.RENAME_FIELD, "-rename-field")

    # --- edits ---------------------------------------------------------------------------------
    @on(Select.Changed, "#spec-intent")
    def _intent(self, event: Select.Changed) -> None:
        if not self.loaded or event.value == self.draft.intent:
            return
        self.draft.intent = str(event.value)
        self._sync_rename_rows()
        self._changed()

    @on(OptionList.OptionHighlighted, "#spec-entities")
    async def _pick_entity(self, event: OptionList.OptionHighlighted) -> None:
        async with self._showing:
            index = event.option_index
            if index == self.selected or not 0 <= index < len(self.draft.entities):
                return
            self.selected = index
            await self._mount_entity()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        row, widget = event.input.parent, event.input
        if event.value != widget.value:
            return  # queued before its row was rebound to another draft
        if isinstance(row, EntityRow):
            attribute = "name" if widget.id == "spec-entity-name" else "renamed_from"
            self._set(row.draft, attribute, event.value)
        elif isinstance(row, FieldRow):
            attribute = "name" if widget.has_class("field-name") else "renamed_from"
            self._set(row.draft, attribute, event.value)
        elif isinstance(row, RelationshipRow):
            self._set(row.draft, "target", event.value)

    @on(Select.Changed, ".field-type, .relationship-kind")
    def _chose(self, event: Select.Changed) -> None:
        event.stop()
        row = event.select.parent
        if event.value != event.select.value:
            return
        if isinstance(row, FieldRow):
            self._set(row.draft, "type", str(event.value))
        elif isinstance(row, RelationshipRow):
            self._set(row.draft, "kind", str(event.value))

    @on(Checkbox.Changed, ".field-required")
    def _ticked(self, event: Checkbox.Changed) -> None:
        event.stop()
        row = event.checkbox.parent
        if isinstance(row, FieldRow) and event.value == event.checkbox.value:
            self._set(row.draft, "required", event.value)

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        """Enter in a text box moves on, like Tab: running is an explicit key."""
        event.stop()
        self.screen.focus_next()

    @on(Button.Pressed, "#spec-add-field")
    async def _add_field_pressed(self) -> None:
        await self.add_field()

    @on(Button.Pressed, "#spec-add-relationship")
    async def _add_relationship_pressed(self) -> None:
        await self.add_relationship()

    @on(Button.Pressed, "#spec-add-entity")
    async def _add_entity_pressed(self) -> None:
        await self.add_entity()

    @on(Button.Pressed, "#spec-remove-entity")
    async def _remove_entity_pressed(self) -> None:
        await self.remove_entity()

    @on(Button.Pressed, "#spec-revert")
    async def _revert_pressed(self) -> None:
        await self.revert()
        self.focus_first()

    def _set(self, draft: object, attribute: str, value: object) -> None:
        if getattr(draft, attribute) == value:
            return  # a row being shown reports its own initial value
        setattr(draft, attribute, value)
        self._changed()

    def _changed(self) -> None:
        if not self.loaded:
            return
        entities = self.query_one("#spec-entities", OptionList)
        if entities.display and entities.option_count == len(self.draft.entities):
            entities.replace_option_prompt_at_index(
                self.selected, f"{self.selected + 1}. {self.entity.summary()}"
            )
        self._check()
        self.post_message(self.Changed(self))

    def _check(self) -> None:
        """Show what read_spec says about the draft (only once the person changed it)."""
        problems: tuple[str, ...] = ()
        notes: tuple[str, ...] = ()
        if self.edited and self.recognition is not None:
            try:
                notes = self.read(self.recognition.request or "request").notes
            except SpecError as exc:
                problems = tuple(exc.problems)
        self.problems, self.notes = problems, notes
        self._line("#spec-problems", "Cannot run yet:", problems)
        self._line("#spec-notes", "Names:", notes)

    def show_problems(self, problems: Sequence[str]) -> None:
        """Problems found when running (the same reader, with the request being run)."""
        self.problems = tuple(problems)
        self._line("#spec-problems", "Cannot run yet:", self.problems)

    def _line(self, selector: str, title: str, items: Sequence[str]) -> None:
        text = "\n".join([title, *(f"  • {item}" for item in items)]) if items else ""
        line = self.query_one(selector, Static)
        if str(line.content) != text:  # a keystroke that changes nothing costs no layout
            line.update(text)
            line.display = bool(items)


def _focus(found: DOMQuery[Widget]) -> None:
    """Focus the first match, if the form still has it (keys may outrun a redraw)."""
    widget = next(iter(found), None)
    if widget is not None:
        widget.focus()


async def _fit(
    container: Vertical, kind: type[Widget], drafts: Sequence[Any], build: Callable[[Any], Widget]
) -> None:
    """Make `container`'s rows show `drafts`: rebind the rows there are, mount or remove the
    difference."""
    rows = list(container.query_children(kind))
    for row, draft in zip(rows, drafts, strict=False):
        row.bind(draft)  # type: ignore[attr-defined]
    if len(rows) > len(drafts):
        await container.remove_children(rows[len(drafts) :])
    elif len(drafts) > len(rows):
        await container.mount_all([build(draft) for draft in drafts[len(rows) :]])
