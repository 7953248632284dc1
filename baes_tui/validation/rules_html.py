"""Frontend rules for HTML/Jinja templates: plain forms that post, escaped output, named inputs.

Every rule here only judges HTML/Jinja templates (kind frontend, language html): a .html file
is one wherever it sits.

Tags are matched with a regex that respects quoted attribute values, which is enough for the
templates baes writes (one tag, attributes in quotes, Jinja expressions inside quotes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from baes_tui.validation.rule import Hit, Source, rule
from baes_tui.validation.rules_generic import line_of

_TAG = re.compile(
    r"<(form|input|select|textarea)\b((?:[^>\"'{]|\"[^\"]*\"|'[^']*'|\{\{.*?\}\}|\{%.*?%\}|\{)*)>",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE = re.compile(r"([\w:-]+)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_SAFE_FILTER = re.compile(r"\|\s*safe\b")
_AUTOESCAPE_OFF = re.compile(r"\{%-?\s*autoescape\s+(false|False)\b")
_SQL = re.compile(
    r"\b(select\b.+\bfrom|insert\s+into|delete\s+from|update\s+\w+\s+set|drop\s+table)\b",
    re.IGNORECASE | re.DOTALL,
)
_UNNAMED_INPUT_TYPES = frozenset({"submit", "button", "reset", "image"})
_STRING_LITERAL = re.compile(r"\"[^\"]*\"|'[^']*'")
_ESCAPING_FILTERS = frozenset({"e", "escape", "forceescape", "tojson", "urlencode"})


def _tags(src: Source, names: set[str]) -> Iterator[tuple[int, str, dict[str, str], bool]]:
    """(line, tag, attributes, has_jinja_outside_values) for each matching opening tag."""
    for match in _TAG.finditer(src.text):
        tag = match.group(1).lower()
        if tag not in names:
            continue
        inside = match.group(2)
        bare = re.sub(r"\"[^\"]*\"|'[^']*'", "", inside)
        dynamic = "{{" in bare or "{%" in bare
        attributes = {
            m.group(1).lower(): (m.group(2) or "").strip("\"'")
            for m in _ATTRIBUTE.finditer(_JINJA.sub(" ", inside))
        }
        yield line_of(src.text, match.start()), tag, attributes, dynamic


@rule(
    "FE001-form-method-post",
    "Forms that change data use method=post",
    """A form without a method submits with GET, which puts the data in the URL, the browser
    history and the server logs, and lets a link change data. Forms that create, edit or delete
    say method="post"; a search form says method="get" explicitly. Only judges HTML/Jinja
    templates.""",
    fix='Add method="post" to the form (method="get" for a search form).',
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def form_method_post(src: Source) -> Iterator[Hit]:
    for line, _tag, attributes, dynamic in _tags(src, {"form"}):
        method = attributes.get("method")
        if method is None:
            if dynamic:
                yield Hit(line, "uncertain", "form attributes come from a template expression")
            else:
                yield Hit(line, "reject", "form has no method; it submits with GET")
        elif "{" in method:
            yield Hit(line, "uncertain", "form method is computed by the template")
        elif method.lower() not in {"post", "get", "dialog"}:
            yield Hit(line, "reject", f"method={method} is not an HTML form method; use post")


def _top_level_split(expression: str, separator: str) -> list[str]:
    """Split on `separator` outside quotes and brackets: 'a|b("x|y")|c' -> a, b("x|y"), c."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for index, char in enumerate(expression):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(expression[start:index])
            start = index + 1
    parts.append(expression[start:])
    return [part.strip() for part in parts]


def _safe_on_data(block: str) -> str | None:
    """What |safe is applied to in one Jinja block, or None when it is only a literal."""
    inner = block[2:-2].strip("-+ \n\t")
    if block.startswith("{%"):
        keyword, _, rest = inner.partition(" ")
        inner = rest.partition("=")[2] if keyword == "set" else rest
    base, *filters = _top_level_split(inner, "|")
    names = [f.split("(")[0].strip() for f in filters]
    if "safe" not in names:
        return base or "a value"  # |safe nested inside a call: judge it as data
    escaped_first = any(n in _ESCAPING_FILTERS for n in names[: names.index("safe")])
    if escaped_first or _STRING_LITERAL.fullmatch(base):
        return None
    return base or "a value"


@rule(
    "FE002-autoescape-safe",
    "Template output stays escaped",
    """Jinja escapes every {{ value }}; the |safe filter and {% autoescape false %} switch that
    off, and a user's record then becomes script in every visitor's browser (XSS). |safe on a
    record, a form value or any variable is rejected; |safe on a string literal written in the
    template, or on a value escaped first (|e, |tojson), is approved. Only judges HTML/Jinja
    templates; FE005 judges markup built in Python.""",
    fix="Remove |safe and let Jinja escape the value; write trusted markup in the template.",
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def autoescape_safe(src: Source) -> Iterator[Hit]:
    for match in _JINJA.finditer(src.text):
        block = match.group()
        if _SAFE_FILTER.search(block):
            target = _safe_on_data(block)
            if target is not None:
                line = line_of(src.text, match.start())
                yield Hit(line, "reject", f"|safe on {target} disables escaping of its value")
        elif _AUTOESCAPE_OFF.match(block):
            yield Hit(line_of(src.text, match.start()), "reject", "autoescape is switched off")


@rule(
    "FE003-input-has-name",
    "Every form field has a name",
    """A browser submits only fields that have a name: an <input>, <select> or <textarea>
    without one is silently dropped, and the server answers 422 for a field the user filled in.
    Buttons (submit, button, reset, image) need no name. Only judges HTML/Jinja templates.""",
    fix='Give the field a name="..." that matches the model field it fills.',
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def input_has_name(src: Source) -> Iterator[Hit]:
    for line, tag, attributes, dynamic in _tags(src, {"input", "select", "textarea"}):
        if "name" in attributes:
            continue
        if tag == "input" and attributes.get("type", "text").lower() in _UNNAMED_INPUT_TYPES:
            continue
        if dynamic:
            yield Hit(line, "uncertain", f"<{tag}> attributes come from a template expression")
        else:
            yield Hit(line, "reject", f"<{tag}> has no name; the browser will not submit it")


@rule(
    "FE004-sql-in-template",
    "No SQL in templates",
    """Pages receive records from the route; a template that contains SQL in a Jinja expression
    queries the database from the view layer, outside the parameterised, logged data access.
    Rules cannot judge it, so it goes to review. Only judges HTML/Jinja templates.""",
    fix="Query in the route (through the repository) and pass the records to the template.",
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def sql_in_template(src: Source) -> Iterator[Hit]:
    for match in _JINJA.finditer(src.text):
        if _SQL.search(match.group()):
            yield Hit(line_of(src.text, match.start()), "uncertain", "raw SQL in a template")


HTML_RULES = (form_method_post, autoescape_safe, input_has_name, sql_in_template)
