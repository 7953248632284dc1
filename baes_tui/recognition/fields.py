"""Stage 4 of recognition: a field list → typed attributes, and what could not be a field.

"name, email (email, required), an optional phone, a number of bays, an archived flag and
whether it is paid" → name:str, email:email, phone:str?, bays:int, archived:bool,
is_paid:bool. Rules, in order (docs/recognition.md lists them for users):

- Items are separated by commas, semicolons, "|", "and", "or", "&", "+", "plus", "as well
  as"; commas inside parentheses annotate one item. "first and last name" is two fields.
- An annotation decides the type and whether the field is required: "(integer)", ": int",
  "as a whole number", "which is a currency amount", "(optional)", "if known", "can be
  empty"; units ("kg", "minutes") are ignored. A lone "optional" or "that one can be empty"
  after an item changes that item.
- Articles and possessives are dropped ("the due date" → due_date); "a number of bays" →
  bays (int); "X flag" → X (bool); "whether it is X" → is_X (bool); "is X" / "has X" are bool.
- Without an annotation the words decide the type (`infer_type`).
- A listed word is a field even when it is also a technology word (code, type, data, model,
  status, key); names pass `safe_field_name` (class → class_value). Only a field called just
  "id" is not added (every entity has it), and an item that is a sentence rather than a name
  is kept as a business rule; both are reported in `dropped`, never silently lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import singular
from baes_tui.core.models import Attribute, AttrType
from baes_tui.core.names import safe_field_name
from baes_tui.recognition.lexicon import (
    BOOL_WORDS,
    DATE_WORDS,
    DATETIME_LAST,
    DECIMAL_WORDS,
    FIELD_MODIFIERS,
    FILLER,
    FLOAT_WORDS,
    FORMULA,
    INT_WORDS,
    INTERJECTIONS,
    IRREGULAR_PARTICIPLES,
    LISTING_PARTICIPLES,
    MANAGE_VERBS,
    NEVER_FIELD,
    NOT_A_FIELD,
    PLURAL_FIELDS,
    SIZE_WORDS,
    TYPE_WORDS,
    UNIT_WORDS,
    WH_WORDS,
)
from baes_tui.recognition.nouns import (
    first_sense,
    in_wordnet,
    is_modifier,
    is_noun,
    is_verb,
    mostly_describes,
    names_a_thing,
)
from baes_tui.recognition.patterns import holds_any, rx

MAX_FIELD_WORDS = 4

# "the old stuff", "the other things": a field named by these says nothing of what it holds
_WHATEVER = frozenset({"stuff", "things", "everything", "anything", "something", "nothing"})
# "a filter by date", "search by name": how the rows are looked at (a screen), not a field
_VIEW_WORDS = frozenset(
    "filter filters filtering sort sorts sorting search searching order ordering group grouping"
    " lookup".split()
)
_VIEW_REASON = "a way to look at the rows (filter, sort, search), not a field"
_PARENS = re.compile(r"\(([^()]*)\)?")
# ("…, and then the price": "then" only goes on with the list; "plus one (yes/no)", "a plus
# one flag", "plus one name": the guest brought along names a field, no "plus" joins it)
_PLUS = r"plus(?!\s+one\s*(?:[(,;]|$|flag\b|yes\b|y/n|name\b))"
_SEPARATOR = re.compile(
    rf"\s+(?:and|or)\s*,\s*|\s*(?:[,;|]|\s—\s|\.\.\.+)\s*(?:(?:and|or|{_PLUS}|&)\s+)?"
    r"(?:then\s+)?"
    rf"|\s+(?:and|or|&|{_PLUS}|as well as|along with|\+)\s+(?:also\s+|then\s+)?"
    # "+day rate +status": a "+" written onto each item starts the next one
    r"|\s+\+(?=[a-z])"
)
OPTIONAL = _OPTIONAL = re.compile(
    r"\b(?:optional(?:ly)?|nullable|not required|not mandatory|not compulsory|not obligatory"
    # ("where known", "when known", "where available": the same condition, said of a place
    # or a time; "if it is known", "if is known": the same ellipsis said whole or half whole)
    r"|(?:if|where|when) (?:(?:it|they|this|that) )?(?:is |are )?known"
    r"|if any|(?:if|where|when) available|(?:if|where) (?:applicable|relevant)"
    r"|can (?:also |still )?be (?:blank|empty|null|missing|left (?:blank|empty))"
    # ("(which may be left empty)": left so, as "can be left blank" says)
    r"|(?:may|might) be (?:blank|empty|null|missing|left (?:blank|empty))"
    r"|doesn't have to be (?:filled(?: in)?|set|given)"
    r"|does not have to be (?:filled(?: in)?|set|given)|no need to fill"
    # "email where we have one", "a phone if they have one": only when there is one
    r"|(?:if|where|when) (?:we|they|you|i|it|he|she) (?:have|has|know|knows|get|gets|give"
    r"|gives) (?:one|it|them)"
    # "dietary needs (not everyone has them)", "(some don't have one)", "if there is one"
    r"|not (?:everyone|everybody|every [a-z]+|all(?: [a-z]+)?) (?:has|have) (?:one|them|it|any)"
    # "panel notes (not always filled in)", "which is not always known": not every one has it
    r"|not always (?:filled(?: in| out)?|given|known|set"
    r"|provided|available|there)"
    r"|(?:some|many|most|a lot)(?: of (?:them|the [a-z]+))? (?:do not|don't) have"
    r" (?:one|them|it|any)|if (?:there is|there's) one"
    # "agent email (we don't always get one)", "(they do not always have one)", "(not always
    # known)": only sometimes there
    r"|(?:we|they|you|i|it|he|she) (?:do not|don't|does not|doesn't) (?:always )?(?:have|get"
    r"|know|give|receive|collect|keep) (?:one|it|them|any)"
    r"|not (?:always )?(?:known|given|provided)"
    r"|not always (?:available|there|filled(?: in)?|set)"
    # "sign-out (blank until they leave)", "closed at (null until it closes)": empty for a time
    r"|(?<!not be )(?<!never be )(?<!never )(?:blank|empty|null) (?:until|till|while)\b)\b"
)
# An optional marker said as a clause of its own item: "an earliest start date that is
# optional", "a published at timestamp that can be empty until we publish", "a note, which
# may be blank for now": the relative words before it and the reason after it go with it.
_OPTIONAL_CLAUSE = re.compile(
    r"(?:\s*,?\s*(?:but\s+)?(?:that|which|who|it|this one|that one)(?:'s|\s+(?:is|are|will be"
    r"|should be|would be|one is))?)?\s*(?:" + _OPTIONAL.pattern + r")"
    r"(?:\s+(?:until|unless|when|before|after|because|since|till|as long as|for now|at first"
    # "… can be blank tho": a chatty "tho" is no part of the name either (a "for" after it
    # was dropped at the merge: it made one sealed blind reading accepted wrong)
    r"|of course|obviously|though|tho)\b.*)?"
)
# "notes but notes can be blank", "a nickname but the nickname may be left empty"
# ("table, but table is optional as we don't seat everyone": the same, with a comma, said
# "is optional", and why after "as")
_BUT_AGAIN_OPTIONAL = re.compile(
    r"\b(?P<item>[a-z][a-z-]*),?\s+but\s+(?:(?P<it>these|those|they|this one|that one|it)"
    r"|(?:the\s+|their\s+|its\s+)?(?P<again>[a-z][a-z-]*))\s+(?:(?:can|may|could|is allowed to"
    r"|are allowed to)\s+(?:also\s+)?be\s+(?:left\s+)?(?:blank|empty|missing|null)"
    r"|(?:is|are)\s+optional)(?:\s+(?:as|because|since)\s[^,;]*)?(?=\s*(?:[,;]|$))"
)


def _but_again_optional(m: re.Match[str]) -> str:
    """ "notes but notes can be blank" → "notes (optional)"; "email and phone but email can be
    blank" names an item listed before: "phone, email (optional)" (the two are one field)."""
    again = m["again"]
    if again is not None and singular(again) != singular(m["item"]):
        listed = re.search(rf"\b{re.escape(again)}\b", m.string[: m.start()])
        return f"{m['item']}, {again} (optional)" if listed else m[0]
    return f"{m['item']} (optional)"


_REQUIRED = re.compile(r"\b(?:required|mandatory|compulsory|must be (?:set|given|filled))\b")
# "signature required (bool)", "is mandatory (yes/no)": with a yes/no type the word is the
# field's own name (whether a signature is required), not a marker on it
_NAMED_REQUIRED = re.compile(r"^(?:[a-z-]+\s+){0,2}(?:required|mandatory|compulsory)$")
# "a signature required flag": the flag word says yes/no as the annotation does; so does a
# yes/no after a colon ("courier required: yes/no"), as it does in brackets
_NAMED_REQUIRED_FLAG = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){1,2}(?:required|mandatory|compulsory)"
    r"(?:\s+(?:flag|yes/no|boolean|bool)|\s*:\s*(?:yes/no|y/n|true/false|boolean|bool))"
    r"(?:\s+(?:too|as well|also))?$"  # ("… a deposit required flag as well": one more)
)
# "…, a topped up flag, the cellar master insists", "…, my wife says": who asked for the list,
# said after it with a verb of saying and nothing after the verb, is talk
_REPORTED = re.compile(
    r"(?:(?:the|my|our|his|her|their|your)\s+(?:[a-z-]+\s+){0,3}[a-z-]+|he|she|they|everyone"
    r"|everybody|[a-z]+)\s+(?:(?:really|always|also|still|strongly)\s+)*(?:says|said|insists"
    r"|insisted|thinks|thought|reckons|reckoned|suggests|suggested|mentioned|swears|agrees"
    r"|agreed|believes|tells me|told me|tells us|told us|keeps saying|pointed out|would say)"
)
# "tonnes agreed", "price suggested": a bare noun before a past form is a field the participle
# qualifies, unless the noun names who could say it ("mum said", "staff agreed")
_BARE_PAST = re.compile(
    r"(?P<noun>[a-z]+)\s+(?:said|insisted|thought|reckoned|suggested|mentioned|agreed"
    r"|told (?:me|us)|pointed out)"
)
_SAYERS = frozenset(("noun.person", "noun.group"))


def _reported(raw: str) -> bool:
    """Talk after a list ("…, the cellar master insists"), not a field said with a participle
    after it ("tonnes agreed"): a verb of saying needs someone who says."""
    if not _REPORTED.fullmatch(raw):
        return False
    bare = _BARE_PAST.fullmatch(raw)
    return bare is None or first_sense(singular(bare["noun"])) in _SAYERS


_MODIFIER_ONLY = re.compile(
    # "…, this last one is optional", "…, the latter a date": the item just listed
    r"^(?:but |and |which |though |although |(?:the|this|that) (?:last|final) (?:one|field|item) "
    r"|the latter |that one |this one |that |it |this |it's |its )*"
    r"(?:is |one |are |one is |will be |should be )?(?P<body>.*)$"
)
_WHETHER = re.compile(
    r"^whether\s+(?:or not\s+)?(?:(?:it|its|it's|they|the \w+|he|she|we|i|you)\s+)?"
    r"(?:(?P<verb>is|are|was|were|has|have|can|got|get|[a-z]+s)\s+)?(?P<been>been\s+)?(?P<rest>.+?)"
    r"(?:\s+(?:yet|already|now|right now|or not))?$"
)
_WHETHER_THERE_IS = re.compile(
    r"^whether\s+(?:or not\s+)?there\s+(?:is|are|was|were)\s+(?:an?\s+|any\s+|some\s+)?"
    r"(?P<x>[a-z][a-z ]*?)(?:\s+or not)?$"
)
_WHETHER_THINGS_DONE = re.compile(
    r"^whether\s+(?!(?:they|we|you|its|it's)\b)(?P<n>[a-z]{3,})\s+(?:were|are|have been|got)\s+"
    r"(?P<p>[a-z]+ed|[a-z]+en)$"
)
# "whether a chipper is needed", "whether lunch is included", "whether the edges were done":
# a thing of the record's own said, then its state (a word): chipper_needed, lunch_included;
# "whether the account is frozen" on Account is the record itself (is_frozen: `_possessed`)
_WHETHER_SUBJECT = re.compile(
    r"^whether\s+(?:or not\s+)?(?:(?:the|a|an|any)\s+)?"
    r"(?!(?:it|its|it's|they|he|she|we|i|you|there|or|not|this|that|someone|anyone|everyone)\b)"
    r"(?P<n>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:is|was|are|were|has been|have been|got)\s+"
    r"(?P<p>[a-z]+)$"
)
_BRACKETS = re.compile(r"\[([^\[\]]{1,40})\]")
_BARE_RANGE = re.compile(r"(?<=[a-z])\s+(?P<r>\d{1,3}\s*[-–]\s*\d{1,3})\s*$", re.I)
_EXAMPLE = re.compile(
    r"\((?P<pre>[^()]*?)(?:,\s*|\s+|^)(?:e\.g\.|eg\.?|for example|for instance|such as|like)"
    r"\s[^()]*\)"
)
_DASH_TYPE = re.compile(
    r"\s+(?:—|--?)\s+(?P<t>[a-z/][a-z/ ]{0,24}?)\s*(?=$|[,;]|\s+(?:—|--?)\s+[a-z/])"
)
_DASH_TYPE_MARKER = re.compile(
    r"\s+(?:—|--?)\s+(?P<a>[a-z/][a-z/ ]{0,24}?)\s+(?:—|--?)\s+(?P<b>[a-z/][a-z/ ]{0,24}?)"
    r"\s*(?=$|[,;])"
)
_MARKERS = frozenset(("optional", "required", "mandatory", "nullable", "not required"))


def _dash_type_marker(m: re.Match[str]) -> str:
    """ "memo - text - optional": two dashed columns after a name, one the type and one whether
    it must be given, annotate the name as "(text optional)" does; anything else stays."""
    a, b = m["a"].strip(), m["b"].strip()
    if (type_phrase(a) and b in _MARKERS) or (a in _MARKERS and type_phrase(b)):
        return f" ({a} {b})"
    return m.group(0)


_TYPE_AFTER = re.compile(
    r"\s*(?::|\bas\b|\bof type\b|\btyped\b|\bwhich is\b|\bthat is\b|\bis\b)\s*(?:an?\s+)?"
    r"(?P<type>[a-z/ -]+)$"
)
# "the street it goes on", "the fee we charge", "the depot they start from": a value, then a
# clause with its own subject saying which one (the name is the value's)
# ("the rating that passengers give", "the score which judges award": a subject in the plural
# after "that"/"which" says the same; fields51)
_WHICH_ONE = re.compile(
    r"^(?P<n>(?:the|a|an)\s+[a-z]+(?:\s[a-z]+)?)\s+(?:(?:that\s+|which\s+)?(?:it|they|we|you"
    r"|he|she)|(?:that|which)\s+(?:the\s+|our\s+|their\s+)?(?P<who>[a-z]{2,}s))\s+"
    r"(?!(?:was|were|is|are|got|has|have|had|be|been|do|does|did|can|could|will|would"
    r"|may|might|should|must)\b)(?P<v>[a-z]{3,})(?P<p>\s+(?:on|in|at|to|from|for|with|by|into))?$"
)


def _which_one(m: re.Match[str]) -> str:
    # ("the price that includes tax": a verb, not who does it, so the clause stays)
    if m["who"] is not None and not names_a_thing(m["who"]):
        return m[0]
    if m["n"].split()[-1] in _YEAR_WORDS and m["v"].endswith("ed") and not m["p"]:
        return f"{m['n']} {m['v']}"  # "the year they joined" → year_joined (as "… was printed")
    return m["n"]


_YEAR_WORDS = frozenset("year month week season".split())


_TO_WHOM = frozenset("me us them him her".split())


def _done_by_who(m: re.Match[str]) -> str:
    verb = [w for w in m[0].split() if w not in _TO_WHOM][-1]
    if m["n"] and m["n"].split()[-1] in _YEAR_WORDS and verb.endswith("ed"):
        return f"{m['n']} {verb}"  # "the year we joined" → year_joined, as "… it was printed"
    return m["n"] or m["n2"]


# "the park it is in", "the floor they are on", "the depot it is kept at", "the lab they were
# sent to": where the record is, said of it; the place is the field (never park_in, floor_on)
_WHERE_IT_IS = re.compile(
    r"^(?P<n>(?:the|a|an)\s+[a-z]+(?:\s[a-z]+)?)\s+(?:that\s+|which\s+)?(?:it|they|he|she)"
    r"(?:\s+(?:is|are|was|were)|'s|'re)\s+(?:(?:kept|stored|parked|based|located|placed|housed"
    r"|assigned|sent|attached|linked|registered|installed|held|filed)\s+)?"
    r"(?:in|on|at|to|from|with|under|inside|near|by|for)$"
)
_PASSIVE_TAIL = re.compile(
    r"^(?P<n>.+?)\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:was|were|is|are|got)\s+"
    r"(?P<v>[a-z]+)$"
)
_ARTICLES = frozenset(("the", "a", "an"))
_NAME_PREPOSITIONS = frozenset(("of", "per"))
_NUMBER_OF = re.compile(r"^(?:the\s+|a\s+)?(?:number|amount|count|no\.?) of\s+(?P<rest>.+)$")
# "weight in kg" measures in a unit; "capacity per hour" is a rate, another quantity: its name
# keeps "per hour" (as "price per night" does)
_IN_UNIT = re.compile(
    r"\s+in\s+(?:square\s+|cubic\s+)?(?P<unit>sq\.?\s+[a-z]+|[a-z]+[23]?)"
    r"(?:\s+per\s+(?P<per>[a-z]+))?$"
)
_FLAG_FOR = re.compile(
    r"^(?:the\s+|an?\s+|one\s+)?(?:flag|yes/no|yes-no|yes or no|y/n|boolean|bool|checkbox"
    r"|check box|tick box|tickbox|toggle)\s+(?:for|on|about)\s+(?:the\s+|an?\s+)?"
    r"(?P<n>[a-z][a-z -]*)$"
)
_TRAILING_TYPE = frozenset(
    """timestamp datetime boolean bool integer int string str float decimal varchar timestamps
    datetimes booleans integers strings floats decimals""".split()
)
_COUNTED_UNITS = frozenset("minutes minute seconds days day weeks months years".split())
_LEADING_TYPE = frozenset("numeric integer decimal boolean float".split())
_TRAILING_NOISE = re.compile(
    r"\s+(?:of (?:each|every)(?: one| \w+)?|for (?:each|every)(?: one| \w+)?|too|as well"
    r"|on (?:each|every) one"  # "the income tax on each one": which record, said again
    r"|also|each|etc|please|is enough(?: for now)?"
    r"|would (?:also )?be (?:nice|good|great|handy|useful|helpful|ideal|perfect|cool)"
    r"|(?:is|are) (?:needed|required|a must)|would help|is|are"
    r"|of course|for now|of it|of them)$"
)
# "year of course", "module of course": a word that is a part or a stage of something, then
# "of course", is that part of the course (the year of the course), a name as said, not a
# word and a chatty "of course" ("breed of course" stays breed)
_OF_COURSE_NAMED = re.compile(
    r"(?:the\s+|an?\s+)?(?:year|week|term|semester|stage|level|module|unit|part|section"
    r"|length|start|end)\s+of\s+course"
)
# "quantity, price each and sold at": a bare money or measure word with "each" after it is
# the amount for one unit (the column of an invoice or a till roll), a name of its own; "each"
# after anything else ("a name each") only distributes
_PER_UNIT_EACH = re.compile(r"(?:price|cost|weight)\s+each")
_KEEPING = re.compile(rf"(?:{MANAGE_VERBS})")
# Words that open a noun phrase: a word before one is not part of that phrase.
_DETERMINERS = frozenset("the a an their its his her each every".split())
_FIELD_WORD_SUFFIX = frozenset("field fields column columns attribute attributes".split())
_BEGINNERS_FIELD = frozenset({"thing", "bit"})
_WRITTEN = frozenset("notes note comments comment remarks remark message description text".split())
_SPLIT_TWICE = ("name", "date")
# "a 'dietary needs' box": a name written in quotes, then the box a form shows for it
_QUOTED_BOX = re.compile(
    r"^(?:(?:an?|the|new)\s+)*[\"'](?P<q>[a-z][a-z0-9 -]{1,40})[\"']\s+box(?:es)?$"
)
# Words that make a list item a rule about data rather than a field's name ("unique" before a
# plural is a count: "unique visitors").
_RULE_MARKER = re.compile(
    r"\b(?:must|should|cannot|can't|only|(?<!date )(?<!day )(?<!time )when|unless|will|than"
    r"|between|never|always|unique(?!\s+(?:[a-z]+\s+)?[a-z]+[^s\s]s\b)"
    r"|computed|derived|calculated|greater|less|least|most(?! of the time)|exceed|based on"
    r"|if(?! known| any| available))\b"
)
_MUST_BE_GIVEN = re.compile(
    r"(?<=[a-z])\s*,?\s+(?:that|which)\s+(?:must|has to)\s+(?:always\s+)?be\s+"
    r"(?:filled(?: in| out)?|given|provided|entered)(?=\s*(?:[,;.]|$|\s(?:and|&)\s))"
)
_MODAL_BEFORE_OPTIONAL = re.compile(
    r"\b(?:should|will)\s+(?:also\s+)?be\s+(?=(?:optional|nullable|not required|not mandatory"
    r"|blank|empty|left blank|left empty)\b)"
)
# "wifi only (yes/no)", "members only flag", "a staff-only flag": a restriction said as a
# yes/no is a field named by it, not a rule about the data
_ONLY_FLAG = re.compile(
    r"(?<=[a-z][ -])only(?=\s*(?:\((?:bool|boolean|yes/no|true/false|flag)\)|(?:flag|yes/no"
    r"|true/false)\b))"
)
# "…, is cargo only", "- is adults only": a yes/no item ("is …") that ends on "only" asks
# whether the thing is restricted so, a field named by it, not a rule about the data
# (mb63) "must have (bool)", "a nice-to-have flag", "should have and notes": a priority said
# as a listed item whose modal has nothing after its verb names a yes/no, not a rule ("must
# have a name" is one)
_PRIORITY_ITEM = re.compile(
    r"(?:^|(?<=[,;])|(?<=\sand)|(?<=\s&))\s*(?:an?\s+|the\s+)?(?:must|should|could|nice)"
    r"[ -](?:to[ -])?(?:have|see|do|read|visit)"
    r"(?=\s*(?:\([^()]*\))?\s*(?:flag\b|yes/no\b|\s*[,;.]|$|\s(?:and|&)\s))"
)
# (mf64) "name, must have a price and notes", "date, should include a cost, and a note": a
# listed piece that opens on a modal and a verb of having names what a record must hold, the
# list going on after it; the modal is no rule when nothing after it is one (no comparison,
# number, condition or "unique": "must have a price above 0", "must have at least one tag")
_REQUIRED_PIECE = re.compile(
    r"^(?P<pre>\s*(?:(?:and|&)\s+)?)(?:(?:it|they|each|every one|each one)\s+)?"
    r"(?:must|should|shall|has to|have to|needs? to)\s+(?:also\s+|always\s+)?"
    r"(?:have|include|contain|hold|carry|record|store|show)\s+(?=(?:an?|the|its|their|some)\s)"
)
_REQUIRED_REST = re.compile(r"^[a-z][a-z '&/-]*(?:\([a-z /?-]*\)[a-z '&/-]*)?[,;.]?$")
_REQUIRED_NOT = re.compile(
    r"\b(?:one|no|not|any|each|every|per|more|fewer|at|before|after|within|over|under|above"
    r"|below|same|valid|different|other|either|both|all)\b"
)
# (mf64) "…, which can be blank if nothing was replaced", "parts cost which can be empty when
# none were used": an optional marker said as the item's clause, then when it applies
_OPTIONAL_THEN_WHEN = re.compile(
    r"\b(?:can|may|might|could)\s+be\s+(?:left\s+)?(?:blank|empty|null)(?=\s+(?:if|when|unless)\s)"
)
_IS_ONLY = re.compile(
    r"(?P<pre>(?:^\s*|\s(?:and|&)\s+)(?:is|are)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+)only"
    r"(?=\s*[,;.]?\s*$)"
)


_POINT_IN_TIME = frozenset(
    """start end arrival departure pickup delivery meeting appointment opening closing
    check-in checkin checkout booking release finish begin return pick-up drop-off sale
    sign-in sign-out signin signout collection callout call-out report scheduled launch
    from to slot reading""".split()
)


_FLAG_MEANS = re.compile(
    r"(?P<flag>\b(?:flag|checkbox|tick box|yes/no)(?:\s*\((?:bool|boolean|yes/no|true/false)\))?)"
    r"\s+(?:for when|for whether|to (?:show|say|mark) (?:when|whether|if))\s+[^,;()]+"
    r"(?=\s*(?:[,;.]|$))"
)
_PLURAL_TYPES = {
    "floats": "float", "decimals": "decimal", "integers": "integer", "ints": "int",
    "whole numbers": "whole number", "numbers": "number", "dates": "date",
    "datetimes": "datetime", "timestamps": "timestamp", "strings": "text", "texts": "text",
    "booleans": "boolean", "flags": "yes/no",
}  # fmt: skip
_PAIR_AS_TYPES = re.compile(
    r"(?P<pre>^|,\s*)(?P<a>[a-z][a-z ]{0,30}?)\s+and\s+(?P<b>[a-z][a-z ]{0,30}?)\s+"
    r"(?:both\s+)?as\s+"
    r"(?:(?:both|two)\s+)?(?P<t>" + "|".join(_PLURAL_TYPES) + r")(?=\s*(?:,|;|\.|$))"
)


_VERB_PAIR = re.compile(
    r"(?P<pre>^|[,;]\s*)(?P<a>[a-z]{3,}) and (?P<b>[a-z]{3,})(?=\s*(?:\([^()]*\))?\s*(?:[,;.]|$))"
)


def verb_pair(a: str, b: str) -> bool:
    """ "meet and greet", "click and collect": both words are verbs and one has no sense but
    a verb's, so the pair names one thing; "vegan and halal", "paid and shipped" do not."""
    if not (is_verb(a) and is_verb(b)):
        return False
    return any(is_noun(w) is False and not is_modifier(w) for w in (a, b))


def _verb_pair(m: re.Match[str]) -> str:
    """ "meet and greet" → "meet-and-greet": one name (see verb_pair)."""
    return f"{m['pre']}{m['a']}-and-{m['b']}" if verb_pair(m["a"], m["b"]) else m[0]


# what is summed or counted up to now, before "so far" or "to date" ("hours so far") (closed)
_RUNNING_TOTALS = frozenset(
    "cost costs spend hours miles mileage total sales income revenue donations points visits"
    " days takings".split()
)
# Why an item that states a rule ("full name computed from …") is not a field: it was read,
# and kept, so it counts as understood (unlike an item that could not be read at all).
RULE_REASON = "a rule about the data, kept as a business rule"
# Why an item worded as a sentence ("update the runbook", "with pilots holding many ratings")
# is not a field: too many words, or glue no name holds
WORDING_REASON = "a business rule, not a field name"
# "…, and when it was tuned last": an item that asks something of each record names a value
# to keep, which could not be read as a field; unlike a rule, it is a field lost (asked about)
QUESTION_REASON = "a question about each record not read as a field, kept as a business rule"
_QUESTION_ITEM = re.compile(r"^(?:when|if|whether|how|where|who)\s+(?:it|they|he|she)\b")
# "cost (only if we charge)": a listed item kept only under a condition; what it means for
# the data (a field left empty, or a rule) is asked, never accepted as a rule understood
CONDITION_REASON = "a field kept only under a condition, kept as a business rule"
_CONDITION_ITEM = re.compile(r"\((?:only\s+)?(?:if|unless)\s+[^()]*\)$")
LIST_REASON = (
    "several values in one field: a field holds one value; say whether it is one field "
    "(e.g. 'phone number') or an entity of its own with a relationship"
)
_MANY_OF = frozenset("several multiple many numerous various".split())
PATH_REASON = "a path or symbols, not a field name"
ENTITY_REASON = "an entity named without fields"
ID_REASON = 'a field called just "id" is not added: every entity has its id'


@dataclass(frozen=True, slots=True)
class Dropped:
    """An item of a field list that did not become a field, and why."""

    text: str
    reason: str


@dataclass
class FieldList:
    """Fields read from one list, plus everything that was not a field."""

    attributes: list[Attribute] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    items: int = 0  # items seen, fields or not
    annotated: int = 0  # fields whose type or required-ness was given explicitly
    repeated: list[str] = field(default_factory=list)  # names listed more than once
    # "each guest's full name" → guest_full_name: the owner's words, and the name without
    # them, for the assembler to drop when the owner is the entity itself
    possessed: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    # "their names, phone numbers …": one value per record, also for an item added after it
    # ("… and an eligible flag. Ideally emails too." → email)
    per_record: bool = False
    # "date of burial" (no article after "of"): one name said whole, as "date of birth" is,
    # never "the date of the burial" on Burial (the burial's own date)
    of_whole: set[str] = field(default_factory=set)
    # "cost (never stored)": rules said in brackets after one item, which stays a field
    noted: set[str] = field(default_factory=set)

    def extend(self, other: FieldList) -> None:
        short = other.items <= 2 and not other.per_record
        for attribute in other.attributes:
            self.add(one_per_record(attribute) if self.per_record and short else attribute)
        self.per_record = self.per_record or other.per_record
        for name, owned in other.possessed.items():
            self.possessed.setdefault(name, owned)
        self.of_whole |= other.of_whole
        self.noted |= other.noted
        self.dropped.extend(d for d in other.dropped if d not in self.dropped)
        self.rules.extend(r for r in other.rules if r not in self.rules)
        self.items += other.items
        self.annotated += other.annotated
        self.repeated.extend(other.repeated)

    def add(self, attribute: Attribute) -> None:
        """A field named twice keeps one entry: a given type beats str, optional beats
        required ("breed, … breed can be blank")."""
        for i, known in enumerate(self.attributes):
            if known.name == attribute.name:
                self.repeated.append(known.name)
                kind = attribute.type if attribute.type is not AttrType.STR else known.type
                required = known.required and attribute.required
                self.attributes[i] = Attribute(known.name, kind, required)
                return
        self.attributes.append(attribute)


# "start and end time", "min and max capacity", "check-in and check-out dates": the two ends
# of one measure said with its head once; each end alone names nothing, so each gets the head
_END_PAIRS = (
    ("start", "end"), ("start", "finish"), ("start", "stop"), ("opening", "closing"),
    ("open", "close"), ("departure", "arrival"), ("arrival", "departure"),
    ("check-in", "check-out"), ("check in", "check out"), ("min", "max"),
    ("minimum", "maximum"), ("pickup", "drop-off"), ("pick-up", "drop-off"),
    ("pickup", "dropoff"), ("entry", "exit"), ("low", "high"), ("high", "low"),
    ("lower", "upper"), ("buy", "sell"), ("buying", "selling"), ("purchase", "sale"),
)  # fmt: skip
_PAIRED_ENDS = re.compile(
    r"\b(?P<pair>"
    + "|".join(rf"{a}\s+(?:and|&|/)\s+{b}" for a, b in _END_PAIRS)
    + r")\s+(?P<head>(?!(?:and|or|plus|with|of|for|to|on|in)\b)[a-z]+)\b"
)


def _paired_ends(m: re.Match[str]) -> str:
    a, b = rx(r"\s+(?:and|&|/)\s+").split(m["pair"], maxsplit=1)
    head = singular(m["head"])
    return f"{a} {head}, {b} {head}"


@dataclass
class _Item:
    text: str
    and_before: bool


def _split(text: str) -> list[_Item]:
    # (Speed, not meaning: each rewrite below runs only where the text holds the characters or
    # the word its pattern cannot match without)
    if "[" in text:
        text = _BRACKETS.sub(r"(\1)", text)  # "hull id [text, optional]" annotates like "(…)"
    # "(soprano, alto and so on)", "(low/medium/high, text)": values a field takes are not its
    # name; what else the parenthesis says (its type, a remark) still annotates it
    # "reported at (date and hour)": the second-language way to say date and time; said
    # before the parentheses lose their "and" ("(both as date and time)")
    if "date" in text:
        text = rx(r"\bdate (?:and|&) (?:time|hour)\b|\bdate\s*/\s*time\b").sub("datetime", text)
    if " or " in text:
        # "broken (yes or no)": one annotation, said before the parentheses lose their "or"
        text = rx(r"\b(yes|true) or (no|false)\b").sub(r"\1/\2", text)
    if "(" in text:
        text = _PARENS.sub(
            lambda m: f"({_noted(m.group(1))})" if annotates_one(m.group(1)) else m.group(0),
            text,
        )
        # Commas and "and" inside "(type, optional)" annotate one item; they do not separate.
        text = _PARENS.sub(
            lambda m: "(" + rx(r"\s*(?:,|;|\band\b|\bor\b)\s*").sub(" ", m.group(1)) + ")",
            text,
        )
    if "first" in text:
        text = rx(r"\bfirst\s+(?:and|&)\s+last\s+names?\b").sub("first name, last name", text)
    text = _PAIRED_ENDS.sub(_paired_ends, text)
    if "date" in text:
        text = rx(r"\b(?:date and time|date & time)\b").sub("datetime", text)
    # "photographed — yes/no", "price — money": a dash before a type annotates the item; so
    # do a type and a marker in dashed columns ("memo - text - optional", "due - optional - date")
    text = _DASH_TYPE_MARKER.sub(_dash_type_marker, text)
    # "remarks - text - optional": each dash annotates it
    text = _DASH_TYPE.sub(
        lambda m: (
            f" ({m['t']})"
            if type_phrase(m["t"]) or m["t"] in ("optional", "required", "not required")
            else m.group(0)
        ),
        text,
    )
    items: list[_Item] = []
    position = 0
    and_before = False
    for match in _SEPARATOR.finditer(text):
        if _closed_list_plus(text, match, and_before, items):
            continue  # "name, email and pass plus interest": the list closed at its "and"
        items.append(_Item(text[position : match.start()], and_before))
        and_before = bool(rx(r"\b(?:and|plus|&)\b|\+").search(match.group(0)))
        position = match.end()
    items.append(_Item(text[position:], and_before))
    items = [part for item in items for part in _slashed_apart(item)]
    return [i for i in items if i.text.strip(" .!?:;-+*\"'")]


_SLASHED = re.compile(r"(?P<lead>\s*(?:(?:an?|the)\s+)?)(?P<run>[a-z]{3,}(?:/[a-z]{3,})+)\s*")


def _slashed_apart(item: _Item) -> list[_Item]:
    """ "plate, make/model, mileage", "Students: name/email/age": words joined by a slash
    where a field stands are fields listed tightly, one each. Values a field takes
    ("low/medium/high") only follow the field they belong to, and a unit pair ("mg/ml"),
    "yes/no" or "and/or" is never split."""
    m = _SLASHED.fullmatch(item.text)
    if m is None or _SLASH_PAIR.search(m["run"]):
        return [item]
    parts = m["run"].split("/")
    if any(p in UNIT_WORDS for p in parts):
        return [item]
    return [_Item(f"{m['lead']}{parts[0]}", item.and_before)] + [_Item(p, False) for p in parts[1:]]


_PLUS_TYPED = re.compile(
    r"^[a-z]+(?: [a-z]+)? plus [a-z]+(?: [a-z]+)?\s*(?:\((?P<t>[^()]+)\)|:\s*(?P<c>[a-z/ -]+))$"
)


def _one_line_plus(text: str, items: list[_Item]) -> bool:
    """ "- pass plus done (yes/no)", a bullet of a list of fields, one field a line: a bare
    "plus" between words that one yes/no annotates is part of the one field's name (a
    course's name, "Pass Plus"); "- name plus email" without a type still lists two."""
    if len(items) != 2 or not (m := _PLUS_TYPED.match(text.strip())):
        return False
    return type_phrase(m["t"] or m["c"]) is AttrType.BOOL


def _closed_list_plus(
    text: str, match: re.Match[str], and_before: bool, items: list[_Item]
) -> bool:
    """A bare "plus" inside the item after a comma list's closing "and" ("name, email and
    pass plus interest (yes/no)") is part of that item's name: the "and" already ended the
    list; with a comma ("…, plus notes") or an article ("plus a photo") it still adds one."""
    return (
        and_before
        and match.group(0) == " plus "
        and len(items) >= 2
        and not rx(r"\s*(?:an?|the|one|also)\b").match(text[match.end() :])
    )


_WHO_DID_IT = re.compile(
    r"(?P<pre>^|,\s*|\band\s+)who\s+(?P<v>[a-z]{3,}ed|made|wrote|sold|built|bought|brought"
    r"|gave|lent|found|took|caught|drew|paid|sent|signed|won)\s+(?:it|them)\b(?=\s*(?:,|$|\band\b))"
)


_REQUIRED_NAMED = re.compile(
    r"(?<![a-z-])(?P<w>(?!(?:a|an|the|this|that|is|are|be|as|not|any|every|each|one|and|or|its"
    r"|their|also|now|field|fields)\b)[a-z][a-z-]*)\s+required\s+(?:field|column|attribute)\b"
)


# "…, and, of course, email": an aside set off by commas inside a list names no field
_ASIDE_ITEMS = frozenset(
    (
        "of course",
        "obviously",
        "naturally",
        "needless to say",
        # (new59) "a little database of bequests, nothing fancy, just the name, …": how
        # simple the ask is, said among the items, is no field
        "nothing fancy",
        "nothing too fancy",
        "nothing special",
        "nothing complicated",
        "nothing elaborate",
        "keep it simple",
        "nothing big",
    )
)


# A charge, then "paid", as one list item with no type said ("fee paid", "the rent paid")
_CHARGE_PAID_ITEM = re.compile(
    r"(?:^|,\s*|\band\s+)(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:fee|fees|rent|tax|premium|subscription"
    r"|subs|toll|fare)\s+paid(?=\s*(?:,|;|\.|$|\band\b))"
)
# A sum of money as a list item of its own ("amount", "the total", "a price")
_SUM_ITEM = re.compile(
    r"(?:^|,\s*|\band\s+)(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:amount|price|cost|total|sum"
    r"|charge)(?=\s*(?:,|;|\.|$|\band\b|\())"
)


def read_fields(text: str, *, one_item: bool = False) -> FieldList:
    """Read one field list; see the module docstring for the rules. `one_item`: the text is
    one bullet of a list of fields, one field a line ("- code freeze date"): it is cut as a
    list said without commas ("- date of arrival cabin number", "- name email phone") only
    where the next part opens with a field's own word, never leaving one word ("code") cut off
    the name that goes on after it."""
    out = FieldList()
    pending_optional = False
    last_annotated = False
    text = text.lower().strip()
    # "total, and, if known, expiry date": the comma before "and" is the list's; the one after
    # it sets off the marker of the next item (read as "total and, if known, …")
    text = rx(r",\s*(and|or|plus)\s*,").sub(r" \1,", text)
    if "%" in text:
        # "depreciation %", "battery %": the sign after a name says a percentage, as "(%)"
        # does; "% off" before a word is said "percent off" (the sign is no name to drop)
        text = rx(r"(?<=[a-z])\s*%(?=\s*(?:[,;.]|$|\s(?:and|or|plus)\b))").sub(" (%)", text)
        text = rx(r"(?:^|(?<=[,;:]\s)|(?<=\band\s))%\s*(?=[a-z])").sub("percent ", text)
    if " required " in f" {text} ":
        # "the visa required field": "required" between a word and "field" is part of the
        # name, a yes/no (as "a signature required flag" is), never the required marker
        text = _REQUIRED_NAMED.sub(r"\g<w> required flag", text)
    if " paid" in text and (m := _CHARGE_PAID_ITEM.search(text)) and _SUM_ITEM.search(text):
        # (ly62) "player name, season, fee paid and amount": with the sum a field of its own,
        # "fee paid" says whether it was (a yes/no); alone ("… and the fee paid") it is the money
        text = f"{text[: m.end()]} (yes/no){text[m.end() :]}"
    # "their names, phone numbers and join dates": one value per record
    plural_possessive = bool(rx(r"^(?:all\s+)?their\s").match(text))
    # (Speed, not meaning: a rewrite below whose pattern cannot match without a word ("or not",
    # "whether", "but", "only" …) runs only where the text holds it)
    if "or not" in text:
        # "if is vegetarian or not", "whether it is paid or not": a yes/no said as a question
        text = rx(
            r"(^|,\s*|\band\s+)if\s+(?:it\s+|they\s+)?(is|are|has|have)\s+([a-z]+(?: [a-z]+)?)"
            r"\s+or not\b"
        ).sub(r"\1whether it \2 \3", text)
        # "and it is paid or not": the same question without its "if"
        text = rx(r"(^|,\s*|\band\s+)(?:it|they)\s+(is|are|has|have)\s+([a-z]+)\s+or not\b").sub(
            r"\1whether it \2 \3", text
        )
        text = rx(r"\b(whether [^,]+?)\s+or not\b").sub(r"\1", text)
    if "whether" in text:
        # "whether it is flying at the moment": when it is asked is no part of the yes/no
        text = rx(
            r"\b(whether [^,]+?)\s+(?:at the moment|at present|right now|these days|currently)\b"
        ).sub(r"\1", text)
    # "…, a floor, and if it has a sink": an item that is only an "if" question asks yes or
    # no, as "whether it has a sink" does; an "if" after a field's name ("email if they have
    # one") or before a rule ("if it is late, …") is not an item of its own
    text = _IF_ITEM.sub(r"\1whether it \2 \3", text)
    # "…, remote yes/no, is it a referral": the question asked the other way round
    text = _ASKED_ITEM.sub(_asked_item, text)
    # "and when it was built (year)", "when they were hired": an item asking when names the
    # date (or the year, when that is the annotation) it happened
    text = _WHEN_ITEM.sub(_when_item, text)
    # "… condition and mint or not", "paid or not": a yes/no named by its word alone
    if "or not" in text:
        text = rx(r"(^|,\s*|\band\s+)([a-z]+(?: [a-z]+)?)\s+or not(?=\s*(?:,|;|\.|$))").sub(
            r"\1\2 (yes/no)", text
        )
    # "a reviewed flag (boolean) for when an analyst has signed it off": what the flag means,
    # said after it, is no part of its name
    text = _FLAG_MEANS.sub(r"\g<flag>", text)
    # "meet and greet (yes/no)", "click and collect": two verbs joined by "and", one of them
    # only a verb ("greet"), name one service; a field called just "greet" names nothing
    text = _VERB_PAIR.sub(_verb_pair, text)
    # "depth and duration as floats": a type in the plural said of the two items before it
    text = _PAIR_AS_TYPES.sub(
        lambda m: (
            f"{m['pre']}{m['a']} ({_PLURAL_TYPES[m['t']]}), {m['b']} ({_PLURAL_TYPES[m['t']]})"
        ),
        text,
    )
    # "the germination rate from the last test": where the value was last taken is no part of
    # its name
    if holds_any(text, ("last", "latest", "most recent", "previous")):
        text = rx(
            r"\s+(?:from|at)\s+the\s+(?:last|latest|most recent|previous)\s+[a-z]+"
            r"(?=\s*(?:,|;|\.|$))"
        ).sub("", text)
    # "a fax again": said of a field brought back, no part of its name
    if "again" in text:
        text = rx(r"\s+again(?=\s*(?:[,;.!?]|$))").sub("", text)
    # "basically supplier name, …": a hedge before the list's first item is talk
    if holds_any(text, ("basically", "essentially", "literally", "mainly", "mostly")):
        text = rx(r"(^|,\s*)(?:basically|essentially|literally|mainly|mostly)\s+").sub(r"\1", text)
    if "but" in text:
        # "notes but these are optional": said of the item before it, as "(optional)" is
        text = rx(
            r"\s+but\s+(?:these|those|they|this|that|it)\s+(?:is|are)\s+(?:optional|not required)"
            r"(?=\s*(?:,|$))"
        ).sub(" (optional)", text)
    # "and notes but notes can be blank", "allergies but they may be left empty": the item
    # named again (or pointed at) after "but" is said to be optional, as "(optional)" says
    text = _BUT_AGAIN_OPTIONAL.sub(_but_again_optional, text)
    # "the next visit date, but only if known": "only" before the condition keeps it the
    # item's optional marker, as "(if known)" is, not a rule about the data
    if "only" in text:
        text = rx(r"(?:,\s*|\s+)(?:but\s+)?only\s+(if (?:known|any|available|there is one))\b").sub(
            r" (\1)", text
        )
    if "just" in text or "only" in text:
        # "currency too, just the 3-letter code": "just the …" after an item says what its
        # value is, as "(3-letter code)" does; it names no field of its own
        text = rx(
            r",\s*(?P<n>(?:just|only)\s+(?:the|a|an)\s+[a-z0-9][a-z0-9 -]{0,30}?)(?=\s*(?:[,;.]|$))"
        ).sub(r" (\g<n>)", text)
    # "who donated it", "who built them": asking who did it names the one who did
    text = _WHO_DID_IT.sub(lambda m: f"{m['pre']}{m['v']} by", text)
    if "from" in text:
        # "a rating from 1 to 5", "a spice level from one to ten (integer)": the values a
        # field takes, said after its name, as "(1 to 5)" says them
        text = _RANGE_AFTER.sub(
            lambda m: f" ({m['r']}, {m['t']})" if m["t"] else f" ({m['r']})", text
        )
    # "one flag organic", "a yes/no for rough sea", "a flag damaged if it came back broken": the
    # yes/no said before what it is about; a condition after it says when it is set
    text = _FLAG_FIRST.sub(lambda m: _flag_first(m, out.rules), text)
    # "a signal strength field that the new sensors don't report": the word "field" ends the
    # name; the clause after it says something about the field and is kept as said
    text = FIELD_REMARK.sub(lambda m: _remark_out(m, out.rules), text)
    # "and — if known — the elevation": a marker between dashes is said of the item after it
    text = _DASHED_NOTE.sub(
        lambda m: f" ({m['note']}) " if _OPTIONAL.fullmatch(m["note"]) else m[0], text
    )
    if ", in " in text:
        # "run time, in seconds, …": a unit set off by commas is said of the item before it,
        # as "(in seconds)" is (never a field called in_seconds)
        text = _COMMA_UNIT.sub(
            lambda m: f" ({m['u']})" if m["u"].split()[-1] in UNIT_WORDS else m[0], text
        )
    if "(" in text:
        # "and (if possible) a link": a hope said before the item asks for it as it is
        text = _HOPE_BEFORE.sub(" ", text)
    if " if " in text:
        # "the batch number, if printed", "a licence number if imported": the same condition
        # said after the item, without brackets
        text = _PRESENT_IF_AFTER.sub(lambda m: f" ({m['c']})", text)
    if "—" in text or " - " in text:
        # "aperture — in millimetres — and focal length", "and - this is important - the
        # date": a remark between dashes is an aside, as it would be in brackets
        text = _DASHED_ASIDE.sub(lambda m: f" ({m['note']}) ", text)
    # "a billing email that must always be filled in": a value that must be given, said as a
    # clause of its item, marks it required as "(required)" does; it states no other rule
    if "must" in text or "has to" in text:
        text = _MUST_BE_GIVEN.sub(" (required)", text)
    if "unique" in text:
        # "a billing email that must be unique", "email (unique)", "a unique code": the item is
        # a field the person listed; that its values differ is a rule kept beside it
        text = _unique_out(text, out.rules)
    if gloss := _DASH_GLOSS.match(text):
        # "harvested on - when we saved it": a bullet's name, then what it is in words (read as
        # read_item reads it, before its words are taken for a rule)
        text = gloss["a"] + (" (optional)" if _OPTIONAL.search(gloss["g"].lower()) else "")
        out.rules.append(gloss[0].strip())  # what it is, kept as said (it names no field)
    elif ";" in text or "\n" in text:
        text = _DASH_GLOSSES.sub(lambda m: _glossed(m, out.rules), text)
    if " so " in text:
        # "…, battery level, only for electric bikes, so can be empty": what follows from the
        # remark is a marker of the item before it, no reason kept as a rule
        text = _SO_MARKER.sub(" ", text)
    text, rules, out.noted = _rules_out(text)
    # "with name price weight and baking date": said aloud or typed in a hurry, a list may have
    # no commas at all; its items are then cut where a field's name ends (_split_run_on)
    run_on = not rx(r"[,;|\n]").search(text) and len(text.split()) > 2
    if run_on:
        # "with there name": the sound-alike of the possessive before a listed field
        text = rx(r"(^|\b(?:with|and|have|has)\s+)there\s+(?=[a-z])").sub(r"\1their ", text)
        if text.startswith("their "):
            # "their name there weight": once the list opens with the possessive, each later
            # "there" before a word (not "there is") opens the next item the same way
            text = rx(r"\bthere\s+(?!(?:is|are|was|were|will|would)\b)(?=[a-z])").sub(
                "their ", text
            )
    out.rules.extend(rules)
    out.dropped.extend(
        Dropped(
            rule,
            QUESTION_REASON
            if _QUESTION_ITEM.match(rule)
            else CONDITION_REASON
            if _CONDITION_ITEM.search(rule)
            else RULE_REASON,
        )
        for rule in rules
    )
    items = _split(text)
    if one_item and _one_line_plus(text, items):
        items = [_Item(text, False)]
    items = [part for item in items for part in _dashed_group_note(item)]
    contrasted = _contrasted_heads([item.text for item in items])
    # "from, to, fare": listed beside a lone "from", a lone "to" is where the trip ends (a
    # field, to_value), not the word that starts a rule
    ends = {"from", "to"} <= {_bare_item(item.text) for item in items}
    for item in items:
        raw = item.text.strip(" .!?:;-+*\"'")
        if all(w in INTERJECTIONS for w in raw.split()) or _reported(raw) or raw in _ASIDE_ITEMS:
            continue  # "oh", "um", "the cellar master insists": talk, not a listed thing
        out.items += 1
        group = _GROUP_NOTE.match(raw) if out.attributes else None
        if group and (shared := _group_modifier(group["body"])) is not None:
            # "…, both required", "all optional": said of the fields listed before it
            out.items -= 1
            count = 2 if group["n"].startswith("both") else len(out.attributes)
            for i in range(max(0, len(out.attributes) - count), len(out.attributes)):
                out.attributes[i] = _modified(out.attributes[i], shared)
            out.annotated += 1
            continue
        both = _BOTH_PARENS.search(raw)
        if both and (shared := _group_modifier(both["body"])) is not None:
            raw = (raw[: both.start()] + raw[both.end() :]).strip()  # "end (both timestamps)"
        else:
            shared = None
        modifier = _modifier(raw, out.attributes[-1].name if out.attributes else None)
        if modifier is not None and not out.attributes and rx(r"its\s+[a-z]").match(raw):
            modifier = None  # "every run with its date, …": the first item is the run's date
        if modifier is None and raw in _MARKERS and last_annotated and not item.and_before:
            # "name: text, required": after an annotated name the bare word is one more column
            # of the annotation (a field called "required" would be a yes/no, given a type)
            modifier = "optional" if raw in ("optional", "nullable", "not required") else "required"
        if modifier is not None:
            out.items -= 1
            if item.and_before or not out.attributes:
                pending_optional = pending_optional or modifier == "optional"
                continue
            out.attributes[-1] = _modified(out.attributes[-1], modifier)
            out.annotated += 1
            continue
        parts = _split_run_on(raw) if run_on else [raw]
        if one_item and _cut_off_word(parts):
            parts = [raw]  # "- code freeze date": no one-word field cut off a bullet's name
        for part in (p for piece in parts for p in _split_repeated_heads(piece)):
            # "engineer email, new level, effective date": "new" opening a later item of the
            # list tells that value from the one before it (the level after a promotion)
            keep_new = bool(out.attributes) and part.startswith("new ")
            if ends and _bare_item(part) == "to":
                result = Attribute(safe_field_name("to"), AttrType.STR, True), False
            else:
                result = read_item(part, keep_new=keep_new)
            if isinstance(result, Dropped):
                out.dropped.append(result)
                if result.reason.startswith("a business rule"):
                    out.rules.append(part)
                continue
            attribute, annotated = result
            attribute = _asked_done(item.text, attribute, annotated)
            if contrasted and (mine := _POSSESSIVE_ITEM.match(part.strip())):
                attribute = _kept_possessive(attribute, mine["p"], contrasted)
            if plural_possessive and not _NUMBER_OF.match(part):  # "their number of rooms"
                attribute = one_per_record(attribute)
                out.per_record = True
            if (owned := _possessed(part, attribute.name)) is not None:
                out.possessed[attribute.name] = owned
            if _BARE_OF.search(part.lower()):
                out.of_whole.add(attribute.name)
            if pending_optional:
                attribute, annotated, pending_optional = (
                    _modified(attribute, "optional"),
                    True,
                    False,
                )
            out.annotated += annotated
            last_annotated = annotated
            out.add(attribute)
            if shared is not None:
                for i in range(max(0, len(out.attributes) - 2), len(out.attributes)):
                    out.attributes[i] = _modified(out.attributes[i], shared)
    if not plural_possessive and _all_said_per_record(out.attributes):
        # "Customers have names, emails and phone numbers", "players: names, positions, shirt
        # numbers": a list of nothing but plurals of a record's own values is one value per
        # record, as "their names, …" is (README); one singular among them, or a word that is
        # plural by itself ("notes", "allergies"), keeps the list as written
        out.attributes = [one_per_record(a) for a in out.attributes]
        out.per_record = True
    return out


def all_common_values(listed: FieldList) -> bool:
    """Every field of the list ends in one of a record's common values (name, email, …)."""
    return all(singular(a.name.split("_")[-1]) in _PER_RECORD_HEADS for a in listed.attributes)


def _all_said_per_record(attributes: list[Attribute]) -> bool:
    if len(attributes) < 2:
        return False
    for attribute in attributes:
        last = attribute.name.split("_")[-1]
        one = singular(last)
        if one == last or last in PLURAL_FIELDS or one not in _PER_RECORD_HEADS:
            return False
    return True


# The last words of values every record has one of, said in the plural over all records
# ("names, emails and phone numbers"): a closed list of a record's common values
_PER_RECORD_HEADS = frozenset(
    """name email phone number address postcode surname position role title date birthday age
    weight height mobile telephone contact salary rank grade""".split()
)


def _bare_item(text: str) -> str:
    """An item's words without the "and" or article before them ("and to" → "to")."""
    return rx(r"^(?:(?:and|&|the|a)\s+)+").sub("", text.strip(" .!?:;-+*\"'").lower())


# "the opponent score and our score", "their price, our price": a possessive that tells one
# listed field from another with the same head is part of its name (elsewhere it is dropped:
# "our price and name" lists price)
_POSSESSIVE_ITEM = re.compile(r"^(?:and\s+)?(?P<p>our|their|my|your)\s+[a-z]")


def _contrasted_heads(items: list[str]) -> frozenset[str]:
    """Names said with a possessive that another listed item says with another word before
    them ("our score" beside "opponent score"); "their business name" beside "contact name"
    is no contrast (the names differ), so "their" stays the records' own."""
    said: list[list[str]] = []
    owned: list[list[str]] = []
    for text in items:
        words = rx(r"[a-z]+").findall(rx(r"\([^)]*\)").sub("", text.lower()))
        words = [w for w in words if w not in ("and", "the", "a", "an")]
        said.append(words)
    # "their" is the records' own ("their names, company names" lists name): it tells one item
    # from another only beside the writer's own side ("their price, our price")
    writers = any(w and w[0] in ("our", "my", "your") for w in said)
    for words in said:
        if len(words) > 1 and words[0] in ("our", "my", "your", *(("their",) if writers else ())):
            owned.append(words[1:])
    out = set()
    for rest in owned:
        others = [w for w in said if w[-len(rest) :] == rest and len(w) > len(rest)]
        if len(others) > 1:  # the possessive item itself, and another with its own word
            out.add(singular(rest[-1]))
    return frozenset(out)


def _kept_possessive(
    attribute: Attribute, possessive: str, contrasted: frozenset[str]
) -> Attribute:
    """ "our score" beside "opponent score" is our_score: the possessive tells them apart."""
    words = attribute.name.split("_")
    if singular(words[-1]) not in contrasted or words[0] == possessive:
        return attribute
    try:
        return replace(attribute, name=safe_field_name(f"{possessive} {' '.join(words)}"))
    except UnsafeName:
        return attribute


# "…, both required", "all of them optional", "(both timestamps)": one note for several fields
_GROUP_NOTE = re.compile(
    r"^(?:and\s+)?(?P<n>both|both of them|all|all of them|all of these)\s+(?:are\s+|is\s+"
    r"|should be\s+|must be\s+|can be\s+|as\s+)?(?P<body>[a-z/ ]+)$"
)
# "name, venue, date - all required", "start, end — both optional": a group note after a dash
# behind the last item is said of the items before it, as after a comma (read before as a
# field "date_all")
_DASHED_GROUP = re.compile(r"^(?P<f>[^-—–]*?[a-z])\s+[-—–]+\s+(?P<g>(?:both|all)\b.+)$")


def _dashed_group_note(item: _Item) -> list[_Item]:
    m = _DASHED_GROUP.match(item.text.strip())
    group = _GROUP_NOTE.match(m["g"]) if m else None
    if m is None or group is None or _group_modifier(group["body"]) is None:
        return [item]
    return [replace(item, text=m["f"]), _Item(m["g"], False)]


_BOTH_PARENS = re.compile(r"\(\s*both\s+(?:are\s+|as\s+)?(?P<body>[a-z/ ]+)\)")


_FLAG_FIRST = re.compile(
    r"(?:^|(?<=,)|(?<=\band)|(?<=\bplus))\s*(?:a|an|one)\s+(?:flag|yes/no|boolean|checkbox)\s+"
    r"(?:(?:for|if|whether|called|named)\s+)?(?P<x>(?!(?:for|if|whether|to|of|on|that|which)\b)[a-z]+"
    r"(?:\s(?!(?:if|when|for|to)\b)[a-z]+)?)"
    r"(?P<cond>\s+(?:if|when|once)\s[^,]+)?(?=\s*(?:,|$|\band\b))"
)


_ITEM_END = r"(?=\s*(?:[,;]|$|\band\b|\())"
_IF_ITEM = re.compile(
    # ("and if it needs repair": a need asked as yes or no, as "whether it needs repair")
    # (mea59: "and if they can drive", what it is able to do, as "whether they can drive")
    r"(^|,\s*|\band\s+)if\s+(?:it|they|he|she)\s+(is|are|has|have|needs|requires|uses|can)\s+"
    r"(?!(?:one|any|some|them|it|not|no)\b)((?:an?\s+|the\s+)?[a-z]+(?:\s[a-z]+)?)" + _ITEM_END
)
# "…, is it a referral", "and has it a garden?": a list item that is only a yes/no question,
# verb first (not "is it one", "is it there": they name nothing)
_ASKED_ITEM = re.compile(
    r"(^|,\s*|\band\s+)(is|are|has|have)\s+(it|they)\s+"
    r"(?!(?:one|any|some|them|it|not|no|there|that|this)\b)((?:an?\s+|the\s+)?[a-z]+(?:\s[a-z]+)?)"
    r"\??" + _ITEM_END
)


def _asked_item(m: re.Match[str]) -> str:
    """ "is it a referral" → "whether it is a referral"; a question to the reader ("is it
    possible", "is it ok": a word that mostly describes) stays as it was."""
    last = m[4].split()[-1]
    if not (last.endswith("ed") or names_a_thing(last)):
        return m[0]
    return f"{m[1]}whether {m[3]} {m[2]} {m[4]}"


_WHEN_ITEM = re.compile(
    r"(?P<pre>^|,\s*|\band\s+)when\s+(?P<who>it|they|he|she)\s+(?P<aux>was|were|got)\s+"
    r"(?P<v>[a-z]+)"
    r"(?P<note>\s*\([^()]{1,30}\))?" + _ITEM_END
)


def _when_item(m: re.Match[str]) -> str:
    if not (m["v"].endswith("ed") or m["v"] in IRREGULAR_PARTICIPLES):
        return m[0]  # "when it was late": a state, not a thing done on a day
    note = m["note"] or ""
    head = "year" if rx(r"\(\s*(?:the\s+)?year\s*(?:only)?\s*\)").search(note) else "date"
    return f"{m['pre']}the {head} {m['who']} {m['aux']} {m['v']}{note}"


def _flag_first(m: re.Match[str], rules: list[str]) -> str:
    last = m["x"].split()[-1]
    if (
        not m["cond"]
        and rx(r"\s*(?:a|an|one)\s+flag\s+[a-z]").match(m[0])
        and is_noun(last) is True
        and not mostly_describes(last)
        and not last.endswith(("ed", "ing"))
        and last not in BOOL_WORDS
    ):
        # "a flag colour", "a flag pole height": a thing of the flag, named with it (the
        # flag is the first word of the name, not a yes/no; "a flag archived" is one)
        return m[0]
    if m["cond"]:
        rules.append(f"{m['x']}{m['cond']}")
    return f" {m['x']} (yes/no)"


def _group_modifier(body: str) -> str | AttrType | None:
    body = " ".join(body.split())
    if _OPTIONAL.fullmatch(body) or body in ("optional", "not required", "nullable"):
        return "optional"
    if body in ("required", "mandatory", "compulsory", "obligatory"):
        return "required"
    return type_phrase(body) or type_phrase(singular(body))


FIELD_REMARK = re.compile(
    r"(?P<marker>\b(?:field|column|attribute)s?)(?P<remark>\s+(?:that|which)\s+[^,;()]+?)"
    r"(?=\s*(?:[,;]|\band\b|$))"
)


_DASHED_NOTE = re.compile(r"(?:^|\s)—\s*(?P<note>[a-z][a-z ]{1,30}?)\s*—\s*")
# a remark set off by a pair of dashes: it opens with a word no field name opens with (a
# preposition of measure, "this is", "e.g."), so it says something of the item before it
_PRESENT_IF_AFTER = re.compile(
    r"(?<=[a-z]),?\s+(?P<c>(?:only\s+)?if\s+(?!(?:it|they|we|the|you|not)\b)[a-z]+(?:ed|able"
    r"|ible|ant|ent))(?=\s*(?:[,;.]|$|\s(?:and|or|plus)\s))"
)
_COMMA_UNIT = re.compile(
    r"(?<=[a-z)]),\s*(?P<u>in\s+(?:[a-z]+\s+)?[a-z]+)(?=\s*(?:[,;]|$|\s(?:and|plus|or)\s))"
)
_HOPE_BEFORE = re.compile(
    r"(?:(?<=\s)|^)\(\s*(?:if\s+possible|if\s+you\s+can|ideally|please)\s*\)\s*(?=[a-z])"
)
_DASHED_ASIDE = re.compile(
    r"(?:(?<=[a-z)])\s*—|\s[—-])\s+(?P<note>(?:in|per|measured|e\.g\.|eg|i\.e\.|ie|this is|that is"
    r"|it is|it's|very|really|important|usually|mostly|always|never|ideally|like|such as"
    r"|roughly|approx(?:imately|\.)?)\s[a-z0-9 .,/']{0,40}?|important|very important"
    r"|really important)\s+[—-](?=\s)\s*"
)


# "that must be unique", "which has to be unique across members", "(unique)", "(text,
# unique)": said of the item before it; "a unique code": said before an identifier's name
_UNIQUE_CLAUSE = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?:must|has to|should|needs to|will)\s+(?:always\s+)?be\s+"
    r"unique(?:\s+(?:across|among|for|per|over)\s+(?:all\s+|the\s+|every\s+|each\s+)?"
    r"[a-z]+)?(?=\s*(?:[,;.]|$|\s(?:and|&)\s))"
)
_UNIQUE_NOTE = re.compile(r"\s*\((?P<notes>[^()]*\bunique\b[^()]*)\)")
_UNIQUE_BEFORE = re.compile(
    r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))unique\s+"
    r"(?=(?:[a-z]+\s+){0,2}(?:email|code|reference|ref|number|id|username|slug|sku|isbn|serial"
    r"|tag|handle|barcode|key|token|name|plate|registration)(?:\s*(?:[,;.(]|$|\s(?:and|&)\s)))"
)
_ITEM_START = re.compile(r"(?:^|[,;:]|\band\b|&|\bwith\b)\s*(?:(?:an?|the|their|its)\s+)?")


UNIQUE_RULE = " must be unique"


def item_rule(rule: str, fields: FieldList) -> bool:
    """A rule said of one listed item ("email must be unique", "cost (never stored)"): the
    item stays a field, so a list holding one is still a list of fields. So is what an item
    is, said after a dash ("budget - what they can spend"), kept as said."""
    return rule in fields.noted or rule.endswith(UNIQUE_RULE) or _DASH_GLOSS.match(rule) is not None


def _unique_out(text: str, rules: list[str]) -> str:
    """The items said to be unique, without the saying; "<name> must be unique" for each goes
    to the rules. A note of other words ("(unique visitors)") or a plural after "unique"
    ("unique visitors", a count) is left as said."""

    def name_before(end: int, source: str) -> str:
        starts = [m.end() for m in _ITEM_START.finditer(source, 0, end)]
        return source[starts[-1] if starts else 0 : end].strip()

    def clause(m: re.Match[str]) -> str:
        if name := name_before(m.start(), m.string):
            rules.append(f"{name}{UNIQUE_RULE}")
        return ""

    def note(m: re.Match[str]) -> str:
        notes = [n.strip() for n in m["notes"].split(",")]
        if "unique" not in notes:
            return m[0]
        if name := name_before(m.start(), m.string):
            rules.append(f"{name}{UNIQUE_RULE}")
        rest = [n for n in notes if n != "unique"]
        return f" ({', '.join(rest)})" if rest else ""

    text = _UNIQUE_CLAUSE.sub(clause, text)
    text = _UNIQUE_NOTE.sub(note, text)
    for m in reversed(list(_UNIQUE_BEFORE.finditer(text))):
        after = text[m.end() :]
        end = rx(r"\s*(?:[,;.(]|$|\s(?:and|&)\s)").search(after)
        name = after[: end.start() if end else len(after)].strip()
        rules.append(f"{name}{UNIQUE_RULE}")
        text = text[: m.start()] + after
    return text


def _remark_out(m: re.Match[str], rules: list[str]) -> str:
    """The field word without the clause after it, which is kept as a rule; a clause that says
    the field is optional or required ("a note field that can be left blank") stays."""
    remark = m["remark"].strip()
    if _OPTIONAL.search(remark) or _REQUIRED.search(remark):
        return m[0]
    rules.append(remark)
    return m["marker"]


_BARE_OF = re.compile(
    r"\b[a-z]+ of (?!(?:the|a|an|each|every|this|that|its|their|his|her|it|them)\b)[a-z]"
)
_POSSESSIVE = re.compile(r"^(?P<owner>[a-z][a-z -]*?)(?:'s|s')\s+(?=[a-z])")


def _possessed(item: str, name: str) -> tuple[tuple[str, ...], str] | None:
    """ "each guest's full name" → (("guest",), "full_name"): the owner said before a field's
    name, and the name without it. Whether the owner is dropped depends on the entity (the
    assembler decides): on Guest it is the record itself; "owner's phone" on Pet keeps
    owner_phone. "whether the account is frozen" → (("account",), "is_frozen"): on Account
    the record itself is asked about, as "whether it is frozen" is."""
    if (w := _WHETHER_SUBJECT.match(item.lower().strip())) and name == "_".join(
        [*w["n"].replace("-", " ").split(), w["p"]]
    ):
        try:
            return tuple(w["n"].replace("-", " ").split()), safe_field_name(f"is {w['p']}")
        except UnsafeName:
            return None
    m = _POSSESSIVE.match(item.lower().strip())
    if m is None:
        return None
    owner = [w for w in rx(r"[a-z]+").findall(m["owner"]) if w not in FILLER]
    words = name.split("_")
    said = [singular(w) for w in words[: len(owner)]]
    if not owner or len(words) <= len(owner) or said != [singular(w) for w in owner]:
        return None
    try:
        return tuple(owner), safe_field_name(" ".join(words[len(owner) :]))
    except UnsafeName:
        return None


# "when it arrived (received at)", "if it was returned (returned flag)": a question about
# each record, then its name in brackets: the field named there, not a rule (see _bracket_name)
# ("start date (when they joined)": the other way round, a name, then when it is, in brackets)
_NAMED_QUESTION = re.compile(
    r"\b(?:when|if)\s[^,;()]{1,60}?\(\s*[a-z][a-z ]{0,30}\)|(?<=[a-z])\s*\(when\s[^,;()]{1,50}\)"
)


def _named_question_blanked(m: re.Match[str]) -> str:
    if m[0].lstrip().startswith("(") or _bracket_name(m[0]) is not None:
        return " " * len(m[0])
    return m[0]


_NUMBER = (
    r"(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)"
)
_RANGE_AFTER = re.compile(
    rf"(?<=[a-z])\s+from\s+(?P<r>{_NUMBER}\s+to\s+{_NUMBER})"
    # (mb63) "a severity from 1 to 5 as an integer": the type said after the range is its own
    r"(?:\s+as\s+(?:an?\s+)?(?P<t>integer|int|whole number|decimal|float|number))?"
    r"(?=\s*(?:\([^()]*\))?\s*(?:[,;.]|\band\b|&|$))"
)


# "farm, shearer name, price per head and job date only": "only" after the last item of a
# list closes the list (nothing else), no rule about that item, when that item is a name of
# two or three words ("adults only", "is members only", "notes shown to staff only" stay what
# they say)
_LIST_CLOSED_ONLY = re.compile(
    r"(?<=,)(?P<last>[^,]*\s(?:and|&)\s+(?P<item>(?:[a-z][a-z-]*\s){1,2}[a-z][a-z-]*))"
    r"\s+only(?=\W*$)"
)
_NOT_IN_A_NAME = frozenset("is are has have a an the to for by that which who of with from".split())


def _list_closed(m: re.Match[str]) -> str:
    return m["last"] if not set(m["item"].split()) & _NOT_IN_A_NAME else m[0]


# "card number (never stored) and email": a parenthesis right after an item's name
_PARENS_AFTER_ITEM = re.compile(r"(?<=[a-z0-9%])(?P<sp>\s*)\((?P<body>[^()]*)\)")


# "serves (number of people)", "(the number of nights)": a note that counts things in the
# plural says the value is a whole number, not any number
# ("(number of decimal places)", "(number of digits)" say how the value is written: no count)
_COUNT_NOTE = re.compile(
    r"^(?:(?:the|a|total)\s+){0,3}number of\s+(?!decimal|digit|significant)(?:[a-z]+\s+)?"
    r"(?P<n>[a-z]+)$"
)


def _rule_probe(piece: str) -> str:
    """The piece with what only marks an item optional or a yes/no blanked (same length), so
    that a rule marker found in it is a rule's."""
    probe = _MODAL_BEFORE_OPTIONAL.sub(lambda m: " " * len(m[0]), piece)
    probe = _OPTIONAL.sub(" ", probe)
    probe = _ONLY_FLAG.sub("    ", probe)
    return _IS_ONLY.sub(lambda m: m["pre"] + "    ", probe)


# "if printed", "only if imported", "if applicable": one word of a state the value depends on
_PRESENT_IF = re.compile(
    r"(?:only\s+)?if\s+(?!(?:it|they|we|the|you|not)\b)[a-z]+(?:ed|able|ible|ant|ent)"
)


def _parenthesised_rule_out(m: re.Match[str], rules: list[str]) -> str:
    """ "card number (never stored) and email", "price (in pence, must be positive)": a rule
    said in parentheses is said of the item before it; it is kept as a rule, and the item and
    the items after it stay fields (cutting at the marker dropped them all). What else the
    parenthesis says (a type, "optional") still annotates the item."""
    parts = [p.strip() for p in rx(r"[,;]").split(m["body"])]
    if any(_OPTIONAL.search(p) for p in parts):
        # "(only if known)": "only" before the condition keeps it the item's optional marker
        return rx(r"\bonly\s+(?=(?:if|when|where)\b)").sub("", m[0])
    if (cond := next((p for p in parts if _PRESENT_IF.fullmatch(p)), None)) is not None:
        # "batch number (if printed)", "licence number (only if imported)": a value there only
        # when something holds may be left out, as "(if there is one)" says; the condition
        # is kept as a rule (cutting the item as a rule lost the field)
        rules.append(cond)
        kept = [p for p in parts if p and p != cond]
        return f"{m['sp']}({', '.join([*kept, 'optional'])})"
    if any(p.startswith(("if ", "unless ", "only if ", "only when ")) for p in parts):
        # "fee (if paid by card)", "cost (only if we charge) and customer": the item and its
        # condition are a rule as a whole (CONDITION_REASON: asked), but the rule ends with the
        # brackets; the items after it stay fields (the cut ran on and lost "customer")
        return f"{m[0]},"
    if any(p.startswith("when ") for p in parts):
        return m[0]  # "closed at (when resolved)", "pickup at (when the tour starts)": its value
    said = [p for p in parts if p and _RULE_MARKER.search(_rule_probe(p))]
    if not said:
        return m[0]
    rules.extend(said)
    kept = [p for p in parts if p and p not in said]
    return f"{m['sp']}({', '.join(kept)})" if kept else ""


def _rules_out(text: str) -> tuple[str, list[str], set[str]]:
    """Take rules out of a list: "…, and full name computed from first and last name" keeps
    the fields before it; the rule runs from its "and" (or comma) to the end of the piece.
    Also which rules were said in brackets of one item (the item stays a field)."""
    pieces, rules = [], []
    text = _LIST_CLOSED_ONLY.sub(_list_closed, text)
    if "(" in text:
        text = _PARENS_AFTER_ITEM.sub(lambda m: _parenthesised_rule_out(m, rules), text)
    noted = set(rules)
    for piece in rx(r"(?<=[,;])").split(text):
        if (held := _REQUIRED_PIECE.match(piece)) and _held_list(piece[held.end() :]):
            piece = held["pre"] + piece[held.end() :]  # "must have a price and notes": listed
        # "…, which should be optional": the modal before a marker is no rule (same length,
        # as the cut is found in `piece`)
        probe = _MODAL_BEFORE_OPTIONAL.sub(lambda m: " " * len(m[0]), piece)
        probe = _OPTIONAL.sub(" ", probe)
        probe = _ONLY_FLAG.sub("    ", probe)  # same length: the cut is found in `piece`
        probe = _IS_ONLY.sub(lambda m: m["pre"] + "    ", probe)
        probe = _PRIORITY_ITEM.sub(lambda m: " " * len(m[0]), probe)
        if "(" in probe:
            probe = _NAMED_QUESTION.sub(_named_question_blanked, probe)
        marker = _RULE_MARKER.search(probe)
        if marker is None:
            pieces.append(piece)
            continue
        if "(" not in piece and (ask := _OPTIONAL_THEN_WHEN.search(piece)):
            # "parts cost, which can be blank if nothing was replaced": the marker is the
            # item's, the condition after it a rule kept beside it
            rules.append(piece[ask.end() :].strip(" ,;."))
            pieces.append(piece[: ask.end()] + ("," if piece.rstrip().endswith(",") else ""))
            continue
        cut = [m for m in rx(r"\s(?:and|&)\s").finditer(piece) if m.end() <= marker.start()]
        start = cut[-1].end() if cut else 0
        kept = piece[: cut[-1].start()] if cut else ""
        rules.append(piece[start:].strip(" ,;."))
        pieces.append(kept + ("," if piece.rstrip().endswith(",") else ""))
    return "".join(pieces), [r for r in rules if r], noted


def _held_list(rest: str) -> bool:
    """After "must have": only names of fields ("a price and notes"), no rule in the words."""
    return (
        _REQUIRED_REST.match(rest.rstrip()) is not None
        and _RULE_MARKER.search(rest) is None
        and _REQUIRED_NOT.search(rest) is None
    )


def one_per_record(attribute: Attribute) -> Attribute:
    words = attribute.name.split("_")
    if words[-1] in PLURAL_FIELDS or attribute.type is AttrType.BOOL:
        # (a yes/no says something of the one record, its plural is its own: "whether they
        # work weekends" is works_weekends, "has pets" has_pets)
        return attribute
    one = singular(words[-1])
    if one == words[-1]:
        return attribute
    name = "_".join([*words[:-1], one])
    kind = attribute.type
    if kind is AttrType.STR:  # "emails" read as text: one email is an email
        kind = infer_type(name.split("_"))
    return Attribute(name, kind, attribute.required)


# Places a leg starts from and goes to ("from depot, to depot", "to station"): with "to" before
# them they name the leg's end, not a purpose
_LEG_ENDS = frozenset(
    # ("from room, to room": where a guest is moved or upgraded, as a transfer's ends)
    """station port depot postcode site stop point warehouse branch room gate terminal airport
    berth slot bay account shift bin rack shelf zone unit yard pitch pen stall team wallet
    stage level""".split()
)  # ("from slot, to slot", "from account, to account": a move's two ends, each a field)
# Words that end a field's name and seldom qualify the field word after them: in a list said
# without commas, "name price weight" is three fields and "stall code holder name" two.
RUN_HEADS = frozenset(
    """name email phone mobile price cost fee weight colour color city country village address
    date description label width height length depth brand breed stock quantity rating score
    average capacity title code location species type at age size gender salary amount balance
    role number model birthday status serial artist subject instrument grade postcode""".split()
)  # ("artist year", "subject date", "instrument phone": a field of its own, then the next)
# Heads that also qualify the noun after them ("year group", "year end"): a cut after one only
# before a last word ("title year director"); "vintage year grape region" stays one, doubted.
_WEAK_HEADS = frozenset(("year",))
# Where a field list opens, typed with or without commas: a field's own word first or second
# ("has serial number colour …", "must be name mobile number …"), as the run-on cut
# (_split_run_on) reads items ending there; or an article or possessive before a noun
FIELD_WORD_OPENS = (
    r"(?:(?!(?:to|no|not|be|been|being)\b)[a-z]+\s+)?(?:"
    + "|".join(sorted(RUN_HEADS - {"at", "type"}, key=len, reverse=True))
    + r")\b(?!\s+(?:is|are|was|were|must|should|can|will)\b)"
)
FIELD_LIST_OPENS = rf"(?:(?:a|an|the|their|its|his|her)\s+[a-z]|{FIELD_WORD_OPENS})"
# A field list typed without commas ("the name the phone number and the van reg"): opened as
# above, holding a field's own word, with "and" before its last item, and no word that opens a
# list of its own ("a list of members with name and email" is a thing, then its list); where a
# reader asks for a comma list to follow ("[^,]+,"), this is the same list said as dictated
_IN_RUN = r"(?:(?!\b(?:with|having|including|that|which|who|where|called|named)\b)[^,.;:!?])*"
RUN_LIST_FOLLOWS = (
    rf"(?={_IN_RUN}\b(?:"
    + "|".join(sorted(RUN_HEADS - {"at", "type"}, key=len, reverse=True))
    + rf")\b){FIELD_LIST_OPENS}{_IN_RUN}\s(?:and|&|plus)\s+[a-z]"
)
# Words that go on a name with the head before them ("phone number", "email address", "price
# per kilo", "colour code", "weight class"): no cut before them.
_RUN_JOINS = frozenset(
    """number address code level class limit list range format tag id count per of in on for
    from to by unit band group history rate category time line point name badge type plate
    yes no""".split()
)
RUN_JOINS = _RUN_JOINS
_NOT_AFTER_HEAD = frozenset(
    """field fields column columns attribute attributes property properties entity entities
    table too as also either instead anymore now here there""".split()
)
_MONEY_HEADS = frozenset("fee price cost salary balance".split())
_NAMED_TYPES = frozenset(("email", "date"))  # type words that are fields of their own


def _cut_off_word(parts: list[str]) -> bool:
    """Whether a one-word part is followed by a part that does not open with a field's own
    word: "code | freeze date" (one name cut in two), not "name | email" or "name | phone
    number"."""
    return any(len(a.split()) == 1 and b.split()[0] not in RUN_HEADS for a, b in pairwise(parts))


# "their name their breed their weight": a possessive opens each noun phrase as an article does
_RUN_OPENERS = _ARTICLES | {"their", "its"}
# The most words an optional marker spans ("a lot of the guests do not have one" is 9): a run's
# cut looks that far ahead, not to the end of a list thousands of words long
_MARKER_WORDS = 12


def _split_run_on(raw: str) -> list[str]:
    """One item of a list with no commas, cut into the fields it names: after a head word
    ("name price weight" → name, price, weight; "stall code holder name" → stall code, holder
    name) and before an article ("a brand a weight a purchase date"). A head keeps a join word
    after it ("mobile number", "price per metre") and a last participle ("date joined"); an
    annotation after it ("colour yes/no", "batting average (number)") stays on it."""
    words = raw.split()
    if len(words) < 2 or _graded_measure(words):
        return [raw]
    parts: list[list[str]] = [[]]
    # what each step needs of the whole run is worked out once, so a run of thousands of
    # words is read in time linear in its length
    typed_run = sum(w in _PURE_TYPES for w in words) >= 2 and _NAMED_TYPES.isdisjoint(words)
    clausal = False  # the part so far holds a clause word ("whether", "is")
    depth = 0  # inside brackets: "a venue (the library or the church hall)" is one aside
    for i, word in enumerate(words):
        before = parts[-1]
        rest = words[i + 1 : i + 1 + _MARKER_WORDS]
        # an article opens one noun phrase: inside it only another field's own name marks a
        # missing comma ("a name phone"); any other noun is what the head word qualifies
        # ("an age recommendation", "a price band")
        # ("average heart rate": a word saying which value, opening the part, qualifies the
        # noun after it the way an article opens one)
        opened = bool(before) and (
            before[0] in _RUN_OPENERS or (len(before) == 1 and before[0] in _COUNT_MODIFIERS)
        )
        phrase = opened and word not in RUN_HEADS and not _plural_after_singular(before, word)
        # "the deposit paid thing": a beginner's word for the field ends the name it follows
        last_said = word in _BEGINNERS_FIELD and i == len(words) - 1
        if (
            before
            and not last_said
            and depth <= 0
            and (
                (word in _RUN_OPENERS and _phrase_done(before, clausal))
                or _possessive_opens(before, word, clausal)
                or (not phrase and _ends_name(before[-1], word, rest))
                or _opens_count(before, word, rest)
                or _of_phrase_ended(before, word, rest)
                or _participle_ended(before, word, rest)
                or (typed_run and _type_said_before(before, word))
            )
        ):
            parts.append([])
            clausal = False
        parts[-1].append(word)
        depth += word.count("(") - word.count(")")
        clausal = clausal or word in _CLAUSE_WORDS or word in NOT_A_FIELD
    return [" ".join(p) for p in parts if p]


def _plural_after_singular(before: list[str], word: str) -> bool:
    """ "a registration number seats": "a" opens a phrase whose noun is one thing, so a plural
    after its head word cannot be in it; it is the next field ("seats")."""
    return (
        before[0] in ("a", "an")
        and before[-1] in RUN_HEADS
        and singular(word) != word
        and is_noun(singular(word)) is True
    )


# "their name their parent email and their grade", "its tag number its breed": dictated, a
# possessive opens each item as an article does ("the brand the colour")
_POSSESSIVE_DETERMINERS = frozenset("their its his her".split())


def _possessive_opens(before: list[str], word: str, clausal: bool) -> bool:
    if word not in _POSSESSIVE_DETERMINERS:
        return False
    # (no possessive is a clause word, so the part's `clausal` holds of what is said too; and
    # _phrase_done reads only the first and the last two words of a part of two or more)
    ends = before if len(before) <= 3 else [before[0], *before[-2:]]
    said = ["the" if w in _POSSESSIVE_DETERMINERS else w for w in ends]
    return _phrase_done(said, clausal)


# Type words no field is named by: "code string volume integer" is two fields, each typed
_PURE_TYPES = frozenset(
    "string str integer int float decimal boolean bool datetime timestamp".split()
)


def _type_said_before(before: list[str], word: str) -> bool:
    """ "code string volume integer abv float": said without commas, each name followed by its
    type; a type word (two or more in the run) ends the field before it. Not where "date" or
    "email" is said too: each is a type and a field's own word ("brewed on date"); the caller
    asks only of such a run."""
    return len(before) > 1 and before[-1] in _PURE_TYPES and word not in TYPE_WORDS


def _ends_name(head: str, word: str, rest: list[str]) -> bool:
    if head in _WEAK_HEADS and rest and not rest[0].startswith("("):
        return False
    if head not in RUN_HEADS | _WEAK_HEADS or not word.isalpha():
        return False
    # ("email addresses", "phone numbers": a join said in the plural joins as well)
    joined = word if word in _RUN_JOINS else singular(word)
    if joined in _RUN_JOINS and not (joined == "address" and head != "email"):
        return False  # "email address" is one field; "name address" two
    if word == "amount" and head in _MONEY_HEADS:
        return False  # "a fee amount" is the amount of the fee; "name amount" two
    if word in ("reference", "ref") and head not in _NOT_REFERENCED:
        return False  # "a colour reference", "a size ref": which one of it; "name reference" two
    if head == "postcode" and word in _POSTCODE_PARTS:
        return False  # "postcode district", "postcode area": a part of the postcode, one name
    if word in _NOT_AFTER_HEAD or word in NOT_A_FIELD or word in FILLER:
        return False  # "the weight field", "location is required", "an expiry date too"
    typed = word in TYPE_WORDS and word not in _NAMED_TYPES  # "colour text"; "name email"
    if word in UNIT_WORDS or typed or _OPTIONAL.match(" ".join([word, *rest])):
        return False
    if word in ("required", "mandatory", "optional", "nullable", "yes/no", "y/n"):
        return False
    if word in _WHAT_IT_COUNTS and rest and not rest[0].startswith("("):
        return False  # (lz63) "price excluding vat", "weight without packaging": one field
    if word == "since" and rest and rest[0] in _SINCE_WHEN_OPENS:
        return False  # (me64) "cost since last reading", "weight since the last weighing": one
    last = not rest or rest[0].startswith("(")
    if head == "at" and last and word not in RUN_HEADS:
        return False  # "lit at night (yes/no)", "kept at home": where, part of the name
    if last and _said_done(word) and word not in RUN_HEADS:
        return False  # "date joined" (but "name breed")
    if head in _WHEN_HEADS and _done_not_noun(word) and word not in RUN_HEADS:
        return False  # "date done price": the date it was done, then the next field
    # a last word that is no noun says something of the head: "the code tidy"
    return not last or word in RUN_HEADS or is_noun(word) is not False


# Words that say what a value counts in or leaves out ("price excluding vat", "cost including
# delivery", "weight without packaging"): the noun after one is no field of its own
_WHAT_IT_COUNTS = frozenset("excluding including without excl incl exc inc ex minus".split())
# Words after "since" that say from when a value is counted ("since last reading", "since the
# previous audit"), not why ("since we moved"): the head before it keeps the rest in its name
_SINCE_WHEN_OPENS = frozenset("last previous latest the its their".split())


def _graded_measure(words: list[str]) -> bool:
    """ "age rating", "an age rating": an item that is only a measure and its grade is one
    field, though both are fields' own words; in a longer run ("name age rating", dictated
    without commas) they stay apart."""
    said = words[1:] if words[0] in _RUN_OPENERS else words
    return len(said) == 2 and said[0] in _GRADED_MEASURES and said[1] in _GRADES


# Measures that are graded, and the grades: both are fields' own words ("age", "rating"), so a
# run would cut "age rating" in two
_GRADED_MEASURES = frozenset("age price weight height size length width depth salary".split())
_GRADES = frozenset(("rating", "grade"))
# Heads that are fields of their own before "reference" ("name reference date", dictated)
_NOT_REFERENCED = frozenset("name email phone mobile date at age birthday status".split())
_POSTCODE_PARTS = frozenset("area district sector unit prefix region zone".split())
_PHRASE_VERBS = frozenset(
    """has have had gets get got needs need holds keeps takes uses wants owns makes is are
    was were""".split()
)
_CLAUSE_WORDS = frozenset("whether if when who which that where how what".split())


def _phrase_done(before: list[str], clausal: bool) -> bool:
    """ "a brand a weight", "the departure date the number of passengers the number of cars":
    an article after a noun opens the next item; not after a word that takes one ("of the",
    "per a") nor inside a clause ("whether they need a ride")."""
    last = before[-1]
    if clausal:
        return False  # "whether it is flying at the moment": one clause (a word of `before`)
    if last in RUN_HEADS:
        return True
    if before[0] not in _RUN_OPENERS or len(before) < 2 or len(last) < 3 or not last.isalpha():
        return False  # "keep the code clean": a verb before the article
    if last in FILLER or last in _RUN_JOINS or last in _NOT_AFTER_HEAD or _said_done(last):
        return False
    if last in _PHRASE_VERBS:
        return False  # "an application has a single ward": a sentence, not two items
    if singular(last) != last and before[-2] not in _ARTICLES and before[-2] != "of":
        return False  # "the team hates the old word": a noun, then its verb
    # a phrase opened by an article ends in its noun ("a material a price")
    return first_sense(last) is not None


# Words that say which number is meant ("the total number of guests"): no cut before it.
_COUNT_MODIFIERS = frozenset(
    """total maximum minimum max min average expected estimated approximate actual usual
    planned typical exact rough""".split()
)


def _opens_count(before: list[str], word: str, rest: list[str]) -> bool:
    """ "location number of frames", "job date number of sheep": "number of" (how many) opens
    a field of its own after a noun; a word saying which number stays with it ("the total
    number of guests", "a maximum number of players")."""
    if word not in ("number", "count") or rest[:1] != ["of"] or len(rest) < 2:
        return False
    last = before[-1]
    if last in RUN_HEADS:
        return True  # "job date number of sheep", "name number of eggs"
    if last in _ARTICLES or last in FILLER or last in _COUNT_MODIFIERS or last in _RUN_JOINS:
        return False
    return last.isalpha() and is_noun(last) is True and last not in FIELD_MODIFIERS


_NAMING = frozenset("called named labelled labeled titled".split())
_WHEN_HEADS = frozenset("date time at year day on".split())


def _done_not_noun(word: str) -> bool:
    """A participle that is no noun ("joined", "laid"; but "breed", "speed", "feed")."""
    return _said_done(word) and is_noun(word) is not True


# Words that pick one of a series ("first missed payment", "last completed inspection"): a
# participle after one qualifies the noun after it, as an adjective does
_WHICH_OF_A_SERIES = frozenset("first last latest next previous final earliest".split())


def _participle_ended(before: list[str], word: str, rest: list[str]) -> bool:
    """ "eggs laid breed", "date joined email": a participle after a noun ends the field it
    names ("items sold", "date joined"); a noun after it opens the next one."""
    if len(before) < 2 or not word.isalpha() or not _done_not_noun(before[-1]):
        return False
    if before[-2] in _ARTICLES or before[-2] in _NOT_AFTER_HEAD or is_noun(before[-2]) is not True:
        return False  # "a field called insured"
    if before[-1] in _NAMING or word in _WHEN_HEADS:
        return False  # "blower replaced date": the date it was done
    if before[-2] in _WHICH_OF_A_SERIES and len(before) == 2 and word not in RUN_HEADS:
        return False  # "first missed payment date": which one of them, the participle its kind
    if word in _RUN_JOINS or word in UNIT_WORDS or word in _NOT_AFTER_HEAD or word in FILLER:
        return False
    typed = word in TYPE_WORDS and word not in _NAMED_TYPES
    if word in NOT_A_FIELD or typed or word in _ARTICLES or _done_not_noun(word):
        return False
    return is_noun(word) is True and not _OPTIONAL.match(" ".join([word, *rest]))


# (new59) Points of a span ("the end of term", "the start of season") and the words that say
# when such a point falls: "end of lease date" is one field, the date the lease ends
_SPAN_POINTS = frozenset("end start beginning close middle opening".split())
_MOMENT_WORDS = frozenset("date time day datetime timestamp".split())


def _of_phrase_ended(before: list[str], word: str, rest: list[str]) -> bool:
    """ "date of death funeral director", "number of bells practice night": "of" and "per"
    take one noun (with its article), so the noun after it opens the next field. A plural
    never qualifies the noun after it; a singular may qualify a plural ("number of guest
    rooms")."""
    if len(before) < 2 or not word.isalpha():
        return False
    thing = before[-1]
    tail = before[-3:] if len(before) >= 3 and before[-2] in _ARTICLES else before[-2:]
    if len(before) >= 3 and before[-3] == "of" and singular(thing) != thing:
        tail = before[-3:]  # "number of parking spaces latitude": the plural ends the thing
    if tail[0] != "of" and not (tail[0] == "per" and word in RUN_HEADS):
        return False  # "price per square metre": what "per" measures by may take two words
    if thing in _ARTICLES or thing in FIELD_MODIFIERS or not thing.isalpha():
        return False  # "date of first dose"
    at = len(before) - len(tail)
    if tail[0] == "of" and at > 0 and not is_noun(before[at - 1]):
        return False  # "next of kin phone": an "of" phrase after no noun names who has the field
    if tail[0] == "of" and at > 0 and before[at - 1] in _SPAN_POINTS and word in _MOMENT_WORDS:
        return False  # "end of term date": the date of that moment, one field
    if is_noun(thing) is not True:
        return False
    if word in _RUN_JOINS or word in UNIT_WORDS or word in _NOT_AFTER_HEAD or word in FILLER:
        return False
    typed = word in TYPE_WORDS and word not in _NAMED_TYPES  # "date of birth text"
    if word in NOT_A_FIELD or typed or word in _ARTICLES or _done_not_noun(word):
        return False
    if is_noun(word) is not True or _OPTIONAL.match(" ".join([word, *rest])):
        return False
    if singular(thing) != thing:
        return True  # "number of bells practice night"
    return singular(word) == word  # "number of guest rooms", "of parking spaces" go on


def _split_repeated_heads(raw: str) -> list[str]:
    """ "first name last name" (a missing comma) is two fields, not first_name_last_name."""
    words = raw.split()
    for head in _SPLIT_TWICE:
        if words.count(head) == 2 and words[-1] == head and words.index(head) < len(words) - 2:
            cut = words.index(head) + 1
            return [" ".join(words[:cut]), " ".join(words[cut:])]
    return [raw]


# "…, though the purpose is optional", "…, but the notes can be blank": the item before it,
# named again as the subject of a clause that marks it
_RESTATED_SUBJECT = re.compile(
    r"^(?:but|though|although)\s+(?:the\s+)?(?P<f>[a-z][a-z -]{0,40}?)\s+(?P<rest>(?:is|are)\s.*"
    r"|(?:can|may)\s+be\s.*)$"
)
# "…, but that can be blank for the unsecured ones", "… is optional because nobody fills it
# in": which ones may leave it out, or why, said after the marker
_OPTIONAL_WHY = re.compile(
    r"\s+(?:for|because|since|as|when|whenever|until|unless|if|in|on|anyway|though)\b.*$"
    # "…, which can be left blank most of the time": how often it is left out
    r"|\s+(?:(?:most|much|some|a lot|half) of the time|usually|mostly|often|sometimes)$"
)


_SO_MARKER = re.compile(
    r"(?<=,)\s*(?:and\s+)?so\s+(?:it\s+|they\s+)?(?=(?:can|may)\s+(?:also\s+)?be\s+(?:left\s+)?"
    r"(?:blank|empty|null|missing)\s*(?:[,;.]|$))"
)
# "…, which not every tutee has", "…, which some riders don't have": a value some records
# lack is one that may be empty, said of the item before it (not "which every tutee has")
_LACKED_BY_SOME = re.compile(
    r"^(?:which|that|though|but)\s+(?:"
    r"not (?:every|all|each)(?:\s+(?:of\s+)?(?:the|our|their)?\s*[a-z]+){1,2}\s+"
    r"(?:has|have|gives?|provides?)"
    r"|(?:some|many|most|a few|a lot of)(?:\s+[a-z]+){1,2}\s+(?:don't|do not|doesn't|does not|won't"
    r"|will not|never|can't|cannot)\s+(?:have|give|provide)"
    r")(?:\s+(?:one|it|them|any|yet))?$"
)


# "the latter", "the last one", "the last two (optional)", "both of them": words that point
# back at items already listed name no field of their own
_POINTS_BACK_ITEM = re.compile(
    r"(?:(?:the|this|that|these|those)\s+)?(?:latter|former|(?:last|final|first)\s+(?:one|two|three"
    r"|2|3|field|fields|item|items|ones))"
    r"(?:\s+(?:(?:is|are|should be|can be|may be)\s+)?"
    r"(?:optional|not required|nullable|blank|empty))?"
)


def _modifier(raw: str, last: str | None = None) -> str | AttrType | None:
    """A list item that only changes the item before it (`last`, when one was listed):
    "optional", "which is a date", "though the purpose is optional"."""
    if last is not None and _LACKED_BY_SOME.match(raw):
        return "optional"
    restated = _RESTATED_SUBJECT.match(raw)
    if restated and last is not None and _names_field(restated["f"], last):
        raw = restated["rest"]
    body = _MODIFIER_ONLY.match(raw)["body"]  # type: ignore[index]
    if (marker := _OPTIONAL.match(body)) and _OPTIONAL_WHY.fullmatch(body[marker.end() :]):
        return "optional"
    body = rx(r"\s+(?:of course|too|as well|obviously)$").sub("", body).strip()
    said_as = rx(r"^(?:as|stored as|kept as)\s+(?:an?\s+)?(?P<w>[a-z]+)$").match(body)
    body = rx(r"^(?:as|stored as|kept as)\s+(?=\S)").sub("", body)  # "…, as a number"
    body = rx(r"^only\s+(?=if\b)").sub("", body)  # "…, but only if known"
    if _OPTIONAL.fullmatch(body) or body in ("optional", "not required", "nullable"):
        return "optional"
    if body in ("required", "mandatory"):
        return None if raw == body else "required"
    kind = type_phrase(body)
    if kind is not None and (raw != body or body in ("yes/no", "true/false")):
        return kind  # "…, which is a date"; "one flag organic, yes or no"
    if said_as is not None:
        return _value_word_type(said_as["w"])  # "…, as a percentage", as "(percentage)" says
    return None


def _names_field(words: str, name: str) -> bool:
    """ "the purpose" names purpose; "the notes" names note."""
    said = "_".join(words.split())
    return said == name or singular(said) == singular(name)


def _modified(attribute: Attribute, modifier: str | AttrType) -> Attribute:
    if modifier == "optional":
        return Attribute(attribute.name, attribute.type, False)
    if modifier == "required":
        return Attribute(attribute.name, attribute.type, True)
    return Attribute(attribute.name, AttrType(modifier), attribute.required)


# "a whole number of minutes": a count's unit, said after "of" (built once: sorting the units
# and compiling them took most of a type check)
_OF_UNIT = re.compile(r"\s+of\s+(?:" + "|".join(sorted(UNIT_WORDS)) + r")$")


# "moisture as a percentage", "commission rate as a percent": the value is a percentage, as
# "(percentage)" after it says (the conventions type a percentage as float)
_PERCENT_SAID = frozenset(("percentage", "percent", "%"))


def said_type(text: str) -> AttrType | None:
    """The type said after a name ("as a whole number", "as a percentage"), else None."""
    if rx(r"^(?:an?\s+)?").sub("", text.strip()) in _PERCENT_SAID:
        return AttrType.FLOAT
    return type_phrase(text)


def type_phrase(text: str) -> AttrType | None:
    """ "a whole number" → int, "currency amount" → decimal; None when it is no type."""
    text = rx(r"^(?:an?|the|just|some)\s+").sub("", text.strip())
    # "an integer number of minutes", "a whole number of days": the unit is counted
    counted = _OF_UNIT.sub("", text)
    if counted != text and counted in ("number", "integer number", "whole number"):
        return AttrType.INT  # "a number of minutes" counts them
    text = rx(r"^integer\s+number$").sub("integer", counted)
    # "free text", "plain text", "long text": how the text is written says no other type
    text = rx(r"^(?:free|plain|long|short|free[- ]?form)[- ](?=(?:text|string)$)").sub("", text)
    text = rx(r"\s+(?:value|field|amount)$").sub("", text) if text not in TYPE_WORDS else text
    if text in TYPE_WORDS:
        return TYPE_WORDS[text]
    words = [w for w in rx(r"[\s,]+").split(text) if w and w not in UNIT_WORDS]
    kinds = [TYPE_WORDS[w] for w in words if w in TYPE_WORDS]
    if words and len(kinds) == len(words) and len(set(kinds)) == 1:
        return kinds[0]
    return None


# A note that the value may be a fraction says it is a number with a fractional part (a float):
# "can be a fraction", "fractions allowed", "can have decimals", "decimals are fine", "a number
# with decimals" ("no decimals", "never has decimals", "without decimals" say no such thing)
FRACTIONAL = re.compile(
    r"\b(?:can|may|could|might|will|would)\s+(?:also\s+)?(?:sometimes\s+)?(?:be\s+(?:a\s+)?"
    r"fraction(?:al)?|(?:have|include|contain|take|need)\s+(?:some\s+)?(?:decimals|decimal places"
    r"|fractions))\b|\b(?:fractions?|decimals|decimal places)\s+(?:are\s+|is\s+)?(?:allowed|ok"
    r"|okay|fine|possible|welcome)\b|\bwith\s+(?:decimals|decimal places|fractions)\b"
)
# A note that the value may have cents says it is money (a decimal): "can have cents", "with
# pence"
CENTS = re.compile(
    r"\b(?:can|may|could|might|will|would)\s+(?:also\s+)?(?:sometimes\s+)?(?:have|include"
    r"|contain|take)\s+(?:some\s+)?(?:cents|pence)\b|\b(?:cents|pence)\s+(?:are\s+)?(?:allowed"
    r"|ok|okay|fine|possible)\b|\bwith\s+(?:cents|pence)\b"
)


# "(number, e.g. 440.5)", "(soprano, alto and so on)": what gives examples of a field's values
_EXAMPLES = re.compile(
    r"\b(?:e\.?\s?g|i\.?\s?e|for example|for instance|such as|and so on|and so forth|etc)\b"
    r"|^\s*like\s"
    # "(string, like 6b+)": a value given as an example after the type ("like count" is a field)
    r"|,\s*like\s+(?=[^\s,]*\d|[\"'])"
)
# "(low/medium/high)": the values a field takes, one of three or more written with slashes
_CHOICES = re.compile(r"[a-z0-9-]+(?:\s*/\s*[a-z0-9-]+){2,}")
# "(pass/fail)", "(satisfactory/unsatisfactory)", "(ios/android)": two values, each a word of
# its own (not a unit's short form, "km/h", nor a rate, "litres/hour"; "yes/no" types it)
# ("(left/right-handed)", "(full-time/part-time)": a value written with a hyphen is one value;
# the item was dropped as a path)
_TWO_CHOICES = re.compile(r"(?P<a>[a-z]{3,}(?:-[a-z]{2,})?)\s*/\s*(?P<b>[a-z]{3,}(?:-[a-z]{2,})?)")
_NOT_CHOICES = frozenset("yes no true false and or".split())


# Units that are words of their own elsewhere ("a bar", "the bars"): a unit only after "in"
# ("pressure in bar", "pressure in millibars")
_UNITS_AFTER_IN = frozenset("bar bars mbar millibar millibars kpa hpa mpa".split())


def _measured_in(head: str, unit: str) -> bool:
    """ "pressure in bar": a unit of _UNITS_AFTER_IN after a head that is a measure by its own
    words (a float), not after a count or a text ("seats in bar", "staff in bar": of the bar)."""
    return unit in _UNITS_AFTER_IN and infer_type(_LETTER_RUN.findall(head)) == AttrType.FLOAT


def _unit_after_in(head: str, unit: str) -> bool:
    """ "depth in fathoms", "surface in m2", "area in sq ft", "capacity in pallets": after a
    field's name, "in" and a unit WordNet files as a quantity, an area or a volume written
    short, or, after a count of its own ("capacity", "stock"), the things it is counted in,
    say what the value is given in; no part of its name ("seats in bar", "staff in hall" are
    of the place, not counted in it)."""
    if not head.strip():
        return False
    if rx(r"sq\.?\s+[a-z]+|[a-z]{1,2}[23]").fullmatch(unit):
        return True
    if not unit.isalpha() or len(unit) < 3:
        return False
    kind = first_sense(singular(unit))
    if kind == "noun.quantity":
        # (lp60) "qty in yard", "stock in yard": a count is given in units said in the plural
        # ("stock in yards"); a unit's name said once and bare after a count is the place the
        # things are (it was read as the unit and the place lost, accepted)
        words = _LETTER_RUN.findall(head)
        return not (words and words[-1] in INT_WORDS | _COUNTS_OF_UNITS and singular(unit) == unit)
    return (
        singular(unit) != unit
        and kind is not None
        and kind not in _NOT_COUNTED_IN
        and (words := _LETTER_RUN.findall(head)) != []
        and words[-1] in _COUNTS_OF_UNITS
    )


# Counts given in units of something ("capacity in pallets", "stock in boxes"), unlike a count
# of things found somewhere ("seats in gardens", "staff in bars": where they are)
_COUNTS_OF_UNITS = frozenset("capacity stock quantity qty load size amount total volume".split())
# What a count is kept of, never what it is counted in: places, groups, people, times
_NOT_COUNTED_IN = frozenset(
    "noun.location noun.group noun.person noun.time noun.event noun.act noun.animal".split()
)


# "(left/right arm)", "(front/back door)": the two values, then the thing they are of
_CHOICES_OF = re.compile(
    r"(?P<c>[a-z]{3,}\s*/\s*[a-z]{3,})\s+(?!(?:names?|numbers?|dates?)$)[a-z]{3,}"
)


def _two_choices(item: str) -> bool:
    if "/" not in item:
        return False  # (both patterns need the slash: most items have none)
    if m := _CHOICES_OF.fullmatch(item.strip()):
        item = m["c"]
    m = _TWO_CHOICES.fullmatch(item.strip())
    return bool(m) and not ({m["a"], m["b"]} & (UNIT_WORDS | _NOT_CHOICES))


# "(0-10)", "(1 to 5)", "(440.5)": a range or a value, never a field's name
_VALUES = re.compile(r"[<>~]?\s*-?\d+(?:[.,]\d+)?\s*(?:(?:-|–|to)\s*-?\d+(?:[.,]\d+)?)?\s*%?")
# "(fractions allowed)", "(just text is fine)": a remark on how a value may be written
_REMARK = re.compile(r"\b(?:allowed|is fine|are fine|is ok|is okay|will do|works)\b")


# "(brass or chrome)", "(single, double or king)", "(1-0, 0-1 or draw)": the values a field
# takes, one to be chosen, never fields (a record holds all of its fields, never one "or"
# another); each value is a word or two
_OR_VALUE = r"[a-z0-9][a-z0-9.+'-]*(?:\s+[a-z0-9][a-z0-9.+'-]*)?"
_OR_VALUES = re.compile(rf"{_OR_VALUE}(?:\s*,\s*{_OR_VALUE})*\s*,?\s+or\s+{_OR_VALUE}")


def _or_values(inner: str) -> bool:
    """A parenthesis that lists values joined by "or" ("(small, medium or large)"), not a type
    said two ways ("(yes or no)", "(date or datetime)") nor a remark ("(optional or not)")."""
    text = inner.strip().lower()
    if text in TYPE_WORDS or "or" not in text or not _OR_VALUES.fullmatch(text):
        return False
    items = [i.strip() for i in rx(r",|\bor\b").split(text) if i.strip()]
    if all(item in TYPE_WORDS for item in items):
        return False  # "(integer or decimal)": a type, said two ways ("double" bed is a value)
    return not any(item in _NOT_VALUES or _OPTIONAL.search(item) for item in items)


_NOT_VALUES = frozenset("yes no y n true false not both either none neither".split())


def annotates_one(inner: str) -> bool:
    """ "(number, e.g. 440.5)", "(0-10, fractions allowed)", "(low/medium/high, just text is
    fine)", "(nautical miles, number)", "(date and time)": a parenthesis after a field that
    gives its type, unit, range, example values or a remark on them is about that one field;
    it lists fields only when its items name fields ("(name, phone)")."""
    if _EXAMPLES.search(inner) or _or_values(inner):
        return True
    items = [item.strip() for item in rx(r"[,;]").split(inner) if item.strip()]
    if len(items) == 2 and items[1] in _NUMERIC_TYPES and rx(r"[a-z]{2,8}").fullmatch(items[0]):
        return True  # "(arcsec, float)", "(ppm, integer)": a unit, then the number's type
    if len(items) == 2 and items[1] == "number" and _unit_or_scale(items[0]):
        return True  # "(EBC, number)", "(lux, number)"; "(species, number)" lists two fields
    if (
        len(items) > 2
        and items[-1] in ("other", "others", "etc", "etc.", "or other", "none")
        and not any(_COMMON_FIELD.search(i) for i in items)
    ):
        return True  # "(torn sail, broken spar, other)": the values one field takes
    if len(items) > 1 and all(_note_item(i) or _ASIDE_NOTE.fullmatch(i) for i in items):
        # "(free text, optional)", "(grams, measured daily)", "(of issue, not purchase)": a
        # marker or a remark beside a type or unit is said of the one field too
        return True
    return bool(items) and all(_note_item(item) for item in items)


# a parenthesis's item that names no field: a marker, "free text", a remark opening with a
# word no field's name opens with ("of …", "measured daily"; "(seated, not standing)" lists)
# a field's own word, which a list of values does not hold ("(name, phone, other)" lists fields)
_COMMON_FIELD = re.compile(
    r"\b(?:name|email|phone|mobile|address|date|price|title|notes?|description|code|number"
    r"|status|type|size|age|id)\b"
)
_ASIDE_NOTE = re.compile(
    r"(?:optional|required|mandatory|nullable|not required|can be (?:blank|empty)|if known"
    r"|free[ -]?text|plain text|(?:of|measured|weighed|taken|checked|updated|recorded)"
    r"\s+(?!by\b)[a-z][a-z ]{0,30})"
)


_NUMERIC_TYPES = frozenset("float numeric decimal integer int double".split())


def _unit_or_scale(word: str) -> bool:
    """A unit ("lux", "ppm") or a scale's initials no dictionary knows ("ebc", "ibu")."""
    return word in UNIT_PARTS or first_sense(word) == "noun.quantity" or not in_wordnet(word)


# what stands for a parenthesis that gave only the values of a field
VALUES_NOTE = "values given"
# what stands for one that gave only whole numbers, "(1-5)", "(1, 2 or 3)": a field with no
# number word of its own ("seeing conditions (1-5)", "level (1, 2 or 3)") is a whole number;
# a rating or a score keeps its type (a rating from 1 to 5 may be 3.5)
WHOLE_VALUES_NOTE = "whole values given"
_WHOLE = r"\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?"
_WHOLE_VALUES = re.compile(rf"{_WHOLE}(?:\s*,\s*{_WHOLE})*(?:\s*,?\s+or\s+{_WHOLE})?")


def _noted(inner: str) -> str:
    """An annotating parenthesis without the values it lists: "(low/medium/high, text)" →
    "text"; "(soprano, alto and so on)" → VALUES_NOTE; "(EBC, number)" → "number" (a unit
    or a scale's initials before the type say which number, not what it is)."""
    if _WHOLE_VALUES.fullmatch(inner.strip()):
        return WHOLE_VALUES_NOTE  # "(1-5)", "(1, 2 or 3)": whole numbers only
    if _or_values(inner):
        # "(small, medium or large)": the values it takes, words of text ("handles (brass or
        # chrome)" names one finish, never a count of handles); "(1.25 or 2 inch)" only values
        return VALUES_NOTE if rx(r"\d").search(inner) else "text"
    if _slash_values(inner):
        return "text"  # "handed (left/right)": one of two words, text as "(left or right)" is
    items = [item.strip() for item in rx(r"[,;]").split(inner.lower()) if item.strip()]
    numeric = _NUMERIC_TYPES | {"number"}
    if len(items) == 2 and items[1] in numeric and _unit_or_scale(items[0]):
        return items[1]
    if _EXAMPLES.search(inner) and not _EXAMPLE.search(f"({inner})"):
        kept = [item for item in _unchosen(inner) if _note_item(item) and item in TYPE_WORDS]
    else:
        kept = [item for item in _unchosen(inner) if not _VALUES.fullmatch(item)] or []
    return ", ".join(kept) or VALUES_NOTE


def _slash_values(inner: str) -> bool:
    """ "(left/right)", "(morning/afternoon/evening)": only words written with slashes, the
    values a field takes (text, whatever its name suggests: "handed" is no yes/no), never a
    type or a yes/no said so ("(yes/no)", "(date/time)"), a unit ("(kg/lbs)") or numbers."""
    text = inner.strip().lower()
    if rx(r"\d").search(text) or not (_two_choices(text) or _CHOICES.fullmatch(text)):
        return False
    values = [v.strip() for v in text.split("/")]
    return not any(v in TYPE_WORDS or v in _NOT_CHOICES or v in UNIT_PARTS for v in values)


def _unchosen(inner: str) -> list[str]:
    """The items of a parenthesis but the values it lists ("low/medium/high"); a unit written
    with a slash is said with "per" ("l/min" → "l per min"), no path."""
    items = [
        (_CHOICES.sub("", item) if "/" in item else item).strip()
        for item in rx(r"[,;]").split(inner.lower())
    ]
    return [_per_unit(item) for item in items if item and not _two_choices(item)]


# "(l/min, number)", "(km/h)", "(mg/ml)": a unit of a rate, each side a unit
_SLASH_UNIT = re.compile(r"(?P<a>[a-z][a-z0-9]{0,5})\s*/\s*(?P<b>[a-z][a-z0-9]{0,5})")
UNIT_PARTS = UNIT_WORDS | frozenset("l h s min mins hr hrs sec secs m2 m3 cm2 cm3 ltr week".split())


def _slash_unit(item: str) -> bool:
    return bool(
        "/" in item
        and (m := _SLASH_UNIT.fullmatch(item))
        and m["a"] in UNIT_PARTS
        and m["b"] in UNIT_PARTS
    )


def _per_unit(item: str) -> str:
    return item.replace("/", " per ") if _slash_unit(item) else item


def _note_item(item: str) -> bool:
    words = rx(r"[a-z/]+").findall(item)
    return bool(
        item in TYPE_WORDS
        or item == "unique"  # "(text, unique)": a rule on the one field (read_fields keeps it)
        or _CHOICES.fullmatch(item)
        or _two_choices(item)
        or _VALUES.fullmatch(item)
        or _REMARK.search(item)
        or (words and len(words) <= 3 and words[-1] in UNIT_WORDS)
        or _slash_unit(item)
        # "eggs per week", "visits a month", "km/h" (not "starts at": "a" is a word of its own)
        or rx(r"[a-z]+(?:\s[a-z]+)?\s+(?:(?:per|a|an)\s+|/\s*)[a-z]+").fullmatch(item)
    )


FORMULA_REASON = "a formula: custom logic (a computed property), not a field to type in"
_FORMULA = re.compile(FORMULA, re.IGNORECASE)


# The patterns read_item applies to every listed item, compiled once
_PARENTHESIS = re.compile(r"\((?P<inner>[^()]*)\)")
_LEADING_HEDGE = re.compile(
    r"^(?:and\s+)?(?:of course|obviously|naturally|maybe|probably|ideally)\s+"
)
_ABOUT_WHAT = re.compile(
    r"^((?:\w+\s+)?(?:notes?|comments?|remarks?|observations?))\s+(?:about|on"
    r"|regarding|re|concerning)\s+.+$"
)
_OF_OWNER_PRONOUN = re.compile(r"\s+of (?:his|her|their|its|them|him|it)(?:\s+[a-z]+)?$")
_TRAILING_RELATIVE = re.compile(r"\s+(?:that|which|who)$")
_DONE_BY_WHO = re.compile(
    r"^(?P<n>(?!whether\b|how\b)(?:the\s+|a\s+|an\s+)?[a-z-]+(?:\s+[a-z-]+)?)"
    r"\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+"
    r"(?!(?:is|are|was|were|have|has|had|do|does|did|can|will|would|need|want)\b)[a-z]+"
    # (mb63) "the budget they gave me", "the price we quoted them": to whom, no part of it
    r"(?:\s+(?:me|us|them|him|her))?$"
    # "the stock we have left", "the amount they still owe", "the stock I have got left": with
    # a word of when or how before the verb, or a verb that has one after it
    r"|^(?P<n2>(?!whether\b|how\b)(?:the\s+|a\s+|an\s+)?[a-z-]+(?:\s+[a-z-]+)?)"
    r"\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+"
    r"(?:(?:still|usually|normally|already|always|currently)\s+"
    r"(?!(?:is|are|was|were|have|has|had|do|does|did|can|will|would|need|want)\b)[a-z]+"
    r"|(?:have|has|had)\s+(?:got\s+)?(?:left|spare|remaining|outstanding|in stock|on hand))$"
)
_OUT_OF_SCALE = re.compile(r"^(?P<n>.*[a-z])\s+out of\s+(?:\d+|five|ten|a hundred)$")
_ITEM_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PATH_LIKE = re.compile(r"[/\\]|^\s*\.\.")
# "how many seats there are": the verb may be gone by now (a trailing "are" is cut as noise),
# so a bare "there" closes the question too
_HOW_MANY = re.compile(
    r"^how many\s+(?P<n>[a-z]+(?:\s(?!there$)[a-z]+)?)(?:\s+(?:they|it|there)\s+"
    r"(?:have|has|are|is|had|were|was)|\s+there"
    # "how many plots they want", "how many households it serves", "how many guests it can
    # seat": what they count is the field, whatever the verb says of them
    r"|\s+(?:they|it|he|she|we|you)\s+(?:(?:can|could|will|would|may|might)\s+)?"
    r"(?!(?:have|has|are|is|had|were|was)\b)[a-z]{3,})?$"
)
_HOW_MUCH = re.compile(
    r"^how much\s+(?:she|he|they|we|i|you|it)\s+(?P<v>[a-z]+ed|paid|spent|owed)$"
)
_SLASH_PAIR = re.compile(r"\b(?:yes/no|true/false|and/or)\b")
_NUMBER_CHOICES = re.compile(r"\s*\(\s*\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)+\s*\)")
_LETTER_RUN = re.compile(r"[a-z]+")
_LETTERED_START = re.compile(r"\s*a-[a-z]")
_TWO_LETTERS = re.compile(r"[a-z]{2}")


_GLOSS_WORDS = r"(?:the|what|when|how|where|who|which|whose)"
_DASH_GLOSS = re.compile(
    rf"^(?P<a>(?!{_GLOSS_WORDS}\b|whether\b)[a-z][a-z ]{{0,40}}?)\s+[—–-]+\s+"
    # ("licence ref - printed on the permit", "start date - first day on the road": what it is,
    # said by a participle or an ordinal)
    rf"(?P<g>(?:{_GLOSS_WORDS}|[a-z]{{3,}}ed\s(?:on|by|in|at|from|for|to)|first|last)\s[^,;()]+?"
    r"(?:,\s*(?:if known|if any|if we have it|optional"
    r"|not required|can be blank))?)$",
    re.I,
)
# "name - the full name; budget - what they can spend": the same, item by item in a list cut
# by semicolons or lines
_DASH_GLOSSES = re.compile(
    rf"(?:^|(?<=[;\n]))(?P<s>[ \t]*)(?P<a>(?!{_GLOSS_WORDS}\b|whether\b)[a-z][a-z ]{{0,40}}?)"
    rf"[ \t]+[—–-]+[ \t]+(?P<g>{_GLOSS_WORDS}[ \t][^,;()\n]+?)(?=[ \t]*(?:[;\n]|$))",
    re.I,
)


def _glossed(m: re.Match[str], rules: list[str]) -> str:
    rules.append(m[0].strip())
    return m["s"] + m["a"] + (" (optional)" if _OPTIONAL.search(m["g"].lower()) else "")


# "…; please track those", "of those", "some people sort their own": words that end on a
# pronoun point back at what was said; a field's name ends on a noun (pronouns: a closed class)
_ENDS_IN_PRONOUN = re.compile(
    r"(?:^|\s)(?:those|these|them|(?:their|its|our|my|his|her|your)\s+own)[\s.!?]*$", re.I
)
# "genus and family, in that order", "for those": a preposition and a demonstrative open a
# phrase about what was just said (prepositions and demonstratives: closed classes)
_THAT_WAY = re.compile(
    r"^(?:and\s+)?(?:in|on|at|by|for|from|with|after|before|like)\s+(?:that|this|those|these)\b",
    re.I,
)
# "the city of them": a noun and "of them" is "their city", said the long way (not "both of
# those", where a quantifier is all there is before "of")
_OF_THEM = re.compile(
    r"^(?!(?:and\s+)?(?:both|all|each|some|none|one|any|either|neither|most|many)\s+of\b)"
    r".*[a-z]\s+of\s+(?:them|those|these)[\s.!?]*$",
    re.I,
)


# "… and a shed size – not all plots have a shed, so …", "some boats never get one": what a
# share of the things has or lacks is why a field may be empty, said inside the list
_SHARE_HAS = re.compile(
    # (not with the marker it leads to in the same item: "…, so the wattage is optional")
    r"^(?!.*\b(?:so|optional|blank|empty|nullable|required|mandatory)\b)"
    r"(?:not\s+(?:all|every|each|everyone|everybody)|some|most|many|a few|few)\s+"
    r"(?:of\s+(?:the|our|them)\s*)?(?:[a-z-]+\s+){0,2}?"
    r"(?:have|has|get|gets|come with|comes with|need|needs|do not|does not|never|will have)\b",
    re.I,
)


# "two more things: the alcohol percentage", "a few fields to Vendor: the tax number",
# "for each loan: borrowing institution": how many fields are coming, or which record they are
# of, announced before a colon that the list's first item kept; the announcement names no part
# of the field (closed classes of counts and talk plurals; the colon is required). Not "for
# the cafe": "two more things for the cafe: a website and a menu" may be anything
_ANNOUNCED = re.compile(
    r"^\s*(?:(?:(?:two|three|four|five|a few|a couple of|couple of|some)\s+)?(?:more\s+)?"
    r"(?:things|bits|details|fields|columns)(?:\s+(?:to|on)\s+(?:the\s+)?[a-z][a-z-]*)?(?:\s+please)?"
    r"|for\s+(?:each|every)\s+(?:one|[a-z][a-z-]*)|just|only)\s*:\s+(?=[a-z])",
    re.I,
)


# "since the last", "since its previous": a value counted from a time said as a noun
_SINCE_THE_LAST = re.compile(
    r"(?<=[a-z] )(?P<since>since)\s+(?:the|its|their)\s+(?=(?:last|previous|latest)\s+[a-z])"
)
_COUNTED_THEY_HAVE = re.compile(
    r"^(?P<head>\s*(?:the\s+|a\s+)?(?:number|count|amount)\s+of\s+[a-z]+(?:\s[a-z]+)?)\s+"
    r"(?:that\s+|which\s+)?(?:they|it|he|she|we|you)\s+(?:have|has|own|owns|keep|keeps|hold"
    r"|holds|bring|brings|carry|carries)\s*$"
)


# Pure (the item's text in, frozen values out), and the same items come again and again
# ("name", "email", "price": ~60% of the items of 2,000 dev requests were read before), each
# through ~40 patterns: kept, bounded as the other word memos are.
@lru_cache(maxsize=4096)
def read_item(raw: str, *, keep_new: bool = False) -> tuple[Attribute, bool] | Dropped:
    """One list item → (attribute, whether it was annotated) or why it is no field."""
    # "hull id [text]", "notes [optional]": brackets annotate like parentheses
    raw = _BRACKETS.sub(r"(\1)", raw)
    raw = _ANNOUNCED.sub("", raw)  # "two more things: the alcohol percentage"
    # "severity 1-5", "visibility 0-10": the range a value takes, said after its name without
    # parentheses, annotates it as "severity (1-5)" does; it is no part of the name
    raw = _BARE_RANGE.sub(r" (\g<r>)", raw)
    # "strength (text, e.g. "5 mg/ml")": an example says nothing about the field's name or type
    raw = _EXAMPLE.sub(lambda m: f"({m['pre']})" if m["pre"].strip() else "", raw)
    # "a priority (low/medium/high, just text is fine)": the values a field takes name no part
    # of it (nor a path); what else the parenthesis says still annotates
    raw = _PARENTHESIS.sub(
        lambda m: f"({', '.join(_unchosen(m['inner']))})" if annotates_one(m["inner"]) else m[0],
        raw,
    )
    # "size (20/40)", "wheel (16/17/18)": the numbers it may be, split by slashes, are the
    # values it takes (no path, no part of its name)
    raw = _NUMBER_CHOICES.sub("", raw)
    # "the number of pets they have": who has the things counted is no part of the name
    raw = _COUNTED_THEY_HAVE.sub(r"\g<head>", raw)
    # (me64) "cost since the last audit": the article names no part of the value (its name is
    # "cost since last audit"), and left in it reads as a verb's object, a rule
    raw = _SINCE_THE_LAST.sub(r"\g<since> ", raw)
    if _PATH_LIKE.search(raw) and not _SLASH_PAIR.search(raw):
        return Dropped(raw, PATH_REASON)  # "../../etc/passwd" names no field
    if _SHARE_HAS.match(raw.strip()):
        return Dropped(raw, RULE_REASON)  # "not all plots have a shed": a reason, no field
    if (
        _ENDS_IN_PRONOUN.search(raw.strip())
        and not _OF_THEM.search(raw.strip())
        # (mb63) "the price we quoted them": "them" is to whom it was done, the price is kept
        and not _DONE_BY_WHO.match(raw.strip().lower())
    ):
        return Dropped(raw, RULE_REASON)  # "please track those": it points back, names nothing
    if _THAT_WAY.match(raw.strip()):
        return Dropped(raw, RULE_REASON)  # "in that order": how the list was said, no field
    if _POINTS_BACK_ITEM.fullmatch(raw.strip().lower()):
        return Dropped(raw, RULE_REASON)  # "the latter (optional)": an item said before, again
    # "a screened yes/no field": the field word after a written-out yes/no names no part of it,
    # as after "boolean" ("a screened boolean field")
    raw = rx(
        r"(?<=\s)(yes/no|true/false|y/n|yes or no)\s+(?:field|column|attribute|value)\s*$", re.I
    ).sub(
        r"\1",
        raw,
    )
    # "comments - comments can be blank": the name said again after a dash opens a clause
    # about the field, not a longer name ("outcome - though the outcome can be blank"; "notes -
    # notes optional": the marker said without its verb)
    raw = rx(
        r"^(?:(?:a|an|the)\s+)?(?P<a>[a-z][a-z ]{0,40}?)\s+[—–-]+\s+"
        r"(?:(?:though|tho|although|but)\s+)?"
        r"(?:the\s+)?(?P=a)\s+(?=(?:is|are|can|may|might)\s|(?:optional|not required)\s*$)",
        re.I,
    ).sub(
        r"\g<a> ",
        raw,
    )
    if gloss := _DASH_GLOSS.match(raw):
        # "lot code - the number on the packet", "quantity - how many grams are left": a name,
        # then what it is in words; the words are no part of the name (an "if known" in them
        # still makes it optional)
        optional = _OPTIONAL.search(gloss["g"].lower())
        raw = gloss["a"] + (" (optional)" if optional else "")
    if _FORMULA.search(raw):  # "total = amount × (1 + tax rate)": computed, not stored as typed
        return Dropped(raw, FORMULA_REASON)
    text = raw.lower().strip(" .!?:;-+*\"'")
    explicit: AttrType | None = None
    required: bool | None = None
    valued = False  # "(soprano, alto and so on)": its values given, so it is a field
    whole = False  # "(1-5)": only whole numbers given
    unit_note = ""  # "yield (tonnes)", "fee (£)": a header's unit, read as "yield in tonnes"
    for note in _PARENS.findall(text):
        unit_note = unit_note or _unit_of(note)
        # "confluence (%)": the sign alone says the value is a percentage, as the word would
        note_text = "percentage" if note.strip() == "%" else note.strip()
        whole = whole or note_text == WHOLE_VALUES_NOTE
        valued = (
            valued
            or note_text in (VALUES_NOTE, WHOLE_VALUES_NOTE)
            or bool(note_text and annotates_one(note_text))
        )
        if _OPTIONAL.search(note_text):
            required = False
        elif _REQUIRED.search(note_text):
            required = True
        if (counted := _COUNT_NOTE.match(note_text)) and singular(counted["n"]) != counted["n"]:
            explicit = explicit or AttrType.INT  # "serves (number of people)": a count
        if CENTS.search(note_text):
            explicit = explicit or AttrType.DECIMAL  # "(a number, can have cents)": money
        elif FRACTIONAL.search(note_text):
            explicit = explicit or AttrType.FLOAT  # "(a score out of 5, can be a fraction)"
        for phrase in sorted(TYPE_WORDS, key=len, reverse=True):
            if phrase in note_text and rx(  # (a type word: a closed set of patterns)
                rf"(?<![\w/]){re.escape(phrase)}(?![\w/])"
            ).search(note_text):
                if phrase == "number" and any(
                    w not in _NUMBER_KINDS and w not in UNIT_PARTS
                    for w in _NAMED_NUMBER.findall(note_text)
                ):
                    break  # "key (the hook number)": a number that names, as "phone number"
                explicit = explicit or TYPE_WORDS[phrase]
                break
        else:
            explicit = explicit or _value_word_type(note_text)
        if _PERCENT_NOTE.search(note_text):
            explicit = explicit or AttrType.FLOAT  # "fill level (%)": a percentage, a float
    if (named := _bracket_name(text)) is not None:
        text = named  # "the date each one joined (join date)": named in brackets
    text = _PARENS.sub(" ", text)
    text = " ".join(text.split())
    if _OPTIONAL.search(text) and _OPTIONAL_CLAUSE.sub(" ", text).strip():
        required = False
        text = " ".join(_OPTIONAL_CLAUSE.sub(" ", text).split())
    if (explicit is AttrType.BOOL and _NAMED_REQUIRED.match(text)) or _NAMED_REQUIRED_FLAG.match(
        text
    ):
        pass  # "signature required (bool)": a yes/no named by the word; the field is required
    elif _WHETHER_SUBJECT.match(text):
        pass  # "whether a chipper is needed": what is asked of the record, no marker on it
    elif _REQUIRED.search(text) and _names_something(_REQUIRED.sub(" ", text)):
        required = True if required is None else required
        text = " ".join(_REQUIRED.sub(" ", text).split())
    if not (
        _PER_UNIT_EACH.fullmatch(text)
        or _OF_COURSE_NAMED.fullmatch(text)
        or _WHETHER_SUBJECT.match(text)
    ):
        text = _TRAILING_NOISE.sub("", text)
    text = _LEADING_HEDGE.sub("", text)  # "and of course the fee"
    # "any notes about its behaviour", "comments on the visit": what the text is about is
    # no part of the field's name
    text = _ABOUT_WHAT.sub(
        r"\1",
        text,
    )
    # "the license plate of his car", "the city of them": the owner is the record itself
    text = _OF_OWNER_PRONOUN.sub("", text)
    text = _TRAILING_RELATIVE.sub("", text)
    # "the rating we gave", "the price they paid": who did it is no part of the name
    text = _DONE_BY_WHO.sub(_done_by_who, text)
    # "a score out of 10", "a rating out of five": the scale it is given on, no part of its name
    text = _OUT_OF_SCALE.sub(r"\g<n>", text)
    # "the date it arrived" → arrival_date, "the date when he was hired" → hire_date
    text = _EVENT_DATE.sub(lambda m: f"{event_noun(m['v'])} {m['head']}", text)
    text = _WHERE_IT_IS.sub(lambda m: m["n"], text)
    # "the year it was printed" → year_printed; "how many seats they have" → seats (int)
    text = _PASSIVE_TAIL.sub(lambda m: f"{m['n']} {m['v']}", text)
    # "the street it goes on", "the fee we charge": which value, said by what is done with it
    text = _WHICH_ONE.sub(_which_one, text)
    if m := _HOW_MANY.match(text):  # fmt: skip
        text, explicit = m["n"], explicit or AttrType.INT
    if m := _HOW_MUCH.match(text):
        text, explicit = m["v"], explicit or AttrType.DECIMAL  # "how much she charged": money
    if m := _FLAG_FOR.match(text):
        # "a flag for extra insurance", "a yes/no for parking": a yes/no field named for it
        text, explicit = m["n"], explicit or AttrType.BOOL
    m = _TYPE_AFTER.search(text)
    kind = said_type(m["type"]) if m else None
    while m is not None and kind is None:
        # "is active as boolean": the "is" of a yes/no name is no type said; the "as" after is
        m = _TYPE_AFTER.search(text, m.start() + 1)
        kind = said_type(m["type"]) if m else None
    if m and kind is not None and text[: m.start()].strip():
        explicit, text = kind, text[: m.start()]
    if (
        (unit := _IN_UNIT.search(text))
        and (
            unit["unit"] in UNIT_WORDS
            or _measured_in(text[: unit.start()], unit["unit"])
            or _unit_after_in(text[: unit.start()], unit["unit"])
        )
        # "speed in km per hour", "flow in litres per second"
        and (unit["per"] is None or {unit["per"], unit["per"] + "s"} & UNIT_WORDS)
    ):
        text = text[: unit.start()]  # "duration in minutes" counts minutes; "weight in kg" measures
        # a head with a number type of its own keeps it: "capacity in kilos" is a capacity (int),
        # "price in euros" a price (decimal)
        own = infer_type(_LETTER_RUN.findall(text))
        if own in (AttrType.STR, AttrType.FLOAT) and not explicit and unit["unit"] in _MONEY_NOTES:
            explicit = AttrType.DECIMAL  # "tip in euros", "deposit in naira": a sum of money
        elif own in (AttrType.STR, AttrType.FLOAT) or explicit:
            explicit = explicit or (
                AttrType.INT if unit["unit"] in _COUNTED_UNITS else AttrType.FLOAT
            )
        else:
            explicit = own
    if unit_note and explicit is None:
        # "Yield (tonnes)", "Oven Temp (°C)", "Float (£)": a spreadsheet header names its unit
        # in brackets, as "yield in tonnes" does in a sentence; money is a decimal
        own = infer_type(_LETTER_RUN.findall(text))
        if unit_note == "money":
            numeric = (AttrType.STR, AttrType.FLOAT, AttrType.INT, AttrType.DECIMAL)
            explicit = AttrType.DECIMAL if own in numeric else own
        elif own in (AttrType.STR, AttrType.FLOAT):
            explicit = AttrType.INT if unit_note == "counted" else AttrType.FLOAT
        else:
            explicit = own
    # "a new boolean field called insured": the field is the name after "called"; the words
    # before it may say the type
    if (called := _CALLED.match(text)) and _type_or_nothing(called["pre"]):
        pre = called["pre"].split()
        # "a new integer column named floor": the type is the word right before "column"
        explicit = explicit or type_phrase(called["pre"]) or (type_phrase(pre[-1]) if pre else None)
        if called["kind"] in _YES_NO_KINDS:
            explicit = explicit or AttrType.BOOL
        text = called["n"]
    if boxed := _QUOTED_BOX.match(text):
        text = boxed["q"]  # "a 'dietary needs' box": the name is what is quoted, the box the form's
    words = _ITEM_WORDS.findall(text.replace("-", " "))
    words = [w.removesuffix("'s") for w in words]
    if len(words) > 1 and words[0] in _MANY_OF and singular(words[-1]) != words[-1]:
        return Dropped(raw, LIST_REASON)  # "several phone numbers": a list in one field
    if explicit not in (None, AttrType.BOOL) and words[-1:] in (["flag"], ["flags"]):
        # (mb63) "red flags (text, optional)", "a risk flag (number)": an annotation that is no
        # yes/no says the flag is a thing named with its word, not the marker of a yes/no
        kind = None
    else:
        kind, words = _shape(words)
    explicit = explicit or kind
    if _verb_then_field(words):
        words.pop(0)  # "see the holder name", "so store the capacity": a verb, then the field
    # "a-end port" (written a_end_port): a letter joined to the next word names which end
    lettered = words[:1] == ["a"] and bool(_LETTERED_START.match(text))
    # "current fill", "current balance": in a field's name "current" tells it from the others
    # (ly62) "own goal", "own brand", "own transport": "own" that opens a name is a kind of the
    # thing (a football own goal), no possessive's echo as in "their own bowl"
    said_own = len(words) > 1 and words[0] == "own" and words[1] not in FILLER
    while (
        words
        and words[0] in FILLER
        and not lettered
        and not (words[0] == "current" and len(words) > 1 and words[1] not in FILLER)
        and not (said_own and words[0] == "own")
        and not (keep_new and words[0] == "new" and len(words) > 1 and words[1] not in FILLER)
        and not (len(words) == 1 and _measured_alone(words[0]))
        and not _new_flag(words, explicit or kind)
        and not _new_alone(words, explicit, raw)
        and not _new_before_plural(words)
    ):
        words.pop(0)
    # Articles are no part of a name, inside it too: "the time of the fall" → time_of_fall
    words = [
        w
        for i, w in enumerate(words)
        if not (0 < i < len(words) - 1 and w in _ARTICLES and words[i - 1] in _NAME_PREPOSITIONS)
    ]
    field_word = len(words) > 1 and words[-1] in _FIELD_WORD_SUFFIX
    while len(words) > 1 and words[-1] in _FIELD_WORD_SUFFIX:
        words.pop()
    if (
        field_word
        and len(words) == 2
        and words[1] == "text"
        and (words[0] in _WRITTEN or singular(words[0]) != words[0])
    ):
        # "a notes text field", "an allergens text column": the type before the field word (a
        # plural or a written thing names no kind of text, as "help text" does)
        explicit = explicit or AttrType.STR
        words.pop()
    if (
        len(words) > 1
        and words[-1] in _BEGINNERS_FIELD
        and words[-2] not in SIZE_WORDS
        and not _superlative(words[-2])
    ):
        # "the colour thing", "the notes bit": a beginner's word for the field
        # ("favourite thing" stays, and so does "best bit", "hardest thing": the bit ranked
        # first is what the field holds)
        words.pop()
    if len(words) == 2 and words[-1] in ("box", "boxes") and words[0] in _WRITTEN:
        words.pop()  # "a notes box", "a comments box": the box on the screen is the field
    if len(words) > 1 and words[0] in _LEADING_TYPE:
        explicit = explicit or TYPE_WORDS[words.pop(0)]  # "a numeric depth"
    if len(words) > 1 and words[-1] in _TRAILING_TYPE:
        explicit = explicit or TYPE_WORDS.get(words[-1]) or TYPE_WORDS.get(words[-1][:-1])
        # "a performed at timestamp" is performed_at, a timestamp; "a check-in timestamp"
        # names the timestamp of the check-in (a noun before it): the noun is the name's head
        if not (words[-1] == "timestamp" and words[-2] not in ("at", "on") and _is_event(words)):
            words.pop()
    if len(words) > 1 and words[-1] == "money" and _head(words[:-1]) in DECIMAL_WORDS | {"rate"}:
        # "price money", "price per child money": after a sum of money, "money" is its type
        # ("prize money", "pocket money" are the names of sums, and keep it)
        explicit = explicit or AttrType.DECIMAL
        words.pop()
    if len(words) > 2 and words[-2:] == ["at", "time"]:
        # "the closed at time", "a reported at time": the time something happened at is the
        # "closed at" timestamp itself ("time" names its kind, as "timestamp" would)
        explicit = explicit or AttrType.DATETIME
        words.pop()
    if _counted_count(words):
        explicit = explicit or AttrType.INT  # "a cords ordered count": the count is its type
        words.pop()
    if m := _NUMBER_OF.match(" ".join(words)):
        words = [w for w in m["rest"].split() if w not in FILLER]
        explicit = explicit or AttrType.INT
    if not words:
        return Dropped(raw, "no name left after the annotations")
    if words == ["id"]:
        return Dropped(raw, ID_REASON)
    if len(words) > 1 and words[-1] in ("entity", "entities", "table"):
        return Dropped(raw, ENTITY_REASON)
    if all(w in NEVER_FIELD for w in words) and not explicit:
        # "add validation" names no field; "tests (count)", "security (text)" are given a type
        return Dropped(raw, "this names no field")
    if len(words) > 1 and words[-1] in _WHATEVER and not explicit:
        # "the old stuff", "all the other things": whatever it is, it is not said
        return Dropped(raw, "this names no field")
    if len(words) > 2 and words[0] in _VIEW_WORDS and words[1] == "by":
        # "a filter by arrival date", "sorting by price": a way to look at the rows, not data
        return Dropped(raw, _VIEW_REASON)
    glue = NOT_A_FIELD.intersection(words[1:] if _is_flag(words) else words)
    participle = words[0].endswith("ed") or words[0] in IRREGULAR_PARTICIPLES
    if len(words) == 2 and participle and words[1] in ("to", "by"):
        # "assigned to", "reported by", "given to", "written by": named by who it points at
        glue = set()
    if (
        len(words) == 3
        and participle
        and words[1] in _STATE_PARTICLES | {"over"}
        and words[2] in ("to", "by")
    ):
        glue = set()  # "checked out to", "handed over to": the same, with the verb's particle
    if len(words) == 2 and words[1] in ("before", "after") and explicit:
        glue = set()  # "diameter before (float)": a value measured before, typed as a field
    if (
        2 < len(words) < 6
        and words[-2:] in (["so", "far"], ["to", "date"])
        and not NOT_A_FIELD.intersection(words[:-2])
        and (
            words[-3] in _RUNNING_TOTALS
            or words[-3].endswith("ed")
            or words[-3] in IRREGULAR_PARTICIPLES
        )
    ):
        # "spent so far", "hours to date", "amount paid to date": a running total up to now is
        # one value, its name keeps the words ("so" and "to" there open no clause); "notes so
        # far" closes a list ("that's all so far")
        glue = set()
    if (
        len(words) == 3
        and words[1] in ("before", "after")
        and words[2] in _COUNTED_UNITS | {"hours", "hour"}
        and explicit in (AttrType.INT, AttrType.FLOAT)
    ):
        # "retry after seconds (int)", "warn before days (int)": how long until it happens,
        # typed as a number; untyped, "notify before days" stays a rule
        glue = set()
    if (
        len(words) == 3
        and words[1] in ("before", "after")
        # (lz63) "total after tax", "subtotal before discount": a number's head too (the
        # two were dropped as a rule)
        and (words[0] in RUN_HEADS or words[0] in _NUMBER_HEADS)
        and words[2] not in NOT_A_FIELD
        and not words[2].endswith("ing")
        and is_noun(words[2]) is True
    ):
        glue = set()  # "colour before wrap", "weight after surgery": a value as it was then
    if (
        len(words) == 3
        and words[1] in ("before", "after")
        and words[2] in ("date", "day")
        and words[0] not in NOT_A_FIELD
    ):
        glue = set()  # "destroy after date", "best before date": the date a deadline names
    if (
        len(words) == 3
        and words[1] == "to"
        and not NOT_A_FIELD.intersection(words[::2])
        and is_noun(words[0]) is True
    ):
        # "steps to reproduce", "time to resolve": what it takes to do, a field ("forgot to
        # say" is talk)
        glue = set()
    if (
        len(words) == 4
        and words[1] == "to"
        and words[3] in RUN_HEADS
        and not NOT_A_FIELD.intersection((words[0], words[2]))
        and is_noun(words[0]) is True
    ):
        # "promise to pay date", "right to buy amount": such a name ("promise to pay"), then
        # the head that says which value of it is kept
        glue = set()
    if "_" in raw and not set(words) & {"i", "we", "you", "please", "thanks"}:
        glue = set()  # "give_up_after_hours": a name written as one identifier keeps its words
    if len(words) == 2 and words[0] == "to" and words[1] in RUN_HEADS | _LEG_ENDS:
        glue = set()  # "from address, to address": where a trip or transfer ends, a field
    if len(words) == 2 and words[0] in ("valid", "effective") and words[1] in _BOUNDS:
        glue = set()  # "valid from", "valid to": the days a certificate holds, two dates
    if len(words) == 2 and words[1] == "no" and words[0] not in NOT_A_FIELD:
        glue = set()  # "license no", "phone no": the short form of "number" ends the name
    if len(words) == 2 and words[1] in ("ok", "okay") and is_noun(words[0]) is True:
        glue = set()  # "marketing ok", "photo ok": a consent said in a list, a yes/no field
    if (
        len(words) > 2
        and words[1] in ("the", "an")
        and words[0] not in WH_WORDS
        and explicit is not AttrType.BOOL
        and not _is_flag(words)
    ):
        # "update the runbook", "check the tyres": inside a name an article follows only the
        # "of" that joins its parts (dropped above); after a first word it opens that verb's
        # object ("what the customer said" is a question, a field)
        return Dropped(raw, WORDING_REASON)
    # "date of last risk assessment": the "of" that joins a name's two parts is no word of it
    named = [w for w in words if w not in _NAME_PREPOSITIONS]
    if len(named) > MAX_FIELD_WORDS or (glue and explicit is not AttrType.BOOL):
        return Dropped(raw, WORDING_REASON)
    if not any(_TWO_LETTERS.search(w) for w in words):
        return Dropped(raw, "no letters to make a field name from")
    try:
        name = safe_field_name(" ".join(words))
    except UnsafeName as exc:
        return Dropped(raw, str(exc))
    annotated = explicit is not None or required is not None or valued
    # a listed plural of people or things counts them (not in infer_type: there a plural
    # target is a relationship, "X has shelves")
    kind = explicit or (AttrType.INT if how_many(words) else infer_type(words))
    if whole and explicit is None and kind is AttrType.STR and words[-1] not in _GRADES:
        # "seeing conditions (1-5)": a whole number on a scale; a grade keeps its text (a
        # climbing grade "from 1 to 9" is also "6a")
        kind = AttrType.INT
    return Attribute(name, kind, required is not False), annotated


def _asked_done(item: str, attribute: Attribute, annotated: bool) -> Attribute:
    """ "screens: mesh count, reclaimed?": a lone participle listed with a question mark asks
    whether each one is so (a yes/no), as "items shipped?" does; a noun asked ("price?") is a field
    the writer is unsure of, not a state."""
    words = item.strip(" .!?:;-+*\"'")
    if annotated or not item.rstrip().endswith("?") or not _ONE_OR_TWO_WORDS.fullmatch(words):
        return attribute
    last = words.split()[-1]
    if _said_done(last) or asks_a_state(words.split()):
        return replace(attribute, type=AttrType.BOOL)
    if attribute.type is AttrType.STR and mostly_describes(last):
        # "spicy?", "organic?", "gluten free?": a word that mostly describes asks whether the
        # thing is so, a yes/no as "paid?" is (a noun asked, "notes?", stays a field)
        return replace(attribute, type=AttrType.BOOL)
    return attribute


# "shipped?", "items shipped?", "paid by card?": the words a yes/no asked in a list is made of
_ONE_OR_TWO_WORDS = re.compile(r"[a-z]+(?: [a-z]+){0,2}")
# (name57) past tenses that are no participle: "ate well?" asks what happened, as "fed?" does
_PAST_TENSES = frozenset("ate went came took got gave did saw wore drank ran swam rode".split())
# a word after which the item names a time, a place or a person, not a yes/no ("sent at?")
_ENDS_IN_PLACE_WORD = frozenset("at on by to from in for with of".split())
# what may follow a verb said as done in a question of whether it happened: a place word or an
# adverb ("paid by card", "sent home early", "ate well"); a noun after it makes a name of a
# thing ("skipped reason?", "signed form?": an optional field)
_AFTER_DONE = frozenset(
    """by with in on to for from off out up down back away over home well early late ok okay
    again twice once properly correctly""".split()
)
# a verb that opens an item as a question of what the thing needs or has ("needs wash?")
_VERB_FIRST = frozenset("needs wants uses takes gets requires allows accepts includes".split())


def asks_a_state(words: list[str]) -> bool:
    """ "paid by card?", "ate well?", "needs wash?": a list item of two or three words opened
    by a verb said as done (then a place word or an adverb) or by "needs" asks whether it
    happened or is so, a yes/no (name57: "paid by card?" was read optional text). A
    participle's own field name, "sent at", "skipped reason", is no such question."""
    if not 1 < len(words) <= 3 or words[-1] in _ENDS_IN_PLACE_WORD:
        return False
    first = words[0]
    if first in _VERB_FIRST:
        return True
    if words[1] not in _AFTER_DONE and not words[1].endswith("ly"):
        return False
    if first in _PAST_TENSES:
        return True
    return first in IRREGULAR_PARTICIPLES or (first.endswith("ed") and _said_done(first))


def _measured_alone(word: str) -> bool:
    """ "voltage, current (float)": a word that opens other names as a filler ("the current
    fill") is the field itself when it is all that is listed and names something measured
    (an electric current); "the new" or "each" alone names nothing."""
    return first_sense(word) == "noun.phenomenon"


def _new_flag(words: list[str], explicit: AttrType | None) -> bool:
    """ "new starter yes/no", "new patient (true/false)": a yes/no whose question is whether
    the thing is new keeps "new" in its name (starter alone asks nothing)."""
    return (
        explicit is AttrType.BOOL
        and len(words) == 2
        and words[0] == "new"
        and words[1] not in FILLER
        and words[1] not in _FIELD_WORD_SUFFIX
        and words[1] not in ("flag", "flags", "box", "checkbox", "tick")
        and is_noun(words[1]) is not False
    )


def _new_alone(words: list[str], explicit: AttrType | None, raw: str) -> bool:
    """ "new (yes/no)", "a 'new' flag": "new" alone, typed yes/no by an annotation or written
    in quotes before "flag", is the question whether the thing is new, the field's whole name
    ("a new flag" unquoted asks for a flag nobody named)."""
    if words != ["new"]:
        return False
    if _QUOTED_NEW.search(raw):
        return True
    return explicit is AttrType.BOOL and not _NEW_FLAG_WORDS.search(raw)


_QUOTED_NEW = re.compile(r"(?<![a-z])['\"‘“]new['\"’”](?![a-z])", re.I)
_NEW_FLAG_WORDS = re.compile(r"\bnew\s+(?:flag|flags|checkbox|tick box|toggle)\b", re.I)


def _new_before_plural(words: list[str]) -> bool:
    """ "a new members welcome flag", "new arrivals count": "new" before a plural that
    modifies the name's head is the plural's ("new members" are the ones welcomed), not the
    field's being new; a plural that is the head stays as said ("a new notes field" → notes)."""
    return (
        len(words) > 2
        and words[0] == "new"
        and singular(words[1]) != words[1]
        and is_noun(words[1]) is not False
        and any(w not in FILLER and w not in _FIELD_WORD_SUFFIX for w in words[2:])
    )


def _verb_then_field(words: list[str]) -> bool:
    """ "see the holder name", "store the capacity": a verb of keeping or seeing before a
    determiner is no part of the noun phrase the determiner opens. Only when that phrase is a
    plain name ending in a noun: "keep the code clean" says how to build, not what to store,
    and "log the visits for my clinic" is a request, not a field."""
    rest = words[2:]
    return (
        len(words) > 2
        and bool(_KEEPING.fullmatch(words[0]))
        and words[1] in _DETERMINERS
        and len(rest) <= 3
        and not any(w in FILLER or w in NOT_A_FIELD or w in _PREPOSITIONS for w in rest)
        and is_noun(rest[-1]) is True
    )


_PREPOSITIONS = frozenset("for of to from in on at by with about per".split())


_EVENT_DATE = re.compile(
    r"^(?:the\s+|a\s+)?(?P<head>date|day|time|datetime)\s+(?:when\s+|that\s+|on which\s+)?"
    r"(?:it|he|she|they|we|you|i|the [a-z]+)\s+(?:was\s+|were\s+|got\s+|has been\s+)?"
    r"(?P<v>[a-z]+ed|paid|sold|sent|born|left|made|built|began|bought)$"
)
_EVENT_NOUNS = {
    "arrived": "arrival", "delivered": "delivery", "paid": "payment", "registered":
    "registration", "published": "publication", "created": "creation", "opened": "opening",
    "closed": "closing", "completed": "completion", "approved": "approval", "born": "birth",
    "sold": "sale", "bought": "purchase", "purchased": "purchase", "sent": "sending",
    "departed": "departure", "renewed": "renewal", "expired": "expiry", "submitted":
    "submission", "received": "receipt", "cancelled": "cancellation", "canceled":
    "cancellation", "left": "departure", "made": "creation", "built": "construction",
    "began": "start", "installed": "installation", "inspected": "inspection",
    "signed": "signing", "admitted": "admission", "discharged": "discharge",
    "enrolled": "enrolment", "graduated": "graduation", "donated": "donation",
}  # fmt: skip
# The nouns of things that happen ("payment", "arrival"): before "date" or "time" they say when,
# a value (public for the recognizer's check on who owns a link)
EVENT_NOUNS = frozenset(_EVENT_NOUNS.values())


def event_noun(verb: str) -> str:
    """The noun for what happened on a date ("arrived" → arrival, "hired" → hire); the verb
    itself when no noun is known."""
    if verb in _EVENT_NOUNS:
        return _EVENT_NOUNS[verb]
    for stem in (verb[:-1], verb[:-2], verb[:-3]):  # hired → hire, joined → join, shipped → ship
        if len(stem) > 2 and is_noun(stem):
            return stem
    return verb


_CALLED = re.compile(
    r"^(?P<pre>(?:[a-z/]+\s+)*?)(?P<kind>field|column|attribute|property|flag|checkbox"
    r"|tick box|toggle)\s+(?:called|named|titled)\s+(?P<n>[a-z].*)$"
)
# "a flag called disputed", "a checkbox named urgent": the thing said before the name is a yes/no
_YES_NO_KINDS = frozenset(("flag", "checkbox", "tick box", "toggle"))
# The box a form ticks for yes ("tick box" and "check box" are joined when read)
_BOX_WORDS = frozenset(("checkbox", "checkboxes", "tickbox", "tickboxes"))


def _type_or_nothing(words: str) -> bool:
    """Words before "field called X" that say no more than its type ("a new boolean")."""
    rest = [w for w in words.split() if w not in FILLER]
    return not rest or type_phrase(" ".join(rest)) is not None


def _names_something(rest: str) -> bool:
    """What is left of an item once "mandatory" is taken out: a name, or only a type ("mandatory
    yes/no" is a field called mandatory)."""
    rest = " ".join(rest.split())
    # ("email required": a type word that is also a field's own name is the name; only a
    # yes/no left over makes the marker word the name)
    kind = type_phrase(rest)
    return bool(rest) and kind is not AttrType.BOOL and rest not in ("yes/no", "true/false")


# A field described by a clause ("the date each one joined", "who brought it") rather than
# named by a noun phrase
_DESCRIBED = re.compile(
    r"\b(?:who|whom|whose|which|when|where|what|how|it|they|them|he|she|we|i|you|each one"
    r"|every one)\b"
)
_NOT_A_NAME = frozenset(("optional", "required", "mandatory", "nullable", "unique", "blank"))


def _bracket_name(text: str) -> str | None:
    """ "the date each one joined (join date)", "who brought it (the donor)": a field described
    in a clause and then named in brackets is called by the name in brackets; a type, a unit,
    a marker or a value word in brackets ("(number)", "(kg)", "(optional)", "(year)") is no
    name."""
    notes = _PARENS.findall(text)
    outside = " ".join(_PARENS.sub(" ", text).split())
    if len(notes) != 1 or not outside or not _DESCRIBED.search(outside):
        return None
    note = rx(r"^(?:the|a|an|its|their|his|her)\s+").sub("", notes[0].strip())
    words = note.split()
    if not rx(r"[a-z]+(?: [a-z]+){0,2}").fullmatch(note) or _OPTIONAL.search(note):
        return None
    if type_phrase(note) is not None or any(w in UNIT_WORDS or w in _NOT_A_NAME for w in words):
        return None
    if len(words) == 1 and _value_word_type(note) is not None:
        return None
    return note


# "(the hook number in the office)", "(their locker number)": a noun before "number" names an
# identifier the value is (as "phone number", "room number" are text), not the value's type
# (a unit before it, "hectares, number", still says how much)
_NAMED_NUMBER = re.compile(r"\b([a-z]{3,})\s+number\b")
_NUMBER_KINDS = frozenset(
    """the whole decimal real any positive negative integer round plain just only one some its
    their his her our your big small large floating float odd even natural signed unsigned
    exact rough total random simple normal fractional""".split()
)
# "(%)", "(in %)", "(percent)": the value is a percentage, which the conventions type as float
_PERCENT_NOTE = re.compile(r"%|\bper ?cent(?:age)?\b")


def _value_word_type(note: str) -> AttrType | None:
    """ "current fill (percentage)", "built (year)": a note that is one word of a value with a
    type of its own says that type; a unit ("weight (kg)") says none."""
    if not rx(r"[a-z]+").fullmatch(note) or note in UNIT_WORDS or note in _NOT_A_NAME:
        return None  # "reg (mandatory)": a marker on the field, no value of a yes/no
    kind = infer_type([note])
    if kind is AttrType.BOOL and note not in BOOL_WORDS and _said_done(note):
        return None  # "password (hashed)", "notes (encrypted)": how it is kept, no yes/no
    return None if kind in (AttrType.STR, AttrType.EMAIL) else kind


# Money said by its sign or code in a header's brackets ("Cost (£)", "Fee (USD)")
_MONEY_NOTES = frozenset(
    # signs and codes, also the currencies of shops in other Englishes: "quote (naira)",
    # "fee (TT$)", "price (₦)"
    """$ a$ aud baht bbd bds$ brl c$ cad cedi cedis chf cny dirham
    dirhams dollars eur euro euros gbp ghs inr j$ jmd jpy kes ksh mxn naira ngn nz$
    nzd peso pesos php rand ringgit riyal riyals rupee rupees shilling shillings tt$ ttd us$
    usd xcd yen yuan zar zloty £ ¥ ₦ € ₱ ₵ ₹""".split()
)
# Units written short in a header: what they count ("Duration (mins)" counts minutes)
_SHORT_COUNTED = frozenset("mins min secs sec".split())
_DEGREES = re.compile(r"degrees(?:\s+[cf])?|celsius|fahrenheit")


def _unit_of(note: str) -> str:
    """ "(tonnes)" → "measured", "(mins)" → "counted", "(£)" / "(GBP)" → "money", else "": the
    unit a column header gives in brackets ("°C" is cleaned to "degrees c")."""
    unit = rx(r"^in\s+").sub("", note.strip())
    if unit in _MONEY_NOTES:
        return "money"
    if unit in _COUNTED_UNITS or unit in _SHORT_COUNTED:
        return "counted"
    if unit in UNIT_WORDS or unit == "hrs" or _DEGREES.fullmatch(unit):
        return "measured"
    return ""


def _counted_count(words: list[str]) -> bool:
    """ "goals scored count": a plural and a participle already count things ("goals scored"
    is a number); a "count" after them says the type, not another name."""
    if len(words) < 3 or words[-1] != "count" or not _participle(words[-2]):
        return False
    thing = words[-3]
    return singular(thing) != thing and thing not in INT_WORDS | DECIMAL_WORDS | FLOAT_WORDS


# Nouns that name or measure a thing, so a "can" before one is the tin ("can count", "can
# label", "can size"), not "is able to" ("can fly", "can drive" are yes/no)
_NAMING_HEADS = frozenset("label labels size colour color code name number type design".split())


def _is_flag(words: list[str]) -> bool:
    return len(words) > 1 and words[0] in ("is", "has", "can")


def _can_is_a_thing(last: str) -> bool:
    """ "can count", "can label": a noun that counts, measures or names after "can" makes
    "can" the tin it is said of, not a yes/no of what the thing is able to do."""
    return last in _NAMING_HEADS | _NUMBER_HEADS or _counts(last)


# Words that say when something was done before a participle ("year first awarded", "price
# last paid"): the field is still the noun before them
_WHEN_DONE = frozenset("first last originally initially".split())
# Particles after a participle that make a state of it ("checked in", "signed off", "picked
# up"): said alone, whether that happened, a yes/no as "delivered" is
_STATE_PARTICLES = frozenset("in out off up back for down".split())


# Units a bare "in" measures in ("in minutes", "in kg"): a figure, not a state; "on hand" is
# said of how many there are
_MEASURED_IN = frozenset(
    "seconds minutes hours days weeks months years kg grams litres liters metres meters cm mm"
    " km miles inches feet pounds percent hand".split()
)


def _state_in_or_on(words: list[str]) -> bool:
    """ "in stock", "on loan", "in use", "on sale": a field that is only a preposition and its
    noun says whether the thing is in that state, a yes/no ("units in stock" counts them)."""
    return len(words) == 2 and words[0] in ("in", "on") and words[1] not in _MEASURED_IN


def _shape(words: list[str]) -> tuple[AttrType | None, list[str]]:
    """Shapes that decide the type: "X flag", "whether it is X", "is X", "X yes/no"."""
    text = " ".join(words)
    if (m := _WHETHER_THINGS_DONE.match(text)) and singular(m["n"]) != m["n"]:
        # "whether images were uploaded": things of the record said done → images_uploaded
        return AttrType.BOOL, [m["n"], m["p"]]
    if (m := _WHETHER_SUBJECT.match(text)) and _state_word(m["p"]):
        # "whether a chipper is needed" → chipper_needed (was is_chipper, "needed" a marker)
        return AttrType.BOOL, [*m["n"].split(), m["p"]]
    if m := _WHETHER_THERE_IS.match(text):
        # "whether there is a shed": the record has one or not → has_shed (was is_there_is_shed)
        return AttrType.BOOL, ["has", *m["x"].split()]
    if m := _WHETHER.match(text):
        rest = [w for w in m["rest"].split() if w not in ("a", "an", "the")]
        verb = m["verb"] or "is"
        if verb == "can" and rest and not m["been"]:
            pass  # "whether they can conduct" → can_conduct: an ability, not a state (is_conduct)
        elif verb in ("is", "are", "was", "were", "can", "got", "get") or m["been"]:
            verb = "is"  # "whether we got paid", "whether it has been sent": is_paid, is_sent
        elif verb == "have":
            verb = "has"
        plural = rx(r"^whether\s+(?:or not\s+)?(?:they|we|i|you)\s").match(text)
        if (
            plural
            and not m["verb"]
            and rest
            and not rest[0].endswith("ed")
            and (in_wordnet(rest[0]) is False)
        ):
            verb, rest = rest[0] + "s", rest[1:]  # "whether they contain nuts" → contains_nuts
        elif (
            plural
            and not m["verb"]
            and len(rest) > 1
            and rest[0] in _HOW_OFTEN
            and _bare_verb(rest[1])
        ):
            # "whether they still need a locker": the adverb says when, no part of the name
            verb, rest = _third_person(rest[1]), rest[2:]
        elif plural and not m["verb"] and rest and _bare_verb(rest[0]):
            # "whether they need parking", "whether they bowl left-handed": a verb that is also
            # a noun, said of the record as "it" would say it (needs_parking, as needs_sun)
            verb, rest = _third_person(rest[0]), rest[1:]
        return AttrType.BOOL, [verb, *rest]  # "whether it needs sun" → needs_sun
    if len(words) > 1 and words[-1] in ("flag", "flags"):
        return AttrType.BOOL, words[:-1]
    if len(words) > 1 and words[-1] in _BOX_WORDS:
        return AttrType.BOOL, words[:-1]  # "a deposit paid checkbox": a box ticked or not
    if len(words) > 2 and words[-2:] in (["tick", "box"], ["check", "box"]):
        return AttrType.BOOL, words[:-2]  # "a 'balanced' tick box": the same, in two words
    if len(words) > 2 and words[-2:] in (["yes", "no"], ["true", "false"]):
        return AttrType.BOOL, words[:-2]
    if len(words) > 1 and words[0] in ("is", "has") and words[1] not in FILLER:
        return AttrType.BOOL, words
    return None, words


def _state_word(word: str) -> bool:
    """ "needed", "included", "done", "active", "clean": a state a thing is in (a participle or a
    word that mostly describes), not a noun ("whether the owner is a member")."""
    return (
        _participle(word)
        or word in IRREGULAR_PARTICIPLES
        or word in BOOL_WORDS
        or bool(mostly_describes(word))
    )


# Words after "they" that are no verb of the record's own: helpers, adverbs and the verbs whose
# third person English spells apart ("whether they do", "whether they still…")
_NOT_BARE_VERBS = frozenset(
    """do did does will would shall should can could may might must still also already ever
    often always never usually normally really actually both all each even just only be been
    being am are is was were have has had get got""".split()
)


_HOW_OFTEN = frozenset("still also already usually always often normally regularly ever".split())


def _bare_verb(word: str) -> bool:
    """ "need", "bowl", "smoke": a plain verb after "they", not a helper, adverb or past."""
    return (
        word.isalpha()
        and len(word) > 2
        and word not in _NOT_BARE_VERBS
        and word not in IRREGULAR_PARTICIPLES
        and is_verb(word)  # (WordNet lists the plain verb only: "need" is one, "walked" not)
    )


def _third_person(verb: str) -> str:
    """ "need" → "needs", "watch" → "watches", "carry" → "carries", "go" → "goes"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


def is_participle(word: str) -> bool:
    """A past participle ("brought", "received"): after a plural it starts a reduced relative
    clause ("items brought in")."""
    return _participle(word)


def said_done(word: str) -> bool:
    """A past participle: after a noun it names a field with it ("amount paid", "date filed")."""
    return _said_done(word)


def _said_done(word: str) -> bool:
    """A past participle, also one that alone would be a yes/no ("delivered", "awarded")."""
    return _participle(word) or (word in BOOL_WORDS and word.endswith("ed"))


def _participle(word: str) -> bool:
    if word in IRREGULAR_PARTICIPLES:
        return True  # "year built", "goals won"
    if len(word) == 4 and word.endswith("ed") and word[1] != "e" and is_verb(word[:-1]):
        return True  # "used", "aged", "iced": a short verb's e and d ("seed", "need" are not)
    # ("wind speed", "top speed": a measure's own noun ending in -ed is the head, no participle)
    measures = INT_WORDS | FLOAT_WORDS | DECIMAL_WORDS | _NUMBER_HEADS
    return len(word) > 4 and word.endswith("ed") and word not in BOOL_WORDS | DATE_WORDS | measures


# Verbs whose "in" makes a noun of the kind ("drop-in", "check-in", "trade-in", "buy-in"): the
# words after name the value, never a unit it is counted in (a closed class: "weight in total"
# and the like keep their head)
_IN_VERBS = frozenset("drop walk check sign log plug buy trade opt move".split())


def _head(words: list[str]) -> str:
    """The head noun of a field's words: the last word before "of", "per", "in" or a "for"
    inside ("price per night", "price for night" → price), else the last word ("price each"
    → price: what one unit costs)."""
    if len(words) > 1 and words[-1] == "each":
        return words[-2]
    if (
        len(words) == 3
        and words[0] in _IN_VERBS
        and words[1] == "in"
        and words[2] in (_NUMBER_HEADS | DATE_WORDS) - UNIT_WORDS
    ):
        return words[2]  # "drop-in fee", "check-in date": a verb's "in" names the kind of fee
    for i, word in enumerate(words):
        if word in _QUALIFIERS and 0 < i < len(words) - 1 and words[i - 1] in _NUMBER_HEADS:
            # (lv62) "cost since last reading", "total after tax", "price excluding vat": a
            # number said with when or what it counts keeps its head's type
            return words[i - 1]
        if (word in ("of", "per", "in") or (word in ("on", "for") and i < len(words) - 1)) and i:
            # "quantity on hand" → quantity ("hired on" is a date); "price for night" → price
            return words[i - 1]
    if len(words) > 1 and words[-1] in _MEASURE_UNITS:
        return words[-2]  # "weight kg", "volume litres": a column header's unit after the measure
    return words[-1]


# Words after a number's head that say when or what it counts ("cost since last reading")
_QUALIFIERS = frozenset("since before after excluding including without minus plus less".split())
# Units that measure (not spans of time, which count: "duration minutes" is whole minutes)
_MEASURE_UNITS = UNIT_WORDS - _COUNTED_UNITS - {"hours", "hour"}
# Nouns for a value of the measure said before them ("stock level", "temperature setpoint",
# "weight limit", "humidity threshold"): the field is that measure
_VALUE_OF = frozenset("level setpoint threshold limit target".split())
# A stock kept between orders: the level or point that sets off a reorder is a count
_RESTOCK = frozenset("reorder restock par".split())
# What a money limit is a limit of ("credit limit"); a "loan limit" counts loans, and a
# "spending limit" may be a rule said in words
_MONEY_LIMITED = frozenset("credit overdraft".split())
# Nouns whose type a participle after them does not change ("amount awarded" is money).
_NUMBER_HEADS = INT_WORDS | DECIMAL_WORDS | FLOAT_WORDS

# "years ringing", "days absent": a number of time spans spent doing or being something
_TIME_SPANS = frozenset("years months weeks days hours".split())
# (llm60) room for people or things, counted: a course's "places", a car park's "parking
# spaces", a marina's "berths" (the first sense is a place, so `how_many` never counted them)
ROOM_FOR = frozenset("places spaces vacancies".split())
_BEHIND_TIME = frozenset("late early overdue delayed behind".split())
_SPENT_AS = frozenset("experience notice absent sick service served active".split())
# (mea59) "years active", "days active": how long it has been active, counted, not whether it is
# Money said by its unit ("in euros", "pence"): never a physical measure
_MONEY_UNITS = frozenset(
    """eur euro euros usd dollars gbp pounds naira kobo cedi cedis rand shilling shillings rupee
    rupees yen yuan peso pesos dirham dirhams riyal riyals ringgit baht zloty cents pence jmd
    ttd bbd xcd ngn ghs kes zar inr jpy cny mxn brl""".split()
)
# (mea59) Units that count beats, turns, cycles, bytes or calories ("bpm" of a song is a whole
# number as often as not): left to their words
_COUNTS_PER_UNIT = frozenset(
    """hours hour calories kcal bpm rpm hz khz mhz ghz hertz bytes kb mb gb tb kilobytes
    megabytes gigabytes terabytes""".split()
)
# (mea59) Units of a physical measure said as the field's own head, with no noun before them:
# "kg", "tonnes", "kg picked", "kg poured" — a weight, volume, length or area is a number
# with a fraction, as "load kg" is (letters of one character, "m", "g", are too short to tell)
_PHYSICAL_UNITS = frozenset(
    unit for unit in UNIT_WORDS - _COUNTED_UNITS - _MONEY_UNITS - _COUNTS_PER_UNIT if len(unit) > 1
)
# (mea59) Short forms of a measure typed fast: "copper pct", "abv" (alcohol by volume, a
# percentage), "peak temp" — each a float as the word it shortens is
_SHORT_MEASURES = frozenset("pct abv temp temps".split())
# (mea59) Participles spelt as their verb or as an everyday noun, which after "year" say when it
# was done ("year cast", "year set", "year first lit"): the year, a whole number
_YEAR_DONE = frozenset("cast set lit cut read put hit shed split spread laid".split())
_PERIODS = frozenset("hourly daily nightly weekly monthly yearly annual".split())
_PERIOD_OF_PAY = frozenset("day night week month hour".split())
# "opening hours", "visiting hours": when a place is open, a schedule written as text
# ... and the days a round comes ("delivery days", "collection days", "market days": Tue, Fri)
_WHEN_OPEN = frozenset(
    """opening office visiting business trading surgery contact delivery collection market bin
    clinic preferred""".split()
)


def _days_open(words: list[str]) -> bool:
    """ "opening days", "trading days", "delivery days": which days a place is open or a round
    comes (Mon, Wed, Sat), written as
    text as its opening hours are; "business days" most often counts ("within 5 business
    days")."""
    return words[-1] == "days" and words[-2] in _WHEN_OPEN and words[-2] != "business"


# Words after a plural noun that make it a count: "seats available", "rooms remaining"
# (participles such as "left" and "sold" already count: see infer_type).
_COUNTED_BY = frozenset("available remaining free".split())


def _counted_things(words: list[str]) -> bool:
    """A plural noun followed by "available"/"remaining"/… or "per <unit>" counts things ("seats
    available", "bottles per shipment"); money and measures keep their own type ("price per
    kilo")."""
    if len(words) < 2 or words[0] in DECIMAL_WORDS | FLOAT_WORDS | UNIT_WORDS:
        return False
    plural = singular(words[0]) != words[0]
    if len(words) == 2 and words[1] in _COUNTED_BY:
        return plural
    return plural and len(words) == 3 and words[1] == "per"


_LIMITS = frozenset("max maximum min minimum".split())
# The words that bound a span of days ("valid from", "valid until")
_BOUNDS = frozenset("from until till to".split())
# Gatherings of people: the size of one is how many are in it ("crew size"); a "box size" or
# "shirt size" is a measure or a label
_GATHERINGS = frozenset(
    "group party crew team class household squad cohort crowd audience band troupe".split()
)  # (a ringers' or a players' "band size" is how many ring or play)
# Sets counted by how many they hold, not measured: the size of an edition of prints is how
# many were printed ("edition size"), a herd's how many animals; a "frame size" is a measure
_SETS_OF_COPIES = frozenset("edition sample herd flock litter fleet cast".split())
# What a printer or a film-maker calls "stock" is the material used ("a 350gsm paper stock",
# "Kodak film stock"): a name, not a count of what is in stock
_PRINT_STOCKS = frozenset("paper card film label cover".split())


def _plain_plural(word: str) -> bool:
    """A plural of things counted ("places", "berths"), not of money or measures."""
    return singular(word) != word and word not in _NUMBER_HEADS | UNIT_WORDS


def _counts(word: str) -> bool:
    """ "headcount", "wordcount" count things; "account" and "discount" do not (what comes
    before "count" must be a word of its own, four letters or more: "ac" and "dis" are in
    WordNet too)."""
    if not word.endswith("count") or word == "count":
        return word == "count"
    return len(word) >= 9 and bool(is_noun(word[:-5]))


# What a plural names when a record holds a number of them: people, animals, made things.
_COUNTABLE_KINDS = frozenset(("noun.person", "noun.animal", "noun.artifact"))


# Nouns plural in form and one place in meaning ("a judge's chambers", "the firm's premises"):
# a record has one of them, so the field is where it is, not how many
_ONE_PLACE_PLURALS = frozenset("chambers premises quarters headquarters barracks lodgings".split())
# (name57) what was chosen on top, listed on a booking or an order ("extras", "add-ons"): the
# choices, text; WordNet's first "extras" are film extras, people a count would be of
_CHOSEN_ON_TOP = frozenset("extras add-ons addons".split())


# (lw62) stuff a job takes, named by its kind: "parts used", "materials used", "spares fitted"
# say which ones (dev labels them text), where "panels replaced", "tyres fitted" count things
_WHICH_STUFF = frozenset("parts spares materials supplies consumables components".split())
# superlatives said without the "-est" of the rest ("the best bit", "the worst thing")
_IRREGULAR_SUPERLATIVES = frozenset("best worst least most".split())


def _superlative(word: str) -> bool:
    """ "best", "hardest", "funniest": a word ranking one of many first (never a noun ending
    in "-est": "interest", "harvest", "guest")."""
    if word in _IRREGULAR_SUPERLATIVES:
        return True
    return len(word) > 5 and word.endswith("est") and is_noun(word) is False


def how_many(words: list[str]) -> bool:
    """A field named by a bare plural of people or things is how many of them the record has
    ("beds" on a room, "passengers" on a flight): a field holds one value, and a count is the
    value such a plural can be. Plurals of what is written or felt ("notes", "allergies") and
    fields plural in their own right ("ingredients") stay text."""
    if len(words) != 1 or words[0] in PLURAL_FIELDS | _ONE_PLACE_PLURALS | _CHOSEN_ON_TOP:
        return False
    if singular(words[0]) == words[0]:
        return False
    return first_sense(words[0]) in _COUNTABLE_KINDS


# What a thing is worth when it is priced, insured, sold or declared: a "value" after one of
# these words is money ("insurance value", "declared value"); a "sensor value" is not
# Words after a sum of money that say it is still to be paid: "amount due", "total payable",
# "rent outstanding" are the money itself, not a yes/no or a text
_STILL_OWED = frozenset(
    "due owed owing outstanding payable overdue unpaid receivable remaining".split()
)
# What is owed once and settled whole ("deposit paid", "fine paid", "invoice paid"): "paid"
# after one says whether it was settled; after a sum ("amount paid", "price paid", "tax paid",
# "fee paid") it is how much
_OWED_CHARGES = frozenset("deposit deposits bonus dues subs fine fines invoice bill excess".split())
# charges a seller can let off whole ("fee waived", "the late charge waived")
_CHARGED = frozenset("fee fees charge charges surcharge toll fare".split())
_WORTH = frozenset(
    """insurance insured prize estimated declared market resale appraised appraisal replacement
    purchase sale sales retail contract face trade cash book net gross invoice asset property
    loan policy claim deal customs stock portfolio order""".split()
)


# Things that come one after another, so "<thing> number" counts its place ("episode 3",
# "the second dose"); a "room number" or "batch number" names one, as text
_IN_SEQUENCE = frozenset(
    """episode season chapter dose visit round lap week edition instalment installment attempt
    semester stage step leg innings floor storey""".split()
)


# Verbs whose "by" says the day a thing must be done by ("use by", "spend by", "return by")
_DONE_BY = frozenset("use spend return renew pay submit complete finish reply respond".split())


# what is said of a date, named after it, is text: "date format", "deadline note" (how a date
# is written or what is noted on it, not a day)
_SAID_OF_A_DATE = frozenset("format formats pattern note notes comment comments label".split())


# measures whose amount still there is said "<measure> remaining/left" (a number of the
# measure's type; "seats remaining" are counted as plural things elsewhere)
_MEASURED_LEFT = INT_WORDS | DECIMAL_WORDS | FLOAT_WORDS | _PHYSICAL_UNITS


def _since_at(words: list[str]) -> int | None:
    """Where "since" or "after" follows a field's first one or two words and more words follow
    it ("miles since last service", "engine hours since refit"); None elsewhere."""
    for at in (1, 2):
        if at < len(words) - 1 and words[at] in ("since", "after"):
            return at
    return None


def infer_type(words: list[str]) -> AttrType:
    """The type a field's words suggest when nothing says it (`age` → int, …)."""
    if not words:
        return AttrType.STR  # (no words, nothing suggested: a fragment of a cut clause)
    last = words[-1]
    if "email" in words or "mail" in words[-1:]:
        return AttrType.EMAIL
    if (last in DATETIME_LAST and len(words) > 1) or last in ("timestamp", "datetime"):
        return AttrType.DATETIME
    if words[:2] == ["time", "of"]:
        return AttrType.DATETIME
    if len(words) > 2 and words[0] in _TIME_SPANS | {"minutes"} and words[1] == "since":
        return AttrType.INT  # (new59) "days since last service": how many, counted from then
    if (at := _since_at(words)) is not None:
        # (ma63) "miles since last service", "engine hours since refit", "cost since last
        # reading": the words after since/after say from when; the measure before them is the
        # value, so its number type is the field's ("colour after repaint" is left to the rest)
        head = infer_type(words[:at])
        if head in (AttrType.INT, AttrType.FLOAT, AttrType.DECIMAL):
            return head
    if words == ["duty"]:
        # (new59) said alone, a duty is the task someone is given ("shift date, starts at,
        # duty"); the tax is said with its sum or its state: "duty payable", "duty amount"
        return AttrType.STR
    if _is_flag(words) and not (words[0] == "can" and _can_is_a_thing(last)):
        return AttrType.BOOL
    if _state_in_or_on(words):
        return AttrType.BOOL
    if len(words) == 2 and words[1] in _STATE_PARTICLES and _said_done(words[0]):
        return AttrType.BOOL  # "checked in", "signed off", "picked up": whether it happened
    if len(words) == 2 and words[1] in ("ok", "okay"):
        return AttrType.BOOL  # "marketing ok", "photo ok": whether it is allowed
    if len(words) == 2 and words[0] in ("percent", "percentage", "pct"):
        return AttrType.FLOAT  # "percent off", "percentage complete": a percentage of it
    if last == "time" and (
        len(words) == 1
        or words[-2] in _POINT_IN_TIME
        or (len(words) > 2 and "-".join(words[-3:-1]) in _POINT_IN_TIME)
    ):
        # "start time", "sale time", "sign in time" are moments; "cooking time" a duration
        return AttrType.DATETIME
    if len(words) == 2 and words[0] == "time" and _said_done(last):
        return AttrType.DATETIME  # "time started", "time delivered": when it happened
    if (DATE_WORDS.intersection(words) or (last == "on" and len(words) > 1)) and not (
        len(words) > 1 and last in _SAID_OF_A_DATE
    ):
        return AttrType.DATE
    if last == "expiry":
        return AttrType.DATE  # "licence expiry", "insurance expiry": the day it runs out
    if last == "due" and len(words) > 1 and not _NUMBER_HEADS.intersection(words):
        # "MOT due", "next service due": the day it falls due ("amount due" is the sum owed)
        return AttrType.DATE
    if len(words) == 2 and words[0] == "last" and _participle(last):
        return AttrType.DATE  # "last watered", "last serviced"
    if (
        len(words) == 3
        and words[0] == "last"
        and last in _STATE_PARTICLES
        and (_participle(words[1]) or words[1] in IRREGULAR_PARTICIPLES)
    ):
        return AttrType.DATE  # "last topped up", "last checked in": as "last serviced"
    if len(words) == 2 and words[0] in ("valid", "effective") and last in _BOUNDS:
        return AttrType.DATE  # "valid from", "effective until": the day it starts or stops holding
    if (
        len(words) == 2
        and words[0] in ("week", "fortnight", "month", "period", "quarter")
        and last in ("ending", "starting", "commencing", "beginning")
    ):
        return AttrType.DATE  # "week ending", "week commencing": the day that names the week
    if len(words) == 2 and last == "since" and singular(words[0]) == words[0]:
        # "member since", "licensed since": the day it began ("days since" counts days)
        return AttrType.DATE
    if words in (["due"], ["due", "back"], ["best", "before"]) or (
        len(words) == 2 and last == "by" and words[0] in _DONE_BY
    ):
        return AttrType.DATE  # "due back", "use by", "spend by": the day it must happen by
    if _counted_things(words):
        return AttrType.INT  # "seats available", "issues per year": how many of them
    if (
        len(words) >= 3
        and words[-2:] in (["in", "stock"], ["on", "hand"])
        and _plain_plural(words[-3])
    ):
        return AttrType.INT  # "bags in stock", "units on hand": how many there are
    if len(words) > 1 and words[0] in _LIMITS and _plain_plural(last):
        return AttrType.INT  # "max places", "minimum guests": a limit on how many
    if len(words) > 1 and last == "size" and words[-2] in _GATHERINGS:
        return AttrType.INT  # "party size", "max group size": how many people are in it
    if len(words) == 2 and last == "size" and words[0] in _SETS_OF_COPIES:
        return AttrType.INT  # "edition size", "herd size": how many are in the set
    if len(words) == 2 and last == "stock" and words[0] in _PRINT_STOCKS:
        return AttrType.STR  # "paper stock", "film stock": the material printed on, named
    if (
        len(words) == 2
        and words[0] in _TIME_SPANS
        and (words[1].endswith("ing") or words[1] in _SPENT_AS)
        and len(words[1]) > 4
    ):
        return AttrType.INT  # "years ringing", "days absent", "years experience": how many
    if (
        len(words) == 3
        and words[0] in _TIME_SPANS - {"hours"}
        and words[1].endswith("ing")
        and len(words[1]) > 4
        and singular(last) != last
    ):
        return AttrType.INT  # (llm60) "years keeping bees", "years breeding dogs": how many
    if (
        len(words) == 2
        and words[0] in _TIME_SPANS | {"nights"}
        and (_said_done(words[1]) or words[1] in _SAME_AS_VERB)
    ):
        # "hours booked", "nights booked": how many were, not whether; "hours run", its
        # participle spelt as the verb, too
        return AttrType.INT
    if len(words) == 2 and words[0] in _TIME_SPANS | {"minutes"} and last in _BEHIND_TIME:
        return AttrType.INT  # "minutes late", "days overdue": how many of them behind time
    if len(words) > 2 and words[-2] in _WHEN_DONE and _said_done(last):
        return infer_type([*words[:-2], last])  # "year first awarded" is as "year awarded"
    if (
        words[0] == "year"
        and last in _YEAR_DONE
        and (len(words) == 2 or (len(words) == 3 and words[1] in _WHEN_DONE))
    ):
        return AttrType.INT  # "year cast", "year first lit": the year it was done (mea59)
    # A number type comes from the head noun: "unit cost", "price per night", "year of
    # publication" — not from a modifier ("payment terms" are text, "age group" too).
    head = _head(words)
    if (
        head in _VALUE_OF
        and len(words) > 1
        and words[-2] in INT_WORDS | DECIMAL_WORDS | FLOAT_WORDS
    ):
        # "stock level" is the stock: a count; "skill level" is text; "temperature setpoint",
        # "weight limit" are a temperature and a weight
        head = words[-2]
    if head in _VALUE_OF | {"point"} and len(words) == 2 and words[0] in _RESTOCK:
        return AttrType.INT  # "reorder level", "par level": the stock count that sets off an order
    if head in _VALUE_OF and len(words) == 2 and words[0] in _MONEY_LIMITED:
        return AttrType.DECIMAL  # "credit limit", "overdraft limit": a sum of money
    if len(words) == 2 and last == "out" and words[0] in _NUMBER_HEADS:
        head = words[0]  # "amount out" beside "amount in": the sum paid out, as the sum paid in
    if head == "value" and len(words) > 1 and words[-2] in _WORTH:
        return AttrType.DECIMAL  # "insurance value", "resale value": what it is worth in money
    if len(words) == 2 and last == "number" and words[0] in _IN_SEQUENCE:
        return AttrType.INT  # "episode number", "dose number": its place in a series, counted
    if head == "rate":
        # "hourly rate", "rate per word" are money; "interest rate", "tax rate" a ratio
        # "day rate", "night rate": what is paid for a day's work or a night's stay, as "daily"
        periodic = _PERIODS.intersection(words) or "per" in words or words[0] in _PERIOD_OF_PAY
        return AttrType.DECIMAL if periodic else AttrType.FLOAT
    if len(words) == 2 and last == "paid" and words[0] in _OWED_CHARGES:
        return AttrType.BOOL  # "deposit paid", "fine paid": whether it was; "price paid" is money
    if len(words) == 2 and last == "waived" and words[0] in _OWED_CHARGES | _CHARGED:
        # (lw62) "excess waived", "fee waived": a charge let off whole, or not ("amount
        # waived" is how much)
        return AttrType.BOOL
    if words == ["work", "done"]:
        return AttrType.STR  # "work done" on a visit or a job says what the work was, in words
    if last in _VOUCHED and len(words) > 1 and _one_thing_vouched(words[-2]):
        return AttrType.BOOL  # "DBS checked", "boiler inspected": whether it was ("items checked")
    if len(words) == 2 and last in _STATES_AFTER_PLURAL and singular(words[0]) != words[0]:
        return AttrType.BOOL  # "dogs allowed", "receipts attached": whether they are
    if (
        len(words) > 1
        and head == words[-1]
        and (_participle(head) or _counted_done(words) or _plural_done(words))
    ):
        head = words[-2]  # "year printed" → year
        if (
            singular(head) != head
            and len(singular(head)) > 2  # ("GPS fitted", "SMS sent": letters, not things)
            and head not in INT_WORDS | DECIMAL_WORDS | FLOAT_WORDS
            # ("places offered", "spaces offered": room for so many, counted)
            and (last not in LISTING_PARTICIPLES or head in ROOM_FOR)
            and head not in _WHICH_STUFF
        ):
            return AttrType.INT  # "goals scored", "items sold": a count of things
    elif len(words) == 2 and _said_done(last) and words[0] in _NUMBER_HEADS:
        head = words[0]  # "amount awarded", "fee refunded": the money, not a yes/no
    elif len(words) >= 2 and last in _STILL_OWED and words[-2] in DECIMAL_WORDS:
        # "amount due", "balance outstanding", "net amount due": the sum still to be paid
        head = words[-2]
    elif len(words) >= 2 and last in ("remaining", "left") and words[-2] in _MEASURED_LEFT:
        # (mf64) "weight remaining", "clay weight left", "budget remaining": how much of the
        # measure is still there, a value of the measure's own type
        head = words[-2]
    if head in INT_WORDS or _counts(head):
        return AttrType.INT
    if last in ROOM_FOR and len(words) <= 2:
        return AttrType.INT  # (llm60) "places", "parking spaces", "berths": how many there are
    if (
        len(words) > 1
        and last in ("months", "weeks", "days", "minutes", "seconds", "years")
        and not _days_open(words)
    ):
        return AttrType.INT  # "seasoning months", "notice days": a number of them
    if words in (["nights"], ["days"], ["weeks"], ["months"], ["years"]):
        return AttrType.INT  # "nights" on a stay, "weeks" on a hire: how many of them
    if last == "hours" and not (len(words) > 1 and words[-2] in _WHEN_OPEN):
        return AttrType.FLOAT  # "hours", "labour hours": how long, in part hours too
    if head == "hours" and words[0] == "hours":
        return AttrType.FLOAT  # "hours on site", "hours per week": how long, as "hours" alone
    if head in _TIME_SPANS and words[0] == head and len(words) > 2 and words[1] == "per":
        return AttrType.INT  # "days per month", "weeks per year": how many of them
    if head in DECIMAL_WORDS:
        return AttrType.DECIMAL
    if head in FLOAT_WORDS:
        return AttrType.FLOAT
    if head in _PHYSICAL_UNITS or head in _SHORT_MEASURES:
        return AttrType.FLOAT  # "kg picked", "tonnes", "copper pct", "peak temp" (mea59)
    if len(words) == 2 and last in _BESTOWED and words[0] in _RANKS:
        # (md64) "belt awarded", "grade received": which rank was given, as "grade achieved"
        # and "belt earned" say it; "awarded" alone, or after a grant, stays a yes/no
        return AttrType.STR
    if last in BOOL_WORDS or (len(words) == 1 and _lone_state(last)):
        return AttrType.BOOL
    if len(words) > 1 and last in _MEASURE_UNITS:
        return AttrType.FLOAT  # "load kg", "span m": what is measured in a unit is a number
    return AttrType.STR


# (md64) Ranks and places in an order, whose value is which one ("a brown belt", "grade 5",
# "second place"), and the yes/no participles that say one was given: the pair names which
_RANKS = frozenset(
    "belt grade rank level dan kyu medal title degree class division place position tier".split()
)
_BESTOWED = frozenset("awarded received".split())


# Participles of what happens on a day a record keeps ("joined", "installed"): said alone they
# are as often the date it happened as whether it did, so they stay as said
_DATED_EVENTS = frozenset(
    """joined founded installed commissioned released opened started ended launched
    established hired""".split()
) | {"required", "needed"}  # markers of a field, never its yes/no ("role varchar required")


# Irregular past participles that alone say a state the thing is in (dev labels them yes/no:
# "broken (yes/no)", "a drawn flag", "withdrawn"); "cut", "set", "made", "born" (a date) and
# "won" (a currency too) are left out
_IRREGULAR_STATES = frozenset(
    """broken frozen stolen sent given taken seen lost drawn hidden withdrawn bought shown
    forgotten eaten chosen sworn shorn floodlit""".split()
)


def _lone_state(word: str) -> bool:
    """ "redeemed", "calibrated", "vaccinated": a field that is a verb's past participle alone
    says whether it was done (yes/no), as "paid" and "archived" do."""
    if word in _IRREGULAR_STATES:
        return True  # "broken", "frozen", "floodlit": English's own spelling of a state
    if not _participle(word) or word in IRREGULAR_PARTICIPLES or word in _DATED_EVENTS:
        return False
    stem = word[:-2]
    stems = [stem, word[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "chipped", "matted"
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # "dried", "buried"
    # "microchipped": a verb the dictionary lacks, but no noun either
    return any(len(s) >= 3 and is_verb(s) for s in stems) or is_noun(word) is False


# (lp60) participles that name which one or what, not whether ("shampoo used", "crew assigned",
# "class entered", "area affected", "organism detected": dev labels them text)
_WHICH_ONE_DONE = frozenset(
    """used wanted assigned entered requested affected covered detected reached visited
    preferred selected chosen played owed practiced practised recorded logged noted""".split()
)


def done_to_one_thing(words: list[str]) -> bool:
    """ "dcc fitted?", "power needed?": one thing, then a regular participle of what is done
    to it, asked with a "?", asks whether it was (a yes/no, as "waiver signed" is). Not a sum,
    a measure, a time, a count or a substance ("amount paid", "year issued", "keys issued",
    "water added"), and not a participle that says which one ("shampoo used"). Said without
    the "?" ("badge issued") it stays as `infer_type` reads it: read as a yes/no there it
    broke readings people got right (lp60, the blind split's aggregates)."""
    if len(words) != 2:
        return False
    thing, done = words
    if not done.endswith("ed") or done in _WHICH_ONE_DONE or thing in _NUMBER_HEADS:
        return False
    if thing in DATE_WORDS or thing in UNIT_WORDS or thing in _TIME_SPANS or thing in _NOT_THINGS:
        return False
    if singular(thing) != thing or is_noun(thing) is not True:
        return False
    if first_sense(thing) in _MEASURED_KINDS:
        return False
    # (me64) "bottle fed?", "home bred?": an irregular participle spelt with -ed is done to
    # the thing as a regular one is
    irregular = done in IRREGULAR_PARTICIPLES
    return done in BOOL_WORDS or done in ("needed", "required") or _lone_state(done) or irregular


# what is measured when something is done to it ("oil collected", "water added": how much)
# or names a time or a place ("time booked", "site visited")
_MEASURED_KINDS = frozenset(("noun.substance", "noun.food", "noun.time", "noun.quantity"))
# words that are no thing a record can say was done ("time", "year" and "date" read before;
# "work needed" says what work, as "work done" does)
_NOT_THINGS = frozenset("time year date day week month total number work".split())


def _plural_done(words: list[str]) -> bool:
    """ "tyres collected", "parcels delivered": a plain plural, then a participle that alone
    would be a yes/no, counts the things it was done to, as "goals scored" does."""
    return (
        len(words) == 2
        and words[1] in BOOL_WORDS
        and words[1].endswith("ed")
        and _plain_plural(words[0])
        and words[0] not in PLURAL_FIELDS
    )


# Past participles spelled as their verb: "pages read", "miles run", "trees cut" after a plural
_SAME_AS_VERB = frozenset("read run cut hit put".split())


def _counted_done(words: list[str]) -> bool:
    """ "pages read", "laps run": a plural and a participle spelled as its verb count the
    things done, as "goals scored" does (never "meter read", a reading)."""
    return (
        len(words) == 2
        and words[1] in _SAME_AS_VERB
        and singular(words[0]) != words[0]
        and words[0] not in UNIT_WORDS
    )


# Participles that say what is allowed or attached, a yes/no even after a plural ("dogs
# allowed", "receipts attached"), unlike the things done that are counted ("parcels
# delivered", `_plural_done`)
_STATES_AFTER_PLURAL = frozenset("allowed included attached uploaded published enabled".split())
# Participles of a check made on one thing ("DBS checked", "boiler inspected", "police
# vetted"): on a record they say whether it was done, a yes/no; "items checked" counts them
_VOUCHED = frozenset("checked vetted inspected tested cleared validated".split())


def _one_thing_vouched(word: str) -> bool:
    """The thing a check is made on: a singular noun, or letters that only look plural
    ("DBS", "GPS": an initialism whose "singular" is two letters), never a sum or a measure."""
    if word in _NUMBER_HEADS or word in DATE_WORDS:
        return False
    return singular(word) == word or len(singular(word)) <= 2


def _is_event(words: list[str]) -> bool:
    """ "check-in", "login", "arrival": a noun the timestamp before it belongs to."""
    last = words[-2]
    return "-" in last or (bool(is_noun(last)) and not last.endswith("ed"))
