"""Write one setting back into the config file, keeping everything else a person wrote.

The TUI remembers choices made on screen (the theme) in the same file the settings are read
from (`Settings.config_file`, else `config.toml` in the user config dir), so the file stays the
one place to look. Only the one `key = value` line is replaced or added; comments, order and
other values stay as they were, and the result is parsed again before it is written.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from baes_tui.core.config import ConfigError, Settings, default_config_dir

_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\"-]+)\s*\]\s*(#.*)?$")


def config_path(settings: Settings) -> Path:
    """The file settings are read from, or where a new one is read from next time."""
    return settings.config_file or default_config_dir() / "config.toml"


def _line_for(key: str, value: str) -> str:
    return f"{key} = {json.dumps(value, ensure_ascii=False)}"  # a JSON string is a TOML string


def set_string(path: Path, table: str, key: str, value: str) -> None:
    """Set `[table] key = "value"` in the TOML file at `path` (created if missing).

    A `key` already set at the top level of the file (the loader accepts both places) is
    replaced there. Raises ConfigError when the existing file is not valid TOML: a file a
    person broke is left for them to fix, never overwritten.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}); {key} was not saved") from exc
    updated = _with_value(text, table, key, value)
    try:
        parsed = tomllib.loads(updated)
    except tomllib.TOMLDecodeError:
        parsed = {}
    section = parsed.get(table)
    stored = section.get(key) if isinstance(section, dict) and key in section else parsed.get(key)
    if stored != value:
        raise ConfigError(f"{path}: could not set {table}.{key} without changing other values")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(updated, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _with_value(text: str, table: str, key: str, value: str) -> str:
    lines = text.splitlines()
    assignment = re.compile(rf"^\s*{re.escape(key)}\s*=")
    current: str | None = None  # the table a line belongs to (None: top level)
    table_start: int | None = None
    for index, line in enumerate(lines):
        if match := _TABLE.match(line):
            current = match.group(1).strip('"')
            if current == table:
                table_start = index
            continue
        if assignment.match(line) and current in (None, table):
            lines[index] = _line_for(key, value)
            return "\n".join(lines) + "\n"
    if table_start is not None:
        lines.insert(table_start + 1, _line_for(key, value))
        return "\n".join(lines) + "\n"
    body = "\n".join(lines).rstrip("\n")
    prefix = f"{body}\n\n" if body else ""
    return f"{prefix}[{table}]\n{_line_for(key, value)}\n"
