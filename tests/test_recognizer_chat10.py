"""Chat messages (Slack, Teams, WhatsApp): short asks typed the way people message each other.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on, with counterparts that must keep the reading they have today.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


# --- a link stated, then an ask pointing back at it ("- pls hook that up") ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boats belong to a single marina - pls hook that up", ["Boat() many_to_one>Marina"]),
        ("a lesson has one tutor, pls connect", ["Lesson() many_to_one>Tutor"]),
        ("recipes can have tags - link them pls", ["Recipe() many_to_many>Tag"]),
        ("farmers grow crops - set that up thx", ["Farmer() many_to_many>Crop"]),
        ("a vet can treat lots of horses - relate them please", ["Vet() many_to_many>Horse"]),
        ("each locker sits in one gym, could u wire them up", ["Locker() many_to_one>Gym"]),
    ],
)  # fmt: skip
def test_an_ask_to_link_what_was_just_said_is_talk(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a listed "link" after a list is a field, not an ask to relate
        ("Bookmark: title, photo, link", (Intent.CREATE_ENTITY,
         ["Bookmark(title:str,photo:str,link:str)"])),
        ("add title, photo and link to Bookmark", (Intent.ADD_FIELDS,
         ["Bookmark(title:str,photo:str,link:str)"])),
        # an ask that names what to link is still read as the link
        ("a lesson has a name, and link each lesson to one tutor", (Intent.CREATE_ENTITY,
         ["Lesson(name:str) many_to_one>Tutor"])),
    ],
)  # fmt: skip
def test_a_link_word_that_names_a_field_or_its_ends_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- links typed short: "van -> one driver", "a ↔ b, many-many", "a and b - many to many" -------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("vans -> one depot", ["Van() many_to_one>Depot"]),
        ("shift → a single nurse pls", ["Shift() many_to_one>Nurse"]),
        ("pallet -> many boxes", ["Pallet() many_to_many>Box"]),
        ("bikes <-> riders, many-many", ["Bike() many_to_many>Rider"]),
        ("bike ↔ rider (many-one)", ["Bike() many_to_one>Rider"]),
        ("link posts + labels (many-many)", ["Post() many_to_many>Label"]),
        ("nurses and wards - many to many", ["Nurse() many_to_many>Ward"]),
        ("nurses and wards: one-to-many", ["Ward() many_to_one>Nurse"]),
    ],
)  # fmt: skip
def test_a_link_typed_short_is_read_with_its_kind(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # an arrow to a type, a state or a new name is a change, not a link
        ("Kiln: weight -> decimal", (Intent.MODIFY_FIELDS, ["Kiln(weight:decimal)"])),
        ("Kiln: notes -> optional", (Intent.MODIFY_FIELDS, ["Kiln(notes:str?)"])),
        ("Orchard: acreage -> area", (Intent.RENAME_FIELD, ["Orchard(area:str<acreage)"])),
        # lines marked "+" under a name are still added to it
        ("Building\n+ year built\n+ floors (int)", (Intent.ADD_FIELDS,
         ["Building(year_built:int,floors:int)"])),
        ("Truck: plate, capacity + one more", (Intent.CREATE_ENTITY,
         ["Truck(plate:str,capacity:int,more:str)"])),
        ("bike ↔ rider (many-to-one)", (Intent.ADD_RELATIONSHIP, ["Bike() many_to_one>Rider"])),
    ],
)  # fmt: skip
def test_an_arrow_or_a_plus_that_is_no_link_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- "on X can F be …?": the place said first, the field asked about without its article -------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("on Kennel can run code be renamed to pen code?", Intent.RENAME_FIELD,
         ["Kennel(pen_code:str<run_code)"]),
        ("on invoices can memo be called note instead?", Intent.RENAME_FIELD,
         ["Invoice(note:str<memo)"]),
        ("on Donor can postcode be required from now on?", Intent.MODIFY_FIELDS,
         ["Donor(postcode:str)"]),
        ("in Kennel can size be a decimal?", Intent.MODIFY_FIELDS, ["Kennel(size:decimal)"]),
    ],
)  # fmt: skip
def test_a_place_then_a_bare_field_question_changes_that_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # someone asked, or the field with its article, keep their readings
        ("on Kennel can we add a run number?", (Intent.ADD_FIELDS, ["Kennel(run_number:str)"])),
        ("on Kennel could the phone number be optional?", (Intent.MODIFY_FIELDS,
         ["Kennel(phone_number:str?)"])),
        ("on Kennel, can size be a decimal?", (Intent.MODIFY_FIELDS, ["Kennel(size:decimal)"])),
        ("on the Kennel entity could you add a run number", (Intent.ADD_FIELDS,
         ["Kennel(run_number:str)"])),
    ],
)  # fmt: skip
def test_a_place_before_someone_asked_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- "amt", as "qty" is: a chat's short word for an amount is money -----------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add refund amt to Claim", Intent.ADD_FIELDS, ["Claim(refund_amt:decimal)"]),
        ("Grant: title, award amt, closing date", Intent.CREATE_ENTITY,
         ["Grant(title:str,award_amt:decimal,closing_date:date)"]),
    ],
)  # fmt: skip
def test_amt_is_an_amount_of_money(request_text: str, intent: Intent, expected: list[str]) -> None:
    assert read_right(request_text, intent) == expected


def test_an_amount_written_out_keeps_its_type() -> None:
    assert reading("add unit amount to Item") == (Intent.ADD_FIELDS, ["Item(unit_amount:decimal)"])


# --- "…, loads of ppl skip it": how many people leave a field out is why it is optional ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("notes on Visit shouldnt be required, loads of ppl skip it", ["Visit(notes:str?)"]),
        ("postcode on Donor should be optional, ppl often leave it", ["Donor(postcode:str?)"]),
    ],
)  # fmt: skip
def test_people_skipping_a_field_is_the_reason_not_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_loads_of_people_listed_as_an_item_stays_an_item() -> None:
    assert reading("Visit: notes, loads of people") == (
        Intent.CREATE_ENTITY,
        ["Visit(notes:str,loads_of_people:str)"],
    )


# --- "Volunteer entity -> Helper", "entity Client -> Customer pls": an entity renamed by arrow ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiln entity -> Oven", ["Oven<Kiln()"]),
        ("Kiln entity → Oven", ["Oven<Kiln()"]),
        ("entity Barge -> Ferry pls", ["Ferry<Barge()"]),
        ("Barge table -> Ferry thx", ["Ferry<Barge()"]),
    ],
)  # fmt: skip
def test_an_entity_marked_after_its_name_is_renamed_by_the_arrow(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("entity Barge -> Ferry", (Intent.RENAME_ENTITY, ["Ferry<Barge()"])),
        ("Kiln: weight -> decimal", (Intent.MODIFY_FIELDS, ["Kiln(weight:decimal)"])),
        ("vans -> one depot", (Intent.ADD_RELATIONSHIP, ["Van() many_to_one>Depot"])),
    ],
)  # fmt: skip
def test_an_arrow_without_the_entity_marker_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected
