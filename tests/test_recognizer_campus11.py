"""Careful, qualified writing (researchers, lecturers, administrators): the ask is read through
the parentheses and qualifications around it.

Every request here is written for this file (none is copied from the corpus). Each family pairs
wordings that must now read with counterparts that keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


# --- a closing parenthesis that remarks on a link or a change -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Every invoice belongs to one client (the billing contact rather than the site manager).",
         Intent.ADD_RELATIONSHIP, ["Invoice() many_to_one>Client"]),
        ("Each workshop should belong to a single venue (usually the main hall).",
         Intent.ADD_RELATIONSHIP, ["Workshop() many_to_one>Venue"]),
        ("Each thesis has exactly one examiner (external examiners are kept elsewhere).",
         Intent.ADD_RELATIONSHIP, ["Thesis() many_to_one>Examiner"]),
        ("Link projects and funders (a funder often backs several of our projects).",
         Intent.ADD_RELATIONSHIP, ["Project() many_to_many>Funder"]),
        ("Every grant belongs to one funder (research councils, charities and so on).",
         Intent.ADD_RELATIONSHIP, ["Grant() many_to_one>Funder"]),
        ("On Module, rename 'grade' to 'final mark' (the board prefers the longer term).",
         Intent.RENAME_FIELD, ["Module(final_mark:str<grade)"]),
        ("Duration on Lecture should be a float rather than text (we average it across the term).",
         Intent.MODIFY_FIELDS, ["Lecture(duration:float)"]),
    ],
)  # fmt: skip
def test_a_closing_remark_in_parentheses_leaves_the_link_or_change_read(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # fields listed, a state and a kind of link in the parenthesis are part of the ask
        ("Each booking belongs to one guest (name, email and phone).",
         (Intent.CREATE_ENTITY, [])),
        ("Each booking belongs to one guest (optional).", (Intent.CREATE_ENTITY, [])),
        ("Each order belongs to one customer (one-to-many).",
         (Intent.ADD_RELATIONSHIP, ["Customer() many_to_one>Order"])),
        # a parenthesis after a field of a create is no remark on a link or a change
        ("Create a Venue entity with name and capacity (seated, not standing).",
         (Intent.CREATE_ENTITY, ["Venue(name:str)", "Capacity(seated:bool,not_standing:str)"])),
    ],
)  # fmt: skip
def test_a_parenthesis_that_is_part_of_the_ask_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


def test_the_closing_remark_is_kept_as_a_business_rule() -> None:
    result = read("Each workshop should belong to a single venue (usually the main hall).")
    assert result.business_rules == (
        "Each workshop should belong to a single venue (usually the main hall).",
    )


# --- a remark in parentheses after the opening that sets the scene ------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("For the summer school (run every July, hence the odd timing) please create a Course "
         "entity with title, code and fee.",
         Intent.CREATE_ENTITY, ["Course(title:str,code:str,fee:decimal)"]),
        ("On the Sample entity (the tubes in freezer B) add a barcode and a volume.",
         Intent.ADD_FIELDS, ["Sample(barcode:str,volume:float)"]),
        ("For the alumni office (a small team, two part-time staff) please create a Donor entity "
         "with name, email and pledge amount.",
         Intent.CREATE_ENTITY, ["Donor(name:str,email:email,pledge_amount:decimal)"]),
    ],
)  # fmt: skip
def test_a_remark_after_the_opening_leaves_the_ask_read(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the parenthesis right after the owner named plainly was read before and still is
        ("On Sample (the tubes in freezer B) add a barcode and a volume.",
         (Intent.ADD_FIELDS, ["Sample(barcode:str,volume:float)"])),
        ("For the summer school please create a Course entity with title, code and fee.",
         (Intent.CREATE_ENTITY, ["Course(title:str,code:str,fee:decimal)"])),
    ],
)  # fmt: skip
def test_an_opening_without_a_remark_keeps_its_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- the rule or usage a change follows, said after it -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Rename the Tutor entity to Adviser, in line with the new handbook.",
         Intent.RENAME_ENTITY, ["Adviser<Tutor()"]),
        ("Rename Placement to Internship, to match the new terminology.",
         Intent.RENAME_ENTITY, ["Internship<Placement()"]),
        ("Rename grade to final mark on Module, to reflect the board's wording.",
         Intent.RENAME_FIELD, ["Module(final_mark:str<grade)"]),
        ("Make email optional on Member, in keeping with the privacy notice.",
         Intent.MODIFY_FIELDS, ["Member(email:email?)"]),
        # with no comma the rule is no part of the new name ("in line" is no entity Line)
        ("Rename Placement to Internship in line with the new terminology.",
         Intent.RENAME_ENTITY, ["Internship<Placement()"]),
    ],
)  # fmt: skip
def test_the_rule_a_change_follows_is_no_part_of_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_purpose_that_names_what_to_match_keeps_its_reading() -> None:
    assert reading("Add a field to Module to match the room size.") == (
        Intent.ADD_FIELDS,
        ["Module()"],
    )


# --- the owner said first, before a removal with no comma ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("From the Steward entity please remove locker number and vest size.",
         ["Steward(locker_number:str,vest_size:str)"]),
        ("From the Applicant table delete fax number.", ["Applicant(fax_number:str)"]),
        ("From Mentor please drop the phone extension and the pager.",
         ["Mentor(phone_extension:str,pager:str)"]),
    ],
)  # fmt: skip
def test_a_removal_after_its_owner_is_read(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_time_said_first_is_no_owner() -> None:
    assert reading("From next term remove the lab fee from Module.") == (Intent.CREATE_ENTITY, [])
    assert reading("From now on remove fax from Supplier.") == (
        Intent.REMOVE_FIELDS,
        ["Supplier(fax:str)"],
    )


# --- "each" after a plural that does not end in s -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Alumni should each have one mentor.", ["Alumnus() many_to_one>Mentor"]),
        ("Children should each belong to one class.", ["Child() many_to_one>ClassItem"]),
        ("Women should each be assigned to one ward.", ["Woman() many_to_one>Ward"]),
        ("Fungi should each belong to one genus.", ["Fungus() many_to_one>Genus"]),
    ],
)  # fmt: skip
def test_each_after_an_irregular_plural_links_every_one(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_each_after_a_regular_plural_keeps_its_reading() -> None:
    assert reading("Students should each be linked to a single house.") == (
        Intent.ADD_RELATIONSHIP,
        ["Student() many_to_one>House"],
    )


# --- how sure or how often, said after the modal of a link ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A student can in principle join several clubs.", ["Student() many_to_many>Club"]),
        ("A course can in theory have many tutors.", ["Course() many_to_many>Tutor"]),
        ("A book can occasionally belong to more than one series.",
         ["Book() many_to_many>Series"]),
        ("A member can potentially attend many events.", ["Member() many_to_many>Event"]),
    ],
)  # fmt: skip
def test_a_hedge_after_the_modal_leaves_the_link_read(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_link_without_a_hedge_keeps_its_reading() -> None:
    assert reading("A student can join several clubs.") == (
        Intent.ADD_RELATIONSHIP,
        ["Student() many_to_many>Club"],
    )


# --- where every subject of a link is kept, said after it ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each book in the library belongs to one shelf.", ["Book() many_to_one>Shelf"]),
        ("Every sample in the freezer belongs to one project.", ["Sample() many_to_one>Project"]),
        ("Each locker in the gym is assigned to one member.", ["Locker() many_to_one>Member"]),
    ],
)  # fmt: skip
def test_where_the_subject_is_kept_is_no_part_of_the_link(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_an_item_of_a_thing_keeps_its_reading() -> None:
    # a line or an item "in" a thing may be an entity of its own: still asked about
    for text in (
        "Each item in an order belongs to one product.",
        "Each line in the invoice refers to one product.",
    ):
        assert reading(text) == (Intent.CREATE_ENTITY, [])


# --- "I don't think we need X any more": a doubt that says the same no ---------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("I don't think we need the Bursary entity any more. Could you take it out?",
         Intent.REMOVE_ENTITY, ["Bursary()"]),
        ("I do not think we need the pager field on Volunteer any longer.",
         Intent.REMOVE_FIELDS, ["Volunteer(pager:str)"]),
        ("I don't think we really use the fax column on Supplier anymore.",
         Intent.REMOVE_FIELDS, ["Supplier(fax:str)"]),
    ],
)  # fmt: skip
def test_a_doubt_that_something_is_needed_removes_it(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_doubt_about_needing_to_do_something_removes_nothing() -> None:
    result = read("I don't think we need to change the Mentor entity.")
    assert result.status == "needs_clarification"
    assert reading("I don't think we need to change the Mentor entity.") == (
        Intent.CREATE_ENTITY,
        [],
    )
