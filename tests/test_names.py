"""Every name that reaches code or a path is a safe identifier."""

from __future__ import annotations

import keyword
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baes_tui.core.errors import UnsafeName
from baes_tui.core.names import (
    SQL_KEYWORDS,
    plural,
    safe_entity_name,
    safe_field_name,
    singular,
    table_name,
    to_pascal_case,
    to_snake_case,
)


@pytest.mark.parametrize(
    ("text", "entity", "table"),
    [
        ("students", "Student", "students"),
        ("people", "Person", "people"),
        ("categories", "Category", "categories"),
        ("library members", "LibraryMember", "library_members"),
        ("Order", "Order", "orders"),
        ("class", "ClassItem", "class_items"),
        ("None", "NoneItem", "none_items"),
        ("École", "Ecole", "ecoles"),
    ],
)
def test_entity_names_are_singular_pascal_case_and_tables_plural(
    text: str, entity: str, table: str
) -> None:
    assert safe_entity_name(text) == entity
    assert table_name(entity) == table


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("hire date", "hire_date"),
        ("HireDate", "hire_date"),
        ("class", "class_value"),
        ("from", "from_value"),
        ("select", "select_value"),
        ("id", "id_value"),
        ("2nd phone", "field_2nd_phone"),
        ("e-mail", "e_mail"),
    ],
)
def test_field_names_are_safe_snake_case(text: str, field: str) -> None:
    assert safe_field_name(text) == field


@pytest.mark.parametrize("text", ["", "   ", "../..", "///", "123", "🙂"])
def test_names_without_letters_are_refused(text: str) -> None:
    with pytest.raises(UnsafeName):
        safe_field_name(text)
    with pytest.raises(UnsafeName):
        safe_entity_name(text)


@given(st.text(max_size=80))
def test_any_text_gives_a_safe_name_or_a_clear_refusal(text: str) -> None:
    try:
        field = safe_field_name(text)
    except UnsafeName:
        return
    assert field.isidentifier() and field.isascii()
    assert not keyword.iskeyword(field) and field not in SQL_KEYWORDS
    assert "/" not in field and "." not in field and len(field) <= 60


def test_case_helpers_round_trip() -> None:
    assert to_snake_case("LibraryMember") == "library_member"
    assert to_pascal_case("library_member") == "LibraryMember"
    assert singular("courses") == "course" and singular("course") == "course"
    assert plural("library_member") == "library_members"


@pytest.mark.parametrize(
    ("plural_form", "singular_form"),
    [
        ("students", "student"),
        ("people", "person"),
        ("categories", "category"),
        ("buses", "bus"),
        ("statuses", "status"),
        ("campuses", "campus"),
        ("analyses", "analysis"),
        ("addresses", "address"),
        ("boxes", "box"),
        ("children", "child"),
        ("mice", "mouse"),
        ("geese", "goose"),
        ("criteria", "criterion"),
        ("alumni", "alumnus"),
        ("leaves", "leaf"),
        ("shelves", "shelf"),
        ("knives", "knife"),
        ("heroes", "hero"),
        ("quizzes", "quiz"),
        ("warehouses", "warehouse"),
        ("houses", "house"),
        ("caches", "cache"),
        ("movies", "movie"),
        ("menus", "menu"),
        ("salesmen", "salesman"),
        ("women", "woman"),
        ("indices", "index"),
        ("archives", "archive"),
        ("series", "series"),
        ("staff", "staff"),
    ],
)
def test_inflection_round_trips_regular_irregular_and_latin_nouns(
    plural_form: str, singular_form: str
) -> None:
    assert singular(plural_form) == singular_form
    assert plural(singular_form) == plural_form


@pytest.mark.parametrize(
    "word", ["bus", "status", "campus", "analysis", "address", "lens", "virus", "specimen"]
)
def test_singular_words_ending_in_s_are_kept_whole(word: str) -> None:
    """A naive rule turns Bus into Bu and Analysis into Analysi (inflect did)."""
    assert singular(word) == word
    assert safe_entity_name(word) == word[:1].upper() + word[1:]


def test_inflection_imports_no_library() -> None:
    """Entity naming must not cost start-up time (inflect took 1–2 s to import)."""
    out = subprocess.run(
        [sys.executable, "-c", "import sys, baes_tui.core.names; print(*sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(out.stdout.split())
    assert not loaded & {"inflect", "typeguard"}


@pytest.mark.parametrize(
    ("said", "entity", "table"),
    [("libretti", "Libretto", "librettos"), ("spectra", "Spectrum", "spectrums")],
)
def test_a_learned_plural_is_read_but_never_renames_a_table(
    said: str, entity: str, table: str
) -> None:
    """A plural the reader learned later names the thing in the singular, but the table keeps
    the name `plural` gave it before: a project made earlier must find its rows."""
    assert safe_entity_name(said) == entity
    assert table_name(entity) == table
