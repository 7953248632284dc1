"""Migration rules: .sql files that must apply cleanly and never lose rows silently.

They only judge SQL (a .sql file, or a file whose content starts like one), wherever it sits.

SQL is split into statements by a small lexer that drops comments and blanks out string
literals (so a ';' or 'DROP TABLE' inside a string or comment is never mistaken for code) while
keeping line numbers; double-quoted identifiers are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from baes_tui.validation.rule import Hit, Source, rule

_TOKEN = re.compile(
    r"--[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^']|'')*(?:'|\Z)|\"(?:[^\"]|\"\")*(?:\"|\Z)|;|\n|[^;'\"\-/\n]+|.",
    re.DOTALL,
)
_IDENT = r"[\"`\[]?(\w+)[\"`\]]?"
_CREATE_TABLE = re.compile(
    rf"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_IDENT}\s*(\(|AS\b)",
    re.IGNORECASE,
)
_TRIGGER = re.compile(r"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\b", re.IGNORECASE)
_DROP_TABLE = re.compile(rf"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?{_IDENT}", re.IGNORECASE)
_STATEMENT_START = re.compile(
    r"^[ \t]*(CREATE|DROP|ALTER|INSERT|PRAGMA|BEGIN|COMMIT)\b", re.IGNORECASE | re.MULTILINE
)
_TABLE_PRIMARY_KEY = re.compile(r"^\s*(?:CONSTRAINT\s+\w+\s+)?PRIMARY\s+KEY\b", re.IGNORECASE)
_INTEGER_COLUMN = re.compile(rf"^\s*{_IDENT}\s+INTEGER\b", re.IGNORECASE)
_COLUMN_PRIMARY_KEY = re.compile(r"\bPRIMARY\s+KEY\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Statement:
    """One SQL statement without comments (strings blanked), with the lines it spans."""

    code: str
    line: int
    last_line: int
    terminated: bool


def split_statements(text: str) -> tuple[Statement, ...]:
    """Statements in order; a trigger body's inner ';' does not end the trigger."""
    return _split_cached(text)


@lru_cache(maxsize=32)  # the three SQL rules share one split per file
def _split_cached(text: str) -> tuple[Statement, ...]:
    statements: list[Statement] = []
    parts: list[str] = []
    line = 1
    first = last = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.startswith("--") or token.startswith("/*"):
            line += token.count("\n")
            continue
        if token == ";":
            code = "".join(parts)
            if _TRIGGER.match(code) and not code.rstrip().upper().endswith("END"):
                parts.append(token)
                continue
            if code.strip():
                statements.append(Statement(code, first, line, True))
            parts, first = [], 0
            continue
        if token[0] == "'":  # a string literal; "quoted" tokens are identifiers and stay
            parts.append("''" + "\n" * token.count("\n"))
        else:
            parts.append(token)
        if token.strip() and not first:
            first = line
        if token.strip():
            last = line + token.rstrip().count("\n")
        line += token.count("\n")
    code = "".join(parts)
    if code.strip():
        statements.append(Statement(code, first, last, False))
    return tuple(statements)


@rule(
    "SQL001-primary-key",
    "Every table has an INTEGER PRIMARY KEY",
    """Entity tables are addressed by an integer id (/api/students/{id}); in SQLite an INTEGER
    PRIMARY KEY column is the rowid itself. A CREATE TABLE with no primary key is rejected; a
    composite PRIMARY KEY (...) constraint (junction tables) is approved; a non-integer key or a
    CREATE TABLE ... AS SELECT is uncertain. Only judges SQL files.""",
    fix="Give the table an id INTEGER PRIMARY KEY column (first, by convention).",
    kinds=("database",),
    languages=("sql",),
    stage="text",
)
def primary_key(src: Source) -> Iterator[Hit]:
    for statement in split_statements(src.text):
        match = _CREATE_TABLE.match(statement.code)
        if match is None:
            continue
        table = match.group(1)
        if match.group(2).upper() == "AS":
            yield Hit(statement.line, "uncertain", f"table {table} is created from a query")
            continue
        body = statement.code[match.end() : statement.code.rfind(")")]
        keyed = [d for d in _top_level_split(body) if _COLUMN_PRIMARY_KEY.search(d)]
        if not keyed:
            yield Hit(statement.line, "reject", f"table {table} has no INTEGER PRIMARY KEY")
        elif not any(_TABLE_PRIMARY_KEY.match(d) or _INTEGER_COLUMN.match(d) for d in keyed):
            message = f"table {table} has a primary key that is not INTEGER"
            yield Hit(statement.line, "uncertain", message)


def _top_level_split(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in body:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


@rule(
    "SQL002-drop-without-copy",
    "A dropped table's rows were copied first",
    """Evolution must keep data (docs/managed-system.md): a rebuild creates the new table,
    copies rows with INSERT ... SELECT ... FROM the old one, then drops it. A DROP TABLE with no
    earlier copy from that table in the same migration loses rows; it may be an intended entity
    removal, so it is uncertain and goes to review. Only judges SQL files.""",
    fix="Copy the rows first (INSERT INTO new SELECT ... FROM old), or confirm the removal.",
    kinds=("database",),
    languages=("sql",),
    stage="text",
)
def drop_without_copy(src: Source) -> Iterator[Hit]:
    copied: set[str] = set()
    for statement in split_statements(src.text):
        code = statement.code
        head = code.lstrip()[:6].upper()
        if head == "INSERT" and re.search(r"\bSELECT\b", code, re.IGNORECASE):
            copied.update(m.lower() for m in re.findall(rf"\bFROM\s+{_IDENT}", code, re.I))
        match = _DROP_TABLE.match(code)
        if match and match.group(1).lower() not in copied:
            message = f"DROP TABLE {match.group(1)} without copying its rows first"
            yield Hit(statement.line, "uncertain", message)


@rule(
    "SQL003-statement-terminated",
    "Every statement ends with ';'",
    """The migration runner executes whole files; a statement without its ';' either fails
    or glues onto the next one. The finding points at the last line of the unterminated
    statement. Only judges SQL files.""",
    fix="End the statement with ';'.",
    kinds=("database",),
    languages=("sql",),
    stage="text",
)
def statement_terminated(src: Source) -> Iterator[Hit]:
    for statement in split_statements(src.text):
        code = statement.code
        start = len(code) - len(code.lstrip())
        glued = [m for m in _STATEMENT_START.finditer(code) if m.start(1) > start]
        if glued and not _TRIGGER.match(code):
            end = len(code[: glued[0].start()].rstrip())
            line = statement.line + code.count("\n", start, end)
            yield Hit(line, "reject", "statement does not end with ';'")
        elif not statement.terminated:
            yield Hit(statement.last_line, "reject", "last statement does not end with ';'")


SQL_RULES = (primary_key, drop_without_copy, statement_terminated)
