"""Changes whose field has two words and whose entity is not named (branch change14).

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


def _asked_for_entity(request: str) -> list[str]:
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, shape(result))
    assert "entity" in result.missing, result.missing
    return shape(result)


# --- a head that names a value only with the word before it keeps that word ---
def test_a_lowercase_compound_field_in_a_change_is_no_entity_and_its_field() -> None:
    assert _asked_for_entity("make fault cause optional") == ["(fault_cause:str?)"]
    assert _asked_for_entity("please change the lot number to text") == ["(lot_number:str)"]
    assert _asked_for_entity("make hazard level not required") == ["(hazard_level:str?)"]


def test_a_thing_and_its_own_value_said_in_lower_case_still_split() -> None:
    # the head is a value a thing has of its own (a weight, a phone): the thing is the entity
    assert accepted("make crate weight optional", Intent.MODIFY_FIELDS) == ["Crate(weight:float?)"]
    assert accepted("make courier phone optional", Intent.MODIFY_FIELDS) == ["Courier(phone:str?)"]


def test_a_compound_head_after_a_name_written_with_a_capital_is_that_things_value() -> None:
    assert accepted("make the Pallet code optional", Intent.MODIFY_FIELDS) == ["Pallet(code:str?)"]


# --- a removal or a rename of such a name with no entity is asked, never an entity ---
def test_removing_a_compound_field_named_alone_asks_for_its_entity() -> None:
    assert _asked_for_entity("remove muster point location") == ["(muster_point_location:str)"]
    assert _asked_for_entity("delete the refusal reason") == ["(refusal_reason:str)"]


def test_removing_things_said_in_the_plural_or_marked_still_removes_the_entity() -> None:
    assert accepted("remove fire doors", Intent.REMOVE_ENTITY) == ["FireDoor()"]
    assert accepted("delete the Muster Point Location entity", Intent.REMOVE_ENTITY) == [
        "MusterPointLocation()"
    ]
    assert accepted("remove the delivery van", Intent.REMOVE_ENTITY) == ["DeliveryVan()"]


def test_renaming_one_compound_field_to_another_asks_for_its_entity() -> None:
    assert _asked_for_entity("rename refusal reason to decline reason") == [
        "(decline_reason:str<refusal_reason)"
    ]


def test_renaming_things_without_a_field_head_still_renames_the_entity() -> None:
    assert reading("rename delivery van to courier van") == (
        Intent.RENAME_ENTITY,
        ["CourierVan<DeliveryVan()"],
    )


# --- the field said with its entity in the talk gives the change its entity ---
def test_a_field_left_blank_on_a_thing_before_the_ask_names_the_entity() -> None:
    request = (
        "Inspectors keep leaving the fault cause blank on Breakdown until the garage reports"
        " back. Please make fault cause optional."
    )
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Breakdown(fault_cause:str?)"]


def test_something_else_left_blank_names_no_entity_for_the_field() -> None:
    request = "Inspectors keep leaving the mileage blank on Breakdown. Make fault cause optional."
    result = read(request)
    assert result.status == "needs_clarification"


# --- a heading naming work done on things: the things are the context ---
def test_a_cleanup_heading_names_the_things_cleaned_up() -> None:
    request = "Cleanup for the Kennel thing:\n- remove the pen code\n- remove the run number"
    assert accepted(request, Intent.REMOVE_FIELDS) == ["Kennel(pen_code:str,run_number:str)"]


def test_cleanups_kept_as_things_are_still_an_entity() -> None:
    assert accepted("Track beach cleanups with date, site and bags collected") == [
        "BeachCleanup(date_value:date,site:str,bags_collected:int)"
    ]


# --- a change taken back by keeping the thing as it was ---
def test_a_type_change_taken_back_leaves_only_the_change_said_after_it() -> None:
    request = (
        "Change price on Lantern to an integer. Actually no, leave it as money."
        " Just make it optional."
    )
    # only "optional" is asked: the price keeps its type (money, as its name says)
    assert accepted(request, Intent.MODIFY_FIELDS) == ["Lantern(price:decimal?)"]


def test_a_change_taken_back_with_nothing_after_it_asks() -> None:
    result = read("Change price on Lantern to an integer. Actually no, leave it as money.")
    assert result.status == "needs_clarification"


def test_a_type_change_kept_is_still_the_change() -> None:
    assert accepted("Change price on Lantern to an integer.", Intent.MODIFY_FIELDS) == [
        "Lantern(price:int)"
    ]
    # "leave the rest as it is" takes nothing back
    assert reading("Change price on Lantern to an integer. Leave the rest as it is.")[1] == [
        "Lantern(price:int)"
    ]
