"""Words around a change that say it is not (yet) what the person asks.

A change read whole can still be governed by words the readers set aside as talk: a condition
the tool cannot know ("If the trustees sign it off, drop …", "Unless the vet objects, make …")
asks for the change only when something outside the text holds, and "we don't need the weight
on Parcel to be a whole number" denies a property of the field ("to be …"), not the field. A
one-field change whose required-ness is not what the one order says ("… is required, make it
optional") took the state for the ask. Nor is "for some reason" a thing a change is made to,
nor "June" (when) or "anymore" (how long) a thing or a value kept. None is a reading to
accept: `governing_note` says why it is asked, and the score is capped.
"""

from __future__ import annotations

import re

from baes_tui.core.models import Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.lexicon import TIME_NAMES

# Subordinators that make what follows a condition (closed class). A condition governs the
# ask when it opens the sentence and a comma closes it ("If the board agrees, remove …") or
# closes the sentence after a comma ("…, unless the vet objects."); "the team asked if tasks
# could …" and "so we can reach someone if things go wrong" are a question asked and a reason.
_SUBORDINATORS = (
    r"(?:if|unless|assuming|provided(?: that)?|providing|pending|once|as soon as|as long as)"
)
_LEADING = re.compile(
    rf"(?:^|[.!?:\u2013\u2014]\s+|\s-\s+){_SUBORDINATORS}\s+(?P<rest>[^,.;:!?()\n]+),",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf",\s*(?:but\s+)?(?:only\s+)?{_SUBORDINATORS}\s+(?P<rest>[^,.;:!?()\n]+)(?:[.!?]|$)",
    re.IGNORECASE,
)
# First words of a condition the person settles themself or that marks a value optional or a
# field's meaning ("if known", "if you can", "if that's ok", "if it is urgent", "if they have
# boots", "if is known"): pronouns of the speaker, the listener, the record or the talk, and the
# adjectives of availability (closed class)
_SETTLED = frozenset(
    """you you're youre you've i i'm it its it's that that's thats this there there's theres
    he she they is are known possible any needed necessary applicable available relevant so
    not ok okay wanted desired appropriate given present""".split()
)
# "if we can", "if we know it": the speaker's own ability or knowledge, settled like "if I can"
_WE_ABLE = frozenset("can could may might know have get".split())
# Changes a condition can govern: every intent but a create, whose requirement documents state
# behaviour as conditions ("if a payment fails, the booking is cancelled")
_CHANGES = (
    Intent.ADD_FIELDS,
    Intent.REMOVE_FIELDS,
    Intent.MODIFY_FIELDS,
    Intent.RENAME_FIELD,
    Intent.RENAME_ENTITY,
    Intent.REMOVE_ENTITY,
    Intent.ADD_RELATIONSHIP,
)
# Words after "to be" that say the field goes or is kept ("the fax to be removed", "we don't
# need it to be stored"): a removal's own "to be" (closed class: participles of removing and
# keeping, adverbs and prepositions of place)
_GOING = (
    r"removed|dropped|deleted|taken|gone|scrapped|binned|cut|erased|axed|ditched|hidden"
    r"|kept|stored|tracked|recorded|saved|shown|listed|visible|there|here|around|on|in|at"
)


def governing_note(draft: Draft, text: str) -> str | None:
    """Why the change read from `text` is not asked outright, for the person: a condition on
    someone or something else, a removal whose field is followed by "to be …" (a property of
    the field denied), or an owner said as no particular thing. None when nothing governs it."""
    if said := _talk_word_name(draft):
        return f"{said!r} is a word of the talk, not a thing or a value kept: say what is meant"
    if draft.intent not in _CHANGES:
        return None
    for m in [*_LEADING.finditer(text), *_TRAILING.finditer(text)]:
        words = m["rest"].lower().split()
        if len(words) < 2 or words[0] in _SETTLED:
            continue
        if words[0] == "we" and words[1] in _WE_ABLE:
            continue
        said = m[0].strip(" ,.;:-(\u2013\u2014")
        return f"the change depends on {said!r}: confirm it is wanted as it is read"
    if draft.intent is Intent.REMOVE_FIELDS and (denied := _property_denied(draft, text)):
        return f"{denied!r} says what the field should not be, not that it goes: say which change"
    if order := _order_contradicted(draft, text):
        return f"the reading is not what {order!r} asks: say which the field should be"
    if owner := _indefinite_owner(draft, text):
        return f"{owner!r} names no particular thing: say which entity the change is on"
    return None


# Determiners of no particular thing (closed class): "for some reason", "in any case"
_INDEFINITE = r"(?:some|any|whatever|whichever|no|another)"


def _indefinite_owner(draft: Draft, text: str) -> str | None:
    """ "the kiln temperature is text for some reason": a change is made to a thing the system
    has, which English names as a particular one; an entity said only after "some", "any" or
    "whatever" is no such thing (a phrase of the talk read as the owner)."""
    lowered = text.lower()
    for entity in draft.entities:
        words = re.findall(r"[A-Z]?[a-z0-9]+", entity.name)
        if not words:
            continue
        name = r"[\s_-]*".join(re.escape(w.lower()) for w in words)
        spots = list(re.finditer(rf"(?:\b(?P<det>{_INDEFINITE})\s+)?\b{name}", lowered))
        if spots and all(m["det"] for m in spots):
            return text[spots[0].start() : spots[0].end()]
    return None


def _property_denied(draft: Draft, text: str) -> str | None:
    """ "we don't need the weight on a Parcel to be a whole number": "need F to be Y" asks
    about Y, so a removal of F read from it denies what the person keeps."""
    lowered = text.lower()
    for entity in draft.entities:
        for attribute in entity.attributes:
            name = r"[\s_-]+".join(map(re.escape, attribute.name.split("_")))
            m = re.search(
                rf"\b{name}\b[^,.;:!?]{{0,40}}?\bto be\s+(?!(?:{_GOING})\b)[^,.;:!?]+", lowered
            )
            if m:
                return text[m.start() : m.end()]
    return None


# Words that say when or how, never what is kept (closed classes): days and months name no
# entity ("the pilot ended in June"; "march", also a walk kept, is left out), adverbs of time,
# degree and manner name no field ("we do not use it anymore", "delete entirely"; "still",
# also a distiller's vessel, is left out)
_CALENDAR = TIME_NAMES - {"march"}
_ADVERBS = frozenset(
    """anymore entirely completely altogether now later again already too also either please
    instead yet ever anyway today tomorrow yesterday soon maybe perhaps really just""".split()
)


def _talk_word_name(draft: Draft) -> str | None:
    """An entity named by a day or a month, or a field named by an adverb alone: a word of
    the talk taken for a name."""
    for entity in draft.entities:
        if entity.name.lower() in _CALENDAR:
            return entity.name
        for attribute in entity.attributes:
            if attribute.name in _ADVERBS:
                return attribute.name
    return None


# An order about the field or "it" and the required-ness it gives (closed class: the verbs of
# an order, the words of required-ness)
_ORDER = re.compile(
    r"\b(?:make|set|should be|must be|to be|needs? to be|becomes?|has to be)\s+"
    r"(?:(?:it|them|that|this|the field|that field)\s+)?(?:now\s+)?"
    r"(?P<w>optional|nullable|required|mandatory|compulsory|obligatory)\b"
)
_OPTIONAL_WORDS = frozenset(("optional", "nullable"))


def _order_contradicted(draft: Draft, text: str) -> str | None:
    """ "For some reason the colour on Tile is required, make it optional" read as required:
    the state said first is what is there, the order said last is the change, so a one-field
    reading whose required-ness is not the one order's has taken the state for the ask."""
    if draft.intent is not Intent.MODIFY_FIELDS or len(draft.entities) != 1:
        return None
    attributes = draft.entities[0].attributes
    lowered = text.lower()
    orders = list(_ORDER.finditer(lowered))
    if len(attributes) != 1 or len(orders) != 1:
        return None
    order = orders[0]
    if re.search(
        r"\b(?:not|no longer)\b|n't\b", lowered[max(0, order.start() - 20) : order.start()]
    ):
        return None  # "doesn't need to be required": the order denied
    wanted = order["w"] not in _OPTIONAL_WORDS
    return order[0] if attributes[0].required is not wanted else None
