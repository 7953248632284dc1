"""The rule harness: every rule is pinned by annotated known-good and known-bad fixtures.

Semgrep-style annotations sit on their own line and point at the next code line:
`# ruleid: X` (X must report that line), `# ok: X` (X must not), `todoruleid` / `todook` for
known gaps. Any finding on a line not annotated `ruleid` (or `todook`) for its rule fails, so a
rule change that adds a false positive fails here. Fixture files live in
tests/fixtures/validation/rules/<rule id>/<path>; the path below the rule folder is the path the
file is validated under. The kind comes from the content, never that path (test_validation_paths
checks every fixture at other paths too), so fixtures sit where such files usually live or in
folders baes does not know.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from baes_tui.validation import catalog, validate_source

RULE_FIXTURES = Path(__file__).parent / "fixtures" / "validation" / "rules"
_ANNOTATION = re.compile(
    r"^\s*(?:#|--|<!--|\{#)\s*(ruleid|ok|todoruleid|todook)\s*:\s*([\w\s,.-]+?)\s*(?:-->|#\})?\s*$"
)


def _fixture_files() -> list[Path]:
    return sorted(p for p in RULE_FIXTURES.rglob("*") if p.is_file())


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="surrogateescape")


def annotations(text: str) -> dict[str, set[tuple[str, int]]]:
    """Annotation kind -> {(rule id, target line)}; a target is the next non-annotation line."""
    found: dict[str, set[tuple[str, int]]] = defaultdict(set)
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _ANNOTATION.match(line)
        if match:
            pending.extend((match.group(1), rid.strip()) for rid in match.group(2).split(","))
            continue
        for kind, rule_id in pending:
            found[kind].add((rule_id, number))
        pending = []
    return found


@pytest.mark.parametrize(
    "fixture", _fixture_files(), ids=lambda p: str(p.relative_to(RULE_FIXTURES))
)
def test_findings_match_fixture_annotations(fixture: Path) -> None:
    text = _read(fixture)
    marks = annotations(text)
    virtual = str(Path(*fixture.relative_to(RULE_FIXTURES).parts[1:]))
    verdict = validate_source(virtual, text, early_exit=False)
    found = {(f.rule_id, f.line) for f in verdict.findings}

    missing = marks["ruleid"] - found
    unexpected = found - marks["ruleid"] - marks["todook"]
    fixed_gaps = marks["todoruleid"] & found
    report = [f"missing {rule} at line {line}" for rule, line in sorted(missing)]
    report += [f"unexpected {rule} at line {line}" for rule, line in sorted(unexpected)]
    report += [f"todoruleid now found, promote it: {r} line {n}" for r, n in sorted(fixed_gaps)]
    assert not report, "\n".join([*report, *verdict.feedback])


def _all_annotations() -> dict[str, set[tuple[str, int]]]:
    merged: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for fixture in _fixture_files():
        for kind, marks in annotations(_read(fixture)).items():
            merged[kind] |= {(rule_id, 0) for rule_id, _ in marks}
    return merged


ALL = _all_annotations()


@pytest.mark.parametrize("rule_id", [r.id for r in catalog()])
def test_every_rule_has_known_bad_and_known_good_fixtures(rule_id: str) -> None:
    assert (rule_id, 0) in ALL["ruleid"], f"{rule_id} has no `ruleid:` fixture"
    assert (rule_id, 0) in ALL["ok"], f"{rule_id} has no `ok:` fixture"


def test_annotations_name_only_rules_that_exist() -> None:
    known = {r.id for r in catalog()}
    named = {rule_id for marks in ALL.values() for rule_id, _ in marks}
    assert named <= known, f"unknown rule ids in fixtures: {sorted(named - known)}"


def test_annotation_points_at_next_code_line() -> None:
    text = "# ruleid: A, B\n# ok: C\nx = 1\n# todook: D\ny = 2\n"
    marks = annotations(text)
    assert marks["ruleid"] == {("A", 3), ("B", 3)}
    assert marks["ok"] == {("C", 3)}
    assert marks["todook"] == {("D", 5)}
