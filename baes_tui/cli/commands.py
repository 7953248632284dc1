"""Every `baes` subcommand, by name: each lives in its own module of this package.

Named, not imported: `baes recognize` must not pay for the modules of `baes validate`.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from baes_tui.core.config import Settings

Handler = Callable[[argparse.Namespace, Settings], Awaitable[int]]

# subcommand -> (module, coroutine function in it)
HANDLERS: dict[str, tuple[str, str]] = {
    name: (f"baes_tui.cli.{name}", name)
    for name in (
        "recognize",
        "generate",
        "validate",
        "verify",
        "review",
        "cache",
        "metrics",
        "doctor",
    )
}
