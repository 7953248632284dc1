"""What a rule is, and the per-file view every rule reads from.

A rule is data (id, title, explanation for the reviewer UI, a one-line fix, the kinds and
languages it judges) plus one check function. Checks read a `Source`, which parses Python once
and indexes the tree by node type in a single walk, so ten AST rules cost one parse and one
walk, not ten; analyses that several rules share (imports, the taint analysis) are memoised on
it the same way.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal, NamedTuple, TypeVar

from baes_tui.core import pyast
from baes_tui.core.verdicts import FileKind, Language, Severity

Stage = Literal["text", "parse", "ast"]
STAGE_ORDER: tuple[Stage, ...] = ("text", "parse", "ast")

N = TypeVar("N", bound=ast.AST)
T = TypeVar("T")

# Context and operator nodes are shared singletons in CPython's AST: no parent, no line, no use.
SHARED_LEAVES = (ast.expr_context, ast.operator, ast.boolop, ast.cmpop, ast.unaryop)
_POSITION = attrgetter("lineno", "col_offset")
# Fields that never hold a node other than those leaves (names, constants, flags, contexts,
# operators): the index walk does not read them. Most nodes are Names and Constants, whose
# fields are all of this sort.
_NOT_CHILDREN = frozenset(
    {"id", "attr", "ctx", "op", "ops", "kind", "conversion", "level", "module", "asname"}
    | {"simple", "is_async", "type_comment", "tag", "rest", "kwd_attrs"}
)
_NOT_CHILDREN_OF: dict[type[ast.AST], frozenset[str]] = {
    ast.Constant: frozenset({"value"}),
    ast.MatchSingleton: frozenset({"value"}),
    ast.Global: frozenset({"names"}),
    ast.Nonlocal: frozenset({"names"}),
    ast.arg: frozenset({"arg"}),
    ast.keyword: frozenset({"arg"}),
    ast.TypeIgnore: frozenset({"lineno"}),
    **dict.fromkeys(
        (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler, ast.alias),
        frozenset({"name"}),
    ),
    **dict.fromkeys((ast.MatchAs, ast.MatchStar), frozenset({"name"})),
}


class _ChildFields(dict[type[ast.AST], tuple[str, ...]]):
    """Node type -> the fields that can hold child nodes, worked out on first use."""

    def __missing__(self, cls: type[ast.AST]) -> tuple[str, ...]:
        skipped = _NOT_CHILDREN | _NOT_CHILDREN_OF.get(cls, frozenset())
        fields = self[cls] = tuple(name for name in cls._fields if name not in skipped)
        return fields


_CHILD_FIELDS = _ChildFields()
NEW_SCOPES = frozenset({ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef})


class Hit(NamedTuple):
    """What a check reports; the engine adds the rule id (and the rule's fix) to make a Finding.

    `fix` overrides the rule's general fix where the check knows something more precise
    (the name of the environment variable to read, the status code to use).
    """

    line: int
    severity: Severity
    message: str
    fix: str = ""


Check = Callable[["Source"], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One validation rule. `stage` orders the work: text (regex) before parse before AST."""

    id: str
    title: str
    explanation: str
    fix: str
    kinds: frozenset[FileKind]
    languages: frozenset[Language]
    stage: Stage
    check: Check = field(compare=False, repr=False)

    def applies_to(self, kind: FileKind, language: Language) -> bool:
        return kind in self.kinds and language in self.languages

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "explanation": self.explanation,
            "fix": self.fix,
            "kinds": sorted(self.kinds),
            "languages": sorted(self.languages),
            "stage": self.stage,
        }


class Source:
    """One file under validation: its text, lines and (for Python) its parsed, indexed tree."""

    def __init__(self, path: str, text: str, kind: FileKind, language: Language) -> None:
        self.path = path
        self.text = text
        self.kind = kind  # the engine sets it once the content has been classified
        self.language = language
        self.lines = text.splitlines()
        self.syntax_error: SyntaxError | None = None
        self._tree: ast.Module | None = None
        self._parsed = False
        self._index: dict[type[ast.AST], list[ast.AST]] | None = None
        self._parents: dict[ast.AST, ast.AST] | None = None
        self._memo: dict[object, object] = {}
        self._qualified: dict[ast.AST, str] = {}

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """One result per file for work several rules share (computed on first use)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def release(self) -> None:
        """Drop the tree, its index and every memoised analysis once the rules are done.

        An analysis holds the Source it reads, so without this the whole file (thousands of
        nodes) stays in a reference cycle that only the garbage collector frees, walking every
        node first; the next file's parse paid for it.
        """
        self._memo.clear()
        self._qualified.clear()
        self._index = self._parents = self._tree = None

    @property
    def imports(self) -> dict[str, str]:
        """Local name -> what it was imported as: {'rq': 'requests', 'loads': 'pickle.loads'}."""
        return self.memo("imports", self._imports)

    def qualified_name(self, node: ast.AST) -> str:
        """dotted_name with the first part resolved through the imports: 'rq.get' -> 'requests.get'.

        A name that is not imported stays as written ('eval', 'db.execute').
        """
        known = self._qualified.get(node)
        if known is not None:
            return known
        name = dotted_name(node)
        head, dot, rest = name.partition(".")
        origin = self.imports.get(head)
        qualified = name if origin is None else f"{origin}{dot}{rest}"
        self._qualified[node] = qualified  # several rules ask about the same call
        return qualified

    def _imports(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for node in self.nodes(ast.Import):
            for alias in node.names:
                if alias.asname:
                    found[alias.asname] = alias.name
                else:
                    head = alias.name.split(".")[0]
                    found[head] = head
        for node in self.nodes(ast.ImportFrom):
            if node.level or not node.module:
                continue
            for alias in node.names:
                found[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        return found

    @property
    def tree(self) -> ast.Module | None:
        """The module's AST, parsed on first use; None (and `syntax_error` set) if it fails."""
        if not self._parsed:
            self._parsed = True
            try:
                self._tree = pyast.parse(self.text, filename=self.path)
            except SyntaxError as exc:
                self.syntax_error = exc
            except (ValueError, RecursionError, MemoryError) as exc:
                self.syntax_error = SyntaxError(f"cannot parse: {exc}")
        return self._tree

    def nodes(self, node_type: type[N]) -> list[N]:
        """Every node of exactly this type, in source order (one shared walk of the tree)."""
        if self._index is None:
            self._build_index()
        assert self._index is not None
        return self._index.get(node_type, [])  # type: ignore[return-value]

    def parent(self, node: ast.AST) -> ast.AST | None:
        if self._parents is None:
            self._build_index()
        assert self._parents is not None
        return self._parents.get(node)

    def holds(self, node: ast.AST, node_type: type[ast.AST]) -> bool:
        """Whether `node` or anything below it is a node of this type (what `any(isinstance(n,
        node_type) for n in ast.walk(node))` says), from the index: the nodes of that type and
        their ancestors are found once per file instead of walking each subtree asked about."""
        return node in self.memo(("holders", node_type), lambda: self._holders(node_type))

    def _holders(self, node_type: type[ast.AST]) -> set[ast.AST]:
        found: set[ast.AST] = set()
        for inner in self.nodes(node_type):
            current: ast.AST | None = inner
            while current is not None and current not in found:  # its ancestors are in already
                found.add(current)
                current = self.parent(current)
        return found

    def enclosing_function(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        current = self.parent(node)
        while current is not None:
            if isinstance(current, ast.FunctionDef | ast.AsyncFunctionDef):
                return current
            current = self.parent(current)
        return None

    def _build_index(self) -> None:
        index: dict[type[ast.AST], list[ast.AST]] = defaultdict(list)
        parents: dict[ast.AST, ast.AST] = {}
        tree = self.tree
        if tree is not None:
            # ast.iter_child_nodes, inlined: its two generators per node were most of the
            # walk's time on large files (a 50-entity conftest: ~6 ms of ~10 ms).
            stack: list[ast.AST] = [tree]
            # The child fields hold no shared leaves (contexts and operators are left out), so
            # one isinstance per value tells a node from None, a name or a constant.
            node_type, fields_of = ast.AST, _CHILD_FIELDS
            while stack:
                node = stack.pop()
                cls = type(node)
                index[cls].append(node)
                for name in fields_of[cls]:
                    value = getattr(node, name, None)
                    if value.__class__ is list:
                        for child in value:
                            if isinstance(child, node_type):
                                parents[child] = node
                                stack.append(child)
                    elif isinstance(value, node_type):
                        parents[value] = node
                        stack.append(value)
            for cls, nodes in index.items():
                # Types without a position (arguments, comprehension …) would all sort equal:
                # a stable sort leaves them in walk order, so they are not sorted at all.
                if len(nodes) > 1 and "lineno" in cls._attributes:
                    nodes.sort(key=_POSITION)
        self._index = dict(index)
        self._parents = parents


def walk(node: ast.AST) -> list[ast.AST]:
    """What ast.walk yields, in its order, less the shared context/operator leaves (no rule
    looks for those), as a list built without ast.walk's generators."""
    found = [node]
    node_type, fields_of = ast.AST, _CHILD_FIELDS
    position = 0
    while position < len(found):
        current = found[position]
        position += 1
        for name in fields_of[type(current)]:
            value = getattr(current, name, None)
            if value.__class__ is list:
                found.extend(child for child in value if isinstance(child, node_type))
            elif isinstance(value, node_type):
                found.append(value)
    return found


def walk_own(node: ast.AST) -> list[ast.AST]:
    """The nodes below `node`, not descending into nested functions, lambdas or classes (which
    are listed themselves), less the shared leaves."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = []
    push_children(stack, node)
    while stack:
        current = stack.pop()
        found.append(current)
        if type(current) not in NEW_SCOPES:
            push_children(stack, current)
    return found


def push_children(stack: list[ast.AST], node: ast.AST) -> None:
    """`stack.extend(ast.iter_child_nodes(node))` in the same order, less the shared leaves,
    without its generators."""
    node_type = ast.AST
    for name in _CHILD_FIELDS[type(node)]:
        value = getattr(node, name, None)
        if value.__class__ is list:
            stack.extend(child for child in value if isinstance(child, node_type))
        elif isinstance(value, node_type):
            stack.append(value)


def rule(
    rule_id: str,
    title: str,
    explanation: str,
    *,
    fix: str,
    kinds: Iterable[FileKind],
    languages: Iterable[Language],
    stage: Stage,
) -> Callable[[Check], Rule]:
    """Decorator that turns a check function into a Rule, keeping id and check side by side."""

    def wrap(check: Check) -> Rule:
        return Rule(
            id=rule_id,
            title=title,
            explanation=" ".join(explanation.split()),
            fix=" ".join(fix.split()),
            kinds=frozenset(kinds),
            languages=frozenset(languages),
            stage=stage,
            check=check,
        )

    return wrap


def dotted_name(node: ast.AST) -> str:
    """'logger.error' for an Attribute chain, 'get_db' for a Name, '' for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    if isinstance(node, ast.Call):
        inner = dotted_name(node.func)
        return ".".join([f"{inner}()", *reversed(parts)]) if inner else ""
    return ""
