"""Conversation and user stories about care, health and food things (branch conv5).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


# --- "…, charge temperature, drop temperature and …": a verb that is a listed field's word ------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create shuttle rides with pickup stop, drop stop and fare.",
         ["ShuttleRide(pickup_stop:str,drop_stop:str,fare:decimal)"]),
        ("Courier runs: driver, van, drop point, drop window, notes",
         ["CourierRun(driver:str,van:str,drop_point:str,drop_window:str,notes:str)"]),
        ("As a baker I want to save proving runs (dough name, start temperature, drop"
         " temperature, duration) so that bakes come out the same.",
         ["ProvingRun(dough_name:str,start_temperature:float,drop_temperature:float,"
          "duration:str)"]),
        ("Could you give us parachute jumps with jumper name, exit height and drop height?",
         ["ParachuteJump(jumper_name:str,exit_height:float,drop_height:float)"]),
    ],
)  # fmt: skip
def test_a_verb_in_a_field_list_is_a_listed_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # an ask after an ask, or one that says where from, keeps its reading
        ("Kiosk: drop rent, drop fax number", Intent.REMOVE_FIELDS,
         ["Kiosk(rent:decimal,fax_number:str)"]),
        ("Drop the pager number from Nurse, drop fax and pager", Intent.REMOVE_FIELDS,
         ["Nurse(pager_number:str,fax:str,pager:str)"]),
    ],
)  # fmt: skip
def test_a_drop_after_an_ask_is_still_an_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_drop_after_an_addition_still_mixes_two_changes() -> None:
    result = read("Add pager to Nurse, drop fax")
    assert result.status == "needs_clarification"
    assert result.intent is Intent.REMOVE_FIELDS


# --- "total takings", "earnings", "payout": money taken or paid out is a sum of money ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a stallholder I want to log craft fairs with fair name, total takings and weather.",
         ["CraftFair(fair_name:str,total_takings:decimal,weather:str)"]),
        ("Buskers: pitch, earnings, set list",
         ["Busker(pitch:str,earnings:decimal,set_list:str)"]),
        ("Create walking tours with guide name, payout and tour date.",
         ["WalkingTour(guide_name:str,payout:decimal,tour_date:date)"]),
    ],
)  # fmt: skip
def test_money_taken_or_paid_out_is_decimal(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_count_of_takings_stays_a_count() -> None:
    # what is counted keeps its own word's type
    assert read_right("Buskers: pitch, earnings count") == ["Busker(pitch:str,earnings_count:int)"]


# --- "I want depots to have gate notes and a forklift flag": a wish with the first field bare --
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a site manager I want depots to have gate notes and a forklift flag, so that"
         " drivers can get in.", ["Depot(gate_notes:str,forklift:bool)"]),
        ("As a ward sister I want bays to have oxygen points so that porters know where to go.",
         ["Bay(oxygen_points:int)"]),
    ],
)  # fmt: skip
def test_a_wish_that_things_had_a_field_or_two_adds_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_wish_with_a_whole_list_still_creates() -> None:
    text = "As a site manager I want depots to have name, address, gate code and a forklift flag."
    assert read_right(text) == ["Depot(name:str,address:str,gate_code:str,forklift:bool)"]


def test_a_wish_for_many_things_is_still_a_link() -> None:
    result = read("As a matron I want wards to have many nurses.")
    assert result.intent is Intent.ADD_RELATIONSHIP


# --- "E has a field called F … rename it / that field to G": the field said before the ask -----
@pytest.mark.parametrize(
    "request_text",
    [
        "The Kiosk entity has a field called opening time. Can you rename it to opens at?",
        "In the ferry app the Kiosk has 'opening time' but the staff all say 'opens at'. Could"
        " you rename that field to opens at?",
        "Small thing: on the Kiosk entity there's a field called opening time - everybody says"
        " opens at, so can it be renamed to opens at?",
        "The Kiosk thing has a field called opening time, but we never call it that. Please"
        " rename it to opens at so the new staff stop asking.",
    ],
)
def test_a_field_said_before_is_what_it_renames(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Kiosk(opens_at:str<opening_time)"]


def test_a_thing_listed_with_two_fields_is_not_renamed() -> None:
    # two fields said: "it" points at neither of them
    result = read("Kiosk has opening time and closing time. Can you rename it to opens at?")
    assert result.status == "needs_clarification"


# --- "Can notes on Kiosk be made not required?", "On Kiosk could the F be optional?" ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The porters leave the notes box empty anyway. Can notes on the Trolley entity be made"
         " not required?", ["Trolley(notes:str?)"]),
        ("Could remarks on Locker be made optional?", ["Locker(remarks:str?)"]),
        ("On Locker could the key number be optional please?", ["Locker(key_number:str?)"]),
        ("New members don't always know it yet. On Locker can the key number be optional?",
         ["Locker(key_number:str?)"]),
    ],
)  # fmt: skip
def test_a_question_about_a_field_s_state_is_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_question_made_into_no_state_asks_nothing() -> None:
    # "made shorter" is no state a field is put in
    assert read("Could remarks on Locker be made shorter?").status == "needs_clarification"


def test_a_question_about_the_world_is_still_refused() -> None:
    result = read("When does the next ferry to the island leave?")
    assert result.status == "needs_clarification"
    assert result.notes == ("this is a question, not a request for a system",)


def test_a_statement_opening_with_when_does_not_make_a_question_of_the_ask() -> None:
    text = (
        "When a porter starts we don't have the badge number yet, so saving fails. On Porter"
        " could the badge number be optional please?"
    )
    result = read(text)
    assert result.notes != ("this is a question, not a request for a system",)


# --- "It'd be great to record each outing with …": "it'd" is "it would" ---------------------
def test_it_would_said_short_is_the_same_wish() -> None:
    text = "It'd be lovely to track each outing with a title, a meeting point and a cost."
    assert read_right(text) == ["Outing(title:str,meeting_point:str,cost:decimal)"]


def test_it_would_said_long_reads_as_before() -> None:
    text = "It would be lovely to track each outing with a title, a meeting point and a cost."
    assert read_right(text) == ["Outing(title:str,meeting_point:str,cost:decimal)"]


# --- "add a pager to nurses, and the ward name as well": one more field after the place ------
@pytest.mark.parametrize(
    "request_text",
    [
        "Could you add a pager to nurses, and the ward name as well?",
        "Please add a pager to nurses and the ward name too.",
    ],
)
def test_a_field_added_after_the_place_with_as_well(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Nurse(pager:str,ward_name:str)"]


def test_things_after_the_place_without_as_well_keep_their_reading() -> None:
    # "and the wards" names a second thing that gets the field
    assert read_right("Add a pager to nurses and the wards.", Intent.ADD_FIELDS) == [
        "Nurse(pager:str)",
        "Ward(pager:str)",
    ]


# --- "log fridge readings twice a day with …": how often, between the things and the list ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a ward clerk I want to log oxygen checks three times a day with checked at, flow"
         " rate and checked by.",
         ["OxygenCheck(checked_at:datetime,flow_rate:float,checked_by:str)"]),
        ("I want to record bin collections every week with collected at, bin count and crew"
         " name.", ["BinCollection(collected_at:datetime,bin_count:int,crew_name:str)"]),
    ],
)  # fmt: skip
def test_how_often_before_the_list_is_no_part_of_the_thing(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_each_day_as_the_thing_kept_stays_the_thing() -> None:
    assert read_right("I want to track each day with steps, calories and mood.") == [
        "Day(steps:str,calories:int,mood:str)"
    ]


def test_a_daily_field_in_the_list_stays() -> None:
    assert read_right("Create shifts with daily rate, start time and notes.") == [
        "Shift(daily_rate:decimal,start_time:datetime,notes:str)"
    ]


# --- "I'd like one place for our kayak hires: …": the place names the things kept in it -----
@pytest.mark.parametrize(
    "request_text",
    [
        "I'd like one place for our kayak hires: the hirer name, the hire date and a returned"
        " flag.",
        "We need somewhere for our kayak hires: the hirer name, the hire date and a returned flag.",
    ],
)
def test_a_place_for_things_is_about_the_things(request_text: str) -> None:
    assert read_right(request_text) == ["KayakHire(hirer_name:str,hire_date:date,returned:bool)"]


def test_places_as_the_things_kept_stay_places() -> None:
    assert read_right("Create places with name, address and capacity.") == [
        "Place(name:str,address:str,capacity:int)"
    ]


# --- "And a handover notes field while you're in there.": one more item, said in passing ------
@pytest.mark.parametrize(
    "request_text",
    [
        "Could you add a night flag to the Shift entity? And a handover notes field while you're"
        " in there.",
        "Please add a night flag to Shift. And a handover notes field while you are at it.",
    ],
)
def test_an_item_said_while_the_change_is_made_is_one_more(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Shift(night:bool,handover_notes:str)"]


def test_a_sentence_about_being_in_there_names_no_field() -> None:
    text = "Please add a night flag to Shift. We are in there every night."
    assert "every_night" not in " ".join(read_right(text, Intent.ADD_FIELDS))


# --- "When someone joins we often don't have their badge number …": what we lack is talk -------
@pytest.mark.parametrize(
    "request_text",
    [
        "When a porter starts we don't have the badge number yet, so saving fails. On Porter"
        " could the badge number be optional please?",
        "When someone joins we often don't have their badge number straight away. Could the"
        " badge number on Porter be optional?",
    ],
)
def test_what_we_do_not_have_yet_is_the_reason_not_a_list(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Porter(badge_number:str?)"]


def test_things_that_have_fields_still_declare_them() -> None:
    assert read_right("Porters have a name and a badge number.") == [
        "Porter(name:str,badge_number:str)"
    ]
