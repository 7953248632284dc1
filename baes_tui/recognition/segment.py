"""Stage 1 of recognition: clean text → segments (title, sentences, bullets), nesting kept.

A request may be one sentence, a paragraph, or a requirement document: a title line, a blank
line, "Requirements:" and bullets (`-`, `*`, `+`, `1.`, `1)`, markdown headings), with field
bullets nested under "Warehouse entity with just:". Each segment records its `owner`: the
segment it belongs to (a nested bullet's parent bullet, a list's header line), so "Patient
entity with just:" owns the four bullets indented under it and "Books" owns "* title".

Lines are joined when one plainly continues the last: it starts with "and"/"or"/"(" or the
last ended in a comma, "and", "with"…; or it is a wrapped bullet (indented under a bullet
without a marker of its own). Prose lines are split into sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["title", "line", "sentence", "bullet", "heading"]

_BULLET = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|\d{1,2}[.)]|#{1,6})\s+(?P<body>.*)$")
_INDENT = re.compile(r"^(\s*)")
_CONTINUES_NEXT = re.compile(r"(?:,|\band|\bor|\bwith|\bplus|&|\(|\bincluding|\bhaving)\s*$", re.I)
_CONTINUES_LAST = re.compile(r"^(?:and|or|plus|&|\(|,)\b|^\(", re.I)
# Sentence ends: . ! ? followed by space and a letter, not inside "e.g.", "no. of" or a
# decimal number.
_SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<=[.!?])(?!(?<=\b[Nn]o\.)\s+of\b)\s+(?=[\"'(\w])"
)  # "no. of visitors" is one item


@dataclass(frozen=True, slots=True)
class Segment:
    """One readable unit of the request, in request order."""

    index: int
    text: str  # original case, markers stripped, single spaces
    kind: Kind
    depth: int  # nesting level: 0 for top-level lines, +1 per bullet level
    owner: int | None  # index of the segment this one belongs to, if any
    paragraph: int  # blank-line separated block number
    line: int  # index of the source line (sentences of one line share it)

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Line:
    indent: int
    marker: str
    body: str
    paragraph: int
    number: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    paragraph = 0
    for number, raw in enumerate(text.split("\n")):
        if not raw.strip():
            paragraph += 1
            continue
        if m := _BULLET.match(raw):
            indent, marker, body = len(m["indent"]), m["marker"], m["body"].strip()
        else:
            indent, marker, body = len(_INDENT.match(raw)[1]), "", raw.strip()  # type: ignore[index]
        if not body:
            continue
        last = out[-1] if out else None
        if last and last.paragraph == paragraph and _continues(last, indent, marker, body):
            last.body = f"{last.body} {body}"
            continue
        out.append(_Line(indent, marker, body, paragraph, number))
    return out


def _continues(last: _Line, indent: int, marker: str, body: str) -> bool:
    """True when a line is the rest of the previous one (a wrapped list)."""
    if marker:
        return False
    if _CONTINUES_LAST.match(body) or _CONTINUES_NEXT.search(last.body):
        return not last.body.endswith(":")
    # A wrapped bullet: indented under a bullet, no marker, and not a "key: value" line.
    return bool(last.marker) and indent > last.indent and ":" not in body


def segment(text: str) -> tuple[Segment, ...]:
    """Segments of a cleaned request; see the module docstring."""
    lines = _lines(text)
    out: list[Segment] = []
    # (indent, segment index, is bullet) of the open parents, innermost last
    stack: list[tuple[int, int, bool]] = []
    header: int | None = None  # last top-level plain line that can own a following list
    for position, line in enumerate(lines):
        is_bullet = bool(line.marker) and not line.marker.startswith("#")
        while stack and stack[-1][0] >= line.indent:
            stack.pop()
        if line.marker.startswith("#"):
            kind: Kind = "heading"
        elif is_bullet:
            kind = "bullet"
        elif position == 0 and len(lines) > 1 and line.paragraph < lines[1].paragraph:
            kind = "title"
        else:
            kind = "line"
        owner = stack[-1][1] if stack else None
        if owner is None and header is not None and (is_bullet or line.indent > 0):
            owner = header
        owned_by_header = False
        if owner is None and kind == "line" and header is not None and _is_key_value(line.body):
            owner, owned_by_header = header, True  # "Ingredient\nname: text\nunit price: decimal"
        depth = (out[owner].depth + 1) if owner is not None else 0
        first = len(out)
        parts = [line.body] if is_bullet or kind == "heading" else _sentences(line.body)
        for part in parts:
            part_kind: Kind = kind if len(parts) == 1 else "sentence"
            if kind == "title":
                part_kind = "title"
            out.append(
                Segment(len(out), part, part_kind, depth, owner, line.paragraph, line.number)
            )
        stack.append((line.indent, first, is_bullet))
        if owned_by_header:
            continue
        if kind == "heading" or (kind in ("line", "title") and line.indent == 0):
            header = first if _can_own(line.body) else None
    return tuple(out)


def _is_key_value(body: str) -> bool:
    """ "unit price: decimal": a field and its type on one line (no list after the colon)."""
    key, sep, value = body.partition(":")
    return (
        bool(sep) and 0 < len(key.split()) <= 4 and 0 < len(value.split()) <= 3 and "," not in value
    )


def _can_own(body: str) -> bool:
    """A line that can head a list: ending in a colon ("Requirements:"), or a short bare
    phrase ("Books", "Artifact") that says nothing after it."""
    if body.endswith(":"):
        return True
    return len(body.split()) <= 4 and not re.search(r"[:,;(—]", body)


def _sentences(body: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(body)]
    out: list[str] = []
    for part in (p for p in parts if p):
        # "Our chess club (est. 1974!) finally …": a stop inside parentheses ends no sentence
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out
