"""A change asked of "it" after talk that names one field by where it is.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "On my Hive thing, queen age is required … Can it be optional?" changes queen age
on Hive; the place may be a plural after "the" ("in the choirs the rehearsal room is …"), a
name written with a capital ("In Greenhouse the humidity is …") or a thing marked as one; the
field may be said with who set it up ("the deposit in Rental Contract we made an integer").
An "it" that points at the app, a place that is no thing ("In Portugal", "In March"), or two
fields named in the talk stays a question.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On my Hive thing, queen age is required but we often don't know it. Can it be"
         " optional?", "Hive(queen_age:int?)"),
        ("In Greenhouse the humidity is an integer, but sensors give 61.4, so please make it"
         " a float.", "Greenhouse(humidity:float)"),
        ("In the choirs the rehearsal room is a required field. Could it be optional?",
         "Choir(rehearsal_room:str?)"),
        ("on the drones, flight hours is an integer but pilots log half hours. make it a"
         " decimal please", "Drone(flight_hours:decimal)"),
        ("The deposit in Rental Contract we made an integer, but we take cents, please change"
         " it to decimal.", "RentalContract(deposit:decimal)"),
    ],
)  # fmt: skip
def test_it_is_the_one_field_named_by_its_place(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_a_field_said_to_be_on_a_thing_is_what_take_it_off_removes() -> None:
    said = "the drivers keep saying that the Tanker has a pager number field. take it off please"
    assert accepted(said, Intent.REMOVE_FIELDS) == ["Tanker(pager_number:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The reports page is slow on Mondays. Can you make it faster?",
        "In the office the printer is always jammed. Can it export to excel?",
        "In March the audit is due. Can you make it optional?",
        "In Portugal we have cents. Please change it to decimal.",
        "On the Kennel, the run size is text and the gate code is text. Can it be a number?",
    ],
)
def test_it_with_no_one_field_before_it_stays_a_question(request_text: str) -> None:
    assert read(request_text).status != "recognized"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the wattage field on the heaters please make that a decimal", "Heater(wattage:decimal)"),
        ("on the Loom table i made thread count a string by mistake, can it be a whole number",
         "Loom(thread_count:int)"),
        ("ok so the hull number on the Dinghy is required which is silly can it be optional",
         "Dinghy(hull_number:str?)"),
    ],
)  # fmt: skip
def test_an_ask_about_it_said_without_a_stop_is_a_sentence_of_its_own(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "the app is slow on mondays can you make it faster",
        "our vet clinic app is great can it export to excel",
        # (the words before ask a change themselves, of another owner: no talk about "it")
        "the kiln temperature should be a decimal can you change that on firing log",
    ],
)
def test_an_ask_about_it_after_no_field_stays_a_question(request_text: str) -> None:
    assert read(request_text).status != "recognized"


def test_that_entity_after_talk_naming_one_thing_removes_it() -> None:
    said = (
        "Since the council took over the rota, the LifeguardShift table is not ours to look"
        " after. Could you delete that entity?"
    )
    assert accepted(said, Intent.REMOVE_ENTITY) == ["LifeguardShift()"]
    assert read("The app is slow lately. Please remove that entity.").status != "recognized"
