"""Rules the lead added after the batches of 3 December, evening (farms, lettings, charities,
first-time users).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import reading


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
