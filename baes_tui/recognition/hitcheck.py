"""The cache's collision check: a cached recognition is trusted only for a request that names
everything it names (docs/architecture.md, The recognition cache: an exact cache over a
normalized key is wrong only through normalization collisions)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from baes_tui.core.models import EntitySpec, Recognition
from baes_tui.core.names import words_of
from baes_tui.recognition.normalize import FallbackNormalizer, Normalizer


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

# the note a reading leaves where it read a slip as the word meant (recognizer.py)
_RESPELT = re.compile(r"^read '([^'\n]+)' as '([^'\n]+)' \((?:spelling|typo)\)$")


def _with_respellings(
    recognition: Recognition, tokens: list[str], normalizer: Normalizer | None
) -> list[str]:
    """The request's tokens, and the word meant for each slip the reading says it mended
    whose typed word the request holds ("nmae" read as name): the reading's names are the
    words meant, so without them a request with a slip never hit its own entry, and it was
    removed as a collision each time it was asked again."""
    # (the typed word is no English word: only the rule-based lemmatizer takes the plural
    # off it, "memebers" → memeber, as off the name the note gives, "ChoirMemeber")
    have = {w for t in tokens for w in _TOLERANT.words(t)}
    extra: list[str] = []
    for note in recognition.notes:
        m = _RESPELT.match(note)
        if m is None:
            continue
        typed = _TOLERANT.words(" ".join(words_of(m[1])))
        if typed and set(typed) <= have:
            extra.extend((normalizer or _TOLERANT).words(" ".join(words_of(m[2]))))
    return tokens + extra


def matches_request(
    recognition: Recognition, request_tokens: Iterable[str], normalizer: Normalizer | None
) -> bool:
    """Every entity of a cached recognition passes `hit_matches_request`, and every old name
    of a rename is in the request too."""
    tokens = _with_respellings(recognition, list(request_tokens), normalizer)
    for entity in recognition.entities:
        if not hit_matches_request(entity, tokens, normalizer=normalizer):
            return False
        olds = [entity.renamed_from, *(a.renamed_from for a in entity.attributes)]
        for old in filter(None, olds):
            probe = EntitySpec(old)
            if not hit_matches_request(probe, tokens, normalizer=normalizer):
                return False
    return True


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
