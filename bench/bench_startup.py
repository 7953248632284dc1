"""Benchmark start-up: whole-process wall time of everyday `baes` commands (issue 11).

    .venv/bin/python bench/bench_startup.py [--runs N] [--json]

Each row runs the installed `baes` console script (the venv's, what a user types) N times in a
fresh process and reports the median and the minimum wall time, and the median CPU time (user +
sys) of the child, with `python -c pass` beside them for scale. The goal is on wall time on an
idle machine. On a shared one wall time is mostly waiting for a CPU, so where the children can
get real-time priority (`chrt --fifo`, root on Linux) the table is printed twice: as scheduled,
and with real-time priority, which gives each child a CPU the moment it wants one, as an idle
machine would.

Bytecode caching is on (PYTHONDONTWRITEBYTECODE is dropped from the environment), as it is
for a user. Set-up, not timed: a data dir and a project in a temporary folder, one
`baes generate` of the request (which fills the cache and the lemma memory), one
`baes recognize` of it.

Goal: ≤ 0.3 s median for `--help`, `cache stats`, `metrics`, `recognize` (cache hit, warm
lemma memory) and `generate --no-run-tests` of an up-to-date entity.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
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


REALTIME = ["chrt", "--fifo", "10"]


def realtime_available() -> bool:
    """Whether children can run with real-time priority here (Linux, root or CAP_SYS_NICE)."""
    if shutil.which("chrt") is None:
        return False
    done = subprocess.run([*REALTIME, "true"], capture_output=True, check=False)
    return done.returncode == 0


def _run(argv: list[str], env: dict[str, str], prefix: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process; a failing command stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([*prefix, *argv], env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _forget_lemmas(data: Path) -> None:
    # A baes without a lemma memory (a baseline run) has nothing to forget.
    with (
        contextlib.closing(sqlite3.connect(data / "cache.db")) as conn,
        conn,
        contextlib.suppress(sqlite3.OperationalError),
    ):
        conn.execute("DELETE FROM wordnet_lemmas")


def measure(runs: int, prefix: list[str]) -> list[dict[str, object]]:
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
        _run([baes, "generate", REQUEST, "--no-run-tests"], env, [])
        _run([baes, "recognize", REQUEST], env, [])
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
                wall, cpu = _run(argv, env, prefix)
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


def _table(results: list[dict[str, object]]) -> None:
    print("| command | wall median | wall min | CPU median | goal | met |")
    print("|---|---:|---:|---:|---|---|")
    for r in results:
        goal = f"≤ {r['goal_s']} s" if r["goal_s"] else ""
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(
            f"| {r['command']} | {r['wall_median_s']:.3f} s | {r['wall_min_s']:.3f} s"
            f" | {r['cpu_median_s']:.3f} s | {goal} | {met} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    modes = [("as scheduled (the machine's current load)", [])]
    if realtime_available():
        modes.append(("real-time priority (chrt --fifo: the CPU as on an idle machine)", REALTIME))
    report = []
    for name, prefix in modes:
        load_before = os.getloadavg()[0]
        results = measure(args.runs, prefix)
        report.append((name, results, load_before, os.getloadavg()[0]))
    if args.json:
        print(json.dumps([{"mode": n, "results": r, "load": [a, b]} for n, r, a, b in report]))
        return 0
    print(f"Whole-process times, {args.runs} runs each, of `{BAES}`.")
    for name, results, load_before, load_after in report:
        print(f"\n{name}; 1-minute load average {load_before:.2f} before, {load_after:.2f} after")
        print()
        _table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
