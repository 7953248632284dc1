"""Branch if14: families of the fresh-if batch (charities, volunteer and community groups),
each in our own wordings with a counterpart that keeps its reading.

- Things said in the plural after a kind of business keep their whole compound ("youth club
  volunteers" are YouthClubVolunteer, as "library members" are LibraryMember); before a
  singular head and a frame the business is the setting ("a youth club volunteer directory"
  keeps Volunteer), and so is a system word ("laundry service customers" are Customer).
- A second thought ("Actually, scratch the G") takes back a field of an add whose list ends
  with the thing it goes to ("add F and G to the X entity").
- "Each one is for exactly one Y" after a create links the thing created.
- "new" before a plural inside a field's name is the plural's ("a new arrivals welcome flag").
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, shape


# --- "youth club volunteers": the plural keeps its setting; "a … volunteer directory" does not -
@pytest.mark.parametrize(
    ("request_text", "intent", "name"),
    [
        ("Track youth club volunteers with name, phone and a first aid flag",
         Intent.CREATE_ENTITY, "YouthClubVolunteer"),
        ("Keep a list of choir society singers with name and voice part",
         Intent.CREATE_ENTITY, "ChoirSocietySinger"),
        ("Track bowls club fixtures with opponent, fixture date and home flag",
         Intent.CREATE_ENTITY, "BowlsClubFixture"),
        # counterparts: a singular head before its frame, and a capitalised entity
        ("Build a youth club volunteer directory with name, phone and a first aid flag",
         Intent.CREATE_ENTITY, "Volunteer"),
        ("Make a choir society singer register with name and voice part",
         Intent.CREATE_ENTITY, "Singer"),
        ("Add a shoe size to the youth club Member entity", Intent.ADD_FIELDS, "Member"),
        # a system word before the plural is the app or the business, not part of the name
        ("Track laundry service customers with name and address", Intent.CREATE_ENTITY,
         "Customer"),
    ],
)  # fmt: skip
def test_things_said_in_the_plural_keep_the_business_they_belong_to(
    request_text: str, intent: Intent, name: str
) -> None:
    result = read(request_text)
    assert result.intent == intent
    assert [e.name for e in result.entities] == [name]


# --- "add F and G to X. Actually, scratch the G": a second thought takes back an added field --
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Please add a locker number and a tabard size to each Steward. Actually scratch the "
         "tabard size, we stopped giving them out.", ["Steward(locker_number:str)"]),
        ("Add a start date and an end date on the Rota entity. Actually, forget the end date.",
         ["Rota(start_date:date)"]),
        # counterpart: a second sentence about the field that keeps it
        ("Please add a locker number and a tabard size to each Steward. Actually the tabard "
         "size is optional.", ["Steward(locker_number:str,tabard_size:str?)"]),
    ],
)  # fmt: skip
def test_a_second_thought_takes_an_added_field_back(request_text: str, expected: list) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == expected


# --- "Keep F on X but drop G": what stays, then the change ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep the phone on the Steward entity but remove the pager number.",
         ["Steward(pager_number:str)"]),
        ("Keep the email but drop the landline on Sponsor.", ["Sponsor(landline:str)"]),
        # counterpart: said the other way round, read the same
        ("Drop the landline from Sponsor but keep the email.", ["Sponsor(landline:str)"]),
    ],
)  # fmt: skip
def test_what_stays_said_before_a_removal_is_no_change(request_text: str, expected: list) -> None:
    result = read(request_text)
    assert result.intent == Intent.REMOVE_FIELDS
    assert shape(result) == expected
