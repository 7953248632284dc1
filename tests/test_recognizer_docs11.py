"""Requirement documents (docs11): titles, scope lines, field lists under a sentence, notes.

Every request here is written for this file (none is copied from the corpus). Each family is a
way a requirement document is written that read wrong; its counterparts keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


# --- "too" / "as well" after a change -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Make the phone field on Booking optional too",
        "make phone optional on Booking too",
        "Make Booking phone optional too",
        "Make the phone on Booking optional as well",
    ],
)
def test_too_after_a_change_says_it_is_one_more(text: str) -> None:
    assert reading(text) == (Intent.MODIFY_FIELDS, ["Booking(phone:str?)"])


def test_two_like_changes_in_a_list_are_both_read() -> None:
    assert reading(
        "- Make the vet field on Dog optional\n- Make the breed on Dog optional as well"
    ) == (Intent.MODIFY_FIELDS, ["Dog(vet:str?,breed:str?)"])


def test_a_change_without_too_keeps_its_reading() -> None:
    assert reading("Make phone on Booking optional") == (
        Intent.MODIFY_FIELDS,
        ["Booking(phone:str?)"],
    )


# --- "work done" ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Job sheets: job number, date, work done, labour hours",
        "log each repair visit: visit date, work done, cost",
        "Create boiler services with service date, engineer, work done and next due date",
    ],
)
def test_work_done_says_what_the_work_was(text: str) -> None:
    fields = {a.name: a.type.value for e in read(text).entities for a in e.attributes}
    assert fields["work_done"] == "str"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Create homework tasks with title, homework done and due date", "homework_done"),
        ("add a setup done flag to GuitarRepair", "setup_done"),
    ],
)
def test_a_thing_done_or_not_stays_a_flag(text: str, name: str) -> None:
    fields = {a.name: a.type.value for e in read(text).entities for a in e.attributes}
    assert fields[name] == "bool"
