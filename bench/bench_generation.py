"""Benchmark: generation as projects grow, and the generated test suites.

Run: `.venv/bin/python bench/bench_generation.py [--runs N]`. Prints markdown tables.

- Generation is measured in process: the four SWEAs render (no validation, no writes, no test
  run). A first generation renders a whole project; a later step renders only what changed,
  so adding one entity should cost the same in a project of 1, 10 or 50 entities.
- The generated suite of a 20-entity project runs as `baes` runs it (pytest in a subprocess);
  a small pytest plugin records each test's time (setup + call + teardown).
"""

from __future__ import annotations

import argparse
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
        _started[nodeid] = time.perf_counter()

    def pytest_runtest_logfinish(nodeid, location):
        _spent[nodeid] = time.perf_counter() - _started.pop(nodeid)

    def pytest_sessionfinish(session, exitstatus):
        path = os.environ["BAES_BENCH_TIMINGS"]
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        with open(f"{path}.{worker}", "w") as handle:
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


def time_adding_an_entity(size: int, runs: int) -> tuple[list[float], int]:
    """Adding one entity to a project of `size` entities, rendered into its folder."""
    before = project(size)
    after = Registry((*before.entities, NEWCOMER))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_change(root, Registry(), before)
        migrations = tuple(sorted(p.name for p in (root / "migrations").glob("*.sql")))
        files, _ = run_sweas(before, after, existing_migrations=migrations, project=root)
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            run_sweas(before, after, existing_migrations=migrations, project=root)
            samples.append((time.perf_counter() - started) * 1000)
    return samples, len(files)


def run_suite(root: Path, *pytest_args: str) -> tuple[float, dict[str, float], str]:
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
        )
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        command += ["-p", "baes_bench_timing", *pytest_args]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        spent: dict[str, float] = {}
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
    args = parser.parse_args()

    cold, samples, file_count = time_first_generation(args.runs)
    reviewed = time_render_and_review(max(10, args.runs // 5))
    print(f"First generation of one entity (Student: name, email, age) — {file_count} files\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| first render (compiles templates) | {cold:.1f} ms |")
    print(f"| render p50 over {args.runs} runs | {statistics.median(samples):.2f} ms |")
    print(f"| render p95 | {percentile(samples, 0.95):.2f} ms |")
    print(f"| render + validation of every file, p50 | {statistics.median(reviewed):.2f} ms |")

    print(f"\nAdding one entity to a project ({FIELDS_PER_ENTITY} fields an entity, in process)\n")
    print("| project size | files rendered | p50 ms | p95 ms | min ms | goal |")
    print("|---:|---:|---:|---:|---:|---|")
    for size in SIZES:
        step, rendered = time_adding_an_entity(size, args.runs)
        p50 = statistics.median(step)
        verdict = "met" if p50 <= GOAL_P50_MS else "missed"
        print(
            f"| {size} | {rendered} | {p50:.2f} | {percentile(step, 0.95):.2f} | "
            f"{min(step):.2f} | ≤ {GOAL_P50_MS:.0f} ms: {verdict} |"
        )

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        root.mkdir()
        write_change(root, Registry(), project(SUITE_ENTITIES))
        print(f"\nGenerated suite of a {SUITE_ENTITIES}-entity project (pytest subprocess)\n")
        print("| run | tests | test p50 ms | test p95 ms | pytest's time | wall s |")
        print("|---|---:|---:|---:|---|---:|")
        for label, extra in (("one process", ()), ("two workers (-n 2)", ("-n", "2"))):
            if extra and not _has_xdist():
                continue
            wall, spent, summary = run_suite(root, *extra)
            per_test = [seconds * 1000 for seconds in spent.values()] or [0.0]
            print(
                f"| {label} | {len(spent)} | {statistics.median(per_test):.2f} | "
                f"{percentile(per_test, 0.95):.2f} | {summary} | {wall:.2f} |"
            )
    print(
        f"\nGoals: a generated test ≤ {GOAL_TEST_P50_MS:.0f} ms p50; the {SUITE_ENTITIES}-entity "
        f"suite ≤ {GOAL_SUITE_S:.0f} s."
    )


def _has_xdist() -> bool:
    try:
        import xdist  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
