"""Readings that were accepted wrong (precision), each family with counterparts kept.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a removal said after what stays ("On the Kiln entity keep the name, but the pager
can go") removes only that field; "how many seats there are" is a count of seats; the values
of one field in brackets ("(left/right arm)") name no path; "also" before a counted link
("Each Kiln also has one fuel tank") still links; a title naming people ("Team & rider
setup") links nothing; a field note inside a thing's field group ("kilns (name (text),
fuel)") keeps the group; "as" types a field, never links; a place that keeps machines "for
our tractors" keeps tractors; "Kennel record update" titles the work; and "keep the ponies in
a computer, not on paper" asks for ponies.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On the Kiln entity keep the name, but the pager can go.", "Kiln(pager:str)"),
        ("For the Barge entity, keep the hull number but drop the radio call sign.",
         "Barge(radio_call_sign:str)"),
        ("In Tenant keep the email, but the fax can go.", "Tenant(fax:str)"),
    ],
)  # fmt: skip
def test_owner_said_first_then_what_stays_then_the_removal(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


def test_the_removal_after_what_stays_said_last_is_kept() -> None:
    assert accepted("Keep the email on Grower, but the phone can go", Intent.REMOVE_FIELDS) == [
        "Grower(phone:str)"
    ]


def test_a_whole_entity_that_can_go_is_still_removed() -> None:
    assert reading("The Kiln entity can go.") == (Intent.REMOVE_ENTITY, ["Kiln()"])


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("For each kayak I'd want the colour, how many seats there are and the price.", "seats"),
        ("Greenhouses with a name and how many benches there are", "benches"),
        ("Track ferries: name, how many decks there are, launch date", "decks"),
    ],
)
def test_how_many_things_there_are_is_a_count_of_them(request_text: str, field: str) -> None:
    (entity,) = accepted(request_text)
    assert f"{field}:int" in entity and "there" not in entity, entity


def test_how_many_they_have_keeps_its_reading() -> None:
    (entity,) = accepted("Cottages with a name and how many rooms they have")
    assert "rooms:int" in entity, entity


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Track jabs with batch code, side (left/right arm) and given at", "side"),
        ("Gates with code, entrance (front/back door) and locked yes/no", "entrance"),
        ("Dorms with name, block (east/west wing) and beds", "block"),
    ],
)
def test_two_values_of_a_thing_in_brackets_annotate_one_field(
    request_text: str, field: str
) -> None:
    (entity,) = accepted(request_text)
    assert f"{field}:str" in entity, entity


def test_values_in_brackets_without_a_thing_still_annotate() -> None:
    (entity,) = accepted("Tickets with title and priority (low/medium/high)")
    assert "priority:str" in entity, entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each Kiln also has one fuel tank.", "Kiln() many_to_one>FuelTank"),
        ("Every Barge also belongs to one marina.", "Barge() many_to_one>Marina"),
        ("Each Trailer also has exactly one hitch.", "Trailer() many_to_one>Hitch"),
    ],
)
def test_also_before_a_counted_link_still_links(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_also_has_a_thing_uncounted_is_still_a_field() -> None:
    assert reading("Each Kiln also has a fuel tank.") == (
        Intent.ADD_FIELDS,
        ["Kiln(fuel_tank:str)"],
    )


@pytest.mark.parametrize(
    "title",
    ["Team & rider setup", "Band & player roster", "Crew & driver setup"],
)
def test_a_title_naming_people_links_nothing(title: str) -> None:
    first = title.split()[0]
    second = title.split()[2].capitalize()
    request = f"{title}\nEntities:\n{first}\n  - name\n{second}\n  - name\n  - phone"
    _, shape = reading(request)
    assert all(">" not in entity for entity in shape), shape


def test_a_verb_form_still_links() -> None:
    assert accepted("A rider rides one horse", Intent.ADD_RELATIONSHIP) == [
        "Rider() many_to_one>Horse"
    ]


@pytest.mark.parametrize(
    ("request_text", "first"),
    [
        (
            "Track kilns (name (text), fuel) and firings (fired at, peak temperature); every "
            "firing is in exactly one kiln.",
            "Kiln(name:str,fuel:str)",
        ),
        ("Log hives (hive code (text), apiary) and inspections (inspected at, notes)",
         "Hive(hive_code:str,apiary:str)"),
        ("Record vans (plate (text), seats) and drivers (name, phone)",
         "Van(plate:str,seats:int)"),
    ],
)  # fmt: skip
def test_a_field_note_inside_a_things_group_keeps_the_group(request_text: str, first: str) -> None:
    _, shape = reading(request_text)
    assert first in shape, shape


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("PlanStep(order (integer), exercise name)", "PlanStep"),
        ("Create Route(origin, destination)", "Route"),
        ("ListEntry(position (integer), label)", "ListEntry"),
    ],
)
def test_a_name_written_as_one_word_is_no_verb(request_text: str, name: str) -> None:
    (entity,) = accepted(request_text)
    assert entity.startswith(f"{name}("), entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hives: frames as an integer", "Hive(frames:int)"),
        ("Kilns: peak temperature as a decimal.", "Kiln(peak_temperature:decimal)"),
        ("Barges: length as a whole number", "Barge(length:int)"),
    ],
)
def test_one_field_as_a_type_changes_its_type(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_a_list_with_a_typed_field_still_creates() -> None:
    assert accepted("Hives: name, frames as an integer") == ["Hive(name:str,frames:int)"]


def test_a_link_said_plainly_still_links() -> None:
    assert accepted("Each frame sits in one hive", Intent.ADD_RELATIONSHIP) == [
        "Frame() many_to_one>Hive"
    ]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Build a farm database for our tractors: fleet number, last service date.", "Tractor"),
        ("I want a workshop app for our lathes: serial number, last oiled date", "Lathe"),
        ("Set up a hangar system for our gliders: registration, last inspection date", "Glider"),
    ],
)
def test_a_place_keeping_machines_for_our_things_keeps_the_things(
    request_text: str, name: str
) -> None:
    (entity,) = accepted(request_text)
    assert entity.startswith(f"{name}("), entity


def test_a_register_for_our_people_keeps_what_is_registered() -> None:
    (entity,) = accepted("a laptop register for our staff with serial number and model")
    assert entity.startswith("Laptop("), entity


@pytest.mark.parametrize(
    ("title", "entity", "fields"),
    [
        ("Kennel record update", "Kennel", "run_length:float?,heated:bool"),
        ("Hive record changes", "Hive", "run_length:float?,heated:bool"),
        ("Boat records cleanup", "Boat", "run_length:float?,heated:bool"),
    ],
)
def test_a_title_of_work_on_the_records_is_no_field(title: str, entity: str, fields: str) -> None:
    request = (
        f"{title}\n\nRequirements:\n- Add to the {entity} entity:\n  - run length (optional)\n"
        "  - heated yes/no"
    )
    assert accepted(request, Intent.ADD_FIELDS) == [f"{entity}({fields})"]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "Hello. We are a small riding school and I would like to keep the ponies in a "
            "computer, not on paper. Please store the name, the height and the date of birth "
            "of each pony. Thanks",
            "Pony",
        ),
        (
            "I want to keep the riders on the computer instead of in the notebook. Please "
            "store the name and the phone number of each rider.",
            "Rider",
        ),
        (
            "We'd like to keep our boats in the system rather than on cards. Please store the "
            "name and the length of each boat.",
            "Boat",
        ),
    ],
)
def test_kept_on_a_computer_not_on_paper_asks_for_the_things(request_text: str, name: str) -> None:
    (entity,) = accepted(request_text)
    assert entity.startswith(f"{name}("), entity


def test_things_kept_somewhere_else_than_paper_are_not_created() -> None:
    intent, _ = reading(
        "We keep the ponies in a barn, not in a field. Please add the height of each pony."
    )
    assert intent == Intent.ADD_FIELDS


@pytest.mark.parametrize(
    ("request_text", "fields"),
    [
        ("i need a band member list with name instrument phone and a paid flag",
         {"instrument", "phone"}),
        ("lessons with subject date price and paid yes or no", {"subject", "date_value"}),
        ("prints for the shop with title artist year and frame colour", {"artist", "year"}),
    ],
)  # fmt: skip
def test_a_field_of_its_own_ends_a_name_in_a_list_without_commas(
    request_text: str, fields: set[str]
) -> None:
    (entity,) = accepted(request_text)
    names = {item.split(":")[0] for item in entity.split("(", 1)[1].rstrip(")").split(",")}
    assert fields <= names, entity


def test_a_name_that_opens_with_such_a_word_stays_whole() -> None:
    (entity,) = accepted("Paintings with artist name, artist fee and title")
    assert "artist_name:str" in entity and "artist_fee:decimal" in entity, entity


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("could you set up something for my candle stall, candles with name, scent and price",
         "Candle"),
        ("cud u set up something for my jam stall, jams w name, fruit, jar size and price thx",
         "Jam"),
        ("I need a tool for our flower shop, bouquets with name, size and price", "Bouquet"),
    ],
)  # fmt: skip
def test_things_with_fields_after_the_place_named_are_what_it_keeps(
    request_text: str, name: str
) -> None:
    (entity,) = accepted(request_text)
    assert entity.startswith(f"{name}("), entity


def test_the_place_with_its_own_fields_is_still_the_thing() -> None:
    (entity,) = accepted("Make an app for our bike shops with name and city")
    assert entity.startswith("BikeShop("), entity
