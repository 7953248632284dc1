"""Requirement documents and their change steps: what a person relies on.

Every request here is written for this file (none is copied from the corpus). A line of a
document that says what must stay ("nothing else may be deleted", "keep all the history"), or
what data the app must never hold ("card numbers are never stored"), is a constraint: kept as a
business rule, never a field or an entity. A two-word foreign name ("per diem") keeps both its
words and is never respelt. A reason said after a change ("we also rent vans now") is no field
list. A record counted in a link ("each show date belongs to one venue") is a thing, however
much its head sounds like a value, unless the name holds the target's own word.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.lexicon import CONSTRAINT_PATTERNS
from baes_tui.recognition.nouns import foreign_compound, is_noun
from tests.support.recognition import accepted, read, shape

needs_wordnet = pytest.mark.skipif(is_noun("table") is None, reason="WordNet is not installed")


# --- what must stay is a constraint, beside the change ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Stock tidy-up\n\nRequirements:\n- Remove the telex number from the Vendor entity\n"
         "- Keep all order history; nothing else may be deleted\n- Back up the database first",
         Intent.REMOVE_FIELDS, ["Vendor(telex_number:str)"]),
        ("Drop the beeper field from Nurse. No other data may be removed.",
         Intent.REMOVE_FIELDS, ["Nurse(beeper:str)"]),
        ("Add a locker code to Swimmer; nothing else may change",
         Intent.ADD_FIELDS, ["Swimmer(locker_code:str)"]),
        ("Create Skater with name and club, nothing else",
         Intent.CREATE_ENTITY, ["Skater(name:str,club:str)"]),
    ],
)  # fmt: skip
def test_a_line_saying_what_must_stay_is_never_a_field(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_the_line_that_keeps_data_is_kept_as_a_business_rule() -> None:
    result = read(
        "Remove the telex number from the Vendor entity. Keep all order history; nothing else "
        "may be deleted"
    )
    assert shape(result) == ["Vendor(telex_number:str)"]
    assert any("nothing else may be deleted" in rule for rule in result.business_rules)


@pytest.mark.parametrize(
    "line",
    [
        "nothing else may be deleted",
        "no data may be removed",
        "no other record should be lost",
        "keep all booking history",
        "retain all the member records.",
        "card details are never stored",
        "passwords must not be kept",
        "we never store card numbers",
    ],
)
def test_what_must_stay_or_never_be_held_is_a_constraint(line: str) -> None:
    assert CONSTRAINT_PATTERNS.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "the fax number can go",  # a removal
        "the fax number is not stored anymore",  # a removal said of a field
        "keep booking history",  # without "all" it may ask for a thing to be kept
        "keep all customers with name and email",  # a list follows: no rule on the data
        "nothing",
    ],
)
def test_a_removal_or_a_thing_kept_is_no_such_constraint(line: str) -> None:
    assert not CONSTRAINT_PATTERNS.search(line)


def test_a_removal_said_with_a_modal_still_removes() -> None:
    assert accepted("The telex number can go from Vendor", Intent.REMOVE_FIELDS) == [
        "Vendor(telex_number:str)"
    ]


def test_data_never_held_is_no_entity_beside_a_create() -> None:
    result = read(
        "Till app\n\nRequirements:\n- Sale entity with just:\n  - amount\n  - sold on (date)\n"
        "- Card numbers are never stored\n- Existing sales must survive upgrades"
    )
    assert result.status == "recognized"
    assert shape(result) == ["Sale(amount:decimal,sold_on:date)"]
    assert "Card numbers are never stored" in result.business_rules


def test_never_stored_as_the_only_line_names_nothing_to_build() -> None:
    assert read("Card numbers are never stored").status == "needs_clarification"


def test_a_field_no_longer_stored_is_not_taken_for_a_rule() -> None:
    # a removal said as "not stored anymore" is no constraint; it may be asked, never dropped
    result = read("The telex number is not stored anymore on Vendor")
    assert result.status == "needs_clarification" or shape(result) == ["Vendor(telex_number:str)"]


# --- a foreign name of two words --------------------------------------------------------------
@needs_wordnet
def test_a_latin_pair_is_one_name() -> None:
    assert foreign_compound("per", "diems")
    assert not foreign_compound("per", "night")  # "price per night": a preposition
    assert not foreign_compound("at", "home")  # "pets at home": "home" is a word of its own


@needs_wordnet
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Log per diems with the driver name, the amount and the paid on date",
         Intent.CREATE_ENTITY, ["PerDiem(driver_name:str,amount:decimal,paid_on_date:date)"]),
        ("Please remove the PerDiem entity", Intent.REMOVE_ENTITY, ["PerDiem()"]),
        ("I need to keep per diem claims: employee name, amount, claim date",
         Intent.CREATE_ENTITY,
         ["PerDiemClaim(employee_name:str,amount:decimal,claim_date:date)"]),
    ],
)  # fmt: skip
def test_per_diem_keeps_both_words_and_is_never_respelt(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


def test_a_preposition_before_a_common_word_still_ends_the_name() -> None:
    assert accepted("Track pets at home with name and species") == ["Pet(name:str,species:str)"]


# --- a reason after a change ------------------------------------------------------------------
def test_what_the_business_uses_now_is_the_reason_for_a_rename() -> None:
    result = read("Rename the Inn entity to Lodging; we also use hostels and flats now")
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_ENTITY)
    assert shape(result) == ["Lodging<Inn()"]


def test_a_list_with_fields_after_a_rename_is_not_taken_for_a_reason() -> None:
    result = read("Rename Inn to Lodging; we also use hostels with name and address")
    assert not any(a.name == "use_hostels" for e in result.entities for a in e.attributes)


# --- a record counted in a link ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each show date belongs to one venue", ["ShowDate() many_to_one>Venue"]),
        ("Dance gala – change 2\n\nRequirements:\n- Each rehearsal date belongs to one studio\n"
         "- No data may be lost", ["RehearsalDate() many_to_one>Studio"]),
    ],
)  # fmt: skip
def test_a_counted_record_with_a_value_word_head_is_linked(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_name_holding_its_target_word_is_still_asked() -> None:
    # "the booking date belongs to one booking" is more likely the booking's own date
    assert read("Each booking date belongs to one booking").status == "needs_clarification"


def test_an_evolution_step_that_adds_to_a_name_written_whole() -> None:
    result = read(
        "Moorings – step 2\n\nRequirements:\n- MooringBerth gets one more field: shore power "
        "(yes/no)\n- Existing berths must survive the change"
    )
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS)
    assert shape(result) == ["MooringBerth(shore_power:bool)"]
