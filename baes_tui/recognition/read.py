"""Stages 1–5 together: clean request text → every statement it makes, in order.

Each segment is split into clauses and each clause goes to the readers in a fixed order:
constraint patterns, rename, remove, modify, relationship, declaration (create/add), a verbless
declaration, an entity named without fields, a field list under a topic, a bare field list,
and finally constraint words or "unread". A segment that owns nested segments ("Warehouse
entity with just:", "Books", "- Course") is a header: its nested segments are its fields.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from baes_tui.recognition.changes import (
    read_modify,
    read_reason,
    read_remove,
    read_rename,
    reword_change,
    split_changes,
)
from baes_tui.recognition.clauses import Clause, clauses_of, simplify, split_topic
from baes_tui.recognition.declarations import (
    header_count,
    read_declaration,
    read_list,
    read_mention,
    read_named,
    read_verbless,
)
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import FieldList, read_fields
from baes_tui.recognition.lexicon import (
    CHANGE_VERBS,
    COMMAND_VERBS,
    CONSTRAINT_PATTERNS,
    CONSTRAINT_WORDS,
    FILLER,
    HARD_FRAMES,
    PRACTICE_WORDS,
    TECH_CONTEXT,
    TECH_WORDS,
)
from baes_tui.recognition.relations import read_relation
from baes_tui.recognition.segment import Segment, segment
from baes_tui.recognition.statements import (
    Constraint,
    Declare,
    Mention,
    Modify,
    Reading,
    Reason,
    Remove,
    Rename,
    Statement,
    Unread,
)

_WORD = re.compile(r"[a-z][a-z-]*")
_HEADING_ONLY = re.compile(
    r"^(?:requirements?|constraints?|notes?|details|acceptance criteria|features?|fields|spec"
    r"|specification|scope|goals?|overview|background|context|summary)\s*:?$"
)
_HEADER = re.compile(
    r"^(?P<np>.+?)(?:\s+(?:entity|model|table|resource))?\s*(?:(?:with|having|has|gets|:)\s*)*"
    r"(?:just|only|the following|these|fields?|attributes?)?\s*:?$"
)


def is_constraint(text: str) -> bool:
    """A line about how to build, formats, schema, surviving data, tests — not a field."""
    low = text.lower()
    return bool(CONSTRAINT_PATTERNS.search(low) or set(_WORD.findall(low)) & CONSTRAINT_WORDS)


def is_practice(text: str) -> bool:
    """Practices, schema, migrations, surviving data, tests: never fields or entities."""
    low = text.lower()
    return bool(CONSTRAINT_PATTERNS.search(low) or set(_WORD.findall(low)) & PRACTICE_WORDS)


def is_tech_only(text: str) -> bool:
    """ "Use FastAPI and SQLite", "Responses are JSON": technology and nothing else."""
    words = set(_WORD.findall(text.lower()))
    tech = words & TECH_WORDS
    return bool(tech) and not (words - TECH_WORDS - TECH_CONTEXT - FILLER - HARD_FRAMES)


def read_clause(clause: Clause) -> list[Statement]:
    """Every statement one clause makes (usually one); a reason given for a change is kept
    apart from what the change says, and two changes in one clause are read apart."""
    parts = split_changes(clause)
    if len(parts) > 1:
        return [s for part in parts for s in read_clause(part)]
    if (reason := read_reason(clause)) is not None:
        return [reason]
    reworded, tail = reword_change(clause)
    found = _read_reworded(reworded)
    if not tail:
        return found
    if not any(_is_change(s) for s in found):
        return _read_reworded(clause)  # the reason was cut off something that is no change
    return [*found, Reason(clause.original, clause.segment, len(tail.split()))]


def _is_change(statement: Statement) -> bool:
    if isinstance(statement, Declare):
        return statement.mode in ("add", "need")
    return isinstance(statement, (Rename, Remove, Modify))


def _read_reworded(clause: Clause) -> list[Statement]:
    if is_tech_only(clause.text):
        return [Constraint(clause.original, clause.segment)]
    if is_practice(clause.text):
        # Only an entity written as one ("… for a Vehicle entity") survives in such a line.
        mention = read_mention(clause)
        if mention is not None and mention.entity is not None and mention.entity.explicit:
            return [mention, Constraint(clause.original, clause.segment)]
        return [Constraint(clause.original, clause.segment)]
    for reader in (read_rename, read_remove, read_modify, read_relation):
        found = reader(clause)
        if found is not None:
            return [found]
    declared = read_declaration(clause) or read_verbless(clause)
    if declared:
        return declared
    if (mention := read_mention(clause) or read_named(clause)) is not None:
        return [mention]
    if listed := read_list(clause):
        return list(listed)
    if is_constraint(clause.text):
        return [Constraint(clause.original, clause.segment)]
    words = len(_WORD.findall(clause.text))
    if _HEADING_ONLY.match(clause.text):
        return []  # "Requirements:" says nothing itself
    return [Unread(clause.original, clause.segment, words)] if words else []


def read_segment(seg: Segment) -> list[Statement]:
    out: list[Statement] = []
    for clause in clauses_of(seg.text, seg.index):
        found = read_clause(clause)
        if (
            seg.kind in ("line", "bullet")
            and not clause.topic
            and len(found) == 1
            and isinstance(found[0], Unread)
            and (noun := _bare_noun(clause.text)) is not None
        ):
            found = [Mention(noun, True, False, seg.index)]  # "Products: name, price\nOrders"
        out.extend(found)
    return out


def _bare_noun(text: str) -> Noun | None:
    words = _WORD.findall(text)
    if not 0 < len(words) <= 3 or re.match(rf"^(?:{COMMAND_VERBS}|{CHANGE_VERBS})\b", text):
        return None
    return read_noun(text)


def read_request(text: str) -> Reading:
    """All statements of a cleaned request (see `text.clean`)."""
    segments = segment(text)
    children: dict[int, list[Segment]] = defaultdict(list)
    for seg in segments:
        if seg.owner is not None:
            children[seg.owner].append(seg)
    reading = Reading()
    consumed: set[int] = set()
    for seg in segments:
        if seg.index in consumed:
            continue
        statements = read_segment(seg)
        if children.get(seg.index) and any(_removal_header(s) for s in statements):
            statements = _removed_below(statements, _descendants(seg.index, children), consumed)
        elif children.get(seg.index):
            header = _header(seg, statements)
            if header is not None:
                fields = FieldList()
                for child in _descendants(seg.index, children):
                    consumed.add(child.index)
                    if is_constraint(child.text):
                        reading.statements.append(Constraint(child.text, child.index))
                        continue
                    fields.extend(read_fields(child.text))
                fields.extend(header.fields)
                others = [
                    s
                    for s in statements
                    if s is not header and not _same_entity(s, header) and not isinstance(s, Unread)
                ]
                statements = [replace(header, fields=fields, header=True), *others]
        reading.statements.extend(statements)
    return reading


def _removal_header(statement: Statement) -> bool:
    return isinstance(statement, Remove) and statement.header


def _removed_below(
    statements: list[Statement], below: list[Segment], consumed: set[int]
) -> list[Statement]:
    """ "Remove the following fields from Album:" with the names as nested bullets."""
    names: list[str] = []
    for child in below:
        consumed.add(child.index)
        names.extend(a.name for a in read_fields(child.text).attributes if a.name not in names)
    return [
        replace(s, fields=tuple(names), header=False) if _removal_header(s) else s
        for s in statements
    ]


def _descendants(index: int, children: dict[int, list[Segment]]) -> list[Segment]:
    out: list[Segment] = []
    for child in children.get(index, []):
        out.append(child)
        out.extend(_descendants(child.index, children))
    return out


def _same_entity(statement: Statement, header: Declare) -> bool:
    if isinstance(statement, Declare):  # the header's own declaration, mode changed
        return statement.entity == header.entity and statement.segment == header.segment
    return isinstance(statement, Mention) and statement.entity == header.entity


def _header(seg: Segment, statements: list[Statement]) -> Declare | None:
    """The declaration a list header makes, or None when its list is not fields."""
    adding = re.match(r"^(?:also\s+)?(?:add|extend)\b", simplify(seg.text))
    for statement in statements:
        if isinstance(statement, Declare) and (statement.header or statement.entity):
            return replace(statement, mode="add") if adding else statement
    if is_constraint(seg.text):
        return None
    simple = simplify(seg.text)
    topic, rest, _ = split_topic(simple)
    if topic and rest and header_count(rest):
        noun = read_noun(topic)
        return Declare(noun, FieldList(), "add", seg.index, header=True) if noun else None
    m = _HEADER.match(simple)
    if not m or len(m["np"].split()) > 4:
        return None
    noun = read_noun(m["np"])
    if noun is None:
        return None
    mode = (
        "add"
        if re.search(r"\b(?:gets|new|more)\b|^(?:also\s+)?(?:add|extend)\b", simple)
        else "create"
    )
    return Declare(noun, FieldList(), mode, seg.index, header=True)  # type: ignore[arg-type]
