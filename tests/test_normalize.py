"""Normalization: equal meanings share a key, different meanings never do, keys are stable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baes_tui.recognition.normalize import (
    FallbackNormalizer,
    Normalizer,
    WordNetNormalizer,
    default_normalizer,
)
from baes_tui.recognition.wordnet import LazyLemmatizer

_SHARED_LEMMATIZER = LazyLemmatizer()


@pytest.fixture(scope="module")
def wordnet() -> Normalizer:
    normalizer = default_normalizer(_SHARED_LEMMATIZER)
    assert normalizer.id == "wordnet-v1", normalizer.reason
    return normalizer


@pytest.fixture(scope="module")
def fallback() -> Normalizer:
    return FallbackNormalizer()


@pytest.fixture(params=["wordnet", "fallback"])
def normalizer(request: pytest.FixtureRequest) -> Normalizer:
    return request.getfixturevalue(request.param)


EQUIVALENT = [
    (
        "Create a system to manage students with name, email, and age",
        "create a system for managing Students with name, email and age!",
    ),
    ("creating students", "Create Student!"),
    ("Create Student!", "create a student"),
    ("I need to manage students", "create a student"),
    ("Build an app that tracks books", "create books"),
    ("A system for managing library members", "Create a library member"),
    ("Set up a database to store products", "create products"),
    ("Delete the student entity", "Remove the Student entity"),
    ("Add hire_date to employee", "add hire date to employee"),
    ("Modify the age field on student", "change the age field on student"),
    ("create a new student with name", "Create a student with name."),
]

DIFFERENT = [
    ("add email to student", "remove email from student"),
    ("add course to student", "add student to course"),
    ("make email required on student", "make email optional on student"),
    ("each order belongs to one customer", "each order belongs to many customers"),
    ("a student has no courses", "a student has courses"),
    ("students do not need email", "students need email"),
    ("students can't have email", "students can have email"),
    ("create students without email", "create students with email"),
    ("add first name to student", "add last name to student"),
    ("add name to student", "add student"),
    ("add created at to order", "add created by to order"),
    ("email or phone is required", "email and phone is required"),
    ("A system to track orders", "A system to ship orders"),
    ("I need to manage students", "I need to delete students"),
    ("Create a system to manage fields", "Create a system to manage properties"),
    ("students in the system must have email", "students must have email"),
    ("make email optional", "create email optional"),
    ("each student has one course", "a student has multiple courses"),
    ("create meetings", "create meat"),
]


@pytest.mark.parametrize(("left", "right"), EQUIVALENT)
def test_equivalent_phrasings_share_a_key(normalizer: Normalizer, left: str, right: str) -> None:
    assert normalizer.normalize(left) == normalizer.normalize(right)


@pytest.mark.parametrize(("left", "right"), DIFFERENT)
def test_different_meanings_never_share_a_key(
    normalizer: Normalizer, left: str, right: str
) -> None:
    assert normalizer.normalize(left) != normalizer.normalize(right)


def test_done_criterion_key_is_create_student_with_fields(wordnet: Normalizer) -> None:
    key = wordnet.normalize("Create a system to manage students with name, email, and age")
    assert key == "create student name email age"


def test_word_order_is_kept(wordnet: Normalizer) -> None:
    assert wordnet.tokens("add course to student") == ["add", "course", "to", "student"]


def test_kept_words_survive_stop_word_removal(normalizer: Normalizer) -> None:
    kept = "no not without one many each multiple to from name first last required optional"
    tokens = normalizer.tokens(kept)
    for word in ("no", "not", "without", "one", "many", "each", "multiple", "to", "from"):
        assert word in tokens
    for word in ("name", "first", "last", "optional"):
        assert word in tokens


def test_plural_nouns_become_singular(normalizer: Normalizer) -> None:
    assert normalizer.tokens("students categories courses") == ["student", "category", "course"]


def test_nouns_ending_in_ing_stay_nouns_under_wordnet(wordnet: Normalizer) -> None:
    assert wordnet.tokens("meetings rating building") == ["meeting", "rating", "building"]


def test_wordnet_normalizer_has_its_own_id_and_reason(wordnet: Normalizer) -> None:
    assert isinstance(wordnet, WordNetNormalizer)
    assert wordnet.id == "wordnet-v1"
    assert "WordNet" in wordnet.reason


_NO_WORDNET_SCRIPT = """
import json, sys
import nltk
nltk.data.path[:] = [sys.argv[1]]  # only the empty dir: no WordNet anywhere
from pathlib import Path
from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.wordnet import LazyLemmatizer
normalizer = default_normalizer(LazyLemmatizer(extra_paths=(Path(sys.argv[1]),)))
print(json.dumps({"id": normalizer.id, "reason": normalizer.reason,
                  "key": normalizer.normalize("Creating Students!")}))
"""


@pytest.mark.slow
def test_missing_wordnet_data_selects_fallback_with_reason(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _NO_WORDNET_SCRIPT, str(empty)],
        capture_output=True,
        text=True,
        check=True,
    )
    answer = json.loads(result.stdout)
    assert answer["id"] == "fallback-v1"
    assert "not found" in answer["reason"]
    assert answer["key"] == "create student"


def test_fallback_handles_common_inflections(fallback: Normalizer) -> None:
    cases = {
        "students": "student",
        "categories": "category",
        "creating": "create",
        "managed": "manage",
        "addresses": "address",
        "status": "status",
        "boxes": "box",
        "people": "person",
        "children": "child",
        "running": "run",
        "string": "string",
        "need": "need",
        "adding": "add",
    }
    for word, lemma in cases.items():
        # After another word: a manage-verb at the very start means "create".
        assert fallback.tokens(f"order {word}") == ["order", lemma], word


def test_unicode_and_control_characters_are_handled(normalizer: Normalizer) -> None:
    key = normalizer.normalize("Créer\x00 des étudiants\u200b ｗｉｔｈ ﬁles\n\t")
    assert key == normalizer.normalize(key)
    assert "\x00" not in key


def test_accents_invisible_characters_and_emoji_give_the_plain_key(normalizer: Normalizer) -> None:
    plain = normalizer.normalize("Create students with name, email and age")
    for typed in (
        "Create students with ñame, émail and age",
        "Create stu\u200bdents with na\x00me, em\u2060ail and age",
        "Create 🎓 students with 📛 name, 📧 email and age",
    ):
        assert normalizer.normalize(typed) == plain, typed


def test_megabyte_request_is_normalized(normalizer: Normalizer) -> None:
    text = ("Create a system to manage students with name, email and age. " * 16_000)[:1_000_000]
    key = normalizer.normalize(text)
    assert key.startswith("create student name email age")


_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
_WORDY = st.lists(
    st.sampled_from(
        "Create a system to manage for managing students with name email and age the Order "
        "I need want build app database track to from not no isn't can't Categories hire_date "
        "set up remove delete drop meetings data people uses has was is as boss , . ! ( ) -".split()
    ),
    max_size=25,
).map(" ".join)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(_TEXT, _WORDY))
def test_normalization_is_idempotent(normalizer: Normalizer, text: str) -> None:
    once = normalizer.normalize(text)
    assert normalizer.normalize(once) == once
