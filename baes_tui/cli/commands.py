"""Every `baes` subcommand, by name: each lives in its own module of this package."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from baes_tui.cli import cache, doctor, generate, metrics, recognize, review, validate, verify
from baes_tui.core.config import Settings

Handler = Callable[[argparse.Namespace, Settings], Awaitable[int]]

HANDLERS: dict[str, Handler] = {
    "recognize": recognize.recognize,
    "generate": generate.generate,
    "validate": validate.validate,
    "verify": verify.verify,
    "review": review.review,
    "cache": cache.cache,
    "metrics": metrics.metrics,
    "doctor": doctor.doctor,
}
