"""Changes that were read as nothing (branch nothing15x): families of wording, each with a
counterpart that must keep its reading.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
from tests.support.recognition import read


def _attr(result, entity: str, field: str):
    [e] = [e for e in result.entities if e.name == entity]
    [a] = [a for a in e.attributes if a.name == field]
    return a


# --- "its" typed for "it's" after a comma ---------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        ("change width on Shelf to decimal, its getting cut off", "Shelf", "width", "decimal"),
        ("pls change the fee on Lesson to decimal, its text rite now", "Lesson", "fee", "decimal"),
        ("change the depth on Pond to a float, its not precise enough", "Pond", "depth", "float"),
    ],
)
def test_its_after_a_comma_is_it_is(request_text: str, entity: str, field: str, kind: str) -> None:
    """ "…, its getting cut off": "its" before a word no possessive takes is "it's" without its
    apostrophe, so the rest is the reason after the change."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_its_before_a_noun_stays_a_possessive() -> None:
    """Counterpart: "its owner" after a comma is a possessive and the owner a field."""
    result = read("Track horses with name, its owner, its breed")
    assert result.status == "recognized", result
    assert {a.name for a in result.entities[0].attributes} == {"name", "owner", "breed"}


# --- a type word misspelt after "to" in a change --------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        ("change cost on Repair to decimel", "Repair", "cost", "decimal"),
        ("change the seats on Coach to a whole numbr", "Coach", "seats", "int"),
        ("change the depth on Pond to a decmial please", "Pond", "depth", "decimal"),
        ("change the rating on Film to an integar", "Film", "rating", "int"),
    ],
)
def test_a_type_word_misspelt_after_to(
    request_text: str, entity: str, field: str, kind: str
) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_a_name_after_to_is_not_respelt_as_a_type() -> None:
    """Counterpart: a slip of a type word that is not what a change turns into stays as said;
    a word of a name is never mended."""
    result = read("Send the invoices to Nubmer Ltd")
    assert result.status == "needs_clarification", result


# --- dotted and arrow renames with snake_case and Title Case names --------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "old", "new"),
    [
        ("Tenant.phone -> Tenant.phone_of_record", "Tenant", "phone", "phone_of_record"),
        (
            "Tenant.home_phone_number -> Tenant.main_phone_number",
            "Tenant",
            "home_phone_number",
            "main_phone_number",
        ),
        ("Kiosk: Phone -> Contact Number", "Kiosk", "phone", "contact_number"),
        ("Vial: Batch Code -> Batch Number", "Vial", "batch_code", "batch_number"),
    ],
)
def test_arrow_renames_of_written_names(request_text: str, entity: str, old: str, new: str) -> None:
    """A new name of three snake_case words, or a Title Case header whose head names a value
    (number, name, code …), is the field's new name."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_FIELD
    assert _attr(result, entity, new).renamed_from == old


@pytest.mark.parametrize(
    "request_text",
    ["Parcel: Courier -> Depot", "Parcel.courier_id -> Courier"],
)
def test_an_arrow_to_a_thing_is_no_rename(request_text: str) -> None:
    """Counterpart: an arrow to a capitalised noun of its own (no value head) names another
    thing, never the field's new name."""
    result = read(request_text)
    assert result.intent != Intent.RENAME_FIELD or result.status != "recognized", result


# --- a field named by what it is called now -------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "old", "new"),
    [
        (
            "On the kennels, the field we called pen really should be called run. Can you?",
            "Kennel",
            "pen",
            "run",
        ),
        ("On Kennel, pen really should be called enclosure", "Kennel", "pen", "enclosure"),
        (
            "A naming thing — on the Dog Walk entity, what we call 'Walker Notes' should really"
            " be 'Remarks', as that is the word the owners use.",
            "DogWalk",
            "walker_notes",
            "remarks",
        ),
    ],
)
def test_a_field_named_by_what_we_call_it(request_text: str, entity: str, old: str, new: str):
    """ "the field we called X", "what we call X": that field; a word of how sure before the
    verb ("really should be called") is no part of the old name."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_FIELD
    assert _attr(result, entity, new).renamed_from == old


@pytest.mark.parametrize(
    "request_text",
    [
        "On the kennels, the field you called pen — we say run round here.",
        "what we call the shop should really be faster",
        "the field we called pen is fine",
    ],
)
def test_what_we_call_without_a_new_name_is_asked(request_text: str) -> None:
    """Counterparts: no name said after "should be", or only a quality, is no rename."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


# --- a placeholder name marked as an entity ------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "old", "new"),
    [
        ("rename the Thing entity to Sensor", "Thing", "Sensor"),
        ("please rename the Stuff entity to StockItem", "Stuff", "StockItem"),
    ],
)
def test_a_placeholder_marked_as_an_entity_is_renamed(request_text: str, old: str, new: str):
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.RENAME_ENTITY
    assert (result.entities[0].name, result.entities[0].renamed_from) == (new, old)


@pytest.mark.parametrize(
    "request_text",
    ["rename the thing to Sensor", "rename everything to Sensor", "rename the entity"],
)
def test_a_placeholder_not_written_as_a_name_is_asked(request_text: str) -> None:
    """Counterparts: a placeholder word in lower case, or nothing named, stays asked."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


# --- bugs and features of a tracker at the end of a link --------------------------------------


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Relate Bug to Sprint", "Bug", "Sprint"),
        ("Relate Feature to Milestone", "Feature", "Milestone"),
        ("each bug belongs to one sprint", "Bug", "Sprint"),
    ],
)
def test_a_bug_written_as_a_name_ends_a_link(request_text: str, owner: str, target: str):
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.ADD_RELATIONSHIP
    [entity] = [e for e in result.entities if e.name == owner]
    assert [r.target for r in entity.relationships] == [target]


@pytest.mark.parametrize(
    "request_text", ["fix the bug", "fix the Bug", "link the bug to the sprint", "add a feature"]
)
def test_a_bug_not_written_as_a_name_is_asked(request_text: str) -> None:
    """Counterparts: "fix the bug" is a wish about the app; "the bug" names no thing."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


# --- a field said as it is now, then the change asked -----------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        (
            "the depth on Borehole is stored as text at the moment, which breaks every chart."
            " Could it be changed to a float?",
            "Borehole",
            "depth",
            "float",
        ),
        (
            "seat count on Minibus is text right now, which lets drivers type anything, can it be"
            " a whole number instead?",
            "Minibus",
            "seat_count",
            "int",
        ),
        (
            "On the Hive entity: weight is currently stored as a string. Could it be a decimal?",
            "Hive",
            "weight",
            "decimal",
        ),
        (
            "The span on Bridge is a string right now, which breaks sorting - can we make it a"
            " float?",
            "Bridge",
            "span",
            "float",
        ),
        (
            "Kiln has firing hours as text. Make firing hours on Kiln an integer.",
            "Kiln",
            "firing_hours",
            "int",
        ),
    ],
)
def test_a_field_as_it_is_now_then_its_change(
    request_text: str, entity: str, field: str, kind: str
) -> None:
    """ "F on X is (currently, right now) T / stored as T, which …", then "can it be T2?" (or
    the field named again): the first says what is, the change is to T2."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_a_field_as_it_is_now_made_optional() -> None:
    result = read("the notes on Borehole are text right now, could it be left blank?")
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, "Borehole", "notes").required is False


@pytest.mark.parametrize(
    "request_text",
    [
        "the depth on Borehole is currently text.",
        "the depth on Borehole is currently text, can it be text?",
        "the depth on Borehole is currently a string, can you make it better?",
        "the depth on Borehole is currently a string, can it be faster?",
    ],
)
def test_a_field_as_it_is_now_with_no_change_is_asked(request_text: str) -> None:
    """Counterparts: what a field is now, with no change or a change to nothing new, is asked
    about (never created)."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


def test_a_field_said_of_a_new_thing_stays_a_create() -> None:
    """Counterpart: the field of a thing the request creates, said with its type, is created."""
    result = read("Track boreholes with depth. The depth on each borehole is stored as a float.")
    assert result.status == "recognized", result
    assert result.intent == Intent.CREATE_ENTITY
    assert _attr(result, "Borehole", "depth").type == AttrType.FLOAT


# --- what the field is now, said after the change ---------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        ("Make the tip on the Delivery a decimal, now is integer", "Delivery", "tip", "decimal"),
        ("please make the length on Boat a float, right now it's text", "Boat", "length", "float"),
        ("change the due date on Loan to a date, now it is a string", "Loan", "due_date", "date"),
    ],
)
def test_what_it_is_now_after_the_change_is_a_reason(
    request_text: str, entity: str, field: str, kind: str
) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, entity, field).type == AttrType(kind)


def test_what_it_is_now_after_an_add_is_no_reason() -> None:
    """Counterpart: after an addition, "now it is text" is not cut off as a reason (asked)."""
    result = read("add a tip to Delivery, now it is text")
    assert result.status == "needs_clarification", result


def test_the_field_as_it_is_then_but_make_it_optional() -> None:
    result = read("The depth on Borehole came out as text, which is fine, but make it optional.")
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, "Borehole", "depth").required is False


# --- "should not have to be filled in" is optional ---------------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "the mobile on Member shouldn't have to be filled in",
        "the mobile on Member should not need to be filled in any more",
        "the mobile on Member doesn't have to be given",
    ],
)
def test_need_not_be_filled_in_is_optional(request_text: str) -> None:
    """It was read as required (the negation was taken into the field's words)."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent == Intent.MODIFY_FIELDS
    assert _attr(result, "Member", "mobile").required is False


def test_must_be_filled_in_is_still_required() -> None:
    """Counterpart: "must always be filled in" makes the field required."""
    result = read("the mobile on Member must always be filled in")
    assert result.status == "recognized", result
    assert _attr(result, "Member", "mobile").required is True
