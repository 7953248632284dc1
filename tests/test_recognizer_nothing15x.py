"""Changes that were read as nothing (branch nothing15x): families of wording, each with a
counterpart that must keep its reading.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
from tests.support.recognition import read


def _attr(result, entity: str, field: str):
    [e] = [e for e in result.entities if e.name == entity]
    [a] = [a for a in e.attributes if a.name == field]
    return a


# --- "its" typed for "it's" after a comma ---------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        ("change width on Shelf to decimal, its getting cut off", "Shelf", "width", "decimal"),
        ("pls change the fee on Lesson to decimal, its text rite now", "Lesson", "fee", "decimal"),
        ("change the depth on Pond to a float, its not precise enough", "Pond", "depth", "float"),
    ],
)
def test_its_after_a_comma_is_it_is(request_text: str, entity: str, field: str, kind: str) -> None:
    """ "…, its getting cut off": "its" before a word no possessive takes is "it's" without its
    apostrophe, so the rest is the reason after the change."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_its_before_a_noun_stays_a_possessive() -> None:
    """Counterpart: "its owner" after a comma is a possessive and the owner a field."""
    result = read("Track horses with name, its owner, its breed")
    assert result.status == "recognized", result
    assert {a.name for a in result.entities[0].attributes} == {"name", "owner", "breed"}


# --- a type word misspelt after "to" in a change --------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        ("change cost on Repair to decimel", "Repair", "cost", "decimal"),
        ("change the seats on Coach to a whole numbr", "Coach", "seats", "int"),
        ("change the depth on Pond to a decmial please", "Pond", "depth", "decimal"),
        ("change the rating on Film to an integar", "Film", "rating", "int"),
    ],
)
def test_a_type_word_misspelt_after_to(
    request_text: str, entity: str, field: str, kind: str
) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_a_name_after_to_is_not_respelt_as_a_type() -> None:
    """Counterpart: a slip of a type word that is not what a change turns into stays as said;
    a word of a name is never mended."""
    result = read("Send the invoices to Nubmer Ltd")
    assert result.status == "needs_clarification", result


# --- dotted and arrow renames with snake_case and Title Case names --------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "old", "new"),
    [
        ("Tenant.phone -> Tenant.phone_of_record", "Tenant", "phone", "phone_of_record"),
        (
            "Tenant.home_phone_number -> Tenant.main_phone_number",
            "Tenant",
            "home_phone_number",
            "main_phone_number",
        ),
        ("Kiosk: Phone -> Contact Number", "Kiosk", "phone", "contact_number"),
        ("Vial: Batch Code -> Batch Number", "Vial", "batch_code", "batch_number"),
    ],
)
def test_arrow_renames_of_written_names(request_text: str, entity: str, old: str, new: str) -> None:
    """A new name of three snake_case words, or a Title Case header whose head names a value
    (number, name, code …), is the field's new name."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_FIELD
    assert _attr(result, entity, new).renamed_from == old


@pytest.mark.parametrize(
    "request_text",
    ["Parcel: Courier -> Depot", "Parcel.courier_id -> Courier"],
)
def test_an_arrow_to_a_thing_is_no_rename(request_text: str) -> None:
    """Counterpart: an arrow to a capitalised noun of its own (no value head) names another
    thing, never the field's new name."""
    result = read(request_text)
    assert result.intent != Intent.RENAME_FIELD or result.status != "recognized", result
