"""Doubts about the entity's name that the reading itself can see (ent64).

Two shapes that first reads of new writers were accepted wrong on, in many batches:

- a verb of asking (or a slip of one, or a phrasal verb's particle) kept as the first word of
  the thing's name: "i need too track wedding cakes" read as TrackWeddingCake, "for managin
  drones" as ManaginDrone, "sign up volunteers" as UpVolunteer (`ask_in_name`);
- a thing records are kept in, singular and brought in as one, kept as the last word of the
  name: "a flight board system with …" read as FlightBoard, "a visitor book for the front desk
  with …" as VisitorBook (`holder_in_name`).

Every request here is written for this file, in trades no other test file uses for these
shapes (tide gauges, kayak hire, cider making, chess clubs, ferries, climbing walls, beekeeping,
bell ringing). What a person relies on: such a reading is asked, never accepted; the
look-alikes (a holder in the plural or counted, a verb that is a noun after an article, a name
the person wrote capitalised) keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import EntitySpec, Intent
from baes_tui.recognition import confidence
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.text import clean
from tests.support.recognition import read


def _draft(*names: str) -> Draft:
    entities = [
        EntitySpec.from_dict(
            {"name": n, "attributes": [{"name": "name", "type": "str", "required": True}]}
        )
        for n in names
    ]
    return Draft(entities=entities, intent=Intent.CREATE_ENTITY)


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "i need too track tide gauges with station code, height and last reading",
            "TrackTideGauge",
        ),
        ("creat a system for managin kayaks with hull number, colour and length", "ManagingKayak"),
        (
            "please set up a way for mangaing cider barrels with volume and apple blend",
            "ManagingCiderBarrel",
        ),
        ("we want to sign up chess players with name, rating and club", "UpChessPlayer"),
        (
            "We hand out climbing shoes. Could there be a record for those with size and brand?",
            "OutClimbingShoe",
        ),
        (
            "start taking ferry bookings with passenger name, sailing date and cabin",
            "TakingFerryBooking",
        ),
        ("Track hives (hive code, apiary, queen year)", "TrackHive"),
    ],
)
def test_an_ask_kept_in_a_name_is_doubted(request_text: str, name: str) -> None:
    cleaned = clean(request_text)
    assert confidence._asks_in_names(_draft(name), cleaned) == 1


@pytest.mark.parametrize(
    ("word", "asks"),
    [
        # slips clean() does not respell, and those it does (first reads stored before it)
        ("registring", True),
        ("managin", True),
        ("trakcing", True),
        ("keping", True),
        # words, or forms of words: no slips
        ("tutoring", False),
        ("sourcing", False),
        ("touring", False),
        ("trading", False),
        ("racking", False),
        ("stored", False),
    ],
)
def test_a_slip_of_an_ask_is_told_from_a_word(word: str, asks: bool) -> None:
    assert confidence._ask_word(word) is asks


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        # a noun after an article or a possessive: the thing's own word
        ("Create the track sections with label, radius and a curved flag", "TrackSection"),
        ("our record labels: name, country, founded year", "RecordLabel"),
        # a bare verb that is a noun too, not where a verb goes
        ("Head office wants store managers with name, email and store number", "StoreManager"),
        # a known word, no slip of one ("tutoring", "sourcing")
        ("tutoring sessions with subject, session date and fee", "TutoringSession"),
        ("sourcing trips with destination, trip date and budget", "SourcingTrip"),
        # written as a name by the person
        ("Add a TrackPlan entity with title and scale", "TrackPlan"),
        # a gerund heading a line: a modifier, not the ask
        ("Recording sessions: studio, engineer", "RecordingSession"),
        ("Managing agents: name, firm, phone", "ManagingAgent"),
        ("Booking slots: start time, court", "BookingSlot"),
        # one word only: no first word to doubt
        ("Create tracks with name and length", "Track"),
    ],
)
def test_a_look_alike_ask_is_not_doubted(request_text: str, name: str) -> None:
    cleaned = clean(request_text)
    assert confidence._asks_in_names(_draft(name), cleaned) == 0


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Create a sign-in sheet with visitor name, arrival time and host", "SignInSheet"),
        ("Set up a rota board with bell ringer name and practice date", "RotaBoard"),
        ("We need a loan form with borrower, item and due date", "LoanForm"),
        ("I'd like a tasting book for the cider shed with apple blend and score", "TastingBook"),
        ("a route library where each route has a grade, a setter and a colour", "RouteLibrary"),
        ("Create a ferry board system with sailing time, berth and destination", "FerryBoard"),
    ],
)
def test_a_holder_kept_in_a_name_is_doubted(request_text: str, name: str) -> None:
    cleaned = clean(request_text)
    assert confidence._holders_in_names(_draft(name), cleaned) == 1


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        # plural: the things themselves
        ("Create paddle boards with size, colour and fin type", "PaddleBoard"),
        ("consent forms: client name, signed date, photo permission", "ConsentForm"),
        # counted: a kind of thing
        ("Each consent form belongs to one client", "ConsentForm"),
        # a verb after it, no field list: an organisation
        ("An exam board oversees many exams", "ExamBoard"),
        # the person says what it is
        ("Add a consent form record with client name and date signed", "ConsentForm"),
        # written as a name by the person
        ("Create a GuestBook entity with guest name and comment", "GuestBook"),
    ],
)
def test_a_look_alike_holder_is_not_doubted(request_text: str, name: str) -> None:
    cleaned = clean(request_text)
    assert confidence._holders_in_names(_draft(name), cleaned) == 0


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a sign-in sheet with visitor name, arrival time and host",
        "Set up a rota board with bell ringer name and practice date",
        "We need a loan form with borrower, item and due date",
        "Create a feedback form with rating, comment and submitted at",
    ],
)
def test_a_reading_with_a_holder_kept_is_asked(request_text: str) -> None:
    result = read(request_text)
    names = [e.name for e in result.entities]
    assert result.status == "needs_clarification" or not any(
        n.endswith(("Sheet", "Board", "Form", "Book", "Library")) for n in names
    ), (result.confidence, names)


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Create paddle boards with size, colour and fin type", "PaddleBoard"),
        ("Create consent forms with client name, signed date and photo permission", "ConsentForm"),
        ("Each consent form belongs to one client", "ConsentForm"),
    ],
)
def test_a_look_alike_holder_stays_accepted(request_text: str, name: str) -> None:
    result = read(request_text)
    assert result.status == "recognized", (result.confidence, result.notes)
    assert name in [e.name for e in result.entities]


@pytest.mark.parametrize(
    "request_text",
    [
        "Keep criteria with name, weight and description",
        "Keep criteria for judging with name, weight and description",
    ],
)
def test_a_reading_with_an_ask_kept_is_asked(request_text: str) -> None:
    result = read(request_text)
    names = [e.name for e in result.entities]
    assert result.status == "needs_clarification" or not any(
        n.startswith(("Keep", "Track", "Store", "Record")) for n in names
    ), (result.confidence, names)
