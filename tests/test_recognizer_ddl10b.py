"""Links, changes and lists as SQL and ORM developers write them (branch ddl10b).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a pasted line that declares a link ("Invoice belongs_to :customer", "`tags =
models.ManyToManyField(Tag)`", "FOREIGN KEY (shelf_id) REFERENCES shelves(id)") is the link,
never a field named after it or a thing named after the macro; the same words said in plain
English keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Invoice belongs_to :customer", ["Invoice() many_to_one>Customer"]),
        ("Kennel has_many :dogs", ["Kennel() many_to_many>Dog"]),
        ("Locker has_one :padlock", ["Locker() many_to_one>Padlock"]),
        ("Article has_and_belongs_to_many :labels", ["Article() many_to_many>Label"]),
        (
            "Ticket belongs_to :reporter, class_name: 'Engineer', optional: true",
            ["Ticket() many_to_one>Engineer"],
        ),
        (
            "class Orchard < ApplicationRecord\n  has_many :trees\nend",
            ["Orchard() many_to_many>Tree"],
        ),
        ("Bakery: `ovens = models.ManyToManyField(Oven)`", ["Bakery() many_to_many>Oven"]),
        (
            "On Lesson add `tutor = models.ForeignKey(Tutor, on_delete=models.CASCADE)`",
            ["Lesson() many_to_one>Tutor"],
        ),
        (
            "add `locker = models.OneToOneField(Locker)` to Member",
            ["Member() many_to_one>Locker"],
        ),
        (
            "ALTER TABLE loans ADD CONSTRAINT fk_loan_branch FOREIGN KEY (branch_id) "
            "REFERENCES branches(id);",
            ["Loan() many_to_one>Branch"],
        ),
        (
            "add a foreign key on invoices: vendor_id REFERENCES vendors(id)",
            ["Invoice() many_to_one>Vendor"],
        ),
        (
            "add this relation to model Booking:\n"
            "  guest   Guest @relation(fields: [guestId], references: [id])\n"
            "  guestId Int",
            ["Booking() many_to_one>Guest"],
        ),
    ],
)
def test_a_pasted_link_is_the_link(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Invoice belongs to one customer", ["Invoice() many_to_one>Customer"]),
        ("Kennel has many dogs", ["Kennel() many_to_many>Dog"]),
        ("Relate Locker to Padlock", ["Locker() many_to_one>Padlock"]),
    ],
)
def test_the_same_link_in_words_keeps_its_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, expected)


def test_a_has_flag_field_is_no_link() -> None:
    intent, shape = reading("Add a has_many_floors flag to Building")
    assert intent == Intent.ADD_FIELDS and shape == ["Building(has_many_floors:bool)"], shape


def test_a_prisma_scalar_field_is_no_link() -> None:
    _, shape = reading("add to model Booking:\n  nights Int\n  guestName String")
    assert all("many_to" not in s for s in shape), shape


# "an is_active boolean", "is open as bool": the "is" of a yes/no name is no type said, the
# "as" after it is; "a notes text field": a type word before the field word (after a plural or
# a written thing, which no kind of text is named by)
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create a Locker entity with code, an is_rented boolean, and a remarks text field",
            ["Locker(code:str,is_rented:bool,remarks:str)"],
        ),
        (
            "Add an ingredients text field and a has_lid as bool to Jar",
            ["Jar(ingredients:str,has_lid:bool)"],
        ),
    ],
)
def test_a_type_said_after_a_name_is_no_part_of_it(request_text: str, expected: list[str]) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("Add") else Intent.CREATE_ENTITY
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a help text field to Form", ["Form(help_text:str)"]),
        ("Add a due date field to Form", ["Form(due_date:date)"]),
        ("Add a free text field to Form", ["Form(free_text:str)"]),
    ],
)
def test_a_kind_of_text_keeps_its_name(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


# "currency too, just the 3-letter code": what the value is, said of the item before it
def test_just_the_after_an_item_says_what_it_holds() -> None:
    assert read_right(
        "Create a Parcel entity with weight and sender. Oh and country too, just the 2-letter code."
    ) == ["Parcel(weight:float,sender:str,country:str)"]


# "add two columns to the Kiln model — glaze and cone": the dash opens the list of what is
# added, as a colon does; "Kiln model — glaze, cone" still creates Kiln
def test_a_dash_after_where_fields_go_opens_an_added_list() -> None:
    assert read_right(
        "could we add two columns to the Kiln table — glaze as a varchar and cone as an integer?",
        Intent.ADD_FIELDS,
    ) == ["Kiln(glaze:str,cone:int)"]


def test_a_thing_with_a_dash_is_still_created() -> None:
    assert reading("Kiln model — glaze, cone") == (
        Intent.CREATE_ENTITY,
        ["Kiln(glaze:str,cone:str)"],
    )


# "I need a Dive with depth, site, and it belongs to one Trip": the link said last in the list
# is the new thing's link, not where the fields go
def test_a_link_ending_a_needed_list_is_the_new_things() -> None:
    assert read_right("I need a Dive model with depth (int), site, and it belongs to one Trip") == [
        "Dive(depth:int,site:str) many_to_one>Trip"
    ]


def test_fields_needed_on_a_thing_are_added_to_it() -> None:
    assert reading("I need to add depth and site to Trip") == (
        Intent.ADD_FIELDS,
        ["Trip(depth:float,site:str)"],
    )


# "add an owner relationship to Repository, pointing at User": the link is named by its role,
# the thing it points at is said after it
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Add a reviewer relationship to the Article entity, pointing at Editor.",
            ["Article() many_to_one>Editor"],
        ),
        (
            "add an approver link to Invoice that points to Manager",
            ["Invoice() many_to_one>Manager"],
        ),
    ],
)
def test_a_link_named_by_its_role_points_at_its_target(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_link_named_by_its_target_keeps_it() -> None:
    assert reading("Add a customer relationship to Order") == (
        Intent.ADD_RELATIONSHIP,
        ["Order() many_to_one>Customer"],
    )


# "(payments moved to Stripe) so we can delete the Voucher model": after background, "so we
# can" and a removal of a thing said as a thing is the ask
@pytest.mark.parametrize(
    "request_text",
    [
        "rentals are all handled in Booqable these days, so we can delete the Kayak model.",
        "the council took over the allotments, so we can drop the Plot table entirely",
    ],
)
def test_so_we_can_delete_a_thing_after_background(request_text: str) -> None:
    entity = "Kayak" if "Kayak" in request_text else "Plot"
    assert read_right(request_text, Intent.REMOVE_ENTITY) == [f"{entity}()"]


# "can we stick a key column on the Translation model?": a field stuck on a thing is put on it
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could we stick a barcode column on the Kettle model?", ["Kettle(barcode:str)"]),
        ("slap a fragile flag onto Parcel please", ["Parcel(fragile:bool)"]),
    ],
)
def test_a_field_stuck_on_a_thing_is_added(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == expected


# "Hive (hive_code, location)": a thing written as a name, then its fields; the identifier
# first in the group is a field, not the words before it described
def test_an_identifier_first_in_a_named_group_is_a_field() -> None:
    assert read_right(
        "Create Tutor (name, phone) and Lesson (lesson_code, room, starts_at datetime)"
    ) == ["Tutor(name:str,phone:str)", "Lesson(lesson_code:str,room:str,starts_at:datetime)"]


# "an ingredient shows up in many recipes": turning up in things is appearing in them, and "the
# same X" said after a link is any one X
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("a spice turns up in several dishes", ["Spice() many_to_many>Dish"]),
        (
            "Albums hold many songs and the same song shows up in many albums.",
            ["Album() many_to_many>Song"],
        ),
    ],
)
def test_showing_up_in_things_is_appearing_in_them(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.ADD_RELATIONSHIP) == expected


# "Link playlists and tracks (join table playlist_tracks …)": how a many-to-many link is kept
# names no thing and no field
def test_a_join_table_in_brackets_is_how_a_link_is_kept() -> None:
    assert reading("Link kennels and dogs (via a junction table)") == (
        Intent.ADD_RELATIONSHIP,
        ["Kennel() many_to_many>Dog"],
    )


# "a grade (string, like 6b+)": a type, then an example value, annotate the one field before
# them; "(title, like count)" still lists fields
def test_a_type_then_an_example_in_brackets_annotates_one_field() -> None:
    assert read_right("Make a Boulder model with a grade (text, like V4) and a colour") == [
        "Boulder(grade:str,colour:str)"
    ]


def test_like_before_a_field_word_is_no_example() -> None:
    _, shape = reading("Create Post (title, like count, body)")
    assert shape == ["Post(title:str,like_count:int,body:str)"], shape


# "We're renaming Tenant to Organization": the rename under way is the one asked for
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("We're renaming Kiln to Furnace everywhere", Intent.RENAME_ENTITY, ["Furnace<Kiln()"]),
        (
            "we are renaming the email field to contact email on Tutor",
            Intent.RENAME_FIELD,
            ["Tutor(contact_email:str<email)"],
        ),
    ],
)
def test_a_rename_under_way_is_asked(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert read_right(request_text, intent) == expected


# "the capacity on the Venue model is a varchar, can we make it an integer?": the marker after
# the thing names it as the bare name does, and the field said is no owner of itself
@pytest.mark.parametrize(
    "request_text",
    [
        "the depth on the Borehole model is text right now, can you switch it to a float?",
        "depth on the Borehole entity is a string, could we make it a float?",
        "the depth on Borehole is a string, can we make it a float?",
    ],
)
def test_a_field_said_on_a_marked_thing_then_changed(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Borehole(depth:float)"]


# "Create a Scene with number and location. It belongs to one Production.": "it" or "each one"
# in a sentence of its own, linking to a counted thing, is the one thing created (the link was
# lost while the create was accepted)
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create a Buoy entity with code and colour. It belongs to one Harbour.",
            ["Buoy(code:str,colour:str) many_to_one>Harbour"],
        ),
        (
            "Make a Buoy model with code and colour. Each one is linked to many sensors.",
            ["Buoy(code:str,colour:str) many_to_many>Sensor"],
        ),
    ],
)
def test_it_links_back_to_the_one_thing_created(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected
