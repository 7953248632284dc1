"""A bounded memo for pure readers that return a list.

A request asks some readers the same question several times (`clauses_of` reads each segment
for the statements, then again for the links in it). `functools.lru_cache` would hand every
caller the same list, and a caller that appends to it would change what the next caller gets;
this memo keeps a tuple and gives each caller a list of its own. Only for functions whose
answer depends on their arguments alone (text in, items that are never changed out).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")


def memo_list(maxsize: int) -> Callable[[Callable[..., list[T]]], Callable[..., list[T]]]:
    """`lru_cache(maxsize)` for a function of hashable positional arguments that returns a
    list: each call gets a new list (the items are shared: they must be immutable)."""

    def wrap(read: Callable[..., list[T]]) -> Callable[..., list[T]]:
        @lru_cache(maxsize=maxsize)
        def kept(*args: Any) -> tuple[T, ...]:
            return tuple(read(*args))

        @wraps(read)
        def memo(*args: Any) -> list[T]:
            return list(kept(*args))

        memo.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
        memo.cache_info = kept.cache_info  # type: ignore[attr-defined]
        return memo

    return wrap
