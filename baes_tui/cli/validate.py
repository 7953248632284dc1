"""`baes validate`: the rule catalog on files or folders.

Human output, per file: the path, the kind it was judged as and why, the verdict, and each
finding as `RULE-ID line N: message — fix: …` (rejections first); then one summary line with
counts and percentages. `--json` prints `verdicts_to_json`. Exit 1 when any file is rejected,
2 when a path does not exist.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from baes_tui.cli.io import EXIT_FAILED, EXIT_OK, CliError, say
from baes_tui.core.config import Settings
from baes_tui.core.verdicts import OUTCOMES, Finding, Verdict, count_outcomes, verdicts_to_json
from baes_tui.workspace import Workspace

_SEVERITY_ORDER = {"reject": 0, "uncertain": 1, "info": 2}
_OUTCOME_LABELS = {
    "confident_approval": "confident approval",
    "confident_rejection": "confident rejection",
    "uncertain": "uncertain",
}


async def validate(args: argparse.Namespace, settings: Settings) -> int:
    paths: list[Path] = list(args.paths)
    missing = [str(p) for p in paths if not _exists(p)]
    if missing:
        raise CliError(f"no such file or folder: {', '.join(missing)}")
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        verdicts = ws.validate(paths)
    if not verdicts:
        say("baes: nothing to validate: no Python, SQL, HTML/Jinja or config files found")
    if args.json:
        print(verdicts_to_json(verdicts, indent=None))
    else:
        print(render(verdicts))
    rejected = any(v.outcome == "confident_rejection" for v in verdicts)
    return EXIT_FAILED if rejected else EXIT_OK


def _exists(path: Path) -> bool:
    """False for a path the system refuses outright (a name too long, a loop of links)."""
    try:
        return path.exists()
    except OSError:
        return False


def render(verdicts: Sequence[Verdict]) -> str:
    """The human report: one block per file, then the summary line."""
    blocks = [_file_block(verdict) for verdict in verdicts]
    return "\n\n".join([*blocks, summary(verdicts)])


def _file_block(verdict: Verdict) -> str:
    lines = [
        verdict.path,
        f"  kind     {verdict.kind} — {verdict.kind_reason or 'given by the caller'}",
        f"  verdict  {verdict.outcome}",
    ]
    ranked = sorted(
        verdict.findings, key=lambda f: (_SEVERITY_ORDER[f.severity], f.line, f.rule_id)
    )
    lines.extend(f"  {f.severity:9} {finding_line(f)}" for f in ranked)
    return "\n".join(lines)


def finding_line(finding: Finding) -> str:
    """`RULE-ID line N: message — fix: …` (the fix is left out when a rule has none)."""
    text = f"{finding.rule_id} line {finding.line}: {finding.message}"
    return f"{text} — fix: {finding.fix}" if finding.fix else text


def summary(verdicts: Sequence[Verdict]) -> str:
    """'5 files: 3 confident approval (60%), 1 confident rejection (20%), … confident 80%'."""
    total = len(verdicts)
    counts = count_outcomes(verdicts)
    noun = "file" if total == 1 else "files"
    if not total:
        return f"0 {noun} validated"
    parts = [f"{counts[o]} {_OUTCOME_LABELS[o]} ({_percent(counts[o], total)})" for o in OUTCOMES]
    confident = counts["confident_approval"] + counts["confident_rejection"]
    return f"{total} {noun}: {', '.join(parts)}; confident {_percent(confident, total)}"


def _percent(part: int, total: int) -> str:
    return f"{round(100 * part / total)}%"
