"""Monkey test: 2,000 seeded random keys and clicks across every screen, and the app survives.

Keys are printable characters, arrows, tab, enter, escape, function keys (which switch screens)
and ctrl keys that do not quit; clicks land anywhere on the screen. Whatever the user does, a
problem must end as a notification, never as a crash, and no unexpected exception may reach the
app's error dialog.
"""

from __future__ import annotations

import contextlib
import random
import string
import traceback
import unicodedata
from pathlib import Path

import pytest
import textual
from textual import events
from textual.errors import NoWidget

from baes_tui.core.config import load_settings
from baes_tui.core.errors import BaesError
from baes_tui.ui.app import BaesApp
from baes_tui.workspace import Workspace

SEED = 20261126
EVENTS = 2_000
SIZE = (120, 36)
BURST = 20  # keys sent before the test waits for the app to settle
NAVIGATION = ["up", "down", "left", "right", "pageup", "pagedown", "home", "end"]
EDITING = ["tab", "shift+tab", "enter", "escape", "backspace", "delete", "space"]
FUNCTION_KEYS = ["f1", "f2", "f3", "f4", "f5", "f6", "f8"]
# Every ctrl key a user might hit, except the ones that quit (ctrl+q, ctrl+c).
CTRL_KEYS = [f"ctrl+{c}" for c in "abdefghjklnoprstuvwxyz"]
PRINTABLE = list(string.ascii_letters + string.digits + " ,.-/?!'\"()[]{}:;@#%&*+=_<>")


def is_option_list_page_bug(exc: BaseException) -> bool:
    """Textual's OptionList (command palette, Select overlay) raises KeyError on page up/down
    before its lines are laid out (seen with 8.2.8; also reported by other Textual apps).
    Known and outside this project: the test reports it as xfail; anything else fails."""
    frames = traceback.extract_tb(exc.__traceback__)
    return (
        bool(frames) and frames[-1].name == "_move_page" and "_option_list" in frames[-1].filename
    )


def key_event(key: str) -> events.Key:
    """The Key event a terminal sends for `key` (a printable character gets its unicode name)."""
    if len(key) == 1:
        name = key if key.isalnum() else unicodedata.name(key).lower().replace(" ", "_")
        return events.Key(name.replace("-", "_"), key)
    return events.Key(key, " " if key == "space" else None)


def random_action(rng: random.Random) -> tuple[str, object]:
    roll = rng.random()
    if roll < 0.10:
        # Anywhere but the footer row, where a click on "Quit" would end the test cleanly.
        return "click", (rng.randrange(SIZE[0]), rng.randrange(SIZE[1] - 1))
    if roll < 0.50:
        return "key", rng.choice(PRINTABLE)
    if roll < 0.70:
        return "key", rng.choice(NAVIGATION)
    if roll < 0.82:
        return "key", rng.choice(EDITING)
    if roll < 0.92:
        return "key", rng.choice(FUNCTION_KEYS)
    return "key", rng.choice(CTRL_KEYS)


@pytest.mark.slow
async def test_two_thousand_random_keys_and_clicks_do_not_crash_the_app(tmp_path: Path):
    settings = load_settings(
        project=tmp_path / "project", data_dir=tmp_path / "data", run_tests=False
    )
    workspace = await Workspace.open(settings)
    for request in ("Create a student with name and email", "Create a course with title"):
        await workspace.recognize(request)  # something to browse on the cache screen
    rng = random.Random(SEED)
    app = BaesApp(settings, workspace=workspace)
    unexpected: list[str] = []
    report = app.report_error

    def spy(what: str, error: BaseException | None) -> None:
        """An error that is not a BaesError is a bug, even when the app shows it and survives."""
        if error is not None and not isinstance(error, BaesError):
            unexpected.append(f"{what}: {type(error).__name__}: {error}")
        report(what, error)

    app.report_error = spy  # type: ignore[method-assign]
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            burst = 0
            for _ in range(EVENTS):
                kind, what = random_action(rng)
                if kind == "click":
                    # Between two screens' layouts nothing may be under the pointer yet.
                    with contextlib.suppress(NoWidget):
                        await pilot.click(offset=what)
                else:
                    # Keys arrive as a fast typist sends them: a burst, then a look at the app.
                    app.post_message(key_event(str(what)))
                    burst += 1
                if kind == "click" or burst == BURST:
                    burst = 0
                    await pilot.pause()
                    if not app.is_running:
                        break  # leaving run_test re-raises what stopped it
            assert app.is_running, "the app stopped during the random events"
            assert not unexpected, f"unexpected errors were shown: {unexpected}"
            await pilot.press("f5")  # still answers keys at the end
            assert app.current_mode == "cache"
    except KeyError as exc:
        if is_option_list_page_bug(exc):
            pytest.xfail(f"Textual {textual.__version__} OptionList page-key bug: {exc!r}")
        raise
    finally:
        await workspace.close()
