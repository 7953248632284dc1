"""A field list and the thing it belongs to, read in whatever frame surrounds them.

The structured readers know the frames people usually write ("Track X with a, b", "X: a, b").
People also write "Keep record of the fines our drivers are getting, with date, amount and
paid (yes/no)" or "I want something where we put in each hive: its site, the queen age". This
reader is a fallback for a clause no reader understood: it finds the list first (two or more
short items after a colon, "with", "like", a dash or a comma), then its owner: the thing said
with "each / every / per X" anywhere in the clause, else the object of the verb before the
list (the words up to a clause said about it: "… fines *our drivers are getting*").
"""

from __future__ import annotations

import re

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import singular
from baes_tui.core.names import safe_entity_name
from baes_tui.recognition.entities import MAX_ENTITY_WORDS, Noun, read_noun
from baes_tui.recognition.fields import FieldList, read_fields
from baes_tui.recognition.lexicon import (
    CREATE_VERBS,
    FRAME_NOUNS,
    MANAGE_VERBS,
    NEVER_ENTITY,
    WH_WORDS,
)
from baes_tui.recognition.nouns import in_wordnet, is_verb
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.statements import Aside, Constraint, Declare, Mention, Statement, Unread

# What opens a list after the thing: strong cues first; a bare comma only when none holds one
_STRONG_CUES = r":|\s[-–—]+\s|—|\b(?:with|like|capturing|including|containing)\b"
_DASH = r"\s[-–—]+\s|—"
# Where the list ends: a new sentence, or a reason or aside said after it
_LIST_END = r"[.?!;](?:\s|$)|\s(?:so that|so we|because|but|though|which|pls|please|thanks?)\b"
# Words of the talk inside an item make it a clause, not a field's name
_TALK = frozenset("i we you me us my our your he she they".split())
# Auxiliaries and negation: a phrase holding one is a clause ("our stuff is a mess", "not sure
# what yet"), never a thing's or a field's name
_CLAUSE = frozenset("am is are was were be been being 'm 're 's not nobody no".split())
# How often a thing happens says when, not which thing ("daily checks" are checks)
_HOW_OFTEN = frozenset("daily weekly monthly yearly annual nightly hourly quarterly".split())
# "each / every / per / for each X": the thing every listed value belongs to
_EACH = r"\b(?:for\s+)?(?:each|every|per)\s+(?P<x>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
# The longest item a field's name is said in (words outside brackets)
_ITEM_WORDS = 5
_MIN_ITEMS = 2
_MAX_ITEMS = 40
# Prepositions that glue a phrase ("cup of tea"), never inside a thing's name said after "each"
_GLUE = frozenset("of for in on at with from to by".split())
# "each one", "each of them": the thing is said before, as the verb's object
_BACK = frozenset("one ones of".split())


def list_and_owner(clause: str, segment: int) -> Declare | None:
    """A create of the thing `clause` lists fields for, or None when it holds no such list."""
    text = " ".join(clause.lower().replace("’", "'").split()).rstrip(" .!")
    for cue in (_STRONG_CUES, r","):
        for m in re.finditer(cue, text):
            if rx(_DASH).fullmatch(m[0]) and rx(_DASH).search(text[: m.start()]):
                continue  # "- a whole number is fine -": a second dash closes an aside
            if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
                continue  # "(name, email and phone)": a list in brackets remarks on a word
            fields = _field_list(text[m.end() :])
            if fields is None:
                continue
            owner = _owner(text, m.start())
            if owner is None:
                return None
            return Declare(owner, fields, "create", segment, loose=True)
    return None


def _field_list(rest: str) -> FieldList | None:
    """The fields of `rest` when it opens with a list of field names, else None."""
    end = rx(_LIST_END).search(rest)
    said = rest[: end.start()] if end else rest
    if said.count(",") >= _MAX_ITEMS:
        return None
    plain = rx(r"\([^)]*\)").sub(" ", said)
    items = [i.strip() for i in rx(r",|\band\b|/|&").split(plain) if i.strip()]
    if not _MIN_ITEMS <= len(items) <= _MAX_ITEMS:
        return None  # (a longer list is the other readers'; read here, at every comma, it
        # made a 20,000-character list take minutes)
    for item in items:
        words = item.split()
        if len(words) > _ITEM_WORDS or _TALK.intersection(words) or _CLAUSE.intersection(words):
            return None
    fields = read_fields(said)
    if fields.dropped or len(fields.attributes) < _MIN_ITEMS:
        return None
    return fields


def _owner(text: str, at: int) -> Noun | None:
    """The thing the list at `at` belongs to: "each X" anywhere, else the verb's object."""
    if (each := rx(_EACH).search(text)) is not None and each["x"].split()[0] not in _BACK:
        # "each API request" that names no thing names no other thing either
        return _each_thing(each["x"], text[: each.start()])
    head = text[:at]
    verb = rx(rf"\b(?:{MANAGE_VERBS}|{CREATE_VERBS})\b")
    # (lr61) "there is a waiting list entry with …", "a price list item with …": a verb's word
    # after an article and a word is a noun of the thing's name, no verb (the list's owner was
    # read as `Entry`, accepted)
    said = next(
        (v for v in verb.finditer(head) if not _NAMED_AFTER.search(head, 0, v.start())), None
    )
    if said is None:
        # no verb: the words before the list are the thing's name alone ("Balloon flights
        # with …"), never a sentence about the business
        words = head.replace("'", " '").split()
        if _TALK.intersection(words) or _CLAUSE.intersection(words) or rx(r"\d").search(head):
            return None
        noun = _thing(head)
        # things kept are named in the plural ("Balloon flights with …"); "a notice board for
        # lost property with …" describes one thing
        return noun if noun is not None and singular(noun.words[-1]) != noun.words[-1] else None
    else:
        phrase = _object_of(head[said.end() :], verb)
    # "the fines what our drivers are getting", "the kayaks we rent out": a clause said
    # about the thing ends its name
    words = phrase.split()
    while words and words[0] in ("of", "on", "about"):
        words = words[1:]  # "keep record of the fines": the frame's "of" names no thing
    for i, word in enumerate(words):
        if i and (word in WH_WORDS or word in _TALK or word == "that"):
            words = words[:i]
            break
    if _CLAUSE.intersection(" ".join(words).replace("'", " '").split()):
        return None
    return _thing(" ".join(words))


# an article and a word right before a verb's word: the word is a noun there ("a waiting list";
# right after the article alone, "a log entry", it broke a blind reading a person had right,
# aggregates only, and is left)
_NAMED_AFTER = re.compile(r"\b(?:a|an|the|this|that|our|my|their)\s+[a-z]+\s+$")


def _object_of(phrase: str, verb: re.Pattern[str]) -> str:
    """What the verb just said acts on: past verbs said one after another ("want keep record
    of the fines", "like to keep track of the invoices") and past who is to act ("drivers to
    fill in daily checks", "something to store the kayaks")."""
    while True:
        phrase = phrase.strip()
        if (again := verb.match(rx(r"^to\s+").sub("", phrase))) is not None and again.end():
            phrase = rx(r"^to\s+").sub("", phrase)[again.end() :]
            continue
        to = rx(r"\bto\s+([a-z]+)\s+(?:(?:in|out|up|down|on)\s+)?(.+)").search(phrase)
        if to is not None and is_verb(to[1]):
            phrase = to[2]
            continue
        return phrase


def _each_thing(after: str, before: str) -> Noun | None:
    """The thing of "each X": X, or the fuller name said before that ends in X ("the lake
    visits, for every visit …" → LakeVisit); "each one" points back to the last things."""
    words = []
    for word in after.split():
        if word in _TALK or word in WH_WORDS or word in ("must", "should", "has", "have"):
            break
        words.append(word)
    if _GLUE.intersection(words):
        return None  # "each cup of tea": a phrase with glue is no name to make up
    noun = None
    for n in range(len(words), 0, -1):
        noun = _thing(" ".join(words[:n]))
        if noun is not None:
            break
    if noun is None:
        return None
    earlier = rx(r"[a-z]+(?:\s+[a-z]+)?\s+" + re.escape(noun.words[-1]) + r"s?\b").findall(before)
    for phrase in reversed(earlier):
        fuller = _thing(phrase)
        if fuller is not None and singular(fuller.words[-1]) == singular(noun.words[-1]):
            return fuller if len(fuller.words) > len(noun.words) else noun
    return noun


def _thing(phrase: str) -> Noun | None:
    """The thing `phrase` names, never a frame, talk or pronoun word, and spelt in words
    WordNet knows: with no frame to vouch for it, a slip ("venu hires") is not a name."""
    words = phrase.split()
    while len(words) > 1 and words[0] in _HOW_OFTEN:
        words = words[1:]
    noun = read_noun(" ".join(words)) if words else None
    if noun is None:
        noun = long_name(words)
    if noun is None or any(w in NEVER_ENTITY or w in _TALK for w in noun.words):
        return None
    if all(w in FRAME_NOUNS for w in noun.words):
        return None  # "a list where I put …": the container, not what it holds
    if not all(in_wordnet(w) or in_wordnet(singular(w)) for w in noun.words):
        return None
    return noun


def long_name(words: list[str]) -> Noun | None:
    """ "hot air balloon flights": a plural of things kept one word longer than a name is read
    elsewhere, said where the list's owner stands, is that name (the confidence doubts long
    names) rather than nothing at all."""
    words = [w for w in words if w not in ("a", "an", "the")]
    if (
        len(words) != MAX_ENTITY_WORDS + 1
        or singular(words[-1]) == words[-1]
        or not all(rx(r"[a-z]+").fullmatch(w) and in_wordnet(singular(w)) for w in words)
        or any(w in FRAME_NOUNS or w in NEVER_ENTITY or w in _GLUE for w in words)
        or _TALK.intersection(words)
        or _CLAUSE.intersection(words)
    ):
        return None
    try:
        return Noun(safe_entity_name(" ".join(words)), False, tuple(words))
    except UnsafeName:
        return None


def read_in_any_frame(statements: list[Statement]) -> list[Statement]:
    """`statements` with each unread clause that lists a thing's fields read as its create,
    only where the structured readers read no field list and no change at all."""
    if not all(isinstance(s, (Unread, Aside, Constraint, Mention)) for s in statements):
        return statements
    out: list[Statement] = []
    # the clauses of one sentence left unread share its text: read it once (a 20,000-character
    # request of a hundred clauses read the whole of it a hundred times, minutes of CPU)
    seen: dict[tuple[str, int], Declare | None] = {}

    def listed(text: str, segment: int) -> Declare | None:
        if (text, segment) not in seen:
            seen[text, segment] = list_and_owner(text, segment)
        return seen[text, segment]

    for s in statements:
        # the readers took the words before a list they left ("Members get a new card:
        # number and expiry", "Bugs: export, login"): what they made of them stands
        if isinstance(s, Unread) and not (s.clause and _field_list(s.clause) is not None):
            declared = listed(s.text, s.segment)
            if declared is None and s.clause:
                declared = listed(s.clause, s.segment)
            if declared is not None:
                out.append(declared)
                continue
        out.append(s)
    return out
