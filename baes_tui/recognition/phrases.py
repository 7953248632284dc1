"""Phrases → names: an entity name from a noun phrase, typed fields from a field list.

The vocabulary that decides what is a field, what is a type and what is only technology
("Python, FastAPI and SQLite with a JSON API") lives here, apart from the sentence grammar in
recognizer.py. Every name leaves through names.py (`safe_entity_name`, `safe_field_name`), so
keywords become safe (`class` → `class_value`) and nothing reaches a path unescaped.

Types: an explicit type wins ("(integer, required)", "age as integer", "price: decimal", a
trailing "… string"); otherwise `infer_type` reads the field's words. A field is required
unless it says optional/nullable/not required. `id` is dropped: every entity has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from baes_tui.core.errors import UnsafeName
from baes_tui.core.models import Attribute, AttrType
from baes_tui.core.names import safe_entity_name, safe_field_name

MAX_NAME_WORDS = 4

TECH_WORDS = frozenset(
    """python fastapi sqlite sqlite3 json api apis rest restful http https database databases db
    system systems app apps application applications crud endpoint endpoints table tables backend
    frontend server service services web website site ui html sql pydantic uvicorn orm interface
    program software platform tool tools pytest test tests code framework stack schema jinja
    jinja2 swagger openapi""".split()
)
_GENERIC_TAILS = frozenset(
    """entity entities model models resource resources record records data information info
    details entries list lists management table tables system systems collection catalog
    registry""".split()
)
LEADING_FILLER = frozenset(
    """a an the each every all any some our my their its his her this that these those new simple
    basic small one i we you it they them me us also""".split()
)
_TECH_FILLER = frozenset(
    "use uses using used built build written with and in on via a an the of for to as".split()
)
_FIELD_NOISE = frozenset("field fields attribute attributes column columns".split())
_RULE_MARKERS = frozenset(
    """must should cannot can can't only when if unless will than between never always
    greater less least most unique who computed derived calculated""".split()
)
RULE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_RULE_MARKERS)) + r")\b")
_AND = re.compile(r"\s(?:and|&|plus|as well as)\s")
_CHUNK_SPLIT = re.compile(r"\s*[,;]\s*")
_OF_HEADS = frozenset("list lists collection set group catalog catalogue register table".split())

TYPE_WORDS: dict[str, AttrType] = {
    **dict.fromkeys(("string", "str", "text", "varchar", "char"), AttrType.STR),
    **dict.fromkeys(("integer", "int", "number", "whole"), AttrType.INT),
    **dict.fromkeys(("float", "double", "real"), AttrType.FLOAT),
    **dict.fromkeys(("decimal", "money", "currency"), AttrType.DECIMAL),
    **dict.fromkeys(("bool", "boolean"), AttrType.BOOL),
    "date": AttrType.DATE,
    **dict.fromkeys(("datetime", "timestamp"), AttrType.DATETIME),
    **dict.fromkeys(("email", "e-mail"), AttrType.EMAIL),
}
# A type word at the end of a field phrase is its type ("description text"), except words that
# usually name the field itself ("birth date", "contact email", "phone number").
_TRAILING_TYPE_WORDS = frozenset(
    "string str varchar integer int float double decimal boolean bool datetime".split()
)
_INT_WORDS = frozenset(
    "age count quantity qty year credits stock capacity pages seats population minutes days".split()
)
_DECIMAL_WORDS = frozenset(
    "price salary amount budget cost fee balance total wage revenue tax payment subtotal".split()
)
_FLOAT_WORDS = frozenset(
    """gpa rating score weight height latitude longitude percentage temperature average ratio
    length width distance""".split()
)
_BOOL_WORDS = frozenset(
    """active enabled disabled flag verified available published archived paid deleted shipped
    delivered done completed cancelled canceled""".split()
)
_DATE_WORDS = frozenset("date birthday dob deadline".split())
_DATETIME_LAST = frozenset("at time timestamp datetime".split())


def infer_type(words: list[str]) -> AttrType:
    """The type a field's words suggest: `age` → int, `hire date` → date, unknown → str."""
    last = words[-1]
    if "email" in words:
        return AttrType.EMAIL
    if last in _DATETIME_LAST:
        return AttrType.DATETIME
    if len(words) > 1 and words[0] in ("is", "has", "can"):
        return AttrType.BOOL
    if _DATE_WORDS.intersection(words):
        return AttrType.DATE
    if _BOOL_WORDS.intersection(words):
        return AttrType.BOOL
    if words[:2] == ["number", "of"] or _INT_WORDS.intersection(words):
        return AttrType.INT
    if _DECIMAL_WORDS.intersection(words) or last == "money":
        return AttrType.DECIMAL
    if _FLOAT_WORDS.intersection(words):
        return AttrType.FLOAT
    return AttrType.STR


@dataclass
class ParsedFields:
    """Fields read from list text, plus what could not be read."""

    attributes: list[Attribute] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    unreadable: int = 0


_PARENS = re.compile(r"\(([^)]*)\)")
_EXPLICIT_TYPE = re.compile(r"\s*(?::|\bas\b|\bof type\b|\btype\b)\s*(?:an?\s+)?([a-z-]+)\s*$")
_OPTIONAL = re.compile(r"\b(?:optional|nullable|not required|not mandatory)\b")
_REQUIRED = re.compile(r"\b(?:required|mandatory)\b")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bplus\b|\bas well as\b)\s*")


def parse_field_list(text: str) -> ParsedFields:
    """Read "name, email (email, required), and optional age as integer" into attributes."""
    out = ParsedFields()
    # Commas inside "(type, required)" annotate one field; they do not separate fields.
    text = _PARENS.sub(
        lambda m: "(" + m.group(1).replace(",", " ").replace(" and ", " ") + ")", text
    )
    for chunk in _CHUNK_SPLIT.split(text):
        # "… and full name computed from first and last name": the rule runs to the chunk's end.
        if rule := RULE_WORD.search(chunk.lower()):
            cuts = [m for m in _AND.finditer(chunk) if m.end() <= rule.start()]
            if cuts:
                out.rules.append(chunk[cuts[-1].end() :].strip(" .;"))
                chunk = chunk[: cuts[-1].start()]
            else:
                out.rules.append(chunk.strip(" .;"))
                continue
        chunk = re.sub(r"\bfirst\s+and\s+last\s+names?\b", "first name, last name", chunk)
        for item in _LIST_SPLIT.split(chunk):
            if item.strip():
                _read_item(item.strip(), out)
    return out


def _read_item(item: str, out: ParsedFields) -> None:
    text = item.lower()
    explicit: AttrType | None = None
    for note in _PARENS.findall(text):
        for word in re.findall(r"[a-z-]+", note):
            explicit = TYPE_WORDS.get(word, explicit)
    required = not _OPTIONAL.search(text)
    text = _PARENS.sub(" ", text)
    found = _EXPLICIT_TYPE.search(text)
    if found and found.group(1) in TYPE_WORDS:
        explicit = TYPE_WORDS[found.group(1)]
        text = text[: found.start()]
    text = _REQUIRED.sub(" ", _OPTIONAL.sub(" ", text))
    text = re.sub(r"\b(?:which|that)\s+(?:is|are)\b", " ", text)
    words = re.findall(r"[a-z0-9]+", text)
    while words and words[0] in LEADING_FILLER:
        words.pop(0)
    while words and words[-1] in _FIELD_NOISE:
        words.pop()
    if len(words) > 1 and words[-1] in _TRAILING_TYPE_WORDS:
        explicit = explicit or TYPE_WORDS[words.pop()]
    if not words or words == ["id"]:
        return  # nothing left, or the primary key every entity already has
    if _RULE_MARKERS.intersection(words):
        out.rules.append(item.strip(" .;"))
        return
    if all(w in TECH_WORDS or w in _TECH_FILLER for w in words):
        return
    if len(words) > MAX_NAME_WORDS:
        out.unreadable += 1
        out.rules.append(item.strip(" .;"))
        return
    try:
        name = safe_field_name(" ".join(words))
    except UnsafeName:
        out.unreadable += 1
        return
    if all(a.name != name for a in out.attributes):
        out.attributes.append(Attribute(name, explicit or infer_type(words), required))


def entity_from_phrase(phrase: str) -> str | None:
    """`the library members` → LibraryMember; None for tech words or no usable name."""
    words = re.findall(r"[a-z0-9]+", phrase.lower().replace("'s", ""))
    if "of" in words:  # "a list of books" names books; "students of a school" names students
        cut = words.index("of")
        head = [w for w in words[:cut] if w not in LEADING_FILLER]
        words = words[cut + 1 :] if not head or _OF_HEADS.issuperset(head) else words[:cut]
    words = [w for w in words if w not in TECH_WORDS]
    while words and words[0] in LEADING_FILLER:
        words.pop(0)
    while words and words[-1] in _GENERIC_TAILS:
        words.pop()
    if not words or len(words) > 3:
        return None
    try:
        return safe_entity_name(" ".join(words))
    except UnsafeName:
        return None


def is_tech_text(text: str) -> bool:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return bool(words) and all(w in TECH_WORDS or w in _TECH_FILLER for w in words)


_FIELD_HINT_WORDS = frozenset(
    """name title description phone address code status notes note url username password comment
    content body label isbn sku color size city country zip email age""".split()
)


def looks_like_fields(phrase: str) -> bool:
    """True when every item reads as a field, not as another entity ("a teacher")."""
    parsed = parse_field_list(phrase)
    return bool(parsed.attributes) and all(
        a.type is not AttrType.STR or _FIELD_HINT_WORDS.intersection(a.name.split("_"))
        for a in parsed.attributes
    )
