"""Logistics and field-service wording: short operational changes, handover notes, tickets.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on, with counterparts that must keep the reading they have today.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.nouns import is_noun
from tests.support.recognition import read, read_right, reading

needs_wordnet = pytest.mark.skipif(is_noun("table") is None, reason="WordNet is not installed")


# --- a paper named by what it is of -------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Add an issue date to certificate of conformity", Intent.ADD_FIELDS,
         ["CertificateOfConformity(issue_date:date)"]),
        ("Make the signed date required on statement of work", Intent.MODIFY_FIELDS,
         ["StatementOfWork(signed_date:date)"]),
        ("Create a proof of purchase with receipt number and till number", Intent.CREATE_ENTITY,
         ["ProofOfPurchase(receipt_number:str,till_number:str)"]),
        ("Create certificates of insurance with insurer and expiry date", Intent.CREATE_ENTITY,
         ["CertificateOfInsurance(insurer:str,expiry_date:date)"]),
    ],
)  # fmt: skip
def test_a_paper_of_something_is_one_record(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "proof of delivery" is the record, never "Proof" with the rest dropped."""
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a price to the cup of coffee", ["Cup(price:decimal)"]),
        ("Make the amount optional on the bill of quantities", ["Quantity(amount:decimal?)"]),
    ],
)
def test_other_things_of_something_keep_their_reading(
    request_text: str, expected: list[str]
) -> None:
    assert reading(request_text)[1] == expected


# --- the owner said with "'s", the field's name with "of" ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the member's date of joining required", ["Member(date_of_joining:date)"]),
        ("set the patient's place of birth as optional", ["Patient(place_of_birth:str?)"]),
        ("Make the customer's country of residence required",
         ["Customer(country_of_residence:str)"]),
    ],
)  # fmt: skip
def test_an_owner_with_s_keeps_the_of_in_the_field_name(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Make the driver's phone optional", ["Driver(phone:str?)"]),
        ("Make date of birth optional on the patient", ["Patient(date_of_birth:date?)"]),
    ],
)
def test_owned_fields_without_of_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.MODIFY_FIELDS, expected)


# --- a hedge before "be" in a question about a field --------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could the price on an order just be a decimal please?", ["Order(price:decimal)"]),
        ("can the notes on each visit just be optional", ["Visit(notes:str?)"]),
        ("can the weight on a crate simply be an integer?", ["Crate(weight:int)"]),
    ],
)
def test_a_hedged_question_about_a_field_is_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_an_unhedged_question_keeps_its_reading() -> None:
    assert reading("can the weight on a parcel be an integer?") == (
        Intent.MODIFY_FIELDS,
        ["Parcel(weight:int)"],
    )


# --- the reason first, then "so can the F …" with no comma ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("the vans are all diesel now so could the fuel type on vehicles be optional?",
         Intent.MODIFY_FIELDS, ["Vehicle(fuel_type:str?)"]),
        ("our scales only weigh whole kilos so can the weight on a crate be an integer?",
         Intent.MODIFY_FIELDS, ["Crate(weight:int)"]),
        ("nobody uses the fax so can we remove the fax number from suppliers?",
         Intent.REMOVE_FIELDS, ["Supplier(fax_number:str)"]),
    ],
)  # fmt: skip
def test_a_reason_then_so_can_reads_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# --- the new type, then "not" the old one -------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("make the urgent field on tickets a yes/no not text", ["Ticket(urgent:bool)"]),
        ("make the weight on parcels an integer not a decimal", ["Parcel(weight:int)"]),
        ("make the price on orders a decimal, not text", ["Order(price:decimal)"]),
        ("the quantity on stock lines should be an integer, not a decimal",
         ["StockLine(quantity:int)"]),
    ],
)  # fmt: skip
def test_the_old_type_after_not_is_no_part_of_the_change(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_state_then_not_its_opposite_keeps_its_reading() -> None:
    assert reading("make notes on visits optional, not required") == (
        Intent.MODIFY_FIELDS,
        ["Visit(notes:str?)"],
    )


# --- "never gets used": the spoken passive ------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the fax number on suppliers never gets used, can you remove it?",
         ["Supplier(fax_number:str)"]),
        ("the pager number on engineers never gets filled in. Can you take it out?",
         ["Engineer(pager_number:str)"]),
        ("the second contact field on sites never gets used, can you drop it?",
         ["Site(second_contact:str)"]),
    ],
)  # fmt: skip
def test_a_field_that_never_gets_used_is_removed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_field_that_gets_used_is_not_removed() -> None:
    assert reading("the fax number on suppliers gets used a lot")[0] != Intent.REMOVE_FIELDS


# --- "we don't want to type X on Y any more" ------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I don't want to type a fax number on suppliers any more, please remove it.",
         ["Supplier(fax_number:str)"]),
        ("we don't want to enter the telex number on customers anymore",
         ["Customer(telex_number:str)"]),
        ("we no longer want to fill in the mileage on trips, please remove it",
         ["Trip(mileage:int)"]),
    ],
)  # fmt: skip
def test_no_wish_to_type_a_field_in_removes_it(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_someone_else_not_wanting_to_type_is_no_removal() -> None:
    """Who does not want to fill it in may be a record kind: never read as its owner."""
    result = reading("the drivers don't want to fill in the mileage on trips anymore")
    assert result[1] != ["Driver(mileage_on_trips:int)"]


def test_no_need_keeps_its_reading() -> None:
    assert reading("we don't need the fax number on suppliers") == (
        Intent.REMOVE_FIELDS,
        ["Supplier(fax_number:str)"],
    )


# --- "from X, to X": where a leg ends ------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create transfers with from address, to address and date",
         ["Transfer(from_address:str,to_address:str,date_value:date)"]),
        ("Legs: from depot, to depot, distance",
         ["Leg(from_depot:str,to_depot:str,distance:float)"]),
        ("Create journeys with from location, to location and driver name",
         ["Journey(from_location:str,to_location:str,driver_name:str)"]),
    ],
)  # fmt: skip
def test_to_a_place_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


def test_to_a_verb_stays_a_rule() -> None:
    result = reading("Create tasks with title, to do, done")
    assert result[1] == ["Task(title:str,done:bool)"]


# --- "nobody in the office ever fills in F on X" ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("No one at the depot uses the radio code on vans. Could you remove it?",
         ["Van(radio_code:str)"]),
        ("No one in the warehouse checks the bin code on each pallet. Can we drop that field?",
         ["Pallet(bin_code:str)"]),
        ("Nobody on site ever fills in the hazard code on a job, it just confuses people. "
         "Can you get rid of that field?", ["Job(hazard_code:str)"]),
    ],
)  # fmt: skip
def test_nobody_somewhere_using_a_field_points_the_removal_at_it(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


# --- "…, loads of the older customers don't have one": how many people, after a comma ---------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("the mobile on engineers should be optional, loads of the older engineers ring in "
         "from home", ["Engineer(mobile:str?)"]),
        ("the phone on customers should be optional, a lot of our customers only use email",
         ["Customer(phone:str?)"]),
        ("hello, the contact email on tenants needs to be optional now, lots of the older "
         "tenants ring up and never give one", ["Tenant(contact_email:email?)"]),
    ],
)  # fmt: skip
def test_how_many_people_do_something_after_the_change_is_why(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_list_after_with_keeps_its_fields() -> None:
    assert reading("Create customers with name, email, phone")[1] == [
        "Customer(name:str,email:email,phone:str)"
    ]


# --- "hold a F for each X" ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can we also hold a mobile number for each courier?", ["Courier(mobile_number:str)"]),
        ("we need to hold a next of kin for every engineer", ["Engineer(next_of_kin:str)"]),
        ("hold an insurance expiry date for each van", ["Van(insurance_expiry_date:date)"]),
    ],
)
def test_holding_a_value_for_each_thing_adds_it(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


# --- one more of the owner's, said after the ask ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("can we also store a mobile number for each courier? And their licence expiry date.",
         ["Courier(mobile_number:str,licence_expiry_date:date)"]),
        ("Add a colour to each van. And its fuel type.", ["Van(colour:str,fuel_type:str)"]),
        ("can we keep a depot for each driver? and their start date while you're in there, "
         "cheers", ["Driver(depot:str,start_date:date)"]),
    ],
)  # fmt: skip
def test_and_their_f_after_the_ask_is_one_more_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


def test_and_their_sentence_is_no_field() -> None:
    assert reading("Add a phone to suppliers. And their name is Bob.")[1] == ["Supplier(phone:str)"]


# --- "for the one X": "one" as people say it ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each booking belongs to the one room", ["Booking() many_to_one>Room"]),
        ("every callout is for the one site", ["Callout() many_to_one>Site"]),
        ("each job is only ever for the one customer", ["Job() many_to_one>Customer"]),
    ],
)
def test_the_one_target_is_one(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_the_one_who_is_no_count() -> None:
    assert reading("each invoice goes to the one who pays")[0] != Intent.ADD_RELATIONSHIP


# --- a stray vowel in a long entity word ----------------------------------------------------------
@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each deliverey belongs to one driver", "Delivery"),
        ("each shipmeent belongs to one invoice", "Shipment"),
        ("every inspectioen belongs to one hive", "Inspection"),
    ],
)
def test_a_stray_vowel_in_a_long_entity_word_is_respelt(request_text: str, expected: str) -> None:
    result = read(request_text)
    assert [e.name for e in result.entities] == [expected]
    assert any("(spelling)" in note for note in result.notes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("rename entity: Tenant -> Plotholder", "Plotholder"),
        ("Rename bic to swift code on Counterparty.", "Counterparty"),
        ("I want a database of sourcing trips with destination and budget", "SourcingTrip"),
    ],
)
def test_words_the_dictionary_lacks_are_not_respelt_by_a_dropped_consonant(
    request_text: str, expected: str
) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


# --- ", were UK not US": "we're" typed without its apostrophe -----------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("rename zip to postcode on Customer, were a UK firm", Intent.RENAME_FIELD,
         ["Customer(postcode:str<zip)"]),
        ("make the county optional on Address, were not using it much", Intent.MODIFY_FIELDS,
         ["Address(county:str?)"]),
        ("make the postcode optional on Customer, were based in Ireland", Intent.MODIFY_FIELDS,
         ["Customer(postcode:str?)"]),
    ],
)  # fmt: skip
def test_were_after_a_comma_with_no_subject_is_we_are(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


def test_were_in_a_field_name_is_kept() -> None:
    assert reading("Create items with name, were sold (yes/no)")[1] == [
        "Item(name:str,were_sold:bool)"
    ]
