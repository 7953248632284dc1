"""The intent read from what the wording says: a link asked for after it is stated or that a
thing needs, a type put in another's place, an entity added, a field said to go.

Every request here is written for this file (none is copied from the corpus). Each family says
what a person relies on: the reading (intent, names, types), and that a near-miss wording is
not read the new way.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, reading


# --- "…, add the FK": the link stated before the ask is what it adds ---------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Each Kite belongs to one Club, add the FK please",
        "Every Kite has one Club. Please add the foreign key.",
        "Each Kite belongs to one Club, please add the relationship",
        "A club flies many kites, but every kite has one club only. Please make the connection.",
    ],
)
def test_a_key_asked_for_after_the_link_is_the_link(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == ["Kite() many_to_one>Club"]


def test_a_key_asked_for_with_no_link_said_is_no_link() -> None:
    # nothing said before it to link: asked, never a relationship nor a field "foreign key"
    assert read("Please add the foreign key.").status == "needs_clarification"
    intent, _ = reading("Kite: colour, span. Please add the foreign key.")
    assert intent is not Intent.ADD_RELATIONSHIP
    # a link that is a value listed stays a field
    assert "link:str" in " ".join(reading("Kite has colour and span, add the link please")[1])


# --- "Sailing needs a vessel relationship": a link a thing needs ---------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Kite needs a club relationship",
        "Kite needs a club relationship, one club per kite",
        "Each kite needs a relationship to a club",
        "Kite needs a link to Club",
    ],
)
def test_a_link_a_thing_needs_is_that_link(request_text: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == ["Kite() many_to_one>Club"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Kite needs a photo link",  # a URL kept
        "Kite needs a link to the video",  # in lower case, maybe a URL
        "Employee needs a reporting relationship",  # a kind of relation, no thing at its end
    ],
)
def test_a_link_that_may_be_a_value_is_no_relationship(request_text: str) -> None:
    intent, _ = reading(request_text)
    assert intent is not Intent.ADD_RELATIONSHIP


# --- "keep X as a float instead of an integer on Y": the old type says the field is there ------
@pytest.mark.parametrize(
    "request_text",
    [
        "Could you keep depth as a float instead of an integer on the Pond entity?",
        "Store depth as a float rather than an integer on Pond.",
    ],
)
def test_a_type_put_in_anothers_place_before_the_owner_is_a_change(request_text: str) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert result.entities[0].name == "Pond"
    assert [(a.name, a.type) for a in result.entities[0].attributes] == [("depth", "float")]


def test_a_type_swap_said_with_add_is_asked() -> None:
    # "add" and a type it had are mixed evidence: asked, never a field "instead_of"
    shape = asked("Add depth as a float instead of an integer on Pond.")
    assert "instead_of" not in " ".join(shape)


def test_a_type_said_once_before_the_owner_still_adds() -> None:
    assert accepted("Store notes as text on Pond.", Intent.ADD_FIELDS) == ["Pond(notes:str)"]


# --- "add a new entity for recitals? fields: …": an entity added is created ---------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "could you add a new entity for choir tours? fields: tour name, start date, coach cost",
        "Add an entity for choir tours. Fields: tour name, start date, coach cost.",
    ],
)
def test_an_entity_added_is_created(request_text: str) -> None:
    assert accepted(request_text) == ["ChoirTour(tour_name:str,start_date:date,coach_cost:decimal)"]


def test_an_entity_added_without_fields_is_asked_and_a_table_for_each_is_no_entity() -> None:
    assert read("Add a new entity for choir tours").status == "needs_clarification"
    intent, shape = reading("Add a table for each booking")
    assert intent is not Intent.CREATE_ENTITY or "Booking" not in " ".join(shape)


# --- "…, so it can go": the field said before is removed -------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Sled has a runner wax field that nobody fills in, so it can go.",
        "Sled has a runner wax field. The crews never use it, so it can go.",
    ],
)
def test_it_going_after_a_field_said_removes_that_field(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_FIELDS) == ["Sled(runner_wax:str)"]


def test_it_going_with_nothing_said_before_removes_nothing() -> None:
    intent, _ = reading("Our courier has a sled, so it can go")
    assert intent is not Intent.REMOVE_FIELDS
    assert read("Our courier has a sled, so it can go").status == "needs_clarification"


# --- long input: read, and asked, never stuck -------------------------------------------------
def test_long_inputs_of_these_shapes_are_asked() -> None:
    for text in (
        "Each Kite belongs to one Club, add the FK" + ", please" * 2500,
        "keep depth as a float instead of an integer " * 460,
        "add a new entity for " * 1000,
        "so it can go " * 1600,
        "Kite needs a club relationship " * 650,
    ):
        text = text[:19_990]  # (the limit is 20,000 characters)
        assert len(text) >= 18_000
        assert read(text).status == "needs_clarification"
