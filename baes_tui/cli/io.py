"""What every subcommand shares: exit codes, reading a request, writing data and messages.

Data goes to stdout (JSON with `--json`), progress and messages to stderr (docs/cli.md).
Warnings from the core (a degraded cache, WordNet missing) reach stderr through the logging
route that `cli.main` installs (core/log.py), once each; subcommands do not repeat them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from baes_tui.core.errors import BaesError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
MAX_REQUEST_FILE_BYTES = 1_000_000


class CliError(BaesError):
    """Bad command-line input (exit 2)."""


def read_request(value: str) -> str:
    """`-` reads stdin, `@file` reads a file; anything else is the request itself.

    Bytes that are not UTF-8 (in a file, on stdin, or in an argument, where Python keeps them
    as surrogates) become U+FFFD: a request is text, and every face must be able to print it.
    """
    if value == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text-only stdin (tests, embedding)
            text = sys.stdin.read(MAX_REQUEST_FILE_BYTES + 1)
        else:
            raw = stream.read(MAX_REQUEST_FILE_BYTES + 1)
            text = raw.decode("utf-8", errors="replace")
    elif value.startswith("@") and len(value) > 1:
        path = Path(value[1:]).expanduser()
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_REQUEST_FILE_BYTES + 1)
        except OSError as exc:
            raise CliError(f"cannot read request file {path}: {exc.strerror or exc}") from exc
        text = raw.decode("utf-8", errors="replace")
    else:
        return valid_text(value)
    text = valid_text(text)
    if len(text) > MAX_REQUEST_FILE_BYTES:
        raise CliError(f"request is larger than {MAX_REQUEST_FILE_BYTES:,} bytes")
    return text


def valid_text(text: str) -> str:
    """Text every face can print and SQLite can store: lone surrogates become U+FFFD."""
    try:  # an argument's undecodable bytes (surrogateescape) become one U+FFFD each
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # any other lone surrogate
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str))


def say(message: str) -> None:
    print(message, file=sys.stderr)


def plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, width: int = 0) -> str:
    """Rows under headers in aligned columns, for people (numbers right-aligned). On a
    terminal, a line longer than `width` (0: the terminal's width) is cut with "…" so each row
    stays one line; piped output is never cut."""
    cells = [["-" if cell is None else str(cell) for cell in row] for row in rows]
    numeric = [
        any(_is_number(row[i]) for row in cells)
        and all(_is_number(row[i]) for row in cells if row[i] not in ("", "-"))
        for i in range(len(headers))
    ]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    room = width or (shutil.get_terminal_size().columns if sys.stdout.isatty() else 0)
    lines = []
    for row in [list(headers), *cells]:
        parts = [
            cell.rjust(widths[i]) if numeric[i] else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        line = "  ".join(parts).rstrip()
        if room and len(line) > room:
            line = line[: room - 1] + "…"
        lines.append(line)
    return "\n".join(lines)


_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?( ?(%|ms|s|MB))?$")


def _is_number(text: str) -> bool:
    """A count, a percentage or a duration: right-aligned (an empty cell or "-" does not
    count)."""
    return bool(_NUMBER.match(text))
