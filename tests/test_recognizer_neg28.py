"""The scope of the ask: a change named inside a clause that denies a report, asks a question
of fact or supposes is talked about, not asked for.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "nobody said the depth must be a whole number" or "the committee never decided the
kennel should get a colour" is never carried out as the change it mentions; neither is "does
the voucher really need an expiry date?" nor "hypothetically, could we drop …". The same words
with an ask beside them ("… Please make it a float."), a report that is not denied ("the
foreman says …"), the English removals ("nobody fills it in, so get rid of it", "we don't
want the fax anymore") and polite questions ("would you add …?") are still carried out.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    "request_text",
    [
        "Nobody said the depth on Borehole must be a whole number",
        "the foreman never said the lift height on Crane should be a decimal",
        "The committee never decided Kennel should get a colour",
        "Nobody said we need a colour on Kennel",
        "Our surveyors never agreed the Borehole entity should be called Well",
        "I didn't mean the Cart entity should be called Trolley",
    ],
)
def test_a_change_inside_a_denied_report_is_not_carried_out(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.intent, result.confidence)
    assert any("say if it is wanted" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    "request_text",
    [
        "Does the Voucher entity really need an expiry date?",
        "Does Kennel also need a colour?",
        "Hypothetically, could we drop the fax from Supplier?",
    ],
)
def test_a_question_of_fact_or_a_supposition_is_not_carried_out(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Nobody said the depth on Borehole must be a whole number. Please make it a float.",
         Intent.MODIFY_FIELDS, "Borehole(depth:float)"),
        ("The foreman says the lift height on Crane should be a decimal",
         Intent.MODIFY_FIELDS, "Crane(lift_height:decimal)"),
        ("Nobody fills in the notes on Patient, so get rid of them",
         Intent.REMOVE_FIELDS, "Patient(notes:str)"),
        ("We don't want the fax on Supplier anymore", Intent.REMOVE_FIELDS, "Supplier(fax:str)"),
        ("Would you add a combination code to Locker?",
         Intent.ADD_FIELDS, "Locker(combination_code:str)"),
        ("Can Greenhouse get a humidity reading?",
         Intent.ADD_FIELDS, "Greenhouse(humidity_reading:str)"),
        ("our drivers never said van, they say truck. Rename the Van entity to Truck",
         Intent.RENAME_ENTITY, "Truck<Van()"),
    ],
)  # fmt: skip
def test_an_ask_beside_the_talk_or_a_polite_question_is_carried_out(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert expected in accepted(request_text, intent)
