"""A change document whose title names the thing its lines change.

"Change request – Contract entity" over "1. end date must be optional", "Naming fix - Employee"
over "- rename surname to last name", "Changes for the Recipe app:" over "- add a cuisine": the
lines say each change without its entity, and the title, a label of change ("change request",
"changes", "fixes", "cleanup"), names it after a dash, a colon or "for". When every change of
the request is said with no entity and nothing else in it names one, the title's thing is
theirs. A title that names nothing ("Change request 7", "Changes for the app") leaves them
asked, as a change with no entity is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import singular
from baes_tui.core.names import safe_field_name, to_snake_case
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.lexicon import FRAME_NOUNS, LED_FRAMES
from baes_tui.recognition.segment import Segment
from baes_tui.recognition.statements import (
    Aside,
    Constraint,
    Declare,
    Mention,
    Modify,
    Reason,
    Remove,
    Rename,
    Statement,
    Unread,
)

# Words of a label that announces changes (with a number or a ticket's key, "small", "a few")
_LABEL_WORDS = frozenset(
    """change changes request requests cr cleanup clean-up tidy tidy-up fix fixes naming
    update updates tweak tweaks edit edits amendment amendments adjustment adjustments
    modification modifications schema data model field fields small minor quick few some a
    the little renames renaming needed required wanted requested""".split()
)  # ("Fixes needed on Booking", "Updates required on Kayak": the changes wanted on it)
# "(from Tues meeting)", "(v2)": a remark closing a title says where it came from, no name
# (each try starts where a run of spaces starts: a 20,000-space line is read once, not per space)
_CLOSING_REMARK = re.compile(r"(?<!\s)\s*\([^()]{1,60}\)\s*:?$")
_TITLE = re.compile(
    r"^(?P<label>[a-z0-9][a-z0-9# -]*?)\s*(?:[—–:]|\s-\s|\s+(?:for|to|on)\s+)\s*"
    r"(?P<np>[a-z][a-z' -]*?)\s*:?$"
)
# "Kayak changes:", "Hull register tweaks -": the thing first, then the work done on it
_THING_FIRST = re.compile(
    r"^(?P<np>[a-z][a-z' -]*?)\s+(?P<label>changes|tweaks|fixes|updates|edits|amendments"
    r"|adjustments|modifications|clean-?up|tidy-?up|(?:(?:field|column)\s+)?renames)\s*[:—–-]?$"
)
# "Client field renames:", "Field renames on Client": each line under it renames a field
_FIELD_RENAMES = re.compile(r"\b(?:field|column|attribute)\s+(?:renames|renaming)\b")
_KEY = re.compile(r"^(?:[a-z]+-\d+|#?\d+)$")  # "14", "#14", "ops-77"


def title_owner(statements: list[Statement], segments: tuple[Segment, ...]) -> list[Statement]:
    """The changes with no entity, owned by the thing a change document's title names."""
    if not segments or segments[0].depth != 0:
        return statements
    if field_renames_title(segments[0].text):
        statements = [_field_renamed(s) for s in statements]
    changes = [s for s in statements if _change(s)]
    if not changes or any(s.segment == 0 for s in changes):
        return statements
    for s in statements:
        if s.segment == 0:
            if not isinstance(s, Unread | Aside | Constraint | Reason | Mention):
                return statements
        elif _names_entity(s) and not _split(s):
            return statements
    if any(
        getattr(s, "pronoun", False) or (s.entity is not None and not _split(s))  # type: ignore[union-attr]
        for s in changes
    ):
        return statements
    owner = _titled(segments[0].text)
    if owner is None:
        if _app_titled(segments[0].text):
            return [
                Constraint(segments[0].text, 0)
                if isinstance(s, Mention) and s.segment == 0
                else _unsplit(s)
                for s in statements
            ]
        return statements
    # ("Kayak changes:" read as a thing "KayakChange" too: the title names the changes' thing,
    # no thing of its own, and is kept as said)
    return [
        _owned(s, owner)
        if _change(s)
        else Constraint(segments[0].text, 0)
        if isinstance(s, Mention) and s.segment == 0
        else s
        for s in statements
    ]


def field_renames_title(text: str) -> bool:
    """ "Client field renames:": a title over lines each renaming a field."""
    return _FIELD_RENAMES.search(text.lower()) is not None


def _field_renamed(s: Statement) -> Statement:
    """ "- rename pcode to postcode" under "Client field renames:": read alone, a rename of a
    thing ("Pcode"); under a title of field renames, the field of the title's thing."""
    if not (isinstance(s, Rename) and s.of_entity and s.entity is not None and s.segment):
        return s
    try:
        old, new = safe_field_name(" ".join(s.entity.words)), safe_field_name(to_snake_case(s.new))
    except UnsafeName:
        return s
    return Rename(None, old, new, False, s.segment)


def heading_over_things(segments: tuple[Segment, ...], statements: list[Statement]) -> bool:
    """ "Lost property log" over "found items: description, place found", "wildlife rescue
    intake" over "mice have an intake date …": a first line that is only a short name, heading
    nothing of its own while the lines under it give a thing its fields, names the document
    (read as a title is), not a thing made without fields."""
    if len(segments) < 2 or segments[0].kind != "line" or segments[0].depth != 0:
        return False
    head = segments[0]
    if segments[1].line == head.line or any(s.owner == 0 for s in segments):
        return False
    parts = _heading_parts(head.text)
    if not parts:
        return False
    first = [s for s in statements if s.segment == 0]
    if len(first) != 1 or not isinstance(first[0], Mention) or first[0].entity is None:
        return False
    given = _things_given_below(statements, fields=1)
    if not given:
        return False
    return any(_names_document(part.lower().split(), given) for part in parts)


def title_read_as_fields(
    segments: tuple[Segment, ...], statements: list[Statement]
) -> list[Statement]:
    """ "Hillside School: Field Trip Permission Slips" over "Each permission slip records: …",
    "Bäckerei (bakery) – requirements" over a list of orders' fields: a first line that is only
    a name and its subtitle, read as a thing with the subtitle for a field, names the document
    when the lines under it give another thing its fields and the title ends in what the
    document is (requirements, spec, log) or in the things below (slips over PermissionSlip).
    It is kept as said, as a title read as a noun is."""
    if len(segments) < 2 or segments[0].kind not in ("line", "title") or segments[0].depth:
        return statements
    head = segments[0]
    if segments[1].line == head.line or any(s.owner == 0 for s in segments):
        return statements
    parts = _heading_parts(head.text)
    first = [s for s in statements if s.segment == 0]
    if len(first) != 1 or not isinstance(first[0], Declare):
        return statements
    title = first[0]
    if title.entity is None or title.mode == "add" or len(title.fields.attributes) > 2:
        return statements
    if parts and _revised(head.text.strip()) != head.text.strip():
        # "Löyly on Wheels – depots, update 2": a numbered revision names the document
        return [Constraint(head.text, 0) if s is title else s for s in statements]
    given = _things_given_below(statements, fields=2, other_than=title.entity.name)
    if len(parts) == 1 and given and parts[0].lower().split()[-1] in _DOCUMENT_WORDS:
        # "Scout kit store requirements" read "the scout kit stores requirements"
        return [Constraint(head.text, 0) if s is title else s for s in statements]
    if len(parts) < 2:
        return _records_titled(head, title, statements)
    if not given:
        return statements
    for part in parts:
        last = part.lower().split()[-1]
        if (
            last in FRAME_NOUNS
            or last in _DOCUMENT_WORDS
            or any(singular(last) == singular(e.words[-1]) for e in given if e.words)
        ):
            return [Constraint(head.text, 0) if s is title else s for s in statements]
    return statements


def _records_titled(head: Segment, title: Declare, statements: list[Statement]) -> list[Statement]:
    """ "Court records modernisation", "Pupil records for Smith's Driving School" over a list
    of a thing's fields: a heading whose word of records ("records", "log", "register") was
    read as a verb ("X records Y") names the document, not a thing X holding Y, once the lines
    under it give a thing two fields or more (the heading's own thing among them). It is kept
    as said."""
    if not _RECORDS_HEADING.match(head.text.strip()):
        return statements
    words = head.text.lower().split()
    if not any(w in _RECORDS_WORDS for w in words[1:-1]):
        return statements
    if not _things_given_below(statements, fields=2):
        return statements
    return [Constraint(head.text, 0) if s is title else s for s in statements]


# Words of a heading that name the records kept, and read as a verb after a noun ("Court
# records modernisation" is read "the court records a modernisation")
_RECORDS_WORDS = frozenset("records record logs log register registers".split())
# (a name of up to eight words, no mark of a list or a sentence: "for Smith's Driving School"
# may say whose records they are)
_RECORDS_HEADING = re.compile(r"^[A-Za-z][A-Za-z'’&-]*(?: (?:&|[A-Za-z][A-Za-z'’&-]*)){1,7}$")


def _things_given_below(
    statements: list[Statement], fields: int, other_than: str | None = None
) -> list[Noun]:
    """The things the lines under the first one create with at least `fields` fields of their
    own (a title is judged by what the document below it builds)."""
    return [
        s.entity
        for s in statements
        if isinstance(s, Declare)
        and s.segment > 0
        and s.entity is not None
        and s.mode != "add"
        and len(s.fields.attributes) >= fields
        and s.entity.name != other_than
    ]


def _names_document(words: list[str], given: list[Noun]) -> bool:
    last = words[-1]
    if last in FRAME_NOUNS or last in _DOCUMENT_WORDS:
        return True  # "Lost property log", "IoT gateway requirements"
    if len(words) > 1 and singular(last) == last:
        return True  # a place or a trade said whole: "wildlife rescue intake", "Boat club"
    # "Marina berths" over "berths have …" names the things below; "Customers" over "orders
    # have …" may be a thing wanted without fields, and stays asked
    return any(singular(last) == singular(e.words[-1]) for e in given if e.words)


def _heading_parts(text: str) -> list[str]:
    """The names a title line is made of: the line itself ("Lost property log"), or a name and
    its subtitle apart ("HARBOUR WORKS – SLIPWAY BOOKINGS", "Section C — boat hire", "tide
    gauges: readings"), with a closing remark in brackets ("(draft, May)") and the marks of a
    comment or a heading before it ("-- ", "# ") set aside; [] when the line is no such name
    (a list, a sentence, a line ending in a colon)."""
    text = _COMMENT_MARK.sub("", text.strip())
    text = _CLOSING_REMARK.sub("", text).strip()
    text = _INNER_REMARK.sub(" ", text)
    text = _revised(text)
    if text.endswith(":"):
        return []
    parts = [p.strip() for p in _SUBTITLE.split(text)]
    if len(parts) > 2 or not all(_HEADING.match(p) for p in parts):
        return []
    if len(parts) == 2 and any(p.lower().split()[-1] in _NAMED_AS_THING for p in parts):
        return []  # "Clean up - Contact entity": the subtitle names the thing changed
    return parts


# A name alone: up to five words, no punctuation that would make it a list or a sentence
# (letters of any language: "Löyly on Wheels")
_HEADING = re.compile(r"^[^\W\d_](?:[^\W\d_]|['&-])*(?: (?:&|[^\W\d_](?:[^\W\d_]|['&-])*)){0,4}$")
# A numbered revision closing a title ("…, update 2", "… v3", "… - draft 2"): a document's mark
_REVISION = re.compile(
    r"(?:,|\s[—–-])?\s+(?:update|version|ver|rev|revision|draft|iteration|release|v)\.?\s?\d{1,3}$",
    re.IGNORECASE,
)


def _revised(text: str) -> str:
    """The title without its closing revision mark (looked for in the line's last 40
    characters only, so a long line costs nothing)."""
    head, tail = text[:-40], text[-40:]
    return (head + _REVISION.sub("", tail)).strip()


# "Bäckerei (bakery) – requirements": a gloss in brackets inside a title line
_INNER_REMARK = re.compile(r"(?<!\s)\s*\([^()]{1,40}\)\s*")
# A word that marks the name before it as the thing itself ("Contact entity", "Order table")
_NAMED_AS_THING = frozenset("entity entities table tables model models".split())
# A title and its subtitle: "Harbour works – slipway bookings", "Part C: boat hire"
_SUBTITLE = re.compile(r"(?<!\s)\s+[—–-]\s+|:\s+")
# An SQL comment's or a heading's marks before a title line ("-- kiln log", "# Kiln log")
_COMMENT_MARK = re.compile(r"^(?:--+|#+)\s+")
# What a document is, said last in its heading ("… requirements", "… spec")
_DOCUMENT_WORDS = frozenset("requirements requirement spec specs specification notes".split())


def _split(s: Statement) -> bool:
    """ "make hull colour optional": a change whose thing was read from its field's first
    word said in lower case (Hull's colour), the whole being the field's name."""
    return isinstance(s, Modify) and bool(s.whole) and s.entity is not None


def _owned(s: Statement, owner: Noun) -> Statement:
    """The change, of the title's thing ("Kayak changes:" over "make hull colour optional" is
    Kayak's hull colour, the title naming what the lines change; under "Schema change -
    Appointment", "appointment length" is the field's whole name as written)."""
    if _split(s):
        changes = tuple(replace(c, name=s.whole) for c in s.changes)  # type: ignore[union-attr]
        return replace(s, entity=owner, changes=changes, whole="")  # type: ignore[arg-type]
    return replace(s, entity=owner)  # type: ignore[arg-type]


def _change(s: Statement) -> bool:
    if isinstance(s, Declare):
        return s.mode in ("add", "either") and not s.header
    if isinstance(s, Remove):
        return not s.whole_entity
    if isinstance(s, Rename):
        return not s.of_entity
    return isinstance(s, Modify)


def _names_entity(s: Statement) -> bool:
    if isinstance(s, Declare | Remove | Modify | Rename):
        return s.entity is not None or (isinstance(s, Remove) and s.whole_entity)
    if isinstance(s, Mention):
        return s.entity is not None and not s.weak
    return not isinstance(s, Unread | Aside | Constraint | Reason)


def change_title(text: str) -> bool:
    """ "Fixes for Booking:", "Fixes needed on Booking (from Tues meeting)": a label of changes
    before the thing it names, over lines that each say a change."""
    return _titled(text) is not None and _THING_FIRST.match(text.strip().lower()) is None


def _labelled(text: str) -> str | None:
    """What a change document's title names after its label of change, as written."""
    text = _CLOSING_REMARK.sub("", text.strip())
    m = _TITLE.match(text.strip().lower()) or _THING_FIRST.match(text.strip().lower())
    if m is None:
        return None
    label = m["label"].split()
    if not any(
        w in _LABEL_WORDS - {"a", "the", "small", "minor", "quick", "few", "some"} for w in label
    ):
        return None
    if not all(w in _LABEL_WORDS or _KEY.match(w) for w in label):
        return None
    return str(m["np"])


def _app_titled(text: str) -> bool:
    """ "Fixes needed on the app", "Changes to our system": a change title naming only the
    app, so no line under it is of a thing the title names."""
    np = _labelled(text)
    words = [w for w in (np or "").split() if w not in ("the", "a", "an", "our", "my")]
    return bool(words) and all(w in FRAME_NOUNS for w in words)


def _unsplit(s: Statement) -> Statement:
    """ "make hull colour optional" under "Fixes needed on the app": the field keeps its whole
    name and the change has no thing (asked), not Hull's colour."""
    if not _split(s):
        return s
    changes = tuple(replace(c, name=s.whole) for c in s.changes)  # type: ignore[union-attr]
    return replace(s, entity=None, changes=changes, whole="")  # type: ignore[arg-type]


def _titled(text: str) -> Noun | None:
    np = _labelled(text)
    if np is None:
        return None
    words = [w for w in np.split() if w not in ("the", "a", "an", "our", "entity", "table")]
    while len(words) > 1 and words[-1] in FRAME_NOUNS:
        words.pop()  # "the recipe app" names the recipe
    # "update to the van fleet": a thing said with its collection or place is read where such
    # lines are read for their context noun (assemble.py), not named whole here
    # ("Changes for KimchiBatch:", cleaned to "Kimchi Batch", is one name written as one)
    if (
        len(words) > 1
        and singular(words[-1]) == words[-1]
        and " ".join(w.capitalize() for w in words) not in text
    ):
        return None
    return read_noun(np)


def subtitle_names_things(
    segments: tuple[Segment, ...], statements: list[Statement]
) -> list[Statement]:
    """ "Ace Locksmiths - Jobs", "Skyward Balloons — Bookings" over a line of fields with no
    thing of its own (a pasted header row): a title of a business and, after a dash or a
    colon, a plural naming what the document keeps. The rows are the subtitle's things (Job,
    Booking), never the business's (AceLocksmith), when the fields are on the very next line.
    Only a title read as the first part alone,
    as it with the subtitle for its one field ("Hillside Campsite: Pitches"), or set aside
    whole as talk ("Kart hire - sessions") is so read; a subtitle that names a frame or the
    document ("- Details", "— requirements", "— Log") leaves the reading as it was."""
    if len(segments) < 2 or segments[0].kind not in ("line", "title") or segments[0].depth:
        return statements
    head = segments[0]
    if segments[1].line != head.line + 1 or segments[1].paragraph != head.paragraph:
        # (the fields on the very next line: a title set apart by a blank line, over "Need to
        # track:" and its bullets, is asked about as before)
        return statements
    parts = _heading_parts(head.text)
    if len(parts) != 2:
        return statements
    first = [s for s in statements if s.segment == 0]
    if len(first) != 1:
        return statements
    title = first[0]
    business, sub = (p.lower().split() for p in parts)
    if isinstance(title, (Aside, Constraint)):
        # "Kart hire - sessions", "Opticians: eye tests": the title whole set aside as talk
        # or as a rule
        if title.text.strip() != head.text.strip():
            return statements
    elif isinstance(title, Declare) and title.entity is not None:
        # "Hillside Campsite: Pitches": the subtitle read as the business's one field
        said = [a.name for a in title.fields.attributes]
        if list(title.entity.words) != business or said != ["_".join(sub)]:
            return statements
    elif (
        not isinstance(title, Mention)
        or title.entity is None
        or not _tail_of(list(title.entity.words), business)
    ):
        return statements
    last = sub[-1]
    if (
        len(sub) > 3
        or singular(last) == last
        or last in FRAME_NOUNS
        or last in LED_FRAMES
        or last in _DOCUMENT_WORDS
        or last in _SUBTITLE_NOT_THINGS
    ):
        return statements
    rows = [s for s in statements if s.segment > 0]
    if not rows or not all(isinstance(s, Declare) and s.entity is None for s in rows):
        return statements
    thing = read_noun(parts[1])
    if thing is None or thing.words != tuple(sub):
        return statements
    named = Mention(entity=thing, create=True, weak=False, segment=0)
    return [named if s is title else s for s in statements]


def _tail_of(words: list[str], business: list[str]) -> bool:
    """ "Brightglass Studio Glass" read as Glass: the thing read is the title's last words."""
    return bool(words) and business[-len(words) :] == words


# Subtitles that say what part of the document follows, no thing kept ("Acme Ltd - Fields")
_SUBTITLE_NOT_THINGS = frozenset(
    """fields columns attributes properties headers headings contents notes details
    minutes changes updates fixes tweaks edits requirements basics essentials
    ideas thoughts questions""".split()
)
