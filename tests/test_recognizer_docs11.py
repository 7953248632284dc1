"""Requirement documents (docs11): titles, scope lines, field lists under a sentence, notes.

Every request here is written for this file (none is copied from the corpus). Each family is a
way a requirement document is written that read wrong; its counterparts keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading, shape


# --- a line of sentences whose last one heads the list below --------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Box register\n\nWe lend about 20 boxes a week. For each box we need:\n- colour\n"
         "- weight\n- owner name\n\nOther:\n- tests please",
         ["Box(colour:str,weight:float,owner_name:str)"]),
        ("Kayak hire\n\nWe rent kayaks to tourists all summer. For each kayak we need:\n"
         "- colour\n- length\n- seats",
         ["Kayak(colour:str,length:float,seats:int)"]),
        ("Choir library\n\nWe lend printed scores to singers. For every score:\n- title\n"
         "- composer\n- copies",
         ["Score(title:str,composer:str,copies:int)"]),
    ],
)  # fmt: skip
def test_the_sentence_ending_a_line_with_a_colon_heads_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_line_opening_with_a_label_in_brackets_keeps_its_reading() -> None:
    # "(b) Each …:" after a sentence on the same line: the label is no sentence's start
    result = read(
        "DOC-7 Kiln Records (a) The system shall hold a kiln record for each firing. "
        "(b) Each kiln record shall contain:\n    - kiln code\n    - fired at\n    - peak "
        "temperature"
    )
    assert not (result.status == "recognized" and shape(result)[0].startswith("B("))


# --- "Need to track:" and "What we need per X:" over a list ---------------------------------------
def test_need_to_track_names_no_track() -> None:
    result = read("Kit hire - tents\n\nNeed to track:\n- brand\n- size\n- nightly fee")
    assert all(e.name != "Track" for e in result.entities)
    assert result.status == "needs_clarification"


def test_we_need_to_record_over_a_list_gives_the_fields_of_the_thing_in_context() -> None:
    assert read_right(
        "Bike loans\n\nWe lend bikes to staff. We need to record:\n- frame number\n- colour\n"
        "- loan date"
    ) == ["BikeLoan(frame_number:str,colour:str,loan_date:date)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Canoe log\n\nWhat we need per canoe:\n  * hull number\n  * colour\n  * length",
         ["Canoe(hull_number:str,colour:str,length:float)"]),
        ("Lamp stock\n\nwhat I need per lamp:\n- wattage\n- colour\n- price",
         ["Lamp(wattage:float,colour:str,price:decimal)"]),
        ("Per canoe we need:\n  * hull number\n  * colour",
         ["Canoe(hull_number:str,colour:str)"]),
    ],
)  # fmt: skip
def test_what_we_need_per_thing_heads_its_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- "Fields we need on X:" -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Fields we need on Owner:\n* full name\n* email\n* phone",
         ["Owner(full_name:str,email:email,phone:str)"]),
        ("Lighthouse log\n\nFields needed for a keeper:\n- name\n- shift",
         ["Keeper(name:str,shift:str)"]),
        ("Fields on Tent:\n- brand\n- size", ["Tent(brand:str,size:str)"]),
        ("Fields for each tent:\n- brand\n- size", ["Tent(brand:str,size:str)"]),
    ],
)  # fmt: skip
def test_fields_we_need_on_a_thing_are_its_fields(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


# --- a title that names the document --------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Boat Hire: Requirements (harbour office)\n\nThe system shall manage boats. For each "
         "boat:\n  - name\n  - length\n  - berth",
         ["Boat(name:str,length:float,berth:str)"]),
        ("Kiln Log: System Requirements (Pottery Group)\n\nThe system shall manage firings.\n"
         "Each firing records:\n  - kiln\n  - fired at\n  - peak temperature",
         ["Firing(kiln:str,fired_at:datetime,peak_temperature:float)"]),
        ("RECIPE BOX: DATA REQUIREMENTS\nPurpose: to manage recipes for the cafe.\n\nFields:\n"
         " - title\n - prep time\n - servings",
         ["Recipe(title:str,prep_time:str,servings:int)"]),
        ("Choir Library: Sheet Music Records (requirements, spring term)\n\nThe system shall "
         "manage scores for the choir.\nEach score records:\n  - title\n  - composer\n"
         "  - copies",
         ["Score(title:str,composer:str,copies:int)"]),
        ("PRD: Pet portal - owner accounts (MVP)\n\nFields we need on Owner:\n* full name\n"
         "* email\n* phone",
         ["Owner(full_name:str,email:email,phone:str)"]),
        ("Badges spec (Fox & Hound Studio)\n\nEvery badge needs:\n  - name\n  - points\n"
         "  - icon",
         ["Badge(name:str,points:int,icon:str)"]),
    ],
)  # fmt: skip
def test_a_title_naming_the_document_is_no_thing_and_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_title_of_a_thing_and_its_fields_keeps_its_reading() -> None:
    assert read_right("Boats: name, length, berth") == ["Boat(name:str,length:float,berth:str)"]
    assert read_right("Rota spec (Green Lane Allotments)\n\nEvery shift needs:\n  - date\n"
                      "  - volunteer\n  - hours") == [
        "Shift(date_value:date,volunteer:str,hours:float)"
    ]  # fmt: skip


# --- notes headings and a setting said under a label ----------------------------------------------
@pytest.mark.parametrize(
    "notes",
    [
        "Engineering notes:\n* all schema changes via migrations\n* deploy through the pipeline",
        "Notes / constraints\n- prices displayed in GBP\n- please add tests",
        "Engineering notes\n- All timestamps in UTC\n- Write integration tests for watering",
        "Dev notes:\n- run the linter before merging\n- all schema changes via migrations",
    ],
)
def test_a_heading_of_notes_on_the_work_names_no_thing(notes: str) -> None:
    result = read(f"Plant catalogue\n\nEach plant has:\n* name\n* genus\n\n{notes}")
    assert shape(result) == ["Plant(name:str,genus:str)"]
    assert result.status == "recognized"


def test_a_notes_heading_of_a_thing_keeps_its_reading() -> None:
    # "Visit notes" is a field list's owner word, not a heading of notes on the work
    assert read_right("Visit\n- date\n- vet\n- visit notes") == [
        "Visit(date_value:date,vet:str,visit_notes:str)"
    ]


def test_a_setting_said_under_a_context_label_is_kept_as_said() -> None:
    result = read(
        "Canoe log\n\nContext: small paddling club, about 40 boats.\n\nEach canoe has:\n"
        "  * hull number\n  * colour"
    )
    assert shape(result) == ["Canoe(hull_number:str,colour:str)"]
    assert "Context: small paddling club, about 40 boats." in result.business_rules


# --- an optional field allowed in a sentence ------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("A photo may be stored for each tent (optional).", "photo:str?"),
        ("Comments can be recorded against a tent.", "comments:str?"),
        ("A repair note may also be added to a tent.", "repair_note:str?"),
    ],
)
def test_a_value_a_thing_may_have_is_its_optional_field(line: str, field: str) -> None:
    result = read(
        "Tent Store: Requirements (draft)\n\n1. The system shall manage tents.\n"
        f"2. Each tent shall record: code; size; colour.\n3. {line}"
    )
    assert shape(result) == [f"Tent(code:str,size:str,colour:str,{field})"]


def test_a_rule_about_a_thing_stays_a_rule() -> None:
    result = read(
        "Tent Store: Requirements (draft)\n\n1. The system shall manage tents.\n"
        "2. Each tent shall record: code; size; colour.\n3. Tents must be checked every year."
    )
    assert shape(result) == ["Tent(code:str,size:str,colour:str)"]


# --- "Use SQLite for now, Postgres later" ---------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    ["Use SQLite for now, Postgres later", "Use MySQL in dev, Postgres in production",
     "use Redis for caching, Postgres for the rest"],
)  # fmt: skip
def test_which_product_to_use_is_no_field(line: str) -> None:
    result = read(
        "Bookshop MVP - Authors & Books\n\n1. Authors: name, email, country\n"
        f"2. Books: title, price, isbn, stock\n3. {line}"
    )
    assert shape(result) == [
        "Author(name:str,email:email,country:str)",
        "Book(title:str,price:decimal,isbn:str,stock:int)",
    ]


def test_a_use_by_date_stays_a_field() -> None:
    assert read_right("Jars: label, use by date, weight") == [
        "Jar(label:str,use_by_date:date,weight:float)"
    ]


# --- "too" / "as well" after a change -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Make the phone field on Booking optional too",
        "make phone optional on Booking too",
        "Make Booking phone optional too",
        "Make the phone on Booking optional as well",
    ],
)
def test_too_after_a_change_says_it_is_one_more(text: str) -> None:
    assert reading(text) == (Intent.MODIFY_FIELDS, ["Booking(phone:str?)"])


def test_two_like_changes_in_a_list_are_both_read() -> None:
    assert reading(
        "- Make the vet field on Dog optional\n- Make the breed on Dog optional as well"
    ) == (Intent.MODIFY_FIELDS, ["Dog(vet:str?,breed:str?)"])


def test_a_change_without_too_keeps_its_reading() -> None:
    assert reading("Make phone on Booking optional") == (
        Intent.MODIFY_FIELDS,
        ["Booking(phone:str?)"],
    )


# --- "work done" ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Job sheets: job number, date, work done, labour hours",
        "log each repair visit: visit date, work done, cost",
        "Create boiler services with service date, engineer, work done and next due date",
    ],
)
def test_work_done_says_what_the_work_was(text: str) -> None:
    fields = {a.name: a.type.value for e in read(text).entities for a in e.attributes}
    assert fields["work_done"] == "str"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Create homework tasks with title, homework done and due date", "homework_done"),
        ("add a setup done flag to GuitarRepair", "setup_done"),
    ],
)
def test_a_thing_done_or_not_stays_a_flag(text: str, name: str) -> None:
    fields = {a.name: a.type.value for e in read(text).entities for a in e.attributes}
    assert fields[name] == "bool"


# --- "The club needs a register of members" -------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Club roster – requirements\n\nThe club needs a register of members. For every "
         "member:\n- name\n- email\n- joined date",
         ["Member(name:str,email:email,joined_date:date)"]),
        ("Club roster\n\nThe choir needs a list of singers. For each singer:\n- name\n"
         "- voice part",
         ["Singer(name:str,voice_part:str)"]),
        ("The school needs a log of visitors with name, arrival time and host",
         ["Visitor(name:str,arrival_time:datetime,host:str)"]),
    ],
)  # fmt: skip
def test_a_group_that_needs_a_list_of_things_asks_for_the_things(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


def test_a_thing_that_needs_a_list_keeps_its_reading() -> None:
    assert reading("The order needs a list of items.")[1] == ["Order(list_of_items:str)"]
    assert reading("The invoice needs a due date.") == (
        Intent.ADD_FIELDS,
        ["Invoice(due_date:date)"],
    )


# --- where the app must work, "Other points", a closing over the sender's name --------------------
_KAYAKS = "Kayak hire\n\nEach kayak has:\n- name\n- length\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "The booking form must work on mobile phones.",
        "It must run on the old office laptop.",
        "The check-in screen should work on tablets.",
        "Other points\n- data kept for 5 years\n- Sam to test it",
        "Other considerations:\n- Sam to test it first\n- data kept for 5 years",
        "Thanks\nJen",
        "Many thanks\nPriya",
    ],
)
def test_lines_about_the_work_or_the_writer_name_nothing(tail: str) -> None:
    result = read(_KAYAKS + tail)
    assert shape(result) == ["Kayak(name:str,length:float)"]


def test_a_link_said_of_things_keeps_its_reading() -> None:
    assert read_right("Create kayaks with name and length. Each kayak belongs to one club.") == [
        "Kayak(name:str,length:float) many_to_one>Club"
    ]


def test_a_last_line_naming_a_thing_with_fields_keeps_its_reading() -> None:
    result = read("Thanks for the help so far\nPaddlers: name, email")
    assert "Paddler(name:str,email:email)" in shape(result)


# --- "Players – name, rating" items under a title, as "Players: name, rating" ---------------------
@pytest.mark.parametrize(
    "links",
    [
        "3. Every game is for exactly one player.\n4. Must run on the club laptop, no wifi.",
        "3. Every game belongs to one player.",
        "3. Each game is for one player.",
    ],
)
def test_things_given_their_fields_after_a_dash_under_a_title_are_the_things_kept(
    links: str,
) -> None:
    assert read_right(
        "Chess club system\n\n1. Players – name, rating, email.\n2. Games – played on, result.\n"
        + links
    ) == [
        "Player(name:str,rating:float,email:email)",
        "Game(played_on:date,result:str) many_to_one>Player",
    ]


def test_a_group_of_fields_after_a_dash_under_a_thing_keeps_its_reading() -> None:
    assert reading("Member:\n- name\n- emergency contacts — name, phone")[1] == [
        "Member(name:str,emergency_contacts:str,phone:str)"
    ]
    assert read_right("Players – name, rating, email") == [
        "Player(name:str,rating:float,email:email)"
    ]


# --- a thing named with its fields "to be confirmed" ----------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "3. Dogs – details to be confirmed with the owners.",
        "3. Dogs: fields to follow.",
        "3. Dogs – TBC",
    ],
)
def test_a_thing_whose_fields_come_later_is_asked_about(line: str) -> None:
    result = read(
        "Dog walking – requirements\n\n1. We need to manage walkers and dogs.\n"
        f"2. Walkers: name, phone, area.\n{line}"
    )
    assert shape(result) == ["Walker(name:str,phone:str,area:str)", "Dog()"]
    assert result.missing == ("attributes",)


def test_a_field_to_be_confirmed_keeps_its_reading() -> None:
    # a singular word before "to be confirmed" is a field left open, not a thing kept
    assert shape(read("Walkers:\n- name\n- phone\n- area: to be confirmed")) == [
        "Walker(name:str,phone:str)"
    ]
    assert shape(read("Create walkers with name and phone. Area: to be confirmed.")) == [
        "Walker(name:str,phone:str)"
    ]


# --- a removal said over its list -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Tidy-up for Q2\n\nOn Supplier, remove:\n- telex\n- old rating",
         ["Supplier(telex:str,old_rating:float)"]),
        ("Change note - Member clean-up\n\nThe following fields on Member are no longer used "
         "and should be removed:\n- pager\n- fax number\n\nPlease update the docs.",
         ["Member(pager:str,fax_number:str)"]),
        ("Following the audit, the following fields are to be removed from Donor:\n"
         "  1. religion\n  2. passport number",
         ["Donor(religion:str,passport_number:str)"]),
    ],
)  # fmt: skip
def test_a_removal_said_over_its_list_removes_those_fields(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == expected


def test_a_removal_or_an_addition_said_plainly_keeps_its_reading() -> None:
    assert reading("Remove from Supplier:\n- telex\n- old rating") == (
        Intent.REMOVE_FIELDS,
        ["Supplier(telex:str,old_rating:float)"],
    )
    assert reading("On Supplier, add:\n- telex\n- rating")[0] != Intent.REMOVE_FIELDS
