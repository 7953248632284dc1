"""The Review screen's filters on one line, each with its key and how many rows it shows.

A filter's count is the number of rows the table shows for it (over every page): verdicts of
that outcome plus the review items no verdict stands for (custom logic). The current filter is
highlighted; a click picks one, as its number key does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

SEPARATOR = "   "


class ReviewFilters(Widget):
    """`filters` are (key, label, value); `show(current, counts)` redraws the line."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"review-filters--current", "review-filters--key"}

    class Picked(Message):
        """A filter was clicked."""

        def __init__(self, value: str) -> None:
            super().__init__()
            self.value = value

    def __init__(self, filters: Sequence[tuple[str, str, str]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filters = tuple(filters)
        self.current = filters[0][2]
        self.counts: dict[str, int] = {}
        self._spans: list[tuple[int, int, str]] = []

    def show(self, current: str, counts: Mapping[str, int] | None = None) -> None:
        self.current = current
        if counts is not None:
            self.counts = dict(counts)
        self.refresh(layout=True)  # counts change the line's width

    def label(self, value: str) -> str:
        """One filter as drawn, e.g. `2 Uncertain 3` (for readers and tests)."""
        key, label, _ = next(f for f in self.filters if f[2] == value)
        count = self.counts.get(value)
        return f"{key} {label}" + ("" if count is None else f" {count:,}")

    def render(self) -> Text:
        current_style = self.get_component_rich_style("review-filters--current")
        key_style = self.get_component_rich_style("review-filters--key")
        line = Text("Show  ", no_wrap=True, overflow="ellipsis")
        self._spans = []
        for index, (key, _label, value) in enumerate(self.filters):
            if index:
                line.append(SEPARATOR)
            start = len(line)
            text = self.label(value)
            style = current_style if value == self.current else Style()
            line.append(f" {key}", key_style + style)
            line.append(text[len(key) :] + " ", style)
            self._spans.append((start, len(line), value))
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, value in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(value))
                return
