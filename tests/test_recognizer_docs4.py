"""Stories, documents, links and several things: ways of writing that were misread (branch
docs4).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "each/every dance class" counts lessons kept (DanceClass); nobody counts a code
class, so "class" there is no entity marker as it is in "the Customer class".
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As the gym owner I want to log each spin class with its title, trainer name and room",
         ["SpinClass(title:str,trainer_name:str,room:str)"]),
        ("We need to record every pottery class with a title and a fee",
         ["PotteryClass(title:str,fee:decimal)"]),
        ("track each swimming class with title, pool and start date",
         ["SwimmingClass(title:str,pool:str,start_date:date)"]),
    ],
)  # fmt: skip
def test_a_class_counted_with_each_is_a_thing_kept(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_class_counted_in_a_link_is_the_thing_of_the_list() -> None:
    result = read(
        "Create tutors (name, phone) and art classes (title, seats). Each art class has one tutor."
    )
    assert shape(result) == [
        "Tutor(name:str,phone:str)",
        "ArtClass(title:str,seats:int) many_to_one>Tutor",
    ]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Create a Customer class with name and email", Intent.CREATE_ENTITY,
         ["Customer(name:str,email:email)"]),
        ("Add a phone field to the Supplier class", Intent.ADD_FIELDS, ["Supplier(phone:str)"]),
        ("Track the Yoga Class entity with title and room", Intent.CREATE_ENTITY,
         ["YogaClass(title:str,room:str)"]),
        ("I want to record yoga classes with title and room", Intent.CREATE_ENTITY,
         ["YogaClass(title:str,room:str)"]),
    ],
)  # fmt: skip
def test_counterparts_of_a_counted_class_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("every application is for one vacancy", ["Application() many_to_one>Vacancy"]),
        ("each reviewer scores one application", ["Reviewer() many_to_one>Application"]),
        (
            "Requirements:\n1. Grant entity with: title, amount\n"
            "2. Application entity with: applicant name, email\n"
            "3. Each application belongs to one grant",
            ["Grant(title:str,amount:decimal)",
             "Application(applicant_name:str,email:email) many_to_one>Grant"],
        ),
    ],
)  # fmt: skip
def test_an_application_counted_is_a_record_it_links(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Link the application to users", "An application tracks orders"],
)
def test_the_application_built_is_no_end_of_a_link(request_text: str) -> None:
    assert read(request_text).intent != Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    "practice",
    [
        "Follow the team conventions for naming",
        "Keep to the house style for naming",
        "Use our usual approach to naming",
    ],
)
def test_a_requirement_about_naming_is_how_to_build(practice: str) -> None:
    request_text = f"Requirements:\n1. Kennel entity with: name, size (number)\n2. {practice}"
    assert accepted(request_text) == ["Kennel(name:str,size:float)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Naming fixes\n\n- rename Kennel to Pen", Intent.RENAME_ENTITY, ["Pen<Kennel()"]),
        ("Requirements:\n1. Kennel entity with: name, size (number)\n"
         "2. Each kennel belongs to one yard", Intent.CREATE_ENTITY,
         ["Kennel(name:str,size:float) many_to_one>Yard"]),
    ],
)  # fmt: skip
def test_counterparts_of_naming_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert reading(request_text) == (intent, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A party can have guests", ["Party() many_to_many>Guest"]),
        ("A tour can have visitors", ["Tour() many_to_many>Visitor"]),
        ("A coach has squads", ["Coach() many_to_many>Squad"]),
        ("A kennel has dogs", ["Kennel() many_to_many>Dog"]),
        ("An orchestra has players", ["Orchestra() many_to_many>Player"]),
    ],
)  # fmt: skip
def test_a_bare_plural_of_things_after_has_is_many_of_them(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A book has pages", ["Book(pages:int)"]),
        ("A post has comments", ["Post(comments:str)"]),
        ("Create a booking with date and guests", ["Booking(date_value:date,guests:int)"]),
        ("A booking has guests and a date", ["Booking(guests:int,date_value:date)"]),
    ],
)  # fmt: skip
def test_counts_and_values_after_has_stay_fields(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_one_after_has_stays_many_to_one() -> None:
    assert accepted("A kennel has one keeper", Intent.ADD_RELATIONSHIP) == [
        "Kennel() many_to_one>Keeper"
    ]
