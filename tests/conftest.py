"""Shared fixtures: every test gets its own data dir and project dir under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llm_server import LoopbackLLM


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


@pytest.fixture(autouse=True)
def _no_llm_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """An LLM is configured only where a test says so (the OpenAI SDK's variables too)."""
    for var in (
        "BAES_LLM_TIMEOUT", "BAES_LLM_MAX_RETRIES", "OPENAI_BASE_URL", "OPENAI_API_KEY",
    ):  # fmt: skip
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def llm_server() -> Iterator[LoopbackLLM]:
    """A scripted OpenAI-compatible server on 127.0.0.1 (tests/llm_server.py)."""
    server = LoopbackLLM().start()
    yield server
    server.stop()
