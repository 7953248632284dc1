"""The Request screen: type a request, see how it is understood, correct it, run it.

Enter runs the request line; Ctrl+S runs whatever the preview shows — the request line's or
the multi-line editor's text, with the spec as the person edited it. The preview is a
debounced, exclusive worker: each keystroke cancels the previous preview, so a stale
recognition never overwrites a newer one, and a preview never replaces a spec the person has
edited (a retyped request is noted; Revert reads it again).

An edited spec runs as the person's answer: it passes `core.spec.read_spec` (problems shown in
place, nothing runs), then `workspace.remember()` stores it as source "human" for the request,
so the same request is a hit next time. Unclear requests with nothing to edit go through the
clarification dialog; unclear ones with entities ask the person to look at the spec first.
Destructive intents always pass the confirmation dialog.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import Header, Input, Label, OptionList, TextArea

from baes_tui.core.errors import BaesError
from baes_tui.core.models import DESTRUCTIVE_INTENTS, Intent, Recognition
from baes_tui.core.spec import SpecError
from baes_tui.ui.screens import STYLES, BaesScreen
from baes_tui.ui.widgets.clarify import ClarifyDialog
from baes_tui.ui.widgets.dialogs import ConfirmDialog
from baes_tui.ui.widgets.key_bar import KeyBar
from baes_tui.ui.widgets.recognition_view import RecognitionView
from baes_tui.ui.widgets.request_input import RequestInput
from baes_tui.ui.widgets.spec_editor import SpecEditor
from baes_tui.ui.widgets.spec_rows import FieldRow, RelationshipRow

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
# Actions that need a spec in the preview (hidden from the footer without one).
SPEC_ACTIONS = frozenset({"focus_spec", "add_field", "add_relationship"})


class RequestScreen(BaesScreen):
    """Request line, multi-line editor, editable preview, examples and history.

    Keys are chosen so the focused widget never swallows them: an Input owns ctrl+a/e/k/u/w/d,
    a TextArea also ctrl+y/z and F6/F7, a Select or Checkbox Enter and Space.
    """

    CSS_PATH = STYLES / "request.tcss"
    TITLE = "Request"
    BINDINGS: ClassVar[list[BindingType]] = [
        # The id predates the editable preview; kept so existing `[keys]` remaps still apply.
        Binding("ctrl+s", "run", "Run", id="request.submit_editor"),
        Binding("ctrl+f", "focus_spec", "Edit spec", id="request.focus_spec"),
        Binding("ctrl+n", "add_field", "Add field", id="request.add_field"),
        Binding("ctrl+o", "add_relationship", "Add relationship", id="request.add_relationship"),
        Binding("ctrl+y", "remove_row", "Remove row", id="request.remove_row"),
        # The panel titles name these two; the footer keeps its room for the spec's keys.
        Binding("ctrl+t", "focus_editor", "Multi-line", id="request.focus_editor", show=False),
        Binding("ctrl+l", "focus_input", "Request line", id="request.focus_input", show=False),
    ]

    class RunRequested(Message):
        """A recognized (and, if needed, clarified, edited and confirmed) request to run."""

        def __init__(self, recognition: Recognition, confirmed: bool) -> None:
            super().__init__()
            self.recognition = recognition
            self.confirmed = confirmed

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._source = "line"  # which text Ctrl+S runs: the one typed last
        self._asked: str | None = None  # an unclear request whose spec the person was shown
        self._shown_state: tuple[int, bool, bool] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="request-main"):
            with Vertical(id="request-left"):
                yield RequestInput(
                    placeholder="Describe what to build — Enter runs it",
                    id="request-input",
                )
                yield Label("", id="editor-title", classes="panel-title")
                yield TextArea(id="request-editor", soft_wrap=True, show_line_numbers=False)
                yield Label("", id="preview-title", classes="panel-title")
                yield RecognitionView(id="preview")
            with Vertical(id="request-side"):
                yield Label("Examples (Enter picks)", classes="panel-title")
                yield OptionList(*EXAMPLES, id="examples")
                yield Label("History (Enter recalls)", classes="panel-title")
                yield OptionList(id="history")
        yield KeyBar()

    def on_mount(self) -> None:
        if not self.query(RequestInput):
            return  # the app quit while this screen mounted: its children are gone
        run, spec = self._key("request.submit_editor"), self._key("request.focus_spec")
        editor, line = self._key("request.focus_editor"), self._key("request.focus_input")
        view = self.query_one(RecognitionView)
        view.run_key, view.spec_key = run, spec
        self.query_one("#editor-title", Label).update(
            f"Multi-line request or requirement document ({editor} edits, {run} runs)"
        )
        self.query_one("#preview-title", Label).update(
            f"How baes understands it ({spec} edits, {run} runs your version, {line} back)"
        )
        self.query_one(RequestInput).focus()

    def _key(self, binding_id: str) -> str:
        """The key a binding has after the user's `[keys]` remapping, for the hints."""
        binding = next(b for b in self.BINDINGS if isinstance(b, Binding) and b.id == binding_id)
        key = self.workspace.settings.keys.get(binding_id, binding.key).split(",")[0]
        return self.app.get_key_display(Binding(key, binding.action))

    def on_screen_resume(self) -> None:
        self._load_history()

    @property
    def _editor(self) -> SpecEditor:
        return self.query_one(SpecEditor)

    def wordnet_settled(self) -> None:
        """A preview made while WordNet loaded did not ask the cache: preview again."""
        if not self.query(RequestInput):  # the app is closing
            return
        if text := self._current_text():
            self._preview(text)

    # --- actions shared by keys and the command palette -------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Spec keys show (and act) when there is a spec or a request to read one from;
        Remove row only with the cursor on a row."""
        if action not in SPEC_ACTIONS and action != "remove_row":
            return True
        try:
            editor = self._editor
        except NoMatches:  # not composed yet
            return False
        if action == "remove_row":
            focused = self.focused
            return focused is not None and any(
                isinstance(node, FieldRow | RelationshipRow) for node in focused.ancestors
            )
        return editor.loaded or bool(self._current_text().strip())

    def action_run(self) -> None:
        if self._source == "editor":
            self._submit(self.query_one("#request-editor", TextArea).text)
        else:
            self._submit(self.query_one(RequestInput).value, from_line=True)

    def action_focus_editor(self) -> None:
        self.query_one("#request-editor", TextArea).focus()

    def action_focus_input(self) -> None:
        self.query_one(RequestInput).focus()

    async def action_focus_spec(self) -> None:
        if await self._up_to_date():
            self._editor.focus_first()

    async def action_add_field(self) -> None:
        if await self._up_to_date():
            await self._editor.add_field()

    async def action_add_relationship(self) -> None:
        if await self._up_to_date():
            await self._editor.add_relationship()

    async def _up_to_date(self) -> bool:
        """Before a person starts editing, the spec must be the one for the text they see:
        a key pressed within the preview's debounce reads the text now instead of editing a
        spec of half the request. False if there is nothing to edit."""
        editor, text = self._editor, self._current_text()
        if editor.edited or not text.strip():
            return editor.loaded
        if editor.recognition is None or editor.recognition.request != text:
            self.workers.cancel_group(self, "preview")
            try:
                recognition = await self.workspace.preview(text)
            except BaesError as exc:
                self.query_one(RecognitionView).show_error(str(exc))
                await editor.clear()
                return False
            await self._show(recognition)
        return editor.loaded

    async def action_remove_row(self) -> None:
        if not await self._editor.remove_row(self.focused):
            self.notify("Put the cursor on the field or relationship to remove.", timeout=3)

    # --- typing and picking -----------------------------------------------------------------
    @on(Input.Changed, "#request-input")
    def _typed(self, event: Input.Changed) -> None:
        self._source = "line"
        self._preview(event.value)

    @on(TextArea.Changed, "#request-editor")
    def _edited(self, event: TextArea.Changed) -> None:
        self._source = "editor"
        self._preview(event.text_area.text)

    @on(Input.Submitted, "#request-input")
    def _entered(self, event: Input.Submitted) -> None:
        self._source = "line"
        self._submit(event.value, from_line=True)

    @on(OptionList.OptionSelected, "#examples, #history")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        request_input = self.query_one(RequestInput)
        request_input.value = str(event.option.prompt)
        request_input.cursor_position = len(request_input.value)
        request_input.focus()

    @on(SpecEditor.Changed)
    def _spec_changed(self) -> None:
        self._show_state()

    def _show_state(self) -> None:
        """The panel's lines for the spec as it stands (edited or not, request retyped).

        Called on every keystroke in the spec: the lines are redrawn (a layout pass) only when
        what they say changes."""
        editor = self._editor
        if editor.recognition is None:
            return
        edited = editor.edited
        state = (id(editor.recognition), edited, edited and self._retyped(editor))
        if state == self._shown_state:
            return
        self._shown_state = state
        self.query_one(RecognitionView).show(
            editor.recognition, edited=state[1], request_changed=state[2]
        )

    def _retyped(self, editor: SpecEditor) -> bool:
        shown = editor.recognition.request if editor.recognition else ""
        return self._current_text().strip() not in ("", shown.strip())

    def _current_text(self) -> str:
        if self._source == "editor":
            return self.query_one("#request-editor", TextArea).text
        return self.query_one(RequestInput).value

    # --- workers ----------------------------------------------------------------------------
    @work(exclusive=True, group="preview", exit_on_error=False, name="Preview")
    async def _preview(self, text: str) -> None:
        view, editor = self.query_one(RecognitionView), self._editor
        if editor.edited:
            # The person's edits win over a retyped request; the panel says so.
            self._show_state()
            return
        if not text.strip():
            view.clear()
            await editor.clear()
            self.refresh_bindings()  # the spec's keys go
            return
        await asyncio.sleep(PREVIEW_DELAY_S)  # debounce: the next keystroke cancels this one
        try:
            recognition = await self.workspace.preview(text)
        except BaesError as exc:
            view.show_error(str(exc))  # shown in place while typing; Enter would notify
            await editor.clear()
            return
        if not editor.edited:  # the person may have started editing while this ran
            await self._show(recognition)

    async def _show(self, recognition: Recognition) -> None:
        """Show a recognition as the unedited spec (the project's entities complete targets)."""
        project = [spec.name for spec in await asyncio.to_thread(self.workspace.entities)]
        self.query_one(RecognitionView).show(recognition)
        self._shown_state = (id(recognition), False, False)
        await self._editor.load(recognition, project)
        self.refresh_bindings()  # the spec's keys appear

    @work(exclusive=True, group="history", exit_on_error=False, name="Loading history")
    async def _load_history(self) -> None:
        items = await asyncio.to_thread(self.workspace.history)
        requests = [item.request for item in items]
        self.query_one(RequestInput).set_history(requests)
        history = self.query_one("#history", OptionList)
        history.clear_options()
        history.add_options(dict.fromkeys(requests))

    @work(exclusive=True, group="submit", exit_on_error=False, name="Running the request")
    async def _submit(self, text: str, from_line: bool = False) -> None:
        """Recognize (or take the person's spec), clarify or confirm as needed, then ask the
        app to run it. A request line that was run is cleared, like a shell prompt; Up brings
        it back."""
        self.workers.cancel_group(self, "preview")
        editor = self._editor
        answered = editor.edited or (
            self._asked is not None and self._asked == text.strip() and editor.loaded
        )
        if answered:
            recognition = self._read_spec(text)
            if recognition is None:
                return
        else:
            recognition = await self.workspace.recognize(text)
            await self._show(recognition)
            if recognition.needs_clarification or recognition.entity is None:
                if recognition.entities:
                    self._ask(recognition)
                    return
                clarified = await self._clarify(recognition)
                if clarified is None:
                    return
                recognition = clarified
        confirmed = False
        if recognition.intent in DESTRUCTIVE_INTENTS:
            confirmed = await self.app.push_screen_wait(self._confirmation(recognition))
            if not confirmed:
                self.notify("Nothing changed.")
                return
        if answered:
            recognition = await self.workspace.remember(recognition)
            await self._show(recognition)
        self._asked = None
        self.post_message(self.RunRequested(recognition, confirmed))
        # Back on this screen, the cursor waits where the next request is typed.
        if from_line:
            self.query_one(RequestInput).value = ""
            self.query_one(RequestInput).focus()
        else:
            self.query_one("#request-editor", TextArea).focus()

    def _read_spec(self, text: str) -> Recognition | None:
        """The edited spec for `text` (or the request it was read from, if the line is empty);
        None, with the problems shown in place, if it cannot run."""
        editor = self._editor
        request = (
            text if text.strip() else (editor.recognition.request if editor.recognition else "")
        )
        try:
            return editor.read(request)
        except SpecError as exc:
            editor.show_problems(exc.problems)
            editor.focus_first()
            self.notify(
                f"Not run: the spec has {len(exc.problems)} problem(s), listed in the preview.",
                severity="warning",
            )
            return None

    def _ask(self, recognition: Recognition) -> None:
        """An unclear request with entities: show the spec and let the person answer in it."""
        self._asked = recognition.request.strip()
        missing = ", ".join(recognition.missing) or "a clearer request"
        self._editor.focus_first()
        self.notify(
            f"baes is unsure ({missing}): correct the spec in the preview, then "
            f"{self._key('request.submit_editor')} runs it as you left it.",
            title="Your word first",
            markup=False,
            timeout=8,
        )

    async def _clarify(self, recognition: Recognition) -> Recognition | None:
        """A request with nothing to edit: the dialog asks for the entity; the answer is
        remembered as source human."""
        project = [spec.name for spec in await asyncio.to_thread(self.workspace.entities)]
        answer = await self.app.push_screen_wait(
            ClarifyDialog(recognition, await self._entity_candidates(), project)
        )
        if answer is None:
            self.notify("Not run: the request still needs clarification.")
            return None
        stored = await self.workspace.remember(answer) or answer
        await self._show(stored)
        return stored

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
            names = ", ".join(e.name for e in recognition.entities) or entity
            what = f"Remove the entity {names}: its table, routes, pages, tests and all its data."
        else:
            fields = (
                ", ".join(a.name for a in recognition.entity.attributes)
                if (recognition.entity)
                else ""
            )
            what = f"Remove field(s) {fields or '?'} from {entity}, with the data they hold."
        return ConfirmDialog("This deletes data", what, confirm_label="Delete and run")
