"""Stage 7 of recognition: evidence → a probability that the recognition is exactly right.

A logistic model over features of the draft that say how completely the request was read:
words no reader understood, names that hold glue words ("with_a_number"), long names, items
that could not be fields, conflicting statements, defaults taken (cardinality, create vs add),
how English the text is, which intent it is, and the plausible misreads the rest does not see
(a name cut in the wrong place, a create said in words of change, a thin entity read from
talk, an unread sentence linking two entities; docs/recognition.md lists them), the words a
role model learned from the corpus would read in another role (roles.py), and how strongly an
intent model learned from the corpus prefers another intent to the reading's (intents.py).
The weights are fitted on the corpus's dev split and the first reads of new cases (`python -m
bench.fit_confidence --write` rewrites WEIGHTS below; `--cross` estimates precision on
wording nobody tuned on) and checked on the held-out split (bench/README.md). A draft with
something missing is capped at MISSING_CAP so it is never accepted.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from functools import lru_cache

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import plural, singular
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.core.names import safe_entity_name, safe_field_name
from baes_tui.recognition.assemble import SOME_OF_THEM, Draft
from baes_tui.recognition.conditions import governing_note
from baes_tui.recognition.detection import is_custom_logic
from baes_tui.recognition.entities import ASKED_ON_A_FORM, names_a_kind
from baes_tui.recognition.fields import (
    CONDITION_REASON,
    ID_REASON,
    PATH_REASON,
    RULE_REASON,
    RUN_HEADS,
    RUN_JOINS,
    UNIT_PARTS,
    type_phrase,
    verb_pair,
)
from baes_tui.recognition.intents import CLARIFY
from baes_tui.recognition.intents import shipped as shipped_intents
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
    IRREGULAR_PARTICIPLES,
    LISTING_PARTICIPLES,
    NOT_A_FIELD,
    PLURAL_FIELDS,
    PRACTICE_WORDS,
    PRONOUNS,
    SIZE_WORDS,
    SYSTEM_WORDS,
    TECH_WORDS,
    TYPE_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.memo import memo_list
from baes_tui.recognition.model_code import without_prisma_links
from baes_tui.recognition.nouns import (
    first_sense,
    foreign_compound,
    has_noun_sense,
    in_wordnet,
    is_doer,
    is_modifier,
    is_noun,
    is_verb,
    known_only_as_name,
    misspelt,
    names_a_thing,
    properties_are_houses,
    run_together,
    suffix_vowel_slip,
)
from baes_tui.recognition.patterns import has_word, rx, word_then
from baes_tui.recognition.plausibility import FUNCTION_WORDS, english_share
from baes_tui.recognition.relations import value_list
from baes_tui.recognition.roles import as_dicts
from baes_tui.recognition.roles import shipped as shipped_roles
from baes_tui.recognition.text import Cleaned

MISSING_CAP = 0.25
# A reading found only by cutting talk off the front (recognizer._read_after_talk) is proposed
# to the person, never accepted: on the sealed blind split 8 of the 11 such readings the
# reader newly accepted were right (73%), against the 98% an accepted reading must be.
PROPOSAL_CAP = 0.75
# Words a name may hold where they are part of the name ("date_of_birth", "is_paid",
# "hired_on", "starts_at", "check_in_date", "time_started": "time" is a noun there).
# ("under": the state a thing is in, as "in" and "on" say it: "under warranty", "under repair")
_NAME_GLUE_OK = frozenset("of is has in on off at by to out up per time under".split())
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
    "unread_nouns": -0.3,
    "unread_field_words": -1.0,
    "create_change_words": -1.0,
    "run_on_field": -1.0,
    "frame_field": -1.0,
    "number_entity": -1.5,
    "type_word_field": -1.0,
    "modifier_before": -0.5,
    "noun_after": -0.5,
    "short_form_too": -0.3,
    "change_vanished": -0.5,
    "doubts": -0.5,
    "unread_relation": -1.0,
    "thin_extra_entity": -0.5,
    "glue_in_name": -0.8,
    "str_number_word": -0.5,
    "long_entity": -0.5,
    "aside_values": -0.8,
    "unused_fields": -0.5,
    "change_in_list": -1.5,
    "thin_guess": -1.0,
    "entity_as_field": -2.0,
    "determiner_in_name": -1.5,
    "meta_word_name": -1.5,
    "count_shape_text": -1.0,
    "lost_identifier": -1.5,
    "field_repeats_entity": -1.0,
    "lost_addition": -1.0,
    "capitalised_field": -1.0,
    "unread_declaration": -1.5,
    "optional_unread": -1.5,
    "frame_plural_after": -1.5,
    "misspelt_name": -2.0,
    "unpunctuated_run_on": -1.5,
    "command_in_name": -1.5,
    "dotted_create": -1.5,
    "of_phrase_name": -1.5,
    "bare_plural_added": -2.5,
    "lone_thing_removed": -2.5,
    "odd_roles": -0.5,
    "intent_doubt": -2.0,
    "lost_modifier": -1.5,
    "ask_in_name": -1.5,
    "holder_in_name": -1.5,
    "model_change": -1.5,
}
# --- fitted weights (bench/fit_confidence.py writes this block) -------------------------------
WEIGHTS: dict[str, float] = {
    "bias": 3.9318,
    "unread_words": 0.0327,
    "odd_name_words": -0.0226,
    "long_names": -0.3709,
    "dropped_items": -4.4547,
    "conflicts": -1.1766,
    "default_cardinality": 0.0207,
    "mode_guess": -1.6593,
    "explicit_entity": 0.7555,
    "low_english": -0.1273,
    "entities": 0.1106,
    "intent_change": 0.6220,
    "intent_relationship": 1.1947,
    "other_nouns": 0.2805,
    "multiword_entity": -0.6910,
    "entity_not_noun": -2.1249,
    "field_word_entity": -0.2863,
    "shared_fields": -1.4976,
    "inner_plural": -0.6355,
    "unread_share": -2.5256,
    "unread_list": 0.0787,
    "verb_entity": 0.8571,
    "adjective_modifier": 1.2571,
    "odd_field_start": -1.7082,
    "dropped_names": -1.5009,
    "vanished_words": -0.3413,
    "unread_nouns": -0.0672,
    "unread_field_words": -1.3397,
    "create_change_words": -2.1946,
    "run_on_field": -1.7092,
    "frame_field": -0.7091,
    "number_entity": -1.5012,
    "type_word_field": -1.1927,
    "modifier_before": -0.9590,
    "noun_after": 0.9940,
    "short_form_too": 0.5397,
    "change_vanished": 0.1905,
    "doubts": -1.5067,
    "unread_relation": -1.9897,
    "thin_extra_entity": -1.7445,
    "glue_in_name": -0.4674,
    "str_number_word": -0.5764,
    "long_entity": 0.6235,
    "aside_values": -0.7654,
    "unused_fields": -0.1499,
    "change_in_list": -2.1495,
    "thin_guess": -1.0643,
    "entity_as_field": -2.4985,
    "determiner_in_name": -2.9833,
    "meta_word_name": -2.8299,
    "count_shape_text": -2.1906,
    "lost_identifier": -3.3405,
    "field_repeats_entity": 0.1738,
    "lost_addition": -1.2012,
    "capitalised_field": -1.8908,
    "unread_declaration": -1.8550,
    "optional_unread": -1.4406,
    "frame_plural_after": -2.5587,
    "misspelt_name": -2.5000,
    "unpunctuated_run_on": -2.5000,
    "command_in_name": -2.5000,
    "dotted_create": -2.5000,
    "of_phrase_name": -2.5000,
    "bare_plural_added": -2.5000,
    "lone_thing_removed": -2.5000,
    "odd_roles": -0.5868,
    "intent_doubt": -4.7453,
    "lost_modifier": -4.6112,
    "ask_in_name": -4.6002,
    "holder_in_name": -3.6354,
    "model_change": -5.6633,
}
# --- end of fitted weights ----------------------------------------------------------------------
FEATURES = tuple(WEIGHTS)


def features_of(draft: Draft, cleaned: Cleaned, request: str = "") -> dict[str, float]:
    """The model's inputs; `_missing` is not a feature but caps the score. `request` is the
    text as written (identifiers such as "filled_on" or "LabTest" are split by `clean`); without
    it the evidence that needs it is 0."""
    odd = long_names = 0
    hyphened = _hyphen_pairs(cleaned.text.lower())
    for entity in draft.entities:
        names = [entity.name, *(a.name for a in entity.attributes)]
        names += [r.target for r in entity.relationships]
        for name in names:
            words = _words(name)
            if _one_verb_pair(words):
                continue  # "meet_and_greet": one service's name, its "and" no glue
            inner = [
                w
                for i, w in enumerate(words)
                if w in FUNCTION_WORDS
                and w not in _NAME_GLUE_OK
                and not _stop_noun(w)
                and not (i == 0 and w == "own")  # "own_goal": the kind, kept as said (ly62)
            ]
            odd += len(inner) if len(words) > 1 else 0  # "from" listed alone is a field
            long_names += _joined_count(words, hyphened) >= 3
        # an entity's name said whole before its fields is no long name in doubt
        long_names -= _joined_count(_words(entity.name), hyphened) >= 3 and _said_whole(
            entity, draft, cleaned
        )
    text = cleaned.text.lower()
    tokens = _WORD.findall(text)
    phrase_tokens = _PHRASE_TOKEN.findall(text)
    kept = _kept(draft)
    lost = _vanished(draft, cleaned)
    vanished = len(lost)
    changes = (Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS, Intent.RENAME_FIELD,
               Intent.RENAME_ENTITY, Intent.REMOVE_ENTITY)  # fmt: skip
    out = {
        "bias": 1.0,
        "unread_words": float(min(draft.unread_words, 30)),
        "odd_name_words": float(odd),
        "long_names": float(long_names),
        "dropped_items": float(
            sum(
                d.reason == CONDITION_REASON
                or (
                    d.reason not in (RULE_REASON, ID_REASON, PATH_REASON)
                    and not _custom_logic(d.text)
                )
                for d in draft.dropped
            )
        ),
        "conflicts": float(draft.conflicts),
        "default_cardinality": float(draft.default_cardinality),
        "mode_guess": float(draft.mode_guess),
        "explicit_entity": float(draft.explicit_entities > 0),
        "low_english": float(english_share(cleaned.text) < 0.35),
        "other_nouns": float(min(draft.other_nouns, 3)),
        "multiword_entity": float(
            sum(
                _multiword(e.name, cleaned) and not _listed_whole(e, cleaned)
                for e in draft.entities
            )
        ),
        "entities": float(len(draft.entities)),
        "intent_change": float(draft.intent in changes),
        "intent_relationship": float(draft.intent is Intent.ADD_RELATIONSHIP),
        "entity_not_noun": float(
            sum(
                _not_a_noun(name, cleaned)
                for name in _link_ends(draft)
                if not _named(name, cleaned)
            )
        ),
        # a value's word as the entity ("Number", "Email") is a field list read as entities,
        # unless the person wrote it as a name ("ParkingFine", "Add … to Address")
        "field_word_entity": float(
            sum(
                _field_word(e.name)
                for e in draft.entities
                if not _named(e.name, cleaned)
                and not _said_as_kind(e.name, cleaned)
                and not _said_per_record(e.name, cleaned)
                and not _counted_link_owner(e, cleaned)
                and not _dotted_owner(e.name, cleaned)
            )
        ),
        "shared_fields": float(_shared_fields(draft)),
        "inner_plural": float(sum(_inner_plural(e.name) for e in draft.entities)),
        "unread_share": min(
            draft.unread_words / max(len(_WORD.findall(cleaned.text.lower())), 1), 1.0
        ),
        "unread_list": float(sum(_holds_list(text) for text in draft.unread_texts)),
        "verb_entity": float(
            sum(
                _verb_word(e.name, phrase_tokens)
                and not _written_whole(e.name, cleaned)
                and not _named(e.name, cleaned)
                for e in draft.entities
            )
        ),
        "adjective_modifier": float(
            sum(
                _adjective_modifier(e.name)
                for e in draft.entities
                if not _one_token(e.name, cleaned)
            )
        ),
        "odd_field_start": float(
            sum(
                _odd_start(name) and not _opens_hyphened(name, hyphened)
                for e in draft.entities
                for a in e.attributes
                for name in (a.name, a.renamed_from or "")
                if name and not (name == a.name and _question_flag(a))
            )
            + sum(_new_lost(e, text, draft.intent) for e in draft.entities)
        ),
        "dropped_names": float(sum(_names_only(d.text) for d in draft.dropped)),
        "vanished_words": float(min(vanished, 5)),
        # A change names what it changes: a word of it that vanishes ("delete fax number from
        # the patient entity" read as removing Patient) is a change to something else.
        "change_vanished": float(min(vanished, 5) if draft.intent in changes else 0),
        **_unread_evidence(draft, kept),
        "unread_relation": float(
            sum(_names_two(s, draft) for s in {*draft.unread_texts, *draft.aside_texts})
        ),
        "long_entity": float(
            sum(
                _joined_count(_words(e.name), hyphened) >= 3
                and not _one_token(e.name, cleaned)
                and not _said_whole(e, draft, cleaned)
                for e in draft.entities
            )
        ),
        "thin_extra_entity": float(_thin_extras(draft, cleaned)),
        "glue_in_name": float(
            sum(
                _glue_in(e.name)
                and not _written_whole(e.name, cleaned)
                and not _kind_said(e.name, cleaned)
                and not _counted_link_owner(e, cleaned)
                for e in draft.entities
            )
            + sum(_glue_in(r.target) for e in draft.entities for r in e.relationships)
        ),
        "misspelt_name": float(len(misspellings(draft, cleaned))),
        "dotted_create": float(
            draft.intent in (None, Intent.CREATE_ENTITY) and bool(_DOTTED.search(request))
        ),
        "command_in_name": float(
            sum(_command_in(e.name) for e in draft.entities)
            + sum(_command_in(a.name) for e in draft.entities for a in e.attributes)
        ),
        "unpunctuated_run_on": float(
            not _LIST_MARKS.search(cleaned.text)
            and sum(
                _unpunctuated_run_on(a.name) and not _article_before(a.name, text)
                for e in draft.entities
                for a in e.attributes
            )
        ),
        "str_number_word": float(
            draft.intent in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS)
            and sum(
                _number_word(a) and not _typed_as_text(a.name, request)
                for e in draft.entities
                for a in e.attributes
            )
        ),
        "create_change_words": float(
            draft.intent is Intent.CREATE_ENTITY and _said_as_change(draft, text)
        ),
        "run_on_field": float(
            sum(_run_on(a.name) for e in draft.entities for a in e.attributes)
            + sum(_holds_another(e) for e in draft.entities)
        ),
        "frame_field": float(
            sum(_frame_field(a.name) for e in draft.entities for a in e.attributes)
        ),
        "number_entity": float(sum(_words(e.name)[:1] in _NUMBER_NAMES for e in draft.entities)),
        "type_word_field": float(
            sum(_type_word(a.name) for e in draft.entities for a in e.attributes)
        ),
        **_neighbours(draft, tokens, phrase_tokens, kept),
        "aside_values": float(min(_aside_values(draft), 3)),
        "unused_fields": float(min(draft.unused_fields, 5)),
        "change_in_list": float(draft.intent in changes and _create_shape(cleaned.text)),
        "entity_as_field": float(_entity_as_field(draft)),
        "determiner_in_name": float(_determiner_names(draft, hyphened)),
        "meta_word_name": float(_meta_names(draft, request)),
        # a type is read only where a field is made: a rename or a change keeps it
        "count_shape_text": float(
            draft.intent in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS)
            and any(
                _count_shape(a) and not _typed_as_text(a.name, request)
                for e in draft.entities
                for a in e.attributes
            )
        ),
        "lost_identifier": float(min(_lost_identifiers(draft, request), 3)),
        "field_repeats_entity": float(_repeats_entity(draft)),
        "lost_addition": float(_lost_additions(draft, kept)),
        "unread_declaration": float(sum(_declares(text) for text in draft.unread_texts)),
        "optional_unread": float(
            draft.intent in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS) and _optional_unread(draft)
        ),
        "frame_plural_after": float(_frame_plural_after(draft, phrase_tokens, cleaned)),
        "lost_modifier": float(_lost_modifiers(draft, cleaned, kept)),
        "ask_in_name": float(_asks_in_names(draft, cleaned)),
        "holder_in_name": float(_holders_in_names(draft, cleaned)),
        "capitalised_field": float(sum(_capitalised_fields(e, cleaned) for e in draft.entities)),
        # A one-field "X needs F" read where words of the request went unread or vanished is
        # usually a relationship read as a field ("Owners can have pets"); on its own
        # ("Invoice needs a due date") it was right on dev, so it is no evidence then.
        "thin_guess": float(
            draft.mode_guess
            and sum(len(e.attributes) for e in draft.entities) <= 1
            and bool(draft.other_nouns or vanished or draft.unread_words)
        ),
        "_missing": float(bool(draft.missing)),
        "_proposed": float(draft.after_talk),
        # not a feature either: a name typed closed from two nouns WordNet writes apart
        # ("weddingcakes", "the circuitboard entity") may be a space missed or a name closed
        # on purpose: kept as written, proposed, never accepted (caps the score as `_proposed`)
        "_run_together": float(
            any(
                len(_words(e.name)) == 1 and run_together(e.name) and not _named(e.name, cleaned)
                for e in draft.entities
            )
        ),
        # not a feature either: the text says the reading is not what it asks (caps the score)
        "_contradicted": float(
            _removed_container(draft, cleaned)
            or _created_empty(draft)
            or governing_note(draft, cleaned.text) is not None
            or _partial_removal(draft, cleaned)
        ),
        # counted in `doubts` only (no weight of its own: see _value_list_field)
        # (a yes/no about values is one answer: "flexible dates (yes/no)", "cards accepted")
        "value_list_field": float(
            sum(
                _value_list_field(a.name)
                for e in draft.entities
                for a in e.attributes
                if a.type is not AttrType.BOOL
            )
        ),
        "of_phrase_name": float(_of_phrase_names(draft, tokens, cleaned)),
        "bare_plural_added": float(_bare_plural_added(draft, request or cleaned.text)),
        "lone_thing_removed": float(_lone_thing_removed(draft, tokens, cleaned)),
        # counted in `doubts` only, like value_list_field
        "link_beside_list": float(_link_beside_list(draft)),
        # counted in `doubts` only, like value_list_field
        "lost_timestamp": float(_lost_timestamp(draft, tokens)),
        # counted in `doubts` only: "… at" names a time and ends its name (README), so a text
        # field with "at" inside ("reported_at_time", "ends_at_timestamps") read the time's
        # type or another phrase into the name; a count or a flag may hold it ("pets_at_home")
        "at_inside_text": float(
            sum(
                a.type is AttrType.STR and "at" in a.name.split("_")[1:-1]
                for e in draft.entities
                for a in e.attributes
            )
        ),
        # counted in `doubts` only, like value_list_field
        "named_as_existing": float(_named_as_existing(draft, cleaned)),
        # counted in `doubts` only: an item of a list set aside as a business rule that holds
        # a type in brackets ("when found (date) and collar colour") is a field read as a rule
        "typed_rule": float(
            sum(
                d.reason == RULE_REASON and _TYPED.search(d.text) is not None for d in draft.dropped
            )
        ),
        # counted in `doubts` only, like value_list_field
        "lost_link": float(_lost_link(draft, text)),
        # counted in `doubts` only: the any-frame reader's owner is a guess (on two batches
        # read by nobody who wrote the reader, 2 of the 3 readings it added were wrong)
        "any_frame": float(draft.any_frame),
    }
    # Each kind of doubt is seen in a handful of first reads, too few to weigh it alone; how
    # many kinds a reading raises is seen in many.
    out["doubts"] = float(sum(out[name] > 0 for name in _DOUBTS))
    out["odd_roles"] = float(odd_roles(draft, request))
    out["intent_doubt"] = (
        0.0 if explicit_create(draft) else intent_doubt_evidence(intent_gap(draft, cleaned))
    )
    out["model_change"] = model_change(draft, cleaned)
    return out


# A reading the role model disagrees with on this many words is as doubtful as it gets.
ODD_ROLES_CAP = 8


def odd_roles(draft: Draft, request: str) -> int:
    """The evidence of how many words the reading gives a role the learned role model would
    not (roles.py), custom logic the rules kept aside not counted; 0 without the request as
    written or without the shipped weights."""
    model = shipped_roles()
    if model is None or not request:
        return 0
    custom = [text for text in draft.rules if _custom_logic(text)]
    # (a pasted Prisma schema's link lines are read as links: no words of fields to weigh)
    request = without_prisma_links(request)
    return odd_roles_evidence(model.odd_roles(request, as_dicts(draft.entities), custom))


def odd_roles_evidence(count: int) -> int:
    """The feature's value for a count of odd roles (fit_confidence uses it on counts from
    models that never saw the case)."""
    return min(count, ODD_ROLES_CAP)


def intent_gap(draft: Draft, cleaned: Cleaned) -> float:
    """How far the learned intent model (intents.py) prefers another intent, or asking, to the
    reading's, in weight units; 0 where it agrees or without the shipped weights."""
    model = shipped_intents()
    if model is None:
        return 0.0
    return model.doubt(cleaned.text, str(draft.intent or Intent.CREATE_ENTITY))


def explicit_create(draft: Draft) -> bool:
    """A create of an entity the request names as one ("Please also add a Badge entity: …",
    "Extend the app with a Locker entity: …"): the intent model weighs words, and the words of
    an addition ("also add", "extend") say a change to it; it cannot tell a new entity added
    from a field added, so its doubt is not held against such a reading."""
    return draft.intent in (None, Intent.CREATE_ENTITY) and draft.explicit_entities > 0


# Only a strong preference is doubt: out of fold, a gap below 20 was as often a right first
# read as a wrong one (the rules' intent is right more often than the model's), and right
# readings house tests rely on are doubted by up to 55 ("Could you add repairs to the system?
# Each repair needs …" read by the model as an addition); from INTENT_GAP_STRONG on the left-out
# first reads it flagged were all wrong (docs/recognition.md, the intent model).
INTENT_GAP_STRONG = 60.0


def intent_doubt_evidence(gap: float) -> float:
    """The feature's value for a gap (fit_confidence uses it on gaps from models that never
    saw the case): 1 where the model strongly prefers another intent, else 0."""
    return float(gap >= INTENT_GAP_STRONG)


# A create the intent model reads as a change that adds nothing: a field's type or "optional"
# changed, a field dropped, a link, a rename ("PianoTuning: client phone optional", "Sighting |
# drop: notes", "Team has_many :players"). A create gives a change's words a new thing; the rules
# read the name and the list alike in both, so only the wording tells them apart. An addition
# is left out: "Could you add repairs to the system? Each repair needs …" is a create the model
# reads as an addition, and a create read for an addition is `intent_doubt`'s (from 60).
_NOT_ADDED = frozenset(
    "add_relationship modify_fields remove_fields remove_entity rename_field rename_entity".split()
)
# From this gap on (weight units; `intent_doubt` needs 60). Narrowed as below, left out by
# source the doubt asks 13 wrong accepted first reads (10 sources) and no right one
# (docs/recognition.md, the intent model).
MODEL_CHANGE_GAP = 10.0
# Only where the reading holds one field or one link at most (prc64): a change says one thing
# about one field or link, and a list of several is where the model is unreliable out of sample
# (it reads the house tests' label forms, "Kayaks: paddle size, hull colour", as removals).
MODEL_CHANGE_ITEMS = 1
# "X with Y" is how a create names its fields; the model learned "with" from links ("connect
# rides with drivers") and prefers a link for "parcels with weight in pounds" (prc64).
_WITH = re.compile(r"\bwith\b", re.I)


def model_change(draft: Draft, cleaned: Cleaned) -> float:
    """1 where the reading is a create (not of an entity the request names as one) of one field
    or link at most and the learned intent model prefers a change that adds nothing by
    MODEL_CHANGE_GAP or more."""
    if draft.intent not in (None, Intent.CREATE_ENTITY) or explicit_create(draft):
        return 0.0
    if _items(draft) > MODEL_CHANGE_ITEMS:
        return 0.0
    model = shipped_intents()
    if model is None:
        return 0.0
    scores = model.scores(cleaned.text)
    best = max((i for i in scores if i != CLARIFY), key=scores.__getitem__)
    gap = scores[best] - scores[str(Intent.CREATE_ENTITY)]
    return model_change_evidence(draft, cleaned.text, best, gap)


def _items(draft: Draft) -> int:
    """Fields and links the reading holds, over all its entities."""
    return sum(len(e.attributes) + len(e.relationships) for e in draft.entities)


def model_change_evidence(draft: Draft, text: str, best: str, gap: float) -> float:
    """The feature's value for a reading of the cleaned `text`, the model's best intent and its
    gap over a create (fit_confidence uses it on models that never saw the case)."""
    if best == "add_relationship" and _WITH.search(text):
        return 0.0
    return float(
        best in _NOT_ADDED and gap >= MODEL_CHANGE_GAP and _items(draft) <= MODEL_CHANGE_ITEMS
    )


# Words that name a value, not a thing that is managed: an entity named by one ("Number",
# "BedsInt") is a field list read as entities.
_VALUE_WORDS = (
    FIELD_HINTS | INT_WORDS | FLOAT_WORDS | DECIMAL_WORDS | BOOL_WORDS | DATE_WORDS
    | frozenset(w for phrase in TYPE_WORDS for w in phrase.split())
)  # fmt: skip


def _not_a_noun(name: str, cleaned: Cleaned) -> int:
    """Words of an entity name that cannot be what they stand for: a head that is not mainly
    a noun ("Sistem", "Somewhere"), a modifier that is neither noun nor adjective ("Int").
    A head the request says in the plural ("flats", "parking fines": an adjective has no
    plural) and a noun English forms that WordNet need not list (`_formed_noun`) are
    nouns; so is a modifier of that kind ("PodcastEpisode", "TimesheetEntry": WordNet
    predates both) and one the person hyphenated to the next word ("after-school clubs")."""
    words = _words(name)
    if not words:
        return 0
    head = is_noun(words[-1])
    if head is None:
        return 0  # no WordNet: no evidence either way
    if len(words) > 2 and is_noun("_".join(words)):
        return 0  # "PowerOfAttorney", "BillOfLading": a noun WordNet lists whole, "of" and all
    if singular(words[-1]) in _PRO_FORMS:
        return 1 + sum(not is_modifier(w) for w in words[:-1])  # "the optional ones"
    said = set(_WORD.findall(cleaned.text.lower()))
    head = (
        head
        or _said_plural(words[-1], said)
        or _verb_as_noun(words[-1], cleaned)
        or _named_verb_as_noun(words, cleaned)
        or (len(words) == 1 and _subject_noun(words[0], cleaned))
        or _event_noun(words[-1], said, cleaned)
        or _formed_noun(singular(words[-1]))
        or (len(words) == 1 and _labelled(words[0], cleaned))
        or (_compound_noun(words, len(words) - 1) and _counted(words, cleaned))
        or (_doer_of_short_verb(words[-1]) and _counted_kind(words, cleaned))
        or acronym(words[-1], cleaned)
        # "PerDiem": a pair WordNet lists as one entry is one noun, neither word alone
        or (len(words) > 1 and foreign_compound(words[-2], words[-1]))
    )
    return int(not head) + sum(
        not is_modifier(w)
        and not _noun_modifier(w)
        and not _formed_noun(w)
        and not _gerund(w)
        and not _hyphened(w, nxt, cleaned)
        and not (i and _hyphened(words[i - 1], w, cleaned))
        and not names_a_kind(w, [nxt])
        and not acronym(w, cleaned)
        and not foreign_compound(w, nxt)
        and not (i and foreign_compound(words[i - 1], w))
        and not ((_borrowed(w) or _verb_modifier(w)) and _counted_kind(words, cleaned))
        for i, (w, nxt) in enumerate(itertools.pairwise(words))
    )


def _doer_of_short_verb(word: str) -> bool:
    """ "a chipper is towed by one van": a short verb's doer, its last consonant doubled before
    "-er" (chip → chipper), that WordNet lists only as an adjective ("cheerful"), is the machine
    or the person that does it when it is counted as a thing (md64; Chipper was asked as no
    noun). Not a comparative: "bigger" has no verb "big"."""
    if len(word) < 6 or not word.endswith("er") or word[-3] != word[-4]:
        return False
    return is_noun(word) is False and is_verb(word[:-3])


def _counted_kind(words: list[str], cleaned: Cleaned) -> bool:
    """The whole name said as a kind of thing kept many times: in the plural ("kanban
    cards"), after "each", "every" or an article ("an Etsy listing"), or marked as the entity
    ("promo code entity"); "remove the old soundcloud link" points at one thing."""
    said = "".join(rf"{re.escape(w)}\s+" for w in words[:-1])
    last = re.escape(words[-1])
    many = rf"\b{said}{re.escape(plural(words[-1]))}\b"
    counted = rf"\b(?:each|every|a|an|one)\s+{said}{last}\b"
    marked = rf"\b{said}{last}\s+(?:entity|entities|table)\b"
    text = cleaned.text.lower()
    return any(re.search(pattern, text) for pattern in (many, counted, marked))


def _borrowed(word: str) -> bool:
    """ "merch items", "kanban cards", "Etsy listings": a word no dictionary knows in any
    sense, with a vowel, that is no slip of one it knows, is a borrowing, a clipping or a
    brand, and English puts any of those before a noun as a modifier ("vechicle" is a slip)."""
    return (
        in_wordnet(word) is False
        and not word.endswith(("ing", "ed"))  # "zorbling": a verb's form, of no verb known
        and not is_verb(word)
        and rx(r"[aeiouy]").search(word) is not None
        and misspelt(word) is None
    )


def _verb_modifier(word: str) -> bool:
    """ "grow bags", "bake sale items", "install requests": a verb's plain form before a noun
    says what the thing is for (English compounds a verb with a noun freely); a verb of asking
    ("create episodes") is the ask read into the name."""
    return is_verb(word) and rx(COMMAND_VERBS).fullmatch(word) is None


def _compound_noun(words: list[str], i: int) -> bool:
    """ "WaterMain", "FireEscape", "TestDrive": the word and the one before it are a noun
    WordNet lists as one ("water main"), whatever either word is alone (an adjective, a word
    of talk)."""
    return 0 < i < len(words) and bool(is_noun(f"{words[i - 1]}_{singular(words[i])}"))


def _counted(words: list[str], cleaned: Cleaned) -> bool:
    """ "sits on a single water main": the words said after a count ("one", "a single",
    "each") are a thing counted, whatever their last word means alone."""
    said = r"\s+".join(re.escape(w) for w in words[:-1])
    last = re.escape(words[-1])
    counted = _COUNT_BEFORE.pattern + said + rf"\s+(?:{last}|{re.escape(plural(words[-1]))})\b"
    return re.search(counted, cleaned.text.lower()) is not None


_COUNT_BEFORE = re.compile(r"\b(?:one|a single|exactly one|only one|just one|each|every)\s+")


def _noun_modifier(word: str) -> bool:
    """ "retail products", "wholesale accounts": a word that is a noun in some sense, before
    another noun, modifies it as a noun does, however often it is also an adverb; glue
    ("still", "even", "first") is not, nor a word that sizes the request ("the whole X")."""
    return (
        word not in FUNCTION_WORDS
        and word not in SIZE_WORDS
        and word not in FILLER
        and has_noun_sense(word) is True
    )


def _labelled(word: str, cleaned: Cleaned) -> bool:
    """ "Comic: issue number optional", "Native: …": a capitalised word a line starts with, a
    colon after it, is the name of the thing the line is about, even a word English uses
    mostly as an adjective (a word no dictionary knows may be a slip: not this)."""
    label = re.compile(rf"(?m)^[ \t]*{re.escape(word.capitalize())}[ \t]*(?::|\(|[—–-][ \t])")
    return in_wordnet(word) is True and bool(label.search(cleaned.text))


# Words that stand for a noun said elsewhere ("the optional ones", "the old one"): a name
# headed by one names nothing.
_PRO_FORMS = frozenset({"one"})


def _hyphened(word: str, nxt: str, cleaned: Cleaned) -> bool:
    """ "after-school clubs", "drop-off points": words the person joined with a hyphen are one
    modifier, whatever the first of them is alone."""
    return re.search(rf"\b{word}-{nxt}", cleaned.text, re.I) is not None


def _named(name: str, cleaned: Cleaned) -> bool:
    """Every word of the name was written capitalised mid-sentence or in a PascalCase token
    ("Need Trench (…) and Find (…)", "a paid flag to ParkingFine"): the person named the
    thing, so a word of it that is also a verb or that WordNet lacks is still its name."""
    words = _words(name)
    return bool(words) and all(w in cleaned.capitalised for w in words)


def _dotted_owner(name: str, cleaned: Cleaned) -> bool:
    """ "Rank.scale becomes float": a name written as one right before a dot and a field is
    the thing as the person calls it, though a value's word ("rank") and first in the line
    (llm60; it was doubted as a value's word read as a thing)."""
    return (
        f"{name}." in cleaned.text  # (the pattern's literal first: most texts lack it)
        and re.search(rf"(?<![\w.]){re.escape(name)}\.[a-z_]", cleaned.text) is not None
    )


def acronym(word: str, cleaned: Cleaned) -> bool:
    """ "SLA targets", "SSO integrations", "GMC number": a short word written in capitals in a
    request that is not all capitals is an initialism, a noun modifier WordNet does not list."""
    text = cleaned.text
    return (
        2 <= len(word) <= 5
        and text != text.upper()
        and word.upper() in text  # (the substring test first: a pattern per word)
        and re.search(rf"\b{word.upper()}s?\b", text) is not None
    )


def _said_plural(word: str, said: set[str]) -> bool:
    """The request uses `word`, a word WordNet knows, in a plural of its own ("flats" for
    Flat; "deploys", "builds": a verb English uses as a noun); a misspelling in the plural
    ("itmes") is still a misspelling."""
    known = in_wordnet(word) or is_verb(word)
    return bool(known) and any(w != word and singular(w) == word for w in said)


def _verb_as_noun(word: str, cleaned: Cleaned) -> bool:
    """ "a deploy is for one service", "each rollout has …": a verb said after an article or
    "each" is used as a noun (English makes nouns of verbs freely; WordNet lists few)."""
    return is_verb(word) and (
        re.search(rf"\b(?:a|an|each|every|one|per)\s+{word}\b", cleaned.text.lower()) is not None
    )


def _named_verb_as_noun(words: list[str], cleaned: Cleaned) -> bool:
    """ "each charger install", "every boiler service": the whole name, said after "each" or
    an article, ends in a verb used as a noun, as "each install" would (its modifier is the
    name's own word, so the verb is the head of a noun phrase)."""
    if len(words) < 2 or not is_verb(words[-1]):
        return False
    said = r"\s+".join(re.escape(w) for w in words)
    counted = rf"\b(?:a|an|each|every|one|per)\s+{said}s?\b"
    return re.search(counted, cleaned.text.lower()) is not None


# Determiners before a subject, and the verbs and modals that follow one: "each flat belongs
# to one landlord", "a flat can have a block", "every flat is owned by …"
_SUBJECT_DETERMINERS = frozenset("a an each every one any".split())
_SUBJECT_VERBS = frozenset(
    """belongs belong is are has have can could may might must should will would needs need
    holds hold owns own gets get sits lives""".split()
)


def _subject_noun(word: str, cleaned: Cleaned) -> bool:
    """ "each flat belongs to one landlord": a word WordNet lists mostly as an adjective but
    also as a noun, said after a determiner with a verb straight after it, is the noun (an
    adjective there would need its noun: "each flat fee belongs …")."""
    if not has_noun_sense(word):
        return False
    tokens = _WORD.findall(cleaned.text.lower())
    return any(
        tokens[i - 1] in _SUBJECT_DETERMINERS and tokens[i + 1] in _SUBJECT_VERBS
        for i in range(1, len(tokens) - 1)
        if tokens[i] == word
    )


def _event_noun(word: str, said: set[str], cleaned: Cleaned) -> bool:
    """ "each bottling is linked to one tank", "bottlings and tanks": the -ing form of a verb
    said in the plural or after "each" or an article is one event of it, a noun (WordNet lists
    "planting", not every one)."""
    if not (word.endswith("ing") and _gerund(word)):
        return False
    return f"{word}s" in said or (
        re.search(rf"\b(?:a|an|each|every|one|per)\s+{word}\b", cleaned.text.lower()) is not None
    )


_PARTICLE_NOUN = re.compile(r"([a-z]{3,})(?:out|up|off|over|down|back|in)")


def _formed_noun(word: str) -> bool:
    """A noun English makes that a dictionary need not list: a closed compound of two nouns
    ("stallholder", "plotholder", "wheelset", "birdbox": the second may be a short noun), a
    verb and its particle run together ("callout", "dropoff"), or a
    doer's -er/-or noun of a known word ("fosterer", "podcaster"). A misspelt frame
    ("sistem") is neither."""
    if word.endswith(("ed", "ing")):
        return False  # a participle ("donated") is no compound however it splits
    if in_wordnet(word):
        return False  # a word WordNet lists as no noun ("after", "other") is not made one
    if (m := _PARTICLE_NOUN.fullmatch(word)) and is_verb(m[1]):
        return True  # "callout", "dropoff", "rollout": a verb and its particle as one noun
    for cut in range(3, len(word) - 2):
        if is_noun(word[:cut]) and is_noun(word[cut:]):
            return True
    if _ologist(word) or _affixed_noun(word):
        return True
    if len(word) >= 5 and word.endswith(("er", "or")):
        stem = word[:-2]
        # ("installer" of install; "instructer" is instructor misspelt: the other ending is
        # the noun; "referrer": the last consonant doubled before the ending)
        other = stem + ("or" if word.endswith("er") else "er")
        return bool(
            in_wordnet(stem)
            or in_wordnet(stem + "e")
            or (is_doer(word) and not is_noun(other))
            or (stem[-1] == stem[-2] and is_verb(stem[:-1]))
        )
    return False


# Prefixes English puts before any noun to make another ("polytunnel", "ebike", "minibus").
_NOUN_PREFIXES = ("poly", "micro", "mini", "multi", "e")
# Endings that make a noun of a verb ("befriendee", "submittal") or of a noun ("hoodie",
# "tattooist": who works with the thing).
_VERB_NOUN_ENDINGS = ("ee", "al")
_NOUN_NOUN_ENDINGS = ("ie", "ist")


def _affixed_noun(word: str) -> bool:
    """A noun made by a productive affix on a word WordNet knows: a prefix on a noun
    ("polytunnel"), "-ee"/"-al" on a verb, its consonant doubled or not ("befriendee",
    "submittal"), "-ie" or "-ist" on a noun ("roadie", "tattooist"), and "-ometer", the
    instrument that measures ("seismometer"). A slip ("tiket") ends in none of these on a
    known word."""
    if len(word) > 7 and word.endswith("ometer"):
        return True
    for prefix in _NOUN_PREFIXES:
        rest = word.removeprefix(prefix)
        if rest != word and len(rest) >= 4 and is_noun(rest):
            return True
    for ending in _VERB_NOUN_ENDINGS + _NOUN_NOUN_ENDINGS:
        stem = word.removesuffix(ending)
        if stem == word or len(stem) < 3:
            continue
        stems = [stem] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
        known = is_verb if ending in _VERB_NOUN_ENDINGS else is_noun
        if any(known(s) for s in stems):
            return True
    return False


def _ologist(word: str) -> bool:
    """ "audiologist", "trichologist": one who practises a field of study WordNet lists
    ("audiology") is a noun English forms from it, listed or not."""
    return len(word) > 8 and word.endswith("ologist") and bool(is_noun(word[:-3] + "y"))


def _link_ends(draft: Draft) -> list[str]:
    """The entities' names and the names their links point at ("each team belongs to one
    leage": the League it names is an entity of the project too)."""
    names = [e.name for e in draft.entities]
    targets = [r.target for e in draft.entities for r in e.relationships]
    return names + [t for t in dict.fromkeys(targets) if t not in names]


def _gerund(word: str) -> bool:
    """ "tutoring sessions", "porting requests", "metered areas": the -ing or -ed form of a
    verb before a noun says what the thing is for or what was done to it, a modifier English
    makes of any verb (WordNet lists "parking" and "booking", not every one)."""
    for ending in ("ing", "ed"):
        # (name57: a verb of three letters makes one too, "drying shelves", "firing logs":
        # "string", "spring", "during" have no verb before their "ing")
        if len(word) >= (3 if ending == "ing" else 4) + len(ending) and word.endswith(ending):
            stem = word[: -len(ending)]
            stems = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
            if ending == "ing" and re.fullmatch(r"[^aeiou][aeiou][^aeiouwxy]", stem):
                # a verb of three letters ending consonant-vowel-consonant doubles its last
                # letter before "ing" ("tipping", "cutting"): "tiping" is a slip, not a use
                stems.remove(stem)
            return any(len(s) >= 3 and is_verb(s) for s in stems)
    return False


def _said_as_kind(name: str, cleaned: Cleaned) -> bool:
    """ "record membership payments with …", "a catalogue of scores": the whole name said word
    for word in the plural is a kind of thing kept, however much its head sounds like a value
    ("a parent called flag", "the alcohol percentage" say one value)."""
    words = _words(name)
    if not words:
        return False
    said = " ".join([*words[:-1], plural(words[-1])])
    low = cleaned.text.lower()
    # (the substring test first: a pattern per name would be compiled for most requests)
    # (words and their plurals are letters: `has_word` finds the same, compiling nothing)
    if said == " ".join(words) or said not in low:
        return False
    if said.replace(" ", "").isalpha():
        return has_word(low, said)
    return re.search(rf"\b{said}\b", low) is not None


def _said_per_record(name: str, cleaned: Cleaned) -> bool:
    """ "for every rent payment we need …": the whole name said after "for each" or "for
    every" is the record the list is kept for, however much its head sounds like a value."""
    words = _words(name)
    if not words:
        return False
    tokens = _WORD.findall(cleaned.text.lower())
    size = len(words)
    return any(
        tokens[i] == "for"
        and tokens[i + 1] in ("each", "every")
        and tokens[i + 2 : i + 2 + size] == words
        for i in range(len(tokens) - 2 - size + 1)
    )


# What a record counted one by one is said to do when it is linked to another thing
_COUNTED_LINK = (
    r"(?:belongs?\s+to|(?:is|are)\s+(?:linked|assigned|tied|attached|connected)\s+to"
    r"|(?:is|are)\s+(?:for|at|in|with)\s+(?:one|exactly one|a single|only one)"
    r"|has\s+(?:one|exactly one|a single|only one|many|several))\b"
)


def _counted_link_owner(entity: EntitySpec, cleaned: Cleaned) -> bool:
    """ "Each tour date belongs to one hotel": the owner of a link said whole after "each" or
    "every" and before the link is a record counted one by one, however much its head ("date")
    sounds like a value or a type: a value belongs to nothing. Not when the name holds the
    target's own word ("each booking date belongs to one booking": the booking's date)."""
    words = _words(entity.name)
    if not entity.relationships or any(
        set(_words(r.target)) & set(words) for r in entity.relationships
    ):
        return False
    said = r"\s+".join(words)
    text = cleaned.text.lower()
    # (the words' substring test first: a pattern per name would be compiled for most requests)
    return (
        bool(said)
        and all(word in text for word in words)
        and ("each" in text or "every" in text)
        and (re.search(rf"\b(?:each|every)\s+{said}\s+{_COUNTED_LINK}", text) is not None)
    )


def _field_word(name: str) -> bool:
    words = _words(name)
    if len(words) > 1 and names_a_kind(words[-2], words[-1:]):
        return False  # "FeatureFlag": a kind of thing whose head is also a value's word
    return bool(words) and singular(words[-1]) in _VALUE_WORDS


def _inner_plural(name: str) -> int:
    """ "TenantsSomewhere": a plural before the head says two phrases were run together. A
    plural WordNet lists as a word of its own ("savings account", "darts player", "street
    works permit") is how English names the thing."""
    words = _words(name)[:-1]
    return sum(
        singular(w) != w
        and w not in PLURAL_FIELDS
        and not w.endswith("ss")
        and in_wordnet(w) is not True
        for w in words
    )


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


# (one character before the separator and the first "with" of a sentence find the same lists as
# any longer run would, in time linear in the text: a 20,000-character request took seconds)
_LIST = re.compile(r"[^,;][,;][^,;]+(?:[,;]|\band\b)|(?:^|\.)(?>[^.]*?\bwith\b)[^.]*\band\b")
_VERB = re.compile(rf"(?:{COMMAND_VERBS})")


def _custom_logic(text: str) -> bool:
    """A dropped item that is custom logic ("a manager who is another employee", "price
    must be between 0 and 100") goes to the review queue: it is not lost."""
    return is_custom_logic(text)


# What a person calls a moment when they name its type ("both timestamps", "as a datetime")
_MOMENT_TYPES = frozenset("timestamp timestamps datetime datetimes".split())


# Words that say two things are linked: the verbs of linking and the cardinality phrases of the
# conventions ("belongs to", "many-to-many", "has one X"); closed class.
_LINK_SAID = re.compile(
    r"\b(?:connect(?:ed)?|relate[ds]?|belongs?\s+to|belonging\s+to|has_many|has_one"
    r"|belongs_to|many[- ]to[- ](?:many|one)|one[- ]to[- ]many|many[- ]many)\b"
    r"|\blink(?:ed)?\s+(?:(?:each|every|the|them|it|these|those)\b"
    r"|\w+s\s+(?:(?:and|with|to)\b|\+))"
    r"|\b(?:has|have|with|\w+s)\s+(?:only\s+)?(?:exactly\s+)?(?:one|a\s+single|many|multiple)"
    r"\s+(\w+)"
)


def _lost_link(draft: Draft, text: str) -> bool:
    """A create or an addition that links nothing although the request says a link ("a tour
    has one guide, pls connect", "… and a many-to-many between stages and performers"): the
    part of the request that is the link was lost. "has one X" where X is a field read ("each
    plot has one tenant name") is a value, not a link; a verb in -s before "one"/"many" says
    one as "has" does ("each firing uses one kiln")."""
    if draft.intent not in (None, Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
        return False
    if any(e.relationships for e in draft.entities):
        return False
    fields = {w for e in draft.entities for a in e.attributes for w in a.name.split("_")}
    for match in _LINK_SAID.finditer(text):
        said = match.group(1)
        if said and (said in fields or singular(said) in fields or said in FUNCTION_WORDS):
            continue
        if match.group(0).startswith("connected") and "connected" in fields:
            continue
        return True
    return False


def _created_empty(draft: Draft) -> bool:
    """A create with an entity that has no field ("- Sponsor entity" under a list of things
    that have theirs): the conventions ask about a thing named without fields, so a reading
    that creates one as it is contradicts them whatever words named it."""
    if draft.intent not in (None, Intent.CREATE_ENTITY):
        return False
    return any(not entity.attributes for entity in draft.entities)


# Prepositions that put a thing where a removal happens ("from", "on", "off", "in"; "frm" and
# "form" are how "from" is mistyped): closed class
_CONTAINER_PREPOSITIONS = r"(?:from|frm|form|on|off|in)"


def _removed_container(draft: Draft, cleaned: Cleaned) -> bool:
    """An entity read as removed that the request names as the place a removal happens: "delete
    the fax number from the Patient entity", "on the Ringer entity … the fax number can go".
    English puts what goes before "from"/"on" and where it goes from after it, so the entity
    stays and something in it goes: the reading contradicts the text. Only the entity as the
    person named it counts (its name before "entity"/"model"/"table", or written capitalised):
    "we don't weigh the birds on perches" says nothing of the Perch entity."""
    if draft.intent is not Intent.REMOVE_ENTITY:
        return False
    text = cleaned.text.lower()
    for entity in draft.entities:
        words = _words(entity.name)
        pattern = r"\s*".join(re.escape(w) for w in words)
        kind = r"\s*(?:entity|model|table)\b"
        tail = rf"(?:{kind}|\b(?!s))" if _named(entity.name, cleaned) else kind
        where = rf"\b{_CONTAINER_PREPOSITIONS}\s+(?:(?:the|our|my)\s+)?{pattern}{tail}"
        if re.search(where, text):
            return True
    return False


def _partial_removal(draft: Draft, cleaned: Cleaned) -> bool:
    """A field removal read from a request that opens on part of the records ("Some of our
    members don't use email"): what some of them go without is no removal (beside a create,
    assemble makes the field optional, with the same pattern)."""
    return draft.intent is Intent.REMOVE_FIELDS and bool(SOME_OF_THEM.match(cleaned.text.lower()))


# Words before a name that point at a thing already there: determiners that pick out one known
# thing ("the Vessel", "each Donation") and the words a change is addressed with ("on", "to",
# "for", "want X to have"); closed class.
_EXISTING_BEFORE = frozenset("the each every on to for want".split())
# What may follow a name that introduces it: a list or a definition ("Kiln: …", "Kiln(…)")
_INTRODUCED_AFTER = frozenset(":({[-—|=")


def _named_as_existing(draft: Draft, cleaned: Cleaned) -> bool:
    """A create of one thing the request calls by its name as a thing that is there: written
    with a capital mid-sentence after "the", "each", "on", "to", "for" or "want" ("for the
    Vessel we need also …", "I want each Donation to record …") and never introduced. English
    brings a new kind in with "a", "new" or a plural ("vessels"), or heads a list with it; a
    known thing is named. "A service around the Invoice entity" is the README's create; a
    possessive ("each Consignment's weight") names its fields and says neither."""
    if draft.intent not in (None, Intent.CREATE_ENTITY) or len(draft.entities) != 1:
        return False
    name = draft.entities[0].name
    if not _named(name, cleaned):
        return False
    text = cleaned.text.lower()
    pattern = r"\s*".join(re.escape(w) for w in _words(name))
    spots = list(re.finditer(rf"\b{pattern}\b(?!')", text))
    if not spots:
        return False
    for spot in spots:
        before = _WORD.findall(text[: spot.start()])[-2:]
        after = text[spot.end() :].lstrip()[:1]
        if not before or before[-1] not in _EXISTING_BEFORE or after in _INTRODUCED_AFTER:
            return False
        if before[0] == "around":
            return False
    return True


def _lost_timestamp(draft: Draft, tokens: list[str]) -> bool:
    """ "sign-in time and sign-out time (both timestamps; …)" read with no datetime field: the
    request names the type, so a reading where no field has it lost what the note said."""
    if draft.intent not in (None, Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
        return False
    said = sum(t in _MOMENT_TYPES for t in tokens)
    # ("All timestamps in UTC" is a rule kept about every moment, no field's type)
    kept = sum(
        t in _MOMENT_TYPES
        for text in dict.fromkeys([*draft.rules, *draft.aside_texts])
        for t in _WORD.findall(text.lower())
    )
    if said <= kept:
        return False
    return not any(a.type is AttrType.DATETIME for e in draft.entities for a in e.attributes)


def _link_beside_list(draft: Draft) -> bool:
    """A link read while a list of values beside it went unread ("… asked about exercise
    plans - a title, a start date and the number of weeks. Each plan is for one patient."):
    the list is the thing the link belongs to, made or added to, and the link alone is not
    the request."""
    return draft.intent is Intent.ADD_RELATIONSHIP and any(
        _holds_list(text) and any(singular(w) in _VALUE_WORDS for w in _WORD.findall(text.lower()))
        for text in draft.unread_texts
    )


def _holds_list(text: str) -> bool:
    """An unread sentence with a list in it is usually the request itself, not talk."""
    return bool(_LIST.search(text.lower()))


def _verb_word(name: str, tokens: list[str]) -> bool:
    """ "I'd like to store, for each apartment, …" → Store: the verb became the entity. A
    gerund before the head is a modifier ("BuildingPermit", "TrainingSession"), and a word
    the request uses as a noun is no verb there (`_said_as_noun`)."""
    words = _words(name)
    return any(
        _VERB.fullmatch(w)
        and not (w.endswith("ing") and i < len(words) - 1)
        and not _said_as_noun(w, tokens)
        for i, w in enumerate(words)
    )


def _said_as_noun(word: str, tokens: list[str]) -> bool:
    """Somewhere the request puts `word` where no verb of its form goes: right after a
    preposition (a verb there takes -ing: "for supporting", so "for support tickets" is a
    noun phrase), right after a determiner or a possessive ("log my runs", "the print jobs":
    English puts those before a noun phrase, never before a verb), or in a plural of its own
    that heads a list ("leaves: …", "runs (…)"). "to store, for each …" and "Store: …" are
    neither. The plural is the word's own ("leaves" of Leave, which `singular` takes for
    "leaf")."""
    for i, token in enumerate(tokens):
        if singular(token) != word and token != plural(word):
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _PREPOSITIONS or before in _NOUN_OPENERS:
            return True
        if token != word and after in (":", "("):
            return True
    return False


_PREPOSITIONS = frozenset("for of about on in with from at by per into".split())
_NOUN_OPENERS = frozenset(
    "the a an my our your their his her its each every this these those".split()
)


def _adjective_modifier(name: str) -> int:
    """ "a proper shifts thing" → ProperShift: an adjective that describes the request."""
    words = _words(name)[:-1]
    return sum(is_noun(w) is False and is_modifier(w) is True for w in words)


def _new_lost(entity: EntitySpec, text: str, intent: Intent | None) -> bool:
    """ "old meter serial, new meter serial" read as old_meter_serial and meter_serial: the
    "new" that tells the two apart was taken for a filler word. In a create every field is
    new, so "new" said right before a field's words is a word of its name ("with new hire
    email" read as hire_email); in an addition it may say the field is new ("add a new
    email")."""
    names = {a.name for a in entity.attributes}
    if any(n.removeprefix("old_") in names for n in names if n.startswith("old_")):
        return True
    # (the substring test first: a pattern per name would be compiled for most requests)
    return (
        intent is Intent.CREATE_ENTITY
        and "new" in text
        and any(
            # (a name written as plain words must be in the text: no pattern is built for it)
            (not _as_written(said := " ".join(name.split("_"))) or said in text)
            and re.search(rf"\bnew\s+{said}\b", text) is not None
            for name in names
            if not name.startswith("new_")
        )
    )


# Adjectives of a thing's past that start a name ("old_barcode", "former_surname")
_FORMER = frozenset("old former previous original legacy".split())


# Where a trip, a transfer or a move starts or ends ("from address", "to room"), and when a
# period does ("from date", "to date": the two ends of a suspension, a hire, a leave)
_LEG_END_WORDS = frozenset(
    """address station port depot postcode site stop point warehouse branch room gate terminal
    airport berth city country location date time day month year""".split()
)

# The auxiliaries a yes/no question opens on ("would recommend?", "did not attend?"); not "can",
# a noun too: "can_count", "can_label" are a tin's
_QUESTION_OPENERS = frozenset("could will would shall should may might must does did do".split())

# Where or when a thing was found, born or received: a place or a time named by its participle
_WH_PLACE_TIME = frozenset({"where", "when"})


def _question_flag(attribute: Attribute) -> bool:
    """ "can_swim", "would_recommend", "did_not_attend", "may_contain_warning": a yes/no field
    is named by the question it answers, and a question opens on its auxiliary. A clause run
    into the name has a pronoun, an article or another glue word after it ("can_you_add_…",
    "should_be_optional"), so it stays odd."""
    words = attribute.name.split("_")
    return (
        attribute.type is AttrType.BOOL
        and len(words) >= 2
        # (mea59) "can_drive", "can_swim" typed yes/no: the tin's "can_count", "can_label" are
        # never typed so (fields.py `_can_is_a_thing`), so "can" opens a question here too
        and (words[0] in _QUESTION_OPENERS or words[0] == "can")
        and all(w == "not" or w not in FUNCTION_WORDS for w in words[1:])
    )


def _odd_start(name: str) -> bool:
    """ "see_the_holder_name", "could_the_renewal_date", "how_heavy": a field name that
    starts like a sentence."""
    if rx(r"field_\d+(?!\d|st_|nd_|rd_|th_)").match(name):
        # "a 3-letter code" read as field_3_letter_code: a name made safe, not one said
        # ("2nd phone" is said: field_2nd_phone)
        return True
    words = _words(name)
    first = words[0] if words else ""
    if first == "of" and len(words) > 1:
        return True  # "of_kind" from "one of a kind": no noun phrase opens on "of"
    if words in _PRIORITY_NAMES:
        return False  # (mb63) "must_have", "should_have": a priority said as a noun, no clause
    if first in FIELD_MODIFIERS or first in _NAME_GLUE_OK or len(words) < 2:
        return False  # one word (or none: a name of digits and marks) opens no sentence
    second = words[1]
    if first in IRREGULAR_PARTICIPLES:
        return False  # a participle before a noun or a time is a name ("given_on")
    if first in _FORMER and second not in FUNCTION_WORDS:
        return False  # "old_barcode", "former_surname": what a thing was, said of a noun
    if first == "new" and second not in FUNCTION_WORDS:
        return False  # "new_level", "new_end_date": what it becomes, said beside what it was
    if first == "own" and second not in FUNCTION_WORDS:
        return False  # "own_goal", "own_transport": a kind of the thing (ly62), no sentence
    if len(words) == 2 and second in IRREGULAR_PARTICIPLES and is_noun(first):
        return False  # "setup_done", "work_done": the thing, then what happened to it
    if first == "from" and len(words) == 2 and second in _LEG_END_WORDS:
        return False  # "from_address", "from_date": where a trip or a period starts, a name
    if first == "right" and (
        second not in FUNCTION_WORDS
        or (
            second == "to"
            and len(words) > 2
            and (words[2] not in FUNCTION_WORDS or _stop_noun(words[2]))
        )
    ):
        return False  # "right_sphere" beside "left_sphere"; "right_to_work_checked": a noun
    if first in _WH_PLACE_TIME and len(words) == 2 and _participle(second):
        return False  # "where_found", "when_received": the place or time it names
    if (
        first in FUNCTION_WORDS
        and singular(first) != first
        and _stop_noun(singular(first))
        and (_participle(second) or second.endswith("ed") or second == "since")
    ):
        # (new59) "times_used", "days_since_service": a stop noun's plural before what was
        # done or "since" names a count, as "year_made" names a year (the plural is no noun
        # the stop list's noun test knows, so it read as a sentence's start)
        return False
    if first in FUNCTION_WORDS:
        # a noun that the stop list holds ("year_of_publication", "year_made") starts a noun
        # phrase; a modal or a pronoun ("could_the_…", "i_want_…") starts a sentence
        # ("week_start_date", "day_start_time": a stop noun before another is a compound; an
        # ordinal after one opens a clause: "year_first_awarded")
        return not _stop_noun(first) or (
            second in FUNCTION_WORDS
            and second not in _NAME_GLUE_OK | IRREGULAR_PARTICIPLES
            and (not _stop_noun(second) or second in _ORDINALS)
        )
    if not _VERB.fullmatch(first):
        return False
    # a verb followed by a noun is a compound ("store_code", "find_number", "build_year"),
    # and one followed by its particle is a phrasal noun or a time ("follow_up_date",
    # "drop_off_address", "read_at"); followed by any other function word it is a clause
    # ("see_the_holder_name"). A gerund before one noun is a compound ("tracking_number",
    # "mailing_address"); before a longer run it is a sentence's verb run into a list.
    if first.endswith("ing"):
        return len(words) > 2 or second in FUNCTION_WORDS
    return second in FUNCTION_WORDS and second not in _PARTICLES and not _stop_noun(second)


_ORDINALS = frozenset("first second third last next previous final".split())
# (mb63) "a must-have", "a must see": a modal and its verb said as the name of a priority
_PRIORITY_NAMES = [
    [m, v] for m in ("must", "should", "could") for v in ("have", "see", "read", "do", "visit")
]


def _participle(word: str) -> bool:
    """ "found", "received", "born": a verb's past participle, irregular or in -ed."""
    return word in IRREGULAR_PARTICIPLES or (word.endswith("ed") and _gerund(word))


def _stop_noun(word: str) -> bool:
    """A noun the stop list holds ("year", "time"), not a modal or a pronoun."""
    return len(word) >= 3 and word not in _MODALS and bool(is_noun(word))


# Particles that make a verb a noun or a time in a field name ("check_in", "drop_off", "read_at").
_PARTICLES = frozenset("at on in up off out by".split())


_MODALS = frozenset("can could will would shall should may might must does did".split())


def _names_only(text: str) -> bool:
    """A dropped item of three or more words with no glue word is a run of field names the
    list did not split ("name address capacity latitude")."""
    words = _WORD.findall(text.lower())
    return len(words) >= 3 and not any(w in FUNCTION_WORDS for w in words)


# Evidence that a name or a field is not what the request meant (see `features_of`).
_DOUBTS = (
    "entity_not_noun", "verb_entity", "field_word_entity", "odd_field_start", "inner_plural",
    "shared_fields", "adjective_modifier", "run_on_field", "frame_field", "number_entity",
    "type_word_field", "noun_after", "create_change_words", "change_vanished",
    "unread_relation", "thin_extra_entity", "glue_in_name", "str_number_word", "long_entity",
    "value_list_field", "determiner_in_name", "meta_word_name", "count_shape_text",
    "lost_identifier", "field_repeats_entity", "lost_addition", "capitalised_field",
    "unread_declaration", "optional_unread", "frame_plural_after", "misspelt_name",
    "unpunctuated_run_on", "command_in_name", "dotted_create", "of_phrase_name",
    "link_beside_list", "bare_plural_added", "lone_thing_removed", "lost_timestamp",
    "named_as_existing", "lost_link", "any_frame", "at_inside_text", "typed_rule",
)  # fmt: skip

# A field's type said in brackets after it ("found on (date)", "paid (yes/no)")
_TYPED = re.compile(
    r"\((?:date|time|datetime|timestamp|number|numeric|integer|int|whole number|text|string"
    r"|yes/no|y/n|bool|boolean|decimal|float|money|currency)\)",
    re.I,
)

# Words that may go without a trace: glue, frames, verbs of asking, types, technology.
_GLUE = (
    FUNCTION_WORDS | FILLER | FRAME_NOUNS | TECH_WORDS | CONSTRAINT_WORDS | INTERJECTIONS
    | SIZE_WORDS | NOT_A_FIELD | UNIT_WORDS | PRONOUNS
    | frozenset(w for phrase in TYPE_WORDS for w in phrase.split())
    | frozenset(
        """entity entities field fields attribute attributes column columns requirements
        requirement optional required nullable mandatory blank empty known anymore instead
        longer belongs belong belonging exactly single relationship relationships related
        renamed rename don doesn isn aren won rid plus needed acceptance criteria
        compulsory filled comes""".split()
    )
)  # fmt: skip
# The work done on a thing, heading its change ("Supplier cleanup: …", "Kiln tweaks: …"): may
# go without a trace, but is no glue inside a name ("BeachCleanup")
_WORK_WORDS = frozenset("cleanup cleanups clean tidy tweak tweaks fixes edits".split()) | {
    "switch", "swap"  # (md64) "Switch largest diameter on X to a decimal": the change said
}  # fmt: skip


def _vanished(draft: Draft, cleaned: Cleaned) -> set[str]:
    """Content words of the request found nowhere in the result: not in a name, a target, an
    old name, a business rule or a note. "delete fax number from the patient entity" read as
    removing Patient loses "fax" and "number" without a word."""
    kept = _name_words(draft)
    for text in [*draft.rules, *(d.text for d in draft.dropped)]:
        kept.update(_WORD.findall(text.lower()))
    # a held word's own plural is held too ("leaves" of Leave: `singular` reads it as "leaf")
    kept |= {singular(w) for w in kept}
    kept |= {plural(w) for w in kept}
    lost = {
        w
        for w in _WORD.findall(cleaned.text.lower())
        if len(w) > 2
        and w not in _GLUE
        and w not in _WORK_WORDS
        and w not in UNIT_PARTS
        and not _VERB.fullmatch(w)
        and singular(w) not in kept
        and w not in kept
    }
    if lost & _FRAMES_AFTER_NAME:
        lost -= _frames_after_name(draft, cleaned.text.lower())
    return lost


# (new59) Words a thing is listed on, said right after its name ("a cottage bookings page", "a
# design request form", "a glove stock sheet": entities.py `_strip_frames`): the frame of the
# thing read, no word lost
_FRAMES_AFTER_NAME = frozenset("page form sheet stock".split())


def _frames_after_name(draft: Draft, text: str) -> set[str]:
    """The frame words of `_FRAMES_AFTER_NAME` said right after an entity's last word."""
    heads = {_words(e.name)[-1] for e in draft.entities if _words(e.name)}
    heads |= {plural(h) for h in heads}
    out: set[str] = set()
    for head in heads:
        for m in re.finditer(
            rf"\b{re.escape(head)}\s+(stock\s+(?:sheet|list|take)|page|form)\b", text
        ):
            out.update(m[1].split())
    return out


def _names_two(text: str, draft: Draft) -> bool:
    """An unread sentence or an aside naming two entities of the result ("Trucks and
    warehouses are linked", "Each talk belongs to one conference") is a relationship nobody
    read."""
    words = [singular(w) for w in _WORD.findall(text.lower())]
    heads = {singular(_words(e.name)[-1]) for e in draft.entities if _words(e.name)}
    hits = [i for i, w in enumerate(words) if w in heads]
    if len({words[i] for i in hits}) < 2:
        return False
    if all(i + 1 < len(words) and words[i + 1] in ("with", "having") for i in hits):
        # "…: courses with a title and a price, and teachers with a name": each thing is
        # given its fields, so the sentence declares them (read), it relates nothing
        return False
    name_words = {singular(w) for e in draft.entities for w in _words(e.name)}
    return not _lists_entities(words, hits, name_words)


# Words that relate what they stand between: a sentence naming entities with one of these
# ("Trucks and warehouses are linked", "link X and Y") states a relationship.
_LINK_WORDS = frozenset(
    """link linked links relate related relates connect connected connects join joined
    between belong belongs many one each every per several multiple is are be have has
    can may must should will""".split()
)


def _lists_entities(words: list[str], hits: list[int], name_words: set[str]) -> bool:
    """ "The allotment society wants plot holders and sheds": the entities are one list (only
    "and", "or" or articles between them), the object of the sentence (no verb after it) and
    no word relates them; a sentence that announces what the request goes on to declare."""
    glue = {"and", "or", "the", "a", "an", "also", "plus", "then"}
    between = words[hits[0] + 1 : hits[-1]]
    if any(w not in glue and w not in name_words for w in between):
        return False
    return not _LINK_WORDS.intersection(words[: hits[0]] + words[hits[-1] + 1 :])


def _thin_extras(draft: Draft, cleaned: Cleaned) -> int:
    """Beside an entity with fields, one with at most one field, that nothing links to, was
    not named together with others and nobody wrote as a name: a word of the talk read as a
    thing ("As an assistant at a small record label" → Assistant with label, "so that we know
    who still needs a home" → Know)."""
    widest = max((len(e.attributes) for e in draft.entities), default=0)
    if len(draft.entities) < 2 or widest < 2:
        return 0  # one field for several entities said together ("both X and Y need F")
    targets = {r.target for e in draft.entities for r in e.relationships}
    return sum(
        len(e.attributes) <= 1
        and not e.relationships
        and e.name not in targets
        and e.name not in draft.joint
        and not all(w in cleaned.capitalised for w in _words(e.name))
        for e in draft.entities
    )


def _written_whole(name: str, cleaned: Cleaned) -> bool:
    """ "ServiceRequest", "ContactList" written as one PascalCase token (`text.clean` keeps
    "Service-Request" or splits it to "Service Request") or in Title Case: the person named
    it, frame or verb words and all. "check-ins" in lower case is no such name."""
    words = _words(name)
    if len(words) < 2:
        return False
    capitals = [w.capitalize() for w in words]
    if not all(c in cleaned.text for c in capitals):
        return False  # (no pattern compiled for a name the text cannot hold)
    title = r"[- ]".join(capitals)
    return re.search(rf"\b{title}\b", cleaned.text) is not None


def _one_token(name: str, cleaned: Cleaned) -> bool:
    """ "ControlledDrugRegister" written as one PascalCase token (`text.clean` keeps it as
    "Controlled-Drug-Register"): where its words start and end, and that an adjective or a
    third word is part of it, the person said; "Controlled Drug Register" is not as sure."""
    words = _words(name)
    token = "-".join(w.capitalize() for w in words)
    return (
        len(words) > 1
        and token in cleaned.text
        and re.search(rf"\b{token}\b", cleaned.text) is not None
    )


def _kind_said(name: str, cleaned: Cleaned) -> bool:
    """ "grant applications", "egg collections", "storage units": a kind of thing the person
    said in the plural, word for word, whose only glue is a word of frames or technology (a
    thing can be an application or a collection); a word of talk ("shipments instead of",
    "proper shifts") is still glue."""
    words = _words(name)
    if len(words) < 2 or any(
        w in _GLUE and w not in FRAME_NOUNS and w not in TECH_WORDS for w in words
    ):
        return False
    if _said_as_kind(name, cleaned):
        return True
    # "a software licence registry", "need a SOFTWARE LICENCE tracker": the kind said whole
    # before the frame that keeps it; "each field visit is …", "every log entry has …": the
    # kind counted one by one; "Storage lot entity": the kind the person marks as the entity
    text = cleaned.text.lower()
    said = " ".join(words)
    return (
        re.search(rf"\b{said}\s+(?:{_FRAME_ALTERNATIVES})\b", text) is not None
        or re.search(rf"\b(?:each|every)\s+{said}\b", text) is not None
        or re.search(rf"\b{said}\s+(?:entity|entities|table)\b", text) is not None
    )


_FRAME_ALTERNATIVES = "|".join(sorted(FRAME_NOUNS))


# Heads of a value said as "<head> of <noun>": "date of birth", "place of issue"
_OF_VALUE_HEADS = frozenset("place proof country cause certificate mode method".split())
# What the noun after "of" names when the phrase is one value ("date of birth", "date of
# purchase", "time of arrival"), not a thing kept ("the phone number of member")
_OF_VALUE_SENSES = frozenset("noun.time noun.act noun.event noun.process noun.state".split())
_OF_HEADS = _VALUE_WORDS | _OF_VALUE_HEADS


_SAID_A_COUNT = re.compile(
    r"\b(?:number|numbers|how many|count|counts|total|int|integer|whole number|numeric|amount)\b",
    re.I,
)


def _bare_plural_added(draft: Draft, text: str) -> bool:
    """ "We run a small hotel and want to add rooms": one bare plural added, read as a count of
    them, with nothing said of counting; it may as well be records of their own (Room). "Add a
    number of rooms to Hotel" or "rooms (integer)" says which."""
    if draft.intent is not Intent.ADD_FIELDS:
        return False
    attrs = [a for e in draft.entities for a in e.attributes]
    if len(attrs) != 1 or attrs[0].type is not AttrType.INT or "_" in attrs[0].name:
        return False
    name = attrs[0].name
    return singular(name) != name and not _SAID_A_COUNT.search(text)


_MARKS_A_TABLE = frozenset("entity entities table tables model models records".split())


def _lone_thing_removed(draft: Draft, tokens: list[str], cleaned: Cleaned) -> bool:
    """ "We don't use the pager anymore": one thing said in the singular, in lower case and
    never marked as a table, is as likely a field of some record (a person's pager) as records
    of their own; removing a whole entity on that guess loses a table of data. A plural ("we
    don't need suppliers anymore"), a capital ("Pager") or "the pager entity" says which."""
    if draft.intent is not Intent.REMOVE_ENTITY or len(draft.entities) != 1:
        return False
    words = _words(draft.entities[0].name)
    if len(words) != 1 or words[0] in cleaned.capitalised or _MARKS_A_TABLE.intersection(tokens):
        return False
    word = words[0]
    said = [t for t in tokens if singular(t) == word]
    return bool(said) and all(t == word for t in said)


def _of_phrase_names(draft: Draft, tokens: list[str], cleaned: Cleaned) -> int:
    """Entities named by the end of a value's "X of Y" phrase wherever the request says them:
    "make the driver's date of birth optional" read as Birth. The phrase names one value (Y
    is an event or a time, not a thing kept); "the nickname of member", "the email of Guest"
    name the thing, and a name said elsewhere on its own is no doubt. On the 7,476 recorded
    first reads it fires on 3 accepted readings, all wrong, and no right one; its weight is set
    as the other young doubts' are until a fit has seen more. An entity said only as the start
    of an "X of Y" phrase before a frame noun ("a back of house rota") is the same misread."""
    if "of" not in tokens:
        return 0
    count = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if len(words) != 1 or words[0] in cleaned.capitalised:
            continue
        word = singular(words[0])
        spots = [i for i, t in enumerate(tokens) if singular(t) == word]
        count += (
            bool(spots)
            and all(i >= 2 and tokens[i - 1] == "of" and tokens[i - 2] in _OF_HEADS for i in spots)
            and first_sense(word) in _OF_VALUE_SENSES
        ) or (bool(spots) and all(_heads_of_modifier(tokens, i) for i in spots))
    return count


def _heads_of_modifier(tokens: list[str], i: int) -> bool:
    """ "a back of house rota for porters": the word opens an "X of Y" phrase that, whole,
    qualifies the frame noun after it, so the frame is about something else, not about X."""
    if i + 3 >= len(tokens) or tokens[i + 1] != "of" or tokens[i + 2] in FUNCTION_WORDS:
        return False
    return singular(tokens[i + 3]) in FRAME_NOUNS


def _value_list_field(name: str) -> bool:
    """ "phone_numbers", "emails": the plural of a value ("a member can have phone numbers")
    is a list a field cannot hold, and a relationship to an entity nobody named; the reading
    is doubted. Names plural in their own right ("notes", "tags") are fields as said, and so
    is a yes/no about having them ("has_stones", "has_showers": one value, whether)."""
    words = name.split("_")
    return (
        words[0] not in ("has", "have")
        and name not in PLURAL_FIELDS
        and words[-1] not in PLURAL_FIELDS
        and value_list(" ".join(words))
    )


# Words kept out of names elsewhere that head a thing's name as its own noun: an eye test, a
# fan convention, a shirt blank (a garment before it is printed), a stock count
_GLUE_HEADS = frozenset(
    "test convention migration deployment upgrade blank count stay manager".split()
)  # ("LabManager": a role after a noun is a person, the thing)


def _glue_in(name: str) -> bool:
    """ "PropertyManagementMvp", "InstrumentBookingRequirement", "SingleCustomer": a word of
    the frame or of talk kept in a name ("EyeTest", "ShirtBlank": the head is the thing; a
    pair the dictionary lists as one noun, "TestDrive", is a thing's name)."""
    words = _words(name)
    if len(words) > 1 and words[-1] in _GLUE_HEADS:
        words = words[:-1]
    return len(words) > 1 and any(
        w in _GLUE
        and w not in FUNCTION_WORDS
        and w not in _PLACE_FRAMES
        and not names_a_kind(w, words[i + 1 : i + 2])
        and not (i and names_a_kind(words[i - 1], [w]))
        and not _compound_noun(words, i)
        and not _compound_noun(words, i + 1)
        for i, w in enumerate(words)
    )


# (mb63) a frame that is also a place things belong to: in a name it is that place ("library
# members" → LibraryMember), no frame kept by mistake
_PLACE_FRAMES = frozenset(("library", "libraries"))
_NUMBER_WORDS = INT_WORDS | FLOAT_WORDS | DECIMAL_WORDS


def _number_word(attribute: Attribute) -> bool:
    """A text field whose head is a word of quantity, said before a participle or a
    preposition ("year_built", "quantity_on_hand"): the type may be a number the rules did not
    see. A quantity word that qualifies another noun ("tax_rate", "age_group", "payment_terms")
    is no evidence: those are text as often as not."""
    if attribute.type is not AttrType.STR:
        return False
    words = attribute.name.split("_")
    if _bare_count_plural(words):
        return True
    return any(
        (w in _NUMBER_WORDS or singular(w) in _NUMBER_WORDS)
        and (after in FUNCTION_WORDS or after.endswith("ed") or after in IRREGULAR_PARTICIPLES)
        for w, after in itertools.pairwise(words)
    )


_TEXT_TYPES = r"(?:text|string|str|varchar|free text)"
# (mix59) "Could the parcels get a dimensions field? Just text is fine.": a type said to be fine
# in a sentence of its own types the field said just before it
TYPE_SAID_FINE = re.compile(
    r"(?i)(?:^|[.!?;]\s+|[,\u2013\u2014-]\s+)(?:oh,?\s+)?(?P<t>(?:just\s+|plain\s+|simple\s+)?"
    r"(?:an?\s+)?[a-z]+(?:\s[a-z]+)?)\s+(?:is|'s|would be|will be|should be)\s+"
    r"(?:(?:totally|perfectly|absolutely|just)\s+)?(?:fine|ok|okay|enough|good enough)"
    r"\s*[.!]?\s*$"
)


def _typed_as_text(name: str, request: str) -> bool:
    """ "pieces (text)", "subjects: text", "gauge - string": the person typed the field as
    text, and an explicit annotation wins, so a plural or a quantity word in its name is no
    sign of a count the rules missed. (mix59) "a dimensions field (text)" and "… a dimensions
    field? Just text is fine." type it as well."""
    words = r"[\s_-]+".join(re.escape(w) for w in name.split("_"))
    typed = (
        rf"\b{words}(?:\s+(?:field|column))?\s*(?:\(\s*|:\s*|[-–—]\s+|\s+as\s+)"
        rf"(?:an?\s+)?{_TEXT_TYPES}\b"
    )
    if re.search(typed, request, re.I) is not None:
        return True
    fine = TYPE_SAID_FINE.search(request)
    if fine is None or not re.search(rf"\b{_TEXT_TYPES}$", fine["t"], re.I):
        return False
    before = request[: fine.start() + 1].rstrip(" .!?;,-\u2013\u2014")
    return re.search(rf"\b{words}(?:\s+(?:field|column))?$", before, re.I) is not None


def _bare_count_plural(words: list[str]) -> bool:
    """ "servings", "floors", "bedrooms" as text: a field named by a bare plural holds one
    value per record, usually how many there are; text only for the plurals that are lists
    ("notes", "allergies", "tags")."""
    if len(words) != 1:
        return False
    word = words[0]
    return (
        singular(word) != word
        and not word.endswith("ss")
        and word not in PLURAL_FIELDS
        and singular(word) not in FIELD_HINTS  # "names", "emails", "addresses" are text
        and is_noun(word) is True
    )


def _name_words(draft: Draft) -> set[str]:
    """Every word of every name in the result: entity, field, target, old name."""
    kept: set[str] = set()
    for entity in draft.entities:
        kept.update(_words(entity.name))
        kept.update(_words(entity.renamed_from or ""))
        for attribute in entity.attributes:
            kept.update(attribute.name.split("_"))
            kept.update((attribute.renamed_from or "").split("_"))
        for relationship in entity.relationships:
            kept.update(_words(relationship.target))
    return kept


def _kept(draft: Draft) -> set[str]:
    """Every word of every name in the result, singular forms too."""
    kept = _name_words(draft)
    return kept | {singular(w) for w in kept}


def _content(word: str, kept: set[str]) -> bool:
    """A word that names something and is no part of the result."""
    return (
        len(word) > 2
        and word not in _GLUE
        and word not in _WORK_WORDS
        and not _VERB.fullmatch(word)
        and word not in kept
        and singular(word) not in kept
        and bool(is_noun(word))
    )


def _unread_evidence(draft: Draft, kept: set[str]) -> dict[str, float]:
    """Nouns in sentences no reader understood that the result does not hold. Talk around a
    request has them too ("I manage the back office for three stores"), so they count little.
    A sentence that shares no word with the result and names values ("Also the fax number,
    the emergency contact and blood type are needed") is a part of the request that was lost;
    one that shares words with it (a user story's "As a teacher I want each assignment to have
    a title …, so that …") was read, only its tail was not."""
    nouns: set[str] = set()
    lost: set[str] = set()
    for text in dict.fromkeys(draft.unread_texts):
        words = _WORD.findall(text.lower())
        found = {w for w in words if _content(w, kept)}
        nouns |= found
        if not any(w in kept or singular(w) in kept for w in words if w not in _GLUE):
            lost |= {w for w in found if singular(w) in _VALUE_WORDS}
    return {
        "unread_nouns": float(bool(nouns)),
        "unread_field_words": float(len(lost)),
    }


# Words that say the thing already exists: a create read from them may be an addition.
_CHANGE_WORDS = re.compile(
    r"\b(?:add\s+(?:\w+\s+)?to|existing|already|update[sd]?|change\s+request|becomes?|"
    r"migrations?|rename[sd]?|remove[sd]?|delete[sd]?|modify|extend)\b"
)
# Words that join two fields ("birth date n weight") or say a sentence ran into a name
# ("ticket has a barcode").
_JOINERS = frozenset("n and or plus nd has have having with".split())
_NUMBER_NAMES = [[w] for w in "two three four five six seven eight several multiple many".split()]
_TYPE_NAMES = frozenset(
    "str string int integer float double decimal bool boolean varchar datetime".split()
)


# A change aimed at the whole system is how a new entity is asked for ("Add gardeners to the
# greenhouse service", "Extend the shop app with reviews"): not words of change to an entity.
_SYSTEM_CHANGE = re.compile(
    r"\b(?:add\s+(?:[\w-]+\s+){1,3}to|extend)\s+(?:the\s+|our\s+|my\s+|this\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(SYSTEM_WORDS))})\b"
)


def _said_as_change(draft: Draft, text: str) -> bool:
    """Change words outside the business rules ("Add to the Dish entity: …"); a rule such as
    "Existing data must survive upgrades" is said of every project and says nothing, and
    neither does a change to the whole system ("Add gardeners to the greenhouse service")."""
    # the longest first: a title kept as a rule ("Quotes") may be a word of a longer rule
    # ("Existing quotes must be kept"), which cut first would no longer be found whole (ma63)
    for rule in sorted(draft.rules, key=len, reverse=True):
        text = text.replace(rule.lower(), " ")
    named = {w for e in draft.entities for w in _words(e.name)}
    named |= {w for e in draft.entities for a in e.attributes for w in a.name.split("_")}
    return any(
        not (m[0] in _CHANGE_NOUNS and (m[0] in named or singular(m[0]) in named))
        for m in _CHANGE_WORDS.finditer(_SYSTEM_CHANGE.sub(" ", text))
    )


# Change words that are also nouns or participles naming a record or a time ("incident
# updates", "updated at", "data migrations"): said as a word of a name read, they change nothing
_CHANGE_NOUNS = frozenset("update updates updated migration migrations".split())


# Marks that split a list; a request with none of them ("kids with first name last name
# birthday allergies and parent phone", as dictated) leaves the splits to the reader's guess
_LIST_MARKS = re.compile(r"[,;:()+|\n]")
# Words that usually end a field's name, or stand alone as one ("name", "species"): inside a
# name read from an unpunctuated list they are where a split was missed
_LONE_FIELDS = frozenset(
    "name birthday date number code species allergies status price email".split()
)


# Sums that are a field alone, and the words a date's or a name's field ends on: a name read
# from an unpunctuated list that opens on the one and ends on the other is two run together
_MONEY_ALONE = frozenset("total amount price cost fee".split())
_DATE_OR_NAME_ENDS = frozenset("date name email".split())


# "Child.room optional", "Loom.width: int": a field of a thing that exists, written as code
# (not a web address, "Fly.io")
_DOTTED = re.compile(r"\b[A-Z][A-Za-z]*\.(?!(?:io|com|net|org|app|dev|ai|co|uk)\b)[a-z_]+\b")
# Verbs a person gives the tool, never a word of what is kept
_COMMANDS = frozenset("add remove delete rename create".split())


def _command_in(name: str) -> bool:
    """ "TourAdd" from "Tour add: …", "add_price" from "surf lessons add price and …": a verb
    said to the tool read into a name, so the change was read as a create (an "add-on" is a
    thing: "add_on_price")."""
    words = _words(name)
    return any(
        w in _COMMANDS and words[i + 1 : i + 2] not in (["on"], ["ons"])
        for i, w in enumerate(words)
    )


def _article_before(name: str, text: str) -> bool:
    """ "add a price band and a colour": an article opens each item, so the person split the
    list where it shows ("a price band" is one field)."""
    # (new59) words written with a hyphen between them are the same words ("a touch-up due
    # date", "a follow-up call date")
    words = r"[\s-]+".join(map(re.escape, name.split("_")))
    return bool(re.search(rf"\b(?:an?|the|their|its)\s+{words}\b", text))


def _unpunctuated_run_on(name: str) -> bool:
    """ "birthday_allergies", "registration_number_seats", "code_type": in a list without
    commas, a name holding a word that usually ends one ("number") or is a field alone
    ("birthday") before its last word is two fields run together. "email_address" and
    "number_plate" are names of their own; a safe name's "_value" is no word of it."""
    words = name.split("_")
    if words[-1] == "value":
        words = words[:-1]
    if len(words) < 2 or words[-1] in ("address", "addresses", "plate", "plates"):
        return False
    if _HELD_TOGETHER.intersection(words) or {"is", "has"} & set(words):
        return False
    if len(words) >= 3 and words[0] in _MONEY_ALONE and words[-1] in _DATE_OR_NAME_ENDS:
        # "customer name total expiry date": a sum said alone ("total"), then a date or a name
        # of its own, is two fields run together ("price per pint" is held by "per")
        return True
    if len(words) >= _LONG_RUN_NAME:
        return True  # "grape_variety_planting_year": no one names a field in four bare words
    if len(words) >= 3 and words[-1] in RUN_HEADS and words[-1] not in RUN_JOINS:
        # "voice_part_phone": a name of its own in WordNet ("voice part"), then a field's own
        # word, is two fields run together as likely as one ("patch test date" is asked too)
        return in_wordnet("_".join(words[:-1])) is True
    if len(words) == 2 and (words[1].endswith("ed") or words[1] in IRREGULAR_PARTICIPLES):
        return False  # "date_joined", "date_set": the value, then what happened to it
    return any(w in _LONE_FIELDS for w in words[:-1])


def _run_on(name: str) -> bool:
    """ "phone_and_email": a joiner inside a name; "vintage_year_grape_region": a word that
    ends a field's name ("year", "date") inside one, with no "of" or "per" to hold them
    together: two fields said without a comma between them."""
    words = name.split("_")
    if len(words) < 3 or _one_verb_pair(words):
        return False
    inner = words[1:-1] if words[-1] != "value" else words[1:-2]
    # a name may start on such a word ("year_group_name", "name_tag_colour"): only inside it
    return any(w in _JOINERS for w in inner) or (
        not _HELD_TOGETHER.intersection(words) and any(w in _FIELD_ENDS for w in inner)
    )


def _holds_another(entity: EntitySpec) -> int:
    """ "beers need a name style abv …" beside "abv is a number": a name of three words or
    more that opens on a word ending a field's name ("name", "code") and ends on another
    field of the same thing ("name_style_abv" beside "abv") is fields said without a comma
    between them; the one word was read twice."""
    names = {a.name for a in entity.attributes}
    count = 0
    for a in entity.attributes:
        words = a.name.split("_")
        if (
            len(words) >= 3
            and words[-1] in names
            and any(w in RUN_HEADS for w in words[:-2])
            and not _HELD_TOGETHER.intersection(words)
        ):
            count += 1
    return count


def _one_verb_pair(words: list[str]) -> bool:
    """ "meet_and_greet", "click_and_collect": two verbs read as one name (see verb_pair)."""
    return len(words) == 3 and words[1] == "and" and verb_pair(words[0], words[2])


# Words a field's name usually ends on ("time" is left out: "first_time_buyer"), and the glue
# that lets one stand inside a name
_FIELD_ENDS = frozenset("year date name email address count".split())
# Words in a name read from a list with no marks at which it is more likely two run together
# than one field ("grape variety planting year"); a name held by "of"/"per" is not counted
_LONG_RUN_NAME = 4
# (lz63) "price_excluding_vat", "weight_without_packaging": what a value counts in or leaves out
# holds the name together as "of" does (no field starts on "excluding"); (ma63) "since" too:
# "miles since last service" is one name, counted from then
_HELD_TOGETHER = frozenset(
    "of per for in at on to by from since excluding including without excl incl".split()
)


_FRAME_FIELD_WORDS = frozenset("entity entities tables".split())
_FRAME_FIELD_LAST = frozenset("table".split())


def _frame_field(name: str) -> bool:
    """ "also a Councillor entity" → councillor_entity, "the member table" → member_table: an
    entity read as a field. The word alone ("make, model, year" → model_value) is a field the
    person listed, and so are "model name", "printer model", "table number": a thing's model
    is a value it has, and "table" before another word is a restaurant's."""
    words = name.split("_")
    if words[-1] == "value" and len(words) > 1:
        words = words[:-1]
    return len(words) > 1 and (
        any(w in _FRAME_FIELD_WORDS for w in words) or words[-1] in _FRAME_FIELD_LAST
    )


def _type_word(name: str) -> bool:
    """ "Shipment.weight: float -> decimal" → float_value: a type read as a field name."""
    words = name.split("_")
    if len(words) > 1 and words[-1] == "value":
        words = words[:-1]
    return all(w in _TYPE_NAMES for w in words)


def _neighbours(
    draft: Draft, tokens: list[str], phrase_tokens: list[str], kept: set[str]
) -> dict[str, float]:
    """A name cut in the wrong place: "for support tickets" read as Ticket leaves a modifier
    before it; "vinyl records" read as Vinyl leaves a noun after it; ChemicalAnalysis where
    the request also says "analyses" alone may hold a modifier that is no part of the name."""
    before = after = short = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if not words:
            continue
        n = len(words)
        spots = [
            i
            for i in range(len(tokens) - n + 1)
            if [singular(t) for t in tokens[i : i + n]] == [singular(w) for w in words]
        ]
        # the word before, inside a noun phrase ("for support tickets", "my vinyl records",
        # not "to track books")
        # (punctuation ends a phrase: "For the orchestra: Musician (…)"; a count is no
        # modifier: "about thirty hives")
        prev = [
            phrase_tokens[i - 1]
            for i in _spots(phrase_tokens, words)
            if i > 1
            and phrase_tokens[i - 2] in _PHRASE_START
            and phrase_tokens[i - 1] not in _COUNT_WORDS
        ]
        nxt = [
            tokens[i + n]
            for i in spots
            if i + n < len(tokens) and not _frame_said_after(tokens, i + n)
        ]
        # "The Christmas appeal has wound up, so the Appeal entity can go": a name the person
        # marks as the entity is cut where they cut it; the modifier said elsewhere is one
        # of the things (branch if14)
        marked = any(w in ("entity", "entities") for w in nxt)
        before += not marked and any(
            len(w) > 2 and w not in _GLUE and w not in kept and singular(w) not in kept
            for w in prev
        )
        after += any(_content(w, kept) or w in _SOFT_AFTER for w in nxt)
        if n > 1:
            head = singular(words[-1])
            alone = [
                i
                for i, t in enumerate(tokens)
                if singular(t) == head and (i == 0 or singular(tokens[i - 1]) != words[-2])
            ]
            short += bool(alone)
    return {"modifier_before": float(before), "noun_after": float(after),
            "short_form_too": float(short)}  # fmt: skip


# (prc62) Words, with the marks that end a phrase (a line break, a comma, a spaced dash) as
# tokens of their own: a modifier is looked for inside one phrase only.
_MODIFIER_TOKEN = re.compile(r"[a-z]+|[:;.!?()\[\]—,\n]|(?<= )-(?= )")
_PHRASE_ENDS = frozenset(": ; . ! ? ( ) [ ] — , - \n".split(" ")) | {"\n"}
# a word after these is a verb, not a modifier: "to register volunteers", "we book …"
_BEFORE_A_VERB = frozenset("to i we you they please can could will would should must".split())
# verbs of keeping that are also nouns ("log", "record", "hold"): the ask, not a modifier,
# unless an article or a preposition comes before them ("for recording sessions")
_KEEPING_VERBS = frozenset(
    """hold keep record log track store save capture register manage list book sell run start
    want""".split()
)


def _lost_modifiers(draft: Draft, cleaned: Cleaned, kept: set[str]) -> int:
    """(prc62) Entities whose word comes right after a noun the result does not hold, where
    the person introduces its fields ("for tuck shop items with …", "youth club members: …",
    "each …") or wherever it is said: the noun is part of the thing's name ("library members"
    → LibraryMember), cut off. Not a name written as one, not a heading line of a document
    ("Sports hall bookings" above "Bookings with …"), not the ask's verb ("track", "start
    recording") nor a plural ("the bees queens")."""
    if draft.intent not in (None, Intent.CREATE_ENTITY):
        return 0  # "pupils join clubs and clubs welcome pupils": a verb before a link's end
    tokens, headings = _phrase_lines(cleaned.text.lower())
    out = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if not words or _named(entity.name, cleaned):
            continue
        n = len(words)
        at_lists: list[bool] = []
        anywhere: list[bool] = []
        marked = False
        for i in _spots(tokens, words):
            nxt = tokens[i + n] if i + n < len(tokens) else "\n"
            if nxt in ("entity", "entities"):
                marked = True  # the person cut the name there ("the Appeal entity")
                break
            if any(a <= i < b for a, b in headings):
                continue
            cut = _cut_modifier(tokens, i, kept)
            if nxt in _LIST_OPENERS:
                at_lists.append(cut)
            if nxt in _PHRASE_ENDS or not (nxt in FRAME_NOUNS or _content(nxt, kept)):
                anywhere.append(cut)  # not where its word modifies the next ("X date")
        if marked:
            continue
        out += (bool(at_lists) and all(at_lists)) or (bool(anywhere) and all(anywhere))
    return out


# (ent64) The verbs a request asks with ("track wedding cakes", "for managing drones", "start
# taking bookings"): as a name's first word they are the ask read into the thing's name.
_ASK_WORDS = (
    "manage", "managing", "track", "tracking", "create", "creating", "keep", "keeping", "store",
    "storing", "record", "recording", "register", "registering", "take", "taking",
)  # fmt: skip
# the particle of a phrasal verb of asking ("sign up volunteers", "lend out tool kits")
_ASK_PARTICLES = frozenset(("up", "out"))
# where a bare verb starts the ask: "to track", "I need too track", "please record"
_VERB_OPENERS = frozenset("to too i we please pls can you just".split())
# where an -ing form of one is the ask: "a system for managing drones", "start taking bookings"
_ING_OPENERS = frozenset("for start starting begin keep stop about".split())
_NAME_DETERMINERS = frozenset(
    "a an the each every my our your their his her its this that these those".split()
)


def _asks_in_names(draft: Draft, cleaned: Cleaned) -> int:
    """(ent64) Entities of two words or more whose first word is a verb of asking, a slip of
    one ("managin", "mangaing") or a phrasal verb's particle ("UpVolunteer" from "sign up
    volunteers", "TrackWeddingCake"), said nowhere after an article or a possessive (where it
    is a noun: "the track sections"); a bare verb that is also a noun ("record labels", "store
    managers") only where a verb goes: opening a line or after "to", "I", "please", …; an -ing
    form only after those or "for"/"start" (heading a line it is a modifier: "Recording
    sessions: room, …", "Managing directors: …"). Not a name the person wrote capitalised."""
    tokens, _ = _phrase_lines(cleaned.text.lower())
    out = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if len(words) < 2 or _named(entity.name, cleaned) or not _ask_word(words[0]):
            continue
        before = [tokens[i - 1] if i else "\n" for i in _spots(tokens, words)]
        if not before or any(b in _NAME_DETERMINERS for b in before):
            continue
        if words[0] in _ASK_PARTICLES:
            out += 1
        elif _ing_form(words[0]):
            # a gerund heading a line is a modifier ("Recording sessions: room, …")
            out += all(b in _VERB_OPENERS or b in _ING_OPENERS for b in before)
        else:
            out += all(b in _PHRASE_ENDS or b in _VERB_OPENERS for b in before)
    return out


def _ing_form(word: str) -> bool:
    """ "managing", or a slip of it ("managin", "mangaing")."""
    if word.endswith("ing"):
        return True
    near = difflib.get_close_matches(word, _ASK_WORDS, n=1, cutoff=0.8)
    return bool(near) and near[0].endswith("ing")


def _ask_word(word: str) -> bool:
    """A verb of asking (`_ASK_WORDS`), its particle, or a slip of one that is no English word
    nor a form of one ("tutoring", "stored", "sourcing" are words: no slip)."""
    if word in _ASK_WORDS or word in _ASK_PARTICLES:
        return True
    bases = [word]
    for end in ("ing", "ed", "d", "s"):
        if word.endswith(end):
            stem = word[: -len(end)]
            bases += [stem, stem + "e", stem[:-1]]
    if any(len(b) > 2 and (is_noun(b) or is_verb(b)) for b in bases):
        return False
    return bool(difflib.get_close_matches(word, _ASK_WORDS, n=1, cutoff=0.8))


# (ent64) Things records are kept in, which no frame list holds because each is also a thing
# of its own ("paddle boards", "consent forms"): one of them, singular, before the fields is
# the container ("a visitor book for the front desk with …").
_HOLDERS = frozenset(
    "book board sheet form library notebook journal binder folder file chart".split()
)
_ONE_OF = frozenset("a an the my our this that".split())
_HOLDER_OPENS = frozenset("with for where of".split())


def _holders_in_names(draft: Draft, cleaned: Cleaned) -> int:
    """(ent64) Entities of two words or more whose last word is a record holder (`_HOLDERS`),
    said only in the singular and brought in as one ("a flight board system with …", "an
    appointment book with …", "a glaze library where each glaze …"): the holder kept in the
    name of the thing it holds. Not in the plural ("paddle boards: …"), not counted ("every
    consent form"), not before "record(s)" or "entry" that say what it is, not a name the
    person wrote capitalised."""
    tokens = _WORD.findall(cleaned.text.lower())
    out = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if len(words) < 2 or words[-1] not in _HOLDERS or _named(entity.name, cleaned):
            continue
        n = len(words)
        spots = _spots(tokens, words)
        if not spots or any(singular(tokens[i + n - 1]) != tokens[i + n - 1] for i in spots):
            continue
        out += any(
            i
            and tokens[i - 1] in _ONE_OF
            and i + n < len(tokens)
            and (
                tokens[i + n] in _HOLDER_OPENS
                or (tokens[i + n] in FRAME_NOUNS and tokens[i + n] not in _SOFT_AFTER)
            )
            for i in spots
        )
    return out


def _cut_modifier(tokens: list[str], i: int, kept: set[str]) -> bool:
    """The word before tokens[i] is a noun that modifies it and that no name holds."""
    word = tokens[i - 1] if i else ""
    before = tokens[i - 2] if i > 1 else ""
    if len(word) < 3 or word in _PHRASE_ENDS or word in kept or singular(word) in kept:
        return False
    if word in _GLUE or word in _WORK_WORDS or word in _COUNT_WORDS or before in _BEFORE_A_VERB:
        return False
    if word.endswith("ing") and before and before not in _OPENS_A_PHRASE:
        return False  # "a potter taking commissions": a participle's clause
    if _keeping_verb(word) and before not in _PHRASE_START:
        return False  # "Track main bursts", "start recording penalty notices"
    return singular(word) == word and bool(is_noun(word))


def _keeping_verb(word: str) -> bool:
    """A verb of asking or keeping, bare or with -s/-ing ("tracks", "logging")."""
    bases = {word}
    if word.endswith("ing"):
        bases |= {word[:-3], word[:-3] + "e", word[:-4]}
    if word.endswith("s"):
        bases.add(word[:-1])
    return any(_VERB.fullmatch(b) is not None or b in _KEEPING_VERBS for b in bases)


def _phrase_lines(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The text's tokens, line by line, each line closed by a line break; and the token ranges
    of its short lines that hold no list when it has several lines: a document's title names
    the frame ("Sports hall bookings"), its body the thing."""
    lines = text.split("\n")
    several = sum(bool(line.strip()) for line in lines) > 1
    tokens: list[str] = []
    headings: list[tuple[int, int]] = []
    for line in lines:
        at = len(tokens)
        tokens += _MODIFIER_TOKEN.findall(f" {line} ")
        tokens.append("\n")
        if several and not any(m in line for m in ":,(") and 0 < len(_WORD.findall(line)) <= 6:
            headings.append((at, len(tokens)))
    return tokens, headings


def _frame_said_after(tokens: list[str], at: int) -> bool:
    """ "cottage bookings page", "design request form", "glove stock sheet": the word at `at`
    opens the frame the thing is listed on (entities.py `_strip_frames`), no part of its
    name left out."""
    word, prev = tokens[at], tokens[at - 1] if at else ""
    if word == "page":
        return singular(prev) != prev
    if word == "form":
        return prev in ASKED_ON_A_FORM
    return word == "stock" and tokens[at + 1 : at + 2] in (["sheet"], ["list"], ["take"])


def _spots(tokens: list[str], words: list[str]) -> list[int]:
    """Where the words of a name stand in `tokens`, in singular or plural."""
    n = len(words)
    return [
        i
        for i in range(len(tokens) - n + 1)
        if [singular(t) for t in tokens[i : i + n]] == [singular(w) for w in words]
    ]


# Words with the punctuation that ends a phrase as tokens of its own.
_PHRASE_TOKEN = re.compile(r"[a-z]+|[:;.!?()\[\]—]")
_COUNT_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens
    few several many""".split()
)
_PHRASE_START = frozenset(
    "a an the for of my our your their his her its some all each every with about on in".split()
)
# (prc62) where a word opens a noun phrase: after an article, a preposition or a mark
_OPENS_A_PHRASE = _PHRASE_START | _PHRASE_ENDS
# Frame words that, right after an entity's word, may be the rest of its name ("vinyl
# records", "return requests").
_SOFT_AFTER = frozenset("record records request requests item items entry entries".split())


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


# "it went fine", "that's fine", "all fine": fine as "all right" after a verb of being or
# going, never the penalty a fine is; "for ages", "for years": how long, no age or year
_FINE_AS_OK = re.compile(
    r"\b(?:went|go|goes|going|gone|is|was|are|were|be|been|looks?|looked|seems?|seemed|works?"
    r"|worked|working|all|that's|thats|it's|its|sounds?|sounded)\s+(?:(?:really|totally|all"
    r"|just|perfectly|absolutely|pretty|quite)\s+)?fine\b"
    r"|\bfor\s+(?:ages|years|months|weeks|days)(?:\s+now)?\b"
)


_TYPED_WORD = re.compile(r"\b([a-z]+)\s+(?:flag|boolean|text|string)\b")


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
    types = {a.type for e in draft.entities for a in e.attributes}
    count = 0
    for text in dict.fromkeys(draft.aside_texts):
        said = _FINE_AS_OK.sub(" ", text.lower())  # "the inspection went fine": no penalty
        fine = TYPE_SAID_FINE.search(text)
        if fine is not None and type_phrase(fine["t"].lower()) in types:
            continue  # "Just text is fine.": the type of a field the result holds
        # "a tamper flag": the type word of a field the result holds is that field's
        said = _TYPED_WORD.sub(lambda m: m[1] if singular(m[1]) in held else m[0], said)
        words = {singular(w) for w in _WORD.findall(said)} - FUNCTION_WORDS
        count += bool((words & _VALUE_WORDS) - held - _TYPE_PHRASE_PARTS)
    return count


# Words of a type's name said in several words that name no value alone: "whole" of "whole
# number" ("my whole business lives in my inbox"); "yes", "no", "true", "false" still say a
# yes/no ("oh, and a yes or no for rough sea")
_TYPE_PHRASE_PARTS = (
    frozenset(w for phrase in TYPE_WORDS if " " in phrase for w in phrase.split())
    - frozenset(TYPE_WORDS)
    - FIELD_HINTS
    - INT_WORDS
    - FLOAT_WORDS
    - DECIMAL_WORDS
    - DATE_WORDS
    - frozenset(("yes", "no", "true", "false"))
)


# What opens a list of a thing's fields right after the thing is named ("pest control visits
# with …", "scuba tank fills; …", "wasp nest jobs - address, …"); a full stop ends the thing.
_FIELDS_OPEN = r"\s*(?:with\b|having\b|[:(;,–—]|-\s)"
# Words before a plural that make it no plural noun ("a mock exam comes with"): a singular
# determiner, or a possessive that may own only the first words ("my tailor shop customers").
_NOT_BEFORE_KIND = frozenset("a an each every one my our your their his her its".split())
# Words that may open a field list before its first field ("with the date, …", "fields: …").
_LIST_LEAD = frozenset("with having the a an their its his her each fields field".split())


def _listed_whole(entity: EntitySpec, cleaned: Cleaned) -> bool:
    """The person said the whole name as the kind of thing the fields belong to: its words in
    order, the last in the plural, right before its field list ("tail-lift inspections: van
    plate, …"; the list opens with a field read), after "each"/"every" ("each dangerous goods
    declaration belongs to …") or marked as the entity ("the cold store chamber entity").
    Where the name starts and ends is then theirs, however many words it has; a verb of asking
    read into its start ("track wedding cakes with") is not, nor a plural before words that
    are no field of it ("near-misses with power of attorney documents")."""
    words = _words(entity.name)
    if len(words) < 2 or _VERB.fullmatch(words[0]):
        return False
    text = cleaned.text.lower()
    if not all(word in text for word in words[:-1]):
        return False  # (every pattern below holds these words as written: none is compiled)
    mods = r"[\s-]+".join(map(re.escape, words[:-1]))
    last = re.escape(words[-1])
    # (each pattern holds its last word and its cue as written: tested before it is compiled)
    if (
        words[-1] in text
        and ("each" in text or "every" in text)
        and re.search(rf"\b(?:each|every)\s+{mods}[\s-]+{last}\b", text)
    ):
        return True
    if (
        words[-1] in text
        and ("entity" in text or "table" in text)
        and re.search(rf"\b{mods}[\s-]+{last}\s+(?:entity|table)\b", text)
    ):
        return True
    if (many_last := plural(words[-1])) not in text:
        return False
    many = rf"(?<![\w-]){mods}[\s-]+{re.escape(many_last)}{_FIELDS_OPEN}"
    firsts = {a.name.split("_")[0] for a in entity.attributes}
    for m in re.finditer(many, text):
        before = _WORD.findall(text[: m.start()])[-1:]
        after = [w for w in _WORD.findall(text[m.end() : m.end() + 80]) if w not in _LIST_LEAD]
        if not (before and before[0] in _NOT_BEFORE_KIND) and after[:1] and after[0] in firsts:
            return True
    return False


def _said_whole(entity: EntitySpec, draft: Draft, cleaned: Cleaned) -> bool:
    """Said whole (`_listed_whole`) and not read again under its last words."""
    return _listed_whole(entity, cleaned) and not _tail_of_other(entity.name, draft)


def _tail_of_other(name: str, draft: Draft) -> bool:
    """Another entity read is this one's last words ("TripConsentForm" beside "ConsentForm"):
    one thing read twice, and one of the two names was cut in the wrong place."""
    words = _words(name)
    return any(
        0 < len(tail := _words(e.name)) < len(words) and words[-len(tail) :] == tail
        for e in draft.entities
    )


def _multiword(name: str, cleaned: Cleaned) -> bool:
    """A two- or three-word entity name nobody wrote as one (PascalCase or "X entity") may
    hold a modifier that is no part of the name ("company laptops")."""
    words = _words(name)
    if len(words) < 2 or all(w in cleaned.capitalised for w in words):
        return False
    said = " ".join([*words[:-1], plural(words[-1])])
    low = cleaned.text.lower()
    if said not in low:
        return True
    if _as_written(said):  # (no pattern per name)
        return not word_then(low, said, _LIST_AFTER_NAME)
    return re.search(rf"\b{said}\s*(?:with|having|\(|:)", low) is None


_LIST_AFTER_NAME = re.compile(r"\s*(?:with|having|\(|:)")


def _as_written(words: str) -> bool:
    """Whether `words`, put in a pattern unescaped, match only themselves as written."""
    return re.escape(words).replace("\\ ", " ") == words


@memo_list(maxsize=4096)  # asked of each name by most features
def _words(name: str) -> list[str]:
    """The words a name was made from; the suffix a safe name adds ("from_value",
    "ClassItem") is none of them."""
    words = _raw_words(name)
    if len(words) > 1 and words[-1] in ("value", "item") and _is_safe_suffix(name):
        words = words[:-1]
    return words


@lru_cache(maxsize=1024)
def _is_safe_suffix(name: str) -> bool:
    """ "ClassItem", "order_value": the suffix a safe name adds to a word that clashes; "LostItem"
    and "insured_value" say the item and the value themselves."""
    try:
        if name.endswith("_value"):
            return safe_field_name(name[: -len("_value")]) == name
        return name.endswith("Item") and safe_entity_name(name[: -len("Item")]) == name
    except UnsafeName:
        return False


def _raw_words(name: str) -> list[str]:
    return list(_name_split(name))


@lru_cache(maxsize=4096)
def _name_split(name: str) -> tuple[str, ...]:
    # cached: the features ask for the words of the same few names ~25 times a request
    spaced = rx(r"(?<=[a-z0-9])(?=[A-Z])").sub(" ", name).lower().replace("_", " ")
    return tuple(_WORD.findall(spaced))


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing") or features.get("_contradicted"):
        p = min(p, MISSING_CAP)
    if features.get("_proposed") or features.get("_run_together"):
        p = min(p, PROPOSAL_CAP)
    return p


# Words that point at something, count it or stand for a person: inside a name they say a
# phrase of the sentence was read as the name ("the time of the fall" → time_of_the_fall,
# "each barrel holds one vintage at a time" → vintage_at_a_time, "remove level its
# pointless", "I want 'nickname' renamed" → i_want_nickname).
_DETERMINERS = frozenset(
    """the a an its it their theirs theyre they this that these those my our your his her
    i we you me us many several some any""".split()
)


def _determiner_names(draft: Draft, hyphened: frozenset[tuple[str, str]] = frozenset()) -> int:
    """Field names (new or old) of two words or more that hold an article, a pronoun or a
    quantifier: English puts those before a noun phrase, never inside a name (not one the
    request joins to the word beside it with a hyphen: a "thank-you sent" flag)."""
    return sum(
        any(
            w in _DETERMINERS
            and (words[i - 1] if i else "", w) not in hyphened
            and (w, words[i + 1] if i + 1 < len(words) else "") not in hyphened
            for i, w in enumerate(words)
        )
        for e in draft.entities
        for a in e.attributes
        for words in (a.name.split("_"), (a.renamed_from or "").split("_"))
        if len(words) > 1
    )


# (new59) Two words the request joins with a hyphen ("thank-you", "follow-up", "one-off"):
# one word as written, so a pronoun or a verb in it opens no clause inside a name
_HYPHEN_PAIR = re.compile(r"(?=\b([a-z]+)-([a-z]+)\b)")


def _hyphen_pairs(text: str) -> frozenset[tuple[str, str]]:
    return (
        frozenset((m[1], m[2]) for m in _HYPHEN_PAIR.finditer(text)) if "-" in text else frozenset()
    )


def _joined_count(words: list[str], hyphened: frozenset[tuple[str, str]]) -> int:
    """How many words a name holds, two the request joined with a hyphen counted as one
    ("touch_up_request": a touch-up request is two words long, no long name)."""
    return len(words) - sum(pair in hyphened for pair in itertools.pairwise(words))


def _opens_hyphened(name: str, hyphened: frozenset[tuple[str, str]]) -> bool:
    """A field name whose first two words the request wrote joined ("thank_you_sent")."""
    words = name.split("_")
    return len(words) > 1 and (words[0], words[1]) in hyphened


# Words that talk about a schema instead of naming a thing in it ("a new boolean field called
# insured", "add col notes", "rename entity: Plot -> Allotment", "the following fields").
# "col", "entity" and "following" are never a thing's own name; "field", "column", "attribute"
# and "property" are only as the head ("field number", "property type" are real fields).
_SCHEMA_ANYWHERE = frozenset("col cols entity entities following".split())
_SCHEMA_HEADS = frozenset(
    "field fields column columns attribute attributes property properties".split()
)
_HEADERS = frozenset("field fields column columns".split())  # a table's header as a field


def _meta_names(draft: Draft, request: str = "") -> int:
    """Names (entity, field, old names) that hold a word about the schema itself, or
    "called"/"named" before another word: the words around the name were read as its name.
    "parent_called" (a flag: was the parent called) ends with it and is a name. A thing's
    name written so, as one word, in the request ("RiceField") is the writer's own."""
    count = 0
    for e in draft.entities:
        names = [_raw_words(e.name), _raw_words(e.renamed_from or "")]
        # (a name that is all letters and digits is a literal: no pattern compiled per name)
        if _houses(names[0]) or (
            request
            and (
                has_word(request, e.name)
                if e.name.isalnum()
                else re.search(rf"\b{e.name}\b", request)
            )
        ):
            names = names[1:]  # "VoidProperty", "RentalProperty": houses of a kind, kept
        names += [a.name.split("_") for a in e.attributes]
        names += [(a.renamed_from or "").split("_") for a in e.attributes]
        for words in names:
            words = [w for w in words if w]
            count += bool(words) and (
                any(w in _SCHEMA_ANYWHERE for w in words)
                or (words[-1] in _SCHEMA_HEADS and (len(words) > 1 or words[0] in _HEADERS))
                or any(w in ("called", "named") for w in words[:-1])
            )
        # "Fields required - name, …": a word that says whether fields must be filled, read as
        # a text field of its own ("mandatory (yes/no)" is a question's own flag)
        count += sum(
            a.name in _REQUIRED_MARKS and a.type is not AttrType.BOOL for a in e.attributes
        )
    return count


def _houses(words: list[str]) -> bool:
    """An entity named "<kind> property" where the kind is also an adjective ("void",
    "rental", "vacant"): the properties are houses, as clauses.split_topic reads them; after
    a noun only ("CustomerProperty") "property" is a word for a field."""
    return len(words) == 2 and words[1] == "property" and properties_are_houses(words[0])


# Words that mark a field required or optional (the README's "Required" convention).
_REQUIRED_MARKS = frozenset("required optional mandatory nullable".split())
_LIMIT_WORDS = frozenset("max min maximum minimum num".split())
# The last word of a way to reach a desk named by what it handles ("claims phone", "accounts
# email", "bookings address", "complaints line"): the plural before it names the desk, no count
_DESK_CONTACTS = frozenset("phone email address line inbox contact".split())


def _names_a_desk(word: str) -> bool:
    """A plural of what a desk handles ("claims", "accounts", "bookings"), not of people whose
    phone each record keeps ("foremen phone", "parents email" name one of them)."""
    sense = first_sense(word)
    return sense is not None and sense not in ("noun.person", "noun.group", "noun.animal")


# "hourly rate", "daily price": an amount for each period is a number.
_PERIODIC = frozenset("hourly daily nightly weekly monthly yearly annual".split())
# (lz63) What recurs at such a period, said as text: when it falls or what it is ("weekly slot",
# "monthly theme", "daily special"), no count or ratio
_RECURRING = frozenset(
    """slot slots timeslot time day schedule meeting session shift theme show special menu
    newsletter""".split()
)


def _count_shape(attribute: Attribute) -> bool:
    """A text or yes/no field named like a count or a ratio: "issues per year", "max berths",
    "hourly rate", "goals scored", "seasoning months". A plural noun inside
    a text field's name says how many (one value per record) unless it is a list plural
    ("notes", "allergies"; "terms", "earnings": plurals WordNet lists as words of their own),
    a unit, or a time said with "at"/"on" ("starts at"); before a
    participle or a state ("tickets sold") it always does. A yes/no field with a plural is
    one as often as not ("dues paid", "has showers")."""
    if attribute.type not in (AttrType.STR, AttrType.BOOL):
        return False
    words = attribute.name.split("_")
    if "per" in words[1:-1] or (len(words) > 1 and words[0] in _LIMIT_WORDS):
        return True
    if len(words) > 1 and words[0] in _PERIODIC and words[-1] not in _RECURRING:
        return True  # "hourly rate", "daily milk"; (lz63) not "weekly slot", a time it recurs
    if attribute.type is AttrType.BOOL:
        return False  # "dues paid", "free school meals", "has showers": yes/no as said
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if singular(word) != word and (
            nxt in BOOL_WORDS or nxt in IRREGULAR_PARTICIPLES - LISTING_PARTICIPLES
        ):
            return True  # "seats available", "tickets sold": how many are
        if word in PLURAL_FIELDS or word in UNIT_WORDS or word.endswith("ss") or len(word) < 4:
            continue
        if nxt in LISTING_PARTICIPLES or nxt in ("at", "on", "by"):
            continue
        if nxt in _DESK_CONTACTS and i + 2 == len(words) and _names_a_desk(word):
            continue  # "claims phone", "accounts email": how to reach the desk for them
        one = singular(word)
        if one != word and one not in FIELD_HINTS and not in_wordnet(word) and is_noun(one):
            return True
    return False


# A name written as an identifier: PascalCase ("LabTest", "FitnessClass") or snake_case
# ("filled_on", "fill_date").
_IDENTIFIER = re.compile(r"\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|[a-z]+(?:_[a-z]+)+)\b")


# Words after an identifier that make it the system's name ("WindOps data model", "ShopKit
# app"); "LabTest entity" is a name of the data.
_SYSTEM_NAMED = SYSTEM_WORDS | {"data"}


_TABLE_BEFORE = re.compile(r"(?i)\btable\s+(?:if\s+(?:not\s+)?exists\s+)?`?$")


def _lost_identifiers(draft: Draft, request: str) -> int:
    """Identifiers the person wrote that are no name of the result: a name written exactly
    as it should be is kept exactly ("rename fill_date to filled_on" read as `filled`,
    "FitnessClass" read as Fitness). Technology names ("FastAPI") are not names of the
    system's data, and neither is a brand made of words English lacks ("WhatsApp"), the name
    of the system ("WindOps data model") or one said in a rule about technology ("Use
    snake_case in the JSON API")."""
    held: set[str] = set()
    for e in draft.entities:
        held.update((e.name, e.renamed_from or ""))
        held.update(a.name for a in e.attributes)
        held.update(a.renamed_from or "" for a in e.attributes)
        held.update(r.target for r in e.relationships)
    flat = {name.lower().replace("_", "") for name in held if name}
    entities = {e.name.lower() for e in draft.entities}
    # "Kennel.owner_id fk Owner": a key named after an entity is held by the relationship to it
    flat |= {r.target.lower() + "id" for e in draft.entities for r in e.relationships}
    linked = [e for e in draft.entities if e.relationships]
    flat |= {e.name.lower() + "id" for e in linked}
    # "join table playlist_tracks": a table of the link between two things read, named by them
    ends = {w for e in linked for w in _raw_words(e.name)}
    ends |= {w for e in linked for r in e.relationships for w in _raw_words(r.target)}
    rules = [
        " ".join(words)
        for words in (_WORD.findall(rule.lower()) for rule in draft.rules)
        if TECH_WORDS.intersection(words)
    ]
    count = 0
    for m in _IDENTIFIER.finditer(request):
        words = _raw_words(m.group(0))
        after = _WORD.findall(request[m.end() :].lower())[:1]
        if _code_word(m, request) or {singular(w) for w in words} <= ends:
            continue
        count += (
            m.group(0).lower() not in TECH_WORDS
            and "".join(words) not in flat
            # ("DROP TABLE happy_hours": a table is named in the plural, its entity singular)
            and not (
                _TABLE_BEFORE.search(request[: m.start()])
                and "".join([*words[:-1], singular(words[-1])]) in entities
            )
            and all(in_wordnet(w) is not False for w in words)
            and not (after and after[0] in _SYSTEM_NAMED)
            and not any(re.search(rf"\b{' '.join(words)}\b", rule) for rule in rules)
        )
    return count


# A model's field types and naming styles, pasted with it ("models.CharField", "BigInt",
# "DateTime", "snake_case"): words of the code, not names of the data
_CODE_TYPES = re.compile(
    r"(?:Char|Text|(?:Big|Small|Positive)?Integer|Float|Decimal|Boolean|Date|DateTime|Time"
    r"|Email|URL|Slug|UUID|File|Image|JSON|Duration|ManyToMany|OneToOne|(?:Big)?Auto)Field"
    r"|ForeignKey|(?:Big|Small|Tiny)(?:Int|Integer|Serial)|DateTime"
    # a Python model's base class and field types ("class Van(BaseModel):", "EmailStr")
    r"|BaseModel|SQLModel|TypedDict|EmailStr"
    r"|(?i:snake|camel|pascal|kebab)_?(?i:case)"
)


def _code_word(m: re.Match[str], request: str) -> bool:
    """An identifier that is a word of pasted code: a type ("CharField", "BigInt"), one reached
    through a module ("models.", "t.") or an at sign, or a keyword argument ("max_length=120",
    "on_delete=models.PROTECT"); "Pet.microchip_id" is a field of a thing and "CheckIn(…)" a
    thing with its fields, not code."""
    before = request[max(0, m.start() - 12) : m.start()]
    after = request[m.end() : m.end() + 1]
    return (
        bool(_CODE_TYPES.fullmatch(m.group(0)))
        or bool(rx(r"(?:\b(?:models|t|db|sa|fields|types)\.|@)$").search(before))
        or (after == "=" and m.group(0).islower())
    )


def _repeats_entity(draft: Draft) -> int:
    """A field of three words or more that starts with its own entity's name ("each guest's
    full name" → Guest.guest_full_name): the possessive was read into the name. Two words
    ("dog_name" of BoardingDog, "silo_number" of Silo) are often the person's own name."""
    count = 0
    for e in draft.entities:
        words = _words(e.name)
        if not words:
            continue
        for a in e.attributes:
            parts = a.name.split("_")
            count += len(parts) >= len(words) + 2 and parts[: len(words)] == words
    return count


# Words that add to what was asked ("Also a tenancy end date", "Ideally emails too"); a
# sentence about how to build ("Also uses a JSON API") adds no data.
_ABOUT_BUILDING = TECH_WORDS | CONSTRAINT_WORDS
# ("a plus one", "their plus ones": a guest brought along, a noun after an article, adds nothing)
_ADDING = re.compile(r"\b(?:also|too|as well|(?<!\ba )(?<!\bthe )(?<!\btheir )plus|additionally)\b")


# "when a fridge was too warm", "too many", "too long": "too" before a word that describes is
# how much, not "as well"
_DEGREE_TOO = re.compile(r"\btoo\s+([a-z]+)")
_THANKS = frozenset("please pls plz thanks thank cheers".split())


def _degree(m: re.Match[str]) -> str:
    word = m[1]
    if word in FUNCTION_WORDS or word in _THANKS or not in_wordnet(word):
        return m[0]  # "a phone too, please", "a fax too and …": added as well
    return m[0] if names_a_thing(word) is not False else word


def _lost_additions(draft: Draft, kept: set[str]) -> int:
    """Sentences left out of the reading (unread, talk or rules) that add something with
    "also", "too", "as well" or "plus", name a thing and share no word with the result: an
    afterthought field ("And oh, also a last inspection date while you're in there") lost.
    One that shares a word with the result ("members to also have a membership level") was
    read."""
    count = 0
    for text in dict.fromkeys([*draft.unread_texts, *draft.aside_texts, *draft.rules]):
        lower = text.lower()
        words = _WORD.findall(lower)
        if not _ADDING.search(_DEGREE_TOO.sub(_degree, lower)) or _ABOUT_BUILDING.intersection(
            words
        ):
            continue
        shares = any(w in kept or singular(w) in kept for w in words if w not in _GLUE)
        count += not shares and any(_content(w, kept) for w in words)
    return count


# "Skipper: name, license no (string), email": a name, a colon and a list of three or more.
_DECLARATION = re.compile(r"^\s*[A-Za-z][\w ]{1,40}:[^,\n]+,[^,\n]+,", re.M)


def _declares(text: str) -> bool:
    """An unread line shaped like a declaration (a name, a colon, three or more items) is an
    entity of the request that no reader took, however much else was read."""
    return bool(_DECLARATION.search(text))


# Words that say a value may be absent.
_ABSENT = re.compile(
    r"\b(?:blank|empty|optional|optionally|unknown|missing|anonymous|not always|may not|"
    r"might not|if any|if known|if there is one|don'?t have|do not have|doesn'?t have|"
    r"does not have)\b"
)


# Phrases that point back at an item of the list just given ("that last one can be blank").
# ("both are optional", "the last two can be blank", "all three are optional": several of them)
_POINTS_BACK = re.compile(
    r"\b(?:(?:that|the|this) (?:last|final) (?:one|field|item)|the latter|both"
    r"|(?:the|those|these) (?:last |final )?(?:two|three|2|3)|all (?:two|three|four|of them))\b"
)


def _optional_unread(draft: Draft) -> int:
    """A short sentence left out of the reading that says a value may be absent ("The mobile
    may be blank if booked by an agent", "Some donors are anonymous") and names a field the
    result holds as required, or points back at the list's last item ("though that last one
    can be blank"): the field should be optional."""
    required = {w for e in draft.entities for a in e.attributes if a.required
                for w in a.name.split("_")}  # fmt: skip
    required = (required | {singular(w) for w in required}) - _GLUE
    # a pointer back is said of the last items listed: once they are optional it was read
    last_required = any(e.attributes and e.attributes[-1].required for e in draft.entities)
    count = 0
    for text in dict.fromkeys([*draft.unread_texts, *draft.aside_texts, *draft.rules]):
        lower = text.lower()
        words = _WORD.findall(lower)
        if "," in lower or len(words) > 20 or not _ABSENT.search(lower):
            continue
        count += bool(required & ({*words} | {singular(w) for w in words})) or bool(
            last_required and _POINTS_BACK.search(lower)
        )
    return count


def _capitalised_fields(entity: EntitySpec, cleaned: Cleaned) -> int:
    """Fields capitalised among fields that are not ("name, licence …, plus Permit"); where the
    person capitalises every field ("Code, Size and Rate, plus a Walker") it says nothing, and
    so where most fields are written in Title Case wherever they stand ("timesheets: Week
    Ending (date), Hours (number), Project Code, Approved (Y/N)": the first after a colon, the
    next after a bracket, are capitals of the list's own style)."""
    names = [a.name for a in entity.attributes]
    marked = [name for name in names if _capitalised_field(name, cleaned)]
    written = [name for name in names if _title_cased(name, cleaned)]
    return len(marked) if 2 * max(len(marked), len(written)) < len(names) else 0


def _title_cased(name: str, cleaned: Cleaned) -> bool:
    """The field is written with a capital on every word somewhere in the request."""
    words = [word.capitalize() for word in name.split("_")]
    # (each word is in the pattern as written: where one is not in the text, no pattern is
    # compiled for the name; most names are not written so, and `re` keeps only 512)
    if not all(word in cleaned.text for word in words):
        return False
    said = r"[ \t]+".join(map(re.escape, words))
    return re.search(rf"\b{said}\b", cleaned.text) is not None


def _capitalised_field(name: str, cleaned: Cleaned) -> bool:
    """A field the request writes capitalised, every word of it, after a lower-case word
    ("…, weight), plus Permit", "name and certification, and Audit Committee"): the person
    named an entity there, and it was read as a field. A capital at the start of a line, a cell
    or a list item ("| Notes |", "- Name") names nothing."""
    words = name.split("_")
    if not all(word in cleaned.capitalised for word in words):
        return False
    said = r"[ \t]+".join(word.capitalize() for word in words)
    return re.search(rf"[a-z][,;]?[ \t]+{said}\b", cleaned.text) is not None


_LIST_OPENERS = frozenset(": ( with having including".split())


def _frame_plural_after(draft: Draft, tokens: list[str], cleaned: Cleaned) -> int:
    """An entity's word followed by a frame noun in the plural that opens the field list
    ("garden tools: name, …", "my vinyl records: artist, …", "return requests with …"): the
    plural is the head of the thing managed and the entity's word only its modifier, so the
    name lost its head. A singular frame is the container ("a claims tracker: …"), and after
    "a"/"each" the plural-looking word is a verb ("a preparation records: …"). A name the
    person wrote ("ParkingSystem records with …") is theirs."""
    count = 0
    for entity in draft.entities:
        words = _words(entity.name)
        if not words or _named(entity.name, cleaned) or _written_whole(entity.name, cleaned):
            continue
        for i in _spots(tokens, words):
            j = i + len(words)
            if j + 1 >= len(tokens) or (i and tokens[i - 1] in ("a", "an", "each", "every")):
                continue
            word, opener = tokens[j], tokens[j + 1]
            if (
                singular(word) != word
                and singular(word) in FRAME_NOUNS
                and singular(word) not in words
                and opener in _LIST_OPENERS
            ):
                count += 1
                break
    return count


def misspellings(draft: Draft, cleaned: Cleaned) -> dict[str, str]:
    """Words of the names read that look like slips of the keys ("adress", "emial", "Odrer"),
    each with the word it was likely meant to be. Names are kept as written (a code such as
    "iddsi" is no slip, and a person's own name for a field is theirs); a slip makes the
    reading asked, with the likely word in a note, so it is fixed before a table is built.
    A place's name written with a capital ("the Paris office", `capitalised`) is that place,
    no slip of "parish"; a word written in capitals is an acronym ("COSHH"), no slip either."""
    capitalised = cleaned.capitalised
    names = [e.name for e in draft.entities]
    names += [r.target for e in draft.entities for r in e.relationships]
    names += [n for e in draft.entities for a in e.attributes for n in (a.name, a.renamed_from)]
    found: dict[str, str] = {}
    for name in names:
        words = _words(name or "")
        for at, word in enumerate(words):
            if word in FUNCTION_WORDS or word in _GLUE:
                continue
            if at and foreign_compound(words[at - 1], word):
                continue  # "per diem": a word WordNet knows only with the one before it
            if (word in capitalised and known_only_as_name(word)) or acronym(word, cleaned):
                continue
            if (meant := misspelt(word)) is not None:
                found[word] = meant
    # an entity's old name is the person's, however odd ("Cliente", "Cattery"): only an
    # ending spelt with the wrong unheard vowel is a slip there ("Consultent" → Adviser)
    for old in (e.renamed_from for e in draft.entities if e.renamed_from):
        for word in _words(old):
            if (meant := suffix_vowel_slip(word)) is not None:
                found[word] = meant
    return found


# --- doubts that ask whatever the score -----------------------------------------------------------
# Each doubt above is a feature whose weight is fitted; a refit may outweigh one that was right
# to ask on its own. These few are asked outright (recognizer.py turns each into a question with
# a note), on the narrow evidence below; the features they come from keep their weights.


def _capitalised(name: str, cleaned: Cleaned) -> bool:
    """ "one Zorp", "many Zorps", "TestFlights": every word of the name written with a capital,
    in the singular or the plural (`_named` asks for the form the name has)."""
    words = _words(name)
    said = cleaned.capitalised
    return bool(words) and all(w in said or plural(w) in said for w in words)


def timestamp_read_into_nothing(draft: Draft, cleaned: Cleaned) -> bool:
    """ "ship name, left port and docked (both timestamps; …)" read with no datetime field: the
    request says a moment's type that no field of the reading has (`lost_timestamp`). Asked
    outright: the role model sees no types, and as one of `doubts` it was outweighed."""
    return _lost_timestamp(draft, _WORD.findall(cleaned.text.lower()))


def unknown_link_targets(draft: Draft, cleaned: Cleaned) -> list[str]:
    """The things links point at whose name is no noun nothing else explains ("every booking
    belongs to a single gest", "each ticket belongs to one flibbet"): the thing a link points at
    is an entity of the project, so a slip or a made-up word there builds a table nobody meant.
    A name the person wrote with capitals ("one Flibbet") is theirs."""
    targets = dict.fromkeys(r.target for e in draft.entities for r in e.relationships)
    return [t for t in targets if not _capitalised(t, cleaned) and _not_a_noun(t, cleaned)]


def frame_verb_modifier(draft: Draft, cleaned: Cleaned) -> tuple[str, str] | None:
    """ "Log test flights with pilot name, …" → TestFlight: a word of how the app is made and
    run ("test", "deploy", "migrate": PRACTICE_WORDS) that is also a verb of asking, kept
    before the head of a new thing's name, is either the kind of thing ("a test flight") or an
    order read into it. The dictionary does not pair the two ("test match" it does), nothing
    in the request says it as a noun ("a list of test rigs") and no field speaks of it ("tests
    passed"), so nothing decides. The entity's name and the word, or None."""
    if draft.intent not in (None, Intent.CREATE_ENTITY):
        return None
    tokens = _PHRASE_TOKEN.findall(cleaned.text.lower())
    for entity in draft.entities:
        words = _words(entity.name)
        if (
            len(words) < 2
            or not _glue_in(entity.name)
            or _written_whole(entity.name, cleaned)
            or _capitalised(entity.name, cleaned)
        ):
            continue
        fields = {w for a in entity.attributes for w in a.name.split("_")}
        fields |= {singular(w) for w in fields}
        for i, word in enumerate(words[:-1]):
            if (
                word in PRACTICE_WORDS
                and _VERB.fullmatch(word)
                and not _said_as_noun(word, tokens)
                and not _compound_noun(words, i + 1)
                and word not in fields
            ):
                return entity.name, word
    return None


# (md64) The fields that hold a record's sum of money ("amount", "total amount", "value")
_SUM_FIELDS = frozenset("amount total sum value".split())


def _holds_its_sum(entity: EntitySpec) -> bool:
    """ "Payment(member name, amount: decimal, paid on)", "Deposit: tenant, amount, date": a
    thing named by a word of money whose own fields hold the sum is a record of it (a payment
    made), not a list whose owner went unsaid ("Amount: tenant name, paid on" holds none)."""
    head = _words(entity.name)[-1:]
    return any(
        a.type is AttrType.DECIMAL
        and (n := a.name.split("_"))[-1] in _SUM_FIELDS
        and n[-1:] != head
        for a in entity.attributes
    )


def value_word_thing(draft: Draft, cleaned: Cleaned) -> tuple[str, str] | None:
    """ "Amount: tenant name, paid on" → Amount: a new thing named by one word of a value
    (an amount, a total, a date) is a list of fields whose owner went unsaid, unless the request
    marks the word as the thing: written as a name, said in the plural or after "for every"
    (`field_word_entity`'s exceptions), followed by "entity" or a frame ("a plate register"), or
    alone on its line as a heading ("### Vat"). The entity's name and the word, or None."""
    if draft.intent not in (None, Intent.CREATE_ENTITY):
        return None
    text = cleaned.text.lower()
    for entity in draft.entities:
        words = _words(entity.name)
        if (
            len(words) != 1
            or not _field_word(entity.name)
            or _named(entity.name, cleaned)
            or _said_as_kind(entity.name, cleaned)
            or _said_per_record(entity.name, cleaned)
            or _counted_link_owner(entity, cleaned)
            or _holds_its_sum(entity)
        ):
            continue
        word = re.escape(words[0])
        marked = rf"\b{word}s?\s+(?:entity|entities|table|record|records|{_FRAME_ALTERNATIVES})\b"
        heading = rf"(?m)^[\s#*>-]*{word}s?[\s:#*]*$"
        if re.search(marked, text) or re.search(heading, text):
            continue
        return entity.name, words[0]
    return None


def unexplained_in_capitals(draft: Draft, cleaned: Cleaned) -> list[str]:
    """ "ALL CAPS KPI REVIEWS WITH SCORE AND QUARTER": in a request written all in capitals
    nothing marks an initialism ("KPI" in a request in lower case is one, `acronym`), so a word
    of a thing's name that no dictionary lists, and that English makes from none it lists
    (`_formed_noun`: "groomer", "boardgame"), may be a slip or a code: its words, in order."""
    text = cleaned.text
    if text != text.upper() or len(_WORD.findall(text.lower())) < 3:
        return []
    found: dict[str, None] = {}
    for name in _link_ends(draft):
        words = _words(name)
        for i, word in enumerate(words):
            if (
                in_wordnet(word) is False
                and in_wordnet(singular(word)) is False
                and not is_verb(word)
                and not _formed_noun(singular(word))
                and not (i and foreign_compound(words[i - 1], word))
                and not (i + 1 < len(words) and foreign_compound(word, words[i + 1]))
            ):
                found[word] = None
    return list(found)


# Verbs that make the thing named right after them ("Create the DietRequest entity"): a thing
# named after one is made, however it is named
_MADE_BY = frozenset("create build make define design generate implement develop".split())
# What marks a name as the thing the request is about ("the Yoga Class entity", "the Customer
# class"): the one being made, not one spoken of
_MARKED_AFTER = re.compile(r"\s+(?:entity|entities|class|table|model)\b")
# Words that point at a field as one there already ("record the reed width", "its weight")
_DEFINITE = r"(?:the|its|their)"


def existing_created(draft: Draft, cleaned: Cleaned) -> str | None:
    """ "For each Loom record the reed width and the warp count": a create of one thing the
    request calls by its name as a thing already there (`named_as_existing`), its fields said
    as ones there too ("the reed width", "its weight"), may be a change to it; the reading is
    asked, as a create under a change label is. Not where fields are brought in as new ("For
    each Rental we need a renter name …", "must record: reference, …"), a verb of making is
    said right before the name ("create the DietRequest entity") or a word after it marks it
    as the thing made ("the Yoga Class entity", "the Customer class"). Its name, or None."""
    if not _named_as_existing(draft, cleaned):
        return None
    entity = draft.entities[0]
    text = cleaned.text.lower()
    pattern = r"\s*".join(re.escape(w) for w in _words(entity.name))
    for spot in re.finditer(rf"\b{pattern}\b", text):
        before = _WORD.findall(text[: spot.start()])[-2:]
        if (before and before[0] in _MADE_BY) or _MARKED_AFTER.match(text, spot.end()):
            return None
    fields = [r"\s+".join(map(re.escape, _words(a.name))) for a in entity.attributes]
    said_there = any(re.search(rf"\b{_DEFINITE}\s+{field}\b", text) for field in fields if field)
    return entity.name if said_there else None
