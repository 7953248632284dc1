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
from baes_tui.validation.catalog import rule_by_id, rules_for
from baes_tui.validation.kinds import (
    classify,
    detect_language,
    is_validated_file,
    kind_for_path,
    language_for,
)
from baes_tui.validation.rule import Source

MAX_FILE_BYTES = 1_000_000
UNREADABLE_RULE = "IO001-unreadable-file"
SYNTAX_RULE = "PY001-syntax-error"
_SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages"})


def validate_source(
    path: str, content: str, *, kind: FileKind | None = None, early_exit: bool = True
) -> Verdict:
    """Judge one file's text. Its kind comes from its content; `kind` overrides it."""
    started = time.perf_counter()
    if len(content) > MAX_FILE_BYTES:
        message = f"file has {len(content):,} characters; the limit is {MAX_FILE_BYTES:,}"
        return _single_finding(path, kind or kind_for_path(path), message, started)
    # A UTF-8 byte-order mark is legal in Python and HTML files; Python's own reader drops it.
    text = content.removeprefix("\ufeff")
    language, why_language = detect_language(path, text)
    if kind is not None and not why_language:
        language = language_for(path, kind)  # no suffix, no telling content: the kind's usual
    source = Source(path, text, kind or "other", language)
    if kind is None:
        decision = classify(source, why_language)
        source.kind, reason = decision.kind, decision.reason
    else:
        reason = "given by the caller"
    try:
        findings, checked = _run_rules(source, early_exit)
    finally:
        source.release()
    findings.sort(key=lambda f: (f.line, f.rule_id))
    return Verdict(
        path=path,
        kind=source.kind,
        outcome=decide(findings),
        findings=tuple(findings),
        rules_checked=tuple(checked),
        duration_ms=(time.perf_counter() - started) * 1000,
        kind_reason=reason,
    )


def _run_rules(source: Source, early_exit: bool) -> tuple[list[Finding], list[str]]:
    """Every rule for the file's kind and language, stage by stage (see the module's doc)."""
    findings: list[Finding] = []
    checked: list[str] = []
    stage = None
    for rule in rules_for(source.kind, source.language):
        if rule.stage != stage:
            if _must_stop(findings, early_exit) or _unparsed(rule.stage, source):
                break
            stage = rule.stage
        checked.append(rule.id)
        findings.extend(
            Finding(rule.id, hit.line, hit.message, hit.severity, hit.fix or rule.fix)
            for hit in rule.check(source)
        )
        if rule.id == UNREADABLE_RULE and findings:
            break
    return findings, checked


def _unparsed(stage: str, source: Source) -> bool:
    """AST rules need a Python tree; on other languages they read the text (SEC001 on .env)."""
    return stage == "ast" and source.language == "python" and source.tree is None


def _must_stop(findings: list[Finding], early_exit: bool) -> bool:
    if any(f.rule_id == SYNTAX_RULE for f in findings):
        return True
    return early_exit and any(f.severity == "reject" for f in findings)


def validate_paths(paths: Iterable[Path], *, early_exit: bool = True) -> list[Verdict]:
    """Judge files; folders are searched for Python, SQL, HTML/Jinja and config files (.env,
    .toml, .yaml, .json …), hidden folders skipped (hidden files such as .env are judged).

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
                if is_validated_file(candidate.name)
                and candidate.is_file()
                and not _hidden(candidate.relative_to(path))
            )
        else:
            found.append(path)
    return found


def _hidden(relative: Path) -> bool:
    return any(p.startswith(".") or p in _SKIPPED_FOLDERS for p in relative.parts[:-1])


def _single_finding(path: str, kind: FileKind, message: str, started: float) -> Verdict:
    finding = Finding(UNREADABLE_RULE, 1, message, "reject", rule_by_id(UNREADABLE_RULE).fix)
    return Verdict(
        path=path,
        kind=kind,
        outcome="confident_rejection",
        findings=(finding,),
        rules_checked=(UNREADABLE_RULE,),
        duration_ms=(time.perf_counter() - started) * 1000,
        kind_reason=f"from its path ({kind}): the content could not be judged",
    )
