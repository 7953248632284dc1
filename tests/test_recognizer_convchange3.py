"""Changes said in conversation, after a sentence about how the field turned out in use.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right


# --- "The F on X turned out to be / came out as …. Change it to T": what "it" points back at ----
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The lap time on Race came out as text. Can you change it to a decimal?",
         ["Race(lap_time:decimal)"]),
        ("The seat count on the ferries turned out to be whole numbers, so please make it an"
         " integer.", ["Ferry(seat_count:int)"]),
        ("The grade on Essay ended up as free text. It should be a number.",
         ["Essay(grade:float)"]),
        ("The hull length on Barge seems to be text. Please change it to a decimal.",
         ["Barge(hull_length:decimal)"]),
    ],
)  # fmt: skip
def test_field_said_as_it_turned_out_then_changed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_field_said_as_it_is_still_changes() -> None:
    # the shape the new verbs join: "is" already said which field "it" was
    text = "The berth number on the ferries is text. Please change it to an integer."
    assert read_right(text, Intent.MODIFY_FIELDS) == ["Ferry(berth_number:int)"]


# --- "The old X entity can go, the trial ended in May": the age word and what ended -------------
@pytest.mark.parametrize(
    "request_text",
    [
        "The old Locker entity can go, the trial ended in May. Please delete it.",
        "Please remove the legacy Locker entity, the project is over.",
        "The Locker entity can go, the pilot wrapped up last spring.",
    ],
)
def test_an_old_entity_removed_after_what_ended(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_ENTITY) == ["Locker()"]


def test_a_name_written_with_old_in_it_keeps_it() -> None:
    assert read_right("Delete the OldLocker entity.", Intent.REMOVE_ENTITY) == ["OldLocker()"]


def test_an_old_field_is_still_a_field() -> None:
    assert read_right("Remove the old price from Product.", Intent.REMOVE_FIELDS) == [
        "Product(old_price:decimal)"
    ]


def test_a_removal_with_a_reason_that_ended_keeps_the_field() -> None:
    assert read_right(
        "We can drop the loyalty tier from Customer, the promotion ended in May.",
        Intent.REMOVE_FIELDS,
    ) == ["Customer(loyalty_tier:str)"]


# --- "the closed at time": the time a thing happened at is the "…_at" timestamp ----------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Please also add the delivered at time (timestamp) to Parcel.", Intent.ADD_FIELDS,
         ["Parcel(delivered_at:datetime)"]),
        ("Track kilns with a fired at time and a cooled at time.", Intent.CREATE_ENTITY,
         ["Kiln(fired_at:datetime,cooled_at:datetime)"]),
    ],
)  # fmt: skip
def test_a_happened_at_time_is_its_timestamp(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_a_time_named_by_its_noun_keeps_time() -> None:
    assert read_right("Track deliveries with an arrival time and a start time.") == [
        "Delivery(arrival_time:datetime,start_time:datetime)"
    ]


# --- "Can the F on X be left blank?": asking that it may be blank is asking for it optional ------
@pytest.mark.parametrize(
    "request_text",
    [
        "Can the pickup date on Parcel be left blank?",
        "Could the pickup date on Parcel be empty?",
        "Some parcels wait in the depot for weeks. Can the pickup date on Parcel be left empty?",
    ],
)
def test_asking_that_a_field_may_be_blank(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Parcel(pickup_date:date?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could the pickup date on Parcel be optional?", ["Parcel(pickup_date:date?)"]),
        ("Could the parcels also get a pickup date?", ["Parcel(pickup_date:date)"]),
    ],
)  # fmt: skip
def test_other_asks_of_could_the_read_as_before(request_text: str, expected: list[str]) -> None:
    intent = Intent.ADD_FIELDS if "get" in request_text else Intent.MODIFY_FIELDS
    assert read_right(request_text, intent) == expected


# --- "The F on the Xs, can we make it not required?": the field said first, then the ask -------
@pytest.mark.parametrize(
    "request_text",
    [
        "The pickup date on the parcels, can we make it not required?",
        "The pickup date on Parcel, could you make it optional?",
        "Sorry again. The pickup date on the parcels, can you make it not mandatory? Some are"
        " collected by hand.",
    ],
)
def test_a_field_said_first_then_asked_about(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Parcel(pickup_date:date?)"]


def test_make_a_field_not_required_still_reads() -> None:
    assert read_right("Make the pickup date on Parcel not required.", Intent.MODIFY_FIELDS) == [
        "Parcel(pickup_date:date?)"
    ]


def test_a_thing_in_a_place_said_first_is_still_the_topic() -> None:
    assert read_right(
        "The couriers in our depot, please add a phone to them.", Intent.ADD_FIELDS
    ) == ["Courier(phone:str)"]


# --- "The F on X is sometimes missing, so it should be optional": the ask after "so" ------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The tracking code on Parcel is sometimes missing when couriers forget, so it should be"
         " optional please.", ["Parcel(tracking_code:str?)"]),
        ("The shelf code on Parcel has letters in it, so it needs to be text.",
         ["Parcel(shelf_code:str)"]),
    ],
)  # fmt: skip
def test_so_it_should_be_after_the_field_is_said(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_so_it_should_be_simple_after_a_create_is_no_change() -> None:
    assert read_right("Track parcels with a sender name and a weight, so it should be simple.") == [
        "Parcel(sender_name:str,weight:float)"
    ]


# --- "On X, could F be called G (instead)?": the ask before a bare field is no part of it -------
@pytest.mark.parametrize(
    "request_text",
    [
        "On Parcel, could drop point be called pickup point instead?",
        "Quick one: on Parcel, can drop point be called pickup point? The couriers say that.",
        "Could drop point be called pickup point on Parcel?",
    ],
)
def test_could_a_bare_field_be_called(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Parcel(pickup_point:str<drop_point)"]


def test_being_called_on_a_day_is_no_rename_of_the_ask() -> None:
    # "called on weekends" is no new name: the ask word is not taken for part of a field
    assert read("Can couriers be called on weekends?").status == "needs_clarification"


# --- "On the Xs I'd rather call F 'G'": the name preferred is the rename ------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "On the parcels I'd rather call drop point 'pickup point'.",
        "On Parcel, we'd rather call drop point 'pickup point'. Can you rename it?",
        "On the parcels I would rather rename drop point to pickup point.",
    ],
)
def test_rather_call_a_field_another_name(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Parcel(pickup_point:str<drop_point)"]


def test_rather_call_someone_is_no_rename() -> None:
    assert read("I'd rather call the courier about it.").intent != Intent.RENAME_FIELD


# --- "Dear colleague, …": whom the message is to is no entity ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Dear colleague, for the Parcel we need also the weight and the sender name.",
         Intent.ADD_FIELDS, ["Parcel(weight:float,sender_name:str)"]),
        ("Dear team, please add a phone to Courier.", Intent.ADD_FIELDS, ["Courier(phone:str)"]),
        ("Dear developers, track couriers with a name and a phone.", Intent.CREATE_ENTITY,
         ["Courier(name:str,phone:str)"]),
    ],
)  # fmt: skip
def test_a_letter_greeting_before_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "A -> B (rename entity)": the arrow then a note that says it renames the thing ------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Parcel -> Shipment (rename entity)",
        "Parcel → Shipment (rename the entity)",
        "Parcel -> Shipment (entity rename)",
    ],
)
def test_an_arrow_with_a_rename_note(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == ["Shipment<Parcel()"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Parcel -> rename to Shipment", Intent.RENAME_ENTITY, ["Shipment<Parcel()"]),
        ("Parcel -> add a fragile flag", Intent.ADD_FIELDS, ["Parcel(fragile:bool)"]),
        ("Parcel: drop point -> pickup point (rename)", Intent.RENAME_FIELD,
         ["Parcel(pickup_point:str<drop_point)"]),
    ],
)  # fmt: skip
def test_other_arrows_read_as_before(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- "cud u mak F optional", "tak F off X": the verb and the ask typed short ------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("cud u mak pickup date on Parcel optional plz", Intent.MODIFY_FIELDS,
         ["Parcel(pickup_date:date?)"]),
        ("coud u renam drop point to pickup point on Parcel", Intent.RENAME_FIELD,
         ["Parcel(pickup_point:str<drop_point)"]),
        ("tak the fax off Courier", Intent.REMOVE_FIELDS, ["Courier(fax:str)"]),
    ],
)  # fmt: skip
def test_change_verbs_typed_short(request_text: str, intent: Intent, expected: list[str]) -> None:
    assert read_right(request_text, intent) == expected


def test_a_short_word_inside_a_field_name_stays() -> None:
    assert read_right("Track a tak number on Parcel", Intent.ADD_FIELDS) == [
        "Parcel(tak_number:str)"
    ]


# --- "…, the couriers have been asking for it": who has been asking is the reason --------------
def test_who_was_asking_is_the_reason() -> None:
    result = read("Please add a fragile flag to Parcel, the couriers have been asking for it.")
    assert (result.intent, result.status) == (Intent.ADD_FIELDS, "recognized")
    assert read_right(
        "Please add a fragile flag to Parcel, the inspector was asking.", Intent.ADD_FIELDS
    ) == ["Parcel(fragile:bool)"]


def test_asking_someone_something_is_no_reason() -> None:
    assert read("Add a phone to Parcel, the driver was asking customers.").status == (
        "needs_clarification"
    )


# --- "For the Xs — the accountant wants F and G recorded as well": kept too, said as done -------
@pytest.mark.parametrize(
    "request_text",
    [
        "One more thing for the parcels — the dispatcher wants the pickup time and the weight"
        " recorded as well.",
        "For the parcels, the dispatcher wants the pickup time and the weight tracked too.",
    ],
)
def test_someone_wants_fields_recorded_as_well(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [
        "Parcel(pickup_time:datetime,weight:float)"
    ]


def test_someone_wants_a_field_removed_still_removes() -> None:
    assert read_right(
        "The dispatcher wants the fax removed from Parcel.", Intent.REMOVE_FIELDS
    ) == ["Parcel(fax:str)"]
