"""Readers for changes to what exists: rename a field or an entity, remove, modify.

Each reader takes one clause and returns a statement or None; the entity may come from the
clause ("… from Supplier"), from a possessive ("a student's age"), or from the clause's topic
("On Student, …", "Employees: …"), else it stays None for the assembler to resolve.

A rename is of an entity when it says so ("the Course entity"), or when no entity is named
around it and neither name reads as a field ("rename course -> module"); it is of a field
when it says so ("the module field"), or an entity owns it ("on Student").
"""

from __future__ import annotations

import re

from baes_tui.core.errors import UnsafeName
from baes_tui.core.models import AttrType
from baes_tui.core.names import safe_field_name
from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import infer_type, one_per_record, read_fields, type_phrase
from baes_tui.recognition.lexicon import (
    FIELD_HINTS,
    FIELD_MODIFIERS,
    HARD_FRAMES,
    PRONOUNS,
    TYPE_WORDS,
)
from baes_tui.recognition.statements import Change, Modify, Remove, Rename

_ON = r"(?:on|in|of|for|from|within|inside)"
_TAIL = r"(?:\s+(?:instead|from now on|going forward|everywhere|please|too|now))*"

# --- rename -------------------------------------------------------------------------------------
_RENAME = (
    re.compile(
        rf"^(?:rename|renaming)\s+(?P<old>.+?)\s+(?:to|->|into|as)\s+(?P<new>.+?)"
        rf"(?:\s+{_ON}\s+(?P<ent>[^,]+?))?{_TAIL}$"
    ),
    re.compile(
        r"^(?:change|update|modify|fix)\s+(?:the\s+)?name\s+of\s+(?P<old>.+?)"
        rf"(?:\s+{_ON}\s+(?P<ent>.+?))?\s+(?:to|into)\s+(?P<new>.+?){_TAIL}$"
    ),
    re.compile(
        r"^(?:change|update)\s+(?:the\s+)?(?P<marker>field|entity|table)\s+name\s+(?:of\s+)?"
        rf"(?P<old>.+?)\s+(?:to|into)\s+(?P<new>.+?){_TAIL}$"
    ),
    re.compile(
        r"^(?:change|update)\s+(?:the\s+)?(?P<old>[a-z][a-z' -]*?)\s+(?P<marker>entity|table|field"
        rf"|column)(?:'s)?\s+name\s+(?:to|into)\s+(?P<new>.+?){_TAIL}$"
    ),
    re.compile(
        r"^(?P<old>.+?)\s+(?:should|must|will|shall|can|could|would)?\s*(?:now\s+)?"
        r"(?:be\s+|is\s+|are\s+)?(?:now\s+)?(?:called|named|renamed(?:\s+to)?|known as)\s+"
        rf"(?P<new>.+?){_TAIL}$"
    ),
)
_CHANGE_QUOTED = re.compile(
    r"^(?:change|switch)\s+(?:the\s+)?(?:field\s+|column\s+)?[\"'](?P<old>[^\"']+)[\"']"
    r"(?:\s+field)?\s+(?:to|into)\s+[\"'](?P<new>[^\"']+)[\"']"
    rf"(?:\s+{_ON}\s+(?P<ent>[^,]+?))?{_TAIL}$"
)
_CALL = re.compile(rf"^(?:let us\s+|we should\s+|you can\s+)?call\s+(?P<body>.+?){_TAIL}$")
_QUOTED = re.compile(r"[\"'](?P<q>[^\"']+)[\"']")
_MARKED = re.compile(r"^(?:the\s+)?(?:(?P<pre>field|entity|table|column)\s+)?(?P<words>.+?)"
                     r"(?:\s+(?P<post>field|entity|table|column|model))?$")  # fmt: skip


def read_rename(clause: Clause) -> Rename | None:
    s = clause.text
    old = new = ent = None
    marker = ""
    for pattern in (*_RENAME, _CHANGE_QUOTED):
        if (m := pattern.match(s)) and not _creates(m["old"], m["new"]):
            old, new = m["old"], m["new"]
            ent = m.groupdict().get("ent")
            marker = m.groupdict().get("marker") or ""
            break
    else:
        if not (m := _CALL.match(s)) or not (split := _split_call(m["body"])):
            return None
        old, new = split
    return _rename(clause, old, new, ent, marker)


def _creates(old: str, new: str) -> bool:
    """ "Create an entity called Invoice with amount …" names a new entity, renames none."""
    return bool(re.match(r"^(?:create|make|add|build|define|set up|new)\b", old)) or bool(
        re.search(r",|\b(?:with|having)\b", new)
    )


def _split_call(body: str) -> tuple[str, str] | None:
    """ "Item Product" / "the surname field last name" / "Course 'Module'" → (old, new)."""
    if q := _QUOTED.search(body):
        return body[: q.start()].strip(), q["q"]
    if m := re.match(r"^(?P<old>.+?\s(?:field|entity|table|column))\s+(?P<new>.+)$", body):
        return m["old"], m["new"]
    words = body.split()
    return (words[0], words[1]) if len(words) == 2 else None


def _rename(clause: Clause, old: str, new: str, ent: str | None, marker: str) -> Rename | None:
    old = _QUOTED.sub(lambda m: m["q"], old).strip()
    new = _QUOTED.sub(lambda m: m["q"], new).strip(" .")
    if ent is None and (m := re.match(r"^(?:the\s+)?(?P<ent>[a-z][a-z-]*)'s\s+(?P<old>.+)$", old)):
        old, ent = m["old"], m["ent"]  # "Rename Product's cost field to price"
    # "the field surname on Employee": the owner may sit inside the old name
    if ent is None and (m := re.match(rf"^(?P<old>.+?)\s+{_ON}\s+(?P<ent>.+)$", old)):
        old, ent = m["old"], m["ent"]
    if ent is None and (m := re.match(rf"^(?P<new>.+?)\s+{_ON}\s+(?P<ent>.+)$", new)):
        new, ent = m["new"], m["ent"]  # "call the phone field mobile on Contact"
    owner = read_noun(ent) if ent else None
    if ent and owner is None and not _is_frame(ent):
        return None
    mo, mn = _MARKED.match(old), _MARKED.match(new)
    if mo is None or mn is None:
        return None
    marks = {mo["pre"], mo["post"], mn["pre"], mn["post"], marker}
    old_words, new_words = mo["words"].split(), mn["words"].split()
    if not old_words or not new_words or old_words == new_words:
        return None
    if old_words[0] in PRONOUNS or any(w in PRONOUNS for w in new_words):
        return None
    topic = read_noun(clause.topic) if clause.topic else None
    says_entity = bool(marks & {"entity", "table", "model"})
    says_field = bool(marks & {"field", "column"})
    if says_entity or not (says_field or owner or topic or _fieldish(old_words, new_words)):
        old_noun, new_noun = read_noun(" ".join(old_words)), read_noun(" ".join(new_words))
        if old_noun is None or new_noun is None:
            return None
        return Rename(old_noun, old_noun.name, new_noun.name, True, clause.segment)
    try:
        old_name = safe_field_name(" ".join(old_words))
        new_name = safe_field_name(" ".join(new_words))
    except UnsafeName:
        return None
    if len(old_words) > 4 or len(new_words) > 4:
        return None
    return Rename(owner or topic, old_name, new_name, False, clause.segment)


def _fieldish(*names: list[str]) -> bool:
    return any(
        infer_type(words) is not AttrType.STR or FIELD_HINTS.intersection(words) for words in names
    )


def _is_frame(phrase: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", phrase)) & HARD_FRAMES)


# --- remove -------------------------------------------------------------------------------------
_REMOVE_VERB = (
    r"(?:remove|delete|drop|rm|erase|get rid of|eliminate|discard|wipe|scrap|purge|destroy"
    r"|clear|take out|take away|throw away|kill)"
)
_REMOVE = re.compile(
    rf"^{_REMOVE_VERB}\s+(?P<what>.+?)(?:\s+(?:from|off|out of|on|in|of|within)\s+(?P<ent>.+?))?"
    r"(?:\s+(?:entirely|completely|altogether|for good|too|as well|again|anymore|any more"
    r"|from now on|now|permanently))*$"
)
_TAKE_OFF = re.compile(r"^take\s+(?P<what>.+?)\s+(?:off|out of|away from)\s+(?P<ent>.+)$")
_NO_NEED = re.compile(
    r"^(?P<ent>.+?)\s+(?:(?:do|does)\s+not\s+(?:need|use|require|want)|no longer (?:needs?|uses?"
    r"|requires?|has|have))\s+(?P<what>.+?)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
_NOBODY = re.compile(
    r"^(?:nobody|no one|noone)\s+(?:really\s+|ever\s+)?(?:uses?|needs?|fills? in)\s+"
    r"(?P<what>.+?)(?:\s+(?:on|in|of|for|from)\s+(?P<ent>.+?))?"
    r"(?:\s+(?:anymore|any more|any longer|at all))?$"
)
_NO_LONGER = re.compile(
    r"^(?:we|i)\s+(?:no longer|do not|will not|never)\s+(?:want|need|use|track|store|keep"
    r"|record|collect)\s+"
    r"(?:to\s+(?:store|keep|track|record|have|save)\s+)?(?P<what>.+?)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
_STOP = re.compile(r"^(?:stop|quit)\s+(?:storing|tracking|keeping|recording|saving|using)\s+"
                   r"(?P<what>.+)$")  # fmt: skip
_NOT_NEEDED = re.compile(
    r"^(?P<what>.+?)\s+(?:is|are)?\s*(?:not needed|no longer needed|unused|obsolete)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
_PRONOUN_OBJECT = re.compile(
    r"^(?:it|them|both|those|these|that|this|them both|both of them|the (?:entity|table)"
    r"|that (?:field|column|one|entity|table)|this (?:field|column|one|entity|table)"
    r"|those (?:fields|columns)|these (?:fields|columns)|both fields|the field|the fields)$"
)
_ENTITY_MARK = re.compile(r"\b(?:entity|entities|table|tables|model|resource)\b")
_FIELDS_WORD = re.compile(r"^(?:the\s+)?(?:fields?|columns?|attributes?)\s+")


def read_remove(clause: Clause) -> Remove | None:
    s = clause.text
    ent: str | None = None
    fields_only = False
    for pattern in (_REMOVE, _TAKE_OFF):
        if m := pattern.match(s):
            what, ent = m["what"], m.groupdict().get("ent")
            break
    else:
        if m := _NO_NEED.match(s):
            what, ent = m["what"], m["ent"]
            if ent in ("we", "i", "you", "they"):
                ent = None
        elif m := _NOBODY.match(s):
            return _remove(clause, m["what"], m["ent"], True, True) if m["ent"] else None
        elif m := _NO_LONGER.match(s) or _STOP.match(s) or _NOT_NEEDED.match(s):
            what = m["what"]
            fields_only = m.re is not _NO_LONGER
            generic = True  # "we don't track fax numbers": one value per record
            return _remove(clause, what, ent, fields_only, generic)
        else:
            return None
    return _remove(clause, what, ent, fields_only)


def _remove(
    clause: Clause, what: str, ent: str | None, fields_only: bool, generic: bool = False
) -> Remove | None:
    topic = read_noun(clause.topic) if clause.topic else None
    what = what.strip()
    if _PRONOUN_OBJECT.match(what):
        whole = bool(_ENTITY_MARK.search(what))
        owner = read_noun(ent) if ent else topic
        return Remove(owner, (), whole, clause.segment, pronoun=True)
    owner: Noun | None = None
    if ent:
        owner = read_noun(ent)
        if owner is None and not _is_frame(ent):
            return Remove(None, (), False, clause.segment)
    if _ENTITY_MARK.search(what) and not _FIELDS_WORD.match(what):
        return Remove(read_noun(what), (), True, clause.segment)
    possessed = re.match(r"^(?:a|an|the|each|every)?\s*(?P<ent>[a-z -]+?)'s\s+(?P<rest>.+)$", what)
    if possessed and owner is None:
        owner, what = read_noun(possessed["ent"]), possessed["rest"]
    placed = re.match(
        r"^(?P<what>.+?)\s+(?:on|in|from|of|for)\s+(?:the\s+)?(?P<ent>[a-z][a-z -]*)$", what
    )
    if placed and owner is None and (noun := read_noun(placed["ent"])) is not None:
        owner, what = noun, placed["what"]  # "the middle name on Person"
    owner = owner or (topic if not ent else None)
    if quoted := _QUOTED.search(what):
        what = quoted["q"]  # 'delete the old "fax" field': the name is what is quoted
    names = _field_names(_FIELDS_WORD.sub("", what), generic=generic)
    if owner is not None or fields_only or _FIELDS_WORD.match(what):
        return Remove(owner, names, False, clause.segment)
    # No owner: one thing that is not a field reads as the entity ("Remove Supplier").
    if len(names) <= 1 and not _fieldish(what.split()):
        noun = read_noun(what)
        if noun is not None:
            return Remove(noun, (), True, clause.segment)
        return Remove(None, (), True, clause.segment)
    return Remove(None, names, False, clause.segment)


def _field_names(text: str, generic: bool = False) -> tuple[str, ...]:
    """Names of the fields in `text`; a generic plural ("we don't track fax numbers") names
    one value per record."""
    parsed = read_fields(text)
    if generic:
        return tuple(one_per_record(a).name for a in parsed.attributes)
    return tuple(a.name for a in parsed.attributes)


# --- modify -------------------------------------------------------------------------------------
_REQ = r"optional|nullable|not required|not mandatory|required|mandatory|compulsory|not optional"
_TYPES = "|".join(re.escape(t) for t in sorted(TYPE_WORDS, key=len, reverse=True))
_TARGET = rf"(?P<to>{_REQ}|(?:{_TYPES})(?:\s+(?:field|value|type|column))?)"
_MODIFY = (
    re.compile(rf"^make\s+(?P<f>.+?)\s+{_ON}\s+(?P<ent>.+?)\s+(?:be\s+)?(?:an?\s+)?{_TARGET}$"),
    re.compile(rf"^make\s+(?P<f>.+?)\s+(?:be\s+)?(?:an?\s+)?{_TARGET}(?:\s+{_ON}\s+(?P<ent>.+))?$"),
    re.compile(
        r"^(?:change|convert|switch|update|alter|modify|set|turn)\s+(?:the\s+)?"
        r"(?:(?:data\s+)?type\s+of\s+)?(?P<f>.+?)(?:\s+(?:on|in|of|for)\s+(?P<ent>.+?))?"
        r"(?:\s+from\s+(?:an?\s+)?[a-z/-]+)?\s+(?:to|into|as)\s+(?:be\s+)?(?:an?\s+)?"
        rf"{_TARGET}(?:\s+{_ON}\s+(?P<ent2>.+))?$"
    ),
    re.compile(
        r"^(?P<f>.+?)\s+(?:should|must|needs to|has to|have to|will|shall|ought to)\s+"
        r"(?:(?:now|really|actually|probably|also|always)\s+)*"
        rf"(?:be|become|be made)\s+(?:an?\s+)?{_TARGET}$"
    ),
    re.compile(r"^(?P<f>.+?)\s*->\s*(?:an?\s+)?" + _TARGET + "$"),
)
_ALLOW_EMPTY = re.compile(
    rf"^(?:allow|let)\s+(?P<f>.+?)(?:\s+{_ON}\s+(?P<ent>.+?))?\s+(?:to\s+)?be\s+"
    r"(?:empty|blank|null|missing|optional|left empty|left blank)$"
    r"|^(?:do not|don't|no longer)\s+require\s+(?P<f2>.+?)(?:\s+(?:on|in|for)\s+(?P<ent2>.+))?$"
    r"|^(?P<f3>.+?)\s+(?:is|are)\s+no longer\s+(?:required|mandatory)(?:\s+(?:on|in|for)\s+"
    r"(?P<ent3>.+))?$"
)
_CAN_BE_EMPTY = re.compile(
    r"^(?P<f>.+?)\s+(?:can|may|could)\s+(?:also\s+)?be\s+(?:empty|blank|null|left (?:empty|blank)"
    r"|missing|omitted)$"
    r"|^(?P<f2>.+?)\s+(?:does|do)\s+not\s+(?:have|need)\s+to\s+be\s+(?:filled(?:\s+in)?|set"
    r"|given|provided|entered)$"
)
_IS_NOW = re.compile(rf"^(?P<f>.+?)\s+(?:is|are)\s+now\s+(?:an?\s+)?{_TARGET}$")
# "The event's start date needs …; change its type", "The phone number on Supplier is not
# always known, so make it optional": the field an "it" refers to, said before it.
_SAID_BEFORE = re.compile(
    r"\b(?P<ent>[a-z][a-z-]*)'s\s+(?P<f>[a-z][a-z ]*?)\s+(?:needs?|should|must|is|has|are)\b"
    r"|^(?:the\s+)?(?P<f2>[a-z][a-z ]*?)\s+(?:on|of|in|for)\s+(?:the\s+|a\s+|each\s+)?"
    r"(?P<ent2>[a-z][a-z-]*)\s+(?:is|are|should|must|needs?|has|does|do|can)\b"
)
_IT = frozenset(["it", "them", "they", "its type", "their type", "the type", "its", "this", "that"])


def read_modify(clause: Clause) -> Modify | None:
    s = re.sub(r"\s*\([^)]*\)$", "", clause.text)  # "an integer (grams)": the unit is no type
    for pattern in _MODIFY:
        m = pattern.match(s)
        if m and ("," in m["f"] or "," in (m.groupdict().get("ent") or "") or _is_frame(m["f"])):
            continue  # a list with a note ("name, breed — breed can be blank") is fields
        if m and (change := _target(m["to"])) is not None:
            ent = m.groupdict().get("ent") or m.groupdict().get("ent2")
            return _modify(clause, m["f"], ent, change)
    if m := _ALLOW_EMPTY.match(s):
        f = m["f"] or m["f2"] or m["f3"]
        return _modify(clause, f, m["ent"] or m["ent2"] or m["ent3"], ("required", False))
    if (m := _IS_NOW.match(s)) and "," not in s and (change := _target(m["to"])) is not None:
        return _modify(clause, m["f"], None, change)
    if (m := _CAN_BE_EMPTY.match(s)) and "," not in s and " with " not in s:
        return _modify(clause, m["f"] or m["f2"], None, ("required", False))
    return None


def _target(to: str) -> tuple[str, object] | None:
    to = re.sub(r"\s+(?:field|value|type|column)$", "", to.strip())
    if re.fullmatch(_REQ, to):
        optional = to in ("optional", "nullable", "not required", "not mandatory")
        return ("required", not optional)
    kind = type_phrase(to)
    return ("type", kind) if kind is not None else None


def _modify(clause: Clause, f: str, ent: str | None, change: tuple[str, object]) -> Modify | None:
    f = re.sub(r"^(?:the\s+)?(?:(?:data\s+)?type\s+of\s+)", "", f.strip())
    owner = read_noun(ent) if ent else None
    if ent and owner is None:
        return None
    if m := re.match(r"^(?:the\s+|a\s+)?(?P<ent>[a-z -]+?)'s\s+(?P<rest>.+)$", f):
        owner, f = owner or read_noun(m["ent"]), m["rest"]
    if m := re.match(rf"^(?P<f>.+?)\s+{_ON}\s+(?:an?\s+|the\s+)?(?P<ent>.+)$", f):
        f, owner = m["f"], owner or read_noun(m["ent"])
    owner = owner or (read_noun(clause.topic) if clause.topic else None)
    f = re.sub(r"^(?:the|a|an)\s+", "", f)
    if f in _IT:
        # "The event's start date needs a time; change its type to timestamp"
        said = _SAID_BEFORE.search(clause.original.lower())
        if said is None:
            return Modify(owner, (), clause.segment)
        owner = owner or read_noun(said["ent"] or said["ent2"])
        f = said["f"] or said["f2"]
    words = re.sub(r"\s+(?:fields?|columns?)$", "", f).split()
    if owner is None and len(words) == 2 and words[0] not in FIELD_MODIFIERS:
        # "the Grant deadline", "Customer phone": entity then field
        noun = read_noun(words[0])
        if noun is not None and (FIELD_HINTS.intersection(words[1:]) or len(words[1]) > 2):
            owner, words = noun, words[1:]
    names = [a.name for a in read_fields(" ".join(words)).attributes]
    if not names or any(n.startswith(("the_", "fields")) for n in names):
        return None
    key, value = change
    if key == "type":
        changes = tuple(Change(n, type=value) for n in names)  # type: ignore[arg-type]
    else:
        changes = tuple(Change(n, required=bool(value)) for n in names)
    return Modify(owner, changes, clause.segment)
