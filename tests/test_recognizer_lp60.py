"""Terse notes and typos: a yes/no asked with "?" or said as a thing and what was done to it,
a place said after a count, a whole thing dropped under its name, a bare "old -> new", a need
denied under a thing's name or with its "we" left out, one more field said after the owner.

Every request here is written for this file (none is copied from the corpus), in trades no other
test file of this family uses (kilns, bike repair, beekeeping, market stalls, salons, tiling,
drones, running clubs, fabric shops). What a person relies on: each wording is read as the
change or the thing meant, and the wordings next to it that say something else keep their
reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a thing named before a dash heads its list as a colon does: a "?" item asks yes/no
        ("Kilns — name, max temp, vented?", "Kiln(name:str,max_temp:float,vented:bool)"),
        ("bikes - frame size, colour, serviced?", "Bike(frame_size:str,colour:str,serviced:bool)"),
        (
            "Hives - hive code, queen marked?, colony size",
            "Hive(hive_code:str,queen_marked:bool,colony_size:str)",
        ),
        # a thing and what was done to it, asked after the list's closing "and"
        (
            "Stalls: name, pitch and power needed? so we can plan the field",
            "Stall(name:str,pitch:str,power_needed:bool)",
        ),
        (
            "Market stalls with name, pitch number and gazebo supplied? so we can plan",
            "MarketStall(name:str,pitch_number:str,gazebo_supplied:bool)",
        ),
        # a thing and what was done to it, asked with "?" inside a list
        (
            "Volunteers: name, phone, lanyard issued?, shift",
            "Volunteer(name:str,phone:str,lanyard_issued:bool,shift:str)",
        ),
        ("Vans - reg, tracker fitted?, mileage", "Van(reg:str,tracker_fitted:bool,mileage:int)"),
        # a count, then "in" and a unit's name said once and bare, is where the things are
        (
            "Pallets: code, qty in yard, weight",
            "Pallet(code:str,qty_in_yard:int,weight:float)",
        ),
        (
            "Tiles - colour, stock in yard, price",
            "Tile(colour:str,stock_in_yard:int,price:decimal)",
        ),
        (
            "can we get bund checks: tank, checked on, inspector, ok?",
            "BundCheck(tank:str,checked_on:date,inspector:str,ok:bool)",
        ),
        # a list after a colon in a question, ending in "ok": a yes/no column of that name
        (
            "could we log rope inspections: rope id, inspector, inspected at, ok?",
            "RopeInspection(rope_id:str,inspector:str,inspected_at:datetime,ok:bool)",
        ),
    ],
)
def test_terse_lists_read_their_states(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a plural that is a name, or creatures' owner without the apostrophe, is kept as read
        ("pilates classes: name, teacher, level", "PilatesClass(name:str,teacher:str,level:str)"),
        ("horses shoes: size, fitted date", "Shoe(size:str,fitted_date:date)"),
        # near misses: a text written down keeps its optional "?"; a participle that says which
        # one, a sum, or a plural counted stay as they were; a unit in the plural is a unit
        ("Boats - name, length, notes?", "Boat(name:str,length:float,notes:str?)"),
        (
            "Salons: name, shampoo used, amount paid, keys issued",
            "Salon(name:str,shampoo_used:str,amount_paid:decimal,keys_issued:int)",
        ),
        (
            "Fabric rolls: name, length in yards, price",
            "FabricRoll(name:str,length:float,price:decimal)",
        ),
    ],
)
def test_near_misses_keep_their_reading(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


def test_tag_question_after_a_dash_is_no_list() -> None:
    # a sentence after the dash, its "right?" the writer's check: no column "right"
    assert reading("Honestly - every stall holds one trader, right?") == (
        Intent.ADD_RELATIONSHIP,
        ["Stall() many_to_one>Trader"],
    )


def test_ok_asked_after_a_request_is_no_field() -> None:
    # "…, ok?" after a change with no list before a colon asks the reader, no column
    assert accepted("can you add phone and email to Member, ok?", Intent.ADD_FIELDS) == [
        "Member(phone:str,email:email)"
    ]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # the whole thing dropped under its name
        ("Loan vans - get rid of the whole thing", Intent.REMOVE_ENTITY, "LoanVan()"),
        ("Raffle prizes: scrap the entire thing", Intent.REMOVE_ENTITY, "RafflePrize()"),
        ("ditch loan vans table", Intent.REMOVE_ENTITY, "LoanVan()"),
        ("axe spare keys entity", Intent.REMOVE_ENTITY, "SpareKey()"),
        # nothing but an old name, an arrow and a new one
        ("kiln -> oven", Intent.RENAME_ENTITY, "Oven<Kiln()"),
        ("shed => barn", Intent.RENAME_ENTITY, "Barn<Shed()"),
        # a need denied for one field under the thing's name
        ("Kiln - no vent size required", Intent.REMOVE_FIELDS, "Kiln(vent_size:str)"),
        ("Hive: no need for a queen colour", Intent.REMOVE_FIELDS, "Hive(queen_colour:str)"),
        # a need denied with the "we" left out
        ("dont need fax on Supplier", Intent.REMOVE_FIELDS, "Supplier(fax:str)"),
        (
            "no longer need the shoe size on Runner",
            Intent.REMOVE_FIELDS,
            "Runner(shoe_size:str)",
        ),
        # dotted names listed, then the removal after an arrow or a colon
        (
            "Kiln.vent_size and Kiln.shelf_count -> gone",
            Intent.REMOVE_FIELDS,
            "Kiln(vent_size:str,shelf_count:int)",
        ),
        ("Tank.ph, Tank.salinity: drop", Intent.REMOVE_FIELDS, "Tank(ph:str,salinity:float)"),
        # a plural and a participle are a count kept, not the schema's tables
        (
            "drop tables booked from Exhibition",
            Intent.REMOVE_FIELDS,
            "Exhibition(tables_booked:int)",
        ),
        ("Event: remove tables used", Intent.REMOVE_FIELDS, "Event(tables_used:int)"),
        ("drop the Booking table", Intent.REMOVE_ENTITY, "Booking()"),
        # one more field said after the owner, with "too"
        (
            "drop phone from Member and the fax too",
            Intent.REMOVE_FIELDS,
            "Member(phone:str,fax:str)",
        ),
        (
            "take the shoe size off runners and the club too",
            Intent.REMOVE_FIELDS,
            "Runner(shoe_size:str,club:str)",
        ),
    ],
)
def test_terse_changes(request_text: str, intent: Intent, expected: str) -> None:
    assert accepted(request_text, intent) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # an arrow to a state or a type is no new name; a field's rename needs its owner
        "phone -> optional",
        "price -> cost",
        # a need denied with nothing named and nowhere said
        "Kiln: no need to change anything",
        "Don't need a login, just a list of members with name and email",
        # an ambiguous verb before a name that is no thing
        "bin number entity",
        # people in the plural run into a plural head: their possessive or a compound's slip
        "members cards: number, issued date",
        "drivers licences: number, expiry date",
    ],
)
def test_not_read_as_those_changes(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, result.intent)
