"""`baes doctor`: what works here and what does not, each with a next step."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import EXIT_FAILED, EXIT_OK, emit_json, plain
from baes_tui.core.config import Settings


async def doctor(args: argparse.Namespace, settings: Settings) -> int:
    from baes_tui.diagnostics import run_checks

    checks = await run_checks(settings)
    if args.json:
        emit_json([plain(c) for c in checks])
    else:
        for check in checks:
            mark = {"ok": "✓", "warn": "!", "fail": "✗"}[check.state]
            print(f"{mark} {check.name:14} {check.detail}")
    return EXIT_FAILED if any(c.state == "fail" for c in checks) else EXIT_OK
