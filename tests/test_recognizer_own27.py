"""The thing a change is about, when the change says "it" and its sentence before names the field.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "Kiln temperature is text right now, please make it a decimal" changes Kiln's
temperature, as "make kiln temperature a decimal" would; the same holds for a possessive
("the ferry's crew count"), a removal ("… is pointless, drop it") and a rename ("… is
confusing, rename it to …"). The pronoun never finds more than its antecedent said alone
would: a field with no thing named ("the capacity is text, make it an integer") is still asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiln temperature is text at the moment, please make it a decimal.",
         "Kiln(temperature:decimal)"),
        ("Tractor mileage is a float right now. Could you make it an integer?",
         "Tractor(mileage:int)"),
        ("The ferry's crew count is text at the moment, please make it an integer.",
         "Ferry(crew_count:int)"),
        ("The loom's warp length was stored as text; make it a float please.",
         "Loom(warp_length:float)"),
    ],
)  # fmt: skip
def test_it_stands_for_the_subject_said_before(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_it_removes_the_possessed_field_said_before() -> None:
    # read right; asked since the role model (roles.py) doubts the possessive's words
    assert read_right(
        "The saddle's tree width is pointless now, please drop it.", Intent.REMOVE_FIELDS
    ) == ["Saddle(tree_width:float)"]


def test_it_renames_the_possessed_field_said_before() -> None:
    assert accepted(
        "The canoe's paint colour is confusing, rename it to hull colour.", Intent.RENAME_FIELD
    ) == ["Canoe(hull_colour:str<paint_colour)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The capacity is text at the moment, please make it an integer.",
        "It is text at the moment, please make it an integer.",
        "Everything is text at the moment, please make it an integer.",
        "The kiln list is a mess at the moment, please make it optional.",
    ],
)
def test_an_antecedent_naming_no_thing_is_still_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", result.entities


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Database for saddles at the yard:\nmaker | tree width | seat size",
         "Saddle(maker:str,tree_width:float,seat_size:str)"),
        ("Logbook for kilns at the studio:\n- cone rating (int)\n- last fired (date)",
         "Kiln(cone_rating:int,last_fired:date)"),
    ],
)  # fmt: skip
def test_a_heading_with_where_things_are_kept_names_the_things(
    request_text: str, expected: str
) -> None:
    """Where the things are kept ("at the yard") is no part of the thing's name."""
    assert accepted(request_text) == [expected]


def test_a_ticket_code_after_in_is_no_place_for_the_fields() -> None:
    """ "handled in KILN-5" names a ticket; the fields go where the heading puts them."""
    result = read(
        "KILN-4: kiln upgrades\nNew fields on Kiln:\n- cone rating (int)\n- last fired (date)\n"
        "Notes:\n- data migrated in KILN-5"
    )
    assert [e.name for e in result.entities] == ["Kiln"], result.entities
    assert "entity" not in result.missing
