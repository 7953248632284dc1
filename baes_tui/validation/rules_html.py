"""Frontend rules for HTML/Jinja templates: plain forms that post, escaped output, named inputs.

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
    say method="post"; a search form says method="get" explicitly.""",
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


@rule(
    "FE002-autoescape-safe",
    "Template output stays escaped",
    """Jinja escapes every {{ value }}; the |safe filter and {% autoescape false %} switch that
    off, and a user's record then becomes script in every visitor's browser (XSS). Generated
    pages never need them.""",
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def autoescape_safe(src: Source) -> Iterator[Hit]:
    for match in _JINJA.finditer(src.text):
        block = match.group()
        if _SAFE_FILTER.search(block):
            yield Hit(line_of(src.text, match.start()), "reject", "|safe disables escaping")
        elif _AUTOESCAPE_OFF.match(block):
            yield Hit(line_of(src.text, match.start()), "reject", "autoescape is switched off")


@rule(
    "FE003-input-has-name",
    "Every form field has a name",
    """A browser submits only fields that have a name: an <input>, <select> or <textarea>
    without one is silently dropped, and the server answers 422 for a field the user filled in.
    Buttons (submit, button, reset, image) need no name.""",
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
    Rules cannot judge it, so it goes to review.""",
    kinds=("frontend",),
    languages=("html",),
    stage="text",
)
def sql_in_template(src: Source) -> Iterator[Hit]:
    for match in _JINJA.finditer(src.text):
        if _SQL.search(match.group()):
            yield Hit(line_of(src.text, match.start()), "uncertain", "raw SQL in a template")


HTML_RULES = (form_method_post, autoescape_safe, input_has_name, sql_in_template)
