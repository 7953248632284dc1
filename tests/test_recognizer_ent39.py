"""The thing kept read under its own name, not under a word beside it (issue 8, ent39).

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: the verb that opens a request, a word counting a link, "their" typed
as "there", "crate" after a determiner and what each of the things kept has are never read as
part of the thing's name or as a field of the place the things are for; and the near-miss
wordings keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- a verb of making, in lower case, before the things and the place they are for -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("create recipes for my blog with title, prep time and servings",
         ["Recipe(title:str,prep_time:str,servings:int)"]),
        ("make invoices for our studio with number, amount and due date",
         ["Invoice(number:str,amount:decimal,due_date:date)"]),
        ("build kayaks for the club with name, length and colour",
         ["Kayak(name:str,length:float,colour:str)"]),
    ],
)  # fmt: skip
def test_the_verb_that_opens_a_request_is_no_word_of_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_thing_of_two_words_after_the_verb_keeps_both() -> None:
    # three words before "for": the rewrite never cuts into a name it cannot see whole
    assert accepted("create board games for our cafe with title, publisher and price") == [
        "BoardGame(title:str,publisher:str,price:decimal)"
    ]


def test_records_of_the_app_itself_after_the_verb_are_not_things() -> None:
    # "notes", "reports", "changes": words for the app's own records keep the old reading
    assert read("make changes for the team with care").status == "needs_clarification"


# --- "exactly one": a count, never a verb ------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want each locker linked to exactly one member", ["Locker() many_to_one>Member"]),
        ("As a warden I want every permit tied to exactly one vehicle",
         ["Permit() many_to_one>Vehicle"]),
        ("we need each shipment connected to only one carrier", ["Shipment() many_to_one>Carrier"]),
    ],
)  # fmt: skip
def test_a_word_that_counts_the_target_is_no_verb_of_the_subject(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_link_said_without_exactly_reads_as_before() -> None:
    assert accepted("I want each locker linked to one member", Intent.ADD_RELATIONSHIP) == [
        "Locker() many_to_one>Member"
    ]


# --- "there" typed for "their" after a verb of keeping -----------------------------------------
def test_there_before_the_things_kept_is_their() -> None:
    assert accepted(
        "need a thing for the scout troop to track there badges - badge name, level and "
        "awarded (yes/no)"
    ) == ["Badge(badge_name:str,level:str,awarded:bool)"]


@pytest.mark.parametrize(
    "request_text",
    ["track there: name, date", "can you track there please", "we log there readings every hour"],
)
def test_there_as_a_place_is_left_alone(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not any(e.name.startswith(("There", "Their")) for e in result.entities)


# --- "crate" after a determiner is the noun ----------------------------------------------------
def test_crate_counted_is_a_crate() -> None:
    assert accepted(
        "Please keep the crates in the app, for each crate the crate number, the tare weight "
        "and the last washed date."
    ) == ["Crate(crate_number:str,tare_weight:float,last_washed_date:date)"]


def test_crate_before_an_article_is_still_the_verb() -> None:
    assert accepted("crate a system for bicycles with frame number and colour") == [
        "Bicycle(frame_number:str,colour:str)"
    ]


# --- what each of the things kept has ----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep spare parts for the workshop, each with a part number, a bin and a cost.",
         ["SparePart(part_number:str,bin:str,cost:decimal)"]),
        ("Track hire bikes for the shop; each bike has a frame number, a size and a colour.",
         ["HireBike(frame_number:str,size:str,colour:str)"]),
        ("Keep loan tools for the library, each described by a name, a condition and a "
         "replacement cost.",
         ["LoanTool(name:str,condition:str,replacement_cost:decimal)"]),
    ],
)  # fmt: skip
def test_what_each_thing_kept_has_are_its_fields(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_each_naming_another_thing_is_not_joined() -> None:
    # "each crate" after "bikes": another thing, so no "bikes with" is made of it
    result = read("Keep bikes for the shop; each crate has a label and a weight.")
    assert "Bike(label:str,weight:float)" not in shape(result)


def test_a_long_unfinished_request_is_asked() -> None:
    text = "keep spare parts for the workshop, each with " + "a " * 9_000
    result = read(text)
    assert result.status == "needs_clarification"


# --- the things to start with -----------------------------------------------------------------
def test_the_things_to_start_with_are_the_things_kept() -> None:
    assert accepted(
        "could we start with canoes? each one needs a name, a length and a colour."
    ) == ["Canoe(name:str,length:float,colour:str)"]


def test_the_things_to_start_by_keeping_are_the_things_kept() -> None:
    assert accepted("shall we start by tracking canoes? each canoe has a name and a length.") == [
        "Canoe(name:str,length:float)"
    ]


def test_starting_with_something_that_is_no_thing_makes_no_thing_of_it() -> None:
    result = read("can we start with basics? a name and an email")
    assert result.status == "needs_clarification"
    assert not any(e.name.startswith("Basic") for e in result.entities)


# --- a frame made to keep things, then their list after a colon --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need a simple tracker to log gate inspections: inspected on, inspector and notes",
         ["GateInspection(inspected_on:date,inspector:str,notes:str)"]),
        ("Our agency wants a bookings board to keep track of venue bookings: venue name, "
         "event date and deposit",
         ["VenueBooking(venue_name:str,event_date:date,deposit:decimal)"]),
        ("I want a little app so our wardens can record litter sweeps: sweep date, street and "
         "bags filled",
         ["LitterSweep(sweep_date:date,street:str,bags_filled:int)"]),
        ("I need a logbook to record my swims: distance, pool and swim date",
         ["Swim(distance:float,pool:str,swim_date:date)"]),
        ("Build a dashboard to track donations: date and amount",
         ["Donation(date_value:date,amount:decimal)"]),
    ],
)  # fmt: skip
def test_the_things_a_frame_is_made_to_keep_are_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_frame_named_as_the_entity_stays_the_entity() -> None:
    # "X entity" says the frame word is the thing; no colon list after a plural, no rewrite
    result = read("Create a Register entity with title and opened on")
    assert [e.name for e in result.entities] == ["Register"]
