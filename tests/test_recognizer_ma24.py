"""Entities and fields that were lost while the intent was read (branch ma24), each in wording
of its own: what a person relies on when a request names its thing and fields plainly, with
other lines beside them that name no thing of their own."""

from __future__ import annotations

import pytest

from tests.support.recognition import read, read_right, shape


# --- a line about formats or practices names no thing, even with a noun in it -----------------
@pytest.mark.parametrize(
    "constraint",
    [
        "Save the preferences as JSON",
        "Keep all times in UTC",
        "Keep a weekly backup",
        "Practise clean code",
        "ISO dates please",
        "Keep the scripts in the club's Git repo",
    ],
)
def test_a_format_or_practice_line_is_a_constraint_not_an_entity(constraint: str) -> None:
    request = (
        "Hive log\n\nRequirements:\n- Hive entity with just: apiary name, queen colour, "
        f"frames (count)\n- {constraint}"
    )
    assert read_right(request) == ["Hive(apiary_name:str,queen_colour:str,frames:int)"]
    assert constraint in read(request).business_rules


def test_things_kept_whose_own_name_is_a_practice_word_stay_things() -> None:
    # "tests" are what a laboratory keeps here: the practice word is the thing's own name
    request = (
        "Hello. In our dairy we must register the milk fat tests. For each test please keep "
        "sample code, taken at and fat percentage (float)."
    )
    assert shape(read(request)) == [
        "MilkFatTest(sample_code:str,taken_at:datetime,fat_percentage:float)"
    ]


def test_a_thing_named_without_fields_beside_a_constraint_is_still_asked() -> None:
    # the thing without fields is on a line of its own, not the constraint's
    request = (
        "Bee club\n\nRequirements:\n- Hive entity with just: apiary name, queen colour\n"
        "- Inspection entity\n- Keep all times in UTC"
    )
    assert read(request).status == "needs_clarification"
