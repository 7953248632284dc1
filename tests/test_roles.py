"""The role model: a model learned from the dev split that doubts readings which give words a
role that wording usually does not have (baes_tui/recognition/roles.py).

What a user relies on: a reading that takes a frame noun for the thing, drops a listed field or
turns a clause into a field is doubted more than the right reading of the same words; the
model ships with the package and was trained on the dev split as it is now; a missing or broken
weights file costs the role model's opinion, never a recognition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.recognition import confidence, intents, roles
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.roles import RoleModel, shipped, shipped_fingerprint
from baes_tui.recognition.text import clean


def _entity(name: str, *fields: str, links: tuple[str, ...] = ()) -> dict:
    return {
        "name": name,
        "attributes": [{"name": f} for f in fields],
        "relationships": [{"target": t} for t in links],
    }


@pytest.fixture(scope="module")
def model() -> RoleModel:
    found = shipped()
    assert found is not None, "the package ships roles.bin (python -m bench.fit_roles --write)"
    return found


def test_the_right_reading_of_a_plain_request_has_no_odd_roles(model: RoleModel) -> None:
    request = "Keep track of kayaks with colour, length and hull type"
    assert model.odd_roles(request, [_entity("Kayak", "colour", "length", "hull_type")]) == 0


@pytest.mark.parametrize(
    ("request_text", "right", "misread"),
    [
        # a frame noun taken for the thing
        (
            "Set up a kayak registry with colour and length",
            _entity("Kayak", "colour", "length"),
            _entity("KayakRegistry", "colour", "length"),
        ),
        # the writer's organisation taken for the thing kept
        (
            "Our rowing club needs to record its boats: name, seats, purchase date.",
            _entity("Boat", "name", "seats", "purchase_date"),
            _entity("RowingClub", "name", "seats", "purchase_date"),
        ),
        # a listed field lost
        (
            "Keep track of kayaks with colour, length and hull type",
            _entity("Kayak", "colour", "length", "hull_type"),
            _entity("Kayak", "colour", "length"),
        ),
        # a clause read as a field
        (
            "Track kayaks with colour and length, and email me when one is returned",
            _entity("Kayak", "colour", "length"),
            _entity("Kayak", "colour", "length", "email_me_when_one_is_returned"),
        ),
        # the new field taken for a new thing
        (
            "Add a launch year to Boat",
            _entity("Boat", "launch_year"),
            _entity("LaunchYear"),
        ),
    ],
)
def test_a_misread_is_doubted_more_than_the_right_reading(
    model: RoleModel, request_text: str, right: dict, misread: dict
) -> None:
    assert model.odd_roles(request_text, [misread]) > model.odd_roles(request_text, [right])


def test_names_meet_words_the_same_way_for_a_label_and_a_reading() -> None:
    words = roles.words_of("Members borrow many books; each loan has a due date.")
    given = roles.roles(words, [_entity("Member", "due_date", links=("Book",))])
    by_word = {w: roles.ROLES[r] for w, r in zip(words, given, strict=True)}
    assert by_word["Members"] == "E" and by_word["books"] == "L"
    assert by_word["due"] == by_word["date"] == "F"
    assert by_word["loan"] == by_word["borrow"] == "O"


def test_the_shipped_model_was_trained_on_the_dev_split_as_it_is() -> None:
    from bench.fit_roles import fingerprint, trainable
    from bench.recognition_corpus import load_split

    assert shipped_fingerprint() == fingerprint(trainable(load_split("dev"))), (
        "the dev split changed since the role model was trained: run "
        "`python -m bench.fit_roles --write`, then `--oof`, then "
        "`python -m bench.fit_confidence --write`"
    )


def test_weights_survive_the_file_they_are_shipped_in(model: RoleModel) -> None:
    again, tag = RoleModel.from_bytes(model.to_bytes("7:cafe"))
    assert tag == "7:cafe"
    request = "Shelves: label, width and height"
    for reading in ([_entity("Shelf", "label", "width", "height")], [_entity("Label")]):
        assert again.odd_roles(request, reading) == model.odd_roles(request, reading)


@pytest.mark.parametrize(
    "content", [None, b"", b"not a model", b"baes-roles-1\n" + b" " * 40 + b"?"]
)
def test_a_missing_or_broken_weights_file_costs_the_second_opinion_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    if content is not None:
        (tmp_path / roles.WEIGHTS_FILE).write_bytes(content)
    monkeypatch.setattr(roles.resources, "files", lambda _package: tmp_path)
    roles._shipped.cache_clear()
    try:
        assert shipped() is None
        request = "Set up a kayak registry with colour and length"
        draft = Recognizer().draft(clean(request))
        assert confidence.odd_roles(draft, request) == 0
        got = Recognizer().recognize(request, normalizer=FallbackNormalizer())
        assert got.entities and got.entities[0].name == "Kayak"
    finally:
        roles._shipped.cache_clear()
        # (the patched `resources.files` is importlib's own: an intent model first loaded
        # under it was cached as absent for every later test in this process)
        intents._shipped.cache_clear()


def test_custom_logic_kept_aside_is_not_held_against_the_reading(model: RoleModel) -> None:
    """ "status goes draft -> paid -> shipped" names no field, though the model has seen
    "status" and "paid" as fields in most places: words the rules kept aside as custom logic
    and the reading leaves out are not counted."""
    request = (
        "Keep orders with reference, total and placed on; status goes draft -> paid -> shipped"
    )
    right = [_entity("Order", "reference", "total", "placed_on")]
    aside = ["status goes draft -> paid -> shipped"]
    assert model.odd_roles(request, right) > 0
    assert model.odd_roles(request, right, aside) == 0
    # a word of the set-aside text that the reading does use still counts as any other
    misread = [_entity("Order", "reference", "total", "placed_on", "status_goes_draft")]
    assert model.odd_roles(request, misread, aside) > 0


def test_a_reading_with_a_workflow_kept_aside_is_accepted() -> None:
    request = (
        "Keep orders with reference, total and placed on; status goes draft -> paid -> shipped; "
        "email the buyer when shipped"
    )
    got = Recognizer().recognize(request, normalizer=FallbackNormalizer())
    assert got.status == "recognized", got
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Order", ["reference", "total", "placed_on"])
    ]
    assert got.custom_logic, "the workflow goes to the person and the LLM, not into fields"
