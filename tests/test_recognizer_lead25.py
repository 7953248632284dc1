"""The lead's rules of 2026-12-04, late night.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "Keep hives with number and site; sheds with size; and smokers",
        "Keep hives with number and site, sheds with size, and smokers",
        "For the yard: skips with size; and lorries",
    ],
)
def test_a_thing_named_last_after_a_one_field_thing_is_asked_about(request_text: str) -> None:
    """ "…, sheds with size, and smokers": after other things, or after a semicolon, the last
    item is one more thing named without fields, even when the thing before it has only one
    field; it is never taken as a count field of that thing."""
    got = read(request_text)
    assert got.status == "needs_clarification"
    assert "attributes" in got.missing
    fields = {a.name for e in got.entities for a in e.attributes}
    assert not fields & {"smokers", "lorries"}


@pytest.mark.parametrize(
    ("request_text", "fields"),
    [
        ("Keep sheds with size, and smokers", ["size", "smokers"]),
        ("Keep sheds with size and smokers", ["size", "smokers"]),
    ],
)
def test_a_two_item_field_list_keeps_its_plural_field(request_text: str, fields: list[str]) -> None:
    """One thing and a comma before "and": a two-item list of fields, as before (the plural is
    a count of smokers)."""
    got = read(request_text)
    assert [a.name for e in got.entities for a in e.attributes] == fields


@pytest.mark.parametrize(
    "request_text",
    [
        "Ladder: height, weight; Rope: length, diameter",
        "We hire out marquees. Marquee: width, length, colour; Customer: name, phone.",
    ],
)
def test_two_headed_lists_cut_by_a_semicolon_are_two_things(request_text: str) -> None:
    """ "Ladder: height, weight; Rope: length, diameter": the second name before its colon is
    a thing of its own, never the first word of a field ("rope_length")."""
    got = read(request_text)
    assert len(got.entities) == 2, got.entities
    assert all("_" not in a.name for e in got.entities for a in e.attributes)


def test_a_typed_field_after_a_semicolon_stays_a_field() -> None:
    """ "size: text" written in lower case after a semicolon is a field and its type."""
    got = read("Marquee: width; colour: text")
    assert [(a.name, a.type.value) for e in got.entities for a in e.attributes] == [
        ("width", "float"),
        ("colour", "str"),
    ]


@pytest.mark.parametrize(
    ("request_text", "entity", "field"),
    [
        ("Pony height in hands should be a decimal not text", "Pony", "height"),
        ("Make the crate weight in kg a decimal", "Crate", "weight"),
        ("Boiler volume in litres should be a whole number", "Boiler", "volume"),
        ("The depth in metres on Borehole should be a decimal", "Borehole", "depth"),
    ],
)
def test_a_unit_after_a_field_in_a_change_is_no_entity(
    request_text: str, entity: str, field: str
) -> None:
    """ "height in hands", "weight in kg": what a field is measured in is never the thing the
    field is on (it was read as an entity Hand or Kg)."""
    got = read(request_text)
    assert [e.name for e in got.entities] == [entity]
    assert [a.name for a in got.entities[0].attributes] == [field]


@pytest.mark.parametrize("request_text", ["Warehouse.fax -> gone", "Warehouse: fax => removed"])
def test_an_arrow_to_a_word_of_removal_removes_the_field(request_text: str) -> None:
    """ "Warehouse.fax -> gone" takes the field away; it renames nothing to "gone"."""
    got = read(request_text)
    assert got.intent.value == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Warehouse", ["fax"])
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Paddocks have ponies; each pony belongs to one paddock",
        "Paddocks with name and size, ponies with name and height. A paddock has ponies, and "
        "each pony belongs to one paddock.",
    ],
)
def test_a_link_said_again_with_one_keeps_no_many_to_many_note(request_text: str) -> None:
    """The link said first in the plural and then with "one" is one-to-many; the note that
    it was read many-to-many went with the reading it described (it contradicted the result)."""
    got = read(request_text)
    pony = next(e for e in got.entities if e.name == "Pony")
    assert [(r.kind, r.target) for r in pony.relationships] == [("many_to_one", "Paddock")]
    assert not any("many-to-many" in note for note in got.notes), got.notes


def test_a_link_said_only_in_the_plural_still_says_how_it_was_read() -> None:
    got = read("Paddocks have ponies")
    assert any("many-to-many" in note for note in got.notes)


MAIL = """{subject}

Hi both,

We'd like to keep our kayaks in the app: name, hull colour, length (m) and last repaired.

Cheers,
Ros"""


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: kayak store — first go",
        "Subject: Kayaks - a list at last",
        "RE: Fwd: kayaks for the club",
    ],
)
def test_an_email_subject_line_is_no_thing(subject: str) -> None:
    """A pasted e-mail's subject line is about the mail: it names no entity and gives no
    fields (its last words were read as a field "first_go" of Kayak, accepted at 0.94)."""
    got = read(MAIL.format(subject=subject))
    assert [e.name for e in got.entities] == ["Kayak"], got.entities
    fields = [a.name for a in got.entities[0].attributes]
    assert fields == ["name", "hull_colour", "length", "last_repaired"]


def test_a_subject_entity_with_a_field_list_keeps_its_name() -> None:
    """A school's "Subject: name, code, credits" is a list of fields, not a mail header."""
    got = read("Subject: name, code, credits\n\nTeacher: name, email")
    assert [e.name for e in got.entities] == ["Subject", "Teacher"]


def test_a_unit_written_after_a_measure_makes_it_a_number() -> None:
    """Column headers such as "load kg" or "depth m": the unit after the measure keeps its
    place in the name and makes the field a number, as "load (kg)" does; "price per kg" is
    still money and a span of time still counts ("run minutes" is whole minutes)."""
    got = read("Barges: name, load kg, depth m, price per kg, run minutes")
    assert [(a.name, a.type.value) for a in got.entities[0].attributes] == [
        ("name", "str"),
        ("load_kg", "float"),
        ("depth_m", "float"),
        ("price_per_kg", "decimal"),
        ("run_minutes", "int"),
    ]


@pytest.mark.parametrize(
    ("request_text", "links"),
    [
        (
            "Invoices belong to clients and to projects",
            ["many_to_one>Client", "many_to_one>Project"],
        ),
        ("Invoices belong to clients and projects", ["many_to_one>Client", "many_to_one>Project"]),
        (
            "Each shipment is for one client and one depot",
            ["many_to_one>Client", "many_to_one>Depot"],
        ),
        ("A farrier shoes many horses and donkeys", ["many_to_many>Horse", "many_to_many>Donkey"]),
    ],
)
def test_one_verb_shared_by_two_targets_gives_two_links(
    request_text: str, links: list[str]
) -> None:
    """ "invoices belong to clients and (to) projects": the verb said once holds for both
    targets, each its own link (nothing was read)."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert [f"{r.kind}>{r.target}" for e in got.entities for r in e.relationships] == links


def test_a_field_list_after_have_is_still_fields() -> None:
    got = read("Clients have name and email")
    assert [a.name for e in got.entities for a in e.attributes] == ["name", "email"]


@pytest.mark.parametrize(
    "request_text",
    ["A farrier shoes many horses over the years", "A ferry carries many cars each season"],
)
def test_a_span_of_time_after_a_link_is_no_part_of_it(request_text: str) -> None:
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert [r.kind for e in got.entities for r in e.relationships] == ["many_to_many"]


@pytest.mark.parametrize(
    ("request_text", "links"),
    [
        ("A syllabus has units, units have topics", ["many_to_many>Unit", "many_to_many>Topic"]),
        (
            "A syllabus has units, and units have topics",
            ["many_to_many>Unit", "many_to_many>Topic"],
        ),
        (
            "Every kayak has exactly one owner, owners can have several kayaks",
            ["many_to_one>Owner"],
        ),
    ],
)
def test_two_links_joined_by_a_comma_are_both_read(request_text: str, links: list[str]) -> None:
    """Two link sentences joined by a comma, as people join them, read as if a full stop were
    there (nothing was read, or "exactly one owner" became a field)."""
    got = read(request_text)
    assert got.status == "recognized", got.notes
    assert [f"{r.kind}>{r.target}" for e in got.entities for r in e.relationships] == links
    assert not [a for e in got.entities for a in e.attributes]


@pytest.mark.parametrize(
    "first_line",
    ["Title: Boathouse bookings", "Project: Boathouse bookings", "EPIC: Boathouse bookings"],
)
def test_a_documents_label_on_its_first_line_is_its_title(first_line: str) -> None:
    """ "Title: Boathouse bookings" over a document names the document, not an entity Title
    with a field "boathouse_bookings"."""
    got = read(
        f"{first_line}\nWe need:\n1) Bookings - crew name, date, hours\n2) Boats - name, seats"
    )
    assert sorted(e.name for e in got.entities) == ["Boat", "Booking"], got.entities


def test_a_project_entity_with_its_fields_keeps_its_name() -> None:
    got = read("Project: name, budget\nTask: title, due date")
    assert [e.name for e in got.entities] == ["Project", "Task"]
