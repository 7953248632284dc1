"""Rules the lead added after the batches of 3 December, evening (farms, lettings, charities,
first-time users).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I want to keep our pupils: name, email, mobile number and home address. Some "
            "pupils don't have a mobile, so that one can be empty. Thanks a lot!",
            "Pupil(name:str,email:email,mobile_number:str?,home_address:str)",
        ),
        (
            "Keep drivers with name and a phone number. A few drivers have no phone, so it "
            "may be blank. Cheers!",
            "Driver(name:str,phone_number:str?)",
        ),
    ],
)
def test_a_later_sentence_making_a_field_optional_is_read_with_a_sentence_after_it(
    request_text: str, expected: str
) -> None:
    """A sentence of two clauses that makes a field optional, followed by a closing, used to
    crash the reader (statements were deleted while later segments were still being read).
    "that one" after "don't have a mobile" is the field whose first word was said."""
    intent, shape = reading(request_text)
    assert intent.value == "create_entity"
    assert shape == [expected]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "There's a field called pager on the Porter entity. Nobody carries one now, can "
            "you take it out?",
            "remove_fields",
            "Porter(pager:str)",
        ),
        (
            "There is a gate notes field on Depot. Can that field be left blank?",
            "modify_fields",
            "Depot(gate_notes:str?)",
        ),
        (
            "There's a boot size field on Rider left from the old sheet. Please get rid of "
            "that field.",
            "remove_fields",
            "Rider(boot_size:str)",
        ),
        (
            "On the Barge entity there is a field called hull depth and it came out as text. "
            "Can you make that field a whole number?",
            "modify_fields",
            "Barge(hull_depth:int)",
        ),
        (
            "The start date on Course — could you make it optional?",
            "modify_fields",
            "Course(start_date:date?)",
        ),
        (
            "The price on Dish – can you change it to a decimal?",
            "modify_fields",
            "Dish(price:decimal)",
        ),
    ],
)
def test_a_field_said_to_be_there_is_what_a_later_it_or_that_field_changes(
    request_text: str, intent: str, expected: str
) -> None:
    """ "There's a field called F on E", "there is an F field on E", "the F on E —" said
    first: a later "it", "that field" or "that column" is that field (was read as nothing)."""
    got_intent, shape = reading(request_text)
    assert (got_intent.value, shape) == (intent, [expected])


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Make it so every barge has one skipper",
            "add_relationship",
            "Barge() many_to_one>Skipper",
        ),
        ("There is a barge in the harbour. Make it a priority.", None, None),
    ],
)
def test_counterparts_a_wish_and_a_thing_that_is_no_field(
    request_text: str, intent: str | None, expected: str | None
) -> None:
    """ "make it so every …" is still the arrangement wished for; a thing said to be somewhere
    with no field named is no field to change."""
    got_intent, shape = reading(request_text)
    if intent is None:
        assert read(request_text).status == "needs_clarification"
    else:
        assert (got_intent.value, shape) == (intent, [expected])


@pytest.mark.parametrize(
    "request_text",
    ["Nobody carries one now", "Everyone needs a badge number", "Someone has a spare key"],
)
def test_an_indefinite_pronoun_is_no_entity(request_text: str) -> None:
    """ "Nobody carries one now" was accepted as a field `now` on an entity Nobody: who does
    something is never a thing kept; with nothing else named the request is asked about."""
    assert read(request_text).status == "needs_clarification"
