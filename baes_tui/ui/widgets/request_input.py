"""The one-line request box: Up/Down recall earlier requests, like a shell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class RequestInput(Input):
    """An Input that walks a history list (newest first) with Up and Down."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "recall(1)", "Older request", show=False, id="request.history_older"),
        Binding("down", "recall(-1)", "Newer request", show=False, id="request.history_newer"),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._history: list[str] = []
        self._position = -1  # -1: the text being typed, 0: newest request, ...
        self._draft = ""

    def set_history(self, requests: Sequence[str]) -> None:
        """Replace the recall list; duplicates keep their newest place."""
        seen: set[str] = set()
        self._history = [r for r in requests if not (r in seen or seen.add(r))]
        self._position = -1

    def action_recall(self, step: int) -> None:
        if not self._history:
            return
        if self._position == -1:
            self._draft = self.value
        position = max(-1, min(len(self._history) - 1, self._position + step))
        if position == self._position:
            return
        self._position = position
        self.value = self._draft if position == -1 else self._history[position]
        self.cursor_position = len(self.value)
