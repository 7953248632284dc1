"""A screen of the app and a check on the data, said as added, are not things or values kept.

What a person relies on: "Can you add a dashboard with the monthly takings?" and "Add gift aid
validation to the donations" are asked (they were accepted as a thing Dashboard and a text field
gift_aid_validation), while a dashboard kept as a record, a screen's size or a validation date
read as they always did.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you add a dashboard with the monthly takings?",
        "add a page with the opening hours",
        "Please add a view of all overdue loans",
        "Could we add a new screen with the open callouts on it",
        "Add gift aid validation to the donations.",
        "Add email validation to Member",
        "Create hives with a name and an inspection validation",
    ],
)
def test_a_screen_or_a_check_said_as_added_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "Create a Dashboard entity with title, owner email and refresh interval in seconds",
            "create_entity Dashboard(title:str,owner_email:email,refresh_interval:int)",
        ),
        (
            "I want a place to keep dashboards with name, owner email and refresh schedule",
            "create_entity Dashboard(name:str,owner_email:email,refresh_schedule:str)",
        ),
        ("Add a validation date to Permit", "add_fields Permit(validation_date:date)"),
        ("Add a screen size to Tablet", "add_fields Tablet(screen_size:str)"),
        ("Add a view count to Post", "add_fields Post(view_count:int)"),
        ("Add a widget count to Panel", "add_fields Panel(widget_count:int)"),
        ("Add a view to Room", "add_fields Room(view_value:str)"),  # a room's view
    ],
)
def test_a_thing_or_value_named_by_those_words_reads_as_before(
    request_text: str, shape: str
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    fields = ",".join(f"{a.name}:{a.type.value}" for a in got.entities[0].attributes)
    assert f"{got.intent.value} {got.entities[0].name}({fields})" == shape


def test_a_long_request_of_that_shape_is_read_without_trouble() -> None:
    request = ("add a dashboard with the takings " * 700)[:19_990]
    assert read(request).status == "needs_clarification"
