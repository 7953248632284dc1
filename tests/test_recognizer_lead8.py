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


@pytest.mark.parametrize(
    "request_text",
    [
        "We don't need to change the Mentor entity.",
        "We don't need to touch Mentor at all",
        "The Mentor entity does not need to change",
    ],
)
def test_no_need_to_change_a_thing_removes_nothing(request_text: str) -> None:
    """ "We don't need to change X" says no change is wanted: it was read as removing X,
    confidently. It is asked now (nothing to do is not a request to guess at)."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    ("request_text", "intent"),
    [
        ("we don't need the fax on Mentor anymore", "remove_fields"),
        ("Mentor does not need a fax anymore", "remove_fields"),
        ("I do not want to track the Mentor entity any more", "remove_entity"),
    ],
)
def test_no_longer_needing_a_thing_still_removes_it(request_text: str, intent: str) -> None:
    result = read(request_text)
    assert (result.status, str(result.intent)) == ("recognized", intent), result
