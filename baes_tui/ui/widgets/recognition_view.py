"""How a request is understood: intent, entity, attributes, relationships, cache hit or miss.

Used by the Request screen for the live preview; it only renders a Recognition it is given.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from baes_tui.core.models import Recognition

PLACEHOLDER = "Type a request to see how it is understood."


class RecognitionView(Vertical):
    """A read-only panel; call `show()`, `show_error()` or `clear()`."""

    def compose(self) -> ComposeResult:
        yield Static(PLACEHOLDER, id="preview-summary", markup=False)
        yield Static("", id="preview-cache", markup=False)
        yield Static("", id="preview-clarify", markup=False)
        table: DataTable[str] = DataTable(id="preview-attributes", cursor_type="row")
        table.add_columns("Attribute", "Type", "Required")
        yield table
        yield Static("", id="preview-relationships", markup=False)
        yield Static("", id="preview-custom", markup=False)

    def clear(self) -> None:
        self._set_lines(PLACEHOLDER, "", "", "", "")
        self.query_one(DataTable).clear()
        self.set_class(False, "-clarify", "-error")

    def show_error(self, message: str) -> None:
        self.clear()
        self.query_one("#preview-summary", Static).update(Text(message, style="bold red"))
        self.add_class("-error")

    def show(self, recognition: Recognition) -> None:
        entity = recognition.entity
        summary = (
            f"Intent {recognition.intent}   Entity {entity.name if entity else '—'}   "
            f"Confidence {recognition.confidence:.2f}   Source {recognition.source}"
        )
        cache = f"Cache {recognition.cache}   key: {recognition.normalized_key or '—'}"
        clarify = ""
        if recognition.needs_clarification:
            missing = ", ".join(recognition.missing) or "a clearer request"
            clarify = f"Needs clarification: {missing} (Enter asks you)"
        relationships = "Relationships: " + (
            ", ".join(f"{r.kind} → {r.target}" for r in entity.relationships)
            if entity and entity.relationships
            else "none"
        )
        custom = (
            "Custom logic: " + "; ".join(recognition.custom_logic)
            if recognition.custom_logic
            else "Standard CRUD (templates only)"
        )
        if recognition.business_rules:
            custom += "   Rules: " + "; ".join(recognition.business_rules)
        self._set_lines(summary, cache, clarify, relationships, custom)
        self.set_class(recognition.needs_clarification, "-clarify")
        self.remove_class("-error")
        table = self.query_one(DataTable)
        table.clear()
        for attribute in entity.attributes if entity else ():
            required = "yes" if attribute.required else "no"
            table.add_row(attribute.name, str(attribute.type), required, key=attribute.name)

    def _set_lines(self, summary: str, cache: str, clarify: str, rels: str, custom: str) -> None:
        for widget_id, text in (
            ("preview-summary", summary),
            ("preview-cache", cache),
            ("preview-clarify", clarify),
            ("preview-relationships", rels),
            ("preview-custom", custom),
        ):
            line = self.query_one(f"#{widget_id}", Static)
            line.update(text)
            line.display = bool(text)
