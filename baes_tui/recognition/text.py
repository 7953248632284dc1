"""Stage 0 of recognition: request text → clean text that the later stages can trust.

What a person typed may carry invisible or decorative characters that must not change what
is recognized: zero-width characters and NUL are removed; emoji and other pictographs become a
space (so "students 🎓 with name" still reads); accents are folded, never dropped ("ñame" →
"name", "émail" → "email"); curly quotes, dashes and arrows get one spelling each.
Two different spellings that fold to the same word are remembered (`Cleaned.spellings`), so
a later stage can refuse "name and ñame" instead of silently merging them.

PascalCase words are split into their words ("CakeOrder" → "Cake Order", "StaffMember" →
"Staff Member") and snake_case into spaced words ("contact_email" → "contact email"), so a
name reads the same however it was written; the words that were written capitalised are kept
as entity evidence (`Cleaned.capitalised`). Misspelt glue words ("pls", "shoud", "w/") get
their usual spelling; names are never corrected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from baes_tui.recognition.lexicon import TYPE_WORDS

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00")
_CHAR_MAP = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": " — ", "—": " — ", "―": " — ", "→": " -> ", "⇒": " -> ", "⟶": " -> ", "➔": " -> ",
    "•": "-", "·": "-", "…": "...", "\t": "    ", "×": " x ",
}  # fmt: skip
# Glue words people misspell or abbreviate; only words that never name a field or an entity.
GLUE_TYPOS = {
    "pls": "please", "plz": "please", "pleas": "please", "shoud": "should", "shuold": "should",
    "sould": "should", "u": "you", "ur": "your", "w/": "with ", "w/o": "without ", "rm": "remove",
    "thx": "thanks", "dont": "don't", "doesnt": "doesn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "its'": "its", "teh": "the", "wiht": "with", "whith": "with", "adn": "and",
    "nad": "and", "creat": "create", "crate": "create", "managment": "management",
    "mange": "manage", "manag": "manage", "remvoe": "remove", "delte": "delete", "ad": "add",
    "shold": "should", "recieve": "receive", "dirctory": "directory", "directroy": "directory",
    "invntory": "inventory", "inventroy": "inventory", "sytem": "system", "systme": "system",
    "rentel": "rental", "databse": "database", "nedd": "need", "ned": "need", "whit": "with",
    "tabel": "table", "entitiy": "entity", "enity": "entity", "feild": "field",
    "feilds": "fields", "fileds": "fields", "optinal": "optional", "opional": "optional",
    "requierd": "required", "requred": "required", "relaitonship": "relationship",
    "frm": "from", "evry": "every", "sumthing": "something", "smth": "something",
    "y/n": "yes/no", "lil": "little", "exctly": "exactly", "exacly": "exactly",
    "theyre": "they're", "youre": "you're", "thats": "that's", "theres": "there's",
}  # fmt: skip
# "wether theyre on shift", "weather it is paid": a word that sounds like "whether" before the
# subject of a clause is "whether" (a wether is a ram, and the weather has no clause after it)
_WHETHER = re.compile(
    r"\b(?:wether|weather|wheter|wheather)(?=\s+(?:it|it's|its|they|they're|theyre|he|she"
    r"|there|the|we|you|i)\b)",
    re.I,
)
# "we dont use fax anymore 🙄 drop it from suppliers": an emoji before a new clause (a pronoun
# or an instruction) ends what was said before it; elsewhere ("students 🎓 with name") it is
# decoration (clean text only; the normalizer keeps its own rule)
_EMOJI_BREAK = re.compile(
    r"(?<=[A-Za-z0-9])\s*[\U0001F000-\U0001FAFF\u2600-\u27BF][\U0001F000-\U0001FAFF"
    r"\u2600-\u27BF\uFE0F\u200D]*\s+(?=(?:i|we|you|u|they|it|pls|please|plz|can|could|add|drop"
    r"|remove|delete|rename|make|change|need|thx|thanks)\b)",
    re.I,
)
# Texting digits: "need 2 track books" (to before a verb), "an app 4 cake orders" (for after
# the thing asked for); a digit anywhere else is a number ("4 rooms").
_DIGIT_TO = re.compile(
    r"(?<=[A-Za-z])\s+2\s+(?=(?:track|manage|keep|store|record|log|list|save|hold|organi[sz]e"
    r"|make|build|create|add|remove|delete|rename|change|link|see|view|do|have|be)\b)",
    re.I,
)
_DIGIT_FOR = re.compile(
    r"\b(app|apps|db|database|system|something|smth|sumthing|thing|tool|program|site|stuff"
    r"|page|tracker|sheet|form|setup)\s+4\s+(?=(?:the|my|our|a|an|all)?\s*[A-Za-z])",
    re.I,
)
# "BREW-214: Add …", "[OPS-3] Drop …", "FLEET-88 Remove …" (a key before a capitalised title;
# "COVID-19 tracker" keeps its words)
TICKET_KEY = re.compile(
    r"(?m)^(?P<heading>#+\s*)?\[?[A-Z][A-Z0-9]{1,9}-\d{1,6}\]?(?:\s*[:—-]\s*|\s+(?=[A-Z\"']))(?=\S)"
)
_CHECK_CELL = re.compile(r"(?<=\|)[ \t]*[\u2713\u2714\u2611\u2705][ \t]*(?=\|)")
_CROSS_CELL = re.compile(r"(?<=\|)[ \t]*[\u2717\u2718\u2612\u274c][ \t]*(?=\|)")
_TYPO = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, GLUE_TYPOS)) + r")(?![\w/])", re.I)
# "add premium amount too the policy": "too" before a determiner is "to"
_TOO_TO = re.compile(r"\b([Tt])oo(?=\s+(?:the|a|an|our|my|your|their|its|each|every|all)\b)")
# "licence.. sorry, license plate": the person corrected themselves; keep the correction.
# ("sorry for my english" is an apology, not a correction)
_CORRECTION = re.compile(
    r"\b[\w-]+(?:\.{2,}|,)?\s+(?:sorry(?!\s+(?:for|about|if|that|to|but)\b)|i mean|or rather)"
    r",?\s+",
    re.I,
)
_PASCAL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_SNAKE = re.compile(r"\b([A-Za-z]+)_(?=[A-Za-z])")
# "opened_on date", "backfilled bool": a name written as one identifier, then the type of the
# item; once the underscores are spaces "opened on date" would read as one name
_SNAKE_TYPED = re.compile(
    r"\b([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\s+("
    + "|".join(sorted((w for w in TYPE_WORDS if re.fullmatch(r"[a-z]+", w)), key=len, reverse=True))
    + r")(?=\s*(?:[,;)|\n]|$))",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;>\n\-*#(\"']|\d[.)])\s*$")


_ASCII_TABLE: dict[int, str] = {}


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned request and what cleaning saw on the way."""

    text: str
    # folded lowercase word → the different original spellings that folded into it
    spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    # lowercase words written capitalised mid-sentence or in PascalCase (entity evidence)
    capitalised: frozenset[str] = frozenset()


def _ascii_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(128):
        char = chr(code)
        seen = visible(char) if (char in _CHAR_MAP or unicodedata.category(char) == "Cc") else char
        if seen != char:
            table[code] = seen
    return table


def visible(char: str) -> str:
    """What one character becomes in clean text: "" (invisible), a space, or itself."""
    if char in _INVISIBLE:
        return ""
    if char in _CHAR_MAP:
        return _CHAR_MAP[char]
    category = unicodedata.category(char)
    if category == "Cc":
        return "\n" if char in "\n\r" else " "
    if category in ("Cf", "Co", "Cn", "Cs"):
        return ""
    if category == "So" or category == "Sk":
        return " "  # emoji and pictographs separate words, they never join them
    return char


def fold_accents(text: str) -> str:
    """ "ñame" → "name": combining marks removed after NFKD; other letters are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def clean(request: str) -> Cleaned:
    """Clean text with the same meaning; see the module docstring for every rule."""
    text = unicodedata.normalize("NFKC", request.replace("\r\n", "\n"))
    spellings: dict[str, set[str]] = {}
    if text.isascii():  # the common case: only control characters and the char map apply
        text = text.translate(_ASCII_TABLE)
    else:
        text = _EMOJI_BREAK.sub(". ", text)
        # a table cell that is a check mark says yes, a cross says no ("| discount | ✗ |")
        text = _CHECK_CELL.sub(" yes ", _CROSS_CELL.sub(" no ", text))
        text = "".join(visible(c) for c in text)
        for word in re.findall(r"[^\W\d_]+", text):
            folded = fold_accents(word).lower()
            spellings.setdefault(folded, set()).add(word.lower())
        text = fold_accents(text)
    text = _CORRECTION.sub("", text)
    text = TICKET_KEY.sub(lambda m: m["heading"] or "", text)  # an identifier, not words
    capitalised = {
        m.group(0).lower()
        for m in _CAPITALISED.finditer(text)
        if not _SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()])
        and not text[: m.start()].endswith("\n")
        and m.start() > 0
    }
    for match in _PASCAL.finditer(text):
        capitalised.update(w.lower() for w in re.findall(r"[A-Z][a-z]+", match.group(0)))
    text = _PASCAL.sub(_pascal_words, text)
    text = _SNAKE.sub(r"\1 ", _SNAKE_TYPED.sub(r"\1 as \2", text))
    text = _TYPO.sub(lambda m: _keep_case(m.group(0), GLUE_TYPOS[m.group(0).lower()]), text)
    text = _WHETHER.sub(lambda m: _keep_case(m.group(0), "whether"), text)
    text = _DIGIT_FOR.sub(r"\1 for ", _DIGIT_TO.sub(" to ", text))
    text = _TOO_TO.sub(r"\1o", text)
    text = re.sub(r"([A-Za-z])\1{2,}", _stretched, text)  # "pleeease", "sooo"
    text = re.sub(r"[A-Za-z]{4,}", _glue_spelling, text)
    text = re.sub(r"(?<=[A-Za-z]) [nN] (?=[A-Za-z])", " and ", text)  # "birth date n weight"
    lines = [_squeeze(line) for line in text.split("\n")]
    return Cleaned(
        text="\n".join(lines).strip("\n"),
        spellings={k: frozenset(v) for k, v in spellings.items() if len(v) > 1},
        capitalised=frozenset(capitalised),
    )


# Glue words a misspelling is mapped back to when it is one keystroke away (a letter missing,
# doubled or swapped: "mange", "sytem", "remvoe"); 4-letter words only by a swap ("wiht"), so
# "beach" never becomes "each". Words recognition knows are never changed.
_GLUE_TARGETS = frozenset(
    """create manage system application remove delete change rename optional required entity
    entities field fields table relationship relationships should track store build
    every belongs belong record want need with each make many modify update extend
    include thanks please""".split()
)
# Frame words ("campsite regster"): repaired only when no dictionary knows the word, since
# real words sit one letter from them ("inventor", "tracer")
_FRAME_TARGETS = frozenset(
    "register registry catalog catalogue inventory database platform dashboard tracker".split()
)
_NOT_TYPOS = frozenset("crate crates storey storeys manger".split())


def _edits(word: str) -> set[str]:
    """Words one deletion, insertion or swap away (no substitutions: "truck" stays)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes | swaps | inserts


@lru_cache(maxsize=4096)
def _corrected(word: str) -> str | None:
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    if word in KNOWN_WORDS or word in _NOT_TYPOS or word.rstrip("s") in KNOWN_WORDS:
        return None
    if _inflected(word):
        return None  # "date filed", "time joined": a word's past form, not a misspelt glue word
    splits = [(word[:i], word[i:]) for i in range(len(word))]
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near = _edits(word)
    for target in sorted(_GLUE_TARGETS):
        if word.startswith(target):
            continue  # "renamed", "included": another form of the word, not a typo
        if (len(target) >= 5 and target in near) or (len(target) == 4 and target in swaps):
            if (len(word) > len(target) or len(word) >= 4) and _real_word(word):
                continue  # "stable" is "table" with a letter more, "rack" (position) is no
                # "track": words of their own
            return target
    framed = [t for t in _FRAME_TARGETS if t in near and not word.startswith(t)]
    if len(framed) == 1 and _unknown(word):
        return framed[0]
    return _substituted(word)


def _unknown(word: str) -> bool:
    from baes_tui.recognition.nouns import in_wordnet

    return in_wordnet(word) is False


@lru_cache(maxsize=4096)
def _real_word(word: str) -> bool:
    """A word the dictionary knows, or the plural of one ("tanks" is no "thanks")."""
    from baes_tui.core.inflection import singular
    from baes_tui.recognition.nouns import in_wordnet

    return bool(in_wordnet(word)) or (singular(word) != word and bool(in_wordnet(singular(word))))


def _inflected(word: str) -> bool:
    """ "filed" is one keystroke from "field" but is the past form of "file": a word ending in
    -ed whose stem a dictionary knows ("file", "join", "list") is spelt right. Without WordNet
    only the words recognition knows count as stems."""
    from baes_tui.recognition.nouns import in_wordnet
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    if not word.endswith("ed") or len(word) < 5:
        return False
    stems = {word[:-1], word[:-2]}
    if len(word) > 5 and word[-3] == word[-4]:
        stems.add(word[:-3])  # "shipped" → ship
    return any(stem in KNOWN_WORDS or in_wordnet(stem) for stem in stems if len(stem) > 2)


def _substituted(word: str) -> str | None:
    """One wrong letter in a long glue word ("sistem", "recrod" is a swap): only for words of
    six letters or more that no dictionary knows ("charge" and "extent" are words)."""
    from baes_tui.recognition.nouns import in_wordnet

    if len(word) < 6:
        return None
    near = [
        t
        for t in _GLUE_TARGETS
        if len(t) == len(word) and sum(a != b for a, b in zip(t, word, strict=True)) == 1
    ]
    if len(near) != 1 or in_wordnet(word) is not False:
        return None
    return near[0]


def _glue_spelling(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = _corrected(word.lower())
    return word if fixed is None else _keep_case(word, fixed)


_ASCII_TABLE.update(_ascii_table())


def _squeeze(line: str) -> str:
    """Single spaces between words; the indentation (nesting of bullets) is kept."""
    body = line.lstrip(" ")
    return " " * (len(line) - len(body)) + " ".join(body.split())


def _stretched(match: re.Match[str]) -> str:
    """A letter held down ("pleeease") is one letter when that makes a known word."""
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    text, start, end = match.string, match.start(), match.end()
    left = re.search(r"[A-Za-z]*$", text[:start]).group(0)  # type: ignore[union-attr]
    right = re.match(r"[A-Za-z]*", text[end:]).group(0)  # type: ignore[union-attr]
    for keep in (1, 2):
        if (left + match.group(1) * keep + right).lower() in KNOWN_WORDS:
            return match.group(1) * keep
    return match.group(0)


def _pascal_words(match: re.Match[str]) -> str:
    """ "CakeOrder" → "Cake Order"; before a dot ("TrainingSession.duration") the words stay
    one token, "Training-Session", so the dotted field still has its whole entity. So does a
    name whose last word would otherwise end it as a marker or a frame ("FitnessClass",
    "BookingSystem" are names, not "a Fitness class" or "a booking system")."""
    from baes_tui.recognition.lexicon import FRAME_NOUNS

    words = re.findall(r"[A-Z][a-z]+", match.group(0))
    dotted = match.string[match.end() : match.end() + 2].startswith(".") and re.match(
        r"\.[a-z]", match.string[match.end() : match.end() + 2]
    )
    last = words[-1].lower()
    joiner = "-" if dotted or last in FRAME_NOUNS or last in _MARKER_WORDS else " "
    return joiner.join(words)


_MARKER_WORDS = frozenset("entity entities model resource table object class".split())


def _keep_case(original: str, replacement: str) -> str:
    return replacement.upper() if original.isupper() and len(original) > 1 else replacement
