"""Rules every file gets: readable text, parseable Python, line length, uncertainty triggers.

Text rules are plain regex or line scans and run first; they are the only rules a file of kind
`other` gets, besides the Python syntax check.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.rule import Hit, Source, dotted_name, rule

MAX_LINE_LENGTH = 100
ALL_LANGUAGES = ("python", "sql", "html", "text")

_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_CUSTOM_LOGIC = re.compile(r"(?:#|--|<!--|\{#)\s*custom[ _-]?logic\b", re.IGNORECASE)
_DYNAMIC_CODE = frozenset({"eval", "exec", "compile", "__import__", "importlib.import_module"})
_PROCESS_MODULES = frozenset({"subprocess", "pty", "multiprocessing"})
_PROCESS_CALLS = re.compile(
    r"^(os\.(system|popen|exec\w*|spawn\w*|fork\w*)|asyncio\.create_subprocess_\w+)$"
)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


@rule(
    "IO001-unreadable-file",
    "File is readable UTF-8 text",
    """Generated files are UTF-8 text. A file with NUL bytes or bytes that are not UTF-8 is
    binary or corrupt; no other rule can judge it, so it is rejected outright.""",
    kinds=FILE_KINDS,
    languages=ALL_LANGUAGES,
    stage="text",
)
def unreadable_file(src: Source) -> Iterator[Hit]:
    match = _NOT_TEXT.search(src.text)
    if match is None:
        return
    char = match.group()
    if char == "\x00":
        what = "a NUL byte (binary file?)"
    else:
        what = f"byte 0x{ord(char) - 0xDC00:02x}, which is not UTF-8"
    yield Hit(line_of(src.text, match.start()), "reject", f"file is not readable text: {what}")


@rule(
    "GEN001-custom-logic-marker",
    "Custom logic is reviewed by a person",
    """A '# custom logic' (or '-- custom logic', '<!-- custom logic -->') marker says that code
    was written by hand or by the LLM rather than a template. Rules cannot judge its intent, so
    the file goes to the review queue.""",
    kinds=FILE_KINDS,
    languages=ALL_LANGUAGES,
    stage="text",
)
def custom_logic_marker(src: Source) -> Iterator[Hit]:
    for match in _CUSTOM_LOGIC.finditer(src.text):
        line = line_of(src.text, match.start())
        yield Hit(line, "uncertain", "custom logic marker: a reviewer confirms what it does")


@rule(
    "PY002-line-too-long",
    f"Lines are at most {MAX_LINE_LENGTH} characters",
    f"""Generated Python must be ruff-clean with the project's line length of
    {MAX_LINE_LENGTH}; a longer line usually means a template rendered something unexpected
    (a huge literal, a value inlined where a name was meant).""",
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
    kinds=FILE_KINDS,
    languages=("python",),
    stage="parse",
)
def syntax_error(src: Source) -> Iterator[Hit]:
    if src.tree is None and src.syntax_error is not None:
        error = src.syntax_error
        yield Hit(error.lineno or 1, "reject", f"syntax error: {error.msg}")


@rule(
    "PY003-dynamic-code",
    "No eval, exec or dynamic imports",
    """eval(), exec(), compile() and dynamic imports run code chosen at run time. Templates never
    produce them, so their presence means custom code whose input a reviewer must check.""",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def dynamic_code(src: Source) -> Iterator[Hit]:
    for call in src.nodes(ast.Call):
        name = dotted_name(call.func)
        if name in _DYNAMIC_CODE:
            yield Hit(call.lineno, "uncertain", f"{name}() runs code chosen at run time")


@rule(
    "PY004-subprocess",
    "No child processes",
    """A generated web app has no reason to start processes. subprocess, os.system and friends
    are legitimate in custom code only after a reviewer has looked at the command line.""",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def subprocess_use(src: Source) -> Iterator[Hit]:
    for node in src.nodes(ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] in _PROCESS_MODULES:
                yield Hit(node.lineno, "uncertain", f"imports {alias.name}: starts processes")
    for node in src.nodes(ast.ImportFrom):
        if (node.module or "").split(".")[0] in _PROCESS_MODULES:
            yield Hit(node.lineno, "uncertain", f"imports from {node.module}: starts processes")
    for call in src.nodes(ast.Call):
        name = dotted_name(call.func)
        if _PROCESS_CALLS.match(name):
            yield Hit(call.lineno, "uncertain", f"{name}() starts a process")


GENERIC_RULES = (
    unreadable_file,
    custom_logic_marker,
    line_too_long,
    syntax_error,
    dynamic_code,
    subprocess_use,
)
