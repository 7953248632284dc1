"""Families of misreads found in the fresh-k batch: a developer asking for every kind of change
in many phrasings.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a change to something that exists is never read as a new entity.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


# --- "Entity: field optional", "Entity: field: type": one field's state after the colon ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Greenhouse: vent width optional", ["Greenhouse(vent_width:float?)"]),
        ("Greenhouse: heater serial required", ["Greenhouse(heater_serial:str)"]),
        ("TrainSet: gauge code nullable", ["TrainSet(gauge_code:str?)"]),
        ("TrainSet: carriage count: integer", ["TrainSet(carriage_count:int)"]),
        ("Greenhouse: vent width: float", ["Greenhouse(vent_width:float)"]),
    ],
)  # fmt: skip
def test_one_field_with_a_state_after_an_entity_colon_is_a_change(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("TrainSet: name, carriage count: integer",
         ["TrainSet(name:str,carriage_count:int)"]),
        ("Greenhouses: label, vent width, heater serial",
         ["Greenhouse(label:str,vent_width:float,heater_serial:str)"]),
    ],
)  # fmt: skip
def test_fields_listed_after_an_entity_colon_still_create_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected
