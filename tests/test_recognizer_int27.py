"""What a request asks is read from its main clause, whatever order the words come in.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # the thing no longer needed said first, before "we" (English fronts its topic)
        ("The Pager entity we never use now.", Intent.REMOVE_ENTITY, ["Pager()"]),
        (
            "The Fax Machine entity we do not need any more, the printers replaced it. "
            "Please delete it.",
            Intent.REMOVE_ENTITY,
            ["FaxMachine()"],
        ),
        (
            "The telex code on Shipper we no longer keep.",
            Intent.REMOVE_FIELDS,
            ["Shipper(telex_code:str)"],
        ),
    ],
)
def test_a_thing_said_before_we_no_longer_need_it_is_what_goes(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "The X we don't need anymore" removes X; "anymore" is never a field."""
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # what opens the sentence is no noun: no object was fronted
        "Honestly we do not need anymore.",
        "Since the move we do not use anymore.",
    ],
)
def test_no_thing_fronted_stays_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # which sort of something a thing is, carried or held, is a value of it
        ("Boilers should carry a fuel type as well.", Intent.ADD_FIELDS, ["Boiler(fuel_type:str)"]),
        ("Every hearse should hold a coffin kind.", Intent.ADD_FIELDS, ["Hearse(coffin_kind:str)"]),
        # counted, the sort is a record of its own, linked
        (
            "Each tent belongs to one tent type.",
            Intent.ADD_RELATIONSHIP,
            ["Tent() many_to_one>TentType"],
        ),
    ],
)
def test_a_sort_of_thing_carried_is_a_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_dash_after_a_whole_sentence_ends_it() -> None:
    """ "X needs F - we forgot it": the words before the dash are a sentence (subject, verb,
    object), not a heading over what follows, so the ask before the dash is read."""
    got = read_right(
        "Looms need a warp width - we left it out when we set them up.", Intent.ADD_FIELDS
    )
    assert got == ["Loom(warp_width:float)"]
