"""Families of misreads from the hotel-and-travel batch (fresh-iu): a service named by two
verbs, a trip's "from" and "to", the moment of an act said with "of", people named twice
around a portal, a field called a field, changes with a reason or a question after a comma.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on, with counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.nouns import is_noun
from tests.support.recognition import read_right, reading

needs_wordnet = pytest.mark.skipif(is_noun("table") is None, reason="WordNet is not installed")


# --- two verbs joined by "and", one only a verb, name one field --------------------------------
@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Orders: customer, click and collect (yes/no), total",
         ["Order(customer:str,click_and_collect:bool,total:decimal)"]),
        ("Hotel arrival entity with just:\n- guest name\n- meet and greet (yes/no)\n- nights",
         ["HotelArrival(guest_name:str,meet_and_greet:bool,nights:int)"]),
        ("Laundry orders: customer, wash and deliver (yes/no), price",
         ["LaundryOrder(customer:str,wash_and_deliver:bool,price:decimal)"]),
    ],
)  # fmt: skip
def test_a_service_named_by_two_verbs_is_one_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Dishes: name, vegan and halal (yes/no), price",
         ["Dish(name:str,vegan:str,halal:bool,price:decimal)"]),
        ("Parcels: code, paid and shipped, weight",
         ["Parcel(code:str,paid:bool,shipped:bool,weight:float)"]),
        ("Members: name and email", ["Member(name:str,email:email)"]),
    ],
)  # fmt: skip
def test_two_words_that_name_values_stay_two_fields(request_text: str, expected: list[str]) -> None:
    assert reading(request_text)[1] == expected


# --- "from" and "to" listed together are a trip's two ends -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Ferry crossings: from, to, departure time, fare",
         ["FerryCrossing(from_value:str,to_value:str,departure_time:datetime,fare:decimal)"]),
        ("A coach hire app with from, to and seats",
         ["CoachHire(from_value:str,to_value:str,seats:int)"]),
        ("As a dispatcher I want to keep taxi jobs with pickup at, from, to and fare, so that "
         "drivers know where to go",
         ["TaxiJob(pickup_at:datetime,from_value:str,to_value:str,fare:decimal)"]),
    ],
)  # fmt: skip
def test_from_and_to_listed_together_are_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_lone_to_without_from_is_still_no_field() -> None:
    _, shape = reading("Legs: name, to, price")
    assert not any("to_value" in entity for entity in shape)


# --- "time of pickup" said bare on Pickup keeps its name; "the date of the gig" is the date ---
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Deliveries: date of delivery, driver, weight",
         ["Delivery(date_of_delivery:date,driver:str,weight:float)"]),
        ("Inspection entity with just:\n- inspector name\n- time of inspection\n- passed (yes/no)",
         ["Inspection(inspector_name:str,time_of_inspection:datetime,passed:bool)"]),
        ("Keep burials with plot, date of burial and officiant",
         ["Burial(plot:str,date_of_burial:date,officiant:str)"]),
    ],
)  # fmt: skip
def test_the_moment_of_the_act_keeps_its_name(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_the_date_of_the_thing_said_with_an_article_is_its_date() -> None:
    _, shape = reading("Deliveries: the date of the delivery, driver, weight")
    assert shape == ["Delivery(date_value:date,driver:str,weight:float)"]


# --- people before a portal and people it is for are the same people ---------------------------
@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A vendor portal for our caterers with company name, contact email and commission",
         "Caterer"),
        ("A supplier portal for our tour guides with company name, licence number and phone",
         "TourGuide"),
        ("A member registry for our volunteers with name, skills and phone", "Volunteer"),
    ],
)  # fmt: skip
def test_people_named_again_after_a_portal_name_the_records(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text)[0].split("(")[0] == expected


@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A member registry for our credit union with name, account number and phone", "Member"),
        ("A booking app for our campsites with name, address and pitches", "Booking"),
    ],
)  # fmt: skip
def test_a_frame_for_something_else_keeps_its_thing(request_text: str, expected: str) -> None:
    assert reading(request_text)[1][0].split("(")[0] == expected


# --- a thing called a field is a field --------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Changes to the Ranger entity\n\n- Remove the beeper field\n- Remove the fax number field",
         ["Ranger(beeper:str,fax_number:str)"]),
        ("Change request – Kiosk entity\n\n- Remove the telex field\n- Remove the pager field",
         ["Kiosk(telex:str,pager:str)"]),
        ("Change request: Porter entity\n\n- Drop the beeper column",
         ["Porter(beeper:str)"]),
    ],
)  # fmt: skip
def test_a_thing_called_a_field_is_removed_as_a_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


@needs_wordnet
def test_a_football_field_is_still_a_place() -> None:
    intent, shape = reading("Remove the football field")
    assert (intent, shape) == (Intent.REMOVE_ENTITY, ["FootballField()"])


def test_a_field_marked_as_an_entity_is_still_the_entity() -> None:
    intent, shape = reading("Remove the PagerField entity")
    assert (intent, shape) == (Intent.REMOVE_ENTITY, ["PagerField()"])


# --- a state asked, then why after a comma ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The deposit on Booking should be optional, regulars never pay one",
         ["Booking(deposit:decimal?)"]),
        ("The plot number on Tenant must be required, the council invoices by plot",
         ["Tenant(plot_number:str)"]),
        ("The licence number on Driver should be required again, the insurer wants one for "
         "every driver",
         ["Driver(licence_number:str)"]),
    ],
)  # fmt: skip
def test_a_reason_after_the_state_asked_is_no_part_of_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_second_state_after_the_comma_is_not_taken_for_a_reason() -> None:
    # asked about, never read as the phone change alone with the email's state dropped
    _, shape = reading("The phone on Guest should be optional, the email required")
    assert shape != ["Guest(phone:str?)"]


# --- a question about the field just named, after a comma -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("There's a field called plot size on the Allotment entity, could it be blank?",
         ["Allotment(plot_size:str?)"]),
        ("There is a column called nickname on the Camper table, can it be optional?",
         ["Camper(nickname:str?)"]),
        ("There's a field called permit code on the Stall entity, could it be required?",
         ["Stall(permit_code:str)"]),
    ],
)  # fmt: skip
def test_a_question_after_the_field_named_is_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


# --- the writer's place before a subject marked as an entity ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("At our Zürich garage the Bay entity has width as text. Make it a float please.",
         ["Bay(width:float)"]),
        ("In our riverside campsite the Pitch entity has fee as text, which is odd. Make it a "
         "decimal.",
         ["Pitch(fee:decimal)"]),
        ("For my bakery the Loaf entity has weight as text. Please make it a float.",
         ["Loaf(weight:float)"]),
    ],
)  # fmt: skip
def test_a_place_before_an_entity_is_the_scene(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


# --- a create asked after the talk ------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our quiz runs every Tuesday, create a Round entity with number, theme and max points",
         ["Round(number:str,theme:str,max_points:int)"]),
        ("We hold a fair every spring, please create a Stall entity with holder name, pitch "
         "and rent",
         ["Stall(holder_name:str,pitch:str,rent:decimal)"]),
        ("Our library opens late on Thursdays, please set up an Event entity with title, date "
         "and host",
         ["Event(title:str,date_value:date,host:str)"]),
    ],
)  # fmt: skip
def test_a_create_after_the_talk_is_the_ask(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_a_create_date_listed_is_still_a_field() -> None:
    _, shape = reading("Logs: title, create date, author")
    assert shape == ["Log(title:str,create_date:date,author:str)"]


# --- a reason said with "its" or after a link -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("drop the beeper from Porter its useless now", ["Porter(beeper:str)"]),
        ("take off the fax from Depot pls its pointless now", ["Depot(fax:str)"]),
        ("remove the telex from Agent its obsolete", ["Agent(telex:str)"]),
    ],
)  # fmt: skip
def test_its_before_a_remark_is_it_is(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each pitch is booked by exactly one camper, staff keep mixing them up",
         ["Pitch() many_to_one>Camper"]),
        ("Quick one: every tour is run by exactly one operator, guests keep asking who runs what",
         ["Tour() many_to_one>Operator"]),
        ("every locker belongs to exactly one swimmer, people keep losing keys",
         ["Locker() many_to_one>Swimmer"]),
    ],
)  # fmt: skip
def test_a_reason_after_a_link_is_no_part_of_it(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


# --- a field not used, said as going on, is removed -------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("we are not using the beeper on Ranger any more, please delete it",
         ["Ranger(beeper:str)"]),
        ("Kindly note we are not using the fax number on Depot since many years, please remove it.",
         ["Depot(fax_number:str)"]),
        ("We aren't using the pager on Warden these days, please drop it", ["Warden(pager:str)"]),
    ],
)  # fmt: skip
def test_a_field_no_longer_used_is_removed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


# --- one thing's field, an arrow, the same thing's other field: a rename -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Permit.issue_date -> Permit.issued_on", ["Permit(issued_on:str<issue_date)"]),
        ("Plot.holder -> Plot.tenant_name", ["Plot(tenant_name:str<holder)"]),
        ("Tour.start_point => Tour.meeting_point", ["Tour(meeting_point:str<start_point)"]),
    ],
)  # fmt: skip
def test_a_dotted_field_to_the_same_things_field_is_renamed(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


@pytest.mark.parametrize(
    ("request_text", "intent"),
    [
        ("Sauna.capacity -> optional", Intent.MODIFY_FIELDS),
        ("Stall.rent -> decimal", Intent.MODIFY_FIELDS),
    ],
)
def test_a_dotted_field_to_a_state_or_type_is_still_a_change(
    request_text: str, intent: Intent
) -> None:
    assert reading(request_text)[0] is intent


# --- "Properties:" after a thing with its own list, with a link to a property ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Viewings: date, agent, notes. Properties: address, bedrooms, asking price. Each viewing "
         "is for one property.",
         ["Viewing(date_value:date,agent:str,notes:str) many_to_one>Property",
          "Property(address:str,bedrooms:int,asking_price:decimal)"]),
        ("Lettings: tenant name, rent, start date\nProperties: address, rooms\nEach letting "
         "belongs to one property.",
         ["Letting(tenant_name:str,rent:decimal,start_date:date) many_to_one>Property",
          "Property(address:str,rooms:int)"]),
    ],
)  # fmt: skip
def test_properties_listed_beside_a_thing_linked_to_one_are_things(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_properties_under_a_thing_are_still_its_fields() -> None:
    _, shape = reading("Guest\nProperties: name, email")
    assert shape == ["Guest(name:str,email:email)"]
