"""Key/value entries of a configuration file, read line by line with their line numbers.

One reader for .env, .ini/.cfg/.conf, .toml, .properties, YAML and JSON: every format keeps a
setting as `key = value`, `key: value` or `"key": "value"` on one line, which is all the rules
need (a secret or a switched-off check is one setting). Nested keys keep only their own name
(`database.password` and `password:` under `database:` both read as `password`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baes_tui.validation.rule import Source

_ENTRY = re.compile(
    r"""^\s*(?:export\s+|-\s+)?
    (?P<key>"[^"]+"|'[^']+'|[A-Za-z_$][\w.$-]*)
    \s*(?P<sep>=|:)\s*
    (?P<value>.*?)\s*$""",
    re.VERBOSE,
)
_JSON_PAIR = re.compile(r'"((?:[^"\\\n]|\\.)+)"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
_COMMENT_PREFIXES = ("#", ";", "//")


@dataclass(frozen=True, slots=True)
class Entry:
    """One setting: its line, its own key name, its value without quotes, and whether quoted."""

    line: int
    key: str
    value: str
    quoted: bool


def entries(src: Source) -> tuple[Entry, ...]:
    """Every one-line setting of a config file (section headers and comments skipped)."""
    if src.path.lower().endswith(".json"):
        return src.memo("config-entries", lambda: _read_json(src.text))
    return src.memo("config-entries", lambda: _read(src.lines))


def _read_json(text: str) -> tuple[Entry, ...]:
    """String-valued members anywhere in a JSON document, minified or not."""
    return tuple(
        Entry(text.count("\n", 0, m.start()) + 1, m.group(1).split(".")[-1], m.group(2), True)
        for m in _JSON_PAIR.finditer(text)
    )


def _read(lines: list[str]) -> tuple[Entry, ...]:
    found: list[Entry] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(_COMMENT_PREFIXES) or stripped.startswith("["):
            continue
        match = _ENTRY.match(line)
        if match is None:
            continue
        key = match.group("key").strip("\"'").split(".")[-1]
        value, quoted = _unquote(match.group("value"))
        found.append(Entry(number, key, value, quoted))
    return tuple(found)


def _unquote(raw: str) -> tuple[str, bool]:
    value = raw.rstrip(",").strip()
    for quote in ('"', "'"):
        if value.startswith(quote):
            end = value.find(quote, 1)
            return (value[1:end] if end > 0 else value[1:]), True
    # An unquoted value ends at an inline comment (" #"), as in .env, TOML, YAML and INI.
    comment = re.search(r"\s[#;]", value)
    if comment:
        value = value[: comment.start()]
    return value.strip(), False
