"""Is a word an English noun? WordNet's noun index, read once, as evidence for the confidence.

An entity is a thing, so its name's words are nouns: "Sistem" (a misspelt frame), "Somewhere"
or "Int" in an entity name say the phrase was cut in the wrong place. The lemmas come straight
from WordNet's `index.noun` (and `noun.exc` for irregular plurals), not through the
lemmatizer, so the answer is the same whichever normalizer is loaded. Without WordNet the
answer is "unknown" (None) and the confidence model treats the evidence as absent.
"""

from __future__ import annotations

import threading
from pathlib import Path

from baes_tui.core.inflection import singular
from baes_tui.recognition.wordnet import DEBIAN_WORDNET, DEFAULT_TARGET

_LOCK = threading.Lock()
_NOUNS: frozenset[str] | None = None
_MODIFIERS: frozenset[str] | None = None  # nouns and adjectives: words that may modify a noun
_LOADED = False


def _folders() -> list[Path]:
    return [DEFAULT_TARGET / "corpora" / "wordnet", DEBIAN_WORDNET]


def _senses(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            if not line.startswith(" "):
                fields = line.split(" ", 3)
                out[fields[0]] = int(fields[2])
    return out


def _load() -> tuple[frozenset[str], frozenset[str]] | None:
    """Lemmas that are mainly nouns: more noun senses than adverb senses and at least as many
    as adjective senses ("somewhere", "online" and "else" are nouns in WordNet, barely)."""
    for folder in _folders():
        if not (folder / "index.noun").is_file():
            continue
        try:
            nouns = _senses(folder / "index.noun")
            adverbs = _senses(folder / "index.adv") if (folder / "index.adv").is_file() else {}
            adjectives = _senses(folder / "index.adj") if (folder / "index.adj").is_file() else {}
            words = {
                w for w, n in nouns.items() if n > adverbs.get(w, 0) and n >= adjectives.get(w, 0)
            }
            exc = folder / "noun.exc"
            if exc.is_file():
                with open(exc, encoding="utf-8") as fp:
                    words.update(line.split(" ", 1)[0] for line in fp if line.strip())
        except (OSError, UnicodeDecodeError, ValueError, IndexError):
            continue
        modifiers = {w for w in (nouns.keys() | adjectives.keys()) if w not in adverbs}
        return frozenset(words), frozenset(modifiers | words)
    return None


def noun_index() -> frozenset[str] | None:
    """Every WordNet noun lemma (and irregular plural), or None when WordNet is absent."""
    _ensure()
    return _NOUNS


def _ensure() -> None:
    global _NOUNS, _MODIFIERS, _LOADED
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                loaded = _load()
                if loaded is not None:
                    _NOUNS, _MODIFIERS = loaded
                _LOADED = True


def is_noun(word: str) -> bool | None:
    """True when `word` (or its singular) is a WordNet noun; None when WordNet is absent."""
    nouns = noun_index()
    if nouns is None:
        return None
    word = word.lower()
    return word in nouns or singular(word) in nouns


def is_modifier(word: str) -> bool | None:
    """True when `word` can modify a noun ("spare part", "library member"): a noun or an
    adjective that is not also an adverb; None when WordNet is absent."""
    _ensure()
    if _MODIFIERS is None:
        return None
    word = word.lower()
    return word in _MODIFIERS or singular(word) in _MODIFIERS
