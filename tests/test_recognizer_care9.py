"""Readings of clinic and care-home staff: letters of a name, lists, links.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add GMC number to Doctor", Intent.ADD_FIELDS, ["Doctor(gmc_number:str)"]),
        (
            "add DBS issue date and DBS status to Carer",
            Intent.ADD_FIELDS,
            ["Carer(dbs_issue_date:date,dbs_status:str)"],
        ),
        (
            "make SMS consent optional on Resident",
            Intent.MODIFY_FIELDS,
            ["Resident(sms_consent:str?)"],
        ),
    ],
)
def test_letters_ending_in_s_are_a_name_not_a_plural(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "NHS number", "DBS check": an initialism ends in S without being the plural of "nh"."""
    assert read_right(request_text, intent) == expected


def test_a_plural_before_a_list_still_heads_it() -> None:
    """ "nurses name ward and band": a real plural still takes the run-on list as its fields."""
    assert reading("nurses name ward and band")[1] == ["Nurse(name:str,ward:str,band:str)"]


@pytest.mark.parametrize("which", ["wich", "whcih", "wihch"])
def test_which_typed_in_a_hurry_still_opens_a_clause(which: str) -> None:
    """ "notes wich can be blank": the remark is about the field, never part of its name."""
    shape = read_right(f"create visits with carer name, visit date and notes {which} can be blank")
    assert shape == ["Visit(carer_name:str,visit_date:date,notes:str?)"]


def test_which_spelt_right_keeps_its_reading() -> None:
    shape = read_right("create visits with carer name, visit date and notes which can be blank")
    assert shape == ["Visit(carer_name:str,visit_date:date,notes:str?)"]


@pytest.mark.parametrize("joiner", ["and", "or"])
def test_no_abbreviated_for_number_goes_on_with_the_list(joiner: str) -> None:
    """ "room no. and ward": the full stop of "no." ends no sentence before "and"."""
    shape = read_right(f"create inpatients with name, bed no. {joiner} ward")
    assert shape == ["Inpatient(name:str,bed_no:str,ward:str)"]


def test_no_of_still_reads_as_one_item() -> None:
    assert read_right("create wards with name and no. of beds") == ["Ward(name:str,beds:int)"]


@pytest.mark.parametrize("request_text", ["Make GMC number mandatory", "make DBS status optional"])
def test_letters_before_a_field_name_no_owner(request_text: str) -> None:
    """ "Make NHS number mandatory": the capitals name the number; no entity is said, so ask."""
    result = read(request_text)
    assert result.status == "needs_clarification" and "entity" in result.missing
    assert [e.name for e in result.entities] == [""]


def test_an_owner_before_its_field_is_still_the_entity() -> None:
    assert read_right("make ward phone optional", Intent.MODIFY_FIELDS) == ["Ward(phone:str?)"]
