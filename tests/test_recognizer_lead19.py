"""The lead's rules of 2026-12-04 afternoon.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, shape


@pytest.mark.parametrize(
    ("request_text", "entity", "view"),
    [
        (
            "Log kayaks with hull number and length. Add a filter by hull number.",
            "Kayak(hull_number:str,length:float)",
            "Add a filter by hull number.",
        ),
        (
            "Keep greenhouses with code and area. We also need a search on code",
            "Greenhouse(code:str,area:str)",
            "We also need a search on code",
        ),
    ],
)
def test_a_view_asked_for_after_a_create_is_kept_as_a_rule(
    request_text: str, entity: str, view: str
) -> None:
    """ "Add a filter by …" asks for a screen over the rows: the entity stays the only thing
    made, and the wish is kept where the person can see it, not asked about as a bare thing."""
    got = read(request_text)
    assert shape(got) == [entity]
    assert view in got.business_rules
    assert not any("named without fields" in note for note in got.notes), got.notes


def test_a_field_named_after_a_view_word_is_still_added() -> None:
    assert shape(read("Add a sort order to Playlist")) == ["Playlist(sort_order:str)"]
