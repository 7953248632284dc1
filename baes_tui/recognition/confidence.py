"""Stage 7 of recognition: evidence → a probability that the recognition is exactly right.

A logistic model over features of the draft that say how completely the request was read:
words no reader understood, names that hold glue words ("with_a_number"), long names, items
that could not be fields, conflicting statements, defaults taken (cardinality, create vs add),
how English the text is, and which intent it is. The weights are fitted on the corpus's dev
split (`python -m bench.fit_confidence`, which rewrites WEIGHTS below) and checked on the
held-out split (bench/README.md shows the reliability table). A draft with something
missing is capped at MISSING_CAP so it is never accepted.
"""

from __future__ import annotations

import math
import re

from baes_tui.core.models import Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.plausibility import FUNCTION_WORDS, english_share
from baes_tui.recognition.text import Cleaned

MISSING_CAP = 0.3
# Words a name may hold where they are part of the name ("date_of_birth", "is_paid",
# "hired_on", "starts_at", "check_in_date").
_NAME_GLUE_OK = frozenset("of is has in on at by to out up per".split())
_WORD = re.compile(r"[a-z]+")

# --- fitted weights (bench/fit_confidence.py writes this block) -------------------------------
WEIGHTS: dict[str, float] = {
    "bias": 2.9838,
    "unread_words": -0.0691,
    "odd_name_words": -0.1994,
    "long_names": 0.8446,
    "dropped_items": -1.8711,
    "conflicts": 0.0219,
    "default_cardinality": 0.2498,
    "mode_guess": -0.3603,
    "explicit_entity": 1.1126,
    "low_english": 0.1191,
    "entities": 0.2195,
    "intent_change": 0.7740,
    "intent_relationship": 0.2347,
}
# --- end of fitted weights ----------------------------------------------------------------------
FEATURES = tuple(WEIGHTS)


def features_of(draft: Draft, cleaned: Cleaned) -> dict[str, float]:
    """The model's inputs; `_missing` is not a feature but caps the score."""
    odd = long_names = 0
    for entity in draft.entities:
        names = [entity.name, *(a.name for a in entity.attributes)]
        names += [r.target for r in entity.relationships]
        for name in names:
            words = _words(name)
            inner = [w for w in words if w in FUNCTION_WORDS and w not in _NAME_GLUE_OK]
            odd += len(inner)
            long_names += len(words) >= 3
    changes = (Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS, Intent.RENAME_FIELD,
               Intent.RENAME_ENTITY, Intent.REMOVE_ENTITY)  # fmt: skip
    return {
        "bias": 1.0,
        "unread_words": float(min(draft.unread_words, 30)),
        "odd_name_words": float(odd),
        "long_names": float(long_names),
        "dropped_items": float(len(draft.dropped)),
        "conflicts": float(draft.conflicts),
        "default_cardinality": float(draft.default_cardinality),
        "mode_guess": float(draft.mode_guess),
        "explicit_entity": float(draft.explicit_entities > 0),
        "low_english": float(english_share(cleaned.text) < 0.35),
        "entities": float(len(draft.entities)),
        "intent_change": float(draft.intent in changes),
        "intent_relationship": float(draft.intent is Intent.ADD_RELATIONSHIP),
        "_missing": float(bool(draft.missing)),
    }


def _words(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower().replace("_", " ")
    return _WORD.findall(spaced)


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing"):
        p = min(p, MISSING_CAP)
    return p
