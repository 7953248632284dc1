"""Small modal dialogs shared by screens: confirm a destructive change, write a note."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

T = TypeVar("T")


class AnswerOnceModal(ModalScreen[T], Generic[T]):
    """A modal that answers once. `dismiss()` pops whatever screen is on top, so a second key
    already queued (a fast Enter then Escape) would pop the screen below and leave the mode
    with no screen at all; every dialog answers through `answer`."""

    _answered = False
    _pending: tuple[T | None] | None = None

    def answer(self, value: T) -> None:
        if self._answered:
            return
        self._answered = True
        if self.app.screen is self:
            self.dismiss(value)
        else:  # a late answer (a worker) while another screen is on top: wait to be shown
            self._pending = (value,)

    @on(events.ScreenResume)
    def _answer_pending(self) -> None:
        if self._pending is not None:
            (value,), self._pending = self._pending, None
            self.dismiss(value)

    async def action_dismiss(self, result: T | None = None) -> None:
        if self._answered or self.app.screen is not self:
            return
        self._answered = True
        await super().action_dismiss(result)


class ConfirmDialog(AnswerOnceModal[bool]):
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
        self.answer(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        self.answer(False)


class NoteDialog(AnswerOnceModal[str | None]):
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
        self.answer(note)

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.answer(None)
