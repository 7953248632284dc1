"""Files judged in several threads at once get the verdict they get alone.

The TechLead judges a wave's files in worker threads. CPython 3.11's AST constructor keeps its
depth counter in interpreter-wide state (gh-106905): two parses that interleave — a garbage
collection inside one runs Python code and lets the other in — failed a run with
`SystemError: AST constructor recursion depth mismatch` (seen in the whole suite under load).
The churn below makes that interleaving happen on every run instead of once in a while.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import baes_tui
from baes_tui.core import pyast
from baes_tui.validation.engine import validate_source

SOURCE = (Path(baes_tui.__file__).parent / "workspace.py").read_text(encoding="utf-8")
RAW_PARSE = re.compile(r"(?<![\w.])ast\.parse\(")
THREADS = 6
ROUNDS = 8


class _Churn:
    """A cycle with a finalizer: collecting it runs Python code in the middle of a parse."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        sum(range(50))


@pytest.fixture
def frequent_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(50, 5, 5)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _in_threads(work: Callable[[], object]) -> tuple[list[object], list[BaseException]]:
    results: list[object] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(ROUNDS):
                for _ in range(200):
                    _Churn()
                results.append(work())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_python_parsed_in_many_threads_at_once_never_fails(frequent_collections: None) -> None:
    alone = pyast.parse(SOURCE)
    results, errors = _in_threads(lambda: pyast.parse(SOURCE, "workspace.py"))
    assert errors == []
    assert len(results) == THREADS * ROUNDS
    assert all(len(tree.body) == len(alone.body) for tree in results)  # type: ignore[attr-defined]


def test_files_judged_in_many_threads_get_the_verdict_they_get_alone(
    frequent_collections: None,
) -> None:
    alone = validate_source("baes_tui/workspace.py", SOURCE)
    results, errors = _in_threads(lambda: validate_source("baes_tui/workspace.py", SOURCE))
    assert errors == []
    assert {(v.outcome, v.findings) for v in results} == {(alone.outcome, alone.findings)}  # type: ignore[attr-defined]


def test_every_parse_in_baes_goes_through_the_locked_parse() -> None:
    package = Path(baes_tui.__file__).parent
    raw = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "pyast.py" and RAW_PARSE.search(path.read_text(encoding="utf-8"))
    ]
    assert raw == [], "use baes_tui.core.pyast.parse (thread-safe) instead of ast.parse"
