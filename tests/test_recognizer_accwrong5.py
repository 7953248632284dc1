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
