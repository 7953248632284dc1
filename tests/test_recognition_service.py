"""normalize → cache → recognizer, as both faces use it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from baes_tui.core.models import Attribute, AttrType, EntitySpec
from baes_tui.recognition.cache.store import RecognitionCache
from baes_tui.recognition.rules_id import rules_id
from baes_tui.recognition.service import RecognitionService
from baes_tui.recognition.wordnet import LazyLemmatizer

REQUEST = "Create a system to manage students with name, email, and age"


async def _service(
    tmp_path: Path, lemmatizer: LazyLemmatizer | None = None, threshold: float | None = None
):
    cache = await RecognitionCache.open(tmp_path / "cache.db")
    kept = {} if threshold is None else {"threshold": threshold}
    service = RecognitionService(lemmatizer=lemmatizer or LazyLemmatizer(), cache=cache, **kept)
    return cache, service


async def test_a_hit_returns_what_was_stored_not_a_canned_answer(tmp_path: Path) -> None:
    cache, service = await _service(tmp_path)
    first = await service.recognize(REQUEST)
    again = await service.recognize(
        "create a system for managing Students with name, email and age!"
    )
    assert (first.cache, again.cache) == ("miss", "hit")
    assert again.intent == first.intent and again.confidence == first.confidence
    assert again.entity == first.entity
    assert again.request.startswith("create a system for managing")
    stats = await cache.stats()
    assert (stats.session.hits, stats.session.misses) == (1, 1)
    await cache.close()


async def test_preview_neither_counts_nor_stores(tmp_path: Path) -> None:
    cache, service = await _service(tmp_path)
    preview = await service.preview(REQUEST)
    assert preview.cache == "miss"
    assert await cache.count_entries() == 0
    await service.recognize(REQUEST)
    assert (await service.preview(REQUEST)).cache == "hit"
    stats = await cache.stats()
    assert (stats.session.hits, stats.session.misses) == (0, 1)
    await cache.close()


async def test_hit_is_rejected_when_attribute_missing_from_request(tmp_path: Path) -> None:
    cache, service = await _service(tmp_path)
    first = await service.recognize(REQUEST)
    assert first.entity is not None
    # A stale entry under the same key that names a field the request never mentions.
    poisoned = replace(
        first,
        entities=(
            replace(first.entity, attributes=(*first.entity.attributes, Attribute("salary"))),
        ),
    )
    await cache.put(poisoned)
    answer = await service.recognize(REQUEST)
    assert answer.cache == "miss"
    assert [a.name for a in answer.entity.attributes] == ["name", "email", "age"]
    stats = await cache.stats()
    assert stats.session_collisions == 1
    stored = await cache.peek(answer.normalized_key)
    assert stored is not None and stored.recognition.entity == first.entity
    await cache.close()


async def test_a_reading_stored_by_other_rules_is_read_again(tmp_path: Path) -> None:
    # An upgrade changed the rules: what older rules read (age as text) is no longer what
    # these rules read in the same words, though it names only words of the request.
    cache, service = await _service(tmp_path)
    first = await service.recognize(REQUEST)
    assert first.entity is not None
    older = replace(
        first,
        entities=(
            replace(
                first.entity,
                attributes=tuple(
                    replace(a, type=AttrType.STR) if a.name == "age" else a
                    for a in first.entity.attributes
                ),
            ),
        ),
    )
    await cache.put(older, rules_id="older rules")
    answer = await service.recognize(REQUEST)
    assert answer.cache == "miss"
    assert answer.entity == first.entity
    assert (await cache.stats()).session_collisions == 1
    await cache.close()


async def test_a_reading_other_rules_stored_that_still_holds_is_kept_for_these(
    tmp_path: Path,
) -> None:
    cache, service = await _service(tmp_path)
    first = await service.recognize(REQUEST)
    stored = await cache.peek(first.normalized_key)
    assert stored is not None and stored.rules_id is not None  # read by these rules
    await cache.put(stored.recognition, rules_id="older rules")
    again = await service.recognize(REQUEST)
    assert again.cache == "hit" and again.entity == first.entity
    checked = await cache.peek(first.normalized_key)
    assert checked is not None and checked.rules_id == stored.rules_id
    await cache.close()


def test_another_normalizer_or_threshold_is_another_reading() -> None:
    # A hit stored under one normalizer or threshold is read again under another.
    ids = {rules_id(n, t) for n in ("wordnet-v1", "fallback-v1") for t in (0.8, 0.85)}
    assert len(ids) == 4
    assert rules_id("wordnet-v1", 0.8) == rules_id("wordnet-v1", 0.8)


async def test_unclear_requests_are_never_cached(tmp_path: Path) -> None:
    cache, service = await _service(tmp_path)
    answer = await service.recognize("please do the thing")
    assert answer.needs_clarification
    assert await cache.count_entries() == 0
    await cache.close()


async def test_entries_are_rekeyed_when_the_normalizer_changes(tmp_path: Path) -> None:
    no_wordnet = LazyLemmatizer(extra_paths=(tmp_path / "empty",))
    no_wordnet._load = lambda: (setattr(no_wordnet, "error", "no data"), no_wordnet.ready.set())
    cache, service = await _service(tmp_path, no_wordnet)
    before = await service.recognize("creating students with names")
    assert before.normalizer_id.startswith("fallback")
    await cache.close()

    cache, service = await _service(tmp_path)
    after = await service.recognize("creating students with names")
    assert after.cache == "hit"
    assert after.normalizer_id.startswith("wordnet")
    entry = await cache.peek(after.normalized_key)
    assert entry is not None and entry.normalizer_id == after.normalizer_id
    await cache.close()


async def test_a_clarified_answer_is_stored_as_human(tmp_path: Path) -> None:
    cache, service = await _service(tmp_path)
    unclear = await service.recognize("track the things we lend")
    fixed = replace(unclear, entities=(EntitySpec("Loan", (Attribute("item"),)),))
    await service.remember(fixed)
    answer = await service.recognize("track the things we lend")
    assert answer.cache == "hit" and answer.source == "human"
    assert answer.entity is not None and answer.entity.name == "Loan"
    await cache.close()


async def test_a_paraphrase_never_brings_another_requests_custom_logic(tmp_path: Path) -> None:
    # Same entity and fields, different custom logic: two meanings, not one. (The role model,
    # roles.py, doubts the words of the custom-logic clauses, so the right reading of the first
    # is asked at the default threshold; a person's lower one lets it be stored.)
    cache, service = await _service(tmp_path, threshold=0.3)
    first = await service.recognize(
        "Create invoices with amount and tax rate; status moves pending -> approved -> rejected;"
        " send an email when paid"
    )
    assert len(first.custom_logic) == 2
    other = await service.recognize(
        "Create invoices with amount and tax rate. The total is computed as amount * (1 + tax rate)"
    )
    assert other.cache == "miss"
    assert [item.split(":")[0] for item in other.custom_logic] == ["computed_properties"]
    plain = await service.recognize("Create invoices with amount and tax rate")
    assert plain.cache == "miss" and plain.custom_logic == ()
    again = await service.recognize(
        "Please create invoices with an amount and a tax rate; the status moves pending -> "
        "approved -> rejected, and send an email when paid"
    )
    assert again.cache == "hit" and again.custom_logic == first.custom_logic
    await cache.close()


async def test_a_request_with_slips_hits_its_own_entry_when_asked_again(tmp_path: Path) -> None:
    # the reading's names are the words meant ("nmae" read as name, "memebers" as members):
    # the check must take the slips the reading says it mended, or the entry is removed as a
    # collision every time the same words are asked again
    cache, service = await _service(tmp_path)
    for request in (
        "Meals: nmae, prcie, vegetarain (yes/no)",
        "Create a system for choir memebers with name and voice part",
    ):
        first = await service.recognize(request)
        assert first.status == "recognized" and any("(spelling)" in n for n in first.notes)
        again = await service.recognize(request)
        assert (first.cache, again.cache) == ("miss", "hit")
        assert again.entities == first.entities
    stats = await cache.stats()
    assert stats.session_collisions == 0
    await cache.close()


def test_a_mended_slip_vouches_only_for_a_request_that_holds_the_typed_word() -> None:
    from baes_tui.core.models import Recognition
    from baes_tui.recognition.hitcheck import matches_request
    from baes_tui.recognition.normalize import FallbackNormalizer

    normalizer = FallbackNormalizer(reason="test")
    reading = Recognition(
        request="Meals: nmae, prcie",
        normalized_key="meal nmae prcie",
        intent="create_entity",
        entities=(EntitySpec("Meal", (Attribute("name"), Attribute("price", AttrType.DECIMAL))),),
        confidence=0.98,
        notes=("read 'nmae' as 'name' (spelling)", "read 'prcie' as 'price' (spelling)"),
    )
    assert matches_request(reading, normalizer.tokens("Meals: nmae, prcie"), normalizer)
    assert matches_request(reading, normalizer.tokens("meal name price"), normalizer)
    # the typed word is not there, nor the word meant: the entry names what was not asked
    assert not matches_request(reading, normalizer.tokens("Meals: nmae, cost"), normalizer)
    assert not matches_request(reading, normalizer.tokens("Meals: prcie"), normalizer)
