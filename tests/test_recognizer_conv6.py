"""Conversation and user stories from workshops and community groups (branch conv6).

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- "… home score and away score? The scores are whole numbers." types every listed field whose
  name ends in the word said in the plural; a word only one field ends in, or none, changes
  nothing.
- "in our garage app the field plate on Car, we call it registration": the app said first is
  where the change is made, no part of the field's old name.
- "I want each Horse to record a passport number and a vet name": a wish that things record a
  field or two asks them of things that exist, as "… to have …" does; three or more fields
  still describe a new thing.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- a type said afterwards of several listed fields by their shared last word ---------------
@pytest.mark.parametrize(
    ("request_text", "typed", "kind"),
    [
        (
            "Could I log quiz rounds with round name, first score, bonus score and played "
            "date? The scores are just whole numbers.",
            ("first_score", "bonus_score"),
            "int",
        ),
        (
            "I'd like tide readings: station, high reading, low reading and taken at. Both "
            "readings are decimals.",
            ("high_reading", "low_reading"),
            "decimal",
        ),
        (
            "Log bowls games: home score, venue, away score. All the scores should be whole "
            "numbers.",
            ("home_score", "away_score"),
            "int",
        ),
    ],
)
def test_a_plural_after_the_list_types_each_field_it_names(
    request_text: str, typed: tuple[str, ...], kind: str
) -> None:
    types = {a.name: str(a.type) for e in read(request_text).entities for a in e.attributes}
    assert all(types[name] == kind for name in typed), types


def test_a_plural_only_one_field_ends_in_types_nothing() -> None:
    # one field is no "the scores": the sentence is left as talk, the type as the name says
    types = {
        a.name: str(a.type)
        for e in read(
            "Track bowls games with home score and venue. The scores are whole numbers."
        ).entities
        for a in e.attributes
    }
    assert types["home_score"] == "float", types


def test_a_plural_after_the_list_keeps_the_other_fields() -> None:
    assert read_right(
        "Track fixtures with home team, away team and kickoff date. The teams are text."
    ) == ["Fixture(home_team:str,away_team:str,kickoff_date:date)"]


# --- the app a fronted rename is made in -----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "old", "new", "entity"),
    [
        (
            "In our garage system the field plate on Car, we want to call it registration now.",
            "plate",
            "registration",
            "Car",
        ),
        (
            "in my bakery database the field crust on Pie, we call it pastry",
            "crust",
            "pastry",
            "Pie",
        ),
        (
            "Hi, in our allotment app the field plot code on Tenancy, please we call it plot "
            "number now.",
            "plot_code",
            "plot_number",
            "Tenancy",
        ),
    ],
)
def test_the_app_said_first_is_no_part_of_the_old_name(
    request_text: str, old: str, new: str, entity: str
) -> None:
    result = read(request_text)
    assert result.intent is Intent.RENAME_FIELD
    assert [(e.name, a.name, a.renamed_from) for e in result.entities for a in e.attributes] == [
        (entity, new, old)
    ]


@pytest.mark.parametrize(
    ("request_text", "wanted"),
    [
        (
            "in the guests the meal choice call it menu choice",
            ["Guest(menu_choice:str<meal_choice)"],
        ),
        ("In the app, the fax on suppliers, we don't need it anymore", ["Supplier(fax:str)"]),
    ],
)
def test_fronted_changes_without_an_app_keep_their_reading(
    request_text: str, wanted: list[str]
) -> None:
    assert shape(read(request_text)) == wanted


# --- a wish that things record a field or two ------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "As the stable manager I want each Horse to store a passport number and a vet name, so "
        "that checks are faster.",
        "As secretary I want each Member to record a joining fee and a gift aid flag.",
        "As the coach I want every Player to keep a shirt size, so that kit orders are right.",
    ],
)
def test_a_wish_that_things_record_a_field_or_two_adds_them(request_text: str) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS, (result.intent, result.entities)


def test_a_wish_that_things_record_many_fields_is_a_new_thing() -> None:
    result = read(
        "As a librarian I want each loan to record a due date, a borrower name and a returned flag."
    )
    assert result.intent is Intent.CREATE_ENTITY


# --- "set it up that each X …": the arrangement asked for is the link ------------------------
@pytest.mark.parametrize(
    ("request_text", "owner", "link"),
    [
        ("Could you set it up so that every van has one driver?", "Van", ("many_to_one", "Driver")),
        (
            "Please make it so each invoice belongs to a single customer.",
            "Invoice",
            ("many_to_one", "Customer"),
        ),
        ("can you make it so each lesson has many students", "Lesson", ("many_to_many", "Student")),
    ],
)
def test_set_it_up_that_each_states_the_link(
    request_text: str, owner: str, link: tuple[str, str]
) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert [(e.name, [(r.kind, r.target) for r in e.relationships]) for e in result.entities] == [
        (owner, [link])
    ]


def test_set_it_up_so_we_can_keep_stays_a_create() -> None:
    assert read_right("could you set it up so we can track vans with plate and colour") == [
        "Van(plate:str,colour:str)"
    ]


# --- one more field said after whom the first is kept for ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "wanted"),
    [
        (
            "We need to record a shoe size for every player, and a kit paid flag too. Can those "
            "go on Player?",
            ["Player(shoe_size:str,kit_paid:bool)"],
        ),
        (
            "Please store a locker number for each swimmer and a towel flag too.",
            ["Swimmer(locker_number:str,towel:bool)"],
        ),
    ],
)
def test_a_field_said_after_for_each_is_kept_for_them_too(
    request_text: str, wanted: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == wanted


def test_a_field_kept_for_each_alone_keeps_its_reading() -> None:
    assert read_right(
        "We have to record a shoe size for every player. Can that go on Player?", Intent.ADD_FIELDS
    ) == ["Player(shoe_size:str)"]


# --- "the field is (just) called X … rename it to Y" -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "wanted"),
    [
        (
            "On the Device entity the field is just called serial. Could we rename it to serial "
            "number?",
            ["Device(serial_number:str<serial)"],
        ),
        (
            "In the Boat entity the field is called len, which nobody understands. Can we rename "
            "it to length?",
            ["Boat(length:str<len)"],
        ),
        (
            "On the Hive entity the field is simply named box, and nobody knows what it means. "
            "Please rename it to brood box.",
            ["Hive(brood_box:str<box)"],
        ),
    ],
)
def test_the_name_a_field_is_called_is_the_field_renamed(
    request_text: str, wanted: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == wanted


def test_a_field_called_something_with_no_entity_named_still_asks() -> None:
    assert read("the status is called state").status == "needs_clarification"


# --- "a has shed yes/no": an article before "has" starts an item's name ----------------------
@pytest.mark.parametrize(
    ("request_text", "wanted"),
    [
        (
            "We keep bikes, each with a frame size, a colour and a has lights yes/no.",
            ["Bike(frame_size:str,colour:str,has_lights:bool)"],
        ),
        (
            "What we'd like is market stalls, each with a pitch number, the weekly rent and a "
            "has power yes/no.",
            ["MarketStall(pitch_number:str,weekly_rent:decimal,has_power:bool)"],
        ),
    ],
)
def test_a_has_item_after_an_article_is_a_field(request_text: str, wanted: list[str]) -> None:
    assert read_right(request_text) == wanted


def test_a_subject_that_has_fields_keeps_its_reading() -> None:
    assert read_right("A hen has a ring number and a laid flag") == [
        "Hen(ring_number:str,laid:bool)"
    ]


# --- "could we have a simple way to log X: …" ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "wanted"),
    [
        (
            "Could we have a simple way to log tyre changes: van plate, tyre size, fitted date "
            "and cost?",
            ["TyreChange(van_plate:str,tyre_size:str,fitted_date:date,cost:decimal)"],
        ),
        (
            "Can we have a quick way to track loan bikes: frame number, lender name and due date?",
            ["LoanBike(frame_number:str,lender_name:str,due_date:date)"],
        ),
    ],
)
def test_could_we_have_a_way_to_keep_things_creates_them(
    request_text: str, wanted: list[str]
) -> None:
    assert read_right(request_text) == wanted


def test_we_have_a_way_already_is_no_ask() -> None:
    assert read("We have a simple way to track orders already.").status == "needs_clarification"


# --- "for the X you add F" (a second-language order) -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "wanted"),
    [
        (
            "Please for the Trainee you add the safety level as whole number and also the site "
            "email.",
            Intent.ADD_FIELDS,
            ["Trainee(safety_level:int,site_email:email)"],
        ),
        ("For the Kiln you add the shelf count.", Intent.ADD_FIELDS, ["Kiln(shelf_count:int)"]),
        ("Please you remove the fax from Supplier.", Intent.REMOVE_FIELDS, ["Supplier(fax:str)"]),
    ],
)
def test_you_before_the_verb_of_the_ask_is_the_ask(
    request_text: str, intent: Intent, wanted: list[str]
) -> None:
    assert read_right(request_text, intent) == wanted


def test_you_in_a_condition_is_no_ask() -> None:
    assert read("if you add a phone to Customer it breaks").status == "needs_clarification"
