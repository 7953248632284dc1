"""Hand edits are never lost: a generated file the person changed is not overwritten; baes'
new version goes beside it (`<file>.baes-new`), the run says so, a review item explains it,
and the person keeps theirs or takes baes' (the Review screen, `baes review keep|take`)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from baes_tui.cli import main
from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.core.models import Attribute, EntitySpec, Intent, Recognition
from baes_tui.core.records import HAND_EDIT_RULE
from baes_tui.core.results import RunResult
from baes_tui.runs.pipeline import run_generation
from baes_tui.runs.project import Project
from baes_tui.sweas.base import GeneratedFile, Registry, TaskOutput
from baes_tui.workspace import Workspace
from tests.test_pipeline import Writer, doubles

MINE = "ENTITIES = ['Student']  # mine: a fixed list\n"


def create(name: str) -> Recognition:
    entity = EntitySpec(name, (Attribute("name"),))
    return Recognition(f"create {name}", name.lower(), Intent.CREATE_ENTITY, (entity,), 1.0)


def settings_for(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", project_dir=tmp_path / "project")


async def generate(tmp_path: Path, name: str, **kw: object) -> RunResult:
    kw.setdefault("sweas", doubles())
    kw.setdefault("run_tests", False)
    return await run_generation(
        create(name), settings=settings_for(tmp_path), emit=lambda _e: None, **kw
    )


def generated_api(*names: str) -> str:
    """What the backend double writes for these entities."""
    return f"ENTITIES = '{','.join(names)}'.split(',')\n"


def manifest(project: Path) -> dict[str, dict[str, str]]:
    return json.loads((project / ".baes/manifest.json").read_text())["files"]


async def test_an_edited_file_is_kept_and_the_new_version_goes_beside_it(tmp_path: Path) -> None:
    project = tmp_path / "project"
    assert (await generate(tmp_path, "Student")).status == "completed"
    (project / "app/api.py").write_text(MINE)

    result = await generate(tmp_path, "Course")

    assert (result.status, result.exit_code) == ("needs_review", 0)
    assert (project / "app/api.py").read_text() == MINE
    assert (project / "app/api.py.baes-new").read_text() == generated_api("Student", "Course")
    assert any(
        "app/api.py.baes-new" in note and "you edited app/api.py" in note for note in result.notes
    )
    assert (project / "app/pages.py").exists()  # everything else committed as usual
    [item_id] = result.review_items
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        [item] = await ws.review_items()
        conflict = await ws.hand_edit_conflict(item_id)
    assert (item.id, item.is_conflict, item.path, item.status) == (
        item_id,
        True,
        "app/api.py",
        "open",
    )
    assert item.rule_ids == (HAND_EDIT_RULE,)
    assert "app/api.py.baes-new" in item.reason
    assert (conflict.yours, conflict.baes) == (MINE, generated_api("Student", "Course"))
    assert manifest(project)["app/api.py"]["sha256"] != manifest(project)["app/api.py"]["pending"]


async def test_a_later_run_refreshes_the_new_version_under_the_same_review_item(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/api.py").write_text(MINE)
    first = await generate(tmp_path, "Course")
    second = await generate(tmp_path, "Teacher")
    assert second.status == "needs_review"
    assert second.review_items == first.review_items
    assert (project / "app/api.py").read_text() == MINE
    assert (project / "app/api.py.baes-new").read_text() == generated_api(
        "Student", "Course", "Teacher"
    )
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        assert len(await ws.review_items(include_decided=False)) == 1


async def test_take_replaces_the_file_with_baes_version_and_later_changes_apply_normally(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/api.py").write_text(MINE)
    [item_id] = (await generate(tmp_path, "Course")).review_items
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        taken = await ws.resolve_conflict(item_id, keep=False)
        with pytest.raises(BaesError, match="already resolved"):
            await ws.resolve_conflict(item_id, keep=True)
    assert taken.status == "taken"
    assert (project / "app/api.py").read_text() == generated_api("Student", "Course")
    assert not (project / "app/api.py.baes-new").exists()
    assert "pending" not in manifest(project)["app/api.py"]

    later = await generate(tmp_path, "Teacher")
    assert (later.status, later.review_items) == ("completed", ())
    assert (project / "app/api.py").read_text() == generated_api("Student", "Course", "Teacher")


async def test_keep_leaves_your_version_which_later_runs_respect_until_baes_changes_it(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/api.py").write_text(MINE)
    [item_id] = (await generate(tmp_path, "Course")).review_items
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        kept = await ws.resolve_conflict(item_id, keep=True, note="my list is on purpose")
    assert (kept.status, kept.note) == ("kept", "my list is on purpose")
    assert (project / "app/api.py").read_text() == MINE
    assert not (project / "app/api.py.baes-new").exists()

    add_phone = Recognition(
        "add phone to student", "add phone student", Intent.ADD_FIELDS,
        (EntitySpec("Student", (Attribute("phone"),)),), 1.0,
    )  # fmt: skip
    unchanged = await run_generation(
        add_phone,
        settings=settings_for(tmp_path),
        emit=lambda _e: None,
        sweas=doubles(),
        run_tests=False,
    )
    assert (unchanged.status, unchanged.review_items) == ("completed", ())
    assert (project / "app/api.py").read_text() == MINE  # baes' version did not change

    changed = await generate(tmp_path, "Teacher")
    assert changed.status == "needs_review"
    assert changed.review_items and changed.review_items[0] != item_id
    assert (project / "app/api.py").read_text() == MINE


@pytest.mark.slow
async def test_a_generated_file_you_deleted_is_a_conflict_too(tmp_path: Path) -> None:
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/api.py").unlink()
    # The suite imports app.api, so this run verifies baes' version, not the deleted file.
    result = await generate(tmp_path, "Course", run_tests=True)
    assert result.tests is not None and result.tests.ok
    [item_id] = result.review_items
    assert not (project / "app/api.py").exists()
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        conflict = await ws.hand_edit_conflict(item_id)
        assert (conflict.yours, conflict.baes) == (None, generated_api("Student", "Course"))
        await ws.resolve_conflict(item_id, keep=False)
    assert (project / "app/api.py").read_text() == generated_api("Student", "Course")


@pytest.mark.slow
async def test_your_own_files_are_never_touched_and_the_tests_see_them(tmp_path: Path) -> None:
    """A hand edit baes has no new version of stays without a conflict; a module and a test
    you added are part of the tree the generated suite runs on."""
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/mine.py").write_text("GREETING = 'hello'\n")
    (project / "app/pages.py").write_text("from app.mine import GREETING\n\nPAGES = (GREETING,)\n")
    (project / "tests/test_mine.py").write_text(
        "from app.pages import PAGES\n\n\ndef test_greeting():\n    assert PAGES == ('hello',)\n"
    )
    (project / "notes.txt").write_text("my notes\n")
    result = await generate(tmp_path, "Course", run_tests=True)
    assert (result.status, result.review_items) == ("completed", ())
    assert result.tests is not None and result.tests.passed == 3  # two generated, one yours
    assert (project / "app/mine.py").read_text() == "GREETING = 'hello'\n"
    assert (project / "app/pages.py").read_text().startswith("from app.mine")
    assert (project / "notes.txt").read_text() == "my notes\n"
    assert "app/mine.py" not in manifest(project)


async def test_a_conflict_is_resolved_with_keep_or_take_never_approve(tmp_path: Path) -> None:
    project = tmp_path / "project"
    await generate(tmp_path, "Student")
    (project / "app/api.py").write_text(MINE)
    [item_id] = (await generate(tmp_path, "Course")).review_items
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        with pytest.raises(BaesError, match="keep your version or take"):
            await ws.decide(item_id, approve=True)
    custom = Writer("frontend_ui", {"app/pages.py": "# custom logic: badge\nPAGES = ('home',)\n"})
    other = await generate(tmp_path, "Teacher", sweas=doubles(frontend_ui=custom))
    uncertain = [i for i in other.review_items if i != item_id]
    assert uncertain
    async with await Workspace.open(settings_for(tmp_path), load_wordnet=False) as ws:
        with pytest.raises(BaesError, match="not a hand-edit conflict"):
            await ws.resolve_conflict(uncertain[0], keep=True)


def test_baes_review_keep_and_take_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    asyncio.run(generate(tmp_path, "Student"))
    (project / "app/api.py").write_text(MINE)
    [first] = asyncio.run(generate(tmp_path, "Course")).review_items
    args = ["--project", str(project), "--data-dir", str(tmp_path / "data")]
    assert main(["review", "list", "--json", *args]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["id"], i["rule_ids"]) for i in listed] == [(first, [HAND_EDIT_RULE])]

    assert main(["review", "take", str(first), "--json", *args]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "taken"
    assert (project / "app/api.py").read_text() == generated_api("Student", "Course")

    (project / "app/api.py").write_text(MINE)
    [second] = asyncio.run(generate(tmp_path, "Teacher")).review_items
    assert main(["review", "keep", str(second), *args]) == 0
    assert capsys.readouterr().out.startswith(f"#{second} kept: app/api.py: your version stays")
    assert (project / "app/api.py").read_text() == MINE
    assert main(["review", "approve", str(second), *args]) == 2
    assert "hand-edit conflict" in capsys.readouterr().err


def test_a_file_the_change_deletes_but_you_edited_is_kept_and_becomes_yours(
    project_dir: Path,
) -> None:
    registry = Registry((EntitySpec("Student", (Attribute("name"),)),))
    files = TaskOutput("backend_api", files=(GeneratedFile("app/course.py", "C = 1\n", "t", "1"),))
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-1")
        staging.apply(files)
        project.commit(staging, after=registry)
    (project_dir / "app/course.py").write_text("C = 1  # mine\n")
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-2")
        staging.apply(TaskOutput("backend_api", removed=("app/course.py",)))
        plan = project.commit(staging, after=registry)
        assert [(c.path, c.kind) for c in plan.conflicts] == [("app/course.py", "removed")]
        assert "app/course.py" not in project.load_manifest()
        assert (project_dir / "app/course.py").read_text() == "C = 1  # mine\n"
        assert project.resolve_conflict("app/course.py", keep=True).endswith("as you have it")
        assert (project_dir / "app/course.py").exists()
        project.resolve_conflict("app/course.py", keep=False)
    assert not (project_dir / "app").exists()


def test_the_verification_tree_holds_baes_version_of_a_conflicting_file(
    project_dir: Path,
) -> None:
    """The generated tests check baes' new version (yours is not adapted to the change yet);
    every other file is as you have it."""
    registry = Registry((EntitySpec("Student", (Attribute("name"),)),))
    v1 = (GeneratedFile("app/a.py", "A = 1\n"), GeneratedFile("app/b.py", "B = 1\n"))
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-1")
        staging.apply(TaskOutput("t", files=v1))
        project.commit(staging, after=registry)
    (project_dir / "app/a.py").write_text("A = 1  # mine\n")
    (project_dir / "app/b.py").write_text("B = 1  # mine\n")
    with Project.open(project_dir) as project:
        staging = project.begin_staging("run-2")
        staging.apply(TaskOutput("t", files=(GeneratedFile("app/a.py", "A = 2\n"), v1[1])))
        staging.materialize()
        assert (staging.root / "app/a.py").read_text() == "A = 2\n"
        assert (staging.root / "app/b.py").read_text() == "B = 1  # mine\n"
        project.discard(staging)


def test_a_new_version_that_baes_takes_back_leaves_no_stale_copy_beside(
    project_dir: Path,
) -> None:
    registry = Registry((EntitySpec("Student", (Attribute("name"),)),))

    def run(run_id: str, content: str) -> None:
        with Project.open(project_dir) as project:
            staging = project.begin_staging(run_id)
            staging.apply(TaskOutput("t", files=(GeneratedFile("app/a.py", content),)))
            project.commit(staging, after=registry)

    run("run-1", "A = 1\n")
    (project_dir / "app/a.py").write_text("A = 1  # mine\n")
    run("run-2", "A = 2\n")
    assert (project_dir / "app/a.py.baes-new").read_text() == "A = 2\n"
    run("run-3", "A = 1\n")  # e.g. the field that made version 2 was removed again
    assert not (project_dir / "app/a.py.baes-new").exists()
    assert (project_dir / "app/a.py").read_text() == "A = 1  # mine\n"
    assert "pending" not in manifest(project_dir)["app/a.py"]
