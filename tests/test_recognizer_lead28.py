"""The lead's rules of the session of 2026-12-05 (third).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.limits import MAX_REQUEST_CHARS
from tests.support.recognition import read


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Climbing routes: grade, wall, difficulty 1-10, setter", "difficulty"),
        ("Cheeses: name, milk, firmness 0–5, origin", "firmness"),
    ],
)
def test_a_range_after_a_field_is_no_part_of_its_name(request_text: str, field: str) -> None:
    """ "difficulty 1-10" is the field `difficulty` taking values 1 to 10, as "difficulty
    (1-10)" is — never `difficulty_1_10`."""
    got = read(request_text)
    names = [a.name for e in got.entities for a in e.attributes]
    assert field in names
    assert not any(name.startswith(f"{field}_") for name in names)


def test_names_written_with_capitals_after_plain_fields_are_things_asked_about() -> None:
    """ "Create Greenhouse with bay count and heating, plus Propagator and Potting Bench": the
    capitals mark two more things, named without fields, so the person is asked (never two
    more fields of Greenhouse)."""
    got = read("Create Greenhouse with bay count and heating, plus Propagator and Potting Bench")
    assert got.status == "needs_clarification"
    names = [e.name for e in got.entities]
    assert "Propagator" in names and "PottingBench" in names
    greenhouse = next(e for e in got.entities if e.name == "Greenhouse")
    assert [a.name for a in greenhouse.attributes] == ["bay_count", "heating"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Create Tenant with Name, Email and Phone",  # a header row: every item capitalised
        "Create Tenant with name, email, and Phone",  # a value's name stays a field
    ],
)
def test_capitals_that_do_not_set_an_item_apart_keep_it_a_field(request_text: str) -> None:
    got = read(request_text)
    tenant = next(e for e in got.entities if e.name == "Tenant")
    assert [a.name for a in tenant.attributes] == ["name", "email", "phone"]
    assert [e.name for e in got.entities] == ["Tenant"]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Potting benches: width, length, bay", "PottingBench"),
        ("Netting rolls: mesh size, length, colour", "NettingRoll"),
    ],
)
def test_a_verbs_ing_spelt_right_is_never_corrected(request_text: str, entity: str) -> None:
    """ "potting" is pot + -ing with its t doubled, as English spells it: no slip of
    "spotting", so the thing keeps the name the person gave it."""
    got = read(request_text)
    assert [e.name for e in got.entities] == [entity]
    assert not any("spelling" in note for note in got.notes)


def test_a_bare_sql_numeric_is_a_float_and_one_with_a_scale_a_decimal() -> None:
    """The labelling conventions read "numeric" as a float; NUMERIC(8,2) fixes two digits
    after the point, which is what a decimal is."""
    got = read(
        "CREATE TABLE weirs (code VARCHAR(10) NOT NULL, crest_level NUMERIC NOT NULL, "
        "fee NUMERIC(8,2) NOT NULL);"
    )
    types = {a.name: a.type.value for e in got.entities for a in e.attributes}
    assert types == {"code": "str", "crest_level": "float", "fee": "decimal"}


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Boreholes: site, yield in megalitres, depth", "yield_value"),
        ("Tyres: size, pressure in kilopascals, tread depth", "pressure"),
    ],
)
def test_a_unit_with_a_metric_prefix_is_no_part_of_the_name(request_text: str, field: str) -> None:
    """ "yield in megalitres" is the yield, measured in megalitres, as "weight in kg" is the
    weight: a metric prefix on a unit keeps it a unit."""
    got = read(request_text)
    names = [a.name for e in got.entities for a in e.attributes]
    assert field in names
    assert not any("megalitre" in n or "kilopascal" in n for n in names)


def test_numbers_split_by_slashes_in_parentheses_are_values_not_a_path() -> None:
    """ "wheel size (16/17)" lists the sizes a wheel comes in: the field is kept (it was
    dropped as a path, and the reading accepted without it)."""
    got = read("Bikes: frame number, wheel size (26/27.5/29), colour")
    names = [a.name for e in got.entities for a in e.attributes]
    assert names == ["frame_number", "wheel_size", "colour"]


@pytest.mark.parametrize(
    "request_text",
    [
        "add a handover date to Lease, can be empty until the tenant moves out",
        "add a 'handover date' to Lease, can be left blank",
    ],
)
def test_may_be_empty_said_after_the_destination_marks_the_field_added(
    request_text: str,
) -> None:
    """ "…, can be empty until …" after "add F to E" says F may be left out (it was read as a
    new entity named after the field, asked)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent.value == "add_fields"
    (lease,) = got.entities
    assert lease.name == "Lease"
    assert [(a.name, a.required) for a in lease.attributes] == [("handover_date", False)]


@pytest.mark.parametrize(
    ("request_text", "field", "kind", "required"),
    [
        ("add pitch count to Campsite as a whole number, required", "pitch_count", "int", True),
        ("Add warden notes to Campsite as text, optional", "warden_notes", "str", False),
    ],
)
def test_a_type_and_a_marker_after_the_destination_both_belong_to_the_field(
    request_text: str, field: str, kind: str, required: bool
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    (campsite,) = got.entities
    assert campsite.name == "Campsite"
    assert [(a.name, a.type.value, a.required) for a in campsite.attributes] == [
        (field, kind, required)
    ]


def test_a_closing_too_after_another_thing_described_points_back_at_it() -> None:
    """ "Each hutch has a number and a size. Rabbits should have a name and a breed too.": the
    "too" says "as hutches do" — both are being made — not that rabbits exist already."""
    got = read("Each hutch has a number and a size. Rabbits should have a name and a breed too.")
    assert got.intent.value == "create_entity"
    assert [e.name for e in got.entities] == ["Hutch", "Rabbit"]


def test_a_closing_too_after_an_addition_stays_an_addition() -> None:
    got = read("Add a phone to Keeper. Rabbits should have a microchip number too.")
    assert got.intent.value == "add_fields"


def test_a_long_request_of_many_clauses_reads_each_sentence_once() -> None:
    """The longest request allowed, a hundred clauses of one sentence, reads in seconds (it
    took 41 s of CPU when every clause re-read the whole sentence): nothing here times it —
    the reading must simply finish and ask, as the short one does."""
    one = "Change the grind size on Order to optional, some buy whole beans, "
    text = (one * (MAX_REQUEST_CHARS // len(one) + 1))[:MAX_REQUEST_CHARS]
    got = read(text)
    assert got.status == "needs_clarification"
