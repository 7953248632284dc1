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
from dataclasses import replace
from functools import lru_cache

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import singular
from baes_tui.core.models import AttrType
from baes_tui.core.names import MAX_NAME_LENGTH, safe_entity_name, safe_field_name
from baes_tui.recognition.clauses import Clause, without_occasion
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import (
    infer_type,
    one_per_record,
    read_fields,
    said_done,
    type_phrase,
)
from baes_tui.recognition.lexicon import (
    FIELD_HINTS,
    FIELD_MODIFIERS,
    FILLER,
    FRAME_NOUNS,
    HARD_FRAMES,
    PLURAL_FIELDS,
    PRONOUNS,
    SYSTEM_WORDS,
    TIME_NAMES,
    TYPE_ALTERNATION,
    UNIT_WORDS,
    counted_thing,
)
from baes_tui.recognition.lists import entities_of, names_no_field
from baes_tui.recognition.nouns import (
    first_sense,
    has_noun_sense,
    is_noun,
    is_verb,
    mostly_describes,
    names_a_thing,
    only_describes,
)
from baes_tui.recognition.patterns import may_hold, rx
from baes_tui.recognition.plausibility import FUNCTION_WORDS
from baes_tui.recognition.relations import VALUE_NOUNS
from baes_tui.recognition.statements import Change, Modify, Reason, Remove, Rename

_ON = r"(?:on|in|of|for|from|within|inside)"
_TAIL = r"(?:\s+(?:instead|from now on|going forward|everywhere|please|too|now))*"
_TAIL_WORDS = re.compile(_TAIL + "$")

# --- rename -------------------------------------------------------------------------------------
_RENAME = (
    re.compile(
        # ("we are renaming Tenant to Organization": the rename under way is the one asked)
        rf"^(?:(?:we|i)\s+(?:are|am)\s+(?:now\s+)?(?=renaming\s))?(?:rename|renaming)\s+"
        rf"(?P<old>.+?)\s+(?:to|->|=>|into|as)\s+(?P<new>.+?)"
        # "to filled on in Barrel" (filled_on): a place word right before another one ends
        # the new name, it does not start the entity
        rf"(?:\s+{_ON}\s+(?!{_ON}\s)(?P<ent>[^,]+?))?{_TAIL}$"
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
        # ("site really should be called apiary": a word of how sure, before the verb, is
        # no part of the old name)
        r"^(?P<old>.+?)(?:\s+(?:really|actually|honestly|probably|definitely|truly))?"
        r"\s+(?:should|must|will|shall|can|could|would)?\s*(?:now\s+)?"
        r"(?:be\s+|is\s+|are\s+)?(?:(?:now|properly|officially|actually)\s+)*"
        r"(?:called|named|renamed(?:\s+to)?|known as)\s+"
        # "the teams are now properly called clubs by the county": who calls them so is no name
        rf"(?P<new>.+?)(?:\s+by\s+(?:the\s+|our\s+)?[a-z]+)?{_TAIL}$"
    ),
)
# "Our league has grown and the teams are now called clubs": the name said of the last clause's
# subject, not of the story before it
_STORY_BEFORE = re.compile(r"^.+\s(?:and|but|so|since|because|now that)\s+(?=(?:the|our|all)\s)")
# The thing first, then the ask (object-fronted, common in non-native English): "the field
# number change name to plate number" renames what is said first; "(the X entity) its name
# change to Y" renames the entity of the topic
_FRONTED_NAME_CHANGE = re.compile(
    r"^(?P<old>(?:the|its|their)\s+[a-z][a-z -]{0,40}?)\s+(?:change|update)\s+(?:the\s+|its\s+"
    rf"|their\s+)?name\s+(?:to|into|as)\s+(?P<new>.+?){_TAIL}$"
)
_OWN_NAME_CHANGE = re.compile(
    rf"^(?:the|its)\s+name\s+(?:change|update)\s+(?:it\s+)?(?:to|into|as)\s+(?P<new>.+?){_TAIL}$"
)
# "call it Locksmith", "rename it to Vault" (how "change its name to Vault" is simplified): a
# new name for what "it" stands for, with nothing after it but a tail word
_IT_CALLED = re.compile(
    rf"^(?:please\s+)?(?:rename|call|name)\s+it(?:\s+(?:to|into|as))?\s+"
    rf"(?P<new>[a-z][a-z0-9]*(?:\s[a-z][a-z0-9]*){{0,3}}?){_TAIL}$"
)
_CHANGE_QUOTED = re.compile(
    r"^(?:change|switch)\s+(?:the\s+)?(?:field\s+|column\s+)?[\"'](?P<old>[^\"']+)[\"']"
    r"(?:\s+field)?\s+(?:to|into)\s+[\"'](?P<new>[^\"']+)[\"']"
    rf"(?:\s+{_ON}\s+(?P<ent>[^,]+?))?{_TAIL}$"
)
# "change the 'phone' field on tenants so it is called 'mobile number'": both names quoted,
# the owner said between them; a quoted name is a name, never a value the field takes
_CHANGE_QUOTED_ON = re.compile(
    r"^(?:change|switch|update)\s+(?:the\s+)?[\"'](?P<old>[^\"']+)[\"'](?:\s+(?:field|column))?"
    rf"\s+{_ON}\s+(?:the\s+|all\s+|our\s+)?(?P<ent>[a-z][a-z -]*?)\s+(?:to|into"
    r"|so\s+(?:that\s+)?it\s+is\s+(?:called|named))\s+"
    rf"[\"'](?P<new>[^\"']+)[\"']{_TAIL}$"
)
_CALL = re.compile(rf"^(?:let us\s+|we should\s+|you can\s+)?call\s+(?P<body>.+?){_TAIL}$")
# "We're calling programmes 'series' from now on", "we now call cabins lodges instead": what
# the writer's people call a thing from now on is its new name, when the new name is quoted or
# a word saying "from now on" ends it ("we call customers every week" renames nothing)
_WE_CALL = re.compile(
    r"^(?:(?:so|ok|okay|right)\s*,?\s+)?(?:from now on\s*,?\s+)?we\s+(?:are\s+(?:now\s+)?calling"
    r"|(?:will|are going to)\s+(?:now\s+)?call|(?:now\s+|have\s+started\s+)?call(?:ing)?)\s+"
    r"(?P<body>[a-z][a-z ]*?\s+(?:[\"'][^\"']+[\"']"
    r"(?:\s+(?:instead|from now on|going forward|now|please|too|everywhere))*"
    r"|[a-z]+(?:\s+[a-z]+)?(?=(?:\s+(?:instead|from now on|going forward|now))+$)))"
    r"(?:\s+(?:instead|from now on|going forward|now|please|too|everywhere))*$"
)
# "Could you change DOB to date of birth on Pupil?": a field changed to words that are no type
# and spell it out (its initials, or it lengthened: "tel" → "telephone number", "start" →
# "start date") on a named thing is renamed ("change the colour to dark red" is a value)
_CHANGE_TO_NAME = re.compile(
    r"^(?:change|switch)\s+(?:the\s+)?(?P<old>[a-z][a-z]*(?:\s[a-z]+){0,2}?)\s+(?:to|into)\s+"
    r"(?P<new>[a-z]+(?:\s[a-z]+){1,3}?)\s+(?:on|in|for)\s+(?:the\s+|each\s+|every\s+)?"
    rf"(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?){_TAIL}$"
)
# "The Supplier entity should really be Vendor": an entity said to be another name (written as
# a name, with a capital) is renamed; "should be optional", "should be a decimal" are changes
_ENTITY_SHOULD_BE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<old>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?P<marker>entity|table|model)"
    r"\s+(?:should|must|ought to|needs to|has to)\s+(?:(?:really|rather|actually|just|now)\s+)*"
    rf"be\s+(?P<new>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?){_TAIL}(?:\s+[—-]\s+.+)?$"
)
# (an apostrophe inside a word, "the device's 'serial'", opens no quote)
_QUOTED = re.compile(r"(?<![a-z])[\"'](?P<q>[^\"']+)[\"'](?![a-z])")
# "'given on' on Vaccination", "the field 'handed in' in Locker": the quoted name, then its owner
_QUOTED_THEN_OWNER = re.compile(
    rf"^(?P<name>(?:the\s+)?(?:(?:field|column)\s+)?[\"'][^\"']+[\"'](?:\s+(?:field|column))?)"
    rf"\s+{_ON}\s+(?P<ent>[^\"',]+)$"
)
# "rename tab Clients to Accounts", "the Stock worksheet": a spreadsheet's tab is its table
_MARKED = re.compile(
    r"^(?:the\s+)?(?:(?P<pre>field|entity|table|column|tab|sheet|worksheet):?\s+)?(?P<words>.+?)"
    r"(?:\s+(?P<post>field|entity|table|column|model|tab|worksheet))?$"
)


# "Locker.door_no -> Locker.door_number", "`Berth.len` is becoming `length`": a field written
# as Entity.field that turns into another name is renamed; turning into a type or "optional"
# is a change of that field (read_modify), and "-> Entity" points at another entity
_DOTTED_RENAME = re.compile(
    r"^(?:(?:rename|move)\s+)?(?P<old>[a-z][a-z_ ]{0,40}?)\s*(?:->|=>|becomes|is becoming"
    r"|will become|turns into|is turning into|changes to|is changing to)\s*(?P<new>[a-z][a-z_ ]"
    r"{0,40}?)(?:\s+(?:instead|from now on|going forward|now|please))*$"
)


# "X.f -> X.g": the new name written dotted on its thing is a field's name, even a type word
_DOTTED_NEW = re.compile(r"(?:->|=>)\s*`?[A-Za-z][A-Za-z0-9]*\.[a-z]")

_RENAME_NOTE = re.compile(r"\s*(?:[-—,]\s*|\(\s*)(?:a\s+)?renamed?(?:\s+please)?\s*\)?\s*$")


# --- renames said another way (ren58) ------------------------------------------------------------
# "Volunteers' shift note …": a plural's possessive apostrophe, told from a quote by where it is
# (after a word's "s", with no quote open), is written "'s" so the owner is read as "the
# volunteer's shift note" is (a lone apostrophe was read as a quote opening)
_S_APOSTROPHE = re.compile(r"(?<=[a-z]s)'(?=\s+[a-z\"'])")


def _plural_possessive(clause: Clause) -> Clause:
    said = _s_possessive(clause.text)
    return clause if said == clause.text else replace(clause, text=said)


def _s_possessive(text: str) -> str:
    if "'" not in text:
        return text
    out, open_quote = [], False
    for at, ch in enumerate(text):
        if ch == "'" and not open_quote and _S_APOSTROPHE.match(text, at):
            out.append("'s")
            continue
        if ch == "'" and (open_quote or at == 0 or not text[at - 1].isalpha()):
            open_quote = not open_quote
        out.append(ch)
    return "".join(out)


_LEAD = r"^(?:(?:so|ok|okay|right|hey|also|and)\s*,?\s+)?(?:(?:from now on|going forward)\s*,?\s+)?"
_PLEASE = r"(?:(?:please|pls|kindly)\s+)?"
# wordings of a rename that "rename F to G" says too: (pattern, needs the owner or quotes)
_REWORDED: tuple[tuple[re.Pattern[str], bool], ...] = (
    # "use 'client' instead of 'customer'", "let's say quantity instead of the qty column …"
    (
        re.compile(
            rf"{_LEAD}{_PLEASE}(?:(?:let's|let us|we(?:'ll| will| should)?|can we|could we)\s+)?"
            r"(?:use|say|write|show)\s+(?:the\s+name\s+)?(?P<new>[^,;]+?)\s+instead\s+of\s+"
            rf"(?P<old>[^,;]+?){_TAIL}$"
        ),
        True,
    ),
    # "I'd like shipments' tracking code to be called waybill number"
    (
        re.compile(
            rf"{_LEAD}(?:i|we)\s+(?:would\s+|'d\s+)?(?:like|love|prefer|want|need)\s+"
            r"(?P<old>[^,;]+?)\s+to\s+be\s+(?:called|named|renamed(?:\s+to|\s+as)?)\s+"
            r"(?P<new>[^,;]+)$"
        ),
        False,
    ),
    # "swap 'customer' for 'client'", "replace \"customer\" with \"client\" everywhere", "the
    # word 'customer' should be 'client'": a word for another, both quoted
    (
        re.compile(
            rf"{_LEAD}{_PLEASE}(?:(?:swap|replace|change)\s+(?:the\s+(?:word|term|name)\s+)?"
            r"(?P<old>[\"'][^\"']+[\"'])\s+(?:for|with|to|by)"
            r"|the\s+(?:word|term|name)\s+(?P<old2>[\"'][^\"']+[\"'])\s+(?:should|must|will)\s+"
            r"(?:now\s+)?(?:be|become|read))"
            rf"\s+(?P<new>[\"'][^\"']+[\"']){_TAIL}$"
        ),
        True,
    ),
    # "refer to the phone field on Patient as mobile number from now on"
    (re.compile(rf"{_LEAD}{_PLEASE}refer\s+to\s+(?P<old>[^,;]+?)\s+as\s+(?P<new>[^,;]+)$"), False),
    # "label the phone field on Patient as mobile number" ("label overdue orders as late" is a
    # value shown, so the owner must be said)
    (re.compile(rf"{_LEAD}{_PLEASE}label\s+(?P<old>[^,;]+?)\s+as\s+(?P<new>[^,;]+)$"), True),
    # "give customer.surname the name last name"
    (
        re.compile(
            rf"{_LEAD}{_PLEASE}give\s+(?P<old>[^,;]+?)\s+the\s+(?:new\s+)?name\s+(?P<new>[^,;]+)$"
        ),
        False,
    ),
    # "replace the name of serial with asset tag", "switch the name of qty to quantity"
    (
        re.compile(
            rf"{_LEAD}{_PLEASE}(?:replace|swap|switch|change)\s+the\s+name\s+(?:of\s+)?"
            r"(?P<old>[^,;]+?)\s+(?:with|for|to)\s+(?P<new>[^,;]+)$"
        ),
        False,
    ),
)
# "the customer's surname becomes last name", "the qty field on Order should be quantity": the
# field turning into a name; a naming verb ("becomes", "should read") or a weaker one ("is now",
# "should be") that needs the new name written as a name (quoted, snake_case, the old one spelt
# out) since "should be unique" or "is now closed" say something else
_TURNS = re.compile(
    rf"{_LEAD}(?P<old>[^,;]+?)\s+(?:(?P<strong>becomes|is becoming|will become|turns into"
    r"|should become|should read|will read|now reads|should now read|->|=>)"
    r"|(?P<weak>is now|should be|should now be|must be|is to be|will be))\s+"
    rf"(?P<new>[^,;]+?){_TAIL}$"
)
_OWNER_SAID = re.compile(r"'s\s|\s(?:field|column|attribute)\b|\s(?:on|for|in|of)\s")
_NOT_A_NAME = re.compile(
    r"(?:^|\s)(?:a|an|not|no|when|if|once|after|before|than|by|many|several|multiple|some"
    r"|each|every|one|few|lots|unique|blank|empty|hidden|shown"
    r"|visible|positive|negative|set|filled|removed|deleted|dropped|gone|kept|used)(?:\s|$)"
    # ("Driver -> works for Depot", "-> belongs to one depot": a verb and its preposition say a
    # link, no name)
    r"|^(?:works?|belongs?|reports?|lives?|sits?|goes|runs?|answers?|falls?)"
    r"\s+(?:for|in|at|to|under|with|on|from|into|by)\b"
)


# "change surname to last name for customers", "Order: change qty to 'quantity'": a field
# changed to a name (the owner said, the new name written as one) is renamed; "change the
# status to closed" is a value and "change price to decimal" a type
_CHANGE_F_TO = re.compile(
    rf"{_LEAD}{_PLEASE}(?:change|switch|update)\s+(?P<old>[^,;]+?)\s+(?:to|into)\s+"
    rf"(?P<new>[^,;]+?){_TAIL}$"
)


# "we call shift note 'availability' now on Volunteer", "we call the customer's 'surname' last
# name now": what the writer's people call a field now, its owner said after "now"
_WE_CALL_NOW = re.compile(
    rf"{_LEAD}we\s+(?:now\s+)?call\s+(?P<body>[^,;]+?)\s+now(?P<at>\s+{_ON}\s+[^,;]+)?$"
)


def _reworded_rename(clause: Clause) -> str | None:
    """The clause said again as "rename F to G" when it says a rename another way."""
    s = clause.text
    if clause.topic_sep == "->" and clause.topic:
        # "Volunteers' shift note -> availability": the arrow split the clause at its topic
        s = _s_possessive(f"{clause.topic} -> {s}")
        clause = replace(clause, topic_sep="")
    for pattern, guarded in _REWORDED:
        if (m := pattern.match(s)) is None:
            continue
        said = m.groupdict()
        old = said["old"] or said.get("old2") or ""
        if _NOT_A_NAME.search(m["new"]) or (
            # ("use cards instead of cash for payments": "for" says what for, not whose; "…
            # on the till": a field's name is marked, or the new one written as a name)
            guarded
            and not _both_quoted(clause)
            and not (
                _owner_in(clause, " ".join(_no_for(old, m["new"])))
                and (_OLD_FIELD_MARKED.search(old) or _written_as_name(clause, old, m["new"]))
            )
        ):
            return None
        return f"rename {old} to {m['new']}"
    if (m := _WE_CALL_NOW.match(s)) and (split := _split_call(m["body"])):
        return f"rename {split[0]} to {split[1]}{m['at'] or ''}"
    weak = True
    if m := _CHANGE_F_TO.match(s):
        old, new = m["old"], m["new"]
    elif m := _TURNS.match(s):
        old, new, weak = m["old"], m["new"], bool(m["weak"])
    else:
        return None
    told = rx(r"^(?:the|a|an)\s+").sub("", _QUOTED.sub(lambda q: q["q"], new))
    told = rx(rf"\s+{_OWNER_ON}\s+.+$").sub("", told)
    if (
        not told
        or rx(rf"(?:{_REQ}|{_TYPES})\b").match(told)
        or "(" in new
        # "'stand' is now 'parking position' on all their paperwork": whose words they are
        or rx(r"\s(?:their|his|her|my|your|all)\s").search(f" {old} {new} ")
        or _NOT_A_NAME.search(new)
        or len(told.split()) > 4
        or not (_owner_in(clause, old + " " + new) or _word_becomes(old, m))
        # ("status -> retired on Lighthouse", "-> active": a state, no name; a name's head is
        # a noun, and one word alone is no word that mostly describes)
        or not (has_noun_sense(told.split()[-1]) or has_noun_sense(singular(told.split()[-1])))
        or (len(told.split()) == 1 and _describes(told))
        # ("the field 'amt' should read the amount from the till": a value read, no name)
        or rx(r"the\s").match(new)
        # ("Parcel: Courier -> Depot": a name with a capital after the arrow is another thing,
        # as `_DOTTED_RENAME` reads it, unless the old one is its short form)
        or (
            rx(r"->|=>").search(s)
            and _named_entity(clause, told)
            and not (_abbreviates(_bare_said(old), told) or _names_a_value(_bare_said(old), told))
        )
    ):
        return None
    if weak and not (
        rx(r"\s(?:field|column|attribute)$").search(old)
        or _written_as_name(clause, old, new)
        # "The Customer entity is now Client": a thing marked as one, its new name written
        # as a name (a capital), as "should be" reads it
        or (
            rx(r"\s(?:entity|table|model)$").search(old)
            and len(told.split()) <= 2
            and _names_entity(replace(clause, topic=None), told)
        )
    ):
        return None
    return f"rename {old} to {new}"


# the place words that say an owner after a new name ("of" binds its own words: "date of birth")
_OWNER_ON = r"(?:on|in|for|from|within|inside)"
_OLD_FIELD_MARKED = re.compile(r"'s\s|\s(?:field|column|attribute)\b")


def _written_as_name(clause: Clause, old: str, new: str) -> bool:
    """The new name written as a field's: quoted (a noun at its head: "is now 'high'", "to
    'shipped'" are values), in snake_case, the old one spelt out or abbreviated, or a value
    noun at its head ("last name", "mobile number")."""
    told = rx(r"^(?:the|a|an)\s+").sub("", _QUOTED.sub(lambda q: q["q"], new))
    told = rx(rf"\s+{_OWNER_ON}\s+.+$").sub("", told).strip()
    if not told:
        return False
    head, bare = told.split()[-1], _bare_said(old)
    return bool(
        (_QUOTED.search(new) and has_noun_sense(head) and not _describes(head))
        or (len(told.split()) > 1 and "_".join(told.split()) in clause.original.lower())
        or _abbreviates(bare, told)
        or _spells_out(bare, told)
        or _names_a_value(bare, told)
    )


def _word_becomes(old: str, m: re.Match[str]) -> bool:
    """ "Customers becomes clients": a plural with "becomes" is the word, not the things (a
    lead that becomes a customer is "leads become customers"), so the word is renamed."""
    said = old.split()
    return (
        m.re is _TURNS
        and m["strong"] == "becomes"
        and 1 <= len(said) <= 2
        and said[0] not in _DETERMINERS
        and singular(said[-1]) != said[-1]
    )


def _no_for(*said: str) -> list[str]:
    """The names without what follows "for" ("use cards instead of cash for payments": what
    for, not whose)."""
    return [rx(r"\s+for\s.*$").sub("", words) for words in said]


def _describes(word: str) -> bool:
    return bool(only_describes(word) or mostly_describes(word))


def _bare_said(old: str) -> str:
    """The old field's own words, its owner and marks left out."""
    words = _QUOTED.sub(lambda q: q["q"], old)
    words = rx(r"^.*'s\s+").sub("", words)
    words = rx(rf"\s+(?:field|column|attribute)\b.*$|\s+{_ON}\s.*$").sub("", words)
    return rx(r"^(?:the|our|its)\s+").sub("", words).strip() or old


def _owner_in(clause: Clause, said: str) -> bool:
    """The field's owner said with it (a possessive, "on X", "field", a topic), or the thing
    marked as an entity or table."""
    return bool(
        _OWNER_SAID.search(said)
        or rx(r"\s(?:entity|table|model)\b").search(said)
        or clause.topic_sep in ("dot", ":", "on")
    )


def _both_quoted(clause: Clause) -> bool:
    return len(_QUOTED.findall(clause.text)) == 2


# "the patient's dob": a field said with its owner's "'s"
_POSSESSED = re.compile(r"^(?:the\s+|each\s+|every\s+|a\s+)?[a-z][a-z-]*'s\s+\S")


def read_rename(clause: Clause) -> Rename | None:
    """A rename said in any of the ways `_read_rename` knows, else said another way
    ("use G instead of F", "F becomes G" with the owner said, "refer to F as G") and reworded
    as "rename F to G"."""
    clause = _plural_possessive(clause)
    found = _read_rename(clause)
    if (
        found is None
        and (said := _reworded_rename(clause)) is not None
        # ("fee becomes optional (free deliveries …)": a type or required change is that)
        and read_modify(clause) is None
    ):
        found = _read_rename(_plural_possessive(replace(clause, text=said)))
    return found


def _read_rename(clause: Clause) -> Rename | None:
    s = clause.text
    old = new = ent = None
    marker = ""
    if clause.topic_sep in ("dot", "on", ":") and (
        m := _DOTTED_RENAME.match(_QUOTED.sub(lambda q: q["q"], _RENAME_NOTE.sub("", s)))
    ):
        # "On Van, plate becomes registration", "Van: plate becomes registration (rename)":
        # a field said on its thing turning into another name
        told = rx(r"^(?:an?|the)\s+").sub("", m["new"])
        typed = rx(rf"(?:{_REQ}|{_TYPES})(?:\s+(?:field|value|type|column))?").fullmatch(
            told
        ) and not _DOTTED_NEW.search(clause.original)  # "-> Part.number" names a field
        if not typed and (
            not _named_entity(clause, told)
            or _abbreviates(m["old"], told)
            or _names_a_value(m["old"], told)
        ):
            # "Donation: Amt -> Amount": a header's short form written out is the same field,
            # however it is capitalised
            return _rename(clause, m["old"], m["new"], None, "field")
    if (
        (m := _IT_CALLED.match(s))
        and clause.topic
        and clause.topic_sep in (":", "-", "\u2013", "\u2014")
        and _names_entity(clause, m["new"])
        and (_marked_topic(clause) or _capitalised(clause, clause.topic))
    ):
        # "Technician entity: call it Locksmith", "The Safe table - change its name to Vault":
        # "it" under a heading is the thing the heading names, so the new name is the thing's
        topic = rx(r"\s+(?:entity|table|model)$").sub("", clause.topic)
        return _rename(clause, topic, m["new"], None, "entity")
    if (
        (m := _IT_CALLED.match(s))
        and clause.topic
        and clause.topic_sep in (":", "-", "\u2013", "\u2014")
        and (
            said := rx(r"^(?P<old>.+?)\s+(?:field|column)(?P<on>\s+on\s+.+)?$").match(clause.topic)
        )
        and (said["on"] or "'s " in said["old"])
    ):
        # "The Safe entity's weight field: rename it weight kg": "it" under a heading that
        # names a field is that field; whose it is stays in the heading ("Safe entity's")
        old = rx(r"\s+(?:entity|table|model)'s\s").sub("'s ", said["old"]) + (said["on"] or "")
        return _rename(clause, old, m["new"], None, "field")
    if (m := _OWN_NAME_CHANGE.match(s)) and clause.topic and _names_entity(clause, m["new"]):
        # "Screening entity the name change to FilmShow": the entity's own name, when the
        # topic is marked as an entity or the new name is written like one (a capital)
        topic = rx(r"\s+(?:entity|table|model)$").sub("", clause.topic)
        return _rename(clause, topic, m["new"], None, "entity")
    if (
        (m := _CHANGE_TO_NAME.match(s))
        and not _TYPE_SAID.fullmatch(m["new"])
        and not rx(r"(?:an?|the|from)\s").match(m["new"])
        and _spells_out(m["old"], m["new"])
    ):
        return _rename(clause, m["old"], m["new"], m["ent"], "")
    if (
        (m := _ENTITY_SHOULD_BE.match(s))
        and not rx(rf"{_REQ}|{_TYPES}").fullmatch(m["new"])
        and _names_entity(replace(clause, topic=None), m["new"])
    ):
        return _rename(clause, m["old"], m["new"], None, m["marker"])
    for pattern in (*_RENAME, _FRONTED_NAME_CHANGE, _CHANGE_QUOTED, _CHANGE_QUOTED_ON):
        if (m := pattern.match(s)) and not _creates(m["old"], m["new"], pattern is _RENAME[0]):
            old, new = m["old"], m["new"]
            ent = m.groupdict().get("ent")
            if (
                ent
                and rx(r"\s+of\s+").fullmatch(s[m.end("new") : m.start("ent")])
                and (later := rx(rf"^(?P<rest>.+?)\s+(?!of\b){_ON}\s+(?P<e>[^,]+)$").match(ent))
            ):
                # "rename birthplace to place of birth on Person": "of" binds the new name's
                # own words; the owner is after the place word that comes later
                new, ent = s[m.start("new") : m.start("ent")] + later["rest"], later["e"]
            if (
                ent
                and set(ent.split()) <= UNIT_WORDS
                and rx(r"\s+in\s+").fullmatch(s[m.end("new") : m.start("ent")])
            ):
                # "rename length to length in metres": a unit after "in" is part of the new
                # name, never the thing the field is on
                new, ent = s[m.start("new") : m.end("ent")], None
            of_rest = bool(ent) and rx(r"\s+of\s+").fullmatch(s[m.end("new") : m.start("ent")])
            if ent and of_rest and (clause.topic_sep == "dot" or _POSSESSED.match(old)):
                # "rename Patient.dob to date of birth", "Rename the patient's DOB to date of
                # birth": the owner is said with the old name, so "of birth" is the rest of
                # the new name (it was a field `date_value` on a thing Birth)
                new, ent = s[m.start("new") : m.end("ent")], None
            if ent and clause.topic_sep == "dot" and not _same_noun(ent, clause.topic or ""):
                ent = None  # "rename Vault.temp to temperature for consistency": a reason
            if (
                ent
                and clause.topic_sep in ("on", ":")
                and clause.topic
                and not _same_noun(ent, clause.topic)
                and rx(r"\s+of\s+").fullmatch(s[m.end("new") : m.start("ent")])
            ):
                # "On Patient, rename DOB to date of birth": the owner is said first, so "of
                # birth" is the rest of the new name
                new, ent = s[m.start("new") : m.end("ent")], None
            if ent and rx(rf"\s(?:field|column|attribute)\s+{_ON}\s|\son\s").search(old):
                # "rename the port field on Vessel to port of registry": the old name has its
                # owner, so "of registry" is the rest of the new name
                new, ent = s[m.start("new") : m.end("ent")], None
            if (
                pattern is _RENAME[-1]
                and not s[m.end("new") :].strip()
                and rx(
                    r"(?:^|\s)the\s+(?:entity|table|model|field|column|thing)\s+(?:is|are)\s+"
                    r"(?:(?:just|simply|only|still|currently)\s+)?(?:called|named)\s+$"
                ).search(
                    s[: m.start("new")],
                )
            ):
                # "we keep saying session but the entity is called Shoot", "the field is just
                # called serial": what the thing is called now, said with no name of its own,
                # describes; the ask comes after
                return None
            if pattern is _RENAME[-1] and rx(r"(?:^|\s)(?:i|you|we|they|he|she)$").search(old):
                # "the field you called hull": a pronoun is who calls it (active voice), so
                # the name after "called" is the one it has now, and no new name is said
                return None
            marker = m.groupdict().get("marker") or ""
            if pattern is _RENAME[-1]:
                old = _STORY_BEFORE.sub("", old)
                # "from now on the volunteer's shift note is known as …", "could start be
                # renamed …": a lead-in or the modal of a question is no part of the old name
                old = rx(r"^(?:from now on|going forward)\s*,?\s+").sub("", old)
                if s[m.end("old") : m.start("new")].split()[:1] == ["be"]:
                    old = rx(r"^(?:could|can|should|would|shall|will|might)\s+").sub("", old)
            break
    else:
        m = _CALL.match(s) or _WE_CALL.match(s)
        body = _TAIL_WORDS.sub("", m["body"]) if m else ""
        if m is None or not (split := _split_call(body) or _dotted_call(clause, body)):
            return None
        old, new = split
    return _rename(clause, old, new, ent, marker)


def _abbreviates(old: str, new: str) -> bool:
    """ "amt" for amount, "qty" for quantity, "ref" for reference, "dob" for date of birth: one
    short word whose letters are the longer name's, in order, from its first letter."""
    short, whole = old.strip(" '\""), rx(r"[^a-z]").sub("", new)
    if not rx(r"[a-z]{2,5}").fullmatch(short) or len(whole) <= len(short) or short[0] != whole[0]:
        return False
    rest = iter(whole)
    return all(letter in rest for letter in short)


def _names_a_value(old: str, new: str) -> bool:
    """ "Vaccine: Batch No -> Batch Number", "Kiosk: Phone -> Contact Number": a new name of
    two words or more whose head names a value (a number, a name, a code, a date …) is a
    field's, however it is capitalised (a header's style); another thing is named by a noun
    of its own ("-> Courier"), and an old name of a key ("courier id") points at one."""
    words, said = new.split(), old.split()
    return (
        len(words) >= 2
        and words[-1] in VALUE_NOUNS
        and bool(said)
        and said[-1] not in ("id", "key", "ref", "fk")
    )


def _spells_out(old: str, new: str) -> bool:
    """Whether `new` is `old` written out: its initials ("dob": date of birth), its first word
    lengthened ("tel": telephone number) or its words with more ("start": start date)."""
    said, words = old.split(), new.split()
    initials = "".join(w[0] for w in words)
    return (
        (len(said) == 1 and said[0] in (initials, "".join(w[0] for w in words if w != "of")))
        or words[0].startswith(said[0])
        or set(said) < set(words)
    )


def _marked_topic(clause: Clause) -> bool:
    """The topic ends in a word that marks it as an entity ("the Safe table")."""
    return rx(r"\s(?:entity|table|model)$").search(clause.topic or "") is not None


def _names_entity(clause: Clause, new: str) -> bool:
    """The topic is marked as an entity ("the Screening entity") or the new name is written
    with a capital, as an entity's is."""
    if rx(r"\s(?:entity|table|model)$").search(clause.topic or ""):
        return True
    first = new.split()[0] if new.split() else ""
    return bool(first) and bool(re.search(rf"\b{first.capitalize()}", clause.original))


def _named_entity(clause: Clause, words: str) -> bool:
    """ "Parcel.courier_id -> Courier": a name written with a capital after the arrow is
    another entity, not the field's new name."""
    first = words.split()[0]
    for m in re.finditer(rf"(?:->|=>)\s*({first.capitalize()})\b", clause.original):
        # "Part.code -> Part.part_number": the thing said again before the new field's name,
        # dotted, is no other entity
        if not (
            clause.original[m.end() : m.end() + 1] == "."
            and _same_noun(m[1].lower(), clause.topic or "")
        ):
            return True
    return False


# "Claim needs a flag called disputed": a thing had, said with "a", is brought in, not renamed
_HAS_A = re.compile(
    r"\b(?:needs?|has|have|gets?|wants?|holds?|keeps?|takes?)\s+(?:also\s+)?(?:a|an|another)\s+"
    r"(?:new\s+|extra\s+)?[a-z/-]+(?:\s[a-z/-]+)?$"
)


def _creates(old: str, new: str, renamed: bool = False) -> bool:
    """ "Create an entity called Invoice with amount …" names a new entity, renames none; so
    does "Claim needs a flag called disputed" name a new field. (ls61) After "rename" the word
    first is the old name, whatever it is ("rename make to brand on Bike": a bike's make)."""
    return (
        (not renamed and bool(rx(r"^(?:create|make|add|build|define|set up|new)\b").match(old)))
        or bool(_HAS_A.search(old))
        or bool(rx(r",|\b(?:with|having)\b").search(new))
        or bool(rx(r",|\b(?:with|having)\b").search(old))
    )  # "… with name, …, a parent called flag"


def _dotted_call(clause: Clause, body: str) -> tuple[str, str] | None:
    """ "call Patient.phone mobile number": the field written dotted is whole, so the new name
    is what follows it."""
    if clause.topic_sep != "dot" or not clause.topic:
        return None
    m = re.search(rf"\b{re.escape(clause.topic)}\.([A-Za-z][A-Za-z0-9_]*)", clause.original, re.I)
    old = m[1].replace("_", " ").lower() if m else ""
    new = body[len(old) :].strip() if old and body.startswith(old + " ") else ""
    return (old, new) if new and len(new.split()) <= 4 else None


def _split_call(body: str) -> tuple[str, str] | None:
    """ "Item Product" / "the surname field last name" / "Course 'Module'" → (old, new)."""
    quoted = list(_QUOTED.finditer(body))
    if len(quoted) == 2 and body[: quoted[0].start()].strip() in ("", "the", "our", "its"):
        # "call the 'weight' on Jar 'net weight'": both names quoted, the old one first (with
        # its owner after it); the new name is the second
        return body[: quoted[1].start()].strip(), quoted[1]["q"]
    if len(quoted) == 1 and (
        body[: quoted[0].start()].strip() in ("", "the", "our", "its")
        or rx(r"'s$").search(body[: quoted[0].start()].strip())
    ):
        # "call the 'shift note' column in the Volunteer table availability", "call bookings'
        # 'start' start time": the one quoted name starts the old one (with its owner said
        # before it), so the new name is what follows it
        quoted_at = quoted[0]
        unquoted = body[: quoted_at.start()] + quoted_at["q"] + body[quoted_at.end() :]
        if m := rx(
            r"^(?P<old>.+?\s(?:field|column|attribute)(?:\s+(?:on|of|in)\s+(?:the\s+)?[a-z][a-z-]*"
            r"(?:\s+(?:entity|table|model))?)?)\s+(?!(?:on|of|in)\s)(?P<new>.+)$"
        ).match(unquoted):
            return m["old"], m["new"]
        # "call bookings' 'start' start time": the quoted name and its owner, then the new name
        after = body[quoted_at.end() :].strip()
        return (body[: quoted_at.end()].strip(), after) if after else None
    if quoted:
        after = body[quoted[0].end() :].strip()
        if rx(rf"{_ON}\s+(?:the\s+)?[a-z][a-z-]*(?:\s+(?:entity|table))?$").fullmatch(after):
            # "call serial 'asset tag' on device": the owner said after the new name
            return body[: quoted[0].start()].strip(), f"{quoted[0]['q']} {after}"
        return body[: quoted[0].start()].strip(), quoted[0]["q"]
    # "can we call it family name on the Learner": "it" is the field said before, as in
    # "rename it to …"
    if m := rx(r"^(?P<old>it|that|that one|this one)\s+(?P<new>[a-z].*)$").match(body):
        return m["old"], m["new"]
    # ("call the workshop field on Booking masterclass": the owner said before the new name
    # goes with the old one, read below as "the subtitle of Book tagline")
    if m := rx(
        r"^(?P<old>.+?\s(?:field|entity|table|column|model|record))\s+(?!(?:on|of|in)\s)(?P<new>.+)$"
    ).match(body):
        return m["old"], m["new"]
    # "call the hull colour just colour", "call unit price simply price": the word that says
    # the new name is shorter starts it
    if m := rx(r"^(?P<old>[a-z].*?)\s+(?:just|simply|plain)\s+(?P<new>[a-z].*)$").match(body):
        return m["old"], m["new"]
    # "the subtitle of Book tagline": the field of its entity, then the new name
    if m := rx(
        r"^(?P<old>(?:the\s+)?[a-z]+(?:\s[a-z]+)?\s+(?:of|on|in)\s+(?:the\s+|a\s+|each\s+)?"
        r"[a-z][a-z-]*)\s+(?P<new>[a-z]+(?:\s[a-z]+)?)$"
    ).match(
        body,
    ):
        return m["old"], m["new"]
    # "call the teams clubs": the article goes with the old name
    words = rx(r"^(?:the|our|all the|all our)\s+").sub("", body).split()
    if len(words) == 2:
        return words[0], words[1]
    # "call ready time collection time": the head word said twice ends each name, the old
    # one first (one to three words each)
    for at in range(1, min(4, len(words) - 1)):
        if words[at - 1] == words[-1] and len(words) - at <= 3:
            return " ".join(words[:at]), " ".join(words[at:])
    # (lw62) "call speciality main skill", "call phone preferred phone": a word that only opens
    # a name ("main", "preferred", "primary") starts the new one; no name ends with it
    for at in range(1, min(4, len(words) - 1)):
        if (
            words[at] in _OPENS_A_NAME
            and words[at - 1] not in _OPENS_A_NAME
            and len(words) - at <= 3
        ):
            return " ".join(words[:at]), " ".join(words[at:])
    # "call firings kiln loads": two things named in the plural; the first plural ends the old
    # name, and the new one ends in a plural too
    for at, word in enumerate(words[:3]):
        if len(word) > 3 and singular(word) != word:
            old_words, new_words = words[: at + 1], words[at + 1 :]
            last = new_words[-1] if new_words else ""
            if 0 < len(new_words) <= 3 and len(last) > 3 and singular(last) != last:
                return " ".join(old_words), " ".join(new_words)
            return None
    return None


# adjectives that open a name and never end one ("main skill", "preferred phone")
_OPENS_A_NAME = frozenset("main primary secondary preferred principal usual".split())


def _rename(clause: Clause, old: str, new: str, ent: str | None, marker: str) -> Rename | None:
    if ent is None and (m := _QUOTED_THEN_OWNER.match(old)):
        # "rename 'given on' on Vaccination to …": a quoted name is whole, its own place word
        # included; the owner is after the closing quote
        old, ent = m["name"], m["ent"]
    elif ent is None and (m := _QUOTED_THEN_OWNER.match(new.strip(" ."))):
        new, ent = m["name"], m["ent"]
    old = _QUOTED.sub(lambda m: m["q"], old).strip()
    new = _QUOTED.sub(lambda m: m["q"], new).strip(" .")
    m = rx(r"^(?:the\s+|each\s+|every\s+)?(?P<ent>[a-z][a-z-]*)'s\s+(?P<old>.+)$").match(old)
    if m and rx(r"^[a-z][a-z-]*(?:\s[a-z-]+)?\s+(?:entity|table|model)\b").match(m["old"]):
        # "the choir's Rehearsal entity (should be called …)": whose it is, before a name
        # marked as an entity, is the owner of the app, not of a field
        old = m["old"]
    elif m and (ent is None or _same_noun(m["ent"], ent)):
        # "Rename Product's cost field to price"; "… the guest's phone … on Guest"
        old, ent = m["old"], ent or m["ent"]
    # "the StorageUnit field unit code (should be called …)": an entity written as a name, then
    # the word "field", then the field's own name
    if ent is None and (m := _OWNER_FIELD_NAME.match(old)) and _capitalised(clause, m["ent"]):
        old, ent = m["old"], m["ent"]
    # "the field surname on Employee": the owner may sit inside the old name ("given on on
    # Vaccination": a place word right before another one ends the name)
    # ("the set on field": a place word right before the word "field" ends the name too)
    if (
        ent is None
        and (
            m := rx(
                rf"^(?P<old>.+?)\s+{_ON}\s+(?!{_ON}\s|(?:field|column|attribute)(?:\s|$))(?P<ent>.+)$"
            ).match(old)
        )
        # ("length in minutes": a unit after "in" is the name's own, never its owner)
        and not set(m["ent"].strip(" '\"").split()) <= UNIT_WORDS
        # ("Deceased: date of passing should be called …": with the owner said first, "of"
        # binds the old name's own words, as it does the new name's)
        and not (
            old[m.end("old") : m.start("ent")].split() == ["of"]
            and clause.topic
            and not _same_noun(m["ent"], clause.topic)
        )
    ):
        old, ent = m["old"], m["ent"]
    if ent is None and not clause.topic and (said := _owner_written_first(clause, old, new)):
        ent, old = said
    if (
        ent is None
        and (m := rx(rf"^(?P<new>.+?)\s+(?P<on>{_ON})\s+(?P<ent>.+)$").match(new))
        and not (m["on"] == "of" and clause.topic and not _same_noun(m["ent"], clause.topic))
        and not (m["on"] == "of" and _bare_lower_noun(m["ent"], clause.original))
    ):
        # "call the phone field mobile on Contact"; with the owner said before ("on the
        # Alteration entity … to item of clothing"), "of" is inside the new name
        new, ent = m["new"], m["ent"]
    owner = read_noun(ent) if ent else None
    if ent and owner is None:
        # "Call the venue field on Service 'location'": a capitalised frame word of a kept
        # thing where the field is names that thing, as it does for a removal
        owner = _frame_word_owner(ent, clause)
    if ent and owner is None and not _is_frame(ent):
        return None
    mo, mn = _MARKED.match(old), _MARKED.match(new)
    if mo is None or mn is None:
        return None
    marks = {mo["pre"], mo["post"], mn["pre"], mn["post"], marker}
    old_words, new_words = mo["words"].split(), mn["words"].split()
    if mo["post"] == mn["post"] == "model" and not mo["pre"] and (owner or clause.topic):
        # "On Sauna, rename the stove model to heater model": both names end in "model" and
        # the thing they are on is said, so "model" is a word of the field's name (the make
        # of a stove), never a mark of two entities
        marks -= {"model"}
        old_words, new_words = [*old_words, "model"], [*new_words, "model"]
    if len(new_words) > 1 and new_words[0] in ("just", "simply", "plain"):
        new_words = new_words[1:]  # "rename it to just target": a hedge, not part of the name
    if not old_words or not new_words or old_words == new_words:
        return None
    if any(w in PRONOUNS for w in new_words):
        return None
    if (
        old_words in (["it"], ["that"], ["this"])
        and len(new_words) <= 4
        and not marks - {None, "", "field", "column"}
    ):
        # "Could we rename it to primary instrument?", "rename that field to …": the field said
        # before (the assembler)
        written = _new_name_written(clause, new_words[0])
        if written and written[0][:1].isupper():
            # "rename it to Client": a name like an entity's, so maybe the entity; the
            # assembler looks for the entity said just before ("The Event entity is badly
            # named, let's rename it to Meetup"), else the request is asked about
            return _entity_renamed_back(clause, new_words, marks)
        try:
            new_name = safe_field_name(" ".join(new_words))
        except UnsafeName:
            return None
        owner = owner or (read_noun(clause.topic) if clause.topic else None)
        return Rename(owner, "", new_name, False, clause.segment)
    if old_words[0] in PRONOUNS:
        return None
    topic = read_noun(clause.topic) if clause.topic else None
    if topic is None and clause.topic and clause.topic_sep in (":", "on", "dot"):
        # "Tool: sn -> serial number", "On Service: music → music selection": a frame word
        # that is also a thing kept, capitalised as the heading of a field's change, is that
        # thing (a system has no fields of its own to rename)
        topic = _heading_frame_owner(clause)
    says_entity = bool(marks & {"entity", "table", "model", "tab", "sheet", "worksheet"})
    if owner is None and topic is None and not says_entity:
        # "Rename the Bouquet wrap colour field to paper colour": the thing named before the
        # field, as a change of type finds it; the new name in lower case, as a field's is
        written = _new_name_written(clause, new_words[0])
        # (two words, "rename kiln temperature to …", stay one field's name: whose is asked)
        named = _field_owner_said(clause, old_words) if len(old_words) > 2 else None
        if written and not written[0][:1].isupper() and named:
            owner, old_words = named
    says_field = bool(marks & {"field", "column"})
    if says_entity or not (
        says_field
        or owner
        or topic
        # ("rename Journey to MileageTrip": a type word inside two names written as entities'
        # are, their heads no field words, names no field; "Phone to Mobile Number" does)
        or (_fieldish(old_words, new_words) and not _entity_names(clause, old_words, new_words))
        # "rename root cause to underlying cause": names of a field, no entity (asked)
        or (_one_field_name(old_words) and _one_field_name(new_words))
        # "rename the crane serial to asset tag", "rename crane id to …" (in lower case): a
        # name whose head is an identifier names a field, never an entity "CraneSerial"
        or (_names_an_identifier(old_words) and not _capitalised_new(clause, new_words))
    ):
        old_noun, new_noun = read_noun(" ".join(old_words)), read_noun(" ".join(new_words))
        if says_entity:  # "the Tool entity … Item": marked as an entity, even a frame word
            old_noun = old_noun or read_noun(" ".join(old_words) + " entity")
            new_noun = new_noun or read_noun(" ".join(new_words) + " entity")
            new_noun = new_noun or _marker_word_name(clause, new_words)
            old_noun = old_noun or _placeholder_name(clause, old_words)
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


def _entity_names(clause: Clause, old_words: list[str], new_words: list[str]) -> bool:
    """ "Journey should be called MileageTrip": both names written as an entity's (a capital
    on every word), the new one of two words or more or the old one past the sentence's start,
    and neither ending in a word that names a value ("Mobile Number", "Start Date")."""
    old, new = " ".join(old_words), " ".join(new_words)
    if not (_capitalised(clause, old) and _capitalised(clause, new)):
        return False
    if (
        _fieldish(old_words[-1:], new_words[-1:])
        or {old_words[-1], new_words[-1]} & _COMPOUND_HEADS
    ):
        return False
    mid = re.search(rf"[a-z,] {re.escape(old_words[0].capitalize())}\b", clause.original)
    return len(new_words) > 1 or mid is not None


def _new_name_written(clause: Clause, first: str) -> re.Match[str] | None:
    """The new name's first word as written: right after "to"/"it"/"as" where it is found
    there ("On Booking, … rename it to booking code": the capital of the place is no name)."""
    # ("Could the entity be called Fitting?": after "called" too)
    said = re.search(
        rf"\b(?i:to|it|as|called|named)\s+[\"'`]?({re.escape(first)})", clause.original, re.I
    )
    if said is not None:
        return rx(r".+").match(said[1])
    return re.search(re.escape(first), clause.original, re.I)


def _entity_renamed_back(clause: Clause, new_words: list[str], marks: set) -> Rename | None:
    """ "… rename it to Meetup": an entity's new name for the entity said before (`old` empty;
    the assembler finds it in the talk just before, or asks)."""
    if marks - {None, ""} or len(new_words) > 3:
        return None  # "rename that field to Client" renames a field
    said = re.search(
        rf"\b(?i:to|it|as|called|named)\s+[\"'`]?({re.escape(new_words[0])})",
        clause.original,
        re.I,
    )
    if said is None or not said[1][:1].isupper():
        return None  # "… on the Hive entity …, rename it to hive tag": the capital was elsewhere
    new = read_noun(" ".join(new_words))
    return Rename(None, "", new.name, True, clause.segment) if new is not None else None


# Words that name no entity of their own, yet are what people call a first draft of one
_PLACEHOLDERS = frozenset("thing things stuff item items record records object objects".split())


def _placeholder_name(clause: Clause, words: list[str]) -> Noun | None:
    """ "rename the Thing entity to Gadget", "delete the Stuff entity": a word that names no
    thing ("thing", "stuff", "record"), written as a name (a capital, past the sentence's
    first word) and marked as an entity, is the entity made under that placeholder name."""
    if len(words) != 1 or words[0] not in _PLACEHOLDERS:
        return None
    written = words[0].capitalize()
    if not re.search(rf"(?<=[a-z,] ){written}\s+(?:entity|table|model)\b", clause.original):
        return None
    return Noun(safe_entity_name(singular(written)), True, (words[0],))


def _marker_word_name(clause: Clause, words: list[str]) -> Noun | None:
    """ "Rename the Paddock entity to Field": the new name of a thing marked as an entity may
    be a word that otherwise marks a field ("Field", "Column"), written as a name."""
    if len(words) != 1 or words[0] not in ("field", "column", "record", "table"):
        return None
    if not re.search(rf"\b{words[0].capitalize()}\b", clause.original):
        return None
    return Noun(words[0].capitalize(), True, (words[0],))


_OWNER_FIELD_NAME = re.compile(
    r"^(?:the\s+|our\s+)?(?!(?:the|a|an|our|my|this|that|its|their)\s)"
    r"(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})\s+(?:field|column"
    r"|attribute)\s+(?P<old>[\"'a-z].*)$"
)


def _owner_written_first(clause: Clause, old: str, new: str) -> tuple[str, str] | None:
    """ "rename Kiln temperature to peak_temp": after the verb, a name written with a capital
    and then lowercase words is an entity and its field (as "Kiln.temperature" is), when the
    new name is written in lowercase, as a field's is."""
    words, new_words = old.split(), new.split()
    if words[:1] == ["the"]:
        words = words[1:]  # ("Headstone inscription needs renaming to …" was given a "the")
    if not 2 <= len(words) <= 4 or not new_words or not words[0].isalpha():
        return None
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    # ("the Headstone inscription needs renaming to epitaph text": the name first, then the
    # rename said of it, is written the same way; with no "the", a first word's capital is
    # the sentence's, no name's: "Garden gnome needs renaming to statue" stays as it was)
    written = (
        rf"(?:\b(?i:rename)\s+(?:(?i:the)\s+)?|^(?i:the)\s+){re.escape(words[0].capitalize())}"
        rf"\s+{rest}\s+(?:(?i:needs|should|must)\s+(?:(?i:be)\s+)?(?i:renaming|renamed|called)"
        r"\s+(?:(?i:to|as|into)\s+)?|(?i:to|as|into)\s+)"
    )
    if not re.search(written + re.escape(new_words[0]) + r"\b", clause.original):
        return None
    if read_noun(words[0]) is None:
        return None
    return words[0], " ".join(words[1:])


def _capitalised(clause: Clause, words: str) -> bool:
    """The words were written as an entity's name is: each with a capital ("StorageUnit",
    "Storage Unit")."""
    parts = [re.escape(w.capitalize()) for w in rx(r"[\s-]+").split(words)]
    return bool(re.search(r"\b" + r"\s*".join(parts) + r"\b", clause.original))


# What a field of land is for or grows: "the rice field", "the football field" are places
_LAND_KINDS = frozenset("noun.act noun.food noun.plant noun.substance noun.location".split())


def _called_a_field(what: str) -> bool:
    """ "remove the pager field", "drop the telex column": a thing said in lower case and
    called a field is a field, whatever its word ("the football field" is a place)."""
    words = _bare(what)
    return (
        len(words) >= 2
        and words[-1] in ("field", "column", "attribute")
        and first_sense(words[-2]) not in _LAND_KINDS
    )


def _fieldish(*names: list[str]) -> bool:
    return any(
        infer_type(words) is not AttrType.STR or FIELD_HINTS.intersection(words) for words in names
    )


# Heads that name a value only with the word before them: an identifier ("batch number", "tax
# code", "booking reference"), a kind ("blood type", "risk level", "payment status") or what
# explains or places a thing ("root cause", "visit reason", "fire escape location"). Said in
# lower case with no entity, the words before such a head are the field's, not its owner.
COMPOUND_HEADS = _COMPOUND_HEADS = frozenset(
    "number no code id ref reference type kind category level status cause reason location".split()
)


def _bare(what: str) -> list[str]:
    """The words of a name said in lower case, its article dropped; none when any word is
    written otherwise (a plural, a capital is for the entity's readers)."""
    words = rx(r"^(?:the|a|an|our|that|this)\s+").sub("", what.strip()).split()
    return words if all(rx(r"[a-z]+").fullmatch(w) for w in words) else []


def _said_alone(words: list[str], text: str) -> bool:
    """ "Some lockers have no code yet, so the locker code …": the first word said on its own
    as a thing (not before the head) is the thing whose value it is."""
    head = re.escape(words[1])
    return bool(re.search(rf"\b{re.escape(words[0])}(?:s|es)?\b(?!\s+{head}\b)", text, re.I))


def _one_field_name(words: list[str]) -> bool:
    """ "root cause", "fire escape location": two or three words, in the singular, whose last
    is a head that names a field only with the words before it (a name nobody split)."""
    return 2 <= len(words) <= 3 and words[-1] in _COMPOUND_HEADS


def _names_an_identifier(words: list[str]) -> bool:
    """ "crane id", "crane serial", "booking ref": two or three words ending in an identifier."""
    return 2 <= len(words) <= 3 and words[-1] in ("id", "serial", "no", "ref", "number", "code")


def _capitalised_new(clause: Clause, new_words: list[str]) -> bool:
    """The new name written with a capital, as an entity's is ("… to Hoist")."""
    written = _new_name_written(clause, new_words[0])
    return bool(written) and written[0][:1].isupper()


def _several(phrase: str) -> bool:
    """ "both Vehicle and Driver": a removal or a required change reads one entity; several
    are asked about rather than applied to one of them."""
    joined = rx(r"\b(?:and|both)\b|&").search(phrase) and "," not in phrase
    return bool(joined) and len(entities_of(phrase)) > 1


def _is_frame(phrase: str) -> bool:
    """A frame word in the phrase ("the app", "our booking system"); a frame word written as
    a bare plural right after a preposition ("the officiant on services") names things kept,
    and "entity" (or "table", "model") after a name marks that name as the entity ("phone
    number on the SweepVisit entity"), as a field's place."""
    words = rx(r"[a-z]+").findall(phrase)
    return any(
        w in HARD_FRAMES
        and not (i and words[i - 1] in _OWNER_PREPS and singular(w) != w and i == len(words) - 1)
        and not (i and w in _ENTITY_MARKS and words[i - 1] not in HARD_FRAMES | _DETERMINERS)
        # "next service date", "app version": a frame word before the noun it modifies is
        # part of a field's name, not the system
        and (i == len(words) - 1 or words[i + 1] in _AFTER_FRAME)
        for i, w in enumerate(words)
    )


_ENTITY_MARKS = frozenset("entity table model resource".split())
_DETERMINERS = frozenset("the a an this that our your their its each every".split())
_AFTER_FRAME = frozenset("for to of that which with on in around about where we i".split())


_OWNER_PREPS = frozenset("on of for in from".split())


def _frames(field: str) -> bool:
    """A frame word heading the phrase said where a field goes ("make the app nicer"); one
    with a noun after it is part of the field's name ("the service date", "the portal login"),
    as "customer" is in "customer name"."""
    words = [w for w in rx(r"[a-z]+").findall(field) if w not in FILLER]
    return any(
        w in HARD_FRAMES and (i == len(words) - 1 or words[i + 1] in _OWNER_PREPS)
        for i, w in enumerate(words)
    ) and _is_frame(field)


# --- remove -------------------------------------------------------------------------------------
_REMOVE_VERB = (
    r"(?:remove|delete|drop|rm|erase|get rid of|eliminate|discard|wipe|scrap|purge|destroy"
    r"|clear|take out|take off|take away|throw away|kill"
    # "unset fax on supplier", "phase out the fax", "do away with the fax": idioms of taking a
    # thing away, said as a verb before what goes
    r"|unset|deprecate|phase out|do away with|throw out|forget about"
    # "bin the PatronTier entity", "ditch that table": slang for throwing out, said as a verb
    # before what goes ("bin number" and "axe length" are fields)
    # ("retire the fax", "cut the fax number from Supplier", "lose Server's rack position":
    # verbs that take other objects too, a removal only before a determiner or an owner's name)
    r"|(?:bin|ditch|nuke|axe|retire|cut|lose|strip)"
    r"(?=\s+(?:(?:the|that|this|those|these|our|my|it|them)\b"
    r"|(?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*(?:'s|s')\s"
    # (lp60) "bin magazines entity", "ditch loan vans table": or a thing marked as one
    r"|(?:[a-z][a-z-]*\s){1,3}(?:entity|table|model)$)))"
)
_REMOVE = re.compile(
    rf"^{_REMOVE_VERB}\s+(?P<what>.+?)(?:\s+(?:from|off|out of|on|in|of|within)\s+(?P<ent>.+?))?"
    # "delete the vouchers, all of it": the whole of what is named goes
    r"(?:,?\s+(?:entirely|completely|altogether|for good|too|as well|again|anymore|any more"
    r"|from now on|now|permanently|all of it|all of them|the lot|the whole (?:thing|lot)))*$"
)
_TAKE_OFF = re.compile(
    r"^take\s+(?P<what>.+?)\s+(?:off|out of|away from)\s+(?P<ent>.+?)"
    # "take the fax number off Supplier now": when it goes is no part of the thing
    r"(?:,?\s+(?:now|anymore|any more|for good|as well|too|from now on))*$"
)
# "could you take the Sponsor entity out?": the phrasal verb split round what goes (as
# "take out the Sponsor entity"); where from is not said
_TAKE_OUT = re.compile(
    r"^take\s+(?P<what>(?!out\b).+?)\s+out(?:\s+(?:now|altogether|completely|entirely|for good"
    r"|please|too|as well))*$"
)
_NO_NEED = re.compile(
    # ("we don't really need the fax any more": "really" softens the same no)
    r"^(?P<ent>.+?)\s+(?:(?:do|does)\s+not\s+(?:really\s+)?(?:need|use|require|want)"
    r"|no longer (?:needs?|uses?"
    # "Witness to no longer hold a home address": what a thing keeps no more goes from it
    r"|requires?|has|have|holds?|stores?|keeps?|records?|tracks?))\s+"
    # ("we don't want to type the fax any more": the wish to stop typing it in, _NO_LONGER;
    # "we don't need to change the Mentor entity": no change is asked, nothing is removed)
    r"(?!to\s+(?!(?:store|keep|track|record|have|save|hold)\s))(?P<what>.+?)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
# "The Kiosk entity we do not need anymore", "the fax number on Tenant we never use now": an
# object fronted before "we/I" and a verb of keeping said in the negative, nothing after it but
# words that stress the no
_FRONTED = re.compile(
    r"^(?P<topic>(?:\S+\s+){0,6}?\S+?),?\s+(?P<subj>we|i|they)\s+(?P<verb>(?:do\s+not|no\s+longer"
    r"|never|will\s+not)\s+(?:really\s+)?(?:need|use|want|track|store|keep|record))"
    # ("the HotTub entity we don't need more": "more" alone is "any more" to a learner)
    r"(?:\s+(?:anymore|any more|any longer|now|at all|these days|nowadays|either|more))*"
    r"(?P<tail>,\s.*)?$"  # ("…, the agency does it now": a reason after it, kept as said)
)
# Determiners and possessives, that open a fronted noun phrase (a closed class); a bare noun
# may open one too ("kiosks we never use"), but "since", "honestly", … front no object
_PHRASE_OPENERS = frozenset("the a an that this those these our my your their its all".split())
# Auxiliaries and relative pronouns (closed classes): "X has a field F that we never use" is a
# sentence with a relative clause, not a fronted noun phrase
_NOT_IN_NOUN_PHRASE = frozenset(
    "is are was were has have had do does did that which who whom where we i".split()
)
_TO_KEEP = re.compile(r"^to\s+(?:store|keep|track|record|have|save|hold)\s+(?=\S)")
_NOBODY = re.compile(
    r"^(?:nobody|no one|noone)\s+(?:really\s+|ever\s+)?(?:uses?|needs?|fills? in)\s+"
    r"(?P<what>.+?)(?:\s+(?:on|in|of|for|from)\s+(?P<ent>.+?))?"
    r"(?:\s+(?:anymore|any more|any longer|at all))?$"
)
_NO_LONGER = re.compile(
    # ("I don't think we need the Mentorship entity any more": the doubt is the same no)
    r"^(?:(?:i|we)\s+do\s+not\s+think\s+(?:that\s+)?(?:we|i)\s+(?:really\s+|still\s+)?"
    r"(?=(?:want|need|use)\s+(?!to\s))|(?:we|i)\s+(?:no longer|do not|will not|never)\s+)"
    r"(?:want|need|use|track|store|keep|log|capture|note down|write down"
    # "we never fill in the mood board link": a field nobody fills in, as "nobody fills in"
    r"|record|collect|fill in|fill out"
    # "we no longer ask registrants for their fax number": what people are asked for is kept
    r"|ask\s+(?:[a-z]+\s+){0,2}?for"
    # ("we won't be needing the beehives any more": the same, said as going on)
    r"|be\s+(?:needing|using|tracking|storing|keeping|recording|collecting))\s+"
    # ("we don't need to change the Mentor entity": no change is asked, nothing is removed)
    # ("As a buyer I no longer need to see the fax number": what nobody sees need not be kept)
    r"(?!to\s+(?!(?:store|keep|track|record|have|save|type|enter|fill|key|put|input|see|view)\s))"
    # ("I don't want to type a fax number on suppliers": what is typed in is what is kept)
    r"(?:to\s+(?:store|keep|track|record|have|save|type|type in|enter|fill in|fill out|key in"
    r"|put in|input|see|view)\s+)?(?!more\s)(?P<what>.+?)"
    # ("the HotTub entity we don't need more": "more" alone is "any more" to a learner)
    r"(?:\s+(?:anymore|any more|any longer|at all|more(?=$)))*$"
)
_IN_THERE_AT_ALL = re.compile(r"(?P<in>\s+(?:in|on)\s+(?:there|here))?(?:\s+at all)?$")
# ("we want to stop storing …", "I'd like to stop tracking …": a wish to stop keeping a value
# is the same ask; a wish to stop using something, "paper", names a practice)
# ("stop collecting", "stop capturing": the words of a form for keeping a value)
_STOP = re.compile(r"^(?:(?:stop|quit)\s+(?:storing|tracking|keeping|recording|saving|using"
                   r"|collecting|capturing|logging"
                   # ("stop asking for the postcode on Member": what is asked for is kept)
                   r"|asking\s+(?:[a-z]+\s+){0,2}?for)"
                   r"|(?:i|we)\s+(?:would\s+)?(?:want|like|need)\s+to\s+(?:stop|quit)\s+"
                   r"(?:storing|tracking|keeping|recording|saving|collecting|capturing))\s+"
                   r"(?P<what>.+)$")  # fmt: skip
_NOT_NEEDED = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:is|are)?\s*(?:not needed|no longer needed|unused|obsolete)"
    # ("Flyer: sponsor isn't needed anymore", as "is not needed" is)
    r"|(?:isn'?t|aren'?t)\s+needed)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
_PRONOUN_OBJECT = re.compile(
    r"^(?:it|them|both|those|these|that|this|them both|both of them|the (?:entity|table)"
    r"|that (?:field|column|one|entity|table)|this (?:field|column|one|entity|table)"
    r"|those (?:fields|columns)|these (?:fields|columns)|both fields|the field|the fields)$"
)
_FOLLOWING = re.compile(
    r"^(?:the\s+)?(?:following|these|next|below)(?:\s+(?:two|three|four|\d+))?"
    r"(?:\s+(?:fields?|columns?|attributes?))?(?:\s+below)?\s*:?$|^(?:the\s+)?(?:fields?|columns?"
    r"|attributes?)\s+(?:below|listed below|that follow)\s*:?$"
)
# "the Fax Log tab is no longer used": a spreadsheet's tab, last, is its table
_ENTITY_MARK = re.compile(
    r"\b(?:entity|entities|table|tables|model|resource)\b"
    # (lp60) "drop tables booked from Exhibition": a plural and a participle name a count kept,
    # no table of the schema (it removed a thing Table, accepted)
    r"(?<!\btables(?=\s[a-z]{2,}ed\b))"
    r"|\s(?:tabs?|worksheets?)$"
)
_FIELDS_WORD = re.compile(r"^(?:the\s+)?(?:fields?|columns?|attributes?)\s+")
# "Drop the table field from QuizTeam", "the model column": a word of the schema named as a
# field, taken from a thing that is named, is that field (branch if14); "drop the model and
# data columns from Printer": so are the words of a list of them marked as fields
_MARKED_FIELD = re.compile(r"\s(?:fields?|columns?|attributes?)$")


# the verbs of _REMOVE_VERB that take other objects too ("cut", "lose"): before a dotted name
# ("Retire Supplier.fax_number", its owner taken as the clause's topic) they remove it
_AMBIGUOUS_REMOVE_VERB = re.compile(r"^(?:bin|ditch|nuke|axe|retire|cut|lose|strip)\s+(?=[a-z])")


# (lp60) "take the email off officers and the elected date too", "drop phone from Member and
# the fax as well": one more field said after the owner, with "too", goes from the same owner
# (it was read with no owner and asked, or with the second field lost)
_ONE_MORE_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:remove|drop|delete|take|get\s+rid\s+of)\s+.+?)\s+(?P<p>from|off|out\s+of)\s+"
    r"(?P<x>[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,2}?),?\s+and\s+"
    r"(?!(?:add|rename|make|change|keep|put|set|give|include|call|move|link)\b)"
    r"(?P<b>(?:the\s+|its\s+|their\s+)?[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,3}?)"
    r"\s+(?:too|as\s+well|also)$"
)


def read_remove(clause: Clause) -> Remove | None:
    s = clause.text
    if " and " in s and (m := _ONE_MORE_AFTER_OWNER.match(s)):
        s = f"{m['head']} and {m['b']} {m['p']} {m['x']}"
    if clause.topic_sep == "dot":
        s = _AMBIGUOUS_REMOVE_VERB.sub("remove ", s)
    ent: str | None = None
    fields_only = False
    for pattern in (_REMOVE, _TAKE_OFF, _TAKE_OUT):
        if m := pattern.match(s):
            if (
                pattern is _REMOVE
                and m["ent"]
                and not s[m.end("what") : m.start("ent")].strip().startswith("from")
                # ("remove born on from Dog": the "on" of a date's name, then "from")
                and (later := rx(r"(?:^|\s+)from\s+(?=\S)").search(m["ent"]))
                and not _is_frame(m["ent"][later.end() :])  # "… from the system": no place
            ):
                # "remove dry off date and lactation count from cows": one removal says one
                # place, and "from" says it; an "off" or "in" before it is part of the name
                said = s[m.start("what") : m.start("ent") + later.start()]
                what, ent = said.strip(), m["ent"][later.end() :]
                break
            what, ent = _of_in_name(m["what"], m.groupdict().get("ent"), s[m.end("what") :])
            what, ent = _of_before_list(what, ent, s[m.end("what") :])
            break
    else:
        if (
            (m := _FRONTED.match(s))
            and _opens_noun_phrase(m["topic"].split()[0])
            and not _NOT_IN_NOUN_PHRASE.intersection(m["topic"].split()[1:])
        ):
            # "The Kiosk entity we do not use anymore": the object said first, before its
            # subject (English fronts what it talks about); read in the usual order, so the
            # word after the verb ("anymore") is never taken for what goes
            return read_remove(
                replace(clause, text=f"{m['subj']} {m['verb']} {m['topic']}{m['tail'] or ''}")
            )
        if m := _NO_NEED.match(s):
            # "we don't need the hampers (in there) at all": "at all" stresses, "in there"
            # points at the system, neither is part of what goes
            what, ent = _IN_THERE_AT_ALL.sub("", m["what"]), m["ent"]
            # "I don't want to record blood group on Patient": what is kept is what goes
            what = _TO_KEEP.sub("", what)
            if ent in ("we", "i", "you", "they"):
                ent = None
            what, ent = _echo_cut(what, ent)
            if (there := _IN_THERE_AT_ALL.search(m["what"])) and there["in"]:
                ent = "the system"  # kept in the system: a thing, not a field of the topic
        elif m := _NOBODY.match(s):
            return _remove(clause, m["what"], m["ent"], True, True) if m["ent"] else None
        elif m := _NO_LONGER.match(s) or _STOP.match(s) or _NOT_NEEDED.match(s):
            what, ent = _echo_cut(_IN_THERE_AT_ALL.sub("", m["what"]), ent)
            fields_only = m.re is not _NO_LONGER
            # "we don't track fax numbers": one value per record; "the loyalty stamps on
            # Customer aren't needed" names the field as it is, plural and all
            generic = not (m.re is _NOT_NEEDED and rx(r"(?:the|their|our|its)\s").match(m["what"]))
            return _remove(clause, what, ent, fields_only, generic)
        else:
            return None
    return _remove(clause, what, ent, fields_only)


def _named_noun(phrase: str, original: str) -> Noun | None:
    """The thing a phrase names; a word of technology ("server", "app") written as a name in
    the request ("from Server", "Server: no rack position") is a thing all the same."""
    noun = read_noun(phrase)
    if (
        noun is None
        and rx(r"[a-z]+").fullmatch(phrase)
        and re.search(rf"\b{phrase.capitalize()}\b", original)
    ):
        return read_noun(f"{phrase} entity")
    return noun


def _opens_noun_phrase(word: str) -> bool:
    """A determiner, or a noun that is no function word ("kiosks", not "since")."""
    return word in _PHRASE_OPENERS or (word not in FUNCTION_WORDS and bool(is_noun(word)))


def _echo_cut(what: str, ent: str | None) -> tuple[str, str | None]:
    """ "a key anymore — please take it off the Room entity": what is no longer needed, then
    the same removal asked again ("it" is that field), with where from when it says so."""
    if (echo := _ECHO.search(what)) is None or not what[: echo.start()].strip():
        return what, ent
    what = rx(r"\s+(?:anymore|any more|any longer)$").sub("", what[: echo.start()].strip())
    return what, ent or echo["ent"]


_PLACE_MARKED = re.compile(
    # ("take the promo code field of the Course table out": "of" a marked table after a field
    # marked as one, as "on"; "… get rid of the Reel entity" is a verb's "of")
    r"^(?P<what>.+?)(?:\s+(?:from|form|on|in|off)|(?:(?<=\sfield)|(?<=\scolumn))\s+of)\s+"
    r"(?:the\s+|our\s+)?"
    r"(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)\s+(?:entity|table|model)$"
)
_OF_THEN_PLACE = re.compile(r"^(?P<own>.+?)\s+(?:from|off|out of|on|in|within)\s+(?P<ent>.+)$")


def _of_in_name(what: str, ent: str | None, after: str) -> tuple[str, str | None]:
    """ "remove the date of birth from Donor": "of" binds a field's own words (date of birth,
    place of issue); when a place word follows, the entity is after it, not after "of"."""
    if ent and rx(r"\s+of\s").match(after) and (m := _OF_THEN_PLACE.match(ent)):
        return f"{what} of {m['own']}", m["ent"]
    return what, ent


def _of_before_list(what: str, ent: str | None, after: str) -> tuple[str, str | None]:
    """ "Volunteer: remove date of birth, national insurance number": a list going on after
    "of" is a list of fields ("of birth" is part of the first one's name); the place a field
    is removed from is one thing, never a list."""
    if ent and rx(r"\s+of\s").match(after) and "," in ent:
        return f"{what} of {ent}", None
    return what, ent


# "more fields", "any extra columns": fields counted, none named
_NO_MORE_FIELDS = re.compile(
    r"^(?:any\s+)?(?:more|extra|other|new|additional|further)\s+(?:fields|columns|attributes"
    r"|properties|details|info|information|data)\b(?!\s+(?:of|for)\b)"
)
# "drop the phone, keep email", "remove fax and keep the mobile": what stays, said after what
# goes, is no field to remove ("keep track of …" is another ask and stays to be read)
_KEPT_TAIL = re.compile(
    r"(?:\s*[,;]\s*(?:but\s+|and\s+)?|\s+(?:but|and)\s+)(?:please\s+)?keep\s+(?!track\b)"
    r"(?:the\s+|its\s+|their\s+)?[a-z][\w' -]*$"
)


def _remove(
    clause: Clause, what: str, ent: str | None, fields_only: bool, generic: bool = False
) -> Remove | None:
    if _NO_MORE_FIELDS.match(what.strip()):
        # "we don't need more fields on Booking": no field named, none to take off (asked)
        return Remove(None, (), False, clause.segment)
    topic = _named_noun(clause.topic, clause.original) if clause.topic else None
    what = _KEPT_TAIL.sub("", what)
    what, more = _after_pronoun(what.strip())
    fields_only = fields_only or more  # "it" was a field, so what follows it is one too
    if (
        _FOLLOWING.match(what)
        and ent
        and (listed := rx(r"^(?P<ent>[^:]+):\s*(?P<f>.+)$").match(ent))
    ):
        # "remove the following fields from Album: label, sleeve": the list follows the colon
        return _remove(clause, listed["f"], listed["ent"], True)
    if _FOLLOWING.match(what):  # "remove the following fields from Album:" + nested bullets
        owner = read_noun(ent) if ent else topic
        return Remove(owner, (), False, clause.segment, header=True)
    if _PRONOUN_OBJECT.match(what):
        whole = bool(_ENTITY_MARK.search(what))
        owner = read_noun(ent) if ent else topic
        return Remove(owner, (), whole, clause.segment, pronoun=True)
    owner: Noun | None = None
    if ent and _several(ent):
        return Remove(None, (), False, clause.segment)  # one change per entity: asked about
    if ent:
        owner = _named_noun(ent, clause.original)
        if owner is None and not _is_frame(ent):
            return Remove(None, (), False, clause.segment)
    if owner is None and (placed_mark := _PLACE_MARKED.match(what)):
        # "I no longer want the lender phone on the Artefact entity": the entity marked is
        # where the fields are, not what goes ("form" is "from" mistyped)
        owner = read_noun(placed_mark["ent"]) or read_noun(f"{placed_mark['ent']} entity")
        what = placed_mark["what"] if owner is not None else what
    if (
        _ENTITY_MARK.search(what)
        and not _FIELDS_WORD.match(what)
        and not (owner is not None and _MARKED_FIELD.search(what))
    ):
        # "drop table BrewBatch" (SQL's word order): the name after "table" is the entity
        named = rx(
            r"\b(?:table|entity):?\s+(?P<n>[A-Z][A-Za-z0-9]*(?:[ -][A-Z][a-z0-9]*)*)"
        ).search(
            clause.original,
        )
        words = rx(r"(?<=[a-z])(?=[A-Z])|-").sub(" ", named["n"]).lower().split() if named else []
        if words and len(words) <= 3:
            # the name as written: "KayakRental" is not a rental frame around kayaks
            try:
                name = safe_entity_name(" ".join(words))
            except UnsafeName:
                name = ""
            if name:
                return Remove(Noun(name, True, tuple(words)), (), True, clause.segment)
        # "remove entity: farrier": the marker before the name is no part of it
        what = rx(r"^(?:the\s+)?(?:entity\s*:?|table\s*:)\s*(?=[a-z])").sub("", what)
        # "the old Kiosk entity can go": how long it has been there is no part of its name
        # (written apart and in lower case: "the OldKiosk entity" keeps it)
        if rx(rf"\b(?:{_AGE_WORDS})\s").search(clause.original):
            what = _AGE_BEFORE_MARKED.sub(r"\g<a>", what)
        return Remove(read_noun(what), (), True, clause.segment)
    # ("stop storing volunteers' phone numbers": a plural's possessive too)
    # ("remove the field the book's blurb": the possessive after the word "field" too)
    possessed = rx(
        r"^(?:a|an|the|each|every)?\s*(?P<ent>[a-z -]+?)(?:'s|(?<=s)')\s+(?P<rest>.+)$"
    ).match(_FIELDS_WORD.sub("", what))
    if possessed and owner is None and (placed := _placed(possessed["rest"])) is not None:
        # "we no longer record the mourner's relationship on Mourner": the place said after
        # the field owns it; the possessive is its owner again (dropped) or a word of the
        # field's name ("the customer's landline on RepairJob" is customer_landline there)
        what, owner = placed
        if not _same_noun(possessed["ent"], " ".join(owner.words)):
            what = f"{possessed['ent']} {what}"
    elif possessed and owner is None:
        owner, what = read_noun(possessed["ent"]), possessed["rest"]
        # "drop Server's rack position": a thing whose name is also a word of technology owns
        # the field all the same; what it owns is never taken for a whole entity
        fields_only = True
        if owner is None and re.search(
            rf"\b{re.escape(possessed['ent'].title().replace(' ', ''))}(?:'s|')", clause.original
        ):
            owner = read_noun(f"{possessed['ent']} entity")  # written as a name: "Server's"
    elif possessed and ent and _same_noun(possessed["ent"], ent):
        what = possessed["rest"]  # "each guest's fax number from Guest": the guest's own
    if aside := _DASH_ASIDE.search(what):
        # "the turbidity or the tap type — the lab sends those in a separate report": the
        # clause after the dash says why; the report it names is no place of the fields
        what = what[: aside.start()]
    if owner is None and (placed := _placed(what)) is not None:
        what, owner = placed  # "the middle name on Person", "date of birth for members"
    said = _OWNER_PLURAL_FIRST.match(what) if owner is not None else None
    if said and owner is not None and _same_noun(said["p"], " ".join(owner.words)):
        # "get rid of the drivers mobile on the Driver table": a plural of the owner opening
        # the field is its possessive typed without the apostrophe, the owner said again
        what = what[said.end() :]
    owner = owner or (topic if not ent else None)
    if quoted := _QUOTED.search(what):
        what = quoted["q"]  # 'delete the old "fax" field': the name is what is quoted
    names = _field_names(_FIELDS_WORD.sub("", what), generic=generic)
    if names_no_field(what):
        names = ()  # "remove the old fields from X": which ones is asked, "old" is no name
    # "remove the Bouquet wrap colour": the thing named before the field (owner_before_field)
    named = _field_owner_said(clause, names[0].split("_")) if len(names) == 1 else None
    if owner is None and not ent and named:
        owner, names = named[0], ("_".join(named[1]),)
    if owner is not None or fields_only or _FIELDS_WORD.match(what):
        return Remove(owner, names, False, clause.segment)
    # No owner: one thing that is not a field reads as the entity ("Remove Supplier").
    if len(names) <= 1 and not _fieldish(what.split()) and not _one_field_name(_bare(what)):
        if names and _called_a_field(what):
            return Remove(None, names, False, clause.segment)
        noun = read_noun(what)
        if noun is not None:
            return Remove(noun, (), True, clause.segment)
        return Remove(None, (), True, clause.segment)
    return Remove(None, names, False, clause.segment)


# a dash, then a clause of its own (a subject, then more words): the reason for a change
_DASH_ASIDE = re.compile(
    r"(?<=\S)\s+[—–-]{1,2}\s+(?:the|we|they|it|our|those|these|that|this|he|she|i|nobody)\s+"
    r"[a-z]+\s+\S"
)
_PLACE = re.compile(r"\s+(?:on|in|from|of|for)\s+(?:the\s+|each\s+|every\s+|all\s+)?(?=[a-z])")


_AGE_WORDS = "old|former|legacy|obsolete|unused|deprecated|outdated"
_AGE_BEFORE_MARKED = re.compile(
    rf"^(?P<a>(?:the|this|that|our)\s+)?(?:{_AGE_WORDS})"
    r"\s+(?=[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s+(?:entity|table|model)\b)"
)


# a plural noun ending in "s" after an article, then more words: "the drivers mobile"
_OWNER_PLURAL_FIRST = re.compile(r"^(?:(?:the|each|every|all)\s+)?(?P<p>[a-z]+s)\s+(?=[a-z])")


def _same_noun(a: str, b: str) -> bool:
    """Two phrases that name one entity ("guest", "the Guest entity")."""
    first, second = read_noun(a), read_noun(b)
    return first is not None and second is not None and first.name == second.name


def _placed(what: str) -> tuple[str, Noun] | None:
    """The field and the entity it is placed on, the last place word first: "date of birth
    for members" is date_of_birth on Member, not date on "birth for members"."""
    for m in reversed(list(_PLACE.finditer(what))):
        rest = what[m.end() :]
        if m.start() > 0 and rx(r"[a-z][a-z -]*").fullmatch(rest) and (noun := read_noun(rest)):
            return what[: m.start()], noun
    return None


def _after_pronoun(what: str) -> tuple[str, bool]:
    """ "get rid of it and the telex too": "it" is a field said before; the telex is one more."""
    m = rx(
        r"^(?:it|them|this|that|those|these)\s*,?\s+(?:and|as well as|plus)\s+(?P<rest>.+)$"
    ).match(what)
    return (m["rest"], True) if m else (what, False)


def _field_names(text: str, generic: bool = False) -> tuple[str, ...]:
    """Names of the fields in `text`; a generic plural ("we don't track fax numbers") names
    one value per record."""
    parsed = read_fields(text)
    if generic:
        return tuple(one_per_record(a).name for a in parsed.attributes)
    names = [a.name for a in parsed.attributes]
    for dropped in parsed.dropped:
        # "remove respite only from Carer": what is removed is a field ("adults only" is a
        # flag's name); in a list it may be a rule ("cash only"), here it can only be a name
        if _ONLY_NAME.fullmatch(dropped.text):
            try:
                names.append(safe_field_name(dropped.text))
            except UnsafeName:
                continue
    return tuple(names)


_ONLY_NAME = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*)? only")


# --- modify -------------------------------------------------------------------------------------
# ("not nullable", "non-nullable" say required: "nullable" alone had "not" read into the name)
_REQ = (
    r"optional|not nullable|non-nullable|nullable|not required|not mandatory|required|mandatory"
    r"|compulsory|not optional"
)
_TYPES = TYPE_ALTERNATION
# "a whole number", "not required": words that say a type or a required-ness, not a name
_TYPE_SAID = re.compile(rf"(?:an?\s+)?(?:{_REQ}|{_TYPES})(?:\s+(?:field|value|type|column))?")
# "should be whole numbers": a type said of several fields at once is plural
# "a whole number of minutes", "a decimal in pounds": the unit the new type counts in
_UNIT_TAIL = (
    r"(?:\s+(?:of|in)\s+(?:seconds|minutes|hours|days|weeks|months|years|pence|pounds|euros"
    r"|dollars|cents|grams|kilos|kg|litres|liters|metres|meters|miles|km))?"
)
# ("it should be a money amount": the amount of money is money)
_TARGET = (
    rf"(?P<to>{_REQ}|(?:{_TYPES})s?(?:\s+(?:field|value|type|column)s?|(?<=money)\s+amount)?)"
    rf"{_UNIT_TAIL}"
)
# "make the fax optional", "set email optional", "mark the fee as required": the verb, the
# field, its new state ("set up" opens a create)
_MAKE = r"(?:make|set(?!\s+up\b)|mark)"
_BE = r"(?:(?:to\s+)?be\s+|as\s+|to\s+)?"
_MODIFY = (
    re.compile(rf"^{_MAKE}\s+(?P<f>.+?)\s+{_ON}\s+(?P<ent>.+?)\s+{_BE}(?:an?\s+)?{_TARGET}$"),
    re.compile(
        rf"^{_MAKE}\s+(?P<f>.+?)\s+{_BE}(?:an?\s+)?{_TARGET}"
        rf"(?:\s+{_ON}\s+(?P<ent>.+))?$"
    ),
    re.compile(
        r"^(?:change|convert|switch|update|alter|modify|set|turn)\s+(?:the\s+)?"
        r"(?:(?:data\s+)?type\s+of\s+)?(?P<f>.+?)(?:\s+(?:on|in|of|for)\s+(?P<ent>.+?))?"
        r"(?:\s+from\s+(?:an?\s+)?[a-z/-]+)?\s+(?:to|into|as)\s+(?:be\s+)?(?:an?\s+)?"
        rf"{_TARGET}(?:\s+{_ON}\s+(?P<ent2>.+))?$"
    ),
    re.compile(
        r"^(?P<f>.+?)\s+(?:should|must|needs to|has to|have to|will|shall|ought to)\s+"
        r"(?:(?:now|really|actually|probably|also|always)\s+)*"
        # ("it should be changed to a decimal": the change done, said of the field)
        r"(?:be|become|be made|be\s+(?:changed|converted|switched|turned)\s+(?:to|into))\s+"
        rf"(?:an?\s+)?{_TARGET}$"
    ),
    re.compile(r"^(?P<f>.+?)\s*->\s*(?:an?\s+)?" + _TARGET + "$"),
    # (mod58) "order quantity be an integer": "I want order quantity to be an integer" as the
    # wish is read (clauses.py cuts "I want … to"); the field said bare, as with "the"
    # ("I want DeliveryRoute's notes to be optional": the wish left whole round a possessive)
    # ("… turned out to be text" says what it is, no wish: "to be" only after "I want")
    re.compile(
        r"^(?P<wish>(?:i|we)\s+(?:want|need|would like|'d like)\s+)?"
        r"(?(wish)|(?![a-z' ]*?\b(?:should|must|will|would|can|could|may|might|not|never|to)\s))"
        r"(?P<f>[a-z][a-z' ]*?)"
        rf"(?<!\sto)\s+(?(wish)to\s+)be\s+(?:an?\s+)?{_TARGET}$"
    ),
    # "the rating on Review can just be a whole number (instead of a float)": what a field
    # of a named thing may be, when that is a type or "optional", is the change asked ("can
    # be blank" is read as optional elsewhere; "can be red" is a value, never a change)
    re.compile(
        r"^(?P<f>(?:the\s+)?[a-z][a-z -]{0,40}?\s+(?:on|of|in|for)\s+(?:the\s+|each\s+|every\s+"
        r"|an?\s+)?[a-z][a-z -]{0,40}?)\s+(?:can|could)\s+(?:now\s+)?(?:just\s+|simply\s+"
        rf"|only\s+)?be\s+(?:an?\s+)?(?P<to>optional|nullable|(?:{_TYPES})s?){_UNIT_TAIL}$"
    ),
    # "soil type becomes required on Paddock", "depth on Well is changed to a decimal": the
    # field said to change state, the entity before or after the new state
    re.compile(
        rf"^(?P<f>.+?)(?:\s+{_ON}\s+(?P<ent>.+?))?\s+(?:becomes|is becoming|is changed to"
        r"|gets changed to|is made|is switched to|is converted to|turns into|changes to)\s+"
        rf"(?:an?\s+)?{_TARGET}(?:\s+{_ON}\s+(?P<ent2>.+))?$"
    ),
)
# "length is required for kayaks", "phone is optional on Member": a field's state said of
# every thing of a kind, as the request's opening words (later in a create, "… can be blank
# for the spares" says when, not which thing)
_IS_STATE_FOR = re.compile(
    r"^(?P<f>[a-z](?:(?!\s(?:on|in|of|for)\s)[a-z ]){0,40}?)"
    r"(?:\s+(?:on|in|of)\s+(?:the\s+|each\s+|every\s+|an?\s+)?(?P<at>[a-z][a-z -]{0,40}?))?"
    r"\s+(?:is|are)\s+(?:now\s+)?(?:an?\s+)?"
    rf"{_TARGET}\s+(?:for|on|in)\s+(?:the\s+|all\s+|every\s+|each\s+)?(?P<ent>[a-z][a-z -]*)$"
)
_IS_REQ = re.compile(rf"^(?P<f>[a-z][a-z ]{{0,40}}?)\s+(?:is|are)\s+(?:now\s+)?(?P<to>{_REQ})$")
# "Product price is mandatory", "Patient.email is optional now", "the Student entity's guardian
# email is mandatory": said as the request's opening words, a field whose own words say whose
# it is, given a required-ness, asks for it (read by _owned_state)
_OWNED_IS_REQ = re.compile(
    rf"^(?P<f>[^,:;()]+?)\s+(?:is|are)\s+(?:now\s+)?(?P<to>{_REQ})(?:\s+(?:now|from now on))?$"
)
# "the contact phone on Booking is optional", "email in Member is mandatory": said as the
# request's opening words, a field placed on a thing and given a required-ness asks for it
# (after a create's list the same words say how the new field is, read there)
_PLACED_IS_REQ = re.compile(
    r"^(?P<f>[a-z](?:(?!\s(?:on|in|of|for)\s)[a-z ]){0,40}?)\s+(?:on|in)\s+"
    r"(?:the\s+|each\s+|every\s+|an?\s+)?(?P<at>[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
    rf"\s+(?:is|are)\s+(?:now\s+)?(?P<to>{_REQ})$"
)
_ALLOW_EMPTY = re.compile(
    rf"^(?:allow|let)\s+(?P<f>.+?)(?:\s+{_ON}\s+(?P<ent>.+?))?\s+(?:to\s+)?be\s+"
    r"(?:empty|blank|null|missing|optional|left empty|left blank)$"
    r"|^(?:do not|don't|no longer)\s+require\s+(?P<f2>.+?)(?:\s+(?:on|in|for)\s+(?P<ent2>.+))?$"
    r"|^(?P<f3>.+?)\s+(?:is|are)\s+no longer\s+(?:required|mandatory)(?:\s+(?:on|in|for)\s+"
    r"(?P<ent3>.+))?$"
)
# (mod58) "Allow empty phone numbers for customers", "accept a blank email on Patient": an
# empty value allowed on a thing is the field made optional
_EMPTY_ALLOWED = re.compile(
    r"^(?:allow|accept|permit)\s+(?:an?\s+)?(?:empty|blank|missing)\s+(?P<f>[a-z][a-z ]{0,40}?)"
    r"\s+(?:on|in|for)\s+(?:the\s+|all\s+|each\s+|every\s+)?(?P<ent>[a-z][a-z -]{0,40})$"
)
# (mod58) "Customers don't have to give an email": what the things' people need not give is
# optional on them (the request's opening words)
_NEED_NOT_GIVE = re.compile(
    r"^(?:the\s+)?(?P<ent>[a-z][a-z -]{0,40}?)\s+(?:(?:do|does|should|will)\s+not\s+(?:have|need)"
    r"\s+to|need not|needn't)\s+(?:give|provide|enter|supply|fill in)\s+(?:us\s+)?"
    r"(?:an?\s+|their\s+|its\s+|the\s+)?(?P<f>[a-z][a-z ]{0,40}?)(?:\s+(?:any\s?more|now))?$"
)
# (mod58) "the price on Product needs to hold cents": a money value in cents or pence is decimal
_HOLDS_CENTS = re.compile(
    r"^(?P<f>.+?)\s+(?:needs? to|should|must|has to|have to)\s+(?:be able to\s+)?"
    r"(?:hold|allow|take|store|accept|support|handle|include|show)\s+(?:cents|pence)$"
)
_CAN_BE_EMPTY = re.compile(
    r"^(?P<f>.+?)\s+(?:can|may|could)\s+(?:also\s+)?be\s+(?:empty|blank|null|left (?:empty|blank)"
    r"|missing|omitted)$"
    # ("should not have to be filled in": what need not be given may be left out)
    r"|^(?P<f2>.+?)\s+(?:does|do|should|must|will)\s+not\s+(?:have|need)\s+to\s+be\s+"
    r"(?:filled(?:\s+(?:in|out))?|set|given|provided|entered)"
    r"(?:\s+(?:anymore|any more|any longer|always|every time))?$"
)
# "phone can be left blank for members": the same, said of every thing of a kind
_CAN_BE_EMPTY_FOR = re.compile(
    # (a field already placed, "owner phone on Pet can be blank for strays", is no field of
    # the strays: "for" then says for which of the things it may be empty)
    r"^(?P<f>[a-z](?:(?!\s(?:on|in|of|for)\s)[a-z ]){0,40}?)"
    r"(?:\s+(?:on|in|of)\s+(?:the\s+|each\s+|every\s+|an?\s+)?(?P<at>[a-z][a-z -]{0,40}?))?"
    r"\s+(?:can|may|could)\s+(?:also\s+)?be\s+(?:empty|blank|null"
    r"|left (?:empty|blank)|missing|omitted)\s+(?:for|on|in)\s+(?:the\s+|all\s+|every\s+"
    r"|each\s+|some\s+)?(?P<ent>[a-z][a-z -]*)$"
)
# "the donor name must always be filled in": a value that must be given is required (the
# mirror of "does not have to be filled in")
_MUST_BE_FILLED = re.compile(
    # ("shouldn't have to be filled in" says the opposite: the negation is no part of F)
    r"^(?P<f>.+?)(?<!\snot)(?<!\snever)\s+(?:must|should|has to|have to|needs to|need to)\s+"
    r"(?:(?:always|now|also)\s+)*"
    r"be\s+(?:always\s+)?(?:filled(?:\s+in|\s+out)?|given|provided|entered)"
    r"(?:\s+(?:always|every time|in every record))?$"
)
_IS_NOW = re.compile(rf"^(?P<f>.+?)\s+(?:is|are)\s+now\s+(?:an?\s+)?{_TARGET}$")
# "The event's start date needs …; change its type", "The phone number on Supplier is not
# always known, so make it optional": the field an "it" refers to, said before it.
_SAID_BEFORE = re.compile(
    r"\b(?P<ent>[a-z][a-z-]*)'s\s+(?P<f>[a-z][a-z ]*?)\s+(?:needs?|should|must|is|has|are)\b"
    # ("we noticed the weight on Parcel is a string, it should be …": who noticed is no field)
    r"|^(?:(?:we|i|they)\s+(?:(?:just|also|all)\s+)?(?:noticed|found|realised|realized|saw"
    r"|agreed|felt)\s+(?:that\s+)?)?"
    r"(?:the\s+)?(?P<f2>[a-z][a-z ]*?)\s+(?:on|of|in|for)\s+(?:the\s+|a\s+|each\s+)?"
    # ("the price on the Listing model is a float": the marker after the thing names it too)
    r"(?P<ent2>[a-z][a-z-]*)(?:\s+(?:entity|model|table))?\s+(?:is|are|should|must|needs?|has|does"
    r"|do|can)\b"
)
# ("Can you make that field a whole number?": the field said before, named as a field)
_IT = frozenset(
    "it|them|they|its type|their type|the type|its|this|that"
    "|that field|this field|that column|this column".split("|")
)


# "it's optional though", "that one can be empty": about the field said just before
_IT_STATE = re.compile(
    r"^(?:it|that one|this one|that|this|the last one)\s+(?:is|should be|can be|may be|must be"
    # (lz63) "so it needs to be optional": the need says the state as "should" does
    r"|will be|has to be|needs to be|ought to be)\s+"
    r"(?:(?:an?\s+)?(?P<to>optional|not required|nullable|not mandatory"
    r"|required|mandatory)|(?P<empty>empty|blank|left empty|left blank|null))"
    r"(?:\s+(?:though|too|as well|please|then|of course))*$"
)


def read_pronoun_state(clause: Clause) -> Modify | None:
    """ "Can pets also have a microchip number? It's optional though.": a change to the field
    said before, which the assembler finds."""
    m = _IT_STATE.match(clause.text)
    if m is None or (clause.first and clause.segment == 0):
        return None
    required = False if m["empty"] else not rx(r"optional|nullable|not ").match(m["to"])
    return Modify(None, (Change("", required=required),), clause.segment, pronoun=True)


# "Supplier.phone_number: make optional", "length: change it to a float": the field named
# first, then a colon, then the change said of it
_FIELD_THEN_CHANGE = re.compile(
    r"^(?P<f>[a-z][a-z_-]*(?: [a-z][a-z_-]*){0,3}):\s*(?P<verb>make|set|change|convert|switch)"
    r"\s+(?:it\s+|this\s+)?(?P<rest>(?:to|into)\s+[a-z].*|[a-z].*)$"
)


# "… to decimal - it's coming in as text", "… - they are stored as strings right now": after
# a dash, what the field is now (imported, stored, typed so) is why it changes, not the change
_AS_IT_IS_NOW = re.compile(
    r"\s+[—-]+\s+(?:it|they|that|this)\s+(?:is|are|was|were)\s+(?:currently\s+|still\s+|now\s+"
    r"|always\s+|just\s+|all\s+)*(?:coming|came|being|stored|saved|imported|kept|held|typed"
    r"|showing|read|set up|treated|pasted|loaded)\b.*$"
)


# "make the weight an integer not a decimal", "… a yes/no, not text": the type the field has
# today, said after "not" once the new one is said, is no part of the change
_NOT_OLD_TYPE = re.compile(
    rf"(?<=[a-z/])\s*,?\s+(?:and\s+)?not\s+(?:an?\s+)?(?:{_TYPES})"
    r"(?:\s+(?:field|value|type|column))?(?:\s+(?:any\s?more|now|like it is))?$"
)


# "make acquisition date optional and insured value a decimal on Exhibit": two fields, each
# with its own new state, the entity said once at the end for both
_OWNED_NAME = r"[a-z][a-z_ ]*?(?:'s\s[a-z][a-z_ ]*?)?"  # "notes", "the hive's notes field"
_MAKE_EACH = re.compile(
    rf"^{_MAKE}\s+(?P<a>{_OWNED_NAME})\s+(?P<s1>{_REQ}|(?:an?\s+)?(?:{_TYPES}))"
    rf"\s+and\s+(?:{_MAKE}\s+)?(?P<b>{_OWNED_NAME})\s+(?P<s2>{_REQ}|(?:an?\s+)?(?:{_TYPES}))"
    rf"(?:\s+{_ON}\s+(?P<ent>[a-z][a-z -]*))?$"
)


def _make_each(clause: Clause) -> Modify | None:
    """Both changes of "make A optional and B a decimal on X", or None; the thing may be said
    before ("On Horse, make the height a float and the colour optional") or not at all (the
    assembler asks which)."""
    m = _MAKE_EACH.match(clause.text)
    if m is None or (one := _target(m["s1"])) is None or (two := _target(m["s2"])) is None:
        return None
    first = _modify(clause, m["a"], m["ent"], one)
    # "make the hive's notes optional and its weight required": whose the first field is,
    # said with "'s", is whose the second is too
    b = rx(r"^its\s+").sub("", m["b"]) if first is not None and first.entity else m["b"]
    second = _modify(clause, b, m["ent"], two)
    if (
        first is not None
        and second is not None
        and second.entity is None
        and not m["ent"]
        and "'s " in m["a"]  # ("make customer phone optional and order date …": whose is asked)
    ):
        second = replace(second, entity=first.entity)
    if first is None or second is None or first.entity != second.entity or first.pronoun:
        return None
    return replace(first, changes=first.changes + second.changes)


def read_said_of(
    phrase: str, original: str, ask: Modify | Rename | Remove
) -> Modify | Rename | Remove | None:
    """The ask `ask` (whose "it" named nothing) read again with `phrase` in the pronoun's
    place: what an "it" stands for ("Barn capacity is text at the moment, please make it an
    integer", "The dinghy's hull colour is confusing, rename it to paint colour") is read as
    the ask naming it would be ("make barn capacity an integer"), with the same owner rules (a
    lead noun, a possessive, "X on Y"), so a pronoun never finds more than its antecedent."""
    if isinstance(ask, Rename):
        if ask.of_entity or not ask.new:
            return None
        said = f"rename {phrase} to {ask.new.replace('_', ' ')}"
        return read_rename(Clause(said, original, None, "", ask.segment, False))
    if isinstance(ask, Remove):
        said = f"remove {phrase}"
        return read_remove(Clause(said, original, None, "", ask.segment, False))
    if len(ask.changes) != 1:
        return None
    change = ask.changes[0]
    key, value = ("type", change.type) if change.type is not None else ("required", change.required)
    if value is None:
        return None
    clause = Clause(phrase, original, None, "", ask.segment, False)
    return _modify(clause, phrase, None, (key, value))


# "the price on Product - decimal please", "Product stock: integer please", "Invoice number -
# string not int": a field, a dash, colon or arrow, and its new type, with no verb; "please" or
# the old type said after it marks a change (a create's "price: decimal" declares)
_TYPE_NOTE = re.compile(
    rf"^(?P<f>[^,:;()]+?)(?:\s*:|\s+[-—–]+|\s*->)\s*(?:an?\s+)?{_TARGET}"
    # (the "please" or old type that marks it may be cut from the clause: _type_note looks)
    rf"(?:\s+(?:please|pls|plz)|\s*,?\s+(?:not|instead of|rather than)\s+(?:an?\s+)?(?:{_TYPES}))?$"
)
# "treat the due date on Invoice as a date", "store Parcel's weight as a float", "Customer age
# as integer instead of text": a field kept as a type, said with a verb of keeping or with the
# old type it replaces ("price as decimal" alone is a create's field and its type)
_AS_TYPE = re.compile(
    r"^(?:(?P<verb>treat|handle)\s+)?(?P<f>[^,:;()]+?)\s+as\s+(?:an?\s+)?"
    rf"{_TARGET}(?P<old>\s+(?:instead of|rather than|and not|not)\s+(?:an?\s+)?(?:{_TYPES}))?$"
)


def _type_note(clause: Clause, s: str) -> Modify | None:
    """A type change said with no verb of change (_TYPE_NOTE, _AS_TYPE), when the field's
    own words say whose it is ("Product stock", "the weight on Parcel", "Parcel's weight"): a
    heading's thing over such a line ("Student: age - integer") may be a create's, and is
    left to the other readers. The clause may come cut at its dash or colon ("Product stock"
    the topic, "integer" the text) and without its "please" or old type ("instead of text"):
    the request as written still says them."""
    said = clause.original.lower()
    marked = rx(
        rf"\b(?:please|pls|plz)\b|\b(?:instead of|rather than|not)\s+(?:an?\s+)?(?:{_TYPES})\b"
    ).search(said)
    m = None
    bare = rx(r"\s+(?:please|pls|plz)$").sub("", s)
    if clause.topic and clause.topic_sep in ("-", ":", "->") and rx(_TARGET).fullmatch(bare):
        # "Order quantity - integer please", "player count on team -> int plz": an arrow to a
        # type says the change itself
        f, to, verb = clause.topic, bare, ("->" if clause.topic_sep == "->" else None)
    elif m := (_TYPE_NOTE.match(s) or _AS_TYPE.match(s)):
        f, to, verb = m["f"], m["to"], m.groupdict().get("verb")
    else:
        return None
    if m is not None and m.re is _AS_TYPE and not verb and rx(r"\s(?:on|in|of|for)\s").search(f):
        return None  # "Record quantity on Crate as …": read by the readers after
    if not (verb or marked) or (change := _target(to)) is None or change[0] != "type":
        return None
    own = clause if clause.topic_sep == "dot" else replace(clause, topic=None)  # "Student.age"
    found = _modify(own, f, None, change)
    return found if found is not None and found.entity is not None else None


# "make the vet phone an optional string", "… a string (optional)", "a required decimal": a
# required-ness said with the new type is a second change of the same field, never dropped
_STATE_WORDS = r"optional|nullable|non-nullable|not\s+null|required|mandatory|compulsory"
_STATE_WITH_TYPE = re.compile(
    rf"\b(?P<state>{_STATE_WORDS})\s+(?=(?:{_TYPES})s?\b)"
    rf"|(?<=\S)\s*\((?P<after>{_STATE_WORDS}|not\s+required)\)$"
)


def states_with_types(text: str) -> int:
    """How many times a required-ness is said with a new type ("an optional string")."""
    return sum(1 for _ in _STATE_WITH_TYPE.finditer(text.lower()))


def _typed_with_state(clause: Clause) -> Modify | None:
    """The type change read with the state word set aside, the state carried onto it; None
    when the words say no type change (the readers below read them as they are)."""
    said = _STATE_WITH_TYPE.search(clause.text)
    if said is None or _STATE_WITH_TYPE.search(clause.text, said.end()) is not None:
        return None  # (one type with a state is one change; each more would read it again)
    text = f"{clause.text[: said.start()]} {clause.text[said.end() :]}".strip()
    typed = read_modify(replace(clause, text=rx(r"\s{2,}").sub(" ", text)))
    if typed is None or not all(c.type is not None and c.required is None for c in typed.changes):
        return None
    state = said["state"] or said["after"]
    required = not rx(r"optional|nullable|not\s+required").fullmatch(state)
    return replace(typed, changes=tuple(replace(c, required=required) for c in typed.changes))


def read_modify(clause: Clause) -> Modify | None:
    if (both := _make_each(clause)) is not None:
        return both
    if (both := _typed_with_state(clause)) is not None:
        return both
    if (now := _AS_IT_IS_NOW.search(clause.text)) and (
        wished := read_modify(replace(clause, text=clause.text[: now.start()]))
    ) is not None:
        return wished
    if (
        (old := _NOT_OLD_TYPE.search(clause.text))
        and (wished := read_modify(replace(clause, text=clause.text[: old.start()]))) is not None
        and any(c.type is not None for c in wished.changes)
    ):
        return wished
    if (first := _FIELD_THEN_CHANGE.match(clause.text)) is not None:
        said = f"{first['verb']} {first['f']} {first['rest']}"
        return read_modify(replace(clause, text=said))
    if (said := read_pronoun_state(clause)) is not None:
        return said
    s = rx(r"\s*\([^)]*\)$").sub("", clause.text)  # "an integer (grams)": the unit is no type
    # "make phone on Booking optional too": the second of like changes says so after it
    s = rx(r"(?<=\S),?\s+(?:too|as well)$").sub("", s)
    for pattern in _MODIFY:
        m = pattern.match(s)
        if m and (
            "," in m["f"]
            or "," in (m.groupdict().get("ent") or "")
            or (
                _frames(m["f"])
                and not _tech_word_on_thing(m["f"], m.groupdict().get("ent"))
                and not _frame_word_named(m["f"], clause.original)
                and not _value_word_on_thing(m["f"], m.groupdict().get("ent") or clause.topic)
            )
        ):
            continue  # a list with a note ("name, breed — breed can be blank") is fields
        if (
            m
            and (later := m.groupdict().get("ent2"))
            and rx(r"\s+of\s").match(s[m.end("to") :])
            and _OF_THEN_ON.fullmatch(later)
        ):
            continue  # "change DOB to date of birth on Pupil": a name with "of", no type
        if m and (change := _target(m["to"])) is not None:
            ent = m.groupdict().get("ent") or m.groupdict().get("ent2")
            f = m["f"].strip()
            on = _OF_THEN_ON.fullmatch(ent or "")
            owned = _OWNED.match(f)
            if owned and ent and not on and _bare_of(owned["f"], ent, s):
                # "make the driver's date of birth optional": the owner said with "'s", the
                # "of" part of the field's name (not the entity)
                return _modify(clause, f"{f} of {ent}", None, change)
            if on and _bare_of(f, on[1], s):  # "… of birth on Patient"
                return _modify(clause, f"{f} of {on[1]}", on[2], change)
            later = m.groupdict().get("ent2")
            if later and m.groupdict().get("ent") and _bare_of(f, m["ent"], s):
                # "change date of birth to a date on Donor": the entity is said after the type
                return _modify(clause, f"{f} of {m['ent']}", later, change)
            found = _modify(clause, m["f"], ent, change)
            if found is not None and ent and _bare_of(f, ent, s):
                compound = safe_field_name(f"{f} of {ent}")
                topic = read_noun(clause.topic) if clause.topic else None
                if topic and found.entity and topic.name != found.entity.name:
                    # "On the donors, change date of birth to a date": the topic said first
                    # is the entity, so "of birth" is part of the field's name
                    named = tuple(replace(c, name=compound) for c in found.changes[:1])
                    return Modify(topic, named, clause.segment)
                # "change date of birth to a date": maybe one name (the assembler decides)
                return replace(found, compound=compound)
            return found
    if (noted := _type_note(clause, s)) is not None:
        return noted
    opening = clause.first and clause.segment == 0
    if opening and (m := _EMPTY_ALLOWED.match(s) or _NEED_NOT_GIVE.match(s)):
        # ("empty phone numbers for customers": one per customer, the field is singular)
        *head, last = m["f"].split()
        one = last if last in PLURAL_FIELDS else singular(last)  # ("notes" is one field)
        f = " ".join([*head, one]) if m.re is _EMPTY_ALLOWED else m["f"]
        found = _modify(clause, f, m["ent"], ("required", False))
        if found is not None and found.entity is not None:
            return found
    if (m := _HOLDS_CENTS.match(s)) and "," not in s:
        found = _modify(clause, m["f"], None, ("type", AttrType.DECIMAL))
        if found is not None and found.entity is not None:
            return found
    if m := _ALLOW_EMPTY.match(s):
        f = m["f"] or m["f2"] or m["f3"]
        return _modify(clause, f, m["ent"] or m["ent2"] or m["ent3"], ("required", False))
    if (
        clause.topic_sep == "on"
        and (m := _IS_REQ.match(s))
        and "," not in s
        and (change := _target(m["to"])) is not None
    ):
        # "On SeedPacket, donor name is mandatory": said on an entity, a change of required
        return _modify(clause, m["f"], None, change)
    if (
        clause.first
        and clause.segment == 0
        and (not clause.topic or clause.topic_sep == "dot")  # "Patient: family contact is …"
        and (m := _OWNED_IS_REQ.match(s))
        and (change := _target(m["to"])) is not None
    ):
        # (a heading's thing, "Log: the message is mandatory", may be a create's note: only a
        # dotted name's thing is kept; the field's words must say whose it is)
        own = clause if clause.topic_sep == "dot" else replace(clause, topic=None)
        if (found := _modify(own, m["f"], None, change)) is not None and found.entity:
            return found
    if (m := _IS_NOW.match(s)) and "," not in s and (change := _target(m["to"])) is not None:
        return _modify(clause, m["f"], None, change)
    if (m := _CAN_BE_EMPTY.match(s)) and "," not in s and " with " not in s:
        return _modify(clause, m["f"] or m["f2"], None, ("required", False))
    opening = clause.first and clause.segment == 0
    if (
        opening
        and (m := _IS_STATE_FOR.match(s))
        and not m["to"].startswith("not ")  # "Login is not required for guests": a rule
        and (change := _target(m["to"])) is not None
    ):
        return _modify(clause, m["f"], m["at"] or m["ent"], change)
    if opening and (m := _PLACED_IS_REQ.match(s)) and (change := _target(m["to"])) is not None:
        return _modify(clause, m["f"], m["at"], change)
    if opening and (m := _CAN_BE_EMPTY_FOR.match(s)):
        return _modify(clause, m["f"], m["at"] or m["ent"], ("required", False))
    if (m := _MUST_BE_FILLED.match(s)) and "," not in s and " with " not in s:
        return _modify(clause, m["f"], None, ("required", True))
    return None


# "make the model on the Drone entity optional": a word of software said alone as a field of
# a named thing is that thing's field (the drone's model), never the app being built
_TECH_FIELD_WORDS = frozenset(("model", "data"))


def _frame_word_named(f: str, original: str) -> bool:
    """ "the venue on Service should be optional": a frame word written with a capital after
    the place a field is on names the thing that has the field (as "make venue on Service
    optional" reads it), never the system built ("the login on the portal" is the system)."""
    m = rx(r"\s(?:on|of|in|for)\s+(?:the\s+)?(?P<w>(?:[a-z]+-){0,3}[a-z]+)$").search(f.strip())
    if m is None or m["w"].rsplit("-", 1)[-1] not in _THING_FRAMES:
        return False
    # (lw62) "the engine hours on EngineService": a name written whole that ends in such a
    # word ("Engine-Service" once its words are parted) names the thing too
    written = "-?".join(part.capitalize() for part in m["w"].split("-"))
    return bool(re.search(rf"\b(?:on|of|in|for)\s+(?:the\s+)?{written}\b", original))


# frame words that are also things a business keeps records of (a funeral service, a job
# application, a building site); "system", "app", "database" name only what is built
_THING_FRAMES = frozenset(
    "service application site tool program programme platform portal resource".split()
)


def _frame_word_owner(ent: str, clause: Clause) -> Noun | None:
    """The thing a capitalised frame word names where a field is ("… on Service")."""
    word = rx(r"^(?:the\s+)?([a-z]+)$").match(ent.strip())
    if word is None or not _frame_word_named(f"x on {word[1]}", clause.original):
        return None
    return Noun(safe_entity_name(word[1]), True, (word[1],))


def _heading_frame_owner(clause: Clause) -> Noun | None:
    """The thing a heading names when it is one capitalised frame word of a kept thing."""
    word = rx(r"^(?:the\s+)?([a-z]+)$").match((clause.topic or "").strip().lower())
    if word is None or word[1] not in _THING_FRAMES:
        return None
    said = rf"(?:^|\n|\b(?i:on)\s+)(?:(?i:the)\s+)?{word[1].capitalize()}\s*:"
    if not re.search(said, clause.original):
        return None
    return Noun(safe_entity_name(word[1]), True, (word[1],))


def _tech_word_on_thing(f: str, ent: str | None) -> bool:
    words = [w for w in rx(r"[a-z]+").findall(f) if w not in _DETERMINERS]
    return (
        len(words) == 1
        and words[0] in _TECH_FIELD_WORDS
        and ent is not None
        and not _is_frame(ent)
        and not set(rx(r"[a-z]+").findall(ent)) & (HARD_FRAMES - _ENTITY_MARKS)
    )


# "make the landing site on Flight optional", "the contact info on Supplier": a word that can
# frame a system ("site", "info"), after a noun that says what it is of and before "on" and
# one thing, names a value kept on that thing
_VALUE_WORD_ON_THING = re.compile(
    r"^(?:the\s+)?(?!(?:the|a|an|this|that|our|your|their|its|each|every|new|whole)\s)[a-z]+\s+"
    r"(?:site|info|information|data|details)(?:\s+on\s+(?:the\s+|each\s+|every\s+)?"
    r"(?P<x>[a-z][a-z-]*))?$"
)


def _value_word_on_thing(f: str, ent: str | None) -> bool:
    """ "Flight: landing site should be optional": the thing said as the topic counts too."""
    m = _VALUE_WORD_ON_THING.match(f.strip())
    x = m and (m["x"] or (ent or "").strip())
    return bool(x) and rx(r"[a-z][a-z-]*").fullmatch(x) is not None and x not in HARD_FRAMES


_OF_THEN_ON = re.compile(r"([a-z]+)\s+(?:on|in|for)\s+(?:the\s+|each\s+|every\s+)?(.+)")
_OWNED = re.compile(r"^(?:the\s+|a\s+)?[a-z][a-z -]*?'s\s+(?P<f>[a-z]+(?: [a-z]+)?)$")


def _bare_of(f: str, ent: str, text: str) -> bool:
    """ "date of birth", "email of guest": "of" before a bare singular noun may join one name
    or name the entity ("the severity of a defect" names it: a determiner, or a plural)."""
    ent = ent.strip()
    simple = rx(r"[a-z]+(?: [a-z]+)?").fullmatch(f) and rx(r"[a-z]+").fullmatch(ent)
    return bool(simple) and singular(ent) == ent and f" {f} of {ent}" in f" {text}"


def _bare_lower_noun(ent: str, original: str) -> bool:
    """ "date of birth", "place of issue": "of" before one lower-case word with no article
    joins a compound name; an owner is named with an article or as a name ("of Contact")."""
    ent = ent.strip()
    return bool(rx(r"[a-z]+").fullmatch(ent)) and not re.search(
        rf"\b{re.escape(ent.capitalize())}\b", original
    )


def _target(to: str) -> tuple[str, object] | None:
    to = rx(r"\s+(?:field|value|type|column)$").sub("", to.strip())
    if rx(_REQ).fullmatch(to):
        optional = to in ("optional", "nullable", "not required", "not mandatory")
        return ("required", not optional)
    kind = type_phrase(to)
    if kind is None and (plural := rx(r"(?P<t>[a-z ]+?s)").fullmatch(to)):
        words = plural["t"].split()
        kind = type_phrase(" ".join([*words[:-1], singular(words[-1])]))
    return ("type", kind) if kind is not None else None


# "the number of frames on hives": a count of things (the field "frames") kept on an entity
_COUNTED_ON = re.compile(
    r"^(?:the\s+|a\s+)?(?:number|count|no\.?)\s+of\s+(?P<things>[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+(?:on|in|for|at|per)\s+(?:an?\s+|the\s+|each\s+|every\s+|all\s+)?(?P<ent>.+))?$"
)


# "date of birth on Policyholder": a field has one owner, and "on …" names it, so "of" before
# a bare noun (no article) joins the field's name; "the severity of a defect" keeps "of a"
_OF_BARE_THEN_ON = re.compile(
    r"^(?P<f>[a-z]+(?: [a-z]+)? of (?!(?:an?|the|each|every|its|their)\b)[a-z]+)"
    r"\s+(?:on|in|for|from|within|inside)\s+"
    r"(?:an?\s+|the\s+|each\s+|every\s+)?(?P<ent>.+)$"
)

_TOO_BUT_THAT = re.compile(
    r"\s+(?:too|as well|also)\s*,?\s+(?:but|though|and)\s+(?:that|it|this|those|they)(?:\s+one)?$"
)


# What a field is measured in, never the thing that has it ("weight in kg", "height in hands")
_MEASURES = UNIT_WORDS | frozenset(("hands",))


def _modify(clause: Clause, f: str, ent: str | None, change: tuple[str, object]) -> Modify | None:
    f = rx(r"^(?:the\s+)?(?:(?:data\s+)?type\s+of\s+)").sub("", f.strip())
    f = rx(r"\s*-+>$").sub("", f)  # "patient email -> not required": the arrow is no name
    # "make the visa required field optional": "required" before "field" is in the name
    f = rx(
        r"^((?:the\s+)?[a-z][a-z-]*)\s+required\s+(?:field|column|attribute)"
        r"(?=$|\s+(?:on|in|of|for)\s)"
    ).sub(r"\1 required flag", f)
    if _TOO_BUT_THAT.search(f):
        return None  # "Temperature too but that's optional": one more field (read_list)
    f = rx(r"^(?:the\s+)?(?:field|column|attribute)\s+(?=\S)").sub("", f.replace('"', ""))
    whole = f"{f} of {ent}" if ent and rx(r"(?:the\s+|a\s+)?(?:number|count)").fullmatch(f) else f
    if (counted := _COUNTED_ON.match(whole)) and singular(
        last := counted["things"].split()[-1]
    ) != last:
        f, ent = f"number of {counted['things']}", counted["ent"]
        counted_owner = read_noun(ent) if ent else None
        if ent and counted_owner is None:
            return None
        return _modify_named(clause, f.split(), counted_owner, change)
    if ent in _MEASURES:
        ent = None  # "make the pallet weight in kg a decimal": kg is a unit, not the thing
    owner = read_noun(ent) if ent else None
    if ent and (owner is None or _several(ent)):
        return None
    unit = rx(rf"\s+in\s+(?P<unit>[a-z]+)(?=$|\s+{_ON}\s)").search(f)
    if unit and unit["unit"] in _MEASURES:
        f = f[: unit.start()] + f[unit.end() :]  # "horse height in hands", "volume in litres"
    # "the orders' quantity": a plural's possessive is its "'s" ("kids' chores", read_noun)
    f = rx(r"^((?:the\s+)?[a-z][a-z -]*?[a-z]s)'(?=\s+[a-z])").sub(r"\1's", f)
    if m := rx(r"^(?:the\s+|a\s+)?(?P<ent>[a-z -]+?)'s\s+(?P<rest>.+)$").match(f):
        owner, f = owner or read_noun(m["ent"]), m["rest"]
    m = _OF_BARE_THEN_ON.match(f) or rx(
        rf"^(?P<f>.+?)\s+{_ON}\s+(?:an?\s+|the\s+)?(?P<ent>.+)$"
    ).match(f)
    if m and not (owner is not None and _bare_of(m["f"], m["ent"], f)):
        f, owner = m["f"], owner or read_noun(m["ent"]) or _frame_word_owner(m["ent"], clause)
    owner = owner or (read_noun(clause.topic) if clause.topic else None)
    f = rx(r"^(?:the|a|an)\s+").sub("", f)
    if f in _IT:
        # "The event's start date needs a time; change its type to timestamp"
        said = _SAID_BEFORE.search(without_occasion(clause.original).lower())
        if said is None:  # said in another sentence, maybe: the assembler looks
            key, value = change
            pointed = Change("", **{key: value})  # type: ignore[arg-type]
            return Modify(owner, (pointed,), clause.segment, pronoun=True)
        if owner is not None and said["f2"] and " ".join(owner.words) == said["f2"]:
            owner = None  # "the capacity on the Venue model is …, make it …": the field is no owner
        owner = owner or read_noun(said["ent"] or said["ent2"])
        f = said["f"] or said["f2"]
    words = rx(r"\s+(?:fields?|columns?)$").sub("", f).split()
    said_words = words
    if owner is None and (named := owner_before_field(clause, words)):
        owner, words = named
    found = _modify_named(clause, words, owner, change)
    if (
        found is not None
        and words is not said_words
        and not found.whole
        and said_words[0] in clause.original  # said in lower case ("the Hull colour" names Hull)
    ):
        # the thing was read from the field's first words ("hull colour": Hull's colour); a
        # heading or topic that names another thing makes them all the field's name
        # ("Kayak changes: make hull colour optional": Kayak's hull colour), assemble.py
        return replace(found, whole=safe_field_name(" ".join(said_words)))
    return found


# What a thing a record is kept for most often is, as WordNet's first sense says: a person,
# an animal, a made thing, an event, a job done, a group, a plant, food, a holding
_THING_KINDS = frozenset(
    "noun.person noun.animal noun.artifact noun.event noun.act noun.group noun.plant"
    " noun.food noun.object noun.possession".split()
)
# What a word before a value names when it is no thing a record is kept for, as WordNet's
# first sense says: a quality, a state or a feeling ("loyalty points", "safety rating",
# "quality score" are one value each, whose owner is not said)
_NO_THING_KINDS = frozenset("noun.attribute noun.state noun.feeling".split())
# Nouns said before a value to say which of its kind it is ("emergency phone", "office
# phone", "shipping address"), not whose
_WHICH_VALUE = frozenset("emergency office shipping mailing billing backup spare".split())


def _thing_before_field(words: list[str]) -> tuple[Noun, list[str]] | None:
    """ "patient phone number -> optional", "wedding guest dietary notes not required": said in
    lower case (or first in the sentence), a change's field named after the thing it is on, as
    "customer phone" is Customer's phone (_modify). The thing is the longest run of leading
    nouns whose last names a thing kept (a person, an animal, a made thing, an event, a job),
    not a word that opens a field's name ("phone", "contact", "due", "emergency") nor one that
    is itself a value; the field is the rest: one word, or two ending in a value's word
    ("licence number" keeps the word before its head, as said with no entity). A thing of
    several words before a field of one ("cargo ship capacity") could end a word later, and
    is asked. No split cuts a name WordNet lists whole ("fire escape", "wedding guest"), and
    words that describe ("last", "dietary") are no thing: "last service date", "fire escape
    location" stay one field, with no entity (asked); so does a field of three words or more,
    where the cut would be a guess."""
    longest = len(words) - 2 if words[-1] in _COMPOUND_HEADS else min(len(words) - 1, 3)
    for k in range(min(longest, 3), 0, -1):
        thing, rest = words[:k], words[k:]
        if len(rest) > 2:
            return None
        head = thing[-1]
        if head in FRAME_NOUNS:
            return None  # "surfboard rental deposit": the thing's name ends in a frame word
        if (
            head in FIELD_MODIFIERS
            or head in FIELD_HINTS
            or head in _WHICH_VALUE
            or head.endswith("ing")  # "plant watering notes": a doing, not a thing kept
            or infer_type([head]) is not AttrType.STR
            or not names_a_thing(head)
            or has_noun_sense(f"{head}_{rest[0]}")
        ):
            continue  # the word goes with the field's name
        if first_sense(head) not in _THING_KINDS:
            return None  # "menu item price": MenuItem's price or Menu's item price? asked
        if not all(is_noun(w) and w not in FIELD_MODIFIERS for w in thing[:-1]):
            return None
        if k > 1 and len(rest) == 1:
            # "the cargo ship capacity": CargoShip's capacity or Cargo's ship capacity? nothing
            # written says where the thing ends: asked
            return None
        if (
            k == 1
            and len(rest) == 2
            and first_sense(rest[0]) in ("noun.artifact", "noun.object")
            and not {rest[0]} & (FIELD_MODIFIERS | FIELD_HINTS | _WHICH_VALUE)
        ):
            # "key safe code": Key's safe code or KeySafe's code? a made thing next may end
            # the thing's name as well as open the field's: asked
            return None
        if not (FIELD_HINTS.intersection(rest) or infer_type(rest) is not AttrType.STR):
            return None
        noun = read_noun(" ".join(thing))
        if noun is None or len(noun.words) != k:
            return None  # "surfboard rental deposit": a frame word cut from the thing
        return noun, rest
    return None


def owner_before_field(clause: Clause, words: list[str]) -> tuple[Noun, list[str]] | None:
    """The thing a change's field of three words or more is named after, and the field's own
    words: a name written with capitals ("the Volunteer shirt size") or a thing kept said in
    lower case ("kennel dog microchip number"). One reader for every change (modify, remove,
    rename), so "rename the Bouquet wrap colour field" finds Bouquet as "make the Bouquet wrap
    colour optional" does."""
    if len(words) == 2:
        return _lead_thing(clause, words)
    if len(words) < 3:
        return None
    return _name_before_field(clause, words) or _thing_before_field(words)


# what a value of a thing's own is, after a word that also says which value ("order"):
# a count, a measure, an amount, a yes/no, or a remark
_OWN_VALUE_TYPES = frozenset((AttrType.INT, AttrType.FLOAT, AttrType.DECIMAL, AttrType.BOOL))
_REMARKS = frozenset("note notes comment comments remark remarks".split())


def _modifier_names_thing(clause: Clause, words: list[str]) -> bool:
    """ "Order quantity is mandatory", "let the order note be left empty": a word that often
    says which value ("order date", "delivery address") names the thing itself before a value
    no such word qualifies (a count, a measure, an amount, a yes/no, a remark), as the
    request's opening words with no thing said first; before a date, a time, a number or an
    address it stays the field's first word ("order date", whose owner is asked)."""
    lead, field = words
    return (
        clause.first
        and clause.segment == 0
        and not clause.topic
        and names_a_thing(lead)
        and lead not in ("sell", "buy", "selling", "buying", "asking", "retail", "wholesale")
        and not said_done(lead)
        and (infer_type([field]) in _OWN_VALUE_TYPES or field in _REMARKS)
    )


def _lead_thing(clause: Clause, words: list[str]) -> tuple[Noun, list[str]] | None:
    """ "the Grant deadline", "customer phone": a field of two words whose first names a
    thing kept is that thing's field (read by every change: "make customer phone optional",
    "remove supplier fax", "rename client phone to mobile")."""
    if not (
        len(words) == 2
        and (words[0] not in FIELD_MODIFIERS or _modifier_names_thing(clause, words))
        and not said_done(words[1])  # "amount paid" is one field
        and not re.search(rf"\b{re.escape(words[0].upper())}\b", clause.original)
        # "make root cause optional", "change batch number to text": said in lower case, a
        # head that names a value only with the word before it keeps that word (the entity
        # is asked); "the Batch number" written as a name mid-sentence is Batch's number
        and not (
            _one_field_name(words)
            and not re.search(rf"(?<=[a-z,] ){re.escape(words[0].capitalize())}\b", clause.original)
            and not _said_alone(words, clause.original)
        )
    ):  # "NHS number", "VAT number": letters in capitals name the number, not its owner
        return None
    noun = read_noun(words[0])
    if (
        noun is not None
        and (FIELD_HINTS.intersection(words[1:]) or len(words[1]) > 2)
        and (
            (
                first_sense(words[0]) not in _NO_THING_KINDS
                # ("make the deposit amount a decimal": a word that is itself a value,
                # money, a count, a date, is the value's name, no thing that has it)
                and infer_type([words[0]]) is AttrType.STR
            )
            or re.search(rf"(?<=[a-z,] ){re.escape(words[0].capitalize())}\b", clause.original)
        )
    ):
        return noun, words[1:]
    return None


def _field_owner_said(clause: Clause, words: list[str]) -> tuple[Noun, list[str]] | None:
    """owner_before_field for a removal or a rename, where a name written whole with capitals
    may be the thing itself ("remove the Cargo Ship Rental"): the field's own words must be
    written in lower case, as a field's are."""
    named = owner_before_field(clause, words)
    if named is None:
        return None
    if len(words) == 2 and not _lead_thing_said(clause, words):
        return None
    rest = r"\s+".join(re.escape(w) for w in named[1])
    return named if re.search(rf"(?<![A-Za-z]){rest}\b", clause.original) else None


def _lead_thing_said(clause: Clause, words: list[str]) -> bool:
    """ "axe supplier fax", "rename client phone to mobile": a removal's or a rename's two
    words are a thing and its field only as the request's opening words (later, a thing said
    before owns "the manager note"), with a field's word after it, singular ("the gift
    vouchers", "exchange rates" are things removed whole), written apart as said (never
    "agent_pager" or "FuelCard")."""
    thing, field = words
    return (
        clause.first
        and clause.segment == 0
        and not clause.topic
        and (field in FIELD_HINTS or infer_type([field]) is not AttrType.STR)
        and singular(field) == field
        and re.search(rf"(?i:\b{re.escape(thing)})\s+{re.escape(field)}\b", clause.original)
        is not None
        # ("The saddle's tree width …, please drop it": a possessive says whose it is)
        and re.search(r"[a-z](?:'s|s')\s", clause.original.lower()) is None
        # ("I no longer want Episode to carry … the transcript url": a name written with a
        # capital mid-sentence is the thing whose field it is)
        and not any(
            w.lower() != thing for w in re.findall(r"(?<=[a-z,] )[A-Z][A-Za-z]*", clause.original)
        )
    )


def _name_before_field(clause: Clause, words: list[str]) -> tuple[Noun, list[str]] | None:
    """ "the Volunteer shirt size", "the CargoShip capacity", "the Cargo Ship capacity": the
    longest run of leading words written mid-sentence with capitals, as one name ("CargoShip")
    or each capitalised, is the entity; the words after it are the field."""
    written = _capitalised_runs(words, clause.original)
    for k in range(len(words) - 1, 0, -1):
        if k in written and (noun := read_noun(" ".join(words[:k]))):
            return noun, words[k:]
    return None


_SPACES = re.compile(r"\s*")
_BOUNDARY = re.compile(r"\b")


def _capitalised_runs(words: list[str], original: str) -> set[int]:
    """Each k for which the first k words are written, capitalised and spaced or not, after a
    lower-case word or a comma and ending a word. Each place the first word is written is read
    on once, word by word: one search per k made a long request take seconds."""
    caps = [w.capitalize() for w in words[:-1]]
    # (a run longer than a name may be is no name written in full: the words a class name can
    # hold bound the run, and the nouns read from it)
    while caps and len("".join(caps)) > MAX_NAME_LENGTH:
        caps.pop()
    found: set[int] = set()
    if not caps:
        return found
    for start in re.finditer(rf"(?<=[a-z,] ){re.escape(caps[0])}", original):
        at = start.end()
        for k, cap in enumerate(caps, 1):
            if k > 1:
                gap = _SPACES.match(original, at).end()  # type: ignore[union-attr]
                if not original.startswith(cap, gap):
                    break
                at = gap + len(cap)
            if _BOUNDARY.match(original, at):
                found.add(k)
    return found


def _modify_named(
    clause: Clause, words: list[str], owner: Noun | None, change: tuple[str, object]
) -> Modify | None:
    owner = owner or (read_noun(clause.topic) if clause.topic else None)
    names = [a.name for a in read_fields(" ".join(words)).attributes]
    if not names or any(n.startswith(("the_", "fields")) for n in names):
        return None
    key, value = change
    if key == "type":
        changes = tuple(Change(n, type=value) for n in names)  # type: ignore[arg-type]
    else:
        changes = tuple(Change(n, required=bool(value)) for n in names)
    return Modify(owner, changes, clause.segment)


# --- change wording -----------------------------------------------------------------------------
# People say a change in many word orders; these rewrite one clause into the order the readers
# above know ("add F to X", "remove F from X", "F on X should be optional"), by mechanism (the
# verb, where it sits, where the entity is named), never by request. What a rewrite cuts off
# (a reason, "the council voted on it") is returned so it stays a business rule.
_CHANGE_VERB = (
    r"add|include|put|insert|append|remove|delete|drop|rename|change|make|get rid of|erase"
    r"|take out|take off|record|store|track"
)
_LEAD_TO = re.compile(rf"^to\s+(?=(?:{_CHANGE_VERB})\b)")  # "please to remove …"
_WISH_THAT = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:really\s+)?(?:like|want|prefer|wish|would prefer|need)\s+"
    r"(?:that|if)\s+(?!you\b)|^(?:i|we)\s+(?:would\s+)?(?:need|want|like)\s+that\s+you\s+"
    r"(?=(?:add|remove|delete|drop|rename|make|change|put)\b)"
    r"|^(?:is it|would it be|it is|it would be)\s+possible\s+(?:that|for)\s+(?!you\b)"
    # ("make that field a whole number" points at a field: no wish follows)
    r"|^make\s+(?:it\s+)?(?:that(?!\s+(?:field|column|one)\b)|so that|so)\s+"
)
# Inside a wish, "the price is a decimal" says what it should be
_WISHED_STATE = re.compile(
    rf"^(?P<x>(?:the|a|an)\s.+?)\s+(?:is|are|becomes?)\s+(?:an?\s+)?(?P<to>{_REQ}|{_TYPES})$"
)
# and "the fax field is taken off the clients" that it should go
_WISHED_GONE = re.compile(
    r"^(?P<x>(?:the|a|an)\s.+?)\s+(?:is|are|gets?)\s+"
    r"(?=(?:removed|deleted|dropped|taken\s+(?:off|out|away))\b)"
)
# "After the audit, …", "Following our meeting, …": when or why, said before the change
_OCCASION = re.compile(
    r"^(?:after|following|since|because of|due to|as per|per)\s+(?:the|our|a|this|last|my)\s+"
    r"[a-z]+(?:\s[a-z]+)?\s*,\s*"
    # "we moved to flat fees so rate per word can go": what we switched to, then the change
    r"|^(?:we|they|i|the\s+[a-z]+(?:\s[a-z]+)?)\s+(?:have\s+|has\s+)?(?:moved|switched|changed"
    r"|migrated|went)\s+(?:over\s+)?to\s+[a-z][a-z ]{0,40}?\s*,?\s+so\s+(?:that\s+)?"
    r"(?!(?:we|i|they|you|people|it)\s)"
)
# "the legal team wants the notes on contracts removed"
_THEY_WANT_DONE = re.compile(
    r"^(?:i|we|(?:the|our)\s+(?:[a-z]+\s+){1,2}?)\s*(?:would\s+)?(?:wants?|needs?|like"
    r"|asked for)\s+"
    r"(?P<x>.+?)\s+(?P<done>removed|deleted|dropped|renamed|taken off|taken out of|taken out"
    # "the accountant wants the sold date recorded as well": kept too, said as done
    r"|(?:recorded|tracked|stored|captured|logged|added)(?=\s+(?:as well|too)\b))"
    r"(?=\s|$)(?P<y>.*)$"
)
_AGAIN = re.compile(r"\s+again$")
# "I want phone on reservations to be required again"
_WANT_X_ON_TO_BE = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:want|like|need)\s+"
    r"(?P<x>[a-z][a-z\"' ]{0,60}?\s+(?:on|of|for|in)\s+[a-z][a-z-]*(?:\s[a-z-]+)?)\s+(?:to\s+"
    r"(?:be|become)|(?:changed|converted|switched|turned|made)(?:\s+(?:to|into))?)\s+"
    r"(?:an?\s+)?(?P<y>.+)$"
)  # "I want depth on Well changed to float": what it should be, said with the change done
# "I want both teachers and students to have an emergency phone"
# "I want Kiln and Studio to both have a fired at date", "we want Kiln to have a glaze flag":
# wanting named entities to have a field adds it (a new entity is asked for with its fields,
# "I want to track kilns with …"); one entity counts only when written as a name (a capital)
_WANT_BOTH_TO_HAVE = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:want|like|need)\s+(?P<x>both\s+.+?\s+and\s+.+?)\s+to\s+"
    r"(?:also\s+)?(?:have|get|keep)\s+(?P<f>.+)$"
    r"|^(?P<x2>(?:the\s+)?[a-z][a-z-]*(?:\s+and\s+(?:the\s+)?[a-z][a-z-]*)*)\s+"
    r"(?:(?:both|all|also|each|now)\s+)*(?:have|get|gain|carry)\s+"
    r"(?P<f2>(?:an?|the|some|one|two)\s.+)$"
)
# Openings that set the scene and say nothing about the data
_SCENE = re.compile(
    r"^(?:kindly\s+)?do the needful(?:\s+and)?\s+"
    r"|^(?:in|on|for)\s+(?:the|our|my)\s+(?:app|application|system|database|tool|software"
    r"|program)(?:\s+(?:of|for|on)\s+(?:(?:the|our|my)\s+)?[a-z]+)?\s*,?\s+(?=the\s)"
    # "in our bike shop the Product needs …", "for our Brauerei (brewery) the Beer entity …":
    # the writer's own business (one place, named in the singular, perhaps explained in
    # brackets) before a sentence that asks a change of its own subject ("in our city the
    # fares have paise" says how things are there)
    # ("in our Kraków hostel the Bed entity has …": a place named in any letters, then a
    # subject marked as an entity, which is the data whatever its verb)
    r"|^(?:in|for|at)\s+(?:our|my)\s+(?P<place>(?:[^\W\d_]|-)+(?:\s(?:[^\W\d_]|-)+){0,2}?)"
    r"(?:\s*\([a-z][a-z ]{0,30}\))?\s*,?\s+"
    r"(?=the\s+[a-z][a-z -]{0,40}?\s(?:needs?|should|must|can|could|has to|have to"
    r"|entity|model|table)\b)"
)


def _scene_out(m: re.Match[str]) -> str:
    """The scene cut off; a place said in the plural ("for our members the …") is the things
    the sentence is about, kept."""
    place = m["place"]
    if place and singular(last := place.split()[-1]) != last:
        return m[0]
    return ""


# "for the construction sites we no longer need F": the place names the entity (a topic)
_SCENE_THEN_EACH = re.compile(
    r"^(?:for|on|in|at|with)\s+(?:the|our|my)\s+[a-z][a-z-]*(?:\s[a-z-]+)?\s+"
    r"(?P<rest>(?:we|i)\s(?=.*\b(?:for|on|of|to)\s+(?:each|every)\s+[a-z]).+)$"
)
# ("in our sailing club we also want the sail number for each dinghy": a sentence that names
# what each thing is kept for has its owner; the place before it is the scene)
_FOR_THE_WE = re.compile(
    r"^(?:for|on|in|at|with)\s+(?:the|our|all the|all our)\s+(?P<t>[a-z][a-z-]*(?:\s[a-z-]+)?)\s+"
    r"(?P<rest>(?:we|i)\s(?!.*\b(?:for|on|of|to)\s+(?:each|every)\s+[a-z]).+)$"
)
# "change Kennel so the run is optional": the thing changed, then "so" and the field's new
# state; read as "on Kennel, the run is optional" (the thing named as an entity: a capital or
# "entity" after it, so "change the form so …" stays unread)
_CHANGE_THING_SO = re.compile(
    r"^(?:change|update|modify|adjust|fix|alter)\s+(?:the\s+)?(?P<t>[a-z][a-z-]*)"
    r"(?P<marked>\s+(?:entity|table|model))?\s+so\s+(?:that\s+)?(?P<rest>[a-z].+)$"
)
# "we could also record F on patients" (after "the manager asked whether …")
_COULD_RECORD_ON = re.compile(
    r"^(?:we|you|i)\s+(?:could|can|should|might)\s+(?:also\s+)?(?:record|store|track|keep|have"
    r"|add|capture|save)\s+(?P<f>.+?)\s+(?:on|for|to|in)\s+(?:the\s+|all\s+|each\s+|every\s+"
    r"|our\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z-]+)?)$"
)
# "we dont use fax anymore drop it from suppliers", "we do need fax on suppliers again add it
# back": the field is said first, then the change points back at it
_IT_AFTER = re.compile(
    r"^(?P<a>(?:we|i)\s.+?)\s*,?\s+(?:so\s+)?(?:please\s+)?(?P<v>drop|remove|delete|get rid of"
    r"|add|put|include)\s+(?:it|them|those)(?:\s+back)?(?:\s+(?:from|on|in|to)\s+(?P<e>.+?))?"
    r"(?:\s+(?:please|too|again))*$"
)
# ("… want to put them in …": "to" starts the verb said after the wish, it names no field)
_SAID_FIELD = re.compile(
    r"\b(?:use|need|want|have|track|store)\s+(?P<f>(?!to\b).+?)(?:\s+(?:on|for|in)\s+"
    r"(?P<e>[a-z][a-z -]*?))?(?:\s+(?:anymore|any more|any longer|again|too|back))*$"
)
# "take those two off", "get them out", "take that field out"
_TAKE_THEM_OFF = re.compile(
    r"^(?:take|get|leave)\s+(?:those two|these two|those|these|them|it|both"
    r"|(?P<one>(?:that|this)\s+(?:field|column)))\s+(?:off|out)"
    r"(?:\s+please)?$"
)
# "Sample => Specimen (entity rename)", "qty => quantity (field rename on OrderLine)"; a
# developer's model is the entity ("Kiln -> Oven (rename model)")
_ARROW_NOTE = re.compile(
    r"^(?P<a>[a-z][a-z_ ]*?)\s*(?:=>|->|→|⇒)\s*(?P<b>[a-z][a-z_ ]*?)\s*\("
    r"(?:(?P<what>entity|table|model|field|column)?\s*(?:rename|renamed|renaming)(?:\s+(?:the\s+)?(?P<what2>entity|table|model"
    r"|field|column))?"
    r"(?:\s+(?:on|in|of)\s+(?P<e>[a-z][a-z ]*?))?"
    # "Artikel => Article (only the entity name)", "(the entity)", "(entity name only)": the note
    # says which name is changed
    r"|(?:only\s+|just\s+)?(?:the\s+)?(?P<what3>entity|table|model)(?:'s)?(?:\s+name)?"
    r"(?:\s+only)?)"
    # "(entity rename pls)", "(the entity, not a field)": a plea or the field ruled out after it
    r"(?:\s*,?\s*(?:please|pls|plz|not\s+(?:a\s+|the\s+)?(?:field|column)))?\s*,?\s*\)$"
)
# "Is that possible?", "can you change that?", "please revert if any doubts": asks for nothing
_ACKNOWLEDGE = re.compile(
    r"^(?:is that (?:possible|ok|okay|doable|fine)|would that be (?:possible|ok|okay|doable)"
    r"|(?:can|could) you (?:do|change|fix|handle) (?:that|this|it)|(?:can|could) (?:that|this|it)"
    r" be done|(?:please\s+)?revert if (?:any|you have any) (?:doubts?|questions?)|nothing fancy"
    r"|change that|do that|sorry for the back and forth|cheers|do the needful"
    r"|thank(?:s| you)(?: (?:in advance|a lot|so much|very much))?"
    r"|(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|hi there|hello there)$"
)
_AFTERTHOUGHT = re.compile(
    r"^(?:thinking about it(?: more| again)?|on second thought|come to think of it|now that i"
    r" think about it|one more thing|one last thing|last thing|also|oh and|and also"
    r"|from now on|going forward|starting today|as of today)\s*[,:—-]?\s+"
)
_TOLD_ME = re.compile(
    r"^(?:[a-z]+\s+){1,3}?(?:(?:just|also|recently|finally|already|now|again)\s+)?"
    r"(?:(?:told|tells|asked|reminded|said to)\s+(?:me|us)|mentioned|said"
    r"|says|noted|pointed out|wrote)\s+"
    r"(?:(?:this|last|yesterday|today)\s*[a-z]*\s+)?(?:that\s+)?(?=(?:they|we|the|each|every)\b)"
)
# "The inspector says chlorine level on PoolCheck has to be a decimal": who asked for the
# change, before it (a person said with an article, then a verb of saying)
_SOMEONE_SAYS = re.compile(
    r"^(?:the|my|our|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:says|said|insists|thinks"
    r"|reckons|tells me|told me|tells us|told us)\s+(?:that\s+)?(?=[a-z])"
)
# "the pharmacy team want to record a code on Prescription": who wants the change, then it
_SOMEONE_WANTS_TO = re.compile(
    r"^(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:would\s+like|wants?|needs?|have asked|asked)"
    r"\s+(?:us\s+|you\s+)?to\s+(?:also\s+)?"
    r"(?=(?:add|record|store|track|include|remove|delete|drop|rename|make)\s)"
)
# "the surgeons asked me whether it is possible to add F to X", "I was wondering if we could
# drop F": whether a change can be made, asked of the reader, asks for it
_WHETHER_POSSIBLE = re.compile(
    # ("Following our meeting on Thursday, the surgeons asked …": when they asked is talk)
    r"^(?:(?:following|after)\s[^,]{1,60},\s+)?(?:[a-z]+\s+){0,4}?(?:asked|asks|wondered|wonders|(?:was|were|am|are)\s+wondering"
    r"|would like to know|wants? to know|wanted to know)\s+(?:(?:me|us|you)\s+)?(?:whether|if)\s+"
    r"(?:(?:it is|it's|it would be|it'd be)\s+(?:possible|ok|okay|feasible)\s+to"
    r"|(?:we|you)\s+(?:could|can)(?:\s+please)?)\s+"
    r"(?=(?:add|record|store|track|include|remove|delete|drop|rename|make)\s)"
)
# "the missus wants a deposit paid flag on the Booking", "my partner would like a colour on
# Kayak": what someone else wants on a thing is asked for as "we want" asks it
_SOMEONE_WANTS_A = re.compile(
    r"^(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:would\s+like|wants|needs|asked for)\s+"
    r"(?=(?:a|an|some)\s[a-z][a-z -]{0,40}?\s(?:on|for|to)\s+(?:the\s+|each\s+|every\s+)?"
    r"[a-z][a-z-]*(?:\s[a-z][a-z-]*)?$)"
)
# "add to the Book a field for the language", "remove from the Supplier the field fax"
_DESTINATION_FIRST = re.compile(
    r"^(?P<v>add|include|put|insert|append|give|remove|delete|drop|erase|get rid of|take out)\s+"
    r"(?:also\s+)?(?P<p>to|into|onto|on|in|for|from|off|out of)\s+"
    r"(?:the\s+|each\s+|every\s+|all\s+|our\s+|both\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s(?:and\s+(?:the\s+)?)?[a-z][a-z-]*){0,3}?)"
    r"(?:\s+(?:entity|entities|table|model))?\s*,?\s+"
    r"(?P<w>(?:the|a|an|some|new|two|three|whether|its|their|field|fields|column|columns|one"
    r"|also)\b.+)$"
)
# "From the Volunteer entity please remove shoe size and hoodie size": the owner said first,
# with no comma before the removal (an entity marked as one, or a single word)
_FROM_OWNER_FIRST = re.compile(
    r"^from\s+(?:the\s+|each\s+|every\s+|our\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?\s+"
    r"(?:entity|table|model)|[a-z][a-z-]*)\s+(?P<v>remove|delete|drop|erase|get rid of)\s+"
    r"(?P<w>[a-z].+)$"
)
# "rename in the Book the field subtitle to tagline"
_RENAME_IN_FIRST = re.compile(
    r"^rename\s+(?:in|on|for|inside)\s+(?:the\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)??)\s+"
    r"(?P<w>(?:the\s+)?(?:field|column|attribute)\s+.+?\s+(?:to|into|as)\s+.+)$"
)
# "a field for the language", "the field fax", "a new column called notes" → the field's words
# (the store a column sits in said before it, "a table column", "a db field", says no more)
_COLUMN_OF = r"(?:(?:new|extra|additional)\s+)?(?:(?:table|db|database|sql|data)\s+)?"
_FIELD_NOUN = re.compile(
    rf"\b(?:an?|the|one)\s+{_COLUMN_OF}(?:field|column|attribute)\s+(?:for|called|named|to hold"
    r"|to store|about)?\s*(?:the\s+)?(?!(?:to|from|on|in|of|into|for)\b)(?=[\"'a-z])"
)
_BARE_FIELD_NOUN = re.compile(
    r"^((?:add|include|remove|delete|drop)\s+)(?:new\s+)?(?:fields?|columns?|attributes?"
    # "add the fields timezone and locale", "drop two columns a and b": the plural announces
    # the names that follow, as "add fields …" does
    r"|(?:the|these|those|both|two|three|four)\s+(?:new\s+)?(?:fields|columns|attributes))\s*:?\s+"
    # ("add field name to X" names one field; "add the fields name, type and model" lists
    # "name" first: a comma or "and" after it says so)
    r"(?!(?:to|on|in|of|into|for|from|called|named)\b|name\b(?!\s*(?:,|and\s|&)))(?=[\"'a-z])"
)
_FIELD_FOR = re.compile(
    rf"\b(?:an?|one)\s+{_COLUMN_OF}(?:field|column|attribute)\s+(?:for|called|named|to hold"
    r"|to store)\s+(?:the\s+)?(?=[\"'a-z])"
)
# "the phone of the Customer is not more obligatory", "email should not be required anymore"
_NOT_REQUIRED = re.compile(
    r"^(?P<f>.+?)\s+(?:(?:is|are|should|must|shall|will|has to|have to|needs to|need to|becomes?)"
    r"\s+)?(?:be\s+)?(?:not|no)\s+(?:more\s+|longer\s+)?(?:be\s+)?(?:obligatory|mandatory"
    r"|required|compulsory)(?:\s+(?:anymore|any more|any longer|now))*"
    r"(?:\s+(?:on|for|in)\s+(?P<e>(?:the\s+|all\s+)?[a-z][a-z-]*(?:\s[a-z-]+)?))?$"
)
_OBLIGATORY = re.compile(
    r"\s+(?:(?:should|must|will)\s+)?(?:be|is|are|becomes?)\s+(?:obligatory|compulsory)$"
)
# "must be whole number, not text like now": what it was before says nothing new
_NOT_AS_BEFORE = re.compile(
    # (the new type is a few words: an open run after every "be" read in quadratic time)
    r"^(?P<head>.+?\b(?:be|become)\s+(?:an?\s+)?[a-z]+(?:\s[a-z]+){0,5}?)\s*,?\s+(?:not|instead of"
    r"|rather than)\s+(?:an?\s+)?[a-z]+(?:\s[a-z]+)?(?:\s+(?:like|as)\s+(?:now|before|today))?$"
    # "must be numeric, now is text and we cannot do the average"
    r"|^(?P<head2>.+?\b(?:be|become)\s+(?:an?\s+)?[a-z]+)\s*,?\s+(?:now|currently|today)\s+(?:it\s+)?"
    r"(?:is|are)\s+[a-z]+\b.*$"
)
# "the manager note can go too", "the FertilizerBatch entity is just clutter": a removal
# "… so rate per word can go from TranslationJob": after "so", the field may be said bare, and
# where it goes from is its entity
_CAN_GO = re.compile(
    r"^(?:.+?(?:,\s*|\s+)(?:so|and so|therefore)\s+(?=(?:the|that|this|our)\s"
    r"|(?!(?:we|i|you|they|he|she|it|there)\b)[a-z]+(?:\s+[a-z]+){0,3}\s+(?:can|could|may|should)"
    r"\s))?"
    # ("The fax field shall be removed", "… must be retired and deleted": a requirement's
    # modal, and what else is done to it on the way out; "nothing else may be deleted", "no
    # data may be removed": said of nothing, it keeps things, and a semicolon ends a sentence)
    r"(?!(?:and\s+)?(?:nothing|none|no|not|neither)\b)"
    # ("… can just go": how little is lost says nothing of what goes)
    r"(?P<w>[^;]+?)\s+(?:can|could|may|should|shall|must)\s+(?:also\s+|just\s+|simply\s+)?(?:go"
    # ("… should be taken off the ewes": taken off, out of or away from a thing is removed)
    r"|be\s+(?:[a-z]+ed\s+and\s+)?(?:removed|dropped|deleted|taken(?=\s+(?:off|out|away)\b))"
    r"|go away|disappear|be gone)"
    r"(?:\s+(?:from|off|out of|away from)\s+(?:the\s+|each\s+|every\s+|all\s+)?"
    r"(?P<e>[a-z][a-z -]{0,40}?))?"
    r"(?:\s+(?:too|as well|also|now|honestly|then))*"
    r"(?:,?\s+(?:and|as well as)\s+(?!(?:please\s+)?(?:add|remove|delete|drop|rename|make|change"
    r"|put|include|give)\b)(?P<more>.+?)(?:\s+(?:too|as well|also))?)?$"
)
_USELESS = re.compile(
    r"(?:^|[,;—]\s*(?:so\s+|and\s+|but\s+)?|\s(?:so|and so)\s+)"
    r"(?P<w>(?:the|that|this|our|those|these)\s[^,;—]+?)\s+(?:(?:is|are)\s+(?:just\s+|really\s+"
    r"|completely\s+|totally\s+)?(?:useless|clutter|obsolete|unused|not used|no longer used"
    r"|not more used|not used anymore|never used|redundant|pointless|dead weight"
    r"|not necessary anymore|no longer necessary|not needed anymore|no longer needed)"
    # ("the fax on Supplier never gets used": "gets" is the passive's "is" in speech)
    r"|(?:never|rarely|hardly ever|no longer)\s+(?:ever\s+)?gets?\s+(?:used|filled in|filled out))"
    r"(?:\s+(?:on|for|in)\s+(?P<e>(?:the\s+|all\s+)?[a-z][a-z-]*(?:\s[a-z-]+)?))?"
    r"(?:\s+(?:now|anymore|any more|any longer))*$"
)
# "colour isn't needed on Pigeon anymore", "fax is no longer used for suppliers": a field said
# to be needed no longer on a named place (without the place, or without "anymore" / "no
# longer", "not needed" may only mean optional: asked about)
_NO_LONGER_NEEDED = re.compile(
    r"^(?P<w>(?:(?:the|that|this|our)\s+)?[a-z][a-z ]{0,40}?)\s+(?:is|are)\s+(?:really\s+)?"
    r"(?:not\s+(?:needed|necessary|used|wanted)(?=.*\b(?:anymore|any more|any longer)$)"
    r"|no longer\s+(?:needed|necessary|used|wanted))"
    r"\s+(?:on|for|in)\s+(?P<e>(?:the\s+|all\s+|our\s+)?[a-z][a-z-]*(?:\s[a-z-]+)?)"
    r"(?:\s+(?:now|anymore|any more|any longer))*$"
)
# "I want an email on both Landlord and Tenant": a wish to add onto named entities
_WANT_ON = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:also\s+)?(?:want|like|need)\s+(?P<f>(?:an?|the|some)\s.+?)\s+"
    r"(?:on|to)\s+(?P<e>(?!(?:and|or|but)\b)(?:(?:both|each|every|all|the)\s+)?[a-z][a-z-]*(?:\s(?:and\s+)?[a-z-]+){0,3})$"
    r"|^(?:have|get|keep|store|track)\s+(?P<f2>(?:an?|the|some)\s.+?)\s+(?:on|for|in)\s+"
    r"(?P<e2>(?:each|every|all|all the)\s+[a-z][a-z-]*(?:\s[a-z-]+)?)$"
)
# "I want an app on my phone", "we need a page for the shop": what is wanted is no field
_WANTED_FRAME = re.compile(
    r"\b(?:app|application|system|tool|website|site|page|dashboard|api|service|database|portal"
    r"|program|report|way|place|screen|form)\b|^(?:my|our|your)\b"
)
# "they also need to see the premium amount and the renewal date on each policy"
_NEED_ON_EACH = re.compile(
    r"^(?:they|we|i|people|users|staff|(?:the|our)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:also\s+)?(?:need"
    r"|want|would like|have)\s+to\s+(?:also\s+)?(?:see|have|store|record|track|know|keep|note"
    r"|log|capture)\s+(?P<f>.+?)\s+(?:on|for|of|in)"
    r"\s+(?:each|every|all|all the)\s+(?P<e>[a-z][a-z -]*)$"
)
# "(I want to) also record whether a pet is neutered and its allergies"
_WHETHER_OWNER = re.compile(
    r"^(?:(?:i|we)\s+(?:would like|want|need)\s+to\s+)?(?:also\s+(?:record|store|track|keep"
    r"|capture|save|know)|add|include)\s+(?:also\s+)?whether\s+(?:a|an|the|each|every)\s+"
    r"(?P<e>[a-z][a-z-]*)\s+(?P<v>is|has|was|can)\s+(?P<rest>.+)$"
)
# "the plants in our greenhouse should also have …": where they are is no part of the name
_WHERE_THEY_ARE = re.compile(
    r"^(?P<s>(?:the|our|all|all the)\s+[a-z][a-z-]*)\s+(?:in|at|from)\s+(?:our|my|the)\s+"
    r"[a-z][a-z-]*(?=\s+(?:should|must|need|needs|also|have|has|can|could|will)\b)"
)
# "a due date from next month on": when a change starts is no part of a field
_STARTING = re.compile(
    r"\s+(?:from|starting|as of|beginning)\s+(?:next|this|the)\s+(?:month|week|year|quarter"
    r"|season)(?:\s+on)?\b|\s+from now on\b"
)
# "the field we called site should be called apiary", "what we call officer notes should be
# observations": a field named by what it is called now is that field (the name said)
_WHAT_WE_CALL = re.compile(
    r"^(?:the\s+(?:field|column|attribute)\s+(?:that\s+|which\s+)?|what\s+)"
    r"(?:we|you|i|they)(?:\s+have|'ve)?\s+(?:call|called|named|labelled|labeled)\s+"
    # (only before the name it should have: "the field you called X — we say Y" is talk)
    r"(?=[\"'a-z][^,;—]{0,60}?\s(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+"
    r"(?:really\s+|actually\s+|now\s+)?(?:be|become)\b)"
)
# Changes said the way people complain or prefer, or in a second language's word order; each
# has one reading, so each is said again in the order the change readers know.
# "the field 'notes' in the Fitting we not use it more, please take it out", "the field
# 'nationality' we prefer to call it 'passport country'", "the field fee on TourDate we have it
# like a text, but it is money": the field is said first and pointed back at with "it"
_FIELD_THEN_IT = re.compile(
    r"^(?P<x>the\s+(?:field|column|attribute)\s+[^,]+?)\s+(?:we|i)\s+"
    r"(?:(?:would\s+|really\s+)*(?:prefer|want|like|wish)\s+to\s+(?:call|name)\s+it\s+"
    r"(?:as\s+)?(?P<new>[\"'a-z][^,]*)"
    # ("… we still use it, do not take it out": what is kept is never removed)
    r"|(?P<why>(?:do\s+not|no\s+longer|never|not)\s+(?:use|need|fill)[^,]*?),?\s+(?:so\s+)?"
    r"(?:take it out|remove it|delete it|drop it|get rid of it|take it off)"
    r"|(?:have|had|keep|store|made|set up)\s+it\s+(?:like|as)\s+(?:an?\s+)?(?P<old>"
    + _TYPES
    + r"),?\s+but\s+(?:it|this)\s+(?:is|should be|must be|needs to be|has to be)\s+"
    r"(?P<to>(?:an?\s+)?[a-z][a-z ]{0,20}?))$"
)
# "Honestly the Costume entity could do without the washing instructions field": what a thing
# could do without is taken off it (only a thing marked as an entity: "the kids could do
# without the homework field" says what people could do without)
_DO_WITHOUT = re.compile(
    r"^(?P<e>(?:the\s+|our\s+)?[a-z][a-z -]{0,40}?)\s+(?:could|can|would)\s+"
    r"(?:easily\s+|really\s+|probably\s+|happily\s+|well\s+|just\s+)?do\s+without\s+"
    r"(?P<f>(?:the\s+|its\s+|their\s+|that\s+)?[a-z][a-z -]{0,40}?)$"
)
# "Tour dates no longer need a fee to be filled in": the field stays and may be left empty
# (not "no longer need a fee", which takes it away)
_NO_LONGER_FILLED = re.compile(
    r"^(?P<e>(?:the\s+|our\s+|all\s+)?[a-z][a-z -]{0,40}?)\s+(?:no\s+longer|do\s+not|does\s+not)"
    r"\s+(?:need|have)\s+(?!to\s)(?:an?\s+|the\s+|their\s+|its\s+)?(?P<f>[a-z][a-z -]{0,40}?)\s+"
    r"(?:to\s+be\s+)?(?:filled(?:\s+in|\s+out)?|completed|entered|given|provided)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
_PRONOUNS = frozenset("i we you they he she it this that people everyone nobody".split())
_BE_TYPE_LAST = re.compile(rf"\b(?:be|become)\s+(?:an?\s+)?(?:{_TYPES})$")
# what happened, "so", then the place of the field and what we no longer need there
_SO_ON_WE = re.compile(
    r"^(?:[a-z][a-z ]*?)\s+so\s+(?:on|in|for)\s+(?:the\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z-]+)?)\s*,?\s+"
    r"(?P<we>(?:we|i)\s+(?:do not|no longer|never)\s+(?:need|use|want|track|store)\s+[a-z][a-z ]*?)"
    r"(?:\s+(?:anymore|any more|any longer))?"
    r"(?:\s*,?\s+(?:take it out|remove it|delete it|drop it|get rid of it))?$"
)


def _said_conversationally(text: str) -> str:
    """The change said as a preference, a complaint or in a second language's word order, said
    again as the change readers know it; the text itself when it is none of those."""
    if m := _SO_ON_WE.match(text):
        # "the owner decided tips go in a jar so on Delivery we don't need tip amount anymore"
        return f"{m['we']} on {m['e']}"
    if (old := _NOT_OLD_TYPE.search(text)) and _BE_TYPE_LAST.search(text[: old.start()]):
        text = text[: old.start()]  # "… should be money and not float": the old type is talk
    if m := _FIELD_THEN_IT.match(text):
        if m["new"]:
            return f"rename {m['x']} to {m['new']}"
        if m["why"]:
            return f"remove {m['x']}"
        if type_phrase(m["to"]) not in (None, type_phrase(m["old"])):
            return f"{m['x']} should be {m['to']}"
        return text
    if (m := _DO_WITHOUT.match(text)) and m["e"].split()[-1] not in _PRONOUNS:
        marked = rx(r"\s(?:entity|table|model)$").search(m["e"])
        if marked and not rx(r"\b(?:not|never)\b").search(m["e"]):
            return f"remove {m['f']} from {m['e']}"
        return text
    if (m := _NO_LONGER_FILLED.match(text)) and m["e"].split()[-1] not in _PRONOUNS:
        return f"{m['f']} on {m['e']} should be optional"
    return text


# "add premium amount + renewal date too the policy entity": a misspelt "to"
_TOO_TO = re.compile(r"\s+too\s+(?=(?:the|a|an|each|every|all|both)\s)")
_DOTTED_ANNOTATION = re.compile(rf"^(?P<f>[a-z][a-z_ ]*?)\s*:\s*(?P<to>{_REQ}|{_TYPES})$")
# "Kiosk: opening hours optional", "Kiosk: stall count: string": one field after an entity's
# colon with only a required word or a type annotated after it is that field changing (a new
# entity is written with its fields listed, not with one field's state); "now" before the state
# ("Kiosk: opening hours now optional", "… now a decimal") says the same change
_COLON_STATE = re.compile(
    rf"^(?P<f>[a-z][a-z_ ]{{0,40}}?)(?:\s*:\s*(?P<to>{_REQ}|{_TYPES})"
    rf"|(?:\s+now)?\s+(?P<req>{_REQ})"
    rf"|\s+now\s+(?:an?\s+)?(?P<now>{_TYPES}))(?:\s*\([^()]*\))?$"  # "… (open-ended ones)": why
)
_STATE_VERB = re.compile(r"\b(?:should|must|is|are|be|can|could|will|needs?|has|have)$")
_NEW_NOTE = re.compile(
    r"^(?P<f>[^()]+?)\s*\(\s*new(?:\s+(?:field|fields|column|columns))?\s*"
    r"(?:,\s*(?P<opt>optional|required))?\s*\)$"
)
# "Vehicle gets a new field: colour", "new field on Vehicle: colour"
_TOPIC_NEW_FIELD = re.compile(
    r"^(?P<e>[a-z][a-z ]*?)\s+(?:gets?|needs?|has)\s+(?:a\s+|one\s+|two\s+|some\s+)?(?:new|more"
    r"|extra)\s+fields?$"
    r"|^(?:an?\s+)?(?:new|extra)\s+fields?\s+(?:on|for|in)\s+(?P<e2>[a-z][a-z ]*)$"
)


# (lp60) what a topic's clause says when one of its fields is no longer wanted: "no F needed",
# "no need for (the) F" (a name of up to three words, no verb or clause of its own)
_TOPIC_NO_NEED = re.compile(
    r"no\s+(?P<f>[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,2}?)\s+(?:needed|required|wanted)"
    r"|no\s+(?:more\s+)?need\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<f2>[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,2})"
)


def _written_as_names(names: str, clause: Clause) -> bool:
    """ "I want Swarm and Loft to have …" (simplified to "swarm and loft have …"): a wish that
    names written with a capital have a field; those name entities that are there already
    (not "the app", "users" said in passing)."""
    words = [w for w in rx(r"\s+(?:and\s+)?(?:the\s+)?").split(names) if w and w != "the"]
    if not words:
        return False
    wish = re.search(
        r"\b(?:want|wants|would like|need|needs)\s+(?:the\s+)?"
        + re.escape(words[0])
        + r"\b[^.,;]*?\bto\s+(?:(?:both|all|also|each|now)\s+)*(?:have|get|gain|carry)\b",
        clause.original,
        re.I,
    )
    return wish is not None and all(
        _as_written(w, clause.original)[:1].isupper() and not _is_frame(w) for w in words
    )


def _as_written(word: str, original: str) -> str:
    m = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", original, re.I)
    return m[0] if m else ""


def _topic_says_change(clause: Clause, text: str) -> tuple[Clause, str]:
    """A change said in the topic ("Vehicle gets a new field: colour", "VEHICLE ENTITY:
    DELETE", "Vehicle -> rename to Car")."""
    topic = clause.topic
    if not topic:
        return clause, text
    if m := _TOPIC_NEW_FIELD.match(topic):
        return replace(clause, topic=None), f"add {text} to {m['e'] or m['e2']}"
    # "Swarm calls: delete entirely": a removal of nothing but the whole is of the topic itself
    # (lp60) "Raffle tickets - drop the whole thing", "…: scrap the entire lot": the whole is
    # the topic too (it was read as a field `whole_thing`, accepted)
    whole = (
        r"\s+(?:entirely|completely|altogether|for good|all of (?:it|them)|the lot"
        r"|the (?:whole|entire) (?:thing|lot|table|list))"
    )
    # "IrrigationLog: delete entity": the entity the change names is the topic itself
    # ("Car: remove model" removes the field "model": only the word "entity" names the whole)
    itself = r"\s+(?:the\s+|this\s+|whole\s+|the whole\s+)?entity"
    if re.fullmatch(
        rf"(?:delete|remove|drop|get rid of|scrap|ditch|bin)(?:\s+(?:it|them))?(?:{itself})?"
        rf"(?:{whole})?",
        text,
    ) and (
        rx(r"\b(?:entity|table|model)\b").search(topic)
        or re.search(whole + "$", text)
        or rx(r"\bentity$").search(text)
    ):
        # ("Tool — delete the entity": the mark said after the change names even a frame word
        # as the thing, as "the Tool entity" does)
        mark = " entity" if rx(r"\bentity$").search(text) and not _marked(topic) else ""
        return replace(clause, topic=None), f"remove the {topic}{mark}"
    if m := _TOPIC_NO_NEED.fullmatch(text):
        # (lp60) "Delivery — no tonnage needed", "Kiln: no need for a vent size": under a thing
        # named first, a need denied for one field and nothing else is its removal (without
        # "any more" it was read as nothing and asked)
        return clause, f"remove {m['f'] or m['f2']}"
    if m := re.fullmatch(rf"rename(?:d)?(?P<it>{itself})?\s+(?:to|as|into)\s+(?P<new>.+)", text):
        mark = " entity" if m["it"] and not _marked(topic) else ""
        return replace(clause, topic=None), f"rename {topic}{mark} to {m['new']}"
    if (kind := _RENAME_LABEL.fullmatch(topic)) and (m := _OLD_ARROW_NEW.fullmatch(text)):
        # "entity rename: Kiln -> Oven", "field rename on Van: plate -> registration", "rename
        # entity: Kiln -> Oven": the topic labels the change, the arrow says it
        if (kind["k"] or kind["k2"]) in ("entity", "model", "table"):
            return replace(clause, topic=None), f"rename the {m['old']} entity to {m['new']}"
        owner = replace(clause, topic=kind["e"], topic_sep="on" if kind["e"] else "")
        return owner, f"rename {m['old']} to {m['new']}"
    return clause, text


def _marked(topic: str) -> bool:
    return rx(r"\b(?:entity|table|model)\b").search(topic) is not None


_RENAME_LABEL = re.compile(
    r"(?:(?P<k>entity|model|table|field|column|attribute)\s+(?:rename|renaming|renamed)"
    r"|(?:rename|renaming)\s+(?:the\s+|an?\s+)?(?P<k2>entity|model|table|field|column|attribute))"
    r"(?:\s+(?:on|in|for|of)\s+(?:the\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?))?"
)
_ENTITY_ARROW = re.compile(
    r"(?:the\s+)?(?P<old>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:entity|table|model)\s*"
    r"(?:->|=>|→)\s*(?!(?:one|many|multiple|several|some|each|every|an?|the)\s)"
    r"(?P<new>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?:\s+(?:entity|table|model))?"
)
_OLD_ARROW_NEW = re.compile(
    r"(?:the\s+)?(?P<old>[a-z][a-z_ -]{0,40}?)\s*(?:->|=>|→)\s*(?P<new>[a-z][a-z_ -]{0,40}?)"
)


_MINUS_LIST = re.compile(r"^-\s*[^,]+(?:,\s*-\s*[^,]+)*$")  # "SparePart: - bin, - note"
# ("rename it to pitch name so the new staff stop mixing them up": so, then who it helps)
# ("to site assessment", "to asset tag": "as" is a word of its own, not a name's first letters)
_REASON_TAIL = re.compile(
    r"\s+(?:(?:because|since|as|so that|so we|so i)\b"
    r"|so (?=(?:the|our|my|their|new|people|nobody|no one|everyone|everybody|staff)\s))\s*.+$"
)


_NECESSARY = re.compile(
    r"^(?:it\s+)?(?:is|would be|will be)\s+(?:necessary|needed|important|good|great|nice|helpful"
    r"|useful)\s+to\s+(?=(?:" + _CHANGE_VERB + r")\b)"
)
# "I'd love it if every Customer also had a phone", "it would be great if the phone were optional"
_WOULD_BE_GREAT_IF = re.compile(
    r"^(?:(?:i|we)\s+would\s+(?:love|like|prefer|appreciate)\s+(?:it\s+)?|it\s+would\s+be\s+"
    r"(?:great|nice|good|helpful|useful|cool|awesome|better|ideal)\s+)if\s+"
)
# "we need also the phone for the customers" (the "also" says the customers exist)
_NEED_ALSO_FOR = re.compile(
    r"^(?:we|i)\s+(?:would\s+)?(?:also\s+)?(?:need|want)\s+(?:also\s+)?(?:to\s+(?:have|store|track|keep)"
    r"\s+)?(?P<f>(?:the|a|an)\s.+?)\s+(?:for|on|in|at|to)\s+(?:the|each|every|all|all the|our)\s+"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z-]+)?)$"
)
# "customers can leave the phone empty"
_LEAVE_EMPTY = re.compile(
    r"^(?P<e>[a-z][a-z -]*?)\s+(?:can|may|could|should be able to)\s+leave\s+(?P<f>.+?)\s+"
    r"(?:empty|blank|unset)$"
)
# "I want to be able to leave the notes on an inspection blank", "let staff leave the phone on
# Customer empty": a wish to leave a field of a named thing empty is the same change (the owner
# must be said: "I want to leave the notes blank" names no thing and stays as it was)
_WISH_LEAVE_EMPTY = re.compile(
    r"^(?:(?:i|we)\s+(?:(?:really|just)\s+)?(?:want|need|would like|would love|wish)\s+to"
    r"|(?:please\s+)?(?:let|allow)\s+[a-z]+(?:\s+to)?)\s+"
    r"(?:be\s+able\s+to\s+)?leave\s+(?P<f>(?:the|a|an|its|their)\s+[a-z][a-z ]{0,40}?)\s+"
    r"(?:on|for|in)\s+(?:the\s+|an?\s+|each\s+|every\s+|our\s+|any\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:empty|blank|unset|unfilled)$"
)
# "phone numbers should be optional for customers": the owner said after the change
_OWNER_AFTER = re.compile(
    rf"^(?P<head>.+?\s(?:should|must|can|could|will)\s+(?:now\s+)?be\s+(?:an?\s+)?(?:{_REQ}|{_TYPES}))"
    r"\s+(?:for|on|in)\s+(?:the\s+|all\s+|each\s+|every\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z-]+)?)$"
)
# "the Client entity's new name is Customer", "the new name of the Client entity is Customer"
# (after a colon that opens with talk nobody read as a thing: "… voted on it: the X entity's
# new name is Y" renames X, never a field named after the talk)
_NEW_NAME_IS = re.compile(
    r"^(?:[^:;]*:\s+)?(?:the\s+)?(?:(?P<old>[^:;]+?)(?:'s)?\s+new\s+name"
    r"|new\s+name\s+(?:of|for)\s+(?P<old2>[^:;]+?))\s+(?:is|will be|should be|shall be)\s+"
    r"(?P<new>.+)$"
)
# "change the name of the field qty in quantity" (non-native "in" for "to")
_NAME_IN = re.compile(
    r"^(?P<head>(?:change|update)\s+(?:the\s+)?name\s+of\s+.+?)\s+in\s+(?P<new>[a-z].*)$"
)
# "Remove from Kiln: glaze, cone": the thing said before a colon, the fields it loses after
_REMOVE_FROM_COLON = re.compile(
    # ("drop off point: string" is a field and its type: "off" only after "take")
    r"^(?:(?:remove|delete|drop|get rid of)\s+(?:from|out of)|take\s+(?:off|out of|away from))"
    r"\s+(?:the\s+|each\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)(?:\s+(?:entity|table|model|records?))?"
    r"\s*:\s*(?P<w>[a-z].*)$"
)
_TERSE_MINUS = re.compile(r"^(?P<e>[a-z][a-z -]{0,40}?)\s*-=\s*(?P<f>.+)$")
_DOTTED_REMOVE = re.compile(r"^(?P<f>[a-z][a-z_ ]*?)\s*:\s*(?:remove|delete|drop|gone)$")
# "Supplier.fax -> gone", "fax on Supplier => removed": an arrow to a word of removal points
# at no new name; the field is taken away
_ARROW_GONE = re.compile(
    r"^(?P<f>[a-z][a-z_ ]*?(?:\s+(?:on|from)\s+[a-z][a-z_ ]*?)?)\s*(?:->|=>)\s*"
    r"(?:gone|removed|deleted|dropped|remove|delete|drop)$"
)


def _wanted_done(m: re.Match[str]) -> str:
    """ "we want F removed", "I want F taken off customers", "the team wants X renamed to Y"."""
    if m["done"] == "renamed":
        return f"rename {m['x']}{m['y']}"
    if m["done"].startswith("taken"):
        # ("I want the Donor's home phone taken off.": nothing after it, nothing to take it
        # from but the owner already said; "from" alone was read into the name)
        if not m["y"].strip(" .!?,;"):
            return f"remove {m['x']}{m['y']}"
        return f"remove {m['x']} from{m['y']}"
    if m["done"] in ("recorded", "tracked", "stored", "captured", "logged", "added"):
        return f"also add {m['x']}{rx(r'^ (?:as well|too)').sub('', m['y'])}"
    return f"remove {m['x']}{m['y']}"


_WHERE_KEPT = SYSTEM_WORDS | frozenset(
    "computer computers laptop pc spreadsheet spreadsheets cloud phone tablet".split()
)


def _it_after(text: str) -> str:
    """ "we do not use fax anymore drop it from suppliers" → "remove fax from suppliers"."""
    m = _IT_AFTER.match(text)
    said = _SAID_FIELD.search(m["a"]) if m else None
    if m is None or said is None or not (m["e"] or said["e"]):
        return text
    owner = m["e"] or said["e"]
    if set(rx(r"[a-z]+").findall(owner)) & _WHERE_KEPT:
        return text  # "… I want to put them in the computer": where they go, not a thing
    if m["v"] in ("add", "put", "include"):
        return f"add {said['f']} to {owner}"
    return f"remove {said['f']} from {owner}"


_WE_CAN = re.compile(
    r"^(?:we|you)\s+(?:can|could|should|may)\s+(?:now\s+|just\s+|also\s+|safely\s+)*"
    r"(?=(?:drop|remove|delete|get rid of|add|rename|make|change)\b"
    # "we can take the fax number off Supplier now": taking off is removing too
    r"|take\s.+?\s(?:off|out of|away from)\s)"
)
_NOT_EMPTY = re.compile(
    r"^(?P<f>.+?)\s+(?:(?:must|should|may|can|shall)\s+(?:not|never)|cannot)\s+be\s+(?:empty"
    r"|blank|null|missing|left empty|left blank)"
    r"(?:\s+(?:anymore|any more|any longer|from now on|now|again))?$"  # "… not be empty anymore"
)
_ACCEPTS_EMPTY = re.compile(
    r"^(?P<f>.+?)\s+(?:should|must|can|may|has to)\s+(?:accept|allow)\s+(?:empty|blank|null"
    r"|missing)(?:\s+(?:values?|entries|input))?$"
)


_ASKED_TO = re.compile(
    r"^(?:we|i)\s+(?:have been|were|got|was|am|are|have|had)\s+(?:been\s+)?(?:asked|told)\s+to\s+"
)
# "… - please take it out", "…, you can remove it": the same removal said again
_ECHO = re.compile(
    r"\s*(?:[—-]|,)\s*(?:so\s+)?(?:please\s+|you can\s+|we can\s+|feel free to\s+)?(?:take it out"
    r"|take them out|remove it|remove them|drop it|drop them|delete it|delete them|get rid of it"
    # ("…, please take it off the Room entity": taken off the thing the sentence is about)
    r"|get rid of them|take it off|take them off)"
    r"(?:(?:(?<=off)|\s+(?:from|off))\s+(?!(?:too|as well|please)$)(?:the\s+)?"
    r"(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?:\s+(?:entity|table|model))?)?"
    r"(?:\s+(?:too|as well|please))?$"
)
# 'the field "colour" on cars should be "color"': a quoted new name is a rename
_QUOTED_NEW = re.compile(
    r"^(?P<old>(?:the\s+)?(?:field\s+)?[\"'][^\"']+[\"'](?:\s+field)?"
    r"(?:\s+(?:on|of|in)\s+[a-z][a-z ]*?)?)\s+should\s+(?:really\s+|actually\s+)?"
    # ('"amt" should read "amount due"': what a field's name should read is its new name)
    r"(?:be|become|read|say)\s+(?:called\s+)?[\"'](?P<new>[^\"']+)[\"']$"
)
# "I want the weight of each sheep stored as a decimal"
# "… to be stored as money rather than a whole number": what it was before says nothing new
# "the auditor wants the fee on Invoice stored as a decimal": whoever wants it, it is the change
_STORED_AS = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+)?(?:want|like|need)|(?:the|our|my)\s+(?:[a-z]+\s+){1,2}?"
    r"(?:(?:also|now|really)\s+)?(?:wants|needs|would like|asked for|prefers))\s+"
    r"(?P<x>.+?)\s+(?:to\s+be\s+)?(?:stored"
    r"|kept"
    r"|saved|recorded|held)\s+as\s+(?:an?\s+)?(?P<t>[a-z]+(?:\s[a-z]+)?)"
    r"(?:\s*,?\s+(?:rather than|instead of|not)\s+(?:an?\s+)?[a-z]+(?:\s[a-z]+)?)?$"
)
# "Can you store score as a float instead of an integer?": asked to keep a field as a type,
# against the type it has (said in the request as written: the simplified clause drops it), is
# the change to that type; without the contrast ("store the rating as a float on Review") it
# may add the field. The owner is the thing said with it, or in the talk just before
_STORE_AS = re.compile(
    r"^(?:please\s+)?(?:store|save)\s+(?:the\s+)?(?P<x>[a-z][a-z ]{0,30}?)\s+as\s+"
    r"(?:an?\s+)?(?P<t>" + _TYPES + r")$"
)
_TYPE_CONTRAST = re.compile(
    r"\b(?:instead\s+of|rather\s+than|and\s+not|not)\s+(?:an?\s+)?(?:" + _TYPES + r")\b", re.I
)
_BARE_STORED_AS = re.compile(
    r"^(?P<x>[a-z][a-z ]{0,30}?)\s+(?:stored|kept|saved|held)\s+as\s+(?:an?\s+)?"
    r"(?P<t>[a-z]+(?:\s[a-z]+)?)(?:\s*,?\s+(?:rather than|instead of|not)\s+(?:an?\s+)?"
    r"[a-z]+(?:\s[a-z]+)?)?$"
)
# "barrel capacity decimal not whole number", "Barrel: capacity - decimal, not int": one field
# and a type said tersely against the type it has now is the change to that type (the contrast
# says it is a change; "capacity decimal" alone may be a field to add)
_TERSE_TYPE_NOT = re.compile(
    r"^(?P<x>[a-z][a-z ]{0,40}?)\s*[:,-]?\s+(?:an?\s+)?(?P<t>" + _TYPES + r")\s*,?\s+"
    r"(?:not|instead of|rather than)\s+(?:an?\s+)?(?:" + _TYPES + r")[.!]*$"
)
# "the price field on products should allow decimals"
_ALLOWS_KIND = re.compile(
    r"^(?P<f>.+?)\s+(?:should|must|has to)\s+(?:allow|accept|take|hold|support)\s+"
    r"(?P<t>decimals|integers|whole numbers|numbers|dates|timestamps|booleans)$"
)


# "Could you add a gift wrap option to Order? Just a yes/no, people ask for it.": a type said
# on its own, hedged ("just", "only") or with its article, is the type of the field just
# asked for, as "it should be a yes/no" is; a reason may follow the hedged one
_BARE_TYPE = re.compile(
    r"^(?:(?:just|only|simply)\s+(?P<t>[a-z/ -]+?)(?:\s*[,;]\s+.+)?"
    r"|(?=an?\s)(?P<t2>[a-z/ -]+?))[.!]?$"
)


# "I named my thing Episode but now I think PodcastEpisode is clearer", "my entity is called
# Stuff but it should be called InventoryItem", "my entity name Stuff is a bad name, I should
# call it InventoryItem": the name a thing was given, then the name it should have, is that
# entity renamed (`_story_entity_rename` says when)
_STORY_OLD_NAME = re.compile(
    r"^(?:(?:i|we)\s+(?:named|called)\s+(?:my|our|the)\s+(?:thing|entity|table|model)\s+"
    r"|(?:my|our|the)\s+(?:thing|entity|table|model)\s+(?:is|was)\s+(?:called|named)\s+"
    r"|(?:my|our|the)\s+(?:entity|thing|table|model)(?:'s)?\s+name\s+(?:is\s+)?)"
    r"(?P<old>[a-z]+(?:\s[a-z]+)?)"
    r"(?:\s+is\s+(?:a\s+)?(?:bad|poor|wrong|confusing|unclear|silly|vague)(?:\s+name)?)?"
    r"\s*,?\s+(?:but|and|so)\s+(?:that\s+)?(?:now\s+)?(?:(?:i|we)\s+(?:think|feel|guess)\s+)?"
    r"(?P<ask>(?:it|that)\s+(?:really\s+)?(?:should|must|ought to|needs to)\s+be\s+"
    r"(?:called|named|renamed(?:\s+to)?)\s+"
    r"|(?:i|we)\s+(?:should|want to|would like to|need to)\s+(?:call|name|rename)\s+it"
    r"(?:\s+to)?\s+)?"
    r"(?P<new>[a-z]+(?:\s[a-z]+)?)"
    r"(?P<judged>\s+(?:is|would be|sounds|seems)\s+(?:much\s+)?(?:clearer|better|nicer"
    r"|more accurate|more descriptive|a better name))?\s*[.!]?$"
)


# "Could Incident also get detected_at and resolved_at?": after "get", a participle with "at" or
# "on" that ends a list item is a field's name (when it happened), not "get detected" (passive)
_GET_WHEN_FIELD = re.compile(
    r"\b(?P<get>gets?)\s+(?=[a-z]+ed\s+(?:at|on)\s*(?:,|\band\b|\bor\b|[?.!]|$))"
)


def _story_entity_rename(text: str, clause: Clause) -> str | None:
    """The rename a story of a thing's name asks for, or None: the new name must be asked for
    ("it should be called …") or judged better ("… is clearer"), and written as a name (with a
    capital), so "my entity is called Stuff but it should be simpler" renames nothing."""
    if (m := _STORY_OLD_NAME.match(text)) is None or not (m["ask"] or m["judged"]):
        return None
    words = m["new"].split()
    joined = "".join(w.capitalize() for w in words)
    if not re.search(rf"\b(?:{joined}|{words[0].capitalize()})", clause.original):
        return None
    return f"rename the {m['old']} entity to {m['new']}"


_WANT_IT_CALLED = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+)?(?:want|like|prefer)|(?:i|we)\s+would\s+rather\s+have)\s+"
    r"(?:it|that)\s+(?:to\s+be\s+)?(?:called|named)\s+"
)


# The words some patterns of `_said_otherwise` cannot match without: a verb of keeping "as"
# (`_STORED_AS`, `_BARE_STORED_AS`), the verb of an echoed removal (`_ECHO`), the kinds a field
# is said to allow (`_ALLOWS_KIND`)
_STORED_WORDS = ("stored", "kept", "saved", "recorded", "held")
_ECHO_VERBS = ("remove", "delete", "drop", "take", "get rid")
_KINDS_ALLOWED = ("decimals", "integers", "numbers", "dates", "timestamps", "booleans")


def _said_otherwise(text: str, clause: Clause) -> str:
    """Shapes of a change that name it after the fact, with a wish, or tersely."""
    text = _ASKED_TO.sub("", text)  # "we've been asked to stop storing …"
    # "The Tutor entity, we want it called Mentor": a name wished for "it" is asked for it
    # (after a topic, "Tutor: we want it called Mentor", "it" may be the topic: left asked)
    if clause.topic is None:
        text = _WANT_IT_CALLED.sub("it should be called ", text)
    # (Speed, not meaning: below, a pattern that cannot match without one of a few words runs
    # only where `may_hold` finds one of them; the reading is the same either way.)
    if may_hold(text, *_STORED_WORDS):
        # "the price should be stored as money": how it is stored is what it is
        text = rx(r"\b(be|become)\s+(?:stored|kept|saved|recorded|held)\s+as\s+").sub(r"\1 ", text)
    text = rx(r"^change the (?:spelling|wording|naming)\s*[:,—-]\s*").sub("", text)
    text = rx(r"^also\s+keep track of\s+").sub("also track ", text)  # ("keep track of X" creates)
    echo = _ECHO.search(text) if may_hold(text, *_ECHO_VERBS) else None
    if echo and not echo["ent"] and not rx(r".*\b(?:add|put|include)\b.*").fullmatch(text):
        # (an echo that says where from is read with the removal: `_echo_cut`)
        head = _ECHO.sub("", text)
        if head and not rx(r"^(?:it|them)$").match(head):
            text = head
    if m := _QUOTED_NEW.match(text):
        return f"rename {m['old']} to {m['new']}"
    if (m := _BARE_TYPE.match(text)) and type_phrase(said := m["t"] or m["t2"]) is not None:
        return f"it should be {said}"  # "add a gift wrap flag to Order? Just a yes/no."
    stored = may_hold(text, *_STORED_WORDS)
    if stored and (m := _STORED_AS.match(text)):
        return f"{m['x']} should be {m['t']}"
    if (
        stored
        and (m := _BARE_STORED_AS.match(text))
        and type_phrase(m["t"]) is not None
        and not rx(r"\b(?:is|are|was|were|be|been|being|currently)\b").search(m["x"])
    ):
        # "Expense.amount stored as decimal instead of float": a note of how a field is to be
        # kept, without a copula, is the same change ("is stored as text" says how it is now)
        return f"{m['x']} should be {m['t']}"
    if (
        (m := _STORE_AS.match(text))
        and _TYPE_CONTRAST.search(clause.original)
        and not rx(r"\b(?:is|are|was|were|be|been|it|them|this|that)\b").search(m["x"])
    ):
        return f"{m['x']} should be {m['t']}"
    if (
        may_hold(text, "not", "instead of", "rather than") and (m := _TERSE_TYPE_NOT.match(text))
    ) and not rx(
        # ("make weight float not text": said with a verb of change, the change reads itself)
        r"\b(?:is|are|was|were|be|been|should|must|can|could|will|would|make|set|change"
        r"|convert|switch|turn|update|modify)\b"
    ).search(m["x"]):
        return f"{m['x']} should be {m['t']}"
    if may_hold(text, *_KINDS_ALLOWED) and (m := _ALLOWS_KIND.match(text)):
        kind = {"decimals": "decimal", "integers": "integer", "whole numbers": "whole number",
                "numbers": "number", "dates": "date", "timestamps": "timestamp",
                "booleans": "boolean"}[m["t"]]  # fmt: skip
        return f"{m['f']} should be {kind}"
    text = _WE_CAN.sub("", text)  # "we can drop the room name from sessions"
    text = rx(r"\s+→\s+").sub(" -> ", text)
    text = rx(
        r"^(?P<v>change|update|set|switch|convert)\s+(?:the\s+)?(?P<f>[a-z][a-z ]*?)'s\s+"
        r"(?:data\s+)?type\b"
    ).sub(
        r"\g<v> the type of \g<f>",
        text,
    )
    empty = may_hold(text, "empty", "blank", "null", "missing")
    if empty and (m := _ACCEPTS_EMPTY.match(text)):
        return f"{m['f']} should be optional"
    if empty and (m := _NOT_EMPTY.match(text)):
        return f"{m['f']} should be required"  # "the due date must not be empty"
    if m := rx(
        r"^(?:can|could|may)\s+(?:it|(?:that|this)(?:\s+(?:field|column))?)\s+(?:be|become)\s+(?=\S)"
    ).match(
        text,
    ):
        text = f"it should be {text[m.end() :]}"  # "can it be a decimal instead?"
    text = _it_after(text)
    if m := _COULD_RECORD_ON.match(text):
        return f"add {m['f']} to {m['e']}"
    if m := _TAKE_THEM_OFF.match(text):
        return "remove it" if m["one"] else "remove them"
    if m := _WANT_X_ON_TO_BE.match(text):
        return f"{m['x']} should be {_AGAIN.sub('', m['y'])}"
    if (m := _WANT_BOTH_TO_HAVE.match(text)) and (m["x"] or _written_as_names(m["x2"], clause)):
        return f"add {m['f'] or m['f2']} to {m['x'] or m['x2']}"
    if may_hold(text, "->", "=>", "→", "⇒") and (m := _ARROW_NOTE.match(text)):
        what = m["what"] or m["what2"] or m["what3"]
        if what in ("field", "column"):  # said to be a field: never read as an entity's rename
            return f"rename the {m['a']} field to {m['b']}{' on ' + m['e'] if m['e'] else ''}"
        # "Ferry: home port -> base port (rename)": under an entity's name, a field's rename
        topical = clause.topic_sep in (":", "on") and not rx(
            r"\b(?:renames?|renaming|entity|entities|tables?|models?)\b"
        ).search(clause.topic or ":")
        if m["e"] or (what is None and (clause.topic_sep == "dot" or topical)):
            return f"rename {m['a']} to {m['b']}{' on ' + m['e'] if m['e'] else ''}"
        return f"rename the {m['a']} entity to {m['b']}"
    if m := _NECESSARY.match(text):
        text = text[m.end() :]
    if m := _WOULD_BE_GREAT_IF.match(text):
        text = text[m.end() :]
        text = rx(r"\s+had\s+").sub(" have ", text, count=1)
        text = rx(r"\s+(?:was|were)\s+").sub(" should be ", text, count=1)
    if (m := _NEED_ALSO_FOR.match(text)) and (
        rx(r"\balso\b").search(text[: m.start("f")]) or rx(r"\b(?:too|as well)$").search(text)
    ):
        return f"add {m['f']} to {m['e']}"
    if may_hold(text, "leave") and (m := _LEAVE_EMPTY.match(text)):
        return f"{m['f']} on {m['e']} can be empty"
    if may_hold(text, "get"):
        text = _GET_WHEN_FIELD.sub(lambda m: f"{m['get']} a ", text)
    if renamed := _story_entity_rename(text, clause):
        return renamed
    if may_hold(text, "leave") and (m := _WISH_LEAVE_EMPTY.match(text)):
        return f"{m['f']} on {m['e']} can be empty"
    if may_hold(text, "should", "must", "can", "could", "will") and (m := _OWNER_AFTER.match(text)):
        head = m["head"]
        verb = rx(r"\s(?:should|must|can|could|will)\s").search(head)
        return f"{head[: verb.start()]} on {m['e']}{head[verb.start() :]}" if verb else text
    if may_hold(text, "name") and (m := _NEW_NAME_IS.match(text)):
        return f"rename {m['old'] or m['old2']} to {m['new']}"
    if (m := _NAME_IN.match(text)) and " to " not in text:
        return f"{m['head']} to {m['new']}"
    if m := _TERSE_MINUS.match(text):
        return f"remove {m['f']} from {m['e']}"
    if clause.topic_sep == "dot" and (m := _DOTTED_REMOVE.match(text)):
        return f"remove {m['f']}"
    if may_hold(text, "->", "=>") and (m := _ARROW_GONE.match(text)):
        return f"remove {m['f']}"
    if rx(r"(?:delete|remove|drop)(?:\s+(?:too|as well|please))*").fullmatch(text):
        return "remove it"  # "…, please delete"
    if rx(r"^(?:add|include|put)\b").match(text):
        text = rx(r"(?<=[a-z])\s+2\s+(?=[a-z])").sub(" to ", text)  # "add phone 2 customer"
    return text


# "we do not use more the fax in the company, you can delete the fax from the suppliers"
# "we moved to flat fees so add a flat fee to TranslationJob": what happened, then "so" and
# the ask it led to
_ASK_AFTER = re.compile(
    r"^(?P<pre>.+?),\s+(?:(?:you|we)\s+(?:can|could|may)|(?:can|could)\s+(?:you|we))\s+"
    r"(?P<req>(?:delete|remove|drop|add|rename|make|change|get rid of|put|include)\b.+)$"
    r"|^(?P<pre2>(?:we|i|they|our|the|some|most|all|nobody|no one)\s.+?),?\s+so\s+"
    r"(?:(?:please|pls|kindly|now)\s+)?"
    r"(?P<req2>(?:delete|remove|drop|add|rename|make|change|get rid of|put|include)\s.+)$"
)


def _ask_after_context(text: str) -> tuple[str, str]:
    """The ask after what was said to explain it: the ask, and the explanation."""
    m = _ASK_AFTER.match(text)
    if m and not rx(r"(?:remove|delete|drop|get rid of)\s+(?:it|them)").fullmatch(
        req := m["req"] or m["req2"]
    ):
        return req, m["pre"] or m["pre2"]
    return text, ""


_FOR_THE_X_WE = re.compile(
    r"\b(?:for|on|in|at)\s+(?:the|our|all the|all our)\s+(?P<t>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"\s*,?\s+(?:we|i)\b"
)
_WE_CHANGE = re.compile(
    r"^(?:we|i)\s+(?:would\s+)?(?:no longer|do not|never|(?:[a-z]+\s+){0,3}?also)\b"
)


def _topic_said_before(clause: Clause, text: str) -> Clause:
    """ "For the construction sites we no longer need F": the place said before "we" (which the
    simplified text has lost) is the entity the change is about."""
    if clause.topic is not None or not _WE_CHANGE.match(text):
        return clause
    m = _FOR_THE_X_WE.search(clause.original.lower())
    return replace(clause, topic=m["t"], topic_sep="on") if m else clause


# "add country to the league's players", "add a moulting flag to the centre's falcons": whose
# the things are (the place or group that has them) is said before them; the things, in the
# plural or marked as an entity, are the owner ("to the customer's record", a frame, stays)
_TO_WHOSE_THINGS = re.compile(
    r"^(?P<a>(?:please\s+)?(?:add|include|put|append|insert)\s.+?\s(?:to|on|onto|for)\s+)"
    r"(?:the\s+|our\s+)?[a-z-]+'s\s+(?P<t>(?:[a-z-]+\s)??[a-z-]+)(?P<z>\s+(?:entity|table|model))?"
    r"(?P<end>(?:\s+(?:too|as well|also))?\s*[.!]?)$"
)


# what is kept about someone, never the things they have
_WHOSE_RECORDS = frozenset(
    """record entry row data details info information file profile account page setting card
    form note notes settings history""".split()
)


def _to_whose_things(m: re.Match[str], original: str) -> str:
    """ "add F to the <things>" for "add F to the <whose>'s <things>"."""
    last = m["t"].split()[-1]
    if {last, singular(last)} & (FRAME_NOUNS | _WHOSE_RECORDS):
        return m[0]  # "the student's profiles", "the tenant's files": the person's record
    named = re.search(rf"'s\s+{re.escape(m['t'])}\b", original, re.IGNORECASE)
    if (
        not m["z"]
        and (singular(last) == last or last.endswith("ss"))
        and not (named and named[0][2:].lstrip()[:1].isupper())
    ):
        return m[0]
    return f"{m['a']}the {m['t']}{m['z'] or ''}{m['end']}"


# words that make "X shouldn't have a F" a rule about values, not a field that goes ("Customer
# shouldn't have a negative balance", "… more than three addresses")
_VALUE_WORDS = (
    r"negative|duplicate|duplicated|empty|blank|null|zero|same|more|less|fewer|than|two|three"
    r"|multiple|several|another|second|other|future|past|invalid|expired|overdue|open|active"
)
# "No more fax number on Supplier", "no more promo code field on the Course table": what there
# is to be no more of goes, when it is placed on a thing or marked as a field or a table ("no
# more paper forms, we track inspections" is a story before an ask; "no more than" a limit)
_NO_MORE = re.compile(r"^no\s+more\s+(?!than\b|(?:of|to|for|and|or|then|please)\b)(?P<x>[a-z].*)$")
_NO_MORE_PLACED = re.compile(r"\s(?:on|for|from|in|of)\s|\s(?:field|column|entity|table)$|'s\s")
# "Patient: no blood group", "supplier - no fax": under a thing's name, a field said with "no"
_TOPIC_NO = re.compile(
    r"^no\s+(?!more\b|(?:changes?|longer|need|one|idea|thanks)\b)(?P<x>[a-z][a-z ]*)$"
)
# ("Calibrations are immutable records: no edits after saving" is a rule about the records, a
# sentence before the colon and a time in the "no": no field goes)
_NO_WHEN = re.compile(r"\b(?:after|before|until|unless|once|when|while|if|without|during)\b")


def _names_a_thing(topic: str) -> bool:
    """A heading that names a thing (at most three words, no verb), not a sentence."""
    words = topic.split()
    return len(words) <= 3 and not any(w in _NOT_IN_NOUN_PHRASE for w in words)


# "supplier minus fax": the owner, "minus", and what it loses
_OWNER_MINUS = re.compile(
    r"^(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})\s+minus\s+(?P<f>[a-z][a-z ]*)$"
)
# "Supplier shouldn't have a fax number (any more)", "the Lease entity doesn't need a parking
# bay": a field the owner is to keep no more
_OWNER_SHOULD_NOT_HAVE = re.compile(
    r"^(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)\s+(?:should\s+not|should\s+no\s+longer"
    r"|does\s+not\s+need\s+to|no\s+longer\s+needs?\s+to)\s+(?:have|hold|store|keep)\s+"
    rf"(?:a|an|any|the)\s+(?!(?:{_VALUE_WORDS})\b)(?P<f>[a-z][a-z ]*?)"
    r"(?:\s+(?:anymore|any more|any longer))?$"
)
# "Supplier without fax number from now on": a thing said to be kept without a field from a
# time on (without the time it may describe a new thing: asked)
_OWNER_WITHOUT = re.compile(
    r"^(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)\s+without\s+(?:a\s+|an\s+|the\s+|any\s+)?"
    r"(?P<f>[a-z][a-z ]*?)(?:\s+(?:from now on|going forward|anymore|any more|any longer))?$"
)
# (the time may have been taken off the clause already: it is looked for in the request)
_FROM_NOW_ON = re.compile(r"\b(?:from now on|going forward|any ?more|any longer)\b", re.I)


@lru_cache(maxsize=16)
def _says_from_now_on(original: str) -> bool:
    """(once per request, not once per clause: each clause searched the whole request again)"""
    return bool(_FROM_NOW_ON.search(original))


_GONE_WORD = re.compile(r"^(?:gone|removed|deleted|dropped|not needed|no longer needed|obsolete)$")
_TOPIC_PLACED = re.compile(r"\s(?:on|of|for|from|in)\s")
_PLACED_GONE = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][a-z ]{0,60}?\s(?:on|of|for|from|in)\s[a-z][a-z ]{0,60}?)\s*:\s*"
    r"(?:gone|removed|deleted|dropped|not needed|no longer needed|obsolete)$"
)


def _removal_said_short(text: str, clause: Clause) -> str:
    """A removal said without a verb of removing: "no more F on X", "X: no F", "X minus F",
    "X shouldn't have a F", "X without F from now on", "X table: gone"."""
    if (
        (m := _TOPIC_NO.match(text))
        and clause.topic
        and clause.topic_sep in (":", "-")
        and _names_a_thing(clause.topic)
        and not _NO_WHEN.search(m["x"])
    ):
        return f"remove {m['x']}"
    if (m := _NO_MORE.match(text)) and (
        _NO_MORE_PLACED.search(m["x"]) or clause.topic_sep == "dot"
    ):
        return f"remove {m['x']}"
    m = _OWNER_MINUS.match(text) or _OWNER_SHOULD_NOT_HAVE.match(text)
    if m is None and _says_from_now_on(clause.original):
        m = _OWNER_WITHOUT.match(text)
    if m:
        owner = m["e"]
        if " " not in owner and re.search(rf"\b{re.escape(owner.capitalize())}\b", clause.original):
            owner = f"the {owner} entity"  # "Server minus rack position": written as a name
        return f"remove {m['f']} from {owner}"
    if clause.topic is None and (m := _PLACED_GONE.match(text)):
        return f"remove {m['x']}"  # "the gift message column on the order record: gone"
    if clause.topic and clause.topic_sep == ":" and _GONE_WORD.match(text):
        if rx(r"\b(?:entity|table|model)$").search(clause.topic):
            return "remove it entirely"  # "Supplier table: gone" (read as the topic's removal)
        if _TOPIC_PLACED.search(clause.topic):
            return f"remove {clause.topic}"  # "the blood group on Patient: gone"
    return text


def reword_change(clause: Clause) -> tuple[Clause, str]:
    """The clause in a word order the change readers know, and any reason cut off it."""
    text = clause.text
    said_before: list[str] = []  # an occasion ("after the audit"): kept as the reason
    for _ in range(2):
        before = text
        text = _LEAD_TO.sub("", text)
        if wish := _WISH_THAT.match(text):
            text = text[wish.end() :]
            text = _WISHED_STATE.sub(lambda m: f"{m['x']} should be {m['to']}", text)
            text = _WISHED_GONE.sub(lambda m: f"{m['x']} should be ", text)
        text = _AFTERTHOUGHT.sub("", text)
        text = rx(r"^if (?:not|so|yes|possible|needed)\s*,?\s+").sub("", text)  # "if not, add one"
        text = _SCENE.sub(_scene_out, text)
        text = rx(r"\b(do|does|did|is|are|can|was|were)nt\b").sub(r"\1 not", text)  # "dont"
        if occasion := _OCCASION.match(text):
            said_before.append(occasion[0].strip(" ,"))
            text = text[occasion.end() :]
        text = _THEY_WANT_DONE.sub(_wanted_done, text)
        text = _TOLD_ME.sub("", text)
        text = _SOMEONE_SAYS.sub("", text)
        text = _SOMEONE_WANTS_TO.sub("", text)
        text = _WHETHER_POSSIBLE.sub("", text)
        text = _SOMEONE_WANTS_A.sub("we want ", text)
        text = _WHERE_THEY_ARE.sub(lambda m: m["s"], text)
        text = _STARTING.sub("", text)
        text = _WHAT_WE_CALL.sub("", text)
        text = _said_conversationally(text)
        if text == before:
            break
    if "'s " in text:
        text = _TO_WHOSE_THINGS.sub(lambda m: _to_whose_things(m, clause.original), text)
    text, after_it = _reason_tail(text)
    if (remark := _REMARK_AFTER_OWNER.match(text)) and _is_remark(remark["r"]):
        text, after_it = remark["ask"], " ".join(r for r in (remark["r"], after_it) if r)
    text, asked_after = _ask_after_context(text)
    if (m := _SHALL_CHANGE.match(text)) and type_phrase(m["to"]) is not None:
        text = f"{m['f']} should be {m['to']}"  # "F on X shall change from a date to a timestamp"
    if m := _REMOVE_FROM_COLON.match(text):
        text = f"remove {m['w']} from {m['e']}"  # "Remove from Kiln: glaze, cone"
    clause = _topic_said_before(clause, text)
    if clause.topic_sep == "->" and _ARROW_NOTE.match(joined := f"{clause.topic} -> {text}"):
        # "Exhibit -> Exhibition (rename entity)": the arrow was taken for a topic's; the note
        # after the new name says it is a rename
        clause, text = replace(clause, topic=None, topic_sep=""), joined
    joined = f"{clause.topic} -> {text}" if clause.topic_sep == "->" else text
    if (m := _ENTITY_ARROW.fullmatch(joined)) and not _TYPE_SAID.fullmatch(m["new"]):
        # "Kiosk entity -> Stall": a thing marked as an entity, an arrow and a bare name is
        # that entity renamed (an arrow to a type, or to "one stall", is no rename)
        clause, text = (
            replace(clause, topic=None, topic_sep=""),
            (f"rename the {m['old']} entity to {m['new']}"),
        )
    text = _said_otherwise(text, clause)
    text = _removal_said_short(text, clause)
    if rx(r"^(?:add|include|put|append|insert)\b").match(text):
        text = _TOO_TO.sub(" to ", text)
    text = _added_after_owner(text, clause.original)
    text = _destination_last(text)
    text = _topic_for_pronoun(text, clause.topic, clause.topic_sep)
    text = _field_noun(text, clause.original)
    text = _required_words(text)
    if clause.topic and (gone := _GONE.match(text)):
        text = f"remove the field {gone['w']}"  # "Booking: song key gone", under its label
    text, before_it = _removal_words(text)
    if rx(r"\b(?:need|needs|have|has|get|gets)\b").search(text):
        text = rx(r"(?<!like)(?<!as)\s+now(?=\s*(?:,|$))").sub("", text)  # "needs F now, and G"
    text = _wish_on(text)
    text = _wish_on_named(clause, text)
    if clause.topic_sep == "dot" and (m := _DOTTED_ANNOTATION.match(text)):
        text = f"{m['f']} -> {m['to']}"  # "Defect.severity: float" names a field that exists
    if (
        clause.topic
        and clause.topic_sep in (":", "dot")  # "Kiosk.opening_hours optional" says it as well
        and (m := _COLON_STATE.match(text))
        and not _STATE_VERB.search(m["f"])  # "Booking: team name should be optional" says it
        and not rx(rf"{_MAKE}\s").match(m["f"])  # "Booking: set the fee as optional" too
    ):
        text = f"{m['f']} -> {m['to'] or m['req'] or m['now']}"
    if clause.topic and clause.topic_sep in (":", "dot") and (m := _NEW_NOTE.match(text)):
        text = f"add {m['f']}{' (' + m['opt'] + ')' if m['opt'] else ''}"  # "X: f (new field)"
    clause, text = _topic_says_change(clause, text)
    if clause.topic and clause.topic_sep == ":" and _MINUS_LIST.match(text):
        text = "remove " + rx(r"(?:^|,\s*)-\s*").sub(", ", text).strip(" ,")
    if clause.topic is None and (m := _SCENE_THEN_EACH.match(text)):
        text = m["rest"]
    if (
        clause.topic is None
        and (m := _CHANGE_THING_SO.match(text))
        and (m["marked"] or re.search(rf"\b{re.escape(m['t'].capitalize())}\b", clause.original))
    ):
        clause, text = replace(clause, topic=m["t"], topic_sep="on"), m["rest"]
    if clause.topic is None and (m := _FOR_THE_WE.match(text)):
        clause = replace(clause, topic=m["t"], topic_sep="on")
        text = _topic_for_pronoun(m["rest"], m["t"], "on")
    text, reason = _rename_tail(text, clause.original)
    reason = " ".join(r for r in (*said_before, asked_after, before_it, reason, after_it) if r)
    return (clause if text == clause.text else replace(clause, text=text)), reason


# "The decision date on Permit shall change from a date to a timestamp", "… shall be changed to
# a decimal": a requirement says the field's new type as the change it asks for (what it was
# before says nothing new)
_SHALL_CHANGE = re.compile(
    r"^(?P<f>(?:the\s+)?[a-z][a-z -]{0,60}?\s+(?:on|of|in)\s+(?:the\s+)?[a-z][a-z -]{0,40}?)\s+"
    r"(?:shall|must|should|will)\s+(?:be\s+changed|change)\s+(?:from\s+(?:an?\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?\s+)?(?:in)?to\s+(?P<to>(?:an?\s+)?[a-z][a-z ]{1,24}?)$"
)


# "can you add booked by to appointments and booked at as well?", "add a start date to each
# site, and the foreman's phone if known": a second field said after the owner, marked as one
# more ("too", "as well") or as a field's ("if known"), is added to the same owner
_ADDED_AFTER_OWNER = re.compile(
    r"^(?P<v>add|include|put)\s+(?P<f>(?!(?:to|on|onto)\s)[^,]+?)\s+(?P<p>to|on|onto)\s+"
    r"(?P<e>(?:(?:the|each|every|all|all the|our)\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"\s*,?\s+and\s+(?:also\s+)?(?P<g>(?:(?:the|a|an)\s+)?[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?)"
    r"\s+(?P<tail>too|as\s+well|if\s+known)$"
)


def _added_after_owner(text: str, original: str) -> str:
    m = _ADDED_AFTER_OWNER.match(text)
    if m is None:
        return text
    g = m["g"].split()
    head = g[-1].removesuffix("'s")
    if (
        singular(head) != head  # "… to kayaks and canoes too": a second owner
        or any(_as_written(w, original)[:1].isupper() for w in g)  # "… and Canoe too"
        or g[-1] in ("entity", "table", "model", "one", "ones")
        # "… to the kayak and the canoe too": two things, each said with "the"
        or (g[0] == "the" and len(g) == 2 and m["e"].startswith("the "))
    ):
        return text
    known = " if known" if m["tail"].startswith("if") else ""
    return f"{m['v']} {m['f']} and {m['g']}{known} {m['p']} {m['e']}"


def _destination_last(text: str) -> str:
    if m := _DESTINATION_FIRST.match(text):
        if m["v"] in ("add", "include", "put", "insert", "append", "give"):
            # "add to Vessel the fields hull colour and berth number": "the fields" only
            # announces the names that follow
            what = rx(r"^(?:the\s+)?(?:new\s+)?(?:fields|columns|attributes)\s+").sub("", m["w"])
            return f"add {what} to {m['e']}"
        return f"{m['v']} {m['w']} from {m['e']}"
    if m := _RENAME_IN_FIRST.match(text):
        return f"rename {m['w']} on {m['e']}"
    if m := _FROM_OWNER_FIRST.match(text):
        return f"{m['v']} {m['w']} from {m['e']}"
    if (m := _NEED_ON_EACH.match(text)) and not _framed_all(m["f"]):
        return f"add {m['f']} to {m['e']}"
    if m := _WHETHER_OWNER.match(text):
        return f"add whether it {m['v']} {m['rest']} to {m['e']}"
    return text


def _framed_all(f: str) -> bool:
    """ "we want to have a register of all the complaints": a frame wanted around the things,
    which are kept in it, not a field each one has ("the serial of all the valves" is)."""
    words = rx(r"[a-z]+").findall(f)
    return len(words) <= 3 and bool(words) and words[-1] in FRAME_NOUNS


_PRONOUN_SUBJECT = re.compile(
    r"^(?:they|it|each of them|each one|both)\s+(?=(?:also\s+|now\s+)?(?:need|needs|should|must"
    r"|have|has|get|gets|could|can|will)\b)"
)


_WE_NEED = re.compile(
    r"^(?:we|i)\s+(?:would\s+)?(?P<also>also\s+)?(?:need|want|like|would like)\s+"
    r"(?:to\s+(?:also\s+)?(?:store|track|record|keep|have|see|know|save|capture|note|log)\s+"
    r"(?:also\s+)?)?"
    # "we also need shoe size and …": after "also" a field list may start with its name
    r"(?=(?:the|a|an|their|its|whether)\s|(?(also)(?!(?:to|it|them|that|this|those|these|more"
    r"|some|any|you|your)\b)[a-z]|(?!)))"
)


_ADD_TO_PRONOUN = re.compile(
    r"^(?:add|put)\s+(?:to|on|onto|in)\s+(?:them|it|those|these)\s+(?P<f>.+)$"
)
# "Crate: could we also store a weight on it?", "…, please add a colour to them": asked or told,
# F kept on "it" is kept on the thing said first ("it" after "to"/"on" holds F, so it is no
# field of its own)
_KEPT_ON_IT = re.compile(
    r"^(?:(?:could|can|would|will)\s+(?:we|you)\s+|(?:we|i)\s+(?:would\s+like\s+to|want\s+to"
    r"|need\s+to)\s+)?(?:also\s+)?(?:please\s+)?(?:just\s+)?"
    r"(?:add|put|store|keep|record|track|include)\s+(?P<f>.+?)\s+(?:to|on|onto|against)\s+"
    r"(?:it|them|those|these)(?:\s+(?:too|as\s+well|please))?\s*\??$"
)


def _topic_for_pronoun(text: str, topic: str | None, topic_sep: str = "") -> str:
    """ "For the gift cards: they also need F": "they" is the topic; so is the record "we
    also need" F on ("For tickets, we also need the seat row")."""
    if topic and topic_sep in _DASHES and (m := _VERB_IT.match(text)):
        # "The launch date on Experiment — could you rename it to go live date?": the field
        # said first, then the change asked of "it"
        if _FIELD_ON.match(topic):
            return f"{m['v']} {topic}{text[m.end() :]}"
        if whose := _WHOSE_FIELD.match(topic):
            # "Layout's scale - make it text": the field said as its thing's, the same
            return f"{m['v']} {whose['f']} on {whose['x']}{text[m.end() :]}"
    if topic and (m := _ADD_TO_PRONOUN.match(text) or _KEPT_ON_IT.match(text)):
        return f"add {m['f']} to {topic}"  # "the tutors, please add to them the fee"
    if topic and (m := _PRONOUN_SUBJECT.match(text)):
        if m[0].strip() == "it" and topic_sep == "dot":
            return text  # "Cask.capacity is a string, it should be …": "it" is the field
        if (
            m[0].strip() == "it"
            and _ENTITY_MARK.search(topic)
            and (typed := _IT_TYPED.match(text))
            and type_phrase(typed["t"]) is not None
        ):
            # "In the Tournament entity the fee is stored as a float; it should be money": a
            # thing is never a type, so "it" is the field said before, not the entity
            return text
        if m[0].strip() == "it" and _IT_STATE.match(text):
            # (lz63) "On Callback, the job reference — we often lack it, so it needs to be
            # allowed to be empty": a thing is never optional, so "it" is the field said
            # before (it made a field named after the entity optional, accepted)
            return text
        return f"{topic} {text[m.end() :]}"
    if topic and (m := _WE_NEED.match(text)) and rx(r"\balso\b").search(m[0]):
        return f"{topic} also need {text[m.end() :]}"
    if topic and (m := _WE_ALSO_NEED_BARE.match(text)):
        # "for the divers we also need emergency contact name and …": said without articles
        return f"{topic} also need {text[m.end() :]}"
    return text


_WHOSE_FIELD = re.compile(
    r"^(?:the\s+)?(?P<x>[a-z][a-z-]*)'s\s+(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3})$"
)
_IT_TYPED = re.compile(
    r"^it\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:be|become)\s+(?:an?\s+)?"
    r"(?P<t>[a-z]+(?:[ /][a-z]+)?)(?:\s+(?:instead|now|please))*$"
)
_DASHES = ("—", "–", "-", ":")
_FIELD_ON = re.compile(
    r"^(?:the\s+)?[a-z][a-z ]{0,30}?\s+(?:on|of|in|for)\s+(?:the\s+|each\s+|every\s+|an?\s+)?"
    r"[a-z][a-z-]*(?:\s+(?:entity|table|model))?$"
    # "The column 'strength' on Medicine —", "the `url` field on the Webhook table:": the
    # field named as written, quoted, with the word that says it is one
    r"|^(?:the\s+)?(?:(?:field|column|attribute)\s+)?[\"'`][a-z][a-z _]{0,30}[\"'`]"
    r"(?:\s+(?:field|column|attribute))?\s+(?:on|of|in|for)\s+(?:the\s+|each\s+|every\s+|an?\s+)?"
    r"[a-z][a-z-]*(?:\s+(?:entity|table|model))?$"
)
_VERB_IT = re.compile(
    r"^(?P<v>rename|make|change|set|convert|switch|remove|delete|drop|call)\s+"
    r"(?:it|that field|this field)(?=\s|$)"
)
_WE_ALSO_NEED_BARE = re.compile(
    r"^(?:we|i)\s+(?:would\s+)?also\s+(?:need|want|like|would like)\s+"
    r"(?!(?:to|it|them|that|this|some|something|more|help)\b)(?=[a-z])"
)


# "a text field for notes", "an integer column for the floor": the type said before the word
# for a field, and the name after "for" (read as "notes (text)")
_TYPED_FIELD_FOR = re.compile(
    rf"\b(?:an?|one)\s+(?:new\s+)?(?P<t>{TYPE_ALTERNATION})\s+(?:field|column|attribute)\s+"
    r"for\s+(?:the\s+)?(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)"
    r"(?=\s+(?:to|on|in|and)\s|\s*[,;]|\s*$)"
)


@lru_cache(maxsize=16)
def _field_first_names(original: str) -> frozenset[str]:
    """The words after "Field" opening a capitalised name ("Field Visit"), once per request."""
    return frozenset(w.lower() for w in rx(r"\bField\s+([A-Z][a-z]+)\b").findall(original))


def _field_noun(text: str, original: str = "") -> str:
    text = _TYPED_FIELD_FOR.sub(r"\g<x> (\g<t>)", text)
    if rx(rf"^(?:{_CHANGE_VERB})\b").match(text):
        # "add column notes to X", "add new fields notes and rating": the word for a field
        # right after the verb, with no article, is no part of the field's name
        if not _unnamed_object(text):
            text = _BARE_FIELD_NOUN.sub(r"\1", text)
        named = _field_first_names(original)
        # "… to the Field Visit entity": "Field" written as the first word of a capitalised
        # name is a word of that name (a field trip, a field visit), not the word for a field
        return _FIELD_NOUN.sub(
            lambda m: m[0] if text[m.end() :].split(" ", 1)[0] in named else "", text
        )
    # "the customers need also a field for the birthday": a field named by what it holds
    return _FIELD_FOR.sub("", text)


def _unnamed_object(text: str) -> bool:
    """ "add the new fields Ana asked for to Booking": the fields are pointed at, not named, so
    the words after "fields" are who asked, never the fields' names."""
    what = rx(r"^\S+\s+").sub("", text)
    place = rx(r"\s+(?:to|on|from|in|into|onto|for)\s+(?:the\s+)?[a-z][a-z -]*$").sub("", what)
    return names_no_field(what) or names_no_field(place)


def _required_words(text: str) -> str:
    if m := _NOT_REQUIRED.match(text):
        if m["e"] and not m["f"].startswith(("the ", "a ", "an ")) and " for " in m[0][-60:]:
            return text  # "login is not required for guests": a rule, not a field of Guest
        if rx(r"(?:make|set|mark)\s").match(m["f"]):
            # "make it not required": the state made is "optional" ("make it should be …"
            # was read as nothing)
            return f"{m['f']} optional{' on ' + m['e'] if m['e'] else ''}"
        return f"{m['f']}{' on ' + m['e'] if m['e'] else ''} should be optional"
    if m := _NOT_AS_BEFORE.match(text):
        # ("… should be an integer now, not text": "now" is when, no part of the type)
        return rx(r"\s+now$").sub("", m["head"] or m["head2"])
    return _OBLIGATORY.sub(" should be required", text)


_FIELD_SAID = re.compile(r"^(?:the\s+|that\s+|this\s+)?(?:fields?|columns?|attributes?)\b")


# "The fax field is no longer required on Supplier and shall be removed": why it goes, said
# before the modal, is no part of the field (where it is, "on Supplier", still is)
_DESCRIBED_THEN = re.compile(
    r"^(?P<w>.+?)\s+(?:is|are)\s+(?:now\s+)?(?:no longer (?:required|needed|used)|redundant"
    r"|obsolete|unused|superseded|not (?:required|needed|used))(?P<on>\s+(?:on|for|in)\s+.+?)?"
    r"\s+and$"
)


_FIELD_ONE = re.compile(
    r"^(?P<f>(?:the|that|this)\s+(?!(?:old|new|other|first|second|third|last|current|extra"
    r"|spare|same|previous|next|big|small|only)\s)[a-z-]+(?:\s+[a-z-]+)?)\s+one$"
)


# "Booking: song key gone", "Observation: moon phase - gone": a field said gone, in a note's
# bare words under its thing's label, is removed (a short name only, no comma: a list item is
# never read this way; "the old kiln is gone" is a fact said, with its article and verb, and
# "old kiln gone, remove …" with no label is a reason, never a removal)
_GONE = re.compile(
    r"^(?!(?:the|a|an|our|my|your|their|this|that|it|he|she|they|we)\s)"
    r"(?P<w>[a-z][a-z']*(?:\s[a-z][a-z']*){0,3}?)\s*(?:[-–—:]\s*)?"
    r"(?:now\s+)?gone(?:\s+(?:now|please|pls|too|as well|thanks))*[.!]*$"
)


def _removal_words(text: str) -> tuple[str, str]:
    """The removal, and what was said before it ("we stopped buying …, so the X is clutter")."""
    if m := _CAN_GO.match(text) or _USELESS.search(text) or _NO_LONGER_NEEDED.match(text):
        w = m["w"]
        if m.re is _CAN_GO and (described := _DESCRIBED_THEN.match(w)):
            w = described["w"] + (described["on"] or "")
        # "a stack field and a barn field … so the stack one can go": "one" stands for the
        # field, no part of its name (a name without the article keeps it: "address line one")
        w = _FIELD_ONE.sub(r"\g<f>", w)
        # only a thing called an entity is removed whole: "the toll tag can go" is a field
        said = _ENTITY_MARK.search(w) or _FIELD_SAID.match(w)
        what = w if said else f"the field {w}"
        if m.re is _CAN_GO and m["more"]:  # "the nickname can go, and the badge colour too"
            what = f"{what} and {m['more']}"
        if m.groupdict().get("e"):  # "the room name is useless on sessions", "… can go from X"
            what = f"{what} from {m['e']}"
        return f"remove {what}", text[: m.start()].strip(" ,;—")
    return text, ""


def _wish_on(text: str) -> str:
    """ "I want a VAT number on invoices", "(could we) have a colour on each product"."""
    m = _WANT_ON.match(text)
    if m is None:
        return text
    f, e = m["f"] or m["f2"], m["e"] or m["e2"]
    if _WANTED_FRAME.search(f) or (_WANTED_FRAME.search(e) and not counted_thing(e)):
        return text  # ("a gate code on every site": a site counted is a place kept)
    if rx(r"\b(?:whether|if)\s+(?:it|they|he|she)\s+(?:is|are|was|were)$").search(f):
        return text  # "…, and whether they are on shift": a yes/no field, no place
    if e in _ON_IDIOMS:
        return text  # "we need a parts register: part number, qty on hand": the field's words
    return f"add {f} to {e}"


# "on" and a bare noun that says a state, never a place fields go: "qty on hand", "on loan"
_ON_IDIOMS = frozenset("hand file call duty display loan sale record board".split())


# "On Route we want a hold count", "on the Lesson entity, we'd like a paid flag": a wish said on
# an entity written as a name (with a capital, or marked "entity") adds to that entity
_WE_WANT = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:also\s+)?(?:want|like|need)\s+(?P<f>(?:an?|the|some)\s.+?)$"
)
_ON_NAMED = re.compile(
    r"^on\s+(?:the\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)(?:\s+(?P<mark>entity|table"
    r"|model))?\s*,?\s+(?P<rest>(?:i|we)\s.+)$"
)


def _wish_on_named(clause: Clause, text: str) -> str:
    entity, rest, marked = None, text, False
    if clause.topic and clause.topic_sep == "on":
        entity = rx(r"^(?:the\s+)?").sub("", clause.topic)
        marked = bool(rx(r"\s(?:entity|table|model)$").search(entity))
        entity = rx(r"\s+(?:entity|table|model)$").sub("", entity)
        if not re.search(rf"\bon\s+(?:the\s+)?{re.escape(entity)}\b", clause.original, re.I):
            return text  # "for each Booking we need …" lists what a booking has
    elif m := _ON_NAMED.match(text):
        entity, rest, marked = m["e"], m["rest"], bool(m["mark"])
    if entity is None or not (wish := _WE_WANT.match(rest)):
        return text
    if _is_frame(entity) or _WANTED_FRAME.search(wish["f"]):
        return text
    named = all(_as_written(w, clause.original)[:1].isupper() for w in entity.split())
    if not (marked or named) or rx(r"(?:each|every|all|our|my)\b").match(entity):
        return text  # "on each booking we need the guest name, …" lists what a booking has
    return f"add {wish['f']} to {entity}"


def _rename_tail(text: str, original: str) -> tuple[str, str]:
    """ "rename GarbageBin to WasteContainer the council voted on it": a name written as one
    word (CamelCase) ends there; "… because …" after a rename is its reason."""
    if not text.startswith(("rename ", "we are renaming ", "i am renaming ")):
        return text, ""
    named = rx(
        r"\s(?:to|into|as)\s+(?P<n>[A-Z][a-z0-9]*(?:\s?[A-Z][a-z0-9]*)*)\s+(?P<tail>[a-z].*)$"
    ).search(
        original.strip(" .!?"),
    )
    if (
        named
        and not named["n"].isupper()  # "to EID number": an acronym is a word of the name
        and not rx(rf"{_ON}\b|(?:field|entity|table|column)\b").match(named["tail"])
    ):
        new = named["n"].lower()
        if (at := text.rfind(f" {new} ")) > 0:
            return text[: at + len(new) + 1], text[at + len(new) + 2 :]
    if cut := _said_after_new_name(text):
        return cut
    if r := _REASON_TAIL.search(text):
        return text[: r.start()], text[r.start() :].strip()
    return text, ""


# "rename the Kiln entity to Oven, the potters all say oven", "rename Workshop to Session,
# nobody here says workshop", "… to Adviser, as per the new policy": a name holds no comma,
# so a clause after the new name and a comma is said about the rename (its reason), unless it
# goes on with the request: an owner ("…, on Bike"), a second rename ("…, size to
# dimension"), more names ("…, city and postcode"), a word of the schema or another change
_AFTER_NEW_NAME = re.compile(
    # ("… to grave reference on burials — the funeral directors get confused otherwise": the
    # same clause set off by a dash)
    # ("we are renaming FlyTip to FlyTippingIncident, the team can't stand the short name")
    r"^(?P<ask>(?:rename|(?:we|i)\s+(?:are|am)\s+renaming)\s.+?\s(?:to|into|as)\s+[^,;\u2014\u2013]+?)\s*(?:,|\s[\u2014\u2013-])\s*"
    r"(?P<rest>[a-z'][^,;]*?)[\s.!?]*$"
)
_GOES_ON_WITH_IT = re.compile(
    rf"^(?!(?:in line|in keeping) with\s)(?:{_ON}|and|or|plus|also|then|but|both|at|with|to|its"
    r"|their|please|pls|plz|kindly|can|could|would|will|you|let|lets|let's|do|just)\b"
    r"|\s(?:to|->|=>|into|and|or|&|plus)\s"
    r"|\b(?:entity|entities|table|tables|model|models|field|fields|column|columns|attribute)\b"
)


def _said_after_new_name(text: str) -> tuple[str, str] | None:
    """The rename and the clause said after its new name, or None."""
    m = _AFTER_NEW_NAME.match(text)
    if m is None or len(rest := m["rest"].split()) < 2 or len(rest) > 14:
        return None
    if _GOES_ON_WITH_IT.search(m["rest"]) or _REQUEST_IN_REASON.search(m["rest"]):
        return None
    if rest[0] not in _SAYERS and is_verb(rest[0]):
        return None  # "…, fix the bug": a verb said to the reader is one more ask
    return m["ask"], m["rest"]


# who says or does what a reason reports, though WordNet lists the word as a verb too
_SAYERS = frozenset("people staff folk folks team crew everyone".split())


# --- one clause, two changes -------------------------------------------------------------------
# "remove from the Supplier the field fax and add a website", "Suppliers don't need a fax
# anymore, but they need a website": the second change is a clause of its own.
_SECOND_CHANGE = re.compile(
    r"\s*,?\s+and\s+(?:then\s+)?(?:also\s+)?(?=(?:add|remove|delete|drop|rename|make|change|put"
    r"|include|give|get rid of)\s+(?:a|an|the|it|them|its|their|this|that|those|these|also|both)\b"
    # "… and give teachers a subject field": who is given comes first, then what
    r"|give\s+(?:each\s+|every\s+|all\s+)?[a-z]+\s+(?:a|an|the|their|its)\s)"
    r"|\s*,\s*but\s+(?=(?:they|we|it|he|she|i|you|the|also)\b)"
)


def split_changes(clause: Clause) -> list[Clause]:
    """The clause, or its two changes as two clauses (the second is not a segment's first)."""
    if not rx(rf"^(?:to\s+)?(?:{_CHANGE_VERB}|[a-z]+(?:\s[a-z]+)?\s+(?:do|does) not need)\b").match(
        clause.text
    ):
        return [clause]
    parts = [p.strip() for p in _SECOND_CHANGE.split(clause.text) if p.strip()]
    if len(parts) < 2:
        return [clause]
    return [replace(clause, text=p, first=clause.first and i == 0) for i, p in enumerate(parts)]


# --- a field said before a pronoun -------------------------------------------------------------
# where a field's name said in talk ends: a stop, a dash, or "but", "and", "which" after it
_NAME_ENDS = r"(?=\s*(?:[-–—,.;:!?]|$)|\s+(?:but|and|which|that|where|so)\b)"
# "the fee field on club memberships is text": an owner of two words, said right before the
# sentence's verb, is one thing (its first word alone would name another)
# ("the "block" field on grape deliveries confuses everyone": also before a verb said of
# the people it troubles)
_TWO_WORD_OWNER = (
    r"(?:\s(?!(?:is|are|was|were)\b)[a-z][a-z-]*(?=\s+(?:is|are|was|were)\s"
    r"|\s+[a-z]+(?:es|ed)\s+(?:everyone|everybody|people|us|me|them|staff|users|the|our)\b))?"
)
# "In Booking, the field 'ref' confuses everyone", "On the Kennel entity, the size field
# reads oddly": the thing said first as a place, then the field marked as one (a name
# after "the field" only quoted: "the field trip" is a trip); `_PLACE_FIRST` checks that
# the place is written as an entity's name
_PLACE_FIRST = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:in|on|for)\s+(?:the\s+)?(?P<e>[a-z][a-z-]*(?:\s(?!(?:entity|table"
    r"|model)\b)[a-z][a-z-]*)?)(?P<marked>\s+(?:entity|table|model))?\s*,?\s+the\s+"
    r"(?:(?:field|column|attribute)\s+[\"'`](?P<f>[a-z][a-z ]{0,30}?)[\"'`]|(?!(?:is|are|was"
    r"|were|has|have)\b)(?P<f2>[a-z][a-z ]{0,30}?)\s+(?:field|column|attribute))(?=[\s,.;:!?]|$)"
)
# (lv62) "On CollectionPoint, 'opening hours' confuses people": a name said in quotes right
# after the place is a field of it, quoted as "the field 'ref'" is (the place checked as above)
_PLACE_QUOTED = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:in|on|for)\s+(?:the\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?P<marked>(?!))?\s*,\s*"
    r"[\"'`‘“](?P<f>[a-z][a-z ]{0,30}?)[\"'`’”](?=[\s,.;:!?]|$)"
)
_FIELD_SAID_BEFORE = (
    re.compile(
        r"\bthe\s+[\"']?(?P<f>[a-z][a-z ]{0,30}?)[\"']?\s+(?:field|column|attribute)\s+(?:on|of|in"
        r"|for)\s+(?:the\s+|all\s+|our\s+)?(?P<e>[a-z][a-z-]*" + _TWO_WORD_OWNER + r")\b"
    ),
    # "the field level on Reservoir confuses the night shift": the marker before the name
    re.compile(
        r"\bthe\s+(?:field|column|attribute)\s+[\"']?(?P<f>[a-z][a-z ]{0,30}?)[\"']?\s+(?:on|of|in"
        r"|for)\s+(?:the\s+|all\s+|our\s+)?(?P<e>[a-z][a-z-]*" + _TWO_WORD_OWNER + r")\b"
    ),
    # ("… the consensus is that fraud score on Claim is confusing …": no article after "that")
    re.compile(
        r"(?:\bthe\s+|\bthat\s+(?!the\s))"
        r"(?P<f>[a-z](?:(?!\s(?:is|are|was|were|that)\s)[a-z ]){0,30}?)\s+(?:on|of|in|for)\s+"
        r"(?:the\s+|all\s+|each\s+|every\s+|an?\s+|our\s+)?(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+"
        # ("the origin on a Cheese doesn't always get filled in": said not, or not always)
        r"(?:(?:does not|do not|did not|doesn't|don't|didn't|never)\s+)?"
        r"(?:(?:always|often|usually|ever|really)\s+)?"
        r"(?:is|are|was|were|holds?|has|have|keeps?|stores?|gets?"
        # "the battery type on camera traps tells us nothing", "… means nothing to anyone":
        # what the field (no longer) does for the people who read it
        r"|tells?|means?|adds?|says?|shows?|gives?|does|do|helps?"
        # "the score on Survey turned out to be whole numbers", "… came out as text": what the
        # field proved to be once used is said of it as "is" would be
        r"|(?:came|comes|turned|turns|ended|ends)\s+(?:out|up)"
        r"|(?:seems|seemed|looks|looked|appears|appeared)\s+(?:to\s+be|like)\b)\b"
    ),
    # "… complaining that car registration is compulsory on the Volunteer entity": the field,
    # whether it must be filled in now, then its owner
    re.compile(
        r"(?:\bthat\s+|\bthe\s+)(?P<f>[a-z][a-z ]{0,30}?)\s+(?:is|are)\s+(?:currently\s+"
        r"|still\s+)?(?:compulsory|mandatory|required|optional|not required)\s+(?:on|in|for)\s+"
        r"(?:the\s+|all\s+|our\s+)?(?P<e>[a-z][a-z-]*)(?=\s+(?:entity|table|model)\b|\s*(?:[.;!?,]|$))"
    ),
    # "we never use the piece description on Commission.": the place ends its sentence
    re.compile(
        r"\bthe\s+(?P<f>[a-z][a-z ]{0,30}?)\s+(?:on|of|in|for)\s+(?:the\s+|all\s+|our\s+)?"
        # ("… on drivers for years.": how long is no thing)
        r"(?!(?:years|months|weeks|days|decades|ages|hours|now)\b)"
        # ("the next due date on Vaccination, can we make it optional?": the ask after a comma)
        r"(?P<e>[a-z][a-z-]*)(?=\s*(?:[.;!?]|$|,\s*(?:so|and|please|can|could|would|may)\b)"
        # ("the service charge on Flat — we put it in as …": a dash after it, the topic said)
        r"|\s+[—–-]\s+(?:we|i|they|it|someone)\s)"
    ),
    # "we don't track garment on Alteration anymore", "nobody ever fills in the toxic flag on
    # Mushroom": the field as what is kept (or filled in) no longer, or by nobody
    re.compile(
        r"\b(?:do not|does not|don't|doesn't|dont|never|no longer|stopped|stop"
        # ("we haven't used the pager number on drivers for years": not since, said perfect)
        r"|have not|has not|haven't|hasn't|havent|hasnt"
        # ("we are not using the telex number on Agent since many years": not now, said as
        # going on)
        r"|(?:are|am|is|were|was) not|aren't|isn't|weren't|wasn't|(?:nobody|no one)"
        # ("nobody on the tools ever fills in …", "no one in the office uses …": who, by where)
        r"(?:\s+(?:in|on|at)\s+(?:the\s+)?[a-z]+)?(?:\s+(?:has|had))?"
        # "we're told we shouldn't keep date of birth on Applicant": kept no longer, by a rule
        r"(?:\s+(?:ever|really|actually))?|(?:should|must|may|can)\s*not|shouldn't|mustn't"
        r"|can't)\s+(?:really\s+)?"
        r"(?:use[sd]?|using|track(?:s|ed)?"
        r"|tracking|record|recording|need(?:ed)?|fill(?:s|ed)? in|filling in|keep|keeping|store"
        r"|storing|ask for|asking for|(?:looks?|looked) at|checks?|checked)\s+(?:the\s+)?"
        r"(?P<f>[a-z][a-z ]{0,30}?)\s+"
        r"(?:on|for|in)\s+(?:the\s+|all\s+|our\s+|an?\s+|each\s+|every\s+)?(?P<e>[a-z][a-z-]*"
        # ("the stock notes on feed bins in months": a plural after it ends the thing's name)
        r"(?:\s(?!(?:in|for|since|at|on|as|is|was|so|and|but|because|unless|please|anymore"
        r"|any|ages|years|months|weeks|days|decades)\b)[a-z][a-z-]*s\b)?)\b"
    ),
    # (ma63) "we used to write down the colour of each horse but …, just drop it from Horse":
    # what was kept once and is kept no more ("used to" says so) is what a later "it" drops
    re.compile(
        r"\bused\s+to\s+(?:record|keep|track|log|note|store|collect|ask\s+for|fill\s+in"
        r"|(?:write|jot|take|put)\s+down)\s+(?:the\s+|an?\s+)?(?P<f>[a-z][a-z ]{0,30}?)\s+"
        r"(?:(?:on|for|in)\s+(?:the\s+|all\s+|our\s+|an?\s+|each\s+|every\s+)?"
        r"|of\s+(?:the\s+|all\s+|our\s+|an?\s+|each\s+|every\s+))(?P<e>[a-z][a-z-]*)\b"
    ),
    # "people keep leaving the root cause blank on Postmortem": the field left empty on a thing
    # (a later "let root cause be blank" repeats its name without the thing)
    re.compile(
        r"\b(?:leave|leaves|leaving|left)\s+the\s+(?P<f>[a-z][a-z ]{0,30}?)\s+(?:empty|blank"
        r"|unfilled|unset)\s+(?:on|for|in)\s+(?:the\s+|all\s+|our\s+|an?\s+|each\s+|every\s+)?"
        r"(?P<e>[a-z][a-z-]*)\b"
    ),
    # "the Kiosk entity has a fax number nobody dials", "on the Kiosk entity the rent was set up
    # as text": a thing marked as an entity, then the one field said of it
    re.compile(
        r"\bthe\s+(?P<e>[a-z][a-z-]*)\s+entity\s+(?:has|have)\s+(?:an?\s+|the\s+)?"
        r"(?P<f>[a-z][a-z ]{0,30}?)\s+(?:field\s+)?(?:(?:that|which)\s+)?"
        r"(?:we|i|they|nobody|no one|people)\s"
    ),
    # "Celebrant has a website field we never fill in, …": the same with the thing's name opening
    # the request, the field marked as one ("field", "column")
    re.compile(
        r"^(?!(?:we|i|you|they|it|he|she|nobody|everyone|everybody|someone|one)\s)"
        r"(?P<e>[a-z][a-z-]*)\s+(?:has|have)\s+(?:an?\s+|the\s+|this\s+)"
        r"(?P<f>[a-z][a-z ]{0,30}?)\s+(?:field|column)\s+(?:(?:that|which)\s+)?"
        r"(?:we|i|they|nobody|no one|people)\s"
    ),
    # "On the Device entity the field is just called serial, which confuses people": the name
    # the field is called by is the field, not the word "field"
    re.compile(
        r"\b(?:on|in)\s+the\s+(?P<e>[a-z][a-z-]*)\s+entity\s*,?\s+the\s+(?:field|column)\s+"
        r"(?:is|was|has been|got)\s+(?:just\s+|simply\s+|only\s+)?(?:called|named)\s+"
        r"(?P<f>[a-z][a-z ]{0,30}?)(?=\s*(?:[,.;:!?(]|$)|\s+(?:which|and|but|so)\b)"
    ),
    re.compile(
        r"\bon\s+the\s+(?P<e>[a-z][a-z-]*)\s+entity\s*,?\s+the\s+(?P<f>[a-z][a-z ]{0,30}?)"
        r"\s+(?:field\s+)?(?:is|was|were|has been|got)\s"
    ),
    # "There's a field called fax on the Parent entity.", "there is a parking notes field on
    # Venue": a field said to be there, then the thing it is on
    re.compile(
        r"\bthere(?:\s+is|'s|\s+was)\s+(?:a|an|one|this)\s+(?:(?:field|column|attribute)\s+"
        r"(?:called|named)\s+[\"']?(?P<f>[a-z][a-z ]{0,30}?)[\"']?"
        r"|[\"']?(?P<f2>[a-z][a-z ]{0,30}?)[\"']?\s+(?:field|column|attribute))"
        r"\s+(?:on|in|of|for)\s+(?:the\s+|our\s+|each\s+|every\s+|an?\s+)?"
        r"(?P<e>[a-z][a-z-]*)(?:\s+(?:entity|table|model|records?))?\b"
    ),
    # "on the Ferry entity there's a field called berth code - …", "the Ferry has 'berth code'
    # but …": a field said to be there by its name (marked by "called" or quotes)
    re.compile(
        r"\bon\s+the\s+(?P<e>[a-z][a-z-]*)\s+(?:entity|table|model)\s*,?\s+there(?:\s+is|'s"
        r"|\s+was)\s+(?:a|an|one)\s+(?:field|column|attribute)\s+(?:called|named)\s+[\"']?"
        rf"(?P<f>[a-z][a-z ]{{0,30}}?)[\"']?{_NAME_ENDS}"
    ),
    # "On BoilerService there's a field called pressure reading": the thing named by its own
    # name, no "entity" after it, where the field is
    re.compile(
        r"(?:^|(?<=[.!?]\s))on\s+(?!(?:the|a|an|our|my|this|that)\s)"
        r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)\s*,?\s+there(?:\s+is|'s|\s+was)\s+"
        r"(?:a|an|one)\s+(?:field|column|attribute)\s+(?:called|named)\s+[\"']?"
        rf"(?P<f>[a-z][a-z ]{{0,30}}?)[\"']?{_NAME_ENDS}"
    ),
    re.compile(
        r"\bthe\s+(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:entity\s+|table\s+|thing\s+)?"
        r"(?:has|have)\s+(?:(?:a|an|one)\s+(?:field|column|attribute)\s+(?:called|named)\s+)?"
        rf"[\"'](?P<f>[a-z][a-z ]{{0,30}}?)[\"']{_NAME_ENDS}"
    ),
    # "Berth has daily rate as text, which is silly": the field, said with its type now
    re.compile(
        r"\b(?P<e>[a-z][a-z-]*)\s+(?:has|have|stores?|keeps?|holds?)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?P<f>[a-z][a-z ]{0,30}?)\s+(?:as|stored as|saved as)\s+(?:an?\s+)?(?:text|string|str"
        r"|integer|int|whole number|number|float|decimal|date|bool|boolean|yes/no)\b"
    ),
    # (md64) "I added a crane needed field to Estimate and nobody fills it in", "we put a fax
    # number on Supplier years ago": a field someone once added, told as past work, is what a
    # later "take it out" or "remove it" points at
    re.compile(
        r"\b(?:i|we|you|someone|they)\s+(?:added|put|created|made)\s+(?:an?|the|that|this)\s+"
        r"(?P<f>[a-z][a-z ]{0,30}?)(?:\s+(?:field|column|attribute))?\s+(?:to|on)\s+"
        r"(?:the\s+|our\s+|each\s+|every\s+|all\s+)?(?P<e>[a-z][a-z-]*)"
        r"(?:\s+(?:entity|table|model))?(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|years?|last|a|ages"
        r"|back|when|which|that|so|because)\b)"
    ),
    _PLACE_FIRST,
    _PLACE_QUOTED,
)


def _place_names_entity(text: str, m: re.Match[str]) -> bool:
    """ "In Booking, …", "On the Kennel entity, …": a place said first names an entity when
    it is marked as one, or written with a capital and not a time ("In March", "On Monday")."""
    if m["marked"]:
        return True
    said = text[m.start("e") : m.end("e")]
    if not said[:1].isupper():
        return False  # "in our shop", "in general"
    last = m["e"].split()[-1]
    return first_sense(singular(last)) not in (None, "noun.time")


# a noun's possessive "'s" before the next word ("the borrower's email"): field names drop it
# (README: possessives dropped); "'s" after a pronoun or a wh-word is "is" or "has", kept
_NOUN_POSSESSIVE = re.compile(
    r"(?<![a-z])(?!(?:it|that|what|there|here|who|he|she|where|let|how|this)'s)"
    r"(?P<n>[a-z]+)'s(?=\s+[a-z])",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def field_said_in(text: str) -> tuple[str, Noun] | None:
    """ "… the interest rate on savings accounts is stored as text …" → (interest_rate,
    SavingsAccount): what a later "it" ("Can it be a decimal?") refers to. (Remembered: the
    clauses of one unpunctuated sentence share its text, and each asked it again.)"""
    text = _NOUN_POSSESSIVE.sub(r"\g<n>", text)  # "the borrower's email" names borrower_email
    low = text.lower()
    for pattern in _FIELD_SAID_BEFORE:
        for m in reversed(list(pattern.finditer(low))):
            # "the notes field on DroneInspection" (cleaned to "Drone Inspection"): a
            # capitalised word right after a capitalised name is part of it
            said = m["e"]
            if text[m.start("e") : m.start("e") + 1].isupper() and (
                more := rx(r"(?:\s[A-Z][a-z]+)+").match(text[m.end("e") :])
            ):
                said = f"{said}{more[0].lower()}"
            if pattern in (_PLACE_FIRST, _PLACE_QUOTED) and not _place_names_entity(text, m):
                continue
            owner = read_noun(said)
            field = m["f"] or m.groupdict().get("f2") or ""
            try:
                name = safe_field_name(field)
            except UnsafeName:
                continue
            # "the toxic flag" names the field as a list would ("toxic", a yes/no)
            named = read_fields(field).attributes
            name = named[0].name if len(named) == 1 else name
            if owner is not None and len(field.split()) <= 4:
                return name, owner
    return _marked_field_and_entity(text) or _one_field_in_place(text)


# "a field called shoe size", "the field 'ref'", "the field fax.": a field named as one (a
# bare name after "the field" only when the sentence ends with it: "the field trip went well")
_FIELD_MARKED = re.compile(
    r"\b(?:an?|the|one)\s+(?:field|column|attribute)\s+(?:(?:you|we|i|they)\s+)?"
    r"(?:called|named)\s+[\"'`]?(?P<f>[a-z][a-z ]{0,30}?)[\"'`]?"
    r"(?=\s*(?:[-–—,.;:!?()]|$)|\s+(?:but|and|which|that|where|so|because|on|in|for)\b)"
    r"|\bthe\s+(?:field|column|attribute)\s+(?:[\"'`](?P<f2>[a-z][a-z ]{0,30}?)[\"'`]"
    r"|(?P<f3>[a-z][a-z ]{0,30}?)(?=\s*(?:[.;!?]|$)))"
)
# "the Supplier entity", "our Camper thing", "In Deadline, …": an entity marked as one (a
# schema word after it) or a capitalised name said first as the place of what follows
_ENTITY_MARKED = re.compile(
    r"\b(?i:the|my|our|this|that)\s+(?P<e>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s+"
    r"(?i:entity|table|model|thing|records?)\b"
    # ("so on the Camper i put …": said first, then who did what there)
    r"|(?:^|(?<=[.!?]\s))(?i:(?:so|and|oh|also)\s+)?(?i:in|on)\s+(?i:(?:the|my|our)\s+)?"
    r"(?P<e2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)(?:\s*,|\s+(?=(?:i|we|you|they|there)\s))"
)


def _marked_field_and_entity(text: str) -> tuple[str, Noun] | None:
    """ "In the Supplier entity we still have the field fax." → (fax, Supplier): talk that
    marks one field as a field and one entity as an entity, in whatever order, says what a
    later "take it out" points at. Two of either: nothing (which one is not said)."""
    fields = {m["f"] or m["f2"] or m["f3"] for m in _FIELD_MARKED.finditer(text.lower())}
    owners = {m["e"] or m["e2"] for m in _ENTITY_MARKED.finditer(text)}
    if len(fields) != 1 or len(owners) != 1:
        return None
    field, said = fields.pop().strip(), owners.pop()
    if len(field.split()) > 4 or said.split()[0].lower() in TIME_NAMES:
        return None
    try:
        name = safe_field_name(field)
    except UnsafeName:
        return None
    owner = read_noun(said.lower())
    return (name, replace(owner, explicit=True)) if owner is not None else None


# A field's place said before the field ("On the Hive, queen age is required", "in the kilns
# the firing temperature is text", "so on the trailers, axle count — …"), the field said with
# its place and who set it up ("the deposit in Rental Contract we made an integer"), or a thing
# said to have a field ("the Forklift has a pager number field"): the shapes English uses to
# name one field and its owner, whatever is said of it after
_PLACE_THEN_FIELD = re.compile(
    r"(?:^|(?<=[.!?:,;]\s)|\b(?:so|and|oh|also|but|question:?)\s+)(?:in|on|for)\s+"
    r"(?P<det>(?:the|my|our|a|an|each|every|all)\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?P<marked>\s+(?:entity|table|model|thing|records?))?"
    r"(?:(?:\s*,\s*(?:the\s+)?|\s+the\s+)"
    r"(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+(?:is|are|was|were|[—–-])(?=\s)"
    # ("on the Sighting table I made count a float": the field as what was made a type)
    r"|\s*,?\s+(?:we|i)\s+(?:made|set up|set|put|stored|saved|entered|typed|created|defined)\s+"
    rf"(?:the\s+)?(?P<f2>[a-z][a-z-]*(?:\s[a-z][a-z-]*){{0,3}}?)\s+(?:as\s+(?:an?\s+)?|an?\s+)"
    rf"(?:{TYPE_ALTERNATION})\b)"
)
_FIELD_IN_PLACE_WE = re.compile(
    r"\bthe\s+(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+(?:in|on)\s+(?P<det>the\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?P<marked>\s+(?:entity|table|model|thing))?\s+"
    r"(?:we|i)\s+(?:made|set up|set|put|stored|saved|entered|typed|created|defined)\b"
)
_THING_HAS_FIELD = re.compile(
    r"\bthe\s+(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?P<marked>\s+(?:entity|table|model))?\s+"
    r"(?:has|have|had)\s+(?P<det>)(?:an?|one)\s+(?P<f>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+"
    r"(?:field|column|attribute)\b"
)
# words that open a subject and name no field: pronouns, quantifiers (a closed class)
_NO_FIELD_WORDS = frozenset(
    "it they we i you he she this that these those there everything everyone all some most"
    " nobody none something anything each every one half".split()
)


def _one_field_in_place(text: str) -> tuple[str, Noun] | None:
    """The one field the talk names with its owner by where it is ("on the Hive, queen age is
    required"), what "it" in the ask after stands for. The owner is a thing: marked as one,
    written with a capital, or a plural after "the" ("on the trailers"), never a time; two
    fields so named: nothing (which one is not said)."""
    low = text.lower()
    found: set[tuple[str, str]] = set()
    owners: dict[str, Noun] = {}
    for pattern in (_PLACE_THEN_FIELD, _FIELD_IN_PLACE_WE, _THING_HAS_FIELD):
        for m in pattern.finditer(low):
            said, field = m["e"], m["f"] or m.groupdict().get("f2") or ""
            last = said.split()[-1]
            capital = text[m.start("e") : m.start("e") + 1].isupper()
            plural = bool(m["det"]) and m["det"].startswith("the") and singular(last) != last
            if not (m["marked"] or capital or plural or pattern is _THING_HAS_FIELD):
                continue  # "in the office the phone is …": a place, not a thing
            if said.split()[0] in TIME_NAMES or first_sense(singular(last)) in (None, "noun.time"):
                continue
            if field.split()[0] in _NO_FIELD_WORDS or said.split()[0] in _NO_FIELD_WORDS:
                continue
            named = read_fields(field).attributes
            owner = read_noun(said)
            if len(named) != 1 or owner is None:
                continue
            owners[owner.name] = owner
            found.add((named[0].name, owner.name))
    if len(found) != 1:
        return None
    name, owner_name = found.pop()
    return name, owners[owner_name]


# --- reasons ------------------------------------------------------------------------------------
# "…, so that readers understand …", "…, we not use it", "nobody ever filled it in": why a
# change is asked. Only after the request itself (never a segment's first clause).
# What the thing went to instead, or what people keep calling it, said of a change: a reason
# even as a sentence of its own ("… rename location to site? The birders keep saying site")
_SAID_OF_IT_FORMS = (
    # "… - I can't total anything up at month end", "…, the till won't add them up": what
    # cannot be done with the values is why a type is asked, never a field
    r"^(?:i|we|they|(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:can not|cannot|can't|could not"
    r"|couldn't"
    r"|will not|won't|wont|does not|doesn't|do not|don't)\s+(?:total|sum|add|sort|count"
    r"|calculate|average)\s+(?:anything|them|it|those|these|that|this|the\s+[a-z]+)\s*(?:up\b)?"
    # "… - the panel moved to the vendor's software"
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:has\s+|have\s+)?(?:moved|migrated"
    r"|switched|went|gone)\s+(?:over\s+)?(?:to|into)\s+(?:the|a|an|our|their)\b"
    # "…, the other birders keep saying site"
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:keeps?|kept)\s+(?:saying|calling it"
    r"|writing|typing)\b"
    # "the porters say trolley, not cart", "everybody calls it a rota, not a schedule": what
    # people say instead of a name, said before or after the rename it backs ("the porters
    # all say trolley, nobody says cart": the name nobody says, as "not")
    r"|^(?:(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+|everyone|everybody|people|staff|we|they)"
    r"\s+(?:all\s+|always\s+|usually\s+|just\s+)?(?:says?|calls?\s+(?:it|them))\s+['\"]?"
    r"(?:an?\s+)?[a-z][a-z -]{0,30}?['\"]?,?\s+(?:not|(?:nobody|no one|no-one)\s+(?:ever\s+)?"
    r"(?:says|calls\s+(?:it|them)))\s+['\"]?(?:an?\s+)?[a-z][a-z -]{0,30}['\"]?$"
    # "the drivers keep calling vans 'wagons' and it is confusing the new starters": what
    # people keep calling the things, and what that does
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:keeps?|kept)\s+calling\s+"
    r"(?:(?:the|our)\s+)?[a-z]+\s+['\"][a-z][a-z -]{0,30}['\"]"
    r"(?:\s+and\s+(?:it|that)\s+is\s+[a-z][a-z -]{0,40})?$"
    # "The new lathe software replaces it."
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:replaces?|supersedes?|took over"
    r"|takes over)\s+(?:it|that|this|them)\b"
    # "The harbour board asks for it every spring.", "The chefs call it that."
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:asks?\s+for\s+it|asked\s+for\s+it"
    r"|calls?\s+it\s+(?:that|this|so))\b"
    # "The datasheets never have decimals anyway.": what the values come as, said to back it
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:never|always|only|rarely|don't|do not"
    r"|doesn't|does not)\s+(?:have|has|show|shows|give|gives|use|uses|include|includes|come with"
    r"|comes with|need|needs|come in|comes in)\s+[a-z][a-z ]{0,40}?\s+anyway\s*$"
    # "A few of mine have bad knees.", "Some of ours share lockers.": what some of the
    # person's own people or things are like, said to back the change
    r"|^(?:some|most|many|a few|a couple|several|half|one|two|three|four|five|lots)\s+of\s+"
    r"(?:mine|ours|theirs)\s+[a-z]+"
    # "Would stop so many arguments.", "It will save us hours.": what the change would spare
    r"|^(?:it|that|this|which)?\s*(?:would|will|should|could)\s+(?:really\s+|definitely\s+"
    r"|also\s+)?(?:stop|save|prevent|avoid|end|cut|reduce|settle)\s+(?!.*\b(?:to|if)\s)"
    # "The crew need to add them up for the flying": what people need to do with the values
    # (sum them, sort by them) is why a type is asked, never a field added
    r"|^(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:need|needs|want|wants|have|has)\s+to\s+"
    r"(?:be\s+able\s+to\s+)?(?:add\s+(?:them|it|those|these|the\s+[a-z]+)\s+up|total\s+them"
    r"|sum\s+them|sort\s+(?:by\s+)?(?:them|it)|do\s+(?:maths|math|sums))\b"
    # "The HSE lead insists.", "Our foreman insisted on it.": who wants it, said after it
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:insists?|insisted)(?:\s+on\s+(?:it|this"
    r"|that))?\s*$"
)
_SAID_OF_IT = re.compile(_SAID_OF_IT_FORMS)
_REASON = re.compile(
    r"^(?:so that|so (?:we|i|they|you|people|users|readers)|because|since"
    r"|so (?:the|our|my|their) [a-z]+(?: [a-z]+)?\s+[a-z]+"
    # ("a weight that is a decimal": "that is a …" after a noun says what it is, no why)
    r"|that (?:i|we|they|you|he|she|it|people|users?|readers?|some|the|our|my"
    r"|(?!(?:is|was|has)\s+an?\s)[a-z]+s)"
    r"|as (?:we|i|they|nobody|no one)|as (?:that|this) is (?:the|what|how)\s)\b"
    # "…, in line with the new terminology", "…, to match what the registry calls them": the
    # rule or usage a change follows
    r"|^(?:in line with|in keeping with|to match|to reflect|to align with|for consistency with"
    r"|to be consistent with)\s+(?:the|our|their|its|what|how|current|new|[a-z]+'s)\b"
    r"|^(?:we|i|they|people|nobody|no one|the [a-z]+(?: [a-z]+)?)\s+(?:do\s+|does\s+|really\s+"
    r"|ever\s+|never\s+|not\s+|no longer\s+)*(?:use[sd]?|need(?:s|ed)?|fill(?:s|ed)?(?: in)?"
    r"|look(?:s|ed)? at|read|touch(?:es|ed)?)\s+(?:it|them|this|that|those|these)\b"
    # "…, a lot of days there's nothing to say": how often the field has nothing in it
    r"|^(?:a lot of|lots of|on many|on some|most|many|some)\s+(?:days|times|weeks|nights|visits"
    r"|occasions)\b|^there is (?:nothing|no)\b"
    # "…, people kept arguing about it", "…, everyone keeps forgetting": what people went on doing
    r"|^(?:people|everyone|everybody|they|staff|members|users)\s+(?:kept|keep|keeps|always"
    r"|often|went on|go on|goes on)\s+[a-z]{3,}ing\b"
    # "…, sometimes the lab does not send it": how often the value is missing, with a subject
    r"|^(?:sometimes|often|occasionally|half the time|some days)\s+(?:the|a|an|our|we|they"
    r"|people|nobody|no one)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:does|do|did|is|are|was|were|can|forgets?"
    r"|has|have)\b"
    # "…, sometimes it's just a puncture": what the record sometimes is, said of it ("it's
    # blank", "it's not known" would say the field's own state, no why)
    r"|^(?:sometimes|often|occasionally|half the time)\s+(?:it|there|that)(?:'s|\s+is|\s+was)\s+"
    r"(?!(?:blank|empty|missing|null|not|unknown|left|never)\b)"
    # "the finance team asked for it", "the council voted on it", "they insisted"
    # ("the agreed price": a participle after an article qualifies a noun, no one agreed)
    r"|^(?:the\s+|our\s+)?(?!(?:the|a|an|our|their|my|your|its)\s)(?:[a-z]+\s+){0,2}?[a-z]+\s+"
    r"(?:asked|requested|voted|decided"
    r"|insisted|agreed|complained|keeps? asking"
    # "…, the inspector was asking": who has been asking for it
    r"|(?:was|were|is|are|has been|have been)\s+asking(?=\s+(?:for\s+)?(?:it|this|that|them)\b"
    r"|\s+about\s+(?:it|this|that|them)\b|\s*$)"
    # "…, the director insists", "…, the auditors demand it": who wants it, said now
    r"|insists?|demands?(?=\s+(?:it|this|that)\b|\s*$))\b|^(?:they|he|she)\s+wanted\b"
    # "…, the trial ended in March", "…, that project is over now": what it served has ended
    r"|^(?:the|that|this|our)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:has\s+|had\s+)?(?:ended|finished"
    r"|closed|wrapped up|shut down|was cancell?ed|got cancell?ed|is over|was over|is finished"
    r"|is done)\b"
    # "some of them only use email", "now that we hire contractors", "everything is electric now"
    r"|^(?:some|most|many|a few|not all|several|half)\s+of\s+(?:them|us|our\s+[a-z]+"
    r"|the\s+[a-z]+)\s+[a-z]+"
    # (not "…; some may have an agent phone": what some of the things have, with an article,
    # is an optional field of theirs, additions.py)
    r"|^(?!(?:some|a few|not all|several|most|many)\s+(?:(?:may|might)\s+(?:also\s+)?have\s+an?\s"
    r"|(?:also\s+)?have\s+an?\s.*\b(?:too|as well)$"
    r"|(?:also\s+)?have\s+an?\s+(?:[a-z-]+\s+){0,2}(?:flag|field|number|date|code|note|email"
    r"|phone)$))"
    r"(?:some|most|many|a few|not all|several|half)\s+(?:[a-z]+\s+)?(?:only\s+|never\s+"
    r"|do not\s+|rarely\s+)?(?:use|have|are|do|need|want|prefer|come|pay|live)\b"
    # "…, some folks book open-ended leave": what part of the people does, whatever the verb
    r"|^(?:some|most|many|a few|not all|several|half)\s+(?:people|folks?|staff|users|members"
    r"|employees|customers|clients|guests|visitors)\s+(?:only\s+|just\s+|still\s+|often\s+"
    r"|usually\s+|already\s+)?(?!(?:is|are|was|were|should|must|can|need|needs)\b)[a-z]{3,}\b"
    # "…, some kids go by one", "…, most pupils share one": what a share of a group said in
    # the plural does, whatever the verb
    r"|^(?:some|most|many|a few|not all|several|half)\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:only\s+"
    r"|just\s+|still\s+|often\s+|usually\s+|already\s+)?(?!(?:is|are|was|were|should|must"
    r"|can|need|needs|and|or|with)\b)[a-z]{2,}\s+(?:by|with|without|one|it|them|their|a|an|the)\b"
    # "…, some walk-ins don't give one": what part of a group never does, whatever the verb
    r"|^(?:some|most|many|a few|not all|several|half)\s+(?:[a-z-]+\s+){1,2}?(?:do not|never"
    r"|rarely|cannot|will not|can not)\s+[a-z]+\b"
    # "…, agency drivers don't always have one", "…, a lot don't have one": a group said in
    # the plural (or "a lot") that lacks the value is why it may be left empty
    r"|^(?:(?:the|our|my|their)\s+)?(?:(?:[a-z-]+\s+)?[a-z-]+s|a lot|alot|lots)\s+(?:do not|dont"
    r"|never|rarely|seldom)\s+(?:always\s+)?(?:have|hve|get|give|bring|carry|own)\s+(?:one|it"
    r"|them|any)\b"
    # "…, half our shippers send it after the booking": what a share of a group does
    r"|^(?:some|most|many|a few|not all|several|half|lots)\s+(?:of\s+)?(?:our|the|their|my"
    r"|your)\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:only\s+|never\s+|do not\s+|rarely\s+|often\s+"
    r"|usually\s+|still\s+|just\s+|already\s+)?[a-z]+\b"
    r"|^now that\b|^not (?:every|all|each|everyone|everybody)\b"
    # "…, too many people forget", "…, so many customers ask": how often something happens
    r"|^(?:too|so) (?:many|few)\s+(?:[a-z]+\s+){0,2}?(?:forget|ask|asks|miss|lose|complain"
    r"|call|forgot|asked|missed|complained|need|want|do not|never)\b"
    # "…, some club races are free", "…, the drivers are lazy to write": a plural group said
    # to be in some state (never a type or a required word: "the prices are decimals" asks)
    rf"|^(?:the|our|my|some|most|many|a few|several|all|these|those)\s+(?:[a-z]+\s+){{0,2}}"
    rf"[a-z]+s\s+(?:are|were)\s+(?:(?:really|very|so|too|just|often|always|sometimes|usually"
    rf"|a bit|quite|pretty|all|both)\s+)?(?!(?:{_TYPES}|optional|required|mandatory|nullable|unique"
    rf"|empty|blank|null|compulsory|needed|necessary|gone|removed|renamed)s?\b)[a-z]+\b"
    # "…, our supplier gives this now", "…, the lab sends it already": who provides the value
    r"|^(?:the|our|my|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:gives?|sends?|provides?|supplies"
    r"|supply|prints?|reports?|shares?)\s+(?:us\s+)?(?:this|that|it|them|those)(?:\s+(?:now"
    r"|too|already|anyway|these days|nowadays|as well|on (?:the|every|each) [a-z]+))?\s*$"
    # "…, my accountant is not happy", "…, the owners are confused": how someone feels about it
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:is|are|was|were|gets?|got)\s+(?:(?:not"
    r"|never|so|very|really|quite|a bit|getting)\s+)*(?:happy|unhappy|pleased|displeased"
    r"|confused|annoyed|upset|cross|angry|furious|fed up|complaining|moaning)\s*$"
    # "…, no dial-up customers left", "…, none remaining": nothing of it is there any more
    r"|^(?:there (?:are|is)\s+)?no\s+(?!longer\b)(?:[a-z-]+\s+){0,3}?(?:left|remaining)\s*$"
    r"|^none\s+(?:left|remaining)\s*$"
    # "Rename Hotel to Accommodation; we also use flats and digs now": what the business uses
    # or offers now, said after the change, is why (never a list of fields: no thing owns it)
    r"|^(?:we|i|they)\s+(?:also\s+|now\s+|mostly\s+|mainly\s+|often\s+)*(?:use|rent|book"
    r"|offer|sell|run)\s+(?:[a-z-]+\s+){0,5}?[a-z-]+\s+(?:now|these days"
    r"|nowadays)\s*$"
    r"|^(?:everything|nobody|no one|none of them|all of them)\s+(?:is|are|has|have"
    r"|sends?|uses?|fills?|needs?|wants?|reads?)\b"
    # "… nobody faxes anymore", "… no one posts cheques now": a doing nobody does any more
    r"|^(?:nobody|no one)\s+(?:really\s+|even\s+)?[a-z]+(?:s|ed)\s+(?:[a-z]+\s+)?(?:anymore"
    r"|any longer|these days|now(?:adays)?)\b"
    # "the council and the main contractor handle all that now"
    r"|^(?:the\s+)?[a-z][a-z ]{0,60}?\s+(?:handles?|does|do|manages?|covers?|takes? care of"
    r"|deals? with|has|have|holds?|keeps?|stores?"
    # "…, the new lathe software replaces it"
    r"|replaces?|replaced|supersedes?|took over|takes over)\s+(?:all\s+)?(?:that|it|this|those"
    r"|them)\b"
    # "…, the LIMS owns them now", "…, the office printed it": a subject of its own and a
    # verb whose object points back at what was asked is said of the world, whatever the verb
    r"|^(?:the|our|my|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:now\s+|already\s+|also\s+)?"
    r"[a-z]{2,}(?:s|ed)\s+(?:all\s+)?(?:that|it|this|those|them)"
    # ("…, the federation always gives it back": the verb's particle after its object)
    r"(?:\s+(?:back|over|in|out|away|off))?(?:\s+(?:now|already|anyway"
    r"|instead|these days|nowadays|anymore|any more))?\s*$"
    # "…, the boss say no more discounts": what someone says, reported after the ask
    r"|^(?:the|our|my)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:says?|said|told us)\s+(?:that\s+)?"
    r"(?:no|we|they|it|there)\b|"
    + _SAID_OF_IT_FORMS
    # "our sales team prefers that word"; "…, the bookkeeper reckons it looks odd": what
    # someone thinks of it
    + r"|^(?:our|the|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:prefers?|likes?|hates?|loves?|uses?"
    r"|calls? it|says?|thinks?|reckons?|feels?|finds?)\s+(?:that|this|it|the)\b"
    # "…, the marathon people want it exact": who wants the change, and how, said after it
    r"|^(?:our|the|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:wants?|needs?)\s+(?:it|this|that)\b"
    # "the old name is confusing", "it was never used"
    r"|^(?:it|this|that|the (?:old|current|present) (?:name|one))\s+(?:is|was|sounds|looks)\s+"
    r"(?:(?:really|very|so|just|too|totally|completely|a bit)\s+)?(?:confusing|misleading|wrong"
    r"|unclear|outdated|ugly|never used|not used|[a-z]+less|redundant|obsolete|unnecessary"
    r"|irrelevant|annoying|not needed)\b"
    # "…, is better for my clients": a reason said without its "it"
    r"|^(?:it\s+)?(?:is|was|will be|would be)\s+(?:much\s+)?(?:better|easier|clearer|simpler"
    r"|nicer)\b"
    # "…,,, its shorter lol", "…, thats clearer": the comparison typed without an apostrophe
    r"|^(?:its|thats|it's|that's)\s+(?:(?:much|way|a bit|so|just)\s+)?(?:shorter|better|easier"
    r"|clearer|simpler|nicer|neater|cleaner|quicker|more [a-z]+)\b"
)
_TAIL_START = re.compile(
    r"\s+[—-]\s+|,+\s*(?:(?:honestly|frankly|really|to be honest|and)\s*,?\s+)?"
    r"|\s+(?=(?:so that|so we|so i|so they|because|now that)\b)"
    # (new59) "add days since last service to Boiler": after a span counted, "since" says from
    # when it is counted, part of the field's name, no reason (it read a field "days")
    r"|(?<!\bdays)(?<!\bweeks)(?<!\byears)(?<!\bmonths)(?<!\bhours)(?<!\btimes)(?<!\bminutes)"
    r"\s+(?=since\b)"
    # "… stored as decimal so the monthly totals reconcile": so what the things said then do
    r"|(?<!\bit)\s+(?=so (?:the|our|my|their) [a-z]+)"
    r"|\s+(?=(?:in line with|in keeping with)\s)"  # "rename X to Y in line with …"
    # typed without a stop: "remove level it's pointless", "drop fax from Clinic nobody uses
    # it", "take depth off Well we do not use it" (only where a reason follows: `_is_reason`)
    r"|\s+(?=(?:it|this|that) (?:is|was) )"
    r"|\s+(?=(?:nobody|no one|(?:we|they) (?:do not|never|no longer)) )"
    # "… a decimal instead of text the till wont add them up": what cannot be done with it
    r"|\s+(?=(?:i|we|they|(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:can not|cannot|could not"
    r"|will not|wont"
    r"|does not|do not)\s+(?:total|sum|add|sort|count|calculate|average)\b)"
)


# "rename key worker to key person on Child (new inspection wording)", "remove fax from
# Supplier (nobody uses it)": words in parentheses after the owner that close the change say
# why, never part of the owner's name
_REMARK_AFTER_OWNER = re.compile(
    r"^(?P<ask>(?:rename|remove|delete|drop|add|make|change)\b.*\s(?:on|from|to|in|of)\s+"
    r"(?:the\s+|each\s+|every\s+)?[a-z][a-z-]*(?:\s+(?:entity|table|model))?)\s*"
    r"\((?P<r>[^()]+)\)\s*[.!]?$"
)
_NOT_A_REMARK = re.compile(
    r"^\s*(?:and|or|plus|also|both|as|i\.?e\.?|e\.?g\.?)\b|\b(?:rename|renamed|entity|table|field"
    r"|fields|column|columns|optional|required|nullable|mandatory|yes/no|true/false)\b"
    r"|\b(?:one|many|1|n|m)\s*(?:-|:|\s)\s*(?:to\s*-?\s*)?(?:one|many|1|n|m)\b"
)


def _is_remark(text: str) -> bool:
    """Words in parentheses that give no type, state, rename or link: a remark."""
    return (
        len(text.split()) >= 2
        and _NOT_A_REMARK.search(text) is None
        and type_phrase(text) is None
        and not any(type_phrase(w) for w in text.split())
    )


# "since last service", "since its last refit", "since lambing to Ewe": from when a value is
# counted, a time said as a noun (a clause, "since the migration finished", is a reason)
_SINCE_WHEN = re.compile(
    r"since\s+(?:(?:the|its|their)\s+)?(?:last|previous|latest|first)\b"
    r"|since\s+[a-z]+\s+(?:to|on|for)\s"
)


# "since the last audit to Department", "since last reading on Meter": the "since" phrase ends
# on the owner's preposition and one name, so it is inside the field's words (a reason goes on:
# "since the last audit flagged it")
_SINCE_THEN_OWNER = re.compile(
    r"since\s+(?:(?:the|its|their)\s+)?(?:last|previous|latest)\s+[a-z][a-z-]*(?:\s+[a-z]+)?"
    r"\s+(?:to|on|onto)\s+(?:the\s+)?[a-z]+\s*[.!]?$"
)


def _measure_ends(text: str) -> bool:
    """The text ends on a word for a count or measure ("miles", "cost", "mileage"): a "since"
    after it says from when the value is counted, part of the field's name, not why."""
    words = text.split()
    return bool(words) and infer_type(words[-1:]) in (
        AttrType.INT,
        AttrType.FLOAT,
        AttrType.DECIMAL,
    )


def _reason_tail(text: str) -> tuple[str, str]:
    """ "the manager note can go too, honestly nobody ever filled it in": the request, and the
    reason said after it."""
    if kept := _REST_KEPT.search(text):
        return text[: kept.start()], kept["rest"]  # "rename Tenant to Space, fields stay as is"
    if (was := _WHAT_IT_IS_NOW.search(text)) and rx(
        r"(?:make|change|convert|switch|turn|set)\s"
    ).match(text):
        return text[: was.start()], was["rest"]  # "make the fee a decimal, now it is text"
    for m in _TAIL_START.finditer(text):
        rest = text[m.end() :]
        if _STATE_OF_ITEM.fullmatch(rest):
            continue  # "add scopes and a due at that is optional": said of the item, no reason
        if _SINCE_WHEN.match(rest) and (
            _measure_ends(text[: m.start()]) or _SINCE_THEN_OWNER.match(rest)
        ):
            # (ma63) "add miles since last service to Van": from when it is counted; (me64)
            # "add spend since the last audit to Department": the owner said after it shows the
            # "since" inside the field's words, whatever the value's head
            continue
        if m.start() > 0 and _is_reason(rest):
            return text[: m.start()], rest
    if (m := _STATE_COMMA_CLAUSE.match(text)) and _said_of_the_world(m["rest"]):
        # "the phone on Guest should be nullable, walk-ins often don't give one": after the
        # state asked for, a clause with a subject and a verb of its own is why
        return m["ask"], m["rest"]
    if (m := _STATE_THEN_CLAUSE.search(text)) and _STATE_ASKED.search(text[: m.end("state")]):
        # dictated with no stop: "… should be required every firing has one", "… can be blank
        # sometimes when we have not weighed them": after the state asked for, a clause with a
        # subject of its own (or "when …") is why
        return text[: m.end("state")], text[m.end() :]
    return text, ""


_STATE_COMMA_CLAUSE = re.compile(
    r"^(?P<ask>.*\b(?:should|must|can|could|needs? to|has to|have to)\s+(?:also\s+|now\s+)?"
    r"be\s+(?:made\s+)?(?:optional|required|mandatory|compulsory|nullable|not required))"
    r"(?:\s+(?:again|now|too|as well))?\s*,\s+(?P<rest>.+)$"
)
# A sentence about people or things that asks nothing: a subject (an article, a plural or a
# pronoun), then a verb said of it ("walk-ins often do not give one", "the marshal wants …")
_SUBJECT_VERB = re.compile(
    r"^(?:(?:the|our|their|most|many|some|a lot of)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"|(?:[a-z-]+\s+)?[a-z-]+s|they|we|he|she|people|staff|everyone|nobody)\s+"
    r"(?:(?:often|usually|always|never|rarely|sometimes|still|now|just|only|all|mostly)\s+"
    r"[a-z]{2,}|do not|does not|did not|cannot|can not|wants?|needs?|asks?|has|have|gives?"
    r"|brings?|sends?|keeps?|says?|[a-z]{3,}s)\b"
)


def _said_of_the_world(rest: str) -> bool:
    """ "walk-ins often do not give one", "the fire marshal wants a number for every guest":
    a clause of its own that asks for no change and gives no state or type."""
    return (
        len(rest.split()) >= 3
        and _SUBJECT_VERB.match(rest) is not None
        and _REQUEST_IN_REASON.search(rest) is None
        and rx(r"\b(?:optional|required|mandatory|nullable)\b").search(rest) is None
        # ("…, the prices are decimals": a type said of a field is a second change)
        and rx(rf"\b(?:is|are|be|as)\s+(?:an?\s+)?(?:{_TYPES})s?\b").search(rest) is None
    )


# "…, fields stay the same", "…, everything else stays as is", "…, and nothing else changes":
# the rest is kept as it is
_REST_KEPT = re.compile(
    r"\s*[,;—-]\s*(?:and\s+)?(?P<rest>(?:the\s+|all\s+(?:the\s+)?|its\s+)?(?:fields|columns"
    r"|data|everything\s+else|the\s+rest)\s+(?:stays?|remains?|can\s+stay|should\s+stay"
    r"|will\s+stay)(?:\s+(?:the\s+same|as\s+(?:is|they\s+are|it\s+is)|unchanged))?"
    r"|nothing\s+else\s+(?:changes|is\s+changed|needs\s+(?:to\s+)?chang(?:e|ing)"
    r"|should\s+change|will\s+change)"
    # "vendors don't need a fax; phone is enough": the field that is kept, said as what is enough
    r"|(?:the\s+|their\s+|a\s+)?[a-z]+(?:\s[a-z]+)?\s+(?:is|are)\s+(?:(?:more\s+than|quite)\s+)?"
    r"(?:enough|plenty|sufficient)|(?:the\s+|their\s+)?[a-z]+(?:\s[a-z]+)?\s+(?:will|would)\s+do"
    r"|(?:the\s+|their\s+)?[a-z]+(?:\s[a-z]+)?\s+suffices?)$"
)
# "make the discount a float, now is integer", "…, right now it's text": what the field is now,
# said after the change asked
_WHAT_IT_IS_NOW = re.compile(
    r"\s*[,;]\s*(?P<rest>(?:but\s+|as\s+|since\s+)?(?:right\s+)?now\s+(?:it\s+|this\s+|that\s+)?"
    rf"(?:is|it's)\s+(?:still\s+)?(?:an?\s+)?(?:{_TYPES})(?:\s+(?:field|value|type))?)$"
)
_STATE_OF_ITEM = re.compile(
    r"(?:that|which)\s+(?:is|was)\s+(?:optional|nullable|not required|not mandatory)"
)
_STATE_THEN_CLAUSE = re.compile(
    rf"\b(?P<state>optional|required|mandatory|compulsory|blank|empty|null|nullable|{_TYPES})"
    r"(?:\s+(?:sometimes|too|now))?\s+"
    r"(?=(?:every|each|some|most|many|nobody|no one|everybody|everyone|not everyone|not every"
    r"|we|they|its|it is|when|whenever|because|since)\s+[a-z])"
)
_STATE_ASKED = re.compile(
    r"\b(?:should|must|can|could|needs? to|has to|have to|may)\s+(?:also\s+|now\s+|always\s+)?"
    r"(?:be|become)\s+(?:an?\s+)?[a-z ]+$"
)


# A reason that lists things or asks for a change may be part of the request: it stays unread
# text, so the confidence still sees what may have been missed.
_REQUEST_IN_REASON = re.compile(
    rf"[^,;]+[,;][^,;]+[,;]|\b(?:{_CHANGE_VERB}|rename|field|fields|entity|column)\b"
    r"|\btake\s.+?\s(?:off|out of|away from)\s"  # "so we can take F off X"
)


# "add them up", "add up the weights": summing values, no field added
_ADDED_UP = re.compile(r"\badd\s+(?:(?:them|it|those|these|the\s+[a-z]+)\s+)?up\b")


def _asks_in_reason(text: str) -> bool:
    """A reason that asks for a change itself; summing ("add them up") asks for none."""
    return _REQUEST_IN_REASON.search(_ADDED_UP.sub("sum", text)) is not None


def _is_reason(text: str) -> bool:
    return bool(_REASON.match(text) or _EVERYONE_DOES.match(text)) and not _asks_in_reason(text)


# "… — everyone rings us instead", "…, nobody writes letters now": what all or none of the
# people do, said after the change, is why it is asked
_EVERYONE_DOES = re.compile(r"^(?:everyone|everybody|nobody|no one)\s+[a-z]{3,}s\b")


# "remove the need for paper forms", "cut the paperwork": what the system is for, no change
_PURPOSE = re.compile(
    r"^(?:to\s+)?(?:remove|reduce|avoid|eliminate|cut|drop|get rid of)\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:need|hassle|paperwork|spreadsheets?|risk|errors?|mistakes|time spent|double entry"
    r"|confusion)\b"
)


_SO_WE_NEED = re.compile(
    r"(?:i|we)\s+(?:(?:also|now|just|really)\s+)?(?:need|want)\s+(?:an?|some)\s"
)


def read_reason(clause: Clause) -> Reason | None:
    """A clause that gives the reason for the request before it, or None."""
    if _ACKNOWLEDGE.match(clause.text) or _PURPOSE.match(clause.text):
        return Reason(clause.original, clause.segment, len(clause.text.split()))
    if clause.first and not _SAID_OF_IT.match(clause.text):
        # ("The porters keep saying trolley. …": what people keep saying, said first, is the
        # reason for the rename after it too)
        return None
    said_with_so = rx(
        r"(?:that\s+)?(?:i|we|they|you|he|she|people|users?|readers?|customers?|staff)\s"
    ).match(
        clause.text,
    ) and re.search(
        r"\bso\s+(?:that\s+)?" + re.escape(" ".join(clause.text.split()[:3])),
        clause.original.lower(),
    )
    if said_with_so and _SO_WE_NEED.match(clause.text):
        # "Lessons can now be cancelled, so we need a cancelled flag": after a story, what the
        # writer needs is the ask the story led to, not a reason
        said_with_so = None
    if said_with_so and _NO_LONGER.match(clause.text):
        # "…, so we don't need the hampers any more": what no longer being needed follows
        # from is a removal (read_remove), not a reason
        said_with_so = None
    if not (_REASON.match(clause.text) or said_with_so) or _asks_in_reason(clause.text):
        return None
    return Reason(clause.original, clause.segment, len(clause.text.split()))
