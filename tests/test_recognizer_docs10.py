"""Requirement documents in five voices: chat messages with bullets, developers' specs, formal
"shall" clauses, beginners' wish lists and shop owners' notes.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: a title, a section heading or a remark on a line heads the list under
it the way the writer meant, constraint lines stay business rules, and a reading that may be
wrong asks rather than being taken.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
from tests.support.recognition import read, read_right, reading, shape


# --- removals listed under a line that names the entity -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Changes to the Dog entity:\n- remove microchip id\n- remove vet name",
         ["Dog(microchip_id:str,vet_name:str)"]),
        ("Tidy up: Horse table\n- DROP stable_code\n- DROP groom_pager",
         ["Horse(stable_code:str,groom_pager:str)"]),
        ("Changes for the Kiln:\n1. remove the shelf code\n2. remove the vent size",
         ["Kiln(shelf_code:str,vent_size:str)"]),
    ],
)  # fmt: skip
def test_removals_listed_under_a_named_entity_are_its_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_removals_under_work_on_a_thing_are_its_fields() -> None:
    # "Tidy-up for the Horse thing" names the thing the work is done on: the fields are its,
    # never removed from the tidy-up nor read as a Horse to create
    assert read_right(
        "Tidy-up for the Horse thing:\n- remove stable code\n- remove groom pager",
        Intent.REMOVE_FIELDS,
    ) == ["Horse(stable_code:str,groom_pager:str)"]


def test_removals_whose_owner_is_not_written_are_asked() -> None:
    # "Tidy-up for the app" names no thing: the removals are asked, never done to the app
    result = read("Tidy-up for the app:\n- remove stable code\n- remove groom pager")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("remove the Invoice entity", (Intent.REMOVE_ENTITY, ["Invoice()"])),
        ("On Dog, remove microchip id and vet name",
         (Intent.REMOVE_FIELDS, ["Dog(microchip_id:str,vet_name:str)"])),
    ],
)  # fmt: skip
def test_removals_that_name_their_owner_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- titles and section headings with a remark -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Bike racks - what we need\n- location\n- capacity (int)\n- must work on my phone",
         ["BikeRack(location:str,capacity:int)"]),
        ("Kiln log - v2\nFields:\n- name\n- max temp (int)", ["Kiln(name:str,max_temp:int)"]),
        ("Parcels - reqs from Priya\n- tracking code\n- weight (number)\n- delivered (yes/no)",
         ["Parcel(tracking_code:str,weight:float,delivered:bool)"]),
    ],
)  # fmt: skip
def test_a_title_with_a_remark_heads_its_list(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_title_with_a_remark_over_lists_of_things_heads_none_of_them() -> None:
    # the items give things their own lists: the title names the document, not a thing
    assert reading(
        "Street market - what we need\n- Traders: name, phone\n- Pitches: code, size (int)"
    ) == (Intent.CREATE_ENTITY, ["Trader(name:str,phone:str)", "Pitch(code:str,size:int)"])


@pytest.mark.parametrize(
    "request_text",
    [
        "Plant log\n\nEach plant has:\n  species\n  planted on (date)\n\n"
        "Constraints (from my sister):\n  - keep it simple\n  - should run on a laptop",
        "Plant log\n\nEach plant has:\n  species\n  planted on (date)\n\n"
        "Technical stuff:\n  - use whatever database is easiest\n  - back it up weekly",
        "Plant log\n\nEach plant has:\n  species\n  planted on (date)\n\n"
        "Other:\n  - must be GDPR ok\n  - print nicely",
    ],
)
def test_a_section_heading_names_nothing(request_text: str) -> None:
    assert read_right(request_text) == ["Plant(species:str,planted_on:date)"]


def test_a_heading_in_brackets_still_heads_its_list() -> None:
    assert read_right("Hives (the wooden ones):\n- code\n- built on (date)") == [
        "Hive(code:str,built_on:date)"
    ]


# --- what is kept per record, said over the list -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("For each pony we need:\n- name\n- height (int)", ["Pony(name:str,height:int)"]),
        ("For every kiln I want to track:\n- name\n- max temp (int)",
         ["Kiln(name:str,max_temp:int)"]),
        ("Choir\n\nwhat we need kept for every singer:\n- full name\n- voice part",
         ["Singer(full_name:str,voice_part:str)"]),
        ("Kennel bookings - v3\nNeed:\n- dog name\n- check in (date)\nOther:\n- print receipts",
         ["KennelBooking(dog_name:str,check_in:date)"]),
    ],
)  # fmt: skip
def test_a_header_saying_what_each_record_keeps_heads_the_list(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert shape(result) == expected


def test_a_header_naming_the_thing_keeps_its_reading() -> None:
    assert read_right("For each pony:\n- name\n- height (int)") == ["Pony(name:str,height:int)"]


# --- a thing listed without fields beside a link to it ----------------------------------------
def test_a_thing_listed_alone_beside_a_link_is_asked() -> None:
    result = read(
        "Allotments - what we need\n- Plot holders: name, phone, plot fee\n- Sheds\n"
        "- Each plot holder has one shed"
    )
    assert result.status == "needs_clarification"
    assert "attributes" in result.missing


def test_a_link_to_a_thing_not_listed_keeps_its_reading() -> None:
    assert read_right("Sellers\n- name\n- phone\n- each seller has one booth") == [
        "Seller(name:str,phone:str) many_to_one>Booth"
    ]


# --- constraint lines that are no fields -----------------------------------------------------
def test_a_possessive_before_a_word_that_is_also_a_verb_names_no_field() -> None:
    # "the Board's records policy": "records" is a noun after the possessive, not "X records Y"
    assert read_right(
        "Each Grant must record: reference, amount (money).\n"
        "The Grant register shall be subject to the Board's records retention policy."
    ) == ["Grant(reference:str,amount:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "kind"),
    [
        ("Lockers: code, key (the tag number on the hook)", AttrType.STR),
        ("Lockers: code, key (hook number)", AttrType.STR),
        ("Lockers: code, size (a number)", AttrType.FLOAT),
        ("Lockers: code, size (whole number)", AttrType.INT),
        ("Lockers: code, floor area (square metres, number)", AttrType.FLOAT),
    ],
)
def test_a_number_named_in_brackets_is_an_identifier(request_text: str, kind: AttrType) -> None:
    result = read(request_text)
    assert result.entities[0].attributes[-1].type is kind


# --- a title over things declared with their fields --------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Parish hall bookings\nRooms: name, capacity (int)\nHirers: name, phone\n"
         "Each hirer books one room",
         ["Room(name:str,capacity:int)", "Hirer(name:str,phone:str) many_to_one>Room"]),
        ("Allotment society admin\nPlots: code, size (number)\nTenants: name, email\n"
         "- keep the old plot list",
         ["Plot(code:str,size:float)", "Tenant(name:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_title_over_things_with_fields_names_the_document(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_single_word_over_things_with_fields_is_still_asked() -> None:
    # "Volunteers" alone may be one more thing to keep: asked, not taken as a title
    result = read("Volunteers\nShifts: date, start time\nTasks: name, site")
    assert result.status == "needs_clarification"
    assert "attributes" in result.missing


# --- "Entity: X" over a list ----------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Entity: Kennel Booking\n- dog name\n- check in (date)",
        "Kennels\n\nEntity: KennelBooking\n- dog name\n- check in (date)\n\n"
        "Other requirements:\n- must print receipts",
    ],
)
def test_a_line_naming_the_entity_heads_the_list_under_it(request_text: str) -> None:
    assert read_right(request_text) == ["KennelBooking(dog_name:str,check_in:date)"]


def test_a_named_block_with_fields_keeps_its_reading() -> None:
    assert read_right("entity: Kennel\nfields:\n  - name\n  - size (int)") == [
        "Kennel(name:str,size:int)"
    ]


# --- an index is how a table is searched, not a thing ----------------------------------------
def test_an_index_line_is_a_constraint() -> None:
    result = read(
        "Recipe model\n- title: string\n- servings: integer\n\nNotes:\n- index on title\n"
        "- unique index on slug\n- add an index on (servings, title)"
    )
    assert shape(result) == ["Recipe(title:str,servings:int)"]
    assert "index on title" in result.business_rules


def test_a_thing_called_an_index_card_keeps_its_reading() -> None:
    assert read_right("Index cards: word, meaning, learned (yes/no)") == [
        "IndexCard(word:str,meaning:str,learned:bool)"
    ]


# --- the currency money is shown in -----------------------------------------------------------
def test_a_line_saying_the_currency_of_prices_is_a_constraint() -> None:
    result = read("Cakes: name, price\n- All prices in GBP\n- Prices shown in pounds, 2 decimals")
    assert shape(result) == ["Cake(name:str,price:decimal)"]


def test_a_price_field_with_its_currency_keeps_its_reading() -> None:
    assert read_right("Products: name, price in USD, weight") == [
        "Product(name:str,price:decimal,weight:float)"
    ]


# --- who may see the data ----------------------------------------------------------------------
def test_keeping_data_private_is_a_constraint() -> None:
    result = read("Patients: name, phone\n- Keep patient notes confidential, only vets see them")
    assert shape(result) == ["Patient(name:str,phone:str)"]


def test_a_thing_whose_name_holds_such_a_word_keeps_its_reading() -> None:
    assert reading("Keep the safe codes: code, room") == (
        Intent.CREATE_ENTITY,
        ["SafeCode(code:str,room:str)"],
    )


# --- how people get in --------------------------------------------------------------------------
def test_a_line_saying_how_people_log_in_is_a_constraint() -> None:
    result = read("Repairs\n- device\n- fault\nNotes:\n- Technicians sign in with their own badge")
    assert shape(result) == ["Repair(device:str,fault:str)"]


def test_a_thing_about_logging_in_keeps_its_reading() -> None:
    assert read_right("Login attempts: user name, attempted at (datetime)") == [
        "LoginAttempt(user_name:str,attempted_at:datetime)"
    ]


# --- money in the currency of the shop ---------------------------------------------------------
@pytest.mark.parametrize("note", ["naira", "TT$", "in cedis", "KES", "₦"])
def test_a_currency_in_brackets_makes_money(note: str) -> None:
    result = read(f"Tailoring jobs: customer, quote ({note}), due date")
    assert result.entities[0].attributes[1].type is AttrType.DECIMAL


# --- a title's remark of names, and constraints said on one line --------------------------------
def test_who_the_document_is_for_and_its_constraints_name_nothing() -> None:
    result = read(
        "Tailoring orders - Bright & Sons, Accra\nFields for each order:\n  customer name\n"
        "  due date (date)\n  quote (cedis)\nConstraints: must print receipts; keep old orders"
    )
    assert shape(result) == ["TailoringOrder(customer_name:str,due_date:date,quote:decimal)"]


def test_a_thing_called_rules_keeps_its_fields() -> None:
    assert reading("Rules: name, points (int)") == (
        Intent.CREATE_ENTITY,
        ["Rule(name:str,points:int)"],
    )


# --- a heading over one field a line, with a remark and notes after a rule ---------------------
def test_a_heading_with_a_remark_over_field_lines_and_a_rule() -> None:
    assert read_right(
        "Kayaks (club boats)\nname\nlength (float)\nseat type\n--\nmust work on a tablet"
    ) == ["Kayak(name:str,length:float,seat_type:str)"]


def test_a_heading_over_field_lines_keeps_its_reading() -> None:
    assert read_right("Kayaks\nname\nlength (float)\nseat type") == [
        "Kayak(name:str,length:float,seat_type:str)"
    ]


# --- how names are written ----------------------------------------------------------------------
def test_keeping_names_in_one_case_is_a_style_not_a_thing() -> None:
    result = read(
        "Bird counts\n\nEach sighting has:\n- species\n- count (int)\n\n"
        "Please:\n- keep the column names lowercase\n- add tests"
    )
    assert shape(result) == ["Sighting(species:str,count:int)"]
