"""Stage 2a of recognition: one segment → clauses, each with its topic entity.

Before any reader sees a sentence it is simplified: lowercase, contractions spelled out
("doesn't" → "does not"), talk around the request removed ("hey, could you …", "As a
librarian I want to …", "… please!"), self-corrections resolved ("licence.. sorry, license
plate" → "license plate").

A topic names the entity the rest of the sentence is about: "On Student, rename …",
"For vehicles, …", "Student: …", "customer.phone -> optional", "Employee(first name, …)".
A sentence holding two requests ("Suppliers don't need a fax anymore, please remove it",
"… with a label; each shelf belongs to one warehouse") is split into clauses that share the
topic, so a later clause's "it" can refer to an earlier clause's entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from baes_tui.core.inflection import singular
from baes_tui.recognition.asides import (
    FOREIGN_GREETING,
    PURPOSE_START,
    SENDER,
    courtesy_head,
    courtesy_tail,
    is_background,
    is_purpose,
    is_role,
    is_sender,
)
from baes_tui.recognition.fields import (
    CENTS,
    FIELD_WORD_OPENS,
    FRACTIONAL,
    OPTIONAL,
    RUN_HEADS,
    RUN_LIST_FOLLOWS,
    said_done,
    said_type,
)
from baes_tui.recognition.lexicon import (
    ASKING,
    CHANGE_VERBS,
    COMMAND_VERBS,
    CREATE_VERBS,
    FIELD_HINTS,
    FRAME_NOUNS,
    HAVING_VERBS,
    LED_FRAMES,
    MANAGE_VERBS,
    MORE_WORDS,
    PRACTICE_WORDS,
    SOFT_FRAMES,
    SYSTEM_WORDS,
    TYPE_ALTERNATION,
    UNIT_WORDS,
)
from baes_tui.recognition.memo import memo_list
from baes_tui.recognition.nouns import (
    first_sense,
    gerund_names_kind,
    has_noun_sense,
    in_wordnet,
    is_noun,
    is_verb,
    mostly_describes,
    properties_are_houses,
)
from baes_tui.recognition.patterns import holds_any, rx

_CONTRACTIONS = (
    (r"\bcan't\b", "can not"), (r"\bwon't\b", "will not"), (r"\bn't\b", " not"),
    (r"n't\b", " not"), (r"\b(we|they|you)'re\b", r"\1 are"), (r"\bi'm\b", "i am"),
    # ("it'd be great to record …": what would be is said of "it" and "that" too)
    (r"\b(i|we|you|they|she|he|it|that)'d\b", r"\1 would"),
    (r"\b(i|we|you|they)'ve\b", r"\1 have"),
    (r"\b(i|we|you|they)'ll\b", r"\1 will"), (r"\blet's\b", "let us"),
    (r"\b(it|that|what|there|here|who|she|he)'s\b", r"\1 is"),
    # ("nobody's sent one in years": "has" before a participle; "nobody's fault" stays)
    (r"\b(nobody|no one|someone|somebody|everyone|everybody|anyone|anybody)'s\s+"
     r"(?=(?:been|got|had|done|seen|sent|made|used|bought|paid|[a-z]+ed)\b)", r"\1 has "),
)  # fmt: skip
_CONTRACTIONS = tuple((re.compile(p), r) for p, r in _CONTRACTIONS)
# Cardinalities written with a colon ("N:1", "M:N") are no topic separator
_COLON_KINDS = {
    **dict.fromkeys(("n:1", "m:1"), "many-to-one"),
    **dict.fromkeys(("1:n", "1:m"), "one-to-many"),
    **dict.fromkeys(("m:n", "n:m", "n:n", "m:m"), "many-to-many"),
}
_COLON_KIND = re.compile(r"(?<![\w:])(?:n:1|m:1|1:n|1:m|m:n|n:m|n:n|m:m)(?![\w:])")
# "Lesson -> Tutor (one per lesson)", "Ticket → Event (one event per ticket)": an arrow with a
# note that each thing on the left has one of the right is "(many-to-one)" said in words
_ARROW_ONE_PER = re.compile(
    r"^(?P<a>[a-z][a-z -]{0,30}?)\s*(?P<arrow>->|→)\s*(?P<b>[a-z][a-z -]{0,30}?)\s*\(\s*"
    r"(?:exactly\s+|just\s+|only\s+)?one(?:\s+(?P<one>[a-z-]+))?\s+(?:per|for each|for every"
    r"|each)\s+(?P<per>[a-z-]+)\s*\)$"
)


def _arrow_one_per(m: re.Match[str]) -> str:
    """ "a -> b (one per a)" → "a -> b (many-to-one)", when the note counts b per a."""
    last = m["a"].split()[-1]
    if singular(m["per"]) != singular(last) or (
        m["one"] and singular(m["one"]) != singular(m["b"].split()[-1])
    ):
        return m[0]
    return f"{m['a']} {m['arrow']} {m['b']} (many-to-one)"


# "Each exam script is marked by one examiner, so please relate Script to Examiner": the link
# described, then asked for by the names the writer gives: those names are the things ("exam
# script" is the Script named after it, not a thing of its own)
_SO_RELATE = re.compile(
    r"^(?P<prose>(?:each|every|a|an|one)\s.+?)\s*,?\s+so\s+(?:please\s+|can you\s+|could you\s+)?"
    r"(?:relate|link|connect)\s+(?P<a>[a-z][a-z-]*)\s+(?:to|with|and)\s+(?P<b>[a-z][a-z-]*)\s*$"
)


def _so_relate(m: re.Match[str]) -> str:
    """The prose's longer names cut to the names the ask gives (see _SO_RELATE)."""
    prose = m["prose"]
    for name in (m["a"], m["b"]):
        prose = re.sub(
            rf"\b(?P<det>each|every|one|a|an|the)\s+(?:[a-z-]+\s+){{1,2}}?(?P<n>{name}(?:s|es)?)\b",
            r"\g<det> \g<n>",
            prose,
            count=1,
        )
    return f"{prose}, so relate {m['a']} to {m['b']}"


# (never across a bracket: "area (hectares, as a number), permit code" is a note on the area)
_INSERTED_ROLE = re.compile(r",\s*as (?P<what>an? [^,()]{1,40}),\s*")


def _role_out(m: re.Match[str]) -> str:
    """ "I want, as a shop manager, to …" drops the role; "overtime hours, as a number, and
    notes" keeps the type said of the item before it (the field list reads it as its type), as
    does "shade cover, as a percentage, and …"."""
    return m[0] if said_type(m["what"]) is not None else " "


_POSSIBLE = re.compile(r"^(?:would|will|is|could) it be possible (?:for you )?to\s+")
_TABLE_HEADER = re.compile(r"^(?:table|entity|model|resource)\s*:\s*(?P<n>[a-z][a-z -]*)$")
# "belongs too many courses" (a typo for "to"); "…, too many people forget" (the adverb, first
# in its clause: kept)
_TOO_ONE = re.compile(
    r"(?<![,;:.!?])(?<!^)(?<![,;:.!?]\s)\btoo\s+(?=(?:one|a|an|many|each|exactly|multiple"
    r"|several)\b)"
)
_PLEASE = re.compile(r"\bplease\b")
_OPTIONAL_BECAUSE = re.compile(
    # "a phone number (phone's optional, some won't give it)": the note may name the field
    # again by a word of its name (checked in _optional_because)
    r"(?P<before>(?:\b[a-z]+(?:\s+[a-z]+)?\s*)?)\((?:(?:the\s+)?(?P<w>[a-z]+)(?:'s|\s+is)\s+)?"
    r"(?P<m>optional|not required|nullable|can be (?:blank|empty))\s*(?:[,;:]|\s[-–—])\s+"
    r"[a-z][^()]*\)"
)


def _optional_because(m: re.Match[str]) -> str:
    """The note made a bare marker; a note naming some other word than the field's is left."""
    if m["w"] and m["w"] not in m["before"].split():
        return m[0]
    return f"{m['before']}({m['m']})"


_HESITATION = re.compile(r"(?:^|(?<=\s))(?:um+|uh+|erm+|uhm+)\b,?(?=\s|$)")
# "(is it possible to) have the Flight entity also store the gate": whoever has X do it, X is
# the one that stores
_CAUSATIVE = re.compile(
    r"^(?:(?:i|we) (?:would like|want|need) to )?have\s+(?P<x>(?:the\s+|each\s+|every\s+|our\s+)?"
    r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?P<also>also\s+)?"
    r"(?P<v>store|record|keep|track|hold|include|show|list|save)\b"
)


def _causative(m: re.Match[str]) -> str:
    """ "have the Flight entity store the gate" → "the flight entity should store the gate"; but
    a word the dictionary knows only as no noun cannot be the one who stores ("have a proper
    list of clients": the list is the thing had, "proper" describes it)."""
    last = m["x"].split()[-1]
    if in_wordnet(last) and is_noun(last) is False:
        return m[0]
    return f"{m['x']} should {m['also'] or ''}{m['v']}"


# "should be optional, not required", "required and not optional": the opposite denied says
# the same thing again
_RESTATED_OPTIONAL = re.compile(
    r"\b(?P<a>optional|nullable)\s*,?\s*(?:and\s+|but\s+)?(?:no longer\s+|not\s+)"
    r"(?:required|mandatory|obligatory|compulsory)(?:\s+(?:anymore|any longer))?\b"
    r"|\b(?P<b>required|mandatory|obligatory|compulsory)\s*,?\s*(?:and\s+|but\s+)?not\s+"
    r"(?:optional|nullable)\b"
)
# ("sorry for my english" is an apology, not a correction)
_CORRECTION = re.compile(
    r"\b[\w-]+(?:\.{2,}|,)?\s+(?:sorry(?!\s+(?:for|about|if|that|to|but)\b)|i mean|or rather)"
    r",?\s+"
)
# "screens: mesh count, frame size, reclaimed?": a terse list under its topic whose last item
# is a lone participle with a question mark asks whether each one is so (a yes/no); the mark
# would be cut off with the talk at the end of the line
# ("customers (name, phone, licence checked?)": in brackets too, where an item may be typed,
# "MarketDay(date, stalls booked: int, rainy?)")
_TERSE_LIST = re.compile(r"^[a-z][a-z -]{0,30}(?::\s*[^:?]+,[^:?]+\?|\s*\([^()?]+,[^()?]+\?\))$")
_ASKED_LAST = re.compile(r"(?<=[,\s])([a-z]{4,})\?(?=\)?$)")


def _asked_last(m: re.Match[str]) -> str:
    """ "reclaimed?" and (lr61) "rainy?", "muddy?" ending a terse list ask whether each one is
    so: a participle or a word that mostly describes is a yes/no (in brackets, "MarketDay(…,
    rainy?)", the mark was cut off with the line's end and the field read as text, accepted)."""
    return f"{m[1]} (yes/no)" if said_done(m[1]) or mostly_describes(m[1]) else m[0]


_LEADING_TALK = re.compile(
    # "Hi team, quick one: …": a greeting with whom it greets is talk before the ask
    r"^(?:(?:"
    # "quick one between lessons -", "small addition on the haulier side:": a label for the
    # message, with when it was written or which side of the business it comes from
    r"(?:(?:a|one)\s+)?(?:quick|small|tiny|little|minor|last)\s+(?:one|thing|addition|change"
    r"|tweak|request|note)\s+(?:between\s+[a-z]+s|(?:on|from)\s+the\s+[a-z]+\s+side)"
    r"|(?:hey|hi|hiya|heya|hello|morning)(?:\s+(?:team|all|everyone|there|folks|guys|again))?"
    # "ok team, …", "right folks, …", "evening all, …": whom the writer speaks to, after an
    # opener, before a comma (alone, "Team, Player and Match" may be things listed)
    r"|(?:ok|okay|right|alright|evening|good evening)\s+(?:team|all|everyone|everybody|folks"
    r"|guys|people|gang|lads|y'all)(?=\s*[,!:\u2014\u2013-])"
    rf"|{FOREIGN_GREETING}"
    r"|ok|okay|so|oh|and|then|now|please|kindly|alright|honestly|yo|ugh|argh|oops|sigh|omg"
    r"|basically|actually|frankly|to be honest|anyway|anyways|um|uh"
    # ("well pumps: serial, …", "well inspections": before a noun, "well" is the well, a thing)
    r"|well(?=\s*[,!.:;\u2014\u2013-]|\s*$|\s+(?:i|we|you|they|the|our|my|so|then|now|please|pls"
    r"|can|could|would|will|actually|ok|okay|um|uh|yes|no|hi|hello|hey|let's|lets|let|just|if"
    r"|in|on|for|add|make|create|remove|rename|change|track|keep)\b)"
    # "i made a mistake, the span …": owning up to a slip, then the fix it asks for
    r"|(?:i|we) (?:made a mistake|messed up|got (?:it|that|this) wrong)|my bad|my mistake|silly me"
    r"|quick one|quick question|tiny thing|one more thing|small thing|btw|by the way|good morning"
    # ("… is working great. One thing - could we also store …": a label for the ask, before a
    # dash or a colon)
    r"|(?:just\s+)?one thing(?=\s*[:\u2014\u2013-])"
    # a chat message's opener ("heads up, …", "fyi: …", "q: can we …") announces the ask
    r"|heads up|fyi|psa|quick q|q(?=\s*:)"
    # ("nit: …", "minor nit: …": a code review's label for a small point, never a thing kept)
    r"|(?:(?:minor|small|tiny)\s+)?nit(?:pick)?(?=\s*:)"
    # "just a terminology thing —", "a naming question:": a label for a message about words
    r"|(?:just\s+)?(?:a|one)\s+(?:(?:quick|small|little|tiny|minor)\s+)?(?:terminology|naming"
    r"|wording|spelling|labelling|labeling)\s+(?:thing|issue|point|question|nit|request)"
    # "small correction: …", "one quick fix -": a label for the message, not a thing kept
    r"|(?:a\s+|one\s+)?(?:(?:small|quick|tiny|little|minor|last|another)\s+)+(?:correction"
    r"|fix|change|update|tweak|request|note|ask)"
    # "not urgent but …", "no rush, …": how soon, not what
    r"|(?:not urgent|no rush|no hurry|low priority|low prio)(?:\s*,?\s*but)?"
    # (lz63) "Small thing, but on Customer …", "sorry to bother you, but could …": the "but"
    # that ends a label or a courtesy before the ask joins nothing (it was read as the old
    # name of a rename, landline<but); an apology counts only when "but" follows it
    r"|(?:sorry|apologies)(?:\s+(?:to\s+(?:bother|trouble|pester|nag)\s+(?:you|u)"
    r"|for\s+the\s+(?:hassle|bother|trouble))(?:\s+again)?)?(?=\s*,?\s*but\b)"
    r"|but(?=\s+(?:on|in|for|to|the|could|can|would|will|please|pls|i|we|you|just|if"
    r"|rename|remove|delete|drop|add|make|change)\b)"
    # "URGENT set up lighting cues: …", "asap pls add …": how soon, shouted before the ask's
    # own verb (before a noun, "urgent tickets: title", it names the thing)
    r"|(?:urgent|urgently|asap|high priority)(?=[\s!.,:—–-]+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:set\s+up|create|add|make|build|remove|delete|drop|rename|can|could|would|we|i)\b)"
    r"|good afternoon|long story short|right|yes|sure|hmm|um|the thing is"
    # "Next, please create …", "Finally, add …": a step of a run of asks, not a thing kept
    # ("next of kin: name, phone" names one: "next", "first" are talk only before a comma)
    r"|finally|lastly|firstly|secondly|thirdly|additionally|furthermore|moreover|afterwards"
    r"|(?:next|first|second|third|last|after that|in addition|on top of that)(?=\s*,)"
    # "turns out we don't need …", "apparently we need …": what the writer found out of their
    # own needs is the ask ("turns out the committee hate …" is what others think: a reason)
    r"|(?:(?:it\s+)?turns\s+out(?:\s+that)?|apparently)(?=\s+(?:we|i)\s)"
    # "Sir in the X entity …": whom the writer addresses, often with no comma after it
    r"|(?:dear\s+|respected\s+)?(?:sir|sirs|madam|ma'am|maam)"
    # "Dear colleague, for the Equipment …": whom a letter is to
    r"|(?:dear|respected)\s+(?:colleagues?|team|all|everyone|friends?|developers?|support"
    r"|admin|devs?)"
    # "Righto, the missus wants …", "Allyuh, on de Order …", "Abeg add …": an opener of the
    # writer's English before the ask; "Mate, can you …": whom they speak to (a word that may
    # name a thing only when a comma or an ask follows it: "boss with name" declares a Boss)
    r"|righto|right-o|allyuh|all yuh|abeg|wah gwaan|wagwan"
    r"|(?:mate|mates|bro|bruv|bredda|boss|oga|chief|pal|buddy|dude|fam|cuz|y'all|yall"
    # (mix59) "Hello love, the snacks also need …": a word of endearment said to the reader
    r"|love|luv|hun|hon|darling|sweetheart|sweetie)"
    # ("boss pls rename …": or the ask's own change verb follows it)
    r"(?=\s*[,!]|\s+(?:can|could|would|will|please|pls|i|we|just|so|you|ya|rename|remove|delete"
    r"|drop|link|connect)\b))\b[\s,:!.—–-]*)+"
)
_ASK = re.compile(
    # "could someone rename …": an ask to whoever reads it is an ask to the reader
    r"^(?:(?:can|could|would|will|may) (?:you|we|u|i|someone|somebody|anyone|anybody)"
    r"(?: please)?(?: also)?(?: just)?\s+"
    r"|i would like you to |i want you to |i need you to |i would like to ask you to |please "
    # "how do I add a colour to kites?": a beginner asking how to make the change asks for it
    r"|how (?:do|can|could|would|should) (?:i|we) (?:go about )?(?=(?:add|remove|delete|drop"
    r"|rename|change|make|create|link|connect)\b)"
    r"|you (?:can|could|may) (?:now |just |also )*(?=(?:get rid|remove|delete|drop|rename"
    # ("you can take it out", "you can switch it to a float": the phrasal change verbs too)
    r"|change|make|add|take|switch)\b"
    # "you can bin the Voucher entity": slang for throwing out, before what goes
    r"|(?:bin|ditch|axe|nuke)\s+(?:the|that|this|those|these|our|my|it|them)\b)"
    r"|(?:it )?is (?:it )?possible to |please to "
    # "… never used, just get rid of it": "just" before the asked verb says nothing
    r"|just (?=(?:get rid|remove|delete|drop|rename|change|make|add|take)\b))"
)
# "(can we) make sure every booking is tied to one venue": what is to hold is what is asked
_MAKE_SURE = re.compile(
    r"^(?:(?:we|i)\s+(?:need|want|have)\s+to\s+)?(?:make sure|ensure)\s+(?:that\s+)?"
    r"(?=(?:each|every)\s)"  # ("ensure the system complies with …" is a wish: asked)
)
# "is there a way to make the depth optional?": a learner asking whether the change can be
# made asks for it, as "is it possible to" does
_IS_THERE_A_WAY = re.compile(
    r"^is there (?:a|any|some) (?:way|option) (?:for (?:me|us) )?to\s+"
    r"(?=(?:add|remove|delete|drop|rename|change|make|link|connect|get rid)\b)"
)
# "maybe the Kennel needs a size", "not sure if this is right but Kennel needs a size": a hedge
# before the ask doubts it, it names nothing
_HEDGE_HEAD = re.compile(
    r"^(?:maybe|perhaps|probably|i (?:think|guess|suppose|believe)(?: that)?"
    r"|(?:i am )?not sure (?:if|whether) [a-z' ]{1,40}? but)\s*,?\s+(?=[a-z])"
)
# "I want the total on Order to be optional", "we need the fax field on Supplier removed",
# "I want the plate field on Courier renamed to plate number": the wish is the change.
_WANT_STATE = re.compile(
    r"^(?:i|we|they|the [a-z]+|our [a-z]+) (?:would\s+)?(?:(?:really|also)\s+)*(?:want|wants|like"
    r"|likes|need|needs|wish|wishes"
    # "I'd prefer the F on X to be called G": our own preference asks for it (what someone
    # else prefers is only reported)
    r"|(?<=^i )prefer|(?<=^we )prefer|(?<=^i would )prefer|(?<=^we would )prefer)\s+"
    r"(?:(?P<x>(?:the|a|an|our|my|its|their)\s.{1,80}?)\s+(?P<be>to (?:be|become|get)\s+)"
    r"|(?P<x2>[a-z].{1,80}?)\s+(?P<done>renamed|removed|deleted|dropped)\b"
    r"(?=\s+(?:to|from|on|in|so)\b|\s*(?:,|$))"
    # "I want overtime hours (float) and a bonus added to Timesheet": the wish for a state
    # that only an added field can be in asks to add it
    r"|(?P<x3>[a-z].{1,80}?)\s+(?P<added>added|included|put)\s+(?=(?:to|on|onto|into)\s)"
    # (lz63) "on Customer I'd like a landline field added": the state ends the wish when the
    # owner was said before it ("added" was read into the field's name, accepted)
    r"|(?P<x4>(?:a|an|another|some|the)\s[a-z].{0,80}?)\s+(?:added|included)(?=\s*[,.!]?\s*$))"
    r"(?P<y>.*)$"
)


def _want_state(m: re.Match[str]) -> str:
    if m["be"]:
        return f"{m['x']} should be {m['y'].strip()}"
    if m["added"]:
        return f"add {m['x3']} {m['y'].strip()}".strip()
    if m["x4"]:
        return f"add {m['x4']} {m['y'].strip()}".strip()
    verb = "rename" if m["done"] == "renamed" else "remove"
    return f"{verb} {m['x2']} {m['y'].strip()}".strip()


# (lz63) "The presenters keep asking if we can note their pronouns on Presenter", "staff have
# been asking whether we could add F": what others ask of us, said of the app, is the ask
# (read as a habit, nothing was read)
_KEEP_ASKING_IF = re.compile(
    r"^(?:(?:the|our|my|some|all|a few)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
    r"(?:keep|keeps|kept|have\s+been|has\s+been|are|is|were|was)\s+(?:always\s+)?asking\s+"
    r"(?:me\s+|us\s+)?(?:if|whether)\s+(?:we|you|i)\s+(?:can|could)\s+(?=[a-z])"
)
# (lz63) "list of the vinyl records in library, with artist, …", "a register of the tools in the
# shed, with …": where the things are kept, between them and their list, is no thing or field
# (nothing was read); "have list of" lacks its article as second-language English often does
_LIST_OF_THINGS_IN_PLACE = re.compile(
    r"\b(?P<head>(?:(?<=have )|(?:a|an|the)\s+)(?:list|register|record|catalogue|catalog"
    r"|inventory|log)\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?"
    r"[a-z-]+(?:\s[a-z-]+)?s)\s+(?:in|at|on)\s+(?:the\s+|our\s+|my\s+)?[a-z-]+\s*,?\s*"
    r"(?=with\s)"
)
# (lz63) "I set up the Track entity with duration seconds as text by mistake", "we created
# Invoice with the amount as a string": how a thing was made, with a field's type, says what
# the field is now ("Track has duration seconds as text"), as a change asked after it needs;
# the slip words after it are talk (nothing was read, asked)
_MADE_WITH_AS = re.compile(
    r"^(?:(?:i|we)\s+(?:(?:have|had|originally|first|initially|accidentally|mistakenly|wrongly)"
    r"\s+)*(?:set up|setup|created|made|built|defined))\s+"
    r"(?P<x>(?:(?:the|our|my)\s+)?[a-z][a-z-]*(?:\s+(?:entity|table|model))?)\s+with\s+"
    r"(?P<f>(?:the\s+|a\s+|an\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}\s+as\s+(?:an?\s+)?[a-z]+)"
    r"(?:\s+(?:by mistake|by accident|accidentally|wrongly|incorrectly|at first|initially))?"
    r"(?=\s*(?:[.?!;]|$))"
)
_ROLE = re.compile(r"^as (?:(?:a|an|the|our|my) )?[^,]{1,40}?,?\s+(?=(?:i|we)\b)")
# "I want customers to also have F" → "customers also have F" ("we need to add to Rider …"
# wants an act: "to" starts no thing)
_WANT_X_TO = re.compile(
    r"^(?:i|we|they|the [a-z]+|our [a-z]+|my [a-z]+) (?:would\s+)?(?:want|wants|like|likes"
    r"|need|needs|wish|wishes)\s+"
    r"(?P<x>(?!you\b|u\b|it\b|to\b|an? (?:app|system|tool|way|place|program|database|service)\b"
    r"|something\b|some\b)"
    r"(?:(?:each|every|all|the|our|my)\s+)?[a-z-]+(?:\s(?!(?:to|on|of|for|in|at|from|with|by)\b)[a-z-]+){0,2})\s+to\s+(?=(?:also\s+)?[a-z]+)"
)
# "Extend the system with a DentalChart entity: …": the system is the frame, the entity it is
# extended with is made ("Extend the Locker entity with F" adds to Locker, and stays)
_EXTEND_SYSTEM_WITH = re.compile(
    r"^(?:please\s+)?(?:extend|expand)\s+(?:the|our|this|your)\s+(?:system|app|application|database"
    r"|db|schema|data model|model|project|tool|backend|api)\s+(?:with|by adding)\s+"
    r"(?=(?:a|an|another|one more)\s+(?:new\s+)?(?:[a-z][a-z-]*\s+){1,3}(?:entity|model)\b)"
)
_TRAILING = re.compile(
    r"(?:\s+[—-]{1,2}\s+|,\s*)(?:the usual(?: stuff)?|that is (?:it|all)(?: i think)?|nothing fancy"
    r"|and so on|etc)"
    # "…, max length (number) -- urgent!!": how soon it is wanted, after a dash, is no field
    r"|\s+[—-]{1,2}\s+(?:(?:very|quite|rather|super)\s+)?(?:urgent|urgently|high priority)"
    # "… to last name ta": "ta", British thanks, signs off (after "and" or a comma it is listed)
    r"|(?<!\band)(?<![,&])\s+ta$"
    r"|[\s,]*(?:please|pls|thanks|thank you|thx|cheers|asap|!+|\?+|\.+|lol|:\)|thanks a lot"
    r"|haha|hehe|lmao|rofl"  # a laugh typed at the end, as "lol" is
    r"|btw|by the way|fyi"  # "start time is a timestamp btw": an aside about saying it
    r"|(?<![a-z])(?:ok|okay)"
    r"|of course|obviously"
    r"|(?:i\s+|we\s+)?forgot to (?:mention|say|add) (?:that|it|this)|if possible|if you can"
    # "…, forgot it before": owning up to leaving it out the first time asks for nothing more
    r"|(?:i\s+|we\s+)?forgot (?:it|that|this|them)(?:\s+(?:before|b4|earlier"
    r"|last time|the first time))?"
    # "…, if that's ok", "… if you don't mind": asking leave, not what to keep
    r"|if (?:that|this|it) (?:is|would be|works)(?: (?:ok|okay|alright|all right|fine|possible))?"
    r"|if you do not mind"
    # "…, if I can": a beginner asking whether it is allowed, not a condition on the data
    r"|if (?:i|we) (?:can|may|could)"
    # "…, if that makes sense": checks the reader followed, asks for nothing
    r"|if (?:that|this|it|any of this|all this) makes? sense"
    # "…, if that matters", "…, in case it helps": offered in case it is of use, asks nothing
    r"|(?:if|in case) (?:that|this|it) (?:matters|helps|is relevant|is useful)"
    # "…, if that's how it works?": a learner unsure the ask is how it is done, asks nothing
    r"|if (?:that|this) is how (?:it|this|that|things) works?)$"
)
# "we have decided that the phone on Booking is no longer mandatory", "the board agreed
# email on Member is required": what was decided about a field's required-ness is the ask
_DECIDED_STATE = re.compile(
    r"^(?:(?:we|i|they)\s+(?:have\s+|had\s+)?(?:all\s+)?(?:decided|agreed)"
    r"|(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?(?:have\s+)?(?:decided|agreed|voted)"
    r"|it\s+(?:was|has\s+been)\s+(?:decided|agreed))\s+(?:that\s+)?"
    r"(?=(?:the\s+)?[a-z][a-z ]{0,60}?\s+(?:is|are)\s+(?:now\s+)?(?:no\s+longer\s+|not\s+)?"
    r"(?:optional|required|mandatory|compulsory|nullable)$)"
)
# "there's no need for the Recital entity anymore", "no need for a fax on Supplier any more":
# the need denied is what "we do not need …" says (a removal); without "anymore" or a word of
# the schema it may say what a new thing does without ("no need for a phone"); a name in
# quotes is one the schema has ("No need for 'brand' on Tools anymore")
_NO_NEED_FOR = re.compile(
    r"^(?:so\s+|and\s+)?(?:there\s+is\s+|there's\s+)?no\s+(?:more\s+|longer\s+(?:any\s+)?)?"
    r"need\s+(?:for|of)\s+(?=(?:(?:the|a|an|any)\s|['\"][a-z])[^.;]{0,80}?\b(?:any\s?more|any\s+longer|entity"
    r"|table|field|column)\b"
    # ("Wash: no need for fabric softener any more": a bare name, with "any more" last)
    r"|[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,3}\s+(?:any\s?more|any\s+longer)$)"
)
# (lp60) "dont need phone on members anymore", "no longer need the fax on Supplier": a note's
# need denied with its "we" left out says what "we do not need …" says (it was read as a new
# thing "NotItem", or as nothing); only with the thing it is on or "any more" in the clause
# ("Don't need a login, just a list of …" says what a new thing goes without)
_CLIPPED_NEED = re.compile(
    r"^(?:so\s+)?(?:(?:do\s+not|don't|dont|don’t)|(?P<l>no\s+longer))\s+need\s+(?!to\b)"
    r"(?=[a-z'\"][^.;,\n]*?\b(?:on|from|off|for|in|any\s?more|any\s+longer)\b)"
)
# "I'd like the limousine count gone from funeral bookings", "we want the fax gone off
# Supplier": a field wished gone from a thing is removed from it, as "remove F from X" says
# (closed class: the wishing verbs; "gone" and a place word after the field's name)
_WANTED_GONE = re.compile(
    r"^(?:(?:i|we)\s+(?:would|'d)\s+like|i'd\s+like|we'd\s+like|(?:i|we)\s+want|(?:i|we)"
    r"\s+need)\s+(?P<f>(?:the|that|this|our)\s+[a-z][a-z_]*(?:\s[a-z][a-z_]*){0,3}?)\s+"
    r"(?:gone|removed|taken\s+off|taken\s+out)\s+(?:from|off|out\s+of)\s+"
)
# "no longer tracking shoe size, remove it", "not recording tail length any more": the
# keeping denied with its subject left out (a note's clipped "we are") is what "we no longer
# track …" says; "not …" only with "any more" after it (closed class: verbs of keeping)
_KEEPING_VERBS = {
    "tracking": "track",
    "recording": "record",
    "storing": "store",
    "keeping": "keep",
    "logging": "log",
    "collecting": "collect",
    "capturing": "capture",
    "using": "use",
    "needing": "need",
}
_NO_LONGER_DOING = re.compile(
    r"^(?:(?:we\s+are|we're|were)\s+)?(?:no\s+longer\s+(?P<v>"
    + "|".join(_KEEPING_VERBS)
    + r")\s+(?=[a-z])|not\s+(?P<v2>"
    + "|".join(_KEEPING_VERBS)
    + r")\s+(?=[a-z][a-z ]{0,60}\s(?:anymore|any\s+more|any\s+longer)$))"
)
# "There should be a due date on invoices", "there needs to be a phone for each booking": a
# value said to be wanted on a thing is added to it, as "put a due date on invoices" is ("there
# should be a limit on bookings" is a rule)
_THERE_SHOULD_BE = re.compile(
    r"^(?:i think\s+|also\s+)?there\s+(?:should|must|has to|needs to|ought to)\s+(?:also\s+)?be\s+"
    r"(?P<f>(?:an?|some)\s+(?!(?:limit|cap|maximum|minimum|max|min|restriction|rule|check|way"
    r"|lock|validation|constraint|option|ability)\b)[a-z][a-z ]{1,40}?)\s+(?:on|in|for)\s+"
    r"(?P<x>(?:the\s+|each\s+|every\s+|all\s+)?[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
    r"(?:\s+(?:too|as well|please))?$"
)
# "make level on Class a number from 1 to 8": the range a changed number takes is said after
# its type; whole numbers at both ends make it a whole number, and the range is no name
_TYPE_THEN_RANGE = re.compile(
    r"\b(?:an?\s+)?(?:whole\s+)?(?:number|integer)\s+(?:from|between)\s+\d{1,6}\s+(?:to|and)\s+"
    r"\d{1,6}(?=\s*(?:please|thanks)?[.!]*$)"
)
# "the mechanics asked if vehicles could also track …": the question is the request
_REPORTED = re.compile(
    r"^.{0,60}?\b(?:asked|asks|wondered|wonders|want to know|wants to know|would like to know)"
    r"\s+(?:if|whether)\s+"
    r"|^(?:we|i)\s+(?:noticed|realised|realized|think|found|saw|feel|figured|learned)\s+"
    r"(?:out\s+)?(?:that\s+)?(?=[a-z]+\s)|^it (?:turns|turned) out (?:that\s+)?"
    # "the committee decided walks should be called outings": what was decided is the ask;
    # "the committee met last night and we agreed every plot should …": after a story too
    r"|^(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?(?:decided|agreed|voted|say|says|said|think|thinks|feel|feels)\s+"
    r"(?:that\s+)?(?=(?:the\s+)?[a-z]+(?:\s[a-z]+)?"
    # ("the committee decided that the PlayingVenue entity should …": a thing marked as one)
    r"(?:\s(?:entity|table|model|field|column))?\s+(?:should|must|need|needs|can|could)\s)"
    # ("… last night and everyone decided that Chalet should be called …": all who met)
    r"|^(?:.{0,80}?\s(?:and|so)\s+(?:(?:we|they|i|everyone|everybody)\s+)?|(?:we|they|i)\s+)"
    r"(?:all\s+)?(?:agreed"
    r"|decided|voted)\s+"
    # ("… met on Tuesday and decided fixtures should be called games": a bare plural too; "…
    # and decided that Shed should be called …": after "that", a bare name)
    r"(?:that\s+)?(?=(?:(?:every|each|the|all|all the|our)\s+[a-z]+|[a-z]+s|(?<=that\s)[a-z]+)"
    r"(?:\s[a-z]+)?\s+"
    r"(?:should|must|needs? to|has to|have to)\s"
    # (ls61) "… last night and everyone agreed we should record plot inspections properly":
    # what the writer's side should keep, after the story, is the ask (nothing was read)
    r"|(?:we|i)\s+(?:should|must|need to|have to)\s+(?:start\s+(?:to\s+)?)?(?:record|keep|track"
    r"|log|store)\s)"
    # ("for the divers we also need …": what is also needed is added to the divers, no scene)
    # ("for the small animal side of the practice we need …": a place of a place too)
    # ("for the mugs we sell online: they also need …": the mugs, qualified, then "they" back)
    r"|^(?![^:,.;]*:\s*(?:they|these|those)\s)"
    # ("for the Compressor we must add the …": a change whose object follows is made to the
    # thing named with "the", not to a scene: "our" place, a frame or "add to X" stay scenes)
    r"(?!for\s+the\s+(?!(?:[a-z]+\s+)?(?:app|system|database|tool|software|program|site"
    r"|website|platform|portal|service)\s)[a-z]+(?:\s[a-z]+)?\s+(?:we|i)\s+(?:must|should"
    r"|(?:need|want|have|would like)\s+to)\s+(?:also\s+)?(?:add|remove|delete|drop|rename"
    r"|make|change)\s+(?:the|a|an)\s)"
    r"(?:for|at|in|from)\s+(?:our|my|the|a)\s+"
    # ("for the new Glasshouse entity we need …" names the thing the fields are for)
    r"(?!(?:[a-z]+\s+){0,2}(?:entity|entities|table|model|class|record type)\b)"
    r"(?:[a-z]+(?:\s[a-z]+){0,2}\s+of\s+(?:the|our|my|a)\s+)?"
    r"[a-z]+(?:\s[a-z]+)?\s+"
    r"(?=(?:we|i|create|build"
    r"|make|set up|track|manage)\b)(?!(?:we|i)\s+(?:would\s+|will\s+)?also\b)"
    r"(?!(?:we|i)\s(?:would\s|also\s|really\s)*(?:want|need|like|have)\s"
    rf"(?:(?:the|their)\s[^,]+,|{RUN_LIST_FOLLOWS}))"
)
# "staff member -> employee, please rename the entity"
_ARROW_RENAME = re.compile(
    r"^(?P<a>[^,>]+?)\s*->\s*(?P<b>[^,]+?),?\s*(?:(?:please|and|so)\s+)*rename"
    r"(?:\s+(?P<what>the (?:entity|field|table|column)|it))?\s*$"
)
# "Booking.arrival_date -> Booking.check_in_date": one thing's field, an arrow, the same thing's
# other field: the field renamed ("Sauna.capacity -> optional" names no field after it)
_DOTTED_SAME_OWNER = re.compile(
    r"^(?P<e>[a-z][a-z0-9]*)\.(?P<a>[a-z][a-z0-9_ -]{0,40}?)\s*(?:->|=>|→)\s*(?P=e)\."
    r"(?P<b>[a-z][a-z0-9_ -]{0,40}?)\s*$"
)
# "I want to remove the nickname field …": the change itself is the request; so is an
# obligation of ours to make it ("we must add the serial number")
_WANT_TO_CHANGE = re.compile(
    r"^(?:i|we)\s+(?:(?:would like|want|need|wish|would love|have)\s+to|(?:also\s+)?(?:must"
    r"|should))\s+(?=(?:remove|delete|drop"
    r"|get rid of|rename|change|make|add|link|relate|connect|extend|include)\b"
    # "I want to call the Job entity Callout": naming, when what is named is marked
    r"|call\s(?=.*\b(?:entity|field|table|column)\b))"
    r"|^(?:help|let)\s+(?:me|us)\s+(?:to\s+)?(?=[a-z])"
    # "need to add a colour to each van", "want to drop the fax", "would like to store notes on
    # each batch": the same wish with its "I" or "we" left out, as notes and chat do
    r"|^(?:also\s+)?(?:need|want|would like|would love|have|got)\s+to\s+(?:also\s+)?(?=(?:add"
    r"|remove|delete|drop|get rid of|rename|change|make|link|relate|connect|extend|include|store"
    r"|record|track|save|capture|log)\s)"
    # "I'd rather call charge 'invoice amount'": the name preferred, quoted or said instead
    r"|^(?:i|we)\s+(?:would|had)\s+(?:rather|sooner|prefer to)\s+(?=(?:rename|remove|drop|delete"
    r"|change|make)\b|call\s(?=.*(?:[\"']|\binstead\b|\b(?:entity|field|table|column)\b)))"
)
# "(for every appointment) I need to store the reason, the duration, …": the list is fields
_STORE_THE = re.compile(
    r"^(?:(?:i|we) (?:(?:would\s+|also\s+|really\s+)*(?:like|want|need|have|must)\s+to|can"
    r"|could|should be able to)\s+"
    # "for every SIM card I need to have the ICCID, …" (second-language English) as well
    r"(?:be able to\s+)?(?:store|record|keep|track|save|see|know|capture|log|note|put in|enter"
    r"|have"
    r"|fill in|type in|write down|note down|write)\s+"
    # "When an animal comes in we write down the owner name, …": what is noted each time
    r"|(?:when|whenever|each time|every time)\s[^,]{1,60}?,?\s+(?:we|i)\s+(?:always\s+"
    r"|usually\s+)?(?:write down|note down|jot down|take down|note|record|enter|ask for)\s+"
    # "(for each repair) we note the owner name, …": what is noted each time
    r"|(?:we|i)\s+(?:always\s+|usually\s+|also\s+)?(?:write down|note down|jot down|take down"
    r"|note|record|log)\s+)"
    r"(?=(?:the|their|its|his|her)\s[^,:]+,)"
)
# "Could the system keep track of these visits?": the system is the frame; the ask is to track
# ("could the computer keep …", as a person who calls the system that says it)
_SYSTEM_DOES = re.compile(
    r"^(?:can|could|would|will)\s+(?:the|this|our|your|a|an)\s+(?:new\s+)?(?:system|app"
    r"|application|tool|software|database|platform|service|program|computer)\s+"
    rf"(?=(?:{MANAGE_VERBS})\b)"
)
# "I want each horse stored with name, …": the wish is to keep horses with those fields
_WANT_STORED_WITH = re.compile(
    r"^(?:i|we) (?:would\s+|really\s+)*(?:like|want|need) (?P<x>(?:each|every|all|all the|our"
    r"|the) [a-z][a-z -]{0,40}?) (?:to be )?(?:stored|recorded|kept|tracked|logged|saved"
    r"|registered|listed) with "
    # "I'd like protocol deviations recorded: …", "need permit appeals tracked: …": things in
    # the plural, wished kept, then their details after a colon (the "I" of a note left out)
    r"|^(?:(?:i|we) )?(?:would\s+|really\s+|also\s+)*(?:like|want|need) (?P<x2>(?:(?:all|all the"
    r"|our|the) )?[a-z][a-z -]{0,40}?[a-z]s) (?:to be )?(?:stored|recorded|kept|tracked|logged"
    r"|saved|registered|listed|managed)\s*:\s*"
)
# "set something up where for every cow I can put in …": the vehicle before the topic
_VEHICLE_WHERE = re.compile(
    r"^(?:set|put|make|build|create|get|whip|knock)(?:\s+(?:me|us))?\s+(?:up\s+)?"
    r"(?:a|an|some)?\s*(?:way|place|something|somewhere|thing|system)(?:\s+up)?\s+"
    r"(?:where|so that|so)\s+(?=(?:for|on|in) (?:each|every)\b)"
)
# "a reservation service storing guest name, check-in date, …", "a claims portal that stores
# reference, amount, …": a frame whose verb is followed straight by the field list (no
# "with" before the first comma) is "<frame> with <fields>"; "an app to manage students with
# name, …" keeps its verb (the entity follows it).
_FRAME_STORING = re.compile(
    rf"\b(?P<f>{'|'.join(sorted(FRAME_NOUNS, key=len, reverse=True))})\s+"
    r"(?:that\s+|which\s+|to\s+)?(?:stores?|storing|keeps?|keeping|tracks?|tracking|holds?"
    r"|holding|records?|recording|saves?|saving|captures?|capturing|logs?|logging)\s+"
    r"(?=(?:(?!\b(?:with|having|including|of|for)\b)[^,])+,"
    # "… that stores conference talks, each with a title, …": the things, then their fields
    r"(?!\s*(?:each|every one|each one)\s+(?:with|having|has)\b))"
)
# "a maintenance log tracking work orders with …": the things kept, then their fields, after a
# frame's keeping verb, as "a log for work orders with …" says it
_FRAME_KEEPING = re.compile(
    rf"\b(?P<f>{'|'.join(sorted(LED_FRAMES, key=len, reverse=True))})\s+"
    r"(?:tracking|managing|recording|logging|handling|keeping track of|listing|holding|storing"
    # ("a ticketing app that stores tickets with …")
    r"|(?:that|which)\s+(?:stores|keeps|tracks|records|logs|holds|lists|manages))\s+"
    # ("a log tracking stray dogs – date found, …": the list after a dash or a colon)
    r"(?=(?:[a-z-]+\s){0,2}[a-z-]+s(?:\s+(?:with|having|including)\b|\s*:|\s+[\u2014\u2013-]\s))"
)
# "a register of fishing boats storing boat name, length, …", "a portal for visa applications
# holding passport number, …": the things kept, after the frame, then the keeping verb and the
# list straight after it (no "with" before the first comma) are the things' fields
_FRAMED_THINGS_KEEPING = re.compile(
    rf"\b(?P<head>(?:{'|'.join(sorted(LED_FRAMES, key=len, reverse=True))})\s+(?:of|for)\s+"
    # (a plural not in -s too: "a register of aircraft recording the tail number, …")
    r"(?:(?!(?:with|having|including|and|or)\b)[a-z-]+\s){0,2}"
    r"(?!(?:with|having|including|and|or)\b)[a-z-]+)\s+(?:storing|keeping|tracking|holding|recording"
    r"|capturing"
    r"|logging|listing)\s+"
    r"(?=(?:(?!\b(?:with|having|including|of|for)\b)[^,])+,)"
)
# "Turn our lockout spreadsheet into a database of isolation points: …", "convert the hire
# sheet to an app: …": what the records are kept in today is where they come from; what is
# asked is what it becomes (a frame said alone keeps the old name as the things': "an app for
# our hire sheet")
_TURN_INTO = re.compile(
    r"^(?:please\s+)?(?:(?:can|could|would)\s+(?:you|we)\s+)?(?:turn|convert|move|migrate"
    r"|transfer|port)\s+(?P<old>(?:our|the|my|this|that|these|those)\s+[a-z][a-z/ -]{0,40}?)"
    r"\s+(?:in)?to\s+(?P<new>(?:an?|one|some)\s+(?:(?:proper|real|simple|small|little|new)\s+)?"
    rf"(?P<frame>{'|'.join(sorted(SYSTEM_WORDS | {'spreadsheet'}, key=len, reverse=True))})\b"
    r"(?P<rest>\s*(?:[:,]|with\b|of\b|for\b|to\s+(?:track|keep|manage|log|record)\b)))"
)


def _turned_into(m: re.Match[str]) -> str:
    if m["rest"].strip() in (":", ",", "with"):
        return f"make an {m['frame']} for {m['old']}{m['rest']}"
    return f"make {m['new']}"


# "Can you add a table for parcels with weight and destination", "add a new db table of
# lockers: …": a table added for things, with what it holds, is those things created (as "add
# a Parcel entity with …" is), never a field named "table" added to Parcel
_ADD_A_TABLE_FOR = re.compile(
    r"^(?:please\s+)?(?:(?:can|could|would)\s+(?:you|we)\s+)?(?:please\s+)?add\s+(?:a|an|one)\s+"
    r"(?:new\s+|separate\s+)?(?:(?:db|database|sql|sqlite|data)\s+)?(?:table|entity|model)\s+"
    r"(?:for|of)\s+(?=(?:our\s+|the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:with\b|having\b|including\b"
    r"|:|[\u2014\u2013-]\s))"
)
# "one row per conflict check with …", "a line per delivery: …": one record per thing is
# "a record for each" of them (the thing is each record's)
_ONE_ROW_PER = re.compile(
    r"\b(?:one|an?)\s+(?:row|record|line|entry)\s+(?:per|for every)\s+(?=[a-z])"
)
# "the mobile field on Driver, can you change its name to phone number?": a change of the name
# of what was just said is its rename ("his name" as writers of other languages say it)
_CHANGE_ITS_NAME = re.compile(r"\b(?:change|update|alter)\s+(?:its|his|her)\s+name\s+to\b")
# "Could the entity be called Fitting instead?", "the table should be named Fitting": the
# entity said just before, given its new name (as "rename it to Fitting" says it)
_THE_ENTITY_CALLED = re.compile(
    r"^(?:the|this|that|my|our)\s+(?:entity|table|model)\s+(?:should|could|can|must|would)\s+"
    r"(?:now\s+)?be\s+(?:called|named|renamed(?:\s+to)?)\s+(?=[a-z])"
)
# "duration becomes int", "weight: float -> decimal": a type change said as a becoming
_BECOMING_TO = (
    r"int|integer|float|double|decimal|string|str|text|bool|boolean|date|datetime|timestamp"
    r"|number|money|currency|optional|required|nullable"
)
# (the word between the colon and the arrow is the type it had: "Kiln: age -> optional" is the
# age of a kiln, not a kiln typed "age")
_BECOMES = re.compile(
    rf"^(?P<f>[a-z][a-z ]{{0,40}}?)\s*(?::\s*(?:{_BECOMING_TO})\s*->|\s+(?:becomes"
    r"|should become|will become|turns into|changes to|is now))\s+(?:an?\s+)?"
    rf"(?P<t>{_BECOMING_TO})\b"
    # "soil type becomes required on Paddock": the place said after the new state
    r"(?:(?P<place>\s+(?:on|for|in)\s+(?:the\s+|each\s+|every\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?=\s*[.!]*\s*$))?"
)


def _becomes(m: re.Match[str]) -> str:
    """ "width becomes float" → "width -> float"; a field said with its place ("the hull
    number on Yacht is now optional") keeps the place with it, as "… should be optional"."""
    if rx(r"\s(?:on|of|in|for)\s").search(m["f"]) or rx(r"\s+(?:on|in|for)\s").match(
        m.string[m.end() :]
    ):  # "soil type becomes required on Paddock": the place said after the new state
        return f"{m['f']} should be {m['t']}"
    if m["place"]:
        return f"{m['f']}{m['place']} should be {m['t']}"
    return f"{m['f']} -> {m['t']}"


# "the page count got created as text, but it should be a whole number": the type it has now,
# then "but it should be …", is a change to that field; what it is now says nothing new
_IS_BUT_SHOULD = re.compile(
    r"^(?P<x>.+?)\s+(?:is|are|was|were|(?:got|was|were|has been|have been)\s+(?:created|made"
    r"|set up|saved|stored|defined|built|added)\s+as)\s+(?:currently\s+|still\s+)?(?:an?\s+)?"
    rf"(?:{TYPE_ALTERNATION})\s*,?\s+"
    r"but\s+(?:it|they)\s+(?P<rest>(?:should|must|needs? to|has to|have to|ought to)\s.+)$"
)
# "the kiln temperature is text, please make it a float": the type it has, then an order about
# "it", is a change to that field as "…, but it should be …" is (the "please" is gone by now)
_IS_THEN_MAKE = re.compile(
    r"^(?P<x>.+?)\s+(?:is|are|was|were)\s+(?:currently\s+|still\s+)?(?:an?\s+)?"
    rf"(?:{TYPE_ALTERNATION})\s*(?:,|;|,?\s+so)\s+(?:can you\s+|could you\s+)?"
    r"(?:make|change|turn|switch|convert|set)\s+(?:it|them)\s+(?:(?:to|into|as)\s+)?"
    rf"(?P<to>(?:an?\s+)?(?:{TYPE_ALTERNATION}))(?P<end>\s*(?:please|instead|thanks)?[.!]*)$"
)
# "Kennel's rate can be blank now", "… should be a decimal from now on": when the field takes
# its new state (or that it had it before) says nothing about which state
_STATE_THEN_WHEN = re.compile(
    r"(?<=\s)(?P<is>(?:is|are)\s+(?:an?\s+)?)?(?P<state>optional|blank|empty|null|nullable|required|mandatory|compulsory"
    r"|obligatory|left out|left empty|left blank|"
    rf"{TYPE_ALTERNATION})"
    # "… should be required again": a state it had before and gets back is that state
    r"\s+(?:now|from now on|going forward|from today|these days|again|once more|once again)$"
)
# "should be optional not everyone needs one": a state said, then (typed without a comma) who
# it is for, is the state and its reason
_STATE_THEN_REASON = re.compile(
    r"\b(?P<state>optional|required|mandatory|blank|empty|nullable)\s+(?=(?:not (?:everyone"
    r"|everybody|all|every|each)|nobody|no one|because|since|as (?:not|some|many|most))\b)"
)
_WAS_TYPE = re.compile(
    r"^(?P<f>[a-z][a-z0-9_-]*\.[a-z][a-z0-9_ -]*?)\s*:\s*(?P<t>[a-z]+)\s*\(\s*(?:was|before"
    r"|previously|formerly|used to be|instead of)\s*:?\s*[a-z]+\s*\)$"
)
# "Could the renewal date on subscriptions be called …?", "could the animals get a weight":
# a question about the data is the change it asks for; so is one about the records the writer
# keeps ("could my runs have a cadence?", "could our boats get …": the runs, the boats)
_COULD_THE = re.compile(
    r"^(?:could|can|may|would) (?P<x>(?:the|our|all|each|every|my(?= [a-z-]+s )) [a-z].{0,60}?) "
    # ("can the weight on a parcel just be an integer?": a hedge before "be" asks the same)
    r"(?:(?:just|simply|now|maybe) )?"
    r"(?:(?P<be>be|become) |(?P<get>get|have|also get|also have) )"
)
# "Could you help with an orders list: …", "Could there be a found items list: …": asking
# for a thing to be made, in other words
_HELP_WITH = re.compile(
    r"^(?:help (?:me |us )?(?:with|to (?:make|build|set up|create|get)|make|build|set up"
    r"|create)|(?:could|can|would|will) there be|there could be)\s+(?=(?:a|an|the|some)\s)"
)
# "We want to trial keeping a simple pet register": trying a way of keeping is keeping
_TRY_DOING = re.compile(
    r"\b(?:trial|try|trying|start|starting|begin|test)\s+(?P<v>keeping|tracking|logging"
    r"|recording|storing|managing)\b"
)
_GERUND_BASE = {
    "keeping": "keep", "tracking": "track", "logging": "log", "recording": "record",
    "storing": "store", "managing": "manage",
}  # fmt: skip
# "a simple pet register alongside the big system: …": where the frame lives is no name
_FRAME_PLACE = re.compile(
    r"\b(?P<frame>(?:register|list|tracker|log|catalogue|catalog|directory|sheet"
    r"|spreadsheet|inventory))\s+(?:alongside|next to|beside|besides|in addition to|on top of"
    r"|at|within|inside)\s+(?:the|our|my|a|an)\s+"
    r"[a-z][a-z ]{0,30}?(?=\s*:)"
)
# "add a microchip code to pets and a vaccinated flag": what follows the destination with an
# article and a field's word ("flag", "date", "number", …) is one more field, not an entity
# ("add allergies to residents, and the GP name as well": "as well" or "too" after it says the
# last item is one more field added there, whatever its words)
_ADD_TO_AND = re.compile(
    r"^(?P<verb>add|put|include)\s+(?P<f>.+?)\s+(?P<to>to|on)\s+(?P<e>(?:the\s+|all\s+)?"
    r"[a-z]+(?:\s[a-z]+)?)\s*,?\s+and\s+(?P<opt>optionally\s+)?(?P<g>(?:an?|the)\s+[a-z]+"
    r"(?:\s[a-z]+){0,2}?)"
    r"(?P<note>\s*\((?:optional|not required|if known|[a-z ]{1,20}, optional)\))?"
    r"(?P<also>\s+(?:as well|too|also))?(?P<rest>\s*(?:[,.?!].*)?)$"
)


# "I want a glaze library where each glaze has a name, …", "a recipe book in which every
# recipe has …": what each one has names the thing kept; the container around it says nothing
# (asked for as "can I have a glaze tracker where …" too: the asker left, "have" opens it)
_FRAME_WHERE_EACH = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:like|want|need)\s+"
    # "Turn our steward sign-up sheet into an app where each steward has …": what the sheet
    # becomes is the container too
    r"|(?:please\s+)?(?:turn|convert|make)\s+(?:our|the|my|this|that)\s+[a-z-]+(?:\s[a-z-]+){0,3}"
    r"\s+into\s+"
    r"|(?:build|make|create|set up|give|get|have)\s+(?:me\s+|us\s+)?)?"
    r"(?:an?|the|our|my)\s+[a-z-]+(?:\s[a-z-]+){0,2}?\s*(?:,\s*|\s+)"
    r"(?:where|in which|in that|on which)\s+"
    r"(?=(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?\s+(?:has|have|gets|needs|holds|comes with)\s)"
)


# "a tattoo booking system where appointments have …", "add a loan tracker where each loan
# has …": what the things have names the thing kept, said in the plural too, or after "add";
# the container around it says nothing (as _FRAME_WHERE_EACH)
_FRAME_WHERE_THINGS = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:like|want|need)\s+"
    r"|(?:build|make|create|set up|give|get|add)\s+(?:me\s+|us\s+)?)?"
    r"(?:an?|the|our|my)(?:\s+(?!(?:to|on|for|in|of|at|from|with)\b)[a-z-]+){1,3}?\s*,?\s+"
    r"(?:where|in which)\s+(?=(?:(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?\s+"
    r"(?:has|needs|holds|gets|comes with)"
    r"|(?:[a-z-]+\s)?[a-z-]+s\s+(?:have|need|hold|get|come with))\s(?!to\b))"
)


# "not every performer has a stage name, some just use their own, so can stage name be left
# blank on Performer?": who lacks the field is why the change is asked, never a declaration
_NOT_EVERY_THEN_ASK = re.compile(
    r"^not (?:every|each|all(?: of)?(?: the| our)?) [a-z][^.!?]*?,\s*(?:and\s+)?so\s+"
    r"(?=(?:can|could|would|may)\s+(?!(?:you|we|u|i)\b)[a-z].*\b(?:blank|empty|optional"
    r"|required|not required|nullable)\b)"
)


# "Not every tenant has a landline yet, so that shouldn't be mandatory on Tenant": "that" is
# the field the things lack ("so that" opens no purpose before a modal), and the ask is of it
_NOT_EVERY_SO_THAT = re.compile(
    r"^not (?:every|each|all(?: of)?(?: the| our)?) [a-z]+(?: [a-z]+)? (?:has|have) "
    r"(?:an? |their |its )?(?P<f>[a-z][a-z ]{0,30}?)(?: yet)?,\s*(?:and\s+)?so\s+(?:that|it|this)"
    r"(?: field)?\s+(?P<rest>(?:should|must|need|needs|has|have|can|could)\s+[^,?]*?\b"
    r"(?:optional|mandatory|required|compulsory|blank|empty|filled in)\b[^,?]*)$"
)


# "I want a waiting list where I put each applicant's name, address …", "a shift planner where
# we record the store code, the wage … for every shift": what is put in, for each thing, names
# the thing kept and its fields; the container around it says nothing (as _FRAME_WHERE_EACH)
_WHERE_WE_PUT = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:like|want|need|love)\s+"
    r"|(?:build|make|create|set up|give|get)\s+(?:me\s+|us\s+)?)?"
    r"(?:an?|the|our|my)\s+[a-z-]+(?:\s[a-z-]+){0,2}?\s*,?\s+(?:where|in which|on which)\s+"
    r"(?:i|we|staff|people)\s+(?:can\s+|could\s+|will\s+|would\s+)?(?:record|put|enter|log|note"
    r"|write|type|fill|store|keep|save)(?:\s+(?:in|down))?\s+"
    r"(?:(?:each|every)\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)'s\s+(?P<fields>[^,]+,.+)"
    r"|(?P<fields2>[^,]+,.+?)\s+(?:for|of|on)\s+(?:each|every)\s+(?P<x2>[a-z-]+(?:\s[a-z-]+)?))$"
)


# "a new optional field: notes", "optional fields notes and colour", "a date field inspected
# on": how the field is kept, said before the word "field" and the name after it, is said of
# each name (as "notes (optional)" says it), never part of the name
_FIELD_ADJ = (
    r"optional|required|mandatory|compulsory|text|date|datetime|number|integer|decimal|yes/no"
    r"|boolean|true/false"
)
_FIELD_WORD = r"(?:fields?|columns?|attributes?)"
_MARKED_FIELDS = re.compile(
    r"(?P<lead>(?:\b(?:an?|the|one|two|three|four|some)\s+)?(?P<new>(?:new|extra|additional|more)"
    rf"\s+)?)\b(?P<adj>{_FIELD_ADJ})\s+(?P<word>{_FIELD_WORD})"
    r"(?:\s*[:\u2014-]\s*|\s+(?:called|named)\s+|\s+)"
    # (one loop over letters, spaces and commas: the names and their separators are split
    # after the match, so no two ways of reading a separator can make the search backtrack)
    r"(?P<names>(?!(?:to|on|for|in|of|off|from|at|by|with|and|that|which|is|are|should|must)\b)"
    rf"[a-z](?:(?!\b{_FIELD_WORD}\b)[a-z ,])*?)"
    # ("a date field inspected on to Hive": a name may end in a preposition; the place word
    # is the one the owner follows)
    r"(?=\s+(?:to|on|for|in)\s+(?!(?:to|on|for|in)\b)|\s*[.;!?]|\s*$"
    rf"|\s*,?\s+and\s+(?:an?\s+)?(?:{_FIELD_ADJ})\s+{_FIELD_WORD}\b)"
)
_BEFORE_MARKED_FIELDS = frozenset({"add", "with", "and", "plus", "also", "include", "includes"})
_CHANGE_BEFORE = re.compile(r"\b(?:make|change|set|switch|rename|remove|delete|drop|call)\b")


def _marked_fields(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    if not m["lead"] and before and before[-1].strip(",:") not in _BEFORE_MARKED_FIELDS:
        return m[0]  # "the fax number field", "a visa required field": the words name it
    if _CHANGE_BEFORE.search(m.string[: m.start()]):
        # "make the optional field notes required": how the field is today, no part of it
        return f"{m['lead']}{m['names']}"
    names = [n for n in rx(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(m["names"].strip()) if n]
    marked = ", ".join(f"{n} ({m['adj']})" for n in names)
    # "two new optional fields: a, b" stays a header of new fields; "with name and optional
    # fields notes and colour" lists them among the others
    return f"{m['lead']}{m['word']}: {marked}" if m["new"] else marked


# "(we rarely have one, so optional)", "(some never get one, so that one can be blank)": the
# reason said first, then the marker it leads to
_NOTE_SO_OPTIONAL = re.compile(
    r"\((?=[^()]*\b(?:not|never|rarely|seldom|always|some|many|most|know|knows|known|have|has"
    r"|get|gets|unknown|depends|until)\b)[^()]*?,?\s+(?:and\s+)?so\s+(?:(?:it|that|this|that one"
    r"|this one|they|these|those|the field)\s+)?(?:(?:is|are|can be|may be|could be|should be"
    r"|must be|will be|can stay|may stay)\s+)?(?:left\s+)?(?:optional|blank|empty|not required"
    r"|nullable)\s*\)"
)
# "the phone but not all guests give one so it can be blank": the same reason and conclusion
# said without parentheses, after "but", mark the item before them optional
_BUT_SO_OPTIONAL = re.compile(
    r"\s*,?\s+but\s+(?:not|some|many|most|few|a lot of)\s[^,.;:()]{3,60}?\s*,?\s+so\s+"
    r"(?:it|that|this|that one|this one|they|the field)\s+(?:is|are|can be|may be|can stay)\s+"
    r"(?:left\s+)?(?:optional|blank|empty|not required|nullable)\b"
)
# "…, we can add more later": fields deferred to another time, "more" with no noun of its own
# (or a generic one), are talk after the ask; no field is named
_MORE_LATER = re.compile(
    r"(?:^|\s*,\s*|\s+and\s+)(?:we|i|you)\s+(?:can|could|may|might|will|shall)\s+(?:always\s+)?"
    r"add\s+(?:some\s+)?more(?:\s+(?:fields|columns|stuff|things|details))?\s+(?:later(?:\s+on)?"
    r"|another time|down the line|in (?:the\s+)?future|as we go)\s*(?=[.!]*$)"
)
# "starts at / ends at datetimes": two names joined by a slash, then a type in the plural, are
# two fields of that type (one slash alone may be an either-or: "a yes / no flag")
_SLASH_PAIR_TYPED = re.compile(
    r"(?<![a-z/])(?P<a>[a-z][a-z ]{0,30}?[a-z])\s*/\s*(?P<b>[a-z][a-z ]{0,30}?)\s+"
    r"(?P<t>(?:datetime|date|time|timestamp|number|decimal|integer|whole number|flag)s)\b"
)


# "I want singers to be linked to many scores", "bookings should be connected to one dog": a
# link wished (a modal, or "be" after a wish) is the ask "link X to …"; "singers are linked to
# scores" says how things are and stays as it was
_BE_LINKED = re.compile(
    r"^(?P<a>(?:the\s+|all\s+|our\s+|each\s+|every\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+"
    r"(?:(?:should|must|need to|needs to|has to|have to|could|can)\s+(?:also\s+)?)?be\s+"
    r"(?:linked|connected|related|associated|tied)\s+(?:up\s+)?(?:to|with)\s+(?=\S)"
)


def _slash_pair(m: re.Match[str]) -> str:
    if m["a"].split()[-1] in ("yes", "true", "on") or m["b"].split()[0] in ("no", "false", "off"):
        return m[0]  # "yes / no flags": the values of one field
    return f"{m['a']} and {m['b']} {m['t']}"


# "we need to know each kayak's hull, colour and length", "every loom's width and maker should be
# kept": a quantified possessive heading a list is the list's owner, and every item is its own
# field, the first too ("name", never "kayak_name"). Not after words of change or of where a
# change goes ("add to Booking each guest's …"): those name another thing the fields join.
_EACH_ONES_LIST = re.compile(
    r"^(?P<lead>(?:(?!(?:add|adds|added|remove|drop|delete|rename|change|make|update|put|give"
    r"|include|also|on|onto|into|from|in|for|to\s+(?:the|a|an|our|my|each|every|their))\b)"
    r"[a-z'-]+\s+){0,8}?)"
    r"(?:each|every)\s+(?!other's)(?P<x>[a-z-]+(?:\s[a-z-]+)?)'s\s+"
    # (items are names of at most four words: "…, and the council wants proof" is a clause)
    r"(?P<fields>[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3})+?)"
    # ("… should be kept": a passive of keeping says nothing more)
    r"(?:\s+(?:should|must|need to|needs to|has to|have to|will|are to)\s+be\s+(?:kept|stored"
    r"|recorded|tracked|logged|saved|noted))?\s*[.!]?$"
)


# a noun phrase of the lead: a determiner, then words up to a word that ends the phrase
_LEAD_PHRASE = re.compile(
    r"\b(?:the|a|an|our|my|this|their|your|its)\s+((?:(?!(?:that|which|where|who|should"
    r"|must|will|would|can|could|to|is|are|needs?|has|have|keeps?|holds?|stores?|with)\b)"
    r"[a-z-]+\s+)*?[a-z-]+)(?=\s+(?:that|which|where|who|should|must|will|would|can|could|to"
    r"|is|are|needs?|has|have|keeps?|holds?|stores?|with)\b|\s*$)"
)


def _each_ones_list(m: re.Match[str]) -> str:
    """The list is the possessive owner's, unless a thing named before it holds it ("the
    Invoice should hold each customer's name …": on Invoice); a frame that keeps the records
    ("a volunteer portal that keeps …") is no such thing."""
    for phrase in _LEAD_PHRASE.findall(m["lead"]):
        if singular(phrase.split()[-1]) not in FRAME_NOUNS:
            return m[0]
    return f"track each {m['x']} with {m['fields']}"


def _where_we_put(m: re.Match[str]) -> str:
    return f"track each {m['x'] or m['x2']} with {m['fields'] or m['fields2']}"


def _optional_word(marker: str) -> str:
    return "optional" if marker in ("blank", "empty") else marker


def _field_after_destination(m: re.Match[str]) -> str:
    words = m["g"].split()
    # ("… to Job and optionally a foreman", "… and a foreman (optional)": marked optional, the
    # item is one more field, its marker its own)
    marked = m["opt"] or m["note"]
    if words[-1] not in FIELD_HINTS | _FIELD_MARKERS and not m["also"] and not marked:
        return m.group(0)
    note = m["note"] or (" (optional)" if m["opt"] else "")
    return f"{m['verb']} {m['f']} and {m['g']}{note} {m['to']} {m['e']}{m['rest']}"


_FIELD_MARKERS = frozenset("flag field column box date time count".split())
# "need a grass or hardstanding surface field, just call it surface": the field described,
# then named
_CALL_IT = re.compile(
    r"^(?P<pre>.*?\b(?:an?|the|one|another)\s+)[a-z][a-z /-]{0,60}?\s+(?:field|column)\s*,?\s+"
    r"(?:and\s+)?(?:just\s+|simply\s+)?(?:call|name)\s+it\s+(?P<y>[a-z][a-z ]{0,30}?)"
    r"(?P<rest>\s*(?:[.!?].*)?)$"
)
# "we have a livery yard need horses with …": typed without a stop, the second verb starts a
# clause of its own with the same subject
_RUN_ON_NEED = re.compile(
    r"^(?P<a>(?:we|i)\s+(?:have|run|own|manage|are)\s+(?:a|an|the|our|my)\s+[a-z]+"
    r"(?:\s[a-z]+){0,3}?)\s+(?=(?:need|want)\s)"
)
# "ferry company wants ferries with name, …", "the riding school needs ponies with …": who
# wants the things is not one of them; the plural after the verb, with its list, is the ask
# ("the clinic wants exercise plans: a title, …", "the physio side of the clinic wants …": its
# list after a colon too, and who wants them may be a part "of the" place)
_WHO_WANTS = re.compile(
    r"^(?:(?:the|our|my|a|an|this)\s+)?[a-z-]+(?:\s[a-z-]+){0,2}?"
    r"(?:\s+of\s+(?:the|our|my|this)\s+[a-z-]+(?:\s[a-z-]+)?)?"
    # ("the Booking form needs notes with …": a screen or a table that needs things is a thing
    # of the app, whose field the things may be: asked, not taken as who wants them)
    r"(?<!\bform)(?<!\bscreen)(?<!\bpage)(?<!\bentity)(?<!\btable)(?<!\bmodel)\s+"
    r"(?:wants|needs|requires|would like|would need|asks for)"
    # ("our pasticceria needs: customers with …": a colon after the verb sets off the same ask)
    r"(?:\s*:)?\s+"
    r"(?!(?:to|for|of|that|which|where|about|in|on|so)\b)"
    r"(?=(?:[a-z-]+\s){0,2}[a-z-]+s(?:\s+(?:with|having)\b|\s*:\s*(?:an?|the)?\s*[a-z][^,:]*,))"
)
# "Our little plumbing firm in Leeds needs a job tracker: address, …", "the surgery in Leeds
# needs a patient list: name, …": who needs the list frame (a place said with it) is not what
# it keeps; the frame and its list are the ask
_WHO_NEEDS_A_FRAME = re.compile(
    r"^(?:(?:the|our|my|this)\s+)[a-z-]+(?:\s[a-z-]+){0,3}?"
    r"(?:\s+(?:in|at|of|from|on)\s+(?:the\s+)?[a-z-]+(?:\s[a-z-]+)?)?\s+"
    r"(?:wants|needs|requires|would like|would need|(?:has|have)\s+asked\s+for)\s+"
    rf"(?=(?:an?|some)\s+(?:[a-z-]+\s){{1,2}}(?:{'|'.join(sorted(SOFT_FRAMES))})\s*:\s*[a-z][^,:]*,"
    # "… needs a list of displays: venue, …": the frame, then what it keeps ("the dog warden
    # has asked for a log tracking stray dogs – date found, …": kept by a verb, before a dash)
    rf"|(?:an?|some)\s+(?:[a-z-]+\s)?(?:{'|'.join(sorted(SOFT_FRAMES))})\s+(?:of|tracking"
    r"|recording|listing|logging|keeping track of)\s+"
    r"(?:[a-z-]+\s){0,2}[a-z-]+s\s*(?::|\s[\u2014\u2013-])\s*[a-z][^,:]*,)"
)
# "Parks want a playground inspection tracker.", "the depot manager wants a vehicle defect
# log": who wants a frame said alone, its things to follow ("Each inspection: …"), asks as "we
# want" does; the frame names the things whole
_WHO_WANTS_A_FRAME_ALONE = re.compile(
    r"^(?:(?:the|our|my|this)\s+)?(?!(?:i|we|you)\s)[a-z-]+(?:\s[a-z-]+){0,3}?\s+"
    r"(?:wants?|needs?|requires?|would like|would need|(?:has|have)\s+asked\s+for)\s+"
    rf"(?=(?:an?|some)\s+(?:[a-z-]+\s){{1,3}}(?:{'|'.join(sorted(SOFT_FRAMES))})\s*[.!]?$)"
)
# "goat herd app goats with name, …", "cricket club app!!! members with …": a frame noun ends
# its phrase; the plural straight after it, with its list, is what the app keeps. Right after
# the verb (or first), with nothing between, it is what kind of thing: "manage software
# licences", "track system alerts" keep SoftwareLicence, SystemAlert. A frame word that is
# also a made thing ("garden tool loans", "alarm system checks", "exchange programme places")
# ends a frame only with a stop or a keeping verb after it ("our choir system: members with …",
# "a booking platform tracking surveys with …")
_FRAME_WORDS = r"(?:app|application|system|software|database|website|platform|portal|program"
_FRAME_WORDS += r"|programme|tool)"
_SOFTWARE_FRAME = r"(?:app|application|software|database|website|portal)"
_KEEPING_VERB = r"(?:tracking|keeping|storing|holding|listing|logging|recording|managing)"
_FRAME_THEN_THINGS = re.compile(
    rf"^(?!(?:(?:[a-z-]+\s)?(?:{MANAGE_VERBS}|{CREATE_VERBS})\s+)?(?:(?:a|an|the|my|our|new)\s+)?"
    rf"{_FRAME_WORDS}\s+[a-z])"
    rf"(?:(?:a|an|the|my|our|new)\s+)?(?:[a-z-]+\s){{0,3}}"
    rf"(?:{_SOFTWARE_FRAME}\s*[!.:,-]*\s+|{_FRAME_WORDS}\s*[!.:,-]+\s+"
    rf"|{_FRAME_WORDS}\s+(?={_KEEPING_VERB}\s))"
    r"(?!(?:for|of|to|with|that|which|where|about|around|in|on|so)\b)"
    r"(?=(?:[a-z-]+\s)?[a-z-]+s\s+(?:with|having)\b)"
)
# "a wine club app with bottles: vintage, region, …", "a gym site with members: name, …": the
# plural the app is "with", then its list after a colon, is what the app keeps, as "an app for
# bottles with …" says ("an app with pages: …", "with fields: …" name parts of it, no thing);
# so is the plural said to have the list: "a piano tuning app with pianos that have make, …"
_FRAME_WITH_THINGS = re.compile(
    rf"\b(?P<f>{_FRAME_WORDS}|site)\s+with\s+(?P<x>(?:[a-z-]+\s){{0,2}}(?P<h>[a-z-]+s))"
    r"(?:\s*:\s*(?=[^,:]+,)|\s+(?:(?:that|which|who)\s+(?:have|has|hold)|having)\s+"
    r"(?!(?:many|several|multiple|one|some|more|lots|no|any|exactly|at)\b)"
    r"(?=[^,:]+,))"
)  # (a list said without commas, "make model serial number", is left as it was: asked)
_APP_PARTS = frozenset(
    """pages screens tabs sections parts features modules fields columns attributes
    properties details options settings views menus areas functions""".split()
)


def _frame_with_things(m: re.Match[str]) -> str:
    """ "app with bottles: F, G" → "app for bottles with F, G" (see _FRAME_WITH_THINGS)."""
    if m["h"] in _APP_PARTS or m["h"] in FRAME_NOUNS or singular(m["h"]) == m["h"]:
        return m[0]
    return f"{m['f']} for {m['x']} with "


# "A boat may also have a mooring code", "each guest might have a dietary note as well, but
# not always": one value a thing may have is a field it has that can be left out
# ("children may have several guardians": how many is a link, never read here)
_MAY_HAVE_ONE = re.compile(
    # (lz63) "Some patients may have an NHS number": what only some of them may have is as
    # optional (the quantifier kept the field required, accepted); "from the funder" says
    # where the value comes from, no part of its name
    r"^(?:(?:some|many|most|several|a few|certain)\s+(?:of\s+(?:the|our)\s+)?(?=[a-z-]+s\s))?"
    r"(?P<x>(?:an?|each|every|the)\s+[a-z-]+(?:\s[a-z-]+)?|[a-z-]+s)\s+(?:may|might)\s+"
    r"(?P<also>also\s+)?have\s+(?P<f>(?:an?|the)\s+(?!(?:few|lot|number|couple)\b)"
    r"(?:(?!and\b|or\b|with\b)[a-z-]+\s){0,3}?(?!and\b|or\b)[a-z-]+)"
    r"(?:\s+from\s+(?:the|their|its)\s+[a-z-]+)?"
    # ("but not always" reaches here as "but not": "always" is dropped as a filler)
    r"(?P<too>\s+(?:too|as well))?(?:\s*,?\s*but\s+not(?:\s+always)?)?\s*(?:\([^()]*\))?$"
)


_VALUE_HEADS = frozenset("reference ref id identifier flag fee rate link photo handle".split())


def _may_have_one(m: re.Match[str]) -> str:
    """ "a boat may also have a mooring code" → "a boat also has a mooring code (optional)";
    only a value's word ends it ("each member may have a coach" may be a link to Coach)."""
    if m["f"].split()[-1] not in FIELD_HINTS | _VALUE_HEADS:
        return m[0]
    also = "also " if m["also"] or m["too"] else ""
    one = m["x"].startswith(("a ", "an ", "each ", "every ", "the "))
    return f"{m['x']} {also}{'has' if one else 'have'} {m['f']} (optional)"


# (name57) "each dog has a name and breed and may have a nickname": the list a thing has, then
# one more it may have, is that one more field, optional (it was a rule, or a thing Breed with
# a field nickname, accepted)
_HAS_AND_MAY_HAVE = re.compile(
    r"\b(?P<has>has|have)\s+(?P<list>[a-z][a-z ,-]{0,160}?),?\s+and\s+(?:may|might)\s+"
    r"(?:also\s+)?have\s+(?P<f>(?:an?|the)\s+[a-z-]+(?:\s[a-z-]+){0,2}?)\s*(?:\(optional\))?\s*$"
)


def _has_and_may_have(m: re.Match[str]) -> str:
    """The list and the one more, optional; only a value's word ends it (as `_may_have_one`:
    "may have a coach" may be a link)."""
    if m["f"].split()[-1] not in FIELD_HINTS | _VALUE_HEADS:
        return m[0]
    return f"{m['has']} {m['list']} and {m['f']} (optional)"


# "add bay count to Depot as a whole number, required", "… as text, optional": a type and a
# marker said after the destination both belong to the field, as "(whole number, required)"
_TYPED_AFTER_DESTINATION = re.compile(
    r"^(?P<v>add|put|include)\s+(?P<f>[^,()]+?)\s+(?P<to>to|on)\s+(?P<e>(?:the\s+|all\s+)?"
    # ("…, it's money, optional": the type said as a sentence of the field's, as "as money")
    r"[a-z]+(?:\s[a-z]+)?)(?:\s+as|\s*,\s*(?:it's|it is|its))\s+"
    r"(?P<t>(?:an?\s+)?(?:(?:long|short|free|plain)\s+)?"
    rf"(?:{TYPE_ALTERNATION}))\s*(?:,\s*|\s+and\s+)(?:(?:it\s+)?(?:is|can be|may be)\s+)?"
    r"(?P<m>optional|required|mandatory|nullable|not required|not mandatory|blank|empty)$"
)
# "an app for my bakery, for the orders: customer, cake, …": a second "for the things:" with
# the list narrows the first to what is kept (the business is where, the things are what)
_FOR_PLACE_THEN_THINGS = re.compile(
    r"\bfor\s+(?:my|our|the|a|an)\s+(?:[a-z-]+\s){0,2}[a-z-]+\s*,\s+"
    r"(?=for\s+(?:the|my|our|all the|all our)\s+(?:[a-z-]+\s){0,2}[a-z-]+s\s*:)"
)
# "put a notes field on the appointments please, optional": a marker said after the
# destination belongs to the field
_MARKER_AFTER_DESTINATION = re.compile(
    r"^(?P<v>add|put|include)\s+(?P<f>[^,()]+?)\s+(?P<to>to|on)\s+(?P<e>(?:the\s+|all\s+)?"
    r"[a-z]+(?:\s[a-z]+)?)\s*(?:,\s*|\(|\s+(?=(?:but|and)\s))"
    # "add a phone to the farms but it is not required", "…, it can be blank": the field added
    r"(?:(?:but|and)\s+)?(?:(?:it|its|that|this one|that one)\s+(?:is\s+|should be\s+"
    r"|can be\s+|may be\s+)?|(?:can|may|could) be\s+(?:left\s+)?)?"
    r"(?P<m>optional|not required|not mandatory|nullable|blank|empty)"
    # "…, it's optional, some kids go by one": why it may be left out, said after it ("…, can be
    # empty until the works finish": until when)
    r"\)?(?:\s*,\s*(?P<why>(?:some|most|many|a few|not all|not every|not everyone|nobody|not"
    r"\s+everybody)\s[^,]+)|\s+(?P<until>(?:until|till|unless|when)\s[^,]+))?$"
)
# "can category be optional on donations?", "could weeks be a whole number instead?": the field
# without its article, asked to be in a state or of a type
_COULD_BARE = re.compile(
    r"^(?:could|can|may) (?!(?:you|we|i|it|they|he|she|u|this|that|these|those)\b)"
    # ("can notes on Kiosk be made not required?": made into a state is put in it)
    r"(?P<x>[a-z][a-z ]{0,40}?) be (?:made )?(?=(?:optional|required|mandatory|nullable|empty"
    r"|blank|left (?:empty|blank)|not required|not mandatory"
    # "On Subscriber, could postal address be called mailing address?": a rename asked
    r"|called (?!on\b|in\b|at\b|by\b|for\b|up\b|out\b|back\b)[a-z]+|renamed (?:to|as|into)"
    rf"|(?:an? )?(?:{TYPE_ALTERNATION})"
    r")\b)"
)
_MAY_BE_EMPTY = re.compile(r"(?:left )?(?:empty|blank)\b")


def _kept_records(x: str) -> str:
    """ "my runs", "our boats" asked about are the records kept: "the runs", "the boats"."""
    return rx(r"^(?:my|our) (?=[a-z-]+s$)").sub("the ", x)


def _asked_be(m: re.Match[str]) -> str:
    """ "Could the F be a decimal?" asks "F should be a decimal"; "can the F be left blank?"
    asks that F may be blank, "F can be blank" (optional), not that it should be blank."""
    if "be" in m.groupdict() and not m["be"]:
        return "should also have"
    return "can be" if _MAY_BE_EMPTY.match(m.string, m.end()) else "should be"


# 'on ChoirMember, could "voice part" be renamed to "section"?': a name quoted after the ask
# is what the change is about, as "the voice part should be renamed …" says
_COULD_QUOTED = re.compile(
    r"^(?:could|can|may|should) (?P<x>[\"'][a-z][a-z _]{0,40}[\"']) be (?=(?:renamed|called|named"
    r"|optional|required|mandatory|nullable|removed|dropped|deleted)\b)"
)
# "(note to self -) ask the tool for a heifer list: …", "tell the app to keep …": what the
# tool is asked for is the request itself
_ASK_THE_TOOL = re.compile(
    r"(?:^|(?<=[-:\u2014]\s))(?:(?:i|we)\s+(?:should|must|need to|have to|will|can)\s+)?"
    r"(?:ask|tell)\s+(?:the|this)\s+"
    r"(?:tool|app|system|program|assistant|bot)\s+(?:for\s+|to\s+(?=(?:make|build|create|add"
    r"|set up|keep|track|log|record|store)\b))"
)
# "keep the patients and for each one the name, the species, …": the things, then what each
# has, joined by "and" as by a comma
_AND_FOR_EACH = re.compile(
    r"(?<=[a-z]s)\s+and\s+(?=(?:for|of)\s+(?:each|every)(?:\s+one)?\s+(?:the|their|its)\s)"
)
# "(I want to) keep the cakes in the computer, for each one the name, the price …": the things
# kept (where they are kept said or not), then what each one has, as "keep the cakes with …";
# set off by a colon or a dash as by a comma ("keep the wells - for each one the well name, …")
_KEPT_FOR_EACH_ONE = re.compile(
    r"\b(?P<head>(?:keep|store|track|record|log|register|list|manage|save)\s+(?:the\s+|our\s+"
    r"|my\s+|all\s+(?:the\s+|our\s+)?)?[a-z-]+(?:\s[a-z-]+){0,2}?s)(?:\s+(?:in|on|into)\s+"
    r"(?:the|a|an|our|my)\s+(?:computer|system|app|database|laptop))?"
    r"(?:\s*[,:]\s*|\s+[-\u2013\u2014]\s+)(?:for|of)\s+"
    r"(?:each|every)\s+one\s+(?=(?:the|their|its)\s)"
)
# "a system for our dental clinic, to keep the patients: …": the comma before the purpose
# of the app sets off nothing; the place it is for, then what it keeps, as without it
_FOR_PLACE_COMMA_TO = re.compile(
    rf"(?<=\bfor\s)(?P<p>(?:our|my|the)\s+[a-z][a-z -]{{0,40}}?),\s+(?=to\s+(?:{MANAGE_VERBS})\b"
    # (only before a list said as one: "…, to log outings crew boat river" stays unread)
    r"[^,:]*?(?::|\swith\s))"
)
# "FEED BATCHES!!! pls w supplier, bags, …", "Kennels. With code, block, …": a sentence that
# opens on "with" has no head of its own; its list (a short first item, then more items) is
# the details of the thing said before ("With that said, add …", "with respect, we …" and
# "With the new season coming, …" open a sentence that goes on)
_WITH_LEADS = re.compile(
    r"^(?:(?:pls|plz|please)\s+)?(?:with|w/?)\s+"
    r"(?!(?:that|this|respect|regards|thanks|love|best|all|the|a|an|kind|my|our)\b)"
    r"(?=[a-z][a-z -]{0,30},(?!\s*(?:we|i|you|they|please|pls|add|remove|delete|drop|make"
    r"|change|rename|create|can|could|would)\b)[^,]+(?:,|\sand\s|\s&\s))"
)
# "POTHOLE REPORTS!!! street, latitude, …": exclamation marks after a heading
_SHOUTED_HEAD = re.compile(r"^(?P<x>[a-z][a-z ]{1,30}?)\s*!+\s+(?=[^,]+,)")
# "a simple way to record pets: …", "something to track the tools", "set something up where
# we can keep patients — …", "a place to log shipments": the vehicle of the ask says nothing;
# the verb after it names what is kept; "somewhere to put my jackets", "a spot to jot down
# waterings": a place to put things is a way to keep them.
_PUT_AWAY = r"put|stash|stick|jot down|write down|note down|file away"
_VEHICLE = re.compile(
    # "the swim school wants a way to track swimmers": who wants it is no thing kept either
    r"^(?:(?:(?:i|we|they|(?:the|our|my|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+) )?(?:would |really "
    r"|also )*(?:love|like|want|wants|need|needs|am needing|are needing"
    r"|appreciate|could use|would use)\s+"
    # "could we have a simple way to log …" (the asking "could we" already gone)
    r"|have\s+"
    r"|(?:set|put|make|build|create|give|get|whip|knock)(?:\s+(?:me|us|her|him|them))?\s+"
    r"(?:up\s+)?)?"
    # ("a back-office app to manage …", "a web-based tool to track …": a hyphened modifier)
    r"(?:a|an|some|one)?\s*(?:(?:simple|small|little|quick|proper|easy|better|good|basic"
    r"|central|single|[a-z]+(?:-[a-z]+)+)\s+)*(?:way|place|spot|something|somewhere|thing|app|tool|system|database"
    r"|program|spreadsheet)(?:\s+up)?\s+"
    r"(?:(?:(?:where|so|so that|in which)\s+(?:we|i|they|she|he|you|u)\s+(?:can|could)\s+"
    rf"|to\s+|for\s+(?:us|me|her|him)\s+to\s+|that\s+(?:can\s+)?)"
    rf"(?=(?:{MANAGE_VERBS}|{_PUT_AWAY})\b)"
    # ("set something up where we keep test results: …": a place where things are kept, said
    # in the present, as "where we can keep" says it)
    rf"|(?:where|in which)\s+(?:we|i|they)\s+(?=(?:{MANAGE_VERBS})\b))"
)
# "keep the tenants somewhere: …", "keep paddocks properly: …": where or how it is kept
# says nothing about the thing
_KEPT_HOW = re.compile(
    r"\s+(?:somewhere|properly|in one place|in a single place|digitally|online|in the system"
    r"|in the app|for us|for me|for her|for him|for now|from now on|going forward|too|as well)"
    r"(?=\s*(?::|\s—\s|\s-\s|,\s*(?:with|the|their|its)\b|\s+with\b))"
)
# "I need to keep the tool loans somewhere.": the same, closing a sentence that keeps something
# "can you make it so we store wash packages with …": the ask is the keeping that follows
_MAKE_IT_SO = re.compile(
    r"^(?:(?:can|could|would) you |please )?(?:make|set) it (?:up )?so (?:that )?(?:we|i)"
    r" (?:can |could )?(?=(?:store|keep|track|log|record|save)\s)"
)
# "could you set it up that each pupil belongs to one teacher?", "make it so every van has one
# driver": the arrangement asked for is the statement that follows
_MAKE_IT_SO_EACH = re.compile(
    r"^(?:(?:can|could|would) you |please )?(?:make|set) (?:it|things) (?:up )?(?:so )?(?:that )?"
    r"(?=(?:each|every)\s)"
)
# "we have to record an emergency contact for every volunteer, and a vetted flag too": one
# more field said after whom the first is kept for is kept for them too
_MORE_AFTER_EACH = re.compile(
    r"\b(?P<v>(?:record|keep|store|track|log|note down|write down)\s+)(?P<a>(?:an?|the|their)\s"
    r"[a-z][a-z ]{0,40}?)\s+(?P<each>for (?:each|every) [a-z-]+(?: [a-z-]+)?),?\s+and\s+"
    r"(?P<b>(?:an?|the|their)\s+[a-z][a-z /]{0,40}?)\s+(?:too|as well)$"
)
# "please for the Apprentice you add the level and also the email" (a second-language order):
# "you" before the verb that opens the ask is the ask said to the reader
_YOU_DO = re.compile(
    r"^(?P<p>please\s+|pls\s+|kindly\s+)?"
    r"(?P<t>(?:for|on|in|to)\s+(?:the|our|my|each|every)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+)?"
    r"you\s+(?:please\s+)?(?=(?:add|remove|delete|drop|rename|change|make|put|include)\s)"
)
_KEPT_WHERE_END = re.compile(
    r"\b(?P<kept>(?:keep|store|track|log|record|save|hold) (?:the |our |my |all |all the )?"
    r"[a-z-]+(?: [a-z-]+){0,2}?)\s+(?:somewhere(?: safe)?|properly|in one place|in a single place"
    r"|digitally|online|in the system|in the app|on the computer|on a computer|in the computer"
    r"|in a computer)(?:\s+(?:now|too|as well|please|instead))?$"
    # "(I want to keep) the cakes in the computer, for each one the name, …": the keeping verb
    # already read, where they are kept is no part of the things, before what each one has
    r"|^(?P<kept2>(?:the |our |my |all |all the )?[a-z-]+(?: [a-z-]+){0,2}?)\s+(?:in|on|into)"
    r" (?:the|a|an|our|my) (?:computer|system|app|database|laptop)"
    # (", each with …" goes on with the things themselves: "keep the ewes in a system, each
    # with the ear tag, …" is read whole)
    r"(?=,\s+(?:for\s+(?:each|every)|with)\b)"
)
# "I'd like to store, for each apartment, the address, …", "I want to see for every pallet its
# barcode, …": the verb before "for each X" says nothing the topic does not
# "for each repair we note …", "every appointment I write down …", "what I write in my book
# for each sweep is …", "we would need for every mooring: …": what is written down for each
# record, said with an everyday verb of writing or keeping, is what each one needs
_WRITTEN_VERB = (
    r"(?:note|note down|write|write down|jot down|log|record|put down|take down|keep|fill in"
    r"|enter|ask for|collect|take|get|track|store|save|mark down|put)"
)
_EACH_WRITTEN = re.compile(
    r"^(?P<each>(?:for|on|at|with|after) (?:each|every) [a-z-]+(?: (?!(?:we|i)\s)[a-z-]+)?)"
    r"\s*,?\s+(?:(?P<who>we|i)(?:'d)?\s+)?(?:(?:usually|always|normally|also|just|then|would|will|do)\s+)*"
    # ("for each nest we'd want to note …": the wish to write it down asks for it as well)
    r"(?:(?:want|like|need|have)\s+to\s+)?"
    rf"{_WRITTEN_VERB}(?:\s+(?:in|on|into)\s+(?:my|our|the|a)\s+[a-z]+)?(?:\s+down)?\s*:?\s+"
    # "for each one (please) keep roll number, width, …": asked outright, the list may go
    # without its articles
    r"(?=(?:the|their|its|his|her|a|an)\s|[^,]+,)"
    r"|^(?P<each2>(?:each|every) [a-z-]+(?: [a-z-]+)?)\s*,?\s+(?P<who2>we|i)\s+"
    r"(?:(?:usually|always|normally|also|just|then)\s+)*"
    rf"{_WRITTEN_VERB}(?:\s+(?:in|on|into)\s+(?:my|our|the|a)\s+[a-z]+)?(?:\s+down)?\s*:?\s+"
    r"(?=(?:the|their|its|his|her|a|an)\s)"
    r"|^what (?P<who3>we|i) (?:usually |always |normally )?(?:write|note|jot|put|keep|record|log)"
    r"(?: down)?(?:\s+(?:in|on|into)\s+(?:my|our|the|a)\s+[a-z]+)?\s+(?P<each3>for (?:each|every)"
    r" [a-z-]+(?: [a-z-]+)?)\s+(?:is|are)\s*:?\s+"
    r"|^(?P<who4>we|i) (?:would |will |also |really )*need (?P<each4>for (?:each|every) [a-z-]+"
    r"(?: [a-z-]+)?)\s*:\s*"
)


# "for every inspection the surveyor writes down the block name, …", "for each job our fitter
# notes the …": what someone named writes for each record is what each one needs, as "we
# write down" says it
_EACH_WRITTEN_BY = re.compile(
    r"^(?P<each>for (?:each|every) [a-z-]+(?: (?!(?:the|our|my)\s)[a-z-]+)?)\s*,?\s+"
    r"(?:the|our|my)\s+[a-z]+\s+(?:(?:usually|always|normally|also|just|then)\s+)*"
    r"(?:writes|notes|jots|logs|records|puts|takes|fills|enters|marks)(?:\s+down|(?<=fills)\s+in)?"
    r"(?:\s+(?:in|on|into)\s+(?:my|our|the|a|his|her|their)\s+[a-z]+)?\s*:?\s+"
    # (a list follows: "writes the date on the board" is how the work is done, no field)
    r"(?=(?:the|their|its|his|her|a|an)\s[^,:.]+,)"
)


def _each_written(m: re.Match[str]) -> str:
    each = m["each"] or m["each3"] or m["each4"] or f"for {m['each2']}"
    who = m["who"] or m["who2"] or m["who3"] or m["who4"] or "we"
    each = rx(r"^(?:on|at|with|after)\s").sub("for ", each)  # "after every tasting": for each
    return f"{each} {who} need "


# "i need to keep track of my hives, name, location, …", "keep the bookings, owner name, …": the
# things kept, then a comma and their details (the "with" left out); at least two details
# follow, so "track orders, invoices and refunds" (three things) is not read as one with fields
_KEPT_THEN_LIST = re.compile(
    # ("we keep clay orders, supplier, …": the speaker who keeps them said before the verb)
    r"^(?P<head>(?:(?:i|we)\s+(?:(?:would like|want|need|have)\s+to\s+"
    r"|(?:also|usually|always|currently|normally|already)\s+)?)?"
    rf"(?:{MANAGE_VERBS})\s+"
    # ("we keep a register of clay orders, supplier, …": the container said before the things)
    r"(?:an?\s+(?:list|record|log|register|database|spreadsheet|catalogue|catalog)\s+of\s+)?"
    # ("keep venue hires, hirer name, …": the things may have a modifier before them)
    r"(?:(?:the|my|our|all the|all our)\s+)?(?:(?P<mod>(?!(?:the|my|our|all|of|for|and"
    r"|or)\s)[a-z-]+)\s)?[a-z-]+s)\s*,\s+(?=[^,]+,\s*[^,]+)"
    r"(?!(?:for|each|every|with|and|or|including|which|who|that|so|but|because|in|on|at|from"
    r"|where|when|like|as|also|plus)\b)"
)
# "a database for allotment plots, plot number, tenant name, …", "an app for our vans, columns
# reg, make, …": a frame for plural things, then a comma and their details (the "with" left
# out, as after a keeping verb above); at least two details follow, and a word that names
# what the list is ("columns", "fields") is no detail
_FRAME_FOR_THINGS_THEN_LIST = re.compile(
    rf"\b(?P<head>{_FRAME_WORDS}\s+for\s+(?:(?:the|my|our|all the|all our)\s+)?"
    r"(?:(?!(?:with|and|or|that|which)\b)[a-z-]+\s){0,2}[a-z-]+(?<!ss)s)\s*,\s+"
    r"(?!(?:for|each|every|with|and|or|including|which|who|that|so|but|because|in|on|at|from"
    r"|where|when|like|as|also|plus|please|pls|thanks|thank)\b)"
    r"(?:(?:columns|fields|attributes|details)\s*:?\s+)?(?=[^,]+,\s*[^,]+)"
    # ("an app for invoices, payments, refunds and receipts": more things, not details)
    r"(?![a-z-]+s\s*(?:,|and\b))"
)
# "keep track of my hives, name location number of frames and last inspection date", "… for my
# stall keep vegetables name price per kilo and stock", "track fixtures fixture date venue": the
# things kept, then (a comma or nothing between) a list typed without commas that opens with a
# field's own name, or the thing's name before one ("fixture date"); "track orders, invoices
# and refunds" opens with no field name and stays three things
_HEADS = "|".join(sorted(RUN_HEADS - {"at", "type"}, key=len, reverse=True))
# "keep a list of passengers their name …": the container the things are kept in (a closed
# class of record-keeping nouns) stands between the verb and the things kept
_KEPT_IN = r"(?:list|record|log|register|note|database|spreadsheet|catalogue|catalog)"
_KEPT_THEN_RUN_ON = re.compile(
    rf"(?:^|(?<=\s))(?P<head>(?:{MANAGE_VERBS})\s+(?:an?\s+{_KEPT_IN}\s+of\s+)?"
    r"(?:(?:the|my|our|all the|all our)\s+)?(?P<things>[a-z-]+s))\s*,?\s+"
    rf"(?=(?:(?:{_HEADS})|[a-z-]+\s+(?:{_HEADS}))\s+[a-z][^,]*\s[a-z][^,]*$)"
    r"(?!(?:for|each|every|with|and|or|including|which|who|that|so|but|because|in|on|at|from"
    r"|where|when|like|as|also|plus|to)\b)"
)

# "We keep boats with name, …", "I log firings with …": the speaker said before a keeping
# verb and the things it keeps with their fields is the ask ("keep boats with …"); without
# "with" after the things ("we keep stuff", "I write things down") nothing is asked
_SUBJECT_KEEPS = re.compile(
    r"^(?:i|we)\s+(?:(?:also|usually|always|just|already|currently|normally)\s+)?"
    rf"(?=(?:{MANAGE_VERBS})\s+(?:(?:the|my|our|all the|all our)\s+)?"
    r"[a-z-]+s\s+with\s)"
)


# "the medic must log injuries: skater, …", "the treasurer keeps subscriptions with …": who
# keeps the things (a person named by a role, said with "the" or "our") is not one of them;
# the keeping and the plural it keeps, with their list, are the ask ("the Booking entity must
# track guests …", a thing of the app, stays as said)
_ROLE_HAS = (
    r"(?:has|is|was|does|needs|wants|requires|includes|contains|belongs|means|says|looks|seems"
    r"|feels|uses|comes|goes|lives|gets|owns|holds|covers|consists|likes|loves|hates|asks|thinks"
    r"|lists|shows|sees|knows)"
)
_ROLE_KEEPS = re.compile(
    r"^(?:the|our|my|their)\s+(?!(?:i|we|you|they)\s)(?:[a-z'-]+\s+){0,2}?[a-z'-]+"
    r"(?<!\bform)(?<!\bscreen)(?<!\bpage)(?<!\bentity)(?<!\btable)(?<!\bmodel)"
    r"(?<!\bfield)(?<!\bcolumn)\s+"
    r"(?:(?:also|usually|always|just|currently|normally|then)\s+)?"
    r"(?:(?:must|should|will|can|could|has to|needs to|wants to|would like to|is to|has got to"
    r"|(?:must|should|needs to|has to|wants to) be able to)\s+(?:also\s+)?"
    rf"(?:{MANAGE_VERBS}|(?!(?:be|have|get|see|know|do|make sure)\b)[a-z]{{3,}})"
    # ("the registrar issues certificates - …", "the osteopath books appointments with …": what
    # the role does with the things, said of one (not "has", "needs", "includes": having them)
    rf"|{MANAGE_VERBS}|(?P<v>(?!{_ROLE_HAS}\b)[a-z]{{2,}}[^s\W]s))(?:\s+(?:out|up|off|on))?\s+"
    # ("the tower captain keeps a record of peals: …": the record of them is the keeping)
    r"(?:(?:a|an)\s+(?:record|list|log|register)\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?)?"
    r"(?=(?:[a-z-]+\s)?[a-z-]+s(?:\s+with\s|\s*:\s*[a-z][^,:]*,|\s+[-\u2014\u2013]\s+[a-z][^,:]*,))"
)


def _role_keeps(m: re.Match[str]) -> str:
    """ "the osteopath books appointments with …" → "track appointments with …"; not "the tug
    pilots fly launches with …": a word in "-s" naming people is the plural of the subject,
    not the role's verb (read as "track fly launches", a thing FlyLaunch)."""
    verb = m["v"]
    if verb and singular(verb) != verb and first_sense(singular(verb)) == "noun.person":
        return m[0]
    return "track "


# (mf64) "the treasurer wants a proper record of membership payments.", "our coach would like
# a log of sessions": a person the ask is passed on for, wanting a record of things, asks as
# "we want a record of …" does (it read a thing Treasurer holding "of membership payments")
_ROLE_WANTS_RECORD = re.compile(
    r"^(?:the|our|my)\s+(?P<who>(?:[a-z'-]+\s+)?[a-z'-]+)\s+(?:wants|needs|would like|has asked for"
    r"|asked for|is after)\s+(?=(?:a|an)\s+(?:(?:proper|full|simple|decent|complete|separate"
    r"|new|little|basic)\s+)?(?:record|list|log|register|logbook|ledger)\s+of\s+[a-z])"
)


def _role_wants_record(m: re.Match[str]) -> str:
    """ "the treasurer wants a record of …" → "we want a record of …" (a person asking)."""
    return "we want " if first_sense(m["who"].split()[-1]) == "noun.person" else m[0]


# "our donations should have donor, amount, …", "our club's members need name, email, …": the
# things said with "our" or "my" before what they have are the things kept, as "the members
# need name, …" says it ("our members need to …", a wish to do, is not a list)
_OUR_THINGS_HAVE = re.compile(
    r"(?:^|(?<=\band\s)|(?<=[,;.]\s))(?:our|my)\s+"
    r"(?=(?:[a-z'-]+\s+){0,2}[a-z-]+s\s+(?:also\s+|all\s+|each\s+)?"
    r"(?:have|need|should have|must have|will have|require)\s+"
    # (a list with a comma: "our rehearsals always have one director in charge" is a link)
    r"(?!(?:to|one|a single|exactly|many|several|multiple|no|lots)\b)[a-z][^,.;:?!]{0,120},)"
)

# "the head ranger wants patrols logged - ranger, …", "we need the loans recorded with …": the
# things wanted kept, said with the keeping after them, then their list, are wanted "with" it
_WANTS_THINGS_KEPT = re.compile(
    r"\b(?P<v>(?:wants?|needs?|would like|like|requires?)\s+"
    r"(?:(?:the|our|all|all the|all our|its|their)\s+)?"
    r"(?:[a-z-]+\s){0,2}[a-z-]+s)\s+(?:to be\s+)?(?:logged|recorded|tracked|kept|stored|listed"
    r"|registered|noted|saved|catalogued)\s*(?P<sep>with\b|:|\s[-\u2014\u2013])\s*(?=[a-z][^,]{0,120},)"
)


def _wants_things_kept(m: re.Match[str]) -> str:
    """ "<wants> <things> with " for "<wants> <things> logged - …" (a colon after the keeping
    is read as it was, but after a role that wants them: "they want X recorded: …" reads)."""
    if m["sep"] == ":" and not rx(r"^(?:the|our|my)\s").match(m.string):
        return m[0]
    return f"{m['v']} with "


# "films title year director and reels with label …", "members name email join date and sauna
# sessions session date and temperature": said without commas or "with", a plural (the things)
# straight before a field's own name, or a word and one ("session date"), opens its field list
# (a plural not made with "s", "geese", "mice", or one that is its own plural, "sheep", is
# as plural: "sheep tag number breed")
_PLURALS_WITHOUT_S = frozenset(
    "geese mice children oxen sheep deer moose bison salmon trout cattle swine".split()
)
_THINGS_THEN_RUN_ON = re.compile(
    r"(?:^|(?<=\sand\s))(?P<things>(?:[a-z-]+\s+)?"
    rf"(?:[a-z-]+s|{'|'.join(sorted(_PLURALS_WITHOUT_S))}))\s+"
    r"(?!(?:with|and|or|that|who|which|have|has|had|for|of|to|in|on|at|by|from|the|a|an)\b)"
    rf"(?=(?:{_HEADS}|[a-z-]+\s+(?:{_HEADS}))\s+[a-z])"
)

# "lockers location, code, key, size": typed without "with", a plural opening the request
# straight before a field's own name and then a list with commas (at least two) opens that list
_THINGS_THEN_LISTED = re.compile(
    r"^(?P<things>(?:[a-z-]+\s+)?[a-z-]+s)\s+"
    r"(?!(?:with|and|or|that|who|which|have|has|had|for|of|to|in|on|at|by|from|the|a|an)\b)"
    rf"(?=(?:{_HEADS}|[a-z-]+\s+(?:{_HEADS}))\s*,\s*[a-z][^,]*,)"
)


def _things_then_run_on(m: re.Match[str]) -> str:
    from baes_tui.recognition.nouns import is_noun

    words = m["things"].split()
    last = words[-1]
    if any(w in _NOT_THINGS or w in RUN_HEADS for w in words) or is_noun(last) is not True:
        return m.group(0)
    if singular(last) == last and last not in _PLURALS_WITHOUT_S:
        return m.group(0)  # "grass height": no plural, no things
    if not rx(r"[aeiouy]").search(singular(last)):
        return m.group(0)  # "NHS number", "DBS check": letters of a name, no plural of "nh"
    if m.start() > 0 and not rx(r"\bwith\b|^[a-z-]+s\s").search(m.string[: m.start()]):
        return m.group(0)  # "… and reels …" only in a request that lists things already
    return f"{m['things']} with "


_NOT_THINGS = frozenset(
    """with and or the a an my our their its his her is was has needs needs wants keeps tracks
    this thanks please notes details items comments remarks hours minutes days years it this
    lots plus as make set change mark rename remove drop delete update""".split()
)  # (a verb of change before a plural: "make equipments serial number required" is its owner)


def _kept_then_run_on(m: re.Match[str]) -> str:
    """The things kept, then "with" before their list (which holds three words or more, so
    "track fixtures weekly" is no list). A word in -s that is no plural ("note the gas safe
    number on each plumber") names no things kept: the words after it go on with it."""
    if singular(m["things"]) == m["things"]:
        return m[0]
    return f"{m['head']} with "


_VERB_FOR_EACH = re.compile(
    rf"^{ASKING}?(?:{MANAGE_VERBS})\s*,?\s+(?P<each>(?:(?:for|of) )?(?:each|every) [a-z-]+"
    # ("log each pitch at the ground with …": a place after the thing ends it; the list
    # comes after "with")
    r"(?: (?!(?:with|having|and|or|that|who|which|where|including|at|in|on|from|of|for|by"
    r"|to|near|inside|within|across|under|over|per)\b)[a-z-]+)?)\s*,?\s+"
    r"(?=(?:the|their|its|his|her)\s)"
)
# "how heavy it is — the weight — plus …", "how many bedrooms — so the number of bedrooms —":
# an item said again in other words between dashes is the item
# "for each driver must be a name, a phone, …", "for every stall must be one vendor" (a
# second-language "there must be"): what each one has
_FOR_EACH_MUST_BE = re.compile(
    r"(?P<pre>^|,\s+)(?:for|in|on)\s+(?P<each>each|every)\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s+"
    r"(?:there\s+)?(?:must|should|has to|have to|shall|will|need to|needs to)\s+"
    r"(?:be|have|contain|include|exist)\s+(?=[a-z])"
)
# "each driver must be name mobile number …": the same "there must be" without its "for", told
# from a rule about each one ("each driver must be licensed", "… must be a member") by a field's
# own word opening what follows, with no article (FIELD_WORD_OPENS)
_EACH_MUST_BE = re.compile(
    r"(?P<pre>^|,\s+)(?P<each>each|every)\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s+"
    rf"(?:must|should|has to|have to|shall)\s+be\s+(?={FIELD_WORD_OPENS})"
)
# "each crown comes with a shade, …", "track referrals, each described by the patient name,
# …": what each one comes with, or is described by, is what each one has
_EACH_COMES_WITH = re.compile(
    r"(?P<pre>^|,\s+)(?P<each>(?:each|every)(?:\s+[a-z-]+(?:\s[a-z-]+)?)?)\s+"
    # ("every food parcel we hand out comes with …": who handles them is no part of the thing)
    r"(?:(?:that\s+|which\s+)?(?:we|i|they)\s+[a-z]+(?:\s+(?:out|in|up|over|back))?\s+)?"
    r"(?P<v>comes\s+with|(?:is\s+)?(?:described|defined|characteri[sz]ed)\s+by)\s+(?=[a-z])"
)


# "each tea consignment leaving the estate comes with …", "every parcel arriving at the depot
# has …": a participle phrase after the thing says which ones, no part of its name (a gerund
# that is a noun, "each hotel booking at the lodge", stays: only a word WordNet has no noun
# for, or one followed straight by its object, "leaving the estate", is the verb)
_EACH_DOING = re.compile(
    r"(?P<pre>^|[,;]\s+)(?P<each>(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?)\s+"
    r"(?P<p>[a-z]{3,}ing)\s+(?P<obj>(?:(?:at|in|into|on|from|to|for|through|off|out of|via)\s+)?"
    r"(?:(?:the|our|a|an|its|their|my|your)\s+)?[a-z-]+(?:\s[a-z-]+)?)\s+"
    r"(?=(?:has|gets|needs|holds|comes with|is described by)\s)"
)
_OBJECT_FIRST = re.compile(r"^(?:the|our|a|an|its|their|my|your)\s")


def _each_doing(m: re.Match[str]) -> str:
    if has_noun_sense(m["p"]) is not False and not _OBJECT_FIRST.match(m["obj"]):
        return m[0]
    return f"{m['pre']}{m['each']} "


# "a sponsor is described by its company name, …": what one of them is described by is what
# each one has (as "each sponsor is described by …")
_ONE_DESCRIBED_BY = re.compile(
    r"(?P<pre>^|[,;]\s+)(?:a|an)\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s+is\s+"
    r"(?:described|defined|characteri[sz]ed)\s+by\s+(?=[a-z][^.;!?]*,)"
)

# "a mock exam comes with a paper, …", "a crown comes with a shade and a price", "the exam
# board comes with …": what one of them comes with is what it has (the verb is no word of the
# name: never "CrownCome")
_ONE_COMES_WITH = re.compile(
    r"(?P<pre>^|[,;]\s+)(?P<det>a|an|the)\s+(?P<x>(?!(?:that|which|who)\b)[a-z-]+"
    r"(?:\s(?!(?:that|which|who|also|now|always|usually|normally)\b)[a-z-]+)?)\s+"
    r"comes\s+with\s+(?=[a-z])"
)


def _one_comes_with(m: re.Match[str]) -> str:
    """ "a crown comes with …" → "each crown has …"; "the exam board comes with …" → "the exam
    board has …" (the one thing named, as "has" says it)."""
    return f"{m['pre']}{'the' if m['det'] == 'the' else 'each'} {m['x']} has "


def _each_comes_with(m: re.Match[str]) -> str:
    if m["each"] in ("each", "every"):  # "…, each described by F": the things just named
        return f"{m['pre']}each with "
    return f"{m['pre']}{m['each']} has "


# "what I want to store for every visit: …", "for each visit we'd like to record: …": what is
# kept for each one, then its list
_KEPT_VERB = r"(?:store|keep|record|track|save|log|note|capture|hold)"
_WANT_KEPT_FOR_EACH = re.compile(
    r"^(?:what|the things?|the stuff|the info(?:rmation)?|the details)\s+(?:i|we)\s+(?:would\s+)?"
    rf"(?:want|need|like|have)\s+to\s+{_KEPT_VERB}\s+(?:for|on|about)\s+(?P<each>each|every)\s+"
    r"(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s*(?::|\bis\b|\bare\b)\s*(?=[a-z])"
    r"|^(?:for|on)\s+(?P<each2>each|every)\s+(?P<x2>[a-z-]+(?:\s[a-z-]+)?)\s*,?\s+(?:i|we)\s+"
    rf"(?:would\s+)?(?:want|need|like|have)\s+to\s+{_KEPT_VERB}\s*:\s*(?=[a-z])"
    # "for each one please keep roll number, …": the verb asked, then the list
    r"|^(?:please\s+)?(?:for|on)\s+(?P<each3>each|every)\s+(?P<x3>[a-z-]+(?:\s[a-z-]+)?)\s*,?\s+"
    rf"(?:please\s+|kindly\s+)?{_KEPT_VERB}\s*:?\s+(?=[a-z])"
)


# "for the loft conversions I want to log: …", "for our rescues we need to record the name,
# …": the things kept, said as a plural topic before the wish to keep, then their list, are
# kept as "for each" says it (not "for the clinic …", a place in the singular; not "we also
# want to log", fields added to things that exist)
_NO_BARE_TOPIC = (
    r"(?:years|months|weeks|days|ages|hours|decades|weekends|mornings|evenings|nights|now"
    r"|example|instance|starters|sure|free|once|real|ever|later|a|an|each|every|some|any|this"
    r"|that|these|those|them|it|us|me|you|all|both|many|most|several|reasons|security)"
)
_WANT_KEPT_FOR_THE = re.compile(
    r"^(?:for|on)\s+(?:(?:the|our|all the|all our|all)\s+"
    # ("for commissions we keep client, piece, …": a bare plural topic is the things kept as
    # well; a time, an example or a pronoun is no topic: "for years we kept …")
    rf"|(?!{_NO_BARE_TOPIC}\b))(?P<x>[a-z-]+(?:\s[a-z-]+)?)"
    # ("for the hotels on tour I need to save: …": where they are says which ones, no name)
    r"(?:\s+(?:on|in|at|during)\s+(?:the\s+|our\s+)?(?!(?:i|we)\b)[a-z-]+)?\s*,?\s+"
    # ("for the shoe repairs we keep: …": the wish may go unsaid)
    r"(?:i|we)\s+(?:(?:would\s+|really\s+)?(?:want|need|like|have)\s+to\s+|usually\s+)?"
    rf"{_KEPT_VERB}\s*(?::\s*(?=[a-z])|:$|(?=(?:the|their)\s[^,:]+,)"
    # ("on the boat hires we note: boat name, hirer, …" with its colon read away)
    r"|(?=(?!(?:it|them|that|this|everything|all)\b)[a-z][a-z ]{0,30},\s*[a-z]))"
)


# "for every roof we quote I need the address, …", "for each car we sell, we record …": what
# is done with each one, said between it and the ask, is a relative clause on the thing, no
# part of the ask
_EACH_WE_DO = re.compile(
    r"^(?P<head>(?:for|on)\s+(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?)\s+(?:that\s+|which\s+)?"
    r"(?:we|i|you|they)\s+(?!(?:would|also|really|need|want|like|have|must|should)\b)"
    r"[a-z]{2,}(?:\s+(?:out|up|in|on|off))?\s*,?\s+"
    r"(?=(?:we|i)\s+(?:would\s+|also\s+|really\s+)*(?:need|want|like|have|keep|record|store"
    r"|track|log|note)\b)"
)


# "After the meeting with the accountant we decided that …": the occasion said before who
# decided, with no comma after it, is background to what was decided (as with the comma)
_OCCASION_THEN_DECIDED = re.compile(
    r"^(?:after|following|at|in|during)\s+(?:the|our|a|an|last|this|yesterday's|today's)\s"
    r"[^,.;:]{1,60}?\s+(?=(?:we|they|i)\s+(?:all\s+)?(?:agreed|decided|voted)\s+that\s)"
)


def _kept_for_the(m: re.Match[str]) -> str:
    """ "for each <thing> we need " for a plural topic (a place or a practice stays as said)."""
    words = m["x"].split()
    one = singular(words[-1])
    if one == words[-1] or words[-1].endswith("ss") or set(words) & PRACTICE_WORDS:
        return m[0]
    # (a line ending in its colon heads the list on the lines under it, and still does)
    return f"for each {' '.join([*words[:-1], one])} we need{':' if m[0].endswith(':') else ' '}"


# "for every referee (please store →) we need the following: full name, …", "for each coach we
# need these details: …": the words pointing at the list name no field
_NEED_THE_FOLLOWING = re.compile(
    r"^(?P<a>(?:for|on)\s+(?:each|every)\s+[a-z-]+(?:\s(?!(?:of|at|in|on|for|with|from|to|the|a"
    r"|an|and|or)\s)[a-z-]+){0,2}\s+we need)\s+(?:the following"
    r"|these)(?:\s+(?:details|fields|things|info|information|data))?\s*:\s*(?=[a-z])"
)


# "We need to store the following for each seed lot:" (the list on the lines under it): what
# is kept for each one is announced, and the thing it is kept for is the entity
_FOLLOWING_FOR_EACH = re.compile(
    r"^(?:(?:please\s+)?|(?:i|we)\s+(?:(?:would\s+)?(?:want|need|like|have)\s+to\s+)?)"
    rf"{_KEPT_VERB}\s+the following(?:\s+(?:details|fields|things|info|information|data))?\s+"
    r"(?:for|on|about)\s+(?P<each>each|every)\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s*:$"
)


# "For the shoe repairs we keep the following: …", "For every hike I guide I'd like to note the
# following - …", "can we store the following per candidate: …": "the following" points at
# the list, and the things it is kept for, said in the same clause, are the entity (a place in
# the singular, "for our shop we need the following: …", stays as said)
_NOT_A_NAME_WORD = r"(?:i|we|you|they|he|she|it|please|kindly|need|want|would|should|must|have)"
_A_THING = rf"[a-z-]+(?:\s(?!{_NOT_A_NAME_WORD}\b)[a-z-]+)?"
_FOLLOWING_WORDS = r"the following(?:\s+(?:details|fields|things|info|information|data))?"
_KEPT_THE_FOLLOWING = re.compile(
    rf"^(?:for|on)\s+(?:(?P<det>each|every|the|our|all the|all our|all)\s+)?"
    rf"(?!(?:years|months|weeks|days|ages|hours|decades|now|example|instance)\b)"
    rf"(?P<x>{_A_THING})\s+"
    rf"(?=(?:{_NOT_A_NAME_WORD}|i'd|we'd)\b)[^:,.;()]{{0,80}}?\b{_FOLLOWING_WORDS}"
    r"(?P<end>\s*:$|\s*[:—–-]\s*(?=[a-z]))"
    # (the things said right after it, a frame may come before: "For the candidate tracker,
    # can we store the following per candidate:")
    rf"|^[^:;()]{{0,80}}?\b{_FOLLOWING_WORDS}\s+(?:for|per|on|about)\s+"
    rf"(?P<det2>each\s+|every\s+)?(?P<x2>{_A_THING})(?P<end2>\s*:$|\s*[:—–-]\s*(?=[a-z]))"
)


def _kept_the_following(m: re.Match[str]) -> str:
    """ "for each <thing> we need " for what "the following" is kept for."""
    one = _following_kept_for(m)
    if one is None:
        return m[0]
    # (a line ending in its colon heads the list on the lines under it, and still does)
    return f"for each {one} we need{':' if m.end() == len(m.string) else ' '}"


def _following_kept_for(m: re.Match[str]) -> str | None:
    """The thing, in the singular, that "the following" is kept for (None: no such thing)."""
    det, thing = (m["det"], m["x"]) if m["x"] else ((m["det2"] or "per").strip(), m["x2"])
    words = thing.split()
    one = singular(words[-1])
    if det in ("each", "every", "per"):
        if one != words[-1]:
            return None  # "for every hikes": no clause this rule knows
    elif one == words[-1] or words[-1].endswith("ss"):
        return None  # "for our shop …": a place or one thing, not the things kept
    if set(words) & PRACTICE_WORDS:
        return None
    return " ".join([*words[:-1], one])


def _kept_for_each(m: re.Match[str]) -> str:
    """ "for each X we need " (a practice word kept "for each test" stays a practice)."""
    each = m["each"] or m["each2"] or m["each3"]
    thing = m["x"] or m["x2"] or m["x3"]
    if set(thing.split()) & PRACTICE_WORDS:
        return m[0]
    return f"for {each} {thing} we need "


_RESTATED = re.compile(
    r"(?<![^,:;])(?P<a>\s*[^,:;—]+?)\s+—\s+(?:so\s+|i mean\s+|that is\s+|i\.e\.\s+|meaning\s+"
    r"|basically\s+)?(?P<b>(?:the|a|an)\s+[^,:;—]+?)\s+—\s*(?=\S)"
)
# "…, and who paid - the payer name.", "how heavy it is - the weight, …": an item described by
# a question, then named after a dash, is named so (as "who paid (the payer name)" is)
_DESCRIBED_DASH_NAMED = re.compile(
    r"(?P<pre>(?:^|[,:;]|\band)\s*)(?P<a>(?:who|what|how|when|where|which)\s[^,:;—()-]+?)\s+[—-]\s+"
    r"(?:so\s+|i mean\s+|that is\s+|i\.e\.\s+|meaning\s+|basically\s+)?"
    r"(?P<b>(?:the|a|an)\s+[a-z]+(?:\s[a-z]+){0,2}?)\s*(?:[—-]\s*)?(?=$|[,.;!]|\band\b)"
)
# "a name (yes, they all have names)", "a code (like A12)": a parenthetical remark that is a
# clause or an example, not an annotation, says nothing about the field
_REMARK = re.compile(
    r"\s*\((?:(?:yes|no|well|ok|lol|haha),?\s+)?(?:(?:they|it|he|she|we|i|you|most|some|all)\s+"
    r"(?:all\s+|really\s+|usually\s+|always\s+)?(?:have|has|had|is|are|was|were|do|does|did"
    r"|love|like|get|gets)\b|(?:like|e\.g\.|eg|for example|say|such as)\s"
    # "patients (the animals we treat)": a gloss of the noun before it
    r"|(?:the|all the)\s+[a-z]+\s+(?:that\s+)?(?:we|they|you|i)\s+[a-z]+\b)[^()]*\)"
)

_PARENS_NOTE = re.compile(r"\s*\((?P<inner>[^()]*)\)")
# what else a note that says decimals may say: that the value is a number, or optional
_NUMBER_SAID = re.compile(
    r"(?:(?:it is|it's|its|they are|this is|that is)\s+)?(?:just\s+)?(?:an?\s+)?(?:number"
    r"|numeric|value|amount|measurement|reading|quantity)s?"
)


def _fraction_note(m: re.Match[str]) -> str:
    """ "units used (it's a number, can have decimals)", "(can have cents)": a note in brackets
    that says the value may have decimals (a float) or cents (money, a decimal) is the field's
    type said as a clause, kept as the type (a remark in brackets is let go otherwise); only
    when all it says is that (and maybe "optional"), never a list of fields."""
    items = [i.strip() for i in rx(r"[,;]|\band\b").split(m["inner"]) if i.strip()]
    kind = "decimal" if any(CENTS.search(i) for i in items) else "float"
    if not any(FRACTIONAL.search(i) or CENTS.search(i) for i in items):
        return m[0]
    optional = False
    for item in items:
        if OPTIONAL.fullmatch(item):
            optional = True
        elif not (FRACTIONAL.search(item) or CENTS.search(item) or _NUMBER_SAID.fullmatch(item)):
            return m[0]  # "(weight, can have decimals, and colour)": more than a note
    return f" ({kind}, optional)" if optional else f" ({kind})"


# "chip time (both as text, they come like 01:02:03)", "bib (stored as text, some have letters
# in)": a type said in a note, then a remark said as a clause of its own; the remark says
# nothing about the field, and its comma ends no item of the list
_REMARK_AFTER_TYPE = re.compile(
    r"(\((?:both\s+|all\s+|each\s+)?(?:(?:stored|kept|saved)\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:text|string|integer|int|whole numbers?|numbers?|decimal|float|date|datetime|yes/no"
    r"|true/false|bool|boolean))\s*[,;]\s+(?:they|it|he|she|we|i|you|some|most|these|those)\s"
    r"[^()]*\)"
)
# "patients (the animals)", "ponds (the garden ones)", "rigs (i.e. the boats)": after things
# named in the plural, a gloss that is only another name for them (one to three words, no
# list); after a question ("what was wrong (the fault)") the parenthesis names the field
_GLOSS = re.compile(
    r"(?<=[a-z]s)\s*\((?:(?:i\.e\.|ie|aka|i mean|meaning|so)\s+)?(?:the|all the|our)\s+"
    r"(?!(?:[a-z]+\s+){0,2}(?:and|or)\b)[a-z]+(?:\s+[a-z]+){0,2}\)"
)
# "the severity of a defect", "the quantity on OrderLine" inside a change: field of entity
_OF_AN = re.compile(
    r"\b(?:the|its) (?P<f>(?!(?:name|type|value|kind|format)\b)[a-z]+(?: [a-z]+)?) of "
    r"(?:a|an|the|each|every) (?P<e>[a-z]+)\b(?! (?:field|column|attribute)\b)"
)
_CHANGE_CUE = re.compile(
    r"^(?:make|change|swap|switch|convert|set)\b|\b(?:to be|should be|must be|becomes"
    r"|be called|instead of)\b"
)
# "a many-to-one from Show to Station": the kind names a relationship, the word left out
# ("add a one-to-many from Hotel to Room": one hotel, many rooms, said from the one side)
_KIND_FROM = re.compile(
    r"\b(?P<k>many-to-one|many-to-many)\s+(?=(?:from|between)\s)|\b(?P<k1>one-to-many)\s+(?=from\s)"
)
# "One-to-many from Promoter to Event.": a kind said alone, then its two ends, asks for that link
_KIND_ALONE_FROM = re.compile(
    r"^(?:an?\s+)?(?P<k>one-to-many|many-to-one|many-to-many)(?:\s+(?:relationship|relation"
    r"|link))?\s+(?=from\s+[a-z])"
)
# "Link lighthouses and keepers many-to-many": a kind said last, with no comma before it,
# remarks on the whole link as after a comma
_KIND_LAST = re.compile(
    r"^(?P<ask>(?:link|relate|connect|associate)\s+[a-z][a-z -]*?\s+(?:and|to|with)\s+"
    r"[a-z][a-z -]*?[a-z])\s+(?P<k>(?:many|one)[- ]to[- ](?:many|one))(?:\s+(?:relationship"
    r"|relation|link))?$"
)
# "please just remove …", "simply drop …": the adverb softens the instruction, says nothing
_JUST_DO = re.compile(rf"^(?:just|simply|quickly|kindly)\s+(?=(?:{COMMAND_VERBS})\b)")
# "should be allowed to be empty", "is permitted to be left blank": optional
_ALLOWED_EMPTY = re.compile(
    r"\b(?P<be>be\s+)?(?:allowed|permitted)\s+to\s+(?:be\s+)?(?:left\s+)?(?:empty|blank|null"
    r"|missing|unset)\b"
)
# "for every stay I need: dog name, …", "each day we record: …", "for every load they want: …"
# (the people the writer speaks for): a colon after the wish or keeping verb only opens the
# list the verb takes (it is no topic)
_WISH_COLON = re.compile(
    r"(?P<v>\b(?:i|we|they)\s+(?:(?:would|also|really|always|usually|will|then|just)\s+)*"
    r"(?:need|want|like|have|keep|record|track|store|log|note|write down|note down|take down"
    r"|ask for|collect|enter|write))\s*:\s+(?=[a-z])"
)
# "Follow-up from this morning's meeting: …", "one thing I forgot yesterday: …", "small
# one: …": the occasion of a message, said before a colon, is background to the ask after it
# (never its topic); "follow-up on Booking: …" names the thing and stays a topic (_LEAD_IN_ON)
# "Track invoices and keep customers with name and email": two things kept, each with its own
# verb; the list after "with" is the second one's (the first is named without fields)
_TWO_KEPT = re.compile(
    rf"^(?P<a>(?:{MANAGE_VERBS})\s+(?!and\b)[a-z][a-z ]*?)\s+and\s+"
    rf"(?P<b>(?:{MANAGE_VERBS})\s+(?:the\s+|our\s+|all\s+)?[a-z]+s\s+(?:with|having)\s.+)$",
    re.I,
)
# "the boiler should have a flue type, (and) the pump should have a rated output": two things,
# each the subject of its own "has" — two sentences joined by a comma or "and", read apart
# (the second was kept as a business rule of the first)
_HAS_SUBJECT = (
    r"(?:the|each|every|a|an|our|all)(?:\s+(?!(?:i|we|you|they|he|she|it|one)\b)[a-z-]+){1,3}?"
)
_HAS_VERB = (
    r"(?:(?:should|must|will|can|could|would|shall)\s+(?:also\s+)?(?:have|include|get|store"
    r"|keep|record|hold)|(?:needs?|has|have)\s+to\s+have|has|have|needs|gets|keeps|records|holds)"
)
_TWO_HAVE = re.compile(
    rf"^(?P<a>{_HAS_SUBJECT}\s+{_HAS_VERB}\s+.+?)\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)"
    rf"(?P<b>{_HAS_SUBJECT}\s+{_HAS_VERB}\s+.+)$",
    re.I,
)
_TWO_HAVE_CHARS = 400  # two such sentences are short; each split reads the rest again
_OCCASION_COLON = re.compile(
    r"^(?:(?:ah|ahh|oh|and|so|ok|okay|right)\b[\s,]*)*(?:"
    r"(?:(?:a|one|quick|small|short)\s+)*(?:follow[- ]?up|following up|following on"
    r"|as (?:discussed|agreed|promised|mentioned)|further to|after|coming out of)\s+"
    r"(?:from|after|to|of|on|in|at)?\s*"
    r"(?:the|our|my|this|that|today's|yesterday's|last|this morning's|[a-z]+day's)\s+"
    r"(?:[a-z'-]+\s+){0,3}?(?:meeting|call|chat|discussion|stand-?up|review|demo|workshop"
    r"|session|conversation|email|message|sync|retro|catch-?up|visit)"
    # "following yesterday's steering group (long meeting, …):": an occasion said by its day
    r"|(?:follow(?:ing)?(?:[- ]?up)?|after|from|since)\s+"
    r"(?:on\s+from\s+|on\s+|from\s+|after\s+)?"
    r"(?:yesterday's|today's|tonight's|this morning's|last night's|last week's|this week's"
    r"|[a-z]+day's)\s+(?:[a-z'-]+\s+){0,3}[a-z'-]+"
    # "small thing but it bugs the planning committee:" (the label itself is talk)
    r"|but\s+(?:it|this|that)\s+[a-z]+s\b[^:]{0,50}?"
    r"|(?:(?:one|another|a|the)\s+)?(?:(?:more|last|other|small|little)\s+)?thing\s+(?:that\s+)?"
    r"(?:i|we)\s+(?:forgot|missed|left out|did not (?:mention|say))(?:\s+to\s+(?:say|mention"
    r"|ask|add))?(?:\s+(?:yesterday|earlier|before|last time|last week|this morning))?"
    # "one more thing I forgot when we spoke on the phone:": when it was forgotten is talk
    r"(?:\s+(?:when|while|after|before)\s+(?:we|i|you)\s+[a-z]+(?:\s+[a-z]+){0,4}?)?"
    # "last thing for today, I promise:": a label for the message, with a promise after it
    r"|(?:(?:one|another|the)\s+)?(?:more|last|final)\s+thing(?:\s+for\s+(?:today|now|tonight"
    r"|this week))?\s*,?\s+(?:i\s+)?(?:promise|swear)"
    r"|(?:(?:a|one)\s+)?(?:small|quick|tiny|little|last)\s+one"
    # "Small thing from the waste team:", "quick request from the depot:": who it comes from
    r"|(?:(?:a|one)\s+)?(?:small|quick|tiny|little|last|other|another)\s+(?:thing|one|request"
    r"|ask|change)\s+from\s+(?:the\s+|our\s+)?(?:[a-z'-]+\s+){0,3}?[a-z'-]+"
    # "After the audit the bereavement team asked for one more thing:": who asked, and when
    r"|(?:after\s+(?:the|our|this|that|last)\s+[a-z-]+(?:\s[a-z-]+)?\s*,?\s+)?"
    r"(?:(?:the|our|my)\s+)?(?:[a-z-]+\s+){0,3}?(?:has\s+|have\s+)?asked\s+(?:(?:me|us)\s+)?"
    r"for\s+(?:one|another|a)\s+(?:more|last|other|small|little|further)\s+thing"
    r")(?:\s*\([^()]*\))?\s*:\s+(?=[a-z])"
)
# "could we also note the X", "please capture the X", "we also want to jot down the X": in an
# ask, a verb of writing something down keeps it, as "record" does (the readers know "record")
_NOTE_ASK = re.compile(
    r"\b(?P<pre>(?:can|could|would|will|may) (?:you|we|u|i)(?: please)?(?: also)?(?: just)?"
    r"|please(?: also)?|(?:want|need|like) to(?: also)?)"
    r" (?:capture|log|note(?: down)?|write down|jot down|take down)"
    # ("could you note down the requirements: …" asks to write what follows, keeps nothing)
    r"(?=\s+(?:the|a|an|their|its|his|her|each|every|whether|when|who|which)\s[^:]*$)"
)
# "last week we made the Concert thing, but the fee field is not needed": the thing said to be
# made already, then "but" and the change, is what the change is about (as "the Concert thing
# - …" says it)
_MADE_BUT = re.compile(
    r"^(?:(?:last|this) (?:week|month|year)|yesterday|earlier|recently|a while ago)?,?\s*"
    r"(?:we|you|i|they) (?:made|built|created|set up|added|did)\s+"
    r"(?P<x>the [a-z][a-z -]{0,40}? (?:thing|entity|bit|part|table|model))"
    r"(?:\s+(?:last|this) (?:week|month|year)|\s+yesterday|\s+for us)?,?\s+but\s+"
    r"(?:(?:honestly|frankly|actually|now|really|to be honest)\s*,?\s+)?(?=[a-z])"
)
# "Taxonomy moved to the herbarium system, so we can drop species from SeedAccession": after
# background, "so we can" and a verb that changes a thing is the ask that follows from it, not
# what the ask is for
_SO_WE_CAN_CHANGE = re.compile(
    r"^so\s+(?:we|you)\s+(?:can|could)\s+(?:now\s+|just\s+|also\s+)?(?:drop|remove|delete"
    r"|get rid of|rename)\s+(?:the\s+)?[a-z][a-z ]{0,40}?\s+(?:from|on|in|to)\s+[a-z]"
    # "(payments moved to Stripe) so we can delete the Voucher model": a thing said as a thing
    r"|^so\s+(?:we|you)\s+(?:can|could)\s+(?:now\s+|just\s+|also\s+)?(?:drop|remove|delete"
    r"|get rid of)\s+(?:the\s+)?[a-z][a-z ]{0,40}?\s+(?:entity|model|table)\b"
    # "so we can take the fax number off Supplier now": taking a field off a thing is removing it
    r"|^so\s+(?:we|you)\s+(?:can|could)\s+(?:now\s+|just\s+|also\s+)?take\s+(?:the\s+)?"
    r"[a-z][a-z ]{0,40}?\s+(?:off|out of|away from)\s+[a-z]"
    # "(a group walked out yesterday) so the minutes taken on GameSession needs to be optional"
    r"|^so\s+(?:the\s+)?[a-z][a-z ]{0,40}?\s+(?:on|of|for|in)\s+[a-z][a-z -]{0,40}?\s+"
    r"(?:needs? to|should|must|has to|have to)\s+(?:be|become)\s"
    # "(the deposit reference on Lease is sometimes missing) so it should be optional": the
    # field just said, made optional or given a type
    r"|^so\s+(?:it|that|this)\s+(?:(?:really|probably)\s+)?(?:needs? to|should|must|has to)\s+"
    r"(?:now\s+)?(?:be|become)\s+(?:optional|required|mandatory|nullable|not required"
    rf"|not mandatory|(?:an?\s+)?(?:{TYPE_ALTERNATION})"
    # (ls61) "(the weight on harvests is optional at the moment) so it has to be filled in
    # every time now": filled in every time is required
    r"|(?:always\s+)?(?:filled\s+(?:in|out)|completed|entered|provided)\b)\b"
    # "(I got a watch that shows cadence) so I'd love to add cadence to my runs", "(everyone
    # says batch) so I'd like the Brew entity to be called Batch", "so let's rename …": a wish
    # to change, after the story that calls for it, is the ask
    r"|^so\s+(?:(?:i|we)\s+would\s+(?:really\s+|also\s+)?(?:like|love)\s+(?:to\s+)?"
    r"|let us\s+(?:just\s+|now\s+)?)(?:add|rename|remove|drop|delete|change|make"
    r"|(?:the|our|my)\s+[a-z][a-z ]{0,40}?\s+(?:entity|table|field)\s+to\s+be\s+(?:called"
    r"|named|renamed))\b"
)
# "… so it's called phone number instead", "… so that it is named email": the name wanted
_SO_CALLED = re.compile(
    r"^so\s+(?:that\s+)?(?:it|its name)\s+(?:is|'s|will be|gets)\s+(?:now\s+)?(?:called|named"
    r"|labell?ed)\s+(?P<new>[a-z][a-z -]{0,40}?)(?:\s+(?:instead|now|from now on))*$"
)
# "(could you) change the mobile field on Customer": a field named to be changed, no how
_CHANGE_OF = re.compile(
    r"^(?P<pre>(?:.{0,30}\s)?)(?:change|update|fix|edit)\s+(?P<obj>(?:the\s+)?[a-z][a-z -]{0,40}?"
    r"\s(?:field|column)(?:\s+(?:on|of|in)\s+(?:the\s+)?[a-z][a-z -]{0,30})?)$"
)
_ASKS_CHANGE = re.compile(
    r"\b(?:add|remove|drop|delete|rename|make|change|include|put|give|get rid of|track|record"
    r"|store|keep|create|build|need|needs|want|wants|should|must)\b"
)
# the owner a field is added to, after its place word: "the Hive", "each jar", "Plot"
# (no "and"/"or"/"plus" in it: "add a crew size to Job and a foreman (optional)" has the note
# of the field after the owner, not of the one before it)
_OWNER_NAMED = (
    r"(?:(?:the|each|every|all|all the|our)\s+)?(?!(?:and|or|plus)\b)[a-z]"
    r"(?:[a-z -](?<!\s(?=and\b|or\b|plus\b))){0,40}?"
)
# "record the meter reading for each Plot, as a number", "add a rating to Film, as an integer":
# the type said after the owner is the field's, as "the meter reading (number)" says it
_TYPE_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:(?:in|for|at)\s+(?:the|our|my)\s+[a-z][a-z -]{0,40}?\s+(?=i\s|we\s))?"
    r"(?:(?:i|we)\s+(?:(?:would|also|really)\s+)*(?:want|need|like)\s+to\s+)?"
    r"(?:also\s+)?(?:add|include|put|record|store|track|keep|capture|save)\s.+?)\s+"
    r"(?P<to>(?:to|for|on|onto)\s+" + _OWNER_NAMED + r")"
    r"\s*,\s*(?:as\s+(?:an?\s+)?(?P<t>" + TYPE_ALTERNATION + r")"
    # ("add trainer name to Training, text": a type that names no field, without "as")
    r"|(?:an?\s+)?(?P<t2>text|string|integer|whole number|decimal|boolean|yes/no|datetime"
    r"|timestamp))$"
)
_ITEM_THEN_OPTIONAL = re.compile(
    r"^(?P<item>(?:(?:and|also|plus)\s+)?(?:an?|one more|another)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)"
    r"{0,3}?(?:\s+(?:too|as well))?)\s*,\s+(?:but|and|though)\s+(?:it|that one|this one|that)"
    r"(?:'s|\s+(?:is|can be|may be|should be|could be))\s+(?:left\s+)?(?:optional|blank|empty"
    r"|not required|not mandatory|nullable)\s*[.!]?$"
)
_IN_CASE = re.compile(
    r"\s*,?\s+(?:just\s+)?in case\b(?:\s+[a-z'][a-z' -]{0,40}?)?(?=\s*(?:[,.;!?]|$))"
)
_USUAL_VALUE = re.compile(
    r"\s*,\s*(?:mostly|usually|normally|typically|generally|nearly always|almost always)\s+"
    r"(?!(?:optional|required|blank|empty|unknown|missing|not|null|left)\b)(?:an?\s+|the\s+)?"
    r"[a-z0-9][a-z0-9/.-]*(?:\s[a-z0-9][a-z0-9/.-]*){0,2}(?=\s*(?:[.;!?]|$))"
)
_JUST_TYPE = re.compile(
    r"\s*,\s*(?:just|only|simply)\s+(?:an?\s+)?(?:plain\s+)?(?P<t>text|string|number|whole number"
    r"|integer|date|yes/no|decimal)(?:\s+(?:is fine|will do|thanks|thank you|ta))?\s*(?=$|[.;!?])"
)
# "Add a drop height to Route - metres", "add a duration to Lesson: minutes": the unit said after
# the owner is the one field's, as "a drop height (metres)" says it (it was read as a thing
# "RouteMetre", or a thing Duration with a field "minutes")
_UNIT_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:also\s+)?(?:add|include|put|record|store|track)\s+(?:an?\s+|the\s+)?"
    r"[a-z][a-z -]{0,40}?)\s+(?P<to>(?:to|on|onto|for)\s+" + _OWNER_NAMED + r")"
    r"\s*(?:[-–—:(]\s*|\s+)(?:in\s+)?(?P<u>[a-z][a-z0-9]*)\)?(?:\s+(?:please|pls|thanks))?\s*$"
)


def _unit_after_owner(m: re.Match[str]) -> str:
    if m["u"] not in UNIT_WORDS or rx(r",|\b(?:and|plus|or)\b").search(m["head"]):
        return m[0]
    return f"{m['head']} ({m['u']}) {m['to']}"


# "add a weight to Hive (decimal, optional)": the note in brackets after the owner is the one
# field's, as "a weight (decimal, optional)" says it (a list before it is left as it is: whose
# note it is would be a guess)
_NOTE_AFTER_OWNER = re.compile(
    # ("track a next due date on Calibration as well (can be blank)": a verb of keeping, and
    # "as well" before the note, the same)
    r"^(?P<head>(?:also\s+)?(?:add|include|put|track|record|store|capture|log)\s+"
    r"(?:an?\s+|the\s+)?(?:field\s+|column\s+)?"
    r"(?P<f>[a-z'][a-z' -]{0,40}?)(?:\s+(?:field|column))?)\s+"
    r"(?P<to>(?:to|on|onto)\s+" + _OWNER_NAMED + r")"
    r"(?:\s+(?:as well|too))?\s*\((?P<note>[^()]+)\)$"
)


# "must be integer no decimal": the type asked for, then the one it must not be, said with
# "no"; read as "integer not decimal" is (the "no" made a field "no_decimal")
_TYPE_NO_TYPE = re.compile(
    r"\b(?P<t>(?:"
    + TYPE_ALTERNATION
    + r"))\s*,?\s+no\s+(?P<u>(?:an?\s+)?(?:"
    + TYPE_ALTERNATION
    + r")s?)(?=\s*(?:[,.;!]|$))"
)


# "add a consultation date to the Wedding table — optional, some couples skip it": a marker
# after a dash behind the owner is the one field's, as "(optional)" there is; the owner was
# read as "WeddingOptional" (a reason after it stays a reason)
_DASHED_MARKER_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:also\s+)?(?:add|include|put)\s+(?:an?\s+|the\s+)?(?:field\s+|column\s+)?"
    r"(?P<f>[a-z'][a-z' -]{0,40}?)(?:\s+(?:field|column))?)\s+"
    r"(?P<to>(?:to|on|onto)\s+" + _OWNER_NAMED + r")"
    # (an em dash reaches here as a colon)
    r"(?:\s+[-—–]+|\s*:)\s+(?P<m>optional|not required|required|mandatory|nullable)"
    r"(?P<why>\s*,\s*.+)?$"
)


# "add a membership number to Stargazer, when we have it", "… to Guest if they have one": the
# condition said after the owner is the one field's optional marker, as "a membership number
# (when we have it)" says it (read before as a reason, leaving the field required)
_CONDITION_AFTER_OWNER = re.compile(
    r"^(?P<head>(?:also\s+)?(?:add|include|put)\s+(?:an?\s+|the\s+)?(?:field\s+|column\s+)?"
    r"(?P<f>[a-z'][a-z' -]{0,40}?)(?:\s+(?:field|column))?)\s+"
    r"(?P<to>(?:to|on|onto)\s+" + _OWNER_NAMED + r")"
    r"(?:\s*,|\s+[-—–]+|\s*:)?\s+(?:but\s+)?(?:only\s+)?(?P<m>(?:" + OPTIONAL.pattern + r"))$"
)


# "Stargazer needs a membership number, when we have it", "guests should also have a locker
# code, if they have one": the same condition after one field a thing is said to have
_CONDITION_AFTER_HAVING = re.compile(
    r"^(?P<head>(?:[a-z'-]+\s+){1,3}?(?:also\s+|now\s+)*(?:needs?|(?:should|must|will)\s+"
    r"(?:also\s+|now\s+)*have|has|have)\s+(?:also\s+)?(?:an?|the)\s+"
    r"(?P<f>[a-z'][a-z' -]{0,40}?))(?:\s*,|\s+[-—–]+)\s+(?:but\s+)?(?:only\s+)?"
    r"(?P<m>(?:" + OPTIONAL.pattern + r"))$"
)


def _condition_after_owner(m: re.Match[str]) -> str:
    if rx(r",|\b(?:and|plus|or)\b").search(m["f"]):
        return m[0]  # a list before it: whose condition it is would be a guess
    return f"{m['head']} ({m['m']})" + (f" {m['to']}" if "to" in m.groupdict() else "")


def _note_after_owner(m: re.Match[str]) -> str:
    words = rx(r"[a-z/]+").findall(m["note"])
    if (
        not all(w in _ANNOTATION or w in UNIT_WORDS for w in words)
        or not _annotation(" ".join(w for w in words if w not in UNIT_WORDS))
        or rx(r",|\b(?:and|plus|or)\b").search(m["f"])
    ):
        return m[0]
    return f"{m['head']} ({m['note']}) {m['to']}"


# "The harbour master now wants us to record …": who asks us to keep something is no thing
# kept; the ask is ours ("we need to record …")
# "I want remove the weight from Participant", "we need add a phone": the "to" before the
# verb wanted left out, as a second-language writer does ("drop", "change", "take" are left:
# "we need drop-off times", "change requests" name things)
_WANT_BARE_VERB = re.compile(
    r"\b(?P<w>(?:i|we)\s+(?:really\s+|also\s+)?(?:want|need|would like|wish))\s+"
    r"(?=(?:add|remove|delete|rename|make|create|include)\s)"
)
# "To the Room add number of beds …": the destination said first, before the verb
_TO_THE_X_ADD = re.compile(
    r"^to\s+(?P<x>(?:the\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s*,?\s+(?:please\s+)?add\s+"
)
_WANTS_US_TO = re.compile(
    # (crt59) "i am new here and the director asked me to …": who the writer is, said first
    r"^(?:i\s+am\s+new\b[^,.;:?!]{0,40}?\s+and\s+)?"
    r"(?:the|our|my|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2}?\s+(?:(?:now|also|really|finally)\s+)*"
    r"(?:wants|asks|needs|would like|has asked|asked|told|tells)\s+(?:us|me|you)\s+to\s+"
    r"(?=(?:also\s+)?(?:record|store|track|keep|log|capture|add|save|include)\b"
    # (crt59) "the director asked me to make a register of presenters.": to make a thing
    r"|(?:make|create|set\s+up|start|build)\s+(?:a|an)\s)"
)
# "The committee met last night and we agreed we don't need …", "we noticed the X is …": the
# meeting and the agreeing are how the ask came about; what was agreed is the ask
_AGREED_THAT = re.compile(
    r"^(?:(?:the|our)\s+[a-z][a-z ]{0,40}?\s+(?:met|got together|had (?:a|our) (?:meeting|chat"
    r"|call))(?:\s+(?:last night|yesterday|this morning|today|last week|on [a-z]+day))?\s+and\s+"
    # ("the committee met on Tuesday and decided …": who met is who decided)
    r"(?:(?:we|they|everyone)\s+)?|(?:we|they|everyone)\s+)"
    r"(?:(?:all\s+)?(?:agreed|decided|concluded|realised|realized|noticed"
    r"|found)(?:\s+that)?\s+)(?=(?:we|the|nobody|no one|it|they)\s)"
)
# "I'd rather those were optional", "we'd prefer it if the fee was optional": the wish for a
# state is the change to it
_RATHER_WERE = re.compile(
    r"\b(?:i|we) would (?:rather|prefer(?: it)?(?: if)?)\s+(?P<x>those|these|they|it|that|this"
    r"|the [a-z][a-z ]{0,40}?) (?:were|was|be|are|is) (?=(?:optional|required|mandatory|nullable"
    r"|empty|blank|an? [a-z]+|text|numbers?|decimals?|integers?|dates?)\b)"
)
# 'the curators keep calling "object title" the "object name", can we rename that on loans':
# the name people use is the new name of the field quoted first, on the thing the ask names
_CALLING_RENAME = re.compile(
    r"^(?:the|our|my|all the|everyone|people)\b[a-z ]{0,30}?\s+(?:(?:keep|keeps|kept|have started"
    r"|has started|started|now|always|all)\s+)*(?:calling|call|calls)\s+(?:the\s+)?"
    r"(?P<a>[\"'][a-z][a-z _]{0,40}[\"'])(?:\s+(?:field|column))?\s+(?:the\s+)?"
    r"(?P<b>[\"'][a-z][a-z _]{0,40}[\"'])[^,]{0,60}?,\s+(?:so\s+)?(?:(?:can|could|would) (?:we|you)"
    r"\s+(?:please\s+)?(?:just\s+)?)?rename\s+(?:it|that|this)\s+(?P<on>on|in|for)\s+"
    r"(?P<e>(?:the\s+)?[a-z][a-z -]{0,40}?)(?:\s+to match)?(?P<rest>\s+so\b.*)?$"
)
# "the Barrel entity has this fill_date field but the cellar team calls it filled_on": the name
# the people use is the one the field is asked to have
_HAS_BUT_CALLED = re.compile(
    r"^(?:the\s+)?(?P<x>[a-z][a-z-]*(?:\s[a-z-]+)?)(?:\s+(?:entity|table|model))?\s+(?:has|have)\s+"
    r"(?:this|a|the|that)\s+(?P<f>[a-z][a-z_ ]{0,30}?)\s+(?:field|column)\s+but\s+(?:the\s+|our\s+"
    r"|my\s+)?[a-z][a-z ]{0,30}?\s+(?:calls?|call)\s+it\s+(?P<g>[a-z][a-z_ ]{0,30}?)$"
)
# "I am needing to add …", "we are wanting …" (non-native English): the wish itself
_PROGRESSIVE_WISH = re.compile(r"\b(?P<who>i|we|they)\s+(?:am|are|'m|'re)\s+(?P<v>need|want)ing\b")
# Adverbs that say nothing about the data: "a ticket is always for exactly one event"
_EMPTY_ADVERBS = re.compile(
    # ("not always filled in" keeps its word: it says the field may be left out)
    r"\b(?!(?<=\bnot )always\s+(?:filled|given|known|set|provided|available|there)\b)"
    r"(?:always|usually|normally|typically|generally|currently)\s+"
    # "normally open (yes/no)", "currently let flag": the adverb of a state named as a yes/no
    # field is part of its name (a valve normally open is not one open now)
    r"(?![a-z]+\s*(?:\((?:yes/no|y/n|bool|boolean|true/false)\)|flag\b))"
    # "… the driver note can be empty sometimes": how often, said after the clause
    r"|\s+(?:sometimes|often|occasionally|at times|from time to time|usually|always|mostly)"
    r"(?=\s*(?:[,.;!?]|$))"
)
# "I'd like a ticketing app: each ticket has a barcode, …": the sentence after the colon
# names its own entity ("track our boilers: each one has …" does not: "one" is a boiler)
_INTRO_EACH = re.compile(
    rf"^[^:]{{0,80}}:\s*(?=(?:each|every) (?!one\b|of\b)[a-z]+(?: [a-z]+)? (?:{HAVING_VERBS})\b)"
    # "what's missing is who's responsible for what - each listing has exactly one agent": so
    # does talk before a dash, when the sentence after it has its own subject (talk, not a
    # list: "Routes with code, depot and stop count - each route has one driver" keeps it)
    rf"|^[^:—–,(){{}}-]{{0,80}}\s[—–-]\s+(?=(?:each|every) (?!one\b|of\b)[a-z]+(?: [a-z]+)? "
    rf"(?:{HAVING_VERBS})\s+(?:exactly |only |just )?(?:one|a single|many|several)\b)"
)
_OWN_SUBJECT = re.compile(rf"^(?:each|every|a|an|the) [a-z]+(?: [a-z]+)? (?:{HAVING_VERBS}|with)\b")
# "record raffle tickets sold: buyer, …", "log parcels received — sender, …": a participle
# between the things kept and their list describes them; the list is theirs
_KEPT_DONE = re.compile(
    rf"^(?P<head>(?:.*\s)?(?:{MANAGE_VERBS})\s+[a-z ]*?[a-z]s)\s+(?:sold|taken|made|bought|held"
    r"|given|lent|run|[a-z]{3,}ed)(?=\s*(?::|\s—\s))"
)
# "archers — name, membership code — and tournaments — venue, fee": dashes around a list
# after a noun are its parentheses, and so is the dash before the list of the last noun
# (an item's own note in brackets inside the dashes, "commission rate (percentage)", stays
# with its item)
_DASHED_ITEMS = r"(?:[^—–()]|\([^—–()]*\))"
_DASH_PAIR = re.compile(
    rf"(?<=[a-z])\s+[—–]\s+(?P<list>{_DASHED_ITEMS}+?,{_DASHED_ITEMS}+?)\s+[—–]\s+"
    r"(?=(?:and|or|plus)\s)"
)
_DASH_LAST = re.compile(
    r"(?P<head>\)\s+(?:and|or|plus)\s+[a-z][a-z ]*?)\s+[—–]\s+"
    rf"(?P<list>{_DASHED_ITEMS}+,{_DASHED_ITEMS}+?)"
    r"(?=\s*(?:[.;!]|$))"
)
# "Track plumbers - name, gas safe number - and boilers - make, pressure": the same pairs of
# dashes typed as hyphens between spaces (a hyphen inside a word, "check-in", is no dash)
_HYPHEN_LIST = r"(?:(?!\s-\s)[^—–()])+?,(?:(?!\s-\s)[^—–()])+?"
_HYPHEN_PAIR = re.compile(rf"(?<=[a-z])\s+-\s+(?P<list>{_HYPHEN_LIST})\s+-\s+(?=(?:and|or|plus)\s)")
_HYPHEN_LAST = re.compile(
    rf"(?P<head>\)\s+(?:and|or|plus)\s+[a-z][a-z ]*?)\s+-\s+(?P<list>{_HYPHEN_LIST})"
    r"(?=\s*(?:[.;!]|$))"
)
# "Create two entities: A with …, and B with …": the count says nothing
_COUNTED = re.compile(
    r"^(?P<verb>(?:(?:i|we) (?:would )?)?[a-z]+(?: up)?)\s+(?:two|three|four|five|several|some"
    r"|these|the following|\d+)"
    r"\s+(?:new\s+)?(?:entities|models|tables|things|resources)(?:\s*:\s*|\s*,\s*"
    # "Create two tables, Boat with …, and Sailor with …": a comma opens the list as a colon
    # does when a thing and its "with" come next
    r"(?=[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s+(?:with|having)\s))"
)
# "Add to Pet: neutered, allergies" → "pet += neutered, allergies"
_ADD_TO_TOPIC = re.compile(
    r"^(?:also\s+)?(?:add|extend)\s+(?:to|for|on)\s+(?:the\s+|each\s+|every\s+)?"
    r"(?P<x>[a-z][a-z ]{0,40}?)(?:\s+(?:entity|model|table))?\s*:\s*(?P<rest>\S.*)$"
)
# "on the Kiln entity we would like to start recording the firing count": on a thing marked as
# an entity that exists, to (start to) keep a value is to add it as a field
_START_KEEPING_ON = re.compile(
    r"^(?P<on>(?:on|for|in) the [a-z][a-z-]*(?: [a-z-]+)? entity\s*,?\s+(?:we|i)\s+"
    r"(?:would like|want|need|would love)\s+to\s+)(?:(?:start|begin)\s+(?:to\s+)?)?"
    r"(?:record(?:ing)?|stor(?:e|ing)|keep(?:ing)?|track(?:ing)?|captur(?:e|ing)|log(?:ging)?"
    r"|hold(?:ing)?)\s+(?=(?:the|a|an|their|its)\s)"
)
# "Subscriber gets two new fields: …", "Kiln gains a new column: …": fields a thing gets,
# listed after the colon, are added to it (as "add to Subscriber: …"; "AllotmentSite gets …"
# is cleaned to "allotment-site": a name written as one keeps its hyphen)
_GETS_FIELDS = re.compile(
    r"^(?:the\s+|each\s+|every\s+)?(?P<x>[a-z][a-z -]{0,40}?)(?:\s+(?:entity|model|table))?"
    r"\s+(?:gets|get|gains|gain|receives|receive)\s+(?:(?:a|an|one|two|three|four|five|six"
    r"|\d+|some|a few|the following)\s+)?(?:new|extra|more|additional)\s+"
    r"(?:fields?|columns?|attributes?|properties|property)\s*:\s*(?P<rest>\S.*)$"
)
_BRACES = re.compile(r"\{([^{}\"']*)\}")
_DOTTED = re.compile(
    r"\b(?P<entity>[a-z][a-z-]{1,40})\.(?P<field>[a-z][a-z -]*?)(?=\s*(?:->|$|\s|:))"
)
# "For the mugs we sell online: they also need …", "About the boxes from the summer fete:
# they …": the things said with who keeps them or where they are from, then what they need;
# the things are the topic (the rest points back at them)
_TOPIC_QUALIFIED = re.compile(
    r"^(?:on|for|about|regarding|re)\s+(?P<topic>(?:the|our|all the|all our)\s+[a-z][a-z-]*"
    r"(?:\s[a-z][a-z-]*)?)\s+(?:(?:that|which)\s+)?(?:we|you|they|i|from|at|in|on|for|of)\s"
    r"[^,:;]{1,50}?:\s*(?P<rest>(?:they|these|those|each of them|all of them)\s.+)$"
)
# (only after a word that names a value: "Login is not required for guests" is a rule)
_NOT_REQUIRED_FOR = re.compile(
    r"\b(?P<f>number|name|date|email|phone|address|code|size|fee|price|notes|note|type|time"
    r"|count|level|status|weight|mobile|contact|reference|ref|id)\s+"
    r"(?P<v>is|are|should|must)\s+not\s+(?:be\s+)?(?:required|mandatory"
    r"|compulsory|obligatory)(?=\s+(?:for|on|in)\s+(?:the\s+|our\s+|all\s+|each\s+)?[a-z])"
)
_NEEDS_SEVERAL = re.compile(
    # ("a shift need several nurses": the verb's -s left off, as people writing English as a
    # second language often do)
    r"^(?P<a>(?:an?|each|every)\s+[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:needs?|requires?)\s+"
    r"(?=(?:several|many|multiple|lots of)\s+[a-z][a-z-]*s\s*[.!]?$)"
)
# "Every flight needs one pilot", "each lesson now requires a single tutor": needing one of a
# thing is having one, a link as "each flight has one pilot" is (it was a field `pilot`,
# accepted); a value counted so stays a field there ("needs one contact number")
_NEEDS_ONE = re.compile(
    r"^(?P<a>(?:an?|each|every)\s+[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:now\s+)?(?:needs?"
    r"|requires?)\s+(?=(?:one|a single|exactly one|only one)\s+(?!(?:email|phone|name|address"
    r"|date|code|number|value|price|note|photo|colour|color|size)\b)[a-z][a-z-]*\s*[.!]?$)"
)
_IS_THERE_LINK = re.compile(
    r"^(?:is there|do we have|have we got)\s+(?:already\s+)?an?\s+"
    r"(?P<k>many[- ]to[- ]many|one[- ]to[- ]many|many[- ]to[- ]one)\s+(?:link\s+|relationship\s+)?"
    r"between\s+(?=[a-z][a-z ]{0,40}\s+and\s+[a-z][a-z ]{0,40}\??(?:\s|$))"
)
_HOW_GIVE = re.compile(
    r"^how\s+(?:do|can|would|should)\s+(?:i|we)\s+give\s+(?:an?|each|every)\s+"
    r"(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?P<n>a single|one|exactly one|several|many)\s+"
    r"(?=[a-z][a-z-]*\s*\??$)"
)
_PLEASE_AMEND = re.compile(
    r"\s*[,;—–-]\s*(?:please|pls|plz|kindly)\s+(?:amend|fix|correct|update|adjust|sort)"
    r"(?:\s+(?:it|that|this|accordingly))?(?:\s+out)?(?:,?\s+(?:thanks|thank you|cheers|ta))?"
    r"\s*[.!]*$"
)
_TOPIC_PREP = re.compile(
    r"^(?:on|for|in|at|regarding|about|within|inside|with)\s+(?P<topic>[^,:;]{1,60}?)\s*[,:]\s*"
    r"(?P<rest>.+)$"
)
# "On the lessons could you add …", "On the donors — …": the topic ends where the ask or a
# dash begins, without a comma
_NOT_A_PLACE = (
    r"(?!(?:in|on|for) (?:the )?(?:meantime|meanwhile|general|particular|addition|fact|short"
    r"|future|any case|that case|now|example|instance|time being|top of that|second thought"
    r"|the record|sure|real|a moment|a while|once|today|tomorrow|this week|next week)\b)"
)
_TOPIC_DASH_OR_ASK = re.compile(
    r"^" + _NOT_A_PLACE + r"(?:on|for|in|regarding|about)\s+"
    # ("for allotment applicants we need name, …": a plural with its modifier, no article)
    r"(?P<topic>(?:the|our|my|all the|all our)\s+[a-z][a-z -]{0,40}?|(?:[a-z-]+\s)?[a-z]+s)"
    r"(?:\s+(?:from|at)\s+(?:the|our|my)\s+[a-z][a-z ]{0,30}?"  # "… from the tattoo studio"
    # ("for loans from other museums we need lenders (…) and loans (…)": where they come from,
    # said with a bare plural)
    r"|\s+from\s+(?:(?:other|partner|outside|local|external)\s+)?[a-z][a-z-]*s)?"
    r"(?:\s+\u2014\s+|\s+(?=(?:(?:could|can|would|will)\s+(?:you|we|u)|please|pls|we need"
    r"|i need|we want|i want|add|remove|delete|drop|rename|make|change)\b"
    # "in the SeedPacket the donor name must …": a second article starts the sentence's subject
    r"|the\s+[a-z][a-z ]{0,40}?\s+(?:should|must|can|cannot|could|has to|needs to)\s))"
    r"(?P<rest>.+)$"
)
# "on Consignment the gross weight should be optional", "for Invoice the due date is now
# optional": a bare place phrase said first ends where the sentence's subject (an article or
# "its") begins, comma or not
_TOPIC_BEFORE_SUBJECT = re.compile(
    r"^" + _NOT_A_PLACE + r"(?:on|for|in)\s+(?P<topic>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+"
    r"(?P<rest>(?:the|its)\s+(?:field\s+)?[a-z][a-z ]{0,40}?\s+(?:should|must|can|cannot|could"
    r"|has to|needs to|got|was|is|are|were|does|do)\s.+"
    # ("on Kiosk could the phone number be optional?": the question puts the verb first)
    r"|(?:could|can|may|should)\s+(?:the|its)\s+(?:field\s+)?[a-z][a-z ]{0,40}?\s+"
    r"(?:be|become)\s.+)$"
)
# "on Exhibit can blurb be renamed to description?", "on orders can amt be called total": in a
# chat the article before the field is dropped; the question's modal still ends the place
_TOPIC_BEFORE_BARE_ASK = re.compile(
    r"^" + _NOT_A_PLACE + r"(?:on|for|in)\s+(?P<topic>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+"
    r"(?P<rest>(?:could|can|may|should)\s+(?!(?:we|you|u|i|it|they|he|she|someone|somebody"
    r"|anyone|the|its|this|that|these|those)\b)[a-z][a-z ]{0,40}?\s+(?:be|become)\s+"
    r"(?:renamed|called|made|changed|set|required|optional|mandatory|compulsory|a|an)\b.*)$"
)
# "on the Artifact entity could you add …": the place, then the ask, with no comma between;
# "on Kiln can we also store …", "on Kiln we also want …": asking to keep, or saying what we
# want kept, after the place is the same ask
_TOPIC_PREP_ASK = re.compile(
    r"^(?!(?:in|on|for) (?:the )?(?:meantime|meanwhile|general|particular|addition|fact|short"
    r"|future|any case|that case|now|example|instance|time being|top of that|second thought"
    r"|the record|sure|real|a moment|a while|once|today|tomorrow|this week|next week)\b)"
    r"(?:on|for|in)\s+(?P<topic>(?:the\s+)?[a-z-]+(?:\s[a-z-]+)?(?:\s+(?:entity|table))?)\s+"
    r"(?P<rest>(?:(?:(?:can|could|would|will)\s+(?:you|we)|please)\s+(?:also\s+)?(?:add|remove"
    r"|delete|drop|rename|make|change|include|put|get rid of|store|keep|record|track|save)"
    r"|(?:we|i)\s+(?:(?:also|really|would|will|do)\s+)*(?:want|need|like)\s+(?:also\s+)?"
    r"(?=(?:a|an|the|to|their|its)\s)"
    # "for the Compressor we must add …": an obligation of ours to change it, after the place
    r"|(?:we|i)\s+(?:(?:also|really)\s+)*(?:must|should|have to|need to)\s+(?:also\s+)?"
    r"(?=(?:add|remove|delete|drop|rename|make|change)\s)"
    # "On the farrier visits I'd rather call charge 'invoice amount'"
    r"|(?:we|i)\s+(?:would|had)\s+rather\s+(?:rename|call|remove|drop|delete|make|change))\b.+)$"
)
# "on Route rename grade to difficulty", "in Kiln add a glaze flag": the place, then the bare
# imperative, with no comma between; a scene ("in the app", "for my shop") is no place
_TOPIC_PREP_VERB = re.compile(
    r"^" + _NOT_A_PLACE + r"(?:on|for|in)\s+(?!(?:my|our|your|their|his|her|a|an|this|that"
    r"|these|those|some|all|each|every|it|them|us|me|you|now|later|sure)\b)"
    r"(?P<topic>(?:the\s+)?(?!(?:app|application|system|database|tool|software|program"
    r"|site|website|sheet|spreadsheet|next|last|first|second|other|same)\b)[a-z][a-z-]*"
    # ("on repair job change …": a name of two words, with its article left out)
    r"(?:\s(?!(?:also|please|just|now|then|and|or)\b)[a-z][a-z-]*)?"
    r"(?:\s+(?:entity|table|model))?)\s+"
    r"(?P<rest>(?:also\s+)?(?:add|remove|delete|drop|rename|make|change|include|put|set"
    r"|switch|convert|call)\s.+)$"
)
# "in Rickshaw entity the field number …", "Screening entity the name …": a thing marked as an
# entity said first, then a sentence about it with no comma between (topic, then comment)
_TOPIC_MARKED = re.compile(
    r"^(?:(?:on|in|for|at)\s+)?(?:the\s+)?(?P<topic>[a-z][a-z-]*(?:\s[a-z-]+)?\s+(?:entity|table"
    r"|model))\s+(?P<rest>(?:the|its|their)\s+.+)$"
)
_FOR_EACH = re.compile(
    # ("for each home exercise plan we need …": a name of three words, none of them glue)
    r"^(?:for|on|in) (?:each|every) (?P<topic>[a-z-]+(?: (?!(?:of|at|in|on|for|with|from|to"
    r"|the|a|an|and|or)\s)[a-z-]+){0,2})"
    # ("for every cake that goes in the display we need …": which of the things, said after
    # them, is no part of the name)
    r"(?:\s+(?:that|which|who)\s+(?!(?:we|i|you|she|he|they)\s)[a-z' -]{2,40}?)?"
    r"\s+(?P<rest>(?:we|i|you|she|he|they)\s.+)$"
    # "for every courier the name, the phone, …"; "for our recipes we would want the title, …"
    # ("I'd like to store, for each litter picker, the name, …": a name of two words too)
    r"|^(?:for|on|in) (?:each|every) (?P<topic2>[a-z-]+(?: (?!(?:the|their|its|his|her)\s)"
    r"[a-z-]+)?)\s+(?P<rest2>(?:the|their|its|his|her)"
    rf"\s[^,]+,.+|(?={RUN_LIST_FOLLOWS})(?:the|their|its|his|her)\s.+)$"
    r"|^(?:for|on|in) (?:our|my|the|all (?:our|the)) (?P<topic3>[a-z-]+(?: [a-z-]+)?)\s+"
    r"(?P<rest3>(?:we|i)\s(?:would\s|also\s|really\s)*(?:want|need|like|have)\s"
    # ("in our club we want F, G and H for each dinghy": the place is a scene; each dinghy owns)
    rf"(?!.*\b(?:for|on|of|to)\s+(?:each|every)\s+[a-z])(?:.+,.+|(?={RUN_LIST_FOLLOWS}).+))$"
)
_RENAME_NOTE = re.compile(
    r"\((?:(?:entity|table|model)\s+(?:rename|renamed|renaming)"
    r"|(?:rename|renamed|renaming)\s+(?:the\s+)?(?:entity|table|model))\)$"
)
_TOPIC_HEAD = re.compile(
    r"^(?P<topic>[a-z][a-z0-9 ,&'/-]{0,80}?)\s*(?P<sep>:|\+=|\s—\s|\s->\s|\s-\s|\s?;)\s*"
    r"(?P<rest>.*)$"
)
# "Tour add: …", "Boat remove: …": a short name, then the change, then a colon
_TOPIC_THEN_CHANGE = re.compile(
    r"(?P<t>[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,2}?)\s+(?P<v>add|remove|delete|drop|rename)"
)
# "…: needs a batch number too", "…: should also carry a tag": what follows a heading is a verb
# of having, said of the heading's thing, and said to be more than it has ("drivng lessons!! need
# lesson date, …" is the heading of a new thing's list)
_TOPIC_THEN_VERB = re.compile(
    r"(?P<v>(?:(?P<more>now|also)\s+)?(?:needs?|has|have|gets?|requires?|(?:should|must|will)\s+"
    r"(?:now\s+|also\s+)*(?:have|get|carry|keep|record|store|hold|include)))\s+(?=[a-z])"
)
_NEW_FIELD_SAID = re.compile(
    r"(?:an?\s+|one\s+)?(?:new|extra|additional|another|more)\s+(?:fields?|columns?|attributes?"
    r"|propert(?:y|ies))\s*(?:[:—-]\s*|(?:called|named)\s+)?(?=[a-z])"
)
_MORE_SAID = re.compile(rf"\b(?:{MORE_WORDS}|from now on)\b")
# "…: ring number missing", "…: hood size and jess colour are missing"
_LISTED_MISSING = re.compile(
    r"(?:the\s+)?(?P<f>[a-z][a-z-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[a-z][a-z-]*){0,5}?)"
    r"\s+(?:(?:is|are)\s+)?(?:still\s+)?missing"
)
# "…: also F", "…: plus F": a list said to be more (never "plus one", a guest brought along, nor
# a verb or a pronoun after it: "…: also we need …" is a sentence, read as it is)
_MORE_LISTED = re.compile(
    r"(?:and\s+)?(?:also|plus)\s+(?!(?:one|we|i|you|they|it|he|she|please|pls|can|could|would"
    rf"|should|must|need|needs|want|wants|make|mark|{CHANGE_VERBS}|{COMMAND_VERBS})\b)(?=[a-z])"
)
_GONE_THEN_DROP = re.compile(
    r"^(?:the\s+|our\s+)?(?P<topic>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:are|is)\s+(?:now\s+)?"
    r"(?:gone|obsolete|dead|redundant|history|no\s+longer\s+(?:needed|used)|not\s+(?:needed|used)"
    r"(?:\s+any\s*more)?)\s*[,;—-]\s*(?:so\s+)?(?:please\s+)?"
    r"(?P<rest>(?:drop|delete|remove)\s+(?:the|that|this|their)\s+(?:table|entity|model))"
    r"(?:\s+(?:too|as well|please))?$"
)
# "the Specimen entity is working fine, but could we also store F on it?": the thing praised,
# then a change asked of "it" after "but", as "Specimen: could we also store F on it" says it
_PRAISED_THEN_ASK = re.compile(
    r"^(?:the\s+|our\s+)?(?P<topic>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?:\s+(?:entity|model|table))?\s+(?:(?:is|are)\s+(?:working\s+|doing\s+)?|works?\s+"
    r"|seems?\s+|looks?\s+)(?:really\s+|very\s+|just\s+)?(?:fine|great|good|ok|okay|well"
    r"|nicely|perfect)(?:\s+(?:as\s+(?:it\s+is|they\s+are)|so\s+far|now))?\s*[,;—-]?\s*"
    r"(?:but|though)\s+(?P<rest>.*\b(?:it|them)\b.*)$"
)
_ASKER_WORD = re.compile(
    r"\b(?:please|pls|plz|kindly|we|i|you|also|then|to|can|could|just|now|and|or|so)\b"
)
_GLOSSED_HEAD = re.compile(
    r"^(?P<h>[a-z][a-z0-9 &'/-]{0,60}?)\s*\((?P<g>[a-z][a-z ]{0,30})\)\s*:\s*(?P<rest>\S.*)$"
)
_TOPIC_ROW = re.compile(
    r"^(?P<topic>[a-z][a-z-]*(?: [a-z][a-z-]*)?)\s*\|\s*"
    r"(?P<rest>[a-z][a-z _-]*:\s*[a-z/]+(?:\s*\|\s*[a-z][a-z _-]*:\s*[a-z/]+)+)\s*\|?$"
)
_TOPIC_EQUALS = re.compile(r"^(?P<topic>[a-z][a-z -]{0,40}?)\s+=\s+(?P<rest>[a-z][^=]*,[^=]+)$")
_TOPIC_PARENS = re.compile(
    r"^(?P<topic>[a-z][a-z0-9 '-]{0,40}?)\s*\((?P<rest>[^()]*(?:\([^()]*\)[^()]*)*)\)"
    r"\s*(?:[-—:]\s*)?(?P<after>.*)$"
)
_CLAUSE_START = (
    r"(?:each|every|where each|where every|and each|and every|so|can you|could you"
    r"|can we|could we|please|remove|delete|drop|make|change|rename|add|we|i|it|they|he|she"
    r"|then"
    # "there is a field called nationality on Visitor, can it be optional?": the question
    # about the field just named is a clause of its own, as after a full stop
    # (a type asked after a type said, "… is a whole number, can it be decimal", is one
    # clause: what the field is now, then the change)
    r"|(?:can|could|may) it (?=be (?:optional|required|mandatory|nullable|blank|empty|left "
    r"blank)\b)"
    # "we print a brochure every year, please create a Catalogue entity with …": the ask
    # after the talk ("create date" listed is a field: an article must follow)
    r"|(?:create|set up|build) (?=(?:a|an|the|new)\s)"
    # "every walk is led by one guide, people keep asking whose walk is whose": people, then
    # what they keep doing, is a clause of its own (the reason), not words of the link
    r"|(?:people|everyone|everybody|nobody|no one|staff|guests|customers) (?=(?:keep|kept"
    r"|always|often|never|still|do not|cannot|can not)\s)"
    # ("…; mark it optional": marking says what to mark and how; "score; mark" is a field)
    r"|mark(?=\s+[a-z][a-z ]{0,40}?\s+(?:as\s+)?(?:optional|required|mandatory|compulsory)\b)"
    # ("…, plus one yes/no, meal": the guest brought along is a listed field, no clause)
    r"|get rid|wire|relate|link|also|plus one(?!\s*(?:yes/no|y/n|\(|flag|name|guest|\?|,))"
    # "drop the fax, keep track of mobiles (instead)": a second ask, not more of what goes
    r"|keep track of"
    # "Keep all history; nothing else may be deleted": what must stay is a clause of its own
    r"|nothing (?:else|more)|no other"
    # "the Event entity is badly named, let us rename it to Meetup": a suggestion is the ask
    r"|let us (?=(?:rename|call|remove|delete|drop|change|make|get rid)\b)"
    r"|just (?:get rid|remove|delete|drop|rename|change|make|add|take))\b"
)
# "registration, make, year": a word that could start a clause ("make it optional") but is
# followed at once by the list's next separator is a listed name (a car's make)
# ("trucks with plate, make", "plate, make and seats": a noun that ends the list, or comes
# before its "and", is listed too; "…, delete" at the end is still an ask)
_NOT_LISTED = (
    # (add58: "…, drop-in fee", "…, add-on price": a word joined by a hyphen is a name's)
    r"(?!-[a-z])"
    r"(?!(?:(?<=make)|(?<=change)|(?<=mark))\s*(?:[.!]?\s*$|(?:and|or|&)\s))"
    r"(?!\s*(?:[,;]|\((?:[^()]*)\)\s*(?:[,;]|$)))"
)
_CLAUSE_SPLIT = re.compile(
    # every split starts at a space or one of ,;:- : checked first, as the ~20 ways below are
    # otherwise tried at every letter
    r"(?=[\s,;:-])(?:"
    rf"\s*;\s*(?={_CLAUSE_START}{_NOT_LISTED})|\s*,\s+(?={_CLAUSE_START}{_NOT_LISTED})"
    # ("Job -> Work Order": "work" before a noun is the noun of a name, not the verb of
    # "Driver -> works for Depot")
    r"|\s*->\s*(?=(?:belongs?|has|have|is|are|works?(?=\s+(?:in|for|at|on|with|under)\b)|sits?)\b)"
    r"|,?\s+(?=so (?:that )?(?:i|we|they|you|he|she|it|people|users?)\b)"
    # "we need a discount amount on each invoice, and it can be blank": the field said, then
    # "it" made optional in a clause of its own (as after a bare comma)
    r"|\s*,\s+(?=(?:and|but)\s+(?:it|that one)\s+(?:is\s+|can\s+be\s+|may\s+be\s+"
    r"|should\s+be\s+|could\s+be\s+)?(?:left\s+)?(?:optional|blank|empty|not required"
    r"|not mandatory|nullable)\b)"
    # "… a difficulty rating so patients progress gradually", "… so drivers know": what it is
    # for, said of the people it helps (a bare plural, then what they can do)
    r"|,?\s+(?=so\s+[a-z]{3,}s\s+(?:can|could|will|would|do not|don't|never|always|know|see"
    r"|get|stay|progress|learn|remember|find|notice|understand|stop|keep)\b)"
    # "the fare on Ride is a whole number now but in our city fares have paise, so …": what a
    # field is now, then why it must change
    r"|(?<=\bnow)\s*,?\s+but\s+(?=(?:in|at|for|some|most|many|our|we|they|half)\s)"
    # "a storm hit the marina so the berth fee on Mooring should be optional": what happened,
    # then the change it calls for
    r"|,?\s+(?=so\s+(?:the\s+)?[a-z][a-z ]{0,40}?\s+(?:on|of|for|in)\s+[a-z][a-z -]{0,40}?\s+"
    r"(?:needs? to|should|must|has to|have to)\s+(?:be|become)\s)"
    # "we retired the display so please remove …": the reason, then the ask
    r"|,?\s+(?=so (?:please|pls|can you|could you|just|let us|let's)\b)"
    # said aloud, no stops: "we stopped doing deliveries so take the address off the orders"
    r"|,?\s+(?=so (?:take|remove|delete|drop|get rid of)\s+(?:the|that|this|those|it|them)\b)"
    # "the scales only do whole kilos so can the weight on Parcel be an integer?": the same,
    # asked of the field with no comma before "so"
    r"|\s+(?=so (?:can|could) (?:we (?=(?:remove|drop|delete|make|change|rename|add)\b)"
    r"|(?:the|our|all|each|every) "
    # ("… so can NHS number be optional on Patient?": the field said bare)
    r"|[a-z][a-z ]{0,30}? be (?:optional|required|mandatory|nullable|left (?:empty|blank))\b))"
    # "…, notes (optional) so the context sheet is complete": what it is for
    r"|,?\s+(?=so (?:that )?(?:the|our|my|their|every|each|nothing|nobody|no one)\s"
    r"[a-z ]{1,40}?\s(?:is|are|can|will|stays?|gets?|matches|works|knows?|sees?|has|have"
    r"|remembers?|understands?|finds?|notices?|does not|doesn't|never)\b)"
    # ("…, amount and set at": "set at" ending a list is a field, a time, not an ask)
    # ("…, grade and set date": "set" before a noun that ends the list is a field's word; an
    # ask to set something says what to: "and set the fee to 5")
    # ("… with plate and make": a verb that ends the text has nothing to act on: a field)
    # (add58: "… and drop-in fee", "… and set-up cost": a verb joined by a hyphen to its
    # particle is a noun's word, a listed field, no ask)
    r"|\s+and\s+(?=(?:then\s+)?(?:change|make|rename|remove|delete|drop|set|convert)\b(?!-)"
    r"(?!\s*[.!]?\s*$)"
    # (name57: "… and set date so that I know …": the reason after the list ends it too)
    r"(?!\s+(?:at|on|by)\s*(?:[,.;)]|$))(?!(?<=set)\s+[a-z]+\s*(?:[,.;)]|$|(?:so|because)\s))"
    # "… and mark the postcode as optional" ("score and mark" is a field)
    r"|mark\s+[a-z][a-z ]{0,40}?\s+(?:as\s+)?(?:optional|required|mandatory|compulsory)\b)"
    r"|,?\s+and\s+(?=(?:i|we|he|she|they)\s+(?:would\s+|really\s+|also\s+)*(?:needs?|wants?"
    r"|likes?|loves?)\b)"
    r"|,?\s+and\s+(?=(?:also\s+)?(?:need|want|would like|would love)\b)"
    # (ly62) "I work for a walling company and (the boss says) I must make a system for …":
    # what the writer must make, after who they are, is an ask of its own
    r"|,?\s+and\s+(?=(?:(?:my|the|our)\s+)?(?:[a-z]+\s+(?:say|says|said)\s+(?:that\s+)?)?"
    r"(?:i|we)\s+(?:must|should|have to|need to|got to)\s+(?:make|build|create|set up)\b)"
    # "Add a Club entity with name and city, and link each boat to one club": the link asked
    # after a list is an ask of its own, as is "…, and link repositories and maintainers"
    r"|,\s+and\s+(?=(?:then\s+)?(?:link|relate|connect|associate)\s+(?:(?:each|every|all|the|a|an)\s"
    r"|[a-z-]+s\s+(?:and|to|with)\s))"
    # "link riders and horses, and horses only need a name and age": after the link, another
    # thing and what it needs is a statement of its own
    r"|,\s+and\s+(?!(?:whether|if|it|they|which|that|this|who|when|where|how|what)\b)"
    r"(?=[a-z-]+(?:\s[a-z-]+)?\s+(?:just\s+|only\s+|also\s+)?(?:needs?|has|have)\s+"
    r"(?:just\s+|only\s+)?(?:an?|the|their|its)\s)"
    # "can not find anything lol, need to track books: …": the ask after the complaint
    r"|,\s+(?=(?:need|needs|want|wants)\s)"
    r"|\s+[-—]\s+(?=(?:please\s+)?(?:rename|remove|delete|drop|add|make|change|create|can|could)\b)"
    # "Film (title, runtime) — a festival shows many films": a list in parentheses is whole;
    # a dash after it starts another clause
    r"|(?<=\))\s+[-—]\s+"
    # "each appointment is for one patient - we already have patients in there"
    r"|\s+[-—]\s+(?=(?:we|i|they)\s+(?:already|also|still|just|do|did|have|had|are|were)\b)"
    # "routes with code, depot and stop count - each route has one driver": after a list, a
    # dash before a sentence with its own subject and "one"/"many" states a link of its own
    # (also "… asap - a batch goes in a single tank": a thing counted by "a", a verb of where
    # it is, and its preposition)
    r"|(?<=[a-z])\s+[-—]\s+(?=(?:each|every|a|an)\s+[a-z]+(?:\s[a-z]+)?\s+(?:has|have|belongs"
    r"|is|goes|sits|lives|stays)\s(?:(?:to|in|into|at|on|with)\s+)?(?:exactly\s+|only\s+"
    r"|just\s+)?(?:one|a single|many|several)\b)"
    r"|,\s+(?=for (?:each|every) [a-z-]+ (?:the|their|its|his|her)\s)"
    # "… had a big meeting and the outcome is: we want to log X": the ask after the story
    r"|\s*:\s*(?=(?:we|i)\s+(?:would\s+|really\s+)*(?:want|need|like)\s+to\b)"
    # "Link Container to Vessel: a container is on a single vessel": after a colon, a sentence
    # saying how many of one thing another has is a statement of its own
    r"|\s*:\s*(?=(?:a|an|each|every|one)\s+[a-z-]+(?:\s[a-z-]+)?\s+(?:is|are|has|have|belongs?"
    r"|can have|goes|sits|covers?)\s+(?:(?:on|in|to|for|at)\s+)?(?:one|a single|exactly one|many"
    r"|several|only one)\s)"
    # "a route has one driver, a driver does many routes": a second sentence about another
    # thing, joined with a comma
    r"|,\s+(?:and\s+)?(?=(?:a|an|one|each|every) [a-z-]+ (?:can |may )?[a-z]+\s+(?:in\s+|to\s+)?"
    r"(?:one|many|several|multiple|exactly|only one|a single)\s)"
    # "each talk belongs to one conference; attendees attend many talks": a semicolon before
    # another subject, verb and counted object starts a statement of its own
    # "…, each trench belongs to one site; Find with code, …": a semicolon before a thing and
    # its "with" starts the next thing's declaration
    r"|\s*;\s*(?=[a-z-]+(?:\s[a-z-]+)?\s+with\s)"
    r"|\s*;\s*(?=(?:(?:a|an|one|the)\s)?[a-z-]+ (?:can |may )?[a-z]+\s+(?:one|many|several"
    r"|multiple|exactly|only one|a single)\s)"
    # "scores (title) and players (name), where players can borrow many scores": a
    # relationship said after the lists is a clause of its own
    r"|,\s+(?=where\s+[a-z]+\s+(?:can\s+|may\s+)?[a-z]+\s+(?:many|several|multiple|one"
    r"|a single|exactly one)\s)"
    # "… we now say barge everywhere, can the Ferry entity be called Barge?": a question
    # about a named entity or field is the ask
    r"|,\s+(?=(?:can|could|would) the [a-z-]+(?: [a-z-]+)? (?:entity|table|field|column)\b)"
    # "each pet belongs to one owner and each visit belongs to one pet"
    r"|\s+and\s+(?=(?:each|every) [a-z-]+(?: [a-z-]+)? (?:belongs?|has|have|is|are|can|must"
    r"|should|goes|gets|sits)\b)"
    # "a festival has a name, …; a stage has a name and capacity"
    r"|\s*;\s*(?=(?:(?:a|an|the|each|every) )?[a-z-]+(?: [a-z-]+)? (?:has|have|needs?|gets?)\b)"
    # "I need festivals and films: festival has name, …": a sentence after the colon
    r"|(?<=[a-z]s)\s*:\s*(?=[a-z-]+ (?:has|have) (?!to\b))"
    # "… the caller's phone number, people ring me from all over": what people do to us, said
    # after a list, is why (never a listed name)
    # "I'm setting this up for my dad's practice — he finally wants …": after a dash, someone's
    # wish is a clause of its own (the ask), not more of the story
    r"|\s+[—–]\s+(?=(?:he|she|they|we|i)\s+(?:[a-z]+ly\s+)?(?:wants?|needs?|would like)\s)"
    # "…, and comments - comments can be blank, a lot of people skip that box": how many
    # people leave a field out, said after the list, is why it is optional (never a field)
    # ("loads of ppl skip it": the same, typed in a chat)
    r"|,\s+(?=(?:(?:a lot of|lots of|loads of|most|many|some|half (?:of )?the)\s+)?(?:people|ppl"
    r"|folks|everyone|everybody|nobody|no one)\s+(?:always\s+|often\s+|just\s+|never\s+"
    r"|usually\s+)?(?:skip|skips|ignore|ignores|leave|leaves|forget|forgets|miss|misses"
    r"|fill|fills|bother|bothers)\b)"
    # ("… optional now, loads of the older customers ring up and don't have one": how many of
    # the people do or have something, after a comma, is why)
    r"|,\s+(?=(?:a lot of|lots of|loads of|most of|many of|some of|half(?: of)?)\s+(?:the|our)\s+"
    r"(?:[a-z]+\s+)?[a-z]+s\s+(?:[a-z]+\s+)?(?:do not|never|ring|phone|call|have|use|give)\b)"
    r"|,\s+(?=(?:people|folks|everyone|everybody|someone|somebody)\s+(?:always\s+|often\s+"
    r"|keep\s+|just\s+)?[a-z]+\s+(?:me|us)\b)"
    # "…, and a featured flag, so that the team can pick lead stories": the reason is its own
    # clause (an aside), never part of the last field
    rf"|\s*(?:,|\s[—-])?\s+(?={PURPOSE_START})"
    # "Lessons can now be cancelled, so we need a cancelled flag": after what led to it, the
    # ask is a clause of its own (its fields are not the story's)
    r"|,\s+(?=so\s+(?:i|we)\s+(?:(?:also|now|just|really)\s+)?(?:need|want)\s+(?:an?|some)\s)"
    r")"
)


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause to read: simplified lowercase text, and the topic that owns it."""

    text: str
    original: str  # the segment as written (for business rules)
    topic: str | None  # the topic phrase ("student", "each book"), not yet an entity
    topic_sep: str  # how the topic was attached: ":", "+=", "on", "parens", "dot", ""
    segment: int
    first: bool  # the first clause of its segment
    aside: str = ""  # a reason given for the ask ("so that …"), as written: never fields


# Who asks for the app: the writer, or the person it is for ("my aunt", "she", "the owner")
_ASKER = r"(?:i|we|he|she|they|(?:my|our|the)\s+[a-z]+)"
_CLEFT_COLON = re.compile(
    r"^what\s+(?:i|we)\s+(?:really\s+|actually\s+)?(?:want|need|would like)\s*:\s*"
    r"(?P<rest>[a-z].*)$"
)
_WANTED_TO = re.compile(
    r"^(i|we)\s+(?:wanted|needed)\s+to\s+(?=(?:build|make|create|set up|keep|track|log|record"
    r"|store)\b)"
)
_LIST_WOULD_DO = re.compile(
    r"^(?P<l>[^.!?:]+,[^.!?:]+?)\s+(?:would do it|would do|will do|should do it|should do"
    r"|would be enough|is all (?:we|i) need|are all (?:we|i) need)\s*[.!]?$"
)
_PER_ONE = re.compile(
    r"^per\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s*,?\s+(?=(?:we|i)\s+(?:would\s+|'d\s+)?(?:want|need"
    r"|like|keep|record|track|store)\b)"
)
_MADE_A_THING = re.compile(
    r"\bmake\s+(?P<x>(?:[a-z-]+\s){0,2}[a-z-]+s)\s+(?:an?\s+)?(?:proper\s+)?(?:thing|entity"
    r"|table|model)\s*:(?=[^:]*,)"
)
_FRAME_FOR_EACH_AGAIN = re.compile(
    rf"(?P<a>\b(?:{'|'.join(sorted(SOFT_FRAMES))})\s+of\s+(?P<pl>[a-z-]+s)\s+(?:recording|capturing"
    r"|holding|storing|listing|tracking|with))\s*,\s*for\s+(?:each|every)\s+(?P<x>[a-z-]+)\s*,\s*"
)


def _frame_for_each_again(m: re.Match[str]) -> str:
    return f"{m['a']} " if singular(m["pl"]) == m["x"] else m[0]


_ESTABLISH_ENTITY = re.compile(
    r"^(?:please\s+)?establish\s+(?=(?:an?|the)\s+(?:[a-z-]+\s){0,3}(?:entity|table|model)\b)"
    r"(?!.*\b(?:relationship|relation|link)\b)"
)
_SOON_BEFORE_COLON = re.compile(
    r"(?<=[a-z])\s+(?:asap|a\.s\.a\.p\.?|urgently|urgent|pls|plz)\s*:(?=[^:]*,)"
)
_FOR_EACH_BARE = re.compile(r"^(?:for|on)\s+(?:each|every)\s+(?=(?:we|i)\s)")
_CLEFT_MORE = re.compile(
    r"^what\s+(?:i|we)\s+(?:really\s+|actually\s+)?(?:want|need|would like)\s+to\s+"
    r"(?P<v>keep|track|record|store|log|save|keep track of)\s+is\s+(?=[a-z])"
    r"|^what\s+would\s+(?:really\s+)?(?:help|be (?:great|useful|handy|nice|ideal))\s+is\s+"
    r"(?=(?:an?|some)\s)"
)
# "what I actually need is (to) …", "what we would like is …"
_CLEFT = re.compile(
    r"^(?:anyway,?\s+|so,?\s+|basically,?\s+)?what\s+(?P<who>i|we)\s+(?:[a-z]+ly\s+)?"
    r"(?:need|want|would like|would love|am after|are after|am asking for|are asking for)"
    # (lz63) "what I need first is the customers —": when it is needed is no part of the ask
    r"(?:\s+(?:now|first|first of all|most|above all|to start with|for now|right now|initially))?"
    r"\s+is\s+(?P<to>to\s+)?"
)
# "what I keep track of for each outing is the crew name, …": what is kept of each thing
_CLEFT_EACH = re.compile(
    r"^(?:anyway,?\s+|so,?\s+)?what\s+(?P<who>i|we)\s+(?:[a-z]+ly\s+)?(?:keep track of"
    r"|track|record|keep|log|store|write down|note down|note)\s+(?P<each>(?:for|on|about)\s+"
    r"(?:each|every)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+"
)


_WANT_KEPT_WITH = re.compile(
    r"\b(?P<want>(?:i|we)\s+(?:would\s+|really\s+|also\s+)*(?:want|need|like|would like"
    r"|would love))"
    r"\s+(?P<x>(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?[a-z][a-z -]{0,40}?)\s+"
    r"(?:recorded|stored|kept|tracked|logged|saved|registered|listed|managed|entered|captured)\s+"
    r"(?:in the system\s+|properly\s+)?(?=with\b|:)"
)
_WHEN_ADDED = re.compile(
    r"(?:^|(?<=[,.;:]\s))(?:when|whenever|each time|every time)\s+(?:i|we|someone|staff|they)\s+"
    r"(?:add|register|create|enter|book|take in|sign up|log|record)\s+(?:a|an|one|new|a new)\s+"
    r"(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s*,?\s+(?:i|we|they)\s+(?:always\s+)?(?:need|want"
    r"|record|note|take|ask for|write down|keep)\s+(?:its|their|the)\s+"
)


# (mf64) "every time we finish a job I want to log it: the address, …", "whenever we take a
# booking we need to record it with …": the thing the writer deals with, then "it" logged, is
# the thing kept (it read a thing Time). Verbs of a sale or a loan are left out: what is kept
# then may be the sale ("every time we sell a painting"), and so are verbs done to a thing
# ("every time we service a boiler": the visit may be what is kept)
_WHEN_DONE_LOG_IT = re.compile(
    r"(?:^|(?<=[,.;:]\s))(?:so\s+)?(?:when|whenever|each time|every time)\s+(?:i|we)\s+"
    r"(?:finish|complete|do|take|get|receive|run|hold|carry out|handle|answer|attend)\s+"
    r"(?:a|an|one|the)\s+"
    r"(?P<x>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s*,?\s+"
    r"(?:(?:i|we)\s+(?:would\s+like|'d like|want|need|have)\s+to\s+|please\s+)?"
    r"(?:log|record|track|note|keep|save|store|write down)\s+it\b\s*(?::\s*|(?=with\b))"
)


# "log fridge readings twice a day with taken at, …", "check the bins every week with …": how
# often the things are kept, said between them (a plural) and their list, is no part of either
# ("track each day with steps …" keeps the day: the things are days)
_HOW_OFTEN = re.compile(
    r"(?<=[a-z]s)\s+(?:(?:once|twice|three times|four times|several times|a few times"
    r"|a couple of times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|shift|session"
    r"|hour|term|season)"
    r"|(?:every|each)\s+(?:day|week|month|year|morning|evening|night|weekday|weekend)"
    r"|daily|weekly|monthly|nightly|hourly|fortnightly)(?=\s+with\s)"
)


# "Going forward I'd like to store, for each litter picker, …": when the ask starts to hold,
# said before the person asking, says nothing of what is kept (branch if14)
# "we're calling hirers 'customers' from monday", "rename Trip to Outing from september": the
# day a change starts is no name (it was read as the field's owner September)
_FROM_WHEN_TAIL = re.compile(
    r"\s+(?:starting\s+)?from\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|today|tomorrow|january|february|march|april|june|july|august|september|october"
    r"|november|december|next\s+(?:week|month|year|term|season|quarter|monday|tuesday"
    r"|wednesday|thursday|friday))\s*(?=[.!]?$)"
)
_FROM_NOW_ON = re.compile(
    r"^(?:going forward|from now on|from today|in (?:the )?future)\s*,?\s+(?=(?:i|we)\s)"
)


# "Oh, and also a photo taken flag, enforcement keep asking for it.": one more item said after
# the list, then who wants it; who wants it is a reason, the item is the ask
_ALSO_ITEM_WHO_WANTS = re.compile(
    r"^(?P<item>(?:oh[,!]?\s+)?(?:and\s+)?(?:also|plus)\s+(?:an?|the|one)\s+[^,;:]+?)\s*,\s*"
    r"(?:the\s+|our\s+)?[a-z]+(?:\s[a-z]+)?\s+(?:(?:keeps?|kept)\s+asking|asked|have asked"
    r"|has asked|want|wants|insist|insists)(?:\s+(?:for|about)\s+(?:it|one|that|this|them))?"
    r"\s*[.!]*$"
)


# "Keep noise complaints, noting the complainant name, …", "Log boat launches, recording the
# skipper, …": the things kept, then after a comma what is noted of each is their list
_KEPT_NOTING = re.compile(
    rf"^(?P<head>(?:please\s+)?(?:{MANAGE_VERBS}|keep|note)\s+(?:[a-z-]+\s){{0,3}}?[a-z-]+s)\s*,?\s*"
    r"(?:noting|recording|listing|capturing|logging|storing|saving|writing down|noting down)\s+"
    rf"(?=[a-z][^,]*,|{RUN_LIST_FOLLOWS})"
)


# (ls61) "Water troughs need tracking with F", "quotes for the rebuild jobs need recording: F":
# things said to need keeping, then their list, ask "record X with F" as "X need to be tracked
# with F" does (the gerund was read as the thing, Tracking, or glued to the first field)
_THINGS_NEED_KEEPING = re.compile(
    r"^(?P<x>(?:the |our |all (?:the |our )?)?[a-z][a-z -]{0,40}?[a-z]s"
    r"|(?:each|every) [a-z][a-z -]{0,40}?[a-z]) (?:also |really |now )?needs? (?:proper |careful )?"
    r"(?:tracking|recording|logging|storing|registering|keeping|saving|noting down)"
    r"(?: properly| somewhere| too| as well)?"
    r"(?P<sep>\s*:\s*|,?\s+with\s+|\s+[\u2014\u2013-]\s+)(?=[a-z])"
)


def _things_need_keeping(m: re.Match[str]) -> str:
    """ "record X: " or "record X with " for `_THINGS_NEED_KEEPING`, its list kept as said."""
    return f"record {m['x']}{' with ' if 'with' in m['sep'] else ': '}"


# "… should be called Tenants from now on – it matches the new tenancy agreement": a clause on
# "it" or "that" after a dash says why, as "because it …" would (not a topic before a dash)
_DASH_THEN_WHY = re.compile(
    r"\s+[\u2014\u2013]\s+(?=(?:it|this|that)\s+(?!has\b|needs\b|holds\b|gets\b)"
    r"(?:[a-z]{2,}s|is|was|will|would)\b[^\u2014\u2013,]*$)"
)


# "Take the status off Headstone please – the masons record condition on their own sheets
# now": after a change asked with its verb first, a clause with a subject of its own (people
# in the plural) set off by a dash is why
_CHANGE_DASH_THEN_WHY = re.compile(
    r"^(?:please\s+)?(?:take|remove|drop|delete|rename|make|add|change|get rid of)\s"
    r"[^\u2014\u2013]+?"
    r"(?P<d>\s+[\u2014\u2013]\s+)(?=(?:the|our|all|most)\s+[a-z]+s\s+(?!(?:have|has|need|needs"
    r"|get|gets|hold|holds|and|or)\b)[a-z]{3,}\b[^\u2014\u2013,]*$)"
)


_COUNTED_THINGS_DASH = re.compile(
    r"\b(?P<n>(?:two|three|four|five|a few|several)\s+(?:things|entities|tables|records|kinds of"
    r" record))\s+[\u2014\u2013]\s+"
)


# "can you add a new entity for recitals?": an entity added is a thing created, never a field
# "entity" added to Recital ("a table" only said new: "add a table for each booking" may be one)
_ADD_AN_ENTITY_FOR = re.compile(
    r"\badd (?:a|an|another|one more) (?:(?:(?:new|separate|extra) )?entity|new table)"
    r" for (?=[a-z])"
)
# "Kayak has a hull colour field that nobody uses, so it can go": "it" going after a field said
# is that field removed, as "…, so please remove it" is (never the field declared again)
_SO_IT_CAN_GO = re.compile(r"\bso it (?:can|could|should|may) (?:just )?go(?: now)?$")
# "… as a float instead of an integer on Review", "make rating a float rather than an integer
# on Review": the type a field has now, said between the new type and the owner (only types on
# both sides: "as a gift instead of a sale" is no type)
_OLD_TYPE_BEFORE_OWNER = re.compile(
    rf"(?P<as>\b(?:as (?:an? )?|an? )(?:{TYPE_ALTERNATION}))\s*,?\s+(?:instead of|rather than)"
    r" (?:an? )?"
    rf"(?:{TYPE_ALTERNATION})(?= (?:on|in|for) \S)"
)


# "change born on on Dog to a datetime", "make returned on on Hire optional": the first "on" is
# the date's name ("born on", a day), the second says whose field it is
_DATE_ON_ON = re.compile(
    r"\b(?P<f>[a-z]+(?:ed|en)|born|set|sent|sold|paid|held|kept|met|put)\s+on\s+on\s+(?=[a-z])"
)


# "add one more column advance amount in order table": one more field is a field
_ONE_MORE_FIELD = re.compile(r"\b(?:one|1)\s+more\s+(?P<w>field|column|attribute|property)\s+")


# (llm60) "store every journey the van makes: …", "each delivery the driver does - …": after a
# thing counted, one other thing with its article and a verb of the third person is a relative
# clause with its "that" left out (the verb's own words, "out", "for us", end it): no part of
# the thing, and never the start of the list ("the van makes" was read as a thing VanMake)
_COUNTED_THEN_WHO_DOES = re.compile(
    r"\b(?P<head>(?:each|every) [a-z-]+(?: [a-z-]+)?)"
    r" (?:the|a|an|our|their|his|her|its|my|your) (?P<who>[a-z-]+(?: [a-z-]+)?) (?P<v>[a-z]+s)"
    r"(?: (?:out|up|off|back|for us|with us|for you))?"
    r"(?=\s*(?::|,| with | [-\u2013\u2014] | (?:we|i|they) |$))"
)


def _who_does(m: re.Match[str]) -> str:
    """The thing counted alone when `_COUNTED_THEN_WHO_DOES` holds a noun and a verb."""
    who, verb = m["who"].split()[-1], m["v"]
    head = m["head"].split()
    if len(head) == 3 and head[2].endswith(("ing", "ed")):
        return m[0]  # "every crate leaving the warehouse comes with …": a participle's object
    if verb.endswith("ies"):
        base = f"{verb[:-3]}y"
    elif verb.endswith(("shes", "ches", "sses", "xes", "oes")):
        base = verb[:-2]
    else:
        base = verb[:-1]
    if verb.endswith(("ss", "us", "is")) or who.endswith("s") or is_noun(who) is not True:
        return m[0]
    if not is_verb(base) or is_noun(m["head"].split()[-1]) is not True:
        return m[0]
    return m["head"]


# (llm60) "Our marionettes need an inventory holding F", "the kayaks want a register with F":
# things said to need a list that keeps F are the things kept (it read a thing Inventory);
# "add a snowshoe inventory holding F": a list of things added is a thing made (it read "F in
# stock" as fields added to a thing Stock)
_LISTS_OF = r"(?:inventory|register|registry|list|log|catalogue|catalog|database|tracker|directory)"
_THINGS_NEED_A_LIST = re.compile(
    r"^(?:(?:our|the|all (?:our|the)) )?(?P<x>[a-z-]+(?: [a-z-]+)?s) (?:need|want|should have"
    r"|deserve) (?:a|an) (?:(?:proper|new|simple|little|small|basic|decent) )?"
    + _LISTS_OF
    + r" (?:holding|with|listing|keeping|containing|recording) (?=[a-z])"
)
_ADD_A_LIST = re.compile(
    r"^(?P<lead>(?:please |pls |can you |could you )*)add (?P<a>a|an) (?=(?:[a-z-]+ ){1,2}?"
    + _LISTS_OF
    + r" (?:holding|with|listing|keeping|containing|recording|of) [a-z])"
)


def _things_need_a_list(m: re.Match[str]) -> str:
    """ "keep an inventory of X with " when `_THINGS_NEED_A_LIST`'s X is a plural noun."""
    last = m["x"].split()[-1]
    if singular(last) == last or is_noun(singular(last)) is not True:
        return m[0]
    return f"keep an inventory of {m['x']} with "


# (llm60) "We need for every maker the name, the city, …": the need said before "for every X"
# is the need said after it ("for every maker we need the name, …"); the first field was lost
_NEED_FOR_EVERY = re.compile(
    r"^(?P<who>(?:we|i) (?:(?:would|also|really|will) )*(?:need|want|would like|like) )"
    r"(?P<each>for (?:each|every) [a-z-]+(?: [a-z-]+)?) (?=(?:the|their|its|his|her|a|an) [a-z])"
)
# (llm60) "Could you set something up where each re-voicing job has F", "make somewhere where
# every loan has F": the something set up is the thing each one is, its list said by "each X has
# F" (the first field was lost; "make something where …", "set up something where …" were read)
_SOMETHING_WHERE_EACH = re.compile(
    r"^(?:(?:could|can|would) you (?:please )?|please )?(?:(?:set|put) (?:me |us )?(?:something"
    r"|a (?:system|place|thing|way|page)) up|(?:make|build|create|set up|give) (?:me |us )?"
    r"somewhere) where (?=(?:each|every) [a-z])"
)


# (llm60) "can you add something to track boot fittings - F": something added to keep things
# is those things set up, no field added (it read add_fields with no thing, and lost F's first)
_ADD_SOMETHING_FOR = re.compile(
    r"^(?P<lead>(?:(?:can|could|would) you (?:please )?|please |pls )*(?:also )?)add"
    r" (?=(?:something|somewhere|a (?:place|way|section|thing)) (?:to (?:track|keep|log|record"
    r"|store|manage|hold)|for) [a-z])"
)


# (llm60) "For each story time session could we keep the session date, …?": the keeping asked
# as a question after "for each X" is the keeping said ("for each X we keep …"; nothing was read)
_FOR_EACH_COULD_WE = re.compile(
    r"^(?P<h>(?:for|on) (?:each|every) [a-z-]+(?: [a-z-]+){0,2}),? (?:could|can|would|may)"
    r" (?P<w>we|i) (?:please |also )?(?P<v>keep|record|store|track|log|save|note|have)"
    r" (?=(?:the|a|an|their|its) [a-z])"
)


# (llm60) "when kit comes back we'd like to also store F on each Rental", "whenever a boat is
# hired can you add F": the time said first, with no comma before the ask, is the ask's time
# (read as said with the comma: it read a thing KitComesBack)
_WHEN_THEN_ASK = re.compile(
    r"^(?:(?:but|and|so) )?(?P<w>when(?:ever)? (?!(?:we|i|you)\b)[a-z' -]{3,50}?)"
    r" (?=(?:we|i)(?: would| also| really| now)* (?:like|love|want|need) to "
    r"|(?:please|can you|could you|would you) )"
)


# (ls61) "people keep walking off with the strimmer", "the kids keep on losing them": what
# someone other than the writer keeps doing (a habit, "keep" and a verb in -ing) is a complaint,
# never "keep" as in keeping records ("we keep training logs with …" is the writer's own)
_HABIT_TALK = re.compile(
    r"^(?!(?:we|i|you)\b)(?:[a-z'-]+\s+){1,3}?(?:keeps?|kept)\s+(?:on\s+)?[a-z]{3,}(?:ing|in)\b"
    # (what follows is a particle, an object's article or pronoun, or nothing: "keeps opening
    # hours" names what a place keeps)
    r"(?=\s+(?:off|away|out|up|on|in|back|about|around|over|for|to|with|the|a|an|their|our|my"
    r"|his|her|its|it|them|me|us|him|this|that|these|those)\b|\s*[,.!?;]|\s*$)",
    re.I,
)


# (ls61) "we want to write that down somewhere", "could someone jot it down": a verb of noting
# with its particle after a pronoun is "record that" (the particle was read as a thing: Down,
# DownSomewhere)
_PRONOUN_DOWN = re.compile(
    r"\b(?P<v>write|jot|note|put|take|set)\s+(?P<p>it|that|this|them|those|these|everything)"
    r"\s+down\b"
)


# (ls61) "The treasurer wants annual rent called yearly fee on Plot", "he would like the rink
# name called venue", "I want the 'qty' called quantity": a field wished called a name, "to be"
# left out, is renamed to it (the wish was read into the old name, treasurer_wants_annual_rent,
# and accepted); never "we want a field called notes" or "a new entity called Drill", which add
_WANTS_CALLED = re.compile(
    # (what someone else prefers is only reported, as `_REWORDED` reads it: chg30)
    r"^(?:(?:he|she|they|(?:the|our|my) [a-z]+(?: [a-z]+)?) (?:would |really )?(?:likes?|wants?"
    r"|would like) (?!(?:a|an|one|some|another|any|new|something|it|them"
    r"|this|that|these|those|us|me|him|her|everything|all)\b)(?P<old>[a-z'\"][^,;]{0,50}?)"
    r"(?: to be)?"
    # (the writer's own wish said with "to be" is read as it was: changes.py `_REWORDED`)
    r"|(?:i|we) (?:would |really )?(?:like|want|prefer|would like|would prefer) (?P<old2>(?:the )?"
    r"'[^']{1,40}'|(?:the )?\"[^\"]{1,40}\"|the (?!(?:same|new|next|other)\b)[a-z][^,;]{0,50}?)"
    r"(?<! to be))"
    r" (?:called|named|renamed(?: to| as)?) (?=[a-z'\"])"
)


# (ls61) "he does not like 'annual rent', he wants it called 'yearly fee' on the plots": a
# name disliked, then "it" wished called another, is "rename 'annual rent' to 'yearly fee'"
# (the wish was read as the old name, he_wants_it)
_DISLIKED_THEN_CALLED = re.compile(
    r"(?:^|(?<=[,;:.-] ))(?:he|she|they|we|i|(?:the|our|my) [a-z]+) (?:does|do|did) not like "
    r"(?:the )?"
    r"(?P<old>'[^']{1,40}'|\"[^\"]{1,40}\")\s*[,;-]?\s+(?:(?:so|and|but) )?(?:he|she|they|we|i)"
    r" (?:would |really )?(?:wants?|likes?|prefers?|would like|would prefer) (?:it|that) "
    r"(?:to be )?(?:called|named|renamed(?: to)?) (?=['\"])"
)


# (ls61) "we have the field has_shed but …, so please remove this field from Plot": a field
# named as one ("the field F", "a column called F"), then "this field" taken off a thing said
# with the removal, is F taken off it (the pointer found no field: nothing was read)
_FIELD_THEN_THIS_FIELD = re.compile(
    r"\b(?P<head>(?:the|a|an) (?:field|column) (?:called |named )?)"
    r"(?P<f>[a-z][a-z_]*(?: [a-z][a-z_]*)?)"
    r"(?P<mid>(?:,| )[^.?!]{0,200}?\b(?:remove|delete|drop|get rid of|take out) )(?:this|that)"
    r" (?:field|column)(?= (?:from|on|off) [a-z])"
)


# (ls61) "we also record the battery health on every repair job (as a percentage) and the motor
# brand": a field kept on each thing, then "and" one more said in the singular, is a second
# field of that thing ("record F (note) and G on every X"; it read a thing MotorBrand, or lost
# G, and the note said after the thing was no type)
_FIELD_ON_EACH_AND = re.compile(
    r"\b(?P<v>record|store|keep|track|log|capture|note) (?P<f>(?:the |a |an )?[a-z][a-z -]{0,30}?)"
    r" (?P<on>on|for) (?P<x>(?:every|each) [a-z][a-z -]{0,30}?)(?P<note> \([^()]{1,40}\))?"
    r"(?: and (?P<g>(?:the |a |an |its |their )?[a-z][a-z -]{0,30}?[a-z]))?(?P<end>[.!]?)$"
)


def _field_on_each_and(m: re.Match[str]) -> str:
    """ "record F (note) and G on every X" for `_FIELD_ON_EACH_AND`, when G is said in the
    singular (a plural, "and the couriers", may be things of their own: left as said), or
    "record F (note) on every X" when no G is said."""
    if m["g"] is None:
        # "record F on every X (as a percentage)": the note said after the thing is F's
        return f"{m['v']} {m['f']}{m['note']} {m['on']} {m['x']}{m['end']}" if m["note"] else m[0]
    last = m["g"].split()[-1]
    if singular(last) != last or m["g"].split()[0] in ("every", "each"):
        return m[0]
    return f"{m['v']} {m['f']}{m['note'] or ''} and {m['g']} {m['on']} {m['x']}{m['end']}"


# (ls61) "Margaret says remarks can be left blank if …", "Keith reckons the fee should be
# optional": someone named bare, then what they say a field may or must be, is that said (it
# read a thing Margaret, and the marker was lost)
# (ly62) "boss say I must make a system for stone batches", "manager says we need a …": a
# role said bare (no "my", as in notes and non-native English), then what the writer must do,
# is who asked; the ask is the writer's (it read "boss say" into the sentence and lost the
# thing's first word)
_NAMED_SAYS = re.compile(
    r"^[a-z]+ (?:says|said|insists|thinks|reckons) (?:that )?(?=(?:the )?[a-z]+(?: [a-z]+)? "
    r"(?:can|could|may|should|must|needs? to|has to) (?:be|stay)\b)"
    r"|^[a-z]+ (?:say|says|said|tells me|told me) (?:that )?(?=(?:i|we) (?:must|should|need"
    r"|have to|has to|got to) )"
)


# (ly62) "…by accident, it really should be a number": how sure the writer is, between "it"
# and its modal, says nothing of the change ("it should be …" was read; with "really", nothing)
_PRONOUN_SURE_MODAL = re.compile(
    r"\b(?P<s>it|that|this|they|these|those)\s+(?:really|actually|definitely|honestly|truly"
    r"|clearly|obviously|surely)\s+(?=(?:should|must|needs? to|has to|have to|ought to)\s)"
)


# (ly62) "we don't need an app, just a spreadsheet of clients", "I do not want a fancy website,
# only a list of members": the software the writer does not want is no field taken off the
# things; what they want instead is the ask (it read remove_fields Client(app), accepted)
_NOT_A_FRAME_JUST = re.compile(
    r"^(?:(?:we|i)\s+(?:do not|don't|dont|really don't|really do not)\s+(?:need|want)"
    r"|(?:there is\s+)?no need for)\s+(?:an?|any|the)\s+(?:(?:fancy|big|whole|proper|new|full)\s+)?"
    r"(?:app|application|website|web site|site|system|software|database|program|programme"
    r"|platform|portal|tool)\s*,?\s+(?:just|only|simply|merely)\s+(?=(?:an?|the|some)\s)"
)


# (ls61) "record plot inspections properly instead of on Margaret's clipboard", "… instead of
# in the diary": where things are kept today, said after the keeping, names no thing (it read
# a thing Clipboard with "plot inspections properly instead of" as a field)
_INSTEAD_OF_ON = re.compile(
    r"\b(?P<kept>(?:record|keep|track|log|store) [^,;:.]{1,60}?) instead of (?:on|in)"
    r" (?:the |a |an |our |my |his |her |their |[a-z]+'s )?[a-z]+(?: [a-z]+)?(?=[.!]?$)"
)


# (ls61) "Replace the paper job cards with a RepairJob entity with just:", "replace our
# booking spreadsheet with a Booking table": the paper or file kept today, swapped for a thing,
# asks to create the thing (it read a thing TicketNumber from the first bullet)
_REPLACE_PAPER_WITH = re.compile(
    r"^(?:please\s+)?replace\s+(?:the\s+|our\s+|my\s+|all\s+(?:the\s+|our\s+)?)?"
    r"(?:[a-z-]+\s+){0,3}?(?:cards?|forms?|sheets?|books?|notebooks?|spreadsheets?|clipboards?"
    r"|whiteboards?|diary|diaries|ledgers?|folders?|binders?|excel|paperwork|slips?|logbooks?)"
    r"\s+with\s+(?=(?:an?|the)\s+[a-z])"
)


# a sentence of its own is talk only when the verb goes on with its particle ("walking off
# with …", "running away with …"): where "with" was read as a thing's list
_PARTICLE_NEXT = re.compile(r"\s+(?:off|away|out|around|about|back)\b")


@lru_cache(maxsize=4096)
def simplify(text: str) -> str:
    """Lowercase text with talk around the request removed (see the module docstring)."""
    s = " ".join(text.lower().split())
    if "each " in s or "every " in s:
        s = _COUNTED_THEN_WHO_DOES.sub(_who_does, s)
    if holds_any(s, ("deserve", "need", "should have", "want")):
        s = _THINGS_NEED_A_LIST.sub(_things_need_a_list, s)
    if " for each " in s or " for every " in s:
        s = _NEED_FOR_EVERY.sub(r"\g<each> \g<who>", s)
    if " where " in s:
        s = _SOMETHING_WHERE_EACH.sub("", s)
    if s.startswith(("for each ", "for every ", "on each ", "on every ")):
        s = _FOR_EACH_COULD_WE.sub(r"\g<h> \g<w> \g<v> ", s)
    if "add some" in s or "add a " in s:
        s = _ADD_SOMETHING_FOR.sub(r"\g<lead>set up ", s)
    if holds_any(s, ("add ",)):
        s = _ADD_A_LIST.sub(r"\g<lead>create \g<a> ", s)
    if "decimal" in s or "fraction" in s or "cents" in s or "pence" in s:
        s = _PARENS_NOTE.sub(_fraction_note, s)  # before any rule takes a bracket apart
    if "also" in s or "plus" in s:
        s = _ALSO_ITEM_WHO_WANTS.sub(lambda m: m["item"], s)
    if "ing " in s:
        s = _KEPT_NOTING.sub(lambda m: f"{m['head']} with ", s)
    if " need" in s:
        s = _THINGS_NEED_KEEPING.sub(_things_need_keeping, s)
    if " field" in s or " column" in s:
        s = _FIELD_THEN_THIS_FIELD.sub(r"\g<head>\g<f>\g<mid>\g<f>", s)
    if " every " in s or " each " in s:
        s = _FIELD_ON_EACH_AND.sub(_field_on_each_and, s)
    if holds_any(
        s,
        ("really", "actually", "definitely", "honestly", "truly", "clearly", "obviously", "surely"),
    ):
        s = _PRONOUN_SURE_MODAL.sub(r"\g<s> ", s)
    if " just " in s or " only " in s or " simply " in s or " merely " in s:
        s = _NOT_A_FRAME_JUST.sub("we need ", s)
    if rx(r"^[a-z]+ (?:say|says|said|insists|thinks|reckons|tells me|told me) ").match(s):
        s = _NAMED_SAYS.sub("", s)
    if " instead of " in s:
        s = _INSTEAD_OF_ON.sub(r"\g<kept>", s)
    if s.startswith(("replace ", "please replace ")):
        s = _REPLACE_PAPER_WITH.sub("create ", s)
    if " down" in s:
        s = _PRONOUN_DOWN.sub(r"record \g<p>", s)
    if " on on " in s:
        s = _DATE_ON_ON.sub(r"\g<f>_on on ", s)
    if "more " in s:
        s = _ONE_MORE_FIELD.sub(r"a \g<w> ", s)
    if "\u2014" in s or "\u2013" in s:
        s = _DASH_THEN_WHY.sub(", because ", s)
        # "we need two things – Contractor (…) and Excavation (…)": the dash is the colon
        s = _COUNTED_THINGS_DASH.sub(r"\g<n>: ", s)
        if m := _CHANGE_DASH_THEN_WHY.match(s):
            s = f"{s[: m.start('d')]}, because {s[m.end('d') :]}"
    if "'" in s:
        for pattern, replacement in _CONTRACTIONS:
            s = pattern.sub(replacement, s)
    if " like " in s and " not like " in s:
        s = _DISLIKED_THEN_CALLED.sub(r"rename \g<old> to ", s)
    if " called " in s or " named " in s or " renamed " in s:
        s = _WANTS_CALLED.sub(lambda m: f"rename {m['old'] or m['old2']} to ", s)
    if holds_any(s, ("from now on", "from today", "future", "going forward")):
        s = _FROM_NOW_ON.sub("", s)
    if "when" in s:
        s = _WHEN_THEN_ASK.sub(r"\g<w>, ", s)
    if "from " in s:
        s = _FROM_WHEN_TAIL.sub("", s)
    if holds_any(s, ("ask", "tell")):
        s = _ASK_THE_TOOL.sub("", s)
    if holds_any(s, ("and",)):
        s = _AND_FOR_EACH.sub(", ", s)
    if holds_any(s, ("one",)):
        s = _KEPT_FOR_EACH_ONE.sub(lambda m: f"{m['head']} with ", s)
    s = _FOR_PLACE_COMMA_TO.sub(lambda m: f"{m['p']} ", s)
    s = _WITH_LEADS.sub("", s)
    # "… should be a date, not free text — please amend": the change said, then a bare call
    # to make it, pointing at nothing new
    if holds_any(s, ("kindly", "please", "pls", "plz")):
        s = _PLEASE_AMEND.sub("", s)
    # "A quiz night needs several volunteers": needing many of a thing is having them, a link
    if holds_any(s, ("need", "require")):
        s = _NEEDS_SEVERAL.sub(lambda m: f"{m['a']} has ", s)
    if holds_any(s, ("need", "require")):
        s = _NEEDS_ONE.sub(lambda m: f"{m['a']} has ", s)
    # "is there a many to many between Dancer and Routine? if not can you add one", "how do I
    # give a Gig a single band?": a beginner asking for a link asks for it
    if holds_any(s, ("do we have", "have we got", "is there")):
        s = _IS_THERE_LINK.sub(lambda m: f"{m['k']} between ", s)
    if holds_any(s, ("give",)):
        s = _HOW_GIVE.sub(lambda m: f"each {m['x']} has {m['n']} ", s)
    # "phone number is not required for runners", "… should not be mandatory on Kennel": not
    # required is optional (as "… is optional for runners" says it)
    if holds_any(s, ("compulsory", "mandatory", "obligatory", "required")):
        s = _NOT_REQUIRED_FOR.sub(
            lambda m: f"{m['f']} {m['v']} {'be ' if m['v'] in ('should', 'must') else ''}optional",
            s,
        )
    # "What I want: graduates with …": the ask, clefted before a colon, heads nothing
    if holds_any(s, ("what",)):
        s = _CLEFT_COLON.sub(lambda m: f"i need {m['rest']}", s)
    # "… for the Christmas hampers? For each we'd want the …": "each" alone, then who wants,
    # is "each one" of the things just named
    if holds_any(s, ("each", "every")):
        s = _FOR_EACH_BARE.sub("for each one ", s)
    # "sessions for the tattoo studio asap: client, …": how soon, before the list's colon, is
    # no word of what heads it
    if ":" in s:
        s = _SOON_BEFORE_COLON.sub(":", s)
    # "Item name, size, price and condition would do it.": a list said to be enough is the list
    if " do" in s or "enough" in s or " all " in s:
        s = _LIST_WOULD_DO.sub(lambda m: m["l"], s)
    # "Per visit we want the vet name, …": "per" is "for each"
    if holds_any(s, ("keep", "like", "need", "record", "store", "track", "want")):
        s = _PER_ONE.sub(lambda m: f"for each {m['x']} ", s)
    # "Can we make test devices a thing: F, G": what is made a thing is kept
    if "make " in s:
        s = _MADE_A_THING.sub(lambda m: f"track {m['x']}:", s)
    # "a register of Tenders recording, for each Tender, its reference, …": the things said
    # again for each one between commas
    if " of " in s and ("for each" in s or "for every" in s):
        s = _FRAME_FOR_EACH_AGAIN.sub(_frame_for_each_again, s)
    # "Establish a Customs Declaration entity with …": a thing marked as an entity is created
    if holds_any(s, ("establish",)):
        s = _ESTABLISH_ENTITY.sub("create ", s)
    # "I wanted to build a little app for my sightings: …": the wish said in the past is the ask
    if holds_any(s, ("needed", "wanted")):
        s = _WANTED_TO.sub(r"\1 want to ", s)
    if holds_any(s, ("i mean", "or rather", "sorry")):
        s = _CORRECTION.sub("", s)
    if holds_any(s, ("with",)):
        s = _HOW_OFTEN.sub("", s)
    # "a genotype (we do not always know it, so that one is optional)": a note that gives a
    # reason, then concludes "so it is optional", marks its item optional, as "(optional)" does
    if "field" in s or "column" in s or "attribute" in s:
        s = _MARKED_FIELDS.sub(_marked_fields, s)
    if holds_any(s, ("blank", "empty", "not required", "nullable", "optional")):
        s = _NOTE_SO_OPTIONAL.sub("(optional)", s)
    if holds_any(s, ("blank", "empty", "not required", "nullable", "optional")):
        s = _BUT_SO_OPTIONAL.sub(" (optional)", s)
    if "more" in s:
        s = _MORE_LATER.sub("", s)
    if holds_any(s, ("you",)):
        s = _YOU_DO.sub(lambda m: (m["p"] or "") + (m["t"] or ""), s)
    if holds_any(s, ("for each", "for every")):
        s = _MORE_AFTER_EACH.sub(r"\g<v>\g<a> and \g<b> \g<each>", s)
    if _TERSE_LIST.match(s):
        s = _ASKED_LAST.sub(_asked_last, s)
    # "(both as date and time)", "(so date and hour)": inside a note, one type (its "and"
    # joins no two things)
    if holds_any(s, ("date ",)):
        s = rx(r"(\([^()]*?)\bdate (?:and|&) (?:time|hour)\b(?=[^()]*\))").sub(r"\1datetime", s)
    # "Ferry app, part two: vessels with …": which part of the work this is names nothing
    if holds_any(s, ("continued", "follow", "part ", "round two")):
        s = rx(
            r"^([a-z][a-z -]{0,40}?)\s*(?:,|\s[—-])\s*(?:part (?:two|three|four|2|3|4|ii|iii)"
            r"|continued|round two|follow[- ]up)\s*(?=:)"
        ).sub(
            r"\1",
            s,
        )
    # "Honestly not sure how to phrase this but we need …": talk about asking, before the ask
    if holds_any(s, ("sure how to ",)):
        s = rx(
            r"^(?:honestly,?\s+|to be honest,?\s+)?(?:i a"
            r"m\s+)?not (?:really\s+|quite\s+)?sure how to"
            r" (?:phrase|say|put|explain|word|ask)\s+(?:this|it)\s*(?:,\s*|\s+)(?:but\s+)?"
        ).sub(
            "",
            s,
        )
    # "what I actually need is to keep track of X", "what we keep for each X is F": a cleft
    # that fronts the ask says what the plain sentence says
    if holds_any(s, ("what",)):
        s = _CLEFT_EACH.sub(lambda m: f"{m['each']} {m['who']} need ", s)
    if holds_any(s, ("what",)):
        s = _CLEFT.sub(lambda m: "" if m["to"] else f"{m['who']} need ", s)
    # "Name, breed and weight is all we need", "… are all she looks at": the list, then
    # that it is all, says the list
    if holds_any(s, ("all", "everything")):
        s = rx(
            r"^(?P<list>[^,:;]+(?:,|\sand\s)[^:;]+?)\s+(?:is|are)\s+(?:all|everything)\s+(?:that\s+)?"
            r"(?:i|we|he|she|they|you|(?:my|our|the|his|her)\s+[a-z]+)\s+(?:really\s+|ever\s+|actually\s+)*(?:need|needs|want|wants"
            r"|look at|looks at|care about|cares about|use|uses|check|checks)\b[^,;]*$"
        ).sub(
            r"\g<list>",
            s,
        )
    # (mix59) "email and first name is all, plus a signup date", "name and phone is all": "is
    # all" said bare after the list ends it (what may follow is one more item, "plus …")
    if holds_any(s, ("all",)):
        s = rx(
            r"^(?P<list>[^,:;]+(?:,|\sand\s)[^:;]+?)\s+(?:is|are)\s+all(?:\s+(?:really|please))?"
            r"(?P<more>\s*,\s*(?:plus|and|oh and|and also)\s+[^,;]+)?\s*[.!]?$"
        ).sub(
            lambda m: m["list"] + (m["more"] or ""),
            s,
        )
    # "Every pay run we process should be recorded somewhere - period end, …": each thing
    # (that we handle) wished kept, then its list, asks to keep it with that list
    s = rx(
        r"^(?P<e>(?:each|every) [a-z]+(?: [a-z]+)?)(?: (?:that )?(?:we|i|they) [a-z]+)? (?:should"
        r"|must|needs? to|has to) be (?:recorded|logged|kept|tracked|stored|saved|registered)"
        r"(?: somewhere| in the system| properly)?\s*(?:with\s|:\s*|[—-]\s+)"
    ).sub(
        r"record \g<e> with ",
        s,
    )
    # "Parcels need to be logged with …", "orders have to be tracked with …": a need said of the
    # things kept asks what "parcels should be logged with …" asks
    if holds_any(s, ("have to", "need to")):
        s = rx(
            r"^(?P<x>(?:the |our |all (?:the |our )?)?[a-"
            r"z][a-z -]{0,40}?[a-z]s) (?:need to|have to)"
            r" be (?P<v>recorded|logged|kept|tracked|stored|saved|registered)(?=\s+with\s)"
        ).sub(
            r"\g<x> should be \g<v>",
            s,
        )
    # (llm60) "Repair quotes should be tracked with F", "voicing sessions must be recorded with
    # F": things named by two or three words, wished kept with a list, ask "record X with F"
    # (one word, "Parcels should be logged with …", was read already; two were read as nothing)
    if holds_any(s, (" with ",)):
        s = rx(
            r"^(?:(?:the|our|all(?: the| our)?) )?(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*){1,2}?[a-z]s)"
            r" (?:should|must|shall|will|needs? to|has to|have to) (?:also )?be (?:recorded|logged"
            r"|kept|tracked|stored|saved|registered)(?: somewhere| in the system| properly)?"
            r" with (?=[a-z][^,]*(?:,|\band\b))"
        ).sub(
            r"record \g<x> with ",
            s,
        )
    # "Nobody uses the Feedback table, remove it", "we never use the locker entity any more so
    # delete it": the thing no one uses, then "it" removed, is the removal of that thing
    if holds_any(s, ("entity", "model", "table")):
        s = rx(
            r"^(?:nobody|no one|we (?:do not|never|no longer)|(?:the )?staff (?:do not|never))"
            r" (?:uses?|touch(?:es)?|looks? at) (?P<x>the [a-z]+(?: [a-z]+)?"
            r" (?:table|entity|model))(?: any ?more| anym"
            r"ore)?,? (?:so )?(?:please |just |you can )?"
            r"(?P<v>remove|delete|drop|get rid of|bin|scrap) (?:it|that)(?: please)?[.!]?$"
        ).sub(
            lambda m: f"{m['v']} {m['x']}",
            s,
        )
    # "Members should not have a phone anymore": a value things must not have (said with an
    # article) is taken off them, as "members no longer need a phone" says ("should not have
    # access to payroll", "must not store card numbers" are rules, and stay as they were)
    if holds_any(s, (" not ",)):
        s = rx(
            r"^(?P<x>(?:the |our |all (?:the |our )?)?[a-z]+(?: [a-z]+)?s) (?:should|must|shall)"
            r" not (?:have|need) (?P<f>(?:an?|the) [a-z]+(?: [a-z]+){0,2}?)"
            r"(?: (?:any ?more|any longer|from now on|now))?[.!]?$"
        ).sub(
            lambda m: f"{m['x']} no longer need {m['f']}",
            s,
        )
    # "Repairs can be marked as urgent", "customers can be flagged as trade customers": a mark
    # a thing can be given is a yes/no of its own, asked of the things said ("need" adds it)
    if holds_any(s, ("flagged", "marked", "tagged", "ticked")):
        s = rx(
            r"^(?P<x>(?:the |our |all (?:the |our )?)?[a-z]+(?: [a-z]+)?s) (?:can|could|should|must"
            r"|may|need to|have to) (?:now |also )?be (?:marked|flagged|tagged|ticked) as (?:an? )?"
            r"(?P<y>[a-z]+(?: [a-z]+)?)[.!]?$"
        ).sub(
            lambda m: f"{m['x']} need an {singular(m['y'])} flag",
            s,
        )
    # "kegs should know which tap room they are in", "each booking needs to know which room
    # it is for": the one place a thing is in, known to it, is a link to that place
    if holds_any(s, (" know which ",)):
        s = rx(
            r"^(?:(?:each|every|the|our|all (?:the |our )?)\s+)?(?P<x>[a-z]+(?: [a-z]+)?)"
            r" (?:should|must|needs? to|has to|have to) know which (?P<y>[a-z]+(?: [a-z]+)?)"
            r" (?:it|they) (?:is|are|sits?|lives?|belongs?) (?:in|at|on|for|to)[.!]?$"
        ).sub(
            lambda m: f"each {singular(m['x'])} is in one {m['y']}",
            s,
        )
    # "start time is a timestamp btw": a field named bare, then the type it is, says what
    # "the start time is a timestamp" says
    s = rx(
        r"^(?!(?:the|a|an|it|this|that|these|those|each|every|our|my|its|their|there|what)\b)"
        r"(?=[a-z]+(?: [a-z]+){0,2} (?:is|are) (?:a |an )?(?:int|integer|float|double|decimal"
        r"|string|str|text|bool|boolean|date|datetime|timestamp|number|money|currency)s?\b"
        r"(?:\s+(?:btw|by the way|too|as well))?[.!]?$)"
    ).sub(
        "the ",
        s,
    )
    # "the vet said to also write down the microchip code": one more field, asked for by
    # someone the writer quotes
    if holds_any(s, ("asked", "said", "says", "told ")):
        s = rx(
            r"^(?:the|my|our|his|her) [a-z]+(?: [a-z]+)? (?:said|says|asked|told (?:me|us))"
            r" (?:(?:me|us) )?(?:we should |to )(?:also )?(?:write down|record|note down|keep|log"
            r"|store|take down) (?P<x>(?:the|a|an|their|its) [a-z]+(?: (?!(?:to|on|in|for|from"
            r"|of)\b)[a-z]+){0,3})[.!]?$"
        ).sub(
            r"\g<x> too",
            s,
        )
    # (lr61) "my groomers keep asking me to also note down the coat condition on each dog",
    # "the vets have asked us to record …": people asking the writer to keep a value wish it
    # kept, as "we would like to …" says (nothing was read); only with the value's article
    # ("asked me to write down what we need" asks for the request; "… to track tips per
    # appointment so …" is the reason for an ask that follows)
    s = rx(
        r"\b(?:the|my|our|his|her|their) [a-z]+(?: [a-z]+)? (?:(?:keep|keeps|kept|have been"
        r"|has been) asking|(?:have |has )?asked) (?:me|us) to (?=(?:also )?(?:log|record|track"
        r"|keep|store|save|register|note down|write down|jot down|note|capture) (?:the|a|an"
        r"|their|its) )"
    ).sub(
        "we would like to ",
        s,
    )
    # "I'd like him to log meter readings …", "we want staff to record …": who will keep
    # them says nothing about what is kept ("I want the members to also store F" gives them F)
    s = rx(
        r"\b(?P<w>(?:i|we) (?:would like|would love|want|need)) (?:him|her|them|staff|everyone"
        r"|people|(?:the|our|my) [a-z]+(?: [a-z]+)?) to (?=(?:log|record|track|keep"
        r"|store|enter|save|register|note down|write down)\s)"
    ).sub(
        r"\g<w> to ",
        s,
    )
    # "each issue has loads of contributors": a loose word for how many is "many"
    if holds_any(s, ("a bunch", "a lot", "a ton", "heaps", "loads", "lots", "plenty", "tons")):
        s = rx(
            r"\b(?P<v>has|have|can have|gets|get|holds|hold|writes for|write for)\s+(?:loads|lots"
            r"|a lot|tons|heaps|plenty|a bunch|a ton)\s+of\s+(?=[a-z]+s\b)"
        ).sub(
            r"\g<v> many ",
            s,
        )
    # "Bidders must be extended with: band date, …": the colon after the verb of extending
    # sets off what it is extended with, never a heading naming a thing to make
    if holds_any(s, ("amended", "enhanced", "expanded", "extended")):
        s = rx(
            r"\b(?P<v>(?:extended|expanded|amended|enhanc"
            r"ed)\s+(?:with|by adding|to include))\s*:\s*"
            r"(?=[a-z])"
        ).sub(
            r"\g<v> ",
            s,
        )
    # "create: Meeting (date, committee) and AgendaItem (title)", "Club app, please create:
    # …": a verb of making before a colon heads what it makes, as the verb alone does ("Build:"
    # and "Make:" may name a thing kept, a CI build or a car make, and stay as they are)
    if holds_any(s, ("create", "set up")):
        s = rx(
            r"(?:^|(?<=,\s)|(?<=[-\u2014]\s))(?P<v>(?:please\s+)?(?:create|set up))\s*:\s*"
            r"(?=[a-z])"
        ).sub(
            r"\g<v> ",
            s,
        )
    # "Council meetings app, create …": the system named first, then a comma before the verb
    # that makes its things, heads them as "Council meetings app: create …" does
    s = rx(
        r"^(?P<frame>(?:[a-z-]+\s+){0,3}"
        rf"(?:{'|'.join(sorted(SYSTEM_WORDS, key=len, reverse=True))}))\s*,\s+"
        r"(?=(?:please\s+)?(?:create|build|set up|make)\s+(?!(?:it|this|that|them|sure)\b)[a-z])"
    ).sub(
        r"\g<frame>: ",
        s,
    )
    # "…, though it is optional": said of the field just asked for, as "…, but it is optional"
    if holds_any(s, ("though",)):
        s = rx(
            r",\s+though\s+(?=(?:it|that one)\s+(?:is\s+|can\s+be\s+|may\s+be\s+|should\s+be\s+"
            r"|could\s+be\s+)?(?:left\s+)?(?:optional|blank|empty|not required|not mandatory"
            r"|nullable)\b)"
        ).sub(
            ", but ",
            s,
        )
    # "our tutors work with lots of students", "a venue hosts loads of gigs": the same loose
    # word after a subject and its verb (and its preposition) that open the clause
    if holds_any(s, ("a bunch", "a lot", "a ton", "heaps", "loads", "lots", "plenty", "tons")):
        s = rx(
            r"^(?P<pre>(?:(?:our|the|my|their|a|an|each|every|one)\s+)?[a-z]+\s+(?!(?:is|are|was"
            r"|were|and|or)\b)[a-z]+(?:\s+(?:with|to|in|on|at|for|into|from|through))?)\s+(?:loads"
            r"|lots|a lot|tons|heaps|plenty|a bunch|a ton)\s+of\s+(?=[a-z]+s\b)"
        ).sub(
            r"\g<pre> many ",
            s,
        )
    # "a place to keep permits on file": "on file" / "on record" is how they are kept (kept),
    # no thing called File
    if holds_any(s, ("file", "record")):
        s = rx(
            r"\b(?P<v>keep|store|have|hold)\s+(?P<x>[a-z][a-z ]{0,40}?)\s+on (?:file|record)"
            r"(?=\s*(?:[.,:;!?—-]|$|(?:with|for|so)\b))"
        ).sub(
            r"\g<v> \g<x>",
            s,
        )
    # "he finally wants his patients on the computer", "we want the tattoo designs on the
    # computer": things wanted in the system are to be kept there
    if holds_any(
        s,
        (
            "in a database",
            "in a system",
            "in an app",
            "in the database",
            "in the system",
            "on a computer",
            "on the app",
            "on the computer",
            "on the system",
        ),
    ):
        s = rx(
            r"(?<!\bnot )(?<!\bnever )(?<!\bno longer )(?<!n't )"  # ("we don't need the X in …")
            r"\b(?:(?:finally|really|now|just|also)\s+)?(?"
            r"P<w>wants?|needs?|would like)\s+(?:his|her"
            r"|their|our|my|the|all (?:the|our)"
            r")\s+(?P<x>(?:[a-z]+ )?[a-z]+s)\s+(?:on the "
            r"computer|on a computer|in the system|on the"
            r" system|in a system|in a database|in the database|on the app|in an app)\b"
        ).sub(
            r"\g<w> to keep \g<x>",
            s,
        )
    # "I wish a table for frames with …" (a second-language "wish"): a thing wished is wanted
    if holds_any(s, ("wish",)):
        s = rx(r"\b(i|we)\s+wish\s+(?=(?:a|an|some|one)\s)").sub(r"\1 want ", s)
    # "we need also the flag state" (a second-language order): "also" goes before the verb
    if holds_any(s, ("also",)):
        s = rx(r"\b(we|i|they|you)\s+(need|want|would like|must have)\s+also\b").sub(
            r"\1 also \2", s
        )
    s = _INSERTED_ROLE.sub(_role_out, s)  # "I want, as a shop manager, to …"
    # "I want donations recorded with amount, …": the thing, then the keeping done to it
    if holds_any(s, ("like", "need", "want", "would like", "would love")):
        s = _WANT_KEPT_WITH.sub(lambda m: f"{m['want']} to keep {m['x']} ", s)
    # "when I add a pet I need its name, species, …": what is asked for each one added
    if holds_any(s, ("each time", "every time", "when", "whenever")):
        s = _WHEN_ADDED.sub(lambda m: f"{m['x']} with ", s)
        s = _WHEN_DONE_LOG_IT.sub(lambda m: f"{m['x']} with ", s)
    if holds_any(s, (" it be possible ",)):
        s = _POSSIBLE.sub("", s)
    if holds_any(s, ("entity", "model", "resource", "table")):
        s = _TABLE_HEADER.sub(r"\g<n> entity", s)
    # "Remove from Kiln:" over a list heads the fields taken off it, as "remove these from
    # Kiln:" does (never the entity itself: nothing follows "remove" before "from")
    if holds_any(s, ("remove",)):
        s = rx(r"^remove\s+from\s+([a-z][a-z -]{0,40}?)\s*:$").sub(r"remove these from \1:", s)
    # "{Tutor: name, email}": braces around a whole "X: fields" line only wrap it
    if holds_any(s, ("{",)):
        s = rx(r"^\{\s*([a-z][a-z -]{0,40}:\s*[^{}:\"']+?)\s*\}$").sub(r"\1", s)
    if holds_any(s, ("{",)):
        s = _BRACES.sub(lambda m: f"({m[1]})", s)
    if (paired := _DASH_PAIR.sub(r" (\g<list>) ", s)) != s:
        s = _DASH_LAST.sub(r"\g<head> (\g<list>)", paired)
    elif (paired := _HYPHEN_PAIR.sub(r" (\g<list>) ", s)) != s:
        s = _HYPHEN_LAST.sub(r"\g<head> (\g<list>)", paired)
    if holds_any(s, ("too",)):
        s = _TOO_ONE.sub("to ", s)
    # "CellCulture, add: cell line": the thing, then the verb that changes it, as "X: add F" says
    if holds_any(s, ("add",)):
        s = rx(r"^([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s*(?:,|\s-)\s*add\s*:\s*").sub(
            r"\1: add ", s
        )
    if holds_any(s, ("1:m", "1:n", "m:1", "m:m", "m:n", "n:1", "n:m", "n:n")):
        s = _COLON_KIND.sub(lambda m: _COLON_KINDS[m[0]], s)  # "route n:1 wall", "m:n between …"
    if holds_any(s, ("one",)):
        s = _ARROW_ONE_PER.sub(_arrow_one_per, s)  # "Lesson -> Tutor (one per lesson)"
    if holds_any(s, ("nullable", "optional")):
        s = _RESTATED_OPTIONAL.sub(lambda m: m["a"] or m["b"], s)
    if m := _ARROW_RENAME.match(s):
        what = m["what"] if m["what"] and m["what"] != "it" else ""
        s = " ".join(f"rename {what} {m['a']} to {m['b']}".split())
    elif m := _DOTTED_SAME_OWNER.match(s):
        s = f"rename {m['a']} to {m['b']} on {m['e']}"
    # "please you delete the Quota entity" (non-native): "you" before the asked verb is the
    # person asked, as "please" is
    s = rx(rf"^(please\s+)you\s+(?=(?:{COMMAND_VERBS})\b)|^you\s+(?=please\b)").sub(r"\1", s)
    # "for the divers um we also need …": a hesitation said aloud is no word of the request
    s = _HESITATION.sub(" ", s)
    # "Please, in the X …": the comma after a dropped "please" goes with it
    s = " ".join(_PLEASE.sub(" ", s).split()).lstrip(",;: ")
    # "Two tables, please: …": the comma that set off a dropped "please" before a colon goes
    # with it, so the colon heads its list as in "Two tables: …"
    if holds_any(s, (",",)):
        s = rx(r"\s*,\s*(?=:)").sub("", s)
    # "outages ,with site code ,started at": a comma typed before its space, not after it
    s = rx(r" ,(?=[a-z])").sub(", ", s).replace(" ,", ",")
    # "purchase price (optional - gifts have none)": the marker with its reason is the marker
    if holds_any(s, ("can be ", "not required", "nullable", "optional")):
        s = _OPTIONAL_BECAUSE.sub(_optional_because, s)
    # "a register for litters, please, with …": set off by commas, it leaves one comma
    if holds_any(s, (",",)):
        s = rx(r",(?:\s*,)+").sub(",", s)
    # "can tents have a pitch code too, just text": a type said after the field, set off by a
    # comma with "just"/"only", is that field's type, never a field called "text"
    if holds_any(s, ("just", "only", "simply")):
        s = _JUST_TYPE.sub(r" (\g<t>)", s)
    # "And a second phone, but that one is optional.": one more item said alone, then marked
    # optional, is that item's marker (not the field asked for before it)
    if holds_any(s, ("blank", "empty", "not mandatory", "not required", "nullable", "optional")):
        s = _ITEM_THEN_OPTIONAL.sub(r"\g<item> (optional)", s)
    # "Commissions need a metal type, mostly steel": the value a field usually holds, said
    # after it, is no field of its own
    if holds_any(
        s,
        (
            "almost always",
            "generally",
            "mostly",
            "nearly always",
            "normally",
            "typically",
            "usually",
        ),
    ):
        s = _USUAL_VALUE.sub("", s)
    # "Add a phone to Tenant in case of emergencies": "in case …" says why, never a thing or a
    # part of a name (it read a thing Emergency)
    if holds_any(s, ("in case",)):
        s = _IN_CASE.sub("", s)
    # "Our Kite entity needs …": a thing marked as an entity, said as ours, is that entity
    # (not a place of ours, "our kite shop needs …")
    if holds_any(s, ("entity", "model", "table")):
        s = rx(r"\b(?:our|my)\s+(?=[a-z][a-z-]*\s+(?:entity|table|model)\b)").sub("the ", s)
    # "please to connect each Ride with …" (second-language "please"): the ask is the verb
    s = rx(rf"^to\s+(?=(?:{COMMAND_VERBS})\b)").sub("", s)
    # "Loom.width: int (was float)": the type it had says this one is a change
    if holds_any(s, ("before", "formerly", "instead of", "previously", "used to be", "was")):
        s = _WAS_TYPE.sub(lambda m: f"{m['f']} becomes {m['t']}", s)
    s = _WISH_COLON.sub(r"\g<v> ", s)
    if " as " in s and " with " in s:
        s = _MADE_WITH_AS.sub(lambda m: f"{m['x']} has {m['f']}", s)
    if " of " in s and " with" in s:
        s = _LIST_OF_THINGS_IN_PLACE.sub(lambda m: f"{m['head']} ", s)
    if " asking " in s:
        s = _KEEP_ASKING_IF.sub("can we ", s)
    if holds_any(s, ("capture", "jot down", "log", "note", "take down", "write down")):
        s = _NOTE_ASK.sub(r"\g<pre> record", s)
    if holds_any(s, ("has to", "have to", "must", "need", "ought to", "should")):
        s = _IS_BUT_SHOULD.sub(lambda m: f"{m['x']} {m['rest']}", s)
    if holds_any(s, ("change", "convert", "make", "set", "switch", "turn")):
        s = _IS_THEN_MAKE.sub(lambda m: f"{m['x']} should be {m['to']}", s)
    if holds_any(s, ("blank", "empty", "mandatory", "nullable", "optional", "required")):
        s = _STATE_THEN_REASON.sub(lambda m: f"{m['state']}, ", s)
    # "is optional now" says what "is now optional" does (a change, not a description)
    if holds_any(
        s,
        (
            "again",
            "from now on",
            "from today",
            "going forward",
            "now",
            "once again",
            "once more",
            "these days",
        ),
    ):
        s = _STATE_THEN_WHEN.sub(
            lambda m: f"{m['is'].split()[0]} now {m['state']}" if m["is"] else m["state"], s
        )
    for _ in range(3):
        before = s
        s = _PROGRESSIVE_WISH.sub(lambda m: f"{m['who']} {m['v']}", s)
        s = _LEADING_TALK.sub("", s)
        s = _OCCASION_COLON.sub("", s)
        s = _MADE_BUT.sub(lambda m: f"{m['x']} - ", s)
        s = _WANTS_US_TO.sub("we need to ", s)
        s = _WANT_BARE_VERB.sub(r"\g<w> to ", s)
        s = _TO_THE_X_ADD.sub(lambda m: f"add to {m['x']} ", s)
        s = _AGREED_THAT.sub("", s)
        # "people kept arguing about it": "kept" before a verb in -ing is "went on", not data
        # that must be kept (a practice word)
        s = rx(r"\bkept\s+(?=[a-z]{3,}ing\b)").sub("went on ", s)
        s = _HAS_BUT_CALLED.sub(
            lambda m: f"the {m['f']} field on {m['x']} should be called {m['g']}", s
        )
        s = _CALLING_RENAME.sub(
            lambda m: f"rename {m['a']} to {m['b']} {m['on']} {m['e']}{m['rest'] or ''}", s
        )
        s = _RATHER_WERE.sub(
            lambda m: f"{'they' if m['x'] in ('those', 'these') else m['x']} should be ", s
        )
        # "And while you're at it a car capacity too": an aside about the moment, not the ask
        s = rx(
            r"^(and\s+|also\s+)?(?:while|since|as) you are (?:at it|in there|on it)\s*,?\s+"
        ).sub(
            lambda m: m[1] or "",
            s,
        )
        # "a power flag, and while you're there a meter reading": the same aside said inside
        # the list, between "and" and the next item
        s = rx(
            r"\band\s*,?\s+(?:while|whilst) you are (?:at it|in there|on it|there)\s*,?\s+"
            r"(?=[a-z])"
        ).sub(
            "and ",
            s,
        )
        s = _TYPE_AFTER_OWNER.sub(lambda m: f"{m['head']} ({m['t'] or m['t2']}) {m['to']}", s)
        s = _UNIT_AFTER_OWNER.sub(_unit_after_owner, s)
        if " no " in s:
            s = _TYPE_NO_TYPE.sub(r"\g<t> not \g<u>", s)
        if s.endswith(")"):
            s = _NOTE_AFTER_OWNER.sub(_note_after_owner, s)
        elif " optional" in s or "required" in s:
            s = _DASHED_MARKER_AFTER_OWNER.sub(r"\g<head> (\g<m>) \g<to>\g<why>", s)
        elif OPTIONAL.search(s):
            s = _CONDITION_AFTER_OWNER.sub(_condition_after_owner, s)
            s = _CONDITION_AFTER_HAVING.sub(_condition_after_owner, s)
        s = _sender_said_first(s)
        s = _LABEL_FROM_SENDER.sub("", s)
        s = _ASK.sub("", _IS_THERE_A_WAY.sub("", _HEDGE_HEAD.sub("", s)))
        s = _MAKE_SURE.sub("", s)
        s = _ROLE.sub("", s)
        s = _WANT_TO_CHANGE.sub("", s)
        s = _WANT_STATE.sub(_want_state, s)
        s = _KEPT_THEN_LIST.sub(
            # (a modifier the dictionary does not know may be a slip: "venu hires" is asked)
            lambda m: m[0] if m["mod"] and in_wordnet(m["mod"]) is False else f"{m['head']} with ",
            s,
        )
        s = _FRAME_FOR_THINGS_THEN_LIST.sub(lambda m: f"{m['head']} with ", s)
        s = _KEPT_THEN_RUN_ON.sub(_kept_then_run_on, s)
        if not rx(r"[,;:(]").search(s) and not _BECOMES.match(s):
            # (ls61) "parts cost becomes float": a field turning into a type is no run-on list
            # (it read "parts with cost")
            s = _THINGS_THEN_RUN_ON.sub(_things_then_run_on, s)
        elif "," in s and not rx(r"[;:(]").search(s):
            s = _THINGS_THEN_LISTED.sub(_things_then_run_on, s)
        s = _ROLE_KEEPS.sub(_role_keeps, s)
        if " of " in s:
            s = _ROLE_WANTS_RECORD.sub(_role_wants_record, s)
        if "our " in s or "my " in s:
            s = _OUR_THINGS_HAVE.sub("the ", s)
        s = _SUBJECT_KEEPS.sub("", s)
        s = _STORE_THE.sub("", s)
        s = _CAUSATIVE.sub(_causative, s)
        s = _COULD_THE.sub(lambda m: f"{_kept_records(m['x'])} {_asked_be(m)} ", s)
        s = _COULD_BARE.sub(lambda m: f"{m['x']} {_asked_be(m)} ", s)
        s = _COULD_QUOTED.sub(lambda m: f"{m['x']} should be ", s)
        s = _HELP_WITH.sub("make ", s)
        s = _ADD_TO_AND.sub(_field_after_destination, s)
        s = _CALL_IT.sub(lambda m: f"{m['pre']}{m['y']}{m['rest']}", s)
        s = _RUN_ON_NEED.sub(r"\g<a>, we ", s)
        # (lv62) "… needs its room bookings kept: …", "… orders recorded: …": the participle
        # may end in "ed" before a colon, or be "kept"
        if "ed " in s or "ed:" in s or "kept" in s:
            s = _WANTS_THINGS_KEPT.sub(_wants_things_kept, s)
        s = _WHO_WANTS.sub("", s)
        if "need" in s or "want" in s or "require" in s or "would like" in s or "asked" in s:
            s = _WHO_NEEDS_A_FRAME.sub("", s)
            s = _WHO_WANTS_A_FRAME_ALONE.sub("we want ", s)
        s = _FRAME_THEN_THINGS.sub("", s)
        s = _FRAME_WITH_THINGS.sub(_frame_with_things, s)
        if " may " in s or " might " in s:
            s = _HAS_AND_MAY_HAVE.sub(_has_and_may_have, s)
        s = _MAY_HAVE_ONE.sub(_may_have_one, s)
        s = _SO_RELATE.sub(_so_relate, s)
        s = _FRAME_WHERE_EACH.sub("", s)
        s = _FRAME_WHERE_THINGS.sub("", s)
        s = _NOT_EVERY_THEN_ASK.sub("", s)
        s = _NOT_EVERY_SO_THAT.sub(lambda m: f"{m['f']} {m['rest']}", s)
        s = _WHERE_WE_PUT.sub(_where_we_put, s)
        s = _EACH_ONES_LIST.sub(_each_ones_list, s)
        s = _SLASH_PAIR_TYPED.sub(_slash_pair, s)
        s = _BE_LINKED.sub(lambda m: f"link {m['a']} to ", s)
        s = rx(r"\b(yes|true|y)\s+/\s*(no|false|n)\b|\b(yes|true|y)\s*/\s+(no|false|n)\b").sub(
            lambda m: f"{m[1] or m[3]}/{m[2] or m[4]}", s
        )
        s = _FOR_PLACE_THEN_THINGS.sub("", s)
        s = _TYPED_AFTER_DESTINATION.sub(
            lambda m: f"{m['v']} {m['f']} ({m['t']}, {_optional_word(m['m'])}) {m['to']} {m['e']}",
            s,
        )
        s = _MARKER_AFTER_DESTINATION.sub(
            lambda m: (
                f"{m['v']} {m['f']} ({_optional_word(m['m'])}) {m['to']} {m['e']}"
                + (f", {m['why']}" if m["why"] else "")
            ),
            s,
        )
        s = _TRY_DOING.sub(lambda m: _GERUND_BASE.get(m["v"], m["v"]), s)
        s = _FRAME_PLACE.sub(lambda m: m["frame"], s)
        s = _INTRO_EACH.sub("", s)
        s = _SHOUTED_HEAD.sub(lambda m: f"{m['x']}: ", s)
        s = _EMPTY_ADVERBS.sub("", s)
        s = _JUST_DO.sub("", s)
        s = _KIND_FROM.sub(lambda m: f"{m['k'] or m['k1']} relationship ", s)
        s = _KIND_ALONE_FROM.sub(lambda m: f"add a {m['k']} relationship ", s)
        s = _KIND_LAST.sub(lambda m: f"{m['ask']}, {m['k'].replace(' ', '-')}", s)
        s = _ALLOWED_EMPTY.sub(lambda m: f"{m['be'] or ''}optional", s)
        # "(not everyone has them)", "(if there is one)", "(we don't always get one)": an
        # optional marker said as a clause (read before a clause in brackets is let go as a
        # remark)
        s = rx(r"\(([^()]*)\)").sub(
            lambda m: "(optional)" if OPTIONAL.fullmatch(m[1].strip()) else m[0],
            s,
        )
        s = _GLOSS.sub("", _REMARK.sub("", _REMARK_AFTER_TYPE.sub(r"\1)", s)))
        # "build me something", "set her up with": the person it is for says nothing
        s = rx(
            r"^(build|make|create|get|give|whip up|put together|knock up)\s+(?:me|us|her|him)\s+"
            r"(?=(?:a|an|the|some|something|one)\b)"
        ).sub(
            r"\1 ",
            s,
        )
        s = rx(r"^set (?:me|us|her|him|them) up with\s+").sub("set up ", s)
        # (mf64) "could you set me up something for my customers", "set us up a database of
        # suppliers": the person it is for, between the verb and its particle, says nothing
        s = rx(
            r"^set (?:me|us|her|him|them) up\s+(?=(?:a|an|the|some|something|one|somewhere)\b)"
        ).sub("set up ", s)
        s = _TURN_INTO.sub(_turned_into, s)
        s = _ADD_A_TABLE_FOR.sub("create a table for ", s)
        s = _ONE_ROW_PER.sub("a record for each ", s)
        s = _CHANGE_ITS_NAME.sub("rename it to", s)
        s = _THE_ENTITY_CALLED.sub("rename it to ", s)
        # "we want make work orders", "i need record the shipments": the "to" left out (not
        # before a comma: "we'd want make, model and …" lists "make" as a field)
        s = rx(
            r"\b(want|wants|need|needs|would like)\s+(?=(?:make|create|build|manage|track|keep"
            r"|store|record|save|register|control|organi[sz]e)\b(?!\s*,))"
        ).sub(
            r"\1 to ",
            s,
        )
        s = rx(
            rf"^what {_ASKER} (?:really )?(?:wants?|needs?|would (?:really )?(?:like|love)"
            r"|loves?|am after|are after|is after) is\s+"
        ).sub(
            "i need ",
            s,
        )
        # "what I really want to keep is the sacks: …", "what would help is a bookings list …":
        # the same ask, clefted with a keeping verb or what would help
        s = _CLEFT_MORE.sub(lambda m: f"i need to {m['v']} " if m["v"] else "i need ", s)
        # "First thing I'd like is a list of …", "All we need is …": the same ask, clefted;
        # "First thing she wants is …": so when the person the app is for is the one asking
        s = rx(
            rf"^(?:the\s+)?(?:first|main|only|one|other)\s+thing\s+{_ASKER}\s+(?:would\s+)?"
            r"(?:really\s+)?(?:wants?|needs?|likes?|loves?)\s+is\s+|^all (?:i|we) (?:really )?"
            r"(?:want|need) is\s+"
        ).sub(
            "i need ",
            s,
        )
        # "what would it take to track our mobile plans?": a question that asks for it
        s = rx(
            r"^(?:what would it take|how (?:hard|difficult|easy|much work) would it be)\s+to\s+"
            r"(?=(?:track|manage|keep|log|record|store|build|make|create|set up|add)\b)"
        ).sub(
            "",
            s,
        )
        # "make for our brewery a management of the tanks", "make for me a system …" (the one
        # it is for said before the thing, as some non-native writers put it): it says nothing
        s = rx(
            rf"^({CREATE_VERBS})\s+for\s+(?:(?:our|my|the|a|an)\s+[a-z-]+|me|us)\s+"
            r"(?=(?:a|an|the|one|some)\s)"
        ).sub(
            r"\1 ",
            s,
        )
        s = rx(r"\bwith (?:the )?following (?:fields|attributes|columns|properties)\s*:?").sub(
            "with", s
        )
        # "the field called phone should really be called mobile": the field named after its
        # marker is "the phone field", and the adverb before "be called" says no name
        # ("the entity currently called Programme shall be called …": so is a thing, named as
        # it is now)
        s = rx(
            r"\bthe (field|column|attribute|entity|table|model) (?:(?:currently|now|presently"
            r"|at present)\s+)?(?:called|named) ([a-z]+(?: [a-z]+)?) (?=(?:should|must|needs to"
            r"|ought to|shall|will) )"
        ).sub(
            r"the \2 \1 ",
            s,
        )
        s = rx(
            r"\b(should|must|needs to|ought to) (?:really|actually|probably|just|rather) "
            r"(?=be (?:called|named|renamed)\b)"
        ).sub(
            r"\1 ",
            s,
        )
        # "… the max guests. Optional: a short description.": one more item, said as optional
        # under a label (a label over several items is left as it was)
        s = rx(r"^optional\s*:\s+(?=[^,;:]+$)(?![^,;:]*\band\b)").sub("also optional ", s)
        # "Fields are: name, …" heads its list as "Fields:" does
        s = rx(
            r"^(?:the\s+)?(fields|attributes|columns|properties)\s+(?:are|would be|will be)\s*:"
        ).sub(
            r"\1:",
            s,
        )
        if (vehicle := _VEHICLE.match(s)) is not None:
            s = rx(rf"^(?:{_PUT_AWAY})\b").sub("keep", s[vehicle.end() :])
        s = _VEHICLE_WHERE.sub("", s)
        # "…, while you are in there", "… when you get a chance": when, not what
        s = rx(
            r",?\s+(?:while|since|as) you are (?:in there|at it|on it|there)$"
            r"|,?\s+(?:when|whenever) you (?:get|have|find) (?:a|the)"
            r" (?:chance|minute|moment|sec|second)$"
            # "… before friday", "… by end of sprint": when it is wanted, not what
            r"|,?\s+(?:before|by|until|for)\s+(?:(?:next|this)\s+)?(?:monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow|cob|the weekend"
            r"|(?:the\s+)?end of (?:the\s+)?(?:day|week|sprint|month)"
            r"|(?:the|next|this)\s+(?:release|sprint|demo))$"
            # "… before Friday's sprint review", "… ahead of the board meeting": an occasion
            r"|,?\s+(?:before|by|ahead of|in time for)\s+(?:the\s+|next\s+|this\s+|our\s+"
            r"|(?:[a-z]+day|tomorrow|next week|this week)'s\s+)(?:[a-z]+\s+){0,2}(?:review"
            r"|meeting|demo|release|audit|launch|inspection|visit|workshop|presentation"
            r"|go-?live|handover|stand-?up|retro)$"
            # "…, update your dashboards": what the reader does with their own things
            r"|,\s+(?:and\s+)?(?:update|check|adjust|fix|refresh|rebuild|migrate)\s+(?:your|their)"
            r"\s+[a-z][a-z ]{0,30}$"
        ).sub(
            "",
            s,
        )
        s = _WANT_STORED_WITH.sub(lambda m: f"store {m['x'] or m['x2']} with ", s)
        s = _SYSTEM_DOES.sub("", s)
        s = _EACH_WRITTEN.sub(_each_written, s)
        s = _EACH_WRITTEN_BY.sub(lambda m: f"{m['each']} we need ", s)
        # "log each crossing the departure date …" lists what each crossing has, as "log for
        # each crossing the …" does
        s = _VERB_FOR_EACH.sub(
            lambda m: (
                f"{m['each']} "
                if m["each"].startswith(("for ", "of "))
                else f"for {m['each']} we need "
            ),
            s,
        )
        s = _FOR_EACH_MUST_BE.sub(lambda m: f"{m['pre']}{m['each']} {m['x']} has ", s)
        s = _EACH_MUST_BE.sub(lambda m: f"{m['pre']}{m['each']} {m['x']} has ", s)
        if "ing " in s and ("each " in s or "every " in s):
            s = _EACH_DOING.sub(_each_doing, s)
        if " by " in s:
            s = _ONE_DESCRIBED_BY.sub(lambda m: f"{m['pre']}each {m['x']} has ", s)
        s = _EACH_COMES_WITH.sub(_each_comes_with, s)
        if " comes with " in s:
            s = _ONE_COMES_WITH.sub(_one_comes_with, s)
        s = _WANT_KEPT_FOR_EACH.sub(_kept_for_each, s)
        s = _WANT_KEPT_FOR_THE.sub(_kept_for_the, s)
        s = _EACH_WE_DO.sub(lambda m: f"{m['head']} ", s)
        s = _NEED_THE_FOLLOWING.sub(lambda m: f"{m['a']} ", s)
        s = _FOLLOWING_FOR_EACH.sub(lambda m: f"for {m['each']} {m['x']} we need:", s)
        if "the following" in s:
            s = _KEPT_THE_FOLLOWING.sub(_kept_the_following, s)
        s = _RESTATED.sub(lambda m: f" {m['b']}, ", s).replace(", ,", ",")
        if "-" in s or "—" in s:
            s = _DESCRIBED_DASH_NAMED.sub(lambda m: f"{m['pre']}{m['a']} ({m['b']}) ", s)
        s = _KEPT_HOW.sub("", s)
        s = _KEPT_WHERE_END.sub(lambda m: m["kept"] or m["kept2"], s)
        s = _MAKE_IT_SO.sub("", s)
        s = _ADD_AN_ENTITY_FOR.sub("create a new entity for ", s)
        s = _SO_IT_CAN_GO.sub("so please remove it", s)
        s = _MAKE_IT_SO_EACH.sub("", s)
        # "Each one has …", "For each one: …": the entity in context
        s = rx(
            r"^(?:(?:for|on) (?:each|every) one\s*[:,—-]?|(?:each|every) one\s*[:—-])\s*(?=[^,]+,)"
        ).sub(
            "",
            s,
        )
        s = rx(r"^(?:each|every) one\b").sub("it", s)
        # "We log the repair requests. For each request: room, …": a word that is never a
        # thing of its own ("request", "record", "row") says "each one" of the thing named
        s = rx(r"^(?:for|on) (?:each|every) (?:request|record|row)\s*[:—-]\s*(?=[^,]+,)").sub("", s)
        s = rx(r",?\s+instead(?: of (?:an? |the )?[a-z]+)?(?=\s*(?:,|$|so\b))").sub("", s)
        # "store rating as a float instead of an integer on Review": the type it had, said
        # before the owner, goes as it does at the end (the swap makes the change: recognizer)
        s = _OLD_TYPE_BEFORE_OWNER.sub(lambda m: m["as"], s)
        s = rx(r"^(?:swap|switch) the type of ").sub("change ", s)
        if _CHANGE_CUE.search(s):
            s = _OF_AN.sub(lambda m: f"the {m['f']} on {m['e']}", s)
        s = _BECOMES.sub(_becomes, s)
        s = _FRAME_KEEPING.sub(lambda m: f"{m['f']} for ", s)
        s = _FRAME_STORING.sub(lambda m: f"{m['f']} with ", s)
        s = _FRAMED_THINGS_KEEPING.sub(lambda m: f"{m['head']} with ", s)
        s = _COUNTED.sub(lambda m: f"{m['verb']} ", s)
        s = _KEPT_DONE.sub(lambda m: m["head"], s)
        s = _START_KEEPING_ON.sub(lambda m: f"{m['on']}add ", s)
        s = _ADD_TO_TOPIC.sub(lambda m: f"{m['x']} += {m['rest']}", s)
        s = _GETS_FIELDS.sub(lambda m: f"{m['x']} += {m['rest']}", s)
        s = _REPORTED.sub("", _OCCASION_THEN_DECIDED.sub("", _DECIDED_STATE.sub("", s)))
        s = _NO_NEED_FOR.sub("we do not need ", s)
        s = _CLIPPED_NEED.sub(lambda m: "we no longer need " if m["l"] else "we do not need ", s)
        s = _WANTED_GONE.sub(lambda m: f"remove {m['f']} from ", s)
        s = _NO_LONGER_DOING.sub(lambda m: f"we no longer {_KEEPING_VERBS[m['v'] or m['v2']]} ", s)
        s = _THERE_SHOULD_BE.sub(lambda m: f"add {m['f']} to {m['x']}", s)
        if _CHANGE_CUE.search(s):
            s = _TYPE_THEN_RANGE.sub("a whole number", s)
        s = _WHO_KEEPS.sub(_keeper_is_us, s)
        s = _WANT_X_TO.sub(lambda m: m["x"] + " ", s)
        s = _EXTEND_SYSTEM_WITH.sub("create ", s)
        s = _ALSO_KEEP.sub(_also_have, s)
        s = _DO_WITH.sub(lambda m: f"{m['x']} should also have ", s)
        s = _POSSESSIVE_KEPT.sub(_possessive_kept, s)
        s = _TRAILING.sub(_trailing, s).strip()
        s = _fronted(s)
        if s == before:
            break
    return s


# "I want members to also store a date of birth" (simplified to "members also store …"): a
# wish that things also keep a value is that they also have it; the people wished to keep it
# are the records, not who keeps them ("the inspector records each inspection" is who keeps)
# the thing a clause opens with: a determiner, then one to three words
_THING_FIRST = r"(?P<x>(?:(?:each|every|all|the|our|my)\s+)?[a-z-]+(?:\s[a-z-]+){0,2})"
_ALSO_KEEP = re.compile(
    r"^(?!(?:we|i|you|they|he|she|it|there)\s)"
    rf"{_THING_FIRST}\s+also\s+"
    r"(?:store|keep|hold|record|save)\s+(?=(?:an?|the|their|its)\s)"
)


# "Costumes could do with a washing instructions field": a thing that could do with a value
# lacks it, a change to it (not "we could do with a rota for …", people wanting something)
_DO_WITH = re.compile(
    r"^(?!(?:we|i|you|they|he|she|it|there|everyone|everybody)\s)"
    rf"{_THING_FIRST}\s+"
    r"(?:could|would|can|might)\s+(?:really\s+|definitely\s+|also\s+)?do\s+with\s+"
    r"(?=(?:an?|some|the|their|its)\s)"
)


# "We also need to store each dog's weight", "the dog's weight should be stored too": a value
# of a thing said with its owner's possessive, asked for in addition, is a field added to that
# thing, said as "also store the weight for each dog" (without "also", "too" or "as well" the
# ask may be a first one, and is left as it is)
_POSSESSIVE_KEPT = re.compile(
    r"^(?:(?:we|i)\s+(?P<also1>also\s+)?(?:(?:will\s+|would\s+)?need\s+to|should|must|have\s+to"
    r"|want\s+to|would\s+like\s+to)\s+(?P<also2>also\s+)?|please\s+|(?P<also3>also\s+))?"
    r"(?:store|record|keep|track|save|capture|log|note)\s+"
    r"(?:the|each|every|a|an)\s+(?P<x>[a-z]+)(?:'s|’s)\s+(?P<f>[a-z][a-z -]{0,40}?)"
    r"(?P<tail>\s+(?:too|as well))?(?P<said>\s*\([^()]{1,60}\))?\s*\.?$"
    r"|^(?:the|each|every|a|an)\s+(?P<px>[a-z]+)(?:'s|’s)\s+(?P<pf>[a-z][a-z -]{0,40}?)\s+"
    r"(?:should|must|needs?\s+to|has\s+to|will\s+need\s+to|ought\s+to)\s+(?P<palso>also\s+)?"
    r"be\s+(?:stored|recorded|kept|tracked|saved|captured|logged|noted)"
    r"(?P<ptail>\s+(?:too|as well))?(?P<psaid>\s*\([^()]{1,60}\))?\s*\.?$"
)


def _possessive_kept(m: re.Match[str]) -> str:
    if m["px"] is not None:
        if not (m["palso"] or m["ptail"]):
            return m.group(0)
        return f"also store {m['pf']} for each {m['px']}{m['psaid'] or ''}"
    if not (m["also1"] or m["also2"] or m["also3"] or m["tail"]):
        return m.group(0)
    return f"also store {m['f']} for each {m['x']}{m['said'] or ''}"


def _trailing(m: re.Match[str]) -> str:
    """Nothing for talk at the end, but "…, email, marketing ok": "ok" after one word listed is
    a consent the list names (a yes/no field), not the writer signing off."""
    if m.group(0).strip() in ("ok", "okay") and rx(r"[,:]\s*[a-z]{3,}$").search(
        m.string, 0, m.start()
    ):
        return m.group(0)
    return ""


def _also_have(m: re.Match[str]) -> str:
    return f"{m['x']} also have "


# "The inspector records each inspection with: …", "when the technician logs a calibration":
# a person keeping things (a job, a role) is who keeps them, as "we" is; the thing kept is
# what is built
_WHO_KEEPS = re.compile(
    r"^(?:when\s+|then\s+)?(?:(?:the|our|a|an|each|every|all)\s+)?(?P<who>[a-z]+)\s+(?:also\s+)?"
    r"(?:(?:needs?|wants?|has|have) to\s+|must\s+|should\s+|can\s+)?"
    # (not "keep" alone: "the members want to keep a spare key" is having one)
    r"(?P<verb>record|log|keep track of|track|register|store|write down|note down)"
    r"(?:s|ed)?\s+(?=(?:each|every|all|a|an|the|new|more about)\s)"
)


def _keeper_is_us(m: re.Match[str]) -> str:
    if first_sense(m["who"]) != "noun.person" or m["who"] in ("i", "we", "you", "they"):
        return m[0]
    return f"we {m['verb']} "


_SENDER_FIRST = re.compile(
    rf"^(?P<who>{SENDER})\s*(?:,|!+|\s\u2014|\s-)\s+"
    r"(?=(?:i|we|please|pls|can|could|would|the|our|my|so|just|quick)\b)"
)


# "One more thing from the research office: could we add …", "quick one from marketing: can
# we add …": who sends the message, before a colon and an ask to add, names no thing (things
# are added to a place, never from one; "from Kiln: remove F" is the place of a removal)
_LABEL_FROM_SENDER = re.compile(
    r"^(?:(?:(?:one|another|a|the)\s+)?(?:(?:more|last|final|other|quick|small|tiny|little)\s+)*"
    r"(?:thing|one|request|ask|note|question)\s+)?from\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+\s*:\s+"
    r"(?=(?:(?:could|can|would|will|may)\s+(?:we|you|u|i)\s+|please\s+|pls\s+)(?:please\s+)?"
    r"(?:also\s+)?(?:just\s+)?add\b)"
)


def _sender_said_first(s: str) -> str:
    """ "physio clinic here, i need …", "Ridge Walkers again - the committee …": who writes,
    said before the ask, is no part of it."""
    m = _SENDER_FIRST.match(s)
    if m is None and (run_on := _NAMED_SENDER_RUN_ON.match(s)):
        return s[run_on.end() :]
    return s[m.end() :] if m and is_sender(m["who"]) else s


# "its mel from reception we no longer need …" (a hurried message, no stops): the writer's
# name and desk, then the ask in the writer's voice
_NAMED_SENDER_RUN_ON = re.compile(
    r"^(?:(?:hi|hey|hello|hiya)\s+)?(?:it is|its|it's|this is)\s+[a-z]+\s+from\s+(?:the\s+)?"
    r"[a-z]+(?:\s+(?:desk|office|team|branch))?\s+"
    r"(?=(?:we|i)\s+(?:no longer|do not|don't|dont|need|want|would|have|also|just)\b)"
)


# The thing said first and pointed back at (left dislocation, common in speech and in
# non-native English): "the fax on suppliers, we don't need it more", "in the guests the meal
# choice call it menu choice", "where it says voice part on the singers, we call it section"
_FRONTED_HEAD = (
    # "in our choir app the field voice part on ChoirMember, we call it section": the app the
    # change is made in, said first, is where it is made, no part of the field's name
    r"^(?:(?:in|on)\s+(?:the|our|my)\s+(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?:app|system|database|db|tool|tracker|program|site)\s*,?\s+)?"
    # ("in the grape deliveries the sugar reading, …": a thing of two words)
    r"(?P<t>(?:in|on|for|at)\s+(?:the|our|all the|all our)\s+[a-z][a-z-]*"
    r"(?:\s(?!(?:the|its|our|my)\b)[a-z][a-z-]*(?=\s+the\s))?\s+)?"
    r"(?:where (?:it|the [a-z]+) (?:says|shows|reads)\s+)?"
    r"(?P<x>(?:the\s+)?[a-z][a-z ]{0,40}?)\s*,?\s+"
)
_FRONTED_REST = r"(?P<rest>(?:\s*,|\s+(?:because|since|as|so)\b).*)?$"
_FRONTED_REMOVE = re.compile(
    _FRONTED_HEAD + r"(?:we|i)\s+(?:really\s+)?(?:do not|does not|no longer|not|never)\s+"
    r"(?:need|use|want)\s+(?:it|them)(?:\s+(?:more|anymore|any more|any longer|at all))?"
    + _FRONTED_REST
)
_FRONTED_RENAME = re.compile(
    _FRONTED_HEAD + r"(?:(?:we|i)\s+(?:(?:would like to|want to|actually|really|always|now)\s+)?)?"
    r"call\s+(?:it|them)\s+(?P<y>[a-z][a-z ]{0,30}?)(?:\s+instead)?" + _FRONTED_REST
)


# "the team is international", "our staff are abroad": a subject and what it is, a sentence of
# how things are (the reason for a change), not a thing said first and pointed back at
_SAID_STATE = re.compile(r"^(?:(?:the|our|my)\s+)?[a-z-]+(?:\s[a-z-]+)?\s+(?:is|are|was|were)\s")


# "take pager number off technicians, we don't use it": the phrasal verb split round what goes
# is the instruction itself, said before its reason ("take home pay" names a thing: no "off")
_TAKE_SPLIT = re.compile(r"^take\s.+?\s(?:off|out of|away from)\s")


# (`_FRONTED_REMOVE` cannot match without one of these)
_FRONTED_REMOVE_WORDS = ("use", "want", "need")


def _fronted(s: str) -> str:
    for pattern, verb, needs in (
        (_FRONTED_REMOVE, "remove", _FRONTED_REMOVE_WORDS),
        (_FRONTED_RENAME, "rename", ("call",)),
    ):
        m = pattern.match(s) if holds_any(s, needs) else None  # (speed: the words it needs)
        if (
            m is None
            or _TAKE_SPLIT.match(m["x"])
            or rx(
                rf"^(?:we|i|you|they|it|he|she|can|could|to|please|add|{CHANGE_VERBS}"
                rf"|{CREATE_VERBS}|{MANAGE_VERBS})\b"
            ).match(
                m["x"],
            )
        ):
            continue  # a thing said first, not an instruction
        if _SAID_STATE.match(m["x"]):
            continue  # "now the team is international, call it …": how things are, no thing
        if rx(r"\b(?:what|which|who|that)$").search(m["x"]):
            continue  # "name (what we call it on the tag)": a gloss of the field, no rename
        on = f" on {m['t'].split(None, 1)[1].strip()}" if m["t"] else ""
        to = f" to {m['y']}" if verb == "rename" else ""
        return f"{verb} {m['x']}{on}{to}{m['rest'] or ''}"
    return s


# "Rooms have amenities (many to many)": the kind of a link said in brackets after it, no list
_KIND_NOTE = re.compile(
    r"(?:an?\s+)?(?:many|one|1|n|m)\s*(?:-|\s|:)\s*(?:to\s*-?\s*)?(?:many|one|1|n|m)"
    r"(?:\s+(?:relationship|relation|link))?"
)


def _topic_length(topic: str) -> int:
    """Words of a topic before a place it is at ("seed library at the community garden" is
    two words long: where it is, or whom it is for ("… for the garden club's fair", "room
    bookings for the music school"), lengthens nothing)."""
    words = topic.replace(",", " ").split()
    place = rx(
        r"\s(?:at|in|near|by)\s(?:the|our|my|a)\s[a-z]+(?:\s[a-z]+)?$"
        r"|\sfor\s(?:the|our|my)\s[a-z]+(?:\s[a-z]+)?'s\s[a-z]+$"
    ).search(
        topic,
    )
    # "a database of kit items for the rugby club", "a list of visitors to our drop-in
    # centre": whom the things listed are for, or where they come, lengthens nothing either
    listed = rx(
        r"\sof\s[a-z][a-z ]*?(?P<place>\s(?:for|to)\s(?:the|our|my)\s[a-z-]+(?:\s[a-z-]+)?)$"
    ).search(
        topic,
    )
    if listed and not place:
        return len(topic[: listed.start("place")].split())
    if whom := _THINGS_FOR_WHOM.fullmatch(topic):
        return len(whom["n"].split())
    return len(topic[: place.start()].split()) if place else len(words)


# "room bookings for the music school", "practice sessions for my piano kids": a short name
# then whom the things are for
_THINGS_FOR_WHOM = re.compile(
    r"(?P<n>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})\sfor\s(?:the|our|my)\s[a-z-]+(?:\s[a-z-]+)?"
)


# "the merch stall on tour", "the zine side of the shop": where the topic is, or the part of a
# place it is, said after it lengthens nothing (four words of topic are still the most; "the
# owners of the horses" are no part of a place: whose fields follow is asked)
_TOPIC_PLACE_TAIL = re.compile(
    r"\s(?:on|at|in|(?:side|part|half|wing|end|section)\sof)\s(?:(?:the|our|my|a)\s)?[a-z-]+$"
)


def split_topic(s: str) -> tuple[str | None, str, str]:
    """(topic phrase, rest, separator) of a simplified sentence."""
    if m := _DOTTED.search(s):
        rest = s[: m.start()] + m["field"] + s[m.end() :]
        # "Ship.depth -> Ship.max_depth": the entity said again before the new name
        rest = re.sub(rf"\b{re.escape(m['entity'])}\.(?=[a-z])", "", rest)
        return m["entity"], " ".join(rest.split()), "dot"
    if m := _FOR_EACH.match(s):
        topic = m["topic"] or m["topic2"] or m["topic3"]
        if not m["topic3"] and topic.rsplit(" ", 1)[-1] == "service":
            # "for each car service I need …": one service counted is a job done (CarService),
            # never the system the car is kept in, as "a car service" alone may be
            topic = f"each {topic}"
        return topic, m["rest"] or m["rest2"] or m["rest3"], "on"  # "for each X we need F"
    if m := _TOPIC_QUALIFIED.match(s):
        return m["topic"], m["rest"], "on"  # "for the mugs we sell online: they also need F"
    if (m := _PRAISED_THEN_ASK.match(s)) and not _verb_led(m["topic"]):
        return m["topic"], m["rest"], ":"
    if m := _GONE_THEN_DROP.match(s):
        # "Coupons are gone, drop the table": the things said to be gone, then the table
        # dropped, as "Coupons: drop the table" says it
        return m["topic"], m["rest"], ":"
    # each form in turn: "in the X the name must …, it is …" is no comma-ended topic, but a
    # place before its sentence's subject
    forms = (
        _TOPIC_PREP,
        _TOPIC_PREP_ASK,
        _TOPIC_DASH_OR_ASK,
        _TOPIC_BEFORE_SUBJECT,
        _TOPIC_BEFORE_BARE_ASK,
    )
    for form in (*forms, _TOPIC_PREP_VERB):
        if (
            (m := form.match(s))
            and len(_TOPIC_PLACE_TAIL.sub("", m["topic"]).split()) <= 4
            and not rx(r"\b(?:we|i|you|they|need|want|is|are)\b").search(m["topic"])
        ):
            return m["topic"], m["rest"], "on"
    if m := _TOPIC_PREP_ASK.match(s):
        return m["topic"], m["rest"], "on"
    if m := _TOPIC_MARKED.match(s):
        return m["topic"], m["rest"], "on"
    if m := _ASKING_LABEL.match(s):
        return split_topic(m["rest"])  # the ask after the label keeps its own topic
    if m := _DOCUMENT_LABEL.match(s) or _GOAL_LABEL.match(s):
        # "Story: extend SmartMeter": the kind of document the text is, said before it,
        # names nothing to build; "Sprint goal: improve uptime" labels a wish the same way
        return None, m["rest"], ""
    if (m := _TOPIC_CELLS.match(s)) and (_plural(m["topic"]) or _owner_cell(m["topic"], m["rest"])):
        # "Telescope nights | observer | target object | seeing (number)": a row of cells whose
        # first names the things (a plural) and the others what each one has
        return m["topic"], m["rest"], ":"
    if (m := _TOPIC_PIPE_LIST.match(s)) and (_plural(m["topic"]) or _thing_cell(m["topic"])):
        # "kennels | name, size (int), heated": one cell names the things, the next lists
        # what each one has ("Kennel | name, size": one named in the singular, as a heading)
        return m["topic"], m["rest"], ":"
    if (
        (m := _TOPIC_PLUS.match(s))
        and not _verb_led(m["topic"])
        and m["topic"].split()[-1] not in FIELD_HINTS
    ):
        # "EscapeRoom + hint limit (int), + wheelchair accessible": fields added to a thing
        # ("name + qualification", "email + phone": two fields, no thing)
        return m["topic"], m["rest"], "+="
    if (m := _TOPIC_EQUALS.match(s)) and not _verb_led(m["topic"]):
        # "kayaks = hull code, owner name, length": a thing defined as the list of its fields
        return m["topic"], m["rest"], ":"
    if m := _TOPIC_ROW.match(s):
        # "Silo | capacity: int | crop: text": a row whose other cells are typed fields starts
        # with the thing they belong to
        return m["topic"], m["rest"], ":"
    if (g := _GLOSSED_HEAD.match(s)) and len(g["h"].split()) > 3:
        # "System for our Kita (kindergarten): Child with …": a word of the writer's own
        # language explained in brackets, in a heading before its colon; the heading is read
        # as it would be without the explanation
        s = f"{g['h']}: {g['rest']}"
    elif g and _noted_plural_head(g["h"], g["g"], g["rest"]):
        s = f"{g['h']}: {g['rest']}"
    if (
        (m := _TOPIC_PARENS.match(s))
        and not rx(r"^(?:[(,]|and\b|plus\b|&)").match(m["after"])
        # ("Monitor { url: str, … }": the braces are parentheses by now)
        and (not _verb_led(m["topic"]) or _noun_heading(m["topic"], m["rest"]))
        and len(m["topic"].split()) <= 3
        and not _annotation(m["rest"], parens=True)
        and not _KIND_NOTE.fullmatch(m["rest"].strip())
    ):
        after = f"; {m['after']}" if m["after"] else ""
        return m["topic"], m["rest"] + after, "parens"
    if (
        (m := _TOPIC_HEAD.match(s))
        and m["rest"].strip()
        and _topic_length(m["topic"]) <= (7 if set(m["topic"].split()) & FRAME_NOUNS else 5)
    ):
        sep = m["sep"].strip()
        if (
            sep == ":"
            and (verb := _TOPIC_THEN_CHANGE.fullmatch(m["topic"]))
            and not _verb_led(verb["t"])
            and not _ASKER_WORD.search(verb["t"])
        ):
            # "Tour add: max people, meeting point": the thing, then the change made to it
            return verb["t"], f"{verb['v']} {m['rest']}", ":"
        if sep in (":", "->", "-", "—") and (new := _NEW_FIELD_SAID.match(m["rest"])):
            # "Pet: new field microchip number", "Pet -> extra column weight": the words name
            # the kind of change, not the field
            return m["topic"], f"add {m['rest'][new.end() :]}", sep
        if (
            (said := _TOPIC_THEN_VERB.match(m["rest"]))
            and (said["more"] or _MORE_SAID.search(m["rest"]))
            and len(m["topic"].split()) <= 3
            and not _verb_led(m["topic"])
            and not _ASKER_WORD.search(m["topic"])
        ):
            # "Vaccination — needs a batch number too", "Kennels: also have a size": the thing,
            # then what it has, is one sentence whose subject is the thing (not a field list)
            return None, f"{m['topic']} {said['v']} {m['rest'][said.end() :]}", ""
        if (
            sep in (":", "-", "—")
            and (more := _MORE_LISTED.match(m["rest"]))
            and len(m["topic"].split()) <= 3
            and not _verb_led(m["topic"])
            and not _ASKER_WORD.search(m["topic"])
        ):
            # "Instructor: also certification level and first aid expiry", "Kart - plus a
            # seat size": "also" or "plus" before the list says it is more than the thing
            # has, as "Instructor: add …" says (a heading's list alone is a new thing's)
            return m["topic"], f"add {m['rest'][more.end() :]}", sep
        if (
            sep in (":", "-", "—")
            and (gone := _LISTED_MISSING.fullmatch(m["rest"]))
            and len(m["topic"].split()) <= 3
            and not _verb_led(m["topic"])
            and not _ASKER_WORD.search(m["topic"])
        ):
            # "Hawk: ring number missing": what a thing there is lacks is added to it, as
            # "Hawk is missing a ring number" says (it read as a new Hawk with a field
            # "ring number missing", accepted)
            return m["topic"], f"add {gone['f']}", sep
        if _OCCASION_HEAD.match(m["topic"]):
            # "Following on from yesterday's call - could you add …": when the ask comes,
            # not what it is about
            return None, m["rest"], ""
        if sep == ":" and _annotation(m["rest"]):
            return None, s, ""  # "weight: float", "description: optional text" is one field
        if "," in m["topic"] and not (sep == ":" and m["rest"].startswith("+")):
            return None, s, ""
        one_list = ";" not in m["rest"] and "," in m["rest"] and _plural(m["topic"])
        if sep == ";" and (len(m["topic"].split()) > 2 or "," not in m["rest"]) and not one_list:
            # "full name; date of birth; phone": items, not a topic ("scuba tank fills;tank
            # serial, filled at, …" is one: a plural, then one comma list)
            return None, s, ""
        if sep == ":" and rx(r"^(?:i|we)\s").match(m["topic"]) and m["topic"].endswith(" with"):
            return None, s, ""  # "we record each sighting with: …" is one create sentence
        if (
            sep == ":"
            and rx(r"\swith\s+[a-z]").search(m["topic"])
            and _annotation(rx(r"\s*[,;]\s*|\s+and\s+").split(m["rest"], maxsplit=1)[0])
        ):
            return None, s, ""  # "Kite table with name: text and span: number": the colon types
        if (
            _verb_led(m["topic"])
            and not (sep == ":" and rx(r"[a-z]+ing").fullmatch(m["topic"]))
            and not (sep == ":" and _noun_heading(m["topic"], m["rest"]))
        ):
            # ("Listing: address, …", "Booking: …": a gerund alone before a colon is a noun)
            return None, s, ""  # "Track our geese: …" is one create sentence
        if sep in ("-", "—", "->") and not m["rest"]:
            return None, s, ""
        if sep in ("-", "—") and rx(r"(?:it|they|he|she)\s").match(m["topic"]):
            # "It came out as text - can you change it …": a pronoun of what was said before
            # opens a sentence, never the name of a thing, so what stands before the dash is
            # talk ("I forgot something - for each singer …" leads in: split_topic's callers)
            return None, s, ""
        if sep in ("-", "—") and _SENTENCE_BEFORE_DASH.search(m["topic"]):
            # "The Supplier entity should really be Vendor - we buy from shops too": a sentence
            # that says what a thing should be is the ask; what follows the dash is its reason
            return None, s, ""
        if (
            sep in ("-", "—")
            and _HAVING_BEFORE_DASH.match(m["topic"])
            and _CLAUSE_OPENER.match(m["rest"])
        ):
            # "Paddles need a blade type - we forgot it": a subject, a verb of having and its
            # object make a sentence, and a sentence names no topic; the dash joins the next
            # one as a comma would
            return None, f"{m['topic']}, {m['rest']}", ""
        if sep == "->" and _RENAME_NOTE.search(m["rest"]):
            # "Exhibit -> Exhibition (rename entity)": one arrow with the change named after it
            # (changes._ARROW_NOTE), not a thing and its fields
            return None, s, ""
        if sep == "->" and _annotation(m["rest"]):
            # "Kiln volume -> decimal" ("… becomes decimal"): one field turning into a type
            # or a state, as "volume -> decimal" on a Kiln line says it; no topic
            return None, s, ""
        if sep == ":" and (done := _done_to_label(m["rest"])):
            # "Boat: last service date - make optional", "Trailer: axle count -> remove": the
            # inner label is the field that the change after it (said without its object) is
            # done to, never a new name or a thing
            return m["topic"], done, sep
        if sep == ":" and _ONE_ARROW.match(m["rest"]):
            # "Orchard: acreage -> area", "Kiln: age -> optional": one field turning into
            # another name or state, as "Orchard.acreage -> area" writes it
            return m["topic"], m["rest"], "dot"
        # "Ticket fields: barcode, price": the topic is the entity, not its fields; "New entity
        # Sensor: …" names it after the word for what it is
        topic = rx(r"(?<=[a-z])\s+(?:fields|attributes|columns|properties)$").sub("", m["topic"])
        if m["topic"].endswith(" properties") and properties_are_houses(topic.split()[-1]):
            # "void properties: code, …", "rental properties: …": after a word that says what
            # kind (an adjective too), the properties are the houses kept, not a word for fields
            topic = m["topic"]
        named = topic
        topic = rx(
            r"^(?:an?\s+)?new\s+(?:entity|table|model)\s+(?:for\s+|called\s+|named\s+)?(?=[a-z])"
        ).sub(
            "",
            topic,
        )
        if topic != named and _RECORD_NAMED.fullmatch(topic):
            # "New entity Leave Application: …": a name of several words said after the
            # marker keeps its last word, a kind of record, as "the entity …" does
            topic = f"entity {topic}"
        if sep == ":" and (lead := _LEAD_IN_ON.match(topic)) and not _TALK_ON.match(m["rest"]):
            # "Following up on Booking: …", "Re Booking: …", "Quick note about the Booking
            # entity: …": talk that names what it is about; that thing is the topic
            return lead["x"], m["rest"], sep
        return topic, m["rest"], sep
    return None, s, ""


# Several words ending in a frame word that names a kind of record ("leave application")
_RECORD_NAMED = re.compile(
    r"[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s(?:application|record|register|log|entry|programme"
    r"|program|schedule|service|site)"
)


_SENTENCE_BEFORE_DASH = re.compile(
    r"\s(?:should|must|needs to|has to)\s+(?:(?:really|rather|actually|now)\s+)*be\s+"
    r"(?:called\s+|named\s+|renamed\s+)?[a-z]"
)
# A subject, a verb of having or needing (with a modal or "also"), then its object opened by
# an article: a whole sentence, not a heading
_HAVING_BEFORE_DASH = re.compile(
    r"^[a-z][a-z' -]*?\s(?:(?:should|must|could|will|would|also|now|still)\s+)*"
    r"(?:needs?|has|have|gets?|requires?|lacks?)\s+(?:a|an|the|some|its|their)\s+[a-z]"
)
# Words that open a clause of its own after a dash (closed classes: personal pronouns, "there",
# conjunctions of reason, an ask's "please"); a list glossing the object opens with a noun
# ("has a driver - name and licence number")
_CLAUSE_OPENER = re.compile(
    r"(?:we|i|they|you|he|she|it|there|please|so|because|since|as|otherwise|but)\s"
)
_OCCASION_HEAD = re.compile(
    r"^(?:following(?: on)? from|further to|after|since|as discussed (?:in|on|at|during))\s"
)
_LEAD_IN_ON = re.compile(
    r"^(?:re|following up on|follow(?:ing)?[- ]up (?:on|about|to|re)|(?:an?\s+|one\s+)?(?:(?:quick"
    r"|small|short|little|last|final|another|one more)\s+)?(?:note|question|update|change|request"
    r"|tweak|fix|thing|point|comment)\s+(?:on|about|to|for|regarding|re|concerning))\s+"
    r"(?P<x>(?:the\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?(?:\s+(?:entity|table|model))?)$"
)
_TALK_ON = re.compile(r"^(?:we|i|they|he|she|it|there)\b")  # "A note on X: we moved …"
# ("Ferry: home port -> base port (rename)": a note that it is a rename keeps it one field's)
_ONE_ARROW = re.compile(
    r"^[a-z][a-z_ ]{0,40}?\s*(?:->|=>)\s*[a-z][a-z_ ]{0,40}?"
    r"(?:\s*\((?:rename|renamed|rename (?:field|column|attribute)|new name)\))?$"
)
_TOPIC_CELLS = re.compile(
    r"^(?P<topic>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s*\|\s*(?P<rest>[^|]+(?:\|[^|]+){2,})\|?$"
)
_TOPIC_PIPE_LIST = re.compile(
    r"^(?P<topic>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s*\|\s*(?P<rest>[^|]+,[^|]+?)\s*\|?$"
)
_TOPIC_PLUS = re.compile(
    r"^(?P<topic>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\s+\+\s*(?P<rest>[a-z].*)$"
)


# a document's kind before a sentence (never before a field list: "Task: title, done" is one)
_DOCUMENT_LABEL = re.compile(
    r"^(?:user story|story|epic|feature request|change request|summary|scope|description"
    # ("Change request CR-7: …", "Story 12: …": the document's number is no word of the ask;
    # a sentence with a modal, "… area on Paddock should be …", is an ask, never a list)
    r"|context|background)(?:\s+(?:[a-z]{1,6}-)?#?\d{1,6})?\s*:\s*"
    r"(?P<rest>(?:(?:as|i|we|given|when|extend|add|create|remove"
    r"|rename|change|make|track|build|keep|store|record|log|manage)\b"
    r"|[^,:]{1,80}?\s(?:should|must|needs?\s+to|has\s+to)\s).*)$",
    re.I,
)


# "question: on my Kiln thing, …", "fyi: can the …": a word for the kind of message before an
# ask (a place phrase or a question after the colon, never a list) labels it, naming nothing
_ASKING_LABEL = re.compile(
    r"^(?:(?:a\s+)?(?:quick|small|little)\s+)?(?:question|query|fyi)\s*:\s*"
    r"(?P<rest>(?:on|for|in|can|could|would|is|are|how)\s.*)$",
    re.I,
)


# "Sprint goal: improve data quality", "Q2 objective: faster invoicing": a label over a wish
# (a verb, or how much better something should be) names no thing; only what follows it is
# read ("Objective: track hives with name and location" still builds hives). "Goals: title,
# due date" lists the fields of a thing called Goal.
_GOAL_LABEL = re.compile(
    r"^(?:[a-z0-9']+\s+){0,2}?(?:goal|objective|aim|vision|mission|outcome|okr|key result"
    r"|initiative|theme|epic)\s*:\s*"
    r"(?P<rest>(?:to\s+)?(?:improve|increase|reduce|boost|streamline|simplify|speed up|cut"
    r"|lower|raise|grow|enhance|optimi[sz]e|moderni[sz]e|clean up|tidy up|fix|get|have"
    r"|achieve|deliver|ensure|better|faster|easier|cleaner|fewer|less|more|smoother|quicker"
    r"|higher|happier|improved|increased|reduced)\b.*)$",
    re.I,
)


def _thing_cell(topic: str) -> bool:
    """A singular first cell that can name a thing: no value's word ("name | first, last"
    splits one field) and no type or marker ("text | …")."""
    words = topic.split()
    return bool(words) and not set(words) & (FIELD_HINTS | _ANNOTATION)


# The words that make a field a thing's own identifier ("truck code", "hive number")
_IDENTIFIER_HEADS = frozenset("code number no id ref reference name serial tag label".split())


def _owner_cell(topic: str, rest: str) -> bool:
    """ "Reefer truck | truck code | set temperature": a singular first cell is the owner of
    the row when a later cell is its identifier (its head noun, then a word such as "code":
    the truck's code, so the rows are trucks); a row of fields alone names no owner."""
    head = topic.split()[-1] if topic.split() else ""
    cells = [c.strip().split() for c in rest.split("|")]
    return _thing_cell(topic) and any(
        len(c) == 2 and c[0] == head and c[1] in _IDENTIFIER_HEADS for c in cells
    )


def _plural(topic: str) -> bool:
    """Whether a topic's last word is a plural ("scuba tank fills")."""
    last = topic.split()[-1] if topic.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3


_ANNOTATION = frozenset(
    """optional required nullable mandatory text string str integer int number float double
    decimal money currency bool boolean date datetime timestamp yes/no true/false whole
    numeric real varchar char not yes no true false kg minutes hours grams flag a an""".split()
)


def _annotation(rest: str, *, parens: bool = False) -> bool:
    """ "string, required", "optional text": what annotates one field, not a field list
    ("email" annotates only inside parentheses: "Contact: email" lists a field)."""
    words = rx(r"[a-z/]+").findall(rest)
    known = _ANNOTATION | {"email"} if parens else _ANNOTATION
    return (
        bool(words) and not rest.lstrip().startswith(("+", "-")) and all(w in known for w in words)
    )


# Words of asking or changing that head a list as the ask itself ("Create: …", "Need: …")
_ASK_HEADINGS = frozenset(
    """add create make remove delete drop rename update change modify extend manage track keep
    need needs want like have define include get give start set""".split()
)


def _noted_plural_head(head: str, note: str, rest: str) -> bool:
    """ "patients (vet clinic): name, species, weight": a short plural heading with a bracketed
    note of one phrase (where, or what kind) before its colon and a list says which things the
    list is of; the note is no field. A type or unit in the brackets ("weights (kg): …") still
    annotates, and a singular heading ("status (text): open, closed") stays a field."""
    return (
        len(head.split()) <= 3
        and _plural(head)
        and "," in rest
        and not _annotation(note, parens=True)
        and not _KIND_NOTE.fullmatch(note.strip())
    )


def _noun_heading(topic: str, rest: str) -> bool:
    """ "Build: commit sha, branch", "Plan: name, price", "Schedule: cron, owner": one word that
    is also a verb, alone before a colon and a list of fields (or a change to them: "Build: drop
    duration"), is the name of the thing, as "Booking: …" is; "Track our geese: …" stays an ask."""
    from baes_tui.recognition.nouns import is_noun

    listed = "," in rest or bool(rx(r"(?:add|drop|remove|delete|rename)\s").match(rest))
    return (
        listed and rx(r"[a-z]+").fullmatch(topic) is not None and topic not in _ASK_HEADINGS
    ) and is_noun(topic) is True


def _verb_led(topic: str) -> bool:
    """ "track our geese", "i need to manage animals": a request, not a topic ("Recording
    sessions", "Building permits" are a kind of thing, a topic)."""
    if (pair := topic.split()) and len(pair) == 2 and gerund_names_kind(*pair):
        return False
    return bool(
        # ("catalogue of seeds", "log of visits": a verb's word before "of" is a noun)
        rx(rf"^{ASKING}?(?:{CREATE_VERBS}|{CHANGE_VERBS})\b(?!\s+of\s)").match(topic)
        # a verb of keeping before "entity" is a name too ("Register entity: title, …"), as
        # "drop entity: X" and "create entity: X" are orders
        or rx(rf"^{ASKING}?(?:{MANAGE_VERBS})\b(?!\s+of\s|\s+entity$)").match(topic)
        # "link laptops to employees - one employee per laptop": an ask to relate two things
        or rx(rf"^{ASKING}?(?:link|relate|connect|associate)\s+.+\s(?:to|with|and)\s").match(topic)
    )


# "As a quilting guild member I want …": who asks, said before the ask (an aside)
_ROLE_HEAD = re.compile(
    r"^\s*as (?:a|an|the|our|my|one of the) [^,.;:!?()]{1,60}?,?\s+(?=(?:i|we)\s"
    r"|(?:when|whenever|each time|every time)\s+(?:i|we)\s)"
    # "As harbour master, I want …": a role said without its article, before a comma
    r"|^\s*as [a-z]+(?: [a-z]+){0,3},\s+(?=(?:i|we)\s)",
    re.I,
)


# "we want it digital", "and we'd like them online now": the thing just said, wanted kept
# another way (the way is no thing)
# "Add a filter by check-in date", "we need a search on name", "sorting by price too": how the
# rows are looked at (a screen), asked for as a thing; it names no entity and no field
VIEW_WANTED = re.compile(
    r"^(?:and |also |so |but |please |then )*(?:(?:i|we)\s+(?:would |'d |also |really )*"
    r"(?:want|need|like|would like)\s+|(?:add|give|create|make|include|provide|put in)\s+"
    r"(?:(?:me|us)\s+)?)?(?:also\s+)?(?:a|an|some|the)?\s*(?:\w+\s+)?"
    r"(?:filter|sort|search|lookup)(?:s|ing)?\s+(?:by|on|for)\s+[a-z]"
)


WANTED_DIGITAL = re.compile(
    r"^(?:and |so |but )?(?:i|we)\s+(?:would |'d |really |just )*(?:want|need|like|would like)"
    r"\s+(?:it|them|this|that|all of it|all that|everything)\s+(?:to be\s+|to go\s+)?"
    r"(?:digital|digitised|digitized|online|computeri[sz]ed|paperless|electronic"
    r"|on (?:the|a) computer|in the system|in an app)(?:\s+(?:now|too|instead|already|asap))?"
    r"\W*$"
)


# An occasion before a comma and a subject ("Following the audit by the regulator, we …").
# What it names (the audit, the workshop, the board's policy) is how the ask came about, never
# the thing kept: "Following the revised regulations, the Thesis entity needs …", "following
# last week's audit we've agreed we need …", "In light of the new guidance, please …". Said
# with a comma, any clause may follow; without one, only a clause opened by its own subject
# and a verb of wanting, needing or deciding ends the occasion.
_OCCASION_OPENER = (
    r"^(?:following(?:\s+on\s+from)?|after|further\s+to|in\s+(?:the\s+)?light\s+of"
    r"|in\s+the\s+wake\s+of|on\s+the\s+back\s+of|as\s+a\s+result\s+of)\s+"
    r"(?:the|our|a|an|this|that|these|last|[a-z]+'s)\s+"
)
_OCCASION_COMMA = re.compile(
    rf"{_OCCASION_OPENER}[a-z][a-z' -]{{0,60}}?"
    r"(?:,\s+(?=[a-z])"
    r"|\s+(?=(?:we|i|they)(?:'ve|'d|'re)?\s+(?:(?:have|had|now|also|just|really|all|would"
    r"|will|do|still)\s+)*(?:need|want|like|agreed|decided|realised|realized|must|should"
    r"|require)\b))",
    re.I,
)

# "we need a bit more on UserAccount: please add last login at, …", "a few more things on
# Kayak - hull colour and a rudder flag", "could we have a bit more detail on Horse: …": more
# wanted on a named thing, then what (a list, or an add of one): the list is added to it
_MORE_ON = re.compile(
    r"^(?:(?:(?:i|we)\s+)?(?:would\s+|'d\s+|also\s+|just\s+|really\s+)*(?:need|want|like)"
    r"|(?:could|can)\s+(?:we|you)\s+(?:please\s+)?(?:have|get|add))?\s*"
    r"(?:(?:a\s+(?:bit|little|few|couple(?:\s+of)?)|some|a\s+lot|two|three|four|five)\s+)?"
    r"more\s+(?:(?:info|information|detail|details|data|things|bits|fields|columns|attributes"
    r"|stuff)\s+)?(?:on|for)\s+(?:the\s+|each\s+|every\s+|our\s+)?"
    r"(?P<e>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)(?:\s+(?:entity|table|model))?"
    r"\s*(?:,?\s*please)?\s*[:\u2014\u2013-]\s*(?:please\s+)?(?:(?:can|could)\s+you\s+)?"
    r"(?:(?:add|include)\s+)?(?P<rest>(?!(?:we|i|they|it|there|each|every)\b)[a-z].*)$",
    re.I,
)


def _more_on(text: str) -> str | None:
    """ "we need a bit more on Vendor: please add a tax number and a risk rating" → "add a tax
    number and a risk rating to Vendor": how much more is talk, the thing and the list are the
    ask (a sentence after the colon, "… on the budget: we are over", is not a list). Only on
    a thing written as a name, marked an entity or counted ("more info on each Tenant"): "two
    more things for the cafe: a website and a menu" may be anything."""
    m = _MORE_ON.match(text.strip().rstrip(".!"))
    if m is None or _OWN_SUBJECT.match(m["rest"].lower()):
        return None
    said = text[: m.start("rest")].lower()
    named = m["e"][:1].isupper() or rx(r"\s(?:entity|table|model)\b").search(said)
    if not (named or rx(r"\s(?:each|every)\s").search(said)):
        return None
    return f"add {m['rest']} to {m['e']}"


def without_occasion(text: str) -> str:
    """The sentence after its occasion ("after the retro we agreed the estimate on Task …" →
    "we agreed the estimate on Task …"): what happened is no part of what is asked."""
    m = _OCCASION_COMMA.match(text)
    return text[m.end() :] if m and text[m.end() :].strip() else text


# "Since the keycard locks went in last winter, rooms don't need a key anymore …": why the ask
# comes, said as a clause of its own before a comma, then the ask with its own subject
_BECAUSE_COMMA = re.compile(
    # (lu61: any subject, "Now that grandparents collect pupils too, …"; and a thing said in
    # the singular, "…, DayTrip no longer needs the hire charge")
    r"^(?:since|because|now that)\s+[a-z]+\s[^,;:]{3,80}?,\s+"
    r"(?=(?:(?:the|our|all|each|every)\s+)?[a-z]+(?:\s[a-z]+)?(?:\s+entity)?\s+(?:do not|don't|dont"
    r"|does not|doesn't|doesnt|no longer|never)\s"
    # "Since the permits went digital, the GardenWasteSticker entity is just clutter", "now
    # that we bill monthly, the fax on Supplier can go": a change said of a thing or a field
    r"|(?:the|our|that|this)\s+[^,;:]{1,60}?\s+(?:is|are|can|could|should|may|must)\s+"
    r"(?:just\s+|really\s+|now\s+|also\s+)?(?:go\b|be\s+(?:optional|required|removed|dropped"
    r"|deleted|renamed|called)|useless|clutter|obsolete|redundant|optional)"
    r"|(?:please|could you|can you)\s)",
    re.I,
)


# "At the moment anyone can borrow from any branch, but we want each reader to belong to one
# branch": how things are now, then the wish after "but"
_NOW_BUT_WE_WANT = re.compile(
    r"^(?P<said>[^,;:]{8,120}?),\s+but\s+(?=(?:we|i)\s+(?:would\s+|really\s+|now\s+)*(?:want|need"
    r"|like|prefer)\s+(?:each|every|all|the|our|to)\b)",
    re.I,
)


@memo_list(maxsize=1024)  # each segment is split again for the links in it
def clauses_of(text: str, segment: int) -> list[Clause]:
    """The clauses of one segment, in order."""
    if (label := _DOCUMENT_LABEL.match(text.strip())) and _ROLE_HEAD.match(label["rest"]):
        # "User story: As harbour master, I want …": the label, then the story
        return [replace(c, original=text) for c in clauses_of(label["rest"], segment)]
    if (occasion := _OCCASION_COLON.match(text.lower())) and text[occasion.end() :].strip():
        # "Following yesterday's steering group (long meeting, sorry …): …": the occasion,
        # asides and all, is background before the ask
        return [replace(c, original=text) for c in clauses_of(text[occasion.end() :], segment)]
    if (m := _OCCASION_COMMA.match(text) or _BECAUSE_COMMA.match(text)) and text[m.end() :].strip():
        # "Following the review by the Privacy Commissioner, we've been asked to …": what
        # happened, before a comma and the sentence's own subject, is background to the ask
        said = text[: m.end()].strip(" ,")
        rest = [replace(c, original=text) for c in clauses_of(text[m.end() :], segment)]
        return [Clause(said.lower(), text, None, "", segment, True, aside=said), *rest]
    if (more := _more_on(text)) is not None:
        return [replace(c, original=text) for c in clauses_of(more, segment)]
    if (
        (m := _HABIT_TALK.match(text.strip()))
        and _PARTICLE_NEXT.match(text.strip(), m.end())
        and (is_background(text))
    ):
        # (ls61) "people keep walking off with the strimmer": what others keep doing, asking
        # nothing, is talk (it read "walking off" as a thing with a field, the strimmer)
        return [Clause(text.lower(), text, None, "", segment, True, aside=text.strip())]
    if (m := _NOW_BUT_WE_WANT.match(text)) and is_background(m["said"]):
        said = m["said"].strip()
        rest = [replace(c, original=text) for c in clauses_of(text[m.end() :], segment)]
        return [Clause(said.lower(), text, None, "", segment, True, aside=said), *rest]
    if (m := _ROLE_HEAD.match(text)) and text[m.end() :].strip():
        # the role of a user story is talk around the ask, kept as written
        said = text[: m.end()].strip(" ,")
        rest = [replace(c, original=text) for c in clauses_of(text[m.end() :], segment)]
        return [Clause(said.lower(), text, None, "", segment, True, aside=said), *rest]
    if (cut := courtesy_head(text)) is not None:
        # "Sorry for my english, please track …": the courtesy first, then the ask
        said = text[:cut].strip(" ,!.-—")
        rest = [replace(c, original=text) for c in clauses_of(text[cut:], segment)]
        return [Clause(said.lower(), text, None, "", segment, True, aside=said), *rest]
    if (cut := courtesy_tail(text)) is not None:
        # "…: colour and length, sorry for my english": the courtesy is an aside of its own
        head = clauses_of(text[:cut], segment)
        tail = text[cut:].strip(" ,!-—")
        head = [replace(c, original=text) for c in head]
        return [*head, Clause(tail.lower(), text, None, "", segment, not head, aside=tail)]
    if (two := _TWO_KEPT.match(text.strip())) and not rx(r"\b(?:with|having)\b").search(two["a"]):
        first, second = clauses_of(two["a"], segment), clauses_of(two["b"], segment)
        return [replace(c, original=text) for c in (*first, *second)]
    if len(text) <= _TWO_HAVE_CHARS and (two := _TWO_HAVE.match(text.strip())):
        first, second = clauses_of(two["a"], segment), clauses_of(two["b"], segment)
        return [replace(c, original=text) for c in (*first, *second)]
    if is_purpose(text, opening=True) or is_role(
        text
    ):  # "So that nobody gets paid …", "As a nurse"
        return [Clause(text.lower(), text, None, "", segment, True, aside=text)]
    # "Add a relationship: each …", "One more change: …" announce what follows, no entity
    simple = _ANNOUNCES.sub("", _LINK_FOR_STATEMENT.sub("", simplify(text)))
    if not simple:
        return []
    topic, rest, sep = split_topic(simple)
    if topic and sep in (":", "—", "-", "->"):
        # "nursery inventory: plants - name, pot size": the inner topic is the entity
        inner, inner_rest, inner_sep = split_topic(rest)
        if (
            inner
            and inner_sep in ("—", "-", "->", ":")
            and "," in inner_rest
            and len(inner.split()) <= 3
            # ("Machine — serial: string, power: number": a label over a type is a field)
            and not (inner_sep == ":" and _annotation(rx(r"[,;]").split(inner_rest)[0]))
        ):
            topic, rest, sep = inner, inner_rest, inner_sep
        elif inner and inner_sep == "on" and _placed_on_thing(rest, inner):
            # "Just one ask - on the Lesson entity could we add …", "forgot to say last time
            # - for Route we want …": words before a dash lead in; the place phrase said after
            # it is what the ask is about
            topic, rest, sep = inner, inner_rest, inner_sep
        elif (
            inner is None
            and sep in ("-", "\u2014", "\u2013")
            and (on := _ON_NAMED.match(rest))
            and re.search(rf"\b{on['w'].capitalize()}\b", text)
            and _placed_on_thing(rest, on["w"])
        ):
            # (ls61) "The waiting list - on Applicant we never use the preferred site column":
            # the words before the dash lead in; the thing named after "on" (written as a
            # name) is what the sentence is about, as it is with no lead-in
            topic, sep = None, ""
    if topic and sep == ":" and _OWN_SUBJECT.match(rest):
        topic, sep = None, ""  # "I'd like a ticketing app: each ticket has a barcode, …"
    if topic and _heading_names_thing(topic, rest, sep):
        topic = f"{topic} entity"  # "Website: domain, owner email": the heading is the thing
    if (
        topic
        and sep == ":"
        and _CHANGE_SAID.search(rest)
        and (work := _WORK_HEADING.match(topic) or _WORK_ON_HEADING.match(topic))
    ):
        # "Supplier cleanup: the fax can go", "tidy-up of the pallets: …": the work is done on
        # the thing, which the change is about
        topic = work["t"]
    raw = [
        r.strip(" ,;")
        for p in _verbs_listed(_CLAUSE_SPLIT.split(rest), rest, listing=bool(topic))
        for q in _reason_after_list(p)
        for r in _run_on(q)
    ]
    if not _ALSO_NAMED.search(text):  # ("…, also Staff": a thing named, not a field)
        raw = [_also_added(r, raw[i - 1]) if i else r for i, r in enumerate(raw)]
    out = []
    for p in (p for p in raw if p):
        if out and (called := _SO_CALLED.match(p)) and (ask := _CHANGE_OF.match(out[-1].text)):
            # "change the fax field on Vendor so it's called email": what it is to be called
            # is the new name of what is changed
            text = f"{ask['pre']}change the name of {ask['obj']} to {called['new']}"
            out[-1] = replace(out[-1], text=text)
            continue
        if (
            is_purpose(p)
            and not (
                out
                and _SO_WE_CAN_CHANGE.match(p)
                and not any(_ASKS_CHANGE.search(c.text) for c in out)
            )
        ) or (_HABIT_TALK.match(p) and is_background(p)):
            # ("customers keep asking for a loyalty card, can you add …": the habit is talk)
            out.append(Clause(p, text, None, "", segment, not out, aside=_as_written(p, text)))
            continue
        part = simplify(p)
        if not part:
            continue
        own, own_rest, own_sep = topic, part, sep
        # "…, for every courier the name, …"; "…, so on the Artifact entity could you add …";
        # "…, so on the singers the email should be optional": a place before the subject
        later = (_FOR_EACH, _TOPIC_PREP_ASK, _TOPIC_DASH_OR_ASK, _TOPIC_BEFORE_SUBJECT)
        if out and any(form.match(part) for form in later):
            own, own_rest, own_sep = split_topic(part)
            own_rest = simplify(own_rest) or own_rest
        out.append(Clause(own_rest, text, own, own_sep, segment, not out))
    return _thing_said_first(out)


# "Supplier cleanup:", "Kiln tweaks:", "pallet changes:" before a change: a heading naming the
# work done on a thing (not before a list of fields: "price changes: product, old price" and
# "beach cleanups: date, site" keep records of such events)
_WORK_HEADING = re.compile(
    r"^(?P<t>.*[a-z])\s+(?:clean-?ups?|clean ups?|tidy-?ups?|tidy ups?|fix(?:es)?|tweaks?|edits?"
    r"|changes?|updates?|amendments?)$"
)
_WORK_ON_HEADING = re.compile(
    r"^(?:some\s+|a\s+|small\s+|quick\s+|little\s+)*(?:clean-?up|clean up|tidy-?up|tidy up"
    r"|fix(?:es)?|tweaks?|edits?|changes?|updates?|amendments?)\s+(?:for|of|on|to)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?P<t>[a-z].*)$"
)
_CHANGE_SAID = re.compile(
    r"^(?:please\s+)?(?:keep|add|remove|drop|delete|rename|make|change|take|get rid of|put|set"
    r"|mark|lose|bin|ditch)\s+(?!(?:number|no|date|reason|type|code|log|request|notes?|order"
    r"|history|time|value|by)\b)[a-z]"
    r"|\s(?:can|could|may|should|must)\s+(?:also\s+)?(?:go\b|be\s+(?:removed|dropped|deleted"
    r"|optional|required|renamed|called)\b)"
)


# "the tutors in our school, please add to them …", "The Harvest entity in our app, can you
# put …": a thing said first on its own (where it is kept may follow), then the ask about it
_THING_SAID_FIRST = re.compile(
    r"^(?:the|our|my|all the|all our)\s+(?P<t>[a-z][a-z-]*(?:\s[a-z-]+){0,2}?"
    r"(?:\s+(?:entity|table|model))?)(?:\s+(?:in|on|at|of|from)\s+(?:the|our|my)\s+[a-z -]{1,30})?$"
)
_ASK_AFTER = re.compile(
    r"^(?:add|put|remove|delete|drop|rename|make|change|set|take out|include|give)\b"
)


_ON_A_THING = re.compile(r"\s(?:on|of)\s+(?:the|our|my)\s+(?P<p>[a-z][a-z -]*)$")


# A change said without its object, after a label that names the field it is done to
_DONE_TO_LABEL = re.compile(
    r"^(?:(?P<v>make|set|mark)\s+(?:it\s+)?(?P<s>optional|required|mandatory|nullable"
    r"|not required|not mandatory)|(?P<r>remove|drop|delete)(?:\s+it)?"
    r"|(?P<n>not required|not mandatory|no longer required))\s*[.!]?$"
)


_FIELD_LABEL = re.compile(r"^(?P<f>[a-z][a-z_ ]{0,40}?)\s*(?:->|=>|\s-\s|\s—\s)\s*(?P<c>.+)$")


def _done_to_label(rest: str) -> str | None:
    """ "last service date - make optional" → "make last service date optional"."""
    if (label := _FIELD_LABEL.match(rest)) and (done := _DONE_TO_LABEL.match(label["c"])):
        if done["n"]:
            return f"make {label['f']} optional"  # "-> not required" is "optional"
        return f"{done['v'] or done['r']} {label['f']} {done['s'] or ''}".strip()
    return None


# "on Applicant we …": a place phrase naming one thing, then the rest of the sentence
_ON_NAMED = re.compile(r"^on\s+(?:the\s+)?(?P<w>[a-z]+)\s")


def _placed_on_thing(rest: str, topic: str) -> bool:
    """ "on the Lesson entity …", "for Route …": a place phrase opening what follows a dash
    names a thing; "in the app", "for the club" name where it is kept, not what changes."""
    words = [w for w in topic.split() if w not in ("the", "our", "my", "all")]
    if words[-1:] in (["entity"], ["table"], ["model"]):
        words = words[:-1]  # "the Lesson entity" marks the thing as one
    return (
        bool(rx(r"^(?:on|for)\s").match(rest))
        and bool(words)
        and not set(words) & FRAME_NOUNS
        and not set(words) & SYSTEM_WORDS
    )


# The system words that are only the software built, never a thing kept in the world
_SOFTWARE_ONLY = frozenset(
    """app apps application system systems software backend backends api apis database
    databases db crud interface solution erp crm lms cms""".split()
)
# What opens a sentence, not a list of fields (articles, pronouns, quantifiers, "please")
_SENTENCE_OPENS = re.compile(
    r"^(?:the|a|an|this|that|these|those|it|its|they|we|i|you|he|she|our|my|their|each|every"
    r"|all|some|no|not|please|pls|there|here|if|when|so|but|just|only)\b"
)
_HEADING_CHANGE = re.compile(r"^(?:\+\s*|(?:add|remove|drop|delete|rename|make)\s+(?=[a-z]))")


def _heading_names_thing(topic: str, rest: str, sep: str) -> bool:
    """ "Website: domain, owner email, …", "Site - add gate code, …": a label of one word
    over what one record has (a list of field-shaped items, or changes to them) names the
    thing kept, in the singular as in the plural ("Sites: …" reads so already); a frame word
    that is only the software built ("App: …"), or a sentence after the label, names none."""
    words = [w for w in topic.split() if w not in ("the", "our", "my")]
    if sep not in (":", "-", "—", "->") or len(words) != 1:
        return False
    word = words[0]
    if word not in SYSTEM_WORDS or word in _SOFTWARE_ONLY or word.endswith("s"):
        return False
    items = [_HEADING_CHANGE.sub("", i).strip() for i in rx(r"\s*[,;|]\s*").split(rest)]
    # every item names a field, as a list of fields does ("make it faster" is a sentence)
    return (len(items) > 1 or bool(_HEADING_CHANGE.match(rest))) and all(
        i
        and len(i.split()) <= 5
        and not _SENTENCE_OPENS.match(i)
        and not _verb_led(i)
        and not rx(r"\b(?:it|them|they|we|i|you)\b").search(i)
        for i in items
    )


def _thing_said_first(out: list[Clause]) -> list[Clause]:
    """The first clause is only a thing, the next an ask: the thing is the asks' topic."""
    if len(out) < 2 or out[0].topic is not None or out[0].aside:
        return out
    m = _THING_SAID_FIRST.match(out[0].text)
    if m is None or not _ASK_AFTER.match(out[1].text) or out[1].topic is not None:
        return out
    if _SAID_OF_THE_THING.search(out[0].text):
        # "the url field on the Webhook entity is confusing, can we rename it …": a sentence
        # said about a field of a thing, not a thing alone (the "it" is that field)
        return out
    if (on := _ON_A_THING.search(out[0].text)) and not set(on["p"].split()) & (
        SYSTEM_WORDS | FRAME_NOUNS
    ):
        return out  # "the next due date on the vaccinations, can we …": a field, said on its thing
    return [
        replace(c, topic=m["t"], topic_sep="on", first=i == 0) if c.topic is None else c
        for i, c in enumerate(out[1:])
    ]


_SAID_OF_THE_THING = re.compile(
    r"\s(?:on|of|in)\s+(?:the|our|my)\s+[a-z -]{1,30}?\s(?:is|are|was|were|seems?|looks?|sounds?"
    r"|reads?|confuses?|puzzles?|annoys?)\s"
)


_ANNOUNCES = re.compile(
    r"^(?:(?:(?:i|we)\s+(?:would\s+)?(?:want|like|need|have)\s+)?"
    r"(?:(?:please\s+)?(?:add|create|define|set up|make|new|another|one more|also)\s+)?"
    r"(?:an?\s+|the\s+|one\s+)?(?:new\s+|small\s+|quick\s+|further\s+)?"
    r"(?:relationships?|relations?|changes?)"
    # "Links: url, title" lists a Link's fields; "Add a link: …" announces one
    r"|(?:(?:please\s+)?(?:add|create|define|set up|make|new|another|one more)\s+)"
    r"(?:an?\s+|the\s+|one\s+)?(?:new\s+)?(?:links?|associations?))\s*:\s*(?=\S)"
)


# "Add a relationship so that each Risk has one Owner": a link asked for, then what it is to
# say, after a conjunction of purpose or result: the statement is the link (as after "Add a
# relationship:"), never a purpose beside a field called "relationship"
_LINK_FOR_STATEMENT = re.compile(
    r"^(?:(?:i|we)\s+(?:would\s+)?(?:want|like|need)\s+(?:you\s+)?(?:to\s+)?)?(?:please\s+)?"
    r"(?:(?:add|create|define|set up|make|introduce|put in)\s+)?(?:an?\s+|the\s+|one\s+)?"
    r"(?:new\s+)?(?:relationship|relation|link|association)\s+(?:so that|so|such that|where"
    r"|whereby|in which|saying that|to say that|to show that)\s+"
    r"(?=(?:each|every|a|an|one|the)\s)"
)


_LISTED_WITH = re.compile(r"\b(?:with|having|has|have)\s+[^;.]{0,200}?\s(?:and|&)\s+[a-z]")
_REASON_SAID = re.compile(
    r"because\s+(?!of\b)(?:(?:the|our|my|some|most|many|all|their)\s+)?[a-z]+\s+"
    r"(?:[a-z]+\s+)?(?:ask|asks|asked|need|needs|want|wants|require|requires|keep|keeps|use"
    r"|uses|check|checks|have|has|are|is|do|does|don't|dont|can|cannot|can't|will|must|should"
    r"|always|never|often|sometimes|get|gets|lose|loses|forget|forgets)\b"
)


# "Add a licence number to Caddy, also his years of experience": after an add, "also" before
# a bare noun phrase (no verb of its own, no place) adds it too
_ADD_ASKED = re.compile(
    r"^(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would)\s+(?:you|we|u)\s+(?:please\s+)?)?"
    r"add\b"
)
_ALSO_BARE = re.compile(
    r"^also\s+(?!(?:to|on|for|in|into|onto|at|from|with|add|remove|delete|drop|rename|make"
    r"|change|set|link|relate|the same|that|this|it|them|please)\b)(?P<np>[a-z][a-z' -]{0,60})$"
)


_ALSO_NAMED = re.compile(r"\b[Aa]lso\s+(?:(?:the|his|her|their|its|a|an)\s+)?[A-Z]")


def _also_added(part: str, before: str) -> str:
    m = _ALSO_BARE.match(part)
    if m is None or not _ADD_ASKED.match(before) or _STATED.search(m["np"]):
        return part
    return f"also add {m['np']}"


def _reason_after_list(part: str) -> list[str]:
    """ "…, the audio url, and an explicit flag because some platforms care": after a list
    (two commas before it) a reason is its own clause even without a comma."""
    m = rx(r"\s+(?=because\b|since (?:we|i|they|some|most|many)\b)").search(part)
    if m is None:
        return [part]
    if part.count(",", 0, m.start()) < 2 and not (
        # "… with make and serial number because insurers ask": a list of two said with its
        # "with", then a reason with its own subject and verb
        _LISTED_WITH.search(part, 0, m.start()) and _REASON_SAID.match(part, m.end())
    ):
        return [part]
    return [part[: m.start()], part[m.end() :]]


# Dictated or typed without stops: "the level on diver is useless now remove it", "we call them
# races can you rename the Regatta entity to Race". An ask ("can you …", or a bare command
# pointing at something) after a finished statement starts a clause of its own; after a
# word that leads into it ("please", "to", "we", "and") it is part of the same one.
_RUN_ON_ASK = re.compile(
    r"\s+(?=(?:can|could|would|will)\s+(?:you|we|u)\s+(?:please\s+|just\s+|also\s+)*(?:rename"
    r"|remove|delete|drop|add|make|change|set|switch|call|link|take|get rid)\b"
    r"|(?:delete|remove|drop|rename|call|get rid of|take out)\s+(?:it|them|that|this|those"
    r"|the)\b)"
)
_LEADS_IN = frozenset(
    """to and or please pls plz you we i just also then not should must can could would will
    us me so plus kindly lets let if when what how why who which that""".split()
)


# a statement has a verb ("the level on diver is useless now", "we track them on paper"); "on
# the Artifact entity" or "the field rent amount" only lead into the ask after them
_STATED = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|should|must|will|would"
    r"|go|goes|track|tracks|keep|keeps|use|uses|call|calls|say|says|need|needs|want|wants)\b"
)
# "… can you change that on X": a change pointing back with no new state needs the statement
# before it, so it stays with it
_POINTS_BACK = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|we|u)\s+)?(?:please\s+|just\s+|also\s+)*(?:change"
    r"|make|set|switch)\s+(?:it|that|this)\b(?!.*\b(?:to|into|as)\b)"
)


# "…with name, charge temperature, drop temperature and batch weight": a verb that is also a
# noun's modifier ("drop temperature", "change amount"), right before one or two bare words
# that go on to the list's next item, is one more listed field when what came before it is a
# list of fields; an ask says what it acts on and where ("drop fax from Student"), or follows
# an ask ("drop hammer price, drop sold")
_VERB_LISTED = re.compile(
    r"^(?:drop|change)\s+(?!(?:the|a|an|it|them|its|their|this|that|these|those|all|field"
    r"|fields|column|columns)\b)[a-z][a-z-]*(?:\s+(?!(?:and|or|from|to|on|in|of|for|into|as)\b)"
    # ("drop time (timestamp), skip code": an item's type in brackets after it)
    r"[a-z][a-z-]*)?(?:\s*(?:,|\(|\)|\band\b|\bor\b|&).*)?$"
)
_CHANGE_LED = re.compile(r"^\W*(?:add|remove|delete|drop|rename|change|put|set|take|get rid)\b")
_LIST_BEFORE = re.compile(
    r"^(?!(?:add|remove|delete|drop|rename|change|make(?!\s+(?:a|an|me|us)\s)|set|get rid of)\b)"
    r".*(?:,|\(|:|\bwith\b)\s*(?:(?:and|the|a|an|some)\s+)?"
    r"(?:(?!(?:to|from|on|in|of|for|into)\b)[a-z][a-z-]*\s*){1,4}$"
)


def _verbs_listed(parts: list[str], rest: str, *, listing: bool = False) -> list[str]:
    """The parts of a clause split, with a verb that is one more listed field put back
    (`listing`: the parts follow a topic, "Parcels: sender, drop point, …", so the first part
    is already an item unless it asks for a change)."""
    out: list[str] = []
    for part in parts:
        before = out[-1].strip(" ,;") if out else ""
        item = part.strip(" ,;")
        joined = f"{re.escape(before)}(\\s*,\\s*|\\s+and\\s+){re.escape(item)}"
        if (
            before
            and _VERB_LISTED.match(item)
            and (_LIST_BEFORE.match(before) or (listing and not _CHANGE_LED.match(before)))
            and (said := re.search(joined, rest))
        ):
            out[-1] = before + said[1] + item
            continue
        out.append(part)
    return out


def _run_on(part: str) -> list[str]:
    out, start = [], 0
    for m in _RUN_ON_ASK.finditer(part):
        before = part[start : m.start()]
        words = before.split()
        if (
            len(words) >= 3
            and words[-1] not in _LEADS_IN
            and _STATED.search(before)
            and not _POINTS_BACK.match(part[m.end() :])
        ):
            out.append(before)
            start = m.end()
    return [*out, part[start:]]


def _as_written(part: str, text: str) -> str:
    """The words of a (lowercased, simplified) part in the segment's own case."""
    start = text.lower().find(part)
    return text[start : start + len(part)] if start >= 0 else part
