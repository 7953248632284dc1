"""Families of misreads found in the fresh-hh batch: formal specifications (procurement,
compliance and quality writers: "The system shall …", defined terms in capitals, terse
change lines).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import reading


# --- a defined term in capitals ending in a word for a kind of record is one name -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The system shall record each INCIDENT RECORD with REPORTED DATE and SEVERITY.",
         "IncidentRecord"),
        ("Journal Entry: posting date, amount (currency), narration.", "JournalEntry"),
        ("Visa Application: lodged date should be mandatory.", "VisaApplication"),
        ("New entity Rebate Application: claim date, amount.", "RebateApplication"),
        ("New entity service record: service date, odometer.", "ServiceRecord"),
    ],
)  # fmt: skip
def test_a_capitalised_record_term_is_kept_whole(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert [s.split("(")[0] for s in shape] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # lower case: the records of patients, the app for bookings
        ("Track patient records with name and date of birth", "Patient"),
        ("New entity Kiln: firing temperature, capacity.", "Kiln"),
        ("Create an entity for freight lanes with origin and destination", "FreightLane"),
    ],
)  # fmt: skip
def test_counterparts_keep_their_reading(request_text: str, expected: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY
    assert [s.split("(")[0] for s in shape] == [expected]


def test_a_request_typed_in_capitals_has_no_defined_terms() -> None:
    _, shape = reading("TRACK EACH TRAINING RECORD WITH NAME AND DATE")
    assert [s.split("(")[0] for s in shape] == ["Training"]
