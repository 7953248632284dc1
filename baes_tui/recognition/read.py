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

from baes_tui.core.inflection import singular
from baes_tui.recognition.asides import (
    is_background,
    is_courtesy,
    is_pleasantry,
    is_signoff,
    words_of,
)
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
from baes_tui.recognition.detection import is_custom_logic
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import LIST_REASON, OPTIONAL, Dropped, FieldList, read_fields
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
from baes_tui.recognition.nouns import is_noun
from baes_tui.recognition.relations import read_predicate, read_relation, read_value_list
from baes_tui.recognition.segment import Segment, segment
from baes_tui.recognition.statements import (
    Aside,
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
    if clause.aside:
        # kept as the segment as written (like Unread): the role of a user story stays too
        return [Aside(clause.original, clause.segment, words_of(clause.aside), clause.aside)]
    if _OPTIONAL_REMARK.match(clause.text):  # "It's optional though, …": _said_optional_later
        return [Unread(clause.original, clause.segment, len(_WORD.findall(clause.text)))]
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
    if (held := read_value_list(clause)) is not None:
        # "a member can have several phone numbers": asked about, never a field or an entity
        owner, said = held
        values = FieldList(dropped=[Dropped(said, LIST_REASON)], items=1)
        return [Declare(owner, values, "need", clause.segment)]
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
    return [Unread(clause.original, clause.segment, words, clause.text)] if words else []


def read_segment(seg: Segment, heads: bool = False) -> list[Statement]:
    """Statements of one segment; `heads`: a segment follows it in the same paragraph."""
    out: list[Statement] = []
    clauses = clauses_of(seg.text, seg.index)
    if not clauses and is_pleasantry(seg.text):  # "Hi!", "Cheers.": said, kept, not read
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    for clause in clauses:
        found = read_clause(clause)
        if (
            (seg.kind in ("line", "bullet") or (heads and _called_out(seg)))
            and not clause.topic
            and len(found) == 1
            and isinstance(found[0], Unread)
            and (noun := _bare_noun(clause.text)) is not None
        ):
            found = [Mention(noun, True, False, seg.index)]  # "Products: name, price\nOrders"
        out.extend(found)
    if is_signoff(seg.text) or (
        is_pleasantry(seg.text) and all(isinstance(s, (Mention, Unread)) for s in out)
    ):
        return [Aside(seg.text, seg.index, words_of(seg.text))]  # "Kindly do it by today."
    if is_courtesy(seg.text) and all(isinstance(s, (Mention, Unread, Declare, Aside)) for s in out):
        # "Is possible?", "Let me know if you need more info.": courtesy names no field even
        # where a reader found a list or an entity in it ("is possible", "Know")
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    return out


def _called_out(seg: Segment) -> bool:
    """ "POTHOLE REPORTS!!!", "articles pls!!", "So: fixtures.": a sentence that only names a
    topic (shouted, asked for, or a bare plural) heads what follows like a header line does."""
    words = _WORD.findall(simplify(seg.text))
    plural = 0 < len(words) <= 3 and singular(words[-1]) != words[-1]
    return (
        seg.kind == "sentence"
        and (plural or bool(re.search(r"(?:!|:)\s*$|\b(?:please|pls|plz)\b", seg.text, re.I)))
        and not is_pleasantry(seg.text)  # "Grazie!" names nothing either (is_noun below)
        and bool(words)
        and is_noun(words[0]) is not False
    )


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
        heads = seg.index + 1 < len(segments) and segments[seg.index + 1].line == seg.line
        statements = read_segment(seg, heads)
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
                    # "- belongs to one Candidate" under "## Interview": said of the header's
                    # entity, a relationship among its fields
                    related = read_predicate(simplify(child.text), header.entity, child.index)
                    if related is not None:
                        reading.statements.append(related)
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
    _said_optional_later(reading)
    _talk_aside(reading, segments)
    return reading


# "it is optional though", "that one can be left blank": about the field just listed
_OPTIONAL_REMARK = re.compile(
    r"^(?:(?:but|and|oh|also)\s+)?(?:it|that|this|that one|this one|the last one)\s+"
    r"(?:is\s+|are\s+)?(?:" + OPTIONAL.pattern + r")"
)
_OPTIONAL_SUBJECT = re.compile(
    r"^(?:(?:but|and|oh|also|though|the|a|an)\s+)*(?P<f>[a-z][a-z -]{0,40}?)"
    r"(?:\s+(?:is|are|was|will be|would be|should be|field))?$"
)


def _said_optional_later(reading: Reading) -> None:
    """ "… a microchip number. It's optional though.", "Assigned to can be blank for the
    spares": a sentence that makes a field read earlier optional."""
    declared = [s for s in reading.statements if isinstance(s, Declare) and s.fields.attributes]
    for i, statement in enumerate(reading.statements):
        if not isinstance(statement, Unread) or not declared:
            continue
        simple = simplify(statement.text)
        m = OPTIONAL.search(simple)
        subject = _OPTIONAL_SUBJECT.match(simple[: m.start()].strip()) if m else None
        if subject is None or re.search(r"[,;]", simple[: m.start()]):  # type: ignore[union-attr]
            continue
        word = subject["f"]
        owner = next((d for d in reversed(declared) if d.segment < statement.segment), None)
        if owner is None:
            continue
        names = [a.name for a in owner.fields.attributes]
        if word in ("it", "that", "this", "that one", "this one", "the last one"):
            index = len(names) - 1
        elif (name := "_".join(word.replace("-", " ").split())) in names:
            index = names.index(name)
        else:
            continue
        found = owner.fields.attributes[index]
        owner.fields.attributes[index] = replace(found, required=False)
        reading.statements[i] = Constraint(statement.text, statement.segment)


def _talk_aside(reading: Reading, segment_texts: tuple[Segment, ...]) -> None:
    """Greetings, thanks and closings are asides; so is background (a sentence with no list
    and no ask), but only when the ask itself was read in another sentence."""
    asked = any(_asks(s) for s in reading.statements)
    out: list[Statement] = []
    for statement in reading.statements:
        out.append(statement)
        if isinstance(statement, Mention) and statement.weak and asked:
            # "We sell honey at three markets": context for a change, and kept as said
            text = next((s.text for s in segment_texts if s.index == statement.segment), "")
            if text and is_background(text):
                out.append(Aside(text, statement.segment, 0))
            continue
        if not isinstance(statement, Unread):
            continue
        text = statement.text
        if is_pleasantry(text) or (asked and is_background(statement.clause or text)):
            out[-1] = Aside(text, statement.segment, statement.words)
        elif asked and is_custom_logic(statement.clause or text) and not _holds_list(text):
            # "Send a webhook when an order is paid": custom logic, kept for review (like a
            # dropped item that is custom logic), not text nobody understood
            out[-1] = Constraint(text, statement.segment)
    reading.statements = out


def _holds_list(text: str) -> bool:
    return bool(re.search(r"[^,;]+[,;][^,;]+[,;]", text))


def _asks(statement: Statement) -> bool:
    if isinstance(statement, Declare):
        return bool(statement.fields.attributes) or statement.header
    if isinstance(statement, Mention):
        return statement.create and not statement.weak
    return not isinstance(statement, (Unread, Constraint, Aside, Reason))


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
