"""Request text → cache key: the same key for the same meaning, never for different meanings.

Pipeline (both normalizers share it; only the per-word lemma differs):
  1. lowercase; "n't" becomes " not" so a negation survives punctuation removal;
  2. tokens are runs of letters/digits (punctuation and "_" split words: `hire_date` = "hire date");
  3. each token is lemmatized to a fixed point (`students` → `student`, `creating` → `create`);
  4. stop words are dropped — the project's own short list, which keeps negations (no, not,
     without), cardinality (one, many, each, multiple, all, some), direction (to, from, by, at, on,
     in), modals (must, can, should) and words that name fields (name, first, last);
  5. a few verb synonyms with one meaning here fold together (delete/drop → remove,
     modify/alter → change), and phrasings that all mean "create a CRUD system for X" ("create a
     system to manage", "a system for managing", "I need to manage", "build an app that tracks")
     fold to the single token `create`.
Word order is kept, so "add course to student" and "add student to course" never share a key.

Every step maps its own output to itself, so normalize(normalize(x)) == normalize(x).

The key depends on the lemmatizer, so each normalizer has an id (`wordnet-v1`, `fallback-v1`)
that the cache stores with every entry. `default_normalizer` picks WordNet when its data loads,
else the rule-based fallback, and says why in `reason` (shown by `baes doctor` and the UI).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from baes_tui.recognition.wordnet import LazyLemmatizer, WordNetMissing

STOP_WORDS = frozenset(
    """a an the and with of for as please kindly i we me my our us you your he she they them
    their his her it its this these those that which who whom whose what is are am be been being
    was were do does did so then there here very really also just new s t d ll re ve m""".split()
)

# Verbs that mean the same thing to baes; nouns are never merged ("fields" of a farm are not
# "properties" of a house).
VERB_SYNONYMS = {"delete": "remove", "drop": "remove", "modify": "change", "alter": "change"}

# Vocabulary of the "create a CRUD system for X" phrasings (lemmas; see `_fold_create`).
CREATE_VERBS = ("create", "build", "make", "develop", "generate", "design", "implement", "write",
                "need", "want", "setup")  # fmt: skip
SYSTEM_NOUNS = ("system", "app", "application", "api", "service", "platform", "backend",
                "database", "tool", "program", "software", "crud", "website", "site", "portal",
                "solution")  # fmt: skip
MANAGE_VERBS = ("manage", "track", "handle", "store", "maintain", "organize", "administer")

# Words WordNet lemmatizes into another word's lemma (`has` → `ha`, `uses` → `us`, `boss` →
# `bos`); their meaning here is fixed.
LEMMA_OVERRIDES = {
    "has": "have", "having": "have", "had": "have", "does": "do", "was": "be", "is": "be",
    "uses": "use", "us": "us", "as": "as", "boss": "boss", "bosses": "boss", "people": "person",
    "data": "data", "media": "media", "news": "news", "series": "series", "species": "species",
}  # fmt: skip

MAX_LEMMA_WORD = 30  # longer tokens are no dictionary words; skipping them bounds the work
_MAX_FIXPOINT_STEPS = 6
_TOKEN = re.compile(r"[^\W_]+")
_NEGATION = re.compile(r"(?:can|won|n)['’]t\b")
_NEGATION_WORDS = {"can't": "can not", "can’t": "can not", "won't": "will not", "won’t": "will not"}
_PLAIN_WORD = re.compile(r"[a-z]+")


def _prepare(text: str) -> str:
    """Lowercase + NFKC to a fixed point (each can undo the other), negations spelled out.

    Text that is not ASCII is first cleaned as recognition cleans it (text.py): zero-width
    characters and NUL removed, emoji made spaces, accents folded — so "ñame" and "name",
    "sys\u200btem" and "system" share a key as they share a reading. (ASCII keys are unchanged,
    so the normalizer ids stay; an older entry of accented words is stored again on its next
    miss.)
    """
    if not text.isascii() or "\x00" in text:
        # imported here: text.py's rules cost a cache hit of plain ASCII words ~10 ms
        from baes_tui.recognition.text import fold_accents, visible

        text = fold_accents("".join(visible(c) for c in text))
    for _ in range(3):
        folded = unicodedata.normalize("NFKC", text).lower()
        if folded == text:
            break
        text = folded
    for contraction, expanded in _NEGATION_WORDS.items():
        text = text.replace(contraction, expanded)
    return _NEGATION.sub(" not", text)


class Normalizer(Protocol):
    """Turns request text into a cache key; `id` names the algorithm the key came from."""

    id: str
    reason: str

    def normalize(self, text: str) -> str: ...

    def tokens(self, text: str) -> list[str]: ...

    def words(self, text: str) -> list[str]: ...


class _Pipeline:
    """The shared pipeline; a subclass supplies `_base_lemma` for one plain ASCII word."""

    id = ""
    reason = ""

    def __init__(self) -> None:
        # Memoized per token: a request repeats few words, and a warm key takes microseconds.
        self._lemma = lru_cache(maxsize=65536)(self._fixpoint_lemma)
        self._vocabulary: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def _base_lemma(self, word: str) -> str:
        raise NotImplementedError

    def _fixpoint_lemma(self, word: str) -> str:
        """Lemma of a lemma is itself, which makes the whole key idempotent."""
        for _ in range(_MAX_FIXPOINT_STEPS):
            if word in LEMMA_OVERRIDES:
                word = LEMMA_OVERRIDES[word]
                break
            if len(word) > MAX_LEMMA_WORD or not _PLAIN_WORD.fullmatch(word):
                break
            lemma = self._base_lemma(word)
            if lemma == word or not _PLAIN_WORD.fullmatch(lemma):
                break
            word = lemma
        return VERB_SYNONYMS.get(word, word)

    def _vocab(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        # The phrase vocabulary goes through the same lemma function as the text it matches.
        if self._vocabulary is None:
            self._vocabulary = tuple(  # type: ignore[assignment]
                frozenset(self._lemma(w) for w in words)
                for words in (CREATE_VERBS, SYSTEM_NOUNS, MANAGE_VERBS)
            )
        assert self._vocabulary is not None
        return self._vocabulary

    def tokens(self, text: str) -> list[str]:
        """The key's words, in request order."""
        return _fold_create(self.words(text), *self._vocab())

    def words(self, text: str) -> list[str]:
        """Lemmas without stop words and without phrase folding: for matching one name."""
        out: list[str] = []
        lemma = self._lemma
        for word in _TOKEN.findall(_prepare(text)):
            if word in STOP_WORDS:
                continue
            lemmatized = lemma(word)
            if lemmatized not in STOP_WORDS and _TOKEN.fullmatch(lemmatized):
                out.append(lemmatized)
        return out

    def normalize(self, text: str) -> str:
        """The cache key: tokens joined by single spaces."""
        return " ".join(self.tokens(text))


def _fold_create(
    tokens: list[str], creates: frozenset[str], systems: frozenset[str], manages: frozenset[str]
) -> list[str]:
    """Fold "create a system to manage X" and its equivalent phrasings into "create X".

    Matches only at the start of the request or at a create-verb followed by a system noun,
    so "students in the system" or "make email optional" are untouched. One left-to-right pass
    that re-examines each folded "create" with what follows, so the result is a fixed point
    (idempotence) in linear time.
    """
    out: list[str] = []
    work = list(tokens)
    i = 0
    while i < len(work):
        end = _create_phrase_end(work, i, not out, creates, systems, manages)
        if end is None:
            out.append(work[i])
            i += 1
        else:
            work[end - 1] = "create"  # a lemma under both normalizers
            i = end - 1
    return out


def _create_phrase_end(
    tokens: Sequence[str],
    start: int,
    at_start: bool,
    creates: frozenset[str],
    systems: frozenset[str],
    manages: frozenset[str],
) -> int | None:
    """End index of a create-phrase starting at `start`, or None."""
    i = start
    if tokens[i] == "set" and i + 1 < len(tokens) and tokens[i + 1] == "up":
        has_verb, i = True, i + 2
    else:
        has_verb = tokens[i] in creates
        i += int(has_verb)
    if not has_verb and not at_start:
        return None
    n_systems = 0
    while i < len(tokens) and tokens[i] in systems:
        i += 1
        n_systems += 1
    after_system = i
    if i < len(tokens) and tokens[i] == "to":
        i += 1
    if i < len(tokens) and tokens[i] in manages:
        return i + 1
    if n_systems:
        return after_system
    # "I need to manage X" / "manage X": a manage-verb without a system noun.
    if at_start and tokens[start] in {"need", "want"} | manages:
        j = start + 1
        if j < len(tokens) and tokens[j] == "to":
            j += 1
        if j < len(tokens) and tokens[j] in manages:
            return j + 1
        if tokens[start] in manages:
            return start + 1
    return None


class WordNetNormalizer(_Pipeline):
    """Lemmatizes with NLTK's WordNet: as a noun first, else as a verb.

    A word that is itself a noun ("meeting", "rating") is kept rather than turned into a verb
    ("meet", "rat"): it is a noun when its plural lemmatizes back to it.
    """

    id = "wordnet-v1"

    def __init__(self, lemmatizer: LazyLemmatizer, reason: str = "WordNet loaded") -> None:
        super().__init__()
        self._lemmatizer = lemmatizer
        self.reason = reason

    def _base_lemma(self, word: str) -> str:
        lemmatize = self._lemmatizer.lemmatize
        noun = lemmatize(word, "n")
        if noun != word:
            return noun
        verb = lemmatize(word, "v")
        if verb != word and lemmatize(word + "s", "n") == word:
            return word
        return verb


# --- fallback ---------------------------------------------------------------------------------
# Irregular forms that suffix rules get wrong, and -e verbs whose stem the rules cannot guess.
IRREGULAR = {
    "children": "child", "men": "man", "women": "woman", "mice": "mouse", "feet": "foot",
    "teeth": "tooth", "geese": "goose", "persons": "person", "criteria": "criterion",
    "analyses": "analysis", "indices": "index", "statuses": "status", "made": "make",
    "built": "build", "went": "go", "did": "do", "done": "do", "kept": "keep", "held": "hold",
    "written": "write", "wrote": "write", "took": "take", "taken": "take", "paid": "pay",
    "movies": "movie", "cookies": "cookie", "calories": "calorie", "pies": "pie", "ties": "tie",
    "lies": "lie", "zombies": "zombie", "selfies": "selfie", "rookies": "rookie",
}  # fmt: skip
E_VERBS = frozenset(
    """create manage make remove delete update change store require use save provide include rate
    date name age type move compute calculate derive relate associate close complete issue archive
    approve receive purchase price schedule enrole enroll invoice hire retire score file title
    configure define describe generate merge note place release reserve share size state structure
    value write""".split()
)
_VOWEL = re.compile(r"[aeiouy]")


class FallbackNormalizer(_Pipeline):
    """Rule-based suffix stripping for when WordNet data is missing (`fallback-v1`).

    Rules, applied to a fixed point: an irregular table; -ies → -y; -sses/-xes/-ches/-shes →
    drop -es; -s → drop unless -ss/-us/-is; -ing/-ed → drop when a vowel stays (-eed kept),
    restoring a final -e for known -e verbs and -at/-bl/-iz/-iv stems, undoubling a final
    consonant (not l, s, z, d). Keys differ from WordNet's, hence the separate id.
    """

    id = "fallback-v1"

    def __init__(self, reason: str = "WordNet not loaded") -> None:
        super().__init__()
        self.reason = reason

    def _base_lemma(self, word: str) -> str:
        if word in IRREGULAR:
            return IRREGULAR[word]
        if len(word) <= 3:
            return word
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
        for suffix in ("ing", "ed"):
            if word.endswith(suffix) and not word.endswith("eed"):
                stem = word[: -len(suffix)]
                if len(stem) >= 2 and _VOWEL.search(stem):
                    return _repair_stem(stem)
        return word


def _repair_stem(stem: str) -> str:
    if stem + "e" in E_VERBS or stem.endswith(("at", "bl", "iz", "iv")):
        return stem + "e"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lszd":
        return stem[:-1]
    return stem


def default_normalizer(lemmatizer: LazyLemmatizer | None = None) -> Normalizer:
    """WordNet when its data loads, else the fallback; `reason` says which and why.

    Blocks until WordNet has loaded or failed (about a second): call it off the UI thread. A
    lemmatizer with a lemma memory only checks that WordNet is installed (`usable`) and loads
    it on the first word the memory lacks.
    """
    lemmatizer = lemmatizer if lemmatizer is not None else LazyLemmatizer()
    try:
        if lemmatizer.usable():
            lemmatizer.lemmatize("students", "n")
            return WordNetNormalizer(lemmatizer, reason="WordNet loaded")
    except (WordNetMissing, LookupError, OSError) as exc:
        return FallbackNormalizer(reason=f"WordNet unusable ({exc}); rule-based fallback in use")
    why = lemmatizer.error or "WordNet unavailable"
    return FallbackNormalizer(reason=f"{why}; rule-based fallback in use")
