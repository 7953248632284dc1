"""A reading does not depend on how a list is punctuated or ordered, nor on who asks.

What a person relies on: "kayaks with hull number, colour, and seat count" and "kayaks with
seat count; colour; hull number" build the same thing. bench/stability.py holds the rewrites
that must not change a reading (they were tried as evidence for the confidence: a reading that
changes under one is doubtful; bench/README.md has why it is not used — on dev they almost
never change a right reading, and on first reads they catch too few wrong ones to pay for the
reads).
These tests hold the recognizer to that invariance with wordings of our own, and hold the
rewrites to leaving alone what they cannot rewrite safely.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean
from bench import stability

REQUESTS = [
    "Keep track of kayaks with hull number, colour, seat count and purchase price.",
    "I need a register of beehives: apiary name, queen year, frame count and last inspection date",
    "We want to store greenhouse sensors with serial code, location, battery level and"
    " installed on date.",
    "Each tram belongs to one depot. Trams have a fleet number, a livery and a max speed;"
    " depots have a name, a city and a capacity.",
    'Rename "stall number" to "pitch number" on the MarketTrader entity.',
    "Manage ferry crossings with route, departure time, and car spaces",
]


def _read(text: str) -> stability.Meaning:
    draft = Recognizer().draft(clean(text))
    return stability.meaning(draft.intent, draft.entities, bool(draft.missing))


@pytest.mark.parametrize("request_text", REQUESTS)
def test_harmless_rewrites_of_a_request_are_read_the_same(request_text: str) -> None:
    base = _read(request_text)
    assert base != ("missing",)
    rewritten = stability.rewrites(request_text)
    assert rewritten, "each of these requests has a list or a quote a rewrite applies to"
    for name, text in rewritten.items():
        assert not stability.changed(name, base, _read(text)), (name, text)


def test_list_rewrites_turn_commas_order_and_the_closing_and() -> None:
    said = "Track canoes with hull number, colour, seat count and price."
    assert stability.oxford_comma(said) == (
        "Track canoes with hull number, colour, seat count, and price."
    )
    assert stability.oxford_comma(stability.oxford_comma(said) or "") == said
    assert (
        stability.and_to_comma(said) == "Track canoes with hull number, colour, seat count, price."
    )
    # the first item stays first: it may carry the list's owner ("each canoe's hull number")
    assert stability.reverse_list(said) == (
        "Track canoes with hull number, price, seat count and colour."
    )
    assert stability.semicolons(said) == "Track canoes with hull number; colour; seat count; price."
    assert stability.drop_item(said) == "Track canoes with hull number, seat count and price."


@pytest.mark.parametrize(
    ("rewrite", "text"),
    [
        # a field named by a verb would read as a new clause once it moves
        ("reverse_list", "Fleet vans with plate, make, colour and mileage"),
        # the comma inside an annotation is not the list's
        ("and_to_comma", "Readings with meter, usage (number, in kWh) and reading date"),
        # a user story's role ends at its comma: "I want to link …" is no list item
        ("oxford_comma", "As a curator, I want to link paintings and rooms"),
        # "and also" joins clauses, not the last item of a list
        ("and_to_comma", "Every juggler has a name, a stage name and also a troupe"),
        # a clause is no list item ("so link vans")
        ("reverse_list", "a van goes out with two drivers, so link vans and drivers"),
        # an emoji is no part of a field's name
        ("semicolons", "kites: colour, span, line length and owner 🪁"),
        # "each" standing for the thing ("each has a name") is no "every"
        ("each_every", "Tours: each has a name and a guide"),
        ("each_every", "Barges and tugs should each have a call sign"),
        # a verb of a change is not the verb that names what is built
        ("verb_synonym", "barges could also track cargo weight"),
    ],
)
def test_a_rewrite_leaves_alone_what_it_cannot_rewrite_safely(rewrite: str, text: str) -> None:
    assert stability.CANDIDATES[rewrite](text) is None


def _meaning(*fields: str) -> stability.Meaning:
    entity = EntitySpec(name="Canoe", attributes=tuple(Attribute(f, AttrType.STR) for f in fields))
    return stability.meaning(Intent.CREATE_ENTITY, [entity], False)


def test_dropping_one_list_item_must_lose_exactly_one_field_and_nothing_else() -> None:
    base = _meaning("hull_number", "colour", "price")
    assert not stability.changed("drop_item", base, _meaning("hull_number", "price"))
    assert stability.changed("drop_item", base, base)
    assert stability.changed("drop_item", base, _meaning("hull_number"))
    assert stability.changed("drop_item", base, _meaning("hull_number", "price_and_colour"))
    assert stability.changed("oxford_comma", base, _meaning("hull_number", "price"))


def test_a_reading_that_a_rewrite_changes_is_counted() -> None:
    recognizer = Recognizer()
    request = "Keep track of canoes with hull number, colour and seat count."
    right = recognizer.draft(clean(request))
    assert stability.unstable(request, right, lambda t: recognizer.draft(clean(t))) == 0
    # a reading the request does not support (a field lost) differs from every rewrite's
    wrong = recognizer.draft(clean("Keep track of canoes with hull number and colour."))
    applied = len(stability.rewrites(request))
    assert applied >= 3
    assert stability.unstable(request, wrong, lambda t: recognizer.draft(clean(t))) == applied
