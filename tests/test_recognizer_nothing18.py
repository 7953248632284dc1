"""Requests where nothing was read (no entity, no change): families now read as asked.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.text import clean
from tests.support.recognition import read, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Could you call the Lodging entity Stay?", Intent.RENAME_ENTITY, ["Stay<Lodging()"]),
        ("Rename the Visit entity to Stay please", Intent.RENAME_ENTITY, ["Stay<Visit()"]),
        ("Add a towel fee to Stay.", Intent.ADD_FIELDS, ["Stay(towel_fee:decimal)"]),
        ("Kennel += towel fee", Intent.ADD_FIELDS, ["Kennel(towel_fee:decimal)"]),
    ],
)
def test_a_name_written_as_one_keeps_its_practice_word(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "Stay" is also data that must stay; written as a name, it is the thing."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == intent
    assert shape(got) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Existing rows must stay.", "All data stays in the database", "Deploy with docker"],
)
def test_practice_lines_stay_how_to_build(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert not got.entities


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The porters say trolley, not cart. Please rename Cart to Trolley.",
            Intent.RENAME_ENTITY,
            ["Trolley<Cart()"],
        ),
        (
            "Please rename Cart to Trolley, the porters all say trolley not cart.",
            Intent.RENAME_ENTITY,
            ["Trolley<Cart()"],
        ),
        (
            "Admin note: everyone says handler, not trainer. Could you rename trainer to "
            "handler on Dog?",
            Intent.RENAME_FIELD,
            ["Dog(handler:str<trainer)"],
        ),
        (
            "The warehouse lads keep calling pallets 'skids' and that is annoying everyone. "
            "Rename the Pallet entity to Skid.",
            Intent.RENAME_ENTITY,
            ["Skid<Pallet()"],
        ),
    ],
)
def test_what_people_say_instead_backs_the_rename(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == intent
    assert shape(got) == expected


@pytest.mark.parametrize(
    "request_text", ["the team says runner, not courier", "everybody says skid, not pallet"]
)
def test_what_people_say_alone_asks(request_text: str) -> None:
    """Said alone it names no change: asked, never a thing with fields."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert not any(e.attributes for e in got.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Mechanics repair many vans and a van is serviced by several mechanics",
            ["Mechanic() many_to_many>Van"],
        ),
        (
            "Hikers join many clubs and clubs have lots of hikers",
            ["Hiker() many_to_many>Club"],
        ),
        (
            "A crew can work several shifts and a shift has many crews - connect Crew and "
            "Shift that way",
            ["Crew() many_to_many>Shift"],
        ),
        (
            "Each book has one author and an author writes many books",
            ["Book() many_to_one>Author"],
        ),
    ],
)
def test_one_link_said_from_both_ends(request_text: str, expected: list[str]) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.ADD_RELATIONSHIP
    assert shape(got) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Mechanics repair vans and drivers drive vans", "Crews work shifts and crews eat meals"],
)
def test_two_different_links_are_not_one(request_text: str) -> None:
    got = read(request_text)
    assert not (
        got.status == "recognized"
        and got.intent == Intent.ADD_RELATIONSHIP
        and any(r.kind == "many_to_many" for e in got.entities for r in e.relationships)
        and len(got.entities) == 1
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The system shall ensure that each Truck is based at exactly one Yard.",
            ["Truck() many_to_one>Yard"],
        ),
        ("The app must make sure that every booking belongs to one customer.", None),
        ("The system shall link each lease to one landlord.", ["Lease() many_to_one>Landlord"]),
    ],
)
def test_a_requirement_that_ensures_or_links_reads_the_link(
    request_text: str, expected: list[str] | None
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.ADD_RELATIONSHIP
    assert shape(got) == (expected or ["Booking() many_to_one>Customer"])


def test_a_requirement_about_how_to_build_stays_asked() -> None:
    got = read("The system shall ensure that passwords are hashed.")
    assert got.status == "needs_clarification"
    assert got.intent != Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "cleaned"),
    [
        ("i need 2 track candles 4 my shop", "for my shop"),
        ("bikes 4 our club w frame size", "bikes for our club"),
        ("keep track off ferries with name", "keep track of ferries"),
        ("Keeping track off the hives", "Keeping track of the hives"),
    ],
)
def test_texting_for_and_track_of(request_text: str, cleaned: str) -> None:
    assert cleaned in clean(request_text).text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("track cabins with 4 beds each", "with 4 beds"),
        ("add tables 4 the patio", "tables 4 the patio"),
        ("kick off the season with a match", "kick off the season"),
    ],
)
def test_counts_and_other_offs_are_kept(request_text: str, kept: str) -> None:
    assert kept in clean(request_text).text


def test_texted_create_reads() -> None:
    got = read("i need 2 track candles 4 my shop w scent, wax and price")
    assert got.status == "recognized"
    assert shape(got) == ["Candle(scent:str,wax:str,price:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a ward clerk I want the rota field on Nurse to be called usual rota, so that it "
            "matches the board.",
            ["Nurse(usual_rota:str<rota)"],
        ),
        ("Naming thing: please rename the url field on Webhook to target url.", None),
        (
            "Please rename the hook field on Alert to endpoint url.",
            ["Alert(endpoint_url:str<hook)"],
        ),
    ],
)
def test_a_renamed_fields_names_are_names(request_text: str, expected: list[str] | None) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.RENAME_FIELD
    assert shape(got) == (expected or ["Webhook(target_url:str<url)"])


@pytest.mark.parametrize(
    "request_text", ["Naming conventions: snake case", "Naming: rename Stuff to Gear"]
)
def test_naming_talk_without_a_named_change_is_asked(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "There's a field on Patient called next of kin. Nobody fills it in, so take that "
            "field out.",
            Intent.REMOVE_FIELDS,
            ["Patient(next_of_kin:str)"],
        ),
        (
            "There is a column in the Kennel table called run size. Take it out.",
            Intent.REMOVE_FIELDS,
            ["Kennel(run_size:str)"],
        ),
        (
            "There is a field on Pony called stable name. Rename it to yard name.",
            Intent.RENAME_FIELD,
            ["Pony(yard_name:str<stable_name)"],
        ),
    ],
)
def test_there_is_a_field_called_is_what_exists(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "called" names the field there; nothing is renamed from "there is a"."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == intent
    assert [s.split("(")[0] for s in shape(got)] == [e.split("(")[0] for e in expected]
    if intent == Intent.REMOVE_FIELDS:
        assert [a.name for e in got.entities for a in e.attributes] == [
            expected[0].split("(")[1].split(":")[0]
        ]
    else:
        assert shape(got) == expected


def test_a_field_called_is_never_renamed_from_there_is() -> None:
    got = read("There's a field on Tenant called fax.")
    assert not any(a.renamed_from for e in got.entities for a in e.attributes)
