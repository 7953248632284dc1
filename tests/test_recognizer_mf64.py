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


def _accepted(request_text: str):
    result = read(request_text)
    assert result.status == "recognized", (result.confidence, result.missing, result.notes)
    return result


@pytest.mark.parametrize(
    ("request_text", "entity", "fields"),
    [
        # the person it is for, between "set" and "up"
        (
            "Could you set me up something for my tenants? I'd want their name, flat number and "
            "rent.",
            "Tenant",
            {"name", "flat_number", "rent"},
        ),
        ("Can you set us up a database of suppliers with name and email", "Supplier", None),
        (
            "Set me up something for the allotments with plot number, holder and rent",
            "Allotment",
            None,
        ),
        # the thing the writer deals with, then "it" logged
        (
            "Whenever we finish a survey I want to log it: the site, the date and the surveyor.",
            "Survey",
            {"site", "date_value", "surveyor"},
        ),
        (
            "Every time we take a booking we need to record it with the guest name, the nights "
            "and the room.",
            "Booking",
            None,
        ),
        # a person the ask is passed on for, wanting a record of things
        (
            "the head gardener wants a record of seed orders. supplier, variety, quantity",
            "SeedOrder",
            {"supplier", "variety", "quantity"},
        ),
        (
            "Our coach wants a proper log of training sessions. date, duration, focus",
            "TrainingSession",
            None,
        ),
        # requirement documents: tests for what, and an entity named as the model followed
        (
            "Tea shop\n\nRequirements:\n- Blend entity with:\n  - name\n  - origin\n"
            "- Tests for brewing and tasting",
            "Blend",
            {"name", "origin"},
        ),
        (
            "Tea shop\n\nRequirements:\n- Blend entity with:\n  - name\n  - origin\n"
            "- Keep naming consistent with the Caddy entity",
            "Blend",
            {"name", "origin"},
        ),
    ],
)
def test_the_thing_asked_for_in_talk(request_text: str, entity: str, fields: set[str] | None):
    result = _accepted(request_text)
    assert [e.name for e in result.entities] == [entity]
    if fields is not None:
        assert {a.name for a in result.entities[0].attributes} == fields


@pytest.mark.parametrize(
    ("request_text", "entity", "field"),
    [
        (
            "We don't bother with the fax number on Supplier anymore, please remove it.",
            "Supplier",
            "fax_number",
        ),
        ("we never bother recording the middle name on members any more", "Member", "middle_name"),
    ],
)
def test_a_value_nobody_bothers_with_is_removed(request_text: str, entity: str, field: str):
    result = _accepted(request_text)
    assert result.intent.value == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in result.entities] == [
        (entity, [field])
    ]


def test_not_bothering_beside_a_new_list_removes_nothing():
    result = _accepted("Track members with name and email, we don't bother with the phone")
    assert result.intent.value == "create_entity"
    assert {a.name for a in result.entities[0].attributes} == {"name", "email"}


@pytest.mark.parametrize(
    ("request_text", "entity", "old", "new"),
    [
        (
            "On Booking, I'd rather the pitch number was called plot number.",
            "Booking",
            "pitch_number",
            "plot_number",
        ),
        (
            "We'd rather the hirer field on Rental were named customer",
            "Rental",
            "hirer",
            "customer",
        ),
    ],
)
def test_rather_it_was_called_is_a_rename(request_text: str, entity: str, old: str, new: str):
    result = _accepted(request_text)
    assert result.intent.value == "rename_field"
    (thing,) = result.entities
    assert (thing.name, [(a.name, a.renamed_from) for a in thing.attributes]) == (
        entity,
        [(new, old)],
    )
