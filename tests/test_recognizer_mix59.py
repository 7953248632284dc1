"""Everyday voices: a bulleted "notes?", a link to "one celestial object" or "the rider
involved", a "could you add … too" inside a list of fields, and talk that types a field
("just text is fine").

Every request here is written for this file (none is copied from the corpus), in trades no
other test file is built around (bee keeping, museums, hauliers, vets, ferries, tailoring,
brewing, climbing walls). What a person relies on: the shape is read as meant, and the wordings
beside it that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

# --- a bulleted item with a "?" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "## Hive inspection\n- hive\n- inspected at\n- notes?",
            ["HiveInspection(hive:str,inspected_at:datetime,notes:str?)"],
        ),
        ("Exhibit\n* remarks?\n* title", ["Exhibit(remarks:str?,title:str)"]),
        (
            "Fitting:\n- customer name\n- tailoring instructions?\n- fitted on: date",
            ["Fitting(customer_name:str,tailoring_instructions:str?,fitted_on:date)"],
        ),
    ],
)
def test_a_bulleted_text_with_a_question_mark_is_optional(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a state asked in a bullet stays a required yes/no, as "paid?" does in a list
        ("Brew\n- batch\n- bottled?", ["Brew(batch:str,bottled:bool)"]),
        (
            "Crossing\n- vessel\n- delayed?\n- captain",
            ["Crossing(vessel:str,delayed:bool,captain:str)"],
        ),
    ],
)
def test_a_bulleted_state_with_a_question_mark_stays_a_yes_no(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


# --- a link's target said with an adjective or a word after it --------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each loan is for one physical object", "Loan many_to_one>PhysicalObject"),
        ("Each exhibit has one digital object", "Exhibit many_to_one>DigitalObject"),
        ("Relate each claim to the policy concerned", "Claim many_to_one>Policy"),
        ("Link every repair to the technician in charge", "Repair many_to_one>Technician"),
        ("Connect each complaint to the vet involved", "Complaint many_to_one>Vet"),
    ],
)
def test_a_link_target_keeps_its_adjective_and_drops_a_word_after_it(
    request_text: str, expected: str
) -> None:
    owner, link = expected.split()
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [f"{owner}() {link}"]


def test_a_marker_after_a_noun_still_marks_the_thing() -> None:
    assert accepted("Create a Hive object with apiary and queen colour") == [
        "Hive(apiary:str,queen_colour:str)"
    ]
    assert accepted("Add notes to the Ferry object", Intent.ADD_FIELDS) == ["Ferry(notes:str)"]
