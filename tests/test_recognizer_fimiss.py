"""Families of misreads found in the fresh-i batch: developers writing in a hurry, with commit
types, @-mentions and code marks around names, dotted `Entity.field` changes and relationship
shorthand.

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on: the label of a commit or the person addressed is never a field or an
entity, and a name in code marks reads as the name.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read


# --- a commit type labels the change; it is no word of it ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("chore: make Pump.serial nullable", Intent.MODIFY_FIELDS, ["Pump(serial:str?)"]),
        ("fix(db)!: drop Tram.paint_code", Intent.REMOVE_FIELDS, ["Tram(paint_code:str)"]),
        ("feat(kennels): Kennel.run_number is now required", Intent.MODIFY_FIELDS,
         ["Kennel(run_number:str)"]),
        ("refactor!: rename entity Barge -> Lighter", Intent.RENAME_ENTITY, ["Lighter<Barge()"]),
        ("perf: add Oven.preheat_minutes (int)", Intent.ADD_FIELDS, ["Oven(preheat_minutes:int)"]),
    ],
)  # fmt: skip
def test_a_commit_type_before_the_change_is_a_label_not_a_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_commit_type_keeps_the_required_change_on_the_dotted_field() -> None:
    result = read("feat: Kennel.run_number is now required (NOT NULL)")
    assert [(a.name, a.required) for a in result.entities[0].attributes] == [("run_number", True)]


def test_a_lowercase_word_like_test_over_a_field_list_still_names_the_entity() -> None:
    """ "docs: title, …" lists the fields of a doc; it is no commit labelled "docs"."""
    result = read("docs: title, author, page count")
    assert [e.name for e in result.entities] == ["Doc"]
    assert [a.name for a in result.entities[0].attributes] == ["title", "author", "page_count"]


# --- a person or a channel addressed is not part of the request ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("@here quick one: can we remove `Locker` entirely?", Intent.REMOVE_ENTITY, ["Locker()"]),
        ("cc @marta - please remove the Locker entity", Intent.REMOVE_ENTITY, ["Locker()"]),
        ("@ops-team Kiln needs a fired at (timestamp)", Intent.ADD_FIELDS,
         ["Kiln(fired_at:datetime)"]),
    ],
)  # fmt: skip
def test_an_at_mention_is_not_a_word_of_the_request(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- code marks around a name: the name, not program text ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Rename `Tram.fleet_no` to `fleet_number`", Intent.RENAME_FIELD,
         ["Tram(fleet_number:str<fleet_no)"]),
        ("We need a `Kiln` entity with `max_temp` (float) and `fired_at` (timestamp)",
         Intent.CREATE_ENTITY, ["Kiln(max_temp:float,fired_at:datetime)"]),
        ("please drop `Tram.paint_code`", Intent.REMOVE_FIELDS, ["Tram(paint_code:str)"]),
    ],
)  # fmt: skip
def test_code_marks_around_a_name_read_as_the_name(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- Entity.field turning into another name is a rename ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Locker.door_no -> Locker.door_number", Intent.RENAME_FIELD,
         ["Locker(door_number:str<door_no)"]),
        ("Berth.len is becoming length", Intent.RENAME_FIELD, ["Berth(length:str<len)"]),
        ("heads up, Berth.len becomes berth_length", Intent.RENAME_FIELD,
         ["Berth(berth_length:str<len)"]),
        ("mv Tram.fleet_no -> Tram.fleet_number", Intent.RENAME_FIELD,
         ["Tram(fleet_number:str<fleet_no)"]),
        # turning into a type or "optional" still changes the field, it renames nothing
        ("Berth.len becomes float", Intent.MODIFY_FIELDS, ["Berth(len:float)"]),
        ("Berth.len -> optional", Intent.MODIFY_FIELDS, ["Berth(len:str?)"]),
    ],
)  # fmt: skip
def test_a_dotted_field_that_becomes_another_name_is_renamed(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_dotted_field_becoming_a_name_is_never_a_new_yes_no_field() -> None:
    """ "X.f is becoming g" once read as a create with a field "is_becoming_g" (bool)."""
    result = read("Berth.len is becoming length")
    assert not any(a.name.startswith("is_") for e in result.entities for a in e.attributes)


# --- shell verbs and "entity X" -----------------------------------------------------------------
@pytest.mark.parametrize(
    "request_text",
    ["del entity TicketOffice", "please delete the entity TicketOffice"],
)
def test_entity_written_before_a_whole_name_removes_that_entity(request_text: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == ["TicketOffice()"]


def test_a_shell_verb_is_only_a_verb_where_an_instruction_starts() -> None:
    """ "mv rating" inside a field list stays a field's words."""
    assert accepted("Rooms: mv rating, name") == ["Room(mv_rating:float,name:str)"]


# --- chat openers and tails: when and for whom, not what -----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("fyi: we can drop the Kiosk entity", Intent.REMOVE_ENTITY, ["Kiosk()"]),
        ("quick q: could Kiln get a fired at (timestamp)?", Intent.ADD_FIELDS,
         ["Kiln(fired_at:datetime)"]),
        ("can we add a depot code to Tram by end of sprint?", Intent.ADD_FIELDS,
         ["Tram(depot_code:str)"]),
        ("q: can we add `glaze` + `cone` (int) to Kiln before thursday?", Intent.ADD_FIELDS,
         ["Kiln(glaze:str,cone:int)"]),
        ("Berth.len becomes length, please update your reports", Intent.RENAME_FIELD,
         ["Berth(length:str<len)"]),
    ],
)  # fmt: skip
def test_a_chat_opener_a_deadline_or_a_note_to_the_reader_is_no_part_of_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- cardinality shorthand: M:N, N:1, 1:N and a foreign-key column --------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("M:N between kilns and glazes", ["Kiln() many_to_many>Glaze"]),
        ("shelves M:N books", ["Shelf() many_to_many>Book"]),
        ("tram stop N:1 line", ["TramStop() many_to_one>Line"]),
        ("depot 1:N trams", ["Tram() many_to_one>Depot"]),
        ("Kennel.owner_id fk Owner", ["Kennel() many_to_one>Owner"]),
        ("Berth.harbour_id FK -> Harbour", ["Berth() many_to_one>Harbour"]),
    ],
)  # fmt: skip
def test_cardinality_shorthand_relates_the_two_entities(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_foreign_key_column_names_the_link_not_a_field() -> None:
    result = read("Berth.harbour_id FK -> Harbour")
    assert all(not e.attributes for e in result.entities)


# --- "+" or "/" between groups of fields starts the next entity -----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Kiln(name, max temp float) + Firing(fired at, cone int); firing N:1 kiln",
        "Kiln(name, max temp float) / Firing(fired at, cone int) / each firing has one kiln",
        "Kiln (name, max temp float) + Firing (fired at, cone int), each firing has one kiln",
    ],
)
def test_a_plus_or_slash_after_a_field_group_starts_the_next_entity(request_text: str) -> None:
    result = read(request_text)
    assert sorted((e.name, tuple(a.name for a in e.attributes)) for e in result.entities) == [
        ("Firing", ("fired_at", "cone")),
        ("Kiln", ("name", "max_temp")),
    ]
    firing = next(e for e in result.entities if e.name == "Firing")
    assert [(r.kind, r.target) for r in firing.relationships] == [("many_to_one", "Kiln")]


# --- what a thing is worth when priced, insured or sold is money ---------------------------------
def test_a_value_after_a_word_of_pricing_is_money_and_other_values_stay_text() -> None:
    assert accepted("Paintings: title, artist, appraised value, sensor value") == [
        "Painting(title:str,artist:str,appraised_value:decimal,sensor_value:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Yachts need name, resale value and a moored flag",
        "As a broker I want to record yachts with name, resale value and a moored flag",
    ],
)
def test_resale_value_of_a_listed_thing_is_a_decimal(request_text: str) -> None:
    assert accepted(request_text) == ["Yacht(name:str,resale_value:decimal,moored:bool)"]


# --- a phrasal verb's particle is no part of the entity's name ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I want to sign up choir members with name and voice part",
         ["ChoirMember(name:str,voice_part:str)"]),
        ("As a librarian I want to check out laptops with asset tag and due date",
         ["Laptop(asset_tag:str,due_date:date)"]),
    ],
)  # fmt: skip
def test_the_particle_of_a_phrasal_verb_stays_with_the_verb(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


# --- a sign-off and a reason after a dotted rename name no field and no entity --------------------
def test_a_short_thanks_ending_a_message_is_no_field() -> None:
    assert accepted("RE the pottery app - Kiln needs a cone (int), tyvm!", Intent.ADD_FIELDS) == [
        "Kiln(cone:int)"
    ]


def test_a_reason_after_a_dotted_rename_is_not_its_entity() -> None:
    assert accepted(
        "rename Tram.fleet_no to fleet_number for clarity in the reports", Intent.RENAME_FIELD
    ) == ["Tram(fleet_number:str<fleet_no)"]


# --- column shorthand: tbl, ts, bigint, varchar(n), NOT NULL, a group of fields first -------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("tbl pumps: id, serial_no, last_serviced_at ts, hits bigint",
         ["Pump(serial_no:str,last_serviced_at:datetime,hits:int)"]),
        ("Ferry tbl - callsign, tonnage float, chartered bool",
         ["Ferry(callsign:str,tonnage:float,chartered:bool)"]),
        ("Pumps: serial varchar(20) NOT NULL, tag_no varchar nullable, hits bigint",
         ["Pump(serial:str,tag_no:str?,hits:int)"]),
        ("Permit: issued_on date NOT NULL, fee decimal", ["Permit(issued_on:date,fee:decimal)"]),
        ("{ berth_code, length float, occupied bool } for harbour berths",
         ["HarbourBerth(berth_code:str,length:float,occupied:bool)"]),
    ],
)  # fmt: skip
def test_column_shorthand_reads_as_typed_fields(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


# --- a change said in passing: how soon, why, and softening words around it ---------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("no rush, but the tonnage on FerryRoute should be allowed to be blank",
         Intent.MODIFY_FIELDS, ["FerryRoute(tonnage:float?)"]),
        ("the bar closed in March so please just delete the Cocktail entity",
         Intent.REMOVE_ENTITY, ["Cocktail()"]),
        ("just drop the Kiosk entity", Intent.REMOVE_ENTITY, ["Kiosk()"]),
        ("we are needing to add a berth code to Ferry", Intent.ADD_FIELDS,
         ["Ferry(berth_code:str)"]),
    ],
)  # fmt: skip
def test_a_change_said_in_passing_is_read_without_its_talk(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "could the Ferry call sign be optional please, most of them are unregistered",
        "can the Ferry call sign be optional pls",
    ],
)
def test_a_capitalised_name_before_a_field_is_the_entity_of_the_change(request_text: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == ["Ferry(call_sign:str?)"]


# --- a dotted field said to be of a type, then "it should be …", is a type change ----------------
def test_a_dotted_field_described_then_corrected_changes_its_type() -> None:
    assert accepted("Berth.depth is a string, it should be a float", Intent.MODIFY_FIELDS) == [
        "Berth(depth:float)"
    ]


def test_it_after_a_dotted_field_is_never_read_as_the_entity() -> None:
    """ "it" after "Berth.depth is text" is the field: never a field named after the entity."""
    result = read("we noticed Berth.depth is text, which is odd, it should be a float")
    assert not any(a.name == "berth" for e in result.entities for a in e.attributes)


# --- a list item ending in "flag" is a yes/no field, never a relationship ------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Create a kiln log: kiln name, a glaze fired flag, a number of shelves",
        "Kiln log\n\nRequirements:\n- Kilns with kiln name, a glaze fired flag and a number of"
        " shelves\n- Store everything as JSON",
    ],
)
def test_a_listed_participle_flag_is_a_yes_no_field_not_a_relationship(request_text: str) -> None:
    assert accepted(request_text) == ["Kiln(kiln_name:str,glaze_fired:bool,shelves:int)"]


# --- a word in -ing before a noun names a field; a habit is not a list --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiln needs ring code (string) and fired on (date)",
         ["Kiln(ring_code:str,fired_on:date)"]),
        ("Kiln needs booking ref and ring code", ["Kiln(booking_ref:str,ring_code:str)"]),
    ],
)  # fmt: skip
def test_a_noun_in_ing_after_needs_starts_a_field_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_habit_after_keeps_is_still_no_field_list() -> None:
    assert read("the kiln keeps cracking every winter").status == "needs_clarification"


# --- a change description in the third person ("adds …", "drops …") -----------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("PR description: drops Tram.paint_code. No other schema changes.", Intent.REMOVE_FIELDS,
         ["Tram(paint_code:str)"]),
        ("Commit message: renames Tram.fleet_no to fleet_number", Intent.RENAME_FIELD,
         ["Tram(fleet_number:str<fleet_no)"]),
        ("PR description: adds a many-to-one from Tram to Depot", Intent.ADD_RELATIONSHIP,
         ["Tram() many_to_one>Depot"]),
    ],
)  # fmt: skip
def test_a_change_description_says_what_the_change_does(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_purpose_with_its_own_subject_ends_a_story_field_list() -> None:
    assert accepted(
        "As a potter I want to log firings with kiln name, cone (int) and notes (optional) so the"
        " glaze book is complete"
    ) == ["Firing(kiln_name:str,cone:int,notes:str?)"]


# --- a frame's keeping verb in -ing before the things kept ----------------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "I need a ferry log tracking crossings with departure at, passengers (int) and a"
        " delayed flag",
        "we want an app managing crossings with departure at, passengers (int) and a delayed flag",
    ],
)
def test_a_frame_keeping_things_with_fields_manages_those_things(request_text: str) -> None:
    assert accepted(request_text) == ["Crossing(departure_at:datetime,passengers:int,delayed:bool)"]


# --- a verb that is also a frame word, between two plurals, relates them -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Mechanics service vans", ["Mechanic() many_to_many>Van"]),
        ("Riggers service cranes", ["Rigger() many_to_many>Crane"]),
    ],
)
def test_a_plural_a_verb_and_a_plural_relate_even_when_the_verb_is_a_frame_word(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected
