"""Jinja2 filters for the templates of the generated system.

Type mappings (Python, SQL, HTML input, backfill) live here once, and the `py_*` filters lay
out name-dependent lines the way `ruff format` would, so generated code stays format-stable
as names grow (tested with entity names of ~20 characters and long field names).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from baes_tui.core.errors import BaesError, TemplateRenderError
from baes_tui.core.models import Attribute, AttrType
from baes_tui.core.names import plural, table_name, to_pascal_case, to_snake_case

MAX_LINE_LENGTH = 100


class TemplateSelectionError(BaesError):
    """No template fits a task/feature combination; nothing is picked silently instead."""


# --- filters ----------------------------------------------------------------------------------

_PYTHON_TYPES = {
    AttrType.STR: "str",
    AttrType.INT: "int",
    AttrType.FLOAT: "float",
    AttrType.BOOL: "bool",
    AttrType.DATE: "date",
    AttrType.DATETIME: "datetime",
    AttrType.DECIMAL: "Decimal",
    AttrType.EMAIL: "EmailStr",
}
# The annotation a Create model uses (app/models/__init__.py defines each): what the OpenAPI
# document promises and SQLite can hold, nothing more.
CREATE_TYPES = {
    AttrType.STR: "Text",
    AttrType.INT: "Integer",
    AttrType.FLOAT: "Number",
    AttrType.BOOL: "Flag",
    AttrType.DATE: "IsoDate",
    AttrType.DATETIME: "IsoDateTime",
    AttrType.DECIMAL: "DecimalText",
    AttrType.EMAIL: "Email",
}
_SQL_TYPES = {
    AttrType.STR: "TEXT",
    AttrType.INT: "INTEGER",
    AttrType.FLOAT: "REAL",
    AttrType.BOOL: "INTEGER",
    AttrType.DATE: "TEXT",
    AttrType.DATETIME: "TEXT",
    AttrType.DECIMAL: "TEXT",  # exact: a REAL column would round money
    AttrType.EMAIL: "TEXT",
}
_INPUT_TYPES = {
    AttrType.STR: "text",
    AttrType.INT: "number",
    AttrType.FLOAT: "number",
    AttrType.BOOL: "checkbox",
    AttrType.DATE: "date",
    AttrType.DATETIME: "datetime-local",
    AttrType.DECIMAL: "number",
    AttrType.EMAIL: "email",
}
# Values a required column gets in rows that existed before it was added (README documents it).
BACKFILL_SQL = {
    AttrType.STR: "''",
    AttrType.INT: "0",
    AttrType.FLOAT: "0.0",
    AttrType.BOOL: "0",
    AttrType.DATE: "'1970-01-01'",
    AttrType.DATETIME: "'1970-01-01T00:00:00'",
    AttrType.DECIMAL: "'0'",
    AttrType.EMAIL: "''",
}


def attr_type(value: Attribute | AttrType | str) -> AttrType:
    raw = value.type if isinstance(value, Attribute) else value
    try:
        return AttrType(raw)
    except ValueError:
        raise TemplateSelectionError(f"no template supports attribute type {raw!r}") from None


def python_type(value: Attribute | AttrType | str) -> str:
    """The annotation a Create model uses; an optional Attribute becomes `X | None`."""
    base = _PYTHON_TYPES[attr_type(value)]
    if isinstance(value, Attribute) and not value.required:
        return f"{base} | None"
    return base


def create_type(value: Attribute | AttrType | str) -> str:
    """The bounded annotation of a Create model field (without `| None`)."""
    return CREATE_TYPES[attr_type(value)]


def read_type(value: Attribute | AttrType | str) -> str:
    """The annotation a Read model uses: lenient, so backfilled rows always stay readable."""
    kind = attr_type(value)
    base = "str" if kind is AttrType.EMAIL else _PYTHON_TYPES[kind]
    if isinstance(value, Attribute) and not value.required:
        return f"{base} | None"
    return base


def sql_type(value: Attribute | AttrType | str) -> str:
    return _SQL_TYPES[attr_type(value)]


def input_type(value: Attribute | AttrType | str) -> str:
    """The HTML <input type> for a field."""
    return _INPUT_TYPES[attr_type(value)]


def backfill(value: Attribute | AttrType | str) -> str:
    return BACKFILL_SQL[attr_type(value)]


def py_literal(value: Any) -> str:
    """A Python literal as ruff format writes it (double quotes unless that needs escapes)."""
    if isinstance(value, str):
        if '"' in value or "\\" in value:
            return repr(value)
        return f'"{value}"'
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # ruff format writes 1e308, not 1e+308
    if isinstance(value, bool | int | Decimal) or value is None:
        return repr(value)
    raise TemplateRenderError(f"py_literal cannot write a {type(value).__name__}")


def py_list(values: list[Any] | tuple[Any, ...]) -> str:
    """A list literal one item a line (a magic trailing comma keeps ruff from joining it)."""
    if not values:
        return "[]"
    return "[\n" + "".join(f"    {py_literal(value)},\n" for value in values) + "]"


def py_string(value: str, used: int) -> str:
    """A string literal for a line that already holds `used` characters, laid out as ruff
    format would: inline if it fits, else alone in parentheses, else split at spaces into an
    implicit concatenation (which ruff keeps, since joined it would not fit)."""
    single = py_literal(value)
    if used + len(single) <= MAX_LINE_LENGTH:
        return single
    if len(single) + 4 <= MAX_LINE_LENGTH:
        return f"(\n    {single}\n)"
    width = MAX_LINE_LENGTH - 4 - 2
    parts: list[str] = []
    current = ""
    for word in value.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) + 1 > width and current:
            parts.append(current + " ")
            current = word
        else:
            current = candidate
    parts.append(current)
    body = "\n".join(f"    {py_literal(part)}" for part in parts)
    return f"(\n{body}\n)"


def py_import(module: str, names: list[str] | tuple[str, ...]) -> str:
    """`from module import a, b` on one line if it fits, else one name per line."""
    single = f"from {module} import {', '.join(names)}"
    if len(single) <= MAX_LINE_LENGTH:
        return single
    body = "".join(f"    {name},\n" for name in names)
    return f"from {module} import (\n{body})"


def py_def(name: str, params: list[str] | tuple[str, ...], returns: str, prefix: str = "") -> str:
    """A `def` line as ruff format writes it: one line if it fits, else one parameter a line."""
    single = f"{prefix}def {name}({', '.join(params)}) -> {returns}:"
    if len(single) <= MAX_LINE_LENGTH:
        return single
    body = "".join(f"    {param},\n" for param in params)
    return f"{prefix}def {name}(\n{body}) -> {returns}:"


def prefix_with(value: str, prefix: str) -> str:
    """`id` -> `students.id`: qualify a column for a join."""
    return f"{prefix}{value}"


def suffix_with(value: str, suffix: str) -> str:
    """`student` -> `student_payload`: derive a helper's name."""
    return f"{value}{suffix}"


def label(name: str) -> str:
    """`first_name` -> `First name`: how a field is named to a person."""
    words = to_snake_case(name).split("_")
    text = " ".join(words)
    return text[:1].upper() + text[1:]


FILTERS = {
    "snake_case": to_snake_case,
    "pascal_case": to_pascal_case,
    "plural": plural,
    "table_name": table_name,
    "python_type": python_type,
    "create_type": create_type,
    "read_type": read_type,
    "sql_type": sql_type,
    "input_type": input_type,
    "backfill": backfill,
    "py": py_literal,
    "py_string": py_string,
    "py_list": py_list,
    "py_import": py_import,
    "py_def": py_def,
    "prefix_with": prefix_with,
    "suffix_with": suffix_with,
    "label": label,
}
