"""The headless face: `baes <subcommand>`; `baes` alone opens the TUI."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("baes: the CLI is being built")
