"""A trade's own words and a subject's second link: laboratory and theatre wording.

Every request here is written for this file (none is copied from the corpus). A person relies
on three things: a learned word of their trade ("lipaemic", "venepuncture") is no slip of the
keys and is not asked about, while a real slip still is; a Latin or Italian plural names the
thing in the singular; and one subject with two "one" links, joined by "and", keeps both.
"""

from __future__ import annotations

import pytest

from baes_tui.core.inflection import singular
from baes_tui.recognition.nouns import misspelt
from tests.support.recognition import read, shape


# --- a trade's learned words are no slips ---------------------------------------------------
@pytest.mark.parametrize(
    "word",
    [
        "lipaemic",  # lipaemia's adjective
        "hypoxic",
        "icteric",
        "venepuncture",  # a combining form before a whole word
        "gastroscopy",
        "thermocouple",
        "cardiomyopathy",
        "electrocardiogram",
        "libretti",  # plurals singular knows
        "spectra",
        "concerti",
        "vertebrae",
    ],
)
def test_a_learned_word_is_no_slip(word: str) -> None:
    assert misspelt(word) is None


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("adress", "address"),
        ("emial", "email"),
        ("recieved", "received"),
        ("catagory", "category"),
        ("seperate", "separate"),
        ("descripton", "description"),
        ("registraton", "registration"),
        ("deliverry", "delivery"),
        ("quantitiy", "quantity"),
    ],
)
def test_a_real_slip_is_still_found(word: str, meant: str) -> None:
    assert misspelt(word) == meant


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("libretti", "libretto"),
        ("concerti", "concerto"),
        ("spectra", "spectrum"),
        ("strata", "stratum"),
        ("vertebrae", "vertebra"),
        ("larvae", "larva"),
    ],
)
def test_a_learned_plural_names_one_thing(plural: str, one: str) -> None:
    assert singular(plural) == one


@pytest.mark.parametrize(
    "request_text",
    [
        "Put a lipaemic flag and an icteric flag on the Serum entity",
        "Blood draws: venepuncture site, phlebotomist, drawn at",
        "Give Admission a hypoxic flag please",
    ],
)
def test_jargon_in_a_request_is_not_asked_about_as_a_slip(request_text: str) -> None:
    assert not any("misspelt" in note for note in read(request_text).notes)


@pytest.mark.parametrize(
    "request_text",
    [
        # (in a field a change points at: a new field's slip is read as meant since typo57)
        "make the adress on Tenant optional",
        "remove the recieved date from Parcel",
    ],
)
def test_a_slip_in_a_request_is_still_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    assert any("misspelt" in note for note in result.notes)


def test_a_latin_plural_names_the_thing_in_the_singular() -> None:
    result = read("Keep a list of libretti with title, composer and page count")
    assert [e.name for e in result.entities] == ["Libretto"]


# --- one subject, two links joined by "and" -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "links"),
    [
        ("Each cryovial comes from one donor and sits in one rack.", ["Donor", "Rack"]),
        ("Every bottle belongs to one batch and sits on one pallet.", ["Batch", "Pallet"]),
        ("Each seedling comes from one seed batch and grows in one tray.", ["SeedBatch", "Tray"]),
        ("Each kit is issued to one team and belongs to one store.", ["Team", "Store"]),
        ("A prop belongs to one show and lives in one crate.", ["Show", "Crate"]),
        ("Each sale is for one product and happens at one stall.", ["Product", "Stall"]),
        ("Each patient sees one doctor and stays in one ward.", ["Doctor", "Ward"]),
        ("Each slide is cut from one block and goes to one pathologist.", ["Block", "Pathologist"]),
        ("Each costume belongs to one show and hangs in one wardrobe.", ["Show", "Wardrobe"]),
        ("A van is owned by one depot and parks at one yard.", ["Depot", "Yard"]),
    ],
)
def test_both_links_of_one_subject_are_kept(request_text: str, links: list[str]) -> None:
    result = read(request_text)
    (entity,) = result.entities
    assert sorted(r.target for r in entity.relationships) == sorted(links)
    assert all(r.kind == "many_to_one" for r in entity.relationships)


def test_a_plural_subject_after_and_still_starts_its_own_link() -> None:
    # "pupils can have several tutors": a plural and its verb restate the link the other way
    result = read("tutors teach many pupils and pupils can have several tutors")
    assert shape(result) == ["Tutor() many_to_many>Pupil"]


# --- a practice word read as a thing keeps what is said of it later --------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Racks: label, shelf. Tests: assay name, bench. A test needs one rack.",
         "TestItem(assay_name:str,bench:str) many_to_one>Rack"),
        ("Wards: ward name, floor. Tests: panel, priority. Every test needs exactly one ward.",
         "TestItem(panel:str,priority:str) many_to_one>Ward"),
        ("Donors: donor code, blood group. Each test belongs to one donor. A test has an "
         "assay code, a result value and a reported date.",
         "TestItem(assay_code:str,result_value:str,reported_date:date) many_to_one>Donor"),
    ],
)  # fmt: skip
def test_what_a_test_kept_as_a_thing_has_is_read(request_text: str, expected: str) -> None:
    assert expected in shape(read(request_text))


@pytest.mark.parametrize(
    "request_text",
    [
        # how the code is tested stays how to build, even beside a thing called Test
        "Donors: donor code, blood group. Each test belongs to one donor. Tests must pass in CI.",
        "Students: name. Tests: subject, score. Each test belongs to one student. "
        "Tests should run on every commit.",
    ],
)
def test_a_rule_about_code_tests_is_no_field(request_text: str) -> None:
    result = read(request_text)
    (test_item,) = [e for e in result.entities if e.name == "TestItem"]
    assert not {a.name for a in test_item.attributes} & {"ci", "commit", "pass"}
    assert any("must pass" in r or "every commit" in r for r in result.business_rules)


def test_a_need_without_one_stays_unlinked() -> None:
    # "needs a room" with no count is no stated link: nothing is linked by this rule
    result = read("Rooms: number, floor. Tests: name, length. Every test needs a room.")
    assert all(not e.relationships for e in result.entities if e.name == "TestItem")
