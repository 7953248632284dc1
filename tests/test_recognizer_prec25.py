"""Confident misreads of unseen wording (precision): checks that see, from the text alone, that
an accepted reading is not what the request says.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a request that calls a thing by its capitalised name as one that is already there
("for the Tractor …", "each Loom …", "I want Mooring to …") is never silently read as creating
it; a thing brought in as new ("a Kiln entity", "Kiln: …", "a service around the Voucher
entity", "hearses") is still created without a question.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of
from baes_tui.recognition.text import clean
from tests.support.recognition import accepted, read


def _create(name: str, *fields: str) -> Draft:
    """A create of one entity, as a reader might have drafted it."""
    attributes = tuple(Attribute(name=f, type=AttrType.STR) for f in fields)
    return Draft(
        intent=Intent.CREATE_ENTITY, entities=[EntitySpec(name=name, attributes=attributes)]
    )


@pytest.mark.parametrize(
    ("request_text", "name", "fields"),
    [
        ("For each Loom record the reed width and the warp count.", "Loom",
         ("reed_width", "warp_count")),
        ("For the Locksmith we need the van registration and a callout fee.", "Locksmith",
         ("van_registration", "callout_fee")),
        ("As the harbour master I want Mooring to include a depth and a berth fee.", "Mooring",
         ("depth", "berth_fee")),
        ("On the Hearse could we keep a mileage reading?", "Hearse", ("mileage_reading",)),
    ],
)  # fmt: skip
def test_a_create_of_a_thing_named_as_already_there_is_doubted(
    request_text: str, name: str, fields: tuple[str, ...]
) -> None:
    features = features_of(_create(name, *fields), clean(request_text), request_text)
    assert features["named_as_existing"] == 1.0


@pytest.mark.parametrize(
    ("request_text", "name", "fields"),
    [
        ("Create a Kiln entity with name, max temperature and fuel type.", "Kiln",
         ("name", "max_temperature", "fuel_type")),
        ("Kiln: name, max temperature, fuel type", "Kiln",
         ("name", "max_temperature", "fuel_type")),
        ("Write a small service around the Voucher entity with code and expiry date.",
         "Voucher", ("code", "expiry_date")),
        ("We keep the Hearses in a shed: plate, make and mileage.", "Hearse",
         ("plate", "make", "mileage")),
        ("For each loom record the reed width and the warp count.", "Loom",
         ("reed_width", "warp_count")),
    ],
)  # fmt: skip
def test_a_thing_brought_in_as_new_is_no_such_doubt(
    request_text: str, name: str, fields: tuple[str, ...]
) -> None:
    features = features_of(_create(name, *fields), clean(request_text), request_text)
    assert features["named_as_existing"] == 0.0


def test_a_loom_named_as_existing_is_not_created_without_a_question() -> None:
    result = read("For each Loom record the reed width and the warp count.")
    assert result.intent is not Intent.CREATE_ENTITY or result.status != "recognized"


def test_a_kiln_introduced_with_a_is_still_created() -> None:
    assert accepted("Create a Kiln entity with name, max temperature and fuel type.") == [
        "Kiln(name:str,max_temperature:float,fuel_type:str)"
    ]
