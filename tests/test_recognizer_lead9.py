"""Rules the lead added after the blind batches of 3 December, afternoon (four trades).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "We want the kitchen to run smoother",
        "I'd like the depot to work quicker",
        "we need the till to go faster",
        "Make the rota app run easier for the staff",
    ],
)
def test_how_something_should_go_is_no_relationship(request_text: str) -> None:
    """ "run smoother" says how a thing should go: the -er word is no entity linked to it, so
    the wish is asked about (it names no field and no change)."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Each kitchen runs one oven", "Kitchen", "Oven"),
        ("Cleaners clean offices", "Cleaner", "Office"),
        ("Every depot runs a single trailer", "Depot", "Trailer"),
    ],
)
def test_a_thing_after_a_linking_verb_is_still_linked(
    request_text: str, owner: str, target: str
) -> None:
    """Counterparts: a counted or plural thing after the verb is a relationship as before."""
    result = read(request_text)
    assert result.status == "recognized", result
    [entity] = [e for e in result.entities if e.name == owner]
    assert [r.target for r in entity.relationships] == [target]


@pytest.mark.parametrize(
    ("request_text", "field", "kind"),
    [
        (
            "Track van runs with driver name, parcels delivered and crates returned",
            "parcels_delivered",
            "int",
        ),
        ("Membership cards: holder name, visits used, visits bought", "visits_used", "int"),
        ("Gift cards: code, amount, redeemed", "redeemed", "bool"),
        ("Track kittens with name, microchipped and sterilised", "sterilised", "bool"),
        ("Track kittens with name, microchipped and sterilised", "microchipped", "bool"),
    ],
)
def test_what_was_done_is_counted_after_a_plural_and_a_yes_no_alone(
    request_text: str, field: str, kind: str
) -> None:
    """ "parcels delivered" counts the parcels, as "goals scored" does; a field that is only
    what was done to the thing ("redeemed") says whether it was."""
    result = read(request_text)
    types = {a.name: str(a.type) for e in result.entities for a in e.attributes}
    assert types.get(field) == kind, result


@pytest.mark.parametrize(
    ("request_text", "field", "kind"),
    [
        ("Track kennels with name, breed and delivered", "breed", "str"),
        ("Gift cards: code, amount, paid", "paid", "bool"),
        ("crew_members + shift varchar NOT NULL", "shift", "str"),
    ],
)
def test_nouns_and_when_words_keep_their_type(request_text: str, field: str, kind: str) -> None:
    """Counterparts: "breed" is a noun, "paid" alone a yes/no, an annotation wins."""
    result = read(request_text)
    types = {a.name: str(a.type) for e in result.entities for a in e.attributes}
    assert types.get(field) == kind, result
