"""Benchmark: the whole pipeline (plan, waves, TechLead review, staging, commit) in process.

Run: `.venv/bin/python bench/bench_pipeline.py [--runs N] [--test-runs M] [--sizes 1,10,50]
[--skip-evolution]`. Prints markdown tables:
1. Student(name, email, age) created in a fresh project folder with the real SWEAs and rule
   engine: without the test run it measures baes' own work; the generated suite's run (a
   `pytest` subprocess) is measured apart. The first run is reported apart (imports, templates).
2. Growth: adding one entity to a project of 1, 10 and 50 entities (no test run): wall time,
   files the run changed and judged, and the staging costs (the empty staging folder a run
   starts with; the copy of the tree the generated tests need, paid only when they run).
3. A six-step evolution (create, add field, second entity, many-to-many, third entity,
   many-to-one) with the generated tests at every step: wall time per step and in total, with
   `verify = "affected"` (the default) and `"all"`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baes_tui.core.config import Settings
from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
)
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import Project

GOAL_STANDARD_ENTITY_MS = 15_000.0  # docs/architecture.md, Goals: a standard entity in under 15 s
GOAL_ADD_TO_50_MS = 25.0  # issue: adding an entity to a 50-entity project, p50, in process
GOAL_EVOLUTION_S = 9.0  # issue: six steps with verification at every step
ENTITY_WORDS = (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu"
).split()
STUDENT = EntitySpec(
    "Student",
    (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("age", AttrType.INT)),
)
RECOGNITION = Recognition(
    request="Create a system to manage students with name, email, and age",
    normalized_key="create system manage student name email age",
    intent=Intent.CREATE_ENTITY,
    entities=(STUDENT,),
    confidence=1.0,
)


def one_run(run_tests: bool) -> tuple[float, RunResult]:
    with tempfile.TemporaryDirectory(prefix="baes-bench-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", project_dir=Path(tmp) / "project")
        started = time.perf_counter()
        result = asyncio.run(
            run_generation(
                RECOGNITION, settings=settings, emit=lambda _e: None, run_tests=run_tests
            )
        )
        elapsed = (time.perf_counter() - started) * 1000
    if result.status != "completed":
        raise SystemExit(f"bench run failed: {result.error}")
    return elapsed, result


def task_ms(result: RunResult, task: str) -> float:
    return next(t.duration_ms for wave in result.waves for t in wave if t.task == task)


def p50(values: list[float]) -> float:
    return statistics.median(values)


def entity_name(index: int) -> str:
    """Alpha, Bravo, ..., Zulu, AlphaAlpha, AlphaBravo, ...: distinct, short, plain words."""
    first, second = divmod(index, len(ENTITY_WORDS))
    prefix = ENTITY_WORDS[first - 1] if first else ""
    return prefix + ENTITY_WORDS[second]


def entity(index: int) -> EntitySpec:
    return EntitySpec(
        entity_name(index),
        (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("age", AttrType.INT)),
    )


def creating(*entities: EntitySpec) -> Recognition:
    names = ", ".join(e.name for e in entities)
    return Recognition(f"create {names}", names.lower(), Intent.CREATE_ENTITY, entities, 1.0)


def cpu_s() -> float:
    """CPU seconds of this process (every thread) and of its finished children: the work a
    run did, which a loaded machine stretches in wall time but hardly changes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


async def timed(rec: Recognition, settings: Settings, run_tests: bool) -> tuple[float, RunResult]:
    started = time.perf_counter()
    result = await run_generation(rec, settings=settings, emit=lambda _e: None, run_tests=run_tests)
    return (time.perf_counter() - started) * 1000, result


async def growth(size: int, adds: int) -> dict[str, object]:
    """Add `adds` entities one run at a time to a project of `size` entities (no test run)."""
    with tempfile.TemporaryDirectory(prefix="baes-bench-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", project_dir=Path(tmp) / "project")
        _, built = await timed(creating(*(entity(i) for i in range(size))), settings, False)
        if built.status != "completed":
            return {"size": size, "error": built.error}
        walls, cpus, changed, judged = [], [], [], []
        for index in range(size, size + adds):
            before = cpu_s()
            wall, result = await timed(creating(entity(index)), settings, False)
            cpus.append((cpu_s() - before) * 1000)
            if result.status != "completed":
                return {"size": size, "error": result.error}
            walls.append(wall)
            changed.append(len(result.files))
            judged.append(sum(result.verdicts.values()))
        with Project.open(settings.project_dir) as project:
            started = time.perf_counter()
            staging = project.begin_staging("bench")
            begin_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            copied = staging.materialize()
            copy_ms = (time.perf_counter() - started) * 1000
            project.discard(staging)
    return {
        "size": size,
        "p50": p50(walls),
        "cpu": p50(cpus),
        "min": min(walls),
        "max": max(walls),
        "changed": p50(changed),
        "judged": p50(judged),
        "begin_ms": begin_ms,
        "copy_ms": copy_ms,
        "copied": copied,
    }


EVOLUTION = (
    ("create Student", Intent.CREATE_ENTITY, EntitySpec(
        "Student",
        (Attribute("name"), Attribute("email", AttrType.EMAIL), Attribute("age", AttrType.INT)),
    )),
    ("add phone to Student", Intent.ADD_FIELDS, EntitySpec(
        "Student", (Attribute("phone", required=False),)
    )),
    ("create Course", Intent.CREATE_ENTITY, EntitySpec(
        "Course", (Attribute("title"), Attribute("credits", AttrType.INT))
    )),
    ("Student many-to-many Course", Intent.ADD_RELATIONSHIP, EntitySpec(
        "Student", relationships=(Relationship("many_to_many", "Course"),)
    )),
    ("create Teacher", Intent.CREATE_ENTITY, EntitySpec(
        "Teacher", (Attribute("name"), Attribute("hired", AttrType.DATE))
    )),
    ("Course many-to-one Teacher", Intent.ADD_RELATIONSHIP, EntitySpec(
        "Course", relationships=(Relationship("many_to_one", "Teacher"),)
    )),
)  # fmt: skip


async def evolution(verify: str) -> tuple[list[tuple[str, float, RunResult]], float, float]:
    """The six steps in one fresh project, each with its generated tests; wall times."""
    with tempfile.TemporaryDirectory(prefix="baes-bench-") as tmp:
        settings = Settings(
            data_dir=Path(tmp) / "data", project_dir=Path(tmp) / "project", verify=verify
        )
        steps = []
        started, cpu_started = time.perf_counter(), cpu_s()
        for label, intent, spec in EVOLUTION:
            rec = Recognition(label, label.lower(), intent, (spec,), 1.0)
            wall, result = await timed(rec, settings, True)
            if result.status != "completed":
                raise SystemExit(f"evolution step {label!r} failed: {result.error}")
            steps.append((label, wall, result))
        return steps, time.perf_counter() - started, cpu_s() - cpu_started


def load() -> str:
    return f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def print_growth(sizes: list[int], adds: int) -> None:
    print(f"\nGrowth: adding one entity (3 fields) to a project of N entities, {adds} runs each\n")
    print(
        "| entities | p50 ms | min ms | max ms | CPU ms p50 | files changed | files judged "
        "| begin staging ms | tree copy for the tests ms (files) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        row = asyncio.run(growth(size, adds))
        if "error" in row:
            print(f"| {size} | failed: {row['error']} | | | | | | | |")
            continue
        print(
            f"| {size} | {row['p50']:.1f} | {row['min']:.1f} | {row['max']:.1f} | {row['cpu']:.1f} "
            f"| {row['changed']:.0f} | {row['judged']:.0f} | {row['begin_ms']:.2f} "
            f"| {row['copy_ms']:.1f} ({row['copied']}) |"
        )
    print(f"\nGoal: p50 at 50 entities ≤ {GOAL_ADD_TO_50_MS:.0f} ms. {load()} afterwards.")


def print_evolution() -> None:
    print("\nSix-step evolution with the generated tests at every step\n")
    load_before = load()
    results = {mode: asyncio.run(evolution(mode)) for mode in ("affected", "all")}
    print("| step | affected: wall s | tests run | all: wall s | tests run |")
    print("|---|---:|---:|---:|---:|")
    affected, everything = results["affected"][0], results["all"][0]
    for (label, wall, result), (_, wall_all, result_all) in zip(affected, everything, strict=True):
        tests = result.tests.passed if result.tests else 0
        tests_all = result_all.tests.passed if result_all.tests else 0
        print(f"| {label} | {wall / 1000:.2f} | {tests} | {wall_all / 1000:.2f} | {tests_all} |")
    total, total_all = results["affected"][1], results["all"][1]
    print(f"| **total** | **{total:.2f}** | | **{total_all:.2f}** | |")
    cpu, cpu_all = results["affected"][2], results["all"][2]
    print(f"| CPU s (baes and its pytest processes) | {cpu:.2f} | | {cpu_all:.2f} | |")
    print(f"\n{load_before} before the evolutions.")
    met = "met" if total <= GOAL_EVOLUTION_S else "MISSED"
    print(f"\nGoal: six steps with verification at every step ≤ {GOAL_EVOLUTION_S:.0f} s — {met}.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--test-runs", type=int, default=3)
    parser.add_argument("--sizes", default="1,10,50")
    parser.add_argument("--adds", type=int, default=8)
    parser.add_argument("--skip-evolution", action="store_true")
    args = parser.parse_args()

    cold_ms, cold = one_run(run_tests=False)
    warm = [one_run(run_tests=False) for _ in range(args.runs)]
    walls = [w for w, _ in warm]
    tested = [one_run(run_tests=True) for _ in range(args.test_runs)]
    test_wave = [task_ms(r, "integration_tests") for _, r in tested]
    tested_walls = [w for w, _ in tested]
    files = len(cold.files)
    verdicts = sum(cold.verdicts.values())

    print(f"Student (3 fields): {files} files, {verdicts} verdicts per run\n")
    print("| measure | runs | p50 ms | min ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    print(f"| first run, no test run (cold: imports, templates) | 1 | {cold_ms:.1f} | | |")
    print(
        f"| pipeline without test run (warm) | {len(walls)} | {p50(walls):.1f} "
        f"| {min(walls):.1f} | {max(walls):.1f} |"
    )
    for task in ("database_schema", "frontend_ui", "backend_api", "integration_tests"):
        values = [task_ms(r, task) for _, r in warm]
        print(
            f"| — task {task} (render + review) | {len(values)} | {p50(values):.1f} "
            f"| {min(values):.1f} | {max(values):.1f} |"
        )
    print(
        f"| integration_tests with the generated suite run | {len(test_wave)} "
        f"| {p50(test_wave):.1f} | {min(test_wave):.1f} | {max(test_wave):.1f} |"
    )
    print(
        f"| pipeline with test run | {len(tested_walls)} | {p50(tested_walls):.1f} "
        f"| {min(tested_walls):.1f} | {max(tested_walls):.1f} |"
    )
    goal = "met" if p50(tested_walls) < GOAL_STANDARD_ENTITY_MS else "MISSED"
    print(f"\nGoal: a standard entity in under {GOAL_STANDARD_ENTITY_MS / 1000:.0f} s — {goal}.")
    print_growth([int(n) for n in args.sizes.split(",")], args.adds)
    if not args.skip_evolution:
        print_evolution()
    return 0


if __name__ == "__main__":
    sys.exit(main())
