"""Quick-ticket wordings (the `ib13` families): a field marked optional or required by a clause
of its own ("(not always filled in)", "that must always be filled in").

Every request here is written for this file (none is copied from the corpus). Each family has a
counterpart that must keep its reading.
"""

from __future__ import annotations

from tests.support.recognition import read, read_right, reading


# --- "(not always filled in)": the field may be left out ---------------------------------------
def test_not_always_filled_in_marks_the_field_optional() -> None:
    assert read_right(
        "Boilers: serial code, installed on, service remarks (not always filled in)"
    ) == ["Boiler(serial_code:str,installed_on:date,service_remarks:str?)"]
    assert read_right(
        "Track kennels with kennel code, size and a vet note which is not always given"
    ) == ["Kennel(kennel_code:str,size:str,vet_note:str?)"]


def test_always_filled_in_keeps_the_field_required() -> None:
    # the counterpart: without "not" the field stays required
    _, shape = reading("Boilers: serial code, installed on, service remarks (always filled in)")
    assert shape == ["Boiler(serial_code:str,installed_on:date,service_remarks:str)"]


# --- "a X that must always be filled in": a required marker, not a rule ------------------------
def test_a_field_that_must_be_filled_in_is_a_required_field() -> None:
    assert read_right(
        "Create tenants with unit number, a contact email that must always be filled in and a "
        "car plate if known"
    ) == ["Tenant(unit_number:str,contact_email:email,car_plate:str?)"]


def test_a_field_with_another_rule_clause_is_still_a_rule() -> None:
    # the counterpart: a clause saying more than "must be given" is kept as a rule and asked
    result = read(
        "Create tenants with unit number, a contact email which has to be given before move in, "
        "car plate"
    )
    assert result.status == "needs_clarification"
    assert result.business_rules


# --- "new X" as a later item of a list: the value after a change ------------------------------
def test_new_opening_a_later_item_is_part_of_its_name() -> None:
    assert read_right("Track lease renewals with tenant email, new rent and signed on date") == [
        "LeaseRenewal(tenant_email:email,new_rent:decimal,signed_on_date:date)"
    ]


def test_new_before_the_field_of_an_add_stays_a_filler() -> None:
    # the counterparts: "new" said of the field being added is no part of its name
    _, shape = reading("Add new phone number to Landlord")
    assert shape == ["Landlord(phone_number:str)"]
    _, shape = reading("Add a new field fax to Landlord")
    assert shape == ["Landlord(fax:str)"]
