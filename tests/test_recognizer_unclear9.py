"""Requests that must be asked: things named without fields, changes that name nothing.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "Create Kiln with code and size, plus Glazes and Moulds" names three things and
says what only the first has; the other two are asked about (the question names each), never
turned into fields of the first and never dropped. A last item with fields of its own, or
fields written after "plus", keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "first", "bare"),
    [
        ("Create Kiln with code and size, plus Glaze and Mould", "Kiln", ["Glaze", "Mould"]),
        ("Set up Lodge with name and town, and also Cabin and Canoe", "Lodge", ["Cabin", "Canoe"]),
        ("make hikers with name and phone and also trails", "Hiker", ["Trail"]),
        ("Add ferries with name and seats, plus ports and crews", "Ferry", ["Port", "Crew"]),
        ("Create Tutor with name and rate, plus Pupils & Lessons", "Tutor", ["Pupil", "Lesson"]),
    ],
)
def test_things_named_without_fields_after_a_field_list_are_asked(
    request_text: str, first: str, bare: list[str]
) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert "attributes" in result.missing, result.missing
    names = [e.name for e in result.entities]
    assert names == [first, *bare], shape(result)
    assert all(not e.attributes for e in result.entities[1:]), shape(result)
    first_fields = {a.name for a in result.entities[0].attributes}
    assert not first_fields & {b.lower() for b in bare}, shape(result)
    assert all(b in " ".join(result.notes) for b in bare), result.notes


def test_a_last_thing_with_fields_of_its_own_is_still_created() -> None:
    reading = accepted("Create Kiln with code and size, and Glaze with colour")
    assert reading[0].startswith("Kiln(") and reading[1].startswith("Glaze("), reading


@pytest.mark.parametrize(
    "request_text",
    [
        "Create Lodge with name and town, and also a description",
        "Create Lodge with Name and Town, plus Phone and Email",
        "Create Hiker with name and phone, plus emergency contact and allergies",
    ],
)
def test_fields_after_also_or_plus_stay_fields(request_text: str) -> None:
    reading = accepted(request_text)
    assert len(reading) == 1, reading


# "Drop the legacy columns from Kiln", "add the new fields Priya wanted on Tuesday": fields
# pointed at by which ones they are or by who asked, never named; a weekday after "on" is when
# they were asked for, never an entity.
@pytest.mark.parametrize(
    "request_text",
    [
        "Drop the legacy columns from Kiln",
        "please delete the unused fields on the Lodge",
        "Remove the obsolete attributes from Ferry",
        "could you add the new fields Priya wanted on Tuesday?",
        "add the extra columns the warden asked for to Cabin",
        "Add the fields we discussed yesterday to Tutor please",
    ],
)
def test_a_change_that_names_no_field_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert not any(e.attributes for e in result.entities), shape(result)
    assert not any(e.name in ("Tuesday", "Yesterday") for e in result.entities), shape(result)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("remove the remarks field from Kiln", Intent.REMOVE_FIELDS, ["Kiln(remarks:str)"]),
        ("add new fields colour and size to Cabin", Intent.ADD_FIELDS, None),
        ("add the fields colour and size to Cabin", Intent.ADD_FIELDS, None),
    ],
)
def test_a_change_that_names_its_fields_keeps_its_reading(
    request_text: str, intent: Intent, expected: list[str] | None
) -> None:
    reading = accepted(request_text, intent)
    if expected is not None:
        assert reading == expected, reading
    else:
        assert reading[0].startswith("Cabin(") and "colour" in reading[0], reading
        assert "size" in reading[0], reading


# "Quarterly objective: boost repeat bookings": a label over a wish names no thing and no
# field; only what follows the label is read, so a label over a real request still builds,
# and "Objectives: title, owner" lists the fields of a thing called Objective.
@pytest.mark.parametrize(
    "request_text",
    [
        "Quarterly objective: boost repeat bookings",
        "Team goal: fewer missed deliveries",
        "Mission: streamline the volunteer rota",
        "OKR: reduce no-shows at the clinic",
    ],
)
def test_a_goal_over_a_wish_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert not any(e.attributes for e in result.entities), shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Sprint objective: track kayaks with code and length", "Kayak("),
        ("Objectives: title, owner and quarter", "Objective("),
    ],
)
def test_a_label_over_a_request_keeps_its_reading(request_text: str, expected: str) -> None:
    reading = accepted(request_text)
    assert len(reading) == 1 and reading[0].startswith(expected), reading
