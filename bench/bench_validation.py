"""Benchmark the validation engine on the fixture corpus of realistic generated files.

Prints the time per file (median and p95 over repeated runs, after a warm-up that compiles the
catalog) and the share of verdicts decided confidently (approval or rejection, i.e. not sent to
review). Goals from the issue: p50 <= 2 ms per file, confident share >= 80%.

    .venv/bin/python bench/bench_validation.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baes_tui.validation import count_outcomes, validate_source  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "validation" / "corpus"
P50_GOAL_MS = 2.0
CONFIDENT_GOAL = 0.80


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="runs over the corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    sources = [(str(p.relative_to(CORPUS)), p.read_text(encoding="utf-8")) for p in files]
    verdicts = [validate_source(path, text) for path, text in sources]  # warm-up

    timings: list[float] = []
    by_kind: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for (path, text), verdict in zip(sources, verdicts, strict=True):
            started = time.perf_counter()
            validate_source(path, text)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            by_kind.setdefault(verdict.kind, []).append(elapsed)

    counts = count_outcomes(verdicts)
    confident = (counts["confident_approval"] + counts["confident_rejection"]) / len(verdicts)
    result = {
        "files": len(sources),
        "lines": sum(text.count("\n") for _, text in sources),
        "runs": args.repeat,
        "p50_ms": round(statistics.median(timings), 3),
        "p95_ms": round(_percentile(timings, 0.95), 3),
        "max_ms": round(max(timings), 3),
        "p50_ms_by_kind": {k: round(statistics.median(v), 3) for k, v in sorted(by_kind.items())},
        "outcomes": counts,
        "confident_share": round(confident, 3),
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus: {result['files']} files, {result['lines']} lines, {args.repeat} runs")
        print(
            f"time per file: p50 {result['p50_ms']:.3f} ms (goal <= {P50_GOAL_MS} ms), "
            f"p95 {result['p95_ms']:.3f} ms, max {result['max_ms']:.3f} ms"
        )
        print(f"p50 by kind (ms): {result['p50_ms_by_kind']}")
        print(f"outcomes: {counts}")
        print(f"confident verdicts: {confident:.0%} (goal >= {CONFIDENT_GOAL:.0%})")
    ok = result["p50_ms"] <= P50_GOAL_MS and confident >= CONFIDENT_GOAL
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
