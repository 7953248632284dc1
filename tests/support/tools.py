"""Test support: third-party command-line tools kept out of baes' own environment.

Schemathesis registers a pytest plugin; installed beside baes it would load (and have its
modules assertion-rewritten) in every pytest process of this environment — baes' own, and
each generated suite baes runs — adding about a second of start-up to each. So it lives in a
folder of its own inside the virtual environment and runs as `python -m schemathesis.cli`
with that folder on PYTHONPATH.

`make install` installs every tool listed in TOOLS (`python -m tests.support.tools`), so the
suite needs no package index and installs nothing while it runs; a test that finds a tool
missing fails and says to run `make install`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCHEMATHESIS = "schemathesis==4.32.5"
TOOLS = (SCHEMATHESIS,)
INSTALL_LIMIT_S = 600


class ToolMissing(RuntimeError):
    """A tool the tests run is not installed (make install installs it)."""


def tool_folder(requirement: str) -> Path:
    """Where `requirement` is installed: <venv>/tools/<name-version>."""
    return Path(sys.prefix) / "tools" / requirement.replace("==", "-")


def installed(requirement: str) -> Path:
    """The folder holding `requirement`, as `make install` left it."""
    folder = tool_folder(requirement)
    if not folder.is_dir():
        raise ToolMissing(f"{requirement} is not installed in {folder}: run `make install`")
    return folder


def install(requirement: str) -> Path:
    """Install `requirement` into its folder unless it is there (atomically, so an
    interrupted install is never mistaken for a complete one)."""
    folder = tool_folder(requirement)
    if folder.is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=folder.parent))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(staging),
             requirement],
            capture_output=True,
            text=True,
            timeout=INSTALL_LIMIT_S,
        )  # fmt: skip
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


def main() -> int:
    """`make install`: every tool in TOOLS, each in its own folder."""
    for requirement in TOOLS:
        print(f"{requirement}: {install(requirement)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
