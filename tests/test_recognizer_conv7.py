"""Conversation of backend developers and learners (branch conv7).

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- "Could you track our kayaks? Each one: name, length (float), colour.": "each one" before a
  colon is the thing just asked for, as "for each one:" is; "each one has …" is left as it was.
- "Per service: name, tier (int)": a system word counted ("per", "each", "every") is one of
  many records, never the system built ("a service with …" still names the system).
- "Could you add a last service date to Van? Optional, because new vans have none.": the
  optional marker alone, right after the one field asked for, makes it optional ("Add phone
  and email to Customer. Optional." names no one field and is left as it was); "… and a
  signed by that's optional" is said of that item, not a reason for the change.
- "change DOB to date of birth on Rider": a type word with "of" after it is a name, never the
  new type (asked, no longer read as a date field on a thing called Birth).
- The story around the ask names no thing: "sales keeps asking which rep owns which account"
  (a question asked again and again), "Don't need anything else" (a negation, no subject),
  "quick one — I forgot that my bikes need …" (the dash opens no subject), "they want to see
  when a player last trained" (a question, no thing), "the safety audit came back" (a verb
  and its particle, no linked thing).
- The ask after the story, in the same sentence: "(we got new scanners) so I'd love to add a
  barcode to my parcels", "so I'd like the Team entity to be called Crew", "so let's just
  rename …" is the request, not the reason; ", fields stay the same" after a rename says the
  rest is kept; "the Depot table is basically pointless now. Could you delete it?" deletes it.
- "… And a repair note, which should be optional because most are fine.": "should be" before
  an optional marker is no rule; the item is one more field, optional ("which should be
  unique" stays a rule). "the weight on Crate should be a decimal now, not text": "now" is
  when, not part of the new type.
- "I want to write down each climb: the route, …": the particle goes with the verb ("down"
  names nothing); "…, if that's how it works?" after an ask is a learner's hedge, not part
  of it.
- "The auditors want a retention date and an archived flag on Invoice. Can you add those
  two?": the thing the fields go on may be named bare, with its capital ("on arrival" names
  no thing and is still asked about).
- "could the app have a repair log where every repair has a date, …": what the app is to
  have, with what each one holds, is the thing kept ("The app should have a login page."
  names no record and stays asked about).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading, shape


# --- "each one:" and a counted system word head the list ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could you track our kayaks? Each one: name, length (float), colour.",
            ["Kayak(name:str,length:float,colour:str)"],
        ),
        (
            "Can we log our projectors? Every one: asset tag, brand, lent to.",
            ["Projector(asset_tag:str,brand:str,lent_to:str)"],
        ),
        (
            "Per service: name, owning team, port (int).",
            ["Service(name:str,owning_team:str,port:int)"],
        ),
        (
            "We're drowning in microservices. Each service: name, repo url, on call team.",
            ["Service(name:str,repo_url:str,on_call_team:str)"],
        ),
    ],
)
def test_each_one_or_a_counted_system_word_heads_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "each one has …" was read before, and still is
        (
            "Could you set up something for our kayaks? Each one has a name, a length and a "
            "colour.",
            (Intent.CREATE_ENTITY, ["Kayak(name:str,length:float,colour:str)"]),
        ),
        # a service with things in it is the system, the things are the entity
        (
            "Build a small service for invoices with number, amount (decimal) and due date.",
            (Intent.CREATE_ENTITY, ["Invoice(number:str,amount:decimal,due_date:date)"]),
        ),
    ],
)
def test_each_one_has_and_a_service_around_things_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- optional said right after (or inside) a change of one field -----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could you add a last service date to Van? Optional, because new vans have none.",
            (Intent.ADD_FIELDS, ["Van(last_service_date:date?)"]),
        ),
        (
            "can we add a paused_at to Subscription? nullable, since most were never paused",
            (Intent.ADD_FIELDS, ["Subscription(paused_at:datetime?)"]),
        ),
        (
            "On the Parcel entity we need two new fields: weight (float), and a signed by "
            "that's optional.",
            (Intent.ADD_FIELDS, ["Parcel(weight:float,signed_by:str?)"]),
        ),
    ],
)
def test_optional_said_of_the_one_field_just_added(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


def test_a_type_word_with_of_after_it_is_no_new_type() -> None:
    assert reading("Could you change DOB to date of birth on Rider?")[0] != Intent.MODIFY_FIELDS


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # two fields and a bare "Optional.": which one is not said, both stay as asked
        (
            "Add phone and email to Customer. Optional.",
            (Intent.ADD_FIELDS, ["Customer(phone:str,email:email)"]),
        ),
        ("change dob to a date on Rider", (Intent.MODIFY_FIELDS, ["Rider(dob:date)"])),
        (
            "Track servers with a hostname and a rack that's optional",
            (Intent.CREATE_ENTITY, ["Server(hostname:str,rack:str?)"]),
        ),
    ],
)
def test_optional_and_type_changes_said_plainly_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- the story around the ask names no thing -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Sales keeps asking which rep owns which account and nobody knows. Could we track "
            "accounts with name, rep and region?",
            (Intent.CREATE_ENTITY, ["Account(name:str,rep:str,region:str)"]),
        ),
        (
            "Could we log our tool loans? borrower, tool, lent on (date). Don't need anything "
            "else, honestly.",
            (Intent.CREATE_ENTITY, ["ToolLoan(borrower:str,tool:str,lent_on:date)"]),
        ),
        (
            "Hi, quick one — I forgot that my bikes need a frame size too. Could I add a frame "
            "size to the bikes?",
            (Intent.ADD_FIELDS, ["Bike(frame_size:str)"]),
        ),
        (
            "the coaches want to see when a player last trained. can we add last_trained_at to "
            "Player?",
            (Intent.ADD_FIELDS, ["Player(last_trained_at:datetime)"]),
        ),
        (
            "the safety review came back. Please add an inspector name to Crane.",
            (Intent.ADD_FIELDS, ["Crane(inspector_name:str)"]),
        ),
    ],
)
def test_the_story_around_the_ask_names_no_thing(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # what a thing keeps, said with "keeps" and no question after it, is still its fields
        (
            "Each greenhouse keeps a temperature and a humidity.",
            (Intent.CREATE_ENTITY, ["Greenhouse(temperature:float,humidity:float)"]),
        ),
        # two plurals around a linking verb still link
        ("Readers borrow many books", (Intent.ADD_RELATIONSHIP, ["Reader() many_to_many>Book"])),
        # "see every booking with …" still names the bookings
        (
            "I'd like to see every booking with a date and a room.",
            (Intent.CREATE_ENTITY, ["Booking(date_value:date,room:str)"]),
        ),
    ],
)
def test_things_said_outright_keep_their_reading(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


# --- the ask said after the story, with "so" -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We got new scanners at the depot, so I'd love to add a barcode (integer) to my "
            "parcels.",
            (Intent.ADD_FIELDS, ["Parcel(barcode:int)"]),
        ),
        (
            "Everyone at the club says crew, not team, so I'd like the Team entity to be called "
            "Crew from now on.",
            (Intent.RENAME_ENTITY, ["Crew<Team()"]),
        ),
        (
            "The vets keep calling them visits so let's just rename the Appointment entity to "
            "Visit, fields stay the same",
            (Intent.RENAME_ENTITY, ["Visit<Appointment()"]),
        ),
        (
            "Rename the Shed entity to Store, everything else stays as is.",
            (Intent.RENAME_ENTITY, ["Store<Shed()"]),
        ),
        (
            "We only run one depot now, so the Depot table is basically pointless. Could you "
            "delete it?",
            (Intent.REMOVE_ENTITY, ["Depot()"]),
        ),
    ],
)
def test_the_ask_said_after_the_story(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


def test_a_wish_after_so_that_changes_nothing_stays_talk() -> None:
    assert reading(
        "Track loans with a borrower and a due date, so I'd like to see who is late."
    ) == (
        Intent.CREATE_ENTITY,
        ["Loan(borrower:str,due_date:date)"],
    )


def test_a_tool_said_to_be_pointless_is_no_entity_to_delete() -> None:
    # one capitalised word not marked as a table or an entity names a tool, not a record
    assert read("The Excel sheet is pointless now. Can you delete it?").status != "recognized"


# --- an item said optional with "should be", a type said with "now" --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could I have a kites table where each kite has a name, a colour and a span? And a "
            "repair note, which should be optional because most are fine.",
            (Intent.CREATE_ENTITY, ["Kite(name:str,colour:str,span:str,repair_note:str?)"]),
        ),
        (
            "the weight on Crate should be a decimal now, not text",
            (Intent.MODIFY_FIELDS, ["Crate(weight:decimal)"]),
        ),
        (
            "We switched gauges, so the reading on the Meter entity should be a float now, not "
            "an integer",
            (Intent.MODIFY_FIELDS, ["Meter(reading:float)"]),
        ),
    ],
)
def test_should_be_optional_and_a_type_said_now(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


def test_should_be_unique_stays_a_rule() -> None:
    result = read("Track members with a name and an email, which should be unique.")
    assert shape(result) == ["Member(name:str,email:email)"]
    assert any("unique" in rule for rule in result.business_rules)


# --- a verb's particle, and a learner's hedge after the ask ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I want to write down each climb: the route, the grade, the date.",
            (Intent.CREATE_ENTITY, ["Climb(route:str,grade:str,date_value:date)"]),
        ),
        (
            "I want to write down every climb: the route, the grade, the date.",
            (Intent.CREATE_ENTITY, ["Climb(route:str,grade:str,date_value:date)"]),
        ),
        (
            "I'd like each kayak to belong to one club, if that's how it works?",
            (Intent.ADD_RELATIONSHIP, ["Kayak() many_to_one>Club"]),
        ),
    ],
)
def test_a_particle_and_a_hedge_name_nothing(
    request_text: str, expected: tuple[Intent, list[str]]
) -> None:
    assert reading(request_text) == expected


def test_write_said_as_building_still_builds() -> None:
    assert reading("Write an app for climbs with a route and a grade.") == (
        Intent.CREATE_ENTITY,
        ["Climb(route:str,grade:str)"],
    )


# --- "add those two" after fields wanted on a thing named bare ------------------------------
def test_those_two_go_on_the_thing_named_with_its_capital() -> None:
    assert reading(
        "The auditors want a retention date and an archived flag on Invoice. Can you add those two?"
    ) == (Intent.ADD_FIELDS, ["Invoice(retention_date:date,archived:bool)"])


def test_those_two_on_a_lower_case_word_are_still_asked_about() -> None:
    result = read(
        "The auditors want a retention date and an archived flag on arrival. Can you add those two?"
    )
    assert result.status != "recognized"


# --- what the app is to have, with what each one holds --------------------------------------
def test_the_app_having_a_log_where_each_one_has_fields() -> None:
    assert reading(
        "could the app have a repair log where every repair has a date, a cost (decimal) and a "
        "mechanic?"
    ) == (Intent.CREATE_ENTITY, ["Repair(date_value:date,cost:decimal,mechanic:str)"])


def test_the_app_having_a_page_names_no_record() -> None:
    assert read("The app should have a login page.").status != "recognized"
