"""Fields that went missing from a list: an announcement glued to the first item, an optional
clause that says who lacks the value, a distributive tail, a participle with its particle.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "The Horse entity needs two more bits: the passport number and whether it is shod.",
            Intent.ADD_FIELDS,
            ["Horse(passport_number:str,is_shod:bool)"],
        ),
        (
            "could you add a couple of things to Vendors please: the tax number and the risk "
            "rating",
            Intent.ADD_FIELDS,
            ["Vendor(tax_number:str,risk_rating:float)"],
        ),
        (
            "add a few fields to Vendor: the tax number and the risk rating",
            Intent.ADD_FIELDS,
            ["Vendor(tax_number:str,risk_rating:float)"],
        ),
        (
            "the harbour office wants moorings tracked — for each mooring: berth code, "
            "boat name and annual fee",
            Intent.CREATE_ENTITY,
            ["Mooring(berth_code:str,boat_name:str,annual_fee:decimal)"],
        ),
    ],
)
def test_an_announcement_before_the_colon_is_no_part_of_the_first_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """How many fields are coming, or which record they are of, is said before the colon: the
    first field after it is still a field, never dropped as a rule."""
    assert read_right(request_text, intent) == expected


def test_a_named_type_after_a_colon_still_types_the_field() -> None:
    """ "title: text" is a name and its type; no announcement is taken off it."""
    assert accepted("Create tasks with title: text, due: date") == ["Task(title:str,due:date)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Two things bother me: the price and the slowness",
        "I need two more things: a dashboard and a login page",
        "Add two things: notes and photos",
    ],
)
def test_an_announcement_without_an_owner_is_still_asked(request_text: str) -> None:
    """The announcement is dropped, but nothing says whose fields these are: asked."""
    assert read(request_text).status == "needs_clarification"


def test_a_couple_of_fields_names_no_thing_called_couple() -> None:
    """ "a couple of" says how many, as "a lot of" does; couples kept are still Couple."""
    assert "Couple" not in str(shape(read("add a couple of fields to Vendor: the fax, the web")))
    assert accepted("Create couples with bride name, groom name and wedding date") == [
        "Couple(bride_name:str,groom_name:str,wedding_date:date)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "customers with name and a nickname - nickname can be empty tho",
            ["Customer(name:str,nickname:str?)"],
        ),
        (
            "Create Tent with brand and weight - weight might be blank tho",
            ["Tent(brand:str,weight:float?)"],
        ),
    ],
)
def test_an_optional_clause_keeps_its_field_and_makes_it_optional(
    request_text: str, expected: list[str]
) -> None:
    """A chatty "tho", "might" for "may": no part of the name, and the field is neither lost
    nor renamed (who lacks the value, "… for older members", was dropped at the merge: it made
    one sealed blind reading accepted wrong)."""
    assert read_right(request_text) == expected


def test_might_not_be_blank_makes_nothing_optional() -> None:
    """The negated clause is no optional marker: nothing turns optional."""
    got = read("Create Person with name and email which might not be blank")
    assert all(a.required for e in got.entities for a in e.attributes)


def test_a_dash_then_though_the_same_name_keeps_one_name() -> None:
    """ "outcome - though the outcome can be blank": the name said again opens the remark."""
    got = read("Log claims with a claim number and the outcome - though the outcome can be empty")
    assert shape(got) == ["Claim(claim_number:str,outcome:str?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create invoices with the total on each one and the due date",
            ["Invoice(total:decimal,due_date:date)"],
        ),
        (
            "Keep site visits with date, inspector and notes on each one",
            ["SiteVisit(date_value:date,inspector:str,notes:str)"],
        ),
    ],
)
def test_on_each_one_only_says_which_record(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track books with title, author and checked out to",
            ["Book(title:str,author:str,checked_out_to:str)"],
        ),
        (
            "Keep laptops with serial number, handed over to and return date",
            ["Laptop(serial_number:str,handed_over_to:str,return_date:date)"],
        ),
    ],
)
def test_a_participle_with_its_particle_then_to_names_a_field(
    request_text: str, expected: list[str]
) -> None:
    """ "checked out to" is named by who it points at, as "assigned to" is."""
    assert read_right(request_text) == expected


def test_a_question_about_who_has_it_is_no_field() -> None:
    got = read("Is there a way to see which books are checked out to whom?")
    assert got.status == "needs_clarification"


def test_just_before_a_colon_keeps_the_first_field() -> None:
    """ "… with just: date, …": the header word stays with the header, the date is a field."""
    assert read_right("Gig entity with just: date, venue, door price") == [
        "Gig(date_value:date,venue:str,door_price:decimal)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "wedding guests: name, email, plus one (yes/no)",
            ["WeddingGuest(name:str,email:email,plus_one:bool)"],
        ),
        (
            "on Guest can we add a meal choice and a plus one flag?",
            ["Guest(meal_choice:str,plus_one:bool)"],
        ),
    ],
)
def test_a_plus_one_is_a_field_not_a_list_joiner(request_text: str, expected: list[str]) -> None:
    """The guest brought along ("plus one") names a yes/no; "plus" does not start a new item."""
    got = read(request_text)
    assert shape(got) == expected


def test_plus_still_joins_items() -> None:
    assert accepted("Create Order with price, tax, plus a fee") == [
        "Order(price:decimal,tax:decimal,fee:decimal)"
    ]


def test_a_bullet_saying_the_titles_thing_has_a_list_keeps_its_first_field() -> None:
    """ "Each boiler has F, G" under "Gas boiler register": the boiler is the title's thing,
    named by its head word; its first field is not lost in "each boiler has"."""
    request = (
        "Gas boiler register\n\n- Each boiler has a serial number, a fuel type and a flue size"
    )
    assert read_right(request) == ["GasBoiler(serial_number:str,fuel_type:str,flue_size:str)"]


def test_a_bullet_about_another_thing_is_not_read_as_the_titles_list() -> None:
    """ "Each engineer has a name" under a boiler title names another thing: never taken as
    the boiler's fields without a word said (the reading stays asked)."""
    got = read("Boiler register\n\n- Each boiler has a serial number\n- Each engineer has a name")
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "On Member can we add a locker number and a towel flag? oh and parking, but "
            "parking is optional as we do not have spaces for all",
            ["Member(locker_number:str,towel:bool,parking:str?)"],
        ),
        (
            "Create Tenant with name, phone, email, but phone is optional",
            ["Tenant(name:str,phone:str?,email:email)"],
        ),
    ],
)
def test_but_the_same_name_is_optional_keeps_the_field(
    request_text: str, expected: list[str]
) -> None:
    """An afterthought field made optional in the same breath ("X, but X is optional as …")
    is added, optional; it never vanishes with the reason."""
    assert shape(read(request_text)) == expected
