"""Confidence: what a person relies on when baes says it understood a request.

A request scored at or above the threshold is built without a question; one below it is
asked about. These tests pin the calibration's behaviour in requests a person writes, and the
evidence that says a plausible reading may be wrong (a name cut in the wrong place, a create
said in words of change, a field run into the next one), compared on otherwise equal readings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from baes_tui.core.models import Attribute, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of, score
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import DEFAULT_THRESHOLD, Recognizer
from baes_tui.recognition.text import clean

REPO = Path(__file__).resolve().parent.parent


def _recognize(request: str):
    return Recognizer().recognize(request, normalizer=FallbackNormalizer())


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a system to manage students with name, email, and age",
        "Track books with title, author and isbn.",
        "Add a phone number to the Customer entity",
        "Invoice needs a due date",  # one field, create vs add guessed, nothing else amiss
    ],
)
def test_a_plain_request_read_completely_is_built_without_a_question(request_text: str) -> None:
    got = _recognize(request_text)
    assert got.status == "recognized"
    assert got.confidence >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "request_text",
    ["Make it better.", "Something for the team please", "asdf qwer zxcv lkjh", "???"],
)
def test_vague_or_garbage_requests_are_asked_about(request_text: str) -> None:
    got = _recognize(request_text)
    assert got.status == "needs_clarification"
    assert got.confidence < DEFAULT_THRESHOLD


def test_a_request_whose_field_list_sentence_was_not_read_is_asked_about() -> None:
    # The second sentence holds three fields no reader understood: building Book with title
    # and author alone would lose them without a word.
    got = _recognize(
        "Track books with title and author. Our librarians would also love a shelf code, "
        "a condition grade and the date it was donated."
    )
    assert got.status == "needs_clarification"
    assert got.confidence < DEFAULT_THRESHOLD


def test_a_relationship_sentence_nobody_read_is_asked_about() -> None:
    # Both entities are read; "Trucks and warehouses depend on each other." is not, and building
    # them unlinked would drop it without a word. ("… are linked." is read as many-to-many
    # since tests/test_recognizer_devmiss.py.)
    got = _recognize(
        "Create warehouses with name and address, and trucks with plate number and payload "
        "weight. Trucks and warehouses depend on each other."
    )
    assert {e.name for e in got.entities} == {"Warehouse", "Truck"}
    assert not any(e.relationships for e in got.entities)
    assert got.status == "needs_clarification"


def _scored(request: str, draft: Draft) -> tuple[dict[str, float], float]:
    features = features_of(draft, clean(request))
    return features, score(features)


def _create(name: str, *fields: str) -> Draft:
    entity = EntitySpec(name, tuple(Attribute(f) for f in fields))
    return Draft(intent=Intent.CREATE_ENTITY, entities=[entity])


def test_a_name_that_leaves_a_word_of_it_behind_is_less_certain() -> None:
    # Vinyl read from "vinyl records" may have lost half its name; from "vinyls" it cannot.
    fields = ("artist", "album_title", "release_year", "condition")
    tail = ": artist, album title, release year, condition"
    cut, cut_score = _scored("i need an app for my vinyl records" + tail, _create("Vinyl", *fields))
    whole, whole_score = _scored("i need an app for my vinyls" + tail, _create("Vinyl", *fields))
    assert cut["noun_after"] == 1 and whole["noun_after"] == 0
    assert cut_score < whole_score


def test_a_create_said_in_words_of_change_is_less_certain() -> None:
    request = "Menu update. Add to the Dish entity: allergens, a spicy flag."
    create, create_score = _scored(request, _create("Dish", "allergens", "spicy"))
    addition = _create("Dish", "allergens", "spicy")
    addition.intent = Intent.ADD_FIELDS
    add, add_score = _scored(request, addition)
    assert create["create_change_words"] == 1 and add["create_change_words"] == 0
    assert create_score < add_score


def test_change_words_in_a_business_rule_say_nothing_about_the_create() -> None:
    request = "Create a system to manage dishes with name and price. Existing data must survive."
    draft = _create("Dish", "name", "price")
    draft.rules.append("Existing data must survive.")
    features, _ = _scored(request, draft)
    assert features["create_change_words"] == 0


@pytest.mark.parametrize(
    ("field", "evidence"),
    [
        ("birth_date_n_weight", "run_on_field"),  # "birth date n weight": two fields in one
        ("councillor_entity", "frame_field"),  # "and also a Councillor entity"
        ("float_value", "type_word_field"),  # "Shipment.weight: float -> decimal"
    ],
)
def test_a_field_that_is_not_one_lowers_the_confidence(field: str, evidence: str) -> None:
    request = "Create Animal with name and " + field.replace("_", " ")
    odd, odd_score = _scored(request, _create("Animal", "name", field))
    assert odd[evidence] >= 1
    unseen = {**odd, evidence: 0.0, "doubts": odd["doubts"] - 1}
    assert odd_score < score(unseen)


def test_an_entity_named_by_a_whole_phrase_is_less_certain() -> None:
    request = "Build a rowing club member registry with name, email and date of birth."
    fields = ("name", "email", "date_of_birth")
    phrase, phrase_score = _scored(request, _create("RowingClubMember", *fields))
    member, member_score = _scored(request, _create("Member", *fields))
    assert phrase["long_entity"] == 1 and member["long_entity"] == 0
    assert phrase_score < member_score


def test_a_thin_entity_read_from_talk_beside_the_real_one_is_less_certain() -> None:
    request = (
        "As an assistant at a small record label I want a list of albums with title, artist "
        "and genre so that the catalogue stays correct."
    )
    album = EntitySpec("Album", (Attribute("title"), Attribute("artist"), Attribute("genre")))
    both = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[EntitySpec("Assistant", (Attribute("label"),)), album],
    )
    extra, extra_score = _scored(request, both)
    alone, alone_score = _scored(request, Draft(intent=Intent.CREATE_ENTITY, entities=[album]))
    assert extra["thin_extra_entity"] == 1 and alone["thin_extra_entity"] == 0
    assert extra_score < alone_score


def test_a_number_word_read_as_an_entity_lowers_the_confidence() -> None:
    request = "Create two entities: Department with name and budget"
    two, two_score = _scored(request, _create("Two", "department_with_name", "budget"))
    dept, dept_score = _scored(request, _create("Department", "name", "budget"))
    assert two["number_entity"] == 1 and dept["number_entity"] == 0
    assert two_score < dept_score


@pytest.mark.slow
def test_a_stored_first_read_gives_the_features_of_the_live_read() -> None:
    """A first read kept whole is rebuilt with today's code: a feature added later is
    computed on it instead of being 0."""
    code = (
        "import json, sys\n"
        "from bench import first_reads\n"
        "reads = first_reads.read_now([('x1', sys.argv[1])])\n"
        "print(json.dumps(first_reads.features(reads[0])))\n"
    )
    request = "i need an app for my vinyl records: artist, album title, release year, condition"
    done = subprocess.run(
        [sys.executable, "-c", code, request],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    stored = json.loads(done.stdout)
    cleaned = clean(request)
    live = features_of(Recognizer().draft(cleaned), cleaned, request)
    live.pop("_missing")
    assert stored == pytest.approx(live)


def test_adding_an_entity_to_the_system_is_no_change_word() -> None:
    """ "Add gardeners to the greenhouse service" asks for a new entity: it must not count as
    a create said in words of change (which would ask about a plain requirement document)."""
    document = (
        "Add couriers to the delivery service.\n\nRequirements:\n- Courier entity with just:\n"
        "  - full name\n  - phone\n- Existing data stays."
    )
    result = _recognize(document)
    assert result.status == "recognized", (result.confidence, result.missing)
    assert [e.name for e in result.entities] == ["Courier"]


def test_a_purpose_clause_naming_other_things_is_no_doubt() -> None:
    # A user story's "so that …" names people and things the system does not hold; the
    # reading of the story's list is not less certain for it.
    plain = _recognize(
        "As a beekeeper I want to log inspections with hive code, inspection date and a "
        "queen seen flag."
    )
    story = _recognize(
        "As a beekeeper I want to log inspections with hive code, inspection date and a "
        "queen seen flag, so that I can spot weak colonies early."
    )
    assert story.entities == plain.entities
    assert story.status == "recognized"
    assert story.confidence >= plain.confidence - 0.01


def test_a_name_with_no_letters_opens_no_sentence() -> None:
    """A field name of digits and marks only has no words: the odd-start doubt must say no,
    not fail (it raised IndexError, and the whole reading fell back to a question)."""
    from baes_tui.recognition.confidence import _odd_start

    assert not _odd_start("")
    assert not _odd_start("__")
    assert _odd_start("see_the_holder_name")
