"""A thing and its field list are read whatever frame is said around them.

Every request here is written for this file (none is copied from the corpus), in trades the
corpus does not use. What a person relies on: when no usual frame holds the list ("Keep a log
of the repairs our bikes are getting, with …", "I want somewhere to put each ferret: …", "Make
a harvest thing for the orchard, variety, …"), the list is still found and given to the thing
it belongs to, and a chat that names no thing stays asked about, however many commas it has.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, read_right


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the thing is the object of the verb, a clause about it after it
        (
            "Keep a log of the repairs our bikes are getting, with part, cost, mechanic and"
            " warranty (yes/no)",
            ["Repair(part:str,cost:decimal,mechanic:str,warranty:bool)"],
        ),
        (
            "Keep a record of the loans our library members take out, with book title, due"
            " date and returned (yes/no)",
            ["Loan(book_title:str,due_date:date,returned:bool)"],
        ),
        (
            "I'd like to keep track of the invoices our suppliers are sending, with invoice"
            " number, amount, received date and paid (true/false)",
            ["Invoice(invoice_number:str,amount:decimal,received_date:date,paid:bool)"],
        ),
        (
            "Something to store the kayaks we rent out, model, length, colour and available",
            ["Kayak(model_value:str,length:float,colour:str,available:bool)"],
        ),
        # "each X" anywhere in the sentence names the thing
        (
            "I want something where we put in each hive: its location, the queen age (years),"
            " the honey yield and whether it swarmed",
            ["Hive(location:str,queen_age:int,honey_yield:str,is_swarmed:bool)"],
        ),
        (
            "Need something where staff write down each spill: date, chemical, volume and"
            " cleaned up by",
            ["Spill(date_value:date,chemical:str,volume:float,cleaned_up_by:str)"],
        ),
        # "a X thing for Y": the thing built is X's, the list after a bare comma
        (
            "Make a tenant thing for the landlord office, name,unit,rent,move in date",
            ["Tenant(name:str,unit:str,rent:decimal,move_in_date:date)"],
        ),
        (
            "Build a harvest thing for the orchard, variety, picked on, crates, grade",
            ["Harvest(variety:str,picked_on:date,crates:int,grade:str)"],
        ),
        (
            "Make a booking thing for kennels, name, size, heated (yes/no)",
            ["Kennel(name:str,size:str,heated:bool)"],
        ),
    ],
)  # fmt: skip
def test_a_list_said_in_an_unusual_frame_is_given_to_its_thing(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "I need something for my shop",
        "a system for my business",
        "honestly our stuff is a mess, spreadsheets, emails, notes everywhere",
        "we're a tiny bakery and it's chaos, orders, flour, staff",
        "Hiya, I'm a glazier, mostly shop fronts, a few conservatories. Could you make me"
        " something for the business?",
        "I'm thinking about a thing for the darts league, not sure what yet, maybe teams?",
    ],
)
def test_a_chat_with_commas_that_names_no_thing_is_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, result.entities)


def test_a_misspelt_thing_in_a_free_frame_is_not_taken_as_a_name() -> None:
    # with no frame to vouch for the words, a slip is no entity name
    result = read("i need 2 keep trak of fishin liscences, holder, expiry, fee")
    assert result.status == "needs_clarification"


def test_a_record_said_to_lack_a_field_makes_it_optional() -> None:
    result = read(
        "For the hostel we'd like to keep lodgers: their name, email and phone. Some lodgers"
        " might not have a phone."
    )
    phone = next(a for e in result.entities for a in e.attributes if a.name == "phone")
    assert phone.required is False


def test_how_often_a_check_is_done_is_no_part_of_its_name() -> None:
    result = read(
        "As a site manager, I want riggers to fill in weekly scaffold inspections with"
        " inspection date, tower number, ties ok (yes/no) and remarks"
    )
    assert [e.name for e in result.entities] == ["ScaffoldInspection"], result.entities


def test_a_name_of_four_words_before_its_list_is_read_not_lost() -> None:
    # a long name is kept (the confidence may doubt it); before, nothing at all was read
    assert read_right(
        "Create junior football team kits with size, number and returned (yes/no)"
    ) == ["JuniorFootballTeamKit(size:str,number:str,returned:bool)"]
    assert read_right("Guided night sky walks with guide, start time and group size") == [
        "GuidedNightSkyWalk(guide:str,start_time:datetime,group_size:int)"
    ]
