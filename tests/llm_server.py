"""A loopback OpenAI-compatible server for tests: a small ASGI app under uvicorn on 127.0.0.1.

Each test scripts the answers it needs, in order (`script(...)`): a chat completion with exact
`usage`, an HTTP error with headers (429 + Retry-After), a reply that hangs past the client's
timeout, a body that is not JSON. Every request is recorded (path, headers, JSON body), so tests
assert what baes sent and how often. An unscripted request gets 418, which baes never retries.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import uvicorn

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Reply:
    """One scripted answer. `content` with `tokens` makes a chat completion."""

    content: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None  # a raw body instead of a completion (garbage, an error object)
    hang_s: float = 0.0  # wait this long before answering (past the client's timeout)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def answer(content: str | dict[str, Any], prompt: int, completion: int) -> Reply:
    """A chat completion whose `usage` is exactly prompt + completion tokens."""
    text = content if isinstance(content, str) else json.dumps(content)
    return Reply(text, prompt, completion)


def error(status: int, message: str = "error", **headers: str) -> Reply:
    body = json.dumps({"error": {"message": message, "type": "test", "code": status}})
    return Reply(
        status=status, body=body, headers={k.replace("_", "-"): v for k, v in headers.items()}
    )


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.body.get("messages", [])

    @property
    def user(self) -> str:
        return self.messages[-1]["content"]

    @property
    def system(self) -> str:
        return self.messages[0]["content"]


class LoopbackLLM:
    """Start with `start()`, stop with `stop()`; `url` is the base URL (…/v1)."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self.tokens_served = 0  # tokens of every completion answered: what baes must count
        self.received = threading.Event()  # set on every request: tests wait on it, not sleep
        self._closing = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        config = uvicorn.Config(
            self.app, interface="asgi3", log_level="error", lifespan="off", loop="asyncio",
            http="h11",
            timeout_graceful_shutdown=1,
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> LoopbackLLM:
        # The socket listens already: a request made before the server's loop runs waits in the
        # backlog, so nothing needs to wait for start-up.
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()  # releases hanging replies at once
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def env(self, **more: str) -> dict[str, str]:
        """BAES_* settings that point baes at this server, with short timeouts for tests."""
        return {
            "BAES_LLM_BASE_URL": self.url,
            "BAES_LLM_MODEL": "loopback-model",
            "BAES_LLM_TIMEOUT": "2",
            **more,
        }

    async def app(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"unparsed": raw.decode(errors="replace")}
        self.requests.append(Recorded(scope["path"], headers, body))
        self.received.set()
        reply = self.replies.popleft() if self.replies else error(418, "unscripted request")
        if reply.hang_s:
            await asyncio.to_thread(self._closing.wait, reply.hang_s)
            if self._closing.is_set():
                return
        if reply.body is not None:
            data = reply.body.encode()
        else:
            self.tokens_served += reply.tokens
            data = json.dumps(
                {
                    "id": f"chatcmpl-{len(self.requests)}",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model", ""),
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply.content},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {
                        "prompt_tokens": reply.prompt_tokens,
                        "completion_tokens": reply.completion_tokens,
                        "total_tokens": reply.tokens,
                    },
                }
            ).encode()
        out = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
        out += [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
        await send({"type": "http.response.start", "status": reply.status, "headers": out})
        await send({"type": "http.response.body", "body": data})
