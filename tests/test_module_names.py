"""A module-level name is bound once.

The rule modules hold hundreds of module-level patterns and word sets, and a function reads
its module's names when it runs, not when it is written: a second `_CHANGES = …` three
hundred lines below the first silently changed what an earlier function checked (renames
were no longer seen). A name given a new value from itself (`X = X | …`, a list compiled in
place) is one name refined, and allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import baes_tui

PACKAGE = Path(baes_tui.__file__).parent


def _bound_again(tree: ast.Module) -> list[tuple[str, int]]:
    seen: set[str] = set()
    out = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        for name in names:
            if name in seen and name not in read:
                out.append((name, node.lineno))
            seen.add(name)
    return out


def test_no_module_binds_a_name_twice() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line} binds {name} again"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, line in _bound_again(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "\n".join(found)


def test_the_check_sees_a_name_bound_twice() -> None:
    code = "A = (1, 2)\ndef f():\n    return A\nB = 3\nB = B + 1\nA = (3,)\n"
    assert _bound_again(ast.parse(code)) == [("A", 6)]
