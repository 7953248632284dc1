"""WordNet's index files are searched block by block (speed): every word must still be found
exactly where a line-by-line reading of the file finds it, at a block's edges too."""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.recognition import nouns
from baes_tui.recognition.nouns import _SortedFile


def _sorted_file(tmp_path: Path, lemmas: list[str]) -> _SortedFile:
    header = "  1 a licence line, indented as WordNet's are\n  2 another\n"
    body = "".join(f"{lemma} n {len(lemma) % 5 + 1} 0 x\n" for lemma in sorted(lemmas))
    path = tmp_path / "index.test"
    path.write_bytes((header + body).encode())
    return _SortedFile(path)


@pytest.mark.parametrize("block", [1, 16, 64, 4096])
def test_every_listed_word_is_found_and_no_other(
    tmp_path: Path, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nouns, "_BLOCK", block)
    # a glassblower's stock: words that share beginnings, so one may be taken for another
    lemmas = ["bead", "beads", "beaker", "bowl", "cullet", "frit", "gaffer", "glory_hole"]
    lemmas += [f"vessel{i:03d}" for i in range(200)]
    index = _sorted_file(tmp_path, lemmas)
    for lemma in lemmas:
        assert index.senses(lemma) == len(lemma) % 5 + 1, lemma
    for unknown in ["bea", "beadz", "aardvark", "zzz", "vessel", "vessel1999", "glory", ""]:
        assert index.senses(unknown) is None, unknown


def test_an_index_with_nothing_after_its_licence_finds_nothing(tmp_path: Path) -> None:
    index = _sorted_file(tmp_path, [])
    assert index.senses("kiln") is None
