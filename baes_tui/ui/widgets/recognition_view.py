"""How a request is understood, in words: intent, entities, confidence, source, cache, and
everything a person should know before it runs — what needs clarification, notes (a word
dropped, a default cardinality, a name made safe), lines kept as business rules, custom logic.

The panel scrolls and holds the SpecEditor, where the entities themselves are shown and
edited; the lines above it render only the Recognition they are given.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from baes_tui.core.models import Recognition
from baes_tui.ui.widgets.spec_editor import SpecEditor

PLACEHOLDER = "Type a request to see how it is understood."
LINES = ("summary", "edited", "cache", "clarify", "notes", "rules", "custom")


class RecognitionView(VerticalScroll):
    """Call `show()`, `show_error()` or `clear()`; the editor is `query_one(SpecEditor)`.

    `run_key` and `spec_key` are the keys the hints name (after the user's remapping).
    """

    run_key = "Ctrl+S"
    spec_key = "Ctrl+F"

    def compose(self) -> ComposeResult:
        for line in LINES:
            yield Static("", id=f"preview-{line}", markup=False)
        yield SpecEditor(id="spec")

    def on_mount(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._set_lines(summary=PLACEHOLDER)
        self.set_class(False, "-clarify", "-error")

    def show_error(self, message: str) -> None:
        self.clear()
        self.query_one("#preview-summary", Static).update(Text(message, style="bold red"))
        self.add_class("-error")

    def show(
        self, recognition: Recognition, *, edited: bool = False, request_changed: bool = False
    ) -> None:
        """Render `recognition`; `edited`: the spec below holds the person's changes;
        `request_changed`: the request was retyped after those changes."""
        names = ", ".join(e.name for e in recognition.entities) or "—"
        label = "Entities" if len(recognition.entities) > 1 else "Entity"
        summary = (
            f"Intent {recognition.intent}   {label} {names}   "
            f"Confidence {recognition.confidence:.2f}   Source {recognition.source}"
        )
        edited_line = ""
        if edited:
            edited_line = (
                f"Edited by you — {self.run_key} runs your version, and baes remembers it for "
                "this request (source human)."
            )
            if request_changed:
                edited_line += (
                    " The request was retyped since: your version runs for the new wording;"
                    " Revert reads the request again."
                )
        cache = f"Cache {recognition.cache}   key: {recognition.normalized_key or '—'}"
        clarify = ""
        if recognition.needs_clarification and not edited:
            missing = ", ".join(recognition.missing) or "a clearer request"
            todo = (
                f"correct the spec below ({self.spec_key}), then {self.run_key} runs it"
                if recognition.entities
                else "Enter asks you"
            )
            clarify = f"Needs clarification: {missing} — {todo}"
        custom = (
            "Custom logic: " + "; ".join(recognition.custom_logic)
            if recognition.custom_logic
            else "Standard CRUD (templates only)"
        )
        self._set_lines(
            summary=summary,
            edited=edited_line,
            cache=cache,
            clarify=clarify,
            notes=_listed("Notes:", recognition.notes),
            rules=_listed("Kept as business rules (not fields):", recognition.business_rules),
            custom=custom,
        )
        self.set_class(recognition.needs_clarification and not edited, "-clarify")
        self.set_class(edited, "-edited")
        self.remove_class("-error")

    def _set_lines(self, **texts: str) -> None:
        for name in LINES:
            line = self.query_one(f"#preview-{name}", Static)
            text = texts.get(name, "")
            line.update(text)
            line.display = bool(text)


def _listed(title: str, items: Sequence[str]) -> str:
    return "\n".join([title, *(f"  • {item}" for item in items)]) if items else ""
