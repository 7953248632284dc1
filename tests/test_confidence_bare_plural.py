"""One bare plural added to a thing ("add seats to the theatre") may be a count of them or
records of their own: asked, unless the request says it counts ("the number of seats", "seats
(integer)") or lists it among other fields.

The requests are written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "text",
    [
        "We own a little theatre and want to add seats.",
        "Add seats to the theatre",
    ],
)
def test_one_bare_plural_added_is_asked(text: str) -> None:
    result = read(text)
    assert result.status == "needs_clarification", text


@pytest.mark.parametrize(
    "text",
    [
        "Add the number of seats to Theatre",
        "Add seats (integer) to Theatre",
        "Add a box office phone and seats to Theatre",
    ],
)
def test_a_plural_said_to_count_or_listed_is_accepted(text: str) -> None:
    """Counterparts: the count is said, or the plural is one item of a list."""
    result = read(text)
    assert result.status == "recognized", text
    assert [a.name for a in result.entities[0].attributes][-1] == "seats"
