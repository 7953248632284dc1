"""Confident misreads of unseen wording (precision): checks that see, from the text alone, that
an accepted reading is not what the request says.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a request that calls a thing by its capitalised name as one that is already there
("for the Tractor …", "each Loom …", "I want Mooring to …") is never silently read as creating
it; a thing brought in as new ("a Kiln entity", "Kiln: …", "a service around the Voucher
entity", "hearses") is still created without a question. A removal whose entity the request
names as the place something goes from ("… from the Locksmith entity") is not read as removing
the entity, and a create never goes ahead with a thing named without fields. A create that links
nothing where the request says a link ("a loom has one weaver, pls connect") is doubted; a
link word that names a field ("a mooring link") is not.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of, score
from baes_tui.recognition.limits import DEFAULT_THRESHOLD
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


def _removal(name: str) -> Draft:
    """A removal of one whole entity, as a reader might have drafted it."""
    return Draft(intent=Intent.REMOVE_ENTITY, entities=[EntitySpec(name=name)])


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("pls take the pager number off the locksmith entity, nobody pages anymore", "Locksmith"),
        ("On the Hearse entity keep the plate, but the chassis code can go.", "Hearse"),
        ("Remove depth and berth fee from Mooring.", "Mooring"),
    ],
)
def test_an_entity_named_as_where_a_removal_happens_is_not_read_as_removed(
    request_text: str, name: str
) -> None:
    features = features_of(_removal(name), clean(request_text), request_text)
    assert features["_contradicted"] == 1.0
    assert score(features) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Please delete the Locksmith entity, we stopped doing keys.", "Locksmith"),
        ("We sold the hearses, so remove the Hearse entity from the app.", "Hearse"),
        ("the crane drivers sit on cranes all day; drop the Crane entity", "Crane"),
    ],
)
def test_an_entity_said_as_what_is_removed_is_no_contradiction(
    request_text: str, name: str
) -> None:
    features = features_of(_removal(name), clean(request_text), request_text)
    assert features["_contradicted"] == 0.0


def test_a_create_with_a_thing_named_without_fields_is_never_accepted() -> None:
    draft = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[
            EntitySpec(name="Farrier", attributes=(Attribute(name="name", type=AttrType.STR),)),
            EntitySpec(name="Forge"),
        ],
    )
    text = "Workshop\n- Farrier entity with: name\n- Forge entity\n- Relate Farrier to Forge"
    features = features_of(draft, clean(text), text)
    assert features["_contradicted"] == 1.0
    assert score(features) < DEFAULT_THRESHOLD


def test_a_removed_field_from_a_named_entity_is_accepted() -> None:
    assert accepted("Remove the chassis code from the Hearse entity.", Intent.REMOVE_FIELDS) == [
        "Hearse(chassis_code:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Farriers (name, phone) and forges (town), and a many-to-many between farriers and forges.",
        "a loom has one weaver, pls connect",
        "Cranes: code, load limit. Each crane belongs to one yard.",
        "Set up kilns with name and firings with fired at; a firing uses one kiln.",
    ],
)
def test_a_create_that_links_nothing_where_a_link_is_said_is_doubted(request_text: str) -> None:
    draft = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec(name="Farrier", attributes=(Attribute(name="name"),))],
    )
    features = features_of(draft, clean(request_text), request_text)
    assert features["lost_link"] == 1.0


@pytest.mark.parametrize(
    "request_text",
    [
        "Track canal boats with name, length and a mooring link.",
        "Each mooring has one berth number and a depth.",
        "Loom: reed width, warp count, connected (yes/no)",
    ],
)
def test_a_link_word_that_names_a_field_is_no_lost_link(request_text: str) -> None:
    fields = ("name", "length", "mooring_link", "berth_number", "depth", "connected")
    draft = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec(name="Mooring", attributes=tuple(Attribute(name=f) for f in fields))],
    )
    features = features_of(draft, clean(request_text), request_text)
    assert features["lost_link"] == 0.0
