"""Project folder: staging, the journaled commit and its roll-forward, foreign files, state.db."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from baes_tui.core.errors import ProjectError
from baes_tui.core.models import Attribute, EntitySpec
from baes_tui.core.records import ReviewItemNotFound
from baes_tui.core.verdicts import Finding, Verdict, VerdictOutcome
from baes_tui.runs.project import Project, managed_tree_digest, sha256_bytes
from baes_tui.runs.project_state import _MIGRATIONS, ProjectState
from baes_tui.sweas.base import GeneratedFile, Registry, TaskOutput

STUDENT = EntitySpec("Student", (Attribute("name"),))
AFTER = Registry((STUDENT,))


def output(*files: tuple[str, str], removed: tuple[str, ...] = ()) -> TaskOutput:
    return TaskOutput(
        "t",
        files=tuple(
            GeneratedFile(p, c, template=f"{p}.j2", template_version="1") for p, c in files
        ),
        removed=removed,
    )


def commit(root: Path, out: TaskOutput, run_id: str = "run-1") -> tuple[str, ...]:
    with Project.open(root) as project:
        staging = project.begin_staging(run_id)
        staging.apply(out)
        return project.commit(staging, after=AFTER).changed


def test_commit_places_files_and_records_manifest_and_registry(project_dir: Path) -> None:
    changed = commit(project_dir, output(("app/main.py", "app = 1\n"), ("README.md", "hi\n")))
    assert changed == ("README.md", "app/main.py")
    assert (project_dir / "app/main.py").read_text() == "app = 1\n"
    with Project.open(project_dir) as project:
        manifest = project.load_manifest()
        assert manifest["app/main.py"].sha256 == sha256_bytes(b"app = 1\n")
        assert manifest["app/main.py"].template == "app/main.py.j2"
        assert project.load_registry() == AFTER
        assert not project.journal_path.exists()
        assert not project.staging_root.exists()


def test_staging_holds_only_what_the_run_changes_until_the_tests_need_the_tree(
    project_dir: Path,
) -> None:
    commit(project_dir, output(("app/main.py", "v1\n"), ("app/db.py", "db\n")))
    (project_dir / "notes.txt").write_text("mine\n")
    (project_dir / "app/mine.py").write_text("# my module\n")
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-2")
        assert list(staging.root.iterdir()) == []
        staging.apply(output(("app/main.py", "v1\n"), ("app/db.py", "db2\n")))
        assert set(staging.written) == {"app/db.py"}
        assert staging.unchanged == {"app/main.py"}
        assert [p.relative_to(staging.root).as_posix() for p in staging.root.rglob("*.py")] == [
            "app/db.py"
        ]
        staging.materialize()
        assert (staging.root / "app/main.py").read_text() == "v1\n"
        assert (staging.root / "app/db.py").read_text() == "db2\n"
        assert (staging.root / "app/mine.py").read_text() == "# my module\n"
        assert not (staging.root / "notes.txt").exists()
        project.discard(staging)


def test_foreign_files_are_never_touched_and_unchanged_files_are_not_rewritten(
    project_dir: Path,
) -> None:
    project_dir.mkdir()
    (project_dir / "notes.txt").write_text("mine\n")
    commit(project_dir, output(("app/main.py", "v1\n"), ("app/db.py", "db\n")))
    changed = commit(project_dir, output(("app/main.py", "v2\n"), ("app/db.py", "db\n")), "run-2")
    assert changed == ("app/main.py",)
    assert (project_dir / "notes.txt").read_text() == "mine\n"


def test_a_generated_path_that_collides_with_a_foreign_file_is_refused(project_dir: Path) -> None:
    project_dir.mkdir()
    (project_dir / "README.md").write_text("my readme\n")
    (project_dir / "app").mkdir()
    (project_dir / "app/main.py").write_text("print('mine')\n")
    before = managed_tree_digest(project_dir)
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-1")
        with pytest.raises(ProjectError) as caught:
            staging.apply(output(("README.md", "x"), ("app/main.py", "y"), ("app/new.py", "z")))
        project.discard(staging)
    assert "README.md, app/main.py" in str(caught.value)
    assert caught.value.exit_code == 2
    assert managed_tree_digest(project_dir) == before


@pytest.mark.parametrize("bad", ["../escape.py", "/etc/passwd", ".baes/registry.json"])
def test_a_path_outside_the_project_or_into_baes_state_is_refused(
    project_dir: Path, bad: str
) -> None:
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-1")
        with pytest.raises(ProjectError, match="unsafe path"):
            staging.apply(output((bad, "x")))


def test_removed_files_leave_the_project_and_the_manifest(project_dir: Path) -> None:
    commit(project_dir, output(("app/routes/course.py", "c\n"), ("app/main.py", "m\n")))
    changed = commit(project_dir, output(removed=("app/routes/course.py",)), "run-2")
    assert changed == ("app/routes/course.py",)
    assert not (project_dir / "app/routes").exists()
    with Project.open(project_dir) as project:
        assert set(project.load_manifest()) == {"app/main.py"}


class Died(BaseException):
    """What kill -9 does to a commit: nothing after this step runs, nothing is undone."""


def die_at(step: str) -> Callable[[str], None]:
    def fault(name: str) -> None:
        if name == step:
            raise Died(name)

    return fault


def test_an_interrupted_commit_is_rolled_forward_on_the_next_open(project_dir: Path) -> None:
    commit(project_dir, output(("app/main.py", "v1\n"), ("app/db.py", "db1\n")))
    project = Project.open(project_dir)
    staging = project.begin_staging("run-2")
    staging.apply(output(("app/main.py", "v2\n"), ("app/db.py", "db2\n"), ("app/new.py", "n\n")))
    project.fault = die_at("place app/main.py")  # app/db.py is already in place
    with pytest.raises(Died):
        project.commit(staging, after=AFTER)
    project.close()
    assert (project_dir / "app/db.py").read_text() == "db2\n"
    assert (project_dir / "app/main.py").read_text() == "v1\n"

    with Project.open(project_dir) as reopened:
        assert reopened.recovered is not None
        assert (reopened.recovered.run_id, reopened.recovered.direction) == ("run-2", "forward")
        assert not reopened.journal_path.exists()
        assert not reopened.staging_root.exists()
        manifest = reopened.load_manifest()
    assert (project_dir / "app/main.py").read_text() == "v2\n"
    assert (project_dir / "app/db.py").read_text() == "db2\n"
    assert (project_dir / "app/new.py").read_text() == "n\n"
    assert manifest["app/new.py"].sha256 == sha256_bytes(b"n\n")


def test_a_run_killed_before_its_journal_leaves_the_project_as_it_was(project_dir: Path) -> None:
    commit(project_dir, output(("app/main.py", "v1\n")))
    before = managed_tree_digest(project_dir)
    project = Project.open(project_dir)
    staging = project.begin_staging("run-2")
    staging.apply(output(("app/main.py", "v2\n")))
    project.close()  # the process dies here: no journal was written

    with Project.open(project_dir) as reopened:
        assert not reopened.staging_root.exists()
        assert reopened.load_manifest()["app/main.py"].sha256 == sha256_bytes(b"v1\n")
    assert managed_tree_digest(project_dir) == before


def test_a_damaged_journal_is_reported_not_guessed(project_dir: Path) -> None:
    Project.open(project_dir).close()
    (project_dir / ".baes/commit.json").write_text("{not json")
    with pytest.raises(ProjectError, match=r"commit\.json is damaged"):
        Project.open(project_dir)


def test_a_project_path_under_a_regular_file_is_refused_as_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ProjectError, match="cannot be written"):
        Project.open(blocker / "project")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through chmod; covered above")
def test_a_read_only_project_folder_is_refused(project_dir: Path) -> None:
    project_dir.mkdir()
    project_dir.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="cannot be written"):
            Project.open(project_dir)
    finally:
        project_dir.chmod(0o755)


def test_a_second_run_on_the_same_project_is_refused_while_one_holds_it(project_dir: Path) -> None:
    with Project.open(project_dir), pytest.raises(ProjectError, match="another baes run"):
        Project.open(project_dir)
    Project.open(project_dir).close()  # free again afterwards


def test_a_damaged_registry_is_reported(project_dir: Path) -> None:
    Project.open(project_dir).close()
    (project_dir / ".baes/registry.json").write_text(json.dumps({"entities": [{"x": 1}]}))
    with Project.open(project_dir) as project, pytest.raises(ProjectError, match="registry"):
        project.load_registry()


# --- state.db -----------------------------------------------------------------------------


def state_for(project_dir: Path) -> ProjectState:
    with Project.open(project_dir) as project:
        return project.state()


def test_state_db_is_created_at_the_latest_schema_version(project_dir: Path) -> None:
    with state_for(project_dir) as state:
        assert state.schema_version == len(_MIGRATIONS)
    tables = {
        r[0]
        for r in sqlite3.connect(project_dir / ".baes/state.db").execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert {"runs", "verdicts", "review_items", "review_decisions"} <= tables


def test_verdict_history_is_kept_per_run(project_dir: Path) -> None:
    with state_for(project_dir) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        hmm = Finding("R1", 3, "hmm", "uncertain", fix="look again")
        state.record_verdicts(
            "r1",
            [
                ("backend_api", verdict("a.py", "uncertain", hmm)),
                ("backend_api", verdict("b.py", "confident_approval")),
            ],
        )
        history = state.verdicts("r1")
    assert [(v.path, v.outcome, v.rule_ids, v.lines) for v in history] == [
        ("a.py", "uncertain", ("R1",), (3,)),
        ("b.py", "confident_approval", (), ()),
    ]
    assert history[0].findings == (hmm,)


def verdict(path: str, outcome: VerdictOutcome, *findings: Finding) -> Verdict:
    return Verdict(path, "backend", outcome, findings, rules_checked=(), duration_ms=0.1)


def _queue_item(state: ProjectState, run_id: str, path: str, outcome: str = "uncertain") -> int:
    return state.add_review_item(
        run_id,
        task="backend_api",
        entity="Student",
        path=path,
        outcome=outcome,
        reason="why",
        findings=[Finding("R1", 1, "check", "uncertain")],
    )


def test_review_items_are_listed_open_first_and_filtered_by_outcome(project_dir: Path) -> None:
    with state_for(project_dir) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        a = _queue_item(state, "r1", "a.py")
        _queue_item(state, "r1", "b.py", outcome="confident_rejection")
        assert [i.path for i in state.review_items()] == ["a.py", "b.py"]
        assert [i.path for i in state.review_items(outcome="uncertain")] == ["a.py"]
        state.decide(a, approve=True, note="fine")
        assert [i.path for i in state.review_items()] == ["b.py"]
        decided = state.review_items(include_decided=True)
        assert [(i.path, i.status, i.note) for i in decided] == [
            ("a.py", "approved", "fine"),
            ("b.py", "open", ""),
        ]


def test_rejecting_an_item_reopens_its_task_until_a_committed_run_redoes_it(
    project_dir: Path,
) -> None:
    with state_for(project_dir) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        item = _queue_item(state, "r1", "app/routes/student.py")
        state.finish_run("r1", status="needs_review")
        rejected = state.decide(item, approve=False, note="wrong status code")
        assert (rejected.status, rejected.note) == ("rejected", "wrong status code")
        assert state.reopened_tasks("Student") == frozenset({"backend_api"})
        state.start_run("r2", request="req", intent="create_entity", entity="Student")
        state.finish_run("r2", status="failed", error="boom")
        assert state.reopened_tasks("Student") == frozenset({"backend_api"})
        state.start_run("r3", request="req", intent="create_entity", entity="Student")
        state.finish_run("r3", status="completed")
        assert state.reopened_tasks("Student") == frozenset()


def test_decisions_persist_across_connections(project_dir: Path) -> None:
    with state_for(project_dir) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        item = _queue_item(state, "r1", "a.py")
        state.decide(item, approve=True, note="ok")
    with state_for(project_dir) as again:
        assert again.review_item(item).status == "approved"
        with pytest.raises(ReviewItemNotFound, match="#999"):
            again.decide(999, approve=True)


def test_items_of_a_run_that_did_not_commit_are_discarded(project_dir: Path) -> None:
    with state_for(project_dir) as state:
        state.start_run("r1", request="req", intent="create_entity", entity="Student")
        _queue_item(state, "r1", "a.py")
        state.finish_run("r1", status="failed", error="tests failed")
        assert state.review_items() == []
        assert state.runs()[0].status == "failed"


def test_a_version_1_state_db_is_migrated_in_place(project_dir: Path) -> None:
    meta = project_dir / ".baes"
    meta.mkdir(parents=True)
    old = sqlite3.connect(meta / "state.db")
    old.executescript(f"BEGIN; {_MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    old.execute(
        "INSERT INTO runs (id, request, intent, entity, status, started_at)"
        " VALUES ('r1', 'create student', 'create_entity', 'Student', 'completed', 0)"
    )
    old.commit()
    old.close()
    with ProjectState(meta / "state.db") as state:
        assert state.schema_version == len(_MIGRATIONS)
        assert [run.id for run in state.runs()] == ["r1"]
    indexes = {
        r[0]
        for r in sqlite3.connect(meta / "state.db").execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        )
    }
    assert "verdicts_run_path" in indexes


def test_verdicts_written_before_v3_get_structured_findings_once(project_dir: Path) -> None:
    """Old rows kept their findings as text; the v3 migration turns that text into findings
    (line, message, rule) so nothing parses it again."""
    meta = project_dir / ".baes"
    meta.mkdir(parents=True)
    old = sqlite3.connect(meta / "state.db")
    for number, script in enumerate(_MIGRATIONS[:2], start=1):
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    old.execute(
        "INSERT INTO runs (id, request, intent, entity, status, started_at)"
        " VALUES ('r1', 'create student', 'create_entity', 'Student', 'completed', 0)"
    )
    old.execute(
        "INSERT INTO verdicts (run_id, task, path, outcome, rule_ids, feedback, created_at)"
        " VALUES ('r1', 'backend_api', 'app/database.py', 'confident_rejection',"
        " '[\"BE001-get-db-contextmanager\"]', '[\"Line 15: get_db lacks @contextmanager\"]', 0)"
    )
    old.execute(
        "INSERT INTO review_items (run_id, task, entity, path, outcome, reason, feedback,"
        " created_at) VALUES ('r1', 'backend_api', 'Student', 'app/database.py', 'uncertain',"
        " 'why', '[\"Line 15: get_db lacks @contextmanager\", \"no line here\"]', 0)"
    )
    old.commit()
    old.close()
    with ProjectState(meta / "state.db") as state:
        [stored] = state.verdicts("r1")
        [item] = state.review_items()
    assert stored.findings == (
        Finding("BE001-get-db-contextmanager", 15, "get_db lacks @contextmanager", "reject"),
    )
    assert item.lines == (15,) and item.rule_ids == ("BE001-get-db-contextmanager",)
    assert item.feedback == ("Line 15: get_db lacks @contextmanager", "no line here")


def test_a_file_of_yours_that_appears_during_the_run_is_never_overwritten(
    project_dir: Path,
) -> None:
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-1")
        staging.apply(output(("app/main.py", "generated\n")))
        (project_dir / "app").mkdir(parents=True)
        (project_dir / "app/main.py").write_text("mine, written while the tests ran\n")
        with pytest.raises(ProjectError, match="appeared in the project during the run"):
            project.commit(staging, after=AFTER)
    assert (project_dir / "app/main.py").read_text() == "mine, written while the tests ran\n"
