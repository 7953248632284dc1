"""Run the generated system's own test suite: in the staging folder during a run, in the
project for `baes verify`.

Nobody measured whether the original prototype's applications worked; here the integration
tests task is only done when the rendered suite passes. The suite runs in subprocesses (their
own interpreter, their own temporary databases), each output line is streamed as progress.

- Both cores: when `sweas.tests.workers_for` says the tests that run are enough to pay for a
  second process (the one decision, also behind `test_workers`), they are split by test file
  into shards of similar weight run side by side, and their reports are merged. The
  `test_workers` setting forces a number instead.
- Nothing outlives baes: each pytest is its own process group, killed as one on timeout or
  cancellation; on Linux it also asks the kernel to kill it when baes dies (kill -9 included:
  `PR_SET_PDEATHSIG`), so no pytest keeps running in a folder that is about to be deleted.
- Temporary files (the database, pytest's tmp_path folders) go under `scratch`, a folder the
  caller owns and deletes (the project's `.baes/tmp/<run>`, cleaned at the next open too).
- Warm interpreters: starting pytest and importing FastAPI, Pydantic and Starlette costs about
  a second before the first test. A run asks for one early (`prewarm`, while baes renders and
  reviews), and every run leaves as many ready for the next one as it used (started beside
  the suite on the cores it leaves idle, the others once it is done): each is a child
  of baes that has imported those libraries and waits on stdin for the folder, environment
  and arguments of one suite, then runs it and exits (never two suites in one process). A
  spare nobody asked for exits when baes does (its stdin closes). Once pytest has reported,
  the process leaves without the interpreter's teardown (`os._exit` after flushing): tearing
  down FastAPI, Pydantic and the app's modules took 0.13–0.8 s of every run, for nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from baes_tui.core.errors import BaesError
from baes_tui.core.results import TestReport

_COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")
_FAILED_LINE = re.compile(r"^(FAILED|ERROR) (\S+)")
_TEST_FUNCTION = re.compile(r"^\s*(?:async\s+)?def test_", re.MULTILINE)
_PR_SET_PDEATHSIG = 1
# Third-party plugins are not even searched for (PYTEST_DISABLE_PLUGIN_AUTOLOAD, see _spawn).
# -q: one line per test file and the summary, which the run parses; no cache folder in the
# project; no unraisable-exception plugin, whose end of session is five full garbage
# collections (about 0.2 s of every run) to report warnings nobody reads here; none of the
# plugins installed beside baes that a generated suite never uses (xdist alone imports
# execnet and registers its options and hooks in every process).
RUNNER_ARGS = (
    "-q",
    "--assert=plain",
    *("-p", "no:cacheprovider", "-p", "no:unraisableexception"),
    *("-p", "no:xdist", "-p", "no:xdist.looponfail", "-p", "no:platformdirs"),
    *("-p", "no:pastebin", "-p", "no:junitxml", "-p", "no:doctest"),
)
# Imported by a spare before it is given a suite: what every generated suite imports first.
WARM_MODULES = (
    "fastapi",
    "fastapi.testclient",
    "starlette.testclient",
    "pydantic",
    "email_validator",
    "httpx",
    "jinja2",
    "sqlite3",
    # imported by the app or its first request, not by the modules above
    "fastapi.templating",
    "pydantic.v1",
    "anyio._backends._asyncio",
)
# Asks Linux to SIGKILL this process when its parent (baes) dies and exits at once if baes
# already died; imports pytest and the warm modules; then waits for one job on stdin (a JSON
# line: folder, environment, pytest arguments) and runs it. EOF instead of a job: exit.
_BOOTSTRAP = f"""\
import ctypes, json, os, signal, sys
parent = int(sys.argv[1])
try:
    ctypes.CDLL(None, use_errno=True).prctl({_PR_SET_PDEATHSIG}, signal.SIGKILL)
except (OSError, AttributeError):
    pass
if os.getppid() != parent:
    sys.exit(70)
sys.dont_write_bytecode = True
import pytest
for name in sys.argv[2:]:
    try:
        __import__(name)
    except Exception:
        pass
line = sys.stdin.readline()
if not line:
    sys.exit(0)
job = json.loads(line)
os.chdir(job["cwd"])
os.environ.update(job["env"])
sys.path.insert(0, job["cwd"])
code = int(pytest.main(job["args"]))
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
"""


class TestRunFailed(BaesError):
    """The generated test suite failed, errored or timed out; names the failing tests."""

    __test__ = False  # not a pytest test class, despite the name
    exit_code = 1

    def __init__(self, message: str, report: TestReport | None = None) -> None:
        super().__init__(message)
        self.report = report  # the counts, when the suite ran to the end


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


def merge_reports(reports: Sequence[TestReport]) -> TestReport:
    """One report for shards of one suite: counts added, failing tests in shard order."""
    return TestReport(
        passed=sum(r.passed for r in reports),
        failed=sum(r.failed for r in reports),
        errors=sum(r.errors for r in reports),
        failing=tuple(dict.fromkeys(name for r in reports for name in r.failing)),
        returncode=max((r.returncode for r in reports), default=0),
    )


def suite_files(root: Path) -> list[str]:
    """The suite's test files (pytest's default names) under tests/, relative, sorted."""
    folder = root / "tests"
    if not folder.is_dir():
        return []
    found = {
        p.relative_to(root).as_posix()
        for pattern in ("test_*.py", "*_test.py")
        for p in folder.rglob(pattern)
        if "__pycache__" not in p.parts
    }
    return sorted(found)


def count_tests(root: Path, files: Sequence[str]) -> dict[str, int]:
    """Test functions per file (parametrized cases count once): the shards' weights."""
    weights = {}
    for rel in files:
        try:
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        weights[rel] = max(1, len(_TEST_FUNCTION.findall(text)))
    return weights


def plan_shards(weights: dict[str, int], workers: int | None = None) -> list[list[str]]:
    """Split files into shards of similar weight (largest first into the lightest shard):
    `workers` of them when given (never more than files), else as many as `workers_for`
    decides for the number of tests on this machine's cores."""
    if workers is None:
        # Deferred: sweas.tests imports the templates (Jinja2), which a run that changes
        # nothing never needs (tests/test_layers.py).
        from baes_tui.sweas.tests import workers_for

        workers = workers_for(sum(weights.values()), default_workers())
    count = max(1, min(workers, len(weights)))
    shards: list[list[str]] = [[] for _ in range(count)]
    loads = [0] * count
    for rel in sorted(weights, key=lambda r: (-weights[r], r)):
        lightest = loads.index(min(loads))
        shards[lightest].append(rel)
        loads[lightest] += weights[rel]
    return [sorted(shard) for shard in shards if shard]


def default_workers() -> int:
    """One shard per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


async def run_generated_tests(
    project_dir: Path,
    *,
    timeout_s: float,
    progress: Callable[[str], None],
    tests: Sequence[str] | None = None,
    workers: int | None = None,
    scratch: Path | None = None,
) -> TestReport:
    """Run the suite in `project_dir` (only `tests`, if given); raises TestRunFailed unless
    every test passes. `workers` forces that many processes (split by file); None lets the
    number of tests decide (`plan_shards`)."""
    files = list(tests) if tests is not None else suite_files(project_dir)
    shards = plan_shards(count_tests(project_dir, files), workers) if files else [[]]
    if scratch is None:
        with tempfile.TemporaryDirectory(prefix="baes-tests-") as tmp:
            return await _run_shards(project_dir, shards, timeout_s, progress, Path(tmp))
    return await _run_shards(project_dir, shards, timeout_s, progress, scratch)


async def _run_shards(
    project_dir: Path,
    shards: list[list[str]],
    timeout_s: float,
    progress: Callable[[str], None],
    scratch: Path,
) -> TestReport:
    processes: list[subprocess.Popen[bytes]] = []
    outputs: list[list[str]] = [[] for _ in shards]
    warming = 0  # spares for the next run started beside this one
    try:
        for index, shard in enumerate(shards):
            folder = scratch / f"shard-{index}"
            folder.mkdir(parents=True, exist_ok=True)
            processes.append(_start(project_dir, shard, folder))
        # The next run gets as many spares as this one uses. Each warms now on a core the
        # shards leave idle; the rest once this suite is done: a spare costs about a CPU
        # second, taken from the shards themselves when every core runs one.
        warming = min(len(processes), max(0, default_workers() - len(processes)))
        SPARES.start(warming)
        label = (lambda i: f"[{i + 1}/{len(shards)}] ") if len(shards) > 1 else (lambda _i: "")
        streams = [
            _stream(process, outputs[i], progress, label(i)) for i, process in enumerate(processes)
        ]
        try:
            await asyncio.wait_for(asyncio.gather(*streams), timeout=timeout_s)
        except TimeoutError:
            raise TestRunFailed(
                f"the generated tests did not finish within {timeout_s:g} s and were stopped; "
                "raise BAES_TEST_TIMEOUT or run them by hand with `pytest` in the project"
            ) from None
    finally:
        for process in processes:
            if process.poll() is None:
                _kill_group(process)
        for process in processes:
            await asyncio.shield(asyncio.to_thread(process.wait))
        SPARES.start(len(processes) - warming)
    reports = [
        parse_pytest_output(lines, process.returncode or 0)
        for lines, process in zip(outputs, processes, strict=True)
    ]
    report = merge_reports(reports)
    if not report.ok:
        worst = max(range(len(reports)), key=lambda i: reports[i].returncode)
        raise TestRunFailed(_failure_message(report, outputs[worst]), report)
    return report


class Spares:
    """Started pytest interpreters waiting for a suite (see the module docstring).

    Only the event loop's thread starts them: Linux kills a child when the *thread* that
    started it ends, and a worker thread ends long before baes does.
    """

    def __init__(self) -> None:
        self._waiting: list[subprocess.Popen[bytes]] = []

    def start(self, count: int) -> None:
        """Have `count` more spares waiting (each costs one interpreter start, in the
        background)."""
        for _ in range(count):
            self._waiting.append(_spawn())

    @property
    def waiting(self) -> int:
        """Spares alive and not yet given a suite (warm, or still importing)."""
        return sum(1 for spare in self._waiting if spare.poll() is None)

    def take(self) -> subprocess.Popen[bytes]:
        """A waiting spare (maybe still importing), or a fresh one."""
        while self._waiting:
            spare = self._waiting.pop(0)
            if spare.poll() is None:
                return spare
        return _spawn()

    def prewarm(self, count: int) -> None:
        """Make sure `count` spares are waiting or on their way."""
        self._waiting = [p for p in self._waiting if p.poll() is None]
        self.start(max(0, count - len(self._waiting)))

    def stop(self) -> None:
        """Let every waiting spare go (EOF on its stdin: it exits) and wait for each; spares
        started since take what their environment was then, so this starts afresh."""
        waiting, self._waiting = self._waiting, []
        for spare in waiting:
            with contextlib.suppress(OSError):
                if spare.stdin is not None:
                    spare.stdin.close()
        for spare in waiting:
            try:
                spare.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _kill_group(spare)
                spare.wait()


SPARES = Spares()


def prewarm(count: int = 1) -> None:
    """Start warming interpreters for a test run that is coming (call from the loop)."""
    SPARES.prewarm(count)


def _spawn() -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # The generated suite uses no third-party pytest plugin (its pyproject blocks the ones
    # baes' own environment holds): none is searched for or loaded. The entry-point scan and
    # typeguard's plugin cost ~0.35 s of a 20-entity suite in one process.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.Popen(
        [sys.executable, "-c", _BOOTSTRAP, str(os.getpid()), *WARM_MODULES],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,  # its own process group, killed as one
    )


def _start(project_dir: Path, files: list[str], scratch: Path) -> subprocess.Popen[bytes]:
    """Give one shard to a spare: its folder, environment and pytest arguments."""
    job = {
        "cwd": str(project_dir),
        "env": {"DATABASE_PATH": str(scratch / "app.db"), "PYTHONPATH": str(project_dir)},
        "args": [*RUNNER_ARGS, f"--basetemp={scratch / 'pytest'}", *files],
    }
    process = SPARES.take()
    assert process.stdin is not None
    try:
        process.stdin.write((json.dumps(job) + "\n").encode())
        process.stdin.close()
    except OSError:  # it died while waiting: a fresh one takes the job
        process = _spawn()
        assert process.stdin is not None
        process.stdin.write((json.dumps(job) + "\n").encode())
        process.stdin.close()
    return process


async def _stream(
    process: subprocess.Popen[bytes],
    lines: list[str],
    progress: Callable[[str], None],
    label: str,
) -> None:
    assert process.stdout is not None
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=2**20)
    transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), process.stdout
    )
    try:
        while raw := await reader.readline():
            line = raw.decode("utf-8", "replace").rstrip()
            lines.append(line)
            progress(label + line)
    finally:
        transport.close()
    await asyncio.to_thread(process.wait)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
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
