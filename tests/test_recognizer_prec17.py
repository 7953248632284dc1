"""Confident misreads: readings accepted that were wrong (branch prec17).

Every request here is written for this file (none is copied from the corpus). Each family has
wordings in other trades and sentence shapes, and counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


# --- "Each X has a F" said alone: a field of a thing that exists ------------------------------
# docs/recognition.md: '"X has a Y" with a single field-like word ("each goose has a hatch
# date") is a field'; said alone of each of the things, one field is asked of things that
# exist, as "Invoice needs a due date" is (dev labels such sentences add_fields).
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Every kiln has a firing temperature.", ["Kiln(firing_temperature:float)"]),
        ("each goose has a hatch date", ["Goose(hatch_date:date)"]),
        ("every locker has a padlock code", ["Locker(padlock_code:str)"]),
        ("Every ferry has a call sign", ["Ferry(call_sign:str)"]),
    ],
)  # fmt: skip
def test_what_a_thing_has_said_alone_is_added(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # three fields or more say what a new thing is made of
        ("Each cottage has a name, a bedroom count and a weekly rent.", Intent.CREATE_ENTITY,
         ["Cottage(name:str,bedroom_count:int,weekly_rent:decimal)"]),
        # a create word around it makes the thing
        ("Make an app for kilns. Each kiln has a firing temperature.", Intent.CREATE_ENTITY,
         ["Kiln(firing_temperature:float)"]),
        # a thing described, not each of them ("A book has pages" is made)
        ("Kennels have a run size and a gate code.", Intent.CREATE_ENTITY,
         ["Kennel(run_size:str,gate_code:str)"]),
        # "has one" is a link
        ("Each stall has one vendor.", Intent.ADD_RELATIONSHIP, ["Stall() many_to_one>Vendor"]),
    ],
)  # fmt: skip
def test_what_a_new_thing_has_or_a_link_keeps_its_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


# --- a heading naming the thing, then the work: "Kayak changes:" ------------------------------
# A heading "<thing> changes/tweaks/updates:" over lines that each change a field with no
# entity titles the changes, as "Changes for the Kayak app:" does; it is no entity
# "KayakChange" with a field "make_colour".
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Kayak changes:\n- make colour optional", Intent.MODIFY_FIELDS, ["Kayak(colour:str?)"]),
        ("Greenhouse updates:\n- remove vent width", Intent.REMOVE_FIELDS,
         ["Greenhouse(vent_width:float)"]),
        # the field's first word said in lower case is part of its name when the heading
        # names the thing ("hull colour" is the kayak's, not a Hull's colour)
        ("Kayak changes:\n- make hull colour optional", Intent.MODIFY_FIELDS,
         ["Kayak(hull_colour:str?)"]),
        ("Tweaks to the kayak app\n- make hull colour optional", Intent.MODIFY_FIELDS,
         ["Kayak(hull_colour:str?)"]),
        ("Bakery tweaks:\n- crust colour should be optional", Intent.MODIFY_FIELDS,
         ["Bakery(crust_colour:str?)"]),
        ("Ferry changes:\n- make cabin count a whole number", Intent.MODIFY_FIELDS,
         ["Ferry(cabin_count:int)"]),
        # the thing's own word before the field, under its title, is the field's name as written
        ("Schema change - Kiln\n- kiln temperature should become a whole number",
         Intent.MODIFY_FIELDS, ["Kiln(kiln_temperature:int)"]),
    ],
)  # fmt: skip
def test_a_heading_naming_the_thing_owns_its_changes(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # an oil change is a thing kept: its list is its fields
        ("Oil changes:\n- date\n- mileage\n- cost", Intent.CREATE_ENTITY,
         ["OilChange(date_value:date,mileage:int,cost:decimal)"]),
        # with no heading, a thing said in lower case before its field owns it
        ("make hull colour optional", Intent.MODIFY_FIELDS, ["Hull(colour:str?)"]),
        # a capitalised name under the heading is the entity said outright
        ("Kayak changes:\n- make the Hull colour optional", Intent.MODIFY_FIELDS,
         ["Hull(colour:str?)"]),
    ],
)  # fmt: skip
def test_a_thing_kept_or_named_outright_keeps_its_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


# --- a wish that a thing written by its entity's name had fields: an add ---------------------
# "I want books to have a shelf code" is added (docs/recognition.md); so is a longer list when
# the thing is written as the entity's name, capitalised mid-sentence.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As the kennel manager I want each Kennel to hold a run size, a heating flag and a "
         "last cleaned date, so that the night staff know.",
         ["Kennel(run_size:str,heating:bool,last_cleaned_date:date)"]),
        ("As head groundsman I want every Pitch to carry a surface type, a drainage rating "
         "and a last mowed date.",
         ["Pitch(surface_type:str,drainage_rating:float,last_mowed_date:date)"]),
        ("I'd like each Tractor to have a fuel type, an hour meter reading and a next "
         "service date.",
         ["Tractor(fuel_type:str,hour_meter_reading:str,next_service_date:date)"]),
    ],
)  # fmt: skip
def test_a_wish_for_a_named_entity_adds_its_fields(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # in lower case, a wish for what each thing has may describe a new thing
        ("As the kennel manager I want each kennel to have a name, a size and a heating flag",
         ["Kennel(name:str,size:str,heating:bool)"]),
        # an entity asked for with its fields is made
        ("I want a Kennel entity with a run size, a heating flag and a last cleaned date",
         ["Kennel(run_size:str,heating:bool,last_cleaned_date:date)"]),
    ],
)  # fmt: skip
def test_a_new_thing_wished_keeps_its_create(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)
