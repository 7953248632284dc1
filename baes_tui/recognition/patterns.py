"""One compiled pattern per pattern text written in the rules, kept for the process.

The rules write ~500 patterns inline (`rx(r"…").sub(…)`, next to the comment that says why).
`re` keeps only 512 compiled patterns and drops the oldest first, and every request also
compiles patterns of its own words: inline `re.sub(r"…", …)` calls were compiled again and
again (~4 times a request, a third of a dev request's time). Only pattern text fixed in the
source should go through `rx`; a pattern built from a request's words should use `re`. Some
rules still pass `rx` a pattern built at run time (~650 over 2,000 dev requests, one for every
four requests after warm-up), so the cache is bounded: it holds the rules' ~500 and many times
more, and a long session's request-built patterns cannot grow it without end.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled once (the same object as `re.compile` gives)."""
    return re.compile(pattern, flags)


# The last text `may_hold` lowered: `clean` asks of the same text dozens of times between
# the rewrites that change it (a rewrite that changes nothing returns the very same string).
# One tuple, replaced whole, so a reader in another thread sees a text with its own lowering.
_LOWERED: tuple[str, str | None] = ("", "")


def may_hold(text: str, *phrases: str) -> bool:
    """Whether `text` may hold one of `phrases` (lowercase ASCII) for a case-blind pattern;
    text that is not ASCII always may (case folding beyond ASCII: "ı" matches "i"). A rule
    asks this before it builds or runs a costly pattern that needs one of the phrases."""
    global _LOWERED
    seen, low = _LOWERED
    if seen is not text:
        low = text.lower() if text.isascii() else None
        _LOWERED = (text, low)
    if low is None:
        return True
    # (a plain loop, not any(map(…)): half the cost for the one to three phrases most rules
    # ask; ~300 asks a short request, ~700,000 over a dev read)
    for phrase in phrases:  # noqa: SIM110 (a generator costs more than the test)
        if phrase in low:
            return True
    return False


def holds_any(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` is in `text` as written (case counts): a rule asks this before
    it runs a case-sensitive pattern that cannot match without one of them (most texts hold
    none, and a plain substring test costs a fraction of a failed search)."""
    for phrase in phrases:  # noqa: SIM110 (a generator costs more than the test)
        if phrase in text:
            return True
    return False


def _word_char(c: str) -> bool:
    """`re`'s \\w on str: a letter, a digit or a numeric character, or "_"."""
    return c.isalnum() or c == "_"


def has_word(text: str, phrase: str) -> bool:
    """`re.search(rf"\\b{re.escape(phrase)}\\b", text) is not None`, without compiling a
    pattern per phrase: names and words of a request make a new pattern each, and `re` keeps
    only 512, so over many requests each was compiled again (a thousand compiles per 2,000 dev
    requests). A phrase that does not start and end with a word character goes to `re`."""
    if not phrase or not (_word_char(phrase[0]) and _word_char(phrase[-1])):
        return re.search(rf"\b{re.escape(phrase)}\b", text) is not None
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            return True
        at = text.find(phrase, at + 1)
    return False


def word_then(text: str, phrase: str, after: re.Pattern[str]) -> bool:
    """`re.search(rf"\\b{re.escape(phrase)}(?:{after.pattern})", text) is not None` (`after`
    compiled without flags) for a phrase that opens with a word character, without compiling
    a pattern per phrase (names of a request: each was a new pattern, a `re` cache miss)."""
    if not phrase or not _word_char(phrase[0]):
        return re.search(rf"\b{re.escape(phrase)}(?:{after.pattern})", text) is not None
    at = text.find(phrase)
    while at >= 0:
        if (at == 0 or not _word_char(text[at - 1])) and after.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False
