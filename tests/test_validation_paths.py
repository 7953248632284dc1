"""A verdict never depends on where a file sits: the same file, the same verdict, everywhere.

Two checks. The fixtures in tests/fixtures/validation/paths/ each say, on their first line,
the verdict and kind they must get (`# expect: confident_rejection backend`; `*` for a kind
that may follow the path, as for a file that does not parse); each is validated at a dozen
paths — the repository root, folders of a generated tree, folders baes does not know, absolute
and Windows paths, and renamed with a test_ prefix. Then every fixture of the rule harness and
the corpus is validated at its own path, at the root and in an unknown folder, and must get the
same kind, verdict and findings each time.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pytest

from baes_tui.core.verdicts import Verdict
from baes_tui.validation import validate_source

FIXTURES = Path(__file__).parent / "fixtures" / "validation"
PATHS = FIXTURES / "paths"
_EXPECT = re.compile(r"^(?:#|--|<!--)\s*expect:\s*(\w+)\s+(\w+|\*)")
LOCATIONS = (
    "{name}",
    "app/repositories/{name}",
    "app/routes/{name}",
    "app/pages/{name}",
    "app/templates/{name}",
    "migrations/{name}",
    "tests/{name}",
    "tests/test_{name}",
    "lib/vendor/deep/{name}",
    "scratch/{name}",
    "/home/someone/other-project/src/{name}",
    "C:\\Users\\someone\\project\\{name}",
)


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="surrogateescape")


def _judged(verdict: Verdict) -> tuple[str, tuple[tuple[str, int, str], ...]]:
    return verdict.outcome, tuple((f.rule_id, f.line, f.severity) for f in verdict.findings)


def _path_fixtures() -> list[Path]:
    return sorted(p for p in PATHS.iterdir() if p.is_file())


@pytest.mark.parametrize("fixture", _path_fixtures(), ids=lambda p: p.name)
def test_same_file_gets_the_same_verdict_at_every_path(fixture: Path) -> None:
    text = _read(fixture)
    expect = _EXPECT.match(text)
    assert expect, f"{fixture.name} must start with an `expect: OUTCOME KIND` line"
    outcome, kind = expect.groups()
    verdicts = {
        location: validate_source(location.format(name=fixture.name), text, early_exit=False)
        for location in LOCATIONS
    }
    judged = {location: _judged(v) for location, v in verdicts.items()}
    first = judged[LOCATIONS[0]]
    assert first[0] == outcome, verdicts[LOCATIONS[0]].feedback
    assert all(j == first for j in judged.values()), judged
    if kind != "*":
        assert {v.kind for v in verdicts.values()} == {kind}, {
            loc: (v.kind, v.kind_reason) for loc, v in verdicts.items()
        }


def test_issue_12_sql_module_is_rejected_in_an_unknown_folder_too() -> None:
    text = _read(PATHS / "repository_fstring.py")
    unknown = validate_source("somewhere/new/x.py", text)
    known = validate_source("app/repositories/x.py", text)
    assert unknown.outcome == known.outcome == "confident_rejection"
    assert unknown.rule_ids == known.rule_ids == ("BE006-sql-string-formatting",)
    assert unknown.kind_reason == "content: database access (imports sqlite3, line 5)"
    assert known.kind_reason.endswith("the path agrees")


def _harness_files() -> list[Path]:
    roots = (FIXTURES / "rules", FIXTURES / "corpus")
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def _own_path(path: Path) -> str:
    relative = path.relative_to(FIXTURES)
    if relative.parts[0] == "rules":  # rules/<rule id>/<path the harness validates under>
        return str(PurePosixPath(*relative.parts[2:]))
    return str(PurePosixPath(*relative.parts[1:]))


@pytest.mark.parametrize(
    "fixture", _harness_files(), ids=lambda p: p.relative_to(FIXTURES).as_posix()
)
def test_every_fixture_is_judged_the_same_at_the_root_and_in_an_unknown_folder(
    fixture: Path,
) -> None:
    text = _read(fixture)
    own = validate_source(_own_path(fixture), text, early_exit=False)
    for elsewhere in (fixture.name, f"unknown/place/{fixture.name}"):
        moved = validate_source(elsewhere, text, early_exit=False)
        assert _judged(moved) == _judged(own), (elsewhere, moved.feedback, own.feedback)
        if "does not parse" not in own.kind_reason:  # only then may the path decide the kind
            assert moved.kind == own.kind, (elsewhere, moved.kind_reason, own.kind_reason)
