"""A field said to be unique is still a field: the person listed it. That its values must
differ is a business rule kept beside it, never a reason to drop the field (or the fields said
after it in the same item).

The requests are written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


def _fields(text: str) -> dict[str, list[tuple[str, str, bool]]]:
    result = read(text)
    return {
        e.name: [(a.name, str(a.type), a.required) for a in e.attributes] for e in result.entities
    }


@pytest.mark.parametrize(
    ("text", "unique"),
    [
        ("Create a tenant with a name, a login email that must be unique and a phone number",
         "login email"),
        ("Create a tenant with a name, a login email which has to be unique, and a phone number",
         "login email"),
        ("Create a tenant with name, login email (unique) and phone number", "login email"),
        ("Create a tenant with name, a unique login email and phone number", "login email"),
    ],
)  # fmt: skip
def test_a_unique_field_is_kept_with_the_fields_after_it(text: str, unique: str) -> None:
    result = read(text)
    assert result.status == "recognized"
    assert _fields(text) == {
        "Tenant": [
            ("name", "str", True),
            ("login_email", "email", True),
            ("phone_number", "str", True),
        ]
    }
    assert f"{unique} must be unique" in result.business_rules


def test_a_unique_note_beside_a_type_or_required_still_annotates_one_field() -> None:
    """ "(text, unique)" and "(required, unique)" say things of one field, as "(text,
    required)" does: no entity is read from the field's name."""
    for note in ("text, unique", "required, unique", "unique, optional"):
        text = f"Track parts with part code ({note}), weight and stock"
        fields = _fields(text)
        assert list(fields) == ["Part"], text
        assert [name for name, _, _ in fields["Part"]] == ["part_code", "weight", "stock"]
        assert fields["Part"][0][2] is ("optional" not in note)
        assert "part code must be unique" in read(text).business_rules


def test_a_list_after_a_colon_with_a_unique_field_is_still_a_list() -> None:
    result = read("Lockers: locker number (unique), floor, size")
    assert result.status == "recognized"
    assert _fields("Lockers: locker number (unique), floor, size") == {
        "Locker": [("locker_number", "str", True), ("floor", "str", True), ("size", "str", True)]
    }


def test_unique_before_a_plural_is_a_count_not_a_rule() -> None:
    """Counterpart: "unique visitors" is how many different people came, a field of its own;
    nothing is said to be unique."""
    result = read("Track daily site stats with day, unique visitors and page views")
    names = [a.name for e in result.entities for a in e.attributes]
    assert "unique_visitors" in names
    assert not any(rule.endswith("must be unique") for rule in result.business_rules)


def test_a_sentence_saying_a_listed_field_is_unique_stays_a_rule() -> None:
    """Counterpart: the field was listed before; the sentence after it adds only the rule."""
    result = read(
        "Create a locker with locker number, floor and size. The locker number must be unique."
    )
    assert _fields("Create a locker with locker number, floor and size.") == _fields(
        "Create a locker with locker number, floor and size. The locker number must be unique."
    )
    assert any("unique" in rule for rule in result.business_rules)
