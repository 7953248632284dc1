"""Changes to things that exist, said in a chatty message: background before the ask (the
occasion of the message before a colon, how the ask came about, who wants it), asks said with a
verb of noting ("could we also note the X"), reasons said after the change. Each family has
counterparts that keep their reading.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- the occasion of a message, said before a colon, is background ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Follow-up from Tuesday's planning call: on Kiln we also want to record the firing "
         "temperature.", ["Kiln(firing_temperature:float)"]),
        ("Following up after the stand-up: the Tractor should also have a service date.",
         ["Tractor(service_date:date)"]),
        ("One thing I forgot to mention earlier: Greenhouse should also carry a vent count "
         "(integer).", ["Greenhouse(vent_count:int)"]),
        ("Small one: Lighthouse should also have a keeper name.",
         ["Lighthouse(keeper_name:str)"]),
    ],
)  # fmt: skip
def test_the_occasion_before_a_colon_is_no_topic(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_thing_before_a_colon_is_still_the_topic() -> None:
    # no occasion word: "Ferries" before the colon is what the fields belong to
    assert read_right("Ferries: name, capacity (integer)") == ["Ferry(name:str,capacity:int)"]


# --- "could we also note the X": a verb of noting in an ask keeps the X ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could we also note the mooring fee on Barge?", ["Barge(mooring_fee:decimal)"]),
        ("Please also capture the moisture level for every Silo.",
         ["Silo(moisture_level:str)"]),
        ("We want to jot down the arrival time on each Delivery.",
         ["Delivery(arrival_time:datetime)"]),
        ("On Dredger could we also note the bucket size and a hull cleaned flag?",
         ["Dredger(bucket_size:str,hull_cleaned:bool)"]),
    ],
)  # fmt: skip
def test_noting_asked_for_adds_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_note_as_a_remark_adds_nothing() -> None:
    # "please note" before a sentence is a remark, no field is kept
    assert read("Please note the app must be fast.").status == "needs_clarification"


# --- who wants the change, said after it, is no part of it --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Change the depth on Borehole to decimal, the surveyors want it precise.",
         Intent.MODIFY_FIELDS, ["Borehole(depth:decimal)"]),
        ("Change the depth on Borehole to decimal, the surveyors demand it.",
         Intent.MODIFY_FIELDS, ["Borehole(depth:decimal)"]),
        ("The Shipment entity should be renamed to Consignment, our broker insists.",
         Intent.RENAME_ENTITY, ["Consignment<Shipment()"]),
        ("The Kennel should have a run size as well, if that would be fine",
         Intent.ADD_FIELDS, ["Kennel(run_size:str)"]),
    ],
)  # fmt: skip
def test_who_wants_it_after_the_change_is_talk(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_second_wish_after_a_change_is_not_cut_off() -> None:
    # "want the pump type too" asks for more than the change: never read as the change alone
    result = read("Change the depth on Borehole to decimal, the surveyors want the pump type too.")
    assert result.status == "needs_clarification"


# --- whose an entity is, said before a name marked as an entity ---------------------------------
def test_the_owner_of_a_marked_entity_is_no_entity() -> None:
    assert read_right(
        "The orchard's Tree entity should be called Sapling now.", Intent.RENAME_ENTITY
    ) == ["Sapling<Tree()"]


def test_a_possessive_before_a_field_still_names_the_owner() -> None:
    assert read_right("Rename Kettle's volume field to capacity", Intent.RENAME_FIELD) == [
        "Kettle(capacity:str<volume)"
    ]


# --- "the field F on X <says something>": the field a later "it" points back to -----------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("The column grade on Climb puzzles new members. Could we rename it to difficulty?",
         Intent.RENAME_FIELD, ["Climb(difficulty:str<grade)"]),
        ("Tiny one: the field depth on Pond worries the wardens, please rename it to max depth.",
         Intent.RENAME_FIELD, ["Pond(max_depth:str<depth)"]),
        ("The field notes on Kiln was never used. Just get rid of it.",
         Intent.REMOVE_FIELDS, ["Kiln(notes:str)"]),
    ],
)  # fmt: skip
def test_a_field_marked_before_its_name_is_what_it_points_to(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "we made the X thing, but …": the thing made already is what the change is about ----------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("We made the Concert thing, but the ticket price field is not needed.",
         Intent.REMOVE_FIELDS, ["Concert(ticket_price:decimal)"]),
        ("Yesterday you built the Harvest entity for us, but the yield should be a decimal.",
         Intent.MODIFY_FIELDS, ["Harvest(yield_value:decimal)"]),
        ("We built the Kiln thing last week, but could you add a firing count?",
         Intent.ADD_FIELDS, ["Kiln(firing_count:int)"]),
    ],
)  # fmt: skip
def test_the_thing_made_before_but_is_changed(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- a new name with "of" inside, then the owner ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename issued to date of issue on Passport", ["Passport(date_of_issue:str<issued)"]),
        ("I would like to rename maker to country of make for Bicycle",
         ["Bicycle(country_of_make:str<maker)"]),
        ("Rename the port field on Vessel to port of registry",
         ["Vessel(port_of_registry:str<port)"]),
    ],
)  # fmt: skip
def test_of_inside_a_new_name_binds_its_words(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename Tanker to OilTanker", ["OilTanker<Tanker()"]),
        ("rename Course to Module", ["Module<Course()"]),
        ("rename the Course entity to Module", ["Module<Course()"]),
    ],
)  # fmt: skip
def test_entity_renames_stay_entity_renames(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == expected


# --- background, then "so we can drop F from X": the ask that follows from it ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Payroll moved to the new provider, so we can remove the tax code from Employee.",
         ["Employee(tax_code:str)"]),
        ("The depot closed last month, so we can drop the depot code from Van.",
         ["Van(depot_code:str)"]),
    ],
)  # fmt: skip
def test_so_we_can_drop_after_background_is_the_ask(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_so_we_can_after_a_change_is_still_what_it_is_for() -> None:
    assert read_right(
        "Add a phone to Customer, so we can remove the fax from the form.", Intent.ADD_FIELDS
    ) == ["Customer(phone:str)"]


# --- "in our club we also want F for each X": the club is the scene, X owns F ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("In our sailing club we also want to record the sail number for each Dinghy.",
         ["Dinghy(sail_number:str)"]),
        ("At our kennel we also want to keep the run size for each Dog.", ["Dog(run_size:str)"]),
    ],
)  # fmt: skip
def test_the_scene_before_we_is_no_owner_when_each_thing_is_named(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_a_place_before_we_is_still_the_owner_without_each() -> None:
    result = read("For the construction sites we no longer need the permit number")
    assert result.intent == Intent.REMOVE_FIELDS
    assert [e.name for e in result.entities] == ["ConstructionSite"]


# --- "add F to X, as a T": the type said after the owner ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("In our cycling club we want to add a frame size to Bike, as an integer.",
         ["Bike(frame_size:int)"]),
        ("record the tide height for each Mooring, as a number", ["Mooring(tide_height:float)"]),
    ],
)  # fmt: skip
def test_a_type_after_the_owner_types_the_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


# --- "the X wants us to record F": who asks is no thing kept ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The club secretary now wants us to record the tide height for every launch.",
         ["Launch(tide_height:float)"]),
        ("Our auditor asked us to add a cost centre to Invoice.", ["Invoice(cost_centre:str)"]),
    ],
)  # fmt: skip
def test_who_wants_us_to_keep_it_is_not_the_owner(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_who_wants_us_to_track_things_still_creates_them() -> None:
    assert read_right(
        "Our head coach asked us to track athletes with name, club and best time."
    ) == ["Athlete(name:str,club:str,best_time:str)"]


# --- "…, people ring me …" after a list is why, not an item ------------------------------------
def test_what_people_do_to_us_after_a_list_is_no_item() -> None:
    assert read_right(
        "Beekeeping is busy. For each hive I also want the inspector's name, people phone me "
        "about it all the time.",
        Intent.ADD_FIELDS,
    ) == ["Hive(inspector_name:str)"]


def test_a_listed_item_starting_with_people_stays_an_item() -> None:
    assert read_right(
        "For each hive I also want the inspector's name, the frame count and people per visit.",
        Intent.ADD_FIELDS,
    ) == ["Hive(inspector_name:str,frame_count:int,people_per_visit:int)"]


# --- "I want Xs to have F": one field wished for things is asked of things that exist ---------
def test_a_wish_for_one_more_field_adds_it() -> None:
    assert read_right("As a librarian I want books to have a shelf code.", Intent.ADD_FIELDS) == [
        "Book(shelf_code:str)"
    ]


def test_a_wish_for_several_fields_still_creates() -> None:
    assert read_right(
        "As a teacher, I want each assignment to have a title, a due date and a maximum score."
    ) == ["Assignment(title:str,due_date:date,maximum_score:float)"]


# --- what replaced it, where it moved, what people keep saying: reasons for the change --------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Drop the Timesheet entity, the payroll team moved to a new tool.",
         Intent.REMOVE_ENTITY, ["Timesheet()"]),
        ("Remove the Voucher entity. The gift card module replaces it.",
         Intent.REMOVE_ENTITY, ["Voucher()"]),
        ("Could we rename grade to level on Climb? The members keep saying level.",
         Intent.RENAME_FIELD, ["Climb(level:str<grade)"]),
    ],
)  # fmt: skip
def test_what_happened_instead_is_a_reason(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert read_right(request_text, intent) == expected
    assert result.business_rules  # the reason is kept, not lost


def test_a_sentence_declaring_fields_after_a_change_is_not_a_reason() -> None:
    # "keep a logbook with …" is no "keep saying": it describes something, and is asked about
    result = read("Rename grade to level on Climb. The members keep a logbook with date and route.")
    assert result.status == "needs_clarification"


# --- an occasion said by its day, with asides, and a label with a complaint, before a colon ----
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("After Monday's site walk: the Trench should also have a depth.",
         Intent.ADD_FIELDS, ["Trench(depth:float)"]),
        ("Following last week's board review (two hours, sorry for the delay): we all felt that "
         "tide code on Berth is confusing, so please remove it.",
         Intent.REMOVE_FIELDS, ["Berth(tide_code:str)"]),
        ("hey, quick thing but it annoys the drivers: on Van the field reg should be called "
         "plate number.", Intent.RENAME_FIELD, ["Van(plate_number:str<reg)"]),
    ],
)  # fmt: skip
def test_an_occasion_or_a_complaint_before_a_colon_is_background(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_field_said_after_that_is_what_it_points_to() -> None:
    assert read_right(
        "The feeling is that tide code on Berth is confusing everyone, so please remove it.",
        Intent.REMOVE_FIELDS,
    ) == ["Berth(tide_code:str)"]


# --- the meeting, the agreeing and what people kept doing are how the ask came about ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The parish council met on Tuesday and we agreed we don't need the grave depth on plots "
         "any more. Could you take that off please?", ["Plot(grave_depth:float)"]),
        ("We don't need the mooring fee on berths any more, people kept forgetting it. Could you "
         "remove it?", ["Berth(mooring_fee:decimal)"]),
        ("Ugh, turns out nobody fills in the fax number on suppliers. Can you take it out?",
         ["Supplier(fax_number:str)"]),
    ],
)  # fmt: skip
def test_how_the_ask_came_about_is_background(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_who_noticed_a_field_is_no_part_of_its_name() -> None:
    result = read("We noticed the weight on Parcel is a string, it should be a decimal.")
    assert (result.intent, shape(result)) == (Intent.MODIFY_FIELDS, ["Parcel(weight:decimal)"])


def test_data_that_must_be_kept_is_still_a_constraint() -> None:
    result = read("Track donors with name and email. Old entries must be kept for audit.")
    assert "Old entries must be kept for audit." in result.business_rules


# --- "and while you're at it F too": the moment is talk, F is added ----------------------------
def test_while_you_are_at_it_adds_the_next_field() -> None:
    assert read_right(
        "Could you add a hull number to the Barge entity? And while you're at it a crew count too.",
        Intent.ADD_FIELDS,
    ) == ["Barge(hull_number:str,crew_count:int)"]


# --- "the entity is called X" describes what it is called now; the ask follows -----------------
def test_what_the_entity_is_called_now_is_no_rename() -> None:
    assert read_right(
        'Hi, the climbing gym app: we keep saying "wall" but the entity is called Route. Can you '
        "rename Route to Wall? Thanks!",
        Intent.RENAME_ENTITY,
    ) == ["Wall<Route()"]


def test_a_named_entity_called_something_now_is_still_a_rename() -> None:
    assert read_right("The Ferry entity is called Barge now", Intent.RENAME_ENTITY) == [
        "Barge<Ferry()"
    ]


# --- "put F" on a thing said first adds F, as "add F" does -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The Orchard entity in our farm app, can you put a soil type and the picker name.",
         ["Orchard(soil_type:str,picker_name:str)"]),
        ("Silo: put a moisture level", ["Silo(moisture_level:str)"]),
    ],
)  # fmt: skip
def test_put_on_a_thing_adds(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_put_together_still_builds() -> None:
    assert read_right("Put together an app for tracking bikes with frame size and colour.") == [
        "Bike(frame_size:str,colour:str)"
    ]


# --- 'could "F" be …': a quoted name after the ask is the field changed ------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ('on Recital, could "piece title" be renamed to "work title"?',
         Intent.RENAME_FIELD, ["Recital(work_title:str<piece_title)"]),
        ("On Kayak, could 'hull code' be optional?", Intent.MODIFY_FIELDS,
         ["Kayak(hull_code:str?)"]),
    ],
)  # fmt: skip
def test_a_quoted_field_after_could_is_changed(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "I'd rather those were optional": the wished state is the change -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Feeding notes on pens — I'd rather those were optional, a lot of days there's nothing "
         "to report.", ["Pen(feeding_notes:str?)"]),
        ("We'd prefer it if the fee on Lesson was optional.", ["Lesson(fee:decimal?)"]),
    ],
)  # fmt: skip
def test_a_wished_state_is_the_change(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_rather_having_things_is_no_change() -> None:
    result = read("I would rather have a list of kilns with name and temperature.")
    assert result.intent != Intent.MODIFY_FIELDS


# --- counterparts found by probing: what the new rules leave alone ------------------------------
def test_noting_down_what_follows_a_colon_keeps_the_create() -> None:
    assert read_right(
        "Could you note down the requirements: track vans with plate and driver."
    ) == ["Van(plate:str,driver:str)"]


def test_what_we_are_doing_is_no_reason() -> None:
    # only what people keep doing is a reason; "we are tracking boats with …" is not cut off
    result = read("Our club is growing, we are tracking boats with name and length.")
    assert not (result.status == "recognized" and result.intent != Intent.CREATE_ENTITY)


# --- what happened, then "so the F on X should be …": the change it calls for -----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A storm hit the marina last week so the berth fee on Mooring should be optional.",
         ["Mooring(berth_fee:decimal?)"]),
        ("Two climbers left early yesterday (long story, a car broke down) so the end time on "
         "Ascent needs to be optional, they never came back.", ["Ascent(end_time:datetime?)"]),
    ],
)  # fmt: skip
def test_so_the_field_should_be_after_background_is_the_ask(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_so_after_an_add_is_still_what_it_is_for() -> None:
    assert read_right(
        "Add a berth fee to Mooring so the fee on Invoice can be checked.", Intent.ADD_FIELDS
    ) == ["Mooring(berth_fee:decimal)"]


# --- "we switched to X so <change>", "the board asks for it every spring" ----------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("We switched to a flat rate so the hourly rate on Job can go.",
         Intent.REMOVE_FIELDS, ["Job(hourly_rate:decimal)"]),
        ("Could you add a permit number to Stall? The market office asks for it every season.",
         Intent.ADD_FIELDS, ["Stall(permit_number:str)"]),
    ],
)  # fmt: skip
def test_what_we_switched_to_and_who_asks_are_reasons(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_switching_so_we_can_do_something_is_no_change() -> None:
    # "so we can …" after the switch is what it is for, not a change
    result = read("We switched to a new supplier so we can order faster.")
    assert result.status == "needs_clarification"


# --- 'people call "A" the "B", can we rename that on X': a field rename ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The drivers keep calling 'drop time' the 'arrival time', can we rename that on "
         "deliveries?", ["Delivery(arrival_time:str<drop_time)"]),
        ("Our nurses have started calling the 'ward code' field 'unit code' on the forms, so "
         "could you rename it on beds to match?", ["Bed(unit_code:str<ward_code)"]),
    ],
)  # fmt: skip
def test_what_people_call_a_field_is_its_new_name(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


def test_what_people_call_a_field_without_an_ask_is_no_rename() -> None:
    assert read("The staff keep calling the 'fax' field 'phone'.").status == "needs_clarification"


# --- "please add these two fields": the fields said before, added --------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "For the Barge we also need the hull number and the crew count. Please add these two "
        "fields.",
        "For the Barge we need also the hull number and the crew count. Please add this two "
        "fields, thank you.",
    ],
)
def test_these_two_fields_point_back(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Barge(hull_number:str,crew_count:int)"]


def test_add_two_named_fields_still_lists_them() -> None:
    assert read_right("Add two fields to Barge: hull number and crew count", Intent.ADD_FIELDS) == [
        "Barge(hull_number:str,crew_count:int)"
    ]


# --- "X has this F field but the team calls it G": G is the name asked for ---------------------
def test_what_the_team_calls_a_field_is_its_new_name() -> None:
    assert read_right(
        "So, the thing is, the Kiln entity has this peak field but the potters call it max temp. "
        "Could we rename it?",
        Intent.RENAME_FIELD,
    ) == ["Kiln(max_temp:str<peak)"]


def test_a_field_said_to_exist_without_another_name_is_no_rename() -> None:
    assert read("The Kiln entity has a peak field.").intent != Intent.RENAME_FIELD


# --- "F on X is T now but <why>, so F must be T2" -------------------------------------------------
def test_what_a_field_is_now_then_why_it_must_change() -> None:
    assert read_right(
        "The depth on Borehole is text now but most holes are measured in metres, so the depth "
        "must be a decimal.",
        Intent.MODIFY_FIELDS,
    ) == ["Borehole(depth:decimal)"]


def test_now_but_inside_a_list_is_not_cut() -> None:
    result = read("Track boats with name and length now but the owner later.")
    assert result.status == "needs_clarification"
    assert "OwnerLater" not in {e.name for e in result.entities}
