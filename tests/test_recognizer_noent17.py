"""Requests asked for want of an entity or of fields, where the request does say them.

Every request here is written for this file (none is copied from the corpus), in trades and
sentence shapes of its own; each family has counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


# --- "each <head>" after the thing said whole ----------------------------------------------------
# A thing said whole ("yoga classes") and then by its last word ("each class has …") is one
# thing, also where that word alone is a name that clashes with Python or SQL and so becomes
# ClassItem, MatchItem, TestItem: compared by words, not by the name made of them.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want to manage yoga classes. Each class needs a teacher, a room and a start time.",
         ["YogaClass(teacher:str,room:str,start_time:datetime)"]),
        ("Please set up tennis matches for the league. Each match has a court number, a start "
         "time and a score.",
         ["TennisMatch(court_number:str,start_time:datetime,score:float)"]),
        ("We must register the legionella water tests. For each test keep the outlet, the "
         "sampled at time and the result.",
         ["LegionellaWaterTest(outlet:str,sampled_at:datetime,result:str)"]),
    ],
)  # fmt: skip
def test_a_thing_said_again_by_its_last_word_is_the_thing_said_whole(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # nothing said before ends with the word: the word alone is the thing
        ("We teach dance and also run classes. Each class has a room and a start time.",
         ["ClassItem(room:str,start_time:datetime)"]),
        # written as a name: that name
        ("Create a Class entity. Each class has a room and a start time.",
         ["ClassItem(room:str,start_time:datetime)"]),
    ],
)  # fmt: skip
def test_a_word_said_alone_with_nothing_longer_before_keeps_its_name(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- fields said with "each one" / "them", the things named in the sentence before ---------------
# A list with no entity, said with a word that points back ("each one has …", "log them: …",
# "something to keep them? I need …"), is of the one kind of things the words before named in
# the plural as a verb's object; not what follows a preposition ("for weddings", "to members").
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We hire out marquees for weddings. Each one has a size, a colour and a daily rate.",
         ["Marquee(size:str,colour:str,daily_rate:decimal)"]),
        ("Our gym lends padlocks to members and I'd like them in a proper system: padlock "
         "number, member name and lent date.",
         ["Padlock(padlock_number:str,member_name:str,lent_date:date)"]),
        ("We sell gift cards at the bakery and we lose track of them. Can you make something "
         "to keep them? I need the card code, the value and the expiry date.",
         ["GiftCard(card_code:str,value:str,expiry_date:date)"]),
        ("Our garage repairs lawnmowers for the village and nobody knows where they are. I "
         "need to log them: owner name, model, fault and quote.",
         ["Lawnmower(owner_name:str,model_value:str,fault:str,quote:str)"]),
    ],
)  # fmt: skip
def test_fields_said_of_each_one_belong_to_the_things_named_before(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # nothing named before
        "Each one has a size, a colour and a daily rate.",
        # two kinds named before: which one is asked
        "We hire out marquees and gazebos. Each one has a size, a colour and a daily rate.",
        # a change pointing back is no create of the things talked of
        "We talked to the neighbours about it. Can you add a phone and an email to each one?",
    ],
)
def test_fields_pointing_back_at_no_single_kind_of_things_stay_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing


# --- a list labelled "fields" under the line that names the things --------------------------------
# "Fields:" names no owner; the line it sits on or under does: a title ("Requirements for
# plumbing jobs", a frame "Volunteer register —") or a sentence whose object is the things
# ("We manage hive inspections."). A line naming two kinds, or none, leaves it asked.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Requirements for plumbing jobs\nfields: address, job date, price",
         ["PlumbingJob(address:str,job_date:date,price:decimal)"]),
        ("Volunteer register — fields: name, phone, start date.",
         ["Volunteer(name:str,phone:str,start_date:date)"]),
        ("Requirements:\n- We manage hive inspections.\n- Fields: hive number, inspected on, "
         "queen seen (yes/no)\n- Deploy with Docker.",
         ["HiveInspection(hive_number:str,inspected_on:date,queen_seen:bool)"]),
    ],
)  # fmt: skip
def test_a_fields_label_is_of_the_things_named_on_the_line_before(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Fields: name, phone, start date",
        "We met the suppliers and the couriers.\nFields: name, phone, start date",
        "Please sort this out.\nFields: name, phone, start date",
    ],
)
def test_a_fields_label_under_no_single_kind_of_things_stays_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "entity" in result.missing
