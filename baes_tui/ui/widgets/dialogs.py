"""Small modal dialogs shared by screens: confirm a destructive change, write a note."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class ConfirmDialog(ModalScreen[bool]):
    """Yes/no for a change that deletes data; Escape or "Cancel" means no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel")
    ]

    def __init__(self, title: str, message: str, confirm_label: str = "Confirm") -> None:
        super().__init__(classes="dialog")
        self._title = title
        self._message = message
        self._confirm_label = confirm_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield Label(self._message, id="confirm-message", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._confirm_label, variant="error", id="confirm-yes")
                yield Button("Cancel", id="confirm-no")

    def on_mount(self) -> None:
        # Focus "Cancel" so a stray Enter never deletes anything.
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        self.dismiss(False)


class NoteDialog(ModalScreen[str | None]):
    """Ask for a one-line note (a reviewer's reason to reject); Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel")
    ]

    def __init__(self, title: str, placeholder: str = "Why?", *, required: bool = True) -> None:
        super().__init__(classes="dialog")
        self._title = title
        self._placeholder = placeholder
        self._required = required

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield Input(placeholder=self._placeholder, id="note-input")
            yield Label("", id="note-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="note-save")
                yield Button("Cancel", id="note-cancel")

    @on(Input.Submitted, "#note-input")
    @on(Button.Pressed, "#note-save")
    def _save(self) -> None:
        note = self.query_one("#note-input", Input).value.strip()
        if self._required and not note:
            self.query_one("#note-error", Label).update("A note is required: say what is wrong.")
            return
        self.dismiss(note)

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
