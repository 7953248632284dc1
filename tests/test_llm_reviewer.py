"""The LLM reviewer of uncertain verdicts against a scripted loopback server: it decides, it
cannot decide, it fails — with exact token totals, and only what it cannot decide reaches a
person."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from baes_tui.core.config import load_settings
from baes_tui.core.events import Event, VerdictIssued
from baes_tui.core.models import Attribute, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunResult
from baes_tui.core.verdicts import Finding, Verdict
from baes_tui.llm.standards import COMPRESSED_REVIEW
from baes_tui.runs.metrics import summarize
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import Project
from baes_tui.validation.engine import validate_source
from tests.llm_server import LoopbackLLM, answer, error

ROUTE = "app/routes/student.py"
STUDENTS = Recognition(
    request="Create a system to manage students with name, email, and age",
    normalized_key="create manage student name email age",
    intent=Intent.CREATE_ENTITY,
    entities=(EntitySpec("Student", (Attribute("name"), Attribute("age"))),),
    confidence=0.95,
)
CONCERN = Finding("BE006", 12, "SQL text built at run time; check it is parameterised", "uncertain")


def rules_unsure_about_the_route(path: str, content: str) -> Verdict:
    """The real rule catalog, except that it cannot decide the route file (as with custom SQL)."""
    verdict = validate_source(path, content)
    if path != ROUTE:
        return verdict
    return replace(verdict, outcome="uncertain", findings=(*verdict.findings, CONCERN))


async def run(tmp_path: Path, server: LoopbackLLM, **env: str) -> tuple[RunResult, list[Event]]:
    settings = load_settings(
        project=tmp_path / "project", data_dir=tmp_path / "data", environ=server.env(**env)
    )
    seen: list[Event] = []
    result = await run_generation(
        STUDENTS,
        settings=settings,
        emit=seen.append,
        run_tests=False,
        validate=rules_unsure_about_the_route,
    )
    return result, seen


def route_verdict(seen: list[Event]) -> Verdict:
    (verdict,) = [e.verdict for e in seen if isinstance(e, VerdictIssued) and e.path == ROUTE]
    return verdict


def review(decision: str, confidence: float, *findings: dict) -> dict:
    return {"decision": decision, "confidence": confidence, "findings": list(findings)}


async def test_a_confident_approval_settles_the_file_without_a_person(
    tmp_path: Path, llm_server: LoopbackLLM
) -> None:
    llm_server.script(
        answer(review("approve", 0.93, {"line": 12, "message": "uses ? placeholders"}), 1500, 80)
    )
    result, seen = await run(tmp_path, llm_server)
    assert result.status == "completed", result.error
    assert (result.tokens, result.llm_validations, result.llm_calls) == (1580, 1, 1)
    assert result.review_items == ()
    verdict = route_verdict(seen)
    assert (verdict.outcome, verdict.decided_by) == ("confident_approval", "llm")
    assert [f.severity for f in verdict.findings if f.rule_id == "BE006"] == ["info"]
    assert any(f.rule_id == "llm-review" and f.line == 12 for f in verdict.findings)
    sent = llm_server.requests[0]
    assert sent.system == COMPRESSED_REVIEW
    assert "Line 12: SQL text built at run time" in sent.user
    assert "  12| " in sent.user  # the file goes with its line numbers
    with Project.open(tmp_path / "project") as project, project.state() as state:
        stored = [v for v in state.verdicts(result.run_id) if v.path == ROUTE]
    assert [v.decided_by for v in stored] == ["llm"]
    summary = summarize(tmp_path / "data/metrics.csv")
    assert summary.llm_validations == 1
    assert summary.llm_validation_share == round(1 / summary.verdicts, 4)
    assert summary.tokens == 1580


async def test_what_it_cannot_decide_goes_to_a_person_with_its_findings(
    tmp_path: Path, llm_server: LoopbackLLM
) -> None:
    llm_server.script(
        answer(review("approve", 0.55, {"line": 3, "message": "probably fine"}), 1400, 70)
    )
    result, seen = await run(tmp_path, llm_server)
    assert result.status == "needs_review", result.error
    assert (result.tokens, result.llm_validations) == (1470, 1)
    verdict = route_verdict(seen)
    assert (verdict.outcome, verdict.decided_by) == ("uncertain", "rules")
    assert any(f.message == "probably fine" and f.severity == "info" for f in verdict.findings)
    assert len(result.review_items) == 1


async def test_a_confident_rejection_fails_the_run_and_leaves_the_project(
    tmp_path: Path, llm_server: LoopbackLLM
) -> None:
    llm_server.script(
        answer(
            review("reject", 0.9, {"line": 12, "message": "f-string SQL", "fix": "use ?"}),
            1600,
            90,
        )
    )
    result, _ = await run(tmp_path, llm_server)
    assert (result.status, result.exit_code) == ("failed", 1)
    assert "Line 12: f-string SQL" in (result.error or "")
    assert result.tokens == 1690
    project = tmp_path / "project"
    assert [p for p in project.rglob("*") if p.is_file() and ".baes" not in p.parts] == []


async def test_an_invalid_review_is_not_a_decision_and_still_costs_its_tokens(
    tmp_path: Path, llm_server: LoopbackLLM
) -> None:
    llm_server.script(answer(review("reject", 0.99, {"line": 99999, "message": "x"}), 1300, 40))
    result, seen = await run(tmp_path, llm_server)
    assert result.status == "needs_review", result.error
    assert result.tokens == 1340
    assert route_verdict(seen).outcome == "uncertain"
    assert any("must be a line of the file" in n for n in result.notes)


async def test_a_failing_reviewer_leaves_the_file_to_a_person(
    tmp_path: Path, llm_server: LoopbackLLM
) -> None:
    llm_server.script(error(503), error(503), error(503))
    result, seen = await run(tmp_path, llm_server, BAES_LLM_MAX_RETRIES="2")
    assert result.status == "needs_review", result.error
    assert (result.tokens, result.llm_validations) == (0, 1)
    assert len(llm_server.requests) == 3
    assert route_verdict(seen).outcome == "uncertain"
    assert any("LLM reviewer could not decide" in n and "503" in n for n in result.notes)


async def test_without_an_llm_uncertain_files_go_straight_to_a_person(tmp_path: Path) -> None:
    settings = load_settings(project=tmp_path / "project", data_dir=tmp_path / "data", environ={})
    result = await run_generation(
        STUDENTS,
        settings=settings,
        emit=lambda _e: None,
        run_tests=False,
        validate=rules_unsure_about_the_route,
    )
    assert (result.status, result.llm_validations, result.tokens) == ("needs_review", 0, 0)
