"""Reading a request the way the recognizer tests do, and a compact form to assert on."""

from __future__ import annotations

from baes_tui.core.models import Intent, Recognition
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer

NORMALIZER = FallbackNormalizer()
RECOGNIZER = Recognizer()


def read(request: str) -> Recognition:
    """The rules' reading, with the fallback normalizer (no WordNet needed)."""
    return RECOGNIZER.recognize(request, normalizer=NORMALIZER)


def shape(result: Recognition) -> list[str]:
    """ "Entity<old(field:type?<old, …) kind>Target" per entity, for compact assertions."""
    out = []
    for entity in result.entities:
        fields = ",".join(
            f"{a.name}:{a.type}{'' if a.required else '?'}"
            + (f"<{a.renamed_from}" if a.renamed_from else "")
            for a in entity.attributes
        )
        rels = " ".join(f"{r.kind}>{r.target}" for r in entity.relationships)
        renamed = f"<{entity.renamed_from}" if entity.renamed_from else ""
        out.append(f"{entity.name}{renamed}({fields}){(' ' + rels) if rels else ''}")
    return out


def reading(request: str) -> tuple[Intent, list[str]]:
    """The intent and shape read, accepted or not: for counterparts that must keep a reading."""
    result = read(request)
    return result.intent, shape(result)


def read_right(request: str, intent: Intent = Intent.CREATE_ENTITY) -> list[str]:
    """The reading's shape, once it is read with `intent` and nothing but a confirmation is
    missing: for right readings at the edge of the threshold, whose acceptance moves each time
    the confidence is refitted on new first reads (bench/fit_confidence.py)."""
    result = read(request)
    assert result.intent == intent, (result.intent, shape(result))
    assert result.status == "recognized" or tuple(result.missing) == ("confirmation",), (
        result.confidence,
        result.missing,
        shape(result),
    )
    return shape(result)


def accepted(request: str, intent: Intent = Intent.CREATE_ENTITY) -> list[str]:
    """The reading's shape, once it is accepted with `intent` (the failure shows why not)."""
    result = read(request)
    assert (result.status, result.intent) == ("recognized", intent), (
        result.confidence,
        result.missing,
        result.notes,
        shape(result),
        result.business_rules,
    )
    return shape(result)


def asked(request: str) -> list[str]:
    """The reading's shape, once it is held back for the person (the failure shows the score)."""
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, shape(result))
    return shape(result)
