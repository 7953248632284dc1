"""Removals typed fast: a field or a thing dropped in a few words, with a slang verb, a slip in
the verb or its place word, a label first, a quoted name, or the talk before "can it go".

Every request here is written for this file (none is copied from the corpus), in trades the
batch that showed these shapes does not use (couriers, candle making, lantern hire, kayak hire,
pottery, hotels, dog walking, ferries, beekeeping, kimchi). What a person relies on: the change
is read as the removal meant (never as nothing, a new thing, or a removal from the wrong thing),
and the wordings next to it that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading


def _removed(request_text: str) -> str:
    """ "Owner field,field" of a removal, once it is accepted."""
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS), (
        result.confidence,
        result.missing,
        result.notes,
        [e.name for e in result.entities],
    )
    (entity,) = result.entities
    return f"{entity.name} {','.join(a.name for a in entity.attributes)}"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "no F on X" with a plea: the field removed from the thing
        ("no pager on couriers please", "Courier pager"),
        ("pls no loyalty card on Customer", "Customer loyalty_card"),
        ("no wax colour on Candle thanks", "Candle wax_colour"),
        # a slang verb before a quoted name under a label, the label in lower case too
        ("kilns - bin 'shelf count'", "Kiln shelf_count"),
        ("Hives: ditch 'queen colour'", "Hive queen_colour"),
        ("lanterns: strike 'wick length'", "Lantern wick_length"),
        # "lose" under a label in the plural, in lower case
        ("kayaks: lose paddle size", "Kayak paddle_size"),
        ("ferries - nix deck count", "Ferry deck_count"),
        # "strike F from/off X" said as an order
        ("strike the pager from couriers", "Courier pager"),
        ("please strike glaze colour off Mug", "Mug glaze_colour"),
        # a need denied under a label, with no one said to deny it
        ("Kiln: no longer need the cone number", "Kiln cone_number"),
        ("lanterns - dont need wick length", "Lantern wick_length"),
        ("Sundial - don't need the motto", "Sundial motto"),
        # "take F of things": "of" typed for "off"
        ("take the pager of couriers", "Courier pager"),
        ("pls take glaze colour of mugs", "Mug glaze_colour"),
        # "fo" typed for "of" after "rid"
        ("get rid fo the pager on Courier", "Courier pager"),
        ("get rid fo the wick length on lanterns", "Lantern wick_length"),
        # "kil" typed for "kill"
        ("kil the wick column on lanterns", "Lantern wick"),
        # "form" typed for "from" before the things, in the plural, that end the clause
        ("remove the fee form dog walkers", "DogWalker fee"),
        ("drop rating + room view form hotel guests", "HotelGuest rating,room_view"),
        # a need denied in the active, its contraction typed without the apostrophe
        ("Lantern doesnt need wick length any more", "Lantern wick_length"),
        ("Kettle doesn't need colour code anymore", "Kettle colour_code"),
        # one quoted name placed on a thing, talk, then "can it go" / "so remove it"
        ("nobody has ever used 'pager' on couriers, it can go", "Courier pager"),
        ("'rush fee' on Order - never charged, so remove it", "Order rush_fee"),
        (
            "no idea who wanted 'sea view' on cabins but nobody books by it, can it go",
            "Cabin sea_view",
        ),
        # "tkae" typed for "take"
        ("tkae the wick length off lanterns", "Lantern wick_length"),
        ("pls atke the pager off couriers, nobody pages any more", "Courier pager"),
        # the thing's name opening the request, then a field marked as one that nobody fills in
        ("Lantern has a hook size field we never fill in, can you remove it", "Lantern hook_size"),
        (
            "Kayak has a seat colour column nobody looks at, none of them match anyway - please"
            " get rid of it",
            "Kayak seat_colour",
        ),
        # "never ever", the records of a thing written as a name, the work announced first
        (
            "big clear out - on the Lantern records we never ever use hook size, so bin that",
            "Lantern hook_size",
        ),
        ("quick tidy up: remove the wick length from lanterns", "Lantern wick_length"),
        (
            "in the Kiln records, the cone number is never filled in, please remove it",
            "Kiln cone_number",
        ),
        # typed with no stop: the ask on "it" after "anymore", the reason after a placed removal
        ("lantern doesnt need hook size any more just remove it", "Lantern hook_size"),
        ("kayak doesnt need seat colour anymore take it out", "Kayak seat_colour"),
        ("remove the notes on Kiln its never filled in", "Kiln notes"),
        ("get rid of the jingle on vans its always the same tune", "Van jingle"),
        # a change heading whose thing is one name written in capitals
        (
            "Changes for KimchiBatch:\n- remove salt percentage\n- remove jar date",
            "KimchiBatch salt_percentage,jar_date",
        ),
        ("Changes for the HireBoat:\n- remove the fax", "HireBoat fax"),
    ],
)
def test_a_removal_typed_fast_is_read(request_text: str, expected: str) -> None:
    assert _removed(request_text) == expected


def test_kil_the_table_removes_the_thing() -> None:
    result = read("kil the Lantern tabel")
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_ENTITY)
    assert [e.name for e in result.entities] == ["Lantern"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiln -> Oven, I mean the entity not a field", "Oven<Kiln"),
        ("lantern -> lamp - the table, not a column", "Lamp<Lantern"),
        (
            "Cabin -> Chalet please, it's the entity I mean, not a field. Guests call them chalets",
            "Chalet<Cabin",
        ),
    ],
)
def test_an_arrow_then_the_entity_meant_renames_it(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_ENTITY)
    (entity,) = result.entities
    assert f"{entity.name}<{entity.renamed_from}" == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The guests never understood what 'pax' on Booking means - could it be called party"
            " size instead?",
            "Booking party_size<pax",
        ),
        (
            "nobody knows what 'sn' on tools means, could we call it serial number",
            "Tool serial_number<sn",
        ),
        (
            "'wick' on Lantern confuses people - can you rename it to wick length please",
            "Lantern wick_length<wick",
        ),
    ],
)
def test_a_quoted_name_then_could_it_be_called_renames_it(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD)
    (entity,) = result.entities
    (attribute,) = entity.attributes
    assert f"{entity.name} {attribute.name}<{attribute.renamed_from}" == expected


def test_a_quoted_name_called_a_state_or_in_doubt_is_no_rename() -> None:
    assert read("'wick' on Lantern - could it be called optional?").intent != Intent.RENAME_FIELD
    assert read("if nobody uses 'wick' on lanterns, could it be called wick length").status == (
        "needs_clarification"
    )


def test_an_arrow_to_a_type_or_value_is_no_rename() -> None:
    assert read("price -> decimal, the entity i mean").intent != Intent.RENAME_ENTITY
    assert read("status -> closed, the entity").intent != Intent.RENAME_ENTITY


@pytest.mark.parametrize(
    "request_text",
    [
        # a rule about values, no plea: no field taken off a thing
        "no refunds on sale items",
        "please no smoking on site",
        # a slip in the thing's own name is asked about, not read as another thing
        "no fax on supplers pls",
        # things made, not a field taken off
        "take readings of barrels",
        "take a photo of dogs",
        # a doubt in the talk keeps the removal unread
        "'gift aid' on donations - keep it for now, maybe remove it",
        # what is filled in is a field, never the thing that "it and more" are removed from
        "the drivers never fill in the mileage on van checks, just remove it and the fuel"
        " level too",
    ],
)
def test_near_misses_are_not_accepted_as_removals(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification" or result.intent != Intent.REMOVE_FIELDS, (
        result.confidence,
        [e.name for e in result.entities],
    )


def test_near_misses_keep_their_reading() -> None:
    # "the intake form notes" is a part of a form, no "from"
    assert reading("remove the intake form notes")[1] == ["(intake_form_notes:str)"]
    # a list under a clear-out is a thing's fields, no change announced
    assert reading("clear out: name, date")[0] == Intent.CREATE_ENTITY
    # a strike price is a field added, no order to strike
    assert reading("add a strike price to Option") == (
        Intent.ADD_FIELDS,
        ["Option(strike_price:decimal)"],
    )
    # "the van fleet": a thing said with its collection keeps the thing's first word
    assert reading("Changes to the van fleet:\n- remove the fax") == (
        Intent.REMOVE_FIELDS,
        ["Van(fax:str)"],
    )
    # what nobody fills in on a thing, then "remove it", is still that field on that thing
    assert reading("nobody fills in the notes on the visit, remove it") == (
        Intent.REMOVE_FIELDS,
        ["Visit(notes:str)"],
    )
