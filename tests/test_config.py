"""Settings come from defaults < config file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.core.config import ConfigError, load_settings


def test_flags_override_environment_which_overrides_config_file(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    project.mkdir()
    (project / "baes.toml").write_text(
        '[cache]\nmemory_size = 7\n[llm]\nmodel = "from-file"\n[ui]\ntheme = "nord"\n[keys]\n'
    )
    env = {"BAES_LLM_MODEL": "from-env", "BAES_DATA_DIR": str(tmp_path / "env-data")}
    settings = load_settings(project=project, environ=env, data_dir=tmp_path / "flag-data")
    assert settings.cache_memory_size == 7
    assert settings.theme == "nord"
    assert settings.llm_model == "from-env"
    assert settings.data_dir == (tmp_path / "flag-data").resolve()
    assert settings.project_dir == project.resolve()
    assert settings.config_file == project / "baes.toml"


def test_environment_sets_data_dir_and_project(tmp_path: Path) -> None:
    env = {"BAES_DATA_DIR": str(tmp_path / "d"), "BAES_PROJECT": str(tmp_path / "p")}
    settings = load_settings(environ=env)
    assert settings.data_dir == (tmp_path / "d").resolve()
    assert settings.project_dir == (tmp_path / "p").resolve()
    assert settings.cache_path == (tmp_path / "d").resolve() / "cache.db"


def test_broken_config_file_is_reported_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "baes.toml").write_text("this is = = not toml")
    with pytest.raises(ConfigError, match=r"baes\.toml"):
        load_settings(project=tmp_path, environ={})


def test_unusable_environment_value_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cache_memory_size"):
        load_settings(project=tmp_path, environ={"BAES_CACHE_MEMORY_SIZE": "lots"})


def test_key_bindings_can_be_remapped_from_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "baes.toml").write_text('[keys]\nrun = "ctrl+g"\n')
    settings = load_settings(project=tmp_path, environ={})
    assert settings.keys == {"run": "ctrl+g"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"confidence_threshold = nan\n", "confidence_threshold"),
        (b"confidence_threshold = 1.5\n", "outside 0..1"),
        (b"[cache]\nmemory_size = -3\n", "cache_memory_size"),
        (b"[cache]\nmemory_size = inf\n", "cache_memory_size"),
        (b'theme = "\xff\xfe"\n', "not valid TOML"),
        (b"[keys]\nrun = [1, 2]\n", "keys"),
    ],
)
def test_a_config_value_baes_cannot_use_is_a_configuration_error(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    (tmp_path / "baes.toml").write_bytes(content)
    with pytest.raises(ConfigError, match=problem):
        load_settings(project=tmp_path, environ={})


def test_an_out_of_range_environment_value_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="test_timeout_s"):
        load_settings(project=tmp_path, environ={"BAES_TEST_TIMEOUT": "-1"})


def test_an_unreadable_config_file_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "baes.toml").mkdir()  # a folder where the file should be: not a config file
    assert load_settings(project=tmp_path, environ={}).config_file is None
    unreadable = tmp_path / "other"
    unreadable.mkdir()
    target = unreadable / "baes.toml"
    target.symlink_to(target)  # a link to itself: is_file() says no, reading would loop
    assert load_settings(project=unreadable, environ={}).config_file is None


def test_the_cli_reports_a_bad_config_with_exit_2(tmp_path: Path, capsys) -> None:
    from baes_tui.cli import main

    (tmp_path / "baes.toml").write_text("confidence_threshold = 7\n")
    assert main(["cache", "stats", "--project", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "configuration error" in err and "confidence_threshold" in err
