"""Families of misreads found in the fresh-n (messages pasted from chat, e-mail and tickets) and
fresh-o (non-developers describing what they keep) batches.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- a unit of measure after "in" is not part of the field's name ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track generators with a name, output in kilowatts and frequency in hertz",
         ["Generator(name:str,output:float,frequency:float)"]),
        ("pls log meadows: meadow name, size in hectares(number), cut date",
         ["Meadow(meadow_name:str,size:float,cut_date:date)"]),
        ("Keep track of our boats with a name, a length in metres and the top speed in knots.",
         ["Boat(name:str,length:float,top_speed:float)"]),
        ("As a lab tech I want samples with a code and the particle size in microns",
         ["Sample(code:str,particle_size:float)"]),
    ],
)  # fmt: skip
def test_a_unit_of_measure_after_in_is_dropped_from_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- the whole of an entity goes: "get rid of", "all of it", "X: delete entirely" ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We want to get rid of the punch cards.", ["PunchCard()"]),
        ("As the club treasurer I want to get rid of the raffle tickets entirely.",
         ["RaffleTicket()"]),
        ("hi, we stopped renting lockers. Please remove the lockers, all of it.", ["Locker()"]),
        ("Could you drop the rain checks, all of them? Thanks", ["RainCheck()"]),
        ("delete entity: Locker", ["Locker()"]),
        ("remove entity: raffle ticket", ["RaffleTicket()"]),
    ],
)  # fmt: skip
def test_removing_a_whole_entity_in_plain_words_removes_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Punch cards: delete completely", ["PunchCard()"]),
        ("Rain checks: delete them entirely", ["RainCheck()"]),
        ("Hen houses: get rid of them for good", ["HenHouse()"]),
    ],
)  # fmt: skip
def test_a_topic_then_a_removal_of_the_whole_reads_as_removing_the_topic(
    request_text: str, expected: list[str]
) -> None:
    # how sure the reader is belongs to the confidence model; the reading is what is tested
    result = read(request_text)
    assert (result.intent, shape(result)) == (Intent.REMOVE_ENTITY, expected)


def test_a_topic_then_remove_with_a_field_still_removes_the_field() -> None:
    assert accepted("Punch cards: remove the stamp count", Intent.REMOVE_FIELDS) == [
        "PunchCard(stamp_count:int)"
    ]


# --- "the number of <things> on <entity>": the counted things are the field ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the number of seats on each bus optional.", ["Bus(seats:int?)"]),
        ("The number of beds in each ward should be a whole number.", ["Ward(beds:int)"]),
        ("Change the number of spare keys per car to an integer", ["Car(spare_keys:int)"]),
    ],
)  # fmt: skip
def test_the_number_of_things_on_an_entity_changes_that_count_on_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "entity", "field"),
    [
        ("The number of frames on hives should be optional.", "Hive", "frames"),
        ("As the scout leader I want the number of tents on Pitch to be optional, so that I "
         "can book a site early",
         "Pitch", "tents"),
        ("can the number of goals in each game be optional pls", "Game", "goals"),
    ],
)  # fmt: skip
def test_the_counted_things_are_never_read_as_the_entity(
    request_text: str, entity: str, field: str
) -> None:
    result = read(request_text)
    assert result.intent == Intent.MODIFY_FIELDS
    assert [(e.name, [a.name for a in e.attributes]) for e in result.entities] == [
        (entity, [field])
    ]
    assert not result.entities[0].attributes[0].required
