"""The validation engine: kinds, outcomes, early exit, feedback, files on disk, the catalog."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation import (
    catalog,
    count_outcomes,
    kind_for_path,
    rule_by_id,
    validate_paths,
    validate_source,
    verdicts_to_json,
)
from baes_tui.validation.engine import MAX_FILE_BYTES

GOOD_GET_DB = """\
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

logger = logging.getLogger(__name__)


@contextmanager
def get_db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect("data/app.db")
    conn.row_factory = sqlite3.Row
    try:
        yield conn
        conn.commit()
    except sqlite3.Error:
        conn.rollback()
        logger.error("database error", exc_info=True)
        raise
    finally:
        conn.close()
"""

BAD_GET_DB = """\
import sqlite3


def get_db() -> sqlite3.Connection:
    return sqlite3.connect("data/app.db")
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("app/routes/student.py", "backend"),
        ("app/models/student.py", "backend"),
        ("app/main.py", "backend"),
        ("app/database.py", "backend"),
        ("app/services/grades.py", "backend"),
        ("app/pages/student.py", "frontend"),
        ("app/templates/students/list.html", "frontend"),
        ("migrations/0001_create_students.sql", "database"),
        ("tests/test_student_api.py", "tests"),
        ("tests/conftest.py", "tests"),
        ("conftest.py", "tests"),
        ("README.md", "other"),
        ("scripts/seed.py", "other"),
        (".env", "config"),
        ("deploy/.env.production", "config"),
        ("settings.toml", "config"),
        ("config/app.yaml", "config"),
        ("/home/u/proj/tests/fixtures/proj/app/routes/student.py", "backend"),
        ("C:\\proj\\app\\pages\\student.py", "frontend"),
    ],
)
def test_path_alone_suggests_the_kind_of_the_generated_tree(path: str, kind: str) -> None:
    """What the reason compares the content with, and what an unreadable file is judged by."""
    assert kind_for_path(path) == kind


def test_generated_get_db_is_confidently_approved() -> None:
    verdict = validate_source("app/database.py", GOOD_GET_DB)
    assert verdict.outcome == "confident_approval"
    assert verdict.findings == ()
    assert "BE001-get-db-contextmanager" in verdict.rules_checked


def test_get_db_without_contextmanager_is_rejected_with_line_feedback() -> None:
    verdict = validate_source("app/database.py", BAD_GET_DB)
    assert verdict.outcome == "confident_rejection"
    assert verdict.feedback == (
        "Line 4: get_db lacks @contextmanager: the connection is never closed",
    )
    assert verdict.rule_ids == ("BE001-get-db-contextmanager",)


def test_kind_comes_from_content_wherever_the_file_sits() -> None:
    at_root = validate_source("scratch.py", BAD_GET_DB)
    in_app = validate_source("app/database.py", BAD_GET_DB)
    assert at_root.kind == in_app.kind == "backend"
    assert at_root.outcome == in_app.outcome == "confident_rejection"
    assert at_root.kind_reason == "content: database access (imports sqlite3, line 1)"
    assert in_app.kind_reason.endswith("; the path agrees")


def test_kind_override_changes_which_rules_judge_the_file() -> None:
    as_other = validate_source("scratch.py", BAD_GET_DB, kind="other")
    assert as_other.kind == "other" and as_other.outcome == "confident_approval"
    assert as_other.kind_reason == "given by the caller"
    no_suffix = validate_source("scratch", BAD_GET_DB, kind="backend")
    assert no_suffix.outcome == "confident_rejection"


def test_uncertainty_without_rejection_gives_uncertain() -> None:
    source = (
        "from fastapi import APIRouter\n\nrouter = APIRouter()\nCODE = 201\n\n\n"
        "@router.post('', status_code=CODE)\ndef create() -> None:\n    return None\n"
    )
    verdict = validate_source("app/routes/x.py", source)
    assert verdict.outcome == "uncertain"
    [finding] = verdict.uncertainties
    assert (finding.rule_id, finding.line, finding.severity) == (
        "BE002-post-status-201",
        7,
        "uncertain",
    )


def test_rejection_wins_over_uncertainty_and_is_listed_first() -> None:
    source = "# custom logic: hand-written\ndef total(values):\n    return sum(values)\n"
    verdict = validate_source("app/services.py", source)
    assert verdict.outcome == "confident_rejection"
    assert verdict.feedback[0].startswith("Line 2: total lacks type hints")
    assert verdict.feedback[1] == "Line 1: custom logic marker: a reviewer confirms what it does"


def test_early_exit_skips_ast_rules_once_a_text_rule_rejects() -> None:
    source = f"X = '{'x' * 120}'\n\n\ndef f():\n    try:\n        pass\n    except:\n        pass\n"
    quick = validate_source("app/x.py", source)
    full = validate_source("app/x.py", source, early_exit=False)
    assert quick.outcome == full.outcome == "confident_rejection"
    assert quick.rule_ids == ("PY002-line-too-long",)
    assert "BE005-bare-except" not in quick.rules_checked
    assert {"PY002-line-too-long", "BE005-bare-except", "BE007-public-type-hints"} <= set(
        full.rule_ids
    )


def test_syntax_error_is_rejected_at_its_line_and_stops_ast_rules() -> None:
    verdict = validate_source("app/x.py", "def f() -> int:\n    return (1\n", early_exit=False)
    assert verdict.outcome == "confident_rejection"
    [finding] = verdict.findings
    assert finding.rule_id == "PY001-syntax-error"
    assert finding.line in (1, 2)
    assert not any(rule_by_id(r).stage == "ast" for r in verdict.rules_checked)


def test_empty_python_file_is_approved() -> None:
    assert validate_source("app/__init__.py", "").outcome == "confident_approval"


def test_text_with_nul_byte_is_rejected_as_unreadable() -> None:
    verdict = validate_source("app/x.py", "A = 1\nB = '\x00'\n")
    assert verdict.outcome == "confident_rejection"
    assert verdict.feedback == ("Line 2: file is not readable text: a NUL byte (binary file?)",)


def test_huge_content_is_rejected_without_running_rules() -> None:
    verdict = validate_source("app/x.py", "#" * (MAX_FILE_BYTES + 1))
    assert verdict.outcome == "confident_rejection"
    assert verdict.rule_ids == ("IO001-unreadable-file",)


def test_odd_unicode_and_keywords_as_names_do_not_crash() -> None:
    source = "\ufeff# ünïcödé ✓\nclass_ = 'select * from \u202e'\n"
    assert validate_source("app/x.py", source).outcome == "confident_approval"
    assert validate_source("migrations/0001_x.sql", "-- only a comment\n").findings == ()


def test_validate_paths_recurses_over_generated_files_only(tmp_path: Path) -> None:
    (tmp_path / "app" / "routes").mkdir(parents=True)
    (tmp_path / "migrations").mkdir()
    (tmp_path / ".baes").mkdir()
    (tmp_path / "app" / "database.py").write_text(GOOD_GET_DB)
    (tmp_path / "app" / "routes" / "__init__.py").write_text("")
    (tmp_path / "migrations" / "0001_x.sql").write_text("CREATE TABLE x (id INTEGER PRIMARY KEY);")
    (tmp_path / "README.md").write_text("# not validated when walking a folder\n")
    (tmp_path / ".baes" / "state.py").write_text("def f(x): pass\n")
    (tmp_path / ".env").write_text("DATABASE_PATH=data/app.db\n")
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
    (tmp_path / "package-lock.json").write_text("{}\n")
    verdicts = validate_paths([tmp_path])
    names = [Path(v.path).relative_to(tmp_path).as_posix() for v in verdicts]
    assert names == [
        ".env",
        "app/database.py",
        "app/routes/__init__.py",
        "migrations/0001_x.sql",
        "pyproject.toml",
    ]
    assert {v.outcome for v in verdicts} == {"confident_approval"}
    assert [v.kind for v in verdicts] == ["config", "backend", "other", "database", "config"]


def test_binary_file_gets_a_rejection_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "app" / "logo.py"
    path.parent.mkdir()
    path.write_bytes(b"A = 1\nB = '\xff\xfe'\n")
    [verdict] = validate_paths([path])
    assert verdict.outcome == "confident_rejection"
    assert verdict.feedback == ("Line 2: file is not readable text: byte 0xff, which is not UTF-8",)


def test_missing_and_oversized_files_get_rejections_not_exceptions(tmp_path: Path) -> None:
    big = tmp_path / "big.sql"
    big.write_bytes(b"-- x\n" * (MAX_FILE_BYTES // 4))
    missing, oversized = validate_paths([tmp_path / "nope.py", big])
    assert missing.outcome == oversized.outcome == "confident_rejection"
    assert "cannot read the file" in missing.feedback[0]
    assert "the limit is" in oversized.feedback[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_gets_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "secret.py"
    path.write_text("X = 1\n")
    path.chmod(0)
    try:
        [verdict] = validate_paths([path])
    finally:
        path.chmod(0o600)
    assert verdict.outcome == "confident_rejection"
    assert "Permission denied" in verdict.feedback[0]


def test_verdicts_serialise_to_the_cli_json_shape() -> None:
    verdicts = [validate_source("app/database.py", s) for s in (GOOD_GET_DB, BAD_GET_DB)]
    payload = json.loads(verdicts_to_json(verdicts))
    assert payload["summary"] == {
        "confident_approval": 1,
        "confident_rejection": 1,
        "uncertain": 0,
    }
    rejected = payload["verdicts"][1]
    finding = rejected["findings"][0]
    assert {k: finding[k] for k in ("rule_id", "line", "message", "severity")} == {
        "rule_id": "BE001-get-db-contextmanager",
        "line": 4,
        "message": "get_db lacks @contextmanager: the connection is never closed",
        "severity": "reject",
    }
    assert finding["fix"] == rule_by_id("BE001-get-db-contextmanager").fix
    assert rejected["kind_reason"].startswith("content: database access (imports sqlite3, line 1)")
    assert rejected["feedback"] == list(verdicts[1].feedback)
    assert count_outcomes(verdicts) == payload["summary"]


def test_catalog_rules_are_described_and_ordered_cheapest_first() -> None:
    rules = catalog()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert re.fullmatch(r"[A-Z]+\d{3}-[a-z0-9-]+", rule.id), rule.id
        assert rule.title and len(rule.explanation) > 60
        assert rule.kinds and rule.languages
        assert rule.fix and "\n" not in rule.fix and len(rule.fix) <= 120, rule.id
    stages = [r.stage for r in rules]
    assert stages == sorted(stages, key=("text", "parse", "ast").index)
    assert rule_by_id("BE006-sql-string-formatting").to_dict()["kinds"] == sorted(FILE_KINDS)
    assert rule_by_id("BE002-post-status-201").to_dict()["kinds"] == ["backend", "frontend"]
    with pytest.raises(KeyError, match="NOPE"):
        rule_by_id("NOPE")


def test_rules_for_some_kinds_only_say_which_in_their_explanation() -> None:
    """The Review screen shows the explanation: a reviewer must see when a rule does not apply."""
    for rule in catalog():
        if set(rule.kinds) != set(FILE_KINDS):
            assert re.search(r"\b(only judges|judges every)\b", rule.explanation, re.I), rule.id


def test_validation_package_never_imports_textual() -> None:
    code = (
        "import sys, baes_tui.validation, baes_tui.validation.engine;"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
