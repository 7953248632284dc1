"""F1 help: what each screen is for and every key, as currently mapped."""

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
class HelpSection:
    """One screen (or "Everywhere"): what it does and its keys as (key, description)."""

    title: str
    description: str
    keys: tuple[tuple[str, str], ...]


def section_table(section: HelpSection) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", min_width=12)
    table.add_column()
    for key, description in section.keys:
        table.add_row(key, description)
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
                "Ctrl+P opens the command palette: every action below, by name. "
                'Keys can be remapped in baes.toml ([ui] keys = {binding-id = "key"}).',
                id="help-intro",
                markup=False,
            )
            for section in self.sections:
                yield Static(Text(section.title, style="bold underline"), classes="help-heading")
                yield Static(section.description, classes="help-description", markup=False)
                yield Static(section_table(section), classes="help-keys")
