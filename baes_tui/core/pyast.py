"""`ast.parse` that is safe to call from several threads at once.

CPython 3.11 (up to 3.11.7 at least, gh-106905) keeps the depth counter of the AST
constructor in interpreter-wide state. Two threads parsing at once — the TechLead judges the
files of a wave's tasks in worker threads — can interleave (a garbage collection inside one
parse runs Python code, which lets the other thread in), and one of them fails with
`SystemError: AST constructor recursion depth mismatch`: a run failed for no fault of the
files. Every parse in baes goes through `parse`, which holds one process-wide lock.
"""

from __future__ import annotations

import ast
import threading

_PARSING = threading.Lock()


def parse(source: str | bytes, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse(source, filename)`, one thread at a time."""
    with _PARSING:
        return ast.parse(source, filename=filename)
