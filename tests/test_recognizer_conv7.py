"""Conversation of backend developers and learners (branch conv7).

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- "Could you track our kayaks? Each one: name, length (float), colour.": "each one" before a
  colon is the thing just asked for, as "for each one:" is; "each one has …" is left as it was.
- "Per service: name, tier (int)": a system word counted ("per", "each", "every") is one of
  many records, never the system built ("a service with …" still names the system).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


# --- "each one:" and a counted system word head the list ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could you track our kayaks? Each one: name, length (float), colour.",
            ["Kayak(name:str,length:float,colour:str)"],
        ),
        (
            "Can we log our projectors? Every one: asset tag, brand, lent to.",
            ["Projector(asset_tag:str,brand:str,lent_to:str)"],
        ),
        (
            "Per service: name, owning team, port (int).",
            ["Service(name:str,owning_team:str,port:int)"],
        ),
        (
            "We're drowning in microservices. Each service: name, repo url, on call team.",
            ["Service(name:str,repo_url:str,on_call_team:str)"],
        ),
    ],
)
def test_each_one_or_a_counted_system_word_heads_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "each one has …" was read before, and still is
        (
            "Could you set up something for our kayaks? Each one has a name, a length and a "
            "colour.",
            (Intent.CREATE_ENTITY, ["Kayak(name:str,length:float,colour:str)"]),
        ),
        # a service with things in it is the system, the things are the entity
        (
            "Build a small service for invoices with number, amount (decimal) and due date.",
            (Intent.CREATE_ENTITY, ["Invoice(number:str,amount:decimal,due_date:date)"]),
        ),
    ],
)
def test_each_one_has_and_a_service_around_things_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected
