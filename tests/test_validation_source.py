"""The per-file view every rule reads: its index of the tree must miss no node, and judging a
file must free the file at once (the rules' speed rests on both; their verdicts on the first)."""

from __future__ import annotations

import ast
import gc
import textwrap

from baes_tui.validation import validate_source
from baes_tui.validation.rule import SHARED_LEAVES, Source, walk, walk_own

# Every kind of node a rule may look for, including those whose fields mix names and nodes.
EVERY_SYNTAX = textwrap.dedent(
    '''\
    """Module docstring."""
    from __future__ import annotations

    import os.path as osp
    from . import sibling
    from pkg.mod import name as alias, other

    COUNT: int = 1
    counter = 0


    @decorator(arg=1)
    class Thing(Base, metaclass=Meta):
        """A class."""

        field: list[int] = []

        async def method(self, a, /, b=2, *args, c: int = 3, d, **kw) -> dict[str, int]:
            global counter
            counter += 1
            async with open_it() as (x, y), other():
                async for item in source():
                    await item
            return {k: v for k, v in kw.items() if v} | {**kw}


    def outer(value):
        def inner():
            nonlocal value
            value = lambda q=1: q + 1
            return value

        try:
            assert value, f"{value!r:>{width}} and {other=}"
        except* (ValueError, TypeError) as error:
            raise RuntimeError("x") from error
        else:
            del value
        finally:
            pass
        while (n := len(osp.sep)) > 1 or not n:
            break
        else:
            yield from [x async for x in gen()] if n else (yield None)
        match value:
            case {"key": [1, *rest], **others} if rest:
                pass
            case Point(x=0, y=_) | None | True:
                pass
            case [a, b as c, *_]:
                pass
            case str() as text:
                pass
        return inner, {1, 2}, (i for i in range(3)), value[1:2, ::3], -value, a < b <= c
    '''
)


def test_the_index_holds_every_node_of_the_tree_with_its_parent() -> None:
    src = Source("every.py", EVERY_SYNTAX, "other", "python")
    assert src.tree is not None
    expected = [n for n in ast.walk(src.tree) if not isinstance(n, SHARED_LEAVES)]
    indexed = [n for cls in {type(n) for n in expected} for n in src.nodes(cls)]
    assert sorted(map(id, indexed)) == sorted(map(id, expected))
    for node in expected:
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, SHARED_LEAVES):
                assert src.parent(child) is node, (type(child).__name__, type(node).__name__)
    for cls in {type(n) for n in expected if hasattr(n, "lineno")}:
        positions = [(n.lineno, n.col_offset) for n in src.nodes(cls)]
        assert positions == sorted(positions), cls.__name__


def test_whether_a_subtree_holds_a_node_type_is_what_ast_walk_finds() -> None:
    src = Source("every.py", EVERY_SYNTAX, "other", "python")
    assert src.tree is not None
    for node_type in (ast.Assert, ast.Call, ast.Yield, ast.Nonlocal, ast.MatchAs, ast.Try):
        for node in ast.walk(src.tree):
            expected = any(isinstance(inner, node_type) for inner in ast.walk(node))
            assert src.holds(node, node_type) == expected, (node_type.__name__, node)


def test_walks_visit_what_ast_walk_visits_in_its_order() -> None:
    tree = ast.parse(EVERY_SYNTAX)
    assert walk(tree) == [n for n in ast.walk(tree) if not isinstance(n, SHARED_LEAVES)]
    outer = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "outer")
    own = walk_own(outer)
    inner = next(n for n in outer.body if isinstance(n, ast.FunctionDef))
    assert inner in own and inner.body[0] not in own  # listed, not entered
    assert any(isinstance(n, ast.Match) for n in own)
    assert not any(isinstance(n, ast.Nonlocal) for n in own)


def test_a_judged_file_is_freed_at_once_not_left_to_the_garbage_collector() -> None:
    content = textwrap.dedent(
        """\
        import sqlite3


        def count(db: sqlite3.Connection, table: str) -> int:
            query = f"SELECT COUNT(*) FROM {table}"
            return db.execute(query).fetchone()[0]
        """
    )
    gc.collect()
    gc.disable()
    try:
        verdict = validate_source("app/count.py", content)
        left = gc.collect()
    finally:
        gc.enable()
    assert verdict.outcome == "confident_rejection"  # the taint analysis ran (BE006)
    assert left == 0
