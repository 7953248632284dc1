"""The Request screen: type a request, watch how it is understood, run it.

Enter runs the one-line request; Ctrl+S runs the multi-line editor's text. The preview is a
debounced, exclusive worker: each keystroke cancels the previous preview, so a stale
recognition never overwrites a newer one. Unclear requests go through a clarification dialog
and destructive ones through a confirmation before the app starts the run.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Header, Input, Label, OptionList, TextArea

from baes_tui.core.errors import BaesError
from baes_tui.core.models import DESTRUCTIVE_INTENTS, Intent, Recognition
from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.clarify import ClarifyDialog
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.ui.widgets.key_bar import KeyBar
from baes_tui.ui.widgets.recognition_view import RecognitionView
from baes_tui.ui.widgets.request_input import RequestInput

if TYPE_CHECKING:
    from baes_tui.workspace import Workspace

PREVIEW_DELAY_S = 0.25
CANDIDATE_LIMIT = 30
EXAMPLES = (
    "Create a system to manage students with name, email, and age",
    "Create a system to manage courses with title, code and credits",
    "Create books with title, author, isbn and published date",
    "Add a phone number field to students",
    "Each enrollment belongs to one student",
    "Remove the age field from students",
)


class RequestScreen(BaesScreen):
    """Input, multi-line editor, live preview, examples and history."""

    CSS_PATH = STYLES / "request.tcss"
    TITLE = "Request"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit_editor", "Run editor text", id="request.submit_editor"),
        Binding("ctrl+e", "focus_editor", "Editor", id="request.focus_editor"),
        Binding("ctrl+l", "focus_input", "Request line", id="request.focus_input"),
    ]

    class RunRequested(Message):
        """A recognized (and, if needed, clarified and confirmed) request to run."""

        def __init__(self, recognition: Recognition, confirmed: bool) -> None:
            super().__init__()
            self.recognition = recognition
            self.confirmed = confirmed

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="request-main"):
            with Vertical(id="request-left"):
                yield RequestInput(
                    placeholder="Describe what to build — Enter runs it",
                    id="request-input",
                )
                yield Label("Multi-line request (Ctrl+S runs it)", classes="panel-title")
                yield TextArea(id="request-editor", soft_wrap=True, show_line_numbers=False)
                yield Label("How baes understands it", classes="panel-title")
                yield RecognitionView(id="preview")
            with Vertical(id="request-side"):
                yield Label("Examples (Enter picks)", classes="panel-title")
                yield OptionList(*EXAMPLES, id="examples")
                yield Label("History (Enter recalls)", classes="panel-title")
                yield OptionList(id="history")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(RequestInput).focus()

    def on_screen_resume(self) -> None:
        self._load_history()

    def wordnet_settled(self) -> None:
        """A preview made while WordNet loaded did not ask the cache: preview again."""
        if text := self.query_one(RequestInput).value:
            self._preview(text)

    # --- actions shared by keys and the command palette -------------------------------------
    def action_submit_editor(self) -> None:
        self._submit(self.query_one("#request-editor", TextArea).text)

    def action_focus_editor(self) -> None:
        self.query_one("#request-editor", TextArea).focus()

    def action_focus_input(self) -> None:
        self.query_one(RequestInput).focus()

    # --- typing and picking -----------------------------------------------------------------
    @on(Input.Changed, "#request-input")
    def _typed(self, event: Input.Changed) -> None:
        self._preview(event.value)

    @on(TextArea.Changed, "#request-editor")
    def _edited(self, event: TextArea.Changed) -> None:
        self._preview(event.text_area.text)

    @on(Input.Submitted, "#request-input")
    def _entered(self, event: Input.Submitted) -> None:
        self._submit(event.value, from_line=True)

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        request_input = self.query_one(RequestInput)
        request_input.value = str(event.option.prompt)
        request_input.cursor_position = len(request_input.value)
        request_input.focus()

    # --- workers ----------------------------------------------------------------------------
    @work(exclusive=True, group="preview", exit_on_error=False, name="Preview")
    async def _preview(self, text: str) -> None:
        view = self.query_one(RecognitionView)
        if not text.strip():
            view.clear()
            return
        await asyncio.sleep(PREVIEW_DELAY_S)  # debounce: the next keystroke cancels this one
        try:
            recognition = await self.workspace.preview(text)
        except BaesError as exc:
            view.show_error(str(exc))  # shown in place while typing; Enter would notify
            return
        view.show(recognition)

    @work(exclusive=True, group="history", exit_on_error=False, name="Loading history")
    async def _load_history(self) -> None:
        items = await asyncio.to_thread(self.workspace.history)
        requests = [item.request for item in items]
        self.query_one(RequestInput).set_history(requests)
        history = self.query_one("#history", OptionList)
        history.clear_options()
        history.add_options(dict.fromkeys(requests))

    @work(exclusive=True, group="submit", exit_on_error=False, name="Recognizing the request")
    async def _submit(self, text: str, from_line: bool = False) -> None:
        """Recognize, clarify or confirm as needed, then ask the app to run it.

        A request line that was run is cleared, like a shell prompt; Up brings it back.
        """
        self.workers.cancel_group(self, "preview")
        recognition = await self.workspace.recognize(text)
        self.query_one(RecognitionView).show(recognition)
        if recognition.needs_clarification or recognition.entity is None:
            project = [spec.name for spec in await asyncio.to_thread(self.workspace.entities)]
            answer = await self.app.push_screen_wait(
                ClarifyDialog(recognition, await self._entity_candidates(), project)
            )
            if answer is None:
                self.notify("Not run: the request still needs clarification.")
                return
            recognition = await self.workspace.remember(answer) or answer
            self.query_one(RecognitionView).show(recognition)
        confirmed = False
        if recognition.intent in DESTRUCTIVE_INTENTS:
            confirmed = await self.app.push_screen_wait(self._confirmation(recognition))
            if not confirmed:
                self.notify("Nothing changed.")
                return
        self.post_message(self.RunRequested(recognition, confirmed))
        if from_line:
            self.query_one(RequestInput).value = ""

    async def _entity_candidates(self) -> list[str]:
        """Entities baes has recognized before (the cache), most used first.

        The dialog lists the project's own entities above these, and its entity field already
        holds the recognizer's guess.
        """
        try:
            entries = await self.workspace.cache.list_entries(sort="hits", limit=CANDIDATE_LIMIT)
        except BaesError:
            return []
        return list(
            dict.fromkeys(e.recognition.entity.name for e in entries if e.recognition.entity)
        )

    @staticmethod
    def _confirmation(recognition: Recognition) -> ConfirmDialog:
        entity = recognition.entity.name if recognition.entity else "the project"
        if recognition.intent == Intent.REMOVE_ENTITY:
            what = f"Remove the entity {entity}: its table, routes, pages, tests and all its data."
        else:
            fields = (
                ", ".join(a.name for a in recognition.entity.attributes)
                if (recognition.entity)
                else ""
            )
            what = f"Remove field(s) {fields or '?'} from {entity}, with the data they hold."
        return ConfirmDialog("This deletes data", what, confirm_label="Delete and run")
