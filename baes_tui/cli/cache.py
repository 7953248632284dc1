"""`baes cache`: inspect and manage the recognition cache.

Human output is tables with headers; `--json` keeps the data shapes (stats, entries, and one
object per action).
"""

from __future__ import annotations

import argparse
from typing import Any

from baes_tui.cli.io import EXIT_OK, emit_json, say, table
from baes_tui.core.config import Settings
from baes_tui.workspace import Workspace


def _rate(value: float, lookups: int) -> str:
    return f"{value:.1%}" if lookups else "-"


def _stats_text(data: dict[str, Any]) -> str:
    session, all_time = data["session"], data["all_time"]
    lookups = {
        name: counts["hits"] + counts["misses"]
        for name, counts in (("s", session), ("a", all_time))
    }
    memory = data["memory"]
    lines = [
        f"entries      {data['entries']}",
        f"file         {data['path']} ({data['mode']})",
        f"memory tier  {memory['entries']} of {memory['capacity']} entries",
        "",
        table(
            ["", "session", "all time"],
            [
                ["hits", session["hits"], all_time["hits"]],
                ["misses", session["misses"], all_time["misses"]],
                [
                    "hit rate",
                    _rate(session["hit_rate"], lookups["s"]),
                    _rate(all_time["hit_rate"], lookups["a"]),
                ],
                ["collisions", data["collisions"]["session"], data["collisions"]["all_time"]],
            ],
        ),
    ]
    # A warning (data["warning"]) was already reported on stderr, once, when it arose.
    return "\n".join(lines)


async def cache(args: argparse.Namespace, settings: Settings) -> int:
    action = args.cache_command
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        store = ws.cache
        if action == "stats":
            data = (await store.stats()).to_dict()
            if args.json:
                emit_json(data)
            else:
                print(_stats_text(data))
            return EXIT_OK
        if action == "list":
            entries = await store.list_entries(
                search=args.search, sort=args.sort, limit=args.limit, offset=args.offset
            )
            if args.json:
                emit_json([e.to_dict() for e in entries])
            elif not entries:
                say("no cache entries" + (f" match {args.search!r}" if args.search else ""))
            else:
                rows = [
                    [
                        e.hit_count,
                        e.recognition.entity.name if e.recognition.entity else "-",
                        str(e.recognition.intent),
                        e.source,
                        e.key,
                    ]
                    for e in entries
                ]
                print(table(["hits", "entity", "intent", "source", "key"], rows))
            return EXIT_OK
        if action == "import":
            report = await ws.import_cache(args.file, on_existing=args.on_existing)
            if args.json:
                emit_json(report.to_dict())
            else:
                print(
                    table(
                        ["new", "replaced", "kept", "re-keyed"],
                        [[report.new, report.replaced, report.kept, report.rekeyed]],
                    )
                )
                if report.kept:
                    say(
                        f"{report.kept} key(s) already cached kept their entry and hit counts"
                        " (`--on-existing replace` takes the file's instead)"
                    )
            return EXIT_OK
        if action == "export":
            count = await store.export_json(args.file)
            result: dict[str, Any] = {"exported": count, "file": str(args.file)}
            message = f"exported {count} entries to {args.file}"
        elif action == "invalidate":
            removed = await store.invalidate(key=args.key, entity=args.entity, all=args.all)
            result = {"invalidated": removed}
            message = f"invalidated {removed} entries"
        elif action == "cleanup":
            removed = await store.cleanup(args.max_age_days)
            result = {"removed": removed}
            message = f"removed {removed} entries unused for {args.max_age_days} days"
        else:
            warmed = await ws.warm_cache()
            result = {"warmed": warmed}
            message = f"warmed the cache with {warmed} new entries"
    if args.json:
        emit_json(result)
    else:
        print(message)
    return EXIT_OK
