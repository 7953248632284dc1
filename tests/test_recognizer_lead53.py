"""Readings the lead fixed in the sixteenth session, from probe sweeps in trades nobody here
had written for (tree surgeons, a planetarium, a wool shop, beach huts, bell ringers, a taxi
dispatch, kilns, a coroner's office, sheep shearers, a caravan site, a coffee roaster, a
tennis club): a table renamed to a name written like an entity's, a ticket's number before the
ask, values listed in the plural over all records, the writer's own things that have values,
"phone numbers" said without commas, and an irregular participle alone as a yes/no.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import asked, read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename jobs to Fares", "Fare<Job()"),
        ("Rename Trips to Fees", "Fee<Trip()"),
        ("Rename Jobs to Fares", "Fare<Job()"),
    ],
)
def test_a_thing_renamed_to_a_name_written_like_an_entity_is_a_table_renamed(
    request_text: str, expected: str
) -> None:
    """ "Rename jobs to Fares" was accepted as a field `jobs` of an entity Fare renamed to
    `fares`: the only capitalised name was the new name itself, taken for the owner."""
    assert read_right(request_text, Intent.RENAME_ENTITY) == [expected]


def test_a_field_renamed_on_a_named_owner_stays_a_field_rename() -> None:
    assert read_right("Rename notes to Comments on Booking", Intent.RENAME_FIELD) == [
        "Booking(comments:str<notes)"
    ]
    # with no owner and nothing written like an entity, the person is asked
    assert asked("rename notes to comments") == ["(comments:str<notes)"]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Ticket 412: Pot.glaze should not be mandatory", Intent.MODIFY_FIELDS, "Pot(glaze:str?)"),
        ("Bug #88 - drop fax from Supplier", Intent.REMOVE_FIELDS, "Supplier(fax:str)"),
        ("Issue 7: rename Pot to Piece", Intent.RENAME_ENTITY, "Piece<Pot()"),
        ("Task 3 - add kiln number to firings", Intent.ADD_FIELDS, "Firing(kiln_number:str)"),
    ],
)
def test_a_ticket_word_and_its_number_label_the_line(
    request_text: str, intent: Intent, expected: str
) -> None:
    """ "Ticket 412: Pot.glaze …" was accepted with a field `ticket_412_glaze`."""
    assert read_right(request_text, intent) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Customers have names, emails and phone numbers",
            "Customer(name:str,email:email,phone_number:str)",
        ),
        (
            "Players have names, positions and shirt numbers",
            "Player(name:str,position:str,shirt_number:str)",
        ),
        (
            "customers: names, emails, phone numbers",
            "Customer(name:str,email:email,phone_number:str)",
        ),
        ("Our members have names and email addresses", "Member(name:str,email_address:email)"),
    ],
)
def test_values_listed_in_the_plural_over_all_records_are_one_per_record(
    request_text: str, expected: str
) -> None:
    """README: "their names, phone numbers …" is one value per record; so is the same list
    said after a plural subject or a plural heading (it kept `names`, `emails`, accepted)."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a word plural by itself keeps its plural; one singular keeps the list as written
        ("Orders: items, notes", "Order(items:str,notes:str)"),
        ("Recipes: name, ingredients, steps", "Recipe(name:str,ingredients:str,steps:str)"),
    ],
)
def test_lists_that_are_not_all_plural_values_are_kept_as_written(
    request_text: str, expected: str
) -> None:
    assert reading(request_text)[1] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Our members have a name and an email address", "Member(name:str,email_address:email)"),
        ("My customers have a name and a phone", "Customer(name:str,phone:str)"),
    ],
)
def test_the_writers_own_things_that_have_values_list_their_fields(
    request_text: str, expected: str
) -> None:
    """ "My customers have a name and a phone" was an entity Customer with a field
    `have_a_name`; "Our members have a name and …" read nothing."""
    assert read_right(request_text) == [expected]


def test_the_writers_own_place_that_has_things_is_not_read_as_fields() -> None:
    # one place (singular) that has things: no fields of "Shop" are invented
    result = read("Our shop has a cafe and a car park")
    assert result.status == "needs_clarification"
    assert not any(e.attributes for e in result.entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("names and phone numbers", ["name", "phone_number"]),
        ("names and home addresses", ["name", "home_address"]),
        ("email addresses and names", ["email_address", "name"]),
    ],
)
def test_a_join_word_in_the_plural_joins_a_list_said_without_commas(
    text: str, expected: list[str]
) -> None:
    """ "names and phone numbers" was cut into `names`, `phone`, `numbers`."""
    from baes_tui.recognition.fields import read_fields

    assert [a.name for a in read_fields(text).attributes] == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Courts: court number, surface, floodlit",
            "Court(court_number:str,surface:str,floodlit:bool)",
        ),
        ("Freezers: label, frozen, price", "Freezer(label:str,frozen:bool,price:decimal)"),
        ("Bikes: frame number, stolen", "Bike(frame_number:str,stolen:bool)"),
    ],
)
def test_an_irregular_participle_alone_is_a_yes_no(request_text: str, expected: str) -> None:
    """Dev labels "broken", "withdrawn", "drawn", "sold" alone yes/no; "frozen", "stolen",
    "floodlit" were text."""
    assert read_right(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a participle after a noun counts or dates; "cut" is a noun
        ("Seasons: year built, goals won", "Season(year_built:int,goals_won:int)"),
        ("Gems: name, cut, colour", "Gem(name:str,cut:str,colour:str)"),
    ],
)
def test_participles_that_are_not_alone_keep_their_reading(
    request_text: str, expected: str
) -> None:
    assert reading(request_text)[1] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Donors have a blood group", "Donor(blood_group:str)"),
        ("Hives have a queen colour", "Hive(queen_colour:str)"),
        ("Volunteers have a DBS date", "Volunteer(dbs_date:date)"),
    ],
)
def test_one_value_said_of_things_is_an_addition(request_text: str, expected: str) -> None:
    """ "Each hedge has a species mix" and "Invoice needs a due date" add (dev labels every
    one-value "has"/"needs" so); "Donors have a blood group" was a new Donor, accepted."""
    assert read_right(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a list of values still describes a thing; one thing named with "a" is a definition
        (
            "Pots have a maker, a clay body and a glaze",
            "Pot(maker:str,clay_body:str,glaze:str)",
        ),
        ("A donor has a blood group", "Donor(blood_group:str)"),
        ("We need to track donors. Donors have a blood group.", "Donor(blood_group:str)"),
    ],
)
def test_things_described_or_made_are_still_created(request_text: str, expected: str) -> None:
    assert read_right(request_text) == [expected]


def test_the_writers_own_records_asked_to_also_store_a_value_add_it() -> None:
    """ "can our commission records also store F?" read nothing ("our" before the subject)."""
    assert read_right(
        "Hello - quick request: can our commission records also store the deposit amount? Ta",
        Intent.ADD_FIELDS,
    ) == ["Commission(deposit_amount:decimal)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "van making a funny noise again, no idea, anyway see you thurs",
        "van making a funny noise again",
        "boiler leaking the water again",
    ],
)
def test_news_of_a_thing_doing_something_links_nothing(request_text: str) -> None:
    """ "van making a funny noise again" was a link Van → FunnyNoise, accepted at 0.98."""
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert result.intent is not Intent.ADD_RELATIONSHIP or result.confidence < 0.6


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("students taking many courses", "Student() many_to_many>Course"),
        ("each van carrying one ladder", "Van() many_to_one>Ladder"),
    ],
)
def test_a_link_said_with_a_participle_and_a_count_still_links(
    request_text: str, expected: str
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == [expected]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "remove has sea view from room, every room has a sea view now",
            Intent.REMOVE_FIELDS,
            "Room(has_sea_view:bool)",
        ),
        (
            "Sponsors haven't sent a fax in years, so please take the fax off Sponsor.",
            Intent.REMOVE_FIELDS,
            "Sponsor(fax:str)",
        ),
        (
            "Each doctoral candidate has exactly one supervisor",
            Intent.ADD_RELATIONSHIP,
            "DoctoralCandidate() many_to_one>Supervisor",
        ),
    ],
)
def test_one_value_said_beside_a_change_is_context(
    request_text: str, intent: Intent, expected: str
) -> None:
    """The one-value rule reads a whole request of one sentence only: said beside a change or
    counted, "has" keeps its reading."""
    assert read_right(request_text, intent) == [expected]


_TWO_MODELS = """model Kiln {
  id        Int      @id @default(autoincrement())
  name      String
  maxTemp   Float?
  firings   Firing[]
}

model Firing {
  id        Int      @id @default(autoincrement())
  firedOn   DateTime
  cone      String
  kiln      Kiln     @relation(fields: [kilnId], references: [id])
  kilnId    Int
}"""


def test_a_pasted_prisma_schema_with_a_link_is_read_whole() -> None:
    """Two models linked by @relation read nothing right (the link line left the block unread:
    entities ModelKiln and ModelFiring, the link a third thing); each model is its fields, the
    @relation its many-to-one link, the key column and the back list no fields."""
    assert read_right(_TWO_MODELS) == [
        "Kiln(name:str,max_temp:float?)",
        "Firing(fired_on:datetime,cone:str) many_to_one>Kiln",
    ]


def test_a_prisma_link_to_a_model_the_paste_does_not_show_is_asked() -> None:
    """ "books Book[]" with no Book in the paste: the block is left as written (house rule:
    never half the models read)."""
    assert read("model Author {\n  name String\n  books Book[]\n}").status == (
        "needs_clarification"
    )


@pytest.mark.parametrize(
    ("field", "expected"),
    [("birthDate", "birth_date:date"), ("createdAt", "created_at:datetime")],
)
def test_a_typescript_date_is_a_day_unless_named_as_a_moment(field: str, expected: str) -> None:
    """Two writers labelled "birthDate: Date" a date; a name ending in "At" or "Time" is a
    moment."""
    text = f"interface Skater {{\n  fullName: string;\n  {field}: Date;\n}}"
    assert read_right(text) == [f"Skater(full_name:str,{expected})"]


@pytest.mark.parametrize(
    "request_text",
    [
        "type Find = { material: string; weight?: number; foundOn: Date }",
        "interface Find { material: string; weight?: number; foundOn: Date }",
    ],
)
def test_a_typescript_type_on_one_line_is_read_as_its_block(request_text: str) -> None:
    assert read_right(request_text) == ["Find(material:str,weight:float?,found_on:date)"]


def test_a_typescript_type_with_a_member_of_no_known_type_is_asked() -> None:
    assert read("type Find = { material: string; tags: string[] }").status == (
        "needs_clarification"
    )
