"""Run the generated system's own test suite in the staging folder.

Nobody measured whether the original prototype's applications worked; here the integration
tests task is only done when the rendered suite passes. The suite runs in a subprocess (its own
interpreter, its own temporary database), each output line is streamed as progress, and the
process group is killed on timeout or cancellation so no stray server or worker survives a run.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from baes_tui.core.errors import BaesError
from baes_tui.core.results import TestReport

_COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")
_FAILED_LINE = re.compile(r"^(FAILED|ERROR) (\S+)")


class TestRunFailed(BaesError):
    """The generated test suite failed, errored or timed out; names the failing tests."""

    __test__ = False  # not a pytest test class, despite the name
    exit_code = 1


def parse_pytest_output(lines: list[str], returncode: int) -> TestReport:
    """Counts from pytest's summary line and the names from its FAILED/ERROR lines."""
    counts: dict[str, int] = {}
    for line in reversed(lines):
        found = _COUNT.findall(line)
        if found and (" in " in line or line.startswith("=")):
            for number, word in found:
                counts["errors" if word.startswith("error") else word] = int(number)
            break
    failing = tuple(
        dict.fromkeys(m.group(2) for line in lines if (m := _FAILED_LINE.match(line.strip())))
    )
    return TestReport(
        passed=counts.get("passed", 0),
        failed=counts.get("failed", 0),
        errors=counts.get("errors", 0),
        failing=failing,
        returncode=returncode,
    )


async def run_generated_tests(
    project_dir: Path,
    *,
    timeout_s: float,
    progress: Callable[[str], None],
) -> TestReport:
    """Run `pytest` in `project_dir`; raises TestRunFailed unless every test passes."""
    with tempfile.TemporaryDirectory(prefix="baes-tests-") as tmp:
        env = dict(os.environ)
        env.update(
            DATABASE_PATH=str(Path(tmp) / "app.db"),
            PYTHONDONTWRITEBYTECODE="1",
            PYTHONPATH=str(project_dir),
        )
        env.pop("PYTEST_ADDOPTS", None)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            cwd=project_dir,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as one
        )
        lines: list[str] = []
        try:
            await asyncio.wait_for(_stream(process, lines, progress), timeout=timeout_s)
        except TimeoutError:
            _kill_group(process)
            await process.wait()
            raise TestRunFailed(
                f"the generated tests did not finish within {timeout_s:g} s and were stopped; "
                "raise BAES_TEST_TIMEOUT or run them by hand with `pytest` in the project"
            ) from None
        except BaseException:
            _kill_group(process)
            await process.wait()
            raise
    report = parse_pytest_output(lines, process.returncode or 0)
    if not report.ok:
        raise TestRunFailed(_failure_message(report, lines))
    return report


async def _stream(
    process: asyncio.subprocess.Process, lines: list[str], progress: Callable[[str], None]
) -> None:
    assert process.stdout is not None
    while raw := await process.stdout.readline():
        line = raw.decode("utf-8", "replace").rstrip()
        lines.append(line)
        progress(line)
    await process.wait()


def _kill_group(process: asyncio.subprocess.Process) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _failure_message(report: TestReport, lines: list[str]) -> str:
    if report.failing:
        names = ", ".join(report.failing)
        return (
            f"{report.failed + report.errors} generated test(s) failed "
            f"({report.passed} passed): {names}"
        )
    if report.passed == 0 and report.returncode in (0, 5):
        return "the generated test suite collected no tests"
    tail = " | ".join(line for line in lines[-5:] if line)
    return f"the generated test suite failed (pytest exit code {report.returncode}): {tail}"
