"""Benchmark the TUI: first paint, ready to preview, event-loop stalls during runs, the cache
screen over 100,000 entries, idle memory. Each measurement runs in a fresh interpreter and the
start-up and stall measurements repeat; medians are reported.

    .venv/bin/python bench/bench_ui.py [--json] [--repeat N]

Goals (issues 4 and 11): first paint <= 0.3 s; ready to preview a typed request <= 1 s after
launch; longest loop stall during a run <= 50 ms, the first run included; cache screen open
with 100k entries <= 0.3 s; idle RSS (WordNet loaded) <= 150 MB.

A stall is measured twice: wall time (what a user sees, and what a busy machine inflates) and
the CPU time the loop's thread spent in that interval (what the app itself costs).
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
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (120, 36)
CACHE_ENTRIES = 100_000
REPEAT = 5
PROBE_INTERVAL_S = 0.005
RUN_REQUEST = "Create a system to manage students with name, email, and age"
WARM_REQUEST = "Create a system to manage teachers with name, email, and department"
ENTITIES = ("Student", "Course", "Teacher", "Book", "Order", "Customer", "Product", "Invoice")


def _settings(root: Path, **overrides: object):
    from baes_tui.core.config import load_settings

    return load_settings(project=root / "project", data_dir=root / "data", environ={}, **overrides)


# --- children (each runs in its own interpreter) ---------------------------------------------
def child_launch(root: Path) -> dict[str, float]:
    """From process start (the parent's clock before spawning): the first frame; the Request
    screen; a request typed key by key as soon as it shows, previewed; WordNet ready."""
    t0 = float(os.environ["BENCH_T0"])
    from textual import events

    from baes_tui.ui.app import BaesApp

    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.time() - t0)
        marks.setdefault(f"{name}_cpu", time.process_time())

    class Probe(BaesApp):
        typed = False

        def on_ready(self, _event: events.Ready) -> None:
            mark("first_paint")
            self.set_interval(0.002, self._check)

        def _check(self) -> None:
            screen = self.screen
            if not self.typed and self.current_mode == "request" and screen.query("#request-input"):
                mark("request_screen")
                self.typed = True
                for char in RUN_REQUEST:  # as a fast typist: each key an event
                    name = char if char.isalnum() else {" ": "space", ",": "comma"}[char]
                    self.post_message(events.Key(name, char))
            summary = screen.query("#preview-summary")
            if self.typed and summary and "Intent" in str(summary.first().render()):
                mark("preview")
            if "WordNet ready" in self.sub_title or "fallback" in self.sub_title:
                mark("wordnet")
            if "preview" in marks and "wordnet" in marks:
                self.exit()

    app = Probe(_settings(root))
    app.run(headless=True, size=SIZE)
    return marks


async def _loop_probe(stop: asyncio.Event, lags: list[tuple[float, float]]) -> None:
    """(wall lag, loop-thread CPU) of each 5 ms sleep: how long the loop could not answer."""
    while not stop.is_set():
        wall, cpu = time.perf_counter(), time.thread_time()
        await asyncio.sleep(PROBE_INTERVAL_S)
        lags.append((time.perf_counter() - wall - PROBE_INTERVAL_S, time.thread_time() - cpu))


async def _stall(root: Path, run_tests: bool) -> dict[str, float]:
    """Loop stalls while a generation runs through the app: the first run of the process
    (screens and widgets shown for the first time) and a second, warm one."""
    from baes_tui.ui.app import BaesApp
    from baes_tui.workspace import Workspace

    settings = _settings(root, run_tests=run_tests)
    workspace = await Workspace.open(settings)
    await asyncio.to_thread(workspace.lemmatizer.load)
    app = BaesApp(settings, workspace=workspace)
    out: dict[str, float] = {}
    # Two different entities, so the second run is new work, not an evolution to confirm.
    runs = (("cold", RUN_REQUEST), ("warm", WARM_REQUEST))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for label, request in runs:
            await pilot.press("f2")
            await pilot.press("ctrl+l", "ctrl+u", *request)
            await app.workers.wait_for_complete()
            lags: list[tuple[float, float]] = []
            stop = asyncio.Event()
            probe = asyncio.create_task(_loop_probe(stop, lags))
            started = time.perf_counter()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            out[f"{label}_run_s"] = time.perf_counter() - started
            stop.set()
            await probe
            out[f"{label}_max_stall_ms"] = max(wall for wall, _ in lags) * 1000
            out[f"{label}_max_stall_cpu_ms"] = max(cpu for _, cpu in lags) * 1000
            quantiles = statistics.quantiles([w for w, _ in lags], n=100, method="inclusive")
            out[f"{label}_p99_stall_ms"] = quantiles[98] * 1000
    await workspace.close()
    return out


def child_stall(root: Path) -> dict[str, float]:
    return asyncio.run(_stall(root, run_tests=os.environ.get("BENCH_RUN_TESTS") == "1"))


def seed_cache(path: Path, count: int) -> None:
    """Bulk-insert `count` realistic entries through the cache's own row mapping."""
    import sqlite3

    from baes_tui.core.models import Attribute, EntitySpec, Intent, Recognition
    from baes_tui.recognition.cache.entry import entry_to_row, new_entry, utcnow
    from baes_tui.recognition.cache.sqlite import INSERT_ROW
    from baes_tui.recognition.cache.store import RecognitionCache

    async def create() -> None:
        await (await RecognitionCache.open(path)).close()

    asyncio.run(create())
    now = utcnow()
    specs = {e: EntitySpec(e, (Attribute("name"), Attribute("email"))) for e in ENTITIES}

    def rows():
        for i in range(count):
            entity = ENTITIES[i % len(ENTITIES)]
            rec = Recognition(
                request=f"Create a {entity.lower()} number {i} with name and email",
                normalized_key=f"create {entity.lower()} {i} name email",
                intent=Intent.CREATE_ENTITY,
                entities=(specs[entity],),
                confidence=0.9,
                normalizer_id="bench",
            )
            row = list(entry_to_row(new_entry(rec, now - timedelta(seconds=i))))
            row[5] = (i * 7919) % 500  # hit_count, so "by hits" has something to sort
            yield row

    with sqlite3.connect(path) as conn:
        conn.executemany(INSERT_ROW, rows())


async def _cache_open(root: Path) -> dict[str, float]:
    """Seconds from asking for the cache screen (and paging, sorting, searching) to the page."""
    from textual.widgets import DataTable, Input, Static

    from baes_tui.ui.app import BaesApp
    from baes_tui.workspace import Workspace

    settings = _settings(root)
    workspace = await Workspace.open(settings, load_wordnet=False)
    app = BaesApp(settings, workspace=workspace)
    out: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.get_screen("cache")

        async def until(done: Callable[[], bool]) -> float:
            """Seconds until `done()` holds, checked every millisecond (a bench may poll)."""
            start = time.perf_counter()
            while not done():
                await asyncio.sleep(0.001)
            return time.perf_counter() - start

        def pager() -> str:
            return str(screen.query_one("#cache-pager", Static).render())

        start = time.perf_counter()
        await app.run_action("show('cache')")
        await until(lambda: screen.is_mounted and "Page" in pager())
        out["open_s"] = time.perf_counter() - start
        assert screen.query_one("#cache-table", DataTable).row_count == 100
        screen.action_page(1)
        out["next_page_s"] = await until(lambda: "Page 2/" in pager())
        screen.action_sort("age")
        out["sort_by_age_s"] = await until(lambda: "newest" in pager())
        screen.query_one("#cache-search", Input).value = "teacher 99"
        # Includes the 0.25 s search debounce; the query itself is the rest.
        out["search_incl_debounce_s"] = await until(lambda: "matching" in pager())
    await workspace.close()
    return out


def child_cache(root: Path) -> dict[str, float]:
    return asyncio.run(_cache_open(root))


async def _rss(root: Path) -> dict[str, float]:
    from baes_tui.ui.app import BaesApp
    from baes_tui.workspace import Workspace

    settings = _settings(root)
    workspace = await Workspace.open(settings)
    app = BaesApp(settings, workspace=workspace)
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.to_thread(workspace.lemmatizer.load)
        await workspace.recognize(RUN_REQUEST)
        await pilot.pause()
        ready = workspace.status().wordnet_ready
        rss = _rss_mb()
    await workspace.close()
    return {"rss_mb": rss, "wordnet_ready": float(ready)}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_rss(root: Path) -> dict[str, float]:
    return asyncio.run(_rss(root))


CHILDREN = {
    "launch": child_launch,
    "stall": child_stall,
    "cache": child_cache,
    "rss": child_rss,
}


# --- parent ----------------------------------------------------------------------------------
def spawn(part: str, root: Path, **env: str) -> dict[str, float]:
    environ = {**os.environ, **env, "BENCH_T0": repr(time.time())}
    done = subprocess.run(
        [sys.executable, __file__, "--child", part, "--root", str(root)],
        capture_output=True,
        text=True,
        env=environ,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{part} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def medians(samples: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def load_average() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=sorted(CHILDREN))
    parser.add_argument("--root", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.root)))
        return 0

    results: dict[str, dict[str, float]] = {}
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="baes-bench-ui-") as tmp:
        base = Path(tmp)
        n = args.repeat
        results["launch"] = medians([spawn("launch", base / f"launch{i}") for i in range(n)])
        results["stall"] = medians([spawn("stall", base / f"stall{i}") for i in range(n)])
        results["stall_tests"] = medians(
            [spawn("stall", base / f"tests{i}", BENCH_RUN_TESTS="1") for i in range(n)]
        )
        big = base / "big"
        started = time.perf_counter()
        seed_cache(big / "data" / "cache.db", CACHE_ENTRIES)
        results["cache"] = {**spawn("cache", big), "seed_s": time.perf_counter() - started}
        results["rss"] = spawn("rss", base / "rss")
    results["machine"] = {"load_before": load_before, "load_after": load_average(), "repeat": n}  # type: ignore[dict-item]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    launch, cache, rss = results["launch"], results["cache"], results["rss"]
    stall, tests = results["stall"], results["stall_tests"]
    rows = [
        ("First paint after launch", launch["first_paint"] * 1000, "ms", 300),
        ("Ready: a request typed at once is previewed", launch["preview"] * 1000, "ms", 1000),
        ("WordNet ready after launch (header)", launch["wordnet"] * 1000, "ms", None),
        ("Longest loop stall, first run (no tests)", stall["cold_max_stall_ms"], "ms", 50),
        ("Longest loop stall, warm run (no tests)", stall["warm_max_stall_ms"], "ms", 50),
        ("Longest loop stall, warm run, tests streaming", tests["warm_max_stall_ms"], "ms", 50),
        ("Longest loop stall, first run, tests streaming", tests["cold_max_stall_ms"], "ms", 50),
        ("Cache screen open, 100k entries", cache["open_s"] * 1000, "ms", 300),
        ("Cache next page, 100k entries", cache["next_page_s"] * 1000, "ms", None),
        ("Cache sort by age, 100k entries", cache["sort_by_age_s"] * 1000, "ms", None),
        (
            "Cache search, 100k (incl. 250 ms debounce)",
            cache["search_incl_debounce_s"] * 1000,
            "ms",
            None,
        ),
        ("RSS idle, WordNet loaded", rss["rss_mb"], "MB", 150),
    ]
    print(
        f"Medians of {n} fresh processes (cache and RSS: one). Load average before/after:"
        f" {load_before} | {results['machine']['load_after']}.\n"
    )  # type: ignore[index]
    print("| Measure | Result | Goal | Met |")
    print("|---|---|---|---|")
    for name, value, unit, goal in rows:
        met = "—" if goal is None else ("yes" if value <= goal else "NO")
        target = "—" if goal is None else f"≤ {goal} {unit}"
        print(f"| {name} | {value:.0f} {unit} | {target} | {met} |")
    print(
        "\nCPU the loop's thread spent in the longest stall: first run"
        f" {stall['cold_max_stall_cpu_ms']:.0f} ms, warm {stall['warm_max_stall_cpu_ms']:.0f} ms,"
        f" warm with tests {tests['warm_max_stall_cpu_ms']:.0f} ms, first with tests"
        f" {tests['cold_max_stall_cpu_ms']:.0f} ms. Process CPU to first paint"
        f" {launch['first_paint_cpu'] * 1000:.0f} ms, to the preview"
        f" {launch['preview_cpu'] * 1000:.0f} ms."
    )
    print(
        f"p99 loop stall: first run {stall['cold_p99_stall_ms']:.0f} ms, warm"
        f" {stall['warm_p99_stall_ms']:.0f} ms, warm with tests {tests['warm_p99_stall_ms']:.0f}"
        f" ms; runs took {stall['cold_run_s']:.1f} / {stall['warm_run_s']:.1f} /"
        f" {tests['warm_run_s']:.1f} s. Seeding 100k cache entries took {cache['seed_s']:.1f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
