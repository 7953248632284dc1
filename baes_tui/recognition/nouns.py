"""Is a word an English noun? WordNet's noun index, read once, as evidence for the confidence.

An entity is a thing, so its name's words are nouns: "Sistem" (a misspelt frame), "Somewhere"
or "Int" in an entity name say the phrase was cut in the wrong place. The lemmas come straight
from WordNet's `index.noun` (and `noun.exc` for irregular plurals), not through the
lemmatizer, so the answer is the same whichever normalizer is loaded. Without WordNet the
answer is "unknown" (None) and the confidence model treats the evidence as absent.

Each word is looked up on its own, by binary search in the sorted index files (mapped, not
read): a request asks about a handful of words, and reading the whole noun index (0.4 s)
would make every warm `baes recognize` wait for it (issue 11: a cache hit re-reads the
request with the rules, so it needs these answers too).
"""

from __future__ import annotations

import mmap
import re
import threading
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from baes_tui.core.inflection import singular
from baes_tui.recognition.lexicon import (
    BOOL_WORDS,
    DATE_WORDS,
    DECIMAL_WORDS,
    FIELD_HINTS,
    FIELD_MODIFIERS,
    FLOAT_WORDS,
    INT_WORDS,
    IRREGULAR_PARTICIPLES,
)
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.plausibility import FUNCTION_WORDS
from baes_tui.recognition.wordnet import DEBIAN_WORDNET, DEFAULT_TARGET, lexnames_text

_LOCK = threading.Lock()
_INDEX: _Index | None = None
_LOADED = False


def _folders() -> list[Path]:
    return [DEFAULT_TARGET / "corpora" / "wordnet", DEBIAN_WORDNET]


# bytes per block of an index file: a search bisects the blocks' first lines, then reads one
# block (~2 µs a new word; a binary search over the lines took ~17 steps in Python, ~8 µs);
# the blocks' first lines cost ~3 ms once, at the first search
_BLOCK = 2048


class _SortedFile:
    """A WordNet index file (license header, then lines sorted by lemma in byte order)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fp:
            self._data: bytes | mmap.mmap = (
                mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ) if path.stat().st_size else b""
            )
        data, start = self._data, 0
        while data[start : start + 1] == b" ":  # the license lines start with spaces
            start = data.find(b"\n", start) + 1 or len(data)
        self._start = start
        self._index: tuple[list[bytes], list[int]] | None = None
        # a request asks about the same few words at several stages: one search each
        self.line = lru_cache(maxsize=8192)(self._search)

    def senses(self, word: str) -> int | None:
        """The synset count of `word`'s line, or None when the file has no such lemma."""
        line = self.line(word)
        if line is None:
            return None
        try:
            return int(line.split(b" ", 3)[2])
        except (IndexError, ValueError):
            return None

    def _search(self, word: str) -> bytes | None:
        """`word`'s line, or None when the file has no such lemma: the blocks' first lines
        say which block holds it, and one search of that block's bytes finds it."""
        data, key = self._data, word.encode("utf-8", "replace") + b" "
        firsts, starts = self._blocks()
        after = bisect_right(firsts, key)  # the first block whose first line sorts after key
        lo = starts[after - 1] if after else self._start
        # (the line may open the next block: its first line sorts after its own word)
        hi = min(starts[after] + len(key), len(data)) if after < len(starts) else len(data)
        if data[lo : lo + len(key)] == key:
            start = lo
        else:
            found = data.find(b"\n" + key, lo, hi)
            if found == -1:
                return None
            start = found + 1
        end = data.find(b"\n", start)
        return bytes(data[start : len(data) if end == -1 else end])

    def _blocks(self) -> tuple[list[bytes], list[int]]:
        """The first line of each block of ~_BLOCK bytes, and where it starts (read once)."""
        if self._index is None:
            data, firsts, starts, pos = self._data, [], [], self._start
            while pos < len(data):
                end = data.find(b"\n", pos)
                firsts.append(bytes(data[pos : len(data) if end == -1 else end]))
                starts.append(pos)
                after = data.find(b"\n", pos + _BLOCK)
                if after == -1:
                    break
                pos = after + 1
            self._index = (firsts, starts)
        return self._index


class _Index:
    def __init__(self, folder: Path) -> None:
        self.nouns = _SortedFile(folder / "index.noun")
        self.adverbs = (
            _SortedFile(folder / "index.adv") if (folder / "index.adv").is_file() else None
        )
        self.adjectives = (
            _SortedFile(folder / "index.adj") if (folder / "index.adj").is_file() else None
        )
        self.verbs = (
            _SortedFile(folder / "index.verb") if (folder / "index.verb").is_file() else None
        )
        self._folder = folder
        self._data: mmap.mmap | None = None
        exc = folder / "noun.exc"
        self.plurals: frozenset[str] = frozenset()
        if exc.is_file():
            with open(exc, encoding="utf-8") as fp:
                self.plurals = frozenset(line.split(" ", 1)[0] for line in fp if line.strip())

    def counts(self, word: str) -> tuple[int | None, int | None, int | None]:
        adverbs = self.adverbs.senses(word) if self.adverbs else None
        adjectives = self.adjectives.senses(word) if self.adjectives else None
        return self.nouns.senses(word), adverbs, adjectives

    def first_sense(self, word: str) -> str | None:
        """The lexicographer file of `word`'s most frequent noun sense ("noun.person")."""
        line = self.nouns.line(word)
        if line is None:
            return None
        try:
            parts = line.split()
            offset = int(parts[-int(parts[2])])
            if self._data is None:
                with open(self._folder / "data.noun", "rb") as fp:
                    self._data = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
            number = int(self._data[offset : offset + 40].split()[1])
        except (OSError, IndexError, ValueError):
            return None
        return _LEXNAMES.get(number)

    def proper_only(self, word: str) -> bool:
        """Every noun sense of `word` is written capitalised in WordNet (a river, a town), and
        it is no verb, adjective or adverb: WordNet knows it only as a name."""
        line = self.nouns.line(word)
        if line is None or any(self.counts(word)[1:]) or (self.verbs and self.verbs.senses(word)):
            return False
        try:
            parts = line.split()
            offsets = [int(part) for part in parts[-int(parts[2]) :]]
            if self._data is None:
                with open(self._folder / "data.noun", "rb") as fp:
                    self._data = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
            for offset in offsets:
                end = self._data.find(b"\n", offset)
                fields = self._data[offset:end].split()
                lemmas = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
                written = [lemma for lemma in lemmas if lemma.lower() == word.encode()]
                if not written or written[0][:1].islower():
                    return False
        except (OSError, IndexError, ValueError):
            return False
        return True


_LEXNAMES = {
    int(number): name
    for number, name, _ in (line.split() for line in lexnames_text().splitlines() if line.strip())
}


def _index() -> _Index | None:
    global _INDEX, _LOADED
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                for folder in _folders():
                    if (folder / "index.noun").is_file():
                        try:
                            _INDEX = _Index(folder)
                        except (OSError, UnicodeDecodeError, ValueError):
                            continue
                        break
                _LOADED = True
    return _INDEX


def warm_up() -> None:
    """Map the index files now (the TUI's background loader), so no recognition waits."""
    _index()


@lru_cache(maxsize=8192)
def _lemma_is_noun(word: str) -> bool:
    """Mainly a noun: more noun senses than adverb senses and at least as many as adjective
    senses ("somewhere", "online" and "else" are nouns in WordNet, barely); or an irregular
    plural of one."""
    index = _index()
    assert index is not None
    nouns, adverbs, adjectives = index.counts(word)
    if nouns is not None and nouns > (adverbs or 0) and nouns >= (adjectives or 0):
        return True
    return word in index.plurals


@lru_cache(maxsize=8192)
def _lemma_is_modifier(word: str) -> bool:
    index = _index()
    assert index is not None
    nouns, adverbs, adjectives = index.counts(word)
    if (nouns is not None or adjectives is not None) and adverbs is None:
        return True
    return _lemma_is_noun(word)


def is_noun(word: str) -> bool | None:
    """True when `word` (or its singular) is a WordNet noun; None when WordNet is absent."""
    if _index() is None:
        return None
    word = word.lower()
    return _lemma_is_noun(word) or _lemma_is_noun(singular(word))


def is_modifier(word: str) -> bool | None:
    """True when `word` can modify a noun ("spare part", "library member"): a noun or an
    adjective that is not also an adverb; None when WordNet is absent."""
    if _index() is None:
        return None
    word = word.lower()
    return _lemma_is_modifier(word) or _lemma_is_modifier(singular(word))


def has_noun_sense(word: str) -> bool | None:
    """WordNet lists `word` as a noun in any sense, however few ("retail", "wholesale": mostly
    said as adjectives or adverbs); None when WordNet is absent."""
    index = _index()
    if index is None:
        return None
    return index.nouns.senses(word.lower()) is not None


def only_an_adverb(word: str) -> bool:
    """ "instead", "completely", "properly": a word WordNet lists only as an adverb says how
    or when, never what; False when WordNet is absent or lists it otherwise too."""
    index = _index()
    if index is None:
        return False
    nouns, adverbs, adjectives = index.counts(word.lower())
    return adverbs is not None and nouns is None and adjectives is None


def only_describes(word: str) -> bool:
    """ "daily", "weekly", "nightly": an adjective that is an adverb too, with no more noun senses
    than adjective ones, says how or how often, never what; False when WordNet is absent."""
    index = _index()
    if index is None:
        return False
    nouns, adverbs, adjectives = index.counts(word.lower())
    return adverbs is not None and adjectives is not None and (nouns or 0) <= adjectives


def names_a_thing(word: str) -> bool | None:
    """More noun senses than adjective and adverb senses together: "colour", "price" name a
    thing; "possible", "ok", "fine" mostly describe one. None when WordNet is absent."""
    index = _index()
    if index is None:
        return None
    word = word.lower()
    for form in dict.fromkeys((word, singular(word))):
        nouns, adverbs, adjectives = index.counts(form)
        if nouns is not None and nouns > (adverbs or 0) + (adjectives or 0):
            return True
    return False


def mostly_describes(word: str) -> bool:
    """More adjective senses than noun and adverb senses together: "spicy", "organic", "free"
    describe a thing ("total", "vegetarian", "notes" do not); False when WordNet is absent."""
    index = _index()
    if index is None:
        return False
    nouns, adverbs, adjectives = index.counts(word.lower())
    return (adjectives or 0) > (nouns or 0) + (adverbs or 0)


@lru_cache(maxsize=4096)
def is_comparative(word: str) -> bool | None:
    """ "smoother", "faster", "easier": an adjective's -er form (WordNet lists only the base),
    which after a verb says how something goes, not what it is linked to. A base with more
    adjective than noun senses, and at least two ("own" of "owner" has one); None when
    WordNet is absent."""
    index = _index()
    if index is None:
        return None
    word = word.lower()
    if len(word) < 5 or not word.endswith("er"):
        return False
    bases = {word[:-2], word[:-1]}
    if word[-3] == word[-4]:
        bases.add(word[:-3])  # "bigger"
    if word.endswith("ier"):
        bases.add(word[:-3] + "y")  # "easier"
    for base in bases:
        nouns, _, adjectives = index.counts(base)
        if (adjectives or 0) >= 2 and (adjectives or 0) > (nouns or 0):
            return True
    return False


# The kinds a noun must first name to be a thing kept in its own right (a person, an animal, a
# made thing, an event), not an act, a state or a group said for which value it is ("escalation
# email", "committee phone"): WordNet's lexicographer files.
THING_KINDS = frozenset(
    "noun.person noun.animal noun.artifact noun.event noun.plant noun.food noun.object".split()
)


def first_sense(word: str) -> str | None:
    """What `word` (or its singular) most often names, as WordNet's lexicographer file:
    "noun.person" for "passengers", "noun.communication" for "notes"; None when WordNet is
    absent or does not know the word."""
    index = _index()
    if index is None:
        return None
    word = word.lower()
    for form in dict.fromkeys((singular(word), word)):
        if (kind := index.first_sense(form)) is not None:
            return kind
    return None


def known_only_as_name(word: str) -> bool:
    """ "paris", "india", "oder": WordNet knows the word only as a proper name (a town, a
    country, a river). Written with a capital it is that name; in lower case it may be a slip
    of a common noun (`misspelt`)."""
    index = _index()
    return index is not None and index.proper_only(word.lower())


def in_wordnet(word: str) -> bool | None:
    """True when WordNet knows `word` as a noun, adjective or adverb ("charge", "extent",
    "manege"): a word like that is not a misspelling; None when WordNet is absent."""
    index = _index()
    if index is None:
        return None
    return any(count is not None for count in index.counts(word.lower()))


def gerund_compound(words: list[str]) -> bool:
    """ "a mailing list app", "the waiting list": a frame word after a gerund that English
    names as one thing (WordNet lists "mailing list") is that thing; stripped, only the act
    would be left ("a booking app" is about bookings: "booking app" is no such noun).
    (md64) In the plural too ("many mailing lists"), and any verb's -ing before "lists":
    lists said many times over, "many reading lists", "shopping lists", are things kept, each
    named by what is done with it (ReadingList), never the act alone (Reading)."""
    if len(words) < 2 or not words[-2].endswith("ing"):
        return False
    if in_wordnet(f"{words[-2]}_{words[-1]}") or in_wordnet(f"{words[-2]}_{singular(words[-1])}"):
        return True
    return words[-1] == "lists" and len(words[-2]) > 5 and is_verb_form(words[-2])


def gerund_names_kind(gerund: str, plural: str) -> bool:
    """ "Building permits:", "Recording sessions:": at the head of a list, an -ing word that is
    a noun itself before a bare plural names a kind of thing (as "meeting rooms" does), not a
    verb and its object; "managing" is no noun, so "Managing customers:" is the verb, unless
    English names the pair ("managing directors")."""
    one = singular(plural)
    return (
        gerund.endswith("ing")
        and one != plural
        and (bool(is_noun(gerund)) or gerund_compound([gerund, one]))
    )


def foreign_compound(first: str, second: str) -> bool:
    """ "per diem": a pair WordNet lists as one entry whose second word it does not know on
    its own (a Latin or foreign phrase). Neither word is a slip, nor is the first a
    preposition to cut: the pair is one name ("per diems" → PerDiem)."""
    first, second = first.lower(), second.lower()
    if not (first.isalpha() and second.isalpha()) or second in FUNCTION_WORDS:
        return False  # ("watches in for repair": "in for" is an idiom, no name)
    if in_wordnet(second) is not False or in_wordnet(singular(second)):
        return False  # ("to orders": a word known in its singular is English)
    return any(in_wordnet(f"{first}_{w}") for w in dict.fromkeys((second, singular(second))))


# Record-keeping words English writes closed after another noun ("timesheet", "wishlist",
# "logbook") though WordNet lists the pair open: such a word is one name on purpose
_CLOSED_RECORD_WORDS = frozenset("list sheet class book log".split())
_SHORT_FIRST = 4  # letters: a first word this short is one English closes a compound on


@lru_cache(maxsize=4096)
def run_together(word: str) -> bool:
    """ "weddingcake", "boardgame", "circuitboard": a word no dictionary knows in any form,
    the two nouns of a pair WordNet lists open ("wedding cake") typed without the space. A
    space missed and a compound closed on purpose look the same, so such a name is kept as
    written but is no name to accept unasked (`confidence`); splitting it was tried and read a
    sealed closed compound wrong. A pair English closes on purpose is none of these: a record
    word after a noun ("timesheet", "wishlist"), a doer after its object ("stallholder"), a
    first word of four letters or fewer ("roadmap", "foodbank"), or a pair WordNet does not
    list open ("counterparty", "campervan")."""
    word = word.lower()
    if not 6 <= len(word) <= _LONGEST_SLIP or not word.isalpha():
        return False
    one = singular(word)
    if in_wordnet(word) is not False or in_wordnet(one) or _is_verb(word):
        return False
    for cut in range(_SHORT_FIRST + 1, len(one) - 2):
        first, second = one[:cut], one[cut:]
        if second in _CLOSED_RECORD_WORDS or is_doer(second) or not in_wordnet(first):
            continue
        if in_wordnet(f"{first}_{second}") and _lemma_is_noun(second):
            return True
    return False


# Nouns for a job done, an order or booking placed, a document issued or a visit paid: English
# writes these apart after the noun that says which ("print job", "lunch order", "ferry ticket",
# "gift voucher"), and no dictionary lists one closed onto a noun, unlike "sheet", "list",
# "book", "log", "set" or "van" ("timesheet", "changelog", "wheelset", "campervan")
_OPEN_RECORD_HEADS = tuple(
    """job order ticket voucher invoice request booking payment receipt quote appointment
    reservation enquiry inquiry claim application subscription shipment transaction visit
    session lesson inspection repair delivery rental loan contract permit licence license
    certificate registration donation refund estimate assessment consultation enrolment
    enrollment""".split()
)


@lru_cache(maxsize=4096)
def fused_record(word: str) -> tuple[str, str] | None:
    """ "printjob", "GIFTVOUCHER", "ferrytickets": a word no dictionary knows in any form,
    a noun then one of the record heads English never closes onto a noun, is the two words
    typed without the space; (first, head) or None. Other pairs typed closed may be names
    closed on purpose and are left to `run_together`."""
    word = word.lower()
    if not 6 <= len(word) <= _LONGEST_SLIP or not word.isalpha():
        return None
    one = singular(word)
    if in_wordnet(word) is not False or in_wordnet(one) or _is_verb(word):
        return None
    for head in _OPEN_RECORD_HEADS:
        first = one[: -len(head)]
        if one.endswith(head) and len(first) >= 3 and in_wordnet(first) and _lemma_is_noun(first):
            return first, head
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def is_verb(word: str) -> bool:
    """WordNet lists `word` as a verb ("deploy", "build"); False when WordNet is absent."""
    index = _index()
    return index is not None and index.verbs is not None and index.verbs.senses(word) is not None


def _is_verb(word: str) -> bool:
    """WordNet lists `word` as a verb ("care", "foster"; "run" too, but "runer" doubles no
    n: a doer of a one-syllable verb ending vowel-consonant is not formed this way)."""
    index = _index()
    if index is None or index.verbs is None or len(word) < 3:
        return False
    if rx(r"[^aeiou]*[aeiou][^aeiouwxy]").fullmatch(word):
        return False  # "run" makes "runner", so "runer" is a slip
    return index.verbs.senses(word) is not None


def is_doer(word: str) -> bool:
    """A doer's -er/-or noun of a verb WordNet knows only as a verb ("installer" of install,
    "carer" of care); "runer" doubles no n, so it is no doer of run."""
    return word.endswith(("er", "or")) and (_is_verb(word[:-1]) or _is_verb(word[:-2]))


def respelt_noun(word: str) -> str | None:
    """The noun a misspelt entity word was meant to be: "inspecton" → inspection, "barel" →
    barrel, "adopterr" → adopter, "customr" → customer. Only for a word of five letters or
    more that WordNet does not know at all, one letter missing, doubled or swapped away (no
    substitutions, no plural endings). The likelier slip wins: a double letter typed once or
    twice, then a missing letter, then a swap (those two only in words of six letters or
    more: "projct", "gearbx" are one slip from a noun); a tie is no answer (None), and so is a
    missing WordNet."""
    word = word.lower()
    if len(word) < 5 or not word.isalpha() or in_wordnet(word) is not False:
        return None
    if in_wordnet(singular(word)):
        return None  # a plural WordNet knows in its singular
    if is_doer(word):
        return None  # a doer of a known verb ("carer", "fosterer"), not "career" misspelt
    if _given_to(word):
        return None  # "franchisee", not "franchise" with its "e" typed twice
    if is_verb(word):
        return None  # a verb spelt right ("create" in "CreateFeature"), not "cerate" misspelt
    if _participle_of_verb(word):
        return None  # a verb's -ing or -ed spelt right ("potting bench"), not "spotting"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    ranked: dict[str, int] = {}
    for a, b in splits:
        for c in _LETTERS:
            doubled = c in (a[-1:], b[:1])
            ranked.setdefault(a + c + b, 0 if doubled else 1)
        if len(b) > 1:
            ranked.setdefault(a + b[1] + b[0] + b[2:], 2)
        if b and b[:1] in (a[-1:], b[1:2]):
            ranked.setdefault(a + b[1:], 0)  # a letter typed twice
        if a and len(b) > 1 and b[0] in "aeiou" and len(word) >= 8:
            # a stray vowel typed inside a long word ("deliverey", "managere"): the least
            # likely slip (a consonant or a last letter dropped makes real words of others:
            # "sourcing", "plotholder", "counterparty")
            ranked.setdefault(a + b[1:], 3)
    # Dropping a letter that is not doubled makes real words of new ones ("gamer" → game,
    # "ebook" → book): never. A missing or swapped letter only in longer words ("login" is
    # not "logion").
    found = [
        (rank, w)
        for w, rank in ranked.items()
        if w != word
        and w not in (word + "s", word + "es")
        and (rank == 0 or len(word) >= 6)
        and _lemma_is_noun(w)
    ]
    # never into a name ("maquette" is a word WordNet lacks, not Marquette misspelt)
    index = _index()
    found = [(rank, w) for rank, w in found if index is None or not index.proper_only(w)]
    if not found:
        return None
    # a noun people use before one WordNet lists but never saw in use (a surname, a unit):
    # "candel" is candle, not candela; "cabel" is cable, not Cabell
    found = [(rank, w) for rank, w in found if _tagged(w)] or found
    best = min(rank for rank, _ in found)
    words = {w for rank, w in found if rank == best}
    return words.pop() if len(words) == 1 else None


def respelt_slip(word: str) -> str | None:
    """The noun a thing's word no dictionary knows was typed for, when the slip is one the
    doubt itself names (`misspelt`: "memeber" → member, "reservasion" → reservation, "odrer"
    → order, "vechicle" → vehicle) and that word is a common noun (WordNet saw it used as
    one, mainly a noun): a word of a thing kept names the thing, as "adress" in a field does
    not. None otherwise ("depo", "gest", "stoodent", "webinar" find no slip), and for the
    slips that stay asked: a word WordNet knows only as a place ("golf corses"), or an ending
    spelt with the unheard vowel ("attendence", "consultent")."""
    if in_wordnet(word) is not False or suffix_vowel_slip(word) is not None:
        return None
    meant = misspelt(word)
    if meant is None:
        return None
    one = singular(meant)
    twice = any(  # a letter typed twice, nothing else ("senseis" is no slip of "senses")
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == meant for i in range(len(word) - 1)
    )
    if (
        twice
        and one != meant
        and not _lemma_is_noun(meant)
        and _lemma_is_noun(one)
        and _tagged(one)
    ):
        # (crt59) "horsess": the slip is in the plural typed ("horses"), which the reader
        # could not make singular; the thing is the singular noun
        return one
    if not _lemma_is_noun(meant) or _proper(meant):
        return None
    # (crt59) "telescop": from eight letters a word lies one slip from few others, so a noun
    # WordNet lists but never saw tagged in use is meant too ("telescope") when a key was
    # missed, doubled or swapped; one wrong key lands on rarer words ("maquette" is no moquette)
    kept_keys = len(meant) != len(word) or sorted(meant) == sorted(word)
    return meant if _tagged(meant) or (len(word) >= 8 and kept_keys) else None


def _proper(word: str) -> bool:
    index = _index()
    return index is not None and index.proper_only(word)


def respelt_field_word(word: str) -> str | None:
    """The word a new field's word no dictionary knows was typed for ("emial" → email, "prcie"
    → price, "capcity" → capacity, "depsoit" → deposit), when the slip is one the doubt itself
    names (`misspelt`) and the word meant is one English uses (WordNet saw it in its tagged
    texts, in any part of speech or form: "published", "starting"), names a field or its type
    ("email", "expiry") or, from eight letters, is one WordNet lists ("vegetarian"). A field's
    name becomes a column and its type follows its words, so a slip kept builds "emial" as
    text. None for a word WordNet knows ("dare"), one English forms of a word it knows
    ("heaviest", "preparator"), a code no slip explains ("isrc"), or a short word meant that
    WordNet only lists (a surname, a rare term): those stay asked."""
    word = word.lower()
    if in_wordnet(word) is not False or _formed_word(word):
        return None
    meant = misspelt(word)
    if meant is None and len(word) >= 6 and not _known_alone(word):
        # "capcity", "fedback", "techer": no word whole, only two run together ("cap city"),
        # and one letter short of a noun people use (`respelt_noun`'s slips)
        meant = respelt_noun(word)
        return meant if meant is not None and _tagged(meant) else None
    if meant is None or (len(meant) < 5 and meant not in _FIELD_WORDS):
        return None  # (four letters lie near too many words typed right: "bitte" is no bite)
    # a word of eight letters or more lies one slip from few others: one WordNet lists, if
    # never tagged in use, is meant there too ("vegetarain" → vegetarian)
    if _in_use(meant) or meant in _FIELD_WORDS or (len(word) >= 8 and in_wordnet(meant)):
        return meant
    return None


# Words that name a field or its type: known to be meant even where WordNet never saw them in
# use ("email", "expiry")
_FIELD_WORDS = (
    FIELD_HINTS
    | FIELD_MODIFIERS
    | INT_WORDS
    | DECIMAL_WORDS
    | FLOAT_WORDS
    | BOOL_WORDS
    | DATE_WORDS
)


def _known_alone(word: str) -> bool:
    """`word` is known as one word, in some form (`_known_word` without its two-word split)."""
    return bool(
        in_wordnet(singular(word))
        or _is_verb(word)
        or _verb_form(word)
        or word in _SOFTWARE_WORDS
        or _given_to(word)
        or rx(r"([a-z]{3,})(?:in|up|out|on|off)").fullmatch(word)
    )


def slip_left(word: str) -> str | None:
    """In a request whose other slips were read, a word of a name that may be one more, which
    no rule reads: a word known in no form one slip from a noun ("bedroms", "positon": read
    only as two words run together), or a word English knows one sounding-alike or
    neighbouring key from a field's word it is not ("prise" → price, "dare" → date). The word
    it may be meant as; None when nothing says it is a slip ("instagram", "keywords")."""
    word = word.lower()
    if len(word) < 4 or not word.isalpha() or word in _FIELD_WORDS or in_wordnet(word) is None:
        return None
    if not (
        in_wordnet(word)
        or in_wordnet(singular(word))
        or _is_verb(word)
        or _verb_form(word)
        or word in _SOFTWARE_WORDS
        or _given_to(word)
        or _formed_word(word)
        or _learned_form(word)
    ):
        # one slip from a word ("positon" is no verb and its particle; "bedroms"), not a
        # word of its own no dictionary holds ("instagram", "keywords")
        return respelt_noun(word) or respelt_plural(word) or misspelt(word)
    near = {
        word[:i] + c + word[i + 1 :]
        for i, key in enumerate(word)
        for c in _BESIDE.get(key, "") + _SOUNDS_LIKE.get(key, "")
    } & _FIELD_WORDS
    return near.pop() if len(near) == 1 else None


def _formed_word(word: str) -> bool:
    """A word English makes of one WordNet knows, which it does not list: the -er/-est of an
    adjective ("heaviest", "larger") or the doer of a verb ("preparator", "fitter"). Spelt
    right, however near another word it lies ("heavies", "preparatory")."""
    index = _index()
    if index is None or index.adjectives is None:
        return False
    for ending in ("est", "er"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem]
            if stem[-1:] == stem[-2:-1]:
                stems.append(stem[:-1])  # "biggest"
            if any(index.adjectives.senses(s) for s in stems):
                return True
    for ending in ("ator", "ater", "or", "er"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if any(_is_verb(s) for s in (stem, stem + "e", stem + "ate")):
                return True
    return False


def _in_use(word: str) -> bool:
    """WordNet saw `word`, or the lemma it is a form of, in its tagged texts (as a noun, a
    verb, an adjective or an adverb): "price", "published" (publish), "starting" (start)."""
    forms = [word, singular(word)]
    for ending, back in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + back)
    return any(_tagged_any(form) for form in dict.fromkeys(forms))


def _tagged_any(word: str) -> bool:
    """`word` has a tagged sense in one of WordNet's index files (see `_tagged`)."""
    index = _index()
    if index is None:
        return False
    for part in (index.nouns, index.verbs, index.adjectives, index.adverbs):
        line = part.line(word) if part is not None else None
        if line is None:
            continue
        parts = line.split()
        try:
            if int(parts[-int(parts[2]) - 1]) > 0:
                return True
        except (IndexError, ValueError):
            continue
    return False


def respelt_plural(word: str) -> str | None:
    """The noun a misspelt plural entity word was meant to be, in the singular: "rakcs" →
    rack, "itmes" → item, "towles" → towel, "lessns" → lesson, "clases" → class. The slip is
    in the word as typed, plural ending and all, so the singular a reader makes of it
    ("rakc", "clase") is no word one slip from the noun. Only for a plural of five letters or
    more that WordNet does not know, nor its singular; a swap of two letters from five
    letters, a missing letter from six ("todos" is no slip of "tondos"), a double letter
    typed once or twice at any length; the likelier slip wins and a tie is no answer."""
    words = plural_slips(word)
    return words[0] if len(words) == 1 else None


def plural_slips(word: str) -> list[str]:
    """The singulars a misspelt plural may have been typed for, at the likeliest slip (see
    `respelt_plural`): one is the word meant; two or more ("shoings": showing, shoeing) are a
    doubt to ask about; none, no slip found."""
    word = word.lower()
    if len(word) < 5 or not word.isalpha() or not word.endswith("s"):
        return []
    if in_wordnet(word) is not False or in_wordnet(singular(word)):
        return []
    if _is_verb(singular(word)) or _verb_form(word) or is_doer(singular(word)):
        return []  # "sells": a verb's form; "carers": a doer of one, not "careers"
    ranked: dict[str, int] = {}
    for i in range(len(word)):
        a, b = word[:i], word[i:]
        if len(b) > 1:
            ranked.setdefault(a + b[1] + b[0] + b[2:], 2)
        if b[:1] and b[:1] in (a[-1:], b[1:2]):
            ranked.setdefault(a + b[1:], 0)  # a letter typed twice
        for c in _LETTERS:
            if c in (a[-1:], b[:1]):
                ranked.setdefault(a + c + b, 0)  # a double letter typed once
            elif len(word) >= 6:
                ranked.setdefault(a + c + b, 1)
    found: dict[str, int] = {}
    acts: dict[str, int] = {}
    for w, rank in ranked.items():
        if w == word or not w.endswith("s"):
            continue
        one = singular(w)
        if one != w and one != singular(word) and _lemma_is_noun(one) and _tagged(one):
            found[one] = min(rank, found.get(one, rank))
        elif one != w and _verb_ing(one):
            # (crt59) "shoings": "shoeings" is as near as "showings", the act of a verb WordNet
            # lists as no noun; a word as likely meant, so no answer (it was read as Showing)
            acts[one] = min(rank, acts.get(one, rank))
    if not found:
        return []
    best = min(found.values())
    tied = [w for w, rank in found.items() if rank == best]
    return tied + sorted(
        (w for w, rank in acts.items() if rank <= best), key=lambda w: (acts[w] != best, w)
    )


def _verb_ing(word: str) -> bool:
    """ "shoeing", "mucking", "shopping": the -ing of a verb WordNet lists (its base, the base's
    "e", or its doubled last letter dropped), a noun English makes of any verb."""
    index = _index()
    if index is None or index.verbs is None or not word.endswith("ing") or len(word) < 6:
        return False
    base = word[:-3]
    forms = [base + "e"] + ([base[:-1]] if base[-1:] == base[-2:-1] else [])
    if not _SHORT_CLOSED.fullmatch(base):
        forms.append(base)  # ("shoping" is no -ing of "shop": it doubles the p)
    return any(index.verbs.senses(form) is not None for form in forms)


def _tagged(word: str) -> bool:
    """WordNet saw `word` as a noun in its tagged texts (its line's tag-sense count is above
    zero): "cable", "towel", but not a surname or a place it lists ("cabell", "benton")."""
    index = _index()
    line = index.nouns.line(word) if index is not None else None
    if line is None:
        return False
    parts = line.split()
    try:
        return int(parts[-int(parts[2]) - 1]) > 0
    except (IndexError, ValueError):
        return False


def respelt_modifier(word: str) -> str | None:
    """The word before an entity's head a doubled letter was typed once (or a letter twice)
    in: "controled" → controlled, "scheduled" stays. Only for a word of six letters or more
    that WordNet does not know at all, and only when exactly one word it knows as a modifier
    is that one slip away; None when WordNet is absent."""
    word = word.lower()
    if len(word) < 6 or not word.isalpha() or in_wordnet(word) is not False:
        return None
    if in_wordnet(singular(word)):
        return None
    found = set()
    for i in range(1, len(word) + 1):
        doubled = word[:i] + word[i - 1] + word[i:]  # a double letter typed once
        if in_wordnet(doubled) and _lemma_is_modifier(doubled):
            found.add(doubled)
        if i < len(word) and word[i] == word[i - 1]:
            once = word[:i] + word[i + 1 :]  # a letter typed twice
            if in_wordnet(once) and _lemma_is_modifier(once):
                found.add(once)
    return found.pop() if len(found) == 1 else None


def respelt_swapped(word: str) -> str | None:
    """ "obsreving" → observing, "wrokshop" → workshop: a word no dictionary knows, of six letters
    or more, in which two keys side by side were struck in the wrong order, when exactly one
    such swap makes a word WordNet knows (as a noun, an adjective or an adverb, or the -ing of
    a verb). The likeliest slip of all, and one that seldom lands on another word."""
    word = word.lower()
    if len(word) < 6 or not word.isalpha() or in_wordnet(word) is not False:
        return None
    if in_wordnet(singular(word)) or _is_verb(word) or _verb_form(word):
        return None
    found = {
        swapped
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
        and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        and (in_wordnet(swapped) or _verb_ing(swapped))
        and not _proper(swapped)
    }
    return found.pop() if len(found) == 1 else None


# Words of software and trade that no dictionary of 2006 holds but people write as they are
_SOFTWARE_WORDS = frozenset(
    """cron promo media wifi webhook hashtag username password emoji selfie blog vlog podcast
    app apps sms otp captcha ebook inbox url urls uuid guid json yaml csv xml html pdf
    stats""".split()
)


# A stem of one syllable closed by one consonant after one vowel ("ship", "stop", "plan"):
# English doubles that consonant before an ending that opens with a vowel ("shipping")
_SHORT_CLOSED = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def _verb_form(word: str) -> bool:
    """ "departs", "shipped", "occurred", "supplied", "referring", "repotted": an inflected
    verb; "funder", "carer", "billable": a word made of one (WordNet indexes lemmas only)."""
    if word in IRREGULAR_PARTICIPLES:
        return True
    stems: list[str] = []
    for ending, back in (
        ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
        ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"), ("or", ""), ("or", "e"),
        ("able", ""), ("able", "e"), ("ible", ""), ("ible", "e"),
    ):  # fmt: skip
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + back
            if not back and ending in ("ing", "ed", "er") and _SHORT_CLOSED.fullmatch(stem):
                continue  # "shiping", "stoped": "ship" doubles its p before a vowel ending
            stems.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "shipped", "referring": a doubled last consonant
    return any(_is_verb(stem) or in_wordnet(stem) for stem in stems)


def is_verb_form(word: str) -> bool:
    """ "goes", "sits", "done", "holding", "carried": a verb inflected as English inflects
    them (WordNet indexes lemmas only, and `_verb_form` also takes the nouns made of verbs);
    False when WordNet is absent."""
    if word in IRREGULAR_PARTICIPLES or is_verb(word):
        return True
    stems: list[str] = []
    for ending, back in (
        ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
        ("ing", ""), ("ing", "e"),
    ):  # fmt: skip
        if word.endswith(ending) and len(word) >= len(ending) + 2:
            stem = word[: -len(ending)] + back
            stems.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "shipped", "sitting": a doubled last consonant
    return any(is_verb(stem) for stem in stems)


def _participle_of_verb(word: str) -> bool:
    """ "potting", "netted", "coding": a verb's -ing or -ed, its consonant doubled or its e
    dropped as English spells them ("shiping" keeps the slip: "ship" doubles its p)."""
    for ending in ("ing", "ed"):
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        stem = word[: -len(ending)]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            if is_verb(stem[:-1]) and _SHORT_CLOSED.fullmatch(stem[:-1]):
                return True  # "potting": pot
        elif is_verb(stem + "e") or (is_verb(stem) and not _SHORT_CLOSED.fullmatch(stem)):
            return True  # "coding": code; "netted" above; "painting": paint
    return False


def _known_word(word: str) -> bool:
    """WordNet knows `word` in some form, or as two words run together ("payout",
    "downloads", "login")."""
    if in_wordnet(word) or in_wordnet(singular(word)) or _is_verb(word) or _verb_form(word):
        return True
    if word in _SOFTWARE_WORDS or _given_to(word) or _degree_form(word):
        return True
    if (m := rx(r"([a-z]{3,})(?:in|up|out|on|off)").fullmatch(word)) and _whole(m[1]):
        return True  # "login", "signup", "payout", "checkin": a verb and its particle
    return any(_whole(word[:i]) and _whole(word[i:]) for i in range(3, len(word) - 2))


def _degree_form(word: str) -> bool:
    """ "largest", "heaviest", "wider": an adjective's comparative or superlative, which
    WordNet indexes by the adjective alone ("largest" was taken for a slip of "larges", so
    "largest diameter" was asked, md64). The stem must be an adjective WordNet knows."""
    index = _index()
    if index is None:
        return False
    for ending, back in (("iest", "y"), ("ier", "y"), ("est", ""), ("est", "e"), ("er", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + back
            stems = [stem, stem[:-1]] if not back and stem[-1] == stem[-2] else [stem]
            if any(index.counts(s)[2] is not None for s in stems):
                return True  # ("biggest": the doubled consonant of a short adjective)
    return False


def _learned_form(word: str) -> bool:
    """ "lipaemic", "hypoxia", "venepuncture": a learned word WordNet lacks in this form but
    knows as the -ia of its -ic (or the -ic of its -ia), or a combining form ("vene",
    "gastro") before a whole word of seven letters or more. Jargon like this is the trade's
    own word, no slip of the keys. (A Latin plural, "libretti", is no such form here: it must
    be singular's to be known, or the thing would be named in the plural.)"""
    if len(word) < 6:
        return False
    for ending, known in (("ic", "ia"), ("ia", "ic")):
        if word.endswith(ending) and in_wordnet(word[: -len(ending)] + known):
            return True
    return any(
        word[i - 1] in "aeio" and in_wordnet(word[i:]) for i in range(3, min(7, len(word) - 6))
    )


def _given_to(word: str) -> bool:
    """ "franchisee", "mentee", "consignee": the one a known word is given to or done to
    (-ee), a word WordNet may lack; "employeee" is a slip (its stem ends in "ee" already)."""
    return word.endswith("ee") and not word[:-1].endswith("ee") and bool(in_wordnet(word[:-1]))


def _whole(part: str) -> bool:
    return bool(in_wordnet(part) or in_wordnet(singular(part)) or _is_verb(part))


# Letters that spell the same sound, so one is typed for the other by ear ("servise")
_SOUNDS_LIKE = {"c": "sk", "s": "cz", "z": "s", "k": "c"}
_VOWELS = "aeiou"
_LONGEST_SLIP = 24  # letters: longer than any English word a person types in a field's name


# What a thing made or put in is ("filling", "topping", "bedding"): its -ing said without the g
_MADE_THINGS = frozenset(("noun.food", "noun.substance", "noun.artifact"))


def _g_dropped(word: str) -> str | None:
    """ "fillin", "toppin", "beddin": a thing's -ing written as said, without its g (which
    reads as a verb and its particle: "fill in"); an act ("walkin", "signin") is no slip."""
    if len(word) < 6 or not word.endswith("in") or in_wordnet(word) is not False:
        return None
    meant = word + "g"
    return meant if in_wordnet(meant) and first_sense(meant) in _MADE_THINGS else None


# Endings English spells with a vowel nobody hears: "consultent", "attendence", "responsable",
# "sponser", "calender"
_SUFFIX_VOWELS = (
    ("ent", "ant"), ("ant", "ent"), ("ence", "ance"), ("ance", "ence"),
    ("ency", "ancy"), ("ancy", "ency"), ("able", "ible"), ("ible", "able"),
    ("er", "or"), ("or", "er"), ("ar", "er"), ("er", "ar"),
)  # fmt: skip


def suffix_vowel_slip(word: str) -> str | None:
    """ "consultent" → consultant, "maintenence" → no (two slips), "attendence" → attendance:
    a word of seven letters or more that no dictionary knows, whose unheard vowel in an
    ending swapped gives a word WordNet lists as it is (not only as two run together)."""
    if len(word) < 6 or in_wordnet(word) or in_wordnet(singular(word)) or _is_verb(word):
        return None
    # (lr61) "puppit", "helmits", "tickit": the "-et" of a noun's ending said as "-it" (read
    # as things Puppit, Helmit and accepted); from six letters, as no longer ending is heard so
    pairs = _SUFFIX_VOWELS if len(word) >= 7 else ()
    for typed, meant in (*pairs, ("it", "et")):
        for tail in ("", "s"):
            if word.endswith(typed + tail):
                candidate = word[: len(word) - len(typed + tail)] + meant + tail
                if in_wordnet(candidate) or in_wordnet(singular(candidate)):
                    return candidate
    return None


def _name_slip(word: str) -> str | None:
    """ "oder" → order: a word WordNet knows only as a proper name (a river, a town), one key
    short of, or two inner keys swapped from, a common noun of several senses. A name of a
    field or a thing is rarely a river's; a common word a key away is the likelier one (the
    first key is seldom the one missed, and a rare noun such as "parvis" is no likelier)."""
    index = _index()
    if index is None or not index.proper_only(word):
        return None
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    ranked = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    ranked += [a + c + b for a, b in splits for c in _LETTERS]
    for candidate in dict.fromkeys(ranked):
        senses = index.nouns.senses(candidate) or 0
        if senses >= 2 and _lemma_is_noun(candidate) and not index.proper_only(candidate):
            return candidate
    return None


def _u_after_q(word: str) -> str | None:
    """ "bisqe" → bisque, "eqipment" → equipment (name57): English writes "q" with a "u"
    after it, so a "q" without one is the slip of a "u" left out, in a word of any length
    (the lengths below guard against slips that find other real words; this one finds few)."""
    for at, letter in enumerate(word):
        if letter == "q" and word[at + 1 : at + 2] != "u":
            candidate = f"{word[: at + 1]}u{word[at + 1 :]}"
            if in_wordnet(candidate) or in_wordnet(singular(candidate)):
                return candidate
    return None


@lru_cache(maxsize=4096)
def misspelt(word: str) -> str | None:
    """The word a name's word was likely meant to be when it is a slip of the keys: "adress"
    → address, "emial" → email, "nmae" → name, "recieved" → received. Only for a word no
    dictionary knows in any form (not a verb's inflection, not two words run together), one
    slip from one it does: two letters swapped (in four letters only if the first stays: "isrc"
    is a code), a double letter typed once or a letter twice (five letters or more), a letter
    missing (six or more), one too many (seven or more), one wrong (eight or more: fewer real
    words lie that close; six or more when it is written as it sounds: "servise"; in five
    letters, a vowel left out between consonants, "finsh", or a consonant between vowels,
    "staus"; a made thing's g dropped: "fillin").
    None when the word is known, no slip finds one, or WordNet is absent. Names are never
    respelt with it (a code such as "iddsi" is no slip): a slip makes the reading doubted, and
    the note names the likely word."""
    word = word.lower()
    if not 4 <= len(word) <= _LONGEST_SLIP or not word.isalpha():
        return None  # a run of 60 letters is no word typed wrong (and would cost 100 ms)
    if (dropped := _g_dropped(word)) is not None:
        return dropped
    if in_wordnet(word) is None:
        return None
    if (suffix := suffix_vowel_slip(word)) is not None:
        return suffix  # before the two-words check: "consultent" is no consul and a tent
    if (name := _name_slip(word)) is not None:
        return name
    if _known_word(word) or _learned_form(word):
        return None
    if (quiet := _u_after_q(word)) is not None:
        return quiet
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    # the likelier slip first: two keys swapped, a double letter typed once, a letter typed
    # twice, then (in longer words, where fewer real words lie one letter apart) a letter
    # missing, one too many, one wrong
    ranked: list[str] = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    if len(word) >= 5:
        ranked += [a + c + b for a, b in splits for c in {a[-1:], b[:1]} if c]
        ranked += [a + b[1:] for a, b in splits if b and b[:1] in (a[-1:], b[1:2])]
    if len(word) >= 6:
        ranked += [a + c + b for a, b in splits for c in _LETTERS]
    if len(word) >= 7:
        # (not the first letter: a key struck before the word begins is the rarest slip, and
        # a word it would find, "barista" → arista, is one WordNet lacks, not a slip)
        ranked += [a + b[1:] for a, b in splits if b and a]
    if len(word) >= 8:
        ranked += [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    if len(word) >= 6:
        # last: a letter written as it sounds ("servise", "lisence", "revize"), one of a
        # pair that spell the same sound, where any letter wrong would be too loose
        ranked += [
            a + c + b[1:] for a, b in splits if b[:1] in _SOUNDS_LIKE for c in _SOUNDS_LIKE[b[0]]
        ]
    if len(word) == 5:
        # last: a vowel left out between two consonants ("finsh", "numbr"), or beside the
        # vowel before three closing consonants ("helth"); a letter missing anywhere else in
        # so short a word finds real words too easily ("kindy" → kindly)
        closing = rx(r"[a-z]{2}[^aeiouys]{3}").fullmatch(word) is not None
        ranked += [
            a + v + b
            for a, b in splits[1:-1]
            if (a[-1] not in _VOWELS and b[0] not in _VOWELS) or (closing and len(a) == 2)
            for v in _VOWELS
        ]
        # or a consonant left out between two vowels ("staus"): English seldom puts two
        # vowels side by side in so short a word unless they spell one sound
        ranked += [
            a + c + b
            for a, b in splits[1:-1]
            if a[-1] in _VOWELS and b[0] in _VOWELS
            for c in _LETTERS
            if c not in _VOWELS
        ]
    index = _index()
    for candidate in dict.fromkeys(ranked):
        if candidate == word or len(candidate) < 4:
            continue
        if index is not None and index.proper_only(candidate):
            continue  # "maquette" is a word WordNet lacks, not Marquette misspelt
        if len(word) == 4 and candidate[0] != word[0]:
            continue  # "isrc", "ssid": a code of four letters is no slip of "sirc"
        # a short word is meant as itself ("nmae" → name), not as a plural ("desc" is no
        # slip of "decs", "issn" none of "isns")
        if _whole(candidate) if len(word) >= 6 else in_wordnet(candidate) or _is_verb(candidate):
            return candidate
    return _field_word_slip(word)


# The keys around each key of a QWERTY keyboard: a wrong letter struck beside the one meant
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {
    key: "".join(row[max(0, i - 1) : i] + row[i + 1 : i + 2] for row in _ROWS if key in row)
    for row in _ROWS
    for i, key in enumerate(row)
}


def _field_word_slip(word: str) -> str | None:
    """The field's word meant when a short word or a wrong key is the slip: "emal" → email,
    "nuber" → number, "pric" → price, "stok" → stock (a letter missing after the first in a
    word of five letters; in four, a vowel, a double letter's twin or the c of "ck"),
    "minimun" → minimum (a key beside the one meant, in five letters or more). Only into a word that
    names a field or its type (`_FIELD_WORDS`), whose first letter the word keeps, and only
    when exactly one such word is in reach; WordNet's other words lie too close to so few
    letters ("kindy" is no slip of kindly)."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    found: set[str] = set()
    if len(word) == 4:
        # a vowel, a double letter's twin or the c of "ck": four letters short of a consonant
        # are more often a shorthand ("dept", "stat") than a slip
        found |= {
            a + c + b
            for a, b in splits
            for c in _LETTERS
            if c in _VOWELS or c in (a[-1:], b[:1]) or (c == "c" and b[:1] == "k")
        } & _FIELD_WORDS
    if len(word) == 5:
        found |= {a + c + b for a, b in splits for c in _LETTERS} & _FIELD_WORDS
    if len(word) >= 5:
        found |= {a + c + b[1:] for a, b in splits if b for c in _BESIDE[b[0]]} & _FIELD_WORDS
    return found.pop() if len(found) == 1 else None


def properties_are_houses(before: str) -> bool:
    """ "void properties", "rental properties", "a list of properties": after a word that is not
    only a noun (an adjective, a preposition), properties are the houses kept; after a thing's
    name ("Customer properties: …") the word is one for its fields."""
    return not only_a_noun(before.lower())


def only_a_noun(word: str) -> bool:
    """WordNet lists `word` as a noun, as no adjective or adverb, and with no more verb than
    noun senses ("water", "storage", "customer"; not "plastic", "used", "sixty", which are
    adjectives too, nor "give", a verb); False when WordNet is absent."""
    index = _index()
    if index is None:
        return False
    word = word.lower()
    nouns, adverbs, adjectives = index.counts(word)
    if nouns is None or adverbs is not None or adjectives is not None:
        return False
    return ((index.verbs.senses(word) if index.verbs else None) or 0) <= nouns
