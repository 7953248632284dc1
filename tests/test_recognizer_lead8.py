"""Doubts the lead added after the blind batches of 3 December, midday (five trades).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    ("request_text", "half"),
    [
        ("Make the tenant's date of birth optional", "Birth"),
        ("Trainee: remove date of birth, passport number", "Birth"),
        ("Courier: remove time of arrival, signature", "Arrival"),
    ],
)
def test_a_thing_named_by_half_of_an_of_phrase_is_never_accepted(
    request_text: str, half: str
) -> None:
    """ "date of birth" and "time of arrival" are values: a reading with an entity named Birth
    or Arrival would change a table nobody has, so it is asked, never accepted."""
    result = read(request_text)
    names = [e.name for e in result.entities]
    assert not (result.status == "recognized" and half in names), result


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Make the phone of Tenant optional", "Tenant"),
        ("Create a system to manage the riders of our club with name, email and grade", "Rider"),
        ("Add date of birth to Trainee", "Trainee"),
        ("the mobile number of coach is not required anymore", "Coach"),
    ],
)
def test_an_of_phrase_that_names_the_thing_keeps_its_reading(
    request_text: str, entity: str
) -> None:
    """A capitalised name, the things "of our club", a value phrase added to a named entity and
    "the <field> of <thing>" are read and accepted as before."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert [e.name for e in result.entities] == [entity]
