"""Conversational requests about sport, leisure and travel things (branch conv4a).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- "The F on X is stored as text. Can you change F to T?": the field said again by name -----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The seat count on Ferry is stored as text, which is odd. Can you change seat count to"
         " an integer?", ["Ferry(seat_count:int)"]),
        ("The hull length on Barge came out as text, annoyingly. Could you make hull length a"
         " decimal?", ["Barge(hull_length:decimal)"]),
        ("The lane count on Pool turned out to be text. Please change lane count to an integer.",
         ["Pool(lane_count:int)"]),
    ],
)  # fmt: skip
def test_field_named_again_after_its_entity_was_said(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_field_named_again_without_talk_before_keeps_its_reading() -> None:
    # nothing said before: the words alone decide, as they did
    assert shape(read("Can you change seat count to an integer?")) == ["Seat(count:int)"]


def test_a_different_field_after_the_talk_is_not_the_one_said() -> None:
    text = "The seat count on Ferry is stored as text. Can you change room count to an integer?"
    assert shape(read(text)) == ["Room(count:int)"]


def test_it_still_points_back() -> None:
    text = "The seat count on Ferry is stored as text. Can you change it to an integer?"
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Ferry(seat_count:int)"]


# --- "a sail number (as text, some have letters), and a club": a remark after a type in a note --
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need sailors with a name, a sail number (as text, some have letters), and a club.",
         ["Sailor(name:str,sail_number:str,club:str)"]),
        ("Please track hikes: a trail name, a distance (decimal, we measure to the tenth), and a"
         " start date.", ["Hike(trail_name:str,distance:decimal,start_date:date)"]),
        ("I'd like to keep laps: rider name, lap time and split time (both as text, they look"
         " like 1:02.3), and a track.",
         ["Lap(rider_name:str,lap_time:str,split_time:str,track:str)"]),
    ],
)  # fmt: skip
def test_remark_after_a_type_in_a_note_ends_no_item(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a note that is only a type, or an optional marker with its reason, reads as before
        ("Please track hikes: a trail name, a distance (decimal), and a start date.",
         ["Hike(trail_name:str,distance:decimal,start_date:date)"]),
        ("Please track hikes: a trail name, a distance (optional, some hikes aren't measured),"
         " and a start date.", ["Hike(trail_name:str,distance:float?,start_date:date)"]),
    ],
)  # fmt: skip
def test_notes_without_a_remark_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- "…, por favor": "please" said in the writer's own language closes the ask ------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("On the Ferry entity please rename dock to pier, bitte.", Intent.RENAME_FIELD,
         ["Ferry(pier:str<dock)"]),
        ("Add a tip amount to Booking, per favore!", Intent.ADD_FIELDS,
         ["Booking(tip_amount:decimal)"]),
        ("Create tours with name and price, por favor.", Intent.CREATE_ENTITY,
         ["Tour(name:str,price:decimal)"]),
    ],
)  # fmt: skip
def test_please_in_another_language_is_courtesy(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_listed_item_after_and_is_still_an_item() -> None:
    # only a courtesy that closes the sentence on its own is dropped; a listed word stays
    assert shape(read("Create tours with name, price and bitte.")) == [
        "Tour(name:str,price:decimal,bitte:str)"
    ]


# --- "an email (email's optional, not all have one)": the note names the field, then why ------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track climbers with a name, a grade and an email (email's optional, not all have one).",
         ["Climber(name:str,grade:str,email:email?)"]),
        ("Keep anglers with a name, a licence number (the licence is optional, juniors don't"
         " need one) and a club.", ["Angler(name:str,licence_number:str?,club:str)"]),
    ],
)  # fmt: skip
def test_optional_note_naming_its_field_then_why(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_optional_note_without_the_name_still_reads() -> None:
    text = "Track climbers with a name, a grade and an email (optional, not all have one)."
    assert read_right(text) == ["Climber(name:str,grade:str,email:email?)"]


def test_optional_note_naming_another_word_is_not_the_field_marker() -> None:
    # "the rest" is not the email: the note is not read as the email's optional marker
    text = "Track climbers with a name, a grade and an email (the rest is optional, not all do)."
    assert "Climber(name:str,grade:str,email:email?)" not in shape(read(text))


# --- "a colour, and while you're at it a paddle count": the moment's aside inside the list -----
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("On the Kayak entity please add a colour and whilst you're in there a paddle count.",
         Intent.ADD_FIELDS, ["Kayak(colour:str,paddle_count:int)"]),
        ("On the Pier entity, could you add a lit flag, and while you're at it a depth as a"
         " number?", Intent.ADD_FIELDS, ["Pier(lit:bool,depth:float)"]),
        ("Create kayaks with a name, a length and, while you're there, a colour.",
         Intent.CREATE_ENTITY, ["Kayak(name:str,length:float,colour:str)"]),
    ],
)  # fmt: skip
def test_aside_about_the_moment_inside_a_list(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_aside_about_the_moment_at_the_end_still_reads() -> None:
    text = "On the Kayak entity please add a paddle count, while you're in there."
    assert read_right(text, Intent.ADD_FIELDS) == ["Kayak(paddle_count:int)"]


# --- "I want to manage canoes. Fields are: …": the list's head said as a sentence --------------
@pytest.mark.parametrize(
    "request_text",
    [
        "We hire out canoes. I want to manage canoes. Fields are: name, seats (integer), hourly"
        " price, has rudder.",
        "I want to manage canoes. The fields are: name, seats (integer), hourly price, has rudder.",
        "I want to manage canoes. Fields: name, seats (integer), hourly price, has rudder.",
    ],
)
def test_fields_are_heads_the_list(request_text: str) -> None:
    assert read_right(request_text) == [
        "Canoe(name:str,seats:int,hourly_price:decimal,has_rudder:bool)"
    ]


# --- "… the max paddlers. Optional: a short description.": one more item under a label --------
@pytest.mark.parametrize(
    "request_text",
    [
        "I need canoe trips with a name, a price and the max paddlers. Optional: a short"
        " description.",
        "I need canoe trips with a name, a price and the max paddlers. Optional: a short"
        " description if I have one.",
    ],
)
def test_optional_label_over_one_more_item(request_text: str) -> None:
    assert read_right(request_text) == [
        "CanoeTrip(name:str,price:decimal,max_paddlers:int,short_description:str?)"
    ]


def test_optional_label_over_several_items_is_left_as_it_was() -> None:
    # which of several items the label covers is not guessed: the request is still asked about
    text = "I need canoe trips with a name and a price. Optional: a guide name and a meeting point."
    assert read(text).status == "needs_clarification"


# --- "the field called hull should really be called hull type": the name after its marker -----
@pytest.mark.parametrize(
    "request_text",
    [
        "On the Kayak entity the column named hull should actually be called hull type.",
        "On the Kayak entity the field called hull should really be called hull type, can you"
        " rename it?",
        "On the Kayak entity the hull field should really be called hull type.",
        # as it read before: no marker, no adverb
        "On the Kayak entity the hull field should be called hull type.",
    ],
)
def test_field_named_after_its_marker_renamed(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Kayak(hull_type:str<hull)"]
