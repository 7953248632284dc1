"""Entity names read under another name: two nouns typed as one, a medium's plural, the jobs
done to a thing.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:
- a word no dictionary knows, the two nouns of a pair WordNet writes apart typed without the
  space ("boardgames", "the circuitboard entity"), is kept as written but never accepted
  unasked: a space missed and a name closed on purpose look the same (splitting it was tried
  and read a closed name wrong); names closed on purpose ("timesheet", "stallholder",
  "counterparty"), the same pair written apart and a name the person capitalises mid-sentence
  ("the Boardgame entity") are read as before;
- "culture media", "storage media" are kinds of medium WordNet names: CultureMedium (the mass
  noun, "media", "social media", stays as written);
- "boiler services", "car services": the plural "services" after a thing's noun is the jobs
  done to it, kept one by one (BoilerService); "an invoice service", "services", "our
  services" and a department ("member services rep") are read as before.
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import plural, singular
from baes_tui.core.models import Intent
from baes_tui.recognition.limits import MAX_REQUEST_CHARS
from baes_tui.recognition.nouns import run_together
from tests.support.recognition import accepted, read, shape


@pytest.mark.parametrize(
    ("request_text", "intent", "name"),
    [
        ("track boardgames with title, publisher and player count", Intent.CREATE_ENTITY,
         "Boardgame"),
        ("please add a tier count to the weddingcakes", Intent.ADD_FIELDS, "Weddingcake"),
        ("the circuitboard entity needs a layer count and a revision", Intent.ADD_FIELDS,
         "Circuitboard"),
        ("MAKE THE NOTES ON BOARDGAME OPTIONAL", Intent.MODIFY_FIELDS, "Boardgame"),
    ],
)  # fmt: skip
def test_two_nouns_typed_as_one_are_kept_but_asked(
    request_text: str, intent: Intent, name: str
) -> None:
    got = read(request_text)
    assert got.intent == intent, shape(got)
    assert [e.name for e in got.entities] == [name], shape(got)
    assert got.status == "needs_clarification", (got.confidence, shape(got))


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("track board games with title, publisher and player count",
         "BoardGame(title:str,publisher:str,player_count:int)"),
        ("track timesheets with hours and week start", "Timesheet(hours:float,week_start:str)"),
        ("keep stallholders with name and pitch number",
         "Stallholder(name:str,pitch_number:str)"),
        ("keep notebooks with title and pages", "Notebook(title:str,pages:int)"),
        ("Keep Boardgame entities with title and publisher",
         "Boardgame(title:str,publisher:str)"),
    ],
)  # fmt: skip
def test_names_closed_on_purpose_written_apart_or_capitalised_are_accepted(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I need a database of culture media: medium name, lot number, supplier and expiry date",
         "CultureMedium(medium_name:str,lot_number:str,supplier:str,expiry_date:date)"),
        ("track storage media with label, capacity and location",
         "StorageMedium(label:str,capacity:int,location:str)"),
    ],
)  # fmt: skip
def test_a_medium_named_in_the_plural_is_one_medium(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("track social media with handle and platform", "SocialMedia"),
        ("track media with title and format", "Media"),
        ("keep social media accounts with handle and platform", "SocialMediaAccount"),
    ],
)
def test_media_that_is_no_medium_of_a_kind_stays_as_written(request_text: str, name: str) -> None:
    got = read(request_text)
    assert [e.name for e in got.entities] == [name], shape(got)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you set up something to keep our chimney services? For each one I need the "
         "client name, the address, the date and the price.",
         "ChimneyService(client_name:str,address:str,date_value:date,price:decimal)"),
        ("track generator services with customer name, generator model and price",
         "GeneratorService(customer_name:str,generator_model:str,price:decimal)"),
    ],
)  # fmt: skip
def test_services_done_to_a_thing_are_the_things_kept(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_services_counted_one_by_one_are_named_with_their_thing() -> None:
    got = read("we do bike services and want to record each one with frame number and price")
    assert [e.name for e in got.entities] == ["BikeService"], shape(got)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("a payroll service with employee and amount", Intent.CREATE_ENTITY, "Payroll"),
        ("track services with name, tier and owner team", Intent.CREATE_ENTITY, "Service"),
        ("As a guest services rep I want Booking to also store a late checkout flag",
         Intent.ADD_FIELDS, "Booking"),
    ],
)  # fmt: skip
def test_a_service_built_or_a_department_is_read_as_before(
    request_text: str, intent: Intent, expected: str
) -> None:
    got = read(request_text)
    assert got.intent == intent, shape(got)
    assert [e.name for e in got.entities] == [expected], shape(got)


def test_our_services_name_no_thing_of_their_own() -> None:
    # "our services" is the business's own offer, no noun before it to say what is serviced
    got = read("keep our services with name and price")
    assert got.status == "needs_clarification", shape(got)


def test_a_long_run_together_word_is_no_pair_and_is_asked() -> None:
    # a word longer than any English word is no two nouns typed as one: the check ends at its
    # length (a request of the longest size is read by the house's own long-input tests)
    assert not run_together("board" * (MAX_REQUEST_CHARS // 5))
    word = "board" * 400
    got = read(f"track {word}s with title and price")
    assert got.status == "needs_clarification", (got.confidence, shape(got))


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Menu errata: menu edition, page (whole number), misprint and correction",
         "MenuErratum(menu_edition:str,page:int,misprint:str,correction:str)"),
        ("track lease addenda with lease number, title and signed date",
         "LeaseAddendum(lease_number:str,title:str,signed_date:date)"),
    ],
)  # fmt: skip
def test_a_latin_plural_of_a_document_is_one_of_them(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_the_latin_plural_names_the_table() -> None:
    assert singular("errata") == "erratum"
    assert plural("erratum") == "errata"
    assert plural("menu_addendum") == "menu_addenda"


def test_a_list_typed_with_two_letters_swapped_is_the_list() -> None:
    # "lsit": the frame's two letters swapped, read as "list" is (never a CostumesList)
    assert accepted("pls make a costumes lsit for the panto: costume name, size, cost") == [
        "Costume(costume_name:str,size:str,cost:decimal)"
    ]
