"""Shared fixtures: every test gets its own data dir and project dir under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    return tmp_path / "project"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the user's real data or config dirs."""
    monkeypatch.setenv("BAES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    for var in ("BAES_PROJECT", "BAES_LLM_BASE_URL", "BAES_LLM_MODEL", "BAES_LLM_API_KEY"):
        monkeypatch.delenv(var, raising=False)
