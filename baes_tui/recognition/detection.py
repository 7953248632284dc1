"""Custom-logic detection: does a request need more than the standard CRUD templates?

Seed §4, called by the recognizer on every request. Each indicator is "category: what it
is", named from the clause that triggered it, never the whole request:
  computed_properties: total = amount × (1 + tax rate)
  custom_workflow: status moves pending → approved → rejected
  integrations: send an email when paid
  complex_validation: price must be between 0 and 10000
  advanced_relationships: Employee relates to itself
Standard CRUD (typed fields, plain many-to-one / many-to-many links) yields an empty tuple. A
false positive costs a review-queue item; a false negative is caught by the TechLead review,
so patterns lean inclusive only where the wording is unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from baes_tui.core.models import Attribute, Relationship
from baes_tui.recognition.lexicon import FORMULA
from baes_tui.recognition.patterns import rx

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
        rf"|{FORMULA}"
    ),
    "custom_workflow": re.compile(
        r"\b(?:workflow|approval|approve[sd]?|approving|state machine|status transitions?"
        r"|transitions? (?:from|to|between)|moves? from \w+ to|life ?cycle|escalat\w*"
        r"|can only be (?:approved|published|closed|cancell?ed)|sign[- ]off"
        r"|(?:moves?|goes|flows?) (?:from )?\w+ (?:to|->|→) \w+)\b"
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
# A clause inside a sentence starts after a comma, a semicolon or "and" before a new subject
# or verb ("…, status moves …", "… and send an email when paid").
_CLAUSE_SPLIT = re.compile(
    r"\s*[,;]\s+(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|then)\s+(?=(?:send|notify|email|sync"
    r"|call|post|fetch|the|each|every|its|their|status|it|they|[a-z]+ (?:is|are|must|should|"
    r"moves?|goes|can)\b))"
)
_MAX_NAME = 100
_ACTION = re.compile(
    r"\b(?:send(?:s|ing)?|e-?mail|notif(?:y|ies)|sync(?:hroni[sz]e)?|call(?:s|ing)?|post"
    r"|push|fetch|integrat(?:e|es)|trigger|alert)\b.*$"
)
_COMPUTED = re.compile(
    r"^(?:the\s+|a\s+|its\s+)?(?P<field>[a-z][a-z ]{0,30}?)\s+(?:is|are|should be|will be|gets|get"
    r"|=)?\s*(?:automatically\s+)?(?:computed|calculated|derived|worked out)\s*(?:as|from|by"
    r"|using|with)?\s*(?P<expr>.*)$"
)
_AGGREGATE = re.compile(
    r"^(?:the\s+)?(?P<field>[a-z][a-z ]{0,30}?)\s+(?:is|=)\s+(?:the\s+)?(?P<expr>(?:sum|total"
    r"|average|count|number) of .+)$"
)
_OPERATORS = (
    (r"\bmultiplied by\b|\btimes\b", "×"),
    (r"\bdivided by\b", "/"),
    (r"\bplus\b", "+"),
    (r"\bminus\b", "−"),
)
_STATES = re.compile(
    r"^(?:the\s+)?(?P<field>[a-z][a-z ]{0,20}?)\s+(?:can\s+)?(?:moves?|goes|go|transitions?"
    r"|changes?|flows?|progresses)\s+(?:from\s+)?(?P<states>.+)$"
)


def is_custom_logic(text: str) -> bool:
    """Does `text` say something the templates cannot write (any category)?"""
    low = text.lower()
    return any(pattern.search(low) for pattern in _PATTERNS.values())


def _sentences(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        for part in _SENTENCE_SPLIT.split(text):
            cleaned = " ".join(part.strip(" \t-*•").split()).rstrip(".!?;:")
            if cleaned and cleaned not in out:
                out.append(cleaned)
    return out


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


def _short(text: str) -> str:
    text = text.strip(" ,;.")
    return text if len(text) <= _MAX_NAME else text[: _MAX_NAME - 1] + "…"


def _name(category: str, clause: str) -> str:
    """What the indicator is, from the clause that triggered it."""
    low = clause.lower()
    if category == "computed_properties":
        if m := _AGGREGATE.match(low):
            return f"{m['field']} = {m['expr']}"
        if (m := _COMPUTED.match(low)) and m["expr"]:
            expr = m["expr"]
            for pattern, symbol in _OPERATORS:
                expr = re.sub(pattern, symbol, expr)
            joiner = "=" if rx(r"[×/+−*()]").search(expr) else "from"
            return _short(f"{m['field']} {joiner} {expr}")
    if category == "custom_workflow" and (m := _STATES.match(low)):
        states = [
            s for s in rx(r"\s*(?:->|→|,|\bto\b|\bthen\b|\band\b|\bor\b)\s*").split(m["states"])
        ]
        states = [s.strip() for s in states if s.strip()]
        if len(states) >= 2 and all(len(s.split()) <= 2 for s in states):
            return f"{m['field']} moves {' → '.join(states)}"
    if category == "integrations" and (m := _ACTION.search(low)):
        return _short(m.group(0))
    return _short(clause[:1].lower() + clause[1:])


def detect_custom_logic(
    request: str,
    *,
    business_rules: Sequence[str] = (),
    attributes: Sequence[Attribute] = (),
    relationships: Sequence[Relationship] = (),
    entity: str | None = None,
) -> tuple[str, ...]:
    """Indicators of logic the templates cannot write, e.g. "integrations: notify the owner".

    One indicator per category and clause, in category order then request order, so the
    result is deterministic and stable as a cache value.
    """
    # Rules quoted from the request are already among its sentences.
    lowered = request.lower()
    extra = [rule for rule in business_rules if rule.lower() not in lowered]
    clauses = [c for sentence in _sentences([request, *extra]) for c in _clauses(sentence)]
    found: list[str] = []
    for category in CATEGORIES:
        pattern = _PATTERNS[category]
        for clause in clauses:
            if pattern.search(clause.lower()):
                indicator = f"{category}: {_name(category, clause)}"
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
