"""Short creates as people type them quickly: a slip in the thing's own name, a choice written
with slashes, a "?" after a number's field, a Latin plural.

Every request here is written for this file (none is copied from the corpus), in trades the
batch it came from did not use (bee-keeping, a climbing wall, a bike shop, a choir, a brewery,
a marina, a school lab, a sewing room). What a person relies on: the thing is named by the word
meant when one correction is clear, asked when two are, and never accepted as another word; the
wordings next to each rule that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, asked, read, reading

# --- a slip in the thing's own name --------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # two keys swapped in a word before the head, typed in lower case
        ("log wrokshop bookings with date, tutor and fee", "WorkshopBooking"),
        ("track the climbign routes with grade, colour and setter", "ClimbingRoute"),
        # a key missed at the end of a long head no tagged text saw ("telescope")
        ("keep a stethoscop list with serial, room and bought date", "Stethoscope"),
        ("a calculatr list for the exam hall with model and desk", "Calculator"),
        # a letter typed twice in the plural as typed
        ("record hivess with name, apiary and queen marked", "Hive"),
    ],
)
def test_a_slip_with_one_word_meant_is_that_word(request_text: str, expected: str) -> None:
    shape = accepted(request_text)
    assert shape[0].split("(")[0] == expected, shape


@pytest.mark.parametrize(
    "request_text",
    [
        # a plural one key from two words (shoeings / showings, coating / coasting …): asked
        "log shoings with horse name, date and fee",
        # a capitalised word before the head may be a brand: no swap read there
        "Track Obsreving sessions with name and date",
        # the unheard vowel of an ending stays asked (house rule, nothing16)
        "Track attendence sheets with date and pupil name",
    ],
)
def test_a_slip_with_no_one_word_meant_is_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # one wrong key in a long word lands on rare words: kept (and asked), never respelt
        ("Maquettes: production, scale (text), designer", "Maquette"),
        # words spelt right keep their reading
        ("log workshop bookings with date, tutor and fee", "WorkshopBooking"),
        ("keep a stethoscope list with serial and room", "Stethoscope"),
    ],
)
def test_words_no_slip_explains_keep_their_name(request_text: str, expected: str) -> None:
    _, shape = reading(request_text)
    assert shape[0].split("(")[0] == expected, shape


def test_a_plural_with_two_words_meant_is_never_read_as_one() -> None:
    result = read("log shoings with horse name, date and fee")
    assert [e.name for e in result.entities] != ["Showing"]
    assert any("shoeings" in n for n in result.notes), result.notes


# --- a choice written with slashes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("hoof picks: brand, handed (left/right), price", "handed:str"),
        ("saddles: maker, fitted (english/western), price", "fitted:str"),
        ("Create a Climb entity with route and belayed (top/lead)", "belayed:str"),
        ("shifts: date, slot (morning/afternoon/evening)", "slot:str"),
    ],
)
def test_a_choice_between_words_is_text(request_text: str, field: str) -> None:
    shape = accepted(request_text)
    assert field in shape[0], shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        # a yes/no said with slashes is still one
        ("rooms: name, cleaned (yes/no)", "cleaned:bool"),
        ("boats: name, insured (true/false)", "insured:bool"),
    ],
)
def test_a_yes_no_with_slashes_stays_a_yes_no(request_text: str, field: str) -> None:
    shape = accepted(request_text)
    assert field in shape[0], shape


# --- a "?" after a number's field -----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("vets - practice, phone, email, out of hours phone?", "out_of_hours_phone:str?"),
        ("choir members - name, voice, backup mobile?", "backup_mobile:str?"),
        ("suppliers: name, contact, fax?, email", "fax:str?"),
    ],
)
def test_a_question_mark_after_a_phone_marks_it_optional(request_text: str, field: str) -> None:
    shape = accepted(request_text)
    assert field in shape[0], shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        # a state's "?" at the end of a list asks yes or no (house rule, doubt56)
        ("guests: name, room, allergies?", "allergies:bool"),
        ("dogs - name, breed, chipped?", "chipped:bool"),
    ],
)
def test_a_state_asked_with_a_question_mark_stays_a_yes_no(request_text: str, field: str) -> None:
    shape = accepted(request_text)
    assert field in shape[0], shape


def test_a_question_asking_the_whole_list_marks_nothing() -> None:
    _, shape = reading("can we log callers with name, phone?")
    assert "phone:str" in shape[0] and "phone:str?" not in shape[0], shape


# --- a Latin plural -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Keep a catalogue of nebulae with name, constellation and distance (float)", "Nebula"),
        ("log pupae with species, date found and jar", "Pupa"),
        ("track the algae with name, tank and colour", "Alga"),
    ],
)
def test_a_latin_plural_names_its_singular(request_text: str, expected: str) -> None:
    shape = accepted(request_text)
    assert shape[0].split("(")[0] == expected, shape


# --- a create asked as a question, or reported as asked -------------------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "could we keep a register of the tutors we book? name, email, subject",
            "Tutor(name:str,email:email,subject:str)",
        ),
        (
            "Can I get a list of the lifeguards that we employ? name, phone and certificate expiry",
            "Lifeguard(name:str,phone:str,certificate_expiry:date)",
        ),
        (
            "can we have somewhere to put the kiln firings? date, kiln and top temperature",
            "KilnFiring(date_value:date,kiln:str,top_temperature:float)",
        ),
        (
            "the head coach asked me to set up a list of swimmers. They need a name, age and squad",
            "Swimmer(name:str,age:int,squad:str)",
        ),
        (
            "Hi, I'm new here and the harbour master wants me to create a list of moorings. "
            "They need a number, a berth length and a tenant",
            None,
        ),
    ],
)
def test_a_create_asked_or_reported_is_a_create(request_text: str, expected: str | None) -> None:
    shape = accepted(request_text)
    if expected is not None:
        assert shape == [expected], shape


@pytest.mark.parametrize(
    "request_text",
    [
        # a sentence after the "?" is no bare list: the things stay the ask's, read as before
        "Could you keep a record of our sewing machines? For each one I'd want the make, "
        "the model and the last service date.",
    ],
)
def test_a_sentence_after_the_question_is_no_list(request_text: str) -> None:
    shape = accepted(request_text)
    assert shape[0].startswith("SewingMachine("), shape
