"""The thing a change is about when it is not in the usual "on X" slot.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a removal or a rename finds the thing named before the field the way a change of
type does ("rename the Kayak hull colour field …" is Kayak's hull colour, as "make the Kayak
hull colour optional" is); a rename's own "to" never names the place.
A thing whose name may end a word later, or a field written with capitals, is still asked.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Rename the Kayak hull colour field to shell colour", Intent.RENAME_FIELD,
         "Kayak(shell_colour:str<hull_colour)"),
        ("please rename the Greenhouse vent count field to window count", Intent.RENAME_FIELD,
         "Greenhouse(window_count:str<vent_count)"),
        ("remove the Trawler net gauge, the skippers never fill it", Intent.REMOVE_FIELDS,
         "Trawler(net_gauge:str)"),
    ],
)  # fmt: skip
def test_the_thing_written_before_the_field_owns_it(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert accepted(request_text, intent) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # the rename's "to" says the new name, not where the field is
        "Rename the tare weight to NetWeight",
        # a thing's name written whole with capitals is what goes, not a field of its first word
        "remove the Cargo Ship Rental entity",
    ],
)
def test_no_owner_is_taken_from_the_new_name_or_a_field_in_capitals(request_text: str) -> None:
    result = read(request_text)
    names = [e.name for e in result.entities]
    assert result.status == "needs_clarification" or names == ["CargoShipRental"], names
    assert "NetWeight" not in names and "ChargeCode" not in names


def test_who_carries_the_thing_a_field_is_named_after_owns_the_field() -> None:
    """ "the scanner serial" is the scanner's serial, and the couriers carry the scanners."""
    assert accepted(
        "Our couriers don't carry scanners anymore, so the scanner serial can go.",
        Intent.REMOVE_FIELDS,
    ) == ["Courier(scanner_serial:str)"]


def test_a_thing_carried_that_names_no_field_gives_no_owner() -> None:
    """The couriers carry scanners; the van's mileage is no scanner's: still asked."""
    result = read("Our couriers don't carry scanners anymore, so the mileage reading can go.")
    assert result.status == "needs_clarification", result.entities
