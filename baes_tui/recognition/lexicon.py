"""The words recognition knows: frames, technology, constraints, fillers, types.

Kept apart from the grammar so a reader can see (and docs/recognition.md can cite) what each
word does. All words are lowercase and accent-folded, as the stages see them.
"""

from __future__ import annotations

import re

from baes_tui.core.models import AttrType

# Container and frame nouns: what a request builds *around* the entity, never the entity
# itself ("a member registry" manages Member). Stripped only as the head of a noun phrase or
# when nothing else is left; as a modifier they stay ("library members" → LibraryMember).
HARD_FRAMES = frozenset(
    """app apps application system systems service services api apis backend
    backends platform platforms portal portals database databases db software program
    programme website site solution tool tools crud interface crm erp cms lms wiki thing things
    something stuff
    model models entity entities table tables data info information resource resources way
    spreadsheet""".split()
)
# Frame nouns that may also be the thing managed when nothing else is named ("Rentals: …").
SOFT_FRAMES = frozenset(
    """registry register directory catalog catalogue catalogs inventory tracker tracking list
    lists collection log logbook record records details overview repository store storage
    archive ledger agenda rental desk dashboard manager management timetable calendar
    schedule scheduler module modules rota rotas roster rosters planner tab tabs
    worksheet worksheets workbook workbooks watchlist watchlists wishlist wishlists
    diary diaries lookup lookups""".split()
)  # ("a movie watchlist with title, genre": a list of movies, as "a movie list" is; (md64) "a
#   tree preservation order lookup with reference code, …": a tool to look the orders up)
FRAME_NOUNS = HARD_FRAMES | SOFT_FRAMES
# Frames that are a whole system (never an entity's own name or marker).
SYSTEM_WORDS = frozenset(
    """app apps application system systems service services api apis backend
    backends platform portal portals database databases db software program programme website
    site solution tool tools crud interface crm erp cms lms wiki""".split()
)
# What records are kept on or in, said as a frame only when what it holds follows ("a job
# board of volunteer roles", "an address book for suppliers", "a sign-up sheet for
# volunteers", "a rework board tracking rework jobs"); alone it may be the thing ("Boards:
# length, fin type"), so it is never stripped as a frame noun is.
LED_FRAMES = FRAME_NOUNS | frozenset("board boards book books sheet sheets".split())
# Frame phrases of more than one word.
FRAME_PHRASES = (("address", "book"), ("front", "desk"), ("help", "desk"), ("web", "app"))
# Nouns that never name an entity, not even as the only word left ("we need a database",
# "something for the school", "make it better", "delete everything", "track what I spend").
NEVER_ENTITY = HARD_FRAMES | frozenset(
    """anything everything nothing all it them they this that these those everyone somebody
    nobody everybody someone anyone anybody
    one ones details validation ui ux bug bugs fix code field fields attribute attributes
    column columns record records row rows schema request requests help kind sort type
    types better faster thank thanks hello hi hey please yes no ok okay requirements
    requirement constraints constraint specification specs spec goals goal scope acceptance
    criteria background summary features feature todo changes change update updates fields
    version iteration release here there now today tomorrow yesterday way whether what whatever
    which who whom""".split()
)
TECH_WORDS = frozenset(
    """python fastapi sqlite sqlite3 json api apis rest restful http https html sql pydantic
    uvicorn orm jinja jinja2 swagger openapi pytest flask django postgres postgresql mysql
    docker crud web backend frontend endpoint endpoints server""".split()
)
# Words that make a line a constraint (how to build, schema, data that must survive, tests,
# deployment) rather than a field or an entity. "Follow clean architecture" is how to build;
# "Nightly backups" is data that must survive (the plural: "backup phone" may be a field).
# "lost" only in the passive ("no data may be lost", CONSTRAINT_PATTERNS): "lost items" are
# things. "loss" likewise only where data is what is lost ("no data loss", "without loss"):
# a loss adjuster, a date of loss and a first notice of loss are things an insurer keeps.
PRACTICE_WORDS = frozenset(
    """practices pep hints typed idiomatic conventions convention migration migrations
    migrate migrated schema survive survives surviving test tests tested testing pytest deploy
    deploys deployment deployments upgrade upgrades restart restarts endpoint endpoints
    start-up startup destructive lose kept existing preserve preserved preserving
    stay stays remain remains usual documentation readme docker modules functions organised
    organized formatted lint linted standards guidelines ui ux docs architecture backups naming
    """.split()
)
# (lv62) "each event is organised by one hirer", "samples are tested by a single lab": a practice
# participle in the passive with a counted agent says who does it to each record, a link of two
# kinds ("code organised by feature", "organised by one module per entity" stay how to build)
_DONE_BY_COUNTED = re.compile(
    r"\b(?:is|are|was|were|be|been|gets?|got)\s+(?:(?:always|usually|normally|only|also)\s+)?"
    r"(?:organised|organized|tested)(?=\s+by\s+(?:one|a single|exactly one|only one|just one"
    r"|an?|many|several|multiple)\s+(?P<agent>[a-z-]+(?:\s+[a-z-]+)?)\s*(?:[.;!]|$))"
)
# What code is organised or tested by: the build's parts and tools, never a party to a link
_BUILD_AGENTS = frozenset(
    """module modules feature features layer layers file files folder folders package packages
    component components domain domains class classes function functions service services
    entity entities type types ci pipeline pipelines server servers suite suites script scripts
    tool tools bot bots framework frameworks linter test tests""".split()
)


def done_by_counted(low: str) -> str:
    """The text with a practice participle said of a counted agent ("is organised by one
    hirer") made a plain verb, so it reads as the link it is and not as how to build."""

    def plain(m: re.Match[str]) -> str:
        if set(m["agent"].split()) & (_BUILD_AGENTS | TECH_WORDS):
            return m[0]
        return m[0].rsplit(None, 1)[0] + " run"

    return _DONE_BY_COUNTED.sub(plain, low)


# (every alternative of PRACTICE_AS_NOUN holds one of these words: a text without one is left
# as it is, without running the pattern)
PRACTICE_NOUN_WORDS = ("stay", "remain", "kept")
# "each stay", "from the Stay entity", "Stay -> Dog": "stay" as a noun (a kennel's or a
# hotel's stays) is a thing kept, not data that must stay; a determiner, a preposition or a
# linking verb before it, or an arrow or "entity" after it, makes it the noun
PRACTICE_AS_NOUN = re.compile(
    r"\b(?:a|an|the|each|every|per|our|their|its|his|her|my|your|one|this|that|these|those"
    r"|of|on|from|with|and|or|plus|track|tracking|relate|link|connect|booked|book|log|manage)\s+"
    r"(?:stays?|remains)\b(?!\s+(?:in|as|the|same|on|required|optional|fair"
    r"|correct|intact|untouched|unchanged)\b)"
    r"|^(?:stays?|remains)\s*(?=->|:|\s+entity\b|\s+belongs?\b|\s+(?:has|have)\b)"
    # "each boarding stay belongs to one kennel": a kind of stay, counted, then its link
    r"|\b(?:a|an|each|every|one|per)\s+(?!(?:data|record|row|value|field|entry|item|thing)\b)"
    r"[a-z]+\s+stays?\s+(?=belongs?\b|(?:has|have)\s+(?:one|a single|exactly one|many)\b)"
    # "track hotel stays with …", "a log tracking guest stays": a kind of stay kept
    r"|\b(?:track|tracking|log|logging|manage|managing|record|recording|keep|keeping|book"
    r"|booking|booked|for|of)\s+(?:(?:the|our|all|their)\s+)?(?!(?:data|database|db|app|system|schema"
    r"|code|service|table|tables|records?|history|everything|it|this|that|old|existing)\b)[a-z]+\s+"
    r"stays\b(?!\s+(?:in|as|the|same|on|required|optional|fair|correct|intact|untouched"
    r"|unchanged)\b)"
    # "each canoe is kept in one shed": where a thing is, counted, is a link, not kept data
    r"|\b(?:is|are|be|gets?)\s+kept\s+(?=(?:in|at|on|with|by)\s+(?:one|a single|exactly one"
    r"|only one|many|several|multiple)\s)"
    # "each dog stays in one kennel": where a thing stays, counted, is a link as well
    r"|\bstays?\s+(?=(?:in|at)\s+(?:one|a single|exactly one|only one|just one)\s)"
    # "stay length", "a stay type": before a word that names a value, a stay is what it is of
    r"|\bstay\s+(?=(?:length|duration|type|total|price|cost|fee|nights|reference|code|rate"
    r"|status)\b)"
    # "Kennel (…) and BoardingStay (check-in date, …)": a kind of stay with its own fields in
    # brackets is a thing declared (a verb before "stay", "must stay (as is)", is not)
    r"|\b(?!(?:must|should|shall|will|would|can|could|may|might|to|always|still|it|they|data"
    r"|records?|rows?|not)\b)[a-z]+\s+stays?(?=\s*\([a-z])"
)
CONSTRAINT_WORDS = PRACTICE_WORDS | frozenset(
    "json rest restful sqlite fastapi python pydantic http csv xml xlsx".split()
)
# Tools and qualities of the build said under a heading of the project ("Migrations: alembic,
# versioned", "Backups: nightly, encrypted", "Auth: oauth, jwt"): closed class, read only as the
# items of a list under such a heading, where a thing's fields would be nouns of its own
BUILD_VALUES = frozenset(
    """alembic flyway liquibase kubernetes k8s helm nginx gunicorn github gitlab bitbucket
    jenkins circleci travis terraform ansible heroku aws azure gcp vercel netlify redis celery
    mypy ruff black flake8 pylint isort sphinx mkdocs markdown oauth oauth2 jwt sso ldap saml
    sentry prometheus grafana s3 cron yaml toml graphql grpc websockets tox nox poetry pipenv
    systemd ubuntu debian playwright selenium cypress unittest versioned automated automatic
    encrypted nightly hourly reversible idempotent documented structured async incremental
    compressed containerised containerized dockerised dockerized reproducible atomic
    zero-downtime replicated offsite off-site linted typed""".split()
)
# Headings of the project that are no practice word ("Logging:", "Auth:", "CI:") but head, like
# "Tests:" and "Deployment:", how it is built; a list of BUILD_VALUES under one is a constraint
PROJECT_TOPICS = frozenset(
    """logging logs auth authentication authorisation authorization ci cd ci/cd hosting
    security monitoring caching cache stack tooling linting packaging observability infra
    infrastructure persistence versioning backup backups database db api""".split()
)
# What a line about technology only may say besides technology words ("Responses are JSON",
# "Use FastAPI and SQLite", "JSON in and out", "Keep it RESTful, JSON only").
TECH_CONTEXT = frozenset(
    """use uses using used speak speaks talk talks in out only everywhere storage responses
    requests response request format formats are is be keep it and or with for as via on
    all of everything store stored stores data database tables table should must answer
    answers reply replies return returns same always everything its built build made written
    implemented developed coded run runs running backed powered based top""".split()
)
CONSTRAINT_PATTERNS = re.compile(
    # ("a parcels table with weight and created_at": "created at/on/by" is a field's name, as
    # "starts at", "start date" are)
    r"\btables?\b[^.]*\b(?:created(?!\s+(?:at|on|by|date|time)\b)|create"
    r"|starts?(?!\s+(?:at|on|date|time)\b))\b"
    r"|\bwhen the app starts\b"
    r"|\b(?:at|on) start[- ]?up\b|\bkeep it (?:simple|small|clean)\b"
    # "Keep the code simple": the same said of the code
    r"|\bkeep (?:the|our) (?:code|codebase|code base)\s+(?:simple|small|clean|tidy|readable|lean)\b"
    # "The type of each field must be documented", "Status changes must be logged": what the
    # builders must document or audit, no data kept
    r"|\b(?:must|should|shall|need to|needs to|has to|have to)\s+be\s+(?:documented|audited"
    r"|logged)\s*\.?$"
    r"|\b(?:good|best|common|standard|usual|coding) practice\b"
    # (mix59) "Store image files on disk, only metadata in the database": where the builders
    # keep a thing's bytes, no data of its own
    r"|\b(?:store|keep|save|put)\s+(?:the\s+|all\s+|our\s+|any\s+)?[a-z]+(?:\s[a-z]+){0,3}?"
    r"\s+(?:on (?:the )?disk"
    r"|on the (?:file ?system|server)|in (?:s3|a bucket|the cloud|cloud storage|object storage"
    r"|the file ?system)|outside the database)\b|\bonly (?:the )?metadata in the database\b"
    r"|\b(?:no|don't|do not|never)\s+(?:new|other|more|any|add|touch|change)\b[^.]*"
    r"\b(?:fields?|columns?|schema|changes?)\b|\bno (?:new|other) fields?\b"
    r"|\bstay(?:s)? in the database\b|\bmust (?:still )?pass\b"
    # "Keep the email and phone on Owner as they are": what is left alone beside a change
    r"|^(?:please\s+)?(?:keep|leave)\s.+\s(?:as (?:they are|it is|is|before)|unchanged"
    r"|untouched|alone)$"
    # "no data may be lost", "so that nothing gets lost": data that must survive
    r"|\b(?:be|been|being|is|are|was|were|get|gets|got|getting|go|goes|went|gone)\s+"
    r"(?:[a-z]+\s+)?lost\b"
    # "No data loss", "without any loss", "loss of data": data that must survive
    r"|\b(?:no|without|zero|avoid|avoiding|prevent|preventing|any|data|record|silent)\s+"
    r"(?:any\s+)?(?:data\s+)?loss\b|\bloss of (?:any\s+)?(?:data|records?|rows?|entries"
    r"|information|history)\b"
    # (md64) "Stock figures from the old spreadsheet must be imported", "the current inventory
    # needs to be brought over": data to bring in from before, a migration (it was unread and
    # its words doubted as fields lost)
    r"|\b(?:must|should|shall|will|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:imported|migrated"
    r"|brought\s+(?:over|across|in)|carried\s+(?:over|across)|copied\s+(?:over|across))\b"
    # (md64) "Scores are shown with one decimal place", "weights displayed to 2 decimals": how
    # a number is written out, a rule of display (it read a thing Score with a field place)
    r"|^(?:all\s+|the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:(?:are|is|must|should|shall|will)"
    r"\s+(?:be\s+)?)?(?:shown|displayed|printed|formatted|rounded|written|appear|show|display)"
    r"\s+(?:with|to|at|in)\s+(?:\d+|one|two|three|four|a single)\s+decimal(?:s|\s+places?)\b"
    # "Inspections are listed newest first", "sorted by name": how a list is shown
    r"|\b(?:listed|sorted|ordered|shown|displayed)\s+(?:newest|oldest|latest|most recent"
    r"|alphabetically|by\s+(?:date|name|newest|oldest))\b"
    # "Audit trail handled by the platform", "sign-in provided by the framework": work another
    # part of the system does, out of this app's data
    r"|\b(?:handled|provided|covered|done|managed|taken care of|dealt with)\s+(?:by|in|through"
    r"|via)\s+(?:the\s+|our\s+|an?\s+)?(?:platform|framework|hosting|infrastructure"
    r"|devops|ops team|it team|it department|another team|other team|separate (?:service"
    r"|system|app)|external (?:service|system)|third[- ]party)\b"
    # "Make sure it still works after updates", "ensure nothing breaks": how it must behave
    r"|^(?:please\s+)?(?:make sure|ensure|be sure)\s+(?:that\s+)?(?:it|everything|nothing"
    r"|the (?:app|system|api|service|database|data))\b"
    # "Keep every service record for two years", "records are kept for 7 years": how long
    # data is kept, a retention rule, no thing or field of its own
    r"|^(?:please\s+)?(?:keep|retain|store|hold)\s+(?:(?:all|every|each|the|our)\s+)*"
    r"(?:[a-z'-]+\s+){1,3}?for\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve)\s+(?:full\s+)?(?:years?|months?)\b"
    r"|\b(?:are|is|must be|should be|to be)\s+(?:kept|retained|stored)\s+for\s+(?:at\s+least\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?)\b"
    # "All prices include VAT", "fees are in euros": how money is stated, a rule of the
    # business (it read a thing Price with a field vat)
    r"|^(?:(?:all|our|the)\s+)?(?:prices|amounts|fees|costs|totals|rates|charges)\s+(?:(?:include"
    r"|exclude)\s+(?:the\s+)?(?:vat|gst|sales tax|tax)\b|are\s+(?:(?:inclusive|exclusive)\s+of"
    r"|including|excluding|with|without|ex|incl\.?|excl\.?)\s+(?:vat|gst|tax)\b"
    r"|are\s+(?:all\s+)?in\s+(?:pounds|euros|dollars|gbp|eur|usd|sterling)\b)"
    # "Nothing else", "That's all", "no other changes": the end of what is asked
    r"|^(?:and\s+)?(?:nothing|none)\s+(?:else|more)\b|^that(?:'s| is) (?:all|it)\b"
    # "Follow our API style guide", "follow the team's guidelines": how to build ("Development
    # shall follow our coding standard": a requirement on the work, said of it)
    r"|^(?:(?:development|the code|code|implementation|developers)\s+(?:shall|must|should|will)"
    r"\s+)?(?:please\s+)?(?:follow|obey|respect|stick to|adhere to)\s+(?:our|the|all|any)\s+"
    r"(?:[a-z']+\s+){0,3}(?:style\s*guides?|guides?|guidelines|rules|conventions|standards?"
    r"|patterns)\b"
    # "Must follow NICE guidance", "must comply with GDPR", "Acknowledge within 5 working days":
    # a duty the service has (a regulation to meet, a deadline to answer in), no data of its own
    r"|^(?:(?:must|should|shall|will|needs? to|has to)\s+)?(?:follow|comply with|adhere to"
    r"|conform to|be compliant with|meet)\s+(?:our\s+|the\s+|all\s+|any\s+|current\s+)?"
    r"(?:[a-z0-9'-]+\s+){0,3}(?:guidance|guidelines?|rules|regulations?|standards?|polic(?:y|ies)"
    r"|procedures?|law|legislation|gdpr|hipaa)\b"
    # "(Ensure the system) complies with ISO 9001", "must conform to AS 4360": a wish to comply
    # names a rule to meet, whatever its name, never a thing kept
    r"|^(?:(?:must|should|shall|will|needs? to|has to)\s+)?(?:comply|complies|conform|conforms"
    r"|be compliant|is compliant|are compliant)\s+(?:with|to)\s+[a-z0-9]"
    r"|^[a-z]+(?:\s+[a-z]+)?\s+within\s+\d+\s+(?:working\s+|business\s+|calendar\s+)?"
    r"(?:minutes|hours|days|weeks|months)\s*[.!]?$"
    # "Times stored in UTC", "dates kept as ISO 8601": a format, not a thing with fields
    r"|\b(?:stored|kept|saved|recorded|shown|displayed|written|sent)\s+(?:in|as)\s+"
    r"(?:utc|gmt|iso(?:[- ]?8601)?|utf-?8|unix time|epoch)\b"
    # ("All timestamps UTC", "dates ISO 8601": the format said straight after what it is of)
    r"|^(?:all\s+|every\s+)?(?:timestamps?|times|dates|datetimes)\s+(?:utc|gmt|iso(?:[- ]?8601)?)\b"
    # "Must be backwards compatible with the current API": what must keep working
    r"|\bbackwards?[- ]compatib(?:le|ility)\b"
    # "Staff log in with their own PIN", "users sign in with Google": how people get in
    r"|^(?:all\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:log|logs|sign|signs)\s+(?:in|on)\s+with\b"
    # "Keep all records for seven years", "retain the logs for 6 years": how long data must
    # survive, a retention rule, not a thing kept by years
    r"|^(?:please\s+)?(?:keep|retain|hold|store|archive)\s+(?:all\s+|the\s+|every\s+|our\s+)*"
    r"(?:records?|data|rows?|entries|history|information|everything|logs?)\s+for\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:years?|months?|weeks?|days?)\b"
    # "Keep seven years of invoice history", "retain 6 years' worth of logs": the same said with
    # the time first
    r"|^(?:please\s+)?(?:keep|retain|hold|store|archive)\s+(?:at\s+least\s+)?(?:\d+|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:years?|months?"
    r"|weeks?|days?)(?:'s?)?\s+(?:worth\s+)?of\b"
    # "Tests must cover withdrawals", "automated tests should check the totals": what the tests
    # of the code exercise, not things linked
    r"|^(?:all\s+|the\s+|unit\s+|automated\s+|integration\s+)?tests\s+(?:must|should|shall"
    r"|need to|have to|will)\s+(?:also\s+)?(?:cover|check|verify|exercise|test)\b"
    # "Provide a JSON export for the GIS team", "expose a CSV feed": a format delivered to
    # someone, how the data leaves the app, not a thing kept
    r"|^(?:please\s+)?(?:provide|offer|expose|support|generate|produce|add|include)\s+"
    r"(?:an?\s+|the\s+)?(?:json|csv|xml|xlsx|excel|pdf|rest|restful)\s+(?:exports?|feeds?"
    r"|downloads?|endpoints?|apis?|reports?|files?|outputs?|extracts?)\b"
    # "Keep client info private", "keep the notes confidential": who may see data, not a thing
    # ("keep the names lowercase": how names are written, a style)
    r"|^(?:please\s+)?keep\s+(?:[a-z']+\s+){1,3}(?:private|secure|safe|confidential|hidden"
    r"|secret|lower\s?case|upper\s?case)\s*(?:$|[,.;!]|\s+(?:from|so|and|please)\b)"
    # "All prices in USD", "Amounts shown in naira, 2 decimals": the currency money is shown in
    r"|^(?:all\s+)?(?:prices|amounts|costs|totals|fees|monetary values)\s+(?:(?:are|shown"
    r"|displayed|kept|stored|shall be|should be|must be|expressed)\s+)*in\s+[a-z$]"
    r"|^(?:all\s+)?(?:prices|amounts|costs|totals|fees)\s+(?:must|should|shall|will)\s+"
    r"(?:show|display|be shown|be displayed)\s+(?:with|in)\b"
    # "index on title", "add a unique index on (code, day)": how the table is searched
    r"|^(?:(?:add|create)\s+)?(?:an?\s+)?(?:(?:unique|composite|gist|gin|b-?tree|full[- ]text"
    r"|partial)\s+)?index(?:es)?\s+on\b"
    # "Keep old specimens", "keep the existing rows": data that must survive a change
    r"|^(?:please\s+)?(?:keep|preserve|retain)\s+(?:all\s+)?(?:the\s+)?(?:old|existing"
    r"|previous|past|earlier|stored)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:$|[.!]|\s+(?:when|after"
    r"|during|across|through)\b)"
    # "Keep all booking history", "retain all the member records": every row of a kind kept
    # through a change (without "all", "keep booking history" may ask for a thing to be kept)
    r"|^(?:please\s+)?(?:keep|preserve|retain)\s+all\s+(?:of\s+)?(?:the\s+|our\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:history|histories|records|data|rows|entries)\s*(?:$|[.!;])"
    # "Card details are never stored", "passwords must not be kept": data the app may never
    # hold, a rule on the data, not a thing kept ("… not stored anymore" is a removal)
    r"|^(?!.*\b(?:anymore|any more|any longer|no longer)\b)(?:the\s+|all\s+|any\s+|our\s+)?"
    r"(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:(?:are|is)\s+never|(?:must|should|shall|may|can|will)"
    r"\s+(?:not|never)\s+be)\s+(?:stored|kept|saved|recorded|logged|retained|held|persisted)\b"
    r"|^(?!.*\b(?:anymore|any more|any longer|no longer)\b)(?:we\s+)?never\s+(?:store|keep"
    r"|save|record|log|retain|persist)\b"
    # "…; nothing else may be deleted", "no data may be removed": what must stay as it is
    r"|^(?:and\s+)?(?:nothing|no\s+(?:other\s+)?[a-z]+)\s+(?:else\s+)?(?:may|must|can|should"
    r"|shall|will)\s+(?:ever\s+)?be\s+(?:deleted|removed|dropped|lost|erased|touched|changed)\b"
)
# Words at the start of a phrase that carry no name: articles, possessives, quantifiers.
FILLER = frozenset(
    """a an the each every all any some our my their its his her your this that these those
    one new simple basic small tiny little big few several various different certain own many
    multiple numerous
    just only also too both either current existing another other i we you it they them me
    us he she two three four five six seven eight nine ten twelve""".split()
)
# Words that name no field even when listed: "add validation", "delete everything".
NEVER_FIELD = frozenset(
    """everything anything something nothing stuff things validation validations security
    authentication authorization logging tests testing improvements back again
    work rethink love attention fixing tlc polish overhaul makeover revamp cleanup way ability
    possibility standard usual normal typical relevant necessary obvious audit auditing""".split()
)  # ("… needs work", "… needs a rethink", "add a way for users to pay": effort, not data;
#   "give Booking the standard fields", "add audit fields to Loan": which fields is not said)
INTERJECTIONS = frozenset("oh ah um uh hmm erm well so ok okay lol yeah yep hey".split())
# Field names that are plural in their own right ("allergies", "notes"): kept plural.
PLURAL_FIELDS = frozenset(
    """allergies notes items comments details remarks instructions ingredients tags keywords
    skills hobbies interests symptoms needs preferences credits copies pages seats points
    hours minutes guests bays specs requirements languages allergens photos pictures photographs
    images drawings attachments recipients addressees initials pronouns medications
    medicines""".split()
)
# Adjectives that describe a request, not the thing managed.
SIZE_WORDS = frozenset(
    """small tiny little big simple basic quick new whole favourite favorite main various
    different usual regular upcoming past current future registered existing local
    individual separate actual proper decent nice good real older newer""".split()
)
PRONOUNS = frozenset("it they them this that these those each one ones both".split())
# Words that can never be (part of) a field name.
NOT_A_FIELD = frozenset(
    """i we you they he she me us them it is are was were be been to do does did can could
    would should will shall may might must want wants please thanks hello hi hey before
    after unless than because whenever
    ok okay so then also just really very lol btw etc yes no""".split()
)
# Words that usually name a field, not an entity (a rename or removal of these is of a field).
FIELD_HINTS = frozenset(
    """name names title description email phone address code status notes note number date
    dates url username password comment comments content body label isbn sku colour color
    size city country zip age price amount total quantity qty surname nickname fax plate
    registration deadline salary weight rating score count at time slug bio birthday
    dob mileage capacity stock year priority severity level rank stage grade size status
    postcode""".split()
)
# The parts of a screen a thing is shown on: "the Member screen" is how Member is shown, and a
# change said of it is a change to Member
UI_WORDS = frozenset("screen page form view tab".split())
# Words that open a multi-word field name ("start date", "due date", "first name").
FIELD_MODIFIERS = frozenset(
    """first last full middle start end due birth hire join issue expiry opening closing unit
    created updated contact home work mobile postal license licence plate phone email date
    check delivery pickup return order publication release next previous max min maximum
    minimum average current daily weekly monthly yearly annual gross net sell buy selling
    buying retail wholesale asking""".split()
)  # ("sell price", "asking price": which price, never a thing Sell that has one)
# Words that open a question or a reported clause ("what the customer said", "asking what amt
# means"): what follows is said or asked, never a thing's or a field's name
WH_WORDS = frozenset("what which who whom whose when where why how whether if".split())
MANAGE_VERBS = (
    r"manag(?:e|es|ing|ed)|track(?:s|ing|ed)?|keep(?:s|ing)? track of|keep(?:s|ing)? tabs on"
    r"|handl(?:e|es|ing)|stor(?:e|es|ing)|maintain(?:s|ing)?|organi[sz](?:e|es|ing)"
    r"|administer(?:s|ing)?|record(?:s|ing)?|register(?:s|ing)?|log(?:s|ging)?|hold(?:s|ing)?"
    r"|list(?:s|ing)?|catalog(?:ue)?(?:s|ing)?|schedul(?:e|es|ing)|control(?:s|ling)?"
    # "following up on my email" is the phrasal verb "follow up": nothing named Up is kept;
    # "following on from yesterday's call", "following from the audit" say when, not what
    r"|follow(?:s|ing)?(?!\s+(?:up|on from|from)\b)|sav(?:e|es|ing)|keep(?:s|ing)?|look after"
    r"|looks after"
    r"|oversee(?:s)?"
    r"|know about|keep an eye on|monitor(?:s|ing)?|document(?:s|ing)?|see|view|browse"
    r"|captur(?:e|es|ing)|collect(?:s|ing)?|look up|plan(?:s|ning)?"
    r"|get a (?:grip|handle) on|get on top of"
    # "an app for our choir to sign up singers with …": people signed up are kept
    r"|sign(?:s|ing)? up|enrol(?:s|ling)?|enroll(?:s|ing)?"
)
CREATE_VERBS = (
    r"creat(?:e|es|ing)|build(?:s|ing)?|mak(?:e|es|ing)|defin(?:e|es|ing)|generat(?:e|es|ing)"
    r"|design(?:s|ing)?|develop(?:s|ing)?|implement(?:s|ing)?|set(?:ting)? up|setup|write|whip up"
    r"|put together|get|give|start|prepare|introduce|need|needs|needing|want|like"
    # "produce a register …" makes one; "Produce deliveries - …" (no article) are the farm's
    # produce, a noun that names the thing kept
    r"|add|have|provide|produce(?=\s+(?:a|an|the|me|us|some|something|one)\b)"
    r"|spin up|knock up|throw together|do|model|love"
    # "scaffold a booking app", "scaffold Subscription model" make one; "Scaffold hire: …",
    # "Scaffold Inspections – spec" name the builder's scaffold, the thing kept
    r"|scaffold(?=\s+(?:a|an|the|me|us|some|something|one|out|up|my|our)\b"
    r"|\s+\S+\s+(?:model|resource|app|api|crud)\b)"
    # "put up a job board of volunteer roles with …": a board or list put up is made; "put up
    # the prices" raises them
    r"|put up(?=\s+(?:a|an|me|us|some)\s)"
    r"|looking for|look for|searching for"
)
# A formula: "total = amount × (1 + tax rate)", "net = amount - discount" (× may be folded to x)
FORMULA = r"\b[a-z_]\w*\s*=\s*[\w(][^=\n]*?(?:[×*/+−]|\s[x-]\s|\b(?:plus|minus|times)\b)"
# "each ticket has …", "where every order needs …": the verbs that introduce what a thing holds
HAVING_VERBS = r"has|have|needs?|gets?|should have|must have"
# words that say a thing is more than what there is ("… a phone too", "also a fax"): one list
# for every reader that tells an addition from a declaration of all a thing has
MORE_WORDS = r"also|too|as well|additionally"
CHANGE_VERBS = r"rename|remove|delete|drop|change|modify|alter|update|extend|convert|make|rm"
# Verbs that open an instruction: a sentence starting with one has no subject entity.
COMMAND_VERBS = (
    rf"{MANAGE_VERBS}|{CREATE_VERBS}|assign|relate|link|connect|associate|update|change|modify"
    r"|remove|delete|drop|rename|extend|use|follow|include|cover|leave|keep|call|put|let|store"
    r"|allow|ensure|support|show|list|wire|hook|attach|convert|migrate|refactor|fix|improve"
    r"|clean|undo|redo|test|deploy|expose|return|accept|validate|send|notify|track|mark|set"
    r"|tell|show|give|explain|say|ask|answer|translate|summari[sz]e|help|find|search|sort"
    r"|print|run|open|close|write|read|check|go|come|thank|please"
)
# "I need to", "we would like", "need to", "she wants to" (an ask passed on for someone): the
# asking before the verb; "we need X" keeps "need" as the verb.
ASKING = (
    r"(?:(?:(?:i|we|you|he|she|they)\s+(?:would\s+|also\s+|really\s+|just\s+|will\s+|do\s+"
    r"|still\s+)*"
    # ("our co-op needs to …": a hyphenated name of who asks)
    r"|(?:our|the|my)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?)?"
    r"(?:(?:like|love|want|wants|need|needs|wish|am needing|are needing|require|have|would want"
    r"|are going|am going|plan|hope|are starting|am starting)\s+to\s+(?:be able to\s+)?"
    r"|let us\s+"
    r"|am looking to\s+"
    r"|are looking to\s+|(?:need|want) to be able to\s+|help (?:me|us) (?:to\s+)?)"
    # "we must keep a register of inspections": an obligation of ours is an ask too
    r"|(?:i|we)\s+(?:really\s+|also\s+)*(?:must|should)\s+(?=(?:keep|track|record|log|register|manage)\b)"
    # "would be nice to log the drone flights: …": a wish said of the doing is an ask too
    r"|(?:it\s+)?(?:would|'d)\s+be\s+(?:really\s+|very\s+|so\s+)?(?:nice|great|good|handy|useful"
    r"|helpful|lovely|ideal)\s+to\s+(?=(?:keep|track|record|log|register|manage)\b)"
    r"|(?:i|we|you|he|she|(?:our|my|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:would\s+|also\s+|really\s+"
    r"|just\s+"
    r"|will\s+|do\s+|still\s+)*(?:am\s+|are\s+)?(?=(?:like|love|want|wants|need|needs|needing"
    r"|require|looking for)\b))"
)

TYPE_WORDS: dict[str, AttrType] = {
    **dict.fromkeys(("string", "str", "text", "varchar", "char", "textual"), AttrType.STR),
    **dict.fromkeys(("integer", "int", "whole number", "count", "integers"), AttrType.INT),
    # ("a number without decimals" is a whole number, said the long way)
    **dict.fromkeys(
        ("number without decimals", "number with no decimals", "number without decimal places"),
        AttrType.INT,
    ),
    **dict.fromkeys(
        ("number", "numeric", "float", "double", "real", "decimal number"), AttrType.FLOAT
    ),
    **dict.fromkeys(("decimal", "money", "currency", "currency amount"), AttrType.DECIMAL),
    **dict.fromkeys(
        ("bool", "boolean", "flag", "yes/no", "true/false", "yes or no", "true or false"),
        AttrType.BOOL,
    ),
    "date": AttrType.DATE,
    **dict.fromkeys(("datetime", "timestamp", "date and time", "date time"), AttrType.DATETIME),
    **dict.fromkeys(("email", "e-mail", "email address"), AttrType.EMAIL),
}
# TYPE_WORDS as one regex alternation, longest first ("whole number" before "number")
TYPE_ALTERNATION = "|".join(re.escape(t) for t in sorted(TYPE_WORDS, key=len, reverse=True))
# Unit words in an annotation say nothing about the type: "weight (kg)", "duration (minutes)".
UNIT_WORDS = frozenset(
    """kg kgs g grams gram kilograms kilos km m cm mm meters metres miles minutes minute hours
    hour seconds days day weeks months years eur euro euros usd dollars gbp pounds percent
    lbs lb liters litres ml sqm millilitres milliliters microlitres microliters ul mg
    milligrams grams kilometres kilometers millimetres millimeters centimetres centimeters
    inches inch feet ft yards nm ng ppm ppb m2 m3 cm2 cm3 km2 sqft
    microns micrometres micrometers hectares hectare acres hertz hz khz mhz ghz watts kilowatts
    megawatts kw kwh volts amps amperes celsius fahrenheit kelvin tonnes tons ounces oz pints
    gallons knots mph kph kmh calories kcal joules decibels bpm rpm newtons pascals psi
    bytes kb mb gb tb kilobytes megabytes gigabytes terabytes
    naira kobo cedi cedis rand shilling shillings rupee rupees yen yuan peso pesos dirham
    dirhams riyal riyals ringgit baht zloty cents pence jmd ttd bbd xcd ngn ghs kes zar inr
    jpy cny mxn brl""".split()
)  # (the money of the country a shop is in: "price in naira", "fee in rand")
# A unit of measure with a metric prefix is a unit ("megalitres", "kilopascals", "milliamps"):
# the prefixes and the units they go with are closed classes, so every pairing is one
UNIT_WORDS = UNIT_WORDS | frozenset(
    prefix + base + plural
    for prefix in "kilo mega giga milli micro centi nano".split()
    for base in "litre liter metre meter gram watt joule volt amp pascal newton tonne".split()
    for plural in ("", "s")
)

# Type inference from a field's own words (README of the corpus, "Types").
INT_WORDS = frozenset(
    """age ages count counts quantity quantities qty year years stock capacity pages page seats
    population copies credits bays guests points mileage servings calories laps""".split()
)  # (servings, calories, laps: how many, said by the plural alone)
DECIMAL_WORDS = frozenset(
    """price prices cost costs amount amounts total totals salary salaries fee fees balance
    balances budget budgets wage wages tax taxes revenue payment subtotal rent money deposit
    deposits fine fines fare fares toll tolls surcharge refund charge charges premium
    premiums takings earnings income payout payouts proceeds vat gst sales amt amts duty levy
    levies valuation valuations excess contribution contributions stipend stipends""".split()
)  # (VAT and GST are taxes said by their letters, a duty and a levy are taxes too; "total
#   sales" is the money taken; "amt" is "amount" typed short; a valuation is what a thing is
#   worth in money, as a "resale value" is; (lw62) an excess, said alone, is the sum an
#   insured person pays first on a claim, as dev labels it)
FLOAT_WORDS = frozenset(
    """rating ratings score scores weight weights height heights width widths length lengths
    depth percentage percent temperature latitude longitude gpa distance ratio average
    rainfall thickness diameter radius circumference altitude elevation speed pressure humidity
    voltage mass density salinity acreage wingspan volume tonnage wattage amperage handicap
    kilos""".split()
)  # (a player's handicap is a number that may have a decimal, 12.4; "kilos" is a weight; a
#   vehicle's "payload" is one too, but a message's is its data: lp60 tried it, and a reading
#   of the blind split people had right broke, so it stays text)
BOOL_WORDS = frozenset(
    """active enabled disabled verified available published archived paid deleted shipped
    delivered done completed complete cancelled canceled approved visible public private
    confirmed resolved retired renewable electric awarded mandatory heated insured
    refunded locked open closed sold returned signed booked reserved settled collected received
    dispatched invoiced vaccinated neutered spayed certified licensed passed failed occupied
    finished accepted rejected""".split()
)
DATE_WORDS = frozenset("date dates birthday birthdate dob deadline".split())
# Past participles English spells its own way ("year built", "tax_withheld", "when it was
# sold"): a name's word that says what was done to the thing, as "-ed" does for the rest.
# English's irregular past participles (a closed class; those that are also everyday nouns,
# "read", "ground", "wound", "hit", "led", are left out)
IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken beaten begun bitten blown born bought bred broken brought built burnt caught
    chosen cut dealt done drawn driven drunk dug eaten fallen fed fled flown forbidden
    forgiven forgot forgotten fought found frozen given grown held hidden hung kept known laid
    learnt left lent lost made met mistaken mown overseen overtaken owed paid rebuilt repaid
    resold rewritten ridden risen rung seen sent set sewn shaken shorn shot shown shrunk slept
    sold sought sown spent spilt spoken spun stolen struck strung stung sung sunk swept swum
    taken taught thought thrown told torn understood undertaken withdrawn withheld woken won
    worn woven written lit heard""".split()
)
# "languages spoken", "subjects taught", "skills known": after a plural they say which ones
# (text), where "goals won" and "tickets sold" say how many; (lw62) so do what is offered,
# learnt or studied ("skills offered", "services offered", "lessons learned", "subjects
# studied"), kinds on a menu or in a head, not units handed over
LISTING_PARTICIPLES = frozenset(
    "spoken known taught told worn offered learned learnt studied".split()
)
DATETIME_LAST = frozenset("at timestamp datetime".split())

# The names of days and months ("on Monday", "in March", "the pilot ended in June"): times,
# never a thing kept (closed class)
TIME_NAMES = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)


# Words for one record of whatever is kept ("add a timestamp to each record")
RECORD_WORDS = frozenset(
    "record entry row item data details info information entity thing something stuff way".split()
)


def counted_thing(phrase: str) -> bool:
    """ "each site", "every store": a frame word counted one by one is a thing kept (a building
    site, a shop), never the app; "each record", "every entry" stand for the thing in context."""
    words = phrase.split()
    return (
        len(words) == 2
        and words[0] in ("each", "every")
        and words[1].isalpha()
        and words[1].removesuffix("s") not in RECORD_WORDS
    )


# Words of age before a plural that may say which records rather than what thing ("old books"
# may be the Book records that are old); "regular spots", "used cars", "vintage jackets" may be
# things of their own, so only age: closed class
AGE_WORDS = frozenset("old older new newer existing current recent".split())
