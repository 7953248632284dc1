"""Stage 3 of recognition: a noun phrase → the entity it is about, or None.

The entity is the thing managed, never the frame around it: "a member registry" → Member,
"a service around an Invoice entity" → Invoice, "a catalogue of books" → Book, "a fleet app to
manage vehicles" → Vehicle, "the animals on our farm" → Animal, "a clinic's Patient records" →
Patient. Rules, in order:

1. "X entity" / "entity X" / "entity called X" name X outright (strong evidence).
2. A possessive names what follows it ("the museum's exhibits" → exhibits); a phrase ending in
   one names its owner ("each volunteer's" → volunteer).
3. The phrase ends at the first word that starts a clause or a place ("on", "at", "in", "from",
   "with", "that", "who", "where", …). "of", "for", "around", "about" and "to manage" lead to
   a complement, which wins when the head is only a frame ("a catalogue of books"), when it is
   reached through a manage verb ("an app to manage vehicles"), or when it is a bare plural or
   written as an entity ("a lab system for analyses"); otherwise the head wins and the
   complement is context ("a patient register for the clinic").
4. Articles, possessives, quantifiers and size words are dropped; technology words are
   dropped; frame nouns are dropped from the end ("employee directory" → employee).
5. At most three words remain; the last is made singular; the name passes `safe_entity_name`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import plural as plural_of
from baes_tui.core.inflection import singular
from baes_tui.core.models import EntitySpec
from baes_tui.core.names import safe_entity_name
from baes_tui.recognition.lexicon import (
    FILLER,
    FRAME_NOUNS,
    FRAME_PHRASES,
    HARD_FRAMES,
    INTERJECTIONS,
    MANAGE_VERBS,
    NEVER_ENTITY,
    NOT_A_FIELD,
    PLURAL_FIELDS,
    SIZE_WORDS,
    SYSTEM_WORDS,
    TECH_WORDS,
)
from baes_tui.recognition.nouns import (
    first_sense,
    foreign_compound,
    gerund_compound,
    in_wordnet,
    is_modifier,
    is_noun,
    is_verb,
    names_a_thing,
    only_a_noun,
    only_an_adverb,
    only_describes,
)
from baes_tui.recognition.patterns import rx

MAX_ENTITY_WORDS = 3
# Heads that name no kind of thing: only a noun before them names one ("drill bits")
_VAGUE_HEADS = frozenset("thing things stuff bit bits one ones".split())
_MAX_JOINED_PARTS = 6  # "certificate-of-conformity-for-export" is still one written name

_ENTITY_WORD = r"(?:entity|entities|model|resource|table|object|class)"
# a name written as one ("ControlledDrugRegister"), its words joined by cleaning
_WHOLE = r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*"
_EXPLICIT_AFTER = re.compile(
    rf"\b{_ENTITY_WORD}\s+(?:(?:called|named)\s+[\"']?|[\"'])(?P<np>[a-z][a-z0-9 ]*?)[\"']?(?:\s|$)"
    rf"|^(?:the\s+)?{_ENTITY_WORD}\s+(?P<np2>{_WHOLE})$"
    # "the entity ClimbingRoute" (its words split by cleaning): "entity" before a whole name
    # ("entity for glazes", the article left out: whom it is for follows, as after "an entity")
    r"|^(?:the\s+)?entity\s+(?!(?:for|of|about|around|with|to)\s)"
    r"(?P<np4>[a-z][a-z0-9]*(?:\s[a-z][a-z0-9]*){1,2})$"
    # "an entity Scale (with …)", "a new entity Kiln", "New entity Kiln" (a heading's
    # shorthand, no article): the word after "entity" is its name
    # ("New entity Leave Application": a name of two or three words is said whole)
    r"|^(?:(?:an?|one|another)\s+(?:new\s+)?|new\s+)entity\s+"
    rf"(?P<np3>(?!(?:called|named|for|with|of|to)\b){_WHOLE}"
    r"(?:\s(?!(?:for|with|of|to|and|or|in|on)\b)[a-z][a-z0-9]*){0,2})$"
    # "entity Kiln for my pottery", "an entity Coach for the club": whom it is for is no part
    # of the name
    rf"|^(?:(?:an?|one|another|the)\s+(?:new\s+)?|new\s+)?entity\s+(?P<np5>{_WHOLE})"
    r"\s+for\s+(?:my|our|the|a|an|his|her|their)\s+[a-z][a-z0-9' -]*$"
)
_COMPLEMENT = re.compile(
    r"\s+(?P<prep>(?:(?:to|for|that|which)\s+|where\s+(?:[a-z]+\s+){1,2}?(?:can\s+)?"
    # "an intake app for the co-op to manage deliveries": whom it is for, then what it manages
    r"|for\s+(?:the|our|my|a|an|their|his|her)\s+[a-z-]+(?:\s[a-z-]+)?\s+to\s+)"
    rf"(?:{MANAGE_VERBS})"
    r"|of|for|around|about|covering)\s+"
    r"(?P<rest>.+)$"
)
_BOUNDARY = frozenset(
    """going online offline on at in from with by that who which where whose
    when while so because but if as via using into onto we i you
    they he she it is are was were be has have had can could
    should would will must shall need needs want wants like to and or than then
    please each per across around within without between under over through during until
    since now nowadays today again already anymore also""".split()
)
_GERUND_FRAMES = {"ticketing": "ticket", "invoicing": "invoice"}
# Plurals whose business meaning differs from the first dictionary sense.
_BUSINESS_SINGULAR = {"leaves": "leave"}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z][a-z0-9]*)*(?:'[a-z]+)?")
# "leaves taken by staff", "cars sold last year": a participle ends the noun phrase.
_PARTICIPLES = frozenset(
    """taken given seen done kept sold bought held made written run owned used received sent
    issued booked borrowed lent rented stored created managed tracked recorded listed placed
    assigned produced delivered shipped stocked grown planted hired employed""".split()
)


@dataclass(frozen=True, slots=True)
class Noun:
    """An entity read from a phrase, and how sure the phrase was about it."""

    name: str
    explicit: bool  # written as an entity ("Invoice entity", "entity called Tag")
    words: tuple[str, ...]  # the lowercase words the name came from
    framed: bool = False  # only the complement of a frame ("an app for HR"): weak evidence


def entity_name(phrase: str) -> str | None:
    """The entity's name for a phrase, or None (see `read_noun`)."""
    noun = read_noun(phrase)
    return noun.name if noun else None


@lru_cache(maxsize=8192)
def read_noun(phrase: str, *, records: bool = False) -> Noun | None:
    """The entity a noun phrase is about; None when it names none. `records`: the phrase is
    one side of a link between records ("each loan application belongs to one branch"), so a
    compound ending in a frame word is a kind of record, not the system built."""
    text = " ".join(phrase.lower().replace("’", "'").split())
    text = rx(r"[\"“”]").sub("", text)
    text = rx(r"\s*[,;]\s*").split(text, maxsplit=1)[0]  # a noun phrase holds no list
    # "drop the customer's table", "the Kennel's entity": the thing's own table is the thing;
    # its "'s" is no word of the name (it was CustomerS, removed and accepted)
    text = rx(r"(?<=[a-z])(?:'s|(?<=s)')\s+(?=(?:table|entity|model|record)s?$)").sub(" ", text)
    text = rx(r"(?<=[a-z]s)'(?=\s|$)").sub("'s", text)  # "the kids' chores" → "kids's chores"
    text = _foreign_joined(text)
    # "a lot of stuff", "lots of parcels": how many, said before the things (a lot at an
    # auction or in a tender is a thing)
    text = rx(r"(?:^|(?<=\s))(?:a\s+)?lots?\s+of\s+").sub("", text)
    # (llm60) "hundreds of them", "a dozen of our kayaks", "thousands of those": how many, said
    # before the things (or before a pronoun pointing at them), never a thing Hundred (it was
    # read so, accepted)
    text = rx(
        r"^(?:(?:about|around|over|nearly|almost|roughly|maybe|some|literally)\s+)?(?:an?\s+)?"
        r"(?:hundreds?|thousands?|dozens?|scores)\s+of\s+(?=[a-z])"
    ).sub("", text)
    # "a couple of fields to Vendor", "a couple of dogs": how many, as "a lot of" says ("the
    # couples", "a couple" alone are people kept)
    text = rx(r"^(?:a\s+)?couple\s+of\s+(?=[a-z])").sub("", text)
    # "bit of a change for the vaccination records": "(a) bit of a" says how much, no thing
    text = rx(r"^(?:a\s+)?(?:little\s+)?bit\s+of\s+(?:a|an)\s+").sub("", text)
    # "(record) for each round:", "for every visit": the thing each record is said after "for"
    text = rx(r"^(?:for|of)\s+(?=(?:each|every)\s+[a-z])").sub("", text)
    # "the whole Wishlist entity", "that entire table": after a determiner, "whole" and
    # "entire" say all of the thing, no part of its name
    text = rx(r"\b(the|this|that|its|their|our|my)\s+(?:whole|entire)\s+(?=[a-z])").sub(
        r"\1 ", text
    )
    if _POSSESSIVE_PRONOUN.match(text):
        return None  # "a few of mine", "some of ours": the person's own, named before
    if text.endswith(" gets"):
        # (add58) "Release gets a codename and …": "gets" is the verb, never a noun's head (it
        # was a thing ReleaseGet, accepted)
        return None
    if _AND_THEIR_THINGS.search(text):
        return None  # "members and their subscriptions": two things, neither one alone
    explicit = _explicit(text, records=records)
    if explicit is not None:
        return explicit
    if (held := _THINGS_LIBRARY.match(text)) and _held_plural(held["things"]):
        # (lz63) "a tracks library", "a questions bank": a plural before the store names what
        # it holds, the things kept ("a music library", "a school library" stay whole)
        return _plain(held["things"], records=records) or _plain(text, records=records)
    if (kept := _THINGS_PEOPLE_DO.match(text)) and _relative_without_that(kept):
        # (name57) "the pieces students make", "leashes ppl leave with us": a plural, then
        # who does something to them, is the plural said with a relative clause and no "that"
        # (llm60: after a frame, "a list of the hives members register": the frame's things)
        things = f"{kept['frame'] or ''}{kept['things']}"
        return _plain(things, records=records) or _plain(text, records=records)
    if (kept := _THING_ONE_DOES.match(text)) and _one_does(kept):
        # (llm60) "every journey the van makes", "each delivery the driver does": the thing,
        # then one other thing (with its article) and a verb of the third person, is the
        # thing said with a relative clause and no "that" (it read a thing VanMake, accepted)
        return _plain(kept["things"], records=records) or _plain(text, records=records)
    return _plain(text, records=records)


# (lz63) "(a) tracks library", "the questions bank": things said in the plural before a store
_THINGS_LIBRARY = re.compile(
    r"^(?:(?:the|a|an|our|my|this)\s+)?(?P<things>(?:[a-z-]+\s+)?[a-z-]+s)\s+(?:library|bank)$"
)


def _held_plural(things: str) -> bool:
    """A plural of things held ("tracks", "vinyl records"), not a plural used as a modifier
    ("sports", "sales") nor a word ending in "ss" or "us"."""
    last = things.split()[-1]
    return (
        last not in _PLURAL_MODIFIERS
        and not last.endswith(("ss", "us", "is"))
        and singular(last) != last
    )


# "(the) pieces students make", "the parcels customers send back": things, then a plural (or
# "we", "people") that does something to them: a relative clause with its "that" left out
_THINGS_PEOPLE_DO = re.compile(
    r"^(?P<frame>(?:[a-z-]+\s+){1,3}of\s+)?(?P<things>(?:(?:the|our|all|any|every)\s+)?(?:[a-z-]+\s+)?[a-z-]+s)\s+"
    r"(?P<who>[a-z]+s|ppl|people|we|they|you|i|folks)\s+(?P<verb>[a-z]+)(?:\s+[a-z ]*)?$"
)
# (llm60) "every journey the van makes", "the repairs a fitter does": a thing (one counted, or
# things), then one thing or person with its article and a verb in the third person singular
_THING_ONE_DOES = re.compile(
    r"^(?P<things>(?:(?:the|our|all|any|every|each)\s+)?(?:[a-z-]+\s+)?[a-z-]+)\s+"
    r"(?:the|a|an|our|their|his|her|its|my|your|this|that)\s+(?P<who>(?:[a-z-]+\s+)?[a-z-]+)\s+"
    r"(?P<verb>[a-z]+s)(?:\s+[a-z ]*)?$"
)
# plurals English uses as a modifier before another plural ("sales reps", "sports coaches")
_PLURAL_MODIFIERS = frozenset(
    """sales sports goods arms clothes news savings customs parts accounts arts works services
    means operations communications systems events lessons""".split()
)


def _relative_without_that(m: re.Match[str]) -> bool:
    """Whether the words after the things are who does what to them: a plural noun (or a
    pronoun) and a verb in its plain form ("make", "leave", "send"), the things a plural no
    modifier ("sales reps make …" names reps)."""
    things = m["things"].split()[-1]
    who, verb = m["who"], m["verb"]
    if things in _PLURAL_MODIFIERS or singular(things) == things:
        return False
    if who.endswith("s") and (singular(who) == who or not is_noun(singular(who))):
        return False
    plain = not verb.endswith(("s", "ing", "ed")) or verb in _ING_VERBS
    if not plain or not is_verb(verb):
        return False
    return bool(is_noun(singular(things)))


# (ls61) verbs whose plain form ends in -ing ("the bikes customers bring in", "the bells
# ringers ring"): a plain verb, never a participle (the name read on, BikesCustomersBring)
_ING_VERBS = frozenset("bring ring sing sting swing fling cling spring wring string sling".split())


def _one_does(m: re.Match[str]) -> bool:
    """Whether the words after the thing are one other noun (singular, not a verb first) and a
    verb of the third person ("makes", "does", "sends"), the thing's own words nouns."""
    who = m["who"].split()[-1]
    verb = m["verb"]
    if verb.endswith("ies"):
        base = f"{verb[:-3]}y"  # "carries"
    elif verb.endswith(("shes", "ches", "sses", "xes", "oes")):
        base = verb[:-2]  # "washes", "does"
    else:
        base = verb[:-1]
    if verb.endswith(("ss", "us", "is")) or singular(who) != who or is_noun(who) is not True:
        return False
    return bool(is_verb(base)) and is_noun(m["things"].split()[-1]) is True


def _store_of_things(tail: list[str], marked: str) -> bool:
    """ "a db table for ferry crossings", "a database model of lockers": a table named only by
    the store it is kept in is no thing called Db; the things after "for"/"of" are, and with
    none named ("a db table with name and email") nothing is (a table "called" something is
    named by what follows; "the Tool entity", "the Site table" name things)."""
    said = _TOKEN.findall(marked)[:2]
    return (
        bool(tail)
        and all(w in _STORES for w in tail)
        and said[:1] in (["table"], ["tables"], ["model"], ["models"])
        and said[1:] not in (["called"], ["named"])
    )


# What a table or model is kept in, said before it ("a db table", "a sql model")
_STORES = frozenset(
    "db database sql sqlite sqlite3 mysql postgres postgresql data system backend orm".split()
)


# (a mass noun of things owned is a thing too: "playgrounds and their equipment")
_AND_THEIR_THINGS = re.compile(
    r"^[a-z][a-z -]*?\s+(?:and|plus)\s+(?:their|its)\s+"
    r"(?:[a-z]+s|equipment|gear|kit|furniture|machinery|luggage|baggage)$"
)


def _foreign_joined(text: str) -> str:
    """ "record per diems": a word that would end the phrase ("per") before a word WordNet
    knows only with it ("per diem") starts a name of two words, joined as one ("per-diems")
    so that neither is cut off nor read as a slip."""
    words = text.split(" ")
    if not any(w in _BOUNDARY for w in words[:-1]):
        return text
    out: list[str] = []
    for word in words:
        if out and out[-1] in _BOUNDARY and foreign_compound(out[-1], word):
            out[-1] = f"{out[-1]}-{word}"
        else:
            out.append(word)
    return " ".join(out)


# "mine", "a few of ours": a possessive pronoun without an article names no thing ("the mine",
# "a gold mine" are things)
_POSSESSIVE_PRONOUN = re.compile(r"^(?:(?:[a-z]+\s+){0,3}of\s+)?(?:mine|ours|yours|theirs|hers)$")


# "class series", "the class bookings": "class"
# before a plural in "s" ("class status" is one word's, "ss" and "us" no plural); (lu61) or
# before a word for what is kept of the classes people attend ("record class attendance" read
# a thing Attendance, accepted): a code class is named with a capital ("class Customer")
_LESSONS_OF_A_CLASS = re.compile(
    r"(?:the\s+)?class\s+(?:[a-z]+(?<![su]s)(?<=[a-z]s)|attendance|register|timetable|schedule"
    r"|roster|rota)$"
)


def _explicit(text: str, *, records: bool = False) -> Noun | None:
    if m := _EXPLICIT_AFTER.search(text):
        said = m["np"] or m["np2"] or m["np3"] or m["np4"] or m["np5"]
        if m["np2"] and _LESSONS_OF_A_CLASS.match(m[0]):
            # (name57) "class series", "class bookings", "class passes": a plural after
            # "class" names things of the classes people attend (a code class is singular,
            # "class Customer"), a compound the words say whole
            whole = _plain(m[0], allow_frames=True, records=True)
            if whole is not None and len(whole.words) == 2:
                return whole
        # "the entity Leave Application": a frame word after a noun, said as the entity's
        # name, is a kind of record (as before the marker: "the Leave Application entity")
        noun = _plain(said, allow_frames=True, records=" " in said.strip())
        if noun is not None:
            return Noun(noun.name, True, noun.words)
    if (before := _marker_before(text, records=records)) is not None:
        words = _tokens(before)
        # the words right before "entity", back to the first article or preposition
        tail: list[str] = []
        for word in reversed(words):
            if word in FILLER or word in _BOUNDARY or word in ("of", "for", "about"):
                break
            tail.insert(0, word)
        if _store_of_things(tail, text[len(before) :]):
            return None
        # "the skate rental entity": a frame word after a noun, marked as the entity, is a
        # kind of record (SkateRental), as "the Yoga Class entity" is YogaClass
        noun = _plain(" ".join(tail), allow_frames=True, records=True) if tail else None
        if (
            noun is not None
            and len(tail) >= 2
            and tail[-1] in FRAME_NOUNS
            and len(noun.words) < len(tail)
            and (whole := _named(tail, frame_ok=True)) is not None
        ):
            # "the Daily Log entity", "a fishing log entity": the frame word marked as the
            # entity is the thing, with its modifier (Daily alone names nothing kept)
            noun = whole
        if noun is not None:
            return Noun(noun.name, True, noun.words)
    return None


_MARKER = re.compile(rf"\s+(?P<marker>{_ENTITY_WORD})\b")
_SOFT_MARKERS = frozenset("model resource table object class".split())
_AFTER_MARKER = frozenset("called named for of about".split())


def _adjective_before(text: str) -> bool:
    """The last word of `text` is an adjective that is no noun ("celestial", "digital")."""
    words = _TOKEN.findall(text)
    return bool(words) and is_noun(words[-1]) is False and is_modifier(words[-1]) is True


def _marker_before(text: str, *, records: bool = False) -> str | None:
    """ "X entity": the marker that ends the name. A marker right before another one is part
    of the name ("the Fitness Class entity" → FitnessClass), and a word such as "class" or
    "table" that a noun follows is a noun of the phrase ("a fitness class booking system").
    `records`: the phrase is one side of a link, where "a dance class" is one lesson linked."""
    for m in _MARKER.finditer(text):
        after = _TOKEN.findall(text[m.end() :])[:1]
        nxt = after[0] if after else ""
        if nxt and rx(_ENTITY_WORD).fullmatch(nxt):
            continue
        if (
            m["marker"] in _SOFT_MARKERS
            and nxt
            and nxt not in _BOUNDARY
            and nxt not in _AFTER_MARKER
        ):
            continue
        if m["marker"] in _SOFT_MARKERS and _adjective_before(text[: m.start()]):
            # (mix59) "one celestial object", "a physical resource": after a word that only
            # describes, the marker is the noun it describes (Celestial alone names nothing)
            continue
        if m["marker"] in ("class", "table") and _counted_before(
            text[: m.start()], indefinite=records
        ):
            # "each dance class", "every pottery class": lessons counted, not code; "each
            # picnic table": furniture counted (nobody counts the tables of a database)
            continue
        if m["marker"] == "class" and _lesson_for_things(text[: m.start()]):
            continue  # "dogs for the agility class": whom the things are for, a lesson
        return text[: m.start()]
    return None


# "children for the kids' pottery class", "dogs for the agility class": things named in the
# plural, then the class they are for
_THINGS_FOR_A_CLASS = re.compile(
    r"^(?:[a-z-]+\s+){0,2}?(?P<things>[a-z-]+)\s+for\s+(?:the|our|my|a|an|this|that)\s+"
    r"[a-z][a-z' -]*$"
)


def _lesson_for_things(before: str) -> bool:
    """Whether "class" ends a place the plural things before "for" are kept for: a class
    people attend, not a code class ("a service for the Customer class" names no plural)."""
    m = _THINGS_FOR_A_CLASS.match(before.strip())
    return bool(m) and singular(m["things"]) != m["things"]


def _counted_before(before: str, *, indefinite: bool = False) -> bool:
    """ "record each fitness class": "class" after a noun counted with "each"/"every" is one
    of the lessons kept (FitnessClass); nobody counts a code class ("the Customer class").
    `indefinite`: on a side of a link "a"/"an" counts one too ("a yoga class has one teacher"
    links lessons; a code class linked is "the Customer class")."""
    words = _tokens(before)
    counters = ("each", "every", "a", "an") if indefinite else ("each", "every")
    for word in reversed(words):
        if word in counters:
            return True
        if word in FILLER or word in _BOUNDARY or word in ("of", "for", "about"):
            return False
    return False


def _tokens(text: str) -> list[str]:
    words = _TOKEN.findall(text)
    out = []
    for word in words:
        if word.endswith("'s") or word.endswith("s'"):
            out.append(word[:-2] if word.endswith("'s") else word[:-1])
            out.append("'s")
        else:
            out.append(word)
    return out


# Frame words that also name a kind of record when a noun comes before them: a "camp site",
# a "loan application", a "service record", a "training programme" are rows, not the system.
_RECORD_FRAMES = frozenset(
    """application applications site sites platform platforms service services record records
    log logs entry programme programmes program programs schedule schedules register registers
    rental rentals""".split()
) | frozenset(("manager", "managers"))  # a role after a noun is a person: "one lab manager"


def _compound_record(head: list[str]) -> bool:
    return (
        len(head) >= 2
        and head[-1] in _RECORD_FRAMES
        and head[-2] not in FRAME_NOUNS
        and not head[-2].endswith("ing")
        and is_noun(head[-2]) is not False
    )


_COUNTING = frozenset(("each", "every", "per"))


def _counted_application(words: list[str], head: list[str]) -> bool:
    """ "log each grant application", "each planning application belongs to one ward": an
    application counted one by one is a form someone files, a record kept; the app built is
    never counted ("a planning application" alone may still be the software)."""
    return (
        len(words) >= 3
        and words[0] in _COUNTING
        and len(head) == 2
        and head[-1] == "application"
        and head[-2] not in FRAME_NOUNS
        and is_noun(head[-2]) is True
    )


_COMPLEMENT_FIRST = re.compile(r"\s(?:of|for|about|around|covering)\s")


# No name is longer than this: a phrase read past it ("box of box of …" two thousand times)
# only nests its complements deeper (the recursion overflowed and the request was lost)
_MOST_WORDS = 60


def _plain(text: str, *, allow_frames: bool = False, records: bool = False) -> Noun | None:
    # "a clinic's patient records" → "patient records"; "each volunteer's" → "volunteer"
    words = _tokens(text)[:_MOST_WORDS]
    # ("bulbs for the garden club's fair": a possessive after "of"/"for" is the complement's,
    # read there)
    inner = "'s" in words and bool(_COMPLEMENT_FIRST.search(" ".join(words[: words.index("'s")])))
    if "'s" in words and not inner:
        cut = len(words) - 1 - words[::-1].index("'s")
        after = words[cut + 1 :]
        words = after if after and after[0] not in _BOUNDARY else words[:cut]
    words = _before_relative(_after_infinitive(words))
    if len(words) > 2 and words[0] in _PARTICLES and words[1] in ("each", "every", "all", "the"):
        words = words[1:]  # "(write) down each brew": the particle is the verb's, not a name
    text = (
        " ".join(words).replace(" 's", "'s") if inner else " ".join(w for w in words if w != "'s")
    )
    text = _OF_COMPOUND.sub(_of_compound, text)
    head_text, prep, rest = text, "", ""
    if m := _COMPLEMENT.search(text):
        head_text, prep, rest = text[: m.start()], m["prep"], m["rest"]
    head = _head_words(head_text)
    # "on skate rental", "the bike rentals": a rental of a thing is a record (the rental app
    # around it is a frame: "a bike rental app" has no rental last)
    kept = records or (bool(head) and head[-1] in ("rental", "rentals"))
    if _counted_application(words, head):
        head_core = head
    elif words[:1] in (["each"], ["every"]) and furniture_tables(head, counted=True):
        head_core = head  # "every picnic table has …": a table counted is furniture
    elif words[:1] in (["each"], ["every"]) and _services_done(head, counted=True):
        head_core = head  # "for each car service": one service counted is a job done, no app
    elif records and gerund_compound([*head[:-1], "lists"]) and head[-1:] == ["list"]:
        head_core = head  # (md64) "each book is on one reading list": a list linked to is kept
    else:
        head_core = head if kept and _compound_record(head) else _strip_frames(head)
    if (
        head_core
        and len(head) == len(head_core) + 1
        and head[-1] in FRAME_NOUNS
        and singular(head[-1]) != head[-1]
        and all(
            "-" in w
            and is_noun(w) is False
            and not set(w.split("-")) & FRAME_NOUNS
            and any(is_noun(part) is False for part in w.split("-"))
            for w in head_core
        )
    ):
        # "on-call rotas with F, G": a frame word whose modifier is no noun (a hyphened
        # adjective) is the head of the name, not a frame around "on-call" (nouns written as
        # one, "CakeOrder records", "ParkingSystem records", are the thing the records are of)
        head_core, allow_frames = head, True
    if rest and (audience := _kept_for_audience(head, prep, rest)) is not None:
        return audience
    if rest and head == head_core and _issued_to_people(head, prep, rest):
        return _named(head)
    if rest and (listed := _listed_on_board(head, prep, rest)) is not None:
        return listed
    if rest and (people := _details_of_people(head, prep, rest)) is not None:
        return people
    if (
        rest
        and _things_the_record_is_for(head, prep, rest)
        and (things := _plain(rest)) is not None
    ):
        return things
    if rest:
        complement = _plain(rest)
        strong = prep not in ("of", "for", "around", "about", "covering") or (
            complement is not None
            and (
                complement.explicit
                or (_bare_plural(rest) and not (head == head_core and _plural_for(head, prep)))
                or _kept_in(head_core, rest, prep)
                or _people_named_again(head_core, rest, prep)
            )
        )
        if complement is not None and (strong or (prep == "around" and not head_core)):
            return complement
        if complement is not None and prep == "of" and head_core in (["piece"], ["pieces"]):
            # "each piece of gear", "pieces of furniture": a piece counts the stuff it is of
            return complement
        if (
            complement is not None
            and prep == "for"
            and head_core in (["place"], ["spot"], ["somewhere"])
            and singular(complement.words[-1]) != complement.words[-1]
        ):
            # "one place for our catering events": where things are kept, said for them,
            # names the things (a place for each thing is no record of its own)
            return complement
        if complement is not None and not head_core:
            return Noun(complement.name, False, complement.words, framed=True)
        if not head_core and complement is None:
            return None
    frame_ok = False
    if not head_core:
        bare = bool(head) and len(head) == 1 and _written_bare(head[0], text)
        framing = HARD_FRAMES | _TECH_THINGS
        if allow_frames or (head and len(head) == 1 and (head[-1] not in framing or bare)):
            # "Rentals: …", "the Server entity": the frame is the entity
            head_core = [w for w in head if w not in TECH_WORDS or w in _TECH_THINGS]
            frame_ok = allow_frames or bare
        if not head_core:
            return None
    # "the Release entity": a word never an entity alone is one when marked as one
    return _named(head_core, frame_ok=frame_ok or allow_frames)


# "powers of attorney", "bills of lading": one thing named with "of" (a dictionary entry),
# not a thing of another one
_OF_COMPOUND = re.compile(r"\b(?P<x>[a-z]{3,}) of (?P<y>[a-z]{3,})$")


# "proof of delivery", "certificate of conformity", "statement of work": a paper that attests
# or covers something, named by what it is of (a bare singular), is one kind of record; the
# paper word alone ("Proof") names no record anyone keeps
_PAPERS = frozenset(
    "proof certificate statement letter notice declaration deed bill contract".split()
)


def _of_compound(m: re.Match[str]) -> str:
    one = singular(m["x"])
    if in_wordnet(f"{one}_of_{m['y']}"):
        return f"{one}-of-{m['y']}"
    if one in _PAPERS and singular(m["y"]) == m["y"] and m["y"] not in FILLER:
        return f"{one}-of-{m['y']}"
    return m[0]


_PREPOSITIONS = frozenset("for of about around to from by at on in with like".split())
_SUBJECTS = frozenset("i we you they he she".split())
_PARTICLES = frozenset("in out up down off back over away".split())


_KEEPING_VERB = re.compile(rf"(?:{MANAGE_VERBS}|note|enter|write down|jot down)")


def _after_infinitive(words: list[str]) -> list[str]:
    """ "(I want) to book rooms", "(we need) to file complaints": the word after "to" that
    opens a phrase is a verb, even when it is also a noun, so it is no part of the name. "to
    the customers" (an article next) is a place, not an infinitive."""
    if len(words) in (2, 3) and words[0] == "to" and _KEEPING_VERB.fullmatch(" ".join(words[1:])):
        # "(I want) to log: name, …", "(we need) to track:": the keeping verb with nothing
        # after it names no thing kept (what is kept is said elsewhere, or not at all)
        return []
    if len(words) >= 3 and words[0] == "to" and words[1] not in FILLER and words[1] != "'s":
        rest = words[2:]
        # "to sign up volunteers", "to write down visits": the verb's particle goes with it
        return rest[1:] if len(rest) >= 2 and rest[0] in _PARTICLES else rest
    return words


def _before_relative(words: list[str]) -> list[str]:
    """ "the contracts we review for clients", "repair requests that I get from tenants": a
    relative clause ends the noun phrase (its complement is no entity)."""
    from baes_tui.recognition.fields import is_participle

    for i, word in enumerate(words):
        # "items brought in", "parcels received from couriers": a reduced relative clause
        if (
            i > 0
            and singular(words[i - 1]) != words[i - 1]
            and words[i - 1] not in _BOUNDARY
            and is_participle(word)
            and (i + 1 == len(words) or words[i + 1] in _PARTICLES | _PREPOSITIONS)
        ):
            return words[:i]
        if 0 < i < len(words) - 1 and _doing_after_plural(words[i - 1], word):
            return words[:i]  # "people renting pitches", "kids attending camp"
        if (
            word == "people"
            and 0 < i < len(words) - 1
            and singular(words[i - 1]) != words[i - 1]
            and is_noun(words[i + 1]) is False
            and is_verb(words[i + 1])
        ):
            return words[:i]  # "the uniform items people donate": what people do to them
        if i == 0 or word not in _SUBJECTS:
            continue
        before = words[i - 1]
        if before in ("that", "which") and i > 1 and words[i - 2] not in _BOUNDARY:
            return words[: i - 1]
        if before not in _BOUNDARY and before not in FILLER and before not in _PREPOSITIONS:
            return words[:i]
    return words


def _doing_after_plural(before: str, word: str) -> bool:
    """ "people renting pitches": a verb's -ing form after a plural noun, with its object after
    it, says what those things do (a reduced relative clause); the name ends before it."""
    from baes_tui.recognition.nouns import is_verb

    if not word.endswith("ing") or len(word) < 6 or before in _BOUNDARY:
        return False
    if singular(before) == before or in_wordnet(singular(before)) is not True:
        return False
    stem = word[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(is_verb(s) for s in stems)


def _written_bare(word: str, text: str) -> bool:
    """A frame word written as a bare plural, no article or owner before it ("record services:
    …", "keep tools with …", "the officiant on services"): things managed, not the system
    built ("a service", "our app")."""
    words = _TOKEN.findall(text)
    if len(words) == 2 and words[0] in ("each", "every", "per"):
        # "Per service: name, tier": one of many, counted, is a record (one system is never
        # counted), as the bare plural is
        return words[1] == word and singular(word) == word
    if len(words) == 2 and words[0] == "the":
        words = words[1:]  # "track the tools": the plural things, pointed at, are kept too
    return bool(words) and words[0] == word and singular(word) != word


def _bare_plural(text: str) -> bool:
    """ "for vans", "for service washes": a plural said without an article; the head (the last
    word of the phrase, before its own complement) is what is plural. A plural that is usually
    a field's own name is no exception: "a photography app for photos" keeps photos."""
    if m := _COMPLEMENT.search(text):
        text = text[: m.start()]  # "volunteer shifts for the garden": the shifts are the head
    words = _TOKEN.findall(text)
    head = _head_words(text)
    return bool(words) and words[0] not in FILLER and bool(head) and singular(head[-1]) != head[-1]


def _plural_for(head: list[str], prep: str) -> bool:
    """ "care plans for residents", "seating preferences for guests": things said in the
    plural, kept for other things in the plural, are the records (one plan per resident);
    the plural after "for" wins over a head that is one thing ("a lab system for analyses")
    or a frame ("a lettings app for properties": the app is the head, "lettings" its kind)."""
    if not head or singular(head[-1]) == head[-1]:
        return False
    # "loans of books", "visits of patients": things done or held in the plural, "of" other
    # things in the plural, are the records (one loan of a book), as "for" says
    return prep == "for" or (
        prep == "of" and first_sense(singular(head[-1])) in _DONE_OR_HELD and len(head) == 1
    )


_DONE_OR_HELD = frozenset(("noun.act", "noun.possession", "noun.event"))


# Boards and pages a market lists its things on ("a gigs board", "a listings page")
_LISTING_PLACES = frozenset("board boards noticeboard page pages hub marketplace".split())


def _listed_on_board(head: list[str], prep: str, rest: str) -> Noun | None:
    """ "a booking board for the fume hoods", "a sign-up page for the meeting rooms": a board
    named by what is done on it (one word, no plural) lists the things in the plural it is
    "for", with or without "the"; people it is for are who use it ("a notice board for the
    staff" keeps no staff)."""
    if prep != "for" or len(head) != 2 or head[-1] not in _LISTING_PLACES:
        return None
    if singular(head[0]) != head[0] or head[0] in FRAME_NOUNS:
        return None  # "a gigs board for freelancers": the plural before it is what it lists
    things = _head_words(rx(r"^(?:the|our|all|all the|their)\s+").sub("", rest.split(" with ")[0]))
    if not things or singular(things[-1]) == things[-1]:
        return None
    if len(things) == 1 and first_sense(singular(things[-1])) in ("noun.person", "noun.group"):
        return None  # (a compound is judged whole: a fume hood is no hood, the gangster)
    return _plain(rest)


# A person's details a list or a book is named by ("a contact list", "an address book")
_DETAILS = frozenset("contact contacts phone address email telephone".split())
_DETAIL_BOOKS = frozenset("list lists book books directory directories sheet register".split())


def _details_of_people(head: list[str], prep: str, rest: str) -> Noun | None:
    """ "a contact list for our trusted tradesmen", "an address book for the clients": a list
    named by a person's details, "for" people in the plural, keeps those people (their
    details are its fields); "a contact list with name, phone" keeps contacts."""
    if prep != "for" or len(head) != 2 or head[0] not in _DETAILS or head[1] not in _DETAIL_BOOKS:
        return None
    who = _head_words(
        rx(r"^(?:the|our|all|all the|all our|their|my)\s+").sub("", rest.split(" with ")[0])
    )
    if not who or singular(who[-1]) == who[-1] or first_sense(singular(who[-1])) != "noun.person":
        return None
    while len(who) > 1 and who[0].endswith("ed") and is_noun(who[0]) is False:
        who = who[1:]  # "our trusted tradesmen": what they are like is no part of the name
    return _named(who)


def _kept_for_audience(head: list[str], prep: str, rest: str) -> Noun | None:
    """ "a gigs board for freelancers", "a recipes site for home cooks": things in the plural
    before a board or an app, which is "for" people, are what it keeps; the people are who use
    it ("a tracker for freelancers" keeps the freelancers: no plural before the frame)."""
    if prep != "for" or len(head) < 2 or head[-1] not in FRAME_NOUNS | _LISTING_PLACES:
        return None
    kept = head[-2]
    if kept in FRAME_NOUNS or singular(kept) == kept or kept in PLURAL_FIELDS:
        return None
    who = _head_words(rest.split(" with ")[0])
    if not who or singular(who[-1]) == who[-1] or first_sense(singular(who[-1])) != "noun.person":
        return None
    if first_sense(singular(kept)) == "noun.person" or is_noun(singular(kept)) is False:
        return None
    return _named(head[:-1])


# Record frames a modifier names the kind of ("a kiln log", "a sign catalogue")
_KIND_NAMED_FRAMES = frozenset(
    "catalogue catalog log logbook register registry list inventory directory tracker".split()
)
# What a modifier that is done, held or someone names: the records themselves ("a repair log
# for the vans" keeps repairs, "a stock register for …" stock, "a member list for …" members)
_MODIFIER_IS_RECORD = frozenset(
    "noun.act noun.event noun.possession noun.person noun.group noun.animal noun.plant".split()
)  # (living things are kept: "a horse register for the stables" keeps horses)


def _things_the_record_is_for(head: list[str], prep: str, rest: str) -> bool:
    """ "a sign catalogue for the showroom samples", "a kiln log for the firings": a record frame
    named by a kind of thing, "for" things in the plural said with "the" or "our", keeps
    those things (the modifier was read as the thing and accepted); a modifier that is an act,
    a holding or a person ("a repair log for the vans", "a member list for the classes") is the
    record, and people, groups and places after "for" are who or where it is for."""
    if prep != "for" or len(head) != 2 or head[-1] not in _KIND_NAMED_FRAMES:
        return False
    mod = head[0]
    if singular(mod) != mod or mod in FRAME_NOUNS or is_noun(mod) is not True:
        return False
    if first_sense(mod) in _MODIFIER_IS_RECORD:
        return False
    m = rx(r"^(?:the|our|my|all the|all our)\s+(?P<t>.+)$").match(rest.split(" with ")[0])
    if m is None:
        return False
    things = _head_words(m["t"])
    if not things or singular(things[-1]) == things[-1] or things[-1] in PLURAL_FIELDS:
        return False
    if singular(things[-1]) in _KEEPING_PLACES | _BUILDINGS:
        return False  # "… for the stables", "… for our shops": where it is kept
    return first_sense(singular(things[-1])) not in (
        "noun.person",
        "noun.group",
        "noun.location",
        None,
    )


# Buildings and rooms things are kept in ("a horse register for the stables")
_BUILDINGS = frozenset(
    "stable kennel cattery shop store office room site branch studio kitchen ward".split()
)


# Things handed to a person to hold or show, whatever WordNet's first sense says (closed class)
_ISSUED_THINGS = frozenset("badge badges permit permits pass passes voucher vouchers".split())


def _issued_to_people(head: list[str], prep: str, rest: str) -> bool:
    """ "a loyalty card for customers", "a locker for members", "a parking permit for residents":
    one object handed to each person (an artifact, not a frame or a system around them) is
    the record, the people are who hold it ("an app for customers" keeps the customers)."""
    if prep != "for" or not 0 < len(head) < 4 or singular(head[-1]) != head[-1]:
        return False
    last = head[-1]
    if last in FRAME_NOUNS | HARD_FRAMES | _TECH_THINGS | _LISTING_PLACES:
        return False
    if last not in _ISSUED_THINGS and first_sense(last) != "noun.artifact":
        return False
    who = _head_words(rx(r"^(?:the|our|all|all the|their)\s+").sub("", rest.split(" with ")[0]))
    return (
        bool(who)
        and singular(who[-1]) != who[-1]
        and first_sense(singular(who[-1])) == "noun.person"
    )


# What a herd, a fleet or a club is made of, and what an orchard, a kennel or a stable keeps:
# living things (a "laptop register for our staff" keeps laptops, not staff)
_KEPT_KINDS = frozenset(("noun.animal", "noun.plant"))


def _kept_in(head: list[str], rest: str, prep: str) -> bool:
    """ "a herd register for our dairy cows", "an orchard app for our fruit trees": a head that
    is a group of things or a place that keeps living things, said before "for" and a plural,
    is made of that plural: the plural is what each record is ("a member registry for our
    credit union" keeps members: the complement is one thing, and "a booking app for our
    rooms" books: an act is the record)."""
    if prep != "for" or len(head) != 1:
        return False
    words = _head_words(rest.split(" with ")[0])
    if not words or singular(words[-1]) == words[-1] or words[-1] in PLURAL_FIELDS:
        return False
    kind = first_sense(head[0])
    if kind == "noun.group":
        return True
    if head[0] in _KEEPING_PLACES and first_sense(singular(words[-1])) == "noun.artifact":
        return True  # "a warehouse database for our forklifts": the machines the place keeps
    return kind == "noun.artifact" and first_sense(singular(words[-1])) in _KEPT_KINDS


# Places that keep machines and goods ("a depot app for our vans", "a farm database for our
# tractors"): said before "for" and a plural of things, the things are the records
_KEEPING_PLACES = frozenset(
    "warehouse farm garage depot workshop shed barn yard hangar boatyard marina".split()
)


def _people_named_again(head: list[str], rest: str, prep: str) -> bool:
    """ "a supplier portal for our tour partners", "a vendor portal for our caterers": people
    before the frame, then people in the plural it is "for", are the same people, named the
    second time by who they are to the business (TourPartner)."""
    if prep != "for" or len(head) != 1 or first_sense(head[0]) != "noun.person":
        return False
    words = _head_words(rest.split(" with ")[0])
    if not words or singular(words[-1]) == words[-1] or words[-1] in PLURAL_FIELDS:
        return False
    return first_sense(singular(words[-1])) == "noun.person"


def _present_run(before: list[str], after: list[str], word: str) -> bool:
    """ "the teachers run classes with …": "run" after a plural with its object next is the
    sentence's own verb in the present (spelt as its participle), no clause closing the
    people's name: the thing kept is the object, not the people ("leaves run by HR" closes)."""
    if word != "run" or not before or not after or singular(before[-1]) == before[-1]:
        return False
    nxt = after[0]
    return nxt in ("the", "a", "an", "our", "their", "its", "his", "her", "my") or (
        singular(nxt) != nxt and is_noun(singular(nxt)) is True
    )


_DETERMINED = frozenset("a an the my our your their his her its some any".split())


def _head_words(text: str) -> list[str]:
    """The words of a phrase up to the first clause or place word, fillers dropped."""
    out: list[str] = []
    tokens = _after_subject_verb(_TOKEN.findall(text))
    determined = False  # a determiner or a possessive said before the phrase's first word
    for at, word in enumerate(tokens):
        if not out and word in _DETERMINED:
            determined = True
        participle = (
            word in _PARTICIPLES
            and not _noun_head(out, tokens[at + 1 : at + 2], word)
            and not _present_run(out, tokens[at + 1 : at + 2], word)
        )
        if (word in _BOUNDARY or participle or _reduced_relative(out, word)) and out:
            break
        if out and only_an_adverb(word) and (word.endswith("ly") or at == len(tokens) - 1):
            # "keep wreath orders instead: …", "coupons completely": how or when it is asked,
            # not the thing ("before 6am", "alongside the site": WordNet's adverbs that are
            # prepositions too go on to their object)
            break
        if word in _BOUNDARY or (
            word in INTERJECTIONS and not (word == "well" and _well_of(tokens[at + 1 : at + 2]))
        ):
            continue
        out.append(word)
    # "track main bursts": "main" the adjective takes a determiner ("the main contractor");
    # first in a bare plural phrase it is the noun, the pipe, and part of the thing's name
    bare_main = len(out) > 1 and out[0] == "main" and singular(out[1]) != out[1]
    # (new59) "save favourite designs", "keep favourite recipes": the favourites kept, first in
    # a bare plural phrase, are a kind of their own (FavouriteDesign); after "my" or "the"
    # ("my favourite recipes") the word says whose liking, as a size word says how big
    bare_main = bare_main or (
        len(out) == 2
        and out[0] in ("favourite", "favorite")
        and singular(out[1]) != out[1]
        and not determined
    )
    # "from the Regular entity": a size word that is the whole phrase and names people first
    # ("a regular" at the pub) is the thing, as its plural "regulars" is
    lone_person = len(out) == 1 and first_sense(out[0]) == "noun.person"
    while out and (
        out[0] in FILLER
        or (
            out[0] in SIZE_WORDS
            and not _dictionary_kind(out)
            and not bare_main
            and not lone_person
            and not _regular_kind(out, 0)
        )
        or out[0].isdigit()
    ):
        out.pop(0)
    # "water main bursts", "gas main leaks": after what it carries, "main" is the pipe, part of
    # the thing's name ("gym new members" still keeps members)
    return [
        w
        for i, w in enumerate(out)
        if (w not in TECH_WORDS or w in _TECH_THINGS or names_a_kind(w, out[i + 1 : i + 2]))
        and (
            w not in SIZE_WORDS
            or (w == "main" and i and out[i - 1] not in SIZE_WORDS)
            or (w in ("main", "favourite", "favorite") and not i and bare_main)
            or lone_person
            or _dictionary_kind(out[i:])
            or _regular_kind(out, i)
        )
    ]


def _regular_kind(out: list[str], i: int) -> bool:
    """(lv62) "regular bookings", "my regular spots", "regular donors": before the plural of
    the things kept, "regular" says which kind (against one-off ones), part of the name
    (RegularBooking); alone ("something regular") it still names nothing."""
    return out[i] == "regular" and i + 1 < len(out) and singular(out[-1]) != out[-1]


# Who does it, said first: after one of these the next word is a verb, never part of a name
_OPENING_SUBJECTS = frozenset(("we", "i", "they", "you"))
# Verbs of wanting, having and helping after a subject: the ask's own readers take them
_ASKING_VERBS = frozenset(
    """need needs want wants like would have has had do does did can could will should must
    think use used get got""".split()
)
_VERB_PARTICLES = frozenset(("out", "up", "off", "in", "on", "down", "away", "back"))


def _well_of(after: list[str]) -> bool:
    """ "well drillings", "well inspections": "well" before a noun is the well, part of the
    thing's name (the interjection opens a sentence, said before a comma or a clause)."""
    return bool(after) and after[0] not in _BOUNDARY and is_noun(after[0]) is True


def _after_subject_verb(words: list[str]) -> list[str]:
    """ "we track loaves", "I log deliveries", "we hire out bikes": a subject pronoun and its
    verb before the thing (a pronoun opens a clause, not a compound name), so the thing is what
    follows the verb; kept as it is unless a verb and a noun after it are there to read."""
    if len(words) < 3 or words[0] not in _OPENING_SUBJECTS:
        return words
    at = 1
    while at < len(words) - 1 and only_an_adverb(words[at]):
        at += 1  # "we also track …", "I currently log …"
    if not is_verb(words[at]) or words[at] in _OPENING_SUBJECTS or words[at] in _ASKING_VERBS:
        return words  # ("do we really need the fax": wanting is read by the ask's readers)
    at += 1
    if at < len(words) - 1 and words[at] in _VERB_PARTICLES:
        at += 1  # "we hire out bikes", "I sign up members"
    return words[at:] if at < len(words) else words


def _dictionary_kind(words: list[str]) -> bool:
    """ "a local authority", "a current account": a size word the dictionary lists with the
    noun after it, as one thing, names the kind ("a local shop" is any shop nearby)."""
    return len(words) >= 2 and bool(in_wordnet(f"{words[0]}_{singular(words[1])}"))


# What follows a subject's head: the sentence's own verb ("a pay run can have …", "… has …").
_AUXILIARIES = frozenset(
    """can may could should must will would shall is are was were has have had does do
    belongs belong""".split()
)


def _noun_head(before: list[str], after: list[str], word: str) -> bool:
    """ "a pay run can have a pay group", "each print run": a participle that is also a noun,
    after a singular noun and with nothing of a clause after it (the phrase ends, or the
    sentence's verb follows), is the head of a compound, not a clause about the noun before it
    ("leaves run by HR", "cars sold last year" go on)."""
    if not before or singular(before[-1]) != before[-1] or before[-1].endswith("ss"):
        return False
    return (not after or after[0] in _AUXILIARIES) and is_noun(word) is True


def _reduced_relative(before: list[str], word: str) -> bool:
    """ "food items donated to the bank", "treatments offered by the spa": a past participle
    right after a plural noun opens a clause about it (a plural is the head of its phrase, so
    nothing after it modifies it); the clause is no part of the name."""
    if not before or len(word) < 5 or not word.endswith("ed"):
        return False
    last = before[-1]
    if singular(last) == last or last.endswith("ss"):
        return False
    return is_noun(word) is False


def _services_done(words: list[str], *, counted: bool = False) -> bool:
    """ "the boiler services", "car services": "services" in the plural right after a noun
    that is no frame of its own is the jobs done to that thing, each one kept (BoilerService);
    the system built is "a service", never a plural of them after the thing it serves ("an
    invoice service", "the booking services app" keep their frames). `counted`: said after
    "each"/"every", one "service" is one such job ("for each car service I need …")."""
    return (
        len(words) == 2
        and words[-1] in (("services", "service") if counted else ("services",))
        and words[0] not in FRAME_NOUNS
        and words[0] not in TECH_WORDS
        and words[0] not in SETTINGS
        and is_noun(words[0]) is True
    )


def _strip_frames(words: list[str]) -> list[str]:
    """Drop frame nouns from the end: "employee directory app" → employee."""
    words = [_GERUND_FRAMES.get(w, w) for w in words]
    if len(words) >= 2 and words[-1] in ("sheet", "sheets") and singular(words[-2]) != words[-2]:
        # "the grants sheet": a sheet of grants, named as its tab is; a "job sheet" or a "time
        # sheet" is one record (one job's, one week's)
        return words[:-1]
    if len(words) >= 2 and words[-1] == "page" and singular(words[-2]) != words[-2]:
        # (new59) "a keeper cottage bookings page": a page a plural is listed on, one a line,
        # as "the grants sheet" is ("bundle pages" in the plural are the pages kept)
        return words[:-1]
    if len(words) >= 3 and words[-1] == "form" and words[-2] in ASKED_ON_A_FORM:
        # (new59) "a design request form", "a room booking form": the form a request or a
        # booking is made on; the request is kept ("consent forms", "court forms" are kept)
        return words[:-1]
    if len(words) >= 3 and words[-2] == "stock" and words[-1] in ("sheet", "list", "take"):
        # (new59) "a needle cartridge stock sheet": the stock of the things, counted on a sheet
        return words[:-2]
    if (
        len(words) >= 2
        and words[-1] == "book"
        and (words[-2] in _KEPT_IN_A_BOOK or singular(words[-2]) != words[-2])
    ):
        # "an appointment book", "the visitors book": a book where each line is one of them;
        # a "comic book" or a "text book" is a book
        return words[:-1]
    if (
        len(words) >= 2
        and words[-1] == "board"
        and singular(words[-2]) != words[-2]
        and words[-2] not in _PLURAL_MODIFIERS
    ):
        # (name57) "a specials board", "the jobs board": a board a plural is written up on,
        # one a line, as "the grants sheet" is ("a circuit board", "sports board" are boards)
        return words[:-1]
    if furniture_tables(words):
        return words
    if _services_done(words):
        return words
    changed, stripped = True, False
    while changed and words:
        changed = False
        if stripped and words[-1] in _SUBMITTED and _compound_record(words):
            # "a loan application tracker", "a visa application portal": behind the app
            # built, a noun's "application" is the form submitted, the row kept
            break
        for phrase in FRAME_PHRASES:
            if tuple(words[-len(phrase) :]) == phrase:
                words = words[: -len(phrase)]
                changed = True
        if (
            words
            and (words[-1] in FRAME_NOUNS or words[-1] in _TECH_THINGS)
            and not (_tools_managed(words))
            and not gerund_compound(words)
            and not _made_of(words)
            and not _only_a_describer_left(words)
        ):
            tab = words[-1] in _TAB_WORDS
            words = words[:-1]
            changed = stripped = True
            if tab:
                break  # "the Fax Log tab": what a tab is called is the name whole (FaxLog)
    return words


def furniture_tables(words: list[str], *, counted: bool = False) -> bool:
    """ "picnic tables", "pool tables", "the dining table": a database table is named by the
    rows it holds, in the plural ("the suppliers table") or once ("a member table"); tables
    said in the plural after a thing's singular noun, or counted ("every picnic table"), or a
    table WordNet knows by its compound, are pieces of furniture kept."""
    if len(words) < 2 or words[-1] not in ("table", "tables"):
        return False
    kind = words[-2]
    if kind in FRAME_NOUNS or kind in TECH_WORDS or singular(kind) != kind:
        return False
    if in_wordnet(f"{kind}_table"):
        return True
    plural = words[-1] == "tables" or counted
    # ("every grooming table": a table counted is furniture even after a gerund; "the billing
    # table" is the rows of bills)
    return plural and is_noun(kind) is True and (counted or not kind.endswith("ing"))


# What a front desk or an office writes one line of per event in its book
_KEPT_IN_A_BOOK = frozenset(
    """appointment visitor reservation booking guest visit accident incident complaint
    attendance order""".split()
)


# A spreadsheet's tabs: frames around the rows, named as the person named the tab
_TAB_WORDS = frozenset(("tab", "tabs", "worksheet", "worksheets"))


# Frame words that, after a noun and before the frame built, are what someone files
_SUBMITTED = frozenset(("application", "applications"))
# (new59) What is asked for or made on a form: "<thing> request form" keeps the request
ASKED_ON_A_FORM = frozenset(
    """request booking order enquiry inquiry referral application registration complaint
    claim reservation""".split()
)


def _only_a_describer_left(words: list[str]) -> bool:
    """ "a daily log with log date, weather, …": a frame after a word that only says how often
    or how (an adjective and an adverb both, as "daily", "weekly", "nightly") is the head itself;
    without it no thing is left to name ("Daily"). An adjective alone ("tender", "old") may be
    a noun before the frame ("tender registry"), so it is not one of these."""
    return len(words) == 2 and only_describes(words[0])


def _made_of(words: list[str]) -> bool:
    """ "vinyl records", "a shellac record database": a record made of a material is the disc
    itself, a thing kept; records about something ("pet records", "court records") are the
    frame around it (WordNet's first sense of the word before says which)."""
    return (
        len(words) >= 2
        and words[-1] in ("record", "records")
        and first_sense(words[-2]) == "noun.substance"
    )


def _tools_managed(words: list[str]) -> bool:
    """ "garden tools", "power tools" are things managed; "a tracking tool", "an inventory
    tool" (a gerund or a frame before it) are what is built to manage them. "train platforms"
    in the plural are things too: the platform built is one ("a booking platform"); so are
    "night rotas", "on-call rosters" (the rota built to plan shifts is one: "a staff rota")."""
    return (
        words[-1] in ("tool", "tools", "platforms", "servers", "rotas", "rosters")
        and len(words) > 1
        and not words[-2].endswith("ing")
        and words[-2] not in FRAME_NOUNS
    )


# Frame words that can also be things a business keeps ("the Tool entity", "record services:
# …"); "thing", "data", "entity" never are.
_FRAMES_AS_THINGS = HARD_FRAMES - frozenset(
    """thing things something stuff way data info information entity entities crud interface
    api apis backend backends""".split()
)


# Technology words that are things a business keeps too (an IT room's servers, a restaurant's
# servers): a frame as the head of a phrase ("a REST server"), a thing marked or listed
_TECH_THINGS = frozenset("server servers".split())
# "API keys", "webhook secrets": a technology word before one of these names the kind of thing a
# developer keeps a record of (an API key is not any key; a "REST service" is still a service)
_TECH_KINDS = frozenset(
    "key keys token tokens client clients endpoint endpoints quota quotas credential credentials"
    " secret secrets consumer consumers".split()
)


# "feature flags", "feature toggles": a switch of the software, one word of it a type's word
_FEATURE_KINDS = frozenset("flag flags toggle toggles switch switches".split())


def names_a_kind(word: str, after: list[str]) -> bool:
    """Whether a technology word is part of the thing's name ("api" in "api key"; "software"
    in "software licence", where "software for X" and "a software system" frame the app;
    "feature" in "feature flag", a thing developers keep, not a yes/no field)."""
    if word == "software":
        return bool(after) and after[0] not in FRAME_NOUNS and after[0] not in TECH_WORDS
    if word in ("feature", "features"):
        return bool(after) and after[0] in _FEATURE_KINDS
    return word in ("api", "apis") and bool(after) and after[0] in _TECH_KINDS


# Words never an entity on their own ("in the next release") that a business may keep when
# marked as one ("the Release entity"); (ly62) a football league keeps goals as a document
# has them: "the Goal entity isn't needed", "drop the goals table" name the thing
_NAMED_THINGS = frozenset("release version feature goal goals".split())


# A kind of business said as a compound before a singular head and its frame ("a rowing club
# member registry", "a dental practice patient list") is the setting: the thing is the name.
# Things said in the plural keep it ("lunch club members" are LunchClubMembers), and one word
# alone stays a modifier ("club members" are ClubMembers).
SETTINGS = frozenset(
    """shop shops store stores service services club clubs firm firms clinic clinics company
    companies school schools practice salon salons studio studios bakery restaurant cafe hotel
    gym garage agency business centre center stall stalls charity co-op coop society league
    """.split()
)
# What is done to or at a place, said after it ("bin store checks", "youth club visits",
# "coffee shop inspections"): the place is what is checked or visited, so it stays in the
# name, unlike the people or things a business keeps ("tailor shop customers")
_DONE_TO_A_PLACE = frozenset(
    """check checks inspection inspections visit visits audit audits survey surveys
    assessment assessments clean cleans cleaning cleanings repair repairs test tests""".split()
)


def _kept_in_the_plural(setting: str, head: str) -> bool:
    """ "lunch club members", "repair cafe items", "tuck shop items": the things kept, said
    in the plural with their whole compound, are named by all of it, as "library members" are
    LibraryMember; a setting before a singular head ("a rowing club member registry", "the
    lunch club Member entity", "running club race calendar") is where the frame is, and so is
    a setting that is also a system word ("tiffin service customers": the service is the app
    or the business, what it keeps comes after it)."""
    return setting not in SYSTEM_WORDS and singular(head) != head


def _orders_of_a_service(words: list[str], at: int) -> bool:
    """ "room service orders", "shuttle service bookings": after a noun that says what is
    served, "service" is the thing done, and the records said in the plural after it (not
    people) are of it, named by the whole compound; "tiffin service customers" are the
    business's people, and "a booking service" (a gerund before it) is the app built."""
    return (
        words[at] == "service"
        and at == len(words) - 2
        and at >= 1
        and singular(words[-1]) != words[-1]
        and not words[at - 1].endswith("ing")
        and words[at - 1] not in FRAME_NOUNS
        and words[at - 1] not in SETTINGS
        and first_sense(words[-1]) not in (None, "noun.person", "noun.group")
        and is_noun(words[at - 1]) is True
    )


# Frame words that name nothing and modify nothing: before other words they are said in
# apposition ("a new thing lost items", "some stuff parking permits")
_NEVER_A_MODIFIER = frozenset("thing things stuff something".split())


_VERSION = re.compile(r"v\d+(?:\.\d+)*|mvp|poc")
# Verbs of permitting that open a feature wish ("let members …", "allow drivers to …")
_PERMITTING = frozenset("let allow enable".split())


def _named(words: list[str], *, frame_ok: bool = False) -> Noun | None:
    """`frame_ok`: a frame word is the name here (marked as an entity, or written as a bare
    plural of things kept)."""
    words = [w for w in words if w not in ("'s",)]
    while words and words[0] in FILLER:
        words.pop(0)
    while len(words) > 1 and words[0] in _NEVER_A_MODIFIER:
        words.pop(0)  # "a new thing lost items": what is built, then what it keeps
    if not words or len(words) > MAX_ENTITY_WORDS:
        return None
    if (
        len(words) == 1
        and (words[0] in NEVER_ENTITY or words[0] in NOT_A_FIELD)
        and not (frame_ok and (words[0] in _FRAMES_AS_THINGS or words[0] in _NAMED_THINGS))
    ):
        return None
    if any(
        w in NOT_A_FIELD
        or (w in INTERJECTIONS and not (w == "well" and at < len(words) - 1))
        or w in FILLER
        for at, w in enumerate(words)
    ):
        return None  # ("well inspections": the well, a noun before the head)
    if len(words) == 1 and _VERSION.fullmatch(words[0]):
        return None  # "v2 of the app with all the feedback": a version of the app, no thing
    if len(words) > 1 and words[0] in _PERMITTING:
        return None  # "let users log in with google": who may do what, no thing kept
    if words[-1] in _VAGUE_HEADS and not any(names_a_thing(w) for w in words[:-1]):
        return None  # "the extra things", "the old stuff": said of no kind of thing
    if not all(rx(r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*").fullmatch(w) for w in words):
        return None
    for at in range(len(words) - 2, 0, -1):
        if (
            words[at] in SETTINGS
            and words[-1] not in _DONE_TO_A_PLACE
            and not _kept_in_the_plural(words[at], words[-1])
            and not _orders_of_a_service(words, at)
        ):
            words = words[at + 1 :]  # "rowing club member registry": the club is where
            break
    # "after-school clubs": a hyphenated modifier is one modifier, its parts are the name's;
    # one token written whole ("FirstNoticeOfLoss" reads "first-notice-of-loss") is one name,
    # however many words it joins
    whole = len(words) == 1 and words[0].count("-") < _MAX_JOINED_PARTS
    words = [part for w in words for part in w.split("-")]
    if len(words) > MAX_ENTITY_WORDS and not whole:
        return None
    words = [*words[:-1], _BUSINESS_SINGULAR.get(words[-1], words[-1])]
    if len(words) >= 2 and words[-1] == "media" and in_wordnet(f"{words[-2]}_medium"):
        # "culture media", "storage media": the plural of a medium WordNet names with the word
        # before it (the mass noun "media" alone, "social media", stay as written)
        words = [*words[:-1], "medium"]
    try:
        name = safe_entity_name(" ".join(words))
    except UnsafeName:
        return None
    return Noun(name, False, tuple(words))


# Whole-request readings of the one thing a request creates: the phrase read above names it,
# and the rest of the request says which word of that phrase is the thing kept. Each returns
# the name the thing is, or None to keep the name read (recognizer.py applies them where one
# entity is created).

# What a person books that is itself an appointment, a lesson, a tour or a trip (WordNet's
# first noun sense an act or an event), not a place or a thing booked (a hotel, a court, a room)
_BOOKED_EVENTS = frozenset(("noun.act", "noun.event"))
_BOOKING = re.compile(r"\bbookings?\b")


def booked_thing(entity: EntitySpec, text: str) -> str | None:
    """ "an appointment booking app for the clinic with patient name, start time, …": the app
    is a booking app ("booking platform" frames, tests/data/recognition/README.md), and what it
    books is an appointment, an event of its own whose fields these are; "a driving lesson
    booking app" keeps lessons, "an airport transfer booking platform" transfers. Not where
    the thing booked is a place or an object ("a hotel booking app", "a yoga class booking
    system": the fields may be the booking's), nor where bookings are said again ("… Each
    booking needs …")."""
    words = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
    if len(words) < 2 or words[-1] != "booking":
        return None
    lowered = text.lower()
    if len(_BOOKING.findall(lowered)) != 1:
        return None
    phrase = " ".join(words)
    at = lowered.find(phrase + " ")
    if at < 0:
        return None
    after = lowered[at + len(phrase) + 1 :].split(maxsplit=1)
    if not after or after[0].strip(",.:;") not in FRAME_NOUNS:
        return None
    if first_sense(words[-2]) not in _BOOKED_EVENTS:
        return None
    try:
        return safe_entity_name(" ".join(words[:-1]))
    except UnsafeName:
        return None


# (mix59) "an invoice service for courier clients: invoice number, …": a frame named by one
# kind of record, "for" people in the plural, then a list; the list's names hold the record's
# word, not the people's
_FRAMED_FOR_PEOPLE = re.compile(
    r"\b(?:an?|the|our)\s+(?P<m>[a-z]+)\s+(?P<f>[a-z]+)\s+for\s+(?:(?:the|our|my|all)\s+)?"
    r"(?P<p>[a-z]+(?:\s[a-z]+)?)\s*(?::|[-\u2013\u2014]\s|,|\bwith\b)(?P<list>[^\n.;]*)"
)


def records_for_people(entity: EntitySpec, text: str) -> str | None:
    """ "Need an invoice service for courier clients: invoice number, due date, total": the
    people after "for" are whom the service is for (they are no frame), and a field named with
    the frame's modifier ("invoice number") says the modifier is the thing the list describes
    (README: an "invoice service" manages Invoice). Only where the entity read is those
    people, none of the fields holds their word, and the modifier is a noun in the singular;
    things after "for" ("an accession register for museum objects") keep their reading."""
    lowered = text.lower()
    m = _FRAMED_FOR_PEOPLE.search(lowered)
    if m is None or m["f"] not in FRAME_NOUNS:
        return None
    mod, people = m["m"], m["p"].split()
    if mod in FRAME_NOUNS or singular(mod) != mod or is_noun(mod) is not True:
        return None
    if first_sense(mod) in ("noun.person", "noun.group") or singular(people[-1]) == people[-1]:
        return None
    if first_sense(singular(people[-1])) != "noun.person":
        return None  # (a group may be the records: "a farrowing register for litters")
    try:
        if entity.name != safe_entity_name(" ".join([*people[:-1], singular(people[-1])])):
            return None
        name = safe_entity_name(mod)
    except UnsafeName:
        return None
    fields = [a.name.split("_") for a in entity.attributes]
    if not any(f[0] == mod and len(f) > 1 for f in fields):
        return None
    if any(set(f) & {*people, singular(people[-1])} for f in fields):
        return None  # "… for members: member number, …": the people are the records
    return name


# What stands right before the things' whole name when they are first said: an article or
# owner, a verb of keeping, a particle or a preposition ("the water meters", "tracking customer
# returns", "set up storage units", "a list of gift cards")
_BEFORE_A_NAME = frozenset(
    """the our my their its your all any those these track tracking tracked manage managing
    record register registering log logging keep keeping store storing list up out of for
    tracks manages records registers logs keeps stores lists""".split()
)  # (a verb of keeping in any person: "the council tracks water meters")
# Frame words that also say what kind of thing follows ("storage units", "collection tins",
# "rental bikes"), not what holds it ("the inventory items", "the app users")
_KINDS_NOT_FRAMES = frozenset("storage collection rental".split())
_EACH = re.compile(r"\b(?:each|every|per)\s+([a-z]+)\b")
_A_WORD = re.compile(r"[a-z]+")
_A_NAME = re.compile(r"[A-Za-z]+")


def each_of_the_compound(entity: EntitySpec, text: str) -> str | None:
    """ "The asset team wants the water meters out of that spreadsheet. For each meter I'd keep
    the serial number, …": the things were named whole first ("water meters"), and "each
    meter" after it is one of them, so the entity is WaterMeter (modifiers stay, as
    "library members" are LibraryMember), not the head alone. Only for a one-word entity that
    "each"/"every"/"per" names, where the request says its plural with the same one or two
    words before it, those words only nouns (not "plastic crates", "used cars", "sixty
    pupils"; not a gerund, "fishing permits"; not a setting, "salon appointments") after an
    article, an owner, a verb of keeping or a preposition (not a title line, "Food safety
    inspections", whose words name the trade), and never says the plural alone ("plastic
    crates … keep the crates")."""
    if not (m := rx(r"([A-Z][a-z]+)(?:Item)?").fullmatch(entity.name)):
        return None
    head = m[1].lower()
    if safe_entity_name(head) != entity.name:
        return None  # ("ReturnItem" is the safe name of a return; "StockItem" is two words)
    lowered = text.lower()
    if head not in _EACH.findall(lowered):
        return None
    if f"{head} entity" in lowered or capitalised_inside(entity.name, text):
        return None  # "the Session entity", "Session" capitalised: the name is written as meant
    many = plural_of(head)
    runs: set[tuple[str, ...]] = set()
    for m in _A_WORD.finditer(lowered):
        if m[0] != many:
            continue
        line_start = lowered.rfind("\n", 0, m.start()) + 1
        before = lowered[line_start : m.start()].split()
        words: list[str] = []
        while before and len(words) < 2 and _modifies(before[-1]):
            words.insert(0, before.pop())
        if not words or not before or not _before_a_name(before[-1]):
            return None  # the plural said alone, at a line's start, or after a word of its own
        runs.add(tuple(words))
    if len(runs) != 1:
        return None
    try:
        return safe_entity_name(" ".join([*runs.pop(), head]))
    except UnsafeName:
        return None


# The verbs of keeping among the words before a name, in any person ("tracks", "we keep")
_KEEPING = frozenset(
    """track tracks tracking tracked manage manages managing record records register registers
    registering log logs logging keep keeps keeping store stores storing list lists""".split()
)


def compound_cut_short(entity: EntitySpec, text: str) -> str | None:
    """ "… how it tracks priority services registrations. For each registration we need …":
    the things kept were named by two nouns before their head, then one of them by the head
    alone; when `each_of_the_compound` may not join them (a word of a setting or a frame among
    them), which is the name was never said. The compound, so the reading asks which."""
    if not (m := rx(r"[A-Z][a-z]+").fullmatch(entity.name)):
        return None
    head = m[0].lower()
    lowered = text.lower()
    if head not in _EACH.findall(lowered) or each_of_the_compound(entity, text) is not None:
        return None
    if f"{head} entity" in lowered or capitalised_inside(entity.name, text):
        return None
    many = plural_of(head)
    for m in _A_WORD.finditer(lowered):
        if m[0] != many:
            continue
        before = lowered[lowered.rfind("\n", 0, m.start()) + 1 : m.start()].split()
        if len(before) < 3 or before[-3] not in _KEEPING:
            continue
        words = before[-2:]
        if all(w.isalpha() and w not in FILLER and only_a_noun(w) for w in words):
            return " ".join([*words, head])
    return None


def capitalised_inside(name: str, text: str) -> bool:
    """`name` written with its capital inside a sentence ("we log each Check: …")."""
    for m in _A_NAME.finditer(text):
        if m[0] != name:
            continue
        before = text[: m.start()].rstrip(" \t\"'(")
        if before and before[-1] not in ".!?:\n-*#":
            return True
    return False


def _before_a_name(word: str) -> bool:
    # "the school's music lessons"; not any verb: "my family have rice paddies" (a paddy is
    # a rice field, as a dairy cow is a cow) says what they own, not a kind of record
    return word in _BEFORE_A_NAME or word.endswith(("'s", "\u2019s"))


def _modifies(word: str) -> bool:
    """A noun that may name a kind of thing before its head ("water", "blood pressure")."""
    return (
        word.isalpha()
        and not word.endswith("ing")
        and word not in SETTINGS
        and (word not in FRAME_NOUNS or word in _KINDS_NOT_FRAMES)
        and word not in FILLER
        and word not in NEVER_ENTITY
        and word not in _BEFORE_A_NAME
        # "one of the Tuesday guides": a day says when they come, no kind of thing
        and word not in _DAYS
        # a plural only where WordNet lists the plural itself as a noun, a kind of thing
        # ("customs holds", "priority services registrations", "savings accounts"), never a
        # number of things ("sixty pupils", "members' cards")
        and only_a_noun(word)
    )


_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekday weekend".split()
)


# What records are written on, one thing a line ("a pallet sheet", "a flight board"): a closed
# class, the led frames of the lexicon that are not frames alone
_SHEETS = frozenset("sheet board book".split())


def rows_of_a_sheet(entity: EntitySpec, text: str) -> str | None:
    """ "a pallet sheet with pallet number, depot and …", "a flight board system with flight
    number, …": a sheet or a board whose fields name its first word's own values is where
    those things are written, one a line; the things are the entity (README: container nouns
    are not entities), as a "visitors book" keeps Visitor. Not a name the person wrote as one
    ("the JobSheet", "Herbarium Sheet entity"), nor sheets said in the plural, each one a
    record ("job sheets with job reference, …")."""
    words = rx(r"[A-Z][a-z]*").findall(entity.name)
    if len(words) != 2 or words[1].lower() not in _SHEETS:
        return None
    thing = words[0].lower()
    if capitalised_inside(entity.name, text) or f"{thing} {words[1].lower()} entity" in (
        text.lower()
    ):
        return None
    if not any(a.name.startswith(f"{thing}_") for a in entity.attributes):
        return None
    if re.search(rf"\b{thing}\s+{words[1].lower()}s\b", text.lower()):
        return None  # "job sheets with job reference, …": sheets kept one by one are the records
    try:
        return safe_entity_name(thing)
    except UnsafeName:
        return None


# What an owner without its apostrophe names: a kind of creature (people's words are too often
# names of their own: "pilates classes" is no Pilate's)
_OWNER_KINDS = frozenset(("noun.animal",))


def owner_without_apostrophe(entity: EntitySpec, text: str) -> str | None:
    """ "the bees queens with hive label, …": a plural of creatures right before a
    plural head is their possessive with its apostrophe dropped (the bees' queens); English
    makes compounds of the singular ("bee hives"), and a plural that is a word of its own
    ("sports", "customs", "darts") is no owner, so the thing is the head."""
    words = [w.lower() for w in rx(r"[A-Z][a-z]*").findall(entity.name)]
    if len(words) != 2 or capitalised_inside(entity.name, text):
        return None
    owner, head = words
    one = singular(owner)
    if one == owner or in_wordnet(owner) is not False or first_sense(one) not in _OWNER_KINDS:
        return None
    if not re.search(rf"\b{owner}\s+{plural_of(head)}\b", text.lower()):
        return None
    try:
        return safe_entity_name(head)
    except UnsafeName:
        return None
