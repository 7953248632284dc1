"""The thing a change is about, named anywhere in the clause: lifted out as the clause's topic.

People name the thing a change is about wherever it falls in their sentence ("from the Trailer
please take off the axle count", "in each Locker the combination can be left empty"). The
change readers know the thing said as a topic ("Trailer: take off the axle count"); this
finds the one place the clause names a thing as a thing is named (a name written with
capitals after a place word, a possessive, or "the X entity") and gives the clause back with
that name as its topic and the rest as its text, for the same readers to
read again. It reads no change itself and keeps no vocabulary of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.nouns import is_noun

# How a thing is placed before its name: the prepositions a change names its owner with
# ("on", "in", "from", "for", "of"), then a determiner or a quantifier at most
_PLACE = r"(?:on|in|from|for|of)\s+(?:(?:the|each|every|all|our|my|a|an)\s+)?"
_NAME = r"[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2}"
# lower case, "for" places a thing only with "each" or "every" ("the fee can be empty for
# walk-ins" says when, not where)
_LOWER_PLACED = re.compile(
    r"\b(?:(?:on|in|from|of)\s+(?:(?:the|each|every|all|our|my)\s+)?|for\s+(?:each|every)\s+)"
    rf"(?P<x>{_NAME})"
)
# "the Skip entity", "the entity Lesson": the thing marked as an entity, table or model
_MARKED = re.compile(
    rf"\b(?:the|our|my)\s+(?P<x>{_NAME})\s+(?:entity|table|model)\b"
    rf"|\b(?:the\s+)?(?:entity|table|model)\s+(?P<y>{_NAME})"
)
_PLACED = re.compile(rf"\b{_PLACE}(?P<x>{_NAME})")
# words that open a phrase, never a thing's name
_NOT_NAMES = frozenset("the a an our my this that each every all on in from for of to".split())
_OWNED = re.compile(r"\b(?P<x>[a-z][a-z0-9-]*)'s\b")


def _written_as_name(clause: Clause, words: list[str]) -> bool:
    """The words are written in the request as a name is, mid-sentence: each with a capital,
    spaced or run together ("Feed Bin", "FeedBin"), after a lower-case word or a comma."""
    caps = [w.capitalize() for w in words]
    if not all(cap in clause.original for cap in caps):
        return False  # (each word is in the pattern as written: no pattern is compiled)
    caps = [re.escape(cap) for cap in caps]
    return bool(re.search(r"(?<=[a-z,] )" + r"\s*".join(caps) + r"\b", clause.original))


def _longest_name(clause: Clause, words: list[str]) -> int:
    """How many of the leading words are written as a name (0: none)."""
    for k in range(len(words), 0, -1):
        if _written_as_name(clause, words[:k]):
            return k
    return 0


_LEAD = re.compile(rf"(?:\b{_PLACE}|\b(?:the|each|every|all|our|my|a|an)\s+)$")


def _with_lead(text: str, start: int) -> int:
    """Where the phrase naming a thing starts: its place word and determiner included."""
    m = _LEAD.search(text[:start])
    return m.start() if m else start


def _references(clause: Clause) -> list[tuple[int, int, Noun]]:
    """Every place the clause names a thing as things are named: (start, end, noun)."""
    text = clause.text
    found: list[tuple[int, int, Noun]] = []
    for m in _MARKED.finditer(text):
        if m["y"]:
            # "the entity Lesson": the name after the mark, as far as it is written as one
            words = m["y"].split()
            words = words[: _longest_name(clause, words) or 1]
            end = m.start("y") + len(" ".join(words))
            start = m.start()
        else:
            # "the Skip entity": the name just before the mark, as far as it is written as one
            words = m["x"].split()
            k = next(
                (k for k in range(len(words), 1, -1) if _written_as_name(clause, words[-k:])), 1
            )
            words = words[-k:]
            end = m.end()
            start = _with_lead(text, m.end("x") - len(" ".join(words)))
        if words[0] in _NOT_NAMES:
            continue
        if (noun := read_noun(" ".join(words))) is not None:
            found.append((start, end, noun))
    for pattern in (_PLACED, _OWNED):
        for m in pattern.finditer(text):
            words = m["x"].split()
            k = _longest_name(clause, words)
            if not k:
                continue
            noun = read_noun(" ".join(words[:k]))
            if noun is not None:
                end = m.end() if pattern is _OWNED else m.start("x") + len(" ".join(words[:k]))
                found.append((m.start(), end, noun))
    return found


def _lower_case_places(clause: Clause) -> list[tuple[int, int, Noun]]:
    """Things named after a place word in lower case ("on skate rental", "from the barrels"):
    one or two words each, every length a separate reading, as nothing marks where the name
    ends."""
    found: list[tuple[int, int, Noun]] = []
    for m in _LOWER_PLACED.finditer(clause.text):
        words = m["x"].split()
        if words[0] in _NOT_NAMES:
            continue
        for k in range(1, min(2, len(words)) + 1):
            if any(w in _NOT_NAMES or not is_noun(w) for w in words[:k]):
                break
            if k < len(words) and is_noun(words[k]) and m.start() > 0:
                continue  # the name may go on: a cut here would join two nouns
            noun = read_noun(" ".join(words[:k]))
            if noun is not None:
                found.append((m.start(), m.start("x") + len(" ".join(words[:k])), noun))
    return found


def _cut(clause: Clause, start: int, end: int, noun: Noun) -> Clause | None:
    rest = f"{clause.text[:start]} {clause.text[end:]}"
    rest = re.sub(r"\s*,\s*(?=,|$)|^\s*,\s*", " ", rest)
    rest = re.sub(r"\s+(?=[,;])", "", rest)
    rest = " ".join(rest.split()).strip(" ,;:-")
    if not rest:
        return None
    return replace(clause, text=rest, topic=" ".join(noun.words), topic_sep=":")


# Each lower-case place is one more reading of the whole clause: a clause naming more places
# than this is read as it is (no dev or pending clause offers more than two readings; "the
# receipts saved on " repeated to 20,000 characters offered 454 and took ~450 s)
_MOST_LOWER_PLACES = 8


def lift_named_thing(clause: Clause) -> list[tuple[Clause, Noun, bool]]:
    """Each way of reading the clause with one named thing cut out and made its topic. A name
    written as one (capitals, "the X entity", "X's") is the only reading when it is the one
    thing so written; otherwise each lower-case thing after a place word is a reading, and the
    caller keeps the clause only when exactly one of them reads. The flag: written as a name."""
    if clause.topic is not None:
        return []
    # a thing placed last ("the fax is not needed on Supplier", "… blank on weekends") is where
    # the readers look for it already; what they leave unread there is not read again
    refs = _references(clause)
    if refs:
        if len({noun.name for _, _, noun in refs}) != 1 or max(e for _, e, _ in refs) >= len(
            clause.text
        ):
            return []
        refs.sort(key=lambda r: r[0])
        start, end = refs[0][0], refs[0][1]
        for s, e, _ in refs[1:]:
            if s > end:
                return []  # the thing named in two places: no one place to cut
            end = max(end, e)
        cut = _cut(clause, start, end, refs[0][2])
        return [(cut, refs[0][2], True)] if cut else []
    if ":" in clause.text:
        return []  # "logo on shirt: yes/no" is a field and its type, no change
    places = _lower_case_places(clause)
    if len(places) > _MOST_LOWER_PLACES:
        return []  # no one thing among so many: each reading would read the whole clause again
    out = []
    for start, end, noun in places:
        if end >= len(clause.text):
            continue
        if (cut := _cut(clause, start, end, noun)) is not None:
            out.append((cut, noun, False))
    return out
