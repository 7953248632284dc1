"""Which entity and which intent a change said in talk is about (chg36).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a thing called "my Gecko thing", "the whole Rota thing" or "the couriers thing" is
that entity, as "the Gecko entity" is; "I set the price on Ticket as text but it should be a
decimal" changes the type of price on Ticket (what was done is the type it has, "set" is no
field); "a number (an integer)", "a number, i.e. an integer" is the integer the second word
narrows it to. What must not fire: "the same thing", "the whole thing", "one more thing", a
singular in lower case ("the booking thing"), a day's name ("the Easter thing"); a statement
of what was done with no ask after it; "room number" in a list; and a change the person says
they do not want ("I don't want the X entity deleted") is never accepted.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("the whole Rota thing can be deleted, we use paper again", Intent.REMOVE_ENTITY,
         ["Rota()"]),
        ("please rename the Kayak thing to Canoe", Intent.RENAME_ENTITY, ["Canoe<Kayak()"]),
        ("the Gecko thing needs a tank size too, can you add it", Intent.ADD_FIELDS,
         ["Gecko(tank_size:str)"]),
        ("on our Volunteers thing could the phone be optional", Intent.MODIFY_FIELDS,
         ["Volunteer(phone:str?)"]),
    ],
)  # fmt: skip
def test_a_thing_called_a_thing_in_talk_is_the_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we set the price on Ticket as text but it should be a decimal", "Ticket(price:decimal)"),
        ("I accidentally made the weight on Parcel an integer, it should be a float",
         "Parcel(weight:float)"),
        ("oops, i made length on my Snake thing a text but it should be a number",
         "Snake(length:float)"),
    ],
)  # fmt: skip
def test_the_type_someone_gave_a_field_is_the_type_it_has_not_a_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "change the duration on Lesson to a number (an integer)",
        "the mileage on Van should be a number, i.e. an integer",
        "the berths on Ferry should be a number?? like an integer i think",
    ],
)
def test_a_number_narrowed_to_an_integer_is_an_integer(request_text: str) -> None:
    (shape,) = accepted(request_text, Intent.MODIFY_FIELDS)
    assert shape.endswith(":int)"), shape


def test_a_number_in_a_field_list_is_not_narrowed() -> None:
    assert accepted("add a room number and a bed count (integer) to Hostel", Intent.ADD_FIELDS) == [
        "Hostel(room_number:str,bed_count:int)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "the whole thing is slow, can you add an index",
        "the booking thing is confusing, never mind",
        "is the Hamster thing done yet?",
        "my sister thing is a joke",
        "the same thing for Courier please",
        "I typed the notes on Visit as text and that is fine",
        "we made the Kiln thing last week",
    ],
)
def test_talk_about_things_reads_no_change(request_text: str) -> None:
    assert read(request_text).status != "recognized"


@pytest.mark.parametrize(
    "request_text",
    [
        "I don't want the Tournament entity deleted",
        "I don't want the Tournament thing deleted, just the prize field removed from it",
        "we don't want the Course entity renamed to Module after all",
        "I do not want the Locker table removed",
    ],
)
def test_a_change_the_person_does_not_want_is_never_accepted(request_text: str) -> None:
    assert read(request_text).status != "recognized"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I no longer want the fax on Supplier", "Supplier(fax:str)"),
        ("we don't want the fax on Supplier anymore", "Supplier(fax:str)"),
    ],
)
def test_no_longer_wanting_a_field_still_removes_it(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


def test_an_occasion_called_a_thing_is_no_entity() -> None:
    assert accepted(
        "the Easter thing is next week, please add a holiday flag to Shift", Intent.ADD_FIELDS
    ) == ["Shift(holiday:bool)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("There is a field called size on the Shoe entity. It's saving like text - can you make "
         "it an integer?", "Shoe(size:int)"),
        ("There is a field called width on the Shelf entity. It came out as text - could you "
         "change it to a number?", "Shelf(width:float)"),
    ],
)  # fmt: skip
def test_how_a_field_came_to_its_type_is_the_type_it_has(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    ["the photos came out as text", "the report came out as text and I printed it"],
)
def test_something_that_came_out_as_text_with_no_ask_changes_nothing(request_text: str) -> None:
    assert read(request_text).status != "recognized"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add fax back on suppliers", "Supplier(fax:str)"),
        ("please put the pager field back to Nurse", "Nurse(pager:str)"),
    ],
)
def test_back_says_the_field_was_there_before_not_its_name(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_back_inside_a_field_name_stays() -> None:
    assert accepted("add the back door code to Site", Intent.ADD_FIELDS) == [
        "Site(back_door_code:str)"
    ]


def test_what_people_say_and_nobody_says_backs_a_rename() -> None:
    assert accepted(
        "the staff all say trolley, nobody says cart. Rename the Cart entity to Trolley",
        Intent.RENAME_ENTITY,
    ) == ["Trolley<Cart()"]


def test_what_people_say_alone_asks_for_nothing() -> None:
    assert read("the porters all say trolley, nobody says cart").status != "recognized"


def test_ppl_is_people_in_a_reason_not_a_field() -> None:
    assert accepted(
        "length on snakes needs to be a number not text pls, ppl keep typing '2m'",
        Intent.MODIFY_FIELDS,
    ) == ["Snake(length:float)"]
