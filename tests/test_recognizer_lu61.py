"""New things and additions said in everyday sentences: fields added to a thing that exists,
said after a sentence of background, with a count of "more things" and a pronoun for the thing,
with "also record … on every X", or with what "has to be logged at each X too"; and the
wordings next to them that make a thing for the first time, which stay creates.

Every request here is written for this file (none is copied from the corpus), in trades no
other test file leans on (harbours, bike shops, lifts, vans, calves, expenses, beach cafes,
choirs, climbing walls). What a person relies on: an addition is read as one (never as a new
thing with the addition's words as fields, never as nothing), and a new thing stays new.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# "Xs need two more things on them: …", "Each X needs a couple more details: …": a count of
# things more on a thing (its place said again as a pronoun) adds them to it
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Boats need two more things on them: a hull colour and the number of berths.",
            "Boat(hull_colour:str,berths:int)",
        ),
        (
            "I look after the vans. Vans need two more things for each one: the tax date and"
            " the MOT date.",
            "Van(tax_date:date,mot_date:date)",
        ),
        (
            "Each climbing wall needs a couple more details: a route setter and a reset date.",
            "ClimbingWall(route_setter:str,reset_date:date)",
        ),
        (
            "The choirs need two new bits of info: a rehearsal day and a conductor.",
            "Choir(rehearsal_day:str,conductor:str)",
        ),
    ],
)
def test_more_things_on_them_are_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


# "from now on we also record/keep a F on every X", after a sentence of what happened and its
# colon: the writers now keep a value of each of a thing that exists
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The harbour master updated the regulations last month: we now also need to record"
            " the mooring licence number on each boat.",
            "Boat(mooring_licence_number:str)",
        ),
        (
            "Our auditor was very strict last week: from now on we also keep an invoice"
            " reference and a paid date on every Expense.",
            "Expense(invoice_reference:str,paid_date:date)",
        ),
        (
            "We also record a deposit amount and a return date on every hire.",
            "Hire(deposit_amount:decimal,return_date:date)",
        ),
        ("From now on we keep a seat number for each passenger.", "Passenger(seat_number:str)"),
    ],
)
def test_also_recorded_on_every_thing_is_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


# "…, so now the F (type) has to be logged at each X too": a value to be kept at each of a thing
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The bike shop asked for new stuff, so now the frame size has to be recorded for"
            " each bike too.",
            "Bike(frame_size:str)",
        ),
        ("The mileage (integer) must be logged at every inspection.", "Inspection(mileage:int)"),
        (
            "Health and safety came round, and now the water temperature (number) has to be"
            " noted at each swim session.",
            "SwimSession(water_temperature:float)",
        ),
    ],
)
def test_a_value_logged_at_each_thing_is_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


# Near misses: things made for the first time keep their reading
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We're going to start keeping glaze tests with a test date, a recipe and a result.",
            "GlazeTest(test_date:date,recipe:str,result:str)",
        ),
        (
            "Start logging tastings with a date, a wine and a score.",
            "Tasting(date_value:date,wine:str,score:float)",
        ),
        (
            "Our accountant changed firms: can you set up invoices with a number, a date and an"
            " amount?",
            "Invoice(number:str,date_value:date,amount:decimal)",
        ),
    ],
)
def test_new_things_stay_new(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


def test_things_kept_for_a_time_are_no_field() -> None:
    """ "we now keep the old invoices for five years": how long, no value of each invoice."""
    assert read("We now keep the old invoices for five years.").status != "recognized"


# Things named as the topic ("About the Xs,", "Regarding the Xs:") or praised ("the Xs are
# great but …", "… working well, thanks. Could they also get …"), then a value wanted "on each
# one" or asked of "they": each of those things
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Regarding the lockers: we also need a padlock code on each one.",
            "Locker(padlock_code:str)",
        ),
        (
            "Hello. About the beach huts, we now also need to record the key holder on each one.",
            "BeachHut(key_holder:str)",
        ),
        (
            "The surfboards are working well, thanks, but we also need a fin type and a length on"
            " each of them.",
            "Surfboard(fin_type:str,length:float)",
        ),
        (
            "The gift vouchers are great, thanks. Could they also get an expiry date and a"
            " redeemed yes/no?",
            "GiftVoucher(expiry_date:date,redeemed:bool)",
        ),
    ],
)
def test_each_one_of_the_things_talked_about(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_new_things_made_for_each_of_the_topic_stay_new() -> None:
    """ "About the kayaks, can you set up trips … for each one?": trips are made, not added."""
    intent, _ = reading(
        "About the kayaks, can you set up trips with a date and a guide for each one?"
    )
    assert intent == Intent.CREATE_ENTITY


# What others want on each of a thing, a count more for a named thing, a type note said after
# the place, and a sentence of what a thing only had before: all additions to it
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The lifeguards want a wind speed and a flag colour on every Shift.",
            "Shift(wind_speed:float,flag_colour:str)",
        ),
        (
            "Now the parents would like a pickup time and a drop-off time on each Camp, both as"
            " timestamps.",
            "Camp(pickup_time:datetime,drop_off_time:datetime)",
        ),
        (
            "Add an opening date and a closing date to Season, both as dates.",
            "Season(opening_date:date,closing_date:date)",
        ),
        (
            "Two more for Hamper: a ribbon colour and a gift message.",
            "Hamper(ribbon_colour:str,gift_message:str)",
        ),
        (
            "Oh, one more for the Locker entity: a deposit paid flag.",
            "Locker(deposit_paid:bool)",
        ),
        (
            "Until recently kiosks only had a name. Now the managers want a locker code and a"
            " till number on every Kiosk.",
            "Kiosk(locker_code:str,till_number:str)",
        ),
    ],
)
def test_others_wants_and_counts_more_are_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_what_a_thing_only_had_is_kept_when_it_is_the_ask() -> None:
    """ "Our choir only had a spreadsheet. Can you build …": the history goes, the ask stays."""
    assert reading(
        "Our choir only had a spreadsheet. Can you build an app for singers with name, voice"
        " part and email?"
    ) == (Intent.CREATE_ENTITY, ["Singer(name:str,voice_part:str,email:email)"])


def test_a_new_thing_label_after_a_filler_makes_the_thing() -> None:
    """ "ok so new thing: …": the label still only announces what follows."""
    assert accepted(
        "ok so new thing: beach cleans. clean date, beach name, bags collected (number) and a"
        " dog friendly yes/no.",
        Intent.CREATE_ENTITY,
    ) == ["BeachClean(clean_date:date,beach_name:str,bags_collected:float,dog_friendly:bool)"]


# A change said after why it comes ("Now that …, …", "Since …, X no longer needs …") or with
# why after a comma ("… should be called Y, the staff keep …"): the change, read whole
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Now that volunteers run the tills too, the staff code on Shift should be renamed to"
            " till code.",
            Intent.RENAME_FIELD,
            "Shift(till_code:str<staff_code)",
        ),
        (
            "Since tourists book online now, SurfLesson no longer needs the phone booking ref.",
            Intent.REMOVE_FIELDS,
            "SurfLesson(phone_booking_ref:str)",
        ),
        (
            "the hut number on Booking should be called pitch number, the campers keep asking"
            " what it means",
            Intent.RENAME_FIELD,
            "Booking(pitch_number:str<hut_number)",
        ),
        (
            "quick one: the tank size on Aquarium should be renamed to volume, nobody knows the"
            " units otherwise",
            Intent.RENAME_FIELD,
            "Aquarium(volume:str<tank_size)",
        ),
    ],
)
def test_a_change_with_why_around_it(request_text: str, intent: Intent, expected: str) -> None:
    assert accepted(request_text, intent) == [expected]


# A value put on each of a thing, then one more after ", plus"/", and"; what others asked us to
# keep on each of a thing; "for the ones who need it" (only some have it: optional)
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Some members have asked us to keep a locker number on each Member.",
            "Member(locker_number:str)",
        ),
        (
            "We need to keep a sponsor name on each regatta, plus a trophy note (it can be blank).",
            "Regatta(sponsor_name:str,trophy_note:str?)",
        ),
        (
            "Please record a fitting date on every violin, and a bow weight.",
            "Violin(fitting_date:date,bow_weight:float)",
        ),
        (
            "Add a wheelchair space flag to Seat for the ones that have one.",
            "Seat(wheelchair_space:bool?)",
        ),
    ],
)
def test_one_more_value_after_the_place_is_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Oops, we forgot: every kayak needs a hull number.", "Kayak(hull_number:str)"),
        ("I forgot, the dogs need a chip number too.", "Dog(chip_number:str)"),
    ],
)
def test_i_forgot_only_leads_into_the_addition(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_class_attendance_is_one_thing() -> None:
    """ "record class attendance": the attendance of classes, "class" no code marker."""
    assert accepted(
        "As the dojo secretary I want to record class attendance with the member name and the"
        " session date.",
        Intent.CREATE_ENTITY,
    ) == ["ClassAttendance(member_name:str,session_date:date)"]
    assert reading("Create class Customer with name and email.") == (
        Intent.CREATE_ENTITY,
        ["Customer(name:str,email:email)"],
    )


def test_a_named_thing_wished_to_show_values_gets_them() -> None:
    """ "the volunteers would like each Hive to show …": the values are asked of Hive."""
    assert accepted(
        "The volunteers would like each Hive to show a queen colour and a last inspected date.",
        Intent.ADD_FIELDS,
    ) == ["Hive(queen_colour:str,last_inspected_date:date)"]
    assert accepted(
        "We'd like the Kiln entity to display a max temperature.", Intent.ADD_FIELDS
    ) == ["Kiln(max_temperature:float)"]
    assert reading("our rangers would like the Trail records to list a difficulty grade")[0] == (
        Intent.ADD_FIELDS
    )
