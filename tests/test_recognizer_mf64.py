"""Fields said inside a list in ways the list reader took for rules or for text: a required
field opened by a modal ("…, must have a price and notes"), an optional marker with the
condition it holds under ("…, which can be blank if nothing was replaced") and what is left of
a measure ("weight remaining").

Every request here is written for this file (none is copied from the corpus), in trades no
batch it was tuned on uses (beekeeping, boat hire, fossils, van fleets, driving lessons,
couriers, kennels, pottery, grants, yarn). What a person relies on: each field listed is kept
with its type and marker, and the wordings next to them that state a rule keep their reading.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


def _fields(request_text: str) -> dict[str, tuple[str, bool]]:
    """The one entity's fields (type, required), the reading accepted."""
    result = read(request_text)
    assert result.status == "recognized", (result.confidence, result.missing, result.notes)
    (entity,) = result.entities
    return {a.name: (getattr(a.type, "value", a.type), a.required) for a in entity.attributes}


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Keep a list of hives with apiary, must have a queen colour and inspection notes",
            {"apiary", "queen_colour", "inspection_notes"},
        ),
        (
            "Record boat hires with customer, should include a deposit, and a return time",
            {"customer", "deposit", "return_time"},
        ),
        (
            "Catalogue fossils with site found, must contain a description, age estimate",
            {"site_found", "description", "age_estimate"},
        ),
        ("Track vans with reg, must have a mot date and mileage", {"reg", "mot_date", "mileage"}),
        ("Track gifts with name, must have a price and notes", {"name", "price", "notes"}),
    ],
)
def test_a_modal_opening_a_listed_piece_lists_fields(request_text: str, expected: set[str]):
    fields = _fields(request_text)
    assert set(fields) == expected
    assert all(required for _, required in fields.values())


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a rule after the modal stays a rule: the reading is what it was
        ("Track gifts with name, price, must have at least one tag", {"name", "price"}),
        ("Track gifts with name and price, must be approved by a manager", {"name", "price"}),
    ],
)
def test_a_modal_before_a_rule_stays_a_rule(request_text: str, expected: set[str]):
    assert set(_fields(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "optional", "others"),
    [
        (
            "Log deliveries with address, signed by which may be empty when nobody was home, "
            "and time",
            "signed_by",
            {"address", "time"},
        ),
        (
            "Track kennels with dog name, vet phone, can be left blank unless the dog is on "
            "medication",
            "vet_phone",
            {"dog_name"},
        ),
        (
            "I want to record maintenance jobs: service date, technician and parts cost, which "
            "can be blank if nothing was replaced.",
            "parts_cost",
            {"service_date", "technician"},
        ),
        (
            "Track lessons with date, pupil and tip amount, which can be blank if no tip was given",
            "tip_amount",
            {"date_value", "pupil"},
        ),
    ],
)
def test_an_optional_marker_with_its_condition(request_text: str, optional: str, others: set[str]):
    fields = _fields(request_text)
    assert set(fields) == others | {optional}
    assert fields[optional][1] is False
    assert all(fields[name][1] for name in others)


@pytest.mark.parametrize(
    ("request_text", "name", "kind"),
    [
        (
            "Track filament spools with colour, weight remaining and cost",
            "weight_remaining",
            "float",
        ),
        (
            "Track kiln loads with kiln, clay weight remaining and firing date",
            "clay_weight_remaining",
            "float",
        ),
        ("Log grant pots: funder, budget left, deadline", "budget_left", "decimal"),
        ("Track yarn cones with colour, length remaining, shelf", "length_remaining", "float"),
        # near misses: what is left of no measure stays as it was
        ("Track projects with name, time remaining and owner", "time_remaining", "str"),
        ("Track tickets with seats remaining and price", "seats_remaining", "int"),
    ],
)
def test_what_is_left_of_a_measure(request_text: str, name: str, kind: str):
    assert _fields(request_text)[name][0] == kind
