"""Benchmark the validation engine: time per file and the share of confident verdicts.

Measured on the fixture corpus (tests/fixtures/validation/corpus: what templates produce, what a
broken template or an LLM might produce, and custom logic for review — Python, SQL, HTML and
config files) and on the files of one generated project (Student: name, email, age). Every
verdict includes deciding the file's kind from its content. Times are per file, over repeated
runs after a warm-up that compiles the catalog. Goals (issues 3 and 12): p50 <= 2 ms per file,
confident share >= 80% of the corpus (the seed's LLM-review target is ~20% of validations,
alert above 40%).

    .venv/bin/python bench/bench_validation.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baes_tui.core.models import Attribute, AttrType, EntitySpec  # noqa: E402
from baes_tui.sweas.base import Registry  # noqa: E402
from baes_tui.validation import catalog, count_outcomes, validate_source  # noqa: E402
from tests.support.render import render_project  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "validation" / "corpus"
P50_GOAL_MS = 2.0
CONFIDENT_GOAL = 0.80
REVIEW_ALERT = 0.40
STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
    ),
)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def corpus_sources() -> list[tuple[str, str]]:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    return [(p.relative_to(CORPUS).as_posix(), p.read_text(encoding="utf-8")) for p in files]


def generated_sources() -> list[tuple[str, str]]:
    files = render_project(Registry(), Registry((STUDENT,)))
    return [(f.path, f.content) for f in files.values()]


def time_per_file(
    sources: list[tuple[str, str]], repeat: int
) -> tuple[list[float], dict[str, list[float]]]:
    """Milliseconds per validate_source call, all files and by the kind each file was given."""
    kinds = [validate_source(path, text).kind for path, text in sources]  # warm-up
    timings: list[float] = []
    by_kind: dict[str, list[float]] = {}
    for _ in range(repeat):
        for (path, text), kind in zip(sources, kinds, strict=True):
            started = time.perf_counter()
            validate_source(path, text)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
    return timings, by_kind


def measure(repeat: int) -> dict[str, object]:
    corpus = corpus_sources()
    generated = generated_sources()
    verdicts = [validate_source(path, text) for path, text in corpus]
    timings, by_kind = time_per_file(corpus, repeat)
    generated_timings, _ = time_per_file(generated, repeat)
    generated_counts = count_outcomes(validate_source(p, t) for p, t in generated)
    counts = count_outcomes(verdicts)
    confident = (counts["confident_approval"] + counts["confident_rejection"]) / len(verdicts)
    return {
        "rules": len(catalog()),
        "files": len(corpus),
        "lines": sum(text.count("\n") for _, text in corpus),
        "runs": repeat,
        "p50_ms": round(statistics.median(timings), 3),
        "p95_ms": round(_percentile(timings, 0.95), 3),
        "max_ms": round(max(timings), 3),
        "p50_ms_by_kind": {k: round(statistics.median(v), 3) for k, v in sorted(by_kind.items())},
        "files_by_kind": {
            k: sum(1 for v in verdicts if v.kind == k) for k in sorted({v.kind for v in verdicts})
        },
        "outcomes": counts,
        "confident_share": round(confident, 3),
        "generated_files": len(generated),
        "generated_p50_ms": round(statistics.median(generated_timings), 3),
        "generated_outcomes": generated_counts,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()} {platform.release()}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="runs over the corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = measure(args.repeat)
    confident = float(result["confident_share"])  # type: ignore[arg-type]
    review = 1 - confident
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        counts = result["outcomes"]
        assert isinstance(counts, dict)
        print(
            f"Validation: {result['rules']} rules; corpus of {result['files']} files "
            f"({result['lines']} lines), {args.repeat} runs; Python {result['python']}\n"
        )
        print("| measure | value | goal |")
        print("|---|---|---|")
        print(f"| time per file, corpus, p50 | {result['p50_ms']:.3f} ms | ≤ {P50_GOAL_MS} ms |")
        print(
            f"| time per file, corpus, p95 / max | {result['p95_ms']:.3f} / "
            f"{result['max_ms']:.3f} ms | |"
        )
        for kind, p50 in result["p50_ms_by_kind"].items():  # type: ignore[union-attr]
            files = result["files_by_kind"][kind]  # type: ignore[index]
            print(f"| — {kind} ({files} files), p50 | {p50:.3f} ms | |")
        print(
            f"| time per file, generated Student project ({result['generated_files']} files), "
            f"p50 | {result['generated_p50_ms']:.3f} ms | ≤ {P50_GOAL_MS} ms |"
        )
        print(
            f"| confident verdicts, corpus | {confident:.0%} ({counts['confident_approval']} "
            f"approvals, {counts['confident_rejection']} rejections, "
            f"{counts['uncertain']} uncertain) | ≥ {CONFIDENT_GOAL:.0%} |"
        )
        print(
            f"| sent to review (LLM or person) | {review:.0%} | ~20%, alert > {REVIEW_ALERT:.0%} |"
        )
        print(f"| generated project verdicts | {result['generated_outcomes']} | all approvals |")
    generated = result["generated_outcomes"]
    assert isinstance(generated, dict)
    ok = (
        float(result["p50_ms"]) <= P50_GOAL_MS  # type: ignore[arg-type]
        and float(result["generated_p50_ms"]) <= P50_GOAL_MS  # type: ignore[arg-type]
        and confident >= CONFIDENT_GOAL
        and generated["confident_approval"] == result["generated_files"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
