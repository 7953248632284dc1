"""BE006: SQL must not be built by string formatting from values a user can choose.

Two places are judged, with the trust analysis of taint.py:
- every execute()/executemany()/executescript() call: its SQL (followed through local and
  module-level names) must be literal, or formatted only from trusted parts;
- every string that looks like SQL and is formatted — f-string, %, .format() or + — where the
  SQL leaves the function without reaching an execute() here: it is returned, handed to another
  call (pandas.read_sql, sqlalchemy.text, a helper) or stored for later. Whoever runs it runs
  the injection, so the place it was built is the place to fix.
SQL that is not formatted where we can see it (a plain name, a read_text() of a migration file)
is not this rule's business.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.rule import Hit, Source, rule, walk
from baes_tui.validation.taint import TAINTED, TRUSTED, UNKNOWN, Trust, analysis

EXECUTE_METHODS = frozenset({"execute", "executemany", "executescript"})
# Helpers that quote or check identifiers. Their output is plausible but not provable from here.
IDENTIFIER_HELPERS = {
    name: UNKNOWN
    for name in (
        "quote_identifier",
        "quote_ident",
        "safe_identifier",
        "validate_identifier",
        "identifier",
    )
}
# SQL keywords in one case, as code writes them; "Select a course from the list" is prose.
_SQL_UPPER = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE\s+\w+\s*(=|<|>|LIKE|IN\b)"
    r"|ORDER\s+BY|VALUES\s*\(|(CREATE|DROP|ALTER)\s+TABLE)\b",
    re.DOTALL,
)
_SQL_LOWER = re.compile(
    r"^\s*(select\b.*\bfrom|insert\s+into|update\s+\w+\s+set|delete\s+from)\b", re.DOTALL
)
_NOT_SINKS = re.compile(
    r"^(print|(\w+\.)*(log|logger|logging|_log|_logger)\.\w+|\w+Error|\w+Exception)$"
)


def _looks_like_sql(text: str) -> bool:
    return bool(_SQL_UPPER.search(text) or _SQL_LOWER.search(text))


def _literal_parts(node: ast.expr) -> list[str] | None:
    """The literal text of a formatting expression, or None if `node` formats nothing."""
    if isinstance(node, ast.JoinedStr):
        if not any(isinstance(part, ast.FormattedValue) for part in node.values):
            return None
        return [p.value for p in node.values if isinstance(p, ast.Constant)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        left = node.left
        return (
            [left.value] if isinstance(left, ast.Constant) and isinstance(left.value, str) else None
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts: list[str] = []
        stack: list[ast.expr] = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, ast.BinOp) and isinstance(current.op, ast.Add):
                stack.extend((current.right, current.left))
            elif isinstance(current, ast.Constant) and isinstance(current.value, str):
                parts.append(current.value)
            elif isinstance(current, ast.JoinedStr):
                parts.extend(p.value for p in current.values if isinstance(p, ast.Constant))
        return parts or None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return [node.func.value.value]
    return None


def _is_execute(call: ast.AST) -> bool:
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in EXECUTE_METHODS
        and bool(call.args)
    )


_PASS_ALONG = (
    ast.BinOp,
    ast.JoinedStr,
    ast.FormattedValue,
    ast.IfExp,
    ast.Tuple,
    ast.List,
    ast.keyword,
    ast.Starred,
)


def _escape(src: Source, node: ast.expr) -> str | None:
    """Where formatted SQL goes when no execute() here runs it; None if execute() reports it."""
    child: ast.AST = node
    parent = src.parent(node)
    while parent is not None:
        if isinstance(parent, ast.Call):
            if _is_execute(parent) and child is parent.args[0]:
                return None
            func = parent.func
            if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
                child, parent = parent, src.parent(parent)
                continue
            name = src.qualified_name(func)
            if _NOT_SINKS.match(name):
                return None
            return f"handed to {name or 'a call'}()"
        if isinstance(parent, _PASS_ALONG):
            child, parent = parent, src.parent(parent)
            continue
        if isinstance(parent, ast.Return):
            return "returned"
        if isinstance(parent, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            scope = src.enclosing_function(parent)
            if names and _executed(src, names, scope):
                return None
            return "stored for later" if names else "stored in an attribute or item"
        return None
    return None


def _executed(src: Source, names: set[str], scope: ast.AST | None) -> bool:
    """Whether an execute() in the same scope takes one of these names into its SQL."""
    for call in src.nodes(ast.Call):
        if not _is_execute(call) or src.enclosing_function(call) is not scope:
            continue
        if any(isinstance(n, ast.Name) and n.id in names for n in walk(call.args[0])):
            return True
    return False


def _outermost(src: Source, node: ast.expr) -> bool:
    parent = src.parent(node)
    return not (
        isinstance(parent, ast.BinOp | ast.JoinedStr | ast.FormattedValue)
        or (isinstance(parent, ast.Attribute) and parent.attr == "format")
    )


def _execute_hits(src: Source) -> Iterator[Hit]:
    found = analysis(src, IDENTIFIER_HELPERS)
    for call in src.nodes(ast.Call):
        if not _is_execute(call):
            continue
        result = found.trust(call.args[0], src.enclosing_function(call))
        if not result.formatted or result.level == TRUSTED:
            continue
        if result.level == TAINTED:
            message = f"SQL built by string formatting from {result.reason}"
            yield Hit(call.lineno, "reject", message)
        else:
            message = f"SQL built by string formatting: {result.reason}; confirm it is trusted"
            yield Hit(call.lineno, "uncertain", message)


def _build_site_hits(src: Source) -> Iterator[Hit]:
    found = analysis(src, IDENTIFIER_HELPERS)
    # Formatted SQL first (cheap), then in source order: the same nodes in the same order as
    # sorting every candidate first.
    candidates: list[tuple[ast.expr, list[str]]] = []
    for node in [*src.nodes(ast.JoinedStr), *src.nodes(ast.BinOp), *src.nodes(ast.Call)]:
        parts = _literal_parts(node)
        if parts is not None and _looks_like_sql("".join(parts)):
            candidates.append((node, parts))
    candidates.sort(key=lambda found: (found[0].lineno, found[0].col_offset))
    for node, _ in candidates:
        if not _outermost(src, node):
            continue
        where = _escape(src, node)
        if where is None:
            continue
        result: Trust = found.trust(node, src.enclosing_function(node))
        if result.level == TAINTED:
            message = (
                f"SQL built by string formatting from {result.reason} and {where}; "
                "whoever runs it runs the injection"
            )
            yield Hit(node.lineno, "reject", message)


@rule(
    "BE006-sql-string-formatting",
    "SQL is parameterised, never formatted from values",
    """SQL must take values through ? placeholders. An f-string, %, .format() or + that puts a
    function parameter or anything derived from it (request data, input(), sys.argv) into SQL is
    rejected (SQL injection) — where execute()/executemany()/executescript() runs it, and where
    it is built when it leaves the function instead (returned, handed to pandas.read_sql or
    sqlalchemy.text, stored for later). SQL assembled only from literals and module-level
    constants (e.g. INSERT_SQL built from a COLUMNS tuple of names, or column names filtered by
    `if name in COLUMNS`) is approved. Parts that cannot be traced — imported names, calls,
    identifier-quoting helpers — make the verdict uncertain at an execute() call. Judges every
    Python file, whatever its kind.""",
    fix="Put ? placeholders in the SQL and pass the values apart: "
    'db.execute("SELECT * FROM t WHERE name = ?", (name,)).',
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def sql_string_formatting(src: Source) -> Iterator[Hit]:
    seen: set[int] = set()
    for hit in [*_execute_hits(src), *_build_site_hits(src)]:
        if hit.line not in seen:
            seen.add(hit.line)
            yield hit


SQL_INJECTION_RULES = (sql_string_formatting,)
