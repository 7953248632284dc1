"""`python -m baes_tui.ui.screenshots DIR` writes one valid SVG per screen."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from baes_tui.ui.screenshots import SCREENS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_screenshot_command_writes_one_svg_per_screen(tmp_path: Path):
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "baes_tui.ui.screenshots", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.stem for p in out.glob("*.svg")) == sorted(SCREENS)
    for name in SCREENS:
        root = ET.parse(out / f"{name}.svg").getroot()
        assert root.tag.endswith("svg"), name
        assert "<text" in (out / f"{name}.svg").read_text(encoding="utf-8"), name
