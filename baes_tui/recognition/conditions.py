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
# "… add a colour to it if the fleet manager agrees": said without a comma, a condition at the
# sentence's end is one when someone else's consent is what it waits for (closed class of
# consenting verbs; "if the customer has none" says when a value is empty, no condition)
_CONSENT = re.compile(
    rf"\s{_SUBORDINATORS}\s+(?P<rest>(?:the|our|my|your|their|a|an)\s+[a-z][a-z-]*"
    r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:agrees?|approves?|confirms?|allows?|okays?|objects?"
    r"|decides?|says\s+(?:so|yes|ok|okay)|signs?\s+(?:it\s+|that\s+)?off|(?:is|are)\s+"
    r"(?:happy|ok|okay|fine)(?:\s+with\s+(?:it|that))?))\s*(?:[.!?]|$)",
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
    for m in [*_LEADING.finditer(text), *_TRAILING.finditer(text), *_CONSENT.finditer(text)]:
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
    if denied := _wish_denied(draft, text):
        return f"{denied!r} says the change is not wanted: say which change is"
    if frame := _unasked(draft, text):
        return f"{frame!r} reports, denies or wonders about the change: say if it is wanted"
    if choice := _undecided(text):
        return f"{choice!r} leaves the choice open: say which change is wanted"
    return None


# "either drop the Van table or just its mileage field": two changes offered as alternatives
# leave the choice to the reader; one of them read and accepted is a guess (closed class: the
# verbs of a change after "either", within one sentence)
_EITHER = re.compile(
    r"\beither[:,]?\s+(?:just\s+|only\s+)?(?:drop|remove|delete|scrap|rename|call|change|make|add"
    r"|keep|merge|split|get\s+rid\s+of)\b[^.;!?\n]{0,200}?\bor\b",
    re.IGNORECASE,
)


def _undecided(text: str) -> str | None:
    """The words that offer two changes to choose from, or None."""
    found = _EITHER.search(text)
    return found[0] if found else None


# Determiners of no particular thing (closed class): "for some reason", "in any case"
_INDEFINITE = r"(?:some|any|whatever|whichever|no|another)"
_AFTER_INDEFINITE = re.compile(rf"\b{_INDEFINITE}\s")


# "some vans have no tow bar": records said in the plural lacking a value are those records of
# the thing, a particular set (the remark why their field may be empty), not "some reason"
_RECORDS_LACK = re.compile(
    r"(?:s|es)\s+(?:lack|have no|do not have|don't have|never (?:have|had|gave)|are missing"
    r"|come without)\b"
)


def _indefinite_owner(draft: Draft, text: str) -> str | None:
    """ "the kiln temperature is text for some reason": a change is made to a thing the system
    has, which English names as a particular one; an entity said only after "some", "any" or
    "whatever" is no such thing (a phrase of the talk read as the owner)."""
    lowered = text.lower()
    if not _AFTER_INDEFINITE.search(lowered):  # (before a pattern per entity is compiled)
        return None
    for entity in draft.entities:
        words = re.findall(r"[A-Z]?[a-z0-9]+", entity.name)
        if not words:
            continue
        name = r"[\s_-]*".join(re.escape(w.lower()) for w in words)
        spots = list(re.finditer(rf"(?:\b(?P<det>{_INDEFINITE})\s+)?\b{name}", lowered))
        if (
            spots
            and all(m["det"] for m in spots)
            and not _RECORDS_LACK.match(lowered, spots[0].end())
        ):
            return text[spots[0].start() : spots[0].end()]
    return None


def _property_denied(draft: Draft, text: str) -> str | None:
    """ "we don't need the weight on a Parcel to be a whole number": "need F to be Y" asks
    about Y, so a removal of F read from it denies what the person keeps."""
    lowered = text.lower()
    if "to be" not in lowered:
        return None  # (every pattern below needs it: none is built per field)
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


# The scope of the ask. A change said inside a clause whose governing verb is a report denied
# ("nobody said …", "the auditors never asked for …", "I'm not saying …", "told us not to …"),
# a question of fact ("does Kennel still need …?", "why is … optional?") or a hypothesis ("in
# theory we could drop …") is talked about, not asked for. Closed classes: verbs of saying,
# asking and deciding (not "want", "think", "need", "require", "use": "I no longer want X",
# "I don't think we need X" and "nobody uses X" are removals said the English way), negative
# subjects, auxiliaries that open a yes/no or wh- question of fact, hedges of supposition.
_REPORT = (
    r"(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|request|requests"
    r"|requested|requesting|suggest|suggests|suggested|suggesting|propose|proposes|proposed"
    r"|proposing|mention|mentions|mentioned|decide|decides|decided|agree|agrees|agreed"
    r"|insist|insists|insisted|claim|claims|claimed|promise|promised|mean|meant|order|ordered"
    r"|approve|approved|expect|expected)"
)
_NEG_SUBJECT = (
    r"(?:nobody|no one|noone|no-one|none of (?:us|them|you|the \w+)|not one of \w+"
    r"|not a single \w+|neither of \w+)(?:'s)?"
)
# ("didn't" has no word boundary before its "n't"; "didnt", "havent" are the same words typed)
_NEG = r"(?:\b(?:never|not|no longer|didnt|dont|doesnt|havent|hasnt|wasnt|werent)|n't)"
_DENIED_REPORT = re.compile(
    rf"(?:\b{_NEG_SUBJECT}\s+(?:[\w']+\s+){{0,3}}?{_REPORT}"
    rf"|{_NEG}\s+(?:(?:ever|really|actually|even|once|been|have|has|had|did|do|does)\s+){{0,2}}"
    rf"{_REPORT}"
    rf"|\b{_REPORT}\s+(?:(?:us|me|them|you|him|her|everyone)\s+)?(?:never|not)\s+to)\b",
    re.IGNORECASE,
)
# a yes/no or wh- question of fact opening its sentence; "is it possible", "is there a way",
# "do you mind", "why not", "how do I …" ask for the change
_FACT_QUESTION = re.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|also|just|quick question|question)[\s,:-]+)?"
    r"(?:(?:do|does|did|is|are|was|were|has|have|had|isn't|doesn't|didn't|wasn't|hasn't)"
    r"\s+(?!(?:it|there|that|this|you|u|anyone|anybody|possible|ok|okay|alright|fine|doable)\b)"
    r"|(?:why|who|whose|how come)\s+(?!(?:not|don't|do not|can't|cannot|couldn't)\b))",
    re.IGNORECASE,
)
# hedges that make what follows supposed, not asked, and those that wonder (a polite request
# when "you/we could …" follows: "I wonder if you could add …")
_SUPPOSED = re.compile(
    r"\b(?:hypothetically|in theory|theoretically|out of curiosity|just curious|i doubt)\b",
    re.IGNORECASE,
)
_WONDERED = re.compile(
    r"\b(?:i wonder|i was wondering|wondering|i'm not sure|i am not sure|not sure)"
    r"\s+(?:if|whether)\b",
    re.IGNORECASE,
)
# a modal put to the listener or said of us: a request however the sentence opens
_PUT = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u|we|i)\b", re.IGNORECASE)
_POLITE = re.compile(r"\b(?:you|u|we|i)\s+(?:could|can|would|might|may)\b", re.IGNORECASE)
# where a governed clause ends: its sentence's or clause's punctuation, or a conjunction that
# opens a clause of its own
_CLAUSE_END = re.compile(
    r"[,.;:!?\n\u2013\u2014]|\s-\s|\b(?:but|so|because|since|though|although|then)\b",
    re.IGNORECASE,
)
# An ask said outside the governed clause (closed classes: politeness, a modal put to the
# listener or opening a clause, a change verb opening a clause, a wish or an obligation)
_ASKED = re.compile(
    r"\b(?:please|pls|plz|kindly|let's|let us)\b"
    r"|\b(?:can|could|would|will|cn|cna)\s+(?:you|u|ya|we|i|someone|somebody)\b"
    r"|(?:^|[,.;:!?(\n\u2013\u2014-]\s*|\b(?:so|and|but|then|just|also)\s+)"
    r"(?:can|could|would|will|may|shall|add|remove|delete|drop|make|change|rename|call|set|put"
    r"|give|take|get rid|link|relate|connect|include|store|track|record|switch|convert|turn"
    r"|mark|bin|ditch|scrap|swap|update|extend|keep)\b"
    r"|\b(?:i|we)\s+(?:(?:would|really|also|still|now|just|do)\s+)?(?:like|want|need|wanna|prefer)\b"
    r"|\b(?:i|we)'d\s+(?:like|prefer|rather)\b"
    r"|\b(?:should|must|need to|needs to|has to|have to|can go|can be|be called)\b",
    re.IGNORECASE,
)


def _unasked(draft: Draft, text: str) -> str | None:
    """ "Nobody said the depth on Borehole must be a whole number": the words that name the
    change sit in a clause governed by a denied report, a question of fact or a supposition,
    and nothing outside such clauses asks for anything. The governing words, or None."""
    names = _change_names(draft)
    if not names:
        return None
    spans: list[tuple[int, int, str]] = []
    for sentence in re.finditer(r"[^.!?\n]+[.!?]?", text):
        start, said = sentence.start(), sentence[0]
        found = [*_DENIED_REPORT.finditer(said), *_SUPPOSED.finditer(said)]
        found += [
            m for m in _WONDERED.finditer(said) if not _POLITE.search(_clause_after(said, m.end()))
        ]
        for m in found:
            spans.append(
                (start + m.start(), start + m.end() + len(_clause_after(said, m.end())), m[0])
            )
        if (
            said.rstrip().endswith("?")
            and (q := _FACT_QUESTION.match(said))
            and not _PUT.search(said)
        ):
            spans.append((start, sentence.end(), q[0].strip()))
    governed = [(a, b, f) for a, b, f in spans if any(_says(text[a:b], n) for n in names)]
    if not governed:
        return None
    outside = text
    for a, b, _ in spans:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    if _ASKED.search(outside):
        return None
    return governed[0][2].strip()


# "I don't want the Tournament entity deleted, just …", "we never wanted the fee renamed": a
# wish denied for the very change read (closed classes: the denied verbs of wanting, the
# participles of removing and renaming); "I no longer want X" and "we don't want X anymore"
# have no participle and stay removals
_DENIED_WISH = re.compile(
    r"\b(?:i|we)\s+(?:do\s+not|don't|dont|did\s+not|didn't|didnt|never|really\s+don't)\s+"
    r"(?:really\s+)?(?:want|wanted|wish|need)\s+(?P<x>(?:[\w'-]+\s+){1,6}?)"
    r"(?P<v>deleted|removed|dropped|gone|scrapped|binned|ditched|renamed|called)\b",
    re.IGNORECASE,
)
_REMOVALS = (Intent.REMOVE_ENTITY, Intent.REMOVE_FIELDS)
_RENAMES = (Intent.RENAME_ENTITY, Intent.RENAME_FIELD)


def _wish_denied(draft: Draft, text: str) -> str | None:
    """The denied wish whose words name what the change read removes or renames (the reading
    is the change the person says they do not want, or a removal where they deny a rename),
    or None."""
    for m in _DENIED_WISH.finditer(text):
        # ("we don't want Course renamed" is no removal of Course either)
        renames = m["v"].lower() in ("renamed", "called")
        if draft.intent not in (_REMOVALS + _RENAMES if renames else _REMOVALS):
            continue
        if any(_says(m["x"], words) for words in _change_names(draft)):
            return m[0].strip()
    return None


def _clause_after(sentence: str, at: int) -> str:
    """The words of `sentence` from `at` to the end of their clause."""
    rest = sentence[at:]
    # a clause boundary right after the frame ("nobody said, …") is no end yet
    lead = len(rest) - len(rest.lstrip(" ,"))
    m = _CLAUSE_END.search(rest, lead)
    return rest[: m.start()] if m else rest


def _change_names(draft: Draft) -> list[list[str]]:
    """The names a change is about, each as its lower-case words (entities and fields, old
    and new)."""
    if draft.intent not in _CHANGES:
        return []
    out: list[list[str]] = []
    for entity in draft.entities:
        for name in (entity.name, entity.renamed_from or ""):
            words = [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+", name)]
            if words:
                out.append(words)
        for attribute in entity.attributes:
            for name in (attribute.name, attribute.renamed_from or ""):
                if name:
                    out.append(name.lower().split("_"))
    return out


def _says(span: str, words: list[str]) -> bool:
    """The span names the thing: its words in order, run together or apart, any plural."""
    pattern = r"[\s_-]*".join(re.escape(w) for w in words)
    return re.search(rf"\b{pattern}", span, re.IGNORECASE) is not None
