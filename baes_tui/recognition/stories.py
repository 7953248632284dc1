"""User stories, Gherkin scenarios and story tickets: the ask inside the story's frame.

"As a game master I want to log each game session with …, so we can see …": the role ("As a
…") and the reason ("so that …", "in order to …") are talk; the wish in between is the ask.
"Scenario: … / Given … / When I add a new supplier / Then I must enter its name, …": the
scenario's title and its Given/When lines set the scene; its Then line says what is kept, of
the thing the scene named. A ticket's title ("Ticket: rename Booking.x to y") asks when the
story under it only says why.

`story_asks` gives the plain asks a story holds, best first; the recognizer reads them only
when the request as written is not accepted, and takes one only when it is read whole and
accepted (recognizer.py, `_read_as_story`). Nothing here reads a request that is not a story.
"""

from __future__ import annotations

import re

# "As a game master I want …", "As the owner of our escape rooms, I want …", "In order to sell
# team-building days, as the sales lead I want …": who asks (and what for), then the wish
_ROLE = re.compile(
    r"^(?:in\s+order\s+to\s+[^,.;:!?\n]{1,80},\s*)?as\s+(?:(?:a|an|the|our|my|one\s+of\s+the)\s+)?"
    r"[^,.;:!?\n]{1,70}?,?\s+(?=(?:i|we)\s+(?:(?:would|'d|also|really|just|still)\s+)*"
    r"(?:want|need|like|wish|do not want|don't want)\b)",
    re.IGNORECASE,
)
# a reason after the wish, to the end of its sentence: "…, so (that) other groups know …",
# "… so every lunch has a first aider", "… in order to …", "… because …"
_REASON = re.compile(
    r"(?:\s*[,;]\s*|\s+)(?:so\s+that|so|in\s+order\s+(?:to|that)|because|since)\s+"
    r"(?P<why>[^.!?\n]*)",
    re.IGNORECASE,
)
# what a reason clause must not hold: words that make it part of the ask ("…, so deposit on
# Booking has to be optional", "…, so make it a decimal", "so it should be an integer")
_ASKS_ITSELF = re.compile(
    r"\b(?:optional|required|mandatory|compulsory|nullable|field|fields|column|columns|entity"
    r"|entities|table|add|remove|delete|drop|rename|make|change|store|record|track|log|keep"
    r"|integer|decimal|float|boolean|text|string|number|date|timestamp|flag|instead|also"
    r"|belongs?|link|linked)\b",
    re.IGNORECASE,
)
# verbs that already say what is kept: "I want to be able to record …" needs no rewording
_KEEPING = (
    r"add|record|keep|track|log|store|save|manage|register|create|remove|delete|drop|rename"
    r"|change|make|mark|see|view|edit|update|set"
)
# "I want to be able to leave a review with a rating, …": doing a thing with what it has is
# keeping that thing (a verb of the story's world, said before a thing and its list)
_ABLE_TO = re.compile(
    rf"\b(?P<wish>(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+to)\s+be\s+able\s+to\s+"
    rf"(?!(?:{_KEEPING})\b)[a-z]+\s+(?P<art>a|an|each|every|new)\s+(?=[a-z][a-z -]{{0,40}}?"
    r"\bwith\b)",
    re.IGNORECASE,
)
# "I want kitchen staff members on file with …", "I want every top-up I make recorded with …",
# "I want Ingredient extended with …": the things, then where or how they are kept, then the list
_WANT_KEPT = re.compile(
    r"\b(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+(?P<what>(?:(?:a|an|each|every|all|the"
    r"|our)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?:\s+(?:i|we)\s+[a-z]+)?\s+"
    r"(?P<how>recorded|logged|stored|kept|saved|tracked|registered|on\s+file|on\s+record"
    r"|in\s+the\s+system|extended)\s+(?=with\b)",
    re.IGNORECASE,
)
# "I want a driver signature captured on each WeighTicket": how the field is kept is no part of
# its name (the participle before "on each" is dropped)
_CAPTURED_ON = re.compile(
    r"\b(?P<wish>(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+(?:a|an|the)\s+"
    r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:captured|recorded|stored|kept|logged|saved|noted"
    r"|held)\s+(?=(?:on|for|against)\s+(?:each|every)\s)",
    re.IGNORECASE,
)
# "I want Ingredient to stop storing the unit": a field no longer kept
_STOP_STORING = re.compile(
    r"\b(?i:i|we)\s+(?i:want|need|would\s+like|'d\s+like)\s+(?P<owner>[A-Z][A-Za-z]+)\s+to\s+"
    r"(?i:stop\s+(?:storing|keeping|recording|tracking|holding|saving))\s+",
)
# "I need to be able to mark pupils on free school meals: add a … flag to Pupil": what the wish
# is for, then after a colon the order that does it (the order is the ask)
_WISH_THEN_ORDER = re.compile(
    r"^(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+[^:\n]{1,120}:\s*"
    r"(?=(?:add|remove|delete|drop|rename|make|change|extend|give)\s)",
    re.IGNORECASE,
)
# "I don't want to see the difficulty on Room anymore; remove that field": a field no longer
# wanted on a thing named, then an order about "that field" (the removal of that field)
_NOT_WANTED_THEN_REMOVE = re.compile(
    r"^(?i:i|we)\s+(?:do\s+not|don't|dont)\s+(?:want|need)\s+(?:to\s+(?:see|keep|store|have)\s+)?"
    r"(?:the\s+)?(?P<field>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:on|in|from)\s+"
    r"(?P<owner>[A-Z][A-Za-z]*)(?:\s+any\s?more)?\s*[;,.:-]+\s*(?:so\s+|please\s+)*"
    r"(?:remove|drop|delete)\s+(?:that|this|the)\s+(?:field|column)$",
)
# "I want rooms (name, theme) and game masters (name, phone) in the system": where things are
# kept, said last, is no part of the last thing's list
_KEPT_LAST = re.compile(
    r"(?<=\))\s+(?:in\s+the\s+(?:system|app|database|db|tool)|on\s+file|on\s+record)\s*\.?$",
    re.IGNORECASE,
)
# "I want a many-to-many between ingredients and suppliers": the link itself is the ask
_WANT_LINK = re.compile(
    r"\b(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+(?:a|an)\s+(?=(?:many|one)-to-(?:many"
    r"|one)\s+(?:relationship\s+|link\s+)?between\b)",
    re.IGNORECASE,
)
# a line that only titles the story or the scenario ("Scenario: adding a supplier", "Feature:
# signed waivers", "Story: low stock warnings"), or heads its criteria
_TITLE_LINE = re.compile(
    r"^\s*(?:scenario(?:\s+outline)?|feature|story|user\s+story|background|epic"
    r"|acceptance\s+criteria|criteria)\s*:",
    re.IGNORECASE,
)
# a ticket's title with the ask in it: "Ticket: rename entity Waiver to ConsentForm",
# "FIN-12: remove CorporateClient" (a key or "Ticket:", then an order)
_TICKET_TITLE = re.compile(
    r"^\s*(?:ticket|task|story|change)?\s*(?:[A-Z][A-Z0-9]*-\d+)?\s*[:\-]?\s*"
    r"(?P<ask>(?:rename|remove|delete|drop|add|make|change)\b.+)$",
    re.IGNORECASE,
)
_STEP = re.compile(r"^\s*(?P<kw>given|when|then|and|but)\s+(?P<rest>.+)$", re.IGNORECASE)
# the thing a scenario is about: "Given a GiftVoucher", "Given any Hint in the system", "When
# I add a new supplier"
_SCENE_THING = re.compile(
    r"^(?:(?:a|an|any|each|every|the|one)\s+(?:new\s+)?(?P<given>[A-Za-z][A-Za-z-]*)\s*"
    r"(?:$|in\s+the\s+system\b|exists\b)"
    r"|i\s+(?:add|create|register|enter|record|log)\s+(?:a|an)\s+(?:new\s+)?"
    r"(?P<added>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*$)",
    re.IGNORECASE,
)
# "Then I must enter its name, email, …": what is given for the thing when it is added
_ENTER_ITS = re.compile(
    r"^(?:i|we|they|you)\s+(?:must|should|need\s+to|have\s+to|can|will)\s+(?:enter|give"
    r"|fill\s+in|provide|record|type\s+in|add)\s+(?:its|their|the)\s+(?P<list>.+)$",
    re.IGNORECASE,
)
# "Then a Waiver is saved with player name, …": the thing kept, with its list
_SAVED_WITH = re.compile(
    r"^(?:a|an|the|one)\s+(?:new\s+)?(?P<thing>[A-Za-z][A-Za-z-]*(?:\s+[a-z][a-z-]*)?)\s+is\s+"
    r"(?:saved|stored|recorded|created|kept|logged|registered)\s+with\s+(?P<list>.+)$",
    re.IGNORECASE,
)
# "Then it is accepted, so deposit on Booking has to be optional": what the outcome needs of the
# data, after "so" (a field on a thing named, and what it has to be)
_THEN_SO = re.compile(
    r"^[^,\n]{1,80},\s*so\s+(?P<ask>(?:the\s+)?[a-z][a-z ]{0,40}\s+(?:on|of)\s+[A-Z][A-Za-z]*\s+"
    r"(?:has\s+to|have\s+to|must|should|needs\s+to)\s+be\s+[a-z]+)$",
)
# "Then it should also store …", "Then it belongs to exactly one Puzzle": the scene's thing
_IT = re.compile(r"^(?:it|they)\s+(?=(?:should|must|needs?|has|have|belongs?|is|are)\b)", re.I)


# (new59) "I want to record every consultation so that I can see the client name, the idea and
# the quoted price": a thing kept with no list, then a reason that lists what will be seen of
# it, is the thing kept with that list (the wish alone was read as a thing named without
# fields); a reason that asks a question ("see which …", "know when …") lists nothing
_KEPT_TO_SEE = re.compile(
    r"^(?P<wish>(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+(?:record|keep|track"
    r"|log|store|save|register)\s+(?:(?:a|an|each|every|all|the|our|my)\s+)?[a-z][a-z-]*"
    r"(?:\s+[a-z][a-z-]*){0,3}?)\s*,?\s+so\s+(?:that\s+)?(?:i|we|they|you)\s+can\s+"
    r"(?:see|view|check|look\s+up|find)\s+(?!(?:which|how|when|who|what|whether|if|where|that"
    r"|them|it|all|everything)\b)(?P<list>[^.!?\n]*?(?:,|\band\b)[^.!?\n]*?)\s*[.!]?$",
    re.IGNORECASE,
)


def _kept_to_see(line: str) -> str | None:
    """A story whose wish keeps a thing and whose reason lists what is seen of it, as the
    plain ask "<wish> with <list>"."""
    role = _ROLE.search(line)
    if role is None:
        return None
    m = _KEPT_TO_SEE.match(line[role.end() :].strip())
    if m is None or " with " in m["wish"].lower():
        return None
    return f"{m['wish']} with {m['list']}"


def seen_list_ask(text: str) -> str | None:
    """The ask of a one-line story whose reason lists what is seen of the thing kept (above);
    read even where a reason naming values keeps other story readings off (recognizer.py)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return _kept_to_see(lines[0]) if len(lines) == 1 else None


def _wish_sentence(text: str) -> str | None:
    """The wish of a story said in one sentence, its role and reason cut off."""
    role = _ROLE.search(text)
    if role is None:
        return None
    wish = text[role.end() :]
    reason = _REASON.search(wish)
    if reason is not None and reason.start() > 0 and not _ASKS_ITSELF.search(reason["why"]):
        # (a dash that set the list off before the reason closes nothing once it is cut)
        wish = wish[: reason.start()].rstrip(" ,;\u2014\u2013-") + wish[reason.end() :]
    wish = _ABLE_TO.sub(lambda m: f"{m['wish']} record {m['art']} ", wish)
    wish = _WANT_KEPT.sub(
        lambda m: ("extend " if m["how"].lower() == "extended" else "record ") + m["what"] + " ",
        wish,
    )
    wish = _KEPT_LAST.sub("", wish.rstrip())
    wish = _WISH_THEN_ORDER.sub("", wish)
    if (gone := _NOT_WANTED_THEN_REMOVE.match(wish.rstrip(" ."))) is not None:
        wish = f"remove the {gone['field']} from {gone['owner']}"
    wish = _CAPTURED_ON.sub(lambda m: m["wish"] + " ", wish)
    wish = _STOP_STORING.sub(lambda m: f"{m['owner']} should no longer store ", wish)
    wish = _WANT_LINK.sub("", wish)
    return wish.strip()


def _scenario(lines: list[str]) -> str | None:
    """The Then lines of a Gherkin scenario, said of the thing its Given/When lines named."""
    steps = [m for m in map(_STEP.match, lines) if m is not None]
    kinds = [m["kw"].lower() for m in steps]
    if "then" not in kinds or not {"given", "when"} & set(kinds):
        return None
    thing, added = "", False
    out: list[str] = []
    then = False
    for m in steps:
        kw, rest = m["kw"].lower(), m["rest"].strip().rstrip(".")
        if kw == "then":
            then = True
        if not then:
            scene = _SCENE_THING.match(rest)
            if scene is not None and not thing:
                thing = scene["given"] or scene["added"]
                added = scene["added"] is not None
            continue
        if (entered := _ENTER_ITS.match(rest)) is not None and thing and added:
            out.append(f"Record a {thing} with {entered['list']}")
        elif (saved := _SAVED_WITH.match(rest)) is not None:
            out.append(f"Record a {saved['thing']} with {saved['list']}")
        elif (so := _THEN_SO.match(rest)) is not None:
            out.append(so["ask"])
        elif _IT.match(rest) and thing[:1].isupper():
            out.append(thing + " " + rest[_IT.match(rest).end() :])  # type: ignore[union-attr]
        else:
            return None  # a Then line of another shape: no plain ask is made of it
    return ". ".join(out) if out else None


def story_asks(text: str) -> list[str]:
    """The plain asks a user story, a scenario or a story ticket holds, best first (none when
    `text` is none of them)."""
    lines = [line for line in text.splitlines() if line.strip()]
    asks: list[str] = []
    scenario = _scenario(lines)
    if scenario:
        asks.append(scenario)
    body = [line for line in lines if not _TITLE_LINE.match(line)]
    # criteria under the story ("- the cook gets a warning …") say how it is checked
    if any(_TITLE_LINE.match(line) and "criteria" in line.lower() for line in lines):
        cut = next(i for i, line in enumerate(lines) if "criteria" in line.lower())
        body = [line for line in lines[:cut] if not _TITLE_LINE.match(line)]
    wishes = [w for w in map(_wish_sentence, (line.strip() for line in body)) if w]
    if len(wishes) == 1:
        asks.append(wishes[0])
    if (seen := seen_list_ask(text)) is not None:
        asks.append(seen)
    if wishes and len(lines) > 1:
        title = _TICKET_TITLE.match(lines[0])
        if title is not None:
            asks.append(title["ask"].strip())
    return list(dict.fromkeys(asks))


_HEADING_WORD = re.compile(
    r"^\s*(?P<word>scenario|feature|background|story|user\s+story|epic)(?:\s+outline)?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_STORY_SHAPE = re.compile(
    r"^\s*(?:then|given|when)\s|^(?:in\s+order\s+to\s+[^,\n]{1,80},\s*)?as\s+(?:a|an|the)\s",
    re.IGNORECASE | re.MULTILINE,
)


def story_headings(text: str) -> set[str]:
    """The heading words of a story or a scenario ("Scenario:", "Feature:", "Story:"), as names
    would start with them ("Scenario", "UserStory"), when `text` is a story (it has steps or a
    role): a thing named after one is the story's frame, never a thing kept."""
    if not _STORY_SHAPE.search(text):
        return set()
    return {m["word"].title().replace(" ", "") for m in _HEADING_WORD.finditer(text)}
