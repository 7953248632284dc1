"""The metrics screen, as a user meets it: stat cards over recorded runs, alerts, refresh."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot

from baes_tui.core.config import load_settings
from baes_tui.core.models import CacheStatus, EntitySpec, Intent, Recognition
from baes_tui.core.results import RunResult, RunStatus
from baes_tui.core.verdicts import Finding
from baes_tui.runs.metrics import append_row, metrics_row
from baes_tui.ui.screens.metrics import MetricsScreen
from baes_tui.ui.widgets.metrics_card import MetricCard
from baes_tui.workspace import Workspace

SIZE = (120, 36)


class Host(App):
    """The smallest app that shows the metrics screen."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def on_mount(self) -> None:
        self.push_screen(MetricsScreen(self.workspace))


@pytest.fixture
async def workspace(tmp_path: Path) -> AsyncIterator[Workspace]:
    settings = load_settings(project=tmp_path / "project", data_dir=tmp_path / "data")
    ws = await Workspace.open(settings, load_wordnet=False)
    yield ws
    await ws.close()


def record_run(
    ws: Workspace,
    *,
    duration_ms: float,
    approvals: int,
    uncertain: int = 0,
    cache: CacheStatus = "miss",
    status: RunStatus = "completed",
) -> None:
    """Record a run the way the pipeline does: its result through the metrics row."""
    recognition = Recognition(
        request="Create a system to manage students with name, email, and age",
        normalized_key="create student name email age",
        intent=Intent.CREATE_ENTITY,
        entities=(EntitySpec("Student"),),
        confidence=0.9,
        cache=cache,
    )
    result = RunResult(
        status=status,
        recognition=recognition,
        run_id="r",
        exit_code=0,
        verdicts={
            "confident_approval": approvals,
            "confident_rejection": 0,
            "uncertain": uncertain,
        },
        files=("app/models/student.py",),
        duration_ms=duration_ms,
    )
    assert append_row(ws.settings.metrics_path, metrics_row(result))


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def card(app: App, field: str) -> MetricCard:
    return app.screen.query_one(f"#metric-{field}", MetricCard)


def text_of(app: App, selector: str) -> str:
    """What a widget shows on screen right now, as plain text (wrapped lines joined)."""
    widget = app.screen.query_one(selector)
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join(" ".join(line.text.split()) for line in lines).strip()


def value_of(app: App, field: str) -> str:
    return str(card(app, field).query_one(".metric-value").value)


async def test_before_any_run_the_cards_show_dashes_and_no_alert(workspace):
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "runs") == "0"
        assert value_of(app, "approval_rate") == "-"
        assert not app.screen.query(".-alert")
        assert not app.screen.query_one("#metrics-alerts").display


async def test_recorded_runs_show_as_cards(workspace):
    record_run(workspace, duration_ms=1200, approvals=9, cache="miss")
    record_run(workspace, duration_ms=1800, approvals=10, cache="hit")
    record_run(workspace, duration_ms=3000, approvals=10, cache="hit", status="failed")
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "runs") == "3"
        assert "2 completed · 1 failed" in text_of(app, "#metric-runs .metric-note")
        assert value_of(app, "p50_duration_ms") == "1.5"
        assert value_of(app, "hit_rate") == "67%"
        assert value_of(app, "template_share") == "100%"
        assert value_of(app, "approval_rate") == "100%"
        assert "Approval rate" in text_of(app, "#metric-approval_rate .metric-label")
        assert not card(app, "approval_rate").has_class("-alert")


async def test_approval_below_85_percent_is_an_alert(workspace):
    record_run(workspace, duration_ms=1000, approvals=8, uncertain=2)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "approval_rate") == "80%"
        assert card(app, "approval_rate").has_class("-alert")
        assert app.screen.query_one("#metrics-alerts").display
        assert "Approval rate is 80%: goal ≥ 85%" in text_of(app, "#metrics-alerts")


async def test_a_finished_run_shows_after_refresh_without_a_timer(workspace):
    record_run(workspace, duration_ms=1000, approvals=10)
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "runs") == "1"
        record_run(workspace, duration_ms=1000, approvals=10)
        await settle(pilot)
        assert value_of(app, "runs") == "1"  # nothing polls the file
        app.screen.refresh_metrics()  # what the app calls when a run finishes
        await settle(pilot)
        assert value_of(app, "runs") == "2"
        record_run(workspace, duration_ms=1000, approvals=10)
        await pilot.press("r")
        await settle(pilot)
        assert value_of(app, "runs") == "3"


@pytest.mark.filterwarnings("ignore:.*damaged metrics row")
async def test_a_damaged_metrics_file_is_reported_not_fatal(workspace):
    record_run(workspace, duration_ms=1000, approvals=10)
    with workspace.settings.metrics_path.open("a", encoding="utf-8") as fh:
        fh.write("garbage,without,enough,columns\n")
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        assert value_of(app, "runs") == "1"
        assert "1 damaged rows" in text_of(app, "#metrics-alerts")


async def test_a_reviewers_approval_shows_and_lifts_the_approval_rate(workspace):
    from baes_tui.runs.project import Project

    record_run(workspace, duration_ms=1000, approvals=8, uncertain=2)
    with Project.open(workspace.settings.project_dir) as project, project.state() as state:
        state.start_run("r", request="x", intent="create_entity", entity="Student")
        for path in ("migrations/0002_drop.sql", "app/routes/student.py"):
            state.add_review_item(
                "r", task="database_schema", entity="Student", path=path,
                outcome="uncertain", reason="SQL002",
                findings=(Finding("SQL002", 3, "DROP TABLE", "uncertain"),),
            )  # fmt: skip
        state.decide(1, approve=True, note="backed up first")
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "reviews_approved") == "1"
        assert value_of(app, "reviews_open") == "1"
        assert value_of(app, "approval_rate") == "90%"  # 8 by the rules + 1 by a person, of 10


async def test_the_screen_and_baes_metrics_json_agree_on_a_seeded_history(workspace, capsys):
    """Every kind of run and every kind of review decision, custom logic included."""
    import asyncio
    import json

    from baes_tui.cli import main
    from baes_tui.runs.project import Project
    from baes_tui.ui.screens.metrics import CARDS, runs_note

    path = workspace.settings.metrics_path
    seeded = [
        ("completed", 10, 0, 0, "rules", 0, 0),
        ("needs_review", 8, 0, 2, "llm", 1, 1450),
        ("needs_review", 9, 1, 1, "rules", 1, 2883),
        ("failed", 3, 1, 0, "rules", 0, 0),
        ("cancelled", 2, 0, 0, "rules", 0, 300),
        ("needs_clarification", 0, 0, 0, "llm", 0, 410),
    ]
    for status, approvals, rejections, uncertain, source, llm, tokens in seeded:
        assert append_row(path, {
            "status": status, "duration_ms": 1000, "cache": "miss", "path": "template",
            "confident_approval": approvals, "confident_rejection": rejections,
            "uncertain": uncertain, "llm_validations": llm, "tokens": tokens,
            "files": 3, "source": source,
        })  # fmt: skip
    with Project.open(workspace.settings.project_dir) as project, project.state() as state:
        state.start_run("r", request="x", intent="create_entity", entity="Person")
        for path_, outcome in (
            ("app/routes/person.py", "uncertain"),
            ("(custom logic)", "uncertain"),
            ("app/custom/person_rules.py", "confident_rejection"),
            ("(custom logic)", "uncertain"),
        ):
            state.add_review_item("r", task="backend_api", entity="Person", path=path_,
                                  outcome=outcome, reason="seeded")  # fmt: skip
        state.decide(1, approve=True, note="fine")
        state.decide(2, approve=True, note="can wait")
        state.decide(3, approve=False, note="write it by hand")

    code = await asyncio.to_thread(
        main, ["metrics", "--json", "--project", str(workspace.settings.project_dir),
               "--data-dir", str(workspace.settings.data_dir)],
    )  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["runs"] == 6
    assert data["completed"] + data["failed"] + data["cancelled"] + data["refused"] == 6
    assert (data["completed"], data["needs_review"], data["failed"]) == (3, 2, 1)
    assert (data["cancelled"], data["refused"]) == (1, 1)
    assert data["tokens"] == 5043 and data["tokens_per_run"] == 840.5
    assert (data["verdicts"], data["uncertain"], data["llm_validations"]) == (37, 3, 2)
    assert (data["reviews_approved"], data["reviews_rejected"], data["reviews_open"]) == (2, 1, 1)
    assert (data["custom_logic_approved"], data["custom_logic_rejected"]) == (1, 1)
    assert data["custom_logic_open"] == 1
    # 32 confident approvals + 2 uncertain verdicts people approved, of 37 verdicts
    assert data["approval_rate"] == round(34 / 37, 4)
    assert data["llm_request_share"] == round(2 / 6, 4)
    assert data["missed_goals"] == {}

    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for card_ in CARDS:
            assert value_of(app, card_.field) == card_.fmt(data[card_.field]), card_.field
            alert = card(app, card_.field).has_class("-alert")
            assert alert == (card_.field in data["missed_goals"]), card_.field
        assert "3 completed · 1 failed · 1 cancelled · 1 refused" in text_of(
            app, "#metric-runs .metric-note"
        )
        assert runs_note(workspace.metrics()) in text_of(app, "#metric-runs .metric-note")
        assert "1 custom logic approved" in text_of(app, "#metric-reviews_approved .metric-note")
        assert "1 custom logic rejected" in text_of(app, "#metric-reviews_rejected .metric-note")
        assert "2 of 37 validations" in text_of(app, "#metric-llm_validation_share .metric-note")


async def test_an_llm_share_above_40_percent_is_an_alert(workspace):
    for source in ("llm", "llm", "rules"):
        assert append_row(workspace.settings.metrics_path, {
            "status": "completed", "duration_ms": 1000, "confident_approval": 10,
            "files": 1, "source": source,
        })  # fmt: skip
    app = Host(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert value_of(app, "llm_request_share") == "67%"
        assert card(app, "llm_request_share").has_class("-alert")
        assert "LLM-read requests is 67%: goal ≤ 40%" in text_of(app, "#metrics-alerts")
