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


# --- "Track X with …. Each one is for exactly one Y.": the link of the thing created ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We want to keep minibus bookings with driver name, pickup time and seats. Each one "
         "is for exactly one outing.",
         ["MinibusBooking(driver_name:str,pickup_time:datetime,seats:int) many_to_one>Outing"]),
        ("Track raffle prizes with description and value. Each one belongs to one raffle.",
         ["RafflePrize(description:str,value:str) many_to_one>Raffle"]),
        # counterparts: many, and no count at all (no link read)
        ("Track raffle prizes with description and value. Each one is for many raffles.",
         ["RafflePrize(description:str,value:str) many_to_many>Raffle"]),
    ],
)  # fmt: skip
def test_each_one_is_for_one_thing_links_the_thing_created(
    request_text: str, expected: list
) -> None:
    result = read(request_text)
    assert result.intent == Intent.CREATE_ENTITY
    assert shape(result) == expected


# --- "a new members welcome flag": "new" before a plural inside the name is the plural's -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Shelter entity with name and a new arrivals welcome flag",
         ["Shelter(name:str,new_arrivals_welcome:bool)"]),
        ("Add a new members count to the Club entity", ["Club(new_members_count:int)"]),
        # counterparts: "new" before the field itself, and a plural that is the head
        ("Add a new phone number to Tenant", ["Tenant(phone_number:str)"]),
        ("Add a new notes field to the Hall entity", ["Hall(notes:str)"]),
    ],
)  # fmt: skip
def test_new_before_a_plural_in_a_name_stays(request_text: str, expected: list) -> None:
    assert shape(read(request_text)) == expected


# --- "Drop the table field from X": a schema word named as a field of a named thing ----------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Remove the model column from the Bike entity.", Intent.REMOVE_FIELDS,
         ["Bike(model_value:str)"]),
        ("Drop the table number field from Booth.", Intent.REMOVE_FIELDS,
         ["Booth(table_number:str)"]),
        # counterparts: the schema word marks the thing itself
        ("Remove the Booth table.", Intent.REMOVE_ENTITY, ["Booth()"]),
        ("drop the raffle tickets table", Intent.REMOVE_ENTITY, ["RaffleTicket()"]),
    ],
)  # fmt: skip
def test_a_schema_word_named_as_a_field_is_that_field(
    request_text: str, intent: Intent, expected: list
) -> None:
    result = read(request_text)
    assert result.intent == intent
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


# --- "The summer fete is over, so the Fete entity can go": the entity marked is cut as marked -
@pytest.mark.parametrize(
    ("request_text", "status"),
    [
        # read right and asked: the role model (roles.py) doubts "fete" said twice
        ("The summer fete has finished, so the Fete entity can go.", "needs_clarification"),
        # counterpart: nothing marks which words are the name
        ("The summer fete has finished, so the fetes can go.", "needs_clarification"),
    ],
)
def test_a_modifier_said_of_one_thing_does_not_doubt_the_entity_marked(
    request_text: str, status: str
) -> None:
    result = read(request_text)
    assert result.status == status
    if status == "recognized":
        assert result.intent == Intent.REMOVE_ENTITY
        assert shape(result) == ["Fete()"]


# --- "a needs PAT test flag", "a needs repair flag": a yes/no item of the list ---------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track kettles with a name and a needs repair flag",
         ["Kettle(name:str,needs_repair:bool)"]),
        ("Keep heaters with a location and a PAT test flag",
         ["Heater(location:str,pat_test:bool)"]),
        ("Track ladders with a name, a barcode and a needs safety test flag",
         ["Ladder(name:str,barcode:str,needs_safety_test:bool)"]),
        # counterparts: a thing that needs fields, and a line about the code's tests
        ("Track vans with a plate; drivers need a name and a licence",
         ["Van(plate:str)", "Driver(name:str,licence:str)"]),
    ],
)  # fmt: skip
def test_a_yes_no_item_named_with_needs_or_test_stays_an_item(
    request_text: str, expected: list
) -> None:
    result = read(request_text)
    assert sorted(shape(result)) == sorted(expected)


def test_a_line_about_the_tests_is_still_no_field() -> None:
    result = read("Track kettles with a name and a colour. Write tests for the flag handling.")
    assert shape(result) == ["Kettle(name:str,colour:str)"]


# --- "Going forward I'd like to store, for each litter picker, the name, …" --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I'd like to record, for each beach cleaner, the name, the phone and a glove size.",
         ["BeachCleaner(name:str,phone:str,glove_size:str)"]),
        ("Going forward we'd like to keep, for each pantry shift, the date, the lead and "
         "the site.", ["PantryShift(date_value:date,lead:str,site:str)"]),
        ("From now on I want to store, for each helper, the name, the phone and the email.",
         ["Helper(name:str,phone:str,email:email)"]),
        # counterpart: when said before a change, the change is read as before
        ("Going forward we want the phone on Helper to be optional.", ["Helper(phone:str?)"]),
    ],
)  # fmt: skip
def test_what_is_kept_for_each_thing_of_two_words(request_text: str, expected: list) -> None:
    assert shape(read(request_text)) == expected
