"""One-liners, terse notes and typos from workshops and community groups (branch short6).

Every request here is written for this file (none is copied from the corpus).

- "current" listed alone (an electric current beside a voltage) is a field, "current_value";
  before another word ("current balance") it still tells that field from the others.
- A PascalCase name with a business word inside ("CafeMenuItem", "SailingClubBoat") is the
  writer's own name for the thing: the setting rule that reads "tailor shop customers" as
  Customer leaves a name written whole alone.
- "New entity Kiln with …": "new" without an article before "entity" still marks the name.
- VAT and GST are taxes: money.
- "Kiosk: opening hours now optional": "now" before the state is no part of the field's name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
from tests.support.recognition import read, read_right, shape


def _types(request: str) -> dict[str, AttrType]:
    return {a.name: a.type for e in read(request).entities for a in e.attributes}


@pytest.mark.parametrize(
    "request_text",
    [
        "Chargers: model, voltage (float), current (float), cable length",
        "Battery packs | cell count (int), current (float), voltage (float)",
        "Track solar inverters with serial, current and voltage",
    ],
)
def test_current_listed_alone_is_a_field(request_text: str) -> None:
    assert "current_value" in _types(request_text)


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Accounts: holder, current balance, opened on", "current_balance"),
        ("Tenants with name, current address and phone", "current_address"),
    ],
)
def test_current_before_a_name_stays_in_it(request_text: str, field: str) -> None:
    types = _types(request_text)
    assert field in types
    assert "current_value" not in types


@pytest.mark.parametrize(
    ("request_text", "intent", "name"),
    [
        ("please delete CafeMenuItem, we stopped doing food", Intent.REMOVE_ENTITY, "CafeMenuItem"),
        ("add a sail number to SailingClubBoat", Intent.ADD_FIELDS, "SailingClubBoat"),
        ("Create GarageServiceBooking with plate and booked for", Intent.CREATE_ENTITY,
         "GarageServiceBooking"),
    ],
)  # fmt: skip
def test_a_name_written_whole_keeps_its_setting_word(
    request_text: str, intent: Intent, name: str
) -> None:
    result = read(request_text)
    assert result.intent == intent
    assert [e.name for e in result.entities] == [name]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        # (branch if14) said in the plural, the things keep their whole compound; before a
        # singular head and a frame, the setting is where the frame is
        ("Keep track of barber shop customers with name and phone", "BarberShopCustomer"),
        ("Build a rowing club member list with name and squad", "Member"),
    ],
)
def test_a_setting_said_in_words_is_still_where_the_things_are(
    request_text: str, name: str
) -> None:
    assert [e.name for e in read(request_text).entities] == [name]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("New entity Kiln with firing temperature and shelf count",
         ["Kiln(firing_temperature:float,shelf_count:int)"]),
        ("new entity Mould with depth, cost and made on date",
         ["Mould(depth:float,cost:decimal,made_on_date:date)"]),
    ],
)  # fmt: skip
def test_new_entity_without_an_article_names_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_an_entity_marked_with_an_article_reads_as_before() -> None:
    assert read_right("Create a new entity Kiln with firing temperature") == [
        "Kiln(firing_temperature:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Sales receipts: till number, net total, VAT, paid at", "vat"),
        ("Keep supplier bills with supplier, amount before tax and GST", "gst"),
    ],
)
def test_vat_and_gst_are_money(request_text: str, field: str) -> None:
    assert _types(request_text)[field] == AttrType.DECIMAL


@pytest.mark.parametrize(
    ("request_text", "field", "kind"),
    [
        ("Sales receipts: till number, VAT number, VAT rate", "vat_number", AttrType.STR),
        ("Sales receipts: till number, VAT number, VAT rate", "vat_rate", AttrType.FLOAT),
    ],
)
def test_a_vat_number_or_rate_is_not_money(request_text: str, field: str, kind: AttrType) -> None:
    assert _types(request_text)[field] == kind


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiosk: opening hours now optional", ["Kiosk(opening_hours:str?)"]),
        ("Member: emergency contact now required", ["Member(emergency_contact:str)"]),
        ("Pump: flow rate now a decimal", ["Pump(flow_rate:decimal)"]),
    ],
)
def test_now_before_a_state_is_no_part_of_the_field(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.MODIFY_FIELDS
    assert shape(result) == expected


def test_a_state_without_now_reads_as_before() -> None:
    result = read("Kiosk: opening hours optional")
    assert result.intent == Intent.MODIFY_FIELDS
    assert shape(result) == ["Kiosk(opening_hours:str?)"]


# Arrows: "Job -> Work Order" names a work order ("work" before a noun is no verb), and one name
# turned into another is structure even when no lexicon knows the names.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Task -> WorkItem (rename entity)", ["WorkItem<Task()"]),
        ("Crew -> work shift (rename)", ["WorkShift<Crew()"]),
    ],
)
def test_work_after_an_arrow_opens_a_name(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.RENAME_ENTITY
    assert shape(result) == expected


@pytest.mark.parametrize(
    "request_text", ["Driver -> works for Depot", "Driver -> works in one depot"]
)
def test_works_before_a_preposition_is_still_the_link(request_text: str) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == ["Driver() many_to_one>Depot"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Orchard Plot: grower name -> plot keeper", ["OrchardPlot(plot_keeper:str<grower_name)"]),
        ("GardenPlot: owner -> plot owner", ["GardenPlot(plot_owner:str<owner)"]),
    ],
)
def test_an_arrow_rename_of_unusual_words_is_read(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.RENAME_FIELD
    assert shape(result) == expected


def test_an_arrow_between_nonsense_is_still_asked_about() -> None:
    assert read("blorp zanq -> wibble frotz quux").status == "needs_clarification"


# "call X just Y": "just", "simply" say where the new, shorter name starts; "In the Boat entity
# call …" puts the place first, as "In the Boat entity rename …" does.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("In the Boat entity call hull colour just colour", ["Boat(colour:str<hull_colour)"]),
        ("call unit price simply price on Product", ["Product(price:str<unit_price)"]),
        ("For Kiln call firing temp simply temperature", ["Kiln(temperature:str<firing_temp)"]),
        ("On Cabinet call the door style field style", ["Cabinet(style:str<door_style)"]),
    ],
)
def test_call_a_field_just_its_new_name(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.RENAME_FIELD
    assert shape(result) == expected


def test_a_day_before_call_is_no_entity() -> None:
    assert read("On Monday call the supplier").status == "needs_clarification"


# Relationships: "our" before a modifier and a plural ("our chess clubs have many members"),
# and "can be for" a counted thing ("a lesson can be for several pupils") as "is for" says it.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our chess clubs have many members", ["ChessClub() many_to_many>Member"]),
        ("my dog walkers walk several dogs", ["DogWalker() many_to_many>Dog"]),
        ("A lesson can be for several pupils", ["Lesson() many_to_many>Pupil"]),
        ("A booking can be for one room", ["Booking() many_to_one>Room"]),
    ],
)
def test_counted_links_in_everyday_words(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == expected


@pytest.mark.parametrize("request_text", ["our team uses a tool", "Our sports teams have a coach"])
def test_our_things_without_a_count_stay_talk(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


# A practice word ("tested", "migrated") given a type after a colon, as a typed listing writes
# it ("{ tested: bool }", "tested: yes/no"), is a field, as "tested (bool)" already was; a
# practice line with no type after its colon ("Tests: required", "Testing: pytest") stays one.


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Gauge { serial: string, tested: bool }", ["Gauge(serial:str,tested:bool)"]),
        ("Valve:\n  tag: text\n  tested: yes/no\n  migrated: bool",
         ["Valve(tag:str,tested:bool,migrated:bool)"]),
    ],
)  # fmt: skip
def test_a_practice_word_typed_after_a_colon_is_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Gauge tracker\n\nRequirements:\n- Gauge with serial and span\n- Tests: required",
        "Gauge with serial and span.\nTesting: pytest",
    ],
)
def test_a_practice_line_without_a_type_stays_a_constraint(request_text: str) -> None:
    assert shape(read(request_text)) == ["Gauge(serial:str,span:str)"]


# Items marked "+" are fields added, even one whose last word is also a frame ("info").


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Venue: + parking info", ["Venue(parking_info:str)"]),
        ("Hall, Studio: + access info (optional)",
         ["Hall(access_info:str?)", "Studio(access_info:str?)"]),
        ("Venue: + email", ["Venue(email:email)"]),
    ],
)  # fmt: skip
def test_items_marked_plus_are_fields_added(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == expected


def test_items_marked_minus_are_still_removed() -> None:
    result = read("Venue: - parking info")
    assert result.intent == Intent.REMOVE_FIELDS
    assert [a.name for e in result.entities for a in e.attributes] == ["parking_info"]
