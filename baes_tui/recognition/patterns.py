"""One compiled pattern per pattern text written in the rules, kept for the process.

The rules write ~500 patterns inline (`rx(r"…").sub(…)`, next to the comment that says why).
`re` keeps only 512 compiled patterns and drops the oldest first, and every request also
compiles patterns of its own words: inline `re.sub(r"…", …)` calls were compiled again and
again (~4 times a request, a third of a dev request's time). Only pattern text fixed in the
source goes through `rx`; a pattern built from a request's words uses `re` as before, so this
cache stays the size of the rules.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled once (the same object as `re.compile` gives)."""
    return re.compile(pattern, flags)
