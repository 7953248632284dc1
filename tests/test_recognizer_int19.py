"""Changes whose field or entity is said in the talk before the ask, and links said with a
modal and a verb of the trade: read as a person would, never guessed.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # talk read as how to build (a tech word in it) still names the field "it" is
        (
            "the token field on the Gateway entity clashes with the oauth stuff, could you "
            "rename it to access_token?",
            Intent.RENAME_FIELD,
            ["Gateway(access_token:str<token)"],
        ),
        # a field marked as a field and an entity marked as an entity, in either order
        (
            "On the Trawler entity there is still the field radio. You can take it out.",
            Intent.REMOVE_FIELDS,
            ["Trawler(radio:str)"],
        ),
        (
            "so on the Boiler thing i made a field called flue size because of the old "
            "model. can i remove it?",
            Intent.REMOVE_FIELDS,
            ["Boiler(flue_size:str)"],
        ),
        (
            "In Harvest, the field 'yield' confuses the pickers. Let's call it 'crop label'.",
            Intent.RENAME_FIELD,
            ["Harvest(crop_label:str<yield_value)"],
        ),
    ],
)
def test_the_field_said_in_the_talk_before_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_face_after_a_year_ends_the_sentence() -> None:
    """ "since 1999 :) you can drop it": the smiley closes what was said, the ask follows."""
    got = read_right(
        "In the Courier entity we still have the field pager. Nobody pages since 1999 :) "
        "you can take it out.",
        Intent.REMOVE_FIELDS,
    )
    assert got == ["Courier(pager:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        # two fields marked: which one "it" is is not said
        "On the Trawler entity there is the field radio and the field sonar. Take it out.",
        # "the field trip" names no field, and no entity is marked
        "We went on the field trip. You can take it out.",
        # a month said first is a time, not an entity
        "In March, the field 'depth' was wrong. You can take it out.",
    ],
)
def test_what_it_points_at_unsaid_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A vineyard can grow grapes.", ["Vineyard() many_to_many>Grape"]),
        ("Each orchard may ship crates.", ["Orchard() many_to_many>Crate"]),
    ],
)
def test_a_modal_and_a_verb_link_one_thing_to_many(request_text: str, expected: list[str]) -> None:
    """ "a vineyard can grow grapes" says what "can have grapes" says (many to many)."""
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "request_text",
    ["A form can collect emails.", "A page may show names."],
)
def test_values_after_a_modal_are_no_things(request_text: str) -> None:
    """Emails and names are values a record holds, not things to link to."""
    assert read(request_text).intent != Intent.ADD_RELATIONSHIP or not read(request_text).entities


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the auditor says we shouldn't keep home phones on Locksmith anymore, can you "
            "take out home phone? thanks",
            ["Locksmith(home_phone:str)"],
        ),
        ("Tidy-up: Ferry table\n- drop radio code\n- drop hull paint", None),
    ],
)
def test_a_name_placed_in_the_talk_owns_the_change(
    request_text: str, expected: list[str] | None
) -> None:
    """A removal that names no entity belongs to the one name the talk puts fields "on", or
    marks with "table"/"entity"."""
    got = read_right(request_text, Intent.REMOVE_FIELDS)
    assert got == (expected or ["Ferry(radio_code:str,hull_paint:str)"])


@pytest.mark.parametrize(
    "request_text",
    [
        "we talked on Monday about it, can you take out home phone?",
        "the auditor says we shouldn't keep phones on Locksmith or on Glazier, can you take "
        "out home phone?",
    ],
)
def test_no_name_or_two_names_in_the_talk_stay_asked(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert "entity" in got.missing


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We moved the bookings to the council system, so the Canoe Hire entity in our "
            "club app is now redundant. Please remove it.",
            ["CanoeHire()"],
        ),
        (
            "We sold the van in the spring, so the VanBooking entity is just clutter now. "
            "Could you remove it?",
            ["VanBooking()"],
        ),
    ],
)
def test_an_entity_said_to_be_of_no_use_is_what_it_removes(
    request_text: str, expected: list[str]
) -> None:
    """ "the van in the spring" is no field: the entity written as one and called clutter or
    redundant is what "remove it" points at."""
    assert read_right(request_text, Intent.REMOVE_ENTITY) == expected


def test_a_field_said_useless_is_still_the_field_removed() -> None:
    assert read_right("the notes field on Kiln is useless. Remove it.", Intent.REMOVE_FIELDS) == [
        "Kiln(notes:str)"
    ]


def test_a_state_of_another_field_there_names_no_owner_of_a_new_type() -> None:
    """ "the depth is left blank on Borehole" places another field; a type change of a field
    said with no owner stays asked."""
    got = read("Drillers keep leaving the depth blank on Borehole. Make notes optional.")
    assert got.status == "needs_clarification"
