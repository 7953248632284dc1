"""FE005: markup built in Python stays escaped, and input never becomes a template.

The Python side of FE002: Markup(value) is |safe by another name, an HTMLResponse formatted
from a request parameter writes the user's text into the page unescaped, a Jinja environment
without autoescape escapes nothing, and a template compiled from input runs the user's Jinja
on the server (template injection).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.rule import Hit, Source, rule
from baes_tui.validation.taint import TAINTED, TRUSTED, UNKNOWN, analysis

# What escapes a value for HTML; its result is trusted in markup.
HTML_ESCAPERS = {name: TRUSTED for name in ("escape", "escape_silent", "quote", "urlencode")}
_MARKUP = frozenset({"markupsafe.Markup", "jinja2.Markup", "flask.Markup", "Markup"})
_HTML_RESPONSES = frozenset(
    {
        "fastapi.responses.HTMLResponse",
        "starlette.responses.HTMLResponse",
        "fastapi.HTMLResponse",
        "HTMLResponse",
    }
)
_TEMPLATE_SOURCES = frozenset(
    {"jinja2.Template", "flask.render_template_string", "render_template_string"}
)
_ENVIRONMENTS = frozenset({"jinja2.Environment", "jinja2.environment.Environment"})
_STARLETTE_TEMPLATES = frozenset(
    {"fastapi.templating.Jinja2Templates", "starlette.templating.Jinja2Templates"}
)


def _argument(call: ast.Call, keyword: str) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((kw.value for kw in call.keywords if kw.arg == keyword), None)


def _autoescape(call: ast.Call) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == "autoescape"), None)


def _markup_hit(src: Source, call: ast.Call, name: str) -> Hit | None:
    if name in _MARKUP or name in _HTML_RESPONSES:
        argument = _argument(call, "content" if name in _HTML_RESPONSES else "base")
        if argument is None:
            return None
        trust = analysis(src, HTML_ESCAPERS).trust(argument, src.enclosing_function(call))
        short = name.rsplit(".", 1)[-1]
        if trust.level == TAINTED:
            message = f"{short}() puts {trust.reason} into the page unescaped"
            return Hit(call.lineno, "reject", message)
        if trust.level == UNKNOWN and (name in _MARKUP or trust.formatted):
            message = f"{short}() of markup that cannot be traced ({trust.reason})"
            return Hit(call.lineno, "uncertain", message)
        return None
    if name in _TEMPLATE_SOURCES or (
        isinstance(call.func, ast.Attribute) and call.func.attr == "from_string"
    ):
        argument = _argument(call, "source")
        if argument is None:
            return None
        trust = analysis(src, {}).trust(argument, src.enclosing_function(call))
        if trust.level == TAINTED:
            message = f"a template compiled from {trust.reason}: input runs as Jinja"
            return Hit(call.lineno, "reject", message)
        return None
    if name in _ENVIRONMENTS:
        flag = _autoescape(call)
        if flag is None or (isinstance(flag, ast.Constant) and not flag.value):
            message = "a Jinja Environment without autoescape escapes nothing"
            return Hit(call.lineno, "uncertain", message)
    if name in _STARLETTE_TEMPLATES:
        flag = _autoescape(call)
        if isinstance(flag, ast.Constant) and not flag.value:
            return Hit(call.lineno, "reject", "Jinja2Templates(autoescape=False) escapes nothing")
    return None


@rule(
    "FE005-unescaped-markup",
    "Markup built in Python is escaped",
    """Markup(value) and HTMLResponse(content) send their text to the browser as HTML. Built
    from a function parameter or request data (without html.escape / markupsafe.escape) they
    put the user's text into the page as markup (XSS): rejected, as are Jinja2Templates with
    autoescape=False and a template compiled from input (jinja2.Template(text),
    env.from_string(text): template injection). Markup of untraceable values and a Jinja
    Environment without autoescape (fine for text, XSS for HTML) are uncertain. Literal markup
    and escaped values are approved. Judges every Python file.""",
    fix="Render a template (autoescaped) or escape each value first: html.escape(name).",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def unescaped_markup(src: Source) -> Iterator[Hit]:
    for call in src.nodes(ast.Call):
        hit = _markup_hit(src, call, src.qualified_name(call.func))
        if hit is not None:
            yield hit


MARKUP_RULES = (unescaped_markup,)
