"""A new type and a required-ness said together change both: "make the vet phone an optional
string", "… a string (optional)", "a required decimal". Reading only the type dropped the
person's "optional" without a word and accepted the change (a field left required that they
asked to be optional).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read


def _field(request_text: str) -> tuple[str, str, str, bool]:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS), (
        result.confidence,
        result.notes,
    )
    (entity,) = result.entities
    (field,) = entity.attributes
    return entity.name, field.name, str(field.type), field.required


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kennel: make the vet phone an optional string", ("Kennel", "vet_phone", "str", False)),
        ("make Kennel.vet_phone a string (optional)", ("Kennel", "vet_phone", "str", False)),
        ("make Kennel.vet_phone an optional integer", ("Kennel", "vet_phone", "int", False)),
        ("change Order.note to optional text", ("Order", "note", "str", False)),
        ("Parcel.weight should be a nullable decimal", ("Parcel", "weight", "decimal", False)),
        ("make the price on Loaf a required decimal", ("Loaf", "price", "decimal", True)),
        ("make Hive.frame_count a mandatory integer", ("Hive", "frame_count", "int", True)),
        ("make Lesson.starts_at a datetime (required)", ("Lesson", "starts_at", "datetime", True)),
    ],
)
def test_a_type_said_with_a_state_changes_both(
    request_text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert _field(request_text) == expected


def test_a_unit_in_brackets_is_no_state() -> None:
    # "(grams)" says what the number counts; the field keeps the state it had
    assert _field("make Loaf.weight an integer (grams)")[:3] == ("Loaf", "weight", "int")


@pytest.mark.parametrize(
    "request_text",
    [
        # the state is carried for one field; for several it was dropped and the types accepted
        "make Kennel.vet_phone an optional integer and Kennel.fee a required decimal",
        "On Kennel, make the vet phone an optional string and the fee a decimal",
    ],
)
def test_types_with_states_for_several_fields_are_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status != "recognized", result.notes
    assert any("said together for several fields" in note for note in result.notes)
