"""More requests the reader used to give up on ("no entity or change could be read") although a
person reads a create or a change in them, grouped by the way of saying it.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: a thing said in an everyday way is still read, and a vague request
is still asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


def _asked(request_text: str) -> bool:
    return read(request_text).status == "needs_clarification"


# --- a state it had before and gets back: "… should be required again" ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the late fee on Rental should be required again", ["Rental(late_fee:decimal)"]),
        ("make the postcode on Depot optional again", ["Depot(postcode:str?)"]),
        ("Loan's return date must be mandatory once again", ["Loan(return_date:date)"]),
        ("change the rating on Review to a whole number again", ["Review(rating:int)"]),
        ("As the office manager I want the desk number on Employee to be optional again",
         ["Employee(desk_number:str?)"]),
    ],
)  # fmt: skip
def test_a_state_given_back_again_is_that_state(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    "vague", ["make it required again", "it should be optional again", "do that again"]
)
def test_again_without_a_field_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- the place said first, then a bare imperative: "on Kiln add …" ------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("on Kiln add a glaze flag and a max temperature", Intent.ADD_FIELDS,
         ["Kiln(glaze:bool,max_temperature:float)"]),
        ("in Greenhouse rename vent count to window count", Intent.RENAME_FIELD,
         ["Greenhouse(window_count:str<vent_count)"]),
        ("for Invoice make the due date optional", Intent.MODIFY_FIELDS,
         ["Invoice(due_date:date?)"]),
        ("on the Trailer entity remove the axle count", Intent.REMOVE_FIELDS,
         ["Trailer(axle_count:int)"]),
        ("hiya, on Workshop add a tutor name and a max seats (whole number) thx",
         Intent.ADD_FIELDS, ["Workshop(tutor_name:str,max_seats:int)"]),
    ],
)  # fmt: skip
def test_a_place_then_a_bare_imperative_changes_that_entity(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "vague",
    [
        "on the app add more things",
        "in my shop add some stuff",
        "for now add whatever we need",
        "on it change everything",
    ],
)
def test_a_scene_then_an_imperative_with_nothing_named_is_still_asked(vague: str) -> None:
    assert _asked(vague)


def test_a_scene_said_first_is_no_entity_to_change() -> None:
    # "in the app" is where, not which thing: the entity is the one named after the ask
    assert accepted("in the app add a phone to Customer", Intent.ADD_FIELDS) == [
        "Customer(phone:str)"
    ]


# --- an article opens one noun phrase: "an age recommendation" is one field ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add an age recommendation and a matinee flag to Concert",
         ["Concert(age_recommendation:str,matinee:bool)"]),
        ("add a price band and a colour to Carpet", ["Carpet(price_band:str,colour:str)"]),
        ("add a weight class (whole number) to Boxer", ["Boxer(weight_class:int)"]),
    ],
)  # fmt: skip
def test_a_head_word_inside_an_article_phrase_qualifies_the_noun_after_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boats with a name a length a mooring number",
         ["Boat(name:str,length:float,mooring_number:str)"]),
        ("i need a customer list with a name phone and email",
         ["Customer(name:str,phone:str,email:email)"]),
    ],
)  # fmt: skip
def test_a_missing_comma_between_field_names_still_splits_article_phrases(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- "=>" writes a rename as "->" does -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("rename entity Voyage => Crossing", Intent.RENAME_ENTITY, ["Crossing<Voyage()"]),
        ("rename hull length => length overall on Yacht", Intent.RENAME_FIELD,
         ["Yacht(length_overall:str<hull_length)"]),
        ("Rename Kennel => DogRun please", Intent.RENAME_ENTITY, ["DogRun<Kennel()"]),
    ],
)  # fmt: skip
def test_a_fat_arrow_renames_as_a_thin_one_does(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_fat_arrow_between_vague_words_is_still_asked() -> None:
    assert _asked("rename stuff => things")


# --- a list written with spaced slashes: "name / size / price" ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("kayaks - colour / length / hire price per day",
         ["Kayak(colour:str,length:float,hire_price_per_day:decimal)"]),
        ("Track climbing walls with name / height / grade",
         ["ClimbingWall(name:str,height:float,grade:str)"]),
        ("Rooms: room number / floor / nightly rate / sea view (yes/no)",
         ["Room(room_number:str,floor:str,nightly_rate:decimal,sea_view:bool)"]),
    ],
)  # fmt: skip
def test_items_between_spaced_slashes_are_a_field_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize("vague", ["stuff / things / whatever", "this / that / the other"])
def test_a_slash_list_of_vague_words_is_still_asked(vague: str) -> None:
    assert _asked(vague)


def test_one_spaced_slash_is_no_list() -> None:
    # "km / h" is a unit, not two fields
    assert "h" not in [a.name for e in read("speed in km / h on Ferry").entities
                       for a in e.attributes]  # fmt: skip


# --- a PascalCase name of four words or more is still one name ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename SignedProofOfDelivery to DeliveryProof",
         ["DeliveryProof<SignedProofOfDelivery()"]),
        ("As an underwriter I want FinalStatementOfAccount to be called AccountStatement",
         ["AccountStatement<FinalStatementOfAccount()"]),
        ("The ReturnToVendorSlip entity should be renamed VendorReturn",
         ["VendorReturn<ReturnToVendorSlip()"]),
    ],
)  # fmt: skip
def test_a_long_pascal_case_name_with_a_glue_word_is_renamed_whole(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


def test_a_long_pascal_case_name_keeps_its_fields() -> None:
    assert shape(read("add a courier name to SignedProofOfDelivery")) == [
        "SignedProofOfDelivery(courier_name:str)"
    ]


def test_a_long_phrase_of_separate_words_is_still_no_name() -> None:
    # written as words, a phrase of five is talk, not one entity
    assert _asked("rename the very first notice of the loss to notice")


# --- "the Ferry field crossing time …": the entity, the word "field", then the field ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the Greenhouse field vent count should be renamed to window count",
         ["Greenhouse(window_count:str<vent_count)"]),
        ("I'd like the Ferry field \"crossing time\" to be called \"duration\"",
         ["Ferry(duration:str<crossing_time)"]),
        ("As a coach I want the TeamSheet field 'kit colour' to be called 'strip colour' so "
         "that it matches the league forms", ["TeamSheet(strip_colour:str<kit_colour)"]),
    ],
)  # fmt: skip
def test_an_entity_named_before_the_word_field_owns_the_renamed_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


def test_a_lowercase_word_before_field_is_part_of_the_old_name() -> None:
    # without a capital it is no entity's name: which entity owns the field is asked
    result = read("the storage field unit code should be called door label")
    assert result.status == "needs_clarification"
    assert all(e.name != "Storage" for e in result.entities)


# --- "could weeks be a whole number?": a bare field asked to be of a type ----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On Locker, could size be a whole number instead?", ["Locker(size:int)"]),
        ("could deposit on Rental be a decimal rather than text?", ["Rental(deposit:decimal)"]),
        ("in the Sessions, can duration be an integer please", ["Session(duration:int)"]),
    ],
)  # fmt: skip
def test_a_bare_field_asked_to_be_a_type_is_changed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize("vague", ["could something be text", "can stuff be a number"])
def test_vague_words_asked_to_be_a_type_are_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- "the auditor wants the fee stored as a decimal": whoever wants the type, it is a change ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the auditor wants the fee on Invoice stored as a decimal, not a float",
         ["Invoice(fee:decimal)"]),
        ("our bookkeeper would like the hours on Timesheet kept as a decimal",
         ["Timesheet(hours:decimal)"]),
        ("The head groundsman now wants the pitch length on Pitch stored as an integer",
         ["Pitch(pitch_length:int)"]),
    ],
)  # fmt: skip
def test_someone_wanting_a_field_stored_as_a_type_changes_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_someone_wanting_something_stored_is_still_asked() -> None:
    assert _asked("the boss wants everything stored as text")


# --- the things kept, then their fields typed with no commas ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("track kayaks colour length hire price and last service date",
         ["Kayak(colour:str,length:float,hire_price:decimal,last_service_date:date)"]),
        ("we need to keep track of the ponies name breed height and date of birth",
         ["Pony(name:str,breed:str,height:float,date_of_birth:date)"]),
        ("for the bakery i log loaves name price weight and baking date",
         ["Loaf(name:str,price:decimal,weight:float,baking_date:date)"]),
        ("keep track of my bikes , frame size colour and purchase price pls",
         ["Bike(frame_size:str,colour:str,purchase_price:decimal)"]),
    ],
)  # fmt: skip
def test_things_kept_then_a_list_without_commas_are_read_with_their_fields(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    ["track orders, invoices and refunds", "i track things name and stuff", "we track stuff daily"],
)
def test_things_kept_without_a_field_list_are_not_given_fields(request_text: str) -> None:
    assert _asked(request_text)


# --- "We keep boats with …": the speaker, a keeping verb, the things and their fields ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We keep boats with name, length and mooring number",
         ["Boat(name:str,length:float,mooring_number:str)"]),
        ("we also keep the quotes with customer name, amount and expiry date",
         ["Quote(customer_name:str,amount:decimal,expiry_date:date)"]),
        ("I usually log firings with kiln name, firing date and peak temperature",
         ["Firing(kiln_name:str,firing_date:date,peak_temperature:float)"]),
        ("Every spring we record lambs with ear tag, birth weight and sex",
         ["Lamb(ear_tag:str,birth_weight:float,sex:str)"]),
    ],
)  # fmt: skip
def test_saying_we_keep_things_with_fields_creates_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "vague", ["we keep stuff", "I write things down", "we keep things with stuff", "we log it all"]
)
def test_saying_we_keep_something_vague_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- "patients (the animals)": a gloss after the things is only another name for them ----------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need to keep track of clients (the dogs) with name, breed and owner phone",
         ["Client(name:str,breed:str,owner_phone:str)"]),
        ("track ponds (the garden ones) with name and depth", ["Pond(name:str,depth:float)"]),
        ("I look after rigs (i.e. the boats) with name, length and skipper",
         ["Rig(name:str,length:float,skipper:str)"]),
    ],
)  # fmt: skip
def test_a_gloss_in_parentheses_after_the_things_is_a_remark(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_a_parenthesis_after_a_question_still_names_the_field() -> None:
    # "what was wrong (the fault)": the gloss is the field's name, not a remark
    result = read("For each repair we note the owner name, what was wrong (the fault) and the cost")
    assert "fault" in [a.name for e in result.entities for a in e.attributes]


def test_a_gloss_alone_is_still_asked() -> None:
    assert _asked("we keep things (the stuff)")


# --- "Create two tables, Boat with …, and Sailor with …": a comma opens the list as a colon ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create two tables, Boat with name and length, and Sailor with name and phone",
         ["Boat(name:str,length:float)", "Sailor(name:str,phone:str)"]),
        ("Set up three entities, Hive with name and location, Frame with number, and "
         "Inspection with inspected on and notes",
         ["Hive(name:str,location:str)", "Frame(number:str)",
          "Inspection(inspected_on:date,notes:str)"]),
    ],
)  # fmt: skip
def test_a_count_of_entities_then_a_comma_lists_them(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "vague", ["create some things, stuff with things", "make two tables, please"]
)
def test_a_count_of_entities_with_nothing_named_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- "a volunteer does many shifts": "do" before a count is the link's verb ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A cleaner does many jobs", ["Cleaner() many_to_many>Job"]),
        ("Each mechanic does several repairs.", ["Mechanic() many_to_many>Repair"]),
        ("Interns do many rotations", ["Intern() many_to_many>Rotation"]),
    ],
)  # fmt: skip
def test_doing_many_things_links_them(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize("vague", ["we do many things", "they do several jobs", "it does many"])
def test_doing_many_things_without_a_subject_thing_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- a change verb typed without its silent "e": "mak", "chang", "updat" -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("mak the vat number on Supplier optinal", ["Supplier(vat_number:str?)"]),
        ("chang price on Item to a decimal", ["Item(price:decimal)"]),
        ("can u chang the rating on Review to a whole number", ["Review(rating:int)"]),
        ("pls updat the notes on Job to be optional", ["Job(notes:str?)"]),
    ],
)  # fmt: skip
def test_a_change_verb_without_its_final_e_is_still_the_verb(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_word_that_only_starts_like_a_clipped_verb_is_left_alone() -> None:
    # "makers", "stork": whole words of their own, not "make"/"store" with an "e" missing
    assert accepted("makers with name") == ["Maker(name:str)"]
    assert accepted("stork with name and wingspan") == ["Stork(name:str,wingspan:float)"]


@pytest.mark.parametrize("vague", ["mak it optional", "chang stuff", "pls mak something"])
def test_a_clipped_verb_with_nothing_named_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- what happened, then "so" and the ask it led to --------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("the auditors asked for it so remove the fax from Supplier", Intent.REMOVE_FIELDS,
         ["Supplier(fax:str)"]),
        ("our drivers kept forgetting so make the van number on Delivery optional",
         Intent.MODIFY_FIELDS, ["Delivery(van_number:str?)"]),
        ("we got a new till so please change the price on Item to a decimal",
         Intent.MODIFY_FIELDS, ["Item(price:decimal)"]),
        ("Bo here - we started doing deliveries so add a delivery fee to Order. Cheers!",
         Intent.ADD_FIELDS, ["Order(delivery_fee:decimal)"]),
    ],
)  # fmt: skip
def test_the_ask_after_so_is_read_past_the_reason(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize("vague", ["we changed things so add stuff", "we moved so fix it"])
def test_a_reason_then_a_vague_ask_is_still_asked(vague: str) -> None:
    assert _asked(vague)


# --- a rename, then why: "…, its shorter", "…,,, thats clearer" ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename the phone on Guest to mobile, thats clearer", ["Guest(mobile:str<phone)"]),
        ("on Kiln rename max temp to peak temperature - its way more readable",
         ["Kiln(peak_temperature:str<max_temp)"]),
        ("on Hold renmae grip colour to colour,,, its shorter haha",
         ["Hold(colour:str<grip_colour)"]),
    ],
)  # fmt: skip
def test_a_comparison_said_after_a_rename_is_its_reason(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize("vague", ["its shorter", "thats clearer lol"])
def test_a_comparison_alone_is_still_asked(vague: str) -> None:
    assert _asked(vague)
