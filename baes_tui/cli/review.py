"""`baes review`: list, approve and reject what the rules could not decide; keep or take
for a hand-edit conflict (your version, or baes' `.baes-new` beside it)."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import EXIT_OK, emit_json, say
from baes_tui.core.config import Settings
from baes_tui.workspace import Workspace


async def review(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        if args.review_command == "list":
            items = await ws.review_items(outcome=args.outcome, include_decided=args.all)
            if args.json:
                emit_json([item.to_dict() for item in items])
            else:
                for item in items:
                    print(f"#{item.id:<5} {item.status:9} {item.outcome:20} {item.path}")
                    for line in item.feedback:
                        print(f"        {line}")
                if not items:
                    say("nothing to review")
            return EXIT_OK
        if args.review_command in ("keep", "take"):
            keep = args.review_command == "keep"
            item = await ws.resolve_conflict(args.id, keep=keep, note=args.note)
        else:
            approve = args.review_command == "approve"
            item = await ws.decide(args.id, approve=approve, note=args.note)
    if args.json:
        emit_json(item.to_dict())
    else:
        print(f"#{item.id} {item.status}" + (f": {item.note}" if item.is_conflict else ""))
    return EXIT_OK
