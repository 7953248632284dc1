"""Shared fixtures: every test gets its own data dir and project dir under tmp_path."""

from __future__ import annotations

import threading
import weakref
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


# The test after which each thread was first seen alive, so a leak at exit names its test.
_THREAD_SEEN_AFTER: weakref.WeakKeyDictionary[threading.Thread, str] = weakref.WeakKeyDictionary()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield
    for thread in threading.enumerate():
        _THREAD_SEEN_AFTER.setdefault(thread, item.nodeid)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop aiosqlite worker threads a test left running, and say so.

    An aiosqlite connection nobody closed (or still unreachable garbage at exit) keeps a
    non-daemon worker thread waiting on its queue, and the interpreter waits for every such
    thread before it exits: the test process would hang after its report. aiosqlite gives no
    public handle on the thread, hence the private names.
    """
    import gc
    import sys

    from aiosqlite import core

    gc.collect()
    worker = getattr(core, "_connection_worker_thread", None)
    stop = getattr(core, "_STOP_RUNNING_SENTINEL", None)
    left = [t for t in threading.enumerate() if getattr(t, "_target", None) is worker]
    for thread in left:
        thread._args[0].put_nowait((None, lambda: stop))  # type: ignore[attr-defined]
    if left:
        print(
            f"\n{len(left)} aiosqlite connection(s) left open by the tests: stopped at exit",
            file=sys.stderr,
        )
        for thread in left:
            print(f"  first seen after {_THREAD_SEEN_AFTER.get(thread, '?')}", file=sys.stderr)
