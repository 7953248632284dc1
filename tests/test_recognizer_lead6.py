"""Readings the lead fixed in stop 23.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


@pytest.mark.parametrize(
    "request_text",
    ["all caps kpi reviews", "riders kpi horses", "tenants zorble leases"],
)
def test_a_word_no_dictionary_knows_is_no_linking_verb(request_text: str) -> None:
    """Two plurals around an unknown word were linked many-to-many and accepted ("all caps kpi
    reviews" → Cap many_to_many Review at 0.98). Nothing says the word is a verb: ask."""
    result = read(request_text)
    assert result.status == "needs_clarification", result
    assert not any(e.relationships for e in result.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("bakers bake loaves", ["Baker() many_to_many>Loaf"]),
        ("riders groom horses", ["Rider() many_to_many>Horse"]),
        ("Carers look after gardens.", ["Carer() many_to_many>Garden"]),
        ("tenants sign leases", ["Tenant() many_to_many>Lease"]),
    ],
)
def test_two_plurals_around_a_verb_stay_linked(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Make Ferry with name and berth, Captain with name and licence, and Harbour Office.",
        "Build a Greenhouse with size and heating, Gardener with name, plus Seed Bank.",
    ],
)
def test_a_capitalised_name_ending_a_field_list_is_asked_about(request_text: str) -> None:
    """An entity written capitalised after the fields of another, with no fields of its own
    ("…, and Harbour Office."), was read as a text field (harbour_office) and accepted: ask."""
    assert read(request_text).status == "needs_clarification"


def test_fields_all_written_capitalised_are_the_persons_style() -> None:
    result = read("Create Vessel with Name, Home Port and Gross Tonnage")
    assert result.status == "recognized"
    assert [a.name for a in result.entities[0].attributes] == ["name", "home_port", "gross_tonnage"]
