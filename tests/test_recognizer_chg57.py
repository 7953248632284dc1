"""Plain short changes said with verbs and shapes the reader did not know: a field stripped out,
binned or killed off, a name swapped or wanting renaming, a type said after a dash or as
"is a date, not text", a field stored as a type, a state after a thing's name and a colon, a
thing hung off or going with one of another.

Every request here is written for this file (none is copied from the corpus), in trades no other
change test uses the same way (beekeeping, bakeries, dental surgeries, bike repair, breweries,
kennels, bowling alleys, florists, sailing schools, printers). What a person relies on: the
change is read as the change meant, and the wordings next to it that say something else keep
their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


def _names(request_text: str, intent: Intent) -> str:
    """ "Owner field,field" of an accepted change (types left out: a removal gives none)."""
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", intent), (
        result.confidence,
        shape(result),
    )
    (entity,) = result.entities
    return f"{entity.name} " + ",".join(a.name for a in entity.attributes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "strip out", and "strip … out of / from …"
        ("Hive: strip out queen colour", "Hive queen_colour"),
        ("please strip out the crust type on Loaf", "Loaf crust_type"),
        ("strip frame_count out of the Hive entity", "Hive frame_count"),
        ("strip the filling code from Tooth", "Tooth filling_code"),
        # "kill off"
        ("kill off the spoke count on Wheel", "Wheel spoke_count"),
        ("please kill off the hop origin on Brew", "Brew hop_origin"),
        # a slang verb before a name written as an identifier
        ("bin kennel_notes on Dog", "Dog kennel_notes"),
        ("Lane: ditch oil_pattern", "Lane oil_pattern"),
        # a removal, then the thing said not to need it
        ("bin stem length, Bouquet doesnt need it", "Bouquet stem_length"),
        ("drop the hull colour, Dinghy does not use it any more", "Dinghy hull_colour"),
        # "no need for …" with a bare name, "any more" last
        ("Brew: no need for yeast strain any more", "Brew yeast_strain"),
        ("dogs: no need for collar size anymore", "Dog collar_size"),
        # the owner's plural opening the field: its possessive typed without the apostrophe
        ("get rid of the bakers apron size on the Baker table", "Baker apron_size"),
        ("remove the sailors shoe size from Sailor", "Sailor shoe_size"),
    ],
)
def test_a_field_stripped_binned_or_killed_off_is_removed(request_text: str, expected: str) -> None:
    assert _names(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kill off the PrintProof table", "PrintProof"),
        ("kill off the HoneyJar entity", "HoneyJar"),
    ],
)
def test_a_thing_killed_off_is_removed_whole(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == [f"{expected}()"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "swap the name of … to …"
        ("swap the name of crust type on Loaf to bake style", "Loaf bake_style<crust_type"),
        ("on Wheel, switch the name of rim size to rim width", "Wheel rim_width<rim_size"),
        # "wants renaming to", "needs renaming"
        ("the lane field on Booking wants renaming to lane number", "Booking lane_number<lane"),
        ("the colour on Bouquet needs renaming ribbon colour", "Bouquet ribbon_colour<colour"),
        # the head word said twice ends each name
        ("Brew: call mash time boil time instead", "Brew boil_time<mash_time"),
        ("on Sailor, call start date joining date instead", "Sailor joining_date<start_date"),
    ],
)
def test_a_field_given_a_new_name_is_renamed(request_text: str, expected: str) -> None:
    owner, field = expected.split()
    new, old = field.split("<")
    (entity,) = _accepted_entities(request_text, Intent.RENAME_FIELD)
    assert (entity.name, [(a.name, a.renamed_from) for a in entity.attributes]) == (
        owner,
        [(new, old)],
    )


def _accepted_entities(request_text: str, intent: Intent):
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", intent), (
        result.confidence,
        shape(result),
    )
    return result.entities


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("call Groomer Stylist instead", "Stylist<Groomer()"),
        ("please call HoneyJar Pot instead", "Pot<HoneyJar()"),
        ("BeeYard should be renamed Apiary - we only have one site now.", "Apiary<BeeYard()"),
        ("Kennel should be renamed Run", "Run<Kennel()"),
        ("Dinghy needs renaming to Boat", "Boat<Dinghy()"),
    ],
)
def test_a_thing_called_by_another_name_is_renamed(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a placed field, a dash, colon or comma, then a type or a state
        ("proof weight on Loaf - float please", "Loaf(proof_weight:float)"),
        ("abv on Brew, make it numeric", "Brew(abv:float)"),
        ("hull length on Dinghy: decimal", "Dinghy(hull_length:decimal)"),
        ("vet notes on Dog: optional", "Dog(vet_notes:str?)"),
        # a thing's CamelCase name, its field, a colon and a state
        ("BrewBatch notes: optional please", "BrewBatch(notes:str?)"),
        ("PrintJob paper weight: required", "PrintJob(paper_weight:float)"),
        # "is a T, not a U" and "a real date"
        ("Hive.inspected_on is a date, not a string", "Hive(inspected_on:date)"),
        ("Wheel: fitted date is really a date, not text", "Wheel(fitted_date:date)"),
        ("Sailor: birthday should be a real date, not text", "Sailor(birthday:date)"),
        # a placed field stored as a type
        ("store spoke count on wheels as whole numbers", "Wheel(spoke_count:int)"),
        ("keep the lane fee on Booking as a decimal", "Booking(lane_fee:decimal)"),
        # a placed field said to be a type, alone on its line
        ("hop weight on Brew is a float", "Brew(hop_weight:float)"),
        ("stem price on Bouquet is money", "Bouquet(stem_price:decimal)"),
    ],
)
def test_a_field_given_a_type_or_state_is_modified(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("hang Frame off Hive", "Frame() many_to_one>Hive"),
        ("hang each Filling off its Tooth", "Filling() many_to_one>Tooth"),
        ("BrewBatch goes with a single Fermenter", "BrewBatch() many_to_one>Fermenter"),
        ("Lesson goes with one Dinghy", "Lesson() many_to_one>Dinghy"),
    ],
)
def test_a_thing_hung_off_or_going_with_one_is_linked(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a field of a list, written with a capital opening the line, is no thing's name
        ("Delivery address: optional", Intent.ADD_FIELDS),
        # "bin" before a plain noun is a field's word ("bin location"), no order
        ("Spare parts: part number, bin location, quantity", Intent.CREATE_ENTITY),
        # "strip" inside a field's name is no order
        (
            "Track pantograph inspections: unit number, carbon strip thickness (float), "
            "inspected at",
            Intent.CREATE_ENTITY,
        ),
        # a new field stored as a type, said with an article, is added
        ("store a deposit on Booking as money", Intent.ADD_FIELDS),
    ],
)
def test_the_wordings_next_to_them_keep_their_reading(request_text: str, expected: Intent) -> None:
    assert reading(request_text)[0] == expected


def test_a_plural_opening_a_field_that_is_not_the_owner_stays_in_its_name() -> None:
    assert _names("remove the customers landline on RepairJob", Intent.REMOVE_FIELDS) == (
        "RepairJob customers_landline"
    )


def test_a_removal_not_needed_by_us_names_no_owner() -> None:
    result = read("remove the fax, we don't need it")
    assert result.status == "needs_clarification"


def test_go_with_and_no_count_is_no_link() -> None:
    assert reading("wine goes with cheese")[0] != Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("put an on_hold flag and a pickup date on Order", "Order(on_hold:bool,pickup_date:date)"),
        ("put an at_risk flag on Hive", "Hive(at_risk:bool)"),
    ],
)
def test_an_identifier_opening_with_a_place_word_is_one_name(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("track a swarm date on Hive as well (can be blank)", "Hive(swarm_date:date?)"),
        ("record a collar size on Dog too (optional)", "Dog(collar_size:str?)"),
    ],
)
def test_a_note_after_the_owner_of_a_kept_value_is_the_fields(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Stop storing bakers' shoe sizes - the agency has them.", "Baker shoe_size"),
        (
            "please remove the wax colour from Candle - nobody buys coloured wax",
            "Candle wax_colour",
        ),
    ],
)
def test_a_reason_after_a_dash_is_no_part_of_a_removal(request_text: str, expected: str) -> None:
    assert _names(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_place_after_a_dash_is_not_cut_off_as_a_reason() -> None:
    assert read("drop the fax - the one on Supplier").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Our drivers find 'drop code' on Delivery misleading - can it be called gate code?",
            "Delivery gate_code<drop_code",
        ),
        (
            "The bakers find the proof time on Loaf confusing. Could it be called rise time?",
            "Loaf rise_time<proof_time",
        ),
    ],
)
def test_a_field_people_find_confusing_is_what_it_stands_for(
    request_text: str, expected: str
) -> None:
    owner, field = expected.split()
    new, old = field.split("<")
    (entity,) = _accepted_entities(request_text, Intent.RENAME_FIELD)
    assert (entity.name, [(a.name, a.renamed_from) for a in entity.attributes]) == (
        owner,
        [(new, old)],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "i set up the proof time on Loaf as a whole number but some doughs take half"
            " minutes, so it should be a float really",
            "Loaf(proof_time:float)",
        ),
        ("we set up the hull length on Dinghy as text, it should be a number really", None),
        ("the lane fee on Booking should be a decimal really", "Booking(lane_fee:decimal)"),
    ],
)
def test_a_type_set_up_before_and_one_wanted_really_is_the_change(
    request_text: str, expected: str | None
) -> None:
    shaped = accepted(request_text, Intent.MODIFY_FIELDS)
    assert expected is None or shaped == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the loaf record doesnt need the crust colour, bin it", "Loaf crust_colour"),
        ("Dinghy doesn't need the sail number any more, ditch it", "Dinghy sail_number"),
    ],
)
def test_a_slang_removal_of_it_after_the_need_denied_is_the_removal(
    request_text: str, expected: str
) -> None:
    assert _names(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_dash_that_goes_on_to_ask_more_is_not_cut_off_as_a_reason() -> None:
    assert read("drop the hop origin from Brew - it is old, and add a malt type").status == (
        "needs_clarification"
    )
