"""spd60: the speed changes read the same as before (no reading changed).

`has_word` answers as the word-bounded pattern it replaces, on any text; the role model's
cached weights give the same sums as hashing each feature; a list item read twice is the same
item (the cache returns frozen values).
"""

from __future__ import annotations

import random
import re

import pytest

from baes_tui.recognition.fields import read_item
from baes_tui.recognition.patterns import has_word
from baes_tui.recognition.roles import buckets, features, shipped, words_of


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("the Student entity", "Student", True),
        ("the Students entity", "Student", False),
        ("student_id and name", "student", False),  # "_" is a word character
        ("name, email", "email", True),
        ("naïve user", "ve", False),  # a letter beyond ASCII is a word character too
        ("a b", "a b", True),
        ("kayak hulls", "kayak hull", False),
        ("", "x", False),
        ("x-ray", "x", True),
    ],
)
def test_has_word_cases(text: str, phrase: str, found: bool) -> None:
    assert has_word(text, phrase) is found
    assert (re.search(rf"\b{re.escape(phrase)}\b", text) is not None) is found


def test_has_word_as_the_pattern_on_random_text() -> None:
    rng = random.Random(60)
    alphabet = "ab_1 .-éß("
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        phrase = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        expected = re.search(rf"\b{re.escape(phrase)}\b", text) is not None
        assert has_word(text, phrase) is expected, (text, phrase)


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a system to manage students with name, email, and age",
        "Each order belongs to one customer",
        "Kiln shelves: label/size code/thickness (float)",
        "Rename the Orders table to Purchases and the Items table to Lines",
    ],
)
def test_role_weights_by_feature_sum_as_the_table(request_text: str) -> None:
    model = shipped()
    if model is None:
        pytest.skip("no role model shipped")
    for feats in features(words_of(request_text)):
        cached = [sum(c) for c in zip(*map(model._weights, feats), strict=True)]
        assert cached == model.scores(buckets(feats))


@pytest.mark.parametrize("item", ["name", "hire date (date, optional)", "the latter", "x"])
def test_a_list_item_read_twice_is_the_same(item: str) -> None:
    assert read_item(item) == read_item(item)
    assert read_item(item, keep_new=True) == read_item(item, keep_new=True)
