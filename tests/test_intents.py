"""The intent model: a model learned from the dev split and the pending batches that doubts a
reading whose intent the request's words do not ask for (baes_tui/recognition/intents.py).

What a user relies on: a plain add read as a create is doubted, a plain create is not; the
model ships with the package and was trained on the data its tag names, as it is now; a
missing or broken weights file costs the intent model's opinion, never a recognition; a cache
hit never loads the weights.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition import confidence, intents
from baes_tui.recognition.cache.store import RecognitionCache
from baes_tui.recognition.intents import IntentModel, shipped, shipped_fingerprint
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.service import RecognitionService
from baes_tui.recognition.text import clean
from baes_tui.recognition.wordnet import LazyLemmatizer


@pytest.fixture(scope="module")
def model() -> IntentModel:
    found = shipped()
    assert found is not None, "the package ships intents.bin (python -m bench.fit_intents --write)"
    return found


def _best(model: IntentModel, request: str) -> str:
    scores = model.scores(clean(request).text)
    return max(scores, key=scores.__getitem__)


@pytest.mark.parametrize(
    ("request_text", "intent"),
    [
        ("Every kayak also needs a hull colour", "add_fields"),
        ("Invoice should also have a due date", "add_fields"),
        ("The Greenhouse also needs a humidity reading", "add_fields"),
        ("Track kayaks with colour, length and hull type", "create_entity"),
        ("Keep a list of beehives: location, queen age, last inspection", "create_entity"),
        ("drop the fax number from Supplier", "remove_fields"),
        ("rename email to contact email on Student", "rename_field"),
        ("each order belongs to one customer", "add_relationship"),
        ("make it better", "needs_clarification"),
    ],
)
def test_the_model_reads_what_plain_requests_ask(
    model: IntentModel, request_text: str, intent: str
) -> None:
    assert _best(model, request_text) == intent


def _features(draft, request: str) -> dict[str, float]:
    return confidence.features_of(draft, clean(request), request)


def _without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidence, "shipped_intents", lambda: None)


@pytest.mark.parametrize(
    "request_text",
    [
        "Member also needs a phone number",
        "Invoice should also have a due date",
        "The Greenhouse also needs a humidity reading",
    ],
)
def test_a_plain_add_read_as_a_create_is_doubted(
    monkeypatch: pytest.MonkeyPatch, request_text: str
) -> None:
    draft = Recognizer().draft(clean(request_text))
    assert draft.intent is Intent.ADD_FIELDS
    misread = replace(draft, intent=Intent.CREATE_ENTITY)
    # (shipped at 0 until lead36's "And also keep the invoices" is settled: the fitted weight)
    monkeypatch.setitem(confidence.WEIGHTS, "intent_doubt", -7.19)
    doubted = _features(misread, request_text)
    assert doubted["intent_doubt"] > 0
    # the right reading has no intent doubt
    assert _features(draft, request_text)["intent_doubt"] == 0
    _without_model(monkeypatch)
    alone = _features(misread, request_text)
    assert alone["intent_doubt"] == 0
    assert confidence.score(doubted) < confidence.score(alone)


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a system to manage students with name, email, and age",
        "Track kayaks with colour, length and hull type",
        "Keep a list of beehives: location, queen age, last inspection",
    ],
)
def test_a_plain_create_is_not_doubted(monkeypatch: pytest.MonkeyPatch, request_text: str) -> None:
    draft = Recognizer().draft(clean(request_text))
    assert draft.intent is Intent.CREATE_ENTITY
    with_model = _features(draft, request_text)
    assert with_model["intent_doubt"] == 0
    _without_model(monkeypatch)
    assert confidence.score(with_model) == confidence.score(_features(draft, request_text))


@pytest.mark.parametrize(
    "request_text",
    [
        "Please also add a Badge entity: badge number, issued on.",
        "Extend the app with a Locker entity: code, floor.",
    ],
)
def test_a_new_entity_named_as_one_is_not_doubted_for_its_words_of_change(
    model: IntentModel, request_text: str
) -> None:
    """The model reads "also add" and "extend" as a change; a create of an entity the request
    names as one keeps its confidence (the model cannot tell an entity added from a field)."""
    draft = Recognizer().draft(clean(request_text))
    assert draft.intent is Intent.CREATE_ENTITY
    assert model.doubt(clean(request_text).text, "create_entity") > 0
    assert _features(draft, request_text)["intent_doubt"] == 0


def test_the_shipped_model_was_trained_on_the_data_its_tag_names() -> None:
    """The tag names the pending batches trained on and a checksum of their cases and the dev
    split's, whatever file holds them: a batch moved into dev keeps it, a label fixed or a case
    added does not (a new pending batch is not in the tag until the next --write)."""
    from bench.fit_intents import expected_tag

    tag = shipped_fingerprint()
    assert tag is not None
    assert expected_tag(tag) == tag, (
        "the training data changed since the intent model was trained: run "
        "`python -m bench.fit_intents --write`, then `--oof`, then "
        "`python -m bench.fit_confidence --only intent_doubt --write`"
    )


def test_weights_survive_the_file_they_are_shipped_in(model: IntentModel) -> None:
    again, tag = IntentModel.from_bytes(model.to_bytes("7:cafe fresh-xx"))
    assert tag == "7:cafe fresh-xx"
    text = clean("Shelves: label, width and height").text
    assert again.scores(text) == pytest.approx(model.scores(text), abs=0.01)


@pytest.mark.parametrize(
    "content", [None, b"", b"not a model", b"baes-intents-1\n7:cafe\n?", b"baes-intents-1\n"]
)
def test_a_missing_or_broken_weights_file_costs_the_second_opinion_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    if content is not None:
        (tmp_path / intents.WEIGHTS_FILE).write_bytes(content)
    monkeypatch.setattr(intents.resources, "files", lambda _package: tmp_path)
    intents._shipped.cache_clear()
    try:
        assert shipped() is None
        request = "Member also needs a phone number"
        draft = Recognizer().draft(clean(request))
        assert confidence.intent_gap(draft, clean(request)) == 0
        got = Recognizer().recognize(request, normalizer=FallbackNormalizer())
        assert got.intent is Intent.ADD_FIELDS
    finally:
        intents._shipped.cache_clear()


async def test_a_cache_hit_never_loads_the_weights(tmp_path: Path) -> None:
    request = "Create a system to manage kayaks with colour, length and hull type"
    cache = await RecognitionCache.open(tmp_path / "cache.db")
    service = RecognitionService(lemmatizer=LazyLemmatizer(), cache=cache)
    try:
        assert (await service.recognize(request)).cache == "miss"
        intents._shipped.cache_clear()
        assert (await service.recognize(request)).cache == "hit"
        assert intents._shipped.cache_info().currsize == 0
    finally:
        intents._shipped.cache_clear()
        await cache.close()


@pytest.mark.parametrize(
    "request_text",
    [
        # the thing named first, as a heading or a subject
        "Each Wetsuit now needs a thickness in millimetres",
        "Piano gets a last tuned date and a humidity reading",
        "The Locksmith should have a van registration as well",
        # the change in a user story, the owner in its want
        "As a groomer I want each Dog to have a coat type so that I book the right slot",
        # a type or an optional field changed, said as a label
        "Bouquet: make the card message optional",
    ],
)
def test_a_change_to_fields_read_as_a_create_is_doubted(
    monkeypatch: pytest.MonkeyPatch, request_text: str
) -> None:
    """A create the model reads as a change to a thing's fields is doubted below the gap of
    `intent_doubt` too (`change_doubt`): out of fold such creates were nearly all wrong."""
    draft = Recognizer().draft(clean(request_text))
    assert draft.intent is not Intent.CREATE_ENTITY
    misread = replace(draft, intent=Intent.CREATE_ENTITY)
    # (shipped at 0 until the house tests' short label forms of a create are settled: the
    # weight fitted with it, mdl62)
    monkeypatch.setitem(confidence.WEIGHTS, "change_doubt", -3.62)
    doubted = _features(misread, request_text)
    assert doubted["intent_doubt"] + doubted["change_doubt"] > 0
    assert _features(draft, request_text)["change_doubt"] == 0
    _without_model(monkeypatch)
    alone = _features(misread, request_text)
    assert alone["change_doubt"] == alone["intent_doubt"] == 0
    assert confidence.score(doubted) < confidence.score(alone)


@pytest.mark.parametrize(
    "request_text",
    [
        "I need a register of kites: model, size in square metres, owner name",
        "We run a tea shop and want to record our blends: name, origin, caffeine level",
        "New thing to track: beach huts with a hut number, a colour and a weekly rent.",
        "Log watch repairs: customer name, movement type, date received, quote",
    ],
)
def test_a_plain_create_has_no_change_doubt(request_text: str) -> None:
    draft = Recognizer().draft(clean(request_text))
    assert draft.intent is Intent.CREATE_ENTITY
    assert _features(draft, request_text)["change_doubt"] == 0
