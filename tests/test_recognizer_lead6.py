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
