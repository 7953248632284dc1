"""Readings the lead fixed in the eleventh session: a quoted field name that holds a place word,
a field's type or required-ness said after a dash, a semicolon or "it", and "by" after a past
participle (who did it, not what the record is kept by).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import asked, read, read_right


@pytest.mark.parametrize(
    "request_text",
    [
        "Rename the field 'checked on' on Kennel to 'inspected on'",
        "Rename 'checked on' on Kennel to 'inspected on'",
        'rename the "checked on" field on Kennel to "inspected on"',
        "On Kennel rename 'checked on' to 'inspected on'",
        "Rename the field checked on on Kennel to inspected on",
    ],
)
def test_a_quoted_name_keeps_its_own_place_word(request_text: str) -> None:
    """ "'given on' on Vaccination" renamed a field called given, accepted: a quoted name is
    whole, and a place word right before another one ends the name."""
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Kennel(inspected_on:str<checked_on)"]


def test_a_quoted_name_without_a_place_word_is_read_as_before() -> None:
    assert read_right("Rename field 'start time' in Kennel to 'opens at'", Intent.RENAME_FIELD) == [
        "Kennel(opens_at:str<start_time)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Crates: label, depth, lid, colour - lid is a whole number",
        "Crates: label, depth, lid, colour; lid is a whole number",
        "Crates: label, depth, lid, colour (lid is a whole number)",
        "Crates: label, depth, lid, colour — lid is a whole number",
    ],
)
def test_what_a_listed_name_is_said_after_a_dash_is_its_own_sentence(request_text: str) -> None:
    """ "…, groomer - slot is a whole number" gave a field groomer_slot, and the bracketed form
    gave groomer the type, both accepted: the name after the dash was said before it, so what
    follows is said of that name, as after a full stop."""
    assert read_right(request_text) == ["Crate(label:str,depth:float,lid:int,colour:str)"]


def test_a_field_added_then_typed_after_a_dash_stays_on_its_owner() -> None:
    """ "Add slot and groomer to Booking — slot is a whole number" created an entity Slot."""
    assert read_right("Add lid and colour to Crate - lid is a whole number", Intent.ADD_FIELDS) == [
        "Crate(lid:int,colour:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add shelf depth to Crate. It is a whole number.", ["Crate(shelf_depth:int)"]),
        ("Add shelf depth to Crate. It's a whole number in mm", ["Crate(shelf_depth:int)"]),
        ("Can we keep the shelf depth for crates? It's a decimal", ["Crate(shelf_depth:decimal)"]),
        ("Could crates keep a shelf depth? whole number in mm", ["Crate(shelf_depth:int)"]),
        ("Add shelf depth to Crate - whole number in mm", ["Crate(shelf_depth:int)"]),
        (
            "Add shelf depth and lid width to Crate. Both are whole numbers",
            ["Crate(shelf_depth:int,lid_width:int)"],
        ),
    ],
)
def test_it_said_to_be_of_a_type_types_the_field_before(
    request_text: str, expected: list[str]
) -> None:
    """ "Add coat length to Dog. It is a whole number." kept float, accepted: "it" (or "both")
    said to be of a type is said of the field (or fields) just asked for."""
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_it_said_of_one_among_several_is_asked() -> None:
    asked("Add shelf depth and lid width to Crate. It is a whole number.")


def test_should_be_optional_with_no_subject_is_said_of_the_one_field() -> None:
    """ "Add a coat length to Dog. Should be optional" kept it required, accepted."""
    assert read_right("Add a lid colour to Crate. Should be optional.", Intent.ADD_FIELDS) == [
        "Crate(lid_colour:str?)"
    ]
    asked("Add lid colour and lid width to Crate. Should be optional")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Crate needs a shelf depth - whole number, required", ["Crate(shelf_depth:int)"]),
        ("Add shelf depth to Crate - whole number", ["Crate(shelf_depth:int)"]),
        ("Add a shelf depth to Crate - decimal, optional", ["Crate(shelf_depth:decimal?)"]),
        ("Crate needs a shelf depth — integer", ["Crate(shelf_depth:int)"]),
    ],
)
def test_a_type_after_a_dash_at_the_end_is_the_fields_note(
    request_text: str, expected: list[str]
) -> None:
    """ "Lesson needs a capacity - whole number, required" read fields whole_number and
    required: the dash before a type at the end is the one field's note, as brackets are."""
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_word_that_is_a_type_and_a_field_after_a_dash_stays_a_field() -> None:
    """ "Visits - date" lists a field called date; only a type that names no field is a note."""
    assert read_right("Visits - date, room") == ["Visit(date_value:date,room:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "track the dues paid by members: amount, paid on, method",
        "track dues paid by members - amount, paid on, method",
        "record the repairs done by fitters: cost, done on, notes",
    ],
)
def test_by_after_a_participle_says_who_not_a_field(request_text: str) -> None:
    """ "the fees paid by parents: amount, …" read a field parents_amount, accepted."""
    result = read_right(request_text)
    assert len(result) == 1
    assert "members" not in result[0] and "fitters" not in result[0]
    assert result[0].split("(")[1].split(":")[0] in ("amount", "cost")


def test_by_still_lists_what_records_are_kept_by() -> None:
    assert read_right("track the sales by region") == ["Sale(region:str)"]


@pytest.mark.parametrize(
    "request_text",
    ["stop recording walkers' emails", "As an organiser I'd like to stop storing walkers' emails"],
)
def test_a_plurals_possessive_owns_the_field_removed(request_text: str) -> None:
    """ "stop storing volunteers' phone numbers" read fields volunteers_phone and number, with
    no owner: the possessive of a plural names the owner, as "the volunteer's" does."""
    assert read_right(request_text, Intent.REMOVE_FIELDS) == ["Walker(email:email)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Relate Crate to Depot, one depot many crates",
        "Relate Crate to Depot (one depot - many crates)",
        "Link crates and depots: one depot has many crates",
        "Relate Depot to Crate, one depot, many crates",
    ],
)
def test_one_and_many_counted_after_a_link_say_who_holds_it(request_text: str) -> None:
    """ "Relate Hive to Apiary, one apiary many hives" was many_to_many, accepted at 0.99: one
    of the first for many of the second puts the link on the many side."""
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == ["Crate() many_to_one>Depot"]


@pytest.mark.parametrize(
    "request_text", ["Make Crates lid colour required", "set crates lid colour optional"]
)
def test_a_plural_after_a_verb_of_change_owns_the_field(request_text: str) -> None:
    """ "Make Equipments serial number required" read a field with_serial_number: the plural
    after "make" is the owner said without an apostrophe, not things before their list."""
    result = read_right(request_text, Intent.MODIFY_FIELDS)
    assert len(result) == 1
    assert result[0].startswith("Crate(lid_colour:str")


def test_on_hand_is_part_of_a_field_not_its_owner() -> None:
    """ "We need a spare-parts register: part number, qty on hand" added a field qty to an
    entity Hand: "on" before a bare noun of state ("on hand", "on loan") is the field's words."""
    assert read_right("We need a crate register: crate code, qty on hand") == [
        "Crate(crate_code:str,qty_on_hand:int)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Lid count on Crate should be a number without decimals", ["Crate(lid_count:int)"]),
        ("make run count on Kennel a number with no decimals", ["Kennel(run_count:int)"]),
        ("I want Crate.lid_count to be an integer", ["Crate(lid_count:int)"]),
        ("we would like Crate.depth to be a decimal", ["Crate(depth:decimal)"]),
    ],
)
def test_a_type_said_the_long_way_or_wished_for_a_dotted_field(
    request_text: str, expected: list[str]
) -> None:
    """ "a number without decimals" read nothing (or a float in a list), and "I want Hive.active
    to be yes/no" read a field active_be: both say what the field should be."""
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_number_without_decimals_in_a_list_is_a_whole_number() -> None:
    assert read_right("Crates: label, lids (number without decimals)") == [
        "Crate(label:str,lids:int)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Create the following:\n- Kennel (code, size)\n- Groomer (name, phone)",
        "Please set up these tables:\n1. Kennel: code, size\n2. Groomer: name, phone",
        "Create:\n* Kennel (code, size)\n* Groomer (name, phone)",
    ],
)
def test_create_the_following_over_things_with_lists_heads_them(request_text: str) -> None:
    """ "Create the following:" over bullets read a thing called Following, the bullets its
    fields: it heads the things listed, as "Entities:" does."""
    assert read_right(request_text) == ["Kennel(code:str,size:str)", "Groomer(name:str,phone:str)"]


def test_create_the_following_over_bare_fields_names_no_thing() -> None:
    """Bullets that are only fields name no thing: which entity they are for is asked."""
    assert "Name" not in " ".join(asked("Create the following:\n- name (text)\n- phone (text)"))


@pytest.mark.parametrize(
    "request_text",
    [
        "kennel: code, size; groomer: name, phone",
        "Tables we need -- Kennel: code, size; Groomer: name, phone",
    ],
)
def test_a_second_thing_and_its_list_after_a_semicolon_is_its_own(request_text: str) -> None:
    """ "kayak: hull id, colour; paddler: name, level" gave Kayak a field paddler_name, accepted
    at 0.95: a thing and its list after a semicolon is another thing."""
    assert read_right(request_text) == ["Kennel(code:str,size:str)", "Groomer(name:str,phone:str)"]


def test_a_state_asked_last_in_brackets_is_a_yes_no() -> None:
    """ "Customers (name, phone, licence checked?)" read licence_checked as text: the "?" of a
    state asked last in brackets was taken for the question's end, as it is not after a colon."""
    assert read_right("Walkers (name, phone, waiver signed?)") == [
        "Walker(name:str,phone:str,waiver_signed:bool)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add groomer name to Kennel, text", ["Kennel(groomer_name:str)"]),
        (
            "please record the run length for each Kennel, a whole number",
            ["Kennel(run_length:int)"],
        ),
    ],
)
def test_a_type_after_the_owner_without_as(request_text: str, expected: list[str]) -> None:
    """ "add trainer name to Training, text" read a field called text: a type that names no
    field, after the owner and a comma, is the field's, as ", as text" is."""
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Make a Walkers table from these columns - Name, Email, Phone",
        "Create a walkers table using the columns name, email, phone",
    ],
)
def test_the_columns_a_table_is_made_from_are_its_fields(request_text: str) -> None:
    """ "Make a Members table from these columns - Name, …" read no fields (asked), and "using
    the columns name, …" lost the first: the columns it is made from are its fields."""
    assert read_right(request_text) == ["Walker(name:str,email:email,phone:str)"]


def test_a_format_said_straight_after_what_it_is_of_is_a_rule() -> None:
    """ "- All timestamps UTC" under a requirement document was a thing TimestampsUtc."""
    request_text = "Requirements:\n- Entity Kennel: code, size\n- All timestamps UTC"
    assert read_right(request_text) == ["Kennel(code:str,size:str)"]


@pytest.mark.parametrize(
    "request_text",
    ["rename kennel id to gate tag", "the kennel serial should be called gate tag"],
)
def test_a_name_ending_in_an_identifier_is_no_entity_renamed(request_text: str) -> None:
    """ "rename crane id to asset tag" renamed an entity CraneId to AssetTag, accepted at 0.97:
    a name whose head is an identifier is a field's (whose is asked)."""
    result = read(request_text)
    assert result.intent == Intent.RENAME_FIELD
    assert result.status == "needs_clarification"


def test_an_entity_renamed_to_a_capitalised_name_is_still_an_entity() -> None:
    assert read_right("The Kennel entity should be called Pen", Intent.RENAME_ENTITY) == [
        "Pen<Kennel()"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rentals: kennel, due back", ["Rental(kennel:str,due_back:date)"]),
        ("Vouchers: code, spend by", ["Voucher(code:str,spend_by:date)"]),
        ("Tins: label, use by", ["Tin(label:str,use_by:date)"]),
    ],
)
def test_the_day_a_thing_is_due_by_is_a_date(request_text: str, expected: list[str]) -> None:
    """ "due back", "spend by", "use by" were text: the day a thing must happen by is a date."""
    assert read_right(request_text) == expected


def test_due_back_is_a_name_not_a_field_brought_back() -> None:
    """ "add due back to Loan" read a field due ("back" as in "add fax back on suppliers")."""
    assert read_right("add due back to Rental", Intent.ADD_FIELDS) == ["Rental(due_back:date)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "We log walks, for every walk we record the walker, the route and the distance",
        "I want to register walks, for each walk I need the walker, the route and the distance",
    ],
)
def test_what_is_kept_for_each_after_a_comma_keeps_its_first_item(request_text: str) -> None:
    """ "We log deliveries, for every delivery we record the driver, the van and the time"
    lost the driver, accepted: what is kept for each one after a comma is its own sentence."""
    assert read_right(request_text) == ["Walk(walker:str,route:str,distance:float)"]


def test_a_listed_type_and_the_one_it_is_not() -> None:
    """ "Hive: name, weight float not text" read a field weight_float_not_text, accepted."""
    assert read_right("Kennel: code, run length decimal not text") == [
        "Kennel(code:str,run_length:decimal)"
    ]
    assert read_right("On Kennel, make run length decimal not text", Intent.MODIFY_FIELDS) == [
        "Kennel(run_length:decimal)"
    ]


def test_whether_there_is_a_thing_is_whether_the_record_has_one() -> None:
    """ "whether there is a shed" read a field is_there_is_shed, accepted at 0.98."""
    assert read_right("Kennels: code, whether there is a heater, whether there are any mats") == [
        "Kennel(code:str,has_heater:bool,has_mats:bool)"
    ]


def test_a_wish_for_things_to_carry_a_field_adds_it() -> None:
    """ "I'd like plots to carry a water meter number" read a create (asked): a wish that things
    carry or include a field adds it, as "to have" and "to hold" do."""
    assert read_right("I'd like kennels to carry a gate code", Intent.ADD_FIELDS) == [
        "Kennel(gate_code:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Remove the Kennel entity. Also remove the fax from Owner.",
        "remove the Kennel entity, and remove fax from Owner",
        "Please remove the Kennel entity and the fax field on Owner",
    ],
)
def test_an_entity_and_another_ones_fields_removed_are_two_asks(request_text: str) -> None:
    """ "Remove the Sponsor entity. Also remove fax from Event." removed only the fax, accepted:
    the entity's removal was lost without a word. Two removals of two kinds are asked."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "intent" in result.missing


def test_an_entity_removed_with_its_own_field_is_one_removal() -> None:
    assert read_right(
        "remove the Kennel entity and the kennel code field from it", Intent.REMOVE_ENTITY
    ) == ["Kennel()"]


def test_a_word_never_an_entity_alone_with_its_own_list_after_a_group_is_a_thing() -> None:
    """ "Releases (version name, release date) and features (title, flag key)" gave Release a
    yes/no field features (typed by "flag"), accepted: with a list of its own after a group
    that closed a thing's fields, "features" is the next thing."""
    assert read_right("Releases (version name, shipped on) and features (title, flag key)") == [
        "Release(version_name:str,shipped_on:date)",
        "Feature(title:str,flag_key:str)",
    ]
    assert read_right("Players (name, position) and notes (text, optional)") == [
        "Player(name:str,position:str,notes:str?)"
    ]


def test_plus_one_listed_with_its_type_is_a_field_not_a_clause() -> None:
    """ "RSVPs: guest name, plus one y/n, meal" lost plus_one without a word (accepted): "plus
    one" opened a clause of its own, where "one yes/no" named nothing."""
    assert read_right("Invites: guest name, plus one y/n, meal") == [
        "Invite(guest_name:str,plus_one:bool,meal:str)"
    ]
