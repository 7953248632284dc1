"""What every subcommand shares: exit codes, reading a request, writing data and messages.

Data goes to stdout (JSON with `--json`), progress and messages to stderr (architecture.md).
Warnings from the core (a degraded cache, WordNet missing) reach stderr through the logging
route that `cli.main` installs (core/log.py), once each; subcommands do not repeat them.
"""

from __future__ import annotations

import json
import re
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


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain-text table with a header row; columns of numbers (counts, rates) are
    right-aligned, text left-aligned."""
    cells = [list(map(str, headers))] + [["-" if v is None else str(v) for v in r] for r in rows]
    columns = range(len(headers))
    widths = [max(len(row[i]) for row in cells) for i in columns]
    right = [len(cells) > 1 and all(_NUMBER.match(row[i]) for row in cells[1:]) for i in columns]

    def line(row: list[str]) -> str:
        parts = [
            c.rjust(w) if r else c.ljust(w) for c, w, r in zip(row, widths, right, strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


_NUMBER = re.compile(r"^(-|-?[\d,]+(\.\d+)?%?)$")
