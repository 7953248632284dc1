"""Families of readings that were wrong on dev (branch devmiss), each in wording of its own:
what a person relies on when the rules read a request without asking."""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, reading, shape


# --- the word after "to" is a verb, never part of the entity's name -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a librarian I want to book rooms with a room name, a date and an optional note",
         ["Room(room_name:str,date_value:date,note:str?)"]),
        ("We need to file complaints with a subject, a description and a received date",
         ["Complaint(subject:str,description:str,received_date:date)"]),
    ],
)  # fmt: skip
def test_a_verb_after_to_is_not_part_of_the_entity(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == expected


# --- a participle after a plural starts a clause: the name ends before it -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track garden tools loaned to neighbours with tool name, borrower and due date",
         ["GardenTool(tool_name:str,borrower:str,due_date:date)"]),
        ("Record the parcels returned by customers: parcel code, reason, received date",
         ["Parcel(parcel_code:str,reason:str,received_date:date)"]),
    ],
)  # fmt: skip
def test_a_participle_after_the_entity_is_no_part_of_its_name(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.intent is Intent.CREATE_ENTITY
    assert shape(result) == expected


# --- a verb of keeping or seeing before "the …" is not part of the field --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a dispatcher I want to look up drivers by their licence and see the home depot, "
         "the phone and whether they are on leave, so that I can plan routes.",
         ["Driver(licence:str,home_depot:str,phone:str,is_on_leave:bool)"]),
        ("As a coach I want to track players with a name, a shirt number, and record the "
         "ranking, so that picking teams is fair.",
         ["Player(name:str,shirt_number:str,ranking:str)"]),
    ],
)  # fmt: skip
def test_a_verb_before_the_field_is_not_part_of_its_name(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == expected


def test_a_practice_said_with_a_verb_of_keeping_is_still_no_field() -> None:
    result = read("Exhibits\n\nRequirements:\n- Exhibit entity with just:\n  - title\n  - room\n"
                  "- Keep the code tidy and documented")  # fmt: skip
    assert shape(result) == ["Exhibit(title:str,room:str)"]


# --- "current" says which value a field holds: it stays in the name -------------------------------
def test_current_stays_in_a_field_name() -> None:
    result = read("Keep accounts with owner, current balance and previous balance")
    assert shape(result) == ["Account(owner:str,current_balance:decimal,previous_balance:decimal)"]


def test_a_later_sentence_makes_a_current_field_optional() -> None:
    result = read("Track lockers with locker number, size and current holder. "
                  "The current holder can be empty when the locker is free.")  # fmt: skip
    assert shape(result) == ["Locker(locker_number:str,size:str,current_holder:str?)"]


# --- "work" opens a relationship only before its preposition --------------------------------------
def test_a_field_starting_with_work_does_not_end_the_list() -> None:
    result = read("Store our volunteers: their names, work phones, job titles and home towns.")
    assert shape(result) == ["Volunteer(name:str,work_phone:str,job_title:str,home_town:str)"]


def test_works_in_after_a_list_is_still_a_relationship() -> None:
    result = read("Keep nurses with name and badge number, and work in one ward.")
    assert shape(result) == ["Nurse(name:str,badge_number:str) many_to_one>Ward"]


# --- one value per record takes the singular's type -----------------------------------------------
def test_plural_possessive_emails_are_one_email_each() -> None:
    result = read("Track our tutors: their names, private emails and hourly rates.")
    assert shape(result) == ["Tutor(name:str,private_email:email,hourly_rate:decimal)"]


# --- who may act on records is a permission, not a relationship -----------------------------------
@pytest.mark.parametrize(
    "request_text",
    [
        "Keep courses with title, code and credits. Only teachers may update courses.",
        "Store invoices: number, total, due date. Managers can delete invoices.",
        "Track bookings with guest name and arrival date. Receptionists can view bookings.",
    ],
)
def test_a_permission_sentence_is_no_relationship(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "recognized"
    assert [e.relationships for e in result.entities] == [()]
    assert len(result.entities) == 1
    assert any("can" in r or "may" in r for r in result.business_rules)


# --- "belongs to one X" said of the entity in context ---------------------------------------------
def test_each_belonging_to_one_links_the_entity_before_it() -> None:
    result = read("Requirements:\n- Desks, each belonging to one office.\n"
                  "- Desk fields: label, floor (int), standing (yes/no).")  # fmt: skip
    assert shape(result) == ["Desk(label:str,floor:int,standing:bool) many_to_one>Office"]


def test_a_belongs_to_bullet_under_a_header_is_a_relationship_not_a_field() -> None:
    result = read("## Locker\n- label\n- floor (int)\n- belongs to a single Gym")
    assert shape(result) == ["Locker(label:str,floor:int) many_to_one>Gym"]
    assert result.status == "recognized"


# --- a PascalCase name that starts with a gerund is one name --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Requirements:\n- RecordingSession entity with just:\n  - studio\n  - length (int)",
         ["RecordingSession(studio:str,length:int)"]),
        ("BuildingInspection entity with inspector name and visit date",
         ["BuildingInspection(inspector_name:str,visit_date:date)"]),
    ],
)  # fmt: skip
def test_a_gerund_inside_a_pascal_case_name_is_no_verb(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert result.intent is Intent.CREATE_ENTITY
    assert shape(result) == expected


# --- "and" after a group of fields joins the outer list -------------------------------------------
def test_and_after_a_parenthesised_group_opens_the_next_item() -> None:
    result = read("For the choir: singers (name, voice part), concerts (venue, date) and a "
                  "many-to-many between singers and concerts.")  # fmt: skip
    assert shape(result) == [
        "Singer(name:str,voice_part:str) many_to_many>Concert",
        "Concert(venue:str,date_value:date)",
    ]


def test_and_after_an_annotation_keeps_the_list_whole() -> None:
    result = read("Keep boilers: serial number, pressure (number, in bar) and a serviced flag")
    assert shape(result) == ["Boiler(serial_number:str,pressure:float,serviced:bool)"]


# --- "whether" misspelt as a real word, contractions without their apostrophe ---------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("need a couriers list!! name, van plate and wether theyre on holiday",
         ["Courier(name:str,van_plate:str,is_on_holiday:bool)"]),
        ("keep lockers: number, size and weather its taken",
         ["Locker(number:str,size:str,is_taken:bool)"]),
    ],
)  # fmt: skip
def test_whether_misspelt_still_makes_a_yes_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- nothing but optional fields, said as "X has F", is an addition -------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("As a librarian I want members to have an optional nickname so that cards look "
         "friendlier.", ["Member(nickname:str?)"]),
        ("Each bike has an optional basket size and an optional bell colour",
         ["Bike(basket_size:str?,bell_colour:str?)"]),
    ],
)  # fmt: skip
def test_only_optional_fields_on_a_thing_add_to_it(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert result.intent is Intent.ADD_FIELDS
    assert shape(result) == expected


def test_a_required_field_beside_optional_ones_still_creates() -> None:
    result = read("Each bike has a frame number and an optional basket size")
    assert result.intent is Intent.CREATE_ENTITY


# --- "an app for support tickets": the plural complement names the entity -------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a ticketing app for bug reports with title, severity and a fixed flag",
         ["BugReport(title:str,severity:str,fixed:bool)"]),
        ("Set up a parking app for staff permits with holder name and expiry date",
         ["StaffPermit(holder_name:str,expiry_date:date)"]),
    ],
)  # fmt: skip
def test_a_plural_after_a_frame_is_the_entity_with_its_modifier(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- a capitalised name the person wrote is a noun, whatever its head's main sense ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Add a due date and an amount to LibraryFine.",
         ["LibraryFine(due_date:date,amount:decimal)"]),
        ("LibraryFine: + waived: bool", ["LibraryFine(waived:bool)"]),
    ],
)  # fmt: skip
def test_a_written_name_with_an_adjective_like_head_is_not_doubted(
    request_text: str, expected: list[str]
) -> None:
    result = read(request_text)
    assert (result.status, shape(result)) == ("recognized", expected)


def test_a_lowercase_adjective_head_is_still_doubted() -> None:
    from baes_tui.recognition.confidence import features_of
    from baes_tui.recognition.text import clean
    from tests.support.recognition import RECOGNIZER

    for text, doubted in (("Add a due date to LibraryFine.", 0.0),
                          ("add a due date to the library fine", 1.0)):  # fmt: skip
        cleaned = clean(text)
        assert features_of(RECOGNIZER.draft(cleaned), cleaned)["entity_not_noun"] == doubted


# --- relationship statements in the forms the docs promise ----------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Pupils and clubs are linked.", ["Pupil() many_to_many>Club"]),
        ("Riders and horses should be related to each other", ["Rider() many_to_many>Horse"]),
        ("Please add a many-to-many between volunteers and events",
         ["Volunteer() many_to_many>Event"]),
        ("Link every parcel to a single depot.", ["Parcel() many_to_one>Depot"]),
        ("Carton -> Pallet (many-to-one)", ["Carton() many_to_one>Pallet"]),
        ("Pallets -> Shelves (many to many)", ["Pallet() many_to_many>Shelf"]),
    ],
)  # fmt: skip
def test_terse_and_passive_links_are_relationships(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_RELATIONSHIP)
    assert shape(result) == expected


def test_linked_entities_inside_a_create_get_their_link() -> None:
    result = read("Create depots with name and city, and vans with plate and capacity. "
                  "Vans and depots are linked.")  # fmt: skip
    assert shape(result) == [
        "Depot(name:str,city:str)",
        "Van(plate:str,capacity:int) many_to_many>Depot",
    ]


def test_an_arrow_to_a_field_list_is_no_relationship() -> None:
    result = read("Carton -> Pallet (many-to-one), Shelf")
    assert result.intent is not Intent.ADD_RELATIONSHIP or result.status != "recognized"


# --- a markdown table of fields is a field list ---------------------------------------------------
def test_a_field_table_under_a_heading_is_the_entitys_field_list() -> None:
    result = read("### Locker\n| field | type |\n|---|---|\n| label | text |\n"
                  "| width | number |\n| has lock | bool |")  # fmt: skip
    assert (result.status, result.intent) == ("recognized", Intent.CREATE_ENTITY)
    assert shape(result) == ["Locker(label:str,width:float,has_lock:bool)"]


def test_a_required_column_marks_the_optional_fields() -> None:
    result = read("Requirements:\n- A voucher entity with these fields:\n\n"
                  "| Name | Type | Required |\n|------|------|----------|\n"
                  "| code | string | yes |\n| value | decimal | yes |\n"
                  "| expires on | date | no |\n\n- Run migrations on start-up")  # fmt: skip
    assert shape(result) == ["Voucher(code:str,value:decimal,expires_on:date?)"]


def test_a_table_that_lists_no_fields_is_left_alone() -> None:
    from baes_tui.recognition.text import clean

    table = "| city | visitors |\n|---|---|\n| Leeds | 40 |"
    assert clean(table).text == table


def test_linked_with_its_kind_in_parentheses() -> None:
    result = read("Lockers and members are linked (many-to-many).")
    assert shape(result) == ["Locker() many_to_many>Member"]


@pytest.mark.parametrize("intro", ["with these fields:", "with the following attributes:"])
def test_a_header_naming_its_fields_adds_no_field_called_fields(intro: str) -> None:
    result = read(f"Requirements:\n- A kayak entity {intro}\n  - hull number\n  - length (number)")
    assert shape(result) == ["Kayak(hull_number:str,length:float)"]


# --- "has X" after a list is the list's last item, not a sentence about the items -----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Cabins: name, sleeps (int), has sauna", ["Cabin(name:str,sleeps:int,has_sauna:bool)"]),
        ("Cabin -> name, lake view, has jetty", ["Cabin(name:str,lake_view:str,has_jetty:bool)"]),
    ],
)  # fmt: skip
def test_has_after_a_list_is_a_yes_no_field(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, shape(result)) == ("recognized", expected)


def test_plural_subjects_with_have_still_share_the_fields() -> None:
    result = read("Both cabins and tents have a price and a capacity")
    assert [e.name for e in result.entities] == ["Cabin", "Tent"]


# --- a dictionary word is never "repaired" into a glue word ---------------------------------------
@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Keep bikes with frame number and rack size", "rack_size"),
        ("Track wounds with a sore area and a dressing date", "sore_area"),
    ],
)
def test_a_real_word_in_a_field_is_not_read_as_a_typo(request_text: str, field: str) -> None:
    assert field in [a.name for a in read(request_text).entities[0].attributes]


def test_a_misspelt_glue_word_is_still_repaired() -> None:
    result = read("i need to trak pets with name and age")
    assert shape(result) == ["Pet(name:str,age:int)"]


# --- "a X has F" after a colon opens X's field list -----------------------------------------------
def test_a_sentence_about_one_thing_after_a_colon_opens_its_fields() -> None:
    result = read("We need schools and pupils: a school has a name, town and head teacher; "
                  "a pupil has a full name, birth date and year group.")  # fmt: skip
    assert shape(result) == [
        "School(name:str,town:str,head_teacher:str)",
        "Pupil(full_name:str,birth_date:date,year_group:str)",
    ]


# --- "stock level" is the stock: a count ----------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "kind"),
    [("stock level", "int"), ("price level", "decimal"), ("skill level", "str")],
)
def test_a_level_of_a_quantity_takes_the_quantitys_type(words: str, kind: str) -> None:
    from baes_tui.recognition.fields import infer_type

    assert infer_type(words.split()).value == kind


# --- "optional, not required": the opposite denied restates the change ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("so the backup email on Tutor should be optional, not mandatory",
         ["Tutor(backup_email:email?)"]),
        ("the gate code on Depot must be required, not optional", ["Depot(gate_code:str)"]),
    ],
)  # fmt: skip
def test_a_denied_opposite_does_not_hide_the_change(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS)
    assert shape(result) == expected


# --- "have X also store F" is X storing F; talk after it does not make it a create ----------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is it possible to have the Tenant entity also store the parking bay?",
         ["Tenant(parking_bay:str)"]),
        ("We'd like to have Boat also record the mooring number",
         ["Boat(mooring_number:str)"]),
    ],
)  # fmt: skip
def test_having_an_entity_store_a_field_adds_it(request_text: str, expected: list[str]) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == expected


def test_a_need_for_a_screen_after_an_addition_keeps_it_an_addition() -> None:
    result = read("Could the Tenant entity also store the parking bay? "
                  "We'd need it for the front desk screen.")  # fmt: skip
    assert (result.intent, shape(result)) == (Intent.ADD_FIELDS, ["Tenant(parking_bay:str)"])


# --- a bare plural read as text doubts itself: it usually counts things ---------------------------
@pytest.mark.parametrize(
    ("request_text", "status"),
    [
        ("Keep recipes with name, portions and a vegan flag", "needs_clarification"),
        ("Keep recipes with name, notes and a vegan flag", "recognized"),
        ("Keep recipes with name, portions (int) and a vegan flag", "recognized"),
        ("Set up interpreters with name, email and languages", "recognized"),
    ],
)
def test_a_plural_field_read_as_text_is_asked_about(request_text: str, status: str) -> None:
    assert read(request_text).status == status


def test_plural_names_read_as_text_are_not_doubted() -> None:
    assert read("Keep volunteers with names and phone numbers").status == "recognized"


def test_a_need_for_a_system_before_the_fields_still_creates() -> None:
    result = read("I need system for the pupils of schools. Every pupil have name, class "
                  "and also the bus route.")  # fmt: skip
    assert result.intent is Intent.CREATE_ENTITY


def test_a_field_table_without_a_rule_row_and_a_notes_column() -> None:
    result = read("Dogs\nFields:\n| name | type | notes |\n| dog name | text | |\n"
                  "| weight | float | kg |\n| vet phone | text | optional |")  # fmt: skip
    assert (result.status, shape(result)) == (
        "recognized",
        ["Dog(dog_name:str,weight:float,vet_phone:str?)"],
    )


# --- "a new boolean field called X": the field is X -----------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kayak needs a new text field called hull colour.", ["Kayak(hull_colour:str)"]),
        ("Locker needs a new integer column named floor.", ["Locker(floor:int)"]),
    ],
)  # fmt: skip
def test_a_field_called_x_is_named_x(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, expected)


# --- a misspelt "thanks"/"please" is courtesy, a plural of a real word is no typo -----------------
def test_a_misspelt_thanks_is_not_part_of_the_last_field() -> None:
    result = read("need a thing for kayaks: hull number, colour, daily price thnaks")
    assert shape(result) == ["Kayak(hull_number:str,colour:str,daily_price:decimal)"]


def test_a_plural_of_a_real_word_is_not_repaired() -> None:
    result = read("Keep the tanks with tank number and capacity")
    assert shape(result) == ["Tank(tank_number:str,capacity:int)"]
