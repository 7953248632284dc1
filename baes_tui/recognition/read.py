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
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TypeGuard

from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute, AttrType
from baes_tui.recognition.anyframe import read_in_any_frame
from baes_tui.recognition.asides import (
    is_background,
    is_courtesy,
    is_pleasantry,
    is_said_ask,
    is_sender,
    is_signoff,
    is_units_note,
    is_vent,
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
from baes_tui.recognition.clauses import (
    VIEW_WANTED,
    WANTED_DIGITAL,
    Clause,
    clauses_of,
    simplify,
    split_topic,
)
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
from baes_tui.recognition.fields import (
    LIST_REASON,
    OPTIONAL,
    WORDING_REASON,
    Dropped,
    FieldList,
    annotates_one,
    read_fields,
    type_phrase,
)
from baes_tui.recognition.lexicon import (
    AGE_WORDS,
    ASKING,
    BUILD_VALUES,
    CHANGE_VERBS,
    COMMAND_VERBS,
    CONSTRAINT_PATTERNS,
    CONSTRAINT_WORDS,
    CREATE_VERBS,
    FIELD_HINTS,
    FILLER,
    FRAME_NOUNS,
    HARD_FRAMES,
    MANAGE_VERBS,
    PLURAL_FIELDS,
    PRACTICE_AS_NOUN,
    PRACTICE_NOUN_WORDS,
    PRACTICE_WORDS,
    PROJECT_TOPICS,
    SOFT_FRAMES,
    TECH_CONTEXT,
    TECH_WORDS,
    TYPE_ALTERNATION,
    UNIT_WORDS,
    done_by_counted,
)
from baes_tui.recognition.lists import entities_of, is_frameish
from baes_tui.recognition.nouns import first_sense, has_noun_sense, is_modifier, is_noun, is_verb
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.placed import lift_named_thing
from baes_tui.recognition.plausibility import FUNCTION_WORDS
from baes_tui.recognition.relations import (
    names_a_value,
    opens_own_subject,
    read_declared_link,
    read_predicate,
    read_relation,
    read_value_list,
)
from baes_tui.recognition.segment import (
    FOR_WHOM,
    TICKET_NOTE,
    TITLE_REMARK,
    Segment,
    is_field_line,
    segment,
    table_remarks,
)
from baes_tui.recognition.statements import (
    Aside,
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
from baes_tui.recognition.titled import change_title, field_renames_title

_WORD = re.compile(r"[a-z][a-z-]*")
_HEADING_ONLY = re.compile(
    r"^(?:requirements?|constraints?|notes?|details|acceptance criteria|features?|fields|spec"
    r"|specification|scope|goals?|overview|background|context|summary|ac|description"
    r"|definition of done|dod|tasks?|user story|story|problem|solution|out of scope"
    r"|(?:non-?\s?functional|functional) requirements|non-?\s?functional|nfrs?|technical notes"
    r"|data|data model|domain model|entities|assumptions|open questions|questions|risks"
    # ("Tables:", "Models:" over bullets that each name a thing: the heading names no thing)
    r"|(?:the\s+|new\s+|our\s+)?(?:tables|models|objects|classes|resources|data tables)"
    r"|dependencies|implementation notes|tech(?:nical)? stack|stack|glossary|rationale"
    r"|steps(?: to reproduce)?|(?:expected|actual)(?: result| behaviou?r)?|environment"
    r"|(?:business\s+)?rules|technical stuff|other(?: stuff| bits)?|misc)\s*:?$"
)
# A section of what the system will not do: its lines are kept, never read as the ask
# "- Permits must be checked against DVLA records (out of scope for this phase)": a line that
# says in brackets at its end that it is left out is kept as said, never a link or a field
_SAID_LEFT_OUT = re.compile(
    r"\((?:[^()\n]{0,40}?\b)?(?:out\s+of\s+scope|not\s+in\s+scope|outside\s+(?:the\s+)?scope)"
    r"\b[^()\n]{0,60}\)[ \t]*[.;!]?[ \t]*$",
    re.IGNORECASE,
)
_OUT_OF_SCOPE = re.compile(
    r"^(?:out of scope|not in scope|non-?\s?goals|not included|excluded|later|future work"
    r"|nice to have|won't do|will not do"
    # a bug report's steps are what someone clicked ("2. Clear the fax"), not what to change
    r"|steps to reproduce|(?:repro|reproduction) steps|how to reproduce)\s*:?$"
)
# Words that name a document, not a thing it manages: "Foster care requirements (v2)"
_DOCUMENT_WORD = re.compile(
    r"\b(?:requirements?|specs?|specification|draft|proposal|brief|mvp|rfc|v\d+(?:\.\d+)*)\b"
)
# "The system manages artifacts", "The app shall track …": a requirement whose subject is the
# system; what follows is the ask itself ("manages artifacts")
_SYSTEM_SUBJECT = re.compile(
    r"^(?:the|this|our|my)\s+(?:system|app|application|service|tool|platform|software|api"
    r"|backend|database|website)\s+(?:(?:(?:must|should|shall|will|can|needs to|has to)\s+)?"
    r"(?:(?:be able to|allow (?:us|users|staff) to|let (?:us|users|staff))\s+)?"
    rf"(?=(?:{MANAGE_VERBS})\b)"
    # "The system shall add to Tender:", "… shall remove from Consent:": a change said as a
    # requirement, its destination first (never "shall remove expired sessions")
    r"|(?:must|should|shall|will)\s+(?=(?:add|remove|drop|delete)\s+(?:to|from)\s)"
    # "The system shall ensure that each Truck is based at exactly one Yard", "… shall link
    # every Lease to the one Landlord …": the rule or the link the requirement asks for
    r"|(?:must|should|shall|will)\s+(?:(?:ensure|make sure|guarantee)\s+(?:that\s+)?"
    r"(?=(?:each|every|an?|all)\s)|(?=(?:link|relate|connect|associate)\s+(?:each|every|an?"
    r"|all)\s)))",
    re.I,
)
# "Our holiday let portal should manage cottages with …": the system named by what it is for,
# then what it must keep (things in the plural with their list), is the vehicle of the ask
_NAMED_SYSTEM_SUBJECT = re.compile(
    r"^(?:the|this|our|my)\s+(?:[a-z-]+\s+){1,3}?(?:system|app|application|portal|platform"
    r"|website|site|database|tool)\s+(?:must|should|shall|will|can|needs to|has to)\s+"
    rf"(?=(?:{MANAGE_VERBS})\s+(?:the\s+|all\s+|our\s+)?(?:[a-z-]+\s+){{0,2}}[a-z-]+s\s+"
    r"(?:with|having|including)\s)",
    re.I,
)
# "could the app have a feeding log where each feeding has …": what the system is to have,
# said with a list of what each one holds, is the thing kept
_SYSTEM_HAS = re.compile(
    r"^(?:the|this|our|my)\s+(?:system|app|application|tool|website)\s+(?:(?:should|must|will"
    r"|can|could)\s+)?(?:also\s+)?(?:have|has)\s+(?=(?:an?|some)\s[^,]*\b(?:where|in which)\s+"
    r"(?:each|every)\s)"
)
_GIVEN_THEN = re.compile(
    r"^(?:scenario:?\s*)?given\b[^,]*?,?\s+(?:(?:and|when)\b[^,]*?,?\s+)*then\s+(?P<outcome>.+)$",
    re.I,
)
# A scenario written a step a line ("Given …" / "When …" / "Then it stores …"): the steps before
# "Then" set the scene, and a thing they bring in ("a new courier", "records a calibration")
# is what the outcome's "it" or "the courier" stores
_SCENE_STEP = re.compile(r"^(?:given|when|and|but)\b", re.I)
_THEN_STORES = re.compile(
    r"^then\s+(?P<who>it|they|(?:the|this|that)\s+[a-z][a-z -]{0,40}?)\s+(?:stores|records|keeps"
    r"|saves|holds|captures|has)\s+(?P<rest>.+)$",
    re.I,
)
# (the thing is the object of the step's verb: "Given a member joins" brings in no "joins")
_BROUGHT_IN = re.compile(
    r"\b(?!(?:given|when|and|but)\b)[a-z]+\s+(?:an?\s+(?:new\s+)?|new\s+)"
    r"(?P<x>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*[.!]?$",
    re.I,
)
# (under "Requirements:" too, "fax number is removed from Donor" states the change as done)
_CRITERIA = re.compile(
    r"^(?:acceptance criteria|ac|definition of done|dod|requirements?|functional requirements)"
    r"\s*:?$"
)
_PASSIVE_OUTCOME = re.compile(
    r"^(?:the\s+)?(?P<x>[a-z][a-z0-9 _.-]{0,40}?)\s+(?:is|are|has been|have been|gets|get)\s+"
    r"(?P<verb>removed|dropped|deleted|renamed)(?:\s+(?P<prep>from|on|to)\s+(?P<rest>.+))?$",
    re.I,
)
_OUTCOME_VERBS = {"removed": "remove", "dropped": "drop", "deleted": "delete", "renamed": "rename"}
_NAMES_ENTITY = re.compile(
    r"^(?:entity|model|table|resource|object|record type)(?:\s+name)?\s*:\s*"
    # ("Entity: Tender Submission. Fields: …": a sentence of its own, its full stop no name)
    r"(?P<np>[A-Za-z][A-Za-z0-9 _-]{0,40}?)\.?$",
    re.I,
)
_NEW_ENTITY = re.compile(
    r"^(?:new|create|add)\s+(?:an?\s+)?(?:new\s+)?(?:entity|model|table|resource)\s*:\s*"
    r"(?P<np>[A-Za-z][A-Za-z0-9 _-]{0,40})$",
    re.I,
)
_FIELDS_HEADER = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:(?:required|mandatory)\s+)?"
    r"(?:(?P<before>[a-z][a-z -]{0,30}?)\s+)?(?:fields?|attributes?"
    r"|columns?|properties|data model)"
    # "Fields we need on Customer:", "Fields needed for a tent:": whose fields, after the need
    r"(?:\s+(?:(?:(?:that\s+)?(?:we|i)\s+(?:need|want)|needed|wanted|required)\s+(?=(?:on|for)\s))?"
    r"(?:for|of|on)\s+(?:(?:a|an|the|each|every)\s+)?"
    r"(?P<after>[a-z][a-z -]{0,30}?))?"
    # "Fields required:", "Fields needed -": which fields, said after the word
    r"(?:\s+(?:required|needed|wanted|to\s+(?:capture|record|keep|store)))?\s*[:-]?$"
)
# " - Ade & Sons, Lagos", " — Mama Jo's Kitchen": a title's remark of proper names after a dash
_NAMED_FOR = re.compile(
    r"\s+[-\u2013\u2014]\s+(?:[A-Z][\w'.]*(?:\s+(?:&\s+)?|,\s*|\s*&\s*))*[A-Z][\w'.]*\s*$"
)
# "Boat Hire: Requirements (harbour office)", "RECIPE BOX: DATA REQUIREMENTS", "PRD: Pet
# portal", "Rota spec (Green Lane)", "Choir Library: Scores (requirements, spring term)": the
# part of a title that names the document, and a remark in brackets beside it, is no thing and
# no field; what is left names the system or the thing
_DOC_NAME = r"(?:requirements?|specs?|specification|prd|brief|proposal)"
_TITLE_DOCUMENT = (
    re.compile(rf"\s*:\s*(?:[a-z]+\s+){{0,2}}?{_DOC_NAME}\s*(?:\([^()]*\))?\s*$", re.I),
    re.compile(r"^\s*prd\s*:\s*(?=\S)", re.I),  # ("Spec: …" is read as a document's title)
    # "Change request – Guest entity", "Change request: Kiosk": what the document is comes
    # first, the thing it changes after the dash
    re.compile(r"^\s*change\s+requests?\s*[:\u2013\u2014-]\s*(?=\S)", re.I),
    re.compile(rf"\s*\((?=[^()]*\b(?:{_DOC_NAME}|draft|mvp)\b)[^()]*\)\s*$", re.I),
    re.compile(rf"(?<=\w)(?P<doc>\s+{_DOC_NAME})\s*\([^()]*\)\s*$", re.I),
)


def _document_cut(title: str, capitalised: bool = False) -> str:
    """The title with the words that name the document cut (see `_TITLE_DOCUMENT`); with
    `capitalised`, only words written as a title's ("Data Requirements", "SPEC")."""
    for pattern in _TITLE_DOCUMENT:
        m = pattern.search(title)
        if m is None or (capitalised and not m[0].strip(" :(")[:1].isupper()):
            continue
        title = title[: m.start()] + (m.groupdict().get("doc") or "") + title[m.end() :]
    return title


# "Constraints: a; b", "Non-functional: …": a label over constraints said on its own line
_CONSTRAINTS_SAID = re.compile(
    r"^(?:constraints?|non-?\s?functional(?:\s+requirements)?|nfrs?|technical notes)\s*:\s*\S"
)
_NEED_HEADER = re.compile(r"^(?:what\s+(?:we|i)\s+)?need\s*:$")
# "Need to track:", "We need to record:": what is kept, said over the list; the verb names no
# thing (a Track), the list is of the thing in context
_NEED_TO_KEEP = re.compile(
    r"^(?:(?:we|i)\s+)?(?:need|want)\s+to\s+(?:track|record|keep|store|capture|log|hold)\s*:$"
)
_EACH_RECORDING = re.compile(
    r",\s+(?:each\s+|every\s+one\s+)?(?:recording|storing|tracking|keeping|holding|listing|capturing)$"
)
_HEADER = re.compile(
    r"^(?P<np>.+?)(?:\s+(?:entity|model|table|resource))?\s*"
    # "Each job sheet shall contain:", "Control tests are described by:": what a requirement
    # says a thing holds, over the list of it
    r"(?:(?:shall|must|should|will)\s+(?P<also>also\s+)?(?:hold|have|contain|include|capture"
    r"|record|store|comprise|consist of)\s*|(?:is|are|shall be)\s+described\s+by\s*)?"
    r"(?:(?:with|having|has|gets|contains|includes|consists of|:)\s*)*"
    r"(?:just|only|the following|these|fields?|attributes?)?\s*:?$"
)


# Frame words and words kept for the app that a business keeps too (a dig Site, a restaurant
# Table, a railway Platform, a car Model, a record Release, a loan Application), written as a
# name in a change
_NAMEABLE = frozenset(
    """site platform table model service programme program resource portal release version
    application server""".split()
)
_CHANGE_OPENING = re.compile(rf"^(?:please\s+)?(?:also\s+)?(?:add|set|{CHANGE_VERBS})\b")


def _named_frame_marked(clause: Clause) -> Clause:
    """ "Add a capacity (integer) to Table", "Rename Site to Location", "Remove the depth
    field from Site": a frame word written bare and capitalised where a change names its entity
    is that entity ("add a button to the Table" still names the app)."""
    if not _CHANGE_OPENING.match(clause.text):
        return clause
    text = clause.text
    for word in _NAMEABLE:
        # (not "SiteInspection", split by `clean` as "Site Inspection": a longer name)
        if word.capitalize() not in clause.original or (
            re.search(rf"(?<=\s){word.capitalize()}\b(?!\s+[A-Z])", clause.original) is None
        ):
            continue
        text = re.sub(
            rf"\b(?P<before>to|from|on|of|in|for|rename|delete|remove|drop)\s+"
            rf"{word}(?=\s*$|\s*[,.;:(]|\s+(?:to|and|optional|required|as|from|with)\b)",
            rf"\g<before> {word} entity",
            text,
        )
    return replace(clause, text=text) if text != clause.text else clause


# Practice words that are also nouns of things kept: a germination test, a fan convention, a
# bird migration, a field deployment of sensors, a course module, a wedding function, a room
# upgrade, trading standards. Only these may be read as a thing or a field's modifier.
_THING_PRACTICE = frozenset(
    """test tests convention conventions migration migrations deployment deployments module
    modules function functions upgrade upgrades standards deploy deploys backups""".split()
)
# "level test score", "convention date", "upgrade fee": a practice noun before a field's head
# word names a field of a thing, not how to build ("an endpoint url": where a hook is sent)
_TEST_FIELD = re.compile(
    rf"\b(?:{'|'.join(sorted(_THING_PRACTICE))}|restarts?|backups?|endpoint)\s+"
    r"(?=(?:score|scores|date"
    r"|dates|result|results|grade|mark|marks|level|type|day|time|name|number|code|id|venue|city"
    r"|fee|route|year|location|status|url|path"
    # "a PAT test flag", "a fire drill test done flag": yes/no of a thing's test (branch if14)
    r"|flag|flags)\b"
    # (lz63) "a smoke test passed flag", "the eye test done field on Patient": what happened
    # at a thing's test, named as a flag or a field, is a yes/no of it (the line was read as
    # one about testing the code, and nothing was read)
    r"|(?:passed|failed|done|completed|booked|taken)\s+(?:flags?|fields?|columns?)\b)"
    # "the germination rate from the last test": a test that took place is the thing's event
    r"|\b(?:last|latest|previous|most recent|next)\s+tests?\b"
)


# What "tested" is said of when the line is about how to build: the code and its parts, how
# well ("fully tested", "unit tested"), or a verb before it ("it is tested", "must be tested")
_BUILT_THINGS = (
    r"(?:code|app|apps|application|it|everything|all|api|apis|system|service|endpoints?|fully"
    r"|well|unit|properly|thoroughly|be|been|being|is|are|was|were|not|must|should|get|gets)"
)


# "oil tested on (date)", "last migrated at, …", "last tested date": a practice word in the past
# participle with "on"/"at"/"date" ending a listed name is when it happened to the thing, a
# field of it
_WHEN_DONE_FIELD = re.compile(
    r"\b(?:tested|migrated|deployed|upgraded|restarted)\s+(?:on|at|date|time)\b"
    # ("…, tested at and a pass flag": the list's last "and" ends the name as a comma does)
    r"(?=\s*(?:\(|[,;.]|\band\b|$))"
    # "…, tests passed, tests failed, …", "with deploys done (count)": a listed plural of a
    # practice noun and a participle counts what happened to the thing ("goals scored"), a
    # field of it ("All tests passed." is no list item)
    r"|(?:(?<=,)|(?<=\bwith)|(?<=:))\s*(?:tests|deploys|deployments|migrations|upgrades"
    r"|restarts)\s+(?:passed|failed|run|skipped|completed|done|made|performed)\b"
    r"(?=\s*(?:\(|[,;]|\band\b|$))"
    # "…, and whether it is mycoplasma tested": whether it was done to the thing, a yes/no field
    r"|\bwhether\s+(?:it|they)(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been"
    r"|\s+have\s+been)\s+(?:[a-z-]+\s+)?(?:tested|deployed|migrated|upgraded)\b"
    r"(?=\s*(?:\(|[,;.]|\band\b|$))"
    # "last tested date", "last deployed": when it last happened to the thing, a field of it
    r"|\blast\s+(?:tested|migrated|deployed|upgraded|restarted)\b"
    # "…, gas tested, notes", "Add PAT tested to Heater": a listed noun said tested is whether
    # the thing was (the code, the app, "fully" or "unit" tested stay how to build)
    r"|(?:(?<=[,:])|(?<=\bwith)|(?<=\band)|(?<=\badd))\s*(?:an?\s+)?(?!"
    + _BUILT_THINGS
    + r"\b)[a-z-]+\s+tested\b(?=\s*(?:\(|[,;.]|\band\b|\bto\b|$))",
    re.M,
)
# "fish kept (count)", "tests passed (count)", "{ tested: bool }": practice words in a name given
# a type (in parentheses, or after a colon as a typed listing writes it) are a field (the name:
# up to four words back, not past a comma or a word that joins list items)
_TYPED_FIELD = re.compile(
    r"\b(?:(?!(?:and|or|with|plus|to|for|from|on|of)\b)[a-z-]+\s+){0,3}[a-z-]+(?=\s*\((?:"
    + TYPE_ALTERNATION
    + r")\)|\s*:\s*(?:"
    + TYPE_ALTERNATION
    + r")\s*(?:[,;}|]|$)"
    # "hints used as a whole number", "a solved flag as a boolean": a type said with "as a"
    + r"|\s+as\s+(?:a|an)\s+(?:whole\s+number|"
    + TYPE_ALTERNATION
    + r")\b)",
    re.M,
)


@lru_cache(maxsize=4096)  # asked of the same clause by several readers
def _practice_text(text: str) -> str:
    low = _WHEN_DONE_FIELD.sub(" thing", _TEST_FIELD.sub("", text.lower()))
    if " by " in low:
        low = done_by_counted(low)
    low = _TYPED_FIELD.sub(
        lambda m: " ".join("thing" if w in PRACTICE_WORDS else w for w in m[0].split()), low
    )
    low = _EXISTING_NAMED.sub("the ", low)
    if " flag" in low:
        # (new59) "a deposit kept flag", "a tested flag": a practice word before "flag" names
        # the yes/no field, as one typed in brackets does
        low = _WORD_BEFORE_FLAG.sub(lambda m: "thing" if m[0] in PRACTICE_WORDS else m[0], low)
    if not any(map(low.__contains__, PRACTICE_NOUN_WORDS)):
        return low
    return PRACTICE_AS_NOUN.sub(" thing", low)


_WORD_BEFORE_FLAG = re.compile(r"\b[a-z]+(?=\s+flags?\b)")


# "The existing Wristband entity needs a colour code": "existing" said of a thing named as an
# entity says it is there, no data that must survive ("keep existing rows" stays a practice)
_EXISTING_NAMED = re.compile(
    r"\b(?:the|our|an?)\s+existing\s+(?=[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s+(?:entity|table|model)\b)"
)


# (memoised: several readers ask it of the same clause, and its ~60 branches are tried at every
# place of the text: the costliest single search of a read)
@lru_cache(maxsize=4096)
def _constraint_said(low: str) -> bool:
    """Whether `low` (lowercase) says how to build, in one of CONSTRAINT_PATTERNS."""
    return CONSTRAINT_PATTERNS.search(low) is not None


@lru_cache(maxsize=4096)
def _words_of(low: str) -> frozenset[str]:
    return frozenset(_WORD.findall(low))


def is_constraint(text: str) -> bool:
    """A line about how to build, formats, schema, surviving data, tests — not a field."""
    low = _practice_text(text)
    return bool(_constraint_said(low) or _words_of(low) & CONSTRAINT_WORDS)


def is_practice(text: str) -> bool:
    """Practices, schema, migrations, surviving data, tests: never fields or entities."""
    low = _practice_text(text)
    return bool(_constraint_said(low) or _words_of(low) & PRACTICE_WORDS)


def is_tech_only(text: str) -> bool:
    """ "Use FastAPI and SQLite", "Responses are JSON": technology and nothing else."""
    words = set(_WORD.findall(text.lower()))
    tech = words & TECH_WORDS
    return bool(tech) and not (words - TECH_WORDS - TECH_CONTEXT - FILLER - HARD_FRAMES)


# "There's a field on Patient called preferred pharmacy", "there is a column in the Kennel
# table called run size": a field that exists, said as "Patient has a field called …" says it
# (no rename: "called" names it, nothing is renamed)
_THERE_IS_FIELD = re.compile(
    r"^there\s+(?:is|was)\s+(?:still\s+)?(?:a|an|one|this)\s+(?P<k>field|column|attribute)\s+"
    r"(?:on|in|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?:\s+(?:entity|table|model|thing|records?))?\s+(?P<rest>(?:called|named)\s+\S.*)$"
)


def read_clause(clause: Clause) -> list[Statement]:
    """Every statement one clause makes (usually one); a reason given for a change is kept
    apart from what the change says, and two changes in one clause are read apart."""
    if (there := _THERE_IS_FIELD.match(clause.text)) and clause.topic is None:
        said = f"{there['e']} has a {there['k']} {there['rest']}"
        clause = replace(clause, text=said)
    if clause.aside:
        # kept as the segment as written (like Unread): the role of a user story stays too
        return [Aside(clause.original, clause.segment, words_of(clause.aside), clause.aside)]
    if WANTED_DIGITAL.match(clause.text) or VIEW_WANTED.match(clause.text):
        # "we want it digital", "add a filter by date": how, naming nothing new
        return [Aside(clause.original, clause.segment, words_of(clause.text), clause.text)]
    if _OPTIONAL_REMARK.match(clause.text):  # "It's optional though, …": _said_optional_later
        return [Unread(clause.original, clause.segment, len(_WORD.findall(clause.text)))]
    if (as_now := _field_as_it_is_now(clause)) is not None:
        return as_now
    parts = split_changes(clause)
    if len(parts) > 1:
        return _said_of_added([s for part in parts for s in read_clause(part)])
    if (reason := read_reason(clause)) is not None:
        return [reason]
    reworded, tail = reword_change(clause)
    found = _read_reworded(reworded)
    if found and all(isinstance(s, Unread) for s in found):
        found = _read_thing_lifted(reworded) or found
    if clause.topic_sep in ("dot", "on") and _DOTTED_IS_TYPE.match(clause.text):
        # "Cask.capacity is a string, … it should be an integer", "On Venue, capacity is text":
        # a field of a named thing said to be of a type describes it as it is (as "Kiosk has F
        # as text" does); a change may follow ("Can it be an integer?")
        found = [replace(s, mode="has") if isinstance(s, Declare) else s for s in found]
    if not tail:
        return found
    if not any(_is_change(s) for s in found):
        return _read_reworded(clause)  # the reason was cut off something that is no change
    return [*found, Reason(clause.original, clause.segment, len(tail.split()))]


def _read_thing_lifted(clause: Clause) -> list[Statement] | None:
    """A clause no reader understood, read again with the one thing it names, wherever it
    names it, as its topic ("from the Trailer please take off the axle count" as "Trailer:
    take off the axle count"): kept only when exactly one such reading is one change to that
    thing."""
    readings = [r for r in (_one_change(t, n, w) for t, n, w in lift_named_thing(clause)) if r]
    return readings[0] if len(readings) == 1 else None


def _one_change(topical: Clause, noun: Noun, written: bool) -> list[Statement] | None:
    """What the clause says with the thing as its topic, if that is one whole change to it.
    Fields added need the thing written as a name: "add validation to the job cards" and
    "keep records for seven years" put no field on a thing said in lower case."""
    found = read_clause(topical)
    said = [s for s in found if not isinstance(s, (Aside, Reason))]
    if len(said) != 1 or not _is_change(said[0]):
        return None
    change = said[0]
    if not isinstance(change, (Declare, Remove, Modify, Rename)):
        return None
    if change.entity is not None and change.entity.name != noun.name:
        return None
    if isinstance(change, (Remove, Modify)) and change.pronoun:
        return None
    if isinstance(change, Remove) and (change.whole_entity or not change.fields):
        return None
    if isinstance(change, Declare) and not (written and change.fields.attributes):
        return None
    if isinstance(change, Rename) and not (change.old and change.new):
        return None
    return found


def _said_of_added(found: list[Statement]) -> list[Statement]:
    """ "add the serial number and the warranty date, but the warranty date is not always
    known": what is said of a field just asked to be added, on the same thing, describes that
    field; it declares no new thing."""
    added: dict[str, set[str]] = {}
    out: list[Statement] = []
    for s in found:
        if isinstance(s, Declare) and s.entity is not None:
            names = {a.name for a in s.fields.attributes}
            if s.mode == "add":
                added.setdefault(s.entity.name, set()).update(names)
            elif s.mode == "create" and names and names <= added.get(s.entity.name, set()):
                s = replace(s, mode="add")
        out.append(s)
    return out


# "the capacity on Venue is currently a varchar", "length on Transect is stored as a string,
# which makes averaging impossible": a field of a thing said to be of a type now (a word of
# the present, or how it is stored), with the reason after it
_FIELD_ON_IS_NOW = re.compile(
    r"^(?:the\s+)?(?P<f>[a-z][a-z -]{0,30}?)\s+(?:field\s+)?(?:(?:on|of|in|for)\s+"
    r"(?:the\s+|each\s+|every\s+|an?\s+)?(?P<e>[a-z][a-z-]*(?:\s(?!only\b)[a-z][a-z-]*)?)\s+)?"
    r"(?:(?:is|are)\s+(?:(?P<now>currently|still|right now|at the moment)\s+)?"
    r"(?:(?P<how>stored|saved|kept|set up|typed|defined)\s+as\s+)?|(?P<came>came|comes)\s+"
    r"(?:across|out|through|in)\s+as\s+"
    # "rate on Room only takes whole numbers": what the field lets people type is its type now
    r"|(?P<takes>(?:only\s+(?:takes?|accepts?|allows?|holds?)|takes|accepts|allows|holds)\s+"
    r"(?:only\s+)?))"
    r"(?:an?\s+)?(?:free[- ])?"
    rf"(?P<t>{TYPE_ALTERNATION})(?(takes)s?)"
    r"(?:\s+(?P<after>right now|at the moment|currently))?"
    # "… is a varchar (don't ask)": a remark in parentheses says nothing of the field
    r"(?:\s*\((?![^()]*\b(?:optional|required|nullable|mandatory)\b)[^()]{1,60}\))?"
    r"(?:\s+field)?(?:\s*,?\s+(?P<why>(?:which|but(?!\s+(?:it|that|this|they|these|those|please|can|could|should|make)\b))\s+"
    r"(?:(?!\s[—-]\s)[^,;])+?))?"
    r"(?:\s*(?:,|\s[—-])\s*(?:so\s+|but\s+)?"
    r"(?P<ask>(?:can|could|would|will|please|should|it should|make)\s.+))?$"
)


def _field_as_it_is_now(clause: Clause) -> list[Statement] | None:
    """ "the fee on Pitch is currently text, which …": the field as it is now, said as
    "Pitch.fee is text" says it (a change may follow: "Could it be a decimal?", or in the same
    sentence: "…, can it be a whole number instead?"); None when the clause is not that."""
    now = _FIELD_ON_IS_NOW.match(clause.text)
    if now is None:
        return None
    said_now = bool(
        now["now"] or now["how"] or now["came"] or now["takes"] or now["after"]
    ) or bool(_NOW.search(clause.original))
    if not (said_now or now["ask"]):
        return None
    if not (
        (clause.topic is None and now["e"])
        or (clause.topic and clause.topic_sep in ("on", ":") and not now["e"])
    ):
        return None
    owner = now["e"] or clause.topic
    said = replace(clause, text=f"{now['f']} is {now['t']}", topic=owner, topic_sep="dot")
    found = read_clause(said)
    if not (
        len(found) == 1
        and isinstance(found[0], Declare)
        and found[0].mode == "has"
        and [a.name for a in found[0].fields.attributes] == ["_".join(now["f"].split())]
    ):
        return None  # "the amount counted on Tin came out as text": not one field as said
    if not said_now and not now["ask"]:
        return None
    if now["why"]:
        found.append(Reason(clause.original, clause.segment, len(now["why"].split())))
    if now["ask"]:  # "…, can it be a whole number instead?": the ask said after it
        # (read apart from the topic: "it" is the field, not the thing the topic names)
        asked = read_clause(replace(clause, text=now["ask"], first=False, topic=None, topic_sep=""))
        if (changed := _same_field_changed(found, asked)) is not None:
            # the field as it is, then its change: what it is now says nothing new
            found[0], asked = Reason(clause.original, clause.segment, 0), [changed]
        elif not said_now:
            # "the deposit is a whole number, can you add notes": with no word of the present,
            # "is a whole number" is what the field is only when the ask changes it
            return None
        elif any(
            isinstance(a, Modify)
            and (a.pronoun or [c.name for c in a.changes] == [found[0].fields.attributes[0].name])
            for a in asked
        ):
            # "…is text right now, can it be text?": "it" changes nothing said (asked)
            words = len(_WORD.findall(clause.text))
            return [Unread(clause.original, clause.segment, words, clause.text)]
        found += asked
    return found


def _same_field_changed(found: list[Statement], asked: list[Statement]) -> Modify | None:
    """ "edition size on Print is text, can it be a whole number": a change of the one field
    just said to be on a thing (named again, or "it"), to another type, optional or
    required; None when the ask is no such change."""
    if not (found and isinstance(found[0], Declare) and found[0].mode == "has"):
        return None
    said = found[0]
    if len(asked) != 1 or not isinstance(asked[0], Modify) or len(said.fields.attributes) != 1:
        return None
    ask, attribute = asked[0], said.fields.attributes[0]
    if said.entity is None or len(ask.changes) != 1:
        return None
    change = ask.changes[0]
    if ask.pronoun and ask.entity is None and not change.name:
        pass  # "can it be required?"
    elif ask.entity is None or ask.entity.name != said.entity.name or change.name != attribute.name:
        return None
    if change.type in (None, attribute.type) and change.required is None:
        return None
    return Modify(said.entity, (replace(change, name=attribute.name),), ask.segment)


_NOW = re.compile(r"\b(?:currently|right now|at the moment|at present|still)\b", re.I)
_DOTTED_IS_TYPE = re.compile(
    rf"^[a-z][a-z _]{{0,40}}?\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?(?:an?\s+)?"
    rf"(?:{TYPE_ALTERNATION})$"
)


def _is_change(statement: Statement) -> bool:
    if isinstance(statement, Declare):
        return statement.mode in ("add", "need")
    return isinstance(statement, (Rename, Remove, Modify))


# How stored data is kept or formatted, said of a thing named without fields ("Store the
# settings as JSON", "Keep dates in UTC", "Keep a nightly backup"): standards, formats and
# where the code lives, a closed class beside CONSTRAINT_WORDS
_FORMAT_SAID = re.compile(
    r"\b(?:as|in|to|into)\s+(?:the\s+)?(?:[a-z']+\s+)?(?:utc|gmt|iso(?:\s*8601)?|json|csv|xml|yaml"
    r"|git|github|gitlab)\b"
    r"|^(?:please\s+)?(?:use\s+)?iso\s+dates?\b|\bclean code\b"
    r"|^(?:please\s+)?(?:keep|make|take|run)\s+(?:a|an|the)\s+(?:daily|nightly|weekly|monthly)\s+"
    r"backups?\b"
    # "- Nightly backup of the database", "weekly backups to the NAS": how data is kept safe,
    # a practice line of a document (the singular too, when its "when" or "of what" says so)
    r"|^(?:(?:a|an|the)\s+)?(?:daily|nightly|weekly|monthly|hourly|regular|automatic|automated)"
    r"\s+backups?\b|\bbackups?\s+of\s+(?:the\s+|all\s+(?:the\s+)?|our\s+)?(?:database|data|db"
    r"|system|server)\b"
    # "Keep all claims for 6 years": how long records are kept, not a thing of its own
    r"|^(?:please\s+)?(?:keep|retain|store|hold)\s+(?:(?:all|every|each|the|our)\s+)*"
    r"(?:[a-z'-]+\s+){1,3}?for\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve)\s+(?:full\s+)?(?:years?|months?|weeks?|days?)\b"
)


def _constraint_on_named(clause: Clause, mention: Mention) -> bool:
    """A line naming a thing without fields that is about practices, formats, surviving data
    or tests is a constraint (README: such lines are never fields or entities); a thing
    written as an entity ("Hearing entity") stays named."""
    if mention.entity is None or mention.entity.explicit or mention.weak:
        return False
    if _FORMAT_SAID.search(clause.text):
        return True
    # the words around the thing, not its own ("register the water tests": tests are kept)
    own = set(mention.entity.words)
    around = " ".join(w for w in clause.text.split() if w.strip(".,;:!?") not in own)
    return is_constraint(around)


def _activity_started(clause: Clause, mention: Mention) -> bool:
    """ "start billing for electricity", "begin charging for parking": a lone gerund started,
    stopped or begun (then a preposition or nothing) names what the business does."""
    noun = mention.entity
    if noun is None or noun.explicit or len(noun.words) != 1 or not noun.words[0].endswith("ing"):
        return False
    word = noun.words[0]
    return bool(
        re.search(
            rf"\b(?:start|starting|begin|beginning|stop|stopping)\s+{re.escape(word)}"
            r"(?:\s+(?:for|on|at|by|in|from|to)\b|\s*$)",
            clause.text,
        )
    )


# A sentence about the writer's own business ("we run a …", "I have a small …"); bare plurals
# ("I run comic conventions") are the things the ask goes on to describe
_WRITERS_OWN = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:have|run|own|keep|look after)\s+(?:a|an|my|our)\s"
)


# "each treatment is for one animal and uses exactly one drug": one subject, two links; the
# second said with its verb alone or with its subject again ("… and each treatment uses …"),
# or the first one's verb shared ("bookings belong to customers and (to) rooms")
_TWO_LINKS = re.compile(
    r"^(?P<l1>(?:(?:each|every|an?|one)\s+|(?=[a-z-]+s\s))[a-z].*?)\s*,?\s+and\s+"
    r"(?P<l2>[a-z][a-z -]*)$"
)  # (a plural subject, "bookings belong to …", or one of each, never "the X entity …")
_SUBJECT_AGAIN = re.compile(r"^(?:each|every|an?|one|it)\s")
_PREPOSITIONS = r"(?:to|with|for|in|on|at|from|by|of|under)"
_PREPOSITION = re.compile(rf"^{_PREPOSITIONS}\s")
_PREPOSITION_LAST = re.compile(rf"\b{_PREPOSITIONS}\s+$")


# "a course has modules, (and) modules have lessons": two links, each with its own subject,
# joined by a comma as people join sentences
_SPLICED = re.compile(r"^(?P<l1>[a-z][^,]*?)\s*,\s+(?:and\s+|while\s+|but\s+)?(?P<l2>[a-z][^,]*)$")


def _two_links(clause: Clause, things: frozenset[str]) -> list[Statement] | None:
    """Both links of one subject, or None when either half is no link of its own."""
    if (spliced := _SPLICED.match(clause.text)) is not None:
        links = [
            read_relation(replace(clause, text=spliced[h]), things=things) for h in ("l1", "l2")
        ]
        firsts = [link for link in links if link is not None and link.owner is not None]
        if len(firsts) == 2:
            return list(firsts)
    if (m := _TWO_LINKS.match(clause.text)) is None:
        return None
    first = read_relation(replace(clause, text=m["l1"]), things=things)
    if first is None or first.owner is None:
        return None
    said = m["l2"]
    if not _SUBJECT_AGAIN.match(said) and opens_own_subject(m["l1"], first, said):
        return None  # "… and items in many boxes": no second link of the same subject
    if not _SUBJECT_AGAIN.match(said):
        said = f"each {' '.join(first.owner.words)} {said}"
    elif said.startswith("it "):
        said = f"each {' '.join(first.owner.words)} {said[3:]}"
    second = read_relation(replace(clause, text=said), things=things)
    if second is None and (shared := _verb_shared(m["l1"], first, m["l2"])) is not None:
        second = read_relation(replace(clause, text=shared), things=things)
    if second is None or second.owner is None or second.owner.name != first.owner.name:
        return None
    if second.target.name == first.target.name:
        return None
    return [first, second]


def _verb_shared(first_said: str, first: Relate, target: str) -> str | None:
    """ "bookings belong to customers and (to) rooms", "a vet treats many dogs and cats": the
    second target said after the first link's verb, with or without its preposition again."""
    if first.target is None or rx(r"^(?:each|every|it)\s").match(target):
        return None
    at = first_said.rfind(" ".join(first.target.words))
    if at <= 0:
        return None
    verb = first_said[:at]
    if _PREPOSITION.match(target):
        verb = _PREPOSITION_LAST.sub("", verb)
    elif _COUNTED_SAID.match(target):  # "… for one customer and one room": its own count
        verb = _COUNTED_SAID_LAST.sub("", verb)
    return f"{verb.rstrip()} {target}"


# ("… one tutor and three students": a number of its own, so the first "one" is not shared)
_COUNTS = (
    r"(?:(?:exactly|only|just)\s+(?:one|two|three|four|five|six)|a\s+single|one|many|several"
    r"|multiple|various|two|three|four|five|six|seven|eight|nine|ten|twelve|[2-9]|1\d|an?|the)"
)
_COUNTED_SAID = re.compile(rf"^{_COUNTS}\s")
_COUNTED_SAID_LAST = re.compile(rf"\b{_COUNTS}\s+$")


# "please add a locker registry", "add a boat register": a register (a frame that keeps
# records) added with nothing it is added to is a new thing to keep, as "create a locker
# registry" is, not a field; "add a visitor log to Site" is a field of Site
_REGISTER_ADDED = re.compile(
    r"^(?:(?:please|pls|can you|could you|would you|also|just)\s+)*add\s+(?:a|an|one)\s+"
    r"(?:new\s+)?(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+(?:registry|register|tracker"
    r"|directory|catalogue|catalog|inventory|logbook|log))(?:\s+(?:please|pls|too|as well))?$"
)


def _register_added(clause: Clause) -> Mention | None:
    if clause.topic or (m := _REGISTER_ADDED.match(clause.text)) is None:
        return None
    noun = read_noun(m["np"])
    if noun is None or set(noun.words) & FRAME_NOUNS:
        return None  # "add a change log": the frame is all it names
    return Mention(noun, True, False, clause.segment)


# (mf64) "Keep the naming consistent with the Printer entity", "same naming as the Tool
# entity": an entity there is already, named as the model a practice follows, is no thing asked
# for (it made an empty Printer beside the entity listed, asked)
_MODEL_TO_FOLLOW = re.compile(
    r"\b(?:consistent\s+with|in\s+line\s+with|same\s+(?:[a-z]+\s+){0,2}?as|similar\s+to"
    r"|(?:the\s+)?way\s+(?:we\s+did|it\s+is\s+done\s+(?:in|on|for)))\s+(?:the|our)\s+"
    r"(?:existing\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s+(?:entity|table|model)\b"
)


def _table_said_in_passing(original: str, words: tuple[str, ...]) -> bool:
    """(lr61) "3. Keep the product table in sync on deploy": a table named in lower case with
    "the" in a line about practice is where the rows are stored, no thing asked for (it made
    an empty Product beside the Shampoo entity listed, asked); "the Product table" stays."""
    said = r"\s+".join(re.escape(w) for w in words)
    return bool(re.search(rf"\b(?:the|our|this|that)\s+{said}\s+tables?\b", original))


def _read_reworded(clause: Clause, practice: bool = True) -> list[Statement]:
    if is_tech_only(clause.text):
        return [Constraint(clause.original, clause.segment)]
    if practice and (_kinds_under_practice_topic(clause) or _tools_under_project_topic(clause)):
        return [Constraint(clause.original, clause.segment)]
    if practice and is_practice(clause.text):
        if (thing := _practice_noun_as_thing(clause)) is not None:
            return thing
        # Only an entity written as one ("… for a Vehicle entity") survives in such a line.
        mention = read_mention(clause)
        if (
            mention is not None
            and mention.entity is not None
            and mention.entity.explicit
            and not _table_said_in_passing(clause.original, mention.entity.words)
            and not _MODEL_TO_FOLLOW.search(clause.text)
        ):
            return [mention, Constraint(clause.original, clause.segment)]
        if rx(r"\bentity\b").search(clause.text):
            # "LabTest entity with just:": a thing written as an entity keeps its practice word
            declared = read_declaration(clause) or read_verbless(clause)
            if declared and all(
                isinstance(d, Declare) and d.entity is not None and d.entity.explicit
                for d in declared
            ):
                return declared
        return [Constraint(clause.original, clause.segment)]
    if subject := (
        _SYSTEM_SUBJECT.match(clause.text)
        or _SYSTEM_HAS.match(clause.text)
        or _NAMED_SYSTEM_SUBJECT.match(clause.text)
    ):
        clause = replace(clause, text=clause.text[subject.end() :])
    clause = _named_frame_marked(clause)
    things = frozenset() if practice else _THING_PRACTICE
    typed = _NAME_COLON_TYPE.match(clause.text)
    for reader in (read_rename, read_remove, read_modify, partial(read_relation, things=things)):
        if typed and reader in (read_rename, read_remove):
            continue  # "- call sign: string", "- drop off point: text": a field and its type
        found = reader(clause)
        if found is not None:
            return [found]
    if (both := _two_links(clause, things)) is not None:
        return both
    if (held := read_value_list(clause)) is not None:
        # "a member can have several phone numbers": asked about, never a field or an entity
        owner, said = held
        values = FieldList(dropped=[Dropped(said, LIST_REASON)], items=1)
        return [Declare(owner, values, "need", clause.segment)]
    if (kept := _register_added(clause)) is not None:
        return [kept]
    declared = read_declaration(clause) or read_verbless(clause)
    if declared:
        return declared
    # "Venue: + parking info": items marked "+" are fields added, even one whose last word is
    # also a frame ("info"), never a thing named
    if (clause.text.lstrip().startswith("+") or clause.topic_sep == "+=") and (
        listed := read_list(clause)
    ):
        return list(listed)
    if (mention := read_mention(clause) or read_named(clause)) is not None:
        if _constraint_on_named(clause, mention):
            return [Constraint(clause.original, clause.segment)]
        if _activity_started(clause, mention):
            # "the owner wants to start billing for electricity": what the business starts
            # doing, a gerund alone, is the reason for the ask, not a thing kept
            return [Aside(clause.original, clause.segment, 0, clause.text)]
        if mention.weak and _WRITERS_OWN.match(clause.text):
            # "I run a tyre and exhaust place on the estate": the writer's own business, said
            # as background, is kept as a business rule as other talk around the ask is
            return [Aside(clause.original, clause.segment, 0, clause.text), mention]
        return [mention]
    if listed := read_list(clause):
        return list(listed)
    if (stated := _field_statement(clause)) is not None:
        return [stated]
    if (unmarked := _list_after_plural(clause)) is not None:
        return [unmarked]
    if is_constraint(clause.text):
        return [Constraint(clause.original, clause.segment)]
    words = len(_WORD.findall(clause.text))
    if _HEADING_ONLY.match(clause.text):
        return []  # "Requirements:" says nothing itself
    return [Unread(clause.original, clause.segment, words, clause.text)] if words else []


# "Each cell line belongs to one supplier (ATCC, ECACC and so on)", "Rename F to G on X (the
# panel found it unclear)": a parenthesis that closes a link or a change a reader knows is a
# remark on it (examples, who asked, why), as careful writers qualify what they ask
_CLOSING_PARENS = re.compile(r"^(?P<ask>[^()]+?)\s*\((?P<r>[^()]+)\)\s*[.!;]?$")
# what a closing parenthesis says when it is part of the ask: a state, a kind of link, a name
_PARENS_ASK = re.compile(
    r"\b(?:optional|required|mandatory|nullable|unique|default|blank|empty|null|yes/no"
    r"|true/false|y/n|renamed?|entity|table|field|fields|column|columns|attribute|attributes)\b"
    r"|\b(?:one|many|1|n|m)\s*(?:-|:|\s)\s*(?:to\s*-?\s*)?(?:one|many|1|n|m)\b"
)
# examples said as such ("ATCC, ECACC and so on", "e.g. a poster"): a list that is no fields
_EXAMPLES = re.compile(r"\b(?:and so on|etc|e\.?g\.?|for example|for instance|such as)\b")


def _closing_remark(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause read as no link and no change that is one once a closing parenthesis that
    remarks on it is set aside: that link or change, the parenthesis kept as an aside."""
    if any(isinstance(s, Relate) or _is_change(s) for s in found):
        return found
    m = _CLOSING_PARENS.match(clause.text)
    if m is None or len(m["r"].split()) < 2 or _PARENS_ASK.search(m["r"]):
        return found
    remark = m["r"]
    if type_phrase(remark) is not None or any(type_phrase(w) for w in remark.split()):
        return found
    if (
        "," in remark
        and not _EXAMPLES.search(remark)
        and all(len(item.split()) <= 3 for item in rx(r",|\band\b|\bor\b").split(remark))
    ):
        return found  # "(name, email and phone)": fields listed, never a remark
    bare = read_clause(replace(clause, text=m["ask"]))
    if not any(isinstance(s, Relate) or _is_change(s) for s in bare) or any(
        isinstance(s, Unread) for s in bare
    ):
        return found
    return [*bare, Aside(clause.original, clause.segment, words_of(remark), remark)]


# "Each invoice is linked to a single customer, as the auditors insist", "… because …": a
# reason said after a link (a clause opened by its conjunction), kept as talk
_REASON_AFTER_LINK = re.compile(
    r"^(?P<ask>.+?)(?:\s*[,;—–-]\s*|\s+)(?P<r>(?:because|since|so that|as)\s+(?:the|our|my|their"
    r"|we|they|i|you|he|she|it|per|otherwise|that|this|everyone|nobody)\b[^,;]*)[.!]?$"
)


def _closing_reason(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause read as nothing that is a link once the reason after it is set aside: that
    link, the reason kept as an aside (never a field, an entity or another link)."""
    if not found or not all(isinstance(s, Unread) for s in found):
        return found
    m = _REASON_AFTER_LINK.match(clause.text)
    if m is None or _LINK_WORDS_IN_REASON.search(m["r"]):
        return found
    bare = read_clause(replace(clause, text=m["ask"]))
    if not bare or not all(isinstance(s, Relate) for s in bare):
        return found
    return [*bare, Aside(clause.original, clause.segment, words_of(m["r"]), m["r"])]


# a reason that says a count or a link of its own is part of the ask, not talk around it
_LINK_WORDS_IN_REASON = re.compile(
    r"\b(?:one|many|several|multiple|single|each|every|belongs?|linked|related|relate|link)\b"
)


# "The lifeguards keep asking about this — pools should also have a depth": why, who asks,
# then a dash and the ask itself
_REASON_DASH = re.compile(r"^(?P<r>[^—–]+?)\s+[—–-]\s+(?P<ask>[^—–]+)$")


def _reason_before_dash(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause read as nothing whose words before a dash are a reason ("the drivers keep
    asking about it", "the council voted on it") and whose words after it read as a change:
    that change, the reason kept as a business rule."""
    if not found:
        return found
    m = _REASON_DASH.match(clause.text)
    if m is None:
        return found
    if not all(isinstance(s, Unread) for s in found):
        # "The locums are always in a rush between consults - the notes on Appointment should
        # be optional": how things are, said before the dash, is why; a change read over the
        # whole clause took a word of it for its thing ("Rush")
        if not _STATE_SAID.match(m["r"]) or rx(rf"\b(?:{_CHANGE_WORDS})\b").search(m["r"]):
            return found
        bare = read_clause(replace(clause, text=m["ask"]))
        owners = {o.name for s in bare if _is_change(s) and (o := _owner_of(s)) is not None}
        before = {o.name for s in found if (o := _owner_of(s)) is not None}
        if not owners or owners & before or not all(_is_change(s) for s in bare):
            return found
        return [*bare, Reason(clause.original, clause.segment, len(m["r"].split()))]
    if read_reason(replace(clause, text=m["r"], first=False)) is None:
        return found
    bare = read_clause(replace(clause, text=m["ask"]))
    if not any(_is_change(s) for s in bare) or any(isinstance(s, (Unread, Mention)) for s in bare):
        return found
    return [*bare, Reason(clause.original, clause.segment, len(m["r"].split()))]


# "the locums are in a rush", "our drivers were late": a subject and how it is (no change)
_STATE_SAID = re.compile(
    r"^(?:(?:the|our|my|their|some|most|all)\s+)?[a-z-]+(?:\s[a-z-]+)?\s+(?:is|are|was|were)\s"
)
_CHANGE_WORDS = (
    r"add|remove|delete|drop|rename|change|make|optional|required|mandatory|renamed|removed"
)


def _owner_of(statement: Statement) -> Noun | None:
    """The thing a change is made to, whatever kind of change it is."""
    return getattr(statement, "entity", None)


# "A crew can work many shifts and a shift has several crews": one link said from both ends;
# "… - please connect crews and shifts (that way)": the link asked for after that description
_BOTH_WAYS_TAIL = re.compile(
    r"^(?P<said>.+?)\s+[-—–]\s+(?P<ask>.+?)(?:\s+(?:that way|like that))?$"
)
# each cut reads both halves again: a link said both ways has a few "and"s, and a long run of
# them read cut by cut took minutes (quadratic in the request's length)
_BOTH_WAYS_CUTS = 4
_BOTH_WAYS_AND = re.compile(r",?\s+and\s+(?!(?:the|a|an|each|every|one)\s+[a-z]+\s*$)")


def _one_relate(clause: Clause, text: str) -> Relate | None:
    found = read_clause(replace(clause, text=text))
    return found[0] if len(found) == 1 and isinstance(found[0], Relate) else None


def _same_pair(a: Relate, b: Relate) -> bool:
    """Both name the same two things, in either order ("storage units" may come back as
    "units": a name that ends the other is the same thing)."""
    if a.owner is None or b.owner is None:
        return False
    ends = lambda x, y: x.name.endswith(y.name) or y.name.endswith(x.name)  # noqa: E731
    return (ends(a.owner, b.owner) and ends(a.target, b.target)) or (
        ends(a.owner, b.target) and ends(a.target, b.owner)
    )


def _both_ways(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause read as nothing that says one link from both of its ends ("recipes use many
    ingredients and ingredients show up in many recipes"), maybe with the ask to link them
    after a dash: that link, many to many unless one end says "one"."""
    if not found:
        return found
    if not all(isinstance(s, Unread) for s in found):
        return _mirrored_link(clause, found)
    text, ask = clause.text, None
    if (tail := _BOTH_WAYS_TAIL.match(text)) is not None:
        ask = _one_relate(clause, tail["ask"])
        if ask is None or not ask.symmetric:
            return found
        text = tail["said"]
    cuts = list(_BOTH_WAYS_AND.finditer(text))
    if len(cuts) > _BOTH_WAYS_CUTS:
        return found  # a long run of "and"s is no link said from its two ends
    for cut in cuts:
        one = _one_relate(clause, text[: cut.start()])
        if one is None:
            continue
        other = _one_relate(clause, text[cut.end() :])
        if other is None and ask is None:
            continue
        if other is not None and not _same_pair(one, other):
            continue
        if ask is not None and not _same_pair(one, ask):
            continue
        if other is not None and ask is None:
            if not (one.owner and other.owner and one.owner.name != other.owner.name):
                continue  # "crews work shifts and crews eat meals": two links of one thing
            singles = [r for r in (one, other) if r.kind == "many_to_one"]
            if len(singles) == 2:
                continue  # one to one: asked about
            if singles:
                return [replace(singles[0], stated=True)]
        link = ask or one
        return [replace(link, kind="many_to_many", stated=True, symmetric=True)]
    return found


def _mirrored(a: str, b: str) -> bool:
    """Each half opens with a thing the other half names ("campers attend activities" and
    "activities have campers"): cheap to tell, before the halves are read again."""
    words_a, words_b = _WORD.findall(a), _WORD.findall(b)
    lead = lambda ws: next((w for w in ws if w not in _MIRROR_SKIP), "")  # noqa: E731
    first_a, first_b = lead(words_a), lead(words_b)
    stems_a, stems_b = {singular(w) for w in words_a}, {singular(w) for w in words_b}
    return bool(first_a and first_b) and (
        singular(first_b) in stems_a - {singular(first_a)}
        and singular(first_a) in stems_b - {singular(first_b)}
    )


_MIRROR_SKIP = frozenset("our my the their each every a an one and so".split())


# a count of more than one said of a link's target (closed class)
_MANY_WORD = re.compile(r"\b(?:many|several|multiple|lots of|loads of|more than one)\b")


def _mirrored_halves(
    clause: Clause, fits: Callable[[str, str], bool] = lambda head, tail: True
) -> Iterator[tuple[Relate, Relate]]:
    """The links read from the two halves of a clause cut at an "and", each from its own end
    between the same two things ("campers go to activities" / "activities have campers"), for
    each cut whose halves `fits` (a cheap check before the halves are read again)."""
    cuts = list(_BOTH_WAYS_AND.finditer(clause.text))
    if len(cuts) > _BOTH_WAYS_CUTS:
        return
    for cut in cuts:
        head, tail = clause.text[: cut.start()], clause.text[cut.end() :]
        if not (fits(head, tail) and _mirrored(head, tail)):
            continue
        one, other = _one_relate(clause, head), _one_relate(clause, tail)
        if one is None or other is None or not _same_pair(one, other):
            continue
        if one.owner and other.owner and one.owner.name != other.owner.name:
            yield one, other


def _many_at_both_ends(clause: Clause, found: list[Statement]) -> list[Statement] | None:
    """ "one cleaner can do many houses and one house can have many cleaners": each half says
    "one … many" from its own end, so each end has many of the other: many to many (rule 4's
    "the side that says one holds it" read only the first half, a many-to-one)."""
    if len(found) != 1 or not isinstance(found[0], Relate) or found[0].kind != "many_to_one":
        return None
    both_many = lambda head, tail: bool(_MANY_WORD.search(head) and _MANY_WORD.search(tail))  # noqa: E731
    for one, other in _mirrored_halves(clause, both_many):
        if one.kind == other.kind == "many_to_one":
            # (held by the first half's subject, the "one" that does many: its target)
            first = replace(one, owner=one.target, target=one.owner)
            return [replace(first, kind="many_to_many", stated=True, symmetric=True)]
    return None


def _mirrored_link(clause: Clause, found: list[Statement]) -> list[Statement]:
    """ "campers go to activities and activities have campers", "patients see several doctors
    and doctors see loads of patients": one link said from both ends, which another reader
    took for a thing with fields (a "CampersGo" with a count of campers). Both halves must
    read as links between the same two things, each from its own end; a reading that has a
    link already is left as it is."""
    if (both := _many_at_both_ends(clause, found)) is not None:
        return both
    if any(isinstance(s, Relate) for s in found) or len(found) > 3:
        return found
    for one, other in _mirrored_halves(clause):
        singles = [r for r in (one, other) if r.kind == "many_to_one"]
        if len(singles) == 2:
            continue  # one to one: asked about
        if singles:
            return [replace(singles[0], stated=True)]
        return [replace(one, kind="many_to_many", stated=True, symmetric=True)]
    return found


# "For the open day (held each June, hence the rush) please create …", "On the Sample entity
# (the tubes in freezer B) add …": a parenthesis after the opening that sets the scene, before
# the ask itself, remarks on that scene
_OPENING_PARENS = re.compile(
    r"^(?P<a>(?:for|on|in|to|from|regarding|about)\s[^()]+?)\s*\((?P<r>[^()]+)\)\s*,?\s*"
    r"(?P<b>(?:please\s+)?(?:create|add|remove|delete|drop|rename|make|change|set up|build)\b.*)$",
    re.I,
)


def _opening_remark(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause no reader understood that reads once the remark in parentheses after its
    opening is set aside: that reading, the parenthesis kept as an aside."""
    if not found or not all(isinstance(s, Unread) for s in found):
        return found
    m = _OPENING_PARENS.match(clause.original.strip())
    if m is None or len(m["r"].split()) < 2 or _PARENS_ASK.search(m["r"].lower()):
        return found
    remark = m["r"]
    if type_phrase(remark) is not None or any(type_phrase(w) for w in remark.split()):
        return found
    bare = [s for c in clauses_of(f"{m['a']} {m['b']}", clause.segment) for s in read_clause(c)]
    if not bare or any(isinstance(s, (Unread, Mention)) for s in bare):
        return found
    return [*bare, Aside(clause.original, clause.segment, words_of(remark), remark)]


def _practice_thing_said_again(reading: Reading) -> None:
    """ "Tests: name, department. A test needs one tube type.", "Each test belongs to one
    specimen. A test has a code and an outcome.": once the request reads a practice word as a
    thing (a link's end, or the thing of a list of fields), a sentence that says what that
    same thing has or is linked to is about it too, not about how to build; read it so, when
    it reads whole as fields or links of that thing ("tests must pass" stays how to build)."""
    said: list[Noun] = []
    for s in reading.statements:
        if isinstance(s, Relate):
            said.extend(n for n in (s.owner, s.target) if n is not None)
        elif isinstance(s, Declare) and s.entity is not None and s.fields.attributes:
            said.append(s.entity)
    things = {n.name for n in said if {singular(w) for w in n.words} & PRACTICE_WORDS}
    named = _practice_named_entity(reading.text)
    things |= named
    if not things:
        return
    declared = {
        s.entity.name.lower(): s.entity
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None
    }
    out: list[Statement] = []
    for s in reading.statements:
        found = (
            _practice_thing_read(s, things, declared, named) if isinstance(s, Constraint) else None
        )
        out.extend(found if found is not None else [s])
    reading.statements = out


# "Create Test and Lab entities", "the Test entity": a name written with its capital in the
# sentence that marks it an entity
_NAMED_AS_ENTITY = re.compile(
    r"(?<=[a-z,] )(?P<n>[A-Z][a-z]+)\b(?=[^.!?\n]*?\b(?:entity|entities|tables?|models?)\b)"
)


def _practice_named_entity(text: str) -> set[str]:
    """The practice words ("Test") a request names as entities with their capital ("Create
    Test and Lab entities"): "A test has a code" is then that thing's list."""
    return {
        noun.name
        for m in _NAMED_AS_ENTITY.finditer(text)
        if singular(m["n"].lower()) in PRACTICE_WORDS
        for noun in [read_noun(m["n"].lower())]
        if noun is not None
    }


def _practice_thing_read(
    said: Constraint, things: set[str], declared: dict[str, Noun], named: set[str] | None = None
) -> list[Statement] | None:
    """The statements of a practice line about `things` only, or None (see above); a single
    "field" said with "one" that names a thing `declared` ("a test needs one tube type") is a
    link to it. A thing the request `named` an entity keeps any fields said of it ("A test has
    a code": "code" is no word of building there)."""
    if _constraint_said(_practice_text(said.text)):
        return None
    found: list[Statement] = []
    for clause in clauses_of(said.text, said.segment):
        for statement in _read_reworded(clause, practice=False):
            if isinstance(statement, Relate):
                ends = {n.name for n in (statement.owner, statement.target) if n is not None}
                if not ends & things:
                    return None
            elif isinstance(statement, Declare):
                if statement.entity is None or statement.entity.name not in things:
                    return None
                if not statement.fields.attributes:
                    return None
                if len(statement.fields.attributes) == 1:
                    # ("needs exactly one ward" may keep its count in the name read)
                    name = rx(r"^(?:exactly_one|a_single|single|one)_").sub(
                        "", statement.fields.attributes[0].name
                    )
                    target = declared.get(name.replace("_", ""))
                    counted = rf"\b(?:one|a single|exactly one)\s+{name.replace('_', ' ')}\b"
                    if target is not None and rx(counted).search(clause.text):
                        owner = statement.entity
                        found.append(Relate(owner, target, "many_to_one", True, said.segment))
                        continue
                if not _fields_of_a_thing(statement.fields) and (
                    statement.entity.name not in (named or ()) or statement.fields.dropped
                ):
                    return None
            else:
                return None
            found.append(statement)
    return found or None


def _kinds_under_practice_topic(clause: Clause) -> bool:
    """ "Tests: unit and integration", "Deployment: docker, nginx": kinds or tools listed under
    a practice word, where "docs: title, author" and "soil tests: F, G" list a thing's fields."""
    if not (clause.topic and clause.topic_sep == ":") or is_practice(clause.text):
        return False
    if not is_practice(f"{clause.topic}: {clause.text}"):
        return False
    found = _read_reworded(clause, practice=False)
    topic_words = set(_WORD.findall(clause.topic))
    if any(
        isinstance(s, Rename) and s.entity is not None and not set(s.entity.words) <= topic_words
        for s in found
    ):
        return False  # "Naming thing: rename the url field on Hook to target url": the ask
    return not any(isinstance(s, Declare) and _fields_of_a_thing(s.fields) for s in found)


# the items of a short list under a heading: split at commas, "and", "&" and slashes
_LIST_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\+|\bwith\b)\s*")


_TOPIC_JOINERS = frozenset("also and plus oh then finally lastly for".split())


def _tools_under_project_topic(clause: Clause) -> bool:
    """ "Migrations: alembic, versioned", "Backups (nightly, encrypted)", "Logging: structured,
    json": a heading of the project over short items, one of them a tool or a quality of the
    build, says how to build, not a thing with fields ("Migrations: route, season" keeps bird
    migrations, "Deployments: environment, version" a record of deploys)."""
    if not (clause.topic and clause.topic_sep in (":", "parens")):
        return False
    # ("Also migrations: …", "And finally backups: …": the words that join it on name nothing)
    topic = [w for w in _WORD.findall(clause.topic.lower()) if w not in _TOPIC_JOINERS]
    if not topic or not set(topic) <= PRACTICE_WORDS | PROJECT_TOPICS | TECH_WORDS:
        return False
    items = [i.strip(" .!") for i in _LIST_ITEM_SPLIT.split(clause.text.lower()) if i.strip(" .!")]
    if not items or any(len(i.split()) > 3 for i in items):
        return False
    words = {w for i in items for w in rx(r"[a-z0-9][a-z0-9/-]*").findall(i)}
    return bool(words & BUILD_VALUES)


def _practice_noun_as_thing(clause: Clause) -> list[Statement] | None:
    """ "Each germination test belongs to one sample", "add a badge time to Convention",
    "Drop the GerminationTest entity": a practice noun that names an end of a relationship,
    a thing with its fields, or the named owner of a change is that thing, not how to build
    ("write integration tests", "remove the tests that cover X" stay how to build)."""
    topic = f"{clause.topic}: " if clause.topic and clause.topic_sep == ":" else ""
    low = _practice_text(topic + clause.text)
    practice = set(_words_of(low) & PRACTICE_WORDS)
    if not practice or _constraint_said(low):
        return None  # "tests must pass", "no data loss during migration": how to build
    found = _read_reworded(clause, practice=False)
    named: set[str] = set()
    for statement in found:
        if isinstance(statement, Relate):
            # "each panel belongs to one convention"; not "the test suite runs in CI", "each
            # test belongs to one test suite" (a practice word modifying, or at both ends)
            ends = [statement.owner, statement.target]
            # "each test booking belongs to one car": a practice word before a noun of the
            # business at one end names a kind of that thing, as it does heading fields
            if sum(_holds_practice(n) for n in ends) != 1 or not any(
                _kind_of_thing(n, bare=True) or _practice_kind_linked(n) for n in ends
            ):
                return None
        elif isinstance(statement, Declare) and _fields_of_a_thing(statement.fields):
            if statement.fields.attributes[0].name.split("_")[0] in _WHAT_IT_COVERS:
                # (mf64) "Tests for joining and leaving": what the tests are for, said as a
                # list after "for", is no list of fields (it read a thing TestItem)
                return None
            noun = statement.entity
            listed = (
                _kind_of_thing(noun)
                or _bare_thing_listed(noun, clause)
                or _practice_kind(noun)
                or _kept_practice_events(noun, clause)
            )
            ends = [noun] if listed or _written_as_name(noun, clause) else []
            for a in statement.fields.attributes:
                # "testing centre", "deployment zone": a practice word before a field's head
                # noun is part of the field's name (not "tests included", "tests for member")
                parts = _practice_text(a.name.replace("_", " ")).split()
                if parts and not set(parts) & _NAME_GLUE and is_noun(parts[-1]) is not False:
                    named.update(parts[:-1])
                elif len(parts) == 2 and parts[1] in ("by", "at", "on"):
                    named.add(parts[0])  # "tested by", "tested on": who did it, when, a field
                elif len(parts) == 2 and parts[1] in _PICKED:
                    named.add(parts[0])  # "test requested": which test was asked for, a field
        elif isinstance(statement, (Declare, Mention, Remove, Modify, Rename)):
            if isinstance(statement, Declare) and any(
                a.name in BUILD_VALUES | _BUILD_QUALITIES for a in statement.fields.attributes
            ):
                return None  # "run backups with restic and cron": what they are made with
            noun = statement.entity
            said = _written_as_name(noun, clause) or (
                # "nightly backups of the data": backups with no fields of their own are made
                _kind_of_thing(noun)
                and noun is not None
                and (noun.words[-1] != "backups" or _with_fields(statement))
            )
            ends = [noun] if said else []
            if isinstance(statement, Rename) and statement.of_entity:
                # "Rename Stage to DeployTarget": the new name, written as one, is a thing's
                new = read_noun(rx(r"(?<=[a-z])(?=[A-Z])").sub(" ", statement.new).lower())
                ends += [new] if _written_as_name(new, clause) else []
            if isinstance(statement, Rename) and said and not statement.of_entity:
                # "rename url to endpoint url on Hook", "… to be called usual shift": the names
                # of a field renamed on a named thing are names, whatever their words
                named.update(rx(r"[_\s]+").split(f"{statement.old} {statement.new}".lower()))
            # "call the Lodging entity Stay", "add a towel fee to Stay": a name written as one
            # is a thing's whatever its words ("stay" is also data that must stay)
            named.update(
                w
                for noun in ends
                if noun is not None and _written_as_name(noun, clause)
                for w in noun.words
            )
        else:
            return None  # an unread rest: nothing says it is a thing
        named.update(
            w for noun in ends if noun is not None for w in noun.words if w in _THING_PRACTICE
        )
    return found if found and practice <= named else None


# what a practice noun covers, said after it before a list ("tests for X and Y", "tests of …")
_WHAT_IT_COVERS = frozenset("for of on about covering".split())


def _with_fields(statement: Statement) -> bool:
    """Two fields or more said of the thing ("… backups with controller name, data, …")."""
    return isinstance(statement, Declare) and len(statement.fields.attributes) >= 2


_NAME_GLUE = frozenset("for of to with on in by from and or".split())

# "…, test requested, …", "…, test ordered, …": a practice noun and the participle of what was
# asked for names which one was picked, a field ("tests passed" counts, "tests included" does
# not pick one)
_PICKED = frozenset("requested ordered booked chosen selected scheduled assigned".split())


# Words for a change of the app that also end links ("each release should include migrations")
_RELEASE_WORDS = frozenset("release releases version versions".split())


def _holds_practice(noun: Noun | None) -> bool:
    building = PRACTICE_WORDS | TECH_WORDS | _RELEASE_WORDS
    return noun is not None and bool(set(noun.words) & building)


def _bare_thing_listed(noun: Noun | None, clause: Clause) -> bool:
    """ "Conventions: name, city", "track conventions with F, G": a bare practice noun that
    heads the list or is what is tracked; "write tests with F, G" is about the code."""
    if noun is None or len(noun.words) != 1 or noun.words[0] not in _THING_PRACTICE:
        return False
    word = noun.words[0]
    if clause.topic and clause.topic_sep == ":" and clause.topic.split()[-1] == word:
        return True
    lead = rf"^(?:please\s+)?(?:(?:{MANAGE_VERBS})\s+)?(?:(?:the|our|my|all)\s+)?{word}\b"
    if re.match(lead, clause.text) is not None:
        return True
    # "create a deploy tracker with F, G", "a convention log: F, G": what a list-keeping frame
    # keeps ("a test database" is a database for testing, no record of tests)
    kept = "|".join(sorted(SOFT_FRAMES))
    lead = (
        rf"^(?:please\s+)?(?:(?:{MANAGE_VERBS}|{CREATE_VERBS})\s+)?(?:(?:a|an|the|our|my)\s+)?"
        rf"{word}\s+(?:{kept})\b"
    )
    return re.match(lead, clause.text) is not None


# what keeps records right before a thing's words: a keeping verb ("log test runs …") or a
# list-keeping frame and "of" ("a register of load tests …", "a proper record of deploys: …")
_KEPT_BEFORE = re.compile(
    rf"(?:^|\s)(?:(?:please\s+)?(?:{MANAGE_VERBS})|(?:{'|'.join(sorted(SOFT_FRAMES))})\s+of)$"
)
_DETERMINERS_END = re.compile(r"(?:\s+(?:the|our|my|all|a|an|every|each|proper))+$")
# heads of a practice phrase that are code or its setting, never events kept ("test data",
# "deploy scripts", "test coverage"); a run, a job, a case of a test happens and is recorded
_EVENT_HEADS = frozenset("run runs job jobs case cases".split())
# What an upgrade is done to, a made thing kept by the business ("system upgrades", "firmware
# upgrades"). Backups and migrations are left out, and "database" and "server" too: "Track
# database backups with size, taken at and checksum", "Track server backups with host name, …"
# are how the app's own data is kept safe, asked (test_recognizer_none50)
_MADE_SYSTEMS = frozenset("system systems software firmware".split())
_UPGRADES = frozenset("upgrade upgrades".split())


def _kept_practice_events(noun: Noun | None, clause: Clause) -> bool:
    """ "log test runs with F, G", "a register of load tests with F, G", "a record of deploys:
    F, G": a practice noun phrase kept by a keeping verb or in a keeping frame is a record of
    those events, with the fields listed ("write unit tests with …", "build the deploy
    pipeline", "a test database" stay about building)."""
    if noun is None or not set(noun.words) & _THING_PRACTICE or len(noun.words) > 2:
        return False
    head = noun.words[-1]
    building = TECH_WORDS | FRAME_NOUNS | FILLER | (_CODE_HEADS - _EVENT_HEADS)
    modifiers = set(noun.words[:-1])
    if len(noun.words) == 2 and noun.words[0] in _MADE_SYSTEMS and head in _UPGRADES:
        # (ly62) "log system upgrades with version, date and engineer", "record software
        # upgrades with …": the system is what was upgraded, part of the thing's name
        # (SystemUpgrade), as "system outages" are (only here: kept by a verb of keeping, with
        # fields of their own)
        modifiers = set()
    if modifiers & building or head in building or singular(head) in building:
        return False
    said = " ".join(noun.words)
    at = clause.text.find(f" {said}")
    if at < 0:
        return False
    before = _DETERMINERS_END.sub("", clause.text[:at])
    return _KEPT_BEFORE.search(before) is not None


def _kind_of_thing(noun: Noun | None, bare: bool = False) -> bool:
    """ "fan conventions", "driving tests", "chlorine residual tests": a practice noun after a
    noun of the business is a kind of thing; "unit tests", "api tests" are kinds of code.
    `bare`: the practice noun alone counts too ("each panel belongs to one convention")."""
    if noun is None or len(noun.words) < (1 if bare else 2):
        return False
    if noun.words[-1] not in _THING_PRACTICE:
        return False
    building = _TEST_KINDS | TECH_WORDS | PRACTICE_WORDS | FRAME_NOUNS | FILLER
    return not set(noun.words[:-1]) & building


def _practice_kind(noun: Noun | None) -> bool:
    """ "deploy freezes", "migration windows" with fields of their own: a practice word before
    a noun of the business names a kind of that thing ("test suites", "deploy scripts" stay
    about building: their head is a word of building or of code)."""
    if noun is None or len(noun.words) < 2 or noun.words[-2] not in _THING_PRACTICE:
        return False
    head = noun.words[-1]
    building = _TEST_KINDS | TECH_WORDS | PRACTICE_WORDS | FRAME_NOUNS | FILLER | _CODE_HEADS
    return head not in building and singular(head) not in building and is_noun(head) is True


# Heads that name what is set up to try the code on ("a test user", "a deploy machine"): a
# practice word before one is about building, even at a link's end
_RIG_HEADS = frozenset(
    """user users account accounts login logins environment environments machine machines
    instance instances fixture fixtures build builds branch branches""".split()
)


def _practice_kind_linked(noun: Noun | None) -> bool:
    """ "each test booking belongs to one car": a kind of a thing at a link's end, as
    `_practice_kind` reads one heading fields; "each test user belongs to one tenant" is a
    fixture of the code and stays how to build."""
    return _practice_kind(noun) and noun is not None and noun.words[-1] not in _RIG_HEADS


# Heads that are code or its parts: "deploy scripts", "test suites", "migration files"
_CODE_HEADS = frozenset(
    """script scripts suite suites file files step steps job jobs pipeline pipelines config
    configs case cases run runs plan plans coverage data environment environments""".split()
)


# Kinds of software tests and practices: "Tests: unit, integration" lists kinds, not a test's
# fields; "unit tests", "coding standards", "naming conventions" are about the code
_TEST_KINDS = frozenset(
    """unit integration e2e end-to-end smoke regression load acceptance functional performance
    security snapshot contract stress manual automated property mutation fuzz component visual
    golden browser happy path more new extra additional proper good coding code naming style
    programming design python""".split()
)


# What a build step is done with, not a record's value ("keep backups with encryption and
# compression", "run backups with restic and cron" say how backups are made)
_BUILD_QUALITIES = frozenset(
    """encryption compression retention rotation replication deduplication verification
    scheduling restic rclone borg rsync pg_dump mysqldump""".split()
)


def _fields_of_a_thing(fields: FieldList) -> bool:
    """Two fields or more, none of them a word of building ("tests: unit, api", "modules:
    models, routes") nor ending in one ("unit tests")."""
    whole = (
        PRACTICE_WORDS | TECH_WORDS | HARD_FRAMES | _TEST_KINDS | BUILD_VALUES | _BUILD_QUALITIES
    )
    heads = PRACTICE_WORDS | TECH_WORDS
    for a in fields.attributes:
        parts = _practice_text(a.name.replace("_", " ")).split() or [a.name]
        if a.type is AttrType.BOOL and len(parts) > 1 and parts[-1].endswith("ed"):
            continue  # "is_mycoplasma_tested": whether it was done to the thing, a field of it
        if a.name in whole or parts[-1] in heads:
            return False
    return len(fields.attributes) >= 2


def _written_as_name(noun: Noun | None, clause: Clause) -> bool:
    """ "GerminationTest entity", "… to Convention": said as an entity, or capitalised past the
    first word of the sentence (a name, where "Tests must pass" is only a sentence's start)."""
    if noun is None:
        return False
    if noun.explicit:
        return True
    said = r"\s+".join(re.escape(w.capitalize()) for w in noun.words)
    if re.search(rf"(?<=\s){said}\b", clause.original) is not None:
        return True
    # "Deploy -= status", "Deploy += notes": a capitalised name that opens a terse change
    return re.match(rf"\s*{said}\s*(?:[-+]=)", clause.original) is not None


# "call sign: string": a name, a colon, then only a type (and its marker) declares a field; a
# command word that opens the name ("call", "drop", "move") is part of the name, never the ask
_NAME_COLON_TYPE = re.compile(
    r"^[a-z][a-z' -]{0,40}:\s*(?:"
    + TYPE_ALTERNATION
    + r")(?:\s*[,(]?\s*(?:optional|required|nullable)\)?)?\s*$"
)


_FIELD_STATEMENT = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?P<f>[a-z][a-z -]{0,30}?)\s+(?:field\s+)?(?:is|are)\s+"
    r"(?:an?\s+)?(?P<req>optional|required|mandatory|nullable)?\s*(?:,\s*)?(?:free(?:-form)?\s+)?"
    r"(?P<type>[a-z/ ]{2,20}?)(?:\s+field)?$"
)


_OTHERS = re.compile(
    r"\b(?:everything|anything|else|rest|other|others|remaining|all|both|each|every|it|that|this"
    r"|they|these|those|one|ones|which|what|there)\b"
)


# Words that make what follows a plural a sentence, not a list of field names ("my customers
# have a name and a phone": the plural's verb, its list read by the sentence's own reader)
_SENTENCE_WORDS = frozenset(
    """in into it its is are was were be been she he we i you they them her his their
    our my me us that this so but or if when because there here lot lots have has had""".split()
)


def _list_after_plural(clause: Clause) -> Declare | None:
    """ "tiffin customers name address phone and veg yes/no": a plural is the head of its
    phrase, so an unpunctuated list right after it, ended by "and", lists its fields (the
    "with" left out, as in a hurried or second-language request)."""
    text = clause.text
    if rx(r"\b(?:with|having|including)\b|[:;(]").search(text) or " and " not in text:
        return None
    words = text.split()
    for at, word in enumerate(words[:-3]):
        if len(word) < 4 or singular(word) == word or word in PLURAL_FIELDS:
            continue
        if set(words[at + 1 :]) & _SENTENCE_WORDS:
            return None  # "my sister teaches piano and she …": a verb, then a sentence
        said = f"{' '.join(words[: at + 1])} with {' '.join(words[at + 1 :])}"
        read = read_declaration(replace(clause, text=said)) or read_verbless(
            replace(clause, text=said)
        )
        declared = [s for s in read if isinstance(s, Declare) and s.entity is not None]
        if (
            len(read) == 1
            and declared
            and len(declared[0].fields.attributes) >= 2
            and not declared[0].fields.dropped
        ):
            return declared[0]
        return None  # only the first plural heads the list
    return None


def _field_statement(clause: Clause) -> Declare | None:
    """ "Provenance is optional free text.", "Due date is a date": a sentence of a document
    that declares one field by its name and type, for the entity in context."""
    m = _FIELD_STATEMENT.match(clause.text)
    if m is None or type_phrase(m["type"]) is None or _OTHERS.search(m["f"]):
        return None  # "Everything else is text", "It is a date": no field of its own
    annotation = ", ".join(
        p for p in (m["type"], "optional" if m["req"] in ("optional", "nullable") else "") if p
    )
    fields = read_fields(f"{m['f']} ({annotation})")
    if len(fields.attributes) != 1 or fields.dropped:
        return None
    return Declare(None, fields, "either", clause.segment)


# "Notes may be recorded against a sample (optional).", "A photo can be stored for each tent":
# a document's line that allows one value per thing declares an optional field of that thing
_MAY_BE_KEPT = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<f>[a-z][a-z -]{0,30}?)\s+(?:may|can)\s+(?:also\s+)?be\s+"
    r"(?:recorded|stored|kept|noted|logged|attached|added)\s+(?:against|for|on|to|with)\s+"
    r"(?:an?|each|every|any|the)\s+(?P<x>[a-z][a-z -]{0,30}?)\s*(?:\(optional\))?\s*\.?$"
)


# "Use SQLite for now, …", "use MySQL in dev, …": a line telling which product to build with
# (a name in capitals after "use"; "use by date" is a field)
_USE_PRODUCT = re.compile(r"^(?i:please\s+)?(?i:use)\s+[A-Z][A-Za-z0-9]")


# "The club needs a register of members.", "The company needs a roster of dancers.": a group
# of people that needs a list of things asks for the things, as "we need a register of …" does
# (never "The order needs a list of items", where the list is the order's)
_GROUP_NEEDS_LIST = re.compile(
    rf"^(?:the|our)\s+(?P<who>[a-z][a-z-]*)\s+needs\s+(?P<rest>(?:a|an)\s+"
    rf"(?:{'|'.join(sorted(SOFT_FRAMES))})\s+of\s+[a-z].*)$",
    re.I,
)


def _group_needs_list(text: str) -> str:
    """ "we need a register of members" for "The club needs a register of members", else the
    text as it is."""
    m = _GROUP_NEEDS_LIST.match(text.strip())
    if m is None or first_sense(m["who"].lower()) != "noun.group":
        return text
    return f"We need {m['rest']}"


def _may_be_kept(text: str, segment: int) -> Declare | None:
    """The optional field a line allows a thing (see `_MAY_BE_KEPT`), or None."""
    m = _MAY_BE_KEPT.match(simplify(text))
    if m is None or (noun := read_noun(m["x"])) is None:
        return None
    fields = read_fields(f"{m['f']} (optional)")
    if len(fields.attributes) != 1 or fields.dropped:
        return None
    return Declare(noun, fields, "either", segment)


# "Following the review, the following personal data is no longer required.": a sentence whose
# subject is "the following …" points at the list the document gives next; it names nothing
_POINTS_FORWARD = re.compile(
    r"^(?:[^,:]*,\s*)?the following\s+(?:[a-z-]+\s+){0,3}?(?:is|are|was|were|will|shall|must"
    r"|should|has|have)\b[^:]*$",
    re.I,
)


# A requirement document's own details, each on a line of its label: who it is for or from
# (never a thing with fields), who takes part (unless a field's word is listed), its state
_DOCUMENT_PEOPLE = re.compile(
    r"^(?:stakeholders?|audience|personas?|target\s+(?:users?|audience|group)|intended\s+users"
    r"|(?:prepared|requested|raised|reported|submitted|approved|signed\s+off|written)\s+by"
    r"|assigned\s+to|assignee|reporter|sprint|milestone|story\s+points)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_DOCUMENT_ROLES = re.compile(
    r"^(?:authors?|reviewers?|approvers?|sponsors?|actors?|owners?|users?\s+roles?|roles?)"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_DOCUMENT_STATE = re.compile(
    r"^(?:priority|severity|status|version|type|issue\s+type)\s*:\s*(?:high|medium|low"
    r"|critical|urgent|normal|major|minor|blocker|trivial|p[0-4]|draft|final|approved|open"
    r"|in\s+progress|in\s+review|to\s*do|new|ready|v?\d{1,3}(?:\.\d{1,3}){0,2}|bug|feature"
    r"|story|user\s+story|task|improvement|enhancement|change(?:\s+request)?)\s*[.!]?$",
    re.I,
)
# a field's own word among the items after a label of roles ("Reviewers: name, email")
_FIELD_SAID = re.compile(
    r"\b(?:name|email|e-mail|phone|mobile|address|date|id|number|code|title|type|status|notes?"
    r"|description|rating|score|price|fee|count|age|text|string|int|integer|bool|boolean"
    r"|decimal|float|flag|yes/no)\b",
    re.I,
)


def _is_document_detail(line: str) -> bool:
    """ "Stakeholders: quarry manager, shotfirers", "Reviewers: ops team", "Status: draft":
    a document's details on a line of their own, naming no thing the system keeps."""
    if "\n" in line or len(line) > 120:
        return False
    if _DOCUMENT_STATE.match(line):
        return True
    m = _DOCUMENT_PEOPLE.match(line) or _DOCUMENT_ROLES.match(line)
    if m is None or _FIELD_SAID.search(m["rest"]) or "(" in m["rest"]:
        return False
    if _DOCUMENT_PEOPLE.match(line):
        return True
    # "Reviewers: ops team, safety officer": roles list people; "Sponsors: company, amount,
    # tier" lists a thing's fields
    items = [i.split() for i in rx(r"\s*(?:[,;/&]|\band\b)\s*").split(m["rest"].lower())]
    senses = [first_sense(singular(i[-1].strip(".!"))) for i in items if i]
    return any(s in _PEOPLE_SENSES for s in senses) and all(
        s is None or s in _PEOPLE_SENSES for s in senses
    )


_PEOPLE_SENSES = frozenset(("noun.person", "noun.group"))


_BACKGROUND_LABEL = re.compile(
    r"^(?:background|context|current situation|current process|as[- ]is|today)\s*:\s*(?P<rest>.+)$",
    re.I,
)


# "Crates (code), shelves (label) and vans (plate)", "Create Invoice (number) and Customer
# (name)": things, each with its own parenthesis, and nothing else said
_GROUP_ITEM = r"[A-Za-z][a-z]*(?:\s[A-Za-z][a-z]*){0,2}\s*\([^()]+\)"
_GROUPS_VERB = re.compile(
    r"^\s*(?i:create|make|build|set\s+up|track|manage|keep\s+track\s+of|record|log|store"
    r"|(?:we|i)\s+(?:need|want))\s+"
)
_THINGS_WITH_GROUPS = re.compile(
    rf"^\s*(?P<items>{_GROUP_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_GROUP_ITEM})+)"
    r"\s*[.!]?\s*$"
)
_ONE_GROUP = re.compile(
    r"(?<![A-Za-z])(?P<h>(?!(?:and|or)\s)[A-Za-z][a-z]*(?:\s[A-Za-z][a-z]*){0,2})\s*\((?P<f>[^()]+)\)"
)


def _things_each_with_group(seg: Segment) -> list[Statement] | None:
    """ "Crates (code), shelves (label) and vans (plate)": two things or more, each followed
    by a parenthesis of its own, are each a thing with that list, also when it holds one field
    ("Create Invoice (number) and Customer (name)": a name written as one after a create verb
    makes "(number)" a field, not a type). Without a name or a create verb the items must be
    plural things and each parenthesis a field's usual word ("weight (kg), notes (optional)"
    annotates fields)."""
    verb = _GROUPS_VERB.match(seg.text)
    m = _THINGS_WITH_GROUPS.match(seg.text[verb.end() :] if verb else seg.text)
    if m is None:
        return None
    out: list[Statement] = []
    fielded = False
    for item in _ONE_GROUP.finditer(m["items"]):
        head, inner = item["h"], item["f"].strip()
        words = head.lower().split()
        if rx(rf"(?:{COMMAND_VERBS}|{CHANGE_VERBS})\b").match(head.lower()) or any(
            (is_verb(w) and not is_noun(w)) or w in FUNCTION_WORDS for w in words[:-1]
        ):
            return None  # "Track products (…)", "Please remove Crates (…)": an ask, no name
        named = head[0].isupper() and (verb is not None or item.start() > 0)
        plural = singular(words[-1]) != words[-1] and words[-1] not in PLURAL_FIELDS
        noun = read_noun(head.lower())
        fields = read_fields(inner)
        if noun is None or not fields.attributes or fields.dropped or not (named or plural):
            return None
        note = type_phrase(inner) is not None or annotates_one(inner)
        usual = all(
            a.name.split("_")[-1] in FIELD_HINTS or names_a_value(a.name.split("_")[-1])
            for a in fields.attributes
        )
        if not named and (note or not usual):
            return None
        fielded = fielded or not note
        if named:
            noun = replace(noun, explicit=True)
        out.append(Declare(noun, fields, "create", seg.index))
    return out if fielded and len(out) >= 2 else None


def read_segment(seg: Segment, heads: bool = False) -> list[Statement]:
    """Statements of one segment; `heads`: a segment follows it in the same paragraph."""
    out: list[Statement] = []
    if seg.kind in ("line", "sentence") and _POINTS_FORWARD.match(seg.text.strip()):
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    if _is_document_detail(seg.text.strip()):
        # "Stakeholders: quarry manager, shotfirers", "Priority: high": who the document is for
        # or from, and its own state, are details of the document, never a thing kept
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    if seg.index and seg.kind in ("sentence", "line") and is_units_note(seg.text):
        # "…, operator initials. Temperatures in Celsius.": the unit the measures are said in,
        # after what was asked, is a note on them, never one more field ("temperatures")
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    if (label := _BACKGROUND_LABEL.match(seg.text.strip())) and is_background(label["rest"]):
        # "Background: the crews currently work from printed sheets.": how things are now,
        # labelled as such, is context for the requirements, never a thing or a link
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    # "The tool keeps surfboards with: …": taken off before the topic is split from the list
    text = _NAMED_SYSTEM_SUBJECT.sub("", _SYSTEM_SUBJECT.sub("", seg.text))
    if then := _GIVEN_THEN.match(text):
        # "Given I log a session, then it stores the date, …": the outcome is the criterion
        text = then["outcome"]
    if seg.kind != "bullet" and _HEADING_ONLY.match(simplify(seg.text)):
        return []  # "Technical stuff:", "Notes:" head a section and name nothing themselves
    if (groups := _things_each_with_group(seg)) is not None:
        return groups
    clauses = clauses_of(text, seg.index)
    if not clauses and is_pleasantry(seg.text):  # "Hi!", "Cheers.": said, kept, not read
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    if (new := _NEW_ENTITY.match(seg.text.strip())) and (noun := read_noun(new["np"])):
        # "New entity: Shift" (a ticket's title) says outright that the entity is created
        return [Declare(replace(noun, explicit=True), FieldList(), "create", seg.index, True)]
    if (named := _NAMES_ENTITY.match(seg.text.strip())) and (noun := read_noun(named["np"])):
        # "entity: Observation" in a YAML-like block names the entity of that block
        return [Mention(replace(noun, explicit=True), True, False, seg.index)]
    for clause in clauses:
        found = _unread_in_parts(clause, read_clause(clause))
        found = _closing_reason(clause, _closing_remark(clause, found))
        found = _reason_before_dash(clause, _both_ways(clause, found))
        if len(clauses) == 1:
            found = _opening_remark(clause, found)
        if (
            (seg.kind in ("line", "bullet") or (heads and _called_out(seg)))
            and not clause.topic
            and len(found) == 1
            and (isinstance(found[0], Unread) or _shouted_practice_kind(seg, clause, heads))
            and not _FIELDS_HEADER.match(clause.text)  # "Sensor fields:" heads a list
            and (
                (noun := _bare_noun(clause.text)) is not None
                or (noun := _shouted_verb_kind(seg, clause, heads)) is not None
                # "stewards for the regatta!!! …": called out over its list, whom the things
                # are for says which, no part of the thing (as over a header's bullets)
                or (
                    ((heads and _called_out(seg)) or _heads_with_colon(seg))
                    and (noun := _bare_noun(FOR_WHOM.sub("", clause.text.rstrip(": ")))) is not None
                )
            )
        ):
            found = [Mention(noun, True, False, seg.index)]  # "Products: name, price\nOrders"
            if len(noun.words) < len(_WORD.findall(clause.text)) and (
                whom := FOR_WHOM.search(clause.text)
            ):
                found.append(Aside(whom[0].strip(), seg.index, 0))  # kept as said
            if _FORMAT_SAID.search(clause.text):
                # "ISO dates please", "Practise clean code": a format or a practice, no thing
                found = [Constraint(clause.original, clause.segment)]
        elif (
            seg.kind == "title"
            and not clause.topic
            and len(found) == 1
            and isinstance(found[0], Unread)
            and len(_WORD.findall(clause.text)) <= 2
            and (noun := _bare_noun(clause.text)) is not None
            and singular(noun.words[-1]) != noun.words[-1]
        ):
            # "Dogs" over a list: a title naming things in the plural is what the list is of
            # (context only: the list below, or the body, names the entity if it says so)
            found = [Mention(noun, True, True, seg.index)]
        out.extend(found)
    if (
        is_signoff(seg.text)
        or is_sender(seg.text)
        or (is_pleasantry(seg.text) and all(isinstance(s, (Mention, Unread)) for s in out))
    ):
        return [Aside(seg.text, seg.index, words_of(seg.text))]  # "Kindly do it by today."
    if is_courtesy(seg.text) and all(isinstance(s, (Mention, Unread, Declare, Aside)) for s in out):
        # "Is possible?", "Let me know if you need more info.": courtesy names no field even
        # where a reader found a list or an entity in it ("is possible", "Know")
        return [Aside(seg.text, seg.index, words_of(seg.text))]
    return out


# Where one clause ends and the next is joined on: a semicolon, or a comma or "and" with a
# coordinator after it (a closed class: "and also", "plus", "oh and", "as well as that")
_COORDINATED = re.compile(
    r"\s*;\s*|,\s+(?=(?:and\s+)?(?:also|plus|oh)\b)|\s+(?=(?:and\s+also|plus|oh\s+and)\b)"
    r"|,\s+and\s+"
)


_COUNTS_THINGS = re.compile(r"\b(?:one|each|every|many|several|multiple)\b")
_ASKS_LINK = re.compile(r"^(?:(?:and|also|plus|oh|then|please)\s+)*(?:relate|link|connect)\s")


def _joined_parts(text: str) -> list[str]:
    """The clauses joined in `text` (`_COORDINATED`), each without its joining marks."""
    return [p for p in (p.strip(" ,;") for p in _COORDINATED.split(text)) if p]


def _link_of_its_own(said: Statement, part: str) -> TypeGuard[Relate]:
    """A part alone is a link when a count says so or it asks for the link outright ("bike
    repair shop" cut from its sentence is no "bikes repair shops")."""
    return isinstance(said, Relate) and bool(said.stated or _ASKS_LINK.match(part))


def _unread_in_parts(clause: Clause, found: list[Statement]) -> list[Statement]:
    """A clause no reader understood as a whole may be two statements joined on ("each lorry
    belongs to one depot; drivers have one lorry", "link them, and also each driver …"): its
    parts are read one by one, and a part that states a link is kept as that link, so a
    second link is never lost in the words of the first; parts nothing reads stay unread."""
    if len(found) != 1 or not isinstance(found[0], Unread) or clause.aside:
        return found
    parts = _joined_parts(clause.text)
    if len(parts) < 2:
        return found
    read: list[Statement] = []
    unread: list[str] = []
    for part in parts:
        said = read_clause(replace(clause, text=part))
        if said and all(_link_of_its_own(s, part) for s in said):
            read.extend(said)
        else:
            unread.append(part)
    if not read or any(_COUNTS_THINGS.search(part) for part in unread):
        # ("…; an observation is of one target": a part that counts things and is not read
        # is likely one more link read wrong; the whole stays unread, so the person is asked)
        return found
    for part in unread:
        # (kept as written, on its own: the parts read are no longer unread words)
        at = clause.original.lower().find(part)
        said = clause.original[at : at + len(part)] if at >= 0 else part
        read.append(Unread(said, clause.segment, len(_WORD.findall(part)), part))
    return read


def links_in_parts(text: str) -> list[tuple[Noun, Noun, str]]:
    """Each link a part of a joined clause states on its own (owner, target, the part as
    said): what a reading of the whole request must hold (recognizer's coverage check)."""
    out: list[tuple[Noun, Noun, str]] = []
    for seg in segment(text):
        for clause in clauses_of(seg.text, seg.index):
            if clause.aside:
                continue
            parts = _joined_parts(clause.text)
            if len(parts) < 2:
                continue
            for part in parts:
                said = read_clause(replace(clause, text=part))
                out.extend(
                    (s.owner, s.target, part)
                    for s in said
                    if _link_of_its_own(s, part) and s.owner is not None and s.target is not None
                )
    return out


def _shouted_practice_kind(seg: Segment, clause: Clause, heads: bool) -> bool:
    """ "ROOM UPGRADES!!! guest name, …", "EYE TESTS!!! …": a kind of thing named by a practice
    word after a noun of the business ("room upgrades", not "unit tests"), called out over
    the list that follows it, heads that list as any thing called out does."""
    return (
        heads and _called_out(seg) and not clause.topic and _kind_of_thing(_bare_noun(clause.text))
    )


_KEEPING_VERB = re.compile(rf"^(?:{MANAGE_VERBS}|{CREATE_VERBS}|{CHANGE_VERBS})$")


def _shouted_verb_kind(seg: Segment, clause: Clause, heads: bool) -> Noun | None:
    """ "PRINT JOBS!!! design name, …", "TEST RESULTS!!! sample code, …", "run sheets!! route,
    …": called out with exclamation marks over the list that follows, a word that is also a
    verb ("print", "test", "run") before a plural is the kind of thing, as a noun of the
    business is; an order has no "!!!" and its thing is no plural after a bare verb. A verb
    of keeping or making ("TRACK ORDERS!!!") still keeps the things it names."""
    words = _WORD.findall(clause.text)
    if not (
        heads
        and _called_out(seg)
        and not clause.topic
        and len(words) == 2
        # shouted: "!!" or all in capitals with a "!" ("Print labels! name, size" may be an
        # order to print them: asked)
        and (rx(r"!!\s*$").search(seg.text) or (seg.text.isupper() and "!" in seg.text))
        and singular(words[-1].lower()) != words[-1].lower()
        and not _KEEPING_VERB.match(words[0].lower())
        and has_noun_sense(words[0])
    ):
        return None
    noun = read_noun(clause.text)
    return noun if noun is not None and len(noun.words) == 2 else None


def _heads_with_colon(seg: Segment) -> bool:
    """ "Database for donkeys at the sanctuary:": a line ending in a colon heads the lines
    under it as a called-out topic does; where the things are kept ("at the sanctuary") is
    an adjunct of the place, no part of the thing's name."""
    return seg.kind == "line" and seg.text.rstrip().endswith(":")


def _called_out(seg: Segment) -> bool:
    """ "POTHOLE REPORTS!!!", "articles pls!!", "So: fixtures.": a sentence that only names a
    topic (shouted, asked for, or a bare plural) heads what follows like a header line does."""
    words = _WORD.findall(simplify(seg.text))
    plural = 0 < len(words) <= 3 and singular(words[-1]) != words[-1]
    return (
        seg.kind == "sentence"
        and (plural or bool(rx(r"(?:!|:)\s*$|\b(?:please|pls|plz)\b", re.I).search(seg.text)))
        and not is_pleasantry(seg.text)  # "Grazie!" names nothing either (is_noun below)
        and bool(words)
        and (
            is_noun(words[0]) is not False
            # "FROZEN MEALS!!!", "spare keys!!": an adjective before a plural noun names things
            or (
                plural
                and len(words) > 1
                and bool(is_modifier(words[0]))
                and bool(is_noun(words[-1]))
            )
        )
    )


def _bare_noun(text: str) -> Noun | None:
    words = _WORD.findall(text)
    if not 0 < len(words) <= 3 or rx(rf"^(?:{COMMAND_VERBS}|{CHANGE_VERBS})\b").match(text):
        return None
    if rx(r"^(?:must|should|shall|will|can|cannot|needs?\s+to|has\s+to)\b", re.I).match(text):
        return None  # "must be GDPR ok": what the app must be, never a thing named
    return read_noun(text)


def _scenario(segments: list[Segment]) -> tuple[set[int], dict[int, str]]:
    """The scene steps of a scenario written a step a line, and its outcome said of the thing
    the scene brings in: "Given dispatch has a new courier / When they add the courier / Then
    it stores the full name, …" keeps couriers with those fields; "Given" is no part of a
    name, and the scene's own nouns are no fields."""
    scene: list[Segment] = []
    for seg in segments:
        if seg.depth == 0 and _SCENE_STEP.match(seg.text) and seg.kind != "heading":
            scene.append(seg)
            continue
        then = _THEN_STORES.match(seg.text.strip()) if scene else None
        if then is None:
            scene = []
            continue
        if any(rx(r"\b(?:exists?|already)\b").search(step.low) for step in scene):
            return set(), {}  # "Given an Outage exists": the thing is there, the outcome adds
        brought = [m["x"].lower() for step in scene if (m := _BROUGHT_IN.search(step.text))]
        who = rx(r"^(?:the|this|that)\s+").sub("", then["who"].lower())
        if brought and (who in ("it", "they") or who in brought):
            thing = brought[-1] if who in ("it", "they") else who
            return {step.index for step in scene}, {seg.index: f"a new {thing} has {then['rest']}"}
        scene = []
    return set(), {}


# "On StockItem:", "For the Lesson entity:", "Fixes needed on Booking (from Tuesday)"
# over bullets that are each a change: the line names the thing the changes are made to
_CHANGES_ON = re.compile(
    # ("Changes to X:", "Updates for X:" over changes are read as they are already)
    r"^(?:(?P<place>on|for|in|(?:(?:some|small|quick|a few)\s+)?(?:fixes|tweaks|edits)"
    r"(?:\s+needed)?\s+(?:to|on|for))\s+)?(?:the\s+)?"
    r"(?P<x>[a-z][a-z0-9_-]*(?:\s[a-z][a-z0-9_-]*){0,2}?)(?:\s+(?:entity|table|model|records?))?"
    r"(?:\s*\([^()]{1,60}\))?\s*(?P<colon>:)?$",
    re.I,
)
_CHANGE_BULLET = re.compile(
    r"^(?:please\s+)?(?:rename|remove|drop|delete|make|change|add|take\s+(?:out|off)|get rid of"
    r"|set)\s+[a-z'\"]"
    r"|^['\"]?[a-z][a-z0-9_ -]{0,40}?['\"]?\s+(?:becomes|->|=>|\u2192|should be|is now|can be"
    r"|must be|needs to be|to be|is to be)\s",
    re.I,
)


def _changes_under_named(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """ "On StockItem:" over "- 'Loc' becomes 'Location'", "- remove the fax": each bullet is a
    change to the thing the line names, read as "StockItem: …" is. Only when every bullet
    under the line is a change (or a constraint beside them) and the thing is named with a
    place word ("on", "for", "changes to"): a bare "Notes:" or "Kiosk:" over bullets may be a
    heading, and a line over fields stays as it is."""
    out = list(segments)
    for seg in segments:
        if seg.kind == "bullet" or seg.depth:
            continue
        m = _CHANGES_ON.match(seg.text.strip())
        if m is None or not m["place"]:
            continue
        under = [c for c in segments if c.owner == seg.index]
        changes = [c for c in under if _CHANGE_BULLET.match(c.text.strip())]
        # ("- keep all existing bookings": a constraint beside the changes is left as it is)
        if not changes or not all(
            c.kind == "bullet" and (c in changes or is_constraint(c.text)) for c in under
        ):
            continue
        words = m["x"].lower()
        if not m["place"] or is_frameish(words) or read_noun(words) is None:
            continue
        placed = [c for c in changes if not _names_own_thing(c)]
        for child in placed:
            out[child.index] = replace(child, text=f"{m['x']}: {child.text.strip()}")
        if placed:
            out[seg.index] = replace(seg, text="")
    return tuple(out)


def _names_own_thing(seg: Segment) -> bool:
    """ "- remove the fax from Supplier": a change that names its thing by its name (written
    with a capital); "- hull colour should be optional" under "Fixes on Boat" does not (the
    hull is the boat's, no thing of its own)."""
    own = _change_of_its_own(seg)
    return bool(own) and all(
        (thing := _owner_of(s) or getattr(s, "owner", None)) is not None
        and re.search(rf"\b{re.escape(thing.words[0])}", seg.text, re.I) is not None
        and re.search(rf"\b{re.escape(thing.words[0][0].upper())}", seg.text) is not None
        for s in own
    )


def read_request(text: str) -> Reading:
    """All statements of a cleaned request (see `text.clean`)."""
    segments = _changes_under_named(segment(text))
    children: dict[int, list[Segment]] = defaultdict(list)
    for seg in segments:
        if seg.owner is not None:
            children[seg.owner].append(seg)
    reading = Reading(text=text)
    consumed: set[int] = set()
    rows = _table_rows(segments)
    aside = False  # inside an "Out of scope" section
    criteria = False  # inside "Acceptance criteria"
    for remark in table_remarks(text):
        reading.statements.append(Constraint(remark, 0))  # "code: unique", said in a table
    scene, then_said = _scenario(segments)
    # segments read as records lacking a value made optional (`_lacked_so_optional`), with what
    # they were read from: read as before when the request lists fields elsewhere
    lacked_read: list[tuple[list[Statement], Segment, bool]] = []
    for seg in segments:
        if seg.index in consumed:
            continue
        if seg.index in scene:
            reading.statements.append(Aside(seg.text, seg.index, words_of(seg.text)))
            continue
        if seg.index in then_said:
            seg = replace(seg, text=then_said[seg.index])
        if _OUT_OF_SCOPE.match(simplify(seg.text)):
            aside = True
            continue
        if seg.index and seg.kind != "bullet" and TICKET_NOTE.match(simplify(seg.text)):
            reading.statements.append(Constraint(seg.text, seg.index))  # kept as said
            continue
        if seg.index and _SAID_LEFT_OUT.search(seg.text):
            reading.statements.append(Constraint(seg.text, seg.index))  # kept as said
            continue
        if aside and (seg.kind in ("heading", "title") or _HEADING_ONLY.match(simplify(seg.text))):
            aside = False
        if aside:  # "Out of scope: payments": said, kept, never an entity or a field
            reading.statements.append(Constraint(seg.text, seg.index))
            continue
        if _CRITERIA.match(simplify(seg.text)):
            criteria = True
        elif seg.kind in ("heading", "title") or _HEADING_ONLY.match(simplify(seg.text)):
            criteria = False
        elif criteria and (outcome := _PASSIVE_OUTCOME.match(seg.text.strip().rstrip("."))):
            # "fax number is removed from Truck": a criterion says the outcome of the change
            verb = _OUTCOME_VERBS[outcome["verb"].lower()]
            rest = f" {outcome['prep']} {outcome['rest']}" if outcome["prep"] else ""
            seg = replace(seg, text=f"{verb} {outcome['x']}{rest}")
        heads = seg.index + 1 < len(segments) and segments[seg.index + 1].line == seg.line
        if seg.index in rows:
            # a table left as written (segment.tables_as_lists reads tables of fields): rows
            # of values, or a table nothing names; named in notes, never guessed
            if _WORD.search(seg.low):
                dropped = FieldList(dropped=[Dropped(seg.text, TABLE_REASON)], items=1)
                reading.statements.append(Declare(None, dropped, "either", seg.index))
                reading.statements.append(Constraint(seg.text, seg.index))  # kept as said
            continue
        if (
            not seg.depth
            and seg.kind in ("line", "title")
            and (
                children.get(seg.index)
                or _FIELDS_HEADER.match(_next_text(seg, segments))
                or _NEED_HEADER.match(_next_text(seg, segments))
            )
        ):
            # "Deliveries - reqs from Sam" over its list (or over "Fields:"): the remark on the
            # list names nothing
            seg = replace(seg, text=TITLE_REMARK.sub("", seg.text))
            if (whom := FOR_WHOM.search(seg.text)) and all(
                c.kind == "bullet" for c in children.get(seg.index, ())
            ):
                # "Service records for the vans" over its bullets: whose or where the things
                # are says which, no part of the thing or its list (kept as said)
                reading.statements.append(Constraint(seg.text, seg.index))
                seg = replace(seg, text=seg.text[: whom.start()])
        if seg.index == 0 and seg.kind in ("line", "title"):
            # "Upholstery jobs - Ade & Sons, Lagos": who the document is for, by name, no field
            seg = replace(seg, text=_NAMED_FOR.sub("", seg.text))
            cut = _document_cut(seg.text, capitalised=seg.kind == "line")
            if seg.kind == "title" and cut.strip():
                seg = replace(seg, text=cut)
            elif cut != seg.text and _next_text(seg, segments):
                # "RECIPE BOX: DATA REQUIREMENTS" over the lines of its paragraph titles them
                # in a title's case: kept as said, naming the system
                reading.statements.append(Constraint(seg.text, seg.index))
                continue
        if _CONSTRAINTS_SAID.match(simplify(seg.text)):
            # "Constraints: must print job cards; prices in naira": each is a constraint
            reading.statements.append(Constraint(seg.text, seg.index))
            continue
        if seg.kind != "bullet" and _SETTING_SAID.match(simplify(seg.text)):
            # "Context: small paddling club, about 40 boats": who the system is for, said
            # under a label, kept as said (never a Context with fields)
            reading.statements.append(Constraint(seg.text, seg.index))
            continue
        if (
            not children.get(seg.index)
            and (later := _FIELDS_LATER.match(simplify(seg.text)))
            and (noun := read_noun(later["x"])) is not None
            and singular(noun.words[-1]) != noun.words[-1]
        ):
            # "Vehicles – details to be confirmed": the thing kept, its fields asked for
            reading.statements.append(Mention(noun, True, False, seg.index))
            reading.statements.append(Constraint(seg.text, seg.index))
            continue
        if not children.get(seg.index) and _WORKS_ON.match(simplify(seg.text)):
            reading.statements.append(Constraint(seg.text, seg.index))  # kept as said
            continue
        if (
            seg.index == len(segments) - 1
            and seg.index
            and seg.kind != "bullet"
            and len(seg.text.split()) <= 2
            and is_signoff(f"{segments[seg.index - 1].text.rstrip(' ,.!')}, {seg.text}")
        ):
            # "Thanks" over "Jen" at the end: a closing and the name under it, no entity
            reading.statements.append(Aside(seg.text, seg.index, words_of(seg.text)))
            continue
        if _under_closing(seg, segments):
            # "Many thanks in advance," over "Priya Shah" and "Practice Manager, Northgate
            # Vets": the signature under a closing is who writes, never a thing and its fields
            reading.statements.append(Aside(seg.text, seg.index, words_of(seg.text)))
            continue
        if children.get(seg.index) and _notes_heading(simplify(seg.text)):
            # "Engineering notes" over its lines: kept as said, each line read on its own
            reading.statements.append(Constraint(seg.text, seg.index))
            continue
        if children.get(seg.index) and (gone := _REMOVED_BELOW.match(seg.text.strip())):
            seg = replace(seg, text=f"Remove from {gone['a'] or gone['b'] or gone['c']}:")
        seg = replace(seg, text=_group_needs_list(seg.text))
        allowed = None if children.get(seg.index) else _may_be_kept(seg.text, seg.index)
        lacked = None if children.get(seg.index) or allowed else _lacked_so_optional(seg)
        if lacked:
            lacked_read.append((lacked, seg, heads))
        if is_said_ask(seg.text) and any(isinstance(s, Relate) for s in reading.statements):
            # "Every dog has one vet. Please add the foreign key.": the sentence asks for the
            # link said before it; "the key" or "the relationship" it adds is no field
            reading.statements.append(Aside(seg.text, seg.index, words_of(seg.text)))
            continue
        statements = [allowed] if allowed else lacked or read_segment(seg, heads)
        if (
            not children.get(seg.index)
            and _USE_PRODUCT.match(seg.text.strip())
            and all(isinstance(s, Declare) and s.entity is None for s in statements)
        ):
            # "Use SQLite for now, Postgres later": what to build with, never two fields
            statements = [Constraint(seg.text, seg.index)]
        things_below = False
        if children.get(seg.index) and any(_removal_header(s) for s in statements):
            statements = _removed_below(statements, _descendants(seg.index, children), consumed)
        elif (
            children.get(seg.index)
            and (
                _sections_below(seg, children)
                or (seg.depth == 0 and _related_lists_below(seg, children[seg.index], segments))
                or _entity_declared_below(seg, children[seg.index])
                or (
                    things_below := seg.depth == 0
                    and _things_with_lists_below(seg, children[seg.index])
                )
            )
            and not any(isinstance(s, Declare) and s.header for s in statements)
        ):
            if things_below:  # "Choir app with two things:" over them: the app, no thing
                statements = [s for s in statements if not isinstance(s, Declare)]
            # a line over sections names the system or the document: context only
            statements = [
                replace(s, weak=True)
                if isinstance(s, Mention) and not (s.entity and s.entity.explicit)
                else s
                for s in statements
            ]
        elif children.get(seg.index) and _things_kept_below(seg, children):
            # "aquarium app" over "- tanks", "- fish": the app named, then the things it keeps,
            # each named without its fields (asked about, never fields of an Aquarium)
            for child in children[seg.index]:
                consumed.add(child.index)
                noun = read_noun(simplify(child.text))
                if noun is not None:
                    reading.statements.append(Declare(noun, FieldList(), "create", child.index))
            statements = [Constraint(seg.text, seg.index)]
        elif children.get(seg.index):
            header = _header(seg, statements)
            if header is None and (kept := _site_over_fields(seg, children)) is not None:
                header = Declare(kept, FieldList(), "create", seg.index, header=True)
            if header is None and _bare_fields_below(seg, children):
                # "Requirements:" over "- hull number", "- colour": the fields of the thing in
                # context (the title's), as "Fields:" over them says
                header = Declare(None, FieldList(), "either", seg.index, header=True)
            if (
                header is not None
                and header.mode == "create"
                and (_CHANGES_TAIL.search(simplify(seg.text)) or change_title(seg.text))
                and all(
                    _a_bare_change(c)
                    or c.index in _named_with_for(c)
                    or (field_renames_title(seg.text) and _a_rename(c))
                    # ("- keep all existing bookings!!": a practice among the changes)
                    or is_constraint(c.text)
                    for c in children[seg.index]
                )
                and not all(is_constraint(c.text) for c in children[seg.index])
            ):
                for c in children[seg.index]:
                    then_said.update(_named_with_for(c))
                # "Kayak changes:" over "- make hull colour optional", "- drop the fin box":
                # a heading that names a thing and then the work, over lines each a change
                # said with no entity, titles the changes (titled.py gives them the thing); a
                # "KayakChange" with a field "make_hull_colour" is no reading ("Oil changes:"
                # over "- date", "- mileage" keeps its oil changes)
                header = None
            if header is not None and all(c.plus for c in children[seg.index]):
                # "Building" over "+ year built", "+ floors (int)": lines marked "+" under a
                # name are added to it, as "Building: + year built, + floors" says it
                header = replace(header, mode="add")
            if header is not None:
                fields = FieldList()
                changed = False
                for child in _descendants(seg.index, children):
                    consumed.add(child.index)
                    labelled = children.get(child.index) and _SHORT_LABEL.match(child.text)
                    if not labelled and (
                        is_constraint(child.text) or _USE_PRODUCT.match(child.text.strip())
                    ):
                        reading.statements.append(Constraint(child.text, child.index))
                        continue
                    if changes := _change_of_its_own(child):
                        # "Falcon naming" over "1. Rename ring code to band code on Falcon":
                        # a bullet that changes a named entity is a change, not a field
                        reading.statements.extend(changes)
                        changed = True
                        continue
                    if (kept := _kept_under_need(seg, header, child)) is not None:
                        reading.statements.append(kept)
                        continue
                    if children.get(child.index):
                        # "- farrier visits:" over a list of its own: sub-fields, values or
                        # an entity? The structure does not say: named, not guessed
                        fields.dropped.append(Dropped(child.text, LIST_UNDER_FIELD_REASON))
                        continue
                    # "- belongs to one Candidate" under "## Interview": said of the header's
                    # entity, a relationship among its fields
                    related = read_predicate(simplify(child.text), header.entity, child.index)
                    if related is not None:
                        reading.statements.append(related)
                        continue
                    fields.extend(_fields_of_line(child.text, header.entity))
                fields.extend(header.fields)
                others = [
                    s
                    for s in statements
                    if s is not header
                    and not _same_entity(s, header)
                    and not isinstance(s, Unread)
                    # "For each visit I want to save:" read as a header of Save too: one line
                    # heads one list
                    and not (isinstance(s, Declare) and s.header and s.segment == seg.index)
                ]
                if changed and not fields.attributes and not fields.dropped:
                    # a title over changes only names the document (kept as said)
                    statements = [*others, Constraint(seg.text, seg.index)]
                else:
                    statements = [replace(header, fields=fields, header=True), *others]
        reading.statements.extend(statements)
    _lacked_beside_a_list(reading, lacked_read)
    reading.statements = read_in_any_frame(reading.statements)
    _practice_thing_said_again(reading)
    _title_summarises(reading, segments)
    _title_extends(reading, segments)
    _label_over_entities(reading, segments)
    _fields_name_later_things(reading, segments)
    _opening_names_the_business(reading, segments)
    _links_to_declared(reading)
    _one_of_each_declared(reading)
    _all_said_optional(reading, segments)
    _pointed_back_optional(reading, segments)
    _said_optional_later(reading)
    _disuse_before_so(reading)
    _added_then_optional(reading)
    _list_before_the_ask(reading, segments)
    _talk_aside(reading, segments)
    _vague_thing_named_later(reading)
    _them_points_back(reading, segments)
    _it_links_back(reading)
    _the_named_thing(reading, segments)
    _those_said_before(reading, segments)
    _said_to_exist(reading, segments)
    _type_said_after(reading, segments)
    _kept_thing_declared(reading)
    _add_points_back(reading)
    _forgotten_then_added(reading, segments)
    _added_to_fuller_name(reading)
    _practice_heading_among_lists(reading, segments)
    _beside_only_fields(reading, segments, children)
    return reading


# (llm60) "- Route entity with just:" (or "with only:") over its bullets: the one thing the
# document builds, its fields said to be all there are
_ONLY_FIELDS_HEADER = re.compile(
    r"^(?:an?\s+|the\s+)?[A-Za-z][A-Za-z -]{0,40}?\s(?:entity|table|model)\s+with\s+"
    r"(?:just|only)(?:\s+(?:these|the following)(?:\s+fields)?)?\s*:\s*$"
)
# a line that holds a list of its own, or names a thing written as one, says more than a rule
_LIST_OR_NAMED = re.compile(
    r",|\s(?:and|plus)\s|&|\b(?:entity|table|model)\b|\b[A-Z][a-z]+[A-Z][a-z]"
)


def _beside_only_fields(
    reading: Reading, segments: tuple[Segment, ...], children: dict[int, list[Segment]]
) -> None:
    """ "Requirements:" over "- Route entity with just:" and its bullets, then "- All
    distances in kilometres", "- Follow the company's code review practice", "- Times must be
    stored in the resort's time zone": beside the thing whose fields are all there are, a bullet
    of its own level with no list and no thing named as one is a rule of the document (a
    format, a practice, a policy), never a field of that thing nor a thing of its own (it read
    Route.distances, Company(code, review_practice), Time → TimeZone). A link whose end is the
    thing declared ("- Each shift belongs to one depot") stays a link."""
    headers = [
        seg
        for seg in segments
        if seg.kind == "bullet" and children.get(seg.index) and _ONLY_FIELDS_HEADER.match(seg.text)
    ]
    if not headers:
        return
    declared = {
        s.entity.name
        for s in reading.statements
        if isinstance(s, Declare) and s.header and s.entity is not None
    }
    owners = {seg.owner for seg in headers}
    lines = {
        seg.index: seg
        for seg in segments
        if seg.kind == "bullet"
        and seg.owner in owners
        and not children.get(seg.index)
        and not _LIST_OR_NAMED.search(seg.text)
    }
    if not declared or not lines:
        return
    statements: list[Statement] = []
    ruled: set[int] = set()
    for s in reading.statements:
        at = getattr(s, "segment", None)
        if at in lines and (
            (isinstance(s, Declare) and not s.header and not (s.entity and s.entity.explicit))
            or (isinstance(s, Mention) and not (s.entity and s.entity.explicit))
            or (
                isinstance(s, Relate)
                and (s.owner is None or s.owner.name not in declared)
                and s.target.name not in declared
            )
        ):
            if at not in ruled:
                ruled.add(at)
                statements.append(Constraint(lines[at].text, at))
            continue
        statements.append(s)
    reading.statements[:] = statements


# Words before a plural that say which of its records, not another thing (closed class): "some
# old books", "new customers", "a few of our older vans" are records of Book, Customer, Van
_WHICH_RECORDS = (
    r"(?:(?:some|a few|few|many|several|certain|most|lots of|plenty of|a lot of|a couple of"
    r"|quite a few|loads of)\s+(?:of\s+)?)?(?:(?:the|our|my|these|those)\s+)?"
)
# (words of age, and "earlier" said of records)
_RECORD_ADJECTIVES = AGE_WORDS | {"earlier"}
# "some old books lack an isbn, so those are optional", "new customers do not have a loyalty
# number yet, so it should be optional", "a few older members never gave a phone; phone can
# be blank": records that lack a value, then that value (named, or pointed at) said optional
_LACKED_SO_OPTIONAL = re.compile(
    rf"^(?:(?:but|and|also|well|now|so)\s*,?\s+)?(?:{_WHICH_RECORDS}"
    r"(?P<x>(?:[a-z-]+\s+){0,2}?[a-z-]+s)\s+"
    r"(?:lack|are missing|come without|do not have|have no|never have|never had|never gave"
    r"(?:\s+us)?|did not give(?:\s+us)?|will not have|may not have|might not have|cannot give"
    r"|do not give(?:\s+us)?)"
    # "not all books have an isbn": the records that have it are not all of them
    r"|not\s+all\s+(?:of\s+)?(?:(?:the|our|my)\s+)?(?P<y>(?:[a-z-]+\s+){0,2}?[a-z-]+s)\s+"
    r"(?:have|come with|give(?:\s+us)?))\s+"
    r"(?:(?:an?|the|any|their|a valid)\s+)?(?P<f>[a-z][a-z -]*?)"
    r"(?:\s+(?:yet|at all|any more|anymore|on file|recorded))?"
    # (a mark, "so", "and" or "but" ends the value lacked: "… a tow bar - it can be empty")
    r"(?:\s*(?:[,;:.]|\s[-\u2013\u2014])\s+(?:(?:and|but)\s+)?(?:so\s+)?"
    r"|\s+(?:(?:and|but)\s+)?so\s+|\s+(?:and|but)\s+)"
    r"(?:(?:please|can you|could you|just)\s+)*"
    r"(?:(?:make|mark|set|leave)\s+(?P<m>it|them|those|that|that field|this field"
    r"|[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+(?:" + OPTIONAL.pattern + r"|blank|empty"
    r"|not required)"
    r"|(?P<p>it|they|those|these|that|that field|this field|the field"
    r"|[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+"
    r"(?:(?:is|are|should|can|could|must|may|needs? to|has to|have to)\s+(?:be\s+)?)?"
    r"(?:" + OPTIONAL.pattern + r"|blank|empty|not required))"
    r"(?:\s+(?:on|for|in)\s+(?:the\s+)?(?P<on>[a-z][a-z-]*)(?:\s+(?:entity|table|model))?)?"
    r"(?:\s+(?:please|then|for now|too))?\s*[.!]?$"
)
_POINTERS_BACK = frozenset(
    "it|they|them|those|these|that|this|that field|this field|the field|those fields"
    "|these fields|the fields".split("|")
)


def _lacked_beside_a_list(
    reading: Reading, lacked_read: list[tuple[list[Statement], Segment, bool]]
) -> None:
    """ "Keep drivers with name and a phone number. A few drivers have no phone, so it may be
    blank.": beside fields listed elsewhere in the request, a sentence of records lacking a
    value remarks on that list (the passes after read it so); it is read as before."""
    if not lacked_read:
        return
    said = {id(s) for lacked, _, _ in lacked_read for s in lacked}
    if not any(
        isinstance(s, Declare) and s.fields.attributes and id(s) not in said
        for s in reading.statements
    ):
        return
    for lacked, seg, heads in lacked_read:
        at = next((i for i, s in enumerate(reading.statements) if s is lacked[0]), None)
        if at is None:
            continue
        kept = [s for s in reading.statements if not any(s is t for t in lacked)]
        reading.statements[:] = [*kept[:at], *read_segment(seg, heads), *kept[at:]]


def _lacked_so_optional(seg: Segment) -> list[Statement] | None:
    """ "Some old books lack an isbn, so those are optional": records said by a plural (its
    words of which records set aside: "old", "new", "some") lack a value, so that value may
    be empty: a change making the field optional on the plural's thing (Book, never OldBook);
    the remark is why. The field said again must be the one lacked, or a pointer to it."""
    m = _LACKED_SO_OPTIONAL.match(simplify(seg.text).rstrip(" .!"))
    if m is None:
        return None
    lacked = m["f"].strip()
    said = (m["m"] or m["p"] or "").strip()
    said = rx(r"^(?:the|a|an|their|its)\s+").sub("", said)
    if said not in _POINTERS_BACK and said != lacked and not lacked.endswith(f" {said}"):
        return None  # "some vans have no tow bar, so make the hitch optional": which is meant
    records = m["x"] or m["y"]
    words = records.split()
    while len(words) > 1 and words[0] in _RECORD_ADJECTIVES:
        words = words[1:]
    if len(words) > 1:
        return None  # "second-hand banjos", "vintage jackets": a kind, or which records? as before
    noun = read_noun(" ".join(words))
    if noun is None or singular(noun.words[-1]) == noun.words[-1]:
        return None
    if m["on"] and (named := read_noun(m["on"])) is not None and named.name != noun.name:
        return None  # "some old books lack an isbn, so isbn is optional on Shelf": two things
    clause = Clause(
        f"make {lacked} optional on {' '.join(noun.words)}", seg.text, None, "", seg.index, True
    )
    change = read_modify(clause)
    if change is None or change.entity is None or change.entity.name != noun.name:
        return None
    return [change, Reason(seg.text, seg.index, len(_WORD.findall(records)))]


# "Tests: name, unit.": a heading, a colon and a short list of names on a line of its own
_HEADING_LIST = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<h>[A-Za-z]+(?:\s[a-z]+)?)\s*:\s*(?P<f>[^:;]+?)[.]?\s*$"
)


def _practice_heading_among_lists(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Tube types: cap colour. Tests: name, unit.": among lines that each head a thing's
    list, a line headed by a practice word ("Tests:") is one more thing's list, unless every
    item is a kind of test or a word of building ("Tests: unit, integration" stays how to
    build). Alone ("Tests: name, unit.") it stays as read."""
    texts = {seg.index: seg.text for seg in segments}
    listed = [
        s
        for s in reading.statements
        if isinstance(s, Declare)
        and s.mode == "create"
        and s.entity is not None
        and s.fields.attributes
        and _HEADING_LIST.match(texts.get(s.segment, ""))
    ]
    if not listed:
        return
    for at, s in enumerate(reading.statements):
        if not isinstance(s, Constraint) or not (m := _HEADING_LIST.match(s.text)):
            continue
        if _constraint_said(s.text.lower()):
            continue  # "Tests: must pass before deploy"
        items = [i.strip() for i in rx(r",|\band\b").split(m["f"]) if i.strip()]
        if len(items) < 2 or any(len(i.split()) > 3 for i in items):
            continue
        words = {w for i in items for w in _WORD.findall(i.lower())}
        if not words - _TEST_KINDS - PRACTICE_WORDS - TECH_WORDS - HARD_FRAMES:
            continue  # "Tests: unit, integration": kinds of tests
        if " " in m["h"].strip() or words & (PRACTICE_WORDS | TECH_WORDS | BUILD_VALUES):
            continue  # "Good practices: typed code, small functions": how to build
        fields = read_fields(m["f"])
        noun = read_noun(m["h"])
        if noun is None or fields.dropped or len(fields.attributes) != len(items):
            continue
        reading.statements[at] = Declare(noun, fields, "create", s.segment)


def _adds_nothing_named(s: Statement) -> TypeGuard[Declare]:
    """ "Could you add it to the singers?", "add both to VintageJacket": an add to a named
    entity whose fields are said elsewhere (a pronoun, a count), which the passes below find."""
    return (
        isinstance(s, Declare)
        and s.mode == "add"
        and s.entity is not None
        and not s.fields.attributes
        and not s.header
    )


def _added_to_fuller_name(reading: Reading) -> None:
    """ "In the orders I need also the number of tiers and the flavour. Please add this to the
    cake orders": an add that names no field points back at the fields just said of the same
    thing, said once by its last word and once in full; they are added to it, by its full
    name (as _add_points_back does for a thing said the same way twice)."""
    for at, s in enumerate(reading.statements):
        if not _adds_nothing_named(s):
            continue
        said = next(
            (d for d in reversed(reading.statements[:at]) if not isinstance(d, (Aside, Reason))),
            None,
        )
        if not (
            isinstance(said, Declare)
            and said.entity is not None
            and said.fields.attributes
            and said.mode in ("create", "has", "need", "either", "add")
            and said.segment < s.segment
            and said.entity.name != s.entity.name
        ):
            return
        short, full = sorted((said.entity, s.entity), key=lambda n: len(n.words))
        tail = [singular(w) for w in full.words[-len(short.words) :]]
        if len(short.words) == len(full.words) or tail != [singular(w) for w in short.words]:
            return
        reading.statements[reading.statements.index(said)] = replace(said, entity=full, mode="add")
        del reading.statements[at]
        return


# "I forgot two things:", "Oops, I missed a couple of bits on the kayaks:", "Two more things:":
# the fields about to be said, announced as forgotten or more (what follows the colon)
_FORGOTTEN = re.compile(
    r"^(?:.*\b(?:forgot|missed|left out|forgotten)\b.*?|.*?\b(?:two|three|a few|a couple of"
    r"|couple of)?\s*more)\s+(?:(?:two|three|four|a few|a couple of|couple of|some)\s+)?"
    r"(?:things?|bits?|fields?|details?|items?|columns?|ones?)?(?:\s+(?:for|on|about)\s+(?:the|our"
    r"|my)\s+[a-z]+(?:\s[a-z]+)?)?\s*$"
)
# "Could you add both to VintageJacket?", "Can you put those on Boat?"
_ADDS_THOSE = re.compile(
    r"\b(?:add|put|include)\s+(?:both|those|these|them|those two|these two|both of them|all three)"
    r"\s+(?:to|on|onto|in)\b"
)


def _forgotten_then_added(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Sorry, I forgot two things: the condition and some measurement notes. Could you add
    both to VintageJacket?": an add that names no field, after a sentence announcing things
    forgotten and listing them after its colon, adds those; the announcement is talk."""
    for at, s in enumerate(reading.statements):
        if not (
            _adds_nothing_named(s)
            and s.segment > 0
            and _ADDS_THOSE.search(simplify(segments[s.segment].text))
        ):
            continue
        said = segments[s.segment - 1]
        lead, colon, listed = said.text.rstrip(" .!").rpartition(":")
        if not colon or not _FORGOTTEN.match(simplify(lead)):
            continue
        fields = read_fields(listed.strip())
        if not fields.attributes or fields.dropped or fields.rules:
            continue
        before = [r for r in reading.statements[:at] if getattr(r, "segment", -1) != said.index]
        after = reading.statements[at + 1 :]
        added = replace(s, fields=fields)
        talk = Aside(lead + colon, said.index, words_of(lead))
        reading.statements = [*before, talk, added, *after]
        return


def _next_text(seg: Segment, segments: tuple[Segment, ...]) -> str:
    return simplify(segments[seg.index + 1].text) if seg.index + 1 < len(segments) else ""


def _add_points_back(reading: Reading) -> None:
    """ "for each singer we need the voice part. Could you add it to the singers?": an add
    whose fields are a pronoun, after fields said for the same thing, says those are added."""
    for at, s in enumerate(reading.statements):
        if not _adds_nothing_named(s):
            continue
        for back in range(at - 1, -1, -1):
            said = reading.statements[back]
            if (
                isinstance(said, Declare)
                and said.entity is not None
                and said.entity.name == s.entity.name
                and said.fields.attributes
                and said.mode in ("create", "has", "need", "either")
                and said.segment < s.segment
            ):
                reading.statements[back] = replace(said, mode="add")
                break


def _kept_thing_declared(reading: Reading) -> None:
    """ "we need to keep the tool loans for the workers. Every tool loan has F": what is kept
    "for" someone, when the same request gives it fields of its own, is the thing created,
    never a field "tool_loans" added to the people it is for."""
    declared = {
        s.entity.name
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
    }
    for at, s in enumerate(reading.statements):
        if (
            not isinstance(s, Declare)
            or s.mode != "add"
            or s.entity is None
            or len(s.fields.attributes) != 1
            or s.fields.dropped
        ):
            continue
        name = s.fields.attributes[0].name
        noun = read_noun(name.replace("_", " "))
        if noun is None or singular(name) == name or noun.name == s.entity.name:
            continue
        if noun.name in declared:
            reading.statements[at] = Mention(noun, True, False, s.segment)


# "… add a glaze note to Kiln. like as text.": a sentence that says only a type
_TYPE_AFTER = re.compile(
    r"^(?:(?:like|just|maybe|ideally|probably|and)\s+)*as\s+(?P<t>[a-z ]{2,24}?)$"
)
# "… add a kiln temp and a glaze note. Kiln temp in degrees, whole number is fine.", "Hours as
# a decimal please", "Weight is in kilos, a whole number is fine": a sentence that names a field
# just listed and says only its type (and its unit)
_FIELD_TYPE_AFTER = re.compile(
    r"^(?:(?:oh|and|also|btw)\s+)*(?:the\s+)?(?P<f>[a-z][a-z ]{1,30}?)"
    r"(?:\s+(?:is\s+|are\s+)?in\s+[a-z]+)?(?:\s*,\s*|\s+as\s+|\s+should be\s+)(?:an?\s+)?"
    r"(?P<t>[a-z/ ]{2,24}?)"
    r"(?:\s+(?:is fine|is ok|is okay|will do|is enough|please|thanks|is best))?$"
)


# "… home score, away score and played date? The scores are just whole numbers.": a sentence
# that names the listed fields by the word their names end in, in the plural, and says only
# their type gives the type of each of them
_FIELDS_TYPE_AFTER = re.compile(
    r"^(?:(?:oh|and|also|btw|so)\s+)*(?:(?:the|both|all)\s+){1,2}(?:of\s+the\s+)?"
    r"(?P<f>[a-z]{3,}s)\s+(?:are|should be|will be|can be)\s+(?:just\s+|all\s+|always\s+)*"
    r"(?P<t>[a-z/ ]{3,24}?)(?:\s+(?:please|thanks|by the way))?$"
)


_FIELD_UNIT_AFTER = re.compile(
    r"^(?:the\s+)?(?P<f>[a-z][a-z ]{1,30}?)\s+(?:is|are)\s+(?:measured\s+|recorded\s+|always\s+)?"
    r"in\s+(?P<u>[a-z]+)$"
)


def _fields_by_plural(m: re.Match[str] | None, attributes: list[Attribute]) -> list[int]:
    """Which listed fields "the scores" names: the two or more whose last word is "score"."""
    if m is None:
        return []
    head = singular(m["f"])
    found = [i for i, a in enumerate(attributes) if a.name.rsplit("_", 1)[-1] == head]
    return found if len(found) >= 2 else []


def _type_said_after(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """A sentence that says only "as text" or "as a number" after a field gives that field's
    type; it names no thing called "Text" to create."""
    texts = {seg.index: (seg.text, simplify(seg.text).strip(" .!?")) for seg in segments}
    for at, statement in enumerate(reading.statements):
        if at == 0 or statement.segment not in texts:
            continue
        m = _TYPE_AFTER.match(texts[statement.segment][1])
        kind = type_phrase(m["t"]) if m else None
        before = reading.statements[at - 1]
        if (
            not isinstance(before, Declare)
            or not before.fields.attributes
            or before.segment >= statement.segment
        ):
            continue
        which = [len(before.fields.attributes) - 1]
        if kind is None:
            m = _FIELD_TYPE_AFTER.match(texts[statement.segment][1])
            kind = type_phrase(m["t"]) if m else None
            one = _field_named(m["f"], before.fields.attributes) if m else None
            which = [one] if one is not None else []
        if kind is None:
            m = _FIELDS_TYPE_AFTER.match(texts[statement.segment][1])
            kind = type_phrase(rx(r"(?<=[a-z])s$").sub("", m["t"])) if m else None
            which = _fields_by_plural(m, before.fields.attributes)
        if kind is None and (m := _FIELD_UNIT_AFTER.match(texts[statement.segment][1])):
            # "… and weight. Weight is in kilos.": the unit of a listed field, no thing
            if m["u"] in UNIT_WORDS and _field_named(m["f"], before.fields.attributes) is not None:
                text = texts[statement.segment][0]
                reading.statements[at] = Aside(text, statement.segment, words_of(text))
            continue
        if kind is None or not which:
            continue
        fields = replace(before.fields, attributes=list(before.fields.attributes))
        for at_field in which:
            fields.attributes[at_field] = replace(fields.attributes[at_field], type=kind)
        fields.annotated += 1
        reading.statements[at - 1] = replace(before, fields=fields)
        text = texts[statement.segment][0]
        reading.statements[at] = Aside(text, statement.segment, words_of(text))


def _field_named(words: str, attributes: list[Attribute]) -> int | None:
    """Which listed field `words` names: the whole name ("burn time"), or its first words when
    only one field starts so ("miles" for miles driven)."""
    said = "_".join(words.split())
    whole = [i for i, a in enumerate(attributes) if a.name in (said, singular(said))]
    heads = [i for i, a in enumerate(attributes) if a.name.startswith(said + "_")]
    found = whole or heads
    return found[0] if len(found) == 1 else None


# "The fixtures are in the app already", "we have Desk and Member in the system already", "the
# Owner is already there", "Kilns already exist": a sentence that says things exist names them
# as they are, so fields said for them after it are added, never a second create
_PLACE = (
    r"(?:the|our|your|this|that)\s+(?:[a-z]+\s+)?"
    r"(?:app|system|database|db|api|service|tool|tracker|site)"
)
_EXISTS = re.compile(
    r"^(?:(?:ok|okay|so|well|right|hi|hello)\s*,?\s+)?"
    r"(?:(?:we|i)\s+(?:already\s+)?(?:have|have got|got)\s+(?:the\s+|our\s+)?"
    r"(?P<had>[a-z][a-z ,&]{0,60}?)"
    rf"\s+(?:in|on)\s+{_PLACE}(?:\s+al+ready)?"
    r"|(?:the\s+|our\s+)?(?P<np>[a-z][a-z ,&]{0,60}?)\s+(?:(?:is|are)\s+(?:al+ready\s+)?"
    rf"(?:(?:in|on)\s+{_PLACE}(?:\s+al+ready)?|there|in there|set up|in place)"
    r"|al+ready\s+exists?|exists?\s+al+ready))"
    r"(?:\s*,\s*(?:lovely|great|good|thanks|thank you|nice|fine|cheers|perfect))?\s*[.!]?$"
)


# "So the Candidate entity works great, thanks", "the Booking table is working fine": an entity
# said to work is one that exists (what is asked after it adds to it)
_WORKS = re.compile(
    r"^(?:(?:ok|okay|so|well|right)\s*,?\s+)?(?:the\s+|our\s+)?(?P<np>[a-z][a-z ]{0,40}?)\s+"
    r"(?:entity|table|model)\s+(?:(?:works|is working|has been working)\s+(?:really\s+|so\s+)?"
    r"(?:great|well|fine|nicely|perfectly)"
    # "the Bird entity is great": praised as it is, it exists as well
    r"|(?:is|has been|looks)\s+(?:really\s+|so\s+)?(?:great|good|fine|perfect|brilliant|lovely))"
    r"(?:\s*,\s*(?:lovely|great|good|thanks|thank you|nice|fine|cheers|perfect))?\s*[.!]?$"
)


def _said_to_exist(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """A sentence that says things exist is talk around the ask (kept, not read as a link or
    an entity), and a create or "has" of one of those things afterwards adds to it."""
    existing: set[str] = set()
    said: set[int] = set()
    for seg in segments:
        m = _EXISTS.match(simplify(seg.text))
        if m is None and (works := _WORKS.match(simplify(seg.text))) is not None:
            nouns = entities_of(works["np"])
            existing.update(n.name for n in nouns)
            said.update([seg.index] if nouns else [])
            continue
        if (
            m is None
            or rx(r"\balready\b").search(m["np"] or "")
            or (not rx(r"\bal+ready\b").search(seg.text.lower()) and m["had"] is None)
        ):
            continue
        nouns = entities_of(m["had"] or m["np"])
        if not nouns or any(is_frameish(w) for w in (m["had"] or m["np"]).split()):
            continue
        existing.update(n.name for n in nouns)
        said.add(seg.index)
    if not existing:
        return
    for at, statement in enumerate(reading.statements):
        if statement.segment in said and not isinstance(statement, (Aside, Constraint)):
            text = next(s.text for s in segments if s.index == statement.segment)
            reading.statements[at] = Aside(text, statement.segment, words_of(text))
        elif (
            isinstance(statement, Declare)
            and statement.entity is not None
            and statement.entity.name in existing
            and statement.mode in ("create", "has", "need", "either")
            and statement.fields.attributes
        ):
            reading.statements[at] = replace(statement, mode="add")


# "three lists", "two tables": how many things the request will describe, not one of them
_COUNTED_CONTAINERS = re.compile(
    r"\b(?:two|three|four|five|six|several|a few|some|\d)\s+(?:different\s+|separate\s+)?"
    r"(?:lists|tables|sheets|registers|things|kinds of things|parts|sections)\b"
)


def _opening_names_the_business(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "drone surveys!!! flights with pilot name, …", "Brewery stuff. Hops: variety, …",
    "cricket club app!!! members with …", "I'd like three lists. The ewes: …": a first line
    that only names what the whole request is about (a headline said with "!", a frame
    ("app", "stuff"), or a count of lists) is context when the sentences after it declare
    other things with their fields; it is no further entity to ask about."""
    statements = reading.statements
    first = next((s for s in statements if not isinstance(s, (Aside, Constraint))), None)
    if not (
        isinstance(first, Mention) and first.entity is not None and first.create and not first.weak
    ):
        return
    text = next((g.text for g in segments if g.index == first.segment), "")
    low = simplify(text)
    words = rx(r"[a-z]+").findall(low)
    if first.entity.explicit and not set(words) & {"model", "models", "schema"}:
        return  # "Hotel model:" over "Guest: …" lines is the system's model; "Hotel entity" not
    headline = (
        len(words) <= 5
        and not rx(rf"(?:please\s+)?(?:{COMMAND_VERBS})\b").match(low)  # "track boats!"
        and not set(words) & {"i", "we", "you", "they", "is", "are", "need", "want"}
        and (text.rstrip().endswith("!") or bool(set(words) & HARD_FRAMES))
    )
    # "Sunday league admin" on a line of its own, over two things declared with their fields:
    # the title of the document, as a headline is
    kind = next((g.kind for g in segments if g.index == first.segment), "")
    titled = (
        kind in ("line", "title")
        and 2 <= len(words) <= 5  # ("Volunteers" alone may be one more thing to keep)
        and not rx(rf"(?:please\s+)?(?:{COMMAND_VERBS})\b").match(low)
        and not set(words) & {"i", "we", "you", "they", "is", "are", "need", "want"}
    )
    if not (headline or titled or _COUNTED_CONTAINERS.search(low)):
        return
    declared = [
        s
        for s in statements
        if isinstance(s, Declare) and s.segment > first.segment and s.fields.attributes
    ]
    if not declared or any(
        s.entity is None or s.entity.name == first.entity.name for s in declared
    ):
        return  # a bare list after it may be its own fields ("Lighthouses. name, range, …")
    if (
        not (headline or _COUNTED_CONTAINERS.search(low))
        and len({s.entity.name for s in declared if s.entity}) < 2
    ):
        return  # "Dogs" over "Owners: name, phone": a thing asked about, or the title?
    statements[statements.index(first)] = replace(first, weak=True)


# "Can we add those two?", "Could you add them please?", "please add this": an ask to add that
# points back at what was said before it
_ADD_THOSE = re.compile(
    r"\badd\s+(?:those|these|them|this|that|it|both)(?:\s+(?:two|three|four|five|fields?"
    r"|things?|ones|too|as well|please|in|for us|for me))*\s*(?:to\s+(?P<to>[^,.!?]+?))?"
    r"\s*(?:,|\?|!|\.|please|pls|thanks|thank you|$)",
    re.I,
)
# "the underwriters keep asking for X and Y on each Claim", "we also need to record X and Y",
# "I should write down X on each TuningVisit": a verb of wanting, keeping or seeing, then what
# is to be kept, and where (on each thing) when the sentence says
_WANTED = re.compile(
    r"\b(?:asking for|asked for|ask for|want(?:s|ed)? to see|need(?:s|ed)? to see"
    r"|(?:need|want|have|like)(?:s|ed)? to (?:record|keep|store|track|log|note|see|have|capture)"
    r"|(?:write|writes|note|jot) down|(?:need|needs|want|wants|would like))\s+(?P<f>.+)$"
)
_ON_EACH = re.compile(
    r"\s+(?:on|for|to|in)\s+(?:each|every|all|all the|the|our)\s+(?P<e>[a-z][a-z ]*?)\s*"
    r"(?=,|$)"
)

_ON_NAMED = re.compile(r"\s+(?:on|for|to|in)\s+(?P<e>[a-z]+)\s*$")


def _those_said_before(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "The underwriters keep asking for the excess amount and the date of notification on
    each Claim. Can we add those two?": an ask to add "those", with no field of its own, adds
    the fields the sentence before it wanted (and any "And the …" said after that), to the
    thing that sentence puts them on ("on each Claim") or the one the ask names."""
    statements = reading.statements
    texts = {seg.index: seg.text for seg in segments}
    for at, ask in enumerate(statements):
        if not (
            isinstance(ask, Declare)
            and ask.mode == "add"
            and not ask.fields.attributes
            and not ask.fields.dropped
            and _ADD_THOSE.search(texts.get(ask.segment, ""))
        ):
            continue
        said: list[int] = []  # the statements before the ask that hold what it points at
        for back in range(at - 1, -1, -1):
            before = statements[back]
            if isinstance(before, Aside) and back < at - 1 and not said:
                continue
            if isinstance(before, (Unread, Mention, Constraint)) or (
                isinstance(before, Declare) and before.entity is None and not said
            ):
                said.insert(0, back)
                if not isinstance(before, Declare) and _WANTED.search(_clause_text(before, texts)):
                    break
                continue
            break
        if not said or not _WANTED.search(_clause_text(statements[said[0]], texts)):
            continue
        fields = FieldList()
        entity = ask.entity
        for index in said:
            text = _clause_text(statements[index], texts)
            if index == said[0]:
                text = _WANTED.search(text)["f"]  # type: ignore[index]
            text = rx(r"^(?:and|also|plus)\s+").sub("", text.strip())
            on = _ON_EACH.search(text)
            if on is None and (named := _ON_NAMED.search(text)):
                # "… a dpa signed flag on Tenant": a thing written with its capital is named
                written = texts.get(statements[index].segment, "")
                if re.search(rf"\b{named['e'].capitalize()}\b", written):
                    on = named
            if on:
                noun = read_noun(on["e"])
                if noun is not None and entity is None:
                    entity = noun
                text = text[: on.start()] + text[on.end() :]
            fields.extend(read_fields(text))
        if entity is None or not fields.attributes:
            continue
        statements[at] = replace(ask, entity=entity, fields=fields)
        for index in said:
            text = texts.get(statements[index].segment, "")
            statements[index] = Aside(text, statements[index].segment, words_of(text))
        return


def _clause_text(statement: Statement, texts: dict[int, str]) -> str:
    """What a statement's clause said, lower case (an Unread's clause, else its segment)."""
    if isinstance(statement, Unread) and statement.clause:
        return statement.clause
    return simplify(texts.get(getattr(statement, "segment", -1), ""))


# "So the FishingLicence thing - …", "about the Crossing bit you made": a name written as one
# (capitalised) before "thing"/"bit"/… is what the message is about
_NAMED_THING = re.compile(
    r"\bthe\s+(?P<n>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2})\s+"
    r"(?:thing|bit|part|one|side|section|stuff)\b"
)


def _the_named_thing(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "So the FishingLicence thing - people ask whether the fee can be left empty. Can you
    make fee optional?": a change said of no entity is of the thing the message names as
    "the X thing", when that is the only thing it names."""
    if any(
        getattr(s, "entity", getattr(s, "owner", None)) is not None
        for s in reading.statements
        if isinstance(s, (Declare, Mention, Relate, Remove, Rename, Modify))
    ):
        return
    names = {
        noun.name: noun
        for seg in segments
        for m in _NAMED_THING.finditer(seg.text)
        if m.start() == 0 or seg.text[m.start() - 1] != "'"
        for noun in [read_noun(m["n"].lower())]
        if noun is not None
    }
    if len(names) != 1:
        return
    noun = replace(next(iter(names.values())), explicit=True)
    for at, statement in enumerate(reading.statements):
        change = isinstance(statement, (Modify, Remove)) or (
            isinstance(statement, Declare) and statement.mode in ("add", "need")
        )
        if change and statement.entity is None:
            reading.statements[at] = replace(statement, entity=noun)


# "… to keep track of them", "we'd like to track them: …": a verb of keeping whose object is
# a plural pronoun
_KEEP_THEM = re.compile(rf"\b(?:{MANAGE_VERBS})\s+(?:all\s+)?(?:of\s+)?(?:them|these|those)\b")
# the place phrase a plural noun ends ("… emails about street parties", "… the telescope for
# observing sessions"): the last one said before the pronoun is what it stands for
_PLURAL_AFTER_PREP = re.compile(
    r"\b(?:about|for|of|with|on|in)\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?"
    r"(?P<np>(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s)\b(?=\s*(?:[.,;:!?]|and\b|$))"
)


def _them_points_back(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "We drown in emails about street parties. Could you build something to keep track of
    them? We'd need organiser name, …": a pronoun after a verb of keeping stands for the plural
    thing said last before it (in its sentence or the one before), which is what is built.
    Only where nothing else names a thing: a request that names one needs no pronoun read."""
    named = [
        s
        for s in reading.statements
        if isinstance(s, (Declare, Mention, Relate, Remove, Rename, Modify))
        and getattr(s, "entity", getattr(s, "owner", None)) is not None
    ]
    if named:
        return
    texts = {seg.index: seg.text for seg in segments}
    for at, statement in enumerate(reading.statements):
        if isinstance(statement, Unread):
            said = statement.clause or statement.text
        elif isinstance(statement, Declare) and statement.mode == "create":
            said = texts.get(statement.segment, "")
        else:
            continue
        low = said.lower()
        pronoun = _KEEP_THEM.search(low)
        if pronoun is None:
            continue
        whole = texts.get(statement.segment, "").lower()
        before = whole[: whole.find(pronoun.group(0))] if pronoun.group(0) in whole else ""
        if not _PLURAL_AFTER_PREP.search(before):
            before = texts.get(statement.segment - 1, "").lower()
        found = list(_PLURAL_AFTER_PREP.finditer(before))
        noun = read_noun(found[-1]["np"]) if found else None
        if noun is None or singular(noun.words[-1]) == noun.words[-1]:
            continue
        if isinstance(statement, Declare):
            reading.statements[at] = replace(statement, entity=noun)
        else:
            reading.statements[at] = Mention(noun, True, False, statement.segment)
        return


_IT_LINKS = re.compile(
    r"^(?:it|each one|every one)\s+(?P<link>(?:(?:belongs|is linked|is assigned)\s+to"
    # "Each one is for exactly one event.": what each one is for (branch if14)
    r"|is\s+(?:always\s+|only\s+)?for"
    # "It comes from one supplier.", "It is taught by one instructor."
    r"|comes\s+from|is\s+(?:from|[a-z]{3,}\s+by))\s+"
    r"(?:one|a single|exactly one|only one|many|several)\s+[a-z].*)$"
)


def _it_links_back(reading: Reading) -> None:
    """ "Create a Scene with number and location. It belongs to one Production.": "it" or "each
    one" in a sentence of its own, linking to one thing, is the one thing the request creates;
    left unread, the link would be lost while the create was read with confidence."""
    created = {
        s.entity.name: s.entity
        for s in reading.statements
        # ("A delivery has a date and a total. It comes from one supplier.": declared by "has")
        if isinstance(s, Declare) and s.mode in ("create", "has") and s.entity is not None
    }
    if len(created) != 1:
        return
    (owner,) = created.values()
    for at, statement in enumerate(reading.statements):
        if isinstance(statement, Aside):
            # ("… It comes from one supplier.": a sentence with no list was taken for talk)
            said = statement.text.strip().rstrip(".!").lower()
        elif isinstance(statement, Unread):
            said = statement.clause
        else:
            continue
        if not (m := _IT_LINKS.match(said)):
            continue
        # the owner said in the plural ("track marquee hires …") is one of them here
        words = [*owner.words[:-1], singular(owner.words[-1])]
        text = f"each {' '.join(words)} {m['link']}"
        read = read_clause(Clause(text, statement.text, None, "", statement.segment, True))
        if len(read) == 1 and isinstance(read[0], Relate) and read[0].owner.name == owner.name:
            reading.statements[at] = read[0]


def _links_to_declared(reading: Reading) -> None:
    """ "scores (title, composer) and players (name), where players can borrow many scores":
    a plural that reads as values ("scores") names an entity when the same request declares
    it with fields of its own; the clause left unread for it is that relationship. So is a
    clause that joins two such things by a verb no reader knows ("each phone repair is done
    by one technician"), also when a field list ends in it ("…, with pilots holding many type
    ratings") or it reads as a list of values ("a donor can have many zakat payments")."""
    known = frozenset(
        s.entity.name
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
    )
    if len(known) < 2:
        return
    declared = {
        s.entity.name: s.entity
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
        and s.mode != "add"
    }  # fmt: skip
    if len(declared) >= 2:
        reading.statements = [
            said
            for statement in reading.statements
            for said in (
                _declared_links_in_list(reading, statement, declared)
                if isinstance(statement, Declare)
                else [statement]
            )
        ]
    for at, statement in enumerate(reading.statements):
        if not isinstance(statement, Unread) or not statement.clause:
            continue
        clause = Clause(statement.clause, statement.text, None, "", statement.segment, False)
        related = read_relation(clause, known)
        if (
            related is not None
            and related.owner is not None
            and {related.owner.name, related.target.name} <= known
        ):
            reading.statements[at] = related
        elif (
            len(declared) >= 2
            and "?" not in statement.text
            and (link := read_declared_link(statement.clause, declared, statement.segment))
        ):
            reading.statements[at] = link


def _declared_links_in_list(
    reading: Reading, declared: Declare, things: dict[str, Noun]
) -> list[Statement]:
    """A declaration and the links between declared things that its list dropped: an item
    worded as a clause ("with a staff member belonging to a single pay grade"), a list of
    values that names a declared thing ("a donor can have many zakat payments"), or an item
    under the thing's heading that says its link without its subject ("- goes on one vessel",
    read as a field or dropped), each found again as the clause that ends its sentence or
    line."""
    links: list[Statement] = []
    kept: list[Dropped] = []
    for item in declared.fields.dropped:
        link = None
        # the clause that ends its sentence: "…, with each seedling growing in one greenhouse
        # or one shed" went on to name another item, made a field ("shed"), and stays asked
        if item.reason in (WORDING_REASON, LIST_REASON) and (
            said := _clause_saying(reading.text, item.text)
        ):
            link = read_declared_link(said, things, declared.segment) or _said_of_owner(
                said, declared, things
            )
        if link is None:
            kept.append(item)
        else:
            links.append(link)
    attributes = []
    for attribute in declared.fields.attributes:
        said = attribute.name.replace("_", " ")
        link = None
        if _COUNT_IN_NAME.search(said) and (said := _clause_saying(reading.text, said)):
            link = _said_of_owner(said, declared, things)  # "goes_on_one_vessel" is no field
        if link is None:
            attributes.append(attribute)
        else:
            links.append(link)
    if not links:
        return [declared]
    if not kept and not attributes and declared.mode == "need":
        return links  # "a donor can have many zakat payments" said nothing else of a donor
    fields = replace(declared.fields, attributes=attributes, dropped=kept)
    return [replace(declared, fields=fields), *links]


# a count inside what was read as a field's name ("goes on one vessel"): maybe a link said
_COUNT_IN_NAME = re.compile(r"\b(?:one|single|many|several|multiple)\b")


def _said_of_owner(said: str, declared: Declare, things: dict[str, Noun]) -> Relate | None:
    """ "- is loaded onto one vessel" under Booking's heading: the link said of the thing
    whose list it is in, its subject left out."""
    if declared.entity is None or declared.entity.name not in things:
        return None
    words = " ".join(declared.entity.words)
    return read_declared_link(f"each {words} {said}", things, declared.segment)


def _clause_saying(text: str, said: str) -> str | None:
    """The clause of `text` (cut at a line's or a sentence's end, a semicolon or a comma)
    that ends with `said`, or closes a parenthesis; None when it is not there once."""
    ends = rf"(?P<c>[^.;:!?,()\n]*\b{re.escape(said)})(?=[ \t]*(?:[.;!)]|$))"
    found = [m["c"] for m in re.finditer(ends, text, re.I | re.M)]
    return found[0].strip() if len(found) == 1 else None


def _one_of_each_declared(reading: Reading) -> None:
    """ "Dogs with name, kennels with name, and stays with dates. Each stay has one dog and one
    kennel.": what a thing has one of, when the same request declares it with fields of its
    own, is a link to it (as "each stay has one dog" alone reads), never a text field; so is
    one such thing whose name sounds like a value ("each staff member has one pay grade")."""
    known = {
        s.entity.name: s.entity
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
    }
    if len(known) < 2:
        return
    for at, s in enumerate(reading.statements):
        if not isinstance(s, Declare) or s.entity is None or s.fields.dropped:
            continue
        names = [a.name for a in s.fields.attributes]
        targets = [known.get("".join(w.capitalize() for w in n.split("_"))) for n in names if n]
        if not targets or any(t is None or t.name == s.entity.name for t in targets):
            continue
        # one thing alone is a link only where "has one" says so ("add a dish to the menu" is
        # no link)
        counted = r"(?:one|a|an|a single|exactly one)" if len(targets) > 1 else r"(?:one|a single)"
        said = [n.replace("_", " ") for n in names]
        if (len(targets) == 1 and s.mode != "has") or not all(
            re.search(rf"\b{counted}\s+{re.escape(w)}\b", reading.text, re.I) for w in said
        ):
            continue
        links = [Relate(s.entity, t, "many_to_one", True, s.segment) for t in targets if t]
        reading.statements[at : at + 1] = links[:1]
        reading.statements.extend(links[1:])


# A heading's last word that names work on a thing, not a thing kept ("Kayak changes:")
_CHANGES_TAIL = re.compile(
    r"\s(?:changes|tweaks|fixes|updates|edits|amendments|adjustments|modifications"
    r"|clean-?up|tidy-?up|renames)\s*:?$"
)


# "- add reason for visit" under "Appointment changes:": a bare noun after "for" or "of" (no
# article) is the end of the field's name, not the thing it is added to
_ADD_NAMED_WITH_FOR = re.compile(
    r"^(?P<verb>add|include)\s+(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s+(?:for|of)\s+"
    r"(?!(?:the|a|an|each|every|all|our|their|its|my)\b)[a-z][a-z-]*)(?P<rest>\s*\([^()]*\))?$"
)


def _named_with_for(seg: Segment) -> dict[int, str]:
    """The list item said again with its field's name whole ("add reason-for-visit"), when it
    is an add whose "for" would otherwise name a thing; nothing for any other item."""
    m = _ADD_NAMED_WITH_FOR.match(seg.text.strip().lower().rstrip("."))
    if m is None:
        return {}
    whole = f"{m['verb']} {m['f'].replace(' ', '-')}{m['rest'] or ''}"
    said = read_segment(replace(seg, text=whole))
    if not said or not all(isinstance(s, Declare) and s.entity is None for s in said):
        return {}
    return {seg.index: whole}


def _a_bare_change(seg: Segment) -> bool:
    """ "- make hull colour optional", "- remove the fin box", "- rename seat to saddle": a
    list item that is a change with no entity of its own."""
    said = read_segment(seg)
    return bool(said) and all(
        (isinstance(s, (Rename, Remove, Modify)) and s.entity is None)
        or (isinstance(s, Declare) and s.mode == "add" and s.entity is None)
        for s in said
    )


def _under_closing(seg: Segment, segments: tuple[Segment, ...]) -> bool:
    """A line of a signature: after a closing line ("Kind regards,", "Thanks, Jo"), among at
    most three short lines that end the request and list nothing (no colon)."""
    if seg.kind == "bullet" or len(segments) - seg.index > 3:
        return False
    for at in range(max(seg.index - 3, 0), seg.index):
        if segments[at].kind != "bullet" and is_signoff(segments[at].text.strip()):
            return all(_signature_line(s) for s in segments[at + 1 :])
    return False


def _signature_line(seg: Segment) -> bool:
    """ "Priya Shah", "Head of Sales, Acme Ltd": a name or a role and where, each word
    capitalised but the small ones; a line of words in lower case ("PS also add …") asks."""
    words = rx(r"[A-Za-z][A-Za-z'-]*").findall(seg.text)
    return (
        seg.kind != "bullet"
        and 0 < len(words) <= 8
        and ":" not in seg.text
        and all(w[0].isupper() or w in _SIGNATURE_SMALL for w in words)
        and not (words[0].isupper() and len(words[0]) <= 3 and words[0] in ("PS", "NB", "PPS"))
    )


_SIGNATURE_SMALL = frozenset("of and the for at in on & de van von".split())


def _a_rename(seg: Segment) -> bool:
    """ "- rename pcode to postcode": a list item that renames (a field or, read alone, a
    thing: under "Client field renames:" it is a field, titled.py)."""
    said = read_segment(seg)
    return bool(said) and all(isinstance(s, Rename) for s in said)


def _change_of_its_own(seg: Segment) -> list[Statement]:
    """The changes a list item makes to an entity it names itself ("Rename X to Y on Falcon",
    "On Delivery, fee becomes optional"); none when it names no entity."""
    said = read_segment(seg)
    if said and all(isinstance(s, (Rename, Remove, Modify)) and s.entity is not None for s in said):
        return said
    if said and all(isinstance(s, Relate) and s.owner is not None and s.stated for s in said):
        return said  # "- Link routes and setters (many-to-many)": a link, not two fields
    return []


def _names_values(fields: FieldList) -> bool:
    """ "the owner name, the owner phone, …": words that name what a record holds (a list
    said before the entity it belongs to), unlike "tiny one, under the railway arch" or "two
    kilns" (a count of what the writer has)."""
    return any(
        set(a.name.split("_")) & FIELD_HINTS or a.type not in (AttrType.STR, AttrType.INT)
        for a in fields.attributes
    )


def _list_before_the_ask(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Bike repair shop, tiny one, under the railway arch. … Please make me a repair jobs
    tracker: bike description, …": a list that names no entity, said before any entity and
    before a later sentence that declares one with its fields, describes the writer — fields
    come after what they belong to."""
    statements = reading.statements
    named = [
        s
        for s in statements
        if (isinstance(s, Declare) and s.entity is not None and s.fields.attributes)
        or (isinstance(s, Mention) and s.entity is not None and s.create and not s.weak)
    ]
    out: list[Statement] = []
    for statement in statements:
        if (
            isinstance(statement, Declare)
            and statement.entity is None
            and statement.mode == "either"
            and not statement.header
            and not any(isinstance(o, (Declare, Mention)) and o.entity for o in out)
            and any(d.segment > statement.segment for d in named)
            and not _names_values(statement.fields)
        ):
            if things := _things_detailed_later(statement.fields, named):
                # "Set up clients, matters and invoices. Clients have …, matters have …": the
                # list names the things to create; one given no fields later is asked about
                out.extend(Mention(t, True, False, statement.segment) for t in things)
                continue
            text = next((g.text for g in segments if g.index == statement.segment), "")
            if text and not any(getattr(o, "segment", None) == statement.segment for o in out):
                out.append(Aside(text, statement.segment, words_of(text)))
            continue
        out.append(statement)
    reading.statements = out


def _things_detailed_later(fields: FieldList, named: list) -> list[Noun]:
    """The items of a list, as things, when they are plural and one of them is a thing a later
    sentence gives fields to; [] otherwise."""
    later = {s.entity.name for s in named}
    words = [a.name.replace("_", " ") for a in fields.attributes]
    words[0] = rx(rf"^{ASKING}?(?:{MANAGE_VERBS}|{CREATE_VERBS})\s+").sub("", words[0])
    if len(words) < 2 or any(singular(w.split()[-1]) == w.split()[-1] for w in words):
        return []
    things = [read_noun(w) for w in words]
    if any(t is None for t in things) or not any(t.name in later for t in things if t):
        return []
    return [t for t in things if t is not None]


# What a title says when it sums up fields the body names one by one
_SUMMARY_NOUN = re.compile(
    r"\b(?:details|info|information|data|fields|attributes|columns|properties|extras)\b"
)


_WORK_DONE = re.compile(r"tracking|logging|monitoring|recording|history|management|support")


TABLE_REASON = (
    "a table row that names no field: say which entity the table describes, with a header"
    " row naming its columns (field | type)"
)


def _table_rows(segments: tuple[Segment, ...]) -> set[int]:
    """Rows of tables left as written: two or more consecutive lines in pipes."""
    piped = [bool(rx(r"\|.*\|").fullmatch(s.text.strip())) for s in segments]
    return {
        s.index
        for s in segments
        if piped[s.index]
        and any(
            0 <= n < len(segments) and piped[n] and abs(segments[n].line - s.line) == 1
            for n in (s.index - 1, s.index + 1)
        )
    }


def _same_owner(a: Remove, b: Remove) -> bool:
    return a.entity is None or b.entity is None or a.entity == b.entity


def _label_over_entities(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Kennel model:" over "Dog: name, breed" and "Owner: full name, phone": a first line that
    only names something, over lines that each declare another entity with its fields, labels
    what follows (the system or the document); it is context, not an entity without fields."""
    if not segments or segments[0].depth or len(_WORD.findall(segments[0].text)) > 4:
        return
    label = segments[0].text.strip()
    if not (label.endswith(":") or set(_WORD.findall(label.lower())) & FRAME_NOUNS):
        return  # "Products" alone over two lists may be a third entity named without fields
    first = [s for s in reading.statements if getattr(s, "segment", None) == 0]
    if not first or not all(isinstance(s, Mention) and not s.weak for s in first):
        return
    named = {s.entity.name for s in first if isinstance(s, Mention) and s.entity is not None}
    declared = {
        s.entity.name
        for s in reading.statements
        if isinstance(s, Declare)
        and s.segment != 0
        and s.entity is not None
        and s.fields.attributes
        and s.mode in ("create", "either")
    }
    if len(declared - named) < 2 or named & declared:
        return
    reading.statements = [
        replace(s, weak=True) if isinstance(s, Mention) and s.segment == 0 else s
        for s in reading.statements
    ]


# "for rounds": a preposition the announcing sentence put before the things it names
_NAMED_AFTER = re.compile(r"^(?:for|of|with)_")


def _names_a_thing(field: str, declared: set[str]) -> bool:
    """Whether a field's words name a thing declared ("missed_bin_reports" names
    MissedBinReport) or, said as one plural word, its head ("packages" names WashPackage)."""
    words = _NAMED_AFTER.sub("", field).removesuffix("_value").split("_")
    noun = read_noun(" ".join(words))
    if noun is not None and noun.name in declared:
        return True
    if len(words) != 1 or singular(words[0]) == words[0]:
        return False
    head = singular(words[0]).capitalize()
    return any(rx(r"[A-Z][a-z]*").findall(name)[-1:] == [head] for name in declared)


def _fields_name_later_things(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Create tables for rounds and missed bin reports. Rounds: …", "the car wash has like
    six packages … store wash packages with …": a sentence whose only "fields" name things
    the sentences after it declare with their own fields announces them (as "St Anne's needs
    services and hymns. Services: …" does); its subject is a frame or talk, never one more
    entity whose fields are other entities. A command that names a thing of its own ("Create
    Team with players. Players: …") stays as read (asked: a thing with no field)."""
    texts = {seg.index: seg.text for seg in segments}
    for at, s in enumerate(reading.statements):
        if not (
            isinstance(s, Declare)
            and s.entity is not None
            and not s.entity.explicit
            and not s.header
            and s.mode in ("create", "either", "has", "need")
            and s.fields.attributes
        ):
            continue
        later = {
            d.entity.name
            for d in reading.statements
            if isinstance(d, Declare)
            and d.segment > s.segment
            and d.entity is not None
            and d.entity.name != s.entity.name
            and len(d.fields.attributes) >= 2
        }
        if not later or not all(_names_a_thing(a.name, later) for a in s.fields.attributes):
            continue
        text = texts.get(s.segment, "")
        framed = bool(set(s.entity.words) & FRAME_NOUNS) or any(
            singular(w) in FRAME_NOUNS for w in s.entity.words
        )
        if not framed and rx(rf"(?:please\s+)?(?:{COMMAND_VERBS})\b").match(simplify(text)):
            continue
        reading.statements[at] = Aside(text, s.segment, words_of(text))


def _title_summarises(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """A document's title names what it is about; its body says it in detail. "Add
    fermentation details to Batch" over criteria that each add one field to Batch (or "Remove
    unused fields from Truck" over criteria that each remove one): the fields are the body's,
    the title keeps its entity and its kind of change. A title that
    is only a list ("Films and juries") names the document, never fields."""
    lines = [seg.line for seg in segments]
    titles = {
        seg.index: seg.text
        for seg in segments
        if seg.kind == "title" and lines.count(seg.line) == 1  # a title line, not a paragraph
    }
    if not titles:
        return
    body = [
        s
        for s in reading.statements
        if isinstance(s, Declare) and s.segment not in titles and s.fields.attributes
    ]
    removed = [
        s
        for s in reading.statements
        if isinstance(s, Remove) and s.segment not in titles and s.fields and not s.whole_entity
    ]
    out: list[Statement] = []
    for s in reading.statements:
        summary = (
            isinstance(s, Remove)
            and s.segment in titles
            and s.fields
            and _SUMMARY_NOUN.search(titles[s.segment].lower())
        )
        if summary and not s.whole_entity and any(_same_owner(r, s) for r in removed):
            # "Remove unused fields from Truck" over criteria naming each field
            out.append(replace(s, fields=()))
            out.append(Constraint(titles[s.segment], s.segment))
            continue
        if isinstance(s, Declare) and s.segment in titles and s.fields.attributes:
            if s.entity is None or _names_body_things(s, body):
                # "Family tree: marriages" over "Marriage entity with just: …": the title says
                # what the document is about; its "fields" are the things the body declares
                out.append(Constraint(titles[s.segment], s.segment))
                continue
            summary = _SUMMARY_NOUN.search(titles[s.segment].lower()) or all(
                # "Add weight tracking to Patient" over criteria naming each field: the work
                # done on the thing sums them up, no field of its own
                _WORK_DONE.fullmatch(a.name.split("_")[-1])
                for a in s.fields.attributes
            )
            same = [d for d in body if d.entity is None or d.entity == s.entity]
            if summary and same:
                out.append(replace(s, fields=FieldList(), header=False))
                out.append(Constraint(titles[s.segment], s.segment))
                continue
            said = {w for d in same for a in d.fields.attributes for w in a.name.split("_")}
            kept = [a for a in s.fields.attributes if a.name.split("_")[-1] not in said]
            if len(kept) < len(s.fields.attributes):
                # "Add permit expiry to Permit" over "… it has an expiry date": the body says
                # the title's field again, in detail
                fields = FieldList(kept, s.fields.dropped, s.fields.rules, len(kept))
                out.append(replace(s, fields=fields, header=False))
                out.append(Constraint(titles[s.segment], s.segment))
                continue
        out.append(s)
    reading.statements = out


# "HOST-41: Extend the Dorm entity", "Update the Berth model": a ticket's title that says a
# thing written as an entity is extended, and nothing else
_EXTENDS_TITLE = re.compile(
    r"^(?:extend|expand|enhance|update)\s+(?:the\s+)?(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"\s+(?:entity|model|table)\.?$"
)


def _title_extends(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Extend the Dorm entity" over criteria "Dorm has a locker count (integer)", "Dorm has a
    mixed flag": the title says the kind of change, the criteria say what Dorm then has; the
    fields are added to Dorm, and the title is kept as a business rule. Criteria that name
    another thing, or create one ("Dorm entity with …"), are left as they are."""
    titles = {seg.index: seg.text for seg in segments if seg.kind == "title"}
    extended = {
        s.segment: noun
        for s in reading.statements
        if isinstance(s, Unread)
        and s.segment in titles
        and (m := _EXTENDS_TITLE.match(simplify(titles[s.segment])))
        and (noun := read_noun(m["x"])) is not None
    }
    if len(extended) != 1:
        return
    ((at, noun),) = extended.items()
    said = [s for s in reading.statements if isinstance(s, Declare) and s.fields.attributes]
    if not said or any(
        s.mode != "has" or s.entity is None or s.entity.name != noun.name for s in said
    ):
        return
    reading.statements = [
        Constraint(titles[at], at)
        if isinstance(s, Unread) and s.segment == at
        else replace(s, mode="add")
        if isinstance(s, Declare) and s.fields.attributes
        else s
        for s in reading.statements
    ]


def _names_body_things(title: Declare, body: list[Declare]) -> bool:
    """Every field the title gives names an entity the body declares with fields."""
    declared = {d.entity.name for d in body if d.entity is not None and d.entity != title.entity}
    named = [read_noun(a.name.replace("_", " ")) for a in title.fields.attributes]
    return bool(declared) and all(n is not None and n.name in declared for n in named)


# "it is optional though", "that one can be left blank": about the field just listed
_OPTIONAL_REMARK = re.compile(
    r"^(?:(?:but|and|oh|also)\s+)?(?:it|that|this|that one|this one|the last one)\s+"
    r"(?:is\s+|are\s+)?(?:" + OPTIONAL.pattern + r")"
)
_OPTIONAL_SUBJECT = re.compile(
    r"^(?:(?:but|and|oh|also|though|the|a|an)\s+)*(?P<f>[a-z][a-z -]{0,40}?)"
    r"(?:\s+(?:is|are|was|will be|would be|should be|field))?$"
)


# "Some donors are anonymous so the donor name should be optional": the subject of the
# marker starts after the last word that joins two clauses
_CLAUSE_JOIN = re.compile(r"^.*(?:\b(?:so|and|but|because|since|as|then|which means)\s+|[,;]\s*)")
_POINTERS = (
    *("it", "that", "this", "that one", "this one", "the last one", "that field", "this field"),
)


# a reason's end before a bare marker: "…, so optional", "… though, so optional"
_REASON_SO = re.compile(r"[a-z][,;]?\s+so\s*$")
_SO_THE = re.compile(r",?\s+so\s+(?:the|their|its|our)\s")


def _disuse_before_so(reading: Reading) -> None:
    """ "Our couriers don't use radios anymore, so the radio number can go.": the things no
    longer used are why the field named after them goes; one removal, the first is its reason
    (both were removed: a field "radios" the request never named as one)."""
    for i in range(len(reading.statements) - 1):
        first, then = reading.statements[i], reading.statements[i + 1]
        if not (
            isinstance(first, Remove)
            and isinstance(then, Remove)
            and first.segment == then.segment
            and not first.whole_entity
            and not then.whole_entity
            and len(first.fields) == 1
            and singular(first.fields[0]) != first.fields[0]
        ):
            continue
        text = reading.text
        if not (so := _SO_THE.search(text.lower())):
            continue
        named = "_" not in first.fields[0] and singular(first.fields[0]) in " ".join(
            then.fields
        ).split("_")
        # "Our groomers don't use the walkie-talkies anymore, so the radio channel can go": the
        # things no longer used, said before "so", are why; what goes is said after it (and
        # only it: "…, so the radio channel can go too" removes both)
        used = rx(r"\b(?:use|uses|using|used)\b").search(text[: so.start()].lower())
        alone = not rx(r"\b(?:too|also|as well|either|as do|and)\b").search(
            text[so.end() :].lower()
        )
        if not named and not (used and alone):
            continue
        reading.statements[i] = Reason(first.fields[0], first.segment)
        if then.entity is None and first.entity is not None:
            reading.statements[i + 1] = replace(then, entity=first.entity)
        return


_LACKS = re.compile(
    r"(?:\b(?:might|may|do|does|will|would)\s+not|\b(?:doesn't|don't|won't|never)"
    r"|^not (?:every|all)\s+[a-z]+)\s+(?:always\s+)?(?:have|has|got)"
    r"\s+(?:a|an|any|the|their|its)?\s*"
    r"(?P<f>[a-z][a-z ]*?)\s*(?:[,.;!]|$)"
)


# "Email, phone and address are optional.": the marker said of a plural subject, all of it
_ALL_MARKED = re.compile(
    r"\b(?:are|were)\s+(?:all\s+|both\s+)?(?:optional|not required|not mandatory|nullable"
    r"|allowed to be (?:blank|empty))\b"
)


def _all_said_optional(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Create X with name, email, phone and address. Phone and address are optional.": a
    sentence of its own listing fields the request declared, then "are optional", makes every
    one of them optional, not only the last (a list reads a marker after an item as that
    item's). A field it names beside declared ones but never declared itself is asked about."""
    texts = {seg.index: seg.text.lower() for seg in segments}
    for at, statement in enumerate(reading.statements):
        if not (
            isinstance(statement, Declare)
            and statement.entity is None
            and len(statement.fields.attributes) >= 2
            and not statement.fields.attributes[-1].required
            and _ALL_MARKED.search(texts.get(statement.segment, ""))
        ):
            continue
        owner = next(
            (
                d
                for d in reversed(reading.statements[:at])
                if isinstance(d, Declare) and d.entity is not None and d.fields.attributes
            ),
            None,
        )
        if owner is None:
            continue
        listed = {a.name for a in owner.fields.attributes}
        unlisted = [a.name for a in statement.fields.attributes if a.name not in listed]
        if unlisted and len(unlisted) < len(statement.fields.attributes):
            # "Phone and fax are optional" where phone was listed and fax never: a remark on
            # the list adds no field unasked; the slip or the wish is asked about
            reading.asks.append(_unlisted_ask(unlisted))
        fields = replace(
            statement.fields,
            attributes=[replace(a, required=False) for a in statement.fields.attributes],
        )
        reading.statements[at] = replace(statement, fields=fields)


# "The model and the price are often unknown, so make that optional", "…, so leave those
# blank", "…, so both can be empty": a remark that names listed fields, then a word pointing
# back at them said optional
_POINTED_OPTIONAL = re.compile(
    r"^(?P<remark>[a-z].*?)(?:\s*[,;:]\s*(?:(?:and|but)\s+)?(?:so\s+)?"
    r"|\s+(?:(?:and|but)\s+)?so\s+|\s+(?:and|but)\s+)"
    r"(?:(?:please|just|can you|could you|let us|let's|lets)\s+)*"
    r"(?:(?:make|mark|set|leave|have|keep)\s+)?"
    r"(?P<p>both of them|both of those|both of these|all of them|all of those|all of these"
    r"|them both|those two|these two|the two|both|those|these|them|they"
    r"|that one|this one|that field|this field|that|this|it)"
    r"(?:\s+(?:fields|ones|two))?\s+(?:(?:is|are|should|can|could|may|must|will|would)"
    r"(?:\s+(?:be|stay))?\s+)?(?:" + OPTIONAL.pattern + r")"
    r"(?:\s+(?:please|too|as well|for now|then))?\s*[.!]?$"
)
_POINTED_TWO = frozenset(
    ("both of them", "both of those", "both of these", "them both", "those two", "these two",
     "the two", "both")
)  # fmt: skip
_POINTED_SEVERAL = _POINTED_TWO | {"all of them", "all of those", "all of these", "those",
                                   "these", "them", "they"}  # fmt: skip
_REMARK_ASKS = re.compile(
    r"^(?:(?:please|also|and)\s+)*(?:add|create|include|put|build|set up|make|introduce|give)\b"
)
_POINTED_ONE = frozenset(("it", "that one", "this one", "that field", "this field"))
# what may stand between two fields said together ("the model and the price", "no phone or
# no email", "phone, fax"): nothing that says one is the other's
_SAID_TOGETHER = re.compile(
    r"^\s*,?\s*(?:(?:and|or|nor|&)\s+)?(?:(?:the|a|an|their|its|his|her|no|any)\s+)?$"
)


def _fields_in_remark(remark: str, attributes: list[Attribute]) -> list[tuple[int, int, int]]:
    """The listed fields a remark names, in the order said: (start, end, index), the longest
    name kept where two overlap ("phone number" over "phone")."""
    found = []
    for i, a in enumerate(attributes):
        words = a.name.removesuffix("_value").replace("_", " ")
        m = re.search(rf"\b{re.escape(words)}(?:s|es)?\b", remark)
        if m is not None:
            found.append((m.start(), m.end(), i))
    kept = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]
    return sorted(kept)


def _pointed_back_optional(reading: Reading, segments: tuple[Segment, ...]) -> None:
    """ "Create X with model, price and color. The model and the price are often unknown, so
    make that optional": "that", "those", "them", "both" after a remark naming fields said
    together covers every one of them, not the last alone; "it" or "that one" after two fields
    (or "both" after three) does not say which, so it is asked."""
    by_segment: dict[int, list[int]] = defaultdict(list)
    for i, statement in enumerate(reading.statements):
        by_segment[statement.segment].append(i)
    dropped: set[int] = set()
    for seg in segments:
        m = _POINTED_OPTIONAL.match(simplify(seg.text))
        if m is None or not by_segment.get(seg.index):
            continue
        owner = next(
            (
                d
                for d in reversed(reading.statements)
                if isinstance(d, Declare)
                and d.entity is not None
                and d.fields.attributes
                and d.segment < seg.index
            ),
            None,
        )
        talk = [reading.statements[i] for i in by_segment[seg.index]]
        if owner is None or any(_asks_of_its_own(s) for s in talk):
            continue
        remark = m["remark"]
        if _REMARK_ASKS.match(remark) or _adds_in_remark(talk, owner, remark):
            continue  # "add a fax and a pager, and make both optional": an ask, read as one
        said = _fields_in_remark(remark, owner.fields.attributes)
        if not said:
            continue  # no listed field named: the other readers decide
        named = [i for _, _, i in said]
        together = all(_SAID_TOGETHER.match(remark[a[1] : b[0]]) for a, b in pairwise(said))
        pointer = m["p"]
        several = len(named) > 1
        if several and (
            pointer in _POINTED_ONE
            or (pointer in _POINTED_TWO and len(named) != 2)
            or (pointer not in _POINTED_SEVERAL and not together)
        ):
            names = ", ".join(owner.fields.attributes[i].name for i in named)
            reading.asks.append(
                f"{seg.text.strip()!r} names {names}: which may be left empty? say 'F is "
                "optional' for each one"
            )
        else:
            for i in named:
                owner.fields.attributes[i] = replace(owner.fields.attributes[i], required=False)
        first, *rest = by_segment[seg.index]
        reading.statements[first] = Constraint(seg.text, seg.index)
        dropped.update(rest)
    if dropped:
        reading.statements[:] = [s for i, s in enumerate(reading.statements) if i not in dropped]


def _adds_in_remark(talk: list[Statement], owner: Declare, remark: str) -> bool:
    """ "Returned date too, but that one can be empty": the remark itself names a field the
    owner does not have yet, so it adds one; the sentence is no remark on the list."""
    listed = {a.name for a in owner.fields.attributes}
    return any(
        a.name not in listed and rx(rf"\b{re.escape(a.name.replace('_', ' '))}\b").search(remark)
        for s in talk
        if isinstance(s, Declare)
        for a in s.fields.attributes
    )


def _asks_of_its_own(statement: Statement) -> bool:
    """A statement that asks for something itself: a thing declared or a field named in a
    change (what a remark's misreading makes, a pronoun or a stray field, is not)."""
    if isinstance(statement, (Relate, Rename, Remove)):
        return True
    if isinstance(statement, Modify):
        return statement.entity is not None or any(c.name for c in statement.changes)
    return isinstance(statement, Declare) and statement.entity is not None


def _unlisted_ask(unlisted: list[str]) -> str:
    """The note of a remark that says a field optional beside listed ones, never listed."""
    return (
        f"{', '.join(unlisted)} said optional beside listed fields but never listed: add it, "
        "or say which listed field is meant"
    )


def _said_optional_later(reading: Reading) -> None:
    """ "… a microchip number. It's optional though.", "Assigned to can be blank for the
    spares", "Some donors are anonymous so the donor name should be optional", "The mobile may
    be blank if …" (a field named by its last word): a sentence of its own, asking nothing
    else, that makes a field read earlier optional."""
    declared = [s for s in reading.statements if isinstance(s, Declare) and s.fields.attributes]
    if not declared:
        return
    by_segment: dict[int, list[int]] = defaultdict(list)
    for i, statement in enumerate(reading.statements):
        by_segment[statement.segment].append(i)
    dropped: set[int] = set()
    for seg, indexes in by_segment.items():
        talk = [reading.statements[i] for i in indexes]
        if (said := _optional_after_comma(talk)) is not None:
            owner, remark = said
            owner.fields.attributes[-1] = replace(owner.fields.attributes[-1], required=False)
            reading.statements[indexes[1]] = Constraint(remark, seg)
            continue
        if not all(isinstance(s, (Unread, Aside)) for s in talk):
            continue
        owner = next((d for d in reversed(declared) if d.segment < seg), None)
        if owner is None:
            continue
        text = talk[0].text
        simple = simplify(text)
        several = _several_pointed(simple, len(owner.fields.attributes))
        if several and owner.segment == seg - 1:
            # "Add a fax and a pager to Supplier. Both are optional.": every field pointed at
            for index in several:
                found = owner.fields.attributes[index]
                owner.fields.attributes[index] = replace(found, required=False)
            reading.statements[indexes[0]] = Constraint(text, seg)
            dropped.update(indexes[1:])
            continue
        m = OPTIONAL.search(simple)
        if m is None:
            # "Some guests might not have a phone", "not every boat has a sail number": a
            # field some records lack is one that may be empty, as "may have" says
            lacks = _LACKS.search(simple)
            if lacks is None:
                continue
            index = _field_named(lacks["f"], owner.fields.attributes)
            if index is None:
                continue
        else:
            index = _optional_subject(simple[: m.start()].strip(), owner.fields.attributes)
        if (
            index is None
            and m is not None
            and not simple[: m.start()].strip(" -—,.!")
            and len(owner.fields.attributes) == 1
            and owner.segment == seg - 1
        ):
            # "Add a last visit to Patient. Nullable, since new ones have none.": the marker
            # alone, right after the one field asked for, is said of that field
            index = 0
        if (
            index is None
            and m is not None
            and owner.segment == seg - 1
            and _REASON_SO.search(simple[: m.start()])
        ):
            # (ls61) "… a mobile number as well? Not everyone will want to give it though, so
            # optional.": a reason, then the bare marker it leads to, right after the one
            # field asked for, is said of that field (it was read required, and accepted);
            # after two or more it does not say which, so it is asked
            if len(owner.fields.attributes) != 1:
                names = ", ".join(a.name for a in owner.fields.attributes)
                reading.asks.append(
                    f"{text.strip()!r} follows {names}: which may be left empty? say 'F is "
                    "optional' for each one"
                )
                continue
            index = 0
        if index is None:
            continue
        found = owner.fields.attributes[index]
        owner.fields.attributes[index] = replace(found, required=False)
        reading.statements[indexes[0]] = Constraint(text, seg)
        # the segment's other statements go once every segment is seen: deleting them now
        # would shift the indexes of the segments after it
        dropped.update(indexes[1:])
    if dropped:
        reading.statements[:] = [s for i, s in enumerate(reading.statements) if i not in dropped]


# ", it can be blank", ", and it's optional for most people": said after a comma of the field
# the clause before it asks for
_IT_OPTIONAL_AFTER = re.compile(
    r"[,;]\s+(?:(?:and|but|though)\s+)?(?:it|that one)\s+(?:is\s+)?(?:" + OPTIONAL.pattern + r")"
)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# "Both are optional.", "the last two can be blank", "all three are optional": a sentence that
# points back at several items of the list just given and says they may be empty
_SEVERAL_POINTED = re.compile(
    r"^(?:(?:but|and|oh|also|though|although)\s+)?(?:"
    r"(?P<both>both(?:\s+of\s+(?:them|those|these))?|(?:those|these|the)\s+two)"
    r"|(?:the|those|these)\s+last\s+(?P<last>two|three|2|3)"
    r"|all(?:\s+(?P<all>two|three|four|2|3|4)|\s+of\s+(?:them|those|these))?"
    r")(?:\s+(?:fields|ones|items))?\s+(?:(?:are|should be|can be|could be|would be|will be)\s+)?"
    r"(?=" + OPTIONAL.pattern + r")"
)


def _several_pointed(simple: str, listed: int) -> list[int]:
    """The indexes of the listed fields a sentence such as "Both are optional." points at; none
    when the count it says does not fit the list ("both" after three fields says nothing sure)."""
    m = _SEVERAL_POINTED.match(simple)
    if m is None or listed < 2:
        return []
    if m["both"]:
        return [0, 1] if listed == 2 else []
    if m["last"]:
        n = _NUMBERS[m["last"]]
        return list(range(listed - n, listed)) if listed >= n else []
    if m["all"] and _NUMBERS[m["all"]] != listed:
        return []
    return list(range(listed))


# "…, but the last one can be blank", "…, though that last one is optional": said after a
# comma of the last field listed, however many were
_LAST_ONE_OPTIONAL_AFTER = re.compile(
    r"[,;]\s+(?:(?:and|but|though|although)\s+)?(?:(?:that|the|this)\s+(?:last|final)\s+"
    r"(?:one|field|item)|the latter)\s+(?:is\s+|one\s+)?(?:" + OPTIONAL.pattern + r")"
)


_BARE_MARKER = re.compile(
    r"(?:so\s+)?(?:(?:can|may)\s+(?:also\s+)?be\s+(?:left\s+)?(?:blank|empty|null|missing)"
    r"|(?:is\s+)?optional)(?:\s+(?:for now|at first|sometimes|too|though))?"
)


def _optional_after_comma(talk: list[Statement]) -> tuple[Declare, str] | None:
    """ "we need a discount amount on each invoice, it can be blank": one field asked for, then
    "it" said optional after a comma in the same sentence (left unread there) is that field
    made optional, as a sentence of its own would be; with more fields "it" is not read."""
    if len(talk) != 2 or not isinstance(talk[0], Declare) or not isinstance(talk[1], Unread):
        return None
    declared, unread = talk
    said = unread.text.lower().rstrip(" .!")
    if (
        declared.mode != "has"
        and declared.fields.attributes
        and unread.clause
        and _BARE_MARKER.fullmatch(unread.clause.lower())
        and re.search(r",\s*(?:and\s+)?(?:so\s+)?" + re.escape(unread.clause.lower()) + "$", said)
    ):
        # "…, battery level, so can be empty": a marker with no subject after the list is
        # said of the item it follows, the last one listed
        return declared, unread.clause
    if declared.mode != "has" and declared.fields.attributes and not unread.clause:
        simple = simplify(unread.text)
        last = _LAST_ONE_OPTIONAL_AFTER.search(simple)
        if last is not None and not re.search(r",|\band\s+(?:a|an|the)\b", simple[last.end() :]):
            return declared, unread.text[unread.text.find(",") :].strip(" ,;") or unread.text
    if len(declared.fields.attributes) != 1 or declared.mode == "has" or unread.clause:
        return None
    simple = simplify(unread.text)
    m = _IT_OPTIONAL_AFTER.search(simple)
    if m is None or re.search(r",|\band\s+(?:a|an|the)\b", simple[m.end() :]):
        return None  # "…, it is optional, and a key count too": more is asked after it
    at = re.search(r"[,;]\s+(?:(?:and|but|though)\s+)?(?:it|that one)\b[^,;]*$", unread.text, re.I)
    return declared, (unread.text[at.start() :].strip(" ,;") if at else unread.text)


def _added_then_optional(reading: Reading) -> None:
    """ "Please add a follow up date and a medicine to VetVisit. The follow up date can be
    blank.": a later sentence that makes optional a field the request itself adds is said of
    that new field (a modify of a field that is not there yet would lose the rest)."""
    said_of_new: set[int] = set()
    for i, statement in enumerate(reading.statements):
        if not (
            isinstance(statement, Modify)
            and statement.changes
            and all(c.required is False and c.type is None for c in statement.changes)
        ):
            continue
        statement = _entity_as_field_words(reading, statement)
        for j in range(i - 1, -1, -1):
            declared = reading.statements[j]
            if not (
                isinstance(declared, Declare)
                and declared.mode != "has"
                and declared.segment <= statement.segment
                and declared.fields.attributes
                and (
                    statement.entity is None
                    or declared.entity is None
                    or declared.entity.name == statement.entity.name
                )
            ):
                continue
            attributes = declared.fields.attributes
            names = {_new_field(c.name, attributes) for c in statement.changes}
            pointed = [_POINTER_FIELDS.get(c.name, 0) for c in statement.changes]
            if len(pointed) == 1 and 0 < pointed[0] <= len(attributes):
                # "…, and the latter can be empty", "The last two are optional.": the items
                # the words point back at, never a field named "latter"
                names = {a.name for a in attributes[-pointed[0] :]}
            elif any(pointed):
                break  # "the last three" after two fields: no field is sure, left as said
            if None in names:
                unlisted = _unlisted_of_create(reading, declared, statement)
                if unlisted is None:
                    break
                if names - {None}:
                    # "Email and mobile are not required." after a list with email, no mobile
                    reading.asks.append(_unlisted_ask([a.name for a in unlisted]))
                # "Track jobs with a fee. The email can be blank.": a record being created
                # has no fields yet but those listed; a field said of it later is one more,
                # as the person says it (optional), never a change that loses the create
                attributes = [*attributes, *unlisted]
                names = {a.name for a in unlisted} | (names - {None})
            fields = replace(
                declared.fields,
                attributes=[
                    replace(a, required=False) if a.name in names else a for a in attributes
                ],
            )
            reading.statements[j] = replace(declared, fields=fields)
            said_of_new.add(i)
            break
    reading.statements = [s for i, s in enumerate(reading.statements) if i not in said_of_new]


def _entity_as_field_words(reading: Reading, change: Modify) -> Modify:
    """ "Track skips with a size. The permit number can be blank.": a first word read as the
    owner of the field, that no declaration of the request names as a thing, is the start of
    the field's name (permit_number), as it would be in the list."""
    owner = change.entity
    if owner is None or owner.explicit:
        return change
    declared = {d.entity.name for d in reading.statements if isinstance(d, Declare) and d.entity}
    if owner.name in declared:
        return change
    start = "_".join(owner.words)
    said = " ".join(rx(r"[a-z0-9]+").findall(reading.text.lower()))
    if any(f" {start}_{c.name} ".replace("_", " ") not in f" {said} " for c in change.changes):
        return change  # "make the name on Lake optional": the owner is said as one
    return replace(
        change,
        entity=None,
        changes=tuple(replace(c, name=f"{start}_{c.name}") for c in change.changes),
    )


def _unlisted_of_create(reading: Reading, declared: Declare, change: Modify) -> list | None:
    """The fields a later optional marker names that the one create of the request did not
    list, read as fields of their own; None when the request creates more than one thing (which
    one would be a guess) or the declaration is no create."""
    creates = [
        s
        for s in reading.statements
        if isinstance(s, Declare) and s.mode in ("create", "either") and s.fields.attributes
    ]
    # "… an app for my trips. For each one: lake, weight. Comments can be blank.": a bare list
    # is the create of the thing the request asks for
    asked = any(
        isinstance(s, Mention) and s.create and s.entity is not None for s in reading.statements
    )
    if creates != [declared]:
        return None
    if declared.entity is None if declared.mode == "create" else (declared.entity or not asked):
        return None
    out = []
    for c in change.changes:
        if _new_field(c.name, declared.fields.attributes) is not None:
            continue
        read = read_fields(c.name.replace("_", " ")).attributes
        if len(read) != 1:
            return None
        out.append(replace(read[0], required=False))
    return out


# Words a change reads as a field's name that point back at the last items of a list ("the
# latter", "the last one", "the last two"), and how many items they point at
_POINTER_FIELDS = {
    "latter": 1,
    "last_one": 1,
    "final_one": 1,
    "last_field": 1,
    "last_item": 1,
    "last_two": 2,
    "last_2": 2,
    "last_three": 3,
    "last_3": 3,
}


def _new_field(name: str, attributes: list) -> str | None:
    """The added field a later sentence names: by its name, or by its last words ("the email"
    after "the customer's email")."""
    if any(a.name == name for a in attributes):
        return name
    ending = [a.name for a in attributes if a.name.endswith(f"_{name}")]
    return ending[0] if len(ending) == 1 else None


def _optional_subject(before: str, attributes: list) -> int | None:
    """Which listed field the words before an optional marker name, if any."""
    head = _CLAUSE_JOIN.sub("", before)
    # "…, so make that optional", "so please set it optional": the pointer after the order
    # (the order is no word said before the pointer: "make" names no field there)
    ordered = head
    head = _ORDER_ON_POINTER.sub("", head)
    # "so that one's optional": the pointer said with "is" run into it
    subject = _OPTIONAL_SUBJECT.match(_IS_RUN_IN.sub(" is", head))
    if subject is None:
        return None
    word = subject["f"]
    names = [a.name for a in attributes]
    if word in _POINTERS:
        # "Some members don't do email so that's optional": the field named just before
        said = " " + " ".join(_WORD.findall(before[: len(before) - len(ordered)])) + " "
        # a field kept under a safe name is said as its word ("model" is model_value)
        names = [n.removesuffix("_value") for n in names]
        if (last := _last_named(said, names)) is not None:
            return last
        # ("Artists are sometimes unknown, so make that optional": the field said in the plural)
        ones = " " + " ".join(singular(w) for w in said.split()) + " "
        named = [
            i
            for i, n in enumerate(names)
            if f" {n.replace('_', ' ')} " in said
            or f" {' '.join(singular(w) for w in n.split('_'))} " in ones
        ]
        if not named:
            # "Some teachers don't have a mobile, so that one can be empty": one field whose
            # first or last word was said
            ends = [
                i
                for i, n in enumerate(names)
                if {n.split("_")[0], n.split("_")[-1]} & {*said.split()}
            ]
            named = ends if len(ends) == 1 else []
        if said.strip() and not named:
            return None if rx(r"[,;]").search(head) else len(names) - 1
        return named[-1] if named else len(names) - 1
    name = "_".join(word.replace("-", " ").split())
    if name in names:
        return names.index(name)
    # "the driver's mobile … The mobile may be blank": a field named by its last word alone
    ends = [i for i, n in enumerate(names) if n.endswith("_" + name)]
    return ends[0] if len(ends) == 1 and " " not in word else None


_IS_RUN_IN = re.compile(r"(?<=[a-z])'s$")
_ORDER_ON_POINTER = re.compile(
    r"^(?:(?:please|just|can you|could you)\s+)*(?:make|set|mark|leave|have)\s+"
    r"(?=(?:it|that|this)(?:\s+(?:one|field))?$)"
)
_JOIN_WORDS = frozenset("so and but because since as then which means".split())


def _last_named(said: str, names: list[str]) -> int | None:
    """ "Not every landowner gives us a phone, so that one's optional": the pointer names the
    thing said last before it, the one field whose name ends in that word (landowner phone),
    not a field named earlier in the sentence (the landowner who gives it)."""
    words = said.split()
    while words and words[-1] in _JOIN_WORDS:
        words.pop()
    if not words:
        return None
    ends = [i for i, n in enumerate(names) if n.rsplit("_", 1)[-1] == words[-1]]
    return ends[0] if len(ends) == 1 else None


_LINK_WORDS = re.compile(
    r"\b(?:linked|link|related|relate|relationship|many-to-many|one-to-many|many-to-one"
    r"|belongs? to|associated)\b"
)


def _talk_aside(reading: Reading, segment_texts: tuple[Segment, ...]) -> None:
    """Greetings, thanks and closings are asides; so is background (a sentence with no list
    and no ask), but only when the ask itself was read in another sentence."""
    _vents_aside(reading, segment_texts)
    asked = any(_asks(s) for s in reading.statements)
    items = {s.index for s in segment_texts if s.kind == "bullet"}
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
        # an item of a requirements list that links things ("Courses and students are
        # linked (many-to-many)") states a relationship nobody read, never background
        linking = statement.segment in items and _LINK_WORDS.search(text.lower())
        background = asked and not linking and is_background(statement.clause or text)
        if is_pleasantry(text) or background:
            out[-1] = Aside(text, statement.segment, statement.words)
        elif asked and is_custom_logic(statement.clause or text) and not _holds_list(text):
            # "Send a webhook when an order is paid": custom logic, kept for review (like a
            # dropped item that is custom logic), not text nobody understood
            out[-1] = Constraint(text, statement.segment)
    reading.statements = out


def _vents_aside(reading: Reading, segment_texts: tuple[Segment, ...]) -> None:
    """ "… and ticket price. The critics always come with a plus one, ugh.": a sentence that
    ends in a sigh is a remark, whatever a reader made of it, once another sentence asks; the
    sentence that asks may sigh too and is still read."""
    vents = {s.index: s.text for s in segment_texts if is_vent(s.text)}
    if not vents or not any(_asks(s) and s.segment not in vents for s in reading.statements):
        return
    out: list[Statement] = []
    done: set[int] = set()
    for statement in reading.statements:
        index = getattr(statement, "segment", None)
        if index not in vents:
            out.append(statement)
        elif index not in done:  # (one aside per sentence)
            done.add(index)
            out.append(Aside(vents[index], index, words_of(vents[index])))
    reading.statements = out


# "a consent thing", "some booking stuff": a thing named loosely, by a vague word after it
_VAGUE_WORD = r"(?:thing|things|thingy|stuff)"


def _vague_thing_named_later(reading: Reading) -> None:
    """ "We need a consent thing for …. Each consent form: child name, …": a thing named
    loosely ("a consent thing") and then declared with its fields under a fuller name that
    starts with the same words ("consent form") is that one thing, not a second one named
    without fields. Only for exactly one such fuller name, said after the loose one."""
    text = reading.text.lower()
    declared = [
        s.entity
        for s in reading.statements
        if isinstance(s, Declare) and s.entity is not None and s.fields.attributes
    ]
    out: list[Statement] = []
    for statement in reading.statements:
        if isinstance(statement, Mention) and statement.entity is not None and statement.create:
            words = statement.entity.words
            fuller = [
                d for d in declared if len(d.words) == len(words) + 1 and d.words[:-1] == words
            ]
            # (said loosely first, then named in full; "consent forms and a consent thing" is
            # two things; with no one fuller name nothing is searched: each is a new pattern)
            if len(fuller) == 1:
                vague = rx(rf"\b{re.escape(' '.join(words))}\s+{_VAGUE_WORD}\b").search(text)
                named = rx(rf"\b{re.escape(' '.join(fuller[0].words))}")
                first = named.search(text) if vague else None
                if vague and first and vague.start() < first.start():
                    continue
        out.append(statement)
    reading.statements = out


def _holds_list(text: str) -> bool:
    return bool(rx(r"[^,;]+[,;][^,;]+[,;]").search(text))


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


# "hotel stays:" over a list of its own: a short label, whatever its words say elsewhere
# ("stays" of data that must survive is a constraint; a label over items is not)
_SHORT_LABEL = re.compile(r"^\s*[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}\s*:\s*$")

LIST_UNDER_FIELD_REASON = (
    "a list under an item of a field list: say whether its items are fields of the entity or"
    " of an entity of its own, with a relationship"
)


def _sections_below(seg: Segment, children: dict[int, list[Segment]]) -> bool:
    """A line whose list holds a header of its own ("Excavation log" over "1. Record finds."
    and "2. Fields for a find:" with the fields nested under it) titles sections: the
    fields are in the nested list, and its other items are read each on their own. (A line
    that says it heads fields, "Pet entity with:", keeps its whole list.)"""
    items = children[seg.index]
    return any(children.get(child.index) for child in items) or (
        (seg.kind in ("title", "heading") or _names_app(seg)) and _entity_lists_below(items)
    )


def _related_lists_below(seg: Segment, items: list[Segment], segments: tuple[Segment, ...]) -> bool:
    """ "Lab core:" over "- Kiln: code, size" and "- Firing: started at, peak" with "each firing
    belongs to one kiln" below: items whose names the request links to one another are the
    things kept, each with its fields, however the line over them is written."""
    linked = {
        singular(w)
        for other in segments
        if other.owner != seg.index
        and other.index != seg.index
        and _LINKS_THINGS.search(simplify(other.text))
        for w in _WORD.findall(simplify(other.text))
    }
    return bool(linked) and _entity_lists_below(items, linked)


# "1. Transfer entity with flight code, …", "- a Course entity having …": an item that declares
# a thing written as an entity, with its list
_ENTITY_WITH = re.compile(
    r"^(?:(?:an?|the|one)\s+)?(?:new\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s+entity\s+"
    r"(?:with|having|that has|which has|holding)\b"
)


def _entity_declared_below(seg: Segment, items: list[Segment]) -> bool:
    """ "Airport transfers" over "1. Transfer entity with flight code, …" and "2. Transfers
    belong to one driver": a title over items one of which declares an entity with its list
    titles the document; its items are read each on its own, never as the title's fields."""
    return seg.kind in ("title", "heading") and any(
        _ENTITY_WITH.match(simplify(item.text)) for item in items
    )


# "- Each meter has a serial number, …" under "Smart meter inventory": a line under a title
# that says the title's thing has its list, the thing named by its head word (closed class of
# verbs of having)
_SAME_THING_HAS = re.compile(
    r"^(?:each|every|the|a|an)\s+(?P<key>[a-z][a-z -]{0,30}?)\s+(?:has|have|needs|must have"
    r"|should have|shall have|will have)\s+(?P<values>(?:an?|the)\s.+)$",
    re.I,
)


def _fields_of_line(text: str, owner: Noun | None) -> FieldList:
    """One line under a title read as its thing's fields. "Each meter has F, G" under "Smart
    meter inventory" is the list F, G of SmartMeter: the words before "has" name the thing
    again (its head word), no part of the first field, which was lost with them."""
    m = _SAME_THING_HAS.match(text.strip())
    if (
        m is not None
        and owner is not None
        and singular(m["key"].split()[-1].lower()) == singular(owner.words[-1])
    ):
        return read_fields(m["values"])
    return read_fields(text, one_item=True)


_ITEM_HAS = re.compile(
    r"^(?:(?:each|every|the|a|an)\s+)?(?P<key>[A-Za-z][A-Za-z -]{0,30}?)\s+(?:has|have)\s+"
    r"(?P<values>.+)$"
)
_LINKS_THINGS = re.compile(r"\b(?:belongs?\s+to|each|every|many|one)\b")


def _entity_lists_below(
    items: list[Segment], linked: frozenset[str] | set[str] = frozenset()
) -> bool:
    """ "Boat club" over "- Kayaks: name, length" and "- Paddlers: name, email": two or more
    items that each give a plural noun its own list name the things the system keeps, each
    with its fields; the title over them names the system, it does not own their fields.
    (Under "Member:", "- emergency contacts: name, phone" may be a group of Member's fields:
    only a title or a heading is taken so.)"""
    listed = 0
    for item in items:
        key, sep, values = item.text.partition(":")
        if not sep:
            # "Kiln — code, size"; under a title, "Players — name, rating" as "Players: …"
            key, sep, values = item.text.partition(" — ")
        least = 2  # "free text, optional": 1
        if not sep and linked and (has := _ITEM_HAS.match(item.text)):
            # "- floor has floor number (int)": the thing and what it has, said as a sentence
            key, sep, values, least = has["key"], " has ", has["values"], 1
        named = sep and len(read_fields(values).attributes) >= least
        noun = read_noun(simplify(key)) if named else None
        # with `linked`, the names the request links to one another count, in any number
        entity = noun is not None and (
            singular(noun.words[-1]) in linked if linked else key.strip().endswith("s")
        )
        if entity and not _FIELDS_HEADER.match(key):
            listed += 1
        elif not (
            _LINKS_THINGS.search(simplify(item.text))
            or is_constraint(item.text)
            or _WORKS_ON.match(simplify(item.text))
        ):
            return False  # "- each dog belongs to one owner", "- JSON responses" may be said too
    return listed >= 2


# "- craftsmen with name and daily wage": an item that is a plural thing, then its own list
_THING_WITH = re.compile(
    r"^(?P<key>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})\s+(?:with|having|including)\s+(?P<values>.+)$"
)


def _kept_under_need(seg: Segment, header: Declare, item: Segment) -> Declare | None:
    """ "Need to track:" over "- kiln firings: kiln, started at, peak temperature": the line
    over names what is done, no thing; an item that gives a plural thing its own list says
    which thing is kept and what it holds (not one field "kiln_firings_kiln")."""
    if header.entity is not None or not _NEED_TO_KEEP.match(simplify(seg.text)):
        return None
    key, sep, values = simplify(item.text).partition(":")
    noun = read_noun(key.strip()) if sep else None
    if noun is None or singular(noun.words[-1]) == noun.words[-1]:
        return None
    fields = read_fields(values.strip())
    if len(fields.attributes) < 2:
        return None
    return Declare(noun, fields, header.mode, item.index)


def _things_with_lists_below(seg: Segment, items: list[Segment]) -> bool:
    """ "Furniture workshop:" over "- craftsmen with name and daily wage" and "- commissions
    with title, deadline and price": two or more items that each say a plural thing and its
    own list ("with …"), or, under a line naming an app ("Choir app with two things:"), "X:
    list", are the things kept; the line over them names the business or the app, it owns no
    field ("craftsmen with name" is no field of a workshop)."""
    app = any(w in FRAME_NOUNS for w in simplify(seg.text).rstrip(" :").split())
    listed = 0
    for item in items:
        text = simplify(item.text)
        if (m := _THING_WITH.match(text)) is not None:
            key, values = m["key"], m["values"]
        elif app and ":" in text:
            key, _, values = text.partition(":")
        elif (m := _PLURAL_LABELLED.match(text)) is not None and _a_place_titled(seg):
            # "Goat dairy:" over "- goats: name, breed", "- milkings: date, litres": each item
            # a plural thing and two fields or more, as "with" says them (under "Customer" or
            # "Customer details", "- addresses: street, town" may be the customer's own)
            key, values = m["key"], m["values"]
            if len(read_fields(values).attributes) < 2:
                return False
        elif _LINKS_THINGS.search(text) or is_constraint(item.text):
            continue  # "- each commission has one craftsman" may be said too
        else:
            return False
        noun = read_noun(key.strip())
        if noun is None or singular(noun.words[-1]) == noun.words[-1]:
            return False
        if not read_fields(values).attributes:
            return False
        listed += 1
    return listed >= 2


# "goats: name, breed", "cakes - name, price": a plural label and its list
_PLURAL_LABELLED = re.compile(
    r"^(?P<key>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}s)\s*(?::|\s[—–-])\s*(?P<values>[^,:]+,[^:]+)$"
)


def _a_place_titled(seg: Segment) -> bool:
    """A title of two words or more that names no record of one thing ("Goat dairy", "Tea
    room", never "Customer", "Customer details" or "Member record")."""
    words = simplify(seg.text).rstrip(" :").split()
    return 2 <= len(words) <= 4 and words[-1] not in _ONE_THINGS_PAGE


_ONE_THINGS_PAGE = frozenset(
    "details detail record records info information profile profiles card form page".split()
)


def _names_app(seg: Segment) -> bool:
    """ "aquarium app", "my garden tracker:": a top line of a few words ending in a frame word
    names the app the lines under it are about."""
    words = simplify(seg.text).rstrip(" :").split()
    return not seg.depth and 2 <= len(words) <= 4 and words[-1] in FRAME_NOUNS


_BARE_ITEM = re.compile(r"^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$")


def _things_kept_below(seg: Segment, children: dict[int, list[Segment]]) -> bool:
    """ "aquarium app" (or "my garden tracker:") over "- tanks", "- fish", "- water tests": a
    line naming the app over bare plurals lists the things the app keeps, not fields of one
    (a field list names values: "- name", "- size"; "- notes" is a field kept plural)."""
    items = children[seg.index]
    if not _names_app(seg):
        return False
    if len(items) < 2 or any(children.get(item.index) for item in items):
        return False
    lasts = [simplify(item.text).rstrip(" .;").split()[-1:] for item in items]
    if not all(_BARE_ITEM.match(simplify(item.text).rstrip(" .;")) for item in items):
        return False
    if any(last[0] in FIELD_HINTS or last[0] in PLURAL_FIELDS for last in lasts):
        return False
    plurals = sum(singular(last[0]) != last[0] for last in lasts)
    return plurals >= 2 and plurals * 2 > len(items)


# (ls61) words for where things are kept that name a thing kept as often ("Site", "Portal",
# "Platform" over "- name", "- address"): the app words alone ("App", "System") never do
_SITE_WORDS = frozenset("site website portal platform service program programme wiki".split())


def _site_over_fields(seg: Segment, children: dict[int, list[Segment]]) -> Noun | None:
    """ "# Site" over "* name", "* address", "* has toilets": a heading of one such word over
    bare field names (one a field's word) is the thing those are fields of, as "Site: name,
    address" on one line reads; read one by one, "name" and "address" were things of their own."""
    word = simplify(seg.text).strip(" :#*-").removeprefix("the ").removeprefix("our ")
    items = children[seg.index]
    if word not in _SITE_WORDS or len(items) < 2 or any(children.get(i.index) for i in items):
        return None
    said = [simplify(i.text).rstrip(" .;") for i in items]
    if not all(_BARE_ITEM.match(s) or _BARE_FLAG.match(s) for s in said):
        return None
    if not any(s.split()[-1] in FIELD_HINTS for s in said):
        return None
    return Noun(word.capitalize(), False, (word,))


# "has toilets", "is open", "number of plots": a flag or a count said bare, as a field is
_BARE_FLAG = re.compile(r"^(?:has|have|is|number of|no of|no\.) [a-z][a-z-]*(?: [a-z][a-z-]*)?$")


# a heading that names only the document ("Requirements:", "Data requirements"), no thing
_REQUIREMENTS_ONLY = re.compile(r"^(?:(?:functional|data|business)\s+)?requirements?\s*:?$")


def _bare_fields_below(seg: Segment, children: dict[int, list[Segment]]) -> bool:
    """ "Requirements:" over "- pilot name", "- licence number", "- insured (true/false)": a
    heading of the document over bullets that are each a short bare name (the practices among
    them set aside) lists the fields of the thing in context, as "Fields:" would; read one by
    one, each name became a thing of its own. Bare plurals ("- boats", "- crews") are things
    to keep, and a sentence under it ("- each boat has a name") is read as it is."""
    if not _REQUIREMENTS_ONLY.match(simplify(seg.text)):
        return False
    items = [
        c
        for c in children[seg.index]
        if not is_constraint(c.text) and not _USE_PRODUCT.match(c.text.strip())
    ]
    if len(items) < 2 or any(children.get(item.index) for item in items):
        return False
    bodies = [item.text.strip().rstrip(" .;") for item in items]
    if not all(is_field_line(body) and not rx(r"\w[A-Z]").search(body) for body in bodies):
        return False  # ("- an AuditEvent entity": a thing named as written)
    words = [simplify(body).split() for body in bodies]
    if any(_feature_item(w) for w in words):
        return False  # "- Manage couriers", "- export to CSV": what the system does
    plurals = sum(len(w) == 1 and singular(w[0]) != w[0] for w in words)
    return plurals * 2 <= len(items)


_FEATURE_ITEM = re.compile(rf"^(?:{COMMAND_VERBS})$")


def _feature_item(words: list[str]) -> bool:
    """ "manage couriers", "export to csv", "tests": a requirement said as a verb and what it
    acts on (a plural, an article, a preposition), a thing named as an entity, or a bare plural
    of work; "return date", "test result" are fields (a verb before a singular noun)."""
    if any(w in ("entity", "entities", "table", "model") for w in words):
        return True
    if len(words) < 2 or not _FEATURE_ITEM.match(words[0]):
        return False
    second = words[1]
    return second in _ARTICLES_AND_PLACES or singular(second) != second


_ARTICLES_AND_PLACES = frozenset(
    "a an the to from into in on with for of by all each every our my their its this these those"
    "".split()
)


def _descendants(index: int, children: dict[int, list[Segment]]) -> list[Segment]:
    out: list[Segment] = []
    for child in children.get(index, []):
        out.append(child)
        out.extend(_descendants(child.index, children))
    return out


def _same_entity(statement: Statement, header: Declare) -> bool:
    if isinstance(statement, Declare):  # the header's own declaration, mode changed
        return statement.entity == header.entity and statement.segment == header.segment
    # "Greenhouse contains:" read as a bare noun before it was read as the header
    return isinstance(statement, Mention) and (
        statement.entity == header.entity or statement.segment == header.segment
    )


def _practice_kind_header(simple: str) -> bool:
    """ "Control tests are described by:", "Each hearing test shall hold:": a header naming a
    kind of thing whose word is also one of building ("unit tests:" lists kinds of code)."""
    m = _HEADER.match(simple)
    if m is None or _constraint_said(_practice_text(simple)):
        return False
    return _kind_of_thing(read_noun(m["np"]))


# "For every volunteer we need:", "For each visit I want to save:", "What I need kept for each
# booking:": what is kept per record of a thing, over the list of it (the verb names nothing).
# Said as people write a letter too: "For every enquiry I'd need:", "For every request they
# want:" (they: the people the writer speaks for), "For each sample we must store:"; "For each
# one we need:" is the thing in context (see `_PER_RECORD_ONE`)
_PER_RECORD_HEADER = re.compile(
    r"^(?:for\s+(?:each|every)\s+(?P<a>[a-z][a-z -]{0,30}?)\s+(?:we|i|they)\s+"
    r"(?:(?:would|will|also|really|usually|always|must|shall|should|then)\s+)*"
    r"(?:(?:need|want|keep|track|record|store|save|log|capture|note)"
    r"(?:\s+to\s+(?:save|keep|track|record|store|know|log|capture|note))?"
    r"|(?:like|have)\s+to\s+(?:save|keep|track|record|store|know|log|capture|note))"
    r"|what\s+(?:we|i)"
    # ("what we need per production:": the kept word may go unsaid, "per" says each)
    r"\s+(?:need|want)(?:\s+(?:saved|kept|recorded|stored|tracked))?\s+(?:for\s+(?:each|every)"
    r"|per)\s+"
    r"(?P<b>[a-z][a-z -]{0,30}?))\s*:$"
)
# "each one", "every one of them", "each record": no name, the one kind of thing in context
_PER_RECORD_ONE = re.compile(r"^(?:one|one of them|record|entry|row|item)$")


# "Engineering notes", "Notes / constraints", "Rules & assumptions": a heading over notes on the
# work, or two headings in one, names no thing (each line under it is read on its own)
_NOTES_HEADING = re.compile(
    r"^(?:(?:engineering|dev(?:eloper)?|tech|build|ops)\s+notes"
    r"|other\s+(?:points|things|items|considerations|notes))\s*:?$"
)
# "The booking form must work on mobile phones", "Must run on the office laptop": where the app
# is used, said of it or of a screen of it, is a constraint (no link to "mobile phones")
_WORKS_ON = re.compile(
    r"^(?:(?:the|this|our|it)\b[a-z -]{0,30}?\s+)?(?:must|should|has to|needs? to|shall|will)"
    r"\s+(?:also\s+)?(?:work|run|load)\s+(?:well\s+)?(?:on|in)\s+(?:the\s+|all\s+|our\s+|any\s+)?"
    r"(?:[a-z0-9-]+\s+){0,3}(?:phones?|mobiles?|devices?|tablets?|ipads?|laptops?|screens?"
    r"|browsers?|desktops?|pcs?|computers?)\b"
)


# "Context: a small club, about 40 boats", "Background: volunteer-run, 200 members": the
# setting, said under a label in three words or more (never "background: text", a field)
_SETTING_SAID = re.compile(r"^(?:context|background)\s*:\s*(?:[^\s:]+\s+){2,}[^\s:]+")


# "Vehicles – details to be confirmed with the fleet team", "Dogs: TBC": a thing the system
# keeps, named with its fields left for later (asked about, never dropped as a rule)
_FIELDS_LATER = re.compile(
    r"^(?P<x>[a-z][a-z -]{0,30}?)\s*(?:—|:)\s*(?:(?:the\s+)?(?:details|fields|attributes"
    r"|columns)\s+(?:are\s+)?(?:still\s+)?)?(?:to be (?:confirmed|decided|agreed|defined)|tbc|tbd"
    r"|to follow|to come)\b"
)


# "On Supplier, remove:", "The following fields on Member are no longer used and should be
# removed:", "…, the following fields are to be removed from Donor:": a removal said over its
# list, as "Remove from Supplier:" says it
_REMOVED_BELOW = re.compile(
    r"^(?:on\s+(?P<a>[a-z][a-z -]{0,30}?),?\s+(?:please\s+)?(?:remove|drop|delete)"
    r"|(?:[^,:]*,\s*)?the\s+following\s+(?:fields|columns|attributes)\s+(?:on|of|in)\s+"
    r"(?P<b>[a-z][a-z -]{0,30}?)\s+(?:are|is)\b[^:]*?\b(?:removed|dropped|deleted)"
    r"|(?:[^,:]*,\s*)?the\s+following\s+(?:fields|columns|attributes)\s+(?:are|is|should|must"
    r"|will)\b[^:]*?\b(?:removed|dropped|deleted)\s+from\s+(?P<c>[a-z][a-z -]{0,30}?))\s*:$",
    re.I,
)


def _notes_heading(simple: str) -> bool:
    """True for a heading of notes on the work (see `_NOTES_HEADING`)."""
    if _NOTES_HEADING.match(simple):
        return True
    parts = rx(r"\s*(?:/|&|\band\b)\s*").split(simple.rstrip(" :"))
    return len(parts) > 1 and all(part and _HEADING_ONLY.match(part) for part in parts)


def _header(seg: Segment, statements: list[Statement]) -> Declare | None:
    """The declaration a list header makes, or None when its list is not fields."""
    adding = rx(r"^(?:also\s+)?(?:add|extend)\b").match(simplify(seg.text))
    if (named := _NAMES_ENTITY.match(seg.text.strip())) and (noun := read_noun(named["np"])):
        # "Entity: Kennel Booking" over its list: the entity the list is of, said outright
        return Declare(replace(noun, explicit=True), FieldList(), "create", seg.index, header=True)
    if (per := _PER_RECORD_HEADER.match(simplify(seg.text))) and _PER_RECORD_ONE.match(
        per["a"] or per["b"]
    ):
        return Declare(None, FieldList(), "either", seg.index, header=True)
    if per and (noun := read_noun(per["a"] or per["b"])):
        return Declare(noun, FieldList(), "create", seg.index, header=True)
    if _NEED_TO_KEEP.match(simplify(seg.text)):
        return Declare(None, FieldList(), "either", seg.index, header=True)
    for statement in statements:
        if isinstance(statement, Declare) and (statement.header or statement.entity):
            return replace(statement, mode="add") if adding else statement
    simple = simplify(seg.text)
    if is_constraint(seg.text) and not _practice_kind_header(simple):
        return None
    if _DOCUMENT_WORD.search(simple) and seg.kind != "bullet":
        # "Foster care requirements" titles the document over its requirements; a bullet
        # ("* Grant proposal" over its own bullets) names a thing in a list, never the document
        return None
    if _NEED_HEADER.match(simple):
        simple = "fields:"  # "Need:" over a list: what the thing in context needs kept
    if m := _FIELDS_HEADER.match(simple):
        # "Fields:", "Fields for a find:", "Adopter fields:": the list below is fields, of the
        # entity named there or else of the one in context
        named = m["before"] or m["after"]
        noun = read_noun(named) if named else None
        if named and noun is None:
            return None
        return Declare(noun, FieldList(), "either", seg.index, header=True)
    if _HEADING_ONLY.match(rx(r"\s*\([^()]{1,40}\)\s*(?=:?$)").sub("", simple)):
        # "Acceptance criteria:", "AC:", "Rules (not sure these go here):": each line under
        # it is read on its own (a remark in brackets names nothing)
        return None
    topic, rest, _ = split_topic(simple)
    if topic and rest and header_count(rest):
        noun = read_noun(topic)
        return Declare(noun, FieldList(), "add", seg.index, header=True) if noun else None
    # "Equipment loans (physio dept)": a remark in brackets says where or for whom, no name
    m = _HEADER.match(rx(r"\s*\([^()]{1,30}\)\s*(?=:?$)").sub("", simple))
    # "Controlled drug entries, each recording:": what each one records is no part of the name
    np = _EACH_RECORDING.sub("", m["np"]) if m else ""
    if not m or len(np.split()) > 4:
        return None
    noun = read_noun(np)
    if noun is None:
        return None
    mode = (
        "add"
        if rx(r"\b(?:gets|new|more)\b|^(?:also\s+)?(?:add|extend)\b").search(simple) or m["also"]
        else "create"
    )
    return Declare(noun, FieldList(), mode, seg.index, header=True)  # type: ignore[arg-type]
