"""Readers for entities and their fields: create, add, and entities named without fields.

Shapes, each a reader below (tried in this order by `read_declaration`):
- add to an existing entity: "add F to X", "extend X with F", "X needs F", "X should also
  have F", "we forgot F for X";
- create with a verb: "Create a member registry with F", "Keep track of pets at the vet: F",
  "record each volunteer's F", "manage products with F, and orders with F";
- create without a verb: "exhibits with F", "Employee(F)", "products (F) and orders (F)";
- an entity named with no fields (a Mention): "Track our volunteers", "Write a REST service
  for a Warehouse entity", "we have a few warehouses";
- a bare field list ("Name, city, capacity", "I care about the make, the model …"), whose
  entity is the one in context.

The fields after the first entity may open another entity ("…, and orders with quantity"),
which makes one request declare several entities.
"""

from __future__ import annotations

import re

from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import FieldList, read_fields
from baes_tui.recognition.lexicon import (
    ASKING,
    COMMAND_VERBS,
    CREATE_VERBS,
    FRAME_NOUNS,
    MANAGE_VERBS,
    SYSTEM_WORDS,
    TYPE_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.relations import read_predicate, read_relation
from baes_tui.recognition.statements import Declare, Mention, Mode, Statement

_VERB = rf"(?P<verb>{MANAGE_VERBS}|{CREATE_VERBS})"
_INTRO = (
    r"(?P<intro>\s*(?::|\s—\s|\s->\s|\s-\s)\s*(?:with\s*:?\s*)?"
    r"|,?\s+(?:with|having|that has|that have|which has|which have|including|containing|by)\b"
    r"\s*:?\s*|,\s+(?:recording|storing|tracking|keeping|holding|listing)\b\s*:?\s*"
    r"|,?\s+where\s+(?:each|every|all|the)?\s*(?P<each>[a-z-]+(?:\s[a-z-]+)?)\s+"
    r"(?:has|have|needs?|gets?|should have|must have|contains?)\s+"
    r"|\s*(?=\((?![^)]*\b(?:optional|integer|text|string)\b)[^)]*,))"
)
_CREATE = re.compile(
    rf"^{ASKING}?{_VERB}\s+(?P<np>.+?)(?<!taken)(?<!made)(?<!sold)(?<!ed){_INTRO}(?P<f>.*)$"
)
_POSSESSIVE = re.compile(
    rf"^{ASKING}?{_VERB}\s+(?:(?:each|every|the|a|an|all|any)\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)'s\s+(?P<f>.+)$"
)
_MENTION = re.compile(rf"^{ASKING}?{_VERB}\s+(?P<np>.+)$")
_WEAK = re.compile(
    r"^(?:we|i|they)\s+(?:also\s+)?(?:have|keep|run|sell|own|look after|breed|rent|lend|host"
    r"|organise|organize|teach|offer)\s+(?P<np>.+)$"
)
_VERBLESS = re.compile(
    r"^(?P<np>[a-z][a-z0-9' -]*?)(?P<intro>\s+(?:with|having|that have|that has|including)"
    r"\s*:?\s*|\s*(?=\())(?P<f>.+)$"
)
_ADD_TO = re.compile(
    r"^(?:(?:add|include|append|insert|attach|put(?!\s+together))\s+(?:also\s+)?(?P<f>.+?)\s+(?:to|on|into|onto"
    r"|in|for)|(?:store|record|track|keep|save)\s+(?:also\s+)?(?P<f2>(?:(?!\bwith\b).)+?)\s+"
    r"(?:for|on))\s+(?:both\s+)?(?:the\s+)?(?P<ent>[a-z][a-z -]{0,40}?)"
    r"(?:\s+(?:too|as well|also|now|entity|entities|table|model))*$"
)
_GIVE = re.compile(
    r"^give\s+(?:the\s+|each\s+|every\s+)?(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+"
    r"(?P<f>(?:an?|the|some|one|two)\s.+?)(?:\s+(?:field|column|attribute)s?)?$"
)
_ADD_THESE = re.compile(
    r"^(?:add|include)\s+(?:these|the following|some|two|three|four|new|more|extra)?\s*(?:new\s+)?"
    r"(?:fields?|columns?|attributes?)\s+(?:to|on|for)\s+(?:the\s+)?(?P<ent>[a-z][a-z -]*?)"
    r"(?:\s+entity)?\s*:\s*(?P<f>.+)$"
    r"|^(?:also\s+)?(?:record|store|keep|track|add|capture|save)\s+(?:also\s+)?(?P<f2>.+?)\s+"
    r"(?:of|for)\s+(?:each|every|all)\s+(?P<ent2>[a-z][a-z -]*)$"
)
_ADD_FIELD_FOR = re.compile(
    r"^add\s+(?:an?\s+|one\s+|the\s+)?(?:new\s+)?(?:field|column|attribute)\s+(?:to|on)\s+"
    r"(?P<ent>.+?)\s+(?:for|called|named|with|to hold|to store)\s+(?P<f>.+)$"
)
_EXTEND = re.compile(
    r"^(?:extend|expand|enrich|update)\s+(?:the\s+)?(?P<ent>.+?)\s+(?:with|by adding|to have|"
    r"to include)\s*:?\s*(?P<f>.*)$"
)
_FORGOT = re.compile(
    r"^(?:we|i|you)\s+(?:forgot|missed|left out)\s+(?:about\s+|to add\s+|to include\s+)?"
    r"(?P<f>.+?)(?:\s+(?:for|on|in|to)\s+(?P<ent>.+))?$"
)
_ADD_BARE = re.compile(
    r"^(?:also\s+)?(?:add|include)\s+(?:(?:the\s+)?fields?\s*:?\s+)?(?P<f>.+)$"
    r"|^(?P<also>also\s+)?(?:store|record|keep|track|save|capture|have|hold)\s+(?P<f2>.+)$"
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:to\s+)?(?P<modal>(?:should|must|could|can|will|would|need to|needs to|ought to|have to"
    r"|has to)\s+)?(?:each\s+)?(?P<also>(?:also|now|additionally)\s+)?(?:each\s+)?"
    r"(?P<verb>needs?|have|has|gets?|records?|stores?|keeps?|tracks?|shows?|contains?"
    r"|includes?|holds?|carr(?:y|ies)|requires?)\s+(?P<also2>(?:also|now)\s+)?"
)
_LEADING_MODAL = re.compile(r"^(?P<modal>(?:could|can|should|would|will|do|does)\s+)")
_HEADER_COUNT = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|\d+|some|a few|several|the following|these)\s+)?"
    r"(?:(?:new|more|extra|additional|other|following)\s+)*(?:fields?|columns?|attributes?"
    r"|properties)\s*:?$"
)
_ADD_WORDS = re.compile(r"\b(?:also|too|as well|additionally|new|more|extra|another|now)\b")
_LIST_INTRO = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+)?(?:care about|need|want|would need|would want|would like"
    r"|like|have|track|store|record|keep)\s+|just\s+|only\s+|fields?\s*:?\s*|with\s*:?\s*"
    r"|it has\s+|they have\s+|each (?:one )?has\s+|each of them has\s+|things like\s+"
    r"|each (?:one )?(?:with|having)\s+|(?:each|every) (?:one|of them) (?:with|having)\s+"
    r"|(?:(?:two|three|four|five|2|3|4|5|the following|these|some)\s+)?(?:entities|tables"
    r"|models|resources)\s*:\s*"
    r"|stuff like\s+|such as\s+|like\s+)+"
)
_GROUP = re.compile(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_SUB_ENTITY = re.compile(
    r"^(?:and\s+|plus\s+|also\s+)?(?P<np>[a-z][a-z' -]{0,40}?)\s*(?:(?:with|having|that have"
    r"|that has|have|has|need|needs)\s*:?\s+(?P<f>.+)|\((?P<g>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*)$"
)
# "… and belong to a single department": a relationship said of the entity being listed
_PREDICATE_TAIL = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*->\s*)(?=(?:each|every|it|they)?\s*(?:belongs?|works?"
    r"|is assigned|are assigned|sits?|is linked|are linked|is part of|are part of)\b)"
)
_ANNOTATION_WORDS = (
    frozenset(TYPE_WORDS)
    | UNIT_WORDS
    | frozenset(
        "optional required nullable mandatory just a an not can be empty blank if known".split()
    )
)


def read_declaration(clause: Clause) -> list[Statement]:
    """Statements for a clause that declares entities or fields; [] when it does not."""
    for reader in (_add_to, _extend, _forgot, _create, _possessive, _subject, _add_bare):
        found = reader(clause)
        if found:
            return found
    return []


def read_mention(clause: Clause) -> Mention | None:
    """An entity named with a create verb but no fields, or as context ("we have …")."""
    s = clause.text
    if m := _MENTION.match(s):
        if m["np"].startswith(("to ", "whether ")) or len(read_fields(m["np"]).attributes) > 1:
            return None  # "want to stop …", "need their names, phone numbers …"
        noun = read_noun(m["np"])
        if noun is not None:
            return Mention(noun, True, noun.framed, clause.segment)
        if re.search(r"\b(?:them|it|those|these)\b", m["np"]) and _is_frameish(m["np"]):
            return Mention(None, True, False, clause.segment)  # "a small service to hold them"
        return None
    if m := _WEAK.match(s):
        noun = read_noun(m["np"])
        return Mention(noun, False, True, clause.segment) if noun else None
    return None


def read_named(clause: Clause) -> Mention | None:
    """A clause that is only a noun phrase around a frame ("COURSE CATALOG", "farm app for
    animals", "patient register"): the entity it names, to be created."""
    words = re.findall(r"[a-z]+", clause.text)
    if not words or len(words) > 6 or not set(words) & FRAME_NOUNS or "," in clause.text:
        return None
    if words[0] in ("i", "we", "you", "they", "he", "she", "it", "my", "our", "their"):
        return None
    if re.match(rf"^(?:{COMMAND_VERBS})\b", clause.text):
        return None  # "create a system": a request without an entity
    noun = read_noun(clause.text)
    if noun is None or len(noun.words) + 1 < len(words) - 3:
        return None
    return Mention(noun, True, noun.framed, clause.segment)


def read_verbless(clause: Clause) -> list[Statement]:
    """ "exhibits with F", "Employee(F)", "departments (F) and employees (F)"."""
    m = _VERBLESS.match(clause.text)
    if not m or len(m["np"].split()) > 4:
        return []
    if not m["intro"].strip() and (g := _GROUP.match(m["f"])) and not _is_group_text(g["inner"]):
        return []  # "number (text), key, …": an annotation, not a group of fields
    noun = read_noun(m["np"])
    if noun is None:
        return []
    return _declares(clause, noun, m["f"], "create")


def read_list(clause: Clause) -> list[Declare]:
    """A bare field list for the entity in context (or the clause's topics)."""
    text = _LIST_INTRO.sub("", clause.text).strip()
    if not text or text.startswith("+"):
        text = text.lstrip("+ ")
    parsed = read_fields(text)
    if not parsed.attributes or parsed.rules:
        return []
    marked = clause.text.lstrip().startswith("+") or clause.topic_sep == "+="
    single_ok = clause.topic_sep == ":" and clause.topic and not _is_frameish(clause.topic)
    if len(parsed.attributes) < 2 and not (marked or parsed.annotated or single_ok):
        return []
    listed = bool(re.search(r"[,;]", text)) or clause.topic or text != clause.text.strip()
    if not listed and any(len(a.name.split("_")) > 2 for a in parsed.attributes):
        return []  # "my sister teaches piano and she is drowning …" is no field list
    generic = bool(clause.topic and re.fullmatch(
        r"(?:the\s+)?(?:fields?|attributes?|columns?|properties|data|details|info)", clause.topic
    ))  # fmt: skip
    topics = _entities(clause.topic) if clause.topic and not generic else []
    if clause.topic and not topics and not generic and not _is_frameish(clause.topic):
        return []
    mode: Mode = "add" if marked else ("create" if topics else "either")
    if clause.text.lstrip().startswith(("- ", "−")) and topics:
        return []  # "Customer: - fax" is a removal
    if not topics:
        return [Declare(None, parsed, mode, clause.segment)]
    return [Declare(topic, parsed, mode, clause.segment) for topic in topics]


def header_count(text: str) -> bool:
    """ "two new fields:", "one more field" — a header whose fields are listed under it."""
    return bool(_HEADER_COUNT.match(text.strip()))


# --- readers ------------------------------------------------------------------------------------
def _add_to(clause: Clause) -> list[Statement]:
    text = re.sub(
        r"^(?:let us|(?:i|we)\s+(?:also\s+)?(?:need|want|would like|have)\s+to)\s+(?:also\s+)?",
        "",
        clause.text,
    )
    if m := _ADD_THESE.match(text):
        owners = _entities(m["ent"] or m["ent2"])
        parsed = read_fields(m["f"] or m["f2"])
        if not owners or not parsed.attributes:
            return []
        return [Declare(o, parsed, "add", clause.segment) for o in owners]
    m = _ADD_FIELD_FOR.match(text) or _ADD_TO.match(text) or _GIVE.match(text)
    if not m:
        return []
    ent, f = m["ent"], m["f"] or m.groupdict().get("f2")
    if re.search(r"\b(?:relationship|relation|link|reference)\b", f):
        return []
    if _is_frameish(ent):  # "Add gardeners to the greenhouse service": a new entity
        noun = read_noun(f)
        return [Mention(noun, True, False, clause.segment)] if noun else []
    owners = _entities(ent)
    if not owners:
        return []
    if re.fullmatch(r"(?:it|them|both|those|these|this|that|both of them|those in)", f):
        return [Declare(o, FieldList(), "add", clause.segment) for o in owners]
    if re.fullmatch(r"(?:some|a few|more|new|a|an|the|extra)?\s*(?:new\s+)?(?:fields?|columns?"
                    r"|attributes?|properties)", f):  # fmt: skip
        return [Declare(o, FieldList(), "add", clause.segment, header=True) for o in owners]
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    return [Declare(o, parsed, "add", clause.segment) for o in owners]


def _extend(clause: Clause) -> list[Statement]:
    m = _EXTEND.match(clause.text)
    if not m:
        return []
    if _is_frameish(m["ent"]):  # "Extend the greenhouse service with plants"
        noun = read_noun(m["f"]) if m["f"] else None
        return [Mention(noun, True, True, clause.segment)] if noun else []
    owner = read_noun(m["ent"])
    if owner is None:
        return []
    if not m["f"].strip() or header_count(m["f"]):
        return [Declare(owner, FieldList(), "add", clause.segment, header=True)]
    parsed = read_fields(m["f"])
    return [Declare(owner, parsed, "add", clause.segment)] if parsed.attributes else []


def _forgot(clause: Clause) -> list[Statement]:
    m = _FORGOT.match(clause.text)
    if not m:
        return []
    owner = read_noun(m["ent"]) if m["ent"] else None
    parsed = read_fields(m["f"])
    if not parsed.attributes:
        return []
    return [Declare(owner, parsed, "add", clause.segment)]


def _create(clause: Clause) -> list[Statement]:
    m = _CREATE.match(clause.text)
    if m and re.fullmatch(r"\s*(?:just|only|the following|these)?\s*:?\s*", m["f"]):
        noun = read_noun(m["np"])  # "Lease entity with just:" heads the list under it
        return [Declare(noun, FieldList(), "create", clause.segment, header=True)] if noun else []
    if not m or (
        m["verb"] in ("add", "have", "get", "do")
        and (
            not re.search(r"\b(?:entity|table|model|app|system|api|service)\b", m["np"])
            and m["intro"].strip() not in (":", "with", "—", "with:")
        )
    ):
        return []
    noun = read_noun(m["np"])
    if noun is None and m["each"]:
        noun = read_noun(m["each"])
    if noun is None:
        if re.search(r"\b(?:each one|them|it|those)\b", m["np"]) or _is_frameish(m["np"]):
            return _declares(clause, None, m["f"], "create")  # "build a CRM: contacts with …"
        return []
    if not m["f"].strip():
        return [Declare(noun, FieldList(), "create", clause.segment, header=True)]
    return _declares(clause, noun, m["f"], "create")


def _possessive(clause: Clause) -> list[Statement]:
    m = _POSSESSIVE.match(clause.text)
    if not m:
        return []
    noun = read_noun(m["np"])
    if noun is None:
        return []
    return _declares(clause, noun, m["f"], "create")


def _subject(clause: Clause) -> list[Statement]:
    """ "Invoice needs a due date", "Products have F; orders have F", "each has F"."""
    text = clause.text
    lead = _LEADING_MODAL.match(text)
    if lead:
        text = text[lead.end() :]
    for space in re.finditer(r"\s", text):
        m = _SUBJECT_VERB.match(text, space.start())
        if m is None:
            continue
        ent, f = text[: m.start()].strip(), text[m.end() :].strip()
        if not ent or not f or re.match(r"(?:needs?|has|have|gets?|should|must)\b", f):
            continue  # "each student record needs …": "record" is part of the subject
        if re.match(rf"^(?:we|i|you|they|there|my|our|for|on|in|at|with|{COMMAND_VERBS})\b", ent):
            return []
        return _subject_fields(clause, ent, f, m, bool(lead))
    return []


def _subject_fields(
    clause: Clause, ent: str, f: str, m: re.Match[str], modal_lead: bool
) -> list[Statement]:
    owners = _entities(ent)
    pronoun = re.fullmatch(r"(?:each|each one|every one|it|they|each of them)", ent)
    if not owners and not pronoun:
        return []
    if header_count(f):
        return [Declare(o, FieldList(), "add", clause.segment, header=True) for o in owners]
    each = bool(re.search(r"\beach\s+(?:have|has|need|get)", clause.text))
    add = bool(m["also"] or m["also2"] or _ADD_WORDS.search(f.split(",")[-1]) or each)
    if not add and (m["modal"] or modal_lead) and not re.search(r"\b(?:have|has)\b", m["verb"]):
        add = True  # "could customers keep …", "X should store …": a change
    mode: Mode = "add" if add else ("need" if m["verb"].startswith(("need", "require")) else "has")
    f = re.sub(r"\s+(?:too|as well|also)$", "", f)
    if len(owners) == 1 or not owners:
        declared = _declares(clause, owners[0] if owners else None, f, mode)
        return (
            declared
            if any(isinstance(d, Declare) and d.fields.attributes for d in declared)
            else []
        )
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    return [Declare(o, parsed, mode, clause.segment) for o in owners]


def _add_bare(clause: Clause) -> list[Statement]:
    """ "add email and phone" (an entity in context, or a question), "For each book, also
    store whether it is published" (the topic's entity)."""
    m = _ADD_BARE.match(clause.text)
    if not m:
        return []
    topic = read_noun(clause.topic) if clause.topic else None
    f = m["f"] or m["f2"]
    if m["f2"] and topic is None and not m["also"]:
        return []  # "store people with …" is a create, read elsewhere
    noun = read_noun(f)
    if noun is not None and noun.explicit:
        return [Mention(noun, True, False, clause.segment)]
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    mode: Mode = "add" if m["f"] or m["also"] else "need"
    return [Declare(topic, parsed, mode, clause.segment)]


# --- helpers ------------------------------------------------------------------------------------
def _entities(text: str) -> list[Noun]:
    """ "Student and Teacher", "both the Student and the Teacher entities" → two nouns."""
    text = re.sub(r"^(?:both\s+)", "", text.strip())
    text = re.sub(r"\s+(?:entities|entity|tables|models)$", "", text)
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", text) if p.strip()]
    nouns = [read_noun(p) for p in parts]
    if len(parts) > 1 and all(nouns):
        return [n for n in nouns if n is not None]
    noun = read_noun(text)
    return [noun] if noun else []


def _is_frameish(text: str) -> bool:
    """ "the greenhouse service", "the app": the system, not one of its entities."""
    return bool(set(re.findall(r"[a-z]+", text)) & SYSTEM_WORDS)


def _declares(clause: Clause, noun: Noun | None, text: str, mode: Mode) -> list[Statement]:
    """The fields of `noun`, and any further entities the list opens."""
    out: list[Statement] = []
    relations: list[Statement] = []
    current, current_text = noun, []
    text = _LIST_INTRO.sub("", text.strip())
    if noun is not None and re.fullmatch(r"(?:just|only|the following|these)?\s*:?", text):
        return [Declare(noun, FieldList(), mode, clause.segment, header=True)]  # "… with just:"
    tail = None
    if cut := _PREDICATE_TAIL.search(text):
        text, tail = text[: cut.start()], text[cut.end() :]
    if (g := _GROUP.match(text)) and _is_group_text(g["inner"]):
        current_text.append(g["inner"])  # "products (name, price) and orders (…)"
        text = text[g.end() :].lstrip(" ,;")
    for number, piece in enumerate(_pieces(text)):
        if len(piece.split()) >= 3 and (related := _related(clause, piece)) is not None:
            relations.append(related)  # "…; suppliers provide parts"
            continue
        m = _SUB_ENTITY.match(piece)
        sub = read_noun(m["np"]) if m and _is_group(m) and _opens_entity(m) else None
        if number == 0 and sub and m and noun and not noun.explicit and not current_text:
            # "a library system with authors (…) and books (…)": the np was the frame
            current, current_text = sub, [m["f"] or m["g"]]
            continue
        if sub is not None and m is not None and (current_text or current is not noun):
            out.append(_declare(clause, current, ", ".join(current_text), mode))
            current, current_text = sub, [m["f"] or m["g"]]
        elif sub is not None and m is not None and current is None:
            current, current_text = sub, [m["f"] or m["g"]]
        else:
            current_text.append(piece)
    out.append(_declare(clause, current, ", ".join(current_text), mode))
    if tail is not None:
        tail = re.sub(r"^(?:each|every|it|they)\s+", "", tail)
        related = read_predicate(tail, current, clause.segment)
        if related is not None:
            out.append(related)
    return _trailing_mentions(clause, out) + relations


def _related(clause: Clause, piece: str) -> Statement | None:
    """A list piece that is a relationship statement of its own."""
    if "(" in piece or re.search(r"\b(?:with|having)\b", piece):
        return None
    return read_relation(Clause(piece, clause.original, None, "", clause.segment, False))


def _opens_entity(m: re.Match[str]) -> bool:
    """ "orders have a quantity" opens Order; "special needs (optional)" is one field."""
    if m["f"] is None:
        return True
    if not read_fields(m["f"]).attributes:
        return False
    said = m.group(0)[len(m["np"]) :].lstrip()
    if re.match(r"(?:have|has|need|needs)\b", said):
        return m["np"].split()[-1].endswith("s")
    return True


def _is_group(m: re.Match[str]) -> bool:
    if m["f"]:
        return True
    inner = m["g"] or ""
    if _is_group_text(inner):
        return True
    # "authors (name)": one field in parentheses after a plural noun
    words = set(re.findall(r"[a-z/]+", inner))
    last = m["np"].split()[-1] if m["np"].split() else ""
    return bool(words - _ANNOTATION_WORDS) and last.endswith("s") and len(inner.split()) <= 3


def _is_group_text(inner: str) -> bool:
    """ "(name, country)" groups fields; "(minutes, integer)" annotates one."""
    words = set(re.findall(r"[a-z/]+", inner))
    return bool(words - _ANNOTATION_WORDS) and ("," in inner or " and " in inner)


def _pieces(text: str) -> list[str]:
    """Top-level list pieces (commas and semicolons outside parentheses)."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and char in ",;":
            out.append(text[start:i].strip())
            start = i + 1
    out.append(text[start:].strip())
    pieces = [p for p in out if p]
    # "… and orders with quantity": an "and" may open the next entity inside one piece
    split: list[str] = []
    for piece in pieces:
        while m := _AND_ENTITY.match(piece):
            if not read_noun(m["np"]):
                break
            split.append(m["a"])
            piece = piece[m.start("b") :]
        split.append(piece)
    return split


_AND_ENTITY = re.compile(
    r"^(?P<a>.+?)\s+(?:and|plus)\s+(?P<b>(?P<np>[a-z][a-z -]{0,30}?)\s*(?:(?:with|having)\s"
    r"|\((?=[^)]*,)))"
)


def _declare(clause: Clause, noun: Noun | None, text: str, mode: Mode) -> Declare:
    return Declare(noun, read_fields(text), mode, clause.segment)


def _trailing_mentions(clause: Clause, declares: list[Statement]) -> list[Statement]:
    """ "Manage authors with name and country, and books": a last item that is an entity
    named without fields is a Mention, so the request asks about it."""
    last = declares[-1]
    if not isinstance(last, Declare):
        return declares
    m = re.search(r"(?:,\s*(?:and|plus)|,?\s+plus|\s+as well as)\s+(?P<np>[a-z][a-z -]*?)\s*$",
                  clause.text)  # fmt: skip
    if not m or len(last.fields.attributes) < 2:
        return declares
    before = clause.text[: m.start()]
    if not re.search(r"\band\b|&", before.split(" with ")[-1]):
        return declares
    noun = read_noun(m["np"])
    if noun is None or not noun.words[-1].endswith("s"):
        return declares
    name = "_".join(noun.words)
    kept = [a for a in last.fields.attributes if a.name != name]
    fields = FieldList(kept, last.fields.dropped, last.fields.rules, last.fields.items - 1)
    return [*declares[:-1], Declare(last.entity, fields, last.mode, last.segment),
            Mention(noun, True, False, clause.segment)]  # fmt: skip
