"""A field list with no owner, and the thing it belongs to said in another place.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "for each X", "for every X" or "for the X: …" anywhere in the list's own sentence
says whose the fields are; "each one" or "every record" after a sentence that names one kind
of thing ("we need a thing for kiln firings", "keep track of rehearsals") points back at it;
a frame ("for each record", "for the app") or two kinds named leave the request asked.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, read_right, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I look after bees for three orchards. Could it keep the queen colour, the frame count"
         " and the last inspection date for each hive?",
         "Hive(queen_colour:str,frame_count:int,last_inspection_date:date)"),
        ("Our lab lends out centrifuges to other groups. For the centrifuge we need: serial"
         " number, rotor size, last service date.",
         "Centrifuge(serial_number:str,rotor_size:str,last_service_date:date)"),
        ("Tiny sailing school here. I'd like to store the sail number, the hull colour and the"
         " purchase year for every dinghy.",
         "Dinghy(sail_number:str,hull_colour:str,purchase_year:int)"),
    ],
)  # fmt: skip
def test_for_each_in_the_lists_own_sentence_names_the_owner(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Late shift note: we need a thing for kiln firings. Each one has a cone number, a peak"
         " temperature and a fired date.",
         "KilnFiring(cone_number:str,peak_temperature:float,fired_date:date)"),
        ("Our choir must keep the concert programmes. Each one has a title, a venue and a"
         " concert date.",
         "ConcertProgramme(title:str,venue:str,concert_date:date)"),
    ],
)  # fmt: skip
def test_each_one_points_back_at_the_things_a_frame_is_for(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # a frame is no owner: "for each record", "for the app"
        "For the app I need: name, start date and a price.",
        # two owners said: which one has the list is not said
        "I'd keep a code for each trailer and a colour for every van.",
        # nothing said before "each one"
        "Each one has a code, a width and a colour.",
    ],
)
def test_no_owner_or_two_owners_stay_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The code and the wattage of each lamp, please.", "Lamp(code:str,wattage:float)"),
        ("Hi! Shelf label, aisle and the stock count of every bin, if you can.",
         "Bin(shelf_label:str,aisle:str,stock_count:int)"),
    ],
)  # fmt: skip
def test_of_each_names_the_owner_as_for_each_does(request_text: str, expected: str) -> None:
    assert read_right(request_text) == [expected]


def test_a_colon_after_what_they_want_opens_the_list() -> None:
    # "they": the people the writer speaks for; the colon opens their list as after "we want"
    assert read_right(
        "We need to keep ferry sailings. For every sailing they want: vessel, departs at, berth."
    ) == ["FerrySailing(vessel:str,departs_at:datetime,berth:str)"]
