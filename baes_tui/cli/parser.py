"""The command line's grammar: every subcommand and option of the CLI contract.

`--project`, `--data-dir` and `--json` are accepted before or after the subcommand.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from baes_tui import __version__
from baes_tui.cli.io import valid_text


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options valid before and after the subcommand; below it they must not reset defaults."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--project", metavar="DIR", default=default, help="managed system folder")
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="cache, metrics, log")
    parser.add_argument(
        "--json", action="store_true", default=False if top else argparse.SUPPRESS,
        help="machine-readable output on stdout",
    )  # fmt: skip


def _count(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in low..high, or a usage error (exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low}..{high}")
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baes",
        description="Turn a plain-English business request into a running, tested system.",
        epilog="With no subcommand, baes opens the terminal UI.",
    )
    parser.add_argument("--version", action="version", version=f"baes {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, top=False)
        return p

    p = command("recognize", "recognition only (uses and fills the cache)")
    p.add_argument("request", help='request text, "-" for stdin, or @FILE')

    p = command("generate", "recognize, plan, run the waves, commit")
    p.add_argument(
        "request", nargs="?", default=None,
        help='request text, "-" for stdin, or @FILE (with --spec: the request recorded)',
    )  # fmt: skip
    p.add_argument(
        "--spec", metavar="FILE", default=None,
        help='run this spec instead of recognizing (`baes recognize --json` shape; "-" = stdin)',
    )  # fmt: skip
    p.add_argument("--no-run-tests", action="store_true", help="skip running the generated tests")
    p.add_argument("--yes", action="store_true", help="confirm destructive changes")

    command("verify", "run the project's whole generated suite and every rule")

    p = command("validate", "run the rule catalog on files or folders")
    p.add_argument("paths", nargs="+", type=Path)

    p = command("review", "triage verdicts the rules could not decide")
    review = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    r = review.add_parser("list", help="list review items")
    _common(r, top=False)
    r.add_argument("--outcome", choices=["confident_approval", "confident_rejection", "uncertain"])
    r.add_argument("--all", action="store_true", help="include decided items")
    r = review.add_parser("approve", help="approve an item")
    _common(r, top=False)
    r.add_argument("id", type=_count(1, 2**63 - 1))
    r.add_argument("--note", type=valid_text, default="")
    r = review.add_parser("reject", help="reject an item (re-opens its task)")
    _common(r, top=False)
    r.add_argument("id", type=_count(1, 2**63 - 1))
    r.add_argument("--note", type=valid_text, required=True)
    r = review.add_parser("keep", help="a hand-edit conflict: keep your version")
    _common(r, top=False)
    r.add_argument("id", type=_count(1, 2**63 - 1))
    r.add_argument("--note", type=valid_text, default="")
    r = review.add_parser("take", help="a hand-edit conflict: take baes' version (.baes-new)")
    _common(r, top=False)
    r.add_argument("id", type=_count(1, 2**63 - 1))
    r.add_argument("--note", type=valid_text, default="")

    p = command("cache", "inspect and manage the recognition cache")
    cache = p.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    c = cache.add_parser("stats", help="entries, hits, misses, hit rates")
    _common(c, top=False)
    c = cache.add_parser("list", help="list entries")
    _common(c, top=False)
    c.add_argument("--search", type=valid_text, default=None)
    c.add_argument("--limit", type=_count(1, 100_000), default=50)
    c.add_argument("--offset", type=_count(0, 2**62), default=0)
    c.add_argument("--sort", choices=["hits", "age", "key"], default="hits")
    c = cache.add_parser("export", help="write every entry to a JSON file")
    _common(c, top=False)
    c.add_argument("file", type=Path)
    c = cache.add_parser("import", help="read entries from a JSON file (a `cache export`)")
    _common(c, top=False)
    c.add_argument("file", type=Path)
    c.add_argument(
        "--on-existing", choices=["keep", "replace"], default="keep",
        help="for a key already cached: keep its entry and hit counts (default) or replace it",
    )  # fmt: skip
    c = cache.add_parser("invalidate", help="drop entries")
    _common(c, top=False)
    group = c.add_mutually_exclusive_group(required=True)
    group.add_argument("--entity", metavar="NAME", type=valid_text)
    group.add_argument("--key", metavar="KEY", type=valid_text)
    group.add_argument("--all", action="store_true")
    c = cache.add_parser("cleanup", help="drop entries older than N days")
    _common(c, top=False)
    c.add_argument("--max-age-days", type=_count(0, 36_500), default=30)
    c = cache.add_parser("warm", help="pre-fill with common entities")
    _common(c, top=False)

    p = command("metrics", "summary of runs")
    p.add_argument("--csv", action="store_true", help="print the raw CSV")

    command("doctor", "environment, WordNet, LLM, paths")
    return parser
