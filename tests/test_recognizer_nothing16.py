"""Changes that were read as nothing (branch nothing16): families of wording, each with a
counterpart that must keep its reading or stay asked.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, shape

# --- a clause after a rename's new name and a comma -------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "rename the Kiln entity to Oven, the potters all say oven",
            "rename_entity",
            "Oven<Kiln()",
        ),
        (
            "Please rename the Mooring entity to Berth, nobody here says mooring",
            "rename_entity",
            "Berth<Mooring()",
        ),
        ("rename the Ward entity to Unit, matches the NHS wording", "rename_entity", "Unit<Ward()"),
        ("Rename Tutor to Coach, the kids call them coaches", "rename_entity", "Coach<Tutor()"),
        (
            "Rename the colour field on Bike to shade, the mechanics all say shade",
            "rename_field",
            "Bike(shade:str<colour)",
        ),
        (
            "Rename the Patron entity to Member, as per the new membership rules.",
            "rename_entity",
            "Member<Patron()",
        ),
    ],
)
def test_a_clause_after_the_new_name_is_its_reason(
    request_text: str, intent: str, expected: str
) -> None:
    """A name holds no comma: what follows the new name and a comma is said about the rename
    (kept as its reason), whatever its words."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent(intent)
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "rename the Bike entity to Cycle, fix the bug",  # a verb said to the reader: one more ask
        "rename colour to shade, size to dimension",  # a second rename
        "rename address to street, city and postcode",  # more names
        "rename the Workshop entity to Session, then remove the fee",  # another change
        "rename the Bike entity to Cycle, the Frame entity to Chassis",  # a second entity
        "rename colour to shade, Bike entity",  # the owner, said after
    ],
)
def test_what_goes_on_with_the_request_is_no_reason(request_text: str) -> None:
    """Counterparts: after the comma, another ask, a second rename, more names or the owner
    go on with the request; none of them is cut off as a reason (each is asked about)."""
    assert read(request_text).status == "needs_clarification"


# --- "rename it to X" after talk naming an entity -----------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The Workshop entity name confuses the teachers. Can you rename it to Session?",
            "Session<Workshop()",
        ),
        ("the Kiln entity is badly named, let's rename it to Oven", "Oven<Kiln()"),
        ("our Tutor entity is misnamed, please rename it to Coach", "Coach<Tutor()"),
    ],
)
def test_it_renamed_to_a_name_is_the_entity_said_before(request_text: str, expected: str) -> None:
    """ "… rename it to Session": a new name written like an entity's, after talk that names
    one entity as an entity, renames that entity."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_ENTITY
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "the Tutor entity has a phone field, can you rename it to Coach?",  # a field said too
        "the Tutor and Pupil entities are confusing, let's rename it to Coach",  # two things
        "The app is slow, let's rename it to Speedy",  # no entity said
        "rename it to Session",  # nothing before
        "rename everything",
    ],
)
def test_it_without_one_entity_said_is_asked(request_text: str) -> None:
    """Counterparts: with a field said as well, two things, the app, or nothing before, what
    "it" is stays unknown and the request is asked about."""
    assert read(request_text).status == "needs_clarification"


# --- a field said in a sentence, then "rename it" after a comma --------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the notes field on the Job entity is too vague, please rename it to fault description",
            "Job(fault_description:str<notes)",
        ),
        (
            "the colour field on the Bike entity is confusing, can we rename it to frame colour?",
            "Bike(frame_colour:str<colour)",
        ),
    ],
)
def test_a_sentence_about_a_field_then_rename_it(request_text: str, expected: str) -> None:
    """ "the F field on the X entity is …, rename it to G": a sentence said about the field
    (not a thing named alone, as a topic) before the ask; "it" is that field."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_FIELD
    assert shape(result) == [expected]


def test_a_thing_named_alone_still_heads_the_ask() -> None:
    """Counterpart: a thing said alone before the ask is still its topic."""
    result = read("the tutors in our school, please add to them a fee")
    assert result.status == "recognized", result
    assert shape(result) == ["Tutor(fee:decimal)"]


# --- an ending spelt with the unheard vowel ----------------------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Delete the Consultent entity",
        "Rename the Consultent entity to Adviser, as per the new policy",
        "Track attendence records with date and pupil name",
    ],
)
def test_an_ending_with_the_wrong_vowel_is_a_slip(request_text: str) -> None:
    """ "consultent", "attendence": the ending spelt with the vowel nobody hears is a slip
    (never two words run together, "consul" and "tent"), so the reading is asked about."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("looks misspelt" in n for n in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Delete the Consultant entity", "Consultant()"),
        ("Rename the entity Cliente to Customer", "Customer<Cliente()"),
        ("rename the Cattery entity to CatWard", "CatWard<Cattery()"),
    ],
)
def test_old_names_that_are_the_persons_own_stay(request_text: str, expected: str) -> None:
    """Counterparts: a right spelling, and an old name that is the person's own ("Cliente",
    "Cattery"), are read as written."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == [expected]


# --- "F on X can (just) be a TYPE" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the rating on Review can just be a whole number instead of a float",
            "Review(rating:int)",
        ),
        ("the weight on Parcel can just be a decimal", "Parcel(weight:decimal)"),
        ("the seats on each Coach could simply be a whole number", "Coach(seats:int)"),
        ("the phone on Tenant can be optional", "Tenant(phone:str?)"),
    ],
)
def test_what_a_field_can_be_is_the_change(request_text: str, expected: str) -> None:
    """ "the F on X can just be a whole number": what a field of a named thing may be, when
    that is a type or "optional", is the change asked for it."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    ["the colour on Bike can be red", "the price on Item can be anything", "can it be faster?"],
)
def test_a_value_it_can_take_is_no_change(request_text: str) -> None:
    """Counterparts: a value the field may take ("red", "anything") or a wish about the app is
    no change, and is asked about."""
    assert read(request_text).status == "needs_clarification"


# --- the thing said first as a place, then the field, then "rename it" ------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "In Booking, the field 'ref' confuses everyone. Please rename it to booking code.",
            "Booking(booking_code:str<ref)",
        ),
        (
            "On Booking, the ref field is unclear. Please rename it to booking code.",
            "Booking(booking_code:str<ref)",
        ),
        (
            "On the Kennel entity, the size field reads oddly. Could we rename it to run size?",
            "Kennel(run_size:str<size)",
        ),
        (
            "the field 'ref' on Booking is unclear, please rename it to booking code",
            "Booking(booking_code:str<ref)",
        ),
    ],
)
def test_the_place_said_first_owns_the_field_renamed(request_text: str, expected: str) -> None:
    """ "In Booking, the field 'ref' …": a thing written as a name (or marked as an entity),
    said first as a place, owns the field an "it" renames next (a capital elsewhere, "on
    Booking", does not make the lower-case new name an entity's)."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_FIELD
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "In March, the field trip was cancelled. Can you rename it to outing?",
        "On Monday, the price field broke. Please rename it to cost.",
        "In our shop, the field is confusing. Can you rename it to price?",
        "In general, the field ref is unclear. Please rename it to booking code.",
    ],
)
def test_a_time_or_a_setting_said_first_owns_nothing(request_text: str) -> None:
    """Counterparts: a time ("In March", "On Monday"), a setting in lower case, and a name
    after "the field" that is not quoted ("the field trip") own no field: asked about."""
    assert read(request_text).status == "needs_clarification"


# --- a possessive opens each item of a list said without commas -------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "i want to track my pupils their name their parent email and their grade",
            "Pupil(name:str,parent_email:email,grade:str)",
        ),
        (
            "we keep our ponies their name their breed their height and their last shoeing date",
            "Pony(name:str,breed:str,height:float,last_shoeing_date:date)",
        ),
        (
            "i need to log each dog its name its breed and its weight",
            "Dog(name:str,breed:str,weight:float)",
        ),
    ],
)
def test_a_possessive_opens_each_dictated_item(request_text: str, expected: str) -> None:
    """ "their name their parent email and their grade": said without commas, a possessive
    opens each item as an article does ("the brand the colour and the price")."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track horses with name, its owner, its breed", "Horse(name:str,owner:str,breed:str)"),
        (
            "Track guests with their name and their home address",
            "Guest(name:str,home_address:str)",
        ),
    ],
)
def test_possessives_in_a_punctuated_list_keep_their_reading(
    request_text: str, expected: str
) -> None:
    """Counterparts: with commas and "and", possessives are dropped from names as before."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == [expected]


# --- links: the kind said with a modal, and a reason after the link ---------------------------


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Members and clubs need to be many-to-many", "Member", "Club"),
        ("riders and stables should be many-to-many", "Rider", "Stable"),
        ("Vans and depots have to be many to many", "Van", "Depot"),
    ],
)
def test_a_kind_said_with_a_modal_links(request_text: str, owner: str, target: str) -> None:
    """ "X and Y need to be many-to-many": the kind asked for, as "are many-to-many" says."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == [f"{owner}() many_to_many>{target}"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Each invoice is linked to a single customer, as the auditors insist",
            "Invoice() many_to_one>Customer",
        ),
        (
            "Every kennel belongs to one shelter since we merged the sites",
            "Kennel() many_to_one>Shelter",
        ),
        (
            "Each crate is linked to a single pallet because the forklift drivers asked",
            "Crate() many_to_one>Pallet",
        ),
    ],
)
def test_a_reason_after_a_link_is_talk(request_text: str, expected: str) -> None:
    """ "…, as the auditors insist", "… because …", "… since …": a reason after a link is
    talk around it, never a field or a thing."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.ADD_RELATIONSHIP
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Members and clubs need to be fixed",  # no kind: a wish, asked
        "Members and clubs need to be faster",
        # a reason that counts or links is part of the ask: asked, not cut off
        "Each invoice is linked to a single customer, as the auditors want one per customer",
    ],
)
def test_no_kind_or_a_counting_reason_stays_asked(request_text: str) -> None:
    """Counterparts: a state that is no kind of link, and a reason that counts, are asked."""
    assert read(request_text).status == "needs_clarification"


# --- an entity removed by "it" / "that entity", slang removals, "make sure each …" -------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the Voucher entity duplicates the till system, so please drop it", "Voucher()"),
        ("The Kiln entity is not ours anymore. Please remove that entity.", "Kiln()"),
        ("You can bin the Paddock entity, the farm was sold", "Paddock()"),
    ],
)
def test_an_entity_removed_by_pointing_back(request_text: str, expected: str) -> None:
    """ "the X entity …, so please drop it", "… Please remove that entity.": the one entity
    named as an entity just before is removed; "you can bin the X entity" removes as "bin
    the X entity" does."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.REMOVE_ENTITY
    assert shape(result) == [expected]


def test_a_field_said_before_is_what_it_drops() -> None:
    """Counterpart: with a field named, "drop it" removes the field, not the entity."""
    result = read("The Voucher entity has a memo field. Please drop it.")
    assert result.status == "recognized", result
    assert result.intent == Intent.REMOVE_FIELDS
    assert shape(result) == ["Voucher(memo:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The Voucher and Coupon entities overlap, please drop it",  # two things
        "fix the bug, please drop it",
        "you can bin everything",
    ],
)
def test_no_one_entity_to_drop_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "can we make sure every booking is tied to one venue?",
            "Booking() many_to_one>Venue",
        ),
        ("please make sure each invoice belongs to one customer", "Invoice() many_to_one>Customer"),
        ("we need to make sure each van belongs to one depot", "Van() many_to_one>Depot"),
    ],
)
def test_make_sure_each_is_the_statement_asked(request_text: str, expected: str) -> None:
    """ "(can we) make sure every X …": what is to hold of each record is what is asked."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Ensure the system complies with ISO 9001.",
        "Ensure every page loads fast",
        "make sure every screen works on mobile",
        "Make sure it's fast",
    ],
)
def test_make_sure_of_the_app_is_asked(request_text: str) -> None:
    """Counterparts: a wish about the app or a standard stays asked."""
    assert read(request_text).status == "needs_clarification"


# --- fields wished for after talk that names the entity ---------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The Kennel entity is working great, could we also store the run size and whether"
            " it is heated?",
            "Kennel(run_size:str,is_heated:bool)",
        ),
        (
            "The Kennel entity is working great. Could we also store the run size and the roof"
            " type?",
            "Kennel(run_size:str,roof_type:str)",
        ),
        (
            "The Invoice entity has been a lifesaver. Can we also track the due date and a paid"
            " flag?",
            "Invoice(due_date:date,paid:bool)",
        ),
    ],
)
def test_fields_wished_after_talk_naming_the_entity(request_text: str, expected: str) -> None:
    """ "The X entity is working great, could we also store F and G?": fields wished for with
    no thing named in the ask are added to the one entity the talk before names."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.ADD_FIELDS
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # the talk asks itself (unread): the flag alone would drop what it asks
        "On the Kiln entity we would like to start noting the cone and the shelf count. Oh, and"
        " a glaze flag, please.",
        "The Kennel and Run entities work. Could we also store the colour?",  # two things
        "The Kennel entity is working great, could we also add validation?",  # no field
    ],
)
def test_fields_after_talk_that_asks_or_names_two_are_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"
