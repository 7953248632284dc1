"""Field lists and who owns a field: a reading that may have dropped, merged or moved a field,
or put a value in a thing's place, asks rather than being accepted wrong.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a rule said in parentheses after a field keeps that field and the ones
after it; a unit before a number type says which number; a removal refused or only wondered
about is never carried out; a value's words owning a link, a place written as a name that the
reading lost, or something a thing needs done, ask; and the counterparts stay read as before.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


def _asked(request_text: str) -> bool:
    return read(request_text).status == "needs_clarification"


# --- a rule in parentheses is said of its field; the list goes on after it ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Lodger with name, bank card (never printed) and email",
         ["Lodger(name:str,bank_card:str,email:email)"]),
        ("Create Cyclist with name, licence (must be renewed yearly) and team",
         ["Cyclist(name:str,licence:str,team:str)"]),
        ("Add title, price (in cents, never below zero) and stock to Gadget",
         ["Gadget(title:str,price:decimal,stock:int)"]),
        ("Create Subscriber with name, email (must be unique) and city",
         ["Subscriber(name:str,email:email,city:str)"]),
    ],
)  # fmt: skip
def test_a_rule_in_parentheses_keeps_its_field_and_the_fields_after_it(
    request_text: str, expected: list[str]
) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert accepted(request_text, intent) == expected


def test_the_rule_in_parentheses_is_kept_as_a_business_rule() -> None:
    result = read("Create Lodger with name, bank card (never printed) and email")
    assert "never printed" in result.business_rules


def test_only_if_known_in_parentheses_still_marks_the_field_optional() -> None:
    assert accepted("Create Rider with name, helmet size (only if known) and phone") == [
        "Rider(name:str,helmet_size:str?,phone:str)"
    ]


# --- a unit or a scale's initials before a number type ------------------------------------------
def test_a_scale_before_number_in_parentheses_types_the_field() -> None:
    assert accepted("Create Cider with name, sweetness (Brix, number), colour (SRM, number)") == [
        "Cider(name:str,sweetness:float,colour:float)"
    ]


def test_a_word_before_number_that_is_no_unit_does_not_make_a_float() -> None:
    assert accepted("Create Agent with name, phone (office, number) and email") == [
        "Agent(name:str,phone:str,email:email)"
    ]


# --- "the X required field" names a yes/no, not a marker ----------------------------------------
def test_required_before_field_is_part_of_the_name_removed() -> None:
    assert accepted("Remove the permit required field from Excursion", Intent.REMOVE_FIELDS) == [
        "Excursion(permit_required:str)"
    ]


# --- a run-on list: a date said with what was done, a postcode ends its field -------------------
def test_a_date_and_what_was_done_stay_one_field_in_a_run_on_list() -> None:
    assert shape(read("log window cleans with address postcode date done fee")) == [
        "WindowClean(address:str,postcode:str,date_done:date,fee:decimal)"
    ]


# --- removals refused or wondered about are asked -----------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "the pager on Nurse is useless, but never remove it",
        "the fax on Vendor is old, just don't delete it",
        "the Locker entity could do without the colour field?",
        "Kennel could do without its notes?",
    ],
)
def test_a_removal_refused_or_only_wondered_about_is_asked(request_text: str) -> None:
    assert _asked(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "can you remove the pager from Nurse?",
        "could we please drop the colour field from Locker?",
        "is it possible to delete notes from Kennel?",
        "remove the pager from Nurse",
    ],
)
def test_a_removal_asked_for_as_a_question_is_still_read(request_text: str) -> None:
    assert read(request_text).status == "recognized"
    assert read(request_text).intent is Intent.REMOVE_FIELDS


# --- who owns a value or a change ---------------------------------------------------------------
def test_a_value_owning_a_link_is_asked() -> None:
    assert _asked("Each expiry date belongs to one permit")


def test_a_thing_owning_a_link_is_still_read() -> None:
    assert accepted("Each parcel belongs to one courier", Intent.ADD_RELATIONSHIP) == [
        "Parcel() many_to_one>Courier"
    ]


def test_a_mark_carried_by_a_thing_is_a_field_not_a_link() -> None:
    intent, got = reading("Crates should carry a batch mark")
    assert intent is Intent.ADD_FIELDS
    assert got == ["Crate(batch_mark:str)"]


def test_a_change_on_a_place_written_as_a_name_the_reading_lost_is_asked() -> None:
    assert _asked("the glove size should be a whole number, please change that on Ice Rink")


def test_two_changes_on_two_named_things_in_one_list_are_asked() -> None:
    assert _asked("Add colour to Kite and length to String")


def test_a_change_on_the_named_thing_is_still_read() -> None:
    assert accepted("the shoe size should be a whole number on Climber", Intent.MODIFY_FIELDS)


def test_something_a_thing_needs_done_is_no_field() -> None:
    assert _asked("The canoes could do with varnishing")


def test_a_value_a_thing_could_do_with_is_still_added() -> None:
    assert accepted("The canoes could do with a paddle count field", Intent.ADD_FIELDS) == [
        "Canoe(paddle_count:int)"
    ]


# --- a thing named without fields after two lists of things -------------------------------------
def test_people_named_after_two_lists_of_things_are_asked_about_not_a_field() -> None:
    result = read("We need dishes with name and price, tables with number and seats, and waiters")
    assert result.status == "needs_clarification"
    assert "waiters" not in {a.name for e in result.entities for a in e.attributes}


def test_a_value_after_two_lists_of_things_stays_a_field() -> None:
    assert accepted(
        "We need dishes with name and price, tables with number, seats, and a notes field"
    ) == ["Dish(name:str,price:decimal)", "Table(number:str,seats:int,notes:str)"]


# --- more of what a list says inside it ----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Concert with title, doors (date/time), curfew (date/time), promoter",
         ["Concert(title:str,doors:datetime,curfew:datetime,promoter:str)"]),
        ("Create Login with username, secret (hashed) and email",
         ["Login(username:str,secret:str,email:email)"]),
        ("Create Cabin with number, pets allowed? (y/n), beds",
         ["Cabin(number:str,pets_allowed:bool,beds:int)"]),
        ("Create Voucher with holder, value, and, if known, expiry date",
         ["Voucher(holder:str,value:str,expiry_date:date?)"]),
        ("Create Pupil with name, form, and, of course, email",
         ["Pupil(name:str,form:str,email:email)"]),
        ("Create Machine with serial, uptime %, and location",
         ["Machine(serial:str,uptime:float,location:str)"]),
    ],
)  # fmt: skip
def test_what_is_said_inside_a_list_neither_adds_nor_drops_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_tables_heading_over_bullets_names_no_thing() -> None:
    assert accepted("Tables:\n- Berth: code, length\n- Yacht: name, owner") == [
        "Berth(code:str,length:float)",
        "Yacht(name:str,owner:str)",
    ]


def test_a_label_line_read_into_another_entitys_field_names_is_asked() -> None:
    assert _asked("Entities:\n- Depot\n- Drop: address, signed for by")


def test_as_well_as_between_two_named_things_adds_to_both() -> None:
    assert accepted("Add website to Charity as well as Sponsor", Intent.ADD_FIELDS) == [
        "Charity(website:str)",
        "Sponsor(website:str)",
    ]


def test_required_before_field_is_part_of_the_name_made_optional() -> None:
    assert accepted(
        "Make the permit required field optional on Excursion", Intent.MODIFY_FIELDS
    ) == ["Excursion(permit_required:str?)"]


def test_a_refusal_in_the_talk_around_a_removal_is_still_heard() -> None:
    assert _asked("the pager on Porter is ancient but we shouldn't remove it")


def test_would_it_be_possible_to_remove_is_an_ask() -> None:
    result = read("Would it be possible to remove the pager from Porter?")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS)


def test_a_word_before_number_that_names_a_field_keeps_two_fields() -> None:
    # the counterpart: "(species, number)" lists what a group of fields holds
    assert shape(read("Track aquariums with name and coral (species, number)")) == [
        "Aquarium(name:str)",
        "Coral(species:str,number:str)",
    ]
