"""`baes cache`: inspect and manage the recognition cache."""

from __future__ import annotations

import argparse
from typing import Any

from baes_tui.cli.io import EXIT_OK, emit_json
from baes_tui.core.config import Settings
from baes_tui.workspace import Workspace


async def cache(args: argparse.Namespace, settings: Settings) -> int:
    action = args.cache_command
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        store = ws.cache
        if action == "stats":
            stats = await store.stats()
            data = stats.to_dict()
            if args.json:
                emit_json(data)
            else:
                for key, value in data.items():
                    print(f"{key:24} {value}")
            return EXIT_OK
        if action == "list":
            entries = await store.list_entries(
                search=args.search, sort=args.sort, limit=args.limit, offset=args.offset
            )
            if args.json:
                emit_json([e.to_dict() for e in entries])
            else:
                for e in entries:
                    name = e.recognition.entity.name if e.recognition.entity else "-"
                    print(f"{e.hit_count:6}  {name:16} {e.key}")
            return EXIT_OK
        if action == "export":
            count = await store.export_json(args.file)
            result: dict[str, Any] = {"exported": count, "file": str(args.file)}
        elif action == "import":
            result = {"imported": await store.import_json(args.file), "file": str(args.file)}
            normalizer = await ws.recognition.normalizer()
            result["rekeyed"] = await store.rekey(normalizer.normalize, normalizer.id)
        elif action == "invalidate":
            removed = await store.invalidate(key=args.key, entity=args.entity, all=args.all)
            result = {"invalidated": removed}
        elif action == "cleanup":
            result = {"removed": await store.cleanup(args.max_age_days)}
        else:
            result = {"warmed": await ws.warm_cache()}
    if args.json:
        emit_json(result)
    else:
        print(", ".join(f"{k}: {v}" for k, v in result.items()))
    return EXIT_OK
