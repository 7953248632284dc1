"""Changes and stand-alone relationships written by trades people (branch change12).

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


# --- terse dotted renames: the thing said again before the new name ---
def test_a_dotted_new_name_on_the_same_thing_renames_the_field() -> None:
    assert accepted("Locker.door_no -> Locker.door_code", Intent.RENAME_FIELD) == [
        "Locker(door_code:str<door_no)"
    ]
    assert accepted("Crate.tag -> Crate.crate_label", Intent.RENAME_FIELD) == [
        "Crate(crate_label:str<tag)"
    ]


def test_a_dotted_type_word_is_a_field_name_but_a_bare_one_is_a_type() -> None:
    # "-> Crate.number" names the field number; "-> number" makes the field a number
    assert accepted("Crate.code -> Crate.number", Intent.RENAME_FIELD) == ["Crate(number:str<code)"]
    assert accepted("Crate.code -> number", Intent.MODIFY_FIELDS) == ["Crate(code:float)"]


# --- a removal with its reason: nothing of it is left ---
def test_nothing_left_after_a_removal_is_its_reason() -> None:
    assert accepted("PagerLine entity - delete, no pager customers left", Intent.REMOVE_ENTITY) == [
        "PagerLine()"
    ]
    assert accepted("Fridge entity - remove, none left", Intent.REMOVE_ENTITY) == ["Fridge()"]


def test_a_field_counting_what_is_left_is_still_a_field() -> None:
    assert accepted("Track pallets with code and spaces left") == [
        "Pallet(code:str,spaces_left:int)"
    ]
    # "no longer" is the removal's own verb, not a reason
    assert reading("Fax entity - delete, we no longer need it") == (
        Intent.REMOVE_ENTITY,
        ["Fax()"],
    )


# --- relationships: doers, compound nouns, "out of" a counted place ---
def test_a_doer_of_a_verb_is_a_noun() -> None:
    # WordNet knows "upload" only as a verb; an uploader is one who uploads
    assert accepted("Many-to-many between uploaders and albums", Intent.ADD_RELATIONSHIP) == [
        "Uploader() many_to_many>Album"
    ]


def test_a_misspelt_doer_whose_other_ending_is_the_noun_is_still_doubted() -> None:
    result = read("Each lesson has one instructer")
    assert result.status == "needs_clarification"


def test_a_compound_noun_wordnet_lists_is_one_thing() -> None:
    assert accepted("Each tap sits on a single water main", Intent.ADD_RELATIONSHIP) == [
        "Tap() many_to_one>WaterMain"
    ]
    # "main" before another noun is still talk ("the main account" is the account)
    assert accepted("Each order belongs to one main account", Intent.ADD_RELATIONSHIP) == [
        "Order() many_to_one>Account"
    ]


def test_out_of_a_counted_place_is_where_a_thing_is_based() -> None:
    assert accepted("Each gang works out of one yard", Intent.ADD_RELATIONSHIP) == [
        "Gang() many_to_one>Yard"
    ]
    # the verb before "out" is the verb, whatever it is ("operates", not a CourierOperate)
    assert accepted("Each van operates out of a single yard", Intent.ADD_RELATIONSHIP) == [
        "Van() many_to_one>Yard"
    ]


def test_running_out_of_something_links_nothing() -> None:
    assert read("Our vans run out of fuel").status == "needs_clarification"
    assert read("The printer runs out of toner").intent is not Intent.ADD_RELATIONSHIP


# --- an entity renamed to a word that is also a software word ---
def test_an_entity_renamed_to_feature_is_renamed() -> None:
    assert accepted("Rename the Promo entity to Feature", Intent.RENAME_ENTITY) == [
        "Feature<Promo()"
    ]


def test_feature_alone_is_still_no_entity() -> None:
    assert read("Create a feature with name and status").status == "needs_clarification"


# --- chatty changes: the occasion before a colon, the reason after a comma ---
def test_following_on_from_a_call_is_the_occasion_of_the_ask() -> None:
    assert accepted(
        "Following on from Monday's site visit: on the Boiler entity could you add a flue type?",
        Intent.ADD_FIELDS,
    ) == ["Boiler(flue_type:str)"]


def test_who_provides_the_value_now_is_a_reason_not_a_field() -> None:
    assert accepted(
        "To the Kiln add the firing cone please, our supplier prints it now", Intent.ADD_FIELDS
    ) == ["Kiln(firing_cone:str)"]
    # a plain list after the ask is still fields
    assert accepted(
        "To the Tyre add the season and the supplier code please", Intent.ADD_FIELDS
    ) == ["Tyre(season:str,supplier_code:str)"]


def test_a_measure_ending_in_ed_is_the_head_of_its_field() -> None:
    assert accepted("Add the wind speed to Kite", Intent.ADD_FIELDS) == ["Kite(wind_speed:float)"]
    # a participle after a plural still counts the things ("goals scored")
    assert accepted("Add goals scored to Striker", Intent.ADD_FIELDS) == [
        "Striker(goals_scored:int)"
    ]


def test_who_insists_on_a_change_links_nothing() -> None:
    result = read("Could we also note the gust speed on each RigCheck? The site lead insists.")
    assert [e.name for e in result.entities] == ["RigCheck"]
    assert not result.entities[0].relationships
    # two plurals around a verb still link
    assert accepted("Farmers grow crops", Intent.ADD_RELATIONSHIP) == ["Farmer() many_to_many>Crop"]


def test_too_before_a_word_that_describes_adds_nothing() -> None:
    assert accepted(
        "The audit went fine but the boilers ran too hot last winter. Could each boiler also "
        "record the flue type?",
        Intent.ADD_FIELDS,
    ) == ["Boiler(flue_type:str)"]
    # an afterthought added "too" and left unread still asks
    result = read(
        "Could each boiler also record the flue type? The engineers want the gas safe number too."
    )
    assert result.status == "needs_clarification"


# --- type changes and adds with how people feel, what the values come as, what it spares ---
def test_how_someone_feels_about_it_is_a_reason() -> None:
    assert accepted(
        "The fee on Booking came out as text, change it to a decimal please, my bookkeeper is "
        "not happy.",
        Intent.MODIFY_FIELDS,
    ) == ["Booking(fee:decimal)"]


def test_what_the_values_never_have_anyway_backs_a_type_change() -> None:
    assert accepted(
        "The depth on wells came out as text. Can it be a whole number instead? The survey "
        "sheets never have fractions anyway.",
        Intent.MODIFY_FIELDS,
    ) == ["Well(depth:int)"]


def test_what_a_change_would_spare_is_a_reason() -> None:
    assert accepted(
        "Our fitters have requested it for years — can Boiler get a flue code and a condemned "
        "flag? Would save so many call-backs.",
        Intent.ADD_FIELDS,
    ) == ["Boiler(flue_code:str,condemned:bool)"]
    # "it would save time to have F" is an ask of its own, left unread: asked, not dropped
    result = read("Can Boiler get a flue code? It would save time to have a tamper flag too.")
    assert result.status == "needs_clarification"


# --- a table named in the plural; what people keep saying, said first; "some of mine" ---
def test_a_dropped_table_in_the_plural_is_its_entity() -> None:
    assert accepted("DROP TABLE IF EXISTS open_days;", Intent.REMOVE_ENTITY) == ["OpenDay()"]
    # a snake_case name with no table around it may be a column: still asked
    assert read("DROP COLUMN loyalty_cards").status == "needs_clarification"
    assert read("remove loyalty_cards").status == "needs_clarification"


def test_what_people_keep_saying_said_first_is_the_reason_for_the_rename() -> None:
    result = read(
        "The porters keep saying trolley, never cart. Where it says cart on the deliveries, we "
        "actually call it trolley."
    )
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD)
    assert [(a.name, a.renamed_from) for a in result.entities[0].attributes] == [
        ("trolley", "cart")
    ]
    # said alone, it asks for nothing
    assert read("The porters keep saying trolley.").status == "needs_clarification"


def test_some_of_mine_names_no_thing() -> None:
    assert accepted(
        "Could pupils also have a medical notes field? Two of mine have epilepsy.",
        Intent.ADD_FIELDS,
    ) == ["Pupil(medical_notes:str)"]
    # a mine said with its article or in the plural is a thing
    assert accepted("Track mines with name and depth") == ["Mine(name:str,depth:float)"]


# --- a setting said with "on" before the counted subject; "bit of a" before the topic ---
def test_on_the_setting_before_a_counted_subject_is_no_part_of_the_link() -> None:
    assert accepted(
        "On the intake sheet every parcel is for a single tenant, can you connect parcels to "
        "tenants please",
        Intent.ADD_RELATIONSHIP,
    ) == ["Parcel() many_to_one>Tenant"]
    # "on" a thing that is itself counted stays its own reading
    assert accepted("Each crate sits on one pallet", Intent.ADD_RELATIONSHIP) == [
        "Crate() many_to_one>Pallet"
    ]


def test_bit_of_a_change_names_no_thing() -> None:
    assert accepted(
        "A bit of a tweak for the Kennel entity: the run number should be optional.",
        Intent.MODIFY_FIELDS,
    ) == ["Kennel(run_number:str?)"]
    assert [
        e.name for e in read("Bit of a change for the loans: the due date can be blank.").entities
    ] != ["Bit"]


# --- "lots of", "loads of" things count them ---
def test_loads_of_things_are_many() -> None:
    assert accepted(
        "climbers can do lots of routes and routes have lots of climbers, can you link them?",
        Intent.ADD_RELATIONSHIP,
    ) == ["Climber() many_to_many>Route"]
    assert accepted("hymns can turn up on loads of services", Intent.ADD_RELATIONSHIP) == [
        "Hymn() many_to_many>Service"
    ]


def test_doing_loads_of_work_links_nothing() -> None:
    assert read("the porters do loads of overtime").intent is not Intent.ADD_RELATIONSHIP
