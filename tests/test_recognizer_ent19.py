"""Entity names cut in the right place (ent19).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a thing they mark as "X entity" under a longer heading is named as they marked it;
a sheet or a board whose fields name its first word's values keeps those things ("a crate
board with crate number" keeps Crate), while a board said alone stays a board; "main" first
in a bare plural ("log main leaks") is the pipe, part of the name, never confidently cut; a
record made of a material ("shellac records") is the disc itself, while records about
something ("horse records") frame it; creatures said before their things without the
apostrophe own them ("the hens nests" are nests), a plural of its own ("darts players") does
not; a frame after a word that only describes ("a weekly log") is the thing; an adverb after
the thing ("keep kite orders instead") is no part of its name.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, read, reading


def test_a_marked_entity_under_a_longer_heading_keeps_the_marked_name() -> None:
    request = (
        "Seed bank accession log\nRequirements:\n1. Accession entity with just: species, "
        "collected on (date), seed count (integer)\n2. Follow our coding practices"
    )
    assert [s.split("(")[0] for s in accepted(request)] == ["Accession"]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("I want a crate sheet with crate number, warehouse and weight.", "Crate"),
        ("Create a ferry board system with ferry number, departs at (datetime) and quay", "Ferry"),
    ],
)
def test_a_sheet_whose_fields_name_its_things_keeps_the_things(
    request_text: str, name: str
) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == [name]


def test_a_board_with_fields_of_its_own_stays_a_board() -> None:
    shape = reading("Keep our surf boards with length, fin type and colour")[1]
    assert [s.split("(")[0] for s in shape] == ["SurfBoard"]


def test_main_first_in_a_bare_plural_is_part_of_the_name_and_not_accepted_cut() -> None:
    result = read("Log main leaks: street, found at, pipe size, repair cost.")
    assert result.status != "recognized" or [e.name for e in result.entities] == ["MainLeak"]
    assert [e.name for e in result.entities] == ["MainLeak"]


def test_the_main_with_a_determiner_is_an_adjective() -> None:
    shape = reading("Track the main suppliers with name, phone and email")[1]
    assert [s.split("(")[0] for s in shape] == ["Supplier"]


@pytest.mark.parametrize(
    "request_text",
    [
        "a shellac record database: artist, title, pressing year",
        "i need an app for my shellac records: artist, title, pressing year",
    ],
)
def test_a_record_made_of_a_material_is_the_thing(request_text: str) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == ["ShellacRecord"]


def test_records_about_animals_frame_them() -> None:
    shape = reading("a horse records app with name, breed and owner")[1]
    assert [s.split("(")[0] for s in shape] == ["Horse"]


def test_creatures_before_their_things_without_an_apostrophe_own_them() -> None:
    shape = reading("new thing for the hens nests with site, found on (date) and size")[1]
    assert [s.split("(")[0] for s in shape] == ["Nest"]


def test_a_plural_that_is_a_word_of_its_own_still_names_the_kind() -> None:
    shape = reading("track darts players with name, nickname and average")[1]
    assert [s.split("(")[0] for s in shape] == ["DartsPlayer"]


def test_a_frame_after_a_word_that_only_describes_is_the_thing() -> None:
    shape = reading("The foremen need a weekly log with log date, site, hours worked and notes.")[1]
    assert [s.split("(")[0] for s in shape] == ["WeeklyLog"]


def test_a_frame_after_a_noun_is_still_the_frame() -> None:
    shape = reading("The foremen need a crane log with crane number, site and notes.")[1]
    assert [s.split("(")[0] for s in shape] == ["Crane"]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Could the app keep kite orders instead: buyer name, kite size and paid (yes/no)?",
         "KiteOrder"),
        ("We'd like to record each Delivery instead: driver name, depot and arrived at.",
         "Delivery"),
    ],
)  # fmt: skip
def test_an_adverb_after_the_thing_is_no_part_of_its_name(request_text: str, name: str) -> None:
    assert [s.split("(")[0] for s in reading(request_text)[1]] == [name]


def test_a_timestamp_said_but_read_into_no_field_is_doubted() -> None:
    result = read(
        "We'd like to log each Ferry crossing: ship name, left port and docked "
        "(both timestamps; docked is blank until it arrives) and a delayed flag."
    )
    assert not any(a.type == "datetime" for e in result.entities for a in e.attributes)
    assert result.status != "recognized"


def test_timestamps_read_into_their_fields_raise_no_doubt() -> None:
    result = read("Keep each Visit: guest name, sign-in time and sign-out time (both timestamps).")
    assert [a.type for a in result.entities[0].attributes].count("datetime") == 2
    assert result.status == "recognized"
