"""User stories, Gherkin scenarios and story tickets: the role ("As a …") and the reason ("so
that …", "in order to …") are talk, the scene of a scenario (its title, Given and When lines)
names the thing its Then line is about, and the ask in between is read as it would be said
plainly, for every intent (stories.py, read by the recognizer only when the request as written
is not accepted).

Every request here is written for this file (none is copied from the corpus), in trades the
corpus's stories do not use (dog walking, surgeries, lettings, vets, libraries, cafés, couriers,
cycle hire, theatres, harbours, bakeries). What a person relies on: the story is read as the ask
it holds, never as a thing named after its frame ("Able", "Scenario", "Feature…"), and never
with things made of its reason ("so inspections go smoothly" is no entity).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked

CREATE = Intent.CREATE_ENTITY


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # the role and the reason around a wish to keep things
        (
            "As a dog walker I want to record each walk with a start time, the route and a paid"
            " flag, so that owners can see where we went.",
            CREATE,
            ["Walk(start_time:datetime,route:str,paid:bool)"],
        ),
        (
            "As a quiz host I want to log each quiz round with a title, questions asked as a"
            " whole number and a tie break flag, so we know which rounds run long.",
            CREATE,
            ["QuizRound(title:str,questions_asked:int,tie_break:bool)"],
        ),
        # "I want to be able to <verb> a X with …": doing a thing with its list is keeping it
        (
            "As a patient I want to be able to book an appointment with a reason, a preferred"
            " doctor and a follow up flag, so I can skip the queue.",
            CREATE,
            ["Appointment(reason:str,preferred_doctor:str,follow_up:bool)"],
        ),
        (
            "As a tenant I want to be able to report a fault with a description, a photo link and"
            " an urgent flag so the landlord sees it quickly.",
            CREATE,
            ["Fault(description:str,photo_link:str,urgent:bool)"],
        ),
        (
            "As an engineering lead I want to log code reviews — the reviewer's email, the review"
            " date and an approved flag — so that nothing is merged unseen",
            CREATE,
            ["CodeReview(reviewer_email:email,review_date:date,approved:bool)"],
        ),
        # "I want X recorded / on file with …"
        (
            "As the club secretary I want every member recorded with name, email and a joined"
            " date, so renewals are easy.",
            CREATE,
            ["Member(name:str,email:email,joined_date:date)"],
        ),
        (
            "As the practice manager I want locum vets on file with name, phone and a"
            " registration number, so audits go smoothly.",
            CREATE,
            ["LocumVet(name:str,phone:str,registration_number:str)"],
        ),
        # several things and where they are kept, said last
        (
            "As the theatre manager I want shows (title, director) and ushers (name, phone) in"
            " the system so that I can plan the season.",
            CREATE,
            ["Show(title:str,director:str)", "Usher(name:str,phone:str)"],
        ),
        (
            "As a head gardener we need greenhouses (name, heated flag) and plants (species,"
            " sown on date) on file, so nothing dies.",
            CREATE,
            ["Greenhouse(name:str,heated:bool)", "Plant(species:str,sown_on_date:date)"],
        ),
        # changes said as a story
        (
            "As the librarian I want Book extended with a shelf code and a signed flag, so we can"
            " find rare copies.",
            Intent.ADD_FIELDS,
            ["Book(shelf_code:str,signed:bool)"],
        ),
        (
            "As a courier I want a delivery photo stored on every Parcel so claims are quick",
            Intent.ADD_FIELDS,
            ["Parcel(delivery_photo:str)"],
        ),
        (
            "As the box office lead I want Ticket to stop storing the seat number, so that"
            " nobody has to ask for it.",
            Intent.REMOVE_FIELDS,
            ["Ticket(seat_number:str)"],
        ),
        (
            "As a receptionist I do not want to keep the fax number on Supplier any more -"
            " please remove that field.",
            Intent.REMOVE_FIELDS,
            ["Supplier(fax_number:str)"],
        ),
        (
            "As the harbour master I don't want to see the hull colour on Mooring anymore;"
            " remove that field so nobody argues about it.",
            Intent.REMOVE_FIELDS,
            ["Mooring(hull_colour:str)"],
        ),
        (
            "As the surgery manager I need to be able to flag patients who shield: add a"
            " shielding flag to Patient so they are never called in.",
            Intent.ADD_FIELDS,
            ["Patient(shielding:bool)"],
        ),
        (
            "As a coach I want a many-to-many between athletes and events so that entries are"
            " easy to check.",
            Intent.ADD_RELATIONSHIP,
            ["Athlete() many_to_many>Event"],
        ),
        # Gherkin: the Then line, of the thing the scene named
        (
            "Scenario: registering a tenant\nGiven I am the letting agent\nWhen I add a new"
            " tenant\nThen I must enter their name, phone and move in date",
            CREATE,
            ["Tenant(name:str,phone:str,move_in_date:date)"],
        ),
        (
            "Scenario: a new loan\nGiven I am a librarian\nWhen I add a new loan\nThen I"
            " must enter its borrower name and due date",
            CREATE,
            ["Loan(borrower_name:str,due_date:date)"],
        ),
        (
            "Feature: parcel intake\n  Given a courier drops off a parcel\n  When the porter scans"
            " it\n  Then a Parcel is saved with a tracking number, a weight (decimal) and a"
            " signed for flag",
            CREATE,
            ["Parcel(tracking_number:str,weight:decimal,signed_for:bool)"],
        ),
        (
            "Given a Bicycle\nWhen it comes back from a service\nThen it should also store the"
            " last service date",
            Intent.ADD_FIELDS,
            ["Bicycle(last_service_date:date)"],
        ),
        (
            "Given any Seat in the system\nWhen a ticket is printed\nThen it belongs to exactly"
            " one Venue",
            Intent.ADD_RELATIONSHIP,
            ["Seat() many_to_one>Venue"],
        ),
        (
            "Scenario: cash sale\nGiven a customer pays cash\nWhen I save their Order\nThen it is"
            " accepted, so card number on Order has to be optional",
            Intent.MODIFY_FIELDS,
            ["Order(card_number:str?)"],
        ),
    ],
)
def test_a_story_is_read_as_the_ask_it_holds(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_story_with_no_ask_is_asked() -> None:
    asked("As a teacher I want my class to be quiet so that I can teach.")


def test_a_scenario_whose_then_line_keeps_nothing_is_asked() -> None:
    asked(
        "Scenario: late return\nGiven a Loan is overdue\nWhen the book comes back\nThen the"
        " borrower gets an email"
    )


def test_a_reason_that_asks_itself_is_not_cut_off() -> None:
    """ "…, so the notes have to be optional" says what the change is: it stays in the ask."""
    assert accepted(
        "As a manager I want the notes on Booking to be optional, so walk-ins can be saved"
        " quickly.",
        Intent.MODIFY_FIELDS,
    ) == ["Booking(notes:str?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a tutor I want students connected to their courses, so timetables add up.",
            ["Student() many_to_many>Course"],
        ),
        (
            "I want climbers linked to their certifications",
            ["Climber() many_to_many>Certification"],
        ),
        # one said: a singular after "their", or "belong"
        ("I want orders linked to their customer", ["Order() many_to_one>Customer"]),
        ("pupils belong to their classes", ["Pupil() many_to_one>ClassItem"]),
    ],
)
def test_their_before_a_plural_says_many_after_a_participle(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected
