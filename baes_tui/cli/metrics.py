"""`baes metrics`: a summary of runs, or the raw CSV."""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys

from baes_tui.cli.io import EXIT_OK, emit_json, plain
from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.workspace import Workspace


async def metrics(args: argparse.Namespace, settings: Settings) -> int:
    if args.csv:
        path = settings.metrics_path
        try:
            sys.stdout.write(path.read_text(encoding="utf-8", errors="replace"))
        except FileNotFoundError:
            writer = csv.writer(sys.stdout)
            writer.writerow(["no runs recorded yet"])
        except OSError as exc:
            raise BaesError(
                f"cannot read {path} ({exc.strerror or exc}); check the data dir (--data-dir)"
            ) from exc
        return EXIT_OK
    async with await Workspace.open(settings, load_wordnet=False, with_cache=False) as ws:
        summary = await asyncio.to_thread(ws.metrics)
    data = plain(summary)
    if args.json:
        emit_json(data)
    else:
        for key, value in data.items():
            print(f"{key:24} {value}")
    return EXIT_OK
