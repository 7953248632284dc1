"""Readers for fields added to an entity that exists: "add F to X", "extend X with F",
"X needs F", "X should also have F", "give X a F", "we forgot F for X", "add F" (the entity in
context), "For each book, also store F".

"X has/have F" is read here too (mode "has"): a create unless the request is a change, which
the assembler decides from the whole request.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baes_tui.core.inflection import singular
from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import read_noun
from baes_tui.recognition.fields import (
    FIELD_REMARK,
    FieldList,
    all_common_values,
    one_per_record,
    read_fields,
    type_phrase,
)
from baes_tui.recognition.lexicon import (
    COMMAND_VERBS,
    HARD_FRAMES,
    MORE_WORDS,
    SYSTEM_WORDS,
    UNIT_WORDS,
    counted_thing,
)
from baes_tui.recognition.lists import (
    declares,
    entities_of,
    header_count,
    is_frameish,
    is_when,
    names_no_field,
)
from baes_tui.recognition.nouns import gerund_names_kind, is_noun
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.statements import Declare, Mention, Mode, Statement

# "add weight in grams", "a length in metres": the unit a value is counted in, no place
_IN_UNIT = rf"in\s+(?:{'|'.join(sorted(UNIT_WORDS, key=len, reverse=True))})\b"
_ADD_TO = re.compile(
    r"^(?:(?:add|include|append|insert|attach|put(?!\s+together))\s+(?:also\s+)?(?P<f>.+?)\s+(?:to|on(?!\s+to\s)|(?<![a-z]ed\s)on|into|onto"
    rf"|(?!{_IN_UNIT})in|for|at(?=\s+(?:the|each|every|all)\s))|(?:store|record|track|keep|save)\s+(?:also\s+)?(?P<f2>(?:(?!\bwith\b).)+?)\s+"
    # ("add serviced on to Telescope": an "on" after a participle and before "to" ends the
    # field's name, a day, and "to" is the place word; "a sticker on to Crate" stays the place)
    # ("…, swapped on and engineer name": a field said "on" before "and" ends in a time, and
    # the owner names no thing after a conjunction)
    r"(?:for|on))\s+(?:both\s+)?(?:the\s+)?(?!(?:and|or|plus)\s)"
    # ("add the fee for parking to Room": a later "to" a thing that ends the request owns it,
    # and what came before names the field, "fee_for_parking"; "to pay rent" says what for,
    # "on Monday" when, and "to the drivers and to the helpers" names two owners)
    r"(?![a-z -]*?(?<!\band)(?<!\bor)\s(?:to|into|onto)\s(?:(?:the|each|every|all|our)\s+"
    r"[a-z][a-z-]*(?:\s[a-z][a-z-]*)?|[a-z][a-z-]*)(?:\s+(?:too|as well|also|now|entity"
    r"|entities|table|model))*$)"
    r"(?P<ent>[a-z][a-z -]{0,40}?)"
    r"(?:\s+(?:too|as well|also|now|entity|entities|table|model))*$"
)
_GIVE = re.compile(
    # ("give the PlayArea entity a surfacing type": a name of two words, marked as an entity)
    r"^give\s+(?:the\s+|each\s+|every\s+)?(?P<ent>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?:\s+(?:entity|table|model))?\s+"
    r"(?P<f>(?:an?|the|some|one|two)\s.+?)(?:\s+(?:field|column|attribute)s?)?$"
)
_GIVE_NAMED = re.compile(
    r"^give\s+(?:the\s+)?(?P<ent>[a-z][a-z-]*)\s+(?P<f>[a-z].+?)(?:\s+(?:field|column|attribute)s?)?$"
)
_ADD_THESE = re.compile(
    r"^(?:add|include)\s+(?:these|the following|some|two|three|four|new|more|extra)?\s*(?:new\s+)?"
    r"(?:fields?|columns?|attributes?|properties)\s+(?:to|on|for)\s+(?:the\s+)?"
    r"(?P<ent>[a-z][a-z -]*?)"
    r"(?:\s+entity)?\s*:\s*(?P<f>.+)$"
    r"|^(?:also\s+)?(?:record|store|keep|track|add|capture|save|hold)\s+(?:also\s+)?(?P<f2>.+?)\s+"
    # ("… for each item (A-C)": the values the field takes, said after the owner)
    r"(?:of|for)\s+(?:each|every|all)\s+(?P<ent2>[a-z][a-z -]*?)(?:\s*(?P<said>\([^()]{1,40}\)))?$"
)
_KEEPING_FRAME = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:full|proper|complete|careful|good|detailed)\s+)?(?:record|records"
    r"|list|log|register|track|tally|inventory|catalogue|catalog|tab|tabs)$"
)  # ("notes", "a history" for each visit are fields: "add notes for every visit")
_ADD_FIELD_FOR = re.compile(
    # ("can we get a field on Amp for the serial number?": getting a field is adding one)
    r"^(?:add|get|have|put)\s+(?:an?\s+|one\s+|the\s+)?(?:new\s+)?(?:field|column|attribute)\s+"
    r"(?:to|on)\s+"
    r"(?P<ent>.+?)\s+(?:for|called|named|with|to hold|to store)\s+(?P<f>.+)$"
)
_EXTEND = re.compile(
    r"^(?:extend|expand|enrich|update)\s+(?:the\s+)?(?P<ent>.+?)\s+(?:with|by adding|to have|"
    r"to include)\s*:?\s*(?P<f>.*)$"
)
# "The Permit entity shall be extended to include F", "the Kiln record must be amended to
# capture F": a requirement says the extension in the passive, the thing extended first; so do
# minutes and notes ("Bidder records to be extended with …", "bidders need to be extended
# with …", "Bidder is extended with …", "bidders get expanded with …")
_EXTENDED = re.compile(
    r"^(?:the\s+)?(?P<ent>[a-z][a-z -]{0,40}?)\s+(?:(?:shall|must|should|will|would|is to|are to"
    r"|needs? to|has to|have to|to)\s+be\s+(?:extended|expanded|amended|updated|enhanced)"
    r"|(?:is|are|gets?)\s+(?:extended|expanded))\s+(?:with|by adding|to (?:include|have"
    r"|capture|record|hold|store))\s*:?\s*(?P<f>.*)$"
)
_FORGOT = re.compile(
    r"^(?:we|i|you)\s+(?:forgot|missed|left out)\s+(?:about\s+|to add\s+|to include\s+)?"
    r"(?P<f>.+?)(?:\s+(?:for|on|in|to)\s+(?P<ent>.+))?$"
)
_ADD_BARE = re.compile(
    # ("The Harvest entity, can you put a moisture percentage …": "put" adds as "add" does)
    r"^(?:also\s+)?(?:add|include|put(?!\s+(?:together|in place|up)\b))\s*:?\s+"
    r"(?:(?:the\s+)?fields?\s*:?\s+)?(?P<f>.+)$"
    r"|^(?P<also>also\s+)?(?:store|record|keep|track|save|capture|have|hold)\s+(?P<f2>.+)$"
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?P<to>to)\s+)?(?P<modal>(?:should|must|could|can|will|would|may|might|need to|needs to"
    r"|ought to|have to|has to|shall)\s+)?(?:each\s+)?(?P<also>(?:also|now|additionally)\s+)?"
    r"(?:each\s+)?"
    r"(?P<verb>needs?|have|has|gets?|records?|stores?|keeps?|tracks?|shows?|contains?"
    r"|includes?|holds?|carr(?:y|ies)|requires?|captures?|saves?"
    # "the complaint form should also ask for a phone number", "… should collect a birth date":
    # what a form is to ask for or collect is a field of the thing it records (said of
    # anything else, what people ask for or collect is no field: "guests can ask for …")
    r"|asks?\s+for|collects?"
    # "Employee lacks a hire date", "Pet records are missing a weight": what a thing that exists
    # lacks is added to it
    r"|(?P<lack>lacks?|(?:is|are)\s+(?:still\s+)?missing)):?\s+(?P<also2>(?:also|now)\s+)?"
    r"(?!with\b)"  # "radio shows with title, host": a plural noun with its fields, not a verb
)
# "need to" and a verb that is not one of having or keeping: something to do, not a value
_NEED_TO_DO = re.compile(
    r"to\s+(?!(?:have|hold|keep|store|record|track|carry|include|show|contain|capture|save|get"
    r"|list|log|note|know|say|mention|remember|display|be\s+(?:linked|tied|assigned|attached"
    r"|connected))\b)[a-z]+\b"
)
_WISHING = re.compile(r"\b(?:wants?|wanted|would like|likes?|hopes?|plans?|tries|try)(?: to)?$")
_LEADING_MODAL = re.compile(r"^(?P<modal>(?:could|can|should|would|will|do|does)\s+)")
# (what follows may be a type: "a price as a decimal instead of a float" is no swap)
INSTEAD_OF = re.compile(
    r"\b(?:instead of|rather than|in place of)\s+(?P<what>(?:(?:a|an|the|its|their)\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?)"
)


def swaps_a_field(swap: re.Match[str], fields: set[str]) -> bool:
    """ "contact email instead of email" puts a field in another's place; "a decimal instead
    of a float", "(money, not text)" swaps a type: the words on both sides say which. Only a
    swap said right after a field read (`fields`: the last words of their names) is one
    ("… in a proper system instead of the spreadsheet" is why)."""
    before = rx(r"[a-z]+(?:\s+[a-z]+)?$").search(swap.string[: swap.start()].rstrip(" ,(-"))
    said = before[0] if before else ""
    if not said or said.split()[-1] not in fields:
        return False
    if said and len(said.split()) > 1 and swap["what"].split()[-1] == said.split()[-1]:
        return True  # "contact email instead of email": a name in the other's place
    typed = type_phrase(said) is not None or type_phrase(said.split()[-1] if said else "")
    return not typed and type_phrase(swap["what"]) is None


_FROM_NOW_ON = re.compile(
    r"\b(?:from now on|going forward|from today on|starting (?:today|now|next \w+)"
    r"|as of (?:today|now|next \w+)|from (?:next|this) (?:week|month|year|season|term) on)\b"
)
_ADD_WORDS = re.compile(rf"\b(?:{MORE_WORDS}|new|more|extra|another|now)\b")


_NOTE_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:add|include|put)\s.+?)(?P<to>\s+(?:to|on|for)\s+[^,]+?)\s*,\s*"
    r"(?P<note>(?:both|all)(?: of them)?\s+(?:are\s+|should be\s+)?[a-z/]+)$"
)


# "add a mileage rate to Vehicle (money per mile)": one field, its owner, then a bracket with
# the field's type and the unit it is counted in
_UNIT_NOTE_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:add|include|put)\s[^(),]{1,80}?)(?P<to>\s+(?:to|on|for)\s+[^(),]{1,60}?)\s*"
    r"\((?P<t>[a-z ]{2,24}?)\s*,?\s+(?P<per>per\s+[a-z]+(?:\s+[a-z]+)?)\)\s*[.!]?$"
)


def _unit_note_to_field(text: str) -> str:
    """ "add a fee to Booking (money, per hour)": a type and a rate's unit in brackets after
    the owner are said of the one field added, as "add a fee (money per hour) to Booking" is
    (a list of several keeps its words: whose type it would be is unclear)."""
    m = _UNIT_NOTE_AFTER_OWNER.match(text) if text.endswith(")") and len(text) < 240 else None
    if m is None or type_phrase(m["t"]) is None or rx(r"\b(?:and|plus|or)\b").search(m["head"]):
        return text
    return f"{m['head']} ({m['t']} {m['per']}){m['to']}"


# "add a reorder level to products as a whole number": the type said after the owner is the
# field's, not part of the owner's name
_TYPE_AFTER_OWNER = re.compile(r"^(?P<ent>.+?)\s+as\s+(?P<t>(?:an?\s+)?[a-z][a-z ]{1,24})$")


# "add a shoe size to players in the football club app", "… to artists on our booking
# platform": the system the owner is kept in follows it; the owner is the thing before
_OWNER_IN_SYSTEM = re.compile(
    r"^(?P<own>[a-z][a-z -]*?)\s+(?:on|in|within|inside)\s+(?:the|our|my|this|your)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}(?:{'|'.join(sorted(SYSTEM_WORDS, key=len, reverse=True))})$"
)


def _owner_in_system(ent: str) -> str:
    """The owner without the system it is kept in: the system is a place, never the thing
    changed (a frame said alone, "to the booking app", stays as it is: a new thing asked)."""
    said = _OWNER_IN_SYSTEM.match(ent)
    if said is None or is_frameish(said["own"]):
        return ent
    return said["own"]


def _type_after_owner(ent: str, f: str) -> tuple[str, str]:
    """One field, then its owner, then its type: the type goes back to the field (a list of
    several keeps the owner's words as they are, whose type it is being unclear)."""
    said = _TYPE_AFTER_OWNER.match(ent)
    if not said or type_phrase(said["t"]) is None or rx(r",|\b(?:and|plus|or)\b").search(f):
        return ent, f
    return said["ent"], f"{f} as {said['t']}"


# "New fields on Thesis:", "Additional columns for the Bidder entity:": a line over the
# fields listed under it, naming the thing they are added to (as "add these fields to X:")
_NEW_FIELDS_ON = re.compile(
    r"^(?:the\s+)?(?:(?:two|three|four|five|some|a few|several)\s+)?(?:new|additional|extra"
    r"|more)\s+(?:fields?|columns?|attributes?|properties)\s+(?:on|for|to|in)\s+(?:the\s+|each\s+"
    r"|every\s+|all\s+)?(?P<ent>[a-z][a-z -]{0,40}?)\s*:$"
)


# (name57) "Store name, breed and age for each dog", "Record kiln, cone, load weight and date
# for every firing": the verb opens the request, then three or more bare values, then the kind
# in lower case. Nothing says the kind is there already (no "also", "too", "now", "new", no
# article on the values, no name written with a capital), so the whole record of a new kind is
# described: a create. "Please also store the lactation count and … for each cow" and "record
# the steam pressure for each DistillationBatch" stay additions.
_BARE_FIRST_VALUE = re.compile(r"^(?!(?:the|a|an|its|their|our|his|her|some)\s)[a-z]")
_CHANGE_CUE = re.compile(rf"\b(?:{MORE_WORDS}|now|new|more|extra|another|again|started)\b")
_MIN_RECORD_VALUES = 3


def _whole_record_for_each(clause: Clause, m: re.Match[str], parsed: FieldList) -> bool:
    """A verb-first "keep F, G and H for each x" that describes a whole new record."""
    if not (m["f2"] and m["ent2"]) or m["said"] or not clause.first:
        return False
    if clause.topic or len(parsed.attributes) < _MIN_RECORD_VALUES:
        return False
    said = clause.original.strip()
    if not rx(r"^(?:record|store|keep|track|capture|save|log)\s").match(said.lower()):
        return False  # the verb opens the request: nothing before it ("please also …")
    if _CHANGE_CUE.search(said.lower()) or not _BARE_FIRST_VALUE.match(m["f2"]):
        return False
    # the kind in lower case, one word after "each/every" ("each Dog" names one there is)
    kind = m["ent2"].strip()
    return (
        " " not in kind and re.search(rf"\b(?:each|every)\s+{re.escape(kind)}\b", said) is not None
    )


def add_to(clause: Clause) -> list[Statement]:
    if (header := _NEW_FIELDS_ON.match(clause.text)) and not is_frameish(header["ent"]):
        owners = entities_of(header["ent"])
        return [Declare(o, FieldList(), "add", clause.segment, header=True) for o in owners]
    text = rx(
        r"^(?:let us|(?:(?:i|we)\s+)?(?:also\s+)?(?:need|want|would like|have)\s+to)\s+(?:also\s+)?"
    ).sub(
        "",
        clause.text,
    )
    # "add email and mobile to Adopter, both required": the note is said of the fields
    text = _NOTE_AFTER_OWNER.sub(r"\g<head>, \g<note>\g<to>", text)
    text = _unit_note_to_field(text)
    if m := _ADD_THESE.match(text):
        owners = entities_of(m["ent"] or m["ent2"])
        if m["f2"] and _KEEPING_FRAME.match(m["f2"]) and not text.startswith(("add", "also add")):
            # "keep a record of every burial plot": the plots are what is kept, not a field;
            # "… of every kayak with hull and colour" is a create the declarations read
            if rx(r"\s(?:with|having|including)\s").search(m["ent2"] or ""):
                return []
            return [Mention(o, True, False, clause.segment) for o in owners]
        parsed = read_fields(m["f"] or f"{m['f2']} {m['said'] or ''}".strip())
        if not owners or not parsed.attributes:
            return []
        mode: Mode = "create" if _whole_record_for_each(clause, m, parsed) else "add"
        return [Declare(o, parsed, mode, clause.segment) for o in owners]
    m = _ADD_FIELD_FOR.match(text) or _ADD_TO.match(text) or _GIVE.match(text)
    if not m and (named := _GIVE_NAMED.match(text)):
        # "Give Batch original gravity and final gravity": the thing written as a name, then
        # its fields with no article between them
        said = rx(r"\bgive\s+(?:the\s+)?([A-Z][A-Za-z-]*)\s+[a-z]", re.I).search(clause.original)
        if said and said[1][0].isupper() and said[1].lower() == named["ent"]:
            m = named
    if not m:
        return []
    if (
        m.re is _ADD_TO
        and m["f"]
        and clause.topic
        and re.search(rf"\sfor\s+(?:the\s+)?{re.escape(m['ent'])}$", text)
        and not _written_as_name(m["ent"], clause.original)
        and (owner := read_noun(clause.topic)) is not None
    ):
        # "Room: add … the price for night": the thing named first owns the addition, and "for
        # night" says which price (`price_for_night`), as "… to Room" says it
        f = text[m.start("f") : m.end("ent")]
        return [Declare(owner, read_fields(f), "add", clause.segment)]
    ent, f = _type_after_owner(_owner_in_system(m["ent"]), m["f"] or m.groupdict().get("f2"))
    if (tail := _FIELD_AFTER_OWNER.match(ent)) and _capitalised_only(tail, clause.original):
        # "Add tour code to Tour and also the meeting point": after a thing written with its
        # capital, "the" and a name in lower case is one more field, never a second owner
        ent, f = tail["a"], f"{f} and {tail['b']}"
    if names_no_field(f) and is_when(ent):
        # "add the new fields Ana asked for on Monday": when she asked, not where they go
        topic = read_noun(clause.topic) if clause.topic else None
        return [Declare(topic, FieldList(), "add", clause.segment)]
    if rx(r"\b(?:whether|if)\s+(?:it|they|he|she)\s+(?:is|are|was|has|have)$").search(f):
        return []  # "… and whether it is on a service contract": a yes/no field, no owner
    if rx(r"\b(?:it|they|each one)\s+(?:belongs?|is linked|are linked)$").search(f):
        return []  # "need a Dive with depth, and it belongs to one Trip": a link, not a place
    if rx(r",\s*(?:the|my|our|his|her|their)\s+[a-z][a-z -]*?\s+(?:is|are|was|were)$").search(f):
        return []  # "add a phone to X, the manager is on my case": a clause of its own places
        # its subject, never the fields added
    # ("a reference to the booking" relates; "a booking reference" is a code, a field)
    related = r"\b(?:relationship|relation|link)\b|^(?:an?\s+|the\s+)?reference\b"
    if re.search(related, f) and not rx(r",|\b(?:and|plus)\b").search(f):
        return []  # "add a warehouse link to Shelf" relates; "a date and a photo link" lists
    # "Add gardeners to the greenhouse service": a new entity ("to the Service entity", or a
    # bare capitalised "to Service", names the one to change)
    marked = ent in text and re.search(rf"\b{re.escape(ent)}\s+entity\b", text) is not None
    # "to SprayApplication", "to LoanApplication": a frame word run into a name with capitals
    # is a kind of record named so, as "the Spray Application entity" is
    marked = marked or _written_as_name(ent, clause.original)
    # "add a start date to each site": a frame word counted one by one is a thing kept (a
    # building site, a store), never the app; a record, an entry stand for the thing in context
    marked = marked or counted_thing(ent)
    if is_frameish(ent) and not marked:
        noun = read_noun(f)
        return [Mention(noun, True, False, clause.segment)] if noun else []
    if rx(r"(?:it|them|this one|that one)").fullmatch(ent):  # "add a website field to it"
        parsed = read_fields(f)
        return [Declare(None, parsed, "add", clause.segment)] if parsed.attributes else []
    owners = entities_of(ent)
    if not owners and marked:
        owners = entities_of(f"{ent} entity")  # "to the Table entity": a frame word marked
    if not owners:
        return []
    if rx(r"(?:it|them|both|those|these|this|that|both of them|those in)").fullmatch(f):
        return [Declare(o, FieldList(), "add", clause.segment) for o in owners]
    if names_no_field(f) or rx(
        r"(?:some|a few|more|new|a|an|the|extra)?\s*(?:new\s+)?(?:fields?|columns?|attributes?"
        r"|properties)"
    ).fullmatch(f):
        return [Declare(o, FieldList(), "add", clause.segment, header=True) for o in owners]
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    if _many_owners(ent) and not rx(r"(?:an?|the|one|each)\s").match(f):
        # "track hire dates for employees": a plural value of things said in the plural is one
        # value per record, as "their hire dates" is ("notes", "allergies" stay as named, and
        # a count is named in the plural: "servings", "points")
        parsed.attributes = [
            one_per_record(a) if singular(a.name.split("_")[-1]) in _ONE_A_RECORD else a
            for a in parsed.attributes
        ]
    joint = len(owners) > 1 and _plain(parsed)  # "add email to Student and Teacher"
    return [Declare(o, parsed, "add", clause.segment, joint=joint) for o in owners]


# Values a record holds one of, whatever the plural said ("hire dates", "emails"); other plurals
# may name a list kept whole ("skills", "photos", "servings")
_ONE_A_RECORD = frozenset(
    """date number email phone address name code time mobile fax postcode url website
    username""".split()
)


def _many_owners(ent: str) -> bool:
    """ "employees", "all the dogs": things said in the plural, one word after a determiner."""
    words = rx(r"^(?:(?:all|both)\s+)?(?:(?:the|our|my|your)\s+)?").sub("", ent).split()
    return len(words) == 1 and singular(words[0]) != words[0]


def _plain(parsed: FieldList) -> bool:
    """Names with no article inside: "course_a_code" is "…, and the Course a code" (a second
    entity with its own field), not one list shared by the owners."""
    return not any(rx(r"(?:^|_)(?:a|an|the)_").search(a.name) for a in parsed.attributes)


def extend(clause: Clause) -> list[Statement]:
    m = _EXTEND.match(clause.text) or _EXTENDED.match(clause.text)
    if not m:
        return []
    if is_frameish(m["ent"]):  # "Extend the greenhouse service with plants"
        noun = read_noun(m["f"]) if m["f"] else None
        return [Mention(noun, True, True, clause.segment)] if noun else []
    owner = read_noun(m["ent"])
    if owner is None:
        return []
    if (
        not m["f"].strip()
        or header_count(m["f"])
        # ("… to be extended with the following:" over the fields, listed under it)
        or rx(r"(?:the following|these|as follows)\s*:?").fullmatch(m["f"].strip())
    ):
        return [Declare(owner, FieldList(), "add", clause.segment, header=True)]
    parsed = read_fields(m["f"])
    return [Declare(owner, parsed, "add", clause.segment)] if parsed.attributes else []


def forgot(clause: Clause) -> list[Statement]:
    m = _FORGOT.match(clause.text)
    if not m:
        return []
    owner = read_noun(m["ent"]) if m["ent"] else None
    parsed = read_fields(m["f"])
    if not parsed.attributes:
        return []
    return [Declare(owner, parsed, "add", clause.segment)]


# "the books we have": a noun phrase (after an article or determiner, a closed class) right
# before the pronoun is the thing, and "we have" a relative clause about it (a conjunction
# between them ends the phrase: "at the moment but I need …")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|our|my|their|your|his|her|its|this|that|these|those|each|every|all|some"
    r"|any)\s+[a-z-]+(?:\s+(?!(?:but|and|or|so|because|when|if|then)\b)[a-z-]+)?"
    r"\s+(?:we|i|you)$"
)


# "the volunteers asked that", "our treasurer suggested that": a report of what someone asked
# for, before the clause that says it (closed class of verbs of saying and asking)
_REPORTED = re.compile(
    r"^(?:(?:the|our|my|a|an|some|all|both)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:said|says|asked"
    r"|asks|told\s+(?:me|us)|suggested|suggests|requested|requests|insisted|mentioned"
    r"|pointed\s+out|proposed|proposes)\s+(?:that|if|whether)\s+(?=\S)"
)


def subject(clause: Clause) -> list[Statement]:
    """ "Invoice needs a due date", "Products have F; orders have F", "each has F"."""
    text = clause.text
    lead = _LEADING_MODAL.match(text)
    if lead:
        text = text[lead.end() :]
    for space in rx(r"\s").finditer(text):
        m = _SUBJECT_VERB.match(text, space.start())
        if m is None:
            continue
        # ("quick one — I forgot that …": the dash that set the talk off opens no subject)
        ent, f = text[: m.start()].strip().lstrip("—– ").strip(), text[m.end() :].strip()
        if said := _REPORTED.match(ent):
            # "the volunteers asked that every parcel also gets F": who asked is no owner; the
            # thing after "that" is (it was Volunteer, accepted)
            ent = ent[said.end() :]
        if rx(r"(?:do|does|did)?\s*(?:not|never|no longer)").fullmatch(ent):
            continue  # "Don't need anything else, promise.": nothing asked, no subject
        if _WISHING.search(ent):
            continue  # "the setters want to keep old routes around": a wish of people, no list
        if _WRITERS_PLACE.search(ent):
            return []  # "the coworking space I manage has hot desks": the writer's own setting
        if ent.endswith(","):
            continue  # "name, pitch count, has showers": a list item, not a verb after a subject
        if rx(r"(?:^|\s)(?:a|an|the)$").search(ent):
            continue  # "…, a ring number and a has laid flag": an article starts an item's name
        if rx(r"[a-z](?:'s|s')$").search(ent):
            continue  # "subject to the council's records policy": after a possessive, a noun
        if not ent or not f or rx(r"(?:needs?|has|have|gets?|should|must)\b").match(f):
            continue  # "each student record needs …": "record" is part of the subject
        if m["verb"].startswith("need") and _NEED_TO_DO.match(f):
            return []  # "bookings need to work with the new calendar": a need to do, no value
        if m["also2"] and rx(r"(?:carry|hold|store|keep|include|contain|show|capture)\b").match(f):
            continue  # "could the Patient records also carry F": "records" is the subject's
        if rx(r"\bwhether\s+(?:it|they|he|she|the\s+[a-z]+)$").search(ent):
            continue  # "…, rent and whether it has a water tap": the verb is the item's
        if rx(r"\b(?:if|when|where|unless)\s+(?:it|they|we|i|you|he|she)$").search(ent):
            continue  # "…, email if they have one, …": the verb is the optional marker's
        if rx(
            r"\s(?:we|i|you)(?:\s+(?:often|usually|sometimes|still|always|just))*"
            r"(?:\s+(?:do not|did not|never|can not|cannot|often do not))?$"
        ).search(
            ent,
        ) and not _RELATIVE_BEFORE.search(ent):
            # "when someone comes in we often don't have their NHS number": the people the
            # writer speaks for are the verb's subject; what they lack is no list of fields
            # (nor what they get: "Now and then we get walk-ins", the words before are when;
            # "the books we have: …" is a thing said with an article, then who has it)
            return []
        if m["lack"] and _SHOWN.search(ent):
            # "the export is missing the email column", "the page lacks a back button": what
            # a view of the data lacks is a complaint about the view, not a field of a thing
            return []
        if m["verb"].startswith(("ask", "collect")):
            form = rx(r"(?:the\s+)?(?P<thing>[a-z]+(?:\s[a-z]+)?)\s+forms?").fullmatch(ent)
            if form is None or not m["modal"]:
                continue  # "guests can ask for a late checkout": what people ask for
            ent = form["thing"]  # "the complaint form should ask for F": what it records
        if m["verb"].startswith(("store", "record")) and _FRAME_ONLY.fullmatch(f):
            # "Pet store app:", "Patient records system": the shop or the records name the
            # app, a noun before it; no thing stores an app
            continue
        if m["verb"].startswith("get") and rx(r"[a-z]{2,}[^e\s]ed\b").match(f):
            return []  # "the origin doesn't always get filled in": "get" + participle, a passive
        if _HABIT.match(f) and m["verb"].startswith(("keep", "get", "need")):
            return []  # "the vet keeps asking me …": a habit, not what is stored
        if m["verb"].startswith("keep") and rx(r"[a-z]+ing\s+(?:and|but|so)\s").match(f):
            return []  # "guests keep asking and the desk needs to know": a habit, then more
        if m["verb"].startswith("keep") and _BECOMING.match(f):
            return []  # "pallets keep going missing", "the vans keep breaking down": what happens
        if ent in ("they", "these", "those") and (not clause.first or clause.segment > 0):
            # "…, but they need F"; "We log tastings. They have a date and a score.": the
            # things said before
            read = _subject_fields(clause, "they", f, m, bool(lead))
            return _optional_if_some(read, m) if (m["modal"] or "").strip() in _MAYBE else read
        if _SOME_OF_THEM.fullmatch(ent) and (not clause.first or clause.segment > 0):
            # "Create dancers with name and email; some may have an agent phone": what only
            # some of the things said before have is an optional field of theirs
            return _optional_if_some(_subject_fields(clause, "they", f, m, bool(lead)), m)
        if (
            rx(rf"^(?:we|i|you|they|there|my|our|for|on|in|at|with|{COMMAND_VERBS})\b").match(ent)
            and not rx(r"[a-z]+ings?").fullmatch(ent)
            and not _named_like_a_command(ent, clause)
            and not _compound_led_by_a_command(ent, m)
            # "Our wigs also need a cap size": the writer's own things that also need a value
            # ("can our commission records also store F?": the modal asked first)
            and not (
                (m["also"] or m["also2"])
                and (m["modal"] or lead or m["verb"].startswith(("need", "require")))
                and rx(r"(?:our|my)\s+[a-z]+(?:\s[a-z]+)?").fullmatch(ent)
            )
            # "Our gym has trainers with a name and a specialism": the writer's place that has
            # things, each with its values, as "the gym has trainers with …" says
            and not (
                m["verb"] in ("has", "have")
                and rx(r"(?:our|my)\s+[a-z]+(?:\s[a-z]+)?").fullmatch(ent)
                and rx(r"[a-z]+s\s+with\s+(?:an?\s|the\s|their\s|its\s)?[a-z]").match(f)
            )
            and not _own_things_have_values(ent, m["verb"], f)
        ):
            # ("building has name and address": a word ending in -ing alone before the verb
            # is the thing, a noun, as "crossing has …" is)
            return []
        return _subject_fields(clause, ent, f, m, bool(lead))
    return []


def _own_things_have_values(ent: str, verb: str, f: str) -> bool:
    """ "Our members have a name and an email address", "my customers have names and phones":
    the writer's own things (a plural) that have nothing but a record's common values list
    their fields; "our shop has a café and a car park" (one place) says what the place has."""
    said = rx(r"(?:our|my)\s+(?P<noun>[a-z]+)").fullmatch(ent)
    if verb != "have" or said is None or singular(said["noun"]) == said["noun"]:
        return False
    listed = read_fields(f)
    return len(listed.attributes) >= 2 and not listed.dropped and all_common_values(listed)


def _named_like_a_command(ent: str, clause: Clause) -> bool:
    """ "Show needs a genre", "Match should have a referee": a thing named by a word that is
    also a command, written with its capital before the verb of having, is the subject (no
    command is followed by "needs" or "should have")."""
    said = _CAPITAL_THEN_HAVING.match(clause.original)
    return said is not None and said["name"] == ent.capitalize()


# Commands that are also nouns and name things with the noun after them: "print jobs",
# "record labels", "order lines", "track sections", "store managers", "call logs".
_NOUN_LIKE_COMMANDS = frozenset(
    "print record order report track list log register store call display match book stock"
    " show test check set run".split()
)
# These also take a clause after them ("check invoices have a total", "test runs have …"
# said as "test that runs have …"), so the compound needs a modal or "also" to be a subject.
_CLAUSE_TAKING = frozenset("show test check set run".split())
_NOT_A_NOUN_WORD = frozenset(
    "the a an our my your their his her its this that these those each every all some any no"
    " which what who whose where when how if that whether and or but so then also".split()
)


def _compound_led_by_a_command(ent: str, m: re.Match[str]) -> bool:
    """ "Print jobs should also have a cost", "PrintJob needs a cost": a command word that is
    also a noun, then one or two more nouns, then a verb of having, is a compound subject; no
    command is followed by its object and then "should" or "needs"."""
    words = ent.split()
    if not 2 <= len(words) <= 3:
        return False
    if any(w in _NOT_A_NOUN_WORD or not w.isalpha() for w in words[1:]):
        return False
    if words[0].endswith("ing") and len(words) == 2:
        # "Recording sessions should also have a cost", "Tracking numbers need a carrier": a
        # gerund that is a noun before a plural names a kind of thing (as at a list's head)
        return gerund_names_kind(words[0], words[1]) or (
            is_noun(words[0]) is True and bool(m["modal"] or m["also"] or m["also2"])
        )
    if words[0] not in _NOUN_LIKE_COMMANDS:
        return False
    return words[0] not in _CLAUSE_TAKING or bool(m["modal"] or m["also"] or m["also2"])


# a capitalised word opening the text, then a verb of having
_CAPITAL_THEN_HAVING = re.compile(
    r"\s*(?P<name>[A-Z][a-z]+)\s+(?:should|must|needs?|has|have|requires?)\b"
)


# what shows the data rather than holds it (closed class): a view, an output, a screen
_SHOWN = re.compile(
    r"\b(?:exports?|reports?|pages?|forms?|screens?|views?|csv|files?|dashboards?|printouts?"
    r"|spreadsheets?|sheets?|emails?|pdfs?|lists?|tables?\s+view|search(?:\s+results)?|ui"
    r"|websites?|sites?|apps?|menus?|buttons?|labels?|receipts?|summar(?:y|ies))\b(?!\s+entity)"
)
_MAYBE = ("may", "might")
# the things said before, some of them: "some", "a few of them", "not all of them"
_SOME_OF_THEM = re.compile(
    r"(?:some|a few|several|many|most|not all|not every one|the odd one)(?:\s+of\s+(?:them|those))?"
)


def _optional_if_some(read: list[Statement], m: re.Match[str]) -> list[Statement]:
    """The fields of a "some (may) have F" or "they may have F": optional, as "may have" is."""
    out: list[Statement] = []
    for statement in read:
        if isinstance(statement, Declare) and statement.fields.attributes:
            attrs = [replace(a, required=False) for a in statement.fields.attributes]
            statement = replace(statement, fields=replace(statement.fields, attributes=attrs))
        out.append(statement)
    return out


# ("Kennel record update", "Hive records changes": a title's piece of work done on the records)
_FRAME_ONLY = re.compile(
    r"(?:(?:a|an|the|our|my)\s+)?(?:"
    + "|".join(sorted(HARD_FRAMES))
    + r"|updates?|changes?|additions?|clean-?up|tidy-?up|fix(?:es)?|rework)\s*[:.!]?"
)
# "the vet keeps asking me …", "it needs checking": a habit or a chore, not what is stored; a
# word in -ing before a noun is a name ("needs ring code (string)", "needs booking ref")
_HABIT = re.compile(
    r"[a-z]+ing(?:\s+(?:me|us|you|him|her|them|it|for|about|to|if|whether|on|at|in|up|out|the"
    r"|a|an|our|my|their|his|its|every|each|all|again|more|less"
    # "the depot managers keep losing track of the key safes": what they lose hold of
    r"|(?:track|count|sight|hold)\s+of"
    # "sales keeps asking which tenant is where": a question asked again and again
    r"|which|who|what|when|where|why|how)\b|\s*[,.!?]|\s*$)"
)
# "keep going missing", "keep getting lost", "keep running out": "keep" before a verb of
# becoming or ending up ("keep running totals" keeps totals) says what keeps happening to the
# things, never what they hold
_BECOMING = re.compile(
    r"(?:going|getting|coming|breaking|falling|turning|being)\s+[a-z]"
    r"|running\s+(?:out|low|late|over)\b"
)
_SINGULAR_VERBS = frozenset("has needs gets requires is".split())
# "the coworking space I manage", "the club we run": a subject placed by the writer's own role
_WRITERS_PLACE = re.compile(
    r"\s(?:that\s+|which\s+)?(?:i|we)\s+(?:manage|run|own|work\s+(?:at|in|for)|look\s+after"
    r"|volunteer\s+(?:at|for|with)|help\s+(?:at|with|run))$"
)


def _stated(m: re.Match[str]) -> bool:
    """ "Each job sheet shall contain F", "… shall capture F": "shall" is the modal of a
    requirement document, which states what a thing holds (a change says "also" or "new")."""
    return (m["modal"] or "").strip() == "shall"


def _subject_fields(
    clause: Clause, ent: str, f: str, m: re.Match[str], modal_lead: bool
) -> list[Statement]:
    owners = entities_of(ent)
    pronoun = rx(r"(?:each|each one|every one|it|they|each of them)").fullmatch(ent)
    if not owners and not pronoun:
        return []
    if len(owners) > 1 and m["verb"] in _SINGULAR_VERBS and not rx(r"\beach\b").search(ent):
        # "number, floor, beds and has balcony": a list takes "have"; a singular verb after
        # it starts the list's last item ("has balcony" is a yes/no field), not a sentence
        return []
    if header_count(f):
        # "Invoice gets two new fields:" adds; "Each kennel has the following attributes:"
        # says what a kennel has, as a list under "Kennel:" does
        more = rx(r"\b(?:new|more|extra|additional|another|also)\b").search(f + " " + ent)
        has = m["verb"].startswith(("has", "have", "contain", "include")) and not more
        has = has or (_stated(m) and not more)
        mode: Mode = "has" if has else "add"
        return [Declare(o, FieldList(), mode, clause.segment, header=True) for o in owners]
    each = bool(rx(r"\beach\s+(?:have|has|need|get)").search(clause.text))
    said = FIELD_REMARK.sub(lambda r: r["marker"], f)  # "… field that the new sensors …"
    added = _ADD_WORDS.search(said.split(",")[-1])
    add = bool(m["also"] or m["also2"] or added or each or m["lack"])
    too = bool(add and added and added[0] in ("too", "as well") and not (m["also"] or m["also2"]))
    too = too and not each and not _ADD_WORDS.search(said.split(",")[-1], added.end())
    add = add or bool(rx(r"^both\b").match(ent))  # "both X and Y need F": they exist
    # "employees have a hire date from now on": one value a thing holds from a point in time
    # on is a change to a thing that exists (the time words may be gone from the clause's
    # text); a thing described with several fields is still made (tkt27)
    add = add or bool(
        _FROM_NOW_ON.search(clause.original.lower()) and len(read_fields(f).attributes) == 1
    )
    if not add and _stated(m):
        pass  # "Each reading shall hold F": a requirement states what the thing holds
    elif not add and (m["modal"] or modal_lead) and not rx(r"\b(?:have|has)\b").search(m["verb"]):
        add = True  # "could customers keep …", "X should store …": a change
    elif (
        not add
        and modal_lead
        and clause.original.rstrip().endswith("?")
        and len(read_fields(f).attributes) == 1
        and not rx(r"(?:a|an|one)\s").match(ent)
    ):
        # "Can students have a guardian phone?": one value asked of things there are ("Can a
        # cookbook have a rating?" asks of any one: what a thing may be, learn.py keeps it)
        add = True
    # "SmartMeter gets a tariff code": getting something is a change to what it had, read as
    # "needs" is (an add unless the request creates)
    needs = m["verb"].startswith(("need", "require", "get"))
    # "Invoices should have a due date", "donors must have a blood group": what a thing ought
    # to have is what it needs (a change to a thing there is, when one or two values are said;
    # it read as a new Invoice, accepted); "has", "shall have", "will have" state what it is
    needs = needs or bool(
        m["verb"] in ("have", "has")
        and rx(r"(?:should|must|ought to|has to|have to|needs? to)").fullmatch(
            (m["modal"] or "").strip()
        )
    )
    # "Kiln to have element install date", "Driver to include a transponder code": a ticket's
    # headline says what a thing is to have, as "should have" does (it read as a new Kiln of
    # one field, accepted)
    needs = needs or bool(m["to"] and not m["modal"] and m["verb"] in ("have", "include"))
    mode: Mode = "add" if add else ("need" if needs else "has")
    f = rx(r"\s+(?:too|as well|also)$").sub("", f)
    if len(owners) == 1:
        f = _owner_said_again(f, owners[0].name)
    heads = {a.name.split("_")[-1] for a in read_fields(f).attributes}
    if any(swaps_a_field(swap, heads) for swap in INSTEAD_OF.finditer(clause.original.lower())):
        # "Student has contact email instead of email": one field put in another's place is a
        # rename or a swap, never the list of a new thing (not read: the person is asked)
        return []
    if _RELATIVE_WITH.search(f):
        return []  # "each cafe has a standing order that changes with the seasons": the verb's
    if len(owners) == 1 or not owners:
        declared = declares(clause, owners[0] if owners else None, f, mode)
        if too:
            declared = [replace(d, too=True) if isinstance(d, Declare) else d for d in declared]
        return (
            declared
            if any(isinstance(d, Declare) and d.fields.attributes for d in declared)
            else []
        )
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    joint = bool(rx(r"\b(?:both|each|all)\b").search(ent) or each) and _plain(parsed)
    return [Declare(o, parsed, mode, clause.segment, joint=joint, too=too) for o in owners]


# "members also need their emergency contact on Member": the subject's own thing named again
# after the value, as the place it goes, is no part of the value's name ("name on card" keeps
# its "on card": a card is not the subject)
_PLACE_AFTER = re.compile(
    r"\s+on\s+(?:(?:the|each|every|a|an|our)\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?:\s+(?:entity|table|model|records?))?\s*$"
)


def _owner_said_again(f: str, owner: str) -> str:
    """The value list `f` without a last "on <owner>" that names the subject again."""
    m = _PLACE_AFTER.search(f)
    if m is None or m.start() == 0:
        return f
    noun = read_noun(m["e"])
    if noun is None or noun.name.lower() != owner.lower():
        return f
    return f[: m.start()]


# "a standing order that changes with the seasons", "a menu which varies with the weather":
# "with" after the verb of a relative clause is that verb's own, and opens no list of fields
_RELATIVE_WITH = re.compile(r"\b(?:that|which|who)\s+(?!has\b|have\b)[a-z]+s\s+with\b")


# "can you put those in?", "add them too": the fields said before, on the entity said before
_ADD_PRONOUN = re.compile(
    r"^(?:also\s+)?(?:add|put|include|put in|throw in)\s+(?:those|these|them|both|both of them"
    r"|it|one|all of them|all of those|those fields|these fields|those two|these two"
    # "please add these two fields", "add this two fields" (second-language "this")
    r"|(?:these|those|this|the) (?:two|three|four|new) (?:fields|columns|things|ones))"
    r"(?:\s+(?:in|on|there|too|as well|also|for me|for us|please))*$"
)


def add_pronoun(clause: Clause) -> list[Statement]:
    """An add whose fields are named in another clause: the add says it is a change."""
    if not _ADD_PRONOUN.match(clause.text):
        return []
    topic = read_noun(clause.topic) if clause.topic else None
    return [Declare(topic, FieldList(), "add", clause.segment)]


def add_bare(clause: Clause) -> list[Statement]:
    """ "add email and phone" (an entity in context, or a question), "For each book, also
    store whether it is published" (the topic's entity)."""
    if pronoun := add_pronoun(clause):
        return pronoun
    m = _ADD_BARE.match(clause.text)
    if not m:
        return []
    topic = read_noun(clause.topic) if clause.topic else None
    f = m["f"] or m["f2"]
    if m["f2"] and topic is None and not m["also"]:
        return []  # "store people with …" is a create, read elsewhere
    if m["f"] and names_no_field(f):
        return [Declare(topic, FieldList(), "add", clause.segment)]  # "add the fields Ana wanted"
    noun = read_noun(f)
    if noun is not None and noun.explicit:
        return [Mention(noun, True, False, clause.segment)]
    parsed = read_fields(f)
    if not parsed.attributes:
        return []
    # "On Kiln could we also record …": the "also" the ask carried (dropped with the ask in
    # `simplify`) still says the thing had fields before
    also = m["also"] or (topic is not None and _ALSO_ASKED.search(clause.original))
    mode: Mode = "add" if m["f"] or also else "need"
    return [Declare(topic, parsed, mode, clause.segment)]


_ALSO_ASKED = re.compile(
    r"\b(?:can|could|would|will|may)\s+(?:you|we|u|i)\s+(?:please\s+)?also\b", re.I
)


_FIELD_AFTER_OWNER = re.compile(
    r"^(?P<a>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:and\s+also|and|plus|as well as)\s+"
    r"(?P<b>(?:also\s+)?(?:the|a|an|its)\s+[a-z][a-z -]{0,40})$"
)


def _capitalised_only(tail: re.Match[str], original: str) -> bool:
    """The owner written with its capital ("Tour"), the words after it in lower case."""
    owner = r"\s*".join(w.capitalize() for w in tail["a"].split())
    if not re.search(rf"\b{owner}\b", original):
        return False
    words = tail["b"].split()[-1]
    return re.search(rf"\b{words}\b", original) is not None and not re.search(
        rf"\b{words.capitalize()}\b", original
    )


def _written_as_name(words: str, original: str) -> bool:
    """ "spray-application" written "SprayApplication": two or more words run together, each
    with its capital, as an entity's name is written."""
    parts = rx(r"[\s-]+").split(words)
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return False
    # (the cleaner writes "SprayApplication" as "Spray-Application")
    named = "-?".join(p.capitalize() for p in parts)
    return re.search(rf"\b{named}\b", original) is not None
