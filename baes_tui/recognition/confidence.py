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

from baes_tui.core.inflection import singular
from baes_tui.core.models import Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.detection import is_custom_logic
from baes_tui.recognition.fields import ID_REASON, PATH_REASON, RULE_REASON
from baes_tui.recognition.lexicon import (
    BOOL_WORDS,
    COMMAND_VERBS,
    CONSTRAINT_WORDS,
    DATE_WORDS,
    DECIMAL_WORDS,
    FIELD_HINTS,
    FIELD_MODIFIERS,
    FILLER,
    FLOAT_WORDS,
    FRAME_NOUNS,
    INT_WORDS,
    INTERJECTIONS,
    NOT_A_FIELD,
    PLURAL_FIELDS,
    PRONOUNS,
    SIZE_WORDS,
    TECH_WORDS,
    TYPE_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.nouns import is_modifier, is_noun
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
    "entity_not_noun": -1.5,
    "field_word_entity": -0.8,
    "shared_fields": -1.5,
    "inner_plural": -0.8,
    "unread_share": -2.0,
    "unread_list": -2.0,
    "verb_entity": -1.5,
    "adjective_modifier": -0.8,
    "odd_field_start": -1.5,
    "dropped_names": -1.5,
    "vanished_words": -0.8,
    "aside_share": -1.0,
    "aside_values": -0.8,
    "unused_fields": -0.5,
    "change_in_list": -1.5,
    "thin_guess": -1.0,
    "entity_as_field": -2.0,
}
# --- fitted weights (bench/fit_confidence.py writes this block) -------------------------------
WEIGHTS: dict[str, float] = {
    "bias": 3.7220,
    "unread_words": -0.0545,
    "odd_name_words": -0.3676,
    "long_names": -0.4039,
    "dropped_items": -3.7175,
    "conflicts": -0.2418,
    "default_cardinality": 0.3219,
    "mode_guess": -1.0704,
    "explicit_entity": -0.0019,
    "low_english": -0.6884,
    "entities": -0.0962,
    "intent_change": 0.0100,
    "intent_relationship": 0.7708,
    "other_nouns": 0.7322,
    "multiword_entity": -0.4727,
    "entity_not_noun": -1.9639,
    "field_word_entity": -1.3907,
    "shared_fields": -2.1569,
    "inner_plural": -1.0193,
    "unread_share": -2.2224,
    "unread_list": -0.5663,
    "verb_entity": -2.2061,
    "adjective_modifier": -1.0422,
    "odd_field_start": -0.6728,
    "dropped_names": -1.5000,
    "vanished_words": -0.5509,
    "aside_share": -0.6897,
    "aside_values": -0.7083,
    "unused_fields": -0.4507,
    "change_in_list": -1.5,
    "thin_guess": -1.0,
    "entity_as_field": -2.0,
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
            odd += len(inner) if len(words) > 1 else 0  # "from" listed alone is a field
            long_names += len(words) >= 3
    changes = (Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS, Intent.RENAME_FIELD,
               Intent.RENAME_ENTITY, Intent.REMOVE_ENTITY)  # fmt: skip
    return {
        "bias": 1.0,
        "unread_words": float(min(draft.unread_words, 30)),
        "odd_name_words": float(odd),
        "long_names": float(long_names),
        "dropped_items": float(
            sum(
                d.reason not in (RULE_REASON, ID_REASON, PATH_REASON) and not _custom_logic(d.text)
                for d in draft.dropped
            )
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
        "entity_not_noun": float(sum(_not_a_noun(e.name) for e in draft.entities)),
        "field_word_entity": float(sum(_field_word(e.name) for e in draft.entities)),
        "shared_fields": float(_shared_fields(draft)),
        "inner_plural": float(sum(_inner_plural(e.name) for e in draft.entities)),
        "unread_share": min(
            draft.unread_words / max(len(_WORD.findall(cleaned.text.lower())), 1), 1.0
        ),
        "unread_list": float(sum(_holds_list(text) for text in draft.unread_texts)),
        "verb_entity": float(sum(_verb_word(e.name) for e in draft.entities)),
        "adjective_modifier": float(sum(_adjective_modifier(e.name) for e in draft.entities)),
        "odd_field_start": float(
            sum(_odd_start(a.name) for e in draft.entities for a in e.attributes)
        ),
        "dropped_names": float(sum(_names_only(d.text) for d in draft.dropped)),
        "vanished_words": float(min(_vanished(draft, cleaned), 5)),
        "aside_share": min(
            draft.aside_words / max(len(_WORD.findall(cleaned.text.lower())), 1), 1.0
        ),
        "aside_values": float(min(_aside_values(draft), 3)),
        "unused_fields": float(min(draft.unused_fields, 5)),
        "change_in_list": float(draft.intent in changes and _create_shape(cleaned.text)),
        "entity_as_field": float(_entity_as_field(draft)),
        "thin_guess": float(
            draft.mode_guess and sum(len(e.attributes) for e in draft.entities) <= 1
        ),
        "_missing": float(bool(draft.missing)),
    }


# Words that name a value, not a thing that is managed: an entity named by one ("Number",
# "BedsInt") is a field list read as entities.
_VALUE_WORDS = (
    FIELD_HINTS | INT_WORDS | FLOAT_WORDS | DECIMAL_WORDS | BOOL_WORDS | DATE_WORDS
    | frozenset(w for phrase in TYPE_WORDS for w in phrase.split())
)  # fmt: skip


def _not_a_noun(name: str) -> int:
    """Words of an entity name that cannot be what they stand for: a head that is not mainly
    a noun ("Sistem", "Somewhere"), a modifier that is neither noun nor adjective ("Int")."""
    words = _words(name)
    if not words:
        return 0
    head = is_noun(words[-1])
    if head is None:
        return 0  # no WordNet: no evidence either way
    return int(not head) + sum(not is_modifier(w) for w in words[:-1])


def _field_word(name: str) -> bool:
    words = _words(name)
    return bool(words) and singular(words[-1]) in _VALUE_WORDS


def _inner_plural(name: str) -> int:
    """ "TenantsSomewhere": a plural before the head says two phrases were run together."""
    words = _words(name)[:-1]
    return sum(singular(w) != w and w not in PLURAL_FIELDS and not w.endswith("ss") for w in words)


def _shared_fields(draft: Draft) -> int:
    """Entities that got the very same fields as another: one list spread over words that
    were not entities ("Room -> number, floor, beds" → Number, Floor, Beds with one list)."""
    seen: set[frozenset[str]] = set()
    shared = 0
    for entity in draft.entities:
        names = frozenset(a.name for a in entity.attributes)
        if entity.name in draft.joint:
            continue  # "add email to both Student and Teacher": the same list, as said
        if names and names in seen:
            shared += 1
        seen.add(names)
    return shared


_LIST = re.compile(r"[^,;]+[,;][^,;]+[,;]|\bwith\b[^.]*\band\b")
_VERB = re.compile(rf"(?:{COMMAND_VERBS})")


def _custom_logic(text: str) -> bool:
    """A dropped item that is custom logic ("a manager who is another employee", "price
    must be between 0 and 100") goes to the review queue: it is not lost."""
    return is_custom_logic(text)


def _holds_list(text: str) -> bool:
    """An unread sentence with a list in it is usually the request itself, not talk."""
    return bool(_LIST.search(text.lower()))


def _verb_word(name: str) -> bool:
    """ "I'd like to store, for each apartment, …" → Store: the verb became the entity. A
    gerund before the head is a modifier ("BuildingPermit", "TrainingSession")."""
    words = _words(name)
    return any(
        _VERB.fullmatch(w) and not (w.endswith("ing") and i < len(words) - 1)
        for i, w in enumerate(words)
    )


def _adjective_modifier(name: str) -> int:
    """ "a proper shifts thing" → ProperShift: an adjective that describes the request."""
    words = _words(name)[:-1]
    return sum(is_noun(w) is False and is_modifier(w) is True for w in words)


def _odd_start(name: str) -> bool:
    """ "see_the_holder_name", "could_the_renewal_date", "how_heavy": a field name that
    starts like a sentence."""
    words = _words(name)
    first = words[0] if words else ""
    if first in FIELD_MODIFIERS or first in _NAME_GLUE_OK or len(words) == 1:
        return False
    return first in FUNCTION_WORDS or bool(_VERB.fullmatch(first))


def _names_only(text: str) -> bool:
    """A dropped item of three or more words with no glue word is a run of field names the
    list did not split ("name address capacity latitude")."""
    words = _WORD.findall(text.lower())
    return len(words) >= 3 and not any(w in FUNCTION_WORDS for w in words)


# Words that may go without a trace: glue, frames, verbs of asking, types, technology.
_GLUE = (
    FUNCTION_WORDS | FILLER | FRAME_NOUNS | TECH_WORDS | CONSTRAINT_WORDS | INTERJECTIONS
    | SIZE_WORDS | NOT_A_FIELD | UNIT_WORDS | PRONOUNS
    | frozenset(w for phrase in TYPE_WORDS for w in phrase.split())
    | frozenset(
        """entity entities field fields attribute attributes column columns requirements
        requirement optional required nullable mandatory blank empty known anymore instead
        longer belongs belong belonging exactly single relationship relationships related
        renamed rename don doesn isn aren won rid plus needed""".split()
    )
)  # fmt: skip


def _vanished(draft: Draft, cleaned: Cleaned) -> int:
    """Content words of the request found nowhere in the result: not in a name, a target, an
    old name, a business rule or a note. "delete fax number from the patient entity" read as
    removing Patient loses "fax" and "number" without a word."""
    kept: set[str] = set()
    for entity in draft.entities:
        kept.update(_words(entity.name))
        kept.update(_words(entity.renamed_from or ""))
        for attribute in entity.attributes:
            kept.update(attribute.name.split("_"))
            kept.update((attribute.renamed_from or "").split("_"))
        for relationship in entity.relationships:
            kept.update(_words(relationship.target))
    for text in [*draft.rules, *(d.text for d in draft.dropped)]:
        kept.update(_WORD.findall(text.lower()))
    kept |= {singular(w) for w in kept}
    lost = {
        w
        for w in _WORD.findall(cleaned.text.lower())
        if len(w) > 2
        and w not in _GLUE
        and not _VERB.fullmatch(w)
        and singular(w) not in kept
        and w not in kept
    }
    return len(lost)


def _entity_as_field(draft: Draft) -> int:
    """Fields named like another entity of the same result ("put our dishes in the computer"
    read as Computer with a field dishes, next to a Dish entity): one thing read twice."""
    names = {_words(e.name)[-1] for e in draft.entities if _words(e.name)}
    return sum(
        singular(a.name) in names - set(_words(e.name)[-1:])
        for e in draft.entities
        for a in e.attributes
    )


_CREATE_SHAPE = re.compile(r"\b(?:with|having|including)\b[^.?!;]*,[^.?!;]*,", re.I)


def _create_shape(text: str) -> bool:
    """A change read from a sentence shaped like a create ("log visits with name, date,
    reason and a parent called flag" read as renaming the entity to Flag)."""
    return bool(_CREATE_SHAPE.search(text))


def _aside_values(draft: Draft) -> int:
    """Asides (talk around the ask) that name a value or a thing the result does not hold:
    "Oh, and an active flag, so we can hide …" read as background loses a field; "many of
    our members don't use email" may be the change itself."""
    held: set[str] = set()
    for entity in draft.entities:
        held.update(_words(entity.name))
        for attribute in entity.attributes:
            held.update(attribute.name.split("_"))
            held.update((attribute.renamed_from or "").split("_"))
        for relationship in entity.relationships:
            held.update(_words(relationship.target))
    held |= {singular(w) for w in held}
    count = 0
    for text in dict.fromkeys(draft.aside_texts):
        words = {singular(w) for w in _WORD.findall(text.lower())} - FUNCTION_WORDS
        count += bool((words & _VALUE_WORDS) - held)
    return count


def _multiword(name: str, cleaned: Cleaned) -> bool:
    """A two- or three-word entity name nobody wrote as one (PascalCase or "X entity") may
    hold a modifier that is no part of the name ("company laptops")."""
    words = _words(name)
    return len(words) > 1 and not all(w in cleaned.capitalised for w in words)


def _words(name: str) -> list[str]:
    """The words a name was made from; the suffix a safe name adds ("from_value",
    "ClassItem") is none of them."""
    words = _raw_words(name)
    if len(words) > 1 and words[-1] in ("value", "item") and _is_safe_suffix(name):
        words = words[:-1]
    return words


def _is_safe_suffix(name: str) -> bool:
    return name.endswith("_value") or name.endswith("Item")


def _raw_words(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower().replace("_", " ")
    return _WORD.findall(spaced)


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing"):
        p = min(p, MISSING_CAP)
    return p
