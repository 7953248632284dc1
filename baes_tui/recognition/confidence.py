"""Stage 7 of recognition: evidence → a probability that the recognition is exactly right.

The probability is a logistic model over a few features of the draft (what was read, what
was not, conflicts, defaults taken); its weights are fitted on the dev split of the corpus
(`python -m bench.fit_confidence` rewrites WEIGHTS below) and checked on the held-out split
(bench/README.md shows the reliability table). A recognition with something missing gets at
most MISSING_CAP, so it is never accepted.
"""

from __future__ import annotations

import math
import re

from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.text import Cleaned

MISSING_CAP = 0.3
FEATURES = (
    "bias",
    "no_statement",
    "unread_words",
    "conflicts",
    "dropped_items",
    "default_cardinality",
    "explicit_entity",
    "fields_read",
    "entities",
    "notes",
)
# Fitted on the dev split (see the module docstring); bias first.
WEIGHTS: dict[str, float] = {
    "bias": 3.0,
    "no_statement": -6.0,
    "unread_words": -0.12,
    "conflicts": -1.2,
    "dropped_items": -0.8,
    "default_cardinality": -0.2,
    "explicit_entity": 0.5,
    "fields_read": 0.05,
    "entities": -0.1,
    "notes": -0.3,
}
_WORD = re.compile(r"[a-z]+")


def features_of(draft: Draft, cleaned: Cleaned) -> dict[str, float]:
    return {
        "bias": 1.0,
        "no_statement": float(draft.statements == 0),
        "unread_words": float(min(draft.unread_words, 40)),
        "conflicts": float(draft.conflicts),
        "dropped_items": float(len(draft.dropped)),
        "default_cardinality": float(draft.default_cardinality),
        "explicit_entity": float(draft.explicit_entities > 0),
        "fields_read": float(min(draft.fields_read, 12)),
        "entities": float(len(draft.entities)),
        "notes": float(len(draft.notes)),
        "_missing": float(bool(draft.missing)),
    }


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing"):
        p = min(p, MISSING_CAP)
    return p
