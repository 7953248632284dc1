"""The LLM path's transport: any OpenAI-compatible chat-completions server, through the `openai`
SDK, used only when configured.

The SDK does the HTTP, authentication, timeouts and error classes; the retry policy is ours
(the SDK's own retries are off) because baes must (1) count every attempt and its tokens exactly,
from the server's `usage`, (2) cap how long a server's Retry-After may hold a run, and (3) tell a
person in one sentence what went wrong: timeout, refused connection, a refused key, a rate limit,
a server error. `openai` is imported on the first call, never on a path without an LLM (it takes
about half a second to import).

Every call is bounded: `timeout_s` per attempt, at most `max_retries` retries with exponential
backoff (or the server's Retry-After, up to `max_wait_s`), so a broken server costs at most
(max_retries + 1) × timeout_s plus the waits — never a hang.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError

if TYPE_CHECKING:
    from openai import AsyncOpenAI

# The SDK insists on a key; servers that need none ignore this one.
NO_KEY = "no-key"
_JSON_FENCE = re.compile(r"^```(?:json)?\s*\n(.*?)\n?```$", re.DOTALL)


class LLMError(BaesError):
    """The LLM could not give a usable answer; the work goes to a person instead.

    `tokens` and `attempts` are what the failed call still cost: a garbage answer is billed too.
    """

    exit_code = 1

    def __init__(self, message: str, *, tokens: int = 0, attempts: int = 0) -> None:
        super().__init__(message)
        self.tokens = tokens
        self.attempts = attempts


class LLMUnavailable(LLMError):
    """The server did not answer: timeout, refused connection, refused key, rate limit, 5xx."""


class LLMAnswerInvalid(LLMError):
    """The server answered, but not with what was asked (no code, invalid JSON, a bad spec)."""


@dataclass(frozen=True, slots=True)
class LLMReply:
    """One answer and exactly what it cost (the server's `usage`; 0 when it reports none)."""

    text: str
    tokens: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1  # HTTP requests this answer took; 1 means no retry


@dataclass(frozen=True, slots=True)
class LLMUsage:
    """What a client has spent so far: answers asked for, HTTP attempts, tokens, failures."""

    calls: int = 0
    attempts: int = 0
    tokens: int = 0
    failures: int = 0

    @property
    def retries(self) -> int:
        return self.attempts - self.calls

    def __sub__(self, earlier: LLMUsage) -> LLMUsage:
        return LLMUsage(
            self.calls - earlier.calls,
            self.attempts - earlier.attempts,
            self.tokens - earlier.tokens,
            self.failures - earlier.failures,
        )


class LLMClient:
    """One configured server and model; `usage` accumulates over the client's life."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        *,
        timeout_s: float = 60.0,
        max_retries: int = 2,
        backoff_s: float = 0.5,
        max_wait_s: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.max_retries = max(0, max_retries)
        self.backoff_s = backoff_s
        self.max_wait_s = max_wait_s
        self.usage = LLMUsage()
        # None until a server shows whether it takes `response_format: json_schema`.
        self.structured_output: bool | None = None
        self._sdk: AsyncOpenAI | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMClient | None:
        if not settings.llm_configured:
            return None
        return cls(
            settings.llm_base_url,
            settings.llm_model,
            settings.llm_api_key,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )

    async def _client(self) -> AsyncOpenAI:
        if self._sdk is None:
            # Half a second of imports: off the event loop, which may be the TUI's.
            sdk = await asyncio.to_thread(importlib.import_module, "openai")
            self._sdk = sdk.AsyncOpenAI(
                base_url=self.base_url,
                api_key=self.api_key or NO_KEY,
                timeout=self.timeout_s,
                max_retries=0,  # ours: see the module docstring
            )
        return self._sdk

    async def aclose(self) -> None:
        if self._sdk is not None:
            await self._sdk.close()
            self._sdk = None

    async def __aenter__(self) -> LLMClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def complete(
        self, system: str, user: str, *, schema: dict[str, Any] | None = None, name: str = "answer"
    ) -> LLMReply:
        """One answer, retried on transient faults; LLMUnavailable when there is none.

        With `schema`, the server is asked for structured output (`json_schema`); a server that
        refuses the parameter is asked again without it, once, and remembered as plain-JSON.
        """
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        attempts = 0
        retries = 0
        self.usage = _add(self.usage, calls=1)
        while True:
            structured = schema is not None and self.structured_output is not False
            attempts += 1
            self.usage = _add(self.usage, attempts=1)
            try:
                completion = await self._create(messages, schema if structured else None, name)
            except Exception as exc:
                fault = self._fault(exc)
                if fault.structured_refused and structured:
                    self.structured_output = False
                    continue  # the same question without response_format; not a retry
                if fault.retry and retries < self.max_retries:
                    wait = fault.wait if fault.wait is not None else self._backoff(retries)
                    if wait <= self.max_wait_s:
                        retries += 1
                        await asyncio.sleep(wait)
                        continue
                    fault = _Fault(
                        f"{fault.message}; the server asks to wait {wait:.0f} s, more than"
                        f" baes waits ({self.max_wait_s:.0f} s)"
                    )
                self.usage = _add(self.usage, failures=1)
                tried = f" (after {attempts} attempts)" if attempts > 1 else ""
                kind = LLMAnswerInvalid if fault.invalid else LLMUnavailable
                raise kind(
                    f"LLM at {self.base_url}: {fault.message}{tried}", attempts=attempts
                ) from exc
            if structured:
                self.structured_output = True
            reply = self._reply(completion, attempts)
            self.usage = _add(self.usage, tokens=reply.tokens)
            return reply

    async def _create(self, messages: list[dict[str, str]], schema: Any, name: str) -> Any:
        extra: dict[str, Any] = {}
        if schema is not None:
            extra["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": False},
            }
        client = await self._client()
        return await client.chat.completions.create(
            model=self.model, messages=messages, temperature=0, **extra
        )

    def _reply(self, completion: Any, attempts: int) -> LLMReply:
        usage = getattr(completion, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        answer = int(getattr(usage, "completion_tokens", 0) or 0)
        total = int(getattr(usage, "total_tokens", 0) or 0) or prompt + answer
        try:
            text = completion.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            text = None
        if not isinstance(text, str) or not text.strip():
            self.usage = _add(self.usage, failures=1)
            raise LLMAnswerInvalid(
                f"LLM at {self.base_url} answered with no text", tokens=total, attempts=attempts
            )
        return LLMReply(text, total, prompt, answer, attempts)

    def _backoff(self, retries: int) -> float:
        return self.backoff_s * (2**retries) * (1 - 0.25 * random.random())

    def _fault(self, exc: Exception) -> _Fault:
        """What went wrong in words a person can act on, and whether to try again."""
        import openai

        if isinstance(exc, openai.APITimeoutError):
            return _Fault(f"no answer within {self.timeout_s:g} s (timeout)", retry=True)
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__ or exc
            return _Fault(f"cannot connect ({type(cause).__name__}: {cause})", retry=True)
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            detail = _detail(exc)
            if status in (401, 403):
                return _Fault(
                    f"the server refused the API key ({status}{detail}); set [llm] api_key,"
                    " BAES_LLM_API_KEY or OPENAI_API_KEY"
                )
            if status == 429:
                return _Fault(f"rate limited (429{detail})", retry=True, wait=_retry_after(exc))
            if status >= 500 or status in (408, 409):
                return _Fault(
                    f"server error ({status}{detail})", retry=True, wait=_retry_after(exc)
                )
            if status == 404:
                return _Fault(f"not found (404{detail}); check [llm] base_url and model")
            refused = status in (400, 422) and "response_format" in (detail + str(exc.body))
            return _Fault(f"the request was refused ({status}{detail})", structured_refused=refused)
        if isinstance(exc, openai.APIError | ValueError):
            # A 200 whose body is not JSON, or JSON that is not a completion.
            return _Fault(f"an answer that is not a chat completion ({exc})", invalid=True)
        raise exc


@dataclass(frozen=True, slots=True)
class _Fault:
    message: str
    retry: bool = False
    wait: float | None = None  # the server's Retry-After, when it sent one
    structured_refused: bool = False
    invalid: bool = False  # the server answered, with something that is no completion


def _add(usage: LLMUsage, **more: int) -> LLMUsage:
    return LLMUsage(
        usage.calls + more.get("calls", 0),
        usage.attempts + more.get("attempts", 0),
        usage.tokens + more.get("tokens", 0),
        usage.failures + more.get("failures", 0),
    )


def _detail(exc: Any) -> str:
    message = str(getattr(exc, "message", "") or "").strip()
    return f": {message[:200]}" if message else ""


def _retry_after(exc: Any) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    for header, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(header)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / divisor)
        except ValueError:
            continue
    return None


def parse_json_object(text: str) -> dict[str, Any]:
    """The answer as one JSON object: the whole text, or one ```json fence around it.

    Strict by design: prose around the JSON, two objects, or a list are refused with the parser's
    position, so the model can be told exactly what to fix.
    """
    body = text.strip()
    fenced = _JSON_FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise LLMAnswerInvalid(f"the answer is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise LLMAnswerInvalid(f"the answer is JSON but not an object ({type(data).__name__})")
    return data
