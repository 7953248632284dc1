"""The thing a create request names when a container is asked for around it.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: asking for a sheet, a log, a registry or an app, then saying what each record in it
holds, creates the records, never the container; where the container may name a second thing
("a customer register? For every order …"), or the record's name may be longer than the word
"each" uses, the reading is asked, not guessed.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, asked, reading


# --- a container asked for, then what each one holds in the next sentence ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Can you build us a volunteer rota? Each volunteer has a name, a phone number and "
            "a start date.",
            ["Volunteer(name:str,phone_number:str,start_date:date)"],
        ),
        (
            "We'd like a simple tracker. Every pallet needs a code, a weight and a received date.",
            ["Pallet(code:str,weight:float,received_date:date)"],
        ),
        (
            "could you make us a registry? each tent: code, size, berths (int)",
            ["Tent(code:str,size:str,berths:int)"],
        ),
        (
            "could u make a parts list?? each part: number, description, price",
            ["Part(number:str,description:str,price:decimal)"],
        ),
        (
            "Could we have a boiler servicing sheet? For every gas boiler I'd want the serial "
            "number, the make and the install date.",
            ["GasBoiler(serial_number:str,make:str,install_date:date)"],
        ),
        (
            "please, i want a simple way to keep session details. each yoga session has a "
            "session date, a teacher and a price",
            ["YogaSession(session_date:date,teacher:str,price:decimal)"],
        ),
        (
            "need a swim log for my swims!! each swim = date, lengths (int), pool",
            ["Swim(date_value:date,lengths:int,pool:str)"],
        ),
    ],
)
def test_the_records_each_one_holds_are_the_thing_not_the_container(
    text: str, expected: list[str]
) -> None:
    assert accepted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the container names another thing the person may want too
        "Could we have a customer register? For every order I'd want the total and the date.",
        "Could you set up a stable rota? Each farrier has a name and a phone number.",
        # two kinds of record said after it: which one is the container?
        "Could we have a rental sheet? Each rental bike: frame size, colour. Each rental "
        "booking: name, date.",
        # a field that names the container again says nothing of what each record is
        "Could we have a kit list? Each item: kit list name, size, quantity",
        # the record was named longer before: FeatureFlag or Flag?
        "Our feature toggles are all over the place. Could you make us a registry? Each toggle "
        "has a key, a description and an enabled flag.",
        # a container written as an entity is one
        "Create a Register entity? Each item has a code and a title.",
        # not the very next sentence
        "Could we have a wrench calibration sheet? The bench is a mess. Every torque wrench "
        "needs a serial number and a maker.",
        # "each" said of no named thing, or in a question
        "Could we have a calibration sheet? Is every wrench going to have a serial number, a "
        "maker and a date?",
    ],
)
def test_a_container_that_may_name_another_thing_isasked(text: str) -> None:
    asked(text)


def test_the_container_removed_is_not_a_create() -> None:
    asked("Please remove the wrench calibration sheet. Each torque wrench has a serial number.")


# --- an app "with" things that have a list -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a dog grooming app with dogs that have a name, a breed and an owner phone",
            ["Dog(name:str,breed:str,owner_phone:str)"],
        ),
        (
            "I need a booking system with rooms which have a number, a floor and a capacity",
            ["Room(number:str,floor:str,capacity:int)"],
        ),
        (
            "a club app with members having a name, an email and a join date",
            ["Member(name:str,email:email,join_date:date)"],
        ),
    ],
)
def test_an_app_with_things_that_have_a_list_keeps_the_things(
    text: str, expected: list[str]
) -> None:
    assert accepted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # how many is a link, not a list of fields
        "a grooming app with dogs that have many owners and a name",
        # parts of the app are no thing kept
        "an app with pages that have a title and a body",
        # a list said without commas may run two fields together: left as it was, asked
        "a lawnmower repair app with mowers that have make model serial number and last "
        "serviced date",
        # refused
        "I don't want an app with dogs that have name, breed and owner phone",
    ],
)
def test_an_app_with_things_that_is_not_a_plain_list_isasked(text: str) -> None:
    asked(text)


# --- whom the writer speaks to is no thing ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Right folks, please create gift cards with a code, a balance and an expiry date.",
            ["GiftCard(code:str,balance:decimal,expiry_date:date)"],
        ),
        (
            "Evening all, could you set up gift cards with a code, a balance and an expiry date?",
            ["GiftCard(code:str,balance:decimal,expiry_date:date)"],
        ),
    ],
)
def test_an_opener_with_whom_it_greets_is_talk(text: str, expected: list[str]) -> None:
    assert accepted(text) == expected


def test_the_people_greeted_never_become_an_entity() -> None:
    _, shapes = reading("ok team, gift cards need a code, a balance and an expiry date")
    assert shapes == ["GiftCard(code:str,balance:decimal,expiry_date:date)"]


def test_a_thing_listed_first_is_not_taken_for_whom_it_greets() -> None:
    # no opener before "Team": it may be one of the things named
    _, shapes = reading("Team, Player and Match entities please: team has a name")
    assert any(s.startswith("Team(") for s in shapes), shapes
