"""A book a desk keeps one line per event in ("an appointment book", "the visitors book") is a
frame around the thing managed, as a register is; a book that is itself the thing ("a comic
book", "a book") stays the entity.

The requests are written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Keep an appointment book at the surgery: client name, slot and reason", "Appointment"),
        ("Create a reservation book with party name, covers and table number", "Reservation"),
        ("Set up a visitors book for reception with name, company and arrived at", "Visitor"),
        ("We need an accident book: date, injured person and what happened", "Accident"),
    ],
)  # fmt: skip
def test_a_book_of_events_is_a_frame(text: str, entity: str) -> None:
    result = read(text)
    assert [e.name for e in result.entities] == [entity], text


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Create a comic book with title, issue number and publisher", "ComicBook"),
        ("Create a book with title, author and page count", "Book"),
        ("Track picture books with title, illustrator and reading age", "PictureBook"),
    ],
)  # fmt: skip
def test_a_book_that_is_the_thing_stays_the_entity(text: str, entity: str) -> None:
    """Counterparts: the same word after a kind of book, or alone."""
    result = read(text)
    assert [e.name for e in result.entities] == [entity], text
