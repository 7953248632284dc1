"""`baes verify`: the project's whole generated suite and every rule, on the project as it is."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import emit_json, say
from baes_tui.core.config import Settings
from baes_tui.workspace import Workspace


async def verify(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        report = await ws.verify(progress=lambda line: say(f"    {line}"))
    data = report.to_dict()
    if args.json:
        emit_json(data)
        return report.exit_code
    tests = data["tests"]
    if tests is not None:
        print(
            f"tests: {tests['passed']} passed, {tests['failed']} failed ({report.test_files} files)"
        )
    verdicts = data["verdicts"]
    print(
        f"rules: {sum(verdicts.values())} files, {verdicts['confident_rejection']} rejected, "
        f"{verdicts['uncertain']} uncertain"
    )
    for line in report.rejected:
        print(f"  rejected {line}")
    if report.error:
        print(f"error: {report.error}")
    print(f"{data['status']} in {report.duration_ms / 1000:.1f} s")
    return report.exit_code
