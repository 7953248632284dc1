"""The headless face: `baes <subcommand>`; `baes` alone opens the TUI.

Contract (docs/cli.md): data on stdout, progress and messages on stderr; `--json` for
machine output; exit 0 success, 1 failed run, 2 bad input. Each subcommand lives in its own
module, imported only when it runs: `baes --help` loads the parser and nothing else.

Problems reported anywhere in the core (stdlib `logging`, core/log.py) reach stderr once each.
Whatever goes wrong, a user sees a message, never a traceback: an error nobody anticipated is
summarised on stderr and its traceback goes to the JSON-lines log.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from typing import TYPE_CHECKING

from baes_tui.cli.io import EXIT_BAD_INPUT, EXIT_FAILED, emit_json, say
from baes_tui.cli.parser import build_parser
from baes_tui.core.config import ConfigError, Settings, load_settings
from baes_tui.core.errors import BaesError
from baes_tui.core.log import report_to_stderr

if TYPE_CHECKING:
    from baes_tui.cli.commands import Handler

EXIT_INTERRUPTED = 130


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(project=args.project, data_dir=args.data_dir)


def handler_for(command: str) -> Handler:
    """The subcommand's coroutine, from its own module (`baes_tui.cli.<command>`)."""
    from baes_tui.cli.commands import HANDLERS

    module, name = HANDLERS[command]
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    _never_fail_to_print()
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`baes cache list | head`): nothing left to say to it.
        _silence_stdout()
        return EXIT_FAILED


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        say(f"baes: configuration error: {exc}")
        return EXIT_BAD_INPUT
    if args.command is None:
        # The TUI owns the terminal: its problems become notifications, never stderr lines.
        from baes_tui.ui.app import run_app

        return run_app(settings)
    stop_reporting = report_to_stderr()
    try:
        return _run(args, settings)
    finally:
        stop_reporting()


def _run(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    try:
        return asyncio.run(handler_for(args.command)(args, settings))
    except KeyboardInterrupt:
        say("baes: interrupted; the project was left as it was")
        return EXIT_INTERRUPTED
    except BaesError as exc:
        if args.json:
            emit_json({"status": "error", "error": str(exc)})
        say(f"baes: {exc}")
        return exc.exit_code
    except (BrokenPipeError, SystemExit):
        raise
    except Exception as exc:
        return _unexpected(exc, args, settings)


def _unexpected(exc: Exception, args: argparse.Namespace, settings: Settings) -> int:
    """An error nobody anticipated: one line on stderr, the traceback in the JSON-lines log."""
    import traceback

    from baes_tui.core.log import JsonLinesLog

    JsonLinesLog(settings.log_path).write(
        "internal_error",
        command=args.command,
        error=f"{type(exc).__name__}: {exc}",
        traceback=traceback.format_exception(exc),
    )
    message = f"internal error: {type(exc).__name__}: {exc}"
    if args.json:
        emit_json({"status": "error", "error": message})
    say(f"baes: {message} (details in {settings.log_path}; please report it)")
    return EXIT_FAILED


def _never_fail_to_print() -> None:
    """A path or text with undecodable bytes (kept by Python as surrogates) is printed
    escaped instead of failing the command after its work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
