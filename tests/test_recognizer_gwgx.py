"""Schools' and couriers' short requests: yes/no items that end on "only", commas typed
without their space.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading, shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Ferries: route code, departs at, is cars only", "is_cars_only:bool"),
        ("Camps\n- camp name\n- start date\n- is girls only", "is_girls_only:bool"),
        ("Track clubs with name, room and is members only", "is_members_only:bool"),
    ],
)
def test_a_yes_no_item_ending_on_only_is_a_field(request_text: str, field: str) -> None:
    [entity] = read_right(request_text)
    assert field in entity


@pytest.mark.parametrize(
    "request_text",
    [
        "Track clubs with name, room and notes shown to staff only",
        "Track clubs with name, room and a fee that is members only",
    ],
)
def test_only_after_a_field_that_is_no_yes_no_question_stays_a_rule(request_text: str) -> None:
    result = read(request_text)
    assert any("only" in rule for rule in result.business_rules)
    assert not any(a.name.endswith("only") for e in result.entities for a in e.attributes)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "make dietary needs NOT optional on camper anymore,they have to fill it in",
            Intent.MODIFY_FIELDS,
            ["Camper(dietary_needs:str)"],
        ),
        (
            "Track lockers with code,floor,holder name",
            Intent.CREATE_ENTITY,
            ["Locker(code:str,floor:str,holder_name:str)"],
        ),
    ],
)
def test_a_comma_typed_without_its_space_still_ends_a_word(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track invoices with total (decimal(12,2)) and reference", "total:decimal"),
        ("Track lots with name and a reserve of 1,000", "name:str"),
    ],
)
def test_a_comma_between_digits_keeps_its_reading(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert expected in ",".join(f"{a.name}:{a.type}" for e in result.entities for a in e.attributes)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("remove: Locker", Intent.REMOVE_ENTITY, ["Locker()"]),
        ("Delete: the Voucher entity", Intent.REMOVE_ENTITY, ["Voucher()"]),
        ("drop: pager from Tutor", Intent.REMOVE_FIELDS, ["Tutor(pager:str)"]),
    ],
)
def test_a_removal_verb_labelling_its_line_removes_what_follows(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("entity ParcelScan → ScanEvent", ["ScanEvent<ParcelScan()"]),
        ("Table: drops -> deliveries", ["Delivery<Drop()"]),
    ],
)
def test_a_marked_name_an_arrow_and_a_name_renames_the_entity(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == expected


def test_an_arrow_with_a_cardinality_after_it_stays_a_link() -> None:
    result = read("entity Drop -> Route (many to one)")
    assert result.intent == Intent.ADD_RELATIONSHIP


def test_an_unmarked_arrow_between_names_is_still_asked() -> None:
    assert read("Parcel -> Consignment").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "van checks for our night shift: van reg, checked at, mileage",
            ["VanCheck(van_reg:str,checked_at:datetime,mileage:int)"],
        ),
        (
            "reading logs for my tutor group - book title, pages read (whole number)",
            ["ReadingLog(book_title:str,pages_read:int)"],
        ),
    ],
)
def test_things_for_whom_they_are_kept_then_their_list_creates_them(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_sentence_before_for_the_things_is_no_short_topic() -> None:
    result = read("we hire out kayaks and need something for the hires: kayak name, customer")
    assert shape(result) == ["Hire(kayak_name:str,customer:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("forklifts - each one belongs to a single depot", ["Forklift() many_to_one>Depot"]),
        (
            "For night shifts, each one has exactly one supervisor",
            ["NightShift() many_to_one>Supervisor"],
        ),
        (
            "tutor groups: every one of them belongs to one tutor",
            ["TutorGroup() many_to_one>Tutor"],
        ),
    ],
)
def test_each_one_after_a_plural_said_first_is_each_of_those_things(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_each_one_after_a_singular_is_left_as_it_was() -> None:
    assert reading("the depot - each one belongs to a region") == reading(
        "the depot - it belongs to a region"
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "On the Pallet entity, change the field name bay_no to bay code",
            ["Pallet(bay_code:str<bay_no)"],
        ),
        ("change the column name from pupil ref to upn on Pupil", ["Pupil(upn:str<pupil_ref)"]),
    ],
)
def test_changing_the_field_name_renames_the_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "change the field name to optional on Courier",
            (Intent.MODIFY_FIELDS, ["Courier(name:str?)"]),
        ),
        (
            "change the field name on Courier to optional",
            (Intent.MODIFY_FIELDS, ["Courier(name:str?)"]),
        ),
    ],
)
def test_the_field_called_name_is_still_changed(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "rename form tutor to tutor on Pupil (new trust wording)",
            Intent.RENAME_FIELD,
            ["Pupil(tutor:str<form_tutor)"],
        ),
        (
            "remove telex from Haulier (nobody has one now)",
            Intent.REMOVE_FIELDS,
            ["Haulier(telex:str)"],
        ),
        ("add a gate code to Depot (new site rule)", Intent.ADD_FIELDS, ["Depot(gate_code:str)"]),
    ],
)
def test_a_remark_in_parentheses_after_the_owner_is_no_part_of_its_name(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    result = read(request_text)
    assert read_right(request_text, intent) == expected
    assert result.business_rules


def test_an_annotation_in_parentheses_after_the_owner_is_not_a_remark() -> None:
    assert reading("add a phone to Depot (optional)") == (
        Intent.ADD_FIELDS,
        ["Depot(phone:str?)"],
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "we no longer run taster sessions so get rid of them from the system",
            ["TasterSession()"],
        ),
        ("we stopped offering saturday drops, please delete them", ["SaturdayDrop()"]),
    ],
)
def test_things_no_longer_done_then_remove_them_removes_those_things(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_ENTITY) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "we run taster sessions every week so please remove them",
        "we don't do taster sessions anymore so keep them archived",
    ],
)
def test_them_after_things_still_done_or_kept_is_still_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Bike store app:\nBikes — frame number, colour\nCustomers — name, phone",
            ["Bike(frame_number:str,colour:str)", "Customer(name:str,phone:str)"],
        ),
        (
            "Pupil records system:\nPupils — name, year group\nDetentions — given on, reason",
            ["Pupil(name:str,year_group:str)", "Detention(given_on:date,reason:str)"],
        ),
    ],
)
def test_a_store_or_records_before_the_app_names_the_app_no_thing_stores_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_thing_that_stores_what_it_holds_keeps_its_list() -> None:
    assert reading("Each locker stores a code, a floor and a holder name") == reading(
        "Each locker has a code, a floor and a holder name"
    )


def test_a_name_with_its_fields_in_braces_and_semicolons_is_a_list() -> None:
    assert read_right("Courier { name; van reg; shift start (datetime) }") == [
        "Courier(name:str,van_reg:str,shift_start:datetime)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "struct Parcel { int weight; int length; }",
        "Parcel { int weight; string label; }",
        "class Parcel { weight; label; }",
    ],
)
def test_program_text_in_braces_is_still_code(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("code" in note for note in result.notes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a mobile to Carer, it's optional, not every carer has one", ["Carer(mobile:str?)"]),
        ("add a locker to Pupil, it can be blank, most pupils share one", ["Pupil(locker:str?)"]),
        ("add a tail lift to Van, its optional, some vans go without one", ["Van(tail_lift:str?)"]),
    ],
)
def test_optional_after_the_owner_then_why_keeps_the_field_optional(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_why_alone_after_the_owner_leaves_the_field_required() -> None:
    assert reading("add a locker to Pupil, most pupils share one") == (
        Intent.ADD_FIELDS,
        ["Pupil(locker:str)"],
    )
