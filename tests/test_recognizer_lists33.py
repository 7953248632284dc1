"""Field lists: the type a field's words say around its head, and remarks after a list that
make its last items optional.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- a field's type comes from the noun it is about, whatever words sit around that noun: "can
  count" counts cans (the tin, not "is able to"), "year first awarded" is a year, "hours on
  site" and "hours per week" are hours, "percent off" is a percentage, "checked in" and
  "signed off" say whether it happened;
- a remark after the list said of its last item(s) ("though that last one is optional",
  "which not every rider has", "Both are optional.", "The last two can be blank.") makes
  exactly those fields optional, and words that point back are never a field of their own;
- a remark that fits no item (it says "both" after three fields) or says something other than
  optional keeps every field as listed, and a pointer that fits nothing is asked about.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent
from baes_tui.recognition.fields import infer_type
from tests.support.recognition import read, reading, shape


# --- types by the words around the head --------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "can" before a noun that counts, measures or names is the tin
        ("can count", AttrType.INT),
        ("can label", AttrType.STR),
        ("can size", AttrType.STR),
        ("can colour", AttrType.STR),
        # … before a verb it still asks whether the thing is able to
        ("can fly", AttrType.BOOL),
        ("can swim", AttrType.BOOL),
        ("can drive manual", AttrType.BOOL),
        # "first", "last" before a participle say when; the noun before them is the field
        ("year first awarded", AttrType.INT),
        ("year first published", AttrType.INT),
        ("year first opened", AttrType.INT),
        ("price first quoted", AttrType.DECIMAL),
        ("amount last paid", AttrType.DECIMAL),
        ("date last checked", AttrType.DATE),
        # hours before a preposition are still hours; spans per a period count
        ("hours on site", AttrType.FLOAT),
        ("hours per week", AttrType.FLOAT),
        ("hours per day", AttrType.FLOAT),
        ("days per month", AttrType.INT),
        ("weeks per year", AttrType.INT),
        ("opening hours", AttrType.STR),
        # a percentage of something said first
        ("percent off", AttrType.FLOAT),
        ("percent complete", AttrType.FLOAT),
        ("percentage full", AttrType.FLOAT),
        ("percentage done", AttrType.FLOAT),
        # a participle and its particle, alone: whether it happened
        ("checked in", AttrType.BOOL),
        ("signed off", AttrType.BOOL),
        ("picked up", AttrType.BOOL),
        ("logged out", AttrType.BOOL),
        ("called back", AttrType.BOOL),
        ("written off", AttrType.BOOL),
    ],
)  # fmt: skip
def test_a_field_type_is_decided_by_its_head_whatever_surrounds_it(
    words: str, expected: AttrType
) -> None:
    assert infer_type(words.split()) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Coupon: code, percent off, active",
         ["Coupon(code:str,percent_off:float,active:bool)"]),
        ("Create volunteer roles with title and hours per week",
         ["VolunteerRole(title:str,hours_per_week:float)"]),
        ("Track contractors with name, days per month and hours per day",
         ["Contractor(name:str,days_per_month:int,hours_per_day:float)"]),
        ("Event guests: name, checked in, signed off",
         ["EventGuest(name:str,checked_in:bool,signed_off:bool)"]),
        ("Track tasks with title and percent complete",
         ["Task(title:str,percent_complete:float)"]),
    ],
)  # fmt: skip
def test_typed_list_items_are_read_with_their_types(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


def test_a_lone_can_before_a_verb_stays_a_yes_no() -> None:
    assert reading("Track birds with name and can fly") == (
        Intent.CREATE_ENTITY,
        ["Bird(name:str,can_fly:bool)"],
    )


# --- remarks after a list that point back at its last items ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("We need to keep alumni: full name, graduation year and their current employer, "
         "though that last one is optional.",
         ["Alumnus(full_name:str,graduation_year:int,current_employer:str?)"]),
        ("Track tenants with name, unit number and a move out date, but the last one can be "
         "blank.",
         ["Tenant(name:str,unit_number:str,move_out_date:date?)"]),
        ("Store tutees with name, school and a mobile number, which not every tutee has",
         ["Tutee(name:str,school:str,mobile_number:str?)"]),
        ("Track riders with name, club and a licence number, which not all riders have",
         ["Rider(name:str,club:str,licence_number:str?)"]),
        ("Store pets with name, species and a microchip number, which some pets don't have",
         ["Pet(name:str,species:str,microchip_number:str?)"]),
        ("Register donors with name, email and phone, which not every donor gives",
         ["Donor(name:str,email:email,phone:str?)"]),
    ],
)  # fmt: skip
def test_a_remark_about_the_last_item_makes_it_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Please add a fax and a pager to Supplier. Both are optional.",
         ["Supplier(fax:str?,pager:str?)"]),
        ("Add a fax and a pager to Supplier. Both of them can be blank.",
         ["Supplier(fax:str?,pager:str?)"]),
        ("Give Member a nickname, a pronoun and a website. The last two are optional.",
         ["Member(nickname:str,pronoun:str?,website:str?)"]),
        ("Give Member a nickname, a pronoun and a website. All three are optional.",
         ["Member(nickname:str?,pronoun:str?,website:str?)"]),
    ],
)  # fmt: skip
def test_a_sentence_pointing_back_at_several_items_makes_them_optional(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a fax, a pager and a telex to Supplier. Both are optional.",
        "Give Member a nickname and a website. All three are optional.",
    ],
)
def test_a_pointer_that_fits_no_item_is_asked_about(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert all(a.required for e in result.entities for a in e.attributes), shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "every" is no "not every": the tutees all have one
        ("Store tutees with name, school and a mobile number, which not every tutor likes",
         "mobile_number:str"),
        ("Track cars with plate and colour, which not every buyer cares about", "colour:str"),
        ("Track guests with name, email and phone, the last one is mandatory", "phone:str"),
        ("Track invoices with number, total and due date. The last one is the most important.",
         "due_date:date"),
        ("Track alumni with name and employer, though that last one matters most.",
         "employer:str"),
        ("Give Member a nickname and a website. Both are required.", "website:str"),
    ],
)  # fmt: skip
def test_a_remark_that_says_no_optional_leaves_the_last_item_required(
    request_text: str, expected: str
) -> None:
    fields = ",".join(shape(read(request_text)))
    assert expected in fields and f"{expected}?" not in fields, fields


@pytest.mark.parametrize(
    "request_text",
    [
        "Member: the last two are optional.",
        "Track boats with name, length and a sail number, and the latter can be empty",
        "Give Member a nickname, a pronoun and a website. The last two are optional.",
    ],
)
def test_words_that_point_back_are_never_a_field(request_text: str) -> None:
    names = [a.name for e in read(request_text).entities for a in e.attributes]
    assert not {"last_two", "latter", "last_one", "the_latter"} & set(names), names


def test_a_field_that_is_really_called_last_something_is_kept() -> None:
    result = read("Track cards with holder name and last four digits")
    assert "last_four_digits" in [a.name for e in result.entities for a in e.attributes]


# --- "so make it/that optional": the field its own sentence names -----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track paintings with title, artist, year and price. The artist is often unknown, so "
         "make it optional.",
         "Painting(title:str,artist:str?,year:int,price:decimal)"),
        ("Track paintings with title, artist, year and price. Artists are sometimes unknown so "
         "please make that field optional.",
         "Painting(title:str,artist:str?,year:int,price:decimal)"),
        ("Track paintings with title, artist, year and price. We don't always know the artist, "
         "so make that optional.",
         "Painting(title:str,artist:str?,year:int,price:decimal)"),
        ("Track cars with make, model and price. The model is often unknown so make it "
         "optional.",
         "Car(make:str,model_value:str?,price:decimal)"),
        ("Track cars with make, model and price. Sometimes we don't know the make, so make "
         "that optional.",
         "Car(make:str?,model_value:str,price:decimal)"),
        ("Track horses with name, breed and owner. Breeds are sometimes unknown, so make that "
         "optional.",
         "Horse(name:str,breed:str?,owner:str)"),
        ("Track guests with name, email and phone. Some guests have no email so make it "
         "optional please.",
         "Guest(name:str,email:email?,phone:str)"),
    ],
)  # fmt: skip
def test_it_made_optional_is_the_field_its_own_sentence_names(
    request_text: str, expected: str
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a phone and an email to Supplier. Not every supplier has a phone, so make that "
         "optional.",
         "Supplier(phone:str?,email:email)"),
        ("Add a phone and an email to Supplier. The phone is often missing, so make it "
         "optional.",
         "Supplier(phone:str?,email:email)"),
    ],
)  # fmt: skip
def test_it_made_optional_among_added_fields(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, [expected])


@pytest.mark.parametrize(
    "request_text",
    [
        # an order that is no "optional" changes nothing
        "Track paintings with title, artist, year and price. The artist is famous so make "
        "that bold.",
        "Track guests with name, email and phone. The email is important, make it required.",
    ],
)
def test_an_order_on_it_that_is_no_optional_marks_nothing_optional(request_text: str) -> None:
    fields = ",".join(shape(read(request_text)))
    assert "?" not in fields, fields


# --- a marker with no subject after the list, and "blank until …" ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track bikes with frame number, gears, electric (true/false) and battery level "
         "(number), only for electric bikes, so can be empty.",
         "Bike(frame_number:str,gears:int,electric:bool,battery_level:float?)"),
        ("Track jobs with customer, quote and invoice number, so can be blank for now",
         "Job(customer:str,quote:str,invoice_number:str?)"),
        ("Track visits with host and sign out time (a timestamp; blank until they leave).",
         "Visit(host:str,sign_out_time:datetime?)"),
        ("Track loans with borrower, loan date and return date (empty until it comes back)",
         "Loan(borrower:str,loan_date:date,return_date:date?)"),
        ("Track tickets with title, opened at and closed at (null until it is closed)",
         "Ticket(title:str,opened_at:datetime,closed_at:datetime?)"),
        ("Track visits with host and sign out time. The sign out time is blank until they "
         "leave.",
         "Visit(host:str,sign_out_time:datetime?)"),
    ],
)  # fmt: skip
def test_a_value_empty_for_a_while_is_optional(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


@pytest.mark.parametrize(
    "request_text",
    [
        "Track jobs with customer, quote and invoice number, so we can bill them",
        "Track visits with host and sign out time (must not be blank until they leave)",
        "Track visits with host and sign out time. The form is blank until they arrive.",
    ],
)
def test_a_reason_or_a_denial_marks_nothing_optional(request_text: str) -> None:
    fields = ",".join(shape(read(request_text)))
    assert "?" not in fields, fields


# --- "A, B and C are optional": every field of the plural subject ------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Create an Applicant entity with full name, email, phone and linkedin url. Phone and "
         "linkedin url are optional.", Intent.CREATE_ENTITY,
         "Applicant(full_name:str,email:email,phone:str?,linkedin_url:str?)"),
        ("Track members with name, email, phone and address. Email, phone and address are "
         "optional.", Intent.CREATE_ENTITY,
         "Member(name:str,email:email?,phone:str?,address:str?)"),
        ("Track members with name, email, phone and address. Phone and address can be blank.",
         Intent.CREATE_ENTITY, "Member(name:str,email:email,phone:str?,address:str?)"),
        ("Add a phone and an address to Member. Phone and address are not required.",
         Intent.ADD_FIELDS, "Member(phone:str?,address:str?)"),
    ],
)  # fmt: skip
def test_fields_said_optional_together_are_all_optional(
    request_text: str, intent: Intent, expected: str
) -> None:
    assert reading(request_text) == (intent, [expected])


@pytest.mark.parametrize(
    "request_text",
    [
        "Track members with name, email, phone and address. Phone and address are important.",
        "Track members with name, email, phone and address. Name and email are required.",
    ],
)
def test_fields_said_together_without_a_marker_stay_required(request_text: str) -> None:
    fields = ",".join(shape(read(request_text)))
    assert "?" not in fields, fields
