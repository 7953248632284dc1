"""Readings that were accepted wrong: the entity's name.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "a yoga class has one teacher" links a lesson (YogaClass) to a teacher; "class"
after a noun said with "a" on a side of a link is part of the lesson's name, as after
"each" or "every". A code class is said with "the" ("the Customer class has many orders")
and a "Customer class" asked for in a create request is still a Customer.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("A yoga class has one instructor", "YogaClass", "Instructor"),
        ("An art class belongs to one studio", "ArtClass", "Studio"),
        ("a Cookery Class has many pupils", "CookeryClass", "Pupil"),
    ],
)
def test_a_class_said_with_a_on_a_link_is_a_lesson(
    request_text: str, owner: str, target: str
) -> None:
    reading = accepted(request_text, Intent.ADD_RELATIONSHIP)
    assert len(reading) == 1 and reading[0].startswith(f"{owner}()"), reading
    assert reading[0].endswith(f">{target}"), reading


def test_a_code_class_said_with_the_keeps_its_name() -> None:
    reading = accepted("The Customer class has many orders", Intent.ADD_RELATIONSHIP)
    assert len(reading) == 1 and reading[0].startswith("Customer()"), reading


def test_a_class_asked_for_in_a_create_request_keeps_its_name() -> None:
    reading = accepted("Create a Supplier class with name and email", Intent.CREATE_ENTITY)
    assert len(reading) == 1 and reading[0].startswith("Supplier("), reading


# "Our vans need a tax date and an MOT date. Could you add those?": an add that names no
# field points back at the fields just said; asked to be added, they go on vans that exist.
@pytest.mark.parametrize(
    ("request_text", "owner", "fields"),
    [
        (
            "Our vans need a tax date and an MOT date as well. Could you add those?",
            "Van",
            "mot_date, tax_date",
        ),
        (
            "our lockers need a key number and a deposit paid flag, can you add them?",
            "Locker",
            "deposit_paid, key_number",
        ),
        (
            "Our kilns need a max temperature and a last fired date too, could you add those"
            " when you get a sec?",
            "Kiln",
            "last_fired_date, max_temperature",
        ),
    ],
)
def test_fields_said_then_asked_to_be_added_are_added(
    request_text: str, owner: str, fields: str
) -> None:
    reading = accepted(request_text, Intent.ADD_FIELDS)
    assert len(reading) == 1 and reading[0].startswith(f"{owner}("), reading
    for name in fields.split(", "):
        assert name in reading[0], reading


@pytest.mark.parametrize(
    "request_text",
    [
        "Our vans need a tax date and an MOT date.",
        "Create vans with a registration, a tax date and an MOT date",
    ],
)
def test_fields_said_with_no_ask_to_add_still_make_the_thing(request_text: str) -> None:
    reading = accepted(request_text, Intent.CREATE_ENTITY)
    assert len(reading) == 1 and reading[0].startswith("Van("), reading
