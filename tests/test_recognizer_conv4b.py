"""A type said beside a field, in conversation, is that field's type.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "overtime, as a number, and notes" says overtime is a number (the ", as a …," is no
role of the writer to drop, as "I want, as a manager, to …" is), and "… a break length and a
paid flag. Break length in minutes, whole number is fine." types the break length it names
again; no field called "break length" is added twice, and a sentence naming no listed field
keeps its reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


@pytest.mark.parametrize(
    ("request_text", "field", "kind"),
    [
        ("add to Shift: overtime, as a number, and a supervisor note", "overtime", "float"),
        ("can Kiln get max heat, as an integer, and a glaze note?", "max_heat", "int"),
        ("please give Parcel a weight, as a decimal, and a fragile flag", "weight", "decimal"),
    ],
)
def test_a_type_between_commas_in_a_list_types_the_item_before(
    request_text: str, field: str, kind: str
) -> None:
    types = {a.name: str(a.type) for e in read(request_text).entities for a in e.attributes}
    assert types[field] == kind, types
    assert len(types) == 2, types


def test_a_role_between_commas_is_still_dropped() -> None:
    assert read_right("I want, as a shop manager, to keep products with name and price") == [
        "Product(name:str,price:decimal)"
    ]


@pytest.mark.parametrize(
    ("request_text", "field", "kind"),
    [
        (
            "Could Shift get a break length and a paid flag? Break length in minutes, whole "
            "number is fine.",
            "break_length",
            "int",
        ),
        (
            "Could Parcel get a shelf code and a signature flag? Shelf code as a whole number "
            "please.",
            "shelf_code",
            "int",
        ),
        (
            "Can Lesson get a room code and a duration? Duration should be an integer.",
            "duration",
            "int",
        ),
        (
            "can Trip get distance travelled and a toll flag? Distance as a number please.",
            "distance_travelled",
            "float",
        ),
    ],
)
def test_a_sentence_naming_a_listed_field_with_a_type_types_it(
    request_text: str, field: str, kind: str
) -> None:
    shape = read_right(request_text, Intent.ADD_FIELDS)
    assert len(shape) == 1, shape
    fields = shape[0][shape[0].index("(") + 1 : -1].split(",")
    assert f"{field}:{kind}" in fields and len(fields) == 2, shape


def test_a_type_sentence_naming_no_listed_field_keeps_its_reading() -> None:
    said = read("Can Shift get a supervisor remark and a paid flag? Notes as a number please.")
    types = {a.name: str(a.type) for e in said.entities for a in e.attributes}
    assert types["supervisor_remark"] == "str" and types["notes"] == "float", types


# A change asked with "that field" or "it" points back at the one field named, with a thing
# marked as an entity, in the talk just before: "we mustn't keep X on the E entity", "the E
# entity has an X nobody uses", "on the E entity the X was set up as text".
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Our auditor says we mustn't store home address on the Tenant entity. Could you "
            "take that field out?",
            Intent.REMOVE_FIELDS,
            "Tenant(home_address:",
        ),
        (
            "the Locker entity has a padlock code nobody uses any more - please get rid of "
            "that field",
            Intent.REMOVE_FIELDS,
            "Locker(padlock_code:",
        ),
        (
            "on the Grant entity the award total was created as text and the reports break. "
            "Could it be a decimal instead?",
            Intent.MODIFY_FIELDS,
            "Grant(award_total:decimal)",
        ),
    ],
)
def test_a_change_to_that_field_points_at_the_field_said_before(
    request_text: str, intent: Intent, expected: str
) -> None:
    shape = read_right(request_text, intent)
    assert len(shape) == 1 and shape[0].startswith(expected), shape
    assert shape[0].count(":") == 1, shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Please take that field out",
        "We keep home address on the Tenant entity. Could you take that field out?",
    ],
)
def test_that_field_with_no_field_said_before_it_is_asked_about(request_text: str) -> None:
    assert read(request_text).needs_clarification


# "…, some folks book open-ended leave": what part of the people does, after a change, is why
# it is asked (whatever the verb), not more of the change to read.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "the finish date on Rota should be optional, some staff work open-ended shifts",
            "Rota(finish_date:date?)",
        ),
        (
            "the notes on Visit can be blank, most customers skip them",
            "Visit(notes:str?)",
        ),
        (
            "the phone on Member should be optional, a few members refuse to share it",
            "Member(phone:str?)",
        ),
    ],
)
def test_a_share_of_the_people_doing_something_after_a_change_is_its_reason(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == [expected]


def test_some_people_inside_a_field_list_is_still_a_field() -> None:
    names = [
        a.name
        for e in read("Create Booking with name, some people names and a date").entities
        for a in e.attributes
    ]
    assert "people_names" in names, names


# "Could someone rename …", "can somebody add …": an ask to whoever reads the message is the
# same ask as "could you …".
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Could someone add a fax number to Supplier?",
            Intent.ADD_FIELDS,
            "Supplier(fax_number:str)",
        ),
        (
            "can somebody make the phone on Member optional",
            Intent.MODIFY_FIELDS,
            "Member(phone:str?)",
        ),
        (
            "Could anyone rename the cost field on Quote to net cost? Sales keep misreading it.",
            Intent.RENAME_FIELD,
            "Quote(net_cost:str<cost)",
        ),
    ],
)
def test_an_ask_to_someone_is_an_ask(request_text: str, intent: Intent, expected: str) -> None:
    assert read_right(request_text, intent) == [expected]


def test_asking_someone_to_explain_asks_for_nothing_to_build() -> None:
    assert read("Could someone explain how the export works?").needs_clarification
