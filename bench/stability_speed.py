"""What reading the rewrites would cost: recognition time of every dev request, alone and
with the kept rewrites (bench/stability.py) read again as the feature would be — only for a
request that is accepted without it (the feature can only lower the score).

Run: .venv/bin/python -m bench.stability_speed [--repeat N]
Prints p50 / p90 / mean per request in ms for both, how many requests were read again and the
mean number of extra reads. Timings move with the machine's load: compare the two columns of
one run, and give `uptime`'s load with them.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean
from bench import stability
from bench.recognition_corpus import load_split


def main(argv: list[str]) -> int:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    recognizer = Recognizer()
    normalizer = FallbackNormalizer()
    requests = [case.request for case in load_split("dev")]
    for request in requests[:50]:  # warm-up: lemma memory, regex caches
        recognizer.recognize(request, normalizer=normalizer)
    timings: dict[bool, list[float]] = {True: [], False: []}
    for request in requests:
        for on in (False, True):
            best = min(_time(recognizer, normalizer, request, on) for _ in range(repeat))
            timings[on].append(best * 1000)
    extra = [len(stability.rewrites(r)) for r in requests]
    read_again = sum(1 for r in requests if _read_again(recognizer, normalizer, r))
    print(f"{len(requests)} dev requests, best of {repeat} per request")
    for on in (False, True):
        t = sorted(timings[on])
        label = "with stability" if on else "without"
        print(
            f"{label:16} p50 {statistics.median(t):.3f} ms  p90 {t[int(0.9 * len(t))]:.3f} ms"
            f"  mean {statistics.fmean(t):.3f} ms"
        )
    print(
        f"read again (would be accepted without the feature): {read_again} of {len(requests)};"
        f" rewrites that apply per request: mean {statistics.fmean(extra):.2f}"
    )
    return 0


def _time(recognizer: Recognizer, normalizer: FallbackNormalizer, request: str, on: bool) -> float:
    draft = recognizer.draft(clean(request))  # a wired feature would reuse recognize's draft
    start = time.perf_counter()
    got = recognizer.recognize(request, normalizer=normalizer)
    if on and got.status == "recognized":
        stability.unstable(request, draft, _reader(recognizer))
    return time.perf_counter() - start


def _reader(recognizer: Recognizer) -> Callable[[str], Draft]:
    return lambda text: recognizer.draft(clean(text))


def _read_again(recognizer: Recognizer, normalizer: FallbackNormalizer, request: str) -> bool:
    got = recognizer.recognize(request, normalizer=normalizer)
    return got.status == "recognized" and bool(stability.rewrites(request))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
