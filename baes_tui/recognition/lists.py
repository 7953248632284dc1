"""Field lists that may open further entities, shared by the create and add readers.

"…with name and country, and books with title" opens Book after Author; "products (name,
price) and orders (quantity)" groups fields in parentheses; "…, and belong to one
department" is a relationship said of the entity being listed; "…, and books." names an entity
with no fields (a Mention, so the request asks about it).
"""

from __future__ import annotations

import re

from baes_tui.core.inflection import singular
from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, furniture_tables, read_noun
from baes_tui.recognition.fields import FieldList, annotates_one, read_fields
from baes_tui.recognition.lexicon import SYSTEM_WORDS, TYPE_ALTERNATION, TYPE_WORDS, UNIT_WORDS
from baes_tui.recognition.nouns import first_sense, is_noun
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.relations import (
    VALUE_NOUNS,
    names_a_value,
    read_predicate,
    read_relation,
)
from baes_tui.recognition.statements import Declare, Mention, Mode, Statement

_HEADER_COUNT = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|\d+|some|a few|several|the following|these)\s+)?"
    r"(?:(?:new|more|extra|additional|other|following)\s+)*(?:fields?|columns?|attributes?"
    r"|properties)\s*:?$"
)
LIST_INTRO = re.compile(
    r"^(?:need\s+(?!to\b)"
    r"|(?:i|we|she|he|they)\s+(?:would\s+)?(?:care about|need|want|would need|would want"
    r"|would like"
    r"|like|have|track|store|record|keep)\s+|just\s+|only\s+|with\s*:?\s*"
    # "fields: name, …", "fields name, …"; a lone "field" before a word is that word's noun
    # ("Field Name, Crop": the paddock's name), announcing nothing
    r"|fields?\s*:\s*|fields\s+"
    r"|it has\s+|they have\s+|each (?:one )?has\s+|each of them has\s+|things like\s+"
    r"|each (?:one )?(?:with|having)\s+|(?:each|every) (?:one|of them) (?:with|having)\s+"
    r"|(?:(?:two|three|four|five|2|3|4|5|the following|these|some)\s+)?(?:entities|tables"
    r"|models|resources)\s*:\s*"
    # "… has the following fields: F, G": the words that announce the list are no field
    # ("… with the following: F, G": the announcing words alone, before the colon)
    r"|(?:the\s+)?following(?:\s+(?:fields|attributes|columns|properties|details|data))?\s*:\s*"
    r"|stuff like\s+|such as\s+|like\s+"
    # "Details needed are name, …", "the details we need are …", "details required: …"
    # "Columns are Date, Vendor, …", "the headers are …": a sheet's columns are its fields
    r"|(?:the\s+)?(?:details|fields|info|information|columns|(?:column\s+)?headers|headings)\s+"
    r"(?:(?:needed|required|wanted)\s+"
    r"|(?:we|i)\s+(?:need|want|keep|store)\s+)?(?:are|:)\s*)+"
)
# "with just:", "with the following fields:", "with these attributes:": the list is under it
HEADS_LIST = (
    r"\s*(?:just|only|the following|these|following|its|their)?\s*(?:(?:fields?|attributes?"
    r"|columns?|properties)\s*)?:?\s*"
)
GROUP = re.compile(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_SUB_ENTITY = re.compile(
    # ("…, a name and a needs repair flag": an article before the verb's word opens an item)
    r"^(?:and\s+|plus\s+|also\s+)?(?P<np>[a-z][a-z' -]{0,40}?)(?<!\s)(?<!\ba)(?<!\ban)(?<!\bthe)"
    r"\s*(?:(?:with|having|that have"
    r"|that has|have|has|need|needs)\s*:?\s+(?P<f>.+)|\((?P<g>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*)$"
)
# "… and belong to a single department": a relationship said of the entity being listed. "work"
# and "sit" are that verb only before their preposition: "work emails" is a field.
_PREDICATE_TAIL = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*->\s*)(?=(?:each|every|it|they)?\s*(?:belongs?"
    r"|works?\s+(?:in|at|for|on|under|with)|sits?\s+(?:in|on|at|under|inside|within)"
    r"|is assigned|are assigned|is linked|are linked|is part of|are part of"
    # "…, and comes from one supplier", "… and is taught by one instructor": counted, a link
    r"|(?:comes?\s+from|(?:is|are)\s+(?:from|[a-z]{3,}\s+by))\s+(?:one|a single|exactly one"
    r"|only one|just one|many|several|multiple)\s)\b)"
)
_ANNOTATION_WORDS = (
    frozenset(TYPE_WORDS)
    # the words of a type name said in several ("whole number", "date and time")
    | frozenset(word for name in TYPE_WORDS for word in name.split())
    | UNIT_WORDS
    | frozenset(
        """optional required nullable mandatory unique just a an not can be empty blank
        if known""".split()
    )
)
_AND_ENTITY = re.compile(
    r"^(?P<a>.+?)\s+(?:and|plus)\s+(?P<b>(?P<np>[a-z][a-z -]{0,30}?)\s*(?:(?:with|having)\s"
    r"|\((?=[^)]*,)))"
)


def header_count(text: str) -> bool:
    """ "two new fields:", "one more field" — a header whose fields are listed under it."""
    return bool(_HEADER_COUNT.match(text.strip()))


def entities_of(text: str) -> list[Noun]:
    """ "Student and Teacher", "both the Student and the Teacher entities" → two nouns."""
    text = rx(r"^(?:both\s+)").sub("", text.strip())
    marked = text
    if not furniture_tables(rx(r"[a-z]+").findall(text)) or rx(r",|&|\band\b").search(text):
        # ("picnic tables: code, park" are furniture kept; "Student and Teacher tables" two)
        text = rx(r"\s+(?:entities|entity|tables|models)$").sub("", text)
    # ("to Customer as well as Supplier": two owners, as "and" joins them)
    parts = [p for p in rx(r"\s*(?:,|\band\b|&|\bas well as\b)\s*").split(text) if p.strip()]
    nouns = [read_noun(p) for p in parts]
    if len(parts) > 1 and all(nouns):
        return [n for n in nouns if n is not None]
    # "the Table entity", "the Release entity": a frame word marked as the entity is one
    noun = read_noun(text) or (read_noun(marked) if marked.endswith(" entity") else None)
    return [noun] if noun else []


def is_frameish(text: str) -> bool:
    """ "the greenhouse service", "the app": the system, not one of its entities ("a service
    contract", "app version": a system word before the noun it modifies is no system)."""
    words = rx(r"[a-z]+").findall(text)
    return any(
        w in SYSTEM_WORDS and (i == len(words) - 1 or words[i + 1] in _AFTER_SYSTEM_WORD)
        for i, w in enumerate(words)
    )


_AFTER_SYSTEM_WORD = frozenset(
    "for to of that which with on in around about where we i so and or is are".split()
)


def declares(clause: Clause, noun: Noun | None, text: str, mode: Mode) -> list[Statement]:
    """The fields of `noun`, and any further entities the list opens."""
    out: list[Statement] = []
    relations: list[Statement] = []
    current, current_text = noun, []
    text = LIST_INTRO.sub("", text.strip())
    if noun is not None and rx(HEADS_LIST).fullmatch(text):
        return [Declare(noun, FieldList(), mode, clause.segment, header=True)]  # "… with just:"
    tail = None
    if cut := _PREDICATE_TAIL.search(text):
        text, tail = text[: cut.start()], text[cut.end() :]
    closed = False  # the current entity's fields were given in parentheses
    # "birds with name species and weight and hunts with …": pieces cut at "and" are put back
    # with "and", so a list said without commas is still read as one (cut where names end)
    joiner = ", " if rx(r"[,;|]").search(text) else " and "
    if (g := GROUP.match(text)) and is_group_text(g["inner"]):
        current_text.append(g["inner"])  # "products (name, price) and orders (…)"
        text = text[g.end() :].lstrip(" ,;")
        closed = True
    pieces = _pieces(text)
    for number, piece in enumerate(pieces):
        if len(piece.split()) >= 3 and (related := _related(clause, piece)) is not None:
            relations.append(related)  # "…; suppliers provide parts"
            continue
        m = _SUB_ENTITY.match(piece)
        if m and rx(r"\b(?:whether|if)\b|\b(?:it|they|he|she)$").search(m["np"]):
            m = None  # "a capacity and whether it has a projector": a yes/no field, no entity
        opens = m is not None and _is_group(m) and _opens_entity(m, _has_sentence(clause.text))
        if opens and m is not None and current_text and _values_of_a_field(m, clause.original):
            opens = False  # "…, and the weather (clear, cloudy, rain)": one field's values
        if m and not opens and closed and _one_field_of_a_name(m, clause.original):
            # "Customer (name, email) and Order (total)": after a group that was an entity's
            # fields, a name written with a capital and one field in parentheses is one more
            # entity (not the field "order" typed by "total")
            opens = True
        sub = read_noun(m["np"]) if m and opens else None
        if (
            sub is None
            and m is not None
            and opens
            and len(m["np"].split()) == 1
            and re.search(
                rf"(?:^|[,;]\s*|\band\s+){m['np'].capitalize()}\s+with\b", clause.original
            )
        ):
            # (ly62) "Customer with name, …, Site with address, …": a frame word ("site",
            # "portal") written as a name, its own list after "with", is the next thing, as
            # "the Site entity" is
            sub = read_noun(f"{m['np']} entity")
        if sub is None and m and opens and closed and m["g"] and "," in m["g"]:
            # "Releases (…) and features (title, flag key)": after a group that closed a
            # thing's fields, a word that is no entity alone ("features") with a list of its
            # own is the next thing (its list was one field, features, typed by "flag")
            words = m["np"].split()
            sub = read_noun(" ".join([*words[:-1], singular(words[-1]), "entity"]))
        if sub is None and closed and (bare := _bare_entities(piece, clause.original)):
            # "bands (name, genre), stages, and vendors (…)": the parenthesis closed Band's
            # fields, so "stages" is an entity named without fields, asked about; so is each
            # of "…), dog walkers and vets" (the next piece may be one more)
            if current is not None or current_text:
                out.append(_declare(clause, current, joiner.join(current_text), mode))
            out.extend(Mention(noun, True, False, clause.segment) for noun in bare)
            current, current_text = None, []
            continue
        if (
            sub is None
            and not closed
            and number > 0
            and number == len(pieces) - 1
            and current_text
            and (named := _capitalised_after(piece, current_text, clause.original))
        ):
            # "Streetlight with column ref and wattage, plus Cabinet and Feeder Pillar": the
            # last item written with capitals where the fields before it were not names things
            # of their own, named without fields (asked about), not two more fields
            out.append(_declare(clause, current, joiner.join(current_text), mode))
            out.extend(Mention(noun, True, False, clause.segment) for noun in named)
            current, current_text = None, []
            continue
        closed = bool(sub is not None and m is not None and m["g"] is not None)
        if number == 0 and sub and m and noun and not noun.explicit and not current_text:
            # "a library system with authors (…) and books (…)": the np was the frame
            current, current_text = sub, [m["f"] or m["g"]]
            continue
        if sub is not None and m is not None and (current_text or current not in (noun, None)):
            out.append(_declare(clause, current, joiner.join(current_text), mode))
            current, current_text = sub, [m["f"] or m["g"]]
        elif sub is not None and m is not None and current is None:
            current, current_text = sub, [m["f"] or m["g"]]
        else:
            current_text.append(piece)
    if current is not None or current_text or not isinstance(out[-1:] and out[-1], Mention):
        out.append(_declare(clause, current, joiner.join(current_text), mode))
    if tail is not None:
        tail = rx(r"^(?:each|every|it|they)\s+").sub("", tail)
        related = read_predicate(tail, current, clause.segment)
        if related is not None:
            out.append(related)
    return _trailing_mentions(clause, out) + relations


def _bare_entities(piece: str, original: str) -> list[Noun]:
    """ "stages", "dog walkers and vets": each part a bare entity (else none is)."""
    parts = rx(r"\s+(?:and|&)\s+").split(piece.strip())
    nouns = [_bare_entity(part, original) for part in parts]
    return [n for n in nouns if n is not None] if all(nouns) else []


def _bare_entity(piece: str, original: str) -> Noun | None:
    """ "stages", "and food stalls", "plus Permit": a plural noun, or a name written with a
    capital, on its own, with no fields and no annotation."""
    piece = rx(r"^(?:and|plus|also)\s+").sub("", piece.strip()).rstrip(" .")
    if "(" in piece or len(piece.split()) > 3:
        return None
    named = rx(r"[a-z]+").fullmatch(piece) and re.search(
        rf"(?<=[a-z,] ){piece.capitalize()}\b", original
    )
    if not piece.endswith("s") and not named:
        return None
    noun = read_noun(piece)
    return noun if noun is not None and (named or noun.words[-1].endswith("s")) else None


def _capitalised_after(piece: str, before: list[str], original: str) -> list[Noun]:
    """ "plus Cabinet and Feeder Pillar" after "column ref and wattage": each part written
    with a capital on every word, mid-sentence, where no field before it was — the capitals
    mark names of things (a sheet's header row capitalises every column, and stays fields)."""
    if not rx(r"^(?:and|plus|also|as well as)\s").match(piece.strip()):
        return []
    body = rx(r"^(?:and|plus|also|as well as)\s+").sub("", piece.strip()).rstrip(" .")
    parts = rx(r"\s+(?:and|&)\s+").split(body)
    if not 1 <= len(parts) <= 3 or any(
        not rx(r"[a-z]+(?: [a-z]+){0,2}").fullmatch(p) or singular(p.split()[-1]) in VALUE_NOUNS
        for p in parts
    ):
        return []  # ("…, and Phone": a value's name, capitalised or not, is a field)

    def titled(words: str) -> bool:
        said = " ".join(w.capitalize() for w in words.split())
        return re.search(rf"(?<=[a-z,] ){re.escape(said)}\b", original) is not None

    items = [i for b in before for i in rx(r"\s*(?:,|\band\b|\bplus\b)\s*").split(b) if i.strip()]
    if not items or any(titled(i.strip()) for i in items) or not all(titled(p) for p in parts):
        return []
    nouns = [read_noun(p) for p in parts]
    return [n for n in nouns if n is not None] if all(nouns) else []


def _related(clause: Clause, piece: str) -> Statement | None:
    """A list piece that is a relationship statement of its own."""
    # "…, and a many-to-many between stages and performers", "…, with a many-to-many between
    # …": the "and" or "with" after the comma only joins the statement to the list
    piece = _AND_KIND.sub("", piece)
    if "(" in piece or rx(r"\b(?:with|having)\b").search(piece):
        return None
    if rx(r"\s(?:flag|boolean|bool|yes/no|true/false)$").search(piece):
        return None  # "a queen marked flag": a yes/no field named by its words, no relation
    if _TYPED_AS.search(piece):
        return None  # "last reading as a float": a field and its type, no relation
    related = read_relation(Clause(piece, clause.original, None, "", clause.segment, False))
    if related is not None and related.owner is not None and _compound_noun(piece, related.owner):
        return None  # "policy holder postcode", "third party insurer": one field's name
    return related


_AND_KIND = re.compile(
    r"^(?:and|plus|with|and with|having)\s+"
    r"(?=(?:an?\s+)?(?:many-to-many|many-to-one|one-to-many|one-to-one)\s)"
)
_TYPED_AS = re.compile(r"\sas\s+(?:an?\s+)?(?:" + TYPE_ALTERNATION + r")$")


def _compound_noun(piece: str, owner: Noun) -> bool:
    """ "policy holder postcode": after a singular first noun, a word that is no verb agreeing
    with it (no -s, no auxiliary) continues a compound noun; "a policy holds postcodes" and
    "policies hold postcodes" are sentences."""
    words = rx(r"^(?:and|plus|also|a|an|the|each|every)\s+").sub("", piece.strip()).split()
    size = len(owner.words)
    if len(words) <= size or [singular(w) for w in words[:size]] != [
        singular(w) for w in owner.words
    ]:
        return False
    last, after = words[size - 1], words[size]
    plural_subject = singular(last) != last
    return not plural_subject and not rx(
        r"[a-z]+s|can|may|must|will|would|should|could|might|shall|is|was|has|had|does|did"
    ).fullmatch(
        after,
    )


def _has_sentence(text: str) -> bool:
    """ "Episode has title and length, …": the clause opens with a thing that has its fields."""
    return bool(rx(r"^(?:the\s+|each\s+|every\s+|an?\s+)?[a-z][a-z-]*\s+has\s").match(text))


def _opens_entity(m: re.Match[str], parallel: bool = False) -> bool:
    """ "orders have a quantity" opens Order; "special needs (optional)" is one field. After a
    clause that opened "X has …" (`parallel`), "…, y has F" is the same sentence said of Y."""
    if m["f"] is None:
        return True
    if not read_fields(m["f"]).attributes:
        return False
    said = m.group(0)[len(m["np"]) :].lstrip()
    if (
        said.startswith("with ")
        and len(m["np"].split()) == 1
        and is_noun(m["np"]) is False
        and _ONE_YES_NO.fullmatch(m["f"].strip())
    ):
        # "passed with distinction (yes/no)": a word that is no noun, with one yes/no after
        # it, is one field's name (no Passed); "a van with refrigerated (yes/no)" opens Van
        return False
    if rx(r"(?:has|needs)\b").match(said) and rx(r"(?:a|an|each|every)\s").match(m["np"]):
        return True  # "…: a hotel has a name, city …; a room has …": a sentence about one
    if parallel and rx(r"has\b").match(said) and rx(r"(?:the\s+)?[a-z][a-z-]*").fullmatch(m["np"]):
        return True  # "Episode has title and length, guest has name": two sentences, one each
    if rx(r"(?:have|has|need|needs)\b").match(said):
        return m["np"].split()[-1].endswith("s")
    return True


# "distinction (yes/no)": one field's words, then a yes/no note closing it
_ONE_YES_NO = re.compile(r"[a-z][a-z' -]{0,40}?\s*\((?:yes\s*/\s*no|y\s*/\s*n|true\s*/\s*false)\)")


def _is_group(m: re.Match[str]) -> bool:
    if m["f"]:
        return True
    inner = m["g"] or ""
    if is_group_text(inner):
        return True
    if annotates_one(inner):
        return False  # "total points (whole number)", "a priority (low/medium/high)"
    # "authors (name)": one field in parentheses after a plural noun
    words = set(rx(r"[a-z/]+").findall(inner))
    last = m["np"].split()[-1] if m["np"].split() else ""
    return bool(words - _ANNOTATION_WORDS) and last.endswith("s") and len(inner.split()) <= 3


_FIELD_TYPE_WORDS = frozenset({"date", "email", "time"})


_VALUE_ITEM = re.compile(r"(?!not\b)[a-z][a-z-]*(?:\s[a-z][a-z-]*)?")
_FIELD_WORD = re.compile(
    r"\b(?:name|email|phone|mobile|address|date|price|title|notes?|description|code|number"
    r"|status|type|size|age|id|count|amount|cost|fee|time)\b"
)


def _values_of_a_field(m: re.Match[str], original: str) -> bool:
    """ "the weather (clear, cloudy, rain)" after fields already listed: a singular word in
    lower case, then short words none of which is a field's own word, gives one field's
    values ("supplier (name, phone)" still opens a thing)."""
    inner, np = (m["g"] or "").strip(), m["np"].strip()
    if not inner or m["f"] or not np or singular(np.split()[-1]) != np.split()[-1]:
        return False
    if np.split()[-1].endswith("s") or re.search(rf"\b{np.split()[-1].capitalize()}\b", original):
        return False
    items = [i.strip() for i in rx(r",|\bor\b").split(inner) if i.strip()]
    return len(items) >= 2 and all(
        _VALUE_ITEM.fullmatch(i) and not _FIELD_WORD.search(i) for i in items
    )


def _one_field_of_a_name(m: re.Match[str], original: str) -> bool:
    inner = (m["g"] or "").strip()
    words = rx(r"[a-z/]+").findall(inner)
    # ("Trip (date)": a type's word that is also what many things hold is that field)
    if inner not in _FIELD_TYPE_WORDS and (
        not words or len(words) > 3 or annotates_one(inner) or not set(words) - _ANNOTATION_WORDS
    ):
        return False
    name = r"\s+".join(w.capitalize() for w in m["np"].split())
    return bool(name) and bool(re.search(rf"(?<![A-Za-z]){name}\s*\(", original))


def is_group_text(inner: str) -> bool:
    """ "(name, country)" groups fields; "(minutes, integer)" annotates one."""
    words = set(rx(r"[a-z/]+").findall(inner))
    return (
        bool(words - _ANNOTATION_WORDS)
        and ("," in inner or " and " in inner)
        and not annotates_one(inner)
    )


_AFTER_GROUP = re.compile(  # (one annotation may sit inside: "length (number)")
    r"(?P<np>[a-z]+)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s+"
    # ("drivers (name, licence) with a many-to-many between …": "with" before a kind of link
    # joins the link to the list, as "and" does; "with a photo" stays the group's)
    r"(?:and|plus|with(?=\s+(?:an?\s+)?(?:many|one)-to-(?:many|one)\s))\s+"
    r"(?=[^()]*(?:\(|$))"
)


def _split_after_group(piece: str) -> list[str]:
    """ "actors (name, agent email) and …" → two pieces when the parentheses group the fields
    of a plural (an entity); "(whole number) plus a flag", "consumption (number, in kWh) and
    …" annotate one field and stay."""
    out, start = [], 0
    for m in _AFTER_GROUP.finditer(piece):
        plural = singular(m["np"]) != m["np"] and not m["np"].endswith("ss")
        if plural and is_group_text(m["inner"]):
            out.append(piece[start : m.start("inner") + len(m["inner"]) + 1].strip())
            start = m.end()
    out.append(piece[start:].strip())
    return out


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
    # "actors (name, email) and a many-to-many between …": an "and" after a closed group joins
    # the outer list, whatever follows it
    pieces = [q for p in out for q in _split_after_group(p) if q]
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


def _declare(clause: Clause, noun: Noun | None, text: str, mode: Mode) -> Declare:
    return Declare(noun, read_fields(text), mode, clause.segment)


# "…, and clients with name and address": the last item has fields of its own, so it is no
# list of things named without fields
_NOT_BARE = r"\b(?:with|has|have|having|including|of|for)\b"


def _trailing_mentions(clause: Clause, declares: list[Statement]) -> list[Statement]:
    """ "Manage authors with name and country, and books", "…; and books" (things cut by
    semicolons), "…, plus a Depot", "… and also Gigs and Venues": the last items, when each is
    an entity named without fields, are Mentions, so the request asks about them (never drops
    them, never makes them fields)."""
    last = declares[-1]
    if not isinstance(last, Declare):
        return declares
    m = rx(r"(?:[,;]\s*(?:and|plus)|,?\s+plus|\s+as well as|\s+and\s+also)"
           r"\s+(?P<np>[a-z][a-z &-]*?)\s*$").search(clause.text)  # fmt: skip
    if not m:
        return declares
    # "…, pens with size, and tractors" (after other things) or "…; and tractors": a
    # separator between things, so even a one-field thing before it keeps its one field
    between_things = (
        m.group().lstrip()[0] == ";" or sum(isinstance(d, Declare) for d in declares) > 1
    )
    if len(last.fields.attributes) < 2 and not between_things:
        return declares
    before = clause.text[: m.start()]
    if not between_things and not rx(r"\band\b|&").search(before.split(" with ")[-1]):
        return declares
    if _declared_last(m["np"], last):
        return declares
    # "…, plus gigs and venues": each part its own thing; all must be things, or only the
    # whole is read (as before)
    parts = rx(r"\s+(?:and|&)\s+").split(rx(r"^also\s+").sub("", m["np"]))
    heads = {part.split()[-1] for part in parts}
    nouns = [_trailing_noun(part, clause.original, last, heads) for part in parts]
    bare = all(len(p.split()) <= 3 and not rx(_NOT_BARE).search(p) for p in parts)
    if len(parts) == 1 or not bare or not all(nouns):
        nouns = [_trailing_noun(m["np"], clause.original, last, heads)]
    if nouns == [None] and between_things and m.group().lstrip()[0] in ",;":
        nouns = [_trailing_thing(m["np"])]
    if not all(nouns):
        return declares
    names = {"_".join(n.words) for n in nouns if n is not None}
    kept = [a for a in last.fields.attributes if a.name not in names]
    fields = FieldList(kept, last.fields.dropped, last.fields.rules, last.fields.items - len(names))
    mentions = [Mention(n, True, False, clause.segment) for n in nouns if n is not None]
    return [*declares[:-1], Declare(last.entity, fields, last.mode, last.segment), *mentions]


def _trailing_thing(np: str) -> Noun | None:
    """ "menu items with name and price, events with date and location, and staff": after two
    or more things listed with their fields, a last item set off by a comma that names people
    or a group ("staff", "crew") or one thing with an article ("and a bar") is another thing
    named without fields (so it is asked about), never a field of the thing before it; a
    value's words ("and a notes field", "and a due date") stay a field."""
    words = np.split()
    if not 1 <= len(words) <= 3 or names_a_value(np):
        return None
    with_article = words[0] in ("a", "an") and len(words) == 2
    if not with_article and (len(words) != 1 or first_sense(words[0]) not in _PEOPLE):
        return None
    return read_noun(np)


_PEOPLE = frozenset(("noun.person", "noun.group"))


def _declared_last(np: str, last: Declare) -> bool:
    """ "members with name and phone, and bookings with date and number of seats": the last
    item is the entity just declared with its own fields ("number of seats" is one of them,
    never a thing named without fields)."""
    head = rx(r"\s+(?:with|having|including)\s+").split(np, maxsplit=1)
    if len(head) < 2 or last.entity is None:
        return False
    noun = read_noun(head[0])
    return noun is not None and noun.name == last.entity.name


def _trailing_noun(np: str, original: str, last: Declare, heads: set[str]) -> Noun | None:
    """ "patients", "a Depot": an entity named without fields at the end of a field list (a
    plural, or a name written with a capital among fields written without one; `heads` are
    the last words of the trailing things, which may all be written with one)."""
    noun = read_noun(np)
    if noun is None:
        return None
    last_word = noun.words[-1]
    word = last_word.capitalize()
    named = re.search(rf"(?<=[a-z] ){word}(?=\W*$|\s+(?:and|&)\s)", original) and not any(
        re.search(rf"\b{a.name.split('_')[0].capitalize()}\b", original)
        for a in last.fields.attributes
        if a.name.split("_")[0] != last_word and a.name.split("_")[0] not in heads
    )
    if not named and not last_word.endswith("s"):
        return None
    name = "_".join(noun.words)
    if any(a.name == name and not a.required for a in last.fields.attributes):
        return None  # "…, plus notes that can be blank": a thing is never optional, a field is
    return noun


_DAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier"
    r"|last week|this morning|the other day"
)
# "the old fields", "the new columns Dr Lee asked for on Friday", "the fields we talked about":
# fields pointed at by which ones they are (old, new, extra) or by who wanted them, never by
# name; the weekday after "on" says when they were asked for, not where they go
_UNNAMED_FIELDS = re.compile(
    r"^(?:(?:the|those|these|some|all(?:\s+the)?|any|our|all of the)\s+)?"
    r"(?P<which>(?:(?:old|new|extra|unused|legacy|obsolete|redundant|unnecessary|unneeded"
    r"|additional|outdated|deprecated|other|remaining|spare|missing|usual)\s+)*)"
    r"(?:fields?|columns?|attributes?|properties)"
    r"(?P<rel>\s+(?:that\s+|which\s+)?(?:[a-z.']+\s+){1,3}?(?:asked\s+for|asked\s+about"
    r"|talked\s+about|asked|wanted|requested|mentioned|suggested|discussed|agreed(?:\s+on)?"
    r"|listed|sent|proposed|needed|wants|needs))?"
    rf"(?:\s+(?:on\s+|last\s+)?(?:{_DAY}))?$"
)


def names_no_field(text: str) -> bool:
    """ "the old fields", "the new fields Ana asked for on Monday": fields said without one
    name, so which fields is asked, never read from the words around "fields"."""
    m = _UNNAMED_FIELDS.match(text.strip())
    return bool(m and (m["which"] or m["rel"]))


def is_when(text: str) -> bool:
    """ "monday", "last week": after "on", when something was said, not a place for fields."""
    return rx(rf"(?:on\s+|last\s+|this\s+)?(?:{_DAY})").fullmatch(text.strip()) is not None
