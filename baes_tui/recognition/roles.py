"""A role model, learned from the corpus: which role each word of a request usually has.

The rules read a request into entity and field names; when they misread new wording it is
mostly a word put in the wrong role (a frame noun taken for the thing, a field lost, a clause
read as a field). This model knows nothing of the rules: trained on the labelled dev split, it
says per word how likely that word, in that place, is part of an entity's name (E), of a
field's name (F), of a linked entity's name (L) or of none (O). The confidence model counts the
words whose role in the reading the model would not give them (`odd_roles`): a reading the
role model disagrees with is asked about rather than built.

Names are aligned to words the same way for a label and for a reading (`roles`), so a right
reading has exactly the roles the model was trained towards. The weights (an averaged
perceptron, `bench/fit_roles.py` trains and writes them) ship in `roles.bin`, read once on the
first fresh recognition; a cache hit never loads them.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from zlib import crc32

from baes_tui.core.inflection import singular
from baes_tui.core.models import EntitySpec
from baes_tui.core.names import words_of as name_words

ROLES = ("O", "E", "F", "L")
WEIGHTS_FILE = "roles.bin"
# weights are stored as int16: this many units to 1.0
SCALE = 100
BUCKETS = 1 << 18
_MASK = BUCKETS - 1
_MAGIC = b"baes-roles-1\n"
_TAG = 40  # bytes of the header that name the training data

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d+(?:\.\d+)?|\n|[^\sA-Za-z\d]")
# words after which the next words' role changes (the nearest one before a word is a feature)
_CUES = frozenset(
    "with has have having add adding track manage store record records keep needs need "
    "include includes including containing contain of for called named field fields "
    "entity entities table model : - want create make build set up remove delete drop "
    "rename change it as to from belongs belong many one each every".split()
)
_ENDS = frozenset(".!?\n")


def words_of(text: str) -> list[str]:
    """The request's words and punctuation (punctuation is context, never given a role)."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A word as names are compared: lower case, no possessive, singular."""
    low = word.lower().removesuffix("'s").strip("'-")
    return singular(low) if low.isalpha() and len(low) > 3 else low


def _places(keys: Sequence[str], parts: Sequence[str]) -> tuple[int, list[int]]:
    """How many words a name matched as written (0 for its head alone) and their positions:
    every contiguous occurrence of the name's parts; when there is none, of its last part
    alone (the head of a name said in another order)."""
    want = [key(p) for p in parts]
    n = len(want)
    if not n:
        return 0, []
    out = [
        i + j
        for i in range(len(keys) - n + 1)
        if keys[i] == want[0] and list(keys[i : i + n]) == want
        for j in range(n)
    ]
    if out:
        return n, out
    return 0, [i for i, k in enumerate(keys) if k == want[-1]] if n > 1 else []


def roles(words: Sequence[str], entities: Iterable[dict]) -> list[int]:
    """The role (index into ROLES) of each word under a reading, given as the corpus writes
    entities: {"name", "attributes": [{"name"}], "relationships": [{"target"}]}. Where names
    overlap, the one matched by more words as written wins ("hive" in "hive number" is the
    field's, not the entity Hive's); at equal length an entity beats a link, a link a field."""
    keys = [key(w) for w in words]
    entities = list(entities)
    names = {e["name"] for e in entities}
    matched: list[tuple[int, int, list[int]]] = []
    for e in entities:
        size, at = _places(keys, name_words(e["name"]))
        matched.append((size, 1, at))
        for a in e.get("attributes") or ():
            size, at = _places(keys, name_words(a["name"]))
            matched.append((size, 2, at))
        for r in e.get("relationships") or ():
            if r["target"] not in names:
                size, at = _places(keys, name_words(r["target"]))
                matched.append((size, 3, at))
    out = [0] * len(words)
    rank = {2: 0, 3: 1, 1: 2}
    for _size, role, at in sorted(matched, key=lambda m: (m[0], rank[m[1]])):
        for i in at:
            out[i] = role
    return out


def _inside(words: Sequence[str], texts: Iterable[str]) -> set[int]:
    """Where in the request the words of each text stand (matched word for word, case aside;
    a text the cleaning changed is not found, and its words count as any others)."""
    low = [w.lower() for w in words]
    out: set[int] = set()
    for text in texts:
        part = [w.lower() for w in words_of(text)]
        n = len(part)
        for i in range(len(low) - n + 1) if n else ():
            if low[i : i + n] == part:
                out.update(range(i, i + n))
    return out


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if w.isupper() and len(w) > 1:
        return "A"
    if w[:1].isupper():
        return "C"
    return "a" if w[:1].isalpha() else "p"


def features(words: Sequence[str]) -> list[list[str]]:
    """Per word, what the model sees: the word, its neighbours, the nearest cue word before it
    in its sentence and how far back, its place in the line, whether it is in parentheses."""
    low = [w.lower() for w in words]
    keys = [key(w) for w in words]
    n = len(words)
    out = []
    cue, cue_at, depth, line_start, sentence_start, colon = "^", -1, 0, 0, 0, 0
    seen: dict[str, int] = {}
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
    for i, w in enumerate(words):
        if w == "\n":
            line_start = sentence_start = i + 1
            colon = 0
        elif w in _ENDS:
            sentence_start = i + 1
        elif w == ":":
            colon = 1
        if w in "([":
            depth += 1
        elif w in ")]" and depth:
            depth -= 1
        p1 = low[i - 1] if i else "^"
        p2 = low[i - 2] if i > 1 else "^"
        n1 = low[i + 1] if i + 1 < n else "$"
        n2 = low[i + 2] if i + 2 < n else "$"
        k = keys[i]
        out.append(
            [
                "b",
                "w=" + low[i],
                "k=" + k,
                "s3=" + low[i][-3:],
                "sh=" + _shape(w),
                "p1=" + p1,
                "p2=" + p2,
                "n1=" + n1,
                "n2=" + n2,
                "p1w=" + p1 + "|" + k,
                "wn1=" + k + "|" + n1,
                "p2p1=" + p2 + "|" + p1,
                "n1n2=" + n1 + "|" + n2,
                "cue=" + cue,
                "cued=" + cue + "|" + str(min(i - cue_at, 4)),
                "cuew=" + cue + "|" + k,
                "bol=" + str(min(i - line_start, 3)),
                "par=" + str(min(depth, 1)),
                "sh1=" + (_shape(words[i - 1]) if i else "^") + _shape(w),
                "s2=" + low[i][-2:],
                "s4=" + low[i][-4:],
                "pre3=" + low[i][:3],
                "rep=" + str(min(seen[k], 3)),
                "colon=" + str(colon),
                "bos=" + str(min(i - sentence_start, 4)),
                "n1sh=" + (_shape(words[i + 1]) if i + 1 < n else "$"),
            ]
        )
        if low[i] in _CUES:
            cue, cue_at = low[i], i
        elif w in _ENDS:
            cue, cue_at = "^", i
    return out


def buckets(feats: Iterable[str]) -> list[int]:
    """Each feature's row in the weight table: features are hashed, never stored, so the table
    is a fixed 2 MB whatever the vocabulary (a word the corpus never had shares a row)."""
    return [crc32(f.encode()) & _MASK for f in feats]


class RoleModel:
    """A weight per hashed feature and role; a word's role is the one with the highest sum."""

    def __init__(self, table: Sequence[float]) -> None:
        if len(table) != BUCKETS * len(ROLES):
            raise ValueError(f"a role table has {BUCKETS * len(ROLES)} weights, not {len(table)}")
        self.table = table
        # A feature's four weights, by the feature as written: most features ("b", "sh=a",
        # "p1=the") recur in every request, and hashing each and indexing the table four times
        # per word was most of a reading's role check. Bounded, as words are many.
        self._weights = lru_cache(maxsize=1 << 16)(self._weights_of)

    def _weights_of(self, feature: str) -> tuple[float, ...]:
        at = (crc32(feature.encode()) & _MASK) * 4
        return tuple(self.table[at : at + 4])

    def scores(self, rows: Iterable[int]) -> list[float]:
        s0 = s1 = s2 = s3 = 0.0
        t = self.table
        for r in rows:
            at = r * 4
            s0 += t[at]
            s1 += t[at + 1]
            s2 += t[at + 2]
            s3 += t[at + 3]
        return [s0, s1, s2, s3]

    def odd_roles(
        self, request: str, entities: Iterable[dict], set_aside: Iterable[str] = ()
    ) -> int:
        """How many words have, in this reading, a role the model would not give them. Words
        of `set_aside` texts (what the rules kept aside as custom logic) that the reading
        leaves out are not counted: "send an email when paid" names no field, though the model
        has seen "email" as one in most places."""
        words = words_of(request)
        feats = features(words)
        given = roles(words, entities)
        aside = _inside(words, set_aside)
        odd = 0
        for i, w in enumerate(words):
            if not w[:1].isalpha() or (given[i] == 0 and i in aside):
                continue
            # (the sums of `scores`, added in the same order: the same numbers)
            s = [sum(column) for column in zip(*map(self._weights, feats[i]), strict=True)]
            if max(s) > s[given[i]]:
                odd += 1
        return odd

    def to_bytes(self, trained_on: str) -> bytes:
        """The table as the shipped file holds it: a header naming the data it was trained on
        (`fingerprint`), then int16 weights in SCALE units, compressed."""
        q = array("h", (max(-32767, min(32767, round(x * SCALE))) for x in self.table))
        if sys.byteorder != "little":
            q.byteswap()
        head = _MAGIC + trained_on.encode("ascii").ljust(_TAG, b" ")
        return head + zlib.compress(q.tobytes(), 9)

    @classmethod
    def from_bytes(cls, data: bytes) -> tuple[RoleModel, str]:
        """The model and the fingerprint of the data it was trained on."""
        size = len(_MAGIC) + _TAG
        if not data.startswith(_MAGIC) or len(data) < size:
            raise ValueError("not a role model")
        q = array("h")
        q.frombytes(zlib.decompress(data[size:]))
        if sys.byteorder != "little":
            q.byteswap()
        # integers in SCALE units compare as the floats do, and summing ints is exact
        return cls(q), data[len(_MAGIC) : size].decode("ascii").strip()


@lru_cache(maxsize=1)
def _shipped() -> tuple[RoleModel, str] | None:
    try:
        data = resources.files("baes_tui.recognition").joinpath(WEIGHTS_FILE).read_bytes()
        return RoleModel.from_bytes(data)
    except (OSError, ValueError, zlib.error):
        return None


def shipped() -> RoleModel | None:
    """The model trained on the dev split (None when the weights file is absent or unreadable:
    the rules then read alone, and the confidence has no role model's opinion)."""
    found = _shipped()
    return found[0] if found else None


def shipped_fingerprint() -> str | None:
    """What the shipped model was trained on (a test compares it with the dev split)."""
    found = _shipped()
    return found[1] if found else None


def as_dicts(entities: Iterable[EntitySpec]) -> list[dict]:
    """Entities as the corpus writes them (the only parts `roles` reads)."""
    return [
        {
            "name": e.name,
            "attributes": [{"name": a.name} for a in e.attributes],
            "relationships": [{"target": r.target} for r in e.relationships],
        }
        for e in entities
    ]
