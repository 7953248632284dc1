"""Benchmark start-up: whole-process wall time of everyday `baes` commands (issue 11).

    .venv/bin/python bench/bench_startup.py [--runs N] [--json]

Each row runs the installed `baes` console script (the venv's, what a user types) N times in a
fresh process and reports the median and the minimum wall time, and the median CPU time (user +
sys) of the child, with `python -c pass` beside them for scale. CPU time moves less than wall
time when other work shares the machine; the goal is on wall time.

Bytecode caching is on (PYTHONDONTWRITEBYTECODE is dropped from the environment), as it is
for a user. Set-up, not timed: a data dir and a project in a temporary folder, one
`baes generate` of the request (which fills the cache and the lemma memory), one
`baes recognize` of it.

Goal: ≤ 0.3 s median for `--help`, `cache stats`, `metrics`, `recognize` (cache hit, warm
lemma memory) and `generate --no-run-tests` of an up-to-date entity.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REQUEST = "Create a system to manage students with name, email, and age"
GOAL_S = 0.3
BAES = Path(sys.executable).with_name("baes")


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process; a failing command stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _forget_lemmas(data: Path) -> None:
    with sqlite3.connect(data / "cache.db") as conn:
        conn.execute("DELETE FROM wordnet_lemmas")


def measure(runs: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="baes-bench-startup-") as tmp:
        root = Path(tmp)
        env = {
            **os.environ,
            "BAES_DATA_DIR": str(root / "data"),
            "BAES_PROJECT": str(root / "project"),
        }
        env.pop("BAES_RUN_TESTS", None)
        # A user's Python caches compiled modules; without that every run recompiles ~40 of
        # them (+0.1 s), which says nothing about baes.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        baes = str(BAES)
        _run([baes, "generate", REQUEST, "--no-run-tests"], env)
        _run([baes, "recognize", REQUEST], env)
        rows: list[tuple[str, list[str], bool, object]] = [
            ("python -c pass", [sys.executable, "-c", "pass"], False, None),
            ("baes --help", [baes, "--help"], True, None),
            ("baes cache stats", [baes, "cache", "stats"], True, None),
            ("baes metrics", [baes, "metrics"], True, None),
            ("baes recognize (cache hit, warm lemma memory)", [baes, "recognize", REQUEST], True,
             None),
            ("baes generate --no-run-tests (entity up to date)",
             [baes, "generate", REQUEST, "--no-run-tests"], True, None),
            ("baes recognize (cache hit, empty lemma memory: loads WordNet)",
             [baes, "recognize", REQUEST], False, _forget_lemmas),
        ]  # fmt: skip
        results = []
        for name, argv, has_goal, prepare in rows:
            walls, cpus = [], []
            for _ in range(runs):
                if prepare is not None:
                    prepare(root / "data")  # type: ignore[operator]
                wall, cpu = _run(argv, env)
                walls.append(wall)
                cpus.append(cpu)
            median = statistics.median(walls)
            results.append(
                {
                    "command": name,
                    "runs": runs,
                    "wall_median_s": round(median, 3),
                    "wall_min_s": round(min(walls), 3),
                    "cpu_median_s": round(statistics.median(cpus), 3),
                    "goal_s": GOAL_S if has_goal else None,
                    "met": (median <= GOAL_S) if has_goal else None,
                }
            )
        return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    results = measure(args.runs)
    load_after = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"results": results, "load": [load_before, load_after]}, indent=2))
        return 0
    print(f"Whole-process wall time, {args.runs} runs each; `{BAES}`")
    print()
    print("| command | wall median | wall min | CPU median | goal | met |")
    print("|---|---:|---:|---:|---|---|")
    for r in results:
        goal = f"≤ {r['goal_s']} s" if r["goal_s"] else ""
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(
            f"| {r['command']} | {r['wall_median_s']:.3f} s | {r['wall_min_s']:.3f} s"
            f" | {r['cpu_median_s']:.3f} s | {goal} | {met} |"
        )
    print()
    print(f"1-minute load average: {load_before:.2f} before, {load_after:.2f} after (2 cores).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
