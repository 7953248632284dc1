"""Readings the lead fixed in the fifteenth session, from probe sweeps in trades nobody here
had written for (chimney sweeps, locksmiths, florists, hearing clinics, piano tuners): a check
made on one thing ("DBS checked", "boiler inspected") is a yes/no, "… due" is a day, a listed
thing said tested is a field, a field kept only under a condition keeps the list whole, a
rule in brackets after one item of a "Thing: a, b" list, and a lower-case field renamed with
no owner.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import asked, read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Sweeps: first name, mobile, DBS checked",
            "Sweep(first_name:str,mobile:str,dbs_checked:bool)",
        ),
        ("Fitters: name, police vetted", "Fitter(name:str,police_vetted:bool)"),
        ("Jobs: address, boiler inspected", "Job(address:str,boiler_inspected:bool)"),
        ("Guards: name, ID checked", "Guard(name:str,id_checked:bool)"),
    ],
)
def test_a_check_made_on_one_thing_is_a_yes_no(request_text: str, expected: str) -> None:
    """ "DBS checked" was a count (DBS read as the plural of "DB") and "police vetted" text:
    on a record a check said done to one thing is whether it was done."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # counted things keep their count, a sum due its money
        ("Patrols: route, vehicles checked", "Patrol(route:str,vehicles_checked:int)"),
        ("Invoices: number, amount due", "Invoice(number:str,amount_due:decimal)"),
    ],
)
def test_counts_and_sums_are_not_read_as_checks_or_days(request_text: str, expected: str) -> None:
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Vans: registration, MOT due, next service due",
            "Van(registration:str,mot_due:date,next_service_due:date)",
        ),
        ("Boilers: serial, review due", "Boiler(serial:str,review_due:date)"),
    ],
)
def test_a_thing_due_is_the_day_it_falls_due(request_text: str, expected: str) -> None:
    """ "MOT due" was text; "amount due" stays the sum owed (above)."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Jobs: address, gas tested", "Job(address:str,gas_tested:bool)"),
        (
            "Inspections: date, alarm tested, notes",
            "Inspection(date_value:date,alarm_tested:bool,notes:str)",
        ),
        ("Create Heater with room and PAT tested", "Heater(room:str,pat_tested:bool)"),
    ],
)
def test_a_listed_thing_said_tested_is_a_field(request_text: str, expected: str) -> None:
    """ "tested" made the whole line about how the code is built, so nothing was read."""
    assert read_right(request_text) == [expected]


def test_the_code_said_tested_is_still_how_to_build() -> None:
    _intent, entities = reading("Create Customer with name and email. Make sure it is unit tested")
    assert entities == ["Customer(name:str,email:email)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create Key with blank type, cost (only if we charge) and customer",
            "Key(blank_type:str,customer:str)",
        ),
        (
            "Create Key with blank type, cut date, customer and cost (only if we charge)",
            "Key(blank_type:str,cut_date:date,customer:str)",
        ),
    ],
)
def test_a_field_kept_only_under_a_condition_is_asked_and_ends_at_its_brackets(
    request_text: str, expected: str
) -> None:
    """The condition cut the list from the item to its end ("cost … and customer"), and the
    reading was accepted as a rule understood: the item and its condition are still a rule
    (as attrs16 says of "fee (if paid by card)"), but the items after it stay fields and the
    reading is asked."""
    assert asked(request_text) == [expected]
    assert any("only if we charge" in rule for rule in read(request_text).business_rules)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create Key with blank type, cost (if applicable) and customer",
            "Key(blank_type:str,cost:decimal?,customer:str)",
        ),
        ("Add VAT number (where applicable) to Supplier", "Supplier(vat_number:str?)"),
    ],
)
def test_if_applicable_marks_a_field_optional(request_text: str, expected: str) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert read_right(request_text, intent) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Keys: blank type, cut date, cost (never stored), customer",
            "Key(blank_type:str,cut_date:date,cost:decimal,customer:str)",
        ),
        ("Rings: size, metal, price (must be positive)", "Ring(size:str,metal:str,price:decimal)"),
    ],
)
def test_a_rule_in_brackets_after_an_item_of_a_headed_list(
    request_text: str, expected: str
) -> None:
    """ "Thing: a, b (rule), c" read nothing at all: a rule said of one item kept the list from
    being a list, as it never did after "Create Thing with …"."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "rename card message to gift message",
        "Could we call card message 'gift message' instead?",
    ],
)
def test_a_lower_case_value_renamed_with_no_owner_is_asked(request_text: str) -> None:
    """Accepted as an entity CardMessage renamed: a message re-qualified is a field's name;
    its owner is asked."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert result.intent is Intent.RENAME_FIELD


@pytest.mark.parametrize(
    ("request_text", "old", "new"),
    [
        ("rename box subscribers to members", "BoxSubscriber", "Member"),
        ("rename repair job to service job", "RepairJob", "ServiceJob"),
        ("can u rename painting to artwork", "Painting", "Artwork"),
    ],
)
def test_things_renamed_in_lower_case_stay_entity_renames(
    request_text: str, old: str, new: str
) -> None:
    intent, entities = reading(request_text)
    assert intent is Intent.RENAME_ENTITY
    assert entities == [f"{new}<{old}()"]


def test_a_quoted_name_before_tick_box_is_a_yes_no() -> None:
    assert read_right("Add a 'balanced' tick box to fittings", Intent.ADD_FIELDS) == [
        "Fitting(balanced:bool)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "The sell price should be money not a plain number",
        "the asking price should be a decimal",
    ],
)
def test_which_price_is_no_owner_of_the_price(request_text: str) -> None:
    """ "The sell price should be money" was a change on an entity Sell, accepted: "sell",
    "buy", "retail", "asking" say which price; the owner is asked."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not any(e.name in ("Sell", "Asking") for e in result.entities)


def test_a_sometimes_clause_after_a_change_is_its_reason() -> None:
    assert read_right(
        "Make number of tyres on fittings optional, sometimes it's just a puncture",
        Intent.MODIFY_FIELDS,
    ) == ["Fitting(tyres:str?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A valve is used in many boilers", "Valve() many_to_many>Boiler"),
        ("Each filter is used on one machine", "Filter() many_to_one>Machine"),
        (
            "Each repair can use several parts; a part is used in many repairs",
            "Repair() many_to_many>Part",
        ),
    ],
)
def test_used_in_a_counted_thing_is_a_link(request_text: str, expected: str) -> None:
    """ "used" was never a link's verb (it reads nothing): with a count after its preposition
    it says where the thing is used, as "fitted in many" does."""
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    "request_text", ["the method used for many years", "A part is used in the repair"]
)
def test_used_without_a_counted_thing_is_no_link(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("attendee name on bookings -> full name", "Booking(full_name:str<attendee_name)"),
        ("pickup note on Order -> driver note", "Order(driver_note:str<pickup_note)"),
    ],
)
def test_a_field_on_its_owner_arrowed_to_a_new_name_is_renamed(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == [expected]


def test_a_field_on_its_owner_arrowed_to_a_type_still_changes_the_type() -> None:
    assert read_right("weight on Collection -> whole number", Intent.MODIFY_FIELDS) == [
        "Collection(weight:int)"
    ]


@pytest.mark.parametrize("request_text", ["name + qualification", "email + phone"])
def test_two_field_words_joined_by_plus_name_no_thing(request_text: str) -> None:
    """ "name + qualification" was accepted as adding qualification to an entity Name."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert not any(e.name in ("Name", "Email") for e in result.entities)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Escape rooms: hint limit, wheelchair accessible",
            "EscapeRoom(hint_limit:str,wheelchair_accessible:str)",
        ),
    ],
)
def test_a_headed_list_of_words_no_lexicon_knows_is_still_english(
    request_text: str, expected: str
) -> None:
    """Refused as "not English": the heading made the first item four words long, so the list
    was not seen as a list."""
    assert read(request_text).status == "recognized"


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a viewing date to Valuation - optional",
        "Add a viewing date to the Valuation table — optional, some sellers skip it",
    ],
)
def test_a_dashed_marker_after_the_owner_is_the_fields(request_text: str) -> None:
    """The owner was read as "ValuationOptional" (or nothing): a marker after a dash behind
    the owner is the one field's, as "(optional)" there is."""
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Valuation(viewing_date:date?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the lessons length must be integer no decimal", "Lesson(length:int)"),
        ("make the grade on Pupil text not a number", "Pupil(grade:str)"),
    ],
)
def test_the_type_it_must_not_be_is_no_field(request_text: str, expected: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "lesson 'length in minutes' should just be called duration",
        "session length in hours should be called duration",
    ],
)
def test_a_unit_after_in_is_no_owner_of_a_renamed_field(request_text: str) -> None:
    """Accepted as renaming a field of an entity Minute: a unit after "in" is the name's."""
    result = read(request_text)
    assert not any(e.name in ("Minute", "Hour") for e in result.entities)
    assert result.status == "needs_clarification" or result.entities[0].name in (
        "Lesson",
        "Session",
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "A shipment has a ship date and a weight, and comes from one warehouse.",
            "Shipment(ship_date:date,weight:float) many_to_one>Warehouse",
        ),
        (
            "A class has a date and a room, and is taught by one tutor.",
            "ClassItem(date_value:date,room:str) many_to_one>Tutor",
        ),
        (
            "A shipment has a ship date and a weight. It comes from one warehouse.",
            "Shipment(ship_date:date,weight:float) many_to_one>Warehouse",
        ),
        (
            "A shipment has a ship date and a weight. Each one is packed by one picker.",
            "Shipment(ship_date:date,weight:float) many_to_one>Picker",
        ),
    ],
)
def test_where_a_thing_comes_from_or_who_does_it_counted_is_a_link(
    request_text: str, expected: str
) -> None:
    """ "…, and comes from one supplier" was a field `comes_from_one_supplier` and an entity
    Come; "It comes from one supplier." as a sentence of its own was dropped as talk while
    the create was accepted."""
    assert reading(request_text)[1] == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "Tenancy - new entity: tenant initials, start date, rent band",
        "Tenancy (new entity): tenant initials, start date, rent band",
        "Tenancy - new: tenant initials, start date, rent band",
    ],
)
def test_a_thing_marked_new_before_its_list_is_created(request_text: str) -> None:
    """A ticket's "X - new entity: …" read nothing ("new entity X: …" was read)."""
    assert read_right(request_text) == [
        "Tenancy(tenant_initials:str,start_date:date,rent_band:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Remove 'members only' from Event", "Event(members_only:str)"),
        ("Remove capacity and adults only from Event", "Event(capacity:int,adults_only:str)"),
    ],
)
def test_a_field_named_x_only_can_be_removed(request_text: str, expected: str) -> None:
    """ "X only" in a list may be a rule ("cash only"); what is removed can only be a name."""
    assert read_right(request_text, Intent.REMOVE_FIELDS) == [expected]


def test_a_plus_inside_brackets_joins_as_and_does() -> None:
    """ "(name + mobile)" after a field was read as a field "mobile" beside it, accepted."""
    result = read("Campers should have an emergency contact (name + mobile)")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we're calling ramblers 'walkers' from monday", "Walker<Rambler()"),
        ("rename Club to Society from next term", "Society<Club()"),
    ],
)
def test_the_day_a_rename_starts_is_no_name(request_text: str, expected: str) -> None:
    """ "from september" was read as the owner of a renamed field (an entity September)."""
    assert read_right(request_text, Intent.RENAME_ENTITY) == [expected]
