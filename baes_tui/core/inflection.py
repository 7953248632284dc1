"""English singular and plural of nouns, for entity, table and route names.

Written here rather than taken from `inflect` (1–2 s to import: typeguard instruments it) or
`inflection` (campus → campu, leaves → leafe, criteria → criterium): names reach tables and
URLs, so a wrong singular is a wrong API. The rules cover regular English, the irregular and
Latin/Greek plurals a business model meets (people, children, analyses, criteria, alumni), and
singular words that end in -s (bus, status, campus, analysis, address), which naive rules cut.
Import costs nothing; every function is pure and cached.
"""

from __future__ import annotations

from functools import lru_cache

# plural -> singular; the reverse map gives plurals.
_IRREGULAR: dict[str, str] = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "geese": "goose",
    "teeth": "tooth",
    "feet": "foot",
    "oxen": "ox",
    "lice": "louse",
    "dice": "die",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "alumni": "alumnus",
    "alumnae": "alumna",
    "cacti": "cactus",
    "fungi": "fungus",
    "radii": "radius",
    "octopi": "octopus",
    "stimuli": "stimulus",
    "syllabi": "syllabus",
    "nuclei": "nucleus",
    "foci": "focus",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "appendices": "appendix",
    "analyses": "analysis",
    "diagnoses": "diagnosis",
    "theses": "thesis",
    "hypotheses": "hypothesis",
    "crises": "crisis",
    "synopses": "synopsis",
    "parentheses": "parenthesis",
    "emphases": "emphasis",
    "oases": "oasis",
    "axes": "axis",
    "curricula": "curriculum",
    "errata": "erratum",
    "addenda": "addendum",
    "corrigenda": "corrigendum",
    "memoranda": "memorandum",
    "spectra": "spectrum",
    "strata": "stratum",
    "libretti": "libretto",
    "concerti": "concerto",
    "vertebrae": "vertebra",
    "larvae": "larva",
    # (crt59) the Latin -ae of a science's things ("a catalogue of nebulae")
    "nebulae": "nebula",
    "supernovae": "supernova",
    "novae": "nova",
    "algae": "alga",
    "amoebae": "amoeba",
    "antennae": "antenna",
    "formulae": "formula",
    "pupae": "pupa",
    "quizzes": "quiz",
    "leaves": "leaf",
    "wolves": "wolf",
    "knives": "knife",
    "shelves": "shelf",
    "lives": "life",
    "wives": "wife",
    "halves": "half",
    "calves": "calf",
    "thieves": "thief",
    "loaves": "loaf",
    "elves": "elf",
    "selves": "self",
    "scarves": "scarf",
    "wharves": "wharf",
    "hooves": "hoof",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "echoes": "echo",
    "vetoes": "veto",
    "torpedoes": "torpedo",
    "volcanoes": "volcano",
    "cookies": "cookie",
    "movies": "movie",
    "zombies": "zombie",
    "rookies": "rookie",
    "calories": "calorie",
    "brownies": "brownie",
    "selfies": "selfie",
    "smoothies": "smoothie",
    "hoodies": "hoodie",
    "genies": "genie",
    "pies": "pie",
    "ties": "tie",
    "lies": "lie",
    "caches": "cache",
    "niches": "niche",
    "headaches": "headache",
    "avalanches": "avalanche",
    "moustaches": "moustache",
    "mustaches": "mustache",
    "cliches": "cliche",
    "quiches": "quiche",
}
# Plurals read but never written: a table is named by `plural`, so an entity named before its
# learned plural was known ("spectrums") keeps its table when the reader learns one
_READ_ONLY_PLURALS = frozenset(
    """persons spectra strata libretti concerti vertebrae larvae nebulae supernovae novae algae
    amoebae antennae formulae pupae""".split()
)
_PLURAL_OF = {
    singular: plural for plural, singular in _IRREGULAR.items() if plural not in _READ_ONLY_PLURALS
}

# Words whose plural is the same word (or that have no plural worth making).
_UNCOUNTABLE = frozenset(
    """data media news series species sheep fish deer moose equipment information inventory
    software hardware staff personnel feedback metadata luggage baggage furniture research
    advice evidence knowledge traffic weather music rice money cash mail homework aircraft
    offspring salmon trout shrimp swine bison physics mathematics economics ethics athletics
    logistics analytics statistics electronics graphics politics gymnastics""".split()
)

# Singular words that end in -s and must not lose it; -ss, -us, -is endings are handled by rule.
_SINGULAR_S = frozenset(
    """gas atlas canvas alias bias lens iris chaos pancreas christmas bonus census apparatus
    campus corpus virus status bus plus minus thus tennis chassis genius chorus circus walrus
    prospectus syllabus focus octopus cactus fungus radius nucleus stimulus abacus
    hippopotamus thesaurus bogus surplus consensus""".split()
)
# Singular words ending in -men (the -men -> -man rule would change them).
_MEN_SINGULAR = frozenset("specimen abdomen omen amen regimen stamen semen hymen ramen".split())
# Plurals in -us of words ending in -u (menu -> menus), which the -us rule would keep whole.
_U_PLURALS = frozenset("menus gurus emus tutus haikus gnus tofus snafus zebus kudzus".split())
# Plurals in -is of words ending in -i (taxi -> taxis), which the -is rule would keep whole.
_I_PLURALS = frozenset(
    """taxis skis kiwis safaris bikinis yetis alibis wikis emojis rabbis yogis salamis martinis
    khakis semis minis tipis delis chilis chillis tsunamis zucchinis paninis bonsais
    origamis""".split()
)


def _split(word: str) -> tuple[str, str]:
    """(prefix up to the last word, last word): inflection applies to the last word only."""
    cut = word.rfind("_") + 1
    return word[:cut], word[cut:]


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """Singular of a noun (`people` → `person`, `buses` → `bus`); a singular word is kept."""
    head, last = _split(word)
    return head + _singular_word(last)


def _singular_word(word: str) -> str:
    lower = word.lower()
    if not lower or lower in _UNCOUNTABLE or lower in _SINGULAR_S:
        return word
    if lower in _IRREGULAR:
        return _match_case(word, _IRREGULAR[lower])
    if lower.endswith("es") and lower[:-2] in _SINGULAR_S:
        return word[:-2]  # buses, statuses, lenses, gases
    for tail in _IRREGULAR_TAILS:
        if lower.endswith(tail) and len(lower) > len(tail) + 2:
            # bookshelves, penknives, midwives: a closed compound ends in the irregular
            return word[: len(word) - len(tail)] + _same_case(word[-len(tail) :], _IRREGULAR[tail])
    if lower in _MEN_SINGULAR:
        return word
    if len(lower) == 4 and lower.endswith("ies"):
        return word[:-1]  # dies, ties, vies: a four-letter -ies is always a short -ie word
    for suffix, replacement in _SINGULAR_SUFFIXES:
        if lower.endswith(suffix):
            return _match_case(word, lower[: len(lower) - len(suffix)] + replacement)
    if lower.endswith("us") and lower not in _U_PLURALS:
        return word  # campus, status, virus
    if lower in _I_PLURALS:
        return word[:-1]
    if lower.endswith(("ss", "is", "ous")) or len(lower) < 3:
        return word  # address, analysis, famous, "os"
    if lower.endswith("s") and not lower.endswith("'s"):
        return word[:-1]
    return word


# Irregular plurals that end closed compounds as they end words ("bookshelves", "penknives",
# "midwives"); not "lives" (olives), "leaves" (cleaves) nor "elves" (delves), which end other
# words as well
_IRREGULAR_TAILS = ("shelves", "knives", "wives", "wolves", "loaves", "thieves", "scarves")

# Checked in order; the first matching suffix wins.
_SINGULAR_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("sses", "ss"),  # addresses, classes
    ("xes", "x"),  # boxes, taxes
    ("ches", "ch"),  # matches
    ("shes", "sh"),  # dishes
    ("zzes", "zz"),  # buzzes
    ("ies", "y"),  # categories (short and -ie words are irregulars above)
    ("men", "man"),  # salesmen, firemen
    ("people", "person"),  # tradespeople, salespeople (compounds of "people")
)


@lru_cache(maxsize=8192)
def plural(word: str) -> str:
    """Plural of a singular noun, or of the last word of a snake_case name."""
    head, last = _split(word)
    return head + _plural_word(last)


def _plural_word(word: str) -> str:
    lower = word.lower()
    if not lower or lower in _UNCOUNTABLE:
        return word
    if lower in _PLURAL_OF:
        return _match_case(word, _PLURAL_OF[lower])
    for tail in _IRREGULAR_TAILS:
        one = _IRREGULAR[tail]
        if lower.endswith(one) and len(lower) > len(one) + 2:
            return word[: len(word) - len(one)] + _same_case(word[-len(one) :], tail)  # bookshelves
    if lower.endswith("person") and len(lower) > 6:
        return word[:-6] + _match_case(word[-6:], "people")  # tradesperson -> tradespeople
    if lower.endswith("man") and len(lower) > 3 and lower not in ("human", "german", "shaman"):
        return word[:-3] + _match_case(word[-3:], "men")
    if lower.endswith("sis"):
        return word[:-2] + "es"  # another -sis word: basis -> bases
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _same_case(original: str, result: str) -> str:
    """ "SHELVES" → "SHELF", "Shelves" → "Shelf", "shelves" → "shelf"."""
    return result.upper() if original.isupper() else _match_case(original, result)


def _match_case(original: str, result: str) -> str:
    """Keep a capitalised word capitalised (People → Person)."""
    if original[:1].isupper():
        return result[:1].upper() + result[1:]
    return result
