"""Benchmark: template generation of one standard entity, and one run of its own test suite.

Run: `.venv/bin/python bench/bench_generation.py [--runs N]`. Prints a markdown table.
Generation is measured in process (render_project: all four SWEAs, no writes, no test run);
the first render is reported apart because it compiles the templates.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.sweas.base import Registry
from baes_tui.sweas.render import render_project, write_project

GOAL_P50_MS = 25.0
STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
    ),
)
RECOGNITION = Recognition(
    request="Create a system to manage students with name, email, and age",
    normalized_key="create system manage student name email age",
    intent=Intent.CREATE_ENTITY,
    entities=(STUDENT,),
    confidence=1.0,
)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def time_generation(runs: int) -> tuple[float, list[float], int]:
    """Cold first render (templates compiled) and `runs` warm renders, in milliseconds."""
    after = Registry((STUDENT,))
    started = time.perf_counter()
    files = render_project(Registry(), after, RECOGNITION)
    cold = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        render_project(Registry(), after, RECOGNITION)
        samples.append((time.perf_counter() - started) * 1000)
    return cold, samples, len(files)


def time_render_and_review(runs: int) -> list[float]:
    """Render plus the TechLead's rule validation of every file: the generation work of a run
    without the disk (staging, state.db, commit are measured by bench_pipeline.py)."""
    from baes_tui.validation.engine import validate_source

    after = Registry((STUDENT,))
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        files = render_project(Registry(), after, RECOGNITION)
        for generated in files.values():
            validate_source(generated.path, generated.content)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_test_suite() -> tuple[float, str]:
    """Write the project and run its own pytest once in a subprocess."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_project(root, render_project(Registry(), Registry((STUDENT,)), RECOGNITION))
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = (time.perf_counter() - started) * 1000
    summary = next(
        (line.strip("= ") for line in reversed(result.stdout.splitlines()) if "passed" in line),
        f"exit code {result.returncode}",
    )
    return elapsed, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    cold, samples, file_count = time_generation(args.runs)
    reviewed = time_render_and_review(args.runs)
    suite_ms, suite_summary = time_test_suite()
    p50 = statistics.median(samples)
    verdict = "met" if p50 <= GOAL_P50_MS else "missed"
    print(f"Generation of one standard entity (Student: name, email, age) — {file_count} files\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| first render (compiles templates) | {cold:.1f} ms |")
    goal = f"goal ≤ {GOAL_P50_MS:.0f} ms: {verdict}"
    print(f"| render_project p50 over {args.runs} runs | {p50:.2f} ms ({goal}) |")
    print(f"| render_project p95 | {percentile(samples, 0.95):.2f} ms |")
    print(f"| render_project min / max | {min(samples):.2f} / {max(samples):.2f} ms |")
    reviewed_p50 = statistics.median(reviewed)
    print(f"| render + validation of every file, p50 | {reviewed_p50:.2f} ms |")
    print(f"| generated test suite, one run (subprocess) | {suite_ms:.0f} ms ({suite_summary}) |")


if __name__ == "__main__":
    main()
