"""Changes said the way a chatty or terse message says them, which still read as nothing.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


# --- "Remove from X: a, b": the thing before the colon, the fields it loses after --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Remove from Kiln: glaze colour, shelf number",
         ["Kiln(glaze_colour:str,shelf_number:str)"]),
        ("Drop from Tractor: tyre size", ["Tractor(tyre_size:str)"]),
        ("Remove from Barge: mooring fee and hull colour",
         ["Barge(mooring_fee:decimal,hull_colour:str)"]),
    ],
)  # fmt: skip
def test_remove_from_a_thing_before_a_colon(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_one_field_after_the_colon_is_no_entity_of_two_words() -> None:
    # "Remove from Kiln: shelf" once read as removing an entity "KilnShelf"
    assert read_right("Remove from Kiln: shelf", Intent.REMOVE_FIELDS) == ["Kiln(shelf:str)"]


def test_add_to_a_thing_before_a_colon_still_adds() -> None:
    assert read_right("Add to Kiln: glaze colour", Intent.ADD_FIELDS) == ["Kiln(glaze_colour:str)"]


def test_remove_the_thing_itself_still_removes_it() -> None:
    assert read_right("Remove the Kiln entity", Intent.REMOVE_ENTITY) == ["Kiln()"]


# --- "(so) we can take F off X (now)": taking a field off a thing, said as what we may do -------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The suppliers all use email now, so we can take the fax number off Supplier now.",
         ["Supplier(fax_number:str)"]),
        ("you can take the fax number off Supplier", ["Supplier(fax_number:str)"]),
        ("take the mooring fee off Barge for good", ["Barge(mooring_fee:decimal)"]),
        ("We can take the hull colour off Barge now.", ["Barge(hull_colour:str)"]),
    ],
)  # fmt: skip
def test_we_can_take_a_field_off_a_thing(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_taking_people_somewhere_is_no_removal() -> None:
    assert read("The kids love it, so we can take them to the park").status == (
        "needs_clarification"
    )
    assert read("we can take payments on the Booking").intent != Intent.REMOVE_FIELDS


# --- "entity rename: A -> B": a label of the change before the colon, the arrow says it ---------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("entity rename: Kiln → Oven", Intent.RENAME_ENTITY, ["Oven<Kiln()"]),
        ("Table rename: Barge -> Narrowboat", Intent.RENAME_ENTITY, ["Narrowboat<Barge()"]),
        ("field rename on Tractor: reg -> registration", Intent.RENAME_FIELD,
         ["Tractor(registration:str<reg)"]),
    ],
)  # fmt: skip
def test_a_rename_label_before_an_arrow(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_an_arrow_under_a_thing_still_changes_its_field() -> None:
    assert read_right("Kiln: age -> optional", Intent.MODIFY_FIELDS) == ["Kiln(age:int?)"]


# --- "the kitchen team want to record F on X": who wants the change, said before it -------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("the grounds team want to record a mowing height on Pitch as well",
         Intent.ADD_FIELDS, ["Pitch(mowing_height:float)"]),
        ("Our head vet would like to add a microchip number to Pet.", Intent.ADD_FIELDS,
         ["Pet(microchip_number:str)"]),
        ("the office wants to remove the fax number from Supplier", Intent.REMOVE_FIELDS,
         ["Supplier(fax_number:str)"]),
    ],
)  # fmt: skip
def test_someone_else_wants_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_someone_wanting_to_do_a_thing_is_no_change() -> None:
    # no change verb after "want to": not a change to a thing
    assert read("the kids want to bake cakes").intent != Intent.ADD_FIELDS


# --- "…, sometimes the lab does not send it": how often the value is missing is the reason -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("make the glaze on Kiln optional, sometimes the potter does not know it",
         ["Kiln(glaze:str?)"]),
        ("Make the weight on Parcel optional pls,often the courier forgets it",
         ["Parcel(weight:float?)"]),
    ],
)  # fmt: skip
def test_how_often_it_is_missing_is_a_reason(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_modify_without_a_reason_keeps_its_reading() -> None:
    assert read_right("make the weight on Parcel optional", Intent.MODIFY_FIELDS) == [
        "Parcel(weight:float?)"
    ]
