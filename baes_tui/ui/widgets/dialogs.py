"""The app's modal dialogs: confirm a destructive change, write a note, read an error.

There is one of each: every screen that deletes data asks through `ConfirmDialog`, and every
unexpected failure ends in `ErrorDialog` (through the app's one error handler).
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, TextArea

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
    """Yes/no for a change that deletes data: `y` or the red button says yes; `n`, Escape or
    "Cancel" say no. "Cancel" has the focus, so a stray Enter never deletes anything."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "confirm", "Yes", id="dialog.confirm"),
        Binding("n,escape", "cancel", "No", id="dialog.cancel"),
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
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def action_confirm(self) -> None:
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


class ErrorDialog(AnswerOnceModal[None]):
    """An unexpected failure: what failed, and the full text to copy into a bug report.

    Expected problems (`BaesError`) never come here; they are notifications. A second failure
    while the dialog is open is added to the same text instead of stacking dialogs.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="error.close"),
        Binding("c", "copy", "Copy", id="error.copy"),
    ]

    def __init__(self, title: str, details: str) -> None:
        super().__init__(classes="dialog")
        self._title = title
        self.details = details

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body error-body"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield Label(
                "This is a bug in baes, not something you did. The text below is what a"
                " maintainer needs: copy it (c) into a report. The app keeps running.",
                classes="error-help",
                markup=False,
            )
            yield TextArea(self.details, read_only=True, id="error-details", soft_wrap=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Copy", variant="primary", id="error-copy")
                yield Button("Close", id="error-close")

    def on_mount(self) -> None:
        self.query_one("#error-close", Button).focus()

    def add(self, title: str, details: str) -> None:
        """Another failure while this one is shown: append it."""
        self.details = f"{self.details}\n\n{title}\n{details}"
        self.query_one("#error-details", TextArea).load_text(self.details)

    @on(Button.Pressed, "#error-copy")
    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.details)
        self.notify("The error text is on the clipboard.", timeout=3)

    @on(Button.Pressed, "#error-close")
    def action_close(self) -> None:
        self.answer(None)
