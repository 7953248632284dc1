"""Stage 0 of recognition: request text → clean text that the later stages can trust.

What a person typed may carry invisible or decorative characters that must not change what
is recognized: zero-width characters and NUL are removed; emoji and other pictographs become a
space (so "students 🎓 with name" still reads); accents are folded, never dropped ("ñame" →
"name", "émail" → "email"); curly quotes, dashes (two hyphens typed between words too) and
arrows get one spelling each. A run of blanks, blank lines or one repeated mark longer than 16
is cut to 16 first (blank lines to one empty line): it says no more, and some rules took time
quadratic in a run's length.
Two different spellings that fold to the same word are remembered (`Cleaned.spellings`), so
a later stage can refuse "name and ñame" instead of silently merging them.

PascalCase words are split into their words ("CakeOrder" → "Cake Order", "StaffMember" →
"Staff Member") and snake_case into spaced words ("contact_email" → "contact email"), so a
name reads the same however it was written; the words that were written capitalised are kept
as entity evidence (`Cleaned.capitalised`). Misspelt glue words ("pls", "shoud", "w/") get
their usual spelling; names are never corrected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from baes_tui.core.inflection import singular
from baes_tui.recognition.asides import is_background
from baes_tui.recognition.ddl import (
    ddl_as_sentences,
    rails_as_sentences,
    rails_model_as_sentence,
)
from baes_tui.recognition.fields import FIELD_LIST_OPENS, asks_a_state, done_to_one_thing
from baes_tui.recognition.lexicon import (
    BOOL_WORDS,
    COMMAND_VERBS,
    CREATE_VERBS,
    DATE_WORDS,
    DECIMAL_WORDS,
    FIELD_HINTS,
    FILLER,
    FLOAT_WORDS,
    FRAME_NOUNS,
    INT_WORDS,
    INTERJECTIONS,
    MANAGE_VERBS,
    PRACTICE_WORDS,
    SYSTEM_WORDS,
    TECH_WORDS,
    TIME_NAMES,
    TYPE_ALTERNATION,
    TYPE_WORDS,
    UNIT_WORDS,
)
from baes_tui.recognition.model_code import models_as_sentences, python_models_as_sentences
from baes_tui.recognition.nouns import (
    THING_KINDS,
    first_sense,
    in_wordnet,
    is_noun,
    is_verb,
    known_only_as_name,
    mostly_describes,
    respelt_noun,
)
from baes_tui.recognition.orm import orm_links
from baes_tui.recognition.patterns import may_hold as _may_hold
from baes_tui.recognition.patterns import rx

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00")
_CHAR_MAP = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": " — ", "—": " — ", "―": " — ", "→": " -> ", "⇒": " -> ", "⟶": " -> ", "➔": " -> ",
    "•": "-", "·": "-", "…": "...", "\t": "    ", "×": " x ",
    "°": " degrees ",  # "Oven Temp (°C)": a temperature's unit, not a symbol to drop
}  # fmt: skip
# Glue words people misspell or abbreviate; only words that never name a field or an entity.
GLUE_TYPOS = {
    "pls": "please", "plz": "please", "pleas": "please", "shoud": "should", "shuold": "should",
    "sould": "should", "u": "you", "ur": "your", "w/": "with ", "w/o": "without ", "rm": "remove",
    "thx": "thanks", "dont": "don't", "doesnt": "doesn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "its'": "its", "teh": "the", "wiht": "with", "whith": "with", "adn": "and",
    "nad": "and", "creat": "create", "col": "column", "cols": "columns", "managment": "management",
    "mange": "manage", "manag": "manage", "remvoe": "remove", "delte": "delete", "ad": "add",
    "shold": "should", "recieve": "receive", "dirctory": "directory", "directroy": "directory",
    "invntory": "inventory", "inventroy": "inventory", "sytem": "system", "systme": "system",
    "rentel": "rental", "databse": "database", "nedd": "need", "ned": "need", "whit": "with",
    # "a props lsit for the show": the frame's middle letters swapped (never a thing's name)
    "lsit": "list", "lsits": "lists",
    # (ly62) "canyou make the refund amount optinal": the space of a polite ask left out
    "canyou": "can you", "couldyou": "could you", "wouldyou": "would you", "canu": "can you",
    "couldu": "could you", "pleasecan": "please can",
    # "keep the visiters on the computor": where things are kept, never a thing's name
    "computor": "computer", "computors": "computers",
    # "could the wording be caled clue text", "it dosnt need …": the glue of a change
    "caled": "called", "calld": "called", "dosnt": "doesn't", "dosent": "doesn't",
    "doesent": "doesn't",
    # "kil the mould tabel": the verb of throwing out short of a letter (no other word is "kil")
    "kil": "kill",
    "tabel": "table", "entitiy": "entity", "enity": "entity", "feild": "field", "wth": "with",
    "feilds": "fields", "fileds": "fields", "optinal": "optional", "opional": "optional",
    "requierd": "required", "requred": "required", "relaitonship": "relationship",
    "frm": "from", "evry": "every", "sumthing": "something", "smth": "something", "soo": "so",
    # "which" typed in a hurry, so "notes wich can be blank" is a clause, not a field's name
    "wich": "which", "whcih": "which", "wihch": "which", "whihc": "which",
    # a pronoun with "one" typed as a digit ("not every1 has one", "ask some1 else")
    "every1": "everyone", "evry1": "everyone", "some1": "someone", "sum1": "someone",
    "any1": "anyone", "ne1": "anyone",
    "y/n": "yes/no", "lil": "little", "exctly": "exactly", "exacly": "exactly",
    # fast typing without apostrophes, and thanks in a few keystrokes
    "didnt": "didn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't", "havent": "haven't",
    "hasnt": "hasn't", "thats": "that's", "whats": "what's", "theres": "there's",
    "youre": "you're", "theyre": "they're", "thnx": "thanks", "thanx": "thanks",
    "thnks": "thanks", "tks": "thanks", "thks": "thanks", "cna": "can", "hve": "have",
    "hav": "have", "somethign": "something", "soemthing": "something",
    # developers' shorthand for the words of a schema change
    "tbl": "table", "del": "delete", "ts": "timestamp",
    # texting shorthand for the glue of a change ("shud be optional", "cn u add", "insted")
    "shud": "should", "shld": "should", "shd": "should", "cn": "can", "insted": "instead",
    "instad": "instead", "becuz": "because", "cuz": "because", "coz": "because",
    # a verb run together with "to" as it is said ("i wanna track", "gonna need", "gotta log")
    "wanna": "want to", "gonna": "going to", "gotta": "got to",
    # the g dropped from the -ing of a verb of keeping or making ("a system for managin drones");
    # only verbs whose -ing form names no thing ("buildin", "recordin" are left alone)
    "managin": "managing", "trackin": "tracking", "keepin": "keeping", "storin": "storing",
    "handlin": "handling", "organisin": "organising", "organizin": "organizing",
    "creatin": "creating", "makin": "making", "runnin": "running",
    # and of the reasons said after a change ("they keep askin what it means")
    "askin": "asking", "sayin": "saying", "usin": "using",
    # the verbs people ask and change with, and the words around them, typed in a hurry
    # ("renaem bio to biography", "need to tarck lambings", "cud u make …", "nobdy uses it")
    "renaem": "rename", "renmae": "rename", "reanme": "rename", "tarck": "track",
    "trak": "track", "trck": "track",
    "nobdy": "nobody", "nobdoy": "nobody", "noboby": "nobody",
    # who keeps doing it, texted ("ppl keep typing '5kg'": the people, a reason, no field)
    "ppl": "people",
    "somthing": "something", "somethin": "something",
    "somthin": "something", "sumthin": "something", "thingy": "thing", "thingie": "thing",
    # the word for a spreadsheet's columns, misspelt ("ad colums Region and Rep to Account")
    "colums": "columns", "colum": "column", "collumns": "columns", "collumn": "column",
    "coloumns": "columns", "coloumn": "column", "colunms": "columns", "coulmns": "columns",
    # the glue words of Caribbean and West African English spelt as said ("keep de soaps",
    # "artisans wid name", "di total inna JMD", "dey cyah sign up"; "wit" typed for "with")
    "de": "the", "di": "the", "wid": "with", "wit": "with", "inna": "in", "dey": "they",
    # a developer's words for a schema change, typed in a hurry ("add a nulable phone colum to
    # the Landlord modle", "chnage Loan.rate to flaot")
    "nulable": "nullable", "nullabe": "nullable", "modle": "model", "modles": "models",
    "chnage": "change", "chagne": "change", "cahnge": "change", "flaot": "float",
}  # fmt: skip
# "make de email optional nah", "rename pieces to quantity nah.": the softener Trinidadians end
# an ask with (never "nah, leave it", which opens a refusal)
_NAH_AFTER = re.compile(r"(?<=[a-z])\s+nah\b(?=\s*(?:[.!?,;]|$))", re.I | re.M)
# "each one's got a name, a flavour", "they've got a frame size": "got" after "has" or "have"
# (said or shortened) adds nothing to what a thing has
_HAVE_GOT = re.compile(r"(?<=[A-Za-z])(?:'s|\s+has|(?P<ve>'ve|\s+have))\s+got\b", re.I)
# "could you stick a phone number on Client", "chuck a notes field on Job", "pop a colour on
# Kayak": putting a field on a thing, in the words of the shop floor (only as the ask's verb,
# before what is put and the thing it goes on)
_PUT_ON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\byou\s)|(?<=\bya\s)|(?<=\bu\s)|(?<=\bplease\s)|(?<=\bpls\s)"
    r"|(?<=\bjust\s)|(?<=\balso\s))(?P<v>stick|chuck|whack|bung|pop|slap)"
    r"(?=\s+(?:a|an|the|some|another)\s[^.!?\n]{1,60}?\s(?:on|onto|in|into|to)\s)",
    re.I | re.M,
)
# "a deposit paid tick box", "a gift-wrap check box": the box a form ticks for yes, one word
_TICK_BOX = re.compile(r"(?<=[a-z] )(?P<k>tick|check)[ -](?P<b>box(?:es)?)\b", re.I)
# "The Quote has field 'discount code'", "with a column named \"site contact\"": the kind of
# thing a quoted name is, said before it, is no word of the name (other readers know "the
# column 'X' on Y" themselves)
_LABELLED_QUOTE = re.compile(
    r"(?P<v>\b(?:has|have|with)\s+)(?:(?:a|an|the)\s+)?(?:field|column|attribute)\s+"
    r"(?:called\s+|named\s+)?"
    r"(?=(?P<q>['\"])[^'\"\n]{1,40}(?P=q))",
    re.I,
)
# "callouts w customer name", "sites w address n postcode": a lone "w" between words is "with"
# typed short, a lone "n" is "and" (never after a number or "to": "500 w", "one to n")
_W_WITH = re.compile(r"(?<=[a-z]{2}) w (?=[a-z]{2})")
_N_AND = re.compile(r"(?<=[a-z]{2})(?<!\bto) n (?=[a-z]{2})")
# "artisans wid name, phone an parish": "an" before a word that starts with a consonant, after
# the list's last comma, is "and" said short ("an hour", "an SMS" and "with an mri" stay)
_AN_AND = re.compile(
    r"(?<=,)(?P<item>[^,.;:!?\n]{1,40}?[a-z])\s+an\s+"
    r"(?=(?!(?:hour|honest|heir|herb|honou?r)\w*\b)[bcdfgjklmnpqrstvwxz][a-z]*[aeiouy][a-z]*\b)"
)
# "wether theyre on shift", "weather it is paid": a word that sounds like "whether" before the
# subject of a clause is "whether" (a wether is a ram, and the weather has no clause after it)
_WHETHER = re.compile(
    r"\b(?:wether|weather|wheter|wheather)(?=\s+(?:it|it's|its|they|they're|theyre|he|she"
    r"|there|the|we|you|i)\b)",
    re.I,
)
# (mea59) "wed like somewhere to keep …", "wed need a list of …": "we'd" typed without its
# apostrophe before a verb of wanting (it was read as a thing Wed); "to wed" is left alone
_WED = re.compile(r"\b(?<!to )(?P<w>[Ww])ed(?=\s+(?:like|love|need|want|prefer|rather)\b)")
# "we dont use fax anymore 🙄 drop it from suppliers": an emoji before a new clause (a pronoun,
# an instruction or a field list) ends what was said before it; elsewhere ("students 🎓 with
# name") it is decoration (clean text only; the normalizer keeps its own rule)
_EMOJI_BREAK = re.compile(
    r"(?<=[A-Za-z0-9])\s*[\U0001F000-\U0001FAFF\u2600-\u27BF][\U0001F000-\U0001FAFF"
    r"\u2600-\u27BF\uFE0F\u200D]*\s+(?=(?:i|we|you|u|they|it|pls|please|plz|can|could|add|drop"
    r"|remove|delete|rename|make|change|need|thx|thanks)\b"
    # "… the beds in our hostel 🛏️ bed number, room, …": a field list starts after it
    r"|[a-z]+(?:\s[a-z/]+){0,3},)",
    re.I,
)
# "Watches 👉 add water resistance", "Kiln ➡️ max temp": a hand or an arrow pointing right
# between words is the arrow "→" typed as a picture (as a break it lost the "add": a new Watch,
# accepted)
# (a name of one to three words opening its line, no greeting: "hi 👉 can u …" breaks)
_POINTING_ARROW = re.compile(
    r"(?m)^(?P<x>[ \t]*(?!(?:hi|hey|hello|ok|okay|so|thanks|thx|yo|morning|update|note)\b)"
    r"[A-Za-z][A-Za-z0-9]*(?:[ \t][A-Za-z][A-Za-z0-9]*){0,2})[ \t]*(?:\U0001F449|\u27A1)\uFE0F?"
    r"[ \t]*(?=[A-Za-z])",
    re.I,
)
# Texting digits: "need 2 track books" (to before a verb), "an app 4 cake orders" (for after
# the thing asked for); a digit anywhere else is a number ("4 rooms").
_DIGIT_TO = re.compile(
    r"(?<=[A-Za-z])\s+2\s+(?=(?:track|manage|keep|store|record|log|list|save|hold|organi[sz]e"
    r"|make|build|create|add|remove|delete|rename|change|link|see|view|do|have|be)\b)",
    re.I,
)
_DIGIT_FOR = re.compile(
    r"\b(app|apps|db|database|system|something|smth|sumthing|thing|tool|program|site|stuff"
    r"|page|tracker|sheet|form|setup)\s+(?:4|four)\s+(?=(?:the|my|our|a|an|all)?\s*[A-Za-z])"
    # "track candles 4 my shop", "bikes 4 our club": a "4" after a word, before whose place
    # or people it is, is "for" (a count of them would come before the noun: "4 shops")
    r"|\b([a-z]{3,})\s+4\s+(?=(?:my|our|their|his|her)\s+[a-z])",
    re.I,
)
# "BREW-214: Add …", "[OPS-3] Drop …", "FLEET-88 Remove …" (a key before a capitalised title;
# a label before the key ("Ticket: PLAT-4 — …") goes with it. A key before a word in lower case
# ("HIVE-9 add …", "SOL-7 each installation …", "LAB-40 track mice: …") labels the line as
# well: teams write the ticket's line after its key as it comes. The codes of a standard or a
# disease before such a word are words of the request ("COVID-19 cases: date, count", "UTF-8
# text"), and so is a key inside a line.
_NOT_KEYS = r"(?:COVID|SARS|MERS|UTF|SHA|AES|ISO|RFC|IEC|IEEE|MP|PM|CO|NO|H\d?N\d?|HIV|HPV)-"
_KEY = r"[A-Z][A-Z0-9]{1,9}-\d{1,6}"  # a ticket's key: the project's letters, its number
TICKET_KEY = re.compile(
    r"(?m)^(?P<heading>#+\s*)?(?:(?:Ticket|Issue|Jira|Story|Task)[ \t]*:?[ \t]*)?"
    rf"(?:\[?{_KEY}\]?(?:\s*[:—-]\s*|\s+(?=[A-Z\"']))"
    rf"|(?!\[?{_NOT_KEYS})\[?{_KEY}\]?[ \t]+(?=[a-z]))(?=\S)"
    # "Ticket 412: Pot.glaze …", "Bug #88 - …": a ticket word and its bare number, then a
    # colon or a dash, label the line as a key does (the number was read into a field's name)
    r"|^(?:Ticket|Issue|Bug|Story|Task|Incident|Request)[ \t]+#?\d{1,6}"
    r"[ \t]*(?::|[—–-][ \t])[ \t]*(?=\S)"
)
# "Relate Sailing to Vessel (FERRY-5)", "… [OPS-12]": a key in brackets inside or after the
# line refers to the ticket, as a key before it labels it
_KEY_IN_BRACKETS = re.compile(
    rf"[ \t]*(?:\((?!{_NOT_KEYS}){_KEY}\)|\[(?!{_NOT_KEYS}){_KEY}\])(?=[ \t]*(?:$|[.,;:!?]))",
    re.M,
)
# "[MUST] The system shall …", "* SHOULD: expose …", "- FR-02 (Must): A job sheet …", "[M] Carrier
# certificate:": a requirement's priority (MoSCoW) and its number label the line, as a ticket key
# does; they are no words of it (a capitalised "Must have:" may head a list, and is kept)
_MOSCOW = r"must|should|could|won'?t|(?:must|should|could|won'?t)[ \t]+have|p[0-4]"
PRIORITY_LABEL = re.compile(
    r"(?m)^(?P<pre>[ \t]*(?:(?:[-*+]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])[ \t]+)?)"
    r"(?:(?:N?FR|REQ|BR|UR|R)-?\d{1,3}(?:\.\d{1,2})*[ \t]*(?=[(\[:])[ \t]*)?"
    rf"(?:(?i:\[(?:{_MOSCOW}|[mscw])\]|\((?:{_MOSCOW})\))[ \t]*:?"
    r"|(?:MUST|SHOULD|COULD|WON'?T)[ \t]*:|(?<=\d)[ \t]*:)[ \t]*(?=\S)"
)
# "FR1 Loft: name, owner", "NFR2 Must run …", "R3. The app …", "REQ 4 Birds have …": a
# requirement's own number (letters then digits) opening its line labels it, as a key does
_REQUIREMENT_ID = re.compile(
    r"(?m)^(?P<pre>[ \t]*(?:[-*+][ \t]+)?)(?:N?FR|REQ|BR|UR|US|R)[- ]?\d{1,3}(?:\.\d{1,2})*"
    r"[.:)]?[ \t]+(?=[A-Z])"
)
_CHANGE_VERBS_FOR_LABEL = (
    "add|adds|added|drop|drops|dropped|remove|removes|removed|delete|deletes|make|makes|rename"
    "|renames|renamed|change|changes|move|moves|mv|rm|del|link|links|relate|relates|create"
    "|creates|allow|allows|require|requires|store|stores|track|tracks|split|merge|use|set"
)
# Commit-message types ("feat: …", "chore(api): …", "refactor!: …"): the label of the change,
# as a ticket key is, not words of it. "test", "build", "style", "docs" and "ci" could head a
# list of an entity's fields ("test: score, taken at"), so without a scope or a "!" they are a
# label only before a verb or a name written with a capital ("docs: add …", "fix: Pet.…").
COMMIT_TYPE = re.compile(
    r"(?m)^(?P<heading>#+\s*)?(?:(?:feat|feature|fix|bugfix|hotfix|chore|refactor|perf|revert"
    r"|docs|style|test|tests|build|ci)(?:\([\w./ -]{1,30}\))?!:|(?:feat|fix|chore|refactor|perf"
    r"|revert)(?:\([\w./ -]{1,30}\))?:|(?:docs|style|tests?|build|ci)\([\w./ -]{1,30}\):)"
    r"[ \t]+(?=[A-Z]|(?:" + _CHANGE_VERBS_FOR_LABEL + r")\b)"
)
# "PR description: adds …", "Commit message: drops …": the label of a change description, whose
# verbs are said of the change ("adds", "drops"): what it does is what is asked
_PR_LABEL = re.compile(
    r"(?im)^[ \t]*(?:pr|mr|pull request|merge request|commit)(?:[ \t]+(?:description|summary"
    r"|message|title|body))?[ \t]*:[ \t]*(?P<v>adds|removes|drops|deletes|renames|makes|changes"
    r"|creates|links|relates|introduces)?\b"
)


def _pr_body(m: re.Match[str]) -> str:
    verb = (m["v"] or "").lower()
    return {"introduces": "add", "changes": "change", "makes": "make", "creates": "create"}.get(
        verb, verb[:-1]
    )


# "@channel heads up", "hey @dev can we …", "cc @priya": a person or a channel addressed is
# not a word of the request
_MENTION = re.compile(r"(?<![\w.@])@[A-Za-z][\w.-]*\b[,:]?[ \t]*")
# Code marks around a name ("`Vault.temp_c`", "`ring_code` (string)", "a `Blast` entity") say
# it is written as an identifier; they carry no words (segment drops them too), and left in
# they make a short request look like program text
_CODE_MARK = re.compile(r"(?<!`)`([A-Za-z_][\w.]*(?:[ -][A-Za-z_][\w.]*){0,3})`(?!`)")
# Shell verbs as developers type them: "mv Courier.reg -> Courier.plate" renames, "del entity
# X" deletes (only as the instruction that opens a line or follows a label)
_SHELL_VERB = re.compile(
    r"(?m)(?:^|(?<=[:;]\s))[ \t]*(?P<v>mv|del)(?=[ \t]+(?:[A-Z`]|(?:the|entity|table|field"
    r"|column)\b))"
)
_SHELL_VERBS = {"mv": "rename", "del": "delete"}
# Column shorthand: "last_seen_at ts", "hits bigint", "cert_no varchar(20)", "due_on date NOT
# NULL": the type's short or sized spelling is the type, and NOT NULL says the column is required
_SQL_TYPE = re.compile(
    r"(?<=[A-Za-z0-9_] )(?P<t>ts|tstamp|timestamptz|bigint|smallint|tinyint|txt)"
    r"(?=[ \t]*(?:[,;)|\n]|$|not null\b|nullable\b))",
    re.I | re.M,
)
_SQL_TYPES = {"ts": "timestamp", "tstamp": "timestamp", "timestamptz": "timestamp", "txt": "text"}
_SIZED_TYPE = re.compile(r"\b(varchar|char|decimal|numeric)\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\)", re.I)
_NOT_NULL = re.compile(r"[ \t]+NOT[ \t]+NULL\b", re.I)
# "Make email NOT NULL on subscribers", "set the phone not null": the change of a required-ness
_MAKE_NOT_NULL = re.compile(
    r"\b(?P<v>make|set)\s+(?P<f>(?:(?!(?:on|in|to|for|of)\b)[\w.]+\s+){1,3}?)not\s+null\b(?!\s*\()",
    re.I,
)
# "Add `isVerified: boolean` and `note?: string` to the Seller interface": a TypeScript
# member, its "?" optional, is a field with its type; the capitalised interface is the model
_TS_MEMBER = re.compile(
    r"`(?P<n>[A-Za-z_]\w*)(?P<o>\?)?\s*:\s*(?P<t>string|number|boolean|Date)(?P<null>\s*\|\s*null)?"
    r"\s*;?`"
)
# "Remove the LegacyPayment model, the migration to payments v2 is done": a removal, then, after
# a comma, what is over now that it can go is a sentence of its own (a reason; in the removal's
# sentence its practice word would make the whole a line about how to build)
_REMOVAL_THEN_DONE = re.compile(
    r"(?im)^(?P<ask>[ \t]*(?:please\s+)?(?:remove|delete|drop|get rid of)\s+[^,.\n]+),\s+"
    r"(?P<why>(?:the|our|that|this)\s+[^,.\n]*?\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:now\s+)?(?:done|finished|complete|completed|over|live|retired|gone)\b[^\n]*)$"
)
# "The summer reading challenge is over, so Reader no longer needs the date of birth": what has
# ended, said first, then ", so" and the ask, is a sentence of its own (a reason), as "The
# challenge is over. Reader no longer needs …" is (read whole, the ask was taken for a reason)
_OVER_THEN_SO = re.compile(
    r"(?im)(?:^|(?<=[.!?] ))(?P<why>[ \t]*(?:the|our|this|that|my)[ \t]+[a-z][a-z' -]{0,50}?"
    r"[ \t]+(?:(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?"
    r"(?:over|finished|done|complete|completed|closed|cancell?ed|gone|retired|ended)"
    r"|(?:ended|finished|closed|stopped)|(?:got|was|has[ \t]+been)[ \t]+cancell?ed)"
    r"(?:[ \t]+(?:now|this[ \t]+year|last[ \t]+[a-z]+))?),[ \t]+so[ \t]+"
    # (an order after "so" is read whole already: "…, so make the trial code optional")
    r"(?!(?:please|pls|can|could|would|will|make|remove|delete|drop|add|create|rename|change"
    r"|set|get|take|put|let|just|mark|turn|switch|call)\b)(?=[A-Za-z])"
)


# "the Hamper entity can go now, xmas is done", "…, you can remove it, the boss said ok": after
# a removal, a comma and then why it can go (a thing said over, even without "the") or who
# agreed to it (after any change) is a sentence of its own, no part of what goes (the line
# is checked for a removal by _removal_aside; the tail is short, so a long line is scanned
# once)
_REMOVAL_ASIDE = re.compile(
    r"(?im),[ \t]+(?P<why>(?:(?:the|our|my|that|this)[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,2}?[ \t]+"
    r"(?:(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+|all[ \t]+)?"
    r"(?:done|finished|complete|completed|over|retired|gone)"
    r"|(?:said|says)[ \t]+(?:ok|okay|yes|fine|it'?s[ \t]+fine|it[ \t]+is[ \t]+fine|so"
    r"|go[ \t]+ahead))"
    r"\b[^,\n]{0,30})$"
)
_REMOVAL_CUE = re.compile(
    r"(?i)\b(?:remove|delete|drop|get rid of|can go|could go|can be (?:removed|deleted|dropped)"
    r"|no longer need|do not need|don't need|do not use|don't use)\b"
)


# (who agreed may follow any change: "Add a halter size to Alpaca, the vet said ok")
_CHANGE_CUE = re.compile(r"(?i)\b(?:add|rename|change|make|remove|delete|drop)\b")


def _removal_aside(m: re.Match[str]) -> str:
    start = m.string.rfind("\n", 0, m.start()) + 1
    said = rx(r"\b(?:said|says)\b").search(m["why"]) is not None
    cues = (_REMOVAL_CUE, _CHANGE_CUE) if said else (_REMOVAL_CUE,)
    if not any(cue.search(m.string, start, m.start()) for cue in cues):
        return m[0]
    return f". {m['why'][:1].upper()}{m['why'][1:]}"


# "a thing for skate aids (the plastic penguins the kids push round the ice) - label, …": a
# bracketed gloss of three words or more opened by "the", "our", "those" or "these", with no
# "and"/"or" or comma in it (that would be a list: "(a name and a floor number)"), between
# the thing and the dash or colon that opens its list, says what the thing is; it holds no
# field, and left in it cut the thing from its list (read as fields added to a thing said
# before)
_GLOSS_BEFORE_LIST = re.compile(
    r"(?i)(?<=[a-z])[ \t]*\((?:the|our|those|these)[ \t]+[a-z'-]+"
    r"(?:[ \t]+(?!(?:and|or)\b)[a-z'-]+){1,20}\)"
    r"(?=[ \t]*(?:[-—–][ \t]|:))"
)
# "we are now writing the workshop humidity on every VanWrap, as a percentage": a percentage
# said last, after a comma, is the type of the value asked for (as it is without the comma);
# read as a clause of its own it left the value for a new thing (the other types said so after
# a comma are read by the clause readers: ", as a number" on its own keeps the value's type)
_COMMA_THEN_TYPE = re.compile(
    r"(?i)(?<=[A-Za-z)]),(?=[ \t]+as[ \t]+(?:an?[ \t]+)?(?:percentage|percent)[ \t]*"
    r"(?:please[ \t]*)?(?:[.!;\n]|$))"
)
# "new table for ice bookings, columns: club_name, …": the word for what a list holds, after
# a comma, before the colon that opens the list, says no more than the colon does
_COMMA_COLUMNS = re.compile(r"(?i)(?<=[A-Za-z]),[ \t]*(?:columns|fields|attributes)[ \t]*:")
# "the payment method (cash, bank transfer or card) on each Invoice": values in brackets,
# split by commas with "or" before the last, right after a value's name and before the thing
# it is kept on ("on", "for"; "… to Urn" keeps its list as said), are choices of one value
# ("(cash or card)"), never fields of their own
_CHOICES_IN_BRACKETS = re.compile(
    r"\((?P<vals>[a-z][a-z -]{0,30}(?:,[ \t]*[a-z][a-z -]{0,30})+?,?[ \t]+or[ \t]+"
    r"[a-z][a-z -]{0,30})\)"
    r"(?=[ \t]+(?:on|for)[ \t]+(?:(?:each|every|all|the|our|an?)[ \t]+)?[A-Z])"
)
# "Telescope, add a focal length (number)": a thing's name opening the line, a comma, then a
# change asked, says what is changed, as "Telescope: add …" does (read as a new Telescope,
# accepted); words that open talk ("Ok, add …", "Also, remove …") name no thing
_NAME_COMMA_CHANGE = re.compile(
    r"(?m)^(?P<sp>[ \t]*)(?!(?:Hi|Hey|Hello|Ok|Okay|Also|And|So|Please|Thanks|Right|Yes|Yeah|Now"
    r"|Then|Next|Finally|First|Second|Third|Lastly|Oh|Btw|Actually|Sorry|Well|Great|Cool|Perfect"
    r"|Good|Sure|Plus|But|Anyway|Again|Done|Fine|Lol|Ah|Um|Hmm|Sir|Madam|Team|Guys|All)\b)"
    r"(?P<e>[A-Z][a-z]+(?:[A-Z][a-z]+)*),[ \t]+(?=(?:(?:please|pls|also|can you|could you)[ \t]+)?"
    r"(?:add|remove|delete|drop|rename)[ \t])"
)
# "The Expense entity needs a vat reclaimable flag as well though.": "though" ending a sentence
# is a word of the talk (a mild "but"), never part of the last field's name
_FINAL_THOUGH = re.compile(r"(?i)(?<=[a-z0-9)'])(?:,[ \t]+|[ \t]+)though(?=[ \t]*(?:[.!?;\n]|$))")
# "The Pupil entity is working good, but we need also the boot brand": a thing written as an
# entity said to work well, then what it still needs, is the owner of what is asked (as "The
# Pupil entity: we also need …"); the praise asks for nothing
_PRAISED_THEN_NEED = re.compile(
    r"(?im)(?P<ent>\b(?:the|our|your|that)[ \t]+[a-z][\w-]*(?:[ \t][a-z][\w-]*)?[ \t]+"
    r"(?:entity|table|model))[ \t]+(?:is[ \t]+(?:working[ \t]+)?|works[ \t]+)"
    r"(?:(?:really|very|pretty|quite|all|just)[ \t]+)?(?:fine|good|great|well|ok|okay|nice|perfect"
    r"|brilliant|lovely|spot[ \t]+on)(?:[ \t]+(?:so[ \t]+far|now|thanks))?(?:[,.;!-][ \t]*|[ \t]+)"
    r"(?:(?:but|however|although|only)(?:,[ \t]*|[ \t]+))?"
    r"(?=(?:we|i)[ \t]+(?:also[ \t]+|still[ \t]+)?(?:need|want|would[ \t]+like)\b)"
)
# "I want to record subscriptions so that I know who has paid: member name, amount, …": a
# reason said between the things kept and the list of what they hold; the list belongs to the
# things (the reason read as the list's owner lost every field), so the reason goes after it
_PURPOSE_BEFORE_LIST = re.compile(
    r"(?i)(?P<ask>\b(?:want|need|would like|'d like|wish)\s+to\s+(?:record|keep|log|track"
    r"|store|save|manage|register|list)\s+(?:(?:all|every|each|the|our|my)\s+)?"
    r"[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)(?:,\s*|\s+)"
    r"(?P<why>(?:so that|so (?:i|we|they|you|he|she|it) (?:can|could|know|see)|in order to)"
    r"\s[^:.;\n]{1,120}?):[ \t]*(?P<list>(?:[^\n.!?:]|[.!?](?!\s|$))+)"
)
_OPTIONAL_MARK = re.compile(
    r"(?<=[,(:{])(?P<item>[ \t]*[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3})\?(?=[ \t]*[,)}])"
    # (name57) "Inspection - vessel name, result, notes?": the last item of a list ending its
    # line has the same "?" (it was read as the sentence's own question mark)
    # (or before the reason for the list: "…, ate well? so I know they're okay")
    r"|(?<=,)(?P<last>[ \t]*[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3})\?"
    r"(?=[ \t]*$|[ \t]+(?:[-\u2013\u2014][ \t]+)?(?:so|because)[ \t])"
    # (lp60) or after the "and" that closes the list ("…, table count and power needed? so …"):
    # only a thing and what was done to it, there (a "?" after "and" mostly ends a question)
    r"|(?<=[ \t]and)(?P<andlast>[ \t]+[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*)?)\?"
    r"(?=[ \t]*$|[ \t]+(?:[-\u2013\u2014][ \t]+)?(?:so|because)[ \t])"
    r"|(?<=:)(?P<t>[ \t]*(?:str|string|text|int|integer|float|decimal|date|datetime|bool"
    r"|boolean|email))\?(?=[ \t]*$)"
    # (mix59) "## Observation\n- target\n- notes?": a bulleted item's line is its list item
    r"|^(?P<dash>[ \t]*[-*+\u2022][ \t]+)(?P<line>[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3})"
    r"\?(?=[ \t]*$)",
    re.M,
)


# "Add a category to Tool", "remove price from Service", "Tool (name, category), Member (…)":
# a word that is usually the system built, written with a capital where only a thing can
# stand (after "to", "from" or "on" ending the clause, or before a bracketed list of two or
# more), is the thing's own name; marked as an entity so no reader takes it for the frame
# (only words that also name things people keep records of: a garage's services, a hire shop's
# tools, a training programme, a building site; "the App", "the System", "the Portal" are the
# software itself, and "to the Site" may be the website: said with "the", no thing is named)
_SYSTEM_CAPITALS = r"\b(?:Services?|Tools?|Sites?|Programs?|Programmes?)\b"
_SYSTEM_WORD_NAMED = re.compile(
    r"(?P<pre>\b(?:[Tt]o|[Ff]rom|[Oo]n)\s+)(?P<w>" + _SYSTEM_CAPITALS + r")"
    r"(?=[ \t]*(?:[.,;!?\n]|$))"
    r"|(?P<w2>" + _SYSTEM_CAPITALS + r")(?=[ \t]*\([ \t]*[a-z][\w ]*,[ \t]*[a-z])"
)


def _system_word_named(m: re.Match[str]) -> str:
    # (only the few words before it are looked at: a long request holds many)
    if m["w2"] and not _OPENS_A_NAME.search(m.string, max(0, m.start() - 24), m.start()):
        return m[0]  # "a Booking App (name, date)": the word frames the thing before it
    return f"{m['pre'] or ''}{m['w'] or m['w2']} entity"


# what may stand right before a thing's name in a list of things ("set up: Tool (…)")
_OPENS_A_NAME = re.compile(
    r"(?:^|[\n:;,(]|\b(?i:a|an|the|our|my|new|and|create|add|make|set up|need))[ \t]*$"
)


_OPTIONAL_THEN_WHY = re.compile(
    r"(?i)(?P<a>\b(?:can|may|could|might)\s+be\s+(?:left\s+)?(?:blank|empty)|\b(?:is|are)\s+"
    r"(?:now\s+)?optional|\bnot\s+required)[ \t]*,[ \t]+(?P<s>[a-z]+)[ \t]+(?P<v>[a-z']+)\b"
)
# what may stand between a subject and its verb, or be the verb's start ("people often forget")
_BEFORE_A_VERB = frozenset(
    "don't dont do often always usually sometimes never rarely just only can't cannot".split()
)


def _optional_then_why(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if before.count("(") > before.count(")"):
        return m[0]  # "(the licence is optional, juniors don't need one)": the aside's own
    subject, verb = m["s"].lower(), m["v"].lower()
    plural_thing = singular(subject) != subject and is_noun(subject) is True
    if subject in ("and", "or", "but", "plus", "so") or not plural_thing:
        return m[0]  # (a pronoun opens a clause the asides read already)
    if verb not in _BEFORE_A_VERB and (not is_verb(verb) or verb.endswith("s")):
        return m[0]  # "…, phone numbers too": a list goes on (a plural's verb has no -s)
    return f"{m['a']}. {m['s']} {m['v']}"


# (mix59) ", and could you add a serial number too?", ", and please also add a cone number as
# well": after a comma, an ask to add one item with nothing after it but "too"/"as well" and the
# sentence's end (an owner said after it, "… add a colour to Kiln", is a request of its own)
_ADD_ASKED_IN_LIST = re.compile(
    r"(?i),[ \t]*(?:and[ \t]+)?(?:(?:could|can|would|will)[ \t]+you[ \t]+|please[ \t]+)?"
    r"(?:please[ \t]+)?(?:also[ \t]+)?add[ \t]+(?P<item>(?:an?|the|some)[ \t]+[a-z][a-z-]*"
    r"(?:[ \t][a-z][a-z-]*){0,3}?)(?:[ \t]+(?:too|as well|also))?[ \t]*(?P<end>[?.!]|$)",
    re.M,
)
# a change of another kind said before the ask to add: the add is an ask of its own
_OTHER_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:remove|drop|delete|rename|get rid of|take out|bin|scrap|ditch)\b"
)
# the verb or "with" of a list said before the ask ("… should also have a purchase date, and
# could you add …"): only then is the ask one more item of it
_LIST_SAID = re.compile(
    r"(?i)\b(?:have|has|get|gets|give|gives|need|needs|with|include|includes|hold|holds"
    r"|carry|carries|store|stores|record|records|track|tracks|keep|keeps|want|wants)\b"
)
# words that would make the item's tail an owner or a reason, not part of a field's name
_NOT_IN_ADDED_ITEM = frozenset("to on onto for from in into with so because".split())


def _add_asked_in_list(m: re.Match[str]) -> str:
    if set(m["item"].lower().split()) & _NOT_IN_ADDED_ITEM:
        return m[0]
    said = max(m.string.rfind(p, 0, m.start()) for p in ".:;!?\n") + 1
    if not _LIST_SAID.search(m.string, said, m.start()):
        return m[0]  # "On Vessel, add a home port", "ObservingSession, add …": a topic, no list
    if _OTHER_CHANGE_BEFORE.search(m.string, 0, m.start()):
        return m[0]  # "remove the fax … - it is obsolete, and add a website": two asks (chg56)
    return f", and {m['item']}{m['end']}"


_ASKING_FIRST = frozenset("is are was were has have does do did can could will would".split())


def _optional_mark(m: re.Match[str]) -> str:
    """ "notes?" is optional notes; "infected?", "paid?" ask yes or no (a spreadsheet's yes/no
    column), so a state's "?" is left for the yes/no reading."""
    if m["t"]:
        return f"{m['t']} optional"
    if m["line"]:
        # a bulleted item ending its line is the last item of a list of one: as there, only
        # a text written down ("notes?", "caption?") is an optional field; "paid?" asks
        said = m["line"].split()
        if said[0] in _ASKING_FIRST or first_sense(said[-1]) != "noun.communication":
            return m[0]
        return f"{m['dash']}{m['line']} (optional)"
    if m["andlast"]:
        asked = _ASKING_LINE.search(m.string[_sentence_start(m.string, m.start()) : m.start()])
        if asked or not _asks_if_done(m["andlast"].split()):
            return m[0]
        return f"{m['andlast']} (yes/no)"
    item = m["item"] or m["last"]
    said = m.string[_sentence_start(m.string, m.start()) : m.start()]
    if m["last"] and _ASKING_LINE.search(said):
        if item.split() in (["ok"], ["okay"]) and ":" in said and said.count(",") > 1:
            # (lp60) "can we have tag checks: scaffold, checked by, ok?": a list after a colon
            # ending in "ok" has a yes/no column of that name (the "ok" was dropped, accepted)
            return f"{item} (yes/no)"
        return m[0]  # "can we log payments with name, paid at?": the whole sentence asks
    words = item.split()
    if words[0] in _ASKING_FIRST:
        return m[0]  # "is it a student?": a yes/no field asked as a question
    if len(words) > 1 and asks_a_state(words):
        # "paid by card?", "ate well?": whether it happened, a yes/no (the "?" ends no sentence)
        return f"{item} (yes/no)"
    last = words[-1]
    if last in TYPE_WORDS:
        return f"{item} optional"  # "notes: str?, …"
    if words[0] in _STATE_PLACE_WORDS and 1 < len(words) <= 3:
        # "with food?", "on loan?", "under warranty?": whether it is so, a yes/no
        return f"{item} (yes/no)"
    if last == "only" and len(words) > 1:
        # "indoor only?", "adults only?": whether it is so, a yes/no (left with its "?", a
        # list under a dash lost its thing: "… only" alone reads as a rule, "cash only")
        return f"{item} (yes/no)"
    if last in _DIALLED:
        return f"{item} (optional)"  # "out of hours phone?": a number, maybe not given
    # (me64) "Kid(name, dam, bottle fed?)": the item that closes the brackets ending the
    # request is the list's last too (its "?" was then lost as the sentence's, read text)
    closes = m["item"] is not None and _CLOSES_REQUEST.match(m.string, m.end()) is not None
    if (m["last"] or closes) and _asks_if_done(words):
        # (lp60) "…, dcc fitted?", "… and power needed? so …": a thing and what was done to it,
        # asked at the list's end, is a yes/no said so (left with its "?", the mark was lost
        # with the sentence's stop and the field read as text, accepted)
        return f"{item} (yes/no)"
    if m["last"] and _valued_by_its_word(words):
        # (lr61) "Customer: name, email, loyalty points (integer), birthday?": a word that
        # gives its value's type (a date, a count, a measure, a sum) names a value that cannot
        # be a yes/no; its "?" marks it optional ("birthday?" was a yes/no, accepted)
        return f"{item} (optional)"
    if m["last"] and first_sense(last) != "noun.communication":
        # "…, club member?", "…, allergies?", "…, gift wrap?": at the end of a terse list a
        # "?" asks whether it is so (house tests, doubt56); only a text written down, "notes?",
        # "caption?", is an optional field there
        return m[0]
    if last in BOOL_WORDS or last.endswith(("ed", "ing")) or is_noun(last) is not True:
        return m[0]
    if mostly_describes(last):
        return m[0]  # "spicy?", "gluten free?": a state asked, as "paid?" is (a yes/no)
    # (in brackets: "deposit optional" could be read as "depos it optional")
    return f"{item} (optional)"


# what follows an item in brackets that end the request: the bracket and a stop at most
_CLOSES_REQUEST = re.compile(r"[ \t]*\)[ \t.!]*$")


def _asks_if_done(words: list[str]) -> bool:
    """ "fitted", "dcc fitted", "power needed", "ok": a participle of a verb (or "ok") ending
    a list item of one or two words says whether it was done or is so; "drawn by", "sent
    at" name a person or a time, and "reason given" is a text (only the regular "-ed")."""
    last = words[-1]
    if len(words) > 2 or last in _ENDS_A_NAME:
        return False
    if last in ("ok", "okay"):
        return True
    if len(words) == 1:
        return last.endswith("ed") and (last in BOOL_WORDS or last in ("needed", "required"))
    return done_to_one_thing(words)


# the words that type a value by themselves (the README's "without one, the words decide")
_VALUE_TYPED = DATE_WORDS | INT_WORDS | FLOAT_WORDS | DECIMAL_WORDS


def _valued_by_its_word(words: list[str]) -> bool:
    """ "birthday", "start date", "weight", "deposit": an item of up to three words ending in
    a word that types a value; "up to date", "out of stock" say a state, not the value."""
    return len(words) <= 3 and words[-1] in _VALUE_TYPED and not {"to", "of"} & set(words)


# words that end a participle's item as the name of what it is about ("drawn by", "sent at")
_ENDS_A_NAME = frozenset("at on by to from in for with of".split())


# (crt59) what a number is dialled on: a field named so holds the number ("out of hours phone?",
# "backup mobile?", "fax?"), written down like "notes?", never a yes/no asked of the record
_DIALLED = frozenset("phone telephone mobile cellphone fax pager landline whatsapp".split())


# (crt59) a question asking for a list of things ("can we have a list of the vets we use?",
# "is there somewhere to put assessments?") before a bare list of fields on the same line
_THINGS_ASKED = (
    r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s"
    r"(?:\s+(?:that\s+|which\s+|who\s+)?(?:we|i|they|you)\s+[a-z]+"
    r"(?:\s+(?:for|from|with|to|on|at|in|out|about))?)?"
)
# (an item of up to four words: "For each one I'd want the drill date, …" is a sentence)
_LISTED_ITEM = r"[a-z][a-z-]*(?:[ \t][a-z][a-z-]*){0,3}(?:[ \t]*\([a-z/ ]{1,20}\))?"
_ASKED_LIST_THEN_ITEMS = re.compile(
    r"(?P<head>\b(?:(?:list|register|registry|record|log|table|database|spreadsheet|catalogue"
    r"|catalog|directory)\s+of|somewhere\s+to\s+(?:put|keep|store|record|log))"
    rf"\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?{_THINGS_ASKED})"
    rf"\?[ \t]+(?={_LISTED_ITEM}(?:,[ \t]*(?:and[ \t]+)?{_LISTED_ITEM})+[ \t]*\.?[ \t]*$)",
    re.I | re.M,
)


def _asked_list_then_items(m: re.Match[str]) -> str:
    """Only in a sentence that asks ("can we …", "is it possible …"): a statement's "?" is
    some other doubt."""
    start = _sentence_start(m.string, m.start())
    if not _ASKING_LINE.search(m.string[start : m.start()]):
        return m[0]
    return f"{m['head']}: "


# the place words a state asked with "?" opens with ("with food?", "on loan?", "in stock?")
_STATE_PLACE_WORDS = frozenset("with without on in under off out".split())


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that `end` falls in starts (after a stop, a "!", a "?" or a line
    break and the spaces after it)."""
    start = max(text.rfind(stop, 0, end) for stop in (". ", "! ", "? ", "\n")) + 1
    while start < end and text[start] in " \t\n!?.":
        start += 1
    return start


# a sentence that asks the reader something (or a clause of it does, after a comma): its last
# "?" is the question's
_ASKING_LINE = re.compile(
    r"^[ \t]*(?:is|are|was|were|has|have|does|do|did|can|could|will|would|shall|should|may"
    r"|might|how|what|why|who|where|when|which|any|anything|please)\b"
    # ("I walk dogs after school, could you make me …?": the question after a comma)
    r"|(?:^|[,;][ \t]*)(?:so[ \t]+)?(?:can|could|would|will|do|does|is|are)[ \t]+(?:you|we|i|u"
    r"|someone|somebody|anyone|there)\b",
    re.I | re.M,
)


_TS_TYPE_WORDS = {"string": "string", "number": "float", "boolean": "boolean", "Date": "timestamp"}
# "model Ticket += `status String`, `priority Int?`": a Prisma field, its "?" optional, and the
# model the fields go to, as the terse "Ticket += …"
_PRISMA_MEMBER = re.compile(
    r"`(?P<n>[A-Za-z_]\w*)\s+(?P<t>String|Int|BigInt|Float|Decimal|Boolean|DateTime)(?P<o>\?)?`"
)
_PRISMA_TYPE_WORDS = {
    "String": "string", "Int": "integer", "BigInt": "integer", "Float": "float",
    "Decimal": "decimal", "Boolean": "boolean", "DateTime": "timestamp",
}  # fmt: skip
_MARKED_PLUS = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?:model|table|entity)[ \t]+(?=[A-Z]\w*[ \t]*[-+]=)"
)
_NAMED_INTERFACE = re.compile(r"\b(?P<d>the|an?)\s+(?P<n>[A-Z]\w*)\s+interface\b")
# "id PK", "code text primary key": the column that keys the table; a column named "id" is the
# id every entity has, and any other is a field as its name and type say
_COLUMN_TYPES = (
    "text|string|str|varchar|char|int|integer|date|datetime|timestamp|bool|boolean|decimal"
    "|numeric|float|double|real|money|email"
)
_KEY_COLUMN = re.compile(
    r"\b(?P<n>[A-Za-z][A-Za-z0-9_]*)(?:[ \t]+(?P<t>" + _COLUMN_TYPES + r")|[ \t]+(?:uuid|serial))?"
    r"[ \t]+(?:PK|pk|primary[ \t]+key)\b(?![ \t]*[A-Za-z])"
)
# "tbl runbook: title text, url text, owner_team text": columns as a schema lists them, each
# name then its type; only on a line of two or more, one of them written as an identifier
_COLUMN_LINE = re.compile(r"(?m)^[^\n]*_[^\n]*$")
_COLUMN = re.compile(
    r"(?P<pre>(?:^|[,|;:{(])[ \t]*)(?P<n>[A-Za-z][A-Za-z0-9_]*)[ \t]+(?P<t>" + _COLUMN_TYPES + r")"
    r"(?=[ \t]*(?:[,|;})]|$))",
    re.I,
)
# a plain word before one of these is the head of a two-word name ("start date", "work email")
_NAME_HEAD_TYPES = frozenset(("date", "email"))


def _typed_columns(line: re.Match[str]) -> str:
    """Each "name type" column of the line as "name (type)", when it is such a list."""
    found = [
        m
        for m in _COLUMN.finditer(line[0])
        if "_" in m["n"] or m["t"].lower() not in _NAME_HEAD_TYPES
    ]
    if len(found) < 2 or not any("_" in m["n"] for m in found):
        return line[0]
    out, at = [], 0
    for m in found:
        out.append(line[0][at : m.start()] + f"{m['pre']}{m['n']} ({m['t']})")
        at = m.end()
    return "".join(out) + line[0][at:]


# "tbl hives: …", "Radio station tbl - …": a table, as developers shorten it
_TBL = re.compile(r"\b([Tt])bls?\b")
# "tbl recovery_jobs: …", "table proofing_batches - …": a line that opens with the table
# marker, then a name written as an identifier, names that table ("recovery_jobs table: …");
# "a table booking system" in words is a noun of the phrase, so only an identifier counts
_TABLE_FIRST = re.compile(
    r"(?m)^(?P<pre>[ \t]*)(?:[Tt][Aa][Bb][Ll][Ee]|[Tt][Bb][Ll])[ \t]+"
    r"(?P<n>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?=[ \t]*[:(\-\u2013\u2014{])"
)
# "{ plot_code, section } for cemetery plots": a group of fields first, then whose they are
# (a field's note in brackets inside it too: "{ name, booked at (datetime) } for lessons")
_GROUP_FIRST = re.compile(
    r"(?m)^[ \t]*[{(](?P<f>(?:[^{}()\n]|\([^{}()\n]*\))+?,(?:[^{}()\n]|\([^{}()\n]*\))+)[})]"
    r"[ \t]+(?:for|on|of)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+)?(?P<e>[A-Za-z][\w -]{0,40}?)[ \t]*[.!]*[ \t]*$"
)
# "Kiln, add: notes, fill level": the entity, then the change as a label before its list, is
# "Kiln: add notes, fill level" (the change verb leads the list as in "X: add …"); so is the
# label on the line under the entity's name ("Kiln⏎  drop: notes") or after its colon
_LABELLED_CHANGE = re.compile(
    r"(?m)^(?P<x>[ \t]*(?!(?:please|also|and|then|so|now|ok|okay|hi|hello|hey|next|finally"
    r"|first|second|lastly|oh|yes|sure|thanks|pls)\b)[A-Z][A-Za-z0-9]*"
    r"(?:[ \t]+[A-Za-z][a-z0-9]*){0,3})(?:[ \t]*[,:][ \t]*|[ \t]*\n[ \t]*(?:[-*][ \t]+)?)"
    r"(?P<v>add|remove|drop|delete)[ \t]*:[ \t]*(?=\S)",
    re.I,
)
# "To the Player add: the blood group …", "To the Volunteer I want add the date …": the thing
# said first with its change's own word ("to" for an addition, "from" for a removal), then the
# change, as languages that put the place first say it, is "add … to the Player" (the place at
# the end, where a "for"/"on" inside the list is no longer taken for it); only a name written
# as one (capitalised), so "to the shop we add …" stays talk
_FRONTED_PLACE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))"
    r"(?P<lead>[ \t]*(?:(?:hello|hi|hey)[ \t]*,?[ \t]+)?(?:please[ \t]+)?)"
    r"(?P<p>to|from)[ \t]+(?:the|our)[ \t]+"
    r"(?P<x>(?-i:[A-Z])[A-Za-z0-9]*(?:[ \t]+(?-i:[A-Z])[A-Za-z0-9]*)?)[ \t]*,?[ \t]+"
    r"(?:(?:i|we)[ \t]+(?:would[ \t]+like|'d[ \t]+like|want|wish|need)[ \t]+(?:to[ \t]+)?"
    r"|please[ \t]+|(?:can|could)[ \t]+you[ \t]+(?:please[ \t]+)?)?"
    r"(?P<v>add|remove|delete|drop)\b[ \t]*:?[ \t]*(?P<rest>[a-z][^.!?\n]*?)"
    # (what follows the list, kept after the place: "please", "thanks", a reason)
    r"(?P<end>[ \t]*(?:,?[ \t]*(?:please|thanks|thank you|ta)\b[^.!?\n]*"
    r"|,[ \t]*(?:our|we|they|because|as|since|so|but|nobody|no one|everyone|everybody)\b[^.!?\n]*"
    # ("…, the federation always gives it back": someone doing a thing to it is why)
    r"|,[ \t]*(?:the|my|their)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+[ \t]+(?:(?:always|never|usually"
    r"|often|now|already|just|also|still)[ \t]+)?[a-z]{2,}(?:s|ed)[ \t]+(?:it|them|this|that"
    r"|those)\b[^.!?\n]*"
    # ("…, it is optional": said of what is added, kept after the place as after a field)
    r"|,[ \t]*(?:it|this|that)(?:[ \t]+is|'s)[ \t]+(?:optional|not required|not mandatory"
    r"|required|mandatory)\b[^.!?\n]*)?(?:[.!?\n]|$))",
    re.I,
)


def _fronted_place(m: re.Match[str]) -> str:
    if (m["p"].lower() == "to") != (m["v"].lower() == "add"):
        return m.group(0)  # "to the Kiln remove …": the word does not go with the change
    return f"{m['lead']}{m['v'].lower()} {m['rest']} {m['p'].lower()} the {m['x']}{m['end']}"


# "From our fire policy, for every drill we must record: …", "As the handbook says, each
# visit needs …": where the ask comes from, said before it, is a remark of its own; the ask
# starts after the comma (a closed class of documents of rules said as the source; an
# occasion, "following the audit, …", is read where it is)
_SOURCE_LEAD = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<lead>[ \t]*(?:from|according to|as per|per|under"
    r"|in line with|as)[ \t]+(?:our|the|their|my|your|this|that)[ \t]+"
    r"(?:[a-z'-]+[ \t]+){0,3}(?:policy|policies|procedure|procedures|handbook|guidelines?|rules"
    r"|regulations?|manual|contract|checklist|standards?|law|code of practice|specification)"
    r"(?:[ \t]+(?:says|said|states|requires|asks))?)[ \t]*,[ \t]+"
    r"(?=(?:for|each|every|we|i|all|the|any)\b)",
    re.I,
)


# "Kiln add glaze type", "Kiln remove notes": a terse line that is one thing's name, then the
# change's verb and what it changes, is "Kiln: add glaze type" (a plural first is someone
# doing it, "Members add photos"; a place said after is the verb's own, "… to Kiln")
_NAME_THEN_VERB = re.compile(
    r"^(?P<x>[ \t]*(?!(?:please|pls|plz|also|and|then|so|now|ok|okay|next|first|just|i|we|you"
    r"|they|he|she|it|can|could|would|will|should|must|lets|maybe|perhaps|pl|kindly|quickly"
    r"|simply|finally|lastly|hi|hey|hello|oh|yes|sure|each|every|all|the|a|an|some|any|no|my"
    r"|our|your|their|his|her|its|this|that|these|those|one)\b)[A-Za-z][a-z0-9]*(?<![^su]s))"
    r"[ \t]+(?P<v>add|remove|drop|delete|rename)[ \t]+"
    r"(?=[a-z][^\n]*$)"
    r"(?![^\n]*\b(?:to|from|on|onto|into|in)[ \t]+(?:the[ \t]+|a[ \t]+)?(?-i:[A-Z]))",
    re.I,
)
# "remove: Exhibit", "delete: the fax on Supplier": a removal verb labelling its line is the
# verb of what follows
_REMOVAL_LABEL = re.compile(r"(?im)^(?P<v>[ \t]*(?:remove|delete|drop))[ \t]*:[ \t]*(?=\S)")
# "entity Exhibit -> Exhibition", "table: exhibits => exhibitions": one marked name, an arrow and
# one other name, and nothing else on the line, is the entity renamed
_MARKED_ARROW = re.compile(
    r"(?im)^(?P<x>[ \t]*)(?:entity|table|model)[ \t]*:?[ \t]+(?P<a>[A-Za-z][A-Za-z0-9_]*)[ \t]*"
    r"(?:->|=>)[ \t]*(?P<b>[A-Za-z][A-Za-z0-9_]*)[ \t]*\.?[ \t]*$"
)
# "Volunteer entity -> Helper", "entity Client -> Customer pls": in a chat the marker may follow
# the name, and thanks or "pls" may close the line; the arrow still renames the entity
_CHAT_MARKED_ARROW = re.compile(
    r"(?im)^(?P<x>[ \t]*)(?:(?:entity|table|model)[ \t]+(?P<a>[A-Za-z][A-Za-z0-9_]*)"
    r"|(?P<a2>[A-Za-z][A-Za-z0-9_]*)[ \t]+(?:entity|table|model))[ \t]*(?:->|=>)[ \t]*"
    r"(?P<b>[A-Za-z][A-Za-z0-9_]*)(?:[ \t]+(?:please|pls|plz|thanks|thx|ta))*[ \t]*[.!]*[ \t]*$"
)
# "change the field name reg_plate to registration": the name of the field is changed, the
# field renamed ("change the field name to text" changes the field called name)
_FIELD_NAME_CHANGE = re.compile(
    r"\bchange\s+the\s+(?P<k>field|column|attribute)\s+name\s+(?:from\s+)?"
    r"(?=(?!(?:to|into|on|of|in|for|at)\b)[A-Za-z_][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}\s+to\s)",
    re.I,
)
# "Boat gets two new fields: hull colour, engine size", "New fields on Boat: …", "Boat: two new
# fields, …": fields announced as new, with their list on the line, are added to the thing
# ("add two new fields to Boat: …"; the count stays, so a list read short is asked about)
# (lu61: "bits" alone too, and "bits of info")
_FIELDS_WORD = (
    r"(?:fields|columns|attributes|properties|things|bits(?:[ \t]+of[ \t]+info(?:rmation)?)?"
    r"|details)"
)
_HOW_MANY = (
    r"(?:(?:two|three|four|five|six|seven|eight|[2-9]|some|a few|a couple of"
    # (lu61) "a couple more details": "a couple" before "more" counts as "a couple of" does
    r"|a[ \t]+couple(?=[ \t]+(?:more|extra|new|additional)\b))[ \t]+)"
)
# (lu61) "Kilns need two more things on them: …", "… two extra bits for each one: …": the place
# said again as a pronoun between the count and the list is the thing the sentence opened with
_ON_THEM = (
    r"(?:[ \t]+(?:on|for|in|to)[ \t]+(?:them|it|each(?:[ \t]+(?:one|of[ \t]+them))?"
    r"|every[ \t]+one|all[ \t]+of[ \t]+them))?"
)
# ("the hawk needs another field: wingspan", "one more column": a single field announced so)
_NEW_FIELDS = (
    rf"(?:(?:new|more|extra|additional)[ \t]+{_FIELDS_WORD}|(?:another|one[ \t]+(?:more|new|extra)"
    r"|an?[ \t]+(?:new|extra|additional))[ \t]+(?:field|column|attribute|property))"
)
_NEW_FIELDS_LINE = re.compile(
    # (lu61) "I'm the tech here. Kilns need two more things: …": after a sentence of its own too
    r"(?im)(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*)(?:"
    r"(?!(?:we|i|you|they|it|he|she)\b)"  # "We need two new fields: …" names no owner
    r"(?P<x>(?:the[ \t]+)?[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?)[ \t]+(?:gets?|needs?|has|have"
    r"|gains?|requires?|(?:will|should|must)[ \t]+(?:get|have|gain))[ \t]+"
    rf"(?P<n1>{_HOW_MANY})?{_NEW_FIELDS}{_ON_THEM}"
    rf"|(?P<n2>{_HOW_MANY})?{_NEW_FIELDS}[ \t]+(?:on|for|to"
    r"|in)[ \t]+(?P<y>(?:the[ \t]+)?[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?)"
    r"|(?P<z>[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?)[ \t]*:[ \t]*"
    rf"(?P<n3>{_HOW_MANY})?{_NEW_FIELDS}"
    # "On the Player entity I need two new things: …"
    r"|(?P<pre>[^\n.!?]*?[.!?][ \t]+)?on[ \t]+(?:the[ \t]+)?(?P<w>[a-z][\w-]*(?:[ \t][a-z][\w-]*)?)"
    r"(?:[ \t]+(?:entity|table|model))?[ \t]*,?[ \t]+(?:i|we)[ \t]+(?:also[ \t]+)?(?:need|want"
    rf"|would[ \t]+like)[ \t]+(?P<n4>{_HOW_MANY})?{_NEW_FIELDS}"
    r")[ \t]*[:,—–-][ \t]*(?P<list>[a-z][^\n]*)$"
)


# "The Instructor entity gains: - an hourly rate …", "each Boat gains a hull material": a
# thing that gains values already exists (nothing new gains anything), so what it gains is
# added to it, as "add to Instructor: …" says (the noun "elevation gain (int)" is no verb: the
# verb needs an article or a count after it, or a colon after a thing marked as one)
_GAINS = re.compile(
    r"(?im)(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?)"
    r"(?!(?:we|i|you|they|it|he|she|this|that|everyone|nobody)\b)"
    r"(?P<det>(?:the|each|every|our)[ \t]+)?(?P<x>[a-z][\w-]*(?:[ \t][a-z][\w-]*)?)"
    r"(?P<kind>[ \t]+(?:entity|table|model|record))?[ \t]+(?:(?:now|also|should|will|must)[ \t]+)?"
    r"gains?[ \t]*(?:(?P<colon>:)|(?=(?:an?|the|its|some|two|three|four|one)[ \t]))"
)


_NEW_FIELD_WORDS = re.compile(
    r"(?i)[ \t]*(?:(?:an?|one|two|three|four|five|some|a[ \t]+few)[ \t]+)?(?:new|extra|more"
    r"|additional|another)[ \t]+(?:fields?|columns?|attributes?|propert)"
)


def _gains(m: re.Match[str]) -> str:
    if m["colon"] and not (m["det"] or m["kind"]):
        return m[0]  # "weight gain: float", "Muscle gains: …": a value's name, no thing marked
    if _NEW_FIELD_WORDS.match(m.string, m.end("lead") + len(m[0]) - len(m["lead"])):
        return m[0]  # "* Kiln gains a new column: …": announced fields, read as they were
    return f"{m['lead']}add to {m['x']}:{'' if m['colon'] else ' '}"


# "could the students get a wetsuit size added?", "can we have a shoe size added to Member":
# a value a thing gets added is the value added ("wetsuit size", never `wetsuit_size_added`);
# with the place said it is "add a shoe size to Member", with the thing asked about before
# the verb it is "could you add a wetsuit size to the students" ("get a date added" with no
# owner is left: "date added" is also a field's name)
_GET_ADDED = re.compile(
    r"(?i)(?:\b(?P<q>can|could|would|will|should|may)[ \t]+(?P<det>(?:the|our|each|every|all)"
    r"[ \t]+)?(?!(?:we|i|you|they|it|he|she|someone|somebody|u|this|that)[ \t])"
    r"(?P<x>[a-z][\w-]*(?:[ \t][a-z][\w-]*)?)[ \t]+(?:(?:also|please|now)[ \t]+)?)?"
    r"\b(?P<v>get|getting|have|having)[ \t]+(?P<f>(?:an?|the|some|two|three)[ \t]+"
    r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}?)[ \t]+added\b(?P<to>[ \t]+(?:to|on|onto|for)\b)?"
)


def _get_added(m: re.Match[str]) -> str:
    lead = m[0][: m.start("v") - m.start()]
    if m["to"]:
        return f"{lead}add {m['f']}{m['to']}"
    if m["f"].lower().split()[-1] in ("date", "time", "day"):
        return m[0]
    if m["x"]:
        return f"{m['q']} you add {m['f']} to {m['det'] or ''}{m['x']}"
    return f"{lead}{m['v']} {m['f']}"


# "The scheduled for field on Pickup must be …", "the sent to column": a field's name that
# ends in a preposition, said before "field", is the name whole, as when it is quoted ("the
# 'scheduled for' field"; the preposition was read as the end of the clause, `scheduled`)
_PREP_NAMED_FIELD = re.compile(
    r"(?i)\b(?P<the>the|a|an|its|their)[ \t]+(?P<f>[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?[ \t]+"
    r"(?:for|to|by|from|with|of|until|till))[ \t]+(?P<k>(?-i:field|column|attribute|property))"
    # (what follows says where the field is or what it must be: "Add an optional gate code to
    # Property." and "Rename the Paddock entity to Field." name a thing after "to")
    r"(?=[ \t]+(?:on|in|of|from|must|should|needs?|is|has|can|will|was)\b)"
)


# "Our course capacity got stored as text", "the fee gets saved as a string": "got" before a
# participle of keeping or making is the passive's "was" ("got" was read into the field's
# name, `capacity_got`)
_GOT_PASSIVE = re.compile(
    r"(?i)\b(?:got|gets|get)(?=[ \t]+(?:(?:accidentally|wrongly|somehow|originally)[ \t]+)?"
    r"(?:stored|saved|set[ \t]+up|created|made|entered|typed|defined|recorded|imported"
    r"|declared|built)[ \t]+as\b)"
)


# "Add a deposit to Booking, stored as money.": the type said after the ask as how the value
# is kept is the type given (", as money" read so; ", stored as" ran the place into the
# field's name, `deposit_to_booking`)
_COMMA_STORED_AS = re.compile(
    r"(?i),[ \t]*(?:stored|saved|kept|held|recorded)[ \t]+as[ \t]+"
    rf"(?=(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})[ \t]*(?:[.!?;]|$))",
    re.M,
)


# "Following the GDPR chat at last night's meeting: please remove …", "After the AGM: can you
# add …": an occasion said before a colon leads into the ask as it does before a comma (the
# colon made the occasion a thing and the ask its list of fields)
_OCCASION_COLON = re.compile(
    r"(?im)^(?P<lead>[ \t]*(?:following|after|since|given|per|further[ \t]+to"
    r"|in[ \t]+light[ \t]+of|as[ \t]+(?:discussed|agreed|decided)[ \t]+(?:at|in|on|with))[ \t]+"
    r"[^:\n]{3,80}?)[ \t]*:[ \t]*"
    r"(?=(?:please|pls|can|could|would|we(?:'d|[ \t]+need|[ \t]+want)|i(?:'d|[ \t]+need)|remove"
    r"|delete|drop|add|rename|make|change|set|link|get[ \t]+rid)\b)"
)


# (lu61) "The council changed the rules this year: from now on we also record …": a sentence
# of what happened (a past verb, no list, no ask) before a colon, then a time opener and who
# keeps what, is a sentence of its own (the colon made it a thing and the change its list)
_HAPPENED_COLON = re.compile(
    r"(?im)^(?P<head>[ \t]*[a-z][^:\n]{15,100}?)[ \t]*:[ \t]*"
    r"(?=(?:from[ \t]+now[ \t]+on|going[ \t]+forward|as[ \t]+of[ \t]+(?:now|today)"
    r"|starting[ \t]+(?:now|today)|in[ \t]+future|now)[ \t]*,?[ \t]+(?:we|i|they|every|each|all)\b"
    r"|(?:so[ \t]+)?(?:we|i|they)[ \t]+(?:will[ \t]+|'ll[ \t]+)?(?:now|also)\b"
    r"|also[ \t]+(?:record|keep|log|track|store|note|capture)\b)"
)
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|said|told|made|got|came|went|took|gave|brought|began|wrote|sent|found"
    r"|was|were)\b",
    re.I,
)


def _happened_colon(m: re.Match[str]) -> str:
    head = m["head"]
    if len(head.split()) < 4 or not _PAST_VERB.search(head) or not is_background(head):
        return m[0]
    return f"{head}. "


# "Lantern has a wick column nobody uses - please remove it": a field said with who does not
# use it, the "that" left out, is the field "that nobody uses" (the clause was read into its
# name, `wick_column_nobody_uses`)
_FIELD_NOBODY = re.compile(
    r"(?i)\b(?P<k>field|column|attribute|property)[ \t]+(?=(?:nobody|no[ \t-]one|hardly[ \t]+anyone"
    r"|we[ \t]+(?:never|don't|dont|do[ \t]+not|no[ \t]+longer)|i[ \t]+(?:never|don't|dont))"
    r"[ \t]+[a-z])"
)


# "Create Room with name. Many bookings to one room": the link said with no verb, as its own
# sentence after other sentences, is "many bookings belong to one room" (alone it was read so;
# after a create it was dropped, and the create accepted without it)
_MANY_TO_ONE_BARE = re.compile(
    r"(?im)(?:(?<=[.!?;][ \t])|(?<=\n))(?P<lead>[ \t]*(?:[-*][ \t]+)?(?:many|several|multiple"
    r"|lots[ \t]+of)[ \t]+[a-z][a-z-]*s)[ \t]+to[ \t]+(?P<one>one|a[ \t]+single|exactly[ \t]+one)"
    r"[ \t]+(?=[a-z][a-z-]*[ \t]*(?:[.!;]|$))"
)


# "every booking is for one round table", "each guest sits at a single dining table": a table
# counted one, in a link, is a piece of furniture the thing is, not the word for where rows go
# (read so, "table" was dropped and the link went to a thing Round); written joined it is the
# thing's name ("round-table" reads RoundTable; "the bookings table" is left as it is)
_ONE_WORD_TABLE = re.compile(
    r"(?i)\b(?P<lead>(?:to|for|at|has|have|with)[ \t]+(?:one|a[ \t]+single|exactly[ \t]+one)[ \t]+)"
    r"(?P<x>[a-z][a-z]*(?<!s)|[a-z]+ss)[ \t]+table\b(?![ \t]+(?:entity|model|record|row)s?\b)"
)


# "the insurance lady wants the wind speed logged on every Lesson", "we'd like a signature
# recorded for each Delivery": a value wanted kept on each of a thing is a field asked of it, as
# "… wants to add the wind speed to every Lesson" says (it was `wind_speed_logged`, accepted,
# or nothing); only "each"/"every"/"all" after the place word ("logged on the whiteboard" is
# where it is written, left), or (lw62) a thing's capitalised name ending the sentence: "we want
# the phone logged on Booking" (it was `phone_logged`, accepted); a day ("on Monday") is left
_WANT_KEPT_ON_EACH = re.compile(
    r"(?i)\b(?P<w>wants?|needs?|would[ \t]+like|'d[ \t]+like|asked[ \t]+for)[ \t]+"
    r"(?P<f>(?:the|a|an|their|its)[ \t]+(?:[^.,;:!?()\n]|\([^()\n]{0,40}\)){1,80}?)[ \t]+"
    r"(?:logged|recorded|stored|kept|tracked|captured|noted|saved|written[ \t]+down)[ \t]+"
    r"(?:on|for|against|with)[ \t]+(?=(?:each|every|all)[ \t]+[A-Za-z]"
    r"|(?P<named>(?:the[ \t]+)?)(?!(?:" + "|".join(sorted(TIME_NAMES)) + r")\b)"
    r"(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
    r"(?:[ \t]+(?:entity|table|model|records?))?[ \t]*(?:[.!?;]|,[ \t]|$|[ \t]+(?:too|as[ \t]+well"
    r"|please|also|so|because|since)\b))"
)


# (lw62) "the voltage on Appliance shouldn't be text, it should be a decimal", "the weight
# isn't text but a float": the type a field must not have, then the one it should, is "should be
# a decimal" (the two clauses read as nothing); only with a type on both sides
_NOT_THIS_TYPE_BUT = re.compile(
    r"(?i)\b(?:shouldn't|should[ \t]+not|mustn't|must[ \t]+not|isn't|is[ \t]+not|can't"
    rf"|cannot)[ \t]+(?:be[ \t]+)?(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})[ \t]*(?:[,;—–-][ \t]*)?"
    r"(?:(?:but[ \t]+)?(?:(?:it|this|that)[ \t]+)?(?:should|must|needs[ \t]+to|has[ \t]+to)"
    r"[ \t]+be[ \t]+|but[ \t]+)"
    rf"(?=(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})[ \t]*(?:[.!;,]|$))"
)


# (lw62) "we don't use anymore the deposit taken", "we don't need any more the fax": "anymore"
# said before the object (as French or Spanish put it) is said after it, where the readers of a
# field no longer used look for it (the field was lost: a removal of nothing, asked)
_ANYMORE_BEFORE_OBJECT = re.compile(
    r"(?i)\b(?P<v>(?:don't|dont|do[ \t]+not|doesn't|does[ \t]+not)[ \t]+(?:use|need|want|track"
    r"|record|keep|fill[ \t]+in|collect|ask[ \t]+for))[ \t]+(?P<a>anymore|any[ \t]+more"
    r"|any[ \t]+longer)[ \t]+(?P<o>(?:the|our|this|that|a|an)[ \t]+[^.,;:!?()\n]{1,60}?)"
    r"(?=[ \t]*(?:[.,;:!?]|$|[ \t](?:because|since|as|so|now|please)\b))"
)


# (mf64) "I'd rather the amount charged field was just called price", "we'd rather the
# pitch number were called plot": a wish said in the past tense of a name is "I'd like the F to
# be called G", a rename (nothing was read)
_RATHER_IT_WAS_CALLED = re.compile(
    r"(?i)\b(?P<w>i'd|i[ \t]+would|we'd|we[ \t]+would)[ \t]+rather[ \t]+"
    r"(?P<f>the[ \t]+[^.,;:!?\n]{1,60}?)[ \t]+(?:was|were|is)[ \t]+"
    r"(?:just[ \t]+|simply[ \t]+|only[ \t]+)?(?:called|named)[ \t]+(?=[a-z'\"])"
)


# (mf64) "we don't bother with the fuel type on vans anymore", "we never bother recording the
# fax these days": a value nobody troubles to keep is one not used, as "we don't use the fuel
# type" says (nothing was read; "we no longer bother with" was read so already)
_DONT_BOTHER_WITH = re.compile(
    r"(?i)\b(?P<neg>don't|dont|do[ \t]+not|never)[ \t]+bother[ \t]+(?:with|recording|keeping"
    r"|tracking|filling[ \t]+in|collecting|asking[ \t]+for|entering|noting)"
    # (said of what was kept until now: "we don't bother with the phone" beside a new thing's
    # list is what it is made without)
    r"(?=[ \t]+(?:the|our|a|an|their|its|that|those)[ \t][^.,;:!?\n]{1,60}?[ \t](?:anymore"
    r"|any[ \t]+more|any[ \t]+longer|these[ \t]+days|nowadays)\b)"
)


# (lw62) "somewhere to keep our bookings - for each one we need the hirer name, …": after a dash
# or a colon, "for each one we need" opens a sentence of its own, as after a full stop (read as a
# heading's list, the first value went with the words before it, dropped as a rule)
_DASH_THEN_EACH_ONE = re.compile(
    r"(?i)(?<=[a-z])[ \t]*(?:[ \t][-—–]|:)[ \t]+(?=(?:for[ \t]+)?(?:each|every)[ \t]+"
    r"one[ \t]*,?[ \t]+(?:we|i)(?:'d|'ll|[ \t]+(?:would|will|also))?[ \t]+"
    r"(?:need|want|keep|record|store|track|note)[ \t]+(?:the|a|an|their|its)[ \t])"
)


# (lw62) "in the Booking there is the field 'hirer name', but we prefer to call it 'lead hirer
# name'": a field pointed out in a thing, quoted, is "the field 'hirer name' on Booking", and
# the "but" before the name the writer prefers opens the rename as a colon would (read as
# nothing, asked)
_THERE_IS_THE_FIELD = re.compile(
    r"(?i)\bin[ \t]+(?:the[ \t]+)?(?P<e>(?-i:[A-Z][\w-]*))(?:[ \t]+(?:entity|table))?[ \t]*,?[ \t]+"
    r"there[ \t]+(?:is|'s)[ \t]+(?:a|an|the)[ \t]+(?:field|column|attribute)[ \t]+"
    r"(?P<f>'[^'\n]{1,40}'|\"[^\"\n]{1,40}\")"
)
_BUT_PREFER_TO_CALL = re.compile(
    r"(?i)(?P<q>['\"](?:[ \t]+(?:on|in)[ \t]+(?-i:[A-Z][\w-]*))?)[ \t]*,[ \t]*but[ \t]+"
    r"(?=(?:we|i)(?:'d|[ \t]+would)?[ \t]+(?:(?:prefer|like)"
    r"[ \t]+to|rather)[ \t]+call[ \t]+it[ \t]+['\"])"
)


def _want_kept_on(m: re.Match[str]) -> str:
    """ "wants to add F to " for a value wanted kept on each of a thing, or on a named thing
    when it is one value ("the phone logged on Booking"); things in the plural or "the data"
    kept on a name ("the receipts saved on Dropbox", "the data kept on Excel") are files kept
    in a tool, left as said."""
    if m["named"] is not None and _files_kept(m["f"]):
        return m[0]
    return f"{m['w']} to add {m['f']} to "


# what is kept whole in a tool, never one value of a thing
_KEPT_WHOLE = frozenset("data info information details stuff everything records files".split())


def _files_kept(said: str) -> bool:
    """What is kept is things in the plural or kept whole ("the receipts", "the data"): files
    in a tool, never one value of a thing ("the phone")."""
    last = said.split()[-1].lower()
    return singular(last) != last or last in _KEPT_WHOLE


# (mb63) "we want the receipts saved on Dropbox", "our contracts kept in Google Drive with
# title and expiry": a store or tool the things are kept in (a closed list) is where the files
# live, no thing managed and no owner of a field; the things are what is kept (Dropbox was read
# as a thing with a field receipts_saved). Only right after the things, never "each cask is
# stored in one rickhouse", a place that is a thing of its own
_KEPT_IN_TOOL = re.compile(
    r"(?i)\b(?P<o>(?:the|our|all[ \t]+(?:the|our|my)|all|my|their|these|those)[ \t]+"
    r"[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)[ \t]+(?:saved|kept|stored|backed[ \t]+up"
    r"|uploaded|filed|archived)[ \t]+(?:on|in|to|into|onto)[ \t]+"
    r"(?:(?:the|a|an|our|my|their|one)[ \t]+)?(?:shared[ \t]+)?"
    r"(?:dropbox|google[ \t]+(?:drive|sheets?|docs)|g[ \t]?drive|one[ \t]?drive|i[ \t]?cloud"
    r"|share[ \t]?point|airtable|excel|spreadsheets?|cloud|server|drive|evernote|s3|nas"
    r"|network[ \t]+drive|hard[ \t]+drive)"
    r"(?:[ \t]+(?:folder|account|drive))?(?![\w-])"
)


def _kept_in_tool(m: re.Match[str]) -> str:
    """ "the receipts" for "the receipts saved on Dropbox" when what is kept is things in the
    plural or kept whole (one value kept somewhere is left as said)."""
    return m["o"] if _files_kept(m["o"]) else m[0]


# (lu61) "the route code on Delay should be called route reference, the drivers keep mixing it
# up …": a field on a thing said to be called a new name, then a comma and why, is "rename …
# to …" (the reason after the comma was read into the new name, or nothing was read)
_CALLED_THEN_WHY = re.compile(
    r"(?im)(?:^|(?<=[.!?:;][ \t]))(?P<lead>[ \t]*)(?:the[ \t]+)?"
    r"(?P<f>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3}?)(?:[ \t]+(?:field|column))?[ \t]+(?:on|in)"
    r"[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][\w-]*)(?:[ \t]+(?:entity|table|model))?[ \t]+"
    r"(?:should|must|needs[ \t]+to|has[ \t]+to|could|can)[ \t]+be[ \t]+(?:called|named"
    r"|renamed(?:[ \t]+to)?)[ \t]+"
    r"(?=[a-z'\"][^,.;:!?\n]{0,40},[ \t]+(?:the|our|as|because|since|people|they|we|it|everyone"
    r"|staff|nobody|no[ \t]+one)\b)"
)


# (lu61) "ugh I forgot, the guardians need a preferred language …", "Oops, we forgot: …": the
# writer saying they forgot, before a comma or colon that opens what was forgotten, only
# leads into it (read as talk before the ask, the reading was asked)
_I_FORGOT_LEAD = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?:(?:ugh+|oh|oops|argh+|sorry|ah|damn|dang|doh|d'oh)"
    r"[ \t]*[,!.]?[ \t]+)?"
    r"(?:i|we)[ \t]+(?:(?:totally|completely|nearly|just|also)[ \t]+)?(?:forgot|forget)"
    r"[ \t]*[,:;—–-][ \t]*(?=(?:the|our|each|every|all|[a-z]+s)[ \t])"
)


# (lu61) "Last year routes only needed a code and a name. Now the schools want …", "Until now
# kilns only had a name.": what a thing only had before, said in the past before the sentence
# that changes it, is history, no ask (its list was read as a new thing LastYearRoute)
_ONLY_HAD_BEFORE = re.compile(
    r"(?im)(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:last[ \t]+(?:year|term|month|season|week|time)"
    r"|until[ \t]+now|up[ \t]+to[ \t]+now|until[ \t]+recently|previously|before|originally"
    r"|at[ \t]+first)[ \t]*,?[ \t]+)?(?:(?:the|our)[ \t]+)?[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?"
    r"[ \t]+only[ \t]+(?:ever[ \t]+)?(?:had|needed|held|kept|stored|recorded|used[ \t]+to"
    r"[ \t]+(?:have|need|hold))[ \t]+[^.!?\n]{1,120}?[.!][ \t]+(?=[A-Za-z])"
)


# (lu61) "Now the schools want a morning departure and an afternoon departure on each Route",
# "the drivers would like a fuel card number on every van": what others (the plural who ask)
# want on each of a thing is a field asked of it, as "we want … on each Route" says (the
# askers were read as the thing, or the first value; "for each" is left, as "we want … for
# each camp" may make camps)
_OTHERS_WANT_ON_EACH = re.compile(
    r"(?im)(?:^|(?<=[.!?:;,][ \t]))(?P<lead>[ \t]*(?:(?:and|so|now|also)[ \t]+)*)"
    r"(?:the|our|some|a[ \t]+few|a[ \t]+lot[ \t]+of|lots[ \t]+of|many)[ \t]+"
    r"(?:[a-z][a-z-]*[ \t]+)?[a-z][a-z-]*s[ \t]+(?:(?:now|also|really)[ \t]+)*"
    # ("The piano tuners asked for the humidity on each piano" is a story, asked: tests/none52;
    # "have asked us to keep …" is put to us)
    r"(?:want|would[ \t]+like|'d[ \t]+like|need|(?:have[ \t]+)?asked[ \t]+(?:us|me)[ \t]+to"
    r"[ \t]+(?:keep|record|store|log|add|track))[ \t]+"
    r"(?=(?:an?|the|their)[ \t][^.!?;:\n]{1,120}?[ \t]on[ \t]+(?:each|every)[ \t]+"
    r"[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]*(?:[.!,]|$))"
)
# the plural type words a group note says (longest first: "whole numbers" before "numbers")
_GROUP_TYPE_WORDS = (
    "timestamps", "dates", "datetimes", "whole numbers", "numbers", "integers", "decimals",
    "floats", "yes/no", "booleans", "text", "strings", "money",
)  # fmt: skip
# (lu61) "a travel sickness note for the ones who need it", "a gate code for those that have
# one": who the value is for says only some have it, no part of its name (read into the name,
# or the field was lost): the value is optional, as "if they have one" says
_FOR_THE_ONES_WHO = re.compile(
    r"(?i)[ \t]+for[ \t]+(?:the[ \t]+ones?|those|anyone|any[ \t]+that|whoever)[ \t]+"
    r"(?:who|that|which)?[ \t]*(?:need|needs|have|has|want|wants|use|uses|get|gets)[ \t]+"
    r"(?:it|one|them|that)\b(?=[ \t]*(?:[(.,;!?]|$))"
)


def _for_the_ones_who(m: re.Match[str]) -> str:
    rest = m.string[m.end() : m.end() + 60].lower()
    # (an optional mark said after it already says so: "(it can be blank)")
    said = re.match(r"[ \t]*\((?:[^()]*\b(?:optional|blank|empty|not required|nullable))", rest)
    before = re.split(r"[.!?;\n]", m.string[: m.start()])[-1].lower()
    # ("Add a gate code (optional) to Customer for the ones who need it": said already, and
    # the words before it are the thing's, not the value's)
    said = said or re.search(r"\b(?:optional|blank|empty|not required|nullable)\b", before)
    return "" if said else " (optional)"


# (lu61) "… a second emergency phone on each pupil, plus a travel sickness note (it can be
# blank)": one more value said after the place the first was put, joined by "plus" or "and",
# goes on the same thing ("F and G on each pupil"; read as said, G was lost or made a thing)
_PLACED_THEN_PLUS = re.compile(
    r"(?im)(?P<place>[ \t]+on[ \t]+(?:each|every)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)"
    r"[ \t]*,[ \t]*(?:plus|and|and[ \t]+also|as[ \t]+well[ \t]+as)[ \t]+"
    r"(?P<g>(?:an?|the|their|its)[ \t][a-z][a-z -]{0,50}?(?:[ \t]*\([^()\n]{1,40}\))?)"
    r"(?=[ \t]*(?:[.!]|$))"
)


# (lu61) "our drivers would like the Stop records to show a nearby landmark and …", "we'd like
# each Kiln entity to display …": a wish that a thing written as a name (its records, its
# entity) showed values is "we want each Stop to have …" (read as said, "show" went into the
# first field's name, or the thing was made new)
_WISH_NAMED_TO_SHOW = re.compile(
    r"(?m)(?:^|(?<=[.!?:;,][ \t]))(?P<lead>[ \t]*)(?i:(?:(?:the|our|some|a[ \t]+few|many)[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?[a-z]+s|we|i)(?P<v>[ \t]+(?i:would[ \t]+like|want|need)|(?i:'d[ \t]+like))"
    r"[ \t]+(?i:the|each|every|all(?:[ \t]+the)?|our)[ \t]+(?P<x>[A-Z][A-Za-z]*)"
    r"(?P<k>[ \t]+(?i:records?|entries|entry|entity|rows?))?[ \t]+(?i:to)[ \t]+(?i:also[ \t]+)?"
    r"(?P<h>(?i:show|display|have|carry|hold|include|list))[ \t]+(?=(?i:an?|the|their|its)[ \t])"
)


def _wish_named_to_show(m: re.Match[str]) -> str:
    if m["h"].lower() == "have" and not m["k"]:
        return m[0]  # "The teachers want the Report to have …" reads as it is
    return f"{m['lead']}we want each {m['x']} to have "


# (lu61) "… on each Route, both as timestamps.": a note on the type of the fields listed, said
# after the thing they go on, goes with the fields (it was read as a field of its own)
_PLACE_THEN_GROUP_TYPE = re.compile(
    r"(?im)(?P<place>[ \t]+(?:on|for|to)[ \t]+(?:(?:each|every|all|the)[ \t]+)?"
    r"[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]*,[ \t]*"
    r"(?P<note>both(?:[ \t]+of[ \t]+them)?[ \t]+(?:as[ \t]+)?(?:"
    + "|".join(_GROUP_TYPE_WORDS)
    + r"))(?=[ \t]*(?:[.!]|$))"
)
# (lu61) "One more for Piece: a bisque fired date …", "Two more for the Kiln entity: …": a count
# more for a thing written as a name (or marked an entity), then a colon, adds what follows
_COUNT_MORE_FOR = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*(?:(?:[Aa]nd|[Oo]h|[Aa]lso|[Oo]k|[Oo]kay|[Ss]o)"
    r"[ \t]*,?[ \t]+)?)(?i:one|two|three|a[ \t]+few|a[ \t]+couple(?:[ \t]+of)?|another)"
    r"(?:[ \t]+(?i:more))?(?:[ \t]+(?i:things?|fields?|bits?))?[ \t]+(?i:for|on)[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?:(?P<x>[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?:[ \t]+(?i:entity|table|model))?"
    r"|(?P<y>[a-z]+)[ \t]+(?i:entity|table|model))"
    r"[ \t]*:[ \t]*(?=[a-z])"
)

# "a last service date (just the day, no time)", "(date only)", "(no time)": a remark that
# the value is a day without its time is the type date (read as words, it was a thing DateItem
# with a field `day`)
_NO_TIME = r"[ \t]*[,;-]?[ \t]*(?:no|without)[ \t]+(?:the[ \t]+|a[ \t]+)?time"
_DAY_NO_TIME = re.compile(
    # (a bare "(day)" is left: "collection day (day)" may be a day of the week)
    r"(?i)\([ \t]*(?:just|only)[ \t]+(?:the[ \t]+)?(?:day|date)(?:[ \t]+only)?"
    rf"(?:{_NO_TIME})?[ \t]*\)"
    rf"|\([ \t]*(?:the[ \t]+)?(?:day|date)[ \t]+only(?:{_NO_TIME})?[ \t]*\)"
    rf"|\([ \t]*(?:the[ \t]+)?(?:day|date){_NO_TIME}[ \t]*\)"
    r"|\([ \t]*(?:no|without)[ \t]+(?:the[ \t]+|a[ \t]+)?time(?:[ \t]+needed)?[ \t]*\)"
)


# "Acceptance criteria:\n- Fridge.temperature is a float": a criterion is what must hold once
# done, so a field written as code said to be a type there is the type it should be (read as a
# new Fridge, asked); only a bullet that says nothing else, under a label of criteria or
# requirements ("Cask.capacity is a string" in a sentence is how it is now)
_CRITERIA_LABEL = re.compile(
    r"(?im)^[ \t]*(?:acceptance[ \t]+criteria|definition[ \t]+of[ \t]+done|requirements?)"
    r"[ \t]*:[ \t]*$"
)
_CRITERION_DOTTED_IS = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+)"
    r"(?P<f>[A-Z][A-Za-z]*\.[a-z][a-z_]*)[ \t]+"
    rf"(?:is|are)[ \t]+(?:an?[ \t]+)?(?P<t>(?i:{TYPE_ALTERNATION}))[ \t]*\.?[ \t]*$"
)


# "Why: the council grant needs better figures." over "Requirements: …": in a document whose
# ask is a list of requirements or criteria, the line that labels why (or the context) before
# that list is the reason, no ask of its own (its "needs" was read as a thing CouncilGrant
# with a field `better_figures`); left out of the reading
_WHY_LINE_BEFORE_LIST = re.compile(
    r"(?im)^[ \t]*(?:why|reason|rationale|motivation|background|context)[ \t]*:[ \t]*\S[^\n]*\n"
    r"(?=(?:[ \t]*\n)*[ \t]*(?:acceptance[ \t]+criteria|requirements?|definition[ \t]+of[ \t]+done)"
    r"[ \t]*:[ \t]*\n)"
)


# "a years of experience count", "an hours of training count": a span counted, then "count",
# is the span as a whole number ("count" types it, as "(count)" does: `years_of_experience`,
# not `years_of_experience_count`); "a visit count", "a page count" keep their name
_SPAN_OF_COUNT = re.compile(
    r"(?i)\b(?P<q>(?:years|months|weeks|days|hours|minutes|nights|seasons)[ \t]+of[ \t]+[a-z]+"
    r"(?:[ \t][a-z]+)?)[ \t]+count\b"
)


# "add two columns to the Kiln model — glaze and cone": a dash after where the fields go opens
# their list, as a colon does (never "Kiln model — glaze, …", a thing created with its fields)
_ADD_TO_DASH = re.compile(
    r"(?i)\b(?P<ask>(?:add|put|stick|include)\b[^\n—.!?:]{0,60}?\b(?:to|on|onto)[ \t]+"
    r"(?:the[ \t]+)?[A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*)?(?:[ \t]+(?:entity|model|table))?)"
    r"[ \t]+—[ \t]+(?=[A-Za-z`])"
)

# "can we stick a key column on the Translation model?", "slap a flag on Order": a field stuck
# on a thing is a field put on it
_STICK_ON = re.compile(
    r"(?i)\b(?:stick|slap|tack)(?:[ \t]+on)?(?=[ \t]+(?:an?|the|some|two|three|another)[ \t]"
    r"[^\n.!?]{1,60}?[ \t](?:on|onto|to)[ \t])"
)


# "the mechanics thing i need to add …", "my Hamster thing", "the whole Tournament thing can
# go": a thing kept, called a "thing" in talk, is the thing marked as an entity ("the Hamster
# entity"), which the change readers know; only a name written with capitals (not a day or a
# month) or a plural whose singular first names a kind of thing kept (a person, an animal, a
# made thing, an event). "the same thing", "the whole thing", "the booking thing" (an act, a
# screen?) and "one more thing" stay talk; so does the thing said as a heading over what
# follows ("the Kiln thing - …", "the Kiln thing you made last week …", "about the Kiln thing"),
# read as a topic there.
_THING_AS_ENTITY = re.compile(
    r"\b(?P<d>(?:[Tt]he|[Mm]y|[Oo]ur|[Tt]his)[ \t]+(?:(?:whole|entire)[ \t]+)?)"
    r"(?P<n>[A-Z][a-z]+(?:[ \t]?[A-Z][a-z]+)?|[a-z][a-z-]+s)[ \t]+thing\b(?![-'])"
    r"(?![ \t]*[—–:,(-]|[ \t]+(?:you|we|i|they|that|which)[ \t]+(?:(?:just|already)[ \t]+)?"
    r"(?:made|built|set|created|added|did|wrote|have|had)\b"
    # ("the Greenhouse thing from last month - …": a heading that runs on to a dash)
    r"|[^.!?\n]{0,40}?[ \t][—–-][ \t])"
)


def _thing_as_entity(m: re.Match[str]) -> str:
    name = m["n"]
    if re.search(r"\b(?:about|re|regarding)[ \t]+$", m.string[: m.start()], re.I):
        return m.group(0)  # "About the Greenhouse thing …": the topic of what follows
    if name.lower() in TIME_NAMES:
        return m.group(0)  # "the Easter thing": an occasion, no thing kept
    if name[0].islower() and (singular(name) == name or first_sense(name) not in THING_KINDS):
        return m.group(0)
    return f"{m['d']}{name} entity"


# "i made age on my Hamster thing a text but it should be a number", "we set the depth on the
# Core entity as text": the type someone gave a field is the type it has ("age on my Hamster
# entity was text"), the wish after it the change; "made" is the person's doing, no field
_GAVE_A_TYPE = re.compile(
    r"\b(?:i|we)[ \t]+(?:(?:accidentally|mistakenly|originally|first|initially|wrongly)[ \t]+)?"
    # ("i set up the hours per month on Volunteer as a whole number": set up, the same)
    r"(?:made|set(?:[ \t]+up)?|stored|saved|created|defined|typed|entered)[ \t]+"
    r"(?P<f>(?:the[ \t]+)?[a-z][a-z-]*(?:[ \t][a-z][a-z-]*){0,3}?[ \t]+(?:on|in)[ \t]+"
    r"(?:(?:the|my|our)[ \t]+)?[A-Za-z][A-Za-z-]*(?:[ \t]+(?:entity|table|model))?)[ \t]+"
    rf"(?:as[ \t]+)?(?:an?[ \t]+)?(?P<t>{TYPE_ALTERNATION})\b",
    re.I,
)


# "add fax back on suppliers", "put the fax field back to Supplier": "back" says the field was
# there before, never part of its name (it is added as any field is)
_ADDED_BACK = re.compile(
    r"\b(?P<x>(?:add|put|re-?add)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|our[ \t]+)?"
    r"[a-z][a-z -]{0,40}?)(?<!\bdue)(?<!\bbring)(?<!\bcome)[ \t]+back"
    r"(?=[ \t]+(?:on|onto|to|into|in|for)[ \t])",
    re.I,
)  # ("add due back to Loan": "due back" is the field's name, the day it is due back)


# "It came out as text - can you …", "it's saving like text, but …": how the field said just
# before came to have its type is the type it has, as "it is text" says it; the change is what
# is asked after it ("the weight on Pet came out as text" is read where it is, changes.py)
_CAME_OUT_AS = re.compile(
    r"\b(?P<s>it|they)(?P<v>[ \t]+(?:came|ended|comes|ends)[ \t]+(?:out|up)"
    r"|(?:[ \t]+(?:is|are)|'s|'re)[ \t]+(?:saving|storing|coming[ \t]+out))[ \t]+(?:as|like)"
    rf"[ \t]+(?:an?[ \t]+)?(?P<t>{TYPE_ALTERNATION})\b(?=[ \t]*(?:[-—–,;.]|[ \t]but\b|$))",
    re.I,
)


def _came_out_as(m: re.Match[str]) -> str:
    past = m["v"].strip().lower().startswith(("came", "ended"))
    verb = ("was" if past else "is") if m["s"].lower() == "it" else ("were" if past else "are")
    return f"{m['s']} {verb} {m['t']}"


# "F must be a whole number, now it saves like text", "… - it is text at the moment": after a
# type asked for, the type it has now, said with "now", "currently" or "at the moment", is
# "it is text" (what it was, talk), never the type asked for ("it is text now" was read so)
_NOW_IT_IS = re.compile(
    r"(?P<p>[,;]|[ \t][-\u2014\u2013])[ \t]*(?:but[ \t]+)?"
    r"(?P<w1>(?:right[ \t]+)?now|currently|at[ \t]+the[ \t]+moment|at[ \t]+present)?"
    r"[ \t]*,?[ \t]*(?P<s>it|they)[ \t]*"
    r"(?:(?:[ \t]is|[ \t]are|'s|'re)(?:[ \t]+(?:currently|now))?(?:[ \t]+(?:saved|stored|kept"
    r"|set[ \t]+up|saving|storing|coming[ \t]+out))?(?:[ \t]+(?:as|like))?"
    r"|[ \t](?:saves|stores|comes[ \t]+out|shows)[ \t]+(?:as|like))"
    rf"[ \t]+(?:an?[ \t]+)?(?P<t>{TYPE_ALTERNATION})\b"
    r"(?P<w2>[ \t]+(?:(?:right[ \t]+)?now|currently|at[ \t]+the[ \t]+moment|at[ \t]+present))?"
    r"(?=[ \t]*(?:[.!;,]|$))",
    re.I | re.M,
)
# a type asked for just before (the owner's words, a few dozen characters)
_TYPE_ASKED_BEFORE = re.compile(
    rf"\b(?:be|to|into|as|a|an)[ \t]+(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})[ \t]*$", re.I
)


def _now_it_is(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 80) : m.start()]
    if not (m["w1"] or m["w2"]) or not _TYPE_ASKED_BEFORE.search(before):
        return m[0]
    verb = "is" if m["s"].lower() == "it" else "are"
    return f", {m['s']} {verb} {m['t']}"  # (after a dash too: ", it is text" is read so)


# "it should be a number?? like an integer i think", "change it to a number (an integer)": a
# number, then the kind of number said after it, is that kind (the second word narrows the
# first); only where a type is said ("be", "to", "as", "into" before it, or "make F on X a
# number": a few words after "make", then "a number"), never "room number"
_NUMBER_THEN_KIND = re.compile(
    r"\b(?P<lead>(?:be|to|as|into)[ \t]+"
    r"|make[ \t]+(?:[\w'-]+[ \t]+){1,5}?(?=an?[ \t]+number\b))"
    r"(?:an?[ \t]+)?number[ \t]*[?!.,;:(]*[ \t]*"
    # (mb63) "to be a number - a float - rather than text": the kind between dashes, too
    r"(?:[—–-][ \t]*)?"
    r"(?:(?:like|i\.?e\.?|as in|meaning|or rather|rather|so|well)[ \t]*,?[ \t]+)?"
    r"(?:an?[ \t]+)?(?P<t>integer|int|whole number|decimal|float)\b"
    r"(?:[ \t]*\)|[ \t]+[—–-](?=[ \t]))?",
    re.I,
)


# "we completely forgot the microchip number. Can you add that to the Pet entity?": what was
# forgotten is what "that" adds
_FORGOT_THEN_THAT = re.compile(
    r"(?P<head>\b(?:forgot|forgotten|missed|left out)\s+(?:about\s+)?(?P<f>(?:the|a|an)\s+[a-z]"
    r"[a-z ]{0,30}?)\s*[.!]\s+)"
    r"(?P<ask>(?:(?:so\s+)?(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)?"
    r"(?:add|include|put)\s+)(?:that|it|this)\b",
    re.I,
)


def _things_then_they(m: re.Match[str]) -> str:
    """ "could the bouquets " for "the bouquets - could they ", when the things are plural."""
    last = m["x"].split()[-1].lower()
    if singular(last) == last:
        return m[0]  # "the team - could they …": one thing said as "they", left as said
    return f"{m['lead']}{m['m']} {m['x']} "


# (mb63) "Reception keeps asking for the patient's GP surgery - could we add that to Patient?",
# "the vets always ask about a microchip number. Can you add it to Pet?": what people ask for
# is what "that" adds, as what was forgotten is
_ASKED_THEN_THAT = re.compile(
    r"(?P<head>\b(?:(?:keeps?|kept|(?:is|are|was|were)(?:\s+(?:always|forever|constantly))?)"
    r"\s+asking|(?:always|often|constantly|regularly)\s+asks?|asked|requested)"
    r"\s+(?:(?:me|us|them|you)\s+)?(?:for\s+|about\s+)?"
    r"(?P<f>(?:the|a|an|their|our|his|her)\s+[a-z][a-z' ]{0,40}?)"
    r"\s*(?:[.!,]|\s[-–—])\s+)"
    r"(?P<ask>(?:(?:so\s+)?(?:can|could|would)\s+(?:you|we)\s+(?:please\s+)?|please\s+)?"
    r"(?:add|include|put)\s+)(?:that|it|this)\b",
    re.I,
)
# (mb63) "An Assessment entity is needed, with strength score, …", "A new Venue table is
# required, holding name, city and capacity": a thing said needed in the passive, then its list,
# is "we need an Assessment entity with …" (the list was read as an add to no thing)
_ENTITY_IS_NEEDED = re.compile(
    r"(?im)(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*)(?P<a>an?|one)[ \t]+"
    r"(?P<x>(?:new[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+(?:entity|table|model))"
    r"[ \t]+(?:is|will[ \t]+be)[ \t]+(?:also[ \t]+)?(?:needed|required|wanted|necessary)"
    r"[ \t]*,?[ \t]*(?=(?:with|holding|having|containing|storing|including)\b)"
)
# (mb63) "Oh, and the bouquets - could they get a wrap material too?", "The members: can they
# have a nickname as well?": the things said first, then a dash and "they", are what "they"
# stands for: "could the bouquets get …" (the sentence was read as nothing)
_THINGS_THEN_THEY = re.compile(
    r"(?im)(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*(?:(?:oh|and|also|so|ok|okay|right)[ \t]*,?[ \t]+)*)"
    r"(?P<x>(?:the|our|all[ \t]+the|all[ \t]+our)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)"
    r"[ \t]*(?:[—–-]|:|,)[ \t]+(?P<m>could|can|would|should|will|do|might)[ \t]+they[ \t]+"
    r"(?:(?:also|please|maybe|perhaps)[ \t]+)?(?=(?:get|have|hold|carry|include)\b)"
)
# "… and date received, and the donor name can be blank for anonymous gifts": a note on a
# listed field, joined to the list by ", and", is a sentence of its own (for whom it may be
# blank says when, not another thing)
_AND_THEN_BLANK = re.compile(
    r",\s*and\s+(?P<said>the\s+[a-z][a-z ]{0,30}?\s+(?:can|may|could)\s+(?:also\s+)?be\s+"
    r"(?:left\s+)?(?:blank|empty|missing))(?:\s+(?:for|when|if|on)\s+[^,.;\n]+)?",
    re.I,
)

# "… the quoted amount and the expiry date (a quote is only valid for 14 days).": a sentence
# in brackets that ends a sentence says something of the things kept, as a sentence after it
# would ("(it is optional)", "(the default is 0)" stay notes on the field before them)
_BRACKETED_SENTENCE = re.compile(
    r"[ \t]*\((?P<s>(?:(?:a|an|each|every|the|our|their)[ \t]+(?!(?:field|value|one|default"
    r"|format|same)\b)[a-z]+|[a-z]+s)(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:is|are|can|must|should|will"
    r"|only|always|never|usually)[ \t]+[^()\n]{3,80}?)\)(?P<end>[ \t]*[.!?])",
    re.I,
)
_NOTE_WORDS = re.compile(
    rf"\b(?:optional|required|mandatory|unique|blank|empty|null|default|e\.g|example|like"
    rf"|format|{TYPE_ALTERNATION})\b",
    re.I,
)


def _bracketed_sentence(m: re.Match[str]) -> str:
    """ "…. A quote is only valid for 14 days." for a sentence said in brackets at the end."""
    if _NOTE_WORDS.search(m["s"]) or len(m["s"].split()) < 4:
        return m[0]
    return f"{m['end'].strip()} {m['s'][:1].upper()}{m['s'][1:]}{m['end'].strip()}"


# "the fax number on Donor (who even has a fax??).": a question or an exclamation in brackets
# before a sentence ends is a remark that asks for nothing, left out (inside the sentence,
# "Donor (who …)" was read as part of the field's name, `fax_number_on_donor`)
_BRACKETED_REMARK = re.compile(
    # (the blanks before the bracket from their first only: linear on a long run of spaces)
    r"(?<![ \t])[ \t]*\((?P<s>(?:who|why|what|how|honestly|seriously|nobody|no[ \t]+one|does|do"
    r"|did|is|are|was|were|lol|haha|ugh|sigh)\b[^()\n]{3,80}?[?!]+)[ \t]*\)(?P<end>[ \t]*[.!?]+)",
    re.I,
)


def _bracketed_remark(m: re.Match[str]) -> str:
    if _NOTE_WORDS.search(m["s"]):
        return m[0]  # "(is it optional?)", "(is that a date?)": a doubt about the value
    # (dropped, not said after: as a sentence of its own its "a fax" was what "it" pointed at)
    return m["end"]


# "Sometimes there's a note from the client but not always, so that one's optional": a thing
# that is there only sometimes is an optional field, said as "the note is optional" (where it
# comes from is no part of its name)
_THERE_SOMETIMES = re.compile(
    r"(?:(?<=^)|(?<=[.!?][ \t])|(?<=\n))(?:(?P<sometimes>sometimes|occasionally)[ \t]+)?"
    r"there(?:'s|[ \t]+is)[ \t]+(?:(?P<often>sometimes|occasionally|also)[ \t]+)?(?:a|an)[ \t]+"
    r"(?P<f>[a-z]+(?:[ \t][a-z]+){0,2}?)(?:[ \t]+(?:from|by|for|with)[ \t]+[a-z][a-z' \t]{0,30}?)?"
    r"(?:[ \t]+(?:too|as[ \t]+well))?"
    r"(?P<not_always>,?[ \t]+but[ \t]+not[ \t]+always)?"
    r"(?P<optional>,?[ \t]+(?:so[ \t]+)?(?:that[ \t]+one|that|it|which)(?:'s|[ \t]+is"
    r"|[ \t]+should[ \t]+be|[ \t]+can[ \t]+be)[ \t]+optional)?[ \t]*(?=[.!?]|$)",
    re.I | re.M,
)


# "Where it says hours on the tractors, we actually call it engine hours": the name a field is
# shown by, then the name people use for it, is a rename of that field on that thing
_WHERE_IT_SAYS = re.compile(
    # ("Small thing from the family team: where it says …": after a lead-in's colon too)
    r"(?:(?<=^)|(?<=[.!?:][ \t])|(?<=\n))where[ \t]+it[ \t]+(?:says|reads)[ \t]+[\"']?"
    r"(?P<f>[a-z][a-z \t]{0,30}?)[\"']?[ \t]+(?:on|for|in)[ \t]+(?:the[ \t]+|our[ \t]+)?"
    r"(?P<e>[a-z][a-z-]*(?:[ \t][a-z][a-z-]*)?)[ \t]*,[ \t]*(?:we|everyone|people|they)[ \t]+"
    r"(?:actually[ \t]+|really[ \t]+|always[ \t]+|all[ \t]+)?call[ \t]+it[ \t]+[\"']?"
    r"(?P<g>[a-z]+(?:[ \t](?!(?:but|and|so|though|although|here)\b)[a-z]+){0,3})[\"']?"
    # ("… we actually call it "emergency contact" here": where they call it so)
    r"(?:[ \t]+(?:here|round here|over here))?(?=[ \t]*(?:[-–—,.;!?]|$))",
    re.I | re.M,
)
# "Keep the email on Grower, but the phone can go": what stays is no change; the removal after
# "but" is the ask, on the thing the kept field is on
_KEEP_BUT = re.compile(
    r"(?:(?<=^)|(?<=[.!?][ \t])|(?<=\n))keep[ \t]+(?!(?:track|tabs|an?|records?|hold)\b)"
    r"(?:the[ \t]+[a-z][a-z \t]{0,30}?(?:[ \t]+(?:on|for|in)[ \t]+(?:the[ \t]+)?(?P<e>[a-z]+"
    r"(?:[ \t]entity)?))?|[a-z][a-z \t]{0,30}?[ \t]+(?:on|for|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<e2>[a-z]+(?:[ \t]entity)?))"
    # ("Keep the email on Introducer as it is, but …": said to stay as it is, the same)
    r"(?:[ \t]+(?:as[ \t]+it[ \t]+is|as[ \t]+is|as[ \t]+they[ \t]+are|unchanged|untouched))?"
    r"[ \t]*,?[ \t]+but[ \t]+(?=(?:the|drop|remove|delete|get[ \t]+rid|lose|take|make)\b)",
    re.I | re.M,
)

# "On the Kiln entity keep the name, but the pager can go": the owner said first, then what
# stays, then the change after "but" (or a comma), which is the ask on that owner
_ON_KEEP_BUT = re.compile(
    r"(?:(?<=^)|(?<=[.!?][ \t])|(?<=\n))(?:on|for|in)[ \t]+(?:the[ \t]+)?(?P<e>[a-z]+)"
    r"(?:[ \t]entity)?[ \t]*,?[ \t]+keep[ \t]+the[ \t]+[a-z][a-z \t]{0,30}?[ \t]*[,;]?"
    r"[ \t]+(?:and[ \t]+|but[ \t]+)(?=(?:the|drop|remove|delete|get[ \t]+rid|lose|take|make)\b)",
    re.I | re.M,
)
# "Supplier: keep the email, the fax can go", "keep the phone; drop the pager": the same with a
# comma or a semicolon for "but", also after the colon of a heading
_KEEP_THEN_CHANGE = re.compile(
    r"(?:(?<=^)|(?<=[.!?:][ \t])|(?<=\n))keep[ \t]+the[ \t]+[a-z][a-z \t]{0,30}?"
    r"(?:[ \t]+(?:on|for|in)[ \t]+(?:the[ \t]+)?(?P<e>[a-z]+(?:[ \t]entity)?))?[ \t]*[,;][ \t]*"
    r"(?:and[ \t]+|but[ \t]+)?(?=(?:the|that|its)[ \t]+[a-z][a-z \t]{0,30}?[ \t]+(?:can|could"
    r"|may|should|must)[ \t]+(?:also[ \t]+)?(?:go\b|be[ \t]+(?:removed|dropped|deleted|optional"
    r"|renamed)\b)|(?:drop|remove|delete|get[ \t]+rid|lose|take|make)[ \t]+(?:the|that|its)\b)",
    re.I | re.M,
)
# "The hardness on Gasket stays as it is, but please make the colour optional": a field said
# to stay as it is is no change; the change after "but" is the ask, on the same thing
_STAYS_BUT = re.compile(
    r"(?:(?<=^)|(?<=[.!?:][ \t])|(?<=\n))(?:the[ \t]+)?[a-z][a-z \t]{0,30}?[ \t]+(?:on|for|in)"
    r"[ \t]+(?:the[ \t]+)?(?P<e>[a-z]+)(?:[ \t]entity)?[ \t]+(?:stays|remains|can stay|should stay)"
    r"(?:[ \t]+(?:as[ \t]+it[ \t]+is|as[ \t]+is|the[ \t]+same|unchanged|untouched))?[ \t]*,?"
    r"[ \t]+but[ \t]+(?=(?:please[ \t]+)?(?:the|drop|remove|delete|get[ \t]+rid|lose|take|make"
    r"|set|mark|rename|change)\b)",
    re.I | re.M,
)

# "growers: name, email; pallets: pallet code, packed on": after a semicolon, a plural and a
# colon before a list open the next thing's fields, as a new sentence would ("; age: int" is
# one more field with its type)
_SEMICOLON_GROUP = re.compile(r";[ \t]*(?=[A-Za-z][a-z]+(?:[ \t][a-z]+)?s:[ \t][^;:\n]*,)")
# "Tastings: tasting date, guests (count), fee, club member?": in a line that lists a thing's
# fields after its name, an item written as a question is a yes/no column ("paid?"), as a
# spreadsheet header writes it; not in a line that asks ("Could you …: a, b?")
_HEADER_LINE_ASKS = re.compile(
    r"^(?P<head>[ \t]*(?:[-*#]+[ \t]*)?(?!(?:can|could|would|will|is|are|do|does|should|may"
    r"|what|how|why|where|who|which|when|please|hi|hey|so)\b)[A-Za-z][A-Za-z -]{0,40}:)"
    r"(?P<items>[^:\n]*\?[^:\n]*)$",
    re.M | re.I,
)
# (lp60) "locos - name, livery, dcc fitted?", "Fittings — kind, weight, pass?": a thing named
# before a dash heads its list as a colon does ("tie tests - …, pass?" was read as text, accepted);
# not when the words after the dash ask ("Dogs - can we add colour?")
_DASH_HEADER_LINE_ASKS = re.compile(
    r"^(?P<head>[ \t]*(?!(?:can|could|would|will|is|are|do|does|should|may|what|how|why|where"
    r"|who|which|when|please|hi|hey|so)\b)[A-Za-z][A-Za-z ]{0,40}?[ \t][-\u2013\u2014][ \t]+"
    r"(?!(?:can|could|would|will|is|are|do|does|please|pls|plz)\b)"
    # (a list: its first item is a name of up to four words; "Just wondering — each kennel
    # holds one dog, right?" is a sentence with a tag question)
    r"(?=(?:[A-Za-z][\w'/-]*[ \t]+){0,3}[A-Za-z][\w'/-]*(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*,))"
    r"(?P<items>[^:\n\u2013\u2014]*\?[^:\n\u2013\u2014]*)$",
    re.M | re.I,
)
_ASKED_ITEM = re.compile(r"(?<=[,:|])(?P<sp>[ \t]*)(?P<f>[a-z][a-z ]{1,30}?)\?(?=[ \t]*(?:[,|]|$))")
# words whose field holds a value, never a yes/no, however it is asked ("notes?", "colour?")
_VALUE_HEADS = frozenset(
    """name names notes note comments comment description address code number no id ref
    reference title type kind colour color size phone mobile email status remarks details
    location place variety breed date day time at by count""".split()
)


def _yes_no_items(m: re.Match[str]) -> str:
    def marked(item: re.Match[str]) -> str:
        words = item["f"].split()
        if not words or len(words) > 3 or words[-1] in _VALUE_HEADS:
            return item[0]
        if words[-1] in INT_WORDS or words[-1] in DECIMAL_WORDS or words[-1] in FLOAT_WORDS:
            # "price?": a value whose word gives its type is asked about, not a yes/no
            return item[0]
        return f"{item['sp']}{item['f']} (yes/no)"

    return m["head"] + _ASKED_ITEM.sub(marked, m["items"])


def _kept_but(m: re.Match[str]) -> str:
    """ "On Grower, " for "Keep the email on Grower, but"; nothing when no owner is said."""
    owner = m["e"] or m["e2"]
    return f"On {owner}, " if owner else ""


def _there_sometimes(m: re.Match[str]) -> str:
    """ "The note is optional" when the sentence says it is there only sometimes."""
    if m["optional"] or (m["not_always"] and (m["sometimes"] or m["often"])):
        return f"The {m['f']} is optional"
    return m[0]


# "The insurer wants two more bits on every Vehicle: tax date, …", "For the Vehicle we forgot
# two things: …", "… needs two more attributes on the vehicle record, namely …": a count of
# things more (or forgotten) on a named thing, then their list, adds them to it, whoever asks
_MORE_THINGS_ON = re.compile(
    r"(?im)(?P<lead>^[ \t]*|(?<=[.!?,:])[ \t]+)(?:"
    r"[^\n.!?:;]*?\b(?:wants?|wanted|asked[ \t]+for|needs?|would[ \t]+like|forgot|missed"
    r"|left[ \t]+out)[ \t]+"
    rf"(?P<n1>{_HOW_MANY})(?:(?:new|more|extra|additional|other)[ \t]+)?"
    r"(?:fields|columns|attributes|(?P<vague>things|bits|details))[ \t]+(?:on|for|to|in)[ \t]+"
    r"(?:(?:the|our)[ \t]+|(?P<each>every|each|all)[ \t]+)?"
    r"(?P<x>[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?)"
    r"|for[ \t]+(?:the[ \t]+|every[ \t]+|each[ \t]+)?(?P<y>[a-z][\w-]*(?:[ \t][a-z][\w-]*){0,2}?)"
    r"[ \t]*,?[ \t]+(?:we|i|they)[ \t]+(?:(?:have|had)[ \t]+)?(?:forgot|forgotten|missed"
    rf"|left[ \t]+out)[ \t]+(?P<n2>{_HOW_MANY})(?:(?:more|other)[ \t]+)?"
    r"(?:fields|things|bits|details))"
    r"(?:[ \t]+(?P<marker>entity|table|record|model))?[ \t]*(?:[:—–-]|,?[ \t]+namely)[ \t]*"
    r"(?P<list>[a-z][^\n]*)$"
)

# "…, so for consistency could we call …": why, said before the ask without its comma
_WHY_BEFORE_ASK = re.compile(
    r"\b(?P<why>for[ \t]+(?:consistency|clarity|simplicity|readability|completeness"
    r"|the[ \t]+sake[ \t]+of[ \t]+[a-z]+))(?=[ \t]+(?:(?:could|can|would|will|shall|may)[ \t]+"
    r"(?:we|you|i|someone)|please)\b)",
    re.I,
)

# "Move our Keys sheet into the app — columns are key code, hook …": a dash before a sheet's
# columns (or a record's fields) said as a clause of their own ends the sentence before it
_DASH_THEN_COLUMNS = re.compile(
    r"[ \t]+—[ \t]+(?=(?:the[ \t]+|its[ \t]+|it[ \t]+)?(?:columns|headers|headings|fields)"
    r"[ \t]+(?:are|is)[ \t]+[a-z])",
    re.I,
)

# "Gate passes at the depot — that's what I need logged.": the things said first, then "that's
# what I need logged", is "I need to log gate passes at the depot"
_THATS_WHAT_KEPT = re.compile(
    r"(?im)(?P<lead>^[ \t]*|(?<=[.!?])[ \t]+)(?P<x>[a-z][\w' -]{0,60}?)[ \t]*(?:—|–|-|,|:)[ \t]*"
    r"(?:that's|that is|this is|those are|these are)[ \t]+what[ \t]+(?P<who>i|we)[ \t]+"
    r"(?:really[ \t]+)?(?:need|want|would[ \t]+like|'d[ \t]+like)[ \t]+(?:to[ \t]+)?(?:have[ \t]+)?"
    r"(?P<v>logged|tracked|kept|recorded|stored|managed|log|track|keep|record|store|manage)\b"
)
# "What I need for every gutter quote is the customer name, …": the pseudo-cleft says "For
# every gutter quote I need the customer name, …" (read whole, its first field was lost)
_WHAT_NEED_FOR_EACH = re.compile(
    r"(?i)\bwhat[ \t]+(?P<who>i|we)[ \t]+(?P<v>need|want|would[ \t]+like|'d[ \t]+like)"
    r"(?P<k>[ \t]+to[ \t]+(?:keep|record|log|track|store|note|save)|[ \t]+(?:kept|recorded|logged"
    r"|tracked|stored|noted|saved))?[ \t]+(?P<p>for[ \t]+(?:every|each)[ \t]+[a-z][a-z -]{0,40}?)"
    r"[ \t]+(?:is|are)[ \t]+(?=[a-z])"
)
_KEPT_VERB = {"logged": "log", "tracked": "track", "kept": "keep", "recorded": "record",
              "stored": "store", "managed": "manage"}  # fmt: skip


def _thats_what_kept(m: re.Match[str]) -> str:
    verb = m["v"].lower()
    return f"{m['lead']}{m['who'].capitalize()} need to {_KEPT_VERB.get(verb, verb)} {m['x']}"


# "Please remove fax from the Haulier entity, and the telex one while you're in there": the
# other one said after the removal goes from the same thing ("remove fax and telex from …")
_AND_THE_OTHER_ONE = re.compile(
    r"\b(?P<v>remove|delete|drop)[ \t]+(?P<f>(?:the[ \t]+)?[a-z][a-z ]{0,30}?)"
    r"(?P<fw>[ \t]+(?:field|column))?[ \t]+from[ \t]+(?P<e>(?:the[ \t]+)?[a-z][\w-]*"
    r"(?:[ \t]+(?:entity|table|model))?)[ \t]*,?[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"(?P<g>[a-z][a-z ]{0,30}?)[ \t]+(?:one|field|column)"
    r"(?P<tail>(?:[ \t]+(?:too|as[ \t]+well|also))?(?:,?[ \t]+while[ \t]+you(?:'re|[ \t]+are)"
    r"[ \t]+(?:in[ \t]+there|at[ \t]+it))?)(?=[ \t]*[.!?]|[ \t]*$)",
    re.I | re.M,
)

# "on pallets, the gross weight field: can you make it an int?": the field named before the
# colon is what "it" in the ask after it is
_FIELD_THEN_IT = re.compile(
    r"\b(?P<f>the[ \t]+[a-z]+(?:[ \t][a-z]+){0,2}?[ \t]+(?:field|column)(?:[ \t]+(?:on|of|in)"
    r"[ \t]+(?:the[ \t]+)?[a-z]+)?)[ \t]*:[ \t]*(?P<ask>(?:(?:can|could|would|will)[ \t]+"
    r"(?:you|we|someone)[ \t]+|please[ \t]+)(?:please[ \t]+)?(?:make|change|set|turn|switch"
    r"|convert|rename))[ \t]+it\b",
    re.I,
)

# "Now that the new contracts are live we no longer need legacy contracts": the occasion that
# opens a sentence ends before who asks, as a comma would say
_OCCASION_THEN_WE = re.compile(
    r"(?im)(?P<occasion>(?:^[ \t]*|[.!?][ \t]+)(?:now that|since|because|once)[ \t]"
    r"[^,.;:!?\n]{5,120}?)"
    r"(?=[ \t]+(?:we|i|they)[ \t]+(?:no longer|don't|do not|can|could|should|would like to"
    r"|want to|need to)[ \t])"
)


def _more_things_on(m: re.Match[str]) -> str:
    """ "add two new fields to Vehicle: …" for a count of things wanted on a named thing (a
    vague "things" only on one written as a name, or on each one: "two things for the cafe"
    may be anything)."""
    owner = m["x"] or m["y"]
    if m["vague"] and not (m["each"] or m["marker"] or owner[:1].isupper()):
        return m[0]
    if len(words := owner.split()) > 1 and all(w[:1].isupper() for w in words):
        owner = "".join(words)  # "the Permit Application": one name, as PermitApplication
    return f"{m['lead']}add {m['n1'] or m['n2']}new fields to {owner}: {m['list']}"


def _new_fields_line(m: re.Match[str]) -> str:
    owner = m["x"] or m["y"] or m["z"] or m["w"]
    many = m["n1"] or m["n2"] or m["n3"] or m["n4"] or ""
    # (lu61) "a couple (of) more details": a couple is two ("add a couple of new fields" read
    # nothing's owner)
    many = re.sub(r"^a[ \t]+couple(?:[ \t]+of)?[ \t]+$", "two ", many)
    return f"{m['lead']}{m['pre'] or ''}add {many}new fields to {owner}: {m['list']}"


# "User story: As a keeper, I want …", "Summary: add fields to Hive.", "1. Purpose: record the
# hives we keep.": a document's section label before a sentence on its line leads into it and
# names nothing ("description: text" on a field line is a field and its type, left as written)
_SECTION_LEAD = re.compile(
    r"(?im)^(?P<pre>[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?)(?:user[ \t]+story|story|epic"
    r"|feature|purpose|scope|summary|goal|problem|background|context|description)[ \t]*:[ \t]+"
    r"(?P<rest>[^\n]*\S)[ \t]*$"
)


def _section_lead(m: re.Match[str]) -> str:
    rest = m["rest"]
    words = rx(r"[A-Za-z]+").findall(rest)
    if len(words) < 3 or rest.lower().rstrip(". ") in TYPE_WORDS:
        return m[0]
    label = m[0][len(m["pre"]) :].split(":", 1)[0].strip().lower()
    if label in ("background", "context") and is_background(rest):
        return m[0]  # "Background: the crews work from printed sheets.": context, kept so
    if not _SENTENCE_CUE.search(rest):
        return m[0]  # "description: long free text": a field and what it holds
    return m["pre"] + rest


# What makes the words after a section label a sentence: a role, a pronoun, a verb of asking
_SENTENCE_CUE = re.compile(
    r"(?i)^(?:as|an?|the|this|our|we|i|each|every)\b|\b(?:we|i|you|they|it)\b"
    r"|\b(?:add|adds|extend|extends|track|tracks|record|records|keep|keeps|manage|manages"
    r"|store|stores|need|needs|want|wants|remove|rename|change|make|create|build|log|register"
    r"|is|are|should|shall|must|will|can|gets?)\b"
)


# "track our boilers: each one has a site name, …": "each one" after the colon (or a dash
# between spaces, "track our boilers — each one has …") is each of the things kept, named
# just before it
_EACH_ONE_KEPT = re.compile(
    r"\b(?P<head>(?:track|keep|log|record|manage|store|list|register)\s+(?:(?:all\s+)?(?:our|the"
    r"|my|their)\s+)?(?P<m>[a-z]+\s+)?(?P<n>[a-z]{3,}s))(?P<sep>(?:[ \t]*:|[ \t]+[-—–])[ \t]*)"
    r"(?:each|every)[ \t]+"
    r"(?:one|of them)\b",
    re.I,
)


# What each one holds said with a verb other than "has", over a list ("track flats — each one
# carries an address, a …", "…: each one comes with a …"): its own sentence, as "Track flats.
# Each one carries …" is read (after the dash the verb was read into the first field's name, or
# the thing's); "each one holds up to four people" lists nothing and is left as it was
_HOLDS_VERB = re.compile(
    r"[ \t]+(?:holds|carries|keeps|stores|contains|includes|records|comes[ \t]+with"
    r"|is[ \t]+described[ \t]+by)[ \t]+(?:an?|the|its|their)[ \t]+[^.;:!?\n]*?(?:,|[ \t]and[ \t])",
    re.I,
)


def _each_one_kept(m: re.Match[str]) -> str:
    thing = singular(m["n"].lower())
    # ("track void properties: each one …" is each void property, its word before it kept)
    if thing == m["n"].lower():
        return m[0]
    sep = ". " if _HOLDS_VERB.match(m.string, m.end()) else m["sep"]
    return f"{m[0][: m.end('head') - m.start()]}{sep}each {m['m'] or ''}{thing}"


# "driving lessons - each one belongs to one instructor", "For gym lockers, each one has a
# code": the plural said first, then "each one" about it, is each of those things
_TOPIC_EACH_ONE = re.compile(
    r"(?im)^(?P<x>[ \t]*)(?:for[ \t]+)?(?:(?:the|our|my|all)[ \t]+)?"
    r"(?P<t>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)(?:[ \t]+[-—][ \t]+|[ \t]*[:,][ \t]*)"
    r"(?:each|every)[ \t]+(?:one of them|one|of them)\b"
)


def _topic_each_one(m: re.Match[str]) -> str:
    words = m["t"].lower().split()
    # ("please create ingredients — each one keeps …": the ask's verb before the things is
    # no part of their name; each one is each ingredient)
    while len(words) > 1 and words[0] in ("please", "pls", "plz"):
        words = words[1:]
    if len(words) > 1 and rx(rf"(?:{CREATE_VERBS}|{MANAGE_VERBS})").fullmatch(words[0]):
        words = words[1:]
    while len(words) > 1 and words[0] in ("the", "our", "my", "all"):
        words = words[1:]
    thing = singular(words[-1])
    if thing == words[-1] or any(w in FILLER or w in FRAME_NOUNS for w in words):
        return m[0]
    return f"{m['x']}each {' '.join([*words[:-1], thing])}"


# (lu61) "About the minibuses, we now also need to record the insurance reference on each one",
# "Regarding the lockers: … a padlock code on each one": things named as what the message is
# about, then a value wanted "on each one" later on: each one is each of those things
_ABOUT_THINGS = re.compile(
    r"(?i)\b(?:about|regarding|re|as[ \t]+for|as[ \t]+regards)[ \t]+(?:the|our|my|all[ \t]+the)"
    r"[ \t]+(?P<t>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?s)[ \t]*[,:;—–-]"
)
# (lu61) "the glaze recipes are great but we also need …", "The absence notices are working
# well, thanks. Could they also get …": things praised are what the message is about; the
# praise is a sentence of its own (its "but" joined it to the ask, read as talk before it)
# and "they" (or "each one") in the ask after it are those things
_PRAISED_THINGS = re.compile(
    r"(?i)\b(?P<d>the|our)[ \t]+(?P<u>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?s)[ \t]+(?:are"
    r"|have[ \t]+been)[ \t]+(?:(?:really|all|working|going|so)[ \t]+)?(?:great|fine|good"
    r"|brilliant|lovely|well|perfect|spot[ \t]+on|fab|amazing)\b"
    r"(?P<mid>(?:[ \t]*,?[ \t]*(?:thanks|thank[ \t]+you|cheers|btw|so[ \t]+far))*)"
    r"(?P<end>,?[ \t]+but[ \t]+|[ \t]*[.!][ \t]+(?:but[ \t]+)?)"
)
_ASKED_OF_THEY = re.compile(
    r"(?i)^(?P<q>(?:(?:could|can|would|will|should)[ \t]+)?)they\b(?=[ \t]+(?:also[ \t]+)?"
    r"(?:get|have|hold|carry|store|record|show|need|include)\b)"
)
_ON_EACH_ONE = re.compile(
    r"(?i)(?<=[ \t])(?P<p>on|for|to|in|with|against)[ \t]+(?:each|every)[ \t]+"
    r"(?:one(?:[ \t]+of[ \t]+them)?|of[ \t]+them)\b"
)


def _thing_said(words: list[str]) -> str | None:
    """ "glaze recipes" -> "glaze recipe", when the last word is a plural of a thing kept."""
    thing = singular(words[-1])
    if thing == words[-1] or any(w in FILLER or w in FRAME_NOUNS for w in words):
        return None
    return " ".join([*words[:-1], thing])


def _about_things_each_one(text: str) -> str:
    """ "About the Xs, … on each one": each X; "the Xs are great but they …": the Xs. Only
    when "each one" or "they" is there to stand for them; else the text is left as it was
    ("Pupils are working well, but we also need …" stays asked: whose the need is is open)."""
    topics = list(_ABOUT_THINGS.finditer(text))
    praised = list(_PRAISED_THINGS.finditer(text))
    if len(topics) + len(praised) != 1:
        return text
    m = (topics or praised)[0]
    words = (m["t"] if topics else m["u"]).lower().split()
    if (name := _thing_said(words)) is None:
        return text
    head, tail = text[: m.end()], text[m.end() :]
    they = False
    if praised:
        head = text[: m.start("end")] + ". "
        if q := _ASKED_OF_THEY.match(tail):
            tail = f"{q['q']}the {' '.join(words)}{tail[q.end() :]}"
            they = True
    each = _ON_EACH_ONE.search(tail)
    # ("About the kayaks, can you set up trips … for each one?": new things made for each)
    made = each and rx(r"\b(?:set(?:ting)?\s+up|creat(?:e|ing)|build(?:ing)?|make|start)\b").search(
        tail[: each.start()]
    )
    if each is None or made:
        return head + tail if they else text
    return f"{head}{tail[: each.start()]}{each['p']} each {name}{tail[each.end() :]}"


# "we don't do detentions anymore so get rid of them", "we no longer run night shifts, please
# delete them": things no longer done, then a removal of "them", removes those things
_NO_LONGER_THEM = re.compile(
    r"\b(?P<lead>(?:we|i)\s+(?:do not|don't|dont|no longer|(?:have\s+)?stopped|never)\s+"
    r"(?:do|run|use|offer|hold|sell|keep|doing|running|using|offering|holding|selling|keeping)"
    r"\s+(?:any\s+)?(?P<x>[a-z]+(?:[ -][a-z]+)?s)\b(?:\s+(?:anymore|any longer))?)"
    r"(?P<mid>[^.!?\n]{0,30}?\b(?:remove|delete|drop|get rid of|scrap|bin))\s+them\b",
    re.I,
)
# "…, ty", "… tyvm!": thanks in two to four letters, only where a message ends
_SIGN_OFF = re.compile(
    r"(?m)(?<=[\s,.!])(?:ty|tyvm|tysm|tia)(?=[ \t]*[!.]*[ \t]*$)"
    # "…, ta": the British thanks, after a comma only ("rename assistant to ta" is a name)
    r"|(?<=,)[ \t]*ta(?=[ \t]*[!.]*[ \t]*$)",
    re.I,
)
# "keep the mast height on Dinghy but rename it to rig height", "leave the phone as it is, just
# make it optional": what is kept is no new field; the change said of "it" is made to it
_KEPT_THEN_CHANGED = re.compile(
    r"\b(?:keep|leave)\s+(?P<x>(?:the|its|their|our)\s+[^,.;:!?\n]{1,60}?)"
    r"(?:\s+(?:as\s+it\s+is|as\s+is|where\s+it\s+is|in\s+place))?\s*,?\s+(?:but|and|though)?\s*"
    r"(?:just\s+|please\s+|only\s+)?(?P<v>rename|make|call|change|set|mark|turn|switch)\s+"
    r"(?:it|that)\b",
    re.I,
)
# "Keep everything but make notes optional on Route", "leave the rest as is and just rename
# …": all else kept, said before the change, is no part of it (nor a field "everything")
_KEEP_ALL_BUT = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:please\s+)?(?:keep|leave)\s+(?:everything(?:\s+else)?|the\s+rest"
    r"|all\s+(?:the\s+)?(?:data|rows|records|fields|else))(?:\s+as\s+(?:it\s+)?is)?\s*,?\s+"
    r"(?:but|and|except)\s+(?:just\s+|please\s+|only\s+)?(?=[a-z])",
    re.I,
)
# "one pump per borehole", "max one mentor per apprentice": how many of one thing each other
# thing has, said with "per", is "each borehole has one pump"
# (a sentence of its own: "Limit: one booking per member" is a rule about the data)
_ONE_PER = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.;!?]\s))[ \t]*(?:(?:at\s+most|max(?:imum)?|only|exactly|just)\s+)?"
    r"one\s+(?P<x>[a-z]+(?:\s[a-z]+)?)\s+"
    r"per\s+(?P<y>[a-z]+(?:\s[a-z]+)?)\b(?=\s*(?:[,.;!?\n]|please\b|$))",
    re.I,
)
# "boreholes have pumps, one per borehole": the plural link, then "one per" the owner, is one
_PLURAL_THEN_ONE_PER = re.compile(
    r"\b(?P<y>[a-z]+)\s+(?:have|has|get|need|take)\s+(?P<x>[a-z]+)\s*,?\s+(?:only\s+|just\s+)?"
    r"one\s+(?:each|per\s+(?P<y2>[a-z]+))\b",
    re.I,
)


def _plural_then_one_per(m: re.Match[str]) -> str:
    owner, thing = singular(m["y"].lower()), singular(m["x"].lower())
    if thing == m["x"].lower() or (m["y2"] and singular(m["y2"].lower()) != owner):
        return m[0]  # "boreholes have water, one per …": no plural thing counted
    return f"each {owner} has one {thing}"


# "vintage should be number not text on Wine": the type it is not (what it is today) said
# between the new type and the place is no part of either
_TYPE_NOT_TYPE = re.compile(
    rf"\b(?P<keep>(?:be|become|is|are)\s+(?:an?\s+)?(?:{TYPE_ALTERNATION}))\s*,?\s+(?:and\s+)?"
    rf"not\s+(?:an?\s+)?(?:{TYPE_ALTERNATION})\b\s*,?(?=\s+(?:on|in|for)\s)",
    re.I,
)
# "on Wine vintage should be a number": a place said first with a capital, then the field in
# lower case, is the topic of what follows, as with a comma after it ("on the Ticket entity
# the prio field is …": the word that marks the place as an entity is part of it, the comma
# goes after it, never between the name and its marker)
_ON_NAME_THEN_FIELD = re.compile(
    r"^(?P<on>[ \t]*(?:on|for|in)\s+(?:the\s+)?[A-Z][A-Za-z]*(?:[ \t]+(?:entity|table|model))?)"
    r"\s+(?=(?!(?:entity|table|model)\b)[`'\"]?[a-z][a-z_ ]{0,40}?[`'\"]?\s"
    # (the modal typed in a hurry, "shud", "shld", is mended only later: read it here too)
    r"(?:should|shud|shld|shd|shoud|shuold|sould|shold|must|needs?\s+to|has\s+to|is|are|can"
    r"|could)\s)",
    re.M,
)


# "get rid off the old entity": "off" after "rid" is "of"
_RID_OFF = re.compile(r"\b(rid)\s+off\b", re.I)
# "I want that the system keeps the drivers (…)": a wish said with "that" and a clause, as
# speakers of German, French or Italian say it, wishes what the clause says; the system as its
# subject keeps what follows ("I want that kennels have …" is read in assemble.py)
_WANT_THAT_SYSTEM = re.compile(
    r"\b(?:i|we)\s+(?:would\s+like|want|wish|need|would\s+want)\s+that\s+"
    r"(?=(?:the|our|my)\s+(?:system|app|application|database|program|tool|software)\s+"
    r"(?:keeps|stores|records|tracks|saves|holds|manages|remembers)\b)",
    re.I,
)
# "costumes (code, needs cleaning yes/no)": an item of a bracketed list that opens with "needs"
# and is marked yes/no names a state of the thing ("needs_cleaning"), no verb of the sentence
# (read as one, the list and the things after it were lost); written joined, as
# "needs-cleaning" reads (unmarked, "needs cleaning" is left as it was: asked)
_BRACKET_GROUP = re.compile(r"\([^()\n]{0,400}\)")
_NEEDS_ITEM = re.compile(
    r"(?:(?<=\()|(?<=,\s)|(?<=,))\s*needs\s+(?=[a-z]+\s+(?:yes/no|y/n|true/false|yes or no"
    r"|\(yes/no\)|\(y/n\)|\(bool(?:ean)?\))\s*[,)])"
)


def _needs_items(m: re.Match[str]) -> str:
    group = m[0]
    if "needs " not in group:
        return group
    return _NEEDS_ITEM.sub(lambda n: n[0].replace("needs", "needs-").replace("- ", "-"), group)


# "cud u make …": "could" typed short, before who is asked (a cow's cud stays a word)
_COULD = re.compile(r"\b(?:cud|culd|coud)(?=\s+(?:u|you|we|i|someone|somebody)\b)", re.I)
# "fee an a sold out flag": "and" typed as "an" after a word and before an article ("n" is
# read as "and" at the end of `clean`)
_SHORT_AND = re.compile(r"(?<=[a-z])[ \t]+an(?=[ \t]+(?:a|an|the)[ \t]+[a-z])")
# Cardinality shorthand: "M:N between films and festivals", "session N:1 patient" (each
# session has one patient), "hotel 1:N rooms" (each room has one hotel), "Parcel.courier_id FK
# -> Courier" (a foreign-key column is the link, not a field); the words the readers know
_MANY_MANY = re.compile(r"(?<![\w:])[MmNn*]\s*:\s*[MmNn*](?![\w:])")
_CLAUSE_END = r"\s*(?=[;,.\n]|$)"
_PAIR = (
    r"(?:(?<=^)|(?<=[;:,.]\s)|(?<=[;:]))\s*(?P<a>[A-Za-z][\w ]{0,40}?)\s+(?P<k>1\s*:\s*[MmNn*]"
    r"|[MmNn*]\s*:\s*1|[MmNn*]\s*:\s*[MmNn*])\s+(?P<b>[A-Za-z][^;,.\n()]{0,40}?)" + _CLAUSE_END
)
_CARDINAL_PAIR = re.compile(_PAIR, re.M)
_FOREIGN_KEY = re.compile(
    r"\b(?P<e>[A-Z]\w*)\.[a-z]\w*\s+(?:FK|fk|foreign key)\s*(?:->|=>|to|references|on)?\s*"
    r"(?P<t>[A-Z]\w*)\b"
)

# "Booking(member_id -> Member)": an entity's group holding only a key column that points at
# the thing it is named after is the same foreign key, written inside the owner's brackets
_FOREIGN_KEY_GROUP = re.compile(
    r"\b(?P<e>[A-Z]\w*)\s*\(\s*(?P<c>[a-z]\w*?)_id\s*(?:->|=>|references)\s*(?P<t>[A-Z]\w*)"
    r"\s*\)"
)

# "Route(grade, …) + Wall(name, …)", "Turbine(…) / Technician(…)": a plus or a slash after a
# closed group of fields starts the next name with its group, as a comma does
_GROUP_JOIN = re.compile(r"\)\s*(?:\+|/|&)\s*(?=[A-Za-z][\w -]{0,40}\()")
# "… / each turbine has one technician": a slash before a sentence ends the one before it
_SLASH_CLAUSE = re.compile(r"(?<=\))\s+/\s+(?=(?:each|every|one|many|and each)\s)", re.I)
# "Stay -> Dog (each stay belongs to one dog)", "Connect Survey to Depot (each survey covers
# one depot)": a sentence on how things relate, in parentheses at the end of a line, is a
# sentence of its own that says the kind of the link before it
_PARENS_RELATION = re.compile(
    r"\s*\(\s*(?P<s>(?:each|every|one|a|an)\s+[A-Za-z]+(?:\s[A-Za-z]+)?\s+(?:belongs?\s+to|has"
    r"|have|can have|covers?|gets?|takes?|holds?|owns?|uses?|goes\s+to|is\s+for|is\s+in)\s+"
    r"(?:one|many|a|an|exactly one|several|multiple|at most one|only one)\s[^()\n]*?)\s*\)"
    r"(?=[ \t]*[.!]?[ \t]*(?:\n|$))",
    re.I,
)
# "Add an Employee relationship to Department (department has many employees)", "Relate Post to
# Tag - posts have many tags": after a link asked for, the same sentence said with a bare
# subject (no "each" or "a") in parentheses or after a dash is a sentence of its own too; read
# inside the link's last name it glued that name to the subject's ("DepartmentDepartment")
_BARE_RELATION = re.compile(
    r"(?:\s*\(\s*|[ \t]+[-\u2014\u2013][ \t]+)(?P<s>[A-Za-z]+(?:\s[A-Za-z]+)?\s+"
    r"(?:belongs?\s+to|has|have|can have|owns?|holds?)\s+"
    r"(?:one|many|a|an|exactly one|several|multiple|at most one|only one)\s"
    r"[^()\n]*?)\s*\)?(?=[ \t]*[.!]?[ \t]*(?:\n|$))",
    re.I,
)
# (the line before it asks for a link: only then is the bare sentence its kind)
_LINK_ASKED = re.compile(
    r"(?:^|\n)[^\n]*\b(?:relationships?|relations?|relate|link|connect|associate)\b[^\n]*$", re.I
)

# (said with its article, _PARENS_RELATION or the clause splitter reads it)
_PARENS_RELATION_OPENER = re.compile(r"(?:each|every|one|a|an|the|my|our|their)\s", re.I)


def _bare_relation(m: re.Match[str]) -> str:
    said, opened = m["s"], m[0].lstrip(" \t")
    if opened.startswith("(") != m[0].rstrip().endswith(")"):
        return m[0]  # an unclosed parenthesis or a dash closed by one: not this sentence
    if not _LINK_ASKED.search(m.string, 0, m.start()) or _PARENS_RELATION_OPENER.match(said):
        return m[0]
    return f". {said[:1].upper()}{said[1:]}"


# "API key -> team: every key is owned by exactly one team", "Wind turbine -> technician (each
# turbine belongs to one technician)": an arrow between two things, then a sentence that says
# how one is counted against the other, is that sentence; the arrow's names are the things'
# whole names, which the sentence may say by their last word ("key", "turbine")
_ARROW_EXPLAINED = re.compile(
    r"(?m)^(?P<arrow>[ \t]*(?P<a>[A-Za-z][\w ]{0,40}?)[ \t]*->[ \t]*(?P<b>[A-Za-z][\w ]{0,40}?))"
    r"[ \t]*(?::|\(|[ \t]\u2014|[ \t]-)[ \t]*(?P<s>(?:each|every|one|an?)[ \t]+[A-Za-z]+"
    r"(?:[ \t][A-Za-z]+)?(?:[ \t]+[a-z]+){1,3}?[ \t]+(?:one|many|exactly one|only one|a single"
    r"|at most one|several|multiple)[ \t][^()\n]*?)[ \t]*\)?[ \t]*[.!]?[ \t]*$",
    re.I,
)
_COUNTED = r"(?:each|every|one|an?|exactly one|only one|a single|at most one)"


def _arrow_explained(m: re.Match[str]) -> str:
    said = m["s"]
    for end in (m["a"], m["b"]):
        words = end.split()
        if len(words) < 2 or re.search(rf"\b{re.escape(end)}\b", said, re.I):
            continue
        said = re.sub(
            rf"\b(?P<c>{_COUNTED}[ \t]+){re.escape(words[-1])}\b",
            lambda c, end=end: f"{c['c']}{end}",
            said,
            count=1,
            flags=re.I,
        )
    return f"{m['arrow']}. {said[:1].upper()}{said[1:]}"


# "name / size / price per night": three or more items with a spaced slash between each are a
# list, as commas would write it (one spaced slash may be a ratio or an either-or: "km / h")
# An item may end in its annotation: "installed on (date) / occupied (yes/no) / notes (optional)"
_SLASH_ITEM = (
    r"[^,.;:!?\n/()\s](?:[^,.;:!?\n/()]*[^,.;:!?\n/()\s])?"
    r"(?:\s+\((?:[^(),\n/]|/(?!\s))*\))?"
)
_SLASH_LIST = re.compile(rf"{_SLASH_ITEM}(?: / {_SLASH_ITEM}){{2,}}")


# (mea59) "track barrels (capacity/wood/filled)": three or more names joined by slashes in
# brackets after the thing a line opens with are its fields, as with commas (it read one field
# `track_barrels`); two ("(kg/litres)", "(yes/no)") are a unit or a type, and a bracket after a
# listed field ("form (pellet/whole/flakes)") holds its values (the line has no list before it)
_THING_SLASHED = re.compile(
    r"(?m)^(?P<t>[ \t]*[A-Za-z][A-Za-z'-]*(?:[ \t][A-Za-z][A-Za-z'-]*){0,3})[ \t]*"
    r"\((?P<i>[A-Za-z][\w '-]*(?:/[A-Za-z][\w '-]*){2,})\)(?=[ \t]*[.!]?[ \t]*$)"
)


def _thing_slashed(m: re.Match[str]) -> str:
    """The items as a list, when the words before name things (a plural, or a name written
    with a capital); "room size (single/double/king)" keeps its values."""
    last = m["t"].split()[-1]
    items = [item.strip() for item in m["i"].split("/")]
    if {item.lower() for item in items} & {"yes", "no", "y", "n", "true", "false"}:
        return m[0]
    named = len(m["t"].split()) == 1 and last[0].isupper()
    if singular(last.lower()) == last.lower() and not named:
        return m[0]
    return f"{m['t']} ({', '.join(items)})"


_BEAR_WITH = re.compile(
    r"(\bbear with (?:me|us)(?:\s+(?:here|please|a (?:sec|second|moment|minute)))?)\s*"
    r"(?:[:;,]|\s[—-])\s*(?=[A-Za-z])",
    re.I,
)
_DASH_TYPED_LINE = re.compile(
    r"(?m)^(?P<name>[ \t]*(?:[-*+][ \t]+)?[A-Za-z][A-Za-z0-9' ]{0,40}?)[ \t]+(?:-|—)[ \t]+"
    r"(?P<type>(?:"
    + TYPE_ALTERNATION
    + r")(?:[ \t]*,?[ \t]*\(?(?:optional|required|nullable)\)?)?)[ \t]*$",
    re.I,
)
# "Kayaks\nname\nlength (float)\nseat type": a short heading, then one short item per line
_HEAD_LINE = re.compile(r"[A-Za-z][A-Za-z' ]{1,40}")
_ITEM_LINE = re.compile(r"[A-Za-z][A-Za-z0-9' /-]{0,40}?(?:\s*\([^()\n]{1,40}\))?")
_NO_ITEM = re.compile(
    r"\b(?:to|with|has|have|is|are|should|must|please|add|remove|delete|rename|change|make"
    r"|create|track|each|every|we|i|you)\b",
    re.I,
)


# "Surname ________", "Date joined ..........": the blank of a paper form after its label
_FORM_BLANK = re.compile(r"[ \t]*(?:_{3,}|\.{4,})$")
_HEAD_DASH = re.compile(r"[ \t]*(?:-{1,2}|\u2014|\u2013)$")
_EMPTY_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9' /-]{0,40}?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:")


def _lines_as_list(text: str) -> str | None:
    """ "Kayaks / name / length (float) / seat type", one per line with no bullets: the heading
    names the thing, each line under it one field, as "Kayaks: name, length (float), …"."""
    lines = [_FORM_BLANK.sub("", line.strip()) for line in text.strip().split("\n")]
    head, items, rest = lines[0], lines[1:], ""
    # "Referral —" over its lines: a dash ending the heading heads them as a colon would
    head = _HEAD_DASH.sub("", head)
    # "horse vaccination form" over its labels: the paper they are written on is no part of
    # the thing's name (the record is the vaccination)
    head = rx(r"(?i)(?<=[a-z])[ \t]+(?:paper[ \t]+)?form$").sub("", head)
    if len(items) >= 3 and all(_EMPTY_LABEL.fullmatch(item) for item in items):
        # "horse name:", "vaccine:" on lines of their own: a form's labels, each left for its
        # value to be written after it, are the names of the list (not headers of one another)
        items = [item[:-1].rstrip() for item in items]
    # "Events (venue)": a remark in brackets after the heading says which, no part of the name
    head = rx(r"\s*\([^()\n]{1,30}\)$").sub("", head)
    if "--" in items and items.index("--") >= 3:
        # a rule ("--") under the items ends the list; the notes after it stay sentences
        at = items.index("--")
        items, rest = items[:at], "\n".join(items[at + 1 :])
    if len(items) > 1 and not items[0]:
        # "Orthodontic referrals", a blank line, the items, a blank line, then notes: the
        # paragraph right under the heading is the list; the notes after it stay sentences
        items = items[1:]
        if "" in items:
            at = items.index("")
            items, rest = items[:at], "\n".join(items[at:])
    if not _HEAD_LINE.fullmatch(head) or len(head.split()) > 4 or len(items) < 3:
        return None
    for item in items:
        if not _ITEM_LINE.fullmatch(item) or len(item.split()) > 6 or _NO_ITEM.search(item):
            return None
    # "Surname" on a line of its own is capitalised as a line starts, not as a name is: in the
    # list it is "surname" (a word in capitals, "GMC number", stays as written)
    items = [_line_start_lowered(item) for item in items]
    return f"{head}: {', '.join(items)}{rest and chr(10) + rest}"


def _line_start_lowered(item: str) -> str:
    return item[:1].lower() + item[1:] if item[:1].isupper() and item[1:2].islower() else item


_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(:,]))'(?=\w)")
_PLURAL_POSSESSIVE = re.compile(
    r"(?<![\w'])([A-Za-z]+[a-z]s)'(?=[ \t]+(?:details|info|information|data"
    r"|particulars)\b"
    # "the kids' football club wants players …", "the residents' association": whose a club or
    # a body of people is says which one it is, as "the kids football club" does (the
    # apostrophe left in was read as a quote opening, and nothing was read)
    r"|[ \t]+(?:[a-z]+[ \t]+)?(?:club|clubs|team|teams|society|association|league|union"
    r"|committee|group|choir|charity|trust|centre|center|home|ward|lounge|market)\b)"
)


# "tags <-> posts, M:N", "flags ↔ regions (many-to-many)": an arrow with two heads, then the
# kind, links the two as a one-headed arrow with its kind does (the kind says which side holds
# the link); with no kind after it, nothing says which, so it is left as written
_BOTH_WAYS_ARROWS = ("<->", "<=>", "\u2194", "\u21d4", "\u27f7")
_BOTH_WAYS = re.compile(
    r"[ \t]*(?:<->|<=>|[\u2194\u21d4\u27f7])[ \t]*(?=[^\n;.]*?(?:many-to-many|many-to-one"
    r"|one-to-many)\b)"
)


# "trainers ↔ gyms, many-many", "(many-one)": the kind typed short in a chat, one hyphen
_KIND_SHORT = re.compile(r"(?<![\w-])(?P<a>many|one)-(?P<b>many|one)(?![\w-])(?<!one-one)", re.I)


# "link tickets + tags (many-many)": a plus between the two things a link verb names joins
# them as "and" does (never "+ year built", a line marked as added)
_LINK_PLUS = re.compile(
    r"(?im)^(?P<v>(?:please |pls )?(?:link|connect|relate|associate))\s+"
    r"(?P<a>[a-z][a-z -]{0,40}?)\s+\+\s+(?=[a-z])"
)


# (mea59) "orchards + pickers. pickers: name, phone": a sentence (or line) that is only two
# things joined by a plus names both, as "and" does; the plus was no word and the first thing
# was lost, so a list for the second alone was read as the whole request, accepted
_THINGS_PLUS = re.compile(
    r"(?im)(?:^|(?<=[.!?;]\s))[ \t]*(?P<a>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+\+[ \t]+"
    r"(?=(?P<b>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]*(?:[.;!]|$))"
)


def _things_plus(m: re.Match[str]) -> str:
    """ "and" for the plus when both sides end in a plural (things kept); "SparePart + unit
    cost", a field after its owner, is an addition and keeps its plus."""
    ends = (m["a"].split()[-1], m["b"].split()[-1])
    if all(word.islower() and singular(word) != word for word in ends):
        return f"{m['a']} and "
    return m[0]


def _cardinality(text: str) -> str:
    text = _FOREIGN_KEY.sub(r"\g<e> -> \g<t> (many-to-one)", text)
    text = _FOREIGN_KEY_GROUP.sub(_foreign_key_group, text)
    if _may_hold(text, "_id", " id"):  # (both patterns need a key column: "x_id", "x id")
        text = _ADD_FOREIGN_KEY.sub(_added_foreign_key, text)
        text = _LABELLED_KEY.sub(_labelled_key, text)
        text = "\n".join(_foreign_key_items(line) for line in text.split("\n"))
    text = _CARDINAL_PAIR.sub(_cardinal_pair, text)
    return _MANY_MANY.sub("many-to-many", text)


# What says a key column points at a thing: "(FK to Borehole)", "(foreign key -> Site)",
# "-> Borehole", "references Borehole"
_POINTS_AT = (
    r"(?:\(\s*(?:FK|fk|foreign\s+key)\s*(?:->|=>|to|references|on)?\s*(?P<t1>[A-Z]\w*)\s*\)"
    r"|(?:(?:FK|fk)\s*)?(?:->|=>|references)\s*(?P<t2>[A-Z]\w*)\b)"
)
# "Pump: serial, borehole_id (FK to Borehole)", "Pump(serial, borehole_id -> Borehole)": a key
# column in a list, named after the thing it points at, is that link, not a field
_FOREIGN_KEY_ITEM = re.compile(
    rf"(?P<sep>,[ \t]*(?:and[ \t]+)?|\([ \t]*)(?P<c>[a-z][a-z_ ]{{0,40}}?)(?:_id|[ \t]+id)[ \t]*"
    rf"{_POINTS_AT}(?P<after>[ \t]*,[ \t]*)?"
)
# "add borehole_id (FK to Borehole) to Pump": the key column added is the link
_ADD_FOREIGN_KEY = re.compile(
    rf"\badd\s+(?:an?\s+|the\s+)?(?P<c>[a-z][a-z_ ]{{0,40}}?)(?:_id|\s+id)\s*{_POINTS_AT}"
    r"\s+(?:to|on)\s+(?:the\s+|each\s+|every\s+)?(?P<e>[A-Za-z]\w*)\b",
    re.I,
)


# "Pump: borehole_id (FK -> Borehole)", "Pump - add borehole_id -> Borehole": a label whose
# one item is a key column (nothing else after it) links the labelled thing to the target
_LABELLED_KEY = re.compile(
    rf"^(?P<lead>[ \t]*)(?P<e>[A-Za-z][A-Za-z ]{{0,40}}?)[ \t]*(?::|[ \t][-\u2013\u2014][ \t])"
    rf"[ \t]*(?:add[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?P<c>[a-z][a-z_ ]{{0,40}}?)(?:_id|[ \t]+id)"
    rf"[ \t]*{_POINTS_AT}[ \t]*\.?[ \t]*$",
    re.M,
)


def _labelled_key(m: re.Match[str]) -> str:
    target = m["t1"] or m["t2"]
    if not _points_at_itself(m["c"], target):
        return m[0]
    return f"{m['lead']}each {m['e']} belongs to one {target}"


def _points_at_itself(column: str, target: str) -> bool:
    """ "borehole_id" → Borehole: the column is named after the thing (a role such as
    "payer_id -> Member" is a link this reader cannot name, so it is left as written)."""
    return column.replace("_", "").replace(" ", "").lower() == target.lower()


def _added_foreign_key(m: re.Match[str]) -> str:
    target = m["t1"] or m["t2"]
    if not _points_at_itself(m["c"], target):
        return m[0]
    return f"each {m['e']} belongs to one {target}"


def _foreign_key_items(line: str) -> str:
    """The key columns of a list taken out of it and said after it as "belongs to one X"."""
    links: list[str] = []

    def cut(m: re.Match[str]) -> str:
        target = m["t1"] or m["t2"]
        if not _points_at_itself(m["c"], target):
            return m[0]
        links.append(target)
        if m["sep"].startswith("("):
            return "("  # the first item of a group: the comma after it goes with it
        return m["after"] or ""

    cut_line = _FOREIGN_KEY_ITEM.sub(cut, line)
    if not links:
        return line
    body = cut_line.rstrip(" \t.")
    # ("Pump(serial, borehole_id -> Borehole)": a group left with one item is that item's
    # list, said with a colon, as one item in brackets alone would be a remark)
    body = _ONE_ITEM_GROUP.sub(r"\g<n>: \g<i>", body)
    return body + "".join(f"; belongs to one {t}" for t in links)


_ONE_ITEM_GROUP = re.compile(r"\b(?P<n>[A-Z]\w*)\s*\(\s*(?P<i>[^(),;]+?)\s*\)$")


def _foreign_key_group(m: re.Match[str]) -> str:
    """The link, when the column is named after what it points at ("member_id -> Member");
    another column name ("payer_id -> Member") is a role this reader cannot name, left as is."""
    if m["c"].replace("_", "") != m["t"].lower():
        return m[0]
    return f"{m['e']} -> {m['t']} (many-to-one)"


def _cardinal_pair(m: re.Match[str]) -> str:
    a, b, kind = m["a"], m["b"], m["k"].replace(" ", "")
    if kind.startswith("1"):
        return f" each {b} belongs to one {a}"
    if kind.endswith("1"):
        return f" each {a} belongs to one {b}"
    return f" many-to-many between {a} and {b}"


_CHECK_CELL = re.compile(r"(?<=\|)[ \t]*[\u2713\u2714\u2611\u2705][ \t]*(?=\|)")
_CROSS_CELL = re.compile(r"(?<=\|)[ \t]*[\u2717\u2718\u2612\u274c][ \t]*(?=\|)")
# "crate a system for …": the verb misspelt, told from the noun ("a Crate entity", "crate ->
# pallet") by what follows it, a determiner or a pronoun as after any verb of making, or the
# marker and then the name made ("crate entity Kiln with …"; "Crate entity with …" names Crate)
_CRATE_VERB = re.compile(
    # ("for each crate the crate number, …": after a determiner "crate" is the noun)
    r"(?<![\w/])(?<!\beach\s)(?<!\bevery\s)(?<!\bper\s)(?<!\bthe\s)(?<!\bthis\s)"
    r"(?<!\bthat\s)(?<!\bone\s)(?<!\ba\s)(crate)"
    r"(?=\s+(?:a|an|the|new|me|us|my|our|some|one|two|three|it|them|this)\b"
    r"|\s+(?:entity|table|model)\s+(?!(?:with|for|that|which|has|have|having|needs?|should"
    r"|must|is|are|and|to|of|in|on)\b)[a-z])",
    re.I,
)
# "to track there projects": "their" typed as it sounds, after a verb of keeping and before
# the plural it owns ("we keep there the tools we lend" stays: a determiner follows)
_THERE_THEIR = re.compile(
    r"\b(?P<v>track|manage|log|record|(?:keep|keeping|keeps)\s+track\s+of|tracking|managing)"
    r"\s+there\s+(?=[a-z]{2,}s\b(?!\s+(?:is|are|was|were)\b))",
    re.I,
)


def _there_their(m: re.Match[str]) -> str:
    after = m.string[m.end() :].split(maxsplit=1)
    if not after or is_noun(singular(after[0].lower())) is not True:
        return m.group(0)
    return f"{m['v']} their "


_TYPO = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, GLUE_TYPOS)) + r")(?![\w/])", re.I)
# "power (numbr)", "working (bolean)", "serial (sting)": a long type word in brackets typed
# with a letter left out (not its first) or two letters swapped is that type
_SLIPPABLE_TYPES = (
    "string", "number", "integer", "boolean", "decimal", "numeric", "double", "datetime",
    "timestamp", "currency",
)  # fmt: skip


def _slips_of(word: str) -> set[str]:
    """The word with one letter after its first left out, or two neighbours swapped."""
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


_TYPE_SLIPS = {
    slip: word
    for word in _SLIPPABLE_TYPES
    for slip in sorted(_slips_of(word))
    if slip not in TYPE_WORDS
}
# "bags (number of)", "rounds (how many)": a note that says only that the name counts them is
# a count, as "(count)" is (the bare "number of" was read as a field of a thing "Bag")
_COUNT_OF_NOTE = re.compile(
    r"\(\s*(?:(?:the|a|total)\s+)?(?:number|no\.?|num|nr)\s+of\s*\)|\(\s*how\s+many\s*\)", re.I
)
_TYPE_SLIP = re.compile(
    r"\(\s*(" + "|".join(sorted(_TYPE_SLIPS, key=len, reverse=True)) + r")\s*\)", re.I
)
# "change price on Item to decimel", "… to a whole numbr": what a change turns a field into,
# after "to", is a type word; typed with a letter left out, two letters swapped or the vowel
# of its last syllable mistyped ("decimel", "integar"), it is that type (no slip of these is
# a word)
_SCHWA_TYPES = ("decimal", "integer", "number", "numeric", "boolean")


def _last_vowel_slips(word: str) -> set[str]:
    at = max(i for i, c in enumerate(word[:-1]) if c in "aeiou")
    return {word[:at] + v + word[at + 1 :] for v in "aeiou" if v != word[at]}


_TYPE_SLIPS_TO = _TYPE_SLIPS | {
    slip: word for word in _SCHWA_TYPES for slip in sorted(_last_vowel_slips(word))
}
_TYPE_SLIP_TO = re.compile(
    r"\b(?P<pre>to\s+(?:an?\s+(?:whole\s+)?)?)("
    + "|".join(sorted(_TYPE_SLIPS_TO, key=len, reverse=True))
    + r")\b(?=\s*(?:[,.;!?)]|$|(?:instead|please|pls|thanks|not|rather)\b))",
    re.I | re.M,
)
# "mak owner name optional", "pls chang price to a decimal": a change verb typed without its
# silent final "e", where a request's verb stands (its start, or after a please or a "can you")
_SILENT_E = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s)|(?<=\bplease\s)|(?<=\bpls\s)|(?<=\byou\s)|(?<=\bu\s))"
    r"(?P<v>mak|tak|chang|renam|remov|delet|updat|stor|defin|includ)(?=\s+[a-z])"
)
# "rename zip to postcode, were UK not US": after a comma, "were" with no subject before a
# word that says what we are ("a", "not", "based", "UK") is "we're" typed without its apostrophe
_WERE_WE_ARE = re.compile(r"(?<=,\s)were(?=\s+(?:a|an|not|now|all|based|using|uk|us)\b)", re.I)
# "change rent to decimal, its text right now", "…, its getting rounded off": after a comma,
# "its" before a word no possessive is followed by (an article, "not", a verb's -ing, "been")
# is "it's" typed without its apostrophe ("…, its name", "its owner" stay possessives)
_ITS_IT_IS = re.compile(
    r"(?<=,\s)(?P<i>[Ii])ts(?=\s+(?:a|an|the|not|just|still|always|currently|now|only|really"
    r"|already|been|being|getting|letting|going|causing|confusing|supposed|meant|never"
    r"|(?:free\s+)?text\s+(?:right|rite)\s+now|free\s+text)\b)"
)
# "hii so i need …", "heyyy", "helloo": a greeting typed with its last letter held is the
# greeting (never a thing named "Hii")
_STRETCHED_GREETING = re.compile(r"\b(?:h+i{2,}|h+e+y{2,}|h+e{2,}y+|h+el+o{2,})\b", re.I)


def _greeting(m: re.Match[str]) -> str:
    word = m[0].lower()
    said = "hello" if "l" in word else "hey" if "y" in word else "hi"
    return _keep_case(m[0], said)


# A typo _TYPO mends is a whole run of [\w/] ("its'" is "its" before its quote)
_TYPO_WORDS = frozenset(typo.split("'")[0] for typo in GLUE_TYPOS)
# "remove the fax field form Haulier Bid", "drop pager form the couriers": in a removal, "form"
# before the thing it is taken off (a name or a determiner) is "from" typed with its letters
# swapped ("the form field", "an application form" stay); so is "form" before a bare word for
# people or animals that ends the clause ("remove weight form child, …": a form is filled in
# by a child, but no field is named "weight form child"; "the intake form notes" stays)
_FORM_FROM = re.compile(
    r"(?m)(?P<head>\b(?:[Rr]emove|[Dd]elete|[Dd]rop|[Tt]ake|[Gg]et rid of|[Ss]trip)\b"
    r"[^.!?\n,;]{1,60}?\s)"
    r"form(?=\s+(?:(?:the|each|every|all|our)\s+[A-Za-z]|[A-Z]"
    r"|(?P<who>[a-z]+)\s*(?:[,.;!?]|$)"
    r"|(?P<things>[a-z]+(?:\s+[a-z]+){1,2})\s*(?:[,.;!?]|$)))(?![^.!?\n]*\b[Ff]rom\b)"
)
# what "form" makes of the plural after it ("form notes", "form fields"): a part of a form, no
# things a field is taken from
_FORM_PARTS = frozenset(
    "notes fields entries submissions responses answers questions details templates versions"
    " letters pages sections items results".split()
)
# "remote the birthday from customer": "remote" (an adjective, a noun) opening a clause before
# an article, with "from" ahead, is the verb "remove" one key off; "the remote from the TV",
# "remote access from home" stay
_REMOTE_REMOVE = re.compile(
    r"(?m)(?P<lead>^|[.!?;]\s|\b(?:please|pls|plz|can you|could you|can u|cud u) )"
    r"(?P<r>[Rr])emote(?=\s+(?:the|a|an|this|that|our|my)\s+[^.!?\n]{1,60}?\bfrom\b)"
)
# what a bare owner after "form" must name to be the thing a field is taken from
_OWNER_KINDS = frozenset(("noun.person", "noun.animal"))
# "add premium amount too the policy": "too" before a determiner is "to"; so is "too" before a
# verb of keeping ("i need too track cakes", "a thing too track sessions": nothing is "too
# track")
_TOO_TO = re.compile(
    r"\b([Tt])oo(?=\s+(?:the|a|an|our|my|your|their|its|each|every|all)\b)"
    r"|\b([Tt])wo(?=\s+(?:the|a|an|our|my|your|their|its)\b)"
    r"|(?:(?<=\bneed )|(?<=\bwant )|(?<=\bthing )|(?<=\bsomething )|(?<=\bapp )"
    r"|(?<=\bsystem ))(t)oo(?=\s+(?:track|manage|keep|store|record)\b)"
)
# "add room and teacher name too lesson", "rename mobile too whatsapp number": after a change
# verb, the sound-alike "too" before a noun is "to" ("too many", "too long" stay); the verb is
# the request's own, first on its line or in its sentence, after "please" or "can you", or after
# the thing it is about ("can you rename the Gully entity too Drain", "on call out rename fee
# too call out fee")
_TOO_NOUN = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s)|(?<=\byou\s)|(?<=\bplease\s)|(?<=\balso\s)|(?<=\bjust\s))"
    r"(?P<pre>[^\S\n]*(?:please\s+|on\s+[a-z]+(?:\s+[a-z]+){0,2},?\s+)?"
    r"(?:add|put|rename|change|move|attach|give|ad|addd)\b"
    r"[^.!?\n]*?\s)(?P<t>t)oo\s+(?=(?P<w>[a-z]+)\b)"
)
# "get rid fo the mentor", "one fo the kilns", "instead fo text": "fo" after a word that takes
# "of" is "of" with its letters swapped ("fo" alone, "fo the", may be "for" too: left)
_FO_OF = re.compile(
    r"\b(?P<w>rid|instead|out|because|one|all|some|each|none|most|any|both|lots|list|track"
    r"|kind|sort|type|part|rest|end|top|bottom|front|back|side)[ \t]+fo\b(?=[ \t]+[a-z])",
    re.I,
)
# "take wood of barrels", "pls take the fax of suppliers": "take" said as an order, one to three
# words, then "of" before things in the plural that end the request is "take … off" (what goes
# is a single name: "take readings of barrels", "take notes of meetings" make things)
_TAKE_OF_THINGS = re.compile(
    r"(?im)^(?P<v>[ \t]*(?:(?:please|pls|plz|just|can[ \t]+you|could[ \t]+you)[ \t]+)?take[ \t]+"
    r"(?:the[ \t]+)?(?!(?:care|note|notice|account|advantage|charge|hold|stock|part|track|a|an"
    r"|photo|picture|screenshot|snapshot|backup|copy|look|dump|export|sample|list|form|shape"
    r"|count|sum|average|total|measure|reading|register|record|roll|stock|inventory|census"
    r"|tally|survey|order|photos|pictures)\b)"
    r"[a-z]+(?:[ \t][a-z]+){0,2}?(?<!s))[ \t]+of"
    r"(?=[ \t]+(?:the[ \t]+|all[ \t]+)?[a-z]+(?:[ \t][a-z]+)?s[ \t]*,?[ \t]*"
    r"(?:please|pls|plz|thanks|thx)?[ \t]*[.!]*[ \t]*$)"
)
# "removethe gluten free field", "addthe …": a verb and its article typed as one word
_GLUED_ARTICLE = re.compile(
    r"\b(remove|delete|drop|add|rename|change|make|create|put)(the|an?)(?=\s)", re.I
)
# "take of the fax field": said aloud, "take off" (nobody takes "of" something); so is "of"
# after what is taken, before a thing named as one ("take needs repair of the Kayak entity":
# nothing is "of" an entity but its fields, and a field is not taken; "take care of", "take a
# copy of" stay)
_TAKE_OF = re.compile(
    r"\b([Tt]ake) of(?=\s+(?:the|a|an|my|our|his|her|their|its|them|it)\b)"
    r"|\b([Tt]ake (?!(?:care|note|notice|account|advantage|charge|hold|stock|part|track|a|an)\b)"
    r"(?!(?:the )?(?:photo|picture|screenshot|snapshot|backup|copy|look|dump|export|sample|list"
    r"|form|shape"
    r"|count|sum|average|total)s?\b)[a-z]+(?: [a-z]+){0,2}) of"
    r"(?= the [A-Z][A-Za-z]* (?:entity|table|model)\b)"
)
# "pls take it of": the same, with the thing before it; a preposition never ends a clause
# right after its verb's object
_TAKE_IT_OF = re.compile(
    r"\b([Tt]ake (?:it|them|that|this|those)) of(?=\s*(?:[.!?,;]|$)|\s+(?:pls|plz|please)\b)"
)
# "… the license number, the phone and the rating. Please add in Driver.": "add in" before a
# name that ends the sentence, after a sentence that said what to add, is where they go ("add
# them to Driver"; "add in" is no field and never a thing's name)
_ADD_IN_NAME = re.compile(
    r"(?<=[.!?] )(?P<v>(?:[Pp]lease |[Pp]ls |[Cc]an you |[Cc]ould you )?(?:[Aa]dd|[Pp]ut)) in"
    r"(?= (?:the )?[A-Z][A-Za-z]*(?: (?:entity|table|model))?(?: please)?\s*(?:[.!?]|$))",
    re.M,
)
# "change recipe to dish, the entity i mean, not a field", "Booking to Stay (the entity)": a
# name changed to a name with a note that says the entity is meant is the entity renamed (the
# whole line; never a value set: the note names the entity)
_TO_NAME_ENTITY_NOTE = re.compile(
    r"(?im)^(?P<lead>[ \t]*(?:(?:please|pls|can[ \t]+you|could[ \t]+you)[ \t]+)?)"
    r"(?:(?:change|switch|turn)[ \t]+)?(?:the[ \t]+)?(?P<a>[a-z][a-z_]*)[ \t]+(?:in)?to[ \t]+"
    r"(?P<b>[a-z][a-z_]*)[ \t]*(?:[,(]|[-—–][ \t]|comma[ \t])[ \t]*(?:i[ \t]+mean[ \t]+)?"
    r"(?:the[ \t]+)?"
    r"(?:entity|table|model)(?:[ \t]+name)?(?:[ \t]+i[ \t]+mean)?(?:[ \t]*,?[ \t]*"
    r"(?:not|n[o']t)[ \t]+(?:a|the)[ \t]+(?:field|column))?[ \t]*\)?[ \t]*"
    r"(?:[.!]+|full[ \t]+stop)?[ \t]*$"
)


# "Viewing -> Visitation please, it's the entity I mean, not a field. Families keep asking …": an
# arrow between two one-word names, then a clause that says the entity is meant, is the entity
# renamed, as "(the entity, not a field)" after it is; the sentences after it stay as said
_ARROW_ENTITY_MEANT = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?P<a>[a-z][a-z_]*)[ \t]*(?:->|=>)[ \t]*(?P<b>[a-z][a-z_]*)"
    r"(?:[ \t]+(?:please|pls|plz))?[ \t]*[,;\u2013\u2014-][ \t]*"
    r"(?:(?:it'?s|it[ \t]+is|that'?s|i[ \t]+mean|i'?m[ \t]+talking[ \t]+about)[ \t]+)?"
    r"the[ \t]+(?:entity|table|model)(?:[ \t]+(?:i|we)[ \t]+mean)?"
    r"(?:[ \t]*,?[ \t]*(?:not|n[o']t)[ \t]+(?:a|the)[ \t]+(?:field|column))?[ \t]*"
    r"(?=[.!;]|$)"
)


# "Renaming: Specimen -> Mount": under a bare "rename" label, an arrow between two names
# written as names (capitalised, one word each) is the entity renamed; a field's name is
# written lower ("Rename: qty -> quantity" stays a field's, asked for its owner)
_RENAME_LABEL_NAMES = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?i:rename|renaming|renamed)[ \t]*:[ \t]*(?P<a>[A-Z][A-Za-z]*)[ \t]*"
    r"(?:->|=>|→|⇒)[ \t]*(?P<b>[A-Z][A-Za-z]*)[ \t]*(?:[.!]+[ \t]*)?$"
)


def _rename_label_names(m: re.Match[str]) -> str:
    if {m["a"].lower(), m["b"].lower()} & FIELD_HINTS or _TYPE_ALONE.match(m["b"]):
        return m[0]  # "Rename: Qty -> Quantity": a field's name, capitalised
    return f"{m['lead']}rename the entity {m['a']} to {m['b']}"


def _to_name_entity_note(m: re.Match[str]) -> str:
    if m["a"].lower() in ("status", "state", "stage"):
        return m[0]  # "change status to closed, the entity": a value set, maybe
    if _TYPE_ALONE.match(m["b"]) or m["b"].lower() in _NOT_NEW_NAMES:
        return m[0]  # "change price to decimal (the model)": a type, no new name
    return f"{m['lead']}rename the entity {m['a']} to {m['b']}"


# "keep track off pump stations": typed with one letter too many, "track of" (nothing is
# tracked off)
_TRACK_OFF = re.compile(r"\b((?:keep|keeps|keeping|kept|keep a)\s+track) off\b", re.I)
# "we keep tabs on the batteries", "keep a note of every chipper": idioms for keeping track of
# things (a "tab" or a "note" kept is no thing of its own); only before "on"/"of" and a
# determiner or a plural, never "keep notes on each job" (notes kept, maybe a field)
_KEEP_TABS = re.compile(
    r"\b(?P<k>keep|keeps|keeping|kept)[ \t]+(?:tabs[ \t]+on|(?:a[ \t]+)?note[ \t]+of)"
    r"(?=[ \t]+(?:the|our|my|all|each|every|any)[ \t])",
    re.I,
)
# "licence.. sorry, license plate": the person corrected themselves; keep the correction.
# ("sorry for my english" is an apology, not a correction)
# "kilns firings — sorry, firings": repeating the last word without the one before it takes
# that word back too.
_CORRECTION = re.compile(
    r"\b(?:(?P<mod>[\w-]+)\s+)?(?P<word>[\w-]+)(?:\.{2,}|,|\s+\u2014)?\s+"
    r"(?:sorry(?:,?\s+i\s+mean\b(?!,?\s+(?:a|an|the|to)\b))?"
    r"(?!\s+(?:for|about|if|that|to|but)\b)|i mean|or rather),?\s+(?P<fix>[\w-]+)",
    re.I,
)
# ("mandatory - sorry, I mean optional": "sorry, I mean" is one correction, never a fix "I")
# "… add a ducking phone number … Sorry, autocorrect, I meant just phone number": a closing
# sentence that says what was meant takes back the word said before those words
_MEANT = re.compile(
    r"(?:(?<=[.!?])|^)\s*(?:sorry|oops|argh|ugh)\b[^.!?]{0,30}?\bi meant\s+(?:just\s+|only\s+)?"
    r"(?:an?\s+|the\s+)?(?P<fix>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*[.!]*\s*$",
    re.I,
)


# Second thoughts: "…, the leader's name and max places. Actually not the leader's name, we'll
# do that some other way.", "Oh and a fax number - actually scratch the fax, nobody has one":
# the item taken back leaves the list, and the taking back (with its reason) leaves the text.
# the dash that closes an aside when the list goes on after it ("… - and a start date")
_ASIDE_CLOSE = r"\s+(?:[\u2014-]|--)(?=\s+(?:and|plus|also|&)\b)"
_RETRACT = re.compile(
    r"(?:(?<=[.!?,;])|^|\s+[\u2014-])\s*(?:(?:oh|no|hmm|um|and)[,!\s]+)*"
    r"(?:actually|on second thoughts?|no wait|wait)[,!\s]+(?:no[,!\s]+)?"
    r"(?:(?:scratch|forget|skip|drop|ignore|leave out|never mind)\s+|not\s+|no\s+)"
    r"(?:the\s+|that\s+|a\s+|an\s+)?(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
    # its reason ("…, nobody has a fax") goes with it; "…, and a weight" is the list again,
    # and so is "… - and a weight" after an aside set off by dashes
    r"\s*(?=[,.;!?]|\s+[\u2014-]\s|$)(?:,(?!\s*(?:and|plus|also|&)\b)(?:(?!"
    + _ASIDE_CLOSE
    # ("Actually not the fee - the council pays it": the reason set off by a dash, not a
    # list going on after it, "- and a weight")
    # (ls61: "… - just asking price, frame size, …" is the list said again, never a reason)
    + r")[^.!?\n])*|\s+[\u2014-]\s+(?!(?:and|plus|also|&|just|only)\b)[^.!?\n\u2014-]*)?"
    r"(?:" + _ASIDE_CLOSE + r"|[.!?]*)",
    re.I,
)
_ITEM_END = r"(?=\s*(?:[,.;!?(\n]|\s(?:and|or)\b|\s[\u2014-]|$))"
# "add a wellies size and a hoodie size to the Walker entity? Actually, scratch the hoodie
# size": the last item of an add ends where the thing it goes to is said
_ITEM_BEFORE_OWNER = (
    # ("… a pager to Guest - actually scratch the pager": or the thing's own name, capitalised)
    r"(?=\s+(?:to|on|for)\s+(?:(?:the|each|every|all|our)\s|(?-i:[A-Z])[A-Za-z]*\s*(?:[-\u2014,.;!?]"
    r"|$)))"
)
# "I want X changed to a decimal. No wait — I want Y stored as money.": a sentence that opens
# by taking back what was just said replaces the sentence before it
_TAKE_BACK_SENTENCE = re.compile(
    r"[^.!?\n]+[.!?]+[ \t]+(?:no,?[ \t]+wait|wait,?[ \t]+no|scratch that|forget that"
    r"|ignore that)\b[ \t]*(?:[\u2014,:.!-][ \t]*)*(?=[a-z])",
    re.I,
)

# how a change is asked: "please", or a question ("Can you change … ? Actually no, …")
_ASKED = r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?"
# "Change cost on Kayak to an integer... actually no, leave it as money. Just make it
# optional.": a sentence that only keeps the thing as it was takes back the change before it,
# and asks nothing itself
_LEFT_AS_IT_WAS = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))"
    # ("On the Lathe entity, change …": the thing said first, then the change)
    r"(?:on\s+(?:the\s+)?(?P<e0>[A-Za-z][A-Za-z]*)(?:\s+entity)?\s*,\s*)?"
    r"(?P<change>" + _ASKED + r"(?:change|make|switch|convert|turn|set)\b"
    r"[^.!?\n]*)[.!?]+[ \t]+(?:(?:hmm|oh|um)[,!\s]+)?(?:actually|on second thoughts?|wait)"
    # ("leave the type as it is": what stays is the type the change was about)
    r"[,!\s]+(?:no[,!\s]+)?(?:just\s+)?(?:leave|keep)\s+(?:(?:it|that)\s+(?=[au])|(?:the|its)"
    r"\s+type\b\s*)(?:as\s+(?:it\s+is|is|it was|(?:an?\s+)?[a-z]+)|alone|unchanged)?\s*"
    r"(?:[.!?]+[ \t]*(?=[A-Za-z])|[.!?]*$)",
    re.I,
)
# the field and its place in the change taken back: what a later "make it optional" points at
_CHANGED_ON = re.compile(
    r"^(?i:" + _ASKED + r"(?:change|make|switch|convert|turn|set)\s+(?:the\s+)?)"
    r"(?P<f>[a-z][a-z ]{0,30}?)\s+on\s+(?:the\s+)?(?P<e>[A-Za-z][A-Za-z]*(?: [A-Z][a-z]+)*)"
    r"\s+(?:to|into|a|an|as)\b"
)


def _left_as_it_was(m: re.Match[str]) -> str:
    """The change taken back, said as the field staying as it is (so "it" after it is that
    field); nothing when the change named no field on a thing."""
    if said := _CHANGED_ON.match(m["change"]):
        return f"The {said['f']} on {said['e']} is fine as it is. "
    if m["e0"] and (said := _CHANGED_FIELD.match(m["change"])):
        return f"The {said['f']} on {m['e0']} is fine as it is. "
    return ""


# the field of a change said after its thing ("On Lathe, change spindle hours to an integer")
_CHANGED_FIELD = re.compile(
    r"^(?i:(?:please\s+)?(?:change|make|switch|convert|turn|set)\s+(?:the\s+)?)"
    r"(?P<f>[a-z][a-z ]{0,30}?)\s+(?:to|into|a|an|as)\b"
)


_INSTEAD = re.compile(
    r"^\s*,\s*(?:but\s+|rather\s+|i mean\s+)?(?:the|a|an)\s+(?P<y>[a-z]+(?:\s[a-z]+){0,2}?)"
    r"(?:\s+instead)?\s*[.!?]*$",
    re.I,
)


# "on second thoughts leave the phone out", "actually take the fax out": the particle after
# the item is the one "leave out the phone" says before it
_TAKE_X_OUT = re.compile(
    r"(?P<pre>(?:actually|on second thoughts?|no wait|wait)[,!\s]+(?:no[,!\s]+)?)"
    r"(?P<v>leave|take)\s+(?P<x>(?:the\s+|that\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
    r"\s+(?:out|off)\b",
    re.I,
)


# (ls61) "kayaks with name, length, colour - actually scrap that, just name, length and hull
# type": the whole list taken back, then said again, is the list said again (it read
# `colour_actually_scrap`, accepted)
_LIST_SCRAPPED = re.compile(
    r"(?P<head>\bwith\s+|:[ \t]*)[^.!?\n:]{1,200}?(?:\s*[,;]|\s+[\u2014-]|\.\.\.)\s*"
    # (a mark or "just" after "that": "…; forget that fines exist" is no list taken back)
    r"(?:actually,?\s+)?(?:no,?\s+)?(?:scrap|scratch|forget|ignore)\s+that\s*"
    r"(?:[,:\u2014-]\s*(?:just\s+|only\s+)?|(?:just|only)\s+)(?=[a-z])",
    re.I,
)


def _retracted(text: str) -> str:
    text = _TAKE_X_OUT.sub(lambda m: f"{m['pre']}leave out {m['x']}", text)
    if " that" in text:
        text = _LIST_SCRAPPED.sub(r"\g<head>", text)
    for m in reversed(list(_RETRACT.finditer(text))):
        before, after = text[: m.start()], text[m.end() :]
        if before.rstrip() and before.rstrip()[-1] not in ".!?":  # it ended a sentence
            after = (rx(r"[.!?]*$").search(m.group(0)) or [""])[0] + after
        item = re.compile(
            # ("Add a fax and a late checkout flag to Guest - actually scratch the fax": the
            # first item, said right after the verb that adds it, goes too)
            r"(?P<sep>,\s*(?:and\s+)?|\s+(?:and|or|&)\s+|:\s*|\b(?:add|include|put)\s+)"
            r"(?:(?:the|a|an|any|their|its|his|her)\s+)?"
            + re.escape(m["x"])
            + r"(?:\s+[a-z][\w-]*)?"
            + f"(?:{_ITEM_END}|{_ITEM_BEFORE_OWNER})",
            re.I,
        )
        said = list(item.finditer(before)) or _said_with_modifier(before, m["x"])
        if not said:
            continue
        last = said[-1]
        if instead := _INSTEAD.match(m.group(0)[m.end("x") - m.start() :]):
            # "Actually not the name, the full name": the item is said again, not taken back
            text = before[: last.start()] + last["sep"] + instead["y"] + before[last.end() :]
            text += after
            continue
        verb = last["sep"][:1].isalpha()
        keep = last["sep"] if last["sep"].startswith(":") or verb else ""
        rest = before[last.end() :]
        if verb:  # the first item after the verb went: the "and" or comma after it goes too
            rest = rx(r"^\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)").sub("", rest)
            if rest == before[last.end() :] or rx(r"^\s*(?:to|on|for)\b").match(rest):
                continue  # the only item, or none after it: nothing would be left to add
        elif keep:  # the first item of the list went: its comma goes with it
            rest = rx(r"^\s*,\s*").sub("", rest)
        text = rx(r",\s*,").sub(",", before[: last.start()] + keep + rest + after)
    return text


def _said_with_modifier(before: str, x: str) -> list[re.Match[str]]:
    """ "…, an owner phone - actually scratch the phone", "the managing agent's fax. Actually,
    scratch the fax": the item taken back, named by its head, was said with up to three words
    before it (a possessive among them); only when one item of the list has that head."""
    item = re.compile(
        r"(?P<sep>,\s*(?:and\s+)?|\s+(?:and|or|&)\s+|:\s*)(?:(?:the|a|an|any|their|its|his|her)"
        rf"\s+)?(?:(?!(?:and|or)\s)[a-z][\w'-]*\s+){{1,3}}{re.escape(x)}{_ITEM_END}",
        re.I,
    )
    said = list(item.finditer(before))
    return said if len(said) == 1 else []


# "remove level its pointless": "its" before what cannot start a noun phrase is "it's"
# ("… its pointless now": a word of when may end the remark; so may a chat sign-off, "… its
# free now lol")
_ITS = re.compile(
    r"\b([Ii])ts\s+([a-z]+)(?=(?:\s+(?:now|anymore|nowadays|these days|though))?"
    r"(\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|because|anyway)\b"
    r"|\s+(?:lol|haha|lmao|pls|plz|thanks|thx|cheers|ta)\s*(?:[,.;:!?)]|$))?)"
)
_NOT_AFTER_ITS = frozenset(
    "not a an the just really very so too been got going ok okay also still already always "
    "never only fine".split()
)


def _its(m: re.Match[str]) -> str:
    from baes_tui.recognition.nouns import in_wordnet, names_a_thing

    word = m[2]
    if word in _NOT_AFTER_ITS or (
        m[3] is not None and in_wordnet(word) and names_a_thing(word) is False
    ):
        return f"{m[1]}t's {word}"  # "its not needed", "its pointless."
    return m.group(0)


# "you know" said between two words, as filler (not "do you know", "let you know")
_YOU_KNOW = re.compile(
    r"(?<=[a-z])(?<!\bdo)(?<!\bdid)(?<!\bif)(?<!\bas)(?<!\blet)(?<!\bwhat)(?<!\bhow)"
    r"\s*,?\s+you know\s*,?\s+(?=(?:the|a|an|their|its|his|her|like)\s)",
    re.I,
)
# "keep track of the dogs like their name their breed …": said aloud, "like" before the
# things' own values opens their list, as a colon does ("such as"); only after a keeping verb
# and its things, and only before "their"/"its" (never "dogs like their walks")
_LIKE_THEIR = re.compile(
    r"(?P<kept>\b(?:keep track of|track|keep|log|record|store|save)\s+(?:the\s+|my\s+|our\s+"
    r"|all\s+(?:the\s+|my\s+|our\s+)?)?[a-z]+(?:\s[a-z]+)?)\s*,?\s+like\s+(?=(?:their|its)\s"
    r"[a-z]+\s(?:and\s+)?(?:their|its)\s"
    # ("like the title the publish date the guest": two or more phrases, each opened by "the",
    # one after the other, are a list of the things' values as "their" ones are)
    r"|the\s[a-z]+(?:\s[a-z]+)?,?\s(?:and\s+)?the\s[a-z]+(?:\s[a-z]+)?,?\s(?:and\s+)?"
    r"(?:the|whether)\s)",
    re.I,
)
# "Each row has the date, …", "the card has: wheel code, …": the row of a sheet, the card or
# form a thing is written on, said to hold the values, is one record of the thing kept, as
# "each one has" says (the thing is the one in context, named in the request)
_RECORD_HOLDS = re.compile(
    r"\b(?:(?P<q>each|every)|the(?:\s+paper)?)\s+(?:row|line|entry|card|form|sheet|record)"
    r"(?=\s+(?:has|holds|shows|contains)\b)",
    re.I,
)
_PUT_BACK = re.compile(
    r"(?P<v>\b(?:add|put)\s+(?:it|them|those|these|that|both)(?:\s+(?:on|to)\s+[a-z]+)?)\s+back\b"
    r"(?=\s*(?:[,.!?]|pls|please|$|on\b|to\b|in\b))",
    re.I,
)
_COMMA_RUN = re.compile(r"[ \t]*,{3,}[ \t]+(?=[A-Za-z])")
_THATS_IT = re.compile(  # starts where a run of blanks and commas starts: linear, not quadratic
    r"(?<![ \t,])[ \t,]+(?:and\s+)?(?:that'?s|that is)\s+(?:it|all)"
    r"(?:\s+(?:really|thanks|thank you))?(?=[ \t]*[!.]*[ \t]*$)",
    re.I | re.M,
)
# "… should be called mobile number instead so yeah": a spoken sign-off that ends what was
# said, never a word of the last name
_SO_YEAH = re.compile(
    r"(?<!\bto)(?<!\bas)(?<!\bcalled)(?<!\bnamed)[ \t,]*[.]?[ \t,]+(?:so[ \t,]+|and[ \t,]+)?"
    r"(?:yeah|yep|yup)(?:[ \t,]+(?:thanks|thank you|please))?[ \t]*[!.]*(?=[ \t]*$)",
    re.I | re.M,
)
# "Keep the email on Donor but drop the landline": what stays is said first, then the change;
# said the other way round ("drop the landline from Donor but keep the email") the reader
# takes the change and leaves what stays, so it is said that way (branch if14)
_KEPT_BUT_GONE = re.compile(
    r"(?:(?<=[.!?][ \t])|(?<=\n)|^)(?:please[ \t]+)?keep[ \t]+"
    r"(?P<kept>(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?!(?:track|tabs|on|up|in)\b)[a-z][\w'-]*"
    r"(?:[ \t]+(?!(?:with|having|for|on|in|but|and)\b)[a-z][\w'-]*){0,3}?)"
    r"(?:[ \t]+(?:on|in|for)[ \t]+(?P<ent>(?:the[ \t]+)?[A-Za-z][\w-]*(?:[ \t]+entity)?))?"
    r"[ \t]*,?[ \t]+but[ \t]+(?:please[ \t]+)?(?P<verb>drop|remove|delete|get rid of|lose)[ \t]+"
    r"(?P<gone>[^.!?\n,;]+?)(?=[ \t]*(?:[.!?\n,;]|$))",
    re.I,
)


def _gone_then_kept(m: re.Match[str]) -> str:
    place = f" from {m['ent']}" if m["ent"] else ""
    return f"{m['verb'][:1].upper()}{m['verb'][1:]} {m['gone']}{place}, but keep {m['kept']}"


# "… deposit and notes but notes are optional": "but" opens a remark on a field just listed,
# said without a comma (the field is not "notes but notes")
_BUT_OPTIONAL = re.compile(
    r"(?<=[a-z])[ \t]+but[ \t]+(?=(?:the[ \t]+|their[ \t]+)?(?!(?:nothing|everything|anything"
    r"|none|all|rest|other|others|it|they|this|that|these|those|both)\b)"
    r"[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+"
    r"(?:is|are)[ \t]+(?:optional|not required|not needed|not mandatory|required|mandatory)\b)",
    re.I,
)
# "the phone thing on clients", "on the events thing": said aloud, "thing" stands for the field
# or the entity just named ("the whole thing", "the same thing" name nothing)
_NAMED_THING = re.compile(
    r"(?<!made )(?<!built )(?<!created )(?<!set up )(?<!added )"
    r"\b(?P<det>the|that|this|our|my)[ \t]+(?P<words>(?!(?:whole|same|other|first|last|only|next"
    r"|one|new|main|big|little|real|right|wrong|best|worst|important|entire|old|final"
    r"|weird|annoying|tricky|hard|easy|second|third)\b)[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+thing\b"
    r"(?=[ \t]+(?:on|in|of|for|should|needs|i|can|could)\b|[ \t]*(?:[.;!?]|$))",
    re.I | re.M,
)
# "can you add like a type and a status", "can we call it like job notes": "like" said after
# the ask's verb is a filler, as "um" is ("would like", "things like" are left)
_LIKE_FILLER = re.compile(
    r"\b(?P<v>add|call[ \t]+it|call[ \t]+them|rename[ \t]+it[ \t]+to|change[ \t]+it[ \t]+to"
    r"|make[ \t]+it|need|needs)[ \t]+like,?[ \t]+(?=[a-z])",
    re.I,
)
# "a team can have players i guess?", "link Gig to Band somehow?", "many hives right?": a
# hedge said at the end of a clause doubts the ask, it is no word of the name before it
# ("size, left, right?", "left or right?", "yes, no, maybe" list them)
_HEDGE_TAIL = re.compile(
    r"(?:[ \t]*,?[ \t]+i[ \t]+(?:guess|think|suppose|believe)|(?<![,\s])[ \t]+(?:maybe|perhaps"
    r"|probably|somehow|or[ \t]+something))(?=[ \t]*[?.!]*[ \t]*$|[ \t]*[?.!]+\s)"
    r"|(?<!\bor)(?<!\band)(?<![,\s])[ \t]+right(?=[ \t]*\?)",
    re.I | re.M,
)
# "… so i guess it can be empty": the hedge inside the clause doubts what follows it
_HEDGE_AFTER_SO = re.compile(
    r"\b(?P<so>so|and|but)[ \t]+i[ \t]+(?:guess|think|suppose)[ \t]+(?=(?:it|they|that|this"
    r"|the)\b)",
    re.I,
)
# "the grade doesn't need to be required": a requirement not needed is "not required"
_NEED_NOT_BE_REQUIRED = re.compile(
    r"\b(?:does[ \t]+not|doesn't|doesnt|do[ \t]+not|don't|dont)[ \t]+(?:need|have)[ \t]+to"
    r"[ \t]+be[ \t]+(?=(?:required|mandatory|compulsory|obligatory)\b)",
    re.I,
)
# "…, right now it's optional and people skip it": what is so now, as after "currently"
_RIGHT_NOW_IT = re.compile(r",[ \t]*right[ \t]+now[ \t]+(?=(?:it|they|its|it's|they're)\b)", re.I)
# "i need to remember for each kite the colour and maker": what a person needs to remember
# about each thing is what they need to record (not "remember to back it up")
_NEED_TO_REMEMBER = re.compile(
    r"\b(?P<w>(?:need|needs|want|wants|have|has|like|got)[ \t]+to)[ \t]+remember[ \t]+"
    r"(?=(?:for|the|each|every|all|my|our|their|whether|which|who|when)\b)",
    re.I,
)
# "Bookings also need to know the pickup time", "hawks now need to have a ring number": what a
# thing also (or now) needs to know or have is what it needs ("also need the pickup time"); only
# with "also"/"now" (a story of a change), never "drivers need to know the route" said alone
_ALSO_NEED_TO_KNOW = re.compile(
    r"\b(?P<s>[A-Za-z]+)[ \t]+(?P<w>(?:also|now)[ \t]+(?:also[ \t]+)?(?:need|needs|needed))"
    r"[ \t]+to[ \t]+(?P<v>know|have)(?=[ \t]+(?:the|a|an|their|its|which|what|whether|when|who)\b)",
    re.I,
)
# Who may need to know a thing (people, and the groups of them), never the thing kept
_PEOPLE_GROUPS = frozenset(
    """staff team teams crew crews committee board management office everyone everybody people
    we they you i he she""".split()
)


def _also_need_to_know(m: re.Match[str]) -> str:
    """ "Bookings also need to know the pickup time" is what a booking needs; "the pilots now
    need to know the wind speed", "staff also need to know whether …" are what people must be
    told (a screen, a message), no field of theirs: left as said."""
    who = m["s"].lower()
    if m["v"].lower() == "know" and (who in _PEOPLE_GROUPS or first_sense(who) == "noun.person"):
        return m[0]
    return f"{m['s']} {m['w']}"


# "We've started recording the wingspan of each hawk", "we now also track the handicap of each
# golfer", "From now on we also write down …": what the writers now keep is what they ask to
# record ("also record the wingspan of each hawk"); only a change said so ("started", "now",
# "also", "from now on"), never "we record …" (how things are)
_WE_NOW_RECORD = re.compile(
    r"(?<![\w'-])(?P<fno>from[ \t]+now[ \t]+on[ \t]*,?[ \t]+)?(?:we|i)"
    r"(?:'ve|[ \t]+have|'ll|[ \t]+will|'re|[ \t]+are|'m|[ \t]+am)?[ \t]+"
    r"(?P<how>(?:(?:now|also|just|recently)[ \t]+){0,3}"
    r"(?:(?:started|begun|began|start)[ \t]+(?:to[ \t]+)?)?)"
    r"(?P<v>record|recording|track|tracking|log|logging|note|noting|store|storing|capture"
    r"|capturing|collect|collecting|write[ \t]+down|writing[ \t]+down|jot[ \t]+down"
    r"|jotting[ \t]+down|writing|putting|entering|adding|keep|keeping)[ \t]+"
    r"(?=(?:the|their|each|every)[ \t]"
    # (lu61) "from now on we also record a DBS number and a renewal date on every Escort": a
    # value said with "a" is one kept when the sentence puts it on each of a thing
    r"|an?[ \t][^.!?;:\n]{1,120}?[ \t](?:on|for|at|against|with)[ \t]+(?:each|every)[ \t])",
    re.I | re.M,
)


_ASKED_OR_GOVERNED = frozenset(
    """can could would should shall will may might must do does did if whether when once that
    unless until what which how why where""".split()
)


def _we_now_record(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    if before and before[-1].lower().strip(",") in _ASKED_OR_GOVERNED:
        return m[0]  # "could we also store …", "if we now track …": a question or a condition
    how = m["how"].lower()
    if re.search(r"\b(?:started|begun|began|start)\b", how):
        return m[0]  # "We started recording the batch number …": a story, no ask (tests/chg31)
    if (
        not m["fno"]
        and not re.search(r"\b(?:now|also|started|begun|began|start|recently)\b", how)
        and not _TOO_AT_END.match(m.string, m.end())
    ):
        return m[0]
    if m["v"].lower().startswith("keep") and not _ON_EACH_AHEAD.match(m.string, m.end()):
        return m[0]  # (lu61) "we now keep the old files for a year": kept, not a value of each
    return "also record "


# (lu61) "… an invoice reference and a paid date on every Expense": the rest of the sentence
# puts what is kept on each of a thing
_ON_EACH_AHEAD = re.compile(
    r"[^.!?;:\n]{1,120}?[ \t](?:on|for|at|against|with)[ \t]+(?:each|every)[ \t]", re.I
)


# "The repairer's name should also be stored on every job", "a signature needs to be captured
# for each delivery too": a value said to be kept on each thing is that thing's field, as
# "also record the F of each X" says (a sentence of its own; the possessive's "'s" dropped)
_STORED_ON_EACH = re.compile(
    # (lu61) "Our insurer changed the wording, so now the mileage has to be logged at each …":
    # after a comma, "so" or "and" (and "now") opens the sentence that says what is kept
    r"(?im)(?:^|(?<=[.!?][ \t])|(?P<comma>,)(?=[ \t]+(?:so|and)[ \t]))"
    r"(?P<lead>[ \t]*(?:(?:ok|so|also|and|oh)[ \t,]+)?(?:now[ \t]+)?)"
    r"(?:the|a|an)[ \t]+(?P<f>[a-z][a-z-]*(?:'s)?(?:[ \t]+[a-z][a-z-]*){0,3})"
    # (lu61) "the mileage (integer) has to be logged …": the type said in brackets after it
    r"(?P<t>[ \t]*\([ \t]*[a-z][a-z /-]{0,30}\))?[ \t]+"
    r"(?:should|must|needs?[ \t]+to|has[ \t]+to|shall|will[ \t]+need[ \t]+to)[ \t]+"
    r"(?:also[ \t]+)?be[ \t]+(?:also[ \t]+)?(?:stored|kept|recorded|captured|logged|saved|noted"
    r"|tracked|held)[ \t]+(?:on|for|against|with|at)[ \t]+(?:each|every)[ \t]+"
    r"(?P<x>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)(?:[ \t]+(?:too|as[ \t]+well))?[ \t]*"
    r"(?=[.!]|$)"
)


_NO_VALUE_KEPT = frozenset(
    """it this that data information info details everything all copy copies backup backups
    record records log logs history archive trail audit snapshot file files document
    documents""".split()
)


def _stored_on_each(m: re.Match[str]) -> str:
    field = re.sub(r"'s\b", "", m["f"])
    if set(field.lower().split()) & _NO_VALUE_KEPT:
        return m[0]  # "the data should be kept for each job", "a copy …": no value named
    if m["comma"]:
        # (lu61) "…, so now the F has to be logged …": the sentence the comma ran on to
        return f". Also record the {field}{m['t'] or ''} of each {m['x']}"
    return f"{m['lead']}also record the {field}{m['t'] or ''} of each {m['x']}"


# "we'd also like to know the tide height for each lesson", "we now also want to know …": the
# wish said politely, or with "now", is "we also want to …" (a field asked for: only with
# "also", a change)
_ALSO_LIKE_TO = re.compile(
    r"\b(?P<w>we|i)(?:(?:'d|[ \t]+would)[ \t]+also[ \t]+like|[ \t]+now[ \t]+also[ \t]+(?:want|need)"
    r"|[ \t]+also[ \t]+now[ \t]+(?:want|need))[ \t]+to[ \t]+(?=(?:know|record|note|keep|track|store"
    r"|capture|log|save|jot[ \t]+down|write[ \t]+down)[ \t]+(?:the|their|each|every)[ \t])",
    re.I,
)
# "… each cat's vaccination date too now": "now" after a closing "too" says it again
# "peals: we need date, method and conductor on them": at the end of a list, "on them" ("for
# them") points back at the things the list is of, no part of its last field (it dropped the
# field whole, and the reading was accepted)
_LIST_ON_THEM = re.compile(
    r"(?P<list>,[^.!?\n,]{1,60}?(?:,|[ \t]and[ \t])[^.!?\n,]{1,60}?)[ \t]+(?:on|for)[ \t]+them"
    r"(?=[ \t]*(?:[.!]+|$))",
    re.I | re.M,
)
# ("… an ear tag colour now too": "now" before the closing "too" is no part of the field)
_NOW_TOO_END = re.compile(
    r"(?<=[a-z])[ \t]+now(?P<t>[ \t]+(?:too|as[ \t]+well))(?=[ \t]*(?:[.!?]+[ \t]*)?$)", re.I | re.M
)
_TOO_NOW_END = re.compile(
    r"(?<=[a-z])(?P<t>[ \t]+(?:too|as[ \t]+well))[ \t]+now(?=[ \t]*(?:[.!]+[ \t]*)?$)", re.I | re.M
)
# "we jot down each cat's vaccination date too (now)": the change said at the sentence's end,
# after a short object ("too", "as well"; "now" alone is how things are: "we log X now")
_TOO_AT_END = re.compile(
    r"[^.!?;:,\n]{1,60}?[ \t]+(?:too|as[ \t]+well)(?:[ \t]+now)?(?:[ \t]+(?:pls|please|thanks))?"
    r"[ \t]*(?:[.!]+|$)",
    re.I | re.M,
)


# "Customers now also give us their date of birth", "golfers tell us their handicap too": what
# people (or firms) have started to give is what they should also have; only with "now",
# "also", "too" or "as well" (a change), never "customers give us their name, email" (a list)
_GIVE_US_THEIR = re.compile(
    r"\b(?P<x>[a-z]+s)[ \t]+(?P<how>(?:(?:now|also|often|all|sometimes)[ \t]+){0,2})"
    r"(?:(?:give|tell|send|provide|supply|hand|show)[ \t]+(?:us|me)"
    r"|send|provide|supply|submit|hand[ \t]+in)[ \t]+(?=the(?:ir|re)[ \t])"
    r"the(?:ir|re)[ \t]+(?P<f>[a-z][a-z -]{0,40}?)"
    # (llm60) "… their mobile number at check-in", "… on arrival", "… when they join": when
    # they give it, no part of the field (it read a field `at_check_in`, accepted)
    r"(?P<when>[ \t]+(?:at|on|upon|during|when)[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+)??"
    r"(?P<end>[ \t]+(?:too|as[ \t]+well|now))?"
    r"(?P<pls>[ \t]+(?:pls|plz|please|thanks|thx))?(?=[ \t]*(?:[.!?,;\n]|$))",
    re.I,
)


def _give_us_their(m: re.Match[str]) -> str:
    how = m["how"].lower().split()
    if not ({"now", "also"} & set(how) or m["end"]):
        return m[0]
    last = m["f"].split()[-1].lower()
    if singular(last) != last:
        return m[0]  # "their pronouns", "their details": a plural field's name is kept whole
    return f"{m['x']} also need their {m['f']}{m['pls'] or ''}"  # ("there", typed for "their", too)


# "phone on customer -> mobile", "tuning date on the piano => last tuned": a field placed on a
# thing, an arrow and a plain new name, alone on the line, is the field renamed (a type or
# "optional" after the arrow is read as the change it is already)
_PLACED_FIELD_ARROW = re.compile(
    # (after a bullet or a short label: "- ring on hawk -> …", "quick fix: phone on …")
    r"(?im)^(?P<x>[ \t]*(?:[-*•][ \t]+|[A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]*:[ \t]+)?)(?:the[ \t]+)?"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2}?)"
    # (the thing in one or two words: "skate barcode on hire transactions -> skate tag")
    r"(?:[ \t]+field)?[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][a-z_]*"
    r"(?:[ \t](?!(?:field|entity|table|record|records)\b)[a-z][a-z_]*)?)[ \t]*"
    r"(?:->|=>|→)[ \t]*(?P<g>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})[ \t]*[.!]?[ \t]*$"
)


def _placed_field_arrow(m: re.Match[str]) -> str:
    new = m["g"].lower()
    if m["f"].lower() in ("status", "state", "stage"):
        return m[0]  # "status on order -> shipped": a value set, maybe, not a new name
    if _TYPE_ALONE.match(new) or set(new.replace("_", " ").split()) & _NOT_NEW_NAMES:
        return m[0]
    return f"{m['x']}rename {m['f']} on {m['e']} to {m['g']}"


_TYPE_ALONE = re.compile(rf"^(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})$", re.I)
# "keeper phone -> keeper mobile on Enclosure": the field, the arrow and the new name, then the
# thing it is on, alone on the line, renames the field as "phone on customer -> mobile" does
# (the same guards: a type, "optional" or a status value after the arrow is no new name)
_FIELD_ARROW_PLACED = re.compile(
    r"(?im)^(?P<x>[ \t]*(?:[-*•][ \t]+)?)(?:the[ \t]+)?"
    r"(?P<f>(?!(?:rename|change|mv|move|set)\b)[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})"
    r"(?:[ \t]+field)?[ \t]*(?:->|=>|→)[ \t]*"
    r"(?P<g>(?!(?:on|in)\b)[a-z][a-z_]*(?:[ \t](?!(?:on|in)\b)[a-z][a-z_]*){0,2})"
    r"[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][a-z_]*)"
    r"(?:[ \t]+(?:please|pls|plz|thanks|thx))?[ \t]*[.!]?[ \t]*$"
)
# "RM field wingspan (Bird)", "remove passport no (Guest)": in a removal said as a ticket, the
# capitalised name in brackets after the field is whose field it is ("from Bird"), never a
# longer entity's name WingspanBird removed whole
_REMOVED_BRACKET_OWNER = re.compile(
    r"(?m)^(?P<v>[ \t]*(?:[-*•][ \t]+)?(?i:rm|remove|delete|drop)[ \t]+(?i:the[ \t]+)?"
    r"(?:(?i:field|column|attribute)[ \t]+)?)"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,3})[ \t]*\([ \t]*(?:(?:on|from|in)[ \t]+)?"
    r"(?P<e>(?!(?:Optional|Required|Entity|Table|Field|Column|Model)\b)[A-Z][A-Za-z0-9]*)"
    r"[ \t]*\)[ \t]*[.!]?[ \t]*$"
)
# "nursery plants - lose the barcode", "please lose the fax column on suppliers", "we can lose
# the X", "nix the fax", "axe the wax option": "lose", "nix", "axe" said as an order (opening
# the line or a clause, after "please", "can you", "we can", "let's") are "remove"; "if we lose
# the contract", "we lose the receipts" are not orders
_LOSE_ORDER = re.compile(
    r"(?im)(?:^[ \t]*|(?<=[-—–:;.!?,] )|(?<=\bplease )|(?<=\bpls )|(?<=\bjust )|(?<=\bcan )"
    r"|(?<=\bcould )|(?<=\byou )|(?<=\bwe )|(?<=\bsimply )|(?<=\blet's )|(?<=\blets ))"
    r"(?<!\bif we )(?<!\bwhen we )(?<!\bthat we )(?<!\bdo we )(?<!\bwe could )"
    # ("ditch the gnomon angle on Sundial" too)
    r"(?:lose|nix|axe|ditch)[ \t]+(?=(?:the|that|this|those|these|its|their)[ \t]+[a-z])"
)
# "Sundial: lose gnomon angle", "Kart - nix tyre pressure": under a thing's name said as a label,
# "lose" opening the note is "remove" with no determiner too (the label says where from)
_LOSE_AFTER_LABEL = re.compile(
    r"(?m)^(?P<l>[ \t]*[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+)?[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]+)"
    r"(?:lose|nix|axe)[ \t]+(?!weight\b)(?=[a-z])"
)
# "barrels: lose 'filled'", "kilns - bin 'shelf count'": under a label (a thing's name, in
# lower case too), a slang verb of throwing out before a quoted name is "remove" (the quote says
# the name is a field's: "bin location" unquoted is a field, no order)
_SLANG_BEFORE_QUOTED = re.compile(
    r"(?m)^(?P<l>[ \t]*[A-Za-z][A-Za-z]*(?:[ \t][A-Za-z]+)?[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]+)"
    r"(?:(?:please|pls)[ \t]+)?(?i:lose|nix|axe|ditch|bin|scrap|strike|kill|chuck)[ \t]+"
    r"(?=['\"][a-z])"
)
# "barrels: lose wood": "lose" under a label in lower case, when the label is a plural (the
# things a request is about; "note: lose weight" is no label of things)
_LOSE_AFTER_PLURAL_LABEL = re.compile(
    r"(?m)^(?P<l>[ \t]*[a-z]+(?:[ \t][a-z]+)?[a-rt-z]s[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]+)"
    r"(?:lose|nix|axe)[ \t]+(?!weight\b)(?=[a-z])"
)
# "strike origin from apple varieties", "pls strike the fax off Supplier": "strike" said as an
# order, then what goes and where from, is "remove … from …" ("strike price" alone is a field)
_STRIKE_FROM = re.compile(
    r"(?im)(?:^[ \t]*|(?<=[-\u2013\u2014:;.!?,] )|(?<=\bplease )|(?<=\bpls )|(?<=\bjust ))"
    r"strike[ \t]+(?:(?:off|out)[ \t]+)?(?P<x>(?!(?:off|out|a|an)\b)[a-z][^\n,.;:]{0,80}?)[ \t]+"
    r"(?:out[ \t]+of|off|from)[ \t]+(?=\S)"
)
# "no fax on suppliers pls", "please no loyalty card on Customer": a line that is only "no" and
# a name, placed on a thing, with a plea, is that field removed ("no refunds on sale items", a
# rule about values, has no plea and stays; "no more …" and "no … for" say other things)
_NO_FIELD_ON_PLEA = re.compile(
    r"(?im)^(?P<p>[ \t]*(?:(?:please|pls|plz)[ \t]*,?[ \t]+)?)no[ \t]+(?!(?:more|longer|one|need"
    r"|way|idea|problem|rush|worries)\b)(?P<f>[a-z][a-z_']*(?:[ \t][a-z][a-z_']*){0,2}?)"
    r"[ \t]+on[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][A-Za-z]*(?:[ \t][a-z]+){0,2}?)"
    r"(?P<q>[ \t]*,?[ \t]*(?:please|pls|plz|thanks|thx|ta)\b)?[ \t]*[.!]*[ \t]*$"
)
# "orchards - dont need acreage", "Kiln: no longer need the cone number": under a label, a need
# denied with no one said to deny it is "we don't need …" (read as a thing "NotItem" before)
_LABEL_THEN_NEED_DENIED = re.compile(
    r"(?m)^(?P<l>[ \t]*[A-Za-z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}[ \t]*(?::|[ \t][-\u2013\u2014]))"
    r"[ \t]*(?=(?:don'?t|do[ \t]+not|no[ \t]+longer)[ \t]+need[ \t]+(?:the[ \t]+|an?[ \t]+)?"
    r"['\"]?[a-z])"
)
# Where an order opens: the line, a clause after a stop, dash, colon or comma, or "please",
# "pls", "just", "can (you)", "could (you)", "simply" said before it
_ORDER_AT = (
    r"(?:^[ \t]*|(?<=[-\u2013\u2014:;.!?,] )|(?<=\bplease )|(?<=\bpls )|(?<=\bjust )"
    r"|(?<=\bcan )|(?<=\bcould )|(?<=\byou )|(?<=\bsimply ))"
)
# "Material: strip out colour grade", "please strip out the fax on Supplier": "strip out" said
# as an order is "remove" ("carbon strip thickness" is a field, no order)
_STRIP_OUT = re.compile(rf"(?im){_ORDER_AT}strip[ \t]+out[ \t]+(?=[a-z])")
# "strip haulage_rate out of the Delivery entity", "strip the fax from Supplier": the verb split
# round what goes, then where from, is "remove … from …"
_STRIP_FROM = re.compile(
    rf"(?im){_ORDER_AT}strip[ \t]+(?P<x>(?!out\b)[a-z][^\n,.;:]{{0,80}}?)[ \t]+"
    r"(?:out[ \t]+of|off|from)[ \t]+(?=\S)"
)
# "kill off the GatePass table", "please kill off the fax on Supplier": "kill off" said as an
# order is "remove" (the particle was left over as a word of the name)
_KILL_OFF = re.compile(
    rf"(?m){_ORDER_AT}(?i:kill[ \t]+off)[ \t]+(?=(?i:the|that|this|those|these|our|my)[ \t]|[A-Z])"
)
# "bin fabric_softener on Wash", "ditch late_fee": a slang verb of throwing out before a name
# written as an identifier is an order ("bin location" and "bin code" are fields: a noun there)
_SLANG_BEFORE_IDENTIFIER = re.compile(
    rf"(?im){_ORDER_AT}(?:bin|ditch|axe|nix|nuke|scrap|kill)[ \t]+"
    r"(?=[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\b)"
)
# "the calibration record doesnt need the engineer phone, bin it": "bin", "ditch", "scrap",
# "axe", "nix" or "nuke" before "it" or "them" ending the request are "remove", as "…, remove
# it" is read (the slang verb was left over, a word the reading had lost)
_SLANG_IT = re.compile(
    rf"(?im){_ORDER_AT}(?:bin|ditch|scrap|axe|nix|nuke)[ \t]+"
    r"(?=(?:it|them|that)(?:[ \t]+(?:please|pls|too|as[ \t]+well))?[ \t]*[.!]*[ \t]*$)"
)
# "bin starch preference, ServiceWash doesnt need it", "drop the fax, Supplier does not use it
# any more": a removal, then the thing said not to need it, is "remove … from <thing>" (it was
# read as a thing StarchPreference to remove)
_REMOVE_THEN_NOT_NEEDED = re.compile(
    r"(?im)^(?P<p>[ \t]*(?:please[ \t]+|pls[ \t]+)?)(?:remove|delete|drop|bin|ditch|scrap|lose"
    r"|kill|axe|nix|get[ \t]+rid[ \t]+of)[ \t]+(?P<f>[a-z][^,\n]{0,60}?)[ \t]*,[ \t]*"
    r"(?:(?:the|our|a|an)[ \t]+)?(?!(?:we|i|you|they|he|she|it|people|nobody|no[ \t]+one)\b)"
    r"(?P<e>[A-Za-z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}?)[ \t]+(?:doesn'?t|does[ \t]+not|don'?t"
    r"|do[ \t]+not)[ \t]+(?:need|use|want)[ \t]+(?:it|that|this|them|those)"
    r"(?P<t>(?:[ \t]+(?:any[ \t]?more|any[ \t]+longer))?[ \t]*[.!]?)[ \t]*$"
)
# "swap the name of asset tag to machine code", "on Machine, switch the name of tare to unladen
# weight": the name of a field swapped for another is the field renamed ("swap the names round"
# has no "of … to")
_SWAP_NAME_OF = re.compile(
    rf"(?im){_ORDER_AT}(?:swap|switch)[ \t]+the[ \t]+name[ \t]+of[ \t]+"
    r"(?=[^\n]{1,80}?[ \t]to[ \t]+[A-Za-z])"
)
# "the bay field on Stockpile wants renaming to bay number", "Kiln needs renaming Oven": wanting
# or needing renaming is "should be renamed to"
_WANTS_RENAMING = re.compile(
    r"(?i)(?<=[a-z0-9_'\"\u2019\u201d])[ \t]+(?:wants|needs)[ \t]+(?:renaming|re-naming)"
    r"(?:[ \t]+(?:to|as|into))?[ \t]+(?=[A-Za-z\"'\u2018\u201c])"  # (a name may be quoted)
)
# "VisitingYacht should be renamed GuestVessel - …": a new name written as a name straight after
# "renamed" is what it is renamed to ("should be renamed last name" is left as it was)
_RENAMED_NAME = re.compile(
    r"(?<=[A-Za-z0-9_])[ \t]+(?P<v>(?:should|must|can|could|will)[ \t]+be[ \t]+renamed)[ \t]+"
    r"(?=[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b|[A-Z][a-z0-9]+[ \t]*(?:[-\u2013\u2014.,;!(]|$))"
)
# "call Attendant StaffMember instead": two names written as names after "call", with
# "instead", rename the thing as "call the Attendant entity StaffMember instead" does (fields
# are written in lower case: "call ready time collection time instead" stays as it was)
_CALL_NAME_NAME = re.compile(
    r"(?m)^(?P<p>[ \t]*(?i:please[ \t]+|pls[ \t]+|can[ \t]+you[ \t]+|could[ \t]+you[ \t]+)?"
    r"(?i:call)[ \t]+)(?P<a>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)[ \t]+"
    r"(?P<b>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)(?P<t>[ \t]+instead\b)"
)
# (lz63) "When we go out to a job we now also write down the CO reading. Can that go on the Job
# entity?", "We now record the tyre pressure too. Could that be added to Vehicle?": what is
# written down now, then asked to go on a thing named as a name, is a field added to it
_NOTED_THEN_ON = re.compile(
    r"(?im)(?:^|(?<=[.!?] ))[ \t]*(?:when[ \t]+[^.?!\n]{1,60}?,?[ \t]+)?(?:(?:we|i)[ \t]+)?"
    r"(?:(?:now|also|always|usually)[ \t]+){0,3}"
    r"(?:write[ \t]+down|note[ \t]+down|jot[ \t]+down|note|record|log|measure|take)[ \t]+"
    r"(?:the[ \t]+|a[ \t]+|an[ \t]+|their[ \t]+)?(?P<f>[a-z][a-z-]*(?:[ \t][a-z][a-z-]*){0,3}?)"
    r"(?:[ \t]+(?:too|as[ \t]+well|now))?[ \t]*[.!][ \t]+"
    # (the ask as cleaning words it: "can you add that to …"; or "could that go on …")
    r"(?:(?i:can|could|would)[ \t]+(?:you|u|we)[ \t]+(?:please[ \t]+)?(?:add|put)[ \t]+"
    r"(?i:that|it|this)[ \t]+(?:to|on|onto|into)"
    r"|(?i:can|could|would)[ \t]+(?i:that|it|this)[ \t]+"
    r"(?:go|be[ \t]+added|be[ \t]+put|be[ \t]+stored|be[ \t]+kept|live)[ \t]+"
    r"(?:on|to|in|onto|into))[ \t]+(?:the[ \t]+)?(?P<e>[A-Z][A-Za-z0-9]*)"
    r"(?:[ \t]+(?:entity|table|model|record|records))?[ \t]*\?"
)
# (lz63) "… confusing on the Volunteer form": where the thing is shown, after its name, says no
# more than the name (the rename was not read)
_SHOWN_ON = r"(?:form|screen|page|entity|table|model|record|records)"
# "The staff find 'headcount' confusing on BirthdayParty - could it be called guest count
# instead?": what people find confusing, unclear or misleading, said first, is "the X (on Y) is
# confusing", the field an "it" after it stands for (a quoted name is the field's name)
_FIND_CONFUSING = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:(?i:the|our|my|some|all|most)[ \t]+)?"
    r"(?:[A-Za-z]+[ \t]+){0,2}?[A-Za-z]+[ \t]+(?:find|finds|found)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:'(?P<q>[a-z][a-z _]{0,40})'|\"(?P<dq>[a-z][a-z _]{0,40})\")"
    r"(?:[ \t]+(?:field|column))?"  # (lz63) "find the 'reg' field confusing"
    r"|the[ \t]+(?P<f>[a-z][a-z _]{0,40}?))"
    r"(?P<on>[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z0-9]*)?(?:[ \t]+{_SHOWN_ON})?[ \t]+"
    r"(?P<how>confusing|unclear|misleading)"
    r"(?P<on2>[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z0-9]*)?(?:[ \t]+{_SHOWN_ON})?"
    r"(?=[ \t]*(?:[-\u2013\u2014,.;]|$))".replace("{_SHOWN_ON}", _SHOWN_ON)
)


def _find_confusing(m: re.Match[str]) -> str:
    field = m["q"] or m["dq"] or m["f"]
    return f"the {field}{m['on'] or m['on2'] or ''} is {m['how']}"


# "…, so it should be a float really": "really" after the type wanted, last, says no more than
# the type (it was read as a word of the ask and nothing was read)
_TYPE_REALLY = re.compile(
    rf"(?im)\b(?P<k>(?:be|is|are)[ \t]+(?:an?[ \t]+)?(?:{TYPE_ALTERNATION}))[ \t]+really"
    r"(?=[ \t]*[.!]*[ \t]*$)"
)
# A type said in a change, plurals too ("as whole numbers"); the kinds of value only
_CHANGE_TYPE = rf"(?:whole[ \t]+numbers|integers|numbers|{TYPE_ALTERNATION})"
_CHANGE_STATE = rf"(?:optional|nullable|required|mandatory|compulsory|(?:an?[ \t]+)?{_CHANGE_TYPE})"
# "tare weight on Truck - float please", "moisture percent on Weighing, make it numeric", "notes
# on Wash: optional": a field placed on a thing written as a name, then (after a dash, colon or
# comma) only a type or a state, maybe with "make it" or "should be", is "make <field> on
# <thing> <type>"
_PLACED_THEN_TYPE = re.compile(
    r"(?m)^(?P<p>[ \t]*(?:[-*\u2022][ \t]+)?)(?:(?i:the)[ \t]+)?"
    r"(?P<f>[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3}?)[ \t]+on[ \t]+"
    # (the thing written as a name: "logo on shirt: yes/no", "nurses on duty (count)" are
    # fields of a list)
    r"(?P<e>(?:the[ \t]+)?[A-Z][A-Za-z0-9]*)[ \t]*[-\u2013\u2014:,(][ \t]*"
    r"(?i:(?:please[ \t]+)?(?:make|set)[ \t]+it[ \t]+|(?:it[ \t]+)?should[ \t]+be[ \t]+)?"
    # ("the depth on Well - decimal" is cleaned to "… (decimal)" before this)
    rf"(?P<t>(?i:{_CHANGE_STATE}))\)?(?:[ \t]+(?i:please|pls|thanks))?[ \t]*[.!]?[ \t]*$"
)
# "ServiceWash notes: optional please": a thing written as one name in CamelCase, its field, a
# colon and only a state or type is the field changed on the thing (a plain capital opening the
# line, "Delivery address: optional", is a field of a list)
_NAME_FIELD_THEN_STATE = re.compile(
    r"(?m)^(?P<p>[ \t]*)(?P<e>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)[ \t]+"
    r"(?P<f>[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,2})[ \t]*:[ \t]*"
    rf"(?P<t>(?i:{_CHANGE_STATE}))(?:[ \t]+(?i:please|pls|thanks))?[ \t]*[.!]?[ \t]*$"
)
# "Booking.slot_start is a datetime, not a string", "purchase date is really a date, not text":
# a field said to be one type and not another, alone on its line, is the type it should be
_IS_TYPE_NOT_TYPE = re.compile(
    r"(?im)^(?P<s>[^\n,;]{1,80}?[a-z0-9_])[ \t]+(?:is|are)(?:[ \t]+(?:really|actually))?"
    rf"[ \t]+(?P<t>(?:an?[ \t]+)?{_CHANGE_TYPE})(?P<n>[ \t]*,?[ \t]*not[ \t]+(?:an?[ \t]+)?"
    rf"{_CHANGE_TYPE}[ \t]*[.!]?[ \t]*)$"
)
# "date should be a real date, not text": a real, proper or actual date is a date (alone, "a
# real" is a float)
_REAL_TYPE = re.compile(
    r"(?i)\b(?P<b>(?:be|is|are|as)[ \t]+an?[ \t]+)(?:real|proper|actual)[ \t]+"
    r"(?=(?:date|datetime|timestamp|whole[ \t]+number|integer|decimal|boolean|time)\b)"
)
# "store cycle minutes on dryers as whole numbers", "keep the price on Product as a decimal
# instead":
# a field placed on its thing stored as a type is the type changed ("store a deposit on Booking
# as money", with an article, is a new field and stays as it was)
_STORE_PLACED_AS = re.compile(
    r"(?im)^(?P<p>[ \t]*(?:please[ \t]+|pls[ \t]+|can[ \t]+you[ \t]+|could[ \t]+you[ \t]+)?)"
    r"(?:store|keep|save|hold)[ \t]+(?P<x>(?:the[ \t]+)?(?!(?:a|an|some|another|new|also)\b)"
    r"[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3}?[ \t]+(?:on|for|in)[ \t]+[^\n]{1,40}?)"
    rf"[ \t]+as[ \t]+(?P<t>(?:an?[ \t]+)?{_CHANGE_TYPE})"
    # ("… as an integer instead", "… from now on": a word that says it replaces what is there
    # is no part of the type, and only makes the change plainer)
    r"(?P<e>(?:[ \t]+(?:please|pls|instead|from[ \t]+now[ \t]+on|going[ \t]+forward))?"
    r"(?:[ \t]+(?:please|pls))?[ \t]*[.!?]?[ \t]*)$"
)
# (ly62) "We want to keep incident reports. Nothing fancy: the incident date, …", "…, just the
# basics: item, borrower": how plain the writer wants it, said as a heading over the list, is
# talk; the list is the fields of the thing said before (it read a thing NothingFancy)
_PLAIN_WISH_LABEL = re.compile(
    r"(?P<end>[.!?,;])[ \t]+(?:(?:(?:and|but|so)[ \t]+)?(?:nothing[ \t]+(?:too[ \t]+|very[ \t]+"
    r"|really[ \t]+)?(?:fancy|special|complicated|elaborate|major|big)"
    r"|(?:just[ \t]+|only[ \t]+)?the[ \t]+basics|keep[ \t]+it[ \t]+simple|no[ \t]+frills))"
    r"[ \t]*:[ \t]+(?=\S)",
    re.IGNORECASE,
)


def _plain_wish_label(m: re.Match[str]) -> str:
    return ": " if m["end"] in ",;" else f"{m['end']} Fields: "


# (ly62) "so the Fundraiser thing can just go", "the Raffle thing isn't needed any more": a
# name written with its capital, then "thing", is how a person who does not say "entity"
# marks one; said with its going, it is that entity ("the toll tag thing" stays a field)
_NAMED_THING_GOES = re.compile(
    r"(?<=\b[Tt]he )(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)*) thing(?= (?:can|could|may|should|must)"
    r" (?:just |simply |also )?(?:go|be (?:removed|deleted|dropped))\b| (?:is|isn't|is not)"
    r" (?:not )?(?:needed|used|wanted)\b)"
)
# "credit limit on Account is money": a field placed on a thing written as a name, said to be a
# type, alone on its line, is the type it should have
_PLACED_IS_TYPE = re.compile(
    r"(?m)^(?P<p>[ \t]*)(?P<f>[a-z][a-z0-9_]*(?:[ \t][a-z][a-z0-9_]*){0,3}?[ \t]+on[ \t]+"
    r"[A-Z][A-Za-z0-9]*)[ \t]+(?:is|are)[ \t]+"
    rf"(?P<t>(?i:(?:an?[ \t]+)?{_CHANGE_TYPE}))[ \t]*[.!]?[ \t]*$"
)
# "hang LaundryBag off ServiceWash": a thing hung off another belongs to one of it
_HANG_OFF = re.compile(
    r"(?im)^(?P<p>[ \t]*(?:please[ \t]+|pls[ \t]+|can[ \t]+you[ \t]+|could[ \t]+you[ \t]+)?)"
    r"hang[ \t]+(?:each[ \t]+|every[ \t]+|the[ \t]+)?(?P<a>[A-Za-z][A-Za-z0-9]*(?:[ \t][a-z]+)?)"
    r"[ \t]+off[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|its[ \t]+|their[ \t]+)?"
    r"(?P<b>[A-Za-z][A-Za-z0-9]*(?:[ \t][a-z]+)?)(?P<e>[ \t]*(?:please|pls)?[ \t]*[.!]?[ \t]*)$"
)
# "ServiceWash goes with a single Machine": a thing that goes with one of another has one
_GOES_WITH_ONE = re.compile(
    r"(?i)(?<=[a-z0-9])[ \t]+(?P<v>goes|go)[ \t]+with[ \t]+(?=(?:a[ \t]+single|one|exactly[ \t]+one"
    r"|just[ \t]+one|only[ \t]+one)[ \t]+[A-Za-z])"
)
# "feed cost is now in pence", "the rate should be stored in cents": an amount kept in pence or
# cents is a whole number, the type changed to an integer ("in pence as a whole number" keeps
# its own type)
_IN_PENCE = re.compile(
    r"\b(?P<v>(?:is|are|should[ \t]+be|must[ \t]+be|to[ \t]+be|will[ \t]+be)[ \t]+"
    r"(?:now[ \t]+)?)(?:(?:stored|kept|held|recorded|saved|counted)[ \t]+)?"
    r"in[ \t]+(?:whole[ \t]+)?(?:pence|cents|pennies)\b(?P<as>[ \t]+as[ \t]+(?:an?[ \t]+)?)?",
    re.I,
)


def _in_pence(m: re.Match[str]) -> str:
    if m["as"]:
        return f"{m['v']}stored{m['as']}"  # "stored in pence as a whole number": its own type
    return f"{m['v']}an integer"


# "rename the player field bowl style to bowling style", 'rename volunteer "shift pref" ->
# "preferred shift"': the thing said before the field (marked by "field", or the field quoted)
# is whose it is, as "rename bowl style on player to …" says
_RENAME_OWNER_FIRST = re.compile(
    r"\b(?P<v>(?i:rename))[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<e>(?!(?i:the|field|feild|filed|fild|column|attribute|entity|table|model)\b)"
    r"[A-Za-z][a-z]+)(?:'s)?[ \t]+"
    r"(?:(?i:field|column|attribute)[ \t]+(?P<f>(?!(?:to|into|as|from|on|in|called|named)\b)"
    r"[a-z][a-z_]*(?:[ \t](?!to\b)[a-z][a-z_]*){0,2}|\"[^\"\n]{1,40}\"|'[^'\n]{1,40}')"
    r"|(?P<q>\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'))"
    r"[ \t]+(?P<to>(?i:to|->|=>))[ \t]+(?=[\"'A-Za-z])"
)


def _rename_owner_first(m: re.Match[str]) -> str:
    if m["e"].lower() in _RENAME_NOT_OWNERS or (m["q"] and m["q"][1:2].isupper()):
        return m[0]  # ('rename Coach "Ann" to "Anna"': a capitalised value, maybe, no field)
    return f"{m['v']} {m['f'] or m['q']} on {m['e']} {m['to']} "


_RENAME_NOT_OWNERS = frozenset(
    """field feild filed fild column attribute entity table model it this that them these those
    my our your its their one name a an the""".split()
)
# 'Act: "trapeze" rename to "aerial"', "Plant: latin name rename to botanical name": a field
# said first, then "rename to", is "rename <field> to"
_FIELD_THEN_RENAME = re.compile(
    r"(?m)(?P<x>^[ \t]*(?:[A-Z][A-Za-z]*[ \t]*[:\-–—][ \t]*)?)"
    r"(?P<f>\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'|[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})"
    r"[ \t]+(?:(?i:rename|renamed))[ \t]+(?=(?i:to)[ \t]+[\"'A-Za-z])"
)
# "family contact on Patient is now obligatory", "make the contact on Patient obligatory":
# "obligatory" said as the state a field is, becomes or is made is "compulsory" ("not
# obligatory" is read as optional already)
_IS_OBLIGATORY = re.compile(
    r"\b(?P<v>(?:is|are|be|becomes?)[ \t]+(?:now[ \t]+|also[ \t]+)?"
    r"|make[ \t]+(?!not\b)[^.,;:!?\n]{1,60}?[ \t]+)obligatory\b",
    re.I,
)
# "the units field on Donation is really volume ml, rename it", "Medicine shelf code is really
# the bin location - please rename it": a field said to be really another name, then "rename
# it" alone, is renamed to that name (the owner placed after the field, or a capitalised name
# before it)
_NAME = r"(?:\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'|[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})"
_REALLY_RENAME_IT = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?:(?i:the)[ \t]+)?(?:(?P<e>[A-Z][a-z]+)[ \t]+)?"
    rf"(?P<f>{_NAME})(?:[ \t]+(?i:field|column))?"
    r"(?:[ \t]+(?P<on>(?:on|in|of)[ \t]+(?:the[ \t]+)?[A-Za-z][a-z_]*))?"
    r"[ \t]+(?:is|are)[ \t]+really[ \t]+(?:(?:the|an?|just|our|their)[ \t]+)?"
    rf"(?P<g>{_NAME})[ \t]*[,;.\-–—]+[ \t]*(?:so[ \t]+)?"
    r"(?:(?:please|pls|can[ \t]+you|could[ \t]+you)[ \t]+)?rename[ \t]+it"
    r"(?:[ \t]+(?:please|pls))?[ \t]*[.!?]*[ \t]*$"
)


def _really_rename_it(m: re.Match[str]) -> str:
    if bool(m["e"]) == bool(m["on"]) or _TYPE_ALONE.match(m["g"].strip("\"'")):
        return m[0]  # no owner said, or two, or a type ("is really a decimal"): as it was
    on = m["on"] or f"on {m['e']}"
    return f"{m['x']}rename {m['f']} {on} to {m['g']}"


# "The Injury entity is really an IncidentReport - half are near misses. Please rename it.": a
# thing (named as a name) said to be really another name, with "rename it" (or "rename the
# entity") asked after it in the same message, is renamed to that name (read as a link before)
_ENTITY_REALLY_RENAME = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?:(?i:the)[ \t]+)?(?P<e>[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
    r"(?P<k>[ \t]+(?i:entity|table|model))?[ \t]+(?:is|are)[ \t]+(?:really|actually)[ \t]+"
    r"(?:(?:an?|the|just)[ \t]+)?(?P<g>[A-Z][a-z]+(?:[A-Z][a-z]+)*)\b(?![ \t]+[a-z])"
    r"(?=[^\n]{0,200}?\b(?i:rename)[ \t]+(?i:it|this|that|the[ \t]+(?:entity|table|model))\b)"
)


# "Drill\n- equipment notes - gone", "Product:\n- remove the scent field\n- remove the gift
# flag": a thing's name alone on a line as the heading, then bullets that each say a field is
# gone, is "remove F (and G) from Thing" (each item was read as a field of a new Drill, and
# accepted); one bullet that is not a removal leaves the text as it was
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?i:the)[ \t]+)?(?P<e>[A-Z][A-Za-z]*)(?:[ \t]+(?i:entity|table|model))?"
    r"[ \t]*:?[ \t]*$"
)
_FIELD_WORDS = r"[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,3}?"
_BULLET_REMOVED = re.compile(
    r"^[ \t]*[-*\u2022][ \t]+(?:"
    rf"(?i:remove|delete|drop)[ \t]+(?:the[ \t]+)?(?P<f>{_FIELD_WORDS})"
    r"(?:[ \t]+(?i:field|column|flag))?"
    rf"|(?:the[ \t]+)?(?P<g>{_FIELD_WORDS})(?:[ \t]+(?i:field|column|flag))?[ \t]*[-\u2013\u2014:]"
    r"[ \t]*(?:(?i:gone|removed?|deleted?|drop(?:ped)?|not needed|no longer needed"
    r"|not used|no longer used|unused)(?:[ \t]*(?i:any[ \t]?more|now))?))"
    r"(?P<rest>(?:[ \t]*[,;(\u2013\u2014-][^\n]*)?)[ \t.!]*$"
)


# (new59) "Another thing we need is a deposit tracker - …", "one more thing I'd like: a …":
# the thing wanted after a lead-in that counts it among others is wanted as "we also need"
# says it (the lead-in was read as the thing, or nothing was read)
_ANOTHER_THING_WANTED = re.compile(
    r"(?i)\b(?:another|one[ \t]+more|one[ \t]+other|one[ \t]+last)[ \t]+thing[ \t]+"
    r"(?:that[ \t]+)?(?:we|i)(?:[ \t]+(?:really|also))?"
    r"(?:[ \t]+(?:need|want|would[ \t]+like)|'d[ \t]+like)(?:[ \t]+(?:is|would[ \t]+be)\b|[ \t]*:)"
)
# (new59) "We should be keeping a client register: …", "we must be logging jobs": a modal,
# then "be" and a verb of keeping in -ing, asks for what the plain verb asks ("should keep");
# read as it was, the -ing verb went into the thing's name ("KeepingClient") or nothing was read
_MODAL_BE_KEEPING = re.compile(
    r"(?i)\b(?P<m>should|must|ought[ \t]+to|need[ \t]+to|have[ \t]+to)(?:[ \t]+really)?"
    r"[ \t]+be[ \t]+"
    r"(?P<v>keep|track|log|record|stor)(?:g?ing)\b"
)


def _modal_be_keeping(m: re.Match[str]) -> str:
    verb = m["v"] + ("e" if m["v"] == "stor" else "")
    return f"{m['m']} {verb}"


# (new59) "Many appointments to one artist", "one choir to many singers": a link said bare, each
# end counted, alone on its line, is "appointments many to one artist" said in another order
# (it read nothing); glue words in the second end ("many thanks to one and all") are no thing
_LINK_END = (
    r"(?!(?:and|or|with|for|please|of|all|the|to|belongs?|has|have|is|are|was|were|can|may"
    r"|must|should|will|would|gets?|goes|go|links?|linked|relates?|related|attached|assigned"
    r"|maps?|points?|refers?|signs?|needs?|only|exactly|just|pls|plz|thanks|ta)\b)[a-z][a-z-]*"
)
_BARE_COUNTED_LINK = re.compile(
    rf"(?im)^[ \t]*(?P<a>many|one|each|a[ \t]+single)[ \t]+(?P<x>{_LINK_END}"
    rf"(?:[ \t]+{_LINK_END}){{0,2}}?)[ \t]+to[ \t]+(?P<b>one|many|a[ \t]+single)[ \t]+"
    rf"(?P<y>{_LINK_END}(?:[ \t]+{_LINK_END}){{0,2}})[ \t]*\.?[ \t]*$"
)


def _bare_counted_link(m: re.Match[str]) -> str:
    first = "many" if m["a"].lower() in ("many", "each") else "one"
    second = "many" if m["b"].lower() == "many" else "one"
    # each end agrees with its count, "many" before a plural, "one"/"each" before a singular,
    # its modifiers singular: "each engineer reports to one supervisor" has a verb in the
    # first end ("reports" after "each"), and is left to the readers of links with verbs
    ends = ((m["x"], m["a"].lower() == "many"), (m["y"], second == "many"))
    for end, many in ends:
        words = end.lower().split()
        if any(singular(w) != w for w in words[:-1]) or (singular(words[-1]) != words[-1]) != many:
            return m[0]
    return f"{m['x']} {first} to {second} {m['y']}"


# (new59) "Can you add patch tests? client name, test date, reaction (yes/no).": a question that
# asks for a thing, then its list as the next sentence, is the thing and its list ("?" read as
# ":"; the list was read with no owner); not before talk ("? Thanks, Bob") nor a thing with
# its owner said ("add a phone to Member? …")
_ASKED_THEN_LIST = re.compile(
    r"(?i)\b(?P<q>(?:can|could|would)[ \t]+(?:you|we)[ \t]+(?:please[ \t]+)?"
    r"(?:add|create|set[ \t]+up|make|start|track|keep|log|record)[ \t]+"
    r"(?:(?:some|the|a|an)[ \t]+)?(?!(?:to|on|for|in|of|it|them|that|this)\b)[a-z][a-z-]*"
    r"(?:[ \t]+(?!(?:to|on|for|in|of|from|it|them)\b)[a-z][a-z-]*){0,3})[ \t]*\?"
    # (the next sentence is only the list: a short first item, no colon, no "each"/"for" that
    # heads a list of its own, "Each tally: …", "For each run I need …")
    # (and no clause: "Item name, size, price and condition would do it." says the list is
    # enough, in words of its own)
    r"(?=(?:(?!\b(?:would|should|will|is|are|do|does|did|can|could|we|i|you|they|it)\b)"
    r"[^.?!\n])*(?:[.?!\n]|$))"
    r"(?=[ \t]+(?!(?:thanks|thank|cheers|sorry|please|also|and|but|i|we|it|they|that|this"
    r"|or|so|if|no|yes|ok|each|every|for|per|with)\b)[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3}"
    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*,[^.?!\n:]*(?:,|\band\b))"
)
# (new59) "I want my Booking to hold a preferred contact method": the asker's own thing, named
# as a name, then what it is to hold, is that thing holding it ("my" left it unread)
_WANT_MY_NAMED = re.compile(
    r"\b(?P<w>(?i:i|we)[ \t]+(?i:want|need|would[ \t]+like|'d[ \t]+like))[ \t]+(?i:my|our)"
    r"[ \t]+(?=[A-Z][A-Za-z]*[ \t]+to[ \t]+(?:have|hold|store|keep|include|show|record)\b)"
)


# "KeyHandover is no longer a thing here": what is no longer a thing is no longer needed
_NO_LONGER_A_THING = re.compile(
    r"\b(?:is|are)[ \t]+(?:no[ \t]+longer|not)[ \t]+(?:really[ \t]+)?a[ \t]+thing"
    r"(?:[ \t]+(?:here|for us|at all|any[ \t]?more|now))*\b"
)
# "VolunteerHelper can go", "The Fundraiser entity: not needed any more": a name written as a
# name (two words run together, or marked "entity") said to go or to be needed no more is a
# thing removed whole (read as a field with no owner, or as a field of a new thing), said as
# "the X entity is …"
# (lead60) "We don't need a login, just a list of members with name and email", "I don't need
# a fancy system, only a list of hives with …": a thing not wanted, said with "a/an/any", then
# ", just" and the real ask with its list. The no is talk around the ask, not a removal (it
# removed a field `login` from Member, accepted). A removal names what exists ("we don't need
# the fax, just the phone") or where it goes ("a fax on Supplier"): both keep their reading.
_NOT_NEEDED_JUST = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s))\s*(?:we|i)\s+(?:really\s+)?(?:do\s+not|don't|don’t|dont)\s+"
    r"(?:really\s+)?(?:need|want)\s+(?:a|an|any)\s+(?P<x>[^,.;:!?\n]{1,40}?)\s*(?:,|\s[-—–]+)\s*"
    r"(?=(?:just|only)\s[^.!?\n]*?(?:\swith\s|:|\())"
)
_SAYS_WHERE = re.compile(r"\b(?:on|in|for|from|of|to)\s")


def _not_needed_just(m: re.Match[str]) -> str:
    """The no before ", just …" dropped, unless it says where the thing is (a removal)."""
    return m[0] if _SAYS_WHERE.search(m["x"] + " ") else ""


# (lr61) "we don't need the deposit any more, just the price on Booking", "Booking doesn't
# need the fax, only the phone": a field not needed, then ", just/only" and what stays, is the
# removal of that field alone (what stays was removed with it, or "any more" was read into the
# name, `deposit_anymore`, accepted); the place said at the end is the removal's. Not when
# what follows asks for something new ("just a list of …": _NOT_NEEDED_JUST's talk)
_NOT_NEEDED_KEEP_JUST = re.compile(
    r"(?m)(?P<no>\b(?:[Ww]e|I|i|[A-Z][a-z]+)[ \t]+(?:(?i:really)[ \t]+)?"
    r"(?i:do[ \t]+not|does[ \t]+not|don't|doesn't|dont|doesnt|no[ \t]+longer)[ \t]+"
    r"(?:(?i:really)[ \t]+)?(?i:need|want|use)[ \t]+"
    r"(?i:the|a|an|any|our|their|its)[ \t]+[a-z][a-z -]{0,40}?"
    r"(?:[ \t]+(?i:any[ \t]?more|any[ \t]+longer))?)"
    r"[ \t]*,[ \t]*(?i:just|only)[ \t]+(?!(?i:a|an|some|one|another)[ \t])"
    r"(?P<kept>[a-z][^,.;:!?\n()]{0,59}?)"
    r"(?P<place>[ \t]+(?:on|in|from|for)[ \t]+(?:the[ \t]+)?[A-Za-z]+"
    r"(?:[ \t]+(?:entity|table|model))?)?"
    r"(?=[ \t]*(?:[.!]|$))"
)


def _not_needed_keep_just(m: re.Match[str]) -> str:
    if rx(r"\bwith\b").search(m["kept"]):
        return m[0]  # "…, just members with name and email": an ask of its own
    return f"{m['no']}{m['place'] or ''}"


# (lr61) "… the oven maintenance. Need: oven name, technician, …", "Wanted: …": "need" or
# "want" alone as a label before a list says "we need:" (the label was read into the first
# field, `need_oven_name`, accepted). "Required:" is left alone: it marks what must be filled.
_NEED_LABEL = re.compile(
    r"(?m)(?P<pre>(?:^|(?<=[.!?])[ \t]+)[ \t]*)(?i:needs?|needed|wants?|wanted)[ \t]*:(?=[ \t]*\S)"
)
# (lr61) "Our recipes need storing: title, …", "the vans need tracking with plate, …", "hives
# need to be recorded: …": things said to need keeping, then their list, ask to keep them (the
# gerund was read as the thing, "Storing"/"Tracking", accepted)
_THINGS_NEED_KEEPING = re.compile(
    r"(?m)(?P<pre>(?:^|(?<=[.!?])[ \t]+)[ \t]*)"
    r"(?P<x>(?:(?i:the|our|my|all[ \t]+the|all[ \t]+our)[ \t]+)?"
    r"[A-Za-z][a-z]*(?:[ \t][a-z]+){0,2}?s)"
    r"[ \t]+(?:need|needs)[ \t]+(?:(?:storing|tracking|recording|logging|keeping|saving"
    r"|registering|managing)|to[ \t]+be[ \t]+(?:stored|tracked|recorded|logged|kept|saved"
    r"|registered|managed))(?P<end>[ \t]*:|[ \t]+with[ \t](?!(?:each|every)\b))"
)  # ("Notes need to be kept with each order": kept on another thing, how to build: short4)


# (lr61) "members now also give us their emergency contact …, can that go on Member", "… -
# could it live on the Kennel entity?": what was just said, asked to go on a thing named as
# one, is added to it, as "can you add that to Member" is (the ask was dropped as a rule and
# the right reading asked)
_CAN_THAT_GO_ON = re.compile(
    r"(?P<pre>[,;.!]|[ \t][-\u2013\u2014])[ \t]*(?:(?i:so|and|but)[ \t]+)?(?i:can|could)[ \t]+"
    r"(?i:that|it|this|those|these|they)[ \t]+(?i:go|live|sit|be[ \t]+(?:added|stored|kept|put))"
    r"[ \t]+(?i:on|in|to|onto|into)[ \t]+"
    r"(?P<x>(?:(?i:the)[ \t]+)?[A-Z][A-Za-z]*(?:[ \t]+(?i:entity|table|model))?)"
    r"(?=[ \t]*(?:[?.!]|$))",
    re.M,
)


# (lr61) "…, how much they weigh (weight is fine) and allergies", "what it costs (call it
# price)": a value said in words, then in brackets the short name the writer accepts for it,
# is that name (the item was dropped as a rule and the reading asked); only with the words
# that give the name ("is fine", "will do", "call it"): a bare "(date)" types the item
_SAID_THEN_NAMED = re.compile(
    r"(?i)\b(?:how[ \t]+(?:much|many|old|long|far|tall|heavy|big|often)|what|when|where|who)"
    r"[ \t]+[a-z'][a-z' ]{0,40}?[ \t]*\([ \t]*(?:(?P<c>call[ \t]+it|name[ \t]+it)[ \t]+)?"
    r"(?:just[ \t]+)?['\"]?(?P<n>[a-z][a-z]*(?:[ \t][a-z]+)?)['\"]?"
    r"(?(c)|[ \t]+(?:is[ \t]+fine|will[ \t]+do|is[ \t]+ok(?:ay)?|works))[ \t]*\)"
)


_NAME_NOT_NEEDED = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?P<t>(?:(?i:the)[ \t]+)?(?:[A-Z][A-Za-z]*[ \t]+(?i:entity|table|model)"
    r"|(?P<c>[A-Z][a-z]+(?:[A-Z][a-z]+)+)(?:[ \t]+(?i:thing|one))?))(?P<colon>[ \t]*:)?[ \t]+"
    r"(?=(?:can[ \t]+go|is[ \t]+(?:no[ \t]+longer|not)[ \t]+(?:needed|used)"
    r"|not[ \t]+needed|no[ \t]+longer[ \t]+needed|not[ \t]+used)\b)"
)


# "The Fundraiser entity is not needed any more, the committee runs them on a spreadsheet",
# "the VolunteerHelper entity can go, no more volunteers since summer": after a thing marked
# "entity" said to go, what follows a comma is why, a sentence of its own (the removal was read
# from part of the text, never accepted), unless it asks for more
_ENTITY_GONE_THEN_WHY = re.compile(
    r"(?m)(?P<a>\b(?i:the)[ \t]+[A-Z][A-Za-z]*[ \t]+(?i:entity|table|model)[ \t]+"
    r"(?:can[ \t]+go|is[ \t]+(?:not|no[ \t]+longer)[ \t]+(?:needed|used)"
    r"(?:[ \t]+(?:any[ \t]?more|any[ \t]+longer))?)(?:[ \t]+now)?)[ \t]*,[ \t]+"
    r"(?=[a-z])(?!(?:and|also|plus|but|then|please|pls|can|could|so|or|just)\b)"
    r"(?![^\n]*\b(?:add|remove|rename|change|make|link|create|also|plus|delete|drop|keep"
    r"|instead)\b)"
)


def _name_not_needed(m: re.Match[str]) -> str:
    said = f"the {m['c']} entity" if m["c"] else m["t"]
    verb = " is" if m["colon"] else ""
    if not m["colon"] and not m["c"]:
        return m[0]  # "the Sponsor entity can go": read as it is
    return f"{m['x']}{said}{verb} "


# "drop the ReeferReading table (electricity is in the rent now)", "remove the Sponsor entity
# - we stopped that": why, said after a dash or in brackets at the end of a removal of a thing
# marked "table", is said after a comma (the aside was read into the thing's name, lost)
_REMOVED_THEN_WHY = re.compile(
    r"(?m)(?P<a>\b(?i:remove|delete|drop|scrap|get[ \t]+rid[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?:[A-Za-z_]+(?:[ \t][A-Za-z_]+){0,3}?[ \t]+(?i:entity|table|model)"
    # ("remove the annealing notes field from Firing - the kiln logs them": from a thing
    # written as a name)
    r"|[a-z_]+(?:[ \t][a-z_]+){0,4}?[ \t]+(?i:from)[ \t]+(?:(?i:the)[ \t]+)?[A-Z][A-Za-z]*"
    r"(?:[ \t]+(?i:entity|table|model))?))"
    # (never when it goes on to ask for more: "- it is obsolete, and add a website")
    r"(?![^\n]*\b(?i:add|remove|delete|drop|rename|change|make|link|connect|create|also|plus"
    r"|and then|keep|move|set)\b)"
    r"(?:[ \t]+[-\u2013\u2014][ \t]+(?P<d>[^\n()]{1,200})|[ \t]*\((?P<p>[^()\n]{1,200})\))"
    r"(?P<end>[ \t.!]*)$"
)


# "every gate entry is for one container pls link them": the plea to link what was just said,
# run on with no comma, is said after one (read as one clause, nothing was read)
_PLEA_LINK_BACK = re.compile(
    r"(?<=[a-z])(?=[ \t]+(?i:pls|plz|please)[ \t]+(?i:link|connect|hook|tie|join)[ \t]+"
    r"(?i:them|these|those|both|it|this|that)\b)"
)


_QUOTED_OR_WORDS = r"(?:'[^'\n]{1,40}'|\"[^\"\n]{1,40}\"|[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})"
# "Drill: intensity - call it effort rating", "Drill: 'intensity' - call it 'effort rating'":
# the thing's label, a field, then "call it" a name, renames the field (read as a new Drill
# with a field "call intensity effort rating", and accepted)
_LABEL_CALL_IT = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?P<e>[A-Z][A-Za-z]*)[ \t]*:[ \t]*"
    rf"(?P<f>{_QUOTED_OR_WORDS})[ \t]*[-\u2013\u2014,][ \t]*"
    r"(?:(?i:please|pls|can you|could you|just)[ \t]+)?(?i:call|name|rename)[ \t]+it[ \t]+"
    r"(?:(?i:to)[ \t]+)?(?=[\"'A-Za-z])"
)
# "The skater's emergency contact is really their next of kin - call it next of kin": the owner
# said with "'s", the field said to be really another name, then "call it" (or "name it",
# "rename it"), renames the field on that owner (read as a field of a thing "Kin", accepted)
_OWNS_REALLY_CALL_IT = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?:(?i:the|each|every|our)[ \t]+)?(?P<e>[A-Za-z][a-z]+)(?:'s|s')[ \t]+"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2}?)[ \t]+(?:is|are)[ \t]+really[ \t]+"
    r"(?:(?:the|their|its|his|her|an?)[ \t]+)?(?P<g>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,3}?)"
    r"[ \t]*[-\u2013\u2014,;.]+[ \t]*(?:(?i:so|please|pls|just)[ \t]+)?"
    r"(?i:call|name|rename)[ \t]+it"
    rf"(?:[ \t]+(?:(?i:to)[ \t]+)?(?P<h>{_QUOTED_OR_WORDS}))?"
    r"(?P<end>[ \t]*(?:please|pls)?[ \t.!]*)$"
)


# "the bag count on SubstrateBatch - make it an integer", "Drill: intensity - make it optional":
# a field placed on its thing (or under its label), then "make it" a type or a state, is "make
# the F on X …" (nothing was read)
_PLACED_THEN_MAKE_IT = re.compile(
    r"(?m)^(?P<x>[ \t]*)(?:(?P<l>[A-Z][A-Za-z]*)[ \t]*:[ \t]*)?(?:(?i:the)[ \t]+)?"
    rf"(?P<f>{_QUOTED_OR_WORDS})(?:[ \t]+(?i:field|column))?"
    r"(?:[ \t]+(?i:on|in)[ \t]+(?:(?i:the)[ \t]+)?(?P<e>[A-Z][A-Za-z]*))?"
    r"[ \t]*[-\u2013\u2014][ \t]*(?:(?i:please|pls|can you|could you|just)[ \t]+)?"
    r"(?P<v>(?i:make|set))[ \t]+it[ \t]+"
    rf"(?=(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})\b|(?:optional|required|mandatory|compulsory"
    r"|obligatory|nullable|unique|not[ \t]+required)\b)"
)


# (llm60) "The weight on MetalBatch, we only weigh to the gram so it could just be a whole
# number", "in Ticket the travel date must have the hour, please change it to datetime": a field
# placed on its thing (written as a name) first, then talk in the same sentence, then "it" given
# a type, is "change the F on X to T" (nothing was read)
_PLACED_THEN_IT_TYPED = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))(?P<x>[ \t]*)(?:(?i:(?:hello|hi|hey|so|ok|okay|also)),?[ \t]+)?"
    r"(?:(?:(?i:i|we)[ \t]+(?:think[ \t]+(?:i|we)[ \t]+)?(?:made|set[ \t]+up|created)[ \t]+)?"
    r"(?:(?i:the)[ \t]+)?(?P<f>[a-z][a-z -]{0,30}?)[ \t]+(?i:on|in|of)[ \t]+(?:(?i:the)[ \t]+)?"
    # (the name ends at a comma or a verb: "the price in Menu item we made integer" is no Menu)
    r"(?P<e>[A-Z][A-Za-z]*)(?=[ \t]*,|[ \t]+(?:must|should|needs?|has|is|was|could|can|got"
    r"|we|i|a|an|as)\b)"
    r"|(?i:in|on)[ \t]+(?:(?i:the)[ \t]+)?(?P<e2>[A-Z][A-Za-z]*),?[ \t]+(?i:the)[ \t]+"
    r"(?P<f2>[a-z][a-z -]{0,30}?)(?=[ \t]*,|[ \t]+(?:must|should|needs?|has|is)\b))"
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?:[^.!?;:\n]{0,90}?(?:,[ \t]*|[ \t]+))??"
    r"(?:(?:it|that)[ \t]+(?:could|should|can|must|needs?[ \t]+to|has[ \t]+to"
    r"|might[ \t]+as[ \t]+well)"
    r"[ \t]+(?:(?:just|really|simply|probably|honestly|rather)[ \t]+)?be"
    r"|(?:can|could)[ \t]+(?:it|that)[ \t]+(?:(?:just|really|simply)[ \t]+)?be"
    r"|(?:(?:please|can[ \t]+you|could[ \t]+you)[ \t]+)?(?:change|make|turn|set)[ \t]+(?:it|that)"
    r"(?:[ \t]+(?:to|into))?)"
    rf"[ \t]+(?P<t>(?:an?[ \t]+)?(?i:{TYPE_ALTERNATION}))"
    r"(?=[ \t]*(?:instead|please|thanks?|[.!?]|$))"
)


def _placed_then_it_typed(m: re.Match[str]) -> str:
    field = m["f"] or m["f2"]
    said = m[0][: m.start("t") - m.start()].lower()
    if rx(rf"\b{re.escape(m['t'].lower().split()[-1])}\b").search(said):
        return m[0]  # "… is currently text, can it be text?": the type it has, no change
    if len(field.split()) > 4 or field.split()[0].lower() in ("we", "i", "you", "it", "they"):
        return m[0]  # a sentence, not a field's name
    return f"{m['x']}change the {field} on {m['e'] or m['e2']} to {m['t']}"


def _placed_then_make_it(m: re.Match[str]) -> str:
    if bool(m["l"]) == bool(m["e"]):
        return m[0]  # no owner said, or two
    return f"{m['x']}{m['v']} the {m['f']} on {m['l'] or m['e']} "


def _owns_really_call_it(m: re.Match[str]) -> str:
    new = m["h"] or m["g"]
    if _TYPE_ALONE.match(new.strip("\"'")) or _TYPE_ALONE.match(m["g"]):
        return m[0]  # "… is really a number - make it one": a type, no name
    owner = m["e"][:1].upper() + m["e"][1:]
    return f"{m['x']}rename {m['f']} on {owner} to {new}{m['end']}"


# "Following the AGM we no longer ask for …": when it was decided, opening the sentence with no
# comma after it, is said with one (the event was read into the change)
_WHEN_THEN_WE = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))(?P<p>[ \t]*(?i:following|after|since)[ \t]+(?:(?i:the|our|last|this))"
    r"[ \t]+[A-Za-z]+(?:[ \t][a-z]+)?)(?=[ \t]+(?:we|I)[ \t])"
)


# "rename the ApronLoan table to ApronCheckout, loan sounds like money", "… filled in - half of
# them are sole traders": what a word sounds like, or how many of them are so, said after a
# comma or a dash, is why, a sentence of its own (it was read into the change: "money" as a
# type, "half of them" as fields)
_OPINION_AFTER_COMMA = re.compile(
    r"[ \t]*(?:,|[ \t][-\u2013\u2014])[ \t]+(?=(?:(?i:the)[ \t]+)?[A-Za-z]+(?:[ \t][a-z]+)?[ \t]+"
    r"(?:sounds|looks|feels|seems)[ \t]+(?:like|too|a[ \t]+bit|very|so|weird|odd|wrong"
    r"|confusing|silly|strange)\b)"
)
# (how many of them are so, after a dash and only after a change: in a list "…, some of them
# have allergies" says an optional field; after a comma, "…, half of them get the bus" is read
# as an aside already)
_HOW_MANY_AFTER_DASH = re.compile(
    r"[ \t]+[-\u2013\u2014][ \t]+(?=(?i:half|most|some|many|all|none|a[ \t]+few|few)"
    r"[ \t]+of[ \t]+(?:them|us|these|those)\b)"
)
_LISTED = re.compile(r"(?i)\b(?:with|create|track|build|set\s+up|add|has|have|store|record|keep)\b")


# "Spice level on Recipe should be a number with decimals": a number said to have decimals is
# "a decimal number", a float, as "(number with decimals)" in a list is (it read nothing; "a
# decimal point" keeps the word "decimal", a decimal)
_NUMBER_WITH_DECIMALS = re.compile(
    r"\b(?P<a>(?:(?i:a|an)[ \t]+)?)(?i:number)[ \t]+(?i:with)[ \t]+(?:(?i:a)[ \t]+)?"
    r"(?i:decimals)\b"
)


# "make start date a proper date", "make it plain text instead", "a full timestamp", "a floating
# point number", "a date-time", "a yes/no flag, not a text field", "not just a date": a type said
# with a word that only stresses it is that type (the adjective was read as a field of its own,
# "proper", "plain"; the compound read nothing). Only where the type phrase ends (a stop, a
# comma, "instead", "rather", "not" …): "a plain text note", "a date and time to Booking" keep
# their words. ("a real number" keeps "real"; number is not among the types here.)
_TYPE_PHRASE_END = (
    r"(?=[ \t]*(?:[.,;:!?)\n]|\Z|[-—–][ \t]|(?:instead|rather|not|please|so|because|and|or|but"
    r"|since|now|too|field|value|column|type)\b))"
)
_TYPE_STRESSED = re.compile(
    r"(?i)\b(?P<a>an?|as|into|to|be|it)[ \t]+(?:proper|actual|real|plain|full|true|genuine|normal"
    r"|regular|ordinary|simple)[ \t]+(?P<t>date|datetime|date-time|timestamp|text|string|integer"
    r"|boolean|decimal|float|time)" + _TYPE_PHRASE_END
)
_PLAIN_TEXT = re.compile(r"(?i)\bplain[ \t]+(?=(?:text|string)\b" + _TYPE_PHRASE_END[3:])
_FLOATING_POINT = re.compile(
    r"(?i)\bfloating[- \t]point(?:[ \t]+(?:number|value|numeral))?" + _TYPE_PHRASE_END
)
_DATE_AND_TIME = re.compile(
    r"(?i)\b(?P<a>an?|as|into|to|be)[ \t]+date[ \t]*(?:and|&|/|-)[ \t]*time" + _TYPE_PHRASE_END
)
_YES_NO_FLAG = re.compile(
    r"(?i)\b(?P<a>an?)[ \t]+(?P<t>yes/no|true/false|yes-or-no|boolean)[ \t]+(?:flag|checkbox"
    r"|tick[ \t]?box|toggle|switch)" + _TYPE_PHRASE_END
)
# "a real number" is one with decimals, as "a decimal number" is (a float; "real" read a field)
_REAL_NUMBER = re.compile(r"(?i)\b(?P<a>an?[ \t]+)real[ \t]+number" + _TYPE_PHRASE_END)
# "to a datetime rather than a date": the old type after "rather than" is said as after
# "instead of", which the change readers know (the clause read nothing)
_RATHER_THAN_TYPE = re.compile(
    rf"(?i)(?<=[a-z])(?P<s>[ \t]*,?[ \t]+)rather[ \t]+than(?=[ \t]+(?:an?[ \t]+)?"
    rf"(?:{TYPE_ALTERNATION})\b)"
)
_NOT_JUST_THE_TYPE = re.compile(
    r"(?i)\b(?P<n>not|than)[ \t]+(?:just|only|merely|simply)[ \t]+(?=an?[ \t]+[a-z])"
)


# "Max entrants on Tournament shouldn't be nullable anymore", "the fee must not be optional":
# a field that should not be optional should be required, one that should not be required
# should be optional (the "not" read nothing: the change was lost)
_NEGATED_STATE = re.compile(
    r"(?i)\b(?P<m>should|must)(?:[ \t]+not|n't|n’t)[ \t]+be[ \t]+(?:(?P<opt>nullable|optional"
    r"|blank|empty)|(?P<req>required|mandatory|compulsory))\b(?:[ \t]+(?:any[ \t]?more|now))?"
    r"(?=[ \t]*(?:[.,;!\n]|\Z))"
)


def _negated_state(m: re.Match[str]) -> str:
    return f"{m['m']} be {'required' if m['opt'] else 'optional'}"


_TYPE_PHRASE_CUES = tuple(
    """proper actual real plain full true genuine normal regular ordinary simple floating time
    flag checkbox box toggle switch just only merely simply rather""".split()
)


def _type_phrase(text: str) -> str:
    """The type words a person stresses or compounds, as the one type word they mean."""
    text = _TYPE_STRESSED.sub(lambda m: f"{m['a']} {m['t'].replace('-', '')}", text)
    text = _PLAIN_TEXT.sub("", text)
    text = _FLOATING_POINT.sub("float", text)
    text = _DATE_AND_TIME.sub(r"\g<a> datetime", text)
    text = _YES_NO_FLAG.sub(r"\g<a> \g<t>", text)
    text = _REAL_NUMBER.sub(r"\g<a>decimal number", text)
    text = _NOT_JUST_THE_TYPE.sub(r"\g<n> ", text)
    return _RATHER_THAN_TYPE.sub(_rather_than_type, text)


def _rather_than_type(m: re.Match[str]) -> str:
    """ "instead of" where a type ends the words before (not "rather than" in general)."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    # (the type after an article or "to"/"be"/"as": "width float rather than text", a terse
    # line's name and type, is read by _LISTED_TYPE_NOT as it is)
    if not re.search(rf"(?i)\b(?:an?|to|be|as|into)[ \t]+(?:{TYPE_ALTERNATION})\Z", before):
        return m[0]
    return f"{m['s']}instead of"


def _heading_bullets_removed(text: str) -> str:
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 2 or len(lines) > 8 or not (head := _HEADING_LINE.match(lines[0])):
        return text
    fields, rest = [], ""
    for line in lines[1:]:
        m = _BULLET_REMOVED.match(line)
        if m is None:
            return text
        fields.append((m["f"] or m["g"]).strip())
        rest = rest or m["rest"].strip()
    said = " and ".join(f"the {f} field" for f in fields)
    return f"remove {said} from {head['e']}" + (f", {rest.lstrip(',;-').strip()}" if rest else "")


def _entity_really_rename(m: re.Match[str]) -> str:
    if not m["k"] and not (_CAMEL_NAME.match(m["e"]) or _CAMEL_NAME.match(m["g"])):
        return m[0]  # "Pricing is really Simple - rename it?": names only as a name is written
    return f"{m['x']}rename the {m['e']} entity to {m['g']}"


_CAMEL_NAME = re.compile(r"[A-Z][a-z]+[A-Z]")
# "the entrance fee on Show no longer needs to be a whole number": what F need no longer be says
# nothing of what it should be; read as "doesn't need to be a whole number" (asked), never as
# F made a whole number; "no longer needs to be filled in / has to be entered" is "doesn't need
# to be filled in", optional (it was read as required)
_NO_LONGER_NEEDS_TO_BE = re.compile(
    r"\bno[ \t]+longer[ \t]+(?:needs?|has|have)[ \t]+to[ \t]+be[ \t]+"
    rf"(?=(?:an?[ \t]+)?(?:{TYPE_ALTERNATION})\b|(?:filled|entered|given|provided|completed)\b)",
    re.I,
)
# "the gate code on Drop-offs - we don't need that any more": a field placed on a thing, then
# "we don't need it/that (any more)" after a dash, comma or colon, alone on its line, is the
# field removed from the thing ("Hey, so" before it is talk)
_PLACED_THEN_NOT_NEEDED = re.compile(
    r"(?im)^(?P<x>[ \t]*(?:(?:hey|hi|ok|okay|so|and|also|oh)[ \t]*,?[ \t]+){0,3})(?:the[ \t]+)?"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2}?)(?:[ \t]+(?:field|column))?[ \t]+"
    r"(?:on|in|from)[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][a-z_]*(?:-[a-z]+)?)[ \t]*[-–—,:][ \t]*"
    r"(?:(?:so[ \t]+)?we[ \t]+(?:don'?t|do[ \t]+not|no[ \t]+longer)[ \t]+(?:really[ \t]+)?"
    r"need[ \t]+(?:it|that|this|them)"
    # ("sponsor on Flyer: not needed", "… - no longer needed")
    r"|(?:(?:it[ \t]+is|it's|is)[ \t]+)?(?:not|no[ \t]+longer)[ \t]+needed)"
    r"(?:[ \t]+(?:any[ \t]?more|any[ \t]+longer|now))?[ \t]*[.!]*[ \t]*$"
)
# "the field heating is not more needed" (said as in French, Italian or German): "not more
# needed/used" is "no longer needed/used" ("not more obligatory" is read as optional already)
_NOT_MORE_NEEDED = re.compile(
    r"\b(?P<v>is|are)[ \t]+not[ \t]+more[ \t]+(?P<w>needed|necessary|used|in[ \t]+use)\b", re.I
)
# "we don't need the wind speed on Slot no more", "we dont track it no more": after a denied
# verb, "no more" ending the clause is "any more" (the double negative of everyday speech)
_NO_MORE_AFTER_NOT = re.compile(
    r"\b(?P<neg>(?:don'?t|do[ \t]+not|doesn'?t|does[ \t]+not|won'?t|never)[ \t]+[a-z]"
    r"[^.!?;,\n]{1,80}?[ \t])no[ \t]+more(?=[ \t]*(?:[.!?;,]|$))",
    re.I | re.M,
)
# "we've stopped recording the pattern repeat on Fabric": to have stopped keeping a value is
# to keep it no longer ("we no longer record …", a removal as that is); only after "we" or
# "I", and the verbs of keeping a value (a closed class)
_STOPPED_KEEPING = re.compile(
    r"\b(?P<s>we|i)(?:[ \t]+have|'ve)?[ \t]+stopped[ \t]+(?P<v>recording|storing|tracking"
    r"|collecting|logging|noting[ \t]+down|noting|taking[ \t]+down)"
    r"(?=[ \t]+(?:the|their|a|an|any|our|each|every)[ \t])",
    re.I,
)
_KEEPING_VERB = {
    "recording": "record", "storing": "store", "tracking": "track", "collecting": "collect",
    "logging": "log", "noting": "note",
}  # fmt: skip
# ("I stopped keeping the receipts in a box", "… saving the forms": things kept, no value)


def _stopped_keeping(m: re.Match[str]) -> str:
    verb = " ".join(_KEEPING_VERB.get(w, w) for w in m["v"].lower().split())
    return f"{m['s']} no longer {verb.replace('taking down', 'take down')}"


# "Slot arena -> field area", "Party cake choice -> cake": a thing written as a name, a field
# in lower case, an arrow and a plain new name, alone on the line, renames the field, as
# "arena on Slot -> field area" does (the same guards: a type, "optional" or a state after the
# arrow is no new name)
_VALUE_WORDS = frozenset(
    """high low medium normal urgent critical open closed done active inactive yes no true false
    on off none default zero empty full new old pending paid unpaid""".split()
)
_SHEET_WORDS = frozenset("sheet sheets book books board boards form forms list lists".split())
_OWNER_FIELD_ARROW = re.compile(
    r"(?m)^(?P<x>[ \t]*(?:[-*\u2022][ \t]+)?)(?P<e>[A-Z][a-z]+(?:[A-Z][a-z]+)*)[ \t]+"
    r"(?P<f>(?!(?:entity|table|model|field|column|name|to|rename|renamed)\b)[a-z][a-z_]*"
    r"(?:[ \t][a-z][a-z_]*){0,2}?)(?:[ \t]+field)?[ \t]*(?:->|=>|\u2192)[ \t]*"
    r"(?P<g>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2})[ \t]*[.!]?[ \t]*$"
)


def _owner_field_arrow(m: re.Match[str]) -> str:
    new = m["g"].lower()
    if m["f"].lower() in ("status", "state", "stage", "priority", "level", "stock", "phase"):
        return m[0]  # "Task priority -> high": a value set, maybe, not a new name
    if new in _VALUE_WORDS:
        return m[0]
    if set(f"{m['f']} {new}".lower().split()) & (FRAME_NOUNS | _SHEET_WORDS):
        return m[0]  # "Clinic appointment sheet -> app": a title, what the thing becomes
    if _TYPE_ALONE.match(new) or set(new.replace("_", " ").split()) & _NOT_NEW_NAMES:
        return m[0]
    if first_sense(m["f"].split()[-1].lower()) == first_sense(new.split()[-1]) == "noun.person":
        # "Staff member -> employee": a person's name for a person's, which may be the thing
        # "staff member" renamed as well as a field "member" on Staff: left to be asked
        return m[0]
    return f"{m['x']}rename {m['f']} on {m['e']} to {m['g']}"


# "Specimen.weight stored as text - should be decimal", "Specimen.weight is text, should be
# decimal": the type a dotted field has, then what it should be, is "Specimen.weight should be
# decimal" (the old type was read as a second field "stored", or nothing was read)
_DOTTED_WAS_TYPE = re.compile(
    r"(?P<f>\b[A-Za-z]\w*\.[a-z]\w*)[ \t]+(?:(?:is|was)[ \t]+)?(?:(?:currently|now|still)[ \t]+)?"
    r"(?:(?:stored|saved|kept|held)[ \t]+)?(?:as[ \t]+)?(?:an?[ \t]+)?"
    rf"(?:{TYPE_ALTERNATION})[ \t]*[,;\-–—][ \t]*(?:but[ \t]+)?(?:it[ \t]+)?"
    r"(?P<v>should|must|needs[ \t]+to)[ \t]+be[ \t]+",
    re.I,
)
# "Coach: qualification date - optional": a whole request that is a thing, a colon, one field and
# a state after a dash makes the field so ("Coach: make qualification date optional"), never a
# new Coach with one optional field
_ONE_FIELD_DASH_STATE = re.compile(
    r"^\s*(?P<e>[A-Z][a-z]+(?:[ \t][A-Za-z][a-z]+)?):[ \t]*"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,3}?)[ \t]+[-–—][ \t]*"
    r"(?P<s>optional|required|mandatory|compulsory|nullable)"
    r"[ \t]*(?:(?:please|pls|thx|thanks)[ \t]*)?[.!]*\s*$"
)
# "Booking: notes optional, deposit required": a thing, then two or more of its values each
# with only whether it must be filled, is that changed for each ("make notes optional and make
# deposit required"), as "Booking: notes optional" alone is; a list that gives a type or a
# bare name ("Booking: date, notes optional") is left to be read as the thing's fields (the
# request is this one line: in a longer text it may be a line of a thing being made)
_STATES_LINE = re.compile(
    r"\A\s*(?P<e>[A-Z][A-Za-z]*(?:[ \t][A-Za-z][a-z]*)?)[ \t]*:[ \t]*(?P<rest>[^\n:]{3,200}?)"
    r"[ \t]*[.!]*[ \t]*\Z"
)
_STATE_ITEM = re.compile(
    r"(?:make[ \t]+)?(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,3}?)[ \t]+(?:(?:is|are|now|should"
    r"[ \t]+be|to[ \t]+be)[ \t]+)*(?P<s>optional|required|mandatory|compulsory|nullable"
    r"|not[ \t]+required)"
)
_STATE_SPLIT = re.compile(r"[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _states_line(text: str) -> str:
    m = _STATES_LINE.match(text)
    if m is None:
        return text
    items = [_STATE_ITEM.fullmatch(part) for part in _STATE_SPLIT.split(m["rest"])]
    if len(items) < 2 or any(item is None for item in items):
        return text
    asks = " and ".join(f"make {item['f']} {item['s']}" for item in items if item is not None)
    return f"{m['e']}: {asks}"


# "lets scrap the fridge flag": "lets" before a change verb is "let's", typed without its
# apostrophe
_LETS = re.compile(
    r"\b(?P<l>[Ll])ets(?=[ \t]+(?:remove|drop|delete|scrap|ditch|bin|rename|make|change|lose|nix"
    r"|axe|get[ \t]+rid|take)\b)"
)
# "Hello Kyle, on the Caseworker entity …", "hey Kyle, small thing, …", "yeah Kyle the tip
# amount on …": the name of the person written to, after a greeting, names no thing (it was
# read as an entity Kyle or a field kyle)
_GREETED_NAME = re.compile(
    r"(?m)^(?P<g>[ \t]*(?i:hi|hey|hello|yeah|yes|ok|okay|morning|good[ \t]+morning|dear))"
    r"[ \t]+[A-Z][a-z]+(?:[ \t]+(?:mate|love|pal|buddy|hun|bro))?(?=[ \t]*,|[ \t]+(?:the|on|in|for"
    r"|small|quick|so|can|could|please|just|one)\b)"
)
# "Kyle, for the books can we have …", "Marta, please set up …", "Tomasz mate, from now on …",
# "Sunita can you set up …": a first name that opens the request, before a comma or "can you",
# is the person written to (as after a greeting), no thing; only a word WordNet does not know
# as a common noun ("Students, please: name and email" and "Kiln, we …" keep their thing)
_ADDRESSED_NAME = re.compile(
    r"^(?P<s>\s*)(?P<n>[A-Z][a-z]{1,11})(?:[ \t]+(?:mate|love|pal)[ \t]*,[ \t]*(?=[a-z])|"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?=(?:can|could|would)[ \t]+you\b))"
    r"(?=(?:we|i|i'm|i've|can|could|would|will|please|pls|for|from|so|our|the|my|me|just|quick"
    r"|small|one|u|hope|thanks|sorry"
    r"|do|you|on|when|following|re|about|also|now|add|create|set|make|track|store|keep"
    r"|record|remove|rename|change|drop|delete)\b))"
)


# Words that open a sentence but name no one: questions and talk ("What can you do?", "Hmm, …")
_NOT_ADDRESSED = frozenset(
    """what who whom whose which why how when where so then now well and but or yes no ok okay
    hmm hm um uh er oh ah hey hi hello hiya hiii hiiii""".split()
)


def _addressed_name(m: re.Match[str]) -> str:
    word = m["n"].lower()
    if word in _NOT_ADDRESSED or word in INTERJECTIONS or word.startswith("hi"):
        return m[0]
    known = in_wordnet(word)
    if known is None or word.endswith(_THING_ENDINGS):
        return m[0]  # (without WordNet no word is known to be a name)
    if (known or is_noun(word)) and not known_only_as_name(word):
        return m[0]
    return f"{m['s']}Hi, "


_THING_ENDINGS = ("er", "or", "ist", "ment", "tion", "sion", "ing", "ee", "ant", "ent", "s")


# "For the shop can we have customers with …": a topic fronted with "for" before the ask, said
# without its comma, is the topic still (the first thing was lost into it)
_FOR_TOPIC_THEN_ASK = re.compile(
    r"^(?P<t>\s*(?:(?:hi|hello|hey)[ \t]*,[ \t]*)?for[ \t]+(?:the|our|my)[ \t]+[a-z]+"
    r"(?:[ \t][a-z]+)?)[ \t]+(?=(?:can|could)[ \t]+(?:we|you|i)\b)",
    re.I,
)
# "We need in the system the employees (…) and …": where the things are kept, said between the
# verb and the things, is no part of them (read as SystemEmployee, or the first thing was lost)
_NEED_IN_THE_SYSTEM = re.compile(
    r"\b(?P<v>need|want|keep|store|track|record|have|manage)[ \t]+in[ \t]+(?:the|our)[ \t]+"
    r"(?:system|app|application|database|tool|software|program)[ \t]+(?=[a-z])",
    re.I,
)


# "New entity: MachineService" (or "New model KilnFiring") on a line of its own, with the
# fields on the lines after it, heads the list as "Entity: MachineService" does (the listed
# lines were read as entities, or the new thing as one that exists, accepted)
_NEW_ENTITY_LINE = re.compile(
    r"(?im)^(?P<i>[ \t]*)(?:(?:create|add)[ \t]+(?:a[ \t]+)?)?new[ \t]+(?:entity|model|table)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?P<n>[A-Za-z][A-Za-z0-9_]*)"
    r"(?:[ \t]*:)?[ \t]*(?=\n(?:[ \t]*\n)?[ \t]*(?:[-*•]|\d+[.)])[ \t]*[A-Za-z])"
)


# (name57) "Studio passes, new entity: holder, …", "Kiln loads - a new model: …": a thing named
# first, then said to be a new entity before the colon that opens its list
_THING_NEW_ENTITY = re.compile(
    r"(?im)^(?P<x>[ \t]*[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3}?)[ \t]*(?:,|[ \t][-–—])"
    r"[ \t]*(?:an?[ \t]+|the[ \t]+)?new[ \t]+(?:entity|model|table)[ \t]*:"
)
# (name57) "Add crates to the tracker - it's a new entity - with label, …": the ask to add a
# thing, an aside between dashes that says it is new, then its list; the place it is added to
# (the tracker, the system) is the frame
_ADD_THEN_NEW_ASIDE = re.compile(
    r"(?im)\b(?P<v>add|create|set[ \t]+up|make)[ \t]+(?P<x>[a-z][a-z -]{0,40}?)"
    r"(?:[ \t]+(?:to|in|on|into)[ \t]+(?:the|our|my)[ \t]+(?:tracker|system|app|database"
    r"|list|site|spreadsheet))?[ \t]+[-–—][ \t]+(?:(?:it's|it is|this is|that's)[ \t]+)?"
    r"(?:an?[ \t]+)?new(?:[ \t]+(?:entity|one|thing|table|model))?[ \t]+[-–—][ \t]+with\b"
)
# (name57) "We don't have anything for feeds yet - add one with dog, …": "one" is a thing for
# the kind said before, which nothing holds yet
_NOTHING_FOR_ADD_ONE = re.compile(
    r"(?i)\b(?:don't|do not|dont)[ \t]+have[ \t]+(?:anything|something|a thing|an entity"
    r"|a table)[ \t]+for[ \t]+(?P<x>[a-z][a-z -]{0,30}?)(?:[ \t]+yet)?"
    r"(?P<said>[ \t]*(?:[-–—,;.]|\band\b|\bso\b)[ \t]*(?:so[ \t]+)?(?:please[ \t]+"
    r"|can you[ \t]+|could you[ \t]+)?)add[ \t]+one[ \t]+with\b"
)
# (name57) "… for every dog we board", "… for each bike that we hire out": a relative clause of
# the writer's own doing after the kind ends the line
_EACH_WE_KEEP = re.compile(
    r"(?im)(?P<each>\bfor[ \t]+(?:each|every)[ \t]+[a-z][a-z-]*)[ \t]+(?:that[ \t]+|which[ \t]+)?"
    r"(?:we|i|you|they)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*[.!]?[ \t]*$"
)
# (name57) "wheels [name: text, working: bool]": a line that is a thing, then a list of two or
# more items in square brackets ending the line
_SQUARE_LIST = re.compile(
    r"(?m)^(?P<x>[ \t]*[A-Za-z][A-Za-z -]{0,40}?)[ \t]*"
    r"\[(?P<l>[^\[\]\n,]+(?:,[^\[\]\n,]+)+)\][ \t]*$"
)
# (name57) "kiln shelves: label/size code/thickness (float)/last washed (date)": after a colon,
# four or more items between slashes (outside brackets), one of them typed or of two words, are
# a list; one slash or two is a choice ("yes/no", "morning/afternoon"), and so are one-word
# values, and digits around one are a date or a ratio
_SLASHES_IN_A_LIST = 3
_SLASHED_ITEMS = re.compile(r"(?m)^(?P<head>[^:\n/]{1,60}:)(?P<l>[^:\n]+)$")
_CHOICE_PAIR = re.compile(r"\b(?:yes|no|true|false|y|n)\s*/|\d\s*/|/\s*\d")


def _slash_list(m: re.Match[str]) -> str:
    """The list with commas for the slashes outside brackets, when it is one (see above)."""
    items = m["l"]
    outside = re.sub(r"\([^()]*\)", "", items)
    if outside.count("/") < _SLASHES_IN_A_LIST or "," in outside or _CHOICE_PAIR.search(outside):
        return m[0]
    if "(" not in items and not any(len(i.split()) > 1 for i in outside.split("/")):
        return m[0]  # "morning/afternoon/evening/night": one-word values, a choice
    parts = re.split(r"(\([^()]*\))", items)
    joined = "".join(p if p.startswith("(") else re.sub(r"\s*/\s*", ", ", p) for p in parts)
    return f"{m['head']} {joined.strip()}"


# "new table for ice bookings, columns: …": a table named for its things, then its columns after
# a comma, is the table of those things, as with a dash (the frame was read as a field and the
# things were lost)
_TABLE_FOR_THEN_COLUMNS = re.compile(
    r"(?im)^(?P<p>[ \t]*(?:(?:a|an)[ \t]+)?(?:new[ \t]+)?(?:table|entity|model)[ \t]+for[ \t]+"
    r"[a-z]+(?:[ \t][a-z]+){0,3}),[ \t]*(?=(?:columns|fields|attributes)[ \t]*:)"
)


# "I keep having to ring people back, so: callbacks - contact name, …": "so" and a colon after a
# comma end the background, and what follows is the ask, as after a full stop (the background's
# words were read as the thing, "Having")
_COMMA_SO_COLON = re.compile(r"(?<=[a-z]),[ \t]*so[ \t]*:[ \t]*(?=[A-Za-z])")


# "I need for the club: skaters with …": who the things are for, said between the verb and the
# colon, is no thing ("I need: skaters with …"; the relation after the list was read alone)
_NEED_FOR_PLACE_COLON = re.compile(
    r"\b(?P<v>need|want|would[ \t]+like|'d[ \t]+like)[ \t]+for[ \t]+(?:the|our|my)[ \t]+"
    r"[a-z]+(?:[ \t][a-z]+){0,2}[ \t]*:",
    re.I,
)


# "…, each lesson taught by one coach": a thing counted, then a participle and "by one", is the
# passive link said without its "is" ("each lesson is taught by one coach"; the participle was
# read as part of a new thing, LessonTaught)
_EACH_DONE_BY_ONE = re.compile(
    r"\b(?P<q>[Ee]ach|[Ee]very)[ \t]+(?P<x>(?!(?:is|are|was|were|be|gets?|got|has|have)\b)[a-z]+"
    r"(?:[ \t](?!(?:is|are|was|were|be|gets?|got|has|have)\b)[a-z]+){0,2}?)[ \t]+"
    r"(?P<v>[a-z]{2,}ed|[a-z]{2,}en|taught|run|led|made|kept|held|sold|done|bought|brought|sent"
    r"|built|paid|won|caught|fed|found)[ \t]+by[ \t]+"
    r"(?=(?:one|a|an|exactly[ \t]+one|a[ \t]+single|just[ \t]+one|only[ \t]+one)\b)"
)


# "Fitter: name, phone | Vehicle: registration, make | fitters wrap vehicles": things with their
# lists on one line, parted by pipes, are sentences of their own (the second thing's list ran on
# into the first's, and the link after them became a thing)
_PIPED_LABEL = re.compile(r"^[ \t]*[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+)?[ \t]*:[ \t]*[a-z]")


# (mix59) "Camera | model | sensor | pixel size (float)": a thing's name, capitalised, then its
# fields in lower case, one a cell
# (one word: "Cow tag | tag colour | calving date" is a row of fields, no owner; house head28)
_PIPED_THING = re.compile(r"[ \t]*[A-Z][a-z]+[ \t]*")
_PIPED_FIELD = re.compile(r"[ \t]*[a-z][a-z0-9_ ]*(?:\([a-z/ ]+\))?[ \t]*\??[ \t]*")


def _piped_list(line: str, parts: list[str], after: str) -> str | None:
    """ "Camera | model | sensor | cooled (bool)" → "Camera: model, sensor, cooled (bool)";
    not a table's row (a rule line after it, or pipes on the next line too), nor a row of
    names each capitalised, nor a first cell that is a field's word ("Title | author")."""
    if len(parts) < 3 or " | " in after or "---" in after:
        return None
    if not _PIPED_THING.fullmatch(parts[0]) or parts[0].strip().lower() in FIELD_HINTS:
        return None
    if not all(_PIPED_FIELD.fullmatch(p) for p in parts[1:]):
        return None
    return f"{parts[0].strip()}: " + ", ".join(p.strip() for p in parts[1:])


def _piped_things(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        parts = line.split(" | ")
        if len(parts) < 2 or len(parts) > 12 or "---" in line:
            continue
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if (listed := _piped_list(line, parts, after)) is not None:
            lines[i] = listed
            continue
        if not _PIPED_LABEL.match(parts[0]) or not any(_PIPED_LABEL.match(p) for p in parts[1:]):
            continue
        lines[i] = ". ".join(p.strip().rstrip(".") for p in parts)
    return "\n".join(lines)


# "…, can you add them?\n\nDad", "… a practice pedal.\nAlun": a first name (or "Dad", "Mum")
# alone on the last line, after a sentence's end, signs the message (read as an entity Dad)
_SIGNED_NAME = re.compile(
    r"(?<=[.?!)])[ \t]*\n[ \t]*(?:\n[ \t]*)?(?P<n>[A-Z][a-z]{1,14})[ \t]*[.!]?[ \t]*\Z"
)
_FAMILY_SIGNERS = frozenset("dad mum mom mam nan nana gran granny grandad grandpa grandma".split())


def _signed_name(m: re.Match[str]) -> str:
    word = m["n"].lower()
    if word in _FAMILY_SIGNERS:
        return ""
    known = in_wordnet(word)
    if known is None or word.endswith(_THING_ENDINGS):
        return m[0]
    if (known or is_noun(word)) and not known_only_as_name(word):
        return m[0]
    return ""


# "the tip amount on WindowClean, nobody tips anymore, just get rid of it": a field placed on a
# thing, a reason maybe, then "get rid of it" (or remove/drop/delete it) alone is the field
# removed from the thing; a reason with a condition or a doubt keeps the line as it was
_PLACED_THEN_RID_OF_IT = re.compile(
    r"(?im)^(?P<x>[ \t]*(?:(?:hey|hi|ok|okay|so|and|also|oh|yeah|yes)[ \t]*,?[ \t]+){0,3})"
    r"(?:the[ \t]+)?(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*){0,2}?)(?:[ \t]+(?:field|column))?"
    r"[ \t]+(?:on|in|from)[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z][a-z_]*(?:[A-Z][a-z_]*)*)"
    r"[ \t]*[-–—,:][ \t]*(?P<why>[^\n,.;]{1,80}[,.;][ \t]*)?"
    r"(?:(?:so|just|please|pls|can[ \t]+you|could[ \t]+you)[ \t]+)*"
    r"(?:get[ \t]+rid[ \t]+of|remove|delete|drop|bin|ditch|scrap)[ \t]+(?:it|that|this)"
    r"(?:[ \t]+(?:please|pls|thanks))?[ \t]*[.!]*[ \t]*$"
)
_WHY_DOUBTS = re.compile(
    r"\b(?:if|unless|when|once|whether|maybe|perhaps|not|don'?t|doubt)\b", re.I
)


def _placed_then_rid_of_it(m: re.Match[str]) -> str:
    if m["why"] and _WHY_DOUBTS.search(m["why"]):
        return m[0]
    lead = m["x"][: len(m["x"]) - len(m["x"].lstrip())]  # ("yeah", "so" before it: talk)
    return f"{lead}remove the {m['f']} from {m['e']}"


# the thing a quoted name is placed on: a name written as one, one plural, or two words ending in
# a plural where the talk goes on ("on apple varieties but …"; "on tools means" is no thing)
_PLACED_THING = (
    r"(?P<e>(?-i:[A-Z][A-Za-z]*|[a-z]+[ \t]"
    r"(?!(?:means|stands|says|does|goes|shows|looks|seems|gets|needs|uses|works|counts|matters"
    r"|refers|stays|keeps|takes)\b)[a-z]+[a-rt-z]s"
    r"(?=[ \t]*[,.;:\u2013\u2014-]|[ \t]+(?:but|and|so|because|as|since|though|nobody)\b)"
    r"|[a-z]+[a-rt-z]s))\b"
)
# "not sure who asked for 'bittersweet' on apple varieties but nobody has ticked it all year, can
# it go", "'rush fee' on Order - never charged, so remove it": one quoted name placed on a thing
# (a name, or words ending in a plural), talk after it, then "can it go" or "(so) remove it" ending
# the line, is that field removed from the thing; a condition or a doubt in the talk keeps it
_QUOTED_PLACED_THEN_IT_GOES = re.compile(
    r"(?im)^(?P<talk>[^\n'\"]*?)['\"](?P<f>[a-z][a-z ]{0,30}?)['\"][ \t]+(?:on|in|from)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|all[ \t]+)?"
    + _PLACED_THING
    + r"(?P<why>[^\n'\"]{0,120}?)[ \t]*[,.;:\u2013\u2014-][ \t]*"
    r"(?:(?:so|and|just|please|pls|then)[ \t]+)*"
    r"(?:can[ \t]+it[ \t]+go|it[ \t]+can[ \t]+go|(?:can[ \t]+(?:you|we|u)[ \t]+)?(?:remove|delete"
    r"|drop|bin|ditch|scrap|get[ \t]+rid[ \t]+of)[ \t]+it)"
    r"(?:[ \t]+(?:please|pls|thanks))?[ \t]*[?.!]*[ \t]*$"
)
_TALK_DOUBTS = re.compile(
    r"\b(?:if|unless|whether|maybe|perhaps|might|don'?t|shouldn'?t|keep|still)\b", re.I
)


def _quoted_placed_then_it_goes(m: re.Match[str]) -> str:
    if _TALK_DOUBTS.search(m["talk"]) or _WHY_DOUBTS.search(m["why"].replace("not sure who", "")):
        return m[0]
    return f"remove the {m['f']} from {m['e']}"


# "The kids never understood what 'fen' on Puzzle means - could it be called start position
# instead?": the same quoted name placed on a thing, talk, then "could it be called Y" (or "could
# we call it Y", "can you rename it (to) Y") ending the line renames that field to Y
_QUOTED_PLACED_THEN_CALL_IT = re.compile(
    r"(?im)^(?P<talk>[^\n'\"]*?)['\"](?P<f>[a-z][a-z ]{0,30}?)['\"][ \t]+(?:on|in)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|all[ \t]+)?"
    + _PLACED_THING
    + r"(?P<why>[^\n'\"]{0,120}?)[ \t]*[,.;:\u2013\u2014-][ \t]*(?:(?:so|and|please|pls)[ \t]+)*"
    r"(?:(?:could|can|would|should)[ \t]+(?:it[ \t]+be[ \t]+(?:called|named|renamed(?:[ \t]+to)?)"
    r"|(?:we|you|u)[ \t]+(?:please[ \t]+)?(?:call|name|rename)[ \t]+it(?:[ \t]+to)?))[ \t]+"
    r"['\"]?(?P<new>[a-z][a-z ]{0,30}?)['\"]?"
    r"(?:[ \t]+(?:instead|please|pls|maybe))*[ \t]*[?.!]*[ \t]*$"
)


def _quoted_placed_then_call_it(m: re.Match[str]) -> str:
    new = m["new"].strip()
    if _TALK_DOUBTS.search(m["talk"]) or _WHY_DOUBTS.search(m["why"]):
        return m[0]
    if _TYPE_ALONE.match(new) or set(new.split()) & _NOT_NEW_NAMES or new == m["f"]:
        return m[0]  # "could it be called optional": a state or a type, no new name
    return f"rename {m['f']} on {m['e']} to {new}"


def _no_field_on_plea(m: re.Match[str]) -> str:
    """ "remove F from X" for "no F on X pls"; with no plea, a thing in lower case must be a
    plural (the things kept: "no smoking on site" is a rule, no field taken off a Site)."""
    thing = m["e"]
    if not m["p"].strip() and not m["q"]:
        return m[0]
    if thing[:1].islower() and not thing.endswith("s"):
        return m[0]
    if thing[:1].islower() and in_wordnet(singular(thing.split()[-1])) is False:
        return m[0]  # "no fax on supplers": a slip in the thing's name is left to be asked
    return f"{m['p']}remove {m['f']} from {thing}"


# "The email on Pupil should be optional - the little ones have no email": a reason after a dash
# that follows a required-ness said whole is a sentence of its own (read as "….  The little
# ones …"), not more of the change
_STATE_THEN_DASH_WHY = re.compile(
    r"(?m)(?P<ask>\b(?:should|must|can|could|needs?[ \t]+to)[ \t]+be[ \t]+(?:made[ \t]+)?"
    r"(?:optional|required|compulsory|mandatory|nullable|blank|empty)"
    r"(?:[ \t]+(?:again|now|from[ \t]+now[ \t]+on|please))?)[ \t]+[-–—][ \t]+"
    r"(?=(?:the|we|they|some|most|many|nobody|not|after|since|as|it|people|our|their|lots"
    r"|a[ \t]+lot|half|only)\b)"
)
# What follows a dash asks more ("- it is obsolete, and add a website"): no reason alone
_ASKS_MORE_AFTER = (
    r"(?![^\n]*\b(?:add|remove|rename|change|make|link|create|also|plus|delete|drop|keep"
    r"|instead|include|put)\b)"
)
# "VisitingYacht should be renamed GuestVessel - it covers motor boats too": the same after a
# new name written as a name (the reason's "too" was read as more to add, and nothing was read)
_RENAMED_THEN_DASH_WHY = re.compile(
    r"(?m)(?P<ask>\b(?:should|must|can|could|needs?[ \t]+to)[ \t]+(?:really[ \t]+)?be[ \t]+"
    r"(?:renamed(?:[ \t]+(?:to|as))?|called|named)[ \t]+[A-Z][A-Za-z0-9]*(?:[ \t][A-Z][a-z0-9]*)?)"
    rf"[ \t]+[-\u2013\u2014][ \t]+{_ASKS_MORE_AFTER}"
    r"(?=(?:the|we|they|some|most|many|nobody|not|after|since|as|it|people|our|their|that|this"
    r"|everyone|everybody|no[ \t]+one)\b)"
)
# "Stop storing suppliers' account numbers - finance has them": the same after a removal said
# as an order, when what follows the dash opens with a pronoun or a noun and its verb ("- the
# one on Supplier" says which, and stays)
_REMOVAL_THEN_DASH_WHY = re.compile(
    r"(?im)^(?P<ask>[ \t]*(?:please[ \t]+)?(?:remove|delete|drop|get[ \t]+rid[ \t]+of"
    r"|(?:stop|quit)[ \t]+(?:storing|tracking|keeping|recording|collecting|asking[ \t]+for))"
    r"[ \t][^\n\u2013\u2014-]{1,80}?)[ \t]+[-\u2013\u2014][ \t]+"
    rf"{_ASKS_MORE_AFTER}(?=(?:we|they|it|nobody|no[ \t]+one|everyone|people)\b"
    r"|(?:the[ \t]+)?[a-z]+[ \t]+(?:has|have|does|do|keeps?|handles?|sends?|holds?|never"
    r"|no[ \t]+longer|doesn't|don't|stopped|moved)\b)"
)
# "Hedge job: hedge length - make it a decimal", "stove model - call it heater model": a field
# said first, then after a dash the change asked of "it", is that change said of the field
# (one said as a thing's, "Layout's scale - …", is read as a topic; only a type, a
# required-ness or a new name may follow: "Barn - make it so …" is no change)
_FIELD_DASH_VERB_IT = re.compile(
    r"(?m)(?P<lead>^|[:;.][ \t]*)(?P<f>(?:the[ \t]+)?[A-Za-z][a-z]*(?:[ \t][a-z]+){0,3}?)"
    r"[ \t]+[-–—][ \t]+(?:(?:please|pls|can[ \t]+you|could[ \t]+you)[ \t]+)?"
    r"(?:(?P<v>make|set|change|convert|switch)[ \t]+it[ \t]+"
    r"(?P<to>(?:(?:in)?to[ \t]+)?(?:an?[ \t]+)?"
    r"(?:decimal|number|whole[ \t]+number|integer|int|float|text|string|date|datetime|timestamp"
    r"|boolean|bool|yes/no|money|currency|email|optional|required|mandatory|compulsory))"
    r"|(?P<c>call|rename)[ \t]+it[ \t]+(?P<new>(?:to[ \t]+)?[a-z][a-z' ]{0,40}?))"
    r"(?=[ \t]*(?:[,.;!?]|$|please\b|instead\b|not\b))"
)


def _field_dash_verb_it(m: re.Match[str]) -> str:
    if m["v"]:
        return f"{m['lead']}{m['v']} {m['f']} {m['to']}"
    return f"{m['lead']}{m['c']} {m['f']} {m['new']}"


# "rename fuel station on FuelStop to garage name cos thats what everyone calls it": "cos" before
# a clause is "because" (the new name was read as "garage name cos")
_COS = re.compile(
    r"\b[Cc](?:o|u)[sz](?=[ \t]+(?:that|thats|that's|it|its|it's|we|they|i|nobody|everyone"
    r"|everybody|people|the|there|theres|there's|our|he|she)\b)"
)
# "can the arrival time on VanStop b optional??": "b" between words before a state is "be"
_B_FOR_BE = re.compile(
    r"(?<=[a-z] )b(?=[ \t]+(?:optional|required|mandatory|compulsory|empty|blank|nullable|left"
    r"|made|an?|changed|renamed|removed|called)\b)"
)
# "remove fields from Donor: twitter handle, fax number": the list after the colon is what is
# removed from the thing ("remove twitter handle, fax number from Donor")
_REMOVE_FIELDS_FROM_LIST = re.compile(
    r"(?im)\b(?P<v>remove|delete|drop)[ \t]+(?:(?:the|these|two|three|some)[ \t]+)?"
    r"(?:fields|columns|attributes)[ \t]+from[ \t]+(?:the[ \t]+)?(?P<e>[A-Za-z]\w*)[ \t]*:[ \t]*"
    r"(?P<l>[a-z][^\n:.;]{0,200}?)[ \t]*(?P<end>[.!]?[ \t]*)$"
)
# "Could the 'total' on Invoice be called 'amount due'?": quotes around the plain names of a rename
# asked as a question say nothing more (the quoted reading was left at a low confidence)
_QUOTED_CALLED = re.compile(
    r"\b(?P<a>(?:could|can|should)[ \t]+the[ \t]+)(?P<q>['\"])(?P<f>[a-z][a-z_ ]{0,40}?)(?P=q)"
    r"(?P<b>(?:[ \t]+field)?[ \t]+(?:on|in|of)[ \t]+(?:the[ \t]+)?[A-Za-z]\w*[ \t]+be[ \t]+"
    r"(?:called|named|renamed[ \t]+to)[ \t]+)(?P<r>['\"])(?P<g>[a-z][a-z_ ]{0,40}?)(?P=r)",
    re.I,
)
# "The field we called wording on Fascia is really …": the field named, then placed, is "the
# wording field on Fascia" (read as a thing FasciaField)
_FIELD_WE_CALLED_ON = re.compile(
    r"\b(?P<t>[Tt]he)[ \t]+field[ \t]+(?:we|you|I|they)[ \t]+(?:called|named|call|name)[ \t]+"
    r"(?P<f>[a-z][a-z_]*(?:[ \t][a-z][a-z_]*)?)[ \t]+(?=(?:on|in)[ \t]+(?:the[ \t]+)?[A-Z])"
)
# "session notes not required any more on TutoringSession": "any more" between the state and the
# place says when, and is no part of either (read as "not required on …")
_STATE_ANY_MORE = re.compile(
    r"\b(?P<k>not[ \t]+(?:required|mandatory|compulsory|obligatory))[ \t]+"
    r"(?:any[ \t]?more|any[ \t]+longer)[ \t]+(?=(?:on|for|in)[ \t])",
    re.I,
)
_NOT_NEW_NAMES = frozenset(
    """optional required nullable mandatory blank empty compulsory obligatory remove removed
    delete deleted drop dropped gone none nothing null not""".split()
)
# "Rename the entity Lesson in DrivingLesson" (Italian, Spanish "rinominare in"): an entity's
# rename said with "in" before a new name written as a name is "to" it ("rename the entity
# Lesson in the Course app" is no new name; "rename Email in Customer" may be a field's)
_RENAMED_IN = re.compile(
    r"\b(?P<v>(?i:rename))[ \t]+(?P<x>(?i:(?:the[ \t]+)?(?:(?:entity|table|model)[ \t]+[A-Za-z]\w*"
    r"|[A-Za-z]\w*[ \t]+(?:entity|table|model))))[ \t]+(?i:in|into)[ \t]+(?=[A-Z]\w*\b(?![ \t]+"
    r"(?i:app|system|entity|table|model|page|screen)\b))"
)
# "Customer's phone is really their mobile - name it mobile": "name it" said as an order after
# the field is "call it" (never "name it after …")
_NAME_IT = re.compile(
    r"(?<=[-—–,;:.!] )(?P<p>(?:please[ \t]+|pls[ \t]+|just[ \t]+)?)name[ \t]+it"
    r"(?=[ \t]+(?!after\b|for\b|as\b|so\b|something\b)[A-Za-z\"'])",
    re.I,
)
# "can I add a status to the Shelf? like full, empty, or broken": choices said after the
# question that asks for one field ("like a, b or c") are its values, an aside in brackets; said
# with "and" they stay fields ("a table for cats? like name, breed and age"). "? like each
# X has one Y" goes on saying the ask: the "like" is a filler
_LIKE_CHOICES = re.compile(
    r"(?P<q>\b(?:add|get|have|give|put)\b[^.?!\n]*?\b(?:a|an)[ \t]+[a-z]+\b[^.?!,\n]*)\?"
    r"[ \t]+like,?[ \t]+(?P<vals>[a-z]+(?:[ \t]*,[ \t]*[a-z]+)*,?[ \t]+or[ \t]+[a-z]+)"
    r"(?P<end>[ \t]*(?:\([^()\n]*\))?[ \t]*[.!]*[ \t]*$)",
    re.I | re.M,
)
_LIKE_GOES_ON = re.compile(
    r"(?<=\?)[ \t]+like,?[ \t]+(?=(?:each|every|a|an|the|one)[ \t]+[a-z]+[ \t]+(?:is|has|have"
    r"|belongs|can|gets|goes|only|always|never|needs)\b)",
    re.I,
)
# "each hen lives in one coop, how do i add that?": the learner's question after a comma
# asks for what was just said, as it does in a sentence of its own
_HOW_DO_I_THAT = re.compile(
    r",[ \t]*(?=how[ \t]+(?:do|can|could|would|should)[ \t]+(?:i|we|you)[ \t]+(?:[a-z]+[ \t]+){1,2}"
    r"(?:that|this|it)\b[ \t]*(?:in|up|on|there)?[ \t]*[?.!]*[ \t]*$)",
    re.I | re.M,
)
# "ok three things comma bands with …": the count said first announces the list that follows,
# as "three things:" does (said without the colon when dictated)
_COUNT_ANNOUNCED = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:ok|okay|so|right|well|alright)[ \t,]+)*(?:two|three|four|five|2|3|4|5)"
    r"[ \t]+things)(?:[ \t]*[,.\u2014-][ \t]*|[ \t]+comma[ \t]+|[ \t]+)"
    r"(?!(?:to|i|we|you|that|about|on|for|in|are|need|needs|have|first|please)\b)(?=[a-z])",
    re.I,
)
# (mb63) "Could we get something to handle the supplier invoices? I'm thinking invoice number,
# supplier name, amount …", "- thinking name, phone, availability": the writer thinking aloud
# before a list opens the list, as "Fields:" does (the list was unread, or its first value
# took "thinking"); never "I'm thinking of / about / we need …", which says what is thought
_THINKING_LIST = re.compile(
    r"(?im)(?:(?:^|(?<=[.!?][ \t]))(?P<lead>[ \t]*)(?:(?:so|and|well|ok|okay)[ \t]*,?[ \t]+)?"
    # (who thinks is said at a sentence's start: "Thinking ahead, we …" is no list)
    r"(?:i'm|i[ \t]+am|im|i[ \t]+was|we're|we[ \t]+are|we[ \t]+were)[ \t]+|(?<=[-—–][ \t]))"
    r"thinking"
    r"(?:[ \t]*[:,—–-])?[ \t]+(?:(?:maybe|probably|perhaps|something[ \t]+like)[ \t]*:?[ \t]+)?"
    r"(?!(?:of|about|that|we|i|you|it|they|this|to|how|what|maybe|perhaps|probably|it's|we'd"
    r"|we'll|i'd|i'll)\b)(?=[a-z][^.!?\n]{0,160},)"
)
# "the club needs two lists really: members (…) and bookings (…)": a hedge said before the
# colon softens the ask; the colon still opens what follows
_HEDGE_BEFORE_COLON = re.compile(
    r"(?<=[a-z])[ \t]*,?[ \t]+(?:really|basically|honestly|i think|i guess)[ \t]*:", re.I
)
# "record a DBS number against each volunteer": in office English a value is recorded against
# the record it belongs to, as "for each volunteer" ("checked against each other" compares)
_AGAINST_EACH = re.compile(
    r"\bagainst\s+(?=(?:each|every)\s+(?!other\b|one\s+another\b)[a-z])", re.I
)
# "change the 'phone' field on tenants so it's called 'mobile number'": the name it is to be
# called, quoted after "so", is where the change goes (as "change 'phone' to 'mobile number'"),
# never a reason for it
_SO_IT_IS_CALLED = re.compile(
    r"(?P<lead>\b(?:change|switch|update)\s[^.?!\n\"']*[\"'][^\"'\n]+[\"'][^.?!\n\"']*?)"
    r"\s*,?\s+so\s+(?:that\s+)?it(?:'s|\s+is|\s+gets)\s+(?:called|named)\s+(?=[\"'])",
    re.I,
)
# "new thing called contractor": said aloud, "thing" before "called" is the entity asked for
_THING_CALLED = re.compile(
    r"\b(?P<d>new|a|another)[ \t]+(?P<n>new[ \t]+)?thing[ \t]+(?P<c>called|named)\b", re.I
)
# "can you make a thing with owners (name, phone) and horses (…)?": a thing made, with what it
# keeps after it, is the app the learner has no word for (never one called Thing)
_THING_MADE = re.compile(
    r"\b(?P<lead>(?:make|build|create|set[ \t]+up|do|give)(?:[ \t]+(?:me|us|her|him|them))?"
    r"[ \t]+a[ \t]+(?:(?:little|simple|small|quick|basic)[ \t]+)?)thing"
    r"(?=[ \t]+(?:with|for|that|to|where)\b)",
    re.I,
)
# "each of the puppies belongs to one litter": "each of the" before a plural and its verb
# counts one of them, as "each puppy" does
_EACH_OF_THE = re.compile(
    r"\b(?P<e>each|every[ \t]+one)[ \t]+of[ \t]+(?:the|our|my|your|their|these|those)[ \t]+"
    r"(?=[a-z]+s[ \t]+(?:belongs|has|is|goes|gets|needs|comes|lives|works|sits)\b)",
    re.I,
)
# "um", "uhh", "erm" said while dictating (never after a number: "10 um" is micrometres)
_HESITATION = re.compile(r"(?<![\d\s])(?<!\d\s)[ ,]*\b(?:u+m+|u+h+|e+r+m+|u+h+m+)\b,?(?=\s)", re.I)
# "keep track of my hives each hive has a name …", "we rent kayaks each kayak has serial
# number colour …": said without a full stop, "each X has" before a field list (opened by an
# article or a field's own word, FIELD_LIST_OPENS) opens a sentence of its own
_EACH_HAS = re.compile(
    r"\b(?P<w>[a-z0-9]+)\s+(?=(?:each|every)\s+(?:(?!(?:to|is|has|have|be)\b)[a-z]+\s+){1,3}?"
    rf"(?:(?:has|have|needs|gets|should have|must have|must be)\s+{FIELD_LIST_OPENS}"
    r"|(?P<link>(?:belongs|is|goes|has)\s+(?:to|for|with|into|in)?\s*(?:one|a single"
    r"|exactly one|many|several)\b)))",
    re.I,
)
# "we hire out bikes to tourists the bikes have a frame number …": said without a full stop,
# the things named again with "the" before "have" and a field list open a sentence of their own
_THE_THINGS_HAVE = re.compile(
    r"\b(?P<w>[a-z0-9]+)\s+(?=the\s+(?P<x>[a-z-]+s)\s+(?:have|need|get|all have)\s+"
    rf"{FIELD_LIST_OPENS})",
    re.I,
)
# "Squads: name, slack channel — each squad belongs to one department": after a list under
# its heading, a dash before "each X belongs to one Y" starts the link's own sentence
_DASH_THEN_EACH_LINK = re.compile(
    r"(?m)^(?P<said>[^.!?\n:]{1,60}:[^.!?\n—]*,[^.!?\n—]*?)[ \t]+[—–-]+[ \t]+"
    r"(?=(?:each|every)\s+[a-z]+(?:\s[a-z]+)?\s+(?:belongs\s+to|is\s+for|has)\s+"
    r"(?:one|a single|exactly one)\s)",
    re.I,
)
# words after which "each X has …" goes on the same clause ("something where each flat has")
_CLAUSE_GLUE = frozenset(
    """where that which so and but because if when while as whereby for of with in on at to
    comma""".split()
) | {"not"}  # "not every performer has a stage name": one clause, said of some of them


# "we dont need the fax anymore can you delete it": said without a full stop, a question
# asking for something ("can you", "could we") starts a sentence of its own
# ("I walk dogs after school, could you make me …": after a comma too, when what comes before
# is a sentence of its own about the writer, a subject and its verb)
_ASK_STARTS = re.compile(
    r"\b(?P<w>[a-z0-9]+)(?P<c>,)?\s+(?=(?:can|could|would)\s+(?:you|we|u)\s+[a-z])"
)
_WRITER_SAYS = re.compile(
    r"(?:(?:hi|hey|hiya|ok|okay|so|oh|um|well)\W+)*(?:i|we)\s+(?!(?:would|need|needs|want|also"
    r"|just|really|will|should|must|can|could)\b)[a-z]+\b[^,;:]*$"
)
_ASK_POINTS_BACK = re.compile(
    r"(?:can|could|would)\s+(?:you|we|u)\s+(?:please\s+)?[a-z]+\s+(?:that|it|this|those|them)\s+"
    r"(?:on|in|for|of|to|at)\b",
    re.I,
)
_ASK_GLUE = _CLAUSE_GLUE | frozenset(
    """so then or please hi hey hiya ok okay um oh and but also maybe just now if what how why
    where when who i we you it this that""".split()
)

# "can we rename call outs to jobs everybody here calls them that": said without a full stop,
# a rename's new name is one noun phrase; a subject and a verb after it open a new sentence
_AFTER_RENAME = re.compile(
    r"\b(?P<said>rename\s+(?:[a-z-]+\s+){1,4}?(?:to|as|into)\s+"
    r"(?:(?!(?:and|or|with|for|on|in)\b)[a-z-]+\s+){0,2}?[a-z-]+)"
    r"\s+(?=(?:everybody|everyone|nobody|no\s+one|we|they|i|people)"
    r"\s+(?:here\s+|all\s+|just\s+|always\s+|never\s+)?(?!(?:to|and|or)\b)[a-z]+\b)",
    re.I,
)
# "take the fax number off supplier completely": an adverb of degree at a clause's end says
# how much, never part of the thing's name
# ("delete them completely", "drop it for good": after the verb or a pronoun it says the
# whole thing goes, and stays)
_DEGREE_AT_END = re.compile(
    r"(?<!\bthem)(?<!\bit)(?<!\bthose)(?<!\bthese)(?<!\bthis)(?<!\bthat)(?<!\ball)"
    r"(?<!\bone)(?<!\brid)(?<!\bdelete)(?<!\bremove)(?<!\bdrop)(?<!\bgo)(?<!\bgone)"
    r"\s+(?:completely|entirely|altogether|totally|for\s+good)(?=[ \t]*(?:[.!?\n]|$))",
    re.I,
)
_REMOVAL_SAID = re.compile(
    r"\b(?:remove|delete|drop|take\s+.+\s+(?:off|out\s+of)|get\s+rid)\b", re.I
)


# "no band has used a fax number or a myspace link since 2009, can you get rid of those two
# fields on Band": the fields "those" points back to are the two said unused just before
_THOSE_FIELDS_GO = re.compile(
    r"\b(?:used|uses|use|using|fill in|fills in|filled in|need|needs|needed)\s+"
    r"(?P<a>(?:an?|the|any)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:or|and|nor)\s+"
    r"(?P<b>(?:an?|the|any)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+(?:since|in|for|any ?more|these days|at all)\b[^,.!?]{0,30})?\s*[,.]\s*"
    r"(?P<ask>(?:so\s+)?(?:(?:can|could)\s+(?:you|we)\s+(?:please\s+)?(?:just\s+)?)?"
    r"(?:get rid of|remove|delete|drop|bin|ditch))\s+(?:those|these|both)\s+(?:two\s+|2\s+)?"
    r"(?:fields|columns)\b",
    re.I,
)


def _those_fields_go(m: re.Match[str]) -> str:
    a, b = (rx(r"^(?:an?|any)\s+", re.I).sub("the ", m[k]) for k in ("a", "b"))
    return f"{m[0][: m.start('a') - m.start()]}{m['a']} or {m['b']}, {m['ask']} {a} and {b}"


def _degree_at_end(m: re.Match[str]) -> str:
    said = m.string[: m.start()]
    said = said[max(said.rfind(p) for p in ".!?\n,;") + 1 :]
    if not _REMOVAL_SAID.search(said):
        return m.group(0)  # "we stopped using X completely": no change asked in this clause
    return ""


# "im a locksmith and i need to log my jobs …": said without a full stop, who the writer is
# ends where "and i/we" goes on to what they need
_INTRO_THEN_NEED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<intro>(?:(?:so|well|hi|hello|hey|ok|okay)\s+)*"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:just\s+)?(?:a|an|the)\s+[^.!?,;\n]{1,60}?)"
    r"\s+and\s+(?=(?:i|we)\s+(?:just\s+|really\s+|also\s+)?(?:need|want|would|'d|have|must"
    r"|keep|track|log|should)\b)",
    re.I | re.M,
)


# "We run a little clothes swap at the centre and I'd like something to log …", "My wife runs
# the pharmacy and she wants an app for …": what the writer's business is, said first, ends
# where "and" goes on to what someone there wants
_RUNS_THEN_NEED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<intro>(?:(?:so|well|hi|hello|hey|ok|okay)\s+)*"
    r"(?:i|we|(?:my|our)\s+[a-z]+)\s+(?:also\s+)?(?:run|runs|own|owns|have|has|manage|manages)"
    r"\s+(?:a|an|the|my|our)\s+[^.!?,;:\n]{1,60}?)"
    r"\s+and\s+(?=(?:i|we|she|he|they)(?:'d\b|\s+(?:just\s+|really\s+|also\s+)?(?:need|needs"
    r"|want|wants|would)\b))",
    re.I | re.M,
)


def _ask_starts(match: re.Match[str]) -> str:
    if match["w"].lower() in _ASK_GLUE or match.start() == 0:
        return match.group(0)
    if match["c"]:
        said = match.string[: match.start("c")]
        said = said[max(said.rfind(p) for p in ".!?\n") + 1 :].strip().lower()
        return f"{match['w']}. " if _WRITER_SAYS.match(said) else match.group(0)
    if _ASK_POINTS_BACK.match(match.string[match.end() :]):
        return match.group(0)  # "… can you change that on Rental": the owner of what was said
    said = match.string[: match.start()]
    # ("quick one: on the Mix entity could we …": after a label's colon the topic opens too)
    said = said[max(said.rfind(p) for p in ".!?\n-,;:") + 1 :].strip().lower()
    if rx(
        r"(?:(?:hi|hey|hiya|ok|okay|so|and|oh|um)\W+)*(?:on|for|in|at|about|regarding"
        r"|with|to|from)\b"
    ).match(
        said,
    ):
        return match.group(0)  # "on the Urn entity can you add …": the topic of the ask
    return f"{match['w']}. "


def _each_has(match: re.Match[str]) -> str:
    if match["w"].lower() in _CLAUSE_GLUE:
        return match.group(0)
    said = match.string[: match.start()]
    said = said[max(said.rfind(p) for p in ".!?\n") + 1 :]
    if match["link"] and not rx(r"\bwith\b", re.I).search(said):
        return match.group(0)  # "each X belongs to one Y" after a list of fields only
    return f"{match['w']}. "


def _things_again_have(match: re.Match[str]) -> str:
    """A break only where the things were named before in the same sentence ("keep the bats
    we lend out the bats have …"): "the bikes" said first is the subject of its own clause."""
    said = match.string[: match.end()]
    said = said[max(said.rfind(p) for p in ".!?\n") + 1 :].lower()
    if match["w"].lower() in _CLAUSE_GLUE or not rx(rf"\b{match['x'].lower()}\b").search(said):
        return match.group(0)
    return f"{match['w']}. "


# "hives remove queen colour", "van rename reg to plate", "lessons make notes optional": a
# terse note names the thing first, then the change to make on it; said as a whole request of
# one line (no stop), with a noun of one or two words before the verb, never a doer ("users
# add items", "staff remove …": who does what) nor a phrase that already says its place
_TOPIC_THEN_CHANGE = re.compile(
    r"^\s*(?P<topic>[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>add|remove|delete|drop|rename|change|make)"
    r"\s+(?P<rest>[a-z][a-z ,]*?)\s*$"
)
_NOT_A_TOPIC = frozenset(
    """i we you they he she it u pls please also then now just so ok okay and but can could
    would should will lets let me us can't cant dont don't must need to the a an this that
    these those my our your their users user admins admin staff people everyone someone
    anyone nobody customers clients members""".split()
)
_CHANGE_PLACE = {"add": "to", "remove": "from", "delete": "from", "drop": "from"}


def _name_then_verb(m: re.Match[str]) -> str:
    """ "Kiln: add …" unless the name is a doer ("staff add notes"), as for a topic."""
    if m["x"].strip().lower() in _NOT_A_TOPIC:
        return m.group(0)
    return f"{m['x']}: {m['v']} "


def _topic_then_change(m: re.Match[str]) -> str:
    topic, verb, rest = m["topic"], m["v"], m["rest"]
    words = topic.split()
    if any(w in _NOT_A_TOPIC for w in words) or any(is_noun(w) is False for w in words):
        return m.group(0)
    said = rest.split()
    if len(said) > 10 or said[0] in ("their", "his", "her", "its", "our", "my", "your"):
        return m.group(0)
    if verb in _CHANGE_PLACE:
        if rx(r"\b(?:to|from|on|in|of|for)\b").search(rest):
            return m.group(0)  # "staff add notes to jobs": the place is said
        return f"{verb} {rest} {_CHANGE_PLACE[verb]} {topic}"
    if verb in ("rename", "change"):
        if len(rx(r"\bto\b").findall(rest)) != 1 or rx(r"\b(?:on|in|of|for)\b").search(rest):
            return m.group(0)
        return f"{verb} {rest} on {topic}"
    if not rx(r"\s(?:optional|required|mandatory|unique|an? [a-z]+)$").search(rest):
        return m.group(0)  # "make": only a field's state or type ("make notes optional")
    return f"{verb} {rest} on {topic}"


# "crates for my bakery with a label and a weight", "track ponies for the riding school with
# …": things named first, then the business they serve, then their fields: the business is the
# scene ("for my bakery, track crates with …"), never the thing that has the fields
_THINGS_FOR_SCENE_WITH = re.compile(
    r"^\s*(?:(?P<verb>track|keep|manage|store|log|record)\s+)?"
    r"(?P<things>(?:[a-z]+\s+)?[a-z]+)\s+for\s+"
    r"(?P<scene>(?:my|our|the)\s+[a-z]+(?:\s+[a-z]+){0,2})\s+with\s+(?=[a-z])"
)
# "keep spare parts, each with a part number, …", "track blood bags for the vet hospital;
# each bag carries a donor code, …": what each of the things kept has is their fields, said
# as "with" says it (the plural was read as a field of the place the things are for)
_THINGS_EACH_WITH = re.compile(
    r"\b(?P<v>track|keep|manage|store|log|record)\s+(?P<things>(?:[a-z]+\s+)?[a-z]+s)"
    r"(?P<scene>\s+for\s+(?:my|our|the)\s+[a-z]+(?:\s+[a-z]+){0,2}?)?\s*[,;]\s+"
    r"(?:each|every)(?:\s+(?P<again>[a-z]+))?\s+(?:with|has|having|carries|holds|needs"
    r"|described\s+by|is\s+described\s+by)\s+(?=(?:a|an|the|its|their)\s)",
    re.I,
)


def _things_each_with(m: re.Match[str]) -> str:
    words = m["things"].lower().split()
    last = words[-1]
    again = (m["again"] or "one").lower()
    if re.search(r"\b(?:already|currently|still)\s+$", m.string[: m.start()], re.I):
        return m.group(0)  # "We already track lofts; each loft needs …": an addition to them
    if (
        any(w in _NOT_KEPT_THINGS or w in _NOT_A_TOPIC - {"people", "staff"} for w in words)
        or any(w in _MAKING_FIRST for w in words)
        or (again != "one" and again != singular(last))
        or singular(last) == last
        or is_noun(singular(last)) is not True
    ):
        return m.group(0)
    return f"{m['v']} {m['things']}{m['scene'] or ''} with "


# "can we start with hives? each one needs a name, …", "can we start by tracking hives?": the
# things to begin with are the things kept (as "can we keep hives?"), never Start or KeepingHive
_START_WITH_THINGS = re.compile(
    r"\b(?P<ask>(?:can|could|shall)\s+we|let's|let\s+us|we(?:'ll|\s+will|\s+could|\s+can))"
    r"\s+start(?:\s+off)?\s+(?:with|by\s+(?:keeping|tracking|logging|recording|storing"
    r"|managing|creating|making|adding))\s+(?P<things>[a-z]+s)(?=\s*[?.!;])",
    re.I,
)


def _start_with_things(m: re.Match[str]) -> str:
    last = m["things"].lower()
    if (
        last in _NOT_KEPT_THINGS
        or last in _NOT_A_TOPIC
        or singular(last) == last
        or is_noun(singular(last)) is not True
    ):
        return m.group(0)
    return f"{m['ask']} keep {m['things']}"


# "a simple tracker to log boiler checks: check date, …", "a renewals board to keep track of
# policy renewals: …", "an app so the caretaker can log visits: …": a frame made to keep things
# whose list follows a colon is only the way they are kept; the things are the entity, as in
# "we need to log boiler checks: …" (the frame was the entity, its list the things' fields)
_FRAME_WORDS_TO_KEEP = (
    "app|application|system|service|platform|portal|database|db|software|program|programme"
    "|website|tool|solution|spreadsheet|thing|registry|register|directory|catalog|catalogue"
    "|inventory|tracker|list|log|logbook|ledger|dashboard|timetable|calendar|schedule|planner"
    "|rota|roster|module|board|book|sheet|form"
)
_FRAME_TO_KEEP = re.compile(
    # (not a frame a change is made to or in: "add a column to the sheet to track …")
    r"(?<!\bto\s)(?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\binto\s)(?<!\bfrom\s)"
    r"\b(?:an?|the|our|my|one|some)\s+"
    r"(?:(?!(?:to|for|of|with|and|so|that|which|where)\b)[a-z]+(?:-[a-z]+)?\s+){0,2}"
    rf"(?:{_FRAME_WORDS_TO_KEEP})\s+"
    r"(?:to|so\s+(?:that\s+)?(?:we|i|they|you|staff|(?:the|our|my)\s+[a-z]+)\s+can)\s+"
    r"(?P<v>keep\s+track\s+of|keep\s+tabs\s+on|track|log|record|keep|store|manage|list)\s+"
    r"(?P<things>(?:(?:my|our|the|their)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+s)(?=\s*:\s*\S)",
    re.I,
)


def _frame_to_keep(m: re.Match[str]) -> str:
    words = m["things"].lower().split()
    if words[0] in ("my", "our", "the", "their"):
        words = words[1:]
    last = words[-1]
    if (
        any(w in _NOT_KEPT_THINGS or w in _NOT_A_TOPIC for w in words)
        or words[0] in ("my", "our", "their", "the", "all", "any", "which", "what")
        or singular(last) == last
        or is_noun(singular(last)) is not True
    ):
        return m.group(0)
    return f"to {m['v']} {m['things']}"


# the verbs of making a request may open on, in lower case, before the things it keeps
_MAKING_FIRST = frozenset("create make build need want".split())
_NOT_KEPT_THINGS = frozenset(
    """fields columns attributes properties details things records entries data entities
    tables apps systems screens pages forms reports notes tests changes updates
    features options settings permissions roles users""".split()
)


def _things_for_scene_with(m: re.Match[str]) -> str:
    words = m["things"].split()
    last = words[-1]
    things = m["things"]
    if m["verb"] is None and len(words) == 2 and words[0] in _MAKING_FIRST:
        # "create episodes for my podcast with …": the verb of making, then the things (kept
        # with it, the verb would open the thing's name, CreateEpisode)
        words, things = [last], last
    if (
        any(w in _NOT_KEPT_THINGS or w in _NOT_A_TOPIC - {"people", "staff"} for w in words)
        or rx(r"\b(?:with|and|or)\b").search(m["scene"])
        or is_noun(last) is False
        or (singular(last) == last and last not in ("sheep", "deer", "fish", "cattle"))
    ):
        return m.group(0)
    return f"for {m['scene']}, {m['verb'] or 'track'} {things} with "


# "add a filed for allergy notes", "another filled for the due date": after an article, the
# word before "for" or "called" is "field" mistyped ("the form filed for the claim" stays)
_FIELD_MISTYPED = re.compile(
    r"\b(?P<det>[Aa]|[Aa]n|[Aa]nother|[Oo]ne more|[Nn]ew)\s+(?:filed|filled|feild|fiels|fild)"
    r"(?=\s+(?:for|called|named)\s)"
)
# "add a field for plate and another field for colour on vans": the second of two fields asked
# for one by one is "a field", as the first ("another" is no name)
_ANOTHER_FIELD_FOR = re.compile(
    r"(?P<first>\b(?:a|one)\s+(?:new\s+)?(?P<w>field|column)\s+for\s+[^.!?\n]+?\s+and\s+)"
    r"another(?:\s+(?:field|column|one))?(?=\s+for\s)",
    re.I,
)
# "we not use the religion field more": said as some languages say it, "we don't use the
# religion field anymore" ("not" before the verb with no "do"; "more" for "anymore")
_NOT_USE = re.compile(r"\b(i|we|they|nobody)\s+not\s+(?=(?:use|need|want|keep|fill)\b)", re.I)
# "bit of a clear out today - on the Alloy records …", "quick tidy up: …": a line opening with
# the work announced (a clear-out, a tidy-up, a clean-up) before a dash or colon names no thing
# and no field: the change after it is the request (read after talk no reader took, and asked)
_WORK_OPENER = re.compile(
    r"(?im)^[ \t]*(?:(?:ok|okay|right|so|hi|hey)[ \t]*,?[ \t]+)?(?:(?:a|some)[ \t]+)?"
    r"(?:(?:bit[ \t]+of[ \t]+a|quick|little|small|big)[ \t]+)?"
    r"(?:clear[ \t-]?out|tidy[ \t-]?up|clean[ \t-]?up|spring[ \t-]?clean(?:ing)?)"
    r"(?:[ \t]+(?:today|this[ \t]+morning|this[ \t]+week|time))?[ \t]*(?:[-\u2013\u2014:][ \t]*)"
    # (only before a change said: "clear out: name, date" lists a thing's fields)
    r"(?=(?:please[ \t]+|pls[ \t]+)?(?:on|in|remove|drop|delete|get[ \t]+rid|lose|bin|ditch|scrap"
    r"|rename|make|change|we|nobody|no[ \t]+one|the)\b)"
)
# "pupil doesnt need emergency contact anymore take it out": typed with no stop, the need denied
# ends at "anymore" and the ask on "it" starts a clause of its own (it was read as a removal of
# nothing from Pupil)
_ANY_MORE_THEN_IT = re.compile(
    r"(?i)\b(?P<a>anymore|any[ \t]+more|any[ \t]+longer|no[ \t]+more)[ \t]+"
    r"(?=(?:(?:so|just|pls|please)[ \t]+)?(?:take[ \t]+it[ \t]+(?:out|off)|remove[ \t]+it"
    r"|get[ \t]+rid[ \t]+of[ \t]+it|bin[ \t]+it|drop[ \t]+it|delete[ \t]+it|ditch[ \t]+it)\b)"
)
# "get rid of date on the viewing its always the same as the funeral": typed with no stop, a
# removal placed on a thing ends where "its"/"it's" opens what the value always or never is (a
# reason, read as unread words of the ask)
_REMOVED_THEN_ITS = re.compile(
    r"(?im)^(?P<a>[ \t]*(?:(?:please|pls)[ \t]+)?(?:remove|delete|drop|get[ \t]+rid[ \t]+of|take)"
    r"\b[^\n.,;!?]{1,80}?\b(?:on|from|off)[ \t]+(?:the[ \t]+)?[A-Za-z]+)[ \t]+"
    r"(?=(?:its|it's|it[ \t]+is)[ \t]+(?:always|never|just|only|not|no[ \t]+longer|the[ \t]+same"
    r"|useless|pointless|empty|blank)\b)"
)
# "we never ever use cost per kg", "nobody never ever fills it in": "ever" said again after
# "never" only stresses it (the denied use was not read)
_NEVER_EVER = re.compile(r"\b([Nn])ever[ \t]+ever\b(?=[ \t]+[a-z])")
# "on the Alloy records we never use …", "from the Kiln records": the records of a thing written
# as a name are that thing, "on Alloy" ("the medical records", in lower case,
# may be a thing of their own and stay)
_NAME_RECORDS = re.compile(
    r"\b(?P<p>(?:[Oo]n|[Ii]n|[Ff]rom|[Ff]or)[ \t]+)the[ \t]+"
    r"(?P<e>[A-Z][a-z]+(?:[A-Z][a-z]+)*)[ \t]+records?\b"
)
_USE_MORE = re.compile(
    r"\b(?P<neg>don't|dont|do not|doesn't|does not)\s+(?P<v>use|need|want|keep|fill(?: in)?)\s+"
    r"(?P<x>[^,.;:!?\n]{1,40}?)(?<!\bany)\s+more\b(?!\s+(?:than|of)\b)",
    re.I,
)
# "make email required again on Tenant": the state it had before, asked again (see clean)
_STATE_AGAIN = re.compile(
    r"\b(optional|required|mandatory|compulsory|nullable|not required)\s+again\b", re.I
)
_PLUS_IN_BRACKETS = re.compile(r"\((?=[^()]*[A-Za-z] \+ [A-Za-z])[^()]{1,80}\)")
# "CR-21: Placement - new entity: child initials, …", "Placement (new entity): …": a ticket's
# thing, then that it is new, then its list; read as "new entity Placement: …" (it read nothing)
_NAME_THEN_NEW = re.compile(
    r"^(?P<pre>[ \t]*(?:[A-Z][A-Z0-9]*-\d+[ \t]*:[ \t]*)?)"
    r"(?P<name>[A-Za-z][A-Za-z]*(?:[ \t][A-Za-z]+)?)[ \t]*(?:[-–—:][ \t]*|\([ \t]*)(?i:new)"
    r"(?:[ \t]+(?i:entity|table|model|thing))?[ \t]*\)?[ \t]*:[ \t]*",
    re.M,
)
# "new entity dog, fields name, breed and weight", "new episode entity title, date, …":
# dictated, the new thing's name, then (a comma or nothing between) the list of its fields
_NOT_NAME_WORD = (
    r"(?!(?:a|an|the|new|for|to|in|on|at|of|from|with|and|called|named|that|which|including"
    r"|having|containing|holding)\b)"
)
_NEW_ENTITY_THEN_LIST = re.compile(
    rf"^(?P<head>\s*(?:new|create|add|make)\s+(?:an?\s+)?(?:entity|table)\s+{_NOT_NAME_WORD}"
    rf"[a-z]+(?:\s+{_NOT_NAME_WORD}[a-z]+)?)\s*,\s*(?:(?:with\s+)?(?:fields|columns)\s+)?"
    rf"(?=[a-z])|^(?P<head2>\s*(?:new|create|add|make)\s+(?:an?\s+)?{_NOT_NAME_WORD}[a-z]+"
    rf"(?:\s+{_NOT_NAME_WORD}[a-z]+)?\s+(?:entity|table))\s*,?\s+(?:(?:with\s+)?(?:fields"
    rf"|columns)\s+)?{_NOT_NAME_WORD}(?=[a-z]+[^.!?\n]*,)",
    re.I,
)


# "kayaks with name and length and paddlers with name and phone paddlers rent kayaks": said
# without a full stop, two things named before joined by a verb in the plural ("paddlers rent
# kayaks", "members book sauna sessions") end the list and say how the things relate
# (a word's start only: tried inside one long word, the run re-read it from every letter)
_LAST_WORDS = re.compile(
    r"(?<![a-z])(?P<words>(?:[a-z]+\s+){2,4}[a-z]+)[ \t]*[.!]?[ \t]*$", re.I | re.M
)
_NOT_A_LINK_VERB = frozenset(
    """with and or of for to in on at by from the a an each every per plus also then as is was
    are be been not no yes""".split()
)


def _things_relate(m: re.Match[str]) -> str:
    words = m["words"].split()
    said = m.string[: m.start()]
    said = said[max(said.rfind(p) for p in ".!?\n") + 1 :].lower()
    if not rx(r"\bwith\b|\band\b").search(said):
        return m.group(0)  # no list before: "volunteers sort donated books" is one statement
    for cut in range(1, len(words) - 1):
        before, verb, after = words[:cut], words[cut], words[cut + 1 :]
        if len(after) > 2 or verb.lower() in _NOT_A_LINK_VERB or verb.lower().endswith("s"):
            continue
        a, b = " ".join(before[-2:]).lower(), " ".join(after).lower()
        subject = next((x for x in (a, a.split()[-1]) if _named_thing(x, said)), None)
        if subject is None or not _named_thing(b, said) or subject == b:
            continue
        kept = " ".join(words[: len(words) - len(after) - 1 - len(subject.split())])
        head = m.string[m.start() : m.start("words")]
        tail = " ".join(words[len(words) - len(after) - 1 - len(subject.split()) :])
        return f"{head}{kept}{'. ' if kept else ''}{tail}"
    return m.group(0)


def _named_thing(phrase: str, said: str) -> bool:
    """Whether `phrase` (a plural) names a thing said before: at the start or after "and",
    "for" or "of", and followed by more words (its fields)."""
    if not phrase.endswith("s") or phrase.endswith("ss"):
        return False
    return bool(
        re.search(
            rf"(?:^|\b(?:and|for|of|track|keep|manage|want|need)\s+)(?:[a-z]+\s+)?"
            rf"{re.escape(phrase)}\s+\S",
            said,
        )
    )


_E_MAIL = re.compile(r"\b([eE])[ -]([mM][aA][iI][lL])(?=s?\b)")
# "add a no wait rename the frames field …", "i want students no wait i mean pottery pieces
# with …": said without punctuation, a restart takes back what it interrupts
_RESTART = re.compile(
    r"(?<=[a-z0-9])(?:\s+(?:no\s+wait|wait\s+no|scratch\s+that)\s*,?)+\s+(?:i\s+mean\s+|sorry\s+)?"
    r"(?=[a-z])",
    re.I,
)
_RESTART_VERBS = re.compile(
    r"\b(?:add|rename|remove|delete|drop|change|make|create|track|keep|put|give|build|set)\b",
    re.I,
)
# what a corrected noun phrase follows: "i want (students …)", "… with (…)"
_RESTART_ANCHORS = re.compile(
    r"\b(?:want|wants|need|needs|track|manage|keep|log|store|record|add|remove|delete|drop"
    r"|rename|with|have|has|create|build|list)\b",
    re.I,
)


def _restarted(text: str) -> str:
    """ "add a no wait rename the frames field on hive to frame count": a restart in the middle
    of a sentence takes back what it interrupts: a new verb replaces everything from the verb
    said before it; a new noun phrase replaces what followed that verb ("i want students of my
    class no wait i mean pottery pieces with …" wants pottery pieces)."""
    for m in reversed(list(_RESTART.finditer(text))):
        before, after = text[: m.start()], text[m.end() :]
        start = max(before.rfind(p) for p in ".!?\n") + 1
        said = before[start:]
        restarted_verb = _RESTART_VERBS.match(after)
        anchors = list((_RESTART_VERBS if restarted_verb else _RESTART_ANCHORS).finditer(said))
        if not anchors:
            continue
        anchor = anchors[-1]
        cut = start + (anchor.start() if restarted_verb else anchor.end())
        kept = text[:cut].rstrip()
        text = f"{kept} {after}" if kept else after
    return text


# "So the falconry centre... sorry, the falconry display team needs …": a correction that
# starts the noun phrase again with its article takes the whole phrase back
# "student visa (yes/no) – sorry, not student visa, I mean work permit (yes/no)", "a seasonal
# flag – oh no wait, not seasonal, a chef special flag", "the wine pairing price - sorry, I
# mean the drinks pairing price - and …": a listed item said again in place of itself (its
# type in brackets, or the words "the" and "pairing price" around the slip, hid it: both were
# kept, or neither)
_WORDS = r"[a-z][\w'/-]*(?:[ \t]+[a-z][\w'/-]*){0,4}?"
_SAID_INSTEAD = re.compile(
    r"(?<![ \t])[ \t]*(?:[\u2013\u2014]|[ \t]-|--|,)[ \t]*(?:(?:oh|um|hmm|ah|argh|oops)[,! \t]+)*"
    r"(?:sorry|no[ \t]+wait|wait|oops)[,! \t]+"
    rf"(?:not[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?P<x>{_WORDS})[ \t]*,[ \t]*"
    r"(?:i[ \t]+meant?[ \t]+|but[ \t]+|rather[ \t]+)?|i[ \t]+meant?,?[ \t]+)"
    rf"(?P<fix>(?:(?:the|a|an)[ \t]+)?{_WORDS}(?:[ \t]*\([^()\n]{{1,30}}\))?)"
    r"(?:[ \t]*(?:[\u2013\u2014]|[ \t]-|--)(?=[ \t])|(?=[ \t]*(?:[.,;!?\n]|$)))",
    re.I,
)
# "… and – no wait, not the welder name, we use always the same welder – the paint colour":
# an item taken back with its reason between dashes, the list going on after them
_TAKEN_BACK_BETWEEN_DASHES = re.compile(
    r"(?<![ \t])[ \t]*(?:[\u2013\u2014]|[ \t]-|--)[ \t]*(?:(?:oh|um|hmm|ah)[,! \t]+)*"
    r"(?:sorry|no[ \t]+wait|wait|oops)[,! \t]+"
    rf"not[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?P<x>{_WORDS})[ \t]*,[ \t]*"
    r"(?=(?:we|i|they|he|she|it|that|nobody|no one|there)\b)[^\u2013\u2014\n.!?]{1,100}?"
    r"(?:[\u2013\u2014]|[ \t]-|--)[ \t]+",
    re.I,
)
# where the item before a correction starts: after the last separator of its list
_ITEM_SEPARATOR = re.compile(
    r"(?:,|;|:|\n|\b(?:and|or|plus|with|the|a|an|need|needs|want|record|keep|add|store)\b)"
    r"[ \t]*",
    re.I,
)


def _said_instead(text: str) -> str:
    """The item a correction names, replaced by what was meant ("X – sorry, not X, I mean Y"
    reads Y), or dropped ("– no wait, not the X, we never use it –"); the text as it was when
    the correction names no item just said."""
    for m in reversed(list(_TAKEN_BACK_BETWEEN_DASHES.finditer(text))[:8]):
        before, after = text[: m.start()], text[m.end() :]
        item = re.compile(
            r"(?:(?:(?<=[,:])|(?<=\n)|^)[ \t]*(?:(?:the|a|an)[ \t]+)?|\b(?:the|a|an)[ \t]+)"
            + re.escape(m["x"])
            + r"[ \t]*(?:,[ \t]*|(?=[ \t]+and\b))",
            re.I,
        )
        said = list(item.finditer(before))
        if not said:
            continue
        last = said[-1]
        text = before[: last.start()] + " " + before[last.end() :].rstrip() + " " + after
    for m in reversed(list(_SAID_INSTEAD.finditer(text))[:8]):
        before, after = text[: m.start()], text[m.end() :]
        core = re.sub(r"[ \t]*\([^()\n]{0,30}\)$", "", before)
        cut = [s.end() for s in _ITEM_SEPARATOR.finditer(core[-80:])]
        if not cut:
            continue
        start = len(core) - len(core[-80:]) + cut[-1]
        item = core[start:].strip()
        fix = m["fix"]
        if not item or len(item.split()) > 5 or not re.fullmatch(r"[a-z][\w'/ -]*", item, re.I):
            continue
        if m["x"] and not re.search(rf"\b{re.escape(m['x'])}\b", item, re.I):
            continue
        said_det = before[:start].rstrip().lower().endswith((" the", " a", " an"))
        if said_det and fix.split()[0].lower() in ("the", "a", "an"):
            fix = fix.split(None, 1)[1]
        if rx(r"\b(?:on|to|in|for|from|at|of|into)\b", re.I).search(item):
            continue  # "make the email on Booking required — sorry, I mean optional": a change
        last_said = re.sub(r"[ \t]*\([^()\n]{0,30}\)$", "", fix).split()[-1].lower()
        same_head = item.split()[-1].lower() == last_said
        if not m["x"] and (item.lower() == fix.lower() or (core == before and not same_head)):
            continue  # with "I mean" alone, only a typed item or the same head said again
        tail = after.lstrip()
        goes_on = rx(r"(?:and|or|plus)\b", re.I).match(tail)
        join = " " if not tail or tail[0] in ".,;!?" or goes_on else ", "
        text = before[:start] + fix + join + tail if tail else before[:start] + fix
    return text


# "routines have a title and a music track - every routine is skated by one skater": a link
# said after a dash at the end of a list is a sentence of its own (the dash joined it to the
# last item, which was lost with the link)
_DASH_THEN_LINK = re.compile(
    r"(?<=\S)[ \t]+(?:[-\u2013\u2014]|--)[ \t]+(?=(?:each|every)[ \t]+[a-z][a-z-]*"
    r"(?:[ \t]+[a-z][a-z-]*){0,2}?[ \t]+(?:(?:is|are|was|gets)[ \t]+)?[a-z]+(?:[ \t]+(?:by|from|to"
    r"|in|at|on|with|for|of|under))?[ \t]+(?:one|a single|exactly one|only one)[ \t]+[a-z][a-z-]*"
    r"(?:[ \t]+[a-z][a-z-]*)?[ \t]*[.!]?[ \t]*(?:[^\x00-\x7f][ \t]*)?(?:\n|$))",
    re.I,
)


def _dash_then_link(m: re.Match[str]) -> str:
    """ ". " before the link, when lists come before it on its line ("driving lessons - each
    one belongs to a single instructor": a topic, then its link, stays one sentence)."""
    line = m.string[: m.start()].rsplit("\n", 1)[-1]
    return ". " if rx(r",|\band\b|\bwith\b", re.I).search(line) else m[0]


# "i need: jobs - customer, registration, start date; panels - panel name, film used": things
# each named with a dash before their list, the lists parted by a semicolon, are things each
# with their fields (the second thing's name was read as its first field's, on the first)
_THING_DASHED = re.compile(
    r"(?P<pre>^|[:;\n]|\b(?:need|want|keep|track|log|record|store))(?P<sp>[ \t]*)"
    r"(?:and[ \t]+)?(?P<x>[a-z][a-z-]*[a-z]s)[ \t]+(?:[-\u2013\u2014]|--)[ \t]+(?=[a-z])",
    re.I,
)


def _things_dashed(text: str) -> str:
    said = list(_THING_DASHED.finditer(text))
    if len(said) < 2 or len(said) > 8 or not any(m["pre"] == ";" for m in said):
        return text
    for m in reversed(said):
        pre = ". " if m["pre"] == ";" else m["pre"] + m["sp"]
        text = f"{text[: m.start()]}{pre}{m['x']}: {text[m.end() :]}"
    return text


# "name and birth date (not the age, the age changes every year)": a remark in brackets that
# opens by saying what is not meant names no field (it read a thing BirthDate with a field
# age_changes_every_year); "(not required)", "(not null)" say whether it is filled, and stay
_NOT_THE_REMARK = re.compile(
    r"(?<![ \t])[ \t]*\((?:but[ \t]+)?not[ \t]+(?:the|a|an|his|her|their|its)[ \t]+[^()\n]{1,80}\)",
    re.I,
)


# "Please create a Tree entity: for every tree the species, the girth and the height": after
# the thing and its colon, "for every tree" says the thing again before its list (the first
# item was read as a rule, "for every tree the species", and lost)
_EACH_SAID_AGAIN = re.compile(
    r"\b(?P<x>[a-z][a-z-]*)(?P<kind>[ \t]+(?:entity|table|model))?[ \t]*:[ \t]*"
    r"(?P<each>for[ \t]+(?:each|every)[ \t]+(?P<y>[a-z][a-z-]*)[ \t]+(?:(?:i|we)[ \t]+(?:need"
    r"|want|keep|record|store)[ \t]+)?)(?=(?:the|a|an)[ \t])",
    re.I,
)


def _each_said_again(m: re.Match[str]) -> str:
    if singular(m["x"].lower()) != singular(m["y"].lower()):
        return m[0]
    return m[0][: m.start("each") - m.start()]


_PHRASE_SAID_AGAIN = re.compile(
    r"\b(?P<det>the|a|an|our|my)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\.{2,}|,|\s+\u2014)?\s+"
    r"sorry(?!\s+(?:for|about|if|that|to|but)\b),?\s+(?=(?P<again>the|a|an|our|my)\s)",
    re.I,
)


def _phrase_said_again(m: re.Match[str]) -> str:
    return "" if m["det"].lower() == m["again"].lower() else m.group(0)


# "snacks with name and price, allergens with name and description, and snacks contain
# allergens": a link between two things just listed with their fields closes the line; said
# as a sentence of its own it is read as one (joined on, it gave every thing a field
# "allergens")
_LINK_CLOSING_LISTS = re.compile(
    r"(?:,[ \t]+and|;)[ \t]+(?P<a>[a-z][a-z-]*s)[ \t]+(?:have|contain|include|hold|use|own"
    r"|need|take|carry|get)[ \t]+(?:many[ \t]+|several[ \t]+|some[ \t]+)?(?P<b>[a-z][a-z-]*s)"
    r"(?=[ \t]*[.!]?[ \t]*(?:\n|$))",
    re.I,
)


def _link_closing_lists(m: re.Match[str]) -> str:
    line = m.string[: m.start()].rsplit("\n", 1)[-1][-300:].lower()
    listed = set(re.findall(r"\b([a-z][a-z-]*s)[ \t]+with[ \t]", line))
    if m["a"].lower() not in listed or m["b"].lower() not in listed or m["a"] == m["b"]:
        return m[0]
    return ". " + re.sub(r"^(?:,[ \t]+and|;)[ \t]+", "", m[0])


# "boss says i must log my hours so can we have driver shifts with driver name, …": what the
# writer must keep, said as the reason before "so can we have … with …", is no thing of its
# own (the ask names the things and their fields); the reason leaves the text
_SO_ASK = re.compile(
    r"[ \t]*,?[ \t]+so[ \t]+(?:can|could|would)[ \t]+(?:we|you|i)[ \t]+(?:please[ \t]+)?"
    r"(?:have|get|make|set[ \t]+up|keep|track|log|record|store)\b"
    # (an ask of no things of its own, "so can you make it with …", leaves the reason read)
    r"(?![ \t]+(?:it|them|this|that|these|those|one|something|somewhere|an?[ \t]+(?:system"
    r"|app|place|way|list|log|record|register|table|database|spreadsheet))\b)",
    re.I,
)
_MUST_KEEP = re.compile(
    r"\b(?:must|have to|has to|need to|needs to|got to|wants? (?:me|us) to|asked (?:me|us) to"
    r"|told (?:me|us) to|says? (?:i|we) (?:must|have to|should))[ \t]+(?:properly[ \t]+)?"
    r"(?:log|record|track|keep(?:[ \t]+track[ \t]+of)?|note|store|write[ \t]+down)[ \t]+"
    r"(?:all[ \t]+)?(?:my|our|the|their|his|her)[ \t]+[a-z]",
    re.I,
)


def _reason_before_so(text: str) -> str:
    m = _SO_ASK.search(text)
    if m is None:
        return text
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    why = text[start : m.start()]
    after = text[m.end() : m.end() + 200]
    stop = min((i for i in (after.find(c) for c in ".!?\n") if i >= 0), default=len(after))
    if len(why) > 160 or not _MUST_KEEP.search(why) or " with " not in after[:stop]:
        return text
    ask = m[0].strip().lstrip(",").strip()[2:].strip()  # "can we have …", without the "so"
    return f"{text[:start]}{' ' if start else ''}{ask[0].upper()}{ask[1:]}{text[m.end() :]}"


def _what_need_for_each(m: re.Match[str]) -> str:
    said = m[0]
    lead = "F" if said[0] == "W" else "f"
    kept = m["k"] or ""
    if kept and not kept.strip().startswith("to"):
        kept = " to " + {**_KEPT_VERB, "noted": "note", "saved": "save"}[kept.strip().lower()]
    return f"{lead}{m['p'][1:]} {m['who']} {m['v']}{kept} "


def _self_corrected(m: re.Match[str]) -> str:
    mod = m["mod"]
    if mod and not m["word"].strip("-"):
        return m["fix"]  # "home night - sorry, training night": the dash sets the slip apart
    if mod and m["fix"].lower() == m["word"].lower() and mod.lower() not in _NOT_MODIFIERS:
        return m["fix"]
    if mod and m["fix"].lower() == mod.lower() and mod.lower() not in _NOT_MODIFIERS:
        return m["fix"]  # "price lists, sorry, I mean price entries": the phrase said again
    return f"{mod} {m['fix']}" if mod else m["fix"]


_NOT_MODIFIERS = frozenset("a an the of for to and or with our my your their its".split())


def _meant(text: str) -> str:
    m = _MEANT.search(text)
    if m is None:
        return text
    before = text[: m.start()]
    said = list(re.finditer(rf"\b([\w-]+)\s+{re.escape(m['fix'])}\b", before, re.I))
    if not said or said[-1][1].lower() in _NOT_MODIFIERS:
        return text
    last = said[-1]
    return before[: last.start()] + m["fix"] + before[last.end() :]


_PASCAL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
# "the bursary applications (BursaryApplication)", "our suppliers (Supplier entity)": the
# words, then the name they are written as in the system
_NAMED_IN_PARENS = re.compile(
    r"\b(?P<words>(?:[A-Za-z]+[ -]){0,3}[A-Za-z]+)\s*\(\s*(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
    r"(?:\s+(?:entity|table|model|record))?\s*\)"
)


# (mea59) "…, climbed by, notes opt": "opt" (or "opt.") ending an item of a list is
# "optional" typed short, a marker, never part of the name (it read `notes_opt`)
_OPT_SHORT = re.compile(r"(?m)(?<=[A-Za-z])[ \t]+opt\.?(?=[ \t]*(?:[,;)}\n]|$))")


def _opt_short(m: re.Match[str]) -> str:
    """The marker, when the item is one of a list said on its line (after a colon, a comma,
    a brace, a bracket or a dash); a line with no list keeps the word."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    return " (optional)" if rx(r"[,:{(]| - ").search(line) else m[0]


# (mea59) "geese (orchard grazers): tag, hatched on, pen": lower-case words in brackets
# between the thing that opens a line and its colon say what the thing is, an aside, never a
# field (it was read as the first field, accepted); a bracket that links, counts or marks the
# thing as a table ("(many-to-one with farms)", "(table)"), types a field ("rate (money):
# required") or names it in capitals is kept
_ASIDE_BEFORE_COLON = re.compile(
    r"(?m)^(?P<t>[ \t]*[A-Za-z][A-Za-z'-]*(?:[ \t][A-Za-z][A-Za-z'-]*){0,2})[ \t]*"
    r"\((?![^)\n]*\b(?:many|one|belongs?|links?|linked|related|entity|table|tab|model|record|"
    r"sheet|optional|required|text|string|number|integer|int|float|decimal|money|currency|date"
    r"|datetime|time|timestamp|bool|boolean|flag|email|whole|count|percentage)\b)"
    r"[a-z][a-z'-]*(?:[ \t][a-z][a-z'-]*){0,4}\)(?=[ \t]*:[ \t]*[a-z])"
)


def _named_in_parens(m: re.Match[str]) -> str:
    """The words said as the name in parentheses, when the name is those words (the last one
    singular): anything else in parentheses ("the cows (Holstein)") is left as written."""
    words = rx(r"[ -]").split(m["words"])
    name = m["name"].lower()
    for k in range(1, len(words) + 1):
        said = [w.lower() for w in words[-k:]]
        said[-1] = singular(said[-1])
        if "".join(said) == name:
            kept = m["words"][: len(m["words"]) - len(" ".join(words[-k:]))]
            return f"{kept}{m['name']}"
    return m[0]


# "last_seen: datetime  // nullable": a code comment after a field is a note on it, as words
# in parentheses after it are
_CODE_COMMENT = re.compile(r"(?<=\S)[ \t]+//[ \t]*([^\s/][^\n()]*?)[ \t]*$", re.M)
# "an on call rota", "the in stock items": a prepositional compound said after an article is
# the modifier written without its hyphen ("on-call"); spaced, its "on" would end the name
_SPACED_COMPOUND = re.compile(
    r"\b(?P<det>an?|the|our|their|each|every)\s+(?P<a>on|in|off)\s+"
    r"(?P<b>call|duty|site|stock|shift)\s+(?=[a-z])",
    re.IGNORECASE,
)
# (every part of the identifier: "leaf_litter_bags" is "leaf litter bags"; a preposition inside
# one keeps its next word, "give_up_after_hours", so it never reads as the sentence's own)
_SNAKE = re.compile(
    r"(?:\b|(?<=_)(?!(?:on|in|to|at|by|per|of|for|from|with|after|before|until|since)_))"
    r"([A-Za-z]+)_(?=[A-Za-z])"
)
# "on_call_shifts", "in_stock_items", "to_do_items": an identifier that opens with a small word
# is one name (as "OnCallShift" is); split into spaced words it would lose the word to the
# sentence ("on call shifts" reads as call shifts), so its words are hyphened instead; with one
# word after it too ("an on_stop flag on Account": "on stop flag on Account" read a thing
# StopFlag, as "an on-stop flag" does not)
_SNAKE_GLUE_FIRST = re.compile(r"\b(?:on|in|to|at|by|per)(?:_[a-z]+)+\b")
# "check_in", "drop_off_point", "sign_up_date": a verb and its particle written as one identifier
# are one word, "check-in" (spaced, "change the check in field" loses the particle to the
# sentence)
# (not after "is", "has": "is_out_of_range" is whether it is out of range)
_SNAKE_PARTICLE = re.compile(
    r"(?<=[a-z])(?<!\bis)(?<!\bhas)(?<!\bare)(?<!\bwas)_(?=(?:in|out|up|off)(?:_[a-z]+)*\b)"
)
_LETTER_SNAKE = re.compile(r"(?<![\w-])([A-Za-z])_(?=[A-Za-z])")
# "opened_on date", "backfilled bool": a name written as one identifier, then the type of the
# item; once the underscores are spaces "opened on date" would read as one name
_SNAKE_TYPED = re.compile(
    r"\b([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\s+("
    + "|".join(sorted((w for w in TYPE_WORDS if re.fullmatch(r"[a-z]+", w)), key=len, reverse=True))
    # (or before the reason that ends the ask: "an optional parking_notes text so that …")
    + r")(?=\s*(?:[,;)|\n(]|$|(?:nullable|optional|required)\b)|\s+(?:so|because)\b)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;>\n\-*#(\"']|\d[.)])\s*$")


_ASCII_TABLE: dict[int, str] = {}


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned request and what cleaning saw on the way."""

    text: str
    # folded lowercase word → the different original spellings that folded into it
    spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    # lowercase words written capitalised mid-sentence or in PascalCase (entity evidence)
    capitalised: frozenset[str] = frozenset()
    # a slip in a change's verb or place word, as typed → the word it was read as ("remov" →
    # remove, "form" → from): the reading rests on it, so the notes name it
    read_as: tuple[tuple[str, str], ...] = ()


def _ascii_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(128):
        char = chr(code)
        seen = visible(char) if (char in _CHAR_MAP or unicodedata.category(char) == "Cc") else char
        if seen != char:
            table[code] = seen
    return table


def visible(char: str) -> str:
    """What one character becomes in clean text: "" (invisible), a space, or itself."""
    if char in _INVISIBLE:
        return ""
    if char in _CHAR_MAP:
        return _CHAR_MAP[char]
    category = unicodedata.category(char)
    if category == "Cc":
        return "\n" if char in "\n\r" else " "
    if category in ("Cf", "Co", "Cn", "Cs"):
        return ""
    if category == "So" or category == "Sk":
        return " "  # emoji and pictographs separate words, they never join them
    return char


def fold_accents(text: str) -> str:
    """ "ñame" → "name": combining marks removed after NFKD; other letters are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


_GLOSSED_THINGS = re.compile(
    # (bulleted: "Track jobs - what the crew did, with …" on a line of its own is an ask)
    r"(?m)^(?P<lead>[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+))"
    r"(?P<things>[A-Za-z][a-z]*(?:[ \t][a-z]+){0,2})[ \t]+[-–—][ \t]+[^,\n–—]{2,50},[ \t]+with[ \t]"
)


def _glossed_things(m: re.Match[str]) -> str:
    last = m["things"].split()[-1].lower()
    if singular(last) == last:
        return m[0]  # "name - as on the lease, with …": a field and its gloss, not things
    return f"{m['lead']}{m['things']} with "


_SOUND_BEFORE_AND = re.compile(r"(?<=[a-z]) (?:oh|ah|um|uh|erm),? and (?=[a-z])", re.I)


_STARTED_KEEPING = re.compile(
    r"(?P<lead>^|[,.;:!?]\s*|\s)(?:we|i|(?:the|our)\s+[a-z]+(?:\s+[a-z]+)?)(?:'ve|\s+have|\s+has)?\s+"
    r"(?:now\s+|just\s+|recently\s+)?"
    r"(?:started|begun|began)\s+(?:recording|tracking|logging|keeping|capturing|noting|collecting"
    r"|measuring|taking down|writing down)\s+(?P<f>(?:the|a|an)\s+[a-z][a-z -]{0,40}?)\s+"
    r"(?:for|on)\s+(?P<x>(?:each|every)\s+[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s*[,.;!]?\s*"
    r"(?:(?:so\s+)?(?:can|could|would|will)\s+(?:you|we|u)\s+(?:please\s+)?add\s+(?:it|that|this)"
    r"(?:\s+(?:in|on|please|for us|for me|as well|too))*\s*[?.!]?)"
    # (the ask ends there: "… add it to the report?" adds it somewhere else)
    r"(?=\s*$|\s*\n|\s*(?-i:[A-Z])|\s+(?:thanks|thank you|ta|cheers|many thanks)\b)",
    re.IGNORECASE,
)


# (one line: the thing, a colon, then "we … start recording the F"; a list after a colon,
# "we want to start recording bins: number, block", is a thing made and never matches)
_TOPIC_START_KEEPING = re.compile(
    r"^(?P<t>[A-Za-z][A-Za-z -]{0,40}?)\s*:\s*(?:we|i)(?:'d|\s+would|\s+should|\s+must|\s+need to"
    r"|\s+have to|\s+want to|\s+will)?(?:\s+like to)?\s+(?:also\s+)?(?:start|begin)\s+"
    r"(?:recording|storing|tracking|logging|keeping|noting|capturing)\s+"
    r"(?P<f>(?:the|an?|their|its)\s+[^,:;.!?\n]{1,60}?)\s*[.!]?$",
    re.I,
)


# (add58) Additions said with a verb the readers do not take, each put as the plain addition
# it means. Whole lines only (a line of its own or the whole request), one or two words for the
# thing, a state of at most three words with no word that opens a clause after it ("paid by a
# manager" is no state) and none that says a change. `_ADD58_THING` never takes a pronoun
# ("it", "we", "they").
_ADD58_THING = (
    r"(?!(?:it|we|i|you|they|this|that|these|those|us|me|them|there|here|which)\b)"
    r"[A-Za-z][A-Za-z-]*(?:\s(?!(?:can|could|should|must|may|is|are|has|have|to)\b)[A-Za-z][A-Za-z-]*)?"
)
_ADD58_STATE = (
    # (never a word that says a change: "whether it is obsolete" is read as a removal)
    r"(?P<s>(?!(?:not|no|a|an|the|obsolete|unused|redundant|deprecated|outdated|gone|needed"
    r"|unneeded|unnecessary|useless|required|optional|mandatory|nullable|removed|deleted"
    r"|renamed)\b)[a-z][a-z-]*(?:\s(?!(?:and|or|by|when|if|before|after|on|in|at"
    r"|for|to|with|not|yet|from|so|because|until)\b)[a-z][a-z-]*){0,2})"
)
_ADD58_END = r"\s*[.!]?[ \t]*$"
_ADD58_KEEP = r"(?:please\s+)?(?:also\s+)?(?:track|record|note|store|log|capture|keep\s+track\s+of)"
# "Track whether an order is gift wrapped", "For orders, track whether each one is gift
# wrapped", "Orders: record whether it is gift wrapped": a yes/no value kept of the thing, as
# "add whether it is gift wrapped to Order" says (`is_gift_wrapped`; it was nothing, or the
# word "whether" as a field)
_ADD58_WHETHER = re.compile(
    rf"(?m)^(?:{_ADD58_KEEP}\s+whether\s+(?:or\s+not\s+)?(?:a|an|the|each|every)\s+"
    rf"(?P<x>{_ADD58_THING})\s+is\s+"
    rf"|for\s+(?:the\s+|all\s+|our\s+)?(?P<x2>{_ADD58_THING}),?\s+{_ADD58_KEEP}\s+whether\s+"
    r"(?:or\s+not\s+)?(?:each\s+one|each|it|they|the\s+[a-z]+)\s+(?:is|are)\s+"
    rf"|(?P<x3>{_ADD58_THING})\s*:\s*{_ADD58_KEEP}\s+whether\s+(?:or\s+not\s+)?"
    r"(?:it|each\s+one|they)\s+(?:is|are)\s+)"
    rf"{_ADD58_STATE}(?:\s+or\s+not)?{_ADD58_END}",
    re.IGNORECASE,
)


def _add58_whether(m: re.Match[str]) -> str:
    if m["x3"]:
        return f"{m['x3']}: add whether it is {m['s']}"
    return f"Add whether it is {m['s']} to {m['x'] or m['x2']}"


# "Products can be marked as discontinued", "It should be possible to mark an order as gift
# wrapped": a state a person sets on the thing is a yes/no field named for it, as "add a
# discontinued flag to Product" says (it was nothing, a link, or right but held back)
_ADD58_MARKED = re.compile(
    rf"(?m)^(?:(?P<x>(?:(?:a|an|the|each|every|any)\s+)?{_ADD58_THING})\s+(?:can|could|should"
    r"|must|may)\s+(?:also\s+)?be\s+(?:marked|flagged)\s+as\s+"
    r"|(?:it\s+should\s+be\s+possible\s+to\s+|(?:we|i)\s+(?:need|want)\s+to\s+be\s+able\s+to\s+"
    r"|(?:please\s+)?let\s+(?:us|me|staff|users)\s+)(?:mark|flag)\s+(?:a|an|the|each|any)\s+"
    rf"(?P<x2>{_ADD58_THING})\s+as\s+){_ADD58_STATE}{_ADD58_END}",
    re.IGNORECASE,
)
# "Let customers have a nickname", "let the Van entity have a fuel card": the thing let have a
# value ought to have it, as "customers should have a nickname" says (it was nothing)
_ADD58_LET_HAVE = re.compile(
    rf"(?m)^(?:please\s+)?let\s+(?P<x>(?:(?:the|each|every|all|our)\s+)?{_ADD58_THING}"
    r"(?:\s+(?:entity|table|model|records?))?)\s+(?:also\s+)?have\s+"
    rf"(?P<f>(?:a|an)\s[^,;:.!?\n]{{1,60}}?){_ADD58_END}",
    re.IGNORECASE,
)
# "Member should store a nickname", "vans must hold a fuel card": one value a thing ought to
# store is one it ought to have (additions.py reads "X should have F"; it was nothing)
_ADD58_SHOULD_STORE = re.compile(
    rf"(?m)^(?P<x>(?:(?:the|each|every|all|our)\s+)?{_ADD58_THING}"
    r"(?:\s+(?:entity|table|model|records?))?)\s+(?P<m>should|must)\s+(?P<also>also\s+)?"
    r"(?:store|hold|keep|record|capture)\s+"
    rf"(?P<f>(?:a|an)\s[^,;:.!?\n]{{1,60}}?){_ADD58_END}",
    re.IGNORECASE,
)
# "we should store the ship date of each release": our duty to keep one value of each thing
# is the ask to keep it ("store the ship date of each release"; it was nothing)
_ADD58_WE_SHOULD = re.compile(
    r"(?m)^(?:we|i)\s+(?:should|must)\s+(?:also\s+)?(?=(?:store|capture|save|note)\s+"
    r"(?:the|a|an)\s[^,;:.!?\n]{1,60}?\s(?:of|for|on)\s+(?:each|every)\s+[a-z][a-z-]*"
    r"(?:\s[a-z][a-z-]*)?\s*[.!]?[ \t]*$)",
    re.IGNORECASE,
)
# "Members can optionally have a nickname": one value a thing may have, an optional addition
# ("add an optional nickname to members"; it was a new Member, held back)
_ADD58_OPTIONALLY = re.compile(
    rf"(?m)^(?P<x>(?:(?:the|each|every|all|our|a|an)\s+)?{_ADD58_THING}"
    r"(?:\s+(?:entity|table|model|records?))?)\s+(?:can|could|may)\s+optionally\s+have\s+"
    rf"(?:a|an)\s+(?P<f>[^,;:.!?\n]{{1,60}}?){_ADD58_END}",
    re.IGNORECASE,
)
# "From now on note the arrival time on Visit", "Visit: from now on, log the arrival time": a
# value noted from now on is one more value kept, as "also record …" says (it was nothing)
_ADD58_FROM_NOW_ON = re.compile(
    r"\bfrom\s+now\s+on,?\s+(?:please\s+)?(?:note|log|jot|write)(?:\s+down)?\s+"
    r"(?=(?:the|a|an|each|every|their|its)\s)",
    re.IGNORECASE,
)


# "The Kart entity already exists; please add a tyre compound.", "We already have Kart in the
# system. Please add F": one thing said to be there, then an ask to add values with no owner,
# adds them to that thing (it was a new Kart, or values owned by nothing: asked)
_THERE_THEN_ADD = re.compile(
    r"^\s*(?:(?:the|our)\s+(?P<x>[A-Za-z][a-z]*|[A-Z][A-Za-z]+)(?:\s+(?:entity|model|table))?"
    r"\s+(?:already\s+exists|is\s+already\s+there|is\s+already\s+in\s+(?:the\s+)?(?:app"
    r"|system|database))"
    r"|(?P<x2>[A-Z][A-Za-z]+)(?:\s+(?:entity|model|table))?\s+(?:already\s+exists|is\s+already"
    r"\s+there|is\s+already\s+in\s+(?:the\s+)?(?:app|system|database))"
    r"|we\s+already\s+have\s+(?:(?:a|an|the)\s+)?(?P<x3>[A-Z][A-Za-z]+)(?:\s+(?:entity|model"
    r"|table))?(?:\s+in\s+(?:the\s+)?(?:app|system|database))?)"
    r"\s*[;,.]\s*(?:so\s+)?(?:please\s+|pls\s+|just\s+)?(?:add|include)\s+"
    r"(?P<f>(?!(?:to|on|it|them|this|that)\b)[^.;!?:\n]{1,80}?)\s*[.!]?\s*$",
    re.I,
)


# "Also we need suppliers: name, phone, email": "also" before the writer who keeps things is
# "we also need …" said in another order (it read as fields added to Supplier, accepted;
# "we also need suppliers: …" makes them)
_ALSO_WE = re.compile(
    r"(?m)(^|[.!?]\s+)also,?\s+(we|i)\s+(?=(?:need|want|keep|track|record|store|log)\b)",
    re.I,
)


def _there_then_add(m: re.Match[str]) -> str:
    thing = m["x"] or m["x2"] or m["x3"]
    if rx(r"\s(?:to|on|onto|into|for)\s|\b(?:entity|entities|model|table|with)\b").search(m["f"]):
        return m[0]  # "…; please add F to Y": the owner is said ("a Driver entity with …": a thing)
    return f"Please add {m['f']} to {thing}."


def _started_keeping(m: re.Match[str]) -> str:
    lead = ". " if m["lead"].strip() or m.start() else m["lead"]
    return f"{lead}We also want to record {m['f']} for {m['x']}. "


# Developers' shorthand for a change's verb ("rm fax from Supplier", "del entity X"): written
# so on purpose, no slip to name
_SHORTHAND_VERBS = frozenset(("rm", "del"))


# "nuber of players", "numbr of pupils": the word of a count typed with a slip, before "of"
_COUNT_OF = re.compile(r"\b[Nn][a-z]{3,6}(?= of [a-z])")


def _count_of(m: re.Match[str]) -> str:
    """ "number" for a word no dictionary knows that is one slip from it (`misspelt`): a count
    said as "number of X" is read as the count of X, as it is spelt right."""
    from baes_tui.recognition.nouns import misspelt

    word = m[0]
    if word.lower() != "number" and misspelt(word.lower()) == "number":
        return _keep_case(word, "number")
    return word


def _noted(read_as: dict[str, str], typed: str, meant: str) -> str:
    """`meant`, the word `typed` was read as; remembered in `read_as` when it is a change's
    verb or place word, since what the request does rests on that reading."""
    said, word = typed.strip().lower(), meant.strip().lower()
    if word in CHANGE_WORDS and said != word and said not in _SHORTHAND_VERBS:
        read_as.setdefault(said, word)
    return meant


def _form_from(m: re.Match[str], read_as: dict[str, str]) -> str:
    """ "from" for the "form" of `m`; before a bare word only when it names people or animals
    (a word for a field, "notes", "date", names what a form holds)."""
    from baes_tui.recognition.nouns import first_sense

    things = m["things"]
    if things is not None:
        # "remove ticket price + tickets sold form wassail events": two or three words that end
        # in a plural (the things) and end the clause; "the intake form notes" names a part
        words = things.split()
        last = words[-1]
        if (
            singular(last) == last
            or last in _FORM_PARTS
            or any(w in FIELD_HINTS for w in words)
            or rx(r"\bform\b").search(m["head"])
        ):
            return m[0]
        return m["head"] + _noted(read_as, "form", "from")
    who = m["who"]
    if who is not None and (
        who in FIELD_HINTS
        or first_sense(who) not in _OWNER_KINDS
        # "remove weight form child and height form parent": which "form" is the slip is unsure
        or rx(r"\bform\b").search(m["head"])
    ):
        return m[0]
    return m["head"] + _noted(read_as, "form", "from")


def _noted_too(read_as: dict[str, str], m: re.Match[str], out: str) -> str:
    """`out` for the slip "too" of `m`, noted as "to" when a rule mended it."""
    if out != m[0]:
        _noted(read_as, "too", "to")
    return out


def _glue_typo(m: re.Match[str]) -> str:
    """The word a typo stands for. Matching ignores case beyond ASCII ("ıts'" with a Turkish
    dotless i, "ſ", the Kelvin sign match "its'", "s", "k"), and such a spelling lowercases to
    no key: it is left as written."""
    word = m.group(0)
    meant = GLUE_TYPOS.get(word.lower())
    return word if meant is None else _keep_case(word, meant)


# "climbers header row: Name, Email", "tenants - sheet columns": where a list was pasted from
# (a header row, a sheet's columns, a paper form) names no part of the thing before it
_PASTED_FROM = re.compile(
    r"(?<=[a-z])[ \t]*(?:[-(][ \t]*)?(?:(?:from|on|in)\s+)?(?:(?:our|the|my|a)\s+)?"
    r"(?:(?:paper|excel|google|csv|spread)?\s*(?:sheet|spreadsheet|table|form)\s+)?"
    r"(?:header\s+row|headers|column\s+headings|columns|paper\s+form)[ \t]*\)?"
    r"(?=[ \t]*(?::|$))",
    re.I | re.M,
)


def _pasted_from(m: re.Match[str]) -> str:
    said = m.group(0).lower()
    if not rx(r"[-(]|header|sheet|table|paper|form").search(said):
        return m.group(0)  # "temples with name, city and columns": a field called columns
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if rx(r",|\bwith\b").search(before):
        return m.group(0)  # after a list: a field, not where the list came from
    return ""


# "…: Name, Email, Membership Number, Date Of Birth": a header row's labels in Title Case are
# the fields' names (three labels or more, one of two words or more, every word capitalised)
_TITLE_CASE_ROW = re.compile(
    r"(?<=:)[ \t]*(?P<row>[A-Z][a-z]*(?:[ \t]+[A-Z][a-z]*)*(?:[ \t]*[,|][ \t]*"
    r"[A-Z][a-z]*(?:[ \t]+[A-Z][a-z]*)*){2,})[ \t]*$",
    re.M,
)


def _header_row(m: re.Match[str]) -> str:
    labels = rx(r"[ \t]*[,|][ \t]*").split(m["row"])
    if not any(" " in label.strip() for label in labels):
        return m.group(0)  # "Entities: Student, Course, Teacher": names, no header row
    return " " + m["row"].lower()


# "when it shipped (`shipped_at`)", ", the person who signed (signed_by, optional)": a field
# described in words, then the identifier it is stored under; what follows the identifier
# inside the parentheses ("optional", "can be empty") still says something about the field
_DESCRIBED_NAME = re.compile(
    r"(?P<said>(?:(?<=[,;:(])|(?<=^)|(?<=\n)|(?<=\s—)|(?<=\band)|(?<=\bwith))[ \t]*"
    r"(?:(?:the|a|an)[ \t]+)?[A-Za-z][A-Za-z' \t-]{2,60}?"
    r"|\b(?:when|whether|who|what|how|where|which)\b[A-Za-z' \t-]{0,60}?)"
    r"[ \t]*\([ \t]*`?(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)`?[ \t]*"
    r"(?:(?P<sep>[,;]|—|-)[ \t]*(?P<rest>[^()\n]*?))?[ \t]*\)",
    re.M,
)
_NUMBER_RANGE = re.compile(r"(?<=\d)[ \t]?–[ \t]?(?=\d)")
# A run of blanks, of blank lines or of one mark says no more than a short run ("Kite,      in
# metres", "-----", "!!!!"), and a rule anchored at a line's end (`[ \t]*$`) tries every start
# in a run: time quadratic in its length (5,000 tabs took minutes). Runs are cut short first.
_LONG_BLANK_RUN = re.compile(r"[ \t]{17,}")
_LONG_MARK_RUN = re.compile(r"([^\w\s])\1{16,}")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")


def _short_runs(text: str) -> str:
    """The text with runs of blanks, blank lines and one repeated mark cut to 16 (lines: 2)."""
    text = _LONG_BLANK_RUN.sub(lambda m: m[0][:16], text)
    text = _LONG_MARK_RUN.sub(lambda m: m[1] * 16, text)
    return _BLANK_LINES.sub("\n\n", text)


# "add a nickname to Child,its optional": a comma typed without its space still ends the words
# before it (between two words only: "1,000" and "(12,2)" keep theirs)
_GLUED_COMMA = re.compile(r"(?<=[A-Za-z]{2}),(?=[a-z]{2})")
# "airflow (number)and passed": a joining word typed against the bracket before it
_GLUED_AFTER_BRACKET = re.compile(r"(?<=\))(?=(?:and|or|plus)\s)")
# "… and Delivery (date, quantity) where each delivery comes from one supplier": after a
# bracketed list, "where" and a counted thing open a clause of their own, as after a comma
_WHERE_AFTER_LIST = re.compile(r"(?<=\))[ \t]+(?=where[ \t]+(?:each|every|one|an?)[ \t])", re.I)
_WH_WORDS = frozenset("when whether who what how where which".split())
_SAID_OPTIONAL = re.compile(r"\b(?:optional|nullable|can be (?:empty|blank|null))\b", re.I)


def _described_name(m: re.Match[str]) -> str:
    """The identifier in place of the words that describe it, when the words ask a question
    about the record ("when it started") or share a word with the identifier ("the date it
    shipped" → shipped_on); anything else in parentheses is left as written."""
    said = m["said"].strip()
    words = rx(r"[a-z]+").findall(said.lower())
    parts = [p for p in m["name"].lower().split("_") if len(p) >= 3]
    shared = any(w[:4] == p[:4] for w in words if len(w) >= 3 for p in parts)
    if not words or not (words[0] in _WH_WORDS or shared):
        return m[0]
    if rx(r"[A-Z][a-z]+").fullmatch(said) and m["sep"] == ",":
        return m[0]  # "Hive (hive_code, location)": a thing written as a name, then its fields
    lead = m["said"][: len(m["said"]) - len(m["said"].lstrip())]
    rest = (m["rest"] or "").strip()
    if _SAID_OPTIONAL.search(rest):  # "(`closed_at` — empty while it is open, so optional)"
        rest = "optional"
    return f"{lead}{m['name']}" + (f" ({rest})" if rest else "")


# "customer name – who ordered it", "skeins - how many", "cone — e.g. 06 or 6", "peak
# temperature — in °C": a dash after a listed name, then a question about the record, an
# example or a unit, describes that one field, as the same words in brackets do (the name
# starts a line or follows a comma or colon; the gloss runs to the item's end)
# (a line that opens with a verb, "Track jobs - what the crew did", is an ask, no name)
_DASH_GLOSS = re.compile(
    r"(?m)(?P<name>(?:^[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?|[,:;][ \t]*)"
    rf"(?!(?i:{COMMAND_VERBS})\b)[A-Za-z][a-z']*(?:[ \t][a-z][a-z']*){{0,3}})[ \t]+[-–—][ \t]+"
    r"(?P<gloss>how (?:many|much)(?:[ \t][^,;:\n()–—]{1,40}?)?"
    r"|(?:who|what|which|e\.g\.|eg)[ \t][^,;:\n()–—]{1,40}?"
    r"|in[ \t]+[^\s,;:()–—]+(?:[ \t]+[^\s,;:()–—]+){0,2})"
    r"[ \t]*(?=[,;\n]|$)"
)


# "Kites: name, colour e.g. red, price": examples after a listed name, with no dash or
# bracket, describe that one field, as "(e.g. red)" does; its stop is no sentence's end
# (the item was split in two and "red" read as a field)
_EXAMPLE_GLOSS = re.compile(
    r"(?m)(?P<name>(?:^[ \t]*(?:[-*+][ \t]+)?|[,:;][ \t]*)[A-Za-z][a-z']*"
    r"(?:[ \t][a-z][a-z']*){0,3})"
    r"[ \t]+(?P<gloss>(?i:e\.[ \t]?g\.?|eg\.?|for example|for instance|such as)[ \t,]"
    r"[^,;:\n()–—]{1,40}?)[ \t]*(?=[,;\n]|$)"
)


# "Tool library (a shed in our street) — tools: …": a remark in brackets on the title that
# opens a request, before the dash or colon that leads to what is kept, says what or where
# the place is; it names no field ("Dogs (a name and a breed)" lists two: no "and", no comma)
_TITLE_REMARK = re.compile(
    r"^(?P<t>[A-Za-z][A-Za-z'-]*(?:[ \t][A-Za-z][A-Za-z'-]*){0,3})[ \t]*"
    r"\((?:a|an|the|our|my|in|at|on|near)[ \t](?:(?!\band\b)[^(),;\n]){2,60}\)"
    r"(?=[ \t]*(?:[:–—]|[ \t]-[ \t]))"
)
# "Project: bike hire kiosk (Utrecht)" over a blank line: a document's title, labelled as
# the project's name, is the title alone (no Project entity whose field is the name)
_TITLE_LABEL = re.compile(
    r"^[ \t]*(?:project|project name|app|app name|system)[ \t]*:[ \t]*"
    r"(?P<t>[^\n,:;]{2,60}?)[ \t]*(?=\n[ \t]*\n)",
    re.I,
)
# "Spec v2 - Rides", "Draft 3: Rides", "Rides - spec v2" over the lines below: the document's
# kind and its version beside a title are no word of the title ("… - spec" or "…
# - requirements" alone titles a document titled.py reads with the word)
_DOC_KIND = r"(?:spec(?:ification)?s?|draft|proposal|rfc|design(?:[ \t]+doc)?)"
_DOC_VERSION = r"[ \t]+(?:v(?:ersion)?\.?[ \t]*)?\d{1,3}(?:\.\d{1,3})?"
_DOC_KIND_TITLE = re.compile(
    rf"\A[ \t]*(?:{_DOC_KIND}(?:{_DOC_VERSION})?[ \t]*[-–—:][ \t]*"
    r"(?P<t>[A-Za-z][A-Za-z ]{1,40}?)"
    rf"|(?P<t2>[A-Za-z][A-Za-z ]{{1,40}}?)[ \t]+[-–—][ \t]+{_DOC_KIND}{_DOC_VERSION})"
    r"[ \t]*(?=\n\s*\S)",
    re.I,
)
_SPACED_DASH = re.compile(r"(?<=\w)[ \t]+[-–—][ \t]+(?=\w)")
# "New thing: tip runs. Each one needs …", "Next up: …", "Another one: …": a label that only
# announces the next ask names nothing; what follows it does
_NEXT_LABEL = re.compile(
    # (lu61) "ok so new thing: driver shifts. …": a filler or two said before the label, or a
    # sentence before it, leave it a label
    r"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:ok|okay|so|right|and|also|oh|alright|hey|hi)[ \t]*,?"
    r"[ \t]+){0,3}(?:new|next|another|one more)(?:[ \t]+(?:thing|one|up|item|request|job))?"
    r"[ \t]*:[ \t]*(?=[a-z])",
    re.I,
)


def _dash_glossed(line: str) -> str:
    """The line with each dash gloss in brackets; a line with another spaced dash left
    ("name - the full name; budget - what they can spend") is left as written, since the
    glosses it holds may not all be read."""
    glossed = _DASH_GLOSS.sub(_gloss_in_brackets, line)
    return line if _SPACED_DASH.search(glossed) else glossed


def _gloss_in_brackets(m: re.Match[str]) -> str:
    """ "skeins (how many)"; a remark in the writer's own voice ("Street market - what we
    need") is about the request, a title's remark, and stays as written."""
    if rx(r"\b(?:we|i|us|our|my)\b", re.I).search(m["gloss"]):
        return m[0]
    return f"{m['name']} ({m['gloss']})"


# A line of a list that names a field, then a dash and what it is in any words ("bin code -
# printed on the lid", "name - as it appears on their ID", "gum score - 0 to 4"), or the same
# with the words already in brackets
_GLOSS_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?)"
    rf"(?P<name>(?!(?i:{COMMAND_VERBS})\b)[A-Za-z][a-z']*(?:[ \t][a-z][a-z']*){{0,3}}\??)"
    r"(?:[ \t]+[-–—][ \t]+(?P<gloss>[^\n()–—,;]{1,60}?)|[ \t]+\([^()\n]{1,60}\))[ \t]*$"
)
# Glosses the field reader reads as written: what it is in words that open with "the",
# "what", "how" … (fields.py), or a type ("yes/no", "date", "integer")
_READ_GLOSS = re.compile(
    rf"(?:the|what|when|how|where|who|which|whose|whether)\b|(?:{TYPE_ALTERNATION})\s*$"
    r"|yes\s*/\s*no\b",
    re.I,
)
# "what we call it on the tag", "who we bought it from": in the writer's voice, a gloss the
# line-by-line rule leaves (it may be a title's remark), but in a run of glossed lines it is one
_SAID_BY_US = re.compile(r"(?:what|who|which|how)\b.*\b(?:we|i|us|our|my)\b", re.I)
# Words that make a gloss a requirement about the system, not what a field holds
_NOT_A_GLOSS = re.compile(
    r"\b(?:must|should|shall|will|needs? to|has to|have to)\b|\b(?:"
    + "|".join(sorted(w for w in TECH_WORDS if w.isalpha() and w != "code"))
    + r")\b",
    re.I,
)


def _glossed_runs(text: str) -> str:
    """Lines in a run of two or more, each a short name, a spaced dash and what it is ("bin
    code - printed on the lid", "phone - best number to reach them", "gum score - 0 to 4"),
    are a list of fields glossed line by line, as those whose gloss opens with "what" or
    "how many" are (_DASH_GLOSS): the words after the dash go in brackets, so the name is the
    field and the gloss stays said. A lone such line may be a title ("Kanban bins - shop
    floor"), and a gloss saying what the system must do, or naming a technology, is a
    requirement: neither is touched."""
    lines = text.split("\n")
    shapes = [_GLOSS_LINE.match(line) for line in lines]
    # how each line is marked: a bullet's sign, a number, or nothing; a run is marked alike
    marks = [m and rx(r"\d+[.)]").sub("1", m["lead"].strip()) for m in shapes]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and shapes[j] is not None and marks[j] == marks[i]:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                m = shapes[k]
                if m is None or m["gloss"] is None or _NOT_A_GLOSS.search(m["gloss"]):
                    continue
                if _READ_GLOSS.match(m["gloss"]) and not _SAID_BY_US.match(m["gloss"]):
                    continue  # "what they can spend", "yes/no": the field reader reads those
                if " and " in m["gloss"] and singular(last := m["name"].split()[-1]) != last:
                    continue  # "Members - name and phone": things, then their fields
                lines[k] = f"{m['lead']}{m['name']} ({m['gloss']})"
        i = max(j, i + 1)
    return "\n".join(lines)


_HEADER_LABEL = re.compile(
    r"(?im)(?:^|(?<=[.!?] ))(?P<lead>[^\S\n]*)(?:the\s+)?(?:csv\s+|sheet\s+|column\s+)?"
    r"(?:header\s+row|headers|headings|column\s+headings)\s*(?:(?:are|is)\s*)?:"
)


# "Fleeces: grade as a whole number": a whole request that is a thing, a colon and one field
# said "as" a type changes that field's type (a new thing is asked for with a list of fields);
# so does a dash after the thing ("Loans - item weight as integer"), and "pls" or thanks after
# the type ("Tank: water temp as decimal pls") change nothing
_ONE_FIELD_AS_TYPE = re.compile(
    r"^\s*(?P<e>[A-Za-z][a-z]+)(?::|[ \t]+[-–—])[ \t]*(?P<f>[a-z][a-z]*(?:[ \t][a-z]+){0,2}?)"
    rf"[ \t]+as[ \t]+(?:an?[ \t]+)?(?P<t>{TYPE_ALTERNATION})[ \t,]*"
    r"(?:(?:please|pls|plz|thanks|thx)[ \t]*)?[.!]?\s*$"
)


# "keep the ponies in a computer, not in the notebook": where the records are kept no longer
# is said of the old way, not of them: dropped, the wish is "keep the ponies in a computer"
_NOT_ON_PAPER = re.compile(
    r"(?:(?<=computer)|(?<=system)|(?<=app)|(?<=database)|(?<=laptop))[ \t]*,?[ \t]+"
    r"(?:not|instead of|rather than)"
    r"[ \t]+(?:on|in)[ \t]+(?:the[ \t]+|a[ \t]+|my[ \t]+|our[ \t]+)?(?:paper|notebooks?|books?"
    r"|spreadsheets?|excel|folders?|binders?|cards?|whiteboards?|diar(?:y|ies))\b",
    re.I,
)


# "for every rider - name, phone, pony": a dash after the thing each record is for sets off
# what each one has, as a colon does; read as a hyphen it glued the first field to the thing
# ("RiderName")
_FOR_EACH_DASH = re.compile(
    r"(?P<h>(?:^|(?<=[.!?:;,\n]))[ \t]*(?i:for)[ \t]+(?i:each|every)[ \t]+[A-Za-z][a-z'-]*"
    r"(?:[ \t]+[A-Za-z][a-z'-]*){0,2}?)[ \t]+(?:--?|\u2013|\u2014)[ \t]+"
    r"(?=[a-z][a-z ]{0,30}(?:,|[ \t]and[ \t]))"
)


# "For each layout I want:" / "Columns for stock deliveries:" over a line of fields said with
# commas: the line is what each one has, as when said on the heading's own line (a heading
# alone over a comma line read as fields without their thing)
_EACH_HEAD_OVER_LIST = re.compile(
    r"(?P<h>(?:^|(?<=[.!?\n]))[ \t]*"
    r"(?:(?i:for)[ \t]+(?i:each|every)[ \t]+[A-Za-z][A-Za-z' -]{0,60}?"
    r"|(?i:(?:the[ \t]+)?columns[ \t]+(?:for|of))[ \t]+[A-Za-z][A-Za-z' -]{0,60}?)[ \t]*:)"
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[A-Za-z][^\n,:]{0,40},)"
)


# "when a flight is full people ask to go on standby, so we need somewhere to keep the
# standbys": the wish after the circumstance it answers is a sentence of its own (read with
# the "when …" before it, the whole was a condition and the things kept were lost)
_WHEN_SO_WE_NEED = re.compile(
    r"(?:^|(?<=[.!?:\n])|(?<=[.!?:][ \t]))(?P<c>[ \t]*(?i:when|whenever|if|because)[ \t]"
    r"[^.!?:;\n,]{3,150}),[ \t]+so[ \t]+"
    r"(?=(?:we|i)[ \t]+(?:need|want|would like|'d like|must)\b)"
)
# "Each batch I run needs:" closing its line (bullets under it): who makes the things, said
# between them and what each one needs, is no part of the heading ("Each batch needs:")
_EACH_WE_DO_NEEDS = re.compile(
    r"(?m)^(?P<h>[ \t]*(?i:each|every)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)[ \t]+"
    r"(?i:i|we|they|you)[ \t]+[a-z]+[ \t]+(?P<v>needs|has|should have|must have|gets)[ \t]*:"
    r"(?=[ \t]*$)"
)
# "Could the computer keep track of the lost property?": the machine asked to keep things is
# where they are kept, no thing itself; asked of us, as "could we keep track of …" is
_COMPUTER_KEEPS = re.compile(
    r"\b(?P<a>(?i:can|could|would|will))[ \t]+(?i:the)[ \t]+(?:computer|system|app|database)"
    r"[ \t]+(?=(?:keep|track|store|record|log|remember)\b)"
)
# "Appointments v2 (March 2027)" over the fields: a numbered revision closing a title of a few
# words says which copy of the document it is, no part of the thing's name ("AppointmentsV2")
# nor a mark that the title names no thing
_TITLE_REVISION = re.compile(
    r"(?P<t>[ \t]*[A-Za-z][A-Za-z'&-]*(?:[ \t]+[A-Za-z][A-Za-z'&-]*){0,4}?)(?:,|[ \t]+[—–-])?"
    r"[ \t]+(?i:v|ver|version|rev|revision|draft|iteration)\.?[ \t]?\d{1,3}(?:\.\d{1,3})?"
    r"(?=[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:?[ \t]*\n)"
)


_KEPT_ON_THE_COMPUTER = re.compile(
    r"(?<![ \t])[ \t]+[-—–][ \t]+(?:on|in)[ \t]+(?:the[ \t]+|a[ \t]+|my[ \t]+|our[ \t]+)?"
    r"(?:computer|system|app|database|laptop)[ \t]*[,.!]?(?=[ \t]*\Z)",
    re.I,
)


# "something for my candle shop, candles with name, scent and price": after the place named,
# a comma and a plural with its fields say what the place keeps, as a colon would
_SETTING_THEN_THINGS = re.compile(
    r"(?P<set>\bfor[ \t]+(?:my|our|the|a)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:shop|stall|store|salon"
    r"|studio|bakery|cafe|garage|business|market[ \t]+stall))[ \t]*,[ \t]+"
    r"(?=[a-z]+s[ \t]+(?:with|w/?)[ \t])",
    re.I,
)


# A heading of three words at most, opening its line, then two exclamation marks or more and a
# comma list on the same line
_SHOUTED_LABEL = re.compile(
    r"^(?P<lead>[ \t]*)(?P<label>[A-Za-z][A-Za-z'-]*(?:[ \t][A-Za-z][A-Za-z'-]*){0,2})[ \t]*!{2,}"
    r"[ \t]+(?=[^\n!?.]*,)",
    re.M,
)


# What opens a sentence (a subject pronoun, an article, a greeting), never a list's first item
_SENTENCE_AFTER = re.compile(
    r"(?:we|i|you|they|he|she|it|there|the|a|an|our|my|this|hi|hello|hey|so|just)\b", re.I
)


def _shouted_label(m: re.Match[str]) -> str:
    """The label, when its last word may name things ("Urgent!!!" is a word of no thing)."""
    last = m["label"].split()[-1]
    if is_noun(last) is False and in_wordnet(last):
        return m[0]
    if set(m["label"].lower().split()) & PRACTICE_WORDS:
        return m[0]  # "UNIT TESTS!!! …" is about the code, never a thing kept
    if _SENTENCE_AFTER.match(m.string, m.end()):
        return m[0]  # "Horses!! we have a yard, …": a sentence follows, not the list
    return f"{m['lead']}{m['label']}: "


# Short forms written with a stop inside a phrase (closed class), before a word that goes on
# (a capital after it only for the forms that never end a sentence: "incl. VAT")
_SHORT_FORM_STOP = re.compile(
    r"\b(?:(?P<w>(?i:incl|excl|approx))\.(?=\s+[A-Za-z0-9(])"
    r"|(?P<w2>(?i:est|avg|max|min|qty|nr|dept|ref|tel))\.(?=\s+[a-z0-9(]))"
)

# "relabel phone as mobile", "the column was re-labelled": another verb for a rename, said as
# the one verb every rename reader knows (its ending kept); "a relabel date" is a field's name
_RELABEL = re.compile(
    r"(?<!\ba )(?<!\bthe )(?<!\blast )\b(?i:re-?label|retitle)(?P<end>s|l?ed|l?ing)?\b"
    r"(?!\s+(?i:date|time|count|number|reason|status|flag)\b)"
)
_RENAME_ENDING = {"": "rename", "s": "renames", "ed": "renamed", "led": "renamed"}


def _as_rename(m: re.Match[str]) -> str:
    end = m["end"] or ""
    return _RENAME_ENDING.get(end, "renaming")


_ASKED_YES_NO = re.compile(
    r"(?<=[A-Za-z])\?[ \t]*(?=\((?:y/n|yes/no|yes or no|true/false|bool|boolean|flag)\))", re.I
)


# A reply's or a forward's mark opening a message ("re: the complaint form - can it also ask
# for a phone?", "Fwd: lessons need a room"): the mail's, not a thing named "Re" (a comma
# before any stop keeps it: "RE: teacher, hours" lists a school subject's fields)
_REPLY_MARK = re.compile(
    r"\A\s*(?:(?:re|fwd?)[ \t]*:[ \t]*)+(?=[^,\n]*?(?:[-\u2013\u2014:.?!\n]|$))", re.I
)


# A chat channel's or a ticket's tag opening a message ("[studio] add …", "[BUG-12] …"): where
# it was posted, no thing ("[x]" and "[ ]" are a checklist's boxes, kept)
_CHANNEL_TAG = re.compile(r"\A\s*\[[A-Za-z#][\w .#/-]{1,30}\][ \t]*(?=\S)")


# a remark between two spaced dashes, no list of its own (no comma), with "and" or "plus"
# after it ("… - soy only - and price") or before it ("… and - this is important - the date")
_DASH_PAIR_ASIDE = re.compile(
    r"(?:(?<=[A-Za-z)])|(?<=\band)|(?<=\bplus))[ \t]+[—-][ \t]+"
    r"(?P<x>(?!(?:and|or|plus|each|every|with|which|who|actually|no|wait|scratch|sorry|oops"
    r"|forget|ignore|drop|not)\b)[A-Za-z](?:(?![ \t][—-][ \t])"
    r"[^,;:()\n—]){1,60}?)[ \t]+[—-][ \t]+(?=(?:and|plus|&)[ \t]+[A-Za-z]|[a-z])"
)


_USUALLY = r"(?:mostly|usually|typically|mainly|normally|generally|often|preferred|preferably)"
_DASHED_USUAL = re.compile(
    rf"(?<=[A-Za-z)])[ \t]+[—-][ \t]+(?P<note>(?:[A-Za-z]+[ \t]){{1,2}}{_USUALLY}"
    rf"|{_USUALLY}[ \t][A-Za-z][A-Za-z \t]{{0,30}}?)"
    r"(?=[ \t]*(?:[,;.)\n]|$|[ \t](?:and|plus)[ \t]))",
    re.I,
)


def _dash_pair_aside(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 5) : m.start()]
    after_and = bool(rx(r"\b(?:and|plus)$").search(before))
    goes_on = bool(rx(r"(?:and|plus|&)[ \t]").match(m.string, m.end()))
    words = m["x"].split()
    if not 2 <= len(words) <= 8 or not (after_and or goes_on):
        return m[0]
    if words[0].lower() in _RESTATED_OPENERS and not _ASIDE_VERB.search(m["x"].lower()):
        return m[0]  # "how heavy it is — the weight — plus …": the item said again is the item
    return f" ({m['x']}) "


_RESTATED_OPENERS = frozenset("the a an its their his her our my your so".split())
_ASIDE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|need|needs|want|wants|has|have|had|do|does|did|can|could|will"
    r"|would|should|must|asked|asks|said|says|use|uses|check|checks|like|likes)\b"
)


# (lp60) "client -> customer", "workshop night → club night": a request that is nothing but
# an old name, an arrow and a new one, in lower case, asks for that name to change, as "rename
# client -> customer" does (it was read as nothing; who owns a field's name said so is asked
# by the rename's own reading, "rename price -> cost")
_BARE_ARROW = re.compile(
    r"\A[ \t]*(?P<a>[a-z][a-z-]*(?:[ \t][a-z][a-z-]*)?)[ \t]*(?:->|→|=>)[ \t]*"
    r"(?P<b>[a-z][a-z-]*(?:[ \t][a-z][a-z-]*)?)[ \t]*[.!]?[ \t]*\Z"
)
# what after an arrow says a change of another kind: a state, a type, a link ("phone ->
# optional", "reward -> decimal", "job -> one mechanic"), or the arrow's own verb
_NOT_A_NEW_NAME = frozenset(
    """optional required nullable mandatory compulsory not one many single each belongs
    delete deleted remove removed drop dropped gone none nothing rename renamed""".split()
)


# (lp60) "quote.accepted, quote.valid_until_date -> delete": dotted names listed, then an arrow
# or a colon and the removal, on a line of their own, go as "delete a.b" alone does (the last
# name took the verb, "valid_until_date_delete", and a new thing was read)
_DOTTED = r"[A-Za-z][A-Za-z0-9]*\.[a-z][a-z0-9_]*"
_DOTTED_LIST_GOES = re.compile(
    rf"^(?P<lead>[ \t]*)(?P<list>{_DOTTED}(?:[ \t]*,[ \t]*(?:and[ \t]+)?{_DOTTED}|[ \t]+and[ \t]+"
    rf"{_DOTTED})+)[ \t]*(?:->|→|=>|:|-)[ \t]*(?i:delete|remove|drop|deleted|removed|dropped|gone)"
    r"[ \t]*[.!]?[ \t]*$",
    re.M,
)


def _bare_arrow(m: re.Match[str]) -> str:
    old, new = m["a"].split(), m["b"].split()
    if old == new or {*old, *new} & _NOT_A_NEW_NAME:
        return m[0]
    if any(w in TYPE_WORDS for w in new) or old[0] == "rename":
        return m[0]
    return f"rename {m['a']} -> {m['b']}"


# (md64) "The insurance people were asking questions so: could the vans get …": "so" closing
# the talk, a colon or a comma after it, then the ask, is the talk's "so", as ", so could …"
# reads (the talk before it was read as the owner of the ask's fields, InsurancePerson)
_SO_THEN_ASK = rx(
    r"(?<=[a-z])\s+so\s*[:,]\s+(?=(?:could|can|would|will|please|i|we)\b)", re.IGNORECASE
)


# A text is cleaned again where it is read again: a live preview then its submit, a sentence
# read alone at each read of its paragraph (Cleaned is frozen and no reader changes its parts).
@lru_cache(maxsize=256)
def clean(request: str) -> Cleaned:
    """Clean text with the same meaning; see the module docstring for every rule."""
    text = _short_runs(unicodedata.normalize("NFKC", request.replace("\r\n", "\n")))
    if " thing " in text:
        text = _NAMED_THING_GOES.sub(r"\g<n> entity", text)  # (before "thing" is cut as talk)
    if ":" in text:
        text = _PLAIN_WISH_LABEL.sub(_plain_wish_label, text)
    spellings: dict[str, set[str]] = {}
    read_as: dict[str, str] = {}
    if "–" in text:  # "(integer, 1–28)": a range of numbers, not a dash that opens a clause
        text = _NUMBER_RANGE.sub("-", text)
    if text.isascii():  # the common case: only control characters and the char map apply
        text = text.translate(_ASCII_TABLE)
    else:
        text = _POINTING_ARROW.sub(r"\g<x> → ", text)
        text = _EMOJI_BREAK.sub(". ", text)
        # a table cell that is a check mark says yes, a cross says no ("| discount | ✗ |")
        text = _CHECK_CELL.sub(" yes ", _CROSS_CELL.sub(" no ", text))
        text = "".join(visible(c) for c in text)
        for word in rx(r"[^\W\d_]+").findall(text):
            folded = fold_accents(word).lower()
            spellings.setdefault(folded, set()).add(word.lower())
        text = _short_runs(fold_accents(text))  # removed zero-width characters may join runs
    if len(text) < 80 and ("->" in text or "→" in text or "=>" in text):
        text = _BARE_ARROW.sub(_bare_arrow, text)
    if "." in text and _may_hold(text, "delete", "remove", "drop", "gone"):
        text = _DOTTED_LIST_GOES.sub(r"\g<lead>remove \g<list>", text)
    if " so" in text:
        text = _SO_THEN_ASK.sub(", so ", text)
    if ":" in text[:16]:
        text = _REPLY_MARK.sub("", text, count=1)
    if text.lstrip().startswith("["):
        text = _CHANNEL_TAG.sub("", text, count=1)
    if "class" in text and ":" in text:
        text = python_models_as_sentences(text)  # "class Van(BaseModel):" (model_code.py)
    if rx(_SYSTEM_CAPITALS).search(text):
        text = _SYSTEM_WORD_NAMED.sub(_system_word_named, text)
    if "\n" in text and text.lstrip()[:1].isupper():
        text = _heading_bullets_removed(text)
    if _may_hold(text, " it"):
        text = _LABEL_CALL_IT.sub(r"\g<x>rename \g<f> on \g<e> to ", text)
        text = _OWNS_REALLY_CALL_IT.sub(_owns_really_call_it, text)
        text = _PLACED_THEN_MAKE_IT.sub(_placed_then_make_it, text)
        text = _PLACED_THEN_IT_TYPED.sub(_placed_then_it_typed, text)
    if _may_hold(text, " field", " column", " attribute", " property"):
        text = _PREP_NAMED_FIELD.sub(r"\g<the> '\g<f>' \g<k>", text)
    if _may_hold(text, " thing"):
        text = _NO_LONGER_A_THING.sub("is no longer needed", text)
        text = _ANOTHER_THING_WANTED.sub("we also need", text)
    if _may_hold(text, " be "):
        text = _MODAL_BE_KEEPING.sub(_modal_be_keeping, text)
    if "?" in text and _may_hold(text, "can ", "could ", "would "):
        text = _ASKED_THEN_LIST.sub(r"\g<q>:", text)
    if _may_hold(text, "my ", "our "):
        text = _WANT_MY_NAMED.sub(r"\g<w> ", text)
    if _may_hold(text, " to one ", " to many ", " to a single "):
        text = _BARE_COUNTED_LINK.sub(_bare_counted_link, text)
    if _may_hold(text, "pls ", "plz ", "please "):
        text = _PLEA_LINK_BACK.sub(",", text)
    if _may_hold(text, "not be", "n't be", "n’t be"):
        text = _NEGATED_STATE.sub(_negated_state, text)
    if _may_hold(text, *_TYPE_PHRASE_CUES):
        text = _type_phrase(text)
    if _may_hold(text, "with decimals"):
        text = _NUMBER_WITH_DECIMALS.sub(r"\g<a>decimal number", text)
    if _may_hold(text, "following ", "after ", "since "):
        text = _WHEN_THEN_WE.sub(r"\g<p>,", text)
    if _may_hold(text, "sounds ", "looks ", "feels ", "seems "):
        text = _OPINION_AFTER_COMMA.sub(". ", text)
    if _may_hold(text, " of them", " of us", " of these") and not _LISTED.search(text):
        text = _HOW_MANY_AFTER_DASH.sub(". ", text)
    if _may_hold(text, " entity", " table", " model", " from "):
        text = _REMOVED_THEN_WHY.sub(r"\g<a>, \g<d>\g<p>\g<end>", text)
    if _may_hold(text, "need", "want"):
        text = _NOT_NEEDED_JUST.sub(_not_needed_just, text)
        text = _NOT_NEEDED_KEEP_JUST.sub(_not_needed_keep_just, text)
        text = _NEED_LABEL.sub(lambda m: f"{m['pre']}We need:", text)
        text = _THINGS_NEED_KEEPING.sub(lambda m: f"{m['pre']}Track {m['x']}{m['end']}", text)
    if _may_hold(text, " go ", " live ", " sit "):
        text = _CAN_THAT_GO_ON.sub(r"\g<pre> can you add that to \g<x>", text)
    if "(" in text and _may_hold(text, " fine", " do)", " it "):
        text = _SAID_THEN_NAMED.sub(lambda m: m["n"], text)
    if _may_hold(text, "need", "can go", " used"):
        text = _NAME_NOT_NEEDED.sub(_name_not_needed, text)
        text = _ENTITY_GONE_THEN_WHY.sub(r"\g<a>. ", text)
    if "." in text:
        # "price incl. VAT", "approx. weight": the stop of a short form ends no sentence
        text = _SHORT_FORM_STOP.sub(lambda m: m["w"] or m["w2"], text)
    if _may_hold(text, "label", "retitle"):
        text = _RELABEL.sub(_as_rename, text)
    if "?" in text:
        # "smoking? (yes/no), beds": a question mark before a yes/no annotation asks what it
        # annotates and ends no sentence (the list went on, its later items were lost)
        text = _ASKED_YES_NO.sub(" ", text)
        # "Inspection(hive, notes?)", "hive, notes?, date", "notes: str?": a name's or a type's
        # "?" inside a list marks the field optional, as TypeScript and Prisma write it
        text = _OPTIONAL_MARK.sub(_optional_mark, text)
        # (crt59) "is it possible to have a list of farriers we cover for? name, phone, …":
        # a question asking for a list of things, then a bare list, opens that list as ":"
        text = _ASKED_LIST_THEN_ITEMS.sub(_asked_list_then_items, text)
    if _may_hold(text, "table"):
        text = ddl_as_sentences(text)  # "ALTER TABLE t DROP COLUMN c;" as its request (ddl.py)
    if _may_hold(text, ", columns", ", fields", ", attributes"):
        text = _TABLE_FOR_THEN_COLUMNS.sub(r"\g<p> - ", text)
    if "\n" in text and _may_hold(text, "new entity", "new model", "new table"):
        text = _NEW_ENTITY_LINE.sub(r"\g<i>Entity: \g<n>", text)
    if _may_hold(text, "new entity", "new model", "new table"):
        # "Studio passes, new entity: holder, …": the thing, then that it is new, then its list
        text = _THING_NEW_ENTITY.sub(r"\g<x> entity:", text)
    if _may_hold(text, " new", "add one"):
        # "Add crates to the tracker - it's a new entity - with label, …", "we don't have
        # anything for feeds yet - add one with dog, …": a new thing said apart from its list
        text = _ADD_THEN_NEW_ASIDE.sub(r"\g<v> a new entity for \g<x> with", text)
        text = _NOTHING_FOR_ADD_ONE.sub(r"\g<said>add a new entity for \g<x> with", text)
    if _may_hold(text, "for each", "for every"):
        # "name, breed and age for every dog we board": who keeps them, said after the kind,
        # is no part of its name
        text = _EACH_WE_KEEP.sub(r"\g<each>", text)
    if _may_hold(text, "blank", "empty", "optional", "not required"):
        # (mix59) "the signup date can be blank, people sign up at the stall and …": after a
        # field said optional, a clause with its own subject and verb is why (read as a link)
        text = _OPTIONAL_THEN_WHY.sub(_optional_then_why, text)
    if _may_hold(text, " add "):
        # (mix59) "… should also have a purchase date, and could you add a serial number
        # too?": an ask to add, said inside the list, adds one more item of it
        text = _ADD_ASKED_IN_LIST.sub(_add_asked_in_list, text)
    if "[" in text:
        # "wheels [name: text, working: bool]": a list in square brackets after the thing, as
        # in round ones
        text = _SQUARE_LIST.sub(r"\g<x> (\g<l>)", text)
    if text.count("/") >= _SLASHES_IN_A_LIST:
        # "kiln shelves: label/size code/thickness (float)": slashes between the items
        text = _SLASHED_ITEMS.sub(_slash_list, text)
    if (
        "\n" in text
        and (signed := _SIGNED_NAME.search(text.rstrip())) is not None
        and not _signed_name(signed)
    ):
        text = text.rstrip()[: signed.start()]
    if " | " in text and not rx(r"(?m)^[ \t]*\|").search(text):
        text = _piped_things(text)
    if _may_hold(text, "_column", "_table"):
        text = rails_as_sentences(text)  # "rename_column :vans, :reg, :plate" (ddl.py)
    if _may_hold(text, "rails "):
        text = rails_model_as_sentence(text)  # "rails g model Van plate:string" (ddl.py)
    if "`" in text and _TS_MEMBER.search(text):
        text = _TS_MEMBER.sub(
            lambda m: (
                f"{m['n']} ({_TS_TYPE_WORDS[m['t']]}"
                + (", optional)" if m["o"] or m["null"] else ")")
            ),
            text,
        )
        text = _NAMED_INTERFACE.sub(r"\g<d> \g<n> model", text)
    if "`" in text and _PRISMA_MEMBER.search(text):
        text = _PRISMA_MEMBER.sub(
            lambda m: f"{m['n']} ({_PRISMA_TYPE_WORDS[m['t']]}{', optional' if m['o'] else ''})",
            text,
        )
        text = _MARKED_PLUS.sub(r"\g<lead>", text)
    if _may_hold(text, "keep ", "leave "):
        text = _KEPT_THEN_CHANGED.sub(r"\g<v> \g<x>", text)
        text = _KEEP_ALL_BUT.sub("", text)
    if _may_hold(text, "one per", "one each"):
        text = _PLURAL_THEN_ONE_PER.sub(_plural_then_one_per, text)
    if _may_hold(text, " per "):
        text = _ONE_PER.sub(r"each \g<y> has one \g<x>", text)
    if _may_hold(text, " not "):
        text = _TYPE_NOT_TYPE.sub(r"\g<keep>", text)
    if _may_hold(text, "on ", "for ", "in "):
        text = _ON_NAME_THEN_FIELD.sub(r"\g<on>, ", text)
    if _may_hold(text, "not null"):
        text = _MAKE_NOT_NULL.sub(r"\g<v> \g<f>required", text)
    if "," in text and _may_hold(text, " in "):
        text = _UNIT_AFTER_OWNER.sub(r"\g<own>\g<u>", text)
    if _may_hold(text, " - ", " — ", " – "):
        text = _REMARK_AFTER_DASH.sub(r"\g<own>. ", text)
    if ":" in text and _may_hold(text, "so that", "so i ", "so we ", "in order to"):
        text = _PURPOSE_BEFORE_LIST.sub(
            lambda m: f"{m['ask']}: {m['list'].rstrip()}. {m['why'][:1].upper()}{m['why'][1:]}",
            text,
        )
    if "," in text and _may_hold(text, "remove", "delete", "drop", "get rid"):
        text = _REMOVAL_THEN_DONE.sub(
            lambda m: f"{m['ask']}. {m['why'][:1].upper()}{m['why'][1:]}", text
        )
    if "(" in text:
        text = _GLOSS_BEFORE_LIST.sub("", text)
        if " or " in text:
            text = _CHOICES_IN_BRACKETS.sub(
                lambda m: "(" + rx(r",?[ \t]+or[ \t]+|,[ \t]*").sub(" or ", m["vals"]) + ")", text
            )
    if "," in text and _may_hold(text, "percent"):
        text = _COMMA_THEN_TYPE.sub("", text)
    if ":" in text and _may_hold(text, "columns", "fields", "attributes"):
        text = _COMMA_COLUMNS.sub(":", text)
    if "," in text and _may_hold(text, "add ", "remove ", "delete ", "drop ", "rename "):
        text = _NAME_COMMA_CHANGE.sub(r"\g<sp>\g<e>: ", text)
    if _may_hold(text, " though"):
        text = _FINAL_THOUGH.sub("", text)
    if _may_hold(text, "entity", "table", "model"):
        text = _PRAISED_THEN_NEED.sub(r"\g<ent>: ", text)
    if "," in text and _may_hold(text, " said ", " says ", " is ", " are ", " was ", " were "):
        text = _REMOVAL_ASIDE.sub(_removal_aside, text)
    if "{" in text or "Model)" in text:
        text = models_as_sentences(text)  # "model Van { plate String }" as its request
    if _may_hold(text, "not on", "not in", "instead of", "rather than"):
        text = _NOT_ON_PAPER.sub("", text)
        # "…, whether they work weekends - on the computer, not on paper.": where it is kept,
        # said after a dash at the end, is no part of the last field's name
        text = _KEPT_ON_THE_COMPUTER.sub("", text)
    if "," in text and _may_hold(text, "for my", "for our", "for the", "for a"):
        text = _SETTING_THEN_THINGS.sub(r"\g<set>: ", text)
    if "," in text and _may_hold(text, "for each ", "for every "):
        text = _FOR_EACH_DASH.sub(r"\g<h>: ", text)
    if ":" in text and "\n" in text and _may_hold(text, "for each ", "for every ", "columns "):
        text = _EACH_HEAD_OVER_LIST.sub(r"\g<h> ", text)
    if ", so " in text and _may_hold(text, "when", "if ", "whenever", "because"):
        text = _WHEN_SO_WE_NEED.sub(r"\g<c>. So ", text)
    if ":" in text and _may_hold(text, "each ", "every "):
        text = _EACH_WE_DO_NEEDS.sub(r"\g<h> \g<v>:", text)
    if _may_hold(text, "the computer", "the system", "the app", "the database"):
        text = _COMPUTER_KEEPS.sub(r"\g<a> we ", text)
    if "\n" in text and (title := _TITLE_REVISION.match(text)):
        text = title["t"] + text[title.end() :]
    if " as " in text and (one := _ONE_FIELD_AS_TYPE.match(text)):
        text = f"{one['e']}: change {one['f']} to {one['t']}"
    if "," in text:
        text = _GLUED_COMMA.sub(", ", text)
    if ")" in text:
        text = _GLUED_AFTER_BRACKET.sub(" ", text)
        text = _WHERE_AFTER_LIST.sub(", ", text)
    if "_" in text and "(" in text:
        # "when it shipped (`shipped_at`)": the identifier is the field's name, the words
        # before it only describe it
        text = _DESCRIBED_NAME.sub(_described_name, text)
    if "s' " in text and not _QUOTE_OPENS.search(text):
        # "our members' details": the details of a plural are its fields, as "member details"
        # say (not where a quote opens: "'guest names' to …" closes a quoted name)
        text = _PLURAL_POSSESSIVE.sub(r"\1", text)
    if _may_hold(text, "started ", "begun ", "began "):
        # "we started recording F for every X, can you add it?": a value now kept, then the ask
        # to add it, is F added to X (the time it started is why; without the ask, a story)
        text = _STARTED_KEEPING.sub(_started_keeping, text)
    if _may_hold(text, "also we", "also i", "also, "):
        text = _ALSO_WE.sub(r"\1\2 also ", text)
    if _may_hold(text, "already"):
        text = _THERE_THEN_ADD.sub(_there_then_add, text)
    if ":" in text and _may_hold(text, "start ", "begin "):
        # "Pianos: we should start recording the case finish": the thing said first, then a
        # value to start keeping on it, is that value added ("Pianos: please also record …")
        text = _TOPIC_START_KEEPING.sub(r"\g<t>: please also record \g<f>", text)
    if _may_hold(text, "whether"):
        text = _ADD58_WHETHER.sub(_add58_whether, text)
    if _may_hold(text, " as "):
        text = _ADD58_MARKED.sub(lambda m: f"Add a {m['s']} flag to {m['x'] or m['x2']}", text)
    if _may_hold(text, "let "):
        text = _ADD58_LET_HAVE.sub(r"\g<x> should have \g<f>", text)
    if _may_hold(text, "should ", "must "):
        text = _ADD58_SHOULD_STORE.sub(r"\g<x> \g<m> \g<also>have \g<f>", text)
    if _may_hold(text, "now on"):
        text = _ADD58_FROM_NOW_ON.sub("also record ", text)
    if _may_hold(text, "we should ", "we must ", "i should ", "i must "):
        text = _ADD58_WE_SHOULD.sub("", text)
    if _may_hold(text, "optionally have"):
        text = _ADD58_OPTIONALLY.sub(r"Add an optional \g<f> to \g<x>", text)
    if _may_hold(text, "bear with"):
        # "…, so bear with me: they want …": the plea ends its sentence, the ask follows
        text = _BEAR_WITH.sub(r"\1. ", text)
    if " -- " in text:  # "Regatta -- name, date": a dash typed as two hyphens is the dash
        # (after a closing parenthesis too: "Kiosks (name, floor) -- nothing linked yet")
        text = rx(r"(?<=[\w)]) -- (?=\w)").sub(" — ", text)
    if " — " in text or " - " in text:
        # "wax weight - soy only - and price", "to Act — the riggers need this — and a cue": a
        # remark set off by two dashes before the list goes on is an aside, as in brackets
        text = _DASH_PAIR_ASIDE.sub(_dash_pair_aside, text)
        # "rock type - granite mostly": the values an item mostly takes, after one dash, are
        # an aside on it (never a longer name, never one more field)
        text = _DASHED_USUAL.sub(lambda m: f" ({m['note']})", text)
    if (("\n" in text and " - " in text) or " — " in text) and len(
        _DASH_TYPED_LINE.findall(text)
    ) >= 2:
        # "hours - integer" line under line: a name, a dash, then its type, as "hours: integer"
        text = _DASH_TYPED_LINE.sub(r"\g<name>: \g<type>", text)
    if "(" in text and (remark := _TITLE_REMARK.match(text)):
        text = remark["t"] + text[remark.end() :]
    if ":" in text and _may_hold(text, "new", "next", "another", "one more"):
        text = _NEXT_LABEL.sub("", text)
    if "\n" in text and (doc := _DOC_KIND_TITLE.match(text)):
        text = (doc["t"] or doc["t2"]) + text[doc.end() :]
    if ":" in text and (label := _TITLE_LABEL.match(text)):
        text = label["t"] + text[label.end() :]
    if ("-" in text or "–" in text or "—" in text) and _DASH_GLOSS.search(text):
        text = "\n".join(_dash_glossed(line) for line in text.split("\n"))
    if _may_hold(text, "e.g", "eg ", "eg.", "for example", "for instance", "such as"):
        text = _EXAMPLE_GLOSS.sub(r"\g<name> (\g<gloss>)", text)
    if "\n" in text and (" - " in text or " – " in text or " — " in text):
        text = _glossed_runs(text)
    if "!!" in text:
        # "Kayak rentals!!! paddle size, deposit": a short heading shouted before a list on
        # its line labels the list, as a colon does
        text = _SHOUTED_LABEL.sub(_shouted_label, text)
    if _may_hold(text, "header", "heading"):
        # "Header row:" over a pasted CSV line, "Column headers: …": a sheet's header row
        # heads its fields, as "Columns:" does (never a thing called HeaderRow)
        text = _HEADER_LABEL.sub(r"\g<lead>Columns:", text)
    if text.count("\n") >= 3 and (listed := _lines_as_list(text)) is not None:
        text = listed
    # A rare rule's pattern is tried only where its words are (_may_hold): on most requests
    # the check costs a fraction of the pattern.
    if ", with " in text and (" - " in text or " – " in text or " — " in text):
        # "- Horses - animals in the yard, with name and age": what the things are, said after
        # a dash, is no thing of its own; the list after "with" is theirs
        text = _GLOSSED_THINGS.sub(_glossed_things, text)
    if _may_hold(text, " oh", " ah", " um", " uh", " erm"):
        # "… and the start date oh and whether it has a shed": a sound said mid-list, before
        # the "and" of one more item, is no part of the item before it
        text = _SOUND_BEFORE_AND.sub(" and ", text)
    if _may_hold(text, "e mail", "e-mail"):
        text = _E_MAIL.sub(lambda m: m[1] + m[2].lower(), text)  # "e mail", "E-mail": one word
    if _may_hold(text, "sorry", "wait", "oops") and _may_hold(text, " not ", "i mean"):
        text = _said_instead(text)
    if _may_hold(text, " - ", " \u2013 ", " \u2014 ", " -- ") and _may_hold(text, "each", "every"):
        text = _DASH_THEN_LINK.sub(_dash_then_link, text)
    if _may_hold(text, "(not ", "(but not "):
        text = _NOT_THE_REMARK.sub("", text)
    if ";" in text and _may_hold(text, " - ", " \u2013 ", " \u2014 ", " -- "):
        text = _things_dashed(text)
    if _may_hold(text, "for each", "for every") and ":" in text:
        text = _EACH_SAID_AGAIN.sub(_each_said_again, text)
    if _may_hold(text, "no wait", "wait no", "scratch that"):
        text = _restarted(text)
    if _may_hold(text, "header", "column", "form"):
        text = _PASTED_FROM.sub(_pasted_from, text)  # "climbers header row: …": not the name
    if ":" in text:
        text = _TITLE_CASE_ROW.sub(_header_row, text)
    if _may_hold(text, " not ", " instead of ", " rather than "):
        # "Hive: name, weight float not text": a listed name, its type and the one it is not,
        # is the name with its type (it read a field weight_float_not_text)
        text = _LISTED_TYPE_NOT.sub(_listed_type_not, text)
    if _may_hold(text, " entity and ", " table and ", " model and "):
        # "remove the Sponsor entity and the fax field on Event": the entity's removal is
        # said apart from the field's (the entity was lost), as two sentences say them
        text = _ENTITY_AND_FIELD_REMOVED.sub(r"\g<v> \g<e>. \g<v> ", text)
    if _may_hold(text, ", for every ", ", for each "):
        # "We log deliveries, for every delivery we record the driver, the van …": what is kept
        # for each one, said after a comma, is a sentence of its own (the first item was lost)
        text = _FOR_EACH_AFTER_COMMA.sub(_for_each_after_comma, text)
    if _may_hold(text, " from these ", " from the ", " using the ", " using these "):
        # "Make a Members table from these columns - Name, Email, …" read no fields: the
        # columns it is made from are its fields, as "with these columns:" says
        text = _FROM_THE_COLUMNS.sub(" with the following fields: ", text)
    if ";" in text and ":" in text:
        # "kayak: hull id, colour; paddler: name, level": a thing and its list after another
        # thing's list starts a sentence of its own (its name was read as the first's field)
        text = _NEXT_THING_LISTED.sub(_next_thing_listed, text)
    if "\n" in text and ":" in text:
        # "Create the following:" over bullets of things with their fields heads them as
        # "Entities:" does (it read a thing called Following, with the bullets as its fields)
        text = _CREATE_THE_FOLLOWING.sub("Entities:", text)
    if " to be " in text and "." in text:
        # "I want Hive.active to be yes/no": a wish for a dotted field is what it should be
        text = _WANT_DOTTED_TO_BE.sub(r"\g<f> should be ", text)
    if "." in text and ("-" in text or "\u2014" in text or "\u2013" in text):
        # "job.travel_time - remove": a dotted field, a dash, then the change said last reads
        # as the heading form "Job: travel time - remove" does (the dot kept only the first
        # word of the field when the dash followed)
        text = _DOTTED_DASH_CHANGE.sub(r"\g<e>: \g<f>", text)
    if " — " in text or " to be " in text:
        text = _terse_change_line(text)
    if ":" in text and "\n" not in text:
        text = _head_then_change(text)
    if " be " in text:
        text = _PASCAL_OWNER_FIELD.sub(r"\g<o>: \g<f> ", text)
    if " - " in text and "\n" not in text:
        text = _HYPHEN_FIELD_STATE.sub(r"\g<e>: \g<f> \g<s>\g<end>", text)
    if ("-" in text or "—" in text or "–" in text) and "\n" not in text:
        # "Lesson needs a capacity - whole number, required": a dash before the one field's
        # type (and whether it is required) at the end is its note, as "(whole number, …)" is
        text = _NOTE_AFTER_DASH.sub(_note_after_dash, text)
    if "." in text or "?" in text or "!" in text:
        # "Can we store the coat length for dogs? whole number in mm": a last sentence that is
        # only a type says the field's type, as "It is a whole number" does (never a field)
        text = _TYPE_SENTENCE.sub(_type_sentence, text)
    if _may_hold(text, " - ", " — ", " – ", "; ", "(") and _may_hold(
        text, " is ", " should ", " must "
    ):
        text = _SAID_OF_LISTED.sub(_said_of_listed, text)
        if "(" in text:
            text = _SAID_OF_LISTED_BRACKETED.sub(_said_of_listed, text)
    if _may_hold(text, "um", "uh", "erm"):
        text = _HESITATION.sub("", text)  # "and um the total fee": a sound, not a word
    if _may_hold(text, "you know"):
        text = _YOU_KNOW.sub(" ", text)  # "each crossing you know the departure date": talk
    if _may_hold(text, " back"):
        # "add it back pls", "can you put the fax back?": a field brought back is added
        text = _PUT_BACK.sub(r"\g<v>", text)
    if ",,," in text:
        # "… and gift aid flag,,, our treasurer is going spare lol": a run of three commas or
        # more, typed as a pause, ends what was said as a full stop does (two may be a slip
        # inside a list: "name,, phone")
        text = _COMMA_RUN.sub(". ", text)
    if _may_hold(text, "row", "line", "entry", "card", "form", "sheet", "record"):
        text = _RECORD_HOLDS.sub(lambda m: f"{m['q'] or 'each'} one", text)
    if _may_hold(text, "like"):
        text = _LIKE_THEIR.sub(r"\g<kept>: ", text)
    if _may_hold(text, "it", "all"):
        text = _THATS_IT.sub(".", text)  # "… and quality score thats it": the list is done
    if _may_hold(text, "things"):
        text = _COUNT_ANNOUNCED.sub(r"\g<lead>: ", text)
    if _may_hold(text, "thinking"):
        text = _THINKING_LIST.sub(lambda m: f"{m['lead'] or ''}Fields: ", text)
    if _may_hold(text, "really:", "basically:", "honestly:", "i think:", "i guess:"):
        text = _HEDGE_BEFORE_COLON.sub(":", text)
    if _may_hold(text, "against each", "against every"):
        text = _AGAINST_EACH.sub("for ", text)
    if _may_hold(text, " called '", ' called "', " named '", ' named "'):
        text = _SO_IT_IS_CALLED.sub(r"\g<lead> to ", text)
    if _may_hold(text, "thing"):
        text = _THING_CALLED.sub(r"\g<d> \g<n>entity \g<c>", text)
        text = _THING_MADE.sub(r"\g<lead>app", text)
    if _may_hold(text, " of "):
        text = _EACH_OF_THE.sub("each ", text)
    if _may_hold(text, " like "):
        text = _LIKE_FILLER.sub(r"\g<v> ", text)
    if _may_hold(text, "? like"):
        text = _LIKE_GOES_ON.sub(" ", _LIKE_CHOICES.sub(r"\g<q>? (like \g<vals>)\g<end>", text))
    if _may_hold(text, "how "):
        text = _HOW_DO_I_THAT.sub(". ", text)
    if _may_hold(text, "guess", "think", "suppose", "believe", "maybe", "perhaps", "probably",
                 "somehow", "something", "right"):  # fmt: skip
        text = _HEDGE_TAIL.sub("", text)
        text = _HEDGE_AFTER_SO.sub(r"\g<so> ", text)
    if _may_hold(text, "to be"):
        text = _NEED_NOT_BE_REQUIRED.sub("is not ", text)
    if _may_hold(text, "remember"):
        text = _NEED_TO_REMEMBER.sub(r"\g<w> record ", text)
    if _may_hold(text, "to know", "to have"):
        text = _ALSO_NEED_TO_KNOW.sub(_also_need_to_know, text)
    if _may_hold(text, " be ") and _may_hold(text, "each ", "every "):
        text = _STORED_ON_EACH.sub(_stored_on_each, text)
    if "," in text and _may_hold(text, " them"):
        text = _LIST_ON_THEM.sub(r"\g<list>", text)
    if _may_hold(text, "now too", "now as well"):
        text = _NOW_TOO_END.sub(r"\g<t>", text)
    if _may_hold(text, "we ", "i ", "we'", "i'"):
        if _may_hold(text, "also like", "also want", "also now", "also need"):
            text = _ALSO_LIKE_TO.sub(
                lambda m: f"{m['w']} also {'need' if 'need' in m[0].lower() else 'want'} to ", text
            )
        if _may_hold(text, " now"):
            text = _TOO_NOW_END.sub(r"\g<t>", text)
        text = _WE_NOW_RECORD.sub(_we_now_record, text)
    if _may_hold(text, " us ", " me ", "send", "provide", "supply", "submit", "hand in"):
        text = _GIVE_US_THEIR.sub(_give_us_their, text)
    if _may_hold(text, "renam"):
        text = _RENAMED_IN.sub(r"\g<v> \g<x> to ", text)
    if _may_hold(text, "name it"):
        text = _NAME_IT.sub(r"\g<p>call it", text)
    if _may_hold(text, "right now"):
        text = _RIGHT_NOW_IT.sub(", currently ", text)
    if _may_hold(text, " thing"):
        text = _NAMED_THING.sub(r"\g<det> \g<words>", text)
    if _may_hold(text, " but "):
        text = _BUT_OPTIONAL.sub(", ", text)
        if _may_hold(text, "keep"):
            text = _KEPT_BUT_GONE.sub(_gone_then_kept, text)
    if _may_hold(text, "yeah", "yep", "yup"):
        text = _SO_YEAH.sub(".", text)
    if _may_hold(text, "entity", "table", "model") and _may_hold(text, "to "):
        text = _TO_NAME_ENTITY_NOTE.sub(_to_name_entity_note, text)
    if _may_hold(text, "entity", "table", "model") and _may_hold(text, "->", "=>"):
        text = _ARROW_ENTITY_MEANT.sub(_to_name_entity_note, text)
    if _may_hold(text, "renam"):
        text = _RENAME_LABEL_NAMES.sub(_rename_label_names, text)
    if _may_hold(text, "sorry", "i mean", "or rather"):
        text = _PHRASE_SAID_AGAIN.sub(_phrase_said_again, text)
        text = _CORRECTION.sub(_self_corrected, text)
    if _may_hold(text, "i meant"):
        text = _meant(text)
    if _may_hold(text, "wait", "scratch that", "forget that", "ignore that"):
        text = _TAKE_BACK_SENTENCE.sub("", text)
    if _may_hold(text, "leave it", "keep it", "leave that", "keep that", "leave the type",
                 "keep the type", "leave its type", "keep its type"):  # fmt: skip
        text = _LEFT_AS_IT_WAS.sub(_left_as_it_was, text)
    if _may_hold(text, "actually", "on second thought", "wait"):
        text = _retracted(text)
    if "[" in text or "(" in text or ":" in text:
        text = PRIORITY_LABEL.sub(r"\g<pre>", text)  # "[MUST] …": a label, as a key is
    text = TICKET_KEY.sub(lambda m: m["heading"] or "", text)  # an identifier, not words
    if _REQUIREMENT_ID.search(text):
        text = _REQUIREMENT_ID.sub(r"\g<pre>", text)  # "FR1 Loft: …": the number is a label
    if "-" in text and ("(" in text or "[" in text):
        text = _KEY_IN_BRACKETS.sub("", text)
    text = COMMIT_TYPE.sub(lambda m: m["heading"] or "", text)  # a label, as a key is
    text = _PR_LABEL.sub(_pr_body, text)
    text = orm_links(text)  # "Team has_many :players": a pasted link, said in words
    if "@" in text:
        text = _MENTION.sub("", text)
    if "`" in text:
        text = _CODE_MARK.sub(r"\1", text)
    if "mv" in text or "del" in text:
        text = _SHELL_VERB.sub(lambda m: _SHELL_VERBS[m["v"]], text)
    text = _SIGN_OFF.sub(" thanks", text)
    if _may_hold(text, "rid"):
        text = _RID_OFF.sub(r"\1 of", text)
    text = _SHORT_AND.sub(" and", _COULD.sub("could", text))
    if _may_hold(text, " that "):
        text = _WANT_THAT_SYSTEM.sub("", text)
    if "(" in text and _may_hold(text, "needs "):
        text = _BRACKET_GROUP.sub(_needs_items, text)
    text = _GROUP_FIRST.sub(lambda m: f"{m['e']}: {m['f'].strip()}", text)
    if ":" in text:
        text = _SECTION_LEAD.sub(_section_lead, text)
    if _may_hold(text, "each one", "every one", "each of them", "every of them"):
        text = _EACH_ONE_KEPT.sub(_each_one_kept, text)
        text = _TOPIC_EACH_ONE.sub(_topic_each_one, text)
        if _may_hold(text, "about", "regarding", "re ", "as for", "as regards"):
            text = _about_things_each_one(text)
    if _may_hold(text, " are ", " have been ") and _may_hold(
        text, " they ", " but ", "each one", "every one", "each of them"
    ):
        text = _about_things_each_one(text)
    if "," in text and _may_hold(text, "from ", "according", "per ", "under ", "as "):
        text = _SOURCE_LEAD.sub(lambda m: f"{m['lead']}. ", text)
    if _may_hold(text, "to the ", "from the ", "to our ", "from our "):
        text = _FRONTED_PLACE.sub(_fronted_place, text)
    if "\n" not in text.strip():
        text = _NAME_THEN_VERB.sub(_name_then_verb, text)
    if ":" in text and _may_hold(text, "add", "remove", "drop", "delete"):
        text = _LABELLED_CHANGE.sub(lambda m: f"{m['x']}: {m['v'].lower()} ", text)
    if ":" in text:
        text = _REMOVAL_LABEL.sub(lambda m: f"{m['v']} ", text)
    if _may_hold(text, "name"):
        text = _FIELD_NAME_CHANGE.sub(lambda m: f"rename the {m['k'].lower()} ", text)
    if "->" in text or "=>" in text or "→" in text:
        text = _PLACED_FIELD_ARROW.sub(_placed_field_arrow, text)
        text = _FIELD_ARROW_PLACED.sub(_placed_field_arrow, text)
    if "(" in text:
        text = _REMOVED_BRACKET_OWNER.sub(lambda m: f"{m['v']}{m['f']} from {m['e']}", text)
    if _may_hold(
        text, "hi ", "hey ", "hello ", "yeah ", "yes ", "ok ", "okay ", "morning ", "dear "
    ):
        text = _GREETED_NAME.sub(r"\g<g>", text)
    if text[:1].isspace() or text[:1].isupper():
        text = _ADDRESSED_NAME.sub(_addressed_name, text, count=1)
    if _may_hold(text, "need for ", "want for ", "like for "):
        text = _NEED_FOR_PLACE_COLON.sub(r"\g<v>:", text)
    if _may_hold(text, " by one ", " by a ", " by an ", " by exactly ", " by just ", " by only "):
        text = _EACH_DONE_BY_ONE.sub(r"\g<q> \g<x> is \g<v> by ", text)
    if _may_hold(text, "so:", "so :"):
        text = _COMMA_SO_COLON.sub(". ", text)
    if _may_hold(text, "for the ", "for our ", "for my "):
        text = _FOR_TOPIC_THEN_ASK.sub(r"\g<t>, ", text, count=1)
    if _may_hold(text, " in the ", " in our "):
        text = _NEED_IN_THE_SYSTEM.sub(r"\g<v> ", text)
    if _may_hold(text, "rid of it", "rid of that", "rid of this", "remove it", "remove that",
                 "delete it", "drop it", "drop that", "bin it", "ditch it",
                 "scrap it"):  # fmt: skip
        text = _PLACED_THEN_RID_OF_IT.sub(_placed_then_rid_of_it, text)
    if ("'" in text or '"' in text) and _may_hold(text, " it"):
        text = _QUOTED_PLACED_THEN_IT_GOES.sub(_quoted_placed_then_it_goes, text)
        text = _QUOTED_PLACED_THEN_CALL_IT.sub(_quoted_placed_then_call_it, text)
    if _may_hold(text, " - ", " – ", " — "):
        text = _STATE_THEN_DASH_WHY.sub(r"\g<ask>. ", text)
        text = _RENAMED_THEN_DASH_WHY.sub(r"\g<ask>. ", text)
        text = _REMOVAL_THEN_DASH_WHY.sub(r"\g<ask>. ", text)
        if _may_hold(text, " it "):
            text = _FIELD_DASH_VERB_IT.sub(_field_dash_verb_it, text)
    if _may_hold(text, "cos ", "coz ", "cuz ", "cus "):
        text = _COS.sub("because", text)
    if _may_hold(text, " b "):
        text = _B_FOR_BE.sub("be", text)
    if _may_hold(text, "fields from", "columns from", "attributes from"):
        text = _REMOVE_FIELDS_FROM_LIST.sub(
            lambda m: f"{m['v']} {m['l']} from {m['e']}{m['end']}", text
        )
    if "'" in text or '"' in text:
        text = _QUOTED_CALLED.sub(r"\g<a>\g<f>\g<b>\g<g>", text)
    if _may_hold(text, "field we", "field you", "field i ", "field they"):
        text = _FIELD_WE_CALLED_ON.sub(r"\g<t> \g<f> field ", text)
    if _may_hold(text, "lets "):
        text = _LETS.sub(r"\g<l>et's", text)
    if _may_hold(text, "lose ", "nix ", "axe ", "ditch "):
        text = _LOSE_ORDER.sub("remove ", text)
        text = _LOSE_AFTER_LABEL.sub(r"\g<l>remove ", text)
        text = _LOSE_AFTER_PLURAL_LABEL.sub(r"\g<l>remove ", text)
    if "'" in text or '"' in text:
        text = _SLANG_BEFORE_QUOTED.sub(r"\g<l>remove ", text)
    if _may_hold(text, "strike "):
        text = _STRIKE_FROM.sub(r"remove \g<x> from ", text)
    if _may_hold(text, "no "):
        text = _NO_FIELD_ON_PLEA.sub(_no_field_on_plea, text)
    if _may_hold(text, " need"):
        text = _LABEL_THEN_NEED_DENIED.sub(r"\g<l> we ", text)
    if _may_hold(text, " on "):
        text = _PLACED_THEN_TYPE.sub(r"\g<p>make \g<f> on \g<e> \g<t>", text)
        text = _PLACED_IS_TYPE.sub(r"\g<p>make \g<f> \g<t>", text)
    if ":" in text:
        text = _NAME_FIELD_THEN_STATE.sub(r"\g<p>make \g<f> on \g<e> \g<t>", text)
    if _may_hold(text, "real ", "proper ", "actual "):
        text = _REAL_TYPE.sub(r"\g<b>", text)
    if _may_hold(text, " not "):
        text = _IS_TYPE_NOT_TYPE.sub(r"\g<s> should be \g<t>\g<n>", text)
    if _may_hold(text, " as "):
        text = _STORE_PLACED_AS.sub(r"\g<p>make \g<x> \g<t>\g<e>", text)
    if _may_hold(text, "hang "):
        text = _HANG_OFF.sub(r"\g<p>each \g<a> belongs to one \g<b>\g<e>", text)
    if _may_hold(text, " with "):
        text = _GOES_WITH_ONE.sub(lambda m: " has " if m["v"].lower() == "goes" else " have ", text)
    if _may_hold(text, "confusing", "unclear", "misleading"):
        text = _FIND_CONFUSING.sub(_find_confusing, text)
    if _may_hold(text, " that ", " it ", " this ") and "?" in text:
        text = _NOTED_THEN_ON.sub(r"add the \g<f> to the \g<e> entity.", text)
    if _may_hold(text, " really"):
        text = _TYPE_REALLY.sub(r"\g<k>", text)
    if _may_hold(text, "name of"):
        text = _SWAP_NAME_OF.sub("rename ", text)
    if _may_hold(text, "renaming"):
        text = _WANTS_RENAMING.sub(" should be renamed to ", text)
    if _may_hold(text, "renamed"):
        text = _RENAMED_NAME.sub(r" \g<v> to ", text)
    if _may_hold(text, "instead"):
        text = _CALL_NAME_NAME.sub(r"\g<p>the \g<a> entity \g<b>\g<t>", text)
    if _may_hold(text, "strip"):
        text = _STRIP_OUT.sub("remove ", text)
        text = _STRIP_FROM.sub(r"remove \g<x> from ", text)
    if _may_hold(text, "kill off"):
        text = _KILL_OFF.sub("remove ", text)
    if "_" in text and _may_hold(text, "bin ", "ditch ", "axe ", "nix ", "nuke ", "scrap ",
                                 "kill "):  # fmt: skip
        text = _SLANG_BEFORE_IDENTIFIER.sub("remove ", text)
    if _may_hold(text, " it", " them", " that"):
        text = _SLANG_IT.sub("remove ", text)
    if _may_hold(text, " need it", " need that", " need this", " need them", " need those",
                 " use it", " use that", " use them", " want it", " want that"):  # fmt: skip
        text = _REMOVE_THEN_NOT_NEEDED.sub(r"\g<p>remove \g<f> from \g<e>\g<t>", text)
    if _may_hold(text, "pence", "cents", "pennies"):
        text = _IN_PENCE.sub(_in_pence, text)
    if _may_hold(text, "rename"):
        text = _RENAME_OWNER_FIRST.sub(_rename_owner_first, text)
        text = _FIELD_THEN_RENAME.sub(lambda m: f"{m['x']}rename {m['f']} ", text)
    if _may_hold(text, "any more", "anymore", "any longer"):
        text = _STATE_ANY_MORE.sub(r"\g<k> ", text)
    if _may_hold(text, "really"):
        text = _REALLY_RENAME_IT.sub(_really_rename_it, text)
    if _may_hold(text, "rename"):
        text = _ENTITY_REALLY_RENAME.sub(_entity_really_rename, text)
    if _may_hold(text, "no longer need", "no longer has", "no longer have"):
        text = _NO_LONGER_NEEDS_TO_BE.sub("doesn't need to be ", text)
    if _may_hold(text, " need it", " need that", " need this", " need them", " needed"):
        text = _PLACED_THEN_NOT_NEEDED.sub(
            lambda m: f"{m['x']}remove the {m['f']} from {m['e']}", text
        )
    if _may_hold(text, "not more"):
        text = _NOT_MORE_NEEDED.sub(r"\g<v> no longer \g<w>", text)
    if _may_hold(text, ", so "):
        text = _OVER_THEN_SO.sub(r"\g<why>. So ", text)
    if _may_hold(text, "no more"):
        text = _NO_MORE_AFTER_NOT.sub(r"\g<neg>any more", text)
    if _may_hold(text, "stopped"):
        text = _STOPPED_KEEPING.sub(_stopped_keeping, text)
    if _may_hold(text, "->", "=>", "\u2192"):
        text = _OWNER_FIELD_ARROW.sub(_owner_field_arrow, text)
    if "." in text:
        text = _DOTTED_WAS_TYPE.sub(r"\g<f> \g<v> be ", text)
    if ":" in text and _may_hold(text, "optional", "required", "mandatory", "compulsory",
                                 "nullable"):  # fmt: skip
        text = _states_line(text)
    if ":" in text and (one := _ONE_FIELD_DASH_STATE.match(text)):
        text = f"{one['e']}: make {one['f']} {one['s']}"
    if _may_hold(text, "obligatory"):
        text = _IS_OBLIGATORY.sub(r"\g<v>compulsory", text)
    if "->" in text or "=>" in text:
        text = _MARKED_ARROW.sub(lambda m: f"{m['x']}rename entity: {m['a']} -> {m['b']}", text)
        text = _CHAT_MARKED_ARROW.sub(
            lambda m: f"{m['x']}rename entity: {m['a'] or m['a2']} -> {m['b']}", text
        )
    if _may_hold(text, "new", "more", "extra", "additional", "another"):
        text = _NEW_FIELDS_LINE.sub(_new_fields_line, text)
    if ":" in text:
        text = _OCCASION_COLON.sub(r"\g<lead>, ", text)
        text = _HAPPENED_COLON.sub(_happened_colon, text)
    if _may_hold(text, "nobody", "no one", "no-one", "anyone", "never", "don't", "dont",
                 "do not", "no longer"):  # fmt: skip
        text = _FIELD_NOBODY.sub(r"\g<k> that ", text)
    if _may_hold(text, " to one ", " to a single ", " to exactly one "):
        text = _MANY_TO_ONE_BARE.sub(r"\g<lead> belong to \g<one> ", text)
    if _may_hold(text, " table"):
        text = _ONE_WORD_TABLE.sub(r"\g<lead>\g<x>-table", text)
    if _may_hold(text, "saved", "kept", "stored", "backed", "uploaded", "filed", "archived"):
        text = _KEPT_IN_TOOL.sub(_kept_in_tool, text)
    if _may_hold(text, " each ", " every ", " all ", " on ", " for ", " against ", " with "):
        text = _WANT_KEPT_ON_EACH.sub(_want_kept_on, text)
        text = _OTHERS_WANT_ON_EACH.sub(r"\g<lead>we want ", text)
    if _may_hold(text, " like ", " want ", " need ", "'d like") and _may_hold(text, " to "):
        text = _WISH_NAMED_TO_SHOW.sub(_wish_named_to_show, text)
    if _may_hold(text, "n't ", " not ", "cannot "):
        text = _NOT_THIS_TYPE_BUT.sub("should be ", text)
    if _may_hold(text, "each one", "every one"):
        text = _DASH_THEN_EACH_ONE.sub(". ", text)
    if _may_hold(text, "there is", "there's") and _may_hold(text, " field ", " column "):
        text = _THERE_IS_THE_FIELD.sub(r"the field \g<f> on \g<e>", text)
    if _may_hold(text, " but "):
        text = _BUT_PREFER_TO_CALL.sub(r"\g<q>: ", text)
    if _may_hold(text, "rather"):
        text = _RATHER_IT_WAS_CALLED.sub(r"\g<w> like \g<f> to be called ", text)
    if _may_hold(text, "bother"):
        text = _DONT_BOTHER_WITH.sub(r"\g<neg> use", text)
    if _may_hold(text, "anymore", "any more", "any longer"):
        text = _ANYMORE_BEFORE_OBJECT.sub(r"\g<v> \g<o> \g<a>", text)
    if _may_hold(text, " only "):
        text = _ONLY_HAD_BEFORE.sub("", text)
    if _may_hold(text, "forgot", "forget"):
        text = _I_FORGOT_LEAD.sub(r"\g<lead>", text)
    if _may_hold(text, " called ", " named ", " renamed ") and "," in text:
        text = _CALLED_THEN_WHY.sub(r"\g<lead>rename \g<f> on \g<e> to ", text)
    if _may_hold(text, "for the one", "for those", "for anyone", "for any that", "for whoever"):
        text = _FOR_THE_ONES_WHO.sub(_for_the_ones_who, text)
    if _may_hold(text, ", plus ", ", and ", ", as well as ") and _may_hold(
        text, " on each ", " on every "
    ):
        text = _PLACED_THEN_PLUS.sub(r" and \g<g>\g<place>", text)
    if _may_hold(text, ", both") and _may_hold(text, " on ", " for ", " to "):
        text = _PLACE_THEN_GROUP_TYPE.sub(r" (\g<note>)\g<place>", text)
    if _may_hold(text, " for ", " on ") and ":" in text:
        text = _COUNT_MORE_FOR.sub(lambda m: f"{m['lead']}add to {m['x'] or m['y']}: ", text)
    if "(" in text and _may_hold(text, "day", "date", "time"):
        text = _DAY_NO_TIME.sub("(date)", text)
    # (one such criterion: several, "- Boat.name is a string", "- Boat.length is a float", may
    # as well describe a thing to make, and stay asked)
    if (
        "." in text
        and _CRITERIA_LABEL.search(text)
        and len(_CRITERION_DOTTED_IS.findall(text)) == 1
    ):
        text = _CRITERION_DOTTED_IS.sub(r"\g<lead>\g<f> should be \g<t>", text)
    if ":" in text and "\n" in text:
        text = _WHY_LINE_BEFORE_LIST.sub("", text)
    if _may_hold(text, " count"):
        text = _SPAN_OF_COUNT.sub(r"\g<q> (count)", text)
    if _may_hold(text, " added"):
        text = _GET_ADDED.sub(_get_added, text)
    if _may_hold(text, "stored as", "saved as", "kept as", "held as", "recorded as"):
        text = _COMMA_STORED_AS.sub(", as ", text)
    if _may_hold(text, "got ", "gets ", "get "):
        text = _GOT_PASSIVE.sub(lambda m: "was" if m[0].lower() == "got" else "is", text)
    if _may_hold(text, "gain"):
        text = _GAINS.sub(_gains, text)
    if "—" in text:
        text = _ADD_TO_DASH.sub(r"\g<ask>: ", text)
        text = _DASH_THEN_COLUMNS.sub(". ", text)
    if _may_hold(text, "stick", "slap", "tack"):
        text = _STICK_ON.sub("put", text)
    if _may_hold(text, " thing"):
        text = _THING_AS_ENTITY.sub(_thing_as_entity, text)
    if _may_hold(text, "made ", "set ", "stored ", "saved ", "created ", "defined ", "typed ",
                 "entered "):  # fmt: skip
        text = _GAVE_A_TYPE.sub(lambda m: f"{m['f']} was {m['t']}", text)
    if _may_hold(text, " back "):
        text = _ADDED_BACK.sub(r"\g<x>", text)
    if _may_hold(text, " out ", " up ", "saving", "storing"):
        text = _CAME_OUT_AS.sub(_came_out_as, text)
    if _may_hold(text, "now", "currently", "at the moment", "at present"):
        text = _NOW_IT_IS.sub(_now_it_is, text)
    if _may_hold(text, "number"):
        text = _NUMBER_THEN_KIND.sub(
            lambda m: f"{m['lead']}{'an' if m['t'][0] in 'iI' else 'a'} {m['t']}", text
        )
    if _may_hold(text, "for consistency", "for clarity", "for simplicity", "for readability",
                 "for completeness", "for the sake of"):  # fmt: skip
        text = _WHY_BEFORE_ASK.sub(r"\g<why>,", text)
    if _may_hold(text, "what i need", "what we need", "what i want", "what we want", "what i'd",
                 "what we'd", "what i would", "what we would"):  # fmt: skip
        text = _THATS_WHAT_KEPT.sub(_thats_what_kept, text)
        text = _WHAT_NEED_FOR_EACH.sub(_what_need_for_each, text)
    if _may_hold(text, " so can ", " so could ", " so would ", ", so can ", ", so could "):
        text = _reason_before_so(text)
    if _may_hold(text, " with ") and _may_hold(text, ", and ", ";"):
        text = _LINK_CLOSING_LISTS.sub(_link_closing_lists, text)
    if _may_hold(text, " one", " field", " column"):
        text = _AND_THE_OTHER_ONE.sub(
            lambda m: f"{m['v']} {m['f']} and {m['g']}{m['fw'] or ''} from {m['e']}{m['tail']}",
            text,
        )
    if _may_hold(text, "more", "extra", "additional", "forgot", "missed", "left out"):
        text = _MORE_THINGS_ON.sub(_more_things_on, text)
    if _may_hold(text, "forgot", "missed", "left out"):
        text = _FORGOT_THEN_THAT.sub(lambda m: f"{m['head']}{m['ask']}{m['f']}", text)
    if _may_hold(text, " needed", " required", " wanted", " necessary"):
        text = _ENTITY_IS_NEEDED.sub(r"\g<lead>we need \g<a> \g<x> ", text)
    if _may_hold(text, " they "):
        text = _THINGS_THEN_THEY.sub(_things_then_they, text)
    if _may_hold(text, "ask", "request") and _may_hold(text, "that", "it", "this"):
        text = _ASKED_THEN_THAT.sub(lambda m: f"{m['head']}{m['ask']}{m['f']}", text)
    if _may_hold(text, "now that", "since ", "because ", "once "):
        text = _OCCASION_THEN_WE.sub(r"\g<occasion>,", text)
    if ":" in text and _may_hold(text, " field", " column"):
        text = _FIELD_THEN_IT.sub(lambda m: f"{m['ask']} {m['f']}", text)
    if "(" in text:
        text = _BRACKETED_SENTENCE.sub(_bracketed_sentence, text)
        if "?)" in text or "!)" in text or "? )" in text or "! )" in text:
            text = _BRACKETED_REMARK.sub(_bracketed_remark, text)
    if _may_hold(text, "there's", "there is"):
        text = _THERE_SOMETIMES.sub(_there_sometimes, text)
    if "?" in text and ":" in text:
        text = _HEADER_LINE_ASKS.sub(_yes_no_items, text)
    if "?" in text and _may_hold(text, " - ", " \u2013", " \u2014"):
        text = _DASH_HEADER_LINE_ASKS.sub(_yes_no_items, text)
    if ";" in text and ":" in text:
        text = _SEMICOLON_GROUP.sub(". ", text)
    if _may_hold(text, "where it says", "where it reads"):
        text = _WHERE_IT_SAYS.sub(r"Rename \g<f> to \g<g> on \g<e>", text)
    if _may_hold(text, "keep"):
        text = _ON_KEEP_BUT.sub(lambda m: f"On {m['e']}, ", text)
        text = _KEEP_BUT.sub(_kept_but, text)
        text = _KEEP_THEN_CHANGE.sub(lambda m: f"On {m['e']}, " if m["e"] else "", text)
    if _may_hold(text, "stays", "remains", "stay"):
        text = _STAYS_BUT.sub(lambda m: f"On {m['e']}, ", text)
    if _may_hold(text, "blank", "empty", "missing"):
        text = _AND_THEN_BLANK.sub(lambda m: f". {m['said']}", text)
    if " //" in text:
        text = _CODE_COMMENT.sub(r" (\1)", text)
    text = _SQL_TYPE.sub(lambda m: _SQL_TYPES.get(m["t"].lower(), "int"), text)
    if "(" in text:
        text = _SIZED_TYPE.sub(r"\1", text)
    if _may_hold(text, "null"):
        text = _NOT_NULL.sub(" (required)", text)
    if _may_hold(text, "pk", "primary key"):
        text = _KEY_COLUMN.sub(lambda m: m["n"] + (f" ({m['t']})" if m["t"] else ""), text)
    if "_" in text:
        text = _COLUMN_LINE.sub(_typed_columns, text)
    if "_" in text:
        text = _TABLE_FIRST.sub(r"\g<pre>\g<n> table", text)
    text = _TBL.sub(lambda m: m[1] + "able" + ("s" if m[0].endswith("s") else ""), text)
    if "/" in text and "(" in text:
        text = _THING_SLASHED.sub(_thing_slashed, text)
    if " / " in text:  # before the groups: "held on (date) / open (yes/no)" annotates fields
        text = _SLASH_LIST.sub(lambda m: m[0].replace(" / ", ", "), text)
    text = _SLASH_CLAUSE.sub("; ", _GROUP_JOIN.sub("), ", text))
    if "->" in text:
        text = _ARROW_EXPLAINED.sub(_arrow_explained, text)
    text = _PARENS_RELATION.sub(lambda m: f". {m['s'][:1].upper()}{m['s'][1:]}", text)
    if "(" in text or " - " in text or "\u2014" in text or "\u2013" in text:
        text = _BARE_RELATION.sub(_bare_relation, text)
    if ":" in text or "FK" in text or "fk" in text or "_id" in text or " key" in text:
        text = _cardinality(text)
    if "many" in text or "Many" in text:
        text = _KIND_SHORT.sub(r"\g<a>-to-\g<b>", text)
    if " + " in text:
        text = _LINK_PLUS.sub(r"\g<v> \g<a> and ", text)
        text = _THINGS_PLUS.sub(_things_plus, text)
    if any(arrow in text for arrow in _BOTH_WAYS_ARROWS):
        text = _BOTH_WAYS.sub(" -> ", text)
    # ":)", ";-)", ":D" end what was said, like an emoji before a new clause (after a year
    # too: "since 2005 :) you can take it out"; "1:1" is no face, a space comes first)
    if ":" in text or ";" in text:
        text = rx(r"(?<=[A-Za-z])\s*[:;]-?[)(DPp]+(?=\s|$)").sub(".", text)
        text = rx(r"(?<=[0-9])\s+[:;]-?[)(DPp]+(?=\s|$)").sub(".", text)
    if "(" in text:
        text = _NAMED_IN_PARENS.sub(_named_in_parens, text)
        text = _ASIDE_BEFORE_COLON.sub(r"\g<t>", text)
    if " opt" in text:
        text = _OPT_SHORT.sub(_opt_short, text)
    if _CAMEL.search(text):
        text = _CAMEL.sub(_camel_snake, text)
    if _may_hold(text, "application", "record", "entry"):
        text = _CAPITALISED_RECORD.sub(_record_name, text)
    capitalised = {
        m.group(0).lower()
        for m in _CAPITALISED.finditer(text)
        if not _SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()])
        and not text[: m.start()].endswith("\n")
        and m.start() > 0
    }
    for match in _PASCAL.finditer(text):
        capitalised.update(w.lower() for w in rx(r"[A-Z][a-z]+").findall(match.group(0)))
    text = _PASCAL.sub(_pascal_words, text)
    if "_" in text and _CHANGE_VERB.search(text):
        text = _THING_IDENTIFIER.sub(_thing_identifier, text)
    if "_" in text:
        text = _SNAKE_GLUE_FIRST.sub(lambda m: m[0].replace("_", "-"), text)
        text = _SNAKE_PARTICLE.sub("-", text)
        # "a_end_site", "x_coord": a single letter opening an identifier is a word of the name
        # (the A end of a link), never the article "a" once the underscores are spaces
        text = _SNAKE.sub(r"\1 ", _LETTER_SNAKE.sub(r"\1-", _SNAKE_TYPED.sub(r"\1 as \2", text)))
    if not text.isascii() or not _TYPO_WORDS.isdisjoint(rx(r"[\w/]+").findall(text.lower())):
        text = _TYPO.sub(lambda m: _noted(read_as, m[0], _glue_typo(m)), text)
    if _may_hold(text, "stick", "chuck", "whack", "bung", "pop", "slap"):
        text = _PUT_ON.sub(lambda m: _keep_case(m["v"], "put"), text)
    if _may_hold(text, "tick box", "check box", "tick-box", "check-box"):
        text = _TICK_BOX.sub(lambda m: f"{m['k']}{m['b']}", text)
    if _may_hold(text, " got"):
        text = _HAVE_GOT.sub(lambda m: " have" if m["ve"] else " has", text)
    if _may_hold(text, " nah"):
        text = _NAH_AFTER.sub("", text)
    if _may_hold(text, " an "):
        text = _AN_AND.sub(lambda m: f"{m['item']} and ", text)
    if (
        ("'" in text or '"' in text)
        and _may_hold(text, "field", "column", "attribute")
        # a rename's readers know "the field 'X' … called 'Y'" already, the word and all
        and not _may_hold(text, "call", "renam", "known as")
    ):
        text = _LABELLED_QUOTE.sub(r"\g<v>", text)
    if " w " in text:
        text = _W_WITH.sub(" with ", text)
    if " n " in text:
        text = _N_AND.sub(" and ", text)
    if _may_hold(text, "call", "duty", "site", "stock", "shift"):
        text = _SPACED_COMPOUND.sub(lambda m: f"{m['det']} {m['a']}-{m['b']} ", text)
    if _may_hold(text, "hii", "eyy", "hee", "loo"):  # (each stretched greeting holds one)
        text = _STRETCHED_GREETING.sub(_greeting, text)
    if _may_hold(text, ", were"):
        text = _WERE_WE_ARE.sub("we're", text)
    if _may_hold(text, ", its "):
        text = _ITS_IT_IS.sub(lambda m: f"{m['i']}t's", text)
    if _may_hold(
        text, "mak", "tak", "chang", "renam", "remov", "delet", "updat", "stor", "defin", "includ"
    ):
        text = _SILENT_E.sub(lambda m: _noted(read_as, m["v"], m["v"] + "e"), text)
    if _may_hold(text, "crate"):
        text = _CRATE_VERB.sub(lambda m: _keep_case(m.group(1), "create"), text)
    if _may_hold(text, "there "):
        text = _THERE_THEIR.sub(_there_their, text)
    if "(" in text:
        text = _COUNT_OF_NOTE.sub("(count)", text)
        text = _TYPE_SLIP.sub(lambda m: f"({_TYPE_SLIPS[m[1].lower()]})", text)
    text = _TYPE_SLIP_TO.sub(lambda m: m["pre"] + _TYPE_SLIPS_TO[m[2].lower()], text)
    if _may_hold(text, "wed "):
        text = _WED.sub(lambda m: f"{m['w']}e'd", text)
    if _may_hold(text, "wether", "weather", "wheter", "wheather"):
        text = _WHETHER.sub(lambda m: _keep_case(m.group(0), "whether"), text)
    if "2" in text:
        text = _DIGIT_TO.sub(" to ", text)
    if "4" in text or _may_hold(text, "four"):
        text = _DIGIT_FOR.sub(lambda m: f"{m[1] or m[2]} for ", text)
    if _may_hold(text, "too", "two"):
        text = _TOO_TO.sub(lambda m: _noted(read_as, m[0], f"{m[1] or m[2] or m[3]}o"), text)
    if _may_hold(text, "too"):
        text = _TOO_NOUN.sub(lambda m: _noted_too(read_as, m, _too_before_noun(m)), text)
    text = _GLUED_ARTICLE.sub(r"\1 \2", text)
    if _may_hold(text, "take "):
        text = _TAKE_OF.sub(lambda m: f"{m[1] or m[2]} {_noted(read_as, 'of', 'off')}", text)
    if _may_hold(text, "take "):
        text = _TAKE_OF_THINGS.sub(lambda m: f"{m['v']} {_noted(read_as, 'of', 'off')}", text)
    if _may_hold(text, " fo "):
        text = _FO_OF.sub(lambda m: f"{m['w']} {_noted(read_as, 'fo', 'of')}", text)
    if _may_hold(text, "take "):
        text = _TAKE_IT_OF.sub(lambda m: f"{m[1]} {_noted(read_as, 'of', 'off')}", text)
    if _may_hold(text, "add in", "put in"):
        text = _ADD_IN_NAME.sub(lambda m: f"{m['v']} them {_noted(read_as, 'in', 'to')}", text)
    if _may_hold(text, "track off"):
        text = _TRACK_OFF.sub(r"\1 of", text)
    if _may_hold(text, "tabs on", "note of"):
        text = _KEEP_TABS.sub(r"\g<k> track of", text)
    # "for the bee hives, each hive has …": the head said again names the same thing
    text = _EACH_HEAD.sub(_each_head, text)
    if _may_hold(text, "each ", "every "):
        text = _FOR_THINGS_EACH_HEAD.sub(_for_things_each_head, text)
    # dictated to a phone: "each hive has a location comma a weight … full stop"
    if _may_hold(text, "comma"):
        text = rx(r"\s+(?:comma)\b(?!\s*[-_])", re.I).sub(",", text)
    if _may_hold(text, "full stop"):
        text = rx(r"\s+full stop\b", re.I).sub(".", text)
    if _may_hold(text, "filed", "filled", "feild", "fiels", "fild"):
        text = _FIELD_MISTYPED.sub(r"\g<det> field", text)
    if _may_hold(text, "another"):
        text = _ANOTHER_FIELD_FOR.sub(lambda m: f"{m['first']}a {m['w'].lower()}", text)
    if _may_hold(text, "new"):
        text = _NAME_THEN_NEW.sub(r"\g<pre>new entity \g<name>: ", text)
    if "+" in text:
        # "a parent contact (name + mobile)": a "+" between words in brackets joins them as
        # "and" does there (read as a field "mobile" beside "parent contact")
        text = _PLUS_IN_BRACKETS.sub(lambda m: m[0].replace(" + ", " and "), text)
    text = _NEW_ENTITY_THEN_LIST.sub(lambda m: f"{m['head'] or m['head2']} with ", text)
    if _may_hold(text, "each ", "every "):
        text = _EACH_HAS.sub(_each_has, text)
    if _may_hold(text, " the "):
        text = _THE_THINGS_HAVE.sub(_things_again_have, text)
        text = _DASH_THEN_EACH_LINK.sub(lambda m: f"{m['said']}. ", text)
    if _may_hold(text, "can ", "could ", "would "):
        text = _ASK_STARTS.sub(_ask_starts, text)
    if _may_hold(text, "m ", "am ", "re ", "are "):
        text = _INTRO_THEN_NEED.sub(lambda m: f"{m['intro']}. ", text)
    if _may_hold(text, " and i", " and we", " and she", " and he", " and they"):
        text = _RUNS_THEN_NEED.sub(lambda m: f"{m['intro']}. ", text)
    if _may_hold(text, "rename"):
        text = _AFTER_RENAME.sub(lambda m: f"{m['said']}. ", text)
    if _may_hold(text, "completely", "entirely", "altogether", "totally", "for good"):
        text = _DEGREE_AT_END.sub(_degree_at_end, text)
    if _may_hold(text, "those"):
        text = _THOSE_FIELDS_GO.sub(_those_fields_go, text)
    if _may_hold(text, "start"):
        text = _START_WITH_THINGS.sub(_start_with_things, text)
    if ":" in text:
        text = _FRAME_TO_KEEP.sub(_frame_to_keep, text)
    if "\n" not in text.strip():
        text = _TOPIC_THEN_CHANGE.sub(_topic_then_change, text)
        if _may_hold(text, "each ", "every "):
            text = _THINGS_EACH_WITH.sub(_things_each_with, text)
        text = _THINGS_FOR_SCENE_WITH.sub(_things_for_scene_with, text)
    if not rx(r"[.!?;:,]\s+\S").search(text):
        text = _LAST_WORDS.sub(_things_relate, text)
    text = _ITS.sub(_its, text)
    if _may_hold(text, "clear", "tidy", "clean"):
        text = _WORK_OPENER.sub("", text, count=1)
    if _may_hold(text, "more", "longer"):
        text = _ANY_MORE_THEN_IT.sub(r"\g<a>, ", text)
    if _may_hold(text, " its ", " it's ", " it is "):
        text = _REMOVED_THEN_ITS.sub(r"\g<a>. ", text)
    if _may_hold(text, "never ever"):
        text = _NEVER_EVER.sub(r"\1ever", text)
    if _may_hold(text, " records", " record "):
        text = _NAME_RECORDS.sub(r"\g<p>\g<e>", text)
    if _may_hold(text, " not ", "more"):
        text = _NOT_USE.sub(r"\1 don't ", text)
        text = _USE_MORE.sub(lambda m: f"{m['neg']} {m['v']} {m['x']} anymore", text)
    # "we don't use the fide id any more on Player": "any more" said as the adverb "anymore"
    if _may_hold(text, "any more"):
        text = rx(
            r"\b([Aa])ny more(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|from|for|at|since|because|so"
            r"|please|and|but|now)\b)"
        ).sub(r"\1nymore", text)
    # "… the fide id anymore on Player, …": the adverb goes with the whole clause, after its
    # place ("the fide id on Player anymore")
    if _may_hold(text, "anymore", "any longer"):
        text = rx(
            r"\b(anymore|any longer)\s+((?:on|in|from|for)\s+[^,.;:!?\n]+?)(?=\s*(?:[,.;:!?\n]|$))"
        ).sub(r"\2 \1", text)
    if _may_hold(text, " again"):
        # "make email required again on Tenant": what it was before, said of the change; the
        # change is the same ("make email required on Tenant")
        text = _STATE_AGAIN.sub(r"\1", text)
    if _may_hold(text, " them"):
        text = _NO_LONGER_THEM.sub(lambda m: f"{m['lead']}{m['mid']} {m['x']}", text)
    # "horses w name, breed, …": a lone "w" before a list is "with"
    if "w " in text or "W " in text:
        text = rx(r"(?<=[a-z] )[Ww] (?=[a-z]+(?: [a-z]+)?\s*,)").sub("with ", text)
    # "wether they're on shift": before a subject it is "whether" (a wether is also a sheep)
    if _may_hold(text, "ether"):
        text = rx(r"\b([Ww])eather(?=\s+(?:or not|it|they|we|he|she|you|i)\b)").sub(
            r"\1hether", text
        )
        text = rx(r"\b([Ww])ether(?=\s+(?:or not|it|they|we|he|she|you|i)\b)").sub(
            r"\1hether", text
        )
    text = rx(r"([A-Za-z])\1{2,}").sub(_stretched, text)  # "pleeease", "sooo"
    text = rx(r"[A-Za-z]{4,}").sub(lambda m: _noted(read_as, m[0], _glue_spelling(m)), text)
    if " of " in text:
        text = _COUNT_OF.sub(_count_of, text)
    if " form " in text:
        text = _FORM_FROM.sub(lambda m: _form_from(m, read_as), text)
    if "emote " in text:
        text = _REMOTE_REMOVE.sub(
            lambda m: m["lead"] + _noted(read_as, "remote", m["r"] + "emove"), text
        )
    if " n " in text or " N " in text:
        text = rx(r"(?<=[A-Za-z]) [nN] (?=[A-Za-z])").sub(" and ", text)  # "birth date n weight"
    lines = [_squeeze(line) for line in text.split("\n")]
    return Cleaned(
        text="\n".join(lines).strip("\n"),
        spellings={k: frozenset(v) for k, v in spellings.items() if len(v) > 1},
        capitalised=frozenset(capitalised),
        read_as=tuple(read_as.items()),
    )


# Glue words a misspelling is mapped back to when it is one keystroke away (a letter missing,
# doubled or swapped: "mange", "sytem", "remvoe"); 4-letter words only by a swap ("wiht") or
# a doubled letter ("linkk"), so "beach" never becomes "each". Words recognition knows are
# never changed, nor a word with two targets in reach.
_GLUE_TARGETS = frozenset(
    """create manage system application remove delete change rename optional required entity
    entities field fields table relationship relationships should track store build
    every belongs belong record want need with each make many modify update extend take
    include thanks please link relate connect urgent anymore already maintain amend
    drop from into onto managing tracking recording keeping storing organising organizing
    handling""".split()
)
_GLUE_TARGETS_SORTED = tuple(sorted(_GLUE_TARGETS))  # (sorted once, not per unknown word)
# (the "-ing" frame verbs are there because a slip in one, "a system for mangaing wallers",
# left it unknown and so read as part of the thing's name, "ManagingWaller")
# The verbs of a change and the words that bind it to its owner ("drpo fax frmo Supplier"): a
# slip mended into one of these is named in the notes (`Cleaned.read_as`), since it decides
# what the request does and to what
CHANGE_WORDS = frozenset(
    """add remove delete drop rename change make modify update extend include put take
    from to on in of off into onto""".split()
)
# Frame words ("campsite regster"): repaired only when no dictionary knows the word, since
# real words sit one letter from them ("inventor", "tracer")
_FRAME_TARGETS = frozenset(
    "register registry catalog catalogue inventory database platform dashboard tracker".split()
)
_NOT_TYPOS = frozenset("crate crates storey storeys manger".split())
# courtesy words mended only from two swapped letters ("tanks" is no "thanks")
_SWAPPED_ONLY = ("thanks", "please")
# the longest word a slip is mended into (glue, frame and courtesy words)
_LONGEST_TARGET = max(map(len, _GLUE_TARGETS | _FRAME_TARGETS | set(_SWAPPED_ONLY)))


def _edits(word: str) -> set[str]:
    """Words one deletion, insertion or swap away (no substitutions: "truck" stays)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes | swaps | inserts


@lru_cache(maxsize=4096)
def _corrected(word: str) -> str | None:
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    if len(word) > _LONGEST_TARGET + 1:
        # one keystroke changes a length by one at most: a longer word is no slip of a glue
        # word, and its edits (26 × its length, each as long) made a 19,000-letter "qqqq…"
        # take half a minute
        return None
    if word in KNOWN_WORDS or word in _NOT_TYPOS or word.rstrip("s") in KNOWN_WORDS:
        return None
    if _inflected(word):
        return None  # "date filed", "time joined": a word's past form, not a misspelt glue word
    splits = [(word[:i], word[i:]) for i in range(len(word))]
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near = _edits(word)
    for target in _SWAPPED_ONLY:
        if target in swaps:
            return target  # "thnaks", "plaese": two letters typed the wrong way round
    found: list[str] = []
    for target in _GLUE_TARGETS_SORTED:
        if abs(len(word) - len(target)) > 1:
            continue  # (one edit, a swap or a doubled letter away changes a length by one at most)
        doubled = len(word) == len(target) + 1 and any(
            word == target[:i] + target[i - 1 :] for i in range(1, len(target) + 1)
        )  # "linkk", "wiith": a key held a moment too long
        if word.startswith(target) and not (doubled and word[-1] == word[-2]):
            continue  # "renamed", "included": another form of the word, not a typo
        if (len(target) >= 5 and target in near) or (
            len(target) == 4 and (target in swaps or doubled)
        ):
            if _real_word(word) and (len(word) != len(target) or target in CHANGE_WORDS):
                continue  # "stable" is "table" with a letter more, "rack" "track" with one
                # less, "form" is no "from": words of their own
            found.append(target)
    if len(found) > 1 and not CHANGE_WORDS.isdisjoint(found):
        return None  # a slip in reach of a change word and another glue word: which is unsure
    if found:
        return found[0]
    framed = [t for t in _FRAME_TARGETS if t in near and not word.startswith(t)]
    if len(framed) == 1 and _unknown(word):
        return framed[0]
    return _substituted(word)


def _unknown(word: str) -> bool:
    from baes_tui.recognition.nouns import in_wordnet

    return in_wordnet(word) is False


@lru_cache(maxsize=4096)
def _real_word(word: str) -> bool:
    """A word the dictionary knows, or the plural of one ("tanks" is no "thanks")."""
    from baes_tui.core.inflection import singular
    from baes_tui.recognition.nouns import in_wordnet

    return bool(in_wordnet(word)) or (singular(word) != word and bool(in_wordnet(singular(word))))


def _inflected(word: str) -> bool:
    """ "filed" is one keystroke from "field" but is the past form of "file": a word ending in
    -ed whose stem a dictionary knows ("file", "join", "list") is spelt right. Without WordNet
    only the words recognition knows count as stems."""
    from baes_tui.recognition.nouns import in_wordnet
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    if not word.endswith("ed") or len(word) < 5:
        return False
    stems = {word[:-1], word[:-2]}
    if len(word) > 5 and word[-3] == word[-4]:
        stems.add(word[:-3])  # "shipped" → ship
    return any(stem in KNOWN_WORDS or in_wordnet(stem) for stem in stems if len(stem) > 2)


def _substituted(word: str) -> str | None:
    """One wrong letter in a long glue word ("sistem", "recrod" is a swap): only for words of
    six letters or more that no dictionary knows ("charge" and "extent" are words)."""
    from baes_tui.recognition.nouns import in_wordnet

    if len(word) < 6:
        return None
    near = [
        t
        for t in _GLUE_TARGETS
        if len(t) == len(word) and sum(a != b for a, b in zip(t, word, strict=True)) == 1
    ]
    if len(near) != 1 or in_wordnet(word) is not False:
        return None
    return near[0]


_EACH_HEAD = re.compile(
    r"\b(?P<det>the|our|my|all the|all our)\s+(?P<mod>[a-z-]+|[A-Z]{2,5})\s+(?P<h>[a-z-]{3,}?)"
    r"(?:e?s)\b(?P<mid>[^.!?\n]{0,40}?\b(?:each|every)\s+|\.\s+(?:Each|Every|each|every)\s+)"
    r"(?P=h)\b(?=\s+(?:has|have|needs?|gets?|with|must|should|is|can)\b)"
)


# "an app for home deliveries: for each delivery the driver name, …": the head said again
# after the colon names the things just said, modifier and all (any plural: "deliveries")
_FOR_THINGS_EACH_HEAD = re.compile(
    r"\bfor\s+(?P<mod>[a-z-]+)\s+(?P<pl>[a-z-]{3,}s)\s*:\s*(?:for\s+)?(?:each|every)\s+"
    r"(?P<h>[a-z-]{3,})\b(?!\s+[a-z-]+s?\s*:)"
)


def _for_things_each_head(match: re.Match[str]) -> str:
    mod, head = match["mod"], match["h"]
    if singular(match["pl"]) != head or mod in FILLER or head in FRAME_NOUNS:
        return match.group(0)
    if mod in FRAME_NOUNS or is_noun(mod) is False:
        return match.group(0)
    return f"{match.group(0)[: match.start('h') - match.start()]}{mod} {head}"


def _each_head(match: re.Match[str]) -> str:
    # "the VPN certificates. Every certificate has …": an abbreviation in capitals is a name's
    # word as a noun is, and the head said again in the next sentence names the same thing
    acronym = match["mod"].isupper()
    if match["mod"] in FILLER or match["h"] in FRAME_NOUNS:
        return match.group(0)  # "the kite rentals, for each rental": a frame head stays
    if not acronym and is_noun(match["mod"]) is False:
        return match.group(0)
    said = match.group(0)[: match.start("mid") - match.start()]
    return f"{said}{match['mid']}{match['mod']} {match['h']}"


_SUBJECT_PRONOUNS = frozenset("i we you they he she it".split())


def _too_before_noun(match: re.Match[str]) -> str:
    from baes_tui.recognition.nouns import in_wordnet, is_noun

    word = match["w"].lower()
    if word in _SUBJECT_PRONOUNS:
        return match.group(0)  # "add a phone too I think …": "also", then a new clause
    named = match["w"][:1].isupper()  # "… the Barn entity too Stable": a name, not the adverb
    if not named and is_noun(word) is False and in_wordnet(word) is not False:
        return match.group(0)  # "too many", "too long": the adverb
    return f"{match['pre']}{match['t']}o "


def _glue_spelling(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = _corrected(word.lower())
    return word if fixed is None else _keep_case(word, fixed)


_ASCII_TABLE.update(_ascii_table())


def _squeeze(line: str) -> str:
    """Single spaces between words; the indentation (nesting of bullets) is kept."""
    body = line.lstrip(" ")
    return " " * (len(line) - len(body)) + " ".join(body.split())


def _stretched(match: re.Match[str]) -> str:
    """A letter held down ("pleeease") is one letter when that makes a known word."""
    from baes_tui.recognition.plausibility import KNOWN_WORDS

    text, start, end = match.string, match.start(), match.end()
    left = rx(r"[A-Za-z]*$").search(text[:start]).group(0)  # type: ignore[union-attr]
    right = rx(r"[A-Za-z]*").match(text[end:]).group(0)  # type: ignore[union-attr]
    for keep in (1, 2):
        if (left + match.group(1) * keep + right).lower() in KNOWN_WORDS:
            return match.group(1) * keep
    return match.group(0)


# "userName", "isVerified", "rssUrl": a field's name in camelCase, as code writes it, is its
# snake_case ("user_name"): words in lower case, the first of two letters or more ("iPhone",
# "eBay" are brands), each next one capitalised and in lower case after (not "userID")
_CAMEL = re.compile(r"(?<![\w@/#$-])[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b")


# "make the turbine serial_no optional": a thing, then its field written as one identifier,
# is "Turbine.serial_no" with the dot left out (read before the underscores become spaces)
_THING_IDENTIFIER = re.compile(
    r"\b(?P<the>[Tt]he) (?P<e>(?!(?:new|old|current|existing|same|other|former|previous"
    r"|whole|field|column|attribute|property|name|entity|table|model)\b)[a-z]+) "
    r"(?P<f>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b(?! (?:on|of|in|for|from)\b)"
)
_CHANGE_VERB = re.compile(r"\b(?:make|change|rename|remove|delete|drop|switch|convert|set)\b", re.I)


def _thing_identifier(m: re.Match[str]) -> str:
    """ "the turbine serial_no" → "the serial_no on turbine" when the word before is a noun
    (or a noun misspelt by a letter, as an entity word may be)."""
    if is_noun(m["e"]) or respelt_noun(m["e"]):
        return f"{m['the']} {m['f']} on {m['e']}"
    return m[0]


def _camel_snake(match: re.Match[str]) -> str:
    return rx(r"(?<=[a-z0-9])(?=[A-Z])").sub("_", match[0]).lower()


# Brands written in PascalCase, one word each (a closed list): split, "YouTube" lost "you" as
# talk ("a YouTube channel field" was `tube_channel`) and "TikTok" became two words
_BRANDS = frozenset(
    "youtube tiktok linkedin paypal github gitlab wordpress soundcloud sharepoint onedrive"
    " quickbooks mailchimp hubspot justgiving tripadvisor facetime".split()
)


def _contraction_inside(words: list[str]) -> bool:
    """ "WhatsApp": a brand written whole whose part, split off, would be a contraction typed
    without its apostrophe ("whats" → "what's") is one word, never "what is app"."""
    return len(words) > 1 and any("'" in GLUE_TYPOS.get(w.lower(), "") for w in words)


def _pascal_words(match: re.Match[str]) -> str:
    """ "CakeOrder" → "Cake Order"; before a dot ("TrainingSession.duration") the words stay
    one token, "Training-Session", so the dotted field still has its whole entity. So does a
    name whose last word would otherwise end it as a marker or a frame ("FitnessClass",
    "BookingSystem" are names, not "a Fitness class" or "a booking system"), and a name with
    a glue word inside ("BillOfLading", "FirstNoticeOfLoss", "TermsAndConditions"): split,
    its "of" or "and" would cut the one name in two, or that opens with one ("OnCallRota",
    "InStockItem"): split, the name would lose its first word to the sentence; and a name that
    opens with a command word ("TrackCircuit", "LogEntry"), which split would read as the ask,
    or with a word that marks a name ("ClassBooking"), which split would be dropped as one."""
    from baes_tui.recognition.entities import MAX_ENTITY_WORDS, SETTINGS
    from baes_tui.recognition.lexicon import FRAME_NOUNS, SIZE_WORDS

    words = rx(r"[A-Z][a-z]+").findall(match.group(0))
    if _contraction_inside(words) or "".join(words).lower() in _BRANDS:
        return "".join(words).lower()
    dotted = match.string[match.end() : match.end() + 2].startswith(".") and rx(r"\.[a-z]").match(
        match.string[match.end() : match.end() + 2]
    )
    last = words[-1].lower()
    glued = any(w.lower() in _GLUE_INSIDE for w in words[:-1])
    # "TrackCircuit", "LogEntry": a first word that is also a command would read as the ask
    verb_first = words[0].lower() in _VERB_FIRST
    # "TuckShopItem", "RowingClubMember": a business word inside a name written whole is the
    # writer's own name for the thing; split, it reads as where the things are kept
    setting = any(w.lower() in SETTINGS for w in words[1:-1])
    # "MainRenewal", "LocalSupplier": a first word that sizes a request ("main", "local") is
    # the writer's own word of the name; split, it would be dropped as talk
    sized = len(words) > 1 and words[0].lower() in SIZE_WORDS
    # "ClassBooking", "TableReservation": a first word that marks a name ("the class
    # Booking", "table Booking") is the writer's own word of the name when written whole
    marked_first = len(words) > 1 and words[0].lower() in _MARKER_WORDS
    one = dotted or glued or verb_first or setting or sized or marked_first or last in FRAME_NOUNS
    named_field = last in _SCHEMA_LAST and not any(
        w.lower() in _CODE_FIELD_WORDS for w in words[:-1]
    )
    one = one or last in _MARKER_WORDS or named_field or _particle_last(words)
    # "FoodBankDeliveryRun": more words than a name read from words has (MAX_ENTITY_WORDS);
    # split, the name lost its last word ("FoodBankDelivery")
    one = one or len(words) > MAX_ENTITY_WORDS
    return ("-" if one else " ").join(words)


# "Leave Application", "TRAINING RECORD": a defined term written in capitals, a noun before a
# word for a kind of record, is one name (as "LeaveApplication"); in lower case "a booking
# application" or "patient records" may be the app built or the records of patients
_CAPITALISED_RECORD = re.compile(
    r"(?<![\w-])(?P<t>(?:[A-Z][a-z]+ ){1,2}(?:Application|Record|Entry)"
    r"|(?:[A-Z]{2,} ){1,2}(?:APPLICATION|RECORD|ENTRY))(?![\w-])"
)


def _record_name(m: re.Match[str]) -> str:
    """The capitalised term as one PascalCase name, when every word before its last is a
    noun that is no frame, system or filler word, and the text around it is not all capitals
    (a request typed in capitals has no defined terms). A "Booking Application" is the app
    for bookings; a "Training Record" is a record of training."""
    words = m["t"].split()
    if m["t"].isupper() and not rx(r"[a-z]").search(m.string):
        return m["t"]
    for word in (w.lower() for w in words[:-1]):
        if (
            word in FILLER
            or word in FRAME_NOUNS
            or word in SYSTEM_WORDS
            or word in TECH_WORDS
            or word in _VERB_FIRST
            or (word.endswith("ing") and words[-1].lower() == "application")
            or is_noun(word) is False
        ):
            return m["t"]
    return "".join(w.capitalize() for w in words)


# A terse change line: the entity, one field, then what becomes of it, a dash or a colon
# between each ("Kiln — glaze: optional", "Kiln: glaze — make optional", "Kiln: glaze — change
# type from text to decimal", "Kiln: glaze to be a decimal"); said as "Kiln: glaze: optional",
# "Kiln: make glaze optional", "Kiln: change type of glaze to decimal", "… should be …"
_LINE_TOPIC = r"^(?P<e>[A-Za-z][A-Za-z -]{0,40}?)"
_LINE_FIELD = r"(?P<f>[a-z][a-z ]{0,40}?)"
_LINE_STATE = (
    rf"(?P<s>optional|nullable|required|mandatory|compulsory|(?:an?\s+)?(?:{TYPE_ALTERNATION}))"
)
_DASH_THEN_STATE = re.compile(
    rf"{_LINE_TOPIC}\s+—\s+{_LINE_FIELD}\s*:\s*{_LINE_STATE}(?P<end>\.?[ \t]*)$", re.M
)
_STATE_AFTER_DASH = re.compile(
    rf"{_LINE_TOPIC}:\s*{_LINE_FIELD}\s+—\s+(?:make|set)\s+(?:it\s+)?(?:as\s+)?{_LINE_STATE}"
    r"(?P<end>\.?[ \t]*)$",
    re.M | re.I,
)
_TYPE_AFTER_DASH = re.compile(
    rf"{_LINE_TOPIC}:\s*{_LINE_FIELD}\s+—\s+change\s+(?:the\s+)?(?:data\s+)?(?:type\s+)?"
    r"(?P<s>(?:from\s+[a-z]+(?:\s[a-z]+)?\s+)?to\s+[a-z][a-z ]{0,30}?)(?P<end>\.?[ \t]*)$",
    re.M | re.I,
)
_TO_BE_STATE = re.compile(
    rf"{_LINE_TOPIC}:\s*{_LINE_FIELD}\s+to\s+be\s+{_LINE_STATE}(?=\s*(?:\(|\.|$))", re.M
)

# "repair requests - access notes nullable": a one-line request, the entity, a hyphen, then one
# field and whether it may be left empty, is the terse change "repair requests: access notes
# nullable" (a list, "tenants - name, phone optional", is a create and is left alone)
_HYPHEN_FIELD_STATE = re.compile(
    rf"\A{_LINE_TOPIC}\s+-\s+(?!(?:make|set|now)\s){_LINE_FIELD}\s+"
    r"(?P<s>optional|nullable|required|mandatory|compulsory|not required)(?P<end>\.?[ \t]*)\Z"
)

# "renewal date on Membership: change to date", "Workshop fee: change to currency", "kiln firing
# notes: allow blank", "Customer email: not null, please": a one-line request that is only the
# field (its owner said first, or after "on"), a colon and the change is "Owner: change F to T"
# or "Owner: make F optional" (the head was read as a new thing, the change as its field). The
# owner is one word (PascalCase whole), as the terse lines of the corpus write it.
_HEAD_FIELD = (
    r"\A[ \t]*(?:(?P<f1>[a-z]+(?:[ \t][a-z]+){0,3}?)[ \t]+(?:on|of|for|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<o1>[A-Za-z][a-z]+(?:[A-Z][a-z]+)*)|(?P<o2>[A-Za-z][a-z]+(?:[A-Z][a-z]+)*)[ \t]+"
    r"(?P<f2>[a-z]+(?:[ \t][a-z]+){0,2}))[ \t]*:[ \t]*"
)
_HEAD_CHANGE_END = r"(?:[ \t]*,?[ \t]*(?P<p>please|pls|plz|thanks))?[ \t]*[.!]*[ \t]*\Z"
_HEAD_THEN_RETYPE = re.compile(
    _HEAD_FIELD + r"(?i:change)(?:[ \t]+(?i:it|the[ \t]+type))?[ \t]+(?i:to|into)[ \t]+"
    rf"(?P<t>(?:an?[ \t]+)?(?:{TYPE_ALTERNATION}))" + _HEAD_CHANGE_END
)
# (a bare state needs "please" or the owner said with "on": "Delivery address: optional" is a
# field of a list, capital first, and is added)
_HEAD_THEN_STATE = re.compile(
    _HEAD_FIELD + r"(?P<v>(?i:make|set)(?:[ \t]+it)?[ \t]+)?(?P<s>(?i:optional|nullable|required"
    r"|mandatory|compulsory|not[ \t]+null|not[ \t]+nullable|not[ \t]+required|non-null))"
    + _HEAD_CHANGE_END
)
_HEAD_THEN_BLANK = re.compile(
    _HEAD_FIELD + r"(?i:(?:allow|permit|accept)[ \t]+(?:it[ \t]+)?(?:to[ \t]+be[ \t]+)?"
    r"(?:blanks?|empty|nulls?|none)|can[ \t]+be[ \t]+(?:left[ \t]+)?(?:blank|empty))"
    + _HEAD_CHANGE_END
)


# "AnnealingCycle hold hours should be decimal, not int", "SightMark distance must be an
# integer": a thing's name written whole (PascalCase), then the words of its field and what the
# field should be, is "AnnealingCycle: hold hours should be …" (the name was glued to the field,
# "annealing_cycle_hold_hours", with no owner). Only before a type or a required-or-optional.
_PASCAL_OWNER_FIELD = re.compile(
    r"(?:\A|(?<=[.!?][ \t])|(?<=\n))(?P<o>[A-Z][a-z]+(?:[A-Z][a-z]+)+)[ \t]+"
    r"(?P<f>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+(?=(?:should|must|needs[ \t]+to|has[ \t]+to)"
    r"[ \t]+(?:now[ \t]+|really[ \t]+|always[ \t]+)?be[ \t]+(?:stored[ \t]+as[ \t]+)?"
    rf"(?:an?[ \t]+)?(?:{TYPE_ALTERNATION}|optional|required|mandatory|nullable)\b)"
)


def _head_then_change(text: str) -> str:
    """The terse "field: change" line as the form the change readers know (_HEAD_FIELD)."""
    for pattern in (_HEAD_THEN_RETYPE, _HEAD_THEN_STATE, _HEAD_THEN_BLANK):
        if m := pattern.match(text):
            owner, field = m["o1"] or m["o2"], m["f1"] or m["f2"]
            owner = owner[0].upper() + owner[1:]
            if pattern is _HEAD_THEN_RETYPE:
                return f"{owner}: change {field} to {m['t']}"
            if pattern is _HEAD_THEN_STATE and not (m["v"] or m["o1"] or m["p"]):
                return text
            state = m["s"].lower() if pattern is _HEAD_THEN_STATE else "optional"
            # (said in the readers' words: a later rule brackets "not null" as a note)
            state = "optional" if state.startswith("not r") else state
            state = "required" if "null" in state and state != "nullable" else state
            return f"{owner}: make {field} {state}"
    return text


_LISTED_TYPE_NOT = re.compile(
    r"(?<=,)(?P<name>[ \t]*[a-z]+(?:[ \t][a-z]+){0,2}?)[ \t]+(?P<t>"
    + TYPE_ALTERNATION
    + r")[ \t]+(?:not|instead of|rather than)[ \t]+(?:an?[ \t]+)?(?:"
    + TYPE_ALTERNATION
    + r")\b(?=[ \t]*(?:[,.;\n]|and\b|$))",
    re.I,
)


def _listed_type_not(m: re.Match[str]) -> str:
    """The item with its type in brackets; a change said with a verb is left as it is."""
    if set(m["name"].lower().split()) & {"make", "set", "change", "should", "must", "be", "is"}:
        return m[0]
    return f"{m['name']} ({m['t']})"


_ENTITY_AND_FIELD_REMOVED = re.compile(
    r"(?i)\b(?P<v>remove|drop|delete|get rid of)[ \t]+(?P<e>the[ \t]+[A-Za-z][A-Za-z ]{0,40}?"
    r"[ \t]+(?:entity|table|model))[ \t]*,?[ \t]+and[ \t]+(?:also[ \t]+)?"
    r"(?=the[ \t]+[a-z][a-z ]{0,40}?[ \t]+(?:field|column)s?\b)"
)
_FOR_EACH_AFTER_COMMA = re.compile(
    r"(?i)(?<=[a-z]),[ \t]+(?=for[ \t]+(?:every|each)[ \t]+(?P<x>[a-z]+(?:[ \t][a-z]+)?)[ \t]+"
    r"(?:we|i)[ \t]+(?:(?:also|will|would|want to|need to|have to)[ \t]+)?"
    r"(?:record|keep|need|want|store|track|log|note|capture|take|have)\b)"
)


def _for_each_after_comma(m: re.Match[str]) -> str:
    """A full stop, unless talk before named the thing by a longer name ("we log the harbour
    crossings, for every crossing …": the longer name is read from the talk, not Crossing);
    an ask before it ("I want to register the lake visits, …") names it either way."""
    sentence = rx(r"[.!?\n]").split(m.string[: m.start()])[-1]
    words = sentence.lower().split()
    x = m["x"].lower().split()[-1]
    longer = (
        len(words) >= 2
        and singular(words[-1]) == x
        and words[-2] not in _DETERMINERS
        and not rx(rf"(?:{MANAGE_VERBS}|{CREATE_VERBS})").fullmatch(words[-2])
    )
    if longer and not rx(r"\b(?:want|need|like|please|could|can you|would)\b", re.I).search(
        sentence
    ):
        return m[0]
    return ". "


_DETERMINERS = frozenset("the a an our my their its all each every some any".split())


_FROM_THE_COLUMNS = re.compile(
    r"(?i)(?<=[a-z])[ \t]+(?:from|using)[ \t]+(?:these|the[ \t]+following|the)[ \t]+"
    r"(?:columns|fields|headers|headings)(?:[ \t]*[:—–-][ \t]*|[ \t]+)"
    r"(?!(?i:of|on|in|for|to|from|at)\b)(?=[A-Za-z][^\n,]{0,40},)"
)
_NEXT_THING_LISTED = re.compile(
    r";[ \t]+(?=(?P<x>[A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*){0,2})[ \t]*:[ \t]+[^\n;:]*,)"
)


def _next_thing_listed(m: re.Match[str]) -> str:
    """A full stop before the next thing, when a thing's list with a colon came before it on
    its line (never a field named before a colon: "…; note: keep it short")."""
    line = m.string[max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 400) : m.start()]
    if not rx(r"[A-Za-z]:[ \t]+[^:]*,").search(line) or m["x"].lower() in FIELD_HINTS:
        return m[0]
    return ". "


_CREATE_THE_FOLLOWING = re.compile(
    r"(?im)^[ \t]*(?:please[ \t]+)?(?:create|build|make|set[ \t]+up|generate)"
    r"(?:[ \t]+(?:the[ \t]+following|these|the[ \t]+ones[ \t]+below))?"
    r"(?:[ \t]+(?:entities|tables|models|things|resources|records))?[ \t]*:[ \t]*$"
    # (the first bullet a thing and its list: "Room (number, floor)", "Room: number, floor")
    r"(?=\n[ \t]*(?:[-*+•]|\d+[.)])[ \t]+[A-Za-z][\w -]{0,40}?[ \t]*(?:\([^)\n]*,|:[^\n]*,))"
)
_DOTTED_DASH_CHANGE = re.compile(
    r"^(?P<e>[A-Za-z][A-Za-z0-9-]{0,40})\.(?P<f>[a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*){0,4})"
    r"(?=\s+[-\u2013\u2014]\s+(?:remove|delete|drop|scrap|ditch|bin|gone)\b)",
    re.MULTILINE,
)
_WANT_DOTTED_TO_BE = re.compile(
    r"(?i)\b(?:i|we)(?:\s+would|'d)?\s+(?:really\s+)?(?:want|like|need)\s+"
    r"(?P<f>[A-Za-z][A-Za-z0-9]*\.[A-Za-z_][A-Za-z0-9_]*)\s+to\s+be\s+"
)
# (only a type that is no field's name too: "Visits - date" may list a field called date)
# (the yes/no words apart: after a "?" they answer a state's question, _TYPE_SENTENCE)
_VALUE_TYPE_WORDS = (
    r"string|text|integer|int|whole[ \t]+number|numeric|float|decimal|decimal[ \t]+number"
    r"|datetime|timestamp"
)
_PLAIN_TYPE_WORDS = rf"(?:{_VALUE_TYPE_WORDS}|boolean|bool|yes/no|true/false)"
_PLAIN_TYPE = r"(?:an?[ \t]+)?" + _PLAIN_TYPE_WORDS
_UNIT = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
_REQUIRED_SAID = r"(?:optional|required|mandatory|compulsory|nullable|not[ \t]+required)"
_NOTE_AFTER_DASH = re.compile(
    r"(?<=[a-z])[ \t]+[-—–][ \t]+(?P<note>"
    rf"{_PLAIN_TYPE}(?:[ \t]+in[ \t]+(?:{_UNIT}))?(?:[ \t]*(?:,|and)[ \t]*{_REQUIRED_SAID})?"
    rf"|{_REQUIRED_SAID}[ \t]*(?:,|and)[ \t]*{_PLAIN_TYPE})[ \t]*[.!]?[ \t]*\Z",
    re.I,
)


# "Please add a wingspan to Kite, in metres.": the unit said last, after the owner and a comma,
# is the field's (the comma cut it off and the owner was read into the field's name); said
# without the comma ("to Kite in metres") it was read right
_UNIT_AFTER_OWNER = re.compile(
    r"(?P<own>\b(?:to|on|onto)[ \t]+(?:the[ \t]+|each[ \t]+|every[ \t]+)?[A-Za-z]+),"
    rf"(?P<u>[ \t]+in[ \t]+(?:{_UNIT}))(?=[ \t]*(?:[.!]|\Z))",
    re.I,
)
# "…to Stamp - collectors always ask.": after a dash, a plural subject and an adverb of how
# often start a remark of its own (it was read into the owner's name, "StampCollectorsAsk")
# (after the owner of a change, and last in the request: "Following up on the funerals system -
# families often order flowers through us. Could …" opens with talk, the ask after it)
_REMARK_AFTER_DASH = re.compile(
    r"(?P<own>\b(?:to|on|onto|from)[ \t]+(?:the[ \t]+)?[A-Za-z]+)[ \t]+[-—–][ \t]+"
    r"(?=(?:the[ \t]+|our[ \t]+|my[ \t]+|all[ \t]+)?[a-z]+s[ \t]+"
    r"(?:always|often|keep|never|sometimes|usually|constantly|regularly|rarely|still)\b"
    r"[^.!?\n]{0,120}[.!]*[ \t]*\Z)"
)


def _note_after_dash(m: re.Match[str]) -> str:
    """The note in brackets, its unit after a comma ("(whole number, mm)"), as a note says it."""
    return " (" + rx(r"[ \t]+in[ \t]+").sub(", ", m["note"], count=1) + ")"


# (a yes/no after a "?" answers a state's question, "- empty? yes/no", and says no type of
# another field; the sentence before is an ask of three words or more, on a line of its own)
_TYPE_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?\n]))(?P<before>[ \t]*[^\s\-*+.!?][^.!?\n]*[.!?])(?P<gap>[ \t]+)(?:an?[ \t]+)?"
    rf"(?P<t>{_VALUE_TYPE_WORDS})(?:[ \t]+in[ \t]+(?P<unit>[a-z]+))?[ \t]*[.!]?[ \t]*\Z",
    re.I,
)


def _type_sentence(m: re.Match[str]) -> str:
    """ "It is a …" for a last sentence that is a type (with a unit at most)."""
    if (m["unit"] and m["unit"].lower() not in UNIT_WORDS) or len(m["before"].split()) < 3:
        return m[0]
    return f"{m['before']}{m['gap']}It is a {m['t']}."


# "Bookings: dog, date, slot, groomer - slot is a whole number", "Add slot to Booking; slot is
# optional", "…, groomer (slot is a number)": a dash, semicolon or bracket before what one of the
# names just said is (its type, whether it is required) starts a sentence of its own, as a full
# stop there does (without it the name was glued to the item before, "groomer_slot", taken for a
# thing of its own, or the bracket's type given to the item before it)
_SAID_OF = (
    r"(?:the[ \t]+)?(?P<n>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+(?:is|should[ \t]+be|must[ \t]+be)[ \t]+"
    r"(?:an?[ \t]+)?(?:" + TYPE_ALTERNATION + r"|optional|required|mandatory|not[ \t]+required)\b"
)
_SAID_OF_LISTED = re.compile(rf"(?<=[\w)])(?:[ \t]+[-—–][ \t]+|;[ \t]+)(?={_SAID_OF})", re.I)
_SAID_OF_LISTED_BRACKETED = re.compile(rf"(?<=\w)[ \t]*\((?P<said>{_SAID_OF}[^()\n]*)\)", re.I)


def _said_of_listed(m: re.Match[str]) -> str:
    """A sentence of its own where the name was said before; else the text is left. (A
    bracket about the item it follows, "a licence number (the licence is optional, …)", is
    that item's note, as it was.)"""
    before = m.string[: m.start()]
    if not re.search(rf"\b{re.escape(m['n'])}\b", before, re.I):
        return m[0]
    if "said" not in m.re.groupindex:
        return ". "
    item = rx(r"[,:;(]").split(before)[-1]
    if re.search(rf"\b{re.escape(m['n'].split()[-1])}\b", item, re.I):
        return m[0]
    return f". {m['said']}."


def _terse_change_line(text: str) -> str:
    """A terse change line said as the form the readers know (see _DASH_THEN_STATE)."""
    text = _DASH_THEN_STATE.sub(r"\g<e>: \g<f>: \g<s>\g<end>", text)
    text = _STATE_AFTER_DASH.sub(r"\g<e>: make \g<f> \g<s>\g<end>", text)
    text = _TYPE_AFTER_DASH.sub(r"\g<e>: change the type of \g<f> \g<s>\g<end>", text)
    return _TO_BE_STATE.sub(r"\g<e>: \g<f> should be \g<s>", text)


_MARKER_WORDS = frozenset("entity entities model resource table object class".split())
# "RiceField", "PlayingField", "OilWell… Column": a name written whole that ends in a word for a
# field is the thing's own name; split, "Rice field" reads as a field called rice
_SCHEMA_LAST = frozenset("field column attribute property".split())
# "FloatField", "DateTimeField", "PositiveIntegerField": a framework's kind of field, a type
_CODE_FIELD_WORDS = frozenset(
    """auto big binary boolean char date time decimal duration email file path float generic
    ip address image integer json positive slug small text url uuid""".split()
)
# "CheckIn", "CheckOut", "DropOff", "WalkIn": a verb and its particle written as one name (the
# noun "check-in"); split, the particle reads as a preposition of the sentence and the name
# loses it ("Check In(…)" read as Check)
_NAME_PARTICLES = frozenset("in out off on over down".split())


def _particle_last(words: list[str]) -> bool:
    return len(words) > 1 and words[-1].lower() in _NAME_PARTICLES


_GLUE_INSIDE = frozenset("of and or for in on to at by with from per".split())
_VERB_FIRST = frozenset(
    "track log record manage create add remove delete drop rename store keep make build list "
    "change set update register".split()
)


def _keep_case(original: str, replacement: str) -> str:
    return replacement.upper() if original.isupper() and len(original) > 1 else replacement
