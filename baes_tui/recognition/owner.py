"""The thing a change is about when no reader found it: one resolver over the whole text.

A change whose fields were read but whose entity was not ("make the flask volume a decimal",
"add a supplier … more on the feed rations") is asked about, although English names the thing
in a few general ways wherever the change's own words sit: every changed field opens with the
same noun of a kind of thing ("Flask volume", "Flask calibrated at": Flask's volume and
calibrated_at), a place said with a preposition ("on Route", "for the Vaccination records:",
"add both to the call-outs"), a possessive on the field ("the dog's chip number") or a thing
said to have the field ("my old comics don't have an issue number"). Every means is a
candidate; the entity is filled only when exactly one thing survives, else it is still asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baes_tui.core.inflection import singular
from baes_tui.core.names import safe_entity_name, to_snake_case
from baes_tui.recognition.changes import COMPOUND_HEADS
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.lexicon import (
    FIELD_HINTS,
    FIELD_MODIFIERS,
    FRAME_NOUNS,
    HARD_FRAMES,
    TIME_NAMES,
)
from baes_tui.recognition.nouns import (
    THING_KINDS,
    first_sense,
    has_noun_sense,
    is_noun,
    names_a_thing,
)
from baes_tui.recognition.patterns import may_hold

# What a plural after a preposition names when it is no thing kept: a time ("in minutes", "on
# weekends"), a measure ("in kilograms"), a quality or a state; WordNet's lexicographer files.
_NOT_THINGS = frozenset(
    "noun.time noun.quantity noun.attribute noun.state noun.feeling noun.cognition"
    " noun.motive noun.relation noun.shape noun.process noun.phenomenon noun.location".split()
)
# Container words said after a thing's plural ("the Vaccination records", "the kennel list"):
# the rows kept of the thing, no thing of their own; closed class.
_CONTAINERS = frozenset("records record entries entry list table sheet log rows data".split())
# Plurals that count talk, not things kept ("two things to Permits", "more on the details");
# closed class.
_TALK_PLURALS = frozenset(
    "things bits details fields columns changes ones parts items stuff notes tweaks lots".split()
)
_TALK_WORDS = frozenset(singular(w) for w in _TALK_PLURALS) | _TALK_PLURALS | {"change", "side"}
# Words that open a clause after a place ("on Route we want", "on the call-outs I forgot")
_CLAUSE_OPENERS = frozenset(
    "i we you they he she it there please pls and or but so the a an that this".split()
)

# What follows a word that makes it a code ("FLEET-18", "Ticket 42", "REQ_7"): a number
_CODE_AFTER = re.compile(r"[-_/#]?\s?\d")
# "on Route", "for the Vaccination records", "to the call-outs", "in Driver" ("from the sales
# team" says who asks, not where)
# (looked ahead, so "in and wants more on the silos" leaves "on the silos" to be read)
_PLACE = re.compile(
    r"(?P<before>\b[a-z]+\s+)?\b(?:on|to|for|in)\s+(?=(?P<det>(?:the|each|every|all(?:\s+the)?|our|those|these)\s+)?"
    r"(?P<x>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3}))",
    re.I,
)


def owner_in_text(
    text: str, names: list[str], anywhere: bool = True, new_names: tuple[str, ...] = ()
) -> tuple[Noun, dict[str, str]] | None:
    """The one thing the text names for fields `names` that have no entity, with the new
    name of each field the thing was read from (its leading noun dropped); None when no
    thing or more than one is named (the person is asked, as before). `anywhere` False: a
    place counts only in a sentence that names a changed field, or as a heading ("for the
    X records:"); a new type or required-ness is said of the field where it is named, and
    "the mileage is left blank on Breakdown" places another field. `new_names`: a rename's
    new names, whose "to" says what the field becomes, not where it is ("rename X to Y")."""
    if not names or any(n in _TALK_WORDS for n in names):
        return None  # "bit of a change for …": a field misread from talk, asked as it was
    found: dict[str, Noun] = {}
    renamed: dict[str, str] = {}
    if (lead := _shared_lead(names) or _single_lead(names)) is not None:
        found[lead.name] = lead
        renamed = {n: n.split("_", 1)[1] for n in names}
    for noun in (*_places(text, None if anywhere else names), *_possessors(text, names)):
        found.setdefault(noun.name, noun)
    for name in list(found):  # "to BillingCode" in a rename is the new name, no place
        if to_snake_case(name) in new_names:
            del found[name]
    for name in list(found):  # "the licences thing … each SoftwareLicence": one thing
        if any(other != name and other.endswith(name) for other in found):
            del found[name]
    if len(found) != 1:
        return None
    noun = next(iter(found.values()))
    if any(_misread_from_place(n, noun) for n in names):
        return None
    if lead is not None and noun.name != lead.name:
        renamed = {}
    return noun, renamed


_PREPOSITIONS = frozenset("in on to for from of at by with".split())


def _misread_from_place(name: str, noun: Noun) -> bool:
    """ "Please add in Driver" read as a field `in_driver`: a field opening with a preposition
    or ending on the thing's own word was cut from the words that place it, so the reading
    is not trusted to the thing either (asked as before)."""
    words = name.split("_")
    last = noun.words[-1].lower() if noun.words else noun.name.lower()
    return words[0] in _PREPOSITIONS or (len(words) > 1 and singular(words[-1]) == singular(last))


def _kind_of_thing(word: str) -> bool:
    """A noun naming a kind of thing kept (a person, an animal, a made thing, an event), not
    a word that opens or heads a field's name ("emergency", "phone", "total", "due")."""
    return bool(
        word.isalpha()
        and word not in FIELD_MODIFIERS
        and word not in FIELD_HINTS
        and word not in FRAME_NOUNS
        and word not in HARD_FRAMES
        and not word.endswith("ing")
        and is_noun(word)
        and names_a_thing(word)
        and first_sense(word) in THING_KINDS
    )


def _shared_lead(names: list[str]) -> Noun | None:
    """ "Flask volume", "Flask calibrated at": two or more fields that all open with the
    same noun of a kind of thing are that thing's fields (one field alone is changes.py's)."""
    parts = [n.split("_") for n in names]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    lead = parts[0][0]
    if any(p[0] != lead for p in parts) or not _kind_of_thing(lead):
        return None
    return read_noun(lead) or Noun(safe_entity_name(lead.capitalize()), False, (lead,))


# Kinds whose word, second in a field's name, may end the thing's own name ("cargo ship
# capacity": CargoShip's or Cargo's?): such a split is a guess, asked
_COMPOUND_THINGS = frozenset(
    "noun.person noun.animal noun.artifact noun.object noun.plant noun.act noun.event".split()
)


def _single_lead(names: list[str]) -> Noun | None:
    """ "the regatta entry fee": one field of three words whose first names a kind of
    thing is that thing's field, unless the next word could end the thing's name ("cargo ship
    capacity") or makes one name with it ("chimney sweep job price"). Two words are
    changes.py's ("Customer phone"), which asks where the head needs its modifier."""
    if len(names) != 1 or len(words := names[0].split("_")) != 3:
        return None  # four words or more: where the thing ends is a guess
    if _PREPOSITIONS.intersection(words):
        return None  # "validation to all": a verb's object and its place, no field
    lead, second = words[0], words[1]
    if not _kind_of_thing(lead) or has_noun_sense(f"{lead}_{second}"):
        return None
    if first_sense(second) in _COMPOUND_THINGS or second in FIELD_MODIFIERS:
        return None
    if second in FRAME_NOUNS:
        return None  # "surfboard rental deposit": the thing's name may end in a frame word
    if words[-1] in COMPOUND_HEADS:
        return None  # "muster point location": a head that needs all its words (changes.py)
    return read_noun(lead) or Noun(safe_entity_name(lead.capitalize()), False, (lead,))


# Verbs of speaking whose "to" is the person spoken to, not where fields go; closed class.
_SPOKEN_TO = frozenset(
    "talk talked spoke spoken speak said say wrote write written sent send emailed mentioned"
    " explained replied chatted listened".split()
)


def _in_sentence_of(text: str, at: int, names: list[str]) -> bool:
    """Whether the sentence around `at` names one of the fields, or the place heads what
    follows ("for the Vaccination records: …")."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n:") if i != -1]
    end = min(ends, default=len(text))
    if end < len(text) and text[end] == ":":
        return True
    sentence = text[start:end].lower()
    return any(re.search(r"\b" + r"\s+".join(n.split("_")) + r"\b", sentence) for n in names)


def _places(text: str, names: list[str] | None = None) -> list[Noun]:
    """Things a preposition places the request on: a name written with its capital ("on
    Route", "to Permits", "for the Vaccination records"), or a lower-case plural after a
    determiner ("on the call-outs", "more on the feed rations"), a container word after it
    or not. A singular in lower case ("on the front desk") is a place, no thing kept."""
    out: list[Noun] = []
    for m in _PLACE.finditer(text):
        if m["before"] and m["before"].strip().lower() in _SPOKEN_TO:
            continue  # "we talked to the neighbours": the people spoken to
        if names is not None and not _in_sentence_of(text, m.start(), names):
            continue
        words = m["x"].split()
        named = words[0][0].isupper()
        if named and _CODE_AFTER.match(text, m.start("x") + len(words[0].rstrip("-"))):
            continue  # "handled in FLEET-18", "see JIRA 4": a ticket's code, no thing kept
        said = _capitalised_run(words) if named else _plural_run(words, m)
        if not said:
            continue
        noun = read_noun(" ".join(said))
        if noun is not None and noun.name:
            # written with its capital, as _name_placed_in_talk reads "on Contractor"
            out.append(replace(noun, explicit=True) if named else noun)
    return out


def _capitalised_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for w in words:
        if not w[0].isupper() or w.lower() in _CONTAINERS:
            break
        run.append(w)
    if not run or run[0].lower() in TIME_NAMES | _CLAUSE_OPENERS:
        return []
    if any(w.lower() in HARD_FRAMES or w.lower() in FRAME_NOUNS for w in run):
        return []
    if len(run) > 1 and not all(is_noun(w) for w in run):
        return []
    return run


def _plural_run(words: list[str], m: re.Match[str]) -> list[str]:
    if not m["det"] and not m[0].lower().startswith("on "):
        return []  # "a database for donkeys" says what is built; "on raffle tickets" places
    run: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in _CLAUSE_OPENERS or low in _CONTAINERS:
            break
        run.append(low)
        if singular(low) != low:
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if after and after not in _CLAUSE_OPENERS | _CONTAINERS and is_noun(after):
                return []  # "the sales team": the plural modifies a thing said after it
            break
    else:
        return []
    if not run or singular(run[-1]) == run[-1] or run[-1] in _TALK_PLURALS:
        return []
    if any(w in HARD_FRAMES or w in FRAME_NOUNS for w in run):
        return []
    if not all(is_noun(w.replace("-", "")) or "-" in w for w in run):
        return []
    head = singular(run[-1]).replace("-", "")
    if ("-" not in run[-1] and not names_a_thing(head)) or first_sense(head) in _NOT_THINGS:
        return []
    return run


def possessor_of(text: str, name: str) -> Noun | None:
    """The one thing the text says owns or has the field `name` in its words, if one."""
    found = {n.name: n for n in _possessors(text, [name])}
    return next(iter(found.values())) if len(found) == 1 else None


def _possessors(text: str, names: list[str]) -> list[Noun]:
    """ "the dog's chip number", "my old comics don't even have an issue number": a thing
    said to own or have a changed field, in the field's own words."""
    out: list[Noun] = []
    for name in names:
        stem = name.split("_")[0][:5]
        if stem.isascii() and not may_hold(text, stem.lower()):
            continue  # (every form below holds the stem as written: no pattern is built)
        said = r"\s+".join(re.escape(w) for w in name.split("_"))
        owner = (
            rf"\b(?P<x>[a-z][a-z-]*)'s\s+{said}\b"
            rf"|\b(?P<y>[a-z][a-z-]*s)\s+(?:(?:do|does|did)(?:n't|\s+not)\s+)?"
            rf"(?:(?:even|always|all|usually|never|often|sometimes)\s+)?"
            rf"(?:have|has|had|carry|carries)\s+(?:an?\s+|the\s+|no\s+|any\s+)?{said}\b"
        )
        if "_" in name:
            # "our technicians don't carry pagers anymore … the pager number": who no longer
            # has the thing a field is named after has the field about it ("pager number": the
            # pager's number); said without the denial ("drivers have vans … the van plate")
            # the thing may be kept on its own, and the owner is asked
            lead = re.escape(name.split("_")[0])
            owner += (
                rf"|\b(?P<z>[a-z][a-z-]*s)\s+(?:(?:do|does|did)(?:n't|\s+not)|no\s+longer"
                rf"|never)\s+(?:(?:even|always|all|usually|often)\s+)?"
                rf"(?:have|has|had|carry|carries)\s+(?:any\s+)?{lead}(?:s|es)?(?![\w-])"
            )
        if len(stem) == 5:
            # "Lessons can now be cancelled, so we need a cancelled flag and a cancellation
            # reason": the things said to be able to be so now are what the state is kept on
            owner += (
                rf"|\b(?P<w>[a-z][a-z-]*s)\s+(?:can|could|may|will|are|get)\s+(?:now\s+)?"
                rf"(?:also\s+)?(?:be\s+)?{stem}[a-z]*ed\b"
            )
        for m in re.finditer(owner, text, re.I):
            said_by = m.groupdict()
            word = next(said_by[g] for g in ("x", "y", "z", "w") if said_by.get(g)).lower()
            # a plural subject is a noun whatever else the word can be ("comics")
            kind = first_sense(word) not in _NOT_THINGS if m["x"] is None else _kind_of_thing(word)
            if kind and (noun := read_noun(word)) is not None:
                out.append(noun)
    return out
