"""Pilot fixtures: a real Workspace over tmp_path data and project dirs, and a few waits.

The waits loop on what is on screen (never on a clock), so a slow machine makes a test
slower, not flaky.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.geometry import Region
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widget import Widget

from baes_tui.core.config import Settings, load_settings

SIZE = (150, 48)
MAX_ROUNDS = 1500  # pauses before a wait gives up (each round lets queued messages run)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(project=tmp_path / "project", data_dir=tmp_path / "data", run_tests=False)


@pytest.fixture
async def workspace(settings: Settings) -> AsyncIterator[Any]:
    from baes_tui.workspace import Workspace

    workspace = await Workspace.open(settings)
    try:
        yield workspace
    finally:
        await workspace.close()


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str) -> None:
    """Let the app work until `condition()` is true; fail with `what` if it never is."""
    for _ in range(MAX_ROUNDS):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"never happened: {what}")


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type like a quick typist: one key event per character, in order, to whatever has focus.

    `pilot.press` waits after every key until the whole process has been idle for a while (a
    clock heuristic, 40 ms or more a key, and longer while the live preview reads each prefix):
    typing one request cost seconds. Here each key is posted as the terminal driver posts it and
    the app's queues are drained (`pause(0)` waits on the screen's message queues, not on a
    clock); the last key goes through `press`, so the app has settled when this returns, as
    before.
    """
    if not text:
        return
    for char in text[:-1]:
        pilot.app.post_message(events.Key(_character_to_key(char), char))
        await pilot.pause(0)
    await pilot.press(text[-1])


def drawn(widget: Widget) -> str:
    """What a widget draws right now (its whole height, also the part scrolled away), as plain
    lines of text."""
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return "\n".join(line.text.rstrip() for line in lines)


def notifications(pilot: Pilot[Any]) -> list[str]:
    return [n.message for n in pilot.app._notifications]


def run_finished(app: Any) -> bool:
    """The Waves screen has the run's result and no run is going."""
    from baes_tui.ui.screens.waves import WavesScreen

    waves = app.get_screen("waves")
    return isinstance(waves, WavesScreen) and waves._finished is not None and not waves.running


async def wait_for_run(pilot: Pilot[Any]) -> None:
    """Wait until the Waves screen's run has ended and shown its end: on the run's worker, not
    on a number of rounds (a run with its generated tests takes 3 s idle, 20 s under load)."""
    from textual.worker import WorkerCancelled, WorkerFailed

    waves = pilot.app.get_screen("waves")
    await until(pilot, lambda: waves._run is not None, "a run started")
    with contextlib.suppress(WorkerCancelled, WorkerFailed):
        await waves._run.wait()
    await until(pilot, lambda: run_finished(pilot.app), "the run's end shown")
