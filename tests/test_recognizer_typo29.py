"""Slips in the verb of a change and in the word that binds it to its owner.

A person typing fast relies on "remvoe", "drpo", "frmo", "too Drain" being read as the change
they plainly ask for, with a note that says which word was read as which; and on real words
("form", "too many", "take care of", a field named "rename count") never being turned into
a change they did not ask for. Every request here is written for this file (none is copied
from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.text import clean
from tests.support.recognition import accepted, read, reading

ADD = Intent.ADD_FIELDS
REMOVE = Intent.REMOVE_FIELDS
MODIFY = Intent.MODIFY_FIELDS
RENAME_ENTITY = Intent.RENAME_ENTITY


@pytest.mark.parametrize(
    ("request_text", "intent", "expected", "typed", "meant"),
    [
        ("drpo the loyalty tier from Customer", REMOVE, ["Customer(loyalty_tier:str)"],
         "drpo", "drop"),
        ("dorp the old barcode on Product pls", REMOVE, ["Product(old_barcode:str)"],
         "dorp", "drop"),
        ("could u remov nickname frmo Member", REMOVE, ["Member(nickname:str)"],
         "frmo", "from"),
        ("maek the middle name on Guest optional", MODIFY, ["Guest(middle_name:str?)"],
         "maek", "make"),
        ("udpate the mileage on Van to an integer", MODIFY, ["Van(mileage:int)"],
         "udpate", "update"),
    ],
)  # fmt: skip
def test_a_slip_in_a_change_verb_or_its_from_is_read_and_noted(
    request_text: str, intent: Intent, expected: list[str], typed: str, meant: str
) -> None:
    assert accepted(request_text, intent) == expected
    assert f"read {typed!r} as {meant!r} (typo)" in read(request_text).notes


def test_form_before_the_person_a_field_is_taken_from_is_from() -> None:
    request = "remove shoe size form runner, they stopped ordering kits"
    assert accepted(request, REMOVE) == ["Runner(shoe_size:str)"]
    assert "read 'form' as 'from' (typo)" in read(request).notes


def test_of_two_forms_in_one_removal_neither_is_mended() -> None:
    request = "remove weight form child and height form parent"
    assert read(request).status == "needs_clarification"
    assert "from" not in clean(request).text.split()


def test_form_before_a_capitalised_thing_after_the_is_from() -> None:
    assert accepted("get rid of the notes form the Tenant please", REMOVE) == ["Tenant(notes:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "remove the intake form notes",  # what the form holds, not who
        "remove the signup form page",
    ],
)
def test_form_before_a_word_for_what_a_form_holds_stays_a_form(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "from" not in clean(request_text).text.split()


@pytest.mark.parametrize(
    "request_text",
    [
        "The intake form has name, date of birth and reason for visit",
        "remove the consent form from Patient",
        "add a form number to Application",
        "Create a Form entity with title, version and owner",
    ],
)
def test_form_as_a_noun_is_never_mended(request_text: str) -> None:
    assert not any("(typo)" in note for note in read(request_text).notes)
    assert " form" in clean(request_text).text.lower()


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("can you add a hull colour too Boat", ADD, ["Boat(hull_colour:str)"]),
        ("hey could you rename the Barn entity too Stable", RENAME_ENTITY, ["Stable<Barn()"]),
    ],
)
def test_too_before_the_owner_in_a_question_is_to(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected
    assert "read 'too' as 'to' (typo)" in read(request_text).notes


def test_too_before_a_verb_of_keeping_is_to() -> None:
    assert accepted("we need too track ferry crossings with port, date and fare") == [
        "FerryCrossing(port:str,date_value:date,fare:decimal)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "add a phone too I think Customer needs it",  # "also", then a new clause
        "please rename it, too many people confuse it",
        "make the email too long to fit",
    ],
)
def test_too_as_also_or_as_the_adverb_is_never_a_destination(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_take_a_field_of_a_named_entity_is_take_it_off() -> None:
    request = "take the pager number of the Courier entity"
    assert accepted(request, REMOVE) == ["Courier(pager_number:str)"]
    assert "read 'of' as 'off' (typo)" in read(request).notes


@pytest.mark.parametrize(
    "request_text",
    [
        "take care of the Kayak entity please",
        "take a photo of the Kayak table",
        "take the photo of the Kayak table",
        "take the form of the Kayak entity",  # to appear as, not to take off
    ],
)
def test_take_of_in_its_own_sense_removes_nothing(request_text: str) -> None:
    assert read(request_text).intent != REMOVE


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("add a remote flag to Job", ADD, ["Job(remote:bool)"]),
        ("the made date on Cake should be optional", MODIFY, ["Cake(made_date:date?)"]),
        (
            "rename the rename count field on Batch to revision count",
            Intent.RENAME_FIELD,
            ["Batch(revision_count:str<rename_count)"],
        ),
    ],
)
def test_real_words_near_a_change_verb_keep_their_meaning(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected
    assert not any("(typo)" in note for note in read(request_text).notes)


@pytest.mark.parametrize(
    "request_text",
    ["Don't remove the fax from Supplier", "should I remove the fax from Supplier?"],
)
def test_a_denied_or_asked_removal_is_still_no_removal(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_shorthand_verbs_are_no_slips() -> None:
    assert accepted("rm fax from Supplier", REMOVE) == ["Supplier(fax:str)"]
    assert not any("(typo)" in note for note in read("rm fax from Supplier").notes)


def test_a_slip_two_glue_words_are_in_reach_of_is_left_as_typed() -> None:
    # "fomr" is two keys from "from" (and one from the noun "form"): no single reading
    assert "fomr" in clean("drop the fax fomr Supplier").text
    assert read("drop the fax fomr Supplier").status == "needs_clarification"


def test_an_entity_named_by_a_word_for_people_that_is_also_an_adjective() -> None:
    assert accepted("plz remvoe instagram handle frm the Regular entity", REMOVE) == [
        "Regular(instagram_handle:str)"
    ]
    # the adjective alone names nothing
    assert reading("I need something regular")[1] == []


def test_add_in_a_name_after_the_fields_is_where_they_go() -> None:
    request = "Couriers need a van plate and a pager. Please add in Courier."
    assert accepted(request, ADD) == ["Courier(van_plate:str,pager:str)"]
    # before: read as a create with a yes/no field "in courier", accepted
    assert "in_courier" not in str(read(request).entities)


def test_add_in_with_nothing_said_before_is_still_asked() -> None:
    assert read("Please add in Courier.").status == "needs_clarification"
    assert read("We have vans and depots. Please add in Courier.").status == ("needs_clarification")
