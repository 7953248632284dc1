"""Test support: third-party command-line tools kept out of baes' own environment.

Schemathesis registers a pytest plugin; installed beside baes it would load (and have its
modules assertion-rewritten) in every pytest process of this environment — baes' own, and
each generated suite baes runs — adding about a second of start-up to each. So it lives in a
folder of its own inside the virtual environment, installed with pip on first use, and runs
as `python -m schemathesis.cli` with that folder on PYTHONPATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCHEMATHESIS = "schemathesis==4.32.5"
INSTALL_LIMIT_S = 600


def tool_folder(requirement: str) -> Path:
    """Where `requirement` is installed: <venv>/tools/<name-version>."""
    return Path(sys.prefix) / "tools" / requirement.replace("==", "-")


def installed(requirement: str) -> Path:
    """The folder holding `requirement`, installing it there first if needed (atomically, so
    an interrupted install is never mistaken for a complete one)."""
    folder = tool_folder(requirement)
    if folder.is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=folder.parent))
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--target",
                str(staging),
                requirement,
            ],
            capture_output=True,
            text=True,
            timeout=INSTALL_LIMIT_S,
        )
        if done.returncode != 0:
            raise RuntimeError(f"pip could not install {requirement}:\n{done.stderr[-3000:]}")
        try:
            os.rename(staging, folder)
        except OSError:
            if not folder.is_dir():  # another process finished first otherwise
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def schemathesis_command() -> tuple[list[str], dict[str, str]]:
    """The `st` command line and the environment additions it needs."""
    folder = installed(SCHEMATHESIS)
    return [sys.executable, "-m", "schemathesis.cli"], {"PYTHONPATH": str(folder)}
