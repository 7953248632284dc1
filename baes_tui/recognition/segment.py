"""Stage 1 of recognition: clean text → segments (title, sentences, bullets), nesting kept.

A request may be one sentence, a paragraph, or a requirement document: a title line, a blank
line, "Requirements:" and bullets (`-`, `*`, `+`, `1.`, `1)`, markdown headings), with field
bullets nested under "Warehouse entity with just:". Each segment records its `owner`: the
segment it belongs to (a nested bullet's parent bullet, a list's header line), so "Patient
entity with just:" owns the four bullets indented under it and "Books" owns "* title".

A table (`| field | type | required |` rows, with or without a `|---|` rule under its header)
is read as the list it is: its header row names its columns, and each row below becomes one
bullet "name (type, optional)" at the table's place, so the line above it ("### Vessel",
"Fields:") owns it like any list.

Lines are joined when one plainly continues the last: it starts with "and"/"or"/"(" or the
last ended in a comma, "and", "with"…; or it is a wrapped bullet (indented under a bullet
without a marker of its own). Prose lines are split into sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from baes_tui.recognition.fields import type_phrase
from baes_tui.recognition.lexicon import FRAME_NOUNS, UNIT_WORDS
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.text import TICKET_KEY

Kind = Literal["title", "line", "sentence", "bullet", "heading"]

# "a) name" and "a. name" letter a list as "1." numbers it
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?P<marker>[-*+]|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-z][.)]"
    r"|#{1,6})\s+(?P<body>.*)$"
)
# "Ferry timetable" over "=====" (or "-----"): a markdown heading written with an underline
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# "**Entity:** Dog", "__Fields__", "`name`: text": emphasis and code marks carry no words
_EMPHASIS = re.compile(r"(\*\*|__|`)(?=\S)(.+?)(?<=\S)\1")
_INDENT = re.compile(r"^(\s*)")
_CONTINUES_NEXT = re.compile(r"(?:,|\band|\bor|\bwith|\bplus|&|\(|\bincluding|\bhaving)\s*$", re.I)
_CONTINUES_LAST = re.compile(r"^(?:and|or|plus|&|\(|,)\b|^\(", re.I)
# Sentence ends: . ! ? followed by space and a letter, not inside "e.g.", "no. of", "no. and"
# or a decimal number.
_SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<=[.!?])(?!(?<=\b[Nn]o\.)\s+(?:of|and|or)\b)\s+(?=[\"'(\w])"
)  # "no. of visitors" is one item; "mobile no. and address" goes on with the list


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
    plus: bool = False  # a bullet written "+ notes": in change notes, a line added

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


_TABLE_ROW = re.compile(r"^(?P<indent>\s*)\|(?P<cells>.*\|.*)$")
_TABLE_RULE = re.compile(r"^[\s|:+-]*-{2,}[\s|:+-]*$")
_BARE_RULE = re.compile(r"^\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
# What a header cell says its column holds.
_NAME_COLUMN = frozenset("field name field attribute column property key".split()) | {
    "field name",
    "attribute name",
    "column name",
    "property name",
}
_TYPE_COLUMN = frozenset({"type", "data type", "datatype", "kind", "format", "field type"})
_REQUIRED_COLUMN = frozenset({"required", "mandatory", "required?", "mandatory?", "req"})
_OPTIONAL_COLUMN = frozenset({"optional", "nullable", "optional?", "nullable?", "null"})
_NOTE_COLUMN = frozenset("notes note description comment comments remarks example".split())
_OLD_COLUMN = frozenset({"old name", "old", "current name", "current", "from", "was", "before"})
_NEW_COLUMN = frozenset({"new name", "new", "to", "becomes", "now", "after", "rename to"})
_YES = frozenset("yes y true x ✓ ✔ required mandatory 1".split())
_NO = frozenset("no n false - optional 0 ✗ ✘".split())


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def tables_as_lists(text: str) -> str:
    """Each table of `text` as bullets, one per row ("- honey yield (float)"); see the
    module docstring. Text without a table comes back unchanged."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    done = 0
    previous = -1
    for start, end, items in _tables(lines):
        out.extend(lines[done:start])
        unnamed = previous >= 0 and not any(line.strip() for line in lines[previous:start])
        done = previous = end
        block = lines[start:end]
        if items is None or unnamed:
            # rows of values, not of fields; or a table straight after another, which
            # nothing names (whose fields are they?): left as written, and unread
            out.extend(block)
            continue
        indent = rx(r"\s*").match(block[0])[0]  # type: ignore[index]
        above = next((line for line in reversed(out) if line.strip()), "")
        if above.rstrip().endswith(":"):
            # "1. A course entity with the following fields:" owns the table under it
            depth = len(above) - len(above.lstrip())
            indent = " " * max(len(indent), depth + 2)
        out.extend(f"{indent}- {item}" for item in items)
    out.extend(lines[done:])
    return "\n".join(out)


def _tables(lines: list[str]) -> list[tuple[int, int, list[str] | None]]:
    """(first line, end line, items or None for a table of values) of each table."""
    found: list[tuple[int, int, list[str] | None]] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and "|" in lines[i] and _BARE_RULE.match(lines[i + 1]):
            # "Field | Type" over "--- | ---": a table written without its outer pipes
            start = i
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                i += 1
            block = [f"| {line.strip().strip('|')} |" for line in lines[start:i]]
        elif _TABLE_ROW.match(lines[i]) and not _TABLE_RULE.match(lines[i]):
            start = i
            while i < len(lines) and _TABLE_ROW.match(lines[i]):
                i += 1
            block = lines[start:i]
        else:
            i += 1
            continue
        if len(block) > 1:
            found.append((start, i, _table_items(block)))
    return found


_NAME_KEY = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?:name|title)\s*:\s*(?P<name>\S.*)$", re.I)
_FIELDS_KEY = re.compile(r"^\s*(?:fields|attributes|columns|properties)\s*:\s*$", re.I)


_ENTITY_KEY = re.compile(r"^(?:entity|model|table)\s*:\s*[A-Za-z][\w -]{0,40}$", re.I)


def _named_blocks(text: str) -> str:
    """ "- name: Truck" over "fields:" (a YAML-like list of entities): the name is the
    entity's, written "entity: Truck" so it reads like a block that says so."""
    if "name" not in text.lower():
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _NAME_KEY.match(line)
        if m and any(_FIELDS_KEY.match(after) for after in lines[i + 1 : i + 3]):
            lines[i] = f"{m['lead']}entity: {m['name']}"
    return "\n".join(lines)


def _cell(row: list[str], at: int | None) -> str:
    return row[at].strip() if at is not None and at < len(row) else ""


def table_remarks(text: str) -> list[str]:
    """What a table of fields says beyond name, type and required: the cells of other
    columns ("unique", "kg per season", a default), as "honey yield: kg per season". Kept as
    business rules, so nothing a person wrote in a table disappears."""
    if "|" not in text:
        return []
    lines = text.split("\n")
    out: list[str] = []
    for start, end, items in _tables(lines):
        if items is None:
            continue  # a table left as written is kept whole elsewhere
        rows = [_cells(line) for line in lines[start:end] if not _TABLE_RULE.match(line)]
        head = [c.lower() for c in rows[0]]
        if not set(head) & _NAME_COLUMN:
            continue
        name_at = next(n for n, c in enumerate(head) if c in _NAME_COLUMN)
        used = _NAME_COLUMN | _TYPE_COLUMN | _REQUIRED_COLUMN | _OPTIONAL_COLUMN
        for row in rows[1:]:
            name = _cell(row, name_at)
            said = [
                cell.strip()
                for n, cell in enumerate(row)
                if n < len(head)
                and head[n] not in used
                and cell.strip()
                and not _OPTIONAL_ONLY.fullmatch(cell.strip().lower())
            ]
            if name and said:
                out.append(f"{name}: {'; '.join(said)}")
    return out


# A note cell that says only what the optional marker already carries.
_OPTIONAL_ONLY = re.compile(r"[-–—.]*|(?:optional|nullable|can be (?:empty|blank))\.?")


def _table_items(block: list[str]) -> list[str] | None:
    """ "name (type, optional)" for each row of a table of fields; None for a table whose
    columns nothing names (no header row, and the second column holds no type)."""
    rows = [_cells(line) for line in block if not _TABLE_RULE.match(line)]
    ruled = len(block) > 1 and bool(_TABLE_RULE.match(block[1]))
    head = [c.lower() for c in rows[0]]
    if len(head) == 2 and head[0] in _OLD_COLUMN and head[1] in _NEW_COLUMN:
        # "| old name | new name |" over "| addr1 | street address |": a table of renames
        return [f"rename {row[0]} to {row[1]}" for row in rows[1:] if len(row) == 2 and all(row)]
    known = _NAME_COLUMN | _TYPE_COLUMN | _REQUIRED_COLUMN | _OPTIONAL_COLUMN | _NOTE_COLUMN
    has_header = ruled or all(c in known for c in head if c)
    if has_header and not set(head) & known:
        return None  # "| Wine | Region | Price |" over rows of wines: records, not fields
    if has_header:
        rows = rows[1:]
    elif not all(len(row) > 1 and type_phrase(row[1].lower()) for row in rows):
        return None  # no header names the columns and the second is no type: data rows
    else:
        head = []

    def column(names: frozenset[str], default: int | None) -> int | None:
        return next((n for n, c in enumerate(head) if c in names), default)

    name_at = column(_NAME_COLUMN, 0)
    type_at = column(_TYPE_COLUMN, None if head else 1)
    required_at = column(_REQUIRED_COLUMN, None)
    optional_at = column(_OPTIONAL_COLUMN, None)
    note_at = column(_NOTE_COLUMN, None)
    items: list[str] = []
    for row in rows:
        name = _cell(row, name_at)
        if not name:
            continue
        kind, required, note = _cell(row, type_at), _cell(row, required_at), _cell(row, note_at)
        notes = [kind.lower()] if kind else []
        optional = (
            required.lower() in _NO
            or _cell(row, optional_at).lower() in _YES | {"nullable"}
            or rx(r"\b(?:optional|nullable|can be (?:empty|blank))\b").search(note.lower())
        )
        if optional and required.lower() not in _YES:
            notes.append("optional")
        items.append(f"{name} ({', '.join(notes)})" if notes else name)
    return items


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    paragraph = 0
    raws = text.split("\n")
    for number, raw in enumerate(raws):
        if not raw.strip():
            paragraph += 1
            continue
        if _UNDERLINE.match(raw):
            continue  # the underline of the heading above (made a heading below)
        if number + 1 < len(raws) and _UNDERLINE.match(raws[number + 1]) and not _BULLET.match(raw):
            raw = ("# " if "=" in raws[number + 1] else "## ") + raw.strip()
        raw = _EMPHASIS.sub(r"\2", raw)
        raw = TICKET_KEY.sub(lambda m: m["heading"] or "", raw)  # the key is an identifier
        if m := _BULLET.match(raw):
            indent, marker, body = len(m["indent"]), m["marker"], m["body"].strip()
        else:
            indent, marker, body = len(_INDENT.match(raw)[1]), "", raw.strip()  # type: ignore[index]
            body = _form_line(body, raws[number + 1 :])
        if not body:
            continue
        last = out[-1] if out else None
        if last and last.paragraph == paragraph and _continues(last, indent, marker, body):
            last.body = f"{last.body} {body}"
            continue
        out.append(_Line(indent, marker, body, paragraph, number))
    return out


# "Surname ________", "Date joined ..........": the blank of a paper form after its label
_FORM_BLANK = re.compile(r"\s*(?:_{3,}|\.{4,})\s*$")
# "Referral —", "Kayak hire -": a short line ending in a dash, the next line not blank
_DANGLING_DASH = re.compile(r"^(?P<head>[A-Za-z][^:,;.!?]{0,40}?)\s*(?:[-\u2013\u2014]{1,2})$")


def _form_line(body: str, after: list[str]) -> str:
    """A plain line as a paper form or a dash writes it: the blank after a label taken off
    ("Surname ________" is "Surname"), and a short line ending in a dash over more lines
    ("Referral —" over "patient name") heading them as a colon does."""
    body = _FORM_BLANK.sub("", body) or body
    if (
        (m := _DANGLING_DASH.match(body))
        and len(m["head"].split()) <= 5
        and after
        and after[0].strip()
        and not _UNDERLINE.match(after[0])
    ):
        return f"{m['head']}:"
    return body


def _continues(last: _Line, indent: int, marker: str, body: str) -> bool:
    """True when a line is the rest of the previous one (a wrapped list)."""
    if marker:
        return False
    if _CONTINUES_LAST.match(body) or _CONTINUES_NEXT.search(last.body):
        return not last.body.endswith(":")
    # A wrapped bullet: indented under a bullet, no marker, and not a "key: value" line.
    return bool(last.marker) and indent > last.indent and ":" not in body


# A ticket's line that says what is left out, when it is done or how it is filed ("Out of scope:
# historic data", "DoD: merged and deployed", "Labels: backend, mobile", "Story points: 3"):
# about the work, never a thing or its fields. Said on a line of its own after the ticket's
# first line, not in a list ("- label: text" is a field).
TICKET_NOTE = re.compile(
    r"^(?:out of scope|not in scope|non-?\s?goals|dod|definition of done|labels|components"
    r"|story points|assignee|reporter|fix versions?|affects versions?)\s*:\s*\S"
)


# An e-mail's subject line pasted first ("Subject: quote for the yard", "Re: Fwd: boat
# list"), then a blank line: a title said about the mail, not a thing named before a list (a
# school's "Subject: name, code" is a list, with commas, and keeps its entity)
_MAIL_SUBJECT = re.compile(
    r"\A\s*(?:(?:subject|re|fwd?|aw|sv)\s*:\s*)+(?=[^,\n]+\n[ \t]*\n)", re.IGNORECASE
)
# A document's label on its first line ("Title: Scout hut bookings", "Project: Greenhouse
# monitor", "Epic: Kit returns"), words written with a capital and more lines after them:
# the document's title ("Project: name, budget" is a list, and keeps its entity)
_DOCUMENT_LABEL = re.compile(
    r"\A\s*(?i:title|project|subject|feature|epic|story|summary|topic|ticket)\s*:\s*"
    r"(?=[A-Z][^,\n ]*[ \t]+[^,\n]*\n\s*\S)"
)


# "Lesson weather info" right over "Requirements:": a short first line with no verb of asking,
# over a document's section label, names the document as one alone in its paragraph does
# (its words are no thing to create: "Title: Pickup times" over a change of Pickup)
_SECTION_LABEL = re.compile(
    r"^(?i:(?:functional\s+)?requirements?|acceptance\s+criteria|definition\s+of\s+done"
    r"|user\s+stor(?:y|ies)|description|summary|scope|background|context|why|problem"
    r"|changes?|details)\s*:\s*$"
)
_ASKING_OPENER = re.compile(
    r"^(?i:please|pls|can|could|would|we|i|our|create|add|build|make|need|remove|rename|drop"
    r"|delete|change|track|manage|keep|set|store|record|let|allow|hi|hello|hey)\b"
)
# a title has no list punctuation and does not end as a sentence does
_NOT_A_TITLE = re.compile(r"[,:;]|[.!?]\s*$")


def _titles_section(first: _Line, second: _Line) -> bool:
    body = first.body.strip()
    return (
        bool(_SECTION_LABEL.match(second.body.strip()))
        and not second.marker
        and len(body.split()) <= 6
        and not _NOT_A_TITLE.search(body)
        and not _ASKING_OPENER.match(body)
    )


@lru_cache(maxsize=1)  # a recognition asks twice for the same text (titles, then the reading)
def segment(text: str) -> tuple[Segment, ...]:
    """Segments of a cleaned request; see the module docstring."""
    text = _DOCUMENT_LABEL.sub("", _MAIL_SUBJECT.sub("", text, count=1), count=1)
    lines = _lines(_named_blocks(tables_as_lists(text)))
    out: list[Segment] = []
    # (indent, segment index, is bullet) of the open parents, innermost last
    stack: list[tuple[int, int, bool]] = []
    header: int | None = None  # last top-level plain line that can own a following list
    last_owned = False  # the line before was a field line its header owns
    for position, line in enumerate(lines):
        is_bullet = bool(line.marker) and not line.marker.startswith("#")
        while stack and stack[-1][0] >= line.indent:
            stack.pop()
        if line.marker.startswith("#") and _sections(lines, position):
            kind: Kind = "title"  # "## Fisheries log" over "### Vessel" names the system
        elif (
            position == 0
            and len(lines) > 1
            and (line.paragraph < lines[1].paragraph or _titles_section(line, lines[1]))
            and (not is_bullet)
        ):
            # a first line alone in its paragraph names the document, with or without a
            # markdown "#": "# Pottery studio tool" over "Requirements: …"
            kind = "title"
        elif line.marker.startswith("#"):
            kind = "heading"
        elif is_bullet:
            kind = "bullet"
        else:
            kind = "line"
        owner = stack[-1][1] if stack else None
        if owner is None and header is not None and (is_bullet or line.indent > 0):
            owner = header
        owned_by_header = False
        if (
            owner is None
            and kind == "line"
            and header is not None
            and (
                _is_key_value(line.body)
                or (last_owned and _field_line(line.body))
                or _bare_list_opens(lines, position)
            )
            and not TICKET_NOTE.match(line.body.lower())
            and not _ENTITY_KEY.match(line.body)  # "Entity: Booking" heads a list of its own
        ):
            owner, owned_by_header = header, True  # "Ingredient\nname: text\nunit price: decimal"
        last_owned = owned_by_header
        depth = (out[owner].depth + 1) if owner is not None else 0
        first = len(out)
        parts = [line.body] if is_bullet or kind == "heading" else _sentences(line.body)
        for part in parts:
            part_kind: Kind = kind if len(parts) == 1 else "sentence"
            if kind == "title":
                part_kind = "title"
            made = Segment(len(out), part, part_kind, depth, owner, line.paragraph, line.number)
            out.append(made if line.marker != "+" else replace(made, plus=True))
        if len(parts) > 1 and parts[-1].endswith(":") and parts[-1][:1].isalpha():
            # "We lend boxes weekly. For each box we need:": the sentence that ends the line
            # with a colon heads the list below, not the remark before it
            first = len(out) - 1
        stack.append((line.indent, first, is_bullet))
        if owned_by_header:
            continue
        if kind == "heading" or (kind in ("line", "title") and line.indent == 0):
            owns = _can_own(line.body) and not _remark_over_lists(line, lines[position + 1 :])
            header = first if owns else None
    return tuple(out)


def _remark_over_lists(title: _Line, below: list[_Line]) -> bool:
    """ "Market admin - what we need" over "- Vendors: name, phone": a line that heads a list
    only once its remark is cut off, over items that give things their own lists (or naming
    the app, or apart from its list by a blank line), titles the document (the items are read
    each on its own), never one thing's fields."""
    body = title.body
    if not TITLE_REMARK.search(body) or body.endswith(":"):
        return False
    if below and below[0].paragraph != title.paragraph:
        return True  # "Seed swap - requirements", a blank line, then the requirements
    if TITLE_REMARK.sub("", body).split()[-1].lower() in FRAME_NOUNS:
        return True  # "Collections database - requirements": the app named, over its list
    for line in below:
        if not line.marker:
            return False
        if rx(r"^[^:,]{1,40}:\s*[^,]+,").match(line.body):
            return True
    return False


def _sections(lines: list[_Line], position: int) -> bool:
    """A markdown heading whose next heading is deeper: it titles the sections under it
    (the system or the document), while the deeper headings name what each section is about."""
    level = len(lines[position].marker)
    following = (line.marker for line in lines[position + 1 :] if line.marker.startswith("#"))
    return len(next(following, "")) > level


def _is_key_value(body: str) -> bool:
    """ "unit price: decimal": a field and its type on one line (no list after the colon);
    "passage number int", "seeded at datetime": the type written last, after a space."""
    key, sep, value = body.partition(":")
    if not sep:
        words = body.split()
        return (
            2 <= len(words) <= 5
            and body[:1].islower()
            and words[-1].lower() in _SPACED_TYPES
            and not rx(r"[,;.!?()]").search(body)
        )
    return (
        bool(sep) and 0 < len(key.split()) <= 4 and 0 < len(value.split()) <= 3 and "," not in value
    )


# Type words written after a field's name with only a space ("qty int", "seeded at datetime"):
# they make the line a field line its header owns; how the name and type split is read later.
# ("text" ends names too, "alt text": a line ending in it is left as it is)
_SPACED_TYPES = frozenset(
    "int integer float double decimal bool boolean datetime timestamp str string varchar date"
    " email money".split()
)


def _bare_list_opens(lines: list[_Line], position: int) -> bool:
    """ "Service charge demands:" then "block name", "period", "amount due" on lines of their
    own: under a line ending in a colon, two or more short lower-case names with no marks are
    its list, written without bullets."""
    if position == 0 or position + 1 >= len(lines):
        return False
    above, line, below = lines[position - 1], lines[position], lines[position + 1]
    return (
        above.body.endswith(":")
        and not above.marker
        and above.indent == line.indent == below.indent == 0
        and not line.marker
        and not below.marker
        and above.paragraph == line.paragraph == below.paragraph
        and _field_line(line.body)
        and _field_line(below.body)
    )


# "as written on the letter", "as on the certificate": where the value is copied from glosses
# a field ("as agreed", "as before" say how something was decided, no field)
_AS_WRITTEN = (
    r"as\s+(?:(?:(?:it|they)\s+(?:is\s+|are\s+)?)?"
    r"(?:written|shown|printed|given|stated|spelt|spelled|recorded|appears?)|on|in)"
)


# "budget - what they can spend", "decision date — when the panel meets", "approved - yes/no":
# a short name, a spaced dash, then what it is in words (or its type)
_GLOSSED_FIELD = re.compile(
    r"^[a-z][a-z0-9']*(?:\s[a-z0-9'][a-z0-9']*){0,3}\s+[-\u2013\u2014]{1,2}\s+"
    # ("patient name - as written on the letter": how it is written is a gloss too)
    rf"(?P<gloss>(?:the|what|when|how|where|who|which|whose|{_AS_WRITTEN})\s[^,;:()\n]{{1,60}}"
    r"|[a-z/ ]{2,20})$"
    # "budget (what they can spend)": the gloss in brackets, as the cleaner writes some
    r"|^[a-z][a-z0-9']*(?:\s[a-z0-9'][a-z0-9']*){0,3}\s+\((?P<bracketed>(?:the|what|when|how"
    rf"|where|who|which|whose|{_AS_WRITTEN})\s[^,;:()\n]{{1,60}})\)$"
)


def is_field_line(body: str) -> bool:
    """A short bare name that reads as one field ("hull number", "insured (true/false)"),
    whatever its first letter's case: a bullet of a list of fields."""
    return _field_line(body[:1].lower() + body[1:])


def _field_line(body: str) -> bool:
    """A line that goes on with the field lines: a short name (see _continues_fields), or a
    short name glossed after a dash, the words of the gloss a description or a type."""
    if _continues_fields(body):
        return True
    m = _GLOSSED_FIELD.match(body)
    if m is None:
        return False
    gloss = m["gloss"] or m["bracketed"]
    return (
        gloss.split()[0] in _GLOSS_OPENERS
        or bool(rx(_AS_WRITTEN + r"\b").match(gloss))
        or bool(type_phrase(gloss.strip()))
    )


_GLOSS_OPENERS = frozenset("the what when how where who which whose".split())


def _continues_fields(body: str) -> bool:
    """ "flask size" between "passage number int" and "contaminated bool": a short lower-case
    name with nothing after it continues the field lines (a capitalised one may head another
    entity's lines). A type in brackets after it ("first aid certified (yes/no)") is its note."""
    body = _without_type_note(body)
    return (
        body[:1].islower()
        and 0 < len(body.split()) <= 4
        and body.split()[-1] != "text"  # "station code text": a type, or "alt text"? not said
        and not rx(r"[,;:.!?()]").search(body.replace(" - ", " "))
    )


_TYPE_NOTE = re.compile(r"\s*\((?P<note>[^()]{1,40})\)$")
_REQUIRED_NOTE = re.compile(r"(?:optional|nullable|required|mandatory)")


def _without_type_note(body: str) -> str:
    """ "first aid certified" for "first aid certified (yes/no)": a closing bracket that gives
    only the type (and whether it may be empty) taken off; anything else left as written."""
    m = _TYPE_NOTE.search(body)
    if m is None:
        return body
    notes = [n.strip() for n in m["note"].lower().split(",") if n.strip()]
    # ("work phone (optional)": whether it may be empty alone is such a note too)
    # ("length (in feet)", "height (cm)": the unit it is measured in is such a note too)
    typed = bool(notes) and all(
        type_phrase(n) or _REQUIRED_NOTE.fullmatch(n) or n.removeprefix("in ") in UNIT_WORDS
        for n in notes
    )
    return body[: m.start()] if typed else body


# "Deliveries - reqs from Sam", "Kiln log - what we need", "Hire items - v2": after a spaced
# dash, a remark on the list itself (whose list, which draft); the phrase before it heads it
TITLE_REMARK = re.compile(
    r"\s+[-\u2013\u2014]\s+(?:(?:reqs?|requirements?|specs?|wish\s?list|notes?)(?:\s+(?:from|for|by)"
    r"\s+[\w' ]+)?|what\s+(?:we|i)\s+(?:need|want)|v\d+(?:\.\d+)*|(?:first\s+)?draft)\s*:?$",
    re.IGNORECASE,
)


def _can_own(body: str) -> bool:
    """A line that can head a list: ending in a colon ("Requirements:"), or a short bare
    phrase ("Books", "Artifact") that says nothing after it."""
    if body.endswith(":") or _ENTITY_KEY.match(body):
        return True  # ("Entity: Kennel Booking" names the thing its list is of)
    body = TITLE_REMARK.sub("", body)
    # "Equipment loans (physio dept)": a remark in brackets after the phrase says where or for
    # whom, and the phrase still heads the list
    body = rx(r"\s*\([^()]{1,30}\)$").sub("", body)
    # "Service records for the vans", "Access keys for the partner portal": whose or where
    # the things are, after the phrase, says which, as a bracket does
    body = FOR_WHOM.sub("", body)
    return len(body.split()) <= 4 and not rx(r"[:,;(—]").search(body)


FOR_WHOM = re.compile(r"(?<=\w)\s+(?:for|at|in)\s+(?:the|our|my)(?:\s+[A-Za-z'-]+){1,3}$")


# "Costume: name, size; Borrower: name, phone": a semicolon between two lists, each headed by
# a name written with a capital before its colon, ends the first as a full stop would (the
# second name is no field; "size: text" after a semicolon is a field with its type)
_HEADED = re.compile(r"[A-Za-z][\w' -]{0,40}:\s")
_NEXT_HEADED = re.compile(r";\s+(?=[A-Z][\w' -]{0,40}:\s)")


def _sentences(body: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(body)]
    parts = [q for p in parts for q in (_NEXT_HEADED.split(p) if _HEADED.match(p) else [p])]
    out: list[str] = []
    for part in (p for p in parts if p):
        # "Our chess club (est. 1974!) finally …": a stop inside parentheses ends no sentence
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out
