"""Relationships said with other verbs, and slips in the words that ask and link.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape

REL = Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("every visit belongs to one propertty", ["Visit() many_to_one>Property"]),
        ("each parcel goes to a single custmer", ["Parcel() many_to_one>Customer"]),
    ],
)
def test_a_misspelt_target_of_a_link_is_respelt_as_its_subject_is(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert shape(result) == expected
    assert any("(spelling)" in note for note in result.notes)


def test_a_target_the_dictionary_knows_is_kept_as_written() -> None:
    assert accepted("each sample belongs to one batch", REL) == ["Sample() many_to_one>Batch"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A survey uses exactly one template.", "Survey() many_to_one>Template"),
        ("Each loan covers a single vehicle", "Loan() many_to_one>Vehicle"),
        ("A crew uses many boats", "Crew() many_to_many>Boat"),
    ],
)
def test_a_counted_subject_then_its_verb_is_no_longer_noun(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, REL) == [expected]


def test_plural_subjects_with_their_verb_still_read() -> None:
    assert accepted("Library members borrow books", REL) == ["LibraryMember() many_to_many>Book"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each cake is made for one order.", "Cake() many_to_one>Order"),
        ("A quilt is made by a single maker", "Quilt() many_to_one>Maker"),
    ],
)
def test_made_for_a_counted_thing_is_for_it(request_text: str, expected: str) -> None:
    assert accepted(request_text, REL) == [expected]


def test_made_optional_stays_a_change() -> None:
    result = read("The fax number is made optional on Supplier")
    assert result.intent is not REL


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A template can be reused in campaigns", "Template() many_to_many>Campaign"),
        ("A nurse can be reassigned to several wards", "Nurse() many_to_many>Ward"),
    ],
)
def test_a_linking_verb_done_again_links(request_text: str, expected: str) -> None:
    assert accepted(request_text, REL) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Volunteers take part in fundraisers", "Volunteer() many_to_many>Fundraiser"),
        ("Each runner takes part in one race", "Runner() many_to_one>Race"),
    ],
)
def test_taking_part_in_is_joining(request_text: str, expected: str) -> None:
    assert accepted(request_text, REL) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A claim can have lots of photos attached to it", "Claim() many_to_many>Photo"),
        ("Each ticket has one engineer assigned to it", "Ticket() many_to_one>Engineer"),
    ],
)
def test_the_link_said_again_after_the_target_is_no_part_of_it(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, REL) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each server lives in exactly one cabinet.", "Server() many_to_one>Cabinet"),
        ("A platform belongs to a single station", "Platform() many_to_one>Station"),
    ],
)
def test_a_counted_frame_word_as_subject_is_a_thing_kept(request_text: str, expected: str) -> None:
    assert accepted(request_text, REL) == [expected]


@pytest.mark.parametrize(
    "request_text", ["Link members to the app", "The server stores many files"]
)
def test_the_app_itself_is_still_no_end_of_a_link(request_text: str) -> None:
    assert read(request_text).intent is not REL or read(request_text).status != "recognized"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("pls renaem nickname to alias on Player", Intent.RENAME_FIELD,
         ["Player(alias:str<nickname)"]),
        ("cud u make the fax number on Supplier optional", Intent.MODIFY_FIELDS,
         ["Supplier(fax_number:str?)"]),
        ("tak colour off Bike pls", Intent.REMOVE_FIELDS, ["Bike(colour:str)"]),
        ("get rid off the visits entity", Intent.REMOVE_ENTITY, ["Visit()"]),
    ],
)  # fmt: skip
def test_the_verbs_of_a_change_typed_in_a_hurry(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "ned somethin for our quiz nights: host, night date, entry fee an a sold out flag",
        "need to tarck quiz nights: host, night date, entry fee n sold out flag",
        "make a quiz nights thingy w host, night date, entry fee, sold out flag",
    ],
)
def test_the_words_that_ask_and_join_typed_in_a_hurry(request_text: str) -> None:
    assert accepted(request_text) == [
        "QuizNight(host:str,night_date:date,entry_fee:decimal,sold_out:bool)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("drop the fax field from Clinic nobody uses it", ["Clinic(fax:str)"]),
        ("remove pager from Nurse we never use it", ["Nurse(pager:str)"]),
        ("pls remove pager from Nurse, the nurses keep askin why it is there",
         ["Nurse(pager:str)"]),
    ],
)  # fmt: skip
def test_a_reason_run_on_after_a_removal_is_no_part_of_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_ta_after_a_comma_is_thanks_and_a_name_ta_is_kept() -> None:
    assert accepted("rename helper to assistant on Lesson, ta", Intent.RENAME_FIELD) == [
        "Lesson(assistant:str<helper)"
    ]
    assert accepted("rename assistant to ta on Lesson", Intent.RENAME_FIELD) == [
        "Lesson(ta:str<assistant)"
    ]


def test_n_inside_a_name_and_an_before_a_noun_stay() -> None:
    assert accepted("Plants with name, an annual flag and height (number)") == [
        "Plant(name:str,annual:bool,height:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Loans with item, lent to, due date", "Loan(item:str,lent_to:str,due_date:date)"),
        ("Poems with title, written by, year", "Poem(title:str,written_by:str,year:int)"),
        (
            "Tasks with title, assigned to, due date",
            "Task(title:str,assigned_to:str,due_date:date)",
        ),
    ],
)
def test_an_irregular_participle_and_to_or_by_names_a_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_participle_with_another_word_stays_a_rule() -> None:
    result = read("Loans with item, lent to members only, due date")
    assert "lent_to_members_only" not in " ".join(shape(result))


def test_a_cud_that_is_no_could_stays_a_word_of_a_field() -> None:
    assert accepted("Cows with tag, name, cud chewing (yes/no)") == [
        "Cow(tag:str,name:str,cud_chewing:bool)"
    ]
    assert accepted("coud we add a phone to Supplier", Intent.ADD_FIELDS) == ["Supplier(phone:str)"]
