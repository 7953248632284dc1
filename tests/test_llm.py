"""The LLM client against a real OpenAI-compatible server on loopback: answers, exact token
counts, and every fault a server can have (timeout, refused connection, 401, 429 with
Retry-After, 5xx, garbage) — bounded, explained, never a hang."""

from __future__ import annotations

import socket

import pytest

from baes_tui.core.config import load_settings
from baes_tui.llm.client import (
    LLMAnswerInvalid,
    LLMClient,
    LLMUnavailable,
    parse_json_object,
)
from tests.llm_server import LoopbackLLM, Reply, answer, error


def client_for(server: LoopbackLLM, **options: float) -> LLMClient:
    settings = {"timeout_s": 2.0, "backoff_s": 0.01, **options}
    return LLMClient(server.url, "loopback-model", "sekret", **settings)  # type: ignore[arg-type]


async def test_an_answer_counts_the_servers_usage_exactly(llm_server: LoopbackLLM) -> None:
    llm_server.script(answer("hello", 120, 33))
    async with client_for(llm_server) as client:
        reply = await client.complete("system text", "user text")
    assert (reply.text, reply.tokens, reply.prompt_tokens, reply.completion_tokens) == (
        "hello", 153, 120, 33,
    )  # fmt: skip
    assert reply.attempts == 1
    sent = llm_server.requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sekret"
    assert sent.body["model"] == "loopback-model"
    assert sent.body["temperature"] == 0
    assert (sent.system, sent.user) == ("system text", "user text")
    assert (client.usage.calls, client.usage.attempts, client.usage.tokens) == (1, 1, 153)


async def test_a_schema_asks_for_structured_output(llm_server: LoopbackLLM) -> None:
    llm_server.script(answer('{"a": 1}', 10, 2))
    async with client_for(llm_server) as client:
        await client.complete("s", "u", schema={"type": "object"}, name="spec")
        assert client.structured_output is True
    sent = llm_server.requests[0].body["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == "spec"
    assert sent["json_schema"]["schema"] == {"type": "object"}


async def test_a_server_without_structured_output_is_asked_again_in_plain_json(
    llm_server: LoopbackLLM,
) -> None:
    llm_server.script(
        error(400, "response_format json_schema is not supported"),
        answer('{"a": 1}', 10, 2),
        answer('{"b": 2}', 10, 2),
    )
    async with client_for(llm_server) as client:
        first = await client.complete("s", "u", schema={"type": "object"})
        second = await client.complete("s", "u", schema={"type": "object"})
    assert (first.text, second.text) == ('{"a": 1}', '{"b": 2}')
    assert "response_format" in llm_server.requests[0].body
    # Remembered: neither the repeat nor the next call sends it again.
    assert "response_format" not in llm_server.requests[1].body
    assert "response_format" not in llm_server.requests[2].body
    assert client.structured_output is False


async def test_429_waits_as_retry_after_says_then_succeeds(llm_server: LoopbackLLM) -> None:
    llm_server.script(error(429, "slow down", retry_after="0.05"), answer("ok", 7, 3))
    async with client_for(llm_server, backoff_s=30.0) as client:  # backoff unused: server said
        reply = await client.complete("s", "u")
    assert (reply.text, reply.tokens, reply.attempts) == ("ok", 10, 2)
    assert (client.usage.attempts, client.usage.retries, client.usage.tokens) == (2, 1, 10)


async def test_a_retry_after_longer_than_baes_waits_fails_at_once(llm_server: LoopbackLLM) -> None:
    llm_server.script(error(429, "come back tomorrow", retry_after="3600"))
    async with client_for(llm_server) as client:
        with pytest.raises(LLMUnavailable, match=r"rate limited.*asks to wait 3600 s"):
            await client.complete("s", "u")
    assert len(llm_server.requests) == 1


async def test_server_errors_are_retried_a_bounded_number_of_times(llm_server: LoopbackLLM) -> None:
    llm_server.script(*(error(503, "overloaded") for _ in range(5)))
    async with client_for(llm_server, max_retries=2) as client:
        with pytest.raises(LLMUnavailable, match=r"server error \(503.*after 3 attempts") as info:
            await client.complete("s", "u")
    assert info.value.attempts == 3
    assert len(llm_server.requests) == 3
    assert client.usage.failures == 1 and client.usage.tokens == 0


async def test_a_5xx_then_an_answer_counts_only_the_answers_tokens(llm_server: LoopbackLLM) -> None:
    llm_server.script(error(500), answer("ok", 40, 2))
    async with client_for(llm_server) as client:
        reply = await client.complete("s", "u")
    assert (reply.tokens, reply.attempts) == (42, 2)


async def test_a_refused_key_is_not_retried_and_says_what_to_set(llm_server: LoopbackLLM) -> None:
    llm_server.script(error(401, "invalid api key"))
    async with client_for(llm_server) as client:
        with pytest.raises(LLMUnavailable, match=r"refused the API key \(401.*OPENAI_API_KEY"):
            await client.complete("s", "u")
    assert len(llm_server.requests) == 1


async def test_a_timeout_is_retried_then_reported(llm_server: LoopbackLLM) -> None:
    llm_server.script(Reply(hang_s=30), Reply(hang_s=30))
    async with client_for(llm_server, timeout_s=0.3, max_retries=1) as client:
        with pytest.raises(LLMUnavailable, match=r"no answer within 0.3 s \(timeout\)") as info:
            await client.complete("s", "u")
    assert info.value.attempts == 2
    assert len(llm_server.requests) == 2


async def test_a_refused_connection_is_reported_not_raised_raw() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with LLMClient(
        f"http://127.0.0.1:{port}/v1", "m", max_retries=1, backoff_s=0.01
    ) as client:
        with pytest.raises(LLMUnavailable, match="cannot connect") as info:
            await client.complete("s", "u")
    assert info.value.attempts == 2


async def test_a_body_that_is_not_a_completion_is_an_invalid_answer(
    llm_server: LoopbackLLM,
) -> None:
    llm_server.script(Reply(body="<html>proxy error</html>"))
    async with client_for(llm_server) as client:
        with pytest.raises(LLMAnswerInvalid, match="not a chat completion"):
            await client.complete("s", "u")
    assert len(llm_server.requests) == 1


async def test_an_empty_answer_is_invalid_and_its_tokens_are_still_counted(
    llm_server: LoopbackLLM,
) -> None:
    llm_server.script(answer("   ", 50, 1))
    async with client_for(llm_server) as client:
        with pytest.raises(LLMAnswerInvalid, match="no text") as info:
            await client.complete("s", "u")
    assert info.value.tokens == 51


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Sure! Here it is: {}", "not valid JSON"),
        ("[1, 2]", "not an object"),
        ('{"a": 1} {"b": 2}', "not valid JSON"),
    ],
)
def test_json_answers_are_parsed_strictly(text: str, problem: str) -> None:
    with pytest.raises(LLMAnswerInvalid, match=problem):
        parse_json_object(text)


def test_one_json_fence_around_the_object_is_accepted() -> None:
    assert parse_json_object('```json\n{"a": 1}\n```') == {"a": 1}


def test_openai_variables_are_fallbacks_under_baes_settings(tmp_path) -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "OPENAI_API_KEY": "k1"}
    settings = load_settings(data_dir=tmp_path, environ={**env, "BAES_LLM_MODEL": "m"})
    assert (settings.llm_base_url, settings.llm_api_key) == ("http://127.0.0.1:1/v1", "k1")
    assert settings.llm_configured
    own = load_settings(
        data_dir=tmp_path,
        environ={**env, "BAES_LLM_BASE_URL": "http://127.0.0.1:2/v1", "BAES_LLM_API_KEY": "k2"},
    )
    assert (own.llm_base_url, own.llm_api_key) == ("http://127.0.0.1:2/v1", "k2")
    assert not load_settings(data_dir=tmp_path, environ=env).llm_configured  # no model: off
    client = LLMClient.from_settings(load_settings(data_dir=tmp_path, environ={
        **env, "BAES_LLM_MODEL": "m", "BAES_LLM_TIMEOUT": "7", "BAES_LLM_MAX_RETRIES": "1",
    }))  # fmt: skip
    assert client is not None and (client.timeout_s, client.max_retries) == (7.0, 1)


def test_the_cli_and_core_never_import_openai_without_an_llm() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import baes_tui.cli, baes_tui.workspace, baes_tui.runs.pipeline;"
        " import baes_tui.llm.client, baes_tui.llm.reading, baes_tui.llm.review;"
        " print('openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
