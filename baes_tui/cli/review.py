"""`baes review`: list, approve and reject what the rules could not decide; keep or take
for a hand-edit conflict (your version, or baes' `.baes-new` beside it)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from baes_tui.cli.io import EXIT_OK, emit_json, say, table
from baes_tui.core.config import Settings
from baes_tui.core.records import ReviewItem
from baes_tui.workspace import Workspace

OUTCOMES = {"confident_approval": "approval", "confident_rejection": "rejection"}


def review_table(items: Sequence[ReviewItem]) -> str:
    """The queue for people: one row per item, the rules that flagged it and why it waits
    (`--json` has every finding)."""
    rows = [
        (
            f"#{item.id}",
            item.status,
            OUTCOMES.get(item.outcome, item.outcome),
            item.entity,
            item.path,
            ", ".join(rule.split("-")[0] for rule in item.rule_ids) or "—",
            item.reason or "; ".join(item.feedback),
        )
        for item in items
    ]
    return table(("id", "status", "outcome", "entity", "file", "rules", "why"), rows)


async def review(args: argparse.Namespace, settings: Settings) -> int:
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        if args.review_command == "list":
            items = await ws.review_items(outcome=args.outcome, include_decided=args.all)
            if args.json:
                emit_json([item.to_dict() for item in items])
            elif items:
                print(review_table(items))
                if not args.all:
                    say("decided items are left out: --all lists them too")
            else:
                say("nothing to review" + ("" if args.all else " (--all lists decided items)"))
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
