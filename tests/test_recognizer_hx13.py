"""Clinic, pharmacy, dental and vet requests (hx13): where a reader of requests went wrong.

Every request here is written for this file (none is copied from the corpus). Each family is a
way people write that read wrong; its counterparts keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


# --- a second thought set off by dashes, the list going on after it ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep volunteers with a name, a pager - actually scratch the pager, nobody carries "
         "one - and a shirt size.", ["Volunteer(name:str,shirt_size:str)"]),
        ("Set up lockers: a code, a padlock colour \u2014 actually forget the padlock colour, "
         "they are all grey \u2014 and an assigned date.",
         ["Locker(code:str,assigned_date:date)"]),
    ],
)  # fmt: skip
def test_the_list_goes_on_after_a_second_thought_between_dashes(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_second_thought_at_the_end_still_takes_its_reason_along() -> None:
    # counterpart: nothing after the aside, the reason ends the sentence
    assert read_right(
        "Keep volunteers with a name, a shirt size and a pager, actually scratch the pager, "
        "nobody carries one."
    ) == ["Volunteer(name:str,shirt_size:str)"]


# --- who wants the things, then the things and their list after a colon ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The surgery wants recall cards: a patient name, a due date and a reminder count.",
         ["RecallCard(patient_name:str,due_date:date,reminder_count:int)"]),
        ("The grooming side of the salon needs appointments: a dog name, a slot time and a "
         "price.", ["Appointment(dog_name:str,slot_time:datetime,price:decimal)"]),
    ],
)  # fmt: skip
def test_who_wants_the_things_before_their_list_is_not_one_of_them(
    request_text: str, expected: list[str]
) -> None:
    result = read_right(request_text)
    assert [s.split("(")[0] for s in result] == [s.split("(")[0] for s in expected]


def test_a_thing_that_needs_fields_after_a_colon_keeps_its_reading() -> None:
    # counterpart: the plural after "needs" has no list of its own; the colon's list is the
    # subject's ("Pet needs: …" is still Pet's fields)
    _intent, shape_ = reading("Pet needs: a name, a species and a birth date.")
    assert shape_[0].startswith("Pet(")


# --- a link said of a longer name by its last word ------------------------------------------------
def test_a_link_of_a_thing_said_shorter_belongs_to_the_thing_made() -> None:
    assert read_right(
        "Track diet plans with a title and a start date. Each plan is for one patient."
    ) == ["DietPlan(title:str,start_date:date) many_to_one>Patient"]


def test_a_short_word_two_names_end_with_is_not_guessed() -> None:
    # counterpart: two plans made, "each plan" could be either: not given to one of them
    result = read(
        "Track diet plans with a title and care plans with a name. Each plan is for one patient."
    )
    assert result.status == "needs_clarification"


# --- a link read beside a list of values nobody read ---------------------------------------------
def test_a_link_beside_an_unread_list_of_values_is_asked() -> None:
    result = read(
        "Over in the lab they asked about sample runs - a machine code, a start time and the "
        "number of tubes. Each run is for one batch."
    )
    assert result.status == "needs_clarification"


def test_a_link_beside_talk_keeps_its_reading() -> None:
    # counterpart: the sentence around the link has no values, only talk
    result = read("We opened a new branch last spring. Each vet works at one branch.")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert result.status == "recognized"


# --- "entity" before a name written as one, whose last word is a frame word -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("New entity SharpsBinLog with a bin code, a sealed date and a room.",
         ["SharpsBinLog(bin_code:str,sealed_date:date,room:str)"]),
        ("Add entity StockList with a product name and a shelf.",
         ["StockList(product_name:str,shelf:str)"]),
    ],
)  # fmt: skip
def test_entity_before_a_whole_name_keeps_its_frame_word(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_frame_word_after_a_lower_case_thing_is_still_the_frame() -> None:
    # counterpart: not written as one name, "log" frames the things kept
    _intent, shape_ = reading("Keep a sharps bin log with a bin code and a sealed date.")
    assert shape_ and not shape_[0].startswith("SharpsBinLog(")


# --- what each one comes with, or is described by ----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track implants; each implant comes with a lot number, a brand and the date placed.",
         ["Implant(lot_number:str,brand:str,date_placed:date)"]),
        ("Keep splints, each described by a size, a material and a fitting date.",
         ["Splint(size:str,material:str,fitting_date:date)"]),
    ],
)  # fmt: skip
def test_what_each_one_comes_with_is_what_it_has(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_thing_that_comes_with_one_other_is_a_link() -> None:
    # counterpart: one other thing, no list of values: a link, not a field
    assert reading("Each implant comes with one warranty card.")[0] is Intent.ADD_RELATIONSHIP
