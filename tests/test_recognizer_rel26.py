"""Relationships said with a copula after a modal, a complex preposition, a discourse opener,
or the writer's own kinds in bare plurals.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "an invoice must be from one supplier" links as "an invoice is from one supplier"
does (the modal says how sure, not what is linked); "under the control of one depot" links to
the depot as "under one depot" would; "so like" / "turns out" before a statement are how the
writer talks, not part of the subject; "our plumbers fit boilers" links kinds as "plumbers fit
boilers" does, while "our customers love the new cakes", "our team uses a tool" and "my kids
play football" stay talk. A class- or ER-diagram line ("Lease *--1 Tenant", "Order }o--||
Customer") puts the link on the end marked many, as "each lease has one tenant" does.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each invoice should be from one supplier", "Invoice() many_to_one>Supplier"),
        ("A canoe must be at one boathouse", "Canoe() many_to_one>Boathouse"),
        ("every blood sample has to be from a single donor",
         "BloodSample() many_to_one>Donor"),
        ("A kayak can only ever be in one club", "Kayak() many_to_one>Club"),
    ],
)  # fmt: skip
def test_a_modal_before_be_and_a_counted_place_links(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each lorry shall be under the control of one depot", "Lorry() many_to_one>Depot"),
        ("A vessel is in the care of a single harbour master",
         "Vessel() many_to_one>HarbourMaster"),
        ("every foal is in the charge of one groom", "Foal() many_to_one>Groom"),
    ],
)  # fmt: skip
def test_a_complex_preposition_before_a_count_links(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("so like every gig is at a single venue", "Gig() many_to_one>Venue"),
        ("like mechanics fix cars", "Mechanic() many_to_many>Car"),
        ("turns out glaziers can fit several windows", "Glazier() many_to_many>Window"),
        ("well basically each hive is kept at one apiary", "Hive() many_to_one>Apiary"),
    ],
)  # fmt: skip
def test_a_discourse_opener_is_no_part_of_the_subject(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("our plumbers fit boilers", "Plumber() many_to_many>Boiler"),
        ("our tailors alter suits", "Tailor() many_to_many>Suit"),
        ("our tailors alter many suits", "Tailor() many_to_many>Suit"),
    ],
)  # fmt: skip
def test_our_kinds_in_bare_plurals_link(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "our customers love the new cakes",
        "our team uses a tool",
        "my kids play football",
        "the report must be in the format of the old one",
    ],
)
def test_talk_is_not_read_as_a_link(request_text: str) -> None:
    _, shape = reading(request_text)
    assert not any("many_to" in entity for entity in shape), shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Lease *--1 Tenant", "Lease() many_to_one>Tenant"),
        ("Lease 0..* -- 1 Tenant", "Lease() many_to_one>Tenant"),
        ("Tenant 1 -- 0..* Lease", "Lease() many_to_one>Tenant"),
        ('Author "*" -- "*" Book', "Author() many_to_many>Book"),
        ("Order }o--|| Customer", "Order() many_to_one>Customer"),
        ("Customer ||--o{ Order", "Order() many_to_one>Customer"),
        ("Student }o--o{ Course", "Student() many_to_many>Course"),
    ],
)  # fmt: skip
def test_a_diagram_line_links_from_the_end_marked_many(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_two_names_joined_by_a_dash_alone_are_no_diagram_line() -> None:
    _, shape = reading("saddle - horse")
    assert not any("many_to" in entity for entity in shape), shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Parcel(courier_id -> Courier)", "Parcel() many_to_one>Courier"),
        ("Stay(guest_house_id -> GuestHouse)", "Stay() many_to_one>GuestHouse"),
    ],
)  # fmt: skip
def test_a_key_column_named_after_its_target_in_brackets_links(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_key_column_named_for_a_role_is_not_guessed() -> None:
    _, shape = reading("Parcel(sender_id -> Customer)")
    assert not any("many_to" in entity for entity in shape), shape
