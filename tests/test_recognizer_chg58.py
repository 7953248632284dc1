"""Removals and renames as other people type them: the change said after a heading (a frame
word of a kept thing, "it", "the entity"), a dotted field with the change said last, a field
wished gone, keeping denied with its subject clipped, a quoted name nobody needs, a name whose
head holds a value about the records; and the vague ones that must stay asked (records picked
by a clause, two changes offered with "either … or").

Every request here is written for this file, in trades other than the batch that showed the
shapes (bakeries, kennels, surf schools, orchards, print shops, dentists, boatyards, choirs).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


def _accepted(request_text: str, intent: Intent) -> list[str]:
    return accepted(request_text, intent)


def _asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status != "recognized", (result.intent, shape(result))


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # a heading that is one capitalised frame word of a kept thing owns the field renamed
        ("Service: price -> fee", Intent.RENAME_FIELD, ["Service(fee:str<price)"]),
        ("On Site: postcode -> post code", Intent.RENAME_FIELD, ["Site(post_code:str<postcode)"]),
        ("Program: hrs -> hours", Intent.RENAME_FIELD, ["Program(hours:str<hrs)"]),
        (
            "rename the url on Site to web address",
            Intent.RENAME_FIELD,
            ["Site(web_address:str<url)"],
        ),
        (
            "Call the chef field on Service 'cook' instead.",
            Intent.RENAME_FIELD,
            ["Service(cook:str<chef)"],
        ),
        # "it" under a heading is the thing or the field the heading names
        ("Kennel entity: call it Pen", Intent.RENAME_ENTITY, ["Pen<Kennel()"]),
        ("the Loaf table - change its name to Bread", Intent.RENAME_ENTITY, ["Bread<Loaf()"]),
        ("Tenant entity - rename it Resident", Intent.RENAME_ENTITY, ["Resident<Tenant()"]),
        ("Orchard: call it Grove please", Intent.RENAME_ENTITY, ["Grove<Orchard()"]),
        (
            "the Boat entity's len field: rename it length",
            Intent.RENAME_FIELD,
            ["Boat(length:str<len)"],
        ),
        (
            "Booking's notes field - call it remarks",
            Intent.RENAME_FIELD,
            ["Booking(remarks:str<notes)"],
        ),
        # "the entity" after a heading's change marks even a frame word as the thing
        ("Service — remove the entity", Intent.REMOVE_ENTITY, ["Service()"]),
        ("Site - rename the entity to Location", Intent.RENAME_ENTITY, ["Location<Site()"]),
        # a dotted field, a dash, the change said last
        ("kiln.fuel_type - drop it", Intent.REMOVE_FIELDS, ["Kiln(fuel_type:str)"]),
        ("Choir.robe_size — delete", Intent.REMOVE_FIELDS, ["Choir(robe_size:str)"]),
        # a field wished gone from a thing
        ("I'd like the fax gone from Supplier.", Intent.REMOVE_FIELDS, ["Supplier(fax:str)"]),
        (
            "we would like the tail length removed from Dog, nobody measures it",
            Intent.REMOVE_FIELDS,
            ["Dog(tail_length:float)"],
        ),
        (
            "I want the wax colour gone from surfboards",
            Intent.REMOVE_FIELDS,
            ["Surfboard(wax_colour:str)"],
        ),
        # keeping denied with its subject clipped
        (
            "Dogs: no longer recording tail length, please drop it",
            Intent.REMOVE_FIELDS,
            ["Dog(tail_length:float)"],
        ),
        (
            "Kiln: not logging the fuel type anymore",
            Intent.REMOVE_FIELDS,
            ["Kiln(fuel_type:str)"],
        ),
        # a quoted name nobody needs any more
        ('no need for "grade" on Pupils any more', Intent.REMOVE_FIELDS, ["Pupil(grade:str)"]),
        (
            "there's no need for 'vat number' on Supplier anymore",
            Intent.REMOVE_FIELDS,
            ["Supplier(vat_number:str)"],
        ),
        # with the owner said first, "of" binds the old name's words
        (
            "Patient: date of admission should be called admission date",
            Intent.RENAME_FIELD,
            ["Patient(admission_date:str<date_of_admission)"],
        ),
        (
            "Member: rename place of birth to birthplace",
            Intent.RENAME_FIELD,
            ["Member(birthplace:str<place_of_birth)"],
        ),
        # a capitalised thing, then lower-case words after "the" or "rename the": its field
        (
            "rename the Oven door seal to gasket",
            Intent.RENAME_FIELD,
            ["Oven(gasket:str<door_seal)"],
        ),
        (
            "the Choir robe colour needs renaming to gown colour",
            Intent.RENAME_FIELD,
            ["Choir(gown_colour:str<robe_colour)"],
        ),
        # a name whose head holds a value about the records is a field, not records deleted
        ("drop the row number from Report", Intent.REMOVE_FIELDS, ["Report(row_number:str)"]),
        (
            "Please delete the reprint count from PrintJob.",
            Intent.REMOVE_FIELDS,
            ["PrintJob(reprint_count:int)"],
        ),
    ],
)
def test_a_change_as_others_type_it_is_read(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert _accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        # records picked by a clause are data, not the thing
        "please remove the members who never paid, the list is a mess",
        "wipe the invoices older than 2015",
        "Remove Members that we never used",
        # two changes offered to choose from
        "either remove the fax from Supplier or make it optional",
        "either drop the Kennel table or just its run number, up to you",
        # records deleted, not a field: the head is the records themselves
        "remove duplicates from Customer",
        "delete the duplicate rows from Invoice",
        # a heading of a field's name with no owner, or a frame word that names only the system
        "App: name -> title",
        "On System: sn -> serial number",
        "Phone number: call it Mobile",
        "the fax field: rename it mobile",
    ],
)
def test_a_vague_or_data_change_is_asked(request_text: str) -> None:
    _asked(request_text)


def test_a_removal_of_a_whole_thing_with_a_comma_clause_stays_a_removal() -> None:
    # a non-restrictive clause (after a comma) says why, it picks no records
    assert _accepted("drop the Invoice table, which nobody uses", Intent.REMOVE_ENTITY) == [
        "Invoice()"
    ]


def test_a_choice_of_values_is_no_undecided_change() -> None:
    assert _accepted(
        "the status can be either open or closed, remove the notes field from Ticket",
        Intent.REMOVE_FIELDS,
    ) == ["Ticket(notes:str)"]


def test_a_first_word_capitalised_by_the_sentence_names_no_owner() -> None:
    # the capital of a text's first word is the sentence's: the reading stays as it was
    assert reading("Garden gnome needs renaming to statue") == (
        Intent.RENAME_ENTITY,
        ["Statue<GardenGnome()"],
    )


def test_a_plural_said_before_the_removal_picks_no_records() -> None:
    # the plural is the story's, not the removal's object: "since" says when, picks nothing
    assert _accepted(
        "We stopped running the winter courses since the pool closed. Please remove the Course"
        " entity.",
        Intent.REMOVE_ENTITY,
    ) == ["Course()"]
