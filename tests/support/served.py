"""Test support: a generated project served by a real uvicorn, and the tools run on it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

SERVER_START_LIMIT_S = 60.0


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without pytest's and baes' own variables, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "BAES_"))}
    env.update(extra)
    return env


def tool(name: str) -> str:
    """An executable installed beside this interpreter (ruff, st), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(root: Path, database: Path) -> Iterator[httpx.Client]:
    """`uvicorn app.main:app` on a free loopback port; stopped (and reaped) on exit."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            f"{port}",
        ],
        cwd=root,
        env=clean_env(DATABASE_PATH=str(database)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=10.0) as client:
            started = time.monotonic()
            while True:
                if process.poll() is not None:
                    pytest.fail(f"server exited: {process.stderr.read() if process.stderr else ''}")
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() - started > SERVER_START_LIMIT_S:
                    pytest.fail("server did not start")
                time.sleep(0.05)
            yield client
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def assert_ruff_clean(root: Path) -> None:
    """`ruff check` and `ruff format --check` pass with the project's own settings."""
    ruff = tool("ruff")
    check = subprocess.run(
        [ruff, "check", "--no-cache", "."], cwd=root, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    form = subprocess.run(
        [ruff, "format", "--check", "--no-cache", "."], cwd=root, capture_output=True, text=True
    )
    assert form.returncode == 0, form.stdout + form.stderr


def run_generated_tests(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The project's own pytest in a subprocess, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *args],
        cwd=root,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def assert_own_tests_pass(root: Path, *must_pass: str) -> str:
    result = run_generated_tests(root)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-20000:]
    for name in must_pass:
        assert f"{name} PASSED" in output, f"{name} did not run and pass:\n{output[-20000:]}"
    return output
