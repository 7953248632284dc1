"""Long runs of blanks, blank lines or one repeated mark in a request (a paste with a column of
tabs, an editor's trailing spaces, "!!!!!!!!", a line of dashes).

What a person relies on: a run reads as a short run of the same characters would, and a request
at the length limit that is mostly such a run is read like any other (a run of 5,000 tabs took
minutes, 19,000 spaces 20 seconds: rules anchored at a line's end tried every start in the run;
a long list of fields took time quadratic in its commas through the courtesy-tail check). A
phrase with a place word repeated to the limit ("the receipts saved on " …) is asked about like
any other unread text (each place was read as the clause's topic in turn: ~450 s).
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import MAX_REQUEST_CHARS, Recognizer

_recognizer = Recognizer()
_normalizer = FallbackNormalizer()


def _read(request: str) -> tuple[str, tuple[tuple[str, tuple[tuple[str, str], ...]], ...]]:
    got = _recognizer.recognize(request, normalizer=_normalizer)
    entities = tuple(
        (e.name, tuple(sorted((a.name, a.type) for a in e.attributes))) for e in got.entities
    )
    return got.status, entities


def _padded(head: str, run: str, tail: str) -> str:
    """head, the run repeated to fill the request up to the limit, tail."""
    room = MAX_REQUEST_CHARS - len(head) - len(tail)
    return head + run * (room // len(run)) + tail


@pytest.mark.parametrize(
    ("run", "short"),
    [
        (" ", " "),
        ("\t", "\t"),
        ("\u00a0", " "),  # a no-break space is a space
        (" \u200b", " "),  # zero-width characters between spaces join one run
        ("\n", "\n\n"),
        (" \n", "\n\n"),
        ("\t\n", "\n\n"),
    ],
)
def test_a_long_run_of_blanks_reads_as_a_short_one(run: str, short: str) -> None:
    head, tail = "Add a wingspan to Kite,", "in metres"
    assert _read(_padded(head, run, tail)) == _read(head + short + tail)


def test_the_blank_padded_change_is_read_and_accepted() -> None:
    status, entities = _read(_padded("Add a wingspan to Kite,", "\t", " in metres"))
    assert (status, entities) == ("recognized", (("Kite", (("wingspan", "float"),)),))


@pytest.mark.parametrize("mark", ["!", ".", "-", "=", "*", "?", ","])
def test_a_long_run_of_one_mark_reads_as_sixteen(mark: str) -> None:
    head = "Track canoes with hull colour and length"
    assert _read(_padded(head, mark, "")) == _read(head + mark * 16)


def test_blank_lines_between_a_list_and_its_opening_are_one_paragraph_break() -> None:
    request = "Keep a list of canoes:" + "\n" * 5000 + "- hull colour\n- length (number)"
    assert _read(request) == (
        "recognized",
        (("Canoe", (("hull_colour", "str"), ("length", "float"))),),
    )


def test_a_long_run_of_list_separators_reads_as_nothing() -> None:
    status, _ = _read(_padded("Add a wingspan to Kite,", ", ", "in metres"))
    assert status == "needs_clarification"


def test_a_list_of_thousands_of_fields_is_read_whole() -> None:
    """A generated header row at the length limit: every field is read (the check for a
    courtesy tail reads only the last few hundred characters, not every tail)."""
    letters = [chr(97 + i % 26) + chr(97 + i // 26 % 26) + chr(97 + i // 676) for i in range(1500)]
    names = [f"reading x{abc}y" for abc in letters]
    request = "Track gauges with " + ", ".join(names)
    request = request[: request.rfind(",", 0, MAX_REQUEST_CHARS)]
    kept = request.count(",") + 1
    got = _recognizer.recognize(request, normalizer=_normalizer)
    assert [e.name for e in got.entities] == ["Gauge"]
    assert len(got.entities[0].attributes) == kept


@pytest.mark.parametrize(
    "run",
    [
        "the receipts saved on ",
        "the fax on the supplier ",
        "from the barrels take the tap ",
        "the note in the box of the shelf on the wall ",
    ],
)
def test_a_long_run_of_things_in_places_gets_an_answer(run: str) -> None:
    """A phrase with a place word repeated to the limit is asked about (each place was tried
    as the clause's topic, reading the whole clause again each time: ~450 s at the limit)."""
    status, entities = _read(_padded("", run, ""))
    assert (status, entities) == ("needs_clarification", ())
