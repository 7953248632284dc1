"""An intent model, learned from the corpus: what a request asks, judged from its words alone.

The rules decide the intent from patterns ("add … to X", "X → Y", "drop …", a list after a
noun), and on wording they were not written for they take a plain add for a create, or a
change for a new thing, in ways their own features cannot see. This model knows nothing of
the rules: trained on the labels of the dev split and the pending batches, it scores each
intent (and "needs clarification") from the cleaned request's words, word pairs, first words
and shape marks ("->", ":", "?", a dotted name, list commas, lines). The confidence weighs
how far the model prefers another intent to the reading's (`intent_doubt`): a reading whose
intent the model would not give is asked about rather than built.

The weights (an averaged perceptron, `bench/fit_intents.py` trains and writes them) ship in
`intents.bin`, read once on the first fresh recognition; a cache hit never loads them.
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

INTENTS = (
    "create_entity",
    "add_fields",
    "remove_fields",
    "modify_fields",
    "rename_field",
    "rename_entity",
    "remove_entity",
    "add_relationship",
    "needs_clarification",
)
CLARIFY = "needs_clarification"
WEIGHTS_FILE = "intents.bin"
# weights are stored as int16: this many units to 1.0
SCALE = 100
BUCKETS = 1 << 17
_MASK = BUCKETS - 1
_N = len(INTENTS)
_MAGIC = b"baes-intents-1\n"
# the words weighed: the ask is said early, and a long document's tail only costs time
MAX_WORDS = 60
HEAD = 600  # characters searched for words and marks (60 words fit in it)

_WORD = re.compile(r"[a-z][a-z']*|\d+")
_ARROW = re.compile(r"->|=>|→")
_DOTTED = re.compile(r"\b[A-Za-z]\w*\.[a-z_]\w*\b")
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z]")
_QUOTED = re.compile(r"[\"'`‘“][^\"'`’”\n]{1,40}[\"'`’”]")
_LINE_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s", re.M)


def _bucket(n: int, cuts: Sequence[int]) -> str:
    return str(sum(n >= c for c in cuts))


def features(text: str) -> list[str]:
    """What the model sees of a cleaned request: its words and word pairs (the first
    MAX_WORDS), its first words, and marks of its shape."""
    head = text[:HEAD]
    words = _WORD.findall(head.lower())[:MAX_WORDS]
    out = ["b"]
    out += ["w=" + w for w in words]
    out += ["p=" + a + "|" + b for a, b in zip(["^", *words], [*words, "$"], strict=True)]
    out.append("f1=" + (words[0] if words else "$"))
    out.append("f2=" + "|".join(words[:2]))
    out.append("lines=" + _bucket(text.strip().count("\n") + 1, (2, 3, 6, 12)))
    out.append("len=" + _bucket(len(words), (4, 8, 15, 30, 59)))
    out.append("commas=" + _bucket(text.count(","), (1, 2, 4)))
    for mark, found in (
        ("arrow", _ARROW.search(head)),
        ("colon", ":" in head),
        ("question", "?" in head),
        ("dotted", _DOTTED.search(head)),
        ("camel", _CAMEL.search(head)),
        ("quoted", _QUOTED.search(head)),
        ("paren", "(" in head),
        ("bullets", _LINE_MARK.search(head)),
        ("equals", "=" in head),
    ):
        if found:
            out.append("m=" + mark)
    return out


def buckets(feats: Iterable[str]) -> list[int]:
    """Each feature's row in the weight table (hashed, never stored: a fixed-size table)."""
    return [crc32(f.encode()) & _MASK for f in feats]


class IntentModel:
    """A weight per hashed feature and intent; an intent's score is the sum over features."""

    def __init__(self, table: Sequence[float], scale: float = 1.0) -> None:
        if len(table) != BUCKETS * _N:
            raise ValueError(f"an intent table has {BUCKETS * _N} weights, not {len(table)}")
        self.table = table
        self.scale = scale  # table units to 1.0 (the shipped file holds SCALE to 1.0)
        # a feature's weights by the feature as written: "b", "f1=add", "m=colon" recur in
        # every request (bounded, as words are many)
        self._weights = lru_cache(maxsize=1 << 16)(self._weights_of)

    def _weights_of(self, feature: str) -> tuple[float, ...]:
        at = (crc32(feature.encode()) & _MASK) * _N
        return tuple(self.table[at : at + _N])

    def scores(self, text: str) -> dict[str, float]:
        """Each intent's score for a cleaned request (higher is likelier)."""
        sums = map(sum, zip(*map(self._weights, features(text)), strict=True))
        return {intent: x / self.scale for intent, x in zip(INTENTS, sums, strict=True)}

    def doubt(self, text: str, intent: str) -> float:
        """How far, in weight units, the model's best other intent beats `intent` (0 when the
        model gives the reading's intent itself). "Needs clarification" is left out: it is the
        class the model knows least (vague requests and creates are its commonest confusion)."""
        return self.preferred(text, intent)[1]

    def preferred(self, text: str, intent: str) -> tuple[str, float]:
        """The model's best intent other than "needs clarification", and how far (in weight
        units, 0 when it is `intent` itself) it beats `intent`."""
        s = self.scores(text)
        best = max((i for i in INTENTS if i != CLARIFY), key=s.__getitem__)
        return best, max(0.0, s[best] - s[intent])

    def to_bytes(self, trained_on: str) -> bytes:
        """The table as the shipped file holds it: a header naming the data it was trained on,
        then int16 weights in SCALE units, compressed."""
        k = SCALE / self.scale
        q = array("h", (max(-32767, min(32767, round(x * k))) for x in self.table))
        if sys.byteorder != "little":
            q.byteswap()
        head = _MAGIC + trained_on.encode("ascii") + b"\n"  # the tag: one line
        return head + zlib.compress(q.tobytes(), 9)

    @classmethod
    def from_bytes(cls, data: bytes) -> tuple[IntentModel, str]:
        """The model and the fingerprint of the data it was trained on."""
        end = data.find(b"\n", len(_MAGIC))
        if not data.startswith(_MAGIC) or end < 0:
            raise ValueError("not an intent model")
        q = array("h")
        q.frombytes(zlib.decompress(data[end + 1 :]))
        if sys.byteorder != "little":
            q.byteswap()
        return cls(q, SCALE), data[len(_MAGIC) : end].decode("ascii")


@lru_cache(maxsize=1)
def _shipped() -> tuple[IntentModel, str] | None:
    try:
        data = resources.files("baes_tui.recognition").joinpath(WEIGHTS_FILE).read_bytes()
        return IntentModel.from_bytes(data)
    except (OSError, ValueError, zlib.error):
        return None


def shipped() -> IntentModel | None:
    """The model trained on the dev split and the pending batches (None when the weights file
    is absent or unreadable: the confidence then has no intent model's opinion)."""
    found = _shipped()
    return found[0] if found else None


def shipped_fingerprint() -> str | None:
    """What the shipped model was trained on (a test compares it with the training data)."""
    found = _shipped()
    return found[1] if found else None
