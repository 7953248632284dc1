"""Changes read whole that the words around them say are not asked outright (precision).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a change made to wait on someone else ("If the trustees sign it off, …", "…,
unless the vet objects.") is asked about, not applied, and the note says on what it depends;
"we don't need F to be a whole number" speaks of what F should be, so it removes nothing;
"for some reason" is no entity; a day, a month or an adverb ("on Monday", "anymore") names
no thing or field; and "the date of birth if it is known" is an optional date of birth, not a
rule. Counterparts keep their readings: politeness and optional markers ("if you can", "if
known", "if that makes sense"), a question asked ("the team asked if …") and a removal whose
field is "to be removed" are still read and accepted.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


def _asked_because(request: str, words: str) -> None:
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, result.notes)
    assert any(words in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "words"),
    [
        ("If the trustees sign it off, drop the pager number from Volunteer", "trustees"),
        ("Assuming finance is fine with it, remove the discount code from Booking", "finance"),
        ("Pending the landlord's reply, rename tenant phone to mobile on Lease", "landlord"),
        ("Unless the vet objects, make weight optional on Puppy", "vet objects"),
        ("Remove the tow bar from Caravan, unless the insurers still want it.", "insurers"),
    ],
)  # fmt: skip
def test_a_change_waiting_on_someone_else_is_asked(request_text: str, words: str) -> None:
    _asked_because(request_text, words)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add a hull colour to Yacht, if you can", Intent.ADD_FIELDS, "Yacht(hull_colour:str)"),
        ("the skippers asked if Yacht could also have a berth number. can you add it?",
         Intent.ADD_FIELDS, "Yacht(berth_number:str)"),
        ("Please remove the fax from Chandler, if that makes sense", Intent.REMOVE_FIELDS,
         "Chandler(fax:str)"),
        ("I want the fax on Chandler to be removed", Intent.REMOVE_FIELDS, "Chandler(fax:str)"),
    ],
)  # fmt: skip
def test_settled_conditions_and_questions_keep_the_change(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert accepted(request_text, intent) == [expected]


def test_a_denied_type_removes_nothing() -> None:
    _asked_because(
        "I don't think we need the draught on a Barge to be a whole number", "whole number"
    )


def test_some_reason_is_no_entity() -> None:
    _asked_because(
        "the oven humidity is text for some reason, please make it a number", "some reason"
    )


def test_a_word_of_when_names_nothing() -> None:
    _asked_because("hello, can you add the new fields the warden asked about in June", "June")


def test_a_word_of_how_long_names_nothing() -> None:
    """ "anymore" is no field: the thing said first is what is no longer needed (the
    fronted-object rule reads it whole, so the removal is of the entity itself)."""
    result = read(
        "The Coupon entity we do not need anymore, marketing does it now. Please delete it."
    )
    assert result.intent == Intent.REMOVE_ENTITY
    assert [(e.name, e.attributes) for e in result.entities] == [("Coupon", ())]


def test_the_day_a_decision_was_made_is_talk() -> None:
    assert accepted(
        "The club met on Thursday and decided heats should be called Races from now on.",
        Intent.RENAME_ENTITY,
    ) == ["Race<Heat()"]


def test_if_it_is_known_marks_the_field_optional() -> None:
    assert accepted(
        "Keep our lifeguards with name, pool, email and the birth date if is known"
    ) == ["Lifeguard(name:str,pool:str,email:email,birth_date:date?)"]


def test_the_state_said_first_is_not_the_order() -> None:
    _asked_because(
        "For some reason the glaze on Vase is required, make it optional", "make it optional"
    )


def test_the_order_read_as_said_is_kept() -> None:
    assert accepted("the glaze on Vase is required, make it optional", Intent.MODIFY_FIELDS) == [
        "Vase(glaze:str?)"
    ]
