"""The app being built is never an entity that a thing belongs to.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "each ticket belongs to one ticketing system" says the tickets live in the app; it
never links a ticket to a ticket. A thing that really points at its own kind ("each employee
reports to one employee") still does.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    "request_text",
    [
        "Each ticket belongs to one ticketing system",
        "Every booking belongs to a single booking platform",
        "each invoice belongs to one invoicing app",
    ],
)
def test_a_thing_belonging_to_the_app_named_after_it_is_no_link_to_itself(
    request_text: str,
) -> None:
    result = read(request_text)
    links = [(e.name, r.target) for e in result.entities for r in e.relationships]
    assert all(owner != target for owner, target in links), links
    assert result.needs_clarification


def test_a_thing_that_points_at_its_own_kind_still_links() -> None:
    assert accepted("Each employee reports to one employee", Intent.ADD_RELATIONSHIP) == [
        "Employee() many_to_one>Employee"
    ]
