"""Benchmark: generation as projects grow, and the generated test suites.

Run: `.venv/bin/python bench/bench_generation.py [--runs N] [--suite-only] [--suite-runs K]`.
Prints markdown tables.

- Generation is measured in process: the four SWEAs render (no writes, no test run). A first
  generation renders a whole project; a later step renders only what changed, so adding one
  entity should cost the same in a project of 1, 10 or 50 entities. "render + validation" adds
  the TechLead's rules on every file that differs from the project's copy (what a run judges).
- The generated suite of a 20-entity project runs three ways: `pytest` in a fresh process (as
  a person runs it by hand), and through baes' own runner (runs/testrun.py: a warm
  interpreter, plain asserts) in one process and split over two. A small pytest plugin records
  each test's time (setup + call + teardown), on the clock and in CPU time (all of the
  process's threads): on a machine shared with others the clock mostly measures the wait for
  a core, the CPU time much less so. `--suite-runs K` runs each row K times and prints the
  medians (wall, the per-test p50s); `--suite-only` skips the generation tables.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Registry, Relationship
from baes_tui.validation.engine import validate_source
from tests.support.render import render_project, run_sweas, write_change

GOAL_P50_MS = 25.0
GOAL_TEST_P50_MS = 10.0
GOAL_SUITE_S = 3.0
SIZES = (1, 10, 50)
FIELDS_PER_ENTITY = 8
SUITE_ENTITIES = 20
WARM_UP_S = 3.0  # a spare interpreter imports pytest and FastAPI in about a second, idle
STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
    ),
)
NEWCOMER = EntitySpec(
    "Newcomer",
    (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("born", AttrType.DATE)),
    (Relationship("many_to_one", "Entity00"),),
)
TIMING_PLUGIN = textwrap.dedent(
    """\
    import json, os, time

    _started = {}
    _spent = {}

    def pytest_runtest_logstart(nodeid, location):
        _started[nodeid] = (time.perf_counter(), time.process_time())

    def pytest_runtest_logfinish(nodeid, location):
        wall, cpu = _started.pop(nodeid)
        _spent[nodeid] = (time.perf_counter() - wall, time.process_time() - cpu)

    def pytest_sessionfinish(session, exitstatus):
        path = os.environ["BAES_BENCH_TIMINGS"]
        with open(f"{path}.{os.getpid()}", "w") as handle:
            json.dump(_spent, handle)
    """
)


def entity(index: int, fields: int = FIELDS_PER_ENTITY) -> EntitySpec:
    """Entity<index> with `fields` fields of every type, referencing the one before it."""
    types = list(AttrType)
    attributes = tuple(
        Attribute(f"field_{j}", types[(index + j) % len(types)], required=j % 3 != 0)
        for j in range(fields)
    )
    links = (Relationship("many_to_one", f"Entity{index - 1:02d}"),) if index else ()
    return EntitySpec(f"Entity{index:02d}", attributes, links)


def project(size: int) -> Registry:
    return Registry(tuple(entity(i) for i in range(size)))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_first_generation(runs: int) -> tuple[float, list[float], int]:
    """Cold first render (templates compiled) and `runs` warm renders of one entity, in ms."""
    after = Registry((STUDENT,))
    started = time.perf_counter()
    files = render_project(Registry(), after)
    cold = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        render_project(Registry(), after)
        samples.append((time.perf_counter() - started) * 1000)
    return cold, samples, len(files)


def time_render_and_review(runs: int) -> list[float]:
    """Render plus the TechLead's rule validation of every file of a first generation."""
    after = Registry((STUDENT,))
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        for path, generated in render_project(Registry(), after).items():
            validate_source(path, generated.content)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_adding_an_entity(size: int, runs: int) -> tuple[list[float], list[float], int, int]:
    """Adding one entity to a project of `size` entities, rendered against its folder: render
    alone, and render plus the rules on each file that differs from the folder's copy (what
    the TechLead judges). Returns both samples, the files rendered and the files judged."""
    before = project(size)
    after = Registry((*before.entities, NEWCOMER))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_change(root, Registry(), before)
        migrations = tuple(sorted(p.name for p in (root / "migrations").glob("*.sql")))
        files, _ = run_sweas(before, after, existing_migrations=migrations, project=root)
        samples, reviewed = [], []
        judged = 0
        for _ in range(runs):
            started = time.perf_counter()
            run_sweas(before, after, existing_migrations=migrations, project=root)
            samples.append((time.perf_counter() - started) * 1000)
        for _ in range(runs):
            started = time.perf_counter()
            rendered, _ = run_sweas(before, after, existing_migrations=migrations, project=root)
            judged = 0
            for path, generated in rendered.items():
                if _unchanged(root / path, generated.content):
                    continue
                validate_source(path, generated.content)
                judged += 1
            reviewed.append((time.perf_counter() - started) * 1000)
    return samples, reviewed, len(files), judged


def _unchanged(path: Path, content: str) -> bool:
    """The folder holds exactly this content (the run compares with the manifest's hash)."""
    try:
        return path.read_text(encoding="utf-8") == content
    except OSError:
        return False


def run_suite(root: Path, *pytest_args: str) -> tuple[float, dict[str, list[float]], str]:
    """The generated suite as baes runs it; wall time, each test's time, pytest's summary."""
    with tempfile.TemporaryDirectory() as scratch:
        plugin_dir = Path(scratch)
        (plugin_dir / "baes_bench_timing.py").write_text(TIMING_PLUGIN, encoding="utf-8")
        timings = plugin_dir / "timings"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "BAES_"))}
        env.update(
            PYTHONPATH=os.pathsep.join([str(root), str(plugin_dir)]),
            BAES_BENCH_TIMINGS=str(timings),
            DATABASE_PATH=str(plugin_dir / "app.db"),
            # a first run by hand: every module compiled, no __pycache__ left in the project
            # for the runs through baes (whose interpreters write no bytecode) to find
            PYTHONPYCACHEPREFIX=str(plugin_dir / "pycache"),
        )
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        command += ["-p", "baes_bench_timing", *pytest_args]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        spent: dict[str, list[float]] = {}
        for part in plugin_dir.glob("timings.*"):
            spent.update(json.loads(part.read_text(encoding="utf-8")))
    summary = next(
        (line.strip("= ") for line in reversed(done.stdout.splitlines()) if " in " in line),
        f"exit code {done.returncode}",
    )
    return wall, spent, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--suite-only", action="store_true", help="only the generated suite")
    parser.add_argument("--suite-runs", type=int, default=1, help="runs of each suite row")
    args = parser.parse_args()
    if not args.suite_only:
        generation_tables(args.runs)
    suite_table(max(1, args.suite_runs))


def generation_tables(runs: int) -> None:
    cold, samples, file_count = time_first_generation(runs)
    reviewed = time_render_and_review(max(10, runs // 5))
    print(f"First generation of one entity (Student: name, email, age) — {file_count} files\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| first render (compiles templates) | {cold:.1f} ms |")
    print(f"| render p50 over {runs} runs | {statistics.median(samples):.2f} ms |")
    print(f"| render p95 | {percentile(samples, 0.95):.2f} ms |")
    print(f"| render + validation of every file, p50 | {statistics.median(reviewed):.2f} ms |")

    print(f"\nAdding one entity to a project ({FIELDS_PER_ENTITY} fields an entity, in process)\n")
    print(
        "| project size | files rendered / judged | render p50 ms | render min ms "
        "| render + validation p50 ms | p95 ms | min ms | goal (render + validation) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in SIZES:
        step, reviewed, rendered, judged = time_adding_an_entity(size, runs)
        p50 = statistics.median(reviewed)
        verdict = "met" if p50 <= GOAL_P50_MS else "missed"
        print(
            f"| {size} | {rendered} / {judged} | {statistics.median(step):.2f} | {min(step):.2f} "
            f"| {p50:.2f} | {percentile(reviewed, 0.95):.2f} | {min(reviewed):.2f} "
            f"| ≤ {GOAL_P50_MS:.0f} ms: {verdict} |"
        )
    print(f"\n{load()}")


def suite_table(runs: int) -> None:
    """Each way of running the suite `runs` times, the ways interleaved so that a change in
    the machine's load touches them alike."""
    ways = ["pytest by hand (fresh process)"]
    ways += [f"baes' runner, {n} process{'es' if n > 1 else ''} (warm)" for n in (1, 2)]
    results: dict[str, list[tuple[float, dict[str, list[float]], str]]] = {w: [] for w in ways}
    loads = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        root.mkdir()
        write_change(root, Registry(), project(SUITE_ENTITIES))
        for _ in range(runs):
            loads.append(os.getloadavg()[0])
            results[ways[0]].append(run_suite(root))
            for workers in (1, 2):
                results[ways[workers]].append(asyncio.run(run_with_baes(root, workers)))
    print(f"\nGenerated suite of a {SUITE_ENTITIES}-entity project, median of {runs} run(s)\n")
    print(
        "| run | tests | test p50 ms | test p95 ms | test CPU p50 ms | pytest's time (last run) "
        "| wall s (each run) |"
    )
    print("|---|---:|---:|---:|---:|---|---:|")
    for way in ways:
        row(way, results[way])
    print(
        f"\nGoals: a generated test ≤ {GOAL_TEST_P50_MS:.0f} ms p50; the {SUITE_ENTITIES}-entity "
        f"suite ≤ {GOAL_SUITE_S:.0f} s. Load average at each run's start: "
        f"{', '.join(f'{value:.1f}' for value in loads)}; {load()}"
    )


def row(label: str, runs: list[tuple[float, dict[str, list[float]], str]]) -> None:
    """Medians over the runs: of the wall time, and of each run's per-test p50 and p95."""
    walls = [wall for wall, _, _ in runs]
    p50s, p95s, cpus = [], [], []
    for _, spent, _ in runs:
        per_test = [times[0] * 1000 for times in spent.values()] or [0.0]
        cpu = [times[1] * 1000 for times in spent.values()] or [0.0]
        p50s.append(statistics.median(per_test))
        p95s.append(percentile(per_test, 0.95))
        cpus.append(statistics.median(cpu))
    tests, summary = len(runs[-1][1]), runs[-1][2]
    each = ", ".join(f"{wall:.2f}" for wall in walls)
    print(
        f"| {label} | {tests} | {statistics.median(p50s):.2f} | {statistics.median(p95s):.2f} "
        f"| {statistics.median(cpus):.2f} | {summary} | {statistics.median(walls):.2f} ({each}) |"
    )


async def run_with_baes(root: Path, workers: int) -> tuple[float, dict[str, list[float]], str]:
    """The suite through baes' runner with `workers` shards, their interpreters warm (a run
    starts them while it renders); the timing plugin rides on PYTEST_PLUGINS."""
    from baes_tui.runs import testrun

    with tempfile.TemporaryDirectory() as scratch:
        plugin_dir = Path(scratch)
        (plugin_dir / "baes_bench_timing.py").write_text(TIMING_PLUGIN, encoding="utf-8")
        timings = plugin_dir / "timings"
        saved = dict(os.environ)
        os.environ.update(
            PYTHONPATH=str(plugin_dir),
            PYTEST_PLUGINS="baes_bench_timing",
            BAES_BENCH_TIMINGS=str(timings),
        )
        try:
            testrun.SPARES.stop()
            testrun.prewarm(workers)
            await asyncio.sleep(WARM_UP_S)
            lines: list[str] = []
            started = time.perf_counter()
            await testrun.run_generated_tests(
                root, timeout_s=600, progress=lines.append, workers=workers, scratch=plugin_dir
            )
            wall = time.perf_counter() - started
        finally:
            os.environ.clear()
            os.environ.update(saved)
            testrun.SPARES.stop()
        spent: dict[str, list[float]] = {}
        for part in plugin_dir.glob("timings.*"):
            spent.update(json.loads(part.read_text(encoding="utf-8")))
    summaries = [line for line in lines if " in " in line and "passed" in line]
    return wall, spent, " + ".join(s.split("] ")[-1] for s in summaries)


def load() -> str:
    return f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores."


if __name__ == "__main__":
    main()
