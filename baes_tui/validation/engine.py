"""The validation engine: run the applicable rules on a file and decide its verdict.

Work is ordered by cost: text rules (regex, line scans), then the Python parse, then the AST
rules over one shared tree. With `early_exit` (the default) a stage that produced a rejection
ends the run — the verdict cannot change any more — but the findings of that stage are all
reported with their lines, so a generator retry gets everything that was found.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from baes_tui.core.verdicts import FileKind, Finding, Verdict, decide
from baes_tui.validation.catalog import rules_for
from baes_tui.validation.kinds import VALIDATED_SUFFIXES, kind_for_path, language_for
from baes_tui.validation.rule import Source

MAX_FILE_BYTES = 1_000_000
UNREADABLE_RULE = "IO001-unreadable-file"
SYNTAX_RULE = "PY001-syntax-error"
_SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages"})


def validate_source(
    path: str, content: str, *, kind: FileKind | None = None, early_exit: bool = True
) -> Verdict:
    """Judge one file's text. `kind` overrides the kind the path implies."""
    started = time.perf_counter()
    file_kind = kind or kind_for_path(path)
    if len(content) > MAX_FILE_BYTES:
        message = f"file has {len(content):,} characters; the limit is {MAX_FILE_BYTES:,}"
        return _single_finding(path, file_kind, message, started)
    # A UTF-8 byte-order mark is legal in Python and HTML files; Python's own reader drops it.
    text = content.removeprefix("\ufeff")
    source = Source(path, text, file_kind, language_for(path, file_kind))
    findings: list[Finding] = []
    checked: list[str] = []
    stage = None
    for rule in rules_for(file_kind, source.language):
        if rule.stage != stage:
            if _must_stop(findings, early_exit) or (rule.stage == "ast" and source.tree is None):
                break
            stage = rule.stage
        checked.append(rule.id)
        findings.extend(
            Finding(rule.id, hit.line, hit.message, hit.severity) for hit in rule.check(source)
        )
        if rule.id == UNREADABLE_RULE and findings:
            break
    findings.sort(key=lambda f: (f.line, f.rule_id))
    return Verdict(
        path=path,
        kind=file_kind,
        outcome=decide(findings),
        findings=tuple(findings),
        rules_checked=tuple(checked),
        duration_ms=(time.perf_counter() - started) * 1000,
    )


def _must_stop(findings: list[Finding], early_exit: bool) -> bool:
    if any(f.rule_id == SYNTAX_RULE for f in findings):
        return True
    return early_exit and any(f.severity == "reject" for f in findings)


def validate_paths(paths: Iterable[Path], *, early_exit: bool = True) -> list[Verdict]:
    """Judge files; folders are searched for .py, .sql and HTML files (hidden folders skipped).

    A missing, unreadable, binary or oversized file gets a rejection verdict explaining why;
    this function does not raise for bad files.
    """
    verdicts: list[Verdict] = []
    for path in _expand(paths):
        started = time.perf_counter()
        kind = kind_for_path(str(path))
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                message = f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"
                verdicts.append(_single_finding(str(path), kind, message, started))
                continue
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = f"cannot read the file: {reason}"
            verdicts.append(_single_finding(str(path), kind, message, started))
            continue
        # surrogateescape keeps undecodable bytes visible to IO001, which names the line.
        text = data.decode("utf-8", errors="surrogateescape")
        verdicts.append(validate_source(str(path), text, early_exit=early_exit))
    return verdicts


def _expand(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                candidate
                for candidate in sorted(path.rglob("*"))
                if candidate.suffix.lower() in VALIDATED_SUFFIXES
                and candidate.is_file()
                and not _hidden(candidate.relative_to(path))
            )
        else:
            found.append(path)
    return found


def _hidden(relative: Path) -> bool:
    return any(p.startswith(".") or p in _SKIPPED_FOLDERS for p in relative.parts[:-1])


def _single_finding(path: str, kind: FileKind, message: str, started: float) -> Verdict:
    finding = Finding(UNREADABLE_RULE, 1, message, "reject")
    return Verdict(
        path=path,
        kind=kind,
        outcome="confident_rejection",
        findings=(finding,),
        rules_checked=(UNREADABLE_RULE,),
        duration_ms=(time.perf_counter() - started) * 1000,
    )
