"""Changes the lead found read wrongly and accepted (3 December, night).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Change the fee on Locker to a float and make it optional.", ["Locker(fee:float?)"]),
        (
            "Can you change the fee on Locker to a float? Make it optional too.",
            ["Locker(fee:float?)"],
        ),
        (
            "Make the fee on Locker a whole number. It should be optional as well.",
            ["Locker(fee:int?)"],
        ),
        (
            "Make the start date on Shift optional and change it to a timestamp.",
            ["Shift(start_date:datetime?)"],
        ),
        # a second thought about the same field: what is said of it later stands
        (
            "Change the fee on Locker to a float. Actually, make it a decimal.",
            ["Locker(fee:decimal)"],
        ),
    ],
)
def test_a_change_then_it_is_one_change_of_one_field(request_text: str, expected: list) -> None:
    """Two things said of the field one change named ("… to a float and make it optional")
    are both applied; the second used to be dropped without a word, and the first accepted."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent is Intent.MODIFY_FIELDS
    assert shape(result) == expected


def test_counterparts_it_after_other_statements() -> None:
    """ "it" after a create is the field listed last; after a rename, the two changes are of
    two kinds and asked one at a time."""
    assert reading("Create a Locker with a code and a fee. Make it optional.") == (
        Intent.CREATE_ENTITY,
        ["Locker(code:str,fee:decimal?)"],
    )
    renamed = read("Rename fee on Locker to rent and make it optional")
    assert renamed.status == "needs_clarification"
    assert any("one at a time" in note for note in renamed.notes)


@pytest.mark.parametrize(
    "request_text",
    [
        "On Kiosk, opening hour is text. Can it be an integer?",
        "In Kiosk the opening hour is a string. Could it be a whole number?",
        "For Kiosk, opening hour is text. Make it a whole number.",
    ],
)
def test_a_field_said_as_it_is_on_a_thing_then_asked_another_type_is_a_change(
    request_text: str,
) -> None:
    """ "On X, F is text. Can it be an integer?": the first sentence describes the field as it
    is (a create of X with F as an integer was accepted at 0.96)."""
    result = read(request_text)
    assert result.intent is Intent.MODIFY_FIELDS, result
    assert shape(result) == ["Kiosk(opening_hour:int)"]
    assert result.status == "recognized", result


@pytest.mark.parametrize(
    "request_text",
    ["We don't use the beeper anymore.", "We no longer need the logbook", "Remove the beeper"],
)
def test_one_thing_said_in_the_singular_is_not_removed_as_an_entity_unasked(
    request_text: str,
) -> None:
    """A lower-case singular thing no longer used may be a field of some record (a porter's
    beeper) as well as records of their own: dropping a whole table on that guess is asked."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    "request_text",
    [
        "We don't need beepers anymore",
        "We don't use the Beeper anymore.",
        "We no longer need the logbook entity",
        "Delete the beeper table",
    ],
)
def test_counterparts_a_plural_a_capital_or_a_table_word_say_it_is_the_entity(
    request_text: str,
) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent is Intent.REMOVE_ENTITY


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Log kiln firings with a cone number, a start time and a fee. Actually not the fee"
            " - the college pays for them.",
            ["KilnFiring(cone_number:str,start_time:datetime)"],
        ),
        (
            "Log kiln firings with a cone number and a fee - actually scratch the fee - and a"
            " start time",
            ["KilnFiring(cone_number:str,start_time:datetime)"],
        ),
    ],
)
def test_a_field_taken_back_with_a_reason_after_a_dash_leaves_the_list(
    request_text: str, expected: list
) -> None:
    """ "Actually not the fee - the college pays": the reason may follow a dash as well as a
    comma (the fee was kept and accepted); "- and a start time" is the list going on."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Log kiln firings with a cone number and a kiln code. And a start time.",
        "Log kiln firings with a cone number and a kiln code. Oh, and a start time.",
    ],
)
def test_one_more_item_said_as_a_sentence_of_its_own_joins_the_list(request_text: str) -> None:
    """ "… and a kiln code. And a start time.": the last field, said after the full stop, was
    read as talk and dropped while the rest was accepted."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == ["KilnFiring(cone_number:str,kiln_code:str,start_time:datetime)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Kilns with kiln code, location and max temperature - each kiln has one technician",
        "Kiln { kiln code, location, max temperature } - each kiln has one technician",
    ],
)
def test_a_list_then_a_dash_then_a_link_keeps_the_list(request_text: str) -> None:
    """A list before " - each X has one Y" is the entity's fields, not talk before the dash
    (the fields were dropped and the link alone accepted as add_relationship)."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent is Intent.CREATE_ENTITY
    assert shape(result) == [
        "Kiln(kiln_code:str,location:str,max_temperature:float) many_to_one>Technician"
    ]


def test_counterpart_talk_before_a_dash_and_a_link_is_still_talk() -> None:
    result = read("what worries me is who looks after what - each kiln has exactly one technician")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert shape(result) == ["Kiln() many_to_one>Technician"]
