"""A new name with "of" is one name when the owner is said with the old one: "Rename the
patient's DOB to date of birth" read a field `date_value` on a thing Birth (asked), and
"rename Patient.dob to date of birth" lost "of birth" (asked at 0.78).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename the patient's DOB to date of birth", ["Patient(date_of_birth:str<dob)"]),
        ("rename Patient.dob to date of birth", ["Patient(date_of_birth:str<dob)"]),
        ("rename the member's joined to date of joining", ["Member(date_of_joining:str<joined)"]),
        ("rename the lot's origin to place of origin", ["Lot(place_of_origin:str<origin)"]),
        # the owner said after the new name still owns it
        ("rename dob to date of birth on Patient", ["Patient(date_of_birth:str<dob)"]),
    ],
)
def test_of_joins_the_new_name_when_the_owner_is_said(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected
