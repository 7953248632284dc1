"""Stage 5 of recognition: relationship statements → owner, target and cardinality.

The cardinality rule (docs/recognition.md):
- an explicit "one", "a single", "exactly one", "belongs to", or a singular target →
  many_to_one from the subject to the target ("each order belongs to one customer",
  "a pet can have an owner", "Relate Shelf to Warehouse", "add a warehouse relationship to
  Shelf");
- "many", "multiple", "several", or a plural target with no "one" → many_to_many from the
  subject ("a warehouse can have shelves", "readers borrow books", "an author has many
  books"); the recognition notes how to ask for one-to-many instead ("each book has one
  author");
- "link X and Y", "relate X and Y" (plural), "many-to-many between X and Y" → X many_to_many Y.
A statement that names a relationship never names a field.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from baes_tui.core.inflection import singular
from baes_tui.core.models import AttrType, RelationshipKind
from baes_tui.recognition.clauses import Clause
from baes_tui.recognition.entities import Noun, read_noun
from baes_tui.recognition.fields import ROOM_FOR, infer_type, type_phrase
from baes_tui.recognition.lexicon import (
    COMMAND_VERBS,
    CONSTRAINT_WORDS,
    FIELD_HINTS,
    FILLER,
    FRAME_NOUNS,
    PLURAL_FIELDS,
    PRACTICE_AS_NOUN,
    PRACTICE_NOUN_WORDS,
    TECH_WORDS,
    UNIT_WORDS,
    WH_WORDS,
    done_by_counted,
)
from baes_tui.recognition.nouns import (
    first_sense,
    in_wordnet,
    is_comparative,
    is_noun,
    is_verb,
    is_verb_form,
)
from baes_tui.recognition.patterns import holds_any, rx
from baes_tui.recognition.statements import Relate

# Nouns that name a value a record holds, never a thing of its own: several of them are a list
# of values ("several phone numbers", "multiple emails", "many tags").
VALUE_NOUNS = frozenset(
    """name number email phone date url link address code title description comment remark
    note tag label nickname alias website username password keyword mobile fax""".split()
)

_ONE = r"(?:exactly one|only one|just one|one single|a single|one|single|a|an|the|its|their)"
_MANY = (
    r"(?:many|multiple|several|one or more|any number of|zero or more|lots of|a lot of|some"
    r"|a few|various|all the|more than one|numerous|loads of|plenty of)"
)
_KIND = r"(?P<kind>many[- ]to[- ]many|many[- ]to[- ]one|one[- ]to[- ]many|m:n|n:m|1:n|n:1)"
_BETWEEN = re.compile(
    r"^(?:(?:please\s+)?(?:add|create|define|set up|make|introduce|establish|(?:we |i )?need)"
    rf"\s+)?(?:an?\s+)?{_KIND}\s+(?:relationship\s+|relation\s+|link\s+|association\s+)?"
    r"(?:between|for|of)\s+(?P<a>.+?)\s+(?:and|&|with)\s+(?P<b>.+)$"
)
_MAKE_BELONG = re.compile(
    rf"^(?:make|let)\s+(?:each\s+|every\s+)?(?P<a>[a-z][a-z -]*?)\s+belong\s+to\s+(?:{_ONE}\s+)?"
    r"(?P<b>[a-z][a-z -]*)$"
)
_ARE_KIND = re.compile(
    # ("Members and clubs need to be many-to-many": the kind asked for, as "are" says it)
    r"^(?P<a>[a-z][a-z -]*?)\s+(?:and|&)\s+(?P<b>[a-z][a-z -]*?)\s+(?:are|is|have|should be"
    r"|must be|need to be|needs to be|have to be)\s+(?:an?\s+)?"
    rf"(?:in\s+an?\s+)?{_KIND}(?:\s+(?:relationship|relation|link))?$"
)
# (lw62) "Hire to DamageReport is one-to-many", "Customer to Order: many-to-one": the two ends
# said "X to Y" as the kind's own ends are (one X to many Y), then the kind
_TO_KIND = re.compile(
    # (each end four words at most: two open runs around "to" would read "to to to …" slowly)
    r"^(?:from\s+)?(?P<a>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s+to\s+"
    r"(?P<b>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\s*(?:(?:is|are|should be"
    r"|must be|needs to be|has to be)\s+|[:,=]\s*)(?:an?\s+)?"
    rf"{_KIND}(?:\s+(?:relationship|relation|link))?$"
)
# "Trucks and warehouses are linked", "students and courses should be related": rule 3
_ARE_LINKED = re.compile(
    r"^(?P<a>[a-z][a-z -]*?)\s+(?:and|&)\s+(?P<b>[a-z][a-z -]*?)\s+(?:are|should be|must be"
    r"|need to be|have to be)\s+(?:linked|related|connected|associated)"
    r"(?:\s+(?:to each other|with each other|together))?"
    rf"(?:\s*[(,:]?\s*{_KIND}\s*\)?)?$"
)
# "Forklift -> Warehouse (many-to-one)": a terse link with its kind
_ARROW = re.compile(
    rf"^(?P<a>[a-z][a-z -]*?)\s*->\s*(?P<b>[a-z][a-z -]*?)\s*[(\[:,]?\s*{_KIND}\s*[)\]]?$"
)
# "van -> one driver", "each booking -> a single room", "trainer -> many gyms": the arrow with
# a count and no kind says what each one belongs to, as "belongs to one" does (an arrow to a
# type or a name renames)
_ARROW_COUNTED = re.compile(
    rf"^(?:each\s+|every\s+)?(?P<a>[a-z][a-z -]*?)\s*->\s*(?P<card>exactly one|only one"
    rf"|just one|one single|a single|one|{_MANY})\s+(?P<b>[a-z][a-z -]*?)$"
)
_LINK = re.compile(
    r"^(?:link|connect|associate|relate|join|tie|wire up|hook up|wire|hook)\s+(?P<a>.+?)\s+"
    # ("hook Delivery up to Restaurant", "wire each tray up with its rack": the particle split
    # off its verb)
    r"(?:up\s+)?(?P<conj>and|&|with|to)\s+(?P<b>.+?)(?:\s+(?:together|as well|too|up))?$"
)
_ADD_NAMED = re.compile(
    r"^(?:add|create|define|set up|introduce|give)\s+(?:an?\s+|the\s+)?"
    # (one name: "add the pawn date and a photo link to X" adds two fields)
    # ("a booking reference", "a supplier ref" is a code kept on the record, a field)
    rf"(?:{_KIND}\s+)?(?P<b>(?:(?!\b(?:and|or|plus)\b)[a-z -])+?)\s+(?:relationship|relation|link"
    r"|association|foreign key)\s+(?:to|on|for|in|into)\s+(?:the\s+)?(?P<a>.+)$"
)
# "Sailing needs a vessel relationship", "Booking needs a link to Room": a link a thing needs,
# named after the other end or said with "to", is that link (never a field "vessel
# relationship"); the name must still read as a thing at both ends, and "a photo link", "a link
# to the video" (a link named, or said to a thing in lower case) may be a URL kept, a field
_NEEDS_NAMED = re.compile(
    r"^(?:each\s+|every\s+)?(?P<a>[a-z][a-z -]{0,40}?)\s+(?:also\s+)?(?:needs|requires|gets)\s+"
    rf"(?:an?\s+)?(?:(?:{_KIND}\s+)?(?P<b>[a-z][a-z -]{{0,40}}?)\s+(?:relationship|relation"
    r"|foreign key)|(?P<to>relationship|relation|link|foreign key)\s+to\s+(?:an?\s+|the\s+|one\s+)?"
    r"(?P<b2>[a-z][a-z -]{0,40}?))"
    # ("…, one vessel per sailing": the count said after it is the same link's)
    r"(?:\s*,?\s+(?:one|a single|exactly one|only one)\s+[a-z]+\s+per\s+[a-z]+)?$"
)
_ADD_FROM = re.compile(
    rf"^(?:add|create|define|set up|introduce|establish)\s+(?:an?\s+|the\s+)?(?:{_KIND}\s+)?"
    r"(?:relationship|relation|link|association)\s+(?:from|between)\s+(?P<a>.+?)\s+"
    r"(?:to|and)\s+(?P<b>.+)$"
)
# "add an owner relationship to Repository, pointing at User": the link's name is its role, the
# thing it points at is said after it
_POINTING = re.compile(
    r"^(?P<a>.+?),?\s+(?:(?:that|which)\s+)?(?:pointing|points?|referencing|references?)"
    r"\s+(?:at|to)?\s*(?:the\s+|an?\s+)?(?P<t>[a-z][a-z -]*?)(?:\s+entity)?$"
)
_MODAL = r"(?:(?:can|may|could|should|must|will|would|shall)\s+(?:only\s+)?(?:also\s+)?)?"
_VP = re.compile(
    r"^(?P<vp>(?:(?:is|are)\s+(?:(?:always|only|usually|normally)\s+)?(?P<located>in|at|on|inside"
    r"|within|under|part of|for|with|by|from"
    # (lv62) "a loan is always to one hirer": "to" a counted one is who it is made to
    r"|to(?=\s+(?:one|a single|exactly one|only one|just one)\s)"
    # (ly62: "every inspection is of one wall", "each portrait is of one sitter": what a record
    # is of is the one thing it is about)
    r"|of)"
    # ("also has one bait station": a link said after another thing the subject has)
    rf"|(?:only\s+)?(?:also\s+)?{_MODAL}"
    r"(?:(?:be|is|are|was|were|get|gets|got|has been|have been)\s+"
    r"(?:also\s+)?(?:only\s+)?(?:always\s+)?)?"
    # ("is raised against one account": "against" ties the act to the thing it is on)
    # ("works out of one depot": "out of" a counted place is where it is based)
    rf"(?P<verb>[a-z]+)(?:\s+(?P<p1>out of(?=\s+(?:{_MANY}|{_ONE})\s)|to|in|by|with|for|under"
    # ("is loaded onto a single van": "onto" is where it goes, as "into" is)
    r"|at|on|into|onto|after|from|up|of|home|out|back|away|off|against"
    # ((lw62) "routes pass through locks", "buses run along routes": the way a thing goes;
    # (ly62) "crews work across many sites": where the work spreads is the places linked)
    r"|through|along|across|past|via))?"
    r"(?:\s+(?P<p2>by|to|in|with|at|on|onto|for|from))?))\s+"
    rf"(?:(?P<card>{_MANY}|{_ONE})\s+)?(?P<b>[a-z][a-z' -]*?)$"
)
_PARTICLES = frozenset("out up down off back away over through".split())
# the way a thing goes ("pass through locks", "run along routes"): a link only to things counted
# or plural ("work through lunch" is when)
_WAY_PREPS = frozenset("through along across past via".split())
# adverbs that say how many, before the count ("exactly one", "only one"): never a verb
_COUNT_ADVERBS = frozenset("exactly only just precisely".split())
# Discourse markers before a statement ("so like every gig …", "turns out our accounts …"): a
# closed class of openers that say how the writer talks, never part of the subject
_LEAD = re.compile(
    r"^(?:(?:where|and|so|that|which means|then|also|oh|like|(?:it\s+)?turns out|fyi|btw"
    r"|well|ok|okay|anyway|basically)\s+)+"
)
# "Plus each weaver belongs to one loom.": "plus" opening a sentence joins it to the last one;
# inside a list ("…, plus Seed Bank") it names one more thing, so only a sentence's is taken off
_PLUS_OPENS = re.compile(r"^plus\s+")
_PREDICATE = re.compile(
    r"^(?:and\s+)?(?:(?:each|every)(?:\s+one)?\s+)?(?P<vp>(?:belongs?|belonging)\s+to|works?\s+(?:in|for)|is\s+assigned\s+to"
    r"|are\s+assigned\s+to|is\s+linked\s+to|are\s+linked\s+to|sits?\s+in|is\s+part\s+of"
    r"|are\s+part\s+of)\s+(?:(?P<card>" + _MANY + "|" + _ONE + r")\s+)?(?P<b>[a-z][a-z -]*?)$"
)
# "…, and comes from one supplier", "and is taught by one instructor": said of the subject
# after its list, a thing it comes from or the one who does it, counted, is a link (no field
# "comes_from_one_supplier"); without a count it is left as said
_COUNTED_PREDICATE = re.compile(
    r"^(?:and\s+)?(?:(?:each|every)(?:\s+one)?\s+)?(?P<vp>comes?\s+from|(?:is|are)\s+(?:from"
    r"|[a-z]{3,}\s+by))\s+(?P<card>" + _MANY + "|" + _ONE + r")\s+(?P<b>[a-z][a-z -]*?)$"
)
# The counts that make "stays in" a place a thing is in ("stays in one kennel"); without one
# it is data kept as it is ("the data stays in the database")
_COUNTED_ONE = frozenset(("one", "a single", "exactly one", "only one", "just one", "1"))
# How long something went on ("used for many years"): a time, never a thing linked to
_SPANS_OF_TIME = frozenset("second minute hour day week month year decade century time".split())
# Verbs that state fields ("need", "record") or constraints, never a relationship.
# ("frames as an integer": "as" gives a field its type, never a link)
_NOT_RELATION_VERBS = frozenset(
    """need needs record records store stores keep keeps track tracks want wants get gets
    call called name named survive survives
    stay stays log logs list lists like would also used mean means go goes getting as
    be is are was were remain remains set cost costs added removed deleted
    created changed made became become know knows
    edit edits view views delete deletes update updates modify modifies access accesses
    cancel cancels export exports download downloads
    asked asks said says told tells suggested suggests mentioned requested wanted
    confuse confuses confused annoy annoys annoyed puzzle puzzles puzzled bother bothers
    bothered frustrate frustrates frustrated""".split()
)
# Verbs of showing: what a thing shows, said with "the" ("sessions show the conditions"), are
# values it holds; a count ("a gallery shows many paintings") still links
_SHOWING = frozenset("show shows display displays".split())
# The lines before the last two: acting on records in the system ("Only admins can edit
# scholarships" says who may do what: a permission, kept as a business rule, linking no two
# kinds of records), and reported speech ("the treasurer asked for a membership list"); the
# last two (lv62): a name troubling the people who read it ("'opening hours' confuses people")
# is a complaint, never a link.
_HAVE = frozenset("has have own owns hold holds contain contains include includes".split())
# Verbs that commonly link two business entities; another verb needs a cardinality word or
# two plural nouns to be read as a relationship ("asdf qwer zxcv" is none).
RELATION_VERBS = frozenset(
    """have own hold contain include borrow lend write author place make book reserve see treat
    teach attend take enroll enrol join belong work live sit assign use drive ride play follow
    like review rate host visit rent buy sell order pay receive send manage lead supervise
    employ hire serve coach train mentor sponsor fund adopt publish ship deliver supply provide
    produce subscribe register report store stock carry cover handle run organise organize
    sign lease link relate connect tag attach list feature star direct perform record wear
    read watch complete submit grade mark audit inspect repair maintain service clean schedule
    book check borrow loan issue allocate appear participate perform consist comprise reference
    refer point look care""".split()
)
# Words that never sit inside a subject noun phrase.
_INNER_GLUE = frozenset(
    """and or with for of in on at to from by as via can may could should must will would shall
    is are was were be has have had do does""".split()
)
# Words that are no verb of a relationship and never inside its target.
_GLUE = frozenset(
    """and or with of for to in on at by from each every should could would can may must will
    shall also is are be been was were do does did not no so but if then than which who that
    need needs want many multiple several one single some any all more me you him her us them
    it a an the into onto through via over""".split()
)
_SUBJECT_BLOCK = re.compile(
    r"^(?:my|our|your|his|her|their|we|i|you|they|it|he|she|there|who|what|when|where|why"
    r"|how|which|whose)\b"
)


# "our drivers drive many vans": the writer's own things, said with a count, relate as "drivers
# drive many vans" does ("our team uses a tool" has no count and stays talk)
_OUR_COUNTED = re.compile(
    # ("our netball teams have many players": a modifier before the plural, too)
    r"^(?:our|my)\s+(?=(?:[a-z-]+\s+)?[a-z-]+s\s+(?:[a-z]+\s+){1,2}(?:many|several|multiple|one"
    r"|a single|exactly one)\s"
    # "our plumbers fit boilers": kinds said as bare plurals on both sides of one verb are the
    # generic statement that links kinds ("our customers love the new cakes" names particular
    # cakes, "our team uses a tool" one tool: both stay talk)
    r"|(?:[a-z-]+\s+)?[a-z-]+[^s\s]s\s+[a-z]+\s+[a-z-]+[^s\s]s$)"
)
_WANT_TO = re.compile(r"^(?:i|we)\s+(?:would\s+)?(?:like|want|need|wish)\s+to\s+")
# "Tickets should each have one owner", "shelves each belong to one aisle": "each" floated
# after a plural subject (and its modal) before the verb
_EACH_AFTER_SUBJECT = re.compile(
    r"^(?P<x>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s(?:\s+(?:can|may|must|should|will|would"
    r"|could|shall))?)\s+each\s+"
    r"(?=[a-z])"
)
# "alumni should each have one mentor", "children each belong to one class": a plural that
# does not end in "s" says the same
_EACH_AFTER_IRREGULAR = re.compile(
    r"^(?P<x>(?:[a-z][a-z-]*\s+){0,2}(?!(?:can|may|must|should|will|would|could|shall)\s)"
    r"(?P<h>[a-z][a-z-]*[^s\s])(?:\s+(?:can|may|must|should|will|would|could|shall))?)"
    r"\s+each\s+(?=[a-z])"
)


_HEDGE_AFTER_MODAL = re.compile(
    r"\b(?P<m>can|may|could|might|will|would)\s+(?:in principle|in theory|in practice"
    r"|theoretically|potentially|occasionally|sometimes|often|usually|normally|typically"
    r"|technically|quite easily|easily)\s+(?=[a-z])"
)


_SUBJECT_KEPT_IN = re.compile(
    r"^(?P<x>(?:each|every)\s+(?!(?:item|line|entry|row|detail|part|piece)s?\s)[a-z-]+"
    r"(?:\s(?!in\s|at\s)[a-z-]+)?)\s+(?:in|at)\s+the\s+[a-z-]+\s+"
    r"(?=(?:belongs|is|has|refers|should|must|can|may|will)\s)"
)


def _each_after_irregular(m: re.Match[str]) -> str:
    """ "alumni should each …" → "alumni should …" (the head a plural: see above)."""
    return f"{m['x']} " if singular(m["h"]) != m["h"] else m[0]


# "Archers enter tournaments, many of them": the quantity said after the target
_MANY_AFTER = re.compile(r",?\s+(?:many|lots|several|a lot|plenty|loads) of them$")
# "Ringers ring at many towers, and towers have lots of ringers — many-to-many between …",
# "one rider has many bikes, but each bike has one rider": one relationship said again in the
# clauses of one sentence
# "currently use", "still keep", "at the moment rely on": the writer's present setup
_NOW = re.compile(
    r"\b(?:currently|at the moment|right now|at present|nowadays|still|today)\s+"
    r"(?:use|uses|rely on|relies on|keep|keeps|write|writes)\b"
    r"|\b(?:use|uses|rely on|relies on)\b.*\b(?:currently|at the moment|right now|at present"
    r"|nowadays|today)$"
    # "the whole depot runs on paper", "everything lives in a spreadsheet": how things are done
    # today, on what medium, is no link between two things kept
    r"|\b(?:runs?|ran|running|lives?|is done|are done|is kept|are kept|is tracked|are tracked)\s+"
    r"(?:on|in)\s+(?:an?\s+|one\s+|the\s+|our\s+)?(?:old\s+|big\s+|shared\s+)?(?:paper|papers"
    r"|excel|spreadsheets?|whiteboards?|notebooks?|post-its?|emails?|clipboards?|diar(?:y|ies)"
    r"|google sheets?|word docs?)\b"
)
_INFIX_KIND = re.compile(
    r"^(?!(?:add|create|make|define|set up|introduce|need|and|a|an|the|with)\b)"
    rf"(?P<a>[a-z][a-z-]*(?: [a-z][a-z-]*){{0,2}}?)\s+{_KIND}\s+"
    r"(?!(?:relationship|relation|link|between|with|for|of|and)\b)(?P<b>[a-z][a-z -]*?)$"
)
# "Booking *--1 Member", "Lease 0..* -- 1 Tenant", "Order }o--|| Customer": a class or ER
# diagram's line, each end's multiplicity written beside its class (UML: "1", "0..1", "*",
# "0..*", "1..*", "n"; crow's foot: "||", "|o", "o|" one, "}o", "}|", "o{", "|{" many)
_MULT = r"\*|[nm]|0\.\.1|1\.\.1|1|[01]\.\.(?:\*|n|m)"
_MULTIPLICITY = re.compile(
    r"^(?P<a>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?)\s*"
    rf"(?:\"?(?P<ma>{_MULT})\"?\s*-{{1,2}}\s*\"?(?P<mb>{_MULT})\"?"
    r"|(?P<ca>\}o|\}\||\|\||\|o)-{1,2}(?P<cb>o\{|\|\{|\|\||o\|))"
    r"\s*(?P<b>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})$"
)
# ", one apiary many hives", "(one depot - many trams)", ": one club to many kayaks"
_COUNTS_AFTER = re.compile(
    r"\s*(?:[(\[]|[,:—-])\s*(?:one|1|a single|each)\s+(?P<one>[a-z]+)"
    r"\s*(?:,|and|to|:|-|—|/|has|have)?\s*(?:many|several|multiple|n|lots of)\s+"
    r"(?P<many>[a-z]+)\s*[)\]]?[.!]?$"
)
_KIND_AFTER = re.compile(rf"\s*(?:[(\[]|[,:—-])\s*{_KIND}\s*[)\]]?$")
_RESTATED = re.compile(
    r",\s+(?:and|but)\s+|\s+—\s+|;\s+"
    # "tutors teach many pupils and pupils can have several tutors": "and" before another
    # plural subject with its verb and a count ("… one sample and sits in one freezer": a verb
    # in -s and its preposition are the same subject's second link, no plural and its verb)
    r"|\s+and\s+(?=[a-z]+s\s+(?:can\s+|may\s+|also\s+)*"
    r"(?!(?:in|into|on|to|at|from|for|with|by|under|of|inside|within)\s)[a-z]+\s+"
    r"(?:many|several|multiple|one)\s)"
    # "a paddler can rent many kayaks and a kayak can be rented by many paddlers": "and"
    # before one thing of the other kind, its verb (passive or not) and a count
    r"|\s+and\s+(?=(?:a|an|each|every|one)\s+[a-z-]+\s+(?:(?:can|may|could|is|are|gets?"
    r"|be)\s+)*[a-z]+(?:\s+(?:by|to|in|at|on|after|for|with))*\s+(?:many|several|multiple"
    r"|one|a single|exactly one)\s)"
)


_PHRASAL = re.compile(
    r"\b(?:looks?|looked|looking) after\b|\b(?:takes?|took|taking) care of\b"
    r"|\b(?:signs?|signed|signing) up (?:for|to)\b|\b(?:is|are|was|were) in charge of\b"
    r"|\b(?:takes?|took|taking) part in\b"
    # "an ingredient shows up in many recipes", "turns up in": being found in them
    r"|\b(?:shows?|showed|showing|turns?|turned|turning|pops?|popped|popping) up in\b"
    # "each van goes out with two drivers", "each pot goes through two firings": what a thing
    # goes out with (or through) it has
    r"|\b(?:goes|go|went|going) (?:out with|through)\b"
)
_PHRASAL_AS = {
    "look": "tend", "looks": "tends", "looked": "tended", "looking": "tending",
    "take": "tend", "takes": "tends", "took": "tended", "taking": "tending",
    "sign": "join", "signs": "joins", "signed": "joined", "signing": "joining",
    "is": "runs", "are": "run", "was": "ran", "were": "ran",
    "goes": "has", "go": "have", "went": "had", "going": "having",
}  # fmt: skip
_TAKE_PART_AS = {"take": "join", "takes": "joins", "took": "joined", "taking": "joining"}


def _one_verb(m: re.Match[str]) -> str:
    """The one verb a verb of several words stands for, in its form ("takes part in" joins,
    "takes care of" tends)."""
    verb, *rest = m[0].split()
    if rest[0] == "up":  # "shows up in", "turned up in": appears in
        form = "ing" if verb.endswith("ing") else "ed" if verb.endswith("ed") else verb[-1]
        return {"ing": "appearing", "ed": "appeared", "s": "appears"}.get(form, "appear") + " in"
    return _TAKE_PART_AS[verb] if rest[0] == "part" else _PHRASAL_AS[verb]


_VERBLESS_ORIGIN = re.compile(
    r"^(?P<x>(?:and\s+)?(?:each|every)\s+[a-z-]+(?:\s[a-z-]+)?)\s+(?=(?:from|by|at|in|for|under)\s+"
    r"(?:one|a single|exactly one|only one)\s)"
)


# "at the nursery every child …", "in the chess league a player …": the place or body the
# statement is about, said before its counted subject without a comma, is its setting
_SETTING = re.compile(
    r"^(?:in|at|on|for|within|across)\s+(?:the|our|my|this)\s+[a-z0-9-]+(?:\s+[a-z0-9-]+){0,2}?"
    r"\s+(?=(?:a|an|each|every|any)\s+[a-z])"
)


def read_relation(
    clause: Clause, known: frozenset[str] = frozenset(), things: frozenset[str] = frozenset()
) -> Relate | None:
    """`known`: entities the request declares, which a plural value word may also name
    ("players can borrow many scores", where scores are listed with their own fields).
    `things`: practice words read as nouns here ("each germination test belongs to …")."""
    found = _read_said(clause, known, things)
    if found is None and (setting := _SETTING.match(clause.text)):
        # read without its setting (the setting names no thing of the link)
        return _read_said(replace(clause, text=clause.text[setting.end() :]), known, things)
    return found


# "is it possible for a recipe to have many ingredients?", "can a player be on many teams?": a
# beginner asking whether things may be linked so asks for the link ("a recipe can have …");
# asked of whoever reads it ("can you …", "can we …") it is an ask of another kind
_ASKED_X = r"(?:(?:a|an|each|every|one|the)\s+)?[a-z-]+(?:\s[a-z-]+)??"
_ASKED_V = (
    # ("can each rehearsal point at a single director?": a link asked by its pointing too)
    r"(?:have|be|belong|contain|hold|include|join|attend|use|point|link|refer)\b.*?"
    r"\b(?:one|a single|exactly one|only one|many|several|multiple|various|different)\s.+"
)
_ASKED_LINK = re.compile(
    r"^(?:(?:is|would|will) it (?:be )?possible for\s+)?"
    rf"(?P<x>(?:a|an|each|every|one)\s+{_ASKED_X})\s+to\s+(?P<v>{_ASKED_V})$"
    r"|^(?:can|could|may)\s+(?!(?:you|u|we|i|it|they|someone|somebody|anyone|anybody)\b)"
    rf"(?P<x2>{_ASKED_X})\s+(?P<v2>{_ASKED_V})$"
)


# A count after the verb ("belong to several", "is kept in one"): the links _read_said rewrites
_COUNTED = r"(?=(?:one|a single|exactly one|only one|many|several|multiple|various|different)\s)"
# "hikers can do lots of trails": an amount of things said in the plural counts them ("do
# loads of overtime" is work done, no thing)
_LOTS_OF_THINGS = r"(?=(?:lots of|a lot of|loads of|plenty of)\s+[a-z-]*[^s\s]s\b)"
_EACH_AT_END = re.compile(r"\s+(?:each|apiece)$")
_MAY_BE_IN_COUNTED = re.compile(rf"\b(?:can|may|could|might|will)\s+be\s+(?:in|on)\s+{_COUNTED}")
# "an appointment must be from one patient", "each canoe should be at a single boathouse": a
# modal before "be" and a preposition of place or origin with a count says what "is from one
# patient" says; the modal is how sure, no part of the link
_MODAL_BE_AT_COUNTED = re.compile(
    r"\b(?:can|may|could|might|will|would|should|must|shall|has to|have to|needs? to)\s+"
    r"(?:(?:only|ever|always|also)\s+)*be\s+(?=(?:in|at|on|from|under|inside|within|with|by"
    rf"|part of)\s+{_COUNTED})"
)
# "is under the control of a single port authority", "is in the care of one keeper": a
# preposition, "the", a noun and "of" make one preposition (English's complex prepositions);
# with a count after it the link is said with the first preposition alone
_COMPLEX_PREP_COUNTED = re.compile(
    rf"\b(in|under|on|at)\s+the\s+(?:[a-z]+\s+)?[a-z]+\s+of\s+{_COUNTED}"
)
# ("each visit should be for a single pet"; "I want each visit to be for …" leaves "be for")
_MAY_BE_FOR_COUNTED = re.compile(
    r"(?:\b(?:can|may|could|might|will|should|must|would|shall|has to|have to|needs to)\s+)?"
    rf"\bbe\s+(?=for\s+{_COUNTED})"
)
_CALLS_AT_COUNTED = re.compile(rf"\b(?:call|calls|stop|stops)\s+(?:in\s+)?at\s+{_COUNTED}")
_THE_ONE = re.compile(
    r"\b(to|for|has|have|with|in|at|on|by)\s+the one\s+(?!(?:who|that|which|where)\b)"
    r"(?=[a-z][a-z-]*(?:\s[a-z][a-z-]*)?$)"
)
_THE_SAME = re.compile(r"(^|\band\s+)the same\s+(?=[a-z]+\s+(?:appears?|is|can|belongs?)\b)")
_TAKES_PLACE = re.compile(r"\b(?:takes|take|took) place\s+(at|in|on)\b")
_KEEPS_COUNTED = re.compile(
    rf"^((?:a|an|each|every|one)\s+[a-z-]+(?:\s[a-z-]+)?)\s+(?:stores|keeps|records|logs"
    rf"|tracks|lists|handles|maintains)\s+{_COUNTED}"
)
_KEPT_IN_COUNTED = re.compile(rf"\b(is|are|be|gets?)\s+kept\s+(in|at|on|with|by)\s+{_COUNTED}")
# ("a route is set by one setter": "set" by a counted thing is its maker too, never the "set
# email optional" of a change; "each observation is made with one telescope", "every weld is
# made at a single bench": made with (at, in, on, from) a counted thing is done there, as "is
# done with one telescope" is: a link, never a create whose field is the thing made with)
_MADE_FOR_COUNTED = re.compile(
    rf"\b(is|are|was|were|be|gets?|got)\s+(?:made|set(?=\s+by\b))\s+(for|by|with|at|in|on"
    rf"|from)\s+{_COUNTED}"
)
_PRESENT = {"was": "is", "were": "are", "got": "gets"}
# (lv62) "rooms get lots of bookings", "each parcel gets one label": "get" before a count is
# having what is counted (without one it stays "we get complaints", talk)
_DOES_COUNTED = re.compile(
    rf"\b(?:do|does|did)\s+(?:{_COUNTED}|{_LOTS_OF_THINGS})"
    rf"|\b(?:get|gets)\s+(?:(?=(?:one|a single|exactly one|only one|many|several|multiple)\s)"
    rf"|{_LOTS_OF_THINGS})"
)
_ATTACHED_TO_IT = re.compile(
    r"\s+(?:attached|linked|assigned|tied|connected|related)\s+(?:to|with)\s+(?:it|them)$"
)
_AT_A_TIME = re.compile(r"\s+(?:at a time|at any one time|at any time|at once|at the same time)$")
# "each pet has one owner only", "a shift has one supervisor at most": the limit said after the
# one thing is "only one" said late, no part of the target
_ONE_ONLY = re.compile(
    r"(\b(?:one|a single|exactly one|just one|a|an)\s+[a-z-]+(?:\s[a-z-]+)?)"
    r"\s+(?:only|at most|at the most|max|maximum|tops)$"
)
_NOW_OR_TOO = re.compile(
    r"(\b(?:a|an|one)\s+[a-z-]+(?:\s[a-z-]+)?)\s+(?:now|nowadays|these days|too|as well)$"
)
_PROPERLY_IN_APP = re.compile(
    r"\s+(?:properly|correctly|in (?:the|our) (?:new\s+)?(?:app|system))(?:\s+please)?$"
)
_SMALL_COUNT = re.compile(
    r"\b(?:(?:up to|at least|at most|as many as|no more than)\s+)?(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9])\s+(?=(?P<n>[a-z][a-z-]*s)$|(?P<n2>[a-z]"
    r"[a-z-]*s)\b)"
)
_UNITS = frozenset(
    """seconds minutes hours days nights weeks months years decades times metres meters miles
    kilometres kilometers kms kgs kilos kilograms grams pounds litres liters euros dollars
    pence cents percents people persons folks others things ones items points goals stars
    pieces sets rounds laps""".split()
)


_PLACED_BEFORE = re.compile(r"\b(?:is|are)\s+[a-z]+(?:ed|en)\s+(?:in|at|on|into|inside)\s+$")


def _small_count(m: re.Match[str]) -> str:
    if (m["n"] or m["n2"]) in _UNITS:
        return m[0]
    # only after the verb or its preposition ("borrow three", "driven by two"), never in the
    # subject or a time said first ("last week two techs drove to …")
    before = m.string[: m.start()].split()
    word = before[-1] if before else ""
    if (
        word not in _COUNT_AFTER
        and word.removesuffix("s") not in RELATION_VERBS
        and (
            word.removesuffix("es") not in RELATION_VERBS
            and word.removesuffix("ed") not in RELATION_VERBS
            and word.removesuffix("d") not in RELATION_VERBS
        )
    ):
        return m[0]
    return "several "


_COUNT_AFTER = frozenset("has have had with by for to through of into on in at".split())


_FOR_A_PERIOD = re.compile(
    r"\s+(?:(?:for|during|throughout|over|across|in)\s+(?:the|a|an|each|every|this|that|its"
    r"|their)\s+(?:(?:whole|entire|full|same)\s+)?|(?:all|every|each|per)\s+)(?:(?:day|week"
    r"|weekend|month|season|term|year|shift|semester|event|festival|tournament|trip|stay|night"
    r"|evening|summer|winter|spring|autumn|holiday|quarter)s?|life|lifetime|career)$"
    r"|\s+over\s+time$"  # ("a vet sees many pets over the years", "… over time")
)


# The fixed words some patterns above cannot match without (`_read_said` runs a pattern only
# where one of its words is in the clause, `holds_any`): a modal before a hedge, a count
# (`_COUNTED`), an amount ("lots of"), a verb of `_PHRASAL`, a verb of `_ATTACHED_TO_IT`
_MODALS_OF_HEDGE = ("can", "may", "could", "might", "will", "would")
_COUNT_WORDS = ("one", "a single", "many", "several", "multiple", "various", "different")
_LOTS_WORDS = ("lots of", "a lot of", "loads of", "plenty of")
_PHRASAL_WORDS = (" after", " care of", " up ", " in charge of", " part in", "out with", "through")
_ATTACHED_WORDS = ("attached", "linked", "assigned", "tied", "connected", "related")


@lru_cache(maxsize=64)
def _said_now(original: str) -> bool:
    """How things are done today, said anywhere in the request (`_NOW`): every clause of one
    request asks it of the same text, searched once (a long request has hundreds)."""
    return _NOW.search(original.lower()) is not None


def _read_said(
    clause: Clause, known: frozenset[str] = frozenset(), things: frozenset[str] = frozenset()
) -> Relate | None:
    """The relationship one clause states, as written."""
    if _said_now(clause.original):
        return None  # "Dispatchers currently use a whiteboard": how things are done today
    # (Speed, not meaning: each rewrite below runs only where its pattern's fixed words are in
    # the clause (a plain substring test); the clause is the same either way. Most clauses are
    # no link, and these ~30 unanchored patterns cost a fifth of a short request's regex time.)
    # "inspections belong to one hive each": "each" after the target says it of every subject
    s = _WANT_TO.sub("", clause.text)
    if "each" in s or "apiece" in s:
        s = _EACH_AT_END.sub("", s)
    if "each" in s:
        # "tickets should each have one owner": "each" after a plural subject says it of every
        # one
        s = _EACH_AFTER_SUBJECT.sub(r"\g<x> ", s)
        s = _EACH_AFTER_IRREGULAR.sub(_each_after_irregular, s)
    if holds_any(s, _MODALS_OF_HEDGE):
        # "a paper can in principle be presented in several sessions", "a book can occasionally
        # belong to two series": how sure or how often, said after the modal, is no part of
        # the link
        s = _HEDGE_AFTER_MODAL.sub(r"\g<m> ", s)
    if s.startswith(("each", "every")):
        # "each specimen in the herbarium belongs to one collector": where every subject is
        # kept, said after it, is no part of the link (an item, a line of a thing is its own
        # entity)
        s = _SUBJECT_KEPT_IN.sub(r"\g<x> ", s)
    # "tools can be in several categories", "voyages call at many ports": a modal before "be in"
    # says what "are in" does, and "call at" / "stop at" a counted place is visiting it (not
    # the "call" of a rename); "be on" a counted group is being in it ("players can be on many
    # teams", "a song can be on several albums")
    # (each of these needs a count, `_COUNTED`: a clause without one skips them)
    if holds_any(s, _COUNT_WORDS):
        s = _ASKED_LINK.sub(lambda m: f"{m['x'] or m['x2']} can {m['v'] or m['v2']}", s)
        s = _MAY_BE_IN_COUNTED.sub("belong to ", s)
        s = _COMPLEX_PREP_COUNTED.sub(r"\1 ", s)
        s = _MODAL_BE_AT_COUNTED.sub("is ", s)
        # "a lesson can be for several pupils": what "is for several pupils" says, allowed
        s = _MAY_BE_FOR_COUNTED.sub("is ", s)
        s = _CALLS_AT_COUNTED.sub("visit ", s)
    # "each nurse looks after many patients", "a steward takes care of several cabins": a
    # verb of more than one word is one verb (not "NurseLook"), and so is a verb of keeping
    # after one counted subject ("a depot keeps many trucks" is no request to keep depots)
    # ("volunteers take part in many drives": taking part in a thing is joining it)
    if holds_any(s, _PHRASAL_WORDS):
        s = _PHRASAL.sub(_one_verb, s)
    if "the one" in s:
        # "every quote is for the one move", "each van only has the one driver": "the one"
        # before the last noun is "one" said as people say it (not "the one who …")
        s = _THE_ONE.sub(r"\1 one ", s)
    if "the same" in s:
        # "and the same ingredient appears in many recipes": any one of them, as "an
        # ingredient"
        s = _THE_SAME.sub(r"\1a ", s)
    if "place" in s:
        # "each performance takes place at one venue": where a thing happens, as "is held at"
        s = _TAKES_PLACE.sub(r"is held \1", s)
    # (each of these needs a count, `_COUNTED`, or "lots of", `_LOTS_OF_THINGS`)
    if holds_any(s, _COUNT_WORDS) or holds_any(s, _LOTS_WORDS):
        s = _KEEPS_COUNTED.sub(r"\1 holds ", s)
        # "each canoe is kept in one shed": kept where, a place counted (not data that is kept)
        s = _KEPT_IN_COUNTED.sub(r"\1 stored \2 ", s)
        # "each cake is made for one order": made for (or by) a counted thing is for (by) it,
        # as "is for one event" is; "made" alone stays the "made optional" of a change
        # ("every weld was made by a single welder": a past passive links as the present)
        s = _MADE_FOR_COUNTED.sub(lambda m: f"{_PRESENT.get(m[1], m[1])} {m[2]} ", s)
        # "a volunteer does many shifts": "do" before a count is the main verb, not an
        # auxiliary
        s = _DOES_COUNTED.sub("have ", s)
    if holds_any(s, _ATTACHED_WORDS):
        # "a claim can have many photos attached to it": the link said again after the target
        s = _ATTACHED_TO_IT.sub("", s)
    if "time" in s or "once" in s:
        # "each barrel holds one vintage at a time": when it holds it is no part of the target
        s = _AT_A_TIME.sub("", s)
    if holds_any(s, ("only", "max", "most", "tops")):
        s = _ONE_ONLY.sub(r"\1", s)
    if holds_any(s, ("now", "days", "too", "well")):
        # nor is "now" after one thing named ("the brewery charges a deposit now"); "items
        # are really products now" says what they are
        s = _NOW_OR_TOO.sub(r"\1", s)
    if holds_any(s, ("properly", "correctly", "app", "system")):
        # "could each job be assigned to one engineer properly?": how well it is linked (done
        # in the app rather than typed into a sheet) is no part of the target
        s = _PROPERLY_IN_APP.sub("", s)
    # "… to one bar for the whole weekend", "… one desk all term": how long, no part either
    s = _FOR_A_PERIOD.sub(
        "",
        s,
    )
    # "each member can borrow up to three tools", "each van goes out with two drivers": a
    # count of two or more before a plural is "several" (README: a plural target with no "one"
    # links many to many); a count of units is a measure, no link ("lasts two nights")
    # (a passive place, "is stacked in two warehouses", is where one thing is, never several:
    # left as said, and asked)
    s = _SMALL_COUNT.sub(
        lambda m: m[0] if _PLACED_BEFORE.search(s[: m.start()]) else _small_count(m), s
    )
    # "…, each harvest from one farmer": the verb left out before a counted origin
    if (m := _VERBLESS_ORIGIN.match(s)) and not any(
        w.endswith("s") and not w.endswith(("ss", "us")) for w in m["x"].split()[1:]
    ):
        s = f"{m['x']} is {s[m.end() :]}"  # ("each employee works in …" has its verb)
    # "Relate Hive to Apiary, one apiary many hives": the kind said by counting each side
    if (
        holds_any(s, ("one", "1", "a single", "each"))
        and (counted := _COUNTS_AFTER.search(s))
        and (found := _read_relation(clause, s[: counted.start()], things=things))
        and (sides := _counted_sides(found, counted)) is not None
    ):
        return sides
    if "of them" in s and (m := _MANY_AFTER.search(s)) and s.count(",") == 1:
        s = _many_before_target(s[: m.start()])
    if _RESTATED.search(s) and (found := _restated(clause, s, things)) is not None:
        return found
    # "Link routes and setters (many-to-many)": the kind said after the link
    if (
        ("many" in s or ":" in s)
        and (said := _KIND_AFTER.search(s))
        and (found := _read_relation(clause, s[: said.start()], things=things))
    ):
        if rx(r"one[- ]to[- ]many|1:n").fullmatch(said["kind"]) and found.owner is not None:
            # "Relate Depot to Tram (one-to-many)": one depot, many trams: Tram → Depot
            return replace(found, owner=found.target, target=found.owner, kind="many_to_one",
                           stated=True, symmetric=False)  # fmt: skip
        kind = _stated_kind(said["kind"]) or found.kind
        return replace(found, kind=kind, stated=True, symmetric=kind == "many_to_many")
    return _read_relation(clause, s, known, things)


def _counted_sides(found: Relate, counted: re.Match[str]) -> Relate | None:
    """The link with the many side holding it, when the two counted are its two things (one
    X for many Ys: Y many_to_one X); None when they are other things."""
    one, many = read_noun(counted["one"]), read_noun(counted["many"])
    if found.owner is None or one is None or many is None:
        return None
    sides = {found.owner.name, found.target.name}
    if {one.name, many.name} != sides or one.name == many.name:
        return None
    holder = found.owner if found.owner.name == many.name else found.target
    other = found.target if holder is found.owner else found.owner
    return replace(
        found, owner=holder, target=other, kind="many_to_one", stated=True, symmetric=False
    )


def _many_before_target(s: str) -> str:
    """ "archers enter tournaments" → "archers enter many tournaments" (a plural last word)."""
    words = s.split()
    if len(words) >= 3 and singular(words[-1]) != words[-1] and words[-2] not in FILLER:
        return " ".join([*words[:-1], "many", words[-1]])
    return s


def _restated(clause: Clause, s: str, things: frozenset[str] = frozenset()) -> Relate | None:
    """The clauses of one sentence that each read as the same pair of entities, one way or
    the other, with one kind: that relationship (the first clause's owner)."""
    found = [_read_relation(clause, part.strip(), things=things) for part in _RESTATED.split(s)]
    if len(found) < 2 or any(f is None for f in found):
        return None
    pairs = {frozenset((f.owner.name, f.target.name)) for f in found if f and f.owner}
    kinds = {f.kind for f in found if f}
    if len(pairs) != 1:
        return None
    if len(kinds) == 1:
        return found[0]
    # "each kayak is in one club and a club has many kayaks": the side that says "one" holds
    # the link, as when the two are said in sentences of their own
    return next((f for f in found if f and f.kind == "many_to_one"), None)


# "the safeguarding officer is on my case", "the new manager is on my back": one particular
# person or thing ("the") said to be at the writer's own ("my") is talk about them, never a rule
# between two kinds of thing ("every task is on a board" is one)
_PARTICULAR_AT_MINE = re.compile(
    r"^the\s[^,;:]*?\b(?:is|are|was|were|'s)\s+(?:(?:always|still|now|really)\s+)?"
    r"(?:on|in|at|with|under|onto|off|all over)\s+my\b"
)


def _read_relation(
    clause: Clause,
    s: str,
    known: frozenset[str] = frozenset(),
    things: frozenset[str] = frozenset(),
) -> Relate | None:
    said = s
    if holds_any(s, PRACTICE_NOUN_WORDS):
        said = PRACTICE_AS_NOUN.sub(" thing", s)  # "every stay belongs to one dog": a thing
    if " by " in said:
        said = done_by_counted(said)  # (lv62) "each fair is organised by one committee"
    words = set(rx(r"[a-z-]+").findall(said)) - things
    if words & CONSTRAINT_WORDS or rx(r"\bnot\b|\bnever\b").search(s):
        return None
    if _PARTICULAR_AT_MINE.match(s):
        return None
    if m := _MAKE_BELONG.match(s):
        return _pair(clause, m["a"], m["b"], "many_to_one", True)
    if m := _ARE_KIND.match(s):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_many")
    if m := _ARE_LINKED.match(s):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_many")
    if (m := _TO_KIND.match(s)) or (
        clause.topic
        and clause.topic_sep in (":", "-", "—", ",")
        and rx(_KIND).fullmatch(s)
        and (m := _TO_KIND.match(f"{clause.topic}: {s}"))
    ):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_one")
    arrow = s
    if clause.topic and clause.topic_sep == "->":
        arrow = f"{clause.topic} -> {s}"  # "Forklift -> Warehouse (…)" was split as a topic
    if m := _ARROW.match(arrow):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_one")
    if m := _ARROW_COUNTED.match(arrow):
        # "van -> one driver", "Pallet → one Truck": the count said on the arrow's far end
        kind = "many_to_many" if rx(_MANY).match(m["card"]) else "many_to_one"
        return _pair(clause, m["a"], m["b"], kind, True)
    # "drivers and routes - many to many pls": the two things, then only their kind
    if (
        clause.topic
        and clause.topic_sep in (":", "-", "—")
        and rx(_KIND).fullmatch(s)
        and (m := _ARE_KIND.match(f"{clause.topic} are {s}"))
    ):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_many")
    drawn = s
    if clause.topic and clause.topic_sep in ("—", "-"):
        drawn = f"{clause.topic} -- {s}"  # "Tenant 1 -- 0..* Lease" was split at its line
    if m := _MULTIPLICITY.match(drawn):
        return _multiplicity_pair(clause, m)
    if m := _INFIX_KIND.match(s):
        # "route many-to-one wall" (written "route N:1 wall"); "one-to-many" puts the key on
        # the right-hand side
        if m["kind"].startswith(("one", "1")):
            return _pair(clause, m["b"], m["a"], "many_to_one", True)
        return _pair(clause, m["a"], m["b"], _stated_kind(m["kind"]) or "many_to_one", True)
    if m := _BETWEEN.match(s):
        return _kind_pair(clause, m["a"], m["b"], m["kind"], "many_to_many")
    if (
        m := _LINK.match(s) or _ADD_NAMED.match(s) or _ADD_FROM.match(s)
    ) and _SENTENCE_IN_END.search(f"{m['a']} {m['b']}"):
        # "Link Driver to Vehicle (driver has no vehicle yet)": a sentence in parentheses is no
        # part of an end's name (read in, it made "VehicleDriver"); the remark is set aside by
        # _closing_remark, or the request asked about
        return None
    if m := _LINK.match(s):
        return _link(clause, m["a"], m["b"], m["conj"])
    if m := _ADD_NAMED.match(s) or _ADD_FROM.match(s):
        a, said = m["a"], m["b"]
        if m.re is _ADD_NAMED and (pointing := _POINTING.match(a)) is not None:
            a, said = pointing["a"], pointing["t"]
        b = said
        if b in _THING_FRAMES and read_noun(b, records=True) is None:
            # "add a service relationship to Deploy": the app built is no end of a link, so a
            # frame word named as the link's other end is a thing kept
            b = f"{b} entity"
        if read_noun(a, records=True) is None or read_noun(b, records=True) is None:
            return None  # "add a grid reference to Site": a field of a place, no link
        relate = _kind_pair(clause, a, b, m["kind"], "many_to_one")
        if relate is not None and b != said:
            relate = replace(relate, target=replace(relate.target, explicit=False))
        return relate
    if (m := _NEEDS_NAMED.match(s)) is not None:
        a, b = m["a"], m["b"] or m["b2"]
        if read_noun(a, records=True) is None or read_noun(b, records=True) is None:
            return None
        if m["to"] == "link" and not re.search(
            rf"\blink\s+to\s+(?:an?\s+|the\s+|one\s+)?{re.escape(b[:1].upper())}", clause.original
        ):
            return None  # "a link to the video" may be a URL kept; "a link to Room" is a link
        if b.endswith("ing") and not re.search(
            rf"\b{re.escape(b[:1].upper() + b[1:])}", clause.original
        ):
            return None  # "a reporting relationship": a kind of relation, no thing at its end
        return _kind_pair(clause, a, b, m.groupdict().get("kind"), "many_to_one")
    if m := _PREDICATE.match(s) or _counted_predicate(s):
        topic = read_noun(clause.topic) if clause.topic else None
        return _svo(clause, None, topic, m["vp"], "belong", m["card"], m["b"])
    if clause.first:
        s = _LEAD.sub("", _PLUS_OPENS.sub("", s))
    return _subject_verb_object(clause, _OUR_COUNTED.sub("", _LEAD.sub("", s)), known)


# a parenthesis holding a verb of having or being (a sentence, not a name's note or a kind)
_SENTENCE_IN_END = re.compile(
    r"\([^()]*\b(?:has|have|had|is|are|was|were|belongs?|owns?|holds?|gets?|can|may|should"
    r"|must|will)\b[^()]*(?:\)|$)"
)


_PASSIVE_AUX = frozenset("get gets got gotten getting".split())
# Prepositions the verb phrase above would take for a verb, the word before them then read as
# part of the subject ("each booking sails aboard one vessel" is no BookingSail; after "is"
# one is where a thing is: "every shop is near one station")
_NO_VERB_PREPOSITIONS = frozenset(
    """aboard across past toward towards via through beside alongside beyond throughout near
    behind around along upon amid among between opposite beneath underneath during""".split()
)


# "recording sessions belong to a band", "logging devices are kept in one van": an -ing word
# before a plural and a verb of linking names a kind of thing, no command ("record sessions")
_GERUND_NAMES = re.compile(
    r"[a-z]+ing\s+[a-z]+s\s+(?:belongs?|are|is|go|goes|sit|sits|live|lives)\s+(?:to|in|at|on)\s"
)


# (lz63) "tracks appear on many playlists", "logs belong to one server", "records can have many
# tags": a command verb's -s form, then a verb of linking in its plain form, is a plural subject
# and its verb (read as "track appear", a thing Appear)
_PLURAL_THEN_VERB = re.compile(
    r"^[a-z]+s\s+(?:(?:can|may|might|will|often|usually|sometimes|also|each)\s+)*"
    r"(?:appear|belong|sit|live|have|contain|feature|include|show\s+up)\s+(?:on|in|to|at|many"
    r"|one|a|an|several|multiple|exactly|only|lots)\b"
)


_IS_REALLY = frozenset("really actually basically essentially truly".split())


def _subject_verb_object(
    clause: Clause, s: str, known: frozenset[str] = frozenset()
) -> Relate | None:
    """ "each shelf belongs to one warehouse": the subject is the shortest noun phrase
    before a verb phrase that ends in a noun phrase."""
    words = s.split()
    if not words or _SUBJECT_BLOCK.match(s):
        return None
    if (
        rx(rf"^(?:{COMMAND_VERBS})\b").match(s)
        and not _GERUND_NAMES.match(s)
        and not (_PLURAL_THEN_VERB.match(s) and singular(words[0]) not in FRAME_NOUNS)
    ):
        return None
    if s.count(",") >= 1 or "(" in s:
        return None  # a list or an annotation: fields, not a relationship
    # the longest subject first: "library members borrow books" (not "library" + "members")
    for cut in range(min(len(words) - 1, 4), 0, -1):
        subject, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if words[cut - 1] in _GLUE or words[cut - 1] in FILLER or set(words[:cut]) & _INNER_GLUE:
            continue
        if any(w in FILLER for w in words[1:cut]):
            continue  # "who won the football": a determiner inside is no noun phrase
        if cut > 1 and singular(words[cut - 2]) != words[cut - 2] and _known_verb(words[cut - 1]):
            continue  # "borrowers take home …": a plural noun and a verb agreeing with it
        if cut > 2 and words[0] in ("a", "an", "each", "every") and _verb_s(words[cut - 1]):
            continue  # "a recipe uses one oven": one thing counted, then its verb
        if cut > 1 and words[cut - 1] in _PASSIVE_AUX:
            continue  # "each parcel gets loaded into one van": "gets" is the verb's, no noun
        m = _VP.match(rest)
        if not m:
            continue
        if m["verb"] in _COUNT_ADVERBS and m["card"]:
            continue  # "each crate linked exactly one loan": "exactly" counts, it is no verb
        if m["p1"] in _WAY_PREPS and not (m["card"] in _COUNTED_ONE or _plural(m["b"])):
            continue  # "staff work through lunch": the way is no thing unless counted or plural
        if (
            m["vp"] == m["verb"]
            and m["verb"].endswith("ing")
            and m["card"] in (None, "a", "an", "the")
            and (is_verb(m["verb"][:-3]) or is_verb(m["verb"][:-3] + "e"))
        ):
            # "van making a funny noise again": a thing doing something, said with no verb
            # of its own, is news about it (a fragment), never a rule linking two things
            continue
        if m["verb"] in _NO_VERB_PREPOSITIONS and rest.split()[0] == m["verb"]:
            continue  # "every booking sails aboard a single vessel": no "BookingSail" aboard it
        if (
            not m["located"]
            and m["verb"] in _IS_REALLY
            and rx(r"(?:is|are|was|were)\s").match(m["vp"])
        ):
            continue  # "Injury is really an IncidentReport": what it really is names it again
        if m["verb"] == "read" and rx(r"(?:should|must)\s").match(m["vp"]):
            continue  # "gnomon angle should read shadow angle": what it shows, no link
        verb = "sit" if m["located"] else m["verb"]  # "is in a single building"
        if verb in ("go", "goes") and m["p1"] in ("into", "to", "in"):
            verb = "sit"  # "each delivery goes into a single silo"
        if verb in ("stay", "stays") and m["p1"] in ("in", "at") and m["card"] in _COUNTED_ONE:
            verb = "sit"  # "each dog stays in one kennel": where it is, counted
        if (
            verb == "used"
            and m["p1"] in ("in", "on", "by", "for", "at")
            and m["card"] not in (None, "a", "an", "the", "its", "their")
            and singular(m["b"].split()[-1]) not in _SPANS_OF_TIME
        ):
            verb = "fitted"  # "a part is used in many repairs", "… on one machine": counted, a link
        if verb == "back" and _particle_as_verb(words[cut - 1], m):
            pass  # (ma63) "sponsors back teams": "back" said as the verb (only "back": "teams
            # down tools", "crews up prices" are idioms, no link)
        elif verb in _NOT_RELATION_VERBS or verb in _GLUE or verb in _PARTICLES:
            continue  # ("operates out of one hub": "out" is the verb's particle, no verb)
        if verb in _SHOWING and m["card"] in ("the", "its", "their"):
            continue  # "I'd like sessions to show the seeing conditions": values shown, no link
        agrees = (
            verb in RELATION_VERBS
            and singular(words[cut - 1]) != words[cut - 1]
            and _plural(m["b"])
            and not m["card"]
        )
        if (verb in FRAME_NOUNS or verb in FIELD_HINTS or verb in TECH_WORDS) and not agrees:
            continue  # "technicians service turbines": a plural, the verb, a plural
        if set(m["b"].split()) & (_GLUE | _HAVE):
            continue
        if m["b"].split()[0] in WH_WORDS:
            continue  # "finance keeps asking what amt means": what is asked or said, no thing
        counted = m["card"] not in (None, "a", "an", "the", "its", "their")
        said = m["b"].split()
        while len(said) > 1 and said[-1] in _WHEN_SAID:
            said.pop()  # "works fine now", "works great again": when, said after how
        if len(said) == 1 and not counted and _describes(said[0]):
            # "the pet register works great": how it is, not what it is linked to ("one
            # tender", "a single express": a word counted is a thing, whatever else it means)
            continue
        if (
            len(said) == 1
            and m["card"] == "the"
            and singular(said[0]) == said[0]
            and first_sense(said[0]) in _NO_THING_KEPT
        ):
            continue  # "reports could include the weather": a condition noted, no thing kept
        if m["card"] is None and len(m["b"].split()) == 1 and _verb_only(m["b"]):
            continue  # "the safety lead insists": a noun, then what it does, links nothing
        if m["card"] is None and len(m["b"].split()) == 1 and is_comparative(m["b"]):
            continue  # "we want the bakery to run smoother": how it goes ("has a cleaner" links)
        if rx(r"[a-z]+\s+(?:back|out|up|down|off|through|over|away)").fullmatch(m["b"]):
            continue  # "the vet report came back": a verb and its particle, not a thing
        owner = _end_noun(clause, subject, subject=True)
        # (md64) "every payment comes from exactly one member": a record counted one by one,
        # then a count of another, is a link whatever its word names elsewhere (a sum)
        each_to_one = (
            subject.split()[0] in ("each", "every")
            and m["card"] in _COUNTED_ONE
            and singular(subject.split()[-1]) not in VALUE_NOUNS  # ("every email must match …")
        )
        if owner is None or (_fieldish(subject) and not _known_verb(verb) and not each_to_one):
            continue  # "email must match …" is a rule about a field
        card = m["card"] if m["card"] not in ("the", "its", "their") else None
        # "a coach has squads" says what "can have" says: many of a thing (rule 2)
        many_had = verb == "has" and _plural(m["b"])
        plurals = _plural(subject) and _plural(m["b"])
        # "a paddock can grow crops": a modal marks the word after it as a verb, and what one
        # thing can do to things in the plural is "can have" said with another verb (rule 2)
        modal_many = (
            rx(r"(?:can|may|could|will|shall)\s").match(m["vp"]) is not None
            and m["vp"].split()[-1] == verb
            and subject.split()[0] in ("a", "an", "each", "every")
            and is_verb(verb)
            and _plural(m["b"])
            # ("a form can collect emails": values a record holds are no things of their own)
            and singular(m["b"].split()[-1]) not in VALUE_NOUNS
        )
        if not _known_verb(verb) and not card and not plurals and not many_had and not modal_many:
            continue
        if plurals and not (_known_verb(verb) or card or many_had) and _unknown_word(verb):
            continue  # "all caps kpi reviews": a word the dictionary does not know is no verb
        return _svo(clause, subject, owner, m["vp"], verb, m["card"], m["b"], known)
    return None


def _particle_as_verb(before: str, m: re.Match[str]) -> bool:
    """ "sponsors back teams", "a fund can back many startups": a particle right after a
    plural subject (or after a modal) and straight before a plural object, with no preposition, is
    the verb WordNet also lists it as ("operates out of one hub", "staff off days" stay as
    they were: a verb's particle, a time)."""
    said = m["b"].split()
    return (
        m["p1"] is None
        and m["vp"].split()[-1] == m["verb"]
        and is_verb(m["verb"])
        and (
            singular(before) != before
            or rx(r"(?:can|may|could|will|shall|should|must)\s").match(m["vp"]) is not None
        )
        and _plural(m["b"])
        and singular(said[-1]) not in _SPANS_OF_TIME
    )


# WordNet's files of nouns that name no thing anyone keeps records of: a condition of the
# world, a feeling ("the weather", "the mood"; a first sense of a state or a quality is too
# loose a test: "the environment", "the pallet" are kept, and stay links)
_NO_THING_KEPT = frozenset({"noun.phenomenon", "noun.feeling"})


def _unknown_word(word: str) -> bool:
    """No form of `word` is in WordNet ("kpi", "upvotes"): nothing says it is a verb, so two
    plurals around it are not read as linked. Unknown when WordNet is absent: then False."""
    forms = {word, word[:-1], word[:-2]} if len(word) > 4 else {word}
    return all(in_wordnet(form) is False and not is_verb(form) for form in forms)


def _verb_s(word: str) -> bool:
    """ "uses", "holds": a linking verb's third person, which no noun counted as one ends in."""
    return singular(word) != word and _known_verb(word)


def _verb_only(word: str) -> bool:
    """A word WordNet knows only as a verb, in any of its forms ("insists", "agrees"): no
    thing, so no target."""
    forms = {word, word[:-1], word[:-2]} if len(word) > 4 else {word}
    return is_noun(word) is False and any(is_verb(f) for f in forms)


# words of when after how a thing does ("works fine now", "runs well again"): closed class
_WHEN_SAID = frozenset("now again already today lately still too though".split())


def _describes(word: str) -> bool:
    """A word the dictionary knows, but not as a noun ("great", "brilliantly"): no target."""
    known = in_wordnet(word) or in_wordnet(singular(word))
    return bool(known) and is_noun(word) is False


def _counted_predicate(text: str) -> re.Match[str] | None:
    m = _COUNTED_PREDICATE.match(text)
    if m is None or singular(m["b"].split()[-1]) in _SPANS_OF_TIME:
        return None  # ("is paid by one day": a time, no thing)
    return m


def read_predicate(text: str, owner: Noun | None, segment: int) -> Relate | None:
    """ "belongs to one department" said of `owner` (the subject of the sentence)."""
    m = _PREDICATE.match(text.strip()) or _counted_predicate(text.strip())
    if m is None:
        return None
    clause = Clause(text, text, None, "", segment, False)
    return _svo(clause, None, owner, m["vp"], "belong", m["card"], m["b"])


# Verbs of where a thing goes or stays that are no linking verbs of their own ("… and stays in
# one kennel", "… and travels on many routes"): said after "and", the subject's second link
_WHERE_VERBS = frozenset(
    "stays goes travels moves comes sleeps returns arrives departs stops calls lands docks".split()
)
# Words that open a noun phrase, never a verb phrase ("… and the desks get shared")
_NOUN_OPENERS = frozenset("the these those its their our my this that".split())


def opens_own_subject(first_said: str, first: Relate, said: str) -> bool:
    """ "each order has one customer and items in many boxes", "bands play many gigs and gigs in
    one venue sell out": the words after "and" open with a thing (a determiner, the first
    link's target again, a plural only a noun, or one more thing the subject has), not with a
    verb of the subject; so they are no second link of it ("in many boxes" says where the
    items are)."""
    words = said.split()
    if not words:
        return False
    head = words[0]
    if head in _NOUN_OPENERS:
        return True
    if singular(head) in {singular(w) for w in first.target.words}:
        return True  # the first link's target, said again as a subject of its own
    if len(words) <= 2:
        return False  # "a farrier shoes many horses and donkeys": one more target of the verb
    if singular(head) == head or is_noun(singular(head)) is not True:
        return False  # not a plural noun: a verb of the subject may well open the words
    if not is_verb_form(head):
        return True  # "items", "lessons": a plural no verb is spelt as ("lives" is one)
    # "notes", "parcels": a noun or a verb; after "has one customer and" one more thing had
    had = bool(set(first_said.split()) & _HAVE)
    return had and not _known_verb(head) and head not in _WHERE_VERBS


def _known_verb(verb: str) -> bool:
    """A verb that links two things, in any of its forms; "re" before one ("reused",
    "reassigns") does it again, and links as it does."""
    if verb.startswith("re") and len(verb) > 4 and _known_verb(verb[2:]):
        return True
    # only an inflection is cut ("-s", "-es", "-ed", "-ies"): "rider", "player" are people,
    # not "ride" and "play" ("Team & rider setup" is a title, no link)
    forms = (verb, verb[:-1], verb[:-2], verb[:-3] + "y", verb[:-2] + "e", verb[:-1] + "e")
    for base in forms if verb.endswith(("s", "d")) else forms[:1]:
        if base in RELATION_VERBS:
            return True
    return False


def _multiplicity_pair(clause: Clause, m: re.Match[str]) -> Relate | None:
    """The link a diagram line draws: the end marked many holds the key to the end marked one
    ("A *--1 B" is A many_to_one B, "A 1--* B" is B many_to_one A); many at both ends is
    many_to_many, one at both ends a link from the first."""
    many_a, many_b = (
        m[side] not in (None, "1", "0..1", "1..1", "||", "|o", "o|") for side in ("ma", "mb")
    )
    many_a = many_a or m["ca"] in ("}o", "}|")
    many_b = many_b or m["cb"] in ("o{", "|{")
    if many_a and many_b:
        return _pair(clause, m["a"], m["b"], "many_to_many", True)
    if many_b:
        return _pair(clause, m["b"], m["a"], "many_to_one", True)
    return _pair(clause, m["a"], m["b"], "many_to_one", True)


def _stated_kind(kind: str | None) -> RelationshipKind | None:
    if kind is None:
        return None
    kind = kind.replace(" ", "-")
    if kind in ("many-to-many", "m:n", "n:m"):
        return "many_to_many"
    return "many_to_one"


def _kind_pair(
    clause: Clause, a: str, b: str, said: str | None, default: RelationshipKind
) -> Relate | None:
    """X and Y with the kind as said: "one-to-many" (or 1:N) from X to Y is one X for many
    Ys, so the link is Y many-to-one X; no kind said gives `default`, not stated."""
    if said is not None and rx(r"one[- ]to[- ]many|1:n").fullmatch(said):
        return _pair(clause, b, a, "many_to_one", True)
    return _pair(clause, a, b, _stated_kind(said) or default, said is not None)


def _pair(clause: Clause, a: str, b: str, kind: RelationshipKind, stated: bool) -> Relate | None:
    owner, target = _end_noun(clause, a), _end_noun(clause, b)
    if owner is None or target is None or (owner.name == target.name and kind != "many_to_one"):
        return None
    if _the_app_itself(owner, target, b):
        return None
    symmetric = kind == "many_to_many"
    return Relate(owner, target, kind, stated, clause.segment, symmetric=symmetric)


# Frame words that are also things kept: a dig site, a railway platform, a car model, a
# restaurant table, a training programme, a church service
_THING_FRAMES = frozenset(
    """site sites platform platforms model models table tables programme programmes program
    programs service services resource resources portal portals server servers tool tools""".split()
)  # ((lw62) "each tool loan is for a single tool": a tool counted is one lent or hired out)


# Words kept for a change ("in the next release", "version 2") that are also things a
# business keeps: a record label's releases, a document's versions. Counted ("each release")
# or written as a name ("Relate Track to Release") they end a link. So does "application":
# the app being built is one and never counted, a job or loan application is ("each
# application belongs to one vacancy").
# An issue tracker's bugs and features are the same: "fix the bug" names none, "Relate Bug to
# Build" and "each bug belongs to one release" do; (ly62) so are a match's goals: "each goal
# belongs to one match", "Link Goal to Player" (a plan's goals are never counted so).
_COUNTED_THINGS = frozenset("release version application bug feature goal".split())


def _end_noun(clause: Clause, said: str, subject: bool = False) -> Noun | None:
    """An end of a link; a frame word written as a name ("Relate Sighting to Site", "Link
    Train to Platform") is an entity of the request, not the app being built. Counted ("each
    server", "one platform", and as the subject "a server") it is one of many things kept:
    the app being built is one and is never counted."""
    said = _POSTPOSITIVE.sub("", said)
    noun = read_noun(said, records=True)
    words = [w for w in said.split() if w not in FILLER]
    if noun is not None or len(words) != 1 or words[0] not in _THING_FRAMES | _COUNTED_THINGS:
        return noun
    counted = words[0] in _COUNTED_THINGS and rx(r"(?:each|every|one|a single)\s").match(said)
    if subject and words[0] in _THING_FRAMES:
        counted = rx(r"(?:each|every|one|a single|a|an)\s").match(said)
    bare = said.strip() == words[0]  # a name is written bare: "to Site", not "to the Site"
    written = bare and re.search(rf"(?<=\s){words[0].capitalize()}\b", clause.original)
    if not counted and not written:
        return None  # "link members to the app", "… to the Platform": the app built
    noun = read_noun(f"{words[0]} entity")
    if noun is None and words[0] in ("bug", "feature"):
        return Noun(words[0].capitalize(), False, (words[0],))  # no reader takes these as names
    return replace(noun, explicit=False) if noun is not None else None


# (mix59) "the rider involved", "the policy concerned", "the nurse in charge": English puts
# these few words after the noun they pick out; they are no word of the thing's name
_POSTPOSITIVE = re.compile(
    r"(?<=[a-z])\s+(?:involved|concerned|responsible|affected|in question|in charge)$"
)


_SINGLE = re.compile(r"^(?:exactly one|only one|just one|one single|a single|single)\s+")


_PER = re.compile(
    r"^(?P<b>.+?)\s*(?:,|\s[-\u2014]|\()\s*(?:with\s+|so\s+)?"
    r"(?:one|a single|exactly one|only one)\s+"
    r"(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s+(?:per|for each|for every)\s+(?P<y>[a-z-]+(?:\s[a-z-]+)?)"
    r"\s*\)?$"
)


def _same_kind(named: Noun, said: Noun) -> bool:
    """ "one wind farm per turbine" of WindTurbine: a name said shorter, by its head noun."""
    return named.name == said.name or named.name.endswith(said.name)


# (md64) "Connect Payment to Member: every payment comes from exactly one member": a remark
# after a colon or a spaced dash that says the link again, each one counted, is no part of the
# end's name (it was read as nothing)
_LINK_RESTATED = re.compile(r"\s*(?::|\s[-–—])\s*(?=(?:each|every)\s)")


def _link(clause: Clause, a: str, b: str, conj: str) -> Relate | None:
    told = None
    if (said := _LINK_RESTATED.search(b)) is not None:
        # the remark read alone says the link's kind, when it links the same two things
        told = _read_said(replace(clause, text=b[said.end() :]), frozenset(), frozenset())
        b = b[: said.start()]
    if m := _PER.match(b):
        # "link laptops to employees - one employee per laptop": the remark says which side
        # holds one of the other
        owner, target = read_noun(a), read_noun(m["b"])
        x, y = read_noun(m["x"]), read_noun(m["y"])
        if owner and target and x and y:
            if _same_kind(target, x) and _same_kind(owner, y):
                return Relate(owner, target, "many_to_one", True, clause.segment)
            if _same_kind(owner, x) and _same_kind(target, y):
                return Relate(target, owner, "many_to_one", True, clause.segment)
    if infer_type(a.split()) in (AttrType.DATE, AttrType.DATETIME):
        return None  # "…, join date and phone number": a date listed, not a verb linking things
    # "link each invoice to a single customer": the cardinality is no part of the name
    one = bool(_SINGLE.match(b))
    b = _SINGLE.sub("", b)
    owner, target = _end_noun(clause, a), _end_noun(clause, b)
    if owner is None or target is None:
        return None
    if told is not None and {told.owner.name, told.target.name} == {owner.name, target.name}:
        return told
    # "link the children with the activities": "the" before a plural still says many, and so
    # does "their" ("link hirers to their bookings": each has many; "to their owner", one)
    if one or (conj in ("to", "with") and not _plural(rx(r"^(?:the|their)\s+").sub("", b))):
        return Relate(owner, target, "many_to_one", one, clause.segment)
    return Relate(owner, target, "many_to_many", False, clause.segment, symmetric=True)


# Frame words that are places when counted ("at one site", "from a single store")
_PLACE_FRAMES = frozenset("site sites store stores desk desks".split())


def _the_app_itself(owner: Noun, target: Noun, phrase: str) -> bool:
    """ "Each ticket belongs to one ticketing system": a frame phrase named after the owner is
    the app being built, not a link from a ticket to a ticket."""
    words = phrase.split()
    return owner.name == target.name and bool(words) and words[-1].strip(".,;") in FRAME_NOUNS


def _svo(
    clause: Clause,
    subject: str | None,
    owner: Noun | None,
    vp: str,
    verb: str,
    card: str | None,
    b: str,
    known: frozenset[str] = frozenset(),
) -> Relate | None:
    if len(b.split()) > 4 or "," in b:
        return None
    if card is None and b.strip() in ("flag", "flags") and verb.endswith(("ed", "en", "wn")):
        return None  # "(also) a photo taken flag", "a queen marked flag": a yes/no field
    if _described_frame(b):
        return None  # "claims are stored in a relational database": where the app keeps them
    if (said_as := rx(r"as\s+(?P<t>.+)$").match(b.strip())) and type_phrase(said_as["t"]):
        return None  # "total stored as decimal": how a value is kept is its type, no thing
    target = read_noun(b, records=True)
    declared = target is not None and target.name in known
    stated = card is not None and card not in ("a", "an", "the", "its", "their")
    if target is None and card is not None and b in _COUNTED_THINGS:
        target = _end_noun(clause, f"one {b}")  # "belongs to one release": a thing counted
    if target is None and stated and b in _PLACE_FRAMES | _THING_FRAMES:
        # "is done at one site", "belongs to exactly one service": a frame word counted is a
        # thing kept (the app being built is one and is never counted)
        target = read_noun(f"{b} entity")
        target = replace(target, explicit=False) if target is not None else None
    if owner is not None and target is not None and _the_app_itself(owner, target, b):
        return None
    people = verb in _HAVE and card is None and _people_or_groups(b)
    if target is None or (
        _value_head(b)
        and not declared
        and not people
        and not (stated and verb not in _HAVE)
        # ("volunteers cover distribution days": days that happen, a bare plural after a verb
        # of doing, are things linked, as "a venue hosts many tour dates" is; "is extended with
        # a band date" adds a value)
        and not (
            card is None
            and _plural(b)
            and _event_held(verb, b)
            and b.split()[0] not in _CALENDAR_KINDS
        )
    ):
        return None  # "orders are shipped to one address" links; "has a date" is a field
    many = card is not None and rx(_MANY).fullmatch(card) is not None
    # "pupils linked to their allergies": "their" before a plural says many, as it does after
    # "link … to" (`_link`); "belongs to their club" still says one
    one = card is not None and not many and not (card == "their" and _plural(b))
    if (
        (many or (verb in _HAVE and card is None))
        and value_list(b)
        and not declared
        and not _event_held(verb, b)
    ):
        return None  # "a member can have several phone numbers": values, not a relationship
    can = vp.startswith(("can ", "may ", "could "))
    if " also " in f" {vp} " and not (one and card not in ("a", "an", "the")) and not many:
        return None  # "tasks could also carry a priority": a field added
    if subject and rx(r"^(?:one|a single|exactly one)\s").match(subject) and (many or _plural(b)):
        # "One customer places many orders": the key lives on the many side
        if owner is None:
            return None
        return Relate(target, owner, "many_to_one", True, clause.segment)
    # "has a hatch date" states a field; "has one author", "has many books", "can have
    # shelves", "can have an owner" state a relationship.
    stated_one = one and card not in ("a", "an", "the", "its", "their")
    # "each book has an author" says what "a book can have an author" says: one person is
    # another record, linked (rule 1); "each book has a title" stays a field
    person = card in ("a", "an") and _one_person(b)
    if (
        verb in _HAVE
        and not stated_one
        and not (many or can or person or (card is None and _plural(b)))
    ):
        return None
    if ("belong" in vp and not many) or one:
        kind: RelationshipKind = "many_to_one"
    elif many or _plural(b):
        kind = "many_to_many"
    else:
        kind = "many_to_one"
    stated = (card is not None and card not in ("a", "an", "the", "its", "their")) or "belong" in vp
    return Relate(owner, target, kind, stated, clause.segment)


# Words that say which days of the calendar, not what happens on them: "staff work weekend
# days" says when they work, no thing of its own
_CALENDAR_KINDS = frozenset(
    """weekend week working work school bank sick rest holiday off half full whole long short
    some all most other these those many few certain""".split()
)


# Verbs that keep or take values: many of a value after them is still a list of values
_KEEPS_VALUES = frozenset(
    """store stores record records keep keeps collect collects list lists capture captures
    track tracks log logs save saves accept accepts take takes need needs require requires use
    uses want wants get gets receive receives send sends give gives""".split()
)


def _event_held(verb: str, phrase: str) -> bool:
    """ "a venue hosts many tour dates": a thing that happens on a date ("tour dates", "match
    days"), two words, after a verb that holds events, is a thing of its own, linked; "a
    member can have several phone numbers" and "a form collects many emails" stay values."""
    words = phrase.split()
    return (
        verb not in _HAVE
        and verb not in _KEEPS_VALUES
        and len(words) == 2
        and singular(words[-1]) in ("date", "day", "night", "evening")
        and singular(words[0]) not in VALUE_NOUNS
    )


def _people_or_groups(phrase: str) -> bool:
    """ "a party can have guests", "a coach has squads": a bare plural naming people or groups
    of them is records kept, though "guests" or "team" may be a count or a field in a list
    ("a room with guests"); "a book has pages" stays a count."""
    words = phrase.split()
    if len(words) != 1 or not _plural(phrase):
        return False
    return first_sense(singular(words[0])) in ("noun.person", "noun.group")


def _one_person(phrase: str) -> bool:
    """ "an author", "a landlord": one word naming a person, which a record has as another
    record, never as a value of its own (WordNet's first sense; no WordNet: False)."""
    words = phrase.split()
    return len(words) == 1 and not _plural(phrase) and first_sense(words[0]) == "noun.person"


def _described_frame(phrase: str) -> bool:
    """ "a relational database", "a separate table", "the shared platform": a frame word with
    only describing words before it names how the app stores things, not a thing of its own
    (a noun before it would: "the member database" is about members)."""
    words = [w for w in rx(r"[a-z]+").findall(phrase) if w not in FILLER]
    return len(words) > 1 and words[-1] in FRAME_NOUNS and all(_describes(w) for w in words[:-1])


def _plural(phrase: str) -> bool:
    words = rx(r"[a-z]+").findall(phrase)
    if not words or words[0] in ("a", "an", "one", "the", "its", "their", "single"):
        return False
    last = words[-1]
    return singular(last) != last


def names_a_value(phrase: str) -> bool:
    """Whether a phrase's head names a value ("due date", "shelf mark"), not a thing (public
    for the recognizer's check on who owns a link)."""
    return _value_head(phrase)


def _value_head(phrase: str) -> bool:
    """A phrase whose head noun names a value: "a hatch date", "a phone number". "phone
    lines", "contact persons" name things (the modifier is a value word, the head is not):
    those can be entities a relationship points at."""
    words = [w for w in rx(r"[a-z]+").findall(phrase) if w not in ("a", "an", "the", "one")]
    if not words:
        return True
    if len(words) > 1 and words[-1] == "flag" and words[-2] != "feature":
        return True  # "a donation flag", "a fire risk flag": a yes/no value ("a flag" is a flag)
    if len(words) > 1 and words[-1] in _SORT_NOUNS | _MARK_NOUNS:
        # "carries a blade type": which sort of blade the thing has, a value; "should carry a
        # shelf mark": a mark or reference with what it marks before it is a value written
        # on the thing, never a record of its own
        return True
    if len(words) > 1 and words[-1] in _WORDING_NOUNS:
        return True  # "carries a gift message", "a tyre brand": words said of it, one value
    return words[-1] in FIELD_HINTS or _typed_value(words)


def _typed_value(words: list[str]) -> bool:
    """A type other than text for `words`; room counted ("places", "berths": a count in a
    list of fields) is also a thing a link may point at ("tourists visit places")."""
    return words[-1] not in ROOM_FOR and infer_type(words).value != "str"


# Nouns that say which sort a thing is of (a closed class); with a modifier ("a blade type",
# "a fuel kind") they name a value of the thing, never a record of its own ("one room type"
# said with a count still links)
_SORT_NOUNS = frozenset("type types kind kinds sort sorts".split())
_MARK_NOUNS = frozenset("mark marks marking markings reference ref".split())
# Singular nouns for wording or a name a thing bears ("a gift message", "a tyre brand", "a
# photo caption"): with a modifier, a value of the thing, never a record linked ("chat
# messages", plural, can still be things of their own)
_WORDING_NOUNS = frozenset("message brand caption alias slogan motto".split())


_VALUES_HELD = re.compile(
    r"^(?P<a>(?:(?:a|an|the|each|every|one)\s+)?[a-z][a-z -]*?)\s+"
    r"(?P<modal>(?:can|may|could|will|should|might)\s+(?:also\s+)?)?"
    r"(?:have|has|hold|holds|own|owns|keep|keeps|get|gets|contain|contains|need|needs)\s+"
    rf"(?:(?P<card>{_MANY})\s+)?(?P<b>[a-z][a-z -]*)$"
)


def read_value_list(clause: Clause) -> tuple[Noun, str] | None:
    """ "a member can have several phone numbers": (Member, "several phone numbers") — a list
    of values said of an entity, which no field holds (see `value_list`)."""
    m = _VALUES_HELD.match(_WANT_TO.sub("", clause.text))
    if m is None or not (m["card"] or m["modal"]) or not value_list(m["b"]):
        return None
    owner = read_noun(m["a"])
    if owner is None:
        return None
    said = f"{m['card']} {m['b']}" if m["card"] else m["b"]
    return owner, said


def value_list(phrase: str) -> bool:
    """ "phone numbers", "emails", "addresses", "tags": the plural of a value. A record holds
    one value per field and no list of them, and an entity of its own would be invented: the
    request is asked about (docs/recognition.md, "several of a value")."""
    words = [w for w in rx(r"[a-z]+").findall(phrase) if w not in FILLER]
    if not words or singular(words[-1]) == words[-1] or words[-1] in PLURAL_FIELDS:
        return False  # "an inspection can have optional notes": a field named in the plural
    if (len(words) > 1 and words[-1] in UNIT_WORDS) or singular(words[-1]) in UNIT_WORDS:
        # "area hectares", "load tonnes": a measure in a unit, one value; "cms", "kgs" are
        # the plural of a unit (or letters: a CMS), never a list of values (mea59)
        return False
    return singular(words[-1]) in VALUE_NOUNS or infer_type(
        [*words[:-1], singular(words[-1])]
    ).value not in ("str", "int")


def _fieldish(phrase: str) -> bool:
    words = [w for w in rx(r"[a-z]+").findall(phrase) if w not in ("a", "an", "the", "one")]
    if not words:
        return True
    return bool(FIELD_HINTS.intersection(words)) or _typed_value(words)


# A link between two things the request declares, whatever its verb (read_declared_link).
# The counts that decide its kind (README cardinality rule), longest first
_DECLARED_ONE = (
    "exactly one", "only one", "just one", "one single", "a single", "single", "one", "a", "an"
)  # fmt: skip
_DECLARED_MANY = ("lots of", "a lot of", "many", "several", "multiple", "numerous")
# Words that make the clause no plain statement of a link: a negation ("no booking goes on more
# than one vessel" bounds a count, which is no "one"), a condition or a time ("if a booking
# goes on a vessel, …"), a question, a comparison, a count that is no one and no many ("at
# most", "two"), or a second clause
_NO_PLAIN_LINK = frozenset(
    """no not never nor neither none nothing nobody without cannot if unless when whenever once
    until before after while because since whether though although than more less fewer most
    least max maximum min minimum up same other another different both either two three four
    five and or but so then which who whom whose that where what why how instead except unlike
    like as too also maybe perhaps possibly sometimes hardly rarely seldom barely
    scarcely""".split()
)
# Verbs that say what a thing is, becomes or is called, what is done to its record (a
# permission: docs/recognition.md; a change: "each crate is removed from one warehouse"), or
# what someone said or knows: none of them links two things
_NOT_A_LINK_VERB = frozenset(
    """become becomes became becoming replace replaces replaced replacing mean means meant
    call calls called name names named rename renames renamed equal equals equalled inherit
    inherits inherited extend extends extended resemble resembles differ differs merge merges
    merged split splits copy copies copied duplicate duplicates duplicated outnumber
    outnumbers exceed exceeds edit edits edited view views viewed delete deletes deleted update
    updates updated modify modifies modified access accesses accessed cancel cancels cancelled
    export exports exported download downloads downloaded say says said ask asks asked tell
    tells told want wants wanted need needs needed cost costs know knows knew known add adds
    added remove removes removed create creates created change changes changed drop drops
    dropped set sets""".split()
)
_COPULA = frozenset("is are was were be been being get gets got".split())
_MODAL_TO = frozenset("has have had needs need ought".split())
_DECLARED_MODALS = frozenset("can may must should will would could shall might".split())
_DECLARED_ADVERBS = frozenset("only ever always each".split())  # ("usually": it may not)
# What may follow a link's verb: its particle and preposition ("is done by", "comes from",
# "goes on", "is carried out by")
_LINK_PARTICLES = frozenset(
    """to in on at by for from with into onto under out up off over through of inside within
    about across along around via against among back away down aboard toward towards
    upon""".split()
)
_SUBJECT_COUNT = frozenset("each every a an one the".split())


def _declared_as(words: list[str], declared: dict[str, Noun]) -> Noun | None:
    """The declared thing a phrase names: its words, the last in the singular ("phone
    repairs", "zakat payment"), or its name run together ("streetpermit")."""
    if not words or not all(w.isalpha() for w in words):
        return None
    said = (*words[:-1], singular(words[-1]))
    for noun in declared.values():
        own = (*noun.words[:-1], singular(noun.words[-1])) if noun.words else ()
        if said == own or "".join(said) == noun.name.lower():
            return noun
    return None


def read_declared_link(text: str, declared: dict[str, Noun], segment: int) -> Relate | None:
    """ "each phone repair is done by one technician", "with pilots holding many type
    ratings", "each booking goes on one vessel": a clause whose subject and last noun are
    both things the request declares with fields of their own, joined by a verb no reader
    knows, is the link between them, its kind by the cardinality rule from the subject. A
    negation, a condition, a question or a thing not declared is no such link (asked)."""
    if "?" in text or rx(r"n't\b|[,;:()]").search(text):
        return None
    words = rx(r"[a-z']+").findall(text.lower())
    while words and words[0] in ("with", "and", "where", "plus", "so"):
        words = words[1:]
    if words and words[-1] == "each":
        words = words[:-1]  # "… belong to one vessel each"
    if len(words) < 3 or set(words) & _NO_PLAIN_LINK:
        return None
    counted = words[0] if words[0] in _SUBJECT_COUNT else None
    rest = words[1:] if counted else words
    owner = target = None
    said = 0  # the subject's words
    for said in range(min(4, len(rest) - 2), 0, -1):
        if (owner := _declared_as(rest[:said], declared)) is not None:
            break
    if owner is None:
        return None
    middle: list[str] = []
    for cut in range(min(4, len(rest) - said - 1), 0, -1):
        if (target := _declared_as(rest[len(rest) - cut :], declared)) is not None:
            middle = rest[said : len(rest) - cut]
            break
    if target is None or target.name == owner.name or not middle:
        return None
    if counted is None and singular(rest[said - 1]) == rest[said - 1]:
        return None  # "booking goes on …": a singular said bare is no thing counted
    card, vp = _count_said(middle)
    if not _plain_link_verb(vp):
        return None
    plural_target = singular(rest[-1]) != rest[-1]
    many = card in _DECLARED_MANY or (card is None and plural_target)
    if counted == "one" and many:
        # "one technician does many phone repairs": the many side holds the link (rule 4)
        return Relate(target, owner, "many_to_one", True, segment)
    if card in ("the", None) and not plural_target:
        # "each invoice mentions the customer": a verb no reader knows needs a count or two
        # plurals (docs/recognition.md, rule 3); "the" may point at one customer of the talk
        return None
    kind: RelationshipKind = "many_to_many" if many else "many_to_one"
    stated = card is not None
    return Relate(owner, target, kind, stated, segment, symmetric=False)


def _count_said(middle: list[str]) -> tuple[str | None, list[str]]:
    """The count before a link's target and the verb phrase before it."""
    said = " ".join(middle)
    for count in (*_DECLARED_MANY, *_DECLARED_ONE, "the"):
        if said == count or said.endswith(f" {count}"):
            return count, middle[: len(middle) - len(count.split())]
    return None, middle


def _plain_link_verb(vp: list[str]) -> bool:
    """ "goes on", "is done by", "can have", "holding", "belonging to": a verb, its modal
    and auxiliary before it and its particles after, and nothing else."""
    words = list(vp)
    while words and (
        words[0] in _DECLARED_MODALS
        or words[0] in _DECLARED_ADVERBS
        or (words[0] in _MODAL_TO and words[1:2] == ["to"])
    ):
        # "has to go on", "needs to be loaded onto": a modal said with "to"
        words = words[2:] if words[0] in _MODAL_TO and words[1:2] == ["to"] else words[1:]
    if words and words[0] in _COPULA:
        words = words[1:]  # "is done by", "is on": the verb after it, or a place
        while words and words[0] in _DECLARED_ADVERBS:
            words = words[1:]
        if words and words[0] in _LINK_PARTICLES and all(w in _LINK_PARTICLES for w in words):
            return True  # "is on one vessel", "are in one depot"
    if not words or len(words) > 4 or words[0] in _NOT_A_LINK_VERB:
        return False
    if words[0] in _COPULA or words[0] in _LINK_PARTICLES or words[0] in FILLER:
        return False
    if not (_known_verb(words[0]) or is_verb_form(words[0])):
        return False
    return all(w in _LINK_PARTICLES for w in words[1:])
