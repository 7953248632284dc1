"""Families of misreads found in the fresh-n (messages pasted from chat, e-mail and tickets) and
fresh-o (non-developers describing what they keep) batches.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted


# --- a unit of measure after "in" is not part of the field's name ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track generators with a name, output in kilowatts and frequency in hertz",
         ["Generator(name:str,output:float,frequency:float)"]),
        ("pls log meadows: meadow name, size in hectares(number), cut date",
         ["Meadow(meadow_name:str,size:float,cut_date:date)"]),
        ("Keep track of our boats with a name, a length in metres and the top speed in knots.",
         ["Boat(name:str,length:float,top_speed:float)"]),
        ("As a lab tech I want samples with a code and the particle size in microns",
         ["Sample(code:str,particle_size:float)"]),
    ],
)  # fmt: skip
def test_a_unit_of_measure_after_in_is_dropped_from_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected
