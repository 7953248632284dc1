"""Two doubts asked on their own evidence, whatever the score (join55).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a request that says its moments are timestamps, read with no datetime field, is
asked, never built with the moments as text or yes/no; a list after the place things are
brought to ("bring their boats to regattas with …") is asked: the list may be of what is
brought. Until now both were asked only when the learned role model happened to disagree by a
hair, which a retrain could undo. Near misses that say which thing is kept read as before.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "We'd like to keep each Ferry sailing: captain, cast off and tied up (both "
        "timestamps; tied up is blank until it berths) and a late flag.",
        "We want to log every Kiln firing: potter, lit and opened (timestamps, opened is blank "
        "until it cools) and a cracked flag.",
    ],
)
def test_a_timestamp_said_but_read_into_no_field_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert not any(a.type == "datetime" for e in result.entities for a in e.attributes)
    assert result.status == "needs_clarification"
    assert any("no field was read as one" in n for n in result.notes)


@pytest.mark.parametrize(
    "request_text",
    [
        "Log each Tram run: driver, left depot (timestamp) and back at depot (timestamp).",
        "Keep each Lesson: pupil name, started at and finished at (both timestamps).",
        "All timestamps in UTC please. Keep each Glider with name, wingspan and owner.",
    ],
)
def test_timestamps_read_into_fields_or_kept_as_a_rule_are_not_asked_for_it(
    request_text: str,
) -> None:
    result = read(request_text)
    assert not any("no field was read as one" in n for n in result.notes)


@pytest.mark.parametrize(
    ("request_text", "where"),
    [
        ("Our sailors bring their boats to regattas with name, class, length and helm", "Regatta"),
        ("The growers take apples to markets with variety, weight and price", "Market"),
        ("Our collectors bring their stamps to fairs: name, year, value", "Fair"),
    ],
)
def test_a_list_after_where_things_are_brought_is_asked(request_text: str, where: str) -> None:
    result = read(request_text)
    assert [e.name for e in result.entities] == [where]
    assert result.status == "needs_clarification"
    assert any("brought to" in n for n in result.notes)


@pytest.mark.parametrize(
    "request_text",
    [
        "Track regattas with name, venue and date",
        "Our sailors bring boats to regattas. Regattas: name, venue, date",
        "Keep boats with name, class and length; sailors bring boats to regattas",
        "Our sailors bring their boats with name, class, length and helm",
    ],
)
def test_a_thing_said_plainly_is_not_asked_for_where_it_is_brought(request_text: str) -> None:
    result = read(request_text)
    assert not any("brought to" in n for n in result.notes)
