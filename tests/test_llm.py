"""The LLM path talks to a real OpenAI-compatible HTTP server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition
from baes_tui.llm.client import LLMClient, LLMUnavailable, implement_custom_logic
from baes_tui.llm.standards import COMPRESSED_BACKEND, FULL_BACKEND

ANSWER = (
    "Here you go:\n```python\n"
    "def full_name(first: str, last: str) -> str:\n    return f'{first} {last}'\n```\n"
)


class _ChatServer(ThreadingHTTPServer):
    requests: list[dict[str, Any]]
    status: int


class _Handler(BaseHTTPRequestHandler):
    server: _ChatServer

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.server.requests.append(
            {"path": self.path, "auth": self.headers.get("Authorization"),
             "body": json.loads(self.rfile.read(length))}
        )  # fmt: skip
        if self.server.status != 200:
            self.send_response(self.server.status)
            self.end_headers()
            return
        payload = {
            "choices": [{"message": {"role": "assistant", "content": ANSWER}}],
            "usage": {"total_tokens": 321},
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: Any) -> None:
        return


@pytest.fixture
def chat_server() -> Iterator[_ChatServer]:
    server = _ChatServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    server.status = 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _recognition() -> Recognition:
    return Recognition(
        request="Create person with first name and last name; full name is derived",
        normalized_key="create person first name last name full name derive",
        intent=Intent.CREATE_ENTITY,
        entities=(
            EntitySpec("Person", (Attribute("first_name", AttrType.STR), Attribute("last_name"))),
        ),
        confidence=0.9,
        custom_logic=("computed_properties: full name derived from first and last name",),
    )


async def test_custom_logic_becomes_a_module_and_counts_tokens(chat_server: _ChatServer) -> None:
    host, port = chat_server.server_address[:2]
    client = LLMClient(f"http://{host}:{port}/v1", "test-model", api_key="sekret")
    path, text, tokens = await implement_custom_logic(client, _recognition())
    assert path == "app/custom/person_rules.py"
    assert "def full_name(first: str, last: str) -> str:" in text
    assert "```" not in text
    assert tokens == 321
    sent = chat_server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["auth"] == "Bearer sekret"
    assert sent["body"]["model"] == "test-model"
    assert "full name derived" in sent["body"]["messages"][1]["content"]
    assert sent["body"]["messages"][0]["content"] == COMPRESSED_BACKEND


async def test_low_approval_rate_escalates_to_full_standards(chat_server: _ChatServer) -> None:
    host, port = chat_server.server_address[:2]
    client = LLMClient(f"http://{host}:{port}/v1", "m")
    await implement_custom_logic(client, _recognition(), approval_rate=0.5)
    assert chat_server.requests[0]["body"]["messages"][0]["content"] == FULL_BACKEND


async def test_server_error_is_reported_as_llm_unavailable(chat_server: _ChatServer) -> None:
    chat_server.status = 500
    host, port = chat_server.server_address[:2]
    client = LLMClient(f"http://{host}:{port}/v1", "m")
    with pytest.raises(LLMUnavailable, match="failed"):
        await implement_custom_logic(client, _recognition())


async def test_unreachable_server_is_reported_not_raised_raw() -> None:
    client = LLMClient("http://127.0.0.1:9/v1", "m", timeout_s=2)
    with pytest.raises(LLMUnavailable):
        await client.complete("s", "u")


async def test_generation_sends_custom_logic_to_the_llm_and_queues_its_module(
    chat_server: _ChatServer, tmp_path: Path
) -> None:
    from baes_tui.core.config import load_settings
    from baes_tui.workspace import Workspace

    host, port = chat_server.server_address[:2]
    settings = load_settings(
        project=tmp_path / "project",
        data_dir=tmp_path / "data",
        environ={"BAES_LLM_BASE_URL": f"http://{host}:{port}/v1", "BAES_LLM_MODEL": "m"},
    )
    async with await Workspace.open(settings) as ws:
        result = await ws.generate(
            "Create a person with first name and last name. "
            "The full name is derived from first and last name.",
            run_tests=False,
        )
        items = await ws.review_items()
    data = result.to_dict()
    assert data["status"] == "needs_review", data["error"]
    assert data["path"] == "mixed"
    assert data["tokens"] == 321
    assert "app/custom/person_rules.py" in data["files"]
    module = (tmp_path / "project" / "app/custom/person_rules.py").read_text()
    assert "def full_name" in module
    assert any(item.path == "app/custom/person_rules.py" for item in items)


async def test_without_a_reachable_llm_custom_logic_goes_to_review(tmp_path: Path) -> None:
    from baes_tui.core.config import load_settings
    from baes_tui.workspace import Workspace

    settings = load_settings(
        project=tmp_path / "project",
        data_dir=tmp_path / "data",
        environ={"BAES_LLM_BASE_URL": "http://127.0.0.1:9/v1", "BAES_LLM_MODEL": "m"},
    )
    async with await Workspace.open(settings) as ws:
        result = await ws.generate(
            "Create a person with first name and last name. "
            "The full name is derived from first and last name.",
            run_tests=False,
        )
        items = await ws.review_items()
    assert result.status == "needs_review"
    assert result.tokens == 0
    assert any("LLM" in note for note in result.notes)
    assert any(item.path == "(custom logic)" for item in items)
