"""The one-line rows of the spec editor: each holds the draft object it edits.

A row is rebound to another draft object when the editor shows another spec or entity (no
rebuild: mounting a row of Inputs and a Select costs far more than setting their values). The
values are set with their Changed messages held back, and the editor ignores a Changed message
whose value is no longer the widget's (one queued before the rebinding), so an edit always
lands in the object the row showed when it was made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select

from baes_tui.core.models import AttrType, Intent
from baes_tui.ui.widgets.form_select import FormSelect
from baes_tui.ui.widgets.spec_draft import (
    KIND_LABELS,
    RELATIONSHIP_KINDS,
    EntityDraft,
    FieldDraft,
    RelationshipDraft,
)

if TYPE_CHECKING:
    from collections.abc import Callable

INTENT_OPTIONS = [(i.value.replace("_", " "), i.value) for i in Intent]
TYPE_OPTIONS = [(t.value, t.value) for t in AttrType]
KIND_OPTIONS = [(KIND_LABELS[k], k) for k in RELATIONSHIP_KINDS]


class EntityNames(Suggester):
    """Completes a relationship target from the names the editor knows right now."""

    def __init__(self, names: Callable[[], list[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        typed = value.casefold()
        if not typed:
            return None
        for name in self.names():
            if name.casefold().startswith(typed) and name.casefold() != typed:
                return name
        return None


class EntityRow(Horizontal):
    """The selected entity's name (and, for a rename, its current name)."""

    def __init__(self, draft: EntityDraft) -> None:
        super().__init__(id="spec-entity-row", classes="spec-row")
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Label("Entity", classes="spec-label")
        yield Input(
            self.draft.name, placeholder="e.g. Student", compact=True, id="spec-entity-name"
        )
        yield Label("renamed from", classes="spec-label spec-rename-entity")
        yield Input(
            self.draft.renamed_from,
            placeholder="its current name",
            compact=True,
            id="spec-entity-was",
            classes="spec-rename-entity",
        )

    def bind(self, draft: EntityDraft) -> None:
        self.draft = draft
        _show(self, {"#spec-entity-name": draft.name, "#spec-entity-was": draft.renamed_from})


class FieldRow(Horizontal):
    """One field: name, type, required (and, for rename_field, the name it had)."""

    def __init__(self, draft: FieldDraft) -> None:
        super().__init__(classes="spec-row field-row")
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Input(self.draft.name, placeholder="field name", compact=True, classes="field-name")
        yield FormSelect(
            TYPE_OPTIONS,
            value=self.draft.type,
            allow_blank=False,
            compact=True,
            classes="field-type",
        )
        yield Checkbox("required", self.draft.required, classes="field-required")
        yield Input(
            self.draft.renamed_from,
            placeholder="renamed from",
            compact=True,
            classes="field-was spec-rename-field",
        )

    def bind(self, draft: FieldDraft) -> None:
        self.draft = draft
        values = {".field-name": draft.name, ".field-type": draft.type}
        _show(self, {**values, ".field-required": draft.required, ".field-was": draft.renamed_from})


class RelationshipRow(Horizontal):
    """One link from the selected entity: kind and target entity."""

    def __init__(self, draft: RelationshipDraft, suggester: Suggester) -> None:
        super().__init__(classes="spec-row relationship-row")
        self.draft = draft
        self._suggester = suggester

    def compose(self) -> ComposeResult:
        yield FormSelect(
            KIND_OPTIONS,
            value=self.draft.kind,
            allow_blank=False,
            compact=True,
            classes="relationship-kind",
        )
        yield Input(
            self.draft.target,
            placeholder="target entity, e.g. Customer",
            compact=True,
            suggester=self._suggester,
            classes="relationship-target",
        )

    def bind(self, draft: RelationshipDraft) -> None:
        self.draft = draft
        _show(self, {".relationship-kind": draft.kind, ".relationship-target": draft.target})


def is_row(node: object) -> bool:
    return isinstance(node, FieldRow | RelationshipRow)


def _show(row: Widget, values: dict[str, object]) -> None:
    """Set each selected control's value without posting its Changed message."""
    with row.prevent(Input.Changed, Select.Changed, Checkbox.Changed):
        for selector, value in values.items():
            for control in row.query(selector):
                if isinstance(control, Input | Select | Checkbox) and control.value != value:
                    control.value = value
