"""The Workspace wires the core services the same way for both faces."""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.core.config import load_settings
from baes_tui.core.errors import BadRequest
from baes_tui.workspace import ConfirmationRequired, Workspace


def _settings(tmp_path: Path, **env: str):
    return load_settings(project=tmp_path / "project", data_dir=tmp_path / "data", environ=env)


async def test_opening_writes_the_daily_cache_backup_once(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path)) as ws:
        await ws.recognize("create student with name")
    backups = list((tmp_path / "data" / "backups").glob("cache-*.json"))
    assert len(backups) == 1
    async with await Workspace.open(_settings(tmp_path)):
        pass
    assert len(list((tmp_path / "data" / "backups").glob("cache-*.json"))) == 1


async def test_status_reports_wordnet_and_the_cache(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path)) as ws:
        status = await ws.wait_ready()
        assert status.wordnet_ready and status.normalizer_id.startswith("wordnet")
        assert status.cache_available and not status.llm_configured


async def test_with_the_cache_turned_off_recognition_still_works(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path, BAES_CACHE_ENABLED="false")) as ws:
        answer = await ws.recognize("create student with name")
        assert answer.cache == "off" and answer.entity is not None
        assert ws.status().cache_warning == "cache turned off"


async def test_history_keeps_requests_newest_first_and_skips_damage(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path)) as ws:
        await ws.generate("create student with name", run_tests=False)
        with ws.history_path.open("a") as fh:
            fh.write("{not json\n")
        await ws.generate("create course with title", run_tests=False)
        assert [h.request for h in ws.history()] == [
            "create course with title",
            "create student with name",
        ]
        assert [e.name for e in ws.entities()] == ["Student", "Course"]


async def test_destructive_requests_need_confirmation(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path)) as ws:
        await ws.generate("create student with name and age", run_tests=False)
        with pytest.raises(ConfirmationRequired, match="remove_fields"):
            await ws.generate("remove age from student", run_tests=False)
        result = await ws.generate("remove age from student", run_tests=False, confirmed=True)
        assert result.status == "completed"


async def test_empty_and_oversized_requests_are_refused_clearly(tmp_path: Path) -> None:
    async with await Workspace.open(_settings(tmp_path)) as ws:
        with pytest.raises(BadRequest, match="empty"):
            await ws.recognize("  \n ")
        with pytest.raises(BadRequest, match="too long"):
            await ws.preview("create student " * 5000)


async def test_project_files_outside_the_project_are_never_shown(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("nope")
    async with await Workspace.open(_settings(tmp_path)) as ws:
        assert "outside the project" in await ws.project_file("../secret.txt")
