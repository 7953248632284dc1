"""A `Select` that survives being given its value before it has drawn its label.

Textual 8's `Select` sets its first value in its mount handler, and the current-value line
looks up its `#label` child at once; when that child is not composed yet (a row mounted while
the app is busy: Textual issue 6581), the lookup raises `NoMatches` and the app stops. Here the
current-value line keeps the label it was given and shows it when its child mounts.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.app import ComposeResult
    from textual.widgets.select import NoSelection


class PatientCurrent(SelectCurrent):
    """The current-value line, drawn once its label exists."""

    def update(self, label: RenderableType | NoSelection) -> None:
        with suppress(NoMatches):  # `label` and `has_value` are kept; on_mount shows them
            super().update(label)

    def on_mount(self) -> None:
        super().update(self.label)


class FormSelect(Select):
    """`Select` whose first value cannot crash a mount (see the module docstring)."""

    def compose(self) -> ComposeResult:
        yield PatientCurrent(self.prompt)
        yield SelectOverlay(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
