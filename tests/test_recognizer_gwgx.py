"""Schools' and couriers' short requests: yes/no items that end on "only", commas typed
without their space.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, read_right


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Ferries: route code, departs at, is cars only", "is_cars_only:bool"),
        ("Camps\n- camp name\n- start date\n- is girls only", "is_girls_only:bool"),
        ("Track clubs with name, room and is members only", "is_members_only:bool"),
    ],
)
def test_a_yes_no_item_ending_on_only_is_a_field(request_text: str, field: str) -> None:
    [entity] = read_right(request_text)
    assert field in entity


@pytest.mark.parametrize(
    "request_text",
    [
        "Track clubs with name, room and notes shown to staff only",
        "Track clubs with name, room and a fee that is members only",
    ],
)
def test_only_after_a_field_that_is_no_yes_no_question_stays_a_rule(request_text: str) -> None:
    result = read(request_text)
    assert any("only" in rule for rule in result.business_rules)
    assert not any(a.name.endswith("only") for e in result.entities for a in e.attributes)
