"""Readings a refit of the confidence weights (2026-12-04, not shipped) accepted: each is now
asked for the right reason by a rule, not only by a low score.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent, Recognition
from tests.support.recognition import read


def _fields(got: Recognition) -> list[str]:
    """The names of every field read, over all entities."""
    return [a.name for e in got.entities for a in e.attributes]


@pytest.mark.parametrize(
    "request_text",
    [
        "Bug report\n\nSaving a tenant with no phone crashes.\n\nSteps to reproduce:\n"
        "1. Open tenants\n2. Remove the phone\n3. Save\n",
        "Crash when editing a kiln\n\nRepro steps:\n- open a kiln\n- delete the notes\n- save\n",
        "Kiln page broken\n\nHow to reproduce:\n1. Rename the kiln\n2. Click save\n",
    ],
)
def test_a_bug_reports_steps_to_reproduce_are_no_change(request_text: str) -> None:
    """What someone clicked to make it crash is kept as said, never read as the ask."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert got.intent not in (Intent.REMOVE_FIELDS, Intent.RENAME_FIELD, Intent.RENAME_ENTITY)
    steps = request_text.split(":\n")[-1].splitlines()
    assert {line.lstrip("-0123456789. ") for line in steps} <= set(got.business_rules)


@pytest.mark.parametrize(
    "request_text",
    [
        "remove all the old things from last year",
        "delete the other stuff on the invoice",
        "get rid of the useless stuff in Booking",
    ],
)
def test_stuff_and_things_name_no_field(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert _fields(got) == []


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Remove the stuffing type from Cushion", "stuffing_type"),
        ("Add stuff sack size to Hiker", "stuff_sack_size"),
    ],
)
def test_a_field_that_only_contains_the_word_keeps_it(request_text: str, field: str) -> None:
    assert _fields(read(request_text)) == [field]


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a filter by check-out date to the reservations page",
        "add a search by surname to guests",
        "Put sorting by weight on the parcels list",
    ],
)
def test_a_way_to_look_at_the_rows_is_no_field(request_text: str) -> None:
    """Filtering, sorting and searching are screens over the rows: asked, never a field."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert _fields(got) == []


def test_a_field_named_after_a_view_word_is_still_a_field() -> None:
    assert _fields(read("Add a sort code to Supplier")) == ["sort_code"]


@pytest.mark.parametrize(
    "request_text",
    ["Create features with title and owner", "Generate reports with title and author"],
)
def test_a_verb_spelt_right_is_never_respelt_into_a_name(request_text: str) -> None:
    """ "create" is a word: never corrected to "cerate" inside an entity's name."""
    got = read(request_text)
    assert not any("(spelling)" in note for note in got.notes), got.notes


def test_a_misspelt_noun_is_still_respelt() -> None:
    got = read("Create inspectons with date and result")
    assert [e.name for e in got.entities] == ["Inspection"]
