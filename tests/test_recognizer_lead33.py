"""The lead's rules of the session of 2026-12-05 (sixth).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


def _names(got) -> list[str]:
    return [e.name for e in got.entities]


def test_a_word_is_never_respelt_into_a_name() -> None:
    """ "maquette" is a word WordNet lacks, one letter from Marquette, a missionary's name: a
    thing's name is never mended into a proper name (it may be asked about, never read so)."""
    got = read("Keep a list of maquettes with designer, scale and the date built")
    assert "Marquette" not in _names(got)
    assert not any("marquette" in note.lower() for note in got.notes)


@pytest.mark.parametrize(
    "request_text",
    [
        "Log each COSHH check with the chemical, the date and who signed it",
        "Set up CoshhCheck records with chemical and checked on (date). The COSHH rules apply.",
    ],
)
def test_a_word_written_in_capitals_is_an_acronym_not_a_slip(request_text: str) -> None:
    """ "COSHH" is one letter from "cosh": written in capitals it is the writer's acronym, kept
    as written and not doubted as a slip of the keys."""
    got = read(request_text)
    assert _names(got) == ["CoshhCheck"]
    assert not any("misspelt" in note or "(spelling)" in note for note in got.notes)


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Create a barel with code and size", "Barrel"),
        # a request written all in capitals is shouted, not a row of acronyms: slips are mended
        ("CREATE A BAREL WITH CODE AND SIZE", "Barrel"),
    ],
)
def test_a_slip_in_a_thing_name_is_still_mended(request_text: str, entity: str) -> None:
    got = read(request_text)
    assert _names(got) == [entity]
    assert any("(spelling)" in note for note in got.notes)


def _fields(got, entity: str) -> list[str]:
    return [a.name for e in got.entities if e.name == entity for a in e.attributes]


@pytest.mark.parametrize(
    ("request_text", "entity", "fields"),
    [
        ("Kiln: please add a firing count to it.", "Kiln", ["firing_count"]),
        ("Kilns: could we also store a shelf code on them?", "Kiln", ["shelf_code"]),
        ("The Kiln model is good, but please add a firing count to it.", "Kiln", ["firing_count"]),
        (
            "Kilns are fine as they are but could you put a last serviced date on them?",
            "Kiln",
            ["last_serviced_date"],
        ),
        (
            "The Kiln table works well, but can we also keep a shelf code on it?",
            "Kiln",
            ["shelf_code"],
        ),
    ],
)
def test_a_field_kept_on_it_goes_on_the_thing_said_first(
    request_text: str, entity: str, fields: list[str]
) -> None:
    """ "Kiln: please add F to it", "the Kiln model is good, but …": "it" after "to"/"on" holds
    the field, so it is the thing named first (praised or said as a heading)."""
    got = read(request_text)
    assert str(got.intent) == "add_fields"
    assert _names(got) == [entity]
    assert _fields(got, entity) == fields


@pytest.mark.parametrize(
    "request_text",
    [
        "The Kiln model is fine, but please don't add anything to it.",
        "Kilns are fine, but the label is too long, can we shorten it?",
    ],
)
def test_praise_then_something_else_is_not_read_as_an_addition(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "could you add a glaze colour to it if the studio manager agrees?",
        "add a glaze colour to the Kiln if the studio manager agrees",
        "Drop the notes field from Kiln unless the owner objects",
        "Add a colour to Kiln as long as the pottery team is happy with it",
    ],
)
def test_a_change_waiting_for_someone_s_consent_is_asked(request_text: str) -> None:
    """ "… if the manager agrees", said without a comma: the change waits on a person the tool
    cannot ask, so it is confirmed first (and the consenting person is no owner of a field)."""
    got = read(request_text)
    assert got.status == "needs_clarification"


def test_a_condition_on_the_value_is_no_consent() -> None:
    """ "if the member has one" says when the value is there, not whether to make the change."""
    got = read("add a pager number to Member if the member has one")
    assert got.status == "recognized"
    assert _fields(got, "Member") == ["pager_number"]
