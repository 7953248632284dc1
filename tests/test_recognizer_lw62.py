"""Shapes a canal boat hire company and a repair café wrote that were misread (batch fresh-lw),
and two the lead found: a thing's own name said again as the place of a value, a value wanted
"logged on" a named thing, plurals before "offered"/"learned" that list which ones, a "best bit"
that is a field, an insurance excess, a plain kind and its closed compound linked twice, a
name that ends in "Service", a tool counted in a link, "X to Y is one-to-many" and a way a
thing goes ("pass through locks").

Every request here is written for this file (none is copied from the corpus), in trades the
batch did not use (bakeries, tram depots, dog walkers, bell ringers, orchards, ski hire, tattoo
studios, plumbers, lighthouses, allotments). What a person relies on: each is read as meant,
and the near wordings that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- the thing's own name said again after the value: the place, not part of the name ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("members also need their emergency contact on Member", "Member(emergency_contact:str)"),
        ("tenants also need their car registration on Tenant", "Tenant(car_registration:str)"),
        ("Walkers also need a van key number on the Walker entity", "Walker(van_key_number:str)"),
        ("Ringers also need their tower code for each ringer", "Ringer(tower_code:str)"),
    ],
)
def test_the_owner_said_again_after_a_value_is_its_place(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_value_on_something_else_keeps_its_words() -> None:
    # "name on card": a card is not the guest, so the words name the value
    assert reading("guests also need their name on card") == (
        Intent.ADD_FIELDS,
        ["Guest(name_on_card:str)"],
    )


# --- a value wanted kept on a named thing: the keeping word is no part of the name --------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we want the phone logged on Booking", "Booking(phone:str)"),
        ("we'd like the arrival time noted on Visit.", "Visit(arrival_time:datetime)"),
        (
            "the baker needs the oven number recorded against Batch, please",
            "Batch(oven_number:str)",
        ),
        ("I need the mileage recorded on VehicleCheck too", "VehicleCheck(mileage:int)"),
        ("we want the depot code stored on Tram so we can sort them", "Tram(depot_code:str)"),
    ],
)
def test_a_value_wanted_kept_on_a_named_thing_is_added(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text", ["we want the hours logged on Monday", "we want the data kept on Excel"]
)
def test_a_value_kept_on_a_day_or_data_in_a_tool_is_no_field(request_text: str) -> None:
    result = read(request_text)
    assert not (result.status == "recognized" and result.intent == Intent.ADD_FIELDS)


# --- a plural before "offered", "learned", "studied" says which ones, in words -----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create Tattooist with name, phone and styles offered",
            "Tattooist(name:str,phone:str,styles_offered:str)",
        ),
        (
            "As a plumber I want a list of engineers with name, email and services offered",
            "Engineer(name:str,email:email,services_offered:str)",
        ),
        (
            "Apprentice: name, start date, lessons learned",
            "Apprentice(name:str,start_date:date,lessons_learned:str)",
        ),
        (
            "Create Pupil with name and subjects studied",
            "Pupil(name:str,subjects_studied:str)",
        ),
    ],
)
def test_which_ones_offered_or_learned_are_text(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Course with title, places offered", "Course(title:str,places_offered:int)"),
        ("Create Course with title, tickets sold", "Course(title:str,tickets_sold:int)"),
        ("Create Revision with pupil, hours studied", "Revision(pupil:str,hours_studied:int)"),
    ],
)
def test_room_sales_and_hours_are_still_counted(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


# --- "the best bit", "the hardest thing": a ranked bit is the field itself ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create LessonFeedback with rating, best bit and worst bit",
            "LessonFeedback(rating:float,best_bit:str,worst_bit:str)",
        ),
        (
            "Review\n- stars (number)\n- hardest thing (text)\n- funniest bit",
            "Review(stars:float,hardest_thing:str,funniest_bit:str)",
        ),
    ],
)
def test_a_ranked_bit_or_thing_is_the_field(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


def test_a_beginners_bit_after_a_field_is_still_dropped() -> None:
    assert reading("Create Order with the colour thing, the notes bit, the interest bit") == (
        Intent.CREATE_ENTITY,
        ["Order(colour:str,notes:str,interest:str)"],
    )


# --- an excess is money; waived, it is whether --------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create SkiHire with skier, daily rate, excess and deposit",
            "SkiHire(skier:str,daily_rate:decimal,excess:decimal,deposit:decimal)",
        ),
        (
            "I want to track van insurance: insurer, premium, excess, renewal date",
            "VanInsurance(insurer:str,premium:decimal,excess:decimal,renewal_date:date)",
        ),
        (
            "Create Claim with policy number, excess waived and fee waived",
            "Claim(policy_number:str,excess_waived:bool,fee_waived:bool)",
        ),
    ],
)
def test_an_excess_is_money(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


def test_excess_before_another_noun_is_that_noun() -> None:
    assert reading("Create Flight with code, excess baggage, amount waived") == (
        Intent.CREATE_ENTITY,
        ["Flight(code:str,excess_baggage:str,amount_waived:decimal)"],
    )


# --- a plain kind, then its closed compound as the name: one link said twice ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "each repair is for one bench, so link every Repair to one Workbench",
            "Repair() many_to_one>Workbench",
        ),
        (
            "every delivery is for one bike, obviously, so please link each Delivery to a single"
            " Motorbike",
            "Delivery() many_to_one>Motorbike",
        ),
    ],
)
def test_a_kind_and_its_compound_linked_twice_is_one_link(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_two_different_things_linked_keep_both_links() -> None:
    assert accepted(
        "each order belongs to one customer and one warehouse", Intent.ADD_RELATIONSHIP
    ) == ["Order() many_to_one>Customer many_to_one>Warehouse"]


def test_a_word_inside_a_name_by_its_letters_only_is_no_compound() -> None:
    # "Ship" ends in "hip", but "s" is no word: two things
    assert reading("each voyage is for one hip and one Ship")[1] == [
        "Voyage() many_to_one>Hip many_to_one>Ship"
    ]


# --- a name written whole that ends in "Service", "Site", "Tool" is the thing -------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Bell weight on BellService should be a float.", "BellService(bell_weight:float)"),
        ("The venue on FuneralService should be optional", "FuneralService(venue:str?)"),
        ("Pressure on BoilerService should be an integer", "BoilerService(pressure:int)"),
    ],
)
def test_a_change_on_a_name_ending_in_service_is_read(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_a_change_on_the_system_built_is_not_read() -> None:
    result = read("the login on the portal should be optional")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each ladder loan is for a single tool.", "LadderLoan() many_to_one>Tool"),
        ("each hire is for exactly one tool", "Hire() many_to_one>Tool"),
    ],
)
def test_a_tool_counted_in_a_link_is_a_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_tool_not_counted_is_still_the_app() -> None:
    result = read("link members to the tool")
    assert not (result.status == "recognized" and result.intent == Intent.ADD_RELATIONSHIP)


# --- "X to Y is one-to-many": the two ends, then the kind ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Orchard to TreeSurvey is one-to-many.", "TreeSurvey() many_to_one>Orchard"),
        ("Depot to Tram: one-to-many", "Tram() many_to_one>Depot"),
        ("Plot to Allotment is many-to-one", "Plot() many_to_one>Allotment"),
        ("Keeper to Lighthouse should be many to many", "Keeper() many_to_many>Lighthouse"),
        ("Bakery to Delivery, one to many", "Delivery() many_to_one>Bakery"),
    ],
)
def test_x_to_y_then_the_kind_is_a_link(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_add_to_is_still_an_add() -> None:
    assert accepted("Add email to Walker", Intent.ADD_FIELDS) == ["Walker(email:email)"]


# --- the way a thing goes: "pass through", "run along" ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Cruising routes pass through locks.", "CruisingRoute() many_to_many>Lock"),
        ("Trams run along lines", "Tram() many_to_many>Line"),
        ("Pipelines run across farms", "Pipeline() many_to_many>Farm"),
        ("Each walk passes through many meadows", "Walk() many_to_many>Meadow"),
    ],
)
def test_the_way_a_thing_goes_is_a_link(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text", ["Staff work through lunch", "Walkers work along the canal"]
)
def test_a_way_not_counted_links_nothing(request_text: str) -> None:
    result = read(request_text)
    assert not (result.status == "recognized" and result.intent == Intent.ADD_RELATIONSHIP)


# --- a kept frame word written as a name is the thing made --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Site with name and address", ["Site(name:str,address:str)"]),
        ("Add a Tool with name and code", ["Tool(name:str,code:str)"]),
        (
            "Two things: Platform with number and length (float); and Train with code. Each train"
            " is for one platform.",
            ["Platform(number:str,length:float)", "Train(code:str) many_to_one>Platform"],
        ),
    ],
)
def test_a_kept_frame_word_written_as_a_name_is_made(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_frame_word_in_lower_case_is_still_the_software() -> None:
    result = read("Create a tool with login and password")
    assert result.status == "needs_clarification"


# --- "shouldn't be text, it should be a decimal": the type it should have -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the ring weight on Bell shouldn't be text, it should be a decimal.",
            "Bell(ring_weight:decimal)",
        ),
        ("the girth on Tree isn't text but a float", "Tree(girth:float)"),
        ("Phone on Plumber can't be a number, it has to be text", "Plumber(phone:str)"),
    ],
)
def test_the_type_it_should_have_after_one_it_should_not(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_a_type_then_how_it_is_shown_is_no_change_of_type() -> None:
    result = read("The total isn't a number, it should be shown in red")
    assert not (result.status == "recognized" and result.intent == Intent.MODIFY_FIELDS)


# --- "we don't use anymore the X": anymore said before the field --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "for the SkiHire we don't use anymore the helmet size, the helmets are one size now."
            " Please remove it.",
            "SkiHire helmet_size",
        ),
        ("on Tenant we don't need anymore the fax, please remove it", "Tenant fax"),
    ],
)
def test_anymore_before_the_field_removes_it(request_text: str, expected: str) -> None:
    owner, name = expected.split()
    (entity,) = accepted_entities(request_text, Intent.REMOVE_FIELDS)
    assert (entity.name, [a.name for a in entity.attributes]) == (owner, [name])


def accepted_entities(request_text: str, intent: Intent):
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", intent), result.confidence
    return result.entities


# --- "keep X - for each one we need …": the list after the dash, whole --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "we'd love somewhere to keep our orchard visits - for each one we need the picker"
            " name, the visit date and the kilos picked",
            "OrchardVisit(picker_name:str,visit_date:date,kilos_picked:float)",
        ),
        (
            "we track dog walks: for each one we'd need the walker name, the route and the"
            " duration",
            "DogWalk(walker_name:str,route:str,duration:str)",
        ),
    ],
)
def test_for_each_one_after_a_dash_keeps_the_first_field(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


# --- a contribution or a stipend is money -------------------------------------------------------
def test_a_contribution_or_a_stipend_is_money() -> None:
    assert reading("Sponsors - company name, annual contribution, monthly stipend, logo url") == (
        Intent.CREATE_ENTITY,
        [
            "Sponsor(company_name:str,annual_contribution:decimal,monthly_stipend:decimal,logo_url:str)"
        ],
    )


# --- parts, materials, spares used: which ones, in words ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create BoilerJob with visit date, parts replaced and labour hours",
            "BoilerJob(visit_date:date,parts_replaced:str,labour_hours:float)",
        ),
        (
            "Tattoo session: client, materials used, price",
            "TattooSession(client:str,materials_used:str,price:decimal)",
        ),
    ],
)
def test_parts_or_materials_used_say_which(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


def test_things_replaced_are_still_counted() -> None:
    assert reading("Create BoilerJob with visit date, valves replaced") == (
        Intent.CREATE_ENTITY,
        ["BoilerJob(visit_date:date,valves_replaced:int)"],
    )


# --- "in the X there is the field 'a', but we prefer to call it 'b'": a rename ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "In the Kiln there is a field 'max temp', but we'd rather call it 'peak temperature'.",
            "Kiln(peak_temperature:str<max_temp)",
        ),
        (
            'Hi, in Tree, there is the column "girth", but I would prefer to call it "trunk girth"'
            " because we measure at chest height. Can you rename it?",
            "Tree(trunk_girth:str<girth)",
        ),
    ],
)
def test_a_field_pointed_out_then_called_another_name_is_renamed(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == [expected]


def test_a_field_pointed_out_then_removed_is_removed() -> None:
    assert accepted(
        "In the Kiln there is a field 'max temp', please remove it", Intent.REMOVE_FIELDS
    ) == ["Kiln(max_temp:float)"]


# --- "call speciality main skill instead": a word that only opens a name starts the new one ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On Allotment, call crop main crop instead.", "Allotment(main_crop:str<crop)"),
        ("Plumber: call mobile primary phone instead", "Plumber(primary_phone:str<mobile)"),
        (
            "On Tenant, call landline preferred phone instead",
            "Tenant(preferred_phone:str<landline)",
        ),
    ],
)
def test_a_name_opening_word_starts_the_new_name(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == [expected]


def test_a_head_said_twice_still_cuts_the_names() -> None:
    assert accepted("Kiln: call temp max temp instead", Intent.RENAME_FIELD) == [
        "Kiln(max_temp:str<temp_value)"
    ]
