"""A question mark on a value at a list's end, a field not needed with what stays said after
", just", and a list opened by "Need:" or by things said to "need storing".

Every request here is written for this file (none is copied from the corpus), in trades the
tuning batch (a dog grooming salon, a bakery co-op) does not use: clinics, auctions, kayaks,
trails, kilns, allotments, removals. What a person relies on: a value asked with "?" keeps its
type and is optional (a state asked is a yes/no), a field said not needed is removed alone,
and a list after "Need:" is the thing's list; the wordings next to each that mean something
else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, reading


# --- a value's "?" at the end of a list: optional, with its word's type --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Customer: name, email, loyalty points (integer), birthday?", "birthday:date?"),
        ("Patients: name, ward, weight?", "weight:float?"),
        ("Lots: lot number, reserve, deposit?", "deposit:decimal?"),
        ("Tasks: title, owner, due date?", "due_date:date?"),
        ("Volunteers - name, phone, start date?", "start_date:date?"),
        ("Loan(book, borrower: str, due date?)", "due_date:date?"),
    ],
)
def test_a_value_asked_last_is_optional_and_keeps_its_type(
    request_text: str, expected: str
) -> None:
    (entity,) = accepted(request_text)
    assert expected in entity, entity


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a state asked stays a required yes/no (house tests, doubt56 and crt59)
        ("guests: name, room, allergies?", "allergies:bool"),
        ("Kite orders: customer, kite model, line length, gift wrap?", "gift_wrap:bool"),
    ],
)
def test_a_state_asked_last_stays_a_yes_no(request_text: str, expected: str) -> None:
    (entity,) = accepted(request_text)
    assert f",{expected})" in entity, entity


def test_up_to_date_asked_is_no_optional_date() -> None:
    # counterpart: "up to date" says a state; its last word is no date to make optional
    _, entities = reading("Cars: plate, model, mot up to date?")
    assert not any("date?" in e for e in entities), entities


def test_a_line_that_asks_keeps_its_own_question_mark() -> None:
    # counterpart: "Could you …" asks; the "?" is the sentence's, the value stays required
    _, entities = reading("Could you set up pallets: pallet code, weight, deadline?")
    assert entities == ["Pallet(pallet_code:str,weight:float,deadline:date)"]


# --- a describing word's "?" at the end of a bracketed list: a yes/no ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("MarketDay(date, location, stalls booked: int, rainy?)", "rainy:bool"),
        ("Trail(name, length: float, muddy?)", "muddy:bool"),
        ("Swim(date, lane: int, chilly?)", "chilly:bool"),
        ("Greenhouse(code, area, heated?)", "heated:bool"),
    ],
)
def test_a_describing_word_asked_last_in_brackets_is_yes_no(
    request_text: str, expected: str
) -> None:
    (entity,) = accepted(request_text)
    assert f",{expected})" in entity, entity


def test_a_text_asked_last_in_brackets_stays_optional_text() -> None:
    # counterpart: a text written down ("notes?") is an optional field, not a yes/no
    assert accepted("Trip(date: date, guide: str, notes?)") == [
        "Trip(date_value:date,guide:str,notes:str?)"
    ]


# --- a field not needed, then ", just" and what stays: that field alone is removed -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we don't need the deposit any more, just the price on Booking", "Booking(deposit)"),
        ("Booking: we don't need the deposit any more, just the price", "Booking(deposit)"),
        ("Supplier doesn't need the fax any more, only the phone", "Supplier(fax)"),
        ("we no longer need the hull colour, just the hull code on Kayak", "Kayak(hull_colour)"),
        ("We no longer want the middle name, only the surname, on Guest", "Guest(middle_name)"),
        ("Kayak doesn't need the hull colour any more, only the hull code", "Kayak(hull_colour)"),
    ],
)
def test_a_field_not_needed_then_what_stays_removes_that_field_alone(
    request_text: str, expected: str
) -> None:
    (entity,) = accepted(request_text, Intent.REMOVE_FIELDS)
    owner, fields = entity.split("(", 1)
    names = [f.split(":")[0] for f in fields.rstrip(")").split(",")]
    assert f"{owner}({','.join(names)})" == expected


def test_a_thing_not_wanted_then_a_list_of_things_is_still_the_ask() -> None:
    # counterpart (lead60): ", just a list of … with …" is the real ask, read as a create
    assert accepted("We don't need a login, just a list of members with name and email") == [
        "Member(name:str,email:email)"
    ]


# --- "Need:" as a label, and things said to "need storing" ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Van repairs. Need: van plate, mechanic, cost",
            "VanRepair(van_plate:str,mechanic:str,cost:decimal)",
        ),
        (
            "We want to track van repairs. Needed: van plate, mechanic, cost.",
            "VanRepair(van_plate:str,mechanic:str,cost:decimal)",
        ),
        (
            "Bees. Needed: hive code, queen year, temper",
            "Bee(hive_code:str,queen_year:int,temper:str)",
        ),
        (
            "The kilns need logging: kiln name, max temperature, last fired",
            "Kiln(kiln_name:str,max_temperature:float,last_fired:date)",
        ),
        (
            "Our vans need tracking: plate, model and mileage",
            "Van(plate:str,model_value:str,mileage:int)",
        ),
        (
            "Bikes need tracking with frame number, colour and owner",
            "Bike(frame_number:str,colour:str,owner:str)",
        ),
        ("Our plots need to be recorded: plot number, tenant", "Plot(plot_number:str,tenant:str)"),
    ],
)
def test_a_list_after_need_or_after_things_needing_keeping_is_the_things(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_gerund_before_a_plural_stays_a_name() -> None:
    # counterpart: "need tracking numbers" names a thing; no list is opened, nothing accepted
    _, entities = reading("Our customers need tracking numbers")
    assert not any(e.startswith("Customer(") and "tracking" not in e for e in entities)


# --- "crate" opening a request before a name: "create" or the thing's first word, asked ---------
@pytest.mark.parametrize(
    "request_text",
    [
        "crate volunter shifts with shift date, duty and volunteer name",
        "Crate deliveries with driver, date and weight",
        "crate sizes with label and width",
    ],
)
def test_crate_then_a_name_is_asked(request_text: str) -> None:
    assert asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # counterparts: the verb before an article is "create"; the thing said alone is Crate
        ("crate a sytem for tutors with name, email", ["Tutor(name:str,email:email)"]),
        ("Crates: crate code, weight", ["Crate(crate_code:str,weight:float)"]),
    ],
)
def test_crate_as_the_verb_or_the_thing_keeps_its_reading(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- a noun's "-et" typed "-it": asked, never a thing named as typed ----------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "creat a puppit list wiht name, colour and height pls",
        "track helmits with size and colour",
        "creat a tickit list with number, price",
    ],
)
def test_an_et_ending_typed_it_is_asked(request_text: str) -> None:
    assert asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # counterparts: words spelt right, and a brand WordNet does not know, keep their reading
        ("track rabbits with name and breed", ["Rabbit(name:str,breed:str)"]),
        ("track summits with name, height", ["Summit(name:str,height:float)"]),
    ],
)
def test_words_ending_in_it_spelt_right_are_read(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- a verb's word after an article names no verb: "a waiting list entry with …" -----------------
@pytest.mark.parametrize(
    "request_text",
    [
        "There is a waiting list entry with a school name, a contact email and a pupil count",
        "There is a price list item with a code and a price",
    ],
)
def test_a_compound_with_a_verbs_word_is_not_cut_at_it(request_text: str) -> None:
    # the head alone ("Entry", "Item") was accepted; the frame is unread, so it is asked
    _, entities = reading(request_text)
    assert not any(e.startswith(("Entry(", "Item(")) for e in entities), entities
    assert asked(request_text) is not None


def test_a_verb_before_the_list_still_finds_its_object() -> None:
    # counterpart: "track the kayaks with …" keeps its verb
    assert accepted("we need to track the kayaks with code, length") == [
        "Kayak(code:str,length:float)"
    ]


# --- a medium things are written on is no thing kept ---------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "we want the names logged on the whiteboard",
        "we want the dates written on the calendar",
        "I'd like the scores noted in a notebook",
    ],
)
def test_values_written_on_a_medium_are_asked(request_text: str) -> None:
    assert asked(request_text) is not None


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # counterparts: the medium named as a thing ("entity", a heading of its own) is kept
        (
            "add a marker colour to the Whiteboard entity",
            Intent.ADD_FIELDS,
            ["Whiteboard(marker_colour:str)"],
        ),
        (
            "Whiteboards: room, width, height",
            Intent.CREATE_ENTITY,
            ["Whiteboard(room:str,width:float,height:float)"],
        ),
    ],
)
def test_a_medium_named_as_a_thing_keeps_its_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a table named in lower case in a line about practice is no thing asked for ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track dogs with name and breed. Keep the animal table in sync on deploy.",
            ["Dog(name:str,breed:str)"],
        ),
        (
            "Requirements:\n1. Kiln entity with:\n   - name\n   - max temperature\n"
            "2. Keep the equipment table migrated on deploy",
            ["Kiln(name:str,max_temperature:float)"],
        ),
    ],
)
def test_a_lower_case_table_in_a_practice_line_is_where_rows_are_kept(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_table_named_with_a_capital_in_a_practice_line_is_still_a_thing() -> None:
    # counterpart: "the Animal table" names a thing, which has no fields: asked
    assert asked("Track dogs with name and breed. Keep the Animal table in sync on deploy.") == [
        "Dog(name:str,breed:str)",
        "Animal()",
    ]


# --- a value said in words, then its short name in brackets -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track dogs with name, how much they weigh (call it weight) and breed",
            ["Dog(name:str,weight:float,breed:str)"],
        ),
        (
            "Track boats with name, how long they are (length will do) and colour",
            ["Boat(name:str,length:float,colour:str)"],
        ),
        (
            "Keep the ponies: name, how old they are (age is fine), colour",
            ["Pony(name:str,age:int,colour:str)"],
        ),
        (
            "Track boats with name, what it cost (call it 'price') and colour",
            ["Boat(name:str,price:decimal,colour:str)"],
        ),
    ],
)
def test_a_value_said_in_words_is_the_short_name_given_in_brackets(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_type_in_brackets_after_words_still_types_them() -> None:
    # counterpart: a bare "(date)" types the item, it is no name given
    assert accepted("Track sales with item, when it was sold (date) and price") == [
        "Sale(item:str,sale_date:date,price:decimal)"
    ]


# --- "can that go on X": what was just said is added to X -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the pallets now get a seal number, can they go on the Pallet table",
            ["Pallet(seal_number:str)"],
        ),
        (
            "climbers now also give us their belay card number when they join, could that go on"
            " Climber?",
            ["Climber(belay_card_number:str)"],
        ),
    ],
)
def test_an_item_asked_to_go_on_a_thing_is_added_to_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_go_on_a_medium_adds_nothing() -> None:
    # counterpart: a wall is no thing named; nothing is accepted
    assert asked("can that go on the wall?") is not None


# --- people asking the writer to keep a value wish it kept --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the vets have asked us to record the microchip number on each Horse",
            ["Horse(microchip_number:str)"],
        ),
        (
            "our drivers keep asking me to log the fuel level for every van",
            ["Van(fuel_level:str)"],
        ),
        (
            "my groomers keep asking me to note down the coat condition on each dog",
            ["Dog(coat_condition:str)"],
        ),
    ],
)
def test_a_value_others_ask_the_writer_to_keep_is_added(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_asked_to_set_something_up_keeps_its_reading() -> None:
    # counterpart: asked to set up, then the list of each one, is still the create
    assert accepted(
        "the co-op board asked me to set up something for boat hires. Each one needs a date"
        " and a price."
    ) == ["BoatHire(date_value:date,price:decimal)"]
