"""A thing's own word typed with a slip the doubt already names ("memebers", "reservasions",
"Odrer"): the thing made, added to or changed is that word's noun; a rename or a removal, a
link to a word no slip finds, and a field's slip stay asked.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- 1. a slip in the thing's word is read past ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "set up vaccine reservasions with pet name, clinic and booked at",
            Intent.CREATE_ENTITY,
            ["VaccineReservation(pet_name:str,clinic:str,booked_at:datetime)"],
        ),
        (
            "we need to track our climbing memebers with name, grade and belay certified",
            Intent.CREATE_ENTITY,
            ["ClimbingMember(name:str,grade:str,belay_certified:bool)"],
        ),
        (
            "add a price to the Reservasion",
            Intent.ADD_FIELDS,
            ["Reservation(price:decimal)"],
        ),
    ],
)
def test_a_slip_in_the_things_word_is_read_past(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert accepted(request_text, intent) == expected
    # the person sees the word was read another way
    assert any("(spelling)" in note for note in result.notes), result.notes


# --- 2. counterparts that stay as they were ---------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        # a removal or a rename points at a thing by the name typed: a slip there is asked
        "delete the Reservasion entity",
        "rename the seat field on Reservasion to table",
        # a link to a word no slip finds
        "each booking belongs to one gest",
        "a class is always for exactly one stoodent",
        # an ending spelt with the unheard vowel stays a slip to ask about
        "Track attendence sheets with date and pupil name",
        # a slip in a field a change points at is never mended (a new field's is: typo57)
        "make adress and emial on Customer optional",
    ],
)
def test_slips_the_rule_does_not_mend_stay_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, shape(result))


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # words no dictionary lists that no single slip explains are the person's own
        ("create kanban cards with title and column", "KanbanCard"),
        ("create webinars with title, host and starts at", "Webinar"),
        ("log the matcha orders with size, price and paid", "MatchaOrder"),
        # only the thing's own word (the head) is read past a slip: a word before it may be
        # a brand ("Casio" is no slip of "casino")
        ("log Casio watch repairs with customer, fault and price", "CasioWatchRepair"),
    ],
)
def test_words_that_are_no_slip_keep_their_spelling(request_text: str, expected: str) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


def test_a_long_run_of_a_misspelt_word_is_asked() -> None:
    result = read("memeber " * 2500)
    assert result.status == "needs_clarification"
