"""Words that could start an ask but are fields, and asks that start with other words.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("vans with plate and make", ["Van(plate:str,make:str)"]),
        ("Track motorbikes with plate, make", ["Motorbike(plate:str,make:str)"]),
        ("Create a tractor with a serial and make.", ["Tractor(serial:str,make:str)"]),
        ("coaches with registration, make and seats", None),
    ],
)
def test_a_verb_that_ends_the_list_is_a_listed_field(
    request_text: str, expected: list[str] | None
) -> None:
    """A car's make is a field; "make" with nothing after it has nothing to act on, so it is
    not an ask ("and make it optional"). Dropping it lost a field the person listed."""
    got = accepted(request_text, Intent.CREATE_ENTITY)
    if expected is None:
        assert "make:str" in got[0], got
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create Ferry with a docked flag; mark it optional", ["Ferry(docked:bool?)"]),
        (
            "Create Ferry with a name and a note; mark the note as optional",
            ["Ferry(name:str,note:str?)"],
        ),
        ("Create Ferry with a docked flag and make it optional", ["Ferry(docked:bool?)"]),
        ("Create a Ferry with a score and mark", ["Ferry(score:float,mark:str)"]),
    ],
)
def test_mark_after_a_semicolon_is_an_ask_about_a_field(
    request_text: str, expected: list[str]
) -> None:
    """ "; mark it optional" says how the field just named is kept; read into the list it
    became a field called "mark". A "mark" that ends a list stays a field (an exam's mark)."""
    assert accepted(request_text, Intent.CREATE_ENTITY) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Create an API key store with label, scope and revoked at", Intent.CREATE_ENTITY,
         ["ApiKey(label:str,scope:str,revoked_at:datetime)"]),
        ("track api tokens: label, scope, expires at", Intent.CREATE_ENTITY,
         ["ApiToken(label:str,scope:str,expires_at:datetime)"]),
        ("Add a rate limit to API clients", Intent.ADD_FIELDS, ["ApiClient(rate_limit:str)"]),
        ("Build an API for invoices with number and total", Intent.CREATE_ENTITY,
         ["Invoice(number:str,total:decimal)"]),
        ("Create a REST API for lockers with a code and a room", Intent.CREATE_ENTITY,
         ["Locker(code:str,room:str)"]),
    ],
)  # fmt: skip
def test_an_api_key_is_a_kind_of_thing_and_an_api_is_a_frame(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """Developers keep records of API keys and tokens: "api" names the kind there, and reading
    the entity as a bare Key was a confident misread. "an API for invoices" is still a frame."""
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add an assessor name to Application", ["Application(assessor_name:str)"]),
        ("Add a panel date to the Application entity", ["Application(panel_date:date)"]),
        ("add a technician to Service", ["Service(technician:str)"]),
    ],
)
def test_a_frame_word_written_as_a_name_is_the_entity_changed(
    request_text: str, expected: list[str]
) -> None:
    """A loan application or a car service is a record a business keeps; written as a name
    ("to Application", "to the Service entity") it is the entity the field goes on."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "add a search box to the app",
        "add dark mode to the Application",
        "add a page to the service",
    ],
)
def test_an_addition_to_the_app_itself_is_still_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("somewhere to put my film cameras - brand, lens mount, price",
         ["FilmCamera(brand:str,lens_mount:str,price:decimal)"]),
        ("a spot to jot down hive inspections with date and notes",
         ["HiveInspection(date_value:date,notes:str)"]),
        ("I need a place to stash my board games: title, players, publisher",
         ["BoardGame(title:str,players:int,publisher:str)"]),
    ],
)  # fmt: skip
def test_a_place_to_put_things_is_a_way_to_keep_them(
    request_text: str, expected: list[str]
) -> None:
    """ "somewhere to put my cameras" asks for what "somewhere to keep my cameras" asks for;
    read as nothing, the person was asked to say again what they had said."""
    assert accepted(request_text, Intent.CREATE_ENTITY) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Set up a register of KPI reviews with quarter, score and reviewer",
         ["KpiReview(quarter:str,score:float,reviewer:str)"]),
        ("Build a service for SLA breaches with ticket number, breached at and minutes over "
         "(integer)", ["SlaBreach(ticket_number:str,breached_at:datetime,minutes_over:int)"]),
        ("Software licence registry - vendor, seats, renewal date",
         ["SoftwareLicence(vendor:str,seats:int,renewal_date:date)"]),
    ],
)  # fmt: skip
def test_initialisms_and_kinds_said_before_a_frame_are_not_doubted(
    request_text: str, expected: list[str]
) -> None:
    """ "SLA", "KPI" written in capitals are initialisms that modify the noun after them, and
    "software licence" said whole before "registry" is the kind kept: the reading is right,
    and asking about it made the person confirm what they had said plainly."""
    assert accepted(request_text, Intent.CREATE_ENTITY) == expected


def test_an_all_capitals_request_still_doubts_its_unknown_words() -> None:
    """In a request written all in capitals nothing marks an initialism: the doubt stays."""
    assert read("ALL CAPS KPI REVIEWS WITH SCORE AND QUARTER").status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "The marina charges a mooring fee now. Add a fee amount to Berth.",
        "The yard charges a storage fee nowadays. Add a fee amount to Berth.",
        "Add a fee amount to Berth. The marina takes a deposit nowadays.",
    ],
)
def test_when_said_after_a_background_sentence_is_no_part_of_a_thing(request_text: str) -> None:
    """ "… charges a mooring fee now" tells why; read with "now" as a link to a thing called
    MooringFeeNow, it added an entity nobody asked for and the change was asked about."""
    assert accepted(request_text, Intent.ADD_FIELDS) == ["Berth(fee_amount:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a fee amount to Berth", ["Berth(fee_amount:decimal)"]),
        ("Add a late fee amount to Loan", ["Loan(late_fee_amount:decimal)"]),
        (
            "Add a name amount and date to Pledge",
            ["Pledge(name:str,amount:decimal,date_value:date)"],
        ),
    ],
)
def test_the_amount_of_a_fee_is_one_field(request_text: str, expected: list[str]) -> None:
    """ "a fee amount" is how much the fee is; cut into "fee" and "amount" it gave two money
    fields for one, confidently. Two fields run together ("name amount") are still two."""
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Track feature toggles with key, owner team and a default on flag", Intent.CREATE_ENTITY,
         ["FeatureToggle(key_value:str,owner_team:str,default_on:bool)"]),
        ("Drop the owner field from feature flags", Intent.REMOVE_FIELDS,
         ["FeatureFlag(owner:str)"]),
        ("A deploy belongs to one cluster", Intent.ADD_RELATIONSHIP,
         ["Deploy() many_to_one>Cluster"]),
    ],
)  # fmt: skip
def test_things_developers_keep_are_not_doubted_for_their_words(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """A feature flag is a thing (its "flag" is no yes/no field), and "a deploy" said with an
    article is a noun made of a verb: both readings are right and were asked about."""
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Record cash drops with till number, dropped at and counted total",
         ["CashDrop(till_number:str,dropped_at:datetime,counted_total:decimal)"]),
        ("I want a catalogue of prints with title, artist and year",
         ["Print(title:str,artist:str,year:int)"]),
    ],
)  # fmt: skip
def test_a_kind_said_in_the_plural_is_not_doubted_for_a_value_word(
    request_text: str, expected: list[str]
) -> None:
    """ "cash drops", "prints": things said in the plural are kept, even when the head is also
    a value's word; asking about them made the person confirm a plain request."""
    assert accepted(request_text, Intent.CREATE_ENTITY) == expected


def test_one_thing_of_a_kind_the_request_declares_is_a_link() -> None:
    """ "each technician has one pay band" after "pay bands: …" links to PayBand; read as a
    text field "pay_band" it was accepted beside the entity it duplicates."""
    got = accepted(
        "pay bands: band code, hourly rate. technicians: name, phone. each technician has one "
        "pay band.",
        Intent.CREATE_ENTITY,
    )
    assert got == [
        "PayBand(band_code:str,hourly_rate:decimal)",
        "Technician(name:str,phone:str) many_to_one>PayBand",
    ]
