"""A generated file with syntax highlighting and the lines a rule flagged marked.

Long lines wrap (a flagged line is read whole, never scrolled sideways), and the view opens a
few lines above the first flagged line.
"""

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
    ".diff": "diff",
}
CONTEXT_LINES = 3  # lines shown above the first marked line


def lexer_for(path: str) -> str:
    return LEXERS.get(PurePath(path).suffix.lower(), "text")


def _syntax(
    text: str, lexer: str, marked: set[int], line_range: tuple[int, int] | None = None
) -> Syntax:
    return Syntax(
        text,
        lexer,
        line_numbers=True,
        highlight_lines=marked,
        theme="monokai",
        word_wrap=True,
        indent_guides=True,
        line_range=line_range,
    )


class FileView(ScrollableContainer, can_focus=True):
    """Scrollable with the keyboard; marked lines get a highlighted background."""

    syntax: Syntax | None = None  # what is shown, for readers and tests

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("Select an item to see its file.", id="file-text", markup=False)

    def show(self, path: str, text: str, lines: Iterable[int]) -> None:
        marked = sorted(set(lines))
        syntax = _syntax(text, lexer_for(path), set(marked))
        self.syntax = syntax
        self.query_one("#file-text", Static).update(syntax)
        first = marked[0] if marked else 1
        self.call_after_refresh(self._scroll_to_line, text, path, first - CONTEXT_LINES)

    def _scroll_to_line(self, text: str, path: str, line: int) -> None:
        """Scroll so source `line` is on top; wrapped lines above it take more rows."""
        width = self.query_one("#file-text", Static).content_size.width
        if line <= 1 or width <= 0:
            self.scroll_to(y=0, animate=False)
            return
        rows = self.app.console.render_lines(
            _syntax(text, lexer_for(path), set(), line_range=(1, line - 1)),
            self.app.console.options.update_width(width),
        )
        self.scroll_to(y=len(rows), animate=False)

    def show_message(self, message: str) -> None:
        self.syntax = None
        self.query_one("#file-text", Static).update(message)
