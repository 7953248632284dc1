"""Errors a user can act on. Raised where the problem is known, explained at the faces."""

from __future__ import annotations


class BaesError(Exception):
    """Base of every error baes explains to a user (exit code 2 unless said otherwise)."""

    exit_code = 2


class BadRequest(BaesError):
    """The request text cannot be used (empty, too large, unreadable)."""


class UnsafeName(BaesError):
    """A name cannot become a safe identifier or path component."""


class CacheUnavailable(BaesError):
    """The recognition cache cannot be used; recognition goes on without it."""


class TemplateRenderError(BaesError):
    """A template failed to render; the message names the template and line."""

    exit_code = 1


class ProjectError(BaesError):
    """The project folder cannot take this change (read-only, foreign files, conflicts)."""


class ParallelExecutionError(BaesError):
    """One or more tasks of a wave failed; names each failed task and why."""

    exit_code = 1

    def __init__(self, failures: dict[str, str]) -> None:
        self.failures = dict(failures)
        detail = "; ".join(f"{task}: {why}" for task, why in self.failures.items())
        super().__init__(f"wave failed — {detail}")
