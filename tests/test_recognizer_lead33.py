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
