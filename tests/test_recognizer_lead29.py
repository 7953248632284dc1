"""The lead's rules of the session of 2026-12-05 (fourth).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


def _fields(got, entity: str) -> list[str]:
    return [a.name for e in got.entities if e.name == entity for a in e.attributes]


def test_a_reason_after_a_dash_names_no_owner_of_the_removed_fields() -> None:
    """ "On the Hive entity we no longer need A or B — the inspector keeps those in a paper
    log": the log is where the data lives now, not what the fields are removed from."""
    got = read(
        "On the Hive entity we no longer need the mite count or the brood pattern — the "
        "inspector keeps those in a paper log. Please remove both."
    )
    assert str(got.intent) == "remove_fields"
    assert [e.name for e in got.entities] == ["Hive"]
    assert _fields(got, "Hive") == ["mite_count", "brood_pattern"]


def test_a_place_after_the_removed_field_still_names_its_owner() -> None:
    """The dash rule cuts only what follows the fields: "remove the fax number from Supplier —
    we never use it" keeps Supplier."""
    got = read("Remove the fax number from Supplier — we never use it")
    assert str(got.intent) == "remove_fields"
    assert [e.name for e in got.entities] == ["Supplier"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Kayak should also have: hull colour, seat count",
        "Each kayak will also need: hull colour, seat count",
        "Kayak now needs: hull colour, seat count",
    ],
)
def test_a_heading_that_says_also_or_now_adds_to_a_thing_that_exists(request_text: str) -> None:
    """ "X should also have: A, B" adds A and B to X; only a heading without such a word
    ("Kayak: A, B", "Kayaks should have: A, B") may create it."""
    got = read(request_text)
    assert got.status == "recognized"
    assert str(got.intent) == "add_fields"
    assert _fields(got, "Kayak") == ["hull_colour", "seat_count"]


@pytest.mark.parametrize(
    "request_text",
    ["Kayak: hull colour, seat count", "Kayaks should have: hull colour, seat count"],
)
def test_a_plain_heading_still_creates(request_text: str) -> None:
    got = read(request_text)
    assert str(got.intent) == "create_entity"
    assert _fields(got, "Kayak") == ["hull_colour", "seat_count"]


@pytest.mark.parametrize(
    "request_text",
    [
        "from now on kayaks have a hull colour",
        "I'd like kayaks to have a hull colour from now on",
        "Starting today each kayak needs a hull colour",
    ],
)
def test_what_a_thing_holds_from_now_on_is_added_to_it(request_text: str) -> None:
    """A point in time from which a thing holds a field says the thing exists: an add."""
    got = read(request_text)
    assert str(got.intent) == "add_fields"
    assert _fields(got, "Kayak") == ["hull_colour"]


def test_from_now_on_before_a_keeping_verb_still_creates() -> None:
    """ "From now on we want to track kayaks with A, B": what is kept from now on is new."""
    got = read("From now on we want to track kayaks with hull colour and seat count")
    assert str(got.intent) == "create_entity"


@pytest.mark.parametrize(
    "request_text",
    ["Kennels could do with a drainage note", "The kennels could really do with a drainage note"],
)
def test_a_thing_that_could_do_with_a_value_gets_it_added(request_text: str) -> None:
    """ "could do with a …" says the thing lacks a value: an add, never a new entity."""
    got = read(request_text)
    assert str(got.intent) == "add_fields"
    assert _fields(got, "Kennel") == ["drainage_note"]


def test_people_who_could_do_with_something_are_no_thing_of_the_system() -> None:
    """ "We could do with …" is the writer wanting something, not a change to a thing "we"."""
    got = read("We could do with a drainage note")
    assert str(got.intent) != "add_fields" or got.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    ["Our kennels also need a drainage note", "My kennels should also have a drainage note"],
)
def test_the_writers_own_things_that_also_need_a_value(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert str(got.intent) == "add_fields"
    assert _fields(got, "Kennel") == ["drainage_note"]


def test_what_the_writers_own_place_has_is_no_change() -> None:
    """ "our shop also has a cafe" describes the writer's setting: nothing is added."""
    got = read("our shop also has a cafe")
    assert got.status == "needs_clarification"


def test_a_link_to_a_declared_name_that_ends_in_a_frame_word_keeps_the_whole_name() -> None:
    """ "each visit belongs to one grant application" when GrantApplication is declared: the
    link's target is that entity, not a new Grant."""
    got = read(
        "Keep grant applications (funder, amount) and site visits (visit date, notes). "
        "Each site visit belongs to one grant application."
    )
    visit = next(e for e in got.entities if e.name == "SiteVisit")
    assert [(r.kind, r.target) for r in visit.relationships] == [
        ("many_to_one", "GrantApplication")
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Create kennels with name and size; some may have a drainage note",
        "Create kennels with name and size; they may also have a drainage note",
        "Create kennels with name and size; a few have a drainage note too",
    ],
)
def test_what_some_of_the_things_may_have_is_an_optional_field(request_text: str) -> None:
    """A clause after the list that says some of the things (may) have a value adds it as an
    optional field; before, it was dropped and the reading accepted without it."""
    got = read(request_text)
    assert got.status == "recognized"
    kennel = next(e for e in got.entities if e.name == "Kennel")
    assert {a.name: a.required for a in kennel.attributes} == {
        "name": True,
        "size": True,
        "drainage_note": False,
    }


def test_what_some_of_the_people_have_after_a_change_is_still_its_reason() -> None:
    """ "Add a phone to Customer, some have a landline only": why, not one more field."""
    got = read("Add a phone to Customer, some have a landline only")
    assert str(got.intent) == "add_fields"
    assert _fields(got, "Customer") == ["phone"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Create Customer (name, email) and Order (total)",
        "Create Customer(name, email) and Order(total)",
        "Create Customer (name, email), Order (total)",
    ],
)
def test_a_capitalised_name_with_one_field_after_a_group_is_one_more_entity(
    request_text: str,
) -> None:
    """ "Customer (name, email) and Order (total)" declares two things: before, "Order (total)"
    was taken for a field `order_value` typed by "total", and the reading accepted."""
    got = read(request_text)
    assert got.status == "recognized"
    assert {e.name: [a.name for a in e.attributes] for e in got.entities} == {
        "Customer": ["name", "email"],
        "Order": ["total"],
    }


def test_a_type_in_parentheses_after_a_group_still_annotates_its_field() -> None:
    """ "…, Phone (optional)" inside a group, or a type word alone, is no entity."""
    got = read("Create Customer (name, email, phone (optional))")
    assert [e.name for e in got.entities] == ["Customer"]


def test_of_two_things_named_together_the_reading_may_not_keep_only_one() -> None:
    """ "I want Rehearsal and Performance to both have F" read as a change to one of them is
    asked, with a note naming the one left out."""
    got = read("As a stage manager I want Kiln and Wheel to both have a firing log link")
    assert got.status == "needs_clarification"
    assert any("not read" in note for note in got.notes)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add a phone to Customer and Supplier",
        "Link Order and Customer: each order has one customer",
    ],
)
def test_two_things_named_together_and_both_read_are_accepted(request_text: str) -> None:
    assert read(request_text).status == "recognized"


def test_a_capitalised_name_with_a_date_after_a_group_is_one_more_entity() -> None:
    """ "Skipper(name, licence), Trip (date)": a type's word that many things hold (date,
    email, time) alone in parentheses after a capitalised name is that thing's field."""
    got = read("Create Skipper(name, licence), Trip (date)")
    assert sorted(e.name for e in got.entities) == ["Skipper", "Trip"]


def test_most_having_a_flag_is_an_optional_field_of_theirs() -> None:
    got = read("Create rooms with number and beds; most have a sea view flag")
    room = next(e for e in got.entities if e.name == "Room")
    assert {a.name: a.required for a in room.attributes}["sea_view"] is False


@pytest.mark.parametrize(
    "request_text",
    [
        "Students have a contact email instead of an email",
        "Boats have a work phone instead of a phone",
    ],
)
def test_one_field_said_in_the_place_of_another_is_never_a_new_thing(request_text: str) -> None:
    """ "X has B instead of A" swaps a field (a rename or a removal and an add): asked, never
    accepted as a new X with B."""
    assert read(request_text).status == "needs_clarification"


def test_a_type_said_in_the_place_of_another_is_no_swap_of_fields() -> None:
    got = read("Each booking has a date and a price as a decimal instead of a float")
    assert [a.name for e in got.entities for a in e.attributes] == ["date_value", "price"]


def test_one_value_asked_of_things_in_a_question_is_added() -> None:
    """ "Can students have a guardian phone?" asks for one more value of the students there
    are; a question that describes a thing whole ("Can a walk have a date, a place and …?")
    stays a create."""
    assert str(read("Can kennels have a drainage note?").intent) == "add_fields"
    assert str(read("Can a kennel have a name, a size and a drainage note?").intent) == (
        "create_entity"
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "Kennel entity changes: drainage note (string)",
        "Changes to Kennel:\n- drainage note (string)",
        "New requirement: kennels have a drainage note",
        "Kennel: drainage note is needed as well",
    ],
)
def test_fields_under_a_change_heading_are_never_a_new_thing(request_text: str) -> None:
    """A heading that says the thing changes ("X entity changes", "Changes to X", "New
    requirement") adds to X, or asks; it never creates X with one field."""
    got = read(request_text)
    assert not (got.status == "recognized" and str(got.intent) == "create_entity")


def test_a_heading_of_changes_kept_as_records_is_still_a_thing() -> None:
    """ "Price changes: date, old price, new price" keeps changes as records."""
    got = read("Price changes: date, old price, new price")
    assert [e.name for e in got.entities] == ["PriceChange"]
    assert str(got.intent) == "create_entity"


@pytest.mark.parametrize(
    "request_text",
    [
        "Kennel has drainage note (was drain note)",
        "Kennel: drainage note (formerly drain note)",
        "kennels: drainage note instead of drain note",
    ],
)
def test_a_field_said_with_its_old_name_is_asked(request_text: str) -> None:
    """A field said with the name it had is a rename or a swap: asked, never accepted."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert got.notes


def test_the_note_says_that_a_field_was_put_in_another_s_place() -> None:
    got = read("Kennel has drainage note (was drain note)")
    assert any("in another's place" in note for note in got.notes)


def test_instead_of_said_of_the_old_way_of_working_is_no_swap() -> None:
    """ "… in a proper system instead of the spreadsheet" says why, not which field goes."""
    got = read(
        "I want the kennels in a proper system instead of the spreadsheet: name, size and "
        "a drainage note"
    )
    assert not any("in another's place" in note for note in got.notes)


def test_a_short_form_with_a_stop_ends_no_sentence() -> None:
    """ "price incl. VAT" is one field; the stop of "incl." split it into `price_incl` and a
    field `vat` of a sentence of its own, accepted."""
    got = read("Kennels: name, price incl. VAT, size")
    assert [a.name for e in got.entities for a in e.attributes] == [
        "name",
        "price_incl_vat",
        "size",
    ]


def test_a_yes_no_field_closing_a_sentence_keeps_its_stop() -> None:
    got = read("want to track kennels: name, size, and heated yes/no. the size is a number")
    assert "heated" in [a.name for e in got.entities for a in e.attributes]


def test_who_has_the_things_counted_is_no_part_of_the_name() -> None:
    got = read("Create Tenant with full name and the number of pets they have")
    tenant = next(e for e in got.entities if e.name == "Tenant")
    assert {a.name: str(a.type) for a in tenant.attributes} == {"full_name": "str", "pets": "int"}
