"""Is this text a request for a system at all? Code, other languages and chit-chat are not.

Three checks, each cheap and self-contained (no WordNet, so the answer does not depend on
which normalizer is loaded):
- code: a line that starts like a program ("def f(x):", "SELECT * FROM", "{"…) or text dense
  with programming symbols;
- English: the share of words that are English function words or words recognition knows
  (fields, types, frames, verbs); "¿Puedes ayudarme …" and lorem ipsum score near zero;
- a question about the world ("Who won the game last night?") rather than an ask.
The recognizer refuses text that fails them (needs_clarification) and the confidence model
uses the English share as a feature.
"""

from __future__ import annotations

import re

from baes_tui.core.inflection import singular
from baes_tui.recognition import lexicon
from baes_tui.recognition.patterns import rx

FUNCTION_WORDS = frozenset(
    """a an the and or but if then so than that this these those there here which who whom
    whose what when where why how all any each every some no not none both either neither
    one two three four five six seven eight nine ten first last next other another more most
    many much few several own same such only just also too very really quite please thanks
    thank you your yours i me my mine we us our ours he him his she her hers it its they them
    their theirs is are was were be been being am do does did done doing have has had having
    can could will would shall should may might must need needs want wants like likes get
    gets got make makes made let lets to of in on at by for with without from into onto
    about above below over under between through during before after since until up down out
    off again further once as while because though although whether per via across around
    each new old small big little good well way lot lots kind sort thing things something
    anything everything nothing someone everyone people person time times day days week
    weeks month months year years now today tomorrow yesterday soon later ok okay yes hi
    hello hey sure right know think see say tell ask use used using keep kept give given
    take taken put set go going come work works able look looks help start stop try call
    called name named just still even ever never always often sometimes usually maybe
    perhaps actually basically simple simply easy quick quickly bit"""
    "".split()
)
_EXTRA = frozenset(
    """create build add remove delete drop rename change modify update manage track store
    record list link relate belong belongs borrow borrows write writes place places book
    books assign assigned entity entities field fields attribute attributes column columns
    relationship relationships optional required nullable integer string text number date
    email flag boolean decimal float money currency timestamp datetime app system service
    api database table tables catalog directory registry inventory tracker platform portal
    customer customers student students employee employees order orders product products
    user users item items member members""".split()
)
_CODE_START = re.compile(
    r"^\s*(?:def\s+\w+\s*\(|class\s+\w+\s*[:(]|import\s+\w|from\s+\w+\s+import\b|select\s+[\w*]"
    r"|insert\s+into\b|update\s+\w+\s+set\b|delete\s+from\b|function\s+\w+\s*\(|(?:var|let"
    r"|const)\s+\w+\s*=|#include\b|<\w+[^>]*>|[{\[]\s*[\"'{\[\d])",
    re.I | re.M,
)
# A quote closed then a statement ended ("'; DROP TABLE x; --"), or a statement ended then an SQL
# comment: an injection probe, not a person's words ("drop table invoices" alone is a request).
_SQL_INJECTION = re.compile(
    r"['\"]\s*;\s*(?:drop|delete|insert|update|select|alter|truncate|exec)\b|;\s*--\s*$",
    re.I | re.M,
)
_WORDS_IN_BRACKETS = re.compile(r"(?<=[A-Za-z] )\[[A-Za-z][A-Za-z ,/-]*\]")
_UNDERLINE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$", re.M)
# "Apprentice { name; employer; start date }": a name, then its fields in braces with semicolons
# between them, is a list as "Apprentice(name, employer)" is; program text declares its items
# with a type or a keyword first ("struct P { int x; }", "class A { private b; }")
_NAMED_BLOCK = re.compile(
    r"^(?P<name>[ \t]*(?!(?:class|struct|interface|enum|function|def|type|record|message)\b)"
    r"[A-Za-z][\w]*(?:[ \t]+[A-Za-z]\w*){0,2})[ \t]*\{(?P<items>[^{}=<>\[\]\\$@^`~]*)\}",
    re.M,
)
_DECLARED_ITEM = re.compile(
    r"(?:^|;)\s*(?:int|integer|string|str|float|double|bool|boolean|char|long|short|var|let|const"
    r"|public|private|protected|static|final|void)\s+\w"
)

_CODE_SYMBOLS = re.compile(r"[{}\[\]=;<>\\$@^`~]")
_WH_QUESTION = re.compile(
    # ("When you get a minute, could you give the Kiosk entity a bench flag?": a request asked
    # after a clause of time)
    r"^(?![^?]*,\s*(?:could|can|would|will)\s+(?:you|u)\s)"
    r"\s*(?:who|what|when|where|why|which|whose|how (?:much|many|old|long|far|often)"
    # (one question: "When someone comes in we lack X. Could X be optional?" opens with a
    # statement that ends before the question does)
    r"|did|was|were|is it(?! possible\b)|are they)\b(?:[^?.!]|[.!](?!\s))*\?\s*$",
    re.I,
)
_WORD = re.compile(r"[a-z]+")


def _known_words() -> frozenset[str]:
    words: set[str] = set(FUNCTION_WORDS | _EXTRA)
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if isinstance(value, frozenset):
            words.update(w for w in value if isinstance(w, str))
        elif isinstance(value, str) and name.isupper():
            words.update(_WORD.findall(value))
        elif isinstance(value, dict):
            words.update(w for k in value for w in _WORD.findall(str(k)))
    return frozenset(words)


KNOWN_WORDS = _known_words()


def looks_like_code(text: str) -> bool:
    """Program text, SQL, JSON or markup rather than a request."""
    if _CODE_START.search(text) or _SQL_INJECTION.search(text):
        return True
    text = _UNDERLINE.sub("", text)  # "Ferry timetable\n=====": a heading's underline
    text = _WORDS_IN_BRACKETS.sub("", text)  # "hull id [text, optional]": an annotation
    text = _NAMED_BLOCK.sub(_block_items, text)  # "Tutor { name; subject }": a list of fields
    letters = sum(map(str.isalpha, text))
    symbols = len(_CODE_SYMBOLS.findall(text))
    return symbols >= 4 and symbols > 0.08 * max(letters, 1)


def _block_items(m: re.Match[str]) -> str:
    if _DECLARED_ITEM.search(m["items"]):
        return m[0]
    return f"{m['name']} ({m['items'].replace(';', ',')})"


def english_share(text: str) -> float:
    """Share of words ("a", "I" or 2+ letters) that are English function words or words recognition
    knows; 1.0 for text without words."""
    # ("a" and "I" are words; any other lone letter is noise: "a parcel goes to a single
    # household" is English though its nouns are in no lexicon here)
    words = [w for w in _WORD.findall(text.lower()) if len(w) > 1 or w in ("a", "i")]
    if not any(len(w) > 1 for w in words):
        return 0.0  # "a a a a": articles alone say nothing
    known = 0
    for word in words:
        stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
        known += word in KNOWN_WORDS or stem in KNOWN_WORDS
    return known / len(words)


def is_world_question(text: str) -> bool:
    """ "Who won the game last night?": a question, not a request."""
    return bool(_WH_QUESTION.match(text.strip())) and "\n" not in text.strip()


NOT_ENGLISH = "this does not read as an English request for a system"


def not_a_request(text: str) -> str | None:
    """Why `text` is no request for a system, or None when it may be one."""
    if looks_like_code(text):
        return "this reads as code or data, not as a request for a system"
    if is_world_question(text):
        return "this is a question, not a request for a system"
    words = _WORD.findall(text.lower())
    structured = _has_list(text) or _ARROW_CHANGE.search(text) or _NEED_DENIED.search(text)
    if len(words) >= 5 and english_share(text) < 0.2 and not structured:
        return NOT_ENGLISH
    if len(words) >= 2 and len({singular(w) for w in words}) == 1:
        # "books books books", "loans loan loans": one word said again asks for nothing (read
        # as a thing, a verb and a thing, it was a link from a thing to itself)
        return "this repeats one word: say what the system should keep"
    return None


# "Clock: case material no longer needed", "Flyer: sponsor isn't needed anymore": a value said
# to be needed no more is a change asked, even when its words are in no lexicon here
_NEED_DENIED = re.compile(
    r"\b(?:not|no\s+longer|isn'?t|aren'?t)\s+(?:needed|required|necessary|used)\b"
    # ("Inscription doesn't need lettering style any more": the need denied in the active, its
    # "doesn" and "anymore" in no lexicon here, was refused as not English)
    r"|\b(?:doesn'?t|don'?t|does\s+not|do\s+not|no\s+longer)\s+need\b",
    re.I,
)
# "Allotment Plot: tenant name -> plot holder": one name turned into another is structure, as a
# list is, even when the names are words no lexicon knows
# ("TreeSurvey.girth becomes trunk_girth": a field written on its thing that turns into another
# name is the same structure said in a word)
_ARROW_CHANGE = re.compile(
    r"[A-Za-z]\s*(?:->|=>|→)\s*[A-Za-z]"
    r"|\b[A-Za-z][A-Za-z0-9]*\.[a-z_][a-z0-9_]*\s+(?:becomes|is becoming|will become|turns into"
    r"|changes to)\s+[A-Za-z]"
)


def _has_list(text: str) -> bool:
    """A field list ("name, breed, owner phone") or bullets: structure even without English
    glue words."""
    if rx(r"^\s*(?:[-*+]|\d+[.)])\s", re.M).search(text):
        return True
    if len(rx(r"(?:^|[:,;]\s*|[A-Za-z]\s+)\+\s*[A-Za-z]").findall(text)) >= 2:
        return True  # "Ewe: + scan result, + lambs expected (int)": items marked as added
    # ("Escape rooms: hint limit, wheelchair accessible": the heading before the colon is no
    # part of the first item)
    items = [i for i in rx(r"[,;|\n]").split(rx(r"^[^:,;\n]{1,40}:\s*").sub("", text)) if i.strip()]
    return sum(len(i.split()) <= 3 for i in items) >= 2
