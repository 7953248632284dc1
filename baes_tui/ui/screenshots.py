"""Regenerate an SVG of every screen: `python -m baes_tui.ui.screenshots docs/screenshots`.

The app runs headless on a throw-away data and project dir seeded the way a user would seed it:
a few requests recognized (cache entries and hits), two generations run through the Request
screen without their test runs (waves, metrics; the first is corrected in the editable preview,
the second has custom logic for the review queue). Then each screen is visited and
saved at a fixed size, so the pictures in the docs are the real app, not mock-ups.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from baes_tui.ui.screens import SCREENS as APP_SCREENS

SIZE = (120, 36)
RUN_REQUEST = "Create a system to manage students with name, email, and age"
EDITED_FIELD = "enrolled on"  # added in the Request screen's editable preview before the run
# Custom logic no template writes: the run ends "needs review" and fills the review queue.
REVIEW_REQUEST = (
    "Create a system to manage loans with amount and due date,"
    " and calculate a late fee when the due date has passed"
)
CACHE_REQUESTS = (
    "Create a course with title, code and credits",
    "Create a teacher with name, email and department",
    "Create a system to manage courses with title, code, and credits",
    "Create a course with title, code and credits",
)
# One picture per screen of the app (ui/screens SCREENS), plus F1 help; the file stem is the mode.
SCREENS = (*(entry.mode for entry in APP_SCREENS), "help")


async def capture(out_dir: Path, *, size: tuple[int, int] = SIZE) -> list[Path]:
    """Run the app once and save one SVG per screen into `out_dir`; return the files."""
    from baes_tui.core.config import load_settings
    from baes_tui.ui.app import BaesApp
    from baes_tui.workspace import Workspace

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="baes-screenshots-") as tmp:
        root = Path(tmp)
        settings = load_settings(
            project=root / "project", data_dir=root / "data", run_tests=False, environ={}
        )
        workspace = await Workspace.open(settings)
        try:
            for request in CACHE_REQUESTS:
                await workspace.recognize(request)
            app = BaesApp(settings, workspace=workspace)
            async with app.run_test(size=size) as pilot:

                async def settle() -> None:
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                    await pilot.pause()

                def save(name: str) -> Path:
                    app.save_screenshot(filename=f"{name}.svg", path=str(out_dir))
                    return out_dir / f"{name}.svg"

                saved: list[Path] = []
                await settle()
                await pilot.press(*RUN_REQUEST)
                await settle()
                # The editable preview, corrected: one more field, typed as a date.
                await pilot.press("ctrl+n", *EDITED_FIELD, "tab", "enter", *["down"] * 4, "enter")
                await settle()
                saved.append(save("request"))
                await pilot.press("ctrl+s")  # runs the edited spec and switches to Waves
                await settle()
                saved.append(save("waves"))
                await pilot.press("f2")
                await settle()
                await pilot.press("ctrl+l", "ctrl+u", *REVIEW_REQUEST, "enter")
                await settle()
                # The newest row (the run's custom logic) is selected; its detail is shown.
                await pilot.press("f4")
                await settle()
                await pilot.press("home")
                await settle()
                saved.append(save("review"))
                await pilot.press("f5")
                await settle()
                await pilot.press("down")
                await settle()
                saved.append(save("cache"))
                await pilot.press("f6")
                await settle()
                saved.append(save("metrics"))
                await pilot.press("f1")
                await settle()
                saved.append(save("help"))
        finally:
            await workspace.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder for the SVG files")
    args = parser.parse_args(argv)
    for path in asyncio.run(capture(args.out_dir)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
