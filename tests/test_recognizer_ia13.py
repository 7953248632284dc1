"""Families found by the fresh-ia batch (events, venues, tickets, bands, leagues).

Every request here is written for this file (none is copied from the corpus); each family has
a counterpart that must keep its own reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


# --- "log each X at the Y with …": the place after the thing is no part of the name ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Record each stall at the market with stall number, rent and owner name.",
         ["Stall(stall_number:str,rent:decimal,owner_name:str)"]),
        ("Keep each locker in the changing room with locker code and deposit.",
         ["Locker(locker_code:str,deposit:decimal)"]),
    ],
)  # fmt: skip
def test_a_place_after_each_thing_is_context(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_each_thing_then_its_list_without_with_still_reads() -> None:
    # counterpart: "log each X the F …" lists what each one has
    assert accepted("log each crossing the sailing date and the ferry name") == [
        "Crossing(sailing_date:date,ferry_name:str)"
    ]


# --- "(we don't always get one)": a field that is only sometimes there is optional -------------
@pytest.mark.parametrize(
    "note",
    ["we don't always get one", "they do not always have one", "not always known"],
)
def test_a_bracketed_sometimes_absent_is_optional(note: str) -> None:
    assert accepted(f"Track bands with band name, manager phone ({note}) and fee.") == [
        "Band(band_name:str,manager_phone:str?,fee:decimal)"
    ]


def test_a_bracketed_remark_that_it_is_always_there_stays_required() -> None:
    assert accepted("Track bands with band name, manager phone (they all have one) and fee.") == [
        "Band(band_name:str,manager_phone:str,fee:decimal)"
    ]


# --- "new member (yes/no)": "new" names a yes/no field -----------------------------------------
def test_new_before_a_noun_with_a_yes_no_type_stays_in_the_name() -> None:
    assert accepted("Subscribers: name, email, new subscriber (yes/no)") == [
        "Subscriber(name:str,email:email,new_subscriber:bool)"
    ]


def test_new_before_a_field_of_another_type_is_talk() -> None:
    assert accepted("Add a new phone number to Subscriber", Intent.ADD_FIELDS) == [
        "Subscriber(phone_number:str)"
    ]


# --- "the committee met on <day> and decided …": the meeting is background --------------------
def test_a_meeting_then_a_decided_entity_rename() -> None:
    assert accepted(
        "The board met on Thursday and decided heats should be called Rounds from now on.",
        Intent.RENAME_ENTITY,
    ) == ["Round<Heat()"]


def test_a_meeting_then_a_decided_field_change() -> None:
    assert accepted(
        "The board met on Thursday and decided the fax on Sponsor should be optional.",
        Intent.MODIFY_FIELDS,
    ) == ["Sponsor(fax:str?)"]


def test_a_day_is_never_the_entity_of_a_decided_change() -> None:
    result = read("The board met last night and agreed the fax on Sponsor should be optional.")
    assert all(e.name != "Night" for e in result.entities)


# --- "(…) and (…), and a many-to-many between …": the comma does not drop the link ------------
def test_a_link_after_a_comma_and_two_groups_is_read() -> None:
    assert accepted(
        "Track courts (name, surface) and coaches (name, phone), and a many-to-many between "
        "courts and coaches."
    ) == ["Court(name:str,surface:str) many_to_many>Coach", "Coach(name:str,phone:str)"]


def test_two_groups_without_a_link_stay_two_entities() -> None:
    assert accepted("Track courts (name, surface) and coaches (name, phone).") == [
        "Court(name:str,surface:str)",
        "Coach(name:str,phone:str)",
    ]


# --- "each one comes with F": what it comes with is what it has -------------------------------
def test_each_one_comes_with_its_fields() -> None:
    assert accepted(
        "Track the speakers we rent out; each one comes with a brand, a wattage and a day rate."
    ) == ["Speaker(brand:str,wattage:float,day_rate:decimal)"]


def test_comes_with_is_never_part_of_the_name() -> None:
    intent, got = reading("Every speaker comes with a brand and a wattage.")
    assert all("Come" not in entity for entity in got), (intent, got)


# --- "for every X please store the following: …": the pointer names no field ------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "For every umpire please store the following: full name, badge number and phone.",
        "For each umpire keep these details: full name, badge number and phone.",
    ],
)
def test_the_following_points_at_the_list(request_text: str) -> None:
    assert read_right(request_text) == ["Umpire(full_name:str,badge_number:str,phone:str)"]


def test_the_following_with_no_list_is_asked() -> None:
    assert read("For every umpire please store the following.").status == "needs_clarification"


# --- "One-to-many from X to Y.": a kind said alone, then its ends ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("One-to-many from League to Club.", ["Club() many_to_one>League"]),
        ("Many-to-one from Club to League.", ["Club() many_to_one>League"]),
        ("Many-to-many from Club to Sponsor.", ["Club() many_to_many>Sponsor"]),
    ],
)  # fmt: skip
def test_a_kind_said_alone_from_one_end_to_the_other(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_kind_from_one_end_only_is_asked() -> None:
    assert read("One-to-many from League.").status == "needs_clarification"


# --- "a ticketing app that stores tickets with …": the frame's keeping verb, then the things --
def test_a_frame_that_stores_things_with_fields_creates_them() -> None:
    assert accepted("A lettings app that stores viewings with viewing date, agent and notes.") == [
        "Viewing(viewing_date:date,agent:str,notes:str)"
    ]


def test_a_frame_that_stores_fields_straight_after_its_verb() -> None:
    # counterpart: no things named, the list straight after the verb is the kept thing's fields
    assert accepted("A ticketing app that stores seat number, price and buyer email.") == [
        "Ticket(seat_number:str,price:decimal,buyer_email:email)"
    ]


# --- "the existing X entity needs F": "existing" says it is there --------------------------
def test_the_existing_named_entity_gets_a_field() -> None:
    assert read_right("The existing Locker entity needs a padlock code.", Intent.ADD_FIELDS) == [
        "Locker(padlock_code:str)"
    ]


def test_keeping_existing_rows_stays_a_practice() -> None:
    result = read("Keep existing rows when the Locker entity changes.")
    assert result.status == "needs_clarification"


# --- "track hotel stays with …": a kind of stay is a thing kept --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track guest stays with guest name, room and nights.",
         ["GuestStay(guest_name:str,room:str,nights:int)"]),
        ("A travel log tracking cabin stays with cabin name and nights.",
         ["CabinStay(cabin_name:str,nights:int)"]),
    ],
)  # fmt: skip
def test_a_kind_of_stay_is_kept(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_data_that_stays_is_still_a_practice() -> None:
    assert read("Make sure the old data stays after the upgrade.").status == "needs_clarification"
