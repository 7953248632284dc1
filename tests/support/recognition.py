"""Reading a request the way the recognizer tests do, and a compact form to assert on."""

from __future__ import annotations

from baes_tui.core.models import Intent, Recognition
from baes_tui.recognition.confidence import features_of
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean

NORMALIZER = FallbackNormalizer()
RECOGNIZER = Recognizer()


def read(request: str) -> Recognition:
    """The rules' reading, with the fallback normalizer (no WordNet needed)."""
    return RECOGNIZER.recognize(request, normalizer=NORMALIZER)


def features(request: str) -> dict[str, float]:
    """The confidence features of the rules' draft of `request` (what a doubt test asserts on)."""
    cleaned = clean(request)
    return features_of(RECOGNIZER.draft(cleaned), cleaned, request)


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


# words that say whether a field must be filled: where one is said, a probe's label fixes the
# required flag and not the type
_STATE_WORDS = ("optional", "required", "mandatory", "compulsory", "obligatory", "nullable")


def probe_key(entities: list[str], intent: str, request_text: str) -> list[str]:
    """What a change probe's label fixes, in `shape` form: names for a removal, old and new
    names for a rename, the required flag where one was said, else name and type."""
    said_state = any(w in request_text.lower() for w in (*_STATE_WORDS, "blank", "empty"))
    out = []
    for entity in entities:
        head, _, body = entity.partition("(")
        items = []
        for item in (f for f in body.rstrip(")").split(",") if f):
            name, _, kind = item.partition(":")
            if intent == "remove_fields":
                items.append(name)
            elif intent == "rename_field":
                items.append(f"{name}<{kind.partition('<')[2]}")
            elif said_state or kind.endswith("?"):
                items.append(name + ("?" if kind.endswith("?") else ""))
            else:
                items.append(f"{name}:{kind}")
        out.append(f"{head}({','.join(items)})")
    return out
