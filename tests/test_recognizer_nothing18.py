"""Requests where nothing was read (no entity, no change): families now read as asked.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.text import clean
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Could you call the Lodging entity Stay?", Intent.RENAME_ENTITY, ["Stay<Lodging()"]),
        ("Rename the Visit entity to Stay please", Intent.RENAME_ENTITY, ["Stay<Visit()"]),
        ("Add a towel fee to Stay.", Intent.ADD_FIELDS, ["Stay(towel_fee:decimal)"]),
        ("Kennel += towel fee", Intent.ADD_FIELDS, ["Kennel(towel_fee:decimal)"]),
    ],
)
def test_a_name_written_as_one_keeps_its_practice_word(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "Stay" is also data that must stay; written as a name, it is the thing."""
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Existing rows must stay.", "All data stays in the database", "Deploy with docker"],
)
def test_practice_lines_stay_how_to_build(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert not got.entities


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The porters say trolley, not cart. Please rename Cart to Trolley.",
            Intent.RENAME_ENTITY,
            ["Trolley<Cart()"],
        ),
        (
            "Please rename Cart to Trolley, the porters all say trolley not cart.",
            Intent.RENAME_ENTITY,
            ["Trolley<Cart()"],
        ),
        (
            "Admin note: everyone says handler, not trainer. Could you rename trainer to "
            "handler on Dog?",
            Intent.RENAME_FIELD,
            ["Dog(handler:str<trainer)"],
        ),
        (
            "The warehouse lads keep calling pallets 'skids' and that is annoying everyone. "
            "Rename the Pallet entity to Skid.",
            Intent.RENAME_ENTITY,
            ["Skid<Pallet()"],
        ),
    ],
)
def test_what_people_say_instead_backs_the_rename(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text", ["the team says runner, not courier", "everybody says skid, not pallet"]
)
def test_what_people_say_alone_asks(request_text: str) -> None:
    """Said alone it names no change: asked, never a thing with fields."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert not any(e.attributes for e in got.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Mechanics repair many vans and a van is serviced by several mechanics",
            ["Mechanic() many_to_many>Van"],
        ),
        (
            "Hikers join many clubs and clubs have lots of hikers",
            ["Hiker() many_to_many>Club"],
        ),
        (
            "A crew can work several shifts and a shift has many crews - connect Crew and "
            "Shift that way",
            ["Crew() many_to_many>Shift"],
        ),
        (
            "Each book has one author and an author writes many books",
            ["Book() many_to_one>Author"],
        ),
    ],
)
def test_one_link_said_from_both_ends(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Mechanics repair vans and drivers drive vans", "Crews work shifts and crews eat meals"],
)
def test_two_different_links_are_not_one(request_text: str) -> None:
    got = read(request_text)
    assert not (
        got.status == "recognized"
        and got.intent == Intent.ADD_RELATIONSHIP
        and any(r.kind == "many_to_many" for e in got.entities for r in e.relationships)
        and len(got.entities) == 1
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The system shall ensure that each Truck is based at exactly one Yard.",
            ["Truck() many_to_one>Yard"],
        ),
        ("The app must make sure that every booking belongs to one customer.", None),
        ("The system shall link each lease to one landlord.", ["Lease() many_to_one>Landlord"]),
    ],
)
def test_a_requirement_that_ensures_or_links_reads_the_link(
    request_text: str, expected: list[str] | None
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == (
        expected or ["Booking() many_to_one>Customer"]
    )


def test_a_requirement_about_how_to_build_stays_asked() -> None:
    got = read("The system shall ensure that passwords are hashed.")
    assert got.status == "needs_clarification"
    assert got.intent != Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "cleaned"),
    [
        ("i need 2 track candles 4 my shop", "for my shop"),
        ("bikes 4 our club w frame size", "for our club"),
        ("keep track off ferries with name", "keep track of ferries"),
        ("Keeping track off the hives", "Keeping track of the hives"),
    ],
)
def test_texting_for_and_track_of(request_text: str, cleaned: str) -> None:
    assert cleaned in clean(request_text).text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("track cabins with 4 beds each", "with 4 beds"),
        ("add tables 4 the patio", "tables 4 the patio"),
        ("kick off the season with a match", "kick off the season"),
    ],
)
def test_counts_and_other_offs_are_kept(request_text: str, kept: str) -> None:
    assert kept in clean(request_text).text


def test_texted_create_reads() -> None:
    got = read("i need 2 track candles 4 my shop w scent, wax and price")
    assert got.status == "recognized"
    assert shape(got) == ["Candle(scent:str,wax:str,price:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a ward clerk I want the rota field on Nurse to be called usual rota, so that it "
            "matches the board.",
            ["Nurse(usual_rota:str<rota)"],
        ),
        ("Naming thing: please rename the url field on Webhook to target url.", None),
        (
            "Please rename the hook field on Alert to endpoint url.",
            ["Alert(endpoint_url:str<hook)"],
        ),
    ],
)
def test_a_renamed_fields_names_are_names(request_text: str, expected: list[str] | None) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == (
        expected or ["Webhook(target_url:str<url)"]
    )


@pytest.mark.parametrize(
    "request_text", ["Naming conventions: snake case", "Naming: rename Stuff to Gear"]
)
def test_naming_talk_without_a_named_change_is_asked(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "There's a field on Patient called next of kin. Nobody fills it in, so take that "
            "field out.",
            Intent.REMOVE_FIELDS,
            ["Patient(next_of_kin:str)"],
        ),
        (
            "There is a column in the Kennel table called run size. Take it out.",
            Intent.REMOVE_FIELDS,
            ["Kennel(run_size:str)"],
        ),
        (
            "There is a field on Pony called stable name. Rename it to yard name.",
            Intent.RENAME_FIELD,
            ["Pony(yard_name:str<stable_name)"],
        ),
    ],
)
def test_there_is_a_field_called_is_what_exists(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "called" names the field there; nothing is renamed from "there is a"."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == intent
    assert [s.split("(")[0] for s in shape(got)] == [e.split("(")[0] for e in expected]
    if intent == Intent.REMOVE_FIELDS:
        assert [a.name for e in got.entities for a in e.attributes] == [
            expected[0].split("(")[1].split(":")[0]
        ]
    else:
        assert shape(got) == expected


def test_a_field_called_is_never_renamed_from_there_is() -> None:
    got = read("There's a field on Tenant called fax.")
    assert not any(a.renamed_from for e in got.entities for a in e.attributes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "For the mugs we sell online: they also need a glaze colour and a weight.",
            ["Mug(glaze_colour:str,weight:float)"],
        ),
        (
            "About the tents from the scout store: they need a peg count too.",
            ["Tent(peg_count:int)"],
        ),
        (
            "For the boats we hire out in summer: they also have a deposit and a length.",
            ["Boat(deposit:decimal,length:float)"],
        ),
    ],
)
def test_things_said_with_who_keeps_them_then_they(request_text: str, expected: list[str]) -> None:
    """ "the mugs we sell online" is the topic; "they" points back at the mugs."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_the_place_said_first_is_still_the_setting() -> None:
    got = read("For our club we need members with name and email")
    assert got.intent == Intent.CREATE_ENTITY
    assert shape(got) == ["Member(name:str,email:email)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "As a coach I want each Drill to also hold a difficulty level so players progress "
            "slowly.",
            Intent.ADD_FIELDS,
            ["Drill(difficulty_level:str)"],
        ),
        (
            "Add a grade to Climb so climbers learn the grades.",
            Intent.ADD_FIELDS,
            ["Climb(grade:str)"],
        ),
        (
            "Track bus stops with name, shelter (yes/no) so riders always know",
            Intent.CREATE_ENTITY,
            ["BusStop(name:str,shelter:bool)"],
        ),
    ],
)
def test_so_people_can_is_what_it_is_for(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The lifeguards keep asking about this - pools should also have a depth.",
            Intent.ADD_FIELDS,
            ["Pool(depth:float)"],
        ),
        (
            "The council voted on it - please remove the fax from Hall.",
            Intent.REMOVE_FIELDS,
            ["Hall(fax:str)"],
        ),
        (
            "Our members keep asking about it — could Boat also get a mooring number?",
            Intent.ADD_FIELDS,
            ["Boat(mooring_number:str)"],
        ),
    ],
)
def test_a_reason_before_a_dash_backs_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_thing_before_a_dash_still_heads_its_list() -> None:
    got = read("Pools - depth, length and lane count")
    assert got.intent == Intent.CREATE_ENTITY
    assert shape(got) == ["Pool(depth:float,length:float,lane_count:int)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Since all our lamps are LED now, the bulb type on lanterns tells us nothing, so "
            "please drop it.",
            ["Lantern(bulb_type)"],
        ),
        (
            "the wax colour on candles means nothing to buyers, so please remove it.",
            ["Candle(wax_colour)"],
        ),
        (
            "The fax number on Supplier does nothing for us any more. Please drop it.",
            ["Supplier(fax_number)"],
        ),
    ],
)
def test_a_field_said_to_tell_nothing_is_what_drop_it_means(
    request_text: str, expected: list[str]
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.REMOVE_FIELDS
    assert [f"{e.name}({','.join(a.name for a in e.attributes)})" for e in got.entities] == (
        expected
    )


def test_what_a_field_tells_without_an_ask_removes_nothing() -> None:
    got = read("The gate code on Site tells the driver where to go")
    assert got.intent != Intent.REMOVE_FIELDS


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Rename the Cart entity to Trolley, we dont use cart anymore",
            Intent.RENAME_ENTITY,
            ["Trolley<Cart()"],
        ),
        (
            "please rename the Hut entity to Cabin. We don't use hut annymore.",
            Intent.RENAME_ENTITY,
            ["Cabin<Hut()"],
        ),
        (
            "rename fax to pager on Chef, nobody uses fax now",
            Intent.RENAME_FIELD,
            ["Chef(pager:str<fax)"],
        ),
    ],
)
def test_the_old_name_no_longer_used_is_why_it_is_renamed(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_another_thing_no_longer_needed_is_a_second_change() -> None:
    got = read("Rename the Kiln entity to Oven. We no longer need the Glaze entity.")
    assert got.status == "needs_clarification"
    assert any("at once" in note for note in got.notes)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The deposit on Booking should be optional - please amend.",
            Intent.MODIFY_FIELDS,
            ["Booking(deposit:decimal?)"],
        ),
        (
            "Make the weight on Sack a float, please fix that, thanks",
            Intent.MODIFY_FIELDS,
            ["Sack(weight:float)"],
        ),
        (
            "The hull length on the Dinghy entity should be a number, not text — pls amend.",
            Intent.MODIFY_FIELDS,
            ["Dinghy(hull_length:float)"],
        ),
    ],
)
def test_please_amend_after_the_change_is_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize("request_text", ["Please fix", "please amend it, thanks"])
def test_please_fix_alone_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "cleaned"),
    [
        ("we dont use hut annymore", "anymore"),
        ("the Owner is allready there", "already"),
        ("The system shall maintian a register", "maintain"),
        ("pls ammend the type", "amend"),
    ],
)
def test_glue_word_slips_are_mended(request_text: str, cleaned: str) -> None:
    assert cleaned in clean(request_text).text


def test_a_real_word_near_a_glue_word_is_kept() -> None:
    assert "mend nets" in clean("we need to mend nets with size and colour").text


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The Fitting entity name is odd. Could the entity be called Install instead?",
            ["Install<Fitting()"],
        ),
        (
            "Honestly the name 'Hut' puzzles the campers. Could the entity be called Cabin?",
            ["Cabin<Hut()"],
        ),
        ("I named my thing Hut. Can you rename it to Cabin?", ["Cabin<Hut()"]),
    ],
)
def test_the_entity_said_before_is_what_gets_its_new_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Could the entity be called Cabin?", "The name 'hut' is silly. Could it be called cabin?"],
)
def test_a_new_name_for_no_entity_said_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We stopped running quizzes after the landlord left, so you can bin the Quiz entity.",
            "Quiz",
        ),
        ("The tombola is over for good, so you can bin the Tombola entity now.", "Tombola"),
        ("Nobody rents lockers any more, so you can ditch the Locker entity.", "Locker"),
    ],
)
def test_so_you_can_bin_the_entity_is_the_ask(request_text: str, expected: str) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.REMOVE_ENTITY
    assert [e.name for e in got.entities] == [expected]


def test_so_you_can_see_it_is_still_a_reason() -> None:
    got = read("Add a locker number to Member so you can see it at the desk.")
    assert got.intent == Intent.ADD_FIELDS
    assert shape(got) == ["Member(locker_number:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Quick one from the kennel staff: where it says run on the dogs, we call it pen.",
            ["Dog(pen:str<run)"],
        ),
        (
            'Where it says "lot number" on the auctions, we actually call it "paddle" here. '
            "Could we rename it?",
            ["Auction(paddle:str<lot_number)"],
        ),
        (
            "Note from the front desk: where it says guest on the rooms, we call it occupant.",
            ["Room(occupant:str<guest)"],
        ),
    ],
)
def test_where_it_says_after_a_lead_in(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


def test_where_it_says_keeps_a_plain_create() -> None:
    got = read("Rooms: number, floor and guest")
    assert got.intent == Intent.CREATE_ENTITY
    assert shape(got) == ["Room(number:str,floor:str,guest:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Owners often forget the chip number so can chip number be optional on Dog?",
            ["Dog(chip_number:str?)"],
        ),
        (
            "Half our riders never give a helmet size so can helmet size be optional on Rider?",
            ["Rider(helmet_size:str?)"],
        ),
        (
            "The auditors changed their minds so could vat number be required on Supplier?",
            ["Supplier(vat_number:str)"],
        ),
    ],
)
def test_so_can_a_bare_field_be_optional(request_text: str, expected: list[str]) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == Intent.MODIFY_FIELDS
    assert [s.split(":")[0] for s in shape(got)] == [e.split(":")[0] for e in expected]
    assert [a.required for e in got.entities for a in e.attributes] == [
        not e.endswith("?)") for e in expected
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "helmet size doesn't need to be required for riders, can you change that?",
            ["Rider(helmet_size:str?)"],
        ),
        ("the chip number should not be required for dogs", ["Dog(chip_number:str?)"]),
        ("The vat number must not be mandatory on Supplier", ["Supplier(vat_number:str?)"]),
    ],
)
def test_not_required_for_the_things_is_optional(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_not_required_for_the_app_changes_no_field() -> None:
    got = read("Photos are not required for the website")
    assert got.intent != Intent.MODIFY_FIELDS or got.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "so we stopped the van rounds so um take the van number off the orders thing",
            Intent.REMOVE_FIELDS,
            ["Order(van_number)"],
        ),
        ("we closed the cafe so drop the menu entity", Intent.REMOVE_ENTITY, ["Menu()"]),
        (
            "the pool shut last year so remove the pool fee from members",
            Intent.REMOVE_FIELDS,
            ["Member(pool_fee)"],
        ),
    ],
)
def test_said_aloud_so_then_the_removal(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == intent
    assert [f"{e.name}({','.join(a.name for a in e.attributes)})" for e in got.entities] == (
        expected
    )


def test_so_take_inside_a_list_is_no_removal() -> None:
    got = read("Track ferries with name, so-called class and crew size")
    assert got.intent != Intent.REMOVE_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each quiz night needs many volunteers.", ["QuizNight() many_to_many>Volunteer"]),
        ("A shift requires multiple nurses", ["Shift() many_to_many>Nurse"]),
        ("A regatta needs several marshals", ["Regatta() many_to_many>Marshal"]),
    ],
)
def test_needing_several_things_is_a_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_needing_one_field_is_still_a_field() -> None:
    got = read("Each kennel needs a heat lamp")
    assert got.intent == Intent.ADD_FIELDS
    assert [a.name for e in got.entities for a in e.attributes] == ["heat_lamp"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Is there a many-to-many between Hikers and Trails? If not can you add one",
            ["Hiker() many_to_many>Trail"],
        ),
        ("how do i give a Kiln a single supplier?", ["Kiln() many_to_one>Supplier"]),
        ("how can we give each Crate several bottles?", ["Crate() many_to_many>Bottle"]),
    ],
)
def test_a_beginner_asking_for_a_link_asks_for_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "request_text", ["how do i give a talk", "is there a many to many between us and them"]
)
def test_questions_naming_no_things_are_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"
