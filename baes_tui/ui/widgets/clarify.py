"""The clarification step: a person names the entity and fixes attributes baes was unsure of.

It opens for a request baes could not tie to any entity (with entities, the person answers in
the editable preview instead). The answer is read by `core.spec.read_spec`, like every spec a
person edits (safe names, supported types, every problem at once), and the Request screen
stores it with `workspace.remember()` (source "human"), so the same request is a cache hit
next time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from baes_tui.core.models import Attribute, AttrType, Intent, Recognition
from baes_tui.core.spec import SpecError, read_spec
from baes_tui.ui.widgets.dialogs import AnswerOnceModal
from baes_tui.ui.widgets.form_select import FormSelect

ATTRIBUTE_HELP = "name:type, … — types: " + ", ".join(t.value for t in AttrType) + "; ? = optional"


def format_attributes(attributes: Sequence[Attribute]) -> str:
    """The editable text form of attributes: `name:str, age:int?`."""
    return ", ".join(f"{a.name}:{a.type}{'' if a.required else '?'}" for a in attributes)


def parse_attributes(text: str) -> list[dict[str, Any]]:
    """Inverse of `format_attributes`, as raw spec data: names and types are checked by
    read_spec, with every other name a person types."""
    attributes: list[dict[str, Any]] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, kind = part.rstrip("?").partition(":")
        attributes.append(
            {
                "name": name.strip(),
                "type": kind.strip() or "str",
                "required": not part.endswith("?"),
            }
        )
    return attributes


def corrected(
    recognition: Recognition,
    intent: str,
    entity: str,
    attributes: str,
    known_entities: Sequence[str] = (),
) -> Recognition:
    """The person's answer as a human Recognition; SpecError lists every problem.

    Only the first entity is answered here; any others the request named are kept.
    """
    first = recognition.entity
    answered = {
        "name": entity,
        "attributes": parse_attributes(attributes),
        "relationships": [r.to_dict() for r in first.relationships] if first else [],
    }
    others = [e.to_dict() for e in recognition.entities[1:]]
    targets = [r.target for e in recognition.entities for r in e.relationships]
    data = {
        "intent": intent,
        "entities": [answered, *others],
        "business_rules": list(recognition.business_rules),
        "custom_logic": list(recognition.custom_logic),
    }
    return read_spec(
        data,
        request=recognition.request,
        source="human",
        known_entities=[*known_entities, *targets],
        confidence=1.0,
    )


class ClarifyDialog(AnswerOnceModal[Recognition | None]):
    """Pick or type the entity, fix the attributes; returns the corrected recognition."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel")
    ]

    def __init__(
        self,
        recognition: Recognition,
        candidates: Sequence[str] = (),
        project_entities: Sequence[str] = (),
    ) -> None:
        """`project_entities` (the registry) are listed first; `candidates` (cache) follow."""
        super().__init__(classes="dialog")
        self.recognition = recognition
        self.project_entities = list(dict.fromkeys(project_entities))
        known = set(self.project_entities)
        self.candidates = [name for name in dict.fromkeys(candidates) if name not in known]

    def compose(self) -> ComposeResult:
        rec = self.recognition
        missing = ", ".join(rec.missing) or "confidence"
        with Vertical(classes="dialog-body", id="clarify-body"):
            yield Label("Help baes understand this request", classes="dialog-title")
            yield Label(
                f"“{rec.request}” — unsure about: {missing} (confidence {rec.confidence:.2f})",
                id="clarify-reason",
                markup=False,
            )
            yield Label("What should happen?")
            yield FormSelect(
                [(i.value.replace("_", " "), i.value) for i in Intent],
                value=rec.intent.value,
                allow_blank=False,
                id="clarify-intent",
            )
            yield Label("Entity (type a name or pick one)")
            yield Input(
                value=rec.entity.name if rec.entity else "",
                placeholder="e.g. Student",
                id="clarify-entity",
            )
            if self.project_entities or self.candidates:
                yield OptionList(
                    *(
                        Option(f"{name}  · in the project", id=name)
                        for name in self.project_entities
                    ),
                    *(Option(f"{name}  · seen before", id=name) for name in self.candidates),
                    id="clarify-candidates",
                )
            yield Label(f"Attributes ({ATTRIBUTE_HELP})", markup=False)
            yield Input(
                value=format_attributes(rec.entity.attributes) if rec.entity else "",
                placeholder="name:str, email:email, age:int",
                id="clarify-attributes",
            )
            yield Label("", id="clarify-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Remember and run", variant="primary", id="clarify-ok")
                yield Button("Cancel", id="clarify-cancel")

    def on_mount(self) -> None:
        self.query_one("#clarify-entity", Input).focus()

    @on(OptionList.OptionSelected, "#clarify-candidates")
    def _pick(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#clarify-entity", Input).value = event.option.id or ""
        self.query_one("#clarify-attributes", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#clarify-ok")
    def _submit(self) -> None:
        entity = self.query_one("#clarify-entity", Input).value.strip()
        if not entity:
            self._error("Name the entity this request is about (e.g. Student).")
            return
        intent = self.query_one("#clarify-intent", Select).value
        attributes = self.query_one("#clarify-attributes", Input).value
        self._build(str(intent), entity, attributes)

    def _build(self, intent: str, entity: str, attributes: str) -> None:
        try:
            answer = corrected(self.recognition, intent, entity, attributes, self.project_entities)
        except SpecError as exc:
            self._error("\n".join(exc.problems))
            return
        self.answer(answer)

    def _error(self, message: str) -> None:
        self.query_one("#clarify-error", Label).update(message)

    @on(Button.Pressed, "#clarify-cancel")
    def action_cancel(self) -> None:
        self.answer(None)
