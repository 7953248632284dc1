"""Requests the rules read nothing of (or left a thing out of), each family with near misses.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "on the Ticket entity the prio field is …" is a place, then its sentence, as with a
comma ("entity" stays with the name); "nit:" labels a review comment; a kind of stay with its
own fields ("GuestStay (…)") is a thing, not data that must stay; "I want that the system
keeps …" wishes what the system keeps; a bracketed item "needs cleaning yes/no" is a yes/no
field, no verb; a dash before "a batch goes in a single tank" starts the link; one short
sentence of English words no lexicon lists ("Highway inspectors visit road sections") is read,
not refused as another language; and "a venue hosts many tour dates" links to things that
happen on dates, while "several phone numbers" stay a list of values that is asked about.
Whose a club is ("the kids' football club") names no thing; "One thing - could we also store
…" labels the ask.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("on the Ticket entity the prio field is confusing, could we rename it to priority?",
         Intent.RENAME_FIELD, "Ticket(priority:str<prio)"),
        ("on the Ticket table the prio field is confusing, could we rename it to priority?",
         Intent.RENAME_FIELD, "Ticket(priority:str<prio)"),
        ("on the Kayak entity the hull colour should be optional",
         Intent.MODIFY_FIELDS, "Kayak(hull_colour:str?)"),
        ("for the Ferry entity the crossing time should be an integer",
         Intent.MODIFY_FIELDS, "Ferry(crossing_time:int)"),
        ("on Ticket `prio` is confusing, could we rename it to priority?",
         Intent.RENAME_FIELD, "Ticket(priority:str<prio)"),
    ],
)  # fmt: skip
def test_a_place_marked_as_an_entity_then_its_sentence(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert accepted(request_text, intent) == [expected]


def test_a_place_with_a_comma_reads_as_before() -> None:
    request_text = "On the Kayak entity, the hull colour should be optional"
    assert accepted(request_text, Intent.MODIFY_FIELDS) == ["Kayak(hull_colour:str?)"]


def test_a_review_nit_labels_the_comment() -> None:
    assert accepted(
        "nit: the prio field on Ticket reads weird, could we rename it to priority?",
        Intent.RENAME_FIELD,
    ) == ["Ticket(priority:str<prio)"]


def test_a_nit_heading_over_a_list_is_no_thing() -> None:
    assert "Nit" not in "".join(reading("Nit: name, colour, size")[1])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need two new things: Kennel (run code, heated) and GuestStay (check-in date, "
         "price per night). Each guest stay belongs to one kennel.",
         ["Kennel(run_code:str,heated:bool)",
          "GuestStay(check_in_date:date,price_per_night:decimal) many_to_one>Kennel"]),
        ("Create HotelStay (guest name, nights, total)",
         ["HotelStay(guest_name:str,nights:int,total:decimal)"]),
    ],
)  # fmt: skip
def test_a_kind_of_stay_with_its_fields_is_a_thing(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_data_that_must_stay_is_still_no_thing() -> None:
    asked("Data must stay (as it is) for ten years")
    asked("Every record stays in the archive")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want that the system keeps the drivers (name, phone) and the vans (plate, seats).",
         ["Driver(name:str,phone:str)", "Van(plate:str,seats:int)"]),
        ("We would like that the system keeps the boats (name, length) and the moorings "
         "(code, fee).",
         ["Boat(name:str,length:float)", "Mooring(code:str,fee:decimal)"]),
    ],
)  # fmt: skip
def test_a_wish_that_the_system_keeps_things(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_wish_that_the_system_is_fast_names_nothing() -> None:
    asked("I want that the system is fast")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track boats (name, needs service yes/no)", ["Boat(name:str,needs_service:bool)"]),
        ("Track patients (name, needs interpreter yes/no, language)",
         ["Patient(name:str,needs_interpreter:bool,language:str)"]),
        ("We need costumes (costume code, fabric, needs cleaning yes/no) and fittings "
         "(fitting date, actor).",
         ["Costume(costume_code:str,fabric:str,needs_cleaning:bool)",
          "Fitting(fitting_date:date,actor:str)"]),
    ],
)  # fmt: skip
def test_a_bracketed_needs_item_marked_yes_no_is_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_needs_item_without_a_yes_no_mark_is_not_read_the_new_way() -> None:
    asked("Track boats (name, needs service)")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("set up batches (beer name, brew date) and tanks (code, capacity) asap - a batch "
         "goes in a single tank",
         ["Batch(beer_name:str,brew_date:date) many_to_one>Tank", "Tank(code:str,capacity:int)"]),
        ("Keep hens (name, breed) asap - each hen lives in one coop",
         ["Hen(name:str,breed:str) many_to_one>Coop"]),
    ],
)  # fmt: skip
def test_a_dash_before_a_counted_link_starts_the_link(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_dash_before_a_sentence_with_no_count_links_nothing() -> None:
    result = read("track boats with name and length - a boat is nice")
    assert all(not e.relationships for e in result.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Highway inspectors visit road sections",
         "HighwayInspector() many_to_many>RoadSection"),
        ("Midwives visit expectant mothers", "Midwife() many_to_many>ExpectantMother"),
    ],
)  # fmt: skip
def test_a_short_sentence_of_english_words_is_read(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Lorem ipsum dolor sit amet consectetur",
        "Ich brauche ein System für meine Kunden",
        "Quiero un sistema para mis clientes y pedidos",
        "Beekeepers inspect hives and harvest honey",
    ],
)
def test_other_languages_and_two_verbs_are_still_asked(request_text: str) -> None:
    asked(request_text)


def test_a_long_unfinishable_place_is_asked() -> None:
    asked(("on the Ticket entity " + "a " * 9990)[:19990] + "x")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A venue hosts many tour dates", "Venue() many_to_many>TourDate"),
        ("A stadium hosts many match days", "Stadium() many_to_many>MatchDay"),
    ],
)  # fmt: skip
def test_things_held_on_dates_are_linked(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "A member can have several phone numbers",
        "A form collects many email addresses",
        "A campaign has many send dates",
    ],
)
def test_many_values_are_still_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The kids' football club wants players with name, date of birth and shirt number",
         ["Player(name:str,date_of_birth:date,shirt_number:str)"]),
        ("the farmers' market needs stalls with pitch number and trader name",
         ["Stall(pitch_number:str,trader_name:str)"]),
    ],
)  # fmt: skip
def test_whose_club_it_is_names_no_thing(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_a_plural_possessive_before_its_values_is_kept_as_before() -> None:
    assert accepted("our members' details: name, email, phone") == [
        "Member(name:str,email:email,phone:str)"
    ]


def test_one_thing_before_a_dash_labels_the_ask() -> None:
    assert accepted(
        "The Cabinet entity works great. One thing - could we also store the hinge type and "
        "the door count?",
        Intent.ADD_FIELDS,
    ) == ["Cabinet(hinge_type:str,door_count:int)"]


def test_one_thing_with_a_list_and_no_owner_is_asked() -> None:
    asked("One thing - name, colour and size")
