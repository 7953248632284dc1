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
        ("Holiday lets: name, nightly price, dogs allowed", "dogs_allowed", "bool"),
        ("Expense claims: amount, receipts attached", "receipts_attached", "bool"),
        ("crew_members + shift varchar NOT NULL", "shift", "str"),
    ],
)
def test_nouns_and_when_words_keep_their_type(request_text: str, field: str, kind: str) -> None:
    """Counterparts: "breed" is a noun, "paid" alone a yes/no, "dogs allowed" whether they
    are, an annotation wins."""
    result = read(request_text)
    types = {a.name: str(a.type) for e in result.entities for a in e.attributes}
    assert types.get(field) == kind, result


def test_an_entity_listed_bare_in_a_document_is_asked_about_even_when_linked() -> None:
    """ "- Gardener entity" alone in a document's list is a thing to create that nothing says
    the fields of; a link to it does not make it exist (it is asked, never invented)."""
    result = read(
        "Garden plan\n\nRequirements:\n- Bed entity with:\n  - label\n  - area\n"
        "- Gardener entity\n- Relate Bed to Gardener\n- Keep the API RESTful"
    )
    assert result.status == "needs_clarification" and "attributes" in result.missing, result


def test_a_link_to_a_thing_not_listed_keeps_the_document_accepted() -> None:
    """Counterpart: with no bare line for it, the far end of a link is a thing that exists."""
    result = read(
        "Garden plan\n\nRequirements:\n- Bed entity with:\n  - label\n  - area\n"
        "- Relate Bed to Gardener\n- Keep the API RESTful"
    )
    assert result.status == "recognized", result
    assert [r.target for r in result.entities[0].relationships] == ["Gardener"]


@pytest.mark.parametrize("label", ["hotel stays", "ferry legs", "room stays"])
def test_a_list_under_a_field_item_is_asked_about_whatever_its_label_says(label: str) -> None:
    """ "hotel stays:" with items under it: sub-fields or a thing of its own? The words of the
    label ("stays", as data that must stay) do not make it a constraint to pass over."""
    result = read(
        "Tour planner\n\nRequirements:\n- Tour entity with:\n  - name\n  - start date\n"
        f"  - {label}:\n    - hotel name\n    - nights\n- Use JSON for the export"
    )
    assert result.status == "needs_clarification", result
