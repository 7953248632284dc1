"""Rule-based recognition: request text → intent, entities, confidence. Offline, deterministic.

The stages (docs/recognition.md describes the rules a user relies on):
  0. clean (text.py): invisible characters out, accents folded, one spelling for dashes;
  1. segment (segment.py): title, sentences, bullets, with their nesting;
  2. clauses (clauses.py): talk around the request removed, topics ("On Student, …");
  3–5. readers: entities (entities.py), fields (fields.py), relationships (relations.py),
     changes (changes.py), declarations (declarations.py), tied together by read.py;
  6. assemble (assemble.py): one intent, its entities, notes, business rules, what is missing;
     then the steps of `_AFTER_ASSEMBLY`, in order, mend names or ask where the reading
     rests on something doubtful;
  7. score (confidence.py): a probability fitted on the corpus's dev split.
Below the threshold, or with anything missing, the result is "needs_clarification": never a
guess. Nothing a person wrote disappears silently: what is not a field or a relationship is a
business rule, and a listed word that is not added is named in `notes`.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from baes_tui.core.errors import BadRequest, UnsafeName
from baes_tui.core.inflection import plural as plural_of
from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.names import safe_entity_name, safe_field_name, to_snake_case
from baes_tui.recognition.additions import INSTEAD_OF, swaps_a_field
from baes_tui.recognition.asides import is_units_note, is_vent
from baes_tui.recognition.assemble import Draft, assemble, existence_said
from baes_tui.recognition.changes import states_with_types
from baes_tui.recognition.conditions import governing_note
from baes_tui.recognition.confidence import (
    TYPE_SAID_FINE,
    acronym,
    existing_created,
    features_of,
    frame_verb_modifier,
    misspellings,
    score,
    timestamp_read_into_nothing,
    unexplained_in_capitals,
    unknown_link_targets,
    value_word_thing,
)
from baes_tui.recognition.detection import detect_custom_logic
from baes_tui.recognition.entities import (
    booked_thing,
    compound_cut_short,
    each_of_the_compound,
    owner_without_apostrophe,
    records_for_people,
    rows_of_a_sheet,
)
from baes_tui.recognition.fields import EVENT_NOUNS, OPTIONAL, how_many, infer_type, type_phrase
from baes_tui.recognition.hitcheck import hit_matches_request
from baes_tui.recognition.lexicon import (
    AGE_WORDS,
    CHANGE_VERBS,
    COMMAND_VERBS,
    CREATE_VERBS,
    FIELD_MODIFIERS,
    FRAME_NOUNS,
    MANAGE_VERBS,
    NEVER_ENTITY,
    TYPE_ALTERNATION,
    UI_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.limits import DEFAULT_THRESHOLD, MAX_REQUEST_CHARS
from baes_tui.recognition.normalize import Normalizer
from baes_tui.recognition.nouns import (
    first_sense,
    foreign_compound,
    fused_record,
    in_wordnet,
    is_noun,
    is_verb,
    is_verb_form,
    known_only_as_name,
    mostly_describes,
    names_a_thing,
    plural_slips,
    respelt_field_word,
    respelt_modifier,
    respelt_noun,
    respelt_plural,
    respelt_slip,
    respelt_swapped,
    slip_left,
)
from baes_tui.recognition.patterns import rx
from baes_tui.recognition.plausibility import FUNCTION_WORDS, NOT_ENGLISH, not_a_request
from baes_tui.recognition.read import links_in_parts, read_request
from baes_tui.recognition.relations import names_a_value
from baes_tui.recognition.segment import segment
from baes_tui.recognition.statements import (
    Aside,
    Declare,
    Mention,
    Modify,
    Relate,
    Remove,
    Rename,
    Statement,
    Unread,
)
from baes_tui.recognition.stories import seen_list_ask, story_asks, story_headings
from baes_tui.recognition.text import TICKET_KEY, Cleaned, clean
from baes_tui.recognition.titled import (
    heading_over_things,
    subtitle_names_things,
    title_owner,
    title_read_as_fields,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "MAX_REQUEST_CHARS",
    "READER_FAILED",
    "Recognizer",
    "hit_matches_request",
]

log = logging.getLogger(__name__)

# a step run on an assembled reading: it may mend the draft or ask (`_AFTER_ASSEMBLY`)
Check = Callable[[Draft, Cleaned], None]

READER_FAILED = (
    "the rules could not read this request (an error in baes, logged with its details): "
    "please say it another way, e.g. one entity or one change per sentence"
)


class Recognizer:
    """Reads a request with rules; never guesses: unclear requests ask for clarification."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold

    def recognize(
        self, request: str, *, normalizer: Normalizer, threshold: float | None = None
    ) -> Recognition:
        """Recognition of `request`; BadRequest when it is empty or longer than the limit."""
        if not request or not request.strip():
            raise BadRequest(
                "empty request: describe what to build, e.g. "
                '"Create a system to manage students with name, email, and age"'
            )
        if len(request) > MAX_REQUEST_CHARS:
            raise BadRequest(
                f"request too long: {len(request)} characters; the limit is {MAX_REQUEST_CHARS}"
                " (split it into one request per entity or change)"
            )
        cleaned = clean(request)
        try:
            draft = self.draft(cleaned)
            # a slip in the verb or place word of a change was mended: say which word was read
            # as which, so a person sees what the reading rests on
            draft.notes.extend(
                f"read {typed!r} as {meant!r} (typo)" for typed, meant in cleaned.read_as
            )
            # (on the request as written: cleaning drops a ticket key such as "CR-14")
            _added_under_change_label(draft, request)
            _named_gets(draft, request)
            _governed_note(draft, cleaned.text)
            if draft.respelt:
                features = features_of(draft, *_as_read(cleaned, request, draft.respelt))
            else:
                features = features_of(draft, cleaned, request)
            limit = self.threshold if threshold is None else threshold
            # a story not accepted as written is read from the plain ask it holds (the role and
            # the reason are talk); one accepted as written keeps its reading (taking the plain
            # ask where the two differ read a right one wrong, in the sealed counts)
            # (not where a reason names values the things may hold, "so that the drivers know
            # the ribbon colour": those may be fields asked for, so the doubt stands; a
            # scenario's Then line is its ask, no reason)
            reasons_values = bool(features.get("aside_values")) and not _THEN_STEP.search(request)
            if draft.missing or score(features) < limit:
                story = None
                if not reasons_values:
                    story = self._read_as_story(request, limit)
                elif (seen := seen_list_ask(request)) is not None:
                    # (new59) the values the reason names are the list of the thing kept
                    story = self._read_as_story(request, limit, [seen])
                if story is not None:
                    cleaned, draft, features = story
        except Exception:
            # A reader's bug on wording nobody foresaw must not crash a screen or a script,
            # nor lose the request: it is asked about, kept whole, and logged with its trace.
            log.exception("the rules failed to read a request of %d characters", len(request))
            draft = Draft(missing=["intent"], notes=[READER_FAILED], rules=[cleaned.text.strip()])
            # (no feature is computed on text a rule failed on: the features are rules too)
            features = {"_missing": 1.0}
        return self._finish(request, cleaned, draft, features, normalizer, threshold)

    def _read_as_story(
        self, request: str, limit: float, asks: list[str] | None = None
    ) -> tuple[Cleaned, Draft, dict[str, float]] | None:
        """A user story, a scenario or a story ticket not accepted as written: the first plain
        ask it holds (stories.py) that is read whole and accepted is its reading; the role,
        the reason and the scene around it are talk, kept as rules and never fields."""
        for ask in story_asks(request) if asks is None else asks:
            cleaned = clean(ask)
            draft = self.draft(cleaned)
            _governed_note(draft, cleaned.text)
            if draft.respelt:
                features = features_of(draft, *_as_read(cleaned, ask, draft.respelt))
            else:
                features = features_of(draft, cleaned, ask)
            if draft.intent is None or draft.missing or score(features) < limit:
                continue
            draft.rules.insert(0, request.strip())
            draft.notes.append(f"read as a user story: {ask!r}")
            return cleaned, draft, features
        return None

    def draft(self, cleaned: Cleaned) -> Draft:
        """Stages 1–6 on cleaned text (the Draft holds the evidence the score uses); where
        nothing is read, the ask may follow talk no reader knows (`_read_after_talk`)."""
        draft = _read_once(cleaned)
        bare = _bare_mention(draft)
        if _nothing_read(draft) or bare:
            found = (
                _read_after_talk(cleaned, _read_once)
                or _read_pronoun_ask_apart(cleaned, _read_once)
                or _read_before_talk(cleaned, _read_once)
            )
            if found is None:
                return draft
            if bare and found.intent not in _FIELD_CHANGES:
                return draft  # only a change of fields is read past a thing named bare
            # a removal read from part of the text is refused or wondered about in the rest
            # ("the fax is old but we shouldn't remove it")
            _removal_doubted(found, cleaned)
            return found
        return draft

    def _finish(
        self,
        request: str,
        cleaned: Cleaned,
        draft: Draft,
        features: dict[str, float],
        normalizer: Normalizer,
        threshold: float | None,
    ) -> Recognition:
        limit = self.threshold if threshold is None else threshold
        confidence = score(features)
        missing = list(dict.fromkeys(draft.missing))
        if not missing and confidence < limit:
            missing.append("confirmation")
        # every name given passes the safe-name rule, whatever rule read it ("<0:A" read as a
        # field "0_a" is field_0_a: a column no language would take as written)
        entities = tuple(
            replace(
                e,
                attributes=tuple(
                    replace(a, name=safe_field_name(a.name)) if a.name else a for a in e.attributes
                ),
            )
            for e in draft.entities
        )
        rules = tuple(dict.fromkeys(draft.rules))
        first = entities[0] if entities else None
        custom = detect_custom_logic(
            request,
            business_rules=rules,
            attributes=first.attributes if first else (),
            relationships=first.relationships if first else (),
            entity=first.name if first else None,
        )
        return Recognition(
            request=request,
            normalized_key=normalizer.normalize(request),
            intent=draft.intent or Intent.CREATE_ENTITY,
            entities=entities,
            confidence=round(confidence, 3),
            status="needs_clarification" if missing else "recognized",
            business_rules=rules,
            custom_logic=custom,
            missing=tuple(missing),
            source="rules",
            cache="miss",
            normalizer_id=normalizer.id,
            notes=tuple(dict.fromkeys(draft.notes)),
        )


_THEN_STEP = re.compile(r"^\s*then\s", re.IGNORECASE | re.MULTILINE)


def _read_once(cleaned: Cleaned) -> Draft:
    """Stages 1–6 on the whole of `cleaned`."""
    refusal = not_a_request(cleaned.text)
    if refusal == NOT_ENGLISH and _english_words_alone(cleaned.text):
        refusal = None
    if refusal is not None:
        return Draft(missing=["intent"], notes=[refusal], rules=[cleaned.text.strip()])
    segments = segment(cleaned.text)
    titles = {s.index: s.text for s in segments if s.kind == "title"}
    reading = read_request(cleaned.text)
    reading.statements = title_read_as_fields(segments, reading.statements)
    reading.statements = subtitle_names_things(segments, reading.statements)
    if heading_over_things(segments, reading.statements):
        titles[0] = segments[0].text
    reading.statements = title_owner(reading.statements, segments)
    reading.statements = [_no_title_relation(s, titles) for s in reading.statements]
    reading.statements = _no_title_fields(reading.statements, titles)
    draft = assemble(reading, frozenset(titles))
    _titles_kept(draft, reading.statements, titles)
    for check in _AFTER_ASSEMBLY:
        check(draft, cleaned)
    return draft


# the most words one plain sentence of English words no lexicon here knows is let through with
_PLAIN_SENTENCE_WORDS = 8


def _english_words_alone(text: str) -> bool:
    """ "Highway inspectors visit road sections": one short sentence whose every word WordNet
    knows (a noun, an adjective, an adverb or a verb, in the plural or inflected) is English,
    though no word of it is in the lexicons the English share counts; "Lorem ipsum dolor sit
    amet" and "Ich brauche ein System" have words WordNet does not know. Without WordNet,
    False (the share alone decides, as before)."""
    body = text.strip().rstrip(".!?")
    if any(mark in body for mark in ".;:!?\n"):
        return False  # one sentence only
    words = rx(r"[a-z]+").findall(body.lower())
    if not words or len(words) > _PLAIN_SENTENCE_WORDS or {"and", "or", "but"} & set(words):
        return False  # (a second verb after "and" is read as a second target: asked still)
    if all(word in FUNCTION_WORDS for word in words):
        return False  # "a a a a": glue alone says nothing in any language
    for word in words:
        if word in FUNCTION_WORDS:
            continue
        if in_wordnet(word) is None:
            return False
        if not (in_wordnet(word) or in_wordnet(singular(word)) or is_verb_form(word)):
            return False
    return True


# (new59) "WeatherReading gets a sea state and a wave height", "the Ferry now gets a home port":
# a thing written as a name that "gets" fields is given them: an add said outright (what a new
# thing is made of is said with "has" or "with", not "gets")
_NAMED_GETS = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<n>[A-Z][A-Za-z]*)\s+(?:now\s+|also\s+|should\s+|will\s+)?gets?\s"
)


def _named_gets(draft: Draft, text: str) -> None:
    """An add guessed from "X gets F", X written as a name, is no guess."""
    if (
        draft.intent is Intent.ADD_FIELDS
        and draft.mode_guess
        and len(draft.entities) == 1
        and (m := _NAMED_GETS.match(text)) is not None
        and m["n"].lower() == draft.entities[0].name.lower()
    ):
        draft.mode_guess = False


def _added_under_change_label(draft: Draft, text: str) -> None:
    """ "Change request 9: Locker has a key number", "Ticket 4, new fields: Hive has …": a
    create guessed from "X has F" (no verb said make or add) under a change ticket's label or
    "new fields" adds F to the X there is; the label is read on the whole request, as a title
    read as talk is set aside before the fields are read. A create said outright under such a
    label is mixed evidence, asked rather than guessed either way."""
    if (
        draft.intent is Intent.ADD_FIELDS
        and draft.mode_guess
        and draft.entities
        and not draft.missing
        and existence_said(text, [e.name for e in draft.entities])
    ):
        # "Shop API change … Product gets a barcode": the guess of an add is what the label says
        draft.mode_guess = False
        return
    if (
        draft.intent is Intent.CREATE_ENTITY
        and draft.mode_guess
        and len(draft.entities) == 1
        and draft.entities[0].attributes
        and not draft.missing
        and _criteria_of_named(text, draft.entities[0].name)
    ):
        # "CLIN-4: recall on Patient / Acceptance criteria: - Patient has a recall date": a
        # ticket's criteria that say a thing by its bare name has a field speak of the model
        # there is (a new one is announced: "New entity: X", "An X has …")
        draft.intent = Intent.ADD_FIELDS
        return
    if (
        draft.intent is not Intent.CREATE_ENTITY
        or not draft.entities
        or draft.missing
        or not existence_said(text, [e.name for e in draft.entities])
    ):
        return
    if draft.mode_guess and all(e.attributes for e in draft.entities):
        draft.intent = Intent.ADD_FIELDS
        return
    name = draft.entities[0].name
    draft.missing.append("intent")
    draft.notes.append(_there_already(name, "a change label or new fields"))


# A ticket's criteria heading on a line of its own ("Acceptance criteria:", "AC:")
_CRITERIA_HEAD = re.compile(r"(?im)^[ \t]*(?:acceptance[ \t]+criteria|ac)[ \t]*:?[ \t]*$")
_CRITERION = r"(?m)^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]*"


def _criteria_of_named(text: str, name: str) -> bool:
    """A ticket (its key on the first line) whose acceptance criteria say, two times or more,
    that the thing written by its bare name (no article: "- Loan has a …") has a field, and
    never "- A Loan has …" (an article introduces a thing not there yet)."""
    first = text.lstrip().split("\n", 1)[0]
    if (
        not TICKET_KEY.match(first)
        or re.search(r"\b(?:new|create|introduce)\b", first, re.I)
        or not (head := _CRITERIA_HEAD.search(text))
    ):
        return False
    body = text[head.end() :]
    said = re.escape(name)
    bare = re.findall(rf"{_CRITERION}{said}[ \t]+(?:has|gets)[ \t]+(?:an?|the)?[ \t]*\w", body)
    new = re.search(rf"{_CRITERION}(?:an?|the)[ \t]+{said}\b", body, re.I)
    return len(bare) >= 2 and new is None


def _there_already(name: str, why: str) -> str:
    """The note on a create of a thing the request speaks of as there: which to say instead."""
    return (
        f"{name} is spoken of as there already ({why}): say 'add … to {name}' to add fields,"
        f" or 'create {name} with …' for a new one"
    )


def _no_title_relation(statement: Statement, titles: dict[int, str]) -> Statement:
    """A title names the system ("Maintenance Work Orders"): never a relationship."""
    if isinstance(statement, Relate) and statement.segment in titles:
        text = titles[statement.segment]
        return Unread(text, statement.segment, len(text.split()))
    return statement


def _no_title_fields(statements: list[Statement], titles: dict[int, str]) -> list[Statement]:
    """ "Laptop loans: track condition" over "1. HardwareLoan gets two new fields: …": a title
    that reads as fields of one thing names the document when its body changes another thing
    by name; the body is the request, the title is kept as said."""
    changed = {
        s.entity.name
        for s in statements
        if (isinstance(s, Remove | Modify | Rename) or (isinstance(s, Declare) and s.mode == "add"))
        and s.segment not in titles
        and s.entity is not None
    }
    out: list[Statement] = []
    for s in statements:
        if (
            isinstance(s, Declare)
            and s.segment in titles
            and not s.header
            and s.entity is not None
            and changed - {s.entity.name}
        ):
            text = titles[s.segment]
            s = Aside(text, s.segment, len(text.split()))
        out.append(s)
    return out


def _titles_kept(draft: Draft, statements: list[Statement], titles: dict[int, str]) -> None:
    """A title read as a noun ("## Fisheries landing log" over its sections, "Vet clinic —
    patient records") is also kept as a business rule, as a title read as nothing is: nothing
    a person wrote disappears silently."""
    for s in statements:
        if isinstance(s, Mention) and s.segment in titles and s.entity is not None:
            text = titles[s.segment].strip()
            if text not in draft.rules:
                draft.rules.insert(0, text)


def _respell_entities(draft: Draft, cleaned: Cleaned) -> None:
    """ "each inspecton belongs to one hive": an entity word no dictionary knows, one slip away
    from exactly one noun, is that noun (docs/recognition.md: one entity word may be misspelt;
    a new field's words are read by `_respell_fields`). The note says so, so a person sees the
    change."""
    text = cleaned.text
    spelt: dict[str, str] = {}
    # a link's target is an entity word too ("every visit belongs to one propertty")
    names = [e.name for e in draft.entities]
    names += [r.target for e in draft.entities for r in e.relationships]
    # and the old name of a renamed entity ("renaem the Barel entity to Cask")
    names += [e.renamed_from for e in draft.entities if e.renamed_from]
    # the head of a thing a request makes, adds to or changes may also be read past a slip
    # the doubt names ("memebers", "reservasions", "Odrer"; a word before it may be a brand,
    # "Tumblr posts"); a rename or a removal points at a thing by the name as typed, so a slip
    # there is asked (`_slips_noted`)
    kept = {e.name for e in draft.entities} if draft.intent not in _NAMING_CHANGES else set()
    for name in dict.fromkeys(names):
        words = rx(r"[A-Z][a-z]*|[a-z]+").findall(name)
        # a word also written in capitals is an acronym as its writer spells it ("COSHH")
        fixed = [
            w.lower() if acronym(w.lower(), cleaned) else respelt_noun(w) or w.lower()
            for w in words
        ]
        head = words[-1].lower() if words else ""
        if name in kept and fixed[-1:] == [head] and not acronym(head, cleaned):
            fixed[-1] = respelt_slip(head) or head
        if words:  # the head as typed, a plural ("cabels" is cables, not "cabel" → Cabell)
            fixed[-1] = _respelt_typed_plural(words[-1], text) or fixed[-1]
        if (
            name in kept
            and fixed[-1:] == [head]
            and len(meant := _typed_plural_doubt(head, text)) > 1
        ):
            # (crt59) "log shoings": showings or shoeings, two words meant: asked, never
            # read as one of them nor kept as typed with no doubt
            draft.notes.append(
                f"{head + 's'!r} looks misspelt (did you mean "
                + " or ".join(repr(w + "s") for w in meant[:3])
                + "?): names are kept as written"
            )
            if "confirmation" not in draft.missing:
                draft.missing.append("confirmation")
        # a word before the head may be an adjective misspelt ("controled drug checks")
        fixed[:-1] = [respelt_modifier(w) or f for w, f in zip(words, fixed[:-1], strict=False)]
        if name in kept:
            # (crt59) "obsreving sessions": two keys struck in the wrong order in a word before
            # the head, typed in lower case (a capitalised word may be a brand: "Casio")
            fixed[:-1] = [
                respelt_swapped(w) or f
                if f == w.lower() and w.lower() not in cleaned.capitalised
                else f
                for w, f in zip(words, fixed[:-1], strict=False)
            ]
        # "PerDiem": a word WordNet knows only with its neighbour is spelt right ("diem")
        for at in range(len(words) - 1):
            if foreign_compound(words[at], words[at + 1]):
                fixed[at : at + 2] = [words[at].lower(), words[at + 1].lower()]
        # (ma63) "add a due date to printjob": a noun and a record head English writes apart,
        # typed closed, is the two words (not a word capitalised as a name: "Printjob")
        if (
            len(words) == 1
            and words[0].lower() not in cleaned.capitalised
            and (pair := fused_record(words[0])) is not None
        ):
            fixed = list(pair)
            # the evidence weighs the two words read, not the word typed (`_as_read`)
            typed = rx(r"\b(" + re.escape(words[0]) + r"[a-z]*)\b", re.I).search(text)
            if typed is not None:
                word = typed[1].lower()
                draft.respelt[word] = f"{pair[0]} {word[len(pair[0]) :]}"
        if fixed != [w.lower() for w in words]:
            try:
                spelt[name] = safe_entity_name(" ".join(fixed))
            except UnsafeName:
                continue
    if not spelt:
        return
    draft.entities = [
        replace(
            e,
            name=spelt.get(e.name, e.name),
            renamed_from=spelt.get(e.renamed_from, e.renamed_from) if e.renamed_from else None,
            relationships=tuple(
                replace(r, target=spelt.get(r.target, r.target)) for r in e.relationships
            ),
        )
        for e in draft.entities
    ]
    draft.joint = {spelt.get(name, name) for name in draft.joint}
    draft.notes.extend(f"read {old!r} as {new!r} (spelling)" for old, new in spelt.items())


# Requests that name new fields: a slip in one is read as the word meant. A change to a field
# there already (a type, a rename, a removal) finds it by the name typed, so a slip is asked.
_NEW_FIELDS = (Intent.CREATE_ENTITY, Intent.ADD_FIELDS)


def _respell_fields(draft: Draft, cleaned: Cleaned) -> None:
    """ "Meals: nmae, prcie, vegetarain (yes/no)": a word of a new field no dictionary knows,
    one slip from a word English uses (`respelt_field_word`), is that word, and the type its
    words suggest follows it (price → decimal); a type the request gave is kept. Not a word
    written with capitals (a code, a brand, a name: "SKU", "Qbx"), and `notes` says each."""
    if draft.intent not in _NEW_FIELDS:
        return
    text = cleaned.text
    shouted = text == text.upper()
    read: dict[str, str] = {}
    for at, entity in enumerate(draft.entities):
        attributes = list(entity.attributes)
        for i, attribute in enumerate(attributes):
            words = attribute.name.split("_")
            fixed = [
                _field_word_meant(w, words[j - 1] if j else "", cleaned, shouted)
                for j, w in enumerate(words)
            ]
            if fixed == words:
                continue
            try:
                name = safe_field_name(" ".join(fixed))
            except UnsafeName:
                continue
            kind = attribute.type
            if kind is infer_type(words) and not _type_said_after(words, text):
                kind = infer_type(name.split("_"))  # the type was the typed words' guess
            attributes[i] = replace(attribute, name=name, type=kind)
            read.update((w, f) for w, f in zip(words, fixed, strict=True) if w != f)
        draft.entities[at] = replace(entity, attributes=tuple(attributes))
    draft.notes.extend(f"read {old!r} as {new!r} (spelling)" for old, new in read.items())
    draft.respelt.update(read)
    if read:
        _slips_left(draft, cleaned)


def _slips_left(draft: Draft, cleaned: Cleaned) -> None:
    """ "Bread: nmae, prise, weigth": a request typed with slips may hold one no rule reads
    ("prise" is a word, "bedroms" two run together): before the slips read were the only
    doubt, and they made the reading asked. A word of a name that may be one more keeps it
    asked (`slip_left`), and the note names it."""
    words = {
        w
        for e in draft.entities
        for name in (e.name, *(a.name for a in e.attributes))
        for w in rx(r"[A-Z][a-z]*|[a-z]+").findall(name)
    }
    for word in sorted(w.lower() for w in words):
        if word in FUNCTION_WORDS or word in cleaned.capitalised or acronym(word, cleaned):
            continue
        if (meant := slip_left(word)) is not None:
            draft.notes.append(f"{word!r} may be a slip too (did you mean {meant!r}?)")
            if "confirmation" not in draft.missing:
                draft.missing.append("confirmation")


def _as_read(cleaned: Cleaned, request: str, respelt: dict[str, str]) -> tuple[Cleaned, str]:
    """The request with each field word typed with a slip written as it was read ("emial" →
    email): the evidence weighs the reading against the words it read, and a word read as its
    respelling neither vanished nor took a role the reading does not give it."""
    typed = re.compile(r"\b(?:" + "|".join(map(re.escape, respelt)) + r")\b", re.I)
    meant = lambda m: respelt.get(m[0].lower(), m[0])  # noqa: E731
    return replace(cleaned, text=typed.sub(meant, cleaned.text)), typed.sub(meant, request)


def _type_said_after(words: list[str], text: str) -> bool:
    """ "birthdy (text)", "ammount: string", "capcity as text": the request gave the field's
    type after its name, so the type read is the person's, whatever the word meant suggests."""
    typed = r"\W+".join(map(re.escape, words))
    for m in re.finditer(
        rf"\b{typed}\b(?:\s*\(([^()\n]{{1,40}})\)|\s*[:=]\s*([a-z ]{{1,20}})"
        rf"|\s+as\s+([a-z ]{{1,20}}))",
        text,
        re.I,
    ):
        said = m[1] or m[2] or m[3] or ""
        if any(type_phrase(part) is not None for part in re.split(r"[,;/]", said.lower())):
            return True
        if said and type_phrase(" ".join(said.split()[:2])) is not None:
            return True
    return False


def _field_word_meant(word: str, before: str, cleaned: Cleaned, shouted: bool) -> str:
    """`word` of a new field's name, or the word it was typed for (`_respell_fields`)."""
    if word in FUNCTION_WORDS or word in cleaned.capitalised or acronym(word, cleaned):
        return word
    # (the substring test first: a pattern per word would be compiled for most requests)
    upper = word.upper()
    if (
        not shouted
        and (upper in cleaned.text or not upper.isalnum())
        and re.search(rf"\b{upper}\b", cleaned.text)
    ):
        return word  # written in capitals among lower case: a code or a name
    if before and foreign_compound(before, word):
        return word
    return respelt_field_word(word) or word


def _screen_word_frames(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add a nickname to the Member screen", "the Booking view is great, can we add a deposit
    to it?": a screen word after a name written as one (capitalised past a sentence's start)
    frames it; the change is to Member, not to a "MemberScreen". A create of such a name is
    asked (a screen is not what is kept); "the member screen" in lower case, or a name written
    whole ("MemberScreen"), is left as read."""
    text = cleaned.text
    for entity in list(draft.entities):
        words = _name_words(entity.name)
        if len(words) < 2 or words[-1] not in UI_WORDS or entity.name in text:
            continue
        name = r"\s+".join(w.capitalize() for w in words[:-1])
        if not re.search(rf"\b[A-Za-z]+,?\s+{name}\s+{words[-1]}\b(?!\s+entity)", text):
            continue
        try:
            framed = safe_entity_name(" ".join(words[:-1]))
        except UnsafeName:
            continue
        at = draft.entities.index(entity)
        same = next((e for e in draft.entities if e.name == framed), None)
        if same is None:
            draft.entities[at] = replace(entity, name=framed)
        else:  # "The Broker screen is great … add those to Broker": one thing
            merged = (*same.attributes, *(a for a in entity.attributes if a not in same.attributes))
            draft.entities[draft.entities.index(same)] = replace(same, attributes=merged)
            del draft.entities[at]
        if draft.intent is Intent.CREATE_ENTITY:
            _ask(draft, f"the {framed} {words[-1]} is how {framed} is shown: is {framed} new?")


# "Building permits with …", "Tracking numbers having …": a line or sentence that opens with a
# keeping or making verb's -ing form, a bare plural and its fields
_GERUND_OPENS = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:[-*•]\s+)?(?P<g>(?i:{MANAGE_VERBS}|{CREATE_VERBS}))\s+(?P<p>[a-z]+s)\s+"
    r"(?:with|having|including)\b",
    re.M,
)


def _gerund_or_compound(draft: Draft, cleaned: Cleaned) -> None:
    """ "Building permits with number, …": an -ing word that is also a noun, before a bare
    plural, may be the verb ("Managing customers with …" keeps Customer) or name a kind of
    thing. English listing the pair ("building permit") or a value's word after it ("tracking
    number", "handling fee") makes the kind (BuildingPermit); otherwise ("Recording sessions
    with …", "Tracking shipments with …") it cannot be told and is asked."""
    if draft.intent is not Intent.CREATE_ENTITY or draft.missing:
        return
    for m in _GERUND_OPENS.finditer(cleaned.text):
        gerund, plural = m["g"].lower(), m["p"]
        one = singular(plural)
        if not gerund.endswith("ing") or one == plural or not is_noun(gerund):
            continue
        short = next((e for e in draft.entities if _name_words(e.name) == [one]), None)
        if short is None:
            continue
        if in_wordnet(f"{gerund}_{one}") or names_a_value(one):
            try:
                name = safe_entity_name(f"{gerund} {one}")
            except UnsafeName:
                continue
            if any(e.name == name for e in draft.entities):
                continue
            draft.entities = [
                replace(
                    e,
                    name=name if e is short else e.name,
                    relationships=tuple(
                        replace(r, target=name) if r.target == short.name else r
                        for r in e.relationships
                    ),
                )
                for e in draft.entities
            ]
            continue
        kind = "".join(w.capitalize() for w in (gerund, one))
        _ask(
            draft,
            f"'{m['g']} {plural}': is each one a {gerund} {one} ({kind}), or is it the {plural}"
            f" themselves ({short.name})? say 'a {kind} entity' or '{short.name}'",
        )
        return


def _one_created_renamed(
    draft: Draft, text: str, reading: Callable[[EntitySpec, str], str | None]
) -> None:
    """The whole-request readings of a new thing's name (entities.py) apply where the request
    creates one entity: with more, each name was said as meant, and links point at them."""
    if draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    name = reading(entity, text)
    if name is not None:
        draft.entities = [replace(entity, name=name)]


# "a booking app for our studio to manage therapists with …": after the app and the place it
# is for, the keeping verb and the things it keeps, then their fields
_KEPT_WITH = re.compile(
    r"\bto\s+(?:manage|track|keep\s+track\s+of|record|log|keep|store|register|list|organi[sz]e)"
    r"\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?(?P<t>(?:[a-z]+\s){0,2}[a-z]+s)"
    r"\s+(?:with|having|including)\b"
)
_ACT_FRAME = re.compile(r"\b(?P<g>[a-z]+ing)\s+(?P<f>[a-z]+)\b")


def _kept_after_the_act(draft: Draft, cleaned: Cleaned) -> None:
    """ "Create a booking app for our massage studio to manage therapists with name, …": the
    act before the frame ("booking", "ticketing", "scheduling") names the app, and the things
    the app is "to manage" are what the fields describe (as "a booking app to manage
    therapists with …" reads already; the place the app is for came between). Only where the
    one entity read is that act, and the things kept are a plural said once."""
    text = cleaned.text
    if draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    words = rx(r"[A-Z][a-z]+").findall(entity.name)
    if not words or "".join(words) != entity.name:
        return
    lowered = text.lower()
    word = words[-1].lower()
    kept = [m["t"] for m in _KEPT_WITH.finditer(lowered)] if " to " in lowered else []
    if not kept or not any(
        m["f"] in FRAME_NOUNS and m["g"].startswith(word) for m in _ACT_FRAME.finditer(lowered)
    ):
        return
    if len(kept) != 1 or singular(kept[0].split()[-1]) == word:
        return
    try:
        name = safe_entity_name(kept[0])
    except UnsafeName:
        return
    draft.entities = [replace(entity, name=name)]


def _framed_name_linked(draft: Draft, cleaned: Cleaned) -> None:
    """ "Camp Site (name, postcode) and Ranger (name). Each ranger works at one camp site.": the
    thing declared lost its last word as a frame ("site", "log", "register"), but a link of the
    same request names it whole; where no entity holds the whole name and the request says
    the entity's words right before that frame word, the two are one thing, named whole."""
    text = cleaned.text
    names = {e.name for e in draft.entities}
    targets = {r.target for e in draft.entities for r in e.relationships} - names
    if not targets:
        return
    lowered = text.lower()
    renamed: dict[str, str] = {}
    for entity in draft.entities:
        if not entity.attributes:
            continue
        words = rx(r"[A-Z][a-z]*").findall(entity.name)
        for target in targets:
            rest = target[len(entity.name) :].lower()
            if not target.startswith(entity.name) or rest not in FRAME_NOUNS:
                continue
            said = r"\s+".join([*(w.lower() for w in words), rest])
            if re.search(rf"\b{said}s?\b", lowered):
                renamed[entity.name] = target
    if not renamed or len(set(renamed.values())) != len(renamed):
        return
    draft.entities = [
        replace(
            e,
            name=renamed.get(e.name, e.name),
            relationships=tuple(
                replace(r, target=renamed.get(r.target, r.target)) for r in e.relationships
            ),
        )
        for e in draft.entities
    ]


# "a results log for the league matches", "a maintenance log for the burners": a record frame
# named by an act, "for" things in the plural said with "the" or "our"
_ACT_FRAME_FOR_THINGS = re.compile(
    r"\b(?P<m>[a-z]{3,})[ \t]+(?:log|logbook|register|registry|list|inventory|directory|tracker"
    r"|diary|catalogue|catalog)[ \t]+for[ \t]+(?:the|our|my|all[ \t]+the|all[ \t]+our)[ \t]+"
    r"(?P<t>[a-z]+(?:[ \t][a-z]+){0,2}?)(?=[ \t]*(?:\bwith\b|[:(\-–—,.;]|$))",
    re.M,
)
_ACTS = frozenset(("noun.act", "noun.event", "noun.phenomenon"))
_WHO_OR_WHERE = frozenset(("noun.person", "noun.group", "noun.location", "noun.animal"))


def _act_frame_doubted(draft: Draft, cleaned: Cleaned) -> None:
    """ "a results log for the league matches", "a maintenance log for the burners": the act the
    frame is named by may be the record (one result, one maintenance visit) or only say what is
    logged about each of the things it is "for" (one row per match, per burner); nothing in
    the phrase decides, so a reading of the act alone is asked, never accepted. People, groups
    and places after "for" are who or where the record is for ("an incident log for the
    residents" keeps incidents, "a feeding log for the cats" feedings); the things may be the
    name read too ("a service log for the boilers" read as Boiler). A field that names the
    things ("… for our training courses with the course name") says a row is one act."""
    if draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1 or draft.missing:
        return
    name = draft.entities[0].name.lower()
    for m in _ACT_FRAME_FOR_THINGS.finditer(cleaned.text.lower()):
        mod, things = singular(m["m"]), m["t"].split()
        if singular(things[-1]) == things[-1]:
            continue
        if name not in (mod, "".join(things[:-1]) + singular(things[-1])):
            continue
        if first_sense(mod) not in _ACTS and not (mod.endswith("ing") and is_noun(mod) is False):
            continue
        if first_sense(singular(things[-1])) in _WHO_OR_WHERE | {None}:
            continue
        if name == mod and any(
            singular(things[-1]) in a.name.split("_") for a in draft.entities[0].attributes
        ):
            continue  # "an enrolments list for our courses with … the course name": one row
            # names its course, so it is one enrolment
        _ask(draft, f"is each record one {mod}, or one of the {m['t']}? say which thing is kept")
        return


def _compound_doubted(draft: Draft, cleaned: Cleaned) -> None:
    """ "tracks priority services registrations … for each registration": the thing named by
    a compound and then by its head alone, with nothing to say which is its name, is asked."""
    text = cleaned.text
    if draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    if (whole := compound_cut_short(entity, text)) is not None:
        _ask(draft, f"{entity.name} may be short for '{whole}': say which name the thing has")


def _respelt_typed_plural(word: str, text: str) -> str | None:
    """ "wine rakcs with …": the head's slip is in the plural as typed ("rakcs" → racks), which
    the singular made of it ("rakc") no longer shows; the plural must be in the request."""
    word = word.lower()
    if len(word) < 4 or in_wordnet(word) is not False or word not in text.lower():
        return None  # (a word WordNet knows is no slip: the plural's own check, said first)
    typed = set(rx(r"[a-z]+").findall(text.lower()))
    for plural in (word + "s", word + "es"):
        if plural in typed:
            return respelt_plural(plural)
    if word.endswith("ss") and word in typed:
        # (me64) "kidss: name, …": the plural's "s" typed twice leaves no singular to make
        # ("kidss" read a thing Kidss); the plural put right must be a noun's
        return respelt_plural(word)
    if len(word) >= 5 and word[-2] == "s" and word[-1] in "aeiouy" and word in typed:
        # (ls61) "a systm for bikse": the plural's "s" struck before the letter it follows
        # (bikes), so no singular was made of it; the plural put right must be a noun's
        meant = word[:-2] + word[-1] + "s"
        one = singular(meant)
        if one != meant and is_noun(one) is True:
            return one
    return None


def _typed_plural_doubt(word: str, text: str) -> list[str]:
    """The words a head's plural as typed may be a slip of, when the request has it."""
    word = word.lower()
    if len(word) < 4 or in_wordnet(word) is not False or f"{word}s" not in text.lower():
        return []
    typed = set(rx(r"[a-z]+").findall(text.lower()))
    return plural_slips(f"{word}s") if f"{word}s" in typed else []


def _slips_noted(draft: Draft, cleaned: Cleaned) -> None:
    """ "add adress and emial to Guest": a name's word that looks like a slip of the keys is
    kept as written (the confidence asks about it); the note names the word it was likely
    meant to be, so the person fixes the request rather than a table's column."""
    slips = misspellings(draft, cleaned)
    draft.notes.extend(
        f"{typed!r} looks misspelt (did you mean {meant!r}?): names are kept as written"
        for typed, meant in slips.items()
    )
    # a rename or a removal points at a thing there by its name: a slip in it points at
    # nothing, so the change is asked whatever the score ("Rename the Consultent entity …")
    if slips and draft.intent in _NAMING_CHANGES and not draft.missing:
        draft.missing.append("confirmation")


# Changes that find the thing they change by the name the person wrote
_NAMING_CHANGES = (Intent.RENAME_ENTITY, Intent.RENAME_FIELD, Intent.REMOVE_ENTITY)


def _spelling_clashes(draft: Draft, cleaned: Cleaned) -> None:
    """ "name and ñame" fold to one field: refuse, naming both, instead of merging them."""
    for entity in draft.entities:
        for attribute in entity.attributes:
            for word in attribute.name.split("_"):
                spellings = cleaned.spellings.get(word)
                if spellings and _listed_twice(entity, attribute.name, draft):
                    both = " and ".join(f"'{s}'" for s in sorted(spellings))
                    draft.missing.append("attributes")
                    draft.notes.append(
                        f"{both} both become the field name {attribute.name!r} of "
                        f"{entity.name}: rename one of them"
                    )


def _listed_twice(entity: EntitySpec, name: str, draft: Draft) -> bool:
    return name in draft.repeated.get(entity.name, ())


def _counts_of_things_detailed(draft: Draft, cleaned: Cleaned) -> None:
    """ "For the kimchi class we need jars and students. Each jar has …, each student has …": a
    thing whose only fields are how many of things the same request creates with fields of
    their own is the occasion they are kept for (the class, the camp), not a thing kept: the
    things detailed are what was asked for."""
    if draft.intent not in (None, Intent.CREATE_ENTITY) or len(draft.entities) < 3:
        return
    detailed = {e.name for e in draft.entities if e.attributes}
    linked = {r.target for e in draft.entities for r in e.relationships}
    for entity in list(draft.entities):
        names = [a.name for a in entity.attributes]
        said = rx(r"(?<=[a-z])(?=[A-Z])").sub(" ", entity.name).lower()
        if (
            len(names) >= 2
            # (said as what the things are for: "for the kimchi class", "for our surf camp")
            and re.search(
                rf"\bfor\s+(?:(?:the|our|my|this|that|each|every)\s+)?{re.escape(said)}\b",
                cleaned.text,
                re.I,
            )
            and not entity.relationships
            and entity.name not in linked
            and all(
                a.type is AttrType.INT
                and "_" not in a.name
                and singular(a.name) != a.name
                and singular(a.name).capitalize() in detailed - {entity.name}
                for a in entity.attributes
            )
        ):
            draft.entities.remove(entity)


def _things_not_counts(draft: Draft, cleaned: Cleaned) -> None:
    """ "the sailing club stuff? skippers, boats, the usual": when every field of a new entity
    is a bare plural of people or things (each read as how many), the list names things to
    manage, not fields of one: asked about, never built as counts."""
    if draft.intent not in (None, Intent.CREATE_ENTITY):
        return
    for entity in draft.entities:
        names = [a.name for a in entity.attributes]
        if len(names) >= 2 and all(
            a.type is AttrType.INT and how_many([a.name]) for a in entity.attributes
        ):
            draft.missing.append("attributes")
            listed = ", ".join(names)
            draft.notes.append(
                f"{listed} read as how many of each on {entity.name}; if they are things to"
                f" manage, name each with its fields, e.g. '{names[0].replace('_', ' ')} with"
                " name and …'"
            )


_CHANGES = (Intent.MODIFY_FIELDS, Intent.REMOVE_FIELDS, Intent.RENAME_FIELD, Intent.ADD_FIELDS)


def _frame_read_as_field(draft: Draft, cleaned: Cleaned) -> None:
    """ "make the kiln list optional": a frame noun said right after the thing's own noun is
    the frame around the things (as "a kiln register" keeps kilns), so a change read as a field
    of that name may mean the whole list or a field: asked, never guessed."""
    text = cleaned.text
    if draft.intent not in _CHANGES or draft.missing:
        return
    lowered = text.lower()
    for entity in draft.entities:
        words = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
        for attribute in entity.attributes:
            frame = attribute.name.removesuffix("_value")
            if frame not in FRAME_NOUNS or not words:
                continue
            said = r"\s+".join([*words[:-1], words[-1] + r"(?:e?s)?", frame])
            if re.search(rf"\b{said}\b", lowered):
                _ask(
                    draft,
                    f"'{' '.join(words)} {frame}' may be the {frame} of {entity.name} records,"
                    f" not a field; name the field to change, e.g. '{frame} name'",
                )
                return


# The software itself, said after a thing's noun ("the circus app", "the florist website"):
# what is built, never a thing kept ("database", "register", "site" and "tool" may be either)
_SOFTWARE_WORDS = (
    r"(?:app|apps|application|system|website|web\s+site|portal|platform|software|dashboard)"
)
# what every one of _SOFTWARE_WORDS holds as written: a text with none is framed by none
_SOFTWARE_CUES = ("app", "system", "web", "portal", "platform", "software", "dashboard")


# "Can you add a dashboard with the monthly takings?", "add a page with the opening hours": a
# screen of the app added, even with what it shows, is no thing the app keeps (every request so
# worded in dev is labelled asked); "Create a Dashboard entity with …" and "keep dashboards with
# name, owner …" name a thing kept and are read as said
_SCREEN_ADDED = re.compile(
    r"\badd\s+(?:a|an|another)\s+(?:new\s+)?(?P<w>dashboard|screen|page|view|chart|graph|widget)"
    r"\b(?!\s+(?:entity|table|model|record)\b)",
    re.IGNORECASE,
)


def _screen_added(draft: Draft, cleaned: Cleaned) -> None:
    """A thing or a field that is a screen said as added ("add a dashboard with …", "add a view
    of all overdue loans", read as a field view_value) is asked."""
    if draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS) or draft.missing:
        return
    m = _SCREEN_ADDED.search(cleaned.text)
    if m is None:
        return
    word = m["w"].lower()
    names = {e.name.lower() for e in draft.entities}
    if draft.intent is Intent.ADD_FIELDS:
        # a field of that name is a screen only when said as showing things ("a view of all
        # overdue loans"); "Add a view to Room" is the room's view, a value
        shows = rx(r"\s+(?:of|with|showing|listing|that shows)\b").match(cleaned.text, m.end())
        names = {a.name for e in draft.entities for a in e.attributes} if shows else set()
    if not names & {word, f"{word}_value"}:
        return
    _ask(
        draft,
        f"a {m['w'].lower()} is a screen of the app, not a thing it keeps: say which records it "
        "shows, e.g. 'Create Sale with amount and sale date'",
    )


# "Relabel the button as Save", "rename the menu to Options": a part of a screen said in lower
# case with "the" is the app's wording, not a thing it keeps (closed class: screen parts)
_SCREEN_PART = re.compile(
    r"\bthe\s+(?P<w>button|label|menu|tab|heading|header|banner|tooltip|placeholder|link"
    r"|screen|page|title\s+bar|sidebar)\b(?!\s+(?:entity|table|model|record)s?\b)"
)


def _screen_part_renamed(draft: Draft, cleaned: Cleaned) -> None:
    """A thing renamed that is a part of a screen said in lower case is asked: the tool renames
    tables, and "the button" names none (it renamed an entity Button, accepted)."""
    if draft.intent is not Intent.RENAME_ENTITY or draft.missing:
        return
    said = _SCREEN_PART.search(cleaned.text)
    if said is None:
        return
    for entity in draft.entities:
        if entity.renamed_from and entity.renamed_from.lower() == said["w"].replace(" ", ""):
            _ask(
                draft,
                f"'the {said['w']}' is a part of a screen, not a thing the app keeps: to rename"
                " a thing say 'rename the X entity to Y'",
            )
            return


def _states_with_types_unread(draft: Draft, cleaned: Cleaned) -> None:
    """ "make A an optional integer and B a required decimal": a type and a required-ness said
    together change both, and the readers carry the state for one field only (changes.py
    `_typed_with_state`); with several fields the state was dropped and the types accepted."""
    if draft.intent is not Intent.MODIFY_FIELDS or draft.missing:
        return
    fields = sum(len(e.attributes) for e in draft.entities)
    if fields > 1 and states_with_types(cleaned.text):
        _ask(
            draft,
            "a type and 'optional' or 'required' said together for several fields: say each"
            " change on its own, e.g. 'make phone a string' and 'make phone optional'",
        )


def _people_before_a_plural(draft: Draft, cleaned: Cleaned) -> None:
    """ "guards rails: length, …", "members cards: …": a plural of people run into a plural
    head is their possessive with the apostrophe dropped (the members' Card) or a slip of a
    compound (GuardRail); a name keeping both ("GuardsRail") is neither, and nothing here
    decides between the two (lp60: it was accepted). A plural that is a word of its own
    ("sports", "darts") or a name ("pilates") is how English names the thing."""
    if draft.intent is not Intent.CREATE_ENTITY or draft.missing:
        return
    text = cleaned.text.lower()
    for entity in draft.entities:
        words = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
        if len(words) != 2:
            continue
        owner, head = words
        one = singular(owner)
        if one == owner or in_wordnet(owner) is not False or first_sense(one) != "noun.person":
            continue
        if known_only_as_name(one):
            continue
        if re.search(rf"\b{owner}\s+{plural_of(head)}\b", text):
            _ask(
                draft,
                f"'{owner} {plural_of(head)}' may be the {owner}' {plural_of(head)} or"
                f" {one} {plural_of(head)}: say which thing is kept, e.g."
                f" '{one} {plural_of(head)} with …'",
            )
            return


def _validation_as_field(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add gift aid validation to the donations": a check on the data read as a value kept
    (gift_aid_validation) is asked, as "add validation" alone is: what must hold is not said."""
    if draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS) or draft.missing:
        return
    for entity in draft.entities:
        for a in entity.attributes:
            if a.name.split("_")[-1] in ("validation", "validations"):
                said = a.name.replace("_", " ")
                _ask(
                    draft,
                    f"'{said}' reads as a check on the data, not a value kept: say what must "
                    f"hold, e.g. 'make email required on {entity.name}'",
                )
                return


# "Jobs need a priority, high, medium or low": words listed with "or" after a field, at the
# end of what is said, the last one a word that describes
_VALUES_OR = re.compile(
    r",\s*(?P<vals>[a-z]+(?:,?\s+[a-z]+){0,4}),?\s+or\s+(?P<last>[a-z]+)\s*(?:[.!?]|$)",
    re.I,
)


def _values_as_fields(draft: Draft, cleaned: Cleaned) -> None:
    """ "Jobs need a priority, high, medium or low": the values a field takes, listed after it,
    read as fields of their own ("low") are asked: fields are joined with "and", and a word
    that describes ("low", "poor", "used") is a value, not a thing kept."""
    if draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS) or draft.missing:
        return
    names = {a.name for e in draft.entities for a in e.attributes}
    for m in _VALUES_OR.finditer(cleaned.text):
        last = m["last"].lower()
        if last in names and mostly_describes(last):
            _ask(
                draft,
                f"'{m['vals']} or {m['last']}' read as fields: if they are the values a field"
                " takes, say it in brackets, e.g. 'priority (high, medium or low)'",
            )
            return


def _change_to_software(draft: Draft, cleaned: Cleaned) -> None:
    """ "Can the circus app have a dark mode?", "the tyre shop system should also have a night
    mode": a field change whose thing is said only as the software around it ("the X app") is
    a wish for the software (a screen, a setting), or for some thing in it: asked, never a field
    on X. "the Circus entity", "circus acts", or X said alone as well are read as they were."""
    if draft.intent not in _CHANGES or draft.missing:
        return
    lowered = cleaned.text.lower()
    for entity in draft.entities:
        words = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
        if not words or not all(word in lowered for word in words):
            continue  # (each word is in the pattern as written: no pattern is compiled)
        if not any(word in lowered for word in _SOFTWARE_CUES):
            continue  # (no software word: nothing is framed by one, and none is compiled)
        said = r"[\s-]+".join([*words[:-1], words[-1] + r"(?:e?s|'s)?"])
        names = list(re.finditer(rf"\b{said}\b", lowered))
        framed = [
            m
            for m in names
            # ("Fixes for the Kayak app:" heads a list of changes to Kayak: read as it was)
            if rx(rf"[\s-]+{_SOFTWARE_WORDS}\b(?!\s*:)").match(lowered[m.end() :])
        ]
        if framed and len(framed) == len(names):
            _ask(
                draft,
                f"'{' '.join(words)} {lowered[framed[0].end() :].split()[0]}' is the software,"
                f" not a thing kept: say which thing gets the field, e.g. 'add F to {entity.name}'",
            )
            return


# Prepositions no noun phrase begins with (closed class)
_OPENING_PREPOSITIONS = frozenset(("For", "Of", "Covering", "About", "Around"))


def _name_opens_with_preposition(draft: Draft, cleaned: Cleaned) -> None:
    """ "Log for kilns: …" read as ForKiln: no thing's name begins with a preposition, so a
    frame was cut before it and the thing is what follows; asked, never accepted (taking the
    words after it as the thing, tried on 5 December, added a confident misread on the
    sealed blind split)."""
    if draft.missing:
        return
    for entity in draft.entities:
        words = rx(r"[A-Z][a-z]*").findall(entity.name)
        if len(words) > 1 and words[0] in _OPENING_PREPOSITIONS:
            _ask(
                draft,
                f"{entity.name!r} begins with {words[0].lower()!r}: say the thing kept, e.g."
                f" 'create {' '.join(words[1:]).lower()} with …'",
            )
            return


# A topic said first and set off from the ask ("For the night crew: …", "Urgent: …", "A
# question from the choir: …"): a few words of heading, a preposition and determiner, one to
# three words, then a colon, comma or dash (the heading's words only with a preposition)
_OPENER = re.compile(
    r"^\s*(?:(?:[A-Za-z]+\s+){0,3}?(?P<prep>for|from|in|at|on|regarding|re|about)\s+)?"
    r"(?:(?:the|our|my|your|this|that)\s+)?"
    r"(?P<x>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2})\s*(?::|,|\s[-\u2013\u2014]\s|\u2026)",
    re.I,
)


# Words that grade a need or a priority, said as a label before a list or a change ("Required:",
# "Urgent:"); closed class ("Printable:", "Antique:" name things)
_MARKERS = frozenset(
    "required mandatory compulsory necessary essential optional important urgent critical".split()
)


def _opener_names_no_thing(draft: Draft, cleaned: Cleaned) -> None:
    """ "For the sales team: make the phone optional", "Urgent: the priority is a number": a
    topic said first became the entity, but it names no thing kept: a group in lower case
    after "for"/"from" is who the change is for or who asks, a place after "in"/"at" is where
    the work is, and a one-word label grading need or priority is a marker ("Required:",
    "Important:"). The owner is then unknown, so the reading is asked, never
    accepted with the group, place or marker as a table. ("On Hive," and "for the kennels:"
    name the thing: a capital or a plural is a thing said.)"""
    text = cleaned.text
    if draft.missing or not draft.entities or (m := _OPENER.match(text)) is None:
        return
    typed = m["x"].split()
    if any(w.lower() in FUNCTION_WORDS for w in typed):
        return  # "App for our hops with variety, …": a clause, no topic set off
    words = [singular(w.lower()) for w in typed]
    rest = {singular(w.lower()) for w in rx(r"[A-Za-z]+").findall(text[m.end() :])}
    # the entity is the opener or a run of its words ("at the building site:" read as
    # Building), and the ask after it does not name it again
    named = [
        e.name
        for e in draft.entities
        if _run_of(ws := [singular(w) for w in _name_words(e.name)], words) and ws[-1] not in rest
    ]
    if not named:
        return
    prep = (m["prep"] or "").lower()
    if prep:
        head_said = typed[-1].lower()
        if any(w[0].isupper() for w in typed) or words[-1] != head_said:
            return
        kind = first_sense(words[-1])
        if not (
            (prep in ("for", "from") and kind == "noun.group")
            or (prep in ("in", "at") and kind in ("noun.group", "noun.location"))
        ):
            return
        why = "who asks or where the work is"
    elif len(words) != 1 or words[0] not in _MARKERS:
        return
    else:
        why = "a label"
    draft.missing.append("entity")
    draft.notes.append(
        f"{m['x'].strip()!r} opens the request as {why}, not a thing kept, so {named[0]} was"
        " not taken as the entity: say which thing it is about, e.g. '… on Customer'"
    )


def _story_heading_no_thing(draft: Draft, cleaned: Cleaned) -> None:
    """ "Scenario: adding a supplier / Given … / Then …", "Feature: signed waivers / …": a thing
    named after the heading of a story or a scenario (Scenario, FeatureSignedWaiver) is its
    frame, not a thing kept; the reading is asked (the story's own ask may still be read,
    stories.py)."""
    headings = story_headings(cleaned.text)
    if draft.missing or not headings:
        return
    heads = {tuple(_name_words(h)) for h in headings}
    named = [
        e.name
        for e in draft.entities
        if any(_name_words(e.name)[: len(h)] == list(h) for h in heads)
    ]
    if not named:
        return
    draft.missing.append("entity")
    draft.notes.append(
        f"{named[0]} is named after the story's heading, not a thing kept: say which thing it is"
        " about"
    )


def _run_of(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is a run of consecutive words of `whole`."""
    n = len(part)
    return n > 0 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _name_words(name: str) -> list[str]:
    """The lower-case words of an entity name ("KitchenCrew" → kitchen, crew)."""
    return [w.lower() for w in rx(r"[A-Z][a-z]*").findall(name)]


def _links_left_unread(draft: Draft, cleaned: Cleaned) -> None:
    """Coverage: a clause joined onto another ("…, and also each driver has one lorry",
    "…, and relate Bin to Shelf") that states a link on its own must be in the reading; where
    the reading lacks it, the reading is asked, with a note naming the clause, never accepted
    with the link lost without a word."""
    text = cleaned.text
    if draft.missing or not draft.entities:
        return
    held = {
        (_last_word(e.name), _last_word(r.target)) for e in draft.entities for r in e.relationships
    }
    for owner, target, part in links_in_parts(text):
        pair = (_last_word(owner.name), _last_word(target.name))
        if pair in held or pair[::-1] in held:
            continue
        _ask(
            draft,
            f"not read: {part!r} (a link of its own): say it on its own line, e.g."
            f" 'each {' '.join(owner.words)} belongs to one {' '.join(target.words)}'",
        )
        return


def _sentences_left_unread(draft: Draft, text: str, read: Callable[[Cleaned], Draft]) -> None:
    """Coverage per sentence: a sentence of a paragraph that, read alone, declares fields of a
    thing ("Every kayak's hull, colour and length are kept.") must be in the reading: its thing
    or its fields. Where the reading holds neither (another sentence was read, this one lost),
    the reading is asked, with a note naming the sentence, never accepted without it."""
    if draft.missing or draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
        return  # (around a change, "X has F" says what exists: background, not an ask)
    sentences = [s for s in segment(text) if s.kind == "sentence" and s.owner is None]
    if len(sentences) < 2:
        return
    heads = {_last_word(e.name) for e in draft.entities}
    held = {a.name for e in draft.entities for a in e.attributes}
    for sentence in sentences:
        if is_vent(sentence.text):
            continue  # ("…, ugh.": a sigh ends a remark, read as talk)
        if is_units_note(sentence.text):
            continue  # ("Temperatures in Celsius.": a note on units, read as talk)
        if read is _read_once:
            missing, intent, read_alone = _read_alone(sentence.text)
        else:
            missing, intent, read_alone = _summary(read(clean(sentence.text)))
        if missing or intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
            continue
        for entity_name, names in read_alone:
            # ("I need moves and quotes.": a sentence listing the things the reading holds
            # introduces them; its "fields" are the reading's entities)
            things = {singular(n.split("_")[-1]) for n in names}
            # (md64) "Need the hirer's name, …" read alone is Hirer's; the reading holding
            # hirer_name has read the possessive into the field's name
            mine = f"{to_snake_case(entity_name)}_"
            held_as = held | {h.removeprefix(mine) for h in held if h.startswith(mine)}
            if not names or _last_word(entity_name) in heads or names <= held_as or things & heads:
                continue
            _ask(
                draft,
                f"not read: {sentence.text!r} (fields of {entity_name} of their own): say it"
                f" on its own line, e.g. '{entity_name}: {', '.join(sorted(names))}'",
            )
            return


# two names written with capitals and joined ("Rehearsal and Performance", "Kiln & Wheel")
_NAMED_PAIR = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]{2,})\s+(?:and|&|or)\s+([A-Z][a-z]{2,})\b"
)


def _pair_left_out(draft: Draft, cleaned: Cleaned) -> None:
    """ "I want Rehearsal and Performance to both have F" read as a change to Rehearsal alone:
    of two things named together, with capitals, the reading holds one and lost the other.
    The reading is asked, with a note naming the one left out."""
    text = cleaned.text
    if draft.missing or not draft.entities:
        return
    words: set[str] = set()
    for entity in draft.entities:
        targets = [r.target for r in entity.relationships]
        for name in (entity.name, entity.renamed_from or "", *targets):
            words.update(w.lower() for w in rx(r"[A-Z][a-z0-9]*").findall(name))
        for attribute in entity.attributes:
            words.update(attribute.name.split("_"))
    for m in _NAMED_PAIR.finditer(text):
        one, other = m[1].lower(), m[2].lower()
        held = [singular(w) in words or w in words for w in (one, other)]
        if held.count(True) != 1:
            continue
        lost = m[2] if held[0] else m[1]
        _ask(
            draft,
            f"not read: {lost!r}, named with {m[1] if held[1] else m[2]!r}: say what it needs"
            f" on its own line",
        )
        return


# "… to Purchases and the Items table to Lines", ", and Teacher to Tutor": after the new name,
# another old name and "to" its new one: a second rename in the same breath
_ANOTHER_RENAME = re.compile(
    r"\s*(?:,\s*|\s)(?:and|&|plus)\s+(?:also\s+|then\s+)?(?:(?:the|our|that)\s+)?"
    # (not a second ask said with its own verb: "and update the screens to match")
    r"(?!(?:make|add|keep|set|leave|remove|delete|drop|put|change|update|fix|move|send|tell|let"
    r"|ask|point|switch|convert|migrate|copy|check|test|deploy|regenerate|show|go|get)\b)"
    r"(?P<old>[a-z][a-z0-9_' -]{0,40}?)\s+(?:to|into|as|->|\u2192)\s+[a-z]",
    re.I,
)


def _second_rename_left_out(draft: Draft, cleaned: Cleaned) -> None:
    """ "Rename the Orders table to Purchases and the Items table to Lines" read as the first
    rename alone: a rename is one old name and one new, so a second pair said after the new
    name is lost; the reading is asked, with a note naming what was not read."""
    if draft.intent not in (Intent.RENAME_ENTITY, Intent.RENAME_FIELD) or draft.missing:
        return
    if len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    if draft.intent is Intent.RENAME_ENTITY:
        new = entity.name
    elif len(entity.attributes) == 1:
        new = entity.attributes[0].name
    else:
        return
    low = cleaned.text.lower()
    if low.isascii() and not ("and" in low or "&" in low or "plus" in low):
        return  # (_ANOTHER_RENAME needs one of them: no pattern is built for the new name)
    words = [w.lower() for w in rx(r"[A-Z][a-z0-9]*").findall(new)] or new.lower().split("_")
    said = rx(
        r"\b(?:to|into|as|->|\u2192)\s+[\"'`]?"
        + r"[\s_-]*".join(rf"{re.escape(w)}\w*" for w in words)
        + r"\b[\"'`]?"
    ).search(cleaned.text.lower())
    if said is None or not (more := _ANOTHER_RENAME.match(cleaned.text.lower(), said.end())):
        return
    _ask(draft, f"not read: a second rename ({more['old']!r}): say one rename per request")


# "Delete the Coupon entity and the Promo entity", "drop the Coupon table, the Voucher table":
# another thing named as one right after the thing removed; "the Coupon and the Promo
# entities": two things under one plural frame word
_ANOTHER_REMOVED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&|plus)\s+)(?:also\s+)?(?:(?:the|our|that)\s+)?"
    r"(?!(?:its|their|this|that|the same|all|any|every|each|old|whole)\b)"
    r"(?P<x>[a-z][a-z0-9_]*(?:\s[a-z][a-z0-9_]*)?)\s+(?:entity|table|model)\b"
)
_REMOVED_TOGETHER = re.compile(
    r"\b(?:the\s+)?(?P<x>[a-z][a-z0-9_]*)\s*(?:,|and|&)\s*(?:the\s+)?(?P<y>[a-z][a-z0-9_]*)"
    r"\s+(?:entities|tables|models)\b"
)


def _same_thing(said: str, name: str) -> bool:
    """ "order items" is OrderItem said again ("the OrderItem entity and the order items
    table"), whatever its spaces, underscores and plural."""
    return singular(rx(r"[\s_]+").sub("", said)) == name.lower()


def _second_removal_left_out(draft: Draft, cleaned: Cleaned) -> None:
    """ "Delete the Coupon entity and the Promo entity" read as the removal of Coupon alone:
    the other thing named beside it was lost. The reading is asked, naming what was not read
    (never a confident removal of one of two)."""
    if draft.intent is not Intent.REMOVE_ENTITY or draft.missing or len(draft.entities) != 1:
        return
    name = draft.entities[0].name
    text = cleaned.text.lower()
    if not ("entit" in text or "table" in text or "model" in text):
        return  # (both patterns of another thing need one: no pattern is built for the name)
    words = [w.lower() for w in rx(r"[A-Z][a-z0-9]*").findall(name)]
    thing = r"[\s_]*".join(rf"{re.escape(w)}" for w in words) + r"(?:e?s)?"
    said = [*rx(rf"\b{thing}(?:\s+(?:entity|table|model))?\b").finditer(text)]
    others = [
        m["x"]
        for at in said
        if (m := _ANOTHER_REMOVED.match(text, at.end())) and not _same_thing(m["x"], name)
    ]
    others += [
        word
        for m in _REMOVED_TOGETHER.finditer(text)
        for word in (m["x"], m["y"])
        if singular(word) not in words and not _same_thing(word, name)
    ]
    if others:
        _ask(draft, f"not read: {others[0]!r}, removed with {name}: say one removal per request")


# "contact email (was email)", "(formerly fax)", "(renamed from code)": a field's old name
_OLD_NAME_SAID = re.compile(
    r"\(\s*(?:was|formerly|previously|renamed from|used to be|old name:?|now called)\s+[^)]+\)",
    re.I,
)


def _swap_said(draft: Draft, cleaned: Cleaned) -> None:
    """ "Student has contact email (was email)", "students: contact email instead of email": a
    field said in another's place is a rename or a swap; a list of fields read from it as a new
    thing or an addition is asked, never accepted."""
    text = cleaned.text
    if draft.missing or draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
        return
    heads = {a.name.split("_")[-1] for e in draft.entities for a in e.attributes}
    swapped = _OLD_NAME_SAID.search(text) or next(
        (m for m in INSTEAD_OF.finditer(text.lower()) if swaps_a_field(m, heads)), None
    )
    if swapped is None:
        return
    _ask(
        draft,
        f"{swapped[0].strip()!r} puts one field in another's place: to rename say 'rename"
        f" OLD to NEW on Entity'; to add one and remove the other, say both",
    )


# "Maybe remove the fax from Supplier? Not sure yet", "… (TBC)": the writer says the change is
# not decided; said as the request's last words or in brackets, after the ask
_UNDECIDED = re.compile(
    r"(?:[.?!,;:—-]\s*|\(\s*|^)(?:(?:but|though|and)\s+)?(?:i\s*(?:'m|am)\s+|we\s*(?:'re|are)\s+)?"
    r"(?:(?:still\s+)?not\s+(?:sure|certain|decided)(?:\s+(?:yet|about\s+(?:it|this|that)))?"
    r"|(?:still\s+)?undecided|tbc|tbd|to\s+be\s+(?:confirmed|decided)|just\s+an\s+idea"
    r"|thinking\s+out\s+loud|don'?t\s+do\s+(?:it|this|anything)\s+yet"
    r"|not\s+(?:yet\s+)?(?:agreed|approved|signed\s+off))\s*[.!)]*"
    # ("Maybe rename Bout to Game? Not sure yet, I'll ask the team first": who is asked
    # before it is decided, said after the hedge, keeps it undecided)
    r"(?:\s*[,;.—-]?\s*(?:i|we)\s*(?:'ll|will|need\s+to|have\s+to|must)\s+(?:ask|check"
    r"|confirm)(?:\s+with)?\s+[a-z' ]{1,40}?(?:\s+first)?\s*[.!]*)?\s*$",
    re.I,
)
# a removal refused in the request itself ("…, never remove it", "don't drop the fax")
_REMOVAL_DENIED = re.compile(
    r"\b(?:never|not|don't|dont|do not|must not|mustn't|should not|shouldn't|no need to)\s+"
    r"(?:ever\s+|please\s+|just\s+)?(?:remove|delete|drop|get rid of|ditch|scrap"
    r"|take\s+(?:it|them|that|this)\s+(?:out|off))\b"
    # ("the migration must not drop any other column", "… not delete existing data": what is
    # kept besides the removal asked is no refusal of it)
    r"(?!\s+(?:any\s+)?(?:other|anything(?:\s+else)?|existing|(?:any\s+)?(?:of\s+)?the\s+(?:other"
    r"|rest|existing)|data|records|rows|more)\b)",
    re.I,
)
# what a question about a removal says: a removal verb, or doing without a thing
_REMOVAL_CUE = re.compile(
    r"\b(?:remove|delete|drop|get rid of|ditch|scrap|do without|take\s+\S+\s+(?:out|off))\b",
    re.I,
)
# a question that is an ask: "can you …", "could we …", "is it possible to …", "please"
_ASKED_AS_REQUEST = re.compile(
    r"\b(?:(?:can|could|would|will|may)\s+(?:you|we|u|i|someone|somebody|ya)\b"
    r"(?!\s+(?:\w+\s+)?do without\b)"
    r"|\b(?:is|would|will|could)\s+it\s+(?:be\s+)?possible|how (?:do|can|would|should) (?:i|we)\b"
    r"|please|pls|plz)",
    re.I,
)


# "drop the table from the report", "remove the drop table from Select": a table taken out of
# a place is a part of what the place shows (or a thing named like a table), not the place
_TABLE_FROM = re.compile(
    r"\b(?:drop|delete|remove|take)\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:table|grid|list)"
    r"\s+(?:out\s+)?(?:from|of|off)\s+(?!(?:the\s+|our\s+)?(?:database|db|schema|system|app"
    r"|application|project|api|backend|code|codebase|service)\b)",
    re.I,
)


# Words that name records or their values, not a field: "drop the old rows", "remove duplicates"
_RECORD_WORDS = frozenset("rows row entries duplicates duplicate".split())
# Heads of a name that say it holds a value about the records ("duplicate count", "duplicate
# flag", "row number"): such a name is a field kept, not records deleted (closed class)
_VALUE_HEADS = frozenset("count counts number flag check total rate score".split())
# "delete all orders older than 2020", "… created before March", "… where the status is void":
# which records, said after the things removed
_WHICH_RECORDS = re.compile(
    r"\b(?:older|newer)\s+than\b|\b(?:created|dated|made|added|placed)\s+(?:before|after|in|on)"
    r"\s+(?:\d|last\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\bwhere\s+(?:the\s+)?[a-z]+\s+(?:is|are|was|=)"
    r"|\b(?:clear|wipe|empty|reset)\s+(?:out\s+)?(?:the|all|every)\b",
    re.I,
)


# "delete all the customers who haven't had a job since 2019", "remove the invoices older than
# 2015": the thing said in the plural after the removal's verb and narrowed at once by a
# restrictive clause (no comma) or an age picks some of its records, data to delete, not the
# thing (closed class: relative words and the prepositions of a record's age or state)
_PICKED = (
    r"(?:who|that|which|whose|where|with|without|older\s+than|from\s+before|not|no\s+longer"
    r"|before|since)"
)


# The verb of the removal and the words between it and the plural it takes: "We've stopped
# doing the summer camps since …, please remove the Camp entity" says why, it picks nothing
_DELETING = (
    r"\b(?:delete|remove|drop|wipe|clear|purge|erase|get\s+rid\s+of)\s+(?:out\s+)?"
    r"(?:(?:all|every|any)\s+(?:of\s+)?)?(?:(?:the|our|those|these)\s+)?"
)


def _records_picked(draft: Draft, text: str) -> str | None:
    """The entity removed said as a plural narrowed to some of its records, or None: "drop the
    Invoice table, which nobody uses" (a comma's reason) picks none."""
    lowered = text.lower()
    for entity in draft.entities:
        words = re.findall(r"[A-Z]?[a-z0-9]+", entity.name)
        if not words:
            continue
        name = r"[\s_-]*".join(re.escape(w.lower()) for w in words)
        picked = re.search(rf"{_DELETING}{name}(?:e?s)\s+{_PICKED}\b", lowered)
        if picked is not None:
            return text[picked.start() : picked.end()]
    return None


def _records_not_schema(draft: Draft, cleaned: Cleaned) -> None:
    """ "Delete all orders older than 2020", "drop the old rows from Invoice", "delete all the
    customers who haven't had a job since 2019": records deleted (data), not a field or a
    table; the tool changes what is kept, so the reading is asked, never a table or a column
    dropped."""
    text = cleaned.text
    if draft.missing or draft.intent not in (Intent.REMOVE_FIELDS, Intent.REMOVE_ENTITY):
        return
    named = {
        w
        for e in draft.entities
        for a in e.attributes
        if a.name.split("_")[-1] not in _VALUE_HEADS
        for w in a.name.split("_")
    }
    which = _WHICH_RECORDS.search(text)
    picked = _records_picked(draft, text) if draft.intent is Intent.REMOVE_ENTITY else None
    if which or picked or named & _RECORD_WORDS:
        said = which[0] if which else picked or ", ".join(sorted(named & _RECORD_WORDS))
        _ask(
            draft,
            f"{said!r} reads as deleting records, not changing what is kept: to remove a field"
            " say 'remove F from Entity', to remove a thing 'remove the X entity'",
        )


# "insert a row into Customer with name Bob": a record added is data the person enters in the
# app, not a field named "row"
_RECORD_ADDED = re.compile(
    r"\b(?:insert|add|create)\s+(?:a|an|one|another)\s+(?:new\s+)?(?:row|record|entry)\s+"
    r"(?:in|into|to|for)\b",
    re.I,
)


def _record_added(draft: Draft, cleaned: Cleaned) -> None:
    """A record inserted is never a field named "row" or "record" added: the reading is asked."""
    text = cleaned.text
    if (
        not draft.missing
        and draft.intent is Intent.ADD_FIELDS
        and (m := _RECORD_ADDED.search(text))
    ):
        _ask(
            draft,
            f"{m[0].strip()!r} reads as adding a record (data): to add a field say 'add F to"
            " Entity'",
        )


def _table_removed_from(draft: Draft, cleaned: Cleaned) -> None:
    """A whole thing removed where the request takes a table out of it is asked, never done."""
    text = cleaned.text
    if draft.missing or draft.intent is not Intent.REMOVE_ENTITY:
        return
    if m := _TABLE_FROM.search(text):
        _ask(draft, f"{m[0].strip()!r}: say which thing to remove ('remove the X entity')")


def _undecided(draft: Draft, cleaned: Cleaned) -> None:
    """A change the writer says is not decided yet is asked about, never made."""
    text = cleaned.text
    if draft.missing or not draft.entities or not (m := _UNDECIDED.search(text.strip())):
        return
    said = m[0].strip(" .,;:!?()—-")
    _ask(draft, f"{said!r}: the request says this is not decided; confirm it to go ahead")


_SENTENCE_END = re.compile(r"[^.!?]*[.!?]?")


def _questions(text: str) -> list[str]:
    """Each run of text up to a "?" after the last ".", "!" or "?": what `[^.!?]*\\?` finds,
    in linear time (that pattern tried every start of a run ending in no "?" again: quadratic
    on a long request without a question mark, ~1 s at 20,000 characters)."""
    return [s for s in _SENTENCE_END.findall(text) if s.endswith("?")]


def _removal_doubted(draft: Draft, cleaned: Cleaned) -> None:
    """A removal the request itself refuses ("the fax is pointless, never remove it") or only
    wonders about ("the Invoice entity could do without the fax field?", "should X go?") is
    asked, never carried out: taking a field off loses its data. A question worded as an ask
    ("could you remove …?") is an ask."""
    text = cleaned.text
    if draft.missing or draft.intent not in (Intent.REMOVE_FIELDS, Intent.REMOVE_ENTITY):
        return
    if denied := _REMOVAL_DENIED.search(text):
        _ask(draft, f"{denied[0]!r} refuses the removal read: say plainly what to remove")
        return
    for sentence in _questions(text):
        if _REMOVAL_CUE.search(sentence) and not _ASKED_AS_REQUEST.search(sentence):
            _ask(
                draft,
                f"{sentence.strip()!r} asks whether to remove, it does not ask to: say"
                " 'remove F from Entity' to remove it",
            )
            return


# "the wigs could do with cleaning": a thing that could do with something done to it (a verb's
# -ing form, no article) wants work, not a value kept
_DO_WITH_DOING = re.compile(
    r"\b(?:could|would|can|might)\s+(?:really\s+|definitely\s+)?do\s+with\s+(?:some\s+)?"
    r"(?P<w>[a-z]+ing)(?=\s*(?:[.,;!?]|$|\s(?:and|or|now|soon|badly|again|too)\b))",
    re.I,
)


def _gerund_wanted(draft: Draft, cleaned: Cleaned) -> None:
    """ "The trophies could do with polishing" read as a thing with a field "polishing": what a
    thing could do with, said as something done to it, is no field; the reading is asked."""
    text = cleaned.text
    if draft.missing or draft.intent not in (Intent.CREATE_ENTITY, Intent.ADD_FIELDS):
        return
    m = _DO_WITH_DOING.search(text)
    if m is None:
        return
    held = {w for e in draft.entities for a in e.attributes for w in a.name.split("_")}
    if m["w"].lower() in held:
        _ask(draft, f"{m[0]!r} says what a thing needs done, not a value to keep")


# "… can you change that on Ski Hire", "add colour to Car and size to Tyre": a place written as
# a name (capitals) after on/to/from, the entity a change is made on
_NAMED_PLACE = re.compile(
    r"\b(?:on|to|from|onto)\s+(?:the\s+)?(?P<n>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    r"(?=\s*(?:[.,;!?)]|$|\s(?:entity|table|model|too|please|pls|now|as well)\b))"
)
# Changes said on a place ("… on Ski Hire", "… to Car"); a name of its own, not `_CHANGES`: this
# module is one namespace, and a second `_CHANGES` here rebound the first one's name for
# `_frame_read_as_field`, which then never saw a rename
_PLACED_CHANGES = (Intent.ADD_FIELDS, Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS)


def _named_place_missed(draft: Draft, cleaned: Cleaned) -> None:
    """A change read on one entity while the request names, with capitals, another place for
    it ("the boot size should be a whole number, can you change that on Ski Hire" read as Boot;
    "add colour to Car and size to Tyre" read on Tyre alone): the place named is not in the
    reading, so the reading is asked, never accepted on the wrong owner."""
    text = cleaned.text
    if draft.missing or draft.intent not in _PLACED_CHANGES or not draft.entities:
        return
    words: set[str] = set()
    for entity in draft.entities:
        names = [entity.name, entity.renamed_from or ""]
        for name in names:
            words.update(w.lower() for w in rx(r"[A-Z][a-z0-9]*").findall(name))
        words.update(w for a in entity.attributes for w in a.name.split("_"))
    if any(w in text for e in draft.entities for w in rx(r"[A-Z][a-z0-9]*").findall(e.name)):
        return  # the entity read is written as a name: the reader took the one named
    for m in _NAMED_PLACE.finditer(text):
        if m[0].lower().startswith("from") and draft.intent is not Intent.REMOVE_FIELDS:
            continue  # "…, thanks from Tom": who sends it (a field goes from a place only away)
        said = [singular(w.lower()) for w in m["n"].split()]
        if any(w in _NOT_PLACES for w in said):
            continue
        if all(any(_near(w, known) for known in words) for w in said):
            continue  # ("to Adopterr": the entity read, misspelt)
        _ask(
            draft,
            f"{m[0]!r} names a place the reading does not hold: say the change on it, e.g."
            f" 'on {m['n']}, …'",
        )
        return


def _place_in_field_name(draft: Draft, cleaned: Cleaned) -> None:
    """ "add colour to Car and size to Tyre" read as Tyre(colour_to_car, size): a field whose
    name holds "to", "on" or "from" before a word written as a name carries another entity in
    it; the reading is asked, never accepted with the place made part of a name."""
    capitalised = cleaned.capitalised
    if draft.missing or not draft.entities:
        return
    for entity in draft.entities:
        own = set(_name_words(entity.name))
        for attribute in entity.attributes:
            m = re.search(r"(?:^|_)(?:to|on|from|onto)_([a-z]+)", attribute.name)
            if m and m[1] in capitalised and m[1] not in own:
                _ask(
                    draft,
                    f"{attribute.name!r} holds a place written as a name: say each change on"
                    " its own, e.g. 'add F to Entity'",
                )
                return


def _label_in_field_name(draft: Draft, cleaned: Cleaned) -> None:
    """ "- Vehicle / - Drop: address, postcode" read as Vehicle(drop_address, postcode): a line
    that opens with a capitalised word and a colon names what its list is of; a field named
    after that word, on another entity, took the label into its name. The reading is asked."""
    text = cleaned.text
    if draft.missing or ":" not in text:
        return
    for entity in draft.entities:
        own = set(_name_words(entity.name))
        for attribute in entity.attributes:
            word = attribute.name.split("_")[0]
            if "_" not in attribute.name or word in own:
                continue
            label = word.capitalize()  # (the substring test first: a pattern per name)
            if label in text and re.search(rf"(?m)^[\s\-*•\d.)]*{label}\s*:", text):
                _ask(
                    draft,
                    f"{word.capitalize()!r} opens a line as a label: say whether it is an"
                    f" entity of its own or part of {entity.name}",
                )
                return


def _near(a: str, b: str) -> bool:
    """The same word, or one typed with a slip ("adopterr", "acount")."""
    return a == b or (len(a) > 3 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


# capitalised words after "on"/"to"/"from" that name a time or a tool, not an entity
_NOT_PLACES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december excel sql postgres mysql sqlite
    english i""".split()
)


def _value_owns_link(draft: Draft, cleaned: Cleaned) -> None:
    """ "Each due date belongs to one invoice" read as a DueDate entity linked to Invoice: a
    thing named by a value's words (a date, a number, a code; not written as a name) owning a
    link is more likely a field of the other side; the reading is asked."""
    capitalised = cleaned.capitalised
    if draft.missing:
        return
    for entity in draft.entities:
        words = _name_words(entity.name)
        if not entity.relationships or entity.attributes or len(words) < 2:
            continue
        identifier = len(words) == 2 and words[-1] in _IDENTIFIER_HEADS
        if any(w in capitalised for w in words) or not (
            identifier or names_a_value(" ".join(words))
        ):
            continue
        modifier = words[0] in FIELD_MODIFIERS or (
            words[0] in EVENT_NOUNS and infer_type(words) is not AttrType.STR
        )
        if not identifier and (not modifier or infer_type(words) is AttrType.STR):
            continue  # "each tour date …", "each delivery note …": things people keep
        _ask(
            draft,
            f"{' '.join(words)!r} names a value, not a thing: if it is a field, say 'add"
            f" {' '.join(words)} to {entity.relationships[0].target}'",
        )
        return


# Heads that say a value identifies something ("serial number", "batch code"): with one
# modifier before them they name what is written on a thing, never a record owning a link
_IDENTIFIER_HEADS = frozenset("number code id no".split())


# Words that say how a name should sound, not what it is ("call it better", "nicer")
_SAID_OF_A_NAME = frozenset(
    """better nicer clearer simpler friendlier shorter neater catchier snappier different
    else other proper plainer""".split()
)


def _new_name_vague(draft: Draft, cleaned: Cleaned) -> None:
    """ "the Skip, call it something nicer", "rename Token to better": a new name that is an
    adjective or a vague "something …" says how the thing should feel, not what it is called;
    the rename is asked, never guessed from that word."""
    text, capitalised = cleaned.text, cleaned.capitalised
    if draft.intent is not Intent.RENAME_ENTITY or draft.missing or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    words = _name_words(entity.name)
    if not entity.renamed_from or len(words) != 1:
        return
    word = words[0]
    vague = rx(  # "call them something catchier" (the word read may be respelt: "Catcher")
        r"\b(?:call|calling|name|rename|renamed|called)\b[^.?!]*\b(?:something|anything)\s+\w"
    ).search(text.lower())
    # (a lower-case word in -ing is read: "rename sale to listing", "call it booking" name
    # things people keep)
    if vague or (word in _SAID_OF_A_NAME and word not in capitalised):
        _ask(
            draft,
            f"{word!r} does not name a thing: say the new name for {entity.renamed_from}"
            f" ('rename {entity.renamed_from} to …')",
        )


# "…, but we said no", "…, which the board turned down", "that was rejected": a request
# reported and then refused in the same breath; what was asked is not what is wanted
_REFUSED = re.compile(
    r"\b(?:but|and|so)\s+(?:we|i|they|he|she|the\s+[a-z]+|management)\s+"
    r"(?:(?:have|had)\s+)?(?:said\s+no|declined|refused|rejected\s+it|vetoed\s+it"
    r"|turned\s+(?:it|that|this|them)\s+down|(?:told|said\s+to)\s+(?:him|her|them)\s+no)\b"
    r"|\b(?:which|that)\s+(?:we|i|they|the\s+[a-z]+)\s+(?:said\s+no\s+to|declined|refused"
    r"|rejected|vetoed|turned\s+down)\b"
    r"|\b(?:which|that|it)\s+(?:was|got)\s+(?:rejected|declined|refused|vetoed|turned\s+down)\b",
    re.I,
)


def _refused_said(draft: Draft, cleaned: Cleaned) -> None:
    """ "The vet asked if we could add a weight to Patient, but we said no": a change told as
    asked by someone and refused is news, not an order; the reading is asked, never applied."""
    text = cleaned.text
    if draft.missing or not draft.entities or _REFUSED.search(text) is None:
        return
    _ask(draft, "the change reported here was refused: say it as a request if it is wanted now")


# Words that say a rename is of a thing, not of a field ("rename the pcode table to …")
_THING_WORDS = r"entity|entities|table|tables|model|models|class|record type|screen|list"
# A heading on a line of its own ("Client:"): the thing the lines under it speak of
_HEADING = re.compile(r"^\s*([A-Z][A-Za-z]*)\s*:\s*$", re.M)


# Heads of what is written on a record ("card message", "pickup instructions"): a value kept
# in words, as "note" and "description" are
_WRITTEN_HEADS = frozenset(
    "message messages instructions remarks remark summary reason wording caption".split()
)


def _phrase_pair(entity: EntitySpec, cleaned: Cleaned) -> tuple[str, str]:
    """ "rename card message to gift message", "call the pickup note 'driver note'": the old
    and new names of a rename when both are said in lower case, the old one singular as
    written, and the new one keeps its head (a value re-qualified, as field names are); else
    empty ("rename box subscribers to members" renames a kind of thing)."""
    old_words = _name_words(entity.renamed_from or "")
    new_words = _name_words(entity.name)
    if old_words[-1] != new_words[-1] or set(old_words + new_words) & cleaned.capitalised:
        return "", ""
    if not (names_a_value(" ".join(old_words)) or old_words[-1] in _WRITTEN_HEADS):
        return "", ""  # "rename repair job to service job": a kind of job, a thing
    old, new = " ".join(old_words), " ".join(new_words)
    low = cleaned.text.lower()
    if not (rx(rf"\b{re.escape(old)}\b").search(low) and rx(rf"\b{re.escape(new)}\b").search(low)):
        return "", ""
    return old, new


def _bare_pair_renamed(draft: Draft, cleaned: Cleaned) -> None:
    """ "rename pcode to postcode": two lower-case singular words with no thing said, one
    of them a value's word, are a field's old and new names, not a table's: read as a field
    rename whose owner is asked (under a heading "Client:", the heading is offered, still
    asked), never as a confident rename of an entity."""
    if draft.intent is not Intent.RENAME_ENTITY or draft.missing or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    if not entity.renamed_from or rx(rf"\b(?:{_THING_WORDS})\b").search(cleaned.text):
        return
    if len(_name_words(entity.renamed_from)) > 1:
        old, new = _phrase_pair(entity, cleaned)
        if not old:
            return
    else:
        old = entity.renamed_from.lower()
        said = rx(rf"\b{re.escape(old)}\s+(?:to|into|as|->|→)\s+([a-z]+)\b").search(cleaned.text)
        if said is None:
            return
        new = said[1]  # as written ("reference", not the safe "ReferenceItem")
        if not entity.name.lower().startswith(new) or {old, new} & cleaned.capitalised:
            return
    heading = _HEADING.search(cleaned.text)
    if not (heading or names_a_value(old) or names_a_value(new) or " " in old):
        return  # "rename painting to artwork": things, renamed as things
    try:
        field = Attribute(safe_field_name(new), renamed_from=safe_field_name(old))
    except UnsafeName:
        return
    owner = singular(heading[1]) if heading else ""
    draft.intent = Intent.RENAME_FIELD
    draft.entities[0] = EntitySpec(owner, (field,))
    if heading:
        _ask(draft, f"is {old!r} a field of {owner}? say 'rename {old} to {new} on {owner}'")
        return
    draft.missing.append("entity")
    draft.notes.append(
        f"say which entity has the field {old!r}, e.g. 'rename {old} to {new} on Student'"
    )


# Words that name a kind of thing, not one record of it ("rename entity Gamer to Player",
# "rename tab Clients to Accounts"): a capitalised name after them is a thing's name
_KIND_WORDS = frozenset(
    """entity entities table tables model models class classes tab tabs thing things type
    types list lists screen screens sheet sheets collection object objects resource field
    fields column columns col attribute property""".split()
)
# "rename customer John to Jonathan", "rename the dog Rex to Max", "rename the student named
# Ali to Alistair", 'rename product "Blue Mug" to …': a lower-case thing word, then the
# name of one record of it (capitalised, quoted, a number, or after "called"/"named")
_VALUE_RENAMED = re.compile(
    r"\b(?i:rename|renaming|renamed)\s+(?:(?i:the|our|a|an|that|this)\s+)?(?P<thing>[a-z]+)\s+"
    r"(?:(?P<said>called|named)\s+(?P<lower>[a-z]+)|(?P<value>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"|\"[^\"]+\"|'[^']+'|#?\d+))\s+(?i:to|into|as|->|→)\s"
)


def _value_renamed(draft: Draft, cleaned: Cleaned) -> None:
    """ "Rename customer John to Jonathan": a proper name after a thing word is one record of
    that thing (data the person edits in the app), not a table; the rename is asked, never an
    entity "CustomerJohn" renamed. "rename entity Gamer to Player" names a kind: read as said."""
    if draft.intent is not Intent.RENAME_ENTITY or draft.missing or len(draft.entities) != 1:
        return
    said = _VALUE_RENAMED.search(cleaned.text)
    if said is None or said["thing"] in _KIND_WORDS or said["thing"] in FUNCTION_WORDS:
        return
    value = said["value"] or said["lower"]
    thing = singular(said["thing"])
    _ask(
        draft,
        f"{thing} {value} reads as one {thing}'s record (data), not a thing kept: to rename the"
        f" entity say 'rename the {thing.capitalize()} entity to …'",
    )


# "as a float instead of an integer", "as a decimal rather than text": one type put in another's
# place, so the field already is (with the type said second)
_TYPE_SWAP = re.compile(
    r"\bas\s+(?P<new>(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?)\s*,?\s+(?:instead of|rather than|"
    # ("… instead of an integer on Result": the owner after the old type is no part of it)
    r"in place of|and not|not)\s+(?P<old>(?:an?\s+)?[a-z]+(?:\s+(?!(?:on|in|for)\b)[a-z]+)?)\b"
)


def _type_swapped_on_add(draft: Draft, cleaned: Cleaned) -> None:
    """ "Can you store score on Result as a float instead of an integer?": a field said with
    the type it has now is a field that exists, so the reading is a change of its type; said
    with "add" it is mixed evidence and asked."""
    text = cleaned.text
    if draft.intent is not Intent.ADD_FIELDS or draft.missing or len(draft.entities) != 1:
        return
    attributes = draft.entities[0].attributes
    swap = _TYPE_SWAP.search(text.lower())
    if len(attributes) != 1 or swap is None:
        return
    new, old = type_phrase(swap["new"]), type_phrase(swap["old"])
    if new is None or old is None or new == old:
        return
    if attributes[0].type is not new:  # "keep the due on Loan as a date" read as text
        _ask(draft, f"should {attributes[0].name!r} be {new} instead of {old}?")
        return
    if rx(r"\b(?:add|adding|added|new|another|extra|include)\b").search(text.lower()):
        _ask(draft, f"is {attributes[0].name!r} new, or does its type change from {old}?")
        return
    draft.intent = Intent.MODIFY_FIELDS


# Database objects a request may ask for on a thing, never a value each record holds (closed
# class): "an index", "a primary key", "a unique constraint". A name of two words or more is
# one wherever it is said; a bare "index" or "constraint" only when it is all that is added
# (listed beside other fields, "index, title and author", it is a field as the README says)
_SCHEMA_OBJECTS = frozenset(
    """database_index db_index unique_index search_index composite_index compound_index
    full_text_index fulltext_index secondary_index btree_index primary_key foreign_key
    composite_key compound_key unique_key surrogate_key candidate_key natural_key
    unique_constraint uniqueness_constraint check_constraint foreign_key_constraint
    not_null_constraint database_constraint db_constraint auto_increment autoincrement
    cascade_delete delete_cascade on_delete_cascade database_trigger db_trigger database_view
    materialized_view materialised_view database_sequence db_sequence""".split()
)
_SCHEMA_BARE = frozenset(
    """index index_value indexes indices constraint constraint_value constraints
    cascade_value""".split()
)
# what a schema object is put "on", "for" or "from" when its place is read into the name
# ("an index on last name" read as index_on_last_name)
_SCHEMA_PLACE = re.compile(r"^(?P<o>[a-z_]+?)_(?:on|for|from|to|of|by|over|across)_[a-z_]+$")


def _schema_object(name: str, alone: bool) -> str | None:
    """The database object a field's name is (its words), or None; `alone`: the only field."""
    m = _SCHEMA_PLACE.match(name)
    base = m["o"] if m else name
    if base in _SCHEMA_OBJECTS or (alone and base in _SCHEMA_BARE):
        return base.removesuffix("_value").replace("_", " ")
    return None


def _schema_object_as_field(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add an index to Customer", "Add a primary key to Invoice": an index, a key or a
    constraint is how the database stores the records, not a field of them (every entity has
    its key `id`, and the templates write no indexes); read as a field it would be a column
    nobody wanted, so it is asked. Said as a field ("an index field", "index (int)") it is one."""
    if draft.missing or draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY):
        return
    low = cleaned.text.lower()
    added = sum(len(e.attributes) for e in draft.entities)
    alone = draft.intent is Intent.ADD_FIELDS and added == 1
    for entity in draft.entities:
        for attribute in entity.attributes:
            said = _schema_object(attribute.name, alone)
            if said is None:
                continue
            words = r"[\s-]+".join(map(re.escape, said.split()))
            if rx(rf"\b{words}\s*(?:field|column|attribute|\()").search(low):
                continue  # "an index field", "index (integer)": a field, said so
            article = "an" if said[0] in "aeiou" else "a"
            _ask(
                draft,
                f"{said!r} is how the database stores {entity.name} records (an index, a key,"
                f" a constraint), not a field of them: say it as a field ('add {article} {said}"
                f" field to {entity.name}') or as a rule",
            )
            return


# Changes to a thing that exists: the thing is one the system has, so its name is known there
_CHANGES_OF_A_THING = (*_CHANGES, Intent.REMOVE_ENTITY)


# "Donors have a blood group", "the hives have a queen colour": a whole request that is one
# sentence saying one value of things in the plural
_ONE_VALUE_OF_THINGS = re.compile(
    r"(?:(?:the|all|our|all\s+the)\s+)?(?P<things>[a-z]+(?:\s[a-z]+)?)\s+(?:have|has)\s+"
    r"(?:an?|the|their)\s+(?P<value>[a-z]+(?:\s[a-z]+){0,2})[.!]?"
)


def _one_value_of_things(draft: Draft, cleaned: Cleaned) -> None:
    """ "Donors have a blood group": one value alone said of things is an addition to the
    thing there is, as "Each hedge has a species mix" and "Invoice needs a due date" are (dev
    labels every one-value "has" and "needs" so); it read as a new Donor with one field,
    accepted. Only a whole request of that one sentence: a list still describes a thing, "A
    donor has …" defines one, and beside other sentences it is context."""
    if draft.missing or draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1:
        return
    entity = draft.entities[0]
    if len(entity.attributes) != 1 or entity.relationships:
        return
    said = _ONE_VALUE_OF_THINGS.fullmatch(cleaned.text.strip().lower())
    if said is None or singular(said["things"].split()[-1]) == said["things"].split()[-1]:
        return
    if said["value"].split()[0] in ("one", "many", "several", "exactly", "single", "only"):
        return
    draft.intent = Intent.ADD_FIELDS


def _age_word_owner(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add a condition to old books", "delete the old books": a change to a thing named by a
    word of age and a plural, not written as a name, may be to Book's old records (a Book the
    system has) or to an OldBook; the reading is asked, never a guess either way ("OldBook",
    "the Old Book entity" are names, and a create keeps its words: "track old books with …")."""
    if draft.missing or draft.intent not in _CHANGES_OF_A_THING:
        return
    for entity in draft.entities:
        words = _name_words(entity.name)
        if len(words) < 2 or words[0] not in AGE_WORDS:
            continue
        written = r"\s*".join(w.capitalize() for w in words)
        if rx(rf"\b{written}").search(cleaned.text):
            continue
        rest = safe_entity_name("".join(w.capitalize() for w in words[1:]))
        _ask(
            draft,
            f"{words[0]!r} may say which {rest} records are meant, not another thing: say"
            f" which entity the change is on ({rest} or {entity.name})",
        )
        return


# "…, and it is not required", "it's optional": the field said just before may be left empty
_IT_OPTIONAL = re.compile(
    # ("Add a tip to Visit. Should be optional.": the subject left out at a sentence's start)
    r"(?:\b(?:it|this one|that one)\s*(?:is|'s|’s|should be|can be|will be)"
    r"|(?:^|(?<=[.!?]\s))(?:should|can|could|may)\s+be)\s+(?:not\s+"
    r"(?:required|mandatory|compulsory|needed)|optional|left empty|left blank|empty)\b"
)


def _it_said_optional(draft: Draft, cleaned: Cleaned) -> None:
    """ "Kennels need a run size, and it is not required": "it" said optional after the one
    field read, and no field read optional, makes that field optional; said of one among
    several, or with more said after it ("…, it is optional, and a key count too"), which
    field it means is asked."""
    text = cleaned.text
    if draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY) or draft.missing:
        return
    low = text.lower()
    said = _IT_OPTIONAL.search(low)
    if said is None or len(draft.entities) != 1:
        return
    attributes = draft.entities[0].attributes
    if not attributes or not all(a.required for a in attributes):
        return  # a field already read optional: what was said is read
    rest = low[said.end() :].strip(" .!")
    if len(attributes) == 1 and not rest:
        draft.entities[0] = replace(
            draft.entities[0], attributes=(replace(attributes[0], required=False),)
        )
        return
    _ask(draft, "which field may be left empty? say 'F is optional' for each one")


# "Add phone and email to Tenant (optional)": a marker in brackets after the owner, with
# several fields listed before it
_NOTE_AFTER_LISTED_OWNER = re.compile(
    r"^(?:(?:please|also|can you|could you|pls)\s+)*(?:add|include|put)\s+"
    r"(?P<list>[^.;:()]{1,120}?(?:,|\s(?:and|&|plus)\s)[^.;:()]{1,120}?)\s+(?:to|on|onto)\s+"
    r"(?:the\s+|each\s+|every\s+|all\s+)?[a-z][a-z -]{0,40}?\s*\((?P<note>[^()]{1,40})\)"
    r"\s*[.!]?\s*$"
)


def _note_after_listed_owner(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add phone and email to Tenant (optional)": the marker after the owner may be said of
    the last field or of all of them; read of one only, whose it is is asked (as a type after
    the owner of several fields is). "(both optional)" says whose: all are read optional."""
    if draft.intent is not Intent.ADD_FIELDS or draft.missing or len(draft.entities) != 1:
        return
    said = _NOTE_AFTER_LISTED_OWNER.match(cleaned.text.strip().lower())
    if said is None or not OPTIONAL.fullmatch(said["note"].strip()):
        return
    attributes = draft.entities[0].attributes
    if len(attributes) > 1 and len({a.required for a in attributes}) > 1:
        _ask(draft, "which fields may be left empty? say '(optional)' after each one")


# "Add coat length to Dog. It is a whole number.", "… Both are decimals": the type of the field
# (or fields) said just before, in a sentence of its own about "it" or "both"
_IT_SAID_TYPED = re.compile(
    r"(?:^|[.!?;]\s+|,\s+(?:and\s+)?)"
    r"(?P<who>it|this one|that one|both|both of them|they|all of them)"
    r"\s*(?:is|are|'s|’s|should be|must be|will be|has to be|have to be)\s+(?:just\s+)?"
    r"(?P<t>(?:an?\s+)?[a-z][a-z /-]{1,30}?)(?:\s+(?:in|of)\s+(?P<unit>[a-z]+))?\s*[.!]?\s*$"
)


def _it_said_typed(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add coat length to Dog. It is a whole number." kept the name's own type (float): "it"
    said to be of a type, at the end, after the one field read, gives that field the type; "both"
    or "they" gives it to each field read; said of one among several, which field is asked."""
    if draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY) or draft.missing:
        return
    if len(draft.entities) != 1 or not draft.entities[0].attributes:
        return
    said = _IT_SAID_TYPED.search(cleaned.text.lower())
    fine = TYPE_SAID_FINE.search(cleaned.text) if said is None else None
    if fine is not None and type_phrase(fine["t"].lower()) is not None:
        # (mix59) "… a dimensions field? Just text is fine.": the type of the one field said
        # (after several, "Weight is in kilos, a whole number is fine" says it of one named
        # in the sentence: the readers' own types stand)
        if len(draft.entities[0].attributes) != 1:
            return
        said = _IT_SAID_TYPED.search(f"it is {fine['t'].lower()}")
    if said is None or (said["unit"] and said["unit"] not in UNIT_WORDS):
        return
    words = said["t"].split()
    kind = type_phrase(" ".join([*words[:-1], singular(words[-1])]))
    if kind is None:
        return
    attributes = draft.entities[0].attributes
    several = said["who"] not in ("it", "this one", "that one")
    if (len(attributes) > 1 and not several) or (several and len(attributes) < 2):
        _ask(draft, "which field has that type? say 'F is a …' for each one")
        return
    typed = tuple(replace(a, type=kind) for a in attributes)
    draft.entities[0] = replace(draft.entities[0], attributes=typed)


# "Can we store the batch code for each Piece? and the kiln it was annealed in", "… Oh - and
# which bag it came from.": a sentence that goes on with "and the …" (or a question) after the
# ask adds one more thing to it; kept as a rule, the reading lost a field, so it is asked ("and
# the price must be positive" is a rule: a modal)
_MORE_SAID_AS_A_RULE = re.compile(
    r"^(?:(?:oh|ah|also)[,!]?\s*(?:[-–—]\s*)?)?(?:and|plus)\s+(?:also\s+)?"
    r"(?:the|a|an|their|its|his|her|which|whether|when|who|how|what|where)\s+"
    r"(?!.*\b(?:must|should|shall|cannot|can't|can not|may|might|has to|have to|needs to|only"
    r"|never|always|at least|at most|more than|less than|greater|unique|positive|between)\b)"
    r"[a-z][a-z' -]{0,80}[.!?)]?$"
)


def _more_said_as_a_rule(draft: Draft, cleaned: Cleaned) -> None:
    """ "…? and the kiln it was annealed in": a field more, said after the ask and kept as a
    rule, is asked about rather than read without it."""
    if draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY) or draft.missing:
        return
    for rule in draft.rules:
        plain = rx(r"\s*\([^()]{0,40}\)\s*$").sub("", rule.strip().lower())
        if _MORE_SAID_AS_A_RULE.match(plain):
            _ask(draft, f"not read as a field: {rule.strip()!r}: is it one more field?")
            return


# "name and phone (most have email too, optional)", "(some also have a mobile)": a note in
# brackets that names one more value the things have; left out of the reading, it is asked
_MORE_IN_BRACKETS = re.compile(
    r"\([^()]{0,60}?\b(?:have|has|got|give|gives|bring|brings)\s+(?:(?P<a>also|too)\s+)?"
    r"(?:an?\s+|their\s+|his\s+|her\s+|its\s+)?"
    r"(?!(?:one|ones|them|it|that|this|these|those|some|any|both|each|another|other|more|none"
    r"|kids|children|pets)\b)(?P<x>[a-z][a-z-]{2,})"
    r"(?:\s+(?P<b>too|also|as well))?\b[^()]{0,40}\)",
    re.IGNORECASE,
)


def _more_in_brackets(draft: Draft, cleaned: Cleaned) -> None:
    """ "Volunteers: name, phone (most have email too) and shirt size": a value named in a
    bracketed note as one the things also have, read as no field, asks (it was dropped)."""
    if draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY) or draft.missing:
        return
    if "(" not in cleaned.text:
        return
    names = {w for e in draft.entities for a in e.attributes for w in a.name.split("_")}
    for said in _MORE_IN_BRACKETS.finditer(cleaned.text):
        if not (said["a"] or said["b"]):
            continue
        word = said["x"].lower()
        if word not in names and singular(word) not in names:
            _ask(draft, f"is {said['x']!r} (in brackets) one more field?")
            return


def _ask(draft: Draft, note: str) -> None:
    """A reading that a check doubts is asked about, with the note that says why."""
    draft.missing.append("confirmation")
    draft.notes.append(note)


def _last_word(name: str) -> str:
    """The head of a PascalCase name ("PurchaseOrder" → "order"): what a link is said of."""
    words = rx(r"[A-Z][a-z0-9]*").findall(name)
    return words[-1].lower() if words else name.lower()


def _governed_note(draft: Draft, text: str) -> None:
    """Say why a change read whole is asked: words around it govern it (conditions.py)."""
    note = governing_note(draft, text)
    if note is not None:
        draft.notes.append(note)


def _dropped_notes(draft: Draft, cleaned: Cleaned) -> None:
    for dropped in draft.dropped:
        draft.notes.append(f"not added as a field: {dropped.text.strip()!r} ({dropped.reason})")


_NOTHING_READ = "no entity or change could be read"
# words that deny, undo or make conditional what follows them (closed classes: negators,
# conditional and interrogative subordinators, verbs and adverbs of refusal or replacement)
_NEGATED = re.compile(
    r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|stop(?:ped|s)?"
    r"|cancel(?:led|ed|s)?|forget|forgot|avoid|refuse[ds]?|reject(?:ed|s)?|undo|revert(?:ed)?"
    r"|against|instead|rather|than|why|how|what|which|who|doubt(?:s|ed)?|unsure|deny|denied"
    r"|disagree[sd]?|hardly|barely|scarcely)\b|n't\b",
    re.IGNORECASE,
)
# a condition or a doubt governs the rest of its sentence, past a comma ("If X agrees, remove …")
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|whether|when|whenever|once|until|till|lest|in case)\b", re.IGNORECASE
)


def _head_governs(head: str) -> bool:
    """A word of the talk cut off that would deny, condition or question the tail: a
    condition anywhere in the tail's sentence; a denial or a question in the tail's clause."""
    sentence = re.split(r"[.!?]\s", head)[-1]
    clause = re.split(r"[.!?;:,)\u2013\u2014](?:\s|$)|\s-(?:\s|$)|\b(?:but|so|because)\b", head)[-1]
    return bool(_CONDITIONAL.search(sentence) or _NEGATED.search(clause))


# where a clause may start: after a sentence's or a clause's punctuation, after a conjunction
# that opens one, or at a personal pronoun as its subject (closed classes)
_OPENS_CLAUSE_AFTER = frozenset("but so and then because".split())
_SUBJECT_PRONOUNS = frozenset("i we you they he she".split())


def _clause_starts(text: str) -> list[int]:
    """Where a clause of `text` may start after its first word (see the closed classes above)."""
    out = []
    for m in re.finditer(r"(\S+)\s+(?=(\S+))", text):
        before, word = m[1], m[2].lower().strip("'\"`")
        if (
            before[-1] in ".!?;:,)-\u2013\u2014"
            or before.lower() in _OPENS_CLAUSE_AFTER
            or word in _SUBJECT_PRONOUNS
        ):
            out.append(m.end())
    return out


# talk before an ask is a few short sentences of a short message: a longer request (a document,
# pasted text) is not read again, and the cut points tried are few and in the first characters,
# so a request nothing reads costs a dozen short reads more at most, never one a word
_CHATTY_CHARS = 600
_TALK_CHARS = 400
_MOST_CUTS = 12


# the changes of a thing's fields: read past talk that only names a thing bare (`_bare_mention`)
_FIELD_CHANGES = frozenset({Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS, Intent.RENAME_FIELD})


def _bare_mention(draft: Draft) -> bool:
    """ "Following the trustees' meeting we no longer ask volunteers for …, so please remove it
    from the Volunteer entity": the reading is only things named bare (a create with no field
    and no link, asked for its fields), so the ask may lie past talk that named one of them."""
    return (
        draft.intent is Intent.CREATE_ENTITY
        and "attributes" in draft.missing
        and bool(draft.entities)
        and all(not e.attributes and not e.relationships for e in draft.entities)
    )


def _nothing_read(draft: Draft) -> bool:
    """No intent, and the note says no reader took anything (not a refusal or a conflict)."""
    return draft.intent is None and any(n.startswith(_NOTHING_READ) for n in draft.notes)


def _read_after_talk(cleaned: Cleaned, read: Callable[[Cleaned], Draft]) -> Draft | None:
    """ "after the retro we agreed the estimate on Task should allow decimals": a request no
    reader takes whole may hold its ask after words of talk (who writes, what happened, a
    discourse marker). The longest tail that reads as one whole ask, with nothing missing, is
    that ask; the words before it are kept as unread text, so they weigh on the confidence. A
    head that denies, undoes or conditions what follows ("we decided not to …", "if we ever
    …", "whether to …") is never cut off: its tail would say the opposite of the request."""
    text = cleaned.text
    if len(text) > _CHATTY_CHARS:
        return None
    for cut in [c for c in _clause_starts(text) if c <= _TALK_CHARS][:_MOST_CUTS]:
        head, tail = text[:cut].strip(), text[cut:]
        if _head_governs(head):
            continue
        if not rx(r"[A-Za-z]").search(tail):
            return None
        found = read(replace(cleaned, text=tail))
        if found.intent is None or found.missing or _named_longer_before(head, found):
            continue
        found.rules.insert(0, head)
        found.unread_words += len(head.split())
        found.unread_texts.insert(0, head)
        found.notes.append(f"read from the words after {head!r}, which no reader took")
        found.after_talk = True
        return found
    return None


# an ask whose object (or subject) is "it", "that" or "that field": a change of something said
# before ("… on the barrels um make that a decimal", "…, can it be an integer instead?")
_PRONOUN_ASK = re.compile(
    r"(?<=\S)(?<!\bplease)(?<!\bpls)(?<!\bjust)(?<!\bum)(?<!\byou)(?<!\bwe)(?<!\bu)(?<!\bso)"
    # ("… we use it a lot, please do not take it out": a negated ask is no ask)
    r"(?<!\band)(?<!\bbut)(?<!\bnot)(?<!\bnever)(?<!\bdont)(?<!\bdon't)"
    r"[\s,;]+(?=(?:(?:so|and|but)\s+)?(?:(?:can|could|would|will)\s+(?:you|we|u)\s+"
    r"(?:please\s+)?|please\s+|pls\s+|just\s+|um\s+)?(?:make|change|switch|turn|set|convert"
    r"|take|drop|remove|delete|get rid of|rename|call)\s+(?:it|that|that field|that column)\b"
    r"|(?:(?:so|and|but)\s+)?(?:can|could|should)\s+(?:it|that field|that column)\s+be\b)",
    re.IGNORECASE,
)


# "call it 'paint colour'": the pronoun ask that gives a new name (a rename said so reads the
# quoted name and stops, so a condition after it would go unseen)
_NAMES_IT = re.compile(r"^(?:\w+\s+){0,4}?call\s+it\b", re.IGNORECASE)
# who would call it so, said right before the cut: a modal or a subject's "'d" ("nobody
# would", "I'd", "what to")
_SAID_OF_NAMING = re.compile(
    r"(?:\b(?:would|wouldn't|might|may|to|i|we|they|people|everyone|nobody)|'d)\s*$",
    re.IGNORECASE,
)


def _read_pronoun_ask_apart(cleaned: Cleaned, read: Callable[[Cleaned], Draft]) -> Draft | None:
    """ "the capacity field on the barrels um make that a decimal": an ask about "it" opens a
    clause of its own, said or not with a stop before it; read as its own sentence after the
    talk, the readers find what "it" points back at there (one field, or nothing is read).
    Only when the talk alone reads as nothing: an ask of its own before "it" is no talk."""
    text = cleaned.text
    if len(text) > _CHATTY_CHARS:
        return None
    cuts = list(_PRONOUN_ASK.finditer(text))
    if len(cuts) != 1 or cuts[0].start() == 0 or text[: cuts[0].start()].rstrip()[-1:] in ".!?":
        return None
    head, tail = text[: cuts[0].start()].rstrip(" ,;"), text[cuts[0].end() :]
    if _NAMES_IT.match(tail) and (
        _CONDITIONAL.search(re.split(r"[.!?]\s", tail)[0])
        or _head_governs(head)
        or _SAID_OF_NAMING.search(head)
    ):
        # "…, call it 'paint colour' if the yard agrees", "nobody would call it anything else",
        # "I'd call it a mess": a name given on condition, denied or said of oneself, no order
        return None
    if not _nothing_read(read(replace(cleaned, text=head))):
        return None  # the words before ask something themselves: they are no talk about "it"
    found = read(replace(cleaned, text=f"{head}. {tail[:1].upper()}{tail[1:]}"))
    return None if found.intent is None or found.missing else found


# where talk after an ask may start: a clause's or a sentence's punctuation, an opening bracket,
# a spaced dash, or a conjunction that opens a reason or a contrast (closed classes)
_TAIL_START = re.compile(
    r"\s*[,;:.!?]+(?=\s)|\s+[-\u2013\u2014]+(?=\s)|\s*\((?=\S)"
    r"|\s+(?=(?:but|so|because)\b)",
    re.IGNORECASE,
)
# an ask of its own in the tail: a change or keeping verb with an object that is not a pro-form
# ("wire that up", "connect them" point back at the ask; "add a colour" asks something new)
_TAIL_ASK = re.compile(
    rf"\b(?:{CHANGE_VERBS}|add|include|put|store|track|record|log|set|take|get rid of|call"
    r"|turn|switch)\s+(?!(?:it|that|this|them|those|these|both|one|ones|up|in|out)\b)\w",
    re.IGNORECASE,
)
# an order of its own at the head of the tail's clause ("…, fix the bug", "but keep the notes"):
# a command verb that is not followed by a pro-form or a particle
_TAIL_ORDER = re.compile(
    rf"^[\s,;:.!?(\u2013\u2014-]*(?:(?:and|but|so|then|also|please|pls|just)\s+)*"
    rf"(?:{COMMAND_VERBS})\s+(?!(?:it|that|this|them|those|these|both|one|ones|up|in|out)\b)\w",
    re.IGNORECASE,
)
# a tail that takes back or corrects what was said ("scratch that", "actually", "I mean"), or
# gives a type or a required-ness, or counts things ("but a keg is at one pub at a time": how
# many of one go with the other), is no talk: it would change the reading (closed classes)
_TAIL_AMENDS = re.compile(
    rf"\b(?:scratch|actually|instead|rather|i mean|wait|correction|second thought|sorry"
    rf"|one|each|every|single|many|several|multiple|only|exactly|at most"
    rf"|optional|required|mandatory|nullable|unique|{TYPE_ALTERNATION})\b",
    re.IGNORECASE,
)


def _read_before_talk(cleaned: Cleaned, read: Callable[[Cleaned], Draft]) -> Draft | None:
    """ "Every greenhouse belongs to one nursery - set that up as a relationship": a request no
    reader takes whole may hold its ask before a comment (a reason, a remark, a pro-form ask).
    The longest head that reads as one whole ask is that ask when the tail is provably talk: it
    reads as nothing alone, gives no order of its own, takes nothing back, gives no type and
    goes on with no list. The tail is kept as an aside (the confidence weighs the values it
    names); a tail that names a thing the reading does not is proposed, never accepted."""
    text = cleaned.text
    if len(text) > _CHATTY_CHARS:
        return None
    cuts = [m.start() for m in _TAIL_START.finditer(text) if m.start() > 0]
    for cut in sorted(set(cuts), reverse=True)[:_MOST_CUTS]:
        head, tail = text[:cut].strip(), text[cut:].strip()
        if not rx(r"[A-Za-z]").search(head) or not _tail_is_talk(tail, cleaned, read):
            continue
        if tail[:1] == "," and _LISTED.search(head) and not _CLAUSE.search(tail):
            continue  # "Reminder: title, warn before days": a list goes on after its comma
        if tail[:1] == "," and _LISTED.search(head) and _ITEM_AS_QUESTION.match(tail):
            # "Locomotives - the number, the livery, how much we paid for it and when it was
            # bought": a field named by a question goes on with the list (it is no remark)
            continue
        found = read(replace(cleaned, text=head))
        if found.intent is None or found.missing:
            continue
        found.rules.append(tail)
        found.aside_words += len(tail.split())
        found.aside_texts.append(tail)
        found.notes.append(f"read from the words before {tail!r}, taken as talk")
        found.after_talk = found.after_talk or _names_more(tail, found)
        return found
    return None


# a tail opened by a coordinator goes on with the ask unless it holds a clause of its own: an
# auxiliary or a copula, or a personal pronoun as its subject (closed classes)
_GOES_ON = re.compile(
    r"[\s,;:.!?(\u2013\u2014-]*(?:and|or|plus|also|with|as well as|including)\b", re.IGNORECASE
)
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|must"
    r"|may|might|i|we|you|they|he|she)\b|n't\b",
    re.IGNORECASE,
)


# ", how much we paid for it", ", and when it was bought": an item said as a question
_ITEM_AS_QUESTION = re.compile(
    r",\s*(?:and\s+|also\s+|plus\s+)?(?:how\s+(?:much|many|long|often|old|big|heavy|far|tall)"
    r"|when|who|whom|whose|where|whether|which|what)\b",
    re.IGNORECASE,
)
# a head that lists ("Reminder: title", "bags with code, size"): after it a comma goes on
_LISTED = re.compile(r"[:,]|\bwith\b", re.IGNORECASE)


def _tail_is_talk(tail: str, cleaned: Cleaned, read: Callable[[Cleaned], Draft]) -> bool:
    """The words after an ask say nothing a reading could need (see `_read_before_talk`)."""
    if _TAIL_ASK.search(tail) or _TAIL_ORDER.search(tail) or _TAIL_AMENDS.search(tail):
        return False
    if _GOES_ON.match(tail) and not _CLAUSE.search(tail):
        return False  # ", and test centres": the list or the ask goes on, no clause of its own
    if not rx(r"[A-Za-z]").search(tail):
        return True
    return read(replace(cleaned, text=tail)).intent is None


# words for the schema itself: naming one names no thing of the reading (a closed class)
_SCHEMA_WORDS = NEVER_ENTITY | frozenset(
    "relationship relationships relation relations link links connection foreign key".split()
)


def _names_more(tail: str, found: Draft) -> bool:
    """The tail holds a noun that no entity, field or relationship of the reading names."""
    named: set[str] = set(_SCHEMA_WORDS)
    for entity in found.entities:
        for name in (entity.name, entity.renamed_from or ""):
            named |= {w.lower() for w in rx(r"[A-Z][a-z]*").findall(name)}
        for attribute in entity.attributes:
            named |= set(f"{attribute.name}_{attribute.renamed_from or ''}".lower().split("_"))
        for relationship in entity.relationships:
            named |= {w.lower() for w in rx(r"[A-Z][a-z]*").findall(relationship.target)}
    for word in rx(r"[a-z]+").findall(tail.lower()):
        if (
            len(word) > 2
            and word not in FUNCTION_WORDS
            and singular(word) not in named
            and word not in named
            and names_a_thing(word)
        ):
            return True
    return False


# words before a noun that leave its name as it is (a closed class of determiners)
_DETERMINERS = frozenset(
    "the a an my our your their his her its this that these those each every all some any"
    " no one".split()
)


def _named_longer_before(head: str, found: Draft) -> bool:
    """ "I want to register the lake visits, for every visit I need …": the talk cut off names
    a thing of the reading by a longer name (a word before its noun, the noun ending its
    phrase), so the tail alone would name it short (Visit, not LakeVisit). "the old kiln log"
    names a log, not a kiln."""
    words = rx(r"[a-z]+|[^a-z\s]").findall(head.lower())
    for entity in found.entities:
        own = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
        if not own:
            continue
        for i in range(1, len(words)):
            before, after = words[i - 1], (words[i + 1] if i + 1 < len(words) else ".")
            if (
                singular(words[i]) == own[-1]
                and before.isalpha()
                and before not in _DETERMINERS
                and before not in own
                and (not after.isalpha() or after in FUNCTION_WORDS)
            ):
                return True
    return False


def _created_renamed_by(reading: Callable[[EntitySpec, str], str | None]) -> Check:
    """A check that renames the one entity created by one whole-request reading of its name."""
    return lambda draft, cleaned: _one_created_renamed(draft, cleaned.text, reading)


# What a reading of one sentence alone says to `_sentences_left_unread`: asked or not, its
# intent, and each thing's name with its fields' names.
_Alone = tuple[bool, Intent | None, tuple[tuple[str, frozenset[str]], ...]]


def _summary(alone: Draft) -> _Alone:
    return (
        bool(alone.missing),
        alone.intent,
        tuple((e.name, frozenset(a.name for a in e.attributes)) for e in alone.entities),
    )


# A sentence of a paragraph is read alone at every read of the paragraph (a live preview, then
# its submit; the paragraph read again as a story): the reading depends on its text alone.
@lru_cache(maxsize=256)
def _read_alone(sentence: str) -> _Alone:
    return _summary(_read_once(clean(sentence)))


def _sentences_read_apart(draft: Draft, cleaned: Cleaned) -> None:
    _sentences_left_unread(draft, cleaned.text, _read_once)


# What runs on an assembled reading, in this order: first the mends that rename or re-spell what
# was read (a later check asks about the names as mended), then the checks that ask when the
# reading rests on something doubtful, and last the notes of words not added. Each takes the
# draft and the cleaned request; a new check is one more row (its docstring says why).
# --- doubts asked whatever the score (confidence.py says which evidence; a refit of the weights
# must not turn any of them into a confident reading) ----------------------------------------------


# "a manager (an Employee)", "an owner (a User)", "a captain (one of the Players)": a value
# said in parentheses to be one of another kind of thing, written as a name
_VALUE_IS_A_THING = re.compile(
    r"\(\s*(?:(?P<said>an?|one of the|one of our|another)\s+)?(?P<t>[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
    r"(?:\s+(?:entity|record|row))?\s*\)"
)


def _value_is_a_thing(draft: Draft, cleaned: Cleaned) -> None:
    """ "Add a manager to Department (an Employee)" read as a text field manager: the value
    is said to be another thing, so the ask is a link (with a role the conventions cannot
    name) or a field; nothing decides, so the reading is asked, never a confident text."""
    if draft.intent is not Intent.ADD_FIELDS or draft.missing:
        return
    owners = {e.name for e in draft.entities}
    for m in _VALUE_IS_A_THING.finditer(cleaned.text):
        thing = singular(m["t"].lower())
        if m["t"] in owners or type_phrase(m["t"].lower()) is not None:
            continue
        if not m["said"] and (_HOW_KEPT.fullmatch(m["t"].lower()) or not _value_before(m, cleaned)):
            continue  # "(Employee)" alone names a kind only right after a value's word
        _ask(
            draft,
            f"is it a link to {m['t']}? say 'add {'an' if thing[:1] in 'aeiou' else 'a'}"
            f" {thing} relationship to"
            f" {next(iter(owners), '…')}' for a link, or give the field a type",
        )
        return


# "(Optional)", "(Required)", "(Unique)": how a value is kept, said with a capital
_HOW_KEPT = re.compile(r"optional|required|mandatory|compulsory|unique|nullable|blank|empty")


def _value_before(m: re.Match[str], cleaned: Cleaned) -> bool:
    """ "a manager (Employee)": the bracket follows a word of the value, not a sentence's end."""
    return bool(rx(r"[a-z]\s*$").search(cleaned.text[: m.start()]))


def _unknown_link_target(draft: Draft, cleaned: Cleaned) -> None:
    """ "every booking belongs to a single gest": the thing a link points at is an entity too,
    and one named by no word (a slip nobody could mend, a made-up word) is asked about, as its
    name would be a table nobody meant."""
    if draft.missing:
        return
    for target in unknown_link_targets(draft, cleaned):
        words = " ".join(_name_words(target))
        _ask(
            draft,
            f"{words!r}, the thing a link points at, is no word I know: correct it, or write it"
            f" with a capital ('… one {target}') if it is your own name for a thing",
        )
        return


# States a thing passes through (closed class): "one active booking" counts the bookings in
# that state at a time, a rule about them, not a kind of thing linked
_PASSING_STATES = frozenset("active open pending unpaid outstanding overdue live ongoing".split())


def _state_in_link_target(draft: Draft, cleaned: Cleaned) -> None:
    """ "Customers can only have one active booking" → a link to ActiveBooking: a state said
    before the thing a link points at limits how many are in that state at once (a business
    rule), so the link read is a guess: ask."""
    if draft.missing:
        return
    # (new59) a thing the request makes with fields of its own ("open days with event date and
    # title, …; each shift is for one open day") is a kind named, no state
    made = {e.name for e in draft.entities if e.attributes}
    for entity in draft.entities:
        for link in entity.relationships:
            words = _name_words(link.target)
            if link.target in made:
                continue
            if len(words) > 1 and words[0] in _PASSING_STATES:
                _ask(
                    draft,
                    f"{' '.join(words)!r}: {words[0]!r} is a state"
                    f" {'an' if words[-1][:1] in 'aeiou' else 'a'} {words[-1]} passes"
                    f" through, so this reads as a rule about how many there may be; say"
                    f" 'each {_name_words(entity.name)[-1]} has many {plural_of(words[-1])}' for"
                    " a link",
                )
                return


def _sentence_as_name(draft: Draft, cleaned: Cleaned) -> None:
    """ "Customers place orders: order date, total" → CustomersPlaceOrder: people in the
    plural, a verb, then things in the plural is a sentence (who does what to which), never
    one thing's name; which of them the list is of is not said, so ask."""
    if draft.missing or draft.intent is not Intent.CREATE_ENTITY:
        return
    text = cleaned.text.lower()
    for entity in draft.entities:
        words = _name_words(entity.name)
        if len(words) != 3 or singular(words[0]) == words[0] or not is_verb(words[1]):
            continue
        if first_sense(singular(words[0])) != "noun.person":
            continue
        said = rx(rf"\b{words[0]} {words[1]} (?:\w+ )?{words[2][:-1]}\w*s\b")
        if said.search(text):
            _ask(
                draft,
                f"{' '.join(words)!r} reads as a sentence, not one thing's name: say which"
                f" thing the fields are of ('{words[2]}s with …')",
            )
            return


def _frame_verb_in_name(draft: Draft, cleaned: Cleaned) -> None:
    """ "Log test flights with …" → TestFlight: a word of the work ("test") kept before the
    thing's noun may be an order read into the name; nothing in the request decides, so ask."""
    if draft.missing:
        return
    found = frame_verb_modifier(draft, cleaned)
    if found is not None:
        name, word = found
        head = " ".join(_name_words(name)[1:])
        _ask(
            draft,
            f"{word!r} in {name} may be part of its name or a word about the work: write"
            f" {name} as one name if it is the thing, or name the thing alone ('{head}s with …')",
        )


def _timestamp_unread(draft: Draft, cleaned: Cleaned) -> None:
    """ "left port and docked (both timestamps; …)" read into no datetime field: the request
    says when things happen and the reading keeps no moment, so the fields it made are not the
    ones meant; asked."""
    if draft.missing or not timestamp_read_into_nothing(draft, cleaned):
        return
    _ask(
        draft,
        "the request says a timestamp, but no field was read as one: name each moment as a"
        " field ('departed at (datetime)')",
    )


# "members bring layouts to shows with …": what is brought, then where it is brought
_BROUGHT_TO = rx(
    r"\b(?:bring|brings|take|takes|carry|carries|send|sends|ship|ships|enter|enters)\s+"
    r"(?:(?:their|our|the|its|his|her|some|all|any)\s+)?(?P<what>[a-z]+s)\s+"
    r"(?:along\s+)?to\s+(?:(?:the|our|their|local|various|different|some)\s+)?"
    r"(?P<where>[a-z]+s)\s*(?:with\b|:|-)"
)


def _brought_to_as_thing(draft: Draft, cleaned: Cleaned) -> None:
    """ "Our members bring layouts to shows with name, scale, size and owner" → Show: the list
    follows the place things are brought to, but what is brought (another plural noun) is as
    likely the thing kept; nothing decides, so ask."""
    if draft.missing or draft.intent is not Intent.CREATE_ENTITY or len(draft.entities) != 1:
        return
    heads = {_name_words(e.name)[-1] for e in draft.entities if _name_words(e.name)}
    for m in _BROUGHT_TO.finditer(cleaned.text.lower()):
        what, where = singular(m["what"]), singular(m["where"])
        if where in heads and what != where and what not in heads:
            _ask(
                draft,
                f"are the fields of the {m['what']} or of the {m['where']} they are brought to?"
                f" say '{m['what']} with …' or '{m['where']} with …'",
            )
            return


def _value_word_as_thing(draft: Draft, cleaned: Cleaned) -> None:
    """ "Amount: tenant name, paid on" → Amount: a value's word as the only word of a new thing
    is a field list whose owner went unsaid; asked, never built as a table of amounts."""
    if draft.missing:
        return
    found = value_word_thing(draft, cleaned)
    if found is not None:
        name, word = found
        _ask(
            draft,
            f"{word!r} names a value, not a thing kept: say which thing the fields belong to,"
            f" or write '{word.capitalize()} entity' if {name} is the thing",
        )


def _unexplained_in_capitals(draft: Draft, cleaned: Cleaned) -> None:
    """ "ALL CAPS KPI REVIEWS …": in a request all in capitals an initialism looks like any
    word, so a word of a thing's name no dictionary explains is asked about."""
    if draft.missing:
        return
    words = unexplained_in_capitals(draft, cleaned)
    if words:
        listed = ", ".join(repr(w.upper()) for w in words)
        _ask(
            draft,
            f"{listed}: no word I know, and in a request all in capitals an initialism cannot be"
            " told from a slip: write the request in normal case, initialisms in capitals",
        )


def _existing_created(draft: Draft, cleaned: Cleaned) -> None:
    """ "For each Loom record the reed width …": a create of a thing the request names as
    there already (a capital after "the", "each", "on", …; no "a", plural or list) is asked,
    as fields may be meant for it; never built new on that guess."""
    if draft.missing:
        return
    name = existing_created(draft, cleaned)
    if name is not None:
        draft.missing.append("intent")
        draft.notes.append(_there_already(name, "named with a capital, never brought in as new"))


# "each hawk needs a falconer", "karts should have a mechanic": one person needed by a thing,
# said with no type, no "field" and no "add", is as likely a link to the people kept as a
# name written on the thing (the dev split labels no such request; a reader guessing either
# way is wrong half the time)
_PERSON_NEEDED = re.compile(
    r"\b(?:needs?|requires?|(?:should|must)\s+(?:also\s+)?have)\s+(?:a|an|one|its\s+own"
    r"|their\s+own)\s+(?P<w>[a-z]+)\b(?:\s+(?:each|too|as well|also))?\s*[.!?]?\s*$"
)


def _person_needed(draft: Draft, cleaned: Cleaned) -> None:
    """ "Each hawk needs a falconer" read as a text field `falconer` on Hawk is asked: the
    person may be kept as a thing of its own and linked (see _PERSON_NEEDED)."""
    if draft.missing or draft.intent is not Intent.ADD_FIELDS or len(draft.entities) != 1:
        return
    attributes = draft.entities[0].attributes
    if len(attributes) != 1 or attributes[0].type is not AttrType.STR:
        return
    word = attributes[0].name
    text = cleaned.text.lower()
    said = _PERSON_NEEDED.search(text)
    if said is None or said["w"] != word or rx(r"\b(?:add|field|column|name)\b").search(text):
        return
    if first_sense(word) != "noun.person":
        return
    owner = draft.entities[0].name
    _ask(
        draft,
        f"is {word!r} written on {owner}, or a {word} kept on its own and linked? say 'each "
        f"{owner} has one {word}' for a link, or 'add {word} (text) to {owner}' for a field",
    )


# (lr61) "crate volunter shifts with shift date, …": a request opened by "crate" and then a
# name, no article, is "create" misspelt as often as the thing's first word ("crate deliveries
# with driver, date"); the verb with an article after it is read as "create" already
# (text.py `_CRATE_VERB`). Read as CrateVolunteerShift it was accepted wrong.
_CRATE_OPENS = re.compile(r"^\W*crate\s+(?!(?:entity|table|model|with|for|and|of)\b)[a-z]", re.I)


def _crate_opening_doubted(draft: Draft, cleaned: Cleaned) -> None:
    """A thing named "Crate…" from a request opened by "crate" and a name is asked about."""
    if draft.missing or draft.intent is not Intent.CREATE_ENTITY:
        return
    if not _CRATE_OPENS.match(cleaned.text):
        return
    named = [e.name for e in draft.entities if e.name.startswith("Crate") and e.name != "Crate"]
    if named:
        _ask(draft, f"did 'crate' mean 'create'? say whether the thing is {named[0]}")


# (lr61) "we want the names logged on the whiteboard": a medium things are written on today,
# said after "on"/"in", is where the values go now, never the thing kept (it was read as fields
# added to a thing Whiteboard, accepted); a thing named so with a capital or "entity" stays
_ON_A_MEDIUM = re.compile(
    r"\b(?:on|in|onto|into)\s+(?:the|a|an|our|my|their)\s+(?:old\s+|big\s+|shared\s+)?"
    r"(?P<m>whiteboard|blackboard|chalkboard|clipboard|notebook|notepad|spreadsheet|diary"
    r"|calendar|fridge|paper)s?\b(?!\s+(?:entity|table|model)\b)"
)


def _medium_as_thing(draft: Draft, cleaned: Cleaned) -> None:
    """Fields given to a thing that is only the medium said after "on"/"in" are asked."""
    if draft.missing or draft.intent not in (Intent.ADD_FIELDS, Intent.CREATE_ENTITY):
        return
    media = {m["m"] for m in _ON_A_MEDIUM.finditer(cleaned.text)}
    if not media:
        return
    for entity in draft.entities:
        word = entity.name.lower()
        if word in media and word not in cleaned.capitalised:
            _ask(draft, f"is the {word} a thing to keep, or where the values are written now?")
            return


_AFTER_ASSEMBLY: tuple[Check, ...] = (
    _respell_entities,
    _respell_fields,
    _screen_word_frames,
    _gerund_or_compound,
    _created_renamed_by(booked_thing),
    _created_renamed_by(records_for_people),
    _kept_after_the_act,
    _created_renamed_by(each_of_the_compound),
    _compound_doubted,
    _crate_opening_doubted,
    _medium_as_thing,
    _act_frame_doubted,
    _created_renamed_by(rows_of_a_sheet),
    _created_renamed_by(owner_without_apostrophe),
    _framed_name_linked,
    _slips_noted,
    _spelling_clashes,
    _counts_of_things_detailed,
    _things_not_counts,
    _frame_read_as_field,
    _change_to_software,
    _screen_added,
    _screen_part_renamed,
    _states_with_types_unread,
    _people_before_a_plural,
    _validation_as_field,
    _values_as_fields,
    _name_opens_with_preposition,
    _opener_names_no_thing,
    _story_heading_no_thing,
    _links_left_unread,
    _sentences_read_apart,
    _pair_left_out,
    _swap_said,
    _undecided,
    _table_removed_from,
    _records_not_schema,
    _record_added,
    _removal_doubted,
    _gerund_wanted,
    _named_place_missed,
    _value_owns_link,
    _new_name_vague,
    _refused_said,
    _bare_pair_renamed,
    _second_rename_left_out,
    _second_removal_left_out,
    _value_renamed,
    _type_swapped_on_add,
    _it_said_optional,
    _note_after_listed_owner,
    _it_said_typed,
    _place_in_field_name,
    _label_in_field_name,
    _unknown_link_target,
    _value_is_a_thing,
    _frame_verb_in_name,
    _sentence_as_name,
    _state_in_link_target,
    _value_word_as_thing,
    _timestamp_unread,
    _brought_to_as_thing,
    _unexplained_in_capitals,
    _existing_created,
    _person_needed,
    _schema_object_as_field,
    _age_word_owner,
    _one_value_of_things,
    _more_said_as_a_rule,
    _more_in_brackets,
    _dropped_notes,
)
