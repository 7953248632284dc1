"""The headless face: `baes <subcommand>`; `baes` alone opens the TUI.

Contract (docs/cli.md): data on stdout, progress and messages on stderr; `--json` for
machine output; exit 0 success, 1 failed run, 2 bad input. The subcommands live in
`commands.py`; this module parses and dispatches, importing nothing heavy.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from baes_tui.cli.io import EXIT_BAD_INPUT, emit_json, say
from baes_tui.cli.parser import build_parser
from baes_tui.core.config import ConfigError, Settings, load_settings
from baes_tui.core.errors import BaesError


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(project=args.project, data_dir=args.data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        say(f"baes: configuration error: {exc}")
        return EXIT_BAD_INPUT
    if args.command is None:
        from baes_tui.ui.app import run_app

        return run_app(settings)
    from baes_tui.cli import commands

    handler = commands.HANDLERS[args.command]
    try:
        return asyncio.run(handler(args, settings))
    except KeyboardInterrupt:
        say("baes: interrupted; the project was left as it was")
        return 130
    except BaesError as exc:
        if args.json:
            emit_json({"status": "error", "error": str(exc)})
        say(f"baes: {exc}")
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
