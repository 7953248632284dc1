"""WordNet provisioning (offline) and the lemmatizer the normalizer loads."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest

from baes_tui.recognition.lemmas import TABLE as LEMMA_TABLE
from baes_tui.recognition.lemmas import LemmaMemory
from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.wordnet import (
    DEBIAN_WORDNET,
    LEXNAMES,
    REQUIRED_FILES,
    LazyLemmatizer,
    WordNetMissing,
    corpus_dir,
    is_provisioned,
    lexnames_text,
    locate_wordnet,
    provision,
    provision_from_debian,
)

WORDS = [
    ("students", "n"), ("people", "n"), ("categories", "n"), ("children", "n"),
    ("aardwolves", "n"), ("abaci", "n"), ("geese", "n"), ("analyses", "n"), ("data", "n"),
    ("creating", "v"), ("borrows", "v"), ("belongs", "v"), ("was", "v"), ("hired", "v"),
    ("better", "a"), ("biggest", "a"), ("happier", "a"), ("quickly", "r"), ("fastest", "r"),
    ("us", "n"), ("has", "v"), ("boss", "n"), ("addresses", "n"), ("statuses", "n"),
]  # fmt: skip


def test_lexnames_has_the_45_lexicographer_files_in_order() -> None:
    lines = lexnames_text().splitlines()
    assert len(lines) == len(LEXNAMES) == 45
    assert lines[0] == "00\tadj.all\t3"
    assert lines[3] == "03\tnoun.Tops\t1"
    assert lines[-1] == "44\tadj.ppl\t3"


@pytest.mark.skipif(not DEBIAN_WORDNET.is_dir(), reason="Debian's wordnet-base is not installed")
def test_provisioning_copies_files_and_writes_what_debian_lacks(tmp_path: Path) -> None:
    folder = provision_from_debian(tmp_path)
    assert folder == corpus_dir(tmp_path)
    assert is_provisioned(tmp_path)
    assert (folder / "lexnames").read_text() == lexnames_text()
    assert (folder / "index.sense").read_text() == ""
    assert not any(p.is_symlink() for p in folder.iterdir())  # NLTK rejects links out of it
    assert "already provisioned" in provision(tmp_path, online=False)


def test_provisioning_from_a_folder_without_wordnet_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(WordNetMissing, match="wordnet-base"):
        provision_from_debian(tmp_path / "target", source=tmp_path / "nothing")
    assert not corpus_dir(tmp_path / "target").exists()


def test_the_fast_reader_gives_exactly_nltks_lemmas() -> None:
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.stem import WordNetLemmatizer

    ours = LazyLemmatizer()
    assert ours.load(), ours.error
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stock_reader = WordNetCorpusReader(nltk.data.find("corpora/wordnet"), None)

    class Stock(WordNetLemmatizer):
        def _morphy(self, form: str, pos: str, check_exceptions: bool = True) -> list[str]:
            return stock_reader._morphy(form, pos, check_exceptions)

    stock = Stock()
    sample = list(WORDS)
    # Plus every 50th lemma of each index, inflected the way requests inflect words.
    for pos, suffixes in (("n", ("s", "es")), ("v", ("ing", "ed", "s"))):
        lemmas = sorted(stock_reader._lemma_pos_offset_map)[::50]
        sample += [(lemma + suffix, pos) for lemma in lemmas for suffix in suffixes]
    assert len(sample) > 5000
    differing = [(w, p) for w, p in sample if ours.lemmatize(w, p) != stock.lemmatize(w, p)]
    assert differing == []


def test_missing_data_is_remembered_not_raised(tmp_path: Path, monkeypatch) -> None:
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    lemmatizer = LazyLemmatizer(extra_paths=(tmp_path,))
    assert lemmatizer.load() is False
    assert "WordNet data not found" in (lemmatizer.error or "")
    with pytest.raises(WordNetMissing):
        lemmatizer.lemmatize("students", "n")


# --- lemma memory: warm lookups without loading WordNet ----------------------------------------
def _corpus_requests() -> list[str]:
    import tomllib

    root = Path(__file__).parent / "data" / "recognition"
    requests = []
    for name in ("dev.toml", "heldout.toml"):
        with (root / name).open("rb") as fh:
            requests += [case["request"] for case in tomllib.load(fh)["case"]]
    return requests


def _memory_file(tmp_path: Path) -> Path:
    path = tmp_path / "cache.db"
    sqlite3.connect(path).close()
    return path


def test_remembered_lemmas_give_byte_identical_keys_without_loading_wordnet(
    tmp_path: Path,
) -> None:
    requests = _corpus_requests()
    assert len(requests) > 600
    path = _memory_file(tmp_path)
    loaded = LazyLemmatizer()
    fingerprint = loaded.fingerprint()
    assert fingerprint is not None
    loaded.memory = LemmaMemory.open(path, fingerprint)
    wordnet = default_normalizer(loaded)
    expected = [wordnet.normalize(r) for r in requests]
    assert loaded.loaded and loaded.memory.save() > 1000

    warm = LazyLemmatizer(memory=LemmaMemory.open(path, fingerprint))
    remembered = default_normalizer(warm)
    assert remembered.id == wordnet.id == "wordnet-v1"
    assert [remembered.normalize(r) for r in requests] == expected
    assert not warm.loaded and not warm.started.is_set()


def test_a_word_the_memory_lacks_loads_wordnet_and_is_remembered(tmp_path: Path) -> None:
    path = _memory_file(tmp_path)
    fingerprint = LazyLemmatizer().fingerprint()
    assert fingerprint is not None
    memory = LemmaMemory(path, fingerprint, {("students", "n"): "student"})
    lemmatizer = LazyLemmatizer(memory=memory)
    assert lemmatizer.lemmatize("students", "n") == "student"
    assert not lemmatizer.loaded
    assert lemmatizer.lemmatize("geese", "n") == "goose"
    assert lemmatizer.loaded
    assert memory.save() == 1
    assert LemmaMemory.open(path, fingerprint).get("geese", "n") == "goose"


def test_lemmas_of_another_wordnet_are_not_trusted(tmp_path: Path) -> None:
    path = _memory_file(tmp_path)
    old = LemmaMemory(path, "nltk 3.8; wordnet 1,2,3")
    old.learn("data", "n", "datum")
    assert old.save() == 1
    assert LemmaMemory.open(path, "nltk 3.8; wordnet 1,2,3").get("data", "n") == "datum"
    current = LemmaMemory.open(path, "nltk 3.10; wordnet 4,5,6")
    assert len(current) == 0
    current.learn("students", "n", "student")
    current.save()
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"SELECT word, wordnet FROM {LEMMA_TABLE}").fetchall()
    assert rows == [("students", "nltk 3.10; wordnet 4,5,6")]


def test_a_memory_that_cannot_be_read_or_written_costs_nothing_but_time(tmp_path: Path) -> None:
    garbage = tmp_path / "cache.db"
    garbage.write_bytes(b"not a database at all" * 100)
    memory = LemmaMemory.open(garbage, "fp")
    assert len(memory) == 0
    memory.learn("students", "n", "student")
    assert memory.save() == 0  # not written, kept for the session
    assert memory.get("students", "n") == "student" and memory.unsaved == 1
    assert len(LemmaMemory.open(tmp_path / "absent.db", "fp")) == 0
    assert not (tmp_path / "absent.db").exists()


def test_wordnet_is_located_where_nltk_finds_it() -> None:
    import nltk

    lemmatizer = LazyLemmatizer()
    location = lemmatizer.locate()
    assert lemmatizer.load()
    assert location == Path(nltk.data.find("corpora/wordnet").path)


def test_a_half_copied_corpus_is_found_and_reported_broken(tmp_path: Path, monkeypatch) -> None:
    """Like NLTK, the first corpus folder is the one; a half-copied one fails to load with a
    reason instead of being passed over for another, and no lemma is trusted from it."""
    import nltk

    half = tmp_path / "corpora" / "wordnet"
    half.mkdir(parents=True)
    (half / "index.noun").write_text("")
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert locate_wordnet() == half
    lemmatizer = LazyLemmatizer(extra_paths=(), memory=LemmaMemory(None, "fp"))
    assert lemmatizer.fingerprint() is None  # files missing: nothing to vouch for lemmas
    assert default_normalizer(lemmatizer).id == "fallback-v1"
    assert "WordNet failed to load" in (lemmatizer.error or "")
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path / "elsewhere")])
    zipped = tmp_path / "elsewhere" / "corpora" / "wordnet.zip"
    zipped.parent.mkdir(parents=True)
    zipped.write_bytes(b"PK")
    assert locate_wordnet() == zipped


def test_wordnet_found_but_broken_falls_back_instead_of_failing(
    tmp_path: Path, monkeypatch
) -> None:
    """The lemma memory defers the load; a corpus that then fails to load (garbage files)
    must switch recognition to the fallback, with a warning, never raise."""
    import asyncio

    import nltk

    from baes_tui.recognition.service import RecognitionService

    broken = tmp_path / "nltk_data"
    folder = corpus_dir(broken)
    folder.mkdir(parents=True)
    for name in (*REQUIRED_FILES, "lexnames", "index.sense"):
        (folder / name).write_text("garbage that is no index line\n")
    monkeypatch.setattr(nltk.data, "path", [str(broken)])
    lemmatizer = LazyLemmatizer(extra_paths=(broken,))
    lemmatizer.memory = LemmaMemory(None, "fp", {("students", "n"): "student"})
    service = RecognitionService(lemmatizer=lemmatizer, cache=None)
    recognition = asyncio.run(service.recognize("create a teacher with name and email"))
    assert recognition.normalizer_id == "fallback-v1"
    assert recognition.entity is not None and recognition.entity.name == "Teacher"
    assert "WordNet failed to load" in (lemmatizer.error or "")
