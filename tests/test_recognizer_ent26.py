"""The thing a change is about, when the text names it away from "on/to/from X".

Every request here is written for this file (none is copied from the corpus), in trades the
corpus has few of. What a person relies on: a change whose fields were read is not asked
"which entity?" when the text already names the one thing it is about (every field opens with
the same thing, a place said with a preposition, a thing said to have the field); and a change
that names no thing, or two, is still asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- every changed field opens with the same thing ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Please remove the locker code and locker size",
         Intent.REMOVE_FIELDS, ["Locker(code:str,size:str)"]),
        ("can we drop the hearse plate and hearse colour, we never fill them in",
         Intent.REMOVE_FIELDS, ["Hearse(plate:str,colour:str)"]),
        ("Requirements:\n- Kiln temperature becomes decimal\n- Kiln fired at becomes optional",
         Intent.MODIFY_FIELDS, ["Kiln(temperature:decimal,fired_at:datetime?)"]),
    ],
)  # fmt: skip
def test_fields_that_all_open_with_one_thing_are_that_things(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- a place said with a preposition, anywhere in the text --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The auditor popped in and wants more on the grain silos. Could you add the moisture "
         "level (number) and the inspector?",
         ["GrainSilo(moisture_level:float,inspector:str)"]),
    ],
)  # fmt: skip
def test_fields_added_go_to_the_things_the_talk_places_them_on(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# --- a thing said to have (or lack) the changed field -------------------------------------------
def test_things_said_to_lack_a_field_own_the_field_made_optional() -> None:
    text = (
        "our second-hand banjos never had a serial stamp, so could you make the "
        "serial stamp not required please"
    )
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Banjo(serial_stamp:str?)"]


def test_a_thing_said_to_have_the_field_beats_the_fields_first_word() -> None:
    text = (
        "Some of our older violins don't have a maker label at all, so please make the maker "
        "label not required"
    )
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Violin(maker_label:str?)"]


# --- still asked: no thing, two things, a field misread from the place --------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "make the deposit optional",
        "Make the start time optional",
        "Remove the phone and the email",
        "Make customer phone optional and order date required",
        "Could you add a wash temperature and a spin speed?",
        "Add a skipper name, we keep going on about the barges and the tugboats",
    ],
)
def test_a_change_that_names_no_single_thing_is_still_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, shape(result))
