"""Create requests said in talk, and fields said after the list (round cre20).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "keep track of my boats like the name the length the mooring" lists the boats'
fields as "such as" would; "keep a list of riders there name there club" (the sound-alike of
"their") lists the riders' fields; "Notes too, but those can be blank for most people" adds one
optional field; and "the fax but not all clients have one so it can be blank" is an optional
fax, not a rule.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "owner", "fields"),
    [
        (
            "i want to keep track of my boats like the name the length the mooring and the colour",
            "Boat",
            "name, length, mooring, colour",
        ),
        (
            "we need to track lessons like the topic, the room, the start time",
            "Lesson",
            "topic, room, start_time",
        ),
    ],
)
def test_like_before_a_run_of_articled_values_opens_the_list(
    request_text: str, owner: str, fields: str
) -> None:
    shape = accepted(request_text)
    assert len(shape) == 1 and shape[0].startswith(f"{owner}("), shape
    for name in fields.split(", "):
        assert f"{name}:" in shape[0], shape


def test_like_before_one_example_is_no_list() -> None:
    _, shape = reading("we keep track of boats like the ones at the harbour")
    assert not any("ones" in s for s in shape), shape


def test_a_list_of_things_then_their_sound_alike_possessive_lists_fields() -> None:
    shape = accepted("i need to keep a list of riders there name there club and there email")
    assert shape == ["Rider(name:str,club:str,email:email)"], shape


def test_an_afterthought_that_may_be_blank_for_some_people_is_optional() -> None:
    shape = accepted(
        "For every tenant we need the full name, the flat number and the move in date. "
        "Parking notes too, but those can be blank for most people."
    )
    assert len(shape) == 1 and "parking_notes:str?" in shape[0], shape


def test_an_item_with_a_reason_then_so_it_can_be_blank_is_optional() -> None:
    shape = accepted(
        "We want to keep our clients with their name, email and company, and also the fax"
        " but not all clients have one so it can be blank."
    )
    assert len(shape) == 1 and "fax:str?" in shape[0], shape
    assert "company:str," in shape[0], shape


def test_more_deferred_to_later_names_no_field() -> None:
    shape = accepted(
        "We'd like somewhere to keep volunteers: their names, emails and shift days. "
        "That's it for now, we can add more later."
    )
    assert len(shape) == 1 and shape[0].startswith("Volunteer(name:str,email:email,"), shape
    assert "more" not in shape[0], shape


def test_a_thing_said_after_the_list_to_be_needed_too_is_one_more_field() -> None:
    shape = accepted(
        "We need to record deliveries: the driver's name, the drop date and the parcel count."
        " The customer signature is also important."
    )
    assert len(shape) == 1 and "customer_signature:str" in shape[0], shape
