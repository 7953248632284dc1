"""Rule-based recognition: request text → intent, entity spec, confidence. Offline, deterministic.

The request is split into sentences and requirement bullets. The first sentence that matches an
intent pattern decides the intent and the entity; bullets and later sentences add fields,
relationships and business rules. Technology words (Python, FastAPI, SQLite, API, system…) are
never taken for entities or fields. What is not understood is kept verbatim in
`business_rules`; the custom-logic detector (detection.py) reads the whole request.

Confidence is the sum of what was found: an intent pattern (0.5 for an explicit verb pattern,
0.35 for a bare "Students with name…"), an entity (0.3), and the content the intent needs
(fields or a relationship: 0.2; a create with no fields gets 0.1), minus 0.05 for each list
item that could not be read (at most 0.2). Below the threshold, or without an entity, the
result is "needs_clarification" with `missing` naming what a person must supply: "entity",
"intent", "attributes", "relationship", or "confirmation" (all parts found, confidence still too
low). When fields were understood but no entity, `entity` carries them with an empty name.

"has many" is read as one-to-many with the foreign key on the many side ("an author has many
books" → Book many_to_one Author); other verbs with "many" are many-to-many ("a library member
borrows many books" → LibraryMember many_to_many Book).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from baes_tui.core.errors import BadRequest
from baes_tui.core.models import (
    Attribute,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
    RelationshipKind,
)
from baes_tui.core.names import words_of
from baes_tui.recognition.detection import detect_custom_logic
from baes_tui.recognition.normalize import FallbackNormalizer, Normalizer
from baes_tui.recognition.phrases import (
    LEADING_FILLER,
    RULE_WORD,
    TECH_WORDS,
    TYPE_WORDS,
    ParsedFields,
    entity_from_phrase,
    is_tech_text,
    looks_like_fields,
    parse_field_list,
)

MAX_REQUEST_CHARS = 20_000  # a page of requirements is ~3,000; beyond this it is not one request
DEFAULT_THRESHOLD = 0.6
# --- sentence patterns -------------------------------------------------------------------------
_NP = r"(?P<np>[a-z0-9][a-z0-9 '-]*?)"
_NP_END = (
    r"(?=\s+(?:with|having|that|who|which|including|containing|where|whose|and|or|by|to|in"
    r"|on|from|so|using|plus|as)\b|\s*[,:;(]|$)"
)
_MANAGE = (
    r"\b(?:manag(?:e|es|ing)|track(?:s|ing)?|handl(?:e|es|ing)|stor(?:e|es|ing)|maintain(?:s|ing)?"
    r"|organi[sz](?:e|es|ing)|administer(?:s|ing)?|keep(?:s|ing)? track of)\s+"
)
_CREATE_VERB = (
    r"\b(?:create|build|make|add|define|generate|design|develop|implement|need|want|set up)\s+"
)
_CREATE_PATTERNS = (
    re.compile(r"\b(?:entity|model|resource|table)\s+(?:called|named)\s+(?P<np>[a-z0-9]+)"),
    re.compile(_MANAGE + _NP + _NP_END),
    re.compile(_CREATE_VERB + _NP + _NP_END),
    re.compile(r"\bfor\s+" + _NP + _NP_END),
)
_BARE_ENTITY = re.compile(r"^" + _NP + r"\s+(?:with|having|that have|that has|including)\b")
_FIELDS_AFTER = re.compile(
    r"(?:\b(?:with|having|including|containing|that (?:has|have)|fields?|attributes?)\b|:)"
    r"\s*:?\s*(?P<list>.+)$"
)
_STARTS_WITH_ACTION = re.compile(
    r"^(?:please\s+)?(?:i\s+|we\s+)?(?:create|build|make|add|define|generate|design|develop"
    r"|implement|need|want|set up|manage|track|remove|delete|drop|change|modify|alter|update)\b"
)
_REMOVE_FIELDS = re.compile(r"^(?:remove|delete|drop)\s+(?P<fields>.+?)\s+from\s+(?P<entity>.+)$")
_REMOVE_ENTITY = re.compile(r"^(?:remove|delete|drop|destroy)\s+(?P<entity>.+)$")
_MODIFY_TYPE = (
    re.compile(
        r"^(?:change|modify|alter|update|set|convert)\s+(?:the\s+)?(?:data\s+)?type\s+of\s+"
        r"(?P<fields>.+?)\s+(?:to|into)\s+(?:an?\s+)?(?P<type>[a-z-]+)"
        r"(?:\s+(?:on|in|for|of)\s+(?P<entity>.+))?$"
    ),
    re.compile(
        r"^(?:change|modify|alter|update|convert)\s+(?P<fields>.+?)\s+(?:(?:on|in|of|for)\s+"
        r"(?P<entity>.+?)\s+)?(?:to|into)\s+(?:be\s+)?(?:an?\s+)?(?P<type>[a-z-]+)"
        r"(?:\s+(?:on|in|for|of)\s+(?P<entity2>.+))?$"
    ),
)
_MODIFY_REQUIRED = re.compile(
    r"^(?:make|set|mark|change)\s+(?P<fields>.+?)\s+(?:to\s+)?(?:be\s+)?"
    r"(?P<req>optional|required|mandatory|nullable|not required)"
    r"(?:\s+(?:on|in|for|of)\s+(?P<entity>.+))?$"
)
_ADD_FIELDS = re.compile(
    r"^(?:add|include|append|insert|attach)\s+(?P<fields>.+?)\s+(?:to|on|into|for|in)\s+"
    r"(?P<entity>.+)$"
)
_ADD_BARE = re.compile(r"^(?:add|include|append|insert)\s+(?P<fields>.+)$")
_REL_EXPLICIT = re.compile(
    r"^(?:add|create|define)\s+(?:an?\s+)?(?P<kind>many[- ]to[- ](?:one|many))?\s*"
    r"(?:relationship|relation|link|association)\s+(?:from|between)\s+(?P<owner>.+?)\s+"
    r"(?:to|and)\s+(?P<target>.+)$"
)
_REL_BETWEEN = re.compile(
    r"many[- ]to[- ]many\s+(?:relationship\s+)?between\s+(?P<owner>.+?)\s+and\s+(?P<target>.+)$"
)
_REL_BELONGS = re.compile(
    r"^(?P<owner>.+?)\s+(?:belongs?|(?:is|are) (?:assigned|linked|attached|tied))\s+to\s+"
    r"(?P<target>.+)$"
)
_REL_BY = re.compile(r"^(?P<owner>.+?)\s+(?:is|are)\s+[a-z]+\s+by\s+(?P<target>.+)$")
_REL_HAS = re.compile(
    r"^(?P<owner>.+?)\s+(?:(?:can|may|must|should|will)\s+)?(?:also\s+)?"
    r"(?:has|have|owns?|contains?|includes?)\s+(?P<target>.+)$"
)
_REL_MANY = re.compile(
    r"^(?P<owner>.+?)\s+(?:can\s+)?(?P<verb>[a-z]+)(?:\s+(?:in|to|for|on|with|into))?\s+"
    r"(?P<target>(?:many|multiple|several|one or more|any number of)\s+.+)$"
)
_MANY = frozenset("many multiple several more number".split())
_PRONOUNS = frozenset("it they each every this".split())
_CLAUSE_END = re.compile(r"\s+(?:and|with|who|that|which|where|each|so|but)\b|\s*[,;(]")


@dataclass
class _Draft:
    """What has been understood so far; becomes a Recognition at the end."""

    intent: Intent | None = None
    intent_score: float = 0.0
    entity: str | None = None
    attributes: list[Attribute] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    unreadable: int = 0
    warnings: list[str] = field(default_factory=list)

    def add_fields(self, fields: ParsedFields) -> None:
        known = {a.name for a in self.attributes}
        self.attributes.extend(a for a in fields.attributes if a.name not in known)
        self.rules.extend(fields.rules)
        self.unreadable += fields.unreadable

    def add_relationship(self, relationship: Relationship) -> None:
        if relationship not in self.relationships:
            self.relationships.append(relationship)


def _target(phrase: str) -> tuple[str | None, bool]:
    """The first noun phrase of a relationship's far side, and whether it says "many"."""
    head = _CLAUSE_END.split(phrase, maxsplit=1)[0]
    words = head.split()
    many = bool(_MANY.intersection(words[:3])) or "more" in words[:3]
    while words and (words[0] in LEADING_FILLER or words[0] in _MANY or words[0] in
                     ("exactly", "single", "only", "or", "zero", "of", "any")):  # fmt: skip
        words.pop(0)
    return entity_from_phrase(" ".join(words)), many


def _relationship(sentence: str) -> tuple[str, Relationship] | None:
    """(owner, relationship) for a sentence that states one, else None."""
    if m := _REL_EXPLICIT.match(sentence) or _REL_BETWEEN.search(sentence):
        owner, (target, _) = entity_from_phrase(m["owner"]), _target(m["target"])
        kind: RelationshipKind = "many_to_one"
        if "kind" not in m.groupdict() or (m["kind"] or "").endswith("many"):
            kind = "many_to_many"
        return (owner, Relationship(kind, target)) if owner and target else None
    if _STARTS_WITH_ACTION.match(sentence):
        return None
    for pattern in (_REL_BELONGS, _REL_BY, _REL_HAS, _REL_MANY):
        m = pattern.match(sentence)
        if not m:
            continue
        if pattern is _REL_HAS and looks_like_fields(m["target"]):
            return None
        owner = entity_from_phrase(m["owner"])
        target, many = _target(m["target"])
        if not owner or not target:
            continue
        if pattern is _REL_HAS and many:
            return target, Relationship("many_to_one", owner)  # the key lives on the many side
        if pattern is _REL_MANY and m["verb"] in ("has", "have"):
            continue
        return owner, Relationship("many_to_many" if many else "many_to_one", target)
    return None


def _entity_or(draft: _Draft, phrase: str | None) -> None:
    if phrase and (name := entity_from_phrase(phrase)):
        draft.entity = name


def _read_main(sentence: str, draft: _Draft) -> bool:
    """Intent, entity and fields from the sentence that states the request; False if none."""
    s = sentence
    if (m := _REMOVE_FIELDS.match(s)) and entity_from_phrase(m["entity"]):
        draft.intent, draft.intent_score = Intent.REMOVE_FIELDS, 0.5
        _entity_or(draft, m["entity"])
        draft.add_fields(parse_field_list(m["fields"]))
        return True
    if (m := _REMOVE_ENTITY.match(s)) and not re.search(r"\b(?:fields?|attributes?|columns?)\b", s):
        draft.intent, draft.intent_score = Intent.REMOVE_ENTITY, 0.5
        _entity_or(draft, m["entity"])
        return True
    for pattern in _MODIFY_TYPE:
        m = pattern.match(s)
        if m and m["type"] in TYPE_WORDS:
            draft.intent, draft.intent_score = Intent.MODIFY_FIELDS, 0.5
            _entity_or(draft, m["entity"] or m.groupdict().get("entity2"))
            parsed = parse_field_list(m["fields"])
            kind = TYPE_WORDS[m["type"]]
            parsed.attributes = [Attribute(a.name, kind, a.required) for a in parsed.attributes]
            draft.add_fields(parsed)
            return True
    if m := _MODIFY_REQUIRED.match(s):
        draft.intent, draft.intent_score = Intent.MODIFY_FIELDS, 0.5
        _entity_or(draft, m["entity"])
        parsed = parse_field_list(m["fields"])
        optional = m["req"] in ("optional", "nullable", "not required")
        parsed.attributes = [Attribute(a.name, a.type, not optional) for a in parsed.attributes]
        draft.add_fields(parsed)
        return True
    if found := _relationship(s):
        draft.intent, draft.intent_score = Intent.ADD_RELATIONSHIP, 0.5
        draft.entity = found[0]
        draft.add_relationship(found[1])
        return True
    if (m := _ADD_FIELDS.match(s)) and entity_from_phrase(m["entity"]):
        draft.intent, draft.intent_score = Intent.ADD_FIELDS, 0.5
        _entity_or(draft, m["entity"])
        draft.add_fields(parse_field_list(m["fields"]))
        return True
    if (m := _ADD_BARE.match(s)) and looks_like_fields(m["fields"]):
        # "Add email and phone": fields without an entity; ask which entity.
        draft.intent, draft.intent_score = Intent.ADD_FIELDS, 0.5
        draft.add_fields(parse_field_list(m["fields"]))
        return True
    if (m := _REL_HAS.match(s)) and re.search(r"\balso\b|\bnow\b", s):
        draft.intent, draft.intent_score = Intent.ADD_FIELDS, 0.5
        _entity_or(draft, m["owner"])
        draft.add_fields(parse_field_list(m["target"]))
        return True
    return _read_create(s, draft)


def _read_create(s: str, draft: _Draft) -> bool:
    fallback: tuple[str, int] | None = None
    for pattern in _CREATE_PATTERNS:
        for m in pattern.finditer(s):
            name = entity_from_phrase(m["np"])
            if not name:
                continue
            had_tech = any(w in TECH_WORDS for w in m["np"].split())
            if had_tech and fallback is None:
                fallback = (name, m.end("np"))
                continue
            return _found_create(s, draft, name, m.end("np"), 0.5)
    if fallback:
        return _found_create(s, draft, fallback[0], fallback[1], 0.5)
    bare = None if _STARTS_WITH_ACTION.match(s) else _BARE_ENTITY.match(s)
    if bare and (name := entity_from_phrase(bare["np"])):
        return _found_create(s, draft, name, bare.end("np"), 0.35)
    if re.match(r"^(?:i |we )?" + _CREATE_VERB.removeprefix(r"\b"), s + " "):
        # "Create a system": the intent is clear, the entity is what is missing.
        draft.intent, draft.intent_score = Intent.CREATE_ENTITY, 0.5
        return True
    return False


def _found_create(s: str, draft: _Draft, name: str, end: int, score: float) -> bool:
    draft.intent, draft.intent_score, draft.entity = Intent.CREATE_ENTITY, score, name
    if m := _FIELDS_AFTER.search(s, end):
        draft.add_fields(parse_field_list(m["list"]))
    return True


def _read_more(text: str, sentence: str, draft: _Draft, bullet: bool) -> None:
    """A later sentence or bullet: fields, a relationship of this entity, or a business rule."""
    if is_tech_text(sentence):
        return
    if m := re.match(r"^(?:fields|attributes|columns|properties)\s*:\s*(.+)$", sentence):
        draft.add_fields(parse_field_list(m[1]))
        return
    if found := _relationship(sentence):
        owner, rel = found
        if owner == draft.entity:
            draft.add_relationship(rel)
            return
        if rel.kind == "many_to_many" and rel.target == draft.entity:
            draft.add_relationship(Relationship("many_to_many", owner))
            return
    has = _REL_HAS.match(sentence)
    if has and (has["owner"] in _PRONOUNS or entity_from_phrase(has["owner"]) == draft.entity):
        draft.add_fields(parse_field_list(has["target"]))
        return
    if bullet and not RULE_WORD.search(sentence):
        parsed = parse_field_list(sentence)
        if parsed.attributes or parsed.rules:
            draft.add_fields(parsed)
            return
    draft.rules.append(text.strip())


_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+(?P<body>.*)$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _segments(text: str) -> list[tuple[str, bool]]:
    """(segment, is_bullet) in request order; short headers like "Requirements:" are dropped."""
    out: list[tuple[str, bool]] = []
    for line in text.splitlines():
        if m := _BULLET.match(line):
            out.append((m["body"].strip(), True))
            continue
        stripped = line.strip()
        if stripped.endswith(":") and len(stripped.split()) <= 3:
            continue
        out.extend((part.strip(), False) for part in _SENTENCE_END.split(stripped) if part.strip())
    return out


def _simplify(segment: str) -> str:
    """Lowercase, single spaces, no trailing punctuation, no politeness."""
    s = " ".join(segment.lower().replace("’", "'").split()).rstrip(".!?;: ")
    return re.sub(r"^(?:please|kindly|now|also|then)\s+|\s+please$", "", s)


def _clean(request: str) -> str:
    text = unicodedata.normalize("NFKC", request)
    return "".join(" " if unicodedata.category(c)[0] == "C" and c != "\n" else c for c in text)


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
        text = _clean(request)
        draft = _Draft()
        main_seen = False
        for original, bullet in _segments(text):
            simple = _simplify(original)
            if not simple:
                continue
            if not main_seen and not bullet and _read_main(simple, draft):
                main_seen = True
            elif main_seen:
                _read_more(original, simple, draft, bullet)
            elif not is_tech_text(simple):
                draft.rules.append(original.strip())
        return self._finish(request, draft, normalizer, threshold)

    def _finish(
        self, request: str, draft: _Draft, normalizer: Normalizer, threshold: float | None
    ) -> Recognition:
        needs_content = {
            Intent.ADD_FIELDS: "attributes",
            Intent.REMOVE_FIELDS: "attributes",
            Intent.MODIFY_FIELDS: "attributes",
            Intent.ADD_RELATIONSHIP: "relationship",
        }
        missing: list[str] = []
        score = draft.intent_score
        if draft.intent is None:
            missing.append("intent")
        if draft.entity:
            score += 0.3
        else:
            missing.append("entity")
        content = bool(draft.attributes or draft.relationships)
        if draft.intent in needs_content and not content:
            missing.append(needs_content[draft.intent])
        if content:
            score += 0.2
        elif draft.intent in (Intent.CREATE_ENTITY, Intent.REMOVE_ENTITY):
            score += 0.1 if draft.intent is Intent.CREATE_ENTITY else 0.2
        score = max(0.0, min(1.0, score - min(0.2, 0.05 * draft.unreadable)))
        limit = self.threshold if threshold is None else threshold
        if not missing and score < limit:
            missing.append("confirmation")
        entity = None
        if draft.entity or content:
            entity = EntitySpec(
                draft.entity or "", tuple(draft.attributes), tuple(draft.relationships)
            )
        rules = tuple(dict.fromkeys(draft.rules))
        custom = detect_custom_logic(
            request,
            business_rules=rules,
            attributes=draft.attributes,
            relationships=draft.relationships,
            entity=draft.entity,
        )
        return Recognition(
            request=request,
            normalized_key=normalizer.normalize(request),
            intent=draft.intent or Intent.CREATE_ENTITY,
            entities=(entity,) if entity else (),
            confidence=round(score, 3),
            status="needs_clarification" if missing else "recognized",
            business_rules=rules,
            custom_logic=custom,
            missing=tuple(missing),
            source="rules",
            cache="miss",
            normalizer_id=normalizer.id,
            notes=tuple(draft.warnings),
        )


def _name_word_sets(name: str) -> list[list[str]]:
    """The words of a stored name, also without the suffix/prefix names.py adds for safety."""
    words = words_of(name)
    options = [words]
    if len(words) > 1 and words[-1] in ("value", "item"):
        options.append(words[:-1])
    if len(words) > 1 and words[0] in ("field", "entity"):
        options.append(words[1:])
    return options


_TOLERANT = FallbackNormalizer(reason="hit check without the request's normalizer")


def hit_matches_request(
    spec: EntitySpec, request_tokens: Iterable[str], *, normalizer: Normalizer | None = None
) -> bool:
    """The cache's collision check: does the request name everything the cached spec names?

    True when the entity, every attribute and every relationship target of `spec` appear in
    `request_tokens` (the request's `normalizer.tokens`). Names are compared as lemmas, word by
    word, so `Students` matches Student, `hire_date` matches "hire date", `LibraryMember`
    matches "library members"; a safety suffix (`class_value`, `SelectItem`) may be absent.
    A cached spec with an extra attribute the request never mentions is a wrong hit.

    Pass the normalizer that made the tokens for an exact comparison; without it both sides are
    re-lemmatized with the rule-based fallback, which tolerates either normalizer's tokens.
    """
    if normalizer is None:
        normalizer = _TOLERANT
        tokens = {lemma for token in request_tokens for lemma in _TOLERANT.words(token)}
    else:
        tokens = set(request_tokens)
    names = [spec.name, *(a.name for a in spec.attributes), *(r.target for r in spec.relationships)]
    for name in names:
        options = [normalizer.words(" ".join(words)) for words in _name_word_sets(name)]
        if not any(set(option) <= tokens for option in options):
            return False
    return True
