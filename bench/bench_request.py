"""Benchmark the Request screen's editable preview: how long a recognition takes to become an
editable form, how long a keystroke in the form holds the event loop, and the spec check that
runs on every change.

    .venv/bin/python bench/bench_request.py [--json]

No goal was set for these; the numbers say whether editing feels immediate (a keystroke well
under the 50 ms loop-stall goal of bench_ui) and what a bigger spec costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (120, 36)
LOADS = 15  # per size; a third of them again from an empty editor
TYPED = "serial_number_of_the_device"
CHECKS = 2_000


def _recognition(entities: int, fields: int, tag: str):
    from baes_tui.core.models import Attribute, EntitySpec, Intent, Recognition

    specs = tuple(
        EntitySpec(f"Thing{tag}{e}", tuple(Attribute(f"field_{i}") for i in range(fields)))
        for e in range(entities)
    )
    return Recognition(f"request {tag}", "", Intent.CREATE_ENTITY, specs, 1.0)


async def _measure(root: Path) -> dict[str, float]:
    from baes_tui.core.config import load_settings
    from baes_tui.ui.app import BaesApp
    from baes_tui.ui.widgets.spec_editor import SpecEditor
    from baes_tui.workspace import Workspace

    settings = load_settings(
        project=root / "project", data_dir=root / "data", environ={}, run_tests=False
    )
    workspace = await Workspace.open(settings)
    app = BaesApp(settings, workspace=workspace)
    out: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = app.screen.query_one(SpecEditor)
        for label, entities, fields in (("1x3", 1, 3), ("1x12", 1, 12), ("3x4", 3, 4)):
            times = []
            for i in range(LOADS):  # alternate two specs so every load rebuilds the form
                recognition = _recognition(entities, fields, "ab"[i % 2])
                start = time.perf_counter()
                await editor.load(recognition)
                await pilot.pause()  # laid out and painted
                times.append(time.perf_counter() - start)
            out[f"load_{label}_ms"] = statistics.median(times) * 1000
            times = []
            for _ in range(LOADS // 3):  # from a new editor: every row is mounted
                await editor.clear()
                await editor.query_one("#spec-form").remove_children()
                start = time.perf_counter()
                await editor.load(_recognition(entities, fields, "c"))
                await pilot.pause()
                times.append(time.perf_counter() - start)
            out[f"build_{label}_ms"] = statistics.median(times) * 1000
        await editor.load(_recognition(1, 3, "d"))
        await pilot.press("ctrl+n")
        times = []
        for char in TYPED:
            start = time.perf_counter()
            await pilot.press(char)
            times.append(time.perf_counter() - start)
        out["keystroke_p50_ms"] = statistics.median(times) * 1000
        out["keystroke_max_ms"] = max(times) * 1000
        times = []
        for _ in TYPED:  # the same press with nothing to edit: Pilot's and Textual's own cost
            start = time.perf_counter()
            await pilot.press("shift+left")
            times.append(time.perf_counter() - start)
        out["cursor_key_p50_ms"] = statistics.median(times) * 1000
        start = time.perf_counter()
        for _ in range(CHECKS):
            editor.read("request")
        out["spec_check_us"] = (time.perf_counter() - start) / CHECKS * 1e6
    await workspace.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="baes-bench-request-") as tmp:
        result = asyncio.run(_measure(Path(tmp)))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    rows = (
        ("new spec shown, rows rebound: 1 entity × 3 fields", "load_1x3_ms", "ms"),
        ("new spec shown, rows rebound: 1 entity × 12 fields", "load_1x12_ms", "ms"),
        ("new spec shown, rows rebound: 3 entities × 4 fields", "load_3x4_ms", "ms"),
        ("first spec of the session, rows mounted: 1 entity × 3 fields", "build_1x3_ms", "ms"),
        ("first spec of the session, rows mounted: 1 entity × 12 fields", "build_1x12_ms", "ms"),
        ("first spec of the session, rows mounted: 3 entities × 4 fields", "build_3x4_ms", "ms"),
        ("keystroke in a spec field, p50 (press → handled)", "keystroke_p50_ms", "ms"),
        ("keystroke in a spec field, max", "keystroke_max_ms", "ms"),
        ("cursor key in the same field, p50 (no edit: the floor)", "cursor_key_p50_ms", "ms"),
        ("spec check on a change (read_spec of the draft)", "spec_check_us", "µs"),
    )
    print("| measurement | median |\n|---|---|")
    for title, key, unit in rows:
        print(f"| {title} | {result[key]:.1f} {unit} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
