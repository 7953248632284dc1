"""Intents of tickets and lines left out of scope (issue 8, intent family).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a ticket whose acceptance criteria say, line after line, that a thing named bare
("- Kiln has a firing temperature") has a field speaks of the Kiln there is, and adds the
fields; a ticket that announces the thing ("New entity: Kiln", "- A Kiln has …") or criteria
that say it once still create it. A requirement line that says in brackets that it is out of
scope ("(out of scope for this phase)") is kept as said: it links nothing and adds nothing,
while the same line without the brackets reads as before. A second field said after the owner
("add signed by to leases and signed at as well", "…, and the warden's phone if known") is
added to that owner, while a second plural or a capitalised name there is a second owner. A
place named in the talk before the ask ("quick one from the boat office: …") is no thing
created: the addition stays an addition.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading

_KILN_CRITERIA = (
    "- Kiln has a firing temperature (integer)\n- Kiln has a last serviced date\n- Docs updated"
)


@pytest.mark.parametrize(
    "title",
    ["POT-31: firing details on Kiln", "POT-31: Kiln upkeep", "[POT-31] service history"],
)
def test_ticket_criteria_on_a_bare_name_add_fields(title: str) -> None:
    request = f"{title}\n\nAcceptance criteria:\n{_KILN_CRITERIA}"
    assert read_right(request, Intent.ADD_FIELDS) == [
        "Kiln(firing_temperature:int,last_serviced_date:date)"
    ]


def test_ticket_criteria_numbered_add_fields() -> None:
    request = (
        "GYM-88: locker details\n\nAC:\n1. Locker has a padlock code (text)\n"
        "2. Locker has a rented until date\n3. Tests updated"
    )
    assert read_right(request, Intent.ADD_FIELDS) == [
        "Locker(padlock_code:str,rented_until_date:date)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        # the ticket announces the thing
        "POT-31: New entity: Kiln\n\nAcceptance criteria:\n" + _KILN_CRITERIA,
        "POT-31: create kilns\n\nAcceptance criteria:\n" + _KILN_CRITERIA,
        # an article introduces a thing not there yet
        "POT-31: Kiln upkeep\n\nAcceptance criteria:\n- A Kiln has a firing temperature "
        "(integer)\n- A Kiln has a last serviced date",
        # no ticket key: criteria alone, as before
        "Acceptance criteria:\n" + _KILN_CRITERIA,
    ],
)
def test_announced_or_unkeyed_criteria_still_create(request_text: str) -> None:
    intent, _ = reading(request_text)
    assert intent == Intent.CREATE_ENTITY


def test_one_criterion_on_the_name_is_not_enough() -> None:
    request = "POT-31: Kiln upkeep\n\nAcceptance criteria:\n- Kiln has a firing temperature (int)"
    intent, _ = reading(request)
    assert intent == Intent.CREATE_ENTITY


def test_a_line_said_out_of_scope_links_nothing() -> None:
    request = (
        "Ferry timetable\n\nRequirements:\n- Sailing entity with:\n  - departs at (datetime)\n"
        "  - berth number (text)\n"
        "- Sailings must be checked against port authority records (out of scope for this phase)"
        "\n- Unit tests must pass"
    )
    result = read(request)
    assert result.intent == Intent.CREATE_ENTITY
    assert [(e.name, e.relationships) for e in result.entities] == [("Sailing", ())]
    assert any("out of scope" in rule for rule in result.business_rules)


@pytest.mark.parametrize("aside", ["(not in scope yet)", "(Out of scope for v1.)"])
def test_a_link_said_out_of_scope_is_not_made(aside: str) -> None:
    request = (
        "Ferry timetable\n\nRequirements:\n- Sailing entity with:\n  - departs at (datetime)\n"
        f"  - berth number (text)\n- Each sailing belongs to one vessel {aside}"
    )
    _, shape = reading(request)
    assert shape == ["Sailing(departs_at:datetime,berth_number:str)"]


def test_the_same_link_without_the_aside_is_made() -> None:
    request = (
        "Ferry timetable\n\nRequirements:\n- Sailing entity with:\n  - departs at (datetime)\n"
        "  - berth number (text)\n- Each sailing belongs to one vessel"
    )
    _, shape = reading(request)
    assert shape == ["Sailing(departs_at:datetime,berth_number:str) many_to_one>Vessel"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could you add signed by to leases and signed at as well?",
         "Lease(signed_by:str,signed_at:datetime)"),
        ("please add a mooring fee to each boat, and the skipper's phone if known",
         "Boat(mooring_fee:decimal,skipper_phone:str?)"),
        ("add a hull colour to canoes, and a seat count too",
         "Canoe(hull_colour:str,seat_count:int)"),
    ],
)  # fmt: skip
def test_second_field_after_the_owner_goes_to_that_owner(request_text: str, expected: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_second_plural_after_the_owner_is_a_second_owner() -> None:
    assert reading("can you add a colour to canoes and kayaks too?") == (
        Intent.ADD_FIELDS,
        ["Canoe(colour:str)", "Kayak(colour:str)"],
    )


def test_a_capitalised_name_after_the_owner_is_a_second_owner() -> None:
    _, shape = reading("add a notes field to canoes and Kayak too")
    assert "Kayak(notes:str)" in shape


@pytest.mark.parametrize(
    "opener",
    ["quick one from the boat office 👷", "quick one from the boat office.", "hi from the yard -"],
)
def test_a_place_in_the_talk_before_an_addition_creates_nothing(opener: str) -> None:
    request = f"{opener} can you add a mooring fee to each boat"
    assert read_right(request, Intent.ADD_FIELDS) == ["Boat(mooring_fee:decimal)"]


def test_long_unfinished_criteria_read_whole() -> None:
    # a ticket whose criteria never end, and a bracket never closed: read, not hung
    request = "POT-31: Kiln upkeep\n\nAcceptance criteria:\n" + "- Kiln has a " * 1400
    assert read(request).status == "needs_clarification"
    request = "Kilns: name, size\n- Kilns are fired (out of scope " + "x " * 9000
    assert read(request).status in ("recognized", "needs_clarification")
