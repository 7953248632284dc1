"""Farm, orchard, co-op and vineyard requests written to trip a reader (branch id14).

Every request here is written for this file (none is copied from the corpus). Each family has
a counterpart that must keep its own reading: the same shape with another meaning.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


# --- a unit, then the number's type, in one parenthesis ------------------------------------------
def test_a_unit_then_number_in_brackets_types_one_field() -> None:
    # "(ppm, number)": a concentration's unit, then its type; one field, a float
    assert accepted("Water tests: bore, phosphate (ppm, number), ph (number), sampled by") == [
        "WaterTest(bore:str,phosphate:float,ph:float,sampled_by:str)"
    ]


def test_a_unit_then_integer_in_brackets_is_an_integer() -> None:
    # counterpart: the same unit with another type says that type
    assert accepted("Water tests: bore, potassium (ppm, integer), sampled by") == [
        "WaterTest(bore:str,potassium:int,sampled_by:str)"
    ]


# --- "produce" as the farm's goods, not a verb ---------------------------------------------------
def test_produce_without_an_article_is_the_thing_kept() -> None:
    assert read_right("Produce orders: box size, customer name, delivery day") == [
        "ProduceOrder(box_size:str,customer_name:str,delivery_day:str)"
    ]


def test_produce_with_an_article_still_makes_the_thing() -> None:
    assert read_right("Produce a register of beekeepers with name and phone") == [
        "Beekeeper(name:str,phone:str)"
    ]


# --- a later sentence giving a listed field's unit and type --------------------------------------
def test_field_is_in_a_unit_then_its_type() -> None:
    assert accepted(
        "We want to log hay bales: bale code, paddock and mass. Mass is in kilos, a whole "
        "number is fine."
    ) == ["HayBale(bale_code:str,paddock:str,mass:int)"]


def test_field_is_in_a_unit_without_a_type_keeps_its_own() -> None:
    assert read_right(
        "We want to log hay bales: bale code, paddock and weight. Weight is in kilos."
    ) == ["HayBale(bale_code:str,paddock:str,weight:float)"]


# --- "so that one's optional": the thing said last before it -------------------------------------
def test_that_one_is_the_field_ending_in_the_word_said_last() -> None:
    assert read_right(
        "Track orchards: name, owner, gate code and owner mobile. Not every owner gives us a "
        "mobile, so that one's optional."
    ) == ["Orchard(name:str,owner:str,gate_code:str,owner_mobile:str?)"]


def test_that_one_after_the_whole_name_is_that_field() -> None:
    # counterpart: the last thing said is a whole field's name, so that field is optional
    assert read_right(
        "Track orchards: name, owner, gate code and owner mobile. Some orchards have no owner, "
        "so that one's optional."
    ) == ["Orchard(name:str,owner:str?,gate_code:str,owner_mobile:str)"]


# --- "the X one can go": "one" stands for the field ----------------------------------------------
def test_the_x_one_names_the_field_x() -> None:
    assert accepted(
        "The Trailer entity has a hitch field and a brake field. We only check brakes, so the "
        "hitch one can go.",
        Intent.REMOVE_FIELDS,
    ) == ["Trailer(hitch:str)"]


def test_a_name_ending_in_one_without_article_keeps_it() -> None:
    assert accepted("On Grower, address line one can go.", Intent.REMOVE_FIELDS) == [
        "Grower(address_line_one:str)"
    ]


# --- "keep F, but G can go": what stays is no change ---------------------------------------------
def test_keep_one_field_but_the_other_can_go() -> None:
    assert accepted("Keep the mobile on Picker, but the pager can go.", Intent.REMOVE_FIELDS) == [
        "Picker(pager:str)"
    ]


def test_keep_one_field_but_drop_the_other() -> None:
    assert accepted("keep mobile on pickers but drop the pager", Intent.REMOVE_FIELDS) == [
        "Picker(pager:str)"
    ]


def test_keep_track_of_is_still_a_create() -> None:
    # counterpart: "keep track of" asks to keep the things; nothing is removed
    result = read("Keep track of pickers with name and mobile, but the pager can be blank.")
    assert result.intent == Intent.CREATE_ENTITY


# --- "…, if that matters": an offer, no field ----------------------------------------------------
def test_if_that_matters_after_a_link_keeps_the_link() -> None:
    assert read_right(
        "Track wine barrels: barrel number, oak type and whether it's toasted. Each barrel sits "
        "in one cellar room, if that matters."
    ) == ["WineBarrel(barrel_number:str,oak_type:str,is_toasted:bool) many_to_one>CellarRoom"]


def test_a_link_without_the_offer_reads_the_same() -> None:
    assert accepted("Each barrel sits in one cellar room.", Intent.ADD_RELATIONSHIP) == [
        "Barrel() many_to_one>CellarRoom"
    ]


# --- a two-word owner before a verb said of the people -------------------------------------------
def test_field_on_a_two_word_owner_then_renamed() -> None:
    assert accepted(
        'The "bay" field on milk collections confuses everyone in the yard. Could we rename it '
        "to loading bay?",
        Intent.RENAME_FIELD,
    ) == ["MilkCollection(loading_bay:str<bay)"]


def test_field_on_a_one_word_owner_then_renamed() -> None:
    assert accepted(
        "The bay field on tankers confuses the drivers. Could we rename it to loading bay?",
        Intent.RENAME_FIELD,
    ) == ["Tanker(loading_bay:str<bay)"]


# --- a hyphenated asker --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Our co-op needs to track growers with grower number, name and email.",
        "The co-op wants to track growers with grower number, name and email.",
        "Our farm shop needs to track growers with grower number, name and email.",
    ],
)
def test_who_asks_may_be_hyphenated(request_text: str) -> None:
    assert accepted(request_text) == ["Grower(grower_number:str,name:str,email:email)"]


# --- an entity renamed to a word that otherwise marks a field ------------------------------------
def test_entity_renamed_to_field_is_read_not_dropped() -> None:
    result = read("Rename the Orchard entity to Field.")
    assert (result.intent, [e.name for e in result.entities]) == (Intent.RENAME_ENTITY, ["Field"])
    assert result.entities[0].renamed_from == "Orchard"


def test_lowercase_field_after_entity_is_no_new_name() -> None:
    # counterpart: written in lowercase, "field" names no thing
    assert read("Rename the Orchard entity to field.").status == "needs_clarification"


# --- an -ing event as the thing linked -------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each dehorning is linked to one vet.", ["Dehorning() many_to_one>Vet"]),
        ("Rackings and tanks are linked.", ["Racking() many_to_many>Tank"]),
    ],
)
def test_an_event_said_with_each_or_in_the_plural_is_a_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_plain_verb_form_as_the_thing_is_still_asked() -> None:
    # counterpart: "-ing" said neither with "each" nor in the plural is no evidence of a thing
    assert read("Track mulching with bed and date.").status == "needs_clarification"


# --- "paid?" in a header list: a yes/no column --------------------------------------------------
def test_an_item_asked_in_a_header_list_is_yes_no() -> None:
    assert accepted("Lambings: ewe tag, lambs (count), assisted?, lambing date") == [
        "Lambing(ewe_tag:str,lambs:int,assisted:bool,lambing_date:date)"
    ]


def test_the_last_item_asked_in_a_header_list_is_yes_no() -> None:
    assert accepted("Pallets: pallet code, packed on, weight, export grade?") == [
        "Pallet(pallet_code:str,packed_on:date,weight:float,export_grade:bool)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a value's word asked keeps its type (and, written text, is optional: the README's
        # convention that a "?" after a listed name marks it optional; name57)
        (
            "Pallets: pallet code, weight, notes?",
            ["Pallet(pallet_code:str,weight:float,notes:str?)"],
        ),
        # a line that asks ("Could you …") ends in its own question mark
        (
            "Could you set up pallets: pallet code, weight, export grade?",
            ["Pallet(pallet_code:str,weight:float,export_grade:str)"],
        ),
    ],
)
def test_a_question_mark_that_asks_types_nothing(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- "with the following:" and "the following for each X:" -------------------------------------
def test_with_the_following_colon_names_no_field() -> None:
    assert accepted(
        "As a shepherd I want to keep flocks with the following: flock code, head count and "
        "whether it's tagged, so that the vet can find them."
    ) == ["Flock(flock_code:str,head_count:int,is_tagged:bool)"]


def test_the_following_for_each_names_the_thing() -> None:
    assert read_right(
        "Hop garden\n\nWe keep the following for every hop bine:\n- bine code\n- planted on\n"
        "- variety"
    ) == ["HopBine(bine_code:str,planted_on:date,variety:str)"]


# --- a bullet's name, then what it is in words ---------------------------------------------------
def test_a_name_then_its_gloss_after_a_dash_is_the_field() -> None:
    assert read_right(
        "Grain store\n\nFor each grain bag we need:\n- bag code - the number stencilled on it\n"
        "- filled on - when it was sealed\n- quantity - how many kilos are in it\n"
        "- buyer - who bought it, if known"
    ) == ["GrainBag(bag_code:str,filled_on:date,quantity:int,buyer:str?)"]


def test_a_gloss_inside_a_sentence_list_keeps_the_items_after_it() -> None:
    # counterpart: in a one-line list the gloss ends at the comma; the next item stays an item
    assert read_right("Track grain bags with bag code - the number on it, and weight.") == [
        "GrainBag(bag_code:str,weight:float)"
    ]


# --- the old name of a renamed entity may be misspelt, as any entity word may ---------------------
def test_a_misspelt_old_entity_name_is_respelt() -> None:
    result = read("pls renme the Tractr entity to Machine")
    assert (result.intent, [(e.name, e.renamed_from) for e in result.entities]) == (
        Intent.RENAME_ENTITY,
        [("Machine", "Tractor")],
    )
    assert any("spelling" in note for note in result.notes)


def test_a_known_old_entity_name_is_kept() -> None:
    result = read("Rename the Bucket entity to Pail")
    assert [(e.name, e.renamed_from) for e in result.entities] == [("Pail", "Bucket")]


# --- "we're starting to track X": a new thing, not fields added to one ----------------------------
def test_starting_to_track_creates() -> None:
    assert accepted(
        "We're starting to track our hay lofts; each loft needs a capacity, a floor type and a "
        "last swept date."
    ) == ["HayLoft(capacity:int,floor_type:str,last_swept_date:date)"]


def test_already_tracking_adds() -> None:
    # counterpart: things tracked already get the fields added
    assert reading("We already track lofts; each loft needs a floor type.") == (
        Intent.ADD_FIELDS,
        ["Loft(floor_type:str)"],
    )


# --- "X: a, b; Y: c, d": a semicolon before the next thing's list -------------------------------
def test_semicolon_then_a_plural_and_its_list_is_the_next_thing() -> None:
    assert read_right("Flock book - ewes: tag, breed, born on; rams: tag, sire, weight (kg)") == [
        "Ewe(tag:str,breed:str,born_on:date)",
        "Ram(tag:str,sire:str,weight:float)",
    ]


def test_semicolon_between_typed_fields_keeps_one_thing() -> None:
    # counterpart: "; age: int" is one more field with its type, no second thing
    assert accepted("Ewes: tag: text; age: int; notes: text") == ["Ewe(tag:str,age:int,notes:str)"]


# --- a frame word run into a capitalised name is the entity's name ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a boom height to SprayApplication", ["SprayApplication(boom_height:float)"]),
        ("Could you add a drift note to GrantApplication?", ["GrantApplication(drift_note:str)"]),
    ],
)
def test_a_frame_word_inside_a_written_name_is_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_frame_word_said_as_words_is_still_the_app() -> None:
    # counterpart: "the spray application" in plain words is the app, not a thing to change
    assert read("Add sprayers to the spray application").intent != Intent.ADD_FIELDS


# --- "… met and decided that Barn should be called HayBarn": the decision is the ask --------------
def test_decided_that_a_bare_name_should_be_called() -> None:
    result = read(
        "The board met on Monday and decided that Barn should be called HayBarn from now on. "
        "Apologies for the churn!"
    )
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_ENTITY)
    assert [(e.name, e.renamed_from) for e in result.entities] == [("HayBarn", "Barn")]


def test_decided_that_it_should_be_vague_stays_asked() -> None:
    # counterpart: what was decided names nothing to change
    assert read("We met and decided that it should be simpler.").status == "needs_clarification"


# --- "Where it says F on E, we call it G": a rename -----------------------------------------------
def test_where_it_says_then_what_we_call_it_renames() -> None:
    assert accepted(
        "Where it says litres on the sprayers, we actually call it tank volume - could you "
        "change that?",
        Intent.RENAME_FIELD,
    ) == ["Sprayer(tank_volume:str<litres)"]


def test_where_it_says_then_a_but_is_asked() -> None:
    # counterpart: what we call it, then "but leave it", asks for no rename
    assert read("Where it says litres on the sprayers, we call it vol but leave it.").status == (
        "needs_clarification"
    )


# --- "… only come in one size anyway": a reason, never a link -------------------------------------
def test_what_things_come_in_anyway_backs_the_removal() -> None:
    assert accepted(
        "Please take the glove size off shearers. The gloves only come in one size anyway.",
        Intent.REMOVE_FIELDS,
    ) == ["Shearer(glove_size:str)"]


def test_a_link_said_with_one_stays_a_link() -> None:
    # counterpart: without "anyway" after what the things are like, "in one" still links
    assert accepted("Each glove comes in one box.", Intent.ADD_RELATIONSHIP) == [
        "Glove() many_to_one>Box"
    ]


# --- "In the milk collections the vat temp we don't need it more": a two-word thing first ---------
def test_a_two_word_thing_said_first_then_the_field_pointed_back_at() -> None:
    assert accepted(
        "Hello. In the milk collections the vat temp we don't need it more. Thank you!",
        Intent.REMOVE_FIELDS,
    ) == ["MilkCollection(vat_temp:float)"]


def test_a_one_word_thing_said_first_keeps_its_field() -> None:
    # counterpart: one word, then "the" and the field; "the" starts the field, not the thing
    assert accepted(
        "In the collections the vat temp we don't need it more.", Intent.REMOVE_FIELDS
    ) == ["Collection(vat_temp:float)"]
