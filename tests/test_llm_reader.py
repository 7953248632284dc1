"""The LLM as the second reader of requests, against a scripted loopback server: rules first,
answers validated like any spec, cached at 0 tokens, unsure answers left to a person."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from baes_tui.core.config import load_settings
from baes_tui.core.models import Intent, Recognition
from baes_tui.recognition.llm_reader import unmapped_lines
from baes_tui.workspace import Workspace
from tests.llm_server import LoopbackLLM, answer, error

# The rules cannot read this one (no entity, no intent); a person or an LLM must.
KITCHEN = "Keep the kitchen stuff organised please"
STUDENTS = "Create a system to manage students with name, email, and age"
KITCHEN_SPEC = {
    "intent": "create_entity",
    "entities": [
        {
            "name": "KitchenItem",
            "attributes": [
                {"name": "name", "type": "str", "required": True},
                {"name": "quantity", "type": "int", "required": True},
                {"name": "best before", "type": "date", "required": False},
            ],
            "relationships": [],
        }
    ],
    "custom_logic": [],
    "confidence": 0.82,
}


@pytest.fixture
async def ws(tmp_path: Path, llm_server: LoopbackLLM) -> AsyncIterator[Workspace]:
    settings = load_settings(
        project=tmp_path / "project", data_dir=tmp_path / "data", environ=llm_server.env()
    )
    async with await Workspace.open(settings) as workspace:
        yield workspace


async def test_the_llm_reads_what_the_rules_could_not_and_a_repeat_costs_nothing(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    llm_server.script(answer(KITCHEN_SPEC, 350, 60))
    first = await ws.recognize(KITCHEN)
    assert (first.status, first.source, first.confidence) == ("recognized", "llm", 0.82)
    assert first.tokens == 410 == llm_server.tokens_served
    assert first.entity is not None and first.entity.name == "KitchenItem"
    assert [a.name for a in first.entity.attributes] == ["name", "quantity", "best_before"]
    sent = llm_server.requests[0]
    assert sent.body["response_format"]["type"] == "json_schema"
    assert KITCHEN in sent.user
    assert '"intent"' in sent.system  # asked for the `baes recognize --json` shape

    again = await ws.recognize("keep the kitchen stuff organised, please!")
    assert (again.cache, again.source, again.tokens) == ("hit", "llm", 0)
    assert again.entity == first.entity
    assert len(llm_server.requests) == 1
    assert again.to_dict()["tokens"] == 0 and first.to_dict()["source"] == "llm"


async def test_a_confident_rules_result_never_calls_the_llm(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    recognition = await ws.recognize(STUDENTS)
    assert (recognition.source, recognition.tokens) == ("rules", 0)
    assert llm_server.requests == []


async def test_the_live_preview_never_calls_the_llm(ws: Workspace, llm_server: LoopbackLLM) -> None:
    preview = await ws.preview(KITCHEN)
    assert preview.needs_clarification and preview.source == "rules"
    assert llm_server.requests == []


async def test_an_answer_with_bad_names_is_sent_back_with_every_problem(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    bad = {
        **KITCHEN_SPEC,
        "entities": [
            {
                "name": "123",
                "attributes": [{"name": "quantity", "type": "number", "required": True}],
                "relationships": [{"kind": "many_to_one", "target": "Pantry"}],
            }
        ],
    }
    llm_server.script(answer(bad, 300, 40), answer(KITCHEN_SPEC, 420, 61))
    recognition = await ws.recognize(KITCHEN)
    assert (recognition.source, recognition.status) == ("llm", "recognized")
    assert recognition.tokens == 821 == llm_server.tokens_served
    retry = llm_server.requests[1].user
    assert "could not be used" in retry
    assert "entities[0]: " in retry and "no letters" in retry  # the name
    assert "type 'number' is not supported" in retry  # the type
    assert "Pantry" in retry  # the target
    assert len(llm_server.requests) == 2


async def test_an_answer_that_stays_bad_leaves_the_rules_result_and_says_why(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    llm_server.script(answer("It is about kitchens, I think.", 90, 9), answer("[]", 95, 2))
    recognition = await ws.recognize(KITCHEN)
    assert recognition.needs_clarification and recognition.source == "rules"
    assert recognition.tokens == 196
    assert any("LLM could not read" in n and "not an object" in n for n in recognition.notes)
    # Asked again in this session: the same answer, at no cost.
    again = await ws.recognize(KITCHEN)
    assert again.needs_clarification and again.tokens == 0
    assert len(llm_server.requests) == 2


async def test_an_unsure_llm_answer_goes_to_the_person_who_has_the_last_word(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    llm_server.script(answer({**KITCHEN_SPEC, "confidence": 0.4}, 300, 50))
    unsure = await ws.recognize(KITCHEN)
    assert unsure.needs_clarification and unsure.missing == ("confirmation",)
    assert (unsure.source, unsure.confidence, unsure.tokens) == ("llm", 0.4, 350)
    assert unsure.entity is not None and unsure.entity.name == "KitchenItem"  # the suggestion
    assert any("confirm or correct" in n for n in unsure.notes)
    assert (await ws.recognize(KITCHEN)).tokens == 0  # not asked twice
    confirmed = await ws.remember(unsure)
    assert (confirmed.source, confirmed.status) == ("human", "recognized")
    after = await ws.recognize(KITCHEN)
    assert (after.cache, after.source, after.tokens) == ("hit", "human", 0)
    assert len(llm_server.requests) == 1


async def test_a_server_fault_leaves_the_rules_result_and_is_asked_again_later(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    llm_server.script(error(401, "bad key"), answer(KITCHEN_SPEC, 10, 5))
    failed = await ws.recognize(KITCHEN)
    assert failed.needs_clarification and failed.source == "rules" and failed.tokens == 0
    assert any("refused the API key" in n for n in failed.notes)
    later = await ws.recognize(KITCHEN)
    assert (later.source, later.tokens) == ("llm", 15)


async def test_without_an_llm_nothing_changes(tmp_path: Path) -> None:
    settings = load_settings(project=tmp_path / "p", data_dir=tmp_path / "d", environ={})
    async with await Workspace.open(settings) as workspace:
        assert workspace.llm is None
        recognition = await workspace.recognize(KITCHEN)
    assert recognition.needs_clarification and recognition.source == "rules"
    # the rules' own note (what to say instead) stays; nothing mentions an LLM
    assert recognition.tokens == 0 and not any("LLM" in note for note in recognition.notes)


async def test_a_run_counts_what_reading_the_request_cost(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    llm_server.script(answer(KITCHEN_SPEC, 350, 60))
    result = await ws.generate(KITCHEN, run_tests=False)
    assert result.status == "completed", result.error
    assert result.tokens == 410
    assert result.recognition.source == "llm"
    summary = ws.metrics()
    assert (summary.tokens, summary.llm_request_share, summary.llm_runs) == (410, 1.0, 1)
    assert "llm_request_share" in summary.missed_goals  # 100% of requests > 40%


def test_lines_the_rules_kept_as_text_and_not_as_custom_logic_are_unmapped() -> None:
    recognition = Recognition(
        request="x",
        normalized_key="x",
        intent=Intent.CREATE_ENTITY,
        entities=(),
        confidence=0.9,
        business_rules=(
            "Send an email notification when salary changes.",
            "The registrar likes coffee.",
        ),
    )
    assert unmapped_lines(recognition) == ("The registrar likes coffee.",)


def test_the_llms_answer_shape_is_the_recognize_json_shape() -> None:
    """What the LLM is asked for reads back through the one spec reader."""
    from baes_tui.llm.reading import validate_reading

    recognition = validate_reading(json.loads(json.dumps(KITCHEN_SPEC)), KITCHEN, ())
    again = validate_reading(
        {**recognition.to_dict(), "confidence": recognition.confidence}, KITCHEN, ()
    )
    assert again.entities == recognition.entities and again.source == "llm"


async def test_a_text_the_llm_finds_nothing_to_build_in_is_not_asked_again(
    ws: Workspace, llm_server: LoopbackLLM
) -> None:
    nothing = {"intent": "create_entity", "entities": [], "custom_logic": [], "confidence": 0.1}
    llm_server.script(answer(nothing, 200, 15))
    recognition = await ws.recognize(KITCHEN)
    assert recognition.needs_clarification and recognition.tokens == 215
    assert any("found nothing to build" in n for n in recognition.notes)
    assert len(llm_server.requests) == 1
