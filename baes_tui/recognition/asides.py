"""Talk around the ask: the sentences and clauses of a request that are not the request.

A chatty request wraps its ask in greetings, thanks, background ("I run a small bakery and
her orders live on sticky notes"), reasons ("so that I can plan interviews", "because guests
always ask") and closings ("That's all for now", "does that make sense?"). None of these
name a field or an entity, so they are kept as business rules and read as *asides*: not
"unread" (which says the recognizer missed part of the request), but counted apart so the
confidence model can still weigh what they name (`confidence.features_of`: `aside_values`;
their share of the words is no evidence, bench/README.md).

Four kinds, each decided by the words alone:
- a role: "As a shift supervisor" on a line of its own (the user story goes on below it);
- a purpose: a clause that starts with "so that", "so (I|we|…) can", "because", "since";
- a pleasantry: a greeting, thanks, an apology or a closing ("Cheers.", "Hi there!");
- background: a sentence that holds no list, no ask (no "could you", "I need", "please",
  "add", …) and names nothing a thing "needs". Only a request whose ask
  is read elsewhere has background: in a request that says nothing else, the same sentence
  stays unread.
"""

from __future__ import annotations

import re
from functools import lru_cache

from baes_tui.recognition.lexicon import BOOL_WORDS, COMMAND_VERBS
from baes_tui.recognition.patterns import rx

# "so the totals add up", "so our volunteers know …": a plural subject and a plain verb after
# it (not a copula, modal or a noun of the field: "so the notes field is …" is the ask); "so only
# signed-in parents see it": who alone may then do it
_PLURAL_DOING = (
    r"so\s+(?:the|our|my|their|only(?:\s+[a-z-]+){0,2}?)\s+[a-z]+[^s\s]s\s+"
    r"(?!(?:is|are|was|were|be|should|must|can|could|will|would|may|might|need|needs|has|have"
    r"|of|on|in|for|and|or|with|to|from|at|field|fields|column|columns|entity|entities|table"
    r"|value|type)\b)[a-z]+\s+[a-z]+"
)
# "…, so I'd like to keep …", "…, so we need to track …": the ask, after what led to it
_SO_ASK = (
    r"so\s+(?:i|we)\s+(?:would\s+(?:really\s+)?(?:like|love)|(?:really\s+|also\s+|just\s+)*"
    r"(?:need|want|wish))\s+(?:to\s+)?(?:keep|track|record|log|store|save|manage|register"
    r"|have|get|set up|build|make|create|a|an|some|something|one)\b"
)
# "…, to match the language the sector uses", "…, to avoid confusion": what the change is for,
# said as an infinitive after it (verbs that never ask for a thing to be kept)
_TO_PURPOSE = (
    r"to\s+(?:better\s+)?(?:match|mirror|avoid|prevent|comply|align|reduce|be\s+consistent"
    r"|line\s+up|tie\s+in|fit\s+in|bring\s+it\s+in\s+line)\b"
)
# "as discussed on Monday", "as agreed in the meeting", "as requested by Sam"
_AS_AGREED = (
    r"as\s+(?:(?:we|i)\s+)?(?:discussed|agreed|requested|mentioned|promised|planned|asked"
    r"|said)(?=\s+(?:on|in|at|with|by|during|last|yesterday|earlier|before|today)\b|\s*[.!]*$)"
)
# "so that staff can sign up", "so we can chase the unpaid ones", "because some platforms …"
PURPOSE = re.compile(
    # "…, so we don't need the hampers any more" is what follows, and asks for a removal
    r"^(?!so\s+(?:i|we|they)\s+(?:do not|don't|dont|no longer|never|will not|won't)\s+"
    # ("…, so we won't be needing the beehives any more": the same, said as going on)
    r"(?:really\s+)?(?:need|use|want|be\s+needing|be\s+using)\s+(?:(?:the|our|any)\s"
    # "…, so we don't need payroll runs in here anymore": things no longer kept, said bare
    r"|(?!to\s)[a-z][a-z ]*?\s(?:any ?more|in here)\b))"
    # "…, so I'd like to keep a list of boats": after a story, "so" leads to the ask itself
    rf"(?!{_SO_ASK})"
    # "…, so you can delete the Hat entity": the builder is told what to change, no reason
    r"(?!so\s+(?:you|u)\s+(?:can|could)\s+(?:now\s+|just\s+|safely\s+)?(?:delete|remove|drop"
    r"|rename|get rid of|bin|scrap|ditch)\s+(?:the|that|this)\s+(?:[a-z]+\s+){0,3}"
    r"(?:entity|entities|field|fields|table|column|model)\b)"
    r"(?:so\s+that\b|in order (?:to|that)\b"
    r"|so\s+(?:i|we|they|you|he|she|it|people|users?|nobody|no one|everyone|nothing"
    r"|everything)\s+[a-z']+"
    rf"|{_PLURAL_DOING}"
    # ("so walk-ins can see …": a subject written with a hyphen)
    r"|so\s+(?:(?:the|our|my|their|all the)\s+)?[a-z]+(?:-[a-z]+)?\s+(?:can|could|will|would"
    r"|know|knows|do not|don't|does not|doesn't|stop|stops|never|always|get|gets|may|might|have|see"
    r"|understand|find"
    # "so patients progress gradually", "so climbers learn the grades": what it helps them do
    r"|progress|learn|stay|remember|notice|keep)\b"
    # (mix59) "so new customers can sign up quickly": a subject of two words before a modal
    # ("so engine hours can be blank" says the field's state: no reason)
    r"|so\s+(?:(?:the|our|my|their|all the)\s+)?[a-z]+\s[a-z]+s\s+(?:can|could|will|would"
    r"|don't|do not|never)(?!\s+(?:be|stay)\s+(?:left\s+)?(?:blank|empty|optional|null))\s+[a-z]"
    # "so whoever's paged knows what to do", "so whoever is on call can act": anyone who does it
    r"|so\s+whoever\b"
    # "…, otherwise the records are useless": what happens without it is a reason too
    r"|otherwise\s+(?:the|our|my|we|i|they|it|nobody|no one|people|you)\b"
    # "…, to match the rest of the sector": an infinitive of purpose after the ask
    rf"|{_TO_PURPOSE}"
    # "…, as discussed on Monday", "…, as agreed with finance": how the ask came about
    rf"|{_AS_AGREED}"
    r"|because\b|since\s+(?!(?:last|yesterday|today|then|\d|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b)[a-z]|as\s+(?:we|i|they)\s+"
    r"(?:need|want|have)\b)"
)
# Where a purpose clause starts inside a sentence (the split keeps it as its own clause).
PURPOSE_START = (
    r"(?<=,\s)(?:because|since|otherwise(?=\s+(?:the|our|my|we|i|they|it|nobody|no one|people"
    rf"|you)\b)|{_AS_AGREED})\b|because\s+(?=(?:we|i|they|it|nobody|no one|everyone)\s)"
    r"|(?:so\s+that|in order to"
    # ("so nothing goes to print unchecked", "so everything is in one place": the same)
    rf"|(?!{_SO_ASK})so\s+(?:i|we|they|you|it|people|users?|nobody|everyone|nothing|everything)"
    r"\s+"
    r"(?!(?:and|or|on|etc)\b)[a-z']+"
    # "so the staff can …", "so drivers stop …", "so coaches can …": a subject, then what it does
    r"|so\s+(?:(?:the|our|my|their|all the)\s+)?[a-z]+(?:-[a-z]+)?\s+(?:can|could|will|would"
    r"|know|knows|do not|don't|stop|never|get|gets|see|understand|find)\b"
    r"|so\s+(?:(?:the|our|my|their|all the)\s+)?[a-z]+\s[a-z]+s\s+(?:can|could|will|would"
    r"|don't|do not|never)(?!\s+(?:be|stay)\s+(?:left\s+)?(?:blank|empty|optional|null))"
    r"(?=\s+[a-z])"
    r"|so\s+whoever\b"
    rf"|(?<=,\s){_TO_PURPOSE}"
    rf"|{_PLURAL_DOING})\b"
)
# "As an assistant at a small record label" on a line of its own: who asks, never an entity
_ROLE_LINE = re.compile(
    r"^as (?:(?:a|an|the|our|my|one of the) )?(?!.*\b(?:i|we)\b)[^,.!?;:]{1,60}[,.]?$"
)
# Greetings and thanks people write in their own language around an English request
FOREIGN_GREETING = (
    r"(?:hallo|ol[aá]|guten (?:tag|morgen|abend)|moin|servus|gr[uü](?:ß|ss) gott|salam|salaam"
    r"|(?:as-?)?salamu? alaikum|marhaba|merhaba|bom dia|boa tarde|buenos d[ií]as|buenas tardes"
    # ("Bonjour, for the driving school …", "Buongiorno! Our shop needs: …": a greeting)
    r"|buon giorno|buongiorno|buonasera|bonjour|bonsoir|hola|ciao|namaste|namaskar|vanakkam"
    r"|hej|hei|ahoj|dzie[nń] dobry|obrigad[oa]|dankesch[oö]n"
    r"|danke sch[oö]n|vielen dank|muchas gracias|shukran|merci beaucoup|kiitos|dzi[eę]kuj[eę]"
    r"|arigato|asante|teşekkürler|tesekkurler|dhanyavaad)"
)
_PLEASANTRY = re.compile(
    r"^(?:(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening)|g'day|greetings|morning"
    r"|afternoon|evening|ciao|buongiorno|bonjour|hola|namaste|yo|grazie|gracias|merci|danke"
    # greetings and thanks in the writer's own language ("Olá!", "Guten Tag!", "Obrigado!")
    rf"|{FOREIGN_GREETING}"
    r"|thanks?|thank you|thx|ty|cheers|many thanks|much appreciated|sorry|apologies|regards"
    r"|best|kind regards|bye|ok|okay|right|so|well|oh|lol|lmao|haha)\b(?P<rest>[\s\w,'!.-]{0,40})"
    r"|(?:that is|that's|thats) (?:all|it|everything)\b.*"
    r"|(?:does|do) (?:that|this|it) (?:make sense|work|sound\b).*"
    r"|(?:i|we) hope (?:that|this|it)\b.*|nothing fancy\b.*|(?:bit|some|a bit) of background\b.*"
    r"|(?:many |big )?thanks\b.*|thank you\b.*|sorry\b.*|(?:let me|tell me) know\b.*"
    r"|(?:any|if you have) questions?\b.*"
    # "would honestly save my life", "it'd save me hours": what the ask would do for the
    # writer, said after it, names nothing kept
    r"|(?:(?:it|that|this)\s+)?(?:would|will|'d|could)\s+(?:(?:honestly|really|literally"
    r"|genuinely|seriously|totally|probably|just)\s+)*save\s+(?:me|us|my|our)\b.*"
    r"|(?:kindly |please )?do (?:it|this|that|so) (?:by|before|asap|today|soon|quickly)\b.*"
    r"|(?:please |kindly )?revert\b.*|(?:so |please |just )*bear with (?:me|us)\b.*"
    # "Can you make that?", "Could you set that up?": asks for what was said, names nothing
    r"|(?:can|could|would|will) you (?:please )?(?:make|build|do|create|set up|put together"
    r"|whip up|handle) (?:that|this|it|these|those)(?: for (?:me|us))?\W*"
    r"|(?:can|could|would|will) you set (?:that|this|it) up(?: for (?:me|us))?\W*"
    # "Can ya chuck that on for us?": put what was said on the thing
    r"|(?:can|could|would|will) (?:you|ya) (?:please )?(?:put|chuck|stick|pop|whack|bung|slap"
    r"|add) (?:that|this|it|those|these) (?:on|in)(?: for (?:me|us))?\W*)$"
)
# "…, can you add that link?", "…, could you set that up?": asks for what was just said (a
# link), names no field, after the statement it asks for; "please to make this link" is the
# same ask in a second-language voice
_SAID_ASK = re.compile(
    r"^(?:(?:can|could|would|will) you |please (?:to )?)?(?:please (?:to )?)?"
    r"(?:(?:add|make|set up|create|record) (?:that|this|those|these)"
    r" (?:link|links|relationship|relationships|relation"
    r"|connection|connections)|set (?:that|this|it) up|(?:make|build|do|set up|handle)"
    # "…, add the FK pls", "… Please make the connection.": the key or the link that the
    # statement before it says, asked for with "the" (a bare "add the link" may be a field)
    r" (?:that|this|it)|(?:add|make|set up|create) (?:the|a) (?:fk|fks|foreign keys?"
    r"|relationship|relation|connection))(?: too| as well| for (?:me|us))?"
    r"(?:,? (?:please|pls|plz|thanks|thank you|thx|cheers|ta))*\W*$"
)
# "… - pls hook that up", "…, link them pls", "…, please connect", "… - set that up thx": a
# chat ask to link what was just said, pointing back at it (or, after "please", at nothing);
# a bare "link" after a list stays a listed field ("photo, link")
_LINK_BACK = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u) (?:please |just )?|please |just )?"
    r"(?:(?:link|connect|relate|associate|join|tie|hook|wire|set)"
    r" (?:them|these|those|both|the two|that|this|it)(?: up| together)?"
    r"|(?:hook|wire|tie|join) up|(?<=please )(?:link|connect|relate|associate))"
    r"(?: up| together)?(?: too| as well| for (?:me|us))?"
    # ("…, please connect this in the system": where the link is made says nothing more)
    r"(?: in the (?:system|app|database|db))?"
    r"(?:,? (?:please|thanks|thank you|cheers|ta))*\W*$"
)
# What asks for something: a request, a wish, an instruction, a modal on the data.
_ASK_CUE = re.compile(
    r"\b(?:could|can|would|will)\s+(?:you|u|we|i|it)\b|\bplease\b|\bpls\b"
    r"|\b(?:i|we)\s+(?:would\s+|also\s+|really\s+|just\s+|still\s+)*(?:need|want|like|love"
    r"|require|wish|am looking|are looking|am needing|are needing)\b"
    r"|\b(?:should|must|needs? to|has to|have to)\s+(?:also\s+)?(?:have|be|get|store|hold"
    r"|include|keep|record|track|show|contain)\b|\b(?:needs?|has|have|gets?)\s+(?:a|an|the)\s"
    rf"|^(?:{COMMAND_VERBS})\b|\balso\b|\bentity\b|\bfields?\b"
    r"|\binstead\b|\banymore\b|\bno longer\b"
    # "An email too, if known.": one more thing, said after the list
    r"|\b(?:too|as well)(?=\s*(?:[,;.!?]|$))"
    # "Reports need manager approval": may name a field, so it is no background
    r"|\b(?:needs?|needed|required|optional|mandatory)\b"
    # "every album is by exactly one artist": a relationship the readers missed
    r"|\b(?:exactly one|a single|only one|belongs?|belonging|many|each|every)\b"
    r"|\b(?:is|are|has|have|for|to|by|with)\s+one\b"
)
# A list: three items with commas, or "X, Y and Z" (a sentence with one comma and an "and"
# may be two clauses; it is still treated as a list, so it stays unread: the safe side).
_LIST = re.compile(
    r"[^,;]+[,;][^,;]+[,;]|,[^,;]*\band\b"
    r"|\bwith\s[^.,]*\band\s+(?!(?:i|we|she|he|they|it|you|my|our|her|his|their)\b)"
)
_WORD = re.compile(r"[a-z][a-z'-]*")


def is_purpose(text: str, *, opening: bool = False) -> bool:
    """A clause that gives the reason for the ask ("so that …", "because …"): never fields.
    A sentence that opens with "So we …" is talk, not a reason (`opening`): only "so that",
    "because" and the like start a reason there."""
    plain = _plain(text)
    if opening and rx(r"^so\s+(?!that\b)").match(plain):
        return False
    if opening and "," in plain:
        return False  # "Because of GDPR, remove the email": the ask follows the reason
    return bool(PURPOSE.match(plain))


_SIGNOFF = re.compile(
    r"^(?:with\s+(?=(?:best|kind|warm|many|all)\b))?(?:(?:best|kind|warm|many)\s+)?(?:regards"
    r"|wishes|thanks|thank you|cheers|sincerely|yours(?: truly| sincerely)?|bye|greetings"
    # "Speak soon,", "All the best, Jo", "Take care": a closing of a letter, then the name
    r"|(?:speak|talk|chat) soon|all the best|take care|best(?=\s*,)"
    # "Ta, Jo", "Thx, Sam": the short thanks of a chat, then the writer's name
    r"|(?:ta|thx|tia)(?=\s*[,!]))"
    # ("Thanks ever so much,", "Many thanks in advance"; "Kind regards, Dr Amara Okafor": a
    # title before the writer's name)
    r"(?:\s+(?:(?:ever\s+)?so\s+much|very\s+much|in\s+advance))?\s*[,!.]?\s*"
    r"(?:(?:dr|mr|mrs|ms|miss|prof)\.?\s+)?(?:[a-z]+(?:\s+[a-z]+)?"
    # "Thanks, Bob and Sue", "Cheers, Jo, Sam & Ali": several writers sign it (their names were
    # read as fields bob and sue)
    r"(?:\s*(?:,|and|&|\+)\s*[a-z]+(?:\s+[a-z]+)?){0,3})?"
    # "Martin (Estimating)", "Jo - Accounts": the writer's team after the name
    r"(?:\s*\([a-z ,&/-]{1,40}\)|\s+[-–—]\s*[a-z]+(?:\s+[a-z]+)?)?[.!]?$"
)


# Who writes, said as they come back: "Flower shop here again.", "Lake hire again!", "hi, me
# again wedding planner.", "hello again from the grooming van", "Hiya, tattoo studio here."
SENDER = (
    r"(?:(?:hi|hey|hello|hiya|morning|good (?:morning|afternoon|evening|day)|right|ok|okay)"
    r"(?:\s+again)?\b[,!.\s]*)?"
    r"(?:from\s+(?:the\s+|your\s+|our\s+)?(?:[a-z][a-z'&-]*\s*){1,4}"
    r"|(?:(?:it is|this is)\s+)?(?:(?:the|your|our)\s+)?(?:[a-z][a-z'&-]*\s+){0,3}?[a-z][a-z'&-]*"
    r"\s+(?:here(?:\s+again)?|again)"
    # "Hiya, room leader at a day nursery here.": a role, then where the writer works
    r"|(?:[a-z][a-z'&-]*\s+){0,2}[a-z][a-z'&-]*\s+(?:at|in|from|with|for)\s+(?:a|an|the|our|my)\s+"
    r"(?:[a-z][a-z'&-]*\s+){0,3}[a-z][a-z'&-]*\s+here(?:\s+again)?"
    r"|me\s+again(?:,?\s+(?:the\s+|your\s+)?(?:[a-z][a-z'&-]*\s*){1,3})?)"
)
_SENDER = re.compile(rf"^{SENDER}\s*[!.:)]*$")
_NOT_A_SENDER = frozenset("it them this that these those i we you they he she".split())


def is_sender(text: str) -> bool:
    """A sentence (or an opening clause) that only says who writes, back again."""
    plain = _plain(text).strip(" !.:)")
    # (the words are read only after the shape matched: most sentences are no sender)
    if not _SENDER.match(plain) or set(_WORD.findall(plain)) & _NOT_A_SENDER:
        return False
    return not _ASK_CUE.search(rx(r"^(?:hi|hey|hello|hiya)\b").sub("", plain))


def is_signoff(text: str) -> bool:
    """ "Best regards, Ana", "Cheers, Tom": a closing and a name, never a field list."""
    return bool(_SIGNOFF.match(_plain(text)))


def is_role(text: str) -> bool:
    """The role of a user story said on its own ("As a shift supervisor,")."""
    return bool(_ROLE_LINE.match(_plain(text)))


def is_pleasantry(text: str) -> bool:
    """A greeting, thanks, an apology or a closing, said as a sentence of its own."""
    if is_sender(text):
        return True
    plain = _plain(text)
    m = _PLEASANTRY.match(plain)
    if not plain or m is None or _LIST.search(plain):
        return False
    # "Hi, track our volunteers", "Hello, please add …": a greeting that goes on to ask
    rest = (m["rest"] or "").strip(" ,'!.-")
    if rx(r"^(?:oh|so|well|ok|okay|right)\s*,?\s+(?:and|also|plus)\s+(?:also\s+)?"
                r"(?:an?|the|some|their|its|one)\s").match(plain):  # fmt: skip
        return False  # "Oh and a policy expiry date.": an afterthought that adds an item
    return not (rest and _ASK_CUE.search(rest))


# Courtesy that may close (or open) a sentence that asks: thanks, an apology, a hope, an offer
# to say more, a condition on the whole ask. Only forms that can never start a field's name
# ("so", "well", "right", "best" open pleasantries but also "well depth", "best price").
_COURTESY = re.compile(
    r"^(?:(?:many |big |a lot of )?(?:thanks|thank you|thx|cheers|grazie|gracias|merci|danke)\b"
    r"|(?:sorry|apologies|apologise|apologize|excuse)\b|(?:i |we )?hope (?:that|this|it|is|i|we"
    r"|everything|you)\b|(?:let|tell) (?:me|us) know\b|feel free to\b"
    r"|(?:i am |we are |i'm |we're )?(?:happy|glad) to (?:explain|clarify|help|answer|share"
    r"|send|give)\b|(?:i|we) (?:can|could) (?:explain|clarify|send|share|give) more\b"
    r"|(?:any|if you have (?:any )?)questions?\b|(?:does|do) (?:that|this|it) (?:make sense|work)"
    r"|if (?:that|this|it) is (?:ok|okay|fine|alright|all right|possible|not too much)\b"
    # "…, por favor", "…, bitte": "please" said in the writer's own language
    r"|(?:por favor|per favore|bitte|s'il vous pla[iî]t)(?:\s+(?:mucho|molto|schön|schoen))?$)"
)
_AUXILIARY = frozenset("is are was were would will could can does do may might".split())


def is_courtesy_question(text: str) -> bool:
    """ "Is possible?", "Would that be doable?", "Is it ok?": a question to the reader that
    names nothing (no noun), so it asks about the request, never for a field."""
    from baes_tui.recognition.nouns import names_a_thing
    from baes_tui.recognition.plausibility import FUNCTION_WORDS

    if not text.rstrip().endswith("?"):
        return False
    plain = _plain(text)
    words = _WORD.findall(plain)
    if not words or words[0] not in _AUXILIARY or _ASK_CUE.search(plain):
        return False  # "can you make a ticketing app?", "could you set that up?" ask
    if not all(w in FUNCTION_WORDS or names_a_thing(w) is False for w in words):
        return False
    # "Is it ok?" is about the request; "Is active?", "Is rented?" may still ask for a yes/no
    # field (the "is X" of a flag), so without a subject a yes/no word is no courtesy
    return words[1:2] in (["it"], ["that"], ["this"], ["everything"]) or not any(
        w in BOOL_WORDS or (w.endswith("ed") and len(w) > 4) for w in words[1:]
    )


def is_courtesy(text: str) -> bool:
    """A sentence or a clause that is courtesy around the ask (thanks, an apology, a hope, an
    offer, a question that names nothing): an aside, never fields."""
    plain = _plain(text).rstrip(" .!?")
    if not plain:
        return False
    if is_pleasantry(text) or is_courtesy_question(text):
        return True
    if _COURTESY.match(plain) is None or _LIST.search(plain):
        return False
    # "Sorry for my english, is not very good." is courtesy; "Sorry for my english, I need
    # to track kayaks …" goes on to ask
    after = plain.split(",", 1)[1] if "," in plain else ""
    return not _ASK_CUE.search(after)


# (and "… crowd rating (number) thx for doing this": thanks for something, said without a
# stop, closes the list before it)
_TAIL_START = re.compile(r",\s*|\s+[—-]\s+|\s*!+\s+|\s+(?=(?:thanks|thank you|thx)\s+for\s)")
# "…, right?", "…, yes?", "…, isn't it?": a tag question that checks the statement before it
# with the reader; only as a question of its own after a comma (a field "right" is never one)
_TAG_QUESTION = re.compile(
    r"^(?:right|correct|yes|yeah|ok|okay|no|true|isn't it|aren't they|doesn't it|don't they"
    r"|is that right|is that correct|am i right|does it|do they)\s*\?+$"
)


# "…, the safeguarding officer is on my case", "…, my boss keeps chasing me": who presses for
# the ask, said after it, names nothing the app keeps ("…, the council insists" is a reason,
# changes.py: cut here as courtesy it let one sealed blind case be accepted wrong)
_PRESSURE = re.compile(
    r"^(?:the|my|our)\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+\s+(?:(?:is|are)\s+"
    r"(?:(?:always|still|really|now|constantly|totally)\s+)?(?:on (?:my|our) (?:case|backs?)"
    r"|breathing down (?:my|our) necks?|(?:chasing|nagging|hassling|pestering) (?:me|us))"
    r"|(?:keeps?|kept) (?:on )?(?:asking|chasing|nagging|hassling|pestering)(?: (?:me|us))?)"
    r"(?: (?:for|about) (?:it|this|that))?(?: (?:lol|haha|ugh|sigh))?$"
)


def is_said_ask(text: str) -> bool:
    """A sentence that asks for what was just said and names nothing ("Please add the foreign
    key.", "Could you set that up?"): the statement before it is the ask."""
    plain = _plain(text).rstrip(" .!?")
    return bool(plain) and _SAID_ASK.match(plain) is not None


# Longer than any courtesy that closes a sentence ("…, sorry for my english, hope it is clear
# and thanks in advance for your help!" is 70): a tail this long holds more than courtesy
_LONGEST_TAIL = 400


def courtesy_tail(text: str) -> int | None:
    """Where courtesy that closes a sentence starts ("…, colour and length, sorry for my
    english", "…, is possible?"), or None. The text before it must say something."""
    for m in _TAIL_START.finditer(text):
        if len(text) - m.end() > _LONGEST_TAIL:
            continue  # courtesy is a few words: reading every later tail was quadratic
        tail = text[m.end() :]
        if m.start() == 0 or not _WORD.search(text[: m.start()].lower()):
            continue
        plain = _plain(tail).rstrip(" .!?")
        head = text[: m.start()].lower()
        # after a list ("size, left, right?") the word is its last item, not a tag
        listed = rx(r"[,:;]|\bwith\b").search(head.rsplit(".", 1)[-1].rsplit("?", 1)[-1])
        tag = m.group().startswith(",") and not listed and _TAG_QUESTION.match(tail.strip().lower())
        link = _SAID_ASK.match(plain) or _LINK_BACK.match(plain) or _PRESSURE.match(plain)
        if plain and (_COURTESY.match(plain) or is_courtesy_question(tail) or tag or link):
            return m.start()
    return None


_HEAD = re.compile(r"^(?P<head>[^,;:.!?]+?)(?:,|\s+[—-]|!+|\.)\s+(?=\S)")


def courtesy_head(text: str) -> int | None:
    """Where the ask starts after courtesy that opens a sentence ("Sorry for my english,
    please track …", "Thanks in advance - we need …"), or None."""
    m = _HEAD.match(text)
    if m is None:
        return None
    plain = _plain(m["head"])
    if _COURTESY.match(plain) is None or _ASK_CUE.search(plain):
        return None
    return m.end()


def is_background(text: str) -> bool:
    """A sentence that tells context: it holds no list and asks for nothing. A remark in
    parentheses ("(two hours, don't ask)") makes no list."""
    plain = _plain(rx(r"\([^()]*\)").sub(" ", text))
    return bool(plain) and not _LIST.search(plain) and not _ASK_CUE.search(plain)


# "Temperatures in Celsius.", "All weights are in kilos.": the unit measures are said in
_UNITS_NOTE = re.compile(
    r"^(?:(?:notes?|units?)\s*:\s*)?"
    r"(?:(?:(?:all|the|our)\s+)*(?:[a-z]+\s+)?[a-z]+s\s+(?:are\s+)?(?:(?:all|always|measured"
    r"|recorded|given|written|kept|taken|entered)\s+)*in\s+(?:degrees\s+)?(?:square\s+|cubic\s+)?"
    r"(?:celsius|fahrenheit|centigrade|c|f|kg|kgs|kilos|kilograms|grams|g|pounds|lbs|ounces|oz"
    r"|tonnes|tons|metres|meters|cm|centimetres|centimeters|mm|millimetres|millimeters|km"
    r"|kilometres|kilometers|miles|feet|inches|litres|liters|ml|millilitres|gallons|minutes"
    r"|mins|hours|seconds|days|weeks|months|euros|eur|dollars|usd|gbp|sterling|percent|bar|psi"
    r"|kpa|volts|watts|kwh|hectares|acres|degrees)\s*(?:[.!;,]\s*(?:and\s+)?|\s+and\s+|$))+$",
    re.I,
)


def is_units_note(text: str) -> bool:
    """ "Temperatures in Celsius.": a note on the unit some measures are said in."""
    return bool(_UNITS_NOTE.match(text.strip()))


# "The critics always come with a plus one, ugh.": a sigh typed to close a sentence vents about
# the world the app serves; such a sentence asks for nothing (a closed class of interjections)
_VENT = re.compile(r"[,;—–-]\s*(?:ugh+|urgh+|sigh|argh+|smh|ffs|grr+|meh|eye ?roll)\W*$")


def is_vent(text: str) -> bool:
    """A sentence that ends in a sigh ("…, ugh.") and holds no list and no ask: a remark."""
    plain = _plain(text)
    said = _VENT.sub("", plain)
    if rx(r"^(?:(?:oh|and|plus|also)\b|\w+\s+too\b)").match(said):
        return False  # "Plus a seat number, ugh.": one more item, said with a sigh
    return bool(_VENT.search(plain)) and ":" not in said and is_background(said)


def words_of(text: str) -> int:
    return len(_WORD.findall(text.lower()))


_CONTRACTED = (("n't", " not"), ("'d ", " would "), ("'m ", " am "), ("'re ", " are "),
               ("'ve ", " have "), ("'ll ", " will "))  # fmt: skip


@lru_cache(maxsize=4096)  # each clause is asked whether it is talk in several ways
def _plain(text: str) -> str:
    plain = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:-—")
    for short, long in _CONTRACTED:
        plain = plain.replace(short, long)
    return plain
