"""The corpus of realistic generated files: each folder says what the verdict must be.

good/ is what the templates produce (approved), bad/ is what an LLM or a broken template might
produce (rejected), review/ holds custom logic and destructive migrations (uncertain). The
benchmark in bench/bench_validation.py measures speed and confident share on the same files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.validation import validate_paths

CORPUS = Path(__file__).parent / "fixtures" / "validation" / "corpus"
EXPECTED = {"good": "confident_approval", "bad": "confident_rejection", "review": "uncertain"}


def _files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file())


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_corpus_file_gets_the_verdict_its_folder_names(path: Path) -> None:
    [verdict] = validate_paths([path])
    expected = EXPECTED[path.relative_to(CORPUS).parts[0]]
    assert verdict.outcome == expected, "\n".join(verdict.feedback)


def test_corpus_covers_every_file_kind() -> None:
    kinds = {v.kind for v in validate_paths([CORPUS])}
    assert kinds == {"backend", "database", "frontend", "tests", "config", "other"}
