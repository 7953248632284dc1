"""Rules for generated test files: tests that can fail, and that never leave the machine."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from baes_tui.validation.rule import Hit, Source, dotted_name, rule, walk

_URL = re.compile(r"^\s*(?:https?|wss?|ftp)://(?:[^@/\s]*@)?(\[[^\]]*\]|[^/:?#\s]+)", re.I)
_LOCAL_HOSTS = frozenset({"testserver", "localhost", "127.0.0.1", "[::1]", "0.0.0.0"})
# RFC 2606 / 6761 names reserved for documentation and tests; they never reach a real service.
_RESERVED_SUFFIXES = (".test", ".example", ".invalid", ".localhost")
_RESERVED_DOMAINS = frozenset({"example.com", "example.org", "example.net"})
_FAILING_CALLS = re.compile(r"^(pytest\.(raises|fail|warns)|.*\b_?(assert|expect)\w*)$")


def _is_test(func: ast.FunctionDef | ast.AsyncFunctionDef, src: Source) -> bool:
    if not func.name.startswith("test"):
        return False
    parent = src.parent(func)
    return isinstance(parent, ast.Module) or (
        isinstance(parent, ast.ClassDef) and parent.name.startswith("Test")
    )


def _can_fail(src: Source, node: ast.AST, helpers: set[str]) -> bool:
    if src.holds(node, ast.Assert):
        return True
    for inner in walk(node):
        if isinstance(inner, ast.Call):
            name = dotted_name(inner.func)
            if _FAILING_CALLS.match(name) or name in helpers:
                return True
    return False


@rule(
    "TS001-test-has-assert",
    "Every test asserts something",
    """A test without an assert (or pytest.raises / an assert_* helper) passes whatever the code
    does, so it proves nothing and hides a broken template behind a green run. Only judges
    test modules (pytest, unittest or TestClient code, or test functions that assert).""",
    fix="Assert on the outcome (status code and body), or use pytest.raises.",
    kinds=("tests",),
    languages=("python",),
    stage="ast",
)
def test_has_assert(src: Source) -> Iterator[Hit]:
    functions = [*src.nodes(ast.FunctionDef), *src.nodes(ast.AsyncFunctionDef)]
    helpers = {
        f.name for f in functions if not f.name.startswith("test") and src.holds(f, ast.Assert)
    }
    for func in functions:
        if _is_test(func, src) and not _can_fail(src, func, helpers):
            yield Hit(func.lineno, "reject", f"{func.name} asserts nothing; it cannot fail")


def _is_reserved(host: str) -> bool:
    if host.endswith(_RESERVED_SUFFIXES):
        return True
    return any(host == d or host.endswith("." + d) for d in _RESERVED_DOMAINS)


@rule(
    "TS002-external-network",
    "Tests talk only to the app under test",
    """Generated tests run offline and on every machine: they call the app through TestClient
    (host 'testserver') or localhost. A URL naming any other host is a network dependency that
    makes the suite slow, flaky or leaky. Reserved documentation names (example.com, *.test)
    are allowed as data. Only judges test modules.""",
    fix="Call the app through TestClient or a server on 127.0.0.1; use example.com in data.",
    kinds=("tests",),
    languages=("python",),
    stage="ast",
)
def external_network(src: Source) -> Iterator[Hit]:
    for node in src.nodes(ast.Constant):
        if not isinstance(node.value, str):
            continue
        match = _URL.match(node.value)
        if match is None:
            continue
        host = match.group(1).lower()
        if host in _LOCAL_HOSTS or _is_reserved(host):
            continue
        yield Hit(node.lineno, "reject", f"test reaches the network host {host}")


TEST_RULES = (test_has_assert, external_network)
