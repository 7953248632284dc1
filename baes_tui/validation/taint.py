"""Where a value comes from: a small trust analysis over one Python module.

Several rules ask the same question — can a user choose this value? — about SQL handed to
execute(), code handed to eval(), a shell command, markup. The answer has three levels, precise
enough to keep false positives rare:
- trusted: literals, numbers (len(), int()), module-level names whose value is itself trusted
  (e.g. COLUMNS = ("name", "email") and INSERT_SQL = f"... {', '.join(COLUMNS)} ..."), loop
  variables over trusted iterables or filtered by `if name in TRUSTED`, and what a rule's
  sanitiser returns (html.escape for markup);
- tainted: function parameters and anything derived from them (payload.name, request data),
  input(), sys.argv and sys.stdin;
- unknown: imported names, calls we cannot see into, helpers a rule names as unprovable.
`formatted` says whether string formatting (f-string, %, .format(), +, join) built the value.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from baes_tui.validation.rule import NEW_SCOPES, Source, dotted_name, push_children

TRUSTED, UNKNOWN, TAINTED = 0, 1, 2
_INPUT_CALLS = frozenset({"input", "sys.stdin.read", "sys.stdin.readline", "sys.stdin.readlines"})
_INPUT_VALUES = frozenset({"sys.argv", "sys.stdin"})
_NUMERIC_CALLS = frozenset({"len", "int", "float", "round", "bool"})
_PASS_THROUGH_CALLS = frozenset({"str", "tuple", "list", "sorted"})
_COLLECTION_UPDATES = frozenset({"append", "extend", "insert", "add", "update", "appendleft"})
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
_ASSIGNMENTS = frozenset({ast.Assign, ast.AnnAssign, ast.AugAssign})


@dataclass(frozen=True, slots=True)
class Trust:
    level: int
    formatted: bool
    reason: str

    def join(self, other: Trust) -> Trust:
        worst = self if self.level >= other.level else other
        return Trust(worst.level, self.formatted or other.formatted, worst.reason)


_OK = Trust(TRUSTED, False, "")


class Analysis:
    """Trust of expressions in one module; module and local assignments are looked up once.

    `helpers` maps the last part of a call's name to the trust of what it returns, whatever
    its arguments: html.escape is a sanitiser for markup (TRUSTED), quote_identifier is
    plausible but unprovable for SQL (UNKNOWN).
    """

    def __init__(self, src: Source, helpers: Mapping[str, int]) -> None:
        self.src = src
        self.helpers = helpers
        self._module_values: dict[str, list[ast.expr | None]] | None = None
        self.local_values: dict[ast.AST, dict[str, list[ast.expr | None]]] = {}
        self.resolving: set[tuple[int, str]] = set()
        self.resolved: dict[tuple[int, str], Trust] = {}

    def trust(
        self, node: ast.expr, scope: FunctionNode | None, bound: dict[str, Trust] | None = None
    ) -> Trust:
        """How far `node`, evaluated inside `scope` (None: module level), can be trusted."""
        bound = {} if bound is None else bound
        if isinstance(node, ast.Constant):
            return _OK
        if isinstance(node, ast.JoinedStr):
            result = Trust(TRUSTED, True, "")
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    result = result.join(self.trust(part.value, scope, bound))
            return result
        if isinstance(node, ast.BinOp):
            left, right = self.trust(node.left, scope, bound), self.trust(node.right, scope, bound)
            combined = left.join(right)
            return Trust(combined.level, True, combined.reason)
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return self._all(node.elts, scope, bound)
        if isinstance(node, ast.IfExp):
            return self.trust(node.body, scope, bound).join(self.trust(node.orelse, scope, bound))
        if isinstance(node, ast.Subscript):
            return self.trust(node.value, scope, bound)
        if isinstance(node, ast.Starred | ast.Await):
            return self.trust(node.value, scope, bound)
        if isinstance(node, ast.Call):
            return self._call(node, scope, bound)
        if isinstance(node, ast.GeneratorExp | ast.ListComp | ast.SetComp):
            return self._comprehension(node, scope, bound)
        if isinstance(node, ast.Name):
            return self._name(node.id, scope, bound)
        if isinstance(node, ast.Attribute):
            if self.src.qualified_name(node) in _INPUT_VALUES:
                return Trust(TAINTED, False, f"{_label(node)} (command-line input)")
            base = self.trust(node.value, scope, bound)
            if base.level == TAINTED:
                return Trust(TAINTED, base.formatted, f"{_label(node)} ({base.reason})")
            return Trust(UNKNOWN, base.formatted, f"{_label(node)} is not a constant")
        return Trust(UNKNOWN, False, f"{_label(node)} cannot be traced")

    def _all(self, nodes: list[ast.expr], scope: FunctionNode | None, bound: dict) -> Trust:
        result = _OK
        for node in nodes:
            result = result.join(self.trust(node, scope, bound))
        return result

    def _call(self, node: ast.Call, scope: FunctionNode | None, bound: dict) -> Trust:
        name = dotted_name(node.func)
        short = name.split(".")[-1]
        arguments = [*node.args, *(kw.value for kw in node.keywords)]
        if isinstance(node.func, ast.Attribute) and node.func.attr in {"format", "join"}:
            inner = self.trust(node.func.value, scope, bound)
            inner = inner.join(self._all(arguments, scope, bound))
            return Trust(inner.level, True, inner.reason)
        if name in _NUMERIC_CALLS:
            return _OK
        if name in _PASS_THROUGH_CALLS:
            return self._all(arguments, scope, bound)
        if self.src.qualified_name(node.func) in _INPUT_CALLS:
            return Trust(TAINTED, False, f"{name}() (what a user typed)")
        if short in self.helpers:
            level = self.helpers[short]
            if level == TRUSTED:
                return _OK
            inner = self._all(arguments, scope, bound)
            return Trust(level, inner.formatted, f"values pass through {short}()")
        if isinstance(node.func, ast.Attribute):
            owner = self.trust(node.func.value, scope, bound)
            if owner.level == TAINTED:
                return Trust(TAINTED, owner.formatted, f"{name}() ({owner.reason})")
        return Trust(UNKNOWN, False, f"{name or 'a call'}() cannot be traced")

    def _comprehension(
        self, node: ast.GeneratorExp | ast.ListComp | ast.SetComp, scope, bound: dict
    ) -> Trust:
        inner = dict(bound)
        for generator in node.generators:
            source = self.trust(generator.iter, scope, inner)
            if isinstance(generator.target, ast.Name):
                for condition in generator.ifs:
                    if self._filters_to_trusted(condition, generator.target.id, scope, inner):
                        source = _OK
                inner[generator.target.id] = source
            else:
                for target in ast.walk(generator.target):
                    if isinstance(target, ast.Name):
                        inner[target.id] = source
        return self.trust(node.elt, scope, inner)

    def _filters_to_trusted(self, condition: ast.expr, var: str, scope, bound: dict) -> bool:
        """`if name in COLUMNS` limits a loop variable to trusted values."""
        return (
            isinstance(condition, ast.Compare)
            and isinstance(condition.left, ast.Name)
            and condition.left.id == var
            and len(condition.ops) == 1
            and isinstance(condition.ops[0], ast.In)
            and self.trust(condition.comparators[0], scope, bound).level == TRUSTED
        )

    def _name(self, name: str, scope: FunctionNode | None, bound: dict[str, Trust]) -> Trust:
        if name in bound:
            return bound[name]
        if scope is not None:
            if name in _parameters(scope):
                return Trust(TAINTED, False, f"function parameter '{name}'")
            local = self.local_values.get(scope)
            if local is None:
                local = self.local_values[scope] = _assignments(scope)
            if name in local:
                return self._values(name, local[name], scope, id(scope))
            return self._name(name, self._outer(scope), bound)
        if self._module_values is None:  # shared by every analysis of this file, found once
            tree = self.src.tree
            self._module_values = self.src.memo(
                "module-assignments", lambda: _assignments(tree) if tree is not None else {}
            )
        if name in self._module_values:
            return self._values(name, self._module_values[name], None, 0)
        return Trust(UNKNOWN, False, f"'{name}' is defined elsewhere")

    def _values(self, name: str, values: list, scope: FunctionNode | None, key: int) -> Trust:
        marker = (key, name)
        if marker in self.resolved:
            return self.resolved[marker]
        if marker in self.resolving:
            return Trust(UNKNOWN, False, f"'{name}' refers to itself")
        self.resolving.add(marker)
        try:
            result = _OK
            for value in values:
                if value is None:
                    result = result.join(Trust(UNKNOWN, False, f"'{name}' is bound indirectly"))
                else:
                    result = result.join(self.trust(value, scope, {}))
            if result.level == TAINTED and not result.reason.startswith(f"'{name}'"):
                result = Trust(TAINTED, result.formatted, f"'{name}' from {result.reason}")
            self.resolved[marker] = result
            return result
        finally:
            self.resolving.discard(marker)

    def _outer(self, scope: FunctionNode) -> FunctionNode | None:
        return self.src.enclosing_function(scope)


def _label(node: ast.expr) -> str:
    """A short name for an expression in a message (unparsing every node would be slow)."""
    return dotted_name(node) or type(node).__name__.lower()


def _parameters(func: FunctionNode) -> set[str]:
    args = func.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    every += [a for a in (args.vararg, args.kwarg) if a is not None]
    return {a.arg for a in every}


def _assignments(scope: ast.AST) -> dict[str, list[ast.expr | None]]:
    """Name -> the expressions assigned to it in this scope (None: bound some other way)."""
    found: dict[str, list[ast.expr | None]] = {}
    stack: list[ast.AST] = []
    push_children(stack, scope)
    while stack:
        node: Any = stack.pop()
        cls = type(node)  # a parsed tree holds exactly these classes: no isinstance needed
        if cls in _ASSIGNMENTS and node.value is not None:
            targets = node.targets if cls is ast.Assign else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
                else:
                    for inner in ast.walk(target):
                        if isinstance(inner, ast.Name):
                            found.setdefault(inner.id, []).append(None)
        elif cls is ast.For or cls is ast.AsyncFor:
            for inner in ast.walk(node.target):
                if isinstance(inner, ast.Name):
                    # A loop variable is an element of the iterable: same trust.
                    found.setdefault(inner.id, []).append(node.iter)
        elif cls is ast.Call and _is_collection_update(node):
            found.setdefault(node.func.value.id, []).extend(node.args)
        elif cls is ast.NamedExpr and isinstance(node.target, ast.Name):
            found.setdefault(node.target.id, []).append(node.value)
        elif cls is ast.withitem and node.optional_vars is not None:
            for inner in ast.walk(node.optional_vars):
                if isinstance(inner, ast.Name):
                    found.setdefault(inner.id, []).append(None)
        if cls not in NEW_SCOPES:
            push_children(stack, node)
    return found


def _is_collection_update(node: ast.AST) -> bool:
    """parts.append(x) adds x to what `parts` may hold, just like an assignment."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _COLLECTION_UPDATES
        and isinstance(node.func.value, ast.Name)
    )


def analysis(src: Source, helpers: Mapping[str, int] | None = None) -> Analysis:
    """The module's analysis for this set of helpers, shared by every rule that asks."""
    chosen = dict(helpers or {})
    key = ("taint", tuple(sorted(chosen.items())))
    return src.memo(key, lambda: Analysis(src, chosen))


def trust_at(src: Source, node: ast.expr, helpers: Mapping[str, int] | None = None) -> Trust:
    """Trust of an expression where it stands (its enclosing function is its scope)."""
    return analysis(src, helpers).trust(node, src.enclosing_function(node))
