"""Stage 6 of recognition: the statements of a request → one intent and its entities.

The intent is decided by what the request asks, in this order: rename, remove, modify, create
or add, relationship; two different changes in one request are a question, never a guess.
Entities come from declarations (fields), mentions (an entity named without fields) and
relationship statements; "it", a list under a header or a bare list belongs to the entity in
context. A create whose entity has no fields, a change with no entity, and a request with no
intent are not guessed: `missing` says what a person must supply and `notes` say why.
Everything that is not a field or a relationship stays in `rules` (business rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Relationship
from baes_tui.core.names import safe_field_name, to_snake_case
from baes_tui.recognition.changes import field_said_in, read_said_of
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import ENTITY_REASON, Dropped, FieldList, read_fields
from baes_tui.recognition.lexicon import (
    CREATE_VERBS,
    FIELD_HINTS,
    FRAME_NOUNS,
    LED_FRAMES,
    MANAGE_VERBS,
    NEVER_ENTITY,
    PLURAL_FIELDS,
    SYSTEM_WORDS,
    TIME_NAMES,
    TYPE_ALTERNATION,
    UI_WORDS,
)
from baes_tui.recognition.nouns import first_sense, in_wordnet, is_noun, is_verb
from baes_tui.recognition.owner import owner_in_text, possessor_of
from baes_tui.recognition.patterns import may_hold, rx
from baes_tui.recognition.plausibility import FUNCTION_WORDS
from baes_tui.recognition.segment import segment
from baes_tui.recognition.statements import (
    Aside,
    Change,
    Constraint,
    Declare,
    Mention,
    Modify,
    Reading,
    Reason,
    Relate,
    Remove,
    Rename,
    Statement,
    Unread,
)


@dataclass
class Draft:
    """What assembling understood; `recognizer` scores it and makes the Recognition."""

    intent: Intent | None = None
    entities: list[EntitySpec] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    # evidence for the confidence model (see confidence.py)
    explicit_entities: int = 0
    unread_words: int = 0
    unread_texts: list[str] = field(default_factory=list)  # what no reader understood
    aside_words: int = 0  # talk around the ask (asides.py): reasons, thanks, background
    aside_texts: list[str] = field(default_factory=list)
    unused_fields: int = 0  # fields declared but not in the result (see _unused_fields)
    joint: set[str] = field(default_factory=set)  # entities named together as one list's owners
    reason_words: int = 0  # words of reasons given for a change ("so that …"): not unread
    conflicts: int = 0
    default_cardinality: int = 0
    fields_read: int = 0
    items_seen: int = 0
    statements: int = 0
    mode_guess: bool = False  # create vs add decided by "X has/needs F", not said outright
    any_frame: bool = False  # a list and its owner found in a frame no reader knows
    after_talk: bool = False  # read from the words after talk no reader took (a proposal)
    other_nouns: int = 0  # entities named in the request that the recognition does not use
    repeated: dict[str, list[str]] = field(default_factory=dict)  # entity → names listed twice
    # a new field's word typed with a slip → the word it was read as (recognizer.py
    # `_respell_fields`): the evidence is weighed on the request as read
    respelt: dict[str, str] = field(default_factory=dict)


# "The Loan entity's donor field is misleading": an entity written as one, in context
_NAMED_ENTITY = re.compile(r"\b(?:the|a|an|each|every)\s+([a-z]+)\s+entity(?:'s)?\b")
# ("the lads never fill in the gravity on …": "in" as the particle of a verb of entering a value
# places nothing; what is filled in is a field, read as the thing Gravity and accepted)
_CONTEXT_NOUN = re.compile(
    r"\b(?:on|(?<!\bfill )(?<!\bfills )(?<!\bfilled )(?<!\bfilling )(?<!\btype )(?<!\btyped )"
    r"(?<!\bkey )(?<!\bkeyed )(?<!\bpencil )(?<!\bwrite )in|for|of|from|to)\s+"
    r"(?:a|an|the|each|every)\s+([a-z]+)\b"
)


_PROPERTIES_LINE = re.compile(r"^\s*properties\s*:\s*\S", re.I)


def _properties_as_things(reading: Reading) -> None:
    """ "Reviews: user, rating. Properties: name, address. Each review is for one property.":
    "Properties:" is a heading over fields, unless a thing with its own list comes before it
    and the request links to a property: then the properties are the things listed."""
    stmts = reading.statements
    linked = any(
        isinstance(s, Relate) and "Property" in (s.target.name, s.owner.name if s.owner else "")
        for s in stmts
    )
    if not linked:
        return
    texts = {seg.index: seg.text for seg in segment(reading.text)}
    for i, s in enumerate(stmts):
        if not (isinstance(s, Declare) and s.entity is None and s.fields.attributes):
            continue
        if not _PROPERTIES_LINE.match(texts.get(s.segment, "")):
            continue
        if any(isinstance(t, Declare) and t.entity is not None for t in stmts[:i]):
            stmts[i] = replace(s, entity=Noun("Property", False, ("properties",)), mode="create")


# "… on it?", "… to them", "Could it also have …": the words of an ask that point back
# (one thing named, so "it": "them" after "the Member screen, and the events" is the events)
_ASK_POINTS_BACK = re.compile(
    r"\b(?:on|to|for|in|into|onto)\s+(?P<p>it|them|those|these)\b"
    r"|^(?:(?:so|and|but|please|also),?\s+)?(?:could|can|would|should|will|might|may)\s+"
    r"(?P<q>it|they|those|these)\b(?!\s+be\s+(?:possible|ok|okay|feasible|easy|hard)\b)",
    re.I,
)
# "…, and please also track events": a sentence that asks for things kept names more ("the
# Invoice view" is a screen, no verb)
_KEEPS_MORE = re.compile(rf"\b(?:{MANAGE_VERBS})\b", re.I)
# A name written as one, mid-sentence ("Love the new Member screen", "the Invoice entity"),
# with the screen or schema word after it that frames it
_NAME_IN_TALK = re.compile(
    r"(?<=\s)(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?:\s+(?P<w>[a-z]+))?(?=[\s.,!?;:]|$)"
)
# "Customer works well.", "Supplier is fine.": a bare singular name opening a sentence that
# only judges it
_NAME_JUDGED = re.compile(
    r"^(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)*)\s+(?:works|is|looks|seems|was|has\s+been|feels)\b"
    # "Customers work well.", "The customers are fine.": the plural, a name or after "the"/"our"
    r"|^(?:(?:[Tt]he|[Oo]ur)\s+)?(?P<m>[A-Za-z][a-z]+(?:[A-Z][a-z]+)*s)\s+(?:work|are|look"
    r"|seem|were|have\s+been|feel)\b"
)


def _name_said_before(text: str) -> Noun | None:
    """The one thing a sentence of talk names as a name: written with its capital and framed
    by a screen or schema word ("I like the Student screen", "the Invoice entity"), or opening
    a sentence that only judges it ("Customer works well"). Any other name in the sentence
    ("Customer and Supplier work well", "I told Maria") leaves it unsaid: None."""
    text = text.strip()
    framed: set[str] = set()
    others: set[str] = set()
    for m in _NAME_IN_TALK.finditer(text):
        if m["w"] in UI_WORDS or m["w"] in ("entity", "table", "model"):
            framed.add(m["n"])
        elif m["n"].lower() not in FUNCTION_WORDS:
            others.add(m["n"])
    judged = _NAME_JUDGED.match(text)
    name = (judged["n"] or judged["m"]) if judged else ""
    if judged and not {name.lower(), singular(name.lower())} & (FIELD_HINTS | FUNCTION_WORDS):
        framed.add(name)  # ("Email works well": a field's word, not a thing's name)
    elif (first := rx(r"^[A-Z][a-z]+(?=\s*(?:,|&|\band\b|\bor\b))").match(text)) is not None:
        others.add(first[0])  # "Customer and Supplier …": two names
    if len(framed) != 1 or others - framed:
        return None
    noun = read_noun(framed.pop().lower())
    return replace(noun, explicit=True) if noun is not None and len(noun.words) == 1 else None


def _it_said_back(reading: Reading) -> None:
    """ "Customer works well. Can we also record a loyalty tier on it?", "Love the new Member
    screen! Could we also store a nickname on it?", "Customers work well. Can we add a tier to
    them?": an addition whose "it" ("them", "those" for a plural) names no thing is for the one
    thing the sentence just before names (a screen word after it frames it); that sentence
    only talks about the thing, so it creates nothing. A pronoun whose number is not the
    name's leaves it asked."""
    stmts = reading.statements
    adds = [s for s in stmts if isinstance(s, Declare)]
    if len(adds) != 1 or adds[0].entity is not None or adds[0].mode != "add":
        return
    ask = adds[0]
    if not ask.fields.attributes or ask.segment < 1:
        return
    if any(not isinstance(s, (Declare, Mention, Aside, Unread)) for s in stmts):
        return
    if any(isinstance(s, Mention) and s.segment != ask.segment - 1 for s in stmts):
        return
    segments = {g.index: g.text for g in segment(reading.text)}
    if not (pointer := _ASK_POINTS_BACK.search(segments.get(ask.segment, ""))):
        return
    before = segments.get(ask.segment - 1, "")
    talk = rx(rf"[A-Z][a-z]+\s+(?:{'|'.join(sorted(UI_WORDS))})\b").sub("", before)
    noun = _name_said_before(before) if not _KEEPS_MORE.search(talk) else None
    if noun is None:
        return
    plural = singular(noun.words[-1]) != noun.words[-1]
    if plural != ((pointer["p"] or pointer["q"]).lower() != "it"):
        return  # "Customer works well … on them", "Customers … on it": which is not sure
    if any(
        (other := _name_said_before(segments[i])) is not None and other.name != noun.name
        for i in range(ask.segment - 1)
        if i in segments
    ):
        return  # "Customers work well. Orders are fine. … to them": either may be meant
    if any(
        isinstance(s, Mention)
        and s.entity is not None
        and s.entity.words[: len(noun.words)] != noun.words
        for s in stmts
    ):
        return  # "Love the Member screen, and please track events too": another thing named
    reading.statements = [
        replace(s, entity=noun) if s is ask else s
        for s in stmts
        if not (isinstance(s, Mention) and s.segment == ask.segment - 1)
    ]


# "Could we also store the wing type?", "One thing - can you also add the ring size?": an ask
# for one more thing kept, said with "also" and one singular name, nothing else in the sentence
_ALSO_ONE = re.compile(
    r"^(?:(?:just\s+)?one\s+(?:more\s+)?thing\s*[-:\u2013\u2014]+\s*)?(?:(?:so|and|oh)\s*,?\s+)?"
    r"(?:could|can|would)\s+(?:we|you)\s+(?:please\s+)?also\s+(?:store|record|keep|add|track"
    r"|capture|have)\s+(?:the|a|an)\s+(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})"
    r"(?:\s+(?:too|as\s+well))?\s*(?:please|pls)?\s*\??$",
    re.I,
)


# what "also add the …" names that is no value of the thing: the rest of it, a log of it
_NOT_ONE_MORE = frozenset(
    """rest same thing stuff history log audit trail changes other others lot bit part
    option options feature features button page view report reports""".split()
)


def _one_more_field_said(reading: Reading) -> None:
    """ "The Bird entity is working great. Could we also store the wing type?": one more
    singular name asked for with "also", after talk that names one entity as an entity, is a
    field added to it (as two such names are, _changes_to_field_said), not a new thing."""
    stmts = reading.statements
    asks = [s for s in stmts if not isinstance(s, (Aside, Unread, Reason))]
    if len(asks) != 1 or not isinstance(ask := asks[0], Mention) or not ask.create:
        return
    noun = ask.entity
    if noun is None or noun.explicit or singular(noun.words[-1]) != noun.words[-1]:
        return
    barred = NEVER_ENTITY | FRAME_NOUNS | UI_WORDS | FUNCTION_WORDS
    if (len(noun.words) == 1 and noun.words[0] in barred) or set(noun.words) & _NOT_ONE_MORE:
        return  # "could we also add the rest / the screen / the history": no field named
    if not is_noun(noun.words[-1]):
        return
    segments = {g.index: g.text for g in segment(reading.text)}
    said = _ALSO_ONE.match(segments.get(ask.segment, "").strip())
    if said is None or said["f"] != said["f"].lower() or said["f"].split() != list(noun.words):
        return
    at = stmts.index(ask)
    before = list(stmts[:at])
    if (found := _entity_talked_of(before)) is None or found[1].name == noun.name:
        return
    fields = read_fields(said["f"].lower())
    if len(fields.attributes) != 1:
        return
    _talk_as_reason(before, found[0])
    reading.statements = [*before, Declare(found[1], fields, "add", ask.segment), *stmts[at + 1 :]]


def assemble(reading: Reading, title_segments: frozenset[int] = frozenset()) -> Draft:
    draft = Draft()
    _properties_as_things(reading)
    _it_said_back(reading)
    _one_more_field_said(reading)
    reading.statements = _old_name_dropped(
        _changes_inside_create(
            _changes_to_field_said(reading.statements, bool(_THINGS_NEED.search(reading.text)))
        )
    )
    reading.statements = _some_go_without(_rename_said_before(reading.statements), reading.text)
    reading.statements = _link_rules_not_things(reading.statements)
    reading.statements = _details_of_added(reading.statements, reading.text)
    _possessive_list_of_named(reading)
    stmts = reading.statements
    draft.any_frame = any(isinstance(s, Declare) and s.loose for s in stmts)
    draft.statements = len(
        [s for s in stmts if not isinstance(s, (Constraint, Unread, Aside, Reason))]
    )
    for s in stmts:
        if isinstance(s, Constraint):
            draft.rules.append(s.text.strip())
        elif isinstance(s, Aside):
            draft.rules.append(s.text.strip())
            draft.aside_words += s.words
            draft.aside_texts.append(s.said or s.text)
        elif isinstance(s, Reason):
            draft.rules.append(s.text.strip())
            draft.reason_words += s.words
        elif isinstance(s, Unread):
            draft.rules.append(s.text.strip())
            draft.unread_words += s.words
            draft.unread_texts.append(s.text)
    kinds = _kinds(stmts)
    if len(kinds) > 1:
        draft.conflicts = len(kinds) - 1
    _two_changes(draft, kinds, stmts, reading.text)
    order = ("rename", "remove", "modify", "declare", "relate")
    chosen = next((k for k in order if k in kinds), None)
    builders = {
        "rename": _renames,
        "remove": _removes,
        "modify": _modifies,
        "declare": _declares,
        "relate": _relates,
    }
    if chosen is None:
        draft.missing.append("intent")
        _mentions_only(reading, draft)
        if not draft.notes:
            draft.notes.append(
                "no entity or change could be read: "
                + "".join(f"{part}; " for part in _what_was_read(stmts, reading.text))
                + "say what to build or change, e.g. "
                "'create a customer with name and email' or 'add a phone to Customer'"
            )
    else:
        builders[chosen](reading, draft, title_segments)
        _removal_unread(stmts, draft)
        _screens_not_data(draft, reading.text)
        _count_said(draft, reading.text)
        _things_among_fields(draft, reading.text)
        _one_value_of_a_possessive(draft, reading.text)
    _reasons_outside_change(draft, stmts)
    for note in reading.asks:  # a doubt a reader found is asked, whatever else was read
        draft.notes.append(note)
        draft.missing.append("confirmation")
    draft.rules = list(dict.fromkeys(r for r in draft.rules if r))
    used = {e.name for e in draft.entities} | {e.renamed_from for e in draft.entities}
    used |= {r.target for e in draft.entities for r in e.relationships}
    draft.other_nouns = len(_named_nouns(stmts) - used)
    draft.unused_fields = _unused_fields(stmts, draft)
    return draft


_THING_KINDS = frozenset(
    "noun.artifact noun.person noun.animal noun.location noun.object noun.plant".split()
)


_DETAILS_OF = r"\s+(?:details|info|information|data|particulars)\b"


# (md64) "Need the hirer's name, start date, …": a sentence of wanting that opens its list with
# a possessive; the possessor and the rest of the list
_WANTED_POSSESSIVE = rx(
    r"^(?:(?:and|also|so)\s+)?(?:(?:we|i)(?:\s+would|\s+will|'d|'ll)?\s+)?(?:need|want"
    r"|needs|would need|'d need|like to keep|want to keep|keep|record|capture)\s+"
    r"(?:the|each|every|a|an)\s+(?P<np>[a-z]+(?:\s[a-z]+)?)(?:'s|s')\s+(?P<f>[^.!?]+)[.!?]?$"
)


def _possessive_list_of_named(reading: Reading) -> None:
    """ "Can you set up hire bookings? Need the hirer's name, start date, daily rate …": a
    thing asked to be made with no fields, then the very next sentence wanting a list whose
    first item is another's possessive, is that thing's list (hirer_name, start date …); the
    possessive names the first field only (it read a thing Hirer holding the booking's dates)."""
    stmts = reading.statements
    made = [s for s in stmts if isinstance(s, Mention) and s.create and not s.weak and s.entity]
    declared = [s for s in stmts if isinstance(s, Declare)]
    if len(made) != 1 or len(declared) != 1:
        return
    named, listed = made[0], declared[0]
    if (
        listed.mode != "create"
        or listed.entity is None
        or named.entity is None
        or listed.segment != named.segment + 1
        or listed.entity.name == named.entity.name
        or len(listed.fields.attributes) < 3  # ("the hirer's name and phone": both the hirer's)
    ):
        return
    segments = segment(reading.text)
    if not 0 <= listed.segment < len(segments):
        return
    said = _WANTED_POSSESSIVE.match(segments[listed.segment].text.strip().lower())
    if said is None or (owner := read_noun(said["np"])) is None:
        return
    if owner.name != listed.entity.name:
        return
    fields = read_fields(f"{said['np']} {said['f']}")
    if len(fields.attributes) != len(listed.fields.attributes):
        return  # (the list read another way: left as it was)
    at = stmts.index(listed)
    stmts[at] = replace(listed, entity=named.entity, fields=fields)


def _details_of_added(stmts: list, text: str) -> list:
    """ "The committee wants us to hold emergency contact details. Could you add an emergency
    contact name and phone to the Member entity?": the details of a thing, said before (or in
    a title over) fields added to another thing whose names hold that thing's word, are what
    those fields are; no thing of their own to create."""
    added = [s for s in stmts if isinstance(s, Declare) and s.mode == "add" and s.entity]
    words = {singular(w) for s in added for a in s.fields.attributes for w in a.name.split("_")}
    if not words:
        return stmts
    owners = {s.entity.name for s in added}
    lowered = text.lower()
    gone = {
        s.entity.name
        for s in stmts
        if isinstance(s, Mention)
        and s.create
        and s.entity is not None
        and not s.entity.explicit
        and s.entity.name not in owners
        and singular(last := s.entity.words[-1]) in words
        and re.search(rf"\b{re.escape(singular(last))}s?{_DETAILS_OF}", lowered)
    }
    if not gone:
        return stmts
    return [s for s in stmts if not (isinstance(s, Mention) and s.entity and s.entity.name in gone)]


def _link_rules_not_things(stmts: list) -> list:
    """ "We want to see which doctor each patient is registered with, only ever one doctor per
    patient, can you link Patient to Doctor": a thing said with no field, only a rule about how
    many of it go with the other end of the link asked for, is that link's rule, not a thing
    to create; only when nothing in the request is given fields (a create keeps its things)."""
    relates = [s for s in stmts if isinstance(s, Relate)]
    if not relates or any(isinstance(s, Declare) and s.fields.attributes for s in stmts):
        return stmts
    ends = {n.name for r in relates for n in (r.owner, r.target) if n is not None}
    out: list = []
    for s in stmts:
        if (
            isinstance(s, Declare)
            and s.entity is not None
            and s.entity.name in ends
            and s.fields.rules
            and not s.header
            and len(s.fields.dropped) == len(s.fields.rules)
        ):
            out.extend(Reason(rule, s.segment, len(rule.split())) for rule in s.fields.rules)
            continue
        out.append(s)
    return out


def _things_among_fields(draft: Draft, text: str) -> None:
    """ "Create guests with name and email, plus rooms, plus housekeepers with name and phone":
    in a request that creates several things, a bare plural of a thing listed between them is
    another thing named without fields; it is asked about, never kept as a field ("frames",
    "stars", "notes" in a thing's own list stay fields)."""
    if draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) < 2:
        return
    for entity in draft.entities:
        for a in entity.attributes:
            word = a.name
            if (
                "_" in word
                or a.type not in (AttrType.STR, AttrType.INT)
                or not _listed_as_thing(word, text)
                or singular(word) == word
                or word in PLURAL_FIELDS
                or first_sense(singular(word)) not in _THING_KINDS
            ):
                continue
            draft.notes.append(
                f"'{word}' among the fields of {entity.name} reads as another thing named "
                f"without fields: say what a {singular(word)} has, or that it is a field"
            )
            draft.missing.append("attributes")
            return


def _listed_as_thing(word: str, text: str) -> bool:
    """ "…, plus rooms, plus housekeepers with …", "markets with name and town, traders, and
    pitches with …": a plural is a thing when it is listed between things as they are ("plus
    X, plus Y", or just before ", and Ys with"); "stars", "frames" after a comma or an "and"
    in a thing's list are its fields."""
    if "," not in text or not may_hold(text, word):  # (both forms need it: before a pattern)
        return False
    between = rf"\b(?:plus|and also)\s+{word}\s*,\s*(?:plus|and)\s"
    before_thing = rf",\s*{word}\s*,\s*and\s+[a-z]+s\s+(?:with|having)\b"
    return re.search(f"{between}|{before_thing}", text, re.I) is not None


_COUNT_SAID = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|[2-9])\s+(?:new|more|extra|additional)\s+"
    r"(?:fields|columns|attributes|properties)\b",
    re.I,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


# (add58) "record the member's nickname", "capture each order's gift message": one value kept
# of a thing named by a possessive, and nothing else said. A list of them describes a thing
# made ("record each book's title, author and ISBN"), and one value said to be needed adds it
# ("Invoice needs a due date"); one value kept so may be either: asked (it was made, accepted)
_ONE_POSSESSED = re.compile(
    r"^(?:please\s+)?(?:also\s+)?(?:record|capture|store|keep|save|log|note|track)\s+"
    r"(?:the|each|every|a)\s+[a-z][a-z-]*(?:\s[a-z][a-z-]*)?'s\s+[a-z][a-z -]{0,40}?"
    r"(?:\s+(?:too|as well))?\s*[.!]?$",
    re.IGNORECASE,
)


def _one_value_of_a_possessive(draft: Draft, text: str) -> None:
    """Ask whether one value kept of a thing said with a possessive adds it or makes it."""
    if (
        draft.intent is Intent.CREATE_ENTITY
        and len(draft.entities) == 1
        and len(draft.entities[0].attributes) == 1
        and _ONE_POSSESSED.match(text.strip())
    ):
        draft.notes.append(
            "one value of a thing was asked for: add it to that thing, or make the thing "
            "with it? say 'add … to …' or 'create … with …'"
        )
        draft.missing.append("confirmation")


def _count_said(draft: Draft, text: str) -> None:
    """ "Claim needs two new fields" with one field read: the person counted what they asked
    for, so a different count read is asked about rather than half done."""
    if draft.intent is not Intent.ADD_FIELDS or "attributes" in draft.missing:
        return
    said = {int(_COUNTS.get(m["n"].lower(), m["n"])) for m in _COUNT_SAID.finditer(text)}
    read = sum(len(e.attributes) for e in draft.entities)
    if len(said) == 1 and read not in said:
        draft.notes.append(
            f"the request says {said.pop()} new fields and {read} were read: say which fields"
        )
        draft.missing.append("attributes")


# Parts of screens: what a page shows, not what a record holds ("add filters to the list",
# "add a date picker to the form", "a chart on the dashboard")
_SCREENS = frozenset(
    """ListItem PageItem Page Homepage HomePage LandingPage Screen Form Header Footer Sidebar
    Navbar Menu Dashboard View Layout Ui""".split()
)
_WIDGETS = frozenset(
    """filter filter_value filters sorting sort_value button buttons dropdown dropdowns picker
    date_picker chart charts graph graphs widget widgets modal popup pagination search_bar
    search_box tooltip tooltips spinner navbar sidebar tab tabs search searching filtering
    export exporting reporting analytics notifications dashboard dashboards""".split()
)  # (features of the app too: "add search to instruments", "add reporting for cranes")


def _screens_not_data(draft: Draft, text: str) -> None:
    """A field added to or removed from a part of a screen, or a widget added to anything, is
    a change to how the app looks: no entity this tool keeps is named, so it is asked about
    (the person may mean a field of a thing; they say which)."""
    if draft.intent not in (Intent.ADD_FIELDS, Intent.REMOVE_FIELDS) or "entity" in draft.missing:
        return
    for entity in draft.entities:
        said_as = entity.name.removesuffix("Item") or entity.name  # ListItem is "list"
        on_screen = entity.name in _SCREENS and not re.search(rf"\b{said_as}\b", text)
        widgets = bool(entity.attributes) and all(a.name in _WIDGETS for a in entity.attributes)
        if on_screen or widgets:
            said = ", ".join(a.name for a in entity.attributes) or "it"
            draft.notes.append(
                f"'{said}' on {entity.name} reads as a change to a screen, not to the data: "
                "say which entity gets which field, e.g. 'add a due date to Task'"
            )
            draft.missing.append("entity")
            return


def _unused_fields(stmts: list, draft: Draft) -> int:
    """Fields read in a declaration that the result does not hold: a create whose list was
    set aside for a change read elsewhere ("… with first name, email …. Many of our members
    don't use email") lost what the request mostly said."""
    held = {a.name for e in draft.entities for a in e.attributes}
    held |= {a.renamed_from for e in draft.entities for a in e.attributes if a.renamed_from}
    declared = {a.name for s in stmts if isinstance(s, Declare) for a in s.fields.attributes}
    return len(declared - held)


# "our vans need …", "my kilns need …": the writer's things, said to need fields (not "I need
# vans with …", where the writer needs the things)
_THINGS_NEED = re.compile(r"\b(?:our|my)\s+[a-z]+(?:\s[a-z]+)?\s+needs?\b", re.IGNORECASE)


def _asked_to_add(out: list) -> None:
    """ "Our vans need a tax date and an MOT date too. Could you add those?": an add that
    names nothing points back at the fields just said of a thing; asked to be added, they
    are added to a thing that exists, not a new thing made of them."""
    said = next((d for d in reversed(out) if not isinstance(d, (Aside, Reason))), None)
    if (
        isinstance(said, Declare)
        and said.mode == "create"
        and said.fields.attributes
        and said.entity is not None
        and not said.entity.explicit
    ):
        out[out.index(said)] = replace(said, mode="add")


def _changes_to_field_said(stmts: list, things_need: bool = False) -> list:
    """ "Can pets also have a microchip number? It's optional though.": the change is to the
    field said just before, in the same way it was said (an add stays an add)."""
    out: list = []
    for s in stmts:
        if isinstance(s, Unread) and (back := _ADD_THOSE.match(s.clause or "")) is not None:
            # "every plot should also have F and G. Could you add those two to the plots?":
            # the ask points back at the fields just said to be added, to that entity
            said = next((d for d in reversed(out) if not isinstance(d, (Aside, Reason))), None)
            if (
                isinstance(said, Declare)
                and said.mode in ("add", "need")
                and said.fields.attributes
                and (not back["e"] or _same_thing(read_noun(back["e"]), said.entity))
            ):
                out.append(Reason(s.text, s.segment, s.words))
                continue
        if isinstance(s, Unread) and _BARE_MARKER.fullmatch(s.clause or ""):
            said = next((d for d in reversed(out) if not isinstance(d, (Aside, Reason))), None)
            if (
                isinstance(said, Declare)
                and said.mode == "add"
                and said.segment == s.segment - 1
                and len(said.fields.attributes) == 1
            ):
                # (me64) "… Can you add that to Usher? Optional though, since not all carry
                # radios.": the marker alone, right after the one field added (found only
                # now, from the talk "that" points back at), is said of it (read required)
                said.fields.attributes[0] = replace(said.fields.attributes[0], required=False)
                out.append(Constraint(s.text, s.segment))
                continue
        if (
            things_need
            and isinstance(s, Declare)
            and s.mode == "add"
            and s.entity is None
            and not s.fields.attributes
        ):
            _asked_to_add(out)
        if (
            isinstance(s, Declare)
            and s.entity is None
            and s.mode in ("either", "add")
            and s.fields.attributes
            and (found := _entity_talked_of(out)) is not None
            and not any(_ASK_IN_TALK.search(_talk_said(t)) for t in out[found[0] :])
        ):
            # "The Kennel entity is working great, could we also store the run size …": fields
            # wished for no thing named in the ask go to the entity the talk before names
            # (not when that talk asks itself, unread: "on the Exam entity we would like to
            # start recording F and G. Oh, and a resit flag" is more than the flag)
            _talk_as_reason(out, found[0])
            out.append(replace(s, entity=found[1], mode="add"))
            continue
        if (moved := _removed_from_named(s, out)) is not None:
            out.remove(moved[0])
            out.append(moved[1])
            continue
        if isinstance(s, Remove) and s.pronoun and not s.fields and not s.whole_entity:
            # "The Reading entity has a battery voltage field and a signal strength field.
            # Could you take both out?": what "both" points at was said as X has F and G
            said = next((d for d in reversed(out) if not isinstance(d, (Aside, Reason))), None)
            if isinstance(said, Declare) and said.mode == "has" and said.fields.attributes:
                out.remove(said)
                out.extend(Reason(r, said.segment, len(r.split())) for r in said.fields.rules)
                names = tuple(a.name for a in said.fields.attributes)
                out.append(Remove(said.entity, names, False, s.segment))
                continue
            # "the notes field on Kiln was never used. Just get rid of it.": the field is
            # named with its entity in the talk just before
            # (an entity written as one and said to be of no use is what "it" is, before any
            # field guessed from the talk: "… the minibus in the summer, so the MinibusBooking
            # entity is just clutter now. Bin it.")
            if found := _entity_dropped_before(s, out) or _resolved_from_text(s, out):
                out.extend(found)
                continue
        # "the Voucher entity duplicates the till, so please drop it", "… Please remove that
        # entity.": the one entity named as an entity in the talk just before
        if (
            isinstance(s, Remove)
            and s.pronoun
            and not s.fields
            and s.entity is None
            and (found := _entity_removed_back(s, out))
        ):
            out.extend(found)
            continue
        if isinstance(s, Rename) and not s.old and not s.of_entity:
            # "Kiosk has a field called opening time. Can you rename it to opens at?": the
            # one field said to be on a thing just before is what "it" renames (the rest of
            # that sentence, ", but we never call it that", is talk)
            said = next(
                (
                    d
                    for d in reversed(out)
                    if not isinstance(d, (Aside, Reason))
                    and not (isinstance(d, Unread) and d.segment < s.segment)
                ),
                None,
            )
            if (
                isinstance(said, Declare)
                and said.mode == "has"
                and len(said.fields.attributes) == 1
                and said.entity is not None
                and (s.entity is None or _same_thing(s.entity, said.entity))
                and said.fields.attributes[0].name != s.new
            ):
                out.remove(said)
                out.extend(Reason(r, said.segment, len(r.split())) for r in said.fields.rules)
                old = said.fields.attributes[0].name
                out.append(Rename(said.entity, old, s.new, False, s.segment))
                continue
        if isinstance(s, Rename) and not s.old and s.of_entity:
            out.extend(_entity_said_before(s, out) or [Unread("", s.segment, 3)])
            continue
        if isinstance(s, Rename) and not s.old:
            out.extend(_resolved_from_text(s, out) or [Unread("", s.segment, 3)])
            continue
        if isinstance(s, Modify) and (was := _as_it_was(s, out)) is not None:
            # "The duration on Screening is a string right now … - make duration on Screening
            # a whole number": the field said as it is, then changed by name (as by "it")
            out.remove(was)
            out.extend(Reason(d.text, was.segment, len(d.text.split())) for d in was.fields.dropped)
            out.append(s)
            continue
        if isinstance(s, Modify) and (again := _field_named_again(s, out)):
            out.extend(again)
            continue
        if not (isinstance(s, Modify) and s.pronoun):
            out.append(s)
            continue
        if (joined := _changed_again(s, out)) is not None:
            out.append(joined)
            continue
        said = next(
            (d for d in reversed(out) if isinstance(d, (Declare, Rename)) and _names_field(d)),
            None,
        )
        if isinstance(said, Rename):  # "rename fax to website and make it optional"
            out.append(Modify(said.entity, (replace(s.changes[0], name=said.new),), s.segment))
            continue
        if said is None:
            out.extend(_resolved_from_text(s, out) or [Unread("", s.segment, 3)])
            continue
        last = _named_before_pronoun(s, stmts, said.fields.attributes) or said.fields.attributes[-1]
        change = s.changes[0]
        if (
            said.mode == "has"
            and len(said.fields.attributes) == 1
            and said.fields.annotated
            and change.type is not None
            and change.type != last.type
        ):
            # "Kiosk has opening hour as text. Make it an integer.": a type said and then
            # contradicted describes the field as it is; the change is to that field
            out.remove(said)
            out.extend(
                Reason(d.text, said.segment, len(d.text.split())) for d in said.fields.dropped
            )
            out.append(Modify(said.entity, (replace(change, name=last.name),), s.segment))
            continue
        if (
            said.mode == "has"
            and len(said.fields.attributes) == 1
            and said.fields.annotated
            and said.entity is not None
            and change.type is None
            and change.required is not None
            and change.required != last.required
        ):
            # "The notes on Visit are text at the moment - can it be optional?": the field
            # said as it is, then made optional (or required)
            out.remove(said)
            out.append(Modify(said.entity, (replace(change, name=last.name),), s.segment))
            continue
        required = last.required if change.required is None else change.required
        fields = FieldList([Attribute(last.name, change.type or last.type, required)], annotated=1)
        out.append(Declare(said.entity, fields, said.mode, s.segment))
    return out


def _named_before_pronoun(s: Modify, stmts: list, attributes: list) -> Attribute | None:
    """ "Track paintings with title, artist and price. The artist is often unknown, so make it
    optional.": the one listed field the pronoun's own sentence names before it is what "it"
    stands for, not the last field of the list; None when it names none or several."""
    clause = next(
        (
            (getattr(u, "clause", "") or u.text).lower()
            for u in stmts
            if isinstance(u, (Unread, Aside, Reason)) and u.segment == s.segment and u.text
        ),
        "",
    )
    if pronoun := _PRONOUN_ASKED.search(clause):
        clause = clause[: pronoun.start()]  # the words before the pronoun say what it is
    words = " ".join(_WORD_RUN.findall(clause))
    ones = " ".join(singular(w) for w in words.split())
    named = [
        a
        for a in attributes
        if f" {_said_name(a.name)} " in f" {words} "
        or f" {' '.join(singular(w) for w in _said_name(a.name).split())} " in f" {ones} "
    ]
    return named[0] if len(named) == 1 else None


def _said_name(name: str) -> str:
    """A field's name as said: its words, a safe name's "_value" left off ("model")."""
    return name.removesuffix("_value").replace("_", " ")


_WORD_RUN = re.compile(r"[a-z0-9]+")
# "… so make it optional", "…, so that one can be blank": where the pronoun is asked about
_PRONOUN_ASKED = re.compile(
    r"\b(?:it|that|this)(?:\s+(?:one|field))?\s+(?:is|'s|should|can|optional)"
    r"|\b(?:make|set|mark|have|leave)\s+(?:it|that|this)\b"
)


def _changed_again(s: Modify, before: list) -> Modify | None:
    """ "Change the deposit on Booking to a float and make it optional": "it" is the field the
    change just before named, and the two changes are one (the first is taken out of
    `before`); None when the nearest statement naming a field is no such change."""
    said = next(
        (
            d
            for d in reversed(before)
            if isinstance(d, Modify) or (isinstance(d, (Declare, Rename)) and _names_field(d))
        ),
        None,
    )
    if not (
        isinstance(said, Modify)
        and not said.pronoun
        and said.entity is not None
        and len(said.changes) == 1
        and said.changes[0].name
        and len(s.changes) == 1
    ):
        return None
    first, then = said.changes[0], s.changes[0]
    # "… to a float. Actually, make it a decimal": what is said later of it stands
    before.remove(said)
    change = Change(
        first.name,
        then.type or first.type,
        first.required if then.required is None else then.required,
    )
    return replace(said, changes=(change,))


# "Optional though.", "Not required, of course.": a sentence that is only the marker
_BARE_MARKER = re.compile(
    r"(?:(?:but|and|though)\s+)?(?:optional|nullable|not required|not mandatory)"
    r"(?:\s+(?:though|too|please|then|of course|for now))?"
)


# "add those two to the plots", "put them on Locker", "include both": an add that names no field
_ADD_THOSE = re.compile(
    r"^(?:add|put|include|set up)\s+(?:those|these|them|both|the two|those two|these two"
    r"|those three|these three|all three|both of them|both fields|those fields|these fields)"
    r"(?:\s+(?:to|on|in|for)\s+(?:the\s+|all\s+|each\s+|every\s+)?(?P<e>[a-z][a-z -]{0,40}))?$"
)


def _as_it_was(s: Modify, before: list) -> Declare | None:
    """The one field just said to be on a thing ("F on X is text right now"), which a change
    that names it with its thing then changes to another type, optional or required."""
    if s.pronoun or len(s.changes) != 1 or s.entity is None:
        return None
    said = next((d for d in reversed(before) if not isinstance(d, (Aside, Reason))), None)
    if not (
        isinstance(said, Declare)
        and said.mode == "has"
        and len(said.fields.attributes) == 1
        and said.fields.annotated
        and _same_thing(said.entity, s.entity)
    ):
        return None
    change, field = s.changes[0], said.fields.attributes[0]
    if change.name != field.name or (change.type in (None, field.type) and change.required is None):
        return None
    return said


def _same_thing(named: Noun | None, entity: Noun | None) -> bool:
    return named is not None and entity is not None and named.name == entity.name


def _names_field(statement: Declare | Rename) -> bool:
    if isinstance(statement, Rename):
        return not statement.of_entity and bool(statement.old)
    return bool(statement.fields.attributes)


def _resolved_from_text(s: Modify | Rename | Remove, before: list) -> list:
    """ "The interest rate on savings accounts is stored as text. Can it be a decimal?": the
    field an "it" refers to is named in a sentence no reader took; that sentence becomes the
    change's reason. Nothing found: the change is left out (and the request asked about)."""
    for i in range(len(before) - 1, -1, -1):
        said = before[i]
        if isinstance(said, Reason):
            continue  # "Nothing fancy." between the two says nothing
        if isinstance(said, Aside) and _field_said(said.text, s) is None:
            continue  # talk around the ask (asides.py) says nothing either
        # (talk read as how to build for its tech words, "the url field on the Webhook entity
        # is confusing next to the callback stuff", still names the field "it" points at)
        if (
            not isinstance(said, (Unread, Aside, Constraint))
            or (found := _field_said(said.text, s)) is None
        ):
            break  # only the sentence just before can say what "it" is
        name, owner = found
        before[i] = Reason(said.text, said.segment, getattr(said, "words", 0))
        if isinstance(s, Rename):
            return [Rename(s.entity or owner, name, s.new, False, s.segment)]
        if isinstance(s, Remove):
            return [Remove(s.entity or owner, (name,), False, s.segment)]
        change = replace(s.changes[0], name=name)
        return [Modify(s.entity or owner, (change,), s.segment)]
    return []


# "The Event entity is badly named", "my entity name 'Stuff' is a bad name", "the entity with
# the Spanish name Cliente": an entity named in the talk, marked as one, a capital or quotes
_ENTITY_SAID = re.compile(
    r"(?:\b(?i:the|my|our|this|that|your)\s+(?:[a-z]+\s+)?(?P<e>[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?)"
    # ("the falconry Bird thing": a name written as one, with a word of the trade before it)
    r"\s+(?:entity|table|model|thing)\b"
    r"|\b(?i:entity|table|model)\b[^.?!,;]{0,30}?\b(?i:name[ds]?|called)\s+[\"'`]?"
    r"(?P<e2>[A-Z][A-Za-z]*)\b"
    # "the name 'Alteration' confuses my staff", "I named my thing Episode": a name quoted or
    # given to the writer's thing, written with its capital, is an entity's
    r"|\b(?i:the\s+name)\s+[\"'`](?P<e3>[A-Z][A-Za-z]*)[\"'`]"
    r"|\b(?i:named|called)\s+(?i:my|our|the)\s+(?i:thing|entity|table|model)\s+[\"'`]?"
    r"(?P<e4>[A-Z][A-Za-z]*)\b)"
)


def _entity_talked_of(before: list) -> tuple[int, Noun] | None:
    """The one entity the talk just before the ask names as an entity ("The Workshop entity
    name confuses the teachers"), and where that talk starts; None when the talk names none,
    two, or a field as well (then "it" may be the field)."""
    for i in range(len(before) - 1, -1, -1):
        said = before[i]
        if isinstance(said, Reason):
            continue
        if not isinstance(said, (Unread, Aside)):
            return None
        named = {m["e"] or m["e2"] or m["e3"] or m["e4"] for m in _ENTITY_SAID.finditer(said.text)}
        if not named:
            continue
        if len(named) > 1 or rx(r"\b(?:field|column|attribute)s?\b", re.I).search(said.text):
            return None
        noun = read_noun(named.pop())
        return (i, replace(noun, explicit=True)) if noun is not None else None
    return None


# words of an ask (keeping, adding, wanting) in talk no reader took: it may hold fields
_ASK_IN_TALK = re.compile(
    r"\b(?:add|adding|record|recording|store|storing|track|tracking|keep|keeping|log|logging"
    r"|capture|capturing|note|noting|need|needs|want|wants|like|would|should|must|with)\b",
    re.I,
)


def _talk_said(statement: object) -> str:
    """The words of talk no reader took: the unread clause, or the aside as said."""
    if isinstance(statement, Unread):
        return statement.clause or statement.text
    if isinstance(statement, Aside):
        return statement.said or statement.text
    return ""


def _talk_as_reason(before: list, start: int) -> None:
    """The talk from `start` on becomes the reason of the ask it led to."""
    for j in range(start, len(before)):
        if isinstance(talk := before[j], (Unread, Aside)):
            before[j] = Reason(talk.text, talk.segment, talk.words)


def _entity_said_before(s: Rename, before: list) -> list:
    """ "The Workshop entity name confuses the teachers. Can you rename it to Session?": the
    one entity named in the talk just before is what "it" renames; that talk becomes the
    rename's reason. None found, or a field said there too: nothing (asked)."""
    if (fronted := _entity_fronted(s, before)) is not None and fronted.name != s.new:
        # "The entity Homework, we want that it is called Assignment": the entity, marked as
        # one, said at the head of the rename's own sentence is what "it" renames (no create)
        before.pop()
        return [Rename(fronted, fronted.name, s.new, True, s.segment)]
    if (found := _entity_talked_of(before)) is None or found[1].name == s.new:
        return []
    _talk_as_reason(before, found[0])
    return [Rename(found[1], found[1].name, s.new, True, s.segment)]


def _entity_fronted(s: Rename, before: list) -> Noun | None:
    """The entity said, marked as one and with nothing else, just before an entity's rename by
    "it" in the same sentence ("The Tutor entity, we want it called Mentor")."""
    said = before[-1] if before else None
    if (
        isinstance(said, Mention)
        and said.entity is not None
        and said.entity.explicit
        and said.segment == s.segment
    ):
        return said.entity
    return None


def _entity_removed_back(s: Remove, before: list) -> list:
    """The removal of the one entity the talk just before names as an entity (as a rename's
    "it" is found: `_entity_said_before`); nothing when none, two, or a field is named."""
    if (found := _entity_talked_of(before)) is None:
        return []
    _talk_as_reason(before, found[0])
    return [Remove(found[1], (), True, s.segment)]


def _field_named_again(s: Modify, before: list) -> list:
    """ "The seat count on Shuttle is stored as text. Can you change seat count to an
    integer?": a change whose field, said again without its entity, was read as a thing and
    its field ("seat" and "count") is the field named with its entity in the talk just before
    (a later sentence repeats the name it already gave, rather than say "it")."""
    if s.pronoun or s.entity is None or s.entity.explicit or len(s.changes) != 1:
        return []
    joined = "_".join([*s.entity.words, _as_said(s.changes[0].name)]).lower()
    for i in range(len(before) - 1, -1, -1):
        said = before[i]
        if isinstance(said, Reason):
            continue
        if (
            isinstance(said, Declare)
            and said.mode == "has"
            and said.entity is not None
            and [a.name for a in said.fields.attributes] == [joined]
        ):
            # "The seat count on Ferry is stored as text, …": the field read with its thing
            del before[i]
            return [Modify(said.entity, (replace(s.changes[0], name=joined),), s.segment)]
        if not isinstance(said, (Unread, Aside)) or (found := field_said_in(said.text)) is None:
            return []
        name, owner = found
        if name != joined:
            return []
        before[i] = Reason(said.text, said.segment, said.words)
        return [Modify(owner, (replace(s.changes[0], name=name),), s.segment)]
    return []


def _as_said(name: str) -> str:
    """ "date_value" → "date": a field's safe name back to the word said, so "make renewal date
    required" after "the renewal date on policies …" joins to the field named there."""
    said = name.removesuffix("_value")
    return said if said != name and safe_field_name(said) == name else name


# "we stopped using BrewBatch entirely": a thing written as a name (capitals), said to be used
# or needed no longer; one capitalised word only when marked as an entity ("we stopped using
# Excel" names a tool, not an entity to delete)
_NAME = r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+(?:\s+entity)?|[A-Z][a-z]+\s+entity)"
_ENTITY_DROPPED = re.compile(
    rf"\b(?:stopped|stop|quit)\s+(?:using|tracking|needing)\s+(?:the\s+)?(?P<e>{_NAME})\b"
    rf"|\b(?:no longer|don't|do not|never)\s+(?:use|need|track)\s+(?:the\s+)?(?P<e2>{_NAME})"
    r"\s+(?:at all|anymore|any more|entirely|any longer)\b"
    # "the League table is kind of pointless now": a thing marked as a table said to be of no
    # use any more
    r"|\bthe\s+(?P<e3>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\s+(?:entity|table))"
    # ("the Reagent entity in our lab tool is now redundant": where it is kept may follow)
    r"(?:\s+in\s+(?:the|our|my)\s+[a-z]+(?:\s[a-z]+){0,2}?)?\s+(?:is|has become"
    r"|became)\s+(?:(?:kind of|sort of|a bit|pretty|totally|completely|basically|now|just"
    r"|really)\s+)*(?:pointless|useless|redundant|obsolete|unused|unnecessary|not needed"
    r"|no longer needed|dead weight|clutter)\b"
)


def _entity_dropped_before(s: Remove, before: list) -> list:
    """ "Hmm, we stopped using BrewBatch entirely. You can delete it.": what "it" is, when no
    field was said, is the entity named as no longer used in the sentence just before; that
    sentence becomes the removal's reason."""
    for i in range(len(before) - 1, -1, -1):
        said = before[i]
        if isinstance(said, Reason):
            continue
        if not isinstance(said, (Unread, Aside)):
            return []
        m = _ENTITY_DROPPED.search(said.text)
        if m is None:
            if isinstance(said, Aside):
                continue
            return []
        named = m["e"] or m["e2"] or m["e3"]
        last = rx(r"\s+(?:entity|table)$").sub("", named).split()[-1].lower()
        noun = read_noun(named)
        if noun is None or singular(last) != last:
            return []  # "we stopped using Google Sheets": a product's name, not one record's
        for j in range(i, len(before)):  # the talk that named it is the reason
            if isinstance(before[j], (Unread, Aside)):
                t = before[j]
                before[j] = Reason(t.text, t.segment, t.words)
        return [Remove(replace(noun, explicit=True), (), True, s.segment)]
    return []


_QUOTED_NAME = re.compile(r"(?:^|\s)[\"'](?P<f>[a-z][a-z ]{0,30}[a-z])[\"'](?=[\s,.;:!?]|$)", re.I)


_SET_UP_AS = re.compile(
    r"(?:\bby\s+|\bthe\s+)(?P<f>[a-z][a-z ]{0,30}?)\s+(?:because\s+it\s+)?(?:was|is|were|are"
    r"|got)\s+(?:set up|stored|saved|kept|entered|created|defined|typed)\s+as\s+(?:an?\s+)?"
    rf"(?:{TYPE_ALTERNATION})\b"
)


# "we noticed Cask.capacity is a string": a field written as code, its entity before the dot
_DOTTED_FIELD = re.compile(r"\b(?P<e>[A-Z][A-Za-z]*)\.(?P<f>[a-z][a-z0-9_]*)\b")
# "Units per case came across as text from the import, …": the sentence's subject (up to four
# words, opening it) said to be, or to have come out as, something; with the owner named in the
# ask ("… make it a whole number on products?") that subject is the field "it" stands for
# pronouns and quantifiers that open a sentence and name no field (a closed class)
_NOT_A_SUBJECT_FIELD = frozenset(
    "it they we i you he she this that these those there everything everyone all some most"
    " nobody none something anything each every".split()
)
_SUBJECT_SAID_AS = re.compile(
    r"^(?:the\s+)?(?P<f>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:is|are|was|were"
    r"|(?:came|comes|turned|turns|ended|ends)\s+(?:out|up|across|through|in)"
    r"|(?:seems|seemed|looks|looked|appears|appeared)\s+(?:to\s+be|like))\s"
)


# the subject of a sentence said to be (or kept as) something, a possessive allowed ("The
# barn's capacity is text at the moment"): what a later "it" can stand for
_SUBJECT_OF_IT = re.compile(
    r"^(?:the\s+)?(?P<f>[a-z][a-z-]*(?:'s)?(?:\s+[a-z][a-z-]*(?:'s)?){1,4}?)\s+"
    r"(?:is|are|was|were|(?:came|comes|turned|turns)\s+(?:out|up|across|through|in)"
    r"|(?:seems|seemed|looks|looked|appears|appeared)\s+(?:to\s+be|like))\s"
)


_FIELD_WE_CALLED = re.compile(
    r"\bthe\s+(?:field|column|attribute)\s+(?:that\s+|which\s+)?(?:we|you|i|they)(?:\s+have|'ve)?"
    r"\s+(?:call|called|named)\s+(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)"
    r"(?=\s+(?:is|are|was|were)\s)",
    re.IGNORECASE,
)


def _antecedent_read(text: str, s: Modify | Rename | Remove) -> tuple[str, Noun] | None:
    """ "Barn capacity is text at the moment, please make it an integer": an ask that names
    no entity, whose "it" stands for the subject of the sentence before, is read as if that
    subject were said in the ask ("make barn capacity an integer"), so the owner is found by
    the rules an ask naming its field uses, and by nothing more."""
    m = _SUBJECT_OF_IT.match(text.strip().lower())
    if m is None or m["f"].split()[0] in _NOT_A_SUBJECT_FIELD:
        return None
    if m["f"].split()[-1] in LED_FRAMES:
        return None  # "the kiln list is a mess": a list, sheet or app of things is no field
    found = read_said_of(m["f"], text, s)
    if found is None or found.entity is None:
        return None
    if isinstance(found, Modify):
        return (found.changes[0].name, found.entity) if len(found.changes) == 1 else None
    if isinstance(found, Remove):
        one = len(found.fields) == 1 and not found.whole_entity
        return (found.fields[0], found.entity) if one else None
    return (found.old, found.entity) if found.old and not found.of_entity else None


def _field_said(text: str, s: Modify | Rename | Remove) -> tuple[str, Noun] | None:
    """The field (and its entity) an "it" points back at; a change that names its entity
    ("rename it to target on ObservationSession") may point at the one name quoted in the talk
    before it ("'target object' sounds weird"): quoting a name is how people say it is one."""
    # "the field we called reason is really …": the field named by what it is called now
    text = _FIELD_WE_CALLED.sub(r"the \g<x> field", text)
    if (found := field_said_in(text)) is not None:
        return found
    dotted = {(m["e"], m["f"]) for m in _DOTTED_FIELD.finditer(text)}
    spaced = rx(r"(?<=[a-z])(?=[A-Z])").sub(" ", next(iter(dotted))[0]).lower() if dotted else ""
    if len(dotted) == 1 and (owner := read_noun(spaced)) is not None:
        said = replace(owner, explicit=True)
        if s.entity is None or _same_thing(s.entity, said):
            try:
                return safe_field_name(next(iter(dotted))[1]), said
            except UnsafeName:
                return None
    if s.entity is None:
        return _antecedent_read(text, s)
    if (m := _SUBJECT_SAID_AS.match(text.lower())) and (named := read_fields(m["f"]).attributes):
        # (a subject that is a pronoun or a thing's own name is no field: "they are", "it is")
        subject = read_noun(m["f"])
        if (
            len(named) == 1
            and m["f"].split()[0] not in _NOT_A_SUBJECT_FIELD
            and not (subject is not None and _same_thing(subject, s.entity))
        ):
            return named[0].name, s.entity
    if isinstance(s, Modify) and (m := _SET_UP_AS.search(text.lower())):
        # "… can't sort by rated power because it was set up as text. On Generator, please
        # make it a float": the field said to be kept as a type, its owner in the ask
        try:
            return safe_field_name(m["f"]), s.entity
        except UnsafeName:
            return None
    quoted = [m["f"].lower() for m in _QUOTED_NAME.finditer(text)]
    new = s.new if isinstance(s, Rename) else ""
    if len(quoted) != 1 or len(quoted[0].split()) > 4:
        return None
    try:
        name = safe_field_name(quoted[0])
    except UnsafeName:
        return None
    return (name, s.entity) if name != new else None


_CONDITIONAL_REMOVAL = re.compile(
    r"\b(?:when|whenever|if|once|after|before|as soon as|until)\b[^.]*\b(?:remove|delete|drop"
    r"|hide|archive|take)\b|\b(?:remove|delete|drop|hide|archive|take)\b[^.]*\b(?:when|whenever"
    r"|if|once|after|before|as soon as|until)\b",
    re.IGNORECASE,
)


def _removal_unread(stmts: list, draft: Draft) -> None:
    """ "Students need name, email and fax. Please drop them.": a removal that points back at
    nothing this reading removes is an ask left out; read without it, the request would get
    the opposite of what it asks, so it is asked about."""
    if draft.intent in (Intent.REMOVE_FIELDS, Intent.REMOVE_ENTITY):
        return
    if any(_CONDITIONAL_REMOVAL.search(rule) for rule in draft.rules):
        return  # "When discontinued, remove it from the shop page": behaviour, kept as a rule
    if any(isinstance(s, Remove) and s.pronoun and not s.fields for s in stmts):
        draft.missing.append("intent")
        draft.notes.append(
            "a removal ('remove it', 'drop them') points at nothing that was read: say which "
            "fields to remove and from which entity"
        )


def _old_name_dropped(stmts: list) -> list:
    """ "Rename the Toner entity to InkCartridge, we don't use toner anymore", "rename fax to
    pager on Chef, nobody uses fax now": the old name no longer used is why it is renamed, no
    removal of the thing or the field the rename keeps under its new name."""
    renames = [s for s in stmts if isinstance(s, Rename)]
    if not renames:
        return stmts

    def old_name(s: Remove, r: Rename) -> bool:
        if r.of_entity:
            return s.whole_entity and s.entity is not None and s.entity.name == r.old
        return (
            not s.whole_entity
            and s.fields == (r.old,)
            and (s.entity is None or r.entity is None or s.entity.name == r.entity.name)
        )

    out = []
    for s in stmts:
        r = next((r for r in renames if old_name(s, r)), None) if isinstance(s, Remove) else None
        if r is not None and not s.pronoun:
            s = Reason(f"{r.old} is no longer used", s.segment, 0)
        out.append(s)
    return out


# "Can you rename it?", "could you change the name?", "Could you rename the field?": a rename
# asked with neither name, which the talk just before must say
_BARE_RENAME = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|we|u)\s+)?(?:please\s+)?(?:just\s+)?"
    r"(?:rename\s+(?:it|that|this|the\s+field|the\s+column)|change\s+(?:the|its|that)\s+name"
    r"(?:\s+of\s+(?:it|that|the\s+field))?)(?:\s+(?:please|then|too|for\s+me))?\W*$"
)
# a name as written: quoted, or up to four plain words
_SAID_NAME = r"[\"'`]?(?P<{}>[a-z][a-z0-9_]*(?:\s[a-z0-9_]+){{0,3}}?)[\"'`]?"
_NAME_END = (
    r"(?=\s*(?:[.,;:!?()—–-]|$)"
    r"|\s+(?:instead|now|not|rather|for|on|in|but|and|or|round|here)\b)"
)
# the name a field has now: "the field (you) called OLD", "a field called OLD", "'OLD' is a
# confusing name", "the 'OLD' on …", "not 'OLD'" after the new one
_OLD_NAME = re.compile(
    r"\b(?:field|column|attribute)\s+(?:(?:you|we|i|they)\s+)?(?:called|named)\s+"
    + _SAID_NAME.format("old")
    + _NAME_END
    + r"|(?:^|\s)[\"'`](?P<old2>[a-z][a-z0-9_ ]{0,30}?)[\"'`]\s+(?:is|on|in|field|column)\b"
)
# the name wanted: "it should be called NEW", "call it NEW", "we say NEW", "would make more
# sense as 'NEW'", "say 'NEW' not 'OLD'"
_NEW_NAME = re.compile(
    r"\b(?:(?:should|must|could|would|can)\s+be\s+(?:called|named)|call\s+it|we\s+say"
    r"|we\s+call\s+it|(?:make|makes)\s+more\s+sense\s+as)\s+"
    + _SAID_NAME.format("new")
    + _NAME_END
    + r"|\bsay\s+[\"'`](?P<new2>[a-z][a-z0-9_ ]{0,30}?)[\"'`]\s+not\s+[\"'`]"
    r"(?P<old3>[a-z][a-z0-9_ ]{0,30}?)[\"'`]"
)
# where the field is: "on Dancer", "on the gigs,", "on the Parent Helper records", "the
# repair jobs have a field"
_OWNER_SAID = re.compile(
    r"\b(?:on|in)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s(?!(?:entity|records?|table|model)\b)[a-z][a-z-]*)?)"
    r"(?:\s+(?:entity|records?|table|model))?(?=\s*(?:[.,;:!?—–-]|$)|\s+(?:would|is|are|should|we)\b)"
    r"|\bthe\s+(?P<e2>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:has|have)\s+(?:a|one)\s+"
    r"(?:field|column)\b"
)


def _names_in_talk(text: str) -> tuple[str, str, Noun] | None:
    """(old, new, owner) when the talk says each once: "On the choirs, the field you called
    alto part — we say lower voice" → (alto_part, lower_voice, Choir)."""
    low = " ".join(text.lower().replace("’", "'").split())
    olds = {m["old"] or m["old2"] for m in _OLD_NAME.finditer(low)}
    news = {m["new"] or m["new2"] for m in _NEW_NAME.finditer(low)}
    olds |= {m["old3"] for m in _NEW_NAME.finditer(low) if m["old3"]}
    owners = {m["e"] or m["e2"] for m in _OWNER_SAID.finditer(low)}
    owners = {o for o in owners if read_noun(o) is not None}
    if len(olds) == 1 and len(owners) > 1:
        # "the 'ref' on foodbank vouchers … for the volunteers on the door": the place said
        # right after the old name is its owner
        at = re.search(
            rf"{re.escape(next(iter(olds)))}[\"'`]?\s+(?:on|in)\s+(?:the\s+|our\s+)?"
            r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)",
            low,
        )
        owners = {at["e"]} if at and at["e"] in owners else owners
    if len(olds) != 1 or len(news) != 1 or len(owners) != 1:
        return None
    try:
        old, new = safe_field_name(olds.pop().strip()), safe_field_name(news.pop().strip())
    except UnsafeName:
        return None
    owner = read_noun(owners.pop())
    return (old, new, owner) if owner is not None and old != new else None


def _rename_said_before(stmts: list) -> list:
    """ "On the choirs, the field you called alto part — we say lower voice. Can you rename
    it?": a rename asked with neither name takes both, and the field's owner, from the talk
    just before it (each said once); otherwise it stays unread, and the request is asked."""
    out: list = []
    for s in stmts:
        said = s.clause or s.text if isinstance(s, Unread) else ""
        if not (said and _BARE_RENAME.match(said.lower().strip())):
            out.append(s)
            continue
        talk = [
            i
            for i, t in enumerate(out)
            if isinstance(t, (Unread, Aside)) and t.segment >= s.segment - 2 and t is not s
        ]
        texts = " ".join(dict.fromkeys(out[i].text for i in talk))
        found = _names_in_talk(texts) if talk else None
        if found is None:
            out.append(s)
            continue
        for i in talk:
            t = out[i]
            out[i] = Reason(t.text, t.segment, getattr(t, "words", 0))
        old, new, owner = found
        out.append(Rename(owner, old, new, False, s.segment))
    return out


# "Many of our older members don't use email", "some guests never give a phone": a sentence
# about some of the things (a quantifier opens it), not about the thing as a whole
SOME_OF_THEM = re.compile(
    r"^\W*(?:(?:but|and|although|though)\s+)?(?:many|some|most|several|half|a few|a lot"
    r"|lots|a couple|not all|not every|not everyone|quite a few)\b"
)


def _some_go_without(stmts: list, text: str) -> list:
    """ "Could you make something for club members with …, email if known, …? Many of our
    older members don't use email at all.": what some of the things created go without is a
    field they may leave empty (optional), never a removal of a field the request lists."""
    creates = [
        s
        for s in stmts
        if isinstance(s, Declare) and s.mode == "create" and s.entity and s.fields.attributes
    ]
    if len(creates) != 1:
        return stmts
    created = creates[0]
    texts = {seg.index: seg.text for seg in segment(text)}
    names = {a.name for a in created.fields.attributes}
    out = []
    for s in stmts:
        if (
            isinstance(s, Remove)
            and not s.pronoun
            and not s.whole_entity
            and s.fields
            and set(s.fields) <= names
            and s.entity is not None
            and singular(s.entity.words[-1]) == singular(created.entity.words[-1])
            and s.segment != created.segment
            and SOME_OF_THEM.match(texts.get(s.segment, "").lower())
        ):
            attributes = [
                replace(a, required=False) if a.name in s.fields else a
                for a in created.fields.attributes
            ]
            at = out.index(created) if created in out else -1
            created = replace(created, fields=replace(created.fields, attributes=attributes))
            if at >= 0:
                out[at] = created
            said = texts.get(s.segment, "")
            out.append(Reason(said, s.segment, len(said.split())))
            continue
        out.append(created if s is creates[0] else s)
    return out


def _changes_inside_create(stmts: list) -> list:
    """ "Members: name, email. The email is not obligatory.": a change to a field the same
    request creates is part of the create (the field is optional), not a modify request."""
    creates = [
        s
        for s in stmts
        if isinstance(s, Declare) and s.mode in ("create", "has") and s.fields.attributes
    ]
    if not creates:
        return stmts
    declared = {a.name for d in creates for a in d.fields.attributes}
    owners = {d.entity.name for d in creates if d.entity is not None}
    out = []
    for s in stmts:
        if (
            isinstance(s, Modify)
            and s.changes
            and all(c.name in declared for c in s.changes)
            and (s.entity is None or s.entity.name in owners)
        ):
            fields = FieldList(
                [
                    Attribute(
                        c.name, c.type or AttrType.STR, True if c.required is None else c.required
                    )
                    for c in s.changes
                ],
                annotated=len(s.changes),
            )
            s = Declare(s.entity, fields, creates[0].mode, s.segment)
        elif (
            isinstance(s, Modify)
            and len(s.changes) == 1
            and s.entity is not None
            and s.entity.name not in owners
            and len(owners) == 1
            and (whole := s.whole or f"{_snake(s.entity.name)}_{s.changes[0].name}") in declared
        ):
            # "Each plot has a code and a shed size – not all plots have a shed, so shed size
            # may be blank": the thing read from the field's first word (Shed) is no thing of
            # the request; the field it creates (shed_size) is the one meant
            change = s.changes[0]
            kind = change.type or AttrType.STR
            required = True if change.required is None else change.required
            fields = FieldList([Attribute(whole, kind, required)], annotated=1)
            s = Declare(creates[0].entity, fields, creates[0].mode, s.segment)
        out.append(s)
    return out


def _two_changes(draft: Draft, kinds: list[str], stmts: list, text: str) -> None:
    """ "Drop the legacy code from Ticket; make the assignee optional": two different changes
    are one plan each; reading only the first would lose the other without a word. So are a
    change and fields added or created beside it ("Rename Course to Module and add credits to
    Module", "Add a fee to Job. The phone can be blank.", "Remove the fax from Tenant. Track
    lamps with a wattage.") and a change with a relationship: one request reads one intent."""
    changes = [k for k in kinds if k in ("rename", "remove", "modify")]
    if "remove" in kinds and "declare" in kinds:
        changes.append(_added_kind(stmts))  # kept by _kinds only when other fields are added
    elif changes and "declare" in kinds and (added := _added_besides_change(stmts)):
        changes.append(added)
    if changes and any(isinstance(s, Relate) and s.segment not in _talk(stmts) for s in stmts):
        changes.append("relationship")
    if changes == ["remove"] and _tracked_after_removal(stmts, text):
        changes.append("add")
    if not changes and _adds_beside_create(stmts):
        changes = ["create", "add"]
    if len(changes) > 1:
        draft.missing.append("intent")
        draft.notes.append(
            f"this asks for {' and '.join(changes)} changes at once: send them one at a time"
        )


_ADDING = ("add", "need", "create")


def _tracked_after_removal(stmts: list, text: str) -> bool:
    """ "Drop the fax, keep track of mobiles": a thing asked to be kept track of after the
    removal is a second ask (something added, where is not said), not the place of what goes
    ("…, we record birthdays instead" says why, and stays a reason)."""
    removal = next((i for i, s in enumerate(stmts) if isinstance(s, Remove)), None)
    if removal is None:
        return False
    removed, segment = stmts[removal].entity, stmts[removal].segment
    return any(
        isinstance(s, Mention)
        and s.segment == segment  # in the same sentence: a later line is another matter
        and s.create
        and not s.weak
        and s.entity is not None
        and (removed is None or s.entity.name != removed.name)
        and re.search(
            r"[,;]\s*(?:and\s+|please\s+)?keep track of\s+(?:the\s+|our\s+|their\s+)?"
            + re.escape(" ".join(s.entity.words)),
            text,
            re.I,
        )
        for s in stmts[removal + 1 :]
    )


def _snake(name: str) -> str:
    return "_".join(_lower(name).split())


def _adds_beside_create(stmts: list) -> bool:
    """ "Track vans with a plate. Add a phone to Driver.": fields added to a thing the request
    does not create are a change to what exists, beside the create; read together they would
    create that thing with only the added fields."""
    declared = [s for s in stmts if isinstance(s, Declare) and s.entity and s.fields.attributes]
    created = {s.entity.name for s in declared if s.mode == "create"}
    talk = _talk(stmts)
    return bool(created) and any(
        s.mode == "add" and s.entity.name not in created and s.segment not in talk for s in declared
    )


def _talk(stmts: list) -> set[int]:
    """Sentences that are talk around the ask, or hold words no reader took ("the co-op sold
    all the tractors last winter, …"): what else was read in them is background, not an ask
    of its own."""
    return {s.segment for s in stmts if isinstance(s, (Aside, Unread))}


def _added_kind(stmts: list) -> str:
    """ "add" for fields added to what exists, "create" when a new thing is declared."""
    modes = {s.mode for s in stmts if isinstance(s, Declare) and s.fields.attributes}
    return "create" if modes <= {"create"} and modes else "add"


def _added_besides_change(stmts: list) -> str | None:
    """The kind of an add or create whose fields no change in the request names: the change
    is to other fields ("add a fee …; make the phone optional"), so reading only the change
    would lose the fields. Fields a change names are the change's ("add a phone to Tenant
    and make the phone optional"), and "X has F" describes what exists."""
    named: set[str] = set()
    for s in stmts:
        if isinstance(s, Rename) and not s.of_entity:
            named |= {_snake(s.old), _snake(s.new)}
        elif isinstance(s, Modify):
            named |= {c.name for c in s.changes}
    talk = _talk(stmts)
    added = [
        s
        for s in stmts
        if isinstance(s, Declare)
        and s.mode in _ADDING
        and s.segment not in talk
        # "the start date needs a time as well; change its type to timestamp": said of a
        # field the change names, not a thing with fields of its own
        and (s.entity is None or _snake(s.entity.name) not in named)
        and any(a.name not in named for a in s.fields.attributes)
    ]
    if not added:
        return None
    return "create" if all(s.mode == "create" for s in added) else "add"


def _reasons_outside_change(draft: Draft, stmts: list) -> None:
    """A reason is given for a change to what exists; anywhere else ("create X, so that …")
    it counts as unread text, as before reasons were read."""
    if draft.intent not in (None, Intent.CREATE_ENTITY, Intent.ADD_RELATIONSHIP):
        return
    for s in stmts:
        if isinstance(s, Reason):
            draft.reason_words -= s.words
            draft.unread_words += s.words
            draft.unread_texts.append(s.text)


def _named_nouns(stmts: list) -> set[str]:
    names: set[str] = set()
    for s in stmts:
        for noun in (
            getattr(s, "entity", None),
            getattr(s, "owner", None),
            getattr(s, "target", None),
        ):
            if isinstance(noun, Noun):
                names.add(noun.name)
    return names


def _removed_from_named(s: object, out: list) -> tuple[Remove, Remove] | None:
    """ "We don't use the pager anymore, please remove it from the Driver entity": what "it"
    takes from a named thing is what the sentence said goes, a field of that thing (never an
    entity of its own, as "we don't use the pager anymore" alone may be): the removal said
    first, and the one it becomes."""
    if not (isinstance(s, Remove) and not s.whole_entity and s.entity is not None):
        return None
    said = next((d for d in reversed(out) if not isinstance(d, (Aside, Reason))), None)
    if not (
        isinstance(said, Remove)
        and said.whole_entity
        and said.segment == s.segment
        and said.entity is not None
        and not said.entity.explicit
        and said.entity.name != s.entity.name
    ):
        return None
    # ("… remove them from Driver": "them" already read as the plural said before)
    if s.fields != (() if s.pronoun else ("_".join(said.entity.words),)):
        return None
    words = [*said.entity.words[:-1], singular(said.entity.words[-1])]
    try:
        name = safe_field_name(" ".join(words))
    except UnsafeName:
        return None
    return said, Remove(s.entity, (name,), False, s.segment)


def _kinds(stmts: list) -> list[str]:
    found: list[str] = []
    for s in stmts:
        kind = {
            Rename: "rename",
            Remove: "remove",
            Modify: "modify",
            Declare: "declare",
            Relate: "relate",
        }.get(type(s))
        if kind == "modify" and not s.changes:
            continue
        if kind == "remove" and s.pronoun and not (s.whole_entity and s.entity is not None):
            continue  # (a "that entity" whose entity was found is a removal like any other)
        if kind and kind not in found:
            found.append(kind)
    if "declare" in found and "relate" in found:
        found.remove("relate")  # relationships inside a create sit on their owners
    if "remove" in found and "declare" in found and not _adds_besides_removal(stmts):
        found.remove("declare")  # "Suppliers don't need a fax, remove it" is one removal
    return found


def _adds_besides_removal(stmts: list) -> bool:
    """ "Remove the fax from Supplier and add a website": fields added that are not removed;
    so are fields of a thing created beside the removal ("… Also track lamps with a wattage")."""
    removed = {n for s in stmts if isinstance(s, Remove) for n in s.fields}
    return any(
        isinstance(s, Declare)
        and s.mode in _ADDING
        and any(a.name not in removed for a in s.fields.attributes)
        for s in stmts
    )


def _context_entity(
    reading: Reading, before: int | None = None, placed: bool = False
) -> Noun | None:
    """The last entity named anywhere (strong first), for a change that names none; `placed`:
    a removal or a rename may also take the one name its talk places fields on."""
    for strong in (True, False):
        for s in reversed(reading.statements):
            noun = getattr(s, "entity", None) or getattr(s, "owner", None)
            if noun is None:
                continue
            if strong and isinstance(s, Mention) and s.weak:
                continue
            return noun
    talk = (s.text for s in reading.statements if isinstance(s, (Unread, Aside)))
    for written in dict.fromkeys(talk):  # once per text: clauses of one sentence share it
        said = written.lower()
        if m := _NAMED_ENTITY.search(said) or _CONTEXT_NOUN.search(said):
            noun = _context_compound(said, m) or _context_name(written, m) or read_noun(m.group(1))
            if noun is not None:
                return noun
    # (not for a new type or required-ness: "the mileage is left blank on Breakdown. Make fault
    # cause optional." says a state of another field there, which names no owner of this one)
    return _name_placed_in_talk(reading) if placed else None


# "we shouldn't keep bank details on Contractor anymore", "Cleanup: Listing table": a name
# written with its capital where fields are kept ("on" a record) or marked by a schema word
_NAME_PLACED = re.compile(
    r"\b(?i:on)\s+(?P<e>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\b"
    r"|\b(?P<e2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s+(?i:entity|table|model)\b"
)


def _name_placed_in_talk(reading: Reading) -> Noun | None:
    """The one name the talk around a change places fields on, written as a name: what a
    change that names no entity is about. Two such names: none (which one is not said)."""
    kinds = (Unread, Aside, Constraint, Reason)
    talk = (s.text for s in reading.statements if isinstance(s, kinds))
    names = {m["e"] or m["e2"] for text in set(talk) for m in _NAME_PLACED.finditer(text)}
    names = {n for n in names if n.split()[0].lower() not in TIME_NAMES}
    if len(names) != 1:
        return None
    noun = read_noun(names.pop().lower())
    return replace(noun, explicit=True) if noun is not None else None


# "changes to the gym classes", "tweaks for the membership plans:": the words after the context
# noun's first, up to the end of what was said, are its compound (not a clause going on)
_COMPOUND_TO_END = re.compile(r"[a-z]+(?:\s[a-z]+){1,2}(?=\s*(?:[.:;,!?)]|$))")
_NOT_IN_A_NAME = frozenset(
    "and or with to of for in on at from by we i you please pls thanks again too also".split()
)


_CAPITALISED_TO_END = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,3}(?=\s*(?:[.:;,!?)]|$))")


def _context_name(written: str, m: re.Match[str]) -> Noun | None:
    """ "Changes for the KimchiBatch:" (cleaned to "Kimchi Batch"): words written with capitals
    to the end of what was said are one name, read whole (it was read as a thing Kimchi)."""
    if m.re is not _CONTEXT_NOUN:
        return None
    whole = _CAPITALISED_TO_END.match(written, m.start(1))
    return read_noun(whole[0].lower()) if whole is not None else None


def _context_compound(said: str, m: re.Match[str]) -> Noun | None:
    """ "changes to the gym classes" over the changes: the thing is the whole phrase the line
    ends with, said in the plural as records are (GymClass), not its first word (Gym)."""
    if m.re is not _CONTEXT_NOUN:
        return None
    whole = _COMPOUND_TO_END.match(said, m.start(1))
    if whole is None or any(w in _NOT_IN_A_NAME for w in whole[0].split()):
        return None
    last = whole[0].split()[-1]
    if singular(last) == last:
        return None  # "the van fleet", "the gym floor": one collection or place, said whole
    return read_noun(whole[0])


# (ls61) pieces of land or floor space whose bare "area" is a measure ("a plot register with
# plot number, area, annual rent"), never a place within them as a rink's or a body's area is
_LAND_HOLDERS = frozenset(
    "plot allotment paddock field orchard vineyard garden farm parcel meadow enclosure pen paddy"
    " apartment flat room".split()
)
# "area" said with its own type or note after it ("area (number)", "area: text", "area as …")
_AREA_TYPED = re.compile(r"\barea\s*(?:\(|:|-\s|\bas\b|\bin\b)")


def _land_area(attribute: Attribute, noun: Noun, text: str) -> Attribute:
    """A bare "area" (text by default: a place) on a piece of land or floor space is its size,
    a float; said with a type or a note of its own it is left as read."""
    if attribute.name != "area" or attribute.type is not AttrType.STR:
        return attribute
    words = noun.words or (noun.name.lower(),)
    if singular(words[-1].lower()) not in _LAND_HOLDERS or _AREA_TYPED.search(text.lower()):
        return attribute
    return replace(attribute, type=AttrType.FLOAT)


def _of_itself(attribute: Attribute, noun: Noun, fields: FieldList) -> Attribute:
    """ "the date of the gig" on Gig is the gig's date: the owner named after "of" is the
    record itself (date_of_the_gig → date_value). Said with no article, "date of burial" on
    Burial is one name, as "date of birth" is."""
    words = attribute.name.split("_")
    if "of" not in words[1:] or attribute.name in fields.of_whole:
        return attribute
    cut = words.index("of", 1)
    owner = [w for w in words[cut + 1 :] if w not in ("the", "a", "an", "each", "every", "this")]
    if not owner or [singular(w) for w in owner] != [singular(w) for w in noun.words]:
        return attribute
    try:
        name = safe_field_name(" ".join(words[:cut]))
    except UnsafeName:
        return attribute
    return replace(attribute, name=name)


def _own_possessive(attribute: Attribute, noun: Noun, fields: FieldList) -> Attribute:
    """ "each guest's full name" on Guest is the guest's own full name (full_name); "each
    pet's owner phone" on Pet is owner_phone; "owner's phone" on Pet keeps its owner
    (owner_phone): only the entity itself, named as the owner, is dropped."""
    owned = fields.possessed.get(attribute.name)
    if owned is None:
        return attribute
    owner, name = owned
    mine = [singular(w) for w in noun.words]
    said = [singular(w) for w in owner]
    if said != mine and said != mine[-len(said) :]:
        return attribute
    if any(a.name == name for a in fields.attributes):
        return attribute  # "name, and each guest's name": kept apart as written
    return replace(attribute, name=name)


# --- rename -------------------------------------------------------------------------------------
def _renames(reading: Reading, draft: Draft, titles: frozenset[int]) -> None:
    renames = [s for s in reading.statements if isinstance(s, Rename)]
    first = renames[0]
    if first.of_entity and (had := _field_said_had(reading, first)) is not None:
        # "Boilers have a field called engineer. Could we rename engineer to technician?": a
        # name said just before to be a field of a thing is that field, whatever its words
        owner, old = had
        first = replace(first, entity=owner, old=old, new=to_snake_case(first.new))
        renames = [first, *renames[1:]]
        reading.statements = [first if s is renames[0] else s for s in reading.statements]
        draft.intent = Intent.RENAME_FIELD
        attribute = Attribute(first.new, AttrType.STR, True, renamed_from=old)
        draft.explicit_entities += bool(owner.explicit)
        draft.entities.append(EntitySpec(owner.name, (attribute,)))
        return
    if first.of_entity:
        draft.intent = Intent.RENAME_ENTITY
        draft.entities.append(EntitySpec(first.new, renamed_from=first.old))
        draft.explicit_entities += 1
        return
    owner = first.entity or _context_entity(reading, placed=True)
    renamed: dict[str, str] = {}
    olds = [r.old for r in renames if not r.of_entity and r.old]
    news = tuple(r.new for r in renames)
    if owner is None and olds and (resolved := owner_in_text(reading.text, olds, False, news)):
        owner, renamed = resolved  # the one resolver a removal and a change of type use
    if (
        first.entity is None
        and len(renames) == 1
        and owner is not None
        and (new := read_noun(first.new)) is not None
        and new.name == owner.name
        and owner.words == new.words
        and re.search(rf"\b{re.escape(first.new.split()[-1].capitalize())}\b", reading.text)
        and (old := read_noun(first.old)) is not None
        and old.name != new.name
    ):
        # "Rename jobs to Fares": the only name written like an entity's is the new name
        # itself, so it is no owner of a field: a table renamed, as "Rename Route to Line" is
        draft.intent = Intent.RENAME_ENTITY
        draft.entities.append(EntitySpec(new.name, renamed_from=old.name))
        return
    draft.intent = Intent.RENAME_FIELD
    attributes = tuple(
        dict.fromkeys(  # a ticket's title and its criterion may say the same rename
            Attribute(r.new, AttrType.STR, True, renamed_from=renamed.get(r.old, r.old))
            for r in renames
            if not r.of_entity
            and (r.entity is None or owner is None or r.entity.name == owner.name)
        )
    )
    if owner is None:
        draft.missing.append("entity")
        draft.notes.append(
            f"say which entity has the field {first.old!r}, e.g. "
            f"'rename {first.old} to {first.new} on Student'"
        )
    draft.explicit_entities += bool(owner and owner.explicit)
    draft.entities.append(EntitySpec(owner.name if owner else "", attributes))


def _field_said_had(reading: Reading, rename: Rename) -> tuple[Noun, str] | None:
    """The owner and field name when a thing is said to have (not to be made with) a field
    whose name is the one an entity rename takes for an entity ("X has a field called F")."""
    words = to_snake_case(rename.old).replace("_", " ")
    if (rename.entity is not None and rename.entity.explicit) or re.search(
        rf"\b{re.escape(words)}\s+(?:entity|table|model)\b", reading.text.lower()
    ):
        return None  # "rename the Engineer entity to …" says what it is
    for s in reading.statements:
        if not (isinstance(s, Declare) and s.mode == "has" and s.entity is not None):
            continue
        for attribute in s.fields.attributes:
            if to_snake_case(rename.old) == attribute.name:
                return s.entity, attribute.name
    return None


# --- remove -------------------------------------------------------------------------------------
def _removes(reading: Reading, draft: Draft, titles: frozenset[int]) -> None:
    removes = [s for s in reading.statements if isinstance(s, Remove)]
    whole = [r for r in removes if r.whole_entity]
    fields = [r for r in removes if not r.whole_entity and r.fields]
    gone = {r.entity.name for r in whole if r.entity}
    fields = [r for r in fields if not all(_names_entity(n, gone) for n in r.fields)]
    if loose := _fields_said_as_things(whole, fields):
        # "- remove microchip id" over "- remove vet name": items of one list of removals,
        # the first read as a thing removed whole; fields of the entity in context, never
        # fields of the thing said to be removed; the owner is one written as an entity
        # ("Changes to the Dog entity:", "Listing table"), or the request is asked about
        fields = [Remove(None, ("_".join(r.entity.words),), False, r.segment) for r in loose]
        fields += [r for r in removes if not r.whole_entity and r.fields]
        fields.sort(key=lambda r: r.segment)
        said = [s for s in reading.statements if s not in loose and _written_as_entity(s)]
        reading = replace(reading, statements=said)
        removes, whole = fields, []
    elsewhere = {r.entity.name for r in removes if not r.whole_entity and r.fields and r.entity}
    if any(r.entity and r.entity.explicit for r in whole) and (fields or elsewhere - gone):
        # "Remove the Sponsor entity. Also remove fax from Event.": an entity removed and
        # fields removed from another are two plans (the entity's removal was lost, accepted)
        owners = {r.entity.name for r in fields if r.entity} | elsewhere
        if not owners or owners - gone:
            draft.missing.append("intent")
            draft.notes.append(
                "this asks to remove an entity and fields at once: send them one at a time"
            )
    if whole and not fields:
        draft.intent = Intent.REMOVE_ENTITY
        noun = next((r.entity for r in whole if r.entity), None)
        if noun is None:
            noun = next((r.entity for r in removes if r.entity), None)
        if noun is None:
            draft.missing.append("entity")
            draft.notes.append("say which entity to remove, e.g. 'remove the Supplier entity'")
            return
        draft.entities.append(EntitySpec(noun.name))
        return
    draft.intent = Intent.REMOVE_FIELDS
    owner = next((r.entity for r in fields if r.entity), None)
    owner = owner or next((r.entity for r in removes if r.entity), None)
    owner = owner or _owner_said_with(reading, {n for r in fields for n in r.fields})
    owner = owner or _context_entity(reading, placed=True)
    names: list[str] = []
    for r in fields:
        names.extend(n for n in r.fields if n not in names)
    if owner is None and (resolved := owner_in_text(reading.text, names)) is not None:
        owner, renamed = resolved
        names = [renamed.get(n, n) for n in names]
    if not names:
        draft.missing.append("attributes")
    if owner is None:
        draft.missing.append("entity")
        draft.notes.append("say which entity the fields are removed from, e.g. '… from Student'")
    attributes = tuple(Attribute(n, _guess_type(n)) for n in names)
    draft.entities.append(EntitySpec(owner.name if owner else "", attributes))


def _fields_said_as_things(whole: list[Remove], fields: list[Remove]) -> list[Remove]:
    """Removals read as whole things beside field removals that name no owner: when none of
    those things is written as an entity ("the Owner entity", "Owner"), they are fields said
    the same way, and the owner is the entity in context. [] otherwise."""
    if not whole or not fields or any(r.entity for r in fields):
        return []
    if any(r.entity is None or r.entity.explicit for r in whole):
        return []
    return whole


def _written_as_entity(statement: Statement) -> bool:
    """A statement that can name a removal's owner when its list said none: an entity written
    as one, or text the owner is looked for in ("Changes for the Dog:")."""
    if isinstance(statement, (Unread, Aside)):
        return True
    noun = getattr(statement, "entity", None)
    return noun is None or noun.explicit


# "the toll tags bit is dead weight now. Can you remove the TollTag entity?": what is said to be
# useless before the entity's removal is that entity in passing ("bit", "side" are no fields)
_AREA_WORDS = ("bit", "bits", "part", "side", "stuff", "thing", "module", "section", "feature")


def _names_entity(name: str, entities: set[str]) -> bool:
    """Whether a field name said in a removal is only an entity removed whole (its words,
    singular, with an area word after them such as "bit" or "side")."""
    words = name.split("_")
    if len(words) > 1 and words[-1] in _AREA_WORDS:
        words = words[:-1]
    said = "".join(w.capitalize() for w in words[:-1]) + singular(words[-1]).capitalize()
    return said in entities


# --- modify -------------------------------------------------------------------------------------
def _modifies(reading: Reading, draft: Draft, titles: frozenset[int]) -> None:
    draft.intent = Intent.MODIFY_FIELDS
    reading.statements = [_one_name_of(s, reading) for s in reading.statements]
    reading.statements = [_had_by_said_thing(s, reading.text) for s in reading.statements]
    reading.statements = _said_whole_elsewhere(reading.statements)
    modifies = [s for s in reading.statements if isinstance(s, Modify)]
    owner = next((m.entity for m in modifies if m.entity), None)
    owner = owner or _owner_said_with(reading, {c.name for m in modifies for c in m.changes})
    owner = owner or _context_entity(reading)
    merged: dict[str, Attribute] = {}
    for m in modifies:
        for change in m.changes:
            known = merged.get(change.name)
            kind = change.type or (known.type if known else None) or _guess_type(change.name)
            required = (
                change.required
                if change.required is not None
                else (known.required if known else True)
            )
            merged[change.name] = Attribute(change.name, kind, required)
    if owner is None and (resolved := owner_in_text(reading.text, list(merged), False)):
        owner, renamed = resolved
        merged = {renamed.get(n, n): replace(a, name=renamed.get(n, n)) for n, a in merged.items()}
    if owner is None:
        draft.missing.append("entity")
        draft.notes.append("say which entity the field belongs to, e.g. '… on Customer'")
    draft.entities.append(EntitySpec(owner.name if owner else "", tuple(merged.values())))


def _owner_said_with(reading: Reading, names: set[str]) -> Noun | None:
    """ "The delivery address on orders is optional at the moment … Make delivery address
    required": a sentence of talk that names the changed field with its entity."""
    for s in reading.statements:
        if isinstance(s, (Unread, Aside, Reason)) and (found := field_said_in(s.text)):
            name, owner = found
            if name in names:
                return owner
    return None


def _said_whole_elsewhere(stmts: list) -> list:
    """ "… the deposit amount should be a whole number … change deposit amount to an
    integer": a field whose first word was taken for its entity ("Customer phone") is the
    field another change of the request names whole."""
    modifies = [s for s in stmts if isinstance(s, Modify)]
    whole = {c.name: m for m in modifies for c in m.changes if m.entity is not None}
    out = []
    for s in stmts:
        if isinstance(s, Modify) and s.entity is not None and len(s.changes) == 1:
            joined = "_".join([*(singular(w) for w in s.entity.words), s.changes[0].name])
            other = whole.get(joined)
            if other is not None and other is not s and other.entity != s.entity:
                s = Modify(other.entity, (replace(s.changes[0], name=joined),), s.segment)
        out.append(s)
    return out


def _one_name_of(s: object, reading: Reading) -> object:
    """ "On the donors — … change date of birth to a date": "of birth" is part of the field's
    name when the request names its entity elsewhere and never says "birth" on its own; "the
    email of guest … many old guests have no email" keeps Guest."""
    if not isinstance(s, Modify) or not s.compound or s.entity is None:
        return s
    others = [t for t in reading.statements if t is not s]
    word = s.entity.words[-1] if s.entity.words else s.entity.name.lower()
    alone = re.compile(rf"(?<!\bof )\b{re.escape(singular(word))}(?:s|es)?\b")
    if any(alone.search(getattr(t, "text", "").lower()) for t in others):
        return s
    holder = Reading(statements=[t for t in others if not isinstance(t, Modify)])
    owner = _context_entity(holder)
    if owner is None and _happening(s.entity):
        # "change date of birth to a date" alone: a birth or an arrival is a moment, not a
        # record anybody named, and the change names no other entity: asked, never guessed
        return Modify(None, tuple(replace(c, name=s.compound) for c in s.changes[:1]), s.segment)
    if owner is None or owner.name == s.entity.name:
        return s
    changes = tuple(replace(c, name=s.compound) for c in s.changes[:1])
    return Modify(owner, changes, s.segment)


def _had_by_said_thing(s: object, text: str) -> object:
    """ "our banjos never had a serial stamp … make the serial stamp optional": a field whose
    first word was read as its thing ("serial stamp": Serial's stamp) is whole, and the
    thing's, when the text says another thing has (or owns) it in those words (owner.py)."""
    if not isinstance(s, Modify) or not s.whole or s.entity is None or len(s.changes) != 1:
        return s
    owner = possessor_of(text, s.whole)
    if owner is None or owner.name == s.entity.name:
        return s
    return replace(s, entity=owner, changes=(replace(s.changes[0], name=s.whole),), whole="")


def _happening(noun: Noun) -> bool:
    """ "birth", "arrival", "death": a noun whose commonest sense is a time, an event or an
    act, not said to be an entity ("the Delivery entity")."""
    words = noun.words or (noun.name.lower(),)
    return not noun.explicit and first_sense(words[-1]) in ("noun.time", "noun.event", "noun.act")


def _people_counted(attribute: Attribute, text: str) -> bool:
    """ "members", "passengers": a field read as how many people from a bare plural, not
    from "the number of members" or "a member count"."""
    name = attribute.name
    counted = rf"\b(?:number|count|no\.?)\s+of\s+{name}\b|\b{singular(name)}\s+count\b"
    return (
        attribute.type is AttrType.INT
        and "_" not in name
        and singular(name) != name
        and first_sense(name) == "noun.person"
        and not re.search(counted, text.lower())
    )


def _guess_type(name: str) -> AttrType:
    from baes_tui.recognition.fields import infer_type

    return infer_type(name.split("_"))


# --- create / add -------------------------------------------------------------------------------
@dataclass
class _Entity:
    noun: Noun
    fields: FieldList = field(default_factory=FieldList)
    relationships: list[Relationship] = field(default_factory=list)
    declared: bool = False  # has a declaration (fields), not only a mention
    said_in: int = -1  # the segment a mention named it in (-1: declared or linked first)


def _names_declared(fields: FieldList, reading: Reading) -> bool:
    """A bare list whose items are the entities the request goes on to declare."""
    declared = {
        s.entity.name.lower()
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
    }
    names = [a.name.replace("_", "") for a in fields.attributes]
    return len(names) > 1 and all(singular(n) in declared for n in names)


def _added_together(stmts: list) -> set[str]:
    """ "Gig, Rehearsal: + location": one added list said for several entities at once."""
    groups: dict[tuple, set[str]] = {}
    for s in stmts:
        if (
            isinstance(s, Declare)
            and s.mode == "add"
            and s.entity
            and s.fields.attributes
            and not any(rx(r"(?:^|_)(?:a|an|the)_").search(a.name) for a in s.fields.attributes)
        ):
            key = (s.segment, tuple(a.name for a in s.fields.attributes))
            groups.setdefault(key, set()).add(s.entity.name)
    return {name for names in groups.values() if len(names) > 1 for name in names}


# Words a change ticket is labelled with, or that count fields onto a thing that has some
# already ("new fields", "two more fields"): a new thing has only fields, never new ones.
_CHANGE_LABEL = re.compile(
    r"\b(?:change\s+request(?!s)|CR[- ]?\d+|(?:new|additional|extra|more)\s+(?:fields?|columns?"
    r"|attributes?|properties)"
    # "Student entity changes:", "Changes to the Student table:", "New requirement: …"
    r"|(?:entity|table|model)\s+(?:changes|updates|amendments)(?=\s*[:\n—-])"
    r"|(?:changes|updates|amendments)\s+to\s+(?:the\s+)?[A-Za-z]+(?:\s+(?:entity|table|model))?"
    r"(?=\s*[:\n—-])|new\s+requirements?(?=\s*[:—-])"
    # "Shop API change", "Boat service update" on a title line of its own: the document is a
    # change to what the service has
    r"|(?m:^[a-z][a-z0-9 &/-]{0,40}?\s(?:api|service|system|app|backend|database|schema)\s+"
    r"(?:changes?|updates?|amendments?)(?=[ \t]*\n)))\b",
    re.I,
)
# Said of fields to come some day ("we must be able to add more fields later"), the words
# promise a change, they do not make one: closed class of such hedges
_LATER = re.compile(r"\b(?:later|future|someday|eventually|able\s+to|may|might|could)\b", re.I)


def existence_said(text: str, names: list[str]) -> bool:
    """A guessed create of things a change ticket's label ("Change request 14", "CR-14") or
    "new fields" speaks of as there already. A change request kept as a record ("each bank
    detail change request shall capture …") names a thing, no change, and fields promised
    for later are no change now."""
    named = {w for name in names for w in _snake(name).split("_")}
    for m in _CHANGE_LABEL.finditer(text):
        if m[0].lower().startswith("change") and {"change", "request"} <= named:
            continue
        sentence = re.split(r"[.!?\n]", text[m.start() :], maxsplit=1)[0]
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()] + sentence
        if _PRACTICE_LINE.search(line):
            continue  # (ly62) "3. Write unit tests for the new fields": the fields asked for
        if not _LATER.search(sentence):
            return True
    return False


# A requirement line about how the work is checked or shipped (tests, docs, migrations): "the
# new fields" there are the ones the request asks for, no sign that the thing exists
_PRACTICE_LINE = re.compile(
    r"\b(?:tests?|testing|tested|unit\s+tests?|documentation|document|docs|migrations?|deploy"
    r"|deployment|code\s+review)\b",
    re.I,
)


# A time adverbial before it says when, not what the thing is ("From now on every kayak has
# a paddle size" is still one field of each kayak there is): closed class of such openers
_WHEN_OPENER = (
    r"(?:(?:from\s+now\s+on|going\s+forward|as\s+of\s+(?:now|today)|starting\s+(?:now|today)"
    r"|(?:from\s+)?(?:today|now)\s+on(?:wards?)?|now|henceforth|in\s+future|in\s+the\s+future)"
    r"\s*[,.]?\s+)?"
)
_EACH_HAS_ALONE = re.compile(rf"^\s*{_WHEN_OPENER}(?:each|every)\s[^.!?;:\n]+[.!]?\s*$", re.I)
# "I want each Specimen to carry …", "we'd like the Kennel entity to hold …": the thing
# wished fields is written as an entity's name, capitalised after the wish
_WISH_NAMED = re.compile(
    r"\b(?i:i|we)(?:'d|\s+(?i:would))?\s+(?i:(?:really|also)\s+)*(?i:want|like|need|wish)\s+"
    r"(?i:(?:the|each|every|all|all the|all our|our)\s+)?(?P<x>[A-Z][a-z]+(?:\s?[A-Z][a-z]+)*)"
    r"(?:\s+(?i:entity|record|table|model))?\s+(?i:to)\s+(?i:(?:also|additionally)\s+)?"
    r"(?i:have|carry|hold|store|record|keep|include|get)\b"
)


def _wished_of_named(text: str, entities: dict[str, _Entity]) -> bool:
    """True when a wish names the request's one entity by its name, capitalised."""
    m = _WISH_NAMED.search(text)
    # ("each LibraryItem" may reach here cleaned to "each Library Item": one name still)
    return bool(m) and m["x"].replace(" ", "") in entities


_WISH_TO_HAVE = re.compile(
    # ("I'd like clients to have …": the wish shortened, as it is said)
    r"\b(?:i|we)(?:['\u2019]d)?\s+(?:would\s+|really\s+|also\s+)*(?:want|would like|need|wish"
    r"|(?<=['\u2019]d )(?:like|love))\s+"
    r"(?:(?:the|our|all|all the|all our|each|every|my)\s+)?[a-z][a-z-]*(?:\s[a-z-]+)?\s+to\s+"
    # ("… to have parking notes and a loading bay flag": the first field said bare; "… each
    # Donation to record a payment method": what a thing records is what it has)
    r"(?:also\s+)?(?:have\s+(?:an?\s|the\s|their\s|its\s|(?!(?:many|multiple|several|one"
    r"|some|more|lots|no|any|exactly|at)\b)[a-z])"
    # ("I'd like games to show the time control": what a thing shows is what it has)
    r"|(?:record|store|keep|hold|carry|include|show|display)\s+"
    r"(?:an?|the|their|its)\s)"
    # "I want that kennels have a cleaned-at time" (a second-language wish): the same wish
    r"|\b(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:want|would like|wish)\s+that\s+"
    r"(?:(?:the|our|all|all the|all our|each|every|my)\s+)?[a-z][a-z-]*(?:\s[a-z-]+)?\s+"
    r"(?:also\s+)?(?:have|has|get|gets)\s+(?:an?|the|their|its)\s",
    re.I,
)


# "Also add an Exhibitor entity:" and a list under it: an entity added with an article is made
# (its fields are what it is made of); "add to the Exhibitor entity:" adds to one that exists
_ADD_AN_ENTITY = re.compile(
    r"(?:^|[.!?]\s|\n)\s*(?:(?:also|now|then|next|and|please)\b[,\s]*){0,2}add\s+(?:an?|another"
    r"|one more)\s+(?:new\s+)?[A-Za-z][A-Za-z-]*\s+(?:entity|table|model)\s*(?::|\n|$)",
    re.I,
)
_ADDED_CUE = re.compile(
    r"\b(?:also|add|adding|added|new|more|extra|another|too|as well|now|extend|update|change"
    r"|rename|remove|existing|already)\b",
    re.I,
)
# "…, fabric type (both new)", "wave height (number) - new": the items said to be new
_MARKED_NEW = re.compile(
    r"(?m)[a-z)][ \t]*(?:\([ \t]*(?:(?:both|all|these are|all are|they are)[ \t]+)?new"
    r"(?:[ \t]+(?:fields?|columns?|ones?))?[ \t]*\)|[ \t][-–—][ \t]*(?:(?:both|all)[ \t]+)?new"
    r"(?:[ \t]+(?:fields?|columns?|ones?))?)[ \t]*[.!]?[ \t]*$",
    re.I,
)
_NEW_FRAME_WHERE_EACH = re.compile(
    r"\b(?:(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:like|want|need)|build|make|create"
    r"|set up|give|get)\s+(?:me\s+|us\s+)?an?\s+[a-z-]+(?:\s[a-z-]+){0,2}?\s*,?\s+(?:where"
    r"|in which|on which)\s+(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?\s+(?:has|gets|needs|holds"
    r"|comes with)\s",
    re.I,
)


def _declares(reading: Reading, draft: Draft, titles: frozenset[int]) -> None:
    draft.joint |= _added_together(reading.statements)
    entities: dict[str, _Entity] = {}
    unnamed = FieldList()
    modes: list[str] = []
    current: Noun | None = None
    context: Noun | None = None  # a weak mention: only for lists that name no entity
    context_create = False
    create_cue = False
    # "We'd need both for the ops screen": a create verb whose object is only a frame's
    # complement; it does not turn "X should also store F" into a create…
    weak_creates: list[bool] = []  # for each: was an addition said before it
    pending: list[Declare] = []
    described: set[str] = set()  # things whose fields were said as what they hold
    # "quick one from the site office 👷 can you add …": a thing named in talk set aside (who
    # writes, from where) is no create said before the addition
    talk = {s.segment: s.text.lower() for s in reading.statements if isinstance(s, Aside)}
    for s in reading.statements:
        if isinstance(s, Mention):
            said = s.create and s.segment not in titles
            if said and s.weak and s.entity is not None and s.segment in talk:
                said = not re.search(
                    r"\b(?:from|at)\s+(?:the\s+|our\s+|my\s+)?"
                    + r"\s+".join(map(re.escape, s.entity.words))
                    + r"\b",
                    talk[s.segment],
                )
            create_cue = create_cue or (said and not s.weak)
            if said and s.weak:
                weak_creates.append("add" in modes)
            if s.entity is None:
                continue
            if s.weak or s.segment in titles:
                # the latest mention said with a create verb wins ("we teach guitar lessons
                # and need an app for the students": Student)
                if context is None or s.create or not context_create:
                    context, context_create = s.entity, s.create
                if s.entity.name in entities:
                    current = s.entity
                continue
            first = not entities
            entity = entities.setdefault(s.entity.name, _Entity(s.entity, said_in=s.segment))
            current = entity.noun
            if first and pending:
                # "When an animal comes in we write down the owner name, …. Could the system
                # keep track of these visits?": the list said first is of the entity named next
                for said in pending:
                    entity.fields.extend(said.fields)
                    entity.declared = True
                    modes.append(said.mode)
                pending.clear()
        elif isinstance(s, Declare):
            if _names_declared(s.fields, reading) and not (s.entity and s.entity.explicit):
                # "We need festivals, stages and performers. A festival has …", "St Mary's
                # needs rooms and bookings. Rooms: …": the items are the entities declared
                # after, not fields of whoever needs them
                continue
            if s.entity is None and (own := _owner_in_list_sentence(reading, s)) is not None:
                # "… for each hive": the list's own sentence says whose it is, before any
                # thing said around it
                s = replace(s, entity=own)
                create_cue = create_cue or _kept_as_said(reading.text, own)
            _marked_shorter(s.entity, entities)
            _mentioned_as_declared(s, entities, reading.text)
            noun = _same_as_known(s.entity, entities) or current or context
            if noun is None:
                pending.append(s)  # an entity named in the next statement may own it
                continue
            entity = entities.setdefault(noun.name, _Entity(noun))
            if s.joint:
                draft.joint.add(noun.name)
            entity.fields.extend(s.fields)
            entity.declared = entity.declared or bool(s.fields.attributes) or s.header
            # "Each dog has a name and breed. Owners should have a name and phone too.": the
            # "too" says "as dogs do", after another thing described, not "as well as before"
            too = s.too and bool(described - {noun.name})
            modes.append("has" if too else s.mode)
            if s.mode in ("has", "create", "need", "either") and s.fields.attributes:
                described.add(noun.name)
            current = entity.noun
        elif isinstance(s, Relate):
            owner = _said_shorter_of_known(s.owner, entities) or current
            if owner is None:
                continue
            target = _match_name(s.target, entities)
            kind = s.kind
            if kind == "many_to_many" and owner.name not in entities and target in entities:
                # "Create a Book with title. A library member borrows many books": the link
                # sits on the entity being created
                owner, target = entities[target].noun, owner.name
            entity = entities.setdefault(owner.name, _Entity(owner))
            if _said_back_with_one(draft, entities, owner.name, target, kind):
                continue
            relationship = Relationship(kind, target)
            if relationship not in entity.relationships:
                entity.relationships.append(relationship)
            _cardinality_note(draft, s, owner.name, target)
    # …said after it; said before, it opens the request ("I need system for the guests of
    # weddings. Every guest have name, …, and also the meal choice")
    create_cue = create_cue or any(not after_add for after_add in weak_creates)
    # "I want a petty cash book where each voucher has …": a new container asked for, around
    # the things whose fields follow, asks for them to be made (the container is no entity)
    create_cue = create_cue or bool(_NEW_FRAME_WHERE_EACH.search(reading.text))
    create_cue = create_cue or bool(_ADD_AN_ENTITY.search(reading.text))
    if pending and not entities and (back := _things_said_back(reading, pending)) is not None:
        # "We hire out marquees for weddings. Each one has a size, …": the things the sentence
        # before was about, pointed back at with "each one" or "them"
        entity = entities.setdefault(back.name, _Entity(back))
        # "we must keep the data loggers": the things were asked to be kept
        create_cue = create_cue or _kept_as_said(reading.text, back)
        for said in pending:
            entity.fields.extend(said.fields)
            entity.declared = True
            modes.append(said.mode)
        pending.clear()
    pending_modes = [said.mode for said in pending]
    for said in pending:
        # kept under an empty name, so the clarification shows what was understood
        unnamed.extend(said.fields)
        draft.notes.append("fields without an entity: say which entity has them")
        draft.missing.append("entity")
    if not create_cue and len(entities) == 1:
        # "Track kayaks: each one needs a name": the things asked to be kept, then a colon,
        # then what each needs, are made (read as a need of kayaks that exist, accepted)
        create_cue = _kept_before_colon(reading.text, next(iter(entities.values())).noun)
    create = (
        create_cue
        or any(m == "create" for m in modes)
        or (sum(m in ("has", "either") for m in modes) > 0 and "add" not in modes
            and "need" not in modes)
        or (len([e for e in entities.values() if e.fields.attributes]) > 1 and "add" not in modes)
        # "Each hive needs a name, a frame count, an install date and a colour mark": three or
        # more fields said with nothing of a change describe what the thing is (still a guess)
        or (sum(len(e.fields.attributes) for e in entities.values()) >= 3 and "add" not in modes)
    )  # fmt: skip
    if (
        create
        and not create_cue
        and _MARKED_NEW.search(reading.text)
        and not rx(rf"\b(?:{CREATE_VERBS}|new\s+(?:entity|table|model))\b", re.I).search(
            reading.text
        )
    ):
        # "Lesson: wave height (number) - new", "Kite: batch code, fabric type (both new)": the
        # fields are marked new, so the thing they go on is not
        create = False
    guessed = not (create_cue or any(m in ("create", "add") for m in modes))
    listed = [a for e in entities.values() for a in e.fields.attributes]
    if create and guessed and listed and not any(a.required for a in listed):
        # "I want pets to have an optional microchip number": a thing of nothing but optional
        # fields is not being made; the fields are asked of one that exists
        create = False
    if create and guessed and len(listed) <= 2 and _WISH_TO_HAVE.search(reading.text):
        # "I want vessels to have a home port (and a flag)": a wish that things had a field or
        # two more asks them of things that exist (a new thing is wished with what it is made
        # of: "each exhibition to have a title, a date and a budget")
        create = False
    if create and guessed and len(entities) == 1 and _wished_of_named(reading.text, entities):
        # "As the curator I want each Specimen to carry a status, a code and a type": a wish
        # that a thing written by its entity's name (capitalised mid-sentence) had fields asks
        # them of the entity that exists, however many ("each specimen to have a title, …"
        # in lower case may still be a new thing)
        create = False
    if (
        create
        and guessed
        and len(listed) == 1
        and len(entities) == 1
        and modes
        and all(m == "has" for m in modes)
        and _EACH_HAS_ALONE.match(reading.text)
    ):
        # "Each crown has a lab reference.", "every kiln has a firing temperature": said alone,
        # the one field each of the things has tells of things that exist (as "Invoice needs
        # a due date" does); a thing described ("A book has pages", "Warehouses have a code
        # and a number of bays") or said with a create word is made
        create = False
    draft.intent = Intent.CREATE_ENTITY if create else Intent.ADD_FIELDS
    if (
        not create
        and not entities
        and unnamed.attributes
        and all(m in ("add", "either") for m in pending_modes)
    ):
        # fields said to be added (or either) to a thing the text places them on
        _owner_of_added(reading.text, unnamed, entities, draft)
        if entities:
            said = len(unnamed.attributes)
            unnamed = FieldList()
            modes.extend(pending_modes)
            guessed = guessed and "add" not in pending_modes
            if said >= 3 and "add" not in modes and not _ADDED_CUE.search(reading.text):
                # "For the invoices I need to keep:" and four lines: the thing the text places
                # an unlabelled list of three or more on is described, as one named with it is
                # (a change says so: "also", "add", "new", "more")
                create = True
                draft.intent = Intent.CREATE_ENTITY
    draft.mode_guess = guessed
    if not create and listed and all(_people_counted(a, reading.text) for a in listed):
        # "we run a rowing club and want to add members": people added to a thing are records
        # of their own (or a link) at least as often as how many there are; asked, not guessed
        draft.missing.append("attributes")
        names = ", ".join(a.name for a in listed)
        draft.notes.append(
            f"{names}: say whether that is how many (a number field) or records of their own, "
            f"e.g. 'create {listed[0].name} with name and email'"
        )
    for entity in entities.values():
        draft.dropped.extend(entity.fields.dropped)
        draft.rules.extend(entity.fields.rules)
        draft.fields_read += len(entity.fields.attributes)
        draft.items_seen += entity.fields.items
        draft.explicit_entities += entity.noun.explicit
        draft.repeated[entity.noun.name] = list(entity.fields.repeated)
        attributes = tuple(
            _land_area(
                _of_itself(
                    _own_possessive(a, entity.noun, entity.fields), entity.noun, entity.fields
                ),
                entity.noun,
                reading.text,
            )
            for a in entity.fields.attributes
        )
        draft.entities.append(EntitySpec(entity.noun.name, attributes, tuple(entity.relationships)))
    if unnamed.attributes and not entities:
        draft.dropped.extend(unnamed.dropped)
        draft.entities.append(EntitySpec("", tuple(unnamed.attributes)))
    bare = [e.noun.name for e in entities.values() if not e.fields.attributes]
    relation_only = {r.target for e in entities.values() for r in e.relationships}
    bare = [
        b
        for b in bare
        if not (
            b in relation_only
            and not entities[b].declared
            and not _listed_alone(entities[b].noun, reading.text)
        )
    ]
    named = [d.text.strip() for d in draft.dropped if d.reason == ENTITY_REASON]
    if named:
        draft.missing.append("attributes")
        draft.notes.append(
            f"{', '.join(named)}: named without fields; say what it has, or leave it out"
        )
    if not entities:
        draft.missing.append("entity")
    elif bare and not (draft.intent is Intent.ADD_FIELDS and not any(
            e.fields.attributes for e in entities.values())):  # fmt: skip
        draft.missing.append("attributes")
        draft.notes.append(
            f"{', '.join(bare)} {'is' if len(bare) == 1 else 'are'} named without fields: "
            f"say what {'it has' if len(bare) == 1 else 'each has'}, e.g. "
            f"'{_lower(bare[0])} with name and email'"
        )
    elif bare:
        draft.missing.append("attributes")


def _owner_of_added(
    text: str, unnamed: FieldList, entities: dict[str, _Entity], draft: Draft
) -> None:
    """Fields added with no entity go to the one thing the text names for them
    (owner.py); the question that asked for it is dropped."""
    resolved = owner_in_text(text, [a.name for a in unnamed.attributes])
    if resolved is None:
        return
    noun, renamed = resolved
    unnamed.attributes = [replace(a, name=renamed.get(a.name, a.name)) for a in unnamed.attributes]
    entity = entities.setdefault(noun.name, _Entity(noun, declared=True))
    entity.fields.extend(unnamed)
    draft.missing[:] = [m for m in draft.missing if m != "entity"]
    draft.notes[:] = [n for n in draft.notes if not n.startswith("fields without an entity")]


# "… and the last watered date for each plant?", "the name and the price of each product", "For
# the data logger I need: …": "for/of/on/about each X" (or "for the X" before a clause) says
# whose the list in its sentence is
_FOR_WHOSE = re.compile(
    r"\b(?:(?:for|on|of|about)\s+(?P<det>each|every)|for\s+(?P<the>the))\s+"
    r"(?P<x>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})",
    re.I,
)
# what ends the noun after "for each": a subject starting the clause ("for each plant we keep")
_CLAUSE_SUBJECTS = frozenset("i we you they he she it there please".split())


# a verb asking for things to be kept or made ("keep", "track", "need", "build")
_KEEP_VERB = re.compile(rf"\b(?:{MANAGE_VERBS}|{CREATE_VERBS}|keep(?:s|ing)?)\b", re.I)


# the start of a line that asks for things kept, up to their plural ("please keep track of
# the "): fixed, so compiled once (built with the plural, the pattern was compiled again for
# most requests, ~9% of a dev read's profile: the verbs' alternation is long)
_KEPT_HEAD = re.compile(
    rf"[ \t]*(?:(?:please|pls|can you|could you|could we|can we|we need to"
    rf"|i need to|we want to|i want to)[ \t]+)?(?:also[ \t]+)?(?:{MANAGE_VERBS}|keep)[ \t]+"
    rf"(?:(?:all|the|our|my)[ \t]+)?(?:[a-z-]+[ \t]+)?",
    re.I,
)


def _kept_before_colon(text: str, noun: Noun) -> bool:
    """A line that opens with a verb of keeping (after "please", "can you", "we need to") and
    the thing's plural, then a colon: "Track kayaks:", "please keep track of the paddleboards:"."""
    if ":" not in text:
        return False
    one = singular(noun.words[-1])
    if one.isascii() and not may_hold(text, one.lower()):
        return False  # (the plural holds the singular as written: no pattern per noun)
    plural = rf"{re.escape(one)}(?:s|es)"
    # every place the plural and a colon stand (a lookahead: overlapping places too), each
    # with its line read from its start up to it by the fixed head (the line's start found
    # from the last place on: one pass over a long line)
    start = seen = 0
    for at in re.finditer(rf"(?i)(?={plural}[ \t]*:)", text):
        here = at.start()
        start = text.rfind("\n", seen, here) + 1 or start
        seen = here
        if _KEPT_HEAD.fullmatch(text, start, here):
            return True
    return False


def _kept_as_said(text: str, noun: Noun) -> bool:
    """The sentence naming the things found for an ownerless list asks for them to be kept or
    made ("we must keep the data loggers", "we need a thing for pest treatments"): a create
    said, not guessed."""
    last = noun.words[-1]
    for seg in segment(text):
        low = seg.text.lower()
        at = rx(rf"\b{re.escape(singular(last))}(?:s|es)?\b").search(low)
        if at is not None and _KEEP_VERB.search(low[: at.start()]):
            return True
    return False


def _owner_in_list_sentence(reading: Reading, declared: Declare) -> Noun | None:
    """Fields with no entity whose own sentence says whose they are with "for each X", "of
    every X" or "for the X" then a clause ("For the data logger I need …"): they are X's,
    wherever in the sentence it is said, before any thing said around it. Two such things, or a
    frame noun ("for each record"), leave it to the words pointing back, or asked."""
    if any(
        not isinstance(s, (Declare, Aside, Unread, Constraint, Mention))
        or (isinstance(s, (Declare, Mention)) and s.segment == declared.segment and s.entity)
        for s in reading.statements
    ):
        return None  # a thing named in the sentence already is its owner
    segments = segment(reading.text)
    if not 0 <= declared.segment < len(segments):
        return None
    said = segments[declared.segment].text
    found: dict[str, Noun] = {}
    for m in _FOR_WHOSE.finditer(said):
        words: list[str] = []
        rest = m["x"].split()
        for word in rest[:3]:
            low = word.lower()
            if low in _CLAUSE_SUBJECTS or low in _NOT_A_MODIFIER or not is_noun(low):
                break
            words.append(low)
        if not words:
            continue
        after = rest[len(words)].lower() if len(words) < len(rest) else ""
        if m["the"] and after not in _CLAUSE_SUBJECTS:
            continue  # "the name for the invoice", "a list for the garden centre:": no owner
        if words[-1] in FRAME_NOUNS or singular(words[-1]) in FRAME_NOUNS:
            continue  # "for each record", "for the app": a frame, no thing
        noun = read_noun(" ".join(words))
        if noun is not None:
            found[noun.name] = noun
    return next(iter(found.values())) if len(found) == 1 else None


# "each one has …", "each of them needs …", "log them:", "keep them?": words that point back
# at things said before instead of naming them ("every record", "each entry": a frame noun
# standing for one of them)
_POINTS_BACK = re.compile(
    r"\b(?:each|every)\s+(?:one|of\s+them|record|entry|row)\b"
    r"|\b(?:each|every)(?=\s+(?:has|have|needs|gets|carries"
    r"|comes|should|must|will|would)\b)|\bthem\b",
    re.I,
)
# before the things a sentence is about: a preposition makes a place, a time or a person of
# them ("for weddings", "to members", "across the three sites"), not the things kept
_PLACE_PREPS = frozenset(
    "for to at in on of from by with across into onto over under about between among per "
    "after before during within without than like".split()
)
_NOT_A_MODIFIER = frozenset(
    "a an the our my your their his her its this that these those some any all many few "
    "several lots lot more most other each every no and or but so we i you they it ones "
    "nobody everybody everyone someone anyone nothing something "
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds dozen dozens about around nearly almost over "
    "under".split()
)


def _things_said_back(reading: Reading, pending: list[Declare]) -> Noun | None:
    """ "We sell gift cards at the bakery and we lose track of them. Can you make something to
    keep them? I need the card code, …": fields with no entity, said with (or right after) a
    word pointing back, are of the one kind of things the words before named in the plural as
    a verb's object; two such kinds, or none, leave it asked."""
    if any(s.mode == "add" for s in pending) or any(
        not isinstance(s, (Declare, Aside, Unread, Constraint, Mention)) for s in reading.statements
    ):
        return None
    segments = segment(reading.text)
    first = min(s.segment for s in pending)
    if not 0 <= first < len(segments):
        return None
    # the word pointing back: in the list's own sentence, or in the one just before it ("Can
    # you make something to keep them? I need …"); what was said before that word is searched
    if (labelled := _things_over_fields_label(segments, first)) is not None:
        return labelled
    at = first
    point = _POINTS_BACK.search(segments[first].text)
    if point is None and first:
        at = first - 1
        point = _POINTS_BACK.search(segments[at].text)
    if point is None:
        return None
    before = " ".join(g.text for g in segments[:at]) + " " + segments[at].text[: point.start()]
    sentence = rx(r"(?<=[.!?])\s+").split(before.strip())[-3:]
    for text in reversed(sentence):
        found = _plural_objects(text)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


# "Volunteer register — fields: name, …", "Requirements for plumbing jobs / fields: …", "We
# manage hive inspections. / Fields: …": a list labelled only as fields, under the line that
# names the things
_FIELDS_LABEL = re.compile(
    r"^(?P<before>.*?)(?:^|\s+[—–-]\s+|:\s*)fields?\b\s*(?::|$|(?=\s+[a-z]))", re.I
)
_DOCUMENT_LABEL = re.compile(
    r"^(?:requirements?|spec(?:ification)?|scope|summary|draft|data)(?:\s*[:—–-]\s*|\s+(?:for|of)\s+"
    r"(?:the\s+|our\s+|my\s+)?)",
    re.I,
)
_WORK_WORDS = re.compile(
    r"\b(?:changes?|fix(?:es)?|updates?|tweaks?|additions?|extend|extension|new|add|remove"
    r"|rename|clean-?up|tidy-?up|request)\b",
    re.I,
)


def _things_over_fields_label(segments: tuple, first: int) -> Noun | None:
    """The things a list labelled "fields" is of, named on the line before the label."""
    m = _FIELDS_LABEL.match(segments[first].text)
    if m is None:
        return None
    line = m["before"].strip(" .:—–-")
    if not line:
        if not first:
            return None
        line = segments[first - 1].text.strip()
    line = rx(r"\s*\([^)]*\)").sub("", line).strip(" .:!")
    if not line or _WORK_WORDS.search(line):
        return None
    line = _DOCUMENT_LABEL.sub("", line)
    if rx(r"(?:we|i|our|they)\b", re.I).match(line):
        # "We manage hive inspections.": a sentence, whose object is the things
        found = _plural_objects(line)
        return found[0] if len(found) == 1 else None
    if len(line.split()) > 5 or not rx(r"[A-Za-z][A-Za-z -]*").fullmatch(line):
        return None
    noun = read_noun(line)
    last = line.split()[-1].lower()
    if noun is None or (singular(last) == last and last not in FRAME_NOUNS):
        return None  # "Kennel" alone is a title, not things kept: asked
    return noun


def _plural_objects(text: str) -> list[Noun]:
    """The things a sentence names in the plural after its verb, not after a preposition:
    "We hire out marquees for weddings" → Marquee."""
    words = rx(r"[a-z]+(?:-[a-z]+)*|[^\sa-z]").findall(text.lower())
    found: list[Noun] = []
    previous: Noun | None = None  # the plural said last, whatever came before it
    for i, word in enumerate(words):
        if not word[:1].isalpha() or singular(word) == word or word in _NOT_A_MODIFIER:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if (
            after[:1].isalpha()
            and after not in _PLACE_PREPS | _NOT_A_MODIFIER
            and not after.endswith("ly")
            and is_noun(after)
        ):
            continue  # not the end of its phrase ("gift cards" ends at "cards")
        start = i
        while start > 0 and i - start < 2 and _modifies_next(words, start - 1):
            start -= 1
        lead = start - 1
        while lead >= 0 and (words[lead] in _COUNTED or words[lead].isdigit()):
            lead -= 1  # "across the three sites": past the article and the count
        noun = read_noun(" ".join(words[start : i + 1]))
        joined = lead >= 0 and words[lead] in ("and", "or", ",", "&")
        if joined and previous is not None and previous not in found:
            found.append(previous)  # "the suppliers and the couriers": two kinds, asked
        previous = noun
        if lead < 0 or not (joined or _verb_like(words[lead]) or _kept_for(words, lead)):
            continue  # "across the three sites", "nobody knows": no verb's object
        if noun is not None and noun not in found:
            found.append(noun)
    return found


def _kept_for(words: list[str], k: int) -> bool:
    """ "a thing for pest treatments", "an app for appointments", "keep track of baptisms": the
    things a frame noun is for (or "track of") are what it keeps, as a verb's object is."""
    if k < 1 or words[k] not in ("for", "of"):
        return False
    before = words[k - 1]
    if words[k] == "of":
        return before == "track"
    return before in FRAME_NOUNS and singular(before) == before


def _modifies_next(words: list[str], k: int) -> bool:
    """ "gift" in "sell gift cards", "food bank" in "runs food bank referrals": a noun before
    the plural, not a verb ("we sell", "runs"), a particle ("hire out") or glue."""
    word = words[k]
    if not word[:1].isalpha() or word in _NOT_A_MODIFIER | _PLACE_PREPS | _PARTICLES:
        return False
    if k and words[k - 1] in _SUBJECTS:
        return False  # "we sell …": the verb after its subject
    if "-" in word:
        return True  # "fly-tipping reports": a compound written joined
    if singular(word) != word or rx(r"(?:ed|ing)$").search(word):
        return False  # "runs", "lends", "logged", "logging": a verb's form
    return bool(is_noun(word))


_IRREGULAR_PAST = frozenset("got kept sold bought made ran brought held lent took had did".split())


def _verb_like(word: str) -> bool:
    """A verb in any of its forms ("sell", "lends", "logging", "printed", "got"), or a particle
    after one ("hire out"): what has an object after it."""
    if word in _PARTICLES or word in _IRREGULAR_PAST:
        return True
    stems = [word]
    for end, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(end) and len(word) > len(end) + 2:
            stems.append(word[: -len(end)] + add)
    if rx(r"([a-z])\1(?:ed|ing)$").search(word):
        stems.append(rx(r"([a-z])\1(?:ed|ing)$").sub(r"\1", word))  # "logging", "shipped"
    return any(is_verb(stem) for stem in stems)


_PARTICLES = frozenset("out up off down back away over".split())
# between a verb and its object: an article, an owner, a count ("got about forty pallet jacks")
_COUNTED = _NOT_A_MODIFIER - frozenset(
    "and or but so we i you they it ones nobody everybody everyone someone anyone nothing "
    "something".split()
)
_SUBJECTS = frozenset(
    "we i you they he she it people who which that to can could will would should must".split()
)


def _listed_alone(noun: Noun, text: str) -> bool:
    """ "- Stalls" or "- Sponsor entity" as an item of its own beside "- Vendors: name, phone":
    a thing listed to be kept, not only the far end of a link, and nothing says what it holds."""
    for line in text.splitlines():
        words = rx(r"^\s*(?:[-*\u2022+]|\d+[.)])\s+").sub("", line).strip(" .:").lower().split()
        if words[:1] in (["a"], ["an"], ["the"]):
            words = words[1:]
        if words[-1:] in (["entity"], ["table"]):
            words = words[:-1]
        if words and [singular(w) for w in words] == [singular(w) for w in noun.words]:
            return True
    return False


def _marked_shorter(noun: Noun | None, entities: dict[str, _Entity]) -> None:
    """ "Cell culture log / Culture entity with just: …": a thing only mentioned so far, whose
    last word the person then marks as the entity and gives its fields, is named as they
    marked it (README: a name said as "X entity" is the name; the longer words were a
    heading's)."""
    if noun is None or not noun.explicit or len(noun.words) != 1 or noun.name in entities:
        return
    longer = [
        name
        for name, e in entities.items()
        if len(e.noun.words) > 1
        and not e.noun.explicit
        and not e.declared
        and not e.relationships
        and singular(e.noun.words[-1]) == singular(noun.words[0])
    ]
    if len(longer) == 1:
        entities[noun.name] = _Entity(noun)
        del entities[longer[0]]


def _mentioned_as_declared(s: Declare, entities: dict[str, _Entity], text: str) -> None:
    """ "the bookings of sea freight … For every sea freight booking: …", "record each issued
    Access Card. An Access Card record must contain …": a thing only mentioned so far (no
    fields, no link), said again with its fields in other words for the same thing ("X of Y"
    as "Y X", a state said before it as "issued"), is that thing, named as it is declared."""
    noun = s.entity
    if noun is None or noun.name in entities or not s.fields.attributes:
        return
    declared = [singular(w) for w in noun.words]
    same = []
    for name, e in entities.items():
        if e.declared or e.relationships or e.noun.explicit:
            continue
        said = [singular(w) for w in e.noun.words]
        if len(said) == 1 and len(declared) > 1 and said[0] == declared[-1]:
            # "bookings of sea freight": the modifiers said after "of" ("repairs of boats and
            # of cars" are more than the boat repairs)
            of = r"\s+".join(noun.words[:-1])
            if re.search(
                rf"\b{e.noun.words[0]}\s+of\s+(?:the\s+)?{of}\b(?!\s*(?:,|&|/|and\b|or\b))",
                text,
                re.I,
            ):
                same.append(name)
        elif said[1:] == declared and said[0].endswith("ed"):
            same.append(name)  # "issued access card" is the access card
    if not same:
        same = [n for n, e in entities.items() if _container_before_each(e, s, text)]
    if len(same) == 1:
        del entities[same[0]]


def _container_before_each(mentioned: _Entity, s: Declare, text: str) -> bool:
    """ "Could we have a wrench calibration sheet? For every torque wrench I'd want …", "make
    us a registry? each flag: …", "a run log for my runs… each run = …": a container asked
    for at the end of one sentence (its phrase ends in a frame word), and the next sentence
    opens by saying what each one holds. As "a glaze library where each glaze has …" in one
    sentence (clauses._FRAME_WHERE_EACH), the container is no entity; the thing each one is,
    is. Only the very next sentence, only "each"/"every" naming the thing, and only where the
    container names nothing else ("a class schedule? each lesson …" may want classes too)."""
    noun = s.entity
    if (
        noun is None
        or mentioned.declared
        or mentioned.relationships
        or mentioned.noun.explicit
        or mentioned.said_in < 0
        or s.segment != mentioned.said_in + 1
    ):
        return False
    texts = {g.index: g.text for g in segment(text)}
    asked, told = texts.get(mentioned.said_in, ""), texts.get(s.segment, "")
    each = r"\s+".join(re.escape(w) for w in noun.words)
    if not re.match(rf"(?:for\s+)?(?:each|every)\s+{each}\b", told.strip(), re.I):
        return False
    if any(
        i > s.segment
        and re.match(r"(?:for\s+)?(?:each|every)\s+[a-z]", t.strip(), re.I)
        and not re.match(rf"(?:for\s+)?(?:each|every)\s+{each}\b", t.strip(), re.I)
        for i, t in texts.items()
    ):
        return False  # "a booking thing. Each booking slot: …. Each booking request: …": which?
    if len(noun.words) == 1 and _said_longer_before(noun.words[0], text, told):
        return False  # "our feature flags … a registry? each flag: …": Flag or FeatureFlag?
    words = r"\s+".join(re.escape(w) for w in mentioned.noun.words)
    frames = "|".join(sorted(_CONTAINER_WORDS, key=len, reverse=True))
    # the name's words, then the frame (unless the name ends in one), then the sentence ends
    framed = "" if mentioned.noun.words[-1] in _CONTAINER_WORDS else rf"(?:\s+(?:{frames}))+"
    m = re.search(
        rf"\b{words}{framed}(?:\s+(?:thing|one))?(?:\s+for\s+(?:my|our|the)\s+(?P<of>[a-z]+))?"
        r"\s*[?.!…]*\s*$",
        asked,
        re.I,
    )
    if m is None:
        return False
    # what the container is about must be the thing, or what each one has: "a customer
    # register? For every order …" may want customers too, and is asked
    about = {singular(w) for w in mentioned.noun.words if w not in _CONTAINER_WORDS}
    if m["of"]:
        about.add(singular(m["of"].lower()))
    kept = {singular(w) for w in noun.words}
    for a in s.fields.attributes:
        words = a.name.split("_")
        if not _CONTAINER_WORDS & set(words):  # "kit list name" names the container again
            kept |= set(words)
    return not about or bool(about & kept)


def _said_longer_before(word: str, text: str, told: str) -> bool:
    """ "all our feature flags live in a google doc": before the sentence that says what each
    one holds, a word that is no function word said right before the thing's word names a
    kind of it; which of the two names the thing is not known."""
    before = text[: text.find(told)] if told in text else text
    for m in re.finditer(rf"\b([a-z]+)\s+{re.escape(word)}(?:s|es)?\b", before, re.I):
        if m[1].lower() not in FUNCTION_WORDS and m[1].lower() not in _CONTAINER_WORDS:
            return True
    return False


# What a container is called, said after what it holds ("a class schedule thing", "shoot
# details"): frames and what records are kept on (a sheet, a board, a book)
_CONTAINER_WORDS = (LED_FRAMES - SYSTEM_WORDS) | frozenset({"details"})


def _same_as_known(noun: Noun | None, entities: dict[str, _Entity]) -> Noun | None:
    """ "Each permit has …" after "parking permits": the entity already named."""
    if noun is None or noun.name in entities or len(noun.words) != 1:
        return noun
    for entity in entities.values():
        if len(entity.noun.words) > 1 and (
            _match_name(noun, {entity.noun.name: entity}) == entity.noun.name
            or _head_said_alone(noun, entity.noun)
        ):
            return entity.noun
    return noun


def _head_said_alone(noun: Noun, longer: Noun | None) -> bool:
    """ "pottery classes. Each class has …", "chlorine residual tests. For each test keep …":
    one word, not written as a name, that is the last word of a longer thing said before is
    that thing said shorter (compared by words: the name of "class" is ClassItem)."""
    return (
        longer is not None
        and len(noun.words) == 1
        and not noun.explicit
        and 1 < len(longer.words) <= 3
        and singular(longer.words[-1]) == singular(noun.words[0])
    )


def _ends_longer(longer: Noun, shorter: Noun) -> bool:
    """ "permit" of ParkingPermit, "repair job" of BikeRepairJob: the shorter name is the
    longer one's last words (PascalCase ends at a word's start, so "Hip" is no end of Ship)."""
    return len(longer.words) > len(shorter.words) and longer.name.endswith(shorter.name)


def _said_shorter_of_known(noun: Noun | None, entities: dict[str, _Entity]) -> Noun | None:
    """ "Track exercise plans with …. Each plan is for one patient.", "bike repair jobs … Each
    repair job is done by one mechanic": the owner of a link that only one longer entity of the
    request ends with is that entity said shorter."""
    if noun is None or noun.name in entities:
        return noun
    found = [e.noun for e in entities.values() if _ends_longer(e.noun, noun)]
    return found[0] if len(found) == 1 else noun


def _match_name(target: Noun, entities: dict[str, _Entity]) -> str:
    if target.name in entities:
        return target.name
    ends = [name for name, e in entities.items() if _ends_longer(e.noun, target)]
    if len(ends) == 1:
        return ends[0]  # "each permit has one …" for ParkingPermit
    # "each report belongs to one funding application" for FundingApplication: the frame word
    # the target lost ("application", "register") is the end of a name the request declares
    framed = [
        name
        for name in entities
        if name.startswith(target.name)
        and (rest := name[len(target.name) :])
        and rest.lower() in FRAME_NOUNS
    ]
    return framed[0] if len(framed) == 1 else target.name


def _said_shorter(noun: Noun | None, longer: dict[str, Noun]) -> Noun | None:
    """ "Connect DroneSurvey to Site (each survey covers one site)": a one-word end that only
    one longer name of the request ends with is that name said shorter."""
    if noun is None:
        return noun
    found = [n for n in longer.values() if _ends_longer(n, noun)]
    return found[0] if len(found) == 1 else noun


def _cardinality_note(draft: Draft, s: Relate, owner: str, target: str) -> None:
    if s.kind == "many_to_many" and not s.stated and not s.symmetric:
        draft.default_cardinality += 1
        draft.notes.append(
            f"{owner} – {target} read as many-to-many (a plural with no 'one' on either side); "
            f"for one-to-many say 'each {_lower(target)} belongs to one {_lower(owner)}'"
        )


def _lower(name: str) -> str:
    return rx(r"(?<!^)(?=[A-Z])").sub(" ", name).lower()


def _said_back_with_one(
    draft: Draft, entities: dict[str, _Entity], owner: str, target: str, kind: str
) -> bool:
    """ "Clients: … Matters: … A client can have many matters, and each matter belongs to one
    client": one link said from both sides in a create; the side that says "one" holds it (as a
    stand-alone relationship request reads it). True when this many-to-many is that link's
    other side; a many-to-one said after drops the many-to-many said before."""
    other = entities.get(target)
    if other is None or target == owner:
        return False
    if kind == "many_to_many":
        return Relationship("many_to_one", owner) in other.relationships
    if kind == "many_to_one" and Relationship("many_to_many", owner) in other.relationships:
        other.relationships.remove(Relationship("many_to_many", owner))
        _drop_cardinality_note(draft, target, owner)
    return False


def _drop_cardinality_note(draft: Draft, owner: str, target: str) -> None:
    """The link read many-to-many was said again with "one": the note on it goes too."""
    said = f"{owner} – {target} read as many-to-many "
    for note in [n for n in draft.notes if n.startswith(said)]:
        draft.notes.remove(note)
        draft.default_cardinality -= 1


# --- relationship -------------------------------------------------------------------------------
def _relates(reading: Reading, draft: Draft, titles: frozenset[int]) -> None:
    draft.intent = Intent.ADD_RELATIONSHIP
    relates = [s for s in reading.statements if isinstance(s, Relate)]
    body = [r for r in relates if r.segment not in titles]
    relates = body or relates
    owners: dict[str, list[Relationship]] = {}
    order: list[Noun] = []
    both_ways: dict[frozenset[str], int] = {}  # a many-to-many pair: the segment it was said in
    counted: set[frozenset[str]] = set()  # pairs whose kind a cardinality word decided
    noted: dict[frozenset[str], str] = {}  # a pair's note that it was read many-to-many
    longer = {n.name: n for r in relates for n in (r.owner, r.target) if n and len(n.words) > 1}
    for r in relates:
        owner = _said_shorter(r.owner, longer)
        if owner is not None and owner.name == r.target.name:
            owner = r.owner  # "Relate Member to TeamMember": two things, not one
        owner = owner or _context_entity(reading)
        if owner is None:
            draft.missing.append("entity")
            continue
        target = _said_shorter(r.target, longer) or r.target
        if target.name != owner.name:  # "Link TeamMember to Member" likewise
            r = replace(r, target=target)
        if owner.name not in owners:
            owners[owner.name] = []
            order.append(owner)
        pair = {r.target.name, owner.name}
        if r.kind == "many_to_many" and any(
            x.kind == "many_to_one" and x.target == owner.name and name == r.target.name
            for name, rels in owners.items()
            for x in rels
        ):
            # "a lesson has one teacher, a teacher gives many lessons": the same link said
            # from its other side; the side that says "one" holds it
            continue
        if r.kind == "many_to_many" and both_ways.get(frozenset(pair)) == r.segment:
            # "drivers drive many vans and each van is driven by many drivers": the same link
            # said back in the same sentence; the side said first holds it
            continue
        if not r.stated and frozenset(pair) in counted:
            # "each visit is for a single resident, so link visits to residents": the plural
            # of the ask is no count; the "single" said of the pair decides its kind
            continue
        if r.stated:
            counted.add(frozenset(pair))
        if r.kind == "many_to_many":
            both_ways[frozenset(pair)] = r.segment
        # a later statement about the same pair (a bullet after the title) replaces it, and
        # the note on how the replaced one was read goes with it ("Orchards have trees; each
        # tree belongs to one orchard" is one-to-many, no note that it was read many-to-many)
        for name, rels in owners.items():
            rels[:] = [x for x in rels if {x.target, name} != pair]
        if (said := noted.pop(frozenset(pair), None)) is not None:
            draft.notes.remove(said)
            draft.default_cardinality -= 1
        relationship = Relationship(r.kind, r.target.name)
        owners[owner.name].append(relationship)
        before = len(draft.notes)
        _cardinality_note(draft, r, owner.name, r.target.name)
        if len(draft.notes) > before:
            noted[frozenset(pair)] = draft.notes[-1]
    for noun in order:
        owners[noun.name] = _one_of_a_kind_named(owners[noun.name])
        if owners[noun.name]:
            draft.entities.append(EntitySpec(noun.name, (), tuple(owners[noun.name])))
            draft.explicit_entities += noun.explicit
    if not draft.entities:
        draft.missing.append("relationship")


def _one_of_a_kind_named(rels: list[Relationship]) -> list[Relationship]:
    """ "every hull inspection is for one boat, so link each HullInspection to a single
    Narrowboat": one thing linked to "one" of a plain kind and to one of a name that is that
    kind's closed compound (a word before it: "narrow" + "boat", "work" + "bench") is one link
    said twice, the name said last; "Ship" is no compound of "hip" ("s" is no word)."""
    ones = [r.target for r in rels if r.kind == "many_to_one"]
    said_again = {
        short
        for short in ones
        for name in ones
        if len(name) > len(short)
        and name.lower().endswith(short.lower())
        and len(lead := name[: -len(short)]) > 2
        and lead.isalpha()
        and name[1:].islower()  # one word written closed, not two said as a PascalCase name
        and in_wordnet(lead) is True
    }
    return [r for r in rels if not (r.kind == "many_to_one" and r.target in said_again)]


def _what_was_read(stmts: list, text: str = "") -> list[str]:
    """Nothing read as a create or a change: what each part of the request was taken for, so a
    person sees which words were read as the thing (or its setting) and which were not."""
    parts: list[str] = []
    settings = [s.entity for s in stmts if isinstance(s, Mention) and s.entity is not None]
    if settings:
        said = ", ".join(dict.fromkeys(f"'{' '.join(n.words)}' ({n.name})" for n in settings))
        parts.append(f"read {said} as the setting, with nothing to keep for it")
    ruled = [_quoted(s.text) for s in stmts if isinstance(s, Constraint)]
    if ruled:
        parts.append("read as how to build, not as a thing: " + ", ".join(ruled))
    unread = [s.clause or s.text for s in stmts if isinstance(s, Unread) and (s.clause or s.text)]
    if settings and not unread and not ruled:
        # "a thing for our football club to track fixtures fixture date …": the words after
        # the setting were taken for part of it; they are what was not read
        rest = text
        for noun in settings:
            rest = re.sub(r"\b" + r"\W+".join(noun.words) + r"\b", "…", rest, count=1, flags=re.I)
        after = rest.split("…", 1)[-1].strip(" .,;:!?")
        if len(rx(r"[a-z]+", re.I).findall(after)) >= 2:
            unread = [after]
    if unread:
        parts.append("not read: " + ", ".join(_quoted(t) for t in dict.fromkeys(unread)))
        things = _maybe_things(" ".join(unread), {n.name for n in settings})
        if things:
            parts.append("words that may name the thing: " + ", ".join(things))
    return parts


def _quoted(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


_NOT_THINGS = frozenset(
    """things stuff details records lots items data fields people others ones kinds sorts types
    days weeks months years times hours minutes users thanks""".split()
)


def _maybe_things(text: str, named: set[str]) -> list[str]:
    """The plural nouns of the text not read ("voyages", "ports"): a thing kept is usually said
    in the plural, so these are the words the person may have meant as the entity."""
    out: list[str] = []
    for word in rx(r"[A-Za-z][a-z]+").findall(text):
        low = word.lower()
        if len(low) < 4 or low in _NOT_THINGS or singular(low) == low:
            continue
        noun = read_noun(low)
        if noun is not None and noun.name not in named and noun.name not in out:
            out.append(noun.name)
    return out[:4]


def _mentions_only(reading: Reading, draft: Draft) -> None:
    """No intent: keep what was named so a person can pick it in the clarification."""
    for s in reading.statements:
        if isinstance(s, Mention) and s.entity is not None and not s.weak:
            draft.intent = Intent.CREATE_ENTITY
            draft.entities.append(EntitySpec(s.entity.name))
            draft.missing[:] = ["attributes"]
            draft.notes.append(
                f"{s.entity.name} is named without fields: say what it has, e.g. "
                f"'{_lower(s.entity.name)} with name and email'"
            )
            return
