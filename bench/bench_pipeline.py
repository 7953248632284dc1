"""Benchmark: the whole pipeline (plan, waves, TechLead review, staging, commit) in process.

Run: `.venv/bin/python bench/bench_pipeline.py [--runs N] [--test-runs M]`. Prints a markdown
table. Each run creates Student(name, email, age) in a fresh project folder with the real SWEAs
and the real rule engine. Without the test run it measures baes' own work; the generated
suite's run (a `pytest` subprocess) is measured apart, because it is the generated system's
cost, not baes'. The first run is reported apart: it imports and compiles the templates.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baes_tui.core.config import Settings
from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation

GOAL_STANDARD_ENTITY_MS = 15_000.0  # docs/architecture.md, Goals: a standard entity in under 15 s
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--test-runs", type=int, default=3)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
