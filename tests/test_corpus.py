"""The labelled corpus (tests/data/recognition), dev split only: a regression guard.

The held-out split is never asserted here (nor tuned on); `make bench` reports it. The floors
below are what the recognizer reaches on dev today, rounded down: a change that loses dev
cases fails here and must say why. Dev holds 309 cases written by people who never saw the
recognizer (fa*/fb*) or before it was run on them (c2001-c2049): exactness there is lower
than on the cases the rules were first written for, and unreads are asked, not guessed.
"""

from __future__ import annotations

import asyncio
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.names import safe_entity_name, safe_field_name
from baes_tui.recognition.cache.store import RecognitionCache
from baes_tui.recognition.normalize import FallbackNormalizer, Normalizer, default_normalizer
from baes_tui.recognition.recognizer import DEFAULT_THRESHOLD, READER_FAILED, Recognizer
from baes_tui.recognition.service import RecognitionService
from baes_tui.recognition.wordnet import LazyLemmatizer
from bench.recognition_corpus import (
    CLARIFY_VOICES,
    CORPUS_DIR,
    EVALUATED_ONLY,
    Case,
    Readings,
    Scored,
    differences,
    load_split,
    miss_kinds,
    paraphrase_run,
    summarize,
)

# Floors just under today's dev figures (87.2% exact, 99.0% precision of 2,082, 83.8% paraphrase
# hits, with the 340 fresh-n and fresh-o cases read blind: 63.5% and 70.6% exact at first read),
# raised as the recognizer improves; they fall only when a blind-written batch joins dev (its
# first read is recorded first) or when a doubt that pays on wording nobody tuned on asks right
# readings too (bench/README.md, "Confidence on wording nobody tuned on"). A floor guards
# against regressions; bench/README.md has the goals, measured on the held-out split.
# Branch doubt2 narrowed the doubts that fired on right readings and refitted with fresh-k to
# fresh-o first reads: 88.9% exact (131 -> 85 right readings asked), precision 99.0% of 2,128;
# merged with fnomiss, 89.4% and 99.5% of 2,132 (main: 87.7%, 99.5% of 2,085).
# With fnomiss, nothingread and doubt2 merged (e3b6974): 90.6% exact, 99.5% of 2,164, 84.9%
# paraphrase hits (465/548).
# With fresh-p and fresh-q (340 cases read blind at ec0c2ec: 80.0% and 68.2% exact) joined:
# 88.9% exact, 98.8% of 2,409, 84.5% paraphrase hits (480/568).
# After missingent, precision and nothingread2 (26f744f): 89.8% exact, 99.2% of 2,431, 85.2%
# paraphrase hits (484/568).
# With fresh-r and fresh-s (340 cases read blind at cff5668: 52.9% and 70.6% exact) joined:
# 87.0% exact, 98.1% of 2,647; with the lead's fixes beside it 87.1%, 98.3% of 2,644, 83.6%
# paraphrase hits (496/593).
# Branch fsmiss (fresh-s families: typed field-list notations, labels over entity lists,
# section labels, changes said as a becoming or a wish): 87.8% exact, 98.6% of 2,660.
# Branch frmiss (fresh-r's dictated run-ons: lists without commas, restarts, "each X has",
# "can you" without full stops): 88.0% exact, 98.8% of 2,661, 84.1% paraphrase hits (499/593).
# After nothingread3 (requests read as nothing or with the wrong intent, by how they say it):
# 88.1% exact, 98.5% of 2,675 (main at 847c680: 87.1%, 98.4% of 2,644).
# Both merged: 88.8% exact, 98.9% of 2,686.
# After missing2 (entities, fields and the right entity found where asks were missing them):
# 87.9% exact, 98.4% of 2,670 (42 accepted misreads, as before on 2,644).
# All three merged: 89.5% exact, 98.9% of 2,711.
# After missing3 (PascalCase names before a field, "add to X the field F" after a setting, a
# type said of one bracketed item, "F becomes T on X"): 89.6% exact (3,030 of 3,381), 98.9%
# of 2,714 (main at 342f74d: 89.5%, 98.9% of 2,711).
# With fsmiss merged on top of all three (fresh-s families: typed field-list notations,
# labels over entity lists, section labels, changes said as a becoming or a wish): 89.9% exact,
# 99.1% of 2,719 (3,039 of 3,381 exact).
# Branch runon2 (run-ons: things related by a plural verb, pasted header rows, talk after a
# rename, 'completely' after a removal, an introduction then 'and i need'): 89.7% exact,
# 98.9% of 2,718 on main at 342f74d.
# missing3 merged with fsmiss: 90.0% exact (3,042 of 3,381), 99.1% of 2,722.
# runon2 and missing3 merged as well: 90.2% exact, 99.1% of 2,729; with intent2 (e5cbcbf)
# 90.2%, 99.1% of 2,731, paraphrase hits 85.5% (507/593).
# With fresh-u, fresh-v and fresh-w (510 cases in the original corpus's mix of voices, read
# blind at efdd163: 90.6%, 77.1% and 84.1% exact) joined: 89.4% exact, 98.7% of 3,119,
# paraphrase hits 82.8% (592/715).
# After misc3, techword, convchange and storymiss (be3003c): 91.5% exact, 99.2% of 3,183,
# paraphrase hits 85.6% (612/715).
# With fresh-z, fresh-ga and fresh-gb (510 more, read blind at be3003c: 81.8%, 83.5% and 84.1%
# exact) joined: 90.6% exact (4,401 cases), 99.1% of 3,562, paraphrase hits 83.7% (695/830).
# After misc4, convchange2 and convcreate2 and the lead's fixes (76c3cb6): 91.4% exact, 99.2%
# of 3,594, paraphrase hits 84.9% (705/830); at b6cb552 91.5%, 99.2% of 3,596, 85.3% (708/830).
# With fresh-gc, -gd, -ge, -gf and -gg (850 more, read blind at d61564e: 78.8%, 81.2%, 78.8%,
# 79.4% and 76.5% exact) joined after the lead's fixes (e4718e1): 89.5% exact (5,251 cases),
# 98.8% of 4,196, paraphrase hits 81.7% (825/1,010).
# After convchange3, convcreate3, docs3, oneterse and reltypo (e8a4c49): 91.1% exact, 99.3% of
# 4,261, paraphrase hits 84.5% (853/1,010).
# Two doubts narrowed (0fe04d2): 91.8% exact, 99.3% of 4,299. With fresh-gi, -gj, -gk and -gl
# (680 more, read blind at 0fe04d2: 85.3%, 81.8%, 84.1% and 84.7% exact) joined: 91.0% exact
# (5,931 cases), 99.0% of 4,815, paraphrase hits 82.6% (955/1,156).
# After conv4a, conv4b, docs4 and short4 (a1d1355): 91.5% exact, 99.1% of 4,839, paraphrase hits
# 83.1% (961/1,156).
# With fresh-gn, -go, -gp, -gq and -gr (850 more, read blind at 2390cc1: 83.5%, 82.9%, 83.5%,
# 78.8% and 54.7% exact; -gr is developers' own wording: backticks, snake_case, "service",
# "deploy", "API key") joined after the lead's fixes (db31147): 89.6% exact (6,781 cases), 98.7%
# of 5,425, paraphrase hits 80.4%.
# After conv5, conv6, techa, techb, short5 and short6 and the lead's fixes (1100103): 91.2% exact,
# 99.1% of 5,507, paraphrase hits 82.2% (1,110/1,350). After accwrong5, nothing5, noentity5 and
# one more narrowed doubt (807190b): 91.7% exact, 99.2% of 5,539, 82.5% (1,114/1,350).
# With fresh-gt, -gu, -gv, -gw and -gx (850 more, read blind at 4eb48fb: 76.5%, 79.4%, 64.7%,
# 85.3% and 87.6% exact; -gv is analysts' requirement documents) joined: 90.2% exact (7,631
# cases), 98.9% of 6,138, paraphrase hits 80.0% (1,235/1,544).
# After techc, gwgx, gvshort, reqdoc, learn, conv8 and conv7 and the lead's confidence fixes
# (9c28cf5): 92.2% exact (7,033 of 7,631), 99.2% of 6,262, paraphrase hits 81.7% (1,261/1,544).
# With fresh-gz, -ha, -hb, -hc and -hd (850 more, read blind at 243027c: 78.2%, 68.8%, 71.8%,
# 56.5% and 62.9% exact; care-home staff, writers whose first language is not English,
# spreadsheet people, voice dictation, agile tickets) joined: 89.7% exact (8,481 cases), 98.4% of
# 6,783, paraphrase hits 78.6% (1,350/1,718).
# After care9, esl9, sheet9, voice9a, voice9b, agile9 and unclear9 and the lead's four doubts
# (slips of the keys, unpunctuated run-ons, a command in a name, a dotted field) (e2d6c34):
# 90.8% exact (7,697 of 8,481), 99.1% of 6,817, paraphrase hits 79.7% (1,369/1,718).
# With fresh-hf, -hg, -hh, -hi and -hj (850 more, read blind at 5b7b595: 67.6%, 53.5%, 61.2%,
# 61.2% and 77.1% exact; chat messages, SQL DDL and ORM models, formal specifications,
# beginners' questions, shop owners in five Englishes) joined: 88.4% exact (9,331 cases), 98.7%
# of 7,276, paraphrase hits 75.5% (1,422/1,883).
# After docs10, chat10, ddl10a, ddl10b, spec10, novice10 and dialect10 and the lead's doubts
# (3ead3eb): 90.0% exact (8,402 of 9,331), 99.2% of 7,395, paraphrase hits 78.3% (1,475/1,883).
# With fresh-hl, -hm, -hn, -ho and -hp (850 more, read blind at 372b7e7: 67.6%, 74.1%, 75.9%,
# 66.5% and 82.9% exact; councils and charities, logistics, creative workers, academics,
# founders) joined: 88.7% exact (10,181 cases), 98.8% of 7,946, paraphrase hits 76.7%
# (1,577/2,056).
# After council11, fleet11, studio11, campus11, founder11 and docs11 and the lead's two fixes
# (fd8ec56): 89.4% exact (9,101 of 10,181), 99.1% of 7,988, paraphrase hits 77.6%
# (1,596/2,056).
# With fresh-hr, -hs, -ht and -hu (680 more, read blind at 7caac9d: 94.7%, 94.1%, 88.2% and
# 94.1% exact) and fresh-hx, -hy, -ia and -ib (680 more, written to find where a reader goes
# wrong; read blind at 5fc276e: 82.4%, 84.1%, 83.5% and 72.9%) joined, with the lead's fixes:
# 89.1% exact (10,288 of 11,541), 98.98% of 9,043, paraphrase hits 78.1%.
# After create12, change12, hx13, hy13, ia13 and ib13 (20ab79c): 90.0% exact (10,389), 99.2%
# of 9,122, paraphrase hits 78.6% (1,814/2,309), contrast pairs 629/629.
DEV_EXACT_FLOOR = 0.89
DEV_PRECISION_FLOOR = 0.99
DEV_PARAPHRASE_FLOOR = 0.77
# Requests labelled "ask" that are still read and accepted, one by one, since the batch that
# brought them joined; the set only shrinks (a blind case is joined as written, not dropped).
# Empty after branch unclear9; fresh-hh and -hj brought hh0083 (a wish to comply with a
# standard, asked since branch spec10) and hj0158 (a list naming Stalls without fields, asked
# since docs10). fresh-hm and -ho brought hm0139 (a document naming an entity without fields
# among others that have them) and ho0143 (fields added to no named entity, asked since branch
# founder11); fresh-hl brought hl0117 (a document whose second entity is "to be confirmed"),
# asked for its fields since branch docs11. fresh-ji brought ji0053 (a thing named without fields
# after ", and" at the end of a list of things with fields, read as one more field of the last).
KNOWN_TAKEN_UNCLEAR: frozenset[str] = frozenset({"hm0139", "ji0053"})
# Paraphrase hits that serve a reading wrong for their case (the rules read it wrong too, so
# the cache made nothing worse); only shrinks. fresh-hg brought one (an ALTER TABLE dropping two
# columns read as removing an entity, hg0015), gone since SQL statements read as their change.
# fresh-hl … -hp brought two, both read wrong by the rules too: hl0042 (two lists in one
# sentence read as a link, read right since council11) and hp0130 (a change document's second
# field lost, read right since docs11).
KNOWN_WRONG_HITS = 0


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return default_normalizer(LazyLemmatizer())


@pytest.fixture(scope="module")
def scored(normalizer: Normalizer) -> list[Scored]:
    recognizer = Recognizer()
    rows = []
    for case in load_split("dev"):
        got = recognizer.recognize(case.request, normalizer=normalizer)
        rows.append(Scored(case, got, tuple(differences(case, got))))
    return rows


def test_the_corpus_is_large_and_split_once() -> None:
    dev, held, blind = load_split("dev"), load_split("heldout"), load_split("blind")
    assert len(dev) + len(held) >= 300 and len(held) >= 100
    ids = [c.id for c in dev + held + blind]
    assert len(ids) == len(set(ids)), "case ids are unique over all three files"
    groups = [{c.group for c in split} for split in (dev, held, blind)]
    assert not groups[0] & groups[1], "no group straddles the split"
    assert not (groups[0] | groups[1]) & groups[2], "no blind group is also in dev or held-out"


def test_the_evaluated_only_splits_are_never_read_case_by_case(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--file` and `--record` refuse held-out and blind: their misses are never printed."""
    from bench import bench_recognition, fit_confidence

    for split in EVALUATED_ONLY:
        path = CORPUS_DIR / f"{split}.toml"
        assert bench_recognition.file_report(path, show_cases=True) == 2
        assert fit_confidence.record(path, split) == 2
    assert "aggregates only" in capsys.readouterr().out


def test_dev_labels_follow_the_naming_rules() -> None:
    """Every label is what names.py makes of it (the README's allowance: Bus, Analysis)."""
    data = tomllib.loads((CORPUS_DIR / "dev.toml").read_text(encoding="utf-8"))
    for case in data["case"]:
        for entity in case["expect"].get("entities", []):
            if entity["name"] not in ("Bus", "Analysis"):
                assert safe_entity_name(entity["name"]) == entity["name"], case["id"]
            for attribute in entity.get("attributes", []):
                assert safe_field_name(attribute["name"]) == attribute["name"], case["id"]


def test_dev_split_accuracy_does_not_fall(scored: list[Scored]) -> None:
    summary = summarize(scored)
    wrong = [f"{s.case.id}: {'; '.join(s.problems)}" for s in scored if not s.right]
    assert summary.exact >= DEV_EXACT_FLOOR, "\n".join(wrong)


def test_dev_split_precision_above_threshold_does_not_fall(scored: list[Scored]) -> None:
    summary = summarize(scored)
    wrong = [s.case.id for s in scored if s.accepted and not s.right]
    assert summary.precision_accepted >= DEV_PRECISION_FLOOR, wrong


def test_no_request_of_the_corpus_breaks_a_reader(scored: list[Scored]) -> None:
    """The safety net turns a reader's bug into a question; on the corpus it never fires."""
    assert [s.case.id for s in scored if READER_FAILED in s.got.notes] == []


def test_vague_and_garbage_requests_are_never_accepted(scored: list[Scored]) -> None:
    accepted = [
        s.case.request
        for s in scored
        if s.case.voice in CLARIFY_VOICES and s.accepted and s.case.id not in KNOWN_TAKEN_UNCLEAR
    ]
    assert accepted == []
    clarify = [s for s in scored if s.case.wants_clarification]
    taken = {s.case.id for s in clarify if s.accepted or not s.got.missing}
    assert clarify and taken <= KNOWN_TAKEN_UNCLEAR, sorted(taken - KNOWN_TAKEN_UNCLEAR)
    known = taken | KNOWN_TAKEN_UNCLEAR
    # vague and garbage requests stay well under the threshold; a request labelled to be asked
    # for another reason (things named without fields) under it
    assert all(
        s.got.confidence < (0.6 if s.case.voice in CLARIFY_VOICES else DEFAULT_THRESHOLD)
        for s in clarify
        if s.case.id not in known
    )


def test_vague_and_garbage_requests_are_never_cached(tmp_path: Path) -> None:
    async def run() -> list[str]:
        cache = await RecognitionCache.open(tmp_path / "cache.db")
        service = RecognitionService(lemmatizer=LazyLemmatizer(), cache=cache)
        unclear = [c for c in load_split("dev") if c.wants_clarification]
        for case in unclear:
            if case.id in KNOWN_TAKEN_UNCLEAR:
                continue
            answer = await service.recognize(case.request)
            assert answer.needs_clarification, case.request
        stored = [e.original_request for e in await cache.list_entries(limit=1000)]
        await cache.close()
        return stored

    assert asyncio.run(run()) == []


@pytest.mark.slow
def test_paraphrases_hit_and_never_wrongly(
    tmp_path: Path, normalizer: Normalizer, scored: list[Scored]
) -> None:
    # the rules' readings of dev are already made: the run reads only what they cannot answer
    known = {s.case.request: s.got for s in scored}
    readings = Readings(normalizer.id, DEFAULT_THRESHOLD, known)
    result = asyncio.run(paraphrase_run("dev", tmp_path, readings))
    assert result.hit_rate >= DEV_PARAPHRASE_FLOOR
    assert result.wrong_hits <= KNOWN_WRONG_HITS
    assert result.cache_made_wrong == 0
    assert result.stored_unclear <= len(KNOWN_TAKEN_UNCLEAR)
    assert result.pairs and result.pairs_apart == result.pairs


def test_the_paraphrase_run_borrows_only_readings_made_the_same_way(
    normalizer: Normalizer,
) -> None:
    """A reading lent to the paraphrase run answers only the same request read by the same
    normalizer at the same threshold; anything else is read by the rules."""
    from bench.recognition_corpus import _remembering

    fallback = FallbackNormalizer()
    request = "Create a kayak with hull colour and length"
    lent = Recognizer().recognize("Delete the paddle entity", normalizer=fallback)
    rules = _remembering(Readings(fallback.id, DEFAULT_THRESHOLD, {request: lent}))
    assert rules.recognize(request, normalizer=fallback, threshold=DEFAULT_THRESHOLD) is lent
    for threshold in (0.5, DEFAULT_THRESHOLD):
        other = "Create a canoe with seats"
        assert rules.recognize(other, normalizer=fallback, threshold=threshold).entities[
            0
        ].name == ("Canoe")
    read = rules.recognize(request, normalizer=fallback, threshold=0.5)
    assert read is not lent and read.entities[0].name == "Kayak"
    assert normalizer.id != fallback.id
    read = rules.recognize(request, normalizer=normalizer, threshold=DEFAULT_THRESHOLD)
    assert read is not lent and read.entities[0].name == "Kayak"


def test_recognition_does_not_depend_on_the_normalizer(scored: list[Scored]) -> None:
    """The rules read the same with WordNet or the fallback: only the cache key differs."""
    recognizer = Recognizer()
    fallback = FallbackNormalizer()
    for s in scored[::7]:
        other = recognizer.recognize(s.case.request, normalizer=fallback)
        assert other.to_dict() | {"normalized_key": ""} == s.got.to_dict() | {
            "normalized_key": ""
        }, s.case.id


def test_misses_are_told_apart_by_part_without_showing_the_request() -> None:
    """The bench's breakdown of misses (the only view of a sealed batch) names the part of the
    reading that was wrong, never a word of the request."""
    assert miss_kinds(["status needs_clarification != recognized"]) == {
        "status: needs_clarification"
    }
    assert miss_kinds(["Kayak fields ['colour', 'hull'] != ['colour']"]) == {"field extra"}
    assert miss_kinds(["Kayak fields ['colour'] != ['colour', 'hull']"]) == {"field missing"}
    assert miss_kinds(["entities ['Registry'] != ['Member']"]) == {"entity names all different"}
    assert miss_kinds(["Kayak.hull.type int != float", "intent add_fields != create_entity"]) == {
        "field type",
        "intent: create_entity read as add_fields",
    }
    kinds = miss_kinds(["Kayak fields ['hull_no', 'secret'] != ['hull', 'secret']"])
    assert kinds == {"field names swapped (some missing, some extra)"}


def test_a_right_reading_asked_for_confirmation_counts_as_a_right_reading_not_as_exact() -> None:
    """The bench tells a right reading held under the threshold (one confirmation) from a wrong
    one: it is not exactly right, but its reading is."""
    label = {
        "status": "recognized",
        "intent": "create_entity",
        "entities": [{"name": "Kayak", "attributes": [{"name": "hull", "type": "str"}]}],
    }
    case = Case("x1", "g", "one-liner", "Kayaks with a hull", label)
    kayak = EntitySpec("Kayak", (Attribute("hull", AttrType.STR),))
    asked = Recognition(
        request=case.request,
        normalized_key="kayak hull",
        intent=Intent.CREATE_ENTITY,
        entities=(kayak,),
        confidence=0.7,
        status="needs_clarification",
        missing=("confirmation",),
    )
    wrong = replace(asked, entities=(EntitySpec("Hull"),))
    rows = [Scored(case, got, tuple(differences(case, got))) for got in (asked, wrong)]
    summary = summarize(rows)
    assert summary.exact == 0.0
    assert summary.reading_right == 0.5
