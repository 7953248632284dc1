"""A generated file with syntax highlighting and the lines a rule flagged marked."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from rich.syntax import Syntax
from textual.containers import ScrollableContainer
from textual.widgets import Static

LEXERS = {
    ".py": "python",
    ".sql": "sql",
    ".html": "html",
    ".j2": "html+jinja",
    ".js": "javascript",
    ".css": "css",
    ".toml": "toml",
    ".md": "markdown",
    ".json": "json",
    ".txt": "text",
}
CONTEXT_LINES = 3  # lines shown above the first marked line


def lexer_for(path: str) -> str:
    return LEXERS.get(PurePath(path).suffix.lower(), "text")


class FileView(ScrollableContainer, can_focus=True):
    """Scrollable with the keyboard; marked lines get a highlighted background."""

    syntax: Syntax | None = None  # what is shown, for readers and tests

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("Select an item to see its file.", id="file-text", markup=False)

    def show(self, path: str, text: str, lines: Iterable[int]) -> None:
        marked = sorted(set(lines))
        syntax = Syntax(
            text,
            lexer_for(path),
            line_numbers=True,
            highlight_lines=set(marked),
            theme="monokai",
            word_wrap=False,
            indent_guides=True,
        )
        self.syntax = syntax
        self.query_one("#file-text", Static).update(syntax)
        first = marked[0] if marked else 1
        self.call_after_refresh(self.scroll_to, y=max(0, first - 1 - CONTEXT_LINES), animate=False)

    def show_message(self, message: str) -> None:
        self.syntax = None
        self.query_one("#file-text", Static).update(message)
