"""Custom-logic detection: does a request need more than the standard CRUD templates?

Seed §4, called by the recognizer on every request: each indicator is "category: evidence",
where evidence is the sentence that triggered it, so a reviewer sees why. Standard CRUD (typed
fields, plain many-to-one / many-to-many links) yields an empty tuple. A false positive costs a
review-queue item; a false negative is caught by the TechLead review, so patterns lean inclusive
only where the wording is unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from baes_tui.core.models import Attribute, Relationship

CATEGORIES = (
    "complex_validation",
    "computed_properties",
    "custom_workflow",
    "advanced_relationships",
    "integrations",
)

_PATTERNS: dict[str, re.Pattern[str]] = {
    "complex_validation": re.compile(
        r"\b(?:regex|regular expression|pattern|must match|must be between|between \d[\d.]* and"
        r"|must be (?:before|after|earlier|later|greater|less|more|at least|at most|equal)"
        r"|cannot exceed|must not exceed|no (?:more|less|later|earlier) than|at least \d"
        r"|at most \d|unique|validated? against|only if|required (?:if|when)|must contain)\b"
    ),
    "computed_properties": re.compile(
        r"\b(?:computed|derived|calculated|calculate[sd]?|compute[sd]?|derive[sd]?"
        r"|automatically (?:set|filled|generated|updated)|sum of|total of|average of"
        r"|combin(?:es|ing|ed) (?:the )?first and last)\b"
        r"|\bfull name\b.*\bfrom\b.*\bfirst\b.*\blast\b"
    ),
    "custom_workflow": re.compile(
        r"\b(?:workflow|approval|approve[sd]?|approving|state machine|status transitions?"
        r"|transitions? (?:from|to|between)|moves? from \w+ to|life ?cycle|escalat\w*"
        r"|can only be (?:approved|published|closed|cancell?ed)|sign[- ]off)\b"
    ),
    "advanced_relationships": re.compile(
        r"\b(?:recursive|self[- ]referenc\w*|hierarch\w*|child \w+ of|parent (?:category|comment"
        r"|node|folder|task|department|item|page|account|organi[sz]ation)"
        r"|junction table with|association with attributes|many[- ]to[- ]many with"
        r"|through table|reports to another|manager is (?:an|another))\b"
    ),
    "integrations": re.compile(
        r"\b(?:webhooks?|external (?:api|service|system)|third[- ]party|send(?:s|ing)? (?:an? )?"
        r"(?:e-?mail|sms|text|message|notification)|e-?mail notifications?|notif(?:y|ies|ied"
        r"|ication)s?|sms|slack|stripe|payment gateway|sync(?:hroni[sz]e)? with"
        r"|integrat(?:e|es|ion) with"
        r"|call(?:s|ing)? (?:an?|the) (?:api|service)|callback)\b"
    ),
}
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
_MAX_EVIDENCE = 120


def _sentences(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        for part in _SENTENCE_SPLIT.split(text):
            cleaned = " ".join(part.strip(" \t-*•").split())
            if cleaned and cleaned not in out:
                out.append(cleaned)
    return out


def _evidence(sentence: str) -> str:
    text = sentence.rstrip(".!?;:")
    return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 1] + "…"


def detect_custom_logic(
    request: str,
    *,
    business_rules: Sequence[str] = (),
    attributes: Sequence[Attribute] = (),
    relationships: Sequence[Relationship] = (),
    entity: str | None = None,
) -> tuple[str, ...]:
    """Indicators of logic the templates cannot write, e.g. "integrations: notify the owner".

    One indicator per category and sentence, in category order then request order, so the
    result is deterministic and stable as a cache value.
    """
    # Rules quoted from the request are already among its sentences.
    lowered = request.lower()
    extra = [rule for rule in business_rules if rule.lower() not in lowered]
    sentences = _sentences([request, *extra])
    found: list[str] = []
    for category in CATEGORIES:
        pattern = _PATTERNS[category]
        for sentence in sentences:
            if pattern.search(sentence.lower()):
                indicator = f"{category}: {_evidence(sentence)}"
                if indicator not in found:
                    found.append(indicator)
    for attribute in attributes:
        if attribute.name.startswith(("computed_", "derived_", "calculated_")):
            found.append(f"computed_properties: field {attribute.name}")
    if entity:
        for relationship in relationships:
            if relationship.target == entity:
                found.append(f"advanced_relationships: {entity} relates to itself")
    return tuple(found)
