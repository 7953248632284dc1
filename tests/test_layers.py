"""The core knows no screen, and heavy imports stay off the start-up path."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import baes_tui

HEADLESS_PACKAGES = (
    "baes_tui.core",
    "baes_tui.recognition",
    "baes_tui.llm",
    "baes_tui.sweas",
    "baes_tui.validation",
    "baes_tui.runs",
    "baes_tui.cli",
)


def headless_modules() -> list[str]:
    names = ["baes_tui.workspace", "baes_tui.diagnostics"]
    for info in pkgutil.walk_packages(baes_tui.__path__, "baes_tui."):
        if info.name.startswith(HEADLESS_PACKAGES):
            names.append(info.name)
    return sorted(names)


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(out.stdout.split())


@pytest.mark.parametrize("module", headless_modules())
def test_headless_module_never_imports_textual(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)


def test_cli_start_up_defers_heavy_imports() -> None:
    """`baes --help` must not pay for inflect, nltk, fastapi or textual."""
    loaded = _loaded_after_import("baes_tui.cli")
    for heavy in ("inflect", "nltk", "fastapi", "textual", "jinja2"):
        assert heavy not in loaded, f"{heavy} is imported at CLI start-up"
