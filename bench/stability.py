"""Doubt from instability: does a reading change under a rewrite that keeps the meaning?

An experiment, not part of the recognizer (bench/README.md, "Stability under harmless
rewrites", has the measurement and why it was not shipped). A request is read again after
small rewrites that cannot change what it asks ("Students: name, email, and age" → "Students:
name, email and age"); a reading that rests on the exact wording would change with it. How
many rewrites change the reading (intent, entity names, field names, types, required,
renames, relationships, or whether anything is missing) was tried as a confidence feature
(`unstable`).

Every candidate rewrite is here; REWRITES are the ones that almost never change a reading that
is exactly right on the dev split (bench/stability_rewrites.py prints, per rewrite, how often
it changes right and wrong readings) and change at least one wrong one. A rewrite that does
not apply returns None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from baes_tui.core.models import EntitySpec, Intent
from baes_tui.recognition.assemble import Draft

Meaning = tuple[object, ...]


def meaning(intent: Intent | str | None, entities: Iterable[EntitySpec], missing: bool) -> Meaning:
    """What a reading means, order-free: the parts the corpus compares for "exactly right"
    (intent; per entity its renamed_from, its fields with type, required and renamed_from, and
    its relationships)."""
    if missing:
        return ("missing",)
    return (
        str(intent),
        frozenset(
            (
                e.name,
                e.renamed_from,
                frozenset((a.name, str(a.type), a.required, a.renamed_from) for a in e.attributes),
                frozenset((str(r.kind), r.target) for r in e.relationships),
            )
            for e in entities
        ),
    )


def changed(rewrite: str, base: Meaning, other: Meaning) -> bool:
    """Whether the reading of a rewrite is not what the rewrite allows: the same reading, or
    for a rewrite that drops one list item, the same reading with exactly one field fewer."""
    if rewrite not in ONE_FEWER:
        return other != base
    if len(base) != 2 or len(other) != 2 or base[0] != other[0]:
        return True
    was = {e[0]: e for e in base[1]}  # type: ignore[attr-defined]
    now = {e[0]: e for e in other[1]}  # type: ignore[attr-defined]
    if set(was) != set(now):
        return True
    lost = 0
    for name, entity in was.items():
        after = now[name]
        if entity[1] != after[1] or entity[3] != after[3] or not after[2] <= entity[2]:
            return True
        lost += len(entity[2]) - len(after[2])
    return lost != 1


# --- the rewrites: text → text with the same meaning, or None where one does not apply -------

_CAMEL = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")  # CakeOrder, iPhone: kept as written


def lower_case(text: str) -> str | None:
    """Everything in lower case except explicit CamelCase names ("CakeOrder")."""
    kept = {m.start(): m.group() for m in _CAMEL.finditer(text)}
    out = text.lower()
    for start, word in kept.items():
        out = out[:start] + word + out[start + len(word) :]
    return out if out != text else None


# A list item: a short run of words with no punctuation that could hold a list of its own
# (a comma inside "(number, in kWh)" or after a dash is not the list's comma).
_ITEM = r"[^,.;:!?\n()\[\]{}\-–—]+?"
# "and also …", "and then …" join clauses, not the last item of a list.
_JOINT = r"\s+(?!(?:also|then|so|but|please)\b)"
_OXFORD = re.compile(rf",({_ITEM}),\s+(and|or){_JOINT}")
_PLAIN_LAST = re.compile(rf",({_ITEM})\s+(and|or){_JOINT}")
_AND_LAST = re.compile(rf",({_ITEM}),?\s+and{_JOINT}")
_MAX_ITEM_WORDS = 4  # "As an editor, I want to link articles and tags" is no list


_VERBS = frozenset(
    "make add create build set change remove drop delete keep track store record link relate"
    " rename call need want get give put use move mark".split()
)
# Words that open, join or end a clause: an "item" holding one is a clause ("so link hirers",
# "and also the meal choice"), not a name in a list.
_NOT_IN_ITEM = frozenset(
    "with having including storing and or so also then because please but".split()
)
_ITEM_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'/ -]*")


def _short(item: str) -> bool:
    """An item of a list: a few plain words (no emoji, no symbols), none of which opens, joins
    or ends a clause."""
    words = item.lower().split()
    return (
        0 < len(words) <= _MAX_ITEM_WORDS
        and _ITEM_WORDS.fullmatch(item.strip()) is not None
        and not _NOT_IN_ITEM.intersection(words)
    )


def oxford_comma(text: str) -> str | None:
    """ "a, b, and c" ↔ "a, b and c" (every list of the text turned the same way)."""

    def drop(m: re.Match[str]) -> str:
        return f",{m.group(1)} {m.group(2)} " if _short(m.group(1)) else m.group()

    def add(m: re.Match[str]) -> str:
        return f",{m.group(1)}, {m.group(2)} " if _short(m.group(1)) else m.group()

    out = _OXFORD.sub(drop, text) if _OXFORD.search(text) else _PLAIN_LAST.sub(add, text)
    return out if out != text else None


def and_to_comma(text: str) -> str | None:
    """ "a, b and c" → "a, b, c": the last item of a comma list joined by a comma."""

    def join(m: re.Match[str]) -> str:
        return f",{m.group(1)}, " if _short(m.group(1)) else m.group()

    out = _AND_LAST.sub(join, text)
    return out if out != text else None


# A greeting on its own ("Hi there!", "Hello team,") before the request; thanks after it.
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening))"
    r"(?:\s+(?:there|all|team|everyone|folks))?\s*[,!.]+\s*",
    re.I,
)
_THANKS = re.compile(
    r"(?<=[.!?\n])\s*(?:thanks?(?: you)?|thx|many thanks|cheers)(?: (?:a lot|so much|in advance))?"
    r"\s*[.!]*\s*$",
    re.I,
)


def drop_courtesy(text: str) -> str | None:
    """A greeting said on its own before the request and a thanks after it, removed."""
    out = _THANKS.sub("", _GREETING.sub("", text, count=1)).strip()
    return out if out and out != text.strip() else None


_SYSTEM_TO = re.compile(
    r"^(?:please\s+)?(?:create|build|make|develop|set up)\s+(?:a|an|me a)\s+"
    r"(?:system|app|application|service|tool|program)\s+(?:to|that|for)\s+"
    r"(manage|track|keep track of|store|record)\s+",
    re.I,
)
_BARE_VERB = re.compile(r"^(manage|track)\s+", re.I)


def frame_swap(text: str) -> str | None:
    """ "Create a system to manage X with …" ↔ "Manage X with …"."""
    lead = len(text) - len(text.lstrip())
    body = text[lead:]
    m = _SYSTEM_TO.match(body)
    if m:
        verb = m.group(1)
        return text[:lead] + verb[0].upper() + verb[1:].lower() + " " + body[m.end() :]
    m = _BARE_VERB.match(body)
    if m:
        return text[:lead] + f"Create a system to {m.group(1).lower()} " + body[m.end() :]
    return None


# An article opening a list item: ", the due date" / "and an email" → ", due date" / "and
# email" (articles in a field list are dropped by the reader; "a number of" / "a single" keep
# theirs: they carry a type or a cardinality).
_ITEM_ARTICLE = re.compile(
    r"(?<=,)(\s+(?:and\s+|or\s+)?)(?:the|an?)\s+(?!(?:number|single|few|lot|couple)\b)(?=[a-z])"
)


def list_articles(text: str) -> str | None:
    """The articles that open the items of a comma list, dropped."""
    out = _ITEM_ARTICLE.sub(lambda m: m.group(1), text)
    return out if out != text else None


# A comma list of short items closed by "and" ("a, b and c", "a, b, c, and d"), after a word
# that opens a list of fields. Moving items is safe only after the first few (after "store
# each book's title, …" the first item carries its owner); dropping a middle item keeps the
# first and the last where they are, so it may follow any of them.
_OPENERS = "with including having storing".split()
_MORE_OPENERS = "has have need needs store stores track record keep get gets".split()


def _list_run(openers: list[str]) -> re.Pattern[str]:
    return re.compile(
        "(?:(?<=:)|" + "|".join(rf"(?<=\b{w})" for w in openers) + r")\s+"
        rf"({_ITEM}(?:,{_ITEM})+),?\s+and\s+({_ITEM})(?=[.;!?\n]|$)"
    )


_LIST_RUN = _list_run(_OPENERS)
_ANY_LIST_RUN = _list_run(_OPENERS + _MORE_OPENERS)


def _on_lists(
    text: str,
    pattern: re.Pattern[str],
    change: Callable[[list[str]], list[str] | None],
    *,
    once: bool = False,
) -> str | None:
    """`change` applied to the items of every list of short items (`once`: the first only).
    A run that is no such list ("track of kayaks with hull number, …": its first item holds
    "with") is tried again one character on, so the list inside it is still found."""
    out, at, done = [], 0, False
    pos = 0
    while not (once and done):
        m = pattern.search(text, pos)
        if m is None:
            break
        items = [i.strip() for i in m.group(1).split(",")] + [m.group(2).strip()]
        new = change(items) if all(_short(i) for i in items) else None
        if new is None:
            pos = m.start() + 1
            continue
        out.append(text[at : m.start()] + " " + _join(new, m.group()))
        at = pos = m.end()
        done = True
    out.append(text[at:])
    result = "".join(out)
    return result if result != text else None


def _join(items: list[str], said: str) -> str:
    """Items back as a list, with "and" before the last unless they were semicolons."""
    if len(items) > 1 and items[-1].startswith(";"):
        return "; ".join([*items[:-1], items[-1][1:]])
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


def reverse_list(text: str) -> str | None:
    """ "a, b, c and d" → "a, d, c and b": the order of a list's items means nothing. The
    first item stays first: it may carry the list's owner ("each book's title", "fixtures with
    home team")."""

    def turn(items: list[str]) -> list[str] | None:
        # "…, model and make": a field named by a verb reads as a new clause when it moves.
        if len(items) < 3 or any(i.split()[0].lower() in _VERBS for i in items):
            return None
        return [items[0], *items[:0:-1]]

    return _on_lists(text, _LIST_RUN, turn)


_CONTRACTIONS = (
    (re.compile(r"\b(ca)n't\b", re.I), r"\1n not"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"n't\b", re.I), " not"),
    (re.compile(r"'re\b", re.I), " are"),
    (re.compile(r"'m\b", re.I), " am"),
    (re.compile(r"'ll\b", re.I), " will"),
    (re.compile(r"'ve\b", re.I), " have"),
    (re.compile(r"\b(I|we|you|they|he|she|it)'d\b", re.I), r"\1 would"),
)


def expand_contractions(text: str) -> str | None:
    """ "don't" → "do not", "we'd" → "we would" (never the possessive 's)."""
    out = text
    for pattern, replacement in _CONTRACTIONS:
        out = pattern.sub(replacement, out)
    return out if out != text else None


_SOFTENERS = re.compile(r"\b(?:please|kindly|basically|honestly|really)\b,?\s*", re.I)


def drop_softeners(text: str) -> str | None:
    """ "please", "kindly", "basically", "honestly", "really" removed."""
    out = _SOFTENERS.sub("", text)
    return out if out != text and out.strip() else None


def ampersand(text: str) -> str | None:
    """ "a, b and c" → "a, b & c" in a comma list ("&" separates items like "and")."""

    def amp(m: re.Match[str]) -> str:
        return f",{m.group(1)} & " if _short(m.group(1)) else m.group()

    out = _PLAIN_LAST.sub(lambda m: amp(m) if m.group(2) == "and" else m.group(), text)
    return out if out != text else None


def final_stop(text: str) -> str | None:
    """A full stop at the end added, or removed when there is one."""
    body = text.rstrip()
    if body.endswith("."):
        return body[:-1]
    if body and body[-1].isalnum():
        return body + "."
    return None


_I_WE = re.compile(r"(^|[.!?]\s+)?\b(I|[Ww]e)\s+(need|want|would like)\b", re.M)


def i_we(text: str) -> str | None:
    """ "I need" ↔ "we need": who asks does not change what is asked."""

    def swap(m: re.Match[str]) -> str:
        start = m.group(1) is not None
        who = ("We" if start else "we") if m.group(2) == "I" else "I"
        return (m.group(1) or "") + f"{who} {m.group(3)}"

    out = _I_WE.sub(swap, text)
    return out if out != text else None


# Only where it picks out a thing ("each order belongs …"), never as a pronoun ("each has a
# name", "should each have").
_EACH_EVERY = re.compile(
    r"(?<!should )(?<!must )(?<!can )(?<!could )(?<!would )(?<!will )(?<!shall )"
    r"\b([Ee])(ach|very)\b(?=\s+(?!(?:has|have|had|of|one|other|time|should|can|must|with|is"
    r"|are|gets?|needs?)\b)[a-z])"
)


def each_every(text: str) -> str | None:
    """ "each" ↔ "every"."""
    out = _EACH_EVERY.sub(lambda m: m.group(1) + ("very" if m.group(2) == "ach" else "ach"), text)
    return out if out != text else None


_REASON = re.compile(
    r",?\s+(?:so that|so|because|since)\s+(?:I|we|they|you|it|the|our|staff)\b[^.!?;\n]*"
)


def drop_reason(text: str) -> str | None:
    """A reason clause ("…, so that I can plan", "because guests ask") removed: a reason is
    never a field or an entity, only a business rule."""
    out = _REASON.sub("", text)
    return out if out != text and out.strip() else None


_QUOTED = re.compile(r"[\"“”‘’`]([^\"“”‘’`\n]{1,40})[\"“”‘’`]")


def unquote(text: str) -> str | None:
    """Quotes around a name dropped: 'the "instrument" field' → 'the instrument field'."""
    out = _QUOTED.sub(r"\1", text)
    return out if out != text else None


def semicolons(text: str) -> str | None:
    """The commas of a comma list of short items as semicolons ("a; b; c")."""

    return _on_lists(text, _LIST_RUN, lambda items: [*items[:-1], ";" + items[-1]])


# The verb that names what is built: at the start of a sentence or after "to" ("a system to
# manage", "I want to track"), never a verb of a change ("vehicles could also track mileage").
_CREATE_VERB = re.compile(
    r"(?:^|(?<=\bto )|(?<=[.!?:] ))(manage|keep track of|track)\s+(?=(?:our|my|the|all)?\s*[a-z])",
    re.I | re.M,
)


def verb_synonym(text: str) -> str | None:
    """ "manage" ↔ "keep track of" ↔ "track" for the thing a request is about."""
    swap = {"manage": "keep track of", "keep track of": "manage", "track": "manage"}

    def turn(m: re.Match[str]) -> str:
        word = swap[m.group(1).lower()]
        return (word[0].upper() + word[1:] if m.group(1)[0].isupper() else word) + " "

    out = _CREATE_VERB.sub(turn, text, count=1)
    return out if out != text else None


def drop_item(text: str) -> str | None:
    """ "a, b, c and d" → "a, c and d": one item of a list of three or more dropped. Not a
    rewrite that keeps the meaning but one whose effect is known: the reading must lose
    exactly one field and change nothing else (`changed`)."""

    return _on_lists(
        text,
        _ANY_LIST_RUN,
        lambda items: [items[0], *items[2:]] if len(items) >= 3 else None,
        once=True,
    )


_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)]|#)", re.M)


def join_lines(text: str) -> str | None:
    """A sentence typed over several lines, read as one line (never a bulleted document, a
    header with a list under it, or lines of "name: type")."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or _BULLET.search(text) or re.search(r"[:(){}\[\]]", text):
        return None
    if any(len(line.split()) < 3 for line in lines):
        return None
    return " ".join(lines)


Rewrite = Callable[[str], "str | None"]

# Every candidate, by name (bench/stability_rewrites.py measures each). REWRITES are the ones
# kept: on dev they almost never change a reading that is exactly right (reverse_list 1 of 100:
# "name, join date and phone number" reads "join" as a verb; drop_item 1 of 134: a list of
# entities, not fields) and they change at least one wrong reading somewhere.
CANDIDATES: dict[str, Rewrite] = {
    "lower_case": lower_case,
    "oxford_comma": oxford_comma,
    "and_to_comma": and_to_comma,
    "drop_courtesy": drop_courtesy,
    "frame_swap": frame_swap,
    "list_articles": list_articles,
    "join_lines": join_lines,
    "reverse_list": reverse_list,
    "expand_contractions": expand_contractions,
    "drop_softeners": drop_softeners,
    "ampersand": ampersand,
    "final_stop": final_stop,
    "i_we": i_we,
    "each_every": each_every,
    "drop_reason": drop_reason,
    "unquote": unquote,
    "semicolons": semicolons,
    "verb_synonym": verb_synonym,
    "drop_item": drop_item,
}
ONE_FEWER = frozenset({"drop_item"})
REWRITES: tuple[str, ...] = (
    "oxford_comma",
    "and_to_comma",
    "reverse_list",
    "semicolons",
    "drop_item",
    "i_we",
    "verb_synonym",
    "unquote",
)


def rewrites(request: str, names: Iterable[str] | None = None) -> dict[str, str]:
    """The rewrites of `request` that apply, by name (identical results are read once);
    `names` defaults to the kept REWRITES."""
    out: dict[str, str] = {}
    for name in REWRITES if names is None else names:
        rewritten = CANDIDATES[name](request)
        if rewritten is not None and rewritten.strip() and rewritten not in out.values():
            out[name] = rewritten
    return out


def unstable(request: str, draft: Draft, read: Callable[[str], Draft]) -> int:
    """How many of the kept rewrites of `request` change the reading `draft` holds."""
    base = meaning(draft.intent, draft.entities, bool(draft.missing))
    flips = 0
    for name, text in rewrites(request).items():
        other = read(text)
        flips += changed(name, base, meaning(other.intent, other.entities, bool(other.missing)))
    return flips
