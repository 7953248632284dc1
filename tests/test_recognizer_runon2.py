"""Run-on requests typed on a phone or dictated: where one statement ends and the next begins
when nobody wrote a full stop.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- "paddlers rent kayaks" after the lists: a statement of its own ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kayaks with name and length and paddlers with name and phone paddlers rent kayaks",
         ["Kayak(name:str,length:float)", "Paddler(name:str,phone:str) many_to_many>Kayak"]),
        ("beehives with location and queen age and keepers with name and phone keepers inspect"
         " beehives",
         ["Beehive(location:str,queen_age:int)",
          "Keeper(name:str,phone:str) many_to_many>Beehive"]),
    ],
)  # fmt: skip
def test_two_named_things_joined_by_a_plural_verb_after_their_lists_relate_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_plural_verb_towards_a_thing_never_named_stays_in_the_list() -> None:
    # "apples" were never listed as a thing: no relationship (and no entity) is made up
    result = read("orchards with name and area and pickers with name pickers harvest apples")
    assert not any(e.relationships for e in result.entities), shape(result)
    assert result.status == "needs_clarification"


def test_a_plural_verb_after_a_full_stop_reads_the_same() -> None:
    said_run_on = (
        "kayaks with name and length and paddlers with name and phone paddlers rent kayaks"
    )
    punctuated = (
        "kayaks with name and length and paddlers with name and phone. paddlers rent kayaks"
    )
    assert shape(read(said_run_on)) == shape(read(punctuated))


# --- a pasted header row: where the list came from is no part of the thing's name ----------
@pytest.mark.parametrize(
    "request_text",
    [
        "kennels - spreadsheet columns\nkennel number | run size | heated | last cleaned",
        "kennels header row: kennel number, run size, heated, last cleaned",
        "kennels (from the paper form): kennel number, run size, heated, last cleaned",
    ],
)
def test_where_a_list_was_pasted_from_is_not_part_of_the_name(request_text: str) -> None:
    assert [e.name for e in read(request_text).entities] == ["Kennel"]


def test_a_field_called_columns_after_a_list_is_kept() -> None:
    # "columns" after a list is one of the things' fields, not where the list came from
    fields = [
        a.name for e in read("temples with name, city and columns").entities for a in e.attributes
    ]
    assert fields == ["name", "city", "columns"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("ferries: Name, Hull Number, Passenger Limit, Date Of Launch",
         ["Ferry(name:str,hull_number:str,passenger_limit:str,date_of_launch:date)"]),
        ("ferries header row: Name | Hull Number | Passenger Limit | Date Of Launch",
         ["Ferry(name:str,hull_number:str,passenger_limit:str,date_of_launch:date)"]),
    ],
)  # fmt: skip
def test_a_header_row_in_title_case_lists_the_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_single_word_names_in_title_case_are_not_a_header_row() -> None:
    # "Cabin, Guest, Booking": names of things, kept as written (no header row of labels)
    from baes_tui.recognition.text import clean

    assert clean("Things: Cabin, Guest, Booking").text == "Things: Cabin, Guest, Booking"


# --- after a rename's new name, a subject and a verb open a sentence of their own ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can we rename bookings to reservations everybody here says reservations",
         ["Reservation<Booking()"]),
        ("rename moorings to berths we never say moorings anymore", ["Berth<Mooring()"]),
    ],
)  # fmt: skip
def test_talk_after_a_renames_new_name_is_not_part_of_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == expected


def test_a_subject_inside_the_old_name_stays_part_of_it() -> None:
    # "the boats we hire": a clause describing the old name, before "to"
    assert read_right("rename the boats we hire to vessels", Intent.RENAME_ENTITY) == [
        "Vessel<Boat()"
    ]


# --- "completely", "for good" at a change's end say how much, not which thing -------------
@pytest.mark.parametrize(
    "request_text",
    [
        "we no longer ring the tenants so please remove the landline from tenant entirely",
        "please take the landline off tenant completely",
        "drop the landline from tenant for good",
    ],
)
def test_an_adverb_of_degree_after_the_owner_is_not_part_of_its_name(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == ["Tenant(landline:str)"]


# --- "im a farrier and i need …": who the writer is, then what they need ------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "so im a farrier and i just need to log my shoeings the horse name the yard the fee and"
        " the shoeing date",
        "we are a tiny bakery and we need to keep orders the customer name the cake the price and"
        " the pickup date",
    ],
)
def test_an_introduction_then_and_i_need_reads_like_two_sentences(request_text: str) -> None:
    punctuated = request_text.replace(" and i just need", ". i just need").replace(
        " and we need", ". we need"
    )
    assert shape(read(request_text)) == shape(read(punctuated))
    assert read(request_text).intent == Intent.CREATE_ENTITY
    assert read(request_text).entities


def test_an_introduction_alone_keeps_its_and() -> None:
    # no "i/we need" after "and": one statement about the writer, nothing cut
    from baes_tui.recognition.text import clean

    said = "im a farrier and my brother shoes horses too"
    assert clean(said).text == said
