"""Families of misreads found in the fresh-l batch: domain experts writing in their jargon
(compound entity names, long field names).

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a compound name is kept whole, never cut to its first word.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


# --- a participle that is also a noun ends a compound name ("pay run") -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A milk run can have a driver", ["MilkRun() many_to_one>Driver"]),
        ("Every school run belongs to one parent", ["SchoolRun() many_to_one>Parent"]),
        ("Each ticket belongs to one print run", ["Ticket() many_to_one>PrintRun"]),
    ],
)  # fmt: skip
def test_a_compound_ending_in_run_is_one_entity(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == expected


def test_a_participle_after_a_plural_still_opens_a_clause() -> None:
    # "run this season" says when; the races are the records
    assert accepted("Track the races run this season with race name and distance") == [
        "Race(race_name:str,distance:float)"
    ]


# --- "of" inside a removed field's name ("date of birth from Donor") ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Remove the date of birth from Donor", ["Donor(date_of_birth:date)"]),
        ("Drop place of issue and expiry date off Passport",
         ["Passport(place_of_issue:str,expiry_date:date)"]),
        ("Delete date of last service from the Boiler entity",
         ["Boiler(date_of_last_service:date)"]),
    ],
)  # fmt: skip
def test_of_inside_a_removed_field_name_keeps_the_name_whole(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_removed_field_of_an_entity_is_placed_on_it() -> None:
    assert accepted("Remove the fax number of suppliers", Intent.REMOVE_FIELDS) == [
        "Supplier(fax_number:str)"
    ]


# --- a noun plural only in form names one place, not how many ----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Track barristers with barrister name, chambers and phone",
        "Keep shop tenants with tenant name, premises and monthly rent",
        "Track regiments with regiment name and barracks",
    ],
)
def test_a_plural_only_place_noun_is_never_read_as_a_count(request_text: str) -> None:
    types = {a.name: str(a.type) for e in read(request_text).entities for a in e.attributes}
    place = next(n for n in ("chambers", "premises", "barracks") if n in types)
    assert types[place] == "str"


def test_a_plural_of_things_a_record_holds_is_still_a_count() -> None:
    assert accepted("Track guest houses with house name, bedrooms and address") == [
        "GuestHouse(house_name:str,bedrooms:int,address:str)"
    ]


# --- a compound ending in a frame word is a record on either side of a link ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each visitor belongs to one camp site", ["Visitor() many_to_one>CampSite"]),
        ("Every loan application belongs to one branch", ["LoanApplication() many_to_one>Branch"]),
        ("Each cohort belongs to one degree programme", ["Cohort() many_to_one>DegreeProgramme"]),
    ],
)  # fmt: skip
def test_a_compound_ending_in_a_frame_word_is_kept_whole_in_a_link(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == expected
