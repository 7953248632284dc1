"""WordNet provisioning (offline) and the lemmatizer the normalizer loads."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from baes_tui.recognition.wordnet import (
    DEBIAN_WORDNET,
    LEXNAMES,
    LazyLemmatizer,
    WordNetMissing,
    corpus_dir,
    is_provisioned,
    lexnames_text,
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
