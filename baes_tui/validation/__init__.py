"""Validation: a catalog of regex and AST rules that judge generated files, and the engine.

Headless (never imports textual). Typical use::

    verdict = validate_source("app/routes/student.py", text)
    verdict.outcome, verdict.feedback
"""

from baes_tui.core.verdicts import (
    FileKind,
    Finding,
    Severity,
    Verdict,
    count_outcomes,
    verdicts_to_json,
)
from baes_tui.validation.catalog import catalog, rule_by_id, rules_for
from baes_tui.validation.engine import validate_paths, validate_source
from baes_tui.validation.kinds import kind_for_path
from baes_tui.validation.rule import Rule

__all__ = [
    "FileKind",
    "Finding",
    "Rule",
    "Severity",
    "Verdict",
    "catalog",
    "count_outcomes",
    "kind_for_path",
    "rule_by_id",
    "rules_for",
    "validate_paths",
    "validate_source",
    "verdicts_to_json",
]
