"""Doubts that ask whatever the confidence says: six readings a refit of the weights once let
through are now questions by rule, each with a note that says what to write instead.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a link to a word that names nothing, a word such as "test" kept before a new thing's
noun, a value's word as the only word of a new thing, a word nothing explains in a request
written all in capitals, a create of a thing named as there already, and a slip in the name a
rename or a removal points at are asked about, never built. The wordings that must stay
accepted sit beside each family.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


def _asked(request_text: str, note: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", result
    assert any(note in n for n in result.notes), result.notes


# --- a link to a word that names nothing --------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "word"),
    [
        ("each crate belongs to one zorp", "zorp"),
        ("a lesson is always for exactly one stoodent", "stoodent"),
        ("Every parcel goes to a single depo", "depo"),
        ("Create bookings with date and time; each booking belongs to one gest", "gest"),
    ],
)
def test_a_link_to_a_word_no_dictionary_knows_is_asked(request_text: str, word: str) -> None:
    """The thing a link points at becomes a table: a slip nobody could mend or a made-up word
    there is asked about, with the word named."""
    _asked(request_text, f"{word!r}, the thing a link points at, is no word I know")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each crate belongs to one Zorp", ["Crate() many_to_one>Zorp"]),
        ("each foal belongs to one broodmare", ["Foal() many_to_one>Broodmare"]),
        ("each gig belongs to one roadie", ["Gig() many_to_one>Roadie"]),
        ("each tattoo belongs to one tattooist", ["Tattoo() many_to_one>Tattooist"]),
        ("each bike belongs to one docking station", ["Bike() many_to_one>DockingStation"]),
        ("each invoice belongs to one custmer", ["Invoice() many_to_one>Customer"]),
    ],
)
def test_a_link_to_a_known_or_named_thing_stays_accepted(
    request_text: str, expected: list[str]
) -> None:
    """Counterparts: a name written with a capital is the person's own, a noun English forms
    ("broodmare", "tattooist") is a noun, and a slip one step from one noun is mended."""
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_subject_no_dictionary_lists_is_left_to_the_confidence() -> None:
    # counterpart: the subject of a link is doubted by the score, not asked outright
    result = read("each barista has many shifts")
    assert result.intent is Intent.ADD_RELATIONSHIP
    assert not any("the thing a link points at" in n for n in result.notes)


# --- a word about the work kept before a new thing's noun ----------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Track test flights with pilot name and date",
        "Record deploy windows with start time, end time and approver",
        "I need to keep test kitchens with address and capacity",
    ],
)
def test_a_practice_word_before_a_new_things_noun_is_asked(request_text: str) -> None:
    """ "test", "deploy": a word of how software is made and run, also an order, may be read
    into the name of the thing; nothing in the request says which, so it is asked."""
    _asked(request_text, "may be part of its name or a word about the work")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Log test drives with driver name and car model",
         ["TestDrive(driver_name:str,car_model:str)"]),
        ("Log test matches with venue, home side and away side",
         ["TestMatch(venue:str,home_side:str,away_side:str)"]),
        ("Keep a list of test rigs with rig code and bay", ["TestRig(rig_code:str,bay:str)"]),
        ("Track the test bookings with pupil name and test date",
         ["TestBooking(pupil_name:str,test_date:date)"]),
        ("Create Test Flight records with pilot name and date",
         ["TestFlight(pilot_name:str,date_value:date)"]),
    ],
)  # fmt: skip
def test_a_practice_word_the_request_settles_stays_accepted(
    request_text: str, expected: list[str]
) -> None:
    """Counterparts: a pair the dictionary lists ("test drive"), the word said as a noun ("a
    list of test rigs", "the test bookings"), a field that speaks of it ("test date"), or the
    name written in capitals."""
    assert accepted(request_text) == expected


# --- a value's word as the only word of a new thing ----------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Total: order number, customer, placed on",
        "Weight: animal tag, weighed on, scale id",
        "Price - product code, supplier, valid from",
    ],
)
def test_a_value_word_heading_a_list_is_asked(request_text: str) -> None:
    """A total, a weight, a price is what a thing has: the fields' owner went unsaid."""
    _asked(request_text, "names a value, not a thing kept")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Payments: tenant name, amount, paid on",
         ["Payment(tenant_name:str,amount:decimal,paid_on:date)"]),
        ("Fees: pupil name, term, amount", ["Fee(pupil_name:str,term:str,amount:decimal)"]),
        ("Invoice: number, total, due date",
         ["Invoice(number:str,total:decimal,due_date:date)"]),
    ],
)  # fmt: skip
def test_a_thing_heading_a_list_stays_accepted(request_text: str, expected: list[str]) -> None:
    # counterparts: a thing kept, or a value's word said in the plural as a kind of record
    assert accepted(request_text) == expected


def test_a_value_word_marked_as_the_entity_is_not_asked_by_that_rule() -> None:
    result = read("Amount entity: tenant name, paid on")
    assert not any("names a value, not a thing kept" in n for n in result.notes)


# --- a word nothing explains in a request all in capitals ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "word"),
    [
        ("TRACK ZORBLE JOBS WITH NAME AND DATE", "ZORBLE"),
        ("CREATE SLA BREACHES WITH TICKET NUMBER AND BREACHED AT", "SLA"),
    ],
)
def test_an_unknown_word_in_a_shouted_request_is_asked(request_text: str, word: str) -> None:
    """All in capitals, an initialism and a slip look alike: the word is named and asked."""
    _asked(request_text, f"{word!r}: no word I know")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("CREATE GROOMERS WITH NAME AND PHONE", ["Groomer(name:str,phone:str)"]),
        ("CREATE CUSTOMERS WITH NAME, EMAIL AND PHONE",
         ["Customer(name:str,email:email,phone:str)"]),
        ("Create SLA breaches with ticket number and breached at",
         ["SlaBreach(ticket_number:str,breached_at:datetime)"]),
    ],
)  # fmt: skip
def test_known_words_and_initials_in_normal_case_stay_accepted(
    request_text: str, expected: list[str]
) -> None:
    """Counterparts: shouted words the dictionary explains ("groomer" of "groom"), and an
    initialism written in capitals in a request that is not."""
    assert accepted(request_text) == expected


# --- a create of a thing named as there already --------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "On every Harrow we want the tine count and the working width",
        "For every Kayak we log the hull length and the paddle count",
    ],
)
def test_a_thing_named_as_existing_is_not_created_without_a_question(request_text: str) -> None:
    """A thing called by its name as one there, its fields said as ones there ("the tine
    count"): fields may be meant for it, so whether it is made or changed is asked."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert "intent" in result.missing
    assert any("is spoken of as there already" in n for n in result.notes), result.notes


@pytest.mark.parametrize(
    "request_text",
    [
        "Build the Harrow with tine count and working width",
        "For the new Glasshouse entity we need heating type and area",
        "Harrows: tine count, working width",
        "For each Trailer we need an axle count and a plate",
    ],
)
def test_a_thing_made_or_brought_in_as_new_is_created(request_text: str) -> None:
    """Counterparts: a verb of making said right before it, "new … entity", a plural heading,
    or fields brought in as new ("an axle count")."""
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent is Intent.CREATE_ENTITY


# --- a slip in the name a rename or a removal points at ------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "please rename the Attendent entity to Steward",
        "rename the adress field on Customer to home address",
    ],
)
def test_a_slip_in_a_renamed_name_is_asked(request_text: str) -> None:
    """A rename finds the thing by the name written: a slip there points at nothing."""
    _asked(request_text, "looks misspelt")


@pytest.mark.parametrize(
    ("request_text", "intent"),
    [
        ("Rename the Attendant entity to Steward", Intent.RENAME_ENTITY),
        ("rename the Cattery entity to CatWard", Intent.RENAME_ENTITY),
        ("rename the address field on Customer to home address", Intent.RENAME_FIELD),
    ],
)
def test_a_rename_spelt_right_or_of_the_persons_own_name_stays_accepted(
    request_text: str, intent: Intent
) -> None:
    result = read(request_text)
    assert result.status == "recognized", result
    assert result.intent is intent
