"""New things and new links said in user stories and one-liners: the types a field's words
give, the moment an "end of … date" names, and the links and creates said bare.

Every request here is written for this file (none is copied from the corpus), in trades other
than the batch the rules were found on (a tattoo studio, a lighthouse trust): bakeries, ferries,
choirs, allotments, vets, climbing walls, bell ringers, zoos. What a person relies on: the field
reads with the type its words say, and the wordings next to it that say something else keep
their reading.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import reading


def _fields(request_text: str) -> str:
    _intent, shape = reading(request_text)
    return " ".join(shape)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a span's point, "of" and its noun, then a moment word: one field, the date it falls
        (
            "Add an optional end of season date to Climber",
            "Climber(end_of_season_date:date?)",
        ),
        (
            "Create Allotment with plot number and start of tenancy date",
            "Allotment(plot_number:str,start_of_tenancy_date:date)",
        ),
        ("Add a close of voting date to Election", "Election(close_of_voting_date:date)"),
        # an irregular participle after "year first" counts the year, as "year first built"
        (
            "Create a Bell with name, weight, year first rung and year first heard",
            "Bell(name:str,weight:float,year_first_rung:int,year_first_heard:int)",
        ),
        (
            "Add a harbour light with name, year first lit and colour",
            "HarbourLight(name:str,year_first_lit:int,colour:str)",
        ),
        # what a person takes or is called by is a list in words, no count
        (
            "Create Patient with name, medications and allergies",
            "Patient(name:str,medications:str,allergies:str)",
        ),
        ("Add medicines and pronouns to Resident", "Resident(medicines:str,pronouns:str)"),
        # a duty said alone is the task on a rota; with its sum or state it is the tax
        (
            "Create a ferry crew shift with crew name, shift date and duty",
            "FerryCrewShift(crew_name:str,shift_date:date,duty:str)",
        ),
        (
            "Create Import with goods, duty payable and duty amount",
            "ImportItem(goods:str,duty_payable:decimal,duty_amount:decimal)",
        ),
    ],
)
def test_field_types(request_text: str, expected: str) -> None:
    assert _fields(request_text) == expected
