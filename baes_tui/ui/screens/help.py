"""F1 help: what each screen is for and every key as currently mapped, with its binding id.

The ids are what the config file's `[keys]` table remaps (README, Configuration).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from baes_tui.ui.screens import STYLES
from baes_tui.ui.widgets.dialogs import AnswerOnceModal


@dataclass(frozen=True, slots=True)
class HelpKey:
    """One binding as the user has it: the key, what it does, the id that remaps it."""

    key: str
    description: str
    binding_id: str


@dataclass(frozen=True, slots=True)
class HelpSection:
    """One screen (or "Everywhere"): what it does and its keys."""

    title: str
    description: str
    keys: tuple[HelpKey, ...]


def section_table(section: HelpSection) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", min_width=10)
    table.add_column(min_width=24)
    table.add_column(style="dim")
    for key in section.keys:
        table.add_row(key.key, key.description, key.binding_id)
    return table


class HelpScreen(AnswerOnceModal[None]):
    """A read-only overlay; Escape, F1 or q closes it."""

    CSS_PATH = STYLES / "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, sections: list[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Label("baes — keys and screens", id="help-title")
            yield Static(
                "Ctrl+P opens the command palette: every action below, by name. The last"
                " column is each key's binding id: remap it in the config file's [keys] table,"
                ' e.g. "screen.review" = "ctrl+r".',
                id="help-intro",
                markup=False,
            )
            for section in self.sections:
                yield Static(Text(section.title, style="bold underline"), classes="help-heading")
                yield Static(section.description, classes="help-description", markup=False)
                yield Static(section_table(section), classes="help-keys")
