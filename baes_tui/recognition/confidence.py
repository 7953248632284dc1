"""Stage 7 of recognition: evidence → a probability that the recognition is exactly right.

A logistic model over features of the draft that say how completely the request was read:
words no reader understood, names that hold glue words ("with_a_number"), long names, items
that could not be fields, conflicting statements, defaults taken (cardinality, create vs add),
how English the text is, which intent it is, and the plausible misreads the rest does not see
(a name cut in the wrong place, a create said in words of change, a thin entity read from
talk, an unread sentence linking two entities; docs/recognition.md lists them). The weights
are fitted on the corpus's dev split and the first reads of new cases (`python -m
bench.fit_confidence --write` rewrites WEIGHTS below; `--cross` estimates precision on
wording nobody tuned on) and checked on the held-out split (bench/README.md). A draft with
something missing is capped at MISSING_CAP so it is never accepted.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache

from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute, AttrType, Intent
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
    SYSTEM_WORDS,
    TECH_WORDS,
    TYPE_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.nouns import in_wordnet, is_modifier, is_noun
from baes_tui.recognition.plausibility import FUNCTION_WORDS, english_share
from baes_tui.recognition.relations import value_list
from baes_tui.recognition.text import Cleaned

MISSING_CAP = 0.25
# Words a name may hold where they are part of the name ("date_of_birth", "is_paid",
# "hired_on", "starts_at", "check_in_date", "time_started": "time" is a noun there).
_NAME_GLUE_OK = frozenset("of is has in on at by to out up per time".split())
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
    "rule_nouns": -0.5,
    "doubts": -0.5,
    "unread_relation": -1.0,
    "thin_extra_entity": -0.5,
    "glue_in_name": -0.8,
    "str_number_word": -0.5,
    "long_entity": -0.5,
    "aside_share": -1.0,
    "aside_values": -0.8,
    "unused_fields": -0.5,
    "change_in_list": -1.5,
    "thin_guess": -1.0,
    "entity_as_field": -2.0,
}
# --- fitted weights (bench/fit_confidence.py writes this block) -------------------------------
WEIGHTS: dict[str, float] = {
    "bias": 3.7098,
    "unread_words": -0.0267,
    "odd_name_words": -0.1491,
    "long_names": -0.1843,
    "dropped_items": -4.1561,
    "conflicts": -0.1849,
    "default_cardinality": 0.2565,
    "mode_guess": -0.8989,
    "explicit_entity": 0.7082,
    "low_english": -0.2013,
    "entities": -0.2389,
    "intent_change": 0.5777,
    "intent_relationship": 0.4968,
    "other_nouns": 0.3672,
    "multiword_entity": -0.1779,
    "entity_not_noun": -1.2693,
    "field_word_entity": -0.7014,
    "shared_fields": -1.6120,
    "inner_plural": -1.0190,
    "unread_share": -2.3443,
    "unread_list": -0.0792,
    "verb_entity": -0.7343,
    "adjective_modifier": -0.1702,
    "odd_field_start": -0.4152,
    "dropped_names": -1.5000,
    "vanished_words": -0.2700,
    "unread_nouns": -0.0897,
    "unread_field_words": -0.8158,
    "create_change_words": -2.2260,
    "run_on_field": -1.7272,
    "frame_field": -0.6406,
    "number_entity": -1.6008,
    "type_word_field": -1.6414,
    "modifier_before": -1.3307,
    "noun_after": 0.0493,
    "short_form_too": 0.7269,
    "change_vanished": -0.1922,
    "rule_nouns": 0.0122,
    "doubts": -1.1592,
    "unread_relation": -1.0958,
    "thin_extra_entity": -1.6128,
    "glue_in_name": -1.5465,
    "str_number_word": -1.3303,
    "long_entity": -0.6837,
    "aside_share": -0.1212,
    "aside_values": -0.3792,
    "unused_fields": -0.0797,
    "change_in_list": -2.0238,
    "thin_guess": -1.6475,
    "entity_as_field": -2.0000,
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
    text = cleaned.text.lower()
    tokens = _WORD.findall(text)
    phrase_tokens = _PHRASE_TOKEN.findall(text)
    kept = _kept(draft)
    vanished = _vanished(draft, cleaned)
    changes = (Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS, Intent.RENAME_FIELD,
               Intent.RENAME_ENTITY, Intent.REMOVE_ENTITY)  # fmt: skip
    out = {
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
        "entity_not_noun": float(
            sum(_not_a_noun(e.name, cleaned) for e in draft.entities if not _named(e.name, cleaned))
        ),
        "field_word_entity": float(sum(_field_word(e.name) for e in draft.entities)),
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
        "adjective_modifier": float(sum(_adjective_modifier(e.name) for e in draft.entities)),
        "odd_field_start": float(
            sum(
                _odd_start(name)
                for e in draft.entities
                for a in e.attributes
                for name in (a.name, a.renamed_from or "")
                if name
            )
        ),
        "dropped_names": float(sum(_names_only(d.text) for d in draft.dropped)),
        "vanished_words": float(min(vanished, 5)),
        # A change names what it changes: a word of it that vanishes ("delete fax number from
        # the patient entity" read as removing Patient) is a change to something else.
        "change_vanished": float(min(vanished, 5) if draft.intent in changes else 0),
        **_unread_evidence(draft, kept),
        "rule_nouns": float(_rule_nouns(draft, kept)),
        "unread_relation": float(
            sum(_names_two(s, draft) for s in {*draft.unread_texts, *draft.aside_texts})
        ),
        "long_entity": float(sum(len(_words(e.name)) >= 3 for e in draft.entities)),
        "thin_extra_entity": float(_thin_extras(draft, cleaned)),
        "glue_in_name": float(
            sum(_glue_in(e.name) and not _written_whole(e.name, cleaned) for e in draft.entities)
            + sum(_glue_in(r.target) for e in draft.entities for r in e.relationships)
        ),
        "str_number_word": float(
            sum(_number_word(a) for e in draft.entities for a in e.attributes)
        ),
        "create_change_words": float(
            draft.intent is Intent.CREATE_ENTITY and _said_as_change(draft, text)
        ),
        "run_on_field": float(sum(_run_on(a.name) for e in draft.entities for a in e.attributes)),
        "frame_field": float(
            sum(_frame_field(a.name) for e in draft.entities for a in e.attributes)
        ),
        "number_entity": float(sum(_words(e.name)[:1] in _NUMBER_NAMES for e in draft.entities)),
        "type_word_field": float(
            sum(_type_word(a.name) for e in draft.entities for a in e.attributes)
        ),
        **_neighbours(draft, tokens, phrase_tokens, kept),
        "aside_share": min(
            draft.aside_words / max(len(_WORD.findall(cleaned.text.lower())), 1), 1.0
        ),
        "aside_values": float(min(_aside_values(draft), 3)),
        "unused_fields": float(min(draft.unused_fields, 5)),
        "change_in_list": float(draft.intent in changes and _create_shape(cleaned.text)),
        "entity_as_field": float(_entity_as_field(draft)),
        # A one-field "X needs F" read where words of the request went unread or vanished is
        # usually a relationship read as a field ("Owners can have pets"); on its own
        # ("Invoice needs a due date") it was right on dev, so it is no evidence then.
        "thin_guess": float(
            draft.mode_guess
            and sum(len(e.attributes) for e in draft.entities) <= 1
            and bool(draft.other_nouns or vanished or draft.unread_words)
        ),
        "_missing": float(bool(draft.missing)),
        # counted in `doubts` only (no weight of its own: see _value_list_field)
        "value_list_field": float(
            sum(_value_list_field(a.name) for e in draft.entities for a in e.attributes)
        ),
    }
    # Each kind of doubt is seen in a handful of first reads, too few to weigh it alone; how
    # many kinds a reading raises is seen in many.
    out["doubts"] = float(sum(out[name] > 0 for name in _DOUBTS))
    return out


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
    nouns."""
    words = _words(name)
    if not words:
        return 0
    head = is_noun(words[-1])
    if head is None:
        return 0  # no WordNet: no evidence either way
    said = set(_WORD.findall(cleaned.text.lower()))
    head = head or _said_plural(words[-1], said) or _formed_noun(singular(words[-1]))
    return int(not head) + sum(not is_modifier(w) for w in words[:-1])


def _named(name: str, cleaned: Cleaned) -> bool:
    """Every word of the name was written capitalised mid-sentence or in a PascalCase token
    ("Need Trench (…) and Find (…)", "a paid flag to ParkingFine"): the person named the
    thing, so a word of it that is also a verb or that WordNet lacks is still its name."""
    words = _words(name)
    return bool(words) and all(w in cleaned.capitalised for w in words)


def _said_plural(word: str, said: set[str]) -> bool:
    """The request uses `word`, a word WordNet knows, in a plural of its own ("flats" for
    Flat); a misspelling in the plural ("itmes") is still a misspelling."""
    return bool(in_wordnet(word)) and any(w != word and singular(w) == word for w in said)


def _formed_noun(word: str) -> bool:
    """A noun English makes that a dictionary need not list: a closed compound of two nouns
    ("stallholder", "plotholder") or a doer's -er/-or noun of a known word ("fosterer",
    "podcaster"). A misspelt frame ("sistem") is neither."""
    if word.endswith(("ed", "ing")):
        return False  # a participle ("donated") is no compound however it splits
    for cut in range(3, len(word) - 3):
        if is_noun(word[:cut]) and is_noun(word[cut:]):
            return True
    if len(word) > 5 and word.endswith(("er", "or")):
        stem = word[:-2]
        return bool(in_wordnet(stem) or in_wordnet(stem + "e"))
    return False


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


_LIST = re.compile(r"[^,;]+[,;][^,;]+(?:[,;]|\band\b)|\bwith\b[^.]*\band\b")
_VERB = re.compile(rf"(?:{COMMAND_VERBS})")


def _custom_logic(text: str) -> bool:
    """A dropped item that is custom logic ("a manager who is another employee", "price
    must be between 0 and 100") goes to the review queue: it is not lost."""
    return is_custom_logic(text)


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
    noun phrase), or in a plural of its own that heads a list ("leaves: …", "runs (…)").
    "to store, for each …" and "Store: …" are neither."""
    for i, token in enumerate(tokens):
        if singular(token) != word:
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _PREPOSITIONS or (token != word and after in (":", "(")):
            return True
    return False


_PREPOSITIONS = frozenset("for of about on in with from at by per into".split())


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
    second = words[1]
    if first in FUNCTION_WORDS:
        # a noun that the stop list holds ("year_of_publication", "year_made") starts a noun
        # phrase; a modal or a pronoun ("could_the_…", "i_want_…") starts a sentence
        noun = len(first) >= 3 and first not in _MODALS and bool(is_noun(first))
        return not noun or (second in FUNCTION_WORDS and second not in _NAME_GLUE_OK)
    if not _VERB.fullmatch(first):
        return False
    # a verb followed by a noun is a compound ("store_code", "find_number", "print_run");
    # followed by a function word it is a clause ("see_the_holder_name"). A gerund first
    # ("tracking_…") stays doubted: a sentence's verb run into a list reads the same.
    return first.endswith("ing") or second in FUNCTION_WORDS


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
    "value_list_field",
)  # fmt: skip

# Words that may go without a trace: glue, frames, verbs of asking, types, technology.
_GLUE = (
    FUNCTION_WORDS | FILLER | FRAME_NOUNS | TECH_WORDS | CONSTRAINT_WORDS | INTERJECTIONS
    | SIZE_WORDS | NOT_A_FIELD | UNIT_WORDS | PRONOUNS
    | frozenset(w for phrase in TYPE_WORDS for w in phrase.split())
    | frozenset(
        """entity entities field fields attribute attributes column columns requirements
        requirement optional required nullable mandatory blank empty known anymore instead
        longer belongs belong belonging exactly single relationship relationships related
        renamed rename don doesn isn aren won rid plus needed acceptance criteria""".split()
    )
)  # fmt: skip


def _vanished(draft: Draft, cleaned: Cleaned) -> int:
    """Content words of the request found nowhere in the result: not in a name, a target, an
    old name, a business rule or a note. "delete fax number from the patient entity" read as
    removing Patient loses "fax" and "number" without a word."""
    kept = _name_words(draft)
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


def _names_two(text: str, draft: Draft) -> bool:
    """An unread sentence or an aside naming two entities of the result ("Trucks and
    warehouses are linked", "Each talk belongs to one conference") is a relationship nobody
    read."""
    words = [singular(w) for w in _WORD.findall(text.lower())]
    heads = {singular(_words(e.name)[-1]) for e in draft.entities if _words(e.name)}
    hits = [i for i, w in enumerate(words) if w in heads]
    if len({words[i] for i in hits}) < 2:
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
    title = r"[- ]".join(w.capitalize() for w in words)
    return re.search(rf"\b{title}\b", cleaned.text) is not None


def _value_list_field(name: str) -> bool:
    """ "phone_numbers", "emails": the plural of a value ("a member can have phone numbers")
    is a list a field cannot hold, and a relationship to an entity nobody named; the reading
    is doubted. Names plural in their own right ("notes", "tags") are fields as said."""
    words = name.split("_")
    return (
        name not in PLURAL_FIELDS and words[-1] not in PLURAL_FIELDS and value_list(" ".join(words))
    )


def _glue_in(name: str) -> bool:
    """ "PropertyManagementMvp", "InstrumentBookingRequirement", "SingleCustomer": a word of
    the frame or of talk kept in a name."""
    words = _words(name)
    return len(words) > 1 and any(w in _GLUE and w not in FUNCTION_WORDS for w in words)


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
        and (after in FUNCTION_WORDS or after.endswith("ed") or after in _PARTICIPLES)
        for w, after in itertools.pairwise(words)
    )


_PARTICIPLES = frozenset("built sold held paid made done given taken won lost spent".split())


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


def _rule_nouns(draft: Draft, kept: set[str]) -> bool:
    """A sentence kept as a business rule that names something the result does not hold
    ("The assignee note should also be kept for every task"): a field said as a wish."""
    unread = {text.strip() for text in draft.unread_texts}
    return any(
        _content(w, kept)
        for rule in draft.rules
        if rule not in unread and not _custom_logic(rule)
        for w in _WORD.findall(rule.lower())
    )


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
    for rule in draft.rules:
        text = text.replace(rule.lower(), " ")
    return bool(_CHANGE_WORDS.search(_SYSTEM_CHANGE.sub(" ", text)))


def _run_on(name: str) -> bool:
    words = name.split("_")
    return len(words) >= 3 and any(w in _JOINERS for w in words[1:-1])


def _frame_field(name: str) -> bool:
    """ "also a Councillor entity" → councillor_entity: an entity read as a field."""
    return any(w in ("entity", "entities", "table", "tables", "model") for w in name.split("_"))


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
        nxt = [tokens[i + n] for i in spots if i + n < len(tokens)]
        before += any(
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
    return list(_name_split(name))


@lru_cache(maxsize=4096)
def _name_split(name: str) -> tuple[str, ...]:
    # cached: the features ask for the words of the same few names ~25 times a request
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower().replace("_", " ")
    return tuple(_WORD.findall(spaced))


def score(features: dict[str, float]) -> float:
    z = sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if features.get("_missing"):
        p = min(p, MISSING_CAP)
    return p
