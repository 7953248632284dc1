"""`baes validate`: the rule catalog on files or folders."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import EXIT_FAILED, EXIT_OK
from baes_tui.core.config import Settings
from baes_tui.workspace import Workspace


async def validate(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        verdicts = ws.validate(args.paths)
    if args.json:
        from baes_tui.core.verdicts import verdicts_to_json

        print(verdicts_to_json(verdicts, indent=None))
    else:
        for verdict in verdicts:
            print(f"{verdict.outcome:20} {verdict.path}")
            for line in verdict.feedback:
                print(f"    {line}")
    rejected = any(v.outcome == "confident_rejection" for v in verdicts)
    return EXIT_FAILED if rejected else EXIT_OK
