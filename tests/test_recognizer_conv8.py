"""Conversational requests of analysts, schools and couriers: greetings, asides, a request
inside a story, changes said as wishes.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read_right, reading

# "the toll tags bit is dead weight now. Can you remove the TollTag entity?": what is called
# useless before an entity's removal is that entity said in passing, not a field of it.


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        (
            "We moved the drivers to a new toll app in May, so the toll tags bit is dead weight"
            " now. Can you remove the TollTag entity?",
            "TollTag",
        ),
        ("The printer side is useless now, please delete the Printer entity.", "Printer"),
        (
            "The loyalty cards are redundant now. Could you drop the LoyaltyCard entity?",
            "LoyaltyCard",
        ),
    ],
)
def test_the_entity_called_useless_before_its_removal_is_removed_whole(
    request_text: str, entity: str
) -> None:
    assert reading(request_text) == (Intent.REMOVE_ENTITY, [f"{entity}()"])


def test_a_field_called_useless_on_an_entity_is_still_a_field() -> None:
    assert accepted("The fax bit on Supplier is dead weight now.", Intent.REMOVE_FIELDS) == [
        "Supplier(fax_bit:str)"
    ]
    assert accepted("Please remove the fax from Supplier.", Intent.REMOVE_FIELDS) == [
        "Supplier(fax:str)"
    ]


# "Sometimes there's a remark from the customer, so that one's optional": a thing that is there
# only sometimes is one more field, optional (where it comes from is no part of its name).


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        (
            "Could you add repairs to the system? Each repair needs the address and a cost."
            " Sometimes there's a remark from the customer but not always, so that one's"
            " optional.",
            "remark:str?",
        ),
        (
            "Track repairs with an address and a cost. There's sometimes a photo as well, which"
            " is optional.",
            "photo:str?",
        ),
        (
            "Track repairs with an address and a cost. Occasionally there is a customer comment"
            " but not always.",
            "customer_comment:str?",
        ),
    ],
)
def test_a_thing_there_only_sometimes_is_an_optional_field(request_text: str, field: str) -> None:
    shape = read_right(request_text)
    assert len(shape) == 1 and shape[0].startswith("Repair(address:str,cost:decimal,"), shape
    assert shape[0].endswith(f",{field})"), shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Track repairs with an address and a cost. There's a customer comment.",
        "Track repairs with an address and a cost. There is a problem with the old system.",
    ],
)
def test_a_thing_that_is_simply_there_adds_nothing(request_text: str) -> None:
    assert read_right(request_text) == ["Repair(address:str,cost:decimal)"]
