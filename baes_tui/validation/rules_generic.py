"""Rules every file gets: readable text, parseable Python, line length, custom-logic markers.

Text rules are plain regex or line scans and run first, before any file is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.rule import Hit, Source, rule

MAX_LINE_LENGTH = 100
ALL_LANGUAGES = ("python", "sql", "html", "text")

_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_CUSTOM_LOGIC = re.compile(r"(?:#|--|<!--|\{#)\s*custom[ _-]?logic\b", re.IGNORECASE)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


@rule(
    "IO001-unreadable-file",
    "File is readable UTF-8 text",
    """Generated files are UTF-8 text. A file with NUL bytes or bytes that are not UTF-8 is
    binary or corrupt; no other rule can judge it, so it is rejected outright.""",
    fix="Save the file as UTF-8 text without NUL bytes (regenerate it if a template made it).",
    kinds=FILE_KINDS,
    languages=ALL_LANGUAGES,
    stage="text",
)
def unreadable_file(src: Source) -> Iterator[Hit]:
    if src.text.isascii():  # no surrogates: only a NUL can be wrong, and find() is memchr
        at = src.text.find("\x00")
        if at < 0:
            return
        char, start = "\x00", at
    else:
        match = _NOT_TEXT.search(src.text)
        if match is None:
            return
        char, start = match.group(), match.start()
    if char == "\x00":
        what = "a NUL byte (binary file?)"
    else:
        what = f"byte 0x{ord(char) - 0xDC00:02x}, which is not UTF-8"
    yield Hit(line_of(src.text, start), "reject", f"file is not readable text: {what}")


@rule(
    "GEN001-custom-logic-marker",
    "Custom logic is reviewed by a person",
    """A '# custom logic' (or '-- custom logic', '<!-- custom logic -->') marker says that code
    was written by hand or by the LLM rather than a template. Rules cannot judge its intent, so
    the file goes to the review queue.""",
    fix="A reviewer reads the custom logic and approves it (baes review approve ID).",
    kinds=FILE_KINDS,
    languages=ALL_LANGUAGES,
    stage="text",
)
def custom_logic_marker(src: Source) -> Iterator[Hit]:
    # ASCII text without "custom" in any case cannot match; other text may (re's IGNORECASE
    # lets the long s, U+017F, match "s"), so it always gets the regex.
    if src.text.isascii() and "custom" not in src.text.lower():
        return
    for match in _CUSTOM_LOGIC.finditer(src.text):
        line = line_of(src.text, match.start())
        yield Hit(line, "uncertain", "custom logic marker: a reviewer confirms what it does")


@rule(
    "PY002-line-too-long",
    f"Lines are at most {MAX_LINE_LENGTH} characters",
    f"""Generated Python must be ruff-clean with the project's line length of
    {MAX_LINE_LENGTH}; a longer line usually means a template rendered something unexpected
    (a huge literal, a value inlined where a name was meant).""",
    fix=f"Break the line or name the long value as a constant (at most {MAX_LINE_LENGTH} "
    "characters).",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="text",
)
def line_too_long(src: Source) -> Iterator[Hit]:
    for number, line in enumerate(src.lines, start=1):
        if len(line) > MAX_LINE_LENGTH:
            message = f"line is {len(line)} characters; the limit is {MAX_LINE_LENGTH}"
            yield Hit(number, "reject", message)


@rule(
    "PY001-syntax-error",
    "Python parses",
    """A file that does not parse cannot run. The finding carries the parser's own message and
    line; no AST rule runs on such a file.""",
    fix="Correct the syntax at this line; `python -m py_compile FILE` confirms it parses.",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="parse",
)
def syntax_error(src: Source) -> Iterator[Hit]:
    if src.tree is None and src.syntax_error is not None:
        error = src.syntax_error
        yield Hit(error.lineno or 1, "reject", f"syntax error: {error.msg}")


GENERIC_RULES = (
    unreadable_file,
    custom_logic_marker,
    line_too_long,
    syntax_error,
)
