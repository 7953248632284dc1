"""A long entity name the person said whole is theirs; one they did not say whole still asks.

Every request here is written for this file (none is copied from the corpus). A name of three
words or more may hold a word that is no part of it, so it is doubted; but where the person
says those words as the thing the fields belong to (in the plural right before the field list,
after "each"/"every", or as "the … entity") where it starts and ends is theirs, and a right
reading should not cost them a question. A name cut or padded in the wrong place, a verb of
asking read into the name, or a word about the schema read as a field still asks.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of
from baes_tui.recognition.text import clean
from tests.support.recognition import RECOGNIZER, accepted, read, shape


def _evidence(request: str, name: str, draft: Draft | None = None) -> float:
    """The evidence `name` of the request's draft (or of `draft`, read from it)."""
    cleaned = clean(request)
    return features_of(draft or RECOGNIZER.draft(cleaned), cleaned, request)[name]


def _long_entity_doubt(request: str, draft: Draft | None = None) -> float:
    return _evidence(request, "long_entity", draft)


# --- said whole: accepted -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Vineyard frost alarms - block name, triggered at, lowest temperature, acknowledged "
         "yes/no", Intent.CREATE_ENTITY,
         ["VineyardFrostAlarm(block_name:str,triggered_at:datetime,lowest_temperature:float,"
          "acknowledged:bool)"]),
        ("Drone survey flights; pilot name, flown on, area covered (number), client email",
         Intent.CREATE_ENTITY,
         ["DroneSurveyFlight(pilot_name:str,flown_on:date,area_covered:float,"
          "client_email:email)"]),
        ("We'd like to log harbour crane lifts with crane number, load weight, lifted at and "
         "operator name", Intent.CREATE_ENTITY,
         ["HarbourCraneLift(crane_number:str,load_weight:float,lifted_at:datetime,"
          "operator_name:str)"]),
        ("Museum loan agreements: lender name, object title, start date, end date, insurance "
         "value", Intent.CREATE_ENTITY,
         ["MuseumLoanAgreement(lender_name:str,object_title:str,start_date:date,end_date:date,"
          "insurance_value:decimal)"]),
        ("Add a fuel type to the airport ground vehicle entity", Intent.ADD_FIELDS,
         ["AirportGroundVehicle(fuel_type:str)"]),
        ("please add a harvest date to each olive grove plot", Intent.ADD_FIELDS,
         ["OliveGrovePlot(harvest_date:date)"]),
        ("Remove the paint colour from the garden shed order entity", Intent.REMOVE_FIELDS,
         ["GardenShedOrder(paint_colour:str)"]),
    ],
)  # fmt: skip
def test_a_long_name_said_whole_is_accepted(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "river water samples (site code, sampled at, ph (number), nitrate level)",
        "For every bridge load test we need the bridge code, test date and engineer email",
        "Make the notes field optional on the ice rink booking entity",
        "ski lift tickets: holder name, valid from, valid until, price",
    ],
)
def test_a_long_name_said_whole_raises_no_doubt_about_where_it_starts(request_text: str) -> None:
    assert _long_entity_doubt(request_text) == 0


# --- not said whole, or something else read wrong: still asked -----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        # the plural after "a" is a verb, read into the name
        "A garden gnome order comes with a size, a colour and a price",
        # a possessive may own only the first words: the customers of my shop
        "need app for my bicycle repair shop customers with name phone and bike model",
        # a heading's "Fields required" is about the schema, no field
        "WAREHOUSE PALLET MOVES\n\nFields required -\n  pallet code\n  from bay\n  to bay",
    ],
)
def test_a_reading_that_may_be_wrong_still_asks(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, shape(result))


def test_a_possessive_before_the_words_keeps_the_doubt() -> None:
    request = "our wedding venue bookings with couple name, date, guest count and deposit"
    assert _long_entity_doubt(request) == 1


def test_a_thing_read_twice_under_two_cuts_keeps_the_doubt() -> None:
    """A title's aside read as the fields of the longer name, beside the same thing read under
    its last words: the long name was said in the plural before "(", yet one cut is wrong."""
    request = (
        "Shop floor tool checkouts (draft, review)\n\nThe system keeps tool checkouts.\n"
        "Each tool checkout records:\n  - tool code\n  - borrowed by\n  - due back"
    )
    long_one = EntitySpec("ShopFloorToolCheckout", (Attribute("draft"), Attribute("review")))
    short_one = EntitySpec("ToolCheckout", (Attribute("tool_code"), Attribute("borrowed_by")))
    both = Draft(intent=Intent.CREATE_ENTITY, entities=[long_one, short_one])
    alone = Draft(intent=Intent.CREATE_ENTITY, entities=[long_one])
    assert _long_entity_doubt(request, both) == 1
    assert _long_entity_doubt(request, alone) == 0


# --- two-word names: the same evidence of where the name starts ----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "quarry blasts – blast number, fired at, charge weight (number), supervisor",
        "Remove the cabin class from the river cruise entity",
        "Each bait trap needs a location, a bait kind and a tamper flag",
    ],
)
def test_a_two_word_name_said_whole_is_no_modifier_guess(request_text: str) -> None:
    assert _evidence(request_text, "multiword_entity") == 0


def test_a_plural_before_words_that_are_no_field_of_it_says_nothing() -> None:
    """ "gas leak scares with the deliveries": a plural before "with", but what follows is talk,
    not the fields of the name read there."""
    request = (
        "We had a few gas leak scares with the deliveries last winter, so keep cylinder "
        "refills: refill date, cylinder size and supplier"
    )
    wrong = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec("GasLeakScare", (Attribute("refill_date"), Attribute("supplier")))],
    )
    assert _long_entity_doubt(request, wrong) == 1


def test_a_list_item_lost_in_a_run_on_still_asks() -> None:
    result = read("hey can u do stall rentals;stall number,renter,weekly fee")
    assert result.status == "needs_clarification", (result.confidence, shape(result))


# --- a blank allowed for "that last one": the last field is optional -----------------------------
def test_a_blank_allowed_for_the_last_item_makes_it_optional() -> None:
    # (read since lists33: the pointer is resolved to the last field, so nothing is left
    # required that the remark said may be blank)
    request = (
        "I'd like to record market stall rentals with the stall number, the renter name, the "
        "weekly fee and the end date, though that last one can be blank for open-ended rentals"
    )
    assert shape(read(request)) == [
        "MarketStallRental(stall_number:str,renter_name:str,weekly_fee:decimal,end_date:date?)"
    ]
    assert _evidence(request, "optional_unread") == 0


def test_a_pointer_back_that_fits_no_item_keeps_a_required_reading_asked() -> None:
    request = "Add a fax, a pager and a telex to Supplier. Both are optional."
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, shape(result))
    assert _evidence(request, "optional_unread") == 1


# --- "… at" ends a time's name: a text field with "at" inside is a misread -----------------------
def test_a_text_field_with_at_inside_its_name_is_doubted() -> None:
    request = "Log hive swarms with the reported at time and the collector"
    wrong = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec("HiveSwarm", (Attribute("reported_at_time"), Attribute("collector")))],
    )
    flag = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec("Ward", (Attribute("lit_at_night", AttrType.BOOL),))],
    )
    assert _evidence(request, "at_inside_text", wrong) == 1
    assert _evidence(request, "at_inside_text", flag) == 0
