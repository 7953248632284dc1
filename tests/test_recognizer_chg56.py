"""Changes said indirectly: a field or a thing dropped, renamed, retyped or linked, said in a
note, a ticket, a chat line or a letter, with the reason or an aside around it and the owner
given as a heading, a label, a possessive or a place said first.

Every request here is written for this file (none is copied from the corpus), in trades no other
test file uses (glassblowing, taxidermy, kitesurfing, tea, locksmiths, piano tuning, beach huts,
watch repair, pet grooming, interpreting, ice-cream vans). What a person relies on: the change is
read as the change meant (never as nothing, or as a new thing with the change's words as
fields), and the wordings next to it that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


def _accepted(request_text: str, intent: Intent):
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", intent), (
        result.confidence,
        result.missing,
        result.notes,
        [e.name for e in result.entities],
    )
    return result.entities


def _kind(value) -> str:
    return getattr(value, "value", value)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "we've stopped recording the furnace temperature on Firing, please remove it",
            "Firing furnace_temperature",
        ),
        ("Firing\n- annealing notes - gone, the kiln logs them itself", "Firing annealing_notes"),
        (
            "nobody fills in the gaffer initials on Piece any more, can you drop that field",
            "Piece gaffer_initials",
        ),
        (
            "Specimen\n- remove the collector phone\n- remove the fax",
            "Specimen collector_phone,fax",
        ),
        ("the eye colour on Specimen: not needed any more", "Specimen eye_colour"),
        (
            "nobody uses the wetsuit size on Student any more - please remove it",
            "Student wetsuit_size",
        ),
        ("Instructor:\n- belt colour - gone", "Instructor belt_colour"),
        (
            "please remove the picker nickname from the Picker entity, we only use real names now",
            "Picker picker_nickname",
        ),
        ("Flush:\n- rainfall - not needed any more", "Flush rainfall"),
        ("Job\n- van reg: gone", "Job van_reg"),
        ("the postcode on Customer: no longer needed", "Customer postcode"),
        ("Piano\n- remove the pedal notes", "Piano pedal_notes"),
        (
            "Piano:\n- humidity: not needed any more\n- remove the case finish",
            "Piano humidity,case_finish",
        ),
        ("Hut\n- paint colour - gone, the council paints them all blue", "Hut paint_colour"),
        ("Repair\n- strap colour - not needed any more", "Repair strap_colour"),
        ("Groom\n- shampoo brand - gone", "Groom shampoo_brand"),
        ("Dog:\n- remove the collar size\n- remove the chip brand", "Dog collar_size,chip_brand"),
        (
            "Assignment\n- parking notes - gone, everything is remote now",
            "Assignment parking_notes",
        ),
        ("the fax on Client: not needed any more", "Client fax"),
        ("Round\n- chimes tune - gone", "Round chimes_tune"),
        ("Van:\n- remove the jingle\n- generator hours: gone", "Van jingle,generator_hours"),
        (
            "Following the audit we no longer ask tenants for their fax, so please remove it"
            " from the Tenant entity.",
            "Tenant fax",
        ),
        ("After the review we no longer need the shoe size on Climber.", "Climber shoe_size"),
    ],
)
def test_a_field_said_gone_is_removed_from_its_owner(request_text: str, expected: str) -> None:
    owner, names = expected.split()
    (entity,) = _accepted(request_text, Intent.REMOVE_FIELDS)
    assert (entity.name, [a.name for a in entity.attributes]) == (owner, names.split(","))


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The GlassColour entity is no longer a thing here, we buy premixed frit now",
            "GlassColour",
        ),
        ("TAX-12: drop the Tanning table (we send hides out now)", "Tanning"),
        ("PreservationLog can go, we stopped logging that", "PreservationLog"),
        ("WaveReport is no longer a thing here", "WaveReport"),
        ("SoilSample can go, the lab keeps them", "SoilSample"),
        ("KeyBlank is no longer a thing here, we buy cut keys", "KeyBlank"),
        ("boss pls remove LockBrand table, supplier does that now", "LockBrand"),
        ("drop the SafeModel table - we stopped doing safes", "SafeModel"),
        ("TuningFork can go, everyone uses apps", "TuningFork"),
        ("the Hammer table is no longer a thing here", "Hammer"),
        ("remove the Deckchair table (we stopped renting them)", "Deckchair"),
        ("WindbreakHire can go", "WindbreakHire"),
        ("drop the BatteryStock table (the supplier tracks it)", "BatteryStock"),
        ("NailClip can go, it's part of every groom now", "NailClip"),
        ("the Muzzle table is no longer a thing here", "Muzzle"),
        ("TravelClaim is no longer a thing here, all jobs are video", "TravelClaim"),
        ("drop the Mileage table - nobody travels now", "Mileage"),
        ("ConeOrder can go, we make cones ourselves now", "ConeOrder"),
        ("remove the Flake table (we stopped stocking them)", "Flake"),
        ("the GlazeBatch thing can go, we buy glaze ready mixed", "GlazeBatch"),
        ("HutKey is no longer a thing, huts have codes now", "HutKey"),
        ("PolishJob can go, polishing is included in every repair now", "PolishJob"),
        (
            "The KiteRepair entity: not needed any more, the shop next door does repairs.",
            "KiteRepair",
        ),
    ],
)
def test_a_thing_said_gone_is_removed_whole(request_text: str, expected: str) -> None:
    assert [e.name for e in _accepted(request_text, Intent.REMOVE_ENTITY)] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the Commission entity should really be called CustomOrder", "CustomOrder<Commission"),
        ("The Mount entity is really a Display. Please rename it.", "Display<Mount"),
        ("boss pls rename Specimen to Piece", "Piece<Specimen"),
        ("the Spot entity is actually a Beach - please rename it", "Beach<Spot"),
        ("the Estate entity should be called Garden from now on", "Garden<Estate"),
        ("the Callout entity is really an Emergency - please rename it", "Emergency<Callout"),
        ("the Visit entity is actually an Appointment, please rename it", "Appointment<Visit"),
        ("the Tenant entity is really a Leaseholder. Please rename it.", "Leaseholder<Tenant"),
        ("the Movement entity should really be called Calibre", "Calibre<Movement"),
        ("boss pls rename Estimate to Quote", "Quote<Estimate"),
        ("the Cut entity is really a Style. Please rename it.", "Style<Cut"),
        ("the Booking entity is actually an Assignment - please rename it", "Assignment<Booking"),
        ("the Pitch entity is really a Stop. Please rename it.", "Stop<Pitch"),
        ("rename the HutLoan table to HutHire, loan sounds like money", "HutHire<HutLoan"),
    ],
)
def test_a_thing_said_to_be_really_another_name_is_renamed(
    request_text: str, expected: str
) -> None:
    new, old = expected.split("<")
    (entity,) = _accepted(request_text, Intent.RENAME_ENTITY)
    assert (entity.name, entity.renamed_from) == (new, old)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Piece: 'blow time' - call it 'working time' please", "Piece working_time<blow_time"),
        (
            "Hi Jo,\n\nThe Glassblower's apron size is really their overall size - call it"
            " overall size.\n\nThanks, Mel",
            "Glassblower overall_size<apron_size",
        ),
        ("Specimen's species is really the taxon - name it taxon", "Specimen taxon<species"),
        ("Lesson: wind speed - call it wind knots", "Lesson wind_knots<wind_speed"),
        (
            "the board length on Rental should really be called board size",
            "Rental board_size<board_length",
        ),
        (
            "Bush's planting year is really their planted on date - call it planted on",
            "Bush planted_on<planting_year",
        ),
        ("Callout: 'eta' - call it 'arrival time'", "Callout arrival_time<eta"),
        ("Tuning: pitch - call it concert pitch", "Tuning concert_pitch<pitch"),
        (
            "Tuner's mobile is really their work phone - name it work phone",
            "Tuner work_phone<mobile",
        ),
        ("Booking: 'nights' - call it 'stay length'", "Booking stay_length<nights"),
        ("Hut's number is really its plot code - call it plot code", "Hut plot_code<number"),
        ("Watch: 'serial' - call it 'case number' please", "Watch case_number<serial"),
        ("Watch's brand is really the maker - rename it maker", "Watch maker<brand"),
        ("Dog: 'coat' - call it 'coat type'", "Dog coat_type<coat"),
        (
            "Owner's landline is really their home phone - call it home phone",
            "Owner home_phone<landline",
        ),
        ("Interpreter: 'langs' - call it 'languages'", "Interpreter languages<langs"),
        (
            "Interpreter's badge number is really their register number - call it register number",
            "Interpreter register_number<badge_number",
        ),
        ("Van: 'reg' - call it 'registration'", "Van registration<reg"),
        ("Driver's licence is really their permit - name it permit", "Driver permit<licence"),
    ],
)
def test_a_field_given_a_new_name_is_renamed_on_its_owner(request_text: str, expected: str) -> None:
    owner, names = expected.split()
    new, old = names.split("<")
    (entity,) = _accepted(request_text, Intent.RENAME_FIELD)
    assert (entity.name, [(a.name, a.renamed_from) for a in entity.attributes]) == (
        owner,
        [(new, old)],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("make the weight on Piece a decimal, we weigh to the gram", "Piece weight:decimal"),
        ("make the leaf grade on Crate optional", "Crate leaf_grade:str?"),
        (
            "the wick length on Lamp - make it a decimal, we measure halves",
            "Lamp wick_length:decimal",
        ),
        ("Kite: line length - make it an integer", "Kite line_length:int"),
        ("the blade count on Fan - make it optional please", "Fan blade_count:int?"),
        ("make the dial size on Clock a number with decimals", "Clock dial_size:float"),
        (
            "The wait time on Groom doesn't need to be filled in - half of them are walk-ins.",
            "Groom wait_time:str?",
        ),
    ],
)
def test_a_field_made_another_type_or_optional_is_modified(
    request_text: str, expected: str
) -> None:
    owner, field = expected.split()
    name, kind = field.split(":")
    (entity,) = _accepted(request_text, Intent.MODIFY_FIELDS)
    (attribute,) = entity.attributes
    assert (entity.name, attribute.name, _kind(attribute.type), attribute.required) == (
        owner,
        name,
        kind.rstrip("?"),
        not kind.endswith("?"),
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("hook each Piece up to its Firing", "Piece many_to_one>Firing"),
        ("each piece is for one commission, please link them", "Piece many_to_one>Commission"),
        ("tie each specimen to its client", "Specimen many_to_one>Client"),
        ("hook Specimen up to Client", "Specimen many_to_one>Client"),
        ("each lesson is for one instructor, pls link them", "Lesson many_to_one>Instructor"),
        ("hook every rental up to its student", "Rental many_to_one>Student"),
        ("tie each tasting to its flush", "Tasting many_to_one>Flush"),
        (
            "each crate is for one flush, please connect this in the system",
            "Crate many_to_one>Flush",
        ),
        ("hook Crate up to Picker", "Crate many_to_one>Picker"),
        ("tie each callout to its customer please", "Callout many_to_one>Customer"),
        ("every job is for one locksmith pls link them", "Job many_to_one>Locksmith"),
        ("hook each tuning up to its piano", "Tuning many_to_one>Piano"),
        ("every tuning is for one tuner pls link them up", "Tuning many_to_one>Tuner"),
        ("hook each booking up to its hut", "Booking many_to_one>Hut"),
        ("each hut is for one leaseholder, please link them", "Hut many_to_one>Leaseholder"),
        ("tie each repair to its watch", "Repair many_to_one>Watch"),
        ("hook Repair up to Watchmaker", "Repair many_to_one>Watchmaker"),
        ("hook every groom up to its dog", "Groom many_to_one>Dog"),
        ("each groom is for one groomer pls link them", "Groom many_to_one>Groomer"),
        ("tie each assignment to its interpreter", "Assignment many_to_one>Interpreter"),
        ("hook each assignment up to its client", "Assignment many_to_one>Client"),
        ("hook each round up to its van", "Round many_to_one>Van"),
        ("every round is for one driver, please link them", "Round many_to_one>Driver"),
    ],
)
def test_a_link_said_as_hook_tie_or_for_one_is_added(request_text: str, expected: str) -> None:
    owner, link = expected.split()
    kind, target = link.split(">")
    entity = _accepted(request_text, Intent.ADD_RELATIONSHIP)[0]
    assert entity.name == owner
    assert [(_kind(r.kind), r.target) for r in entity.relationships] == [(kind, target)]


# --- near misses: what says something else keeps its reading ------------------------------------
def test_a_heading_over_plain_fields_still_creates_the_thing() -> None:
    intent, shape = reading("Drill\n- name\n- duration")
    assert intent == Intent.CREATE_ENTITY
    assert shape == ["Drill(name:str,duration:str)"]


def test_a_heading_over_a_removal_and_an_addition_is_not_read_as_removals_only() -> None:
    result = read("Piano:\n- remove the humidity\n- add a tuner note")
    assert not (result.status == "recognized" and result.intent == Intent.REMOVE_FIELDS)


def test_what_a_thing_really_is_is_no_link() -> None:
    result = read("the Injury entity is really an IncidentReport")
    assert not (result.status == "recognized" and result.intent == Intent.ADD_RELATIONSHIP)


def test_really_without_a_rename_asked_renames_nothing() -> None:
    for text in ("Booth is actually a Stall - no need to rename it", "Pricing is really Simple"):
        result = read(text)
        assert result.intent != Intent.RENAME_ENTITY or result.status != "recognized"


def test_a_removal_that_goes_on_to_add_is_not_accepted_as_the_removal_alone() -> None:
    result = read("remove the fax from Supplier - it is obsolete, and add a website")
    assert result.status == "needs_clarification"


def test_a_day_said_first_is_no_owner_of_a_rename() -> None:
    result = read("On Monday, could the report be called weekly report?")
    assert result.status == "needs_clarification"


def test_a_name_not_needed_under_a_condition_is_no_removal() -> None:
    result = read("StockTake is not needed when the shop is closed")
    assert not (result.status == "recognized" and result.intent == Intent.REMOVE_ENTITY)


def test_a_long_run_of_a_label_and_dashes_is_read_without_hanging() -> None:
    text = "Drill:\n- " + "equipment notes - " * 1100 + "gone"
    assert read(text[:19000]).status == "needs_clarification"


def test_a_field_that_should_read_a_name_is_not_accepted_as_a_link() -> None:
    result = read("Sundial: gnomon angle should read shadow angle")
    assert not (result.status == "recognized" and result.intent == Intent.ADD_RELATIONSHIP)


def test_make_it_with_no_type_or_state_is_not_read_as_a_change_of_type() -> None:
    result = read("Kite: line length - make it longer")
    assert not (result.status == "recognized" and result.intent == Intent.MODIFY_FIELDS)


def test_a_possessive_said_with_no_label_still_names_the_owner() -> None:
    assert reading("remove the supplier's fax") == (
        Intent.REMOVE_FIELDS,
        ["Supplier(fax:str)"],
    )


def test_how_many_of_them_in_a_create_list_keeps_its_reading() -> None:
    assert reading("Create Kid with name, age, some of them have allergies") == (
        Intent.CREATE_ENTITY,
        ["Kid(name:str,age:int)"],
    )


def test_a_decimal_point_keeps_its_decimal_type() -> None:
    intent, shape = reading("create Recipe with name, spice level (a number with a decimal point)")
    assert (intent, shape) == (Intent.CREATE_ENTITY, ["Recipe(name:str,spice_level:decimal)"])


def test_a_thing_gone_then_more_asked_is_not_accepted_as_the_removal_alone() -> None:
    result = read("the Sponsor entity can go, and add a logo to Event")
    assert not (result.status == "recognized" and result.intent == Intent.REMOVE_ENTITY)
