"""Hotel, hostel, travel-agency, tour-guide and holiday-let requests written to trip a reader
(branch il15).

Every request here is written for this file (none is copied from the corpus). Each family has
a counterpart that must keep its own reading: the same shape with another meaning.
"""

from __future__ import annotations

from tests.support.recognition import accepted, read, shape


# --- one item of a document's list, its type in brackets, however long its name ---------------
def test_a_long_field_name_typed_in_brackets_is_a_field() -> None:
    # a table row or a bullet "fee per walker (decimal)" is a field, never a rule
    assert accepted(
        "Walking tours data model\n\nRequirements:\n* Entity: WalkingTour\n"
        "- route name (text)\n- meeting point (text)\n- fee per walker (decimal)\n"
        "- max group size (integer, optional)\n- Keep the old tour rows when we migrate"
    ) == [
        "WalkingTour(route_name:str,meeting_point:str,fee_per_walker:decimal,max_group_size:int?)"
    ]


def test_a_long_field_name_typed_in_a_table_row_is_a_field() -> None:
    assert accepted(
        "Ferry data model\n\nRequirements:\n* Entity: Crossing\n\n"
        "| field | type | required |\n|---|---|---|\n| route | text | yes |\n"
        "| fare per adult | decimal | yes |\n\n* Store it all in SQLite"
    ) == ["Crossing(route:str,fare_per_adult:decimal)"]


def test_a_sentence_with_a_remark_in_brackets_stays_a_rule() -> None:
    # counterpart: a remark that is no type leaves the line a sentence, kept as a rule
    result = read(
        "Requirements:\n* Entity: WalkingTour\n- route name (text)\n"
        "- guides rotate every week (mostly)"
    )
    assert shape(result) == ["WalkingTour(route_name:str)"]
    assert "guides rotate every week (mostly)" in result.business_rules


# --- bare lines under "Things:", one typed in brackets --------------------------------------------
def test_a_bare_line_typed_in_brackets_stays_in_the_list() -> None:
    assert accepted(
        "Kayaks:\nhull code\ncolour\nspray deck included (yes/no)\nlast repair date"
    ) == ["Kayak(hull_code:str,colour:str,spray_deck_included:bool,last_repair_date:date)"]


def test_a_bare_line_typed_in_brackets_at_the_end_is_a_field() -> None:
    assert accepted(
        "Kayaks:\nhull code\ncolour\nlast repair date\nspray deck included (yes/no)"
    ) == ["Kayak(hull_code:str,colour:str,last_repair_date:date,spray_deck_included:bool)"]


def test_a_bare_line_with_a_remark_in_brackets_is_not_accepted() -> None:
    # counterpart: "(ask Sam)" is no type; where the list ends is not said, so it is asked
    result = read("Kayaks:\nhull code\ncolour\nspray deck included (ask Sam)\nlast repair date")
    assert result.status == "needs_clarification"
