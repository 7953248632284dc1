"""Analysts' one-liners, terse lists and relationships: names read whole.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "a loan application tracker" keeps loan applications (the application is the form
filed, the tracker the app); "the Field Trip entity" is a FieldTrip, not a trip's field; a new
name that starts with "as" ("Asset Register") is no reason said after the rename; "a local
authority" is the kind of body the dictionary names, while "a local shop" is any shop.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        (
            "Build a loan application tracker with applicant name, amount and submitted date",
            "LoanApplication",
        ),
        (
            "Set up a visa application portal with passport number and nationality",
            "VisaApplication",
        ),
        (
            "Create a grant applications register with organisation name and requested amount",
            "GrantApplication",
        ),
    ],
)
def test_a_nouns_application_before_a_frame_is_the_form_filed(
    request_text: str, entity: str
) -> None:
    shape = accepted(request_text)
    assert len(shape) == 1 and shape[0].startswith(f"{entity}("), shape


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Build a permit tracker with applicant name and fee", "Permit"),
        ("Create a patient records system with name and birth date", "Patient"),
        ("Build an app for permit applications with applicant name and fee", "PermitApplication"),
    ],
)
def test_other_frames_keep_their_reading(request_text: str, entity: str) -> None:
    _, shape = reading(request_text)
    assert len(shape) == 1 and shape[0].startswith(f"{entity}("), shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a guide relationship to the Field Trip entity", "FieldTrip() many_to_one>Guide"),
        (
            "Add an engineer relationship to the Field Survey entity",
            "FieldSurvey() many_to_one>Engineer",
        ),
    ],
)
def test_field_as_the_first_word_of_a_capitalised_name(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_field_noun_before_a_lower_case_name_is_still_the_word_for_a_field() -> None:
    assert accepted("Add the field notes to Visit", Intent.ADD_FIELDS) == ["Visit(notes:str)"]
    assert accepted("Add a new field colour to Van", Intent.ADD_FIELDS) == ["Van(colour:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename entity Stock Item to Stock Asset", "StockAsset<StockItem()"),
        ("Rename the Home Visit entity to Home Assessment", "HomeAssessment<HomeVisit()"),
    ],
)
def test_a_new_name_starting_with_as_is_read_whole(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == [expected]


def test_a_reason_said_with_as_after_a_rename_is_still_a_reason() -> None:
    shape = accepted(
        "Rename the Course entity to Module as the school calls it that", Intent.RENAME_ENTITY
    )
    assert shape == ["Module<Course()"]


def test_a_dictionary_kind_keeps_its_size_word() -> None:
    shape = accepted("Each grant is awarded by one local authority", Intent.ADD_RELATIONSHIP)
    assert shape == ["Grant() many_to_one>LocalAuthority"]


def test_a_size_word_the_dictionary_does_not_join_is_dropped() -> None:
    _, shape = reading("Track local shops with name and postcode")
    assert shape == ["Shop(name:str,postcode:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Set up a register of fishing boats storing boat name, length and home port",
            "FishingBoat(boat_name:str,length:float,home_port:str)",
        ),
        (
            "Set up a tracker for lab samples holding sample code, taken at and volume",
            "LabSample(sample_code:str,taken_at:datetime,volume:float)",
        ),
        (
            "Create a log of site visits recording visit date, inspector and outcome",
            "SiteVisit(visit_date:date,inspector:str,outcome:str)",
        ),
    ],
)
def test_a_keeping_verb_after_the_things_of_a_frame_opens_their_fields(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_frame_with_its_own_keeping_verb_keeps_its_reading() -> None:
    shape = accepted("Build a reservation service storing guest name, arrival date and nights")
    assert shape == ["Reservation(guest_name:str,arrival_date:date,nights:int)"], shape


def test_a_comma_typed_before_its_space_separates_like_one_after() -> None:
    assert accepted("create boat trips ,with skipper name ,departs at ,seats (int)") == [
        "BoatTrip(skipper_name:str,departs_at:datetime,seats:int)"
    ]


def test_a_single_letter_opening_an_identifier_is_a_word_of_the_name() -> None:
    _, shape = reading("Cable run: a_end_port, b_end_port, length_m (float)")
    assert shape == ["CableRun(a_end_port:str,b_end_port:str,length_m:float)"]


def test_an_article_before_a_field_is_still_dropped() -> None:
    _, shape = reading("Create vans with a plate, a colour and a mileage")
    assert shape == ["Van(plate:str,colour:str,mileage:int)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each complaint is raised against one supplier", "Complaint() many_to_one>Supplier"),
        (
            "Each invoice is checked against exactly one purchase order",
            "Invoice() many_to_one>PurchaseOrder",
        ),
    ],
)
def test_a_passive_verb_with_against_links_to_the_thing_it_is_on(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_passive_verb_with_by_keeps_its_reading() -> None:
    shape = accepted("Each complaint is raised by one customer", Intent.ADD_RELATIONSHIP)
    assert shape == ["Complaint() many_to_one>Customer"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Invoice += promise to pay date (optional)", "Invoice(promise_to_pay_date:date?)"),
        (
            "Create loans with amount and promise to pay date",
            "Loan(amount:decimal,promise_to_pay_date:date)",
        ),
    ],
)
def test_a_to_verb_name_then_its_head_is_one_field(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert shape == [expected]


def test_a_wish_said_as_a_to_verb_item_is_still_no_field() -> None:
    _, shape = reading("Create orders with total and want to know date")
    assert shape == ["Order(total:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("pls remove pager form Courier", "Courier(pager:str)"),
        ("drop the pager form the couriers", "Courier(pager:str)"),
    ],
)
def test_form_typed_for_from_in_a_removal(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Remove the form field from Application", Intent.REMOVE_FIELDS, "Application(form:str)"),
        (
            "remove the consent form Pdf from Visit",
            Intent.REMOVE_FIELDS,
            "Visit(consent_form_pdf:str)",
        ),
        ("Delete the Consent Form entity", Intent.REMOVE_ENTITY, "ConsentForm()"),
    ],
)
def test_a_form_that_is_a_form_keeps_its_reading(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert reading(request_text) == (intent, [expected])


def test_lots_named_among_the_things_are_a_thing() -> None:
    shape = accepted(
        "Create auctions and lots: an auction has title and sale date; a lot has lot number and"
        " reserve price. Each lot belongs to one auction."
    )
    assert shape == [
        "Auction(title:str,sale_date:date)",
        "Lot(lot_number:str,reserve_price:decimal) many_to_one>Auction",
    ]


def test_a_lot_as_a_quantity_names_no_thing() -> None:
    assert accepted("Track cows with name and weight, thanks a lot") == [
        "Cow(name:str,weight:float)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each offer belongs to one tender", "Offer() many_to_one>Tender"),
        ("Each bid is submitted for exactly one tender", "Bid() many_to_one>Tender"),
    ],
)
def test_a_counted_target_is_a_thing_whatever_else_it_means(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


def test_a_describing_word_after_a_verb_is_still_no_target() -> None:
    _, shape = reading("the pet register works great")
    assert shape == []
