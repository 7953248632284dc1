"""Doubts the lead added after the blind batches of 3 December (dictated lists).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.recognition.confidence import (
    _DOTTED,
    _IDENTIFIER,
    _code_word,
    _command_in,
    _unpunctuated_run_on,
)
from tests.support.recognition import read


@pytest.mark.parametrize(
    "request_text",
    [
        "boats with name length code type and home port",
        "soil samples with code type taken at and depth",
    ],
)
def test_a_dictated_list_whose_split_is_a_guess_is_asked(request_text: str) -> None:
    """No comma anywhere: where one field ends is a guess, and a name holding a word that is
    a field alone ("birthday") or ends one ("number") before its last word was guessed
    wrong."""
    result = read(request_text)
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    "request_text",
    [
        "horses with name, breed, birthday allergies and owner phone",
        "add phone number and email address to Rider",
        "add number plate and date joined to Driver",
    ],
)
def test_punctuated_lists_and_names_of_their_own_keep_their_reading(request_text: str) -> None:
    """Counterparts: with commas the person split the list; "email address", "number plate"
    are one name each."""
    assert not any(_unpunctuated_run_on(a.name) for e in read(request_text).entities
                   for a in e.attributes if a.name != "birthday_allergies")  # fmt: skip


@pytest.mark.parametrize(
    ("name", "run_on"),
    [("birthday_allergies", True), ("registration_number_seats", True), ("code_type", True),
     ("phone_number", False), ("date_joined", False), ("email_address", False),
     ("date_of_birth", False), ("date_value", False), ("deposit_amount", False)],
)  # fmt: skip
def test_which_names_are_two_fields(name: str, run_on: bool) -> None:
    assert _unpunctuated_run_on(name) is run_on


@pytest.mark.parametrize(
    ("name", "command"),
    [("TourAdd", True), ("add_price", True), ("CanoeRemove", True), ("rename_to", True),
     ("add_on_price", False), ("address", False), ("removal_date", False)],
)  # fmt: skip
def test_a_verb_said_to_the_tool_inside_a_name(name: str, command: bool) -> None:
    """A change read as a create keeps the change's verb in a name ("Tour add: …" → TourAdd,
    "… add price and …" → add_price): doubted. An add-on is a thing."""
    assert _command_in(name) is command


@pytest.mark.parametrize(
    ("request_text", "dotted"),
    [("OPS-3 Hangar.door_width nullable", True), ("Kiln.max_temp: int", True),
     ("Host it on Fly.io", False), ("see Example.com for the rules", False)],
)  # fmt: skip
def test_a_field_written_as_code(request_text: str, dotted: bool) -> None:
    """ "Hangar.door_width" names a field of a thing that exists: a create read from it is
    doubted; a web address is no such name."""
    assert bool(_DOTTED.search(request_text)) is dotted


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("horses with name breed birthday allergies and owner phone",
         "create_entity Horse name,breed,birthday,allergies,owner_phone"),
        ("ferry trips add fare and deck number", "add_fields FerryTrip fare,deck_number"),
        ("Canoe remove: paddle length, seat count",
         "remove_fields Canoe paddle_length,seat_count"),
        ("OPS-3 Hangar.door_width nullable", "modify_fields Hangar door_width"),
    ],
)  # fmt: skip
def test_the_shapes_these_doubts_guard_are_read_right_today(
    request_text: str, expected: str
) -> None:
    """The doubts above guard readings the branches of 3 December fixed (voice9a, agile9):
    the same shapes, read right, are accepted."""
    result = read(request_text)
    entity = result.entities[0]
    got = f"{result.intent.value} {entity.name} {','.join(a.name for a in entity.attributes)}"
    assert (result.status, got) == ("recognized", expected)


@pytest.mark.parametrize(
    "request_text",
    [
        "Create menu items with name, price and add on price",
        "Sailing app: regattas with name and race date. Host it on Fly.io",
    ],
)
def test_an_add_on_and_a_web_address_keep_their_reading(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "recognized", result


@pytest.mark.parametrize(
    ("request_text", "entity", "field", "kind"),
    [
        (
            "interpreters with full name and languages spoken",
            "Interpreter",
            "languages_spoken",
            "str",
        ),
        ("tutors with name, subjects taught", "Tutor", "subjects_taught", "str"),
        ("strikers with squad number and goals scored", "Striker", "goals_scored", "int"),
        ("stallholders with pitch and jars sold", "Stallholder", "jars_sold", "int"),
    ],
)
def test_a_plural_before_a_participle_is_a_count_unless_it_says_which_ones(
    request_text: str, entity: str, field: str, kind: str
) -> None:
    """ "goals scored" is how many; "languages spoken" is which ones, kept as text, and the
    reading is not doubted for it."""
    result = read(request_text)
    assert result.status == "recognized", result
    (found,) = [e for e in result.entities if e.name == entity]
    assert {a.name: a.type.value for a in found.attributes}[field] == kind


@pytest.mark.parametrize(
    ("request_text", "entity", "fields"),
    [
        (
            "Remove the old_postcode and legacy_ref columns from Tenant",
            "Tenant",
            ["old_postcode", "legacy_ref"],
        ),
        (
            "add glaze thickness and a polish done flag to Vase",
            "Vase",
            ["glaze_thickness", "polish_done"],
        ),
    ],
)
def test_a_name_saying_what_a_thing_was_or_what_was_done_is_not_doubted(
    request_text: str, entity: str, fields: list[str]
) -> None:
    """ "old_postcode" starts with an adjective of the past and "polish done" ends with what
    was done: names, not sentences run into a list."""
    result = read(request_text)
    assert result.status == "recognized", result
    (found,) = result.entities
    assert (found.name, [a.name for a in found.attributes]) == (entity, fields)


def test_a_new_value_read_without_its_new_is_asked() -> None:
    """ "old dial reading, new dial reading": "new" tells the two apart; a reading that kept
    old_dial_reading and dial_reading lost it, so it is asked."""
    result = read("Meter swaps: old dial reading, new dial reading, swap date")
    names = {a.name for e in result.entities for a in e.attributes}
    assert "new_dial_reading" in names or result.status == "needs_clarification", result


@pytest.mark.parametrize(
    "request_text",
    ["Antique: + maker mark, + restored (yes/no)", "Printable: paper size optional"],
)
def test_a_line_labelled_with_a_word_english_uses_mostly_as_an_adjective_names_the_thing(
    request_text: str,
) -> None:
    """ "Antique:" starting the line, a colon after it, is the thing's name; the head check
    that doubts "Somewhere" or "Sistem" does not doubt it."""
    assert read(request_text).status == "recognized"


def test_a_lower_case_adjective_read_as_the_thing_is_still_doubted() -> None:
    """Counterpart: "something comic: …" is no label written as a name."""
    assert read("something comic: name, email").status == "needs_clarification"


def test_a_name_made_safe_from_a_leading_number_is_asked() -> None:
    """ "a 2-letter country code" read as field_2_letter_country_code: nobody said that name,
    so the reading is asked rather than built."""
    result = read("Could you add a Parcel entity? weight, and a 2-letter country code.")
    names = [a.name for e in result.entities for a in e.attributes]
    assert "country_code" in names or result.status == "needs_clarification", result


def test_an_ordinal_in_a_name_is_said_and_kept() -> None:
    """Counterpart: "2nd phone" is the person's own name for the field."""
    result = read("Contacts: name, 2nd phone")
    assert result.status == "recognized", result
    assert [a.name for a in result.entities[0].attributes] == ["name", "field_2nd_phone"]


@pytest.mark.parametrize(
    "request_text",
    [
        "class Kiln(models.Model):\n    name = models.CharField(max_length=80)\n"
        "    max_temp = models.IntegerField()",
        "On Firing add `kiln = models.ForeignKey(Kiln, on_delete=models.CASCADE)`",
        "model Glaze {\n  id    BigInt   @id @default(autoincrement())\n  name  String\n"
        "  mixed DateTime\n}",
        "Link potters and studios (join table potter_studios with potter_id, studio_id).",
    ],
)
def test_words_of_pasted_code_are_not_names_the_reading_lost(request_text: str) -> None:
    """ "CharField", "max_length", "BigInt", a join table named by its two ends: the code's
    words, not names of the data, so a model read whole is not doubted for them."""
    assert read(request_text).status == "recognized"


@pytest.mark.parametrize(
    "request_text",
    [
        "FiringLog(kiln name, fired at, cone)",
        "feat: Kiln.serial_code is now required",
    ],
)
def test_a_thing_written_with_its_fields_or_a_dotted_field_is_no_code(
    request_text: str,
) -> None:
    """Counterparts: "FiringLog(…)" is a thing and its fields and "Kiln.serial_code" a field
    of a thing: a reading that loses either name is still doubted."""
    assert not any(_code_word(m, request_text) for m in _IDENTIFIER.finditer(request_text))


@pytest.mark.parametrize(
    ("request_text", "owner", "link"),
    [
        (
            "Establish a many-to-many relationship between Auditors and Sites.",
            "Auditor",
            ("many_to_many", "Site"),
        ),
        (
            "Establish a relationship from Permit to Inspector.",
            "Permit",
            ("many_to_one", "Inspector"),
        ),
    ],
)
def test_a_formal_writer_establishes_a_relationship(
    request_text: str, owner: str, link: tuple[str, str]
) -> None:
    """ "Establish" is how a specification says "create" a link."""
    result = read(request_text)
    assert result.status == "recognized", result
    (entity,) = result.entities
    assert (entity.name, [(r.kind, r.target) for r in entity.relationships]) == (owner, [link])
