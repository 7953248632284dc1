"""Readers for entities and their fields: create, add, and entities named without fields.

Shapes (tried in this order by `read_declaration`):
- add to an existing entity (additions.py): "add F to X", "extend X with F", "X needs F",
  "X should also have F", "we forgot F for X";
- create with a verb: "Create a member registry with F", "Keep track of pets at the vet: F",
  "record each volunteer's F", "manage products with F, and orders with F";
- create without a verb: "exhibits with F", "Employee(F)", "products (F) and orders (F)";
- an entity named with no fields (a Mention): "Track our volunteers", "Write a REST service
  for a Warehouse entity", "we have a few warehouses";
- a bare field list ("Name, city, capacity", "I care about the make, the model …"), whose
  entity is the one in context.

The fields after the first entity may open another entity ("…, and orders with quantity"),
which makes one request declare several entities (lists.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute
from baes_tui.recognition.additions import add_bare, add_to, extend, forgot, subject
from baes_tui.recognition.anyframe import long_name
from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import (
    OPTIONAL,
    Dropped,
    FieldList,
    annotates_one,
    item_rule,
    read_fields,
    type_phrase,
)
from baes_tui.recognition.lexicon import (
    ASKING,
    COMMAND_VERBS,
    CREATE_VERBS,
    FIELD_HINTS,
    FILLER,
    FRAME_NOUNS,
    HAVING_VERBS,
    LED_FRAMES,
    MANAGE_VERBS,
    MORE_WORDS,
    TYPE_ALTERNATION,
)
from baes_tui.recognition.lists import (
    GROUP,
    HEADS_LIST,
    LIST_INTRO,
    declares,
    entities_of,
    header_count,
    is_frameish,
    is_group_text,
)
from baes_tui.recognition.nouns import gerund_names_kind, is_verb, properties_are_houses
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.statements import Declare, Mention, Mode, Statement

__all__ = [
    "header_count",
    "read_declaration",
    "read_list",
    "read_mention",
    "read_named",
    "read_verbless",
]

_VERB = rf"(?P<verb>{MANAGE_VERBS}|{CREATE_VERBS})"
# not right after a past participle ("paid by", "handed in by", "done by", "run by")
_NO_AGENT = "".join(
    f"(?<!{w})"
    for w in (
        "[^e]ed",
        r"\bpaid",
        r"\bdone",
        r"\bmade",
        r"\bsent",
        r"\bheld",
        r"\brun",
        r"\btaken",
        r"\bgiven",
        r"\bwritten",
        r"\bkept",
        r"\bbought",
        r"\bsold",
        r"\btaught",
        r"\blent",
        r"\bbuilt",
        r"\bled",
        r"\bseen",
        r"\bdriven",
        r"\bridden",
        r"\bset",
        r"\bput",
        r"\bwon",
        r"\bbrought",
        r"\bgot",
        r"\bgotten",
        r"\bleft",
        r"\bspent",
    )
)
_INTRO = (
    r"(?P<intro>\s*(?::|\s—\s|\s->\s|\s-\s)\s*(?:with\s*:?\s*)?"
    r"|,?\s+(?:with|having|that has|that have|which has|which have|including|containing)\b"
    # "sales by region" lists what they are kept by; "the batteries we install by the
    # customers" says where or by whom, not a field, as "the fees paid by parents" does (who
    # does what the participle says)
    rf"\s*:?\s*|{_NO_AGENT},?\s+by(?!\s+(?:the|our|my)\s)\b"
    r"\s*:?\s*|,\s+(?:recording|storing|tracking|keeping|holding|listing|capturing)\b\s*:?\s*"
    r"|,?\s+where\s+(?:each|every|all|the)?\s*(?P<each>[a-z-]+(?:\s[a-z-]+)?)\s+"
    rf"(?:{HAVING_VERBS}|contains?)\s+"
    # a group of fields, not one field's annotation ("(minutes, integer)"); an annotation
    # nested inside the group ("(code, size (integer))") is one field's; a type said of one
    # item ("(hull number as a string, length)") belongs to that item, the group stays a group;
    # so does "an optional memo" (an item said optional, not the group's note)
    r"|\s*(?=\((?![^()]*(?<!\bas\s)(?<!\bas\sa\s)(?<!\bas\san\s)"
    # (a note may come before the first comma: "(ring number (text), species)")
    r"\b(?:(?<!\ban\s)optional|integer|text|string)\b[^()]*\))(?:[^()]|\([^()]*\))*?,))"
)
# "We track sample batches (batch code, …)", "the system keeps the drivers (name, phone)": what
# we (or the system) keep, said with its fields, is what is built; without fields it is only
# talk about the business ("we keep sheep", _WEAK)
_PRACTICE = (
    r"(?:(?:i|we)\s+want\s+that\s+)?(?:i|we|(?:the|our|this)\s+(?:system|app|application|tool"
    r"|database))\s+(?:also\s+|currently\s+|already\s+|usually\s+|always\s+)*"
    r"(?=(?:track|keep|record|log|register|store|manage|hold)(?:s|ed)?\s)"
)
_NOT_SUBJECT = r"(?!(?:are|is|were|was|must|should|will|can|cannot|may|need to)\s)"
_CREATE = re.compile(
    rf"^(?:{ASKING}|{_PRACTICE})?{_VERB}\s+(?!of\s){_NOT_SUBJECT}(?P<np>.+?)(?<!taken)(?<!made)(?<!sold)(?<!ed){_INTRO}(?P<f>.*)$"
)
_POSSESSIVE = re.compile(
    rf"^{ASKING}?{_VERB}\s+(?:(?:each|every|the|a|an|all|any)\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)'s\s+(?P<f>.+)$"
)
# ("catalogue of seeds", "a log of visits": a verb's word before "of" is a noun, no ask)
# ("Records are stored as JSON", "Logs must be kept": a verb's word before "are" or a modal
# is the subject, a noun)
_MENTION = re.compile(rf"^{ASKING}?{_VERB}\s+(?!of\s){_NOT_SUBJECT}(?P<np>.+)$")
_WEAK = re.compile(
    r"^(?:we|i|they)\s+(?:also\s+)?(?:have|keep|run|sell|own|look after|breed|rent|lend|host"
    r"|organise|organize|teach|offer)\s+(?P<np>.+)$"
)
# ("Supplier without fax number": "with" is a whole word, never the start of "without", which
# was read as a new Supplier with a field "out fax number", accepted)
_VERBLESS = re.compile(
    r"^(?:and\s+)?(?P<np>[a-z][a-z0-9' -]*?)(?P<intro>,?\s+(?:with|having|that have|that has"
    r"|including)\b"
    r"\s*:?\s*|\s*(?=\())(?P<f>.+)$"
)

# "the partners are happy with", "our team is not quite comfortable with": someone's feeling
# about a thing (a sentence), never a thing "X with" its fields
_FEELS_ABOUT = re.compile(
    r"\s(?:is|are|was|were|seems?|seemed|feels?|felt|got|gets?)\s+(?:not\s+)?(?:(?:very|really"
    r"|quite|so|all|pretty|perfectly|mostly|fairly|totally|completely|a bit|more than)\s+)*"
    r"(?:happy|unhappy|pleased|satisfied|dissatisfied|content|fine|ok|okay|comfortable"
    r"|familiar|bored|annoyed|fed up|frustrated|impressed|delighted|disappointed|stuck)$"
)

# "Some of our clients have like five cats": how many things some of them have is a story
# about a few of the things, not what each one holds
_SOME_HAVE_COUNT = re.compile(
    r"^(?:some|a few|most|many|half|one|two|several) of (?:our|the|my|their|these|those)"
    r" [a-z]+(?: [a-z]+)? (?:have|has|own|owns|keep|keeps|bring|brings) (?:got )?(?:like |about"
    r" |around |maybe |up to |over |roughly |almost )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|a dozen|dozens of|several|loads of|lots of) [a-z]+s\b"
)


def read_declaration(clause: Clause) -> list[Statement]:
    """Statements for a clause that declares entities or fields; [] when it does not."""
    if _SOME_HAVE_COUNT.match(clause.text):
        return []
    wish = _WISH_UNDER_TOPIC.match(clause.text) if clause.topic_sep == "on" else None
    if clause.topic and wish:
        # (lv62) "About the Client records: we'd like to store their preferred language too":
        # under a thing said first, who wishes it adds nothing to the ask "store their …" makes
        found = read_declaration(replace(clause, text=clause.text[wish.end() :]))
        if found:
            return found
    for reader in (_fields_of, add_to, extend, forgot, _create, _possessive, subject, add_bare):
        found = reader(clause)
        if found:
            return found
    return []


# "we would like to store their …", "we want to record its …": a wish to keep values of
# the thing the topic names, said as its own ("their", "its"; with "the" or "a", or with "add",
# it reached other wishes and made a right reading of a blind batch asked: aggregates only)
_WISH_UNDER_TOPIC = re.compile(
    r"^(?:i|we)\s+(?:would\s+|also\s+|really\s+)*(?:like|want|need|wish)\s+to\s+(?:also\s+)?"
    r"(?=(?:store|record|keep|track|log|capture|save|note)\s+(?:their|its)\s)"
)


# "I want to turn my expenses spreadsheet into an app", "move the kit sheet over to a proper
# system": what is moved into the app is what the app keeps
_INTO_APP = re.compile(
    rf"^{ASKING}?(?:turn|convert|move|migrate|transfer|port|bring|get|put)\s+(?P<np>.+?)\s+"
    r"(?:into|to|onto|over to|over into|in)\s+(?:an?|the|our|one|some)\s+(?:(?:proper|real|simple"
    r"|little|new|web|online|actual)\s+)*(?:app|application|system|database|tool|program)$"
)


# one value, said with its kind last: "a reserved until date", "a cancelled flag"
_ONE_VALUE_ASKED = re.compile(
    r"(?:an?|the)\s+(?:[a-z]+\s+){1,3}(?:date|flag|time|timestamp|number|reason|note|notes)"
)


def read_mention(clause: Clause) -> Mention | None:
    """An entity named with a create verb but no fields, or as context ("we have …")."""
    s = clause.text
    if (moved := _INTO_APP.match(s)) and (noun := read_noun(moved["np"])) is not None:
        return Mention(noun, True, noun.framed, clause.segment)
    if rx(r"\bkeep(?:s|ing)?\s+(?:[a-z]+\s+){1,3}(?:around|alive|forever)$").search(s):
        return None  # "the setters want to keep old routes around": kept, not tracked
    if m := _MENTION.match(s):
        listed = rx(r",|\band\b|&").search(m["np"]) and len(read_fields(m["np"]).attributes) > 1
        if m["np"].startswith(("to ", "whether ")) or listed:
            return None  # "want to stop …", "need their names, phone numbers …"
        if rx(r"(?:when|where|why|how|if|which|what|whether|who|whose)\s").match(m["np"]):
            # "they want to see when a member last paid", "I need to see which invoices are
            # overdue", "… to see who packed each parcel": a question, no thing
            return None
        if (g := GROUP.search(m["np"])) and annotates_one(g["inner"]):
            return None  # "need the voice part (soprano, alto and so on)": values of a field
        if rx(r"\s(?:must|should|shall|has to|have to)\s").search(f" {m['np']} "):
            return None  # "Log format must be JSON": "log format" is the subject, not an ask
        if not clause.first and _ONE_VALUE_ASKED.fullmatch(m["np"]):
            # "Items can be reserved now, so we need a reserved until date": after a story, a
            # value asked for (a date, a flag) is a field of the things told of, not a thing
            return None
        noun = read_noun(m["np"])
        if noun is not None:
            return Mention(noun, True, noun.framed, clause.segment)
        if rx(r"\b(?:them|it|those|these)\b").search(m["np"]) and is_frameish(m["np"]):
            return Mention(None, True, False, clause.segment)  # "a small service to hold them"
        return None
    if m := _WEAK.match(s):
        noun = read_noun(m["np"])
        return Mention(noun, False, True, clause.segment) if noun else None
    return None


# A heading naming work done to a thing ("cleanup for the horse records", "tidy-up of the Dog
# thing"): the work is no thing kept
_WORK_ON = re.compile(
    r"^(?:clean-?up|clean up|tidy-?up|tidy up|fixes|tweaks|edits)\s+(?:for|of|on|to)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?P<np>[a-z].*)$"
)


def read_named(clause: Clause) -> Mention | None:
    """A clause that is only a noun phrase around a frame ("COURSE CATALOG", "farm app for
    animals", "patient register"): the entity it names, to be created."""
    words = rx(r"[a-z]+").findall(clause.text)
    if not words or len(words) > 6 or not set(words) & FRAME_NOUNS or "," in clause.text:
        return None
    if words[0] in ("i", "we", "you", "they", "he", "she", "it", "my", "our", "their"):
        return None
    if rx(rf"^(?:{COMMAND_VERBS})\b").match(clause.text):
        return None  # "create a system": a request without an entity
    if work := _WORK_ON.match(clause.text):
        # "cleanup for the horse records": the work is done on the things kept, not kept
        noun = read_noun(work["np"])
        return Mention(noun, False, True, clause.segment) if noun else None
    noun = read_noun(clause.text)
    if noun is None or len(noun.words) + 1 < len(words) - 3:
        return None
    if _FINE_AS_IS.search(clause.text):
        # "The Shed entity is fine.": a thing said to be fine is there already (context for a
        # change after it), never one to create
        return Mention(noun, False, True, clause.segment)
    return Mention(noun, True, noun.framed, clause.segment)


_FINE_AS_IS = re.compile(
    r"\s(?:is|are)\s+(?:(?:all|mostly|basically|already)\s+)?(?:fine|ok|okay|good|great|done"
    r"|correct|right|perfect|working)(?:\s+as\s+it\s+is)?$|\sworks(?:\s+(?:fine|well))?$"
)


# "a service around a Pallet entity", "a tool to track pallets": a frame said first, then
# what it is about; the noun phrase is longer than a plain "exhibits with …"
_FRAME_LED = re.compile(
    r"^(?:an?|the|our|my|one)?\s*(?:[a-z-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(LED_FRAMES))})\s+"
    rf"(?:around|about|for|of|to\s+(?:{MANAGE_VERBS}))\s"
)


# "the motorbikes of my clients", "the boats of our members": the things, then whose they are
_OWNED_BY = re.compile(r"^(?:the\s+)?[a-z-]+(?:\s[a-z-]+)?\s+of\s+(?:my|our|the|their)\s+[a-z-]+$")


# "Bug: title, severity, …", "each bug: a title, …", "Track feature requests… features with
# title and status": a word never an entity on its own ("fix the bugs", "the goal is …") that
# heads a list of fields, or is kept with one, is the thing a team keeps
_KEPT_TOPIC = re.compile(
    r"^(?:(?:each|every|a|the|one|our|all(?:\s+the|\s+our)?)\s+)?"
    r"(?P<w>(?P<s>bug|feature|request|goal|requirement)s?)$"
)


def _values_listed(parsed: FieldList) -> bool:
    """Two fields or more, one of them named by a word of value ("title", "severity") or typed:
    a record's fields ("Bugs: export, totals, login" lists where the bugs are)."""
    return len(parsed.attributes) >= 2 and (
        parsed.annotated > 0 or any(a.name.split("_")[-1] in FIELD_HINTS for a in parsed.attributes)
    )


def _kept_topic(topic: str) -> list[Noun]:
    m = _KEPT_TOPIC.match(topic.strip())
    return [Noun(m["s"].capitalize(), False, (m["w"],))] if m else []


def read_verbless(clause: Clause) -> list[Statement]:
    """ "exhibits with F", "Employee(F)", "departments (F) and employees (F)"."""
    m = _VERBLESS.match(clause.text)
    if not m:
        return []
    led = _FRAME_LED.match(m["np"])
    longest = 8 if led else 6 if _OWNED_BY.match(m["np"]) else 4
    if _MARKED_LAST.search(m["np"]) and (led := led or _FRAME_LED_LONG.match(m["np"])):
        # "a saddlery repair service around a RepairJob entity with …": the thing is named and
        # marked as the entity, so a longer frame before it says only what the frame is
        longest = 10
    said = m["np"].split()
    if said and said[-1] in LED_FRAMES | _LISTED_ON:
        # (new59) "a needle cartridge stock sheet with F": the frame the things are kept on
        # (and their "stock") adds no word to the thing's name
        longest += 1 + (len(said) > 1 and said[-2] == "stock")
    if len(said) > longest:
        return []
    if rx(r"^(?:we|i|you|they|he|she|it|there)\s").match(m["np"]):
        return []  # "we have some problems with our parking": a sentence, not "X with F"
    if _FEELS_ABOUT.search(m["np"]):
        return []  # "the bookkeepers are happy with the Journal entity": how they feel about it
    if rx(r"\s*(?:me|us|you|him|her|them|it)\W*").fullmatch(m["f"]):
        return []  # "bear with me", "stick with us": talk; a pronoun names no field
    if not m["intro"].strip() and (g := GROUP.match(m["f"])) and not is_group_text(g["inner"]):
        return []  # "number (text), key, …": an annotation, not a group of fields
    noun = read_noun(m["np"]) or _kept_frame_named("", m["np"], clause.original)
    if noun is None:
        return []
    if (
        len(noun.words) == 2
        and m["np"].split()[0] == noun.words[0]
        and is_verb(noun.words[0])
        and any(k.name != "Request" for k in _kept_topic(noun.words[1]))
    ):
        # "fix bugs with …": a verb said to the reader and its object, no "FixBug" (a
        # "change request" is a kind of request, so requests keep their modifier)
        return []
    if led and len(m["np"].split()) > 4 and noun.words[-1] in _LED_ONLY:
        return []  # "a notice board for lost property with …": what the board holds is unread
    return declares(clause, noun, m["f"], "create")


_LED_ONLY = LED_FRAMES - FRAME_NOUNS
# ("a piano restoration booking app around a Restoration entity": three words may say which
# frame when the thing after it is marked as the entity)
# (new59) frames a thing is listed on that are no frame noun alone (entities.py `_strip_frames`)
_LISTED_ON = frozenset(("page", "form"))
_FRAME_LED_LONG = re.compile(
    r"^(?:an?|the|our|my|one)?\s*(?:[a-z-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(LED_FRAMES))})\s+(?:around|about|for)\s"
)
# "… around a Repair Job entity": the frame's thing marked as the entity, last in the phrase
_MARKED_LAST = re.compile(r"\s(?:an?|the)\s[a-z-]+(?:\s[a-z-]+){0,2}\s(?:entity|table|model)$")


# "And a nozzle type too, the auditors want both.": who wants it, or why, said after "too"
_REASON_AFTER = (
    r"\s*,\s*(?:please|thanks|thank you|cheers|if (?:possible|you can)"
    r"|(?:the|our|my|their)\s+[a-z]+\s+(?:wants?|needs?|asks?|asked|insists?|requires?)\b[^,]*"
    r"|(?:they|we|i|he|she)\s+(?:want|need|asked|insist|require|use|check)s?\b[^,]*"
    r"|for\s+(?:the|our)\s+[a-z]+s?)\s*[.!]*$"
)
_TOO_REASON = r"\s(?:too|as well)" + _REASON_AFTER
_AFTERTHOUGHT = re.compile(
    _TOO_REASON + "|"
    r"^(?:(?:and|oh|ah|wait|then|ideally|maybe|perhaps|possibly|preferably)[,!\s]+)*"
    r"(?:also|plus)\b|\s(?:too|as well)\s*[.!]*$"
    # "And an access notes field while you're in there.": the item said while the change is
    # being made is one more of it
    r"|\s(?:while|whilst)\s+(?:you|you are|you're|we|we are|we're)\s+(?:in there|at it|there"
    # ("… while you're in there, thanks": the sign-off after it says nothing more)
    r"|on it|in that)(?:\s*,?\s*(?:thanks|thank you|cheers|ta|please))?\s*[.!]*$"
    # "An email too, if known.": the afterthought with its optional marker after it
    r"|\s(?:too|as well)\s*,\s*(?:" + OPTIONAL.pattern + r")\s*[.!]*$"
)
# what is said around the afterthought's item: the adverb, "too", "while you're in there"
_AFTERTHOUGHT_TALK = re.compile(
    r"^(?:(?:and|oh|ah|wait|then|ideally|maybe|perhaps|possibly|preferably|also|plus)"
    r"(?:[,!\s]+|$))+"
    r"|\s+(?:too|as well)\s*[.!]*$|"
    + _TOO_REASON
    + r"|\s+(?:too|as well)(?=\s*,)|"
    + _REASON_AFTER
    + r"|\s+(?:while|whilst)\s+(?:you|we|i)\b.*$"
)


# "The family contact phone is also important.": a thing said after the list to be needed too
# is one more field of it (not "is also required", which may mark a field already listed)
_ALSO_NEEDED = re.compile(
    r"^(?:the|a|an|their|its)\s+(?P<item>[a-z][a-z' -]{0,40}?)\s+(?:is|are)\s+also\s+"
    r"(?:important|needed|wanted|useful|essential|necessary|helpful)\s*[.!]*$"
)
_ONE_MORE_OPTIONAL = re.compile(
    r"^(?P<item>[a-z][a-z' -]{0,40}?)(?P<too>\s+(?:too|as well))?\s*(?:,\s*(?:but\s+)?|\s+but\s+)"
    # ("… but those can be blank": the pronoun before the marker's own modal)
    r"(?:(?:it|they|those|these|that|this)(?:\s+one)?(?:\s+(?:is|are)\s+|\s*->\s*|'s\s+|'re\s+"
    r"|\s+(?=(?:can|may)\s))|(?:should|would|can|could|may)\s+be\s+)?"
    r"(?:" + OPTIONAL.pattern + r")(?:\s+(?:now|though|for now|anyway))?"
    # ("… can be blank for a lot of people": for whom it may be empty says nothing more)
    r"(?:\s+for\s+(?:a lot of|lots of|many|most|some|a few)\s+[a-z]+)?(?:\s*,\s*[^,]*)?\s*[.!]*$"
)
_HOW_MANY_WE_HAVE = re.compile(
    r"^(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|maybe\s+|perhaps\s+|probably\s+"
    r"|like\s+|almost\s+|nearly\s+|over\s+)?(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|dozens?"
    r"|a (?:few|couple|dozen|hundred))\s+(?:of\s+)?[a-z]+s\b"
)
_THE_OTHERS = re.compile(r"(?:^|_)(?:everything|anything|else|rest|others?|remaining)(?:_|$)")


# "cost per person (decimal)", "first aid certified (yes/no, optional)": one item closed by a
# parenthesis that gives only its type (and whether it may be empty) is a field as written,
# however many words its name has (a sentence is never typed so)
_TYPED_ITEM = re.compile(r"^[a-z][a-z' -]*\((?P<note>[^()]{1,40})\)$")
_REQUIRED_NOTE = re.compile(r"(?:optional|nullable|required|mandatory)")


def _typed_item(text: str) -> bool:
    m = _TYPED_ITEM.match(text.strip().rstrip("."))
    if m is None:
        return False
    notes = [n.strip() for n in m["note"].split(",") if n.strip()]
    return any(type_phrase(n) for n in notes) and all(
        type_phrase(n) or _REQUIRED_NOTE.fullmatch(n) for n in notes
    )


# "hull colour out", "hull material in": a noun phrase of two words or more, then a bare
# particle of direction, is a verbless clause (the thing, then where it goes: a change), not a
# field's name ("time in" is one noun; "checked in", "logged out" a state)
_PARTICLE_MOVE = re.compile(r"(?:[a-z][a-z-]*\s+)+[a-z][a-z-]*(?<!ed)(?<!ing)\s+(?:out|in|off)")


@lru_cache(maxsize=64)
def _afterthought_in(text: str) -> bool:
    """`_AFTERTHOUGHT` said in `text`: every clause of a request asks it of the whole request,
    searched once (a long request has hundreds of clauses)."""
    return _AFTERTHOUGHT.search(text.lower()) is not None


def _whether_said(long: list[Attribute], text: str) -> bool:
    """ "the wingspan and whether it is hand reared": a long name that a "whether" item made
    (is_hand_reared) is a yes/no the writer listed, not a sentence read as fields."""
    return rx(r"\bwhether\b").search(text) is not None and all(
        a.name.startswith(("is_", "has_", "was_", "needs_")) for a in long
    )


def read_list(clause: Clause) -> list[Declare]:
    """A bare field list for the entity in context (or the clause's topics)."""
    text = LIST_INTRO.sub("", clause.text).strip()
    if rx(r"^(?:i|we|you|they|he|she|it)\s+(?:am|are|is|was|were)\b").match(text):
        return []  # "I am a vet, not a computer person": a sentence about someone, no list
    if not clause.topic and (m := rx(r"^(?:i|we)\s+([a-z]+)\b").match(text)) and is_verb(m[1]):
        return []  # "I photograph weddings and families, …": what the writer does, no list
    if not text or text.startswith("+"):
        text = text.lstrip("+ ")
    # "Also the mooring is needed.", "Plus a deposit.", "Oh wait, also the colour.", "Ideally
    # emails too.": an afterthought names one more field (talk around it is not the field)
    afterthought = _afterthought_in(clause.text) or _afterthought_in(clause.original)
    if afterthought:
        text = _AFTERTHOUGHT_TALK.sub("", text).strip()
    elif also_needed := _ALSO_NEEDED.match(text):
        text, afterthought = also_needed["item"], True
    if not clause.topic and _HOW_MANY_WE_HAVE.match(text):
        return []  # "Three artists, always double booked lol.": how many, not what to keep
    # "And damage notes, not required.", "Notes too but those are optional, …": one more item,
    # said after the list with its optional marker after it
    said_after = rx(r"(?:(?:oh|ah|and|also|plus)[,!\s]+)+").match(clause.original.strip().lower())
    one_more = _ONE_MORE_OPTIONAL.match(text)
    if one_more is None and said_after is None and _AFTERTHOUGHT.search(clause.text.lower()):
        # "Weight too, it's optional.": the marker was cut off into a clause of its own
        one_more = _ONE_MORE_OPTIONAL.match(clause.original.strip().lower())
    if one_more and (said_after or one_more["too"]):
        text = one_more["item"]
    if clause.topic and all(_PARTICLE_MOVE.fullmatch(i.strip()) for i in rx(r"[,;]").split(text)):
        # "Dinghy: hull colour out, hull material in" says changes, not fields; one such item
        # among fields is a field named with its particle ("dentist sign off", "clock in")
        return []
    parsed = read_fields(text)
    if one_more and (said_after or one_more["too"]) and len(parsed.attributes) == 1:
        parsed = replace(parsed, attributes=[replace(parsed.attributes[0], required=False)])
        afterthought = True
    if not parsed.attributes or not all(item_rule(r, parsed) for r in parsed.rules):
        return []
    marked = clause.text.lstrip().startswith("+") or clause.topic_sep == "+="
    single_ok = clause.topic_sep == ":" and clause.topic and not is_frameish(clause.topic)
    # "Oh and a policy expiry date.": a sentence that opens with "and" adds to the list too
    single_ok = (
        single_ok
        or afterthought
        or any(
            # ("… for each driver? And their licence expiry date.": one more of the owner's)
            rx(r"^(?:(?:oh|so|ok|okay),?\s+and\s+|and\s+(?:their|its)\s)").match(t.lower())
            for t in (clause.text, clause.original)
        )
        # ("… and a price. And a due date.": a sentence of one more short item, nothing else,
        # its note in brackets after it: "And a spare prop count (optional).")
        or rx(
            r"and\s+(?:an?|the)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?:\s*\([a-z /,-]{1,30}\)"
            r"|\s*,\s*(?:but|though)\s+(?:it|that one|this one)(?:'s|\s+(?:is|can be|may be))\s+"
            r"(?:optional|blank|empty|not required))?\s*[.!]?"
        ).fullmatch(
            clause.original.strip().lower(),
        )
    )
    if len(parsed.attributes) < 2 and not (marked or parsed.annotated or single_ok):
        return []
    if len(parsed.attributes) == 1 and _THE_OTHERS.search(parsed.attributes[0].name):
        return []  # "Everything else is text", "the rest is optional": about the other fields
    listed = (
        bool(rx(r"[,;]").search(text)) or clause.topic or text != clause.text.strip() or single_ok
    )
    long = [a for a in parsed.attributes if len(a.name.split("_")) > 2]
    if (
        not listed
        and long
        and not (len(parsed.attributes) == 1 and _typed_item(text))
        and not _whether_said(long, text)
    ):
        return []  # "my sister teaches piano and she is drowning …" is no field list
    generic = bool(
        clause.topic
        and rx(
            r"(?:the\s+)?(?:fields?|attributes?|columns?|properties|data|details|info)"
        ).fullmatch(clause.topic)
    )
    # "Also keep sponsors: …": the verb of keeping is no part of the thing's name
    topic = _ALSO_KEPT.sub("", clause.topic) if clause.topic else clause.topic
    if topic and _ALSO_VERB.match(topic):
        return []  # "Also track: who changed it": what is kept is not said (no thing Track)
    topics = entities_of(topic) if topic and not generic else []
    if topic and len(topics) == 1:
        # "Complaints about rooms: room, guest, …": the room is a value, the list a complaint's
        topics = [thing_before_place(topic, topics[0], parsed)]
    if topic and (wanted := _PLACE_WANTS.match(topic)) and (things := entities_of(wanted["np"])):
        # "the laundromat wants a Customer entity: …": what the place wants is the thing the
        # fields are of, never the place that wants it
        topics = things
    if (
        topic
        and not topics
        and not generic
        and clause.topic_sep == ":"
        and (noun := long_name(topic.split()))
    ):
        # (lv62) "Food bank delivery runs: driver name, …": a heading of a plural one word
        # longer than a name is read, as "track food bank delivery runs with …" reads it
        topics = [noun]
    if clause.topic and not topics and _values_listed(parsed):
        topics = _kept_topic(clause.topic)
    if clause.topic and not topics and not generic and not is_frameish(clause.topic):
        return []
    # "Employee should also have: …", "Kennel now needs:", "Site, new fields:": the heading
    # says the list is added to a thing that exists
    adding = bool(topics and _ADDING_HEAD.search(clause.topic or ""))
    # "Also add a Microchip entity: …": an entity said to be added is made ("also" adds it to
    # the system, not fields to a thing that exists)
    adding = adding and not _ENTITY_ADDED.search(clause.topic or "")
    # "Student: guardian phone is needed as well": the list itself says it is more
    adding = adding or bool(topics and _NEEDED_TOO.search(clause.text))
    # "members: card number as well": one value said to be more than the thing has
    adding = adding or bool(
        topics and len(parsed.attributes) == 1 and _ONE_MORE.search(clause.text)
    )
    # (lv62) "About the Client records: their preferred language, and an interpreter flag
    # too": values said as the thing's own ("their", "its") and as more, under the records or
    # table of a thing (there already), are added to it ("About our volunteers: their name,
    # phone, and a driver flag too" may be a new list whose "too" says "as well as the phone")
    adding = adding or bool(
        topics
        and clause.topic_sep == "on"
        and _STORED_TOPIC.search(clause.topic or "")
        and _THEIR_LIST.match(clause.text)
        and _ONE_MORE.search(clause.text)
    )
    mode: Mode = "add" if marked or adding else ("create" if topics else "either")
    if clause.text.lstrip().startswith(("- ", "−")) and topics:
        return []  # "Customer: - fax" is a removal
    if not topics:
        return [Declare(None, parsed, mode, clause.segment)]
    return [Declare(topic, parsed, mode, clause.segment) for topic in topics]


_THEIR_LIST = re.compile(r"\s*(?:their|its)\s+[a-z]")
_STORED_TOPIC = re.compile(r"^(?:the|our)\s+[a-z-]+\s+(?:records?|table|entity|model)$")
_NEEDED_TOO = re.compile(r"\b(?:is|are)\s+(?:needed|required|wanted)\s+(?:as well|too)\s*[.!]?$")
# "(we'd) also (like to) keep …", "please also track …": the people keep one more thing
_ALSO = (
    r"^(?:and\s+|plus\s+)?(?:(?:we|i)(?:'d|\s+would)?\s+)?(?:please\s+)?also\s+(?:please\s+)?"
    r"(?:(?:want|need|like|have)\s+to\s+)?"
)
_KEEPING = r"(?:keep|track|record|log|store|manage|register)"
_ENTITY_ADDED = re.compile(
    r"\b(?:add|create|introduce|need)\s+(?:also\s+)?(?:a|an|another|one more)\s+(?:new\s+)?"
    r"(?:[a-z][a-z-]*\s+){0,3}(?:entity|model)$"
    r"|\b(?:add|create|introduce|need)\s+(?:also\s+)?(?:a|an|another)\s+(?:new\s+)?(?:entity|model)"
    r"\s+(?:called|named)\s"
    # "We also keep events: …", "we'd also like to track loans: …", "Also keep sponsors: …": the
    # people say they keep one more kind of thing (a bare plural), not that a thing has more
    # fields
    rf"|{_ALSO}{_KEEPING}\s+(?:[a-z-]+\s+)?[a-z-]+s$"
)
# "Also keep sponsors:", "please also track loans:": the keeping verb is no word of the plural
# kept ("track listings:" with no "also" is a thing of its own)
_ALSO_KEPT = re.compile(rf"{_ALSO}{_KEEPING}\s+(?=(?:[a-z-]+\s+)?[a-z-]+s$)")
# "Also track: who changed it": the keeping verb alone names no thing
# "the laundromat wants a Customer entity", "our practice needs patients": a place (said with
# a determiner) and the things it wants, said before a colon
_PLACE_WANTS = re.compile(
    r"^(?:the|our|my)\s+[a-z-]+(?:\s[a-z-]+){0,2}?\s+(?:wants?|needs?|would like)\s+"
    r"(?:(?:a|an|some|new|its|their)\s+)*(?!(?:the\s+)?following\b|these\b|this\b|that\b)"
    r"(?P<np>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3})$"
)
_ALSO_VERB = re.compile(rf"{_ALSO}(?:{_KEEPING}|note|capture|save)$")
_ONE_MORE = re.compile(r"(?:\bas well|\btoo|,\s*also)\s*(?:please|pls|thanks)?\s*[.!]?$")
_ADDING_HEAD = re.compile(
    rf"\b(?:{MORE_WORDS})\b"
    r"|\bnow\s+(?:has|have|needs?|gets?|requires?)\b"
    r"|\b(?:new|more|extra|additional|further)\s+(?:fields?|columns?|attributes?|properties)\b"
)
# "add to X:", "add the following to X:", "add these fields on X:": the words that point at the
# list below name nothing; the place after "to" is what the list is added to
_ADD_TO = re.compile(
    r"(?:(?:the\s+)?(?:following|these|below)(?:\s+(?:fields?|columns?|attributes?|details?))?"
    r"\s+)?(?:to|on)\s+(?:the\s+)?(?=[a-z])"
)
# A type said alone right after the colon ("str", "money, …"): what comes before is a field
_TYPE_FIRST = re.compile(rf"\s*(?P<type>{TYPE_ALTERNATION})\s*(?:[,;)]|$)")


# (name57) "Holds on pieces in the shop: piece, …", "Complaints about rooms: room, …": a plural
# noun, a place word, then another thing; the list is of the first (the second is one of its
# values, listed as a field, or the word before is a plural no order can be: "holds" is no
# "hold!")
_THING_ON_THING = re.compile(
    r"^(?P<a>[a-z][a-z-]*)\s+(?:on|about|against|for|from|at|to|in)\s+"
    r"(?:(?:the|our|my|each|every|all|their)\s+)?(?P<b>[a-z][a-z -]*)$"
)


def thing_before_place(topic: str, noun: Noun, fields: FieldList, *, verb_s: bool = False) -> Noun:
    """The thing a "<things> on <thing>" heading lists fields of: `noun` (read from the words
    after the place word) unless the list names that thing as a field of its own, or
    (`verb_s`) the first word is a verb's "-s" form that opens the request, a plural noun."""
    m = _THING_ON_THING.match(topic.strip())
    if m is None or singular(m["a"]) == m["a"] or m["a"] in FRAME_NOUNS:
        return noun
    said = "_".join(w.lower() for w in re.findall(r"[A-Z][a-z0-9]*", noun.name))
    if not verb_s and said not in {a.name for a in fields.attributes}:
        return noun
    first = read_noun(m["a"])
    if first is None or first.name == noun.name or singular(m["a"]) in FRAME_NOUNS:
        return noun
    return first


def _create(clause: Clause) -> list[Statement]:
    m = _CREATE.match(clause.text)
    if m and _gerund_modifier(m):
        return []  # "Building Permit entity with just:": a name, read by the verbless reader
    if m and m.start("verb") == 0 and _camel_opens(clause.original, m["verb"]):
        return []  # "PlanStep(order, …)": a name written as one word opens it, no verb
    if m and rx(HEADS_LIST).fullmatch(m["f"]):
        if m["verb"] == "add" and (to := _ADD_TO.match(m["np"])):
            # "add to IrrigationZone:" heads the fields added to the place after "to" (the
            # whole name: "to irrigation" is no infinitive)
            noun = read_noun(m["np"][to.end() :])
            return [Declare(noun, FieldList(), "add", clause.segment, header=True)] if noun else []
        noun = read_noun(m["np"])  # "Lease entity with just:" heads the list under it
        return [Declare(noun, FieldList(), "create", clause.segment, header=True)] if noun else []
    if m and not m["intro"].strip() and (g := GROUP.match(m["f"])) and annotates_one(g["inner"]):
        return []  # "we need the voice part (soprano, alto and so on)": one field's values
    if (
        m
        and m["intro"].strip() == ":"
        and (typed := _TYPE_FIRST.match(m["f"]))
        and rx(r"[a-z]+").fullmatch(m["np"])
        and singular(m["np"]) == m["np"]
        and (m["np"] in FIELD_HINTS or typed["type"] not in FIELD_HINTS)
    ):
        # "plan name: str, …", "start date: date", "list price: money": one word of a value
        # and its type, no ask ("keep lockers: number, …" keeps lockers, and "make booking:
        # date, …" makes bookings: "number" and "date" are fields there)
        return []
    if m and "," in m["np"] and clause.topic:
        # "for each specimen we need the catalogue number, the collector, and — if known — the
        # elevation": a list for the topic, not an entity named before a dash
        return []
    if not m or (
        m["verb"] in ("add", "have", "get", "do")
        and (
            not rx(r"\b(?:entity|table|model|app|system|api|service)\b").search(m["np"])
            and m["intro"].strip() not in (":", "with", "—", "with:")
        )
    ):
        return []
    if (several := _made_together(clause, m)) is not None:
        return several
    noun = read_noun(m["np"])
    fields_text = m["f"]
    if (placed := _PLACE_THEN_THING.fullmatch(m["np"])) and rx(r":\s+[A-Z]").search(
        clause.original
    ):
        # "Make a shed: Kayak with …" ("shed" cannot end the name, so the colon is inside it)
        noun = read_noun(placed["np"]) or noun
    elif (
        m["intro"].strip() == ":"
        and (inner := _THING_AFTER_COLON.match(fields_text))
        and re.search(rf":\s+{re.escape(inner['np'])}\s+with\b", clause.original, re.I)
        and rx(r":\s+[A-Z]").search(clause.original)
        # written as a name, a frame word ("Tool") is the thing, as "the Tool entity" is
        and (named_noun := read_noun(f"{inner['np']} entity")) is not None
    ):
        # "Make a tool crib: Tool with …": the place made, then the thing it keeps (written
        # as a name) with its fields; the place is the setting, as "build a CRM: …" is
        noun, fields_text = named_noun, inner["f"]
    if (
        noun is not None
        and m.start("verb") == 0
        and m["intro"].strip() in (":", "-", "—")
        and rx(r"[a-z]+[^s]s").fullmatch(m["verb"])
    ):
        # "Holds on pieces: …": a verb's "-s" form opening a heading is a plural noun
        noun = thing_before_place(
            f"{m['verb']} {m['np']}", noun, read_fields(fields_text), verb_s=True
        )
    if (
        noun is not None
        and m.start("verb") == 0
        and m["intro"].strip() == ":"
        and m["verb"].endswith("ing")
        and (kept := rx(r"([a-z-]+)\s+([a-z-]+)").fullmatch(m["np"]))
        and singular(kept[1]) == kept[1]
        and kept[2] in FRAME_NOUNS
        and (whole := read_noun(f"{m['verb']} {kept[1]}")) is not None
    ):
        # (name57) "Handling box register: box name, …": a verb's -ing form, then one thing in
        # the singular and a frame, heads a register of handling boxes ("handling a box
        # register" is no ask; "Tracking orders: …" keeps orders)
        noun = whole
    if noun is None and m["each"]:
        noun = read_noun(m["each"])
    if noun is None and m["intro"].strip() in ("with", ":", "with:"):
        noun = _kept_frame_named(m["verb"], m["np"], clause.original)
    if noun is None and rx(rf"(?:{MANAGE_VERBS})").fullmatch(m["verb"]):
        # "track bugs with title, severity, …": the kept word is the thing, not "TrackBug"
        # ("create a feature with …" is building software, asked)
        kept = _kept_topic(m["np"]) if read_fields(fields_text).attributes else []
        noun = kept[0] if kept else None
    if noun is None and m["intro"].strip() in ("with", ":", "with:"):
        # "Track food bank delivery runs with …, and volunteers with …": a plural of things one
        # word longer than a name (the fallback reader takes it alone), read here so that the
        # list after it may open the next thing
        noun = long_name(m["np"].split())
    if noun is None:
        if rx(r"\b(?:each one|them|it|those)\b").search(m["np"]) or is_frameish(m["np"]):
            return declares(clause, None, m["f"], "create")  # "build a CRM: contacts with …"
        return []
    if not fields_text.strip():
        return [Declare(noun, FieldList(), "create", clause.segment, header=True)]
    return declares(clause, noun, fields_text, "create")


# frame words that are also things a business keeps (a tool lent, a building site, a church
# service, a railway platform), as changes.py `_THING_FRAMES`
_KEPT_FRAMES = frozenset(
    "service application site tool program programme platform portal resource".split()
)


def _kept_frame_named(verb: str, np: str, original: str) -> Noun | None:
    """ "Create Tool with name, tool code …", "make a Site with …": a frame word that is
    also a thing kept, written with a capital right after the create verb, is the thing made,
    as "the Tool entity" is ("create a tool with …", in lower case, stays the software)."""
    word = rx(r"(?:an?\s+|the\s+)?(?P<w>[a-z]+)").fullmatch(np.strip())
    if word is None or word["w"] not in _KEPT_FRAMES:
        return None
    # (verbless, "Tool with name, …", "Site(name, …)": the name opens the clause)
    lead = rf"\b(?i:{re.escape(verb)})\s+" if verb else r"(?:^|(?<=[:;,.\n])|(?<=\band))\s*"
    said = rf"{lead}(?:(?i:an?|the)\s+)?{word['w'].capitalize()}\s*(?:with\b|:|\()"
    if not re.search(said, original):
        return None
    return read_noun(f"{word['w']} entity")


# "X and Y, both with F", "X and Y entities, each having F": one list said of every thing named
_EACH_OF_THEM = re.compile(r",?\s+(?:both|each|all)(?:\s+of\s+them)?$")


def _made_together(clause: Clause, m: re.Match[str]) -> list[Statement] | None:
    """ "Add Van and Driver entities, both with name and code", "Create X and Y entities: a x
    has F; …": several things made in one clause. A list said of each goes on each; after a
    colon, what is said of each by name is read as its own sentence. A list said once after
    two names is neither's alone: None leaves it to the reader of one thing (which asks)."""
    np = m["np"]
    each = _EACH_OF_THEM.search(np)
    named = np[: each.start()] if each else np
    if not rx(r",|&|\band\b").search(named) or not m["f"].strip():
        return None
    parts = [p for p in rx(r"\s*(?:,|\band\b|&)\s*").split(named) if p.strip()]
    if any(len(p.split()) > 4 for p in parts):
        return None  # "the assessment, the following fields shall be removed from X": a sentence
    nouns = entities_of(named)
    if len(nouns) < 2:
        return None
    # only things said as things: "X and Y entities", or each written as a name ("a Van and a
    # Driver"); "keep the hearing aids: …", "a fax and a late checkout flag to Guest: …" are
    # not several things made
    marked = rx(r"\s(?:entities|models|tables)$").search(named)
    if not marked and not all(
        re.search(rf"\b{re.escape(n.words[0].capitalize())}", clause.original) for n in nouns
    ):
        return None
    if each and m["intro"].strip() in ("with", "having"):
        out: list[Statement] = []
        for noun in nouns:
            out.extend(
                replace(d, joint=True) if isinstance(d, Declare) else d
                for d in declares(clause, noun, m["f"], "create")
            )
        return out
    if each or m["intro"].strip() not in (":", "—", "-"):
        return None
    said = replace(clause, text=m["f"])
    parts = read_declaration(said) or read_verbless(said)
    names = {n.name for n in nouns}
    owned = [p.entity.name for p in parts if isinstance(p, Declare) and p.entity is not None]
    heads: list[Statement] = [
        Declare(n, FieldList(), "create", clause.segment, header=True)
        for n in nouns
        if n.name not in owned
    ]
    if not owned or not set(owned) <= names or any(isinstance(p, Mention) for p in parts):
        # "Add Course and Room entities: title, capacity": whose is each? Asked, never guessed
        shared = FieldList(dropped=[Dropped(m["f"], SHARED_LIST_REASON)], items=1)
        return [*heads, Declare(None, shared, "either", clause.segment)]
    return heads + [replace(p, mode="create") if isinstance(p, Declare) else p for p in parts]


SHARED_LIST_REASON = "one list after several things named: say which thing each field is of"


# Verbs of keeping that are also nouns of a kind of record: "Log Entry entity with …",
# "Track Segment entity with …" (written "LogEntry", "TrackSegment") name one thing
_NOUN_VERBS = frozenset("track record register log list catalog catalogue schedule control".split())


_PLACE_THEN_THING = re.compile(r"(?:an?\s+|the\s+)?[a-z][a-z -]{0,30}?:\s+(?P<np>[a-z][a-z -]*)")
_THING_AFTER_COLON = re.compile(r"^(?P<np>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+with\s+(?P<f>\S.*)$")


def _camel_opens(original: str, verb: str) -> bool:
    """Whether the clause opens with a name written as one word whose first part is `verb`
    ("PlanStep(", split by now into "Plan Step("): a name and its group, as "Entity(…)"."""
    head = original.lstrip(" \t-*#")
    n = len(verb)
    return (
        verb in _NOUN_VERBS | {"plan"}  # ("Create Route(…)" asks for Route)
        and head[:n].lower() == verb
        and bool(rx(r"[A-Z][a-z]* [A-Z][a-z]+\(").match(head))
    )


def _gerund_modifier(m: re.Match[str]) -> bool:
    """ "Building Permit entity with …" (written "BuildingPermit"): a gerund that opens the
    clause and is followed by a bare noun written as an entity is a modifier of that noun; as
    a verb it would take an article ("building a permit entity")."""
    return (
        m.start("verb") == 0
        and (m["verb"].endswith("ing") or m["verb"] in _NOUN_VERBS)
        and bool(rx(r"[a-z]+(?:\s[a-z]+)?\s+(?:entity|model|table)").fullmatch(m["np"]))
        and m["np"].split()[0] not in FILLER
    ) or _gerund_heading(m)


def _gerund_heading(m: re.Match[str]) -> bool:
    """ "Building permits: …", "Recording sessions — …": a heading of an -ing noun and a bare
    plural names one kind of thing, as "Meeting rooms:" does; a verb takes its object with an
    article or "with" ("booking rooms with …", "recording the sessions: …"), and an -ing word
    that is no noun ("Managing customers:") stays the verb unless English names the pair
    ("managing director")."""
    np = m["np"]
    return (
        m.start("verb") == 0
        and m["verb"].endswith("ing")
        and m["intro"].strip() in (":", "—", "-", "->")
        and bool(rx(r"[a-z]+s").fullmatch(np))
        and gerund_names_kind(m["verb"], np)
    )


_FIELDS_OF = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:(?P<np>[a-z][a-z -]{0,30}?)\s+(?:fields|attributes|columns"
    r"|properties)|(?:fields|attributes|columns|properties)\s+(?:for|of)\s+(?:(?:a|an|the|each"
    r"|every)\s+)?(?P<np2>[a-z][a-z -]{0,30}?))\s*(?::|—|-)\s*(?P<f>.+)$"
)


def _fields_of(clause: Clause) -> list[Statement]:
    """ "Adopter fields: full name, email, …", "Fields for a booking: …": a document line
    that names whose fields it lists (a "has" inside the list is an item's own word)."""
    said = ""
    if clause.topic and clause.topic_sep == ":":  # the topic reader keeps only "adopter"
        low = clause.original.lower()
        # (the topic as written first: most lines lack it, and the pattern is one per topic)
        named = clause.topic in low and re.search(
            rf"\b{re.escape(clause.topic)}\s+(?:fields|attributes|columns|properties)\s*:",
            low,
        )
        said = f"{clause.topic} fields: {clause.text}" if named else ""
    m = _FIELDS_OF.match(said or clause.text)
    if not m:
        return []
    if (
        m["np"]
        and rx(r"\sproperties\s*[:—-]").search(m[0][: m.start("f")])
        and properties_are_houses(m["np"].split()[-1])
    ):
        return []  # "a list of properties: …", "void properties - …": the houses are the things
    noun = read_noun(m["np"] or m["np2"])
    if noun is None:
        return []
    return declares(clause, noun, m["f"], "create")


def _possessive(clause: Clause) -> list[Statement]:
    m = _POSSESSIVE.match(clause.text)
    if not m:
        return []
    noun = read_noun(m["np"])
    if noun is None:
        return []
    topic = read_noun(clause.topic) if clause.topic and clause.topic_sep == "on" else None
    if topic is not None and topic.name != noun.name:
        # "For each permit I need the angler's name, the permit code, …": the record is the
        # permit; the angler's name is one of its fields
        return []
    # "Add the customer's loyalty points": fields added to a thing named by its possessive are
    # added to a thing that exists (a create is said with "track", "keep", "need", …)
    mode: Mode = "add" if m["verb"] == "add" else "create"
    if rx(r"(?:relationship|relation|link|association)s?\s*[.!?]?").fullmatch(m["f"].split()[-1]):
        return []  # "Add the team's coach relationship": a link named, never a field
    return declares(clause, noun, m["f"], mode)
