"""Label lines: what a word before ":", " - ", "|" or "->" is, decided by what follows it.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a one-word heading over a list of fields names the thing kept, in the singular as in
the plural, even when the word can also frame a system ("Platform: …" on a railway), unless it
is only the software itself ("App: …") or a sentence follows it; a key column alone after a
label links the labelled thing; a row of cells whose first cell owns an identifier cell
("Silo | silo code | …") is a row of that thing; a label over a type ("volume: float") is a
field, not the thing; a field label followed by a change said without its object ("- make
required", "-> not required") is that change to that field, never a rename; and a noun phrase
followed by a bare "in" or "out" says a change, never a field's name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Platform: platform number, length, covered (yes/no)",
         "Platform(platform_number:str,length:float,covered:bool)"),
        ("Programme: title, broadcast date, episode count",
         "Programme(title:str,broadcast_date:date,episode_count:int)"),
    ],
)  # fmt: skip
def test_a_one_word_heading_over_fields_is_the_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_a_heading_over_changes_is_the_thing_changed() -> None:
    assert accepted(
        "Portal: add login hint (optional), help url (optional)", Intent.ADD_FIELDS
    ) == ["Portal(login_hint:str?,help_url:str?)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "App: name, version, store url",  # the software itself names no thing kept
        "Portal - make it faster, add search",  # a sentence among the items
        "Website: the new one should go live in March",  # a sentence after the label
    ],
)
def test_a_heading_that_is_the_software_or_over_a_sentence_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


def test_a_key_column_alone_after_a_label_links_the_thing() -> None:
    assert accepted("Hive: apiary_id (FK -> Apiary)", Intent.ADD_RELATIONSHIP) == [
        "Hive() many_to_one>Apiary"
    ]


def test_a_row_whose_first_cell_owns_an_identifier_cell_is_a_row_of_that_thing() -> None:
    assert accepted("Silo | silo code | tonnes held | fumigated") == [
        "Silo(silo_code:str,tonnes_held:int,fumigated:bool)"
    ]


def test_a_row_of_fields_alone_names_no_owner() -> None:
    assert read("Cow tag | tag colour | calving date | assisted").status == "needs_clarification"


def test_a_label_over_a_type_is_a_field_not_the_thing() -> None:
    assert accepted("Tank: volume: float, fish count: int, salinity: float") == [
        "Tank(volume:float,fish_count:int,salinity:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Ambulance: last deep clean - make required", "Ambulance(last_deep_clean:str)"),
        ("Trailer: axle count -> make required", "Trailer(axle_count:int)"),
        ("Trailer: axle count -> not required", "Trailer(axle_count:int?)"),
    ],
)
def test_a_field_label_then_a_change_without_object_changes_that_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_a_field_label_then_remove_removes_it() -> None:
    assert accepted("Greenhouse: vent count -> drop", Intent.REMOVE_FIELDS) == [
        "Greenhouse(vent_count:int)"
    ]


def test_a_noun_then_in_or_out_says_a_change_not_a_field() -> None:
    assert read("Hive: queen cage out, varroa board in").status == "needs_clarification"


def test_a_one_word_noun_then_in_or_out_is_still_a_field() -> None:
    assert reading("Shift: date, time in, time out") == (
        Intent.CREATE_ENTITY,
        ["Shift(date_value:date,time_in:str,time_out:str)"],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Dog walks!! walker, route, length", "DogWalk(walker:str,route:str,length:float)"),
        ("Ferry crosings!! departure time, deck count, sea state",
         "FerryCrossing(departure_time:datetime,deck_count:int,sea_state:str)"),
    ],
)  # fmt: skip
def test_a_short_heading_shouted_before_a_list_labels_it(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_a_shouted_word_of_no_thing_labels_nothing() -> None:
    assert read("Urgent!!! name, phone, address").status == "needs_clarification"


def test_a_field_named_with_its_particle_among_fields_stays_a_field() -> None:
    """ "surveyor sign off" in a list of fields is a field's name (the sign-off), not a change
    moving something out: only a list whose every item is "X out/in/off" says changes (lead,
    after the merge: "Lab work: …, dentist sign off, …" had lost its whole list)."""
    got = read("Roof inspections: address, roof type, surveyor sign off, inspected on")
    assert got.status == "recognized"
    (entity,) = got.entities
    assert "surveyor_sign_off" in [a.name for a in entity.attributes]
