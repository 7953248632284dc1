"""Change or new thing, read from the words: shapes that said a change and were read as a create.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- a wish to change said without its "I" or "we" ("need to add a colour to each van", "want to
  drop the fax from Supplier") is the change, as "we need to add …" is;
- the system the owner lives in, said after it ("add a shoe size to players in the club app"),
  is a place: the fields go on the players, no new "ShoeSize" thing is made;
- one link said from both of its ends ("campers attend activities and activities have
  campers") is that link, never a thing called "CampersAttendActivity" with a count;
- an extension said in the passive by notes and minutes ("Bidders to be extended with …",
  "Vans are extended with …", "… must be extended with: …") adds to the thing that exists;
- "New fields on Thesis:" over a list adds the listed fields to Thesis.

Negations, questions, conditions and a frame said alone ("add reviews to the shop app") must
not be read as these changes.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape

# ---------------------------------------------------------------------------------------------
# A wish to change, with no subject


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("need to add a colour to each van", Intent.ADD_FIELDS, ["Van(colour:str)"]),
        (
            "want to add a hull length to every kayak",
            Intent.ADD_FIELDS,
            ["Kayak(hull_length:float)"],
        ),
        (
            "would like to add a pickup note to orders",
            Intent.ADD_FIELDS,
            ["Order(pickup_note:str)"],
        ),
        ("need to track mileage for each van", Intent.ADD_FIELDS, ["Van(mileage:int)"]),
        (
            "need to store tasting notes on each brew batch too",
            Intent.ADD_FIELDS,
            ["BrewBatch(tasting_notes:str)"],
        ),
        (
            "also need to add a website to each supplier",
            Intent.ADD_FIELDS,
            ["Supplier(website:str)"],
        ),
        ("need to remove the fax from Supplier", Intent.REMOVE_FIELDS, ["Supplier(fax:str)"]),
        ("got to drop the pager from technicians", Intent.REMOVE_FIELDS, ["Technician(pager:str)"]),
        ("want to rename the Course entity to Module", Intent.RENAME_ENTITY, ["Module<Course()"]),
        (
            "need to make the phone on Customer optional",
            Intent.MODIFY_FIELDS,
            ["Customer(phone:str?)"],
        ),
        (
            "have to link each order to one customer",
            Intent.ADD_RELATIONSHIP,
            ["Order() many_to_one>Customer"],
        ),
    ],
)
def test_a_wish_to_change_without_its_subject_is_the_change(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_list_kept_after_a_bare_need_is_still_a_new_thing() -> None:
    assert accepted("need to track books: title, author, isbn") == [
        "Book(title:str,author:str,isbn:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "don't need to add a colour to vans",
        "no need to add a colour to vans",
        "Do we need to add a colour to vans?",
        "not sure we need to add a colour to each van",
        "need to track down who scratched the van",
        "would like to make it better",
    ],
)
def test_a_bare_need_denied_doubted_or_asked_is_not_accepted(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


# ---------------------------------------------------------------------------------------------
# The owner, then the system it is kept in


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a shoe size to players in the football club app", ["Player(shoe_size:str)"]),
        (
            "Please add a tax number and an IBAN to suppliers in our invoicing system",
            ["Supplier(tax_number:str,iban:str)"],
        ),
        (
            "can you add a loyalty tier to customers in the shop database?",
            ["Customer(loyalty_tier:str)"],
        ),
        ("add a colour to vans on our fleet platform", ["Van(colour:str)"]),
        ("add a bio to speakers in the conference app please", ["Speaker(bio:str)"]),
        ("add a due date to invoices in the app", ["Invoice(due_date:date)"]),
        ("add a phone to staff in the app", ["Staff(phone:str)"]),
        (
            "Add a pronoun and a studio name to artists on the booking website",
            ["Artist(pronoun:str,studio_name:str)"],
        ),
        ("put a reorder level on parts in my inventory software", ["Part(reorder_level:int)"]),
        ("add a ring size to customers within the jewellery portal", ["Customer(ring_size:str)"]),
    ],
)
def test_the_system_said_after_the_owner_is_a_place(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Add gardeners to the greenhouse service",
        "add reviews to the shop app",
        "add a phone to the booking app",
        "Don't add a fax to suppliers in the invoicing system",
        "Should we add a fax to suppliers in the invoicing system?",
        "add a fax to suppliers in the invoicing system if the accountant agrees",
    ],
)
def test_a_system_alone_or_a_change_not_asked_is_not_accepted(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)


# ---------------------------------------------------------------------------------------------
# One link said from both ends


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "campers attend activities and activities have campers",
            ["Camper() many_to_many>Activity"],
        ),
        (
            "campers go to activities and activities have campers, connect them pls",
            ["Camper() many_to_many>Activity"],
        ),
        (
            "patients see several doctors and doctors see loads of patients",
            ["Patient() many_to_many>Doctor"],
        ),
        (
            "patients see several doctors and doctors see loads of patients, can u set that up",
            ["Patient() many_to_many>Doctor"],
        ),
        (
            "singers perform in concerts and concerts have singers",
            ["Singer() many_to_many>Concert"],
        ),
        ("pupils join clubs and clubs welcome pupils", ["Pupil() many_to_many>Club"]),
        ("hikers walk trails and trails have hikers", ["Hiker() many_to_many>Trail"]),
        ("bands play at festivals and festivals book bands", ["Band() many_to_many>Festival"]),
        ("each driver drives one van and vans have drivers", ["Driver() many_to_one>Van"]),
        (
            "Our tutors work with lots of students, please link tutors and students.",
            ["Tutor() many_to_many>Student"],
        ),
        ("Our tutors work with lots of students", ["Tutor() many_to_many>Student"]),
    ],
)
def test_one_link_said_from_both_ends_is_the_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "members borrow books and books have a title",
        "players join teams and teams have a captain",
    ],
)
def test_a_link_then_a_field_is_not_read_as_a_link_both_ways(request_text: str) -> None:
    result = read(request_text)
    assert result.intent is not Intent.ADD_RELATIONSHIP or result.status != "recognized", shape(
        result
    )


# ---------------------------------------------------------------------------------------------
# An extension said in the passive


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Bidders to be extended with band date and bedroom need", ["band_date", "bedroom_need"]),
        ("Bidder records to be extended with: band date, bedroom need (integer)", None),
        ("Bidder must be extended with: band date, bedroom need (integer)", None),
        ("Bidders need to be extended with a band date", ["band_date"]),
        ("Bidder is extended with a band date", ["band_date"]),
        ("Bidders get extended with a band date", ["band_date"]),
        ("Bidder records to be extended with the following:\n - band date\n - bedroom need", None),
        (
            "The Bidder entity shall be extended with the following:"
            "\n - band date\n - bedroom need",
            None,
        ),
        ("Bidders are to be extended with a band date", ["band_date"]),
        ("Bidders have to be extended with a band date and a bedroom need", None),
    ],
)
def test_an_extension_said_in_the_passive_adds(
    request_text: str, expected: list[str] | None
) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS, shape(result)
    assert [e.name for e in result.entities] == ["Bidder"], shape(result)
    names = [a.name for a in result.entities[0].attributes]
    assert names == (expected or ["band_date", "bedroom_need"]), shape(result)


@pytest.mark.parametrize(
    ("request_text", "owner"),
    [
        ("Vans are extended with a tail lift flag", "Van(tail_lift:bool)"),
        ("the Kennel table has to be extended with a run size", "Kennel(run_size:str)"),
        ("Kiln to be extended with these:\n - firing temperature\n - glaze", None),
    ],
)
def test_other_things_extended_in_the_passive(request_text: str, owner: str | None) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS, shape(result)
    if owner:
        assert shape(result) == [owner]


@pytest.mark.parametrize(
    "request_text",
    [
        "The Bidder entity was extended with a band date last year",
        "Bidders should not be extended with a band date",
        "the deadline is extended with two weeks",
        "Is Bidder extended with a band date?",
    ],
)
def test_an_extension_reported_denied_or_asked_is_not_accepted(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


# ---------------------------------------------------------------------------------------------
# "New fields on X:" over a list


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("New fields on Thesis:\n- viva date\n- outcome", "Thesis(viva_date:date,outcome:str)"),
        ("New fields on Thesis:\n  * viva date\n  * outcome", "Thesis(viva_date:date,outcome:str)"),
        (
            "New fields for the Thesis entity:\n- viva date\n- outcome",
            "Thesis(viva_date:date,outcome:str)",
        ),
        (
            "Additional fields on Thesis:\n- viva date\n- outcome",
            "Thesis(viva_date:date,outcome:str)",
        ),
        (
            "Two new columns on the Kiln table:\n- firing temperature\n- last fired on (date)",
            "Kiln(firing_temperature:float,last_fired_on:date)",
        ),
        (
            "Extra attributes for each hive:\n- queen colour\n- frame count (integer)",
            "Hive(queen_colour:str,frame_count:int)",
        ),
        ("More fields on Locker:\n- key code\n- floor (integer)", "Locker(key_code:str,floor:int)"),
        (
            "Additional columns for boats:\n- sail number\n- hull colour",
            "Boat(sail_number:str,hull_colour:str)",
        ),
        ("New attributes on Rider:\n- helmet size\n- licence number", None),
        ("Some new fields on Van:\n- tail lift (yes/no)\n- payload (number)", None),
    ],
)
def test_new_fields_on_a_thing_over_a_list_add_to_it(
    request_text: str, expected: str | None
) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS, shape(result)
    assert len(result.entities) == 1 and len(result.entities[0].attributes) == 2, shape(result)
    if expected:
        assert shape(result) == [expected]


def test_new_fields_in_the_app_name_no_thing() -> None:
    result = read("New fields in the app:\n- viva date\n- outcome")
    assert result.status == "needs_clarification", shape(result)


# ---------------------------------------------------------------------------------------------
# A field or two wished for things that exist, the wish shortened or said with "that"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I'd like members to have a locker number", "Member(locker_number:str)"),
        ("I'd like vans to have a tail lift flag", "Van(tail_lift:bool)"),
        ("We'd like pupils to have a house colour", "Pupil(house_colour:str)"),
        ("I\u2019d like pupils to have a house colour", "Pupil(house_colour:str)"),
        ("I want that riders have a helmet size", "Rider(helmet_size:str)"),
        ("we want that each boat has a sail number", "Boat(sail_number:str)"),
        ("I would like that guests have a dietary note", "Guest(dietary_note:str)"),
        ("I want that kennels have a cleaned at time", "Kennel(cleaned_at:datetime)"),
        ("we would like that every locker gets a key code", "Locker(key_code:str)"),
        ("I'd like clients to have a preferred contact method", None),
    ],
)
def test_a_wish_for_one_field_on_things_adds_it(request_text: str, expected: str | None) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS, shape(result)
    if expected:
        assert shape(result) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "I want that kennels have a name, a size, a run code and a heated flag",
        "I'd like a kennel register with run code, size and heated flag",
    ],
)
def test_a_thing_wished_with_what_it_is_made_of_is_still_created(request_text: str) -> None:
    assert read(request_text).intent is Intent.CREATE_ENTITY, shape(read(request_text))


def test_a_wish_denied_is_not_an_addition() -> None:
    result = read("I don't want riders to have a helmet size")
    assert result.intent is not Intent.ADD_FIELDS or result.status != "recognized", shape(result)


# ---------------------------------------------------------------------------------------------
# One field asked for, then ", and it can be blank"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "we need a discount amount on each invoice, and it can be blank",
            "Invoice(discount_amount:decimal?)",
        ),
        (
            "we need a pager number on each engineer, and it can be empty",
            "Engineer(pager_number:str?)",
        ),
        (
            "we need a pager number on each engineer, but it is optional",
            "Engineer(pager_number:str?)",
        ),
        (
            "We also want a nickname on every member, and it can be left blank.",
            "Member(nickname:str?)",
        ),
        ("please add a fax to suppliers, and it can be left blank", "Supplier(fax:str?)"),
        ("we need a fax on each supplier, but it's optional", "Supplier(fax:str?)"),
        ("add a middle name to Guest, and it is optional", "Guest(middle_name:str?)"),
        (
            "we need a locker code on each rider, and it can be blank for most of them",
            "Rider(locker_code:str?)",
        ),
        ("we need a gate code on each room, and it is not required", "Room(gate_code:str?)"),
        ("we need a nickname on each camper, though it is optional", "Camper(nickname:str?)"),
    ],
)
def test_it_made_optional_after_and_is_the_field_just_asked_for(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_it_made_required_is_no_optional_marker() -> None:
    result = read("we need a nickname on every member, and it is required")
    assert all(a.required for e in result.entities for a in e.attributes), shape(result)


# ---------------------------------------------------------------------------------------------
# A verb of making before a colon, or after the system and a comma


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("create: Tent (label, capacity) and Camper (name, age)", 2),
        ("Please create: Tent (label, capacity) and Camper (name, age)", 2),
        ("Camp app - create: Tent (label, capacity) and Camper (name, age)", 2),
        ("create: a Tent entity with label and capacity", 1),
        ("Create: Tent (label, capacity)", 1),
        ("set up: tents with label and capacity", 1),
        ("Camp app, create Tent (label, capacity) and Camper (name, age)", 2),
        (
            "Gym booking system, please create Member (name, email) and Session (title, starts at)",
            2,
        ),
        ("Gym booking system, create members with name and email", 1),
        ("Rota tool, set up shifts with start at and end at", 1),
        ("Kennel database, make kennels with run code and size", 1),
    ],
)
def test_a_verb_of_making_heads_what_it_makes(request_text: str, expected: int) -> None:
    reading = accepted(request_text)
    assert len(reading) == expected and all("()" not in r for r in reading), reading


@pytest.mark.parametrize(
    "request_text",
    [
        "our app, make it better",
        "The new app, make sure it is fast",
        "create: nothing yet",
        "Our app, create a report of last month",
    ],
)
def test_a_making_verb_with_nothing_to_make_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


def test_build_or_make_before_a_colon_may_name_a_thing() -> None:
    """ "Build: drop duration" changes a CI Build; "Make:" may be a car make."""
    assert read("Build: drop duration_seconds").intent is Intent.REMOVE_FIELDS


# ---------------------------------------------------------------------------------------------
# "each site": records kept, not the system


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a start date to each site", "Site(start_date:date)"),
        ("put a gate code on every site", "Site(gate_code:str)"),
        ("please add an opening date to every site", "Site(opening_date:date)"),
    ],
)
def test_each_site_is_a_record_kept(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text", ["add a start date to the site", "add reviews to each shop app"]
)
def test_the_site_or_an_app_alone_is_still_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


# ---------------------------------------------------------------------------------------------
# A change, then the group that lacks the value, as its reason


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "make the mobile number on Driver not mandatory, agency drivers don't always have one",
            "Driver(mobile_number:str?)",
        ),
        (
            "make the mobile number on Driver optional, agency drivers dont always hve one",
            "Driver(mobile_number:str?)",
        ),
        ("make patient email optional, a lot don't have one", "Patient(email:email?)"),
        ("make patient email optional , alot dont have one", "Patient(email:email?)"),
        (
            "make the phone on Guest optional, walk-in guests don't always give one",
            "Guest(phone:str?)",
        ),
        ("make the phone on Guest optional, our guests never have one", "Guest(phone:str?)"),
        (
            "make the email on Tenant optional, older tenants rarely have one",
            "Tenant(email:email?)",
        ),
        (
            "make the licence number on Rider not required, junior riders don't have one",
            "Rider(licence_number:str?)",
        ),
        ("make the gate code on Plot optional, new plots never get one", "Plot(gate_code:str?)"),
        (
            "make the pager on Engineer optional, most engineers don't carry one",
            "Engineer(pager:str?)",
        ),
    ],
)
def test_who_lacks_the_value_is_the_reason_not_a_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "guests don't have one",
        "our drivers never have one",
        "make the phone on Guest optional, guests don't have one, and remove the fax from Supplier",
    ],
)
def test_the_reason_alone_or_beside_a_second_ask_is_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


# ---------------------------------------------------------------------------------------------
# "On X:" over bullets that are each a change


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("On Shelf:\n- 'Lbl' becomes 'Label'", Intent.RENAME_FIELD, "Shelf(label:str<lbl)"),
        ("On Shelf:\n- lbl becomes label", Intent.RENAME_FIELD, "Shelf(label:str<lbl)"),
        ("On Shelf:\n- remove the barcode", Intent.REMOVE_FIELDS, "Shelf(barcode:str)"),
        ("On Shelf:\n- make width optional", Intent.MODIFY_FIELDS, "Shelf(width:float?)"),
        ("On Shelf:\n- rename lbl to label", Intent.RENAME_FIELD, "Shelf(label:str<lbl)"),
        (
            "On the Shelf entity:\n- rename lbl to label",
            Intent.RENAME_FIELD,
            "Shelf(label:str<lbl)",
        ),
        ("For Shelf:\n- rename lbl to label", Intent.RENAME_FIELD, "Shelf(label:str<lbl)"),
        ("On Shelf:\n- add a bay number", Intent.ADD_FIELDS, "Shelf(bay_number:str)"),
        (
            "Fixes needed on Lodge (from the Friday call)\n- beds should be a whole number\n"
            "- keep all existing lodges",
            Intent.MODIFY_FIELDS,
            "Lodge(beds:int)",
        ),
        (
            "Quick fixes on Boat (from the AGM)\n- hull colour should be optional\n"
            "- keep all existing boats",
            Intent.MODIFY_FIELDS,
            "Boat(hull_colour:str?)",
        ),
    ],
)
def test_changes_under_a_line_naming_the_thing_are_made_to_it(
    request_text: str, intent: Intent, expected: str
) -> None:
    result = read(request_text)
    assert result.intent is intent, shape(result)
    assert shape(result) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("On Monday:\n- remove the fax from Supplier", "Supplier(fax:str)"),
        ("On reflection:\n- remove the fax from Supplier", "Supplier(fax:str)"),
        (
            "On second thought:\n- rename loc to location on StockItem",
            "StockItem(location:str<loc)",
        ),
    ],
)
def test_a_bullet_naming_its_own_thing_keeps_it(request_text: str, expected: str) -> None:
    assert shape(read(request_text)) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        "On Monday:\n- remove the fax",
        "For now:\n- make the phone optional",
        "On Shelf:\n- remove the barcode\n- add a bay number",
        "For the app:\n- add a login page",
    ],
)
def test_a_line_of_when_or_two_kinds_of_change_are_asked(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification", shape(read(request_text))


def test_a_line_over_fields_is_not_read_as_changes() -> None:
    result = read("On Shelf:\n- width\n- height")
    assert result.intent is not Intent.REMOVE_FIELDS, shape(result)


# ---------------------------------------------------------------------------------------------
# An item taken back right after it was asked for


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a fax and a pager to Guest - actually scratch the fax", "Guest(pager:str)"),
        ("add a fax and a pager to Guest, actually forget the fax", "Guest(pager:str)"),
        ("add a fax and a pager to Guest. Actually, leave out the fax.", "Guest(pager:str)"),
        ("Put a fax and a pager on Guest — actually scratch the fax", "Guest(pager:str)"),
        (
            "Add a fax, a pager and a nickname to Guest. Actually, scratch the fax.",
            "Guest(pager:str,nickname:str)",
        ),
        (
            "add the fax number and a pager to Guest, actually forget the fax number",
            "Guest(pager:str)",
        ),
        (
            "Please add a gate code and a bay number to each Shelf - actually skip the gate code",
            "Shelf(bay_number:str)",
        ),
        ("add a fax and a pager to Guest - actually scratch the pager", "Guest(fax:str)"),
        ("add a fax and a pager to Guest - actually drop the pager", "Guest(fax:str)"),
        (
            "Add a locker and a towel to each Member, actually scratch the towel, nobody uses them",
            "Member(locker:str)",
        ),
    ],
)
def test_an_item_taken_back_leaves_the_addition(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_name_of_two_words_after_to_is_not_taken_for_the_item_end() -> None:
    result = read("add a fax and a pager to Guest Services - actually scratch the pager")
    assert "pager" not in [a.name for e in result.entities for a in e.attributes], shape(result)
