"""Agile tickets, stories and Gherkin (branch agile9).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a ticket's key at the head of its line ("APIARY-3 add …", "DOCK-12 each berth …")
labels the line whatever the case of the word after it; the codes of a standard or a disease
("COVID-19 …", "UTF-8 …") are words of the request. A field that is only a preposition and
its noun ("on loan", "in use") says whether the thing is in that state.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Scooters: frame number, colour, on loan", "on_loan:bool"),
        ("Projectors: asset tag, room, in use", "in_use:bool"),
    ],
)
def test_a_bare_preposition_and_noun_is_a_state(request_text: str, expected: str) -> None:
    (entity,) = accepted(request_text)
    assert expected in entity, entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("drill bits: diameter, units in stock", "units_in_stock:int"),
        ("workout with name and duration in minutes", "duration:int"),
    ],
)
def test_a_count_or_a_measure_keeps_its_number(request_text: str, expected: str) -> None:
    (entity,) = accepted(request_text)
    assert expected in entity, entity
