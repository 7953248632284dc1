"""Verdict values: what the validator says about one file, in a shape every layer can carry.

Frozen so that a verdict stored in state.db, emitted as an event and shown in the reviewer UI is
the same object everywhere. `to_dict` is the JSON shape of `baes validate --json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

VerdictOutcome = Literal["confident_approval", "confident_rejection", "uncertain"]
FileKind = Literal["backend", "database", "frontend", "tests", "config", "other"]
Language = Literal["python", "sql", "html", "text"]
Severity = Literal["reject", "uncertain", "info"]

FILE_KINDS: tuple[FileKind, ...] = (
    "backend",
    "database",
    "frontend",
    "tests",
    "config",
    "other",
)
OUTCOMES: tuple[VerdictOutcome, ...] = ("confident_approval", "confident_rejection", "uncertain")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule saw at one line; `reject` decides the verdict, `uncertain` asks a human."""

    rule_id: str
    line: int
    message: str
    severity: Severity
    fix: str = ""  # one line: what to change so the rule is satisfied

    @property
    def feedback(self) -> str:
        """The text a generator retry or a reviewer reads: 'Line 15: get_db lacks ...'.

        For people and prompts only; code reads `line` and `rule_id`, never this text.
        """
        return f"Line {self.line}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "line": self.line,
            "message": self.message,
            "severity": self.severity,
            "fix": self.fix,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        severity = data.get("severity", "uncertain")
        return cls(
            rule_id=str(data.get("rule_id", "")),
            line=int(data.get("line", 0)),
            message=str(data.get("message", "")),
            severity=severity if severity in ("reject", "uncertain", "info") else "uncertain",
            fix=str(data.get("fix", "")),
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    """The validator's decision on one file, with every finding that led to it."""

    path: str
    kind: FileKind
    outcome: VerdictOutcome
    findings: tuple[Finding, ...]
    rules_checked: tuple[str, ...]
    duration_ms: float
    kind_reason: str = ""  # why the file is of `kind`: its path, or what its content shows
    decided_by: Literal["rules", "llm", "human"] = "rules"

    @property
    def feedback(self) -> tuple[str, ...]:
        """Line-numbered messages, rejections first, for a retry prompt or the review queue."""
        order = {"reject": 0, "uncertain": 1, "info": 2}
        ranked = sorted(self.findings, key=lambda f: (order[f.severity], f.line, f.rule_id))
        return tuple(f.feedback for f in ranked)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Ids of the rules that found something, each once, in order of first finding."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings))

    @property
    def uncertainties(self) -> tuple[Finding, ...]:
        """What the kernel records in the review queue when the outcome is uncertain."""
        return tuple(f for f in self.findings if f.severity == "uncertain")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "kind_reason": self.kind_reason,
            "outcome": self.outcome,
            "decided_by": self.decided_by,
            "findings": [f.to_dict() for f in self.findings],
            "feedback": list(self.feedback),
            "rules_checked": list(self.rules_checked),
            "duration_ms": round(self.duration_ms, 3),
        }


def decide(findings: Iterable[Finding]) -> VerdictOutcome:
    """Any rejection wins; otherwise any uncertainty asks for review; otherwise approve."""
    severities = {f.severity for f in findings}
    if "reject" in severities:
        return "confident_rejection"
    if "uncertain" in severities:
        return "uncertain"
    return "confident_approval"


def count_outcomes(verdicts: Iterable[Verdict]) -> dict[str, int]:
    """The `verdicts` object of `baes generate --json`: one count per outcome, zeros included."""
    counts = dict.fromkeys(OUTCOMES, 0)
    for verdict in verdicts:
        counts[verdict.outcome] += 1
    return counts


def verdicts_to_json(verdicts: Iterable[Verdict], *, indent: int | None = 2) -> str:
    """`baes validate --json` output: a summary plus one object per file."""
    items = list(verdicts)
    payload = {"summary": count_outcomes(items), "verdicts": [v.to_dict() for v in items]}
    return json.dumps(payload, indent=indent, ensure_ascii=False)
