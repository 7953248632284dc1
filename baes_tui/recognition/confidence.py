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
from baes_tui.recognition.fields import ID_REASON, RULE_REASON
from baes_tui.recognition.plausibility import FUNCTION_WORDS, english_share
from baes_tui.recognition.text import Cleaned

MISSING_CAP = 0.25
# Words a name may hold where they are part of the name ("date_of_birth", "is_paid",
# "hired_on", "starts_at", "check_in_date").
_NAME_GLUE_OK = frozenset("of is has in on at by to out up per".split())
_WORD = re.compile(r"[a-z]+")

# The prior: what each feature should do before any data is seen (a judgement, documented in
# docs/recognition.md). The fit starts from it and moves each weight only as far as the dev
# split's evidence pulls it (a Gaussian prior, i.e. L2 towards these values).
PRIOR: dict[str, float] = {
    "bias": 3.5,
    "unread_words": -0.15,
    "odd_name_words": -1.5,
    "long_names": -0.3,
    "dropped_items": -1.0,
    "conflicts": -0.8,
    "default_cardinality": -0.2,
    "mode_guess": -0.6,
    "explicit_entity": 0.5,
    "low_english": -1.0,
    "entities": -0.1,
    "intent_change": -0.3,
    "intent_relationship": -0.3,
    "other_nouns": -0.6,
    "multiword_entity": -0.5,
}
# --- fitted weights (bench/fit_confidence.py writes this block) -------------------------------
WEIGHTS: dict[str, float] = {
    "bias": 3.9841,
    "unread_words": 0.1031,
    "odd_name_words": -0.6069,
    "long_names": -0.2269,
    "dropped_items": -1.0939,
    "conflicts": -0.7915,
    "default_cardinality": -0.1789,
    "mode_guess": -0.6706,
    "explicit_entity": 0.5723,
    "low_english": -0.9847,
    "entities": 0.4597,
    "intent_change": -0.1455,
    "intent_relationship": -0.1887,
    "other_nouns": -0.5251,
    "multiword_entity": -0.6204,
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
        "dropped_items": float(
            sum(d.reason not in (RULE_REASON, ID_REASON) for d in draft.dropped)
        ),
        "conflicts": float(draft.conflicts),
        "default_cardinality": float(draft.default_cardinality),
        "mode_guess": float(draft.mode_guess),
        "explicit_entity": float(draft.explicit_entities > 0),
        "low_english": float(english_share(cleaned.text) < 0.35),
        "other_nouns": float(min(draft.other_nouns, 3)),
        "multiword_entity": float(sum(_multiword(e.name, cleaned) for e in draft.entities)),
        "entities": float(len(draft.entities)),
        "intent_change": float(draft.intent in changes),
        "intent_relationship": float(draft.intent is Intent.ADD_RELATIONSHIP),
        "_missing": float(bool(draft.missing)),
    }


def _multiword(name: str, cleaned: Cleaned) -> bool:
    """A two- or three-word entity name nobody wrote as one (PascalCase or "X entity") may
    hold a modifier that is no part of the name ("company laptops")."""
    words = _words(name)
    return len(words) > 1 and not all(w in cleaned.capitalised for w in words)


def _words(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower().replace("_", " ")
    return _WORD.findall(spaced)


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing"):
        p = min(p, MISSING_CAP)
    return p
